"""Values named by their words as people type the words in chat: without accents
("numero client", "fuhrerschein"), with the phone's apostrophe ("c’est") or none
("c est", "carte d identite"), with one slip in an inflected or compound word
("paszpotru", "Krankenversichertennumer", "hsło"), with the issuing country between
the word and the number ("passeport français 17OL80853"), and the login name one logs in
"with". And numbers that look like cards or phones but are a product's barcode or a
company's freephone line. Each family has look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers._pattern import typed_forms
from piiguard.detection.typos import correct_typos
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)
values = found.values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("numero client 27931705 je veux resilier", "27931705"),
        ("numero de cliente 77476121 quiero darme de baja", "77476121"),
        ("n° adherent 567571852", "567571852"),
        ("numer czlonkowski 44556677", "44556677"),
        ("Numero d assure 1850578006084", "1850578006084"),
        ("fuhrerschein B072RRE2I55", "B072RRE2I55"),
        ("numero de poliza 88442211", "88442211"),
    ],
)
def test_a_word_typed_without_its_accents_names_its_value(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la reponse a la question secrete c est Rochefort", "Rochefort"),
        ("la réponse à la question secrète c’est Rochefort", "Rochefort"),
        ("numero de carte d identitee AJF1TL7Y6 delivree a Lyon", "AJF1TL7Y6"),
        ("numéro de carte d’identité AJF1TL7Y6", "AJF1TL7Y6"),
        ("moje hsło to FmCnUp8lZC chyba", "FmCnUp8lZC"),
        ("numer paszpotru EO5673720 ważny do 2031", "EO5673720"),
        ("Krankenversichertennumer G274233340, die Karte ist abgelaufen", "G274233340"),
    ],
)
def test_a_word_typed_with_a_slip_or_its_elision_names_its_value(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("c est la vie", "c'est la vie"),
        ("J ai oublié", "J'ai oublié"),
        ("l indirizzo nuovo", "l'indirizzo nuovo"),
        ("la réponse c’est non", None),  # the apostrophe is folded before, not here
        ("I d like that", None),  # "d" before a consonant is no elision
        ("plan B is ok", None),
    ],
)
def test_an_elision_typed_without_its_apostrophe_gets_one(text: str, view: str | None) -> None:
    corrected = correct_typos(text)
    assert (corrected.text if corrected else None) == view
    if corrected is not None:
        assert len(corrected.text) == len(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un passeport français 17OL80853", "17OL80853"),
        ("paszport polski EO5673720", "EO5673720"),
        ("Reisepass deutsch C01X00T47", "C01X00T47"),
    ],
)
def test_the_issuing_country_between_word_and_number(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ik log in met anke1355 maar krijg een foutmelding", "anke1355"),
        ("je me connecte avec mdupont77 depuis hier", "mdupont77"),
        ("I sign in with jdoe_84 but", "jdoe_84"),
        ("ich logge mich mit mueller77 ein", "mueller77"),
        ("entro con mrossi77 ma non va", "mrossi77"),
    ],
)
def test_the_name_one_logs_in_with_is_a_username(text: str, value: str) -> None:
    assert ("USERNAME", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I log in with Office365 at work",
        "I log in with 2fa123 codes",
        "la version 2.8.14 ne se lance plus",  # "ne" is no "né" (born)
        "passport french 2031",
        "el código de barras 4015017488549 no lo lee la caja",
        "de barcode 4066029790984 werkt niet bij de zelfscan",
        "kod kreskowy 4069096389679 nie skanuje się",
        "I bought 4015017488549 yesterday",  # a valid EAN-13 with no card word
        "Ik heb 0800-0123 gebeld maar kom niet door het keuzemenu",
        "bel 0900-1234 voor info",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my visa card 4015017488549", "4015017488549"),  # a card word: a card
        ("4222222222222", "4222222222222"),  # an old Visa that is no barcode
        ("call me on 0800 123 4567", "0800 123 4567"),  # claimed as the writer's own
        ("ruf mich an: 089 2019 1000", "089 2019 1000"),  # Munich, no service line
        ("mi numero è 080 5234567", "080 5234567"),  # Bari
    ],
)
def test_cards_and_phones_beside_them_stay_found(text: str, value: str) -> None:
    assert value in values(text)


def test_typed_forms_keep_short_and_non_latin_words() -> None:
    assert typed_forms(["numéro", "né", "nº", "여권", "dowód"]) == [
        "numéro", "né", "nº", "여권", "dowód", "numero", "dowod",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the value's own word before it: the invoice is the next clause's
        ("Kundennummer: 40019287 – Rechnung kam doppelt", "40019287"),
        ("référence client FR-2291-80446 pour le prélèvement en double", "FR-2291-80446"),
        ("contract number 7730-291-556 - I want to cancel", "7730-291-556"),
        ("il numero di socio della tessera è TS-0048821", "TS-0048821"),
        ("mon numero adherent mutuelle MGN00488213 svp", "MGN00488213"),
        ("vertragsnumer V-2210-4471 ich will kündigen", "V-2210-4471"),
        ("numero de contrto ES-0048-221903 quiero darme de baja", "ES-0048-221903"),
        ("nº de cliente 55667788", "55667788"),
        ("n° client 47819233", "47819233"),
        ("wiederherstellungscode K7PQ-2MX9-TT4R geht nicht", "K7PQ-2MX9-TT4R"),
        ("codigos de respaldo:\n493817\n208455\ncual esta usado?", "493817\n208455"),
    ],
)
def test_contract_customer_and_recovery_values_by_their_word(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kundennummer 40019287 ist die Rechnungsnummer",  # renamed: an invoice number
        "Rechnung 40019287 kam doppelt",
        "contract renewal 2025 - I want to cancel",
    ],
)
def test_values_named_as_something_else_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the security question named, its answer later by the answer's word or verb
        ("security question was mothers maiden name, I answered Thornbury", "Thornbury"),
        ("security question: mothers maiden name, my answer is Thornbury", "Thornbury"),
        ("Sicherheitsfrage Lieblingstier, Antwort war Hamster Fridolin", "Hamster Fridolin"),
        ("domanda segreta: squadra del cuore, risposta Sampdoria", "Sampdoria"),
        ('pregunta de seguridad, respondí "Toby"', "Toby"),
        # a login of a login-and-password pair, shaped like one
        ("Benutzername kleinschmidt.j Kennwort Bergsee2024 bitte prüfen", "kleinschmidt.j"),
        ("utente ferri.giulia password Roma2020 non va", "ferri.giulia"),
        ("login is dazza_m84 and pw hunter22hunter if that helps", "hunter22hunter"),
        # a quoted key after its word, whole
        ('klucz API "peftkl1SfFP1Xps4VkyPE6COYDRvVOOf1cfINxhC" zwraca 401',
         "peftkl1SfFP1Xps4VkyPE6COYDRvVOOf1cfINxhC"),
        # an account in fours with a shorter last group, whole
        ("meine Kontonummer ist 5503 2281 90", "5503 2281 90"),
        ("5503 2281 90 ist meine Kontonummer bei Ihnen", "5503 2281 90"),
        ("tlf 691220457 por la tarde", "691220457"),
        ("numer dowodu osobistgo QGJ142659", "QGJ142659"),
    ],
)  # fmt: skip
def test_answers_logins_keys_and_accounts_whole(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "security question was mothers maiden name",  # "question" is no answer
        "I forgot my security question and the answer is not accepted",
        "security question reset, the answer was wrong",
        "my security question answer doesn't work",
        "security question: I answered it twice",
        "user and password don't work",
        "login is broken and password is fine",
    ],
)
def test_talk_about_answers_and_logins_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("772 031 kam per SMS, ist das schon abgelaufen?", "772 031"),
        ("482913 came by text but it says invalid", "482913"),
        ("le 550912 est arrivé par SMS", "550912"),
        ('Die Prüfziffer hinten auf der Karte ist "093", trotzdem abgelehnt', "093"),
        ("le cryptogramme au dos de la carte est 123", "123"),
    ],
)
def test_a_code_by_text_message_or_where_it_is_printed(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "order 48291377 came by email",
        "Bestellung 772031 kam per SMS Bestätigung",  # an order number
        "2024 came by text",  # a year
        "17:30 kam per SMS",  # a time
        "the security code on my card expired in 2024",
    ],
)
def test_numbers_that_came_by_text_but_are_no_code(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "c" for "c'est" in French chat
        ("mon code pin c 4819 mais la carte est refusee partout", "4819"),
        ("mon mdp c toto123", "toto123"),
        # an article after the value starts the next clause; it does not rename the value
        ("N° client : 0047819233 — la facture est fausse", "0047819233"),
        ("Kundennummer 40019287, die Rechnung kam doppelt", "40019287"),
        ("customer number 40019287 - the invoice is wrong", "40019287"),
        # a Spanish word without its "de", and a word of whose number before a prefixed value
        ("numero contrato IT-22019-448 voglio disdire", "IT-22019-448"),
        ("nº póliza 88123456 por favor", "88123456"),
        ("BSN 602529621 en polisnummer zorgverzekering ZV-441820937", "ZV-441820937"),
        # an answer that starts with its article, and the answer's word after the question
        ("beveiligingsvraag naam van mijn eerste school, antwoord De Regenboog", "De Regenboog"),
        ("réponse à la question secrète : La Fontaine", "La Fontaine"),
        ("security question: first pet? answer: Rex", "Rex"),
        # what the login opens after an elided article
        ("il mio utente dell'home banking è mrossi_71", "mrossi_71"),
    ],
)
def test_chat_shorthand_articles_and_prefixes(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "vitamin c 1000 mg daily",
        "usb c 3.1 cable, does it charge the laptop?",
        "Kundennummer 40019287 ist die Rechnungsnummer, nicht meine",
        "polisnummer zorgverzekering 2023 is verlopen",
        "security question: first pet? answer: the dog",
    ],
)
def test_shorthand_look_alikes_stay_as_they_are(text: str) -> None:
    assert values(text) == []
