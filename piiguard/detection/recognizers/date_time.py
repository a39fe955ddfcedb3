"""Dates and times (DATE_TIME), every one of them: reported only on request.

piiguard does not mask dates in chat by default: they are rarely someone's, and masking
them breaks bookings (README "What is masked"); dates of birth are `date_of_birth`'s.
This recognizer is `on_request`: a detector runs it only when DATE_TIME is requested
(`Detector.patterns(requested_labels={"DATE_TIME"})`, the `mask_all_dates` setting,
`piiguard detect --request DATE_TIME`), as Presidio's users ask for DATE_TIME by name.

The forms of Presidio's DateRecognizer, plus months written in en, de, fr, es, it, nl, pl
and clock times:

- ISO 8601 date and time: `2024-03-15T14:30:00.123Z`, `2024-03-15T14:30-05:00`,
  `2024-03-15 14:30`;
- numeric dates, day or month first (whichever is a real date): `5/20/2021`, `21/05/21`,
  `21.5.2021`, `21.5.21`, `5-20-2021` (a four-digit year with "-"), and year first:
  `2021-05-21`, `2021/5/21`, `2021.05.21`;
- month and year: `05/2021`, `5/2021`; a month and two digits (`5/21`, `05/21`: as often a
  fraction or a count) only right after a date word ("today is", "on", "am", "le", "dnia");
- written months: `5-May-2021`, `05-May`, `May-21`, `May-2021`, `5 May 2021`,
  `May 5, 2021`, `May 2021`, `21. Mai 2021`, `3 de marzo de 2024`, `9 marca 2024`;
  "may" counts only written "May" (the English verb is a word of every other sentence);
- clock times: `14:30`, `14:30:15`, `9:15 am`, `3pm`, `11 a.m.`, `14h30`, `14 Uhr`,
  `14.30 uur`; a one-digit hour ("3:20") only with am/pm or after a time word ("at", "um",
  "à", "alle", "om", "o"), a bare "am" only after an English one ("um 9 am Bahnhof").

Every value is a real calendar date (`datetime.date`, years 1800-2199) or clock time. Not
dates: versions ("2.3.1"; "version 1.2.34" by its word), IP addresses, phone numbers,
amounts ("12.50", "1,234.56"), scores and ratios ("3:2", "won 21:19", "scale 1:50"),
pieces of longer numbers or tokens ("ORD-2021-05-21", "is5/21").

>>> from piiguard.detection.engine import Detector
>>> dates = Detector([DateTimeRecognizer()], requested_labels={"DATE_TIME"})
>>> text = "Flight on 21.05.2021 at 9:15 am, back May 30"
>>> [text[s.start : s.end] for s in dates.detect(text)]
['21.05.2021', '9:15 am', 'May 30']
>>> dates.detect("update to 2.3.1, call 192.168.1.10, final score 3:2")
[]
>>> Detector([DateTimeRecognizer()]).recognizers  # not requested: never run
()
"""

from __future__ import annotations

import datetime
import re
from typing import ClassVar

from piiguard._types import DATE_TIME, Span
from piiguard.detection.recognizers._pattern import NUMBER_END, Pattern, PatternRecognizer
from piiguard.detection.recognizers.date_of_birth import MONTH_OF

# Abbreviations the birth-date table leaves out (months only ever written so; no Polish
# three-letter ones: "lis", "sie" are words).
_MORE_MONTHS = {
    "mär": 3, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    "ene": 1, "abr": 4, "dic": 12, "giu": 6, "lug": 7, "ott": 10, "mrt": 3,
}  # fmt: skip
MONTH_NUMBER: dict[str, int] = {**MONTH_OF, **_MORE_MONTHS}
"""Month names and abbreviations of the seven languages, lower case: month number."""
_MONTH = "|".join(sorted((re.escape(m) for m in MONTH_NUMBER), key=len, reverse=True))
_CAPITALISED_ONLY = frozenset({"may"})  # "you may 2x check"

# `NUMBER_START`, but a comma only after a digit stops a value ("today is,5/21" is one).
_B, _E = r"(?<![\w./-])(?<!\d,)", NUMBER_END
_TIME_START = r"(?<![\w.:,/])"  # a time may follow "-" ("9:00-17:30")
_TIME_END = r"(?![\w:]|[.,]\d)"
# The zone of an ISO date and time ("...T09:15:30.500-07:00") is no time of its own.
_ZONE_BEFORE = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?[+-]$")
_ORDINAL = r"(?:st|nd|rd|th|er|º|°|\.)?"
_AMPM = r"(?P<ap>[ap]\.?\s?m\.?)(?!\w)"

