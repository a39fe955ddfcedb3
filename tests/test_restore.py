"""Streaming restore holds back only what could still become a placeholder."""

from __future__ import annotations

import pytest

from piiguard.restore import StreamRestorer

MAPPING = {"<PERSON_1>": "Anna Kowalski", "<EMAIL_ADDRESS_12>": "anna@example.org"}
TEXT = "Dear <PERSON_1>, we wrote to <EMAIL_ADDRESS_12> < not a tag <b> and <UNKNOWN_3>."
EXPECTED = "Dear Anna Kowalski, we wrote to anna@example.org < not a tag <b> and <UNKNOWN_3>."


def run(chunks: list[str]) -> list[str]:
    restorer = StreamRestorer(MAPPING)
    return [restorer.feed(c) for c in chunks] + [restorer.flush()]


@pytest.mark.parametrize("cut", range(len(TEXT) + 1))
def test_every_split_position(cut: int) -> None:
    assert "".join(run([TEXT[:cut], TEXT[cut:]])) == EXPECTED


def test_one_character_chunks() -> None:
    assert "".join(run(list(TEXT))) == EXPECTED


def test_holds_back_only_a_possible_placeholder_tail() -> None:
    out = run(["Dear <PER", "SON_1> ok"])
    assert out == ["Dear ", "Anna Kowalski ok", ""]
    # Text that cannot become a placeholder is emitted at once.
    assert run(["a < b", " c"]) == ["a < b", " c", ""]
    assert run(["x <lower"]) == ["x <lower", ""]


def test_hold_back_is_bounded() -> None:
    restorer = StreamRestorer(MAPPING, max_hold=8)
    assert restorer.feed("<AAAAAAAAAAAAAAAA") == "<AAAAAAAAAAAAAAAA"


def test_no_mapping_passes_through() -> None:
    restorer = StreamRestorer({})
    assert restorer.feed("<PERSON_") == "<PERSON_"
