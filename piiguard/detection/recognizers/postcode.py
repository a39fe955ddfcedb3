"""Postcodes on their own (LOCATION), reported only next to a postcode word.

"my zip code is 90210", "PLZ 80331", "code postal : 75002", "kod pocztowy 00-950",
"postcode SW1A 1AA": a postcode is location data even without the street, and the
NER model, trained on whole addresses, often misses one that stands alone. Most
postcode shapes are just 4-5 digits, so the word is required, as for dates of birth.

The recognizer fills gaps only: its priority (0) is below the NER model's (1), so
where the model tagged an address or anything else over the same characters, the
model's span is kept whole.
"""

from __future__ import annotations

import re
from typing import ClassVar

from piiguard._types import LOCATION, Span
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
)

_B = NUMBER_START
_E = NUMBER_END

POSTCODE_WORDS = (
    "zip code", "zip codes", "zipcode", "zip-code", "postcode", "post code", "postal code",
    "postalcode", "postleitzahl", "code postal", "codigo postal", "código postal",
    "c.p.", "c.a.p.", "codice postale", "kod pocztowy", "postnummer", "postnr",
)  # fmt: skip
"""Words that make a nearby 4-5 digit number a postcode (case-insensitive, whole words)."""

# Short words that are postcode words only right before the value: "zip 90210",
# "PLZ: 80331" (not "the zip has 2000 files", "plz send 5000"). Italian "CAP" is left
# out: "cap 5000" is as often a spending cap.
_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:zip|plz)\s*[:#]?\s*$", re.IGNORECASE)
# Italian "CAP" counts written as the abbreviation in capitals ("CAP 20121", "CAP: 00184")
# or with the Italian verb ("il mio cap è 80132"), five digits after it.
_CAP_BEFORE = re.compile(r"(?:(?<!\w)CAP\s*[:#]?|(?<!\w)(?i:cap)\s+(?:è|e'|é))\s*$")
# Between the word and the value: another number, or a sentence end ("my postcode
# changed. I paid 5000"), means the word is about something else.
_DIGIT_OR_CLAUSE_END = re.compile(r"\d|[!?;\n]|\.(?=\s)")
_WINDOW_BEFORE = 32
# The German words, which also name the value's country: "Postleitzahl" in any case, the
# abbreviation "PLZ" in capitals anywhere before the value ("die PLZ ist 22085"; lower-case
# "plz" is also "please", so it counts only right before: `_RIGHT_BEFORE`).
_GERMAN_WORD = re.compile(r"(?<!\w)(?:(?i:postleitzahl)|PLZ)(?!\w)")
# A postcode asked about is nobody's ("le code postal 20040 c'est bien Casablanca ?", "is
# 06420 de postcode van Çankaya?", "¿hacéis envíos al código postal 46001?", "spedite al
# CAP 20121?"): its sentence is a question and says nothing of the writer. A question
# about a shop's delivery area names an area of thousands of people, not the writer's
# home. A first-person word, or living there, makes it the writer's own ("is my zip code
# 90210 in your area?", "vivo nel CAP 20121, consegnate lì?").
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)|[?\n]")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s|¿)[^.!?\n¿]*$")
_WRITER = re.compile(
    r"(?<!\w)(?:i|i'm|me|my|mine|we|us|our|ich|mir|mich|mein\w*|wir|uns|unser\w*|je|j'|moi"
    r"|mon|ma|mes|nous|notre|nos|yo|me|mi|mis|nosotros|nuestr\w+|io|mio|mia|miei|mie|noi"
    r"|nostr\w+|ik|mij|mijn|wij|ons|onze|ja|mnie|mój|moj\w*|nasz\w*"
    # where one lives
    r"|live|living|wohne|wohnen|habite|vivo|vivimos|abito|viviamo|woon|wonen|mieszkam"
    r"|mieszkamy)(?!\w)",
    re.IGNORECASE,
)
DE_PLZ = "DE_PLZ"
"""Presidio's label for a German postcode, given as an alternative reading."""


