"""US SSN recognizer: area/group/serial rules, separators, context for bare digits."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import UsSsnRecognizer
from tests.detection._found import Found

DETECTOR = Detector([UsSsnRecognizer()])


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # US SSN
        ("my ssn is 536-22-1234", [("US_SSN", "536-22-1234")]),
        ("SSN: 138 73 1034", [("US_SSN", "138 73 1034")]),
        ("social security number 262168118", [("US_SSN", "262168118")]),
        # the 9xx area (the IRS's): a taxpayer number in the SSN shape (as Presidio has it)
        ("ssn 912-12-3456", [("US_SSN", "912-12-3456")]),
        ("Please review: a@example.com, 912-34-5678, 4111", [("US_SSN", "912-34-5678")]),
        ("SSN: 955-49-1234, card", [("US_SSN", "955-49-1234")]),
        ("my social security number is 999 01 2345", [("US_SSN", "999 01 2345")]),
        ("ssn 912123456", [("US_SSN", "912123456")]),
        # the SSN word belongs to the first number only: bare 9xx digits need their own
        ("ssn 536-22-1234, then 912123456", [("US_SSN", "536-22-1234")]),
    ],
)
def test_finds_id(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # SSN rules: area 000/666, group 00, serial 0000, published examples
        "ssn 000-12-3456",
        "ssn 666-12-3456",
        "912123456",  # 9xx bare digits without an SSN word right before
        "call 912-12-3456",
        "ssn 912-00-3456",
        "ssn 912-12-0000",
        "ssn 912-70-1234",  # ITIN-shaped: the ITIN recognizer's (US_ITIN)
        "ssn 536-00-1234",
        "ssn 536-22-0000",
        "ssn 123-45-6789",
        "536-22/1234",  # mixed separators
        "order 536221234",  # bare digits without SSN context
    ],
)
def test_rejects_invalid(text: str) -> None:
    assert found(text) == []
