"""Recall guardrail for the policy's precision rules (names4): private people's names and
the writer's own home address must stay masked where a rule meant for clean text reads
them as something else. The rows come from the names probe
(`benchmarks/data/names_probe_v1.jsonl`) and from cases aimed at the rules after reading
them; each runs the policy on the span the model reports for it, so no model is needed."""

from __future__ import annotations

import pytest

from piiguard._types import LOCATION, PERSON, Span
from piiguard.detection.policy import PersonalDataPolicy

POLICY = PersonalDataPolicy()


def masked(text: str, value: str, label: str) -> list[tuple[str, str]]:
    start = text.index(value)
    spans = [Span(start, start + len(value), label, 0.9, "ner")]
    return [(s.label, text[s.start : s.end]) for s in POLICY.apply(text, spans)]


# --- a home above a shop: the writer's address, not the shop's ----------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("please deliver to my home above the shop at 14 Market Street, Leeds LS1 6DT",
         "14 Market Street, Leeds LS1 6DT"),
        ("send it to us above the shop at 5 Church Road, Manchester M20 3FJ",
         "5 Church Road, Manchester M20 3FJ"),
        ("my flat is above the store at 22 High Street, Bristol BS1 2AW, ring twice",
         "22 High Street, Bristol BS1 2AW"),
        ("Bitte an meine Wohnung über dem Laden in der Hauptstraße 5, 80331 München liefern",
         "Hauptstraße 5, 80331 München"),
        ("Mein Zuhause ist über der Filiale in der Bahnhofstraße 12, 50667 Köln",
         "Bahnhofstraße 12, 50667 Köln"),
        ("livrez chez moi au-dessus du magasin au 12 rue de la République, 69002 Lyon",
         "12 rue de la République, 69002 Lyon"),
        ("notre appartement est au-dessus de la boutique du 8 rue Pasteur, 44000 Nantes",
         "8 rue Pasteur, 44000 Nantes"),
        ("mi piso está encima de la tienda de la calle Mayor 8, 28013 Madrid",
         "calle Mayor 8, 28013 Madrid"),
        ("nuestra casa está encima de la tienda en Calle Sol 12, 29001 Málaga",
         "Calle Sol 12, 29001 Málaga"),
        ("casa mia è sopra il negozio di Via Roma 14, 10121 Torino", "Via Roma 14, 10121 Torino"),
        ("we zitten boven de winkel op de Dorpsstraat 8, 1566 AB Assendelft, bel maar aan",
         "Dorpsstraat 8, 1566 AB Assendelft"),
    ],
)  # fmt: skip
def test_a_home_above_a_shop_is_the_writers_address(text: str, address: str) -> None:
    assert masked(text, address, LOCATION) == [(LOCATION, address)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the shop's own address, also where a word for about or over it comes first
        ("store at 221 Baker St, London had no stock", "221 Baker St, London"),
        ("eine Beschwerde über den Laden in der Hauptstraße 5, 80331 München",
         "Hauptstraße 5, 80331 München"),
        ("ik heb een vraag over de winkel aan de Kalverstraat 92, 1012 PH Amsterdam",
         "Kalverstraat 92, 1012 PH Amsterdam"),
        ("the shop above the bank? no, the store at 12 Elm Grove, Leeds is closed",
         "12 Elm Grove, Leeds"),
    ],
)  # fmt: skip
def test_a_shops_address_stays_unmasked(text: str, address: str) -> None:
    assert masked(text, address, LOCATION) == []


# --- a title or a holder's word before what the model called a place -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("proszę o kontakt z panem Kowalskim", "Kowalskim"),
        ("il conto è intestato a Roberto Milano", "Roberto Milano"),
        ("Bitte rufen Sie Frau Zwolle zurück", "Zwolle"),
        ("graag meneer Roermond terugbellen", "Roermond"),
        ("la cuenta es de la señora Valencia", "Valencia"),
    ],
)
def test_a_place_after_a_title_is_a_person(text: str, name: str) -> None:
    assert masked(text, name, LOCATION) == [(PERSON, name)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("do you ship to Milano?", "Milano"),
        ("il treno per Milano è in ritardo", "Milano"),
        ("urząd m. Krakowa nie odpowiada", "Krakowa"),
        ("open till 8 on Fr Berlin store", "Berlin"),
    ],
)
def test_a_place_after_no_title_stays_unmasked(text: str, place: str) -> None:
    assert masked(text, place, LOCATION) == []


