"""US SSN, UK NINO and NATIONAL_ID (PL PESEL, ES DNI/NIE, FR NIR) recognizers."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import (
    NationalIdRecognizer,
    UkNinoRecognizer,
    UsSsnRecognizer,
)

DETECTOR = Detector([UsSsnRecognizer(), UkNinoRecognizer(), NationalIdRecognizer()])


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # US SSN
        ("my ssn is 536-22-1234", [("US_SSN", "536-22-1234")]),
        ("SSN: 138 73 1034", [("US_SSN", "138 73 1034")]),
        ("social security number 262168118", [("US_SSN", "262168118")]),
        # UK NINO
        ("NI number AB 12 34 56 C", [("UK_NINO", "AB 12 34 56 C")]),
        ("my nino is ce123456d", [("UK_NINO", "ce123456d")]),
        ("JG103759A", [("UK_NINO", "JG103759A")]),
        # PL PESEL
        ("mój PESEL to 44051401359", [("NATIONAL_ID", "44051401359")]),
        ("pesel 02270803624.", [("NATIONAL_ID", "02270803624")]),
        # ES DNI / NIE
        ("DNI 12345678Z", [("NATIONAL_ID", "12345678Z")]),
        ("mi dni es 18034063-Q", [("NATIONAL_ID", "18034063-Q")]),
        ("NIE X1234567L", [("NATIONAL_ID", "X1234567L")]),
        ("nie: Y-1234567-X", [("NATIONAL_ID", "Y-1234567-X")]),
        # FR NIR
        ("NIR 1 84 12 76 451 089 46", [("NATIONAL_ID", "1 84 12 76 451 089 46")]),
        ("sécurité sociale 172023201312126", [("NATIONAL_ID", "172023201312126")]),
        ("corse 2 69 05 2A 123 456 88", [("NATIONAL_ID", "2 69 05 2A 123 456 88")]),
    ],
)
def test_finds_id(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # SSN rules: area 000/666/9xx, group 00, serial 0000, published examples
        "ssn 000-12-3456",
        "ssn 666-12-3456",
        "ssn 912-12-3456",
        "ssn 536-00-1234",
        "ssn 536-22-0000",
        "ssn 123-45-6789",
        "536-22/1234",  # mixed separators
        "order 536221234",  # bare digits without SSN context
        # NINO prefix/suffix rules
        "NI DA 12 34 56 C",
        "NI GB 12 34 56 C",
        "NI AB 12 34 56 E",
        "NI AO 12 34 56 C",
        # PESEL: checksum and date
        "pesel 44051401358",
        "pesel 44133101358",
        # DNI/NIE letter
        "DNI 12345678A",
        "NIE X1234567A",
        # NIR key
        "NIR 1 84 12 76 451 089 47",
        "tracking 12345678901",
    ],
)
def test_rejects_invalid(text: str) -> None:
    assert found(text) == []
