"""Credential recognizer: stated passwords and PINs, well-known key and token shapes."""

from __future__ import annotations

import base64
import json

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import CredentialRecognizer

DETECTOR = Detector([CredentialRecognizer()])
K = "CREDENTIAL"


def _jwt() -> str:
    def part(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': '42'})}.c2lnbmF0dXJlLXZhbHVl"


JWT = _jwt()
# Token-shaped test values are assembled at run time so secret scanners stay quiet.
GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
SLACK = "xoxb-" + "1234567890-0987654321-AbCdEfGhIjKl"
OPENAI = "sk-proj-" + "Ab12Cd34Ef56Gh78Ij90Kl12Mn34"
STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
GOOGLE = "AIza" + "SyA1234567890abcdefghijklmnopqrstuv"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17\n\n"
    "MIIEowIBAAKCAQEA0Z3VS5JJcds3\n-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is hunter2.", "hunter2"),
        ("pw: S3cr3t!x", "S3cr3t!x"),
        ("Password = 'correct-horse-battery'", "correct-horse-battery"),
        ("my password is 'correct horse battery staple'", "correct horse battery staple"),
        ('wifi password: "Kaffee und Kuchen 7"', "Kaffee und Kuchen 7"),
        ("mein Passwort ist Sommer2024", "Sommer2024"),
        ("mon mot de passe est Azerty123", "Azerty123"),
        ("mi contraseña es Gato_99", "Gato_99"),
        ("moje hasło to Kot12345", "Kot12345"),
        ("my pin is 4921", "4921"),
        ("PIN: 0000", "0000"),
        ("aws key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        (f"token {GITHUB}", GITHUB),
        (f"slack {SLACK}", SLACK),
        (f"OPENAI_API_KEY={OPENAI}", OPENAI),
        (f"stripe {STRIPE}", STRIPE),
        (f"maps key {GOOGLE}", GOOGLE),
        (f"Authorization: Bearer {JWT}", JWT),
        (f"here:\n{PEM}\n", PEM),
    ],
)
def test_finds_credential(text: str, value: str) -> None:
    assert found(text) == [(K, value)]


@pytest.mark.parametrize(
    "text",
    [
        "my password is wrong",
        "the password is too short",
        "password reset link sent",
        "I forgot my password",
        "Passwort vergessen",
        "the pin is required",
        "pin the tab to the window",
        "use sk-learn-style-pipelines-for-this-task",
        "eyJhbGciOi.eyJzdWIi.notajwt",  # header is not JSON
        "AKIA is a prefix",
        "ghp_short",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in DETECTOR.detect(text)]
