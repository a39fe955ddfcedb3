"""US ITIN recognizer: the IRS's groups (Presidio's rule), context for bare digits, and
9xx numbers right after a taxpayer word; with the SSN recognizer in one detector."""

from __future__ import annotations

import pytest

from piiguard.detection.checksums import us_itin
from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import UsItinRecognizer, UsSsnRecognizer
from tests.detection._found import Found

ITIN_ONLY = Detector([UsItinRecognizer()])
TAXPAYER = Detector([UsSsnRecognizer(), UsItinRecognizer()])


found = Found(ITIN_ONLY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ITIN groups 50-65, 70-88, 90-92, 94-99, with separators: found without context
        ("912-70-1234", [("US_ITIN", "912-70-1234")]),
        ("my ITIN is 999 50 1234.", [("US_ITIN", "999 50 1234")]),
        ("ITIN: 900.65.0001", [("US_ITIN", "900.65.0001")]),
        ("912-88-1234 and 912-90-1234", [("US_ITIN", "912-88-1234"), ("US_ITIN", "912-90-1234")]),
        ("individual taxpayer number 912-94-1234", [("US_ITIN", "912-94-1234")]),
        # bare digits need a context word
        ("itin 912701234", [("US_ITIN", "912701234")]),
        ("ssn 912991234", [("US_ITIN", "912991234")]),
        # any 9xx number right after the word ITIN (the user calls it one)
        ("ITIN 955-01-2345", [("US_ITIN", "955-01-2345")]),
        ("itin no. 900491234", [("US_ITIN", "900491234")]),
    ],
)
def test_finds_itin(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "912701234",  # bare digits without context
        "912-93-1234",  # group 93 is not an ITIN group
        "912-12-3456",  # not an ITIN group, no taxpayer word
        "812-70-1234",  # not the 9xx area
        "912-70/1234",  # mixed separators
        "itin 912-70-0000",  # serial 0000
        "order 912-70-1234",  # a veto word
        "call 912-70-1234",
        "tax id 536-22-1234",  # an SSN, not the 9xx area
        # outside the ITIN groups after a generic taxpayer word: the SSN recognizer's
        "tax id 912-12-3456",
        "my tax id 911-89-1234",  # Presidio's test: group 89 is no ITIN
        "taxpayer id: 900491234",
        "TIN 955-01-2345",
        "tax id 123, then 912-12-3456",  # the taxpayer word belongs to another value
        "1912-70-12345",  # inside a longer number
    ],
)
def test_rejects(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the label says what kind of number it is (documented in us_ssn.py / us_itin.py)
        ("SSN 912-12-3456", [("US_SSN", "912-12-3456")]),  # 9xx given as an SSN
        ("SSN 912-70-1234", [("US_ITIN", "912-70-1234")]),  # an ITIN given as an SSN
        ("ITIN 912-12-3456", [("US_ITIN", "912-12-3456")]),
        ("social security 536-22-1234", [("US_SSN", "536-22-1234")]),
        ("contact a@example.com, SSN 955-49-1234, card", [("US_SSN", "955-49-1234")]),
        ("912-12-3456", [("US_SSN", "912-12-3456")]),  # a 9xx number in the SSN shape
        ("912121234", []),  # bare digits need a word
        ("ssn 912121234", [("US_SSN", "912121234")]),
        ("tax id 912121234", [("US_SSN", "912121234")]),
        ("tax id 912-12-3456", [("US_SSN", "912-12-3456")]),
        ("my tax id 911-89-1234", [("US_SSN", "911-89-1234")]),
        ("taxpayer id: 900491234", [("US_SSN", "900491234")]),
        ("TIN 955-01-2345", [("US_SSN", "955-01-2345")]),
        ("itin 912121234", [("US_ITIN", "912121234")]),
        ("tax id 912-70-1234", [("US_ITIN", "912-70-1234")]),  # an ITIN group
        ("tax id 123, then 912121234", []),  # the word belongs to another value
    ],
)
def test_ssn_and_itin_together(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TAXPAYER) == expected


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        *((f"912-{g:02d}-1234", True) for g in (50, 65, 70, 88, 90, 92, 94, 99)),
        *((f"912-{g:02d}-1234", False) for g in (1, 49, 66, 69, 89, 93)),
        ("812-70-1234", False),
        ("91270123", False),
    ],
)
def test_itin_groups(value: str, valid: bool) -> None:
    assert us_itin(value) is valid


def test_default_detector_masks_9xx_after_ssn() -> None:
    text = "Synthetic record: contact jdoe@example.com, SSN 961-23-4567, card 4111-1111-1111-1111"
    labels = [s.label for s in Detector.patterns().detect(text)]
    assert labels == ["EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD"]
