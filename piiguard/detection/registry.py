"""Which recognizers make up the built-in detectors."""

from __future__ import annotations

import functools

from piiguard._types import Recognizer


def pattern_recognizers() -> list[Recognizer]:
    """Every validated pattern recognizer, the same instances for every detector of the
    process (`_shared_pattern_recognizers`)."""
    return list(_shared_pattern_recognizers())


@functools.cache
def _shared_pattern_recognizers() -> tuple[Recognizer, ...]:
    """Built once: their trigger tables cost ~0.14 CPU s (a `Guard` builds two detectors,
    every proxy worker one `Guard`), and they hold nothing but what their class compiles
    and caches of answers, so detectors share them as a server's detection threads share
    one detector already."""
    from piiguard.detection.recognizers import all_pattern_recognizers

    return tuple(all_pattern_recognizers())


def default_recognizers(*, model_dir: str | None = None) -> list[Recognizer]:
    """Pattern recognizers plus the shipped NER model (loaded lazily on first use) and the
    addresses that fill the model's gaps (`StreetAddressRecognizer`, `CuedAddressRecognizer`:
    beside the model only, as they find places, which a patterns-only detector leaves to
    the model)."""
    from piiguard.detection.ner import NerRecognizer
    from piiguard.detection.recognizers.cued_address import CuedAddressRecognizer
    from piiguard.detection.recognizers.street_address import StreetAddressRecognizer

    return [
        *pattern_recognizers(),
        StreetAddressRecognizer(),
        CuedAddressRecognizer(),
        NerRecognizer(model_dir),
    ]
