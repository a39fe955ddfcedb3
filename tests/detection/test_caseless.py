"""`CaselessWords.found_in` answers what the IGNORECASE alternation of its words answers:
a table (cases, the characters where lower-casing and IGNORECASE part), the argument
checked against every code point, and the lexicon's word lists against their IGNORECASE
alternations on the timing corpus and on texts made of their own words."""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from piiguard.detection import lexicon
from piiguard.detection.caseless import _ODD_CASE, CHECKED_LETTERS, CaselessWords

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import iter_texts

WORD_LISTS = {
    "naming": lexicon._NAMING_WORDS,
    "is_called": lexicon.IS_CALLED,
}


def ignorecase(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE)


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["surname"], "my SURNAME is", True),
        (["surname"], "my Surname is", True),
        (["surname"], "my sur name is", False),
        (["surname"], "", False),
        (["heißt"], "er HEIßT Jan", True),
        (["heißt"], "er HEIẞT Jan", True),  # the capital sharp s
        (["heißt"], "er heisst Jan", False),  # IGNORECASE does not fold "ss"
        (["mówią"], "WSZYSCY MÓWIĄ NA MNIE", True),
        (["mówią"], "wszyscy mowia na mnie", False),
        (["s’appelle"], "il S’APPELLE Jean", True),
        (["s’appelle"], "il s'appelle Jean", False),
        (["is called"], "she İS CALLED Ayşe", True),  # "İ" is "i" to IGNORECASE
        (["is called"], "she ıs called Ayşe", True),  # so is the dotless "ı"
        (["last"], "the ſurname, the laſt name", True),  # the long s is "s"
        (["kollege"], "mein \u212aOLLEGE", True),  # the Kelvin sign is "k"
        (["nazywa się"], "Kolega NAZYWA SIĘ Jan", True),
        (["nazywa się"], "Kolega nazywa sie Jan", False),
    ],
)
def test_found_in(words: list[str], text: str, found: bool) -> None:
    assert CaselessWords(words).found_in(text) is found
    assert (ignorecase(words).search(text) is not None) is found


def test_unchecked_letters_are_refused() -> None:
    with pytest.raises(ValueError, match="CHECKED_LETTERS"):
        CaselessWords(["straſse"])
    with pytest.raises(ValueError, match="CHECKED_LETTERS"):
        CaselessWords(["İstanbul"])


def test_lower_case_and_ignorecase_agree_on_every_code_point() -> None:
    """The argument of `caseless`: off the three odd characters, lower-casing keeps a
    character one character, and IGNORECASE matches it to a letter of the words (ASCII or
    `CHECKED_LETTERS`, in lower case) exactly when its lower case is that letter."""
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    every = [c for c in every if _ODD_CASE.fullmatch(c) is None]
    everything = "".join(every)
    by_lower: dict[str, set[str]] = defaultdict(set)
    for char in every:
        lowered = char.lower()
        assert len(lowered) == 1, f"{char!r} lower-cases to {lowered!r}"
        by_lower[lowered].add(char)
    letters = {chr(c).lower() for c in range(32, 127)} | set(CHECKED_LETTERS)
    for letter in sorted(letters):
        matched = set(re.findall(re.escape(letter), everything, re.IGNORECASE))
        assert matched == by_lower[letter], letter


def _own_word_texts(words: tuple[str, ...], rng: random.Random) -> list[str]:
    odd = ["İ", "ı", "ſ", "K", "ẞ", "É", "Ó", "Ą", "Ę", "’", "'", " ", "-"]
    texts = []
    for _ in range(400):
        word = rng.choice(words)
        chars = [c.upper() if rng.random() < 0.3 else c for c in word]
        if rng.random() < 0.5:
            chars[rng.randrange(len(chars))] = rng.choice(odd)
        if rng.random() < 0.3:
            del chars[rng.randrange(len(chars))]
        texts.append(rng.choice(["", "x ", "Ich ", "élan "]) + "".join(chars) + " ok")
    return texts


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_lexicon_word_lists_as_ignorecase(name: str) -> None:
    words = WORD_LISTS[name]
    caseless, reference = CaselessWords(words), ignorecase(words)
    texts = [*iter_texts(2000), *_own_word_texts(words, random.Random(name))]
    hits = 0
    for text in texts:
        expected = reference.search(text) is not None
        assert caseless.found_in(text) is expected, text
        hits += expected
    assert hits >= 100
