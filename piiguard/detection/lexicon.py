"""Word lists for the masking policy: ordinary words, first names and surnames, places.

The NER model is uncased and was trained on synthetic text, so it puts PERSON (and now and
then ORGANIZATION) on ordinary words of other languages with high scores ("Combien",
"heure", "Fieber", "Donnerstag", "koorts", "stolik", "Bearbeitung"), calls the person a
message is sent to a place ("schick das an Benno Hartung" -> LOCATION), and cuts names
("Benno| Hartung"). No threshold fixes that; these lists do, read by the policy
(`piiguard.detection.policy`, which says when each rule applies).

**Ordinary words are not names** (`Lexicon.ordinary_phrase`). A span is an ordinary phrase
when every word in it is an ordinary word of en, de, fr, es, it, nl or pl:

- frequent in one of those languages (wordfreq Zipf frequency >= 3, about once per
  million words: "heure", "gorączkę", "Kundendienst"), and
- not a first name, surname or place in the name lists (Faker's names for the seven
  languages, the US Census and Social Security name lists, GeoNames cities and
  countries, Polish names in their declined forms): so "Rose", "Mark", "Will", "Hope",
  "Müller", "Fischer", "Koch", "Bauer", "Wolf", "Nowak", "Kowalskiej", "de Vries", "Nice",
  "Reading", "Split" are never ordinary. A rare name from the long lists does not save a
  very frequent word ("Ja", "Morgen" are words).

Words are compared case-folded; a word typed without accents is compared with the accents
removed (`fold`), so lowercase chat ("ich heiße rose") and chat without accents ("delai")
read the same, while a name with accents is not taken for a word without them ("Bašić" is
not "basic"). A span cut inside a word is judged by the whole word. Capital letters are
not used: German writes every noun with one. A one-letter word is an initial ("J. Stolik")
and keeps the span, unless it is an elided article ("l'heure"). Particles ("van", "de",
"von", "di", ...) count for neither side ("van leren" is ordinary; "van de" alone is left
to the model), except that a lowercase particle before a capitalised word is the shape of
a surname ("de Zwaan"). After a cue that introduces a person (`NAME_CUES`: "Mr", "Frau",
"Herr", "Madame", "señora", "signor", "mevrouw", "pani", "my name is", "ich heiße",
"je m'appelle", "me llamo", "mi chiamo", "ik heet", "nazywam się", ...) a span is never
ordinary: "Herr Koch", "my name is Hope".

**German nouns are not names** (`Lexicon.german_phrase`): in a German text (two words only
German writes, `Lexicon.german_text`), a span made only of ordinary words, German words only
a place protects ("Wand"), compounds of two German words (`german_words`, wordfreq Zipf >= 3
in German: "Kaffee|kapseln", "Liefer|schein") and pronouns of address ("Sie"), no word of it
a name, rare names included (`german_name_words`: "Müller", "Schulze", "Stecker" stay), and
after no cue, is not a name. What it costs: a rare surname that is a compound of two German
words ("Kessel|ring") named alone with no cue in a German text.

**A name, not a place** (`Lexicon.name_not_place`): some word is a known name and neither
a place nor a frequent word ("Benno Hartung"), and no word is a place and no name
("Madrid"). "Paris", "Florence" (names and places) and "Sommer" (a name and a word) are
not.

**The rest of a name** (`Lexicon.complete_name`): the known first names and surnames right
next to a name the model found ("Benno| Hartung", "Trudi |Flantz"), capitalised when the
text uses capitals ("Ask Anna will you" stays "Anna"; a text in capitals counts as one
without), the word after a particle at the span's end ("Maud van der| Leek"), and back
over one or two lowercase surname particles to a known name ("wout de| korte"; not over
"e", "y": "Anna e Rossi" are two people). `Lexicon.surname_after_particle` tells the
policy that a dropped "place" is such a surname.

**Names after a cue** (`Lexicon.cued_names`): after a title or introduction (`NAME_CUES`),
a word for someone one knows (`RELATION_WORDS`: "colleague", "Kollege", "collega",
"Tochter", "zus", "córka", ...) or sending to someone (`ADDRESSEE_WORDS`: "send it to",
"schick das an", ...), a known name that is no place ("Till", "Duuk") or two known names
("Centa Schwital"), and the capitalised name-like words after it, are a name the model
may have missed.

**Names of any origin** (`world_names`, `Lexicon.shaped_names`, `Lexicon.name_after_and`):
the first and last names from outside the seven languages (Faker's other locales, a
Vietnamese list) are parts of a name after a cue (capitalised: "mój kolega Vo Duc Thang"),
after an introduction any capitalised words that are no ordinary words are ("ik heet
Oluwaseun Adeyemi"); a line of its own made of two to four names ("Kees van Leeuwen",
"Nguyen Thi Mai"), a first name with surname particles ("María de la Cruz") and the second
of two people named together ("Le Thi Mai en Le Van Hung") are names by their shape. They
never make a word less ordinary: "Le", "Van", "Mai", "Long" stay words elsewhere.

**Names joined into one token** (`Lexicon.joined_name`, `Lexicon.camel_case_names`): the
other parts of a token joined by "-" or "." around a name the model found, when they are
known names and no ordinary words ("Anna-|Kowalski|"; not "Baden-Württemberg", "e-mail");
a word in camel case made of a first name (`first_names`) and one or two more names, one
of them no frequent word ("AnnaKowalski", "JanNowak"; not "PayPal", "BlackRock",
"MaxLen").

**Rarer words in lowercase** (`Lexicon.lowercase_word`, `lowercase_words`): the words
of the seven languages below the ordinary words' cut (wordfreq Zipf >= 2.2, about once in
six million words: "grisé", "caducó", "sortowni", "abgebucht") and the frequent ones only a
rare name or a place keeps from being ordinary ("falla", "karty"), none of them a known
name, a first name of any list, rare ones included ("kasia", "zosia"), or a declined
Polish surname ("zielińska"), are words when written in lowercase: `ordinary_phrase` takes
them, unless a known name is right beside the span ("tu kasia| wrobel"). The model is
uncased; a lowercase word it calls a name is a name when it is a known one.

**A word after a preposition** (`ordinary_phrase`): a lowercase word that is a name and a
frequent word ("sola"), after a lowercase particle that follows no name, in a text that
uses capitals, is a word ("Sono venuta da sola"; "Ik heb Wout de korte gebeld" keeps it).

What it costs: a private person whose name is only ordinary words, written alone with no
cue ("ask Nacht", "kader:"), is not masked. On the 3,000 given names and surnames of
presidio-evaluator's FakeNameGenerator sample (none used to build the lists), 1.2-1.7 %
of single names are ordinary words; no given name + surname pair is.

The lists are built offline by `python -m models.lexicon.build` (reproducible from pinned
package versions) and shipped in `data/` (see `data/README.md`: the ordinary words are
CC-BY-SA 4.0, derived from the wordfreq data). They are read lazily, once, on first use,
and searched in place (`WordList`): about 1 MB compressed, 10 MB in memory.

>>> lexicon = Lexicon.load()
>>> lexicon.ordinary_phrase("Combien de temps", 0, 7)
True
>>> lexicon.ordinary_phrase("ask Rose", 4, 8)
False
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from piiguard.detection.caseless import CaselessWords
from piiguard.exceptions import ModelLoadError

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl")
"""The languages whose ordinary words are in the list."""

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA / "ordinary_words.txt.gz"
FOLDED_FILE = "ordinary_words_folded.txt.gz"
NAMES_FILE = "names.txt.gz"
NAMES_ALSO_WORDS_FILE = "names_also_words.txt.gz"
FIRST_NAMES_FILE = "first_names.txt.gz"
PLACES_FILE = "places.txt.gz"
GERMAN_WORDS_FILE = "german_words.txt.gz"
GERMAN_MARKERS_FILE = "german_markers.txt.gz"
GERMAN_NAME_WORDS_FILE = "german_name_words.txt.gz"
LOWERCASE_WORDS_FILE = "lowercase_words.txt.gz"
TOP_WORDS_FILE = "top_words.txt.gz"
WORLD_NAMES_FILE = "world_names.txt.gz"
FUNCTION_WORDS_FILE = "function_words.txt.gz"
COMMON_WORDS_FILE = "common_words.txt.gz"

# Letters NFKD does not take apart.
_ASCII = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                        "œ": "oe", "ı": "i", "ŀ": "l"})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")

# Cues before a span that introduce a person: the span is a name whatever its words are.
NAME_CUES: tuple[str, ...] = (
    # titles
    "mr", "mrs", "ms", "miss", "mister", "dr", "prof", "sir", "madam", "herr", "herrn", "frau",
    "fräulein", "hr", "fr", "monsieur", "madame", "mademoiselle", "mme", "mlle", "m.",
    "señor", "señora", "señorita", "sr", "sra", "srta", "don", "doña", "signor", "signore",
    "signora", "signorina", "sig", "sig.ra", "dott", "dott.ssa", "meneer", "mevrouw",
    "mevr", "dhr", "mw", "pan", "pani", "panem", "panią", "pana", "panu", "państwo",
    # introductions (not "I am", "je suis", "sono": an adjective follows them as often)
    "my name is", "my name's", "name is", "name's", "call me", "ich heiße", "ich heisse",
    "mein name ist", "je m'appelle", "je m’appelle", "moi c'est", "mon nom est",
    "me llamo", "mi nombre es", "mi chiamo", "il mio nome è", "ik heet", "mijn naam is",
    "nazywam się", "mam na imię",
)  # fmt: skip
# Phrases that give a surname or a nickname: what follows is a name, whatever its origin
# ("el apellido es García-Pelayo", "tout le monde dit Guigui"), read by `cued_names` as
# introductions. Not cues for the other rules: a lowercase word after them is still a word
# ("il cognome è obbligatorio").
NAMING_PHRASES: tuple[str, ...] = (
    # the surname ("el apellido es García-Pelayo", "il cognome è Bianchi-Lombardo")
    "my surname is", "my last name is", "my family name is", "the surname is",
    "mein nachname ist", "der nachname ist", "mein familienname ist",
    "mon nom de famille est", "le nom de famille est", "mi apellido es", "el apellido es",
    "il mio cognome è", "il cognome è", "mijn achternaam is", "de achternaam is",
    "moje nazwisko to", "nazwisko to",
    # the name everyone uses: a nickname ("tout le monde dit Guigui", "tutti mi chiamano Totò")
    "everyone calls me", "everybody calls me", "they call me", "friends call me",
    "tout le monde dit", "tout le monde m'appelle", "tout le monde m’appelle",
    "alle nennen mich", "todos me llaman", "todos me dicen", "tutti mi chiamano",
    "iedereen noemt me", "iedereen noemt mij", "wszyscy mówią na mnie", "wszyscy mówią mi",
)  # fmt: skip
# A person the writer knows, a few words about them, then "is called": what follows is that
# person's name ("Mi casera en Ciudad de México se llama Guadalupe Hernández", "Mijn buurman
# op nummer 5 heet Wouter Bakker"). Without the person before it the verb names streets,
# towns and pets as often ("la calle se llama Gran Vía", "mein Hund heißt Bello").
IS_CALLED: tuple[str, ...] = (
    "is called", "is named", "heißt", "heisst", "s'appelle", "s’appelle", "se llama",
    "si chiama", "heet", "nazywa się", "ma na imię",
)  # fmt: skip
_IS_CALLED_WORD = CaselessWords(IS_CALLED)
# The introductions among them: what follows is the writer's name, whatever its origin, so
# capitalised words that are no ordinary words are taken ("ik heet Oluwaseun Adeyemi").
# Not "name is", "name's" alone: "my dog's name is Rocky".
_INTRODUCTIONS: frozenset[str] = (
    frozenset(NAME_CUES[NAME_CUES.index("my name is") :]) - {"name is", "name's"}
) | frozenset(NAMING_PHRASES)
_CUE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(NAME_CUES, key=len)[::-1])
    + r")\.?[\s,:]+$",
    re.IGNORECASE,
)
_CUE_WINDOW = 24

# Someone the writer knows through business, not privately: the writer's client, and the
# company's people a customer names ("Votre conseillère Sandrine", "your agent Kevin"). They
# are relation words too; a phone number after one is a business contact's (`phone`).
BUSINESS_CONTACT_WORDS: tuple[str, ...] = (
    "client", "kunde", "kundin", "cliente", "klant", "klient", "klientka",
    "agent", "advisor", "adviser", "consultant", "technician", "engineer", "mitarbeiter",
    "mitarbeiterin", "berater", "beraterin", "sachbearbeiter", "sachbearbeiterin",
    "techniker", "conseiller", "conseillère", "conseillere", "technicien", "technicienne",
    "asesor", "asesora", "agente", "técnico", "técnica", "tecnico", "consulente",
    "operatore", "operatrice", "medewerker", "medewerkster", "adviseur", "monteur",
    "konsultant", "konsultantka", "doradca", "doradczyni", "pracownik", "pracownica",
    "technik",
)  # fmt: skip
# Words for a person someone knows, in the seven languages: a known first name right after
# one of them is that person's name ("mein Kollege Hildegart Junitz", "Meine Tochter Till").
RELATION_WORDS: tuple[str, ...] = (
    # en
    "colleague", "coworker", "co-worker", "friend", "boss", "manager", "wife", "husband",
    "son", "daughter", "brother", "sister", "mother", "father", "mum", "mom", "dad",
    "neighbour", "neighbor", "partner", "girlfriend", "boyfriend", "cousin", "uncle",
    "aunt", "grandson", "granddaughter", "grandma", "grandpa", "landlord", "landlady",
    "flatmate", "roommate", "teammate",
    # de
    "kollege", "kollegin", "kollegen", "freund", "freundin", "chef", "chefin", "mann",
    "sohn", "tochter", "bruder", "schwester", "mutter", "vater", "nachbar", "nachbarin",
    "partnerin", "cousine", "onkel", "tante", "enkel", "enkelin", "oma", "opa",
    "vermieter", "vermieterin", "mitbewohner", "mitbewohnerin",
    # fr
    "collègue", "ami", "amie", "copain", "copine", "patron", "patronne", "femme", "mari",
    "fils", "fille", "frère", "sœur", "soeur", "mère", "père", "voisin", "voisine",
    "oncle", "propriétaire", "colocataire",
    # es
    "colega", "compañero", "compañera", "amigo", "amiga", "jefe", "jefa", "esposa",
    "esposo", "marido", "hijo", "hija", "hermano", "hermana", "madre", "padre", "vecino",
    "vecina", "primo", "prima", "tío", "tía", "novio", "novia", "abuela", "abuelo",
    # it
    "collega", "amico", "capo", "moglie", "figlio", "figlia", "fratello", "sorella",
    "cugino", "cugina", "zio", "zia", "fidanzato", "fidanzata", "nonna", "nonno",
    # nl
    "vriend", "vriendin", "baas", "vrouw", "zoon", "dochter", "broer", "zus", "moeder",
    "vader", "buurman", "buurvrouw", "oom", "huisgenoot",
    # pl
    "kolega", "koleżanka", "przyjaciel", "przyjaciółka", "szef", "szefowa", "żona", "mąż",
    "syn", "córka", "brat", "siostra", "matka", "ojciec", "sąsiad", "sąsiadka", "kuzyn",
    "kuzynka", "wujek", "ciocia", "babcia", "dziadek",
    # the flatmate, in the languages the lists above lack it in
    "compañero de piso", "compañera de piso", "compañero de cuarto", "compañera de cuarto",
    "coinquilino", "coinquilina", "huisgenote", "współlokator", "współlokatorka",
    "wspollokator", "wspollokatorka",
    # the landlord, in the languages the lists above lack it in
    "padrone di casa", "padrona di casa", "locatore", "casero", "casera", "arrendador",
    "huisbaas", "verhuurder", "verhuurster", "wynajmujący", "wynajmująca",
    # the writer's clients and the company's people (`BUSINESS_CONTACT_WORDS`)
    *BUSINESS_CONTACT_WORDS,
)  # fmt: skip
# Sending something to someone: what follows is a person or a place ("schick das an Benno
# Hartung", "send it to Leeds"), so it needs the same checks as a relation word.
ADDRESSEE_WORDS: tuple[str, ...] = (
    "send it to", "send this to", "send that to", "forward it to", "forward this to",
    "schick das an", "schick es an", "schicke es an", "schicken sie es an", "weiterleiten an",
    "envoie-le à", "envoie-la à", "envoyez-le à", "envoie ça à", "transfère-le à",
    "envíalo a", "envíala a", "mándalo a", "reenvíalo a", "mandalo a", "inviala a",
    "invialo a", "inoltralo a", "stuur het naar", "stuur dit naar", "stuur het door naar",
    "wyślij to do", "wyślij do", "prześlij to do", "prześlij do",
)  # fmt: skip
# Who holds an account or a card: what follows is that person ("właściciel Kazimierz
# Cłapa", "titulaire Lucie Monnier", "name on the account Philip Fitzgerald").
HOLDER_WORDS: tuple[str, ...] = (
    "account holder", "account holder name", "name on the account", "name on account",
    "name on the card", "name on card", "cardholder", "card holder",
    "kontoinhaber", "kontoinhaberin", "karteninhaber", "karteninhaberin", "inhaber",
    "inhaberin", "titulaire", "titulaire du compte", "titulaire de la carte", "titular",
    "titular de la cuenta", "titular de la tarjeta", "intestatario", "intestataria",
    "intestato a", "intestata a", "titolare", "titolare del conto", "rekeninghouder",
    "kaarthouder", "ten name van", "t.n.v.", "tnv", "a nombre de", "au nom de",
    "auf den namen", "a nome di", "na nazwisko", "właściciel", "właścicielka", "właściciel konta",
    "właściciel rachunku", "posiadacz", "posiadaczka", "posiadacz karty",
    "posiadacz rachunku",
)  # fmt: skip
_CUES: tuple[str, ...] = tuple(
    sorted({*NAME_CUES, *RELATION_WORDS, *ADDRESSEE_WORDS, *HOLDER_WORDS}, key=len)[::-1]
)
"""Every cue, longest first: at one position the first alternative that matches wins."""


def cue_alternation(cues: Iterable[str]) -> str:
    """A regex alternation of `cues` in their order, each space in one read as any run
    of white space ("my  colleague")."""
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)


def _cue_regex(cues: Sequence[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:" + cue_alternation(cues) + r")\.?[ \t,:]+(?=[^\W\d_])",
        re.IGNORECASE,
    )


_CUED = _cue_regex(_CUES)
# The person, then up to six words in the same clause, then the verb.
_PERSON_IS_CALLED = re.compile(
    r"(?<![\w-])(?:"
    + cue_alternation(sorted(RELATION_WORDS, key=len)[::-1])
    + r")(?:[ \t]+[^\s.!?;:,]+){0,6}?[ \t]+(?:"
    + cue_alternation(IS_CALLED)
    + r")[ \t]+(?=[^\W\d_])",
    re.IGNORECASE,
)
# The surname and nickname phrases, read by `cued_names` only, and only in a text with one
# of their words (`_NAMING_WORDS`): most texts pay a few substring tests for them.
_NAMING = _cue_regex(sorted(NAMING_PHRASES, key=len)[::-1])
_NAMING_WORDS: tuple[str, ...] = (
    "surname", "last", "family", "nachname", "famille", "apellido", "cognome", "achternaam",
    "nazwisko", "call", "monde", "nennen", "llaman", "dicen", "chiamano", "noemt", "mnie",
    "mówią",
)  # fmt: skip
# The same words as one search (a text is searched once, not once a word), in the lower-
# cased text (`CaselessWords`: an IGNORECASE alternation tries every word at every place).
_NAMING_WORD = CaselessWords(_NAMING_WORDS)
# Every cue starts with a letter. At a word start only the cues whose first letter matches
# the text's letter (as IGNORECASE matches it) can match, so `_cues_in` tries those alone,
# in the same order: the same matches as `_CUED.finditer`, without trying some 270
# alternatives at every word.
_CUED_BY_FIRST: dict[str, re.Pattern[str]] = {
    first: _cue_regex([c for c in _CUES if c[0] == first]) for first in {c[0] for c in _CUES}
}
_FIRST_LETTERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (first, re.compile(re.escape(first), re.IGNORECASE)) for first in sorted(_CUED_BY_FIRST)
)
# A word start where a cue may begin: its letter matches a cue's first letter as
# IGNORECASE matches it (what `_cue_pattern` tests), so `_cues_in` skips the other words
# without a call each.
_CUE_START = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(first) for first in sorted(_CUED_BY_FIRST)) + ")",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _cue_pattern(char: str) -> re.Pattern[str] | None:
    """The cues that may start at a word starting with `char` (None: none can)."""
    firsts = [first for first, pattern in _FIRST_LETTERS if pattern.fullmatch(char)]
    if not firsts:
        return None
    return _CUED_BY_FIRST[firsts[0]] if len(firsts) == 1 else _CUED


def _cues_in(text: str) -> Iterator[re.Match[str]]:
    """`_CUED.finditer(text)`, trying only the cues that can start at each word."""
    pos = 0
    while (word := _CUE_START.search(text, pos)) is not None:
        start = word.start()
        pattern = _cue_pattern(text[start])
        cue = pattern.match(text, start) if pattern is not None else None
        if cue is None:
            pos = start + 1
            continue
        yield cue
        pos = cue.end()


_TITLES: frozenset[str] = frozenset(c for c in NAME_CUES if " " not in c)
# The words for someone one knows or who holds an account: a first name that is a word too
# is a name after them when written as one ("my son Will").
_KNOWN_PERSON_KEYS: frozenset[str] = frozenset(
    " ".join(c.split()) for c in (*RELATION_WORDS, *HOLDER_WORDS)
)


def _after_title(cue: str) -> bool:
    """Whether the matched cue text is a title ("Dr.", "Herr"), not a phrase."""
    return _title_key(cue) in _TITLES


def _title_key(cue: str) -> str:
    return cue.strip(" \t,:.").casefold()


# Titles that brands and characters are named with ("Dr. Oetker", "Dr Pepper", "Don
# Quijote", "Miss Sixty", "Sir Kensington's"): one word after them is left to the model.
# After a title of address ("Herr Becker", "Mme Lefèvre", "pan Nowak") one known name is a
# person's, a word too or not ("Herr Becker", "Frau Koch").
_BRAND_TITLES: frozenset[str] = frozenset(
    {"dr", "prof", "sir", "don", "doña", "miss", "mister", "madam", "mr", "mrs"}
)


_CUED_WORD = re.compile(r"([^\W\d_]+(?:[-'’][^\W\d_]+)?)(?![\w'’-])")
_MAX_CUED_WORDS = 3

# Particles of names and places: they neither make a span ordinary nor a name ("de Vries",
# "van leren", "Frankfurt am Main").
PARTICLES: frozenset[str] = frozenset({
    "van", "von", "vom", "zu", "am", "de", "der", "den", "het", "ten", "ter", "di", "da",
    "del", "della", "dei", "degli", "du", "des", "la", "le", "les", "el", "los", "las", "y",
    "e", "do", "dos", "das", "af", "al", "bin", "ibn",
})  # fmt: skip

# The particles inside a surname, as written between a first name and the rest ("wout de
# korte", "Maud van der Leek"); not "y", "e" ("Anna e Marco": two people).
_SURNAME_PARTICLES: frozenset[str] = frozenset({
    "van", "von", "vom", "zu", "de", "der", "den", "ten", "ter", "di", "da", "del", "della",
    "dei", "degli", "du", "des", "la", "le", "dos", "das", "do", "af", "bin", "ibn",
})  # fmt: skip


def fold(text: str) -> str:
    """`text` case-folded, with accents removed: "Gorączkę" -> "goraczke"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_ASCII))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """The words (runs of letters) of `text`, as written."""
    return _WORD.findall(text)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` moved out to the edges of the words they cut."""
    while start > 0 and text[start - 1].isalpha() and text[start].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
        end += 1
    return start, end


_OPENING = re.compile(r"(?:^|[.!?:;\n])[\s\"'“”‘’«»„(¿¡*-]*$")


def sentence_start(text: str, start: int) -> bool:
    """Whether `start` opens the text or a sentence (after ". ", "? ", a new line, "¿",
    opening quotes or brackets): where a capital says nothing of a name."""
    return _OPENING.search(text, max(0, start - 12), start) is not None


def phrases(*groups: Sequence[str]) -> str:
    """A regex alternation of the words and phrases of `groups`, longest first, a phrase's
    spaces matching any run of white space.

    >>> print(phrases(("my name is", "name")))
    my\\s+name\\s+is|name
    """
    words = sorted({w for group in groups for w in group}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=16)
def uses_capitals(text: str) -> bool:
    """Whether `text` is written with capital letters where they belong: some, but not
    most of its letters (a text in capitals tells names from words no better than one in
    lowercase). Cached: the rules ask it once per span of the same text."""
    upper = lower = 0
    for c in text:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    return 0 < upper < lower


def is_handle(text: str, start: int) -> bool:
    """Whether the word at `start` is a public handle: right after an "@" that follows no
    word or address character ("@sarah_designs"; not "anna@example.org")."""
    return (
        start > 0
        and text[start - 1] == "@"
        and (start < 2 or not (text[start - 2].isalnum() or text[start - 2] in "._%+-@"))
    )


_HANDLE_CHAR = re.compile(r"[\w.-]")


def handle_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the handle without its "@" (`is_handle`) that `text[start:end]` lies
    in ("@|sarah|_designs" -> "sarah_designs"), or None.

    >>> handle_bounds("ask @sarah_designs.", 5, 10)
    (5, 18)
    """
    first = start
    while first > 0 and _HANDLE_CHAR.match(text, first - 1):
        first -= 1
    if not is_handle(text, first):
        return None
    last = max(end, first)
    while last < len(text) and _HANDLE_CHAR.match(text, last):
        last += 1
    while last > end and text[last - 1] in ".-":
        last -= 1  # a full stop after the handle ends the sentence
    return (first, last) if first < last else None


def has_name_cue(text: str, start: int = 0) -> bool:
    """Whether `text` from `start` has a cue that introduces a person (`NAME_CUES`)."""
    return next(_cues_in(text[start:] if start else text), None) is not None


def name_cue_ends(text: str, start: int = 0) -> Iterator[int]:
    """Where each cue that introduces a person (`NAME_CUES`) in `text` from `start` ends.

    >>> list(name_cue_ends("thanks, my name is Ola"))
    [19]
    """
    for cue in _cues_in(text[start:] if start else text):
        yield start + cue.end()


def after_cue(text: str, start: int) -> bool:
    """Whether any cue that introduces a person (a title or introduction, `NAME_CUES`; a
    relation word, `RELATION_WORDS`; sending to someone, `ADDRESSEE_WORDS`; an account's
    holder, `HOLDER_WORDS`) comes right before `start`: "Herr |Zwolle|", "my wife |Tore
    Prokop|", "stuur het naar |Semender|"."""
    lo = max(0, start - _CUE_WINDOW * 2)
    return any(m.end() == start for m in _CUED.finditer(text, lo, start + 1))


_CUE_KEYS: frozenset[str] = frozenset(fold(c).rstrip(".") for c in _CUES)


def is_cue(value: str) -> bool:
    """Whether `value` is one of the cues itself ("t.n.v.", "Herr", "titulaire"): a word
    that introduces a person is not that person."""
    return fold(value).rstrip(".") in _CUE_KEYS


def after_name_cue(text: str, start: int) -> bool:
    """Whether a cue that introduces a person (`NAME_CUES`) comes right before `start`."""
    return _CUE.search(text[max(0, start - _CUE_WINDOW) : start]) is not None


def particles_after_title(text: str, start: int) -> int | None:
    """Where the surname starts when one or two of its particles come between a title and
    `start` ("mevrouw de| Vries", "Frau von| Stein", "pan de| Vries"), else None.
    `complete_name` asks it only for a capitalised word or in a text without capitals
    ("meneer de| bedrijfsleider" is a role)."""
    at, first = start, None
    for _ in range(2):
        match = _PREVIOUS_WORD.search(text, max(0, at - 40), at)
        if match is None:
            return None
        if match[1] in _SURNAME_PARTICLES:
            at = first = match.start(1)
            continue
        return first if first is not None and match[1].casefold() in _TITLES else None
    match = _PREVIOUS_WORD.search(text, max(0, at - 40), at)
    return first if match is not None and match[1].casefold() in _TITLES else None


# The last parts of German names of places and people ("Westen|dorf", "Rosen|berg",
# "Grün|wald"): a compound ending in one is no common noun.
_NAME_HEADS: frozenset[str] = frozenset({
    "dorf", "stadt", "städt", "berg", "burg", "feld", "felde", "bach", "heim", "hausen",
    "stein", "wald", "brunn", "brück", "brücke", "born", "kamp", "kirch", "kirchen", "mühle",
    "hagen", "horst", "rode", "roth", "rath", "beck", "busch", "hof", "hofen", "ingen",
    "leben", "see", "tal", "thal", "furt", "haus", "bauer", "meister", "schmied", "hardt",
    "hart", "rich", "bert", "fried", "mund", "brand", "hold", "wart", "werth", "wert",
})  # fmt: skip
# Pronouns German writes with a capital when it addresses someone: never a name there.
# The endings of German nouns' forms (plural, genitive, derivation): a rarer word the name
# lists lack is read as a noun only with one ("Anhäng|e|", "Absend|en|", "Formular|s|").
_GERMAN_NOUN_END = re.compile(r"(?:e|en|er|ern|es|s|ung|heit|keit|schaft|ion|nis|tum|chen)$")
_GERMAN_PRONOUNS: frozenset[str] = frozenset({
    "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "du", "dich", "dir",
    "dein", "deine", "euch", "euer", "eure",
})  # fmt: skip


class WordList:
    """A sorted list of words, one a line, searched in place by bisection: a few MB for the
    shipped lists where sets of the same words take ten times that, and nothing to build
    when they are read.

    >>> "heure" in WordList.of(["délai", "heure"])
    True
    """

    __slots__ = ("_count", "_text")

    def __init__(self, text: str) -> None:
        """`text`: the words, one a line, sorted (code point order), each line ended by a
        newline."""
        if text and not text.endswith("\n"):
            raise ValueError("a word list ends with a newline")
        self._text = text
        self._count = text.count("\n")

    @classmethod
    def of(cls, words: Iterable[str]) -> WordList:
        """The list of `words` (sorted and deduplicated here)."""
        unique = sorted({w for w in words if w and "\n" not in w})
        return cls("".join(w + "\n" for w in unique))

    def __len__(self) -> int:
        return self._count

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        text = self._text
        lo, hi = 0, len(text)  # the lines that start in [lo, hi) are left to search
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1
            end = text.index("\n", start)
            line = text[start:end]
            if line == word:
                return True
            if line < word:
                lo = end + 1
            else:
                hi = start
        return False


_EMPTY = WordList("")


@dataclass(frozen=True, repr=False)
class Lexicon:
    """Ordinary words, names and place words, with the rules of the module docstring.

    `words` are case-folded with their accents; `folded` are the accented ones folded. A
    word written with accents or special letters must match exactly ("Bašić" is not
    "basic", "Ström" not "Strom"); one written in plain ASCII matches folded ("delai" is
    "délai", "goraczke" is "gorączkę"), since chat often drops accents.
    """

    words: WordList
    folded: WordList
    names: WordList = _EMPTY
    """First names and surnames (folded): Faker's for the seven languages, common US ones."""
    places: WordList = _EMPTY
    """The words of place names (folded): GeoNames cities over 15,000 people, countries."""
    names_also_words: WordList = _EMPTY
    """Names that are frequent words too ("Koch", "Sommer", "Will", "Rose"): only their
    capital letter tells them apart."""
    first_names: WordList = _EMPTY
    """The first names among `names` (Faker's first names, the US Census first-name lists,
    the US baby names): a name joined in camel case starts with one ("AnnaKowalski"; not
    "BlackRock": "Black" is a surname only)."""
    german_words: WordList = _EMPTY
    """Words frequent in German (case-folded, accents kept), names and places not taken
    out: `german_phrase` reads them, and makes compounds of them."""
    german_name_words: WordList = _EMPTY
    """The `german_words` a name protects, rare names included ("stecker", "schulze",
    "möller"): they stay names in German text."""
    german_markers: WordList = _EMPTY
    """Words only German writes ("nicht", "und", "bitte", "bestellung"): `german_text`."""
    lowercase_words: WordList = _EMPTY
    """Words (folded) below the ordinary words' frequency cut, or kept from them only by a
    rare name or a place, and in no name list ("grise", "caduco", "sortowni", "falla"):
    written in lowercase, words (`lowercase_word`)."""
    top_words: WordList = _EMPTY
    """"lang:word" (case-folded) for the 300 most frequent words of each of the seven
    languages, names among them ("nl:dan", "es:pero", "fr:elle"): `language_of`."""
    world_names: WordList = _EMPTY
    """First names and surnames from outside the seven languages not in `names` (folded:
    Faker's other locales, Vietnamese names): parts of a name only after a cue, on a line
    of its own or beside other names (`cued_names`, `shaped_names`), never a reason to
    take a word for no ordinary word ("Le", "Van", "Mai")."""
    function_words: WordList = _EMPTY
    """"lang:word" (case-folded) for the function words of each of the seven languages
    (spaCy's stop words, less the rarer ones that are names: "it:dalla", "pl:mnie",
    "nl:van"): `function_word`."""
    common_words: WordList = _EMPTY
    """"lang:word" (case-folded) for the words frequent in each language (wordfreq Zipf >=
    4, and 1.5 more than in English) that are no first name or surname of that language's
    own (Faker's locales of it) and not among its 300 commonest ("it:campo", "fr:forme",
    "pl:dane"; not "fr:marie", "nl:jan"): `common_word`."""

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """The shipped lists (read once and cached), or the ones in `path`'s folder."""
        return _load(path) if path else _shipped()

    @classmethod
    def of(cls, words: Iterable[str], names: Iterable[str] = (), places: Iterable[str] = (),
           names_also_words: Iterable[str] = (), first_names: Iterable[str] = (),
           german_words: Iterable[str] = (), german_markers: Iterable[str] = (),
           german_name_words: Iterable[str] = (),
           lowercase_words: Iterable[str] = (),
           top_words: Iterable[str] = (),
           world_names: Iterable[str] = (),
           function_words: Iterable[str] = (),
           common_words: Iterable[str] = ()) -> Lexicon:  # fmt: skip
        """A lexicon of the given ordinary words, names and place words (`first_names` are
        names too)."""
        exact = {unicodedata.normalize("NFC", w.casefold()) for w in words}
        first = {fold(n) for n in first_names}
        return cls(
            WordList.of(exact),
            WordList.of(fold(w) for w in exact if not w.isascii()),
            WordList.of({*(fold(n) for n in names), *first}),
            WordList.of(fold(p) for p in places),
            WordList.of(fold(n) for n in names_also_words),
            WordList.of(first),
            german_words=WordList.of(
                unicodedata.normalize("NFC", w.casefold()) for w in german_words
            ),
            german_name_words=WordList.of(
                unicodedata.normalize("NFC", w.casefold()) for w in german_name_words
            ),
            german_markers=WordList.of(
                unicodedata.normalize("NFC", w.casefold()) for w in german_markers
            ),
            lowercase_words=WordList.of(fold(w) for w in lowercase_words),
            top_words=WordList.of(unicodedata.normalize("NFC", w.casefold()) for w in top_words),
            world_names=WordList.of(fold(n) for n in world_names),
            function_words=WordList.of(
                unicodedata.normalize("NFC", w.casefold()) for w in function_words
            ),
            common_words=WordList.of(
                unicodedata.normalize("NFC", w.casefold()) for w in common_words
            ),
        )

    def __repr__(self) -> str:
        return (
            f"Lexicon({len(self.words)} words, {len(self.names)} names, "
            f"{len(self.places)} place words)"
        )

    def is_ordinary(self, word: str) -> bool:
        """Whether `word` is an ordinary word (not a name or place in the name lists)."""
        if word.isascii():
            key = word.casefold()
            return key in self.words or key in self.folded
        return unicodedata.normalize("NFC", word.casefold()) in self.words

    def lowercase_word(self, word: str) -> bool:
        """Whether `word`, written in lowercase, is a word: an ordinary one, or one of the
        rarer words and forms (`lowercase_words`: "grisé", "caducó", "sortowni",
        "abgebucht"). A name typed in lowercase is a known name ("anna", "kowalska") or
        is none of these."""
        return word.islower() and (self.is_ordinary(word) or fold(word) in self.lowercase_words)

    def beside_name(self, text: str, start: int, end: int) -> bool:
        """Whether a known name stands right before `start` (over up to two lowercase
        particles) or right after `end`."""
        return self._beside_name(text, start, end)

    def _beside_name(self, text: str, start: int, end: int) -> bool:
        """Whether the word right before `start` (over up to two lowercase particles:
        "Mario di |pietrantonio|") or right after `end` is a known name."""
        before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        for _ in range(2):
            if before is None or before[1] not in _SURNAME_PARTICLES:
                break
            before = _PREVIOUS_WORD.search(text, max(0, before.start(1) - 40), before.start(1))
        after = _NEXT_WORD.match(text, end)
        over_particle = False
        for _ in range(2):  # "carecemos |de| ellos": a particle is no name beside the word
            if after is None or after[1] not in _SURNAME_PARTICLES:
                break
            after = _NEXT_WORD.match(text, after.end(1))
            over_particle = True
        if (
            over_particle
            and after is not None
            and after[1].islower()
            and fold(after[1]) in self.names_also_words
        ):
            after = None  # "cochez la |case|": a word that is a surname too, in lowercase
        return any(
            m is not None
            and len(m[1]) > 1
            and fold(m[1]) in self.names
            and not self._common_neighbour(text, m, after=m is after and not over_particle)
            for m in (before, after)
        )

    def _common_neighbour(self, text: str, match: re.Match[str], *, after: bool) -> bool:
        """Whether the neighbouring word `match` is one of the commonest words of the
        text's language, written in lowercase right after the word ("quieres
        |deshabilitar| esta tarea": "esta" is a first name too) or opening the sentence
        before it ("El |pingüino incuba|"). A lowercase word before it is not judged so:
        that is where a first name stands before a surname ("con |pietrantonio| de
        rossi", "tu kasia| wrobel")."""
        word = match[1]
        opening = word[1:].islower() and sentence_start(text, match.start(1))
        if not ((after and word.islower()) or (not after and opening)):
            return False
        language = self.language_of(text)
        return language is not None and self.top_word(word, language)

    def top_word_anywhere(self, word: str) -> bool:
        """Whether `word` is one of the 300 most frequent words of any of the languages."""
        return any(self.top_word(word, language) for language in LANGUAGES)

    def function_word(self, word: str, language: str) -> bool:
        """Whether `word` is a function word of `language` (an article, pronoun,
        preposition, conjunction, negation or auxiliary: `function_words`).

        >>> Lexicon.load().function_word("dalla", "it"), Lexicon.load().function_word("dalla", "en")
        (True, False)
        """
        return f"{language}:{unicodedata.normalize('NFC', word.casefold())}" in self.function_words

    def common_word(self, word: str, language: str) -> bool:
        """Whether `word` is a frequent word of `language` that is no name of that
        language's own (`common_words`), or one of its 300 commonest (`top_word`).

        >>> lexicon = Lexicon.load()
        >>> lexicon.common_word("campo", "it"), lexicon.common_word("marie", "fr")
        (True, False)
        """
        return self.top_word(word, language) or (
            f"{language}:{unicodedata.normalize('NFC', word.casefold())}" in self.common_words
        )

    def top_word(self, word: str, language: str) -> bool:
        """Whether `word` is one of the 300 most frequent words of `language`."""
        return f"{language}:{unicodedata.normalize('NFC', word.casefold())}" in self.top_words

    def language_of(self, text: str, start: int = 0, end: int = 0) -> str | None:
        """The language of the seven whose commonest words (`top_words`) `text` holds most
        of, `text[start:end]` left out: three different ones at least and more than any
        other language's ("groter zijn dan het einde": nl); None when no language leads."""
        counts = dict.fromkeys(LANGUAGES, 0)
        for first, last, languages in _top_words_in(self.top_words, text):
            if start <= first and last < end:
                continue  # the word is only inside the span
            for language in languages:
                counts[language] += 1
        best = max(counts.values())
        leaders = [language for language, n in counts.items() if n == best]
        return leaders[0] if best >= _LANGUAGE_MIN_WORDS and len(leaders) == 1 else None

    def inflected_word(self, word: str) -> bool:
        """Whether `word`, written in lowercase and in no list (no name, no place, no
        word), is a form of a word the lists hold or two of them joined: the lists stop at
        a frequency, and a language's rarer forms of a word fall below it ("coch|é" of
        "cocher", "annidat|i" of "annida", "ukośnik|a", "myślnik|i"; "nijlpaard|botten").
        Both the word and the known form have five letters or more (`_STEM`), and a
        joined word is two words of four letters or more; a form of a name is a name
        ("kowalska" of "kowalski"), and a name the lists lack changes no ending into a
        word ("okonkwo", "semender")."""
        if not word.islower() or len(word) < _STEM:
            return False
        key = fold(word)
        if key in self.names or key in self.places or self.lowercase_word(word):
            return False
        forms = [key[:-cut] + ending for cut in range(1, 4) for ending in _ENDINGS]
        forms = [f for f in forms if len(f) >= _STEM and f != key]
        if any(f in self.names for f in forms):
            return False  # "kowalska" of "kowalski": a form of a name is a name
        if any(self._known_word(f) for f in forms):
            return True
        return any(
            self._known_word(key[:cut]) and self._known_word(key[cut:])
            for cut in range(4, len(key) - 3)
        )

    def _known_word(self, key: str) -> bool:
        """Whether the folded `key` is an ordinary word or a rarer one, and no name."""
        return key not in self.names and (
            key in self.words or key in self.folded or key in self.lowercase_words
        )

    def lowercase_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` (as whole words) is a phrase of words, not a name
        written in lowercase: two words or more, all lowercase, in a text that uses
        capitals (so names there are written with one), one of them an ordinary word and
        every other one an ordinary word, a particle, a place or a surname that is a
        frequent word too ("fermé sans réponse", "tan sincero", "ogni massa"), after no cue
        for a person. Not when a word is a first name, a name only or an unknown word
        ("lesley luna", "chiara faust", "ben and jan", "son axe")."""
        start, end = whole_words(text, start, end)
        words = _WORD.findall(text, start, end)
        if len(words) < 2 or not uses_capitals(text) or not all(w.islower() for w in words):
            return False
        ordinary = False
        for word in words:
            key = fold(word)
            if self.is_ordinary(word):
                ordinary = True
            elif not (
                len(key) < 2
                or key in PARTICLES
                or (key in self.names_also_words and key not in self.first_names)
                or (key in self.places and key not in self.names)
            ):
                return False
        return ordinary and not after_cue(text, start)

    def ordinary_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` (taken as whole words) is made only of ordinary words
        and comes after no cue that introduces a person."""
        start, end = whole_words(text, start, end)
        matches = list(_WORD.finditer(text, start, end))
        for k, match in enumerate(matches):
            word = match[0]
            if len(word) == 1:
                if text[match.end() : match.end() + 1] in ("'", "’"):
                    continue  # an elided article: l'heure, d'accord
                if 0 < k < len(matches) - 1 and word.islower() and self.top_word_anywhere(word):
                    continue  # "continuación |y| le enviaremos": a conjunction inside
                return False  # an initial
            if fold(word) in PARTICLES:
                if word.islower() and k + 1 < len(matches) and matches[k + 1][0][0].isupper():
                    return False  # "de Zwaan", "van den Oord": a surname's particle
                continue
            if self.is_ordinary(word) or self._word_after_preposition(text, start, matches, k):
                continue
            # a form the lists lack ("annidati") only where names are written with capitals
            # (a whole token: "trely|1962" is a handle)
            inflected = (
                uses_capitals(text)
                and not _GLUED.match(text, match.end())
                and not _GLUED_BEFORE.search(text, 0, match.start())
                and self.inflected_word(word)
            )
            opening = (
                k == 0
                and word[1:].islower()
                and sentence_start(text, match.start())
                and (
                    (self.lowercase_word(word.lower()) and fold(word) not in self.places)
                    or self._common_opening(text, start, end, matches)
                )
            )  # "|Introduzca| su dirección", "|Żądana| strona": the capital says nothing
            # (a place is left to the place rules: "Nice", "Reading", "Split")
            if not (self.lowercase_word(word) or inflected or opening) or self._beside_name(
                text, start, end
            ):
                return False  # "tu kasia| wrobel": a rarer word beside a name is one too
        judged = [m for m in matches if len(m[0]) > 1 and fold(m[0]) not in PARTICLES]
        # a span of particles only ("da" of "fabienne da costa") is left to the model
        return bool(judged) and not after_name_cue(text, start)

    def _common_opening(
        self, text: str, start: int, end: int, matches: Sequence[re.Match[str]]
    ) -> bool:
        """Whether the span's first word, opening a sentence, is one of the commonest words
        of the language the rest of the text is in, and every later word of the span is
        lowercase: "|In de volgende| stap" (Dutch "in", a first name too). A span of that
        word alone is not judged so ("Dan heeft gebeld")."""
        if len(matches) < 2 or not all(m[0].islower() for m in matches[1:]):
            return False
        language = self.language_of(text, start, end)
        return language is not None and self.top_word(matches[0][0], language)

    def german_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` (as whole words) is German nouns, not a name, in a
        German text (`german_text`): German writes every noun with a capital, so the model
        takes nouns for names ("Lieferschein", "Kaffeekapseln", "Sie sind"). Every word an
        ordinary word, a German word only a place protects (`german_words`: "Wand"), a
        compound of two German words that is no frequent word itself ("Kaffee|kapseln",
        "Liefer(n)|schein") or a pronoun of address ("Sie", "Ihnen"); none a name, rare
        names included (`german_name_words`: "Müller", "Schulze", "Stecker" stay); after
        no cue for a person ("Herr Wand", "mein Kollege Wand")."""
        start, end = whole_words(text, start, end)
        words = _WORD.findall(text, start, end)
        if not words:
            return False
        for k, word in enumerate(words):
            if word.islower() and fold(word) in PARTICLES and k + 1 < len(words):
                following = words[k + 1]
                if (
                    fold(following) in self.names
                    or unicodedata.normalize("NFC", following.casefold()) in self.german_name_words
                ):
                    return False  # "ten Pas", "von Stein": a surname's particle
                continue  # "Absenden |des| Formulars": a genitive article before a noun
            key = unicodedata.normalize("NFC", word.casefold())
            if key in _GERMAN_PRONOUNS:
                continue
            if len(key) < 2 or fold(key) in self.names or key in self.german_name_words:
                return False
            if not (
                key in self.german_words
                or self.is_ordinary(word)
                or self.german_compound(key)
                # a rarer word no name list holds, shaped like a German noun ("Anhänge",
                # "Absenden", "Formulars"; not "Bondarenko")
                or (fold(key) in self.lowercase_words and _GERMAN_NOUN_END.search(key) is not None)
            ):
                return False
        return self.german_text(text, start, end) and not after_cue(text, start)

    def german_text(self, text: str, start: int = 0, end: int = 0) -> bool:
        """Whether `text`, outside `text[start:end]`, has two different words only German
        writes (`german_markers`: "nicht", "und", "bitte", "zeigt", ...)."""
        seen: set[str] = set()
        for match in _WORD.finditer(text):
            if start <= match.start() < end:
                continue
            word = unicodedata.normalize("NFC", match[0].casefold())
            if word not in seen and word in self.german_markers:
                seen.add(word)
                if len(seen) >= 2:
                    return True
        return False

    def german_compound(self, key: str) -> bool:
        """Whether the case-folded word is two German words joined (`german_words`; the
        first maybe with a joining "s", "n", "en" or without its "e", "n", "en": "kaffee|
        kapseln", "liefer|schein", "garantie|karte"), both of four letters or more and no
        name ("Stein|meier", "Linde|mann", "Andre|assen"), the second no end of names of
        places and families ("Westen|dorf", "Rosen|berg"), the word itself no frequent
        word (judged as one)."""
        if len(key) < 8 or fold(key) in self.names or key in self.german_words:
            return False
        for cut in range(4, len(key) - 3):
            head, first = key[cut:], key[:cut]
            if head not in self.german_words or fold(head) in self.names:
                continue
            if head in _NAME_HEADS:
                return False  # "Diesen|dorf", "Neu|stadt": names of places and people
            if fold(first) in self.names:
                return False
            forms = {first, first + "e", first + "n", first + "en"}
            if first[-1] in "sn":
                forms.add(first[:-1])
            if first.endswith("en"):
                forms.add(first[:-2])
            if any(len(f) >= 4 and f in self.german_words and fold(f) not in self.names
                   for f in forms):  # fmt: skip
                return True
        return False

    def _word_after_preposition(
        self, text: str, start: int, matches: list[re.Match[str]], k: int
    ) -> bool:
        """Whether the `k`-th word of a span is a lowercase word-and-name ("sola") as the
        span's first word, in a text that uses capitals (so names are written with one),
        after a lowercase particle that follows no name: a preposition there ("Sono venuta
        da sola"), not a surname's particle ("Ik heb wout de korte gebeld")."""
        word = matches[k][0]
        if k or not word.islower() or fold(word) not in self.names_also_words:
            return False
        if not uses_capitals(text):
            return False
        particle = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if particle is None or particle[1] not in _SURNAME_PARTICLES:
            return False
        before = _PREVIOUS_WORD.search(text, max(0, particle.start(1) - 40), particle.start(1))
        return before is None or fold(before[1]) not in self.names

    def name_not_place(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` reads as a person's name rather than a place: some word
        is a known name and neither a known place nor a frequent word ("Benno Hartung",
        "Bryan Hoekstra"), and no word is a known place and no name ("Madrid", "New York").
        "Florence", "Paris" (names and places) and "Sommer" (a name and a word) are not."""
        start, end = whole_words(text, start, end)
        name_only = False
        for word in _WORD.findall(text, start, end):
            key = fold(word)
            if len(key) < 2 or key in PARTICLES:
                continue
            is_name, is_place = key in self.names, key in self.places
            if is_place and not is_name:
                return False
            name_only = name_only or (is_name and not is_place and key not in self.names_also_words)
        return name_only

    def place_not_name(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` reads as a place rather than a person's name (the
        mirror of `name_not_place`): some word is a known place and no known name, every
        other word is such a place, an ordinary word or a particle, and no word is a known
        name or an unknown word (an unlisted surname). "Torino", "Zwolle", "Londra" are;
        "Anna Torino", "Paris" (a first name too), "Hartung", "J. Zwolle" are not."""
        start, end = whole_words(text, start, end)
        place_only = False
        for word in _WORD.findall(text, start, end):
            key = fold(word)
            if len(key) < 2:
                return False  # an initial
            if key in PARTICLES:
                continue
            if key in self.names:
                return False
            if key in self.places:
                place_only = True
            elif not self.is_ordinary(word):
                return False
        return place_only

    def all_places(self, text: str, start: int, end: int) -> bool:
        """Whether every word of `text[start:end]` (as whole words; particles aside) is a
        place word, names that are places too included ("Palma", "Nice", "Den Haag")."""
        start, end = whole_words(text, start, end)
        words = [w for w in _WORD.findall(text, start, end) if fold(w) not in PARTICLES]
        return bool(words) and all(len(w) > 1 and fold(w) in self.places for w in words)

    def surname_after_particle(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` is the end of a surname: one or two words, no known
        place that is no name, after a known first name and a particle ("wout de |korte|",
        "Maud van der |Leek|"; not "Sara da |Roma|")."""
        start, end = whole_words(text, start, end)
        words = _WORD.findall(text, start, end)
        if not 1 <= len(words) <= 2:
            return False
        name = self.particle_name_before(text, start, uses_capitals(text))
        if name is None:
            return False
        if self._common_word_before_words(text, name, words):
            return False  # "|In de volgende| stap", "Wollen |Sie den Bericht| filtern"
        return not any(fold(word) in self.places for word in words)

    def _common_word_before_words(self, text: str, name: int, words: Sequence[str]) -> bool:
        """Whether the "first name" at `name` is one of the commonest words of the text's
        language ("In", "Sie": first names too) and the words after its particle are words
        no name list holds ("volgende", "Bericht"): a phrase, no surname ("Dan de |Vries|"
        stays)."""
        first = _WORD.match(text, name)
        if first is None:
            return False
        language = self.language_of(text, name, name + len(first[0]))
        if language is None or not self.top_word(first[0], language):
            return False
        return all(
            fold(w) not in self.names and (self.is_ordinary(w) or self.lowercase_word(w.lower()))
            for w in words
        )

    def _name_part(self, word: str, cased: bool) -> bool:
        """Whether `word` next to a name is more of that name: a known name word that is no
        place only, capitalised when the text uses capitals; a double name joined by a
        hyphen when each of its parts is ("Hoffmann-Berger", "Anna-Lena")."""
        if "-" in word:
            parts = word.split("-")
            return len(parts) <= _MAX_JOINED_PARTS and all(
                self._name_part(part, cased) for part in parts
            )
        key = fold(word)
        if len(key) < 2 or key not in self.names:
            return False
        if cased:
            return word[0].isupper()
        return key not in self.names_also_words  # "anna| will call"

    def complete_name(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The name at `text[start:end]` with the name words around it that the model left
        out: "Benno| Hartung", "Trudi |Flantz", "Maud van der| Leek", "darius| ruppert".
        A word joins if it is a known first name or surname (capitalised, in a text that
        uses capitals), or follows a particle at the span's end."""
        cased = uses_capitals(text)
        start, end = whole_words(text, start, end)
        if cased and text[start:end].isupper():
            # a surname in capitals, its comma, the given name ("BRENNAN|, Siobhan|")
            given = _COMMA_GIVEN.match(text, end)
            if given is not None and not given[1].isupper() and (
                fold(given[1]) in self.first_names or fold(given[1]) in self.world_names
            ):
                end = given.end(1)
        for _ in range(_MAX_NAME_WORDS):
            match = _NEXT_WORD.match(text, end)
            if match is None:
                break
            last = _WORD.findall(text, start, end)[-1:]
            after_particle = bool(last) and fold(last[0]) in PARTICLES
            if not (
                after_particle
                or self._name_part(match[1], cased)
                or (cased and self._foreign_part(match[1]))
            ):
                surname = _PARTICLES_THEN_SURNAME.match(text, end) if cased else None
                if surname is None or self._place_only(surname["surname"]):
                    break  # "Anna de Paris": where she is from
                end = surname.end()  # "Anna| von der Heydt", "María| de la Cruz"
                continue
            end = match.end()
        for _ in range(_MAX_NAME_WORDS):
            match = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
            if match is None or not (
                self._name_part(match[1], cased)
                or (
                    cased
                    and self._foreign_part(match[1])
                    and not sentence_start(text, match.start(1))
                )
            ):
                break
            start = match.start(1)
        before = self.particle_name_before(text, start, cased)
        if before is None and (not cased or text[start].isupper()):
            before = particles_after_title(text, start)
        if before is None and text[start].isupper():
            # an initial ("signé par |A.| Haddad") or a surname's particles in capitals
            # before a surname in capitals ("|DE LA| FONTAINE Pierre-Yves")
            initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
            if initial is not None and not _ABBREVIATION_BEFORE.search(
                text, max(0, initial.start() - 8), initial.start()
            ):  # not "z. |B.| Anna": the end of an abbreviation
                before = initial.start()
            elif _CAPITALS_WORD.match(text, start):
                particles = _CAPITAL_PARTICLES_BEFORE.search(text, max(0, start - 16), start)
                before = particles.start() if particles is not None else None
        return (start if before is None else before), end

    def _foreign_part(self, word: str) -> bool:
        """Whether a capitalised `word` right beside a name is more of it though no list of
        the seven languages names it: a name of any origin (`world_names`) or a word in no
        list ("Tigist |Alemu|", "Dawit |Kidane|"), three letters or more, no place only,
        not in capitals (an acronym) ."""
        if len(word) < 3 or not word[0].isupper() or word.isupper():
            return False
        if "-" in word:
            return all(self._foreign_part(part) or self._name_part(part, True)
                       for part in word.split("-"))  # fmt: skip
        key = fold(word)
        if self._place_only_anywhere(word) or self.is_ordinary(word):
            return False
        return (key in self.world_names and fold(word) not in self.lowercase_words) or (
            self._unknown_word(word) and key not in self.places
        )

    def _place_only(self, word: str) -> bool:
        """A place's name that is no person's name ("Paris", not "Florence")."""
        key = fold(word)
        return key in self.places and key not in self.names

    def particle_name_before(self, text: str, start: int, cased: bool) -> int | None:
        """Where the name starts when a known name and one or two lowercase particles come
        right before `start` ("wout de| korte", "Maud van der| Leek", "Carla di| Stefano"),
        else None."""
        at, particles = start, 0
        while True:
            match = _PREVIOUS_WORD.search(text, max(0, at - 40), at)
            if match is None:
                return None
            word = match[1]
            if particles < 2 and word in _SURNAME_PARTICLES:
                particles, at = particles + 1, match.start(1)
                continue
            if particles and self._name_part(word, cased):
                return match.start(1)
            return None

    def joined_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The token joined by "-" or "." around the name at `text[start:end]`, when every
        other part of it is more of the name (`_joined_part`: a known name, not an ordinary
        word; a place only if it is a first name too, as "Anna" and "Maria" are):
        "Anna-|Kowalski|", "|anna|.kowalski", "Jan-Maria-|Nowak|". None when some part is
        not ("Baden-|Württemberg|", "|Coca|-Cola", "Rolls-|Royce|", "e-|mail|",
        "Clermont-|Ferrand|"), when the token goes on ("www.|nowak|.pl", "|jan|.nowak@...")
        or the name is not joined to anything."""
        if end - start > _MAX_JOINED_PARTS * _MAX_PART:
            return None
        # the model's span may hold the hyphen it cut the token at ("Dubois-|Marchand",
        # "García|-Pelayo")
        if end - start > 1 and text[start] == "-":
            start += 1
        if end - start > 1 and text[end - 1] == "-":
            end -= 1
        # the edges of the words the span cuts, no further than a name part reaches
        before = _LETTERS_BEFORE.search(text, max(0, start - _MAX_PART), start)
        after = _LETTERS_AFTER.match(text, end, min(len(text), end + _MAX_PART))
        if start and text[start - 1].isalpha() and text[start].isalpha():
            if before is None or before.start() == max(0, start - _MAX_PART) > 0:
                return None  # a word longer than any name
            start = before.start()
        if end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
            if after is None or after.end() == end + _MAX_PART:
                return None
            end = after.end()
        words = _WORD.findall(text, start, end)
        if not words or len(words) > _MAX_JOINED_PARTS:
            return None
        outer: list[str] = []
        a, b = start, end
        while len(words) + len(outer) <= _MAX_JOINED_PARTS:
            match = _JOINED_BEFORE.search(text, max(0, a - _MAX_PART), a)
            if match is None:
                break
            outer.append(match[1])
            a = match.start(1)
        while len(words) + len(outer) <= _MAX_JOINED_PARTS:
            match = _JOINED_AFTER.match(text, b)
            if match is None:
                break
            outer.append(match[1])
            b = match.end()
        if (
            not outer
            or len(words) + len(outer) > _MAX_JOINED_PARTS
            or _TOKEN_GOES_ON_BEFORE.search(text, max(0, a - 1), a)
            or _TOKEN_GOES_ON_AFTER.match(text, b)
        ):
            return None  # "www.|nowak|.pl", "x@anna-|nowak|.pl" are more than a name
        if not all(
            self._joined_part(word)
            and (fold(word) not in self.places or fold(word) in self.first_names)
            for word in outer
        ):
            return None
        return a, b

    def may_hold_a_name(self, words: Iterable[str]) -> bool:
        """Whether the parts of an identifier (`anna_kowalski`) can be a person's name: one
        is a known first name, or two are known names that are no frequent words too
        ("kowalski_nowak"; not "read_self": names that are words)."""
        keys = [fold(word) for word in words if word.isalpha() and len(word) > 1]
        if any(key in self.first_names for key in keys):
            return True
        return sum(key in self.names and key not in self.names_also_words for key in keys) >= 2

    def handle_spells_name(self, handle: str) -> bool:
        """Whether a public handle (the word after "@": "anna_kowalska89", "JanNowak",
        "annakowalska", "jsmith") may spell a person's name rather than a pseudonym: its
        parts of letters (split at "_", ".", "-", digits and camel case) hold a known
        first name or surname and no ordinary word; one part may be a first name or an
        initial run together with a name ("annakowalska", "jsmith"). A handle of a name
        and a word ("sarah_designs", "marta_viajes"), of words or a brand ("techfritz",
        "ns_online", "trenitalia") is a pseudonym its holder shows in public.

        >>> lexicon = Lexicon.load()
        >>> [lexicon.handle_spells_name(h) for h in ("anna_kowalska89", "sarah_designs")]
        [True, False]
        """
        parts = [p for w in _HANDLE_PARTS.findall(handle) for p in (_camel_parts(w) or [w])]
        if not parts or any(self.is_ordinary(p) for p in parts):
            return False
        if any(fold(p) in self.names for p in parts):
            return True
        word = fold(parts[0]) if len(parts) == 1 else ""
        for cut in range(1, len(word) - 3):
            head, rest = word[:cut], word[cut:]
            if (cut < 3 or head in self.first_names) and self._joined_part(rest):
                return True  # "jsmith", "annakowalski"
            if cut >= 3 and head in self.first_names and not self.is_ordinary(rest):
                return True  # "annazbyszewska": a first name and a surname the lists lack
        return False

    def _joined_part(self, word: str) -> bool:
        """Whether `word`, joined to a name, may be more of that name: a known first name
        or surname of two letters or more, not an ordinary word or a particle."""
        key = fold(word)
        return (
            len(key) >= 2 and key in self.names and key not in PARTICLES
            and not self.is_ordinary(word)
        )  # fmt: skip

    def camel_case_names(self, text: str) -> list[tuple[int, int]]:
        """Where a first name and one or two surnames are written as one word in camel case
        ("AnnaKowalski", "JanNowak", a chat message's `name`, which allows no space): two
        or three capitalised parts of three letters or more, the first a known first name
        (`first_names`), the others known names, none an ordinary word or a particle
        (`_joined_part`), not one word twice, and one of them a name that is no frequent
        word too, of four letters or more ("Kowalski", "Nowak"). Brands and technical words
        are made of words, of surnames that are no first names or of names that are words
        too: "PayPal", "YouTube", "PowerPoint", "BlackRock", "DropBox", "TomTom",
        "RichHandler", "MaxLen" are not names; a brand named after its founders may be
        ("HarleyDavidson"). What it leaves to the model: names made only of names that are
        frequent words too ("JohnSmith", "MariaGarcia")."""
        found: list[tuple[int, int]] = []
        if text.islower():
            return found  # no capital at all: no part of a name in camel case
        if text.isascii() and _ASCII_CAMEL_JOINT.search(text) is None:
            return found  # no small letter before a capital: no second part (`_camel_parts`)
        seen: dict[str, bool] = {}
        for match in _CAMEL.finditer(text):
            word = match[0]
            if word not in seen:
                seen[word] = self._camel_case_name(word)
            if seen[word]:
                found.append(match.span())
        return found

    def joined_token_names(self, text: str) -> list[tuple[int, int]]:
        """Where a first name and one or two more names are joined by "-" or "." into one
        token ("Anna-Kowalski", "anna.kowalski", "Jan-Nowak"), by the camel-case rule
        (`camel_case_names`) and with one part no place word ("Saint-Denis",
        "Clermont-Ferrand" are places). No token that goes on into an address, a path or
        a number ("anna.kowalski@example.org", "www.jan-nowak.pl")."""
        found: list[tuple[int, int]] = []
        if "-" not in text and "." not in text:
            return found  # no joiner
        for match in _JOINED_TOKEN.finditer(text):
            parts = _JOINER.split(match[0])
            if self._name_parts(parts) and not all(fold(p) in self.places for p in parts):
                found.append(match.span())
        return found

    def _camel_case_name(self, word: str) -> bool:
        parts = _camel_parts(word)
        return parts is not None and self._name_parts(parts)

    def _name_parts(self, parts: Sequence[str]) -> bool:
        """Whether the parts of one token make a name: see `camel_case_names`."""
        keys = [fold(part) for part in parts]
        return (
            len(set(keys)) == len(keys)
            and keys[0] in self.first_names
            and all(len(key) >= 3 and self._joined_part(part)
                    for key, part in zip(keys, parts, strict=True))
            and any(len(key) >= 4 and key not in self.names_also_words for key in keys)
        )  # fmt: skip

    def cued_names(self, text: str) -> list[tuple[int, int]]:
        """Where a name stands right after a cue that introduces a person (`NAME_CUES`:
        "Herr", "my name is", ...; `RELATION_WORDS`: "Kollege", "my colleague", "collega",
        "Tochter", ...; `ADDRESSEE_WORDS`: "send it to", "schick das an", ...): a known
        first name or surname (capitalised when the text uses capitals; not a word too
        when it does not; a place too only with a second such name after it: "Centa
        Schwital", not "Berlin"), and the capitalised words after it that are names or no
        ordinary words, or a particle and such a word ("mein Kollege Hildegart Junitz",
        "mijn collega Duuk Kosten", "Herr Anton van Dijk"). At most three words; one word
        after a title, or one that is a frequent word too, is left to the model ("Dr
        Pepper", "Dr. Oetker" are brands; "Tochter Till")."""
        cues = list(_cues_in(text))
        if _NAMING_WORD.found_in(text):
            cues = sorted([*cues, *_NAMING.finditer(text)], key=lambda m: m.start())
        if _IS_CALLED_WORD.found_in(text):
            cues = sorted([*cues, *_PERSON_IS_CALLED.finditer(text)], key=lambda m: m.start())
        if not cues:
            return []  # most texts: no need to count their capitals
        cased = uses_capitals(text)
        found: list[tuple[int, int]] = []
        for cue in cues:
            first = _CUED_WORD.match(text, cue.end())
            if first is None:
                continue
            if cased and (run := self._world_run(text, first, cue[0])) is not None:
                found.append(run)
                continue
            if not self._cued_first(first[1], cased):
                # In lower case a first name that is a frequent word too ("wojciech",
                # "will") is a name when a name that is no word follows it.
                if cased or not self._cued_first_also_word(first[1]):
                    continue
                second = _NEXT_WORD.match(text, first.end())
                if second is None or not self._cued_more(second[1], cased, particle=False):
                    continue
            end, words = first.end(), 1
            title = _after_title(cue[0])
            personal_title = title and _title_key(cue[0]) not in _BRAND_TITLES
            known_person = (
                " ".join(_title_key(cue[0]).split()) in _KNOWN_PERSON_KEYS
                and self._first_name_as_name(text, first, cased)
            )  # "my son |Will|"; not "send it to Florence", "my dog's name is Rocky"
            if (
                fold(first[1]) in self.places
                and not personal_title
                # German writes every noun with a capital, and "Mein Freund Berlin" may be
                # a comma short of a sentence: there a name that is a place needs a second
                and (not known_person or self.german_text(text))
            ):
                # a name that is a place too ("Centa", "Cleto") is a name only with a
                # second name after it ("Centa Schwital"; not "Freund Berlin")
                second = _NEXT_WORD.match(text, end)
                if second is None or not self._cued_first(second[1], cased):
                    continue
                end, words = second.end(), 2
            while words < _MAX_CUED_WORDS:
                match = _NEXT_WORD.match(text, end)
                if match is None:
                    break
                word = match[1]
                if fold(word) in PARTICLES and word.islower():
                    after = _NEXT_WORD.match(text, match.end())
                    if after is None or not self._cued_more(after[1], cased, particle=True):
                        break
                    end, words = after.end(), words + 2
                    continue
                if not self._cued_more(word, cased, particle=False):
                    break
                end, words = match.end(), words + 1
            if words == 1 and (
                (title and not personal_title)
                or (
                    not title
                    and fold(first[1]) in self.names_also_words
                    and not known_person
                )
            ):
                continue  # "Dr Pepper", "Dr. Oetker", "my son will": left to the model
            found.append((first.start(), end))
        return found

    def _world_run(self, text: str, first: re.Match[str], cue: str) -> tuple[int, int] | None:
        """After a cue, in a text that uses capitals: two or three capitalised words that
        are names of any origin (`names`, `world_names`: "mój kolega Vo Duc Thang", "Le Van
        Hung"), or, after an introduction (`_INTRODUCTIONS`: "ik heet", "my name is"), one
        to three capitalised words that are names or no ordinary word, none a place only
        ("ik heet Oluwaseun Adeyemi"). None when the words are not such a run (the known
        names' rules then apply)."""
        if not first[1][0].isupper():
            return None  # most cues: a lowercase word after them, no lookup
        introduction = " ".join(cue.strip(" \t,:.").casefold().split()) in _INTRODUCTIONS
        run: list[re.Match[str]] = []
        telling = False  # a name of the other lists, or no ordinary word, among them
        match: re.Match[str] | None = first
        while match is not None and len(run) < _MAX_CUED_WORDS:
            word = match[1]
            key = fold(word)
            if not word[0].isupper() or len(key) < 2:
                break
            if key in self.world_names:
                telling = True
            elif key in self.names:
                telling = telling or not self.is_ordinary(word)
            elif introduction and not self.is_ordinary(word) and key not in self.places:
                telling = True  # a word in no list ("Oluwaseun"), no place only
            else:
                break
            run.append(match)
            match = _NEXT_WORD.match(text, match.end())
        if not run or (len(run) == 1 and not introduction) or not telling:
            return None  # known names only ("Anna Koch"), or words: the rules below judge
        return run[0].start(1), run[-1].end(1)

    def shaped_names(self, text: str) -> list[tuple[int, int]]:
        """Names no cue introduces that their shape tells (in a text that uses capitals):

        - a line of its own that is a name, in a message of more lines or alone (a
          signature, "Kees van Leeuwen" under a request; "Nguyen Thi Mai" as the answer):
          two to four capitalised words that are names of any origin (`names`,
          `world_names`), lowercase surname particles between them, the first a first
          name, none a place only, not every one an ordinary word;
        - a first name, one or two lowercase surname particles and a capitalised name
          ("María de la Cruz", "José da Silva Santos"), the first name no ordinary word."""
        return [*self.name_lines(text), *self.particle_names(text)]

    def introduced_names(self, text: str) -> list[tuple[int, int]]:
        """Names written in lowercase right after the writer says who is speaking without
        a word for "name" (`_SELF_INTRODUCTION`: "its chidi okonkwo", "met kees jan de
        graaf", "soy josé antonio garcía de los ríos"): two to five lowercase words, the
        first a name or a word in no list, then names, words in no list, and surname
        particles each with the word after them ("de graaf", "de los ríos"). A known name
        among them, and one that tells: a name that is no frequent word too, a name of
        any origin, a word in no list beside the known name, or two first names ("its
        kinda broken", "ik ben mijn pas kwijt", "met de monteur", "this is rose gold" are
        no names)."""
        found: list[tuple[int, int]] = []
        for intro in _SELF_INTRODUCTION.finditer(text):
            match = _CUED_WORD.match(text, intro.end())
            if match is None or not match[1].islower():
                continue
            second = _NEXT_WORD.match(text, match.end())
            if second is None or not second[1].islower():
                continue  # two lowercase words at least, before any lookup
            end, kinds = 0, list[str]()
            while match is not None and len(kinds) < _MAX_INTRODUCED_WORDS:
                word = match[1]
                if not word.islower():
                    break
                if kinds and fold(word) in _RUN_PARTICLES:
                    surname = _NEXT_WORD.match(text, match.end())
                    if surname is not None and fold(surname[1]) in _RUN_PARTICLES:
                        surname = _NEXT_WORD.match(text, surname.end())  # "de los| ríos"
                    if surname is None or not surname[1].islower():
                        break
                    if self.top_word_anywhere(surname[1]) and fold(surname[1]) not in self.names:
                        break  # "jan de |la| ..." : a phrase
                    kinds.append(self._introduced_word(surname[1]) or "surname")
                    end = surname.end(1)
                    match = _NEXT_WORD.match(text, surname.end())
                    continue
                kind = self._introduced_word(word)
                if kind is None:
                    break
                kinds.append(kind)
                end = match.end(1)
                match = _NEXT_WORD.match(text, match.end())
            if len(kinds) >= 2 and _telling(kinds):
                found.append((intro.end(), end))
        return found

    def _introduced_word(self, word: str) -> str | None:
        """What `word` is in a lowercase name after an introduction: "name" (a known name
        that is no frequent word), "first" or "also" (a first name or another name that is
        a frequent word too: "jan", "rossi"), "world" (a name of any origin that is no
        word), "unknown" (a word in no list: "chidi"); None for a word ("kinda", "mijn")."""
        if "-" in word:
            kinds = [self._introduced_word(part) for part in word.split("-")]
            if None in kinds:
                return None
            return next((k for k in kinds if k in ("name", "world")), kinds[0])
        key = fold(word)
        if len(key) < 2:
            return None
        if key in self.names:
            if key not in self.names_also_words:
                return "name"
            if self.top_word_anywhere(word):
                return None  # "ich bin |nur| die", "this is |an| iban": the word
            return "first" if key in self.first_names else "also"
        if self.lowercase_word(word) or key in self.places:
            return None
        if key in self.world_names:
            return None if self.top_word_anywhere(word) else "world"
        return "unknown" if self._unknown_word(word) and len(key) >= 3 else None

    def name_lines(self, text: str) -> list[tuple[int, int]]:
        """The lines of their own that are names (`shaped_names`)."""
        found: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):  # short lines only: no regex over the long ones
            if len(line) <= _MAX_LINE and line.count(" ") <= _MAX_LINE_SPACES and (
                (match := _LINE.fullmatch(text, pos, pos + len(line))) is not None
                and (bounds := self._name_line(match)) is not None
            ):
                found.append(bounds)
            pos += len(line) + 1
        # counted last: most texts have no candidate, and the count reads every letter
        return found if found and uses_capitals(text) else []

    def particle_names(self, text: str) -> list[tuple[int, int]]:
        """The first names with surname particles and a name (`shaped_names`)."""
        found: list[tuple[int, int]] = []
        for gate in _PARTICLE_THEN_CAPITAL.finditer(text):
            # the regex tried only at the word (or the word and a particle) before the gate
            start = _word_start(text, gate.start())
            if text[start : gate.start()] in _PARTICLE_WORDS:  # "de| la Cruz"
                start = _word_start(text, start - 1)
            if found and start < found[-1][1]:
                continue
            particle = _PARTICLE_NAME.match(text, start)
            if particle is not None and (bounds := self._particle_name(particle)) is not None:
                found.append(bounds)
        # counted last: most texts have no candidate, and the count reads every letter
        return found if found and uses_capitals(text) else []

    def name_after_and(self, text: str, end: int) -> tuple[int, int] | None:
        """The second of two people named together, right after the first (which ends at
        `end`) and "and" ("en", "und", "et", "y", "e", "i", "oraz"): two or three
        capitalised names of any origin, one of them no frequent word, none a place only
        ("voor Le Thi Mai en Le Van Hung"; not "Anna and New York", "Tom and Jerry")."""
        joined = _AND_THEN_WORDS.match(text, end)
        if joined is None:
            return None
        words = joined["words"].split()
        run: list[str] = []
        for word in words:
            if not self._name_word(word) or self._place_only_anywhere(word):
                break
            run.append(word)
        if len(run) < 2 or not any(map(self._no_word_name, run)):
            return None
        start = joined.start("words")
        return start, start + len(" ".join(run))

    def _no_word_name(self, word: str) -> bool:
        """A name that is no frequent word, or a word that is neither ("Kees")."""
        key = fold(word)
        if key in self.names_also_words or self.is_ordinary(word):
            return False
        return key in self.names or key in self.world_names or key not in self.places

    def _place_only_anywhere(self, word: str) -> bool:
        """A place word that is no name of any origin ("Madrid"; not "Vinh", "Thang")."""
        key = fold(word)
        return key in self.places and key not in self.names and key not in self.world_names

    def _name_word(self, word: str) -> bool:
        if "-" in word:
            # a double name: every part capitalised, one of them a name, none a place only
            # ("Dubois-Marchand", "Anna-Lena")
            parts = word.split("-")
            return (
                len(parts) <= _MAX_JOINED_PARTS
                and all(len(p) >= 2 and p[0].isupper() and not p.isupper() for p in parts)
                and any(self._name_word(p) for p in parts)
                and not any(self._place_only_anywhere(p) for p in parts)
            )
        key = fold(word)
        return (len(key) >= 2 and word[0].isupper() and not word.isupper()
                and (key in self.names or key in self.world_names))  # fmt: skip

    def _name_line(self, line: re.Match[str]) -> tuple[int, int] | None:
        words = line["words"].split()
        if not 2 <= len(words) <= 4:
            return None
        names = [w for w in words if not (w.islower() and fold(w) in _SURNAME_PARTICLES)]
        if len(names) < 2 or words[0] != names[0] or words[-1] != names[-1]:
            return None
        if not all(w[0].isupper() and not w.isupper() for w in names):
            return None
        if any(self._place_only_anywhere(w) for w in names):
            return None
        # each a name of any origin or no ordinary word, the last a known name ("Kees van
        # Leeuwen", "Nguyen Thi Mai"; not "Best Regards", "Thank You")
        if not all(self._name_word(w) or self._unknown_word(w) for w in names):
            return None  # "Kontoinhaber": a German noun, not a name
        if (not self._name_word(names[-1]) or not any(map(self._no_word_name, names))) and not (
            slot_line(line.string, line.start("words"), line.end("words"))
            and self._first_and_foreign(names)
        ):
            return None  # "Green Tea": names that are frequent words too
        first = fold(names[0])
        if not (first in self.first_names or first in self.world_names
                or self._unknown_word(names[0])):  # fmt: skip
            return None
        if _cue_pattern(line["words"][0]) is not None and any(
            _cues_in(line.string[line.start("words") : line.end("words")])
        ):
            return None  # "Kontoinhaber Hildegart Junitz": the cue's rule reads it
        return line.span("words")

    def _first_and_foreign(self, names: Sequence[str]) -> bool:
        """Whether the words of a line are a first name of any list, no word, and one or
        two names of any origin or words in no list ("Hu Jianguo", "Dewi Sastrowardoyo")."""
        first = fold(names[0])
        return (
            len(names) <= 3
            and (first in self.first_names or first in self.world_names)
            and not self.is_ordinary(names[0])
            and all(self._name_word(w) or self._foreign_part(w) for w in names[1:])
        )

    def _unknown_word(self, word: str) -> bool:
        """A word in no list of words, rare and German ones included ("Kees", "Oluwaseun";
        not "Kontoinhaber", "Regards")."""
        lower = word.casefold()
        return not (self.is_ordinary(word) or fold(lower) in self.lowercase_words
                    or unicodedata.normalize("NFC", lower) in self.german_words)  # fmt: skip

    def _particle_name(self, match: re.Match[str]) -> tuple[int, int] | None:
        first, last, more = match["first"], match["last"], match["more"]
        if fold(first) not in self.first_names or self.is_ordinary(first):
            return None
        if self._place_only(first) or self._place_only_anywhere(last):
            return None  # "Santiago de Compostela"
        if _SAINT_BEFORE.fullmatch(last + " "):
            return None  # "José de San Martín", "Pierre de Saint Louis": a saint's place
        if _SAINT_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
            return None  # "San Juan de la Cruz", "zona Campo di Marte": places
        if not (self._name_word(last) or not self.is_ordinary(last)):
            return None
        if more is not None and self._name_word(more) and not self._place_only_anywhere(more):
            return match.span()
        return match.start(), match.end("last")

    def _first_name_as_name(self, text: str, first: re.Match[str], cased: bool) -> bool:
        """Whether a first name that is a frequent word too, right after a word for someone
        one knows, is written as a name: capitalised, in a text that uses capitals, not
        opening a sentence ("My son |Will| is ill", "mijn dochter |Roos|", "Kollegin
        |Ina|"; not "my son will call", "Mein Kollege Montag": a surname only)."""
        word = first[1]
        return (
            cased
            and word[0].isupper()
            and not word.isupper()
            and fold(word) in self.first_names
            and not sentence_start(text, first.start(1))
        )

    def _cued_first(self, word: str, cased: bool) -> bool:
        key = fold(word)
        if len(key) < 2 or key not in self.names or key in PARTICLES:
            return False
        if cased:
            return word[0].isupper()
        return key not in self.names_also_words

    def _cued_first_also_word(self, word: str) -> bool:
        key = fold(word)
        return len(key) >= 2 and key in self.first_names and key in self.names_also_words

    def _cued_more(self, word: str, cased: bool, *, particle: bool) -> bool:
        """Whether `word` after a cued first name is more of the name."""
        key = fold(word)
        if len(key) < 2 or key in PARTICLES:
            return False
        if not cased:
            return key in self.names and key not in self.names_also_words
        if not word[0].isupper():
            return False
        if key in self.places:
            return particle  # "Maria Berlin" stops; "Anna van| Delft" is a surname
        return key in self.names or not self.is_ordinary(word)


_MAX_NAME_WORDS = 2
# A given name after a surname in capitals and its comma ("BRENNAN|, Siobhan|").
_COMMA_GIVEN = re.compile(
    r",[ \t]+([A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)(?![\w'’-])"
)
# Saying who is speaking with no word for "name": "its chidi okonkwo", "this is ...",
# "hier spricht ...", "c'est ...", "soy ...", "sono ...", "met kees jan de graaf" (Dutch,
# on the phone), "z tej strony ...". Not "I'm", "je suis", "ik ben" alone before a single
# word: `introduced_names` wants two words, one of them a telling name.
_SELF_INTRODUCTION = re.compile(
    # the lookahead on the first letters lets most positions fail at once
    r"(?<![\w'’-])(?=[IiTtHhJjCcMmSsPpZz])"
    r"(?i:it['’]?s|this[ \t]+is|here[ \t]+is|i['’]m|i[ \t]+am|ich[ \t]+bin"
    r"|hier[ \t]+ist|hier[ \t]+spricht|je[ \t]+suis|c['’]est|moi[ \t]+c['’]est|soy|habla"
    r"|sono|parla|ik[ \t]+ben|met|hier[ \t]+is|jestem|z[ \t]+tej[ \t]+strony)[ \t]*,?[ \t]+"
)
_MAX_INTRODUCED_WORDS = 5
_RUN_PARTICLES: frozenset[str] = frozenset({
    "van", "von", "vom", "de", "der", "den", "ten", "ter", "di", "da", "del", "della", "du",
    "des", "la", "le", "dos", "das", "do", "el", "al", "los", "las", "ben", "bin", "ibn",
})  # fmt: skip
# An initial right before a name ("signé par |A.| Haddad", "J. Brückner"), and a surname's
# particles in capitals before a surname in capitals ("|DE LA| FONTAINE", "|VAN DEN| BERG").
_INITIAL_BEFORE = re.compile(r"(?<![\w.'’-])[A-ZÀ-ÖØ-Þ]\.[ \t]?$")
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_]{1,3}\.[ \t]?$")
_CAPITALS_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ]{2,}(?![^\W\d_]*[a-zß-öø-ÿ])")
_CAPITAL_PARTICLES_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:DE|DA|DO|DOS|DAS|DEL|DELLA|DI|DU|DES|LA|LE|VAN|VON|DER|DEN|TER|TEN)"
    r"[ \t]+){1,2}$"
)
# A line of its own: its words (letters, hyphens, apostrophes), a closing mark or comma at
# most around them.
_LINE_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_LINE = re.compile(rf"[ \t>*_-]*(?P<words>{_LINE_WORD}(?:[ \t]+{_LINE_WORD}){{1,3}})[ \t.,!]*")
_MAX_LINE = 80
_MAX_LINE_SPACES = 6  # four words, particles between, a space or two around
_PARTICLE_WORDS = frozenset({
    "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter",
    "ten", "du", "des", "la",
})  # fmt: skip


def slot_line(text: str, start: int, end: int, *, whole: bool = True) -> bool:
    """Whether `text[start:end]` stands at the start of the line after one that ends with
    a colon ("Intestare la fattura a:", "Rechnung an:"), or (with `whole`) is the whole
    message: a slot for a name, where a name the lists lack may end it.

    >>> slot_line("Rechnung an:\\nHu Jianguo\\nDanke", 13, 23)
    True
    """
    before = text[:start].rstrip(" \t>*_-")
    if before.endswith("\n") and before.rstrip().endswith(":"):
        return True
    return whole and not before.strip() and not text[end:].strip(" \t.,!\n")


def _telling(kinds: Sequence[str | None]) -> bool:
    """Whether the words of a lowercase name after an introduction (`introduced_names`)
    tell a name: one that is no frequent word, a known one beside one in no list, or two
    first names."""
    known = {"name", "world", "first", "also"}
    return (
        "name" in kinds
        or "world" in kinds
        or ("unknown" in kinds and any(k in known for k in kinds))
        or sum(k == "first" for k in kinds) >= 2
    )


def _word_start(text: str, end: int) -> int:
    """Where the word ending at `end` starts: after the last space before it, and after
    any punctuation ("(María")."""
    lo = max(0, end - _MAX_PART)  # a word is no longer: no scan back over the whole text
    spaces = (text.rfind(" ", lo, end), text.rfind("\t", lo, end), text.rfind("\n", lo, end))
    start = max(lo - 1, *spaces) + 1
    while start < end and not text[start].isalpha():
        start += 1
    return start


# What `_PARTICLE_NAME` needs: one pass over the text before that regex runs.
_PARTICLE_THEN_CAPITAL = re.compile(
    r" (?:de|da|do|dos|das|del|della|di|van|von|der|den|ter|ten|du|des|la) [A-ZÀ-ÖØ-Þ]"
)
# "and", then up to three capitalised words (one space between them).
_AND_THEN_WORDS = re.compile(
    r"[ \t]+(?:and|und|et|y|e|i|en|oraz)[ \t]+"
    r"(?P<words>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?: [A-ZÀ-ÖØ-Þ][^\W\d_]+){1,2})(?![\w'’-])"
)
_SAINT_BEFORE = re.compile(
    r"(?<!\w)(?i:san|santa|santo|são|sao|saint|sainte|st|ste|sankt|sint|święty|swiety"
    # a place's noun: "zona Campo di Marte", "calle Juan de la Cierva"
    r"|zona|via|viale|piazza|corso|quartiere|località|calle|avenida|avda|barrio|plaza|paseo"
    r"|rua|rue|avenue|av|boulevard|bd|quartier|place|allée|straße|strasse|platz|viertel"
    r"|street|st|road|rd|square|district|straat|plein|laan|wijk|ulica|ul|aleja|al|plac"
    r"|osiedle|os|dzielnica)\.?[ \t]+$"
)
# A first name, one or two lowercase surname particles, a capitalised name and at most one
# more: "María de la Cruz", "José da Silva Santos", "Anna von der Heydt".
_PARTICLE_NAME = re.compile(
    r"(?<![\w'’-])(?P<first>[A-ZÀ-ÖØ-Þ][^\W\d_]+)"
    r"(?:[ \t]+(?:de|da|do|dos|das|del|della|di|van|von|der|den|ter|ten|du|des|la))"
    r"{1,2}[ \t]+(?P<last>[A-ZÀ-ÖØ-Þ][^\W\d_]+)"
    r"(?![\w'’-])(?:[ \t]+(?P<more>[A-ZÀ-ÖØ-Þ][^\W\d_]+)(?![\w'’-]))?"
)
# A token of words joined by "-" or ".": the part before or after a name ("Anna-|Kowalski"),
# and what may not stand right outside such a token (a digit, "_", "@", "/", a joiner).
_JOINED_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-.]$")
_JOINED_AFTER = re.compile(r"[-.]([^\W\d_]+)(?![^\W\d_])")
_TOKEN_GOES_ON_BEFORE = re.compile(r"[\w@/:.-]$")
_TOKEN_GOES_ON_AFTER = re.compile(r"[\w@/-]|\.\w")
_MAX_JOINED_PARTS = 4
_MAX_PART = 40
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")
_LETTERS_AFTER = re.compile(r"[^\W\d_]+")
# A word with a capital inside ("AnnaKowalski", "@JanNowak", "AnnaKowalski88"), taken apart
# by `_camel_parts`.
_CAMEL = re.compile(r"(?<![\w.-])[^\W\d_]{4,}(?![^\W\d]|-|\.\w)")
# Where a part of a name in camel case ends and the next begins, in ASCII text: a word
# `_camel_parts` splits has a small letter right before the capital of its second part.
_ASCII_CAMEL_JOINT = re.compile(r"[a-z][A-Z]")
_CAMEL_PARTS = (2, 3)
# Two or three words of letters joined by "-" or ".", as one token ("Anna-Kowalski",
# "anna.kowalski"; not "x@anna.kowalski", "anna.kowalski.pl/", "www.anna-kowalski.pl").
_JOINED_TOKEN = re.compile(r"(?<![\w@/:.-])[^\W\d_]{3,}(?:[-.][^\W\d_]{3,}){1,2}(?![\w@/-]|\.\w)")
_JOINER = re.compile(r"[-.]")
_HANDLE_PARTS = re.compile(r"[^\W\d_]{2,}")


def _camel_parts(word: str) -> list[str] | None:
    """The capitalised parts of a word written in camel case, two or three of them, each a
    capital and at least one small letter ("AnnaKowalski" -> "Anna", "Kowalski"); None for
    any other word ("Anna", "iPhone", "SpaceX", "PDFReader", "ANNA")."""
    if not word[0].isupper() or word[1:].islower():
        return None  # no capital after the first: one part at most
    parts: list[str] = []
    for c in word:
        if c.isupper():
            parts.append(c)
        elif c.islower() and parts:
            parts[-1] += c
        else:
            return None
    if not _CAMEL_PARTS[0] <= len(parts) <= _CAMEL_PARTS[1]:
        return None
    return parts if all(len(part) >= 2 for part in parts) else None


# `inflected_word`: the letters of the known form (at least), and the endings a word may
# have had instead of its own (the seven languages' commonest: "cocher" for "coché",
# "annida" for "annidati", "ukośnik" for "ukośnika").
_STEM = 5
# `language_of`: the commonest words of one language a text must hold to be in it.
_LANGUAGE_MIN_WORDS = 3


_TopWords = tuple[tuple[int, int, tuple[str, ...]], ...]
_WORDS_READ: ContextVar[dict[tuple[int, str], _TopWords] | None] = ContextVar(
    "piiguard_words_read", default=None
)


class texts_read_once:  # lower case: called where the function of that name was
    """Within the block, a text's commonest words (`language_of`) are read once however
    many spans ask: the policy asks once for each span of a text, each time with another
    span left out. What was read goes with the block: no text is kept past it.

    A class rather than a `contextmanager` generator: the policy enters it for every
    text, and the generator's machinery cost about a microsecond of that.

    >>> with texts_read_once():
    ...     _WORDS_READ.get()
    {}
    >>> _WORDS_READ.get() is None
    True
    """

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _WORDS_READ.set({})

    def __exit__(self, *exc_info: object) -> None:
        _WORDS_READ.reset(self._token)


def _top_words_in(top_words: WordList, text: str) -> _TopWords:
    """`_read_top_words`, once a text inside `texts_read_once`."""
    read = _WORDS_READ.get()
    if read is None:
        return _read_top_words(top_words, text)
    key = (id(top_words), text)
    if (found := read.get(key)) is None:
        found = read[key] = _read_top_words(top_words, text)
    return found


def _read_top_words(top_words: WordList, text: str) -> _TopWords:
    """Each word of `text` (NFC, case-folded, counted once) that is one of the commonest
    words of some language (`top_words`): where its first and its last occurrence start,
    and those languages. A word is left out of `language_of` when every occurrence of it
    is inside the span asked about."""
    where: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        word = unicodedata.normalize("NFC", match[0].casefold())
        if (seen := where.get(word)) is None:
            where[word] = [match.start(), match.start()]
        else:
            seen[1] = match.start()
    found = []
    for word, (first, last) in where.items():
        languages = tuple(lang for lang in LANGUAGES if f"{lang}:{word}" in top_words)
        if languages:
            found.append((first, last, languages))
    return tuple(found)
_ENDINGS = ("", "a", "e", "i", "o", "y", "ar", "er", "ir", "re", "en", "es", "os", "as", "ie")
_GLUED = re.compile(r"[\d_@]")
_GLUED_BEFORE = re.compile(r"[\d_@]$")
_NEXT_WORD = re.compile(r"[ \t]([^\W\d_]+(?:[-'’][^\W\d_]+)?)(?![\w'’-])")
# One or two of a surname's lower-case particles, then a capitalised word: the surname
# after a name in a text that uses capitals ("Anna| von der Heydt").
_PARTICLES_THEN_SURNAME = re.compile(
    rf"(?:[ \t](?:{'|'.join(sorted(_SURNAME_PARTICLES, key=len, reverse=True))})){{1,2}}"
    r"[ \t](?P<surname>[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][^\W\d_]+)?)(?![\w'’-])"
)
_PREVIOUS_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]$")


_Parsed = TypeVar("_Parsed")


def read_packaged(
    path: Path,
    parse: Callable[[str], _Parsed],
    what: str = "word list",
    build: str = "models.lexicon.build",
) -> _Parsed:
    """`parse` of the text of the gzip file at `path` (a list shipped in `DATA`); a
    `ModelLoadError` naming `what` and the `python -m {build}` that rebuilds it when the
    file cannot be read, decoded or parsed (`parse` may raise `ValueError`)."""
    try:
        return parse(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelLoadError(
            f"cannot read the {what} at {path} ({exc.__class__.__name__}); "
            f"rebuild it with `python -m {build}`"
        ) from exc


def _read(path: Path) -> WordList:
    return read_packaged(path, WordList)


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    """`_load(DEFAULT_PATH)`, the same object, without hashing the path again: the policy
    asks for it several times a message."""
    return _load(DEFAULT_PATH)


@lru_cache(maxsize=4)
def _load(path: Path) -> Lexicon:
    folder = path.parent
    return Lexicon(
        _read(path),
        _read(folder / FOLDED_FILE),
        _read(folder / NAMES_FILE),
        _read(folder / PLACES_FILE),
        _read(folder / NAMES_ALSO_WORDS_FILE),
        _read(folder / FIRST_NAMES_FILE),
        german_words=_read(folder / GERMAN_WORDS_FILE),
        german_name_words=_read(folder / GERMAN_NAME_WORDS_FILE),
        german_markers=_read(folder / GERMAN_MARKERS_FILE),
        lowercase_words=_read(folder / LOWERCASE_WORDS_FILE),
        top_words=_read(folder / TOP_WORDS_FILE),
        world_names=_read(folder / WORLD_NAMES_FILE),
        function_words=_read(folder / FUNCTION_WORDS_FILE),
        common_words=_read(folder / COMMON_WORDS_FILE),
    )


__all__ = ["ADDRESSEE_WORDS", "BUSINESS_CONTACT_WORDS", "HOLDER_WORDS", "LANGUAGES", "NAME_CUES",
           "PARTICLES", "RELATION_WORDS", "Lexicon", "WordList", "after_cue", "after_name_cue",
           "cue_alternation", "fold", "has_name_cue", "phrases", "read_packaged", "slot_line",
           "uses_capitals", "whole_words", "words_of"]  # fmt: skip
