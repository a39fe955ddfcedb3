"""Precision on clean chat in seven languages (fp17, issue 16): a lowercase word the model
calls a name, in a text that uses capitals, is a word when it is frequent in the text's
language and no name of that language's own (`Lexicon.common_word`), even when a name list
somewhere holds it ("campo", "dane", "felice", "talen" are first names or surnames in one
list or another). A language's own names stay names in lowercase ("marie" in French, "jan"
in Dutch, "giovanni" in Italian), and so does any word in a text without capitals or after
a cue for a person."""

from __future__ import annotations

import pytest

from piiguard.detection.lexicon import Lexicon
from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P = "PERSON"
DEFAULT = PersonalDataPolicy()

# Lines of the clean probes (v2-v6) the model marks, each word frequent in its language.
WORDS = [
    ("Twoje konto jest teraz nieaktywne, dane zostaną usunięte w ciągu następnych 72 godzin.",
     [("dane", P)]),
    ("Rappresentazione in codifica base64 di un dizionario Python serializzato con pickle. "
     "Non modificare questo campo attraverso l'admin.", [("campo", P)]),
    ("Sono felice quanto può esserlo il software. Forse un po 'di più.", [("felice", P)]),
    ("Il film La vita è bella si vede senza sottotitoli.", [("bella", P)]),
    ("Le code ne peut contenir que des lettres majuscules (A-Z), chiffres et tiret bas et il "
     "ne peut pas commencer par un chiffre.", [("tiret bas", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), WORDS)
def test_common_words_in_lowercase_are_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a language's own names, in lowercase in a text with capitals
        ("Hier soir j'ai vu marie, elle a reçu le colis.", [("marie", P)]),
        ("Ik heb jan gebeld over de levering van het pakket.", [("jan", P)]),
        ("Ho parlato con giovanni ieri, il pacco non è arrivato.", [("giovanni", P)]),
        ("Il pacco l'ha ritirato rossi stamattina, non io.", [("rossi", P)]),
        ("Wczoraj dzwoniła do mnie kasia w sprawie zamówienia.", [("kasia", P)]),
        ("I asked john about the invoice yesterday but he did not know.", [("john", P)]),
        # a frequent word after a cue for a person, or in a text without capitals
        ("Il mio cognome è campo, non trovo il mio ordine.", [("campo", P)]),
        ("ho parlato con felice ieri e non sa niente del pacco", [("felice", P)]),
    ],
)
def test_own_names_and_cued_words_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == [value for value, _ in found]


@pytest.mark.parametrize(
    ("word", "language", "common"),
    [
        ("campo", "it", True),
        ("dane", "pl", True),
        ("talen", "nl", True),
        ("forme", "fr", True),
        ("pero", "es", True),  # one of the 300 commonest
        ("campo", "pl", False),  # frequent in Italian, not in Polish
        ("marie", "fr", False),
        ("jan", "nl", False),
        ("giovanni", "it", False),
        ("john", "en", False),
    ],
)
def test_common_word(word: str, language: str, common: bool) -> None:
    assert Lexicon.load().common_word(word, language) is common
