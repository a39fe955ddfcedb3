"""The company's people a customer names ("Votre conseillère Sandrine", "Ihr Mitarbeiter
Herr Becker"), one known name after a title of address, and the Arabic and Berber
particles inside a name ("Yasmina El Amrani"). Policy-level: the model's spans are given,
so each row tests the rule, not the model."""

from __future__ import annotations

import pytest

from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

POLICY = PersonalDataPolicy()


def masked(text: str, found: list[tuple[str, str]]) -> list[str]:
    return kept(POLICY, text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Votre conseillère Sandrine devait me rappeler.", ["Sandrine"]),
        ("your agent Priya was rude to me", ["Priya"]),
        ("Ihr Mitarbeiter Herr Becker hat Rückruf versprochen.", ["Becker"]),
        ("la asesora Ximena me dijo otra cosa", ["Ximena"]),
        ("l'operatore Gianluca mi ha chiuso la chiamata", ["Gianluca"]),
        ("de medewerker Sanne zou terugbellen", ["Sanne"]),
        ("konsultantka Agnieszka obiecała oddzwonić", ["Agnieszka"]),
        ("Frau Koch hat angerufen", ["Koch"]),
        ("Mme Lefèvre a appelé hier", ["Lefèvre"]),
    ],
)
def test_a_name_after_an_agent_word_or_a_title_of_address(
    text: str, expected: list[str]
) -> None:
    assert masked(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the agent said no",
        "Guten Tag Herr Doktor, ist die Praxis offen?",
        "Die Pizza von Dr. Oetker ist lecker",
        "I'll have a Dr Pepper with my burger",
        "el técnico vino ayer",
        "Mr. Clean works on the oven",
    ],
)
def test_roles_and_brands_after_those_words_stay_clean(text: str) -> None:
    assert masked(text, []) == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("gracias de verdad a Yasmina El Amrani", [("Yasmina", "PERSON"), ("Amrani", "PERSON")],
         ["Yasmina El Amrani"]),
        ("c'est Karim ben Salah qui a appelé", [("Karim", "PERSON"), ("Salah", "PERSON")],
         ["Karim ben Salah"]),
        ("Omar Ould Ahmed wartet", [("Omar", "PERSON"), ("Ahmed", "PERSON")],
         ["Omar Ould Ahmed"]),
        # two people, not one name with a particle
        ("Anna und Ben Meyer kommen", [("Anna", "PERSON"), ("Ben Meyer", "PERSON")],
         ["Anna", "Ben Meyer"]),
    ],
)  # fmt: skip
def test_a_name_joined_over_its_arabic_particle(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert masked(text, found) == expected


def test_one_letter_is_no_name() -> None:
    assert masked("Ordine n. IT-77120-883, ancora niente", [("n.", "PERSON")]) == []
    assert masked("Jan K. called", [("Jan K.", "PERSON")]) == ["Jan K."]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("in mijn woning aan de Herenstraat 17A, 2011 CW Haarlem lekt water",
         [("Herenstraat 17A", "LOCATION")], ["Herenstraat 17A, 2011 CW Haarlem"]),
        ("bitte an Lindenweg 4, 34117 Kassel schicken",
         [("Lindenweg 4", "LOCATION")], ["Lindenweg 4, 34117 Kassel"]),
        ("wyślij na ul. Długa 5, 00-238 Warszawa", [("ul. Długa 5", "LOCATION")],
         ["ul. Długa 5, 00-238 Warszawa"]),
        # a number and a word that is no town stays out
        ("Kerkstraat 5, 2000 Euro per maand", [("Kerkstraat 5", "LOCATION")],
         ["Kerkstraat 5"]),
    ],
)  # fmt: skip
def test_the_postcode_and_town_after_an_address_are_part_of_it(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert masked(text, found) == expected


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("in mijn woning aan de Herenstraat 17A lekt water", "Herenstraat 17A"),
        ("die Heizung in der Lindenstraße 4B ist kaputt", "Lindenstraße 4B"),
    ],
)
def test_a_street_and_its_house_number_are_no_maker_and_model(text: str, address: str) -> None:
    assert masked(text, [(address, "LOCATION")]) == [address]
