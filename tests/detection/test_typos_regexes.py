"""The elision regex written from its space is the regex it replaces, and the "c" for
"c'est" needs a "c" between two spaces (`piiguard.detection.typos`)."""

from __future__ import annotations

import random
import re

import pytest

from piiguard.detection import typos
from piiguard.detection.typos import correct_typos

_AS_WRITTEN = re.compile(
    r"(?<!(?<!\S)\w \w )(?<![\w'-])(?:[cdjlmn]|qu)( )(?=[aeiouyhàâäéèêëîïôöûüœ][^\W\d_])"
    r"(?![^\W\d_]{1,2} ?\d)"
)


@pytest.mark.parametrize(
    ("text", "spaces"),
    [
        ("c est", [(1, 2)]),
        ("l indirizzo", [(1, 2)]),
        ("qu il", [(2, 3)]),
        ("(c est)", [(2, 3)]),
        ("c est c est", [(1, 2), (7, 8)]),
        ("c c est", [(3, 4)]),
        ("qu est-ce qu il", [(2, 3), (12, 13)]),
        ("d identité", [(1, 2)]),
        # look-alikes: no elision
        ("xc est", []),
        ("'c est", []),
        ("-l est", []),
        ("c  est", []),
        ("qu  est", []),
        ("c 1est", []),
        ("vitamin c 1000", []),
        ("Kennzeichen m ab 1234", []),  # a German plate's district and letters
        ("m ab1234", []),
        ("v a n d apenstaartje", []),  # a name spelt out letter by letter
        ("a n n a b e l l e m arobase", []),
        ("il a d abord", [(6, 7)]),
        ("il a qu il", [(7, 8)]),
        ("x a qu il", []),
    ],
)
def test_elision_spaces(text: str, spaces: list[tuple[int, int]]) -> None:
    assert [m.span(1) for m in typos._ELISION.finditer(text)] == spaces
    assert [m.span(1) for m in _AS_WRITTEN.finditer(text)] == spaces


def test_elision_regex_is_the_regex_as_written() -> None:
    rng = random.Random(11)
    alphabet = "cdjlmnqu ae'-xé1_hœ\n\t"
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert [m.span(1) for m in typos._ELISION.finditer(text)] == [
            m.span(1) for m in _AS_WRITTEN.finditer(text)
        ], text


def test_every_sms_cest_is_a_c_between_spaces() -> None:
    rng = random.Random(12)
    alphabet = "c 1ma\u00e0x\nson"
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        if typos._SMS_CEST.search(text):
            assert " c " in text, text


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("mon code pin c 4819", "mon code pin c'est 4819"),
        ("0630224449 c mon num", "0630224449 c'est mon num"),
        ("vitamin c1000", None),
        ("c 4819", None),  # no word before it
    ],
)
def test_sms_cest_view(text: str, view: str | None) -> None:
    corrected = correct_typos(text)
    assert (corrected.text if corrected else None) == view
