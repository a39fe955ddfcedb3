"""`stated_age`: the age a writer plainly states as their own, in the seven chat languages.

The consent gate never writes a child's turn to training data (`piiguard.consent.gate`).
A consent record may say nothing of age, while the child says it in the chat:
"I'm 12 years old", "ich bin 13", "j'ai 14 ans", "tengo 12 años", "ho 13 anni",
"ik ben 12 jaar", "mam 12 lat". This module finds such FIRST-PERSON statements:

>>> stated_age("hi, I'm 12 years old and I need help with maths")
12
>>> stated_age("j'ai 14 ans d'expérience"), stated_age("my son is 12") is None
(None, True)

A false find marks an adult a minor for good (their training records and vault entries
are erased), so only plain statements count, in two strengths:

- a number with an age word that leaves no doubt: "12 years old", "12 yo",
  "13 Jahre alt", "13-jährig", "12 jaar oud", "13-latkiem", and the verbs that only
  state an age with their unit ("j'ai 14 ans", "tengo 12 años", "ho 13 anni",
  "mam 12 lat") unless a complement turns them into a duration ("... d'expérience",
  "... de experiencia", "... di servizio", "... doświadczenia", "... more than");
- a bare number after "I'm" / "I am" / "ich bin" / "ik ben" (and an `age:` field at the
  start of a line or of a comma-separated field) only where the statement ends: at the
  end of a sentence or line, before a comma, or before "and" ("I'm 12.", "ich bin 13
  und ..."). "I'm 12 minutes late", "ich bin 12 Stunden unterwegs", "I'm 15 km away",
  "I am 13th in the queue" and "I'm there at 12" do not end there. A bare "I'm 12" right
  after a word that says what else it counts ("What size are you? I'm 12.", "Which
  floor? I'm 12.") is not an age.

Ages from five to fifteen written in words count as the digits do, each language's words
in its own patterns ("I'm twelve", "ich bin zwölf Jahre alt", "j'ai douze ans"); so do
chat shorthand ("im 12 lol", "12 y/o here") and digits in disguise (fullwidth, or with an
invisible character inside), read in the detection view (`piiguard.detection.folding`).

Not covered (a miss, never a false find): other verb forms ("I turned 12", "cumplí 12
años"), a pronoun dropped ("bin 13"), and ages with a duration-looking complement
("j'ai 14 ans en mai"). "When I'm 16" (a future age) is not
a statement of one's age. Someone quoting another ("she said: I'm 12") cannot be told
apart from the writer and counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from piiguard.detection.folding import fold
from piiguard.detection.number_words import NUMBER_WORDS

_WORDS: dict[str, str] = {
    # five to fifteen in each chat language, in order; `|` joins ways of typing one number
    language: " ".join(numbers.split()[5:])
    for language, numbers in NUMBER_WORDS.items()
}
_WORD_VALUES = {
    word: age
    for numbers in _WORDS.values()
    for age, forms in enumerate(numbers.split(), start=5)
    for word in forms.split("|")
}
"""Each number word and the age it says."""


def _age(*languages: str) -> str:
    """An age in digits, or in words of `languages` (all of them when none is named)."""
    numbers = " ".join(_WORDS[lang] for lang in languages or tuple(_WORDS))
    words = sorted(set(numbers.replace("|", " ").split()), key=len, reverse=True)
    return rf"(?:{_DIGITS}|(?<!\w)(?P<word>{'|'.join(words)})(?!\w))"


_DIGITS = r"(?<![\d.,])(?P<age>[1-9]\d?)(?!\d|[.,]\d)"
_Q = r"['’ʼ´`]"  # apostrophes as typed on phones and keyboards
# "When I'm 16" states a future age: checked after the "i", so only where one stands.
_I = r"\bi(?<!when i)(?<!until i)(?<!till i)(?<!once i)(?<!before i)(?<!after i)"
# "im" alone is also German "im" ("im 3. Stock"): it counts in the strong forms only.
_I_AM = rf"{_I}\s*{_Q}\s*m|{_I}\s+am"
_ENDS = (
    r"(?=\s*$|\s*[!?;,)]|\s*\.(?!\d)"
    r"|\s+(?:and|und|en|et|now|jetzt|nu|btw|lol|haha|xd)\b)"
)
"""Where a bare statement of an age must end: the sentence, the line, a clause."""

# Complements that make "have N years" a duration, not an age (after the unit).
_FR_DURATION = (
    r"(?!\s*(?:de\b|d{Q}|du\b|des\b|dans\b|en\b|chez\b|à\b|au\b|aux\b|que\b|qu{Q}"
    r"|pour\b|avec\b|sans\b|sur\b|depuis\b|passés?\b|plus\b|moins\b))"
).replace("{Q}", _Q)
_ES_DURATION = (
    r"(?!\s*(?:de\b|del\b|en\b|con\b|que\b|como\b|sin\b|más\b|mas\b|menos\b|aquí\b|aqui\b"
    r"|acá\b|allí\b|para\b|por\b|\w+ando\b|\w+iendo\b|casad))"
)
_IT_DURATION = (
    r"(?!\s*(?:di\b|d{Q}|in\b|nel\w*|nella\b|da\b|dal\w*|a\b|al\b|che\b|come\b|con\b"
    r"|più\b|meno\b|qui\b|lì\b|fa\b|per\b|\w+ando\b|\w+endo\b))"
).replace("{Q}", _Q)
_PL_DURATION = (
    r"(?!\s*(?:doświadczeni\w*|stażu|pracy|służby|nauki|praktyki|małżeństwa|kariery"
    r"|w\b|we\b|na\b|od\b|jako\b|przy\b|z\b|ze\b|u\b|po\b|do\b|za\b|dla\b|więcej|mniej"
    r"|starsz\w*|młodsz\w*|różnicy))"
)

_PATTERNS: tuple[str, ...] = (
    # English: "I'm 12 years old", "im 14 yo", "I am 13 y/o", "I'm a 13-year-old (girl)".
    rf"(?:{_I_AM}|{_I}m)\s+(?:only\s+|just\s+|now\s+|currently\s+|almost\s+)?"
    rf"{_age('en')}\s*(?:-\s*)?(?:(?:years?|yrs?|yr)\s*-?\s*old\b|(?:yo|y/o|y\.o\.?)(?!\w))",
    rf"(?:{_I_AM}|{_I}m)\s+an?\s+{_age('en')}\s*-?\s*(?:years?|yrs?|yr)\s*-?\s*old\b",
    # "12 y/o here", "13 yo here, ..." opening a line
    rf"^\s*{_age('en')}\s*(?:yo|y/o|y\.o\.?|(?:years?|yrs?)\s*-?\s*old)\s+here\b",
    # German: "ich bin 13 Jahre alt", "ich bin 13-jährig", "ich bin eine 13-jährige".
    rf"\bich\s+bin\s+(?:erst\s+|gerade\s+|jetzt\s+|schon\s+|bereits\s+|fast\s+)?{_age('de')}"
    rf"\s*(?:jahre?\s+alt\b|-?\s*jährig\b)",
    rf"\bich\s+bin\s+eine?\s+{_age('de')}\s*-?\s*jährige[rs]?\b",
    # Dutch: "ik ben 12 jaar oud", "ik ben 12-jarig", "ik ben een 12-jarige".
    rf"\bik\s+ben\s+(?:pas\s+|net\s+|nu\s+|al\s+|bijna\s+)?{_age('nl')}"
    rf"\s*(?:jaar\s+oud\b|-?\s*jarig\b)",
    rf"\bik\s+ben\s+een\s+{_age('nl')}\s*-?\s*jarige\b",
    # French: "j'ai 14 ans", "jai 14 ans", "je suis âgée de 13 ans".
    rf"\bj\s*{_Q}?\s*ai\s+(?:(?:déjà|seulement|que|juste|bientôt|presque|eu)\s+)?{_age('fr')}"
    rf"\s*ans\b{_FR_DURATION}",
    rf"\bje\s+suis\s+âgée?\s+de\s+{_age('fr')}\s*ans\b",
    # Spanish: "tengo 12 años" (also "anos", typed without the tilde).
    rf"\btengo\s+(?:(?:solo|sólo|ya|apenas|casi)\s+)?{_age('es')}\s*a[ñn]os\b{_ES_DURATION}",
    # Italian: "ho 13 anni", "ho compiuto 13 anni".
    rf"\bho\s+(?:(?:solo|appena|quasi|già|compiuto)\s+)?{_age('it')}\s*anni\b{_IT_DURATION}",
    # Polish: "mam 12 lat", "jestem 13-latkiem", "jestem 13-letnią ...", "skończyłam 13 lat".
    rf"\b(?:mam|skończył[ae]m)\s+(?:(?:dopiero|już|prawie|tylko|skończone)\s+)?{_age('pl')}"
    rf"\s*(?:lat|lata|rok)\b{_PL_DURATION}",
    rf"\bjestem\s+{_age('pl')}\s*-?\s*(?:latk(?:iem|ą)|letni(?:m|ą))\b",
    # Every language: an "age" field ("Age: 13", "Alter: 13", "edad: 12") at the start of a
    # line or of a comma-separated field, and "my age is 13".
    rf"(?:^|(?<=[,;|(]))\s*(?:[-*•]\s*)?(?:age|alter|âge|edad|età|leeftijd|wiek)\s*[:=]\s*"
    rf"{_age()}(?:\s*(?:years?|yrs?|jahre?|ans|a[ñn]os|anni|jaar|lat|lata))?{_ENDS}",
    rf"\b(?:my\s+age\s+is|mein\s+alter\s+ist|mon\s+âge\s+est(?:\s+de)?|mi\s+edad\s+es"
    rf"(?:\s+de)?|la\s+mia\s+età\s+è(?:\s+di)?|mijn\s+leeftijd\s+is|mój\s+wiek\s+to)\s+"
    rf"{_age()}(?:\s*(?:years?|yrs?|jahre?|ans|a[ñn]os|anni|jaar|lat|lata))?{_ENDS}",
)
_BARE_PATTERNS: tuple[str, ...] = (
    # chat shorthand "im 12 lol", "hi im 13!" ("im" is also German: "im 12. Stock" ends
    # in a full stop, which does not count here)
    rf"{_I}m\s+{_age('en')}(?=\s*$|\s*[!?]|\s+(?:and|now|btw|lol|haha|xd)\b)",
    # "I'm 12.", "I am 13, ...", "I'm 12 and ...", "I am 13 years."
    rf"(?:{_I_AM})\s+(?:only\s+|just\s+|almost\s+)?{_age('en')}(?:\s+(?:years?|yrs?))?{_ENDS}",
    rf"\bich\s+bin\s+(?:erst\s+|gerade\s+|jetzt\s+|fast\s+)?{_age('de')}(?:\s+jahre?)?{_ENDS}",
    rf"\bik\s+ben\s+(?:pas\s+|net\s+|nu\s+|bijna\s+)?{_age('nl')}(?:\s+jaar)?{_ENDS}",
)
"""A bare number after "I am": an age unless the words just before say what it counts."""
_OTHER_COUNT_RE = re.compile(
    r"\b(?:sizes?|shoe|level|lvl|floor|seat|room|row|gate|platform|table|number|score"
    r"|points?|rank|place|position|queue|größe|grösse|stock|etage|platz|nummer|maat"
    r"|verdieping|kamer|plaats)\b|#|\bno\.",
    re.IGNORECASE,
)
"""What a bare "I'm 12" answers when one of these stands shortly before: "What size are
you? I'm 12.", "Which floor? Ich bin 12."."""
_CONTEXT_CHARS = 80
_FLAGS = re.IGNORECASE | re.MULTILINE
_EACH_RE = tuple(re.compile(p, _FLAGS) for p in _PATTERNS)
_BARE_RE = tuple(re.compile(p, _FLAGS) for p in _BARE_PATTERNS)
_NUMBER_RE = re.compile(_age(), re.IGNORECASE)


