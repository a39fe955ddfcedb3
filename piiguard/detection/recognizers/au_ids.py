"""Australian ABN, ACN, TFN and Medicare numbers, each with its check digit.

ABN's mod-89 check (one number in 89 passes) is strong enough to stand alone; the
nine- and ten-digit schemes pass one number in ten or eleven and need
their word beside them, except in a layout only they have (an ACN's 3-3-3 with a
leading zero, a Medicare card's 4-5-1).
"""

from __future__ import annotations

from dataclasses import replace

from piiguard._types import Span
from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern
from piiguard.detection.recognizers.phone import reads_as_phone

AU_ABN = "AU_ABN"
AU_ACN = "AU_ACN"
AU_TFN = "AU_TFN"
AU_MEDICARE = "AU_MEDICARE"

_NINE = NUMBER_START + r"\d{3}([ -]?)\d{3}\1\d{3}" + NUMBER_END


class AuAbnRecognizer(IdNumberRecognizer):
    """Australian Business Numbers (mod-89); the grouped form stands alone.

    >>> [s.label for s in AuAbnRecognizer().analyze("ABN 51 824 753 556")]
    ['AU_ABN']
    """

    name = "au_abn"
    label = AU_ABN
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    TRIGGER = r"\d\d ?\d{3} ?\d{3} ?\d{3}"
    PATTERNS = (
        Pattern("abn_grouped", NUMBER_START + r"\d{2} \d{3} \d{3} \d{3}" + NUMBER_END, 0.6),
        Pattern("abn", NUMBER_START + r"\d{11}" + NUMBER_END, 0.5),
    )
    CONTEXT = ("abn", "australian business number", "business number")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.au_abn(value)


class AuAcnRecognizer(IdNumberRecognizer):
    """Australian Company Numbers (weighted mod-10), beside an ACN word; in the 3-3-3
    grouping ASIC prints, with a leading zero (the numbers issued first, "005 499 981"),
    a valid one stands alone: an amount written in groups does not start with 0, and
    one that reads as a phone number (`phone.reads_as_phone`) still needs the word.

    >>> [s.label for s in AuAcnRecognizer().analyze("ACN 010 499 966")]
    ['AU_ACN']
    >>> [s.label for s in AuAcnRecognizer().analyze("005 499 981")]
    ['AU_ACN']
    """

    name = "au_acn"
    label = AU_ACN
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    PATTERNS = (Pattern("acn", _NINE, 0.3),)
    CONTEXT = ("acn", "australian company number", "company number")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.au_acn(value)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        grouped = value[0] == "0" and not value.isdigit()
        # the phone parse (the costly part) only for numbers whose check holds
        if grouped and checksums.au_acn(value) and not reads_as_phone(value):
            pattern = replace(pattern, score=0.6)
        return super().check(text, start, end, pattern)


class AuTfnRecognizer(IdNumberRecognizer):
    """Tax File Numbers (weighted mod-11), beside a TFN word.

    >>> [s.label for s in AuTfnRecognizer().analyze("my TFN is 876 543 210")]
    ['AU_TFN']
    """

    name = "au_tfn"
    label = AU_TFN
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER_WORDS = ("tfn", "tax file")
    PATTERNS = (Pattern("tfn", _NINE, 0.3),)
    CONTEXT = ("tfn", "tax file number", "tax file no")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.au_tfn(value)


class AuMedicareRecognizer(IdNumberRecognizer):
    """Medicare card numbers (weighted mod-10 ninth digit): beside a Medicare word, or
    alone in the card's 4-5-1 layout ("2123 45670 1").

    >>> [s.label for s in AuMedicareRecognizer().analyze("Medicare 2123 45670 1")]
    ['AU_MEDICARE']
    """

    name = "au_medicare"
    label = AU_MEDICARE
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10, 11})
    PATTERNS = (
        # above a phone number's 0.75 in the same layout
        Pattern("medicare_grouped", NUMBER_START + r"[2-6]\d{3} \d{5} \d(?:[ /-]?\d)?" + NUMBER_END, 0.8),  # noqa: E501
        Pattern("medicare", NUMBER_START + r"[2-6]\d{9,10}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("medicare", "medicare card", "medicare number", "medicare no")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.au_medicare(value)
