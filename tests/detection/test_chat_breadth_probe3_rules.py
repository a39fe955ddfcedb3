"""Issue 16, fourth round (the third probe, `benchmarks/data/chat_breadth_probe_v3.jsonl`):
the phrasing classes the probe showed missing, each with fresh values, and the
look-alikes beside them that must stay clean. Every table runs through the whole pattern
stage (`Detector.patterns()`): a value counts as found when one span covers it exactly."""

from __future__ import annotations

import pytest

from piiguard.detection import checksums
from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import _pattern
from tests.detection._found import Found

DETECTOR = Detector.patterns()


spans = Found(DETECTOR)
values = spans.values


# --- credentials -------------------------------------------------------------------

CREDENTIALS = [
    # a backup-code list after a few words and the link ("recovery codes i saved: ...")
    ("recovery codes i saved: 4827 1930 and 5512 0093", "4827 1930 and 5512 0093"),
    ("backup codes I printed out: a7k2-9xq4", "a7k2-9xq4"),
    ("backup codes: 8473-2910 1193-4482 then I lost them", "8473-2910 1193-4482"),
    # "one-time code" in the other languages, and typed without accents
    ("code à usage unique\n482 913", "482 913"),
    ("codice monouso 771203", "771203"),
    ("codigo de verificacion 904417 ya caducó", "904417"),
    ("le code de verification 318244 a expiré", "318244"),
    # link words in the past tense
    ("le code sms était 660914", "660914"),
    ("la contraseña fue Luna_2024x", "Luna_2024x"),
    ("le code 3d secure était 948480 mais refusé", "948480"),
    # a clause between the password's noun and the link: a word and digits in lower case
    ("la clave que usé fue verano8891", "verano8891"),
    ("the password i picked was tulip88", "tulip88"),
    # an adjective after PIN
    ("pin nuevo (1469) no funciona", "1469"),
    ("PIN neu 4471 geht nicht", "4471"),
    ("die alte PIN lautete 4412", "4412"),
    ("codice pin nuovo 55210 bloccato", "55210"),
    # typos of the password's noun, and the Dutch "ww" after the value
    ("mijn wachtwoort is Tulpen!90", "Tulpen!90"),
    ("mein kenwort ist Wolke#31", "Wolke#31"),
    ("mi contrasenia es Tortuga#8", "Tortuga#8"),
    ("heb tulpen0838 als ww ingesteld", "tulpen0838"),
    # the value the password was changed to
    ("zmieniłem hasło na biedronka9035 i nie działa", "biedronka9035"),
    ("ho cambiato la password in gelato2023 ieri", "gelato2023"),
    ("wachtwoord gewijzigd naar fietsen77", "fietsen77"),
    # the secret's word in brackets, the link after them; "di" names what it opens
    (
        "sekret klienta (client secret): ItK8Q~PrjhvIoW2s0nHpgQXzOGOatRigLe_tfgt3",
        "ItK8Q~PrjhvIoW2s0nHpgQXzOGOatRigLe_tfgt3",
    ),
    ("chiave api di sendinblue: xkeysib7Hq2LmZ9", "xkeysib7Hq2LmZ9"),
    # Mailgun's key shape, with no word at all
    (
        "use key-3223384c2792bf9de206c6313da47156 for sending",
        "key-3223384c2792bf9de206c6313da47156",
    ),
    # a Dutch card's code "on the back of the card"
    ("beveiligingscode achterop de kaart 960", "960"),
]


@pytest.mark.parametrize(("text", "value"), CREDENTIALS)
def test_credentials_are_found(text: str, value: str) -> None:
    assert value in values(text)


CREDENTIAL_CLEAN = [
    "I changed the password in 2023",  # a year after "in"
    "changed my password to the new policy",
    "the pass I bought was gold2024",  # "pass": a bus or ski pass, not a password
    # a backup code holds digits: words after "backup codes" are no list
    "my recovery codes expired yesterday",
    "backup codes are stored offline",
    "el pin nuevo llega en 3 días",
    "the key-value store has key-features",
    "la mise à jour était la version 2.4.1",
    "de kaart was 3 dagen onderweg",
]


