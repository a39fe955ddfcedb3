"""The machine-readable zone of passports and ID cards (ICAO 9303): the number line masked
whole when its check digits hold, the names line beside it as the holder's name."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.mrz import MrzRecognizer, check_digit, number_line

PATTERNS = Detector.patterns()

# ICAO 9303's own specimens (the state "UTO" is fictional), and zones built like them.
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
GERMAN = (
    "P<D<<BEHRENS<<LUKAS<<<<<<<<<<<<<<<<<<<<<<<<<",
    "J0MLZL8PG5D<<6609195M2801278<<<<<<<<<<<<<<02",
)


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in PATTERNS.detect(text)]


def test_check_digits_of_the_specimen() -> None:
    assert [check_digit(f) for f in ("L898902C3", "740812", "120415", "ZE184226B<<<<<")] == [
        "6", "2", "9", "1",
    ]  # fmt: skip
    assert number_line(TD3[1]) and number_line(TD2[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the hotel scanner only read this:\n" + "\n".join(TD3),
            [("PERSON", "ERIKSSON<<ANNA<MARIA"), ("PASSPORT", TD3[1])],
        ),
        ("\n".join(GERMAN), [("PERSON", "BEHRENS<<LUKAS"), ("PASSPORT", GERMAN[1])]),
        (
            "OCR:\n" + "\n".join(TD2) + "\nis that right?",
            [("PERSON", "ERIKSSON<<ANNA<MARIA"), ("ID_CARD", TD2[1])],
        ),
        (
            "Rückseite vom Ausweis:\n" + "\n".join(TD1),
            [("ID_CARD", TD1[0]), ("ID_CARD", TD1[1]), ("PERSON", "ERIKSSON<<ANNA<MARIA")],
        ),
    ],
)
def test_zones_are_masked(text: str, expected: list[tuple[str, str]]) -> None:
    got = [pair for pair in found(text) if pair[0] in ("PERSON", "PASSPORT", "ID_CARD")]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # a check digit off by one: not a zone
        TD3[0] + "\n" + TD3[1][:9] + "7" + TD3[1][10:],
        # a names line alone, a line of fillers, a template of a zone
        TD3[0],
        "<" * 44 + "\n" + "<" * 44,
        "P<XXXSURNAME<<GIVEN<NAMES<<<<<<<<<<<<<<<<<<<\n" + "X" * 44,
        # a build log's separator and a hash
        "<<<<<<<<<<<<<<<<<<<< BUILD OK >>>>>>>>>>>>>>>>>>>>\n" + "0" * 40,
    ],
)
def test_look_alikes_of_a_zone_stay_clean(text: str) -> None:
    assert MrzRecognizer().analyze(text) == []
