"""Thai national id numbers (label TH_TNIN)."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

TH_TNIN = "TH_TNIN"

# Person type 1-8, then a province code Thailand actually uses (10-96).
_PROVINCE = r"[1-8](?:[134]\d|2[0-7]|5[0-8]|[67][0-7]|[89][0-6])"


class ThTninRecognizer(IdNumberRecognizer):
    """13 digits (or 1-2345-67890-12-3 as printed), province code and mod-11 check digit.

    >>> [s.label for s in ThTninRecognizer().analyze("Thai ID 1234567890121")]
    ['TH_TNIN']
    """

    name = "th_tnin"
    label = TH_TNIN
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    TRIGGER = r"\d{13}|\d-\d{4}-\d{5}-"
    PATTERNS = (
        Pattern("tnin", NUMBER_START + _PROVINCE + r"\d{10}" + NUMBER_END, 0.5),
        Pattern("tnin_grouped", NUMBER_START + r"[1-8]-\d{4}-\d{5}-\d{2}-\d" + NUMBER_END, 0.6),
    )
    CONTEXT = ("thai national id", "thai id", "thai id number", "tnin", "national id",
               "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "รหัสปชช")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.th_tnin(value)