def stated_ages(text: str) -> list[int]:
    """Every age the writer states as their own in `text`, in no particular order.

    >>> stated_ages("Ich bin 13 Jahre alt. Mein Bruder ist 16.")
    [13]
    """
    folded = fold(text)  # fullwidth digits, an invisible character inside the number
    if folded is not None:
        text = folded.text
    if not _NUMBER_RE.search(text):  # the common case: no number that could be an age
        return []
    ages = [_value(m) for pattern in _EACH_RE for m in pattern.finditer(text)]
    for pattern in _BARE_RE:
        for m in pattern.finditer(text):
            if not _OTHER_COUNT_RE.search(text, max(0, m.start() - _CONTEXT_CHARS), m.start()):
                ages.append(_value(m))
    return ages


def _value(match: re.Match[str]) -> int:
    """The age a match states, in digits or in words."""
    if match.group("age") is not None:
        return int(match.group("age"))
    return _WORD_VALUES[match.group("word").lower()]


def stated_age(text: str) -> int | None:
    """The youngest age the writer states as their own in `text`, or None.

    >>> stated_age("tengo 12 años"), stated_age("tengo 12 años de experiencia")
    (12, None)
    """
    return min(stated_ages(text), default=None)


def youngest_stated_age(texts: Iterable[str]) -> int | None:
    """The youngest age stated in any of `texts` (the texts of one user turn), or None."""
    return min((age for text in texts for age in stated_ages(text)), default=None)