@pytest.mark.parametrize("text", CREDENTIAL_CLEAN)
def test_credential_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


# --- IDs --------------------------------------------------------------------------

IDS = [
    # HMRC's Unique Taxpayer Reference, validated
    ("hmrc utr is 8097979494 for the self assessment", "UK_UTR", "8097979494"),
    ("my UTR: 61938 45227", "UK_UTR", "61938 45227"),
    # a keyed number named where it was issued, or by a qualifier and a colon
    ("member id on my insurance card: GOV337330628", "MEMBER_ID", "GOV337330628"),
    ("polisnummer zorgverzekering: 59620769", "MEMBER_ID", "59620769"),
    ("Kundennummer Telekom: 4471203", "MEMBER_ID", "4471203"),
    # "Perso" for the Personalausweis; the French CAF number
    ("Perso-Nr: WNP359HZ4 – adresse ist neu", "ID_CARD", "WNP359HZ4"),
    ("n° allocataire caf 5791669", "MEMBER_ID", "5791669"),
    ("numéro allocataire : 2414696", "MEMBER_ID", "2414696"),
    # "…nr" for "…nummer"
    ("krankenversichertennr M639233215 (tk)", "DE_HEALTH_INSURANCE", "M639233215"),
    ("vertragsnr 88123456 bitte kündigen", "MEMBER_ID", "88123456"),
    # a BSN in 4-2-3 with dashes; a value alone on the line after its word
    ("sofinummer (bsn) 9935-63-272", "NL_BSN", "9935-63-272"),
    ("mijn bsn\n839705232", "NL_BSN", "839705232"),
    ("Steuer-ID:\n18 209 357 652", "DE_TAX_ID", "18 209 357 652"),
]


@pytest.mark.parametrize(("text", "label", "value"), IDS)
def test_ids_are_found(text: str, label: str, value: str) -> None:
    assert (label, value) in spans(text)


ID_CLEAN = [
    "polisnummer zorgverzekering: onbekend",
    "member id on the back of the card is missing",
    "mijn bsn\nwaarvoor hebben jullie die nodig?",
    "bestellnr 4010232137 ist nicht angekommen",  # "…nr" of a veto word vetoes too
]


@pytest.mark.parametrize("text", ID_CLEAN)
def test_id_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


def test_a_line_that_goes_on_after_the_word_is_no_context() -> None:
    # the word must end its line: another clause there names something else
    text = "bsn vergeten, hier is iets anders\n839705232"
    assert ("NL_BSN", "839705232") not in spans(text)


# --- accounts ---------------------------------------------------------------------

ACCOUNTS = [
    # a UK account after its sort code with the account's word between
    ("sort code 11-74-38 acc 46640877", "46640877"),
    ("acc no 55102938 at lloyds", "55102938"),
    # a German Bankleitzahl beside its word
    ("kontonr 3507899192 blz 370 400 44", "370 400 44"),
    ("BLZ 37040044", "37040044"),
    # a French RIB, by its key
    ("rib : 17515 72553 34439891792 45", "17515 72553 34439891792 45"),
    ("mon RIB 10278447239408740506254 banque postale", "10278447239408740506254"),
]


@pytest.mark.parametrize(("text", "value"), ACCOUNTS)
def test_accounts_are_found(text: str, value: str) -> None:
    assert value in values(text)


ACCOUNT_CLEAN = [
    "rib : 17515 72553 34439891792 46",  # the RIB key fails
    "acc to my calendar it was 20240611",  # "acc" for "according"
]


@pytest.mark.parametrize("text", ACCOUNT_CLEAN)
def test_account_look_alikes_stay_clean(text: str) -> None:
    assert spans(text) == []


# --- phones -----------------------------------------------------------------------

