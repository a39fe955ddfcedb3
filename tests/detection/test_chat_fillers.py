"""Values named with chat's fillers between the word and the value (hesitations, adverbs,
a clause saying which car or how the code came), named after them with an unusual link,
lone passwords of a word, digits and a symbol, and account numbers whose check fails
beside their word; each rule beside the look-alikes it must leave alone (order numbers,
prices, versions, tickets, dates, quantities, model names)."""

from __future__ import annotations

import pytest

from piiguard import Detector
from piiguard.detection.recognizers.keyed_ids import answer_with_document, asks_for_document
from tests.detection._found import Found

PATTERNS = Detector.patterns()


found = Found(PATTERNS)
values = found.values


# A code, PIN or password after its word, a link, then a hesitation or adverb.
HEDGED_CREDENTIALS = [
    ("my pin is just 3370 lol dont judge", "3370"),
    ("the one time code i got is actually 936 057 not the other one", "936 057"),
    ("TAN: also die kam als 600894 an", "600894"),
    ("meine PIN ist eigentlich 4471", "4471"),
    ("le code reçu par sms est, euh, 482913", "482913"),
    ("mi pin es, bueno, 5521", "5521"),
    ("il codice è tipo 774210", "774210"),
    ("de code is eigenlijk 551203", "551203"),
    ("kod to chyba 882211", "882211"),
    ("the PIN, if you need it, is 4471", "4471"),
    ("Passwort lautet übrigens Sommer2024!", "Sommer2024!"),
    ("mi contraseña es, bueno, Tortuga_88", "Tortuga_88"),
    ("le mot de passe est en fait Soleil_77", "Soleil_77"),
    ("la password è tipo Gatto!2020", "Gatto!2020"),
    ("het wachtwoord is eigenlijk Tulp!2023", "Tulp!2023"),
    ("hasło to chyba Pierogi#44", "Pierogi#44"),
    ("clave de acceso cArIñO29638", "cArIñO29638"),  # a password-shaped token with an accent
    # the value first, its noun after a link and a hesitation
    ("Lighthouse77 is actually my password", "Lighthouse77"),
    ("Sommer2024 ist eigentlich mein Passwort", "Sommer2024"),
    ("Soleil_77 c'est, euh, mon mot de passe", "Soleil_77"),
    ("Tortuga_88 es, bueno, mi contraseña", "Tortuga_88"),
    ("Vesuvio2021 è tipo la mia password", "Vesuvio2021"),
]


@pytest.mark.parametrize(("text", "value"), HEDGED_CREDENTIALS)
def test_a_hedge_between_the_word_and_the_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the discount code is actually 2024",
        "order code: it came as 55123 boxes",
        "code: the invoice shows as 123456",
        "my pin is just not working since 2019",
        "my password is like super secure",
        "my password is just not working",
        "my password is actually fine",
        "the wifi password is just on the router",
        "Passwort lautet übrigens",
        "the code, order 55, is 4471",
        "der Rabattcode ist eigentlich 2025",
        "this is actually my password manager",
        "that is just my password",
        "it is, um, my pin",
    ],
)
def test_hedges_without_a_credential_stay_clean(text: str) -> None:
    assert not any(label == "CREDENTIAL" for label, _ in found(text)), found(text)


# A message that is one password of a word, digits and a symbol.
@pytest.mark.parametrize(
    "text",
    ["Sommerregen%6343", "Tulpenveld373#", "wiosna2024!", "Haus!2024", "Gatto@2020",
     "sOnNeNbLuMe72265", "aMoRe87122", "bIeDrOnKa2024!"],
)  # fmt: skip
def test_a_lone_word_digits_symbol_password(text: str) -> None:
    assert ("CREDENTIAL", text) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Ticket#4471", "Order#12345", "Sale50%", "version12?", "Windows10", "Thanks!!",
     "ORD-2024-1234", "#A-5521", "50%", "v2.4.1!", "iPhone15", "McDonalds2024",
     "PlayStation5", "YouTube2024", "macOS14"],
)  # fmt: skip
def test_lone_references_and_discounts_stay_clean(text: str) -> None:
    assert found(text) == []


