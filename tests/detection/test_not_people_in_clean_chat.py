"""Precision on clean chat in seven languages (fp16, issue 16): words the model calls a
person that are no one. A program after a verb of installing ("Installa |Babel|"); a
programming or template language no list of people's names holds ("szablonów |Django|");
the firm named before its service line ("|Nova Poshta|, infolinia 0 800 500 609"); a word
in lowercase that the lists hold as a word and no name, in a text that writes names with
a capital ("quieres |deshabilitar| esta tarea"); a function word opening a sentence
("|Nog|) geen discussies"); a digit word among digit words ("|otto| nove due zero").
Each class has the clean lines that must not fire and the personal lines beside them
that must."""

from __future__ import annotations

import pytest

from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P = "PERSON"
ORG = "ORGANIZATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()

NO_ONE = [
    # a program installed
    ("Installa Babel per avere i formati nazionali delle date.", [("Babel", P)]),
    ("Zainstaluj Babel, by wspierać inne języki.", [("Babel", P)]),
    ("Installeer Babel voor uitgebreide taalondersteuning.", [("Babel", P)]),
    ("Install Babel for localized date formats.", [("Babel", P)]),
    ("Installieren Sie Mailman auf dem Server.", [("Mailman", P)]),
    ("je dois réinstaller Deluge après la mise à jour", [("Deluge", P)]),
    ("he instalado Weblate en el servidor", [("Weblate", P)]),
    # a programming or template language no one is called
    ("Deze velden worden gerenderd met Django's template systeem.", [("Django", P)]),
    ("Można używać znaczników szablonów Django w opisach commitów.", [("Django", P)]),
    ("Ich schreibe das Backend in Kotlin, geht das?", [("Kotlin", P)]),
    # a firm before its service line
    ("Nova Poshta, infolinia 0 800 500 609", [("Nova Poshta", P)]),
    ("Telekom Hotline: 0800 330 1000", [("Telekom", ORG)]),
    ("Trenitalia servizio clienti 892021", [("Trenitalia", ORG)]),
    # a word in lowercase the lists hold as a word and no name
    ("¿Seguro que quieres deshabilitar esta tarea?", [("deshabilitar", P)]),
    ("Proporciónalas en la dirección URL o utiliza SSH con autenticación basado en las claves.",
     [("autenticación", P)]),
    # a function word opening a sentence or a bracket
    ("(Nog) geen discussies deze maand.", [("Nog", P)]),
    ("Bueno, es una forma de definirme. ¿Tú cómo me definirías realmente?", [("Bueno", P)]),
    # a digit word among digit words
    ("il numero verde di Trenitalia è otto nove due zero, ventuno", [("otto", P)]),
    ("dieci nove otto sette sei cinque quattro tre due uno buon anno", [("otto", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), NO_ONE)
def test_these_are_no_one(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


PEOPLE = [
    # a name after a verb of installing, with a possessive or a cue
    ("can you install Anna's printer driver", [("Anna", P)]),
    ("bitte installieren Sie das für Herrn Babel", [("Babel", P)]),
    # a programming language named like people is judged by its context
    ("Ruby sent me the file yesterday", [("Ruby", P)]),
    ("ho parlato con Julia del progetto", [("Julia", P)]),
    # a person, not a firm: no service word, or a cue
    ("Anna Kowalska, telefon 600 123 456", [("Anna Kowalska", P)]),
    ("Frau Yıldız, Kundenservice 0800 330 1000", [("Yıldız", P)]),
    # a name in lowercase: a known name, or beside one
    ("ask dan about the KeyError please", [("dan", P)]),
    ("Ich habe mit anna gellar gesprochen.", [("gellar", P)]),
    ("Ho parlato con pietrantonio de rossi ieri.", [("pietrantonio", P)]),
    ("Ich habe mit kowalski telefoniert, die Bestellung fehlt.", [("kowalski", P)]),
    # a first name that is a function word too opens the sentence
    ("Will is coming tomorrow to fix the router.", [("Will", P)]),
    ("Dan heeft gisteren gebeld over de factuur.", [("Dan", P)]),
    ("Pero te llamó ayer por la factura.", [("Pero", P)]),
    # a digit word alone, or capitalised
    ("ho parlato con otto ieri sera", [("otto", P)]),
    ("Otto hat gestern angerufen, zwei Mal.", [("Otto", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), PEOPLE)
def test_people_stay(text: str, found: list[tuple[str, str]]) -> None:
    values = kept(DEFAULT, text, found)
    assert values and all(any(v in k for k in values) for v, _ in found)


@pytest.mark.parametrize(("text", "found"), NO_ONE[:3] + NO_ONE[10:11])
def test_the_strict_policy_drops_none(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(STRICT, text, found) == [v for v, _ in found]
