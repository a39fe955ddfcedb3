"""Pasted conversations: the speakers of chat exports, and a code given in answer to the
question the turn before asked for it."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.conversation import (
    AnsweredCodeRecognizer,
    ChatSpeakerRecognizer,
)
from tests.detection._found import Found

found = Found(Detector([ChatSpeakerRecognizer(), AnsweredCodeRecognizer()]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # WhatsApp (iPhone and Android), Telegram, Slack/Teams headers
        ("[12/03/24, 10:15] Anna Müller: kommst du?", ["Anna Müller"]),
        ("[12/03/2024, 10:15:22] Deniz Arslan: ja", ["Deniz Arslan"]),
        (
            "12/03/24, 10:15 - Jan de Vries: ok\n12/03/24, 10:16 - Ola: super",
            ["Jan de Vries", "Ola"],
        ),
        ("[3/12/24, 9:05 PM] Grace O'Connell: on my way", ["Grace O'Connell"]),
        ("Elif Yılmaz, [03.11.2026 10:15]\nmeine E-Mail hat sich geändert", ["Elif Yılmaz"]),
        ("Federica Galli  10:35\n@Alessandro puoi prendere tu il ticket?", ["Federica Galli"]),
        ("Noor El Amrani 9:05 AM\nkun jij dit overnemen?", ["Noor El Amrani"]),
        ("[10:15] Paweł Szymański: cześć", ["Paweł Szymański"]),
        ("[10:15] Hanna Lloyd-Price\nthanks", ["Hanna Lloyd-Price"]),
        # pasted with Windows line ends
        ("Federica Galli  10:35\r\n@Alessandro puoi prendere tu il ticket?", ["Federica Galli"]),
        ("Elif Yılmaz, [03.11.2026 10:15]\r\nmeine E-Mail hat sich geändert", ["Elif Yılmaz"]),
    ],
)
def test_a_speaker_of_a_chat_export_is_a_person(text: str, expected: list[str]) -> None:
    assert found(text) == [("PERSON", v) for v in expected]


@pytest.mark.parametrize(
    "text",
    [
        # system lines, bots, times in prose
        "[12/03/24, 10:15] Messages and calls are end-to-end encrypted. Only people in this"
        " chat can read them.",
        "[12/03/24, 10:15] You: ok",
        "Jira Cloud  APP  10:15\nBRW-4521 moved to Done",
        "Meeting  10:15",
        "the train leaves at 10:15",
        "Note: 10:15 works",
        "[12/03/24, 10:15] anna müller: lower case is no header",
    ],
)
def test_no_speaker(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: For security, what's your telephone PIN?\nCustomer: Yes, 4821.", "4821"),
        ("Mitarbeiter: Zur Sicherheit: wie lautet Ihre Telefon-PIN?\nKunde: Ja, 93017.", "93017"),
        ("Conseiller : quel est votre code PIN téléphonique ?\nClient : Oui, 402913.", "402913"),
        ("Agente: ¿cuál es su PIN telefónico?\nCliente: Sí, 7731.", "7731"),
        ("Operatore: qual è il suo PIN telefonico?\nCliente: 55120", "55120"),
        ("Medewerker: Wat is uw pincode?\nKlant: het is 8812", "8812"),
        ("Konsultant: Proszę podać PIN telefoniczny?\nKlient: Tak, 620114.", "620114"),
        ("what's the verification code we texted you?\n184 220", "184 220"),
        # a request instead of a question
        (
            "Konsultant: Dla bezpieczeństwa proszę podać PIN telefoniczny.\nKlient: Tak, 620114.",
            "620114",
        ),
        ("Agent: your PIN please\nCustomer: 4821", "4821"),
        ("Mitarbeiter: Bitte nennen Sie Ihre Telefon-PIN.\nKunde: 93017", "93017"),
        ("Agent: what's your telephone PIN?\r\nCustomer: Yes, 4821.\r\n", "4821"),
    ],
)
def test_a_code_given_in_answer_to_its_question(text: str, value: str) -> None:
    assert found(text) == [("CREDENTIAL", value)]


@pytest.mark.parametrize(
    "text",
    [
        # the question asks for no secret, or the answer is more than a number
        "Agent: What's your order number?\nCustomer: Yes, 4821.",
        "Agent: Can I have your postcode?\nCustomer: 10115",
        "Agent: Did the PIN arrive?\nCustomer: yes, 2 days ago",
        "Agent: your new PIN letter is on its way.\nCustomer: 4821",
        "Agent: what's your PIN?\nCustomer: I don't have one, it was 2019 when I set it",
        "Agent: what's your PIN?\nCustomer: 0000",
    ],
)
def test_no_answered_code(text: str) -> None:
    assert found(text) == []