# Words a date follows (for a month and two digits): "today is 5/21", "am 05/21".
_DATE_CUES = (
    "today", "date", "dated", "on", "since", "until", "till", "by", "due", "from", "expires",
    "expiry", "exp", "valid", "deadline", "heute", "datum", "am", "vom", "bis", "seit", "ab",
    "gültig", "fällig", "aujourd'hui", "le", "du", "au", "depuis", "jusqu'au", "expire",
    "hoy", "fecha", "el", "del", "desde", "hasta", "vence", "oggi", "data", "il", "dal",
    "entro", "fino al", "scade", "vandaag", "op", "vanaf", "tot", "sinds", "geldig", "dziś",
    "dzisiaj", "dnia", "od", "do", "ważna", "ważny",
)  # fmt: skip
# Words a clock time follows (for a one-digit hour): "at 9:30", "um 9:30", "o 9:30".
_TIME_CUES = (
    "at", "from", "until", "till", "by", "before", "after", "around", "um", "gegen", "bis",
    "ab", "à", "vers", "dès", "avant", "après", "jusqu'à", "las", "la", "hasta", "desde",
    "alle", "dalle", "verso", "om", "rond", "tot", "van", "o", "od", "do", "około", "godz.",
    "godzina", "godzinie",
)  # fmt: skip
_ENGLISH_TIME_CUES = frozenset({"at", "from", "until", "till", "by", "before", "after", "around"})


def _cue_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The last of `words` before a value, with only "is"/"was" and punctuation between."""
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(
        rf"(?<!\w)(?P<cue>{alternation})(?:\s+(?:is|was|ist|war|est|es|era|è|jest|to))?"
        r"[\s,:]*$",
        re.IGNORECASE,
    )


_DATE_CUE = _cue_regex(_DATE_CUES)
_TIME_CUE = _cue_regex(_TIME_CUES)
_CUE_WINDOW = 24


def _cue(cues: re.Pattern[str], text: str, start: int) -> str | None:
    """The cue word right before `start` (`_cue_regex`), if any."""
    found = cues.search(text[max(0, start - _CUE_WINDOW) : start])
    return None if found is None else found["cue"]


def _real_date(year: int, month: int, day: int) -> bool:
    if not 1800 <= year <= 2199:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _full_year(digits: str) -> int:
    """A two-digit year in the century that puts it nearest to this one."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if year <= (datetime.date.today().year % 100) + 20 else 1900 + year


def _real_time(hour: int, minute: int = 0, second: int = 0, *, twelve: bool = False) -> bool:
    if twelve:
        return 1 <= hour <= 12 and minute < 60 and second < 60
    return hour <= 23 and minute < 60 and second <= 60  # a leap second


def _written_date(groups: dict[str, str | None]) -> bool:
    month_name = groups["m"] or ""
    month = MONTH_NUMBER.get(month_name.lower())
    if month is None:
        return False
    if month_name.lower() in _CAPITALISED_ONLY and not month_name[0].isupper():
        return False
    digits = groups.get("y4") or groups.get("y")
    year = _full_year(digits) if digits else 2000  # a leap year: "29 Feb" is a date
    day = int(groups.get("d") or 1)
    return _real_date(year, month, day)


