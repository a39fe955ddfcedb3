"""Compare NER model builds on the dev sets (how a new model is chosen), eval for the record.

    python benchmarks/compare_ner_models.py models/piiguard-ner-minilm /tmp/candidate
    python benchmarks/compare_ner_models.py OLD NEW --eval     # also the held-out eval set
    python benchmarks/compare_ner_models.py OLD NEW --by-case  # dev: lowercase vs the rest

Dev sets: the hand-written dev chat (`models/recipe/dev_chat.txt`) and 400 messages of the
dev templates, regenerated exactly as `models.recipe.build` makes them (same seed). Each
model runs with its own dev-tuned thresholds (its labels.json). Printed: relaxed P/R/F1 per
label and set, and PERSON+LOCATION micro F1 / F2 over both dev sets, the number a new
build must beat. The eval set is never used to choose.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # models.recipe lives in the repository, not the wheel

from models.recipe import data  # noqa: E402
from models.recipe.build import DEV_CHAT, EVAL_FILE, dev_messages  # noqa: E402
from models.recipe.evaluate import evaluate  # noqa: E402

LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME")
MAIN = ("PERSON", "LOCATION")


def dev_sets(seed: int = 13) -> dict[str, list[data.Example]]:
    """The build's dev sets: hand-written chat and the dev templates' messages."""
    splits = data.split_templates(data.all_templates(), seed=seed)
    return {
        "dev chat": data.read_marked(DEV_CHAT),
        "dev templates": dev_messages(splits, seed),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the comparison table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+", type=Path, help="model directories to compare")
    ap.add_argument("--eval", action="store_true", help="also the held-out eval set")
    ap.add_argument("--by-case", action="store_true",
                    help="also the dev messages split into all-lowercase and the others")
    args = ap.parse_args(argv)
    sets = dev_sets()
    chosen_on = tuple(sets)  # the sets the micro F1 / F2 summary counts
    if args.by_case:
        dev = [e for examples in sets.values() for e in examples]
        sets["dev, lowercase only"] = [e for e in dev if e.text == e.text.lower()]
        sets["dev, the others"] = [e for e in dev if e.text != e.text.lower()]
    if args.eval:
        sets["eval"] = data.read_jsonl(EVAL_FILE)
    print("| model | set | " + " | ".join(f"{lab} P / R / F1" for lab in LABELS) + " |")
    print("|---|---|" + "---|" * len(LABELS))
    summary: list[str] = []
    for model in args.models:
        tp = fp = fn = 0
        for name, examples in sets.items():
            table = evaluate(model, examples)["all/relaxed"]
            cells = [
                f"{table[lab]['precision']:.3f} / {table[lab]['recall']:.3f} / "
                f"{table[lab]['f1']:.3f}"
                for lab in LABELS
            ]
            print(f"| {model} | {name} | " + " | ".join(cells) + " |", flush=True)
            if name in chosen_on:
                for lab in MAIN:
                    tp += table[lab]["tp"]
                    fp += table[lab]["fp"]
                    fn += table[lab]["fn"]
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
        summary.append(f"{model}: dev PERSON+LOCATION micro P {p:.3f} R {r:.3f} "
                       f"F1 {f1:.3f} F2 {f2:.3f}")
    print()
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    # Faker's locale data depends on string hashing: pin it as the build does.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    raise SystemExit(main())
