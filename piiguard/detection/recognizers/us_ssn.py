"""US Social Security numbers, with the SSA's area/group/serial rules.

The SSA never issues the 9xx area (the IRS's: ITINs and other taxpayer numbers), so a
9xx number is no SSN by its digits. Right after an SSN word ("SSN 912-12-3456",
"social security number: 912121234") it is still a US taxpayer number the user gives
as their SSN, and is reported as US_SSN; one with an ITIN's group is left to the ITIN
recognizer (US_ITIN, as Presidio labels it).
"""

from __future__ import annotations

from piiguard._types import US_SSN, Span
from piiguard.detection.checksums import compact, us_itin, us_ssn, us_taxpayer_number
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
)

_SSN_DASHED = NUMBER_START + r"\d{3}([- .])\d{2}\1\d{4}" + NUMBER_END
_SSN_BARE = NUMBER_START + r"\d{9}" + NUMBER_END


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
        # The 9xx area: only right after an SSN word, never an ITIN-shaped number.
        if (
            not us_taxpayer_number(value)
            or us_itin(value)
            or not self.context_before(text, start)
            or self.has_negative_context(text, start, end)
        ):
            return None
        score = min(1.0, pattern.score + self.CONTEXT_BOOST)
        return Span(start, end, self.label, round(score, 4), self.name)
