"""European personal numbers with check digits, in the layouts people type them:
Swiss AHV/AVS (756.1234.5678.97, EAN-13), French tax number (numéro fiscal / SPI,
13 digits, mod 511), Spanish social security number (NSS / NAF, 12 digits, mod 97)
Polish NIP (10 digits, weighted mod 11) and REGON (the business register number a sole
trader's firm carries: 9 or 14 digits, weighted mod 11), the Belgian national
number (rijksregisternummer / numéro national: birth date, serial, mod 97; its dotted
layout stands alone), the Irish PPS number the Danish CPR number, the Austrian social
insurance number and the Polish ID card number (seria i numer dowodu; beside their word),
and the VAT numbers of the other EU countries (a sole trader's
is theirs: the Dutch btw-id held the BSN until 2020).

Only the AHV and the Belgian number written with their dots stand alone; the others are
common digit counts whose check passes one number in a hundred or fewer (REGON one in
ten), so they need their word beside them ("numéro fiscal", "seguridad social", "NIP",
"REGON").
"""

from __future__ import annotations

import re

from stdnum.at import vnr as _at_vnr
from stdnum.be import nn as _be_nn
from stdnum.ch import ssn as _ch_ssn
from stdnum.dk import cpr as _dk_cpr
from stdnum.eu import vat as _eu_vat
from stdnum.fr import nif as _fr_nif
from stdnum.ie import pps as _ie_pps
from stdnum.pl import nip as _pl_nip
from stdnum.pl import regon as _pl_regon

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

CH_AHV = "CH_AHV"
FR_TAX_ID = "FR_TAX_ID"
ES_SOCIAL_SECURITY = "ES_SOCIAL_SECURITY"
PL_NIP = "PL_NIP"
PL_REGON = "PL_REGON"
EU_VAT_ID = "EU_VAT_ID"
BE_NATIONAL_NUMBER = "BE_NATIONAL_NUMBER"
IE_PPS = "IE_PPS"
DK_CPR = "DK_CPR"
AT_SOCIAL_SECURITY = "AT_SOCIAL_SECURITY"
PL_ID_CARD = "PL_ID_CARD"


def ch_ahv(value: str) -> bool:
    """Swiss AHV/AVS number: 756, nine digits, an EAN-13 check digit."""
    code = checksums.compact(value)
    return len(code) == 13 and code.isdigit() and bool(_ch_ssn.is_valid(code))


def fr_tax_number(value: str) -> bool:
    """French numéro fiscal (SPI): 13 digits, first 0-3, last three = first ten mod 511."""
    code = checksums.compact(value)
    return len(code) == 13 and code.isdigit() and bool(_fr_nif.is_valid(code))


def es_social_security(value: str) -> bool:
    """Spanish NSS: province (2), number (8), control (2) = the first ten mod 97. For
    numbers below ten million the Seguridad Social computes province * 10^7 + number;
    the plain concatenation is accepted as well (both are in use)."""
    code = checksums.compact(value)
    if len(code) != 12 or not code.isdigit():
        return False
    province, number, control = int(code[:2]), int(code[2:10]), int(code[10:])
    if int(code[:10]) % 97 == control:
        return True
    return number < 10_000_000 and (province * 10_000_000 + number) % 97 == control


def pl_nip(value: str) -> bool:
    """Polish NIP: 10 digits, weights 6 5 7 2 3 4 5 6 7, mod 11."""
    code = checksums.compact(value)
    return len(code) == 10 and code.isdigit() and bool(_pl_nip.is_valid(code))


