"""Phones, birth dates and names named by their field in pasted structured text (forms,
JSON, XML, CSV and markdown tables, OCR'd ID cards, vCards), and fields that look alike
but name something else or hold no one's value."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.fielded_values import FieldedValueRecognizer, field_kind

PATTERNS = Detector.patterns()
ALONE = FieldedValueRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in ALONE.analyze(text)]


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("lastName", "PERSON"), ("first_name", "PERSON"), ("Nachname", "PERSON"),
        ("Prénom", "PERSON"), ("apellidos", "PERSON"), ("Cognome", "PERSON"),
        ("achternaam", "PERSON"), ("Nazwisko", "PERSON"), ("Date de naissance", "DATE_TIME"),
        ("birth_date", "DATE_TIME"), ("Geburtsdatum", "DATE_TIME"), ("data urodzenia", "DATE_TIME"),
        ("phone", "PHONE_NUMBER"), ("Handynummer", "PHONE_NUMBER"), ("móvil", "PHONE_NUMBER"),
        ("name", None), ("id", None), ("order_id", None), ("familyName", "PERSON"),
        ("Nom d'usage", "PERSON"), ("nom_d’usage", "PERSON"),
    ],
)  # fmt: skip
def test_field_kinds(key: str, kind: str | None) -> None:
    assert field_kind(key) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'body: {"firstName": "Elif", "lastName": "Yılmaz", "phone": "+4915103337061"}',
            [("PERSON", "Elif"), ("PERSON", "Yılmaz"), ("PHONE_NUMBER", "+4915103337061")],
        ),
        (
            "aus der Maske: Vorname: Jonas | Nachname: Weißmann | Geburtsort: Bielefeld",
            [("PERSON", "Jonas"), ("PERSON", "Weißmann")],
        ),
        ("Imię: Tomasz; Nazwisko: Zieliński", [("PERSON", "Tomasz"), ("PERSON", "Zieliński")]),
        ("Achternaam: van den Berg", [("PERSON", "van den Berg")]),
        ("Nom d'usage : Marchand", [("PERSON", "Marchand")]),
        # two name fields asked for in one: the names and their comma, one name
        ("Nachname, Vorname: Yılmaz, Elif", [("PERSON", "Yılmaz, Elif")]),
        (
            "Surname, first name: DOE, John\nDOB: 03/04/1971",
            [("PERSON", "DOE, John"), ("DATE_TIME", "03/04/1971")],
        ),
        # a surname field paired with the bare word for a name: the pair names one person
        ("Nom, Prénom: Benali, Inès", [("PERSON", "Benali, Inès")]),
        ("Apellidos, Nombre: Delgado, Carmen", [("PERSON", "Delgado, Carmen")]),
        ("Cognome, Nome: De Luca, Francesca", [("PERSON", "De Luca, Francesca")]),
        ("Name, Vorname: Yılmaz, Elif", [("PERSON", "Yılmaz, Elif")]),
        ("Naam, voornaam: Jansen, Fleur", [("PERSON", "Jansen, Fleur")]),
        # a driving licence's numbered fields (the EU and UK legend, the same in every
        # language): 1. surname, 2. given names, 3. date (and place) of birth
        (
            "1. WHITFIELD\n2. THOMAS\n3. 03.10.1982 UNITED KINGDOM\n4a. 05.06.2019 4b. 04.06.2029",
            [("PERSON", "WHITFIELD"), ("PERSON", "THOMAS"), ("DATE_TIME", "03.10.1982")],
        ),
        (
            "PRAWO JAZDY\n1. NOWAK\n2. ANNA\n3. 14.02.1990 KRAKÓW\n4a. 01.03.2015\n4b. 01.03.2030",
            [("PERSON", "NOWAK"), ("PERSON", "ANNA"), ("DATE_TIME", "14.02.1990")],
        ),
        (
            "<patient>\n  <family>De Luca</family>\n  <given>Francesca</given>\n</patient>",
            [("PERSON", "De Luca"), ("PERSON", "Francesca")],
        ),
        (
            "APELLIDOS\nORTEGA VIDAL\nFECHA DE NACIMIENTO\n19/05/1994",
            [("PERSON", "ORTEGA VIDAL"), ("DATE_TIME", "19/05/1994")],
        ),
        (
            "NAZWISKO/SURNAME\nKAMIŃSKI\nIMIONA/GIVEN NAMES\nMICHAŁ",
            [("PERSON", "KAMIŃSKI"), ("PERSON", "MICHAŁ")],
        ),
        (
            "name;email;phone\nLéa Rousseau;lea@laposte.net;0746699418",
            [("PHONE_NUMBER", "0746699418")],
        ),
        (
            "| Nom | Date de naissance |\n|---|---|\n| Camille Lefèvre | 20/01/1962 |",
            [("DATE_TIME", "20/01/1962")],
        ),
        (
            "BEGIN:VCARD\nN:Esposito;Chiara;;;\nFN:Chiara Esposito\nEND:VCARD",
            [("PERSON", "Esposito"), ("PERSON", "Chiara"), ("PERSON", "Chiara Esposito")],
        ),
    ],
)
def test_values_under_their_field(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prénom: Franck\nNom: Schneider\nTéléphone: 06 76 15 13 80",
            [("PERSON", "Franck"), ("PHONE_NUMBER", "06 76 15 13 80"), ("PERSON", "Schneider")],
        ),
        ("Nom: Lacombe\nPrénom: Hortense", [("PERSON", "Hortense"), ("PERSON", "Lacombe")]),
        ("Vorname: Jana\nName: Schubert", [("PERSON", "Jana"), ("PERSON", "Schubert")]),
        ("Voornaam: Sanne\nNaam: de Vries", [("PERSON", "Sanne"), ("PERSON", "de Vries")]),
        (
            "  Apellidos: García Ruiz\n  Nombre: Lucía",
            [("PERSON", "García Ruiz"), ("PERSON", "Lucía")],
        ),
        # a blank line between them: two blocks, the bare word alone again
        ("Prénom: Franck\n\nNom: Rapport", [("PERSON", "Franck")]),
    ],
)
def test_the_bare_word_for_a_name_beside_a_name_field_is_a_name_field(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # a form's "Nom:" line next to its "Prénom:" line: one person's form, not "name: api"
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare "name", a family and a given that are no name's XML tag
        "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-credentials",
        "os:\n  family: Linux\nfont-family: Arial",
        "Given: Test",
        # a form's notes and placeholders where the value goes
        "First name: Required\nLast name: Optional",
        "Nachname: ____________\nGeburtsdatum: __.__.____",
        "first_name: <your first name>\nphone: +XX XXX XXX XXXX",
        "last_name: {{last_name}}",
        # a company's service line, a date that is no birth date, a schema with no values
        "Tel: 0800 330 2211",
        "birth_date: 2031-01-01",
        "CREATE TABLE payees (full_name TEXT, birth_date DATE, phone VARCHAR(20));",
        # a label line over a line of running text
        "Surname\nplease fill in the form",
        # the bare word for a name alone, or paired with another bare one or a non-name field
        "Nom: inventaire",
        "Name, Nom: Server, Prod",
        "Nom, Date de naissance: Benali, 02/05/1972",
        # the bare word on its own line with no name's field on the line before or after
        "Nom: Serveur\nPort: 5432",
        "- name: Checkout\n  image: ghcr.io/acme/checkout",
        # ... or beside a name's key written as code: a schema's members, not a form
        # (found by the review of probe22)
        "interface User {\n  firstName: string;\n  name: Nullable;\n}",
        "class Person:\n    first_name: str\n    name: Nullable",
        # numbered lines that are no licence's legend (no "4a."/"4b." fields)
        "1. Smith\n2. Jones\n3. 03.10.1982",
        "steps:\n1. Open\n2. Click\n3. 03.10.1982 is the release\n4a. done 4b. done",
        # ... or that follow a licence's legend, not the card's own lines before it
        # (found by the review of acl15)
        "4a. 01.03.2015\n4b. 01.03.2030\nSteps:\n1. Contact Anna\n2. Visit Berlin\n3. 05.06.2019",
    ],
)
def test_look_alike_fields_stay_clean(text: str) -> None:
    assert found(text) == []


def test_every_field_name_holds_a_gate_word() -> None:
    # the gate must never keep out a text whose field the recognizer reads
    from piiguard.detection.recognizers import fielded_values

    stems = FieldedValueRecognizer.TRIGGER_WORDS
    assert [k for k in fielded_values._KEY_WORDS if not any(s in k.lower() for s in stems)] == []


def test_the_fields_have_one_list() -> None:
    # the names read as keys and the names read as columns come from one table
    from piiguard.detection.recognizers import fielded_values

    names = {n for ns in fielded_values._FIELD_NAMES.values() for n in ns}
    assert names >= fielded_values._COLUMN_ONLY
    assert {field_kind(n) for n in names} == {"PERSON", "DATE_TIME", "PHONE_NUMBER"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column-only name is read as a table's column, not as a key before its value
        ("fecha nacimiento: 19/05/1994", []),
        ("nombre;fecha nacimiento\nAna;19/05/1994", [("DATE_TIME", "19/05/1994")]),
    ],
)
def test_a_column_only_name_is_read_as_a_column_only(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["Mobiel: +31 6 51949316", "Voornamen: Sanne Maria", "Familienname: Weißmann"]
)
def test_the_gate_lets_every_field_through(text: str) -> None:
    assert ALONE.analyze(text) == ALONE.analyze_passed(text) != []


def test_the_policy_keeps_a_surname_of_ordinary_words_under_its_field() -> None:
    # "Weißmann" reads as a German compound of ordinary words; under "Nachname" it is a name
    text = "Vorname: Jonas | Nachname: Weißmann"
    assert ("PERSON", "Weißmann") in [
        (s.label, text[s.start : s.end]) for s in PATTERNS.detect(text)
    ]
