"""Vehicle registration plates of Presidio's predefined recognizers: UK, Nigeria, Turkey
and Germany (`DE_KFZ`).

A plate has no check digit; what tells it from a product code is its layout. A layout
that only a plate has (UK since 2001: two letters, the age identifier, three letters;
Nigeria: three letters, three digits, two letters, written with a separator; Turkey:
province 01-81, letters, digits in one of the issued combinations) is reported on its
own when written in capitals. Older and looser layouts (UK prefix/suffix and dateless
plates, German plates, anything in lower case but the lone answers below) need a vehicle
word beside them.

People type in lower case, and a plate typed as the whole message answers a question
("what's your plate?" "aa02 aaa"): a current UK plate (space or dash) and a Nigerian
plate with its dash ("app-456cv") answer alone in lower case as in capitals. A Turkish
plate in lower case keeps needing its word: two numbers around a short word are ranges
and times typed alone in all seven languages ("10 to 20", "20 bis 30", "12 h 30",
"10 do 20").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import (
    HEDGE,
    LONE_SCORE,
    IdNumberRecognizer,
    NamedAfterRecognizer,
    lone_value,
    named_after,
)
from piiguard.detection.recognizers._pattern import Pattern, words_regex

UK_VEHICLE_REGISTRATION = "UK_VEHICLE_REGISTRATION"
NG_VEHICLE_REGISTRATION = "NG_VEHICLE_REGISTRATION"
TR_LICENSE_PLATE = "TR_LICENSE_PLATE"
DE_KFZ = "DE_KFZ"

_START = r"(?<![\w.,/-])"
_END = r"(?![\w]|[.,/-]\w)"

PLATE_WORDS = (
    "plate", "plates", "number plate", "licence plate", "license plate", "plate number",
    "registration", "reg", "reg no", "registration number", "vehicle", "car", "vrn",
    "kennzeichen", "nummernschild", "kfz", "kfz-kennzeichen", "fahrzeug", "auto", "pkw",
    "lkw", "plaque", "immatriculation", "voiture", "matrícula", "matricula", "coche",
    "targa", "veicolo", "kenteken", "nummerbord", "tablica", "rejestracja",
    "numer rejestracyjny", "samochód", "samochod",
)  # fmt: skip
"""Vehicle words in the seven languages (whole words)."""

# Capitals that are words or units, not a plate's letters: "FY22 AND FY23", "16 GB 3200".
_WORDS_AND_UNITS = frozenset({
    "AM", "PM", "AND", "THE", "FOR", "ARE", "BUT", "NOT", "YOU", "ALL", "ANY", "CAN", "HAD",
    "HAS", "HER", "WAS", "ONE", "OUR", "OUT", "GET", "HOW", "NEW", "NOW", "OLD", "SEE",
    "TWO", "WAY", "WHO", "DID", "LET", "PUT", "SAY", "SHE", "TOO", "USE", "YES", "PER",
    "DER", "DIE", "DAS", "UND", "LES", "DES", "UNE", "LOS", "LAS", "DEL", "CON", "VON",
    "GB", "MB", "KB", "TB", "PB", "GHZ", "MHZ", "KHZ", "HZ", "KG", "MG", "CM", "MM", "KM",
    "ML", "KW", "KWH", "MAH", "HP", "PS", "FPS", "DPI", "PPM", "RPM", "MIN", "SEC", "MS",
    "EUR", "USD", "GBP", "CHF", "PLN", "JPY", "CAD", "AUD", "TRY", "UTC", "GMT", "CET",
    "CEST", "BST", "EST", "PST",
    # ranges, times and counts typed alone: "10 TO 20", "20 BIS 30", "12 H 30", "10 PCS 100"
    "TO", "TIL", "BIS", "DE", "DO", "AL", "TOT", "OR", "OF", "IN", "ON", "AT", "BY", "ET",
    "OU", "OD", "H", "HR", "HRS", "PCS", "STK", "SZT", "UDS", "PZ", "ST",
    # month abbreviations of the seven languages: "12 JAN 24", "3 MRZ 25"
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV",
    "DEC", "MRZ", "MAI", "OKT", "DEZ", "JANV", "FEV", "FEVR", "AVR", "JUIN", "JUIL", "AOUT",
    "ENE", "ABR", "AGO", "DIC", "GEN", "MAG", "GIU", "LUG", "SET", "OTT", "MEI", "MRT",
    "STY", "LUT", "KWI", "MAJ", "CZE", "LIP", "SIE", "WRZ", "PAZ", "LIS", "GRU",
})  # fmt: skip

_PLATE_TRIGGERS = ("plat", "reg", "vehic", "car", "vrn", "kennz", "nummernsch", "kfz",
                   "fahrz", "auto", "pkw", "lkw", "plaqu", "immatric", "voiture", "matr",
                   "coche", "targa", "veicol", "kenteken", "nummerbord", "tablic", "rejestr",
                   "samoch", "plaka", "araç", "arac", "dvla", "mot")  # fmt: skip


def _word_or_unit(value: str) -> bool:
    """The letters of a plate-shaped `value` spell a word or a unit ("10 AM 15")."""
    return "".join(c for c in value if c.isalpha()).upper() in _WORDS_AND_UNITS


LOWER_CASE_SCORE = 0.1
"""A plate layout typed in lower case: reported only beside a vehicle word, or as the
whole message in its printed layout (`_PlateRecognizer.check`)."""

_ALONE_IN_CAPITALS = 0.5
"""The detector's default threshold: a plate scoring this in capitals stands alone."""


