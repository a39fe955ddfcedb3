"""The base of the ID-number recognizers: a check digit, context words, or both.

Precision first. A pattern's `score` is what a match scores when its check digit
holds and no context word is near: at or above the detector's default threshold
(0.5) only for shapes distinctive enough to stand alone (a codice fiscale, a Finnish
henkilötunnus); weak check digits (one number in ten or eleven passes) and formats
without one score below it and need a context word beside the value. With one,
a validated number scores 1.0 and an unvalidated format `score + CONTEXT_BOOST`.
A context word counts when it is the last one before the value with no other
number in between, or the first one right after it; a veto word (order, invoice,
ticket, ... in seven languages) in the same clause drops the match. Where a
recognizer sets `LOWER_CASE_SCORE`, a value typed with lower-case letters scores at
most that (below the threshold): in lower case it needs its word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from piiguard._types import Span
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._pattern import (
    _VETO_FILLER,
    VALIDATED_SCORE,
    Pattern,
    PatternRecognizer,
)

# A digit (another number) or a clause end; "no.", "nr.", "Nr." and the Italian and
# Spanish "n." abbreviate "number" and end nothing.
_DIGIT_OR_CLAUSE_END = re.compile(r"\d|[!?;\n]|(?<![Nn][oOrR])(?<!\b[Nn])\.\s")
_CLAUSE_END = re.compile(r"[!?;\n]|(?<![Nn][oOrR])(?<!\b[Nn])\.(?=\s)")


class IdNumberRecognizer(PatternRecognizer):
    """A `PatternRecognizer` whose context word must belong to the value (see module)."""

    def __init__(self) -> None:
        super().__init__()
        self._trigger = re.compile(self.TRIGGER).search if self.TRIGGER else None

    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = _words.NOT_PERSONAL
    CONTEXT_BOOST: ClassVar[float] = 0.5
    CONTEXT_WINDOW: ClassVar[int] = 40
    MIN_DIGITS: ClassVar[int] = 3
    """The least number of digits a text must hold for this recognizer to find anything."""
    DIGIT_COUNTS: ClassVar[frozenset[int]] = frozenset()
    """For values made of digits and separators only: how many digits they have (a
    number written in groups counts all its groups). Empty: not used as a gate."""
    TOKEN_LENGTHS: ClassVar[frozenset[int]] = frozenset()
    """For values written as one token of letters and digits: its possible lengths."""
    LOWER_CASE_SCORE: ClassVar[float | None] = None
    """If set, the most a value with lower-case letters scores (its patterns must then
    match lower case too: `re.IGNORECASE`)."""

    def analyze_ungated(self, text: str) -> list[Span]:
        """`analyze` after the word gate passed elsewhere (`IdNumbersRecognizer`): the
        TRIGGER regex still applies, the TRIGGER_WORDS test is skipped."""
        if self._trigger is not None and not self._trigger(text):
            return []
        spans: list[Span] = []
        for item in self._compiled:
            for match in item.regex.finditer(text):
                start, end = match.span(item.group)
                if start < end and (span := self.check(text, start, end, item.pattern)):
                    spans.append(span)
        return spans

    def near_context(self, text: str, start: int, end: int) -> bool:
        """A context word just before `start` (no number or clause end in between) or
        just after `end`."""
        if self.context_before(
            text, start, window=self.CONTEXT_WINDOW, blocker=_DIGIT_OR_CLAUSE_END
        ):
            return True
        return self.context_after(text, end, blocker=_DIGIT_OR_CLAUSE_END) is not None

    def has_negative_context(self, text: str, start: int, end: int) -> bool:
        """The base rule (a veto word names this value: right before it, fillers such as
        "no." between), with "no." / "Nr." not read as the end of a clause."""
        if self._negative is None:
            return False
        before = text[max(0, start - self.CONTEXT_WINDOW) : start]
        ends = list(_CLAUSE_END.finditer(before))
        if ends:
            before = before[ends[-1].end() :]
        words = list(self._negative.finditer(before))
        return bool(words) and _VETO_FILLER.fullmatch(before, words[-1].end()) is not None

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if self.LOWER_CASE_SCORE is not None and any(c.islower() for c in text[start:end]):
            pattern = replace(pattern, score=min(pattern.score, self.LOWER_CASE_SCORE))
        verdict = self.validate(text[start:end], pattern)
        if verdict is False or self.has_negative_context(text, start, end):
            return None
        context = self.near_context(text, start, end)
        if verdict:
            score = VALIDATED_SCORE if context else pattern.score
        else:
            score = min(VALIDATED_SCORE, pattern.score + (self.CONTEXT_BOOST if context else 0.0))
        return Span(start, end, self.label, round(score, 4), self.name)
