"""`Lexicon.camel_case_names` skips an ASCII text without a small letter right before a
capital (`_ASCII_CAMEL_JOINT`): every word `_camel_parts` splits has one, so it finds what
the scan of every word finds. The scan without the skip is the reference: a table, then
the timing corpus and texts made of names joined in camel case."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from piiguard.detection import lexicon as lexicon_module
from piiguard.detection.lexicon import Lexicon

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import iter_texts


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def every_word(lexicon: Lexicon, text: str) -> list[tuple[int, int]]:
    """`camel_case_names` as it was: every word of four letters or more tried."""
    if text.islower():
        return []
    return [
        m.span() for m in lexicon_module._CAMEL.finditer(text) if lexicon._camel_case_name(m[0])
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ask AnnaKowalski now", [(4, 16)]),
        ("JanNowak", [(0, 8)]),
        ("AnnaMariaKowalski wrote", [(0, 17)]),
        ("Anna Kowalski", []),  # two words: no joint inside a word
        ("ANNAKOWALSKI", []),  # capitals only
        ("annakowalski", []),
        ("AnnaKowalski\u00e9", []),  # not ASCII: scanned as before
        ("Ola ŁukaszNowak", [(4, 15)]),
        ("", []),
    ],
)
def test_camel_names_table(lexicon: Lexicon, text: str, found: list[tuple[int, int]]) -> None:
    assert lexicon.camel_case_names(text) == found == every_word(lexicon, text)


def _camel_texts() -> list[str]:
    """Names joined in camel case, alone, in a sentence, glued to punctuation."""
    rng = random.Random(16)
    firsts = ["Anna", "Jan", "Maria", "Piotr", "Lukas", "Sophie", "Jean", "Giulia"]
    lasts = ["Kowalski", "Nowak", "Schmidt", "Dubois", "Rossi", "Jansen", "Garcia"]
    out = []
    for _ in range(300):
        name = rng.choice(firsts) + rng.choice(lasts)
        if rng.random() < 0.3:
            name += rng.choice(lasts)
        out += [name, f"ask {name} now", f"({name}).", name.lower(), name.upper()]
    return out


def test_camel_names_as_every_word_found_them(lexicon: Lexicon) -> None:
    texts = [*iter_texts(2000), *_camel_texts()]
    assert any(lexicon.camel_case_names(t) for t in texts)
    for text in texts:
        assert lexicon.camel_case_names(text) == every_word(lexicon, text), text
