"""UK NHS numbers (mod-11 check digit), passport numbers beside their words, DVLA
driving licence numbers and HMRC's Unique Taxpayer References."""

from __future__ import annotations

import re
from dataclasses import replace

from piiguard._types import Span
from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern
from piiguard.detection.recognizers.phone import reads_as_phone

UK_NHS = "UK_NHS"
UK_PASSPORT = "UK_PASSPORT"
UK_DRIVING_LICENCE = "UK_DRIVING_LICENCE"
UK_UTR = "UK_UTR"


GROUPED_SCORE = 0.6
_DVLA_SURNAME = re.compile(r"[A-Za-z]+9*")


class UkNhsRecognizer(IdNumberRecognizer):
    """NHS numbers: 10 digits, mod-11; one number in eleven passes the check, so ten
    digits in a row need an NHS word near. In the 3-3-4 grouping the NHS prints, a
    number that passes the check and cannot be read as a phone number (not valid in
    any of our regions, not in the North American layout: "401 023 2137") stands
    alone; a grouped number that is also a phone number ("221 395 1837") needs the word.

    >>> [s.label for s in UkNhsRecognizer().analyze("NHS number 221 395 1837")]
    ['UK_NHS']
    >>> [s.label for s in UkNhsRecognizer().analyze("401-023-2137")]
    ['UK_NHS']
    """

    name = "uk_nhs"
    label = UK_NHS
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    PATTERNS = (
        Pattern("nhs_grouped", NUMBER_START + r"\d{3}([- ])\d{3}\1\d{4}" + NUMBER_END, 0.3),
        Pattern("nhs", NUMBER_START + r"\d{10}" + NUMBER_END, 0.3),
    )
    CONTEXT = (
        "nhs", "nhs no", "nhs number", "national health service", "health service",
        "health authority", "health services authority", "patient number", "patient id",
        "patientennummer", "numéro de patient", "número de paciente", "numero paziente",
        "patiëntnummer", "numer pacjenta",
    )  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.uk_nhs(value)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        # the phone parse (the costly part) only for numbers whose check holds
        if pattern.name == "nhs_grouped" and checksums.uk_nhs(value) and not reads_as_phone(value):
            pattern = replace(pattern, score=GROUPED_SCORE)
        return super().check(text, start, end, pattern)


class UkPassportRecognizer(IdNumberRecognizer):
    """UK passport numbers (2 letters + 7 digits since 2015, 9 digits before), beside a
    passport word.

    >>> [s.label for s in UkPassportRecognizer().analyze("passport no. AB1234567")]
    ['UK_PASSPORT']
    """

    name = "uk_passport"
    label = UK_PASSPORT
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("pas", "travel", "hmpo", "majesty")
    PATTERNS = (Pattern("uk_passport", NUMBER_START + r"[A-Z]{2}\d{7}" + NUMBER_END, 0.2),)
    CONTEXT = (
        *_words.PASSPORT, "uk passport", "british passport", "hm passport", "hmpo",
        "her majesty", "his majesty",
    )  # fmt: skip


class UkDrivingLicenceRecognizer(IdNumberRecognizer):
    """DVLA numbers: surname (padded with 9), birth decade, month (+50), day, year,
    initials, a digit and two letters; 16 characters of that shape stand alone, in
    lower case beside a licence word.

    >>> [s.label for s in UkDrivingLicenceRecognizer().analyze("licence MORGA607054SM9IJ")]
    ['UK_DRIVING_LICENCE']
    """

    name = "uk_driving_licence"
    label = UK_DRIVING_LICENCE
    MIN_DIGITS = 7
    TOKEN_LENGTHS = frozenset({16})
    PATTERNS = (
        Pattern(
            "dvla",
            NUMBER_START + r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}" + NUMBER_END,
            0.6,
            re.IGNORECASE,
        ),
    )
    LOWER_CASE_SCORE = 0.2
    CONTEXT = ("driving licence", "driving license", "driver licence", "licence number",
               "dvla", "licence", "license")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        # The surname's letters come first, 9s only pad it ("MORGA", "LEE99"): not
        # "99999", not "MO9G9".
        if _DVLA_SURNAME.fullmatch(value[:5]) is None:
            return False
        return checksums.uk_driving_licence(value)


class UkUtrRecognizer(IdNumberRecognizer):
    """HMRC Unique Taxpayer Reference: 10 digits (also 5 + 5), a check digit first (one
    number in eleven passes), beside a UTR or self-assessment word; never alone (ten
    digits are as often an order or a phone number).

    >>> [s.label for s in UkUtrRecognizer().analyze("my UTR is 8177430337")]
    ['UK_UTR']
    """

    name = "uk_utr"
    label = UK_UTR
    MIN_DIGITS = 10
    ANSWERS_ALONE = False
    TRIGGER_WORDS = ("utr", "taxpayer", "self assessment", "self-assessment", "hmrc",
                     "tax reference")  # fmt: skip
    PATTERNS = (Pattern("utr", NUMBER_START + r"\d{5} ?\d{5}" + NUMBER_END, 0.2),)
    CONTEXT = ("utr", "utr number", "unique taxpayer reference", "taxpayer reference",
               "self assessment", "self-assessment", "hmrc", "tax reference")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.uk_utr(value)
