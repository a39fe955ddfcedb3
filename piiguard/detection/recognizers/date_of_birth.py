"""Dates of birth (DATE_TIME): a date counts only near birth context ("born", "DOB", "geboren")."""

from __future__ import annotations

import datetime
import re

from piiguard._types import DATE_TIME, Span
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
)

# Month names (and Polish genitive forms) in en, de, fr, es, it, nl, pl; index + 1 = month
# (shared with `date_time`, which adds abbreviations of its own).
MONTHS: tuple[tuple[str, ...], ...] = (
    (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "enero",
        "gennaio",
        "januari",
        "styczeń",
        "stycznia",
    ),
    (
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "febrero",
        "febbraio",
        "februari",
        "luty",
        "lutego",
    ),
    ("march", "mar", "märz", "maerz", "mars", "marzo", "maart", "marzec", "marca"),
    ("april", "apr", "avril", "abril", "aprile", "kwiecień", "kwietnia"),
    ("may", "mai", "mayo", "maggio", "mei", "maj", "maja"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "czerwiec", "czerwca"),
    ("july", "jul", "juli", "juillet", "julio", "luglio", "lipiec", "lipca"),
    ("august", "aug", "août", "aout", "agosto", "augustus", "sierpień", "sierpnia"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "wrzesień", "września"),
    (
        "october",
        "oct",
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "okt",
        "październik",
        "października",
    ),
    ("november", "nov", "novembre", "noviembre", "listopad", "listopada"),
    (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "diciembre",
        "dicembre",
        "grudzień",
        "grudnia",
    ),
)
MONTH_OF = {name: i + 1 for i, names in enumerate(MONTHS) for name in names}
_MONTH_ALT = "|".join(sorted((re.escape(n) for n in MONTH_OF), key=len, reverse=True))

_B = NUMBER_START
_E = NUMBER_END
_NUMERIC = rf"{_B}(?P<v>\d{{1,2}}([./-])\d{{1,2}}\2(?:\d{{4}}|\d{{2}})){_E}"
# A date read out by speech-to-text, its separators become single spaces ("date of birth is
# 11 09 1971"): in full only (two digits, two digits, four), and like every pattern here
# only beside a birth word.
_SPACED = rf"{_B}(?P<v>\d{{2}} \d{{2}} \d{{4}}){_E}"
_ISO = rf"{_B}(?P<v>\d{{4}}-\d{{1,2}}-\d{{1,2}}){_E}"
_DAY_MONTH = (
    rf"(?<!\w)(?P<v>\d{{1,2}}(?:st|nd|rd|th|er|\.|º)?\s{{1,2}}(?:de\s|of\s)?(?:{_MONTH_ALT})\.?,?"
    rf"\s{{1,2}}(?:de\s)?\d{{4}})(?!\w)"
)
_MONTH_DAY = (
    rf"(?<!\w)(?P<v>(?:{_MONTH_ALT})\.?\s{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,2}}\d{{4}})(?!\w)"
)

BIRTH_CONTEXT: tuple[str, ...] = (
    "born", "birth", "birthday", "date of birth", "dob", "d.o.b", "d.o.b.", "b-day", "bday",
    "birthdate", "geboren", "geburtstag", "geburtsdatum", "geb.", "né", "née", "né le",
    "née le", "naissance", "date de naissance", "anniversaire", "nacido", "nacida", "nací",
    "naci", "fecha de nacimiento", "nacimiento", "cumpleaños", "nato", "nata", "sono nato",
    "sono nata", "data di nascita", "nascita", "compleanno", "geboortedatum", "verjaardag",
    "urodzony", "urodzona", "urodziłem", "urodziłam", "urodzilem", "urodzilam",
    "data urodzenia", "urodziny", "ur.",
    # the Polish date of birth in its other cases: "mam złą datę urodzenia", "daty
    # urodzenia", "w dniu urodzenia" (not "miejsce urodzenia": a place)
    "datę urodzenia", "daty urodzenia", "dacie urodzenia", "datą urodzenia",
    "dzień urodzenia", "dniu urodzenia",
    # someone else's birth, and the forms' abbreviations: "mi hijo nació el ...", "syn
    # urodził się ...", "ddn 09-12-1955", "fecha nac. 30-01-1958"
    "nació", "nacio", "nacieron", "è nato", "è nata", "est né", "est née", "urodził",
    "urodziła", "urodzil", "urodzila", "urodził się", "urodziła się", "urodzili", "ddn",
    "d.d.n.", "date naiss.", "date de naiss.", "fecha nac.", "fecha nac", "f. nac.", "nac.",
    "data di nasc.", "data nasc.", "geb.-datum", "geburtsdat.", "geb. am", "geb.dat.",
)  # fmt: skip


