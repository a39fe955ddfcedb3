"""What reaches the training data, and the `TrainingSink` protocol that stores it.

A `TrainingRecord` holds masked text only, the keyed pseudonym of the subject,
the consent record it relies on (id and notice version), when it was written
and when it must be gone (`retention_until`). Sinks: `JsonlTrainingSink`
(default), `RedisStreamSink`, `MemoryTrainingSink` (tests).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from piiguard._types import MODEL_TRAINING
from piiguard.exceptions import PiiGuardError


class TrainingSinkError(PiiGuardError, RuntimeError):
    """A training sink could not store or read records (the gate then writes nothing)."""


def first_few(items: Sequence[object], *, most: int = 10) -> str:
    """Line numbers or entry ids for a message: the first `most`, and how many more.

    >>> first_few(range(1, 14))
    '1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more'
    >>> first_few(["1-0", "2-0"])
    '1-0, 2-0'
    """
    shown = ", ".join(str(item) for item in items[:most])
    return shown if len(items) <= most else f"{shown} and {len(items) - most} more"


@dataclass(frozen=True, slots=True)
class TrainingMessage:
    """One masked message of a conversation turn."""

    role: str
    content: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainingRecord:
    """One conversation turn as it may be used for training: masked, pseudonymous, dated."""

    record_id: str
    subject_key: str
    consent_record_id: str
    notice_version: str
    messages: tuple[TrainingMessage, ...]
    created_at: float
    retention_until: float
    purpose: str = MODEL_TRAINING

    @staticmethod
    def new_id() -> str:
        """A random record id."""
        return uuid.uuid4().hex

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "record_id": self.record_id,
            "subject_key": self.subject_key,
            "consent_record_id": self.consent_record_id,
            "notice_version": self.notice_version,
            "purpose": self.purpose,
            "messages": [{"role": m.role, "content": m.content} for m in self.messages],
            "created_at": self.created_at,
            "retention_until": self.retention_until,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TrainingRecord:
        """The inverse of `to_dict`."""
        messages: Sequence[Mapping[str, str]] = data["messages"]
        return cls(
            record_id=str(data["record_id"]),
            subject_key=str(data["subject_key"]),
            consent_record_id=str(data["consent_record_id"]),
            notice_version=str(data["notice_version"]),
            purpose=str(data.get("purpose", MODEL_TRAINING)),
            messages=tuple(TrainingMessage(m["role"], m["content"]) for m in messages),
            created_at=float(data["created_at"]),
            retention_until=float(data["retention_until"]),
        )


def read_record(stored: str | bytes) -> TrainingRecord | None:
    """The record a sink's line or entry holds (`to_dict` as JSON), or None when it holds
    none: a write torn by a crash, bytes that are not UTF-8 (checked first: `json.loads`
    would guess another encoding for bytes), JSON of another shape, another program's text.

    >>> read_record(b"[1, 2, 3]") is None, read_record(b"\\xff{") is None
    (True, True)
    """
    try:
        text = stored.decode("utf-8") if isinstance(stored, bytes) else stored
        return TrainingRecord.from_dict(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


@dataclass(frozen=True, slots=True)
class WriteFence:
    """Write only if the Redis hash `key` still has `epoch` (see `ConsentStore.fence_key`).

    A sink in the same Redis as the consent store checks this atomically with
    the write; other sinks ignore it (the gate's per-subject lock covers them
    within one process).
    """

    key: str
    epoch: int


@runtime_checkable
class TrainingSink(Protocol):
    """Stores training records; erasable by subject, trimmed by retention."""

    async def write(self, record: TrainingRecord, *, fence: WriteFence | None = None) -> bool:
        """Store durably; False (nothing written) if the fence no longer holds."""
        ...

    async def records_for(self, subject_key: str) -> list[TrainingRecord]:
        """Every stored record of a subject (for access and export)."""
        ...

    async def erase_subject(self, subject_key: str) -> int:
        """Delete every record of a subject; returns how many."""
        ...

    async def purge_expired(self, now: float | None = None) -> int:
        """Delete records past their retention deadline; returns how many (if known)."""
        ...

    async def aclose(self) -> None:
        """Release files and connections."""
        ...
