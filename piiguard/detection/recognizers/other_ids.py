"""National numbers of Presidio's predefined recognizers for Sweden, Turkey, Canada,
South Africa and Spain (passport), each with its check where one exists."""

from __future__ import annotations

import re

from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

SE_PERSONNUMMER = "SE_PERSONNUMMER"
SE_ORGANISATIONSNUMMER = "SE_ORGANISATIONSNUMMER"
TR_NATIONAL_ID = "TR_NATIONAL_ID"
CA_SIN = "CA_SIN"
ZA_ID_NUMBER = "ZA_ID_NUMBER"
ES_PASSPORT = "ES_PASSPORT"

_SE_MMDD = r"(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])"  # 61-91: coordination numbers
_SE_DATE = r"(?:19|20)?\d{2}" + _SE_MMDD
# A number's start, or right after a lower-case letter (a word run into the value).
_START_OR_AFTER_WORD = rf"(?:{NUMBER_START}|(?<=[a-zåäö]))"


class SePersonnummerRecognizer(IdNumberRecognizer):
    """Personnummer (YYMMDD-NNNN, Luhn): with its dash, or with the century
    (YYYYMMDDNNNN: a date and a check digit, about one twelve-digit run in 300 passes),
    it stands alone; with the century also run into the lower-case word before it
    ("my id code is199003052397": a missing space). Ten digits in a row, or with a
    space for the dash, need a personnummer word.

    >>> [s.label for s in SePersonnummerRecognizer().analyze("personnummer 880320-0016")]
    ['SE_PERSONNUMMER']
    """

    name = "se_personnummer"
    label = SE_PERSONNUMMER
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10, 12})
    PATTERNS = (
        Pattern("personnummer_dash", NUMBER_START + _SE_DATE + r"[-+]\d{4}" + NUMBER_END, 0.6),
        Pattern("personnummer_century", _START_OR_AFTER_WORD + r"(?:18|19|20)\d{2}" + _SE_MMDD
                + r"\d{4}" + NUMBER_END, 0.6),
        Pattern("personnummer", NUMBER_START + _SE_DATE + r" ?\d{4}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("personnummer", "pnr", "svenskt personnummer", "samordningsnummer", "svensk id",
               "personal identity number", "swedish id")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.se_personnummer(value)


class SeOrganisationsnummerRecognizer(IdNumberRecognizer):
    """Organisationsnummer (NNNNNN-NNNN, third digit >= 2, Luhn): with its dash it
    stands alone, ten digits in a row need an org-number word.

    >>> [s.label for s in SeOrganisationsnummerRecognizer().analyze("orgnr 556036-0793")]
    ['SE_ORGANISATIONSNUMMER']
    """

    name = "se_organisationsnummer"
    label = SE_ORGANISATIONSNUMMER
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    PATTERNS = (
        Pattern("orgnr_dash", NUMBER_START + r"\d{2}[2-9]\d{3}-\d{4}" + NUMBER_END, 0.6),
        Pattern("orgnr", NUMBER_START + r"\d{2}[2-9]\d{7}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("organisationsnummer", "orgnr", "org.nr", "org nr", "organisation number",
               "företagsnummer", "bolagsnummer")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.se_orgnr(value)


class TrNationalIdRecognizer(IdNumberRecognizer):
    """T.C. Kimlik No: 11 digits with two check digits (one number in a hundred passes).

    >>> [s.label for s in TrNationalIdRecognizer().analyze("TC kimlik no 17291716060")]
    ['TR_NATIONAL_ID']
    """

    name = "tr_national_id"
    label = TR_NATIONAL_ID
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    PATTERNS = (Pattern("tckn", NUMBER_START + r"[1-9]\d{10}" + NUMBER_END, 0.5),)
    CONTEXT = ("tc kimlik", "kimlik no", "kimlik numarası", "tckn", "tc no", "nüfus cüzdanı",
               "national id", "turkish id", "türk kimlik")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.tr_kimlik(value)


class CaSinRecognizer(IdNumberRecognizer):
    """Social Insurance Numbers (9 digits, Luhn), beside a SIN word.

    >>> [s.label for s in CaSinRecognizer().analyze("my SIN is 130 692 544")]
    ['CA_SIN']
    """

    name = "ca_sin"
    label = CA_SIN
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER_WORDS = ("sin", "social insurance", "nas", "assurance sociale", "canada")
    PATTERNS = (
        Pattern("sin_grouped", NUMBER_START + r"[1-79]\d{2}([- ])\d{3}\1\d{3}" + NUMBER_END, 0.3),
        Pattern("sin", NUMBER_START + r"[1-79]\d{8}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("sin", "sin number", "social insurance", "social insurance number", "nas",
               "numéro nas", "numéro d'assurance sociale", "assurance sociale")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.ca_sin(value)


class ZaIdNumberRecognizer(IdNumberRecognizer):
    """South African ID numbers: birth date, citizenship digit, Luhn (13 digits).

    >>> [s.label for s in ZaIdNumberRecognizer().analyze("ID number 7503305044089")]
    ['ZA_ID_NUMBER']
    """

    name = "za_id_number"
    label = ZA_ID_NUMBER
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    PATTERNS = (
        Pattern("za_id", NUMBER_START + r"\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{4}[012]\d{2}"
                + NUMBER_END, 0.5),
    )  # fmt: skip
    CONTEXT = ("id number", "identity number", "south african id", "rsa id", "sa id",
               "national id", "id no")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.za_id(value)


class EsPassportRecognizer(IdNumberRecognizer):
    """Spanish passports (3 letters + 6 digits, or 2 + 7), beside a passport word.

    >>> [s.label for s in EsPassportRecognizer().analyze("Mi pasaporte es AAA123456")]
    ['ES_PASSPORT']
    """

    name = "es_passport"
    label = ES_PASSPORT
    MIN_DIGITS = 6
    TOKEN_LENGTHS = frozenset({9})
    TRIGGER_WORDS = ("pasaport", "spanish passport", "pasaporte español")
    PATTERNS = (
        Pattern("es_passport", NUMBER_START + r"[A-Z]{3}\d{6}" + NUMBER_END, 0.2, re.IGNORECASE),
    )
    CONTEXT = (*_words.PASSPORT, "pasaporte español", "spanish passport", "mi pasaporte")
    CONTEXT_BOOST = 0.6
    LOWER_CASE_SCORE = 0.1  # in lower case beside its word only (no check digit)
