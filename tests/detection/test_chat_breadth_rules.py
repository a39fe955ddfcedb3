"""Issue 16, third round: credentials, IDs and accounts as people type them in chat, in
the seven languages, and the look-alikes (orders, prices, versions, tickets, dates) that
must stay clean. Every table runs through the whole pattern stage (`Detector.patterns()`):
a value counts as found when one span covers it exactly."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import CredentialRecognizer, IdNumbersRecognizer
from piiguard.detection.recognizers.eu_ids import (
    ch_ahv,
    es_social_security,
    fr_tax_number,
    pl_nip,
    pl_regon,
)
from tests.detection._found import Found

DETECTOR = Detector.patterns()


spans = Found(DETECTOR)
values = spans.values


# --- credentials -------------------------------------------------------------------

CREDENTIALS = [
    # the idiom "the secret to X is Y" still holds a password of a password's shape
    ("the secret to the vpn is Xq7#mPl2v", "Xq7#mPl2v"),
    ("the password to my account is sunshine", "sunshine"),
    # typed or changed, no password word ("tried X", "changed it to X")
    ("I tried Sunset77 three times and now I'm locked", "Sunset77"),
    ("typed Kiwi#4412 and it said wrong", "Kiwi#4412"),
    ("j'ai tapé Soleil2023 deux fois", "Soleil2023"),
    ("intenté Girasol_58 y nada", "Girasol_58"),
    ("ho digitato Vento#2020 ma niente", "Vento#2020"),
    ("wpisałem Morze#881 i nic", "Morze#881"),
    ("I changed it to Harbor_21! yesterday", "Harbor_21!"),
    ("hab es geändert auf Fenster#55", "Fenster#55"),
    ("je l'ai changé en Rivage#12", "Rivage#12"),
    # short lead-ins
    ("ww: Molen#7781 graag resetten", "Molen#7781"),
    ("pw: Zebra!2290", "Zebra!2290"),
    # a "?" inside the password, the sentence going on in lower case
    ("mijn wachtwoord is Kaas12? werkt niet", "Kaas12?"),
    # secrets without a link word
    ("secret key Qm7pX2vL9sT4wR8yZ1aB3cD5eF6gH0jK", "Qm7pX2vL9sT4wR8yZ1aB3cD5eF6gH0jK"),
    (
        "clave secreta de aws aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zA4bC6d",
        "aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zA4bC6d",
    ),
    (
        "chiave segreta Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbA/+12345",
        "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbA/+12345",
    ),
    (
        "our aws creds: Hq4Lm8Rt2Vx6Zb0Nd3Pf7Sj1Wk5Yc9Ga2Ke4Mi6O",
        "Hq4Lm8Rt2Vx6Zb0Nd3Pf7Sj1Wk5Yc9Ga2Ke4Mi6O",
    ),
    # a private key's body without its header
    (
        "the second line reads MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu",
        "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu",
    ),
    # words between the code's word and the code
    ("the code I got by text 447120 does not work", "447120"),
    ("el código 771204 no va", "771204"),
    ("il codice ricevuto via sms 309918 è scaduto", "309918"),
    ("de code ontvangen per sms 660218 werkt niet", "660218"),
    ("kod otrzymany sms 480215 nie działa", "480215"),
    ("PIN for my card 7731, please block it", "7731"),
    ("code pin de ma carte 3920", "3920"),
    ("pincode van mijn pas 5521", "5521"),
    ("pin do mojej karty 8814", "8814"),
    ("codice pin del bancomat 6620", "6620"),
    # access codes, and the password of something named before its link word
    ("Zugangscode 558102 kam per Mail", "558102"),
    ("el código de acceso 220917 no sirve", "220917"),
    ("kod dostępu: 771203", "771203"),
    ("wifi key for the guest room: Tiger?88", "Tiger?88"),
    ("Passwort für das WLAN ist Sonne#2024", "Sonne#2024"),
    ("mot de passe du routeur : Lune_77x", "Lune_77x"),
    ("hasło do wifi to Kot!2023x", "Kot!2023x"),
    ("wachtwoord van de router is Molen_81!", "Molen_81!"),
]


@pytest.mark.parametrize(("text", "value"), CREDENTIALS)
def test_credentials_are_found(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in spans(text)


CLEAN = [
    # change and typing verbs before ordinary values
    "I set it to Version12 and restarted",
    "we changed the plan to Premium2024 last month",
    "I tried Windows 10 and macOS 14.2",
    "updated to v2.14.3, changed the timeout to 30s",
    # codes that are not secrets
    "the code from 2019 still runs",
    "error code 500 on the checkout page",
    "code for order 88412093 is wrong",
    "promo code SUMMER25 gave me 25 %",
    "card ending 4411 was charged twice",
    # base64 of readable text, hashes
    "token dGhpcyBpcyBqdXN0IGEgdGVzdCBtZXNzYWdl ok",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it",
    "the secret ingredient is 2 eggs",
    "the secret to good bread is time",
    "the key to success is patience",
    "the secret to a long life is laughter",
    "the password for this account is wrong",
    "token for the api is expired",
    "call our hotline 0800 555 0199",
    "the helpdesk is on 0800 123 4567 from 9 to 5",
    "servizio clienti: numero verde 800 123 456",
    "unser Kundenservice: 0180 5 123456",  # DE shared cost (also a UK landline shape)
    # tickets, orders, prices, dates, versions
    "incidencia 2023/448120 sigue abierta",
    "Vorgang 2024-771203 wurde geschlossen",
    "ticket #48213 about invoice 2024/0192",
    "order 7712-3391-2201 costs 129,90 €",
    "meeting on 12.03.2025 at 14:30",
    "passport photo costs 12.50 at the kiosk",
    "customer since 2019, member for 5 years",
    "my passport expires on 03/2031",
    "il CAP dei costi è 5000 euro",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


# --- IDs: document and member numbers by their word ---------------------------------

KEYED = [
    ("passport number X7K29F41Q, valid until 2030", "PASSPORT", "X7K29F41Q"),
    ("Reisepass Nr. CFJ41T7K2 läuft ab", "PASSPORT", "CFJ41T7K2"),
    ("mon passeport n° 18KD55120", "PASSPORT", "18KD55120"),
    ("número de pasaporte: PAB628130", "PASSPORT", "PAB628130"),
    ("numer paszportu EK 4419027", "PASSPORT", "EK 4419027"),
    ("Führerschein-Nr. fehlt, Führerschein B072RRE2I55", "DRIVER_LICENSE", "B072RRE2I55"),
    ("permis de conduire 120375300712", "DRIVER_LICENSE", "120375300712"),
    ("carnet de conducir 33458812-M", "DRIVER_LICENSE", "33458812-M"),
    ("rijbewijsnummer 5123098817", "DRIVER_LICENSE", "5123098817"),
    ("nr prawa jazdy 02117/19/4410", "DRIVER_LICENSE", "02117/19/4410"),
    ("Personalausweis T22000129 verloren", "ID_CARD", "T22000129"),
    ("carte d'identité 880692310285", "ID_CARD", "880692310285"),
    ("numer dowodu osobistego AXB 918273", "ID_CARD", "AXB 918273"),
    ("identiteitskaart nr IR57KL3P2", "ID_CARD", "IR57KL3P2"),
    ("member number 40091876, the gym card fails", "MEMBER_ID", "40091876"),
    ("patient ID 7720415 for Monday", "MEMBER_ID", "7720415"),
    ("customer no. K-5583120 asks for a refund", "MEMBER_ID", "K-5583120"),
    ("Kundennummer 100482771", "MEMBER_ID", "100482771"),
    ("Versichertennummer: 889120334", "MEMBER_ID", "889120334"),
    ("numéro client 55019283", "MEMBER_ID", "55019283"),
    ("numéro d'adhérent : 7719023", "MEMBER_ID", "7719023"),
    ("número de cliente 0099218", "MEMBER_ID", "0099218"),
    ("número de afiliado 66123098", "MEMBER_ID", "66123098"),
    ("codice cliente 4410982", "MEMBER_ID", "4410982"),
    ("numero tessera 880123", "MEMBER_ID", "880123"),
    ("lidnummer 2291837", "MEMBER_ID", "2291837"),
    ("patiëntnummer 44102938", "MEMBER_ID", "44102938"),
    ("numer klienta 39910283", "MEMBER_ID", "39910283"),
    ("nr pacjenta 551029", "MEMBER_ID", "551029"),
    # "-Nr." after the word, one digit in a long document number, "nº" typed or folded
    ("Reisepass-Nr. CJ7RKTXPZ bitte prüfen", "PASSPORT", "CJ7RKTXPZ"),
    ("Ausweis-Nr. LZ6YHVKPR", "ID_CARD", "LZ6YHVKPR"),
    ("nº de socio 441902 del club", "MEMBER_ID", "441902"),
    ("no de socio 441902", "MEMBER_ID", "441902"),
    # where the number was issued, before a link word
    ("my MRN at the hospital is 55102934", "MEMBER_ID", "55102934"),
    ("Kundennummer bei der Telekom: 4471203", "MEMBER_ID", "4471203"),
    # the value's length stated between the word and the colon
    ("Kundennummer (8-stellig): 44712031", "MEMBER_ID", "44712031"),
    ("mijn klantnummer (8 cijfers): 44712031", "MEMBER_ID", "44712031"),
    ("numéro client, 8 chiffres : 44712031", "MEMBER_ID", "44712031"),
    # membership and health-card words
    ("membership # GX5512093", "MEMBER_ID", "GX5512093"),
    ("Krankenversichertennummer A123456780", "MEMBER_ID", "A123456780"),
    ("tarjeta sanitaria BBBB118203941122", "MEMBER_ID", "BBBB118203941122"),
    ("tessera sanitaria 80380001200455219981", "MEMBER_ID", "80380001200455219981"),
    ("numéro de carte vitale 1850275114052", "MEMBER_ID", "1850275114052"),
    # an abbreviated word, the value in brackets
    ("paspoortnr NXK120394", "PASSPORT", "NXK120394"),
    ("n° passeport (19AB55120)", "PASSPORT", "19AB55120"),
]


@pytest.mark.parametrize(("text", "label", "value"), KEYED)
def test_keyed_numbers_are_found(text: str, label: str, value: str) -> None:
    """Found whole; under the generic label unless a specific recognizer (a Spanish
    passport, a German ID card, a phone-shaped licence) named it first."""
    assert value in values(text)
    keyed = {(s.label, text[s.start : s.end]) for s in IdNumbersRecognizer().analyze(text)}
    assert (label, value) in keyed


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # a specific recognizer's number keeps its own label
        ("UK passport no. AB1234567", "UK_PASSPORT", "AB1234567"),
        ("codice fiscale RSSMRA85T10A562S", "IT_FISCAL_CODE", "RSSMRA85T10A562S"),
        # a number whose check digit fails is still the document's number
        ("Ausweisnummer L01X00T45", "ID_CARD", "L01X00T45"),
        ("member ID: 12345678", "MEMBER_ID", "12345678"),
    ],
)
def test_keyed_numbers_and_specific_labels(text: str, label: str, value: str) -> None:
    assert spans(text) == [(label, value)]


KEYED_CLEAN = [
    "passport renewal takes 6 weeks",
    "my passport is 10 years old",
    "the customer service number is busy",
    "client version 4.2.1 crashes",
    "patient for 45 minutes in the waiting room",
    "member since 2015",
    "Kundennummer? steht auf der Rechnung 2024-118",
    "permis valable jusqu'au 12/2031",
    "patente scaduta nel 2022",
    "numer klienta znajdę na fakturze",
    "Reisepass-Nr. steht auf Seite 2",
    "passport at the desk is fine, gate B12",
    "my MRN at the clinic changed in 2023",
    "membership # is on the card",
    "tessera sanitaria scaduta nel 2024",
    "Krankenversichertennummer fehlt, Termin am 12.03.2024",
    # a number in brackets that is no length: another value
    "Kundennummer (2 Stück): 44712031",
]


@pytest.mark.parametrize("text", KEYED_CLEAN)
def test_keyed_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


# --- IDs: checksummed numbers in their layouts --------------------------------------

LAYOUTS = [
    ("AHV-Nummer 756.5260.1815.91", "CH_AHV", "756.5260.1815.91"),
    ("numéro AVS 756.0830.1661.38", "CH_AHV", "756.0830.1661.38"),
    ("AHV 7561860913907", "CH_AHV", "7561860913907"),
    ("DNI 69.812.891-w", "ES_NIF", "69.812.891-w"),
    ("mi dni es 48.197.765 T", "ES_NIF", "48.197.765 T"),
    ("PESEL 521103 89557", "PL_PESEL", "521103 89557"),
    ("mój pesel 940620-79713", "PL_PESEL", "940620-79713"),
    ("NIP 579-754-32-31", "PL_NIP", "579-754-32-31"),
    ("numer NIP 194-87-57-495", "PL_NIP", "194-87-57-495"),
    ("numéro fiscal 30 30 824 628 335", "FR_TAX_ID", "30 30 824 628 335"),
    ("mon n° fiscal : 0948219935159", "FR_TAX_ID", "0948219935159"),
    ("nº de la seguridad social 08 71967692 63", "ES_SOCIAL_SECURITY", "08 71967692 63"),
    ("NSS 46/32555071/68", "ES_SOCIAL_SECURITY", "46/32555071/68"),
    ("REGON firmy 123456785", "PL_REGON", "123456785"),
    ("nr regon 123-456-785", "PL_REGON", "123-456-785"),
    ("REGON: 12345678512347", "PL_REGON", "12345678512347"),
]


@pytest.mark.parametrize(("text", "label", "value"), LAYOUTS)
def test_checksummed_layouts_are_found(text: str, label: str, value: str) -> None:
    assert (label, value) in spans(text)


LAYOUT_CLEAN = [
    "756.5260.1815.92 is the part number",  # AHV check digit fails
    "order 579-754-32-31",  # a valid NIP without its word
    "0948219935159 items shipped",  # a valid French tax number without its word
    "reference 28 56574257 14",  # a valid NSS without its word
    "version 1.234.567 T released",
    "zamówienie 123456785",  # a valid REGON without its word
]


@pytest.mark.parametrize("text", LAYOUT_CLEAN)
def test_layout_look_alikes_stay_clean(text: str) -> None:
    """No ID recognizer takes them (the phone recognizer may: "NSS 08 71967692 64" is
    a valid Spanish number's shape, as before)."""
    assert IdNumbersRecognizer().analyze(text) == []


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        (ch_ahv, "756.9217.0769.85", "756.9217.0769.86"),
        (fr_tax_number, "3030824628335", "3030824628336"),
        (es_social_security, "285657425714", "285657425715"),
        (pl_nip, "5797543231", "5797543232"),
        (pl_regon, "123456785", "123456786"),
    ],
)
def test_checks(check: object, valid: str, invalid: str) -> None:
    assert callable(check)
    assert check(valid) is True
    assert check(invalid) is False


