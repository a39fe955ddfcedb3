"""Bank account numbers outside IBAN: UK sort codes, Spanish CCC, Polish NRB.

Label US_BANK_NUMBER, the one bank-account entity Presidio names (its recognizer, like
`UsBankNumberRecognizer` here, is digits beside an account word, not US-specific).
CCC (two control digits) and NRB (mod 97) are strong checks and stand alone; a sort
code is six digits and needs its word ("sort code", "Bankleitzahl" is a German
cousin) beside it.
"""

from __future__ import annotations

from typing import ClassVar

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern
from piiguard.detection.recognizers.us_ids import US_BANK_NUMBER

_CCC = NUMBER_START + r"\d{4}[ -]?\d{4}[ -]?\d{2}[ -]?\d{10}" + NUMBER_END
_CCC_GROUPED = NUMBER_START + r"\d{4}(?:[ -]\d{4}){4}" + NUMBER_END
_NRB = NUMBER_START + r"\d{2}(?:[ -]?\d{4}){6}" + NUMBER_END
_SORT_CODE = NUMBER_START + r"\d{2}([- ]?)\d{2}\1\d{2}" + NUMBER_END


class BankAccountRecognizer(IdNumberRecognizer):
    """Spanish CCC and Polish NRB account numbers, by their check digits.

    >>> text = "cuenta 2100 0418 45 0200051332"
    >>> [text[s.start:s.end] for s in BankAccountRecognizer().analyze(text)]
    ['2100 0418 45 0200051332']
    """

    name = "bank_account"
    label = US_BANK_NUMBER
    MIN_DIGITS = 20
    DIGIT_COUNTS = frozenset({20, 26})
    TRIGGER = r"\d{4}[ -]?\d{4}[ -]?\d{2}"
    PATTERNS = (
        Pattern("es_ccc", _CCC, 0.9),
        Pattern("es_ccc_grouped", _CCC_GROUPED, 0.9),
        Pattern("pl_nrb", _NRB, 0.9),
    )
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if pattern.name.startswith("es_ccc"):
            return checksums.es_ccc(value)
        return checksums.pl_nrb(value)


class UkSortCodeRecognizer(IdNumberRecognizer):
    """UK sort codes (six digits, 20-00-00) beside a sort-code word.

    >>> [s.label for s in UkSortCodeRecognizer().analyze("sort code 20-00-00")]
    ['US_BANK_NUMBER']
    """

    name = "uk_sort_code"
    label = US_BANK_NUMBER
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("sort", "blz", "bankleitzahl", "bank code", "guichet")
    PATTERNS = (Pattern("sort_code", _SORT_CODE, 0.1),)
    CONTEXT = ("sort code", "sortcode", "sort-code", "sort", "bankleitzahl", "blz",
               "bank code", "code guichet")  # fmt: skip
