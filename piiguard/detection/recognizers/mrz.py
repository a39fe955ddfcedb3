"""The machine-readable zone of a passport or an ID card (ICAO 9303), as a scanner, an OCR
app or a hotel's check-in reads it and a person pastes it into a chat.

The zone is two lines of 44 characters (TD3: passports), two of 36 (TD2) or three of 30
(TD1: ID cards), of capitals, digits and the filler `<`. The line with the numbers holds
the document number, the birth date and the expiry date, each with its check digit
(weights 7, 3, 1), and a composite check digit over them: a line whose checks all hold is
an MRZ, whatever surrounds it, and is masked whole (PASSPORT for a `P` document, ID_CARD
otherwise); it carries the holder's number and birth date. The line with the names beside
it (`P<UTOERIKSSON<<ANNA<MARIA<<<...`: the surname, `<<`, the given names) is the
holder's name: a PERSON, from the surname's first letter to the last given name's last
letter. A line of that shape with no valid number line beside it is left alone.

>>> line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
>>> line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
>>> text = line1 + "\\n" + line2
>>> [(s.label, text[s.start:s.end]) for s in MrzRecognizer().analyze(text)]
[('PERSON', 'ERIKSSON<<ANNA<MARIA'), ('PASSPORT', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10')]
"""

from __future__ import annotations

import re
from typing import ClassVar

from piiguard._types import PERSON, Span
from piiguard.detection.recognizers._pattern import PatternRecognizer
from piiguard.detection.recognizers.keyed_ids import ID_CARD, PASSPORT

_LINE = re.compile(r"(?m)^[ \t]*(?P<v>[A-Z0-9<]{30,44})[ \t]*\r?$")
_NAMES = re.compile(r"[A-Z][A-Z<]*[A-Z]")
_WEIGHTS = (7, 3, 1)


def _value(char: str) -> int:
    if char.isdigit():
        return int(char)
    return 0 if char == "<" else ord(char) - 55


def check_digit(field: str) -> str:
    """The ICAO 9303 check digit of `field`.

    >>> check_digit("L898902C3"), check_digit("740812")
    ('6', '2')
    """
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def _holds(field: str, digit: str) -> bool:
    # an empty optional field may carry "<" for its check digit
    return digit == check_digit(field) or (digit == "<" and set(field) == {"<"})


def _dates_are_digits(birth: str, expiry: str) -> bool:
    # YYMMDD both: digits only (their check digits, not a calendar, decide the line)
    return birth.isdigit() and expiry.isdigit()


def number_line(line: str) -> bool:
    """Whether `line` is the number line of a TD3 (44) or TD2 (36) zone whose check
    digits all hold."""
    if len(line) not in (36, 44):
        return False
    number, birth, expiry = line[0:9], line[13:19], line[21:27]
    if not (_dates_are_digits(birth, expiry) and line[20] in "MFX<"):
        return False
    if not (_holds(number, line[9]) and _holds(birth, line[19]) and _holds(expiry, line[27])):
        return False
    if len(line) == 44:
        if not _holds(line[28:42], line[42]):
            return False
        return line[43] == check_digit(line[0:10] + line[13:20] + line[21:43])
    return line[35] == check_digit(line[0:10] + line[13:20] + line[21:35])


def td1_lines(first: str, second: str) -> bool:
    """Whether two lines of 30 are the first two of a TD1 zone whose check digits hold."""
    if len(first) != 30 or len(second) != 30 or first[0] not in "ACI":
        return False
    birth, expiry = second[0:6], second[8:14]
    if not (_dates_are_digits(birth, expiry) and second[7] in "MFX<"):
        return False
    if not (
        _holds(first[5:14], first[14]) and _holds(birth, second[6]) and _holds(expiry, second[14])
    ):
        return False
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    return second[29] == check_digit(composite)


class MrzRecognizer(PatternRecognizer):
    """The lines of a passport's or an ID card's machine-readable zone (see the module)."""

    name = "mrz"
    label = PASSPORT
    # the filler run every zone has; a text without one costs one search
    TRIGGER = r"<<"
    PATTERNS: ClassVar = ()

    def __init__(self) -> None:
        super().__init__()
        self.labels = frozenset({PASSPORT, ID_CARD, PERSON})

    def analyze_passed(self, text: str) -> list[Span]:
        lines = [(m.start("v"), m["v"]) for m in _LINE.finditer(text)]
        spans: list[Span] = []
        for i, (start, line) in enumerate(lines):
            if number_line(line) and i > 0 and len(lines[i - 1][1]) == len(line):
                label = PASSPORT if lines[i - 1][1][0] == "P" else ID_CARD
                spans += self._names(*lines[i - 1], 5)
                spans.append(Span(start, start + len(line), label, 1.0, self.name))
            elif i + 1 < len(lines) and td1_lines(line, lines[i + 1][1]):
                second = lines[i + 1]
                spans.append(Span(start, start + len(line), ID_CARD, 1.0, self.name))
                spans.append(Span(second[0], second[0] + 30, ID_CARD, 1.0, self.name))
                if i + 2 < len(lines) and len(lines[i + 2][1]) == 30:
                    spans += self._names(*lines[i + 2], 0)
        return spans

    def _names(self, start: int, line: str, offset: int) -> list[Span]:
        """The holder's names in a names line, from `offset` on (after the document code
        and the issuing state in TD3 and TD2)."""
        names = _NAMES.search(line, offset)
        if names is None or "<<" not in line[offset:]:
            return []
        return [Span(start + names.start(), start + names.end(), PERSON, 1.0, self.name)]
