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

_NOT_DIGITS = str.maketrans("", "", "0123456789")


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
        words = sorted({w for r in self._recognizers for w in r.TRIGGER_WORDS}, key=len)
        self._words = re.compile("|".join(re.escape(w) for w in reversed(words)))
        # Which recognizers a trigger word found in the text opens (a longer word found
        # also opens the recognizers of every trigger word inside it).
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
        found_words = set(self._words.findall(text.lower()))
        for word in found_words:
            candidates.extend(r for r in self._opens[word] if r not in candidates)
        spans: list[Span] = []
        for recognizer in candidates:
            if digits >= recognizer.MIN_DIGITS:
                spans.extend(
                    replace(s, source=self.name) for s in recognizer.analyze_ungated(text)
                )
        return spans

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