def _typed_lower(value: str) -> bool:
    """`value`'s letters are lower case, but for a first one a phone capitalised
    ("aa02 aaa", "App-456cv"); not mixed case ("aA02 AaA")."""
    rest = value[1:]
    return any(c.islower() for c in value) and rest == rest.lower()


class _PlateRecognizer(IdNumberRecognizer):
    """A plate recognizer: a value with lower-case letters scores `LOWER_CASE_SCORE`,
    unless it is the whole message in its printed layout (`LONE_LOWER_SEPARATORS`)."""

    CONTEXT_BOOST: ClassVar[float] = 0.5
    LOWER_CASE_SCORE: ClassVar[float | None] = LOWER_CASE_SCORE
    LONE_LOWER_SEPARATORS: ClassVar[str] = ""
    """The separators of the printed layout; a value typed in lower case that holds one
    and is the whole message answers alone as it would in capitals ("what's your
    plate?" "aa02 aaa", "app-456cv"). Empty: lower case always needs a vehicle word."""

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """The base check, then the lone lower-case plate (`LONE_LOWER_SEPARATORS`).
        `pattern` is the subclass's verdict on the layout: a word, a unit, a code prefix
        has already lowered its score, so what would not stand in capitals stays out."""
        span = super().check(text, start, end, pattern)
        if span is None or span.score >= _ALONE_IN_CAPITALS or not self.LONE_LOWER_SEPARATORS:
            return span
        value = text[start:end]
        if not _typed_lower(value) or not any(c in value for c in self.LONE_LOWER_SEPARATORS):
            return span
        if not lone_value(text, start, end):
            return span
        upper = value.upper()
        score = pattern.score
        if len(upper) == len(value) and self.LONE_UNCHECKED and self.lone_unchecked(upper):
            score = max(score, LONE_SCORE)
        return replace(span, score=score) if score >= _ALONE_IN_CAPITALS else span


# DVLA letters: no I, Q (and no Z in the first two) in current plates.
_UK_LETTER = "[A-HJ-PR-Y]"
_UK_AGE = r"(?:0[2-9]|[12]\d|5[1-9]|[67]\d)"
# Age identifiers the scheme defines but the DVLA has not issued yet (March 2030-2050:
# 30-50; September 2030-2049: 80-99): a plate read off a document or misremembered is
# written so, but without a vehicle word "LK36 XTR" is as much a code.
_UK_AGE_NOT_YET = r"(?:[34]\d|50|[89]\d)"
# The issued layout since 2001: area letters, age identifier, three letters.
_UK_CURRENT = _UK_LETTER + "{2}" + _UK_AGE + r"[ -]?[A-HJ-PR-Z]{3}"


