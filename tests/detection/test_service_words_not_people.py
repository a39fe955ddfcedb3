"""Precision in service and technical chat (fp15, issue 16): what the model calls a person
or an organisation-as-person that is a code, a currency or a word of the sentence. A
currency's ISO 4217 code beside an amount ("45,20 |UAH|"); a flight's airline designator
before its number ("volo |RO| 402"); a booking reference in capitals that no one could be
called ("booking ref |ALHPZT|"); a lowercase common verb the model calls an organisation
("MXN |kam| an"); a programming language's name where the sentence names a format or the
language's longer name ("formato Object |Pascal|", "w formacie |Ruby|"). Each class has
the clean lines that must not fire and the personal lines beside them that must."""

from __future__ import annotations

import pytest

from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P = "PERSON"
ORG = "ORGANIZATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()

CLEAN = [
    # currency codes beside an amount
    ("1 € sind gerade 45,20 UAH", [("UAH", ORG)]),
    ("le taux du jour : 1 EUR = 17,40 MXN", [("MXN", ORG)]),
    ("pagato 300 PLN con la carta", [("PLN", P)]),
    ("CHF 120 for the repair, is that fair?", [("CHF", ORG)]),
    # an airline's designator before a flight number
    ("volo RO 402 per Bucarest, poi RO 7311", [("RO", P)]),
    ("my flight LH 1234 is late again", [("LH", P)]),
    ("vuelo IB3166 cancelado", [("IB", ORG)]),
    # a booking reference in capitals no one is called
    ("booking ref ALHPZT, Emirates, seat 42K", [("ALHPZT", P)]),
    ("localizador NBKYBE de la reserva", [("NBKYBE", P)]),
    # a lowercase common word the model calls an organisation
    ("Überweisung von 12.000,00 MXN kam an, Gebühr 4,90 €", [("kam", ORG)]),
    ("la commande est bien arrivée hier", [("est", ORG)]),
    # a programming language named as a format or by its longer name
    ("La stringa in formato Object Pascal non corrisponde al sorgente.", [("Pascal", P)]),
    ("Ciąg w formacie Ruby nie pasuje do źródła.", [("Ruby", P)]),
    ("Die Zeichenkette im Format Python passt nicht zur Quelle.", [("Python", P)]),
    ("The Ruby format string does not match the source.", [("Ruby", P)]),
    # the firm that issued a booking reference, named right after it
    ("localizador NBKYBE de Avianca", [("Avianca", P)]),
    ("référence de réservation T2PLRT chez Royal Air Maroc", [("Royal Air Maroc", ORG)]),
    ("Buchungscode K7XQ2M bei Condor", [("Condor", ORG)]),
    # the model's piece of a service's name cut at its ampersand
    ("Track & Trace-code 3SOWVJ0455899", [("Track &", ORG)]),
    # the firm whose service line follows, named after the service word
    ("Kundenservice von Türk Telekom: 444 1 444", [("Türk", P)]),
    ("klantenservice van Turkish Airlines: 0900 1234", [("Turkish Airlines", ORG)]),
    # a carrier named after a tracking word, before its code
    ("numéro de suivi Colissimo : 6A63301301475", [("suivi Colissimo", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), CLEAN)
def test_service_words_are_no_one(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(("text", "found"), CLEAN)
def test_the_strict_policy_drops_none(text: str, found: list[tuple[str, str]]) -> None:
    kept_values = kept(STRICT, text, found)
    assert all(any(v in k for k in kept_values) for v, _ in found)


PEOPLE = [
    # a code word that is a name, with no amount beside it
    ("please forward it to Pen, she handles refunds", [("Pen", P)]),
    ("ALL of it was sent to Ruby yesterday", [("Ruby", P)]),
    # capitals with digits after them that are a name
    ("Jo 402 is my neighbour's flat", [("Jo", P)]),
    ("ask ANNA 2 times if needed", [("ANNA", P)]),
    # names in capitals
    ("booking for NGUYEN, seat 42K", [("NGUYEN", P)]),
    ("the reservation is under DUPONT", [("DUPONT", P)]),
    ("passenger SZCZEPAN, seat 3A", [("SZCZEPAN", P)]),
    ("reservierung für ZWIEBELFISCH, Sitz 12C", [("ZWIEBELFISCH", P)]),
    # lowercase names the model calls a person (not an organisation)
    ("ask dan about the transfer of 40 EUR", [("dan", P)]),
    ("talk to mia about the 12 MXN fee", [("mia", P)]),
    # a programming language's name that is someone's
    ("Ruby sent me the file in the right format", [("Ruby", P)]),
    ("I asked Pascal about the format of the report", [("Pascal", P)]),
    ("mein Kollege Ruby hat das Format geändert", [("Ruby", P)]),
    # the person a booking reference belongs to
    ("localizador NBKYBE de Juan Pérez", [("Juan Pérez", P)]),
    ("booking ref ALHPZT for Anna Schmidt", [("Anna Schmidt", P)]),
    ("Buchung K7XQ2M von Zeynep Yıldız", [("Zeynep Yıldız", P)]),
    ("référence T2PLRT de Mme Dupont", [("Dupont", P)]),
    # a person's name beside an ampersand
    ("Marks & Spencer", [("Marks &", ORG)]),
    ("Anna & Ben kommen morgen", [("Anna &", P)]),
    # a person between a service word and a number
    ("Kundenservice von Frau Yıldız: 0171 2345678", [("Yıldız", P)]),
    ("suivi Anna Martin : 06 12 34 56 78", [("Anna Martin", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), PEOPLE)
def test_names_stay(text: str, found: list[tuple[str, str]]) -> None:
    kept_values = kept(DEFAULT, text, found)  # the policy may grow a name ("Anna & Ben")
    assert all(any(v.rstrip(" &") in k for k in kept_values) for v, _ in found)
