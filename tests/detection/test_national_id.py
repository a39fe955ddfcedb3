"""National IDs: PL PESEL, ES DNI/NIE (Presidio's labels), FR NIR, with their check digits."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import NationalIdRecognizer
from tests.detection._found import Found

DETECTOR = Detector([NationalIdRecognizer()])


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PL PESEL
        ("mój PESEL to 44051401359", [("PL_PESEL", "44051401359")]),
        ("pesel 02270803624.", [("PL_PESEL", "02270803624")]),
        # ES DNI / NIE
        ("DNI 12345678Z", [("ES_NIF", "12345678Z")]),
        ("mi dni es 18034063-Q", [("ES_NIF", "18034063-Q")]),
        ("NIF 1111111-G", [("ES_NIF", "1111111-G")]),
        ("NIE X1234567L", [("ES_NIE", "X1234567L")]),
        ("nie: Y-1234567-X", [("ES_NIE", "Y-1234567-X")]),
        # over lines, broken anywhere, after its own word
        ("mi DNI\n73874\n725J", [("ES_NIF", "73874\n725J")]),
        ("DNI:\n73874725\nJ", [("ES_NIF", "73874725\nJ")]),
        ("mi NIE es\nX1234\n567L", [("ES_NIE", "X1234\n567L")]),
        ("dni\r\n1234\r\n5678Z", [("ES_NIF", "1234\r\n5678Z")]),
        # ... or in groups of its writer's own, after its own word
        ("DNI: 73874 725J", [("ES_NIF", "73874 725J")]),
        ("mi DNI es 7387 4725J", [("ES_NIF", "7387 4725J")]),
        ("DNI 12 345 678 Z", [("ES_NIF", "12 345 678 Z")]),
        ("el NIF 1234-5678-Z", [("ES_NIF", "1234-5678-Z")]),
        ("NIE: X 123 45 67 L", [("ES_NIE", "X 123 45 67 L")]),
        ("nie y.123.4567.x", [("ES_NIE", "y.123.4567.x")]),
        # FR NIR
        ("NIR 1 84 12 76 451 089 46", [("NATIONAL_ID", "1 84 12 76 451 089 46")]),
        ("sécurité sociale 172023201312126", [("NATIONAL_ID", "172023201312126")]),
        ("corse 2 69 05 2A 123 456 88", [("NATIONAL_ID", "2 69 05 2A 123 456 88")]),
    ],
)
def test_finds_id(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


INVALID = [
    # PESEL: checksum and date
    ("pesel 44051401358", "PL_PESEL", "44051401358"),
    ("pesel 44133101358", "PL_PESEL", "44133101358"),
    # DNI/NIE letter
    ("DNI 12345678A", "ES_NIF", "12345678A"),
    ("NIE X1234567A", "ES_NIE", "X1234567A"),
    # NIR key
    ("NIR 1 84 12 76 451 089 47", "NATIONAL_ID", "1 84 12 76 451 089 47"),
    ("63102216937 to mój pesel", "PL_PESEL", "63102216937"),
]


@pytest.mark.parametrize(("text", "label", "value"), INVALID)
def test_an_invalid_value_beside_its_own_word_is_still_masked(
    text: str, label: str, value: str
) -> None:
    """A typo in one's PESEL is still one's PESEL."""
    assert found(text) == [(label, value)]


@pytest.mark.parametrize(
    "text",
    [
        *(f"it reads {value} there" for _, _, value in INVALID),
        "invalid PESEL 44051401358",
        "id 44051401358",  # a generic word does not name a PESEL
        "tracking 12345678901",
        # over lines: the letter must hold and the DNI/NIE be named right before
        "mi DNI\n73874\n725K",
        "pedido\n73874\n725J",
        "DNI 12\n\n73874\n725J",
        "NIE\nX1234\n567A",
        # in groups: the same
        "mi DNI es 7387 4725K",
        "el pedido 73874 725J",
        "DNI 12 y 3 copias",
        "NIE: X 123 45 67 A",
        "DNI renovado el 12.03.2024 a las 10.30 h",
    ],
)
def test_rejects_invalid(text: str) -> None:
    assert found(text) == []
