"""Cold A/B of `words_regex` written as a trie (this tree) against the plain longest-first
alternation it replaced, in one process, interleaved message by message.

    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_words.py --rounds 2
    PYTHONPATH=$PWD python benchmarks/bench_cold_ab_words.py --control   # trie on both sides

Every regex `words_regex` returns while the detector's modules load is recorded with the
alternation the old code built from the same words. Before each call of the "off" side
(outside the timing) the recorded regexes held by module globals, classes, recognizer
instances and the lists and dicts they hold are swapped for the old ones, and back for "on".
Regexes inside tuples or closures are not reached (the script prints how many were), so
the "off" side is partly new and the measured difference a lower bound. Timed as
`cold_ab.py` says (Presidio's pattern analyzer before each timed call, CPU caches cold; each
message keeps its best CPU time over the rounds); both sides must give identical spans on
every message first.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import piiguard.detection.recognizers._pattern as _pattern  # noqa: E402
from piiguard.detection.recognizers._pattern import (  # noqa: E402
    _UNSPACED_SCRIPT,
    abbreviated,
)

_new_words_regex = _pattern.words_regex
_recorded: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def old_words_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    """`words_regex` before the trie (e52b03c), verbatim but for its name."""
    if not words:
        return None
    ordered = sorted(abbreviated(words), key=len, reverse=True)
    spaced = [
        re.escape(w).replace(r"\ ", "[ _]") for w in ordered if not _UNSPACED_SCRIPT.search(w)
    ]
    unspaced = [re.escape(w) for w in ordered if _UNSPACED_SCRIPT.search(w)]
    parts = [rf"(?<![^\W_])(?:{'|'.join(spaced)})(?![^\W_])"] if spaced else []
    if unspaced:
        parts.append(f"(?:{'|'.join(unspaced)})")
    return re.compile("|".join(parts), re.IGNORECASE)


def _recording(words: Sequence[str]) -> re.Pattern[str] | None:
    new = _new_words_regex(words)
    old = old_words_regex(words)
    if new is not None and old is not None:
        _recorded[id(new)] = (new, old)
    return new


_pattern.words_regex = _recording  # before the recognizer modules bind it

import cold_ab  # noqa: E402

from piiguard.detection.engine import Detector  # noqa: E402

Slot = tuple[Any, Any, re.Pattern[str], re.Pattern[str]]


def _slots(holders: list[Any]) -> list[Slot]:
    """Where recorded regexes are held: (container, key, new, old)."""
    found: list[Slot] = []
    seen: set[int] = set()

    def held(value: Any) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        pair = _recorded.get(id(value))
        return pair if pair is not None and pair[0] is value else None

    for holder in holders:
        for key, value in list(vars(holder).items()):
            if pair := held(value):
                found.append((holder, key, *pair))
            elif isinstance(value, list | dict) and id(value) not in seen:
                seen.add(id(value))
                items = value.items() if isinstance(value, dict) else enumerate(value)
                found.extend((value, k, *pair) for k, v in items if (pair := held(v)))
    return found


def _put(slots: list[Slot], old: bool) -> None:
    for container, key, new_regex, old_regex in slots:
        regex = old_regex if old else new_regex
        if isinstance(container, list | dict):
            container[key] = regex
        else:
            setattr(container, key, regex)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--control", action="store_true", help="the trie on both sides")
    args = parser.parse_args()
    on_detector = Detector.patterns(default_min_score=0.5)
    off_detector = Detector.patterns(default_min_score=0.5)
    holders: list[Any] = [*on_detector.recognizers, *off_detector.recognizers]
    for name, module in list(sys.modules.items()):
        if name.startswith("piiguard."):
            holders.append(module)
            holders += [
                v for v in vars(module).values() if isinstance(v, type) and v.__module__ == name
            ]
    slots = _slots(holders)
    reached = len({id(s[2]) for s in slots})
    print(f"recorded {len(_recorded)} regexes, {reached} reached in {len(slots)} places")
    on = cold_ab.Side(on_detector.detect, lambda: _put(slots, old=False))
    off = cold_ab.Side(off_detector.detect, lambda: _put(slots, old=not args.control))
    theirs, texts = cold_ab.presidio_and_texts(args.messages)
    for text in texts:
        assert cold_ab.same_spans(on, off, text), text
    print(f"identical spans on {len(texts)} messages")
    best_on, best_off = cold_ab.best_times(on, off, texts, args.rounds, theirs)
    print(f"control={args.control} rounds={args.rounds} load={os.getloadavg()[0]:.1f}")
    cold_ab.print_table(
        "off (old)", cold_ab.stats(best_off), "on (trie)", cold_ab.stats(best_on), ratio_row=False
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
