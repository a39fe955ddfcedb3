"""Names that are no private person's, read from context (`named_things`): a pet named
right after a word for a pet, the author or public person a message asks about, a street
or station named after a person, a brand beside its goods, a voice assistant; and a
public institution's address. Positives are dropped; look-alikes must stay masked."""

from __future__ import annotations

import pytest

from piiguard._types import Span
from piiguard.detection.named_things import (
    asked_about_author,
    brand_beside_goods,
    car_model,
    pet_name,
    street_or_station,
    voice_assistant,
)
from piiguard.detection.policy import PersonalDataPolicy

POLICY = PersonalDataPolicy()


def person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", 0.9, "ner")


def kept(text: str, value: str) -> bool:
    return bool(POLICY.apply(text, [person(text, value)]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my dog Buddy ate a grape, should I call the vet??", "Buddy"),
        ("Our cat Luna needs a new carrier", "Luna"),
        ("Unser Hund Bello frisst seit gestern nicht", "Bello"),
        ("katze heißt Mimi, braucht die eine Impfung?", "Mimi"),
        ("Notre chienne Bella pèse 12 kg", "Bella"),
        ("mi perro Toby se comió chocolate", "Toby"),
        ("La cagnolina si chiama Stella e pesa 7 kg", "Stella"),
        ("onze hond Max heeft druiven gegeten", "Max"),
        ("mój pies Burek zjadł czekoladę", "Burek"),
        ("Kotka nazywa się Mruczka i waży 4 kg", "Mruczka"),
        ("my dog's name is Rocky and he is ill", "Rocky"),
    ],
)
def test_a_pet_named_after_its_word_is_no_person(text: str, name: str) -> None:
    assert pet_name(text, person(text, name))
    assert not kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The dog walker Anna Smith is late", "Anna Smith"),
        ("der Hund von Anna frisst nicht", "Anna"),
        ("mein Hund und Anna waren draußen", "Anna"),
        ("my cat sitter Tom Jones has the key", "Tom Jones"),
        ("Ich heiße Luna und mein Hund ist krank", "Luna"),
    ],
)
def test_a_person_beside_a_pet_word_stays(text: str, name: str) -> None:
    assert not pet_name(text, person(text, name))
    assert kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Who wrote Pride and Prejudice, Jane Austen or Charlotte Bronte? homework", "Jane Austen"),
        ("Wann hat Goethe den Faust geschrieben? Brauch das für die Hausaufgabe", "Goethe"),
        ("Victor Hugo a écrit Les Misérables en quelle année ?", "Victor Hugo"),
        ("¿En qué año escribió Cervantes el Quijote? es para clase", "Cervantes"),
        ("Kiedy Mickiewicz napisał Pana Tadeusza? potrzebuję na lekcję", "Mickiewicz"),
        ("Is Harry Potter and the Goblet of Fire by J.K. Rowling ok for a 9 year old?",
         "J.K. Rowling"),
        ("Ist 'Der Vorleser' von Bernhard Schlink für die 9. Klasse geeignet?",
         "Bernhard Schlink"),
        ("I Promessi Sposi di Manzoni si legge in seconda media?", "Manzoni"),
        ("Bram Stoker schreef Dracula toch? En wie was Mark Twain eigenlijk?", "Mark Twain"),
        ("can you summarise Barack Obama's 2008 speech on race for a school essay",
         "Barack Obama"),
        ("riassumi la vita di Giuseppe Garibaldi per la ricerca di storia",
         "Giuseppe Garibaldi"),
    ],
)  # fmt: skip
def test_the_author_or_public_person_a_message_asks_about(text: str, name: str) -> None:
    assert asked_about_author(text, person(text, name))
    assert not kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # writing to someone is no work; a first name alone is someone the writer knows
        ("Hat Anna mir den Brief geschrieben?", "Anna"),
        ("Wann hat Anna den Brief geschrieben?", "Anna"),
        ("who wrote to me, Anna Smith or Tom Jones?", "Anna Smith"),
        ("Tom has homework about his life of crime", "Tom"),
        # a person introduced as such
        ("My friend Jane Austen wrote Pride and Prejudice fan fiction, when?", "Jane Austen"),
        # no question, no work
        ("Jane Austen wrote to complain about her order", "Jane Austen"),
        ("the parcel by Anna Smith arrived", "Anna Smith"),
    ],
)
def test_people_the_message_knows_stay(text: str, name: str) -> None:
    assert kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wo ist die Packstation in der Konrad-Adenauer-Straße?", "Konrad-Adenauer-Straße"),
        ("Stopt de metro nog bij Van der Madeweg?", "Van der Madeweg"),
        ("Fährt die U5 noch bis Karl-Marx-Allee?", "Karl-Marx-Allee"),
        ("L'ascenseur de la station Victor Hugo est en panne.", "Victor Hugo"),
        ("L'ascensore della stazione Cavour è guasto.", "Cavour"),
        ("Czy winda na stacji Ratusz Arsenał działa?", "Ratusz Arsenał"),
        ("le TGV depuis Paris Gare de Lyon est moins cher ?", "Paris Gare"),
        ("il Frecciarossa da Milano Centrale costa meno?", "Milano Centrale"),
    ],
)
def test_a_street_or_station_named_after_a_person_is_no_person(text: str, name: str) -> None:
    assert street_or_station(text, person(text, name))
    assert not kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mein Kollege Victor Hugo wartet an der Station", "Victor Hugo"),
        ("ich wohne in der Konrad-Adenauer-Straße 5", "Konrad-Adenauer-Straße"),
        ("Pieter Houdijk heeft de reservering gemaakt", "Pieter Houdijk"),
        ("Sebastian Döring ruft zurück", "Sebastian Döring"),
        ("Pieter Hellweg heeft gebeld", "Pieter Hellweg"),
    ],
)
def test_a_person_or_an_address_stays(text: str, name: str) -> None:
    assert not street_or_station(text, person(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ma veste Yves Saint Laurent a un bouton cassé.", "Yves Saint Laurent"),
        ("Le parfum Jean Paul Gaultier est-il encore en promo ?", "Jean Paul Gaultier"),
        ("¿El aceite Carbonell sigue de oferta?", "Carbonell"),
        ("La mia borsa Giorgio Armani ha la cerniera rotta.", "Giorgio Armani"),
        ("Moja torebka Wittchen ma zepsuty zamek.", "Wittchen"),
        ("Czy kawa Jacobs jest jeszcze w promocji?", "Jacobs"),
        ("Die Hugo Boss Jacke hat einen Fehler", "Hugo Boss Jacke"),
    ],
)
def test_a_brand_beside_its_goods_is_no_person(text: str, name: str) -> None:
    assert brand_beside_goods(text, person(text, name))
    assert not kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gracias por el café, María", "María"),
        ("Der Kaffee für Anna Schmidt ist fertig", "Anna Schmidt"),
        ("la borsa di Giulia Bianchi è rotta", "Giulia Bianchi"),
    ],
)
def test_a_person_beside_goods_stays(text: str, name: str) -> None:
    assert not brand_beside_goods(text, person(text, name))
    assert kept(text, name)


