"""The consent gate: every rule, fail-closed behaviour, retention deadlines, withdrawal
erasure, audit and metrics; with the memory store and the real Redis store."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from store_support import KEY, Clock

from piiguard.consent.audit import MemoryAuditLog
from piiguard.consent.gate import (
    DAY_SECONDS,
    ConsentGate,
    GateReason,
    GateSettings,
    MaskedTurn,
)
from piiguard.consent.records import ConsentChange, hash_consent_text, subject_pseudonym
from piiguard.consent.store import ConsentStore
from piiguard.metrics import Metrics
from piiguard.training.memory import MemoryTrainingSink

pytestmark = pytest.mark.anyio
SUBJECT = "user-42@example.org"
HASH = hash_consent_text("I consent to the processing of personal data for improving the bot")
TURN = MaskedTurn.from_texts(SUBJECT, ["My name is <PERSON_1>, call me at <PHONE_NUMBER_1>"])


def give(**kw: object) -> ConsentChange:
    fields: dict[str, object] = {
        "subject": SUBJECT,
        "action": "given",
        "notice_version": "v1",
        "text_hash": HASH,
    }
    return ConsentChange(**(fields | kw))  # type: ignore[arg-type]


def withdraw(purpose: str = "model_training") -> ConsentChange:
    return ConsentChange(subject=SUBJECT, purpose=purpose, action="withdrawn")


Setup = Callable[[ConsentGate, Clock], Awaitable[object]]


async def nothing(gate: ConsentGate, clock: Clock) -> None:
    return None


async def given(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give())


async def given_then_withdrawn(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give())
    await gate.change_consent(withdraw())


async def withdrawn_then_given(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(withdraw())
    await gate.change_consent(give())


async def expired_by_time(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give(expires_at=clock.now + 60))
    clock.advance(61)


async def not_yet_expired(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give(expires_at=clock.now + 60))
    clock.advance(59)


async def expired_by_event(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give())
    await gate.change_consent(ConsentChange(subject=SUBJECT, action="expired"))


async def old_notice(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give(notice_version="v0"))


async def minor(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give(minor=True))


async def restricted(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give())
    await gate.set_restricted(SUBJECT, True)


async def restricted_then_lifted(gate: ConsentGate, clock: Clock) -> None:
    await restricted(gate, clock)
    await gate.set_restricted(SUBJECT, False)


async def other_purpose_only(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give(purpose="analytics"))


async def other_subject_only(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give(subject="someone-else"))


async def erased(gate: ConsentGate, clock: Clock) -> None:
    await gate.change_consent(give())
    await gate.store.erase(SUBJECT)


RULES: list[tuple[Setup, GateReason]] = [
    (nothing, GateReason.NO_RECORD),
    (given, GateReason.WRITTEN),
    (given_then_withdrawn, GateReason.WITHDRAWN),
    (withdrawn_then_given, GateReason.WRITTEN),
    (expired_by_time, GateReason.EXPIRED),
    (not_yet_expired, GateReason.WRITTEN),
    (expired_by_event, GateReason.EXPIRED),
    (old_notice, GateReason.NOTICE_OUTDATED),
    (minor, GateReason.MINOR),
    (restricted, GateReason.RESTRICTED),
    (restricted_then_lifted, GateReason.WRITTEN),
    (other_purpose_only, GateReason.NO_RECORD),
    (other_subject_only, GateReason.NO_RECORD),
    (erased, GateReason.ERASED),
]


@pytest.mark.parametrize(("setup", "reason"), RULES, ids=[s.__name__ for s, _ in RULES])
async def test_gate_rules(
    store: ConsentStore, clock: Clock, setup: Setup, reason: GateReason
) -> None:
    sink = MemoryTrainingSink()
    gate = ConsentGate(
        store, sink, key=KEY, settings=GateSettings(notice_version="v1"), clock=clock
    )
    await setup(gate, clock)
    decision = await gate.submit(TURN)
    assert decision.reason is reason
    assert decision.written is (reason is GateReason.WRITTEN)
    assert len(sink.records) == (1 if decision.written else 0)


async def test_notice_bump_requires_reconsent_unless_configured_off(
    store: ConsentStore, clock: Clock
) -> None:
    sink = MemoryTrainingSink()
    await store.apply(give(notice_version="2024-01"))
    strict = ConsentGate(store, sink, key=KEY, settings=GateSettings(notice_version="2025-01"))
    lenient = ConsentGate(
        store,
        sink,
        key=KEY,
        settings=GateSettings(notice_version="2025-01", require_current_notice=False),
    )
    any_version = ConsentGate(store, sink, key=KEY, settings=GateSettings(notice_version=""))
    assert (await strict.submit(TURN)).reason is GateReason.NOTICE_OUTDATED
    assert (await lenient.submit(TURN)).written
    assert (await any_version.submit(TURN)).written
    await store.apply(give(notice_version="2025-01"))
    assert (await strict.submit(TURN)).written


@pytest.mark.parametrize(
    ("turn", "reason"),
    [
        (MaskedTurn.from_texts("", ["hello"]), GateReason.NO_SUBJECT),
        (MaskedTurn.from_texts(SUBJECT, []), GateReason.EMPTY),
        (MaskedTurn.from_texts(SUBJECT, ["", ""]), GateReason.EMPTY),
        (MaskedTurn.from_texts(SUBJECT, ["x" * 101]), GateReason.TOO_LARGE),
    ],
)
async def test_turns_that_are_never_written(
    store: ConsentStore, turn: MaskedTurn, reason: GateReason
) -> None:
    sink = MemoryTrainingSink()
    gate = ConsentGate(store, sink, key=KEY, settings=GateSettings(max_turn_chars=100))
    await gate.change_consent(give())
    decision = await gate.submit(turn)
    assert (decision.written, decision.reason) == (False, reason)
    assert sink.records == []


async def test_training_record_is_masked_pseudonymous_and_dated(
    store: ConsentStore, clock: Clock
) -> None:
    sink = MemoryTrainingSink()
    gate = ConsentGate(
        store,
        sink,
        key=KEY,
        settings=GateSettings(notice_version="v1", retention_days=7),
        clock=clock,
    )
    consent = await gate.change_consent(give())
    decision = await gate.submit(TURN)
    (record,) = sink.records
    assert decision.training_record_id == record.record_id
    assert decision.consent_record_id == consent.record_id == record.consent_record_id
    assert record.subject_key == subject_pseudonym(KEY, SUBJECT)
    assert SUBJECT not in repr(record.to_dict())
    assert record.messages == TURN.messages and record.notice_version == "v1"
    assert record.created_at == clock.now
    assert record.retention_until == clock.now + 7 * DAY_SECONDS


async def test_pipeline_adapter_returns_the_reason_code(store: ConsentStore) -> None:
    gate = ConsentGate(store, MemoryTrainingSink(), key=KEY)
    assert await gate.submit_masked(subject_id=SUBJECT, texts=["hi"]) == "no_record"
    await gate.change_consent(give())
    assert await gate.submit_masked(subject_id=SUBJECT, texts=["hi"]) == "written"


@pytest.mark.parametrize("erase_on_withdrawal", [True, False])
async def test_withdrawal_erases_stored_records_only_when_configured(
    store: ConsentStore, erase_on_withdrawal: bool
) -> None:
    sink, extra = MemoryTrainingSink(), MemoryTrainingSink()
    gate = ConsentGate(
        store,
        sink,
        key=KEY,
        extra_sinks=[extra],
        settings=GateSettings(erase_on_withdrawal=erase_on_withdrawal),
    )
    await gate.change_consent(give())
    assert (await gate.submit(TURN)).written
    assert extra.records == sink.records  # every sink receives the record
    other = MaskedTurn.from_texts("other-user", ["hello"])
    await gate.change_consent(give(subject="other-user"))
    assert (await gate.submit(other)).written
    await gate.change_consent(withdraw(purpose="analytics"))  # another purpose: no erasure
    assert len(sink.records) == 2
    await gate.change_consent(withdraw())
    left = 1 if erase_on_withdrawal else 2
    assert len(sink.records) == left and len(extra.records) == left
    assert (await gate.submit(TURN)).reason is GateReason.WITHDRAWN


async def test_audit_and_metrics_carry_codes_and_pseudonyms_only(store: ConsentStore) -> None:
    audit, metrics = MemoryAuditLog(), Metrics()
    gate = ConsentGate(store, MemoryTrainingSink(), key=KEY, audit=audit, metrics=metrics)
    await gate.submit(TURN)
    await gate.change_consent(give())
    await gate.submit(TURN)
    await gate.change_consent(withdraw())
    actions = [(e.action, e.detail.get("reason")) for e in audit.entries]
    assert actions == [
        ("gate_decision", "no_record"),
        ("consent_given", None),
        ("gate_decision", "written"),
        ("consent_withdrawn", None),
    ]
    assert {e.subject_key for e in audit.entries} == {subject_pseudonym(KEY, SUBJECT)}
    assert SUBJECT not in repr(audit.entries)
    exposition = metrics.render().decode()
    assert 'piiguard_gate_decisions_total{reason="written"} 1.0' in exposition
    assert 'piiguard_gate_decisions_total{reason="no_record"} 1.0' in exposition


async def test_is_restricted_fails_closed(store: ConsentStore) -> None:
    gate = ConsentGate(store, MemoryTrainingSink(), key=KEY)
    assert not await gate.is_restricted(SUBJECT)
    await gate.set_restricted(SUBJECT, True)
    assert await gate.is_restricted(SUBJECT)


async def test_redis_down_fails_closed_without_raising(tmp_path: object) -> None:
    from piiguard.consent.redis import RedisConsentStore
    from piiguard.training.redis_stream import RedisStreamSink

    store = RedisConsentStore.from_url("redis://127.0.0.1:1/0", key=KEY, timeout_seconds=0.5)
    sink = RedisStreamSink.from_url("redis://127.0.0.1:1/0", timeout_seconds=0.5)
    metrics = Metrics()
    gate = ConsentGate(store, sink, key=KEY, metrics=metrics, audit=MemoryAuditLog())
    decision = await gate.submit(TURN)
    assert (decision.written, decision.reason) == (False, GateReason.STORE_ERROR)
    assert await gate.submit_masked(subject_id=SUBJECT, texts=["x"], session_id="s") == (
        "store_error"
    )
    assert await gate.is_restricted(SUBJECT)  # cannot tell: treat as restricted
    assert 'reason="store_error"} 2.0' in metrics.render().decode()
    await store.aclose()
    await sink.aclose()


async def test_sink_down_fails_closed(store: ConsentStore) -> None:
    from piiguard.training.redis_stream import RedisStreamSink

    sink = RedisStreamSink.from_url("redis://127.0.0.1:1/0", timeout_seconds=0.5)
    gate = ConsentGate(store, sink, key=KEY)
    await gate.change_consent(give())
    decision = await gate.submit(TURN)
    assert (decision.written, decision.reason) == (False, GateReason.SINK_ERROR)
    await sink.aclose()


async def test_store_timeout_fails_closed(store: ConsentStore) -> None:
    import asyncio

    class SlowStore:
        """The real store, answering too late."""

        def __getattr__(self, name: str) -> object:
            return getattr(store, name)

        async def snapshot(self, subject: str) -> object:
            await asyncio.sleep(1)
            return await store.snapshot(subject)

    sink = MemoryTrainingSink()
    gate = ConsentGate(
        SlowStore(),  # type: ignore[arg-type]
        sink,
        key=KEY,
        settings=GateSettings(timeout_seconds=0.05),
    )
    await store.apply(give())
    assert (await gate.submit(TURN)).reason is GateReason.TIMEOUT
    assert sink.records == []