class UkVehicleRegistrationRecognizer(_PlateRecognizer):
    """UK plates since 2001: area letters, age identifier (02-29, 51-79), three letters
    ("AB51 ABC", "BD62XYZ"); the layout stands alone. An age identifier not issued yet
    (30-50, 80-99: "LK36 XTR") needs a vehicle word.

    >>> [s.label for s in UkVehicleRegistrationRecognizer().analyze("AB51 ABC")]
    ['UK_VEHICLE_REGISTRATION']
    """

    name = "uk_vehicle_registration"
    label = UK_VEHICLE_REGISTRATION
    MIN_DIGITS = 2
    TOKEN_LENGTHS = frozenset({4, 7})
    LONE_LOWER_SEPARATORS = " -"
    PATTERNS = (
        Pattern(
            "current",
            _START + _UK_CURRENT + _END,
            0.6,
            re.IGNORECASE,
        ),
        # The same layout with letters the DVLA does not issue ("IM24 TJU", a typo or a
        # plate misremembered): only beside a vehicle word ("... is my car"); the age
        # identifier still holds (a model's "QX50 AWD" has none).
        Pattern(
            "current_any_letters",
            _START + r"[A-Z]{2}" + _UK_AGE + r"[ -]?[A-Z]{3}" + _END,
            0.2,
            re.IGNORECASE,
        ),
        # The layout with an age identifier still to come: beside a vehicle word only.
        Pattern(
            "not_yet_issued",
            _START + r"[A-Z]{2}" + _UK_AGE_NOT_YET + r"[ -]?[A-Z]{3}" + _END,
            0.2,
            re.IGNORECASE,
        ),
    )
    CONTEXT = (*PLATE_WORDS, "dvla", "v5c", "logbook", "mot", "car reg", "insured vehicle")

    _ISSUED = re.compile(_UK_CURRENT, re.IGNORECASE)
    # The words that name a registration itself: a car word alone names a model as often
    # ("my car is a QX50 AWD", "the car model XC90 RDX").
    _REGISTRATION_WORDS = words_regex(
        ("reg", "car reg", "reg no", "registration", "registration number", "plate",
         "number plate", "licence plate", "license plate", "plate number", "vrn", "dvla",
         "v5c", "logbook", "kennzeichen", "nummernschild", "plaque", "immatriculation",
         "matrícula", "matricula", "targa", "kenteken", "tablica", "rejestracja",
         "numer rejestracyjny")
    )  # fmt: skip

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if pattern.name == "current_any_letters" and self._ISSUED.fullmatch(text, start, end):
            return None  # issued letters: the "current" pattern reports it
        if pattern.name == "not_yet_issued" and not (
            self.context_before(text, start, context_words=self._REGISTRATION_WORDS)
            or named_after(text, end, self._REGISTRATION_WORDS)
        ):
            return None  # an age still to come, beside a car word only: a model's name
        if text[end - 3 : end].upper() in _WORDS_AND_UNITS:
            pattern = replace(pattern, score=min(pattern.score, LOWER_CASE_SCORE))
        return super().check(text, start, end, pattern)


class UkOldVehicleRegistrationRecognizer(_PlateRecognizer):
    """UK plates of 1963-2001, prefix ("A123 BCD") and suffix ("ABC 123D"), beside a
    vehicle word: without one they are any short code.

    >>> [s.label for s in UkOldVehicleRegistrationRecognizer().analyze("car reg A123 BCD")]
    ['UK_VEHICLE_REGISTRATION']
    """

    name = "uk_old_vehicle_registration"
    label = UK_VEHICLE_REGISTRATION
    MIN_DIGITS = 1
    TRIGGER_WORDS = _PLATE_TRIGGERS
    PATTERNS = (
        Pattern(
            "prefix",
            _START + r"[A-HJ-NPR-TV-Y]\d{1,3}[ -]?[A-HJ-PR-Y][A-HJ-PR-Z]{2}" + _END,
            0.2,
            re.IGNORECASE,
        ),
        Pattern(
            "suffix",
            _START + r"[A-HJ-PR-Z]{3}[ -]?\d{1,3}[ -]?[A-HJ-NPR-TV-Y]" + _END,
            0.2,
            re.IGNORECASE,
        ),
    )
    CONTEXT = UkVehicleRegistrationRecognizer.CONTEXT


