"""How detection time grows with the length of one text: linear, or worse?

    PYTHONPATH=$PWD python benchmarks/bench_long_text.py [--rounds 3]

Each kind of text repeats one line of values (dates, e-mails and phones, IBANs and
cards, plain words) up to 2,500, 5,000, 10,000 and 20,000 characters (the detector's
default `max_input_chars`), and `Detector.patterns()` (and the same detector asked for
DATE_TIME) reads it; best of `--rounds`. The last column is the time at 20,000
characters over the time at 2,500: about 8 for a detector that grows linearly with the
text, far more for one that compares every value with every other. Run it in two trees
(PYTHONPATH) to compare them; the machine is shared, so compare ratios, not times.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from piiguard.detection import Detector

LINES = {
    "dates": "Meeting on 12.03.2024 and 2024-05-06, ",
    "emails+phones": "write to anna.kowalska@example.com or +48 601 234 567 ",
    "ibans+cards": "IBAN DE89370400440532013000 card 4111 1111 1111 1111 ",
    "words": "Hello my name is Anna Kowalska and I live in Berlin. ",
}
SIZES = (2_500, 5_000, 10_000, 20_000)


def best_ms(detector: Detector, text: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        detector.detect(text)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    plain = Detector.patterns()
    dated = plain.requesting({"DATE_TIME"})
    plain.detect("warm up: call 0612345678 on 12.03.2024")
    dated.detect("warm up: call 0612345678 on 12.03.2024")
    print("| text | detector | " + " | ".join(f"{n:,} chars ms" for n in SIZES) + " | growth |")
    print("|---|---|" + "---|" * len(SIZES) + "---|")
    for kind, line in LINES.items():
        for name, detector in (("patterns", plain), ("+DATE_TIME", dated)):
            row = []
            for size in SIZES:
                text = (line * (size // len(line) + 1))[:size]
                row.append(best_ms(detector, text, args.rounds))
            cells = " | ".join(f"{ms:.1f}" for ms in row)
            print(f"| {kind} | {name} | {cells} | {row[-1] / row[0]:.1f}x |")


if __name__ == "__main__":
    main()