class DateOfBirthRecognizer(PatternRecognizer):
    """Calendar dates in numeric or written form, reported only with birth context nearby.

    >>> r = DateOfBirthRecognizer()
    >>> [s.label for s in r.analyze("I was born on 12 March 1985")], r.analyze("meet on 12/03/2025")
    (['DATE_TIME'], [])
    """

    name = "date_of_birth"
    label = DATE_TIME
    # Birth context is required, so look for (a superset of) it before any date pattern.
    TRIGGER = r"\d"
    TRIGGER_WORDS = (
        "born", "birth", "dob", "d.o.b", "bday", "b-day", "geboren", "geburt", "geb.", "né",
        "nee", "naissance", "anniversaire", "naci", "nací", "cumpleaños", "nato", "nata",
        "nascita", "compleanno", "geboorte", "verjaardag", "urodz", "ur.", "ddn", "d.d.n",
        "naiss", "nac.", "nac ", "nasc",
    )  # fmt: skip
    PATTERNS = (
        Pattern("numeric", _NUMERIC, 0.85),
        Pattern("iso", _ISO, 0.85),
        Pattern("spaced", _SPACED, 0.85),
        Pattern("day_month_year", _DAY_MONTH, 0.9, re.IGNORECASE),
        Pattern("month_day_year", _MONTH_DAY, 0.9, re.IGNORECASE),
    )
    CONTEXT = BIRTH_CONTEXT

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if not _plausible(text[start:end], pattern.name):
            return None
        if not self._birth_context(text, start, end):
            return None
        return Span(start, end, self.label, pattern.score, self.name)

    def _birth_context(self, text: str, start: int, end: int) -> bool:
        """Birth context that belongs to this date, not to a neighbouring one.

        Before the date: the last birth word with no digit between it and the date.
        After the date ("12/03/1985 is my birthday"): a birth word not followed by
        another date ("..., and date of birth: 16.11.2010" is about the next date).
        """
        if self.context_before(text, start):
            return True
        word_end = self.context_after(text, end)
        if word_end is None:
            return False
        tail = text[word_end : word_end + 24]
        return not any(item.regex.search(tail) for item in self._compiled)


def plausible_birth_date(value: str, kind: str) -> bool:
    """Whether `value`, a date of the pattern `kind` ("numeric", "iso" or a written one),
    is a real calendar date of someone alive (year 1900..today)."""
    return _plausible(value, kind)


def _plausible(value: str, kind: str) -> bool:
    """Whether the value is a real calendar date of someone alive (year 1900..today)."""
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    if kind == "iso":
        candidates = [(numbers[0], numbers[1], numbers[2])]
    elif kind in ("numeric", "spaced"):
        a, b, year = numbers
        if year < 100:
            year += 1900 if year > datetime.date.today().year % 100 else 2000
        candidates = [(year, b, a), (year, a, b)]  # day-first (Europe) or month-first (US)
    else:
        names = [w.lower() for w in re.findall(r"[^\W\d_]+", value)]
        months = [MONTH_OF[n] for n in names if n in MONTH_OF]
        if not months:
            return False
        candidates = [(numbers[-1], months[-1], numbers[0])]
    today = datetime.date.today()
    for year, month, day in candidates:
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        if datetime.date(1900, 1, 1) <= date <= today:
            return True
    return False
