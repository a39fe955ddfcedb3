"""The numbers of people who live across borders, typed in chat in the seven languages we
serve: Romania's CNP, Ukraine's RNOKPP, the Emirates ID, Morocco's CIN, Mexico's CLABE
(a bank account) and a Brazilian bank account beside its branch.

Each with its check where there is one (python-stdnum for the CNP and the RNOKPP; Luhn
for the Emirates ID; the CLABE's weighted digit). Only the Emirates ID as printed
(784-YYYY-NNNNNNN-C) and a CNP (its birth date and county are part of the check) stand
without their word; the rest need it.
"""

from __future__ import annotations

import re

from piiguard._types import Span
from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

RO_CNP = "RO_CNP"
UA_RNOKPP = "UA_RNOKPP"
AE_EMIRATES_ID = "AE_EMIRATES_ID"
MA_CIN = "MA_CIN"
MX_CLABE = "MX_CLABE"
BANK_ACCOUNT = "US_BANK_NUMBER"  # Presidio's label for an account number without a scheme

# "Romanian", "Ukrainian", ... in the seven languages, for "my Romanian ID".
_ROMANIAN = ("romanian", "rumänisch", "roumain", "rumano", "rumeno", "roemeens", "rumuński")
_UKRAINIAN = ("ukrainian", "ukrainisch", "ukrainien", "ucraniano", "ucraino", "oekraïens",
              "ukraiński")  # fmt: skip


class RoCnpRecognizer(IdNumberRecognizer):
    """Romanian CNP: 13 digits, sex and century digit 1-9, the birth date, the county and a
    check digit.

    >>> [s.label for s in RoCnpRecognizer().analyze("CNP: 2810320074791")]
    ['RO_CNP']
    """

    name = "ro_cnp"
    label = RO_CNP
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    TRIGGER = r"\d{13}"
    PATTERNS = (
        Pattern("cnp", NUMBER_START + r"[1-9]\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{6}"
                + NUMBER_END, 0.5),
    )  # fmt: skip
    CONTEXT = ("cnp", "cod numeric personal", "codul numeric personal",
               "codului numeric personal", *(f"{r} id" for r in _ROMANIAN),
               *(f"{r} personal number" for r in _ROMANIAN))  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.ro_cnp(value)


class UaRnokppRecognizer(IdNumberRecognizer):
    """Ukrainian RNOKPP (the taxpayer number, ІПН): 10 digits and a check digit, beside its
    word (one number in eleven passes the check).

    >>> [s.label for s in UaRnokppRecognizer().analyze("RNOKPP 3543917142")]
    ['UA_RNOKPP']
    """

    name = "ua_rnokpp"
    label = UA_RNOKPP
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    ANSWERS_ALONE = False
    TRIGGER = r"\d{10}"
    TRIGGER_WORDS = ("rnokpp", "рнокпп", "іпн", "ipn", "inn", "ukrain", "ucrain", "oekraï")
    PATTERNS = (Pattern("rnokpp", NUMBER_START + r"\d{10}" + NUMBER_END, 0.1),)
    CONTEXT = ("rnokpp", "рнокпп", "іпн", "ipn", "інн",
               *(f"{u} tax number" for u in _UKRAINIAN), "ukrainische steuernummer",
               "numéro fiscal ukrainien", "número fiscal ucraniano", "codice fiscale ucraino",
               "oekraïens fiscaal nummer", "ukraiński numer podatkowy",
               "numer podatkowy")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.ua_rnokpp(value)


