"""Build `piiguard/detection/data/common_words.txt.gz`: the words frequent in each of the
seven languages that are no name of that language, as "lang:word" lines ("it:campo",
"fr:forme", "nl:talen", "pl:dane").

    pip install "piiguard[lexicon]"
    python -m models.lexicon.build_common_words

Source: wordfreq's "large" list of each language (`iter_wordlist`, data CC-BY-SA 4.0): the
words of letters only at Zipf >= `MIN_ZIPF` (about once in 100,000 words) in that language
and `MIN_LEAD` more than in English (English words: than in the most frequent of the other
six), case-folded, NFC, not already among its 300 commonest (`top_words.txt.gz`), and not a
first name or surname of Faker's locales of that language (`de_DE`, `de_AT`, ...; Polish
names in their declined forms too, `build.polish_forms`), compared folded. The long name
lists make many frequent words names somewhere ("ora", "campo", "anders", "dane", "felice"
are first names in one list or another); a language's own names are what its writers use as
names ("jan" in Dutch, "marie" in French, "giovanni" in Italian stay out; Faker's lists are
not complete, so a name that is frequent in English too, as names of every origin are, is
kept out by the lead: "anna" in Italian). The policy reads a lowercase word of this list in
a text of its language that uses capitals as a word (`policy._common_word_of_the_text`).
One "lang:word" a line, sorted, gzip-compressed without a timestamp (the same package
versions give the same bytes). Imported only here: the detector reads the built file.
"""

from __future__ import annotations

import gzip
import importlib
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.lexicon.build import _latin, _strings, one_list_main, polish_forms  # noqa: E402
from piiguard.detection.lexicon import LANGUAGES, fold  # noqa: E402

DATA = REPO / "piiguard" / "detection" / "data"
OUT = DATA / "common_words.txt.gz"
MIN_ZIPF = 4.0
# How much more frequent in its language than elsewhere a word must be: names travel
# ("anna" has Zipf 4.65 in Italian, 4.37 in English), a language's words do not ("campo"
# 5.35 in Italian, 2.87 in English).
MIN_LEAD = 1.5


def own_names(language: str) -> Iterator[str]:
    """The first names and surnames of Faker's locales of `language` (Latin script)."""
    from faker.config import AVAILABLE_LOCALES

    for locale in AVAILABLE_LOCALES:
        if locale.split("_")[0] != language:
            continue
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ImportError:
            continue
        provider = module.Provider
        for attr in dir(provider):
            if ("first_name" in attr or "last_name" in attr or attr.endswith("_names")) and not (
                attr.startswith("_") or "prefix" in attr or "suffix" in attr
                or "format" in attr or "language" in attr
            ):  # fmt: skip
                yield from (n for n in _strings(getattr(provider, attr)) if _latin(n))


def name_keys(language: str) -> set[str]:
    """The folded words of `language`'s own names (Polish declined forms included)."""
    keys: set[str] = set()
    for name in own_names(language):
        for word in name.split():
            forms = polish_forms(word) if language == "pl" else {word}
            keys.update(fold(f) for f in forms)
    return keys


def build(top: set[str]) -> list[str]:
    """"lang:word" for the frequent words of every language that are no name of it and
    not among its commonest (`top`, "lang:word")."""
    from wordfreq import iter_wordlist, zipf_frequency

    out: set[str] = set()
    for language in LANGUAGES:
        names = name_keys(language)
        for word in iter_wordlist(language, "large"):
            if zipf_frequency(word, language, "large") < MIN_ZIPF:
                break  # the list is sorted by frequency
            word = unicodedata.normalize("NFC", word.casefold())
            key = f"{language}:{word}"
            if word.isalpha() and key not in top and fold(word) not in names:
                # against English, where names of every origin are frequent (English
                # itself against the most frequent of the other six)
                others = ["en"] if language != "en" else [o for o in LANGUAGES if o != "en"]
                elsewhere = max(zipf_frequency(word, o, "large") for o in others)
                if zipf_frequency(word, language, "large") - elsewhere >= MIN_LEAD:
                    out.add(key)
    return sorted(out)


def _read(path: Path) -> set[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {line.rstrip("\n") for line in f if line.strip()}


def main(argv: list[str] | None = None) -> int:
    return one_list_main(
        argv, __doc__, OUT, lambda: build(_read(DATA / "top_words.txt.gz")), "common words"
    )


if __name__ == "__main__":
    raise SystemExit(main())
