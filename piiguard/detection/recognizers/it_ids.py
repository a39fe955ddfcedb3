"""Italian codice fiscale, partita IVA, carta d'identità, passaporto and patente."""

from __future__ import annotations

import re

from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

IT_FISCAL_CODE = "IT_FISCAL_CODE"
IT_VAT_CODE = "IT_VAT_CODE"
IT_IDENTITY_CARD = "IT_IDENTITY_CARD"
IT_PASSPORT = "IT_PASSPORT"
IT_DRIVER_LICENSE = "IT_DRIVER_LICENSE"

# Digits of the date and serial may be replaced by letters (omocodia: L M N P Q R S T U V).
_D = "[0-9LMNP-Vlmnp-v]"
# A space or a line break may stand between its parts as people group them: surname and
# name letters, birth year, month and day, place ("PVBVGA 94L15 B687O", "TBVMME86\nL07C177B").
_CF_GAP = r"(?: |\r?\n)?"
_FISCAL = (
    rf"(?<![\w])[A-Za-z]{{3}}{_CF_GAP}[A-Za-z]{{3}}{_CF_GAP}" + _D + r"{2}" + _CF_GAP
    + r"[ABCDEHLMPRSTabcdehlmprst]" + _D + r"{2}" + _CF_GAP + r"[A-Za-z]" + _D
    + r"{3}[A-Za-z](?![\w])"
)  # fmt: skip
# As the tessera sanitaria prints it, in four groups: "BCP DSA 87E13 L219X".
_FISCAL_GROUPED = (
    r"(?<![\w])[A-Z]{3} [A-Z]{3} " + _D + r"{2}[ABCDEHLMPRST]" + _D + r"{2} [A-Z]" + _D
    + r"{3}[A-Z](?![\w])"
)  # fmt: skip


class ItFiscalCodeRecognizer(IdNumberRecognizer):
    """Codici fiscali (16 characters, birth date and check letter), any case.

    >>> [s.label for s in ItFiscalCodeRecognizer().analyze("il mio CF è RSSMRA85T10A562S")]
    ['IT_FISCAL_CODE']
    """

    name = "it_fiscal_code"
    label = IT_FISCAL_CODE
    MIN_DIGITS = 4
    # 5: the grouped form's "87E13"; 8: the first line of one broken after the year
    TOKEN_LENGTHS = frozenset({16, 5, 8})
    TRIGGER = r"\d\d\s?[A-Za-z]\d\d(?:[A-Za-z]|\s[A-Z])"
    PATTERNS = (
        Pattern("fiscal_code", _FISCAL, 0.9),
        Pattern("fiscal_code_grouped", _FISCAL_GROUPED, 0.9),
    )
    CONTEXT = ("codice fiscale", "cf", "c.f.", "cod. fisc.", "fiscal code", "tax code",
               "steuernummer", "code fiscal")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if not (value.isupper() or value.islower()):
            return False  # a mixed-case word, not a code typed in one case
        return checksums.it_fiscal_code(value)


class ItVatCodeRecognizer(IdNumberRecognizer):
    """Partita IVA: 11 digits with a Luhn check and an office code, beside a VAT word.

    >>> [s.label for s in ItVatCodeRecognizer().analyze("partita IVA 07973780013")]
    ['IT_VAT_CODE']
    """

    name = "it_vat_code"
    label = IT_VAT_CODE
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    TRIGGER_WORDS = ("iva", "vat", "pi", "ust", "tva", "btw")
    # Luhn and an office code: one random 11-digit number in about a hundred passes.
    LONE_IN_LISTS = True
    PATTERNS = (
        Pattern("it_vat", NUMBER_START + r"(?:IT ?)?\d(?:[ _]?\d){10}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("piva", "p.iva", "p. iva", "partita iva", "partita i.v.a.", "pi", "iva", "vat",
               "vat number", "vat no", "ust-idnr", "ust-id", "tva", "btw-nummer")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.it_vat(re.sub(r"^IT ?", "", value))


class ItIdentityCardRecognizer(IdNumberRecognizer):
    """Carta d'identità: paper (AB 1234567) or electronic (CA12345AB, 1234567AB), beside
    an identity-card word.

    >>> [s.label for s in ItIdentityCardRecognizer().analyze("carta d'identità CA12345AB")]
    ['IT_IDENTITY_CARD']
    """

    name = "it_identity_card"
    label = IT_IDENTITY_CARD
    MIN_DIGITS = 5
    TRIGGER_WORDS = ("ident", "cie", "carta", "document", "ausweis", "dowód", "dowod", "id")
    PATTERNS = (
        Pattern("paper", NUMBER_START + r"[A-Za-z]{2} ?\d{7}" + NUMBER_END, 0.2),
        Pattern("cie2", NUMBER_START + r"\d{7}[A-Za-z]{2}" + NUMBER_END, 0.2),
        Pattern("cie3", NUMBER_START + r"[A-Za-z]{2}\d{5}[A-Za-z]{2}" + NUMBER_END, 0.2),
    )
    CONTEXT = (*_words.ID_CARD, "carta d'identità elettronica", "carta identità", "identità",
               "riconoscimento", "espatrio")  # fmt: skip


class ItPassportRecognizer(IdNumberRecognizer):
    """Passaporto: 2 letters + 7 digits, beside an Italian passport word.

    >>> [s.label for s in ItPassportRecognizer().analyze("passaporto YA1234567")]
    ['IT_PASSPORT']
    """

    name = "it_passport"
    label = IT_PASSPORT
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("passaport", "italian")
    PATTERNS = (Pattern("it_passport", NUMBER_START + r"[A-Za-z]{2}\d{7}" + NUMBER_END, 0.2),)
    CONTEXT = ("passaporto", "numero di passaporto", "passaporto elettronico",
               "italian passport", "passaporto italiano")  # fmt: skip
    CONTEXT_BOOST = 0.6  # an Italian word wins the same shape over UK_PASSPORT's 0.7


class ItDriverLicenseRecognizer(IdNumberRecognizer):
    """Patente di guida: 2 letters, 7 digits, a letter (or U1 + 7 + letter), beside a
    licence word.

    >>> [s.label for s in ItDriverLicenseRecognizer().analyze("patente MI1234567X")]
    ['IT_DRIVER_LICENSE']
    """

    name = "it_driver_license"
    label = IT_DRIVER_LICENSE
    MIN_DIGITS = 1
    TRIGGER_WORDS = ("patente", "licenza", "licen", "driv", "führer", "permis", "rijbewijs")
    PATTERNS = (
        Pattern(
            "it_driver_license",
            NUMBER_START + r"(?:[A-Za-z]{2}\d{7}[A-Za-z]|[Uu]1[A-Za-z0-9]{7}[A-Za-z])"
            + NUMBER_END,
            0.2,
        ),
    )
    CONTEXT = (*_words.DRIVER_LICENCE, "licenza di guida", "licenza", "patente di guida")