class PostcodeRecognizer(PatternRecognizer):
    """Postcodes of the shapes piiguard's locales use, only beside a postcode word.

    >>> r = PostcodeRecognizer()
    >>> [(s.label, s.start) for s in r.analyze("my zip code is 90210")], r.analyze("I owe 90210")
    ([('LOCATION', 15)], [])
    """

    name = "postcode"
    label = LOCATION
    priority = 0  # below the NER model: never cuts a longer address span apart
    TRIGGER = r"\d"
    TRIGGER_WORDS = (
        "zip", "post", "plz", "codigo", "código", "c.p.", "c.a.p", "pocztow", "cap",
    )  # fmt: skip
    PATTERNS = (
        Pattern("uk", _B + r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}" + _E, 0.85, re.IGNORECASE),
        Pattern("ca", _B + r"[A-Z]\d[A-Z] ?\d[A-Z]\d" + _E, 0.85, re.IGNORECASE),
        # Dutch letters in capitals, or lower case written together: "1012 AB", "1012ab"
        # (not "postcode 1012 is ...").
        Pattern("nl", _B + r"\d{4}(?: ?[A-Z]{2}|[a-z]{2})" + _E, 0.85),
        Pattern("us_plus4", _B + r"\d{5}-\d{4}" + _E, 0.85),
        Pattern("pl", _B + r"\d{2}-\d{3}" + _E, 0.85),
        Pattern("pt", _B + r"\d{4}-\d{3}" + _E, 0.85),
        Pattern("digits", _B + r"\d{4,5}" + _E, 0.85),
    )
    CONTEXT = POSTCODE_WORDS

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        german = self._german_context(text, start)
        if not german and not self._postcode_context(text, start, end):
            return None
        if asked_about(text, start, end):
            return None
        value = text[start:end]
        # Deutsche Post's range: five digits from 01001 to 99998.
        if german and len(value) == 5 and "01001" <= value <= "99998":
            return Span(start, end, self.label, pattern.score, self.name, alternatives=(DE_PLZ,))
        return Span(start, end, self.label, pattern.score, self.name)

    def _german_context(self, text: str, start: int) -> bool:
        """A German postcode word before the value ("PLZ: 10115", "die PLZ ist 22085",
        "Postleitzahl 80331"), with no digit or sentence end in between."""
        before = text[max(0, start - _WINDOW_BEFORE) : start]
        right_before = _RIGHT_BEFORE.search(before)
        if right_before is not None and right_before[0][:3].casefold() == "plz":
            return True
        return self.context_before(
            text,
            start,
            window=_WINDOW_BEFORE,
            blocker=_DIGIT_OR_CLAUSE_END,
            context_words=_GERMAN_WORD,
        )

    def _postcode_context(self, text: str, start: int, end: int) -> bool:
        """A postcode word before the value with no digit or sentence end in between
        ("postcode is SW1A 1AA"), or one shortly after ("90210 is my zip code")."""
        before = text[max(0, start - _WINDOW_BEFORE) : start]
        return bool(
            _RIGHT_BEFORE.search(before)
            or (end - start == 5 and _CAP_BEFORE.search(before) is not None)
            or self.context_before(text, start, window=_WINDOW_BEFORE, blocker=_DIGIT_OR_CLAUSE_END)
            or self.context_after(text, end, blocker=_DIGIT_OR_CLAUSE_END) is not None
        )


_SENTENCE_CHARS = 240
"""How far from a postcode its sentence is read (`asked_about`): a sentence that starts
or ends further away is not known to be a question, and each postcode reads a bounded
stretch (a whole long sentence read for every postcode in it is quadratic)."""


def asked_about(text: str, start: int, end: int) -> bool:
    """Whether the postcode at `start:end` stands in a question (its sentence ends in "?"
    or opens with "¿") with no word of the writer's own (`_WRITER`) in it; the sentence
    starts and ends within `_SENTENCE_CHARS` of the postcode.

    >>> asked_about("le code postal 20040 c'est bien Casablanca ?", 15, 20)
    True
    >>> asked_about("is my zip code 90210 in your area?", 15, 20)
    False
    """
    window_start = max(0, start - _SENTENCE_CHARS)
    close = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    opening = _SENTENCE_START.search(text, window_start, start)
    if opening is None and window_start > 0:
        return False  # a sentence longer than the window: not known to be a question
    sentence_start = window_start if opening is None else opening.start()
    question = (close is not None and text[close.start()] == "?") or (
        "¿" in text[sentence_start:start]
    )
    if not question:
        return False
    sentence_end = min(len(text), end + _SENTENCE_CHARS) if close is None else close.end()
    return _WRITER.search(text, sentence_start, sentence_end) is None


UK_POSTCODE = "UK_POSTCODE"

