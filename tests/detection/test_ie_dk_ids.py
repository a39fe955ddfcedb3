"""Irish PPS, Danish CPR and Austrian social insurance numbers beside their word
(`eu_ids`), and look-alikes."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from tests.detection._found import Found

DETECTOR = Detector.patterns()


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("pps no. 7056475b - for the irish account", "IE_PPS", "7056475b"),
        ("my PPSN is 1234567T", "IE_PPS", "1234567T"),
        ("personal public service number 1234567TW", "IE_PPS", "1234567TW"),
        ("mój duński CPR 261276-9141", "DK_CPR", "261276-9141"),
        ("CPR-nummer: 2110625629", "DK_CPR", "2110625629"),
        ("SV-Nummer 1220 190584", "AT_SOCIAL_SECURITY", "1220 190584"),
        ("meine Sozialversicherungsnummer ist 1237010180", "AT_SOCIAL_SECURITY", "1237010180"),
        ("e-card Nummer: 1220 190584", "AT_SOCIAL_SECURITY", "1220 190584"),
    ],
)
def test_beside_their_word(text: str, label: str, value: str) -> None:
    assert found(text) == [(label, value)]


@pytest.mark.parametrize(
    "text",
    [
        "an invalid pps no. 1234567A",  # check letter, and the clause doubts it
        "order 1234567T",  # a reference
        "see 7056475b there",  # no word
        "261276-9141",  # a CPR has only its date to check: not alone
        "CPR 321276-9141",  # no 32nd day
        "SV-Nummer 1221 190584",  # its check digit fails
        "Bestellung 1220 190584",  # no word
        "1220190584",  # not alone
    ],
)
def test_look_alikes_are_no_pps_or_cpr(text: str) -> None:
    assert [pair for pair in found(text) if pair[0] in ("IE_PPS", "DK_CPR")] == []
