"""National identity numbers with check digits: PL PESEL (PL_PESEL), ES DNI/NIF (ES_NIF),
ES NIE (ES_NIE), named as Presidio names them, and FR NIR (NATIONAL_ID: Presidio has no
name for it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from piiguard._types import NATIONAL_ID, Span
from piiguard.detection.checksums import es_dni, fr_nir, pesel
from piiguard.detection.recognizers._id_number import NAMED_SCORE, doubted, named_after
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
    words_regex,
)

# Run together or split after the birth date ("851215 29834").
_PESEL = NUMBER_START + r"\d{6}[ -]?\d{5}" + NUMBER_END
# ... or in other groups after its word ("PESEL: 4405 1401 458", "pesel 44 05 14 01458"):
# eleven digits in all (`NationalIdRecognizer.check`).
_PESEL_GROUPED = NUMBER_START + r"\d{2,5}(?:[ -]\d{2,5}){2,4}" + NUMBER_END
# Eight digits, or written with thousands dots ("58.661.170-s"), and the letter.
# The letter after a space in lower case is not a one-letter word joining two things
# ("60741074 y 657642295": "and")
_DNI = (
    r"(?<![\w-])(?:\d{7,8}|\d{1,2}\.\d{3}\.\d{3})"
    r"(?:[ -]?[A-Z]|-?[a-z]| (?![aeouy]\s+\S)[a-z])"
    r"(?![\w])"
)
PL_PESEL = "PL_PESEL"
ES_NIF = "ES_NIF"
ES_NIE = "ES_NIE"

_NIE = r"(?<![\w-])[XYZxyz][ -]?\d{7}[ -]?[A-Za-z](?![\w])"
# Or split anywhere, in groups people make up, or over lines ("mi DNI\n73874\n725J",
# "DNI: 73874 725J", "NIE: X 123 45 67 L"): a break inside the digits (or a line break
# anywhere), and "DNI", "NIE" or "NIF" right before it (`NationalIdRecognizer.check`).
_GAP = r"(?:\r?\n|[ .-])"
# (The first character before the look-behind, so that the search skips to candidates.)
_DNI_SPLIT = rf"\d(?<![\w-].)(?=\d*(?:{_GAP}\d|\r?\n))(?:{_GAP}?\d){{6,7}}{_GAP}?[A-Za-z](?![\w])"
_NIE_SPLIT = (
    rf"[XYZxyz](?<![\w-].)(?={_GAP}?\d*(?:{_GAP}\d|\r?\n))(?:{_GAP}?\d){{7}}{_GAP}?[A-Za-z]"
    r"(?![\w])"
)
# Sex, year, month, department (2A/2B in Corsica), commune, order, key; a space or dot,
# or a line break, may stand between any two characters as people group them
# ("1 64 12 50 474 122 35", "2.8504.5286.3245.76", "...\n50 474 122 35"): the mod-97 key
# and the month decide.
_NIR_GAP = r"(?:[ .]|\r?\n)?"
_NIR = NUMBER_START + rf"[1278](?:{_NIR_GAP}[0-9ABab]){{14}}" + NUMBER_END


class NationalIdRecognizer(PatternRecognizer):
    """PESEL (checksum + birth date), DNI/NIE (mod-23 letter), NIR (mod-97 key).

    >>> [s.label for s in NationalIdRecognizer().analyze("mój PESEL to 44051401359")]
    ['PL_PESEL']
    """

    name = "national_id"
    label = NATIONAL_ID
    LABELS: ClassVar[dict[str, str]] = {
        "pesel": PL_PESEL, "pesel_grouped": PL_PESEL, "es_dni": ES_NIF, "es_nie": ES_NIE,
        "fr_nir": NATIONAL_ID, "es_dni_split": ES_NIF, "es_nie_split": ES_NIE,
    }  # fmt: skip
    # Seven digits, "d dd dd ", "dddddd ddddd", "d.ddd.ddd", "d.dddd.dddd": the first digit
    # taken out of the alternatives, so that the search skips to a digit.
    TRIGGER = (
        r"\d(?:\d{6}|\s\d\d\s\d\d\s|\d{5}[ -]\d{5}|\.\d{3}\.\d{3}|\.\d{4}\.\d{4}"
        r"|\d{1,4}[ -]\d{2,5}[ -]\d\d)"
    )
    PATTERNS = (
        Pattern("pesel", _PESEL, 0.8),
        Pattern("pesel_grouped", _PESEL_GROUPED, 0.8),
        Pattern("es_dni", _DNI, 0.9),
        Pattern("es_nie", _NIE, 0.9, re.IGNORECASE),
        Pattern("fr_nir", _NIR, 0.9),
    )
    # Run only on a text with a DNI/NIE word (`analyze_passed`).
    SPLIT = (
        Pattern("es_dni_split", _DNI_SPLIT, 0.9),
        Pattern("es_nie_split", _NIE_SPLIT, 0.9, re.IGNORECASE),
    )
    CONTEXT = (
        "pesel", "dni", "nie", "nif", "documento", "identidad", "nir", "sécurité sociale",
        "securite sociale", "numéro de sécu", "insee", "carte vitale", "id", "national id",
        "id number", "dowód", "dowod", "numer",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("order", "tracking", "invoice", "ref", "reference", "phone", "tel")

    def __init__(self) -> None:
        super().__init__()
        self.labels = frozenset(self.LABELS.values())
        self._split = tuple((p, re.compile(p.regex, p.flags)) for p in self.SPLIT)
        self._trigger = re.compile(self.TRIGGER).search
        self._broken = re.compile(r"\d\r?\n\d").search
        self._split_digits = re.compile(rf"\d{_GAP}\d").search

    # The words that name one of these numbers and nothing else ("id", "numer" do not):
    # beside one, a value whose check fails is still the user's number, mistyped.
    _OWN_WORDS = words_regex(
        ("pesel", "dni", "nie", "nif", "nir", "sécurité sociale", "securite sociale",
         "numéro de sécu", "numero de secu", "sécu", "insee", "carte vitale")
    )  # fmt: skip

    _PESEL_WORD = words_regex(("pesel", "numer pesel", "nr pesel"))
    _SPLIT = frozenset(p.name for p in SPLIT)
    _DNI_NIE_WORD = words_regex(("dni", "nie", "nif"))

    def _build_gates(self) -> list[Callable[[str], object]]:
        """Two digits at most a space, dot, dash or line break apart: what `TRIGGER`, a NIR
        over lines and a split DNI/NIE all hold (a compiled search: the detector skips a
        text with fewer digits without a call); the rest of the test is `analyze_passed`'s,
        so that the DNI/NIE word is searched for once."""
        return [re.compile(r"\d(?:\r\n|[\s.-])?\d").search]

    def analyze_passed(self, text: str) -> list[Span]:
        """The patterns' spans on a text with `TRIGGER`, or digits on both sides of a line
        break (a NIR over lines), or digits split by a gap and a DNI/NIE word; and a DNI/NIE
        split into groups or over lines when the text has one of those words (searched
        for once)."""
        if self._trigger(text) or ("\n" in text and self._broken(text)):
            spans = super().analyze_passed(text)
            if self._DNI_NIE_WORD is None or not self._DNI_NIE_WORD.search(text):
                return spans
        elif (
            self._DNI_NIE_WORD is not None
            and self._split_digits(text)
            and self._DNI_NIE_WORD.search(text)
        ):
            spans = super().analyze_passed(text)
        else:
            return []
        for pattern, regex in self._split:
            for match in regex.finditer(text):
                if span := self.check(text, match.start(), match.end(), pattern):
                    spans.append(span)
        return spans

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if pattern.name == "pesel_grouped" and (
            sum(c.isdigit() for c in text[start:end]) != 11
            or not self.context_before(text, start, window=24, context_words=self._PESEL_WORD)
            or not pesel(re.sub(r"\D", "", text[start:end]))
        ):
            return None  # other groups only as a PESEL named right before, check digit held
        if pattern.name in self._SPLIT and not (
            self.validate(text[start:end], pattern)
            and self.context_before(text, start, window=24, context_words=self._DNI_NIE_WORD)
        ):
            return None  # split only as a DNI/NIE named right before, letter held
        span = super().check(text, start, end, pattern)
        if span is None and self.validate(text[start:end], pattern) is False:
            span = self._named(text, start, end)
        return None if span is None else replace(span, label=self.LABELS[pattern.name])

    def _named(self, text: str, start: int, end: int) -> Span | None:
        """A value whose check fails, named by its own word right before or after it."""
        if self.has_negative_context(text, start, end) or doubted(text, start):
            return None
        named = self.context_before(
            text, start, window=40, context_words=self._OWN_WORDS
        ) or named_after(text, end, self._OWN_WORDS)
        return Span(start, end, self.label, NAMED_SCORE, self.name) if named else None

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if pattern.name in ("pesel", "pesel_grouped"):
            # 11 digits: keep 0.8, context lifts it
            return None if pesel(re.sub(r"\D", "", value)) else False
        if pattern.name in ("es_dni", "es_nie"):
            return es_dni(value.upper())
        if pattern.name in self._SPLIT:
            return es_dni(re.sub(r"[\s.-]", "", value).upper())
        return fr_nir(re.sub(r"\s", "", value).upper())
