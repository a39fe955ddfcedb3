"""Credentials named by words chat uses beyond "password" (`credential`): "credentials",
"Zugangsdaten", "identifiants", "credenciales", "credenziali", "inloggegevens", "dane
logowania" with a value that holds a digit or a symbol; access tokens in the seven
languages; a PIN with its noun mistyped. Look-alikes: placeholders a form or a manual
shows (`<YOUR_KEY>`, `xxx`, `changeme`, `****`), credentials that are said to be
wrong, and the idiom "the secret is out"."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my credentials are jdoe:Hunter22!", "jdoe:Hunter22!"),
        ("meine Zugangsdaten: Sommer2024!", "Sommer2024!"),
        ("mes identifiants c'est Soleil#88", "Soleil#88"),
        ("mis credenciales son Verano2023", "Verano2023"),
        ("Le mie credenziali di ateneo sono s301245, non entro su Moodle.", "s301245"),
        ("mijn inloggegevens zijn Zomer2023!", "Zomer2023!"),
        ("moje dane logowania to Lato2023!", "Lato2023!"),
        ("Zugangstoken Zx81Qw4Ty7Ui0Op3As6D läuft morgen ab", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("mon jeton d'accès : Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("el token de acceso es Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("il token di accesso Zx81Qw4Ty7Ui0Op3As6D non va", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("mijn toegangstoken is Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("token dostępu Zx81Qw4Ty7Ui0Op3As6D wygasł", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("my pinn number is 6682, is the card blocked?", "6682"),
        ("mein pinn ist 4471", "4471"),
        ("my pin's 4829 if you need it", "4829"),
        ("CVC-code 552, vervalt 09/27", "552"),
        ("pw Hunter22! for the shared drive", "Hunter22!"),
        ("Zx81Qw4Ty7Ui0Op3As6D is my api key", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("9fK2xQ7mLp4Rz8TvB3nW ist mein API-Schlüssel", "9fK2xQ7mLp4Rz8TvB3nW"),
        ("a907a9e010b63d5e5e80169af821dd69 c'est mon token", "a907a9e010b63d5e5e80169af821dd69"),
        ("Authorization: Bearer Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==", "dXNlcjpwYXNzd29yZDEyMw=="),
        ('{"client_secret": "Zx81Qw4Ty7Ui0Op3As6D"}', "Zx81Qw4Ty7Ui0Op3As6D"),
        ("password: 'Hunter22!'", "Hunter22!"),
        ("the key is Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("der Schlüssel ist Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("la chiave è Zx81Qw4Ty7Ui0Op3As6D", "Zx81Qw4Ty7Ui0Op3As6D"),
        ("my license key is ZX81-QW4T-Y7UI-0OP3", "ZX81-QW4T-Y7UI-0OP3"),
        ("Lizenzschlüssel ZX81Q-W4TY7-UI0OP-3AS6D", "ZX81Q-W4TY7-UI0OP-3AS6D"),
        ("klucz produktu: ZX81Q-W4TY7-UI0OP-3AS6D", "ZX81Q-W4TY7-UI0OP-3AS6D"),
    ],
)
def test_a_credential_after_its_word(text: str, value: str) -> None:
    assert value in found.values(text)


@pytest.mark.parametrize(
    "text",
    [
        "the API key is <YOUR_KEY>",
        "password: xxx",
        "set the password to changeme in the config",
        "token: ****",
        "Passwort: ********",
        "mot de passe : XXXXXX",
        "api_key = {{API_KEY}}",
        "contraseña: <tu_contraseña>",
        "the secret is out, we announced it yesterday",
        "my credentials are not working",
        "meine Zugangsdaten sind falsch",
        "mes identifiants sont bloqués depuis hier",
        "mis credenciales son incorrectas",
        "le credenziali sono scadute",
        "mijn inloggegevens zijn verlopen",
        "moje dane logowania to admin",
        "credentials are in the vault since version 2.14",
        "the pin's length is 4",
        "pw 2024 schedule",
        "credentials expire in 30 days",
        "550e8400-e29b-41d4-a716-446655440000 is the token id",
        "getting-started-guide is the api key page",
        "ProjectPlan is my secret",
        '"password": "string"',
        "the key is to practice every day",
        "press the key F12 twice",
        "key features: Fast, Secure, Cheap",
        "GPG key fingerprint 9F86D081884C7D659A2FEAF0C55AD015A3BF4F1B",
        "ssh public key AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        "Basic information about the product",
        "sha256 9f86d081884c7d659a2feaf0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "commit 9f86d081884c7d659a2feaf0c55ad015a3bf4f1b fixed it",
        "request id Zx81Qw4Ty7Ui0Op3As6D",
    ],
)
def test_credential_look_alikes(text: str) -> None:
    assert not [v for label, v in found(text) if label == "CREDENTIAL"]
