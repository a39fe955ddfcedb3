"""Small value types shared by every step: spans, labels and the recognizer protocol."""

from __future__ import annotations

from dataclasses import dataclass
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

    >>> Span(11, 28, "EMAIL_ADDRESS", 1.0, "email").length
    17
    """

    start: int
    end: int
    label: str
    score: float
    source: str

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
        return Span(self.start + offset, self.end + offset, self.label, self.score, self.source)


@runtime_checkable
class Recognizer(Protocol):
    """Anything that finds spans in a text.

    `name` identifies the recognizer in `Span.source`; `labels` lists what it can
    find, so a detector can skip recognizers whose labels are all disabled.
    `analyze` must be thread-safe and must never raise for ordinary text.
    """

    @property
    def name(self) -> str: ...

    @property
    def labels(self) -> frozenset[str]: ...

    def analyze(self, text: str) -> list[Span]: ...
