"""A key word glued to its value by a dot, as key-value strings and subprotocols write
them (edge17's `acct.12345678`): the value is found as after a space. Look-alikes: the
same digits after a word that keys nothing, inside a dotted name or a link, a version."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("acct.12345678", "12345678"),
        ("pin.4821", "4821"),
        ("PIN.4821 please", "4821"),
        ("bsn.193613645", "193613645"),
        ("tel.+49 30 1234567", "+49 30 1234567"),
    ],
)
def test_a_value_keyed_by_a_word_and_a_dot(text: str, value: str) -> None:
    assert value in found.values(text)


@pytest.mark.parametrize(
    "text",
    [
        "fig.4821",
        "v1.4821",
        "config.pin.4821",
        "see page.12 of the manual",
        "acc.2",
        "see pin.2024.log for details",
    ],
)
def test_dots_that_key_nothing(text: str) -> None:
    assert not found(text)
