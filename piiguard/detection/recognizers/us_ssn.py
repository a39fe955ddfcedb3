"""US Social Security numbers, with the SSA's area/group/serial rules.

The SSA never issues the 9xx area; the IRS does (ITINs and other taxpayer numbers).
A 9xx number in the SSN shape is still a US taxpayer number, and Presidio's SSN
recognizer reports it as an SSN too, so (decided for issue 15):

- with an ITIN's group (50-65, 70-88, 90-92, 94-99) it is the ITIN recognizer's (US_ITIN);
- otherwise, written with separators (`912-12-3456`), it is a US_SSN at a lower base
  score (0.6; 1.0 next to an SSN word), as nine bare digits only right after an SSN
  word or a taxpayer word ("ssn: 912121234", "tax id 912121234", 0.7): the user gives
  it as their SSN or TIN, and the bot reads `<US_SSN_1>`. Only right after the word
  "ITIN" does the ITIN recognizer's higher score make it a US_ITIN.
"""

from __future__ import annotations

from piiguard._types import US_SSN, Span
from piiguard.detection.checksums import compact, us_itin, us_ssn, us_taxpayer_number
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
    words_regex,
)
from piiguard.detection.recognizers.us_itin import TAXPAYER_WORDS

_SSN_DASHED = NUMBER_START + r"\d{3}([- .])\d{2}\1\d{4}" + NUMBER_END
_SSN_BARE = NUMBER_START + r"\d{9}" + NUMBER_END
_TAXPAYER = words_regex(TAXPAYER_WORDS)
AREA_9XX_SCORE = 0.6
"""Base score of a 9xx number with separators (never issued by the SSA, still a TIN)."""


class UsSsnRecognizer(PatternRecognizer):
    """SSNs: `078-05-1120` style (scored high) or nine bare digits (only with context).

    >>> [s.label for s in UsSsnRecognizer().analyze("my ssn is 536-22-1234")]
    ['US_SSN']
    >>> [s.label for s in UsSsnRecognizer().analyze("SSN 912-12-3456")]
    ['US_SSN']
    """

    name = "us_ssn"
    label = US_SSN
    TRIGGER = r"\d{3}[- .]?\d\d[- .]?\d{4}"
    PATTERNS = (Pattern("ssn_dashed", _SSN_DASHED, 0.85), Pattern("ssn_bare", _SSN_BARE, 0.2))
    CONTEXT = ("ssn", "social security", "social security number", "social", "ss#", "ss #")
    NEGATIVE_CONTEXT = ("order", "tracking", "invoice", "ref", "reference", "phone", "call")
    CONTEXT_BOOST = 0.5

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return None if us_ssn(value) else False

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if compact(value)[:1] != "9":
            return super().check(text, start, end, pattern)
        if (
            not us_taxpayer_number(value)
            or us_itin(value)  # the ITIN recognizer's
            or self.has_negative_context(text, start, end)
        ):
            return None
        if pattern.name == "ssn_bare":
            if not (
                self.context_before(text, start)
                or self.context_before(text, start, context_words=_TAXPAYER)
            ):
                return None
            score = pattern.score + self.CONTEXT_BOOST
        else:
            score = AREA_9XX_SCORE
            if self.has_context(text, start, end):
                score += self.CONTEXT_BOOST
        return Span(start, end, self.label, round(min(1.0, score), 4), self.name)
