"""The digits a text must hold for a regex to match (`digit_floor`), and the detector's
skip of recognizer gates that need more digits than a text holds (`Detector._detect`)."""

from __future__ import annotations

import random
import re

import pytest

from piiguard.detection.digit_floor import digit_count, digit_floor
from piiguard.detection.engine import Detector


@pytest.mark.parametrize(
    ("pattern", "floor"),
    [
        (r"\d", 1),
        (r"\d{3}[- .]?\d\d[- .]?\d{4}", 9),
        (r"\d(?:[ .-]?\d){11}", 12),
        (r"[0-9]{2}", 2),
        (r"[13][a-z]{25}|bc1|BC1|0x", 1),
        (r"٣\d", 2),  # a literal digit of another script is a digit too
        (r"(?i)x\d", 1),
        (r"(?>\d\d)", 2),
        (r"(?P<v>\d+)", 1),
        (r"\d*", 0),
        (r"\d?", 0),
        (r"(?:\d\d)+", 2),
        (r"\d+?x", 1),
        # look-alikes: nothing that may match a non-digit is counted
        (r"[\d.]", 0),
        (r"[0-9A-F]{4}", 0),
        (r"[^\D]", 0),
        (r"\w{5}", 0),
        (r".\d", 1),
        (r"[²³]", 0),  # superscripts are `isdigit` but no decimal digits (`\d` misses them)
        (r"(?<=\d)x(?=\d\d)", 0),  # lookarounds consume nothing
        (r"(\d)\1", 1),  # a back reference is not counted
        (r"(?:\d\d|x)", 0),
        (r"@", 0),
    ],
)
def test_digit_floor(pattern: str, floor: int) -> None:
    assert digit_floor(re.compile(pattern)) == floor


def test_digit_floor_of_bytes_is_zero() -> None:
    assert digit_floor(re.compile(rb"\d\d")) == 0  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["", "no digits", "tel 030 1234567", "٣٤٥ and 12", "ＴＥＬ１２３", "x²³", "𝟗𝟖7"],
)
def test_digit_count_is_what_backslash_d_matches(text: str) -> None:
    assert digit_count(text) == len(re.findall(r"\d", text))


def _gates() -> list[tuple[str, re.Pattern[str]]]:
    gates = []
    for recognizer in Detector.patterns().recognizers:
        for gate in getattr(recognizer, "gates", ()):
            pattern = getattr(gate, "__self__", None)
            if isinstance(pattern, re.Pattern):
                gates.append((recognizer.name, pattern))
    return gates


def test_the_digit_gates_have_floors() -> None:
    """The skip is in use: phone, card and SSN gates need their digits."""
    floors = {name: digit_floor(p) for name, p in _gates()}
    assert floors["phone"] == 7
    assert floors["credit_card"] == 12
    assert floors["us_ssn"] == 9
    assert floors["email"] == 0
    detector = Detector.patterns()
    needs = {r.name: need for r, (need, _gates, _call) in zip(*detector._runs, strict=True)}
    assert needs["phone"] == 7 and needs["credential"] == 0


def _texts_around(pattern: re.Pattern[str], rng: random.Random) -> list[str]:
    """Texts made of pieces that match or nearly match gates: digits, separators,
    letters, digits of other scripts."""
    pieces = ["1", "23", "456", "7890", "٣", "１", " ", "-", ".", "/", "(", ":", "a", "GB",
              "x", "@", "DE", "9", "bc1", "0x", "²", "\n", "AB12CD", "www.", ".com"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]


@pytest.mark.parametrize(("name", "pattern"), _gates())
def test_no_gate_matches_a_text_with_fewer_digits_than_its_floor(
    name: str, pattern: re.Pattern[str]
) -> None:
    floor = digit_floor(pattern)
    rng = random.Random(name)
    matched = 0
    for text in _texts_around(pattern, rng):
        if pattern.search(text):
            matched += 1
            assert digit_count(text) >= floor, (name, text)
    assert matched or not floor  # the texts reach every gate that needs digits


def test_the_skip_changes_no_span() -> None:
    """The detector with the skip and the same detector running every gate."""
    with_skip = Detector.patterns()
    without = Detector.patterns()
    recognizers, runs = without._runs
    without._runs = (recognizers, tuple((0, gates, call) for _need, gates, call in runs))
    texts = [
        "call me on 030 1234567",
        "card 4111 1111 1111 1111",
        "ssn 123-45-6789, born 1980-02-03",
        "no digits here, anna@example.org",
        "ＴＥＬ ０３０ １２３４５６７",
        "٠٣٠ ١٢٣٤٥٦٧",
        "IBAN DE89 3704 0044 0532 0130 00",
        "12",
        "",
    ]
    for text in texts:
        assert with_skip.detect(text) == without.detect(text), text
