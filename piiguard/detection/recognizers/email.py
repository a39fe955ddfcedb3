"""Email addresses (RFC 5321 shapes people type: dotted local parts, plus tags, subdomains)."""

from __future__ import annotations

import re

from piiguard._types import EMAIL_ADDRESS
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

# Bounded quantifiers only: local part <= 64, at most 8 labels of <= 63, TLD <= 24.
# Letters are any script's (`\w`, `[^\W_]`): internationalised addresses
# ("józef.łukasz@poczta.pl", "josé@correo.es", RFC 6531) and look-alike letters
# ("аnna@..." with a Cyrillic "а") are addresses too.
_LOCAL_CHARS = r"[\w!#$%&'*+/=?^`{|}~-]"
_EMAIL = (
    rf"(?<![\w.%+-])(?P<v>{_LOCAL_CHARS}{{1,64}}(?:\.{_LOCAL_CHARS}{{1,64}}){{0,8}}"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}(?:[^\W\d_]{2,24}|xn--[A-Za-z0-9-]{1,59}))"
    r"(?![\w-]|\.\w)"
)


class EmailRecognizer(PatternRecognizer):
    """Email addresses; validated by length limits and label rules.

    >>> [s.label for s in EmailRecognizer().analyze("write to anna.k+chat@mail.example.org")]
    ['EMAIL_ADDRESS']
    """

    name = "email"
    label = EMAIL_ADDRESS
    TRIGGER = "@"
    PATTERNS = (Pattern("email", _EMAIL, 0.9),)
    CONTEXT = ("email", "e-mail", "mail", "courriel", "correo", "adres", "contact")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        local, _, domain = value.rpartition("@")
        if len(local) > 64 or len(domain) > 253:
            return False
        tld = domain.rsplit(".", 1)[-1]
        return tld.lower().startswith("xn--") or not re.search(r"\d", tld)
