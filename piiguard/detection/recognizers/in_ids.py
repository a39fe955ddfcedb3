"""Indian PAN, Aadhaar, passport, voter id (EPIC) and vehicle registration numbers."""

from __future__ import annotations

import re

from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

IN_PAN = "IN_PAN"
IN_AADHAAR = "IN_AADHAAR"
IN_PASSPORT = "IN_PASSPORT"
IN_VOTER = "IN_VOTER"
IN_VEHICLE_REGISTRATION = "IN_VEHICLE_REGISTRATION"
IN_GSTIN = "IN_GSTIN"

# RTO state and union-territory codes (Motor Vehicles Act registration marks).
_STATES = frozenset(
    """AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR
    PB PY RJ SK TG TN TR TS UA UK UP WB""".split()  # noqa: SIM905
)


class InPanRecognizer(IdNumberRecognizer):
    """Permanent Account Numbers: 5 letters (the 4th the holder type), 4 digits, a letter.

    >>> [s.label for s in InPanRecognizer().analyze("PAN: AAAPZ1234C")]
    ['IN_PAN']
    """

    name = "in_pan"
    label = IN_PAN
    MIN_DIGITS = 4
    TOKEN_LENGTHS = frozenset({10})
    TRIGGER = r"[A-Za-z]\d{4}[A-Za-z]"
    PATTERNS = (Pattern("pan", NUMBER_START + r"[A-Za-z]{5}\d{4}[A-Za-z]" + NUMBER_END, 0.6),)
    CONTEXT = ("pan", "pan card", "pan number", "permanent account number", "income tax")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if not (value.isupper() or value.islower()):
            return False
        return checksums.in_pan(value)


class InAadhaarRecognizer(IdNumberRecognizer):
    """Aadhaar: 12 digits (4-4-4 as printed), Verhoeff check; bare runs need a word.

    >>> [s.label for s in InAadhaarRecognizer().analyze("aadhaar 4991 1866 5246")]
    ['IN_AADHAAR']
    """

    name = "in_aadhaar"
    label = IN_AADHAAR
    MIN_DIGITS = 12
    DIGIT_COUNTS = frozenset({12})
    TRIGGER = r"\d{4}[ :-]?\d{4}[ :-]?\d{4}"
    PATTERNS = (
        Pattern("aadhaar_grouped", NUMBER_START + r"[2-9]\d{3}([ :-])\d{4}\1\d{4}" + NUMBER_END, 0.5),  # noqa: E501
        Pattern("aadhaar", NUMBER_START + r"[2-9]\d{11}" + NUMBER_END, 0.3),
    )
    CONTEXT = ("aadhaar", "aadhar", "adhaar", "uidai", "uid", "aadhaar number", "aadhaar card")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.in_aadhaar(value)


class InPassportRecognizer(IdNumberRecognizer):
    """Indian passports (a letter, 7 digits), beside a passport word.

    >>> [s.label for s in InPassportRecognizer().analyze("indian passport A1234567")]
    ['IN_PASSPORT']
    """

    name = "in_passport"
    label = IN_PASSPORT
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("pas", "india")
    PATTERNS = (
        Pattern("in_passport", NUMBER_START + r"[A-Z][1-9]\d ?\d{4}[1-9]" + NUMBER_END, 0.2),
    )
    CONTEXT = (*_words.PASSPORT, "indian passport")


class InVoterRecognizer(IdNumberRecognizer):
    """Voter ids (EPIC): 3 letters and 7 digits, beside a voter word.

    >>> [s.label for s in InVoterRecognizer().analyze("voter id ABC1234566")]
    ['IN_VOTER']
    """

    name = "in_voter"
    label = IN_VOTER
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("voter", "epic", "elector")
    PATTERNS = (Pattern("voter", NUMBER_START + r"[A-Za-z]{3}\d{7}" + NUMBER_END, 0.2),)
    CONTEXT = ("voter", "voter id", "voter card", "epic", "epic number",
               "elector photo identity card", "election card")  # fmt: skip


_VEHICLE = (
    NUMBER_START
    + r"(?:[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}|[2-9][1-9]BH\d{4}[A-HJ-NP-Z]{2})"
    + NUMBER_END
)
_SERIES = re.compile(r"^([A-Z]{2})[ -]?(\d{1,2})[ -]?[A-Z]{1,3}[ -]?(\d{4})$")


class InVehicleRegistrationRecognizer(IdNumberRecognizer):
    """Registration marks such as MH 12 AB 1234 (state code checked) or 22BH1234AA.

    >>> [s.label for s in InVehicleRegistrationRecognizer().analyze("car no MH12AB1234")]
    ['IN_VEHICLE_REGISTRATION']
    """

    name = "in_vehicle_registration"
    label = IN_VEHICLE_REGISTRATION
    MIN_DIGITS = 4
    DIGIT_COUNTS = frozenset({4})
    TRIGGER = r"[A-Z][ -]?\d{4}"
    PATTERNS = (Pattern("in_vehicle", _VEHICLE, 0.6),)
    CONTEXT = ("rto", "vehicle", "plate", "registration", "car", "number plate", "kennzeichen",
               "immatriculation", "matrícula", "targa", "kenteken", "rejestracja")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if "BH" in value[2:4]:
            return None
        match = _SERIES.match(value)
        if match is None or match.group(1) not in _STATES:
            return False
        return False if match.group(3) == "0000" or int(match.group(2)) == 0 else None


class InGstinRecognizer(IdNumberRecognizer):
    """GSTIN: state code, the holder's PAN, entity number, Z and a check character.

    >>> [s.label for s in InGstinRecognizer().analyze("GSTIN 27AAPFU0939F1ZV")]
    ['IN_GSTIN']
    """

    name = "in_gstin"
    label = IN_GSTIN
    MIN_DIGITS = 6
    TOKEN_LENGTHS = frozenset({15})
    PATTERNS = (
        Pattern("gstin", NUMBER_START + r"\d{2}[A-Za-z]{5}\d{4}[A-Za-z][1-9A-Za-z][Zz][0-9A-Za-z]"
                + NUMBER_END, 0.8),
    )  # fmt: skip
    CONTEXT = ("gstin", "gst", "gst number", "gst no", "goods and services tax")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        # The shape (state code, a PAN, the Z) is distinctive enough to stand on its own
        # (the pattern's 0.8); a check character that fails leaves it unconfirmed.
        if checksums.in_gstin(value):
            return True
        return None if checksums.in_gstin_shape(value) else False
