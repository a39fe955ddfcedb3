"""The chat long tail of issue 16, by phrasing family and in the seven languages: a
password right after its noun with no link word, a value typed while logging in, a PIN
named with what it opens, the security question written out before its answer, slips
of lead phrases and of long compounds, document words with what they open or the
document again in brackets, and a tax number whose own word stands before a dash and an
invoice. Each family has look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)
values = found.values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("password Tulip_77 doesn't work", "Tulip_77"),
        (
            "Kennwort „Bergluft-sonnen-78“ funktioniert seit dem Update nicht mehr",
            "Bergluft-sonnen-78",
        ),
        ("mdp soleil2020 svp", "soleil2020"),
        ("contraseña gatito_99 no va", "gatito_99"),
        ("la password mare2019! non funziona", "mare2019!"),
        ("wachtwoord fiets#123 werkt niet", "fiets#123"),
        ("haslo t1gr0u110 a kod sms 413680", "t1gr0u110"),
        ("hasło 'Zubr!2020' nie działa", "Zubr!2020"),
    ],
)
def test_a_password_right_after_its_noun_is_a_credential(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passwort vergessen, 2x falsch eingegeben",
        "password reset link expired",
        "hasło 3 razy źle wpisane",
        "mot de passe oublié depuis 2023",
        "the password field v2.3.1 is buggy",
        "wachtwoord minimaal 12 tekens",
        "contraseña 2024",
        "¿qué clave tengo? creo que es otra",  # a word and the question's own "?"
        "Passwort geändert!",
        "Passwort-Richtlinie seit Version 12",
    ],
)
def test_talk_about_a_password_noun_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Tried logging in with "+fiaUqgIyoB" three times now', "+fiaUqgIyoB"),
        ("ich habe mich mit „kT#mPqwZ“ angemeldet, geht nicht", "kT#mPqwZ"),
        ("impossible de me connecter avec Loup#Gris88", "Loup#Gris88"),
        ('intenté entrar con "Gato&Luna5" y nada', "Gato&Luna5"),
        ("ho provato ad accedere con Mare!Blu77", "Mare!Blu77"),
        ("ingelogd met 'Fiets#Rood9' lukt niet", "Fiets#Rood9"),
        ("próbowałem zalogować się z Kot!Mruczek7", "Kot!Mruczek7"),
    ],
)
def test_a_value_typed_while_logging_in_is_a_credential(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "logged in with Windows10 fine",  # a system, not a password's mixed shape
        "I signed in with iPhone+ app",  # a brand switches case once
        "sign in with Google and it works",
        "ich habe mich mit der App angemeldet",
    ],
)
def test_logging_in_with_a_product_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("il pin dispositivo 184020", "184020"),
        ("PIN Online-Banking: 4471", "4471"),
        ("pin app 5521 please", "5521"),
        ("mi pin tarjeta es 9981", "9981"),
        ("meine PNI ist 4959", "4959"),  # letters swapped
    ],
)
def test_a_pin_named_with_what_it_opens_is_a_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sicherheitsfrage Geburtsort der Mutter: Bad Segeberg", "Bad Segeberg"),
        ("réponse à la question secrète (nom de jeune fille de ma mère) : Marchal", "Marchal"),
        ("antwoord op de beveiligingsvraag (naam eerste huisdier): Snuffie", "Snuffie"),
        ("security question - name of first pet? Rex", "Rex"),
        ("la pregunta de seguridad (ciudad natal): Cuenca", "Cuenca"),
        ("domanda di sicurezza nome del primo animale: Fufi", "Fufi"),
        ("pytanie bezpieczeństwa (imię pierwszego psa): Burek", "Burek"),
    ],
)
def test_the_answer_after_the_question_written_out_is_a_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sicherheitsfrage vergessen: was tun?",
        "security question reset: please help",
        "my security question is what was my first pet",
        "Sicherheitsfrage geändert: ja",
        "security question (the old one): no",
    ],
)
def test_talk_about_the_question_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mon mot de pase est marseille795", "marseille795"),
        ("mon mot de pase z!IpAei*ZRcb", "z!IpAei*ZRcb"),
        ("my pass word is Tulip_77", "Tulip_77"),
        ("Kenn Wort: Herbst#12", "Herbst#12"),
        ("hsało zubrowka18", "zubrowka18"),
        ("burgerservicenummr 903916241 graag koppelen", "903916241"),
        ("titre de sejour n° 9321530497", "9321530497"),
        ("verifcation code 448221", "448221"),
        ("mijn pincdoe is 4471", "4471"),
    ],
)
def test_a_value_after_a_slipped_lead_phrase_is_found(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "I passed the word around, 2 times",
        "the security questions are 3",
        "pass the word to the team",
    ],
)
def test_phrases_that_look_like_slips_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Persoausweisnummer LCLVRYGMW6", "ID_CARD", "LCLVRYGMW6"),
        ("numéro étranger (titre de séjour) :\n9321530497", "RESIDENCE_PERMIT", "9321530497"),
        ("permesso di soggiorno (carta elettronica): AB1234567", "RESIDENCE_PERMIT", "AB1234567"),
        ("Mon identifiant pour l'espace client en ligne : 9241304659", "USERNAME", "9241304659"),
        ("NIP 931-596-07-84 – faktura na jednoosobową działalność", "PL_NIP", "931-596-07-84"),
    ],
)
def test_a_document_number_by_its_word_is_found(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "NIP: 931-596-07-84 is the invoice number",  # renamed by a link word
        "Bestellnummer (Rückfrage): 4471203",
        "numéro de commande pour l'espace client : 9241304659",
    ],
)
def test_a_reference_named_so_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first pet: Rex", "Rex"),
        ("Name meines ersten Haustiers: Bello", "Bello"),
        ("nom de mon premier animal : Minou", "Minou"),
        ("nombre de mi primera mascota: Toby", "Toby"),
        ("nome del mio primo animale: Fufi", "Fufi"),
        ("naam van mijn eerste huisdier: Snuffie", "Snuffie"),
        ("imię pierwszego zwierzaka: Burek", "Burek"),
        ("Geburtsort der Mutter: Bad Segeberg", "Bad Segeberg"),
        ("ville de naissance de ma mère : Lille", "Lille"),
        ('security answer "Rover"', "Rover"),
    ],
)
def test_the_answer_to_a_classic_question_is_a_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "first school day: not yet",
        "first car: 2019",
        "erste Schule: vergessen",
        "die ersten hundert: Bestellungen",
        "first class: seat 12",
    ],
)
def test_first_things_that_are_no_answers_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I log in as jdoe_84", "jdoe_84"),
        ("ich bin als mueller77 angemeldet", "mueller77"),
        ("connecté en tant que jdupont84", "jdupont84"),
        ("entro como mgarcia85", "mgarcia85"),
        ("accedo come mrossi77", "mrossi77"),
        ("ingelogd als pjansen12", "pjansen12"),
        ("loguję się jako nowak1990", "nowak1990"),
    ],
)
def test_the_name_someone_logs_in_as_is_a_username(text: str, value: str) -> None:
    assert ("USERNAME", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "log in as admin1",  # a role, too short
        "logged in as Windows10 user",  # a kind of account
        "signed in as version 2.3",
    ],
)
def test_logging_in_as_a_role_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("inicio sesión con Gato#Luna5 y falla", "Gato#Luna5"),
        ("log ik in met Fiets#Rood9 dan faalt het", "Fiets#Rood9"),
        ("loguję się Kot!Mruczek7 i błąd", "Kot!Mruczek7"),
        ("motdepasse Soleil#22", "Soleil#22"),
        ("kod z sms-a 552 100", "552 100"),
    ],
)
def test_more_forms_of_logging_in_and_of_codes(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("uhh its W234462566 i think, the one on my insurance card", "W234462566"),
        ("A123456789, die auf meiner Versichertenkarte", "A123456789"),
        ("karta ubezpieczenia 12345678", "12345678"),
    ],
)
def test_an_insurance_card_number_is_a_member_id(text: str, value: str) -> None:
    assert ("MEMBER_ID", value) in found(text)


def test_a_number_the_one_from_an_invoice_stays_clean() -> None:
    assert found("order 12345678, the one from the invoice") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rex was the answer to my security question", "Rex"),
        ("Bello ist die Antwort auf die Sicherheitsfrage", "Bello"),
        ("Minou, c'est la réponse à ma question secrète", "Minou"),
        ("Toby es la respuesta a la pregunta de seguridad", "Toby"),
        ("Fufi è la risposta alla domanda segreta", "Fufi"),
        ("Snuffie is het antwoord op mijn beveiligingsvraag", "Snuffie"),
        ("Burek to odpowiedź na pytanie pomocnicze", "Burek"),
        ("Kowalska is my mother's maiden name", "Kowalska"),
    ],
)
def test_an_answer_named_after_is_a_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What is the answer to my security question?",
        "that was the answer to the security question",
        "Nothing is the answer to the security question",
        "Dit is het antwoord op de beveiligingsvraag",
        "¿Cuál es la respuesta a la pregunta de seguridad?",
    ],
)
def test_questions_about_the_answer_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("login nowak1990 hasło zubr2020!", "zubr2020!"),  # the "!" is the password's
        ("le mot de passe est « chat noir 12 »", "chat noir 12"),  # not the quotes' spaces
    ],
)
def test_a_password_is_masked_whole(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Benutzer mueller77 Passwort Herbst#2020", "mueller77"),
        ("utente mrossi77 password mare2019!", "mrossi77"),
        ("gebruiker pjansen12 wachtwoord fiets#123", "pjansen12"),
        ("użytkownik nowak1990", "nowak1990"),
    ],
)
def test_a_login_after_the_word_for_a_user_is_a_username(text: str, value: str) -> None:
    assert ("USERNAME", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Benutzer 3 mal gesperrt", "utente premium dal 2019", "gebruiker sinds 2015"],
)
def test_a_user_with_a_count_or_a_year_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("die SMS sagt 448221", "448221"),
        ("le SMS dit 448221", "448221"),
        ("el SMS dice 448221", "448221"),
        ("the app shows 552 903", "552 903"),
        ("de sms zegt 448221", "448221"),
        ("sms mówi 448221", "448221"),
        ("PIN (4 Ziffern): 4471", "4471"),
    ],
)
def test_a_code_what_shows_it_names_is_a_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the message says 2024 was great",
        "the text says order 123456 shipped",
        "die App zeigt 3 Fehler",
    ],
)
def test_what_an_app_shows_besides_a_code_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sur ma carte d'identité il y a 880692310285", "880692310285"),
        ("na dowodzie mam ABC123456", "ABC123456"),
    ],
)
def test_what_a_document_shows_is_its_number(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('username "jdoe_84"', "jdoe_84"),
        ("numéro de passeport « 12AB34567 »", "12AB34567"),
        ('mi usuario es "mgarcia85"', "mgarcia85"),
        ("nome utente 'mrossi77'", "mrossi77"),
        ("numer dowodu „ABC123456”", "ABC123456"),
        ('PIN "4471"', "4471"),
        ("TAN „448812“", "448812"),
        ('Kundennummer "4471203"', "4471203"),
    ],
)
def test_a_quoted_value_after_its_word_is_found(text: str, value: str) -> None:
    assert value in values(text)


def test_a_quoted_reference_stays_clean() -> None:
    assert found("order 'ABC123456'") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my pin is 4 4 7 1", "4 4 7 1"),  # digits typed apart
        ("PIN: 44 71", "44 71"),
        ("Passwort: Herbst 2020!", "Herbst 2020!"),  # a word and digits typed apart
        ("mot de passe : soleil 2020.", "soleil 2020"),
    ],
)
def test_a_secret_typed_apart_is_masked_whole(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pin 4471 5 times wrong", "4471"),  # a count after the PIN is not part of it
        ("password is Tulip 3 times wrong", "Tulip"),
    ],
)
def test_a_number_after_the_secret_stays_out_of_it(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text)


def test_digits_in_pairs_after_pin_beyond_a_pin_stay_clean() -> None:
    assert found("PIN 12 34 56 78 99") == []
