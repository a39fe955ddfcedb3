"""Date-of-birth recognizer: dates count only with birth context."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import DateOfBirthRecognizer
from tests.detection._found import Found

DETECTOR = Detector([DateOfBirthRecognizer()])
D = "DATE_TIME"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I was born on 12 March 1985", "12 March 1985"),
        ("she was born on the 3rd of March 1987 in Karachi", "3rd of March 1987"),
        ("born March 12, 1985 in Leeds", "March 12, 1985"),
        ("DOB: 1985-03-12", "1985-03-12"),
        ("date of birth 03/12/1985", "03/12/1985"),
        ("my birthday is 12.03.85", "12.03.85"),
        ("geboren am 3. März 1985", "3. März 1985"),
        ("Geburtsdatum: 03.12.1985", "03.12.1985"),
        ("je suis né le 14 juillet 1989", "14 juillet 1989"),
        ("nací el 5 de mayo de 1990", "5 de mayo de 1990"),
        ("sono nata il 21 aprile 1992", "21 aprile 1992"),
        ("geboortedatum 7 augustus 1979", "7 augustus 1979"),
        ("urodziłam się 9 marca 1995", "9 marca 1995"),
        ("mieszkam w Lublinie, ur. 3 sierpnia 1981", "3 sierpnia 1981"),
        ("12/03/1985 is my date of birth", "12/03/1985"),
        # birth context belongs to the nearest date, not to a neighbouring one
        ("das Treffen ist am 03.07.2026, Geburtsdatum: 16.11.2010", "16.11.2010"),
        ("born 12.03.1985 and married 05.06.2010", "12.03.1985"),
        ("ich bin am 21. Mai 1974 geboren; Handy: (08327) 88544", "21. Mai 1974"),
        # read out by speech-to-text, the separators become spaces
        ("date of birth is 11 09 1971", "11 09 1971"),
        ("geburtsdatum ist der 17 10 1999", "17 10 1999"),
        ("date de naissance le 10 05 1977", "10 05 1977"),
        ("data di nascita 12 09 1961", "12 09 1961"),
        ("geboortedatum 25 09 1984", "25 09 1984"),
        ("data urodzenia 03 11 1958", "03 11 1958"),
    ],
)
def test_finds_birth_date(text: str, value: str) -> None:
    assert found(text) == [(D, value)]


@pytest.mark.parametrize(
    "text",
    [
        "the meeting is on 12 March 2025",
        "invoice dated 12.03.1985",
        "deliver by 2024-05-01",
        "born on 31.02.1985",  # no such date
        "born on 12.03.2199",  # in the future
        "born in 1985",  # no full date
        "birthday party at 14:30",
        "version 1.2.3 was born today",
        # spaces part a date only in full: two digits, two digits, four digits
        "born on 3 9 1985",
        "born 12 03 85",
        "date of birth 31 02 1985",  # no such date
        "meeting on 12 03 2025",  # no birth word
    ],
)
def test_rejects_dates_without_birth_context(text: str) -> None:
    assert found(text) == []