class DateTimeRecognizer(PatternRecognizer):
    """Every calendar date and clock time in the forms of the module docstring, on request.

    >>> [s.label for s in DateTimeRecognizer().analyze("see you on 5-May-2021")]
    ['DATE_TIME']
    """

    name = "date_time"
    label = DATE_TIME
    on_request: ClassVar[bool] = True
    """Run only when DATE_TIME is requested (`Detector(requested_labels=...)`)."""
    TRIGGER = r"\d"
    VALUE_WORDS: ClassVar[tuple[str, ...]] = (*MONTH_NUMBER, "uhr", "uur", "am", "pm", "de")
    PATTERNS = (
        Pattern(
            "iso_datetime",
            rf"{_B}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})[Tt ](?P<h>\d{{2}}):(?P<mi>\d{{2}})"
            rf"(?::(?P<s>\d{{2}})(?:[.,]\d{{1,9}})?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?{_TIME_END}",
            0.85,
        ),
        Pattern(
            "year_month_day",
            rf"{_B}(?P<y>\d{{4}})(?P<sep>[-/.])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_E}",
            0.6,
        ),
        Pattern(
            "numeric",
            rf"{_B}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}}){_E}",
            0.6,
        ),
        Pattern("month_year", rf"{_B}(?P<mo>\d{{1,2}})/(?P<y>\d{{4}}){_E}", 0.6),
        Pattern("month_short", rf"{_B}(?P<mo>\d{{1,2}})/(?P<y>\d{{2}}){_E}", 0.6),
        Pattern(
            "day_month",
            rf"{_B}(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+of\s+|\s+de\s+|\s+|\s*[-/]\s*)"
            rf"(?P<m>{_MONTH})(?:\.(?=[\s,/-]))?"
            rf"(?:(?:,?\s+|\s+de\s+)(?P<y4>\d{{4}})|[-/.](?P<y>\d{{4}}|\d{{2}}))?{_E}",
            0.6,
            re.IGNORECASE,
        ),
        Pattern(
            "month_day",
            rf"(?<![\w.,/-])(?P<m>{_MONTH})\.?(?:\s+|-|/)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:(?:,\s*|\s+)(?P<y>\d{{4}}))?{_E}",
            0.6,
            re.IGNORECASE,
        ),
        Pattern(
            "month_year_written",
            rf"(?<![\w.,/-])(?P<m>{_MONTH})\.?(?:,?\s+|-|/)(?P<y>\d{{4}}){_E}",
            0.6,
            re.IGNORECASE,
        ),
        Pattern(
            "clock",
            rf"{_TIME_START}(?P<h>\d{{1,2}})(?P<sep>[:h])(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?"
            rf"(?:\s?{_AMPM}|\s?(?P<unit>uhr|uur|h)(?!\w))?{_TIME_END}",
            0.6,
            re.IGNORECASE,
        ),
        Pattern(
            "hour",
            rf"{_TIME_START}(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?"
            rf"(?:\s?{_AMPM}|\s?(?P<unit>uhr|uur)(?!\w)|(?P<fr>h)(?!\w))",
            0.6,
            re.IGNORECASE,
        ),
    )
    # A version, a score, a ratio or a reference number named before the value.
    NEGATIVE_CONTEXT = (
        "version", "versión", "versione", "versie", "wersja", "release", "build", "patch",
        "python", "node", "firmware", "kernel", "ratio", "aspect", "scale", "maßstab",
        "massstab", "échelle", "escala", "scala", "schaal", "skala", "score", "ergebnis",
        "spielstand", "résultat", "resultado", "risultato", "uitslag", "wynik", "won", "lost",
        "gewonnen", "verloren", "gagné", "perdu", "ganó", "perdió", "vinto", "perso",
        "wygrali", "przegrali", "odds", "verhältnis", "invoice", "rechnung", "facture",
        "factura", "fattura", "factuur", "faktura", "order", "bestellung", "commande",
        "pedido", "ordine", "bestelling", "zamówienie", "ticket", "sygn", "aktenzeichen",
    )  # fmt: skip

    def analyze(self, text: str) -> list[Span]:
        """Dates and times in `text` (may overlap; the detector keeps the longest)."""
        for gate in self._gates:
            if not gate(text):
                return []
        spans: list[Span] = []
        for item in self._compiled:
            for match in item.regex.finditer(text):
                end = self._end(text, match, item.pattern.name)
                if end is None or self.has_negative_context(text, match.start(), end):
                    continue
                spans.append(Span(match.start(), end, self.label, item.pattern.score, self.name))
        return spans

    def _end(self, text: str, match: re.Match[str], kind: str) -> int | None:
        """Where the value of a match ends, or None when it is no date or time."""
        if kind in ("clock", "hour"):
            return self._time_end(text, match, kind)
        return match.end() if self._is_date(text, match, kind) else None

    def _is_date(self, text: str, match: re.Match[str], kind: str) -> bool:
        groups = match.groupdict()
        if kind in ("day_month", "month_day", "month_year_written"):
            return _written_date(groups)
        if kind == "numeric":
            if groups["sep"] == "-" and len(groups["y"]) != 4:
                return False  # "5-20-21": a code or a range as often as a date
            a, b, year = int(groups["a"]), int(groups["b"]), _full_year(groups["y"])
            return _real_date(year, b, a) or _real_date(year, a, b)
        month = int(groups["mo"])
        if kind == "month_year":
            return 1 <= month <= 12 and 1900 <= int(groups["y"]) <= 2099
        if kind == "month_short":
            return 1 <= month <= 12 and _cue(_DATE_CUE, text, match.start()) is not None
        date_ok = _real_date(int(groups["y"]), month, int(groups["d"]))
        if kind == "year_month_day":
            return date_ok
        time = (int(groups["h"]), int(groups["mi"]), int(groups["s"] or 0))
        return date_ok and _real_time(*time)  # iso_datetime

    def _time_end(self, text: str, match: re.Match[str], kind: str) -> int | None:
        groups = match.groupdict()
        start, end = match.span()
        if _ZONE_BEFORE.search(text, max(0, start - 40), start):
            return None
        hour, minute = int(groups["h"]), int(groups["mi"] or 0)
        second = int(groups.get("s") or 0)
        ap = groups["ap"]
        cue = _cue(_TIME_CUE, text, start)
        # "9 am Bahnhof" is German for "at the station": "am" is a time only after an
        # English time word; a clock time stays one without it.
        if ap == "am" and (cue is None or cue.lower() not in _ENGLISH_TIME_CUES):
            if kind == "hour":
                return None
            ap, end = None, len(text[: match.start("ap")].rstrip())
        if ap is not None:
            return end if _real_time(hour, minute, second, twelve=True) else None
        if not _real_time(hour, minute, second):
            return None
        if kind == "hour":
            if groups["unit"] is None and cue is None:
                return None  # "24h" is a duration; "à 14h" a time
            return end
        if groups["sep"].lower() == "h" and len(groups["h"]) == 1 and cue is None:
            return None
        if len(groups["h"]) == 1 and groups["unit"] is None and cue is None:
            return None  # "3:20" alone: a ratio, a verse, a score as often as a time
        return end
