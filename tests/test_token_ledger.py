"""piiguard.token_ledger: a use is recorded once, until its token expires; a refused
change gives it back; a ledger that cannot record refuses (fail closed). Memory and the
real Redis, through the same table."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from piiguard.token_ledger import (
    MemoryTokenLedger,
    RedisTokenLedger,
    TokenLedger,
    TokenLedgerError,
)

KEY = "a" * 64
OTHER = "b" * 64


def _memory(redis_url: str, prefix: str) -> TokenLedger:
    return MemoryTokenLedger()


def _redis(redis_url: str, prefix: str) -> TokenLedger:
    from redis.asyncio import Redis

    return RedisTokenLedger(Redis.from_url(redis_url), prefix=prefix)


@pytest.mark.parametrize("make", [_memory, pytest.param(_redis, marks=pytest.mark.redis)])
def test_a_use_is_recorded_once_and_a_refund_gives_it_back(
    make: Callable[[str, str], TokenLedger], redis_url: str, redis_prefix: str
) -> None:
    async def scenario() -> list[bool]:
        ledger = make(redis_url, redis_prefix)
        until = time.time() + 60
        try:
            seen = [await ledger.spend(KEY, until=until), await ledger.spend(KEY, until=until)]
            seen.append(await ledger.spend(OTHER, until=until))
            await ledger.refund(KEY)
            seen.append(await ledger.spend(KEY, until=until))
            seen.append(await ledger.spend(KEY, until=until))
            return seen
        finally:
            await ledger.aclose()

    assert asyncio.run(scenario()) == [True, False, True, True, False]


def test_a_memory_use_ends_with_its_token_and_the_ledger_is_bounded() -> None:
    now = [1_000.0]
    ledger = MemoryTokenLedger(max_entries=2, clock=lambda: now[0])

    async def scenario() -> None:
        assert await ledger.spend(KEY, until=1_010)
        assert not await ledger.spend(KEY, until=1_010)
        assert await ledger.spend(OTHER, until=1_100)
        with pytest.raises(TokenLedgerError):  # full of live uses: refuse, never forget one
            await ledger.spend("c" * 64, until=1_100)
        now[0] = 1_011  # KEY's token has expired: its use may go
        assert await ledger.spend("c" * 64, until=1_100)
        assert not await ledger.spend(OTHER, until=1_100)

    asyncio.run(scenario())


@pytest.mark.redis
def test_a_redis_use_expires_with_its_token(redis_url: str, redis_prefix: str) -> None:
    from redis.asyncio import Redis

    async def scenario() -> tuple[str, int]:
        client = Redis.from_url(redis_url)
        ledger = RedisTokenLedger(client, prefix=redis_prefix)
        await ledger.spend(KEY, until=time.time() + 90)
        name = ledger.key(KEY)
        ttl = await client.pttl(name)
        await ledger.aclose()
        return name, ttl

    name, ttl = asyncio.run(scenario())
    assert name == f"{redis_prefix}:token-use:{KEY}"
    assert 80_000 < ttl <= 90_000


def test_an_unreachable_redis_is_an_error_not_a_first_use() -> None:
    from piiguard.redis_client import fast_client

    async def scenario() -> None:
        ledger = RedisTokenLedger(fast_client("redis://127.0.0.1:1/0", timeout_seconds=0.5))
        try:
            with pytest.raises(TokenLedgerError):
                await ledger.spend(KEY, until=time.time() + 60)
            with pytest.raises(TokenLedgerError):
                await ledger.refund(KEY)
        finally:
            await ledger.aclose()

    asyncio.run(scenario())
