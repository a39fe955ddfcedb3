"""Two app instances (replicas) share one Redis-backed vault on the real Redis server."""

from __future__ import annotations

import httpx
import pytest

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .apps import ChatApp

pytestmark = pytest.mark.anyio


async def test_replicas_share_the_vault(
    detector: Detector, redis_url: str, redis_prefix: str
) -> None:
    config = GuardConfig(
        detector="patterns", redis_url=redis_url, redis_prefix=redis_prefix, secret_key="shared"
    )
    replicas = [ChatApp(), ChatApp()]
    apps = [PiiGuardMiddleware(r.app, guard=Guard(config, detector=detector)) for r in replicas]
    headers = {"x-session-id": "shared-session"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=apps[0]), base_url="http://a"
    ) as a:
        await a.post("/chat", json={"message": "I am Anna Kowalski"}, headers=headers)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=apps[1]), base_url="http://b"
    ) as b:
        # Replica b masks the same value with the same placeholder and restores it.
        response = await b.post("/chat", json={"message": "Anna Kowalski again"}, headers=headers)
    assert replicas[1].received[0]["message"] == "<PERSON_1> again"
    assert response.json()["reply"].endswith("Anna Kowalski again")
    for app in apps:
        await app.guard.aclose()


async def test_redis_down_fails_closed(detector: Detector) -> None:
    config = GuardConfig(detector="patterns", redis_url="redis://127.0.0.1:1/0", secret_key="k")
    chat = ChatApp()
    app = PiiGuardMiddleware(chat.app, guard=Guard(config, detector=detector))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as c:
        response = await c.post("/chat", json={"message": "I am Anna Kowalski"})
    assert response.status_code == 503
    assert chat.received == []


async def test_a_value_that_does_not_open_fails_the_reply_closed(
    detector: Detector, redis_url: str, redis_prefix: str
) -> None:
    """A sealed value changed in Redis is never restored, and never sent as stored."""
    from redis.asyncio import Redis

    config = GuardConfig(
        detector="patterns", redis_url=redis_url, redis_prefix=redis_prefix, secret_key="shared"
    )
    chat = ChatApp()
    guard = Guard(config, detector=detector)
    app = PiiGuardMiddleware(chat.app, guard=guard)
    headers = {"x-session-id": "tampered-session"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as c:
        first = await c.post("/chat", json={"message": "I am Anna Kowalski"}, headers=headers)
        assert first.json()["reply"].endswith("Anna Kowalski")
        raw = Redis.from_url(redis_url)
        [key] = [k async for k in raw.scan_iter(match=f"{redis_prefix}:vault:*")]
        await raw.hset(key, "p:<PERSON_1>", "Jan Nowak")  # a plain value planted in the vault
        await raw.aclose()
        second = await c.post("/chat", json={"message": "hello"}, headers=headers)
    # Not "unavailable": waiting does not make an altered value open (acl12).
    assert second.status_code == 500
    assert second.json()["error"]["code"] == "vault_value_unreadable"
    assert "retry-after" not in second.headers
    assert "Jan Nowak" not in second.text and "Anna" not in second.text
    await guard.aclose()
