"""A withdrawal racing concurrent writes: once it is acknowledged, no new record appears.

Deterministic interleavings (a submit paused between its consent read and its write)
plus a stress run with many concurrent submits; in one process and across two
"replicas" (two gates) sharing the real Redis.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from store_support import KEY

from piiguard.consent.gate import ConsentGate, GateReason, MaskedTurn
from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.records import ConsentChange, SubjectConsent, hash_consent_text
from piiguard.consent.store import ConsentStore
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.memory import MemoryTrainingSink
from piiguard.training.sink import TrainingRecord, WriteFence

pytestmark = pytest.mark.anyio
SUBJECT = "racer-1"
GIVE = ConsentChange(
    subject=SUBJECT, action="given", notice_version="v1", text_hash=hash_consent_text("ok")
)
WITHDRAW = ConsentChange(subject=SUBJECT, action="withdrawn")
TURN = MaskedTurn.from_texts(SUBJECT, ["hello <PERSON_1>"])


class PausingStore:
    """A real store whose next `snapshot` stops after reading until `resume` is set."""

    def __init__(self, store: ConsentStore) -> None:
        self.store = store
        self.read = asyncio.Event()
        self.resume = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    async def snapshot(self, subject: str) -> SubjectConsent:
        consent = await self.store.snapshot(subject)
        self.read.set()
        await self.resume.wait()
        return consent


class WatchingSink(MemoryTrainingSink):
    """A memory sink that counts records appended after `acknowledged` was set."""

    def __init__(self) -> None:
        super().__init__()
        self.acknowledged = False
        self.late = 0

    async def write(self, record: TrainingRecord, *, fence: WriteFence | None = None) -> bool:
        await asyncio.sleep(0)  # a real sink yields while writing
        self.late += self.acknowledged
        return await super().write(record, fence=fence)


@pytest.fixture(params=["redis", "cluster"])
async def redis_parts(
    request: pytest.FixtureRequest,
) -> AsyncIterator[tuple[ConsentStore, ConsentStore, Any, Any]]:
    """Two replicas' stores and stream sinks, on the same Redis server or Redis Cluster
    (where the fence is the epoch's copy in the stream's slot)."""
    from piiguard.consent.redis import RedisConsentStore
    from piiguard.training.redis_stream import RedisStreamSink

    if request.param == "cluster":
        redis_url = request.getfixturevalue("redis_cluster_url")
        redis_prefix = f"piiguard-test-{uuid.uuid4().hex[:12]}"
    else:
        redis_url = request.getfixturevalue("redis_url")
        redis_prefix = request.getfixturevalue("redis_prefix")

    parts = (
        RedisConsentStore.from_url(redis_url, key=KEY, prefix=redis_prefix),
        RedisConsentStore.from_url(redis_url, key=KEY, prefix=redis_prefix),
        RedisStreamSink.from_url(redis_url, prefix=redis_prefix),
        RedisStreamSink.from_url(redis_url, prefix=redis_prefix),
    )
    yield parts
    for part in parts:
        await part.aclose()


async def test_one_process_withdrawal_waits_for_a_write_in_flight(tmp_path: Path) -> None:
    store = PausingStore(MemoryConsentStore(key=KEY))
    sink = JsonlTrainingSink(tmp_path / "training.jsonl")
    gate = ConsentGate(store, sink, key=KEY)  # type: ignore[arg-type]
    await gate.change_consent(GIVE)
    submit = asyncio.create_task(gate.submit(TURN))
    await store.read.wait()  # the submit has read "given" and holds the subject's lock
    withdraw = asyncio.create_task(gate.change_consent(WITHDRAW))
    await asyncio.sleep(0.05)
    assert not withdraw.done()  # not acknowledged while a write for the subject is in flight
    store.resume.set()
    assert (await submit).written
    await withdraw
    count = len(await sink.all_records())
    assert count == 1
    decisions = await asyncio.gather(*(gate.submit(TURN) for _ in range(10)))
    assert {d.reason for d in decisions} == {GateReason.WITHDRAWN}
    assert len(await sink.all_records()) == count
    await sink.aclose()


async def test_across_replicas_a_stale_read_cannot_write_after_withdrawal(
    redis_parts: tuple[Any, Any, Any, Any],
) -> None:
    store_a, store_b, sink_a, sink_b = redis_parts
    replica_a = ConsentGate(store_a, sink_a, key=KEY)
    paused = PausingStore(store_b)
    replica_b = ConsentGate(paused, sink_b, key=KEY)  # type: ignore[arg-type]
    await replica_a.change_consent(GIVE)
    submit = asyncio.create_task(replica_b.submit(TURN))
    await paused.read.wait()  # replica B has read "given"...
    await replica_a.change_consent(WITHDRAW)  # ...replica A's withdrawal is acknowledged...
    paused.resume.set()
    decision = await submit  # ...and B's write is refused by the epoch fence.
    assert (decision.written, decision.reason) == (False, GateReason.CONSENT_CHANGED)
    assert await sink_a.records_for(replica_a.subject_key(SUBJECT)) == []


async def test_stress_one_process() -> None:
    sink = WatchingSink()
    gate = ConsentGate(MemoryConsentStore(key=KEY), sink, key=KEY)
    await gate.change_consent(GIVE)
    rng = random.Random(7)

    async def submit() -> bool:
        await asyncio.sleep(rng.random() * 0.02)
        return (await gate.submit(TURN)).written

    tasks = [asyncio.create_task(submit()) for _ in range(300)]
    await asyncio.sleep(0.01)
    await gate.change_consent(WITHDRAW)
    sink.acknowledged = True
    at_ack = len(sink.records)
    written = sum(await asyncio.gather(*tasks))
    assert sink.late == 0 and len(sink.records) == at_ack == written
    assert 0 < written < 300  # the race really happened on both sides


async def test_stress_two_replicas_on_redis(
    request: pytest.FixtureRequest, redis_parts: tuple[Any, Any, Any, Any]
) -> None:
    store_a, store_b, sink_a, sink_b = redis_parts
    replicas = [ConsentGate(store_a, sink_a, key=KEY), ConsentGate(store_b, sink_b, key=KEY)]
    await replicas[0].change_consent(GIVE)
    rng = random.Random(11)

    async def submit(i: int) -> bool:
        await asyncio.sleep(rng.random() * 0.05)
        return (await replicas[i % 2].submit(TURN)).written

    tasks = [asyncio.create_task(submit(i)) for i in range(200)]
    await asyncio.sleep(0.02)
    await replicas[1].change_consent(WITHDRAW)
    if request.node.callspec.params["redis_parts"] == "redis":
        # One server: the withdrawal's event and the fence move in one script, so no
        # record is newer than the event (Redis server time, in ms).
        events = await store_a.events(SUBJECT)
        cut_off = int(events[-1].event_id.split("-")[0])
    else:
        # A cluster writes the event in the subject's slot, then raises the fence in the
        # stream's slot; writes in between are still "before the acknowledgement", so
        # the bound is the server time once the withdrawal is acknowledged.
        seconds, micros = await sink_a.client.time()
        cut_off = seconds * 1000 + micros // 1000
    at_ack = len(await sink_a.records_for(replicas[0].subject_key(SUBJECT)))
    written = sum(await asyncio.gather(*tasks))
    ids = [entry_id async for entry_id, _ in sink_a.entries()]
    assert len(ids) == at_ack == written
    assert all(int(i.split("-")[0]) <= cut_off for i in ids)
    assert 0 < written < 200
