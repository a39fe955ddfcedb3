"""Document, contract and bank numbers as chat names them: a document number before
its word with the adjective declined ("X ist die Nummer von meinem neuen Perso"), a
contract's number after "ref", Italian bank codes (ABI and CAB), a PESEL in groups.
Look-alikes: orders, tickets, taxis, prices and years beside the same words."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

found = Found(Detector.patterns())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LTJNLRTGP0 ist die Nummer von meinem neuen Perso, bitte aktualisieren", "LTJNLRTGP0"),
        ("C48VKZ1R7 ist die Nummer meines neuen Reisepasses", "C48VKZ1R7"),
        ("EO5673720 to numer mojego nowego dowodu", "EO5673720"),
        ("Contract ref: MC-2291-88410 - I moved out and want to end it", "MC-2291-88410"),
        ("Vertragsnummer ref. VT-448213", "VT-448213"),
        ("policy reference PL-55019283 please", "PL-55019283"),
        ("conto corrente n. 000014487134 ABI 90902 CAB 89489", "90902"),
        ("conto corrente n. 000014487134 ABI 90902 CAB 89489", "89489"),
        ("codice ABI 03069, codice CAB 01600 della mia filiale", "01600"),
        ("PESEL: 4405 1401 458", "4405 1401 458"),
        ("mój pesel to 44 05 14 01458, proszę o zmianę", "44 05 14 01458"),
    ],
)
def test_a_number_named_by_its_word(text: str, value: str) -> None:
    assert value in found.values(text)


@pytest.mark.parametrize(
    "text",
    [
        "ordine 55019283 ist die Nummer von meiner neuen Bestellung",
        "ticket ref: INC-448213 is still open",
        "order ref. 2291-88410 arrived late",
        "il CAB 89489 della Fiat è un modello",
        "I took cab 12345 to the airport",
        "ABI 2024 report is out",
        "contract ref: 2024 renewal",
        "pesel 4405 1401 459 to nie mój",  # the check digit fails
        "zamówienie 4405 1401 458, pesel podam później",
    ],
)
def test_look_alikes(text: str) -> None:
    assert not found(text)
