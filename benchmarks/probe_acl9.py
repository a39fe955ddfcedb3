"""The acl9 black-box pass: acting for another subject by every route, children's consent,
withdrawal racing chat turns, erasure completeness, retention, and nothing personal in
Redis key names, metrics, error bodies or DEBUG logs. A real proxy on uvicorn in front of
the tests' recording upstream, the real Redis (fresh key prefixes, removed at the end).
Prints one line per probe, PASS or FAIL against what the design says; the same script
runs on any tree (tokens are built here, in whichever format the tree's proxy takes, and
a v1 token without an audience is always one of the attacks).

    PYTHONPATH=. python benchmarks/probe_acl9.py [--redis-url redis://127.0.0.1:6379/0]
"""

# ruff: noqa: E501  (the probe tables keep one probe per line)
from __future__ import annotations

import argparse
import asyncio
import base64
import dataclasses
import hashlib
import hmac
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT), str(ROOT / "benchmarks")]

from at_rest import dump_redis, leaks  # noqa: E402
from probe_harness import drop_prefix, keep_log_records, redis_url_option, scratch  # noqa: E402
from servers import serve  # noqa: E402

from piiguard.config import GuardConfig  # noqa: E402
from piiguard.pipeline import Guard  # noqa: E402
from piiguard.proxy import ProxyConfig, create_app  # noqa: E402
from piiguard.proxy.app import guard_config_for  # noqa: E402
from tests.proxy.conftest import make_detector  # noqa: E402
from tests.proxy.upstream import RecordingUpstream  # noqa: E402

SECRET = "probe9-token-secret-0123456789abcdefgh"
AUD, OTHER_AUD = "https://chat.example/piiguard", "https://analytics.example/piiguard"
ADMIN = "probe9-admin-key-0123456789"
KEYS = {
    "alice": "key9-alice-0123456789abcdef",
    "carol": "key9-carol-0123456789abcdef",
    "zoe": "key9-zoe-nfc-0123456789abcdef",
    "backend": "key9-backend-0123456789abcdef",
}
ZOE_NFC = unicodedata.normalize("NFC", "Zo\u00eb-9a7b")
ZOE_NFD = unicodedata.normalize("NFD", ZOE_NFC)
EMAIL, PHONE, CARD = "anna.kowalski@example.org", "+48 601 234 567", "4111 1111 1111 1111"
KID_EMAIL, RACE_EMAIL, ZOE_EMAIL = "kid.nowak@example.org", "race.runner@example.org", "zoe.dupont@example.org"
SUBJECT, SESSION = "subject-9a7b-anna", "session-x81c-anna"
VALUES = [EMAIL, PHONE, CARD, "4111111111111111", KID_EMAIL, RACE_EMAIL, ZOE_EMAIL]
IDS = [SUBJECT, SESSION, ZOE_NFC, ZOE_NFD, "kid-subject-77x", "race-subject-41q"]
CREDENTIALS = [ADMIN, SECRET, *KEYS.values()]
GIVE = {"action": "given", "notice_version": "v1", "consent_text": "I agree"}
failures: list[str] = []
replies: list[httpx.Response] = []
JWT_TOKENS = "subject_token_audience" in {f.name for f in dataclasses.fields(ProxyConfig)}
# Since acl10 a token makes one change (it needs a `jti`): every change below gets a fresh one.
SINGLE_USE = "subject_token_single_use_changes" in {f.name for f in dataclasses.fields(ProxyConfig)}


def check(name: str, got: Any, ok: bool) -> None:
    print(f"{'PASS' if ok else 'FAIL'}  {name:64s} {str(got)[:66]}")
    if not ok:
        failures.append(name)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def v1_token(subject: str, *, secret: str = SECRET, ttl: float = 600) -> str:
    """The v1 format: no audience, any deployment sharing the secret takes it."""
    part, expiry = _b64(subject.encode()), str(int(time.time() + ttl))
    mac = hmac.new(secret.encode(), b"piiguard-subject-token:v1:" + f"{part}.{expiry}".encode(), hashlib.sha256)
    return f"{part}.{expiry}.{_b64(mac.digest())}"


