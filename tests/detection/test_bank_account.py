"""Bank accounts outside IBAN: ES CCC and PL NRB by their check digits, UK sort codes by
their word; the account beside its word in seven languages."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import BankAccountRecognizer, UkSortCodeRecognizer
from piiguard.detection.recognizers.us_ids import UsBankNumberRecognizer
from tests.detection._found import Found

DETECTOR = Detector([BankAccountRecognizer(), UkSortCodeRecognizer(), UsBankNumberRecognizer()])
B = "US_BANK_NUMBER"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sort code 20-00-00 account 31926819", [(B, "20-00-00"), (B, "31926819")]),
        ("cuenta 2100 0418 45 0200051332", [(B, "2100 0418 45 0200051332")]),
        ("21000418450200051332", [(B, "21000418450200051332")]),
        ("NRB 61 1090 1014 0000 0712 1981 2874", [(B, "61 1090 1014 0000 0712 1981 2874")]),
        ("acct no. 55102938", [(B, "55102938")]),
        # a field's name in code, glued ("accountNumber", "bankAccount")
        ('{accountNumber: "55102938"}', [(B, "55102938")]),
        ("bankAccount=55102938", [(B, "55102938")]),
        ("Kontonummer 0532013000", [(B, "0532013000")]),
        ("numéro de compte 12345678901", [(B, "12345678901")]),
        ("rekeningnummer 417164300", [(B, "417164300")]),
    ],
)
def test_finds_account(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "21000418450200051333",  # CCC control digits fail
        "61 1090 1014 0000 0712 1981 2875",  # NRB mod 97 fails
        "20-00-00",  # six digits without a sort-code word
        "order 55102938 for my account",
        "55102938",
        "my account was charged twice, order 12345678",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an account number in a bank's dashed layout, as printed in Korea, Japan, Brazil
        ("conto bancario in Corea (Shinhan) 110-521-647520", "110-521-647520"),
        ("my bank account (Kookmin) 123456-01-234567", "123456-01-234567"),
        ("Kontonummer in Japan: 001-1234567", "001-1234567"),
        ("numéro de compte au Brésil : 12345-6", None),  # too short: six digits
        ("número de cuenta 0123-4567-89-0123456789", "0123-4567-89-0123456789"),
        ("rekeningnummer 42-1234-5678", "42-1234-5678"),
        ("numer rachunku 0001-22-333444", "0001-22-333444"),
    ],
)
def test_an_account_in_a_dashed_layout_beside_its_word(text: str, value: str | None) -> None:
    assert found(text) == ([(B, value)] if value else [])


@pytest.mark.parametrize(
    "text",
    [
        "account opened 2024-01-15",  # a date
        "Konto seit 15-01-2024 gesperrt",
        "cuenta 2023-2024 cerrada",  # years
        "conto bancario: orari 09-13 e 14-18",
    ],
)
def test_dates_and_ranges_after_an_account_word_are_no_account(text: str) -> None:
    assert found(text) == []
