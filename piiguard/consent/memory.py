"""`MemoryConsentStore`: consent records and events in this process (the default).

Good for one process and for tests; replicas need `RedisConsentStore`. Held
like the Redis store: under the subject's pseudonym, records without the
subject, sessions by their keyed pseudonym (`session_name`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from piiguard.consent.records import (
    ConsentChange,
    ConsentEvent,
    ConsentRecord,
    SubjectConsent,
    apply_change,
    check_after_erasure,
    erasure_proof,
    new_record_id,
    subject_pseudonym,
)
from piiguard.pseudonym import session_name


@dataclass
class _Subject:
    records: dict[str, ConsentRecord] = field(default_factory=dict)
    events: list[ConsentEvent] = field(default_factory=list)
    sessions: set[str] = field(default_factory=set)
    restricted: bool = False
    erased: bool = False
    erased_at: float | None = None
    epoch: int = 0


class MemoryConsentStore:
    """An in-process `ConsentStore`. Every method is atomic (one lock, no awaits inside).

    `key` is the HMAC key that names subjects in events (`subject_pseudonym`).
    """

    def __init__(self, *, key: bytes, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        self._clock = clock
        self._subjects: dict[str, _Subject] = {}
        self._lock = threading.Lock()
        self._seq = 0

    def _sk(self, subject: str) -> str:
        # Held under the pseudonym, so erasure leaves no raw id behind even as a dict key.
        return subject_pseudonym(self._key, subject)

    def _event_id(self) -> str:
        self._seq += 1
        return f"{int(self._clock() * 1000)}-{self._seq}"

    def _append(self, subject: _Subject, event: ConsentEvent) -> None:
        subject.events.append(ConsentEvent(**{**event.to_dict(), "event_id": self._event_id()}))
        subject.epoch += 1

    async def apply(self, change: ConsentChange) -> ConsentRecord:
        with self._lock:
            subject = self._subjects.setdefault(self._sk(change.subject), _Subject())
            held = subject.records.get(change.purpose)
            record, event = apply_change(
                replace(held, subject=change.subject) if held else None,
                change,
                now=self._clock(),
                record_id=new_record_id(),
                subject_key=self._sk(change.subject),
            )
            subject.records[change.purpose] = replace(record, subject="")
            if change.action == "given":
                subject.erased = False
            self._append(subject, event)
            return record

    async def get(self, subject: str, purpose: str) -> ConsentRecord | None:
        with self._lock:
            held = self._subjects.get(self._sk(subject))
            record = held.records.get(purpose) if held else None
            return replace(record, subject=subject) if record else None

    async def snapshot(self, subject: str) -> SubjectConsent:
        with self._lock:
            held = self._subjects.get(self._sk(subject))
            if held is None:
                return SubjectConsent({}, False, 0)
            records = {p: replace(r, subject=subject) for p, r in held.records.items()}
            return SubjectConsent(
                records, held.restricted, held.epoch, held.erased, held.erased_at
            )

    async def events(self, subject: str) -> list[ConsentEvent]:
        with self._lock:
            held = self._subjects.get(self._sk(subject))
            return list(held.events) if held else []

    async def set_restricted(self, subject: str, restricted: bool, *, source: str = "") -> bool:
        with self._lock:
            held = self._subjects.setdefault(self._sk(subject), _Subject())
            if held.restricted == restricted:
                return False
            held.restricted = restricted
            self._append(
                held,
                ConsentEvent(
                    kind="restricted" if restricted else "unrestricted",
                    subject_key=self._sk(subject),
                    at=self._clock(),
                    source=source,
                ),
            )
            return True

    async def append_event(self, subject: str, event: ConsentEvent) -> None:
        with self._lock:
            self._append(self._subjects.setdefault(self._sk(subject), _Subject()), event)

    async def link_session(self, subject: str, session_id: str) -> None:
        name = session_name(self._key, session_id)
        with self._lock:
            self._subjects.setdefault(self._sk(subject), _Subject()).sessions.add(name)

    async def sessions(self, subject: str) -> list[str]:
        with self._lock:
            held = self._subjects.get(self._sk(subject))
            return sorted(held.sessions) if held else []

    async def erase(
        self, subject: str, *, then: ConsentChange | None = None
    ) -> list[ConsentEvent]:
        check_after_erasure(subject, then)
        with self._lock:
            held = self._subjects.setdefault(self._sk(subject), _Subject())
            now = self._clock()
            proof = erasure_proof(self._sk(subject), held.events, now=now)
            proof[-1] = ConsentEvent(**{**proof[-1].to_dict(), "event_id": self._event_id()})
            # Computed before anything is dropped: a change that cannot apply erases nothing.
            after = (
                apply_change(
                    None, then, now=now, record_id=new_record_id(), subject_key=self._sk(subject)
                )
                if then is not None
                else None
            )
            held.records.clear()
            held.sessions.clear()
            held.events = list(proof)
            held.erased = True
            held.erased_at = now if held.erased_at is None else max(now, held.erased_at)
            held.epoch += 1  # never reset: a fence read before erasure must fail after it
            if after is not None:
                record, event = after
                held.records[record.purpose] = replace(record, subject="")
                self._append(held, event)
            return list(proof)

    def fence_key(self, subject: str) -> str | None:
        return None

    async def aclose(self) -> None:
        return None
