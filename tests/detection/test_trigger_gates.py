"""A recognizer's `TRIGGER_WORDS` gate (`PatternRecognizer._build_gates`) searches its
words written as a trie (`trie_regex`); it passes exactly where the plain alternation of
the words passed before: a table, then every recognizer's gate against the alternation
on the timing corpus and on texts made of its own words."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from piiguard.detection.recognizers import ID_NUMBER_RECOGNIZERS
from piiguard.detection.recognizers._pattern import PatternRecognizer, trie_regex, typed_forms
from piiguard.detection.recognizers.date_time import DateTimeRecognizer
from piiguard.detection.registry import pattern_recognizers

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import iter_texts


def alternation(words: list[str]) -> re.Pattern[str]:
    """The gate's regex before the trie: the words one after another."""
    return re.compile("|".join(re.escape(w) for w in words))


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["ab", "abc", "b"], "xxbxx", True),
        (["ab", "abc"], "a b c", False),
        (["abc", "ab"], "zabz", True),
        (["nr.", "n°"], "nr 5", False),
        (["nr.", "n°"], "n° 5", True),
        (["date of birth", "dob"], "my date of  birth", False),
        (["date of birth", "dob"], "my date of birth", True),
        (["geb.", "geboren"], "geboren am", True),
        (["", "x"], "anything", True),  # an empty word is everywhere, in both
        (["x"], "", False),
    ],
)
def test_trie_finds_what_the_alternation_finds(words: list[str], text: str, found: bool) -> None:
    assert (re.compile(trie_regex(words)).search(text) is not None) is found
    assert (alternation(words).search(text) is not None) is found


def _word_gated() -> list[PatternRecognizer]:
    """Every recognizer whose last gate is the `TRIGGER_WORDS` one of `_build_gates`."""
    recognizers = [
        *pattern_recognizers(),
        *(cls() for cls in ID_NUMBER_RECOGNIZERS),
        DateTimeRecognizer(),
    ]
    return [
        r
        for r in recognizers
        if isinstance(r, PatternRecognizer)
        and r.TRIGGER_WORDS
        and type(r)._build_gates is PatternRecognizer._build_gates
    ]


WORD_GATED = {r.name: r for r in _word_gated()}
TIMING_TEXTS = list(iter_texts(2000))


def _own_word_texts(words: list[str], rng: random.Random) -> list[str]:
    """Texts made of the words: whole, cut short, run on, glued, re-cased, in a sentence."""
    texts = []
    for word in words:
        texts += [word, word[:-1], word[1:], f"{word}x", f"x{word}", word.upper()]
        texts.append(f"my {word}: 12345678")
        other = rng.choice(words)
        texts.append(f"{word[: len(word) // 2]}{other[len(other) // 2 :]}")
    return texts


def test_there_are_word_gated_recognizers() -> None:
    assert len(WORD_GATED) >= 20


@pytest.mark.parametrize("name", sorted(WORD_GATED))
def test_words_gate_as_the_alternation(name: str) -> None:
    recognizer = WORD_GATED[name]
    words = typed_forms(recognizer.TRIGGER_WORDS)
    gate, reference = recognizer._gates[-1], alternation(words)
    texts = [*TIMING_TEXTS, *_own_word_texts(words, random.Random(name))]
    hits = 0
    for text in texts:
        expected = reference.search(text.lower()) is not None
        assert bool(gate(text)) is expected, text
        hits += expected
    assert hits >= len(words)
