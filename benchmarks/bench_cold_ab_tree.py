"""Cold A/B of this tree's pattern detector against the same detector with another tree's
ID pre-scan module and `Lexicon.load` (speed12's two changes), in one process.

    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_tree.py --base /path/to/base --variant base
    ... --variant control     # this tree on both sides: the harness's noise
    ... --variant ids         # off: the base tree's `id_numbers.py` only
    ... --variant lexicon     # off: the base's `Lexicon.load` only (swapped in before each
                              # call of the off side, outside the timing)

As `bench_cold_ab.py`: for each timing message and each side (order alternating per message
and round), Presidio's pattern analyzer on the message, then one timed `detect` on CPU time
(`thread_time_ns`); each message keeps its best time over the rounds. Both sides must give
identical spans on every message first (the changes are exact).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from bench_cold_ab import _stats
from bench_detect import build
from corpus import iter_texts

from piiguard.detection import lexicon
from piiguard.detection.engine import Detector


def _base_id_numbers(tree: Path) -> Any:
    path = tree / "piiguard" / "detection" / "recognizers" / "id_numbers.py"
    spec = importlib.util.spec_from_file_location("base_id_numbers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["base_id_numbers"] = module
    spec.loader.exec_module(module)
    return module.IdNumbersRecognizer()


def _base_load(cls: type[lexicon.Lexicon], path: Path | None = None) -> lexicon.Lexicon:
    return lexicon._load(path or lexicon.DEFAULT_PATH)  # main's `Lexicon.load`, verbatim


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the base tree")
    parser.add_argument("--variant", choices=("control", "ids", "lexicon", "base"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()

    new_load = lexicon.Lexicon.__dict__["load"]
    sides: list[tuple[Callable[[str], object], Any, list[int]]] = []
    for off in (False, True):
        detector = Detector.patterns(default_min_score=0.5)
        if off and args.variant in ("ids", "base"):
            ids = _base_id_numbers(args.base)
            detector.recognizers = tuple(
                ids if r.name == "id_numbers" else r for r in detector.recognizers
            )
        load = new_load
        if off and args.variant in ("lexicon", "base"):
            load = classmethod(_base_load)
        sides.append((detector.detect, load, []))
    _ours, theirs = build("patterns")
    texts = list(iter_texts(args.messages))
    results = []
    for detect, load, _best in sides:
        lexicon.Lexicon.load = load  # type: ignore[method-assign]
        results.append([detect(text) for text in texts])
    lexicon.Lexicon.load = new_load  # type: ignore[method-assign]
    if results[0] != results[1]:
        raise SystemExit("the two sides differ")
    clock = time.thread_time_ns
    for _detect, _load, best in sides:
        best.extend([sys.maxsize] * len(texts))
    for round_ in range(args.rounds):
        for i, text in enumerate(texts):
            for detect, load, best in sides if (i + round_) % 2 == 0 else sides[::-1]:
                lexicon.Lexicon.load = load  # type: ignore[method-assign]
                theirs(text)
                t0 = clock()
                detect(text)
                best[i] = min(best[i], clock() - t0)
    lexicon.Lexicon.load = new_load  # type: ignore[method-assign]
    on, off = _stats(sides[0][2]), _stats(sides[1][2])
    with open("/proc/loadavg") as handle:
        load_now = handle.read().split()[0]
    print(f"variant={args.variant} messages={len(texts)} rounds={args.rounds} load={load_now}")
    print("| | p50 us | p25 us | mean us |")
    print("|---|---|---|---|")
    print(f"| off ({'this tree' if args.variant == 'control' else 'base'}) | "
          f"{off[0]:.1f} | {off[1]:.1f} | {off[2]:.1f} |")  # fmt: skip
    print(f"| on (this tree) | {on[0]:.1f} | {on[1]:.1f} | {on[2]:.1f} |")
    print(f"| on/off | {on[0] / off[0]:.3f} | {on[1] / off[1]:.3f} | {on[2] / off[2]:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