class NgVehicleRegistrationRecognizer(_PlateRecognizer):
    """Nigerian plates: local-government code (3 letters), 3 digits, 2 letters. Written
    with its separator in capitals ("ABJ-123XY") it stands alone; run together
    ("APP456CV") it is also a product code's shape and needs a vehicle word.

    >>> [s.label for s in NgVehicleRegistrationRecognizer().analyze("plate APP-456CV")]
    ['NG_VEHICLE_REGISTRATION']
    """

    name = "ng_vehicle_registration"
    label = NG_VEHICLE_REGISTRATION
    MIN_DIGITS = 3
    TOKEN_LENGTHS = frozenset({5, 8})
    PATTERNS = (
        Pattern("ng_plate", _START + r"[A-Z]{3}[- ]\d{3}[A-Z]{2}" + _END, 0.55, re.IGNORECASE),
        Pattern("ng_plate_joined", _START + r"[A-Z]{3}\d{3}[A-Z]{2}" + _END, 0.2, re.IGNORECASE),
    )
    CONTEXT = (*PLATE_WORDS, "nigeria", "nigerian", "frsc")
    LONE_UNCHECKED = True
    # With its dash only: "max 200mg", "ram 512mb", "the 100th" are the spaced shape.
    LONE_LOWER_SEPARATORS = "-"

    # Prefixes of references and codes, not of a local government: "SKU-123AB", "REF 456CD".
    _CODE_PREFIXES: ClassVar[frozenset[str]] = frozenset(
        {"SKU", "REF", "INV", "ORD", "TKT", "INC", "REQ", "BUG", "ERR", "CVE", "ISO", "DIN",
         "RFC", "PIN", "OTP", "VAT", "TAX", "NUM", "NRO", "SDK", "VER", "REV", "PKG"}
    )  # fmt: skip

    def lone_unchecked(self, value: str) -> bool:
        return value[:3].upper() not in self._CODE_PREFIXES

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if text[start : start + 3].upper() in self._CODE_PREFIXES:
            pattern = replace(pattern, score=min(pattern.score, LOWER_CASE_SCORE))
        return super().check(text, start, end, pattern)


_TR_PROVINCE = r"(?:0[1-9]|[1-7]\d|8[01])"
# Letters of Turkish plates: the Latin alphabet without Q, W, X.
_TR_LETTER = "[A-PR-VYZ]"


class TrLicensePlateRecognizer(_PlateRecognizer):
    """Turkish plates: province code 01-81, 1-3 letters, 2-4 digits. In capitals, with
    two or three letters in an issued combination (2 + 3-4 digits, 3 + 2-3) they stand
    alone; one letter ("12 B 1234"), other combinations, run-together plates and
    letters that are a unit or a word ("10 AM 15", "16 GB 3200") need a plate word
    ("plaka").

    >>> [s.label for s in TrLicensePlateRecognizer().analyze("plaka 34 ABC 123")]
    ['TR_LICENSE_PLATE']
    """

    name = "tr_license_plate"
    label = TR_LICENSE_PLATE
    MIN_DIGITS = 4
    DIGIT_COUNTS = frozenset({2})
    TOKEN_LENGTHS = frozenset({5, 6, 7, 8, 9})
    TRIGGER = r"\d\d[ -]?[A-Za-z]{1,3}[ -]?\d\d"
    PATTERNS = (
        Pattern(
            "tr_plate",
            _START + _TR_PROVINCE + rf"(?P<s>[ -]){_TR_LETTER}{{1,3}}(?P=s)\d{{2,4}}" + _END,
            0.55,
            re.IGNORECASE,
        ),
        Pattern(
            "tr_plate_joined",
            _START + _TR_PROVINCE + _TR_LETTER + r"{1,3}\d{2,4}" + _END,
            0.2,
            re.IGNORECASE,
        ),
    )
    CONTEXT = (*PLATE_WORDS, "plaka", "plakası", "plakasi", "plaka numarası", "plaka no",
               "araç plakası", "araç", "arac", "taşıt", "kayıt plakası")  # fmt: skip

    _ISSUED: ClassVar[frozenset[tuple[int, int]]] = frozenset(
        {(2, 3), (2, 4), (3, 2), (3, 3)}
    )
    LONE_UNCHECKED = True

    def lone_unchecked(self, value: str) -> bool:
        """A plate typed as the whole message answers alone unless its letters are a
        word or a unit ("10 AM 15")."""
        return not _word_or_unit(value)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if pattern.name == "tr_plate":
            _, letters, digits = re.findall(r"\d+|[A-Za-z]+", text[start:end])
            if _word_or_unit(letters):
                return None  # "rejestracja od 10 do 20": a range, beside any word
            if (len(letters), len(digits)) not in self._ISSUED:
                pattern = replace(pattern, score=0.2)
        return super().check(text, start, end, pattern)


