"""After export: tune thresholds on the dev sets, evaluate, write the parity reference.

Thresholds are tuned on the hand-written dev chat (`dev_chat.txt`) plus the
synthetic dev templates, never on the evaluation set. Evaluation runs the
serving path itself (`piiguard.detection.ner.NerRecognizer` on the int8 ONNX
model), so the numbers are the numbers users get.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.recipe.data import ENTITY_LABELS, Example, read_jsonl, read_marked
from models.recipe.export import write_labels
from models.recipe.metrics import Scores

log = logging.getLogger("models.recipe.evaluate")

GRID = [round(0.5 + 0.025 * i, 3) for i in range(19)]  # 0.5 .. 0.95
PARITY_MESSAGES = 500


def predict(model_dir: Path, texts: Sequence[str], thresholds: dict[str, float] | None = None,
            ) -> list[list[tuple[int, int, str, float]]]:
    """Spans `(start, end, label, score)` from the int8 model for every text."""
    from piiguard.detection.ner import NerRecognizer

    rec = NerRecognizer(model_dir, thresholds=thresholds)
    out: list[list[tuple[int, int, str, float]]] = []
    for i in range(0, len(texts), 64):
        for spans in rec.analyze_batch(list(texts[i : i + 64])):
            out.append([(s.start, s.end, s.label, s.score) for s in spans])
    return out


BETA = 2.0  # recall weighs more than precision for a privacy guard (chosen before tuning)


def tune_thresholds(model_dir: Path, dev: list[Example]) -> dict[str, float]:
    """Per label, the span-score threshold with the best relaxed F2 on the dev set."""
    raw = predict(model_dir, [e.text for e in dev], {lab: 0.0 for lab in ENTITY_LABELS})
    chosen: dict[str, float] = {}
    for label in ENTITY_LABELS:
        best = (-1.0, 0.5)
        for t in GRID:
            sc = Scores([label])
            for ex, pred in zip(dev, raw, strict=True):
                sc.add(ex.spans, [(a, b, lab) for a, b, lab, s in pred if s >= t])
            c = sc.by_label[label]
            p, r = c.precision, c.recall
            fbeta = (1 + BETA**2) * p * r / (BETA**2 * p + r) if p + r else 0.0
            if fbeta > best[0] + 1e-9:
                best = (fbeta, t)
        chosen[label] = best[1]
        log.info("threshold %s = %.3f (dev F%.0f %.3f)", label, best[1], BETA, best[0])
    return chosen


def evaluate(model_dir: Path, examples: list[Example]) -> dict[str, Any]:
    """Relaxed and exact metrics, for all messages and the lowercase-only subset."""
    preds = predict(model_dir, [e.text for e in examples])
    result: dict[str, Any] = {"messages": len(examples)}
    for subset, keep in (("all", lambda e: True), ("lowercase", lambda e: e.lowercase)):
        for rule in ("relaxed", "exact"):
            sc = Scores(ENTITY_LABELS, exact=rule == "exact")
            for ex, pred in zip(examples, preds, strict=True):
                if keep(ex):
                    sc.add(ex.spans, [(a, b, lab) for a, b, lab, _ in pred])
            result[f"{subset}/{rule}"] = sc.table()
    return result


def parity(model_dir: Path, fp32_dir: Path, examples: list[Example]) -> dict[str, Any]:
    """fp32 token labels on eval messages (committed reference) and int8 agreement."""
    from piiguard.detection.ner import NerRecognizer
    from piiguard.detection.ner_torch import TorchTokenTagger

    texts = [e.text for e in examples[:PARITY_MESSAGES]]
    ref = TorchTokenTagger(fp32_dir, model_dir / "tokenizer.json").token_label_ids(texts)
    got = NerRecognizer(model_dir).token_label_ids(texts)
    same = sum(a == b for r, g in zip(ref, got, strict=True) for a, b in zip(r, g, strict=True))
    total = sum(len(r) for r in ref)
    with (model_dir / "parity_ref.jsonl").open("w", encoding="utf-8") as fh:
        for text, labels in zip(texts, ref, strict=True):
            fh.write(json.dumps({"text": text, "fp32": "".join(map(str, labels))},
                                ensure_ascii=False) + "\n")
    return {"messages": len(texts), "tokens": total, "agreement": round(same / max(total, 1), 5)}


def finish(*, out: Path, fp32_dir: Path, eval_file: Path, dev_files: list[Path], tiny: bool,
           command: str, data_params: dict[str, float | bool] | None = None) -> None:
    """Tune, evaluate, write the parity reference, labels.json and the model card."""
    dev: list[Example] = []
    for f in dev_files:
        if f.suffix == ".txt":
            dev += read_marked(f)
        elif f.exists():
            dev += read_jsonl(f)
    write_labels(out, {lab: 0.5 for lab in ENTITY_LABELS})
    thresholds = tune_thresholds(out, dev)
    write_labels(out, thresholds)
    examples = read_jsonl(eval_file)
    report = evaluate(out, examples)
    report["parity"] = parity(out, fp32_dir, examples)
    report["thresholds"] = thresholds
    report["dev_messages"] = len(dev)
    report["command"] = command
    report["data"] = dict(data_params or {})
    training = fp32_dir / "training.json"
    if training.exists():
        report["training"] = json.loads(training.read_text())
    (out / "eval.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    log.info("eval: %s", json.dumps({k: v for k, v in report.items() if k.endswith("relaxed")}))
    log.info("parity: %s", report["parity"])
    if not tiny:
        from models.recipe.card import write_card

        write_card(out)
