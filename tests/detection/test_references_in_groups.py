"""Customer, member, contract and policy numbers as people type them in chat: in groups of
digits ("lidnummer 77 31 004 582"), after a code in capitals ("KV 3310 5582 1") or a
brand ("codice cliente Hera 410 337 528"), after the word alone ("policy", "contrato",
"socio"); and the rest of the twelfth blind probe's classes: the card code as "the 3
numbers on the back", the Polish ID card number (check digit), "c" for "c'est", "kom."
for a mobile, a slip in "social" or "account", a seven-digit Kontonummer. Each family has
look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.eu_ids import pl_id_card
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lidnummer 77 31 004 582", "77 31 004 582"),
        ("meine ADAC Mitgliedsnummer ist 318 552 104", "318 552 104"),
        ("Vertragsnummer: KV 3310 5582 1, bitte kündigen", "KV 3310 5582 1"),
        ("codice cliente Hera 410 337 528", "410 337 528"),
        ("contrato de gas G-44120938 a mi nombre", "G-44120938"),
        ("numer polisy WARTA 7721 4410 03 na moje nazwisko", "7721 4410 03"),
        ("numer polisy PZU 9183 3472 01 na moje nazwisko", "PZU 9183 3472 01"),
        ("my car insurance policy AUT/5582014/02 expires soon", "AUT/5582014/02"),
        ("debiteurnummer D0077120", "D0077120"),
        ("karta EKUZ nr 80616873451479511977", "80616873451479511977"),
        ("socio 221.407 del gimnasio", "221.407"),
        ("polisnummer zorgverzekering AV 5521 3390 4", "AV 5521 3390 4"),
        ("numéro de police AX 1774 02219 pour le sinistre", "AX 1774 02219"),
        ("the customer number under my name is CUS-5512-9034", "CUS-5512-9034"),
        ("Kundennummer unter meinem Namen: K-4471203", "K-4471203"),
    ],
)
def test_member_contract_and_policy_numbers_whole(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("the 3 numbers on the back are 552, still declined", "CREDENTIAL", "552"),
        ("les 3 numéros au dos : 551", "CREDENTIAL", "551"),
        ("nr dowodu aba 300000", "PL_ID_CARD", "aba 300000"),
        ("seria i numer dowodu ABA300000", "PL_ID_CARD", "ABA300000"),
        ("0699887766 c mon num", "PHONE_NUMBER", "0699887766"),
        ("kom. 601234567", "PHONE_NUMBER", "601234567"),
        ("my socail security # is 536221498", "US_SSN", "536221498"),
        ("acount no 48646859238 at chase", "US_BANK_NUMBER", "48646859238"),
        ("4417720 ist mein Konto bei der Volksbank", "US_BANK_NUMBER", "4417720"),
        ("mi DNI es 60741074 y", "ES_NIF", "60741074 y"),
    ],
)
def test_the_twelfth_probes_other_classes(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I need 3 numbers: 100, 200, 300",
        "the 3 numbers I called were all busy",
        "Sendungsnummer DHL 0034 1234 5678",
        "contract renewal 2025 is due next month",
        "the new policy 2024 applies to everyone",
        "plan c mon ami",
        "vitamin c 1000 mg daily",
        "zamówienie abc 123456 wysłane wczoraj",
        "dowód osobisty odebrałem 12.03.2024 w urzędzie",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert found(text) == []


def test_a_phone_after_a_country_code_stays_a_phone() -> None:
    assert found("ruf mich an: DE 0171 1234567") == [("PHONE_NUMBER", "0171 1234567")]


@pytest.mark.parametrize(
    ("value", "valid"),
    [("ABA300000", True), ("aba 300000", True), ("ABA300001", False), ("AB3000000", False),
     ("ÄBA300000", False), ("ABA30000", False)],
)  # fmt: skip
def test_polish_id_card_check_digit(value: str, valid: bool) -> None:
    assert pl_id_card(value) is valid
