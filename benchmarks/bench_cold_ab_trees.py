"""Cold A/B of two whole trees' pattern detectors in one process, interleaved message by
message: this tree ("on") against another checkout's `piiguard` ("off").

    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_trees.py --base /work/base-x --rounds 2
    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_trees.py --base $PWD     # control

The base tree's package is imported first and its modules are put aside; then this
tree's is imported. Before each call of a side (outside the timing) `sys.modules` is
pointed at that side's modules, so an import made inside a call finds its own tree. A
change spread over many modules is measured whole, which the per-module swaps of
`bench_cold_ab_tree.py` cannot do. Timed as `cold_ab.py` says (Presidio's pattern
analyzer before each timed call, CPU caches cold; each message keeps its best CPU time
over the rounds); both sides must give identical spans on every message first (exact
changes only).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import cold_ab  # noqa: E402


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
    off_detect, off_modules = _detector_of(args.base.resolve())
    on_detect, on_modules = _detector_of(None)
    print(f"off: {off_modules['piiguard'].__file__}\non:  {on_modules['piiguard'].__file__}")
    on = cold_ab.Side(on_detect, lambda: sys.modules.update(on_modules))
    off = cold_ab.Side(off_detect, lambda: sys.modules.update(off_modules))
    theirs, texts = cold_ab.presidio_and_texts(args.messages)
    for text in texts:
        assert cold_ab.same_spans(on, off, text), text
    print(f"identical spans on {len(texts)} messages")
    best_on, best_off = cold_ab.best_times(on, off, texts, args.rounds, theirs)
    print(f"base={args.base} rounds={args.rounds} load={os.getloadavg()[0]:.1f}")
    cold_ab.print_table(
        "off (base)",
        cold_ab.stats(best_off),
        "on (this tree)",
        cold_ab.stats(best_on),
        ratio_row=False,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
