"""`ConsentGate`: a masked turn reaches the training data only with valid consent.

For the subject and the purpose `model_training` the gate writes only if
consent is given, not withdrawn or expired, for the current notice version
(configurable), the subject is not a minor and processing is not restricted.
Anything else (no record, no subject, a store or sink error, Redis down, a
timeout) writes nothing: the gate fails closed and never raises to the caller.
Each `GateDecision` carries a `reason` code for metrics and the audit log.

Withdrawal guarantee
--------------------
Once `change_consent(... action="withdrawn")` (or a restriction or erasure)
has returned, no new training record for that subject appears:

- In one process: the gate holds a per-subject `asyncio.Lock` from the consent
  read to the end of the sink write, and every change made through the gate
  (the rights API uses the gate) takes the same lock. A submit that read
  "given" finishes its write before the withdrawal is applied; one that starts
  later reads "withdrawn". Sink writes are never abandoned half-way (file
  writes run to completion in their thread before the lock is released).
- Across replicas (`RedisConsentStore` + `RedisStreamSink` on the same Redis):
  every consent change bumps the subject's epoch in the same Lua script, and
  the sink's XADD runs in a Lua script that first checks the epoch read by the
  gate. Redis runs scripts one at a time, so a write either lands before the
  withdrawal (and counts as written before it; `erase_on_withdrawal` removes
  it) or sees the new epoch and writes nothing (`consent_changed`).

With several sinks (`training_sink=both`) the first (the fenced Redis stream)
decides and the others receive only what it wrote; if a later sink then fails,
the decision is `sink_error` although the first sink holds the record (consented
data, erased with the subject like any other).

Erasure guarantee
-----------------
A turn carries when its request began (`MaskedTurn.started_at`). Once the
subject's erasure has returned, a turn sent before it is never written, not even
after the subject consented again (the store keeps `erased_at`): the gate answers
`erased`, and erases the turn's session in the vault, leaving its tombstone (an
erasure could not find a session whose first turn was linked only after it; see
`piiguard.vault`, "Erasure and requests in flight").

Children who say their age
---------------------------
A turn may carry the age its writer stated as their own (`MaskedTurn.stated_age`, found
by the caller in the original text with `piiguard.consent.stated_age`; the number only,
no text). An age under `GateSettings.minor_age` means the turn is never written (`minor`)
and the subject is marked a minor as a consent change with `minor: true` does: a
`minor_stated` change (the record keeps its state; with no record, a `withdrawn` one
carries the mark), then the same erasure of training records and vault entries. This
happens once: a subject already marked is not erased again by each turn. A stated age of
16 or more lifts nothing (a minor stays one until an operator's erasure).

Limits: a change written to the store directly (not through a gate) is only
covered by the Redis fence; a JSONL sink shared by several processes with a
shared Redis store is not fenced (a write already past its consent read may
land up to one sink write later). Consent that expires by time is judged at
read time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from piiguard.consent.audit import AuditAction, AuditActor, AuditEntry, AuditLog
from piiguard.consent.records import (
    DEFAULT_MINOR_AGE,
    MODEL_TRAINING,
    ConsentChange,
    ConsentEvent,
    ConsentRecord,
    SubjectConsent,
    subject_pseudonym,
)
from piiguard.consent.refusals import (
    DEFAULT_REFUSALS_PER_MINUTE,
    RefusalBound,
    RefusalLimit,
    route_label,
)
from piiguard.consent.store import ConsentStore
from piiguard.exceptions import ConfigError
from piiguard.pseudonym import session_name
from piiguard.training.sink import (
    TrainingMessage,
    TrainingRecord,
    TrainingSink,
    WriteFence,
)

if TYPE_CHECKING:
    from piiguard.metrics import Metrics
    from piiguard.vault import Vault

logger = logging.getLogger("piiguard.gate")

DAY_SECONDS = 86_400.0
T = TypeVar("T")
_CHANGE_AUDIT: dict[str, AuditAction] = {
    "given": "consent_given",
    "withdrawn": "consent_withdrawn",
    "expired": "consent_expired",
    "minor_stated": "minor_stated",
}


class GateReason(StrEnum):
    """Why a turn was or was not written (a metric label; no values)."""

    WRITTEN = "written"
    NO_SUBJECT = "no_subject"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NO_RECORD = "no_record"
    ERASED = "erased"
    RESTRICTED = "restricted"
    MINOR = "minor"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NOTICE_OUTDATED = "notice_outdated"
    CONSENT_CHANGED = "consent_changed"
    STORE_ERROR = "store_error"
    SINK_ERROR = "sink_error"
    TIMEOUT = "timeout"


@dataclass(frozen=True, slots=True)
class GateDecision:
    """The outcome of one `submit`: `written` and a `reason` code."""

    written: bool
    reason: GateReason
    consent_record_id: str = ""
    training_record_id: str = ""


@dataclass(frozen=True, slots=True)
class MaskedTurn:
    """One masked conversation turn of a data subject, as handed to the gate.

    The caller guarantees the messages are already masked; the gate stores them
    as they are.
    """

    subject: str
    messages: tuple[TrainingMessage, ...]
    session_id: str | None = None
    started_at: float | None = None
    """When the turn's request began (`time.time()`); None: not known (no erasure check)."""
    stated_age: int | None = None
    """The youngest age the writer stated as their own in the turn (`stated_age`), or None."""

    @classmethod
    def from_texts(
        cls,
        subject: str,
        texts: Sequence[str],
        *,
        role: str = "user",
        session_id: str | None = None,
        started_at: float | None = None,
        stated_age: int | None = None,
    ) -> MaskedTurn:
        """A turn of masked texts all with the same role.

        >>> MaskedTurn.from_texts("u1", ["hi <PERSON_1>"]).messages[0].role
        'user'
        """
        messages = tuple(TrainingMessage(role, t) for t in texts)
        return cls(subject, messages, session_id, started_at, stated_age)


