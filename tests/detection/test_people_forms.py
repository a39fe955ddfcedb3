"""People's data as the thirteenth blind probe typed it: e-mail addresses with the "at"
and "dot" words of the seven languages in brackets or as "arobase"; dates of birth after
another person's birth verb ("nació", "urodził się") or a form's abbreviation ("ddn",
"fecha nac."); a surname with its particles after a first name ("Anna von der Heydt").
Each family has look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import is_cue

PATTERNS = Detector.patterns()


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in detector.detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kontakt: le.van (at) outlook (punkt) de", "le.van (at) outlook (punkt) de"),
        ("écrivez-moi à samir.k arobase free point fr", "samir.k arobase free point fr"),
        ("mail: lucia.r (arroba) gmail (punto) com", "lucia.r (arroba) gmail (punto) com"),
        ("jan.nowak (małpa) onet (kropka) pl", "jan.nowak (małpa) onet (kropka) pl"),
    ],
)
def test_spelled_addresses_with_bracketed_or_french_words(text: str, value: str) -> None:
    assert ("EMAIL_ADDRESS", value) in found(PATTERNS, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ddn 14-02-1961 pour ma mère", "14-02-1961"),
        ("fecha nac. 03-11-1949 de mi madre", "03-11-1949"),
        ("mi hija nació el 2 de junio de 2017", "2 de junio de 2017"),
        ("córka urodziła się 7 lipca 2014", "7 lipca 2014"),
    ],
)
def test_births_of_others_and_form_abbreviations(text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(PATTERNS, text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought it at amazon.de",
        "meet me at home point taken",
        "la livraison est prévue le 14-02-2026",
        "el pedido llegó el 2 de junio de 2025",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert [label for label, _ in found(PATTERNS, text) if label != "URL"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Empfänger ist Anna von der Heydt, bitte so schreiben", "Anna von der Heydt"),
        ("Peter de Vries belt morgen terug", "Peter de Vries"),
    ],
)
def test_a_surname_with_its_particles_after_a_first_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(Detector.default(), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("je suis Marie Dupont-Aignan", "Marie Dupont-Aignan"),
    ],
)
def test_a_double_barrelled_surname_whole(text: str, name: str) -> None:
    """Two names the model found either side of a hyphen are one surname."""
    assert ("PERSON", name) in found(Detector.default(), text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ancienne adresse 7 impasse des Roses, 84000 Avignon", "7 impasse des Roses"),
        ("mi direccion es c/ Alcalá 120 28009 madrid", "c/ Alcalá 120 28009 madrid"),
        ("j'habite au 6 impasse des Lilas depuis mars", "6 impasse des Lilas"),
    ],
)
def test_the_house_number_and_street_word_before_an_address(text: str, address: str) -> None:
    """Grown back over what the model left out before it: a house number before the
    street word, the abbreviated Spanish "c/"."""
    assert any(address in value for _, value in found(Detector.default(), text))


def test_a_street_named_without_a_number_stays_clean() -> None:
    assert found(Detector.default(), "on se retrouve rue des Lilas") == []


@pytest.mark.parametrize(
    "text",
    [
        "Salve, ho un problema con la bolletta.",
        "Grazie mille.\nSalve",
        "Hallo, meine Karte geht nicht",
    ],
)
def test_a_greeting_opening_its_line_is_no_name(text: str) -> None:
    assert [label for label, _ in found(Detector.default(), text) if label == "PERSON"] == []


def test_a_person_named_like_a_greeting_stays() -> None:
    text = "ho parlato con Salve Rossi ieri"
    assert ("PERSON", "Salve Rossi") in found(Detector.default(), text)


def test_the_holder_after_ten_name_van_abbreviated_and_not_the_abbreviation() -> None:
    text = "graag terugstorten op:\nNL27AZYF0420268646\nt.n.v. Jeroen Kuipers\nDank"
    spans = found(Detector.default(), text)
    assert ("PERSON", "Jeroen Kuipers") in spans
    assert not [value for _, value in spans if value.startswith("t.n.v")]


def test_a_phone_after_a_slip_of_number() -> None:
    text = "hiya, my numbr changed, new one is 07911123456 , plz update it"
    assert ("PHONE_NUMBER", "07911123456") in found(Detector.default(), text)


@pytest.mark.parametrize(
    ("value", "cue"),
    [("t.n.v.", True), ("T.N.V", True), ("Herr", True), ("titulaire", True), ("Jeroen", False)],
)
def test_what_counts_as_a_cue_word(value: str, cue: bool) -> None:
    assert is_cue(value) is cue
