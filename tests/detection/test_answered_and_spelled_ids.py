"""IDs as transcripts and speech-to-text give them (probe21's misses): the number in the
answer turn of a call transcript, its word in the question on the line before ("Agent: Can
I have your tax file number?\\nCustomer: yes 123 456 782"); an ID read out letter by
letter in lower case ("p c 7 0 9 1 4 9 b", "è d l l c l t 6 5 ..."). Look-alikes: the
question names another number, is no question, is not on the line right before, or the
answer gives another number first."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mitarbeiter: Können Sie mir Ihre Steuer-ID nennen?\nKunde: Ja, 93749102590.",
         "93749102590"),
        ("Medewerker: Kunt u uw BSN voorlezen?\nKlant: Ja, 193613645.", "193613645"),
        ("Agent: Can I have your tax file number?\nCustomer: yes 123 456 782", "123 456 782"),
        ("Agent: Can I have your passport number?\nCustomer: it's X1234567", "X1234567"),
        ("Medewerker: Wat is uw burgerservicenummer?\nKlant: 193613645", "193613645"),
        # diarisation's speaker labels hold a number
        ("Speaker 1: Can I have your tax file number?\nSpeaker 2: yes 123 456 782",
         "123 456 782"),
        ("SPEAKER_00: Können Sie mir Ihre Steuer-ID nennen?\nSPEAKER_01: Ja, 93749102590.",
         "93749102590"),
    ],
)  # fmt: skip
def test_an_id_in_the_answer_to_its_question(text: str, value: str) -> None:
    assert value in found.values(text)


@pytest.mark.parametrize(
    "text",
    [
        # the question asks for another number
        "Mitarbeiter: Können Sie mir Ihre Bestellnummer nennen?\nKunde: Ja, 93749102590.",
        # no question
        "Mitarbeiter: Ihre Steuer-ID habe ich.\nKunde: Ja, 93749102590.",
        # another number comes first in the answer
        "Mitarbeiter: Können Sie mir Ihre Steuer-ID nennen?\nKunde: Ich habe 3 Rechnungen,"
        " 93749102590",
        # the answer names the number otherwise
        "Mitarbeiter: Können Sie mir Ihre Steuer-ID nennen?\nKunde: Die Bestellnummer ist"
        " 93749102590",
        # not the line right after the question
        "Mitarbeiter: Können Sie mir Ihre Steuer-ID nennen?\nKunde: Moment bitte.\nKunde:"
        " 93749102590",
        # another number first, after a speaker's label that holds one
        "Speaker 1: Können Sie mir Ihre Steuer-ID nennen?\nSpeaker 2: Ich habe 3 Rechnungen,"
        " 93749102590",
        # the question's last clause is about an order
        "Medewerker: Heeft u uw BSN bij de hand? Of uw ordernummer?\nKlant: Ja, 193613645.",
    ],
)
def test_answers_that_are_not_the_asked_id(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("my national insurance number is p c 7 0 9 1 4 9 b", "p c 7 0 9 1 4 9 b", "UK_NINO"),
        ("il mio codice fiscale è d l l c l t 6 5 s 2 6 l 4 0 2 r",
         "d l l c l t 6 5 s 2 6 l 4 0 2 r", "IT_FISCAL_CODE"),
        ("il mio codice fiscale è D L L C L T 6 5 S 2 6 L 4 0 2 R",
         "D L L C L T 6 5 S 2 6 L 4 0 2 R", "IT_FISCAL_CODE"),
        # the one-letter word opens a sentence
        ("Codice fiscale? È d l l c l t 6 5 s 2 6 l 4 0 2 r",
         "d l l c l t 6 5 s 2 6 l 4 0 2 r", "IT_FISCAL_CODE"),
    ],
)  # fmt: skip
def test_an_id_spelled_letter_by_letter(text: str, value: str, label: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # French chat's "c" for "c'est" still reads ("pin c 4819": c'est 4819)
        ("mon code pin c 4819", "4819"),
    ],
)
def test_sms_cest_still_reads(text: str, value: str) -> None:
    assert value in found.values(text)


@pytest.mark.parametrize(
    "text",
    [
        "il codice è a b c d e f g h",
        "la sequenza è a 1 b 2 c 3 d 4",
    ],
)
def test_letters_spelled_that_are_no_id(text: str) -> None:
    assert not found(text)


# A word spelt out in capitals: its first letter is no one-letter word before a value, and
# the rest of the word is no name (probe19's clean spelled rows; the model reads names).
DEFAULT = Found(Detector.default())


@pytest.mark.parametrize(
    "text",
    [
        "¿cómo se escribe exhausto? E X H A U S T O, con hache",
        "hoe schrijf je ingewikkeld? I N G E W I K K E L D",
    ],
)
def test_a_word_spelled_in_capitals_is_no_one(text: str) -> None:
    assert not DEFAULT(text)
