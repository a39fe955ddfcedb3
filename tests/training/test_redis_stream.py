"""The Redis Streams sink against the real Redis: fenced XADD, erasure by subject,
retention by id (XTRIM MINID), and failure when Redis is down."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis_topologies import redis_server, redis_single

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


# -- erasure that leaves no bytes behind --------------------------------------------------
# XDEL only flags an entry as deleted inside its stream node: the bytes stay in Redis's
# memory, its RDB snapshots and what replicas receive until every entry of the node is
# deleted. With `stream-node-max-entries 1` each entry is its own node, freed by XDEL.


def _record(subject_key: str, n: int, now: float) -> TrainingRecord:
    # Random text, so the snapshot's compression cannot hide how much it holds.
    content = f"turn {n} of {subject_key}: {secrets.token_urlsafe(96)}"
    return TrainingRecord.from_dict(
        {**record(subject_key, created=now, n=n).to_dict(),
         "messages": [{"role": "user", "content": content}]}
    )


async def _dumps(url: str, prefix: str) -> tuple[bytes, bytes, int | None]:
    """The stream's snapshot (DUMP, the RDB form) after one subject of two was erased,
    the snapshot of a stream that only ever held the other, and the server's node size."""
    from redis.asyncio import Redis

    erased = RedisStreamSink.from_url(url, prefix=f"{prefix}-erased")
    never = RedisStreamSink.from_url(url, prefix=f"{prefix}-never")
    client = Redis.from_url(url)
    try:
        now = time.time()
        for n in range(6):
            assert await erased.write(_record("gone-subject-a1", n, now))
            for sink in (erased, never):
                assert await sink.write(_record("kept-subject-b2", n, now))
        assert await erased.erase_subject("gone-subject-a1") == 6
        after = await client.dump(erased.stream_key) or b""
        only_kept = await client.dump(never.stream_key) or b""
        await client.delete(erased.stream_key, never.stream_key)
        return after, only_kept, await erased.node_max_entries()
    finally:
        for sink in (erased, never):
            await sink.aclose()
        await client.aclose()


@pytest.mark.skipif(redis_server() is None, reason="redis-server is not installed")
async def test_where_a_node_holds_one_entry_an_erased_entry_leaves_no_bytes(
    tmp_path: Path,
) -> None:
    config = ("--stream-node-max-entries", "1", "--rdbcompression", "no")
    with redis_single(tmp_path, *config) as port:
        after, only_kept, per_node = await _dumps(f"redis://127.0.0.1:{port}/0", "p")
    assert per_node == 1
    assert b"gone-subject-a1" not in after
    assert b"kept-subject-b2" in after  # the snapshot is readable, and holds the rest
    assert len(after) < 1.2 * len(only_kept)


async def test_the_default_server_keeps_erased_bytes_and_the_sink_says_so(
    redis_url: str, redis_prefix: str
) -> None:
    after, only_kept, per_node = await _dumps(redis_url, redis_prefix)
    assert per_node is not None and per_node > 1
    # The erased entries are still in the snapshot (why piiguard warns at start).
    assert len(after) > 1.5 * len(only_kept)


async def _start_warnings(url: str, prefix: str, caplog: pytest.LogCaptureFixture) -> list[str]:
    from piiguard.config import GuardConfig
    from piiguard.pipeline import Guard

    config = GuardConfig(
        detector="patterns", redis_url=url, redis_prefix=prefix, secret_key="stream-secret",
        training_sink="redis", consent_notice_version="v1",
    )
    guard = Guard(config)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="piiguard"):
        await guard.start()
    await guard.aclose()
    return [r.getMessage() for r in caplog.records if "stream-node-max-entries" in r.getMessage()]


@pytest.mark.redis
async def test_the_guard_warns_at_start_where_erasure_would_leave_bytes(
    redis_url: str, redis_prefix: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    warned = await _start_warnings(redis_url, redis_prefix, caplog)
    assert len(warned) == 1 and "stream-node-max-entries 1" in warned[0]
    if redis_server() is None:
        pytest.skip("redis-server is not installed")
    with redis_single(tmp_path, "--stream-node-max-entries", "1") as port:
        assert await _start_warnings(f"redis://127.0.0.1:{port}/0", "p", caplog) == []


# Entries another writer could leave in the stream: no `d`, not UTF-8, not JSON, JSON of
# another shape. Nothing attributes them to a subject or a deadline.
NOT_RECORDS: list[dict[str, bytes]] = [
    {"s": b"k9"},
    {"s": b"k9", "d": b"\xff\xfe Anna"},
    {"s": b"k9", "d": b'{"record_id": "r-9", "messages": "Anna"'},
    {"s": b"k9", "d": b'{"record_id": "r-9"}'},
    {"s": b"k9", "d": b"[1, 2, 3]"},
    {"s": b"k9", "d": b'{"record_id": "r-9", "subject_key": "k9", "consent_record_id": "c",'
                      b' "notice_version": "v", "messages": [{"role": "user"}],'
                      b' "created_at": 1, "retention_until": 2}'},
]


async def test_entries_that_are_no_record_are_read_past_and_removed_with_their_ids(
    sink: RedisStreamSink, caplog: pytest.LogCaptureFixture
) -> None:
    now = time.time()
    await sink.write(record("k1", created=now, n=1))
    client = sink.client
    bad_ids = [(await client.xadd(sink.stream_key, fields)).decode() for fields in NOT_RECORDS]
    await sink.write(record("k2", created=now, n=2))

    # Readers go past them: export and erasure of a subject never crash on another's bytes.
    found: list[str] = []
    assert [r.record_id async for _, r in sink.entries(found)] == ["r-k1-1", "r-k2-2"]
    assert found == bad_ids
    assert [r.record_id for r in await sink.records_for("k2")] == ["r-k2-2"]

    # Erasure removes them too (nothing else ever could), and says so by count and id only.
    with caplog.at_level(logging.WARNING, logger="piiguard.training.redis_stream"):
        assert await sink.erase_subject("k1") == 1
    assert "6 entries" in caplog.text and bad_ids[0] in caplog.text
    assert "Anna" not in caplog.text and "r-9" not in caplog.text
    assert await client.xlen(sink.stream_key) == 1
    assert await sink.remove_unreadable() == ()


async def test_remove_unreadable_deletes_only_what_is_no_record(sink: RedisStreamSink) -> None:
    now = time.time()
    await sink.write(record("k1", created=now, n=1))
    bad = (await sink.client.xadd(sink.stream_key, NOT_RECORDS[1])).decode()
    assert await sink.remove_unreadable() == (bad,)
    assert [r.record_id async for _, r in sink.entries()] == ["r-k1-1"]
    assert await sink.client.xlen(sink.stream_key) == 1
