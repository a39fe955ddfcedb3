"""The detection view of a text: Unicode disguises folded away, offsets kept.

A value can be written so that it looks the same to a reader (and to a language
model) but no pattern matches it: fullwidth digits and `＠`, digits of another
script, a no-break or thin space between digit groups, an invisible zero-width
space, joiner, soft hyphen or direction mark inside an address. The detector runs
on the folded text and maps each span back to the original characters, so the
mask covers the value as it was written (invisible characters inside it included).

What folds, character by character:

- format characters (Unicode category `Cf`: zero-width space and joiners, soft
  hyphen, direction marks and isolates, word joiner, BOM) are dropped, and so are
  combining diacritical marks written as separate characters (`a` + U+0301;
  a precomposed `á` stays as it is) and control characters (NUL, escape, delete;
  those that break a line or part records, such as a form feed, become ` `; tab,
  line feed and carriage return stay);
- any space separator (`Zs`: no-break, thin, figure, ideographic spaces) becomes ` `;
- a decimal digit of any script becomes its ASCII digit;
- a typographic apostrophe (`’`, `ʼ`) becomes `'`;
- anything else takes its NFKC compatibility form (fullwidth forms, `①`, ligatures).

Letters of other scripts that look Latin (Cyrillic `а`, `Е`, `О`, Greek `Ο`, `Ρ`) are
folded to the Latin letter only inside a word that also has Latin letters or digits
(`DЕ89 3704 ...`, `jоhn`): a word mixing scripts is a disguise, while a word all in
Cyrillic or Greek is that language and stays as written.

>>> folded = fold("card ４１１１\\u200b1111")
>>> folded.text
'card 41111111'
>>> folded.span(5, 13)
(5, 14)
>>> fold("plain ascii") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from piiguard._types import Span

_DIACRITIC_BLOCKS = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
"""The combining diacritical marks of Latin, Greek and Cyrillic text (not the vowel
signs of other scripts, which the folded text keeps)."""


def _is_diacritic(code: int) -> bool:
    return any(low <= code <= high for low, high in _DIACRITIC_BLOCKS)


class _FoldTable(dict[int, str]):
    """`str.translate` table that works out (and keeps) each character's fold."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf" or (category == "Mn" and _is_diacritic(code)):
            folded = ""
        elif category == "Cc" and char not in "\t\n\r":
            # Control characters: the ones that break a line or part records read as a
            # space, the rest (NUL, escape, delete, C1) are invisible.
            folded = " " if char.isspace() else ""
        elif category == "Zs":
            folded = " "
        elif category == "Nd":
            folded = str(unicodedata.decimal(char))
        elif char in _APOSTROPHES:
            folded = "'"
        else:
            folded = unicodedata.normalize("NFKC", char)
        if len(self) < _TABLE_LIMIT:
            self[code] = folded
        return folded


_APOSTROPHES = "\u2019\u02bc\uff07"
"""The apostrophes phones and word processors type ("c’est", "d’identité", "O’Brien"): the
detection view reads them as "'", as the recognizers' words are written."""
_TABLE_LIMIT = 65_536
"""Characters whose fold is kept; past it, folds are worked out again (bounded memory)."""
_TABLE = _FoldTable()


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and, for each of its characters, the original index it came from."""

    text: str
    origins: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original `(start, end)` of the folded characters `start:end` (end > start)."""
        return self.origins[start], self.origins[end - 1] + 1

    def spans(self, spans: Iterable[Span]) -> list[Span]:
        """`spans` of the folded text as spans of the original, sorted and without overlaps
        (two spans that split one original character between them share it: the first keeps it)."""
        out: list[Span] = []
        for span in sorted(spans, key=lambda s: s.start):
            start, end = self.span(span.start, span.end)
            if out and start < out[-1].end:
                start = out[-1].end
            if start < end:
                out.append(replace(span, start=start, end=end))
        return out


# Cyrillic and Greek letters that look like a Latin letter, and that letter.
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТХУаеорсухіјѕӀԁԛԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧονρτ",
    "ABEKMHOPCTXYaeopcyxijsIdqWABEZHIKMNOPTYXovpt",
)
_CONFUSABLE_RE = re.compile("[" + "".join(chr(c) for c in _CONFUSABLES) + "]")
_WORD_RE = re.compile(r"[^\W_]+")
_LATIN_OR_DIGIT_RE = re.compile(r"[A-Za-z0-9]")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _unconfuse(match: re.Match[str]) -> str:
    word = match.group()
    if _CONFUSABLE_RE.search(word) and _LATIN_OR_DIGIT_RE.search(word):
        return word.translate(_CONFUSABLES)
    return word


def fold(text: str) -> Folded | None:
    """The detection view of `text`, or None when it is the text itself."""
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return None
    folded = text.translate(_TABLE)
    if _CONFUSABLE_RE.search(folded):
        folded = _WORD_RE.sub(_unconfuse, folded)  # one letter for one: origins unchanged
    if folded == text:
        return None
    origins: list[int] = []
    for index, char in enumerate(text):
        origins.extend([index] * len(_TABLE[ord(char)]))
    return Folded(folded, tuple(origins))
