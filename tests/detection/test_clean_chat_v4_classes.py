"""Precision on clean chat, by class of false flag (the fourth clean probe, fp10: shop,
account and CMS messages of seven languages): abbreviations written with dots,
capitalised pronouns of address, German nouns after demonstratives and possessives,
"URI"/"URL", and words after "password is" that say how the password is. Each class has
the clean lines that must not fire and the personal lines beside them that must."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.policy import PersonalDataPolicy, abbreviation_spans
from piiguard.detection.recognizers import CredentialRecognizer
from tests.detection._policy import kept

P, ORG, LOC = "PERSON", "ORGANIZATION", "LOCATION"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()
CREDENTIALS = Detector([CredentialRecognizer()])


# --- an abbreviation written with dots is no initial and no firm -------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Use a negative value to decrease. E.g. 10 raises €10.00 to €11.00.", [("E.g.", P)]),
        ("Negativer Wert zum Senken. Z. B. hebt 2,00 einen Preis an.", [("Senken. Z. B", ORG)]),
        ("Use un valor negativo para reducir. P. ej. 10 sube €10,00 a €11,00.", [("P.", ORG)]),
        ("Use un valor negativo para reducir. P. ej. 10 sube €10,00.", [(". P.", ORG)]),
        ("Selecteer de verzendmethode a.u.b.", [("verzendmethode a.u.b.", ORG)]),
        ("Neem a.u.b. contact met ons op.", [("Neem a.", ORG), ("u", P), (".b.", ORG)]),
        ("Apple is looking at buying U.K. startup for $1 billion", [("U.K.", ORG)]),
        ("Apple overweegt om voor 1 miljard een U.K. startup te kopen", [("een U.K.", ORG)]),
        ("Podaj kod, np. ten z SMS-a, i zatwierdź.", [("np.", P)]),
        ("Bitte bzw. ggf. die Rechnung beilegen.", [("bzw. ggf.", ORG)]),
        ("Aggiungi prodotti, scarpe, borse ecc. al carrello.", [("ecc.", ORG)]),
    ],
)
def test_an_abbreviation_is_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []
    assert kept(STRICT, text, found)  # the strict policy drops no word the model found


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Bitte z. B. Anna Schmidt fragen.", [("Anna Schmidt", P)], ["Anna Schmidt"]),
        ("Bitte an P. Kowalski weiterleiten.", [("P. Kowalski", P)], ["P. Kowalski"]),
        ("Send it to J. Smith, e.g. today.", [("J. Smith", P)], ["J. Smith"]),
        ("Mój kolega, np. Jan Nowak, dzwonił.", [("np. Jan Nowak", P)], ["np. Jan Nowak"]),
        ("Ask U.K. Nowak about the parcel.", [("U.K. Nowak", P)], ["U.K. Nowak"]),
    ],
)
def test_a_name_beside_an_abbreviation_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


@pytest.mark.parametrize(
    ("text", "abbreviations"),
    [
        ("Negativer Wert zum Senken. Z. B. hebt", ["Z. B."]),
        ("para reducir. P. ej. 10 sube", ["P. ej."]),
        ("Neem a.u.b. contact", ["a.u.b."]),
        ("buying U.K. startup", ["U.K."]),
        ("Bitte an P. Kowalski", []),
        ("J. R. R. Tolkien", []),
    ],
)
def test_abbreviation_spans(text: str, abbreviations: list[str]) -> None:
    assert [text[a:b] for a, b in abbreviation_spans(text, 0, len(text))] == abbreviations


# --- a capitalised pronoun or possessive of address is no name ---------------------------


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Jeśli to Ty, możesz założyć konto korzystając z poniższego linku.", "Ty", P),
        ("Ta operacja usunie wszelkie informacje o Tobie z naszego serwisu.", "Tobie", P),
        ("Wprowadź kod wyświetlony na Twoim urządzeniu.", "Twoim", LOC),
        ("Czy w Twojej przeglądarce są włączone ciasteczka?", "Twojej", ORG),
        ("Dziękujemy Wam za cierpliwość, zamówienie jest w drodze.", "Wam", P),
        ("¿Puede Usted enviarme el recibo de la compra?", "Usted", P),
    ],
)
def test_a_pronoun_of_address_is_no_name(text: str, value: str, label: str) -> None:
    assert kept(DEFAULT, text, [(value, label)]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I talked to Ty yesterday about the refund.", "Ty"),  # English: a first name
        ("Tobie Martin a appelé hier pour la commande.", "Tobie Martin"),
        ("Dzwoniła pani Ty, prosi o kontakt.", "Ty"),  # after a cue
    ],
)
def test_a_name_that_is_a_pronoun_elsewhere_stays(text: str, value: str) -> None:
    assert kept(DEFAULT, text, [(value, P)]) == [value]


# --- a German noun after a demonstrative, a possessive or "eines der" is no name ---------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dieser Kunde hat noch keine Bewertungen geschrieben.", "Kunde"),
        ("Dieser Wunschzettel ist leer.", "Wunschzettel"),
        ("Es kann jeweils nur eines der Felder gesetzt werden.", "Felder"),
        ("Ihr Drucker ist leider nicht mehr lieferbar.", "Drucker"),
        ("Jeder Haken muss gesetzt sein, sonst geht es nicht.", "Haken"),
        ("Welches Kabel brauche ich für den Monitor?", "Kabel"),
    ],
)
def test_a_german_noun_after_a_demonstrative_or_possessive_is_no_name(
    text: str, word: str
) -> None:
    assert kept(DEFAULT, text, [(word, P)]) == []
    assert kept(STRICT, text, [(word, P)]) == [word]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unsere Anna hat das Paket schon abgeholt.", "Anna"),  # a first name
        ("Dieser Herr Müller hat wieder angerufen.", "Müller"),  # a cue
        ("Der Kunde Müller hat angerufen, bitte Rückruf.", "Müller"),  # no determiner before
        ("Ich habe mit einem Okonkwo gesprochen, der war nett.", "Okonkwo"),  # "ein" + no word
    ],
)
def test_a_german_name_after_a_determiner_stays(text: str, name: str) -> None:
    assert any(name in value for value in kept(DEFAULT, text, [(name, P)]))


# --- "URI" and "URL" in capitals are acronyms, unless a cue makes them a name -------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jokertekens zijn alleen toegestaan in het hostnaamgedeelte van de URI.", "van de URI"),
        ("Wanneer ingeschakeld kunnen URI's een enkele asterisk bevatten.", "kunnen URI"),
        ("Die URL ist ungültig, bitte prüfen.", "URL"),
    ],
)
def test_uri_and_url_are_acronyms(text: str, value: str) -> None:
    assert kept(DEFAULT, text, [(value, P)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My colleague URI has the API key.", "URI"),
        ("Mein Kollege Uri Levi hat angerufen.", "Uri Levi"),
    ],
)
def test_a_name_spelled_like_an_acronym_stays(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- after "password is": a word saying how it is, not what it is ------------------------


def _credentials(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CREDENTIALS.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Je wachtwoord is ingesteld.",  # Dutch "je" before a noun is "your"
        "Je wachtwoord is opnieuw ingesteld.",  # an adverb of time, then the participle
        "Das Passwort ist schon gesperrt.",
        "La contraseña ya está bloqueada.",
        "Le lien de réinitialisation de mot de passe était invalide, redemandez-en un.",
        "mon mot de passe est invalide",
        "La password è errata, riprova.",
        "Het wachtwoord is ongeldig.",
        "Hasło jest nieprawidłowe.",
        "Puoi conservare questo segreto e utilizzarlo per reinstallare l'app.",
        "La contraseña es cambiarla cada mes, no la misma.",
    ],
)
def test_a_word_saying_how_the_password_is_is_no_password(text: str) -> None:
    assert _credentials(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("je wachtwoord is geheim123", "geheim123"),
        ("mijn wachtwoord is zonnebloem", "zonnebloem"),
        ("la mia password è carlo", "carlo"),
        ("ma password est coucou", "coucou"),
        ("Je pense que mon mot de passe est bloqué.", "bloqué"),  # French "je": my own
        ("il mio pin è 4455", "4455"),
    ],
)
def test_a_stated_password_stays(text: str, value: str) -> None:
    assert value in _credentials(text)


# --- a capitalised word opening a sentence is judged as the word it is in lowercase -------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Introduzca su dirección de correo electrónico, por favor.", "Introduzca"),
        ("Żądana strona nie została odnaleziona.", "Żądana"),
    ],
)
def test_a_word_opening_a_sentence_is_no_name(text: str, value: str) -> None:
    assert kept(DEFAULT, text, [(value, P)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna hat gestern angerufen.", "Anna"),
        ("Nowak dzwonił wczoraj w sprawie zamówienia.", "Nowak"),
        ("Rossi ha chiamato ieri per il rimborso.", "Rossi"),
        ("Semender, can you check the order?", "Semender"),  # in no list
        ("Grace, can you check the order?", "Grace"),  # a word, and a first name
        ("Reading is where I live now.", "Reading"),  # a place: the place rules judge it
    ],
)
def test_a_name_opening_a_sentence_stays(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- lowercase words beside the commonest words of the text's language --------------------


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # "El" opening the sentence, "esta" in lowercase: first names too, common words here
        ("El pingüino incuba en su nido sobre el hielo.", "pingüino incuba", P),
        ("No sé si quieres deshabilitar esta opción o no, dime qué prefieres.", "deshabilitar", P),
        # "ci", "de", "le" are towns somewhere and the commonest words here
        ("Saisissez votre adresse e-mail ci-dessous, et nous vous enverrons le lien.",
         "ci-dessous", LOC),
        ("Une adresse à partir de votre carnet d'adresses ?", "de votre carnet d", LOC),
        # a one-letter conjunction inside a phrase is no initial
        ("Escriba su dirección de correo a continuación y le enviaremos las instrucciones.",
         "continuación y le enviaremos", LOC),
    ],
)  # fmt: skip
def test_lowercase_words_beside_common_words_are_no_names(
    text: str, value: str, label: str
) -> None:
    assert kept(DEFAULT, text, [(value, label)]) == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Ich wohne in reading, UK, seit zwei Jahren.", "reading", LOC),
        ("Wir wohnen am marktplatz 5 in Berlin.", "marktplatz 5", LOC),
        ("Hablé con ana y juan sobre el pedido.", "ana y juan", P),
        ("Mando il pacco a mario e luigi domani.", "mario e luigi", P),
    ],
)
def test_lowercase_names_and_places_beside_common_words_stay(
    text: str, value: str, label: str
) -> None:
    assert any(value in v for v in kept(DEFAULT, text, [(value, label)]))


# --- a place the model called a name, in a sentence about a town, is a place -------------


@pytest.mark.parametrize(
    "text",
    [
        "Londres est une grande ville du Royaume-Uni",
        "Londra è una grande città del Regno Unito.",
        "Londen is een grote stad in het Verenigd Koninkrijk",
        "Londres es una gran ciudad del Reino Unido.",
    ],
)
def test_a_town_in_a_sentence_about_towns_is_no_name(text: str) -> None:
    assert kept(DEFAULT, text, [(text.split()[0], P)]) == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Anna wohnt jetzt in der Stadt, schick es ihr.", "Anna", P),  # a name, no place
        ("Ik woon in Zwolle, een mooie stad.", "Zwolle", P),  # a place where I live
        ("Mieszkam w Krakowie, to piękne miasto.", "Krakowie", P),
    ],
)
def test_a_name_or_a_lived_in_town_in_a_sentence_about_towns_stays(
    text: str, value: str, label: str
) -> None:
    assert kept(DEFAULT, text, [(value, label)]) == [value]


# --- a possessive of address opens a phrase, not a name -----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Mit freundlichen Grüßen, Ihr Kundenservice-Team", "Ihr Kundenservice", P),
        ("Mit freundlichen Grüßen, Ihr Kundenservice-Team", "Ihr Kundenservice-Team", P),
        ("Jeżeli ciasteczka w Twojej przeglądarce są wyłączone, włącz je.",
         "Twojej przeglądarce są", ORG),
    ],
)  # fmt: skip
def test_a_possessive_of_address_and_words_are_no_name(text: str, value: str, label: str) -> None:
    assert kept(DEFAULT, text, [(value, label)]) == []


def test_a_possessive_of_address_cut_in_pieces_is_no_name() -> None:
    text = "Mit freundlichen Grüßen, Ihr Kundenservice-Team"
    assert kept(DEFAULT, text, [("Ihr Kundenservice", P), ("-Team", ORG)]) == []
    names = kept(DEFAULT, "Viele Grüße, Ihr Thomas-Müller", [("Ihr Thomas", P), ("-Müller", P)])
    assert names


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mit freundlichen Grüßen, Ihr Thomas Müller", "Ihr Thomas Müller"),
        ("Pozdrawiam, Twoja Anna", "Twoja Anna"),
        ("Viele Grüße, Ihre Schmidt", "Ihre Schmidt"),
    ],
)
def test_a_possessive_of_address_and_a_name_stay(text: str, value: str) -> None:
    assert kept(DEFAULT, text, [(value, P)]) == [value]


# --- a payment means after "with" in a sentence about paying is no one -------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Is it possible to split the payment over 3 months with Klarna?", "Klarna"),
        ("Kann ich mit Klarna oder auf Rechnung bezahlen?", "Klarna"),
        ("¿Se puede pagar con Bizum?", "Bizum"),
        ("Kan ik betalen met iDEAL of achteraf met Klarna?", "Klarna"),
        ("Posso pagare tramite Satispay alla consegna?", "Satispay"),
        ("Czy mogę zapłacić przez Blik?", "Blik"),
    ],
)
def test_a_payment_means_is_no_name(text: str, value: str) -> None:
    assert kept(DEFAULT, text, [(value, P)]) == []
    assert kept(STRICT, text, [(value, P)]) == [value]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich habe mit Anna die Rechnung bezahlt.", "Anna"),  # a known name
        ("Pagué la cena con Lucía.", "Lucía"),
        ("Please pay the invoice with Kowalski.", "Kowalski"),
        ("Zapłaciłem razem z Nowakiem.", "Nowakiem"),  # Polish "z": with a person
        ("Can you send the Klarna invoice to Okafor, he pays with it?", "Okafor"),  # no "with"
    ],
)
def test_a_person_paid_with_stays(text: str, name: str) -> None:
    assert kept(DEFAULT, text, [(name, P)]) == [name]


# --- a product's colour, a mall, a maker before its model code ----------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rosa o Azul? no sé qué color elegir para la funda", [("Rosa", P), ("Azul", P)]),
        ("Il colore Rosa è esaurito, c'è ancora il Celeste?", [("Rosa", P)]),
        ("Gibt es die Hülle in der Farbe Blau?", [("Blau", P)]),
        ("czy sklep w Galerii Mokotów jest otwarty w niedzielę?", [("Mokotów", P)]),
        ("Is the Apple store in the mall Westfield open on Sunday?", [("Westfield", ORG)]),
        ("werkt iDEAL ook met Knab?", [("Knab", P)]),
        ("de Philips HD8688 doet het niet meer", [("Philips", P)]),
        ("Passt der Filter für den Siemens EQ.6 plus s300?", [("Siemens", ORG)]),
        ("Mein Samsung S23 lädt seit dem Update nicht mehr.", [("Samsung", ORG)]),
    ],
)
def test_a_colour_a_mall_or_a_maker_is_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "stays"),
    [
        ("Rosa hat angerufen wegen der Farbe.", [("Rosa", P)], ["Rosa"]),
        ("Rosa wants the blue colour", [("Rosa", P)], ["Rosa"]),
        ("Rosa und Anna mögen die Farbe nicht.", [("Rosa", P), ("Anna", P)], ["Rosa", "Anna"]),
        ("Ik heb met Jansen over iDEAL gepraat.", [("Jansen", P)], ["Jansen"]),
        ("Please call Anna B2 tomorrow", [("Anna", P)], ["Anna"]),  # a first name
        ("Kowalski 12 is my flat, bring it there.", [("Kowalski", P)], ["Kowalski"]),
        ("Seat for Okafor 12A please", [("Okafor", P)], ["Okafor"]),  # a seat, not a model
    ],
)
def test_a_name_near_a_colour_or_a_code_stays(
    text: str, found: list[tuple[str, str]], stays: list[str]
) -> None:
    assert kept(DEFAULT, text, found) == stays


def test_a_name_before_an_iban_stays() -> None:
    text = "Przelew dla Nowak PL61 1090 1014 0000 0712 1981 2874"
    iban = "PL61 1090 1014 0000 0712 1981 2874"
    assert "Nowak" in kept(DEFAULT, text, [("Nowak", P)], [(iban, "IBAN_CODE")])
