"""Names that are no private person's, read from context (`named_things`): a pet named
right after a word for a pet, and the author or public person a message asks about.
Positives are dropped names; look-alikes are people who must stay masked."""

from __future__ import annotations

import pytest

from piiguard._types import Span
from piiguard.detection.named_things import asked_about_author, pet_name
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
