"""One command: regenerate the data, train, export, tune thresholds, evaluate, write the card.

    python -m models.recipe.build --out models/piiguard-ner-minilm
    python -m models.recipe.build --out /tmp/ner-tiny --tiny      # end-to-end smoke run

Every stage is deterministic given `--seed`; training resumes from its last
checkpoint if interrupted (rerun the same command). Work files (fp32 weights,
checkpoints, the fp32 ONNX) go to `<out>/_work/`, which git ignores.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from models.recipe import data
from models.recipe.train import TrainConfig, base_model_path, train

log = logging.getLogger("models.recipe.build")

REPO = Path(__file__).resolve().parents[2]
DEV_CHAT = Path(__file__).resolve().parent / "dev_chat.txt"
EVAL_FILE = REPO / "benchmarks" / "data" / "ner_eval.jsonl"
# Training-data augmentation (see `data.generate`); recorded in eval.json and the card.
AUGMENT: dict[str, float] = {
    "frame_prob": 0.3, "scramble_prob": 0.3, "extra_typo_prob": 0.25, "common_word_prob": 0.5,
}
DEV_MESSAGES = 400


def share(value: str) -> float:
    """An argparse type: a share between 0 and 1."""
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a share between 0 and 1")
    return number


def dev_messages(
    splits: dict[str, list[data.Template]], seed: int, n: int = DEV_MESSAGES
) -> list[data.Example]:
    """The synthetic dev set: `n` messages of the dev templates (thresholds are tuned on
    it and the hand-written `DEV_CHAT`; `benchmarks/compare_ner_models.py` uses both)."""
    return list(data.generate(splits["dev"], n, seed + 2))


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run every stage."""
    ap = argparse.ArgumentParser(prog="python -m models.recipe.build", description=__doc__)
    ap.add_argument("--out", type=Path, required=True, help="model directory to write")
    ap.add_argument("--tiny", action="store_true", help="a few steps on a few sentences")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--train-seed", type=int, default=None,
                    help="seed of the training messages and the training run only (default: "
                    "--seed); the split, dev and eval sets stay those of --seed, so two "
                    "builds that differ only here measure build-to-build noise")
    ap.add_argument("--train-examples", type=int, default=115_200,
                    help="training messages, each seen once (57,600 gave the same dev F1 up "
                    "to noise, see benchmarks/RESULTS.md, fifth round)")
    ap.add_argument("--layers", type=int, default=None,
                    help="keep only the base encoder's first N of its 6 layers (default: all; "
                    "4 runs 1.5x faster for 1-3 points of dev F1, see benchmarks/RESULTS.md)")
    ap.add_argument("--more-chat", action="store_true",
                    help="also train on templates_chat_more.py (better on dev, not on eval: "
                    "not in the shipped model, see benchmarks/RESULTS.md)")
    ap.add_argument("--case-feature", action=argparse.BooleanOptionalAction, default=True,
                    help="give the model each word's capitalisation as token type ids (the "
                    "base vocabulary is uncased; +0.01 dev F1 over three builds each, see "
                    "benchmarks/RESULTS.md)")
    ap.add_argument("--case-dropout", type=share, default=0.0,
                    help="share of training messages shown with all case flags 0 (context "
                    "alone, as in lowercase chat; 0.3 did not help, see benchmarks/RESULTS.md)")
    ap.add_argument("--lowercase-share", type=share, default=0.5,
                    help="share of training messages written all in lowercase (dev and eval "
                    "keep a third; 0.33 before, see benchmarks/RESULTS.md, fifth round)")
    ap.add_argument("--distill-from", type=Path, default=None, metavar="MODEL_DIR",
                    help="knowledge distillation: the student also copies this built model's "
                    "token probabilities (see models/recipe/distill.py)")
    ap.add_argument("--distill-alpha", type=share, default=0.7,
                    help="weight of the teacher's KL in the loss (the rest is gold CE)")
    ap.add_argument("--distill-temperature", type=float, default=2.0)
    ap.add_argument("--distill-chat", type=int, default=8_000,
                    help="unlabelled chatterbot-corpus messages the student copies the "
                    "teacher on (KL only; 0: none)")
    ap.add_argument("--eval-examples", type=int, default=1_500)
    ap.add_argument("--threads", type=int, default=2,
                    help="torch threads of the training (1 runs better on a machine whose "
                    "cores are busy with other work) and teacher processes")
    ap.add_argument("--max-minutes", type=float, default=None,
                    help="stop training early after this many minutes (breaks determinism)")
    ap.add_argument("--eval-file", type=Path, default=None,
                    help=f"where to write the eval set (default {EVAL_FILE}; tiny: <out>/_work)")
    ap.add_argument("--until", choices=("data", "train", "export", "all"), default="all")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("models.recipe").setLevel(logging.INFO)

    out: Path = args.out
    work = out / "_work"
    work.mkdir(parents=True, exist_ok=True)
    n_train = 32 if args.tiny else args.train_examples
    n_eval = 40 if args.tiny else args.eval_examples
    eval_file: Path = args.eval_file or (work / "eval.jsonl" if args.tiny else EVAL_FILE)
    t0 = time.monotonic()

    splits = data.split_templates(data.all_templates(more_chat=args.more_chat), seed=args.seed)
    train_seed = args.seed if args.train_seed is None else args.train_seed
    train_set = list(data.generate(splits["train"], n_train, train_seed, **AUGMENT,
                                   lowercase_prob=args.lowercase_share))
    eval_set = list(data.generate(splits["eval"], n_eval, args.seed + 1))
    dev_synth = dev_messages(splits, args.seed, 40 if args.tiny else DEV_MESSAGES)
    data.write_jsonl(eval_file, eval_set)
    data.write_jsonl(work / "dev_synth.jsonl", dev_synth)
    (work / "split.json").write_text(
        json.dumps({k: [t.tid for t in v] for k, v in splits.items()}, indent=1)
    )
    log.info("data: %d train, %d eval, %d dev messages; templates %s", len(train_set),
             len(eval_set), len(dev_synth), {k: len(v) for k, v in splits.items()})
    if args.until == "data":
        return 0

    unlabelled: list[data.Example] = []
    if args.distill_from is not None and args.distill_chat > 0:
        from models.recipe.distill import chat_lines, unlabelled_examples

        unlabelled = unlabelled_examples(chat_lines(), 16 if args.tiny else args.distill_chat,
                                         train_seed + 3, lowercase_prob=args.lowercase_share)
    cfg = TrainConfig(
        base_model=base_model_path(), out_dir=work, seed=train_seed,
        batch_size=8 if args.tiny else 32, max_minutes=args.max_minutes,
        checkpoint_every=4 if args.tiny else 100, layers=args.layers, threads=args.threads,
        case_feature=args.case_feature, case_dropout=args.case_dropout,
        distill_from=args.distill_from, distill_alpha=args.distill_alpha,
        distill_temperature=args.distill_temperature,
    )
    fp32_dir = train(cfg, train_set, unlabelled)
    if args.until == "train":
        return 0

    from models.recipe.export import export_onnx

    export_onnx(fp32_dir, out, work)
    if args.until == "export":
        return 0

    from models.recipe.evaluate import finish

    data_params: dict[str, float | bool] = {**AUGMENT, "lowercase_share": args.lowercase_share}
    if args.more_chat:
        data_params["more_chat"] = True
    if args.distill_from is not None:
        data_params["distill_chat"] = len(unlabelled)
    finish(out=out, fp32_dir=fp32_dir, eval_file=eval_file, data_params=data_params,
           dev_files=[DEV_CHAT, work / "dev_synth.jsonl"], tiny=args.tiny,
           command=" ".join(["python -m models.recipe.build",
                             *(argv if argv is not None else sys.argv[1:])]))
    log.info("done in %.0f s", time.monotonic() - t0)
    (work / "build.json").write_text(json.dumps({"seconds": round(time.monotonic() - t0)}))
    return 0


if __name__ == "__main__":
    # Faker builds some locale data (it_IT cities) from sets: string hashing must be fixed
    # for the data to be reproducible, and it can only be fixed before Python starts.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, "-m", "models.recipe.build", *sys.argv[1:]])
    raise SystemExit(main())
