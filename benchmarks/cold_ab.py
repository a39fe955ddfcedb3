"""The harness of the cold A/B benchmarks (`bench_cold_ab*.py`): two pattern detectors,
"on" and "off", timed in one process, interleaved message by message.

`bench_detect.py` times piiguard right after a Presidio call, with CPU caches cold, so an A/B
must run Presidio before each timed call. For each timing message and each side (order
alternating per message and round, "on" first in even steps), `best_times` runs the side's
`enter` (outside the timing: where a script points `sys.modules`, `Lexicon.load` or regexes
at that side's code), Presidio's pattern analyzer on the message, then times one `detect` on
CPU time (`thread_time_ns`). Each message keeps its best time over the rounds; `stats` gives
their p50, p25 and mean, `print_table` the script's table.

>>> stats([3000, 1000, 2000, 4000])
(3.0, 2.0, 2.5)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from bench_detect import build
from corpus import iter_texts

Stats = tuple[float, float, float]


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class Side:
    """One side of an A/B: its `detect`, and what to run before each call of it (outside
    the timing)."""

    detect: Callable[[str], object]
    enter: Callable[[], object] = _nothing


def presidio_and_texts(messages: int) -> tuple[Callable[[str], object], list[str]]:
    """Presidio's pattern analyzer (as `bench_detect.py --stage patterns` builds it) and the
    first `messages` timing messages of `corpus.py`."""
    _ours, theirs = build("patterns")
    return theirs, list(iter_texts(messages))


def same_spans(on: Side, off: Side, text: str) -> bool:
    """Whether both sides find the same spans in `text` (compared by `repr`, so spans of two
    trees' own `Span` classes compare too); "on" is entered last."""
    off.enter()
    old = [repr(span) for span in off.detect(text)]  # type: ignore[attr-defined]
    on.enter()
    return [repr(span) for span in on.detect(text)] == old  # type: ignore[attr-defined]


def best_times(
    on: Side, off: Side, texts: Sequence[str], rounds: int, theirs: Callable[[str], object]
) -> tuple[list[int], list[int]]:
    """The best CPU time in nanoseconds of each side on each message over `rounds` (see the
    module), "on"'s first; "on" is entered last."""
    best_on, best_off = [sys.maxsize] * len(texts), [sys.maxsize] * len(texts)
    sides = ((on, best_on), (off, best_off))
    clock = time.thread_time_ns
    for round_ in range(rounds):
        for i, text in enumerate(texts):
            for side, best in sides if (i + round_) % 2 == 0 else sides[::-1]:
                side.enter()
                theirs(text)
                start = clock()
                side.detect(text)
                best[i] = min(best[i], clock() - start)
    on.enter()
    return best_on, best_off


def stats(best: list[int]) -> Stats:
    """p50, p25 and mean of the best times, in microseconds."""
    values = sorted(b / 1000 for b in best)
    return values[len(values) // 2], values[len(values) // 4], statistics.mean(values)


def print_table(off_label: str, off: Stats, on_label: str, on: Stats, *, ratio_row: bool) -> None:
    """The two sides' p50, p25 and mean (off first), then on/off: a last row of the table
    (`ratio_row`) or a line after it."""
    first = "| |" if ratio_row else "| side |"
    print(f"{first} p50 us | p25 us | mean us |")
    print("|---|---|---|---|")
    for label, (p50, p25, mean) in ((off_label, off), (on_label, on)):
        print(f"| {label} | {p50:.1f} | {p25:.1f} | {mean:.1f} |")
    ratios = [b / a for a, b in zip(off, on, strict=True)]
    if ratio_row:
        print("| on/off | {:.3f} | {:.3f} | {:.3f} |".format(*ratios))
    else:
        print("on/off p50 {:.3f} p25 {:.3f} mean {:.3f}".format(*ratios))
