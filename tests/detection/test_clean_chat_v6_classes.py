"""Precision on clean chat, by class of false flag (the sixth clean probe, fp13: shop,
payment, shared-budget, forum, API, account and CMS messages of seven languages): a Dutch
or German participle with an unstressed prefix after "password is" ("wachtwoord is
|verzonden|"), or one a preposition of manner closes ("is |gereset| met"); the label of a
button after the word for it ("il bottone |Marca|"); a word coordinated with a
capitalised ordinary word ("Euro ou |Petrodollar|", "Importar o |Exportar productos|"); a
common word written in capitals beside a word ("Postvak |IN|"); the acronyms of e-mail
copies ("BCC"). Each class has the clean lines that must not fire and the personal lines
beside them that must."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import Lexicon, fold
from piiguard.detection.policy import CONTROL_WORDS, PersonalDataPolicy
from piiguard.detection.recognizers import CredentialRecognizer
from tests.detection._policy import kept

P, ORG, LOC = "PERSON", "ORGANIZATION", "LOCATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()
CREDENTIALS = Detector([CredentialRecognizer()])


def _credentials(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CREDENTIALS.detect(text)]


# --- a participle after "password is" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "E-mail voor het opnieuw instellen van het wachtwoord is verzonden.",
        "Wachtwoord is gereset met het nieuwe wachtwoord.",
        "Het nieuwe wachtwoord is verstuurd naar je e-mailadres.",
        "Het wachtwoord is bevestigd.",
        "Uw wachtwoord is ontgrendeld door de beheerder.",
        "Het wachtwoord is verlopen, kies een nieuw.",
        "Das neue Passwort ist verschickt.",
        "Das Passwort ist bestätigt.",
        "Das Kennwort ist entsperrt.",
        "Das Passwort ist geändert mit der App.",
        "Le mot de passe est réinitialisé avec le nouveau.",
    ],
)
def test_a_participle_after_password_is_no_password(text: str) -> None:
    assert _credentials(text) == []


@pytest.mark.parametrize(
    ("text", "stays"),
    [
        ("het wachtwoord is tulpenbol.", ["tulpenbol"]),
        ("het wachtwoord is zonnebloem", ["zonnebloem"]),
        ("Das WLAN-Passwort ist sonnenschein.", ["sonnenschein"]),
        ("Het wachtwoord is Verzonden2024!", ["Verzonden2024!"]),
        ("mijn wachtwoord is verzonnen.", ["verzonnen"]),  # one's own: a plain word stated
        ("Das Passwort ist Bestätigt!7", ["Bestätigt!7"]),
        ("het wachtwoord is bloemkool met een hoofdletter", ["bloemkool"]),
    ],
)
def test_a_password_after_password_is_stays(text: str, stays: list[str]) -> None:
    assert _credentials(text) == stays


# --- the label of a button ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Clicca sul bottone Marca per marcare il seguente commento come inappropriato.",
         [("Marca", P)]),
        ("Premi il pulsante Salva e poi chiudi la finestra.", [("Salva", P)]),
        ("Klik op de knop Markeren om de reactie te melden.", [("Markeren", P)]),
        ("Kliknij przycisk Zapisz, aby kontynuować.", [("Zapisz", P)]),
        ("Cliquez sur le bouton Signaler pour marquer ce commentaire.", [("Signaler", P)]),
        ("Haga clic en el botón Marcar Todo para continuar.", [("Marcar Todo", ORG)]),
        ("Klicken Sie auf die Schaltfläche Marca, um fortzufahren.", [("Marca", P)]),
        ("Click the Marca button to flag the comment.", [("Marca", P)]),
    ],
)  # fmt: skip
def test_a_buttons_label_is_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []
    assert kept(STRICT, text, found)  # the strict policy drops no word the model found


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("El botón Ana lo rompió ayer.", [("Ana", P)], ["Ana"]),
        ("Der Knopf, den Anna Schmidt gedrückt hat, klemmt.", [("Anna Schmidt", P)],
         ["Anna Schmidt"]),
        ("Kliknij przycisk i zadzwoń do Anny Nowak.", [("Anny Nowak", P)], ["Anny Nowak"]),
        ("Click the button Marco Rossi told you about.", [("Marco Rossi", P)],
         ["Marco Rossi"]),
        ("Ho premuto il pulsante e Marco Rossi ha risposto.", [("Marco Rossi", P)],
         ["Marco Rossi"]),
    ],
)  # fmt: skip
def test_a_name_near_a_button_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


def test_no_control_word_is_a_known_name() -> None:
    lexicon = Lexicon.load()
    assert not [w for w in CONTROL_WORDS if fold(w) in lexicon.first_names]


# --- a word coordinated with a capitalised ordinary word ---------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Quelle est la vraie monnaie : Euro ou Petrodollar ?", [("Petrodollar", P)]),
        ("Welche ist eine echte Währung? Euro oder Petrodollar?", [("Petrodollar", P)]),
        ("Importar o Exportar productos desde un archivo CSV.",
         [("Exportar productos", ORG)]),
        ("Import or Export products from a CSV file.", [("Export products", ORG)]),
        ("Wybierz Import lub Eksport produktów z pliku.", [("Eksport produktów", ORG)]),
    ],
)  # fmt: skip
def test_a_word_coordinated_with_a_capitalised_word_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []
    assert kept(STRICT, text, found)


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Schreib bitte Papa oder Anna, wer zuerst antwortet.", [("Anna", P)], ["Anna"]),
        ("Mama und Kowalczyk kommen morgen zur Übergabe.", [("Kowalczyk", P)], ["Kowalczyk"]),
        ("Ask Support or Otto Meyer about the refund.", [("Otto Meyer", P)], ["Otto Meyer"]),
        ("Anna oder Petrodollar, egal.", [("Anna", P), ("Petrodollar", P)],
         ["Anna", "Petrodollar"]),
        ("Bitte an Kaffee und an Bondarenko denken.", [("Bondarenko", P)], ["Bondarenko"]),
        # a name no list holds, after a cue
        ("Bitte Herrn oder Frau Zwiebelfisch anrufen.", [("Frau Zwiebelfisch", P)],
         ["Frau Zwiebelfisch"]),
        ("Das Paket geht an Firma oder Herrn Zwiebelfisch.", [("Zwiebelfisch", P)],
         ["Zwiebelfisch"]),
        # the English "I" is no Polish "i" ("and"): a conjunction is matched as written
        ("Sorry I Zwiebelfisch, wrong chat.", [("Zwiebelfisch", P)], ["Zwiebelfisch"]),
    ],
)  # fmt: skip
def test_a_name_coordinated_with_a_word_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


# --- a common word written in capitals beside a word ---------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Er is een link verstuurd om je wachtwoord opnieuw in te stellen; controleer je "
         "Postvak IN.", [("Postvak", P)]),
        ("Controleer je Postvak IN en daarna de map met spam.", [("Postvak", P)]),
    ],
)  # fmt: skip
def test_a_word_beside_a_common_word_in_capitals_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Ik heb Bakker gisteren IN het kantoor gezien.", [("Bakker", P)], ["Bakker"]),
        ("Ik heb Bakker IN het kantoor gezien.", [("Bakker", P)], ["Bakker IN"]),
        ("Controleer je Postvak en bel Jan Bakker.", [("Jan Bakker", P)], ["Jan Bakker"]),
        ("Stuur het naar JAN DE VRIES, niet naar mij.", [("JAN DE VRIES", P)],
         ["JAN DE VRIES"]),
    ],
)  # fmt: skip
def test_a_name_beside_capitals_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


# --- e-mail copies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Wszystkie potwierdzenia zamówień będą wysyłane na ten adres za pośrednictwem BCC.",
         [("BCC.", ORG)]),
        ("All order receipts will be sent to this address as BCC.", [("BCC", ORG)]),
        ("Bitte setzen Sie den Kundendienst in CC.", [("CC", ORG)]),
    ],
)  # fmt: skip
def test_an_email_copy_is_no_organisation(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Setz bitte Anna Nowak in BCC.", [("Anna Nowak", P)], ["Anna Nowak"]),
        ("Please put Otto Meyer in CC and send it.", [("Otto Meyer", P)], ["Otto Meyer"]),
    ],
)  # fmt: skip
def test_a_name_in_copy_stays(text: str, found: list[tuple[str, str]], stays: list[str]) -> None:
    assert kept(DEFAULT, text, found) == stays
