"""German numbers of Presidio's predefined recognizers: Steuer-ID, Steuernummer,
USt-IdNr, Personalausweis, Reisepass, Führerschein, Rentenversicherungsnummer,
Krankenversichertennummer, lifelong physician number (LANR), practice number (BSNR) and
commercial register number (Handelsregister)."""

from __future__ import annotations

import re

from stdnum.de import stnr as _de_stnr
from stdnum.iso7064 import mod_11_10 as _mod_11_10

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
DE_LANR = "DE_LANR"
DE_BSNR = "DE_BSNR"
DE_TAX_NUMBER = "DE_TAX_NUMBER"
DE_HANDELSREGISTER = "DE_HANDELSREGISTER"
DE_FUEHRERSCHEIN = "DE_FUEHRERSCHEIN"

# ICAO 9303 characters of German document numbers (no vowels, no B D Q S).
_ICAO = "[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}[0-9]"


def _ten_different_digits(value: str) -> bool:
    """An IdNr-shaped number whose first ten digits are all different and whose ISO 7064
    check digit holds ("12345678903"). The BZSt issues none (one digit repeats, python-
    stdnum's reading); Presidio reads the rule as "no digit more than three times" and
    takes these too. Of random 11-digit numbers 0.0015 % are such (all Presidio's reading
    would add: 8.4 %, measured in benchmarks/RESULTS.md, section parity10), so the sequences
    people write as their example Steuer-ID are read as one at no cost."""
    digits = checksums.compact(value)
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit() or digits[0] == "0":
        return False
    if len(set(digits[:10])) != 10:
        return False
    return bool(_mod_11_10.is_valid(digits))


class DeTaxIdRecognizer(IdNumberRecognizer):
    """Steuer-ID: 11 digits (also in groups: 12 345 678 901), check digit, beside its word.

    >>> [s.label for s in DeTaxIdRecognizer().analyze("Steuer-ID 36 574 261 809")]
    ['DE_TAX_ID']
    """

    name = "de_tax_id"
    label = DE_TAX_ID
    MIN_DIGITS = 11
    DIGIT_COUNTS = frozenset({11})
    TRIGGER_WORDS = ("steuer", "idnr", "tax", "bzst", "identifikationsnummer", "tin", "fiscal",
                     "fiscaal", "podatk", "nif", "nip")  # fmt: skip
    PATTERNS = (
        Pattern("idnr", NUMBER_START + r"[1-9]\d(?: ?\d{3}){3}" + NUMBER_END, 0.3),
        Pattern("idnr_grouped", NUMBER_START + r"[1-9]\d{2}(?: \d{4}){2}" + NUMBER_END, 0.3),
    )
    CONTEXT = (*_words.TAX_ID, "steueridentifikationsnummer", "steuer-idnr", "idnr", "bzst",
               "steuer id", "steuer-id-nr", "steuer-id nr", "steuerliche identifikationsnummer",
               "persönliche identifikationsnummer", "tax identification number",
               "identifiant fiscal", "numéro d'identification fiscale",
               "número de identificación fiscal", "codice di identificazione fiscale",
               "fiscaal identificatienummer", "numer identyfikacji podatkowej",
               "numer podatkowy")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.de_tax_id(value) or _ten_different_digits(value)


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
        Pattern("npa", NUMBER_START + _ICAO + NUMBER_END, 0.2, re.IGNORECASE),
        Pattern("legacy", NUMBER_START + r"T\d{8}" + NUMBER_END, 0.2, re.IGNORECASE),
    )
    CONTEXT = (*_words.ID_CARD, "personalausweis", "personalausweisnummer", "ausweisnummer",
               "ausweisdokument", "dokumentennummer", "seriennummer", "npa",
               "bundespersonalausweis", "national id")  # fmt: skip
    # In lower case too, as the passport of the same shape: beside its word, or alone
    # with its check digit ("l01x00t44": both readings, the same score).
    LOWER_CASE_SCORE = 0.2

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
    PATTERNS = (Pattern("de_passport", NUMBER_START + _ICAO + NUMBER_END, 0.2, re.IGNORECASE),)
    CONTEXT = (*_words.PASSPORT, "dokumentennummer", "bundesrepublik deutschland", "mrz",
               "german passport", "deutscher reisepass")  # fmt: skip
    CONTEXT_BOOST = 0.55  # a passport word: a German passport wins the shape over UK's 0.7
    LOWER_CASE_SCORE = 0.2  # in lower case too, beside its word

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
    """Krankenversichertennummer: a letter, 9 digits (check digit), beside an insurance
    word (in any case).

    >>> [s.label for s in DeHealthInsuranceRecognizer().analyze("KVNR A123456780")]
    ['DE_HEALTH_INSURANCE']
    """

    name = "de_health_insurance"
    label = DE_HEALTH_INSURANCE
    MIN_DIGITS = 9
    TOKEN_LENGTHS = frozenset({10})
    TRIGGER_WORDS = ("kvnr", "kv-n", "kv n", "kvn", "versicher", "krankenkasse",
                     "gesundheitskarte", "egk", "gkv",
                     "aok", "tkk", "barmer", "dak", "insurance", "assurance", "seguro",
                     "assicura", "verzeker", "ubezpiecz")  # fmt: skip
    PATTERNS = (Pattern("kvnr", NUMBER_START + r"[A-Z]\d{9}" + NUMBER_END, 0.3, re.IGNORECASE),)
    CONTEXT = ("krankenversicherungsnummer", "krankenversichertennummer", "versichertennummer",
               "kv-nummer", "kv nummer", "kvnummer", "kv-nr", "kv nr",
               "versicherten-nr", "versichertennr", "krankenkassennummer", "kvnr", "krankenkasse",
               "krankenversicherung", "gesundheitskarte", "egk", "egk-nummer", "gkv",
               "versichertenkarte", "aok", "tkk", "barmer", "dak", "health insurance",
               "health insurance number", "insurance number", "member id", "numéro d'assuré",
               "assurance maladie", "numéro d'assurance maladie", "número de afiliado",
               "seguro médico", "número de seguro", "tessera sanitaria",
               "assicurazione sanitaria", "verzekeringsnummer", "zorgverzekering",
               "numer ubezpieczenia", "ubezpieczenia zdrowotnego")  # fmt: skip
    LOWER_CASE_SCORE = 0.3

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.de_health_insurance(value)


