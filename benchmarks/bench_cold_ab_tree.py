"""Cold A/B of this tree's pattern detector against the same detector with another tree's
ID pre-scan module and `Lexicon.load` (speed12's two changes), in one process.

    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_tree.py --base /path/to/base --variant base
    ... --variant control     # this tree on both sides: the harness's noise
    ... --variant ids         # off: the base tree's `id_numbers.py` only
    ... --variant lexicon     # off: the base's `Lexicon.load` only (swapped in before each
                              # call of the off side, outside the timing)

Timed as `cold_ab.py` says (Presidio's pattern analyzer before each timed call, CPU caches
cold; each message keeps its best CPU time over the rounds). Both sides must give identical
spans on every message first (the changes are exact).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from cold_ab import Side, best_times, presidio_and_texts, print_table, same_spans, stats

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


def _side(variant: str, base: Path, off: bool) -> Side:
    """A side whose `Lexicon.load` is put in place before each call."""
    detector = Detector.patterns(default_min_score=0.5)
    if off and variant in ("ids", "base"):
        ids = _base_id_numbers(base)
        detector.recognizers = tuple(
            ids if r.name == "id_numbers" else r for r in detector.recognizers
        )
    load = lexicon.Lexicon.__dict__["load"]
    if off and variant in ("lexicon", "base"):
        load = classmethod(_base_load)

    def enter() -> None:
        lexicon.Lexicon.load = load  # type: ignore[method-assign]

    return Side(detector.detect, enter)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the base tree")
    parser.add_argument("--variant", choices=("control", "ids", "lexicon", "base"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()

    on, off = _side(args.variant, args.base, False), _side(args.variant, args.base, True)
    theirs, texts = presidio_and_texts(args.messages)
    if not all(same_spans(on, off, text) for text in texts):
        raise SystemExit("the two sides differ")
    best_on, best_off = best_times(on, off, texts, args.rounds, theirs)
    with open("/proc/loadavg") as handle:
        load_now = handle.read().split()[0]
    print(f"variant={args.variant} messages={len(texts)} rounds={args.rounds} load={load_now}")
    off_label = f"off ({'this tree' if args.variant == 'control' else 'base'})"
    print_table(off_label, stats(best_off), "on (this tree)", stats(best_on), ratio_row=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
