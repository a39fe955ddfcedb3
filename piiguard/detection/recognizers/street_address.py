"""Street addresses by their shape (LOCATION): a street word, a name and a house number,
in the layouts of the seven languages served.

"Calle Larios 8, 2º izda.", "Herenstraat 17A", "ul. Długa 5/12", "14 rue des Lilas",
"42 Elm Road", "Via Garibaldi 12", "Karl-Marx-Allee 31". The NER model finds most
addresses, but not all: a signature block under "--", an address in a sentence about
something else. This recognizer fills those gaps only: its priority (0) is below the
model's (1), so where the model tagged an address, or anything else over the same
characters, the model's span is kept whole. What it reports is judged by the masking
policy like any place the model finds (`piiguard.detection.policy`): an address stands,
a shop's or a public institution's address does not ("the store at 221 Baker St").

Every layout needs a street word and a house number, and the street's name in capitals
(or the whole address in lower case after a lower-case street word in a text without
capitals is left to the model): "Calle 5" and "Via 3" are too little to be an address.
"""

from __future__ import annotations

from piiguard._types import LOCATION
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

# A capitalised word of a street's name, and the particles between them.
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*|\d{1,2}(?=\s+[A-ZÀ-Ý]))"
_PARTICLE = (
    r"(?:de|del|della|delle|dei|degli|di|da|des|du|de\s+la|de\s+las|de\s+los|la|le|les|"
    r"l['’]|d['’]|y|e|i|van|von|der|den|het|am|an|im|auf|z|ze)"
)
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+|{_PARTICLE}(?=[A-ZÀ-Ý]))?{_NAME_WORD}){{0,4}}"
# A house number and what may follow it: a letter, a second number, a flat or floor.
_NUMBER = r"\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?(?:[ \t]?[/-][ \t]?\d{1,4}[a-zA-Z]?)?"
_UNIT = (
    r"(?:,?[ \t]*(?:\d{1,2}(?:[ºª°]|[oa](?![\w]))\.?(?:[ \t]?(?:[A-Z]|izda\.?|izq\.?|dcha\.?|"
    r"der\.?|izquierda|derecha|pta\.?|puerta\s+\d+))?|(?:bis|ter|piso\s+\d+|planta\s+\d+|int\.?\s*\d+|"
    r"interno\s+\d+|scala\s+[A-Z]|m\.?\s*\d+|apt\.?\s*\d+|flat\s+\d+)))?"
)
# Not a quantity: "Der Weg 5 km", "Via 3 minuti", "Plaza 2 horas".
_END = (
    r"(?![\w-])(?![ \t]*(?:km|m|min|minutes?|minuten|minuti|minutos|minuten|uur|uhr|h|%|€|"
    r"euro|eur|mal|times|x|kg|jahre?|years?|ans?|años|anni|jaar|lat|stunden|hours?|horas|ore)"
    r"(?![\w]))"
)

# Street words before the name (es, it, pl, fr, nl written apart, de written apart).
_STREET_BEFORE = (
    r"(?i:calle|c/|avda\.|avenida|paseo|plaza|pza\.|camino|carretera|ronda|travesía|"
    r"via|viale|corso|piazza|piazzale|vicolo|largo|strada|contrada|ul\.|ulica|ulicy|al\.|"
    r"aleja|alei|os\.|osiedle|pl\.|plac|placu)"
)
# Street words after the name (en).
_STREET_AFTER_EN = (
    r"(?:Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.?|Close|Court|Ct\.?|"
    r"Crescent|Grove|Place|Pl\.?|Square|Sq\.?|Terrace|Gardens|Way|Row|Mews|Hill|Park)"
)
# French street words after the number.
_STREET_FR = r"(?i:rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|quai|place|route|cours|square)"
# Compounds whose last part is the street word (de, nl), hyphenated names too.
_COMPOUND = (
    r"[A-ZÀ-ÖØ-ÞÄÖÜ][\w'’.-]*(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|"
    r"chaussee|steig|pfad|straat|laan|gracht|kade|plein|singel|dijk|steeg|hof|dreef)"
)
# German and Dutch street words written apart: "Am Markt 26", "Kleine Gracht 3".
_APART_AFTER = (
    r"(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Markt|Damm|Ufer|Straat|Laan|Gracht|Kade|"
    r"Plein|Singel|Dijk|Steeg)"
)


