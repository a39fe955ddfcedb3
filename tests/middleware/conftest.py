"""Fixtures for the middleware tests: a small, deterministic detector.

The middleware is under test here, not detection quality: the detector finds
e-mail addresses and a fixed list of names, so every expectation is exact.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import pytest

from piiguard import Detector, Span

NAMES = ("Anna Kowalski", "Jan Nowak", "Maria Garcia")


class EmailAndNames:
    name = "test-email-names"
    labels = frozenset({"EMAIL_ADDRESS", "PERSON"})
    priority = 2
    _email = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")

    def analyze(self, text: str) -> list[Span]:
        spans = [
            Span(m.start(), m.end(), "EMAIL_ADDRESS", 1.0, self.name)
            for m in self._email.finditer(text)
        ]
        for name in NAMES:
            for m in re.finditer(re.escape(name), text, flags=re.IGNORECASE):
                spans.append(Span(m.start(), m.end(), "PERSON", 0.9, self.name))
        return spans


class Exploding:
    name = "exploding"
    labels = frozenset({"PERSON"})

    def analyze(self, text: str) -> list[Span]:
        raise RuntimeError("model crashed")


class ExplodingOnMessages(Exploding):
    """Crashes on chat text only (anything with a space): the handshake's headers pass."""

    def analyze(self, text: str) -> list[Span]:
        if " " in text:
            raise RuntimeError("model crashed")
        return []


class Slow:
    name = "slow"
    labels = frozenset({"PERSON"})

    def __init__(self, seconds: float, gate: threading.Event | None = None) -> None:
        self.seconds = seconds
        self.gate = gate

    def analyze(self, text: str) -> list[Span]:
        if self.gate is not None:
            self.gate.wait(self.seconds)
        else:
            time.sleep(self.seconds)
        return []


@pytest.fixture
def detector() -> Detector:
    return Detector([EmailAndNames()])


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()
