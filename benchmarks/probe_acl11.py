"""The acl11 black-box pass: acting for someone else and reading data at rest, from outside.

Tokens (alg none, HS/RS confusion, embedded keys, `kid` tricks, huge and deeply nested
tokens, a year-long token, one without `iat`, an old token exporting), another subject's
consent, erasure and export with one's own credential, subject ids that are case,
whitespace or Unicode variants of another, client keys in query strings, refused attempts
in the audit log, failure injection (a Redis killed under the proxy, before and during a
request; an upstream 500 echoing what it got and a value it knows), metric labels, the
Vault across a key rotation, and what an export answer lets caches keep. A real proxy on
uvicorn in front of the tests' recording upstream, the real Redis (fresh key prefixes,
removed at the end) and a second, private `redis-server` that the probe kills. Redis keys
and values, the sinks, the audit file, every error body and the DEBUG log records are
scanned for the raw values, ids, tokens and keys. One line per probe, PASS or FAIL against
what the design says; runs on any tree.

    PYTHONPATH=. python benchmarks/probe_acl11.py [--redis-url redis://127.0.0.1:6379/0]
"""

# ruff: noqa: E501  (the probe tables keep one probe per line)
from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe_acl9 as p9
from servers import serve

from tests.proxy.upstream import RecordingUpstream, Script

SECRET, AUD, ADMIN = p9.SECRET, p9.AUD, p9.ADMIN
ALICE_EMAIL, BOB_EMAIL, CAROL_EMAIL = "alice.wong@example.net", "bob.marsh@example.net", "carol.diaz@example.net"
ALICE_PHONE = "+44 20 7946 0321"
EMAIL_SUBJECT = "dana.lee@example.com"
check, Client, chat, GIVE = p9.check, p9.Client, p9.chat, p9.GIVE
KEYS = p9.KEYS


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signed(header: dict[str, Any] | str, claims: dict[str, Any] | str, secret: str | bytes = SECRET) -> str:
    h = b64((header if isinstance(header, str) else json.dumps(header)).encode())
    c = b64((claims if isinstance(claims, str) else json.dumps(claims)).encode())
    key = secret if isinstance(secret, bytes) else secret.encode()
    return f"{h}.{c}.{b64(hmac.new(key, f'{h}.{c}'.encode(), hashlib.sha256).digest())}"


