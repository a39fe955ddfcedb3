"""Dump every span the detectors find on the benchmark texts, to prove a change is
behaviour-neutral (a speed-up must not move a single span).

    python benchmarks/span_dump.py /tmp/base.txt                      # dump
    python benchmarks/span_dump.py /tmp/new.txt --compare /tmp/base.txt  # dump, then diff
    python benchmarks/span_dump.py --compare /tmp/base.txt /tmp/new.txt  # diff two dumps

Texts: the "text" field of every line of `benchmarks/data/*.jsonl`, the evaluation
corpus `generate(2000)`, the timing corpus `iter_texts(2000)` (what `bench_detect.py`
times) and every token with a digit in the data sets as a message by itself
(`lone_texts`). Detectors: `Detector.patterns()`, the same requesting DATE_TIME, and
`Detector.default()` (the NER model; `--no-default` skips it). One line per (detector,
text): the repr of every span, `alternatives` included, so two dumps are equal byte for
byte exactly when every (start, end, label, score, source, alternatives) is.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

from corpus import generate, iter_texts  # noqa: E402


def texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every benchmark text, in a fixed order."""
    for path in sorted((HERE / "data").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        yield f"{path.name}:{number}", text
    for index, message in enumerate(generate(2000)):
        yield f"generate(2000):{index}", message.text
    for index, text in enumerate(iter_texts(2000)):
        yield f"iter_texts(2000):{index}", text
    yield from lone_texts()


_EDGES = ("", " ", "'", '"', "(", ")", ".", "!", "?", ":", " \n", "«", "»", "[", "]")


def lone_texts() -> Iterator[tuple[str, str]]:
    """Every token with a digit in the data sets, alone with quotes, brackets or end
    punctuation around it, as written, in lower case and in capitals: the messages that
    are one value by themselves (the pre-scan's lone path)."""
    import random

    tokens: set[str] = set()
    for path in sorted((HERE / "data").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") if line.strip() else None
                if isinstance(text, str):
                    tokens.update(
                        t for t in re.findall(r"[\w./-]*\d[\w./-]*", text) if 4 <= len(t) <= 40
                    )
    rng = random.Random(7)
    for token in sorted(tokens):
        for form in (token, token.lower(), token.upper()):
            text = rng.choice(_EDGES) + form + rng.choice(_EDGES)
            yield f"lone:{token}", text


def detectors(with_default: bool) -> Iterator[tuple[str, Callable[[str], list[object]]]]:
    from piiguard.detection.engine import Detector

    patterns = Detector.patterns()
    yield "patterns", patterns.detect  # type: ignore[misc]
    yield "patterns+DATE_TIME", patterns.requesting({"DATE_TIME"}).detect  # type: ignore[misc]
    if with_default:
        yield "default", Detector.default().detect  # type: ignore[misc]


def dump(out: Path, with_default: bool) -> None:
    corpus = list(texts())
    with out.open("w", encoding="utf-8") as handle:
        for name, detect in detectors(with_default):
            for where, text in corpus:
                handle.write(f"{name}\t{where}\t{detect(text)!r}\n")


def compare(a: Path, b: Path) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    differing = [(x, y) for x, y in zip(left, right, strict=False) if x != y]
    for x, y in differing[:20]:
        print(f"- {x}\n+ {y}")
    print(
        f"{len(left)} vs {len(right)} lines, {len(differing)} differ: "
        + ("IDENTICAL" if not differing and len(left) == len(right) else "DIFFERENT")
    )
    return 0 if not differing and len(left) == len(right) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="write the dump here")
    parser.add_argument("--compare", type=Path, nargs="+", metavar="DUMP")
    parser.add_argument("--no-default", action="store_true", help="skip Detector.default()")
    args = parser.parse_args()
    if args.out is not None:
        dump(args.out, not args.no_default)
    if args.compare:
        if args.out is not None:
            return compare(args.compare[0], args.out)
        if len(args.compare) != 2:
            parser.error("--compare without an output file takes two dumps")
        return compare(args.compare[0], args.compare[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
