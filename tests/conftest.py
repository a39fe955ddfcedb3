"""Shared test set-up: offline settings and the real Redis server."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from hypothesis import settings
from store_support import KEY, Clock

from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.store import ConsentStore

# presidio and transformers must never reach a hub from the tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

# Timing is measured in benchmarks, not in tests: no per-example deadline on a busy machine.
settings.register_profile("piiguard", deadline=None)
settings.load_profile("piiguard")

REDIS_URL = os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The real Redis server's URL; tests that need it skip when none answers."""
    if not _redis_answers():
        pytest.skip(f"no Redis server answers at {REDIS_URL} (set PIIGUARD_TEST_REDIS_URL)")
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A fresh key prefix for one test; its keys are deleted afterwards."""
    import redis

    prefix = f"piiguard-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> Clock:
    """A clock the consent and training tests move by hand."""
    return Clock()


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, clock: Clock) -> AsyncIterator[ConsentStore]:
    """A consent store: in memory, or on the real Redis server."""
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
