"""A message that is a list of values of one shape and nothing else ("X and Y", "X, Y;
Z") answers a question as a lone value does: its members are read as lone values by the
recognizers whose check is strong enough for it (`LONE_IN_LISTS`: the partita IVA, whose
Luhn digit and office code one 11-digit number in about a hundred passes), when every
member passes it or is a form's filler. Presidio's case "00000000000 and 01333550323"
(issue 16). Look-alikes: lists of references of mixed shapes, lists with a member whose
check fails, lists inside a sentence, and a list typed after the bot asked for an order
number (the pipeline drops it as it drops a lone value)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers._id_number import drop_lone_ids, lone_members
from piiguard.detection.recognizers.id_numbers import id_number_labels

PATTERNS = Detector.patterns()


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in PATTERNS.detect(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("00000000000 and 01333550323", ["01333550323"]),
        ("01333550323 and 00000000000", ["01333550323"]),
        ("01333550323, 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 und 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 et 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 y 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 e 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 en 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 i 07973780013", ["01333550323", "07973780013"]),
        ("01333550323; 07973780013", ["01333550323", "07973780013"]),
        ("01333550323 or 07973780013", ["01333550323", "07973780013"]),
        ("01333550323, 11111111111 and 07973780013", ["01333550323", "07973780013"]),
        ('"01333550323" and "07973780013".', ["01333550323", "07973780013"]),
    ],
)
def test_a_validated_member_of_a_list_of_one_shape_is_masked(
    text: str, values: list[str]
) -> None:
    assert found(text) == [("IT_VAT_CODE", value) for value in values]


@pytest.mark.parametrize(
    "text",
    [
        "12345678901 and 23456789012",  # no member passes the check
        "00000000000 and 00000000001",
        "00000000000 and 11111111111",
        "01333550323 and 12345678901",  # a member fails it: a list of references
        "01333550323, 07973780013 and 12345678901",
        "12345678 and 01333550323",  # references of two shapes
        "01333550323 and 4471",
        "#01333550323, #07973780013",  # not values alone: a hash marks references
        "order 01333550323 and 07973780013",  # inside a sentence
        "01333550323 and 07973780013 are my order numbers",
        "01333550323 and then 07973780013",
        "01333550323 and and 07973780013",
        "01333550323 and",
    ],
)
def test_other_lists_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("00000000000 and 01333550323", [(0, 11), (16, 27)]),
        ("A1, B2; C3", [(0, 2), (4, 6), (8, 10)]),
        ("'12 34' und '56 78'", [(1, 6), (13, 18)]),
        ("01333550323", None),  # one value is no list
        ("12 and 345", None),  # two shapes
        ("hello and world", None),  # no digit
        ("01333550323 and", None),
    ],
)
def test_lone_members(text: str, members: list[tuple[int, int]] | None) -> None:
    assert lone_members(text) == members


def test_a_listed_value_is_dropped_after_a_reference_question() -> None:
    # typed after "What are your order numbers?": as a lone value is (`drop_lone_ids`)
    text = "00000000000 and 01333550323"
    spans = PATTERNS.detect(text)
    assert spans
    assert drop_lone_ids(text, spans, id_number_labels()) == []
