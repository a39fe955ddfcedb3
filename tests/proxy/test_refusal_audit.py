"""Refused attempts are audited: a forged, expired, replayed, foreign or too long-lived
token, a key or token naming another subject, a body naming another subject, a wrong
admin key. Each leaves one `refused` entry naming the subject the attempt named by its
keyed pseudonym, a reason code and the route's template, and nothing else: no token, key,
raw id or path. The entries are bounded per minute, so forged tokens cannot grow the
audit log without bound. Real proxy (uvicorn), real Redis, a JSONL audit file."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from piiguard.auth import mint_subject_token
from piiguard.config import GuardConfig
from piiguard.consent.records import subject_pseudonym

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .test_rights import ADMIN, GIVE, SECRET, settings
from .test_token_audience import jwt as sign

pytestmark = pytest.mark.redis

HEADER = "x-piiguard-subject-token"
EMAIL_ID = "bob.marsh@example.net"  # an id that is itself an e-mail
KEYS = {"alice": "acl11-key-alice-0123456789", "backend": "acl11-key-backend-0123456789"}


def fresh(subject: str = "alice") -> str:
    return mint_subject_token(SECRET, subject, audience=TOKEN_AUDIENCE, ttl_seconds=600)


def claims(subject: str, **more: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {"sub": subject, "aud": TOKEN_AUDIENCE, "iat": now, "exp": now + 600,
            "jti": f"j{time.time_ns()}"}
    return {k: v for k, v in {**base, **more}.items() if v is not None}


def entries(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


def refused(path: Path) -> list[dict[str, Any]]:
    return [e for e in entries(path) if e["action"] == "refused"]


def guard_settings(redis_url: str, redis_prefix: str, audit: Path, **more: Any) -> dict[str, Any]:
    return {**settings(redis_url, redis_prefix), "audit_path": str(audit), **more}


def key_of(redis_url: str, redis_prefix: str, subject: str) -> str:
    config = GuardConfig(detector="patterns", **settings(redis_url, redis_prefix))
    return subject_pseudonym(config.key, subject)


# name -> (method, path, headers, body, reason, named subject, caller, route)
def attempts() -> dict[str, tuple[str, str, dict[str, str], Any, str, str | None, str | None, str]]:
    now = int(time.time())
    replayed = fresh(EMAIL_ID)
    foreign = sign(claims(EMAIL_ID, aud="https://other.example"), secret=SECRET)
    unsigned = sign(claims(EMAIL_ID), header={"alg": "none"}).rsplit(".", 1)[0] + "."
    return {
        "bad signature": ("GET", "/consent/me", {HEADER: sign(claims(EMAIL_ID), secret="z" * 40)},
                          None, "bad_signature", EMAIL_ID, None, "/consent/me"),
        "expired": ("GET", "/consent/me/export",
                    {HEADER: sign(claims(EMAIL_ID, iat=now - 900, exp=now - 300), secret=SECRET)},
                    None, "expired", EMAIL_ID, None, "/consent/me/export"),
        "wrong audience": ("POST", "/v1/chat/completions",
                           {HEADER: foreign},
                           {"model": "echo", "messages": []}, "wrong_audience", EMAIL_ID, None,
                           "/v1/chat/completions"),
        "over lifetime": ("GET", "/consent/me",
                          {HEADER: sign(claims(EMAIL_ID, exp=now + 86_400), secret=SECRET)},
                          None, "over_lifetime", EMAIL_ID, None, "/consent/me"),
        "no iat": ("GET", "/consent/me", {HEADER: sign(claims(EMAIL_ID, iat=None), secret=SECRET)},
                   None, "no_issued_at", EMAIL_ID, None, "/consent/me"),
        "alg none": ("GET", "/consent/me",
                     {HEADER: unsigned},
                     None, "wrong_algorithm", EMAIL_ID, None, "/consent/me"),
        "replayed change": ("POST", "/consent/me/erase", {HEADER: replayed}, {"confirm": "erase"},
                            "token_replayed", EMAIL_ID, None, "/consent/me/erase"),
        "token and x-user-id of another": ("GET", "/consent/me",
                                           {HEADER: fresh("alice"), "x-user-id": EMAIL_ID},
                                           None, "wrong_subject", EMAIL_ID, "alice", "/consent/me"),
        "bound key naming another": ("GET", "/consent/me",
                                     {"x-api-key": KEYS["alice"], "x-user-id": EMAIL_ID},
                                     None, "wrong_subject", EMAIL_ID, "alice", "/consent/me"),
        "body naming another": ("POST", "/consent", {HEADER: fresh("alice")},
                                {**GIVE, "subject": EMAIL_ID}, "wrong_subject", EMAIL_ID, "alice",
                                "/consent"),
        "path naming another": ("GET", f"/consent/{EMAIL_ID}", {HEADER: fresh("alice")}, None,
                                "wrong_subject", EMAIL_ID, "alice", "/consent/{subject}"),
        "self-erasure naming another": ("POST", "/consent/me/erase", {HEADER: fresh("alice")},
                                        {"confirm": "erase", "subject": EMAIL_ID}, "wrong_subject",
                                        EMAIL_ID, "alice", "/consent/me/erase"),
        "wrong client key": ("GET", "/consent/me", {"x-api-key": "wrong-key-0123456789abc"}, None,
                             "invalid_client_key", None, None, "/consent/me"),
        "x-user-id without a credential": ("GET", "/consent/me", {"x-user-id": EMAIL_ID},
                                           None, "unauthenticated_subject", EMAIL_ID, None,
                                           "/consent/me"),
        "wrong admin key": ("GET", f"/admin/consent/{EMAIL_ID}/export", {"x-api-key": "w" * 30},
                            None, "invalid_admin_key", EMAIL_ID, None, "/admin/consent"),
        "export with an old token": ("GET", "/consent/me/export",
                                     {HEADER: sign(claims(EMAIL_ID, iat=now - 1200, exp=now + 600),
                                                   secret=SECRET)},
                                     None, "token_too_old", EMAIL_ID, None, "/consent/me/export"),
    }


def test_each_refused_attempt_is_audited_by_pseudonym_and_reason(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, tmp_path: Path
) -> None:
    audit = tmp_path / "audit.jsonl"
    keys = (f"{KEYS['alice']}=alice", f"{KEYS['backend']}=*")
    table = attempts()
    with make_proxy(
        guard_settings(redis_url, redis_prefix, audit), subject_token_secret=SECRET,
        client_keys=keys,
    ) as url, httpx.Client(base_url=url) as c:
        erase = table["replayed change"][2]
        erased = c.post("/consent/me/erase", json={"confirm": "erase"}, headers=erase)
        assert erased.status_code == 200
        for name, (method, path, headers, body, reason, named, caller, route) in table.items():
            before = len(refused(audit))
            reply = c.request(method, path, headers=headers, json=body)
            assert 400 <= reply.status_code < 500, (name, reply.status_code)
            new = refused(audit)[before:]
            assert len(new) == 1, (name, new)
            entry = new[0]
            assert entry["detail"]["reason"] == reason, name
            assert entry["detail"]["route"] == route, name
            assert entry["detail"]["method"] == method, name
            expected_key = key_of(redis_url, redis_prefix, named) if named else ""
            assert entry["subject_key"] == expected_key, name
            if caller:
                assert entry["detail"]["caller_key"] == key_of(redis_url, redis_prefix, caller)
                assert entry["actor"] == "subject"
            else:
                assert "caller_key" not in entry["detail"] and entry["actor"] == "unverified"
        # A request that is let through leaves no refusal.
        before = len(refused(audit))
        assert c.get("/consent/me", headers={HEADER: fresh("alice")}).status_code == 200
        assert len(refused(audit)) == before
    text = audit.read_text()
    secrets = [EMAIL_ID, "bob.marsh", "alice\"", SECRET, ADMIN, *KEYS.values(), "w" * 30]
    secrets += [
        part for spec in table.values() for v in spec[2].values() for part in v.split(".")
        if len(part) > 8
    ]
    for secret in secrets:
        assert secret not in text, secret


def test_forged_tokens_cannot_grow_the_audit_log_without_bound(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, tmp_path: Path
) -> None:
    audit = tmp_path / "audit.jsonl"
    with make_proxy(
        guard_settings(redis_url, redis_prefix, audit, audit_refusals_per_minute=20),
        subject_token_secret=SECRET,
    ) as url, httpx.Client(base_url=url) as c:
        start = time.monotonic()
        for i in range(150):
            forged = sign(claims(f"victim-{i}"), secret="f" * 40)
            assert c.get("/consent/me", headers={HEADER: forged}).status_code == 401
        written = refused(audit)
    # One minute window, or two if the run straddled a minute's edge.
    assert len(written) <= (20 if time.monotonic() - start < 1 else 40)
    assert len(written) >= 20
