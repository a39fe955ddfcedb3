"""Context words written as keys and fields write them ("account_number", "phone_number"),
as tool arguments and logs carry them in prose; and an 18-digit account number."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("account_number 87654321", "US_BANK_NUMBER", "87654321"),
        ("account_number: 370400440532013000", "US_BANK_NUMBER", "370400440532013000"),
        ("my account number is 370400440532013000", "US_BANK_NUMBER", "370400440532013000"),
        ("phone_number 0612345678", "PHONE_NUMBER", "0612345678"),
    ],
)
def test_a_key_written_with_underscores_names_its_value(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "order_id 40019287 shipped",  # a negative word glued the same way still vetoes
        "ticket_number 61230044 closed",
        "account_number 1234567890123456789012",  # too long for an account
    ],
)
def test_look_alikes(text: str) -> None:
    assert [label for label, _ in found(text) if label in ("US_BANK_NUMBER", "PHONE_NUMBER")] == []