# Royal Mail's layouts (outward code, space, inward code), the letters each position
# may hold, and the Girobank's GIR 0AA.
_INWARD = r"\d[ABD-HJLNP-UW-Z]{2}"
_UK_POSTCODE = (
    r"(?:GIR ?0AA"
    rf"|[A-PR-UWYZ]\d[A-HJKPSTUW]? ?{_INWARD}"
    rf"|[A-PR-UWYZ]\d\d ?{_INWARD}"
    rf"|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]? ?{_INWARD}"
    rf"|[A-PR-UWYZ][A-HK-Y]\d\d ?{_INWARD})"
)


# Royal Mail's postcode areas (the outward code's letters): "KX8 2QP" has the layout but
# names no area, so it is a booking reference or a code, not a postcode. BF and BX are the
# forces' and the non-geographic areas; GIR is the Girobank's.
_AREAS_TABLE = (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH"
    " DL DN DT DY E EC EH EN EX FK FY G GIR GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE"
    " KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL"
    " PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB"
    " W WA WC WD WF WN WR WS WV YO ZE"
)
UK_POSTCODE_AREAS: frozenset[str] = frozenset(_AREAS_TABLE.split())
_AREA = re.compile(r"[A-Za-z]+")


class UkPostcodeRecognizer(PatternRecognizer):
    """UK postcodes under Presidio's label. Royal Mail's layout in capitals ("SW1A 1AA",
    "M11AA") is specific enough to stand alone; in lower case a postcode word must be
    near. Priority 0, as for `PostcodeRecognizer`: where the model tagged a whole
    address, the address span is kept whole.

    >>> [(s.label, s.score) for s in UkPostcodeRecognizer().analyze("From SW1A 1AA to M1 1AA")]
    [('UK_POSTCODE', 0.6), ('UK_POSTCODE', 0.6)]
    """

    name = "uk_postcode"
    label = UK_POSTCODE
    priority = 0
    TRIGGER = r"\d[A-Za-z]{2}(?![A-Za-z])"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("uk_postcode", r"(?<![\w-])" + _UK_POSTCODE + r"(?![\w-])", 0.6, re.IGNORECASE),
    )
    CONTEXT = (*POSTCODE_WORDS, "address", "delivery", "deliver to", "send to", "ship to",
               "adresse", "adres", "dirección", "indirizzo", "adres dostawy")  # fmt: skip
    LOWER_CASE_SCORE = 0.2
    AREAS: frozenset[str] | None = UK_POSTCODE_AREAS
    """The outward code's letters must be one of these (None: any)."""

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        area = _AREA.match(value)
        if self.AREAS is not None and (area is None or area[0].upper() not in self.AREAS):
            return None  # "prenotazione KX82QP": the layout, but no postcode area
        score = pattern.score if value.isupper() else self.LOWER_CASE_SCORE
        if self._context is not None and (
            self.context_before(text, start, window=_WINDOW_BEFORE, blocker=_DIGIT_OR_CLAUSE_END)
            or self.context_after(text, end, blocker=_DIGIT_OR_CLAUSE_END) is not None
        ):
            score = 1.0
        return Span(start, end, self.label, score, self.name)


CA_POSTAL_CODE = "CA_POSTAL_CODE"


class CaPostalCodeRecognizer(UkPostcodeRecognizer):
    """Canadian postal codes under Presidio's label: letter-digit-letter, space,
    digit-letter-digit, with Canada Post's letters ("K1A 0B1") stands alone in
    capitals; run together or in lower case a postcode word must be near.

    >>> [(s.label, s.score) for s in CaPostalCodeRecognizer().analyze("Ottawa K1A 0B1")]
    [('CA_POSTAL_CODE', 0.6)]
    """

    name = "ca_postal_code"
    label = CA_POSTAL_CODE
    AREAS = None
    TRIGGER = r"[A-Za-z]\d[A-Za-z] ?\d"
    PATTERNS = (
        Pattern(
            "ca_postal_code",
            r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])",
            0.6,
            re.IGNORECASE,
        ),
        Pattern(
            "ca_postal_code_joined",
            r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])",
            0.2,
            re.IGNORECASE,
        ),
    )

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        span = super().check(text, start, end, pattern)
        if span is not None and pattern.name == "ca_postal_code_joined" and span.score < 1.0:
            return Span(start, end, self.label, self.LOWER_CASE_SCORE, self.name)
        return span
