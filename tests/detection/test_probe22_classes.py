"""Precision and recall on what people paste into chat (probe22): the format of a date
written where the date goes ("TT.MM.JJJJ", "DD/MM/YYYY", "JJ/MM/AAAA") is no one's name,
and the dates and names beside it stay what they are; a name's field label ("Nome e
cognome:", placeholder="Imię") and a lower-case column of a table's header line
("ean;sku;price") are no one either, and the names under them stay. Each class has the
clean lines that must not fire and the personal lines beside them that must."""

from __future__ import annotations

import pytest

from piiguard.detection.policy import PersonalDataPolicy
from piiguard.detection.recognizers.placeholders import date_format_mask
from tests.detection._policy import kept

P = "PERSON"
DEFAULT = PersonalDataPolicy()

NO_ONE = [
    # a date's format where the date goes, in the letters of each language, whole or in part
    ("Geburtsdatum: TT.MM.JJJJ", [("MM.JJJJ", P)]),
    ("Date of birth: DD/MM/YYYY", [("DD/MM/YYYY", P)]),
    ("Date de naissance: JJ/MM/AAAA", [("JJ", P)]),
    ("Fecha de nacimiento: DD/MM/AAAA", [("AAAA", P)]),
    ("Data di nascita: GG/MM/AAAA", [("GG/MM/AAAA", P)]),
    ("Geboortedatum: DD-MM-JJJJ", [("-JJJJ", P)]),
    ("Data urodzenia: DD.MM.RRRR", [("DD.MM.RRRR", P)]),
    ("expiry (MM/YY) please", [("MM/YY", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), NO_ONE)
def test_a_date_format_is_no_one(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


PEOPLE = [
    # names that are letters like a format's, and names beside a format
    ("Geburtsdatum: TT.MM.JJJJ, Name: Jana Dietz", [("Jana Dietz", P)]),
    ("ask JJ about the DD/MM/YYYY field", [("JJ", P)]),
    ("Mam spotkanie z Ewą Rr jutro, data: DD.MM.RRRR", [("Ewą Rr", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), PEOPLE)
def test_people_beside_a_date_format_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == [v for v, _ in found]


@pytest.mark.parametrize(
    ("text", "value", "mask"),
    [
        ("dob: DD/MM/YYYY", "DD/MM/YYYY", True),
        ("dob: dd.mm.yyyy", "dd.mm.yyyy", True),
        ("Ablauf: MM/JJ", "MM/JJ", True),
        ("(YYYY-MM-DD)", "YYYY-MM-DD", True),
        ("ask JJ today", "JJ", False),
        ("DD Smith", "DD", False),
        ("MM.JJJJ", "MM", True),
        ("AB/CD/EFGH", "AB/CD/EFGH", False),
    ],
)
def test_date_format_mask(text: str, value: str, mask: bool) -> None:
    start = text.index(value)
    assert date_format_mask(text, start, start + len(value)) is mask


FIELDS_AND_COLUMNS = [
    # a name's field label where the name goes, alone or before its blank
    ("Nome e cognome: __________", [("Nome e cognome", P)]),
    ('<input name="full_name" placeholder="Imię i nazwisko" value="">', [("Imię", P)]),
    ("Nachname: ____\nVorname: ____", [("Nachname", P), ("Vorname", P)]),
    (
        "Modulo inoltrato\nNome e cognome: __________\nData di nascita: GG/MM/AAAA",
        [("Nome e cognome", P)],
    ),
    # the model's piece of the label, which the name completion would grow
    ("Modulo inoltrato\nNome e cognome: __________", [("Nome e", P)]),
    # the label as the model's span itself, no colon or quotes after it: a table's header
    ("| Nome e cognome | codice fiscale |\n|---|---|", [("Nome e cognome", "ORGANIZATION")]),
    # a lower-case column in the header line of delimited rows
    ("ean;sku;price;stock\n4006381333931;SKU-1;9,99;3", [("ean", P)]),
    ("ticket,owner,status\nT-1,ops,open", [("owner", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), FIELDS_AND_COLUMNS)
def test_a_field_label_or_a_header_column_is_no_one(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


NAMES_UNDER_THEM = [
    # the names under the label and in the rows stay, and a capitalised header of names
    ("Nome e cognome: Lucia Ferri", [("Lucia Ferri", P)]),
    ("ticket,customer,status\nT-1,Olegario Rueda,open", [("Olegario Rueda", P)]),
    ("name;score\nanna kowalska;12\njan nowak;9", [("anna kowalska", P), ("jan nowak", P)]),
    ("Anna;Jan\n5;6", [("Anna", P), ("Jan", P)]),
    # the first row of rows with no header, a sentence's list over a line with as many
    # commas, a two-column table of names, a roster's names: no header line's keys
    ("wyniki:\nanna kowalska;12\njan nowak;9", [("anna kowalska", P)]),
    ("cc: ewa, marek\nthanks, bye", [("ewa", P), ("marek", P)]),
    ("| anna | jan |\n|---|---|\n| 5 | 6 |", [("anna", P), ("jan", P)]),
    ("dyżur;ewa nowak;marek zieliński\npon;x;\nwt;;x", [("ewa nowak", P), ("marek zieliński", P)]),
    ("Nome: Lucia Ferri\nCognome e nome: Bianchi Anna", [("Lucia Ferri", P), ("Bianchi Anna", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), NAMES_UNDER_THEM)
def test_names_under_a_label_or_in_rows_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == [v for v, _ in found]
