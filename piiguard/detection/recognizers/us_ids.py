"""US numbers of Presidio's predefined recognizers: passport, driver licence, bank
account, ABA routing number and DEA registration (MEDICAL_LICENSE).

Passports, licences and account numbers have no check digit: they are reported only
beside a context word. Routing numbers have a weak one (one in ten passes), so they
need context too; DEA numbers have a letter prefix and a check digit and stand alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piiguard._types import Span
from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

US_PASSPORT = "US_PASSPORT"
US_DRIVER_LICENSE = "US_DRIVER_LICENSE"
US_BANK_NUMBER = "US_BANK_NUMBER"
ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER"
MEDICAL_LICENSE = "MEDICAL_LICENSE"
US_NPI = "US_NPI"
US_MBI = "US_MBI"


class UsPassportRecognizer(IdNumberRecognizer):
    """US passport book (9 digits) or next-generation (letter + 8 digits), beside a
    passport word.

    >>> [s.label for s in UsPassportRecognizer().analyze("my passport number is 912803456")]
    ['US_PASSPORT']
    """

    name = "us_passport"
    label = US_PASSPORT
    MIN_DIGITS = 8
    TRIGGER_WORDS = ("pas", "travel")
    PATTERNS = (
        Pattern("passport_digits", NUMBER_START + r"\d{9}" + NUMBER_END, 0.2),
        Pattern("passport_next_gen", NUMBER_START + r"[A-Z]\d{8}" + NUMBER_END, 0.2),
    )
    CONTEXT = (*_words.PASSPORT, "us passport", "united states passport")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return False if len(set(value)) == 1 else None


class UsDriverLicenseRecognizer(IdNumberRecognizer):
    """US driver licence numbers (the states' letter-digit formats), beside a licence word.

    >>> [s.label for s in UsDriverLicenseRecognizer().analyze("driver license D1234567")]
    ['US_DRIVER_LICENSE']
    """

    name = "us_driver_license"
    label = US_DRIVER_LICENSE
    MIN_DIGITS = 2
    TRIGGER_WORDS = ("driv", "lic", "dl", "permit", "führer", "fuehrer", "permis", "conduc",
                     "patente", "rijbewijs", "jazdy")  # fmt: skip
    PATTERNS = (
        Pattern(
            "dl_alphanumeric",
            NUMBER_START
            + r"(?:[A-Z]{1,2}\d{4,14}|\d{2}[A-Z]{3}\d{5,6}|\d{3}[A-Z]{2}\d{4}|\d{7,9}[A-Z]"
            r"|\d{8}[A-Z]{2}|[A-Z]\d[A-Z]\d[A-Z]|[A-Z]\d{6}R|[A-Z]{2}\d{6}[A-Z]|[A-Z][A-Z0-9*]{11})"
            + NUMBER_END,
            0.2,
        ),
        Pattern("dl_digits", NUMBER_START + r"(?:\d{6,14}|\d{16})" + NUMBER_END, 0.1),
    )
    CONTEXT = (*_words.DRIVER_LICENCE, "dls", "cdl", "cdls")
    CONTEXT_BOOST = 0.45

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if pattern.name == "dl_alphanumeric" and not any(c.isdigit() for c in value):
            return False
        return False if len(set(value)) == 1 else None


class UsBankNumberRecognizer(IdNumberRecognizer):
    """Bank account numbers (7-17 digits: a German Kontonummer may have seven) beside an
    account word.

    >>> [s.label for s in UsBankNumberRecognizer().analyze("checking account 55102938")]
    ['US_BANK_NUMBER']
    """

    name = "us_bank_number"
    label = US_BANK_NUMBER
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("acc", "acct", "a/c", "bank", "check", "saving", "debit", "konto", "konta",
                     "compte", "cuenta", "conto", "rekening", "rachun", "nrb", "kto", "c/c",
                     "rek.nr", "reknr")  # fmt: skip
    PATTERNS = (
        # 7 to 18 digits: Presidio's 8-17, a US account of seven, an 18-digit CLABE
        Pattern("bank_account", NUMBER_START + r"\d{7,18}" + NUMBER_END, 0.1),
        Pattern(
            # in fours, the last group perhaps shorter ("5503 2281 90")
            "bank_account_grouped",
            NUMBER_START + r"\d{4}(?:[ -]\d{4}){1,3}(?:[ -]\d{1,3})?" + NUMBER_END,
            0.1,
        ),
        # in a bank's dashed layout, groups of any length: "110-521-647520" (Korea),
        # "001-1234567" (Japan), "0001-22-333444"
        Pattern(
            "bank_account_dashed", NUMBER_START + r"\d{2,12}(?:-\d{1,12}){1,4}" + NUMBER_END, 0.1
        ),
    )
    CONTEXT = _words.BANK_ACCOUNT

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return False if len(set(checksums.compact(value))) == 1 else None

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """A match inside a longer run of digit groups ("83 1140 2004 1998 6973 4009 9105
        to mój nr konta", "cuenta 2100 0418 45 0200051333") reads the whole run, when the
        run is as long as an account number written in groups (`_LONG_RUN` digits): the
        tail alone would leave the rest of the account in clear."""
        value = text[start:end]
        if _DATE_OR_YEARS.fullmatch(value) or (
            pattern.name == "bank_account_dashed" and sum(c.isdigit() for c in value) < 7
        ):
            return None  # "account opened 2024-01-15", "cuenta 2023-2024", "orari 09-13"
        before = _GROUPS_BEFORE.search(text[max(0, start - _RUN_CHARS) : start])
        after = _GROUPS_AFTER.match(text, end)
        run_start = start - len(before[0]) if before else start
        run_end = after.end() if after else end
        if (run_start, run_end) != (start, end):
            digits = sum(c.isdigit() for c in text[run_start:run_end])
            if _LONG_RUN <= digits <= _LONGEST_RUN:
                start, end = run_start, run_end
        return super().check(text, start, end, pattern)


# A date (year first or last) or a range of years, in a dashed account's digits.
_DATE_OR_YEARS = re.compile(
    r"(?:19|20)\d\d-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(?:19|20)\d\d"
    r"|(?:19|20)\d\d[ -](?:19|20)\d\d"
)
# Digit groups of two to twelve joined by one space or dash, right before or after a match.
_GROUPS_BEFORE = re.compile(r"(?<![\w.,/-])(?:\d{2,12}[ -])+$")
_GROUPS_AFTER = re.compile(r"(?:[ -]\d{2,12}(?![\w]|[.,/-]\d))+")
_RUN_CHARS = 48
_LONG_RUN = 16
_LONGEST_RUN = 30


class AbaRoutingRecognizer(IdNumberRecognizer):
    """ABA routing transit numbers: 9 digits with a check digit (one number in ten
    passes), beside a routing word; written 4-4-1 with dashes, the check-printer's
    layout, they stand alone.

    >>> [s.label for s in AbaRoutingRecognizer().analyze("routing number 011000015")]
    ['ABA_ROUTING_NUMBER']
    """

    name = "aba_routing"
    label = ABA_ROUTING_NUMBER
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER = r"\d{4}-?\d{4}-?\d"
    PATTERNS = (
        Pattern("aba", NUMBER_START + r"[0123678]\d{8}" + NUMBER_END, 0.3),
        # above a phone number's 0.75 in the same layout
        Pattern("aba_dashed", NUMBER_START + r"[0123678]\d{3}-\d{4}-\d" + NUMBER_END, 0.8),
    )
    CONTEXT = (*_words.ROUTING, "bank", "bank routing", "association")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.aba_routing(value)


class MedicalLicenseRecognizer(IdNumberRecognizer):
    """US DEA registration numbers (registrant letter, letter or 9, 7 digits, check digit).

    >>> [s.label for s in MedicalLicenseRecognizer().analyze("DEA BB1388568")]
    ['MEDICAL_LICENSE']
    """

    name = "medical_license"
    label = MEDICAL_LICENSE
    MIN_DIGITS = 7
    TOKEN_LENGTHS = frozenset({9})
    TRIGGER = r"[A-Za-z][A-Za-z9]\d{7}"
    PATTERNS = (
        Pattern(
            "dea",
            r"(?<![\w])[ABCDEFGHJKLMPRSTUXabcdefghjklmprstux](?:[A-Za-z]|9)\d{7}(?![\w])",
            0.6,
        ),
    )
    CONTEXT = ("dea", "dea number", "dea#", "medical", "certificate", "licence", "license",
               "prescriber", "approbation", "licencia médica", "licenza")  # fmt: skip
    # A prescriber's registration, not a person's own number, and Presidio's cases hold
    # "The DEA number is BG8207031" (check fails) as a look-alike.
    NAMED_DESPITE_CHECK = False

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.us_dea(value)


class UsNpiRecognizer(IdNumberRecognizer):
    """National Provider Identifiers (10 digits, Luhn with the 80840 prefix), beside a
    provider word.

    >>> [s.label for s in UsNpiRecognizer().analyze("NPI 1245319599")]
    ['US_NPI']
    """

    name = "us_npi"
    label = US_NPI
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("npi", "provider", "taxonomy")
    PATTERNS = (
        Pattern("npi", NUMBER_START + r"[12]\d{9}" + NUMBER_END, 0.3),
        Pattern("npi_grouped", NUMBER_START + r"[12]\d{3}([ -])\d{3}\1\d{3}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("npi", "npi number", "national provider", "national provider identifier",
               "provider", "provider id", "provider identifier", "taxonomy")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.us_npi(value)


# CMS's MBI alphabet: letters without S, L, O, I, B, Z.
_MBI_A = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]"
_MBI_AN = "[0-9AC-HJKMNP-RT-Yac-hjkmnp-rt-y]"
_MBI = rf"[1-9]{_MBI_A}{_MBI_AN}\d(-?){_MBI_A}{_MBI_AN}\d\1{_MBI_A}{_MBI_A}\d\d"


class UsMbiRecognizer(IdNumberRecognizer):
    """Medicare Beneficiary Identifiers (11 characters in CMS's fixed letter/digit
    positions); the dashed form stands alone, the bare one needs a Medicare word.

    >>> [s.label for s in UsMbiRecognizer().analyze("MBI 1EG4-TE5-MK73")]
    ['US_MBI']
    """

    name = "us_mbi"
    label = US_MBI
    MIN_DIGITS = 4
    TOKEN_LENGTHS = frozenset({11, 4})  # 1EG4TE5MK73, or its first group 1EG4-
    TRIGGER = r"[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z]"
    PATTERNS = (Pattern("mbi", NUMBER_START + _MBI + NUMBER_END, 0.4),)
    DASHED_SCORE = 0.6
    CONTEXT = ("medicare", "mbi", "beneficiary", "cms", "medicaid", "hic", "hicn",
               "medicare number", "medicare id")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if not (value.isupper() or value.islower()):
            return False
        return True if "-" in value else None

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if "-" in text[start:end]:
            pattern = replace(pattern, score=self.DASHED_SCORE)
        return super().check(text, start, end, pattern)