def jwt_token(subject: str, *, secret: str = SECRET, aud: Any = AUD, ttl: float = 600, alg: str = "HS256") -> str:
    now = int(time.time())
    head = _b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    claims = {"sub": subject, "aud": aud, "iat": now, "exp": now + ttl}
    if SINGLE_USE:
        claims["jti"] = uuid.uuid4().hex
    body = _b64(json.dumps(claims).encode())
    mac = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64(mac)}"


def token(subject: str) -> dict[str, str]:
    """A valid token of this deployment, in the format the tree's proxy takes."""
    minted = jwt_token(subject) if JWT_TOKENS else v1_token(subject)
    return {"x-piiguard-subject-token": minted}


def again(headers: dict[str, str], subject: str) -> dict[str, str]:
    """`headers` with a fresh token for `subject` (one change per token)."""
    return {**headers, **token(subject)}


def key(name: str) -> dict[str, str]:
    return {"authorization": f"Bearer {KEYS[name]}"}


def chat(text: str, model: str = "echo", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


@contextmanager
def proxy(upstream_url: str, guard: dict[str, Any], **settings: Any) -> Iterator[str]:
    if JWT_TOKENS:
        settings.setdefault("subject_token_audience", AUD)
    guard_config = GuardConfig(detector="patterns", **guard)
    config = ProxyConfig(guard=guard_config, upstream_url=upstream_url, **settings)
    with serve(create_app(config, guard=Guard(guard_config_for(config), detector=make_detector()))) as url:
        yield url


async def _dump(redis_url: str, prefix: str) -> list[str]:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        texts, _ = await dump_redis(client, prefix)
        return texts
    finally:
        await client.aclose()


def escaped_leaks(texts: list[str], secrets: list[str]) -> list[str]:
    """`at_rest.leaks` plus the JSON-escaped and Unicode-normalised forms of each secret."""
    found = leaks(texts, secrets)
    blob = "\n".join(texts)
    for secret in secrets:
        variants = {json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
        variants |= {unicodedata.normalize(f, secret) for f in ("NFC", "NFD", "NFKC")}
        variants |= {json.dumps(v)[1:-1] for v in list(variants)}
        if any(v in blob for v in variants - {secret}) and not any(f.startswith(f"{secret} as") for f in found):
            found.append(f"{secret} escaped or normalised")
    return found


class Client(httpx.Client):
    """Keeps every reply, so their bodies and headers can be scanned at the end."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        reply = super().send(request, **kwargs)
        reply.read()
        replies.append(reply)
        return reply


def xlen(redis_url: str, prefix: str) -> int:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.xlen(f"{prefix}:training"))
    finally:
        client.close()


def settle(redis_url: str, prefix: str, seconds: float = 1.0) -> int:
    """The training stream's length once it stopped growing for `seconds` (background
    writes drained)."""
    last, since = -1, time.monotonic()
    while True:
        now = xlen(redis_url, prefix)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= seconds:
            return now
        time.sleep(0.05)


# -- acting for another subject ---------------------------------------------------------------


def identity_probes(c: Client, redis_url: str, prefix: str) -> None:
    backend = key("backend")
    c.post("/consent", json=GIVE, headers=key("alice"))
    c.post("/consent", json=GIVE, headers={**backend, "x-user-id": "bob"})
    status: list[tuple[str, str, str, Any, Any, tuple[int, ...]]] = [
        ("v1 token (no audience) signed with the shared secret", "GET", "/consent/me", None, {"x-piiguard-subject-token": v1_token("bob")}, (401,)),
        ("JWT for another audience (another deployment)", "GET", "/consent/me", None, {"x-piiguard-subject-token": jwt_token("bob", aud=OTHER_AUD)}, (401,)),
        ("JWT with no audience", "GET", "/consent/me", None, {"x-piiguard-subject-token": jwt_token("bob", aud=None)}, (401,)),
        ("JWT alg none", "GET", "/consent/me", None, {"x-piiguard-subject-token": jwt_token("bob", alg="none").rsplit(".", 1)[0] + "."}, (401,)),
        ("JWT HS512 label on an HS256 MAC", "GET", "/consent/me", None, {"x-piiguard-subject-token": jwt_token("bob", alg="HS512")}, (401,)),
        ("JWT of another secret", "GET", "/consent/me", None, {"x-piiguard-subject-token": jwt_token("bob", secret="x" * 40)}, (401,)),
        ("JWT expired an hour ago", "GET", "/consent/me", None, {"x-piiguard-subject-token": jwt_token("bob", ttl=-3600)}, (401,)),
        ("two x-user-id: alice, then bob (back-end key)", "GET", "/consent/me", None, [*backend.items(), ("x-user-id", "alice"), ("x-user-id", "bob")], (400,)),
        ("two x-user-id: bob, then alice (back-end key)", "GET", "/consent/me", None, [*backend.items(), ("x-user-id", "bob"), ("x-user-id", "alice")], (400,)),
        ("two subject tokens: alice's and bob's", "GET", "/consent/me", None, [("x-piiguard-subject-token", token("alice")["x-piiguard-subject-token"]), ("x-piiguard-subject-token", token("bob")["x-piiguard-subject-token"])], (400, 401)),
        ("two X-API-Key: alice's key and the back end's", "GET", "/consent/me", None, [("x-api-key", KEYS["alice"]), ("x-api-key", KEYS["backend"]), ("x-user-id", "bob")], (400, 401)),
        ("key bound to alice, x-user-id Alice", "GET", "/consent/me", None, {**key("alice"), "x-user-id": "Alice"}, (403,)),
        ("key bound to alice, x-user-id al%69ce", "GET", "/consent/me", None, {**key("alice"), "x-user-id": "al%69ce"}, (403,)),
        ("key bound to alice, x-user-id with a zero-width space", "GET", "/consent/me", None, {**key("alice"), "x-user-id": "ali\u200bce".encode()}, (400, 403)),
        ("back-end key, x-user-id bob with a zero-width space", "GET", "/consent/me", None, {**backend, "x-user-id": "bob\u200b".encode()}, (400,)),
        ("key bound to Zoë (NFC), x-user-id Zoë (NFD): the same subject", "GET", "/consent/me", None, {**key("zoe"), "x-user-id": ZOE_NFD.encode()}, (200,)),
        ("self-erase body naming Alice", "POST", "/consent/me/erase", {"confirm": "erase", "subject": "Alice"}, key("alice"), (403,)),
        ("self-erase body naming bob", "POST", "/consent/me/erase", {"confirm": "erase", "subject": "bob"}, key("alice"), (403,)),
        ("consent body naming bob with a zero-width space", "POST", "/consent", {**GIVE, "subject": "bob\u200b"}, key("alice"), (403, 422)),
        ("admin API with a subject token", "POST", "/admin/consent/export", {"subject": "bob"}, token("bob"), (401,)),
    ]
    for name, method, path, body, headers, expected in status:
        reply = c.request(method, path, json=body, headers=headers)
        check(name, f"{reply.status_code} {reply.text[:40]}", reply.status_code in expected)

    mine = c.get("/consent/me?subject=bob&user=bob&x-user-id=bob&user_id=bob", headers=key("alice"))
    check("query naming bob: alice's own answer", mine.status_code, mine.status_code == 200 and len(mine.json()["records"]) == 1)
    # carol has no consent, bob has: a chat by carol naming bob in body fields must not
    # be written for training under bob (or at all).
    before = settle(redis_url, prefix, 0.5)
    for extra in ({"user": "bob"}, {"metadata": {"user_id": "bob"}}, {"safety_identifier": "bob"}, {"user": "bob", "metadata": {"user_id": "bob", "subject": "bob"}}):
        c.post("/v1/chat/completions", json=chat(f"carol writes {EMAIL}", **extra), headers={**key("carol"), "x-session-id": "carol-s"})
    after = settle(redis_url, prefix, 0.5)
    check("body user/metadata.user_id/safety_identifier naming bob", f"{before} -> {after}", after == before)
    bob = c.post("/admin/consent/export", json={"subject": "bob"}, headers={"x-api-key": ADMIN}).json()
    check("bob's export holds nothing of carol's", len(bob.get("training_records", [])), EMAIL not in json.dumps(bob))


def unicode_probes(c: Client, redis_url: str, prefix: str) -> None:
    nfd = token(ZOE_NFD)
    c.post("/consent", json=GIVE, headers=nfd)
    c.post("/v1/chat/completions", json=chat(f"zoe at {ZOE_EMAIL}"), headers={**nfd, "x-session-id": "zoe-s"})
    settle(redis_url, prefix, 0.5)
    seen = c.post("/admin/consent/lookup", json={"subject": ZOE_NFC}, headers={"x-api-key": ADMIN})
    check("operator's NFC id finds the NFD token's consent", seen.status_code, seen.status_code == 200 and len(seen.json().get("records", [])) == 1)
    erased = c.post("/admin/consent/erase", json={"subject": ZOE_NFC}, headers={"x-api-key": ADMIN})
    left = c.get("/consent/me/export", headers=nfd).json()
    check("operator's NFC erasure erases the NFD subject", left.get("vault"), erased.status_code == 200 and not left.get("vault") and not left.get("training_records"))
    found = escaped_leaks(asyncio.run(_dump(redis_url, prefix)), [ZOE_EMAIL])
    check("Zoë's value nowhere in Redis after the erasure", found, not found)


# -- children -------------------------------------------------------------------------------


def minor_probes(c: Client, redis_url: str, prefix: str) -> None:
    kid = {**token("kid-subject-77x"), "x-session-id": "kid-s"}
    c.post("/consent", json=GIVE, headers=kid)
    c.post("/v1/chat/completions", json=chat(f"I am {KID_EMAIL}"), headers=kid)
    settle(redis_url, prefix, 0.5)
    with_rows = c.get("/consent/me/export", headers=kid).json()
    said = c.post("/consent", json={**GIVE, "age": 15}, headers=again(kid, "kid-subject-77x"))
    check("a 15-year-old's consent is recorded as a minor's", said.status_code, said.status_code in (201, 422))
    export = c.get("/consent/me/export", headers=kid).json()
    check("earlier training rows and vault values erased", f"{len(with_rows['training_records'])} -> {len(export['training_records'])}", with_rows["training_records"] and not export["training_records"] and KID_EMAIL not in json.dumps(export["vault"]))
    before = settle(redis_url, prefix, 0.3)
    attempts = [
        {**GIVE},
        {**GIVE, "age": 16},
        {**GIVE, "age": 30, "minor": False},
        {**GIVE, "parental_consent": True},
        {**GIVE, "age": "17"},
        {**GIVE, "age": 15.9},
        {**GIVE, "purpose": "model_training", "minor": False},
    ]
    codes = []
    for body in attempts:
        codes.append(c.post("/consent", json=body, headers=again(kid, "kid-subject-77x")).status_code)
        c.post("/v1/chat/completions", json=chat(f"again {KID_EMAIL}"), headers=kid)
    after = settle(redis_url, prefix, 0.5)
    check("no later consent (age 16, minor false, parental) re-enables", f"{codes} rows {before}->{after}", after == before)
    for body in ({**GIVE, "age": 12, "parental_consent": True}, {**GIVE, "age": 12, "guardian": "mother"}):
        child = {**token(f"child-{uuid.uuid4().hex[:6]}")}
        reply = c.post("/consent", json=body, headers=child)
        c.post("/v1/chat/completions", json=chat(f"child {KID_EMAIL}"), headers=child)
        rows = settle(redis_url, prefix, 0.3)
        check(f"child 12 with {sorted(set(body) - set(GIVE) - {'age'})}: nothing written", f"{reply.status_code} rows {rows}", rows == after)


# -- withdrawal racing chat turns ---------------------------------------------------------------


def race_probe(c: Client, url: str, redis_url: str, prefix: str) -> None:
    """Turns keep coming from 4 clients (fast and slow upstreams) before, during and after
    the withdrawal: rows are written before it, none lands after it answered."""
    racer = {**token("race-subject-41q"), "x-session-id": "race-s"}
    c.post("/consent", json=GIVE, headers=racer)
    start = settle(redis_url, prefix, 0.3)
    stop = threading.Event()
    results: list[int] = []

    def turns(worker: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as own:
            i = 0
            while not stop.is_set():
                model = ("echo", "stream", "slow", "echo")[worker]
                reply = own.post("/v1/chat/completions", json=chat(f"turn {worker}.{i} {RACE_EMAIL}", model), headers={**racer, "x-session-id": f"race-{worker}"})
                results.append(reply.status_code)
                i += 1

    threads = [threading.Thread(target=turns, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 20
    while xlen(redis_url, prefix) < start + 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    withdrawn = c.post("/consent", json={"action": "withdrawn"}, headers=again(racer, "race-subject-41q"))
    at_withdrawal = xlen(redis_url, prefix)
    time.sleep(2.0)  # more turns (a slow one included) after the withdrawal
    stop.set()
    for t in threads:
        t.join()
    final = settle(redis_url, prefix, 1.0)
    check("withdrawal racing turns: rows before, none after it answered", f"{withdrawn.status_code} {start}->{at_withdrawal}->{final}, {len(results)} turns {sorted(set(results))}", withdrawn.status_code == 201 and at_withdrawal > start and final == at_withdrawal)


def erasure_race_probe(c: Client, url: str, redis_url: str, prefix: str) -> None:
    """Turns with a fresh value each keep coming while the subject's erasure runs: no value
    of a turn that had finished before the erasure was asked for survives it, and none of
    a turn in flight during it either (the erasure answered: erased)."""
    who = {**token("erase-race-subject-8d"), "x-session-id": "er-s"}
    c.post("/consent", json=GIVE, headers=who)
    stop = threading.Event()
    turns: list[tuple[str, float, float]] = []  # (value, sent at, answered at)

    def worker(w: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as own:
            i = 0
            while not stop.is_set():
                value = f"er{w}x{i}.racer@example.org"
                sent = time.monotonic()
                own.post("/v1/chat/completions", json=chat(f"mail {value}", ("echo", "slow", "stream")[w]), headers={**who, "x-session-id": f"er-{w}"})
                turns.append((value, sent, time.monotonic()))
                i += 1

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(3)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    sessions = ["er-s", "er-0", "er-1", "er-2"]
    control = c.post("/admin/consent/export", json={"subject": "erase-race-subject-8d", "sessions": sessions}, headers={"x-api-key": ADMIN}).json()
    held = {v for m in control.get("vault", {}).values() for v in m.values()}
    asked = time.monotonic()
    erased = c.post("/consent/me/erase", json={"confirm": "erase"}, headers=again(who, "erase-race-subject-8d"))
    answered = time.monotonic()
    stop.set()
    for t in threads:
        t.join()
    settle(redis_url, prefix, 0.5)
    # The operator names the sessions too, so their vault hashes are read even if no link
    # to them is left (the control above read the values there before the erasure).
    export = c.post("/admin/consent/export", json={"subject": "erase-race-subject-8d", "sessions": sessions}, headers={"x-api-key": ADMIN}).json()
    kept = {v for m in export.get("vault", {}).values() for v in m.values()}
    before = [v for v, _, done in turns if done < asked]
    during = [v for v, sent, done in turns if sent < answered and done >= asked]
    after = [v for v, sent, _ in turns if sent >= answered]
    check("erasure racing turns: nothing of turns finished before it", f"{erased.status_code} {len(before)} before ({len(held)} held), {len(set(before) & kept)} kept", erased.status_code == 200 and len(held) > 1 and before and not set(before) & kept)
    check("erasure racing turns: nothing of turns in flight during it", f"{len(during)} in flight, {len(set(during) & kept)} kept; {len(after)} after, {len(set(after) & kept)} kept", not set(during) & kept)


# -- erasure completeness, at rest, logs, metrics ----------------------------------------------


def erasure_probe(c: Client, redis_url: str, prefix: str, files: list[Path]) -> None:
    h = {**token(SUBJECT), "x-session-id": SESSION}
    c.post("/consent", json={**GIVE, "session_id": SESSION}, headers=h)
    for body in (chat(f"I am {EMAIL}, call {PHONE}"), chat(f"card {CARD}", "stream"),
                 {"model": "echo", "messages": [{"role": "system", "content": f"user mail {EMAIL}"}, {"role": "user", "content": "hi"}]}):
        c.post("/v1/chat/completions", json=body, headers=h)
    c.get(f"/v1/models?q={EMAIL}", headers=h)
    c.get("/v1/models", headers={**h, "x-extra": PHONE})
    settle(redis_url, prefix, 0.5)
    export = c.get("/consent/me/export", headers=h)
    check("self export holds the subject's own values", export.status_code, EMAIL in export.text and PHONE.replace(" ", "") in export.text.replace(" ", ""))
    erased = c.post("/consent/me/erase", json={"confirm": "erase"}, headers=again(h, SUBJECT))
    texts = asyncio.run(_dump(redis_url, prefix))
    found = escaped_leaks(texts, [EMAIL, PHONE, CARD, "4111111111111111", SUBJECT, SESSION])
    check("after erasure: no value/id in any key or value (all forms)", found, erased.status_code == 200 and not found)
    file_texts = [p.read_text() for p in files if p.exists()]
    found = escaped_leaks(file_texts, [EMAIL, PHONE, CARD, SUBJECT, SESSION])
    check("after erasure: training JSONL and audit file", found, not found)
    left = c.get("/consent/me/export", headers=h).json()
    given = [r for r in left["records"] if r["state"] == "given"]
    check("after erasure: export is empty", (len(left["vault"]), len(left["training_records"])), not left["vault"] and not left["training_records"] and not given)


def retention_probe(upstream_url: str, redis_url: str) -> None:
    import redis

    with scratch(redis_url, "probe-acl9-ret") as (prefix, work):
        jsonl = work / "training.jsonl"
        guard = {
            "redis_url": redis_url, "redis_prefix": prefix, "secret_key": "probe9-secret",
            "training_sink": "both", "training_jsonl_path": str(jsonl), "consent_notice_version": "v1",
            "consent_admin_key": ADMIN, "training_retention_days": 0.00002, "vault_ttl_seconds": 2,
        }
        client = redis.Redis.from_url(redis_url)
        with proxy(upstream_url, guard, subject_token_secret=SECRET) as url, Client(base_url=url, timeout=30) as c:
            h = {**token("ret-subject-3k"), "x-session-id": "ret-s"}
            c.post("/consent", json=GIVE, headers=h)
            sent = c.post("/v1/chat/completions", json=chat(f"keep {EMAIL} briefly"), headers=h)
            written = settle(redis_url, prefix, 0.5), len(jsonl.read_text().splitlines()) if jsonl.exists() else 0
            check("retention: the chat was answered and written to both sinks", f"{sent.status_code} {written}", sent.status_code == 200 and written == (1, 1))
            vault_keys = [k for k in client.scan_iter(f"{prefix}:vault:*")]
            time.sleep(3.2)
            alive = [k for k in vault_keys if client.exists(k)]
            check("vault entries gone after vault_ttl_seconds", f"{len(vault_keys)} -> {len(alive)}", bool(vault_keys) and not alive)
            env = {**os.environ, "PIIGUARD_REDIS_URL": redis_url, "PIIGUARD_REDIS_PREFIX": prefix,
                   "PIIGUARD_SECRET_KEY": "probe9-secret", "PIIGUARD_TRAINING_SINK": "both",
                   "PIIGUARD_TRAINING_JSONL_PATH": str(jsonl)}
            run = subprocess.run([sys.executable, "-m", "piiguard", "retention"], env=env, capture_output=True, text=True, check=False)
            left = int(client.xlen(f"{prefix}:training")), len(jsonl.read_text().splitlines()) if jsonl.exists() else 0
            check("piiguard retention removes expired training rows", f"rc {run.returncode} left {left}", run.returncode == 0 and left == (0, 0))
            found = escaped_leaks(asyncio.run(_dump(redis_url, prefix)), [EMAIL])
            check("nothing of the value left under the prefix", found, not found)
        client.close()


def subprocess_log_probe(upstream_url: str, redis_url: str) -> None:
    """`python -m piiguard proxy --log-level debug` as a subprocess (the logging set-up a
    deployment gets, uvicorn's access log included) under the same kinds of traffic:
    nothing personal and no credential on stdout or stderr."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    prefix = f"probe-acl9-log-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ, "PIIGUARD_UPSTREAM_URL": upstream_url, "PIIGUARD_REDIS_URL": redis_url,
        "PIIGUARD_REDIS_PREFIX": prefix, "PIIGUARD_SECRET_KEY": "probe9-secret",
        "PIIGUARD_DETECTOR": "patterns", "PIIGUARD_TRAINING_SINK": "redis",
        "PIIGUARD_CONSENT_NOTICE_VERSION": "v1", "PIIGUARD_CONSENT_ADMIN_KEY": ADMIN,
        "PIIGUARD_CLIENT_KEYS": f"{KEYS['alice']}=alice,{KEYS['backend']}=*",
        "PIIGUARD_SUBJECT_TOKEN_SECRET": SECRET,
    }
    if JWT_TOKENS:
        env["PIIGUARD_SUBJECT_TOKEN_AUDIENCE"] = AUD
    out = Path(tempfile.mkdtemp(prefix="probe-acl9-log-"))
    with (out / "stdout").open("wb") as stdout, (out / "stderr").open("wb") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "piiguard", "proxy", "--port", str(port), "--log-level", "debug"],
            env=env, stdout=stdout, stderr=stderr,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            with httpx.Client(base_url=base, timeout=30) as c:
                h = {**token(SUBJECT), "x-session-id": SESSION}
                c.post("/consent", json={**GIVE, "session_id": SESSION}, headers=h)
                c.post("/v1/chat/completions", json=chat(f"I am {EMAIL}, call {PHONE}, card {CARD}"), headers=h)
                c.post("/v1/chat/completions", json=chat(f"stream {EMAIL}", "stream"), headers=h)
                c.post("/v1/chat/completions", json=chat(f"fail {EMAIL}", "error-500"), headers=h)
                c.get(f"/v1/models?q={EMAIL}", headers=h)
                c.get(f"/nope/{EMAIL}", headers=h)
                c.post("/v1/chat/completions", content=f'{{"a": "{EMAIL}', headers={**h, "content-type": "application/json"})
                c.get("/consent/me", headers={"x-piiguard-subject-token": v1_token(SUBJECT)})
                c.get("/consent/me", headers=[("authorization", f"Bearer {KEYS['backend']}"), ("x-user-id", SUBJECT), ("x-user-id", ZOE_NFD.encode())])
                c.get("/consent/me", headers={"authorization": f"Bearer {KEYS['backend']}", "x-user-id": f"{SUBJECT}\u200b".encode()})
                c.get("/consent/me", headers={"authorization": f"Bearer {KEYS['alice']}", "x-user-id": SUBJECT})
                c.get("/consent/me", headers={"authorization": "Bearer key9-not-a-key-0123456789"})
                c.post("/admin/consent/export", json={"subject": SUBJECT}, headers={"x-api-key": ADMIN})
                c.post("/admin/consent/erase", json={"subject": SUBJECT}, headers={"x-api-key": "wrong-admin-key-0123456789"})
                c.get("/consent/me/export", headers=h)
                c.post("/consent/me/erase", json={"confirm": "erase"}, headers=again(h, SUBJECT))
        finally:
            server.terminate()
            server.wait(timeout=30)
    logs = [(out / name).read_text(errors="backslashreplace") for name in ("stdout", "stderr")]
    lines = sum(text.count("\n") for text in logs)
    found = escaped_leaks(logs, [EMAIL, PHONE, CARD, "4111111111111111", SUBJECT, SESSION, ZOE_NFC, *CREDENTIALS])
    check(f"piiguard proxy --log-level debug ({lines} lines): nothing personal", found, lines > 5 and not found)
    drop_prefix(redis_url, prefix)
    for name in ("stdout", "stderr"):
        (out / name).unlink()
    out.rmdir()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    redis_url_option(parser)
    args = parser.parse_args()
    records = keep_log_records()
    keys = (f"{KEYS['alice']}=alice", f"{KEYS['carol']}=carol", f"{KEYS['zoe']}={ZOE_NFC}", f"{KEYS['backend']}=*")
    fake = RecordingUpstream()
    print(f"tokens: {'HS256 JWT with aud' if JWT_TOKENS else 'v1'}")
    with scratch(args.redis_url, "probe-acl9") as (prefix, work):
        jsonl, audit = work / "training.jsonl", work / "audit.jsonl"
        guard = {
            "redis_url": args.redis_url, "redis_prefix": prefix, "secret_key": "probe9-secret",
            "training_sink": "both", "training_jsonl_path": str(jsonl), "audit_path": str(audit),
            "consent_notice_version": "v1", "consent_admin_key": ADMIN,
        }
        with (
            serve(fake.app) as upstream_url,
            proxy(upstream_url, guard, subject_token_secret=SECRET, client_keys=keys) as url,
            Client(base_url=url, timeout=30) as c,
        ):
            identity_probes(c, args.redis_url, prefix)
            unicode_probes(c, args.redis_url, prefix)
            minor_probes(c, args.redis_url, prefix)
            race_probe(c, url, args.redis_url, prefix)
            erasure_race_probe(c, url, args.redis_url, prefix)
            erasure_probe(c, args.redis_url, prefix, [jsonl, audit])
            metrics = c.get("/metrics").text
            found = escaped_leaks([metrics], [*VALUES, *IDS, *CREDENTIALS, "alice", "carol"])
            check("metrics: no value, id or credential in names or labels", found, not found)
            texts = asyncio.run(_dump(args.redis_url, prefix))
            found = escaped_leaks(texts, [*VALUES[:4], *IDS[:2], *CREDENTIALS])
            check("Redis key names and values at the end", found, not found)
            sent = [r.raw().decode("utf-8", "replace") for r in fake.requests]
            found = escaped_leaks(sent, VALUES)
            check("upstream saw no value", found, not found)
            audit_entries = [json.loads(line) for line in audit.read_text().splitlines()] if audit.exists() else []
            actors = sorted({str(e.get("actor")) for e in audit_entries if e.get("action") in ("accessed", "exported", "erased", "restricted", "unrestricted")})
            automatic = {str(e.get("actor")) for e in audit_entries if (e.get("detail") or {}).get("scope") == "minor"}
            check("audit entries name the actor kind (admin, subject, piiguard)", actors, actors == ["admin", "piiguard", "subject"] and automatic == {"piiguard"})
            subprocess_log_probe(upstream_url, args.redis_url)
            retention_probe(upstream_url, args.redis_url)
        errors = [f"{r.status_code} {r.text} {dict(r.headers)}" for r in replies if r.status_code >= 400]
        found = escaped_leaks(errors, [*VALUES, *IDS, *CREDENTIALS, "ali\u200bce", "bob\u200b"])
        check(f"error bodies ({len(errors)}) echo no value, id, token or key", found, not found)
        found = escaped_leaks(records, [*VALUES, *IDS, *CREDENTIALS])
        check(f"DEBUG log records ({len(records)}): no value, id or credential", found, not found)
    print(f"\n{len(failures)} failed" + (f": {failures}" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
