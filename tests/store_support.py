"""Test support for the consent and training tests: the HMAC key and a settable clock."""

from __future__ import annotations

KEY = b"test-key"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
