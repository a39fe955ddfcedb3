"""Names that belong to no private person, read from their context: pets, the authors of
works asked about, streets and stations named after people, brands named after people
beside their goods, and voice assistants.

`PersonalDataPolicy` asks these after its other rules for a name the model found
(`piiguard.detection.policy.named_like_a_person`); each answers only for a name after no
cue for a person ("my friend", "Herr", "my name is"), so a person introduced as such stays
masked whatever follows.

- **A pet's name** is an animal's: a name right after a word for a pet, with a possessive
  or an article before it or a naming verb after it, in the seven languages ("my dog
  |Buddy|", "Unser Hund |Bello|", "katze heißt |Mimi|", "La cagnolina si chiama
  |Stella|", "mój pies |Burek|"). "the dog walker Anna" and "der Hund von Anna" stay
  names: something other than a naming verb stands between.
- **An author asked about** is a public one: the name of whoever wrote, painted or
  composed a work, in a question about when or whether they did ("Wann hat |Goethe| den
  Faust geschrieben?", "¿En qué año escribió |Cervantes| el Quijote?"), in "who wrote
  ...?" ("Who wrote Pride and Prejudice, |Jane Austen| or ...?"), or right after a title
  in quotes or in title case and "by", "von", "de", "di", "van" ("'Der Vorleser' von
  |Bernhard Schlink|", "Harry Potter and the Goblet of Fire by |J.K. Rowling|"), in "who
  was ...?" ("En wie was |Mark Twain| eigenlijk?"), or beside a speech or a life the
  message wants summarised or needs for school ("summarise |Barack Obama|'s 2008 speech",
  "riassumi la vita di |Giuseppe Garibaldi| per la ricerca di storia"). A
  question whether a person wrote *to* someone ("Hat Anna mir geschrieben?") names no
  work: the verb must have a capitalised work after it or before it in the question.
- **A street or a station named after a person** is a place anyone may name: a name
  whose last word is a street ("|Konrad-Adenauer-Straße|", "bij |Van der Madeweg|") or a
  station ("depuis |Paris Gare| de Lyon", "|Milano Centrale|"), or right after a word
  for a station or stop ("la station |Victor Hugo|", "stazione
  |Cavour|"), with no house number after it (an address stays masked).
- **A brand beside its goods** is a maker's name: a name right after a word for a thing
  to wear, carry, eat or drink, with an article, a possessive or nothing but a question
  word before that word ("Ma veste |Yves Saint Laurent|", "Czy kawa |Jacobs|", "El
  aceite |Carbonell|"), or a name the model ran into such a word after it ("Die |Hugo Boss
  Jacke|").
- **A car's make and model** name a car: a name that starts with a maker of cars or
  comes right after one, with a model after the make ("la |Renault Zoé|", "L'Alfa |Romeo
  Tonale|", "Czy |Toyota Corolla Cross|"); a make alone ("Mercedes hat angerufen") is
  left as it was found.
- **A letter said** is no one: a name whose every word says the letter before it and a
  link word ("A wie |Anton|, L wie |Ludwig|", "F comme |François|", "L jak |Ludwik|";
  `piiguard.detection.spoken.says_letter`). "A as in |Anna Kowalska|" stays a name.
- **A voice assistant** compared with the bot or asked for is no one: "Siri", "Alexa",
  "Cortana", "Bixby" after "than", "als", "que", "dan", "di", "niż", ... or beside
  another assistant ("more helpful than |Siri| or |Alexa|").
"""

from __future__ import annotations

import re

from piiguard._types import Span
from piiguard.detection.lexicon import PARTICLES, Lexicon, after_cue, fold, phrases, whole_words
from piiguard.detection.spoken import says_letter