class ChAhvRecognizer(IdNumberRecognizer):
    """Swiss AHV/AVS numbers (Sozialversicherungsnummer, numéro AVS).

    >>> [s.label for s in ChAhvRecognizer().analyze("AHV 756.9217.0769.85")]
    ['CH_AHV']
    """

    name = "ch_ahv"
    label = CH_AHV
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    TRIGGER = r"756"
    PATTERNS = (
        Pattern("ahv_dotted", NUMBER_START + r"756\.\d{4}\.\d{4}\.\d{2}" + NUMBER_END, 0.9),
        Pattern("ahv", NUMBER_START + r"756[ -]?\d{4}[ -]?\d{4}[ -]?\d{2}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("ahv", "avs", "ahv-nummer", "ahv nummer", "ahv number", "numéro avs",
               "sozialversicherungsnummer", "versichertennummer", "social security",
               "swiss social security", "numero avs", "svn")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return ch_ahv(value)


class FrTaxNumberRecognizer(IdNumberRecognizer):
    """French tax numbers (numéro fiscal, SPI) beside their word, run together or in
    groups ("00 92 772 448 398").

    >>> [s.label for s in FrTaxNumberRecognizer().analyze("numéro fiscal 30 30 824 628 335")]
    ['FR_TAX_ID']
    """

    name = "fr_tax_number"
    label = FR_TAX_ID
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    TRIGGER_WORDS = ("fiscal", "spi", "impôt", "impot", "tax")
    PATTERNS = (
        Pattern("fr_spi", NUMBER_START + r"[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("numéro fiscal", "numero fiscal", "n° fiscal", "numéro spi", "spi",
               "identifiant fiscal", "numéro d'identification fiscale", "référence fiscale",
               "numéro fiscal de référence", "tax number", "tax id", "french tax number",
               "impôts", "impots")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return fr_tax_number(value)


class EsSocialSecurityRecognizer(IdNumberRecognizer):
    """Spanish social security numbers (NSS, NAF) beside their word.

    >>> [s.label for s in EsSocialSecurityRecognizer().analyze("NSS 28 56574257 14")]
    ['ES_SOCIAL_SECURITY']
    """

    name = "es_social_security"
    label = ES_SOCIAL_SECURITY
    MIN_DIGITS = 12
    DIGIT_COUNTS = frozenset({12})
    TRIGGER_WORDS = ("seguridad social", "nss", "naf", "afiliaci", "social security")
    PATTERNS = (Pattern("es_nss", NUMBER_START + r"\d{2}([ /-]?)\d{8}\1\d{2}" + NUMBER_END, 0.3),)
    CONTEXT = ("seguridad social", "número de la seguridad social", "nss", "naf",
               "número de afiliación", "afiliación", "social security number",
               "spanish social security")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return es_social_security(value)


class PlNipRecognizer(IdNumberRecognizer):
    """Polish tax numbers (NIP) beside their word, in the 3-3-2-2 or 3-2-2-3 layout or run
    together.

    >>> [s.label for s in PlNipRecognizer().analyze("NIP 579-754-32-31")]
    ['PL_NIP']
    """

    name = "pl_nip"
    label = PL_NIP
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("nip", "podatk", "tax", "vat")
    PATTERNS = (
        Pattern(
            "nip",
            NUMBER_START
            + r"(?:\d{3}([ -]?)\d{3}\1\d{2}\1\d{2}|\d{3}([ -])\d{2}\2\d{2}\2\d{3})"
            + NUMBER_END,
            0.3,
        ),
    )
    CONTEXT = ("nip", "numer nip", "numer identyfikacji podatkowej", "identyfikator podatkowy",
               "polish tax id", "tax id", "vat id", "vat number", "nip-u")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return pl_nip(value)


def pl_regon(value: str) -> bool:
    """Polish REGON: 9 digits (weights 8 9 2 3 4 5 6 7, mod 11) or 14 (the 9-digit number
    of the firm, a local unit's 4 digits and a second check digit)."""
    code = checksums.compact(value)
    return len(code) in (9, 14) and code.isdigit() and bool(_pl_regon.is_valid(code))


class PlRegonRecognizer(IdNumberRecognizer):
    """Polish REGON numbers beside their word, run together or in groups of three.

    >>> [s.label for s in PlRegonRecognizer().analyze("REGON 123456785")]
    ['PL_REGON']
    """

    name = "pl_regon"
    label = PL_REGON
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9, 14})
    TRIGGER_WORDS = ("regon",)
    ANSWERS_ALONE = False  # one number in eleven passes; a firm's number, not a person's
    PATTERNS = (
        Pattern("regon", NUMBER_START + r"(?:\d{3}([ -]?)\d{3}\1\d{3}|\d{14})" + NUMBER_END, 0.3),
    )
    CONTEXT = ("regon", "numer regon", "nr regon", "regon-u", "regonu")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return pl_regon(value)


