"""Precision on clean chat, by class of false flag (the fifth clean probe, fp12: event,
support-ticket, account, forum and site messages of seven languages): technical product
names ("YubiKey", "Markdown", "POP3"), German nouns no list holds written with their
capital ("Anhänge"), a demonstrative opening a sentence ("Esta es la lista"), a
capitalised common word opening a phrase of words ("In de volgende stap"), a lowercase
surname that is a word after an article ("Los campos"), an Italian verb with a clitic
after "e" ("token e custodiscili") and the Polish "m.in." read as a domain. Each class
has the clean lines that must not fire and the personal lines beside them that must."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import Lexicon, fold
from piiguard.detection.policy import (
    ABBREVIATIONS,
    TECH_NAMES,
    PersonalDataPolicy,
)
from piiguard.detection.recognizers import CredentialRecognizer, UrlRecognizer
from piiguard.detection.recognizers.url import _TLDS, TLD_ABBREVIATIONS
from tests.detection._policy import kept

P, ORG, LOC = "PERSON", "ORGANIZATION", "LOCATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()
CREDENTIALS = Detector([CredentialRecognizer()])
URLS = Detector([UrlRecognizer()])
TLDS = frozenset(_TLDS.split("|"))


# --- a technical product's name is no person's -------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please use your YubiKey device.", [("YubiKey", P)]),
        ("Por favor, usa tu dispositivo Yubikey.", [("Yubikey", P)]),
        ("Ingrese un código. Su YubiKey se vinculará a su cuenta.", [("Su YubiKey", P)]),
        ("Inserisci un token. La tua YubiKey sarà connessa al tuo account.",
         [("YubiKey sarà connessa", P)]),
        ("De YubiKey kon niet geverifieerd worden.", [("De YubiKey", P)]),
        ("Voer je Yubikey in. De Yubikey zal aan je account gekoppeld worden.",
         [("Yubikey", P), ("De Yubikey", P)]),
        ("Vous pouvez utiliser Markdown ou des balises HTML basiques.", [("Markdown", P)]),
        ("Nazwa pliku JQuery UI.", [("JQuery", P)]),
        ("Gebruik uw WebAuthn-compatibele apparaat.", [("WebAuthn", P)]),
        ("Il server di posta supporta sia POP3 che IMAP.", [("POP3", P)]),
        ("Création de tickets depuis une boîte aux lettres - POP3 et IMAP sont supportés.",
         [("lettres - POP3", ORG)]),
        ("Die Kurz-URL darf keine zwei Schrägstriche enthalten.", [("Die Kurz-URL", P)]),
        ("Czy mogę zapisać plik jako MP3?", [("MP3", P)]),
    ],
)  # fmt: skip
def test_a_technical_product_is_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []
    assert kept(STRICT, text, found)  # the strict policy drops no word the model found


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Frag Anna Schmidt nach dem YubiKey.", [("Anna Schmidt", P)], ["Anna Schmidt"]),
        ("Der YubiKey von Anna Nowak ist weg.", [("YubiKey von Anna Nowak", P)],
         ["YubiKey von Anna Nowak"]),
        ("Jan Kurz-Nowak hat die URL geschickt.", [("Jan Kurz-Nowak", P)], ["Jan Kurz-Nowak"]),
        ("Die Kurz hat angerufen, nicht der Chef.", [("Die Kurz", P)], ["Die Kurz"]),
        ("ask Otto Meyer about POP3", [("Otto Meyer", P)], ["Otto Meyer"]),
        ("De Vries heeft de YubiKey.", [("De Vries", P)], ["De Vries"]),
    ],
)  # fmt: skip
def test_a_name_beside_a_technical_product_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


def test_no_technical_product_is_a_known_name() -> None:
    lexicon = Lexicon.load()
    assert not [n for n in TECH_NAMES if fold(n) in lexicon.names]


# --- a German noun no list holds, in a German text ---------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Soll wirklich jeder Zugriff auf alle Anhänge und Materialien erhalten?",
         [("Anhänge", P)]),
        ("Wenn aktiv können diese IPs Zugriff auf Anhänge haben ohne eingeloggt zu sein.",
         [("Anhänge", P)]),
        ("Wenn dieses Feld ausgewählt wird, wird beim Absenden des Formulars eine Nachricht "
         "gesendet.", [("Absenden des Formulars", P)]),
    ],
)  # fmt: skip
def test_a_german_noun_the_lists_lack_is_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Herr Absenden hat nicht bezahlt und ist weg.", [("Absenden", P)], ["Absenden"]),
        ("Ich habe Müller die Anhänge nicht geschickt.", [("Müller", P)], ["Müller"]),
        # names no list holds, one of them a rare word of the lists ("bondarenko")
        ("wir sind zu zweit: Olena Bondarenko und Dmytro Bondarenko, brauchen wir zwei "
         "Konten?", [("Olena Bondarenko", P), ("Dmytro Bondarenko", P)],
         ["Olena Bondarenko", "Dmytro Bondarenko"]),
        ("Ich habe gestern mit Bondarenko telefoniert, bitte zurückrufen.",
         [("Bondarenko", P)], ["Bondarenko"]),
        ("Bitte schicken Sie die Anhänge an Anna Schmidt und nicht an mich.",
         [("Anna Schmidt", P)], ["Anna Schmidt"]),
    ],
)  # fmt: skip
def test_a_german_name_beside_such_nouns_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


# --- a demonstrative opening a sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Esta es la lista de las aplicaciones autorizadas para acceder a la web.",
         [("Esta", P)]),
        ("Esta es una representación codificada. No cambie este campo.", [("Esta", P)]),
        ("Ceci est la liste des applications autorisées à accéder au site.", [("Ceci", P)]),
        ("Questa è la lista delle applicazioni autorizzate.", [("Questa", P)]),
    ],
)  # fmt: skip
def test_a_demonstrative_opening_a_sentence_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Esta Martínez me llamó ayer por la reserva.", [("Esta Martínez", P)],
         ["Esta Martínez"]),
        ("Ceci called me about the booking yesterday.", [("Ceci", P)], ["Ceci"]),
        ("Mañana viene Esta, la hermana de Pedro.", [("Esta", P), ("Pedro", P)],
         ["Esta", "Pedro"]),
        ("Ceci Dupont a appelé pour la réservation.", [("Ceci Dupont", P)], ["Ceci Dupont"]),
    ],
)  # fmt: skip
def test_a_name_spelled_like_a_demonstrative_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


# --- a capitalised common word opening a phrase of words ---------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the model's "place", which the place rules drop, is no surname after "In de"
        ("Voer het telefoonnummer in waarop je de SMS-berichten wilt ontvangen. In de "
         "volgende stap wordt je telefoonnummer gevalideerd.", [("volgende", LOC)]),
        ("Wollen Sie den Bericht filtern um nur eine Teilmenge der Daten anzuzeigen? Gehen "
         "Sie zur Liste und speichern die Anfrage.", [("Bericht", LOC)]),
        # pieces of one compound with an acronym
        ("Die Kurz-URL darf keine zwei aufeinanderfolgenden Schrägstriche enthalten.",
         [("Kurz", P), ("URL", P)]),
    ],
)  # fmt: skip
def test_a_common_word_then_a_particle_makes_no_surname(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Dan de Vries heeft gisteren gebeld over de volgende stap.", [("Vries", LOC)],
         ["Dan de Vries"]),
        ("Ik heb met Maud van der Leek gesproken over de volgende stap.", [("Leek", LOC)],
         ["Maud van der Leek"]),
        ("Ich habe mit Anna von Stein gesprochen, bitte zurückrufen.", [("Stein", LOC)],
         ["Anna von Stein"]),
    ],
)  # fmt: skip
def test_a_surname_after_a_first_name_and_a_particle_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    """Through the whole detector (the model finds these as it will)."""
    del found
    spans = Detector.default().detect(text)
    assert [text[s.start : s.end] for s in spans if s.label == P] == stays


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voer het nummer in. In de volgende stap wordt je telefoonnummer gevalideerd.",
         [("In de volgende", P)]),
        ("Vul het formulier in. Na de volgende stap is het klaar.", [("Na de volgende", P)]),
    ],
)  # fmt: skip
def test_a_phrase_of_words_after_a_capitalised_common_word_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("De Vries heeft gisteren gebeld over de volgende stap.", [("De Vries", P)],
         ["De Vries"]),
        ("Dan heeft gisteren gebeld over de volgende stap.", [("Dan", P)], ["Dan"]),
        ("Will is coming to the next meeting.", [("Will", P)], ["Will"]),
    ],
)  # fmt: skip
def test_a_name_opening_a_sentence_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


# --- a lowercase surname that is a word, after an article --------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('Los campos "Nombre" y "Correo" son obligatorios.', [("campos", P)]),
        ("Mit dem koch ist nichts. Bitte Rezepte lesen.", [("koch", P)]),
    ],
)
def test_a_lowercase_surname_that_is_a_word_after_an_article_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Ho parlato con la giulia ieri sera.", [("giulia", P)], ["giulia"]),
        ("He hablado con campos ayer, ya lo sabe.", [("campos", P)], ["campos"]),
        ("Il mio collega Campo ha scritto.", [("Campo", P)], ["Campo"]),
    ],
)  # fmt: skip
def test_a_lowercase_first_name_or_a_surname_without_article_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


# --- an Italian verb with a clitic after "e" ---------------------------------------------


def _credentials(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CREDENTIALS.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Stampa questi token e custodiscili in un luogo sicuro.",
        "Copia il codice segreto e inseriscilo nell'app.",
        "Genera un nuovo token e usandolo accedi al tuo account.",
    ],
)
def test_a_verb_with_a_clitic_is_no_password(text: str) -> None:
    assert _credentials(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la mia password è natale", "natale"),
        ("la password e animale", "animale"),
        ("la mia password è custodisci", "custodisci"),
    ],
)
def test_a_plain_word_stated_as_password_stays(text: str, value: str) -> None:
    assert value in _credentials(text)


# --- a dotted abbreviation is no domain ---------------------------------------------------


def _urls(text: str) -> list[str]:
    return [text[s.start : s.end] for s in URLS.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Możesz użyć m.in. aplikacji Google Authenticator.",
        "Obsługujemy m.in. karty i BLIK.",
        "Puoi usare vari formati, ad.es. PDF o DOCX.",
    ],
)
def test_a_dotted_abbreviation_is_no_domain(text: str) -> None:
    assert _urls(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("moja strona to anna.in, zapraszam", "anna.in"),
        ("zobacz m.in/app i daj znać", "m.in/app"),
        ("visit shop.in today", "shop.in"),
        ("la mia pagina è ad.es", "ad.es"),
    ],
)
def test_a_domain_beside_such_abbreviations_stays(text: str, value: str) -> None:
    assert _urls(text) == [value]


def test_tld_abbreviations_are_the_listed_ones_ending_in_a_domain() -> None:
    assert {
        a for a in ABBREVIATIONS if a.count(".") > 1 and a.rstrip(".").rsplit(".")[-1] in TLDS
    } == {f"{a}." for a in TLD_ABBREVIATIONS}


# --- a participle after the passive's own participle, even one that is a first name ------


def _people(text: str) -> list[str]:
    """The names the whole detector masks (the model finds these as it will)."""
    return [text[s.start : s.end] for s in Detector.default().detect(text) if s.label == P]


@pytest.mark.parametrize(
    "text",
    [
        "Les forums ont été marqués comme lus.",
        "Les sujets ont été marqués comme lus.",
    ],
)
def test_a_participle_after_the_passive_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Oui, c'est marie qui a appelé pour la commande.", [("marie", P)], ["marie"]),
        ("Ciao, sono anna e ho una domanda.", [("anna", P)], ["anna"]),
        ("Il mio cognome è stato rossi fino al matrimonio.", [("rossi", P)], ["rossi"]),
    ],
)  # fmt: skip
def test_a_first_name_after_a_plain_copula_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays
