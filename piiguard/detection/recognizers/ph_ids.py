"""Philippine numbers of Presidio's predefined recognizers: the BIR taxpayer
identification number (PH_TIN), the UMID common reference number (PH_UMID) and
passport numbers (PH_PASSPORT)."""

from __future__ import annotations

from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

PH_TIN = "PH_TIN"
PH_UMID = "PH_UMID"
PH_PASSPORT = "PH_PASSPORT"


def ph_tin(value: str) -> bool:
    """BIR TIN check digit: the ninth digit is the weighted sum (9..2) of the first
    eight, mod 11 (nine digits, or twelve with a three-digit branch code).

    >>> ph_tin("000-123-456-000"), ph_tin("000-123-457-000")
    (True, False)
    """
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) not in (9, 12) or not digits.isascii():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return total % 11 == int(digits[8])


class PhTinRecognizer(IdNumberRecognizer):
    """TIN: 9 digits with a check digit (1 in 11 passes), plus a 3-digit branch code.
    Printed in its own grouping with the branch ("000-123-456-000") it stands alone;
    otherwise a TIN word must be near.

    >>> [s.label for s in PhTinRecognizer().analyze("TIN: 000-123-456")]
    ['PH_TIN']
    """

    name = "ph_tin"
    label = PH_TIN
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9, 12})
    PATTERNS = (
        Pattern("tin_branch", NUMBER_START + r"\d{3}-\d{3}-\d{3}-\d{3}" + NUMBER_END, 0.55),
        Pattern("tin_grouped", NUMBER_START + r"\d{3}-\d{3}-\d{3}" + NUMBER_END, 0.2),
        Pattern("tin", NUMBER_START + r"\d{9}(?:\d{3})?" + NUMBER_END, 0.1),
    )
    CONTEXT = (*_words.TAX_ID, "bir", "bir tin", "taxpayer identification number",
               "taxpayer id", "tax identification number", "rdo",
               "revenue district office")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return ph_tin(value)


class PhUmidRecognizer(IdNumberRecognizer):
    """UMID common reference number: 4-7-1 digits; with its dashes it stands alone,
    twelve digits in a row need a UMID word.

    >>> [s.label for s in PhUmidRecognizer().analyze("UMID 0028-1215160-9")]
    ['PH_UMID']
    """

    name = "ph_umid"
    label = PH_UMID
    MIN_DIGITS = 12
    DIGIT_COUNTS = frozenset({12})
    PATTERNS = (
        Pattern("umid", NUMBER_START + r"\d{4}-\d{7}-\d" + NUMBER_END, 0.55),
        Pattern("umid_digits", NUMBER_START + r"\d{12}" + NUMBER_END, 0.1),
    )
    CONTEXT = ("umid", "umid number", "umid card", "crn", "common reference number",
               "unified multi-purpose id", "unified multipurpose id", "sss", "gsis",
               "philhealth", "pag-ibig")  # fmt: skip
    CONTEXT_BOOST = 0.45


class PhPassportRecognizer(IdNumberRecognizer):
    """Philippine passport numbers (a letter, seven digits, a letter), beside a passport
    word. The older two-letter form is the UK's shape and left to `UK_PASSPORT`.

    >>> [s.label for s in PhPassportRecognizer().analyze("passport P1234567A")]
    ['PH_PASSPORT']
    """

    name = "ph_passport"
    label = PH_PASSPORT
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("pas", "travel", "dfa")
    PATTERNS = (Pattern("ph_passport", NUMBER_START + r"[A-Z]\d{7}[A-Z]" + NUMBER_END, 0.1),)
    CONTEXT = (*_words.PASSPORT, "philippine passport", "philippines passport", "dfa",
               "pasaporte number")  # fmt: skip
