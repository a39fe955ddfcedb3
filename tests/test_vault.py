"""Vaults: same value same placeholder, no collisions, isolation, bounds, TTL, erasure that
holds against requests in flight; memory and Redis."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from at_rest import dump_redis, leaks

from piiguard import MemoryVault, RedisVault, SessionErasedError, Vault, VaultError, restore

pytestmark = pytest.mark.anyio

now = time.time
"""When a request that starts now started (the vaults' own erasure clock)."""


@pytest.fixture(params=["memory", "redis"])
async def vault(request: pytest.FixtureRequest) -> AsyncIterator[Vault]:
    if request.param == "memory":
        yield MemoryVault(max_entries=5)
        return
    from redis.asyncio import Redis

    url = request.getfixturevalue("redis_url")
    prefix = request.getfixturevalue("redis_prefix")
    store = RedisVault(Redis.from_url(url), key=b"test-key", prefix=prefix, max_entries=5)
    yield store
    await store.aclose()


async def test_same_value_same_placeholder_and_numbers_never_collide(vault: Vault) -> None:
    first = await vault.assign(
        "s", [("PERSON", "Anna"), ("PERSON", "Jan"), ("EMAIL_ADDRESS", "a@b.pl")], started_at=now()
    )
    again = await vault.assign("s", [("PERSON", "Jan"), ("PERSON", "Maria")], started_at=now())
    assert first == ["<PERSON_1>", "<PERSON_2>", "<EMAIL_ADDRESS_1>"]
    assert again == ["<PERSON_2>", "<PERSON_3>"]
    assert await vault.mapping("s") == {
        "<PERSON_1>": "Anna",
        "<PERSON_2>": "Jan",
        "<PERSON_3>": "Maria",
        "<EMAIL_ADDRESS_1>": "a@b.pl",
    }


async def test_sessions_are_isolated(vault: Vault) -> None:
    await vault.assign("a", [("PERSON", "Anna")], started_at=now())
    await vault.assign("b", [("PERSON", "Jan")], started_at=now())
    assert restore("<PERSON_1>", await vault.mapping("b")) == "Jan"
    assert await vault.mapping("nobody") == {}


async def test_bounded_entries_fail_closed(vault: Vault) -> None:
    await vault.assign("s", [("PERSON", str(i)) for i in range(5)], started_at=now())
    with pytest.raises(VaultError, match="max_entries=5") as info:
        await vault.assign("s", [("PERSON", "secret-value")], started_at=now())
    assert "secret-value" not in str(info.value)
    # Values already held still resolve.
    assert await vault.assign("s", [("PERSON", "3")], started_at=now()) == ["<PERSON_4>"]


async def test_erase_forgets_the_session(vault: Vault) -> None:
    await vault.assign("s", [("PERSON", "Anna"), ("PERSON", "Jan")], started_at=now())
    assert await vault.erase("s") == 2
    assert await vault.mapping("s") == {}


async def test_concurrent_assignments_stay_consistent(vault: Vault) -> None:
    results = await asyncio.gather(
        *(vault.assign("s", [("PERSON", "Anna")], started_at=now()) for _ in range(20))
    )
    assert {tuple(r) for r in results} == {("<PERSON_1>",)}


async def test_memory_vault_ttl_and_session_bound() -> None:
    tick = [0.0]
    vault = MemoryVault(ttl_seconds=10, max_sessions=2, clock=lambda: tick[0])
    await vault.assign("a", [("PERSON", "Anna")], started_at=now())
    tick[0] = 11
    assert await vault.mapping("a") == {}
    await vault.assign("b", [("PERSON", "B")], started_at=now())
    await vault.assign("c", [("PERSON", "C")], started_at=now())
    await vault.assign("d", [("PERSON", "D")], started_at=now())
    assert await vault.mapping("b") == {}  # least recently used, dropped
    assert await vault.mapping("d") == {"<PERSON_1>": "D"}


async def test_redis_vault_keys_reveal_no_session_or_value(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    vault = RedisVault(client, key=b"k", prefix=redis_prefix, ttl_seconds=60)
    await vault.assign("session-42", [("EMAIL_ADDRESS", "anna@example.org")], started_at=now())
    keys = [k.decode() async for k in client.scan_iter(match=f"{redis_prefix}*")]
    assert len(keys) == 1 and "session-42" not in keys[0]
    fields = [f.decode() for f in await client.hkeys(keys[0])]
    assert not any("anna" in f for f in fields)
    assert 0 < await client.ttl(keys[0]) <= 60
    await vault.aclose()


async def test_redis_down_is_a_vault_error() -> None:
    from redis.asyncio import Redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    no_retry = Retry(NoBackoff(), 0)
    client = Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5, retry=no_retry)
    vault = RedisVault(client, key=b"k")
    with pytest.raises(VaultError, match="unavailable"):
        await vault.assign("s", [("PERSON", "Anna")], started_at=now())
    with pytest.raises(VaultError):
        await vault.mapping("s")


class WallClock:
    """The vault's erasure clock, set by the test."""

    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


@pytest.fixture(params=["memory", "redis"])
async def clocked(request: pytest.FixtureRequest) -> AsyncIterator[tuple[Vault, WallClock]]:
    """A vault whose erasures are stamped by a clock the test sets."""
    wall = WallClock(1_000.0)
    if request.param == "memory":
        yield MemoryVault(ttl_seconds=60, wall_clock=wall), wall
        return
    from redis.asyncio import Redis

    url = request.getfixturevalue("redis_url")
    prefix = request.getfixturevalue("redis_prefix")
    store = RedisVault(Redis.from_url(url), key=b"k", prefix=prefix, wall_clock=wall)
    yield store, wall
    await store.aclose()


async def test_a_request_started_before_an_erasure_cannot_write_after_it(vault: Vault) -> None:
    started = now() - 1.0  # a request in flight (detection is slow)
    await vault.assign("s", [("PERSON", "Anna")], started_at=started)
    assert await vault.erase("s") == 1
    with pytest.raises(SessionErasedError) as info:
        await vault.assign("s", [("PERSON", "Jan"), ("PERSON", "Anna")], started_at=started)
    assert isinstance(info.value, VaultError)  # fails closed like any vault error
    assert "Jan" not in str(info.value) and "Anna" not in str(info.value)
    assert await vault.mapping("s") == {}
    # Only that session is fenced.
    assert await vault.assign("t", [("PERSON", "Jan")], started_at=started) == ["<PERSON_1>"]


async def test_the_fence_holds_before_anything_was_written(vault: Vault) -> None:
    """The erasure lands first (the request's only write comes later): still refused."""
    started = now() - 1.0
    assert await vault.erase("s") == 0
    with pytest.raises(SessionErasedError):
        await vault.assign("s", [("PERSON", "Anna")], started_at=started)
    assert await vault.mapping("s") == {}


async def test_a_request_started_after_the_erasure_writes_as_usual(vault: Vault) -> None:
    before = now() - 1.0
    await vault.assign("s", [("PERSON", "Anna")], started_at=before)
    await vault.erase("s")
    after = now()
    assert await vault.assign("s", [("PERSON", "Jan")], started_at=after) == ["<PERSON_1>"]
    assert await vault.mapping("s") == {"<PERSON_1>": "Jan"}
    # New data keeps the tombstone: the old request is still refused; erasing again
    # counts only the values, never the tombstone.
    with pytest.raises(SessionErasedError):
        await vault.assign("s", [("PERSON", "Maria")], started_at=before)
    assert await vault.erase("s") == 1
    assert await vault.mapping("s") == {}


async def test_erasures_racing_writes_leave_nothing(vault: Vault) -> None:
    """Writes of requests that all began before the erasure, interleaved with it: each
    lands before it (and is erased) or is refused; nothing remains."""
    started = now() - 1.0

    async def write(n: int) -> str:
        try:
            await vault.assign("s", [("PERSON", f"p{n % 4}")], started_at=started)
        except SessionErasedError:
            return "refused"
        return "written"

    writes = [write(n) for n in range(20)]
    outcomes = await asyncio.gather(*writes[:10], vault.erase("s"), *writes[10:])
    assert "refused" in outcomes
    assert await vault.mapping("s") == {}


async def test_the_tombstone_only_moves_forward_and_expires(
    clocked: tuple[Vault, WallClock],
) -> None:
    vault, wall = clocked
    await vault.erase("s")  # at 1000
    wall.at = 500.0
    await vault.erase("s")  # a later erasure stamped by a clock behind: keeps 1000
    with pytest.raises(SessionErasedError):
        await vault.assign("s", [("PERSON", "Anna")], started_at=999.5)
    assert await vault.assign("s", [("PERSON", "Anna")], started_at=1_000.0) == ["<PERSON_1>"]
    if isinstance(vault, RedisVault):
        key = vault._session_key("s")
        ttl = await vault._client.ttl(key)
        assert 0 < ttl <= vault.ttl_seconds  # the tombstone expires with the session


async def test_memory_tombstone_expires_with_the_ttl() -> None:
    tick = [0.0]
    vault = MemoryVault(ttl_seconds=10, clock=lambda: tick[0], wall_clock=lambda: 1_000.0)
    await vault.erase("s")
    with pytest.raises(SessionErasedError):
        await vault.assign("s", [("PERSON", "Anna")], started_at=999.0)
    tick[0] = 11
    # Past the TTL nothing is held, the tombstone included.
    assert await vault.assign("s", [("PERSON", "Anna")], started_at=999.0) == ["<PERSON_1>"]


async def test_the_tombstone_holds_nothing_personal(redis_url: str, redis_prefix: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    vault = RedisVault(client, key=b"k", prefix=redis_prefix, ttl_seconds=60)
    session, secrets = "session-7f3c-anna", ["anna.kowalski@example.org", "Anna Kowalski"]
    await vault.assign(
        session, [("EMAIL_ADDRESS", secrets[0]), ("PERSON", secrets[1])], started_at=now()
    )
    assert await vault.erase(session) == 2
    [key] = [k.decode() async for k in client.scan_iter(match=f"{redis_prefix}*")]
    fields = {k.decode(): v.decode() for k, v in (await client.hgetall(key)).items()}
    assert list(fields) == ["erased_at"] and float(fields["erased_at"]) > 0
    texts, _ = await dump_redis(client, redis_prefix)
    assert leaks(texts, [*secrets, session]) == []
    await vault.aclose()
