"""Restore with labels that share leading words (US_PASSPORT, US_PASSPORT_NUMBER, US_SSN,
DE_TAX_ID, DE_TAX_NUMBER, ...): the restore regex factors shared words out, and every
label, the longer and the shorter of a pair alike, is restored in every form, whole and
streamed one character at a time."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.restoring import StreamRestorer, restore

LABELS = sorted(
    {label for r in Detector.patterns().recognizers for label in r.labels}
    | {"US_PASSPORT_NUMBER", "PERSON", "PERSON_NAME"}
)
MAPPING = {f"<{label}_{i}>": f"value {i}" for i, label in enumerate(LABELS, start=1)}


def _forms(label: str, number: int) -> list[str]:
    spaced = label.replace("_", " ")
    return [
        f"<{label}_{number}>",
        f"<< {spaced.lower()} {number} >>",
        f"&lt;{label}_{number}&gt;",
        f"[{label}-{number}]",
        f"{{{{{label}_{number}}}}}",
        f"«{spaced} {number}»",
        f"{label.replace('_', '-')}_{number}",
    ]


@pytest.mark.parametrize(("number", "label"), list(enumerate(LABELS, start=1)))
def test_every_label_in_every_form(number: int, label: str) -> None:
    for typed in _forms(label, number):
        text = f"see {typed}, thanks"
        assert restore(text, MAPPING) == f"see value {number}, thanks", typed
        restorer = StreamRestorer(MAPPING)
        streamed = "".join(restorer.feed(c) for c in text) + restorer.flush()
        assert streamed == f"see value {number}, thanks", typed


def test_a_shorter_label_is_not_read_into_a_longer_one() -> None:
    mapping = {"<US_PASSPORT_1>": "A", "<US_PASSPORT_NUMBER_1>": "B"}
    assert restore("<US_PASSPORT_1> <US_PASSPORT_NUMBER_1> <US_PASSPORT_2>", mapping) == (
        "A B <US_PASSPORT_2>"
    )
