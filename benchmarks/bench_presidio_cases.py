"""piiguard and Presidio on Presidio's own recognizer test cases, per entity type.

    python benchmarks/bench_presidio_cases.py                 # Detector.patterns()
    python benchmarks/bench_presidio_cases.py --stage full    # Detector.default() (NER too)
    python benchmarks/bench_presidio_cases.py --request-all   # on-request labels everywhere

Cases: `benchmarks/data/presidio_cases.jsonl`, extracted with
`extract_presidio_cases.py` from Presidio's `presidio-analyzer/tests/test_*_recognizer.py`
(commit in the file's first line): each case is a text, the entity type its test file
is about and the spans Presidio's test expects (none for a look-alike). Most are bare
values without any context word.

Presidio: each case is given to the recognizer its test file builds (as its tests do,
`recognizer.analyze(text, [entity])`), scored at threshold 0 (what its tests assert:
a 0.05 "weak" match counts) and 0.5. piiguard: the whole detector on the text; spans
that read as the case's entity count (PL_PESEL, ES_NIF and ES_NIE are also accepted under
the NATIONAL_ID label of older builds; PH_MOBILE_NUMBER and TR_PHONE_NUMBER, Presidio's
PhoneRecognizer given a region and an entity name in its tests, under PHONE_NUMBER).
A prediction matches an expected span of the
same case with IoU >= 0.8; unmatched predictions are false positives.

Readings, scored the same way on both sides. Presidio's analyzer returns every
recognizer's result, overlapping: "1048656659" is both a UK_NHS and a KR_BRN result, and
here the KR_BRN recognizer's result is scored on the KR_BRN case whatever the NHS
recognizer would say about the same text. piiguard masks a value once, under one label,
and lists the other readings its overlap rule could not tell apart in
`Span.alternatives` (same bounds, priority and score; each one passed its own check or
context word and its label's minimum score). So a piiguard span is a prediction of the
case's entity when its label or one of its alternatives is that entity: a right
alternative is a true positive as a right label is, a wrong one (an alternative of the
entity on a look-alike, or beside the expected span) a false positive, and a span counts
once whichever of its readings matched. Spans of other entities are not scored on a
case, on either side. `--labels-only` scores piiguard by its label alone (the scoring
before alternatives existed).

Labels on request. Presidio's analyzer is asked for the case's entity (`analyze(text,
[entity])`, one recognizer). piiguard reports some labels in full only when asked:
DATE_TIME (every date and time; by default only dates of birth) is such a label, off by
default because dates are rarely someone's in chat. The symmetric run asks piiguard the
same way: on a case whose entity is an on-request label (`Detector.on_request_labels`),
the detector requests that entity (`Detector.requesting({entity})`), as a Presidio user
asks for DATE_TIME by name; on every other case it is the default detector, which is what
users get and what Presidio's run of another entity's recognizer never sees either (its
DateRecognizer does not run on an SSN case). `--request-all` instead requests every
on-request label on every case (one detector for the whole run, as a deployment with
`mask_all_dates` would be): then a date span may take an ID's characters on another
type's case, which shows as that type's recall. A DATE_TIME span on another type's case
is not scored there, as no span of another entity is on either side (the scoring above),
but the run counts them (`on-request spans on other types' cases`).

Counts only: where Presidio's test asserts only how many matches a text has (`"spans":
null, "count": n`: KFZ plates, Steuernummern, USt-IdNrn, ... in tables of `text,
expected_len`), a system's k predictions on that text are scored by count: tp = min(k, n),
fp = max(k - n, 0), fn = max(n - k, 0). Positions are not checked there (Presidio's test
does not check them either). A look-alike (count 0) has `"spans": []` and is scored as
any other case.

Some texts appear twice with different expectations, because the test builds its
recognizer two ways (DE_VAT_ID in Presidio's lenient default and its `strict_checksum`
mode; PHONE_NUMBER at four `leniency` levels): Presidio runs each as its test builds it,
piiguard (one configuration) is scored against both, so it cannot reach 1.0 there.

    python benchmarks/bench_presidio_cases.py --misses   # + each case piiguard gets
                                                          #   wrong, per type behind Presidio
                                                          #   (and what else it masked there)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # models.recipe.metrics

from models.recipe.metrics import Counts, iou

CASES = Path(__file__).resolve().parent / "data" / "presidio_cases.jsonl"
IOU = 0.8
ALIASES = {
    "NATIONAL_ID": ("PL_PESEL", "ES_NIF", "ES_NIE"),
    # Presidio's tests build its PhoneRecognizer for one region under these names; its
    # default registry (and piiguard) report the same numbers as PHONE_NUMBER.
    "PHONE_NUMBER": ("PH_MOBILE_NUMBER", "TR_PHONE_NUMBER"),
}


def _count(counts: Counts, expected: list[tuple[int, int]], found: list[tuple[int, int]]) -> None:
    left = list(expected)
    for span in found:
        hit = next((e for e in left if iou((*e, ""), (*span, "")) >= IOU), None)
        if hit is None:
            counts.fp += 1
        else:
            left.remove(hit)
            counts.tp += 1
    counts.fn += len(left)


def _count_only(counts: Counts, expected: int, found: int) -> None:
    """A case whose test gives only how many matches: scored by count."""
    counts.tp += min(found, expected)
    counts.fp += max(found - expected, 0)
    counts.fn += max(expected - found, 0)


def _score(counts: Counts, case: dict[str, Any], found: list[tuple[int, int]]) -> Counts:
    """Adds one case to `counts`; returns the case's own counts."""
    own = Counts()
    if case["spans"] is None:
        _count_only(own, case["count"], len(found))
    else:
        _count(own, [(s, e) for s, e in case["spans"]], found)
    counts.tp, counts.fp, counts.fn = counts.tp + own.tp, counts.fp + own.fp, counts.fn + own.fn
    return own


