"""What a message that is only a number costs: the share of random numbers sent alone
that `Detector.patterns()` masks, per length, and clean look-alikes sent alone.

    python benchmarks/bench_lone_numbers.py [--per-length 2000] [--seed 7]

A validated ID number that is a whole message stands without its word
(`piiguard.detection.recognizers._id_number.LONE_SCORE`); this measures the price of
that rule on numbers that are no one's (order numbers typed with no question before).
"""

from __future__ import annotations

import argparse
import os
import random
from collections import Counter

os.environ.setdefault("HF_HUB_OFFLINE", "1")

LOOK_ALIKES = (
    "2024", "10:30", "12.03.2024", "49.99", "v2.3.1", "404", "90210", "ORD-2025-0042",
    "1Z999AA10123456784", "6A12345678901", "4006381333931", "9783161484100",
    "978-3-16-148410-0", "ok", "3", "100%", "1/2", "B07XJ8C8F1", "INV-2024-001", "#4471",
    "order 123456", "SKU 88213", "0x80070005", "9f3c2ab1e4d7", "2.3.1", "12345", "123456",
    "1234567", "12345678", "123456789", "20 EUR", "15:45 tomorrow", "PR 412",
    "ticket 771203", "71203", "AB12345", "A1B2C3", "XK-42",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-length", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    from piiguard.detection.engine import Detector

    detector = Detector.patterns()
    rng = random.Random(args.seed)
    print("| digits | masked alone | labels (most often) |")
    print("|---:|---:|---|")
    for length in range(5, 17):
        masked, labels = 0, Counter[str]()
        for _ in range(args.per_length):
            text = str(rng.randint(1, 9)) + "".join(rng.choices("0123456789", k=length - 1))
            spans = detector.detect(text)
            masked += bool(spans)
            labels.update(s.label for s in spans)
        top = ", ".join(f"{label} {n}" for label, n in labels.most_common(4))
        print(f"| {length} | {masked / args.per_length:.3f} | {top} |")
    flagged = [(t, [s.label for s in detector.detect(t)]) for t in LOOK_ALIKES]
    flagged = [(t, labels) for t, labels in flagged if labels]
    print(f"\nclean look-alikes sent alone: {len(flagged)} of {len(LOOK_ALIKES)} masked {flagged}")


if __name__ == "__main__":
    main()
