"""Vaults: same value same placeholder, no collisions, isolation, bounds, TTL; memory and Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from piiguard import MemoryVault, RedisVault, Vault, VaultError, restore

pytestmark = pytest.mark.anyio


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
        "s", [("PERSON", "Anna"), ("PERSON", "Jan"), ("EMAIL_ADDRESS", "a@b.pl")]
    )
    again = await vault.assign("s", [("PERSON", "Jan"), ("PERSON", "Maria")])
    assert first == ["<PERSON_1>", "<PERSON_2>", "<EMAIL_ADDRESS_1>"]
    assert again == ["<PERSON_2>", "<PERSON_3>"]
    assert await vault.mapping("s") == {
        "<PERSON_1>": "Anna",
        "<PERSON_2>": "Jan",
        "<PERSON_3>": "Maria",
        "<EMAIL_ADDRESS_1>": "a@b.pl",
    }


async def test_sessions_are_isolated(vault: Vault) -> None:
    await vault.assign("a", [("PERSON", "Anna")])
    await vault.assign("b", [("PERSON", "Jan")])
    assert restore("<PERSON_1>", await vault.mapping("b")) == "Jan"
    assert await vault.mapping("nobody") == {}


async def test_bounded_entries_fail_closed(vault: Vault) -> None:
    await vault.assign("s", [("PERSON", str(i)) for i in range(5)])
    with pytest.raises(VaultError, match="max_entries=5") as info:
        await vault.assign("s", [("PERSON", "secret-value")])
    assert "secret-value" not in str(info.value)
    # Values already held still resolve.
    assert await vault.assign("s", [("PERSON", "3")]) == ["<PERSON_4>"]


async def test_erase_forgets_the_session(vault: Vault) -> None:
    await vault.assign("s", [("PERSON", "Anna"), ("PERSON", "Jan")])
    assert await vault.erase("s") == 2
    assert await vault.mapping("s") == {}


async def test_concurrent_assignments_stay_consistent(vault: Vault) -> None:
    results = await asyncio.gather(*(vault.assign("s", [("PERSON", "Anna")]) for _ in range(20)))
    assert {tuple(r) for r in results} == {("<PERSON_1>",)}


async def test_memory_vault_ttl_and_session_bound() -> None:
    now = [0.0]
    vault = MemoryVault(ttl_seconds=10, max_sessions=2, clock=lambda: now[0])
    await vault.assign("a", [("PERSON", "Anna")])
    now[0] = 11
    assert await vault.mapping("a") == {}
    await vault.assign("b", [("PERSON", "B")])
    await vault.assign("c", [("PERSON", "C")])
    await vault.assign("d", [("PERSON", "D")])
    assert await vault.mapping("b") == {}  # least recently used, dropped
    assert await vault.mapping("d") == {"<PERSON_1>": "D"}


async def test_redis_vault_keys_reveal_no_session_or_value(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    vault = RedisVault(client, key=b"k", prefix=redis_prefix, ttl_seconds=60)
    await vault.assign("session-42", [("EMAIL_ADDRESS", "anna@example.org")])
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
        await vault.assign("s", [("PERSON", "Anna")])
    with pytest.raises(VaultError):
        await vault.mapping("s")
