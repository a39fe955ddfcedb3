"""A vehicle's identification number (VIN, ISO 3779), a student's or employee's number or
login, named by their word in the seven languages (`keyed_ids`), and a Polish date of
birth in another case. Look-alikes: the same words with values of other shapes, and the
words of other meanings ("la fin", "matricola" before a year, "miejsce urodzenia")."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("VIN XLR7LTDD8P9496506 - is there a recall on it?", "XLR7LTDD8P9496506"),
        ("my vin number is 1HGCM82633A004352", "1HGCM82633A004352"),
        ("FIN: WDD26YVWXS8219061 – gibt es dafür einen Rückruf?", "WDD26YVWXS8219061"),
        ("Fahrgestellnummer WVWZZZ1JZXW000001 bitte prüfen", "WVWZZZ1JZXW000001"),
        ("Numéro VIN WVW23V253TE471170, y a-t-il un rappel ?", "WVW23V253TE471170"),
        ("Número de bastidor WVWT6NEE5TF173530, ¿tiene revisión?", "WVWT6NEE5TF173530"),
        ("Numero di telaio VF3RMUR90MC804829, c'è un richiamo?", "VF3RMUR90MC804829"),
        ("Chassisnummer SUPBXVL37L4599337, is er een terugroepactie?", "SUPBXVL37L4599337"),
        ("Numer VIN ZFAB7MNKXT4365814, czy jest akcja serwisowa?", "ZFAB7MNKXT4365814"),
    ],
)
def test_a_vin_after_its_word(text: str, value: str) -> None:
    assert ("VEHICLE_ID", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "à la fin 2024 je paie le solde",
        "la fin ABCDEFGHJKLMNPRST du film",  # no digit
        "VIN 123456789012",  # too short
        "VIN WVWZZZ1JZXW00000I1",  # I is no VIN letter, and 18 characters
        "fin de mois, 12345678901234567 points",
        "the vin is red and the VIN sticker is missing",
    ],
)
def test_vin_look_alikes(text: str) -> None:
    assert not [v for label, v in found(text) if label == "VEHICLE_ID"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Student ID 2314587, I can't see my exam results.", "2314587"),
        ("my student number is s4172638", "s4172638"),
        ("Matrikelnummer 4172638, die Note fehlt im Portal.", "4172638"),
        ("numéro étudiant 21904567, mes notes n'apparaissent pas", "21904567"),
        ("NIU 1456789, no me salen las notas", "1456789"),
        ("matricola 894512, non vedo i voti sul portale", "894512"),
        ("studentnummer s2718281, mijn cijfers staan er niet in", "s2718281"),
        ("numer albumu 287341, nie widzę ocen w systemie", "287341"),
        ("nr indeksu 254017 nie działa w USOS", "254017"),
    ],
)
def test_a_student_number_after_its_word(text: str, value: str) -> None:
    assert ("STUDENT_ID", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Matrikelnummer vergessen, wo finde ich sie?",
        "student number 12 in the queue",  # too short for a number of its own
        "numer albumu 2024",  # a year
        "matricola 2023/24 iscrizione",
    ],
)
def test_student_look_alikes(text: str) -> None:
    assert not [v for label, v in found(text) if label == "STUDENT_ID"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My staff login is KAHMED3 and the password is Summer2026#", "KAHMED3"),
        ("Mitarbeiterkennung HOFFMA2, Kennwort Herbst#2026", "HOFFMA2"),
        ("Meine Uni-Kennung ist st184523, Moodle geht nicht.", "st184523"),
        ("Usuario de empleado JRUIZ04, contraseña Otoño2026!", "JRUIZ04"),
        ("Utenza aziendale FBIANCHI, password Autunno#2026", "FBIANCHI"),
        ("Login pracowniczy AWOJCIK, hasło Jesien#2026", "AWOJCIK"),
        ("Mijn studentaccount s4172638 werkt niet in Brightspace.", "s4172638"),
    ],
)
def test_an_employees_or_students_login_after_its_word(text: str, value: str) -> None:
    assert ("USERNAME", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Login FAILED again",
        "the login PAGE is broken",
        "login 2FA does not work",
        "login v2.3 released",
        "Kennung vergessen, was tun?",
    ],
)
def test_login_look_alikes(text: str) -> None:
    assert not [v for label, v in found(text) if label == "USERNAME"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Personalnummer 40217, die Abrechnung fehlt", "40217"),
        ("matricule 884120, mon bulletin de paie est faux", "884120"),
        ("employee number 55012 please", "55012"),
    ],
)
def test_an_employees_number_after_its_word(text: str, value: str) -> None:
    assert ("MEMBER_ID", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("w systemie mam złą datę urodzenia. Prawidłowa to 18.05.1991.", "18.05.1991"),
        ("proszę poprawić daty urodzenia: 03.02.1987", "03.02.1987"),
    ],
)
def test_a_polish_date_of_birth_in_another_case(text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(text)


def test_a_place_of_birth_names_no_date() -> None:
    text = "miejsce urodzenia Kraków, wizyta 12.05.2024"
    assert not [v for label, v in found(text) if label == "DATE_TIME"]
