"""`Lexicon.language_of` reads a text's words once (`lexicon._top_words_in`) and leaves out
the words only inside the span it is asked about: the same language as the reading of
every word on every call it replaced, kept here verbatim as the reference."""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import pytest

from piiguard.detection import lexicon
from piiguard.detection.lexicon import (
    _LANGUAGE_MIN_WORDS,
    _WORD,
    LANGUAGES,
    Lexicon,
    texts_read_once,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import iter_texts

LEXICON = Lexicon.load()


def language_before(text: str, start: int = 0, end: int = 0) -> str | None:
    """`Lexicon.language_of` before the words were read once a text (verbatim)."""
    counts = dict.fromkeys(LANGUAGES, 0)
    seen: set[str] = set()
    for match in _WORD.finditer(text):
        if start <= match.start() < end:
            continue
        word = unicodedata.normalize("NFC", match[0].casefold())
        if word in seen:
            continue
        seen.add(word)
        for language in LANGUAGES:
            if f"{language}:{word}" in LEXICON.top_words:
                counts[language] += 1
    best = max(counts.values())
    leaders = [language for language, n in counts.items() if n == best]
    return leaders[0] if best >= _LANGUAGE_MIN_WORDS and len(leaders) == 1 else None


SENTENCES = [
    "groter zijn dan het einde, dan is het goed",
    "qu'elle a raison et elle le sait, elle aussi",
    "ich habe das nicht gesagt, das hat er gesagt und nicht ich",
    "the one and the other and the one after that",
    "questa è la mia casa e la casa è mia",
    "nie wiem, czy to jest to, co nie działa",
    "el perro y el gato y el pájaro de la casa",
    "Die DIE die, THE the The",
]


@pytest.mark.parametrize("read_once", [False, True])
def test_language_of_as_before_for_every_span(read_once: bool) -> None:
    if read_once:
        with texts_read_once():
            check_every_span()
    else:
        check_every_span()


def check_every_span() -> None:
    rng = random.Random(7)
    texts = [*SENTENCES, *list(iter_texts(2000))[:600]]
    asked = led = 0
    for text in texts:
        spans = [(0, 0), (0, len(text))]
        for match in _WORD.finditer(text):
            spans.append(match.span())
        for _ in range(6):
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            spans.append((a, b))
        for start, end in spans:
            expected = language_before(text, start, end)
            assert LEXICON.language_of(text, start, end) == expected, (text, start, end)
            asked += 1
            led += expected is not None
    assert led >= 200 and asked >= 5000


def test_no_text_is_kept_after_the_block() -> None:
    """The words read once a text go with the block (`Policy.apply`'s): no user text is
    kept in the process between calls."""
    text = "groter zijn dan het einde, dan is het goed"
    assert lexicon._WORDS_READ.get() is None
    with texts_read_once():
        LEXICON.language_of(text, 0, 6)
        held = lexicon._WORDS_READ.get()
        assert held is not None and [key[1] for key in held] == [text]
    assert lexicon._WORDS_READ.get() is None
