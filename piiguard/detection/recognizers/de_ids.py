"""German numbers of Presidio's predefined recognizers: Steuer-ID, USt-IdNr,
Personalausweis, Reisepass, Rentenversicherungsnummer and Krankenversichertennummer."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

DE_TAX_ID = "DE_TAX_ID"
DE_VAT_ID = "DE_VAT_ID"
DE_ID_CARD = "DE_ID_CARD"
DE_PASSPORT = "DE_PASSPORT"
DE_SOCIAL_SECURITY = "DE_SOCIAL_SECURITY"
DE_HEALTH_INSURANCE = "DE_HEALTH_INSURANCE"

# ICAO 9303 characters of German document numbers (no vowels, no B D Q S).
_ICAO = "[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}[0-9]"


class DeTaxIdRecognizer(IdNumberRecognizer):
    """Steuer-ID: 11 digits (also in groups: 12 345 678 901), check digit, beside its word.

    >>> [s.label for s in DeTaxIdRecognizer().analyze("Steuer-ID 36 574 261 809")]
    ['DE_TAX_ID']
    """

    name = "de_tax_id"
    label = DE_TAX_ID
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    TRIGGER_WORDS = ("steuer", "idnr", "tax", "bzst", "identifikationsnummer", "tin")
    PATTERNS = (
        Pattern("idnr", NUMBER_START + r"[1-9]\d(?: ?\d{3}){3}" + NUMBER_END, 0.3),
        Pattern("idnr_grouped", NUMBER_START + r"[1-9]\d{2}(?: \d{4}){2}" + NUMBER_END, 0.3),
    )
    CONTEXT = (*_words.TAX_ID, "steueridentifikationsnummer", "steuer-idnr", "idnr", "bzst",
               "steuerliche identifikationsnummer", "persönliche identifikationsnummer",
               "tax identification number")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.de_tax_id(value)


class DeVatIdRecognizer(IdNumberRecognizer):
    """USt-IdNr: DE + 9 digits with a check digit; stands alone.

    >>> [s.label for s in DeVatIdRecognizer().analyze("USt-IdNr. DE136695976")]
    ['DE_VAT_ID']
    """

    name = "de_vat_id"
    label = DE_VAT_ID
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER = r"(?:DE|de)[\s.-]?\d{3}"
    PATTERNS = (
        Pattern("de_vat", r"(?<![\w])(?:DE|de)[\s.-]?\d{3}[\s.-]?\d{3}[\s.-]?\d{3}(?![\w])", 0.8),
    )
    CONTEXT = ("ust-idnr", "ust-id", "ustidnr", "umsatzsteuer-id", "vat", "vat id", "vat-id",
               "umsatzsteuer-identifikationsnummer", "tva", "btw", "iva", "nip")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.de_vat(value)


class DeIdCardRecognizer(IdNumberRecognizer):
    """Personalausweis numbers (9 ICAO characters, check digit; old: T + 8 digits),
    beside an ID-card word.

    >>> [s.label for s in DeIdCardRecognizer().analyze("Ausweisnummer L01X00T44")]
    ['DE_ID_CARD']
    """

    name = "de_id_card"
    label = DE_ID_CARD
    MIN_DIGITS = 1
    TOKEN_LENGTHS = frozenset({9})
    TRIGGER_WORDS = ("ausweis", "npa", "identity card", "id card", "national id", "dokument",
                     "seriennummer", "carte d'identit", "carta d'identit", "identiteitskaart",
                     "dowód", "dowod")  # fmt: skip
    PATTERNS = (
        Pattern("npa", NUMBER_START + _ICAO + NUMBER_END, 0.2),
        Pattern("legacy", NUMBER_START + r"T\d{8}" + NUMBER_END, 0.2),
    )
    CONTEXT = (*_words.ID_CARD, "personalausweis", "personalausweisnummer", "ausweisnummer",
               "ausweisdokument", "dokumentennummer", "seriennummer", "npa",
               "bundespersonalausweis", "national id")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.icao_check_digit(value) if pattern.name == "npa" else None


class DePassportRecognizer(IdNumberRecognizer):
    """Reisepass numbers (9 ICAO characters with a check digit), beside a passport word.

    >>> [s.label for s in DePassportRecognizer().analyze("Reisepass C01234565")]
    ['DE_PASSPORT']
    """

    name = "de_passport"
    label = DE_PASSPORT
    MIN_DIGITS = 1
    TOKEN_LENGTHS = frozenset({9})
    TRIGGER_WORDS = ("pas", "mrz", "dokumentennummer")
    PATTERNS = (Pattern("de_passport", NUMBER_START + _ICAO + NUMBER_END, 0.2),)
    CONTEXT = (*_words.PASSPORT, "dokumentennummer", "bundesrepublik deutschland", "mrz",
               "german passport", "deutscher reisepass")  # fmt: skip
    CONTEXT_BOOST = 0.55  # a passport word: a German passport wins the shape over UK's 0.7

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.icao_check_digit(value)


class DeSocialSecurityRecognizer(IdNumberRecognizer):
    """Rentenversicherungsnummer: area, birth date, surname letter, serial, check digit;
    the shape and check stand alone.

    >>> [s.label for s in DeSocialSecurityRecognizer().analyze("RVNR 15070649C103")]
    ['DE_SOCIAL_SECURITY']
    """

    name = "de_social_security"
    label = DE_SOCIAL_SECURITY
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({8})
    TRIGGER = r"\d{6} ?[A-Za-z] ?\d{3}"
    PATTERNS = (
        Pattern("rvnr", NUMBER_START + r"\d{8}[A-Za-z]\d{3}" + NUMBER_END, 0.6),
        Pattern("rvnr_spaced", NUMBER_START + r"\d{2} \d{6} [A-Za-z] ?\d{3}" + NUMBER_END, 0.6),
    )
    CONTEXT = ("rentenversicherungsnummer", "sozialversicherungsnummer", "versicherungsnummer",
               "rvnr", "svnr", "sv-nummer", "rentenversicherung", "sozialversicherung",
               "drv", "social security", "sécurité sociale", "seguridad social")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.de_social_security(value)


class DeHealthInsuranceRecognizer(IdNumberRecognizer):
    """Krankenversichertennummer: a letter, 9 digits (check digit), beside an insurance word.

    >>> [s.label for s in DeHealthInsuranceRecognizer().analyze("KVNR A123456780")]
    ['DE_HEALTH_INSURANCE']
    """

    name = "de_health_insurance"
    label = DE_HEALTH_INSURANCE
    MIN_DIGITS = 9
    TOKEN_LENGTHS = frozenset({10})
    TRIGGER_WORDS = ("kvnr", "versicher", "krankenkasse", "gesundheitskarte", "egk", "gkv",
                     "aok", "tkk", "barmer", "dak", "insurance", "assurance", "seguro",
                     "assicura", "verzeker", "ubezpiecz")  # fmt: skip
    PATTERNS = (Pattern("kvnr", NUMBER_START + r"[A-Z]\d{9}" + NUMBER_END, 0.3),)
    CONTEXT = ("krankenversicherungsnummer", "krankenversichertennummer", "versichertennummer",
               "kvnr", "krankenkasse", "krankenversicherung", "gesundheitskarte", "egk", "gkv",
               "versichertenkarte", "aok", "tkk", "barmer", "dak", "health insurance",
               "insurance number", "member id", "numéro d'assuré", "número de afiliado",
               "tessera sanitaria", "verzekeringsnummer", "numer ubezpieczenia")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.de_health_insurance(value)
