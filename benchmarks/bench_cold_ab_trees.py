"""Cold A/B of two whole trees' pattern detectors in one process, interleaved message by
message: this tree ("on") against another checkout's `piiguard` ("off").

    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_trees.py --base /work/base-x --rounds 2
    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_trees.py --base $PWD     # control

The base tree's package is imported first and its modules are put aside; then this
tree's is imported. Before each call of a side (outside the timing) `sys.modules` is
pointed at that side's modules, so an import made inside a call finds its own tree. A
change spread over many modules is measured whole, which the per-module swaps of
`bench_cold_ab_tree.py` cannot do. As `bench_cold_ab.py`: Presidio's pattern analyzer
runs before each timed call (CPU caches cold, as in `bench_detect.py`), each message
keeps its best CPU time over the rounds, and both sides must give identical spans on
every message first (exact changes only).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

from bench_cold_ab import _stats  # noqa: E402
from bench_detect import build  # noqa: E402
from corpus import iter_texts  # noqa: E402


def _ours() -> dict[str, ModuleType]:
    return {
        name: module
        for name, module in sys.modules.items()
        if name == "piiguard" or name.startswith("piiguard.")
    }


def _detector_of(tree: Path | None) -> tuple[Callable[[str], Any], dict[str, ModuleType]]:
    """`Detector.patterns(default_min_score=0.5).detect` of `tree` (None: this tree), and
    the `piiguard` modules it was imported from (taken out of `sys.modules`)."""
    if tree is not None:
        sys.path.insert(0, str(tree))
    try:
        from piiguard.detection.engine import Detector

        detector = Detector.patterns(default_min_score=0.5)
        detector.detect("warm up: anna@example.org, +49 30 1234567")
    finally:
        if tree is not None:
            sys.path.remove(str(tree))
    modules = _ours()
    for name in modules:
        del sys.modules[name]
    return detector.detect, modules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the other checkout")
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    off, off_modules = _detector_of(args.base.resolve())
    on, on_modules = _detector_of(None)
    print(f"off: {off_modules['piiguard'].__file__}\non:  {on_modules['piiguard'].__file__}")
    sides = {"on": (on, on_modules), "off": (off, off_modules)}
    _ours_call, theirs = build("patterns")
    texts = list(iter_texts(args.messages))
    for text in texts:
        sys.modules.update(on_modules)
        new = on(text)
        sys.modules.update(off_modules)
        assert [repr(s) for s in off(text)] == [repr(s) for s in new], text
    print(f"identical spans on {len(texts)} messages")
    best = {side: [1 << 62] * len(texts) for side in sides}
    clock = time.thread_time_ns
    for round_ in range(args.rounds):
        for i, text in enumerate(texts):
            for side in ("on", "off") if (i + round_) % 2 == 0 else ("off", "on"):
                detect, modules = sides[side]
                sys.modules.update(modules)
                theirs(text)
                start = clock()
                detect(text)
                best[side][i] = min(best[side][i], clock() - start)
    sys.modules.update(on_modules)
    off_stats, on_stats = _stats(best["off"]), _stats(best["on"])
    print(f"base={args.base} rounds={args.rounds} load={os.getloadavg()[0]:.1f}")
    print("| side | p50 us | p25 us | mean us |\n|---|---|---|---|")
    for side, (p50, p25, mean) in (("off (base)", off_stats), ("on (this tree)", on_stats)):
        print(f"| {side} | {p50:.1f} | {p25:.1f} | {mean:.1f} |")
    ratios = [b / a for a, b in zip(off_stats, on_stats, strict=True)]
    print("on/off p50 {:.3f} p25 {:.3f} mean {:.3f}".format(*ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
