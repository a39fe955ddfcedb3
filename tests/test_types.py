"""`Span`: a value type whose `alternatives` are information, not identity."""

from __future__ import annotations

import pickle
from dataclasses import replace

from piiguard._types import Span

NHS = Span(0, 10, "UK_NHS", 0.75, "id_numbers")
AMBIGUOUS = replace(NHS, alternatives=("KR_BRN",))


def test_alternatives_default_to_none_and_list_after_the_label() -> None:
    assert NHS.alternatives == ()
    assert NHS.labels == ("UK_NHS",)
    assert AMBIGUOUS.labels == ("UK_NHS", "KR_BRN")


def test_equality_hash_ignore_alternatives() -> None:
    # Spans are compared and collected by what is masked: bounds, label, score, source.
    assert AMBIGUOUS == NHS
    assert hash(AMBIGUOUS) == hash(NHS)
    assert {NHS, AMBIGUOUS} == {NHS}
    assert replace(NHS, label="KR_BRN") != NHS


def test_repr_shows_alternatives_only_when_there_are_any() -> None:
    assert repr(NHS) == ("Span(start=0, end=10, label='UK_NHS', score=0.75, source='id_numbers')")
    assert repr(AMBIGUOUS).endswith("source='id_numbers', alternatives=('KR_BRN',))")
    assert eval(repr(AMBIGUOUS)).alternatives == ("KR_BRN",)


def test_shifted_and_pickled_spans_keep_their_alternatives() -> None:
    moved = AMBIGUOUS.shifted(5)
    assert (moved.start, moved.end, moved.alternatives) == (5, 15, ("KR_BRN",))
    assert pickle.loads(pickle.dumps(AMBIGUOUS)).alternatives == ("KR_BRN",)
