"""UK National Insurance numbers (label UK_NINO)."""

from __future__ import annotations

import re

from piiguard._types import UK_NINO
from piiguard.detection.checksums import uk_nino
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

# Two letters, three pairs of digits, a letter; spaces or dashes between ("KT-91-19-11-D").
_NINO = r"(?<![\w-])[A-Za-z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-Da-d](?![\w]|-\w)"


class UkNinoRecognizer(PatternRecognizer):
    """NINOs such as `QQ 12 34 56 C`, with HMRC's prefix and suffix rules.

    >>> [s.label for s in UkNinoRecognizer().analyze("NI number AB 12 34 56 C")]
    ['UK_NINO']
    """

    name = "uk_nino"
    label = UK_NINO
    TRIGGER = r"\d\d[ -]?\d\d[ -]?\d\d[ -]?[A-Da-d](?!\w)"
    PATTERNS = (Pattern("nino", _NINO, 0.85, re.IGNORECASE),)
    CONTEXT = ("national insurance", "nino", "ni number", "ni no", "insurance number", "ni")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return None if uk_nino(value) else False