@pytest.mark.parametrize(
    ("text", "name", "assistant"),
    [
        ("haha thanks, you're more helpful than Siri or Alexa", "Alexa", True),
        ("jajaja gracias, eres mejor que Alexa", "Alexa", True),
        ("haha dankjewel, je bent slimmer dan Siri", "Siri", True),
        ("Alexa called me yesterday about the order", "Alexa", False),
        ("my sister Alexa and I share the account", "Alexa", False),
    ],
)
def test_a_voice_assistant_compared_with_the_bot(text: str, name: str, assistant: bool) -> None:
    assert voice_assistant(text, person(text, name)) is assistant
    assert kept(text, name) is not assistant


@pytest.mark.parametrize(
    ("text", "place", "masked"),
    [
        ("Wo ist das Bürgeramt Mitte, Karl-Marx-Allee 31?", "Karl-Marx-Allee 31", False),
        ("les horaires de la Préfecture de Police, 1 bis rue de Lutèce ?",
         "Police, 1 bis rue de Lutèce", False),
        ("¿Cuál es el horario del Museo del Prado, calle Ruiz de Alarcón 23?",
         "Museo del Prado, calle Ruiz de Alarcón 23", False),
        ("de openingstijden van het Rijksmuseum, Museumstraat 1?", "Museumstraat 1", False),
        ("Waar zit het gemeentehuis van Rotterdam, Coolsingel 40?", "Coolsingel 40", False),
        ("godziny otwarcia Zamku Królewskiego, plac Zamkowy 4?", "plac Zamkowy 4", False),
        ("Ich wohne neben dem Rathaus, Hauptstraße 5", "Hauptstraße 5", True),
        ("mijn huis, Kerkstraat 5, lekt", "Kerkstraat 5", True),
        ("mi dirección es Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid", True),
    ],
)  # fmt: skip
def test_a_public_institutions_address_is_no_ones_home(
    text: str, place: str, masked: bool
) -> None:
    start = text.index(place)
    span = Span(start, start + len(place), "LOCATION", 0.9, "ner")
    assert bool(POLICY.apply(text, [span])) is masked


