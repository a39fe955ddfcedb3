"""The runs of a text's number groups, found once for the ID pre-scan (`id_numbers`).

A number group is digits in groups joined by one separator ("51 824 753 556",
"2100-0418-45-...", a line break inside an account number): `\\d+` runs joined by one of
`SEPARATORS`. A run is up to `MAX_GROUPS` consecutive groups of one number group; for
each, `number_runs` gives its digit count (up to `MAX_DIGITS`, the longest value, a
Polish NRB) and the separators between its groups, as a bit mask (`separator_bits`).

What the pre-scan does with them: a recognizer chosen by the digit count of its values
(`IdNumberRecognizer.DIGIT_COUNTS`) is run only if a run of one of its counts is joined
by separators its regexes can hold. The argument, for a recognizer whose spans are
whole matches of its regexes: `DIGIT_COUNTS` says that each value it finds holds a run
of consecutive whole groups with one of those counts (what the count gate has always
relied on). The separators between that run's groups lie between two digits of the
value, so inside the match; a regex that can hold none of them (read from sre's parse:
`id_numbers._may_hold`, never fewer) has no such match. So a recognizer none of whose
runs passes finds nothing, and skipping it leaves the spans as they were.

>>> sorted(map(run_parts, number_runs("tel 030 1234567")))
[(3, 0), (7, 0), (10, 1)]
>>> sorted(map(run_parts, number_runs("IP 10.1.2.3")))[:3]
[(1, 0), (2, 0), (2, 2)]
>>> separator_bits(" -")
5
"""

from __future__ import annotations

import re

SEPARATORS = " .-/:_\n"
"""The characters that join the groups of a number group (one between two groups)."""
MAX_GROUPS = 8
"""The most groups a value is written in (an NRB: 2 + 6 x 4 digits)."""
MAX_DIGITS = 26
"""The most digits of a value (a Polish NRB)."""

_NUMBER_GROUP = re.compile(r"\d+(?:[ .\-/:_\n]\d+)*")
_GROUP = re.compile(r"(\d+)([ .\-/:_\n]?)")
_BIT = {char: 1 << k for k, char in enumerate(SEPARATORS)}
_COUNT_SHIFT = len(SEPARATORS)
_ALL_BITS = (1 << _COUNT_SHIFT) - 1


def separator_bits(chars: str) -> int:
    """The bit mask of the `SEPARATORS` among `chars`."""
    mask = 0
    for char in set(chars):
        mask |= _BIT.get(char, 0)
    return mask


def number_runs(text: str) -> set[int]:
    """Every run of up to `MAX_GROUPS` consecutive groups in every number group of
    `text` with at most `MAX_DIGITS` digits (a number group of one group: whatever its
    count), as one int: its digit count and the `separator_bits` of the separators between
    its groups (`run_parts`). Linear in the text, whatever it holds."""
    runs: set[int] = set()
    for group in _NUMBER_GROUP.findall(text):
        if group.isdigit():
            runs.add(len(group) << _COUNT_SHIFT)
            continue
        parts = _GROUP.findall(group)  # (digits, the separator after them or "")
        for i in range(len(parts)):
            total = separators = 0
            for digits, separator in parts[i : i + MAX_GROUPS]:
                total += len(digits)
                if total > MAX_DIGITS:
                    break
                runs.add(total << _COUNT_SHIFT | separators)
                if separator:
                    separators |= _BIT[separator]
    return runs


def digit_counts(runs: set[int]) -> set[int]:
    """The digit counts of `runs` (of `number_runs`): "tel 030 1234567" has 3, 7 and 10."""
    return {number_run >> _COUNT_SHIFT for number_run in runs}


def run_parts(number_run: int) -> tuple[int, int]:
    """`(digit count, separator bits)` of a run of `number_runs`."""
    return number_run >> _COUNT_SHIFT, number_run & _ALL_BITS
