"""All country ID-number recognizers behind one cheap pre-scan (one recognizer to the
detector).

Each `IdNumberRecognizer` needs a least number of digits in the text (`MIN_DIGITS`)
and, if it has `TRIGGER_WORDS`, one of them. Counting digits and lower-casing the text
once for the 27 of them, instead of 27 gates each lower-casing and searching the text,
is what keeps the pattern stage fast; the recognizers themselves are unchanged and
usable alone. Spans carry this recognizer's name as their source, so the detector's
overlap rule ranks them with priority 2.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import trie_regex

_NOT_DIGITS = str.maketrans("", "", "0123456789")
_DIGIT_RUN = re.compile(r"\d+")
# Digits in groups joined by one separator ("51 824 753 556", "2100-0418-45-...").
_NUMBER_GROUP = re.compile(r"\d+(?:[ .\-/:_]\d+)*")
_MIXED_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+")


MAX_GROUPS = 8
"""The most groups a value is written in (an NRB: 2 + 6 x 4 digits)."""
MAX_DIGITS = 26


def digit_counts(text: str) -> set[int]:
    """The digit counts of every run of up to `MAX_GROUPS` consecutive groups in every
    number group of `text` ("tel 030 1234567" yields 3, 7, 10), up to `MAX_DIGITS` (the
    longest value, a Polish NRB): linear in the text, whatever it holds."""
    counts: set[int] = set()
    for group in _NUMBER_GROUP.findall(text):
        runs = [len(r) for r in _DIGIT_RUN.findall(group)]
        for i in range(len(runs)):
            total = 0
            for run in runs[i : i + MAX_GROUPS]:
                total += run
                if total > MAX_DIGITS:
                    break
                counts.add(total)
    return counts


class IdNumbersRecognizer:
    """Runs each ID recognizer only on texts that can hold its number.

    >>> r = IdNumbersRecognizer()
    >>> [(s.label, s.source) for s in r.analyze("NHS number 401 023 2137")]
    [('UK_NHS', 'id_numbers')]
    """

    name = "id_numbers"
    priority = 2

    def __init__(self, recognizers: tuple[IdNumberRecognizer, ...] | None = None) -> None:
        from piiguard.detection.recognizers import ID_NUMBER_RECOGNIZERS

        self._recognizers = recognizers or tuple(cls() for cls in ID_NUMBER_RECOGNIZERS)
        self.labels: frozenset[str] = frozenset().union(*(r.labels for r in self._recognizers))
        self._min_digits = min(r.MIN_DIGITS for r in self._recognizers)
        words = sorted({w for r in self._recognizers for w in r.TRIGGER_WORDS})
        self._words = re.compile(trie_regex(words))
        # Which recognizers a trigger word found in the text opens (the trie regex finds
        # the longest word at a position; it also opens those of every word inside it).
        self._opens = {
            w: tuple(r for r in self._recognizers if any(t in w for t in r.TRIGGER_WORDS))
            for w in words
        }
        self._always = tuple(r for r in self._recognizers if not r.TRIGGER_WORDS)

    def analyze(self, text: str) -> list[Span]:
        digits = len(text) - len(text.translate(_NOT_DIGITS))
        if digits < self._min_digits:
            return []
        candidates = list(self._always)
        for word in set(self._words.findall(text.lower())):
            candidates.extend(r for r in self._opens[word] if r not in candidates)
        counts: set[int] | None = None
        tokens: set[int] | None = None
        spans: list[Span] = []
        for recognizer in candidates:
            if digits < recognizer.MIN_DIGITS:
                continue
            if recognizer.DIGIT_COUNTS:
                counts = digit_counts(text) if counts is None else counts
                if not counts & recognizer.DIGIT_COUNTS:
                    continue
            if recognizer.TOKEN_LENGTHS:
                tokens = {len(t) for t in _MIXED_TOKEN.findall(text)} if tokens is None else tokens
                if not tokens & recognizer.TOKEN_LENGTHS:
                    continue
            spans.extend(replace(s, source=self.name) for s in recognizer.analyze_ungated(text))
        return spans

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