class AeEmiratesIdRecognizer(IdNumberRecognizer):
    """Emirates ID: 784, the birth year, seven digits and a Luhn digit; as printed
    (784-1990-1234567-1) it stands alone, run together it needs its word.

    >>> [s.label for s in AeEmiratesIdRecognizer().analyze("ID 784-1994-4410129-1")]
    ['AE_EMIRATES_ID']
    """

    name = "ae_emirates_id"
    label = AE_EMIRATES_ID
    MIN_DIGITS = 15
    DIGIT_COUNTS = frozenset({15})
    TRIGGER = r"784"
    PATTERNS = (
        Pattern("emirates_id", NUMBER_START + r"784-(?:19|20)\d\d-\d{7}-\d" + NUMBER_END, 0.8),
        Pattern("emirates_id_joined", NUMBER_START + r"784(?:19|20)\d{10}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("emirates id", "emirates id number", "eid", "uae id", "emirati id",
               "emirates-id", "emirates-id-nummer")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.ae_emirates_id(value)


class MaCinRecognizer(IdNumberRecognizer):
    """Moroccan CIN (carte d'identité nationale électronique): one or two letters (the
    issuing region) and five or six digits, after its word; no public check digit.

    >>> [s.label for s in MaCinRecognizer().analyze("CIN marocaine n° A234278")]
    ['MA_CIN']
    """

    name = "ma_cin"
    label = MA_CIN
    MIN_DIGITS = 5
    ANSWERS_ALONE = False
    TRIGGER = r"[A-Z]\d{5}"
    TRIGGER_WORDS = ("cin", "cnie", "marocain", "marroqu", "marokk", "maroc", "morocc")
    PATTERNS = (Pattern("cin", NUMBER_START + r"[A-Z]{1,2}\d{5,6}" + NUMBER_END, 0.05),)
    CONTEXT = ("cin", "cnie", "carte nationale", "carte d'identité nationale",
               "carte d'identité marocaine", "moroccan id", "marokkanischer ausweis",
               "cédula marroquí", "carta d'identità marocchina", "marokkaans id",
               "marokkaans id-nummer", "marokański dowód")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return None  # no public check: its word decides


class MxClabeRecognizer(IdNumberRecognizer):
    """Mexican CLABE: 18 digits (bank, city, account) and a weighted check digit, beside
    its word (one number in ten passes the check).

    >>> [s.label for s in MxClabeRecognizer().analyze("Mi CLABE: 014007917393375171")]
    ['MX_CLABE']
    """

    name = "mx_clabe"
    label = MX_CLABE
    MIN_DIGITS = 18
    DIGIT_COUNTS = frozenset({18})
    ANSWERS_ALONE = False
    TRIGGER = r"\d{18}|\d{3} \d{3} "
    TRIGGER_WORDS = ("clabe",)
    PATTERNS = (
        Pattern("clabe", NUMBER_START + r"\d{18}" + NUMBER_END, 0.1),
        Pattern("clabe_grouped", NUMBER_START + r"\d{3} \d{3} \d{11} \d" + NUMBER_END, 0.1),
    )
    CONTEXT = ("clabe", "clabe interbancaria", "cuenta clabe")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.mx_clabe(value)


# A Brazilian branch ("agência 9708-7", "ag. 1234"), in the message of the account.
_BRANCH = re.compile(r"(?<!\w)(?:ag[êe]ncia|agenzia|ag\.)\s{0,3}\d", re.IGNORECASE)
_BRANCH_BEFORE = re.compile(r"(?<!\w)(?:ag[êe]ncia|agenzia|ag\.)[\s:n°º.]{0,6}$", re.IGNORECASE)


class BrBankAccountRecognizer(IdNumberRecognizer):
    """A Brazilian account number ("conta 26319-6", "cuenta 22019-X"): digits, a dash and a
    check character, after an account word, in a message that also gives the branch
    (agência), so the pair is a bank account and not an invoice or a reference.

    >>> text = "Bradesco: agência 7353-9, conta 17484-X"
    >>> [text[s.start:s.end] for s in BrBankAccountRecognizer().analyze(text)]
    ['17484-X']
    """

    name = "br_bank_account"
    label = BANK_ACCOUNT
    MIN_DIGITS = 4
    ANSWERS_ALONE = False
    NAMED_DESPITE_CHECK = True
    TRIGGER = r"\d-[\dXx](?!\w)"
    TRIGGER_WORDS = ("agência", "agencia", "agenzia", "ag.")
    PATTERNS = (Pattern("conta", NUMBER_START + r"\d{4,12}-[\dXx]" + r"(?![\w-])", 0.05),)
    CONTEXT = ("conta", "conta corrente", "conta poupança", "cuenta", "konto", "account",
               "compte", "conto", "rekening", "konta", "rachunek", "c/c", "cc")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return None  # the branch's check digit scheme differs by bank: the words decide

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if not _BRANCH.search(text) or _BRANCH_BEFORE.search(text, max(0, start - 20), start):
            return None  # no branch in the message, or this is the branch's own number
        return super().check(text, start, end, pattern)
