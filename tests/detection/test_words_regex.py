"""`words_regex` writes its word list as a trie (`word_trie.longest_first`): the same
matches, at the same places, as the plain longest-first alternation it replaced, which
is kept here verbatim as the reference. A table of what the regex matches (positives and
look-alikes), then the old regex against the new one on every word list the recognizers
hold, over texts made of their own words."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

import piiguard.detection.recognizers as recognizers_package
from piiguard.detection.recognizers._pattern import (
    _UNSPACED_SCRIPT,
    PatternRecognizer,
    abbreviated,
    words_regex,
)
from piiguard.detection.word_trie import longest_first

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import iter_texts


def flat_words_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    """`words_regex` as it was before the trie (verbatim but for its name)."""
    if not words:
        return None
    ordered = sorted(abbreviated(words), key=len, reverse=True)
    # a phrase's words joined by "_" too, as keys and fields write them ("account_number")
    spaced = [
        re.escape(w).replace(r"\ ", "[ _]") for w in ordered if not _UNSPACED_SCRIPT.search(w)
    ]
    unspaced = [re.escape(w) for w in ordered if _UNSPACED_SCRIPT.search(w)]
    # a word glued to another by "_" counts as one ("phone_number", "customer_id")
    parts = [rf"(?<![^\W_])(?:{'|'.join(spaced)})(?![^\W_])"] if spaced else []
    if unspaced:
        parts.append(f"(?:{'|'.join(unspaced)})")
    return re.compile("|".join(parts), re.IGNORECASE)


def spans(regex: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [] if regex is None else [m.span() for m in regex.finditer(text)]


WORDS = ("account", "account number", "acct", "kontonummer", "nr", "número", "ſtraße")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my account number is", ["account number"]),  # the longest word, not "account"
        ("account_number: 5", ["account_number"]),
        ("ACCOUNT NUMBER", ["ACCOUNT NUMBER"]),
        ("account numbers", ["account"]),  # "number" runs on: the shorter word
        ("Kontonummer 123", ["Kontonummer"]),
        ("kontonr 123", ["kontonr"]),  # the abbreviation `abbreviated` adds
        ("konto-nr 123", ["konto-nr"]),
        ("numero 12", ["numero"]),  # typed without its accent
        ("NÚMERO 12", ["NÚMERO"]),
        ("\u212aontonummer", ["\u212aontonummer"]),  # Kelvin sign: sre's k
        ("strasse", ["strasse"]),  # "ſtraße" typed without its accents
        ("strase", []),
        ("ſtraße", ["ſtraße"]),
        ("Straße", ["Straße"]),  # sre matches ſ and s alike
        # look-alikes: inside a longer word, glued by a letter or digit
        ("accounts", []),
        ("myaccount", []),
        ("account2", []),
        ("acctnumber", []),
        ("bank_account_x", ["account"]),  # glued by "_" only: a word ("phone_number")
        ("bankaccount_x", []),
        ("", []),
    ],
)
def test_words_regex_table(text: str, found: list[str]) -> None:
    regex = words_regex(WORDS)
    assert [text[s:e] for s, e in spans(regex, text)] == found
    assert spans(regex, text) == spans(flat_words_regex(WORDS), text)


def test_letters_sre_matches_alike_share_a_branch() -> None:
    """ "ſ" and "s" match the same text letters: on two branches, a text would take the
    first ("s", ending at the word "s") and never reach the longer "ſ r" of the other."""
    words = ["s r t", "\u017f r", "s"]
    for text in ("s r!", "S R", "\u017f r t", "s"):
        assert spans(words_regex(words), text) == spans(flat_words_regex(words), text), text
    assert spans(words_regex(words), "s r!") == [(0, 3)]


def test_a_space_beside_an_underscore_stays_an_alternation() -> None:
    """ "_" would take two branches of a trie ("a b" reads "a_b" too): no trie then."""
    words = ["a_b c", "a b"]
    assert longest_first(words, "[ _]", " _".__contains__) == "a_b[ _]c|a[ _]b"
    regex = words_regex(words)
    for text in ("a_b c", "a b c", "a_b", "a b", "a_b_c"):
        assert spans(regex, text) == spans(flat_words_regex(words), text), text


def test_words_regex_is_a_trie() -> None:
    """The change is in use: a shared prefix is written once."""
    assert words_regex(["account number", "account"]).pattern.count("account") == 1  # type: ignore[union-attr]


def _word_lists() -> list[tuple[str, tuple[str, ...]]]:
    """Every tuple of words the recognizer modules hold (module constants and each
    recognizer's CONTEXT and NEGATIVE_CONTEXT)."""
    lists: dict[tuple[str, ...], str] = {}
    for info in pkgutil.iter_modules(recognizers_package.__path__):
        module = importlib.import_module(f"{recognizers_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, tuple) and value and all(isinstance(w, str) and w for w in value):
                lists.setdefault(value, f"{info.name}.{name}")
            if (
                isinstance(value, type)
                and issubclass(value, PatternRecognizer)
                and value.__module__ == module.__name__
            ):
                for attribute in ("CONTEXT", "NEGATIVE_CONTEXT"):
                    words = getattr(value, attribute)
                    if words:
                        lists.setdefault(tuple(words), f"{name}.{attribute}")
    return sorted(((name, words) for words, name in lists.items()), key=lambda item: item[0])


WORD_LISTS = _word_lists()
CORPUS = [text for i, text in enumerate(iter_texts(2000)) if i % 4 == 0]
_ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "ß", "ẞ", "é", "É", "_", "-", " ", "  ", "\n",
        "7", "x", "s", "k", "i", "I", "여권", ".", ":"]  # fmt: skip


def _texts_of(words: Sequence[str], rng: random.Random) -> list[str]:
    """Short texts made of the list's words: whole, cut short, run on, re-cased, joined
    by spaces, "_", hyphens or nothing, with the letters sre folds oddly between."""
    forms = list(abbreviated(words))
    texts = []
    for _ in range(300):
        pieces = []
        for _ in range(rng.randint(1, 4)):
            word = rng.choice(forms)
            roll = rng.random()
            if roll < 0.2:
                word = word[: rng.randint(1, len(word))]
            elif roll < 0.35:
                word += rng.choice(["s", "e", "x", "1", "_id", " number", "nr"])
            elif roll < 0.5:
                word = word.upper()
            elif roll < 0.6:
                word = "".join(c.upper() if rng.random() < 0.5 else c for c in word)
            elif roll < 0.7:
                at = rng.randint(0, len(word))
                word = word[:at] + rng.choice(_ODD) + word[at:]
            pieces.append(word)
            pieces.append(rng.choice([" ", " ", "_", "-", "", ": ", rng.choice(_ODD)]))
        texts.append("".join(pieces))
    return texts


@pytest.mark.parametrize(("name", "words"), WORD_LISTS, ids=[name for name, _ in WORD_LISTS])
def test_the_trie_matches_as_the_alternation(name: str, words: tuple[str, ...]) -> None:
    old, new = flat_words_regex(words), words_regex(words)
    rng = random.Random(name)
    found = 0
    for text in [*_texts_of(words, rng), *CORPUS]:
        expected = spans(old, text)
        assert spans(new, text) == expected, (name, text)
        found += bool(expected)
    assert found >= 50  # the texts reach the words


def test_every_word_list_is_checked() -> None:
    """The lists above include the recognizers' context words (the ones `has_context`,
    `has_negative_context` and `context_before` read)."""
    from piiguard.detection.recognizers.date_of_birth import DateOfBirthRecognizer
    from piiguard.detection.recognizers.phone import PhoneRecognizer

    lists = {words for _, words in WORD_LISTS}
    assert tuple(PhoneRecognizer.NEGATIVE_CONTEXT) in lists
    assert tuple(DateOfBirthRecognizer.CONTEXT) in lists
    assert len(WORD_LISTS) >= 50
