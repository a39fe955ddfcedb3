"""Bank account numbers outside IBAN: UK sort codes, Spanish CCC, Polish NRB, French RIB,
Italian bank and branch codes (ABI, CAB).

Label US_BANK_NUMBER, the one bank-account entity Presidio names (its recognizer, like
`UsBankNumberRecognizer` here, is digits beside an account word, not US-specific).
CCC (two control digits) and NRB (mod 97) are strong checks and stand alone; a sort
code is six digits and needs its word ("sort code", "Bankleitzahl" is a German
cousin) beside it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from piiguard._types import Span
from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern, words_regex
from piiguard.detection.recognizers.us_ids import US_BANK_NUMBER

_CCC = NUMBER_START + r"\d{4}[ -]?\d{4}[ -]?\d{2}[ -]?\d{10}" + NUMBER_END
_CCC_GROUPED = NUMBER_START + r"\d{4}(?:[ -]\d{4}){4}" + NUMBER_END
# A line may break between two groups ("nr konta:\n10 2490 6368 2338\n5668 9908 0308").
_NRB = NUMBER_START + r"\d{2}(?:(?:[ -]|\r?\n)?\d{4}){6}" + NUMBER_END
# bank (5) branch (5) account (11, letters allowed) key (2): "30004 00123 00012345678 12"
_RIB = NUMBER_START + r"\d{5}( ?)\d{5}\1[0-9A-Z]{11}\1\d{2}" + NUMBER_END
_SORT_CODE = NUMBER_START + r"\d{2}([- ]?)\d{2}\1\d{2}" + NUMBER_END
# A German Bankleitzahl: 8 digits, the first (the clearing area) 1 to 8 ("370 400 44").
_BLZ = NUMBER_START + r"[1-8]\d{2}( ?)\d{3}\1\d{2}" + NUMBER_END
# A UK account as people write it: the sort code in its dashed layout, then the
# eight-digit account number ("40-47-84 27705838"), perhaps with the account's word
# between ("11-74-38 acc 46640877"): the pair names an account even without the word
# "sort code".
_SORT_CODE_ACCOUNT = (
    NUMBER_START + r"\d{2}-\d{2}-\d{2}(?:\s{1,3}|\s?[,/]\s?)"
    r"(?:(?i:acc|acct|account|a/c)(?:\s{1,3}(?i:no|nr|number|num))?\.?\s{0,3}[:#]?\s{1,3})?"
    r"(?P<v>\d{8})" + NUMBER_END
)


class BankAccountRecognizer(IdNumberRecognizer):
    """Spanish CCC, Polish NRB and French RIB account numbers, by their check digits.

    >>> text = "cuenta 2100 0418 45 0200051332"
    >>> [text[s.start:s.end] for s in BankAccountRecognizer().analyze(text)]
    ['2100 0418 45 0200051332']
    """

    name = "bank_account"
    label = US_BANK_NUMBER
    MIN_DIGITS = 20
    DIGIT_COUNTS = frozenset({20, 23, 26})
    TRIGGER = r"\d{4}[ -]?\d{4}[ -]?\d{2}|\d{5} \d{5} "
    PATTERNS = (
        Pattern("es_ccc", _CCC, 0.9),
        Pattern("es_ccc_grouped", _CCC_GROUPED, 0.9),
        Pattern("pl_nrb", _NRB, 0.9),
        Pattern("fr_rib", _RIB, 0.9),
    )
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    # An account word naming the number keeps it when its check digits fail: a typo in
    # one's own account ("nr konta 25 1090 ..., chyba źle przepisałem", `NAMED_SCORE`).
    CONTEXT = _words.BANK_ACCOUNT

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if pattern.name.startswith("es_ccc"):
            return checksums.es_ccc(value)
        if pattern.name == "fr_rib":
            return checksums.fr_rib(value)
        return checksums.pl_nrb(value)


class UkSortCodeRecognizer(IdNumberRecognizer):
    """UK sort codes (six digits, 20-00-00) and German Bankleitzahlen (eight digits,
    370 400 44) beside their word.

    >>> [s.label for s in UkSortCodeRecognizer().analyze("sort code 20-00-00")]
    ['US_BANK_NUMBER']
    """

    name = "uk_sort_code"
    label = US_BANK_NUMBER
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("sort", "blz", "bankleitzahl", "bank code", "guichet")
    PATTERNS = (Pattern("sort_code", _SORT_CODE, 0.1), Pattern("blz", _BLZ, 0.1))
    CONTEXT = ("sort code", "sortcode", "sort-code", "sort", "bankleitzahl", "blz",
               "bank code", "code guichet")  # fmt: skip
    BLZ_CONTEXT = words_regex(("bankleitzahl", "blz"))

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if pattern.name == "blz" and not self.context_before(
            text, start, context_words=self.BLZ_CONTEXT
        ):
            return None  # eight digits after "sort code" are an account number
        return super().check(text, start, end, pattern)


class UkAccountRecognizer(IdNumberRecognizer):
    """A UK account number after its sort code ("40-47-84 27705838"): the account number
    is the personal part, the sort code names the branch.

    >>> text = "pay 40-47-84 27705838 please"
    >>> [text[s.start:s.end] for s in UkAccountRecognizer().analyze(text)]
    ['27705838']
    """

    name = "uk_account"
    label = US_BANK_NUMBER
    MIN_DIGITS = 14
    DIGIT_COUNTS = frozenset({8, 14})
    TRIGGER = r"\d\d-\d\d-\d\d"
    PATTERNS = (Pattern("sort_code_account", _SORT_CODE_ACCOUNT, 0.6),)
    CONTEXT = (*_words.BANK_ACCOUNT, "sort code", "sortcode", "sort-code")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return False if len(set(value)) == 1 else None


# "ABI 90902 CAB 89489", "codice ABI: 03069", "cab n. 01600": five digits after the word.
_IT_BANK_CODE = (
    r"(?<!\w)(?:(?i:codice|cod\.?)\s{1,3}(?i:abi|cab)|ABI|CAB)(?!\w)"
    r"\s{0,3}(?:[:=#]|(?i:n\.?|nr\.?|n°))?\s{0,3}(?P<v>\d{5})(?!\w|[.,/-]\d)"
)
# The account the codes belong to, named in the same text: the other code, an account or a
# bank word ("conto corrente n. ... ABI 90902 CAB 89489"). Alone, "CAB 12345" is a taxi's.
_IT_BANKING = re.compile(
    r"(?<!\w)(?:abi|cab|conto|c/c|iban|banca|bancario|bancaria|bonifico|filiale|sportello"
    r"|bank|account)(?!\w)",
    re.IGNORECASE,
)


class ItBankCodeRecognizer(IdNumberRecognizer):
    """Italian bank (ABI) and branch (CAB) codes, five digits after their word, when the
    text names the account they belong to (the other code, "conto", "IBAN", "banca").

    >>> text = "conto n. 000014487134 ABI 90902 CAB 89489"
    >>> [text[s.start:s.end] for s in ItBankCodeRecognizer().analyze(text)]
    ['90902', '89489']
    """

    name = "it_bank_code"
    label = US_BANK_NUMBER
    MIN_DIGITS = 5
    TRIGGER_WORDS = ("abi", "cab")
    PATTERNS = (Pattern("it_bank_code", _IT_BANK_CODE, 0.6),)
    CONTEXT = ("abi", "cab", "codice abi", "codice cab")

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if len(_IT_BANKING.findall(text)) < 2:
            return None  # the code's own word alone: "I took CAB 12345"
        return super().check(text, start, end, pattern)
