"""The audit log: consent changes, rights requests and gate decisions, pseudonymous only.

An `AuditEntry` has no field that could hold a raw value: the subject is its
keyed pseudonym (`subject_pseudonym`), everything else is a code, an id or a
count. Three writers share the `AuditLog` protocol: `MemoryAuditLog` (tests),
`JsonlAuditLog` (a file, one JSON object a line) and `LoggingAuditLog` (the
`piiguard.audit` logger, for a log pipeline).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import anyio

from piiguard.private_file import open_private

AuditAction = Literal[
    "consent_given",
    "consent_withdrawn",
    "consent_expired",
    "minor_stated",
    "restricted",
    "unrestricted",
    "accessed",
    "exported",
    "erased",
    "gate_decision",
    "refused",
]
AuditActor = Literal["admin", "subject", "piiguard", "unverified"]
"""Who asked for what an entry records: `admin`, the operator (the admin API's key, or the
operator's own code calling `SubjectRights`); `subject`, the data subject itself (its own
consent at `/consent`, its own rights at `/consent/me...`); `piiguard`, piiguard on its
own (a gate decision, an erasure that follows a withdrawal or a minor's age);
`unverified`, a caller whose credential was refused (a `refused` entry,
`piiguard.consent.refusals`). A kind, never who: the log holds no key, token or id."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    """One audited fact. `subject_key` is a keyed pseudonym, never the raw id; `actor` is
    the kind of caller that asked (`AuditActor`).

    `detail` holds codes and counts only (for example `{"reason": "withdrawn"}`).
    """

    at: float
    action: AuditAction
    subject_key: str
    actor: AuditActor = "piiguard"
    purpose: str = ""
    record_id: str = ""
    detail: Mapping[str, str | int | bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        data["detail"] = dict(self.detail)
        return data


@runtime_checkable
class AuditLog(Protocol):
    """Where audit entries go. `record` must not raise for a full disk: callers
    treat a failing audit as an error of their own step (the gate fails closed)."""

    async def record(self, entry: AuditEntry) -> None:
        """Append one entry."""
        ...


class MemoryAuditLog:
    """Keeps entries in a list (tests, demos)."""

    def __init__(self) -> None:
        self.entries: list[AuditEntry] = []

    async def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)


class JsonlAuditLog:
    """Appends entries to a JSON Lines file, off the event loop.

    `fsync=True` makes each entry durable before `record` returns (slower).
    """

    def __init__(self, path: str | Path, *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self._lock = threading.Lock()

    def _append(self, line: str) -> None:
        # Owner-only, like the training file: pseudonyms are still personal data. A file
        # made beforehand with a wider mode is made owner-only before the first entry.
        with self._lock, os.fdopen(
            open_private(self.path, os.O_WRONLY | os.O_APPEND), "a", encoding="utf-8"
        ) as out:
            out.write(line)
            out.flush()
            if self.fsync:
                os.fsync(out.fileno())

    async def record(self, entry: AuditEntry) -> None:
        line = json.dumps(entry.to_dict(), sort_keys=True) + "\n"
        await anyio.to_thread.run_sync(self._append, line)


class LoggingAuditLog:
    """Sends entries to the `piiguard.audit` logger at INFO, as JSON."""

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self._logger = logger or logging.getLogger("piiguard.audit")

    async def record(self, entry: AuditEntry) -> None:
        self._logger.info("%s", json.dumps(entry.to_dict(), sort_keys=True))