_PHYSICIAN_TRIGGERS = ("lanr", "arzt", "ärzt", "rezept", "kbv", "kassenärzt", "verschreib",
                       "physician", "doctor", "médecin", "médico", "medico", "dokter",
                       "lekarz", "lekarsk", "bsnr", "betriebsst", "praxis", "practice")  # fmt: skip


def de_lanr(value: str) -> bool:
    """LANR check digit (KBV Arztnummern-Richtlinie): digits 1-6 weighted 4, 9, 4, 9, 4,
    9; the seventh digit tops the sum up to a multiple of ten.

    >>> de_lanr("123456601"), de_lanr("123456701")
    (True, False)
    """
    digits = checksums.compact(value)
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:6], (4, 9, 4, 9, 4, 9), strict=True))
    return (10 - total % 10) % 10 == int(digits[6])


class DeLanrRecognizer(IdNumberRecognizer):
    """Lebenslange Arztnummer: 9 digits (check digit, specialty code), beside a physician
    word; the check passes one number in ten.

    >>> [s.label for s in DeLanrRecognizer().analyze("LANR: 123456601")]
    ['DE_LANR']
    """

    name = "de_lanr"
    label = DE_LANR
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER_WORDS = _PHYSICIAN_TRIGGERS
    PATTERNS = (Pattern("lanr", NUMBER_START + r"\d{9}" + NUMBER_END, 0.3),)
    CONTEXT = ("lanr", "arztnummer", "arzt-nr", "arzt nr", "arzt-nummer", "lebenslange arztnummer",
               "vertragsarzt", "kassenarzt", "kbv", "kassenärztliche vereinigung", "rezept",
               "verschreibung", "behandelnder arzt", "behandelnden arztes", "hausarzt",
               "facharzt", "physician number", "doctor number", "numéro de médecin",
               "número de médico", "numero del medico", "artsnummer", "numer lekarza")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return de_lanr(value)


# Regional codes of the Kassenärztliche Vereinigungen (KBV Arztnummern-Richtlinie, Anlage 1).
_KV_CODES = frozenset({"01", "02", "03", "17", "20", "35", "38", "46", "51", "52", "71", "72",
                       "73", "74", "78", "83", "88", "93", "98"})  # fmt: skip


class DeBsnrRecognizer(IdNumberRecognizer):
    """Betriebsstättennummer: 9 digits starting with a KV region code, no check digit,
    beside a practice word.

    >>> [s.label for s in DeBsnrRecognizer().analyze("BSNR 021234568")]
    ['DE_BSNR']
    """

    name = "de_bsnr"
    label = DE_BSNR
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER_WORDS = _PHYSICIAN_TRIGGERS
    PATTERNS = (Pattern("bsnr", NUMBER_START + r"\d{9}" + NUMBER_END, 0.2),)
    CONTEXT = ("bsnr", "betriebsstättennummer", "betriebsstätten-nummer", "betriebsstätte",
               "praxisnummer", "kv-nummer", "kv nummer", "nebenbetriebsstätte",
               "hauptbetriebsstätte", "practice number")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return None if value[:2] in _KV_CODES and value != "000000000" else False