# A document number after its word with a hesitation, or named after it by where it is
# printed, or by an inflected word (Polish locative).
HEDGED_DOCUMENTS = [
    ("the number on my ID card is, um, X6MJ6R21H", "ID_CARD", "X6MJ6R21H"),
    ("the ID card number is actually X6MJ6R21H", "ID_CARD", "X6MJ6R21H"),
    ("mein Reisepass ist, äh, C8MJ5XHHT", "PASSPORT", "C8MJ5XHHT"),
    ("numéro de passeport, euh, 23YV13352", "PASSPORT", "23YV13352"),
    ("il mio numero di patente è tipo U1H45T78K9", "DRIVER_LICENSE", "U1H45T78K9"),
    ("mijn paspoort is eigenlijk NXC4R8K21", "PASSPORT", "NXC4R8K21"),
    ("mój dowód to chyba ABC 123456", "ID_CARD", "ABC 123456"),
    ("K231IU5BW5M steht auf meinem Führerschein als Nummer", "DRIVER_LICENSE", "K231IU5BW5M"),
    ("numer w paszporcie: EA1234567", "PASSPORT", "EA1234567"),
    ("w dowodzie jest numer ABC 123456", "ID_CARD", "ABC 123456"),
    # the French link "c'est"; a word saying whose number it is before a number of digits
    ("mon numéro de passeport c'est 23YV13352", "PASSPORT", "23YV13352"),
    ("ma plaque c'est CZ-834-EC", "LICENSE_PLATE", "CZ-834-EC"),
    ("klantnummer zorgverzekeraar 002064016", "MEMBER_ID", "002064016"),
    ("Kundennummer Telekom 4471203", "MEMBER_ID", "4471203"),
    # named after, with a hesitation after the link
    ("X6MJ6R21H – das ist, glaube ich, meine Ausweisnummer", "ID_CARD", "X6MJ6R21H"),
    ("C8MJ5XHHT is actually my passport number", "PASSPORT", "C8MJ5XHHT"),
    ("TM-617-FX c'est, euh, ma plaque", "LICENSE_PLATE", "TM-617-FX"),
    ("4471 is just my pin", "CREDENTIAL", "4471"),
]


@pytest.mark.parametrize(("text", "label", "value"), HEDGED_DOCUMENTS)
def test_hedged_and_printed_on_documents(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my passport is like, expired since 2019",
        "ID card is um 12.03.2024",
        "customer number is, um, 45 € i think",
        "C8MJ5XHHT steht auf der Rechnung",
        "ORD-2024-55 steht auf der Bestellung",
        "mein Ausweis ist eigentlich abgelaufen, Termin am 12.03.2025",
        "12345678 is actually my order number",
        "customer number missing 2024",
        "Kundennummer Bestellung 12345678",
        "klantnummer bestelling 12345678",
        "customer number since 2019 12345",
        "0612345678 is, um, my order number",
        "2024 is just the code period",
    ],
)
def test_hedged_document_look_alikes_stay_clean(text: str) -> None:
    assert found(text) == [], found(text)


# A plate after its word, which vehicle between them, a link (also in the past) and a
# hesitation; a plate of one country named in another country's language.
HEDGED_PLATES = [
    ("plate number on the rental was like 5HGA070, california plates", "5HGA070"),
    ("das Kennzeichen vom Mietwagen in Wien war, glaube ich, W-73629E", "W-73629E"),
    ("matrícula del coche de alquiler en Francia: JK-298-NY", "JK-298-NY"),
    ("la targa della macchina a noleggio in Germania era K-J3996", "K-J3996"),
    ("het kenteken van de huurauto in Polen was PO 2171K", "PO 2171K"),
    ("rejestracja auta z wypożyczalni w Holandii: 58-HNR-6", "58-HNR-6"),
    ("1-ULH-467 is mijn Belgische nummerplaat", "1-ULH-467"),
    ("la plaque de la voiture de location était, euh, AB-123-CD", "AB-123-CD"),
    # the adjective of its country after the noun (fr, es, it, pl)
    ("ma plaque belge 1-ULH-467", "1-ULH-467"),
    ("matrícula francesa JK-298-NY", "JK-298-NY"),
    ("targa olandese 58-HNR-6", "58-HNR-6"),
    ("tablica holenderska: 58-HNR-6", "58-HNR-6"),
]


@pytest.mark.parametrize(("text", "value"), HEDGED_PLATES)
def test_plates_with_which_vehicle_and_hedges(text: str, value: str) -> None:
    assert ("LICENSE_PLATE", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"), [("IM24 TJU is my car, not the one on the parking fine", "IM24 TJU")]
)
def test_a_uk_layout_with_letters_the_dvla_does_not_issue_beside_a_car_word(
    text: str, value: str
) -> None:
    assert ("UK_VEHICLE_REGISTRATION", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the plate was fine, order ABC12345 arrived",
        "Kennzeichen der Bestellung: 4061234A",
        "the plate on the invoice is RE-2024-55",
        "my car is a QX50 AWD",
        "the car model XC90 RDX",
        "IM24 TJU",
        "plate of the rental was 12.03.2024",
        "das Kennzeichen vom Mietwagen war 49,90 € teurer",
        "la placa nueva llega el 12.03.2024",
        "la targa nuova costa 49,90 €",
        "plaque commande CMD-2024-55",
        "plaque induction IH-7200",
        "placa base B550M",
    ],
)
def test_plate_look_alikes_stay_clean(text: str) -> None:
    plates = [value for label, value in found(text) if "PLATE" in label or "VEHICLE" in label]
    assert plates == []