class DeKfzRecognizer(_PlateRecognizer):
    """German plates ("B-AB 1234", "M XY 123E"): district, 1-2 letters, 1-4 digits and
    an optional E (electric) or H (historic), beside a vehicle word ("Kennzeichen").

    >>> [s.label for s in DeKfzRecognizer().analyze("Kennzeichen B-AB 1234")]
    ['DE_KFZ']
    """

    name = "de_kfz"
    label = DE_KFZ
    MIN_DIGITS = 1
    TRIGGER_WORDS = _PLATE_TRIGGERS
    PATTERNS = (
        Pattern(
            "kfz",
            r"(?<![\w-])[A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2}[ -]?\d{1,4}[EH]?(?![\w]|[.,/-]\w)",
            0.2,
        ),
    )
    CONTEXT = (*PLATE_WORDS, "kfz-kennzeichen", "kraftfahrzeugkennzeichen",
               "fahrzeugkennzeichen", "amtliches kennzeichen", "zulassung", "fahrzeugschein",
               "fahrzeugbrief", "zulassungsbescheinigung")  # fmt: skip


LICENSE_PLATE = "LICENSE_PLATE"
# The words that name a plate itself (not "car" or "vehicle": "car 2 is parked").
_KEYED_PLATE_WORDS = (
    "plate", "number plate", "licence plate", "license plate", "plate number", "reg no",
    "registration number", "vehicle registration", "kennzeichen", "nummernschild",
    "kfz-kennzeichen", "autokennzeichen", "plaque", "plaque d'immatriculation",
    "immatriculation", "numéro d'immatriculation", "matrícula", "matricula", "placa",
    "targa", "numero di targa", "kenteken", "nummerbord", "nummerplaat",
    "tablica rejestracyjna",
    "numer rejestracyjny", "rejestracja", "nr rejestracyjny",
)  # fmt: skip
# A plate: up to four groups of capitals and digits (a space or dash between), or of
# lower-case letters and digits joined by dashes, five to nine characters in all, with a
# letter and a digit (`KeyedPlateRecognizer.check`): "TM-617-FX", "7614 CTJ",
# "TN 982 PN", "29-NBJ-4", "WA 54977", "7ABC123", "tm-617-fx".
# A plate typed in lower case after its word keeps its country's layout, spaced or run
# together: Italy and France "fk 418 zt" (no I, O, Q or U), Spain "7315 kpt" (three
# consonants), Poland "wa 52871", "kr 7g542" (district, then a digit and four or three
# more), Germany "m ab 1234", "hh-xy 88e" (`KeyedPlateRecognizer.check` drops words).
_LOWER_LAYOUTS = (
    r"[a-hj-npr-tv-z]{2} ?\d{3} ?[a-hj-npr-tv-z]{2}"
    r"|\d{4} ?[bcdfghj-np-tv-z]{3}"
    r"|[a-z]{2} ?\d[a-z0-9]{4}|[a-z]{3} ?\d[a-z0-9]{3,4}"
    r"|[a-zäöü]{1,3}[ -][a-z]{1,2} ?\d{1,4}[eh]?"
)
# A link or article right after the plate word is the filler's, not the plate's letters
# ("ma plaque est fs 214 bk").
_NOT_LETTERS_OF_PLATE = (
    r"(?!(?:is|ist|est|es|è|e|jest|to|de|di|van|la|il|le|el|was|war|era|fue|ma|mi|mon"
    r"|mein|mijn)[ -])"
)
_PLATE_VALUE = (
    rf"(?P<v>{_NOT_LETTERS_OF_PLATE}(?:{_LOWER_LAYOUTS})(?![\w-])"
    r"|[A-Z0-9]{1,7}(?:[ -][A-Z0-9]{1,6}){0,3}|[a-z0-9]{1,7}(?:-[a-z0-9]{1,6}){1,3})"
    r"(?![\w]|-\w)"
)
# Short words of the seven languages a lower-case layout may catch as a plate's letters:
# "targa di 120 mm", "tablica na 12345 zł", "rejestracja od 10 do 20".
_SHORT_WORDS = frozenset({
    "AL", "DA", "DI", "EL", "EN", "ES", "ET", "IL", "LA", "LE", "LO", "NA", "OD", "PO", "UN",
    "WE", "ZA", "ZE", "IM", "AM", "UM", "IS", "IT", "DU", "AU", "AUX", "SU", "HET", "EEN",
    "VAN", "MET", "DAL", "SUL", "NEL", "PER", "SUR", "PAR", "UNE", "UNO", "UNA", "ZU", "ZUM",
    "ZUR", "VOM", "TOT", "OM", "OP", "BIJ", "AAN", "UIT", "NIE", "TAK", "JAK", "CO", "BEI",
    "MIT", "EIN", "KEIN", "NUR", "QUE", "CHE", "NON", "NO", "SI", "SÌ", "YA", "JA", "NEE",
    # short verbs and pronouns: "numer rejestracyjny mam 12345 ...", "ho 350 km"
    "MAM", "MA", "HAB", "HAT", "HO", "HE", "HA", "AI", "IK", "JE", "YO", "IO", "TU", "TE",
    "ME", "WIR", "NOUS", "VOI",
})  # fmt: skip
_PLATE_GROUP = re.compile(r"[ -]")
# Between the plate word and its value: fillers, a link (also in the past: a rental's plate
# "was" one) and hesitations ("was like 5HGA070", "war, glaube ich, W-73629E": `HEDGE`).
_PLATE_FILLER = (
    r"(?:[\s:#=(]|(?<!\w)(?i:no|nr|n[°º]|number|nummer|numéro|número|numero|numer|is|ist"
    r"|lautet|est|c'est|c’est|es|è|e|jest|to|brzmi|de|di|van|mijn|my|mon|ma|mi|la|il|mein|meine|was|war"
    rf"|lautete|était|etait|era|fue|był|była|waren)(?:\.|(?!\w))|{HEDGE}){{1,6}}?"
)
_PLATE_LINK = (
    r"(?:\s{0,3}:|\s{1,3}(?i:is|was|ist|war|lautet|lautete|est|était|etait|es|era|fue|è|jest"
    r"|był|była|to)(?!\w))"
)
# Which vehicle the plate is on, between the plate word and a link: "plate number on the
# rental was ...", "Kennzeichen vom Mietwagen in Wien war ...", "matrícula del coche de
# alquiler en Francia: ...", "rejestracja auta z wypożyczalni w Holandii: ..." (no digits).
_PLATE_WHERE = rf"(?:(?:\s{{1,3}}[^\s\d:=#,]{{1,16}}){{1,6}}?(?={_PLATE_LINK}))?"
# The stems of the adjectives of the countries whose plates chat names most, in French,
# Spanish, Italian and Polish ("belge", "francesa", "tedesca", "holenderska").
_COUNTRY_ADJECTIVE = (
    r"(?:belg|fran[cç]|allemand|alem[aá]n|tedesc|niemieck|espagnol|españ|espan|spagnol"
    r"|hiszpa[nń]sk|italien|italian|włosk|wlosk|néerlandais|neerlandais|neerlandes|hollandais"
    r"|holandes|olandes|holendersk|polonais|polac|polsk|suisse|suiz|svizzer|szwajcarsk"
    r"|autrichien|austr[ií]ac|austriack|britanni|brit[aá]nic|brytyjsk|anglais|ingles|angielsk"
    r"|portugais|portugu[eé]s|portoghes|portugalsk|luxembourg|luxemburgu|lussemburgh"
    r"|luksembursk|tchèque|checa|ceca|czesk|danois|danes|danese|du[nń]sk)"
    r"[a-zà-ÿąćęłńóśźż]{0,5}(?!\w)"
)
_PLATE_ALNUM = re.compile(r"[A-Za-z0-9]")
_PLATE_WORDS_ALTERNATION = "|".join(
    re.escape(w) for w in sorted(_KEYED_PLATE_WORDS, key=len, reverse=True)
)


