"""Street addresses by their layout (`StreetAddressRecognizer`) in the seven languages, the
model's address cut by a validated number keeping its lines (`engine._outside_higher`);
look-alikes: quantities, times, streets without a number, shop addresses."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.street_address import StreetAddressRecognizer

RECOGNIZER = StreetAddressRecognizer()


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.analyze(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pilar Romero\nCalle Larios 8, 2º izda.\n29005 Málaga", "Calle Larios 8, 2º izda."),
        ("Paseo de la Castellana 45, 3º B", "Paseo de la Castellana 45, 3º B"),
        ("in mijn woning aan de Herenstraat 17A lekt water", "Herenstraat 17A"),
        ("Julianastraat 2 bis, 2511 CV Den Haag", "Julianastraat 2 bis"),
        ("wyślij na ul. Długa 5/12, 00-238 Warszawa", "ul. Długa 5/12"),
        ("envoyez au 14 rue des Lilas, 69003 Lyon", "14 rue des Lilas"),
        ("Résidence Les Pins, 3 allée des Chênes", "3 allée des Chênes"),
        ("send it to 42 Elm Road, Leeds", "42 Elm Road"),
        ("abito in Via Giuseppe Garibaldi 12", "Via Giuseppe Garibaldi 12"),
        ("bitte ändern auf Am Markt 26, 1010 Wien", "Am Markt 26"),
        ("Lieferung an Karl-Marx-Allee 31", "Karl-Marx-Allee 31"),
    ],
)  # fmt: skip
def test_an_address_by_its_layout(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Der Weg 5 km lang ist schön",
        "Via 3 minuti a piedi",
        "Ho preso il treno delle 8 da Via 3",
        "la Calle Mayor es muy bonita",  # no number
        "Plaza 2 horas de cola",
        "Order 42 Items shipped",
        "I live on Baker Street",
    ],
)
def test_look_alikes(text: str) -> None:
    assert addresses(text) == []


DETECTOR = Detector.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un saludo\n--\nPilar Vázquez Romero\nCalle Larios 8, 2º izda.\n29005 Málaga\n"
         "Tel. 960 78 79 51", "29005 Málaga"),
        ("ik woon aan de Herenstraat 17A, 2011 CW Haarlem", "2011 CW Haarlem"),
    ],
)  # fmt: skip
def test_the_whole_address_is_masked(text: str, expected: str) -> None:
    start = text.index(expected)
    assert any(s.start <= start and start + len(expected) <= s.end for s in DETECTOR.detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "the store at 221 Baker Street is closed on Sundays",
        "Wo ist das Bürgeramt Mitte, Karl-Marx-Allee 31? Brauche einen neuen Pass",
        "Der Weg 5 km lang ist schön",
    ],
)
def test_shops_institutions_and_quantities_stay_clean(text: str) -> None:
    assert DETECTOR.detect(text) == []
