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

A validated value that is a whole message by itself ("1234567893", "'130 692 544'.")
answers a question and stands without its word (`LONE_SCORE`), unless the bot's turn
before it asked about an order, ticket, invoice, parcel or phone line (the guard's
pipeline drops it then: `asks_for_reference`, `drop_lone_ids`). Cost, measured on
random numbers sent alone: 43 % of 9-digit, 38 % of 10-digit, 20 % of 11-digit and
18 % of 12-digit ones are masked (none of 5-8 digits; 13 and more as before).
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
    words_regex,
)

# A digit (another number) or a clause end; "no.", "nr.", "Nr." and the Italian and
# Spanish "n." abbreviate "number" and end nothing.
_DIGIT_OR_CLAUSE_END = re.compile(r"\d|[!?;\n]|(?<![Nn][oOrR])(?<!\b[Nn])\.\s")
_CLAUSE_END = re.compile(r"[!?;\n]|(?<![Nn][oOrR])(?<!\b[Nn])\.(?=\s)")
# What may follow an ID's word at the end of its line when the value stands alone on the
# next one ("mijn bsn\n185050049", "NHS number:\n 401 023 2137"): anything else blocks.
_NOT_A_SEPARATOR = re.compile(r"[^\s:#=?.(),-]")
# A message that is one value by itself ("What is your NPI?" "1234567893"): at most
# `_LONE_CHARS`, a token of letters and digits or up to eight groups joined by a space,
# dash, dot or slash, with quotes, brackets and end punctuation around.
_LONE_CHARS = 40
_LONE_EDGE = " \t\r\n\"'`()[]{}<>.,;:!?\u00a0\u201c\u201d\u2018\u2019\u00ab\u00bb"
_LONE_SHAPE = re.compile(
    r"[\s\"'`(\[{<\u201c\u2018\u00ab]*\w+(?:[ .\-/]\w+){0,7}"
    r"[\s\"'`)\]}>.,;:!?\u201d\u2019\u00bb]*"
)
# "1111111112", "000-000-000": a form's filler, not somebody's number.
_FILLER_DIGITS = re.compile(r"(\d)\1*\d?\1*")

LONE_SCORE = 0.75
"""The least a validated value scores when it is a whole message by itself and no word
names it: a message that is nothing but a number whose check digit holds answers a
question ("What is your NPI?" "1234567893"), so it is masked (a veto word in the same
text still drops it). Stronger shapes keep their lead (`LONE_BOOST` on their own score,
up to `LONE_CAP`): where two checks hold, the stronger one names the value."""
LONE_BOOST = 0.45
LONE_CAP = 0.95


def lone_text(text: str) -> bool:
    """`text` can be one value by itself (the cheap test before any pattern runs)."""
    return len(text) <= _LONE_CHARS and _LONE_SHAPE.fullmatch(text) is not None


def lone_value(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is the whole text but for spaces, quotes, brackets and end
    punctuation, and is not a form's filler of one repeated digit."""
    if text[:start].strip(_LONE_EDGE) or text[end:].strip(_LONE_EDGE):
        return False
    value = text[start:end]
    if any(c.isalpha() for c in value):
        return True
    return _FILLER_DIGITS.fullmatch("".join(c for c in value if c.isdigit())) is None


QUESTION_CHARS = 160
"""How much of the bot's turn before a lone value is read for what it asked."""
_REFERENCE_WORDS = words_regex(_words.NOT_PERSONAL)


def asks_for_reference(question: str) -> bool:
    """The end of a bot's turn asks about an order, ticket, invoice, parcel, version or
    phone line ("What is your order number?"), so a lone number typed in answer is that
    reference, not an ID (`drop_lone_ids`)."""
    assert _REFERENCE_WORDS is not None
    return _REFERENCE_WORDS.search(question[-QUESTION_CHARS:]) is not None


def drop_lone_ids(text: str, spans: list[Span], labels: frozenset[str]) -> list[Span]:
    """`spans` without the ID numbers (of `labels`) that stand only because they are the
    whole text (`LONE_SCORE`): no word of their own named them."""
    return [
        s
        for s in spans
        if s.label not in labels
        or s.score >= VALIDATED_SCORE
        or not lone_value(text, s.start, s.end)
    ]


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
    ANSWERS_ALONE: ClassVar[bool] = True
    """Whether a text that is only a value of this recognizer's size is tried as its
    number without the word (`lone_text`). False for weak checks on common digit counts
    that name no person (a business register number)."""
    LOWER_CASE_SCORE: ClassVar[float | None] = None
    """If set, the most a value with lower-case letters scores (its patterns must then
    match lower case too: `re.IGNORECASE`)."""

    def analyze(self, text: str) -> list[Span]:
        """The base `analyze`; a text that is one value by itself is read even without a
        trigger word, and then only a lone value counts (`LONE_SCORE`)."""
        spans = super().analyze(text)
        if spans or not self.TRIGGER_WORDS or not lone_text(text):
            return spans
        return [s for s in self.analyze_ungated(text) if lone_value(text, s.start, s.end)]

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
        if self._word_ends_line_before(text, start):
            return True
        return self.context_after(text, end, blocker=_DIGIT_OR_CLAUSE_END) is not None

    def _word_ends_line_before(self, text: str, start: int) -> bool:
        """The value starts its line and the line before ends with a context word (and
        separators only): "mijn bsn\n185050049", "Steuer-ID:\n12 345 678 901"."""
        line_start = text.rfind("\n", 0, start)
        if line_start <= 0 or text[line_start + 1 : start].strip():
            return False
        return self.context_before(
            text, line_start, window=self.CONTEXT_WINDOW, blocker=_NOT_A_SEPARATOR
        )

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
        cap = self.LOWER_CASE_SCORE
        lower = cap is not None and any(c.islower() for c in text[start:end])
        if cap is not None and lower:
            pattern = replace(pattern, score=min(pattern.score, cap))
        verdict = self.validate(text[start:end], pattern)
        if verdict is False or self.has_negative_context(text, start, end):
            return None
        context = self.near_context(text, start, end)
        if verdict:
            score = VALIDATED_SCORE if context else pattern.score
            if not (context or lower) and lone_value(text, start, end):
                score = max(score, LONE_SCORE, min(LONE_CAP, pattern.score + LONE_BOOST))
        else:
            score = min(VALIDATED_SCORE, pattern.score + (self.CONTEXT_BOOST if context else 0.0))
        return Span(start, end, self.label, round(score, 4), self.name)
