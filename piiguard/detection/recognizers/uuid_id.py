"""UUIDs (Presidio's UUID entity), reported only beside a word that makes one an
identifier of someone: a UUID in chat is far more often a request, build or order id
than a person's, so the shape alone is not enough.
"""

from __future__ import annotations

from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import Pattern

UUID = "UUID"

_HEX = "[0-9A-Fa-f]"


class UuidRecognizer(IdNumberRecognizer):
    """RFC 9562 UUIDs (version 1-8, variant 10xx; not the nil UUID), beside "uuid",
    "guid", "user id", ...

    >>> r = UuidRecognizer()
    >>> [s.label for s in r.analyze("my user id is 3f2b8c1e-4d5a-4b6c-9d7e-0a1b2c3d4e5f")]
    ['UUID']
    """

    name = "uuid"
    label = UUID
    MIN_DIGITS = 1
    TRIGGER = _HEX + r"{8}-" + _HEX + r"{4}-"
    TRIGGER_WORDS = ("uuid", "guid", "user", "customer", "account", "member", "patient",
                     "client", "identifier", "benutzer", "kunden", "utilisateur", "usuario",
                     "utente", "gebruiker", "klant", "użytkownik", "uzytkownik")  # fmt: skip
    PATTERNS = (
        Pattern(
            "uuid",
            rf"(?<![\w-]){_HEX}{{8}}-{_HEX}{{4}}-[1-8]{_HEX}{{3}}-[89ABab]{_HEX}{{3}}-{_HEX}{{12}}"
            r"(?![\w-])",
            0.1,
        ),
    )
    CONTEXT = ("uuid", "guid", "unique identifier", "user id", "userid", "user uuid",
               "customer id", "account id", "member id", "patient id", "client id", "user",
               "benutzer-id", "benutzerkennung", "kundennummer", "kunden-id",
               "identifiant utilisateur", "id utilisateur", "id de usuario", "id utente",
               "gebruikers-id", "klantnummer", "identyfikator użytkownika")  # fmt: skip
    CONTEXT_BOOST = 0.8
