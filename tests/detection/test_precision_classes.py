"""Precision on clean chat, by class of false flag (fifth probe's clean rows, the clean
probes): each rule has the clean look-alikes it must leave alone and the true values
beside them it must still mask."""

from __future__ import annotations

import pytest

from piiguard._types import Span
from piiguard.detection.encoded import encoded_runs
from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import Lexicon, handle_bounds, is_handle
from piiguard.detection.policy import PersonalDataPolicy
from piiguard.detection.recognizers.credential import CredentialRecognizer
from piiguard.detection.recognizers.phone import PhoneRecognizer
from piiguard.detection.recognizers.postcode import UkPostcodeRecognizer
from tests.detection._policy import kept

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()
PATTERNS = Detector.patterns()




def values(recognizer: object, text: str) -> list[str]:
    return [text[s.start : s.end] for s in recognizer.analyze(text)]  # type: ignore[attr-defined]


# --- a UK postcode names one of Royal Mail's postcode areas ---------------------------

UK = UkPostcodeRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "prenotazione KX82QP per il 03/06 alle 20:00",
        "Buchung QX12AB bestätigt",  # Q never starts a postcode (the layout already)
        "reservation code KX8 2QP",
        "ticket ZZ12 3AB is still open",
        "booking IQ4 5TH for two nights",
    ],
)
def test_a_layout_without_a_postcode_area_is_no_postcode(text: str) -> None:
    assert values(UK, text) == []
    assert all(s.label != "UK_POSTCODE" for s in PATTERNS.detect(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("send it to SW1A 1AA please", "SW1A 1AA"),
        ("From SW1A 1AA to M1 1AA", "SW1A 1AA"),
        ("my postcode is EH1 1YZ", "EH1 1YZ"),
        ("Birmingham B33 8TH", "B33 8TH"),
        ("postcode cr2 6xh", "cr2 6xh"),
        ("EC1A1BB", "EC1A1BB"),
        ("ZE2 9AA, Shetland", "ZE2 9AA"),
        ("GIR 0AA", "GIR 0AA"),
    ],
)
def test_postcodes_of_real_areas_are_still_found(text: str, value: str) -> None:
    assert value in values(UK, text)


# --- a company's number: its service line, a tracking number ---------------------------

PHONE = PhoneRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "il vostro call center è 02 3030 3030, giusto?",
        "the call centre is 020 7946 0000",
        "Callcenter unter 089 2019 1000 erreicht man nie",
        "ho chiamato il centralino 02 3030 3030",
        "numero di spedizione BRT 0512 3345 0091, fermo in deposito",
        "Sendungsnummer DHL 0151 2345 6789 zeigt nichts an",
        "tracking UPS 0612 345 678 stuck since monday",
        "número de seguimiento SEUR 612 345 678",
    ],
)
def test_a_company_line_or_a_carrier_reference_is_no_phone(text: str) -> None:
    assert values(PHONE, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("chiamami al 02 3030 3030", "02 3030 3030"),
        ("mein Handy ist 0151 23456789", "0151 23456789"),
        ("ruf mich an: DE 030 901820", "030 901820"),
        ("call me, my number is ABC 0151 2345678", "0151 2345678"),
        ("the call center called me, my mobile is 07700 900123", "07700 900123"),
        ("DHL hat mich unter 0151 23456789 angerufen", "0151 23456789"),
    ],
)
def test_personal_numbers_are_still_found(text: str, value: str) -> None:
    assert value in values(PHONE, text)


# --- a Wi-Fi network's name is no password -------------------------------------------

CREDENTIAL = CredentialRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "WLAN heißt Vodafone-A4F2, das Passwort steht auf dem Router",
        "the wifi is called Home_5G#2, password is on the sticker",
        "Netzwerkname: Livebox-1234, Passwort auf dem Router",
        "la red se llama MOVISTAR_12AB, la contraseña está en la caja",
        "SSID: FRITZ!Box-7530 und das Kennwort kenne ich nicht",
        "il wifi si chiama TIM-2938AB, la password non la so",
        "mijn wifi heet Ziggo-88AB7, wachtwoord weet ik niet",
    ],
)
def test_a_network_name_is_no_credential(text: str) -> None:
    assert values(CREDENTIAL, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the wifi is called Home_5G and the password is Maple#2023", "Maple#2023"),
        ("SSID: Livebox-1234 Passwort: Xk9#mm22q", "Xk9#mm22q"),
        ("WLAN-Passwort: Vodafone-A4F2", "Vodafone-A4F2"),
        ("wifi password Vodafone-A4F2", "Vodafone-A4F2"),
        ("wifi: Vodafone-A4F2!x9 is my password", "Vodafone-A4F2!x9"),
        ("WLAN heißt Vodafone-A4F2, das Passwort ist Sommer2024!", "Sommer2024!"),
    ],
)
def test_passwords_beside_network_words_are_still_found(text: str, value: str) -> None:
    assert value in values(CREDENTIAL, text)


