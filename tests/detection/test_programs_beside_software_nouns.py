"""Precision on clean chat in seven languages (fp17, issue 16): the model calls a program's
name a person. A capitalised word in no list of names, places or world names right beside a
noun of what a program runs as or holds (server, theme, log, core, processes, ...
in the seven languages; over "of", "de", "di", "van", "von" and articles) is a program
(`non_names.program_beside_software_noun`). A known name beside the same nouns is
someone's ("das Konto von Kowalski"), and so is any word after a cue for a person."""

from __future__ import annotations

import pytest

from piiguard.detection.policy import PersonalDataPolicy
from tests.detection._policy import kept

P = "PERSON"
ORG = "ORGANIZATION"
DEFAULT = PersonalDataPolicy()

PROGRAMS = [
    ("Restart the Keycloak server please, nobody can log in.", [("Keycloak", P)]),
    ("Le serveur Keycloak ne répond plus depuis ce matin.", [("Keycloak", P)]),
    ("El servidor Nextcloud no sincroniza desde ayer.", [("Nextcloud", P)]),
    ("Il tema Grafana non si carica più dopo l'aggiornamento.", [("Grafana", P)]),
    ("Die Konfiguration von Traefik ist seit dem Update kaputt.", [("Traefik", ORG)]),
    ("De processen van Mattermost zijn gestopt na de update.", [("Mattermost", P)]),
    ("Opcje serwera Grafana nie działają po aktualizacji.", [("serwera Grafana", P)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), PROGRAMS)
def test_a_program_beside_a_software_noun_is_no_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(DEFAULT, text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Das Konto von Kowalski wurde gestern gesperrt.", [("Kowalski", P)]),
        ("Das Konto von Zwiebelfisch ist gesperrt.", [("Zwiebelfisch", P)]),  # someone's
        ("Il server di Giulia non risponde da stamattina.", [("Giulia", P)]),
        ("Mein Kollege Zwiebelfisch hat den Server neu gestartet.", [("Zwiebelfisch", P)]),
        ("Zwiebelfisch hat gestern angerufen wegen der Rechnung.", [("Zwiebelfisch", P)]),
        # a noun of a person's role as well as a program's: the name after it is someone's
        ("Please contact the administrator Przybyszewska about it.", [("Przybyszewska", P)]),
        ("El administrador Etxeberria dijo que no.", [("Etxeberria", P)]),
    ],
)
def test_names_beside_software_nouns_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert kept(DEFAULT, text, found) == [value for value, _ in found]
