"""Data-subject rights: access, export (portability), erasure and restriction.

`SubjectRights` works through the `ConsentGate`, under the subject's lock, so
no training write for the subject interleaves with an erasure.

Erasure removes the subject's training records from every sink, the Vault
entries of every linked session (the gate links the session of every turn it is
handed, whatever the consent; and of the subject id itself, which is the
session when the front end uses one id for both), and reduces the consent
history to a pseudonymous proof: the events without their source, the
withdrawal of every consent that was still given, and an `erased` event.

Sessions are known at rest only by their keyed pseudonym (`session_name`), so
export lists and keys them by that name; session ids the operator passes in
are turned into names the same way.

The data subject's own requests (`/consent/me...`) run the same methods with
`unscoped_sessions=False`: only the sessions scoped by the subject are its own (a
session whose id merely equals the subject's id, sent without a subject, is
anyone's), and restrictions carry their `source`, so a subject lifts only its own
(`restriction_source`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from piiguard.consent.audit import AuditActor
from piiguard.consent.gate import ConsentGate
from piiguard.consent.records import ConsentChange, ConsentEvent
from piiguard.identity import subject_session
from piiguard.training.sink import TrainingSink
from piiguard.vault import Vault


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure removed (counts only) and the proof that remains."""

    subject_key: str
    training_records: int
    vault_entries: int
    sessions: int
    proof: tuple[ConsentEvent, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "subject_key": self.subject_key,
            "training_records": self.training_records,
            "vault_entries": self.vault_entries,
            "sessions": self.sessions,
            "proof": [e.to_dict() for e in self.proof],
        }


class SubjectRights:
    """Serves access, export, erasure and restriction for one gate's store and sinks.

    `sinks` defaults to the gate's sinks; `vault` may be None (nothing to erase there).
    """

    def __init__(
        self,
        gate: ConsentGate,
        *,
        vault: Vault | None = None,
        sinks: Sequence[TrainingSink] | None = None,
    ) -> None:
        self.gate = gate
        self.store = gate.store
        self.vault = vault if vault is not None else gate.vault
        self.sinks: tuple[TrainingSink, ...] = tuple(sinks) if sinks is not None else gate.sinks

    async def _sessions(
        self, subject: str, extra: Iterable[str], *, unscoped: bool = True
    ) -> list[str]:
        """The names (`session_name`) of the subject's sessions: linked, passed in, and
        the subject id itself; `unscoped` adds the names of those ids taken as sessions
        without a subject (the operator's view)."""
        # Sessions the operator names may be given as the front end knows them (scoped
        # by the subject on the way in: `identity.subject_session`) or already scoped.
        named = (subject, *extra)
        given = {self.gate.session_name(subject_session(subject, s)) for s in named}
        if unscoped:
            given |= {self.gate.session_name(s) for s in named}
        return sorted(given | set(await self.store.sessions(subject)))

    async def access(self, subject: str, *, actor: AuditActor = "admin") -> dict[str, Any]:
        """Consent state and the event history of a subject (`actor`: who asked, for the
        audit log: the operator, or the subject itself)."""
        consent = await self.store.snapshot(subject)
        events = await self.store.events(subject)
        await self.gate.record_audit("accessed", subject, actor=actor)
        return {
            "subject_key": self.gate.subject_key(subject),
            "restricted": consent.restricted,
            "erased": consent.erased,
            "records": [r.to_dict() for r in consent.records.values()],
            "events": [e.to_dict() for e in events],
        }

    async def export(
        self,
        subject: str,
        *,
        sessions: Iterable[str] = (),
        unscoped_sessions: bool = True,
        actor: AuditActor = "admin",
    ) -> dict[str, Any]:
        """Everything held about a subject, as JSON-ready data (portability).

        Includes the Vault's original values of the subject's sessions: this is
        the subject's own data, handed to the operator who serves the request (or to
        the subject itself, with `unscoped_sessions=False`).
        """
        data = await self.access(subject, actor=actor)
        subject_key = self.gate.subject_key(subject)
        training: list[dict[str, Any]] = []
        for sink in self.sinks:
            training += [r.to_dict() for r in await sink.records_for(subject_key)]
        vault: dict[str, dict[str, str]] = {}
        linked = await self._sessions(subject, sessions, unscoped=unscoped_sessions)
        if self.vault is not None:
            for name in linked:
                mapping = await self.vault.mapping_named(name)
                if mapping:
                    vault[name] = mapping
        await self.gate.record_audit(
            "exported",
            subject,
            actor=actor,
            detail={"training_records": len(training), "sessions": len(vault)},
        )
        return {
            **data,
            "subject": subject,
            "sessions": linked,
            "training_records": training,
            "vault": vault,
        }

    async def erase(
        self,
        subject: str,
        *,
        sessions: Iterable[str] = (),
        unscoped_sessions: bool = True,
        actor: AuditActor = "admin",
    ) -> ErasureReport:
        """Erase the subject everywhere; keep only the pseudonymous proof of withdrawal.

        `unscoped_sessions=False` (the subject's own request) leaves alone a session
        whose id is the subject's but that was used without a subject: not its own.

        A minor stays one through every erasure but the operator's (`actor="admin"`): for
        the subject's own, an unverified caller's or piiguard's the mark is set again on
        the emptied record in the erasure's own step (`ConsentStore.erase(then=...)`: a
        store that fails leaves both undone), so a child cannot erase its way back into
        the training data.
        Only the operator's erasure lifts it (the way to correct a mark set in error)."""
        subject_key = self.gate.subject_key(subject)
        async with self.gate.locked(subject):
            consent = await self.store.snapshot(subject)
            minor = [p for p, r in consent.records.items() if r.minor]
            for purpose, record in consent.records.items():
                if record.state == "given":
                    await self.store.apply(
                        ConsentChange(subject=subject, purpose=purpose, action="withdrawn")
                    )
            linked = await self._sessions(subject, sessions, unscoped=unscoped_sessions)
            training = 0
            for sink in self.sinks:
                training += await sink.erase_subject(subject_key)
            vault_entries = 0
            if self.vault is not None:
                for name in linked:
                    vault_entries += await self.vault.erase_named(name)
            # The mark is set again in the erasure's own step: never erased without it.
            keep_mark = (
                ConsentChange(
                    subject=subject,
                    purpose=minor[0],
                    action="minor_stated",
                    source="erasure",
                    minor=True,
                )
                if minor and actor != "admin"
                else None
            )
            proof = await self.store.erase(subject, then=keep_mark)
        report = ErasureReport(subject_key, training, vault_entries, len(linked), tuple(proof))
        await self.gate.record_audit(
            "erased",
            subject,
            actor=actor,
            detail={"training_records": training, "vault_entries": vault_entries},
        )
        return report

    async def restrict(
        self, subject: str, restricted: bool = True, *, source: str = "admin"
    ) -> bool:
        """Pause (or resume) all processing for a subject; returns whether it changed.

        `source` (`admin`, or `subject` for the subject's own request) is kept with the
        event, so `restriction_source` can say who restricted."""
        return await self.gate.set_restricted(subject, restricted, source=source)

    async def restriction_source(self, subject: str) -> str | None:
        """Who set the restriction in force (`admin`, `subject`; `""` when the event lost
        its source to an erasure), or None when the subject is not restricted."""
        if not (await self.store.snapshot(subject)).restricted:
            return None
        for event in reversed(await self.store.events(subject)):
            if event.kind == "restricted":
                return event.source
        return ""
