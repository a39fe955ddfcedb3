"""Credentials, IDs and bank accounts in short chat messages (seven languages), and clean
look-alikes (order numbers, prices, versions, hotlines, tickets), on a frozen set.

    python benchmarks/bench_chat_breadth.py                # Detector.patterns()
    python benchmarks/bench_chat_breadth.py --stage full   # Detector.default()

`benchmarks/data/chat_breadth.jsonl`: one message a line with its category
(`credential`, `id`, `account` or `clean`), language and the value that must be masked.
A value counts as found when one detected span covers at least 80% of it and is not more
than twice its length (a credential must be masked whole); a clean message counts as
flagged when anything is detected in it. The set was written by the engineer who built
the recognizers (issue 16), so it shows what the rules cover, not a held-out score.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

DATA = Path(__file__).resolve().parent / "data" / "chat_breadth.jsonl"


def covers(span: tuple[int, int], value: tuple[int, int]) -> bool:
    inter = max(0, min(span[1], value[1]) - max(span[0], value[0]))
    length = value[1] - value[0]
    return inter >= 0.8 * length and span[1] - span[0] <= 2 * length


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=("patterns", "full"), default="patterns")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)

    from piiguard import Detector

    detector = Detector.patterns() if args.stage == "patterns" else Detector.default()
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line]
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for row in rows:
        text, category = row["text"], row["category"]
        spans = [(s.start, s.end) for s in detector.detect(text)]
        total[category] += 1
        if category == "clean":
            ok = not spans
        else:
            start = text.index(row["value"])
            ok = any(covers(span, (start, start + len(row["value"]))) for span in spans)
        hits[category] += ok
        if not ok and args.show_misses:
            found = [text[s:e] for s, e in spans]
            print(f"  miss [{category}/{row['lang']}] {text!r} -> {found}")
    print("| category | messages | found (clean: not flagged) | share |")
    print("|---|---:|---:|---:|")
    for category in ("credential", "id", "account", "clean"):
        share = hits[category] / total[category] if total[category] else 0.0
        print(f"| {category} | {total[category]} | {hits[category]} | {share:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
