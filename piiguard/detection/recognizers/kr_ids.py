"""Korean resident (KR_RRN) and foreigner (KR_FRN) registration numbers, business
registration numbers (KR_BRN), passport (KR_PASSPORT) and driver's licence numbers
(KR_DRIVER_LICENSE)."""

from __future__ import annotations

import re
from dataclasses import replace

from piiguard._types import Span
from piiguard.detection import checksums
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

KR_RRN = "KR_RRN"
KR_BRN = "KR_BRN"
KR_FRN = "KR_FRN"

# Korean text runs particles into the value's neighbours ("M123A4567입니다"): only a
# Latin letter or digit ends a Korean value early.
_KR_START = r"(?<![A-Za-z0-9.,/-])"
_KR_END = r"(?![A-Za-z0-9]|[.,/-]\d)"
UNCHECKED_SCORE = 0.2


def _unchecked_needs_word(value: str, pattern: Pattern) -> Pattern:
    """Thirteen digits in a row without a valid check digit (issued since October 2020,
    or not an RRN at all) score `UNCHECKED_SCORE`: an RRN word must be near. In the
    dashed layout the number stands alone either way."""
    if "-" in value or checksums.kr_rrn(value) or checksums.kr_frn(value):
        return pattern
    return replace(pattern, score=UNCHECKED_SCORE)


_RRN = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"


class KrRrnRecognizer(IdNumberRecognizer):
    """YYMMDD-SXXXXXX. Numbers issued before October 2020 carry a check digit and stand
    alone (date, sex digit 1-4 and check digit leave about one 13-digit run in a
    thousand); newer ones (random tail) need an RRN word. Sex digits 5-8 are foreigners'
    numbers (Presidio's KR_FRN), not reported here.

    >>> [s.label for s in KrRrnRecognizer().analyze("RRN 960121-1021413")]
    ['KR_RRN']
    """

    name = "kr_rrn"
    label = KR_RRN
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    TRIGGER = r"\d{6}-?\d{7}"
    PATTERNS = (
        Pattern("rrn_dashed", NUMBER_START + _RRN + r"-[1-4]\d{6}" + NUMBER_END, 0.8),
        Pattern("rrn", NUMBER_START + _RRN + r"[1-4]\d{6}" + NUMBER_END, 0.5),
    )
    CONTEXT = ("rrn", "rrn#", "resident registration number", "korean rrn",
               "korean resident registration number", "주민등록번호", "주민번호")  # fmt: skip
    CONTEXT_BOOST = 0.3
    LONE_UNCHECKED = True  # a real birth date and sex digit: typed alone, it answers

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if checksums.kr_rrn(value):
            return True
        return None if checksums.kr_rrn_date(value) else False

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        return super().check(text, start, end, _unchecked_needs_word(text[start:end], pattern))


class KrBrnRecognizer(IdNumberRecognizer):
    """Business registration numbers (weighted check digit): in their NNN-NN-NNNNN
    layout they stand alone, ten digits in a row or in groups split by spaces need a
    BRN word.

    >>> [s.label for s in KrBrnRecognizer().analyze("사업자등록번호 134-86-72683")]
    ['KR_BRN']
    """

    name = "kr_brn"
    label = KR_BRN
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    PATTERNS = (
        Pattern("brn_dashed", _KR_START + r"\d{3}-\d{2}-\d{5}" + _KR_END, 0.6),
        Pattern("brn_spaced", _KR_START + r"\d{3} \d{2} \d{5}" + _KR_END, 0.3),
        Pattern("brn", _KR_START + r"\d{10}" + _KR_END, 0.3),
    )
    CONTEXT = ("brn", "business registration number", "korean brn", "사업자등록번호",
               "사업자번호", "사업자 등록번호")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.kr_brn(value)


class KrFrnRecognizer(IdNumberRecognizer):
    """Foreigner registration numbers: an RRN's shape with sex/century digit 5-8; with a
    valid check digit (issued before October 2020) they stand alone.

    >>> [s.label for s in KrFrnRecognizer().analyze("FRN 000505-7637892")]
    ['KR_FRN']
    """

    name = "kr_frn"
    label = KR_FRN
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    PATTERNS = (
        Pattern("frn_dashed", NUMBER_START + _RRN + r"-[5-8]\d{6}" + NUMBER_END, 0.8),
        Pattern("frn", NUMBER_START + _RRN + r"[5-8]\d{6}" + NUMBER_END, 0.5),
    )
    CONTEXT = ("frn", "foreigner registration number", "korean frn", "alien registration",
               "외국인등록번호", "외국인번호")  # fmt: skip
    CONTEXT_BOOST = 0.3
    LONE_UNCHECKED = True

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if checksums.kr_frn(value):
            return True
        return None if checksums.kr_rrn_date(value) else False

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        return super().check(text, start, end, _unchecked_needs_word(text[start:end], pattern))


KR_PASSPORT = "KR_PASSPORT"
KR_DRIVER_LICENSE = "KR_DRIVER_LICENSE"



class KrPassportRecognizer(IdNumberRecognizer):
    """Passport numbers (M, S, R, O or D; three digits, a letter, four digits; before
    2021 eight digits), beside a passport word: no check digit.

    >>> [s.label for s in KrPassportRecognizer().analyze("여권번호는 M123A4567입니다")]
    ['KR_PASSPORT']
    """

    name = "kr_passport"
    label = KR_PASSPORT
    MIN_DIGITS = 7
    TRIGGER_WORDS = ("pas", "여권", "travel")
    PATTERNS = (
        Pattern("kr_passport", _KR_START + r"[MSROD]\d{3}[A-Z]\d{4}" + _KR_END, 0.1,
                re.IGNORECASE),
        Pattern("kr_passport_old", _KR_START + r"[MSROD]\d{8}" + _KR_END, 0.05, re.IGNORECASE),
    )  # fmt: skip
    CONTEXT = (*_words.PASSPORT, "korean passport", "korean passport number", "여권",
               "여권번호", "대한민국 여권")  # fmt: skip
    # A passport word gives 0.6: a US passport's shape ("M12345678") at 0.7 keeps it.
    CONTEXT_BOOST = 0.5


_KR_REGIONS = r"(?:1[1-9]|2[0-68])"  # licensing regions 11-26 and 28


class KrDriverLicenseRecognizer(IdNumberRecognizer):
    """Driver's licence numbers: region (11-28), year, serial, two check digits that are
    not public. In the printed grouping ("11-22-123456-12") they stand alone; twelve
    digits in a row need a licence word.

    >>> [s.label for s in KrDriverLicenseRecognizer().analyze("11-22-123456-12")]
    ['KR_DRIVER_LICENSE']
    """

    name = "kr_driver_license"
    label = KR_DRIVER_LICENSE
    MIN_DIGITS = 12
    DIGIT_COUNTS = frozenset({12})
    PATTERNS = (
        Pattern("kr_dl_grouped", _KR_START + _KR_REGIONS + r"(?P<s>[- ])\d{2}(?P=s)\d{6}(?P=s)\d{2}"
                + _KR_END, 0.6),
        Pattern("kr_dl", _KR_START + _KR_REGIONS + r"\d{10}" + _KR_END, 0.1),
    )  # fmt: skip
    CONTEXT = (*_words.DRIVER_LICENCE, "운전면허", "운전면허번호", "면허번호",
               "korean driver license", "korean driver's license")  # fmt: skip
    CONTEXT_BOOST = 0.5
