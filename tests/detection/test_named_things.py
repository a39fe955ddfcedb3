"""Things named like people (the thirteenth probe's clean rows): holidays and saints' days,
colours that are first names, shops and brands, makers before a model number, book titles.
Each class has the clean lines that must not fire and the personal lines beside them that
must still fire."""

from __future__ import annotations

import pytest

from models.lexicon.build_holidays import phrases
from piiguard.detection.policy import PersonalDataPolicy, holiday_names
from tests.detection._policy import kept

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"
DEFAULT = PersonalDataPolicy()


def test_holiday_names_come_from_the_built_list() -> None:
    names = holiday_names()
    for name in ("tag der deutschen einheit", "fronleichnam", "pinksteren", "toussaint",
                 "wigilia bozego narodzenia", "ferragosto", "boxing day"):
        assert name in names, name
    assert "observed" not in names and "marii" not in names


def test_holiday_phrases_drop_brackets_and_long_names() -> None:
    assert phrases(iter([
        "Boże Narodzenie (pierwszy dzień)", "Jour de l'An", "Christmas Day (observed)",
        "Wniebowzięcie Najświętszej Marii Panny i coś jeszcze dalej",
    ])) == [
        "boze narodzenie", "boze narodzenie pierwszy dzien", "christmas day",
        "christmas day observed", "jour de l an",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # holidays and saints' days: after a word of time, beside another holiday
        ("Habt ihr an Pfingsten und an Sankt Martin geöffnet?", [("Sankt Martin", P)], []),
        ("Habt ihr an Sankt Martin geöffnet?", [("Martin", P)], []),
        ("Liefert ihr auch zwischen Heiligabend und Silvester?", [("Silvester", P)], []),
        ("êtes-vous ouverts à la Toussaint ?", [("la Toussaint", P)], []),
        ("vous livrez entre Noël et la Saint-Sylvestre ?", [("Noël", P)], []),
        ("¿enviáis entre Nochebuena y Reyes?", [("Nochebuena y Reyes", ORG)], []),
        ("czy wysyłacie między Wigilią a Sylwestrem?", [("Wigilią", P), ("Sylwestrem", L)],
         []),
        ("Seid ihr am Tag der Deutschen Einheit offen?", [("Deutschen Einheit", ORG)], []),
        ("Siete aperti a Ferragosto?", [("Ferragosto", P)], []),
        # people with holidays' and saints' names stay
        ("Noël Dupont a appelé hier", [("Noël Dupont", P)], ["Noël Dupont"]),
        ("Tu peux prévenir Noël ?", [("Noël", P)], ["Noël"]),
        ("schreib an Silvester Müller", [("Silvester Müller", P)], ["Silvester Müller"]),
        ("Herr Silvester hat an Pfingsten angerufen", [("Silvester", P)], ["Silvester"]),
        ("Frag Silvester und Rosa", [("Silvester", P), ("Rosa", P)], ["Silvester", "Rosa"]),
        ("Martin hat an Pfingsten Geburtstag", [("Martin", P)], ["Martin"]),
        ("es para Reyes Gómez, mi suegra", [("Reyes Gómez", P)], ["Reyes Gómez"]),
        ("Ich habe mit Martin über Ostern gesprochen", [("Martin", P)], ["Martin"]),
    ],
)  # fmt: skip
def test_holidays_and_saints_days(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # a colour word after a word for colour, or with one near after "in"/"en" or last
        ("Die Farbe Rosa gefällt mir nicht, habt ihr die auch in Grau?",
         [("Rosa", P), ("Grau", P)], []),
        ("el color Rosa no me gusta, ¿lo tenéis en Azul?", [("Rosa", P)], []),
        ("il colore Viola non mi piace, lo avete in Verde?", [("Viola", P)], []),
        ("de kleur Roos is uitverkocht, hebben jullie Bruin?", [("Roos", P), ("Bruin", P)],
         []),
        ("kolor Malina jest wyprzedany, macie Wiśnię?", [("Malina", P), ("Wiśnię", P)], []),
        ("the colour Rose is sold out", [("Rose", P)], []),
        ("the colour: Rose", [("Rose", P)], []),
        # people named like colours stay
        ("my colleague Rosa Grau wants the colour blue", [("Rosa Grau", P)], ["Rosa Grau"]),
        ("Rosa hat die Farbe gewählt", [("Rosa", P)], ["Rosa"]),
        ("Gefällt Rosa die Farbe?", [("Rosa", P)], ["Rosa"]),
        ("Ik heb Roos gisteren gebeld over de kleur", [("Roos", P)], ["Roos"]),
        ("Viola mi ha detto che il colore non va", [("Viola", P)], ["Viola"]),
        ("la Rosa vuole il colore Verde", [("Rosa", P)], ["Rosa"]),
        ("Die Farbe hat Frau Rosa gewählt", [("Rosa", P)], ["Rosa"]),
    ],
)  # fmt: skip
def test_colours(text: str, found: list[tuple[str, str]], expected: list[str]) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # a shop after "bei", "chez", "bij", ... in a sentence about a price or stock
        ("Ist das bei Rossmann oder bei dm günstiger? und gibts das auch bei Otto?",
         [("Rossmann", P), ("Otto", P)], []),
        ("c'est moins cher chez Leclerc ou chez Carrefour ?", [("Leclerc", P)], []),
        ("is het goedkoper bij Albert Heijn of bij Jumbo?", [("Albert Heijn", P)], []),
        ("is dat bij Albert Heijn of bij Jumbo goedkoper?", [("Albert Heijn", P)], []),
        ("¿está más barato en Mercadona?", [("Mercadona", P)], []),
        # a brand before a thing to wear, a partitive, a maker before a model number
        ("bought it at Marks & Spencer and it came in a Ted Baker bag",
         [("Ted Baker", P)], []),
        ("c'est du Louis Vuitton ou du Yves Saint Laurent ce sac ?", [("Louis Vuitton", P)],
         []),
        ("past de muurbeugel op de Philips 55OLED808?", [("Philips 55OLED808", P)], []),
        ("Passt der Filter für den Siemens EQ.6 plus s300?", [("Siemens", ORG)], []),
        # a firm the business is asked whether it works or ships with
        ("¿trabajáis con SEUR o con Correos Express?", [("SEUR", P)], []),
        ("lavorate con Bartolini o con Poste Italiane?", [("Bartolini", P)], []),
        ("werken jullie met PostNL?", [("PostNL", ORG)], []),
        ("versendet ihr mit GLS oder mit DHL?", [("GLS", ORG)], []),
        # people stay: two known names, someone's home, a cue, no article, an account
        ("do you work with Anna Schmidt?", [("Anna Schmidt", P)], ["Anna Schmidt"]),
        ("do you ship with Anna?", [("Anna", P)], ["Anna"]),
        ("lavora con Bartolini da anni", [("Bartolini", P)], ["Bartolini"]),
        ("¿trabajáis con mi hermano Pablo?", [("Pablo", P)], ["Pablo"]),
        ("Ist das bei Otto Meyer günstiger?", [("Otto Meyer", P)], ["Otto Meyer"]),
        ("ask Otto Meyer about the price at Lidl", [("Otto Meyer", P)], ["Otto Meyer"]),
        ("ich wohne bei Otto, ist das günstiger?", [("Otto", P)], ["Otto"]),
        ("Ich war bei Otto, er hat sich das angesehen", [("Otto", P)], ["Otto"]),
        ("Anna Smith bought a bag", [("Anna Smith", P)], ["Anna Smith"]),
        ("give the bag to my sister Anna", [("Anna", P)], ["Anna"]),
        ("la Maria DE89370400440532013000 paga", [("Maria", P)], ["Maria"]),
    ],
)  # fmt: skip
def test_shops_brands_and_makers(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("busco Cien años de soledad y Don Quijote de la Mancha en tapa dura",
         [("Don Quijote", P), ("la Mancha en tapa dura", L)], []),
        ("cerco Il nome della rosa e I promessi sposi in edizione economica",
         [("della rosa", P)], []),
        ("szukam Lalki w twardej oprawie", [("Lalki", P)], []),
        ("Habt ihr Effi Briest als Taschenbuch?", [("Effi Briest", P)], []),
        # a book for someone, or no looking for one: people stay
        ("I am looking for a paperback for Anna Schmidt", [("Anna Schmidt", P)],
         ["Anna Schmidt"]),
        ("Ich suche das Taschenbuch für Anna Schmidt", [("Anna Schmidt", P)],
         ["Anna Schmidt"]),
        ("Anna Schmidt hat das Taschenbuch bestellt", [("Anna Schmidt", P)], ["Anna Schmidt"]),
        ("busco a mi amiga Ana en tapa dura", [("Ana", P)], ["Ana"]),
    ],
)  # fmt: skip
def test_book_titles(text: str, found: list[tuple[str, str]], expected: list[str]) -> None:
    assert kept(DEFAULT, text, found) == expected


