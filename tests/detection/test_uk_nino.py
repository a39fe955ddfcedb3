"""UK NINO recognizer: HMRC prefix and suffix rules."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import UkNinoRecognizer
from tests.detection._found import Found

DETECTOR = Detector([UkNinoRecognizer()])


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UK NINO
        ("NI number AB 12 34 56 C", [("UK_NINO", "AB 12 34 56 C")]),
        ("my nino is ce123456d", [("UK_NINO", "ce123456d")]),
        ("JG103759A", [("UK_NINO", "JG103759A")]),
    ],
)
def test_finds_id(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # NINO prefix/suffix rules
        "NI DA 12 34 56 C",
        "NI GB 12 34 56 C",
        "NI AB 12 34 56 E",
        "NI AO 12 34 56 C",
        "JG103759",  # no suffix letter
        "SKU AB123456CD",  # glued to more letters
        "room AB 12 34 56",
    ],
)
def test_rejects_invalid(text: str) -> None:
    assert found(text) == []
