"""How many digits a text must hold for a regex to match in it, read off the regex.

The detector counts a text's digits once and skips every recognizer gate whose regex
needs more (`Detector._detect`): a gate that cannot match costs no search then.

`digit_floor(pattern)` is a lower bound on the number of decimal digits (`\\d`, Unicode
category Nd: `str.isdecimal`) in any text `pattern` matches in: it counts the characters
of a match that can only be digits (a literal digit, `\\d`, a set of digits only),
repeats times their least count, the least over alternatives, and nothing for
lookarounds, backreferences or any other item (they may consume no digit). Every counted
character is a digit of the text, each counted once, so a text with fewer digits holds
no match.

>>> import re
>>> digit_floor(re.compile(r"\\d(?:[ .-]?\\d){11}"))
12
>>> digit_floor(re.compile(r"[13][a-km-z]{25}|bc1|0x"))
1
>>> digit_floor(re.compile(r"(?<=\\d)\\d|x"))
0
>>> digit_count("tel 030 1234 ٣")
8
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]  # sre's parse tree
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # (as `id_numbers`)
from typing import Any

_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def digit_count(text: str) -> int:
    """The decimal digits in `text` (what `\\d` matches): ten C calls for ASCII text."""
    if text.isascii():
        return sum(map(text.count, _ASCII_DIGITS))
    return len(_DIGIT.findall(text))


def _only_digits(items: Any) -> bool:
    """Whether a character set (sre's IN) matches decimal digits only."""
    for op, av in items:
        if op is _sre.LITERAL:
            if not chr(av).isdecimal():
                return False
        elif op is _sre.RANGE:
            if not all(chr(c).isdecimal() for c in range(av[0], av[1] + 1)):
                return False
        elif op is not _sre.CATEGORY or av is not _sre.CATEGORY_DIGIT:
            return False  # NEGATE, another category, a case-folded range ...
    return True


def _floor(items: Any) -> int:
    total = 0
    for op, av in items:
        if op is _sre.LITERAL:
            total += chr(av).isdecimal()
        elif op is _sre.IN:
            total += _only_digits(av)
        elif op in _REPEATS:
            total += av[0] * _floor(av[2])
        elif op is _sre.SUBPATTERN:
            total += _floor(av[-1])
        elif op is _sre.ATOMIC_GROUP:
            total += _floor(av)
        elif op is _sre.BRANCH:
            total += min(_floor(branch) for branch in av[1])
        # anything else (lookarounds, anchors, backreferences, ANY, NOT_LITERAL,
        # conditionals) is counted as no digit
    return total


def digit_floor(pattern: re.Pattern[str]) -> int:
    """The least number of digits a text holds when `pattern` matches in it (module
    docstring)."""
    if not isinstance(pattern.pattern, str):
        return 0
    return _floor(_sre_parse.parse(pattern.pattern, pattern.flags))