PET_WORDS: tuple[str, ...] = (
    # en
    "dog", "puppy", "cat", "kitten", "kitty", "rabbit", "bunny", "hamster", "parrot",
    "budgie", "horse", "pony", "guinea pig", "tortoise", "turtle", "ferret",
    # de
    "hund", "hündin", "welpe", "katze", "kater", "kätzchen", "kaninchen", "hase",
    "hamster", "papagei", "wellensittich", "pferd", "pony", "meerschweinchen",
    # fr
    "chien", "chienne", "chiot", "chat", "chatte", "chaton", "lapin", "perroquet",
    "cheval", "jument", "cochon d'inde", "tortue", "furet",
    # es
    "perro", "perra", "perrito", "perrita", "cachorro", "gato", "gata", "gatito", "gatita",
    "conejo", "loro", "caballo", "yegua", "tortuga", "hurón",
    # it
    "cane", "cagna", "cagnolino", "cagnolina", "cucciolo", "cucciola", "gatto", "gatta",
    "gattino", "gattina", "micio", "coniglio", "pappagallo", "cavallo", "tartaruga",
    "criceto", "furetto",
    # nl
    "hond", "hondje", "teef", "pup", "puppy", "kat", "kater", "poes", "poesje", "kitten",
    "konijn", "papegaai", "paard", "cavia", "schildpad",
    # pl
    "pies", "piesek", "psa", "suczka", "suka", "szczeniak", "kot", "kotka", "kotek",
    "kocur", "królik", "papuga", "koń", "chomik", "świnka morska", "żółw",
)  # fmt: skip

_PET_NAMING = (
    "named", "called", "is called", "'s name is", "’s name is", "heißt", "heisst",
    "namens", "s'appelle", "s’appelle", "nommé", "nommée", "se llama", "llamado",
    "llamada", "si chiama", "di nome", "chiamato", "chiamata", "heet", "genaamd",
    "nazywa się", "ma na imię", "o imieniu",
)  # fmt: skip


