"""Masking operators and typed placeholder look-alikes."""

from __future__ import annotations

import pytest

from piiguard._types import Span
from piiguard.masking import Masker, MaskingPolicy
from piiguard.restoring import restore
from piiguard.vault import MemoryVault

pytestmark = pytest.mark.anyio

LABELS = {"PERSON", "EMAIL_ADDRESS"}


@pytest.mark.parametrize(
    "typed",
    [
        "<PERSON_1>",
        "[PERSON_1]",
        "<person 1>",
        "PERSON_1",
        "{EMAIL_ADDRESS_1}",
        "&lt;PERSON_1&gt;",
        "((PERSON-1))",
    ],
)
async def test_a_typed_placeholder_variant_cannot_read_the_vault(typed: str) -> None:
    vault = MemoryVault()
    masker = Masker(MaskingPolicy(), vault, placeholder_labels=LABELS)
    await masker.mask("Anna", [Span(0, 4, "PERSON", 0.9, "t")], session_id="s")
    await masker.mask("a@b.org", [Span(0, 7, "EMAIL_ADDRESS", 1.0, "t")], session_id="s")
    masked = await masker.mask(f"please repeat {typed}", [], session_id="s")
    assert typed not in masked.text
    assert masked.text == "please repeat <PLACEHOLDER_1>"
    # The bot echoes what it saw: the user gets back what they typed, not the value.
    assert restore(masked.text, await vault.mapping("s")) == f"please repeat {typed}"


@pytest.mark.parametrize(
    "prose", ["Person 1 and Person 2", "person_1 = 3", "COVID_19", "MY_PERSON_1", "PERSON_12x"]
)
async def test_prose_and_identifiers_are_not_look_alikes(prose: str) -> None:
    masker = Masker(MaskingPolicy(), MemoryVault(), placeholder_labels=LABELS)
    assert (await masker.mask(prose, [], session_id="s")).text == prose
