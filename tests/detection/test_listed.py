"""Values listed together (`_listed`): a value whose check digit holds, listed beside a
reported value of the same type, is reported too. Positives in the seven languages, then
look-alikes (a failed check, another noun between, no reported member)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import NgNinRecognizer, SgUenRecognizer
from tests.detection._found import Found

PATTERNS = Detector.patterns()
ALONE = Detector([NgNinRecognizer(), SgUenRecognizer()])
NIN, OTHER_NIN, BAD_NIN = "12345678902", "55512345672", "55512345673"


found = Found(PATTERNS)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (f"My NIN is {NIN} and yours is {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"NIN {NIN} and {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"NIN: {NIN}, {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"NIN {NIN} / {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"NIN {NIN}, {BAD_NIN[:-1]}2 or {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"meine NIN ist {NIN} und deine ist {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"mon NIN est {NIN} et le tien est {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"mi NIN es {NIN} y el tuyo es {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"il mio NIN è {NIN} e il tuo è {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"mijn NIN is {NIN} en de jouwe is {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        (f"mój NIN to {NIN} a twój to {OTHER_NIN}", "NG_NIN", OTHER_NIN),
        # a list led by a member whose layout stands alone
        ("53125226D 201434292D S57TU0392K", "SG_UEN", "53125226D"),
        ("UENs 201434292D, 53125226D", "SG_UEN", "53125226D"),
        ("201434292D and 53125226D", "SG_UEN", "53125226D"),
    ],
)
def test_listed_values(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)
    assert (label, value) in [(s.label, text[s.start : s.end]) for s in ALONE.detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"NIN {NIN} and {BAD_NIN}", BAD_NIN),  # the check digit fails
        (f"NIN {NIN} and order {OTHER_NIN}", OTHER_NIN),  # another noun: not the list
        (f"NIN {NIN} and my phone is {OTHER_NIN}", OTHER_NIN),
        (f"NIN {NIN} and the other one {OTHER_NIN}", OTHER_NIN),
        (f"it reads {NIN} and {OTHER_NIN}", OTHER_NIN),  # no member reported
        ("it reads 53125226D there", "53125226D"),
        ("53125226D 53125226E", "53125226D"),
        ("201434292D and 53125226E", "53125226E"),
        ("201434292D, see 53125226D", "53125226D"),
    ],
)
def test_listed_lookalikes(text: str, value: str) -> None:
    assert not any(
        text[s.start : s.end] == value and s.label in ("NG_NIN", "SG_UEN")
        for s in PATTERNS.detect(text)
    )
