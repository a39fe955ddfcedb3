"""Subject tokens name who they are for: a token minted for one deployment (its
`subject_token_audience`) is refused by every other one that shares the secret; the
issuer, expiry and not-before are checked with a bounded clock skew; the v1 format, which
has no audience, is refused unless `subject_token_legacy` accepts it explicitly. Real
proxy (uvicorn) and the real Redis; the tokens are built here by hand (HS256 JWTs), as
any front end's JWT library would, so a bug in piiguard's own minting cannot hide one in
its checking."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import httpx
import pytest

from piiguard.exceptions import ConfigError

from .conftest import ProxyFactory
from .test_rights import settings

pytestmark = pytest.mark.redis

SECRET = "audience-token-secret-0123456789abcdef"
AUD = "https://chat.example/piiguard"
OTHER_AUD = "https://analytics.example/piiguard"
ISSUER = "https://id.example"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(
    claims: dict[str, Any] | str,
    *,
    secret: str = SECRET,
    header: dict[str, Any] | None = None,
) -> str:
    head = b64(json.dumps(header or {"alg": "HS256", "typ": "JWT"}).encode())
    body = b64((claims if isinstance(claims, str) else json.dumps(claims)).encode())
    mac = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(mac)}"


def legacy(subject: str, *, secret: str = SECRET) -> str:
    part, expiry = b64(subject.encode()), str(int(time.time()) + 600)
    message = b"piiguard-subject-token:v1:" + f"{part}.{expiry}".encode()
    return f"{part}.{expiry}.{b64(hmac.new(secret.encode(), message, hashlib.sha256).digest())}"


def claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {"sub": "alice", "aud": AUD, "exp": now + 600, "iat": now}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def accepted() -> dict[str, str]:
    """Minted when the test runs (the clock skew is 30 s)."""
    now = int(time.time())
    return {
        "audience": jwt(claims()),
        "audience in a list": jwt(claims(aud=[OTHER_AUD, AUD])),
        "expired within the clock skew": jwt(claims(exp=now - 5)),
        "not before, within the clock skew": jwt(claims(nbf=now + 5)),
        "issued a little in the future": jwt(claims(iat=now + 5)),
        "an issuer, none configured": jwt(claims(iss=ISSUER)),
        "a key id in the header": jwt(claims(), header={"alg": "HS256", "typ": "JWT", "kid": "k1"}),
    }


def refused() -> dict[str, str]:
    now = int(time.time())
    return {
        "another deployment's audience": jwt(claims(aud=OTHER_AUD)),
        "no audience": jwt(claims(aud=None)),
        "an empty audience": jwt(claims(aud="")),
        "audience list without ours": jwt(claims(aud=[OTHER_AUD])),
        "audience of another case": jwt(claims(aud=AUD.upper())),
        "audience as a number": jwt(claims(aud=7)),
        "expired beyond the clock skew": jwt(claims(exp=now - 120)),
        "not yet valid": jwt(claims(nbf=now + 600)),
        "issued in the future": jwt(claims(iat=now + 600)),
        "no expiry": jwt(claims(exp=None)),
        # Since acl11 a token's life (exp - iat) is bounded: without iat it is unknown.
        "no iat": jwt(claims(iat=None)),
        "expiry as text": jwt(claims(exp=str(now + 600))),
        "expiry true": jwt(claims(exp=True)),
        "expiry past any float": jwt(claims(exp=10**400)),
        "not-before past any float": jwt(claims(nbf=-(10**400))),
        "expiry 1e400": jwt(json.dumps(claims(exp="X")).replace('"X"', "1e400")),
        "expiry NaN": jwt(json.dumps(claims(exp="X")).replace('"X"', "NaN")),
        "expiry Infinity": jwt(json.dumps(claims(exp="X")).replace('"X"', "Infinity")),
        "no subject": jwt(claims(sub=None)),
        "subject a number": jwt(claims(sub=7)),
        "subject with a zero-width space": jwt(claims(sub="ali\u200bce")),
        "two subjects, the last alice": jwt(
            json.dumps(claims()).replace('"sub": "alice"', '"sub": "bob", "sub": "alice"')
        ),
        "claims not an object": jwt('["alice"]'),
        "another secret": jwt(claims(), secret="another-secret-0123456789abcdef-xyz"),
        "alg none": jwt(claims(), header={"alg": "none", "typ": "JWT"}).rsplit(".", 1)[0] + ".",
        "alg HS512": jwt(claims(), header={"alg": "HS512", "typ": "JWT"}),
        "alg hs256": jwt(claims(), header={"alg": "hs256", "typ": "JWT"}),
        "typ not JWT": jwt(claims(), header={"alg": "HS256", "typ": "at+jwt+x"}),
        "a critical header": jwt(claims(), header={"alg": "HS256", "crit": ["exp"], "exp": 1}),
        "padded signature": jwt(claims()) + "=",
        "four parts": jwt(claims()) + ".e30",
        "a v1 token (no audience)": legacy("alice"),
    }


def run(make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, tokens: dict[str, str],
        **proxy_settings: Any) -> dict[str, httpx.Response]:
    proxy_settings.setdefault("subject_token_audience", AUD)
    with (
        make_proxy(settings(redis_url, redis_prefix), subject_token_secret=SECRET,
                   **proxy_settings) as url,
        httpx.Client(base_url=url) as c,
    ):
        return {
            name: c.get("/consent/me", headers={"x-piiguard-subject-token": token})
            for name, token in tokens.items()
        }


def test_tokens_for_this_deployment_are_accepted(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    replies = run(make_proxy, redis_url, redis_prefix, accepted())
    assert {n: r.status_code for n, r in replies.items()} == {n: 200 for n in replies}


def test_tokens_for_another_audience_or_out_of_time_are_refused(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    replies = run(make_proxy, redis_url, redis_prefix, refused())
    assert {n: r.status_code for n, r in replies.items()} == {n: 401 for n in replies}
    for name, reply in replies.items():
        assert reply.json()["error"]["code"] == "invalid_token", name
        assert "alice" not in reply.text and AUD not in reply.text, name


def test_an_issuer_when_configured_must_be_the_tokens(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    tokens = {
        "ours": jwt(claims(iss=ISSUER)),
        "another issuer": jwt(claims(iss="https://evil.example")),
        "no issuer": jwt(claims()),
    }
    replies = run(make_proxy, redis_url, redis_prefix, tokens, subject_token_issuer=ISSUER)
    assert {n: r.status_code for n, r in replies.items()} == {
        "ours": 200, "another issuer": 401, "no issuer": 401
    }


def test_a_token_of_one_deployment_is_refused_by_another_with_the_same_secret(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    for_analytics = jwt(claims(aud=OTHER_AUD))
    for_chat = jwt(claims())
    at_chat = run(make_proxy, redis_url, redis_prefix, {"a": for_analytics, "b": for_chat})
    at_analytics = run(make_proxy, redis_url, redis_prefix, {"a": for_analytics, "b": for_chat},
                       subject_token_audience=OTHER_AUD)
    assert (at_chat["a"].status_code, at_chat["b"].status_code) == (401, 200)
    assert (at_analytics["a"].status_code, at_analytics["b"].status_code) == (200, 401)


def test_v1_tokens_only_where_the_legacy_setting_accepts_them(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    forged = legacy("alice", secret="x" * 40)
    tokens = {"v1": legacy("alice"), "v2": jwt(claims()), "forged": forged}
    replies = run(make_proxy, redis_url, redis_prefix, tokens, subject_token_legacy=True)
    assert {n: r.status_code for n, r in replies.items()} == {"v1": 200, "v2": 200, "forged": 401}
    only_v1 = run(make_proxy, redis_url, redis_prefix, tokens, subject_token_legacy=True,
                  subject_token_audience="")
    assert {n: r.status_code for n, r in only_v1.items()} == {"v1": 200, "v2": 401, "forged": 401}


@pytest.mark.parametrize(
    ("proxy_settings", "named"),
    [
        ({"subject_token_secret": SECRET}, "subject_token_audience"),
        ({"subject_token_secret": SECRET, "subject_token_audience": AUD,
          "subject_token_leeway_seconds": 3600}, "subject_token_leeway_seconds"),
        ({"subject_token_secret": SECRET, "subject_token_audience": AUD,
          "subject_token_leeway_seconds": -1}, "subject_token_leeway_seconds"),
        ({"subject_token_secret": SECRET, "subject_token_audience": " "},
         "subject_token_audience"),
    ],
)
def test_a_token_secret_without_an_audience_refuses_to_start(
    proxy_settings: dict[str, Any], named: str
) -> None:
    from piiguard.config import GuardConfig
    from piiguard.proxy import ProxyConfig

    with pytest.raises(ConfigError) as raised:
        ProxyConfig(guard=GuardConfig(detector="patterns"), upstream_url="http://u",
                    **proxy_settings)
    assert named in str(raised.value) and SECRET not in str(raised.value)