@dataclass(frozen=True, slots=True, kw_only=True)
class GateSettings:
    """How the gate judges consent.

    - `notice_version`: the current notice; "" accepts any version.
    - `require_current_notice`: a notice bump requires re-consent (default True).
    - `retention_days`: each record's deadline is its write time plus this.
    - `erase_on_withdrawal`: withdrawing also erases the subject's stored records.
    - `timeout_seconds`: bound on the consent read (a sink write always completes).
    - `max_turn_chars`: longer turns are refused (`too_large`).
    - `audit_decisions`: write every decision to the audit log, not only changes.
    - `minor_age`: a turn whose writer states an age under this is never written, and
      marks the subject a minor (`MaskedTurn.stated_age`).
    - `audit_refusals_per_minute`: refused attempts written to the audit log per minute
      (`record_refusal`; the rest are counted in the next entry).
    """

    notice_version: str = ""
    require_current_notice: bool = True
    retention_days: float = 30.0
    erase_on_withdrawal: bool = False
    timeout_seconds: float = 2.0
    max_turn_chars: int = 100_000
    purpose: str = MODEL_TRAINING
    audit_decisions: bool = True
    minor_age: int = DEFAULT_MINOR_AGE
    audit_refusals_per_minute: int = DEFAULT_REFUSALS_PER_MINUTE

    def __post_init__(self) -> None:
        if self.retention_days <= 0:
            raise ConfigError("retention_days must be positive")
        if self.timeout_seconds <= 0:
            raise ConfigError("gate timeout_seconds must be positive")
        if self.max_turn_chars <= 0:
            raise ConfigError("max_turn_chars must be positive")
        if self.minor_age <= 0:
            raise ConfigError("minor_age must be positive")
        if not 1 <= self.audit_refusals_per_minute <= 100_000:
            raise ConfigError("audit_refusals_per_minute must be 1 to 100000")


