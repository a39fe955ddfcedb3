"""The age a writer states as their own (`piiguard.consent.stated_age`): plain first-person
statements in the seven chat languages count; other people's ages, durations, distances,
ranks, times, prices and order numbers never do."""

from __future__ import annotations

import pytest

from piiguard.consent.stated_age import stated_age, stated_ages, youngest_stated_age

STATED = [
    # English
    ("I'm 12", 12),
    ("I'm 12.", 12),
    ("hi im 14 yo", 14),
    ("I am 13 years old", 13),
    ("I’m 12 years old and my teacher said I should ask here", 12),
    ("i am 15 y/o, is that ok?", 15),
    ("I'm a 13-year-old girl from Leeds", 13),
    ("I'm only 11, how do I get my mum to let me play", 11),
    ("I am 13, and I need help with homework", 13),
    ("I'm 12 and bored", 12),
    ("Hello!\nI am 14\nCan you help me?", 14),
    ("Age: 13", 13),
    ("Name: Tom, age: 13, school: Oakfield", 13),
    ("my age is 12", 12),
    ("I'm 40 years old", 40),
    # German
    ("ich bin 13", 13),
    ("Ich bin 13 Jahre alt", 13),
    ("ich bin erst 12 und darf das nicht", 12),
    ("Ich bin 14-jährig und gehe in die 8. Klasse", 14),
    ("Ich bin eine 13-jährige Schülerin", 13),
    ("Hallo, ich bin 12 Jahre.", 12),
    ("Alter: 13", 13),
    # French
    ("j'ai 14 ans", 14),
    ("J’ai 13 ans et je suis en 4e", 13),
    ("jai 12 ans jsuis en 6eme", 12),
    ("je suis âgée de 13 ans", 13),
    ("J'ai seulement 11 ans.", 11),
    # Spanish
    ("tengo 12 años", 12),
    ("Tengo 13 años y vivo en Sevilla", 13),
    ("tengo 12 anos", 12),
    ("mi edad es 14", 14),
    # Italian
    ("ho 13 anni", 13),
    ("Ciao, ho 12 anni e frequento la seconda media", 12),
    ("ho compiuto 14 anni ieri", 14),
    ("età: 12", 12),
    # Dutch
    ("ik ben 12", 12),
    ("Ik ben 12 jaar", 12),
    ("ik ben 13 jaar oud", 13),
    ("ik ben 12 jaar en zit in groep 8", 12),
    ("ik ben 14-jarig", 14),
    # Polish
    ("mam 12 lat", 12),
    ("Mam 13 lat i chodzę do siódmej klasy", 13),
    ("jestem 13-latkiem", 13),
    ("jestem 14-latką", 14),
    ("jestem 13-letnią dziewczyną", 13),
    ("skończyłam 12 lat", 12),
    # acl13: numbers in words, chat shorthand, disguised digits
    ("I am twelve years old", 12),
    ("I'm twelve", 12),
    ("i'm fourteen years old", 14),
    ("I'm a twelve-year-old girl", 12),
    ("im 12 lol", 12),
    ("hi im 13!", 13),
    ("12 y/o here", 12),
    ("13 yo here, need help with maths", 13),
    ("ich bin zwölf Jahre alt", 12),
    ("ich bin dreizehn", 13),
    ("j'ai douze ans", 12),
    ("J'ai quatorze ans et je suis en 3e", 14),
    ("tengo doce años", 12),
    ("ho tredici anni", 13),
    ("ik ben twaalf jaar", 12),
    ("mam dwanaście lat", 12),
    ("mam trzynascie lat", 13),
    ("I'm １２ years old", 12),
    ("I'm 1\u200b2 years old", 12),
    ("ich bin 1\u00ad3 Jahre alt", 13),
]

NOT_STATED = [
    # other people's ages
    "my son is 12",
    "my son is 12 years old",
    "she is 13 years old",
    "he's 12",
    "mein Sohn ist 12",
    "mein Sohn ist 12 Jahre alt",
    "mon fils a 12 ans",
    "j'ai un fils de 12 ans",
    "mi hijo tiene 12 años",
    "tengo un hijo de 12 años",
    "mio figlio ha 12 anni",
    "ho un figlio di 12 anni",
    "mijn zoon is 12 jaar",
    "mój syn ma 12 lat",
    "mam 12-latka w domu",
    "Child's age: 12",
    "Min. age: 18",
    # experience and durations
    "j'ai 12 ans d'expérience",
    "J'ai 14 ans de métier dans la banque",
    "j'ai 10 ans de plus que lui",
    "tengo 12 años de experiencia",
    "tengo 12 años trabajando aquí",
    "tengo 12 años más que mi hermano",
    "I have 12 years of experience",
    "I'm 12 years into my career",
    "I'm 12 years older than my sister",
    "I am 12 years sober",
    "ho 14 anni di servizio",
    "ho 12 anni d'esperienza nel settore",
    "mam 12 lat doświadczenia",
    "mam 12 lat stażu pracy",
    "mam 12 lat w zawodzie",
    "ich bin 12 Stunden unterwegs",
    "ich bin 12 Jahre bei der Firma",
    "ich bin 12 Jahre älter als meine Schwester",
    "ik ben 12 jaar getrouwd",
    "ik ben 12 minuten te laat",
    # units, ranks, times, prices, order numbers
    "I'm 12 minutes late",
    "I'm 15 km away",
    "I'm 15km away",
    "I am 13th in the queue",
    "I'm there at 12",
    "I'm at 12 Baker Street",
    "I'm 12 euros short",
    "I'm 12€ short",
    "I am 12.5 kilometres from the station",
    "I'm 12:30 today",
    "Order 12: I paid 13 dollars",
    "my order #13 has not arrived",
    "I'm 3 of 5 in the waiting list",
    "Ich wohne im 3. Stock",
    "ich wohne im 12. Bezirk",
    "I'm 12 points behind",
    "I am 13 weeks pregnant",
    "I'm 13 hours ahead of you",
    # a bare number that answers something else
    "What size are you? I'm 12.",
    "Which floor? I'm 12.",
    "What level is your character? I am 13.",
    "Welche Größe? Ich bin 12.",
    "Welke maat heb je? Ik ben 12.",
    # a future age
    "I can't drive until I'm 16.",
    "I'll retire when I'm 65.",
    # numbers with no age
    "I have 12 apples",
    "tengo 12 euros",
    "ho 12 messaggi",
    "mam 12 zł",
    "j'ai 12 messages",
    # acl13: the same look-alikes in words and shorthand
    "I'm twelve minutes late",
    "j'ai douze ans d'expérience",
    "tengo doce años de experiencia",
    "I have twelve cats",
    "my son is twelve",
    "my son is twelve years old",
    "one of them is twelve",
    "I'm one of twelve kids",
    "Once I'm twelve I can join",
    "Wir sind im 12. Stock",
    "wir fahren im 12er Bus",
    "im 12. Jahrhundert",
    "I'm an elf",
    "tu sei bravo",
    "12 yo son here",
]


@pytest.mark.parametrize(("text", "age"), STATED)
def test_a_first_person_age_is_found(text: str, age: int) -> None:
    assert stated_age(text) == age


@pytest.mark.parametrize("text", NOT_STATED)
def test_a_look_alike_is_not_an_age(text: str) -> None:
    assert stated_ages(text) == []


def test_the_youngest_age_of_a_turn_counts() -> None:
    turn = ["I'm 17 years old, said my brother", "ok fine, I'm 13."]
    assert youngest_stated_age(turn) == 13
    assert youngest_stated_age(["hello", "my son is 12"]) is None