def _readings(span: Any, labels_only: bool) -> tuple[str, ...]:
    """The entity types a piiguard span predicts: its label and its alternatives (module
    docstring). `getattr`: builds before `Span.alternatives` are scored by label alone."""
    if labels_only:
        return (span.label,)
    return (span.label, *getattr(span, "alternatives", ()))


def _build(expression: str, namespace: dict[str, Any]) -> Any:
    """The recognizer a test fixture builds. A test-local constant it names (a context
    word list, which `analyze` alone does not use) is left to its default (None)."""
    names = dict(namespace)
    for _ in range(8):
        try:
            return eval(expression, names)
        except NameError as error:
            names[error.name] = None
    raise ValueError(f"cannot build {expression!r}")


def load(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = path.read_text().splitlines()
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=("patterns", "full"), default="patterns")
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list piiguard's wrong cases of each type behind Presidio@0.5",
    )
    parser.add_argument(
        "--labels-only",
        action="store_true",
        help="score piiguard by each span's label alone, not its alternatives",
    )
    parser.add_argument(
        "--request-all",
        action="store_true",
        help="request every on-request label (DATE_TIME) on every case, not only on its own",
    )
    args = parser.parse_args(argv)

    from presidio_analyzer import predefined_recognizers

    from piiguard import Detector

    header, cases = load(args.cases)
    detector = Detector.patterns() if args.stage == "patterns" else Detector.default()
    # Labels piiguard reports in full only on request (module docstring); `getattr`:
    # builds before on-request labels existed have none.
    on_request = frozenset(getattr(detector, "on_request_labels", ()))
    if args.request_all and on_request:
        detector = detector.requesting(on_request)
    requested: dict[str, Any] = {}
    # on-request label: (its spans on other types' cases, those cases)
    elsewhere: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    presidio: dict[str, Any] = {}
    ours: dict[str, Counts] = defaultdict(Counts)
    theirs0: dict[str, Counts] = defaultdict(Counts)
    theirs5: dict[str, Counts] = defaultdict(Counts)
    sizes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong: dict[str, list[str]] = defaultdict(list)
    # Per entity: (the case's counts, spans counted through an alternative) of each case
    # where an alternative, not the label, made a span a prediction of the entity.
    alternatives: dict[str, list[tuple[Counts, int]]] = defaultdict(list)
    for case in cases:
        entity, text = case["entity"], case["text"]
        sizes[entity][0] += 1
        sizes[entity][1] += case["count"] if case["spans"] is None else len(case["spans"])
        if case["recognizer"] not in presidio:
            presidio[case["recognizer"]] = _build(case["recognizer"], vars(predefined_recognizers))
        results = presidio[case["recognizer"]].analyze(text, [entity])
        _score(theirs0[entity], case, [(r.start, r.end) for r in results])
        high = [(r.start, r.end) for r in results if r.score >= 0.5]
        their = _score(theirs5[entity], case, high)
        labels = {entity} | {a for a, names in ALIASES.items() if entity in names}
        asked = detector
        if entity in on_request and not args.request_all:
            if entity not in requested:
                requested[entity] = detector.requesting({entity})
            asked = requested[entity]
        spans = asked.detect(text)
        for label in on_request - labels:
            extra = [s for s in spans if label in _readings(s, args.labels_only)]
            if extra:
                elsewhere[label][0] += len(extra)
                elsewhere[label][1] += 1
        mine = [s for s in spans if labels.intersection(_readings(s, args.labels_only))]
        found = [(s.start, s.end) for s in mine]
        own = _score(ours[entity], case, found)
        through_alternative = [s for s in mine if s.label not in labels]
        if through_alternative:
            alternatives[entity].append((own, len(through_alternative)))
        if own.fp or own.fn:
            expected = case["count"] if case["spans"] is None else case["spans"]
            other = [
                ("/".join(_readings(s, False)), text[s.start : s.end])
                for s in spans
                if s not in mine
            ]
            wrong[entity].append(
                f"  fn={own.fn} fp={own.fp} (Presidio@0.5 fn={their.fn} fp={their.fp})"
                f" {text!r} expected={expected} found={found}"
                + (f" other labels={other}" if other else "")
                + f" [{case['recognizer'][:40]}]"
            )

    print(f"cases: {args.cases.name} ({header.get('source')} @ {header.get('commit', '')[:12]})")
    print(f"piiguard: Detector.{args.stage if args.stage == 'patterns' else 'default'}()", end="")
    if not on_request:
        print("\n")
    elif args.request_all:
        print(f", requesting {', '.join(sorted(on_request))} on every case\n")
    else:
        print(f", requesting {', '.join(sorted(on_request))} on its own cases\n")
    print("| entity | cases | spans | piiguard P | piiguard R | Presidio@0 P | Presidio@0 R"
          " | Presidio@0.5 P | Presidio@0.5 R |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    total = [Counts(), Counts(), Counts()]
    for entity in sorted(sizes):
        row = (ours[entity], theirs0[entity], theirs5[entity])
        for acc, c in zip(total, row, strict=True):
            acc.tp, acc.fp, acc.fn = acc.tp + c.tp, acc.fp + c.fp, acc.fn + c.fn
        cells = " | ".join(f"{c.precision:.3f} | {c.recall:.3f}" for c in row)
        print(f"| {entity} | {sizes[entity][0]} | {sizes[entity][1]} | {cells} |")
    cells = " | ".join(f"{c.precision:.3f} | {c.recall:.3f}" for c in total)
    n_cases = sum(v[0] for v in sizes.values())
    n_spans = sum(v[1] for v in sizes.values())
    print(f"| **all** | {n_cases} | {n_spans} | {cells} |")
    behind_r = [e for e in sorted(sizes) if ours[e].recall < theirs5[e].recall]
    behind_p = [e for e in sorted(sizes) if ours[e].precision < theirs5[e].precision]
    print(f"\ntypes behind Presidio@0.5: recall {len(behind_r)}, precision {len(behind_p)}")
    print(f"  recall: {' '.join(behind_r)}")
    print(f"  precision: {' '.join(behind_p)}")
    n_alt = sum(n for rows in alternatives.values() for _, n in rows)
    print(f"spans counted through an alternative, not their label: {n_alt}", end="")
    print(" (scoring: label only)" if args.labels_only else "")
    for entity in sorted(alternatives):
        rows = alternatives[entity]
        tp, fp = sum(c.tp for c, _ in rows), sum(c.fp for c, _ in rows)
        n = sum(k for _, k in rows)
        print(f"  {entity}: {n} in {len(rows)} cases (those cases: tp {tp}, fp {fp})")
    for label, (n, n_cases) in sorted(elsewhere.items()):
        print(f"on-request spans on other types' cases (not scored): {label} {n}", end="")
        print(f" in {n_cases} cases")
    if args.misses:
        for entity in sorted(wrong):
            mine, best = ours[entity], theirs5[entity]
            if mine.precision < best.precision or mine.recall < best.recall:
                print(
                    f"\n{entity}: piiguard P {mine.precision:.3f} R {mine.recall:.3f},"
                    f" Presidio@0.5 P {best.precision:.3f} R {best.recall:.3f}"
                )
                print("\n".join(wrong[entity]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
