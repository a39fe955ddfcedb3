"""Lead words typed with one slip: "wachtwoors is grachten66", "hsało zubrowka18",
"numéro de pasport 17OF83321", and elisions typed without their apostrophe ("c est").
The recognizers find a password or a passport number by the word before it; a word one
keystroke away from one of `LEAD_WORDS` (a letter left out, doubled in, swapped with its
neighbour or mistyped) is read as that word, unless it is itself an ordinary word, a
name or a place of the seven languages (`Lexicon`): "passer", "passed", "Pasquale" stay
what they are.

The detector runs on the corrected view and maps spans back (`Folded`), as it does for
Unicode disguises (`piiguard.detection.folding`): the value itself is never changed.

>>> corrected = correct_typos("wachtwoors is grachten66")
>>> corrected.text
'wachtwoord is grachten66'
>>> correct_typos("mein Passwort ist x") is None
True
"""

from __future__ import annotations

import functools
import re

from piiguard.detection.folding import Folded
from piiguard.detection.lexicon import Lexicon, fold

LEAD_WORDS: tuple[str, ...] = (
    "password", "passwort", "kennwort", "wachtwoord", "hasło", "hasła", "contraseña",
    "passport", "reisepass", "passeport", "pasaporte", "passaporto", "paspoort", "paszport",
    "paszportu", "krankenversichertennummer",
    # document, tax and login numbers' words (long compounds: a slip there is no other word)
    "burgerservicenummer", "personalausweis", "personalausweisnummer", "ausweisnummer",
    "reisepassnummer", "paspoortnummer", "identiteitskaart", "aufenthaltstitel",
    "aufenthaltserlaubnis", "verblijfsvergunning", "steuernummer", "identifikationsnummer",
    "sozialversicherungsnummer", "rentenversicherungsnummer", "versichertennummer",
    "kundennummer", "klantnummer", "mitgliedsnummer", "vertragsnummer", "benutzername",
    "gebruikersnaam",
    "sicherheitsfrage", "beveiligingsvraag", "geheimzahl", "pincode", "verification",
    "bestätigungscode", "verifizierungscode", "verificatiecode", "bevestigingscode",
    "sicherheitscode", "security", "social", "account", "number", "telefon", "telephone",
)  # fmt: skip
"""The words a secret or a document number is named by, whose slips are read as them (five
letters or more: a slip of a shorter word is too often another word)."""

LEAD_PHRASES: tuple[str, ...] = (
    "mot de passe", "titre de séjour", "carte de séjour", "carte vitale", "dowód osobisty",
    "permesso di soggiorno", "codice fiscale", "tarjeta de residencia", "karta pobytu",
    "numer dowodu", "question secrète", "pregunta de seguridad", "domanda di sicurezza",
    "pytanie bezpieczeństwa", "security question", "nom d'utilisateur", "nombre de usuario",
    "nome utente", "nazwa użytkownika", "carte d'identité", "numéro d'assuré",
    "número de contrato", "numero di contratto", "dowodu osobistego",
)  # fmt: skip
"""Lead words of several words. A slip in the last word is read as the phrase ("mot de
pase", "carte vitalle"): the words before it say which one it is, so it may be another
word on its own ("pase" is Spanish). A lead word typed in two (`LEAD_WORDS` split by one
space: "pass word", "kenn wort") is read as the word too."""

_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßéèêàâçñíóúìòùłąęśźżćń"


