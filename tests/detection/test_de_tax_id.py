"""German Steuer-ID (IdNr): python-stdnum's structure rule and check digit, and the
numbers of ten different digits Presidio's tests read as one (`de_ids._ten_different_digits`)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.de_ids import DE_TAX_ID, DeTaxIdRecognizer
from tests.detection._found import Found

DETECTOR = Detector([DeTaxIdRecognizer()])


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one digit repeated, ISO 7064 check (python-stdnum's reading)
        ("36574261809", "36574261809"),
        ("Steuer-ID 36 574 261 809", "36 574 261 809"),
        # ten different digits and the check (Presidio's cases)
        ("12345678903", "12345678903"),
        ("98765432106", "98765432106"),
        ("10234567898", "10234567898"),
        ("Meine Steuer-ID: 12345678903.", "12345678903"),
        ("IdNr. 98765432106 liegt vor.", "98765432106"),
    ],
)
def test_finds_tax_id(text: str, value: str) -> None:
    assert found(text) == [(DE_TAX_ID, value)]


@pytest.mark.parametrize(
    "text",
    [
        "12345678901",  # check digit fails
        "98765432100",
        "02345678901",  # leading zero
        "11111111111",  # one digit throughout
        "11112345678",  # a digit four times
        "1234567890",  # ten digits
        "123456789030",  # twelve
        # two digits repeated with a holding check: Presidio's reading takes them (8.4 % of
        # random 11-digit numbers), the BZSt issues none
        "98713789056",
        "20064438270",
        # ten different digits named as something else
        "Bestellnummer 12345678903",
        "my order number is 12345678903",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []
