"""Dutch burgerservicenummer (label NL_BSN: Presidio has no Dutch recognizer; named the
way Presidio names country numbers)."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

NL_BSN = "NL_BSN"


class NlBsnRecognizer(IdNumberRecognizer):
    """BSN: 9 digits (also 1234.56.782, 1234-56-782 or 123 456 782) passing the 11-proof,
    beside a BSN word (one number in eleven passes).

    >>> [s.label for s in NlBsnRecognizer().analyze("mijn BSN is 1234.56.782")]
    ['NL_BSN']
    """

    name = "nl_bsn"
    label = NL_BSN
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER_WORDS = ("bsn", "burgerservice", "sofi", "persoonsnummer", "citizen service")
    PATTERNS = (
        Pattern("bsn", NUMBER_START + r"\d{9}" + NUMBER_END, 0.3),
        # 1234.56.782, also with dashes or spaces ("9563-24-071")
        Pattern("bsn_dotted", NUMBER_START + r"\d{4}([.\- ])\d{2}\1\d{3}" + NUMBER_END, 0.3),
        Pattern("bsn_grouped", NUMBER_START + r"\d{3}([ .\-])\d{3}\1\d{3}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("bsn", "bsn-nummer", "burgerservicenummer", "sofinummer", "sofi-nummer",
               "persoonsnummer", "citizen service number")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.nl_bsn(value)