# --- a surname's particles after a title ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        ("graag mevrouw de Vries terugbellen", "Vries", "de Vries"),
        ("mevrouw de vries belde gisteren", "vries", "de vries"),
        ("bitte Frau von Stein zurückrufen", "Stein", "von Stein"),
        ("rozmawiałam z pan de Vries", "Vries", "de Vries"),
        ("ich habe mit Herrn van den Berg gesprochen", "Berg", "van den Berg"),
    ],
)
def test_a_surnames_particles_after_a_title_are_masked(text: str, found: str, name: str) -> None:
    assert masked(text, found, PERSON) == [(PERSON, name)]


def test_particles_after_no_title_are_left() -> None:
    # "de" is no part of the name here: no title or known first name before it
    assert masked("het pakket ligt bij de Vries", "Vries", PERSON) == [(PERSON, "Vries")]


# --- a phone "of" or "from" someone is no maker ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("ik kreeg een telefoon van Jansen over de levering", "Jansen", PERSON),
        ("dostałem telefon od Kowalskiego w sprawie zwrotu", "Kowalskiego", "ORGANIZATION"),
        ("j'ai eu le téléphone de Dupont hier, il ne marche pas", "Dupont", "ORGANIZATION"),
        ("Ich habe das Handy von Becker bekommen", "Becker", PERSON),
    ],
)
def test_a_phone_of_someone_keeps_the_name(text: str, name: str, label: str) -> None:
    # kept, maybe grown ("Handy von Becker": "Handy" is a surname too)
    assert [lab for lab, value in masked(text, name, label) if name in value] == [label]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lavadora Balay no centrifuga", "Balay"),
        ("der Kühlschrank von Siemens ist kaputt", "Siemens"),
        ("de wasmachine van Miele lekt", "Miele"),
        ("telefon marki Xiaomi nie ładuje", "Xiaomi"),
        ("the Bosch dishwasher leaks", "Bosch"),
    ],
)
def test_the_maker_of_an_appliance_stays_unmasked(text: str, name: str) -> None:
    assert masked(text, name, "ORGANIZATION") == []


# --- the street word the model left out of an address ---------------------------------


@pytest.mark.parametrize(
    ("text", "found", "address"),
    [
        ("mieszkam na ulicy Kościuszki 52, 50-038 Wrocław", "Kościuszki 52, 50-038 Wrocław",
         "ulicy Kościuszki 52, 50-038 Wrocław"),
        ("mój adres: ul. Lipowa 8, 20-020 Lublin", "Lipowa 8, 20-020 Lublin",
         "ul. Lipowa 8, 20-020 Lublin"),
        ("ma nouvelle adresse : avenue Jean Jaurès 12, 31000 Toulouse",
         "Jean Jaurès 12, 31000 Toulouse", "avenue Jean Jaurès 12, 31000 Toulouse"),
    ],
)  # fmt: skip
def test_an_address_takes_in_its_street_word(text: str, found: str, address: str) -> None:
    assert masked(text, found, LOCATION) == [(LOCATION, address)]


def test_a_place_without_a_number_takes_in_no_street_word() -> None:
    text = "mieszkam przy ulicy Kościuszki w Krakowie"
    assert masked(text, "Krakowie", LOCATION) == [(LOCATION, "Krakowie")]


# --- a name the model cut at its particles ---------------------------------------------


def _apply(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    spans = []
    for value, label in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), label, 0.9, "ner"))
    return [(s.label, text[s.start : s.end]) for s in POLICY.apply(text, spans)]


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        ("hoi met noor de haan, pakket is niet aangekomen", ["noor", "haan"], "noor de haan"),
        ("groetjes, jan van der berg", ["jan", "berg"], "jan van der berg"),
    ],
)
def test_a_name_cut_at_its_particles_is_one(text: str, found: list[str], name: str) -> None:
    assert _apply(text, [(value, PERSON) for value in found]) == [(PERSON, name)]


def test_two_people_joined_by_a_conjunction_stay_two() -> None:
    text = "Anna e Marco hanno ordinato"
    assert _apply(text, [("Anna", PERSON), ("Marco", PERSON)]) == [
        (PERSON, "Anna"),
        (PERSON, "Marco"),
    ]