def test_a_name_before_an_id_is_no_maker() -> None:
    text = "el Kowalski AB1234567 es mi DNI"
    assert kept(DEFAULT, text, [("Kowalski", P)], [("AB1234567", "ES_NIF")]) == [
        "Kowalski",
        "AB1234567",
    ]


def test_strict_policy_masks_them_all() -> None:
    text = "Die Farbe Rosa gefällt mir nicht"
    assert kept(PersonalDataPolicy.strict(), text, [("Rosa", P)]) == ["Rosa"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # the word that says a letter after the letter and a link word is no one
        ("A wie Anton, L wie Ludwig, D wie Dora, I wie Ida, der Supermarkt halt",
         [("Anton", P), ("Ludwig", P), ("Dora", P)], []),
        ("F comme François, N comme Nicolas, A comme Anatole", [("François", P), ("Nicolas", P)],
         []),
        ("H van Hendrik, E van Eduard, M van Maria, A van Anton", [("Hendrik", P), ("Maria", P)],
         []),
        ("L jak Ludwik, I jak Irena, D jak Dorota", [("Ludwik", P), ("Irena", P)], []),
        ("it's spelled K as in Kilo, A as in Anna", [("Anna", P)], []),
        ("C come Como, O come Otranto, P come Palermo", [("Otranto", P), ("Palermo", P)], []),
        # people stay: no letter before them, another letter, or a name beside the word
        ("ask Anna as in the email", [("Anna", P)], ["Anna"]),
        ("B wie Anton", [("Anton", P)], ["Anton"]),
        ("my friend Dora wie immer", [("Dora", P)], ["Dora"]),
        ("A as in Anna Kowalska, my colleague", [("Anna Kowalska", P)], ["Anna Kowalska"]),
    ],
)  # fmt: skip
def test_letters_said(text: str, found: list[tuple[str, str]], expected: list[str]) -> None:
    assert kept(DEFAULT, text, found) == expected
