"""What unlocks an account besides its password: the login name or number beside its
word (`keyed_ids`, USERNAME) and the answer to a security question (`credential`)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my username is pjpgrs855", "pjpgrs855"),
        ("user id 55102938 please", "55102938"),
        ("mein Anmeldename fürs Online-Banking ist 1615417352", "1615417352"),
        ("Benutzerkennung: kmueller77", "kmueller77"),
        ("mon nom d'utilisateur est jdupont1984", "jdupont1984"),
        ("nombre de usuario: mgarcia_85", "mgarcia_85"),
        ("codice utente home banking 23558442", "23558442"),
        ("gebruikersnaam internetbankieren pjpgrs855", "pjpgrs855"),
        ("login do banku 33814468", "33814468"),
        ("nazwa użytkownika: nowak1990", "nowak1990"),
    ],
)
def test_a_login_beside_its_word_is_a_username(text: str, value: str) -> None:
    assert found(text) == [("USERNAME", value)]


@pytest.mark.parametrize(
    "text",
    [
        "username: admin1",  # too short and one digit: a role, not a person's login
        "login error 0x80070005",
        "login at 10:30",
        "my login 2024",
        "login page 3 of 12",
        "login failed 3 times since 2023-01-01",
        "usuario 2 de 5",
        "user 12345678 reported the bug",  # no word for a login name
        "identyfikator zamówienia 12345678",  # an order's identifier
    ],
)
def test_login_look_alikes_stay_clean(text: str) -> None:
    assert [pair for pair in found(text) if pair[0] == "USERNAME"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("security question answer is Biscuit (my first pet)", "Biscuit"),
        ("antwort auf die sicherheitsfrage ist Bremen", "Bremen"),
        ("Sicherheitsantwort: Hasso", "Hasso"),
        ("ma réponse secrète est Toulouse", "Toulouse"),
        ("respuesta de seguridad: Mr Whiskers", "Mr Whiskers"),
        ("risposta alla domanda di sicurezza: Fufi", "Fufi"),
        ("antwoord op de beveiligingsvraag is Amsterdam", "Amsterdam"),
        ("odpowiedź na pytanie bezpieczeństwa: Kraków", "Kraków"),
        ("my mother's maiden name is Kowalska", "Kowalska"),
    ],
)
def test_the_answer_to_a_security_question_is_a_credential(text: str, value: str) -> None:
    assert found(text) == [("CREDENTIAL", value)]


@pytest.mark.parametrize(
    "text",
    [
        "my security question is what was my first pet",  # the question, not its answer
        "the answer to my security question is the name of my dog",
        "what is the answer to your security question?",
        "I forgot the answer to my security question",
        "the answer is 42",  # no security question
        "die Antwort auf die Sicherheitsfrage ist falsch",
    ],
)
def test_talk_about_security_questions_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("el login lucia.perez.g aparece bloqueado", "lucia.perez.g"),
        ("the login okafor.c keeps getting locked", "okafor.c"),
        ("Benutzer kleinschmidt.j ist gesperrt", "kleinschmidt.j"),
        ("l'identifiant marie.dupont ne marche plus", "marie.dupont"),
        ("el usuario garcia_mj no puede entrar", "garcia_mj"),
        ("l'utente bianchi.giulia risulta bloccato", "bianchi.giulia"),
        ("gebruikersnaam de.vries.k werkt niet", "de.vries.k"),
        ("użytkownik nowak.a nie może się zalogować", "nowak.a"),
    ],
)
def test_a_joined_login_right_after_its_word_needs_no_link(text: str, value: str) -> None:
    """A login's parts joined by "." or "_" are its shape: after the login word they need
    no ":" or "is" to be read as one."""
    assert [pair for pair in found(text) if pair[0] == "USERNAME"] == [("USERNAME", value)]


@pytest.mark.parametrize(
    "text",
    [
        "the login page.html is blank",  # a file
        "login settings.json is missing",
        "utente first_name vuoto",  # a field of code
        "Benutzer request.user ist None",
        "el usuario config.yaml no existe",
        "gebruiker sign_up werkt niet",
        "login lucia perez aparece bloqueado",  # not joined: prose, left to the names
        "użytkownik admin.panel nie działa",
    ],
)
def test_joined_words_after_a_login_word_are_no_login(text: str) -> None:
    assert [pair for pair in found(text) if pair[0] == "USERNAME"] == []
