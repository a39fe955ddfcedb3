"""Credentials typed into chat (label CREDENTIAL): passwords and PINs people state,
and API keys, tokens and private keys of well-known shapes."""

from __future__ import annotations

import base64
import binascii
import json
import re

from piiguard._types import CREDENTIAL, Span
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

_SECRET_WORDS = (
    r"(?:password|passwort|kennwort|passwd|pwd|pw|passcode|passphrase|pass|mot de passe|mdp"
    r"|contraseña|contrasena|clave|hasło|haslo|wachtwoord|parola d'ordine|wifi password"
    r"|secret|api[ _-]?key|access[ _-]?token|token)"
)
_LINK = r"(?:\s{1,3}(?:is|was|ist|war|est|es|era|è|e|jest|to|=|:|->)|\s{0,3}[:=])"
_PHRASE = (
    rf"(?<!\w){_SECRET_WORDS}{_LINK}\s{{0,3}}[\"'“‘«]?"
    r"(?P<v>[^\s\"'“”‘’«»]{3,128})"
)
# A quoted secret may contain spaces: "my password is 'correct horse battery staple'".
_QUOTED = (
    rf"(?<!\w){_SECRET_WORDS}{_LINK}\s{{0,3}}[\"'“‘«]"
    r"(?P<v>[^\"'“”‘’«»\n]{1,128})[\"'”’»]"
)
_PIN = (
    r"(?<!\w)(?:pin|pin[ -]?code|pin[ -]?number|pin[ -]?nummer|code pin|código pin|codice pin)"
    rf"(?:{_LINK})?\s{{0,3}}(?P<v>\d{{4,8}})(?!\w)"
)
_TOKENS = (
    Pattern("aws_access_key", r"(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|AIPA)[A-Z0-9]{16}(?![A-Za-z0-9])", 1.0),  # noqa: E501
    Pattern("github_token", r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9])", 1.0),
    Pattern("github_pat", r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])", 1.0),
    Pattern("gitlab_token", r"(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])", 1.0),
    Pattern("slack_token", r"(?<![A-Za-z0-9_-])xox[baprse]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])", 1.0),  # noqa: E501
    Pattern("openai_key", r"(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])", 0.9),  # noqa: E501
    Pattern("stripe_key", r"(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9])", 1.0),  # noqa: E501
    Pattern("google_api_key", r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", 1.0),
    Pattern("jwt", r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,4096}\.eyJ[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,4096}(?![A-Za-z0-9_-])", 0.95),  # noqa: E501
    Pattern("private_key", r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:(?:[A-Za-z0-9+/=\s:,]|-(?!----)){0,16384}?-----END [A-Z ]{0,30}PRIVATE KEY(?: BLOCK)?-----)?", 1.0),  # noqa: E501
)  # fmt: skip

# Words that follow "my password is ..." when nobody is telling a password.
_NOT_A_SECRET = frozenset(
    """wrong incorrect correct invalid required expired not the my your his her our their a an
    too very still also reset changed missing forgotten forgot weak strong set same empty blank
    case now being that this it ok okay fine long short locked different protected needed
    mandatory secure safe hidden saved stored updated sent new old and or but for in on of at
    to with without please gone lost compromised leaked broken working correctly characters
    falsch nicht zu sehr abgelaufen geändert vergessen faux incorrect incorrecte expiré oublié
    incorrecto incorrecta olvidada caducada sbagliata errata scaduta dimenticata fout onjuist
    verlopen vergeten błędne nieprawidłowe wygasło zapomniane le la el il het de der die das
    reset. manager field box""".split()  # noqa: SIM905
)
_TRAILING_PUNCT = ".,;:"


class CredentialRecognizer(PatternRecognizer):
    """Passwords and PINs stated in a sentence, and well-known key and token shapes.

    >>> r = CredentialRecognizer()
    >>> text = "my password is Hunter2!x, pin is 4921"
    >>> [text[s.start:s.end] for s in r.analyze(text)]
    ['Hunter2!x', '4921']
    """

    name = "credential"
    label = CREDENTIAL
    TRIGGER_WORDS = (
        "pass", "pw", "kennwort", "mdp", "contrase", "clave", "hasło", "haslo", "wachtwoord",
        "parola", "secret", "key", "token", "pin", "akia", "asia", "agpa", "aida", "aroa",
        "anpa", "aipa", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox",
        "sk-", "sk_", "rk_", "aiza", "eyj", "-----begin",
    )  # fmt: skip
    PATTERNS = (
        Pattern("stated_secret", _PHRASE, 0.85, re.IGNORECASE),
        Pattern("quoted_secret", _QUOTED, 0.9, re.IGNORECASE),
        Pattern("pin", _PIN, 0.9, re.IGNORECASE),
        *_TOKENS,
    )

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if pattern.name == "stated_secret":
            # A sentence's closing punctuation is not part of the password.
            while end - start > 3 and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
            value = text[start:end]
            if value.lower() in _NOT_A_SECRET or value.lower().rstrip(".") in _NOT_A_SECRET:
                return None
        value = text[start:end]
        if pattern.name == "openai_key" and not (
            any(c.isdigit() for c in value) and any(c.isupper() for c in value[3:])
        ):
            return None  # "sk-" followed by ordinary hyphenated words
        if pattern.name == "jwt" and not _jwt_header_ok(value):
            return None
        return Span(start, end, self.label, pattern.score, self.name)


def _jwt_header_ok(value: str) -> bool:
    """The first segment must decode to a JSON object naming an algorithm."""
    header = value.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        data = json.loads(decoded)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and "alg" in data
