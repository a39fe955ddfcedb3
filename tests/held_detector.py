"""A pattern detector held inside `detect` until a test lets it go: shows which thread a
detection runs in and what the event loop serves meanwhile."""

from __future__ import annotations

import threading

from piiguard._types import Span
from piiguard.detection.engine import Detector


class HeldDetector(Detector):
    """The pattern detector, held inside `detect` until the test lets it go; it notes the
    thread each call runs in."""

    entered: threading.Event
    release: threading.Event
    threads: list[int]

    def detect(self, text: str) -> list[Span]:
        self.threads.append(threading.get_ident())
        self.entered.set()
        self.release.wait(2.0)  # bounded: on the event loop it would stall the test only
        return super().detect(text)


def held_detector() -> HeldDetector:
    """`Detector.patterns()` as a `HeldDetector`, not entered, not released."""
    detector = HeldDetector.patterns()
    assert isinstance(detector, HeldDetector)
    detector.entered, detector.release, detector.threads = (
        threading.Event(), threading.Event(), []
    )  # fmt: skip
    return detector