# A word for a pet, then a naming verb or nothing, then the span: "Unser Hund |Bello|",
# "katze heißt |Mimi|", "mój pies, |Burek|,".
_PET_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrases(PET_WORDS)})(?:['’]s\s+name\s+is|\s*,?\s+"
    rf"(?:{phrases(_PET_NAMING)}))?[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE,
)
_PET_WINDOW = 40


def pet_name(text: str, span: Span) -> bool:
    """Whether the span is the name of a pet named right before it (`PET_WORDS`).

    >>> pet_name("Unser Hund Bello frisst nicht", Span(10, 15, "PERSON", 0.9, "ner"))
    True
    >>> pet_name("Der Hund von Bello frisst", Span(13, 18, "PERSON", 0.9, "ner"))
    False
    """
    start, _ = whole_words(text, span.start, span.end)
    pet = _PET_BEFORE.search(text, max(0, start - _PET_WINDOW), start)
    # a cue before the pet's word ("Herr Hund"), not its own "'s name is", is a person's
    return pet is not None and not after_cue(text, pet.start())


_WORK_VERBS = (
    # en
    "write", "wrote", "written", "paint", "painted", "compose", "composed", "direct",
    "directed", "invent", "invented", "sculpt", "sculpted",
    # de
    "schrieb", "geschrieben", "malte", "gemalt", "komponierte", "komponiert", "erfand",
    "erfunden", "drehte", "gedreht",
    # fr
    "écrit", "écrivit", "peint", "peignit", "composé", "composa", "réalisé", "réalisa",
    "inventé", "inventa",
    # es
    "escribió", "escrito", "pintó", "pintado", "compuso", "compuesto", "dirigió",
    "inventó", "inventado",
    # it
    "scrisse", "scritto", "dipinse", "dipinto", "compose", "composto", "diresse",
    "diretto", "inventò", "inventato",
    # nl
    "schreef", "geschreven", "schilderde", "geschilderd", "componeerde", "gecomponeerd",
    "regisseerde", "uitgevonden",
    # pl
    "napisał", "napisała", "namalował", "namalowała", "skomponował", "skomponowała",
    "wyreżyserował", "wynalazł", "wynalazła",
)  # fmt: skip
_WORK_VERB = re.compile(rf"(?<![\w-])(?:{phrases(_WORK_VERBS)})(?![\w-])", re.IGNORECASE)
# "who wrote", "wer hat ... geschrieben", "qui a écrit", "quién escribió", "chi ha scritto",
# "wie schreef", "kto napisał"
_WHO = re.compile(r"(?<![\w-])(?:who|wer|qui|quién|quien|chi|wie|kto)(?![\w-])", re.IGNORECASE)
# A work after the verb or before it: a capitalised word that does not start its sentence
# ("den |Faust|", "el |Quijote|", "Les |Misérables|", "|Pana| Tadeusza").
_CAPITALISED = re.compile(r"(?<=[\s'\"‘“„«])[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’-]+")
# A title in quotes, or three or more words of a title in title case, then the author's
# "by" / "von" / "de" / "di" / "van" right before the span.
_TITLE_THEN_BY = re.compile(
    r"(?:['\"’”»]|(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|a|an|in|on)\s+)*){2}[A-Z][\w'’-]*)"
    r"\s+(?:by|von|de|di|van|d['’])\s*(?:[A-Z]\.\s*)*[A-Z]?$"
)
# "who was ...?": a question about who someone in the past was ("En wie was Mark Twain
# eigenlijk?", "Kim był Fryderyk Chopin?")
_WHO_WAS = re.compile(
    r"(?<![\w-])(?:who\s+was|wer\s+war|qui\s+était|quién\s+(?:era|fue)|chi\s+(?:era|fu)|"
    r"wie\s+was|kim\s+(?:był|była))\s+$",
    re.IGNORECASE,
)
# A speech or the life of someone, summarised or for school: "summarise Barack Obama's 2008
# speech", "riassumi la vita di Giuseppe Garibaldi per la ricerca di storia": the word
# right before the name (with "of", "von", ... and one more word: "toespraak van koning")
# or "'s speech" right after it.
_SPEECH_OR_LIFE_BEFORE = re.compile(
    r"(?<![\w-])(?:speech|speeches|biography|life|rede|biografie|leben|discours|biographie|"
    r"vie|discurso|biografía|vida|discorso|biografia|vita|toespraak|leven|przemówienie|"
    r"biografię|życie|życiorys)\s+(?:(?:of|by|von|de|du|des|di|del|della|van)\s+)?"
    r"(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
_SPEECH_OR_LIFE_AFTER = re.compile(
    r"['’]s\s+(?:\d{4}\s+)?(?:speech|speeches|biography|life)(?![\w-])", re.IGNORECASE
)
_SUMMARY_OR_SCHOOL = re.compile(
    r"(?<![\w-])(?:summari[sz]e|summary|homework|essay|school|zusammenfass\w*|"
    r"hausaufgaben?|referat|aufsatz|schule|résum\w+|exposé|devoirs?|école|resum\w+|tarea|"
    r"deberes|clase|trabajo|riassum\w+|compiti|ricerca|verifica|tema|scuola|vat\w*|"
    r"samenvatting|huiswerk|werkstuk|spreekbeurt|streść|streszczenie|praca\s+domowa|"
    r"zadanie|wypracowanie|lekcj\w+|szkoł\w+)(?![\w-])",
    re.IGNORECASE,
)
# A question of when: "wann", "en quelle année", "¿en qué año", "kiedy", ...
_WHEN = re.compile(
    r"(?<![\w-])(?:when|what\s+year|wann|in\s+welchem\s+jahr|quand|en\s+quelle\s+année|"
    r"cuándo|cuando|en\s+qué\s+año|quando|in\s+che\s+anno|wanneer|in\s+welk\s+jaar|kiedy|"
    r"w\s+którym\s+roku)(?![\w-])",
    re.IGNORECASE,
)
# Writing to someone, not a work: "hat Anna mir geschrieben?", "did Tom write to us?"
_TO_ME = re.compile(
    r"(?<![\w-])(?:me|us|to|mir|mich|uns|moi|nous|m['’]|mi|nos|ci|mij|ons|mnie|nam|do)(?![\w-])",
    re.IGNORECASE,
)
_END = re.compile(r"[.!?\n]")


def _question(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the sentence around `text[start:end]` when it ends with "?"."""
    lo = max((m.end() for m in _END.finditer(text, 0, start)), default=0)
    stop = _END.search(text, end)
    if stop is None or stop[0] != "?":
        return None
    return lo, stop.end()


def _first_name_first(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` has more than one word and its first is a known first
    name."""
    words = text[start:end].split()
    if len(words) < 2 or fold(words[0]) in PARTICLES:
        return False  # "Van der Madeweg": a particle first
    return fold(words[0]) in Lexicon.load().first_names


def _first_name_alone(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one word that is a known first name: how a message
    names someone it knows ("Wann hat |Anna| den Brief geschrieben?"), not an author."""
    value = text[start:end]
    return " " not in value and fold(value) in Lexicon.load().first_names


def asked_about_author(text: str, span: Span) -> bool:
    """Whether the span is the author of a work the message asks about (see the module).

    >>> text = "Wann hat Goethe den Faust geschrieben?"
    >>> asked_about_author(text, Span(9, 15, "PERSON", 0.9, "ner"))
    True
    >>> text = "Hat Anna mir gestern geschrieben?"
    >>> asked_about_author(text, Span(4, 8, "PERSON", 0.9, "ner"))
    False
    """
    start, end = whole_words(text, span.start, span.end)
    if after_cue(text, start):
        return False
    if _TITLE_THEN_BY.search(text, max(0, start - 80), start) is not None:
        return True
    if _WHO_WAS.search(text, max(0, start - 24), start) is not None:
        return True
    if (
        _SPEECH_OR_LIFE_BEFORE.search(text, max(0, start - 40), start) is not None
        or _SPEECH_OR_LIFE_AFTER.match(text, end) is not None
    ) and _SUMMARY_OR_SCHOOL.search(text) is not None:
        return True
    bounds = _question(text, start, end)
    if bounds is None:
        return False
    lo, hi = bounds
    verb = _WORK_VERB.search(text, lo, hi)
    if verb is None or _TO_ME.search(text, lo, hi) is not None:
        return False
    if _WHO.search(text, lo, verb.start()) is not None:
        return True
    if _WHEN.search(text, lo, hi) is None or _first_name_alone(text, start, end):
        return False
    return any(
        not (m.start() < end and start < m.end()) for m in _CAPITALISED.finditer(text, lo, hi)
    )


# --- streets and stations ---

# A street's last word (not "-dijk", "-ring", "-damm": surnames end so too: "Houdijk",
# "Döring").
_STREET_LAST = re.compile(
    r"(?:straße|strasse|str\.|allee|weg|platz|gasse|ufer|straat|laan|gracht|kade|plein|"
    r"singel)$",
    re.IGNORECASE,
)
STATION_WORDS: tuple[str, ...] = (
    "station", "stop", "tube station", "metro station", "bahnhof", "haltestelle",
    "u-bahnhof", "s-bahnhof", "gare", "arrêt", "station de métro", "estación", "parada",
    "estación de metro", "stazione", "fermata", "stazione della metro", "halte",
    "metrostation", "stacja", "przystanek", "stacji", "przystanku",
)  # fmt: skip
_STATION_BEFORE = re.compile(rf"(?<![\w-])(?:{phrases(STATION_WORDS)})[ \t]+$", re.IGNORECASE)
_STATION_LAST = re.compile(
    r"[ \t](?:gare|bahnhof|hauptbahnhof|hbf|centrale|centraal|central|station|główny|"
    r"glowny)$",
    re.IGNORECASE,
)
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]*,?[ \t]*\d")


def street_or_station(text: str, span: Span) -> bool:
    """Whether the span is a street or a station named after a person (see the module).

    >>> text = "Wo ist die Packstation in der Konrad-Adenauer-Straße?"
    >>> street_or_station(text, Span(30, 52, "PERSON", 0.9, "ner"))
    True
    """
    start, end = whole_words(text, span.start, span.end)
    if _HOUSE_NUMBER_AFTER.match(text, end) is not None:
        return False  # "Konrad-Adenauer-Straße 5": an address
    if _STREET_LAST.search(text, start, end) is not None and (
        "-" in text[start:end] or not _first_name_first(text, start, end)
    ):
        return True  # not "Pieter Hellweg": a first name and a surname
    if _STATION_LAST.search(text, start, end) is not None:
        return True  # "depuis |Paris Gare| de Lyon", "|Milano Centrale|"
    station = _STATION_BEFORE.search(text, max(0, start - 24), start)
    return station is not None and not after_cue(text, start)


# --- brands beside their goods ---

GOODS_WORDS: tuple[str, ...] = (
    # to wear or carry
    "bag", "handbag", "jacket", "coat", "dress", "shirt", "shoes", "boots", "trainers",
    "sneakers", "perfume", "watch", "sunglasses", "wallet", "jeans", "tasche", "handtasche",
    "jacke", "mantel", "kleid", "hemd", "schuhe", "stiefel", "parfüm", "uhr", "brille",
    "sac", "sac à main", "veste", "manteau", "robe", "chemise", "chaussures", "bottes",
    "parfum", "montre", "lunettes", "bolso", "chaqueta", "abrigo", "vestido", "camisa",
    "zapatos", "botas", "perfume", "reloj", "gafas", "borsa", "borsetta", "giacca",
    "cappotto", "vestito", "camicia", "scarpe", "stivali", "profumo", "orologio",
    "occhiali", "tas", "handtas", "jas", "jurk", "overhemd", "schoenen", "laarzen",
    "horloge", "bril", "torebka", "torebkę", "torba", "kurtka", "kurtkę", "płaszcz",
    "sukienka", "koszula", "buty", "perfumy", "zegarek", "okulary",
    # to eat, drink or use
    "coffee", "tea", "chocolate", "pudding", "oil", "olive oil", "pasta", "cereal",
    "ketchup", "shampoo", "kaffee", "tee", "schokolade", "öl", "olivenöl", "nudeln",
    "café", "thé", "chocolat", "huile", "pâtes", "turrón", "aceite", "té", "caffè", "tè",
    "cioccolato", "cioccolata", "olio", "koffie", "thee", "chocolade", "olie", "hagelslag",
    "kawa", "kawę", "herbata", "herbatę", "czekolada", "czekoladę", "olej", "oliwa",
)  # fmt: skip
_GOODS_BEFORE = re.compile(
    r"(?:^|[.!?¿¡]\s*|(?<![\w-])(?:the|a|an|my|your|our|der|die|das|den|dem|ein|eine|einen|"
    r"meine?n?|le|la|les|l['’]|un|une|ma|mon|mes|el|los|las|una|mi|mis|il|lo|gli|i|il\s+mio|"
    r"la\s+mia|de|het|een|mijn|moja|mój|moje|czy|does|do|is|ist|est-ce\s+que|es|è)\s+)"
    rf"(?:{phrases(GOODS_WORDS)})[ \t]+$",
    re.IGNORECASE,
)
_GOODS_LAST = re.compile(rf"[ \t](?:{phrases(GOODS_WORDS)})$", re.IGNORECASE)


def brand_beside_goods(text: str, span: Span) -> bool:
    """Whether the span is a brand named right after its goods, or a brand the model ran
    into the goods word after it (see the module).

    >>> text = "Czy kawa Jacobs jest jeszcze w promocji?"
    >>> brand_beside_goods(text, Span(9, 15, "PERSON", 0.9, "ner"))
    True
    >>> text = "Gracias por el café, María"
    >>> brand_beside_goods(text, Span(21, 26, "PERSON", 0.9, "ner"))
    False
    """
    start, end = whole_words(text, span.start, span.end)
    if after_cue(text, start):
        return False
    if _GOODS_LAST.search(text, start, end) is not None:
        return True
    return _GOODS_BEFORE.search(text, max(0, start - 40), start) is not None


# --- voice assistants ---

ASSISTANTS: frozenset[str] = frozenset({"siri", "alexa", "cortana", "bixby"})
_COMPARED_BEFORE = re.compile(
    r"(?<![\w-])(?:than|like|als|wie|que|comme|como|di|che|come|dan|zoals|niż|jak|or|oder|ou|"
    r"o|of|lub|czy|and|und|et|y|e|en|i)[ \t]+$",
    re.IGNORECASE,
)


def voice_assistant(text: str, span: Span) -> bool:
    """Whether the span is a voice assistant compared with the bot or named beside another
    one (see the module).

    >>> text = "haha thanks, you're more helpful than Siri or Alexa"
    >>> voice_assistant(text, Span(47, 52, "PERSON", 0.9, "ner"))
    True
    """
    start, end = whole_words(text, span.start, span.end)
    if fold(text[start:end]) not in ASSISTANTS or after_cue(text, start):
        return False
    return _COMPARED_BEFORE.search(text, max(0, start - 12), start) is not None


# --- cars ---

CAR_MAKES: tuple[str, ...] = (
    "Alfa Romeo", "Audi", "BMW", "BYD", "Chevrolet", "Chrysler", "Citroën", "Citroen",
    "Cupra", "Dacia", "Dodge", "DS", "Ferrari", "Fiat", "Ford", "Honda", "Hyundai", "Jaguar",
    "Jeep", "Kia", "Lamborghini", "Lancia", "Land Rover", "Lexus", "Lynk & Co", "Maserati",
    "Mazda", "Mercedes", "Mercedes-Benz", "MG", "Mini", "Mitsubishi", "Nissan", "Opel",
    "Peugeot", "Polestar", "Porsche", "Range Rover", "Renault", "Seat", "Škoda", "Skoda",
    "Smart", "Subaru", "Suzuki", "Tesla", "Toyota", "Volkswagen", "VW", "Volvo",
)  # fmt: skip
_MAKE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(m) for m in sorted(CAR_MAKES, key=len, reverse=True))
    + r")(?![\w-])"
)
# A model after the make: a capitalised word or a number ("Zoé", "Corolla", "208", "Mach-E").
_MODEL_AFTER_MAKE = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|\d{1,4}\b)")


def car_model(text: str, span: Span) -> bool:
    """Whether the span is a car's make and model, or its model after the make (see the
    module).

    >>> text = "La borne est-elle compatible avec la Renault Zoé ?"
    >>> car_model(text, Span(37, 48, "PERSON", 0.9, "ner"))
    True
    """
    start, end = whole_words(text, span.start, span.end)
    for make in _MAKE.finditer(text, max(0, start - 24), end):
        over = make.start() < end and start < make.end()
        just_before = make.end() <= start and not text[make.end() : start].strip(" \t'’")
        if not (over or just_before) or _MODEL_AFTER_MAKE.match(text, make.end()) is None:
            continue
        if fold(make[0]) in Lexicon.load().first_names and not _ARTICLE_BEFORE.search(
            text, max(0, make.start() - 12), make.start()
        ):
            continue  # "Mercedes Schmidt hat angerufen": a make that is a first name too
        return not after_cue(text, make.start())
    return False


_ARTICLE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:the|a|an|my|our|your|die|der|den|dem|das|ein|eine|einen|mein|meine|"
    r"meinen|unser|unseren|la|le|les|ma|mon|notre|votre|el|mi|su|il|lo|mia|mio|de|het|een|"
    r"mijn|onze|moja|mój|nasza|czy)\s+|[lL]['’])$"
)


_NAME_WORD = re.compile(r"[^\W\d_]+")


def letter_said(text: str, span: Span) -> bool:
    """Whether every word of a name says a letter (`says_letter`): "A wie |Anton|"."""
    words = list(_NAME_WORD.finditer(text, span.start, span.end))
    return bool(words) and all(says_letter(text, w.start(), w.end()) for w in words)


__all__ = [
    "ASSISTANTS",
    "CAR_MAKES",
    "GOODS_WORDS",
    "PET_WORDS",
    "STATION_WORDS",
    "asked_about_author",
    "brand_beside_goods",
    "car_model",
    "letter_said",
    "pet_name",
    "street_or_station",
    "voice_assistant",
]