def test_regon_needs_its_word_even_as_a_lone_answer() -> None:
    """A REGON's check passes one number in eleven and names a firm: a lone 9-digit
    answer is not tried as one (`ANSWERS_ALONE`), beside its word it is found."""
    assert "PL_REGON" not in {s.label for s in IdNumbersRecognizer().analyze("123456785")}
    assert ("PL_REGON", "123456785") in spans("REGON 123456785")


def test_social_security_below_ten_million_takes_both_rules() -> None:
    # province 28, number 01234567 (< 10^7): 28 * 10^7 + 1234567 and "2801234567"
    official = (28 * 10_000_000 + 1_234_567) % 97
    concatenated = 2_801_234_567 % 97
    assert es_social_security(f"2801234567{official:02d}")
    assert es_social_security(f"2801234567{concatenated:02d}")


# --- accounts -----------------------------------------------------------------------

ACCOUNTS = [
    ("pay into 20-32-06 53718409 please", "53718409"),
    ("sort code and account: 30-99-50, 11223389", "11223389"),
    ("conto corrente n. 000012345678 presso la filiale", "000012345678"),
    ("numero di conto n. 41208855120", "41208855120"),
    ("nº de cuenta n. 20384471", "20384471"),
    ("Kto.-Nr. 1188204471 BLZ 100 500 00", "1188204471"),
    ("c/c n. 551203948812 presso la banca", "551203948812"),
    ("rek.nr. 4412093381 graag terugstorten", "4412093381"),
]


