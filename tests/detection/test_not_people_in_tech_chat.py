"""Precision in technical and support chat (fp14, issue 16): words the model calls a
person that are no one. A span made only of function words of the text's language ("la
mia", "dalla", "mnie nie działa", "van de"); a code identifier (an exception's name in
camel case, a file name in capitals such as "README", a word glued to "(" or "=", a file
with its extension); a placeholder for a secret ("changeme"); a verb right after a subject
pronoun ("je |lance|"). Each class has the clean lines that must not fire and the personal
lines beside them (lowercase names, names in capitals, surname particles, camel-case
surnames) that must."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P = "PERSON"
DEFAULT = PersonalDataPolicy()
STRICT = PersonalDataPolicy.strict()

# --- function words ----------------------------------------------------------------------

FUNCTION_WORDS = [
    ('questa è la mia config:\n```\n{"error": "internal", "trace_id": "f5345bf7"}\n```',
     [("la mia", P)]),
    ("dalla documentazione:\n```\nDATABASE_URL=postgres://user:password@localhost:5432/mydb\n```",
     [("dalla", P)]),
    ('kolega mi to wysłał i u mnie nie działa:\n```\nports:\n  - "8080:80"\n```',
     [("mnie nie działa", P)]),
    ("gekopieerd van de staging server:\ngit revert 53ac48f3c4c8ff5979448381413ce8f52e970b2b",
     [("van de", P)]),
    ("das steht so in der doku, bei mir geht es nicht:\n```\nport: 8080\n```",
     [("bei mir", P)]),
    ("ça ne marche pas chez moi :\n```\nERROR 1045 (28000): access denied\n```",
     [("chez moi", P)]),
    ("a mí no me funciona:\n```\nnpm ERR! code ERESOLVE\n```", [("no me", P)]),
    ("it doesn't work for me:\n```\nexit code 137\n```", [("for me", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), FUNCTION_WORDS)
def test_function_words_are_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ho parlato con la giulia ieri, non funziona", [("giulia", P)]),
        ("c'est marie qui m'a envoyé le fichier", [("marie", P)]),
        ("ask dan about the KeyError please", [("dan", P)]),
        ("talk to mia about the config", [("mia", P)]),
        ("maud van der leek heeft de README aangepast", [("maud van der leek", P)]),
        ("la mia amica giulia dice che non funziona", [("giulia", P)]),
        ("powiedz kasi że u mnie nie działa", [("kasi", P)]),
        ("ik heb het van de vries gekregen", [("van de vries", P)]),
        ("ik heb het van de vries gekregen", [("van de", P)]),  # the model cut the particles
        ("can you ask dan to merge it", [("dan", P)]),
        ("ik heb ben gebeld over de server", [("ben", P)]),
    ],
)
def test_names_beside_function_words_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert _covered(kept(DEFAULT, text, found), found)


def _covered(kept_values: list[str], found: list[tuple[str, str]]) -> bool:
    """Whether every found value is kept, alone or inside a name the policy grew."""
    return bool(kept_values) and all(any(value in k for k in kept_values) for value, _ in found)


# --- code identifiers --------------------------------------------------------------------

IDENTIFIERS = [
    ("ciao, il deploy si è rotto, ecco il file\n```\nTraceback (most recent call last):\n"
     "  File \"/app/worker.py\", line 41, in run\n    job = queue.pop()\nKeyError: 'job_id'\n```",
     [("KeyError", P)]),
    ("got a ValueError when parsing the date", [("ValueError", P)]),
    ("NullPointerException in the worker again", [("NullPointerException", P)]),
    ("bekomme immer eine ConnectionRefusedError beim Start", [("ConnectionRefusedError", P)]),
    ("il README dice:\ncurl -X POST https://api.example.com/v1/users", [("README", P)]),
    ('w README jest:\n```\ndocker login -u "$REGISTRY_USER" registry.acme.io\n```',
     [("README", P)]),
    ("see the LICENSE file before you copy it", [("LICENSE", P)]),
    ("I added it to the TODO list", [("TODO", P)]),
    ("check the CHANGELOG before upgrading", [("CHANGELOG", P)]),
    ("call normalize() before saving the row", [("normalize", P)]),
    ("set timeout=30 in the config and retry", [("timeout", P)]),
    ("the bug is in worker.py line 41", [("worker", P)]),
    ("Help ons Deluge te verbeteren door ons uw PyGTK-versie te sturen.",
     [("PyGTK", "ORGANIZATION")]),
    ("Accedi per visualizzare il registro completo, incluso l'indirizzo IP.", [("IP.", P)]),
    ("op basis van gebruikersnaam of IP-adres.", [("IP-", "ORGANIZATION")]),
    ("El repositorio VCS no está al día con respecto al originario.", [("VCS", P)]),
    # a calendar or contact file's components, a stack trace's header, a product's SKU
    ("outlook won't import this:\nBEGIN:VEVENT\nSUMMARY:Sprint Review\nEND:VEVENT",
     [("VEVENT", P)]),
    ("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD", [("VCARD", P)]),
    ('Traceback (most recent call last):\n  File "/app/x.py", line 2', [("Traceback", P)]),
    ("| SKU | EAN | Preis |\n|---|---|---|", [("SKU", "ORGANIZATION")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), IDENTIFIERS)
def test_code_identifiers_are_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mail from NGUYEN about the deploy", [("NGUYEN", P)]),
        ("DUPONT a envoyé le ticket hier", [("DUPONT", P)]),
        ("the fix came from McDonald yesterday", [("McDonald", P)]),
        ("LeBlanc pushed the commit", [("LeBlanc", P)]),
        ("Mark Schmidt sent me the README", [("Mark Schmidt", P)]),
        ("commit by Anna Kowalska in worker.py", [("Anna Kowalska", P)]),
        ("assign it to ZWIEBELFISCH in the TODO list", [("ZWIEBELFISCH", P)]),
        ("please ask Lance about the KeyError", [("Lance", P)]),
        ("ping anna (she wrote it)", [("anna", P)]),
        ("Bitte Frau McDONALD anrufen, sie hat das README", [("McDONALD", P)]),
    ],
)
def test_names_beside_code_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert _covered(kept(DEFAULT, text, found), found)


# --- a product's name the text joins to a common noun ------------------------------------

PRODUCTS = [
    ("Melde dich bei einem bestehenden Soulseek-Konto an oder erstelle ein neues.",
     [("Soulseek", P)]),
    ("Du bist vom Soulseek-Netzwerk abgemeldet. Wenn du das Passwort eines Soulseek-Kontos "
     "ändern möchtest, musst du angemeldet sein.", [("Soulseek-Kontos", P)]),
    ("Om verbinding te maken met andere Soulseek-peers, moet een poort open zijn.",
     [("Soulseek", P)]),
    ("Je bent uitgelogd van het Soulseek-netwerk. Log in op je Soulseek account.",
     [("Soulseek", P)]),
    ("Wenn du das Passwort eines bestehenden Soulseek-Kontos ändern möchtest, melde dich an.",
     [("Soulseek", P), ("Kontos", P)]),  # the model's two pieces of one compound
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), PRODUCTS)
def test_a_product_joined_to_a_noun_is_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Das Konto von Zwiebelfisch ist gesperrt, bitte das Soulseek-Konto prüfen.",
         [("Zwiebelfisch", P)]),
        ("Anna-Kowalski hat das Projekt angelegt.", [("Anna-Kowalski", P)]),
        ("Herr Zwiebelfisch-Konto hat angerufen.", [("Zwiebelfisch-Konto", P)]),
        ("Ich habe mit Müller-Lüdenscheidt gesprochen.", [("Müller-Lüdenscheidt", P)]),
        ("Bitte Zwiebelfisch anrufen, wegen dem Zwiebelfisch-Anna Termin.", [("Zwiebelfisch", P)]),
    ],
)  # fmt: skip
def test_names_in_compounds_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert _covered(kept(DEFAULT, text, found), found)


# --- placeholders and verbs ----------------------------------------------------------------

OTHER_WORDS = [
    ("aus der Doku:\n# default credentials (see docs): admin / changeme", [("changeme", P)]),
    ("copié el ejemplo del quickstart:\n# default credentials (see docs): admin / changeme",
     [("changeme", P)]),
    ('bon voilà la commande que je lance :\n\n{"error": "internal"}\nune idée ?',
     [("lance", P)]),
    ("I mark the ticket as done after the deploy", [("mark", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), OTHER_WORDS)
def test_placeholders_and_verbs_are_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("on a parlé avec lance hier du déploiement", [("lance", P)]),
        ("je lance le build avec marie", [("marie", P)]),
        ("I told mark the build is broken", [("mark", P)]),
        ("mein Kollege Will hat das deployed", [("Will", P)]),
        ("the admin is changeme-anna", [("anna", P)]),
    ],
)
def test_names_beside_verbs_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert _covered(kept(DEFAULT, text, found), found)


@pytest.mark.parametrize(
    ("text", "found"),
    # "timeout=30": the shape rules every policy applies drop a word glued to "=" already
    [
        row
        for row in FUNCTION_WORDS + IDENTIFIERS + OTHER_WORDS + PRODUCTS
        if "timeout=" not in row[0]
    ],
)
def test_the_strict_policy_drops_none(text: str, found: list[tuple[str, str]]) -> None:
    assert _covered(kept(STRICT, text, found), found)


# --- the whole detector on the lines of the blind probe ----------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "aus der Doku:\n# default credentials (see docs): admin / changeme",
        'bon voilà la commande que je lance :\n\n{"error": "internal", "trace_id": '
        '"1f4a3a18-34df-43c9-b0be-2f953ee29bbf"}\nune idée ?',
        'questa è la mia config:\n```\n{"error": "internal", "trace_id": '
        '"f5345bf7-423e-42ed-b915-d28a17d83bf2"}\n```',
        "dalla documentazione:\n```\nDATABASE_URL=postgres://user:password@localhost:5432/mydb\n```",
        "ciao, il deploy si è rotto, ecco il file\n```\nTraceback (most recent call last):\n"
        '  File "/app/worker.py", line 41, in run\n    job = queue.pop()\n'
        "KeyError: 'job_id'\n```",
        "gekopieerd van de staging server:\ngit revert 53ac48f3c4c8ff5979448381413ce8f52e970b2b",
        'kolega mi to wysłał i u mnie nie działa:\n```\nports:\n  - "8080:80"\n'
        '  - "5432:5432"\n  - "6379:6379"\n```',
        'w README jest:\n```\ndocker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD"\n```',
    ],
)
def test_the_detector_finds_no_person_in_these_lines(text: str) -> None:
    assert [s for s in Detector.default().detect(text) if s.label == P] == []
