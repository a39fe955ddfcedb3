"""Lead words typed with one slip (`piiguard.detection.typos`): the value after them is
found as after the word, and words that only look like a slip stay what they are."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector, detection_view
from piiguard.detection.typos import correct_typos
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("wachtwoors is grachten66", "CREDENTIAL", "grachten66"),  # a letter mistyped
        ("my pasword is Abc123!", "CREDENTIAL", "Abc123!"),  # left out
        ("mein Passwrot ist Herbst2023!", "CREDENTIAL", "Herbst2023!"),  # swapped
        ("PASSWROD: Tulpe#77", "CREDENTIAL", "Tulpe#77"),  # in capitals
        ("numéro de pasport 17OF83321", "PASSPORT", "17OF83321"),
        ("ｍｙ pasword is Ｘyz12345!", "CREDENTIAL", "Ｘyz12345!"),  # with a disguise too
        ("the securty code on the back is 564", "CREDENTIAL", "564"),  # a phrase's first word
        ("the secruity code is 564", "CREDENTIAL", "564"),
    ],
)
def test_a_value_after_a_slipped_lead_word_is_found(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I passed the test with 95%",  # an ordinary word one slip from "password"
        "Pasquale 12345678",  # a name
        "the passwords are 12 characters long",  # the word itself, no value
        "mein Passwort ist zu kurz",
        "the security code is on the back",  # the word itself
    ],
)
def test_words_that_look_like_slips_change_nothing(text: str) -> None:
    assert correct_typos(text) is None
    assert found(text) == []


def test_the_view_keeps_offsets_of_the_original() -> None:
    text = "ｍｙ pasword is Ｘyz12345!"
    view = detection_view(text)
    assert view is not None and view.text == "my password is Xyz12345!"
    start = view.text.index("Xyz")
    assert view.span(start, len(view.text)) == (text.index("Ｘ"), len(text))


def test_a_letter_whose_lower_case_is_longer_leaves_the_text_alone() -> None:
    assert correct_typos("İstanbul pasword is x") is None
