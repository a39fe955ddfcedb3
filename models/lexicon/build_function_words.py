"""Build `piiguard/detection/data/function_words.txt.gz`: the function words of the seven
languages (articles, pronouns, prepositions, conjunctions, negations, auxiliaries), as
"lang:word" lines ("it:dalla", "pl:mnie", "nl:van").

    pip install "piiguard[lexicon]"
    python -m models.lexicon.build_function_words

Source: the stop-word lists spaCy ships for en, de, fr, es, it, nl and pl
(`spacy.lang.<lang>.stop_words.STOP_WORDS`, MIT; plain Python sets, no model needed).
Words of letters only (an apostrophe's elision cut off: "dell'" is "dell"), case-folded,
NFC. A stop word that is a name of the name lists (`names.txt.gz`: "sara", "otto", "vita",
"anni", "mila") is left out unless it is one of the 300 commonest words of its language
(`top_words.txt.gz`: "it:mia", "nl:dan", "nl:ben" stay): the policy takes a span made of
these words for no name, and a rarer word that is a name too is a name as often as not.
The demonstratives and pronouns of sameness spaCy's lists lack are added by hand
(`MISSING`: "nl:hetzelfde", "pl:tamto", "it:medesima"), under the same rule: they say which
thing is meant, never what it is ("het wachtwoord is hetzelfde als vorig jaar").
One "lang:word" a line, sorted, gzip-compressed without a timestamp (the same spaCy
version gives the same bytes). Imported only here: the detector reads the built file.
"""

from __future__ import annotations

import gzip
import importlib
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.lexicon.build import one_list_main  # noqa: E402
from piiguard.detection.lexicon import LANGUAGES, fold  # noqa: E402

DATA = REPO / "piiguard" / "detection" / "data"
OUT = DATA / "function_words.txt.gz"
_LETTERS = re.compile(r"[^\W\d_]+")


# Demonstratives and pronouns of sameness missing from spaCy's stop words.
MISSING: dict[str, tuple[str, ...]] = {
    "de": ("selbe", "selben"),
    "it": ("medesima", "medesimi", "medesime"),
    "nl": ("hetzelfde", "datzelfde", "diezelfde", "ditzelfde", "degene", "hetgeen"),
    "pl": ("tamto", "tamten", "tamta", "tamte", "tamtego", "tamtej", "tamtym", "samo", "same",
           "samego", "samej"),
}  # fmt: skip


def stop_words(language: str) -> Iterator[str]:
    """spaCy's stop words of `language`, letters only, case-folded, NFC."""
    module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    for word in module.STOP_WORDS:
        word = unicodedata.normalize("NFC", word.casefold()).rstrip("'’")
        if _LETTERS.fullmatch(word):
            yield word


def build(names: set[str], top: set[str]) -> list[str]:
    """ "lang:word" for the stop words of every language, less the names (`names`,
    folded) that are not among the language's commonest words (`top`, "lang:word")."""
    return sorted(
        f"{language}:{word}"
        for language in LANGUAGES
        for word in set(stop_words(language)) | set(MISSING.get(language, ()))
        if fold(word) not in names or f"{language}:{word}" in top
    )


def _read(path: Path) -> set[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {line.rstrip("\n") for line in f if line.strip()}


def main(argv: list[str] | None = None) -> int:
    def words() -> list[str]:
        return build(_read(DATA / "names.txt.gz"), _read(DATA / "top_words.txt.gz"))

    return one_list_main(argv, __doc__, OUT, words, "function words")


if __name__ == "__main__":
    raise SystemExit(main())