class StreetAddressRecognizer(PatternRecognizer):
    """A street address by its layout (see the module).

    >>> r = StreetAddressRecognizer()
    >>> text = "Pilar Vázquez Romero\\nCalle Larios 8, 2º izda.\\n29005 Málaga"
    >>> [text[s.start:s.end] for s in r.analyze(text)]
    ['Calle Larios 8, 2º izda.']
    >>> r.analyze("Ho preso il treno delle 8 da Via 3")
    []
    """

    name = "street_address"
    label = LOCATION
    priority = 0  # below the NER model: fills gaps, never cuts a longer span apart
    TRIGGER = r"\d"
    # a street word of some layout (lower-case stems, some with the space or dot that
    # keeps them from opening the gate inside other words)
    TRIGGER_WORDS = (
        "calle", "c/", "avda", "avenid", "paseo", "plaza", "pza", "camino", "carretera",
        "ronda", "travesía", "via ", "viale", "corso", "piazza", "vicolo", "largo", "strada",
        "contrada", "ul.", "ulic", "al.", "alej", "alei", "os.", "osiedl", "pl.", "plac",
        "rue ", "avenue", "av.", "boulevard", "bd ", "chemin", "impasse", "allée", "quai",
        "place", "route", "cours", "square", " sq", "street", " st", "road", "rd.", " ave",
        " rd", "lane", "ln.", "drive", " dr", "close", "court", "ct.", "crescent", "grove",
        "terrace", "gardens", " way", " row", "mews", " hill", " park", "straße", "strasse",
        "str.", "weg", "allee", "platz", "gasse", "ring", "markt", "damm", "ufer", "chaussee",
        "steig", "pfad", "straat", "laan", "gracht", "kade", "plein", "singel", "dijk",
        "steeg", "hof", "dreef",
    )  # fmt: skip
    PATTERNS = (
        Pattern(
            "before",
            rf"(?<![\w-]){_STREET_BEFORE}[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME},?[ \t]*"
            rf"{_NUMBER}{_UNIT}{_END}",
            0.6,
        ),
        Pattern("compound", rf"(?<![\w-]){_COMPOUND}[ \t]+{_NUMBER}{_UNIT}{_END}", 0.6),
        Pattern(
            "apart",
            rf"(?<![\w-])(?!(?:Der|Die|Das|Den|Dem|Ein|Eine|Einen|De|Het|Een|The|Mein|Meine|Mijn|"
            rf"Unser|Unsere|Onze)[ \t])(?:Am[ \t]+|An[ \t]+der[ \t]+|Auf[ \t]+dem[ \t]+)?"
            rf"{_NAME}[ \t]+{_APART_AFTER}[ \t]+{_NUMBER}{_UNIT}{_END}",
            0.6,
        ),
        Pattern(
            "number_first_fr",
            rf"(?<![\w,.-])\d{{1,4}}(?:[ \t]?(?:bis|ter))?,?[ \t]+{_STREET_FR}[ \t]+"
            rf"(?:(?:de[ \t]+la|de|du|des|d['’]|l['’])[ \t]*)?{_NAME}{_END}",
            0.6,
        ),
        Pattern(
            "number_first_en",
            rf"(?<![\w,.-])\d{{1,4}}[A-Za-z]?[ \t]+{_NAME}[ \t]+{_STREET_AFTER_EN}(?![\w])",
            0.6,
        ),
    )


__all__ = ["StreetAddressRecognizer"]
