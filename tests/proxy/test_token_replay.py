"""A subject token changes what piiguard holds for its subject once: consent given or
withdrawn, a restriction set or lifted, an erasure each spend the token's `jti` (kept in
Redis until the token expires, under a name that says nothing of who), so a captured
token cannot replay them; reads and chats do not spend it. Real proxy (uvicorn), real
Redis; `subject_token_single_use_changes = false` keeps the old bearer behaviour."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from piiguard.auth import mint_subject_token

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .test_rights import GIVE, SECRET, chat, settings
from .test_token_audience import jwt as sign

pytestmark = pytest.mark.redis

CONFIRM = {"confirm": "erase"}
WITHDRAW = {"action": "withdrawn"}


def fresh(subject: str = "alice", ttl: int = 600) -> dict[str, str]:
    minted = mint_subject_token(SECRET, subject, audience=TOKEN_AUDIENCE, ttl_seconds=ttl)
    return {"x-piiguard-subject-token": minted}


def without_id(subject: str = "alice") -> dict[str, str]:
    """A valid token with no `jti` (what a front end minted before this rule)."""
    now = int(time.time())
    claims = {"sub": subject, "aud": TOKEN_AUDIENCE, "exp": now + 600, "iat": now}
    return {"x-piiguard-subject-token": sign(claims, secret=SECRET)}


# (method, path, body): every change a subject makes to its own data.
CHANGES = {
    "consent given": ("POST", "/consent", GIVE),
    "consent withdrawn": ("POST", "/consent", WITHDRAW),
    "restriction set": ("POST", "/consent/me/restriction", None),
    "restriction lifted": ("DELETE", "/consent/me/restriction", None),
    "erasure": ("POST", "/consent/me/erase", CONFIRM),
}


def send(c: httpx.Client, change: str, headers: dict[str, str]) -> httpx.Response:
    method, path, body = CHANGES[change]
    return c.request(method, path, json=body, headers=headers)


def proxy(make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, **extra: Any) -> Any:
    return make_proxy(settings(redis_url, redis_prefix), subject_token_secret=SECRET, **extra)


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_token_makes_a_change_once(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, change: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        assert c.post("/consent", json=GIVE, headers=fresh()).status_code == 201
        if change == "restriction lifted":
            assert send(c, "restriction set", fresh()).status_code < 300
        used = fresh()
        first = send(c, change, used)
        assert first.status_code < 300, first.text
        replayed = send(c, change, used)
        assert replayed.status_code == 401
        assert replayed.json()["error"]["code"] == "token_replayed"
        assert "alice" not in replayed.text
        assert used["x-piiguard-subject-token"] not in replayed.text
        # Another change with the same token is a replay too; a fresh token works.
        other = "consent given" if change != "consent given" else "consent withdrawn"
        assert send(c, other, used).json()["error"]["code"] == "token_replayed"
        assert send(c, other, fresh()).status_code < 300


def test_a_replayed_withdrawal_or_grant_changes_nothing(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        grant = fresh()
        assert c.post("/consent", json=GIVE, headers=grant).status_code == 201
        assert c.post("/consent", json=WITHDRAW, headers=fresh()).status_code == 201
        # The captured grant, replayed after the person withdrew: refused, still withdrawn.
        assert c.post("/consent", json=GIVE, headers=grant).status_code == 401
        records = c.get("/consent", headers=fresh()).json()["records"]
        assert [r["state"] for r in records] == ["withdrawn"]


def test_reads_and_chats_do_not_spend_the_token(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        used = fresh()
        for _ in range(3):
            assert c.get("/consent/me", headers=used).status_code == 200
            assert c.get("/consent/me/export", headers=used).status_code == 200
            assert c.get("/consent", headers=used).status_code == 200
            assert c.post("/v1/chat/completions", json=chat("hi"), headers=used).status_code == 200
        # Unspent: its one change still works.
        assert c.post("/consent", json=GIVE, headers=used).status_code == 201


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_token_without_an_id_cannot_make_a_change(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, change: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        assert c.post("/consent", json=GIVE, headers=fresh()).status_code == 201
        old = without_id()
        refused = send(c, change, old)
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "single_use_token_required"
        # It still reads: the person's export is whole (nothing was erased or changed).
        assert c.get("/consent/me", headers=old).status_code == 200
        assert "given" in c.get("/consent/me", headers=fresh()).text


def test_a_refused_change_gives_the_use_back(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """Another subject named (403), an invalid body (422), no confirmation (4xx), a
    redirect (307): nothing changed, so the person corrects the request with the same
    token."""
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        used = fresh()
        assert c.post("/consent", json={**GIVE, "subject": "bob"}, headers=used).status_code == 403
        assert c.post("/consent", json={**GIVE, "action": "maybe"}, headers=used).status_code == 422
        assert c.post("/consent/me/erase", json={}, headers=used).status_code >= 400
        # A redirect (the router's trailing-slash one) changes nothing either.
        assert c.post("/consent/", json=GIVE, headers=used).status_code == 307
        assert c.post("/consent", json=GIVE, headers=used).status_code == 201
        assert c.post("/consent", json=GIVE, headers=used).status_code == 401


def test_concurrent_replays_make_one_change(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url:
        used = fresh()

        async def race() -> list[int]:
            async with httpx.AsyncClient(base_url=url) as c:
                replies = await asyncio.gather(
                    *(c.post("/consent", json=GIVE, headers=used) for _ in range(12))
                )
            return sorted(r.status_code for r in replies)

        assert asyncio.run(race()) == [201] + [401] * 11


def test_the_use_is_kept_until_the_token_expires_under_a_name_that_says_nothing(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    from redis import Redis

    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        used = fresh(ttl=120)
        token = used["x-piiguard-subject-token"]
        assert c.post("/consent", json=GIVE, headers=used).status_code == 201
    client = Redis.from_url(redis_url)
    try:
        keys = [k.decode() for k in client.scan_iter(f"{redis_prefix}:token-use:*")]
        assert len(keys) == 1
        name = keys[0]
        assert "alice" not in name and token not in name
        for part in token.split("."):
            assert part not in name
        assert client.get(name) == b"1"
        # The token's life (120 s) plus the clock skew (30 s), never forever.
        assert 100 < client.pttl(name) / 1000 <= 150
    finally:
        client.close()


def test_the_setting_off_keeps_tokens_bearer_tokens(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with (
        proxy(make_proxy, redis_url, redis_prefix, subject_token_single_use_changes=False) as url,
        httpx.Client(base_url=url) as c,
    ):
        used = without_id()
        assert c.post("/consent", json=GIVE, headers=used).status_code == 201
        assert c.post("/consent", json=WITHDRAW, headers=used).status_code == 201
        assert c.post("/consent", json=GIVE, headers=used).status_code == 201
