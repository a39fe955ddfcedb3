"""Phone numbers, dates of birth and people's names in structured text, named by their
field: `"lastName": "Yılmaz"` in JSON, `<given>Elif</given>` in XML, `Nachname: Weißmann`
in a pasted form, `NAZWISKO/SURNAME` above `KOWALSKA` on an OCR'd ID card, the `phone`
column of a CSV file or a markdown table, the `N:` and `FN:` lines of a vCard, the
numbered fields of a driving licence (`1.` surname, `2.` given names, `3.` birth date:
the card's own lines before its `4a.`/`4b.` legend of issue and expiry dates).

As with ID numbers (`fielded_ids`), the field's name says what the value is as plainly as
"my number is" does in prose: a bare national number under a `phone` column is the
person's phone, a date under `Date de naissance` their birth date, a word under
`Nachname` their surname, whatever its origin. Only fields that name these values count: a
phone, a mobile (not a company's service line: "Tel: 0800 330 2211"), a birth date, a
first, last, given, family or full name in the seven languages and as code writes them
(`first_name`, `lastName`, `givenName`); a bare `name` does not (`name: inventory`,
`- name: DB_PASSWORD` name things as often), unless it is paired with a name's field
(`Nom, Prénom: Benali, Inès`, `Name, Vorname: Yılmaz, Elif`: one person, the two names
and their comma). Some names count only as a table's column (`_COLUMN_ONLY`). The value must have
its kind's shape: a phone number valid in one of our regions, a calendar date of someone
alive, one to four capitalised words (with a surname's particles: "van den Berg"), not all
of them ordinary words unless one is a known name ("First name: Required" is a form's
note; "Nachname: Koch" a name). The field is the value's context, as a birth word is a
date's: what is found stands (the source is trusted by the policy). `family` and `given`
count as XML tags only (`<given>Elif</given>`, as FHIR writes names): `family: Linux` is
an OS's.
"""

from __future__ import annotations

import re
from typing import ClassVar

from piiguard._types import DATE_TIME, PERSON, PHONE_NUMBER, Span
from piiguard.detection.lexicon import Lexicon, fold
from piiguard.detection.recognizers._pattern import PatternRecognizer
from piiguard.detection.recognizers.date_of_birth import plausible_birth_date
from piiguard.detection.recognizers.fielded_ids import table_cells
from piiguard.detection.recognizers.phone import reads_as_personal_phone
from piiguard.detection.recognizers.placeholders import is_placeholder

