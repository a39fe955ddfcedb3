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

import functools
import re
from dataclasses import replace

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import IdNumberRecognizer, lone_text, lone_value
from piiguard.detection.recognizers._pattern import trie_regex

_NOT_DIGITS = str.maketrans("", "", "0123456789")
_DIGIT_RUN = re.compile(r"\d+")
# Digits in groups joined by one separator ("51 824 753 556", "2100-0418-45-...", a
# line break inside an account number).
_NUMBER_GROUP = re.compile(r"\d+(?:[ .\-/:_\n]\d+)*")
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
        if group.isdigit():
            counts.add(len(group))
            continue
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
            w: tuple(
                i for i, r in enumerate(self._recognizers) if any(t in w for t in r.TRIGGER_WORDS)
            )
            for w in words
        }
        # Those a lone value of their size opens without their word (`ANSWERS_ALONE`).
        self._alone = tuple(
            i for i, r in enumerate(self._recognizers) if r.TRIGGER_WORDS and r.ANSWERS_ALONE
        )
        # Recognizers without trigger words run when a number of their digit count, or a
        # letter-digit token of their length, is in the text (every one declares one).
        self._by_count: dict[int, list[int]] = {}
        self._by_token: dict[int, list[int]] = {}
        for i, recognizer in enumerate(self._recognizers):
            if recognizer.TRIGGER_WORDS:
                continue
            if not (recognizer.DIGIT_COUNTS or recognizer.TOKEN_LENGTHS):
                raise ValueError(f"{recognizer.name}: no trigger words, digit counts or lengths")
            for count in recognizer.DIGIT_COUNTS:
                self._by_count.setdefault(count, []).append(i)
            for length in recognizer.TOKEN_LENGTHS:
                self._by_token.setdefault(length, []).append(i)

    def analyze(self, text: str) -> list[Span]:
        digits = len(text) - len(text.translate(_NOT_DIGITS))
        if digits < self._min_digits:
            return []
        counts = digit_counts(text)
        tokens = {len(t) for t in _MIXED_TOKEN.findall(text)}
        chosen: set[int] = set()  # indexes into self._recognizers, run in that order
        for count in counts:
            chosen.update(self._by_count.get(count, ()))
        for length in tokens:
            chosen.update(self._by_token.get(length, ()))
        recognizers = self._recognizers
        for word in set(self._words.findall(text.lower())):
            for i in self._opens[word]:
                if i not in chosen and self._admits(recognizers[i], digits, counts, tokens):
                    chosen.add(i)
        # A text that is one value by itself opens the rest of its size too; they may
        # only find that lone value (`_id_number.LONE_SCORE`).
        lone = (
            {
                i
                for i in self._alone
                if i not in chosen and self._admits(recognizers[i], digits, counts, tokens)
            }
            if lone_text(text)
            else set()
        )
        spans: list[Span] = []
        for i in sorted(chosen | lone):
            recognizer = recognizers[i]
            if digits < recognizer.MIN_DIGITS:
                continue
            found = recognizer.analyze_ungated(text)
            if found:
                spans.extend(
                    replace(s, source=self.name)
                    for s in found
                    if i not in lone or lone_value(text, s.start, s.end)
                )
        return spans

    @staticmethod
    def _admits(
        recognizer: IdNumberRecognizer, digits: int, counts: set[int], tokens: set[int]
    ) -> bool:
        if digits < recognizer.MIN_DIGITS:
            return False
        if recognizer.DIGIT_COUNTS and not counts & recognizer.DIGIT_COUNTS:
            return False
        return not (recognizer.TOKEN_LENGTHS and not tokens & recognizer.TOKEN_LENGTHS)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


@functools.cache
def id_number_labels() -> frozenset[str]:
    """Every label the ID-number recognizers report (built once: `Guard.start` asks at
    start-up, so no request waits for the hundred patterns to compile)."""
    return IdNumbersRecognizer().labels
