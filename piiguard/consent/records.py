"""Consent records and events: who agreed to what, under which notice, and the proof of it.

Modelled on GDPR Art. 7 (the controller must be able to demonstrate consent; it
can be withdrawn at any time, as easily as given) and on the fields of an
ISO/IEC TS 27560 consent record: subject, purpose, state, notice version, a
hash of the text shown, when and where consent was given, expiry, and an age
flag for minors.

A `ConsentRecord` is the current state of one (subject, purpose). Every change
is also a `ConsentEvent` in an append-only log: nothing is overwritten, so the
log is the proof. Events name the subject only by its keyed pseudonym, and
stores keep records without the subject (`ConsentRecord.to_stored`): the raw id
is only ever the caller's, never at rest.

The transitions are a pure function, `apply_change`, shared by every store:

>>> change = ConsentChange(subject="u1", purpose=MODEL_TRAINING, action="given",
...                        notice_version="v1", text_hash=hash_consent_text("I agree"))
>>> record, event = apply_change(None, change, now=100.0, record_id="r1", subject_key="k1")
>>> (record.state, event.kind, record.record_id)
('given', 'given', 'r1')
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal, get_args

from piiguard._types import MODEL_TRAINING as MODEL_TRAINING  # the purpose the gate checks
from piiguard.exceptions import PiiGuardError
from piiguard.pseudonym import pseudonym
from piiguard.subject_id import MAX_SUBJECT_CHARS as MAX_SUBJECT_CHARS
from piiguard.subject_id import normalised_subject

DEFAULT_PURPOSES: tuple[str, ...] = (MODEL_TRAINING, "analytics", "marketing")
"""Purposes accepted unless configured otherwise."""

DEFAULT_MINOR_AGE = 16
"""Below this age a subject is a minor (GDPR Art. 8 default; member states may lower it)."""

ConsentState = Literal["given", "withdrawn", "expired"]
CONSENT_STATES: tuple[ConsentState, ...] = get_args(ConsentState)

ChangeAction = Literal["given", "withdrawn", "expired", "minor_stated"]
CHANGE_ACTIONS: tuple[ChangeAction, ...] = get_args(ChangeAction)

EventKind = Literal[
    "given",
    "withdrawn",
    "expired",
    "minor_stated",
    "erased",
    "restricted",
    "unrestricted",
    "minor_erased",
]
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)

_PURPOSE_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_TEXT_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
# A notice version ("v1", "2025-01", "privacy-3.2") and a source ("api", "web",
# "app-2.3") are labels, never free text: what a caller puts there is stored in the clear
# with the consent record and its events, and returned by the rights API.
_LABEL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")
MAX_FIELD_CHARS = 256


class InvalidConsentError(PiiGuardError, ValueError):
    """A consent change is malformed or not allowed from the current state.

    The message names the field, never its value.
    """


def hash_consent_text(text: str) -> str:
    """SHA-256 (hex) of the consent text exactly as shown: proof of what was agreed to.

    A plain hash is right here: the text is the controller's own, not personal data.

    >>> len(hash_consent_text("I consent to ..."))
    64
    """
    return hashlib.sha256(text.encode()).hexdigest()


def subject_pseudonym(key: bytes, subject: str) -> str:
    """The keyed pseudonym that names a data subject in events, audit and training data
    (of the id's normalised form: one person, one pseudonym, `piiguard.subject_id`)."""
    return pseudonym(key, normalised_subject(subject), purpose="subject", length=32)


def same_secret(given: str, expected: str) -> bool:
    """Constant-time string comparison (for API keys).

    Both sides are hashed first, so the comparison always runs over 32 bytes and its
    time does not tell the key's length either.

    >>> same_secret("k" * 20, "k" * 20), same_secret("k", "k" * 20)
    (True, False)
    """
    return hmac.compare_digest(
        hashlib.sha256(given.encode()).digest(), hashlib.sha256(expected.encode()).digest()
    )


def is_label(text: str) -> bool:
    """Whether `text` is a label (a notice version or a source): 1 to 64 letters, digits
    and `. _ + -`, starting with a letter or digit; never free text.

    >>> is_label("2025-01"), is_label("web form of anna@example.org")
    (True, False)
    """
    return bool(_LABEL_RE.match(text))


def new_record_id() -> str:
    """A fresh, random consent record id (it carries nothing about the subject)."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentChange:
    """A request to change consent: given, withdrawn or expired, for one subject and purpose.

    `minor_stated` is piiguard's own: the subject stated in a chat an age under the
    minor age (`ConsentGate`); it marks the record a minor and leaves its state as it is.
    """

    subject: str
    purpose: str = MODEL_TRAINING
    action: ChangeAction
    notice_version: str = ""
    text_hash: str = ""
    source: str = ""
    expires_at: float | None = None
    minor: bool = False

    def __post_init__(self) -> None:
        if not self.subject or len(self.subject) > MAX_SUBJECT_CHARS:
            raise InvalidConsentError(f"subject must be 1..{MAX_SUBJECT_CHARS} characters")
        if not _PURPOSE_RE.match(self.purpose):
            raise InvalidConsentError("purpose must match [a-z][a-z0-9_]{0,63}")
        if self.action not in CHANGE_ACTIONS:
            raise InvalidConsentError(f"action must be one of {CHANGE_ACTIONS}")
        if len(self.notice_version) > MAX_FIELD_CHARS or len(self.source) > MAX_FIELD_CHARS:
            raise InvalidConsentError(
                f"notice_version and source must be at most {MAX_FIELD_CHARS} characters"
            )
        if self.notice_version and not is_label(self.notice_version):
            raise InvalidConsentError(
                "notice_version must be a version label: up to 64 letters, digits and . _ + -"
            )
        if self.source and not is_label(self.source):
            raise InvalidConsentError(
                "source must be a label: up to 64 letters, digits and . _ + -"
            )
        if self.action == "given":
            if not self.notice_version:
                raise InvalidConsentError("notice_version is required to give consent")
            if not _TEXT_HASH_RE.match(self.text_hash):
                raise InvalidConsentError(
                    "text_hash must be the 64-character hex SHA-256 of the consent text shown"
                )
        elif self.text_hash and not _TEXT_HASH_RE.match(self.text_hash):
            raise InvalidConsentError("text_hash must be a 64-character hex SHA-256")
        if self.action == "minor_stated" and not self.minor:
            raise InvalidConsentError("a minor_stated change must set minor")


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentRecord:
    """The current consent of one subject for one purpose.

    `record_id` names one act of giving consent: giving it again (for example for
    a new notice version) starts a new record; withdrawal or expiry keeps the id,
    so training data that cites a record can be traced to the consent it relied on.
    """

    record_id: str
    subject: str
    purpose: str
    state: ConsentState
    notice_version: str
    text_hash: str
    given_at: float | None
    source: str
    updated_at: float
    expires_at: float | None = None
    minor: bool = False

    def effective_state(self, now: float) -> ConsentState:
        """The state at `now`: a given consent past its expiry reads as expired."""
        if self.state == "given" and self.expires_at is not None and now >= self.expires_at:
            return "expired"
        return self.state

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    def to_stored(self) -> dict[str, Any]:
        """What a store keeps: `to_dict` without the subject (held under its pseudonym)."""
        data = asdict(self)
        del data["subject"]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConsentRecord:
        """The inverse of `to_dict`."""
        return cls(**{k: data[k] for k in _RECORD_FIELDS if k in data})

    @classmethod
    def from_stored(cls, data: Mapping[str, Any], subject: str) -> ConsentRecord:
        """The inverse of `to_stored`, for the subject the caller asked about."""
        return cls.from_dict({**data, "subject": subject})


_RECORD_FIELDS = (
    "record_id",
    "subject",
    "purpose",
    "state",
    "notice_version",
    "text_hash",
    "given_at",
    "source",
    "updated_at",
    "expires_at",
    "minor",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentEvent:
    """One entry of a subject's append-only consent log; names the subject by pseudonym only.

    `erased` is the pseudonymous proof left after erasure; `restricted` and
    `unrestricted` pause and resume all processing for the subject;
    `minor_erased` records that the subject turned out to be a minor and what
    was held about them (training records, Vault entries) was erased.
    """

    kind: EventKind
    subject_key: str
    at: float
    purpose: str = ""
    record_id: str = ""
    notice_version: str = ""
    text_hash: str = ""
    source: str = ""
    minor: bool = False
    event_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConsentEvent:
        """The inverse of `to_dict`."""
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in fields})

    def as_proof(self) -> ConsentEvent:
        """This event reduced to what proves consent and withdrawal: drops the source."""
        return replace(self, source="")


def apply_change(
    current: ConsentRecord | None,
    change: ConsentChange,
    *,
    now: float,
    record_id: str,
    subject_key: str,
) -> tuple[ConsentRecord, ConsentEvent]:
    """The next record and the event that documents it; raises `InvalidConsentError`.

    - `given` from any state starts a new record (`record_id` is used);
    - `withdrawn` is always allowed (also before any consent: "no" is an answer
      worth recording) and keeps the current record id;
    - `expired` needs a given consent;
    - `minor_stated` marks the record a minor and keeps its state; with no record yet it
      starts one in state `withdrawn` (no consent), which carries the mark;
    - a change that says the subject is a minor marks the record so, whatever its action;
      the mark stays on every later change of the record (a new `given` included).
    """
    if current is not None and (current.subject, current.purpose) != (
        change.subject,
        change.purpose,
    ):
        raise InvalidConsentError("change does not belong to this record")
    if change.action == "given":
        record = ConsentRecord(
            record_id=record_id,
            subject=change.subject,
            purpose=change.purpose,
            state="given",
            notice_version=change.notice_version,
            text_hash=change.text_hash,
            given_at=now,
            source=change.source,
            updated_at=now,
            expires_at=change.expires_at,
            # Learning of a minor is kept: a new consent that leaves the age out (or
            # states another) does not lift it; only an erasure does (an operator's act).
            minor=change.minor or (current is not None and current.minor),
        )
    elif change.action == "minor_stated" and current is not None:
        record = replace(current, updated_at=now, minor=True)
    elif change.action in ("withdrawn", "minor_stated"):
        if current is None:
            record = ConsentRecord(
                record_id=record_id,
                subject=change.subject,
                purpose=change.purpose,
                state="withdrawn",
                notice_version=change.notice_version,
                text_hash=change.text_hash,
                given_at=None,
                source=change.source,
                updated_at=now,
                minor=change.minor,
            )
        else:
            # Learning of a minor is kept, whatever the change that told us.
            minor = current.minor or change.minor
            record = replace(current, state="withdrawn", updated_at=now, minor=minor)
    else:  # expired
        if current is None or current.state != "given":
            raise InvalidConsentError("only a given consent can expire")
        minor = current.minor or change.minor
        record = replace(current, state="expired", updated_at=now, minor=minor)
    event = ConsentEvent(
        kind=change.action,
        subject_key=subject_key,
        at=now,
        purpose=record.purpose,
        record_id=record.record_id,
        notice_version=record.notice_version,
        text_hash=record.text_hash,
        source=change.source,
        minor=record.minor,
    )
    return record, event


def erasure_proof(
    subject_key: str, events: list[ConsentEvent], *, now: float
) -> list[ConsentEvent]:
    """What remains of a subject's log after erasure: each event without its source,
    then an `erased` event. Pseudonymous only; proves what was agreed and withdrawn."""
    return [e.as_proof() for e in events if e.kind != "erased"] + [
        ConsentEvent(kind="erased", subject_key=subject_key, at=now)
    ]


def check_after_erasure(subject: str, then: ConsentChange | None) -> None:
    """Raise `InvalidConsentError` unless `then` may follow an erasure in the same step
    (`ConsentStore.erase`): the subject's own change, and no consent given (an erasure
    withdraws; giving is the subject's own later act).

    >>> check_after_erasure("u1", ConsentChange(subject="u1", action="minor_stated", minor=True))
    """
    if then is None:
        return
    if then.subject != subject:
        raise InvalidConsentError("a change after an erasure must be the erased subject's")
    if then.action == "given":
        raise InvalidConsentError("an erasure cannot give consent")


def minor_from_age(age: int | None, *, minor_age: int = DEFAULT_MINOR_AGE) -> bool:
    """Whether a stated age makes the subject a minor (unknown age: not flagged).

    >>> minor_from_age(15), minor_from_age(16), minor_from_age(None)
    (True, False, False)
    """
    return age is not None and age < minor_age


@dataclass(frozen=True, slots=True)
class SubjectConsent:
    """Everything a store knows about a subject for one decision, read at once.

    `epoch` increases with every change for the subject (consent, restriction,
    erasure); a write fenced on it fails if anything changed since the read.
    `erased_at` is when the subject was last erased (the store's clock, seconds since
    the epoch), kept when they consent again; None: never erased.
    """

    records: Mapping[str, ConsentRecord]
    restricted: bool
    epoch: int
    erased: bool = False
    erased_at: float | None = None
