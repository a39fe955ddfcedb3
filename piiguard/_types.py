"""Small value types shared by every step: spans, labels and the recognizer protocol."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, Protocol, get_args, runtime_checkable

# Labels use Presidio's entity names where Presidio has one.
PERSON = "PERSON"
LOCATION = "LOCATION"
ORGANIZATION = "ORGANIZATION"
DATE_TIME = "DATE_TIME"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
CREDIT_CARD = "CREDIT_CARD"
IBAN_CODE = "IBAN_CODE"
IP_ADDRESS = "IP_ADDRESS"
URL = "URL"
US_SSN = "US_SSN"
US_ITIN = "US_ITIN"
UK_NINO = "UK_NINO"
CRYPTO = "CRYPTO"
# Labels Presidio has no name for.
NATIONAL_ID = "NATIONAL_ID"
CREDENTIAL = "CREDENTIAL"

MODEL_TRAINING = "model_training"
"""The consent purpose that lets a masked turn reach training data."""

Operator = Literal["placeholder", "redact", "hash", "partial", "allow"]
"""What a detected value in a request is replaced by (see `piiguard.masking`)."""
OPERATORS: tuple[Operator, ...] = get_args(Operator)

ReplyAction = Literal["redact", "allow", "refuse"]
"""What the reply guard does with a value that is not the session's own."""
REPLY_ACTIONS: tuple[ReplyAction, ...] = get_args(ReplyAction)


@dataclass(frozen=True, slots=True)
class Span:
    """One piece of personal data found in a text.

    `start` and `end` are character offsets into the original text
    (`text[start:end]` is the value); `source` names the recognizer.

    `label` is the one reading that masking, policy and restore use. `alternatives` are
    the labels of the other readings of the very same characters that the detector's
    overlap rule could not tell from it (same bounds, same priority, same score; each one
    met its own check or context word and its label's minimum score): "1048656659" alone
    is a valid NHS number and a valid Korean business number, so it is masked once, as
    UK_NHS, with `alternatives=("KR_BRN",)`. They are information only: equality and
    hashing ignore them, and a span without any prints as before.

    >>> Span(11, 28, "EMAIL_ADDRESS", 1.0, "email").length
    17
    >>> Span(0, 10, "UK_NHS", 0.75, "id_numbers", ("KR_BRN",)).labels
    ('UK_NHS', 'KR_BRN')
    """

    start: int
    end: int
    label: str
    score: float
    source: str
    alternatives: tuple[str, ...] = field(default=(), compare=False)

    def __repr__(self) -> str:
        # The generated repr, with `alternatives` only when there are any (docs and
        # doctests show spans without them).
        more = f", alternatives={self.alternatives!r}" if self.alternatives else ""
        return (
            f"Span(start={self.start!r}, end={self.end!r}, label={self.label!r},"
            f" score={self.score!r}, source={self.source!r}{more})"
        )

    @property
    def labels(self) -> tuple[str, ...]:
        """`label` first, then the `alternatives`: every reading of the value."""
        return (self.label, *self.alternatives)

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shifted(self, offset: int) -> Span:
        """The same span in a text where its text starts `offset` characters later.

        >>> Span(0, 4, "PIN", 1.0, "pin").shifted(10)
        Span(start=10, end=14, label='PIN', score=1.0, source='pin')
        """
        return replace(self, start=self.start + offset, end=self.end + offset)


@runtime_checkable
class Recognizer(Protocol):
    """Anything that finds spans in a text.

    `name` identifies the recognizer in `Span.source`; `labels` lists what it can
    find, so a detector can skip recognizers whose labels are all disabled.
    `analyze` must be thread-safe and must never raise for ordinary text.
    Optional attributes: `priority` (the detector's overlap rule), `on_request`
    (True: run only when one of its labels is requested, `Detector(requested_labels=...)`;
    every date and time is found so, never by default), and `gates` with
    `analyze_passed`: cheap tests the detector runs itself, calling `analyze_passed` only
    when every one returns something truthy (`analyze` must then be exactly that, `[]`
    when a gate fails: `PatternRecognizer.gates`).
    """

    @property
    def name(self) -> str: ...

    @property
    def labels(self) -> frozenset[str]: ...

    def analyze(self, text: str) -> list[Span]: ...