@pytest.mark.parametrize(
    ("text", "name", "masked"),
    [
        ("Arsenal won 3-1 against Chelsea, what a match lol", "Chelsea", False),
        ("Ajax won met 3-1 van Feyenoord, wat een wedstrijd", "Feyenoord", False),
        ("Ajax won met 3-1 van Feyenoord, wat een wedstrijd", "Ajax", False),
        ("Lazio 2:0 Roma ieri sera", "Roma", False),
        # people on both sides of a result stay people
        ("Anna won 6-4 against Marta Kowalski at tennis", "Marta Kowalski", True),
        ("my son Chelsea won 3-1 against Arsenal fans at chess", "Chelsea", True),
    ],
)
def test_a_side_of_a_result_is_a_team(text: str, name: str, masked: bool) -> None:
    assert kept(text, name) is masked


@pytest.mark.parametrize(
    ("text", "name", "is_car"),
    [
        ("La borne est-elle compatible avec la Renault Zoé ?", "Renault Zoé", True),
        ("L'Alfa Romeo Tonale ha il gancio traino?", "Romeo Tonale", True),
        ("Czy Toyota Corolla Cross ma hak fabrycznie?", "Toyota Corolla Cross", True),
        ("meine Mercedes A-Klasse hat einen Kratzer", "Mercedes A-Klasse", True),
        # a make that is a first name, with a surname and no article: a person
        ("Mercedes Schmidt hat angerufen wegen ihrem Ford", "Mercedes Schmidt", False),
        ("Mercedes hat angerufen", "Mercedes", False),
    ],
)
def test_a_car_make_and_model(text: str, name: str, is_car: bool) -> None:
    assert car_model(text, person(text, name)) is is_car
    assert kept(text, name) is not is_car


@pytest.mark.parametrize(
    ("text", "name", "masked"),
    [
        ("Le film sur Arsène Lupin est-il inclus dans mon abonnement ?", "Arsène Lupin", False),
        ("¿La serie de Don Quijote está incluida en mi tarifa?", "Don Quijote", False),
        ("Avete peluche di Geronimo Stilton?", "Geronimo Stilton", False),
        ("Hebben jullie knuffels van Dikkie Dik?", "Dikkie Dik", False),
        ("Czy serial o Wiedźminie jest w moim pakiecie?", "Wiedźminie", False),
        # a toy or a film of someone the writer knows stays theirs
        ("the film about my friend Anna Smith won a prize", "Anna Smith", True),
        ("puzzle de mi hija Lucía, ¿lo enviáis?", "Lucía", True),
    ],
)  # fmt: skip
def test_a_character_of_a_series_film_or_toy(text: str, name: str, masked: bool) -> None:
    assert kept(text, name) is masked