@pytest.mark.parametrize(("text", "value"), ACCOUNTS)
def test_accounts_are_found(text: str, value: str) -> None:
    assert ("US_BANK_NUMBER", value) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "meeting 12-05-24 at 10:00",
        "on 03-12-25 we paid 2 times",
        "Kto.-Auszug vom 12.03.2024",
        "c/c 2024 summary",
        # a CCC whose account part is one repeated digit: a tracking number
        "tracking 9400 1000 0000 0000 0000 00 not updating",
    ],
)
def test_account_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


# --- phones and postcodes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ruf an unter +49(0)3140 74417", "+49(0)3140 74417"),
        ("mobile +44 (0)7700 900123", "+44 (0)7700 900123"),
        ("joignable au +33(0)6 12 34 56 78", "+33(0)6 12 34 56 78"),
    ],
)
def test_phone_with_trunk_prefix_in_brackets(text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in spans(text)


@pytest.mark.parametrize(
    "text",
    ["+49(0) 12", "caso 2024/118822 abierto", "Störung 2025-4471209 behoben"],
)
def test_phone_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the area code set apart by a spaced slash (German layout), after a landline word
        ("Festnetz: 089 / 5436798", "089 / 5436798"),
        ("Tel. 030 / 12345678 ab 9 Uhr", "030 / 12345678"),
        ("landline 020 7946 0958", "020 7946 0958"),
        # a spaced slash without the trunk 0 is a page or a ratio
        ("seite 12 / 3456789", None),
        ("ratio 1200 / 3400500 units", None),
    ],
)
def test_area_code_set_apart_by_a_slash(text: str, value: str | None) -> None:
    assert spans(text) == ([] if value is None else [("PHONE_NUMBER", value)])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after a hotline word, a service line of a region whose national shape the number
        # does not fit (a short Dutch premium line) is still a service line ...
        ("klantenservice 0900-1234 is duur", None),
        ("infolinia 0900 1234, po holendersku", None),
        ("Service-Nummer 01806 101010 (20 ct/Anruf)", None),
        ("SAV joignable au 0 800 123 456", None),
        ("teléfono de atención 902 202 202", None),
        # ... and without one, or for an ordinary number, it is somebody's number
        ("bel me op 0900-1234", "0900-1234"),
        ("support 020-5551234 is my home number", "020-5551234"),
    ],
)
def test_short_service_lines_after_a_hotline_word(text: str, value: str | None) -> None:
    assert spans(text) == ([] if value is None else [("PHONE_NUMBER", value)])


@pytest.mark.parametrize(
    ("text", "value"),
    [("il mio CAP è 00184", "00184"), ("CAP: 20121 Milano", "20121"), ("il cap è 80132", "80132")],
)
def test_italian_cap(text: str, value: str) -> None:
    assert ("LOCATION", value) in spans(text)


@pytest.mark.parametrize("text", ["cap 5000 per month", "the cap is 20000", "CAP 12"])
def test_italian_cap_look_alikes(text: str) -> None:
    assert spans(text) == []


def test_recognizers_are_wired_in() -> None:
    names = {r.name for r in Detector.patterns().recognizers}
    assert {"credential", "id_numbers"} <= names
    assert {"keyed_id", "ch_ahv", "fr_tax_number", "es_social_security", "pl_nip",
            "uk_account"} <= {r.name for r in IdNumbersRecognizer()._recognizers}  # fmt: skip
    assert CredentialRecognizer().PATTERN_WORDS["private_key_body"]