def claims(subject: str, **more: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {"sub": subject, "aud": AUD, "iat": now, "exp": now + 600, "jti": uuid.uuid4().hex}
    return {k: v for k, v in {**base, **more}.items() if v is not None}


def tok(value: str) -> dict[str, str]:
    return {"x-piiguard-subject-token": value}


def token(subject: str, **more: Any) -> dict[str, str]:
    return tok(signed({"alg": "HS256", "typ": "JWT"}, claims(subject, **more)))


def echoes(reply: httpx.Response, secrets: list[str]) -> list[str]:
    return p9.escaped_leaks([reply.text, str(dict(reply.headers))], [s for s in secrets if len(s) >= 6])


# -- tokens ------------------------------------------------------------------------------------


def token_probes(c: Client) -> None:
    now = int(time.time())
    bob = claims(BOB_EMAIL)
    c.post("/consent", json=GIVE, headers=token(BOB_EMAIL))
    c.post("/v1/chat/completions", json=chat(f"I am {ALICE_PHONE}"), headers={**token(BOB_EMAIL), "x-session-id": "bob-tok-s"})
    deep = "[" * 1000 + "]" * 1000
    forged = {
        "alg none, no signature": signed({"alg": "none"}, bob).rsplit(".", 1)[0] + ".",
        "alg None, no signature": signed({"alg": "None", "typ": "JWT"}, bob).rsplit(".", 1)[0] + ".",
        "alg empty, HMAC": signed({"alg": ""}, bob),
        "alg RS256, HMAC keyed with the secret (confusion)": signed({"alg": "RS256"}, bob),
        "alg ES256, HMAC keyed with the secret": signed({"alg": "ES256"}, bob),
        "alg HS384, HMAC-SHA256 MAC": signed({"alg": "HS384"}, bob),
        "embedded jwk (attacker's key)": signed({"alg": "HS256", "jwk": {"kty": "oct", "k": b64(b"attacker-key")}}, bob, b"attacker-key"),
        "jku to the attacker": signed({"alg": "HS256", "jku": "http://127.0.0.1:9/keys"}, bob, "attacker-key-0123456789abcdef0123"),
        "kid ../../dev/null, empty key": signed({"alg": "HS256", "kid": "../../../../dev/null"}, bob, b""),
        "kid SQL injection, key 'x'": signed({"alg": "HS256", "kid": "x' UNION SELECT 'x"}, bob, b"x"),
        "kid naming the secret's file": signed({"alg": "HS256", "kid": "/proc/self/environ"}, bob, b""),
        "x5u / x5c headers, attacker key": signed({"alg": "HS256", "x5u": "http://127.0.0.1:9/c", "x5c": ["AAAA"]}, bob, b"k"),
        "sub a nested object": signed({"alg": "HS256"}, {**bob, "sub": {"id": BOB_EMAIL}}),
        "sub a list": signed({"alg": "HS256"}, {**bob, "sub": [BOB_EMAIL]}),
        "two sub members, the last bob's": signed({"alg": "HS256"}, json.dumps(claims("alice")).replace('"sub": "alice"', f'"sub": "alice", "sub": "{BOB_EMAIL}"')),
        "aud a nested list": signed({"alg": "HS256"}, {**bob, "aud": [[AUD]]}),
        "deeply nested claim, forged": signed({"alg": "HS256"}, json.dumps(bob)[:-1] + f', "x": {deep}}}', "z" * 40),
        "deeply nested header, forged": signed('{"alg": "HS256", "x": ' + deep + "}", bob, "z" * 40),
        "5 kB token": signed({"alg": "HS256"}, {**bob, "pad": "x" * 5000}),
        "a year-long token (iat now)": signed({"alg": "HS256"}, {**bob, "exp": now + 365 * 86_400}),
        "a token without iat, a day": signed({"alg": "HS256"}, {k: v for k, v in {**bob, "exp": now + 86_400}.items() if k != "iat"}),
        "a token issued 2 h ago, 5 min left": signed({"alg": "HS256"}, {**bob, "iat": now - 7200, "exp": now + 300}),
        "iat 1e400": signed({"alg": "HS256"}, json.dumps({**bob, "iat": "X"}).replace('"X"', "1e400")),
        "iat negative huge": signed({"alg": "HS256"}, {**bob, "iat": -(10**30)}),
    }
    for name, value in forged.items():
        reply = c.get("/consent/me", headers=tok(value))
        found = echoes(reply, [BOB_EMAIL, *value.split(".")])
        check(f"token {name}: 401, no echo", f"{reply.status_code} {found}", reply.status_code == 401 and not found)
    deep_signed = signed({"alg": "HS256"}, json.dumps(claims("deep-subject-1x"))[:-1] + f', "x": {deep}}}')
    reply = c.get("/consent/me", headers=tok(deep_signed))
    check("a signed token with a 1000-deep claim: no 500", reply.status_code, reply.status_code in (200, 401))
    huge = "a" * 70_000
    try:
        reply = c.get("/consent/me", headers=tok(huge))
        status = reply.status_code
    except httpx.HTTPError as exc:
        status = type(exc).__name__
    check("a 70 kB token header: refused, not a 500", status, status != 500 and status != 200)
    old = token(BOB_EMAIL, iat=now - 1200, exp=now + 600)  # 30 min life, issued 20 min ago
    export = c.get("/consent/me/export", headers=old)
    check("an export with a token issued 20 min ago (captured chat token)", export.status_code, export.status_code == 401 and ALICE_PHONE not in export.text)
    fresh = c.get("/consent/me/export", headers=token(BOB_EMAIL))
    check("an export with a fresh token works", fresh.status_code, fresh.status_code == 200)


# -- acting for another subject ------------------------------------------------------------------


def other_subject_probes(c: Client) -> None:
    c.post("/consent", json=GIVE, headers=token("bob"))
    c.post("/v1/chat/completions", json=chat(f"bob: {BOB_EMAIL}"), headers={**token("bob"), "x-session-id": "bob-s1"})
    c.post("/consent", json={**GIVE, "session_id": "bob-s1"}, headers=token("bob"))
    alice = token("alice")
    attempts = [
        ("consent for bob, body subject", "POST", "/consent", {**GIVE, "subject": "bob"}, alice, (403,)),
        ("withdrawal for bob, body subject", "POST", "/consent", {"action": "withdrawn", "subject": "bob"}, token("alice"), (403,)),
        ("erasure of bob, body subject", "POST", "/consent/me/erase", {"confirm": "erase", "subject": "bob"}, token("alice"), (403,)),
        ("erasure of bob, x-user-id", "POST", "/consent/me/erase", {"confirm": "erase"}, {**token("alice"), "x-user-id": "bob"}, (403,)),
        ("export of bob, x-user-id", "GET", "/consent/me/export", None, {**alice, "x-user-id": "bob"}, (403,)),
        ("export of bob, admin route with a token", "GET", "/admin/consent/bob/export", None, alice, (401,)),
        ("export of bob, admin body route with alice's key", "POST", "/admin/consent/export", {"subject": "bob"}, {"x-api-key": KEYS["alice"]}, (401,)),
        ("export of bob, alice's key as Bearer on the admin route", "GET", "/admin/consent/bob/export", None, {"authorization": f"Bearer {KEYS['alice']}"}, (401,)),
        ("bob's consent, alice's bound key + x-user-id bob", "GET", "/consent", None, {**p9.key("alice"), "x-user-id": "bob"}, (403,)),
        ("bob's consent, alice's key + bob's token", "GET", "/consent/me", None, {**p9.key("alice"), **token("bob")}, (403,)),
        ("restriction of bob, body subject", "POST", "/consent/me/restriction", {"subject": "bob"}, token("alice"), (201, 200, 403, 422)),
    ]
    for name, method, path, body, headers, expected in attempts:
        reply = c.request(method, path, json=body, headers=headers)
        check(f"{name}", reply.status_code, reply.status_code in expected and BOB_EMAIL not in reply.text)
    state = c.post("/admin/consent/lookup", json={"subject": "bob"}, headers={"x-api-key": ADMIN}).json()
    exported = c.post("/admin/consent/export", json={"subject": "bob"}, headers={"x-api-key": ADMIN}).text
    check("bob untouched: consent given, not restricted, value kept", [r["state"] for r in state.get("records", [])], [r["state"] for r in state.get("records", [])] == ["given"] and not state.get("restricted") and BOB_EMAIL in exported)


def raw_get(url: str, path: str, headers: list[tuple[str, bytes]]) -> tuple[int, str]:
    """A GET with header values as raw bytes (httpx refuses non-ASCII and edge spaces)."""
    host, port = url.split("//", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        head = f"GET {path} HTTP/1.1\r\nhost: {host}:{port}\r\nconnection: close\r\n".encode()
        head += b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers)
        sock.sendall(head + b"\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    top, _, rest = data.partition(b"\r\n\r\n")
    status = int(top.split(b" ", 2)[1])
    p9.replies.append(httpx.Response(status, content=rest))
    return status, rest.decode("utf-8", "replace")


def subject_form_probes(c: Client, url: str) -> None:
    """Variants of an id through a back end allowed to name subjects (`KEY=*`): the same
    person's forms (NFKC, surrounding spaces) reach one subject; other ids (case, other
    scripts) stay other subjects; invisible characters are refused."""
    backend = p9.key("backend")
    c.post("/consent", json=GIVE, headers={**backend, "x-user-id": "erin"})
    auth = [("authorization", f"Bearer {KEYS['backend']}".encode())]
    same = {"erin": "erin", "fullwidth": "\uff45\uff52\uff49\uff4e", "surrounding spaces": " erin ", "a trailing tab": "erin\t"}
    other = {"upper case": "ERIN", "title case": "Erin", "Cyrillic e": "\u0435rin", "Greek iota look-alike": "er\u03b9n", "dotless i": "er\u0131n", "Latin-1 bytes of erin with e acute": "\u00e9rin"}
    refused = {"zero-width space": "er\u200bin", "soft hyphen": "er\u00adin", "RTL override": "\u202eerin", "combining grapheme joiner": "eri\u034fn", "a Latin-1 byte that is not UTF-8": None}
    for name, value in same.items():
        status, body = raw_get(url, "/consent", [*auth, ("x-user-id", value.encode())])
        check(f"x-user-id {name}: erin's own consent", status, status == 200 and '"given"' in body)
    for name, value in other.items():
        status, body = raw_get(url, "/consent", [*auth, ("x-user-id", value.encode())])
        check(f"x-user-id {name}: another subject (nothing of erin's)", status, status in (200, 400) and '"given"' not in body)
    for name, value in refused.items():
        raw = value.encode() if value is not None else b"er\xe9in"
        status, body = raw_get(url, "/consent", [*auth, ("x-user-id", raw)])
        check(f"x-user-id with {name}: refused", status, status == 400)
    for name, value in {**{f"token {k}": v for k, v in other.items()}, "token fullwidth (same person)": same["fullwidth"]}.items():
        reply = c.get("/consent", headers=token(value))
        records = reply.json().get("records", []) if reply.status_code == 200 else []
        mine = name.endswith("(same person)")
        check(f"{name}: {'erin' if mine else 'another subject'}", reply.status_code, reply.status_code == 200 and bool(records) == mine)
    status, _ = raw_get(url, "/consent/me", [("authorization", f"Bearer {KEYS['alice']}".encode()), ("x-user-id", "\uff41\uff4c\uff49\uff43\uff45".encode())])
    check("alice's bound key, x-user-id alice in fullwidth: her own", status, status == 200)


# -- credentials in query strings ----------------------------------------------------------------


def query_credential_probes(c: Client, fake: RecordingUpstream) -> None:
    key = KEYS["carol"]
    for query in (f"?api_key={key}", f"?key={key}", f"?access_token={key}"):
        reply = c.get(f"/v1/models{query}")
        check(f"a client key in the query ({query.split('=')[0]}) authenticates nobody", reply.status_code, reply.status_code == 401)
    seen = len(fake.requests)
    jwt_value = token("query-subject-1q")["x-piiguard-subject-token"]
    c.get(f"/v1/models?api_key={key}&token={jwt_value}", headers=p9.key("carol"))
    c.post(f"/v1/chat/completions?api_key={key}", json=chat("hi"), headers=p9.key("carol"))
    sent = [f"{r.path}?{r.query} {r.headers}" for r in fake.requests[seen:]]
    found = p9.escaped_leaks(sent, [key, jwt_value, *jwt_value.split(".")[1:]])
    check("a client key or token in the query never reaches the upstream", f"{len(sent)} sent {found}", not found)


# -- the audit of refused attempts ---------------------------------------------------------------


def audit_probe(audit: Path, refused_before: int) -> None:
    entries = [json.loads(line) for line in audit.read_text().splitlines()] if audit.exists() else []
    refused = [e for e in entries if e.get("action") == "refused"]
    reasons = sorted({str(e.get("detail", {}).get("reason")) for e in refused})
    check(f"refused attempts are audited ({len(refused)} entries)", reasons, {"bad_signature", "wrong_subject"} <= set(reasons))
    blob = audit.read_text() if audit.exists() else ""
    found = p9.escaped_leaks([blob], [ALICE_EMAIL, BOB_EMAIL, ALICE_PHONE, EMAIL_SUBJECT, "\"alice\"", "\"bob\"", SECRET, ADMIN, *KEYS.values()])
    check("audit file: no id, value, token or key", found, not found)
    routes = sorted({str(e.get("detail", {}).get("route")) for e in refused})
    check("audit: refused routes are templates", routes, all(r.startswith("/") or r == "other" for r in routes) and not any("@" in r for r in routes))


def flood_probe(c: Client, audit: Path) -> None:
    before = len(audit.read_text().splitlines()) if audit.exists() else 0
    for i in range(400):
        c.get("/consent/me", headers=tok(signed({"alg": "HS256"}, claims(f"flood-{i}"), "f" * 40)))
    after = len(audit.read_text().splitlines()) if audit.exists() else 0
    check("400 forged tokens grow the audit log by a bounded number", after - before, after - before <= 130)


# -- failure injection ---------------------------------------------------------------------------


@contextlib.contextmanager
def private_redis() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    work = tempfile.mkdtemp(prefix="probe-acl11-redis-")
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", work],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0", proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def redis_down_probe(upstream_url: str, fake: RecordingUpstream) -> list[httpx.Response]:
    out: list[httpx.Response] = []
    work = Path(tempfile.mkdtemp(prefix="probe-acl11-down-"))
    with private_redis() as (redis_url, proc):
        guard = {"redis_url": redis_url, "redis_prefix": "acl11-down", "secret_key": "probe11-secret", "training_sink": "both",
                 "training_jsonl_path": str(work / "t.jsonl"), "audit_path": str(work / "a.jsonl"),
                 "consent_notice_version": "v1", "consent_admin_key": ADMIN}
        with p9.proxy(upstream_url, guard, subject_token_secret=SECRET) as url, Client(base_url=url, timeout=30) as c:
            h = {"x-session-id": "down-s"}
            c.post("/consent", json=GIVE, headers=token("down-subject"))
            c.post("/v1/chat/completions", json=chat(f"me: {ALICE_EMAIL}"), headers={**h, **token("down-subject")})
            # Killed while a request waits on the upstream (`slow`: 1.5 s).
            result: dict[str, httpx.Response] = {}

            def slow() -> None:
                result["r"] = c.post("/v1/chat/completions", json=chat(f"again {ALICE_EMAIL}, {ALICE_PHONE}", "slow"), headers={**h, **token("down-subject")})

            thread = threading.Thread(target=slow)
            thread.start()
            time.sleep(0.5)
            proc.kill()
            proc.wait()
            thread.join()
            mid = result.get("r")
            if mid is not None:
                out.append(mid)
            check("Redis killed mid-request: the answer echoes no value in an error", mid.status_code if mid else None, mid is not None and (mid.status_code < 400 or (ALICE_EMAIL not in mid.text and ALICE_PHONE not in mid.text)))
            calls = [
                ("chat", "POST", "/v1/chat/completions", chat(f"mail {ALICE_EMAIL}"), {**h, **token("down-subject")}),
                ("streamed chat", "POST", "/v1/chat/completions", chat(f"mail {ALICE_EMAIL}", "stream"), {**h, **token("down-subject")}),
                ("consent", "POST", "/consent", GIVE, token("down-subject")),
                ("export", "GET", "/consent/me/export", None, token("down-subject")),
                ("erasure", "POST", "/consent/me/erase", {"confirm": "erase"}, token("down-subject")),
                ("admin export", "POST", "/admin/consent/export", {"subject": "down-subject"}, {"x-api-key": ADMIN}),
                ("readyz", "GET", "/readyz", None, {}),
            ]
            seen = len(fake.requests)
            for name, method, path, body, headers in calls:
                reply = c.request(method, path, json=body, headers=headers)
                out.append(reply)
                found = echoes(reply, [ALICE_EMAIL, "down-subject", SECRET, ADMIN]) if reply.status_code >= 400 else []
                check(f"Redis down: {name} answers without echo", f"{reply.status_code} {found}", not found and reply.status_code != 200 if name in ("export", "erasure", "admin export", "readyz", "consent") else not found)
            sent = [r.raw().decode("utf-8", "replace") for r in fake.requests[seen:]]
            check("Redis down: no value reaches the upstream", len(sent), ALICE_EMAIL not in "".join(sent))
    shutil.rmtree(work, ignore_errors=True)
    return out


def upstream_error_probe(c: Client, fake: RecordingUpstream) -> None:
    h = {**token("err-subject"), "x-session-id": "err-s"}
    reply = c.post("/v1/chat/completions", json=chat(f"my mail {ALICE_EMAIL}", "error-500"), headers=h)
    check("upstream 500 (HTML quoting the prompt): generic, no value", reply.status_code, reply.status_code >= 500 and ALICE_EMAIL not in reply.text and "<html" not in reply.text.lower())
    fake.scripts["err-json"] = Script("application/json", (json.dumps({"error": {"message": f"bad request from {CAROL_EMAIL}, card 4111 1111 1111 1111", "type": "x", "code": "y"}}).encode(),), status=500)
    reply = c.post("/v1/chat/completions", json=chat("hi", "script:err-json"), headers=h)
    check("upstream 500 naming another person's value: not passed on", reply.status_code, CAROL_EMAIL not in reply.text and "4111 1111 1111 1111" not in reply.text)


# -- the Vault across a key rotation -------------------------------------------------------------


def rotation_probe(upstream_url: str, redis_url: str, fake: RecordingUpstream, logs: list[str]) -> None:
    prefix = f"probe-acl11-rot-{uuid.uuid4().hex[:8]}"
    key_a = "a:" + base64.b64encode(b"A" * 32).decode()
    key_b = "b:" + base64.b64encode(b"B" * 32).decode()
    base = {"redis_url": redis_url, "redis_prefix": prefix, "secret_key": "probe11-rot-secret"}
    h = {**p9.key("alice"), "x-session-id": "rot-s"}
    keys = (f"{KEYS['alice']}=alice",)
    try:
        recall = f"recall:rot-{uuid.uuid4().hex[:6]}"  # the bot answers with the first message it got
        with p9.proxy(upstream_url, {**base, "vault_key": key_a}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            first = c.post("/v1/chat/completions", json=chat(f"write {ALICE_EMAIL}", recall), headers=h)
            check("before the rotation: the bot's memory is restored", first.status_code, ALICE_EMAIL in first.text)
        with p9.proxy(upstream_url, {**base, "vault_key": key_b, "vault_old_keys": (key_a,)}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            reply = c.post("/v1/chat/completions", json=chat("what did I write?", recall), headers=h)
            check("rotated key (old key kept): the old value is restored", reply.status_code, ALICE_EMAIL in reply.text)
            c.post("/v1/chat/completions", json=chat(f"and {ALICE_PHONE}"), headers=h)
        with p9.proxy(upstream_url, {**base, "vault_key": key_b}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            for model in (recall, "stream"):
                reply = c.post("/v1/chat/completions", json=chat("what did I write?", model), headers=h)
                p9.replies.append(reply)
                # Since acl12 a dropped key is a deliberate 500 `vault_key_missing` (waiting does
                # not bring the key back), not a crash; any other 500 still fails.
                code = reply.json().get("error", {}).get("code") if reply.status_code == 500 else None
                check(f"old key dropped ({model.split(':')[0]}): fails closed, no value, no crash", f"{reply.status_code} {code or ''}", (reply.status_code in (200, 503) or code == "vault_key_missing") and ALICE_EMAIL not in reply.text)
        texts = asyncio.run(p9._dump(redis_url, prefix))
        found = p9.escaped_leaks(texts, [ALICE_EMAIL, ALICE_PHONE, "rot-s", "alice\"", key_a.split(":")[1], key_b.split(":")[1]])
        check("Redis after a rotation: no value, session id or key material", found, bool(texts) and not found)
        found = p9.escaped_leaks(logs, [ALICE_EMAIL, ALICE_PHONE, key_a.split(":")[1], key_b.split(":")[1]])
        check("logs across a rotation: no value or key material", found, not found)
    finally:
        import redis

        client = redis.Redis.from_url(redis_url)
        for k in client.scan_iter(f"{prefix}*"):
            client.delete(k)
        client.close()


# -- exports, metrics ----------------------------------------------------------------------------


def export_cache_probe(c: Client) -> None:
    c.post("/consent", json=GIVE, headers=token("cache-subject"))
    c.post("/v1/chat/completions", json=chat(f"me {ALICE_EMAIL}"), headers={**token("cache-subject"), "x-session-id": "cache-s"})
    replies = {
        "subject's export": c.get("/consent/me/export", headers=token("cache-subject")),
        "subject's access": c.get("/consent/me", headers=token("cache-subject")),
        "subject's consent": c.get("/consent", headers=token("cache-subject")),
        "admin export": c.post("/admin/consent/export", json={"subject": "cache-subject", "sessions": ["cache-s"]}, headers={"x-api-key": ADMIN}),
        "admin access": c.get("/admin/consent/cache-subject", headers={"x-api-key": ADMIN}),
    }
    for name, reply in replies.items():
        cache = reply.headers.get("cache-control", "")
        check(f"{name}: no cache may keep it (Cache-Control: no-store)", f"{reply.status_code} {cache!r}", reply.status_code == 200 and "no-store" in cache)


def metrics_probe(c: Client) -> None:
    text = c.get("/metrics").text
    found = p9.escaped_leaks([text], [ALICE_EMAIL, BOB_EMAIL, EMAIL_SUBJECT, "flood-1", "erin", "bob-s1", *KEYS.values(), SECRET, ADMIN])
    labels = sorted({part.split("=")[1].strip('"') for line in text.splitlines() if "{" in line and not line.startswith("#") for part in line[line.index("{") + 1 : line.index("}")].split(",") if "=" in part})
    odd = [label for label in labels if not all(ch.isalnum() or ch in "_-./:+ " for ch in label)]
    check(f"metrics ({len(labels)} label values): no value, id or key; labels are codes", f"{found} {odd[:3]}", not found and not odd)


def subprocess_log_probe(upstream_url: str, redis_url: str) -> None:
    """`python -m piiguard proxy --log-level debug` as a subprocess (uvicorn's access log
    included; the audit log goes to the application log, so refusals are logged too): a
    client key or token in a query string, refused tokens, another subject named."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    prefix = f"probe-acl11-log-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ, "PIIGUARD_UPSTREAM_URL": upstream_url, "PIIGUARD_REDIS_URL": redis_url,
        "PIIGUARD_REDIS_PREFIX": prefix, "PIIGUARD_SECRET_KEY": "probe11-secret",
        "PIIGUARD_DETECTOR": "patterns", "PIIGUARD_TRAINING_SINK": "redis",
        "PIIGUARD_CONSENT_NOTICE_VERSION": "v1", "PIIGUARD_CONSENT_ADMIN_KEY": ADMIN,
        "PIIGUARD_CLIENT_KEYS": f"{KEYS['alice']}=alice,{KEYS['backend']}=*",
        "PIIGUARD_SUBJECT_TOKEN_SECRET": SECRET, "PIIGUARD_SUBJECT_TOKEN_AUDIENCE": AUD,
    }
    out = Path(tempfile.mkdtemp(prefix="probe-acl11-log-"))
    jwt_value = token(EMAIL_SUBJECT)["x-piiguard-subject-token"]
    with (out / "stdout").open("wb") as stdout, (out / "stderr").open("wb") as stderr:
        server = subprocess.Popen([sys.executable, "-m", "piiguard", "proxy", "--port", str(port), "--log-level", "debug"], env=env, stdout=stdout, stderr=stderr)
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
                c.get(f"/v1/models?api_key={KEYS['alice']}")
                c.get(f"/v1/models?api_key={KEYS['alice']}&token={jwt_value}", headers=p9.key("alice"))
                c.post(f"/v1/chat/completions?key={KEYS['backend']}", json=chat(f"mail {ALICE_EMAIL}"), headers=p9.key("alice"))
                c.get(f"/consent/me?token={jwt_value}")
                c.get("/consent/me", headers={"authorization": f"Bearer {jwt_value}"})
                c.get("/consent/me", headers=tok(signed({"alg": "HS256"}, claims(EMAIL_SUBJECT), "f" * 40)))
                c.get("/consent/me", headers=token(EMAIL_SUBJECT, exp=int(time.time()) + 86_400))
                c.get("/consent/me/export", headers=token(EMAIL_SUBJECT, iat=int(time.time()) - 1200))
                c.get("/consent/me", headers={**token("alice"), "x-user-id": EMAIL_SUBJECT})
                c.post("/consent", json={**GIVE, "subject": EMAIL_SUBJECT}, headers=token("alice"))
                c.get(f"/consent/{EMAIL_SUBJECT}", headers=token("alice"))
                c.get(f"/admin/consent/{EMAIL_SUBJECT}/export", headers={"x-api-key": "wrong-admin-key-0123456789"})
        finally:
            server.terminate()
            server.wait(timeout=30)
    logs = [(out / name).read_text(errors="backslashreplace") for name in ("stdout", "stderr")]
    lines = sum(text.count("\n") for text in logs)
    found = p9.escaped_leaks(logs, [ALICE_EMAIL, EMAIL_SUBJECT, jwt_value, *jwt_value.split(".")[1:], *KEYS.values(), SECRET, ADMIN])
    check(f"piiguard proxy --log-level debug ({lines} lines): no key, token, id or value", found, lines > 5 and not found)
    refused = sum("\"refused\"" in text for text in logs[0].splitlines() + logs[1].splitlines())
    check("the subprocess's application log holds the refusals", refused, refused >= 5)
    import redis

    client = redis.Redis.from_url(redis_url)
    for k in client.scan_iter(f"{prefix}*"):
        client.delete(k)
    client.close()
    shutil.rmtree(out, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", default=os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    prefix = f"probe-acl11-{uuid.uuid4().hex[:8]}"
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if not (record.name == "httpx" and "HTTP Request" in message):
                records.append(f"{record.name} {message} {record.exc_text or ''}")

    logging.getLogger().addHandler(Keep())
    logging.getLogger().setLevel(logging.DEBUG)
    work = Path(tempfile.mkdtemp(prefix="probe-acl11-"))
    jsonl, audit = work / "training.jsonl", work / "audit.jsonl"
    guard = {
        "redis_url": args.redis_url, "redis_prefix": prefix, "secret_key": "probe11-secret",
        "training_sink": "both", "training_jsonl_path": str(jsonl), "audit_path": str(audit),
        "consent_notice_version": "v1", "consent_admin_key": ADMIN,
    }
    keys = (f"{KEYS['alice']}=alice", f"{KEYS['carol']}=carol", f"{KEYS['backend']}=*")
    fake = RecordingUpstream()
    try:
        with serve(fake.app) as upstream_url:
            with p9.proxy(upstream_url, guard, subject_token_secret=SECRET, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
                token_probes(c)
                other_subject_probes(c)
                subject_form_probes(c, url)
                query_credential_probes(c, fake)
                upstream_error_probe(c, fake)
                export_cache_probe(c)
                p9.settle(args.redis_url, prefix, 0.5)
                audit_probe(audit, 0)
                flood_probe(c, audit)
                metrics_probe(c)
                p9.settle(args.redis_url, prefix, 0.5)
                texts = asyncio.run(p9._dump(args.redis_url, prefix))
                found = p9.escaped_leaks(texts, [ALICE_EMAIL, BOB_EMAIL, ALICE_PHONE, EMAIL_SUBJECT, "bob-s1", "bob-tok-s", "cache-s", SECRET, *KEYS.values()])
                check(f"Redis ({len(texts)} key names and values): no value, id or credential", found, bool(texts) and not found)
                sinks = [p.read_text() for p in (jsonl,) if p.exists()]
                found = p9.escaped_leaks(sinks, [ALICE_EMAIL, BOB_EMAIL, ALICE_PHONE, EMAIL_SUBJECT, "\"bob\"", "bob-s1"])
                check("training JSONL: no value or id", found, not found)
            p9.replies.extend(redis_down_probe(upstream_url, fake))
            rotation_probe(upstream_url, args.redis_url, fake, records)
            subprocess_log_probe(upstream_url, args.redis_url)
        credentials = [ADMIN, SECRET, *KEYS.values()]
        errors = [f"{r.status_code} {r.text} {dict(r.headers)}" for r in p9.replies if r.status_code >= 400]
        found = p9.escaped_leaks(errors, [ALICE_EMAIL, BOB_EMAIL, ALICE_PHONE, EMAIL_SUBJECT, CAROL_EMAIL, *credentials])
        check(f"error bodies ({len(errors)}) echo no value, id, token or key", found, not found)
        found = p9.escaped_leaks(records, [ALICE_EMAIL, BOB_EMAIL, ALICE_PHONE, EMAIL_SUBJECT, CAROL_EMAIL, "bob-s1", *credentials])
        check(f"DEBUG log records ({len(records)}): no value, id or credential", found, not found)
    finally:
        import redis

        client = redis.Redis.from_url(args.redis_url)
        for k in client.scan_iter(f"{prefix}*"):
            client.delete(k)
        client.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{len(p9.failures)} failed" + (f": {p9.failures}" if p9.failures else ""))
    return 1 if p9.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