class KeyedPlateRecognizer(NamedAfterRecognizer):
    """Plates of the countries without a recognizer of their own (France, Spain, Italy,
    the Netherlands, Poland, the US, ...) named by a plate word, before the value or
    after it through a short link ("TM-617-FX c'est ma plaque", "targa TN 982 PN"). A
    fallback like `keyed_ids`: it scores `keyed_ids.SCORE`, so a country's own plate
    recognizer keeps the span where both read it.

    >>> text = "kenteken 29-NBJ-4"
    >>> [(s.label, text[s.start:s.end]) for s in KeyedPlateRecognizer().analyze(text)]
    [('LICENSE_PLATE', '29-NBJ-4')]
    """

    name = "keyed_plate"
    label = LICENSE_PLATE
    MIN_DIGITS = 1
    ANSWERS_ALONE = False  # its word is always in the text beside the value: never lone
    TRIGGER_WORDS = ("plate", "reg no", "registration number", "vehicle registration", "kennz",
                     "nummernsch", "plaqu", "immatric", "matr", "placa", "targa", "kenteken",
                     "nummerbord", "nummerplaat", "rejestr", "tablic")  # fmt: skip
    PATTERNS = (
        Pattern(
            "keyed_plate",
            rf"(?<!\w)(?i:{_PLATE_WORDS_ALTERNATION})(?!\w){_PLATE_WHERE}{_PLATE_FILLER}"
            rf"{_PLATE_VALUE}",
            0.55,
        ),
        # The country's adjective after the noun, as French, Spanish, Italian and Polish
        # place it, the value right after: "plaque belge 1-ULH-467", "matrícula francesa
        # JK-298-NY" (a country's, not any adjective: "placa base B550M" is a motherboard).
        Pattern(
            "keyed_plate_adjective",
            r"(?<!\w)(?i:plaque|matrícula|matricula|placa|targa|tablica|tablicy|tablice)"
            rf"\s{{1,3}}(?i:{_COUNTRY_ADJECTIVE})[\s:]{{1,3}}{_PLATE_VALUE}",
            0.55,
        ),
    )
    AFTER_TOKEN = re.compile(r"(?<![\w./-])" + _PLATE_VALUE)

    def __init__(self) -> None:
        super().__init__()
        # after the link, an adjective may stand before the plate word: "1-ULH-467 is mijn
        # Belgische nummerplaat", "c'est ma plaque belge" needs none
        words = words_regex(_KEYED_PLATE_WORDS)
        assert words is not None
        after = re.compile(rf"(?:[^\W\d_]{{3,20}}\s{{1,3}})?(?:{words.pattern})", re.IGNORECASE)
        self._words_after = ((self.PATTERNS[0], after),)

    def words_after(self) -> tuple[tuple[Pattern, re.Pattern[str] | None], ...]:
        return self._words_after

    def after_candidate(self, value: str) -> bool:
        """A letter and a digit: what every plate holds."""
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if not 5 <= len(_PLATE_ALNUM.findall(value)) <= 9 or not self.after_candidate(value):
            return None
        if _word_or_unit(value) or self.has_negative_context(text, start, end):
            return None
        if value.islower() and any(
            group.isalpha() and (group.upper() in _WORDS_AND_UNITS or group.upper() in _SHORT_WORDS)
            for group in _PLATE_GROUP.split(value)
        ):
            return None  # "targa di 120 mm": a word and a unit, not a plate's letters
        return Span(start, end, self.label, pattern.score, self.name)