# Account numbers whose check fails beside their word, and numbers written as one long run
# of groups: the whole run is the account.
ACCOUNTS = [
    ("nr konta 25 1090 1014 0500 2742 2553 6010, chyba źle przepisałem",
     "25 1090 1014 0500 2742 2553 6010"),
    ("83 1140 2004 1998 6973 4009 9105 to mój nr konta", "83 1140 2004 1998 6973 4009 9105"),
    ("cuenta 2100 0418 45 0200051333", "2100 0418 45 0200051333"),
    ("konto 1234 5678 9012 3456 7890", "1234 5678 9012 3456 7890"),
    ("IBAN IT92 O820 0817 0255 4996 8402 107, mi sa che ho sbagliato a copiare",
     "IT92 O820 0817 0255 4996 8402 107"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), ACCOUNTS)
def test_accounts_named_despite_their_check_and_whole_runs(text: str, value: str) -> None:
    assert value in values(text), found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("numer zamówienia 25 1090 1014 0500 2742 2553 6010", None),
        ("przelew 25 1090 1014 0500 2742 2553 6010", None),
        ("account 12345678 20 euros", "12345678"),
        ("call me on 0817 0255 4996", "0817 0255 4996"),
        ("IT92 O820 0817 0255 4996 8402 107", None),
    ],
)
def test_account_look_alikes(text: str, kept: str | None) -> None:
    assert values(text) == ([kept] if kept else []), found(text)


# A document number typed alone is what the bot's question before it asked for.
ANSWERS = [
    ("What is your passport number?", "820391942", "PASSPORT"),
    ("Wie lautet die Nummer Ihres Personalausweises?", "XF6R1VPK1", "ID_CARD"),
    ("Quel est votre numéro de passeport ?", "16EH01672", "PASSPORT"),
    ("Qual è il numero della sua carta d'identità?", "CC35084BO", "ID_CARD"),
    ("Wat is uw paspoortnummer?", "DKJCT6RY4", "PASSPORT"),
    ("Proszę podać numer dowodu osobistego.", "TOZ446291", "ID_CARD"),
    ("¿Cuál es el número de su permiso de residencia?", "KP4471XZ9", "RESIDENCE_PERMIT"),
    ("And the driving licence number?", "K231IU5BW5M", "DRIVER_LICENSE"),
]


@pytest.mark.parametrize(("question", "text", "label"), ANSWERS)
def test_a_lone_document_number_answers_the_question_for_it(
    question: str, text: str, label: str
) -> None:
    assert asks_for_document(question)
    spans = answer_with_document(question, text, PATTERNS.detect(text))
    assert (label, text) in [(s.label, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("How can I help you today?", "DKJCT6RY4"),
        ("What is your booking reference?", "DKJCT6RY4"),
        ("What is your passport number?", "2019"),  # a year, no document number
        ("What is your passport number?", "12.03.2024"),
        ("What is your passport number?", "ok thanks"),
        ("What is your passport number and the booking reference?", "ABC123456"),
        ("Which ticket is it about? Your ID card is fine.", "TCK123456"),
        ("What is your customer number?", "45012345"),  # member words name orders too
        ("Please enter the code we sent you.", "DKJCT6RY4"),
    ],
)
def test_what_a_question_does_not_make_a_document(question: str, text: str) -> None:
    spans = PATTERNS.detect(text)
    assert answer_with_document(question, text, spans) == spans


# A card security code named after it; backup codes of letters only in the layout of a code
# with digits in the same list.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("181 was the security code on the back, is that right?", "181"),
        ("552 ist die Prüfnummer", "552"),
        ("123 c'est le cryptogramme", "123"),
        ("backup codes: h1gt-4z2y lbbj-bdrm", "h1gt-4z2y lbbj-bdrm"),
        ("herstelcodes wanm-sgul l70c-i18g", "wanm-sgul l70c-i18g"),
    ],
)
def test_security_codes_named_after_and_letter_backup_codes(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("404 was the error code", None),
        ("500 is the security deposit", None),
        ("backup codes: expired yesterday", None),
        ("backup codes: 8473-2910 then re-sent them", "8473-2910"),
    ],
)
def test_security_code_and_backup_code_look_alikes(text: str, kept: str | None) -> None:
    assert values(text) == ([kept] if kept else []), found(text)