# A country prefix then 8-12 letters and digits (single spaces or dots between groups);
# Germany and Italy have their own recognizers (DE_VAT_ID, IT_VAT_CODE).
_VAT = (
    r"(?<![\w.,/-])(?:AT|BE|BG|CY|CZ|DK|EE|EL|ES|FI|FR|HR|HU|IE|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI"
    r"|SK|XI)[ .-]?[0-9A-Z](?:[ .]?[0-9A-Z]){7,13}" + NUMBER_END
)
_VAT_COMPACT = re.compile(r"[ .-]")


class EuVatRecognizer(IdNumberRecognizer):
    """EU VAT numbers other than German and Italian ones, checked by python-stdnum, beside
    their word ("btw-nummer", "numéro de TVA", "NIF-IVA", "VAT number").

    >>> [s.label for s in EuVatRecognizer().analyze("btw-id NL875764551B01")]
    ['EU_VAT_ID']
    """

    name = "eu_vat"
    label = EU_VAT_ID
    MIN_DIGITS = 7
    # Specific stems only ("ust", "iva", "nif" alone sit inside "just", "private", "unified").
    TRIGGER_WORDS = ("vat", "tva", "btw", "ust-id", "ust id", "ustid", "umsatzsteuer",
                     "nif-iva", "nif iva", "número de iva", "nip ue", "nip-ue", "moms",
                     "mwst", "cif:", "cif ")  # fmt: skip
    ANSWERS_ALONE = False  # a firm's number more often than not
    PATTERNS = (Pattern("eu_vat", _VAT, 0.3),)
    CONTEXT = ("vat", "vat number", "vat no", "vat id", "vat-id", "vat reg", "tva",
               "numéro de tva", "n° tva", "n° de tva", "tva intracommunautaire", "iva",
               "nif-iva", "número de iva", "btw", "btw-nummer", "btw nummer", "btw-id",
               "btw id", "btw-identificatienummer", "omzetbelastingnummer", "ust-idnr",
               "ust-id", "umsatzsteuer-id", "nip ue", "nip-ue", "vat-ue", "mwst", "moms",
               "cif", "nif")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return bool(_eu_vat.is_valid(_VAT_COMPACT.sub("", value)))


class BeNationalNumberRecognizer(IdNumberRecognizer):
    """Belgian national numbers (rijksregisternummer, numéro national, NISS / INSZ): birth
    date, serial and a mod-97 check (python-stdnum). Written YY.MM.DD-XXX.CC it stands
    alone; eleven digits run together or in other groups need their word.

    >>> [s.label for s in BeNationalNumberRecognizer().analyze("NN 85.07.30-033.28")]
    ['BE_NATIONAL_NUMBER']
    """

    name = "be_national_number"
    label = BE_NATIONAL_NUMBER
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    PATTERNS = (
        Pattern("be_nn_dotted", NUMBER_START + r"\d{2}\.\d{2}\.\d{2}[- ]\d{3}\.\d{2}"
                + NUMBER_END, 0.8),
        Pattern("be_nn", NUMBER_START + r"\d{6}[ -]?\d{3}[ -]?\d{2}" + NUMBER_END, 0.3),
    )  # fmt: skip
    CONTEXT = ("rijksregisternummer", "rijksregister", "rijksregisternr", "insz", "niss",
               "numéro national", "numero national", "numéro de registre national",
               "registre national", "national number", "belgian national number",
               "identificatienummer", "nn", "numéro national belge")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return bool(_be_nn.is_valid(value))


class IePpsRecognizer(IdNumberRecognizer):
    """Irish PPS numbers: seven digits, a check letter (mod 23) and an optional second
    letter, beside a PPS word; typed in lower case too ("pps no. 7056475b").

    >>> [s.label for s in IePpsRecognizer().analyze("my PPSN is 1234567T")]
    ['IE_PPS']
    """

    name = "ie_pps"
    label = IE_PPS
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("pps", "personal public service")
    LOWER_CASE_SCORE = 0.3
    PATTERNS = (
        Pattern("pps", NUMBER_START + r"\d{7}[A-W][ABHWTX]?" + NUMBER_END, 0.3,
                re.IGNORECASE),
    )  # fmt: skip
    CONTEXT = ("pps", "ppsn", "pps no", "pps number", "personal public service number",
               "personal public service")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return bool(_ie_pps.is_valid(value.upper()))