# Field names as forms and code write them (lower case, words apart), and what they hold.
# A key's words may be joined by any of " _-." or nothing ("First name", "first_name",
# "firstName", "FIRST-NAME": `_KEY`); `field_kind` reads a name with its separators out.
_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    PHONE_NUMBER: (
        "phone", "phone number", "phone no", "telephone", "telephone number", "tel", "tel no",
        "mobile", "mobile phone", "mobile number", "mobile no", "cell", "cell phone",
        "cell number", "msisdn", "contact number", "whatsapp", "telefon", "telefonnummer",
        "mobil", "mobilnummer", "handy", "handynummer", "téléphone", "telephone mobile",
        "portable", "numero de telephone", "numéro de téléphone", "teléfono", "telefono",
        "móvil", "movil", "celular", "numero de telefono", "cellulare", "numero di telefono",
        "telefoon", "telefoonnummer", "mobiel", "mobielnummer", "gsm", "komórka", "komorka",
        "numer telefonu", "telefon komórkowy",
    ),
    DATE_TIME: (
        "dob", "date of birth", "birth date", "birthday", "geburtsdatum", "geburtstag",
        "geburtsdat", "date de naissance", "date naissance", "date de naiss", "ddn",
        "fecha de nacimiento", "fecha nacimiento", "fecha nac", "data di nascita",
        "data nascita", "geboortedatum", "data urodzenia", "data ur",
    ),
    PERSON: (
        "first name", "given name", "given names", "given", "forename", "forenames",
        "last name", "surname", "family name", "family", "full name", "middle name",
        "vorname", "vornamen", "nachname", "familienname", "prénom", "prenom", "prénoms",
        "prenoms", "nom de famille", "nom d'usage", "nombre completo", "apellido",
        "apellidos", "primer apellido", "segundo apellido", "cognome", "nome e cognome",
        "voornaam", "voornamen", "achternaam", "imię", "imie", "imiona", "nazwisko",
        "imię i nazwisko", "imie i nazwisko",
    ),
}  # fmt: skip
# Read as a table's column only, not as a key before its value (as the fields were first
# written; a key too would be a change of behaviour, to be measured).
_COLUMN_ONLY = frozenset(
    (
        "telephone mobile", "numero de telephone", "numero de telefono", "numero di telefono",
        "mobielnummer", "telefon komórkowy", "geburtsdat", "date naissance", "date de naiss",
        "fecha nacimiento", "fecha nac", "data nascita", "data ur", "imie i nazwisko",
    )
)  # fmt: skip
_SEPARATORS = re.compile(r"[\s_.\-'’]+")  # "nom d'usage" is "nomdusage"
_QUOTES = "\"' `*"
# Each name with its separators out ("firstname", "nomdusage"), and what it holds.
_FIELDS: dict[str, str] = {
    _SEPARATORS.sub("", name): kind for kind, names in _FIELD_NAMES.items() for name in names
}
# A field's name where a key starts (not inside a word or after "-": "font-family"), in
# any case and with any of " _-." between its words, the longest first.
_KEY_WORDS = sorted(
    (name for names in _FIELD_NAMES.values() for name in names if name not in _COLUMN_ONLY),
    key=len,
    reverse=True,
)
_KEY_ALTERNATION = "|".join(re.escape(w).replace(r"\ ", r"[ _.\-]?") for w in _KEY_WORDS)
# The bare word for a name: no name field alone ("name: inventory"), but one of a pair
# whose other field is a name's ("Nom, Prénom", "Apellidos, Nombre", "Name, Vorname").
_BARE_NAME_WORDS = ("nombre", "name", "nome", "naam", "nom")  # the longest first
_PAIR_ALTERNATION = "|".join((_KEY_ALTERNATION, *_BARE_NAME_WORDS))
# Two name fields asked for in one ("Nachname, Vorname: Yılmaz, Elif", "Surname, first
# name: DOE, John", "Cognome, Nome: De Luca, Francesca"): the value is the two names and
# the comma between them, one name.
_KEY_PAIR = re.compile(
    rf"(?<![\w-])(?P<k1>{_PAIR_ALTERNATION})[ \t]*,[ \t]*(?P<k2>{_PAIR_ALTERNATION})(?![\w-])"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?",
    re.IGNORECASE,
)
# The bare word for a name as a form's key at the start of its line ("Nom: Lacombe"): a
# name's field when the line before or after it is one ("Prénom: Hortense"), one person's
# form; alone it stays none ("Nom: Serveur", "- name: api").
_BARE_KEY = re.compile(
    rf"(?im)^[ \t]*(?P<key>{'|'.join(_BARE_NAME_WORDS)})[ \t]*:[ \t]*(?=\S)"
)
_LINE_KEY = re.compile(rf"[ \t]*(?P<key>{_KEY_ALTERNATION})[ \t]*:", re.IGNORECASE)
# A key written as code names it (`firstName`, `first_name`): its neighbour's "name:" is a
# schema's member ("name: Nullable"), not a form's line.
_CODE_KEY = re.compile(r"\w*(?:_|[a-z][A-Z])\w*")
_KEY = re.compile(
    r"(?<![\w-])<?(?P<key>"
    + _KEY_ALTERNATION
    + r")(?![\w-])[\"']?(?:[ \t]*(?:=>|[:=])[ \t]*|>|(?P<own>[ \t]*(?:/[^\n]{0,40})?\r?\n[ \t]*))"
    r"[\"']?",
    re.IGNORECASE,
)
# A name's words: capitalised or in capitals, apostrophes and hyphens inside, a lowercase
# particle between two of them ("Thijs van den Berg", "el Amrani").
_NAME_WORD = r"(?:[^\W\d_][^\W\d_]*(?:['’\-][^\W\d_]+)*)"
_NAME = re.compile(rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,4}}")
_PARTICLES = frozenset(
    ("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
     "le", "el", "al", "ten", "ter", "zu", "y", "i", "bin", "ibn")
)  # fmt: skip
_MAX_NAME_WORDS = 4
_PHONE = re.compile(r"\+?\(?\d[\d \t().\-/]{5,20}\d")
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)")
_VCARD_NAME = re.compile(r"(?m)^(?P<key>N|FN)(?:;[^:\n]*)?:(?P<v>[^\n\r]+)")
_TAG_ONLY = frozenset(("family", "given"))
# A driving licence's numbered fields, the same in every language of the EU's (and the
# UK's) licence: 1. surname, 2. given names, 3. date (and place) of birth; read only in a
# text with the legend's "4a." and "4b." fields holding dates (issue and expiry).
_LICENCE_DATE = r"[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
_LICENCE_LEGEND = re.compile(rf"(?m)^[ \t]*4a\.{_LICENCE_DATE}")
_LICENCE_EXPIRY = re.compile(rf"(?<![\w.])4b\.{_LICENCE_DATE}")
_LICENCE_FIELD = re.compile(r"(?m)^[ \t]*(?P<n>[123])\.[ \t]+")
_LICENCE_KINDS = {"1": PERSON, "2": PERSON, "3": DATE_TIME}
_LICENCE_REACH = 40  # the "4b." date follows the "4a." one within this many characters
SCORE = 0.85