class DeTaxNumberRecognizer(IdNumberRecognizer):
    """Steuernummer (the tax office's number, not the Steuer-ID): 13 digits in the
    federal form or the state forms with slashes ("181/815/08155"), in a layout
    python-stdnum knows (the 13 digits also from a state code 01-16, as Presidio reads
    them); no check digit, so beside a tax-number word.

    >>> [s.label for s in DeTaxNumberRecognizer().analyze("Steuernummer 181/815/08155")]
    ['DE_TAX_NUMBER']
    """

    name = "de_tax_number"
    label = DE_TAX_NUMBER
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10, 11, 13})
    TRIGGER_WORDS = ("steuer", "st.-nr", "st-nr", "stnr", "finanzamt", "tax")
    PATTERNS = (
        Pattern("stnr_federal", NUMBER_START + r"(?:0[1-9]|1[0-6])\d{11}" + NUMBER_END, 0.2),
        Pattern("stnr_slashed", NUMBER_START + r"\d{2,3}/\d{3,4}/\d{4,5}" + NUMBER_END, 0.2),
        Pattern("stnr_digits", NUMBER_START + r"\d{10,11}" + NUMBER_END, 0.2),
        Pattern("stnr_spaced", NUMBER_START + r"\d{2,3} \d{3,4} \d{4,5}" + NUMBER_END, 0.2),
    )
    CONTEXT = ("steuernummer", "steuer-nr", "steuer nr", "steuer-nummer", "st.-nr", "st.-nr.",
               "st-nr", "stnr", "finanzamt", "einkommensteuer", "umsatzsteuer",
               "körperschaftsteuer", "gewerbesteuer", "steuerbescheid",
               "german tax number")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if pattern.name == "stnr_federal":
            return None  # 13 digits from a state code 01-16 (Presidio's ELSTER reading)
        return None if _de_stnr.is_valid(value.replace(" ", "")) else False


class DeHandelsregisterRecognizer(IdNumberRecognizer):
    """Handelsregisternummer: HRA (partnerships, sole traders) or HRB (companies) and up
    to six digits, the letters in any case; the letters and three or more digits make
    the shape, a shorter number ("HRB 4") needs a register word or to be the whole
    message.

    >>> [s.label for s in DeHandelsregisterRecognizer().analyze("Amtsgericht Köln HRB 12345")]
    ['DE_HANDELSREGISTER']
    """

    name = "de_handelsregister"
    label = DE_HANDELSREGISTER
    MIN_DIGITS = 1
    DIGIT_COUNTS = frozenset(range(1, 7))
    TRIGGER = r"[Hh][Rr][AaBb]"
    # The court's suffix ("HRB 12345 B" for Berlin) in capitals only: "hrb 12345 in Köln".
    _SUFFIX = r"(?-i:(?: ?[A-Z]{1,2})?)"
    PATTERNS = (
        Pattern("hr", r"(?<![\w-])HR[AB] ?\d{3,6}" + _SUFFIX + NUMBER_END, 0.55, re.IGNORECASE),
        Pattern(
            "hr_short", r"(?<![\w-])HR[AB] ?\d{1,2}" + _SUFFIX + NUMBER_END, 0.2, re.IGNORECASE
        ),
    )
    CONTEXT = ("handelsregister", "handelsregisternummer", "amtsgericht", "registergericht",
               "registernummer", "hr-nummer", "registerauszug", "handelsregistereintrag",
               "commercial register", "registre du commerce", "registro mercantil",
               "registro delle imprese", "rejestr handlowy")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        # The register letters are the short number's check: with its word it is certain,
        # and a message that is nothing but "HRB 4" answers a question (the lone rule).
        return True if pattern.name == "hr_short" else None


class DeFuehrerscheinRecognizer(IdNumberRecognizer):
    """Führerscheinnummer (EU card since 2013: authority code, serial, check character),
    beside a driving-licence word.

    >>> [s.label for s in DeFuehrerscheinRecognizer().analyze("Führerscheinnummer B07212345X1")]
    ['DE_FUEHRERSCHEIN']
    """

    name = "de_fuehrerschein"
    label = DE_FUEHRERSCHEIN
    MIN_DIGITS = 5
    TOKEN_LENGTHS = frozenset({11})
    TRIGGER_WORDS = ("führerschein", "fuehrerschein", "fahrerlaubnis", "kba", "licen",
                     "feld 5", "dokument")  # fmt: skip
    PATTERNS = (
        Pattern(
            "eu_card",
            NUMBER_START + r"(?=[A-Z0-9]{0,10}[A-Z])[A-Z0-9]{4}\d{5}[0-9X][0-9A-Z]" + NUMBER_END,
            0.2,
        ),
        Pattern("presidio", NUMBER_START + r"[A-Z]{2}\d{8}[A-Z0-9]" + NUMBER_END, 0.2),
    )
    CONTEXT = ("führerscheinnummer", "führerschein", "fuehrerschein", "fahrerlaubnis",
               "fahrerlaubnisnummer", "führerscheininhaber", "kba", "kraftfahrt-bundesamt",
               "german driving licence", "german driver's license", "feld 5",
               "dokument nr", "dokument-nr")  # fmt: skip
