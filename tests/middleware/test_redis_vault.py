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