# --- a public handle that spells no name is a pseudonym --------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("@sarah_designs posted the review publicly on instagram", [("sarah", P)]),
        ("Nutzer @techfritz hat im Forum die Lösung gepostet", [("techfritz", P)]),
        ("el usuario @marta_viajes lo publicó en el foro", [("marta_viajes", P)]),
        ("le compte @sncf_voyageurs a répondu sur twitter", [("sncf_voyageurs", ORG)]),
        ("l'account @trenitalia ha risposto su X", [("trenitalia", ORG)]),
        ("@ns_online heeft het publiek gemeld", [("ns_online", ORG)]),
        ("@allegro_pl odpisali publicznie na fb", [("allegro_pl", ORG)]),
        ("follow @pixelqueen.", [("pixelqueen", P)]),
    ],
)
def test_a_handle_that_spells_no_name_is_not_masked(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []
    assert kept(STRICT, text, found) == [v for v, _ in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my instagram is @anna_kowalska89", [("anna_kowalska89", P)]),
        ("schreib mir auf insta @JanNowak", [("JanNowak", P)]),
        ("frag mal @lukas.mueller im Slack", [("lukas", P), ("mueller", P)]),
        ("ask @annakowalska about it", [("annakowalska", P)]),
        ("ping @jsmith on slack", [("jsmith", P)]),
        ("mi trovi come @giulia_bianchi", [("giulia_bianchi", P)]),
        # not a handle: an address, a name after a mail
        ("mail anna@kowalska.pl, Anna Kowalska", [("Anna Kowalska", P)]),
        ("@sarah_designs says Anna Kowalska won", [("Anna Kowalska", P)]),
    ],
)
def test_a_handle_that_spells_a_name_stays_masked(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == [v for v, _ in found]


@pytest.mark.parametrize(
    ("text", "start", "handle"),
    [
        ("ask @sarah_designs.", 5, "sarah_designs"),
        ("@techfritz hat", 1, "techfritz"),
        ("anna@example.org", 5, None),
        ("x @ y", 4, None),
    ],
)
def test_handle_bounds(text: str, start: int, handle: str | None) -> None:
    bounds = handle_bounds(text, start, start + 1)
    assert (text[bounds[0] : bounds[1]] if bounds else None) == handle
    assert is_handle(text, start) == (handle is not None and text[start - 1] == "@")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("@sarah_designs posted it", False),
        ("@marta_viajes lo publicó", False),
        ("write to @anna_kowalska on insta", True),
        ("sarah_designs is the variable", True),  # no handle: any first name is read
    ],
)
def test_joined_handles_are_read_only_when_they_spell_a_name(text: str, read: bool) -> None:
    assert any(run.encoding == "joined" for run in encoded_runs(text)) == read


def test_handle_spells_name() -> None:
    lexicon = Lexicon.load()
    for handle in ("anna_kowalska89", "JanNowak", "mario.rossi85", "jsmith", "annazbyszewska"):
        assert lexicon.handle_spells_name(handle), handle
    for handle in ("sarah_designs", "techfritz", "trenitalia", "ns_online", "gamer42"):
        assert not lexicon.handle_spells_name(handle), handle