def _key_name(key: str) -> str:
    """A field's name as `_FIELDS` holds it: case, separators and quotes left out."""
    return _SEPARATORS.sub("", key.casefold()).strip(_QUOTES)


def field_kind(key: str) -> str | None:
    """What a field named `key` holds, if it is a phone, a birth date or a person's name.

    >>> [field_kind(k) for k in ("lastName", "Date de naissance", "tel", "name", "id")]
    ['PERSON', 'DATE_TIME', 'PHONE_NUMBER', None, None]
    """
    return _FIELDS.get(_key_name(key))


def names_a_name_field(label: str) -> bool:
    """Whether `label` is the name of a field for a person's name ("Nome e cognome",
    "Imię", "Nachname", "Nom"): a form's label, no one's name.

    >>> [names_a_name_field(w) for w in ("Nome e cognome", "Imię", "Lucia")]
    [True, True, False]
    """
    return field_kind(label) == PERSON or label.casefold() in _BARE_NAME_WORDS


_BARE = "bare"


def _pair_kind(key: str) -> str | None:
    """A field's kind in a pair of fields; the bare word for a name is `_BARE`."""
    return _BARE if key.casefold() in _BARE_NAME_WORDS else field_kind(key)


def _column_kind(column: str) -> str | None:
    """A column's kind; a bilingual header ("Naam/Surname") counts by either half."""
    for part in column.strip().strip(_QUOTES).split("/"):
        if kind := field_kind(part.strip()):
            return kind
    return None


def _beside_a_name_field(text: str, line: int) -> bool:
    """Whether the line before or after the one starting at `line` starts with a name's
    field as a form writes it ("Prénom:", "Vorname:", "First name:"; not `firstName:`)."""
    starts = []
    if line > 0:
        starts.append(text.rfind("\n", 0, line - 1) + 1)
    after = text.find("\n", line)
    if after >= 0:
        starts.append(after + 1)
    for start in starts:
        key = _LINE_KEY.match(text, start)
        if (
            key is not None
            and field_kind(key["key"]) == PERSON
            and not _CODE_KEY.fullmatch(key["key"])
        ):
            return True
    return False


