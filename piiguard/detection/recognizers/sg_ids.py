"""Singapore NRIC/FIN (check letter) and UEN (business registration)."""

from __future__ import annotations

import re

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._listed import ListedRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

SG_NRIC_FIN = "SG_NRIC_FIN"
SG_UEN = "SG_UEN"


class SgNricFinRecognizer(IdNumberRecognizer):
    """NRIC/FIN: S, T, F, G or M, 7 digits and a check letter.

    >>> [s.label for s in SgNricFinRecognizer().analyze("NRIC S2740116C")]
    ['SG_NRIC_FIN']
    """

    name = "sg_nric_fin"
    label = SG_NRIC_FIN
    MIN_DIGITS = 7
    TOKEN_LENGTHS = frozenset({9})
    TRIGGER = r"\d{7}[A-Za-z]"
    PATTERNS = (Pattern("nric", NUMBER_START + r"[STFGMstfgm]\d{7}[A-Za-z]" + NUMBER_END, 0.8),)
    CONTEXT = ("nric", "nric#", "fin", "fin#", "ic", "ic number", "identity card", "singapore")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if not (value.isupper() or value.islower()):
            return False
        return checksums.sg_nric(value)


class SgUenRecognizer(ListedRecognizer):
    """UEN: 8 or 9 digits and a check letter (beside a UEN word, or listed with a UEN that
    stands: `_listed`), or the T/S/R form; in lower case only beside a UEN word.

    >>> [s.label for s in SgUenRecognizer().analyze("UEN T08LL0001K")]
    ['SG_UEN']
    """

    name = "sg_uen"
    label = SG_UEN
    MIN_DIGITS = 6
    TOKEN_LENGTHS = frozenset({9, 10})
    TRIGGER = r"\d{4}[A-Za-z]"
    PATTERNS = (
        # local companies: year of registration, five digits, check letter; stands alone
        Pattern("uen_local", NUMBER_START + r"(?:18|19|20)\d{7}[A-Z]" + NUMBER_END, 0.6,
                re.IGNORECASE),
        Pattern("uen_business", NUMBER_START + r"\d{8,9}[A-Z]" + NUMBER_END, 0.3, re.IGNORECASE),
        Pattern("uen_other", NUMBER_START + r"[TSR]\d{2}[A-Z]{2}\d{4}[A-Z]" + NUMBER_END, 0.6,
                re.IGNORECASE),
    )  # fmt: skip
    LOWER_CASE_SCORE = 0.3
    CONTEXT = ("uen", "unique entity number", "business registration", "acra",
               "company registration", "registration number")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.sg_uen(value)
