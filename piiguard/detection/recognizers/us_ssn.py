"""US Social Security numbers, with the SSA's area/group/serial rules."""

from __future__ import annotations

from piiguard._types import US_SSN
from piiguard.detection.checksums import us_ssn
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
