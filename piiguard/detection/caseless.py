"""Whether a text holds one of some words in any case, at the cost of a case-sensitive search.

`CaselessWords(words).found_in(text)` answers what
`re.compile("|".join(map(re.escape, words)), re.IGNORECASE).search(text) is not None`
answers. Compiled with IGNORECASE, an alternation gives sre no first characters to scan
for, so it tries every word at every position (about 5 us for a 40-character text); the
same words in lower case, searched in `text.lower()`, are found by a scan for their first
letters (about 0.3 us). Texts whose words the lexicon only looks for ("surname",
"heißt") pay the second price.

The two agree on a text when lower-casing it keeps every character in its place and
IGNORECASE matches a character to a letter of the words exactly when its lower case is
that letter. That holds for words made of ASCII characters and of the small letters in
`CHECKED_LETTERS`, on every text without "İ" (lower-cased to two characters), "ı" or "ſ"
(IGNORECASE matches them to "i" and "s"); `tests/detection/test_caseless.py` checks it
against every code point. A text with one of those three is searched with IGNORECASE.

>>> CaselessWords(["heißt", "is called"]).found_in("Mein Kollege HEISST ... er HEIßT Jan")
True
>>> CaselessWords(["surname"]).found_in("my name is Anna")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CHECKED_LETTERS = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿßœāăąćčďđēėęěğīįłńňōőřśşšţťūůűųźżžș’"
"""The small letters beside ASCII the words may hold (those of the seven languages and
their neighbours, and the typographic apostrophe): the test checks each one."""

_ODD_CASE = re.compile("[İıſ]")
"""The characters on which `text.lower()` and IGNORECASE part for such words."""


class CaselessWords:
    """Whether a text holds one of `words`, in any case (module docstring).

    >>> CaselessWords(["nachname"]).found_in("Der NACHNAME ist")
    True
    """

    __slots__ = ("_ignorecase", "_lowered")

    def __init__(self, words: Iterable[str]) -> None:
        listed = list(words)
        letters = {c for w in listed for c in w.lower() if not c.isascii()}
        if unchecked := sorted(letters - set(CHECKED_LETTERS)):
            raise ValueError(
                f"CaselessWords is exact for ASCII and CHECKED_LETTERS only, not {unchecked}"
            )
        self._ignorecase = re.compile("|".join(map(re.escape, listed)), re.IGNORECASE)
        self._lowered = re.compile("|".join(re.escape(w.lower()) for w in listed))

    def found_in(self, text: str) -> bool:
        """Whether one of the words is in `text`, in any case."""
        if text.isascii() or _ODD_CASE.search(text) is None:
            return self._lowered.search(text.lower()) is not None
        return self._ignorecase.search(text) is not None
