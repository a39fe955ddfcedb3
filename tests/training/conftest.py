"""Training test fixtures: a settable clock and a consent store (memory or the real Redis)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from training_support import KEY, Clock

from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.store import ConsentStore


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, clock: Clock) -> AsyncIterator[ConsentStore]:
    if request.param == "memory":
        yield MemoryConsentStore(key=KEY, clock=clock)
        return
    from redis.asyncio import Redis

    from piiguard.consent.redis import RedisConsentStore

    url = request.getfixturevalue("redis_url")
    prefix = request.getfixturevalue("redis_prefix")
    redis_store = RedisConsentStore(Redis.from_url(url), key=KEY, prefix=prefix, clock=clock)
    yield redis_store
    await redis_store.aclose()
