"""A subject token lives at most `subject_token_max_lifetime_seconds` (`exp - iat`; one
without `iat` is refused), and the subject's own export needs a token issued at most
`subject_token_export_max_age_seconds` ago: a captured token reads for a bounded time, and
a captured chat token cannot export everything held. Real proxy (uvicorn), real Redis."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.proxy import ProxyConfig

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .test_rights import GIVE, SECRET, chat, settings
from .test_token_audience import jwt as sign

pytestmark = pytest.mark.redis

HEADER = "x-piiguard-subject-token"


def token(
    subject: str = "alice", *, issued: float = 0.0, lifetime: float = 600, **more: Any
) -> str:
    """A token issued `issued` seconds from now, living `lifetime` seconds (`iat` None: none)."""
    now = int(time.time())
    claims: dict[str, Any] = {"sub": subject, "aud": TOKEN_AUDIENCE, "jti": f"j{time.time_ns()}"}
    iat = now + issued
    claims["iat"] = int(iat)
    claims["exp"] = int(iat + lifetime)
    claims.update(more)
    return sign({k: v for k, v in claims.items() if v is not None}, secret=SECRET)


def proxy(make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, **extra: Any) -> Any:
    return make_proxy(settings(redis_url, redis_prefix), subject_token_secret=SECRET, **extra)


ACCEPTED = {
    "an hour exactly (the default bound)": lambda: token(lifetime=3600),
    "a minute": lambda: token(lifetime=60),
    "issued 50 minutes ago, 10 left": lambda: token(issued=-3000, lifetime=3600),
    "an hour with not-before": lambda: token(lifetime=3600, nbf=int(time.time())),
}
REFUSED = {
    "an hour and a second": (lambda: token(lifetime=3601), "token_lifetime_too_long"),
    "a day": (lambda: token(lifetime=86_400), "token_lifetime_too_long"),
    "a year": (lambda: token(lifetime=365 * 86_400), "token_lifetime_too_long"),
    "issued 2 h ago, still 10 min left": (
        lambda: token(issued=-7200, lifetime=7800), "token_lifetime_too_long"
    ),
    "no iat": (lambda: token(iat=None), "invalid_token"),
    "no iat, a year": (lambda: token(iat=None, lifetime=365 * 86_400), "invalid_token"),
}


def test_a_token_lives_at_most_the_maximum_lifetime(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        for name, make in ACCEPTED.items():
            reply = c.get("/consent/me", headers={HEADER: make()})
            assert reply.status_code == 200, (name, reply.text)
        for name, (make, code) in REFUSED.items():
            minted = make()
            reply = c.get("/consent/me", headers={HEADER: minted})
            assert reply.status_code == 401, name
            assert reply.json()["error"]["code"] == code, name
            message = reply.json()["error"]["message"]
            assert ("iat" in message) if "no iat" in name else ("shorter-lived" in message)
            for part in minted.split("."):
                assert part not in reply.text, name
            assert "alice" not in reply.text
            # A refused token chats for nobody either.
            chat_reply = c.post("/v1/chat/completions", json=chat("hi"), headers={HEADER: minted})
            assert chat_reply.status_code == 401, name


def test_the_maximum_lifetime_is_a_setting(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(
        make_proxy, redis_url, redis_prefix, subject_token_max_lifetime_seconds=600,
        subject_token_export_max_age_seconds=60,
    ) as url, httpx.Client(base_url=url) as c:
        assert c.get("/consent/me", headers={HEADER: token(lifetime=600)}).status_code == 200
        assert c.get("/consent/me", headers={HEADER: token(lifetime=601)}).status_code == 401


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("subject_token_max_lifetime_seconds", 59),
        ("subject_token_max_lifetime_seconds", 7 * 86_400 + 1),
        ("subject_token_export_max_age_seconds", -1),
        ("subject_token_export_max_age_seconds", 3601),
    ],
)
def test_lifetime_settings_out_of_bounds_refuse_to_start(name: str, value: int) -> None:
    with pytest.raises(ConfigError, match=name):
        ProxyConfig(
            guard=GuardConfig(detector="patterns"),
            upstream_url="http://127.0.0.1:9",
            subject_token_secret=SECRET,
            subject_token_audience=TOKEN_AUDIENCE,
            **{name: value},
        )


def test_an_export_needs_a_freshly_issued_token(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        assert c.post("/consent", json=GIVE, headers={HEADER: token()}).status_code == 201
        old = {HEADER: token(issued=-600, lifetime=1200)}  # valid for 10 more minutes
        assert c.get("/consent/me/export", headers=old).json()["error"]["code"] == "token_too_old"
        for path in ("/consent/me/export", "/consent/me/export/", "//consent/me/export"):
            refused = c.get(path, headers=old)
            # 401 token_too_old, or a path the router does not serve (404): never data.
            assert refused.status_code in (401, 404), path
            assert refused.json()["error"]["code"] in ("token_too_old", "not_found"), path
            assert "records" not in refused.text and "alice" not in refused.text
        # The same token still reads the consent state and chats (bounded by its lifetime).
        assert c.get("/consent/me", headers=old).status_code == 200
        assert c.post("/v1/chat/completions", json=chat("hi"), headers=old).status_code == 200
        fresh = c.get("/consent/me/export", headers={HEADER: token(issued=-60)})
        assert fresh.status_code == 200
        assert fresh.json()["records"]


def test_export_freshness_off_takes_any_unexpired_token(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(
        make_proxy, redis_url, redis_prefix, subject_token_export_max_age_seconds=0
    ) as url, httpx.Client(base_url=url) as c:
        old = {HEADER: token(issued=-600, lifetime=1200)}
        assert c.get("/consent/me/export", headers=old).status_code == 200


def test_a_token_beside_a_key_that_names_nobody_is_held_to_the_same_rules(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """A client key that names no subject (`KEY`) only authenticates the client: the
    subject is the token's, so the token's rules hold (fresh for an export, one change)."""
    plain_key = "acl11-plain-key-0123456789"
    with proxy(
        make_proxy, redis_url, redis_prefix, client_keys=(plain_key,)
    ) as url, httpx.Client(base_url=url) as c:
        key = {"x-api-key": plain_key}
        grant = {**key, HEADER: token()}
        assert c.post("/consent", json=GIVE, headers=grant).status_code == 201
        replayed = c.post("/consent", json=GIVE, headers=grant)
        assert replayed.status_code == 401 and replayed.json()["error"]["code"] == "token_replayed"
        old = {**key, HEADER: token(issued=-600, lifetime=1200)}
        refused = c.get("/consent/me/export", headers=old)
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "token_too_old"
        assert c.get("/consent/me/export", headers={**key, HEADER: token()}).status_code == 200