class DkCprRecognizer(IdNumberRecognizer):
    """Danish CPR numbers (personnummer): the birth date DDMMYY and four digits, beside a
    CPR word. Only the date can be checked (the mod-11 digit was given up in 2007), so a
    value typed alone is not read as one.

    >>> [s.label for s in DkCprRecognizer().analyze("mój duński CPR 261276-9141")]
    ['DK_CPR']
    """

    name = "dk_cpr"
    label = DK_CPR
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("cpr",)
    ANSWERS_ALONE = False
    PATTERNS = (
        Pattern("cpr", NUMBER_START + r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-?\d{4}"
                + NUMBER_END, 0.2),
    )  # fmt: skip
    CONTEXT = ("cpr", "cpr-nummer", "cpr nummer", "cpr-nr", "cpr number", "cpr no")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return bool(_dk_cpr.is_valid(value))


class AtSocialSecurityRecognizer(IdNumberRecognizer):
    """Austrian social insurance numbers (Sozialversicherungsnummer, on the e-card): a
    three-digit serial, a check digit (weighted mod 11) and the birth date DDMMYY, written
    "1237 010180" or in one run, beside its word (one ten-digit number in eleven with a
    date in it passes the check).

    >>> [s.label for s in AtSocialSecurityRecognizer().analyze("SV-Nummer 1237 010180")]
    ['AT_SOCIAL_SECURITY']
    """

    name = "at_social_security"
    label = AT_SOCIAL_SECURITY
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("sozialversicherung", "sv-n", "sv n", "svnr", "sv-nr", "versicherungsn",
                     "e-card", "ecard")  # fmt: skip
    ANSWERS_ALONE = False
    PATTERNS = (
        Pattern("vnr", NUMBER_START + r"\d{4} ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}"
                + NUMBER_END, 0.2),
    )  # fmt: skip
    CONTEXT = ("sozialversicherungsnummer", "sv-nummer", "sv nummer", "svnr", "sv-nr",
               "versicherungsnummer", "e-card", "ecard", "e-card-nummer")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return bool(_at_vnr.is_valid(value))


_PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card(value: str) -> bool:
    """Polish ID card number (dowód osobisty): a series of three letters, then six digits
    whose first is the check digit; letters count 10 (A) to 35 (Z), and the weighted sum
    (7 3 1 9 7 3 1 7 3) is 0 mod 10."""
    code = checksums.compact(value).upper()
    if len(code) != 9 or not code[:3].isalpha() or not code[3:].isdigit() or not code.isascii():
        return False
    return sum(w * int(c, 36) for w, c in zip(_PL_ID_WEIGHTS, code, strict=True)) % 10 == 0


class PlIdCardRecognizer(IdNumberRecognizer):
    """Polish ID card numbers (seria i numer dowodu osobistego) beside their word, the
    series in capitals or typed in lower case, run together or with a space ("ABA 300000",
    "nr dowodu vrh 222607"): one such value in ten passes the check.

    >>> [s.label for s in PlIdCardRecognizer().analyze("numer dowodu ABA300000")]
    ['PL_ID_CARD']
    """

    name = "pl_id_card"
    label = PL_ID_CARD
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("dowod", "dowód", "polish id", "polnischer ausweis", "seria i numer")
    ANSWERS_ALONE = False  # one in ten passes
    LOWER_CASE_SCORE = 0.45  # in lower case only with its word
    PATTERNS = (
        Pattern("pl_id_card", r"(?<![\w.,/-])[A-Za-z]{3} ?\d{6}" + NUMBER_END, 0.3,
                re.IGNORECASE),
    )  # fmt: skip
    CONTEXT = ("dowód", "dowod", "dowodu", "dowód osobisty", "dowodu osobistego",
               "numer dowodu", "nr dowodu", "seria i numer dowodu", "seria dowodu",
               "dowodem", "dowodzie", "polish id card", "polish id", "polnischer ausweis",
               "polnischen ausweis")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return pl_id_card(value)