# --- a clothing size, the letters of a reference number, a model with its version ---------


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Ich suche das Trikot in Größe M.", [("M.", P)], []),
        ("Je cherche le maillot en taille M.", [("taille M.", ORG)], []),
        ("Busco la camiseta en talla XL", [("talla XL", ORG)], []),
        ("Szukam koszulki w rozmiarze M.", [("M.", ORG)], []),
        ("article réf. 123-456-789 en taille M", [("taille M", ORG)], []),
        ("Cerco la maglia taglia L, grazie", [("L", P)], []),
        ("faktura FV/11/2024 na 249,00 zł", [("faktura FV", ORG)], []),
        ("Na fakturze FV/2024/03/117 jest błąd", [("FV", ORG)], []),
        ("Rechnung RE-2024-001 ist falsch", [("RE", ORG)], []),
        ("Skoda Octavia 2.0 TDI, rocznik 2019", [("Octavia 2.0 TDI", L)], []),
        # names beside them stay
        ("Mein Name ist M. Schulz, Größe 42", [("M. Schulz", P)], ["M. Schulz"]),
        ("size M, for Anna Kowalska", [("Anna Kowalska", P)], ["Anna Kowalska"]),
        ("faktura dla Jana Kowalskiego FV/11/2024", [("Jana Kowalskiego", P)],
         ["Jana Kowalskiego"]),
        ("Anna-2 war hier, sagt Jan Nowak", [("Jan Nowak", P)], ["Jan Nowak"]),
        ("schick das an Benno Hartung", [("Benno Hartung", L)], ["Benno Hartung"]),
    ],
)
def test_sizes_references_and_models_are_no_names(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


# --- a noun after an article or a possessive, a piece of a glued product name, a
# destination after a means of transport, a branch's own address -------------------------


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("errore E-204 sulla lavatrice", [("lavatrice", P)], []),
        ("czy 22 199 99 99 to wasza infolinia?", [("wasza infolinia", P)], []),
        ("801 100 100 to wasza infolinia, tak?", [("wasza infolinia", P)], []),
        ("Le client a laissé le colis chez le voisinage", [("voisinage", P)], []),
        ("Ist das Ihre Nummer oder die der hotline?", [("hotline", P)], []),
        # names stay: first names and surnames, a particle after a name, capitals, cues
        ("Ho parlato con la giulia ieri", [("giulia", P)], ["giulia"]),
        ("I spoke to the kowalski family", [("kowalski", P)], ["kowalski"]),
        ("Ho visto Mario di pietrantonio ieri", [("pietrantonio", P)], ["Mario di pietrantonio"]),
        (
            "Ich habe Anna von der zbyszewska angerufen",
            [("zbyszewska", P)],
            ["Anna von der zbyszewska"],
        ),
        ("Mein Kollege der Schmidt kommt", [("Schmidt", P)], ["Schmidt"]),
        ("ich habe mit der zbyszewska gesprochen", [("zbyszewska", P)], ["zbyszewska"]),
    ],
)
def test_a_lowercase_noun_after_a_determiner_is_no_name(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("wifi is called FRITZ!Box 7530 XQ and the laptop won't connect", [("FRITZ", P)], []),
        ("the ACME#4 unit is broken", [("ACME", ORG)], []),
        # a name typed against the next word by mistake stays
        ("Danke Anna!Bis morgen", [("Anna", P)], ["Anna"]),
        ("Fritz hat angerufen! Bitte zurückrufen", [("Fritz", P)], ["Fritz"]),
    ],
)
def test_a_piece_of_a_glued_product_name_is_no_name(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Buchungsnummer 9EPXQZ für den Flug nach Palma", [("Palma", P)], []),
        ("any flights to Nice tomorrow?", [("Nice", P)], []),
        ("il treno per Florence è in ritardo", [("Florence", P)], []),
        # names stay: a name that is no place, a place word beside a first name, a home
        ("Flug nach Palma für Anna Palma", [("Anna Palma", P)], ["Anna Palma"]),
        ("the flight to Hartung's wedding", [("Hartung", P)], ["Hartung"]),
        ("ich wohne in Palma", [("Palma", P)], ["Palma"]),
    ],
)
def test_a_place_after_a_means_of_transport_is_a_destination(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Termin am 12.03.2025 um 14:30, Filiale Hauptstraße 12", [("Filiale Hauptstraße 12", L)],
         []),
        ("rendez-vous à l'agence 12 rue de Rivoli", [("agence 12 rue de Rivoli", L)], []),
        # a home stays: living above the shop, a home address without a shop word
        (
            "ich wohne über der Filiale Hauptstraße 12",
            [("Filiale Hauptstraße 12", L)],
            ["Filiale Hauptstraße 12"],
        ),
        ("Lieferung an Hauptstraße 12, 10115 Berlin", [("Hauptstraße 12, 10115 Berlin", L)],
         ["Hauptstraße 12, 10115 Berlin"]),
    ],
)
def test_a_branch_word_opening_the_address_makes_it_the_shops(
    text: str, found: list[tuple[str, str]], expected: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == expected


@pytest.mark.parametrize(
    ("text", "address", "postcode", "expected"),
    [
        (
            "store at 221 Baker St, London NW1 6XE had no stock",
            "221 Baker St, London NW1 6XE",
            "NW1 6XE",
            [],
        ),
        (
            "the shop at 12 High Street, Leeds LS1 6AB is closed",
            "12 High Street, Leeds LS1 6AB",
            "LS1 6AB",
            [],
        ),
        # a home keeps its address and its postcode
        (
            "I live at 221 Baker St, London NW1 6XE",
            "221 Baker St, London NW1 6XE",
            "NW1 6XE",
            ["221 Baker St, London NW1 6XE", "NW1 6XE"],
        ),
        (
            "I live above the shop at 12 High Street, Leeds LS1 6AB",
            "12 High Street, Leeds LS1 6AB",
            "LS1 6AB",
            ["12 High Street, Leeds LS1 6AB", "LS1 6AB"],
        ),
    ],
)
def test_a_postcode_in_a_shops_address_is_the_shops(
    text: str, address: str, postcode: str, expected: list[str]
) -> None:
    start = text.index(address)
    code = text.index(postcode)
    found = [
        Span(start, start + len(address), L, 0.9, "ner"),
        Span(code, code + len(postcode), "UK_POSTCODE", 0.6, "uk_postcode"),
    ]
    assert [text[s.start : s.end] for s in DEFAULT.apply(text, found)] == expected
