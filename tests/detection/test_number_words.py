"""One table of number words (`piiguard.detection.number_words`): the digits `spoken` reads
and the ages `consent.stated_age` reads come from the same words, typed with a language's
own letters or without them ("fünf", "fuenf", "funf"; "pięć", "piec")."""

from __future__ import annotations

import pytest

from piiguard.consent import stated_age
from piiguard.detection.number_words import NUMBER_WORDS, number_words
from piiguard.detection.spoken import DIGIT_WORDS, spoken_values


def test_stated_age_reads_five_to_fifteen_of_every_language() -> None:
    """Every way of typing five to fifteen in the table is an age `stated_age` reads."""
    for language in NUMBER_WORDS:
        for number in range(5, 16):
            for word in number_words(language, number):
                assert stated_age._WORD_VALUES[word] == number, (language, word)


def test_every_language_has_zero_to_fifteen() -> None:
    for language, numbers in NUMBER_WORDS.items():
        assert len(numbers.split()) == 16, language


def test_spoken_reads_zero_to_nine_of_every_language() -> None:
    for language in NUMBER_WORDS:
        for digit in range(10):
            for word in number_words(language, digit):
                assert DIGIT_WORDS[word] == str(digit), (language, word)
    assert len(set(DIGIT_WORDS.values())) == 10


# (a number typed without the language's letters, its value, a text stating an age with it)
FOLDED = [
    ("fuenf", 5, "ich bin fuenf Jahre alt"),
    ("funf", 5, "ich bin funf Jahre alt"),
    ("piec", 5, "mam piec lat"),
    ("szesc", 6, "mam szesc lat"),
    ("dziewiec", 9, "mam dziewiec lat"),
]


@pytest.mark.parametrize(("word", "value", "age_text"), FOLDED)
def test_both_read_a_number_typed_without_its_letters(word: str, value: int, age_text: str) -> None:
    assert stated_age.stated_age(age_text) == value
    text = f"PIN: zwei {word} {word} null"
    assert [v.decoded for v in spoken_values(text)] == [f"2{value}{value}0"]
