"""Cold A/B of two pattern detectors in one process, interleaved message by message.

    python benchmarks/bench_cold_ab.py                      # control: the same detector twice
    python benchmarks/bench_cold_ab.py --leave-out id_numbers --rounds 2   # an oracle

`bench_detect.py` times piiguard right after a Presidio call, with CPU caches cold, so an A/B
must run Presidio before each timed call. For each of the timing messages and each detector
(order alternating per message and round), this runs Presidio's pattern analyzer on the
message, then times one `detect` on CPU time (`thread_time_ns`). Each message keeps its best
time over the rounds. The script prints p50, p25 and mean of "off" (the real detector) and
"on" (with `--leave-out`: that recognizer, `policy`, `view` or `encoded` left out; spans
may differ then), and their ratios. Without `--leave-out`, both sides are the same code,
and the ratios show the harness's noise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from bench_detect import build
from corpus import iter_texts


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


def _stats(best: list[int]) -> tuple[float, float, float]:
    values = sorted(b / 1000 for b in best)
    return values[len(values) // 2], values[len(values) // 4], statistics.mean(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--leave-out", default="", help="a recognizer, policy, view or encoded")
    args = parser.parse_args()

    _ours, theirs = build("patterns")
    off, on = _left_out(""), _left_out(args.leave_out)
    texts = list(iter_texts(args.messages))
    clock = time.thread_time_ns
    best_off = [sys.maxsize] * len(texts)
    best_on = [sys.maxsize] * len(texts)
    for round_ in range(args.rounds):
        for i, text in enumerate(texts):
            pair = ((on, best_on), (off, best_off))
            for detect, best in pair if (i + round_) % 2 == 0 else pair[::-1]:
                theirs(text)
                t0 = clock()
                detect(text)
                elapsed = clock() - t0
                best[i] = min(best[i], elapsed)
    a, b = _stats(best_off), _stats(best_on)
    with open("/proc/loadavg") as handle:
        load = handle.read().split()[0]
    left = args.leave_out or "-"
    print(f"messages={len(texts)} rounds={args.rounds} leave-out={left} load={load}")
    print("| | p50 us | p25 us | mean us |")
    print("|---|---|---|---|")
    print(f"| off (real) | {a[0]:.1f} | {a[1]:.1f} | {a[2]:.1f} |")
    print(f"| on | {b[0]:.1f} | {b[1]:.1f} | {b[2]:.1f} |")
    print(f"| on/off | {b[0] / a[0]:.3f} | {b[1] / a[1]:.3f} | {b[2] / a[2]:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
