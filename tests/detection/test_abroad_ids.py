"""Numbers of people who live across borders (`abroad_ids.py`), and visa numbers."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import IdNumbersRecognizer
from piiguard.detection.recognizers.abroad_ids import (
    AeEmiratesIdRecognizer,
    BrBankAccountRecognizer,
    MaCinRecognizer,
    MxClabeRecognizer,
    RoCnpRecognizer,
    UaRnokppRecognizer,
)

# The way the detector runs them: inside `IdNumbersRecognizer`, with its gates.
IDS = Detector([IdNumbersRecognizer()])
ABROAD = (
    RoCnpRecognizer,
    UaRnokppRecognizer,
    AeEmiratesIdRecognizer,
    MaCinRecognizer,
    MxClabeRecognizer,
    BrBankAccountRecognizer,
)


def test_every_recognizer_here_runs_among_the_id_numbers() -> None:
    from piiguard.detection.recognizers import ID_NUMBER_RECOGNIZERS

    assert set(ABROAD) <= set(ID_NUMBER_RECOGNIZERS)


def found(text: str, detector: Detector = IDS) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in detector.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CNP 1590617189417 - steht auf meinem rumänischen Ausweis", ("RO_CNP", "1590617189417")),
        ("CNP żony: 2960704345199", ("RO_CNP", "2960704345199")),
        ("2810320074791", ("RO_CNP", "2810320074791")),  # the whole message: a lone answer
        ("codice fiscale ucraino (RNOKPP) 3543917142", ("UA_RNOKPP", "3543917142")),
        ("Mój ukraiński numer podatkowy (RNOKPP): 2210819245", ("UA_RNOKPP", "2210819245")),
        (
            "Emirates ID 784-1994-4410129-1 (expires next year)",
            ("AE_EMIRATES_ID", "784-1994-4410129-1"),
        ),
        ("my emirates id is 784198810123020", ("AE_EMIRATES_ID", "784198810123020")),
        ("CIN marocaine n° A234278", ("MA_CIN", "A234278")),
        ("Marokkaans ID-nummer (CIN) CD294213", ("MA_CIN", "CD294213")),
        (
            "CLABE für die Überweisung nach Mexiko: 002156403253395532",
            ("MX_CLABE", "002156403253395532"),
        ),
        ("Mi CLABE interbancaria: 014007917393375171", ("MX_CLABE", "014007917393375171")),
        ("Bradesco: agência 7353-9, conta 17484-X", ("US_BANK_NUMBER", "17484-X")),
        ("Banco do Brasil, Agência 9708-7, Konto 26319-6", ("US_BANK_NUMBER", "26319-6")),
    ],
)
def test_finds_numbers_of_people_abroad(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "order 1590617189417 shipped",  # a veto word names it
        "3543917142",  # an RNOKPP needs its word: one number in eleven passes
        "784-1994-4410129-2",  # Luhn fails
        "the ticket 784199444101291 is open",
        "CIN 12345",  # no letters: not a CIN
        "see table A234278 in the appendix",  # no word
        "002156403253395532",  # a CLABE needs its word
        "conta 17484-X",  # no branch in the message
        "invoice 17484-X from the agência 12",  # no account word
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a value its own word names stands when its check fails (a typo is still theirs)
        ("CNP 1590617189418", "1590617189418"),
        ("RNOKPP 3543917143", "3543917143"),
        ("CLABE 002156403253395533", "002156403253395533"),
    ],
)
def test_a_named_value_stands_despite_its_check(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Visum Nr. ITA186842976 für meine Mutter", "ITA186842976"),
        ("numer wizy DEU552114726", "DEU552114726"),
        ("numéro du visa américain : 76419994", "76419994"),
        ("my visa number is X1234567", "X1234567"),
    ],
)
def test_visa_numbers_after_their_word(text: str, value: str) -> None:
    assert found(text) == [("VISA", value)]


@pytest.mark.parametrize(
    "text",
    [
        "pay with visa 4821",
        "ho visto 12345 persone",
        "Visa application fee 160 USD",
        "visa: 3 months",
    ],
)
def test_visa_look_alikes(text: str) -> None:
    assert [label for label, _ in found(text) if label == "VISA"] == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # the document's kind between its word and a file number written with slashes
        (
            "número de archivo del visado de residencia 101/2020/9/608062",
            "VISA",
            "101/2020/9/608062",
        ),
        ("residence visa file no. 201/2019/7/123456", "VISA", "201/2019/7/123456"),
        ("Visum zur Arbeitsaufnahme 301/2021/4/112233", "VISA", "301/2021/4/112233"),
        ("visa de résidence 101/2020/9/608062", "VISA", "101/2020/9/608062"),
        ("numero del visto di soggiorno 201/2022/1/445566", "VISA", "201/2022/1/445566"),
        ("verblijfsvergunning regulier 2021/45/778899", "RESIDENCE_PERMIT", "2021/45/778899"),
        ("wiza pobytowa 101/2020/9/608062", "VISA", "101/2020/9/608062"),
    ],
)
def test_a_file_number_in_slashes_after_the_document_s_kind(
    text: str, label: str, value: str
) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "visa de résidence 12/05/2020",  # a date
        "visa de résidence 2020/2021",  # years
        "visto di residenza 3/4",
    ],
)
def test_dates_and_fractions_after_the_document_s_kind(text: str) -> None:
    assert [label for label, _ in found(text) if label == "VISA"] == []


def test_an_italian_number_after_n_dot() -> None:
    text = "permesso di soggiorno n. IP2420381, rinnovo in corso"
    assert found(text) == [("RESIDENCE_PERMIT", "IP2420381")]
