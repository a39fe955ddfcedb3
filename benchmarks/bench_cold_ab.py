"""Cold A/B of two pattern detectors in one process, interleaved message by message.

    python benchmarks/bench_cold_ab.py                      # control: the same detector twice
    python benchmarks/bench_cold_ab.py --leave-out id_numbers --rounds 2   # an oracle

Timed as `cold_ab.py` says (Presidio's pattern analyzer before each timed call, CPU caches
cold; each message keeps its best CPU time over the rounds). The script prints p50, p25 and
mean of "off" (the real detector) and
"on" (with `--leave-out`: that recognizer, `policy`, `view` or `encoded` left out; spans
may differ then), and their ratios. Without `--leave-out`, both sides are the same code,
and the ratios show the harness's noise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from cold_ab import Side, best_times, presidio_and_texts, print_table, stats


def _left_out(name: str) -> Callable[[str], object]:
    from piiguard.detection.engine import Detector

    detector = Detector.patterns(default_min_score=0.5)
    if name == "policy":
        detector.policy = None
    elif name == "encoded":
        detector.decode_levels = 0
    elif name == "view":
        return lambda text: detector._detect(text, 0)
    elif name:
        kept = tuple(r for r in detector.recognizers if r.name != name)
        if len(kept) == len(detector.recognizers):
            raise SystemExit(f"no recognizer named {name!r}")
        detector.recognizers = kept
    return detector.detect


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--leave-out", default="", help="a recognizer, policy, view or encoded")
    args = parser.parse_args()

    theirs, texts = presidio_and_texts(args.messages)
    off, on = Side(_left_out("")), Side(_left_out(args.leave_out))
    best_on, best_off = best_times(on, off, texts, args.rounds, theirs)
    with open("/proc/loadavg") as handle:
        load = handle.read().split()[0]
    left = args.leave_out or "-"
    print(f"messages={len(texts)} rounds={args.rounds} leave-out={left} load={load}")
    print_table("off (real)", stats(best_off), "on", stats(best_on), ratio_row=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
