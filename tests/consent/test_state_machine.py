"""Hypothesis state machine: the consent record lifecycle (give, withdraw, expire, restrict,
erase, time passing, notice bumps) against a simple model, through the real store and gate.

Checked after every step: the gate's decision equals the model's, the sink grows only on
`written`, the event log is append-only (erasure keeps a source-free prefix plus `erased`)
and the epoch rises with every change.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from dataclasses import dataclass, replace
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from store_support import KEY, Clock

from piiguard.consent.gate import ConsentGate, GateReason, GateSettings, MaskedTurn
from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.records import (
    ConsentChange,
    ConsentEvent,
    InvalidConsentError,
    hash_consent_text,
)
from piiguard.consent.store import ConsentStore
from piiguard.training.memory import MemoryTrainingSink

SUBJECT = "subject-under-test"
PURPOSES = st.sampled_from(["model_training", "analytics"])
NOTICES = st.sampled_from(["v1", "v2"])
HASH = hash_consent_text("I agree")
REDIS_URL = os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@dataclass(frozen=True)
class Model:
    state: str
    notice: str
    minor: bool
    expires_at: float | None
    record_id_changes: bool = False


class ConsentLifecycle(RuleBasedStateMachine):
    """Drives one subject through random consent changes."""

    backend = "memory"

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.clock = Clock()
        self.prefix = f"piiguard-test-sm-{uuid.uuid4().hex[:10]}"
        self.store = self.make_store()
        self.sink = MemoryTrainingSink()
        self.gate = ConsentGate(
            self.store,
            self.sink,
            key=KEY,
            settings=GateSettings(notice_version="v1"),
            clock=self.clock,
        )
        self.model: dict[str, Model] = {}
        self.restricted = False
        self.erased = False
        self.events: list[ConsentEvent] = []
        self.epoch = 0
        self.written = 0

    def make_store(self) -> ConsentStore:
        return MemoryConsentStore(key=KEY, clock=self.clock)

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def teardown(self) -> None:
        self.run(self.cleanup())
        self.loop.close()

    async def cleanup(self) -> None:
        await self.store.aclose()

    def expected(self) -> GateReason:
        if self.restricted:
            return GateReason.RESTRICTED
        record = self.model.get("model_training")
        if record is None:
            return GateReason.ERASED if self.erased else GateReason.NO_RECORD
        if any(m.minor for m in self.model.values()):  # a minor for every purpose
            return GateReason.MINOR
        state = record.state
        if (
            state == "given"
            and record.expires_at is not None
            and self.clock.now >= record.expires_at
        ):
            state = "expired"
        if state == "withdrawn":
            return GateReason.WITHDRAWN
        if state == "expired":
            return GateReason.EXPIRED
        if record.notice != self.gate.settings.notice_version:
            return GateReason.NOTICE_OUTDATED
        return GateReason.WRITTEN

    def changed(self) -> None:
        snap = self.run(self.store.snapshot(SUBJECT))
        assert snap.epoch > self.epoch
        self.epoch = snap.epoch

    @rule(
        purpose=PURPOSES,
        notice=NOTICES,
        minor=st.sampled_from([False, False, False, True]),
        lifetime=st.none() | st.integers(1, 30),
    )
    def give(self, purpose: str, notice: str, minor: bool, lifetime: int | None) -> None:
        expires_at = None if lifetime is None else self.clock.now + lifetime
        change = ConsentChange(
            subject=SUBJECT,
            purpose=purpose,
            action="given",
            notice_version=notice,
            text_hash=HASH,
            minor=minor,
            expires_at=expires_at,
        )
        before = self.run(self.store.get(SUBJECT, purpose))
        record = self.run(self.gate.change_consent(change))
        assert before is None or record.record_id != before.record_id  # a new consent record
        old = self.model.get(purpose)
        # Learning of a minor is kept (only an erasure lifts it).
        self.model[purpose] = Model("given", notice, minor or bool(old and old.minor), expires_at)
        if minor:  # children's data goes when we learn of it: every training record
            self.written = 0
        self.erased = False
        self.changed()

    @rule(purpose=PURPOSES)
    def withdraw(self, purpose: str) -> None:
        before = self.run(self.store.get(SUBJECT, purpose))
        record = self.run(
            self.gate.change_consent(
                ConsentChange(subject=SUBJECT, purpose=purpose, action="withdrawn")
            )
        )
        assert record.state == "withdrawn"
        assert before is None or record.record_id == before.record_id
        old = self.model.get(purpose)
        self.model[purpose] = (
            replace(old, state="withdrawn") if old else Model("withdrawn", "", False, None)
        )
        self.changed()

    @rule(purpose=PURPOSES)
    def expire(self, purpose: str) -> None:
        change = ConsentChange(subject=SUBJECT, purpose=purpose, action="expired")
        old = self.model.get(purpose)
        if old is None or old.state != "given":
            with pytest.raises(InvalidConsentError):
                self.run(self.gate.change_consent(change))
            return
        self.run(self.gate.change_consent(change))
        self.model[purpose] = replace(old, state="expired")
        self.changed()

    @rule(on=st.booleans())
    def restrict(self, on: bool) -> None:
        changed = self.run(self.gate.set_restricted(SUBJECT, on))
        assert changed is (on != self.restricted)
        self.restricted = on
        if changed:
            self.changed()

    @rule()
    def erase(self) -> None:
        before = self.run(self.store.events(SUBJECT))
        proof = self.run(self.store.erase(SUBJECT))
        kept = [e for e in before if e.kind != "erased"]
        assert [(e.kind, e.record_id, e.at) for e in proof[:-1]] == [
            (e.kind, e.record_id, e.at) for e in kept
        ]
        assert proof[-1].kind == "erased" and all(e.source == "" for e in proof)
        self.model.clear()
        self.erased = True
        self.events = []  # the log was rewritten as its proof
        self.changed()

    @rule(seconds=st.integers(0, 120))
    def wait(self, seconds: int) -> None:
        self.clock.advance(seconds)

    @rule(notice=NOTICES)
    def publish_notice(self, notice: str) -> None:
        self.gate.settings = GateSettings(notice_version=notice)

    @invariant()
    def gate_decision_matches_model(self) -> None:
        decision = self.run(self.gate.submit(MaskedTurn.from_texts(SUBJECT, ["hi <PERSON_1>"])))
        assert decision.reason is self.expected()
        if decision.written:
            self.written += 1
            record = self.run(self.store.get(SUBJECT, "model_training"))
            assert record is not None
            assert self.sink.records[-1].consent_record_id == record.record_id

    @invariant()
    def sink_grows_only_on_written(self) -> None:  # runs after the decision check
        assert len(self.sink.records) == self.written

    @invariant()
    def log_is_append_only(self) -> None:
        events = self.run(self.store.events(SUBJECT))
        assert events[: len(self.events)] == self.events
        self.events = events

    @invariant()
    def store_matches_model(self) -> None:
        snap = self.run(self.store.snapshot(SUBJECT))
        assert snap.restricted is self.restricted
        assert {p: r.state for p, r in snap.records.items()} == {
            p: m.state for p, m in self.model.items()
        }


class RedisConsentLifecycle(ConsentLifecycle):
    """The same machine on the real Redis store."""

    def make_store(self) -> ConsentStore:
        from piiguard.consent.redis import RedisConsentStore

        return RedisConsentStore.from_url(REDIS_URL, key=KEY, prefix=self.prefix)

    async def cleanup(self) -> None:
        from piiguard.consent.redis import RedisConsentStore

        assert isinstance(self.store, RedisConsentStore)
        client = self.store.client
        async for key in client.scan_iter(match=f"{self.prefix}*"):
            await client.delete(key)
        await self.store.aclose()


_SETTINGS = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_consent_lifecycle_in_memory() -> None:
    run_state_machine_as_test(ConsentLifecycle, settings=_SETTINGS)


@pytest.mark.redis
def test_consent_lifecycle_on_redis(redis_url: str) -> None:
    run_state_machine_as_test(RedisConsentLifecycle, settings=settings(_SETTINGS, max_examples=40))