def evaluate(
    consent: SubjectConsent, settings: GateSettings, *, now: float
) -> tuple[GateReason, ConsentRecord | None]:
    """The gate's rules as a pure function: `WRITTEN` means the turn may be written.

    >>> evaluate(SubjectConsent({}, False, 0), GateSettings(), now=0.0)[0]
    <GateReason.NO_RECORD: 'no_record'>
    """
    if consent.restricted:
        return GateReason.RESTRICTED, None
    record = consent.records.get(settings.purpose)
    if record is None:
        return (GateReason.ERASED if consent.erased else GateReason.NO_RECORD), None
    if any(r.minor for r in consent.records.values()):
        # A minor is a minor for every purpose, whichever record told us.
        return GateReason.MINOR, record
    state = record.effective_state(now)
    if state == "withdrawn":
        return GateReason.WITHDRAWN, record
    if state == "expired":
        return GateReason.EXPIRED, record
    if (
        settings.require_current_notice
        and settings.notice_version
        and record.notice_version != settings.notice_version
    ):
        return GateReason.NOTICE_OUTDATED, record
    return GateReason.WRITTEN, record


class ConsentGate:
    """Writes masked turns to the training sink for subjects who consented.

    >>> # gate = ConsentGate(store, JsonlTrainingSink("training.jsonl"), key=secret,
    >>> #                    settings=GateSettings(notice_version="2024-05"))
    >>> # decision = await gate.submit(MaskedTurn.from_texts("user-1", [masked]))
    """

    def __init__(
        self,
        store: ConsentStore,
        sink: TrainingSink,
        *,
        key: bytes,
        settings: GateSettings | None = None,
        extra_sinks: Sequence[TrainingSink] = (),
        audit: AuditLog | None = None,
        metrics: Metrics | None = None,
        vault: Vault | None = None,
        clock: Callable[[], float] = time.time,
        refusals: RefusalBound | None = None,
    ) -> None:
        self.store = store
        self.sink = sink
        self.sinks: tuple[TrainingSink, ...] = (sink, *extra_sinks)
        self.vault = vault
        self.settings = settings or GateSettings()
        self.audit = audit
        self.metrics = metrics
        self._key = key
        self._clock = clock
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        # The audit's refusal bound: shared through Redis when given (`build_gate`), else
        # this process's own.
        self._refusals: RefusalBound = refusals or RefusalLimit(
            self.settings.audit_refusals_per_minute
        )

    def subject_key(self, subject: str) -> str:
        """The keyed pseudonym of a subject (as found in training records and the audit log)."""
        return subject_pseudonym(self._key, subject)

    def session_name(self, session_id: str) -> str:
        """The keyed pseudonym of a session (as the vault and the session links hold it)."""
        return session_name(self._key, session_id)

    @contextlib.asynccontextmanager
    async def locked(self, subject: str) -> AsyncIterator[None]:
        """Hold the subject's lock: no submit for it writes meanwhile (in this process)."""
        name = self.subject_key(subject)
        lock = self._locks.get(name)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[name] = lock
        async with lock:
            yield

    # -- the write path ----------------------------------------------------------

    async def submit(self, turn: MaskedTurn) -> GateDecision:
        """Write `turn` if consent allows. Never raises (cancellation aside)."""
        try:
            decision = await self._submit(turn)
        except Exception as exc:  # fail closed, whatever went wrong
            logger.warning("consent gate failed closed (%s)", type(exc).__name__)
            decision = GateDecision(False, GateReason.STORE_ERROR)
        if self.metrics is not None:
            self.metrics.gate_decisions.labels(reason=decision.reason.value).inc()
        if turn.subject and self.settings.audit_decisions:
            await self.record_audit(
                "gate_decision",
                turn.subject,
                record_id=decision.consent_record_id,
                detail={"reason": decision.reason.value, "written": decision.written},
            )
        return decision

    async def link_session(
        self, subject_id: str, session_id: str, *, started_at: float | None = None
    ) -> bool:
        """Link a session to its subject, so export and erasure find its vault entries.

        For every guarded request of a known subject, whatever it carries: a value sent
        in a query, a header or a system message reaches the vault with no user turn for
        `submit` to link. As in `submit`, a request that began before the subject's
        latest erasure has its session erased (it may be linked only now, after the
        erasure looked for the subject's sessions). Never raises; False when the store
        could not be reached (the link is then missing: the vault's TTL still ends it).
        """
        turn = MaskedTurn(subject_id, (), session_id, started_at)
        try:
            async with self.locked(subject_id):
                async with asyncio.timeout(self.settings.timeout_seconds):
                    await self._link(turn)
        except Exception as exc:  # a link never breaks a chat
            logger.warning("session link failed (%s)", type(exc).__name__)
            return False
        return True

    async def _link(self, turn: MaskedTurn) -> SubjectConsent | None:
        """Link the turn's session and read the subject's consent (under its lock); None
        when the turn was sent before the subject's erasure (its session is erased)."""
        if turn.session_id:
            # Whatever the consent: the session's vault entries are the subject's too,
            # and export and erasure find them by this link.
            await self.store.link_session(turn.subject, turn.session_id)
        consent = await self.store.snapshot(turn.subject)
        if _sent_before_erasure(turn, consent):
            await self._erase_turn_session(turn)
            return None
        return consent

    async def submit_masked(
        self,
        *,
        subject_id: str,
        texts: Sequence[str],
        session_id: str | None = None,
        started_at: float | None = None,
        stated_age: int | None = None,
    ) -> str:
        """`submit` for the pipeline: masked user texts in, the reason code out.

        `stated_age`: the youngest age the writer stated as their own in the turn's
        original texts (`piiguard.consent.stated_age`), or None."""
        turn = MaskedTurn.from_texts(
            subject_id, texts, session_id=session_id, started_at=started_at,
            stated_age=stated_age,
        )
        return (await self.submit(turn)).reason.value

    async def _submit(self, turn: MaskedTurn) -> GateDecision:
        if not turn.subject:
            return GateDecision(False, GateReason.NO_SUBJECT)
        if not turn.messages or not any(m.content for m in turn.messages):
            return GateDecision(False, GateReason.EMPTY)
        if sum(len(m.content) for m in turn.messages) > self.settings.max_turn_chars:
            return GateDecision(False, GateReason.TOO_LARGE)
        async with self.locked(turn.subject):
            try:
                async with asyncio.timeout(self.settings.timeout_seconds):
                    consent = await self._link(turn)
            except TimeoutError:
                return GateDecision(False, GateReason.TIMEOUT)
            except Exception as exc:
                logger.warning("consent store unavailable (%s)", type(exc).__name__)
                return GateDecision(False, GateReason.STORE_ERROR)
            if consent is None:
                return GateDecision(False, GateReason.ERASED)
            if self._states_minor(turn):
                return await self._minor_stated(turn.subject, consent)
            now = self._clock()
            reason, record = evaluate(consent, self.settings, now=now)
            if reason is not GateReason.WRITTEN or record is None:
                return GateDecision(False, reason, record.record_id if record else "")
            training = TrainingRecord(
                record_id=TrainingRecord.new_id(),
                subject_key=self.subject_key(turn.subject),
                consent_record_id=record.record_id,
                notice_version=record.notice_version,
                purpose=self.settings.purpose,
                messages=turn.messages,
                created_at=now,
                retention_until=now + self.settings.retention_days * DAY_SECONDS,
            )
            fence_key = self.store.fence_key(turn.subject)
            fence = WriteFence(fence_key, consent.epoch) if fence_key else None
            try:
                # Shielded: a cancelled caller must not leave the lock while a write runs.
                # The first sink is the fenced one (Redis, when configured): it decides;
                # the others only receive a record that passed the fence.
                written = await _finish(self.sink.write(training, fence=fence))
                if written:
                    for extra in self.sinks[1:]:
                        await _finish(extra.write(training, fence=fence))
            except Exception as exc:
                logger.warning("training sink unavailable (%s)", type(exc).__name__)
                return GateDecision(False, GateReason.SINK_ERROR, record.record_id)
            if not written:
                return GateDecision(False, GateReason.CONSENT_CHANGED, record.record_id)
            return GateDecision(True, GateReason.WRITTEN, record.record_id, training.record_id)

    # -- changes (all under the subject's lock) ----------------------------------

    async def change_consent(
        self, change: ConsentChange, *, actor: AuditActor = "subject"
    ) -> ConsentRecord:
        """Record a consent change; a withdrawal has taken effect when this returns.

        With `erase_on_withdrawal`, a withdrawal (or expiry) for the gate's purpose
        also erases the subject's training records; if that fails,
        `TrainingSinkError` is raised after the withdrawal was recorded.
        A change that says the subject is a minor (`minor`, or an age under the
        minor age) erases what is held about them: their training records in
        every sink and the Vault entries of their sessions, with a `minor_erased`
        event in their log. If that fails, the change is recorded (no new writes)
        and `TrainingSinkError` / `VaultError` is raised.
        Raises `ConsentStoreError` / `InvalidConsentError` from the store.
        `actor` is who asked, for the audit log (the subject, or the operator).
        """
        async with self.locked(change.subject):
            return await self._change(change, actor=actor)

    async def _change(self, change: ConsentChange, *, actor: AuditActor) -> ConsentRecord:
        """`change_consent` with the subject's lock held."""
        record = await self.store.apply(change)
        action = _CHANGE_AUDIT[change.action]
        await self.record_audit(
            action,
            change.subject,
            actor=actor,
            purpose=change.purpose,
            record_id=record.record_id,
            detail={"notice_version_set": bool(record.notice_version), "minor": record.minor},
        )
        if change.minor:
            await self._erase_minor(change.subject, record)
        if (
            change.action in ("withdrawn", "expired")
            and change.purpose == self.settings.purpose
            and self.settings.erase_on_withdrawal
        ):
            erased = await self._erase_sinks(change.subject)
            await self.record_audit(
                "erased",
                change.subject,
                purpose=change.purpose,
                detail={"training_records": erased, "scope": "training"},
            )
        return record

    def _states_minor(self, turn: MaskedTurn) -> bool:
        """Whether the turn's writer stated an age under the minor age."""
        return turn.stated_age is not None and turn.stated_age < self.settings.minor_age

    async def _minor_stated(self, subject: str, consent: SubjectConsent) -> GateDecision:
        """A writer said they are a child: mark them a minor (once) and write nothing.

        Called with the subject's lock held. If the mark cannot be recorded, nothing is
        written either; the next turn that states the age tries again.
        """
        held = consent.records.get(self.settings.purpose)
        if not any(r.minor for r in consent.records.values()):
            change = ConsentChange(
                subject=subject,
                purpose=self.settings.purpose,
                action="minor_stated",
                source="chat",
                minor=True,
            )
            try:
                held = await self._change(change, actor="piiguard")
            except Exception as exc:
                logger.warning("minor mark not recorded (%s)", type(exc).__name__)
        return GateDecision(False, GateReason.MINOR, held.record_id if held else "")

    async def set_restricted(self, subject: str, restricted: bool, *, source: str = "") -> bool:
        """Pause (True) or resume (False) all processing for a subject; `source` (`admin`
        or `subject`) is who asked, kept with the event and in the audit log."""
        async with self.locked(subject):
            changed = await self.store.set_restricted(subject, restricted, source=source)
            await self.record_audit(
                "restricted" if restricted else "unrestricted",
                subject,
                actor="subject" if source == "subject" else "admin",
                detail={"changed": changed},
            )
            return changed

    async def restriction(self, subject_id: str) -> bool | None:
        """True when processing is paused for the subject; None when the store cannot say.

        The pipeline's view: an unanswered store must not stop the chat (the gate
        itself still writes nothing then).
        """
        try:
            async with asyncio.timeout(self.settings.timeout_seconds):
                return (await self.store.snapshot(subject_id)).restricted
        except Exception as exc:
            logger.warning("consent store unavailable (%s)", type(exc).__name__)
            return None

    async def is_restricted(self, subject: str) -> bool:
        """Whether processing is paused for `subject`; True if the store cannot answer.

        The strict view (fail closed), for callers that refuse when in doubt; the
        pipeline uses `restriction` so an unanswered store does not stop the chat.
        """
        return await self.restriction(subject) is not False

    async def _erase_minor(self, subject: str, record: ConsentRecord) -> None:
        """Children's data goes when we learn of it: training records and Vault entries."""
        training = await self._erase_sinks(subject)
        vault_entries = 0
        if self.vault is not None:
            names = {self.session_name(subject), *(await self.store.sessions(subject))}
            for name in sorted(names):
                vault_entries += await self.vault.erase_named(name)
        await self.store.append_event(
            subject,
            ConsentEvent(
                kind="minor_erased",
                subject_key=self.subject_key(subject),
                at=self._clock(),
                purpose=record.purpose,
                record_id=record.record_id,
                minor=True,
            ),
        )
        await self.record_audit(
            "erased",
            subject,
            purpose=record.purpose,
            record_id=record.record_id,
            detail={
                "training_records": training,
                "vault_entries": vault_entries,
                "scope": "minor",
            },
        )

    async def _erase_turn_session(self, turn: MaskedTurn) -> None:
        """The vault entries of a turn sent before its subject's erasure.

        Its session may have been linked only now (its first turn), after the erasure
        looked for the subject's sessions: erasing it here leaves nothing of that turn.
        """
        if self.vault is None or not turn.session_id:
            return
        erased = await self.vault.erase_named(self.session_name(turn.session_id))
        if erased:
            await self.record_audit(
                "erased", turn.subject, detail={"vault_entries": erased, "scope": "late_turn"}
            )

    async def _erase_sinks(self, subject: str) -> int:
        subject_key = self.subject_key(subject)
        total = 0
        for sink in self.sinks:
            total += await _finish(sink.erase_subject(subject_key))
        return total

    async def record_audit(
        self,
        action: AuditAction,
        subject: str,
        *,
        actor: AuditActor = "piiguard",
        purpose: str = "",
        record_id: str = "",
        detail: dict[str, str | int | bool] | None = None,
    ) -> None:
        """Write an audit entry naming `subject` by pseudonym and `actor` by its kind; an
        audit failure is logged."""
        if self.audit is None:
            return
        entry = AuditEntry(
            at=self._clock(),
            action=action,
            subject_key=self.subject_key(subject),
            actor=actor,
            purpose=purpose or self.settings.purpose,
            record_id=record_id,
            detail=detail or {},
        )
        try:
            await self.audit.record(entry)
        except Exception as exc:
            logger.warning("audit log unavailable (%s)", type(exc).__name__)

    async def record_refusal(
        self,
        reason: str,
        *,
        path: str,
        method: str,
        subject: str | None = None,
        caller: str | None = None,
        actor: AuditActor = "unverified",
    ) -> None:
        """Audit a refused attempt (`piiguard.consent.refusals`): the subject it named and
        the authenticated `caller` (if it named someone else) by pseudonym, `reason` as a
        code, the route's template. At most `audit_refusals_per_minute` entries a minute;
        never raises."""
        if self.audit is None:
            return
        suppressed = await self._refusals.admit()
        if suppressed is None:
            return
        detail: dict[str, str | int | bool] = {
            "reason": reason,
            "route": route_label(path),
            "method": method if method in _METHODS else "other",
        }
        if caller:
            detail["caller_key"] = self.subject_key(caller)
        if suppressed:
            detail["suppressed"] = suppressed
        entry = AuditEntry(
            at=self._clock(),
            action="refused",
            subject_key=self.subject_key(subject) if subject else "",
            actor=actor,
            detail=detail,
        )
        try:
            await self.audit.record(entry)
        except Exception as exc:
            logger.warning("audit log unavailable (%s)", type(exc).__name__)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _sent_before_erasure(turn: MaskedTurn, consent: SubjectConsent) -> bool:
    """Whether the turn's request began before the subject's latest erasure."""
    return (
        turn.started_at is not None
        and consent.erased_at is not None
        and turn.started_at < consent.erased_at
    )


async def _finish(work: Coroutine[Any, Any, T]) -> T:
    """Run `work` to completion even if the caller is cancelled meanwhile.

    A sink write that was started is never abandoned half-way while the caller
    leaves the subject's lock; the cancellation is re-raised once it is done.
    """
    task = asyncio.ensure_future(work)
    cancelled = False
    while True:
        try:
            result = await asyncio.shield(task)
            break
        except asyncio.CancelledError:
            if task.done():
                raise
            cancelled = True
    if cancelled:
        raise asyncio.CancelledError
    return result
