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


@pytest.fixture(scope="session")
def redis_cluster_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real three-node Redis Cluster on loopback ports for the whole session (started
    here, nothing saved to disk); its `redis+cluster://` URL. Skips without redis-server."""
    from redis_topologies import redis_cluster, redis_server

    if redis_server() is None:
        pytest.skip("redis-server or redis-cli is not installed: the Redis Cluster tests need both")
    with redis_cluster(tmp_path_factory.mktemp("redis-cluster")) as ports:
        yield "redis+cluster://" + ",".join(f"127.0.0.1:{p}" for p in ports[:2])


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> Clock:
    """A clock the consent and training tests move by hand."""
    return Clock()


@pytest.fixture(params=["memory", "redis", "cluster"])
async def store(request: pytest.FixtureRequest, clock: Clock) -> AsyncIterator[ConsentStore]:
    """A consent store: in memory, on the real Redis server, or on a real Redis Cluster."""
    if request.param == "memory":
        yield MemoryConsentStore(key=KEY, clock=clock)
        return
    from redis.asyncio import Redis

    from piiguard.consent.redis import RedisConsentStore
    from piiguard.redis_client import fast_client

    if request.param == "cluster":
        client = fast_client(request.getfixturevalue("redis_cluster_url"), timeout_seconds=5)
        prefix = f"piiguard-test-{uuid.uuid4().hex[:12]}"  # a fresh cluster per session
    else:
        client = Redis.from_url(request.getfixturevalue("redis_url"))
        prefix = request.getfixturevalue("redis_prefix")
    redis_store = RedisConsentStore(client, key=KEY, prefix=prefix, clock=clock)
    yield redis_store
    await redis_store.aclose()
