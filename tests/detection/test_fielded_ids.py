"""ID numbers named by their field in logs, JSON, CSV and SQL (`fielded_ids.py`)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import FieldedIdRecognizer
from piiguard.detection.recognizers.fielded_ids import field_label

DETECTOR = Detector([FieldedIdRecognizer()])


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ERROR kyc.verify: document check failed national_id=930309479 status=MISMATCH",
            [("NATIONAL_ID", "930309479")],
        ),
        ('{"user": 7, "tax_id": "6492737687"}', [("NATIONAL_ID", "6492737687")]),
        ("ssn: 078-05-1120", [("NATIONAL_ID", "078-05-1120")]),
        (
            "NHS_Number => '4010232137'",
            [("NATIONAL_ID", "4010232137")],
        ),
        ("passport_no=C01X00T47", [("PASSPORT", "C01X00T47")]),
        ("steuerId: 31645948404", [("NATIONAL_ID", "31645948404")]),
        (
            '{"type": "identity.verification.failed", "document": {"kind": "national_id",'
            ' "number": "4466981345", "country": "GB"}}',
            [("NATIONAL_ID", "4466981345")],
        ),
        (
            "INSERT INTO customers (id, tax_id, created_at) VALUES (8812, '6492737687', now());",
            [("NATIONAL_ID", "6492737687")],
        ),
        (
            "order_id;national_id;total\n10023;278874757;49.90\n10024;;12.00",
            [("NATIONAL_ID", "278874757")],
        ),
        (
            "name,bsn,city\nJan,123456782,Utrecht\nEva,987654321,Gouda",
            [("NATIONAL_ID", "123456782"), ("NATIONAL_ID", "987654321")],
        ),
        # an OCR'd identity card: the label (in two languages) on its line, the value below
        ("N° du document/Document No\nF73F43D08", [("ID_CARD", "F73F43D08")]),
        ("Documentnummer/Document No.\nRN9FRJLW8", [("ID_CARD", "RN9FRJLW8")]),
        ("NÚM SOPORT\nEWC174402\n", [("ID_CARD", "EWC174402")]),
        ("Persoonsnummer/Personal No.\n799208449", [("NATIONAL_ID", "799208449")]),
        # a bare number label ("N.", "Nr.", "N°") on a card whose other labels are read
        (
            "CODICE FISCALE/FISCAL CODE\nMNTVCZ81A04E578N\nN.\nCC37763LK",
            [("NATIONAL_ID", "MNTVCZ81A04E578N"), ("ID_CARD", "CC37763LK")],
        ),
        (
            "Persoonsnummer\n799208449\nNr.\nNX4K2P7R1",
            [("NATIONAL_ID", "799208449"), ("ID_CARD", "NX4K2P7R1")],
        ),
        # ... not above a value that is no document number
        ("Persoonsnummer\n799208449\nNr.\n12345", [("NATIONAL_ID", "799208449")]),
        # ... nor far from the card's fields, in another part of the text (found by the
        # review of acl15: an invoice's number 30 lines below a card's field)
        (
            "Persoonsnummer\n799208449\n" + "line of a letter\n" * 30 + "Invoice\nNo.\nINV2024001",
            [("NATIONAL_ID", "799208449")],
        ),
    ],
)
def test_a_value_under_an_id_field_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order_id=930309479 user_id=12345678 id=555555555",  # keys of records
        '{"id": "6492737687", "invoice": "2024-000123"}',
        "national_id=null",  # no number
        "tax_id: 1234",  # too short for an ID
        "INSERT INTO orders (id, total) VALUES (8812, 4999900);",
        "order_id;sku;total\n10023;278874757;49.90",
        "the national id card costs 37,00 EUR since 2024",  # prose, no field
        '{"kind": "invoice", "number": "4466981345"}',
        "national_id;total\n" + "x;y\n" * 3,
        # a label above no document number: a word, a short number, another field's value
        "Document No\nmissing",
        "Document No\n12345",
        "Document version\nV2024R3",
        "Order number\nORD2026004512",
        # a bare number label with no identity document's other label in the text
        "N.\nCC37763LK",
        "Order number\nORD2026004512\nNo.\nAB1234567",
    ],
)
def test_values_of_other_fields_are_not_ids(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("national_id", "NATIONAL_ID"),
        ("National ID Number", "NATIONAL_ID"),
        ("bsn_nr", "NATIONAL_ID"),
        ("codice-fiscale", "NATIONAL_ID"),
        ("Passport.Number", "PASSPORT"),
        ("drivers_license_no", "DRIVER_LICENSE"),
        ("id", None),
        ("user_id", None),
        ("order_number", None),
        ("tracking_no", None),
    ],
)
def test_field_label(key: str, label: str | None) -> None:
    assert field_label(key) == label


def test_a_long_table_is_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    # every line a header of an ID column: each is read once, not once per header above it
    from piiguard.detection.recognizers import fielded_ids

    calls = 0
    original = fielded_ids.field_label

    def counting(key: str) -> str | None:
        nonlocal calls
        calls += 1
        return original(key)

    monkeypatch.setattr(fielded_ids, "field_label", counting)
    text = "\n".join(["national_id;12"] * 1000)
    assert FieldedIdRecognizer().analyze(text) == []
    assert calls <= 2 * 1000 * 2  # a header's columns, or a row's cells: once per line
