"""Ordinary words are not names: the shipped word lists and the rules that read them."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from piiguard.detection.lexicon import (
    Lexicon,
    WordList,
    after_name_cue,
    fold,
    read_packaged,
    whole_words,
)
from piiguard.exceptions import ModelLoadError


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def whole(lexicon: Lexicon, text: str) -> bool:
    return lexicon.ordinary_phrase(text, 0, len(text))


@pytest.mark.parametrize(
    "word",
    # ordinary words of the seven languages the model has taken for names
    ["Combien", "délai", "heure", "garganta", "febbre", "gorączkę", "stolik", "tygodnia",
     "Fieber", "Kundendienst", "Donnerstag", "reserveren", "koorts", "Bearbeitung",
     "panier", "Monat", "appena", "DÉLAI", "delai", "goraczke"],
)  # fmt: skip
def test_ordinary_words(lexicon: Lexicon, word: str) -> None:
    assert lexicon.is_ordinary(word)
    assert whole(lexicon, word)


@pytest.mark.parametrize(
    "name",
    # names and places that are words too
    ["Rose", "Mark", "Will", "Hope", "Müller", "Mueller", "Fischer", "Koch", "Bauer",
     "Wolf", "Nowak", "Kowalska", "Kowalskiej", "Weronika", "Anną", "Vries", "Nice",
     "Reading", "Split", "Milano", "rose", "KOCH",
     # a name with accents is not the word without them
     "Bašić", "Ström", "Musić"],
)  # fmt: skip
def test_names_and_places_are_not_ordinary(lexicon: Lexicon, name: str) -> None:
    assert not lexicon.is_ordinary(name)
    assert not whole(lexicon, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kundendienst Team", True),
        ("blijf rustig", True),
        ("van leren", True),  # a particle counts for neither side
        ("Anna Fieber", False),  # one name word keeps the span
        ("de Vries", False),
        ("de Zwaan", False),  # lowercase particle + capital: a surname's shape
        ("J. Stolik", False),  # an initial
        ("l'heure", True),  # an elided article is not an initial
        ("van de", False),  # particles only: left to the model
        ("", False),
        ("1234", False),
    ],
)
def test_phrases(lexicon: Lexicon, text: str, expected: bool) -> None:
    assert whole(lexicon, text) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Guten Tag, Herr Stolik", "Stolik"),
        ("pani Stolik dzwoniła", "Stolik"),
        ("my name is Donnerstag", "Donnerstag"),
        ("je m'appelle Panier", "Panier"),
        ("Mevr. Koorts", "Koorts"),
    ],
)
def test_a_cue_before_makes_a_name(lexicon: Lexicon, text: str, value: str) -> None:
    start = text.index(value)
    assert lexicon.is_ordinary(value)
    assert after_name_cue(text, start)
    assert not lexicon.ordinary_phrase(text, start, start + len(value))


def test_a_cut_word_is_judged_whole(lexicon: Lexicon) -> None:
    text = "Ist der Kundendienst offen?"
    start = text.index("Kunden")
    assert whole_words(text, start, start + 6) == (start, start + len("Kundendienst"))
    assert lexicon.ordinary_phrase(text, start, start + 6)


def test_fold() -> None:
    assert fold("Gorączkę") == "goraczke"
    assert fold("Łódź") == "lodz"
    assert fold("Straße") == "strasse"
    assert fold("DÉLAI") == "delai"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Benno Hartung", True),
        ("Bryan Hoekstra", True),  # "Bryan" is a town too, "Hoekstra" only a name
        ("Bonolis", True),
        ("Madrid", False),
        ("Paris", False),  # a name and a place
        ("Sommer", False),  # a name and a word
        ("Combien", False),
        ("Anna Madrid", False),  # a place-only word vetoes
    ],
)
def test_name_not_place(lexicon: Lexicon, text: str, expected: bool) -> None:
    assert lexicon.name_not_place(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Torino", True),
        ("Zwolle", True),
        ("Londra", True),
        ("Bad Homburg", True),  # every word a place or an ordinary word
        ("Paris", False),  # a first name too
        ("Anna Torino", False),  # one known name keeps it a name
        ("Hartung", False),  # a known surname
        ("Zwollinski", False),  # an unknown word may be an unlisted surname
        ("J. Zwolle", False),  # an initial
        ("Combien", False),  # no place in it
    ],
)
def test_place_not_name(lexicon: Lexicon, text: str, expected: bool) -> None:
    assert lexicon.place_not_name(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # lowercase phrases with an ordinary word, in a text that uses capitals
        ("Ticket #55012 fermé sans réponse, merci", "fermé sans réponse", True),
        ("Probablemente no soy tan sincero como debería.", "tan sincero", True),
        ("Attrae ogni massa di materia, dice Newton", "ogni massa", True),
        # a name in lowercase: a word that is a name only, or unknown, keeps it
        ("Follow up with lesley luna in March", "lesley luna", False),
        ("Ask chiara faust about it, Tom", "chiara faust", False),
        ("Thanks to my friend ben hunt, Sir", "ben hunt", False),
        # names only (no ordinary word), one word, a text without capitals
        ("Say hi to ben and jan, Tom", "ben and jan", False),
        ("fermé sans réponse", "fermé sans réponse", False),
        ("Ticket fermé, merci", "fermé", False),
        # after a cue for a person
        ("Mein Kollege tan sincero kommt, Tschüss", "tan sincero", False),
    ],
)
def test_lowercase_phrase(lexicon: Lexicon, text: str, phrase: str, expected: bool) -> None:
    start = text.index(phrase)
    assert lexicon.lowercase_phrase(text, start, start + len(phrase)) is expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Bitte schick das an Benno Hartung, danke", "Benno", "Benno Hartung"),
        ("Mein Kollege Trudi Flantz ruft an", "Flantz", "Trudi Flantz"),
        ("mein kollege darius ruppert ruft an", "darius", "darius ruppert"),
        ("Mijn collega Maud van der Leek belt", "Maud van der", "Maud van der Leek"),
        ("Ask Anna will you", "Anna", "Anna"),  # cased text: "will" is no name here
        ("ask anna will you", "anna", "anna"),  # "will" is a word too
        ("Mein Kollege Anna ruft", "Anna", "Anna"),  # "Kollege" is no name
    ],
)
def test_complete_name(lexicon: Lexicon, text: str, found: str, expected: str) -> None:
    start = text.index(found)
    a, b = lexicon.complete_name(text, start, start + len(found))
    assert text[a:b] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # German nouns the model took for names: German words only a place protects,
        # compounds of two German words, the pronouns of address
        ("Mein Kühlschrank macht seit der Reparatur ein lautes Brummen.", "Brummen", True),
        ("Die Bestellung kam ohne Lieferschein und ohne Garantiekarte.", "Lieferschein", True),
        ("Gibt es die Tchibo Kaffeekapseln auch im Abo?", "Kaffeekapseln", True),
        ("Ab und an sehr gerne. Sie sind so realistisch.", "Sie", True),
        # a name stays one, in German too, a rare one too ("Stecker": a word a name protects)
        ("Ich habe mit Müller gesprochen, danke", "Müller", False),
        ("Ich habe gestern mit Schulze gesprochen, danke", "Schulze", False),
        ("Ich habe gestern mit Möller gesprochen, danke", "Möller", False),
        ("Nach dem Umzug geht der Router nicht, Kabel und Stecker sind richtig.", "Stecker",
         False),
        ("Ich habe gestern mit Gottschalk gesprochen, danke", "Gottschalk", False),
        ("Ich habe mit Sommer gesprochen, danke", "Sommer", False),
        ("Bitte schick das an Benno Hartung, danke", "Benno Hartung", False),
        ("Ich habe mit Lindner gesprochen, danke", "Lindner", False),
        # after a cue for a person
        ("Ich habe mit Herrn Lieferschein gesprochen, danke", "Lieferschein", False),
        ("Mein Kollege Brummen ist heute nicht da, danke", "Brummen", False),
        # not a German text: a capital there marks a name
        ("Please forward this to Lieferschein, thanks", "Lieferschein", False),
        ("Stuur dit naar Brummen, en bedankt", "Brummen", False),
    ],
)  # fmt: skip
def test_german_phrase(lexicon: Lexicon, text: str, phrase: str, expected: bool) -> None:
    start = text.index(phrase)
    assert lexicon.german_phrase(text, start, start + len(phrase)) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("kaffeekapseln", True), ("lieferschein", True), ("garantiekarte", True),
     ("kundenbetreuer", True),
     # names, and words whose second part is a name or too short
     ("steinmeier", False), ("lindemann", False), ("hartung", False), ("kesselmann", False),
     ("stecker", False), ("gottschalk", False), ("westendorf", False), ("rosenberg", False)],
)  # fmt: skip
def test_german_compound(lexicon: Lexicon, word: str, expected: bool) -> None:
    assert lexicon.german_compound(word) is expected


def test_german_text(lexicon: Lexicon) -> None:
    assert lexicon.german_text("Ich habe mit Anna gesprochen und es ist gut")
    assert lexicon.german_text("Der Drucker zeigt Fehler E-04 an, was bedeutet das?")
    assert not lexicon.german_text("Ich bin Anna")  # one marker at most: not enough
    assert not lexicon.german_text("Please ask Anna, she is in the office")
    assert not lexicon.german_text("Ik heb met Anna gesproken en het is goed")
    assert not lexicon.german_text("Il pacco è arrivato danneggiato, la scatola era aperta")
    text = "und Kabel nicht"
    assert lexicon.german_text(text) and not lexicon.german_text(text, 0, 3)  # not in the span


def test_a_custom_lexicon() -> None:
    custom = Lexicon.of(["Délai", "heure"], names=["Anna"], places=["Lyon"])
    assert custom.is_ordinary("delai") and custom.is_ordinary("DÉLAI")
    assert not custom.is_ordinary("Anna")
    assert custom.name_not_place("Anna", 0, 4)
    assert not custom.name_not_place("Lyon", 0, 4)


def test_names_joined_into_one_token() -> None:
    custom = Lexicon.of(
        ["pay", "mail"], names=["Kowalski", "Black", "Rock", "Pal"], places=["Baden"],
        first_names=["Anna", "Jan"], names_also_words=["Anna", "Jan"],
    )  # fmt: skip
    assert "anna" in custom.names and "kowalski" not in custom.first_names
    assert custom.camel_case_names("ask AnnaKowalski now") == [(4, 16)]
    # the first part a first name, one part a name and no frequent word, no word
    assert custom.camel_case_names("BlackRock JanAnna PayPal AnnaMail KowalskiAnna") == []
    text = "Anna-Kowalski, Baden-Kowalski, e-mail"
    assert custom.joined_name(text, 5, 13) == (0, 13)
    assert custom.joined_name(text, 21, 29) is None
    assert custom.joined_name(text, 33, 37) is None


def test_a_missing_list_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"models\.lexicon\.build"):
        Lexicon.load(tmp_path / "ordinary_words.txt.gz")


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        (None, "FileNotFoundError"),
        (b"not gzip", "BadGzipFile"),
        (gzip.compress(b"\xff\xfe", mtime=0), "UnicodeDecodeError"),
        (gzip.compress(b"anna\nbert", mtime=0), "ValueError"),  # a word list ends with "\n"
    ],
    ids=["missing", "not-gzip", "not-utf8", "no-final-newline"],
)
def test_a_packaged_list_that_cannot_be_read_names_its_rebuild(
    tmp_path: Path, content: bytes | None, cause: str
) -> None:
    path = tmp_path / "holiday_names.txt.gz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelLoadError) as caught:
        read_packaged(path, WordList, "holiday list", "models.lexicon.build_holidays")
    assert str(caught.value) == (
        f"cannot read the holiday list at {path} ({cause}); "
        "rebuild it with `python -m models.lexicon.build_holidays`"
    )


def test_a_packaged_list_is_parsed_as_asked(tmp_path: Path) -> None:
    path = tmp_path / "names.txt.gz"
    path.write_bytes(gzip.compress(b"anna\nbert\n"))
    assert read_packaged(path, str.splitlines) == ["anna", "bert"]
    assert "bert" in read_packaged(path, WordList)


def test_the_shipped_lists_are_sorted_and_folded() -> None:
    data = Path(__file__).resolve().parents[2] / "piiguard" / "detection" / "data"
    for name in ("ordinary_words", "names", "names_also_words", "places", "first_names",
                 "german_words", "german_markers", "lowercase_words"):  # fmt: skip
        words = gzip.decompress((data / f"{name}.txt.gz").read_bytes()).decode().split("\n")
        assert words[-1] == "" and words[:-1] == sorted(set(words[:-1])), name
        assert all(w == w.casefold() for w in words), name
    lexicon = Lexicon.load()
    assert all(name in lexicon.names for name in ("anna", "jan", "piotr", "kowalski"))
    assert all(name in lexicon.first_names for name in ("anna", "jan", "piotr"))
    assert not any(name in lexicon.first_names for name in ("kowalski", "black", "power"))
