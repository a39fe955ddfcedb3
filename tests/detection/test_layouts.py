"""Values written the way people group them: broken over a line, joined by dots or
dashes, in the groups of the card that prints them; and the look-alikes those layouts
must not swallow."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import Lexicon
from piiguard.detection.policy import field_phrase, identifier_token
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("iban:\nIE64 BOFI 1248\n1457 2458 70", "IBAN_CODE", "IE64 BOFI 1248\n1457 2458 70"),
        ("Bitte überweisen auf\nDE60 7015 0000\n3524 8521 16", "IBAN_CODE",
         "DE60 7015 0000\n3524 8521 16"),
        ("mijn iban\nNL29 SNSB\n6451 9506 59", "IBAN_CODE", "NL29 SNSB\n6451 9506 59"),
        ("virement sur FR76.0325.0912.3392.1918.1913.649", "IBAN_CODE",
         "FR76.0325.0912.3392.1918.1913.649"),
        ("nr konta:\n10 2490 6368 2338\n5668 9908 0308", "US_BANK_NUMBER",
         "10 2490 6368 2338\n5668 9908 0308"),
        ("numéro de sécurité sociale\n1 64 12\n50 474 122 35", "NATIONAL_ID",
         "1 64 12\n50 474 122 35"),
        ("NIR 2.8504.5286.3245.76", "NATIONAL_ID", "2.8504.5286.3245.76"),
        ("NI: KT-91-19-11-D", "UK_NINO", "KT-91-19-11-D"),
        ("CF: PVBVGA 94L15 B687O", "IT_FISCAL_CODE", "PVBVGA 94L15 B687O"),
        ("il mio codice fiscale\nTBVMME86\nL07C177B", "IT_FISCAL_CODE", "TBVMME86\nL07C177B"),
    ],
)  # fmt: skip
def test_values_in_the_layouts_people_type(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a failing IBAN over a line break is two things, even after its word
        "IBAN DE89 3704 0044\n0532 0130 01",
        "FR76.0325.0912.3392.1918.1913.648",  # dotted, check fails
        "order 1 23 45\n67 890 123 45",  # two lines that make no NIR
        "PVBVGA 94L15 B687X",  # check character (beside "CF" it would stand as a typo)
        "AB-12-34-56",  # no NINO letter
    ],
)
def test_layout_look_alikes_are_no_one_value(text: str) -> None:
    assert [pair for pair in found(text) if "\n" in pair[1] or pair[0] in (
        "IBAN_CODE", "NATIONAL_ID", "IT_FISCAL_CODE", "UK_NINO")] == []  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "bestelnummer 0309 8640 1017 nog niet ontvangen",  # an order's number, not a phone
        "el artículo 8702855169193 llegó roto",  # a product's EAN, not a Thai ID
        "EAN 4006381333931",
        "il link per reimpostare la password è scaduto",  # "expired", not the password
        "la contraseña ha caducado",
    ],
)
def test_references_and_words_beside_personal_words_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word", "field"),
    [
        ("Das Feld IBAN lässt sich nicht ausfüllen", "IBAN", True),
        ("el campo IBAN está vacío", "IBAN", True),
        ("mein PESEL fehlt", "PESEL", True),
        ("Iban Garcia llamó ayer", "Iban", False),  # a first name, written as one
    ],
)
def test_a_field_acronym_in_capitals_is_no_name(text: str, word: str, field: bool) -> None:
    start = text.index(word)
    assert identifier_token(text, start, start + len(word), Lexicon.load()) is field


@pytest.mark.parametrize(
    ("text", "words", "field"),
    [
        ("Das Feld IBAN lässt sich nicht ausfüllen", "Feld IBAN", True),
        ("bij het invullen van het IBAN-veld", "IBAN-veld", True),
        ("Anna IBAN", "Anna IBAN", False),  # a name beside it
        ("IBAN Kowalski", "IBAN Kowalski", False),
    ],
)
def test_a_field_acronym_with_ordinary_words_is_a_field(
    text: str, words: str, field: bool
) -> None:
    start = text.index(words)
    assert field_phrase(text, start, start + len(words), Lexicon.load()) is field