class FieldedValueRecognizer(PatternRecognizer):
    """Phones, birth dates and names under a field that names them (see the module).

    >>> text = '{"firstName": "Elif", "lastName": "Yılmaz", "phone": "0151 03337061"}'
    >>> [(s.label, text[s.start:s.end]) for s in FieldedValueRecognizer().analyze(text)]
    [('PERSON', 'Elif'), ('PERSON', 'Yılmaz'), ('PHONE_NUMBER', '0151 03337061')]
    >>> FieldedValueRecognizer().analyze("name: inventory\\nport: 5432")
    []
    """

    name = "fielded_value"
    label = PERSON
    # what every layout read here holds: a key's separator, a tag's ">", a line break (an
    # OCR'd label above its value, a table's rows, a vCard), an SQL INSERT's VALUES
    TRIGGER = r"[:=>;|\t\n]|(?i:values)"
    # the stems of the field names (not "name" or "nom" alone: most texts hold them)
    TRIGGER_WORDS = (
        "phone", "tel", "mobil", "mobiel", "cell", "msisdn", "contact n", "whatsapp", "handy",
        "portable", "móvil", "movil", "celular", "gsm", "komórk", "komork", "dob", "birth",
        "geburt", "naiss", "ddn", "nacim", "nascita", "geboorte", "urodz", "first", "last",
        "surname", "full", "middle", "given", "forename", "family", "familien", "vorname",
        "nachname",
        "prénom", "prenom", "nom de", "nom d'", "completo", "apellido", "cognome", "voorna",
        "achternaam", "imię", "imie", "imion", "nazwisk", "vcard", "4b.",
    )  # fmt: skip
    PATTERNS: ClassVar = ()

    def __init__(self) -> None:
        super().__init__()
        self.labels = frozenset({PERSON, PHONE_NUMBER, DATE_TIME})

    def analyze_passed(self, text: str) -> list[Span]:
        spans: list[Span] = []
        pairs: list[tuple[int, int]] = []
        for pair in _KEY_PAIR.finditer(text):
            kinds = {_pair_kind(pair["k1"]), _pair_kind(pair["k2"])}
            if kinds in ({PERSON}, {PERSON, _BARE}):
                pairs.append(pair.span())
                spans += self._name_pair(text, pair.end())
        for key in _KEY.finditer(text):
            if any(start <= key.start() < end for start, end in pairs):
                continue  # the second field of a pair, read with it
            kind = field_kind(key["key"])
            if key["key"].casefold() in _TAG_ONLY and not key[0].startswith("<"):
                continue  # "family: Linux", "given: a user": not a name's XML tag
            if kind is not None:
                spans += self._value(text, key.end(), len(text), kind, own_line=bool(key["own"]))
        for key in _BARE_KEY.finditer(text):
            if _beside_a_name_field(text, key.start()):
                spans += self._value(text, key.end(), len(text), PERSON, own_line=False)
        for column, cell, offset in table_cells(text, lambda c: _column_kind(c) is not None):
            kind = _column_kind(column)
            if kind is not None:
                spans += self._value(text, offset, offset + len(cell), kind, own_line=False)
        if "begin:vcard" in text.lower():
            spans += self._vcard(text)
        if "4b." in text:
            spans += self._licence(text)
        return spans

    def _licence(self, text: str) -> list[Span]:
        """A driving licence's numbered fields: the card's own lines (since the last blank
        line) before a `4a.` legend whose `4b.` follows it, never numbered lines elsewhere."""
        spans: list[Span] = []
        for legend in _LICENCE_LEGEND.finditer(text):
            if not _LICENCE_EXPIRY.search(text, legend.end(), legend.end() + _LICENCE_REACH):
                continue
            block = text.rfind("\n\n", 0, legend.start()) + 1
            for field in _LICENCE_FIELD.finditer(text, block, legend.start()):
                kind = _LICENCE_KINDS[field["n"]]
                spans += self._value(text, field.end(), legend.start(), kind, own_line=False)
        return spans

    def _value(self, text: str, start: int, limit: int, kind: str, *, own_line: bool) -> list[Span]:
        """The value of `kind` that starts at `start` (spaces and quotes skipped), or none."""
        while start < limit and text[start] in " \t\"'`":
            start += 1
        line_end = text.find("\n", start)
        end = min(limit, line_end if line_end >= 0 else len(text))
        if kind == PERSON:
            return self._name(text, start, end, own_line=own_line)
        if kind == PHONE_NUMBER:
            match = _PHONE.match(text, start, end)
            if match is None or not reads_as_personal_phone(match[0].strip()):
                return []
            return [Span(start, match.end(), PHONE_NUMBER, SCORE, self.name)]
        match = _DATE.match(text, start, end)
        if match is None or (match.end() < end and text[match.end()].isalnum()):
            return []
        kind_of_date = (
            "iso" if "-" in match[0][:5] and len(match[0].split("-")[0]) == 4 else "numeric"
        )
        if not plausible_birth_date(match[0], kind_of_date):
            return []
        return [Span(start, match.end(), DATE_TIME, SCORE, self.name)]

    def _name(self, text: str, start: int, end: int, *, own_line: bool) -> list[Span]:
        match = _NAME.match(text, start, end)
        if match is None:
            return []
        words = match[0].split()
        kept: list[str] = []
        for word in words:
            if word.islower() and word.casefold() in _PARTICLES:
                kept.append(word)  # "van den Berg", "el Amrani": kept if a name follows
                continue
            if not word[0].isupper():
                break
            kept.append(word)
        while kept and kept[-1].islower():
            kept.pop()  # a particle with no name after it
        if not kept or len(kept) - sum(w.islower() for w in kept) > _MAX_NAME_WORDS:
            return []
        value = " ".join(kept)
        if own_line and match[0] != value:
            return []  # a label line over a line of running text, not over a value
        stop = start + len(value)
        if stop < len(text) and (text[stop].isdigit() or text[stop] in "@_"):
            return []  # "Name: Anna_99", "given: A4": a login or a code, not a name
        if is_placeholder(value) or not self._names_a_person(kept):
            return []
        return [Span(start, stop, PERSON, SCORE, self.name)]

    def _name_pair(self, text: str, start: int) -> list[Span]:
        """The two names after a pair of name fields, with the comma between them."""
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        first = self._name(text, start, end, own_line=False)
        if not first:
            return []
        comma = re.compile(r"[ \t]*,[ \t]*").match(text, first[0].end, end)
        second = self._name(text, comma.end(), end, own_line=False) if comma else []
        if not second:
            return first
        return [Span(first[0].start, second[0].end, PERSON, SCORE, self.name)]

    def _names_a_person(self, words: list[str]) -> bool:
        """Not only ordinary words, unless one is a known name ("Required", "Test User")."""
        lexicon = Lexicon.load()
        return any(
            not lexicon.is_ordinary(word) or fold(word) in lexicon.names
            for word in words
            if not word.islower()
        )

    def _vcard(self, text: str) -> list[Span]:
        """The names of a vCard's `N:` (family;given;additional;prefixes;suffixes; each
        part a span) and `FN:` (the formatted name) lines."""
        spans: list[Span] = []
        for line in _VCARD_NAME.finditer(text):
            offset = line.start("v")
            parts = line["v"].split(";") if line["key"].upper() == "N" else [line["v"]]
            for part in parts[:3]:
                stripped = part.strip()
                if (
                    stripped
                    and not is_placeholder(stripped)
                    and self._names_a_person(stripped.split())
                ):
                    at = offset + part.index(stripped)
                    spans.append(Span(at, at + len(stripped), PERSON, SCORE, self.name))
                offset += len(part) + 1
        return spans
