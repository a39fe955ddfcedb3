"""Korean resident (KR_RRN) and foreigner (KR_FRN) registration numbers, and business
registration numbers (KR_BRN)."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

KR_RRN = "KR_RRN"
KR_BRN = "KR_BRN"
KR_FRN = "KR_FRN"

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

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if checksums.kr_rrn(value):
            return True
        return None if checksums.kr_rrn_date(value) else False


class KrBrnRecognizer(IdNumberRecognizer):
    """Business registration numbers (NNN-NN-NNNNN, weighted check digit), beside a word.

    >>> [s.label for s in KrBrnRecognizer().analyze("사업자등록번호 134-86-72683")]
    ['KR_BRN']
    """

    name = "kr_brn"
    label = KR_BRN
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("brn", "business registration", "사업자")
    PATTERNS = (Pattern("brn", NUMBER_START + r"\d{3}-?\d{2}-?\d{5}" + NUMBER_END, 0.3),)
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

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if checksums.kr_frn(value):
            return True
        return None if checksums.kr_rrn_date(value) else False
