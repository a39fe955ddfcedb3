"""The `ConsentStore` protocol: where consent records and their event log live.

Two backends: `MemoryConsentStore` (default, one process) and
`RedisConsentStore` (replicas share it; every change is one atomic script, and
reads always go to Redis, so a withdrawal is seen by every replica at once).

Every change for a subject (consent, restriction, erasure) bumps the subject's
`epoch`. The gate reads `snapshot()` and fences its training write on that
epoch (see `piiguard.consent.gate`).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from piiguard.consent.records import ConsentChange, ConsentEvent, ConsentRecord, SubjectConsent


@runtime_checkable
class ConsentStore(Protocol):
    """Consent records, an append-only event log per subject, restriction and erasure.

    Methods raise `ConsentStoreError` when the backend cannot answer and
    `InvalidConsentError` for a change not allowed from the current state.
    """

    async def apply(self, change: ConsentChange) -> ConsentRecord:
        """Record a change atomically: the new record plus its event; returns the record."""
        ...

    async def get(self, subject: str, purpose: str) -> ConsentRecord | None:
        """The current record for (subject, purpose), or None."""
        ...

    async def snapshot(self, subject: str) -> SubjectConsent:
        """All records, the restriction flag and the epoch of a subject, read at once."""
        ...

    async def events(self, subject: str) -> list[ConsentEvent]:
        """The subject's event log, oldest first."""
        ...

    async def set_restricted(self, subject: str, restricted: bool, *, source: str = "") -> bool:
        """Pause (True) or resume (False) all processing; returns whether anything changed."""
        ...

    async def append_event(self, subject: str, event: ConsentEvent) -> None:
        """Append `event` (pseudonymous) to the subject's log; bumps the epoch."""
        ...

    async def link_session(self, subject: str, session_id: str) -> None:
        """Remember that a chat session belongs to the subject (for export and erasure).

        Only the session's keyed pseudonym (`piiguard.pseudonym.session_name`) is kept.
        """
        ...

    async def sessions(self, subject: str) -> list[str]:
        """The names (`session_name`) of the sessions linked to the subject, sorted."""
        ...

    async def erase(
        self, subject: str, *, then: ConsentChange | None = None
    ) -> list[ConsentEvent]:
        """Forget the subject's records and sessions; keep only a pseudonymous proof
        (`erasure_proof`) of the log, which is returned. A later `given` starts afresh,
        but `snapshot().erased_at` keeps the time of the latest erasure (turns sent
        before it are never written).

        `then`: a change applied to the emptied record in the same step, so that one is
        never stored without the other (a minor's mark kept through the subject's own
        erasure: `SubjectRights.erase`)."""
        ...

    def fence_key(self, subject: str) -> str | None:
        """The Redis key whose `epoch` field fences training writes, or None (in-process)."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
