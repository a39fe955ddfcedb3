"""What a detector finds in a text, as the detection tests compare it: shared by the
test modules (`found = Found(DETECTOR)` at the top of each)."""

from __future__ import annotations

from dataclasses import dataclass

from piiguard.detection.engine import Detector


@dataclass(frozen=True)
class Found:
    """`found(text)`: the (label, value) of every span `detector` finds in `text`, in its
    order; `found.values(text)`: the values alone. Either takes another detector as its
    second argument (`found(text, PLAIN)`). With `found = Found(Detector([EmailRecognizer()]))`,
    `found("mail jane@example.com")` is `[("EMAIL_ADDRESS", "jane@example.com")]` and
    `found.values("mail jane@example.com")` is `["jane@example.com"]`. (No doctest: the
    detection tests' count stays that of their own cases.)
    """

    detector: Detector

    def __call__(self, text: str, detector: Detector | None = None) -> list[tuple[str, str]]:
        spans = (self.detector if detector is None else detector).detect(text)
        return [(s.label, text[s.start : s.end]) for s in spans]

    def values(self, text: str, detector: Detector | None = None) -> list[str]:
        return [value for _, value in self(text, detector)]
