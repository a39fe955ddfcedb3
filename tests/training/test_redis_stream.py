"""The Redis Streams sink against the real Redis: fenced XADD, erasure by subject,
retention by id (XTRIM MINID), and failure when Redis is down."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from piiguard.training.redis_stream import RedisStreamSink
from piiguard.training.sink import TrainingMessage, TrainingRecord, TrainingSinkError, WriteFence

pytestmark = pytest.mark.anyio


def record(
    subject_key: str = "k1", *, created: float, days: float = 1.0, n: int = 0
) -> TrainingRecord:
    return TrainingRecord(
        record_id=f"r-{subject_key}-{n}",
        subject_key=subject_key,
        consent_record_id="c1",
        notice_version="v1",
        messages=(TrainingMessage("user", "hi <PERSON_1>"),),
        created_at=created,
        retention_until=created + days * 86_400,
    )


@pytest.fixture
async def sink(redis_url: str, redis_prefix: str) -> AsyncIterator[RedisStreamSink]:
    sink = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
    yield sink
    await sink.aclose()


async def test_write_and_read_back(sink: RedisStreamSink) -> None:
    now = time.time()
    for n in range(3):
        assert await sink.write(record("k1" if n else "k2", created=now, n=n))
    assert [r.record_id for r in await sink.records_for("k1")] == ["r-k1-1", "r-k1-2"]
    entries = [e async for e in sink.entries()]
    assert entries[0][1] == record("k2", created=now)


async def test_fence_writes_only_while_the_epoch_holds(
    sink: RedisStreamSink, redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    fence_key = f"{redis_prefix}:consent:x"
    await client.hset(fence_key, "epoch", 4)
    now = time.time()
    assert await sink.write(record(created=now, n=1), fence=WriteFence(fence_key, 4))
    await client.hincrby(fence_key, "epoch", 1)
    assert not await sink.write(record(created=now, n=2), fence=WriteFence(fence_key, 4))
    await client.delete(fence_key)  # erased: no epoch at all
    assert not await sink.write(record(created=now, n=3), fence=WriteFence(fence_key, 5))
    assert [r.record_id for r in await sink.records_for("k1")] == ["r-k1-1"]
    await client.aclose()


async def test_erase_subject_across_batches(sink: RedisStreamSink) -> None:
    now = time.time()
    for n in range(1200):
        await sink.write(record("k1" if n % 3 else "k2", created=now, n=n))
    assert await sink.erase_subject("k2") == 400
    assert await sink.records_for("k2") == []
    assert len(await sink.records_for("k1")) == 800


async def test_retention_trims_by_id(sink: RedisStreamSink) -> None:
    now = time.time()
    # Deadlines rise with the write order, as they do with one retention setting.
    for n in range(6):
        await sink.write(record(created=now - 10 + n, days=0, n=n))
    assert await sink.purge_expired(now - 10 + 2.5) == 3  # deadlines -10, -9, -8 have passed
    assert [r.record_id for r in await sink.records_for("k1")] == ["r-k1-3", "r-k1-4", "r-k1-5"]
    assert await sink.purge_expired(now + 100) == 3
    assert await sink.purge_expired(now + 100) == 0
    await sink.write(record(created=now, n=7))
    assert await sink.trim_before(time.time() + 60) == 1


async def test_write_time_trimming_with_retention_seconds(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    key = f"{redis_prefix}:training"
    for i in range(300):  # entries far older than the retention window
        await client.xadd(key, {"s": "k", "d": "{}"}, id=f"{1000 + i}-0")
    sink = RedisStreamSink(client, prefix=redis_prefix, retention_seconds=3600)
    for n in range(5):
        await sink.write(record(created=time.time(), n=n))
    # MINID ~ trims whole macro nodes: the old entries go, nothing newer does.
    assert await client.xlen(key) < 300
    assert len(await sink.records_for("k1")) == 5
    await sink.aclose()


async def test_redis_down_raises_a_sink_error() -> None:
    sink = RedisStreamSink.from_url("redis://127.0.0.1:1/0", timeout_seconds=0.5)
    with pytest.raises(TrainingSinkError, match="unavailable"):
        await sink.write(record(created=time.time()))
    with pytest.raises(TrainingSinkError):
        await sink.erase_subject("k1")
    with pytest.raises(TrainingSinkError):
        await sink.purge_expired()
    await sink.aclose()