PHONE_CLEAN = [
    # a company's line a service word names, geographic or not
    "kundenservice unter 089 2019 1000 montag bis freitag",
    "bel de helpdesk op 020 201 3000 tussen 9 en 17 uur",
    "servizio clienti 02 3030 3030 dalle 9 alle 18",
    # freephone, shared-cost and non-geographic company numbers without a service word
    "llamé al 900 100 200 y al 902 123 456 y nadie contesta",
    "support said call 0345 300 0000 between 8am and 8pm",
    # a product's reference
    "article réf. 123-456-789 en taille M",
    "ref. producto 123.456.789 talla 42",
]


@pytest.mark.parametrize("text", PHONE_CLEAN)
def test_phone_look_alikes_stay_clean(text: str) -> None:
    assert [label for label, _ in spans(text) if label == "PHONE_NUMBER"] == []


PHONES = [
    ("the hotline didn't help, call me on 0151 23456789", "0151 23456789"),
    ("mój numer 512 345 678", "512 345 678"),
    ("gov 0151 23456789 is my number", "0151 23456789"),
    # a bare national number after a word of answering the phone
    ("si no contesto prueba en 661069688", "661069688"),
    ("als ik niet opneem: 0612345678", "0612345678"),
    ("jak nie odbieram to 512345678", "512345678"),
    # a freephone-range number the writer calls theirs
    ("mi nuevo número de móvil es +34 800 98 57 32", "+34 800 98 57 32"),
]


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_personal_phones_still_found(text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in spans(text)


# --- checks and helpers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        ("fr_rib", "30003 15193 59852497181 78", "30003 15193 59852497181 79"),
        ("fr_rib", "10278447239408740506254", "00000000000000000000000"),
        ("uk_utr", "8097979494", "8097979495"),
    ],
)
def test_checks(check: str, valid: str, invalid: str) -> None:
    function = getattr(checksums, check)
    assert function(valid)
    assert not function(invalid)


def test_nummer_compounds_are_abbreviated() -> None:
    words = _pattern.abbreviated(["kundennummer", "sv-nummer", "nummer", "phone"])
    assert "kundennr" in words and "kunden-nr" in words
    assert "svnr" in words and "sv-nr" in words
    assert "nr" not in words


# --- policy: a shop's address, a name without a letter ---------------------------


def _kept(text: str, value: str, label: str = "LOCATION") -> bool:
    from piiguard._types import Span
    from piiguard.detection.policy import PersonalDataPolicy

    start = text.index(value)
    span = Span(start, start + len(value), label, 0.9, "ner")
    return bool(PersonalDataPolicy().apply(text, [span]))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("store at 221 Baker St, London had no stock", "221 Baker St, London"),
        ("filiale in der Friedrichstraße 68, 10117 Berlin hatte nichts", "Friedrichstraße 68"),
        ("magasin du 12 rue de Rivoli, 75004 Paris fermé", "12 rue de Rivoli, 75004 Paris"),
        ("la tienda de la calle Gran Vía 32 no lo tenía", "calle Gran Vía 32"),
        ("il negozio di Via del Corso 123, 00186 Roma", "Via del Corso 123, 00186 Roma"),
        ("winkel aan de Kalverstraat 92, 1012 PH Amsterdam", "Kalverstraat 92, 1012 PH Amsterdam"),
        ("sklep przy ul. Marszałkowska 104 nie miał", "ul. Marszałkowska 104"),
    ],
)
def test_a_shops_address_is_not_masked(text: str, value: str) -> None:
    assert not _kept(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("please send it to my shop at 221 Baker St, London", "221 Baker St, London"),
        ("I live right by the store at 12 Elm Grove, Leeds", "12 Elm Grove, Leeds"),
        ("ich wohne neben der Filiale in der Friedrichstraße 68", "Friedrichstraße 68"),
        ("meine Adresse: Friedrichstraße 68, 10117 Berlin", "Friedrichstraße 68, 10117 Berlin"),
    ],
)
def test_an_address_of_the_writers_stays_masked(text: str, value: str) -> None:
    assert _kept(text, value)


def test_an_organisation_without_a_letter_is_none() -> None:
    assert not _kept("track & trace 3SABC1234567890 zegt bezorgd", "&", "ORGANIZATION")
    assert _kept("ik werk bij Ahold & Delhaize", "Ahold & Delhaize", "ORGANIZATION")
