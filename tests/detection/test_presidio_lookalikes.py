"""Look-alikes of the shapes Presidio's own test cases take that piiguard leaves to a
word or a check digit (benchmarks/RESULTS.md, section parity10): Presidio's reading of each shape
masks these, the whole pattern detector keeps them clean."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector

DETECTOR = Detector.patterns()


@pytest.mark.parametrize(
    "text",
    [
        # DE_ID_CARD: T + 8 digits without its check digit is a ticket's or parcel's id
        "T12345678",
        "see ticket T55994960",
        "t22000129",
        # DE_TAX_NUMBER: 13 digits from 01-16 are US and Canadian barcodes (EAN-13)
        "0712345678905",
        "EAN 0912345678904",
        # KR_DRIVER_LICENSE: a fifth of all 12-digit numbers start with a region code
        "112212345612",
        # SG_NRIC_FIN: a letter, 7 digits and a letter whose check letter fails
        "T1234567Z",
        "Artikel G1122144L",
        # TR_LICENSE_PLATE in lower case: grades, amounts, ranges, dates typed alone
        "15 sur 20",
        "10 mil 500",
        "20 for 2000",
        "12 dec 2024",
        "34 abc 1234",
        # IT_VAT_CODE: numbers listed without a word whose check fails are references
        # (a list whose member passes it is read: tests/detection/test_lone_lists.py)
        "12345678901 and 23456789012",
        "12345678 and 01333550323",
        # a barcode's word before a number that an international prefix would read as a
        # phone; a Spanish "y" (and) between two numbers is no DNI's letter
        "EAN 0012345678905",
        "barcode 0048123456789",
        "60741074 y 657642295",
    ],
)
def test_presidio_shapes_stay_clean(text: str) -> None:
    assert [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)] == []
