"""Precision on messages pasted into the chat (fp18, the blind probe21 set): a pasted mail,
SMS, transcript or chat export brings parts the model takes for people. A header's or a
transcript speaker's label ("|Von|: DHL", "|Kunde|: hallo"), a weekday ("Wysłano:
|poniedziałek|, 3 listopada", "|Le samedi| de 9h"), a word for a reference before its code
("|Referenz| INC-2026-0457"), a company's bot introducing itself ("ich bin |Lina|, die
digitale Assistentin"), an app's name before a chat export's badge ("|Jira Cloud|  APP
10:15"), and a company's own address after its name and legal form ("Brightwell Energy
Ltd · |1 Canal Wharf, London E14 5AB|"). Each class has the clean lines that must not
fire and the personal lines beside them that must."""

from __future__ import annotations

import pytest

from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P = "PERSON"
ORG = "ORGANIZATION"
L = "LOCATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()

CLEAN = [
    # a header's label
    ("das habe ich bekommen:\nVon: DHL\nIhre Sendung wird morgen zugestellt.", [("Von", P)]),
    ("dit kreeg ik:\nVan: DHL\nJe pakket wordt morgen bezorgd.", [("Van", P)]),
    ("to dostałam:\nOd: InPost\nTwoja paczka czeka w paczkomacie.", [("Od", P)]),
    ("ecco:\n> Da: Poste Italiane\n> Il pacco è in consegna.", [("Da", P)]),
    # a transcript speaker's label
    ("Mitarbeiter: Was kann ich tun?\nKunde: hallo, wann haben Sie offen?", [("Kunde", P)]),
    ("Agent: how can I help?\nCustomer: what are your opening hours?", [("Customer", P)]),
    # a weekday, with its article or abbreviated
    ("Wysłano: poniedziałek, 3 listopada 2026 09:14", [("poniedziałek", P)]),
    ("Conseiller: Le samedi de 9h à 13h.", [("Le samedi", P)]),
    ("Conseiller: Le samedi de 9h à 13h.", [("Le", P)]),
    ("Am Mo., 3. Nov. 2026 um 09:14 Uhr schrieb der Support:", [("Am Mo.", P)]),
    ("Am Mo., 3. Nov. 2026 um 09:14 Uhr schrieb der Support:", [("Mo", P)]),
    ("Agente: Los sábados de 9 a 14, el domingo cerrado.", [("el domingo", P)]),
    # a word for a reference before its code
    ("Ihr Vorgang wurde aktualisiert. Referenz INC-2026-0457.", [("Referenz", P)]),
    ("La sua pratica è stata aggiornata. Riferimento INC-2026-0457.", [("Riferimento", P)]),
    ("Referencia: 4521-AB, gracias.", [("Referencia", P)]),
    # a company's bot introducing itself
    ("Hi, I'm Nova, the virtual assistant of Brightwell Energy Ltd.", [("Nova", P)]),
    ("Hallo, ich bin Lina, die digitale Assistentin der Stadtwerke.", [("Lina", P)]),
    ("Bonjour, je suis Léo, l'assistant virtuel d'Énergies du Rhône.", [("Léo", P)]),
    ("Hola, soy Vega, la asistente virtual de Aguas del Turia.", [("Vega", P)]),
    ("Ciao, sono Aria, l'assistente virtuale di Acque del Brenta.", [("Aria", P)]),
    ("Hoi, ik ben Sam, de digitale assistent van Waterbedrijf Delfland.", [("ben Sam", P)]),
    ("Cześć, jestem Ola, wirtualna asystentka Wodociągów.", [("Ola", P)]),
    ("unser Chatbot Max beantwortet das.", [("Max", P)]),
    # an app's name before a chat export's badge
    ("Jira Cloud  APP  10:15\nSWL-4521 von In Arbeit nach Erledigt verschoben", [("Jira", P)]),
    ("Jira Cloud  APP  10:15\nEDR-4521 passé de En cours à Terminé", [("Jira Cloud", P)]),
    # a company's own address after its name and legal form
    ("This mailbox is not monitored.\nBrightwell Energy Ltd · 1 Canal Wharf, London E14 5AB",
     [("1 Canal Wharf, London E14 5AB", L)]),
    ("Ihr Kundenservice-Team\nStadtwerke Lindenau GmbH\nWerkstraße 1, 04177 Leipzig",
     [("Werkstraße 1, 04177 Leipzig", L)]),
    ("Cordialement\nÉnergies du Rhône SA\n10 quai Perrache, 69002 Lyon",
     [("du Rhône SA\n10 quai Perrache, 69002 Lyon", L)]),
    ("Wodociągi Mazowieckie Sp. z o.o. · ul. Wodna 1, 00-001 Warszawa",
     [("· ul. Wodna 1, 00-001 Warszawa", L)]),
    ("Énergies du Rhône SA · 10 quai Perrache, 69002 Lyon",
     [("Rhône SA · 10", L), ("Perrache, 69002 Lyon", L)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), CLEAN)
def test_parts_of_a_pasted_message_are_no_one(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(("text", "found"), CLEAN)
def test_the_strict_policy_drops_none(text: str, found: list[tuple[str, str]]) -> None:
    kept_values = kept(STRICT, text, found)
    assert all(any(v.strip("· ") in k for k in kept_values) for v, _ in found)


PEOPLE = [
    # a name before a colon is two words, or no label
    ("Van Nguyen: hi, my order never arrived", [("Van Nguyen", P)]),
    ("Von Anna habe ich das bekommen: bitte prüfen", [("Anna", P)]),
    ("Kunde: ich bin Paula Kessler, Rosenweg 8b", [("Paula Kessler", P)]),
    # a weekday that is a name, with no article; a name after a cue
    ("Domingo: te llamo mañana", [("Domingo", P)]),
    ("ich habe mit Herrn Freitag gesprochen", [("Freitag", P)]),
    ("I talked to Sam. He will call back.", [("Sam", P)]),
    # a reference word that is no label of a code
    ("Referenz: Herr Klaus Becker", [("Klaus Becker", P)]),
    # an assistant who is a person
    ("Hi, I'm Anna, the assistant of Dr. Weber, about my invoice", [("Anna", P)]),
    ("Hi, I'm Nova, your account manager at Brightwell.", [("Nova", P)]),
    # a person's message in a chat export
    ("Anna Schmidt  10:15\nhi all, the deploy is done", [("Anna Schmidt", P)]),
    ("Kind regards\nOlivia Hartley\nPhotography & Design\n5 Kingsley Close\nNorwich NR4 7TJ",
     [("Olivia Hartley", P), ("5 Kingsley Close\nNorwich NR4 7TJ", L)]),
    # a home address after a firm's name, on the line of the person's own words
    ("I work for Brightwell Energy Ltd but send it to my home: 9 Mill Lane, Cardiff CF14 3BN",
     [("9 Mill Lane, Cardiff CF14 3BN", L)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), PEOPLE)
def test_people_beside_them_stay(text: str, found: list[tuple[str, str]]) -> None:
    kept_values = kept(DEFAULT, text, found)
    assert all(any(v in k for k in kept_values) for v, _ in found)


def test_a_sole_traders_address_stays() -> None:
    # the person named in the lines before the firm's name and its address: a sole
    # trader's firm may be at their home (the model's name itself is read as the firm's,
    # `policy._company`, as before fp18; the address stays)
    text = "Kind regards\nOlivia Hartley\nHartley Photography Ltd\n5 Kingsley Close, Norwich"
    found = [("Olivia Hartley", P), ("5 Kingsley Close, Norwich", L)]
    assert "5 Kingsley Close, Norwich" in kept(DEFAULT, text, found)