def _edits(word: str) -> set[str]:
    """Every string one slip away from `word`: a letter dropped, added, swapped with the
    next one or replaced."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaced = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    return dropped | swapped | replaced | added


def _slips(word: str) -> set[str]:
    """The strings one slip away from `word` or from it typed without accents ("identite"
    for "identité": "identitee" is one slip from that)."""
    bare = fold(word)
    return _edits(word) | (_edits(bare) | {bare} if bare != word else set())


@functools.cache
def _candidates() -> dict[str, str]:
    """Each string one slip away from a lead word (four letters or more, no lead word
    itself) and the first lead word it is a slip of; `_slip_of` keeps the real slips."""
    leads = set(LEAD_WORDS)
    candidates: dict[str, str] = {}
    for word in LEAD_WORDS:
        for slip in _slips(word) - leads:
            if len(slip) >= 4:
                candidates.setdefault(slip, word)
    return candidates


@functools.lru_cache(maxsize=4096)
def _slip_of(token: str) -> str | None:
    """The lead word `token` (lower case) is a slip of, or None: also None when it is an
    ordinary word, a name or a place (the lexicon is asked here, for the tokens met, not
    for the 200,000 candidates when the table is built: that took seconds at start-up)."""
    word = _candidates().get(token)
    if word is None:
        return None
    lexicon = Lexicon.load()
    key = fold(token)
    if lexicon.is_ordinary(token) or key in lexicon.names or key in lexicon.places:
        return None
    return word


@functools.cache
def _phrase_slips() -> dict[str, str]:
    """Each slip of a lead phrase's last word and each lead word split in two, with the
    lead word or phrase it stands for."""
    slips: dict[str, str] = {}
    for phrase in LEAD_PHRASES:
        head, _, last = phrase.rpartition(" ")
        heads = {head, fold(head)}  # "numero de contrto": the head typed without accents
        for slip in _slips(last) - {last}:
            # a letter added at the end is an inflection as often ("security questions")
            if len(slip) >= 4 and " " not in slip and not slip.startswith(last):
                for typed in heads:
                    slips[f"{typed} {slip}"] = phrase
    for word in LEAD_WORDS:
        for i in range(3, len(word) - 2):
            slips[f"{word[:i]} {word[i:]}"] = word
    return slips


@functools.cache
def _phrase_firsts() -> frozenset[str]:
    """The first words of `_phrase_slips`: a text without one of them has none."""
    return frozenset(slip.split(" ", 1)[0] for slip in _phrase_slips())


# Words and the single space between them ("mot de pase", "pass word").
_WORD = re.compile(r"(?<![\w'-])[^\W\d_]+(?:'[^\W\d_]+)?(?![\w-])")


def _phrase_matches(lower: str) -> list[tuple[int, int, str]]:
    """Where a slip of a lead phrase or a split lead word (`_phrase_slips`) stands in
    `lower`, and the words it stands for."""
    slips = _phrase_slips()
    words = [m.span() for m in _WORD.finditer(lower)]
    found: list[tuple[int, int, str]] = []
    at = 0
    for i, (start, _) in enumerate(words):
        if start < at:
            continue
        for n in (2, 3, 4):
            if i + n > len(words):
                break
            end = words[i + n - 1][1]
            lead = slips.get(lower[start:end])
            if lead is not None:
                found.append((start, end, lead))
                at = end
                break
    return found


_LENGTHS = (min(map(len, LEAD_WORDS)) - 1, max(map(len, LEAD_WORDS)) + 1)
_PUNCTUATION = ".,;:!?()[]{}\"'«»“”‘’<>*"
_TOKEN = re.compile(rf"(?<![\w-])[^\W\d_]{{{_LENGTHS[0]},{_LENGTHS[1]}}}(?![\w-])")


# A French or Italian elision typed without its apostrophe: "c est", "d identité", "j ai",
# "l indirizzo". The space becomes the apostrophe in the view (one character for one), so
# "c est Rochefort" reads as "c'est Rochefort" and "carte d identite" as the document's word.
# Written from the space (one fixed-width lookbehind per length of the elided word), it
# is the same regex as `(?<![\w'-])(?:[cdjlmn]|qu)( )(?=...)`, each match is the same space,
# and sre looks for its leading " " by a fast scan instead of trying every position.
# Not before a letter or two and digits: "Kennzeichen m ab 1234" is a German plate; not
# after two letters each on its own: "v a n d apenstaartje" is a name spelt out letter by
# letter ("il a d abord" is an elision).
_ELISION = re.compile(
    r"( )(?:(?<=(?<![\w'-])(?<!(?<!\S)\w \w )[cdjlmn] )|(?<=(?<![\w'-])(?<!(?<!\S)\w \w )qu ))"
    r"(?=[aeiouyhàâäéèêëîïôöûüœ][^\W\d_])(?![^\W\d_]{1,2} ?\d)"
)


# "c" for "c'est" in French chat, between a word and a value with a digit or before a
# possessive: "mon code pin c 4819", "mon mdp c toto123", "0630224449 c mon num" read as
# "c'est 4819" ("vitamin c 1000" holds no lead word: nothing names a value there). Not
# after a letter on its own: "p c 7 0 9 1 4 9 b" is a value spelt out letter by letter.
_SMS_CEST = re.compile(
    r"(?<=\w )(?<!(?<!\S)\w )c(?= \S*\d| (?:mon|ma|mes|notre|nos|le|la)(?!\S))"
)


# A key word glued to its value by a dot, as key-value strings write them ("acct.12345678",
# "pin.4821", "tel.0612345678"): the dot reads as a space. Only these words (an account,
# a PIN, a phone, a tax or social number), only before a digit, and not inside a dotted
# name ("config.pin.4821", "v1.4821", "fig.4821" and the file "pin.2024.log" stay as they
# are: a dot before a letter further on in the word makes it a dotted name too).
_KEY_DOT = re.compile(
    r"(?<![\w.@/-])(?i:acct|acc|account|konto|rekening|pin|pincode|tel|phone|ssn|bsn|nino"
    r"|pesel|nip|dni|nie|tin|steuerid|iban)(\.)(?=\+?\d)(?!\S*\.[^\W\d_])"
)


def correct_typos(text: str) -> Folded | None:
    """The view of `text` with each slip of a lead word replaced by the word (in the case
    it was typed in), each elision typed without its apostrophe given one (`_ELISION`) and
    each "c" for "c'est" written out (`_SMS_CEST`) and each key word's dot before its value
    read as a space (`_KEY_DOT`), or None when there is none."""
    lower = text.lower()
    if len(lower) != len(text):
        return None  # a letter whose lower case is two ("İ"): offsets would not match
    elisions = [(m.start(1), m.end(1), "'") for m in _ELISION.finditer(lower)]
    for start, _, _ in elisions:
        lower = f"{lower[:start]}'{lower[start + 1 :]}"
    if " c " in text:  # every match of `_SMS_CEST` is a "c" between two spaces
        elisions += [(m.start(), m.end(), "c'est") for m in _SMS_CEST.finditer(text)]
    if "." in text:
        elisions += [(m.start(1), m.end(1), " ") for m in _KEY_DOT.finditer(text)]
        elisions.sort()
    candidates = _candidates()
    low, high = _LENGTHS
    tokens = lower.split()
    stripped = [token.strip(_PUNCTUATION) for token in tokens]
    # the common answer is no, found by a split (no stripped token is a candidate, so none
    # of the right length is); the regex then places the slips
    matches: list[tuple[int, int, str]] = []
    if not candidates.keys().isdisjoint(stripped) and any(
        low <= len(token) <= high + 2 and bare in candidates
        for token, bare in zip(tokens, stripped, strict=True)
    ):
        matches = [
            (*m.span(), word) for m in _TOKEN.finditer(lower) if (word := _slip_of(m[0]))
        ]
    firsts = _phrase_firsts()
    if len(tokens) > 1 and not firsts.isdisjoint(stripped[:-1]):
        phrases = _phrase_matches(lower)
        matches = sorted(
            [
                *phrases,
                *(m for m in matches if not any(p[0] < m[1] and m[0] < p[1] for p in phrases)),
            ]
        )
    if elisions:
        slips = matches
        matches = sorted(
            [*slips, *(e for e in elisions if not any(m[0] < e[1] and e[0] < m[1] for m in slips))]
        )
    if not matches:
        return None
    parts: list[str] = []
    origins: list[int] = []
    at = 0
    for start, end, word in matches:
        parts.append(text[at:start])
        origins.extend(range(at, start))
        typed = text[start:end]
        if typed.isupper():
            word = word.upper()
        elif typed[0].isupper():
            word = word.capitalize()
        parts.append(word)
        # the word's letters come from the slip's (the last one takes what is left)
        origins.extend(min(start + i, end - 1) for i in range(len(word)))
        at = end
    parts.append(text[at:])
    origins.extend(range(at, len(text)))
    return Folded("".join(parts), tuple(origins))
