"""Which recognizers make up the built-in detectors."""

from __future__ import annotations

from piiguard._types import Recognizer


def pattern_recognizers() -> list[Recognizer]:
    """One instance of every validated pattern recognizer (cheap: regexes compile once)."""
    from piiguard.detection.recognizers import all_pattern_recognizers

    return all_pattern_recognizers()


def default_recognizers(*, model_dir: str | None = None) -> list[Recognizer]:
    """Pattern recognizers plus the shipped NER model (loaded lazily on first use)."""
    from piiguard.detection.ner import NerRecognizer

    return [*pattern_recognizers(), NerRecognizer(model_dir)]
