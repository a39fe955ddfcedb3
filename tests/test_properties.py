"""Property tests: detection never raises, spans lie in the text, masking round-trips."""

from __future__ import annotations

import asyncio
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piiguard.detection.engine import Detector
from piiguard.masking import Masker, MaskingPolicy
from piiguard.restoring import restore
from piiguard.vault import MemoryVault

DETECTOR = Detector.patterns()

# Text that mixes arbitrary unicode with fragments of the shapes the patterns look for.
FRAGMENTS = st.sampled_from(
    [
        "anna@example.org", "+49 30 901820", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
        "192.168.1.1", "fe80::1", "https://x.io/a", "536-22-1234", "AB 12 34 56 C",
        "44051401359", "12345678Z", "born 12.03.1985", "password is hunter2", "pin 1234",
        "<PERSON_1>", "<EMAIL_ADDRESS_2>", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", " ", "\n", ".",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(st.text(max_size=30), FRAGMENTS), max_size=12).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=400))
def test_detect_never_raises_on_any_string(text: str) -> None:
    DETECTOR.detect(text)


@SETTINGS
@given(TEXTS)
def test_spans_lie_within_the_text_and_do_not_overlap(text: str) -> None:
    spans = DETECTOR.detect(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert 0.0 <= span.score <= 1.0
    for left, right in itertools.pairwise(spans):
        assert left.end <= right.start


@SETTINGS
@given(TEXTS)
def test_restore_of_mask_is_identity(text: str) -> None:
    async def round_trip() -> str:
        vault = MemoryVault()
        masked = await Masker(MaskingPolicy(), vault).mask(
            text, DETECTOR.detect(text), session_id="s"
        )
        return restore(masked.text, await vault.mapping("s"))

    assert asyncio.run(round_trip()) == text
