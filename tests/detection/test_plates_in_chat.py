"""Vehicle plates of the seven countries as chat types them after their word
(`vehicles`): UK plates with an age identifier not issued yet but well formed (30-50,
80-99), and plates typed in lower case after a plate word, in each country's layout.
Look-alikes: sizes, counts, years and short words after the same plate words."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # UK, age identifiers of 2030-2049 (March 30-49, September 80-99)
        ("Car reg is LK36 XTR, parked outside", "LK36 XTR"),
        ("reg yx91 bmt got a parking fine", "yx91 bmt"),
        ("my number plate is BD47 KPM", "BD47 KPM"),
        ("number plate fd83 wnz, silver estate", "fd83 wnz"),
        ("DVLA says the vehicle GH88 RLT is untaxed", "GH88 RLT"),
        ("LK36 XTR is my number plate", "LK36 XTR"),
        # Italy and France (two letters, three digits, two letters), lower case
        ("targa fk 418 zt multata ma io non c'ero", "fk 418 zt"),
        ("la mia targa è gb731pm", "gb731pm"),
        ("immatriculation hc 582 vn, une clio grise", "hc 582 vn"),
        ("ma plaque est fs 214 bk", "fs 214 bk"),
        # Spain (four digits, three consonants), lower case
        ("matrícula 7315 kpt, un seat ibiza", "7315 kpt"),
        ("mi matricula es 4821hlm", "4821hlm"),
        # Poland (district letters, then five or four characters), lower case
        ("numer rejestracyjny wa 52871", "wa 52871"),
        ("tablica rejestracyjna kr 7g542", "kr 7g542"),
        ("rejestracja wr 3n218", "wr 3n218"),
        # Germany, lower case after its word
        ("Kennzeichen m ab 1234 wurde geblitzt", "m ab 1234"),
        ("mein Kennzeichen ist hh-xy 88e", "hh-xy 88e"),
        # the Netherlands, lower case
        ("kenteken 12-jkt-3", "12-jkt-3"),
    ],
)
def test_a_plate_after_its_word(text: str, value: str) -> None:
    assert value in found.values(text)


@pytest.mark.parametrize(
    "text",
    [
        "the car had 350 km on it",
        "kenteken is 2 jaar oud",
        "targa di 120 mm sul cruscotto",
        "plaque de 120 cm sur le mur",
        "matrícula del curso 2023 abierta",
        "matricula 2023 ano nuevo",
        "tablica na 12345 zł",
        "rejestracja od 10 do 20",
        "Kennzeichen in 2 Tagen",
        "reg 2024 tax return",
        "FY22 AND FY23 results",
        "RTX 4090 and LG 32 GB",
        "registration opens at 9 am on 12 may",
        "the model QX50 AWD is on sale",
        "targa di prova 123 ab",
        "numer rejestracyjny mam 12345 razy sprawdzony",
        "la plaque à 300 euros",
        "my car is a Volvo XC40 RDX",
        "the vehicle: QX80 AWD, white",
        "Kennzeichen um 12 Uhr abholen",
    ],
)
def test_plate_look_alikes(text: str) -> None:
    assert not found(text)
