"""A German Steuernummer typed alone in the layout the tax office prints it in: two or
three digits, three or four, four or five, joined by two slashes, 10 or 11 digits in a
layout python-stdnum knows ("123/456/78901", "12/3456/7890"): a whole message that is
nothing else answers "what is your tax number?" as a lone validated number does
(`_id_number.LONE_SCORE`). Presidio's bare cases of that layout (issue 16). Look-alikes:
the same values inside a sentence with no tax word, other slashed layouts (dates,
years first, nine digits), lists, and a lone value typed after the bot asked for an order
number (the pipeline drops it)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers._id_number import drop_lone_ids
from piiguard.detection.recognizers.id_numbers import id_number_labels

PATTERNS = Detector.patterns()


def readings(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(s.labels, text[s.start : s.end]) for s in PATTERNS.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "123/456/78901",  # Bavaria's layout, 3/3/5
        "987/654/32100",
        "12/3456/7890",  # 2/4/4
        "123/3456/7890",  # North Rhine-Westphalia's, 3/4/4
        "181/815/08155",
        "'181/815/08155'.",
        " 21/815/08150 ",  # Berlin's, 2/3/5
    ],
)
def test_a_lone_slashed_tax_number_is_one(text: str) -> None:
    [(labels, value)] = readings(text)
    assert "DE_TAX_NUMBER" in labels
    assert value == text.strip(" '.")


@pytest.mark.parametrize(
    "text",
    [
        "my order 987/654/32100 has not arrived",  # in a sentence, no tax word
        "see ticket 12/3456/7890",
        "12/05/2024",
        "2024/123/45678",  # a year first
        "1234/567/8901",
        "12/345/6789",  # nine digits: no layout of the tax office
        "123/456/789012",
        "987/654/32100 and 123/3456/7890",  # a list is read only for checked values
        "987-654-32100",
        "987 / 654 / 32100",
    ],
)
def test_other_slashed_numbers_are_no_tax_number(text: str) -> None:
    assert not any("DE_TAX_NUMBER" in labels for labels, _ in readings(text))


def test_a_lone_tax_number_is_dropped_after_a_reference_question() -> None:
    text = "987/654/32100"
    spans = PATTERNS.detect(text)
    assert spans
    assert drop_lone_ids(text, spans, id_number_labels()) == []
