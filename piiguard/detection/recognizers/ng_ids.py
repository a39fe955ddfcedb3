"""Nigerian National Identification Numbers (label NG_NIN)."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._listed import ListedRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

NG_NIN = "NG_NIN"


class NgNinRecognizer(ListedRecognizer):
    """11 digits with a Verhoeff check digit (one in ten passes), beside a NIN word, or
    listed with a NIN ("My NIN is 12345678902 and yours is 55512345672": `_listed`).

    >>> [s.label for s in NgNinRecognizer().analyze("my NIN is 12345678902")]
    ['NG_NIN']
    """

    name = "ng_nin"
    label = NG_NIN
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    TRIGGER_WORDS = ("nin", "nimc", "national ident", "nigeria")
    PATTERNS = (Pattern("nin", NUMBER_START + r"\d{11}" + NUMBER_END, 0.3),)
    CONTEXT = ("nin", "nimc", "national identification number", "national identity number",
               "national identity", "nigeria id", "nigerian identification")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.ng_nin(value)
