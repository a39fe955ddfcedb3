"""acl15: a black-box pass over data at rest and access, fifteenth round.

Written from the README, docs/ and RESULTS.md (acl8..acl14) only, as probe_acl13 and
probe_acl14 were; it reuses probe_acl13's machinery (the recording upstream, the proxy
subprocess, tokens, the needle forms) and tries what acl8..acl14 did not:

- the vault's ciphertext at rest, altered by someone who can write to Redis: a value
  bit-flipped or truncated, its key id changed, the ``g1.`` envelope removed, a plain value;
  two values of one session swapped; a value or a whole hash of another subject copied into
  a session; one session's hash copied under another session of the same subject. Each is a
  clear error (500), never a wrong value restored, in a chat and in the export;
- nonce reuse: every sealed value's nonce after many writes (the same value in several
  sessions included) is unique, and so is every ciphertext;
- what a Redis operator sees: ``MONITOR`` during a subject's whole life (consent, plain and
  streamed chats, export, access, erasure, the operator's lookup), ``SLOWLOG``, ``CLIENT
  LIST``: no value, subject id, session id, token or key;
- a browser page of another origin (``Origin: https://evil.example``, ``Origin: null``)
  changing someone's consent, erasing or exporting; CORS preflights; consent changes sent
  as ``text/plain``, form or multipart bodies (what a cross-site form or a no-cors fetch can
  send) through the proxy and through the middleware with a cookie login; ``nosniff`` and the
  content type on the consent API's answers;
- erasure twice, concurrently, and of a subject never seen (idempotent, no 5xx);
- two proxy workers on one Redis: a withdrawal, a restriction, an erasure made on one hold
  on the other at once; concurrent changes over both end in the last event's state;
- export completeness with the JSONL sink alone;
- TTLs of every key after each consent change (none beyond its documented bound);
- the audit log's shape (documented fields only, pseudonyms only) and its growth from
  unauthenticated callers of every kind;
- error pages for malformed requests (bad escapes, bytes that are not UTF-8, a lying
  ``Content-Length``): no traceback, no file path, no environment value;
- the command line: ``--help`` of every command and ``python -m piiguard.settings`` with
  secrets in the environment, a malformed upstream or Redis URL holding a password,
  ``mask``/``detect`` on bytes that are not UTF-8, ``retention`` over a damaged JSONL line:
  a clear error, no traceback, no value, password or key.

    PYTHONPATH=$PWD python benchmarks/probe_acl15.py --reuse-db   # --db 15 by default

Each probe prints PASS or FAIL with what it saw (INFO lines are not verdicts); the exit
code is the number of FAILs.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import httpx
import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_acl13 as p13

record, info = p13.record, p13.info
RESULTS = p13.RESULTS
RUN = secrets.token_hex(3)
KEYS = p13.KEYS
ADMIN = p13.ADMIN
CONSENT, WITHDRAW = p13.CONSENT, p13.WITHDRAW
T, BACK, token, chat, client, marker = p13.T, p13.BACK, p13.token, p13.chat, p13.client, p13.marker
VAULT_KEY = "k15:" + base64.b64encode(secrets.token_bytes(32)).decode()
EVIL = "https://evil.example"

VALUES: dict[str, str] = {}
"""Every personal value, subject id and session id this probe sends, for the scans."""


def value(name: str, text: str) -> str:
    VALUES[name] = text
    return text


def secret_needles(env: dict[str, str]) -> dict[str, str]:
    return {
        **{f"key {k}": v for k, v in KEYS.items()},
        "admin key": p13.ADMIN_KEY,
        "token secret": p13.SECRET,
        "secret key": env["PIIGUARD_SECRET_KEY"],
        "vault key": VAULT_KEY.split(":", 1)[1],
    }


def fresh(sub: str) -> dict[str, str]:
    """A fresh token (its own jti, issued now) for one change or one export."""
    return T(sub)


def no_error_page_leak(text: str) -> list[str]:
    bad = []
    if "Traceback" in text or 'File "' in text:
        bad.append("traceback")
    if re.search(r"/(work|usr|home|tmp)/[\w.-]+/", text) or "site-packages" in text:
        bad.append("file path")
    return bad


# --------------------------------------------------------------------------- vault at rest


def vault_keys(r: redis.Redis, prefix: str) -> set[bytes]:
    return set(r.scan_iter(match=f"{prefix}:vault:*", count=1000))


def sealed_fields(r: redis.Redis, key: bytes) -> dict[bytes, bytes]:
    return {f: v for f, v in r.hgetall(key).items() if v.startswith(b"g1.")}


class Saved:
    """A key's DUMP and TTL, to put it back exactly after a tamper."""

    def __init__(self, r: redis.Redis, key: bytes) -> None:
        self.r, self.key = r, key
        self.dump = r.dump(key)
        self.pttl = max(int(r.pttl(key)), 0)

    def put_back(self) -> None:
        self.r.restore(self.key, self.pttl, self.dump, replace=True)


def flip(v: bytes) -> bytes:
    head, _, body = v.rpartition(b".")
    raw = bytearray(base64.urlsafe_b64decode(body + b"=" * (-len(body) % 4)))
    raw[len(raw) // 2] ^= 0x01
    return head + b"." + base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=")


def decode_sealed(v: bytes) -> bytes | None:
    body = v.rpartition(b".")[2]
    for dec in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            return bytes(dec(body + b"=" * (-len(body) % 4)))
        except (ValueError, TypeError):
            continue
    return None


async def vault_tamper_probes(c: httpx.AsyncClient, r: redis.Redis, prefix: str) -> None:
    """Someone who can write to Redis moves, swaps or damages sealed values: piiguard answers
    a clear error and never restores a value that is not the one sealed for that place."""
    a, b = value("tamper subject a", f"tamp-a-{RUN}"), value("tamper subject b", f"tamp-b-{RUN}")
    sa, sb = (
        value("tamper session a", f"tamp-sa-{RUN}"),
        value("tamper session b", f"tamp-sb-{RUN}"),
    )
    sc = value("tamper session c", f"tamp-sc-{RUN}")
    ea = value("tamper a email", f"tamper.a.{RUN}@example.com")
    pa = value("tamper a phone", "+48 602 345 678")
    eb = value("tamper b email", f"tamper.b.{RUN}@example.org")
    pb = value("tamper b phone", "+44 20 7946 0123")
    before = vault_keys(r, prefix)
    await chat(c, T(a), sa, f"my mail is {ea} and my phone {pa}")
    ka = vault_keys(r, prefix) - before
    before = vault_keys(r, prefix)
    await chat(c, T(b), sb, f"my mail is {eb} and my phone {pb}")
    kb = vault_keys(r, prefix) - before
    before = vault_keys(r, prefix)
    await chat(c, T(a), sc, "hello, nothing personal here")
    await chat(
        c, T(a), sc, f"another address {value('tamper c email', f'tamper.c.{RUN}@example.net')}"
    )
    kc = vault_keys(r, prefix) - before
    if len(ka) != 1 or len(kb) != 1 or len(kc) != 1:
        record("vault tamper: one vault hash per session found", False, f"{ka} {kb} {kc}")
        return
    key_a, key_b, key_c = next(iter(ka)), next(iter(kb)), next(iter(kc))
    fa, fb = sealed_fields(r, key_a), sealed_fields(r, key_b)
    info(
        "vault tamper: sealed fields", f"a={len(fa)} b={len(fb)} of {r.hlen(key_a)}/{r.hlen(key_b)}"
    )
    if len(fa) < 2 or len(fb) < 2:
        record("vault tamper: two sealed values per session", False, f"{len(fa)} {len(fb)}")
        return
    control = await chat(c, T(a), sa, "recall what I said")
    record(
        "vault tamper: control, session a restores its own values",
        ea in control.text and pa in control.text,
        f"{control.status_code} {control.text[:100]}",
    )
    others = {"a email": ea, "a phone": pa, "b email": eb, "b phone": pb}

    async def judge(name: str, wrong: list[str], *, export: bool = True) -> None:
        resp = await chat(c, T(a), sa, "recall what I said")
        got = [k for k, v in others.items() if k in wrong and v in resp.text]
        record(
            f"vault tamper: {name}: chat answers a clear 500, no wrong value",
            resp.status_code == 500 and "vault_" in resp.text and not got,
            f"{resp.status_code} {resp.text[:140]} wrong={got}",
        )
        if export:
            exp = await c.get("/consent/me/export", headers=fresh(a))
            got = [k for k, v in others.items() if k in wrong and v in exp.text]
            record(
                f"vault tamper: {name}: export answers a clear 500, no wrong value",
                exp.status_code == 500 and "vault_" in exp.text and not got,
                f"{exp.status_code} {exp.text[:140]} wrong={got}",
            )

    saved = Saved(r, key_a)
    (f1, v1), (f2, v2) = list(fa.items())[:2]
    cases: list[tuple[str, dict[bytes, bytes], list[str], bool]] = [
        ("a bit flipped in the ciphertext", {f1: flip(v1)}, [], True),
        ("the ciphertext cut in half", {f1: v1[: len(v1) // 2]}, [], False),
        ("the key id changed", {f1: v1.replace(v1.split(b".")[1], b"zz", 1)}, [], False),
        ("the g1 envelope removed", {f1: v1.rpartition(b".")[2]}, [], False),
        ("a plain value in its place", {f1: ea.encode(), f2: pa.encode()}, [], False),
        ("two values of one session swapped", {f1: v2, f2: v1}, ["a email", "a phone"], True),
    ]
    for j, bv in enumerate(list(fb.values())[:2]):
        cases.append(
            (
                f"another subject's value {j} copied into a's first field",
                {f1: bv},
                ["b email", "b phone"],
                True,
            )
        )
        cases.append(
            (
                f"another subject's value {j} copied into a's second field",
                {f2: bv},
                ["b email", "b phone"],
                False,
            )
        )
    for name, changes, wrong, export in cases:
        try:
            r.hset(key_a, mapping=changes)
            await judge(name, wrong, export=export)
        finally:
            saved.put_back()
    # whole hashes moved: b's hash under a's name; a's hash under another session of a
    for name, src, dst, ask, wrong in [
        ("subject b's whole hash under session a's name", key_b, key_a, sa, [eb, pb]),
        (
            "session a's whole hash under session c's name (same subject)",
            key_a,
            key_c,
            sc,
            [ea, pa],
        ),
    ]:
        keep = Saved(r, dst)
        try:
            r.restore(dst, 60_000, r.dump(src), replace=True)
            resp = await chat(c, T(a), ask, "recall what I said")
            got = [v for v in wrong if v in resp.text]
            record(
                f"vault tamper: {name}: no moved value restored",
                not got,
                f"{resp.status_code} {resp.text[:140]} wrong={got}",
            )
            info(f"vault tamper: {name}: answer", f"{resp.status_code} {resp.text[:100]}")
        finally:
            keep.put_back()
    after = await chat(c, T(a), sa, "recall what I said")
    record(
        "vault tamper: put back, session a restores its values again",
        ea in after.text and pa in after.text,
        f"{after.status_code}",
    )


async def nonce_probe(c: httpx.AsyncClient, r: redis.Redis, prefix: str) -> None:
    """Many writes, the same value in several sessions: no nonce and no ciphertext twice."""
    sub = value("nonce subject", f"nonce-{RUN}")
    same = value("nonce same email", f"same.{RUN}@example.com")
    sends = []
    for i in range(24):
        sends.append(
            chat(c, T(sub), f"nonce-{RUN}-{i}", f"mail {same} or nonce{i}.{RUN}@example.org")
        )
    await asyncio.gather(*sends)
    sealed: list[bytes] = []
    for key in vault_keys(r, prefix):
        sealed.extend(sealed_fields(r, key).values())
    raw = [decode_sealed(v) for v in sealed]
    nonces = [x[:12] for x in raw if x is not None and len(x) > 12]
    record(
        f"vault: every nonce is unique ({len(nonces)} sealed values)",
        len(nonces) >= 48 and len(set(nonces)) == len(nonces),
        f"{len(nonces)} nonces, {len(set(nonces))} distinct,"
        f" {sum(x is None for x in raw)} undecodable",
    )
    record(
        "vault: every ciphertext is unique (the same value in 24 sessions too)",
        len(set(sealed)) == len(sealed),
        f"{len(sealed)} values, {len(set(sealed))} distinct",
    )


# --------------------------------------------------------------------------- MONITOR


class Monitor:
    """Every command the Redis server runs while the probe works, as a Redis operator sees
    it with MONITOR."""

    def __init__(self, db: int) -> None:
        self.lines: list[str] = []
        self.stop_word = f"acl15-monitor-stop-{RUN}"
        self.r = redis.Redis(host="127.0.0.1", port=6379, db=db)
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with self.r.monitor() as m:
            self.ready.set()
            while True:
                cmd = m.next_command()
                line = str(cmd.get("command", ""))
                if self.stop_word in line:
                    return
                self.lines.append(line)

    def __enter__(self) -> Monitor:
        self.thread.start()
        self.ready.wait(10)
        time.sleep(0.3)
        return self

    def __exit__(self, *exc: Any) -> None:
        redis.Redis(host="127.0.0.1", port=6379).echo(self.stop_word)
        self.thread.join(20)


async def monitor_probe(c: httpx.AsyncClient, db: int, prefix: str, env: dict[str, str]) -> None:
    sub = value("monitor subject", f"mon-{RUN}")
    sess = value("monitor session", f"mon-s-{RUN}")
    email = value("monitor email", f"monitor.{RUN}@example.com")
    iban = value("monitor iban", "GB82 WEST 1234 5698 7654 32")
    card = value("monitor card", "5555 5555 5555 4444")
    with Monitor(db) as mon:
        await c.post("/consent", json=CONSENT, headers=fresh(sub))
        await chat(c, T(sub), sess, f"mail {email}, IBAN {iban}")
        await chat(c, T(sub), sess, f"card {card} please", stream=True)
        await chat(c, T(sub), sess, "recall what I said")
        await c.get("/v1/models", params={"q": email}, headers={**T(sub), "x-session-id": sess})
        await c.get("/consent/me", headers=T(sub))
        await c.get("/consent/me/export", headers=fresh(sub))
        await c.post("/admin/consent/lookup", json={"subject": sub}, headers=ADMIN)
        await c.post("/admin/consent/export", json={"subject": sub}, headers=ADMIN)
        await c.post("/consent/me/restriction", headers=fresh(sub))
        await c.delete("/consent/me/restriction", headers=fresh(sub))
        await c.post("/consent", json=WITHDRAW, headers=fresh(sub))
        await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub))
        await asyncio.sleep(1.0)
    ours = [x for x in mon.lines if prefix in x]
    needles = {
        "email": email,
        "iban": iban,
        "card": card,
        "subject": sub,
        "session": sess,
        **secret_needles(env),
    }
    found = p13.leaks("\n".join(mon.lines), needles)
    record(
        f"Redis MONITOR: no value, id, session id, token or key in the commands"
        f" ({len(mon.lines)} commands, {len(ours)} under the prefix)",
        len(ours) > 20 and not found,
        str(found[:5]),
    )
    tokens = [x for x in mon.lines if re.search(r"eyJ[\w-]{10,}\.eyJ", x)]
    record("Redis MONITOR: no subject token in any command", not tokens, str(tokens[:1])[:160])
    r = redis.Redis(host="127.0.0.1", port=6379, db=db)
    slow = json.dumps([repr(e) for e in r.slowlog_get(128)])
    clients = repr(r.client_list())
    found = p13.leaks(slow + clients, needles)
    record("Redis SLOWLOG and CLIENT LIST: no value, id or key", not found, str(found[:5]))
    info(
        "Redis MONITOR: command kinds under the prefix",
        str(sorted({x.split(" ", 1)[0] for x in ours}))[:300],
    )


# --------------------------------------------------------------------------- browsers


async def consent_state(c: httpx.AsyncClient, sub: str) -> list[str]:
    got = await c.get("/consent/me/export", headers=fresh(sub))
    if got.status_code != 200:
        return [f"export {got.status_code}"]
    return [str(x.get("state")) for x in got.json().get("records", [])]


async def browser_probes(c: httpx.AsyncClient) -> None:
    """A page of another origin driving the consent and rights API with the user's
    credential (a token a script holds, or a cookie the browser sends by itself)."""
    sub = value("browser subject", f"brw-{RUN}")
    email = value("browser email", f"browser.{RUN}@example.com")
    assert (await c.post("/consent", json=CONSENT, headers=fresh(sub))).status_code == 201
    await chat(c, T(sub), f"brw-s-{RUN}", f"mail {email}")
    for origin in (EVIL, "null"):
        for method, path, body in [
            ("POST", "/consent", WITHDRAW),
            ("POST", "/consent/me/erase", {"confirm": "erase"}),
            ("POST", "/consent/me/restriction", None),
            ("GET", "/consent/me/export", None),
        ]:
            resp = await c.request(
                method, path, json=body, headers={**fresh(sub), "origin": origin}
            )
            record(
                f"browser: {method} {path} from Origin {origin}: 403, nothing done or shown",
                resp.status_code == 403 and email not in resp.text,
                f"{resp.status_code} {resp.text[:80]}",
            )
    states = await consent_state(c, sub)
    exp = await c.get("/consent/me/export", headers=fresh(sub))
    record(
        "browser: after the cross-origin attempts the subject's consent and data are intact",
        states == ["given"] and email in exp.text,
        f"{states}",
    )
    pre = await c.options(
        "/consent",
        headers={
            "origin": EVIL,
            "access-control-request-method": "POST",
            "access-control-request-headers": "x-piiguard-subject-token,content-type",
        },
    )
    record(
        "browser: a CORS preflight from another origin is not allowed",
        "access-control-allow-origin" not in pre.headers,
        f"{pre.status_code} {dict(pre.headers)}"[:160],
    )
    # bodies a cross-site form or a no-cors fetch can send
    for ctype in (
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ):
        resp = await c.post(
            "/consent",
            content=json.dumps(WITHDRAW),
            headers={**fresh(sub), "content-type": ctype},
        )
        record(
            f"browser: a consent change sent as {ctype.split(';')[0]} is refused (415)",
            resp.status_code == 415,
            f"{resp.status_code} {resp.text[:80]}",
        )
    resp = await c.post(
        "/consent/me/erase",
        content=json.dumps({"confirm": "erase"}),
        headers={**fresh(sub), "content-type": "text/plain"},
    )
    record(
        "browser: an erasure sent as text/plain is refused (415)",
        resp.status_code == 415,
        f"{resp.status_code} {resp.text[:80]}",
    )
    states = await consent_state(c, sub)
    record(
        "browser: consent still given after the simple-request bodies",
        states == ["given"],
        str(states),
    )
    # answers a browser must not sniff or keep
    for path in ("/consent/me/export", "/consent/me", "/consent"):
        resp = await c.get(path, headers=fresh(sub))
        ct = resp.headers.get("content-type", "")
        record(
            f"browser: GET {path} answers JSON with nosniff",
            resp.status_code == 200
            and ct.startswith("application/json")
            and resp.headers.get("x-content-type-options", "").lower() == "nosniff",
            f"{resp.status_code} {ct} nosniff={resp.headers.get('x-content-type-options')}",
        )
    resp = await c.post("/admin/consent/export", json={"subject": sub}, headers=ADMIN)
    record(
        "browser: the operator's export answers JSON with nosniff",
        resp.status_code == 200
        and resp.headers.get("x-content-type-options", "").lower() == "nosniff",
        f"{resp.status_code} nosniff={resp.headers.get('x-content-type-options')}",
    )
    bad = await c.get("/consent/nobody-here", headers=fresh(sub))
    record(
        "browser: an error of the consent API carries nosniff too",
        bad.status_code >= 400
        and bad.headers.get("x-content-type-options", "").lower() == "nosniff",
        f"{bad.status_code} nosniff={bad.headers.get('x-content-type-options')}",
    )


async def middleware_browser_probes(proxy: p13.Proxy, db: int, workdir: Path) -> None:
    """The consent API behind PiiGuardMiddleware, the subject from a login cookie: what a
    page of another origin can make the browser send with that cookie."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from piiguard.config import GuardConfig
    from piiguard.middleware import PiiGuardMiddleware
    from piiguard.pipeline import Guard

    async def chat_route(request: Request) -> JSONResponse:
        body = await request.json()
        return JSONResponse({"reply": f"noted: {body.get('message')}"})

    config = GuardConfig(
        routes=("/chat",),
        detector="patterns",
        redis_url=f"redis://127.0.0.1:6379/{db}",
        redis_prefix=proxy.prefix,
        secret_key=proxy.env["PIIGUARD_SECRET_KEY"],
        vault_key=VAULT_KEY,
        training_sink="jsonl",
        training_jsonl_path=str(workdir / "mw-training.jsonl"),
        consent_notice_version=p13.NOTICE,
    )
    guard = Guard(config)

    def login(scope: Any) -> str | None:
        for k, v in scope.get("headers", []):
            if k == b"cookie":
                m = re.search(r"login=([\w.-]+)", v.decode())
                if m:
                    return m.group(1)
        return None

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", chat_route, methods=["POST"])]),
        guard=guard,
        subject_resolver=login,
    )
    sub = value("cookie subject", f"cookie-{RUN}")
    cookie = {"cookie": f"login={sub}"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://localhost", timeout=60
    ) as mw:
        given = await mw.post("/consent", json=CONSENT, headers=cookie)
        if given.status_code == 404:
            info("middleware: the consent API is not served by PiiGuardMiddleware", "404")
            return
        record(
            "middleware: consent given with the login cookie (control)",
            given.status_code == 201,
            str(given.status_code),
        )

        async def state() -> str:
            got = await mw.get("/consent", headers=cookie)
            return got.text

        for ctype in (
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ):
            resp = await mw.post(
                "/consent",
                content=json.dumps(WITHDRAW),
                headers={**cookie, "content-type": ctype, "origin": EVIL},
            )
            record(
                f"middleware: a cross-site {ctype.split(';')[0]} POST with the login cookie"
                " changes nothing",
                resp.status_code >= 400 and '"withdrawn"' not in await state(),
                f"{resp.status_code} {resp.text[:80]}",
            )
        resp = await mw.post(
            "/consent/me/erase",
            content=json.dumps({"confirm": "erase"}),
            headers={**cookie, "content-type": "text/plain", "origin": EVIL},
        )
        record(
            "middleware: a cross-site text/plain erasure with the login cookie is refused",
            resp.status_code >= 400,
            f"{resp.status_code} {resp.text[:80]}",
        )
        resp = await mw.post("/consent", json=WITHDRAW, headers={**cookie, "origin": EVIL})
        info(
            "middleware: a cross-origin JSON change (needs a CORS preflight the host app answers)",
            str(resp.status_code),
        )


# --------------------------------------------------------------------------- erasure


async def erasure_idempotency_probes(c: httpx.AsyncClient) -> None:
    sub = value("erase subject", f"era-{RUN}")
    email = value("erase email", f"erase.{RUN}@example.com")
    await c.post("/consent", json=CONSENT, headers=fresh(sub))
    await chat(c, T(sub), f"era-s-{RUN}", f"mail {email}")
    first = await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub))
    second = await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub))
    record(
        "erasure: the subject's second erasure answers 200, as the first",
        first.status_code == 200 and second.status_code == 200,
        f"{first.status_code} {second.status_code} {second.text[:120]}",
    )
    adm = [
        await c.post("/admin/consent/erase", json={"subject": sub}, headers=ADMIN) for _ in range(2)
    ]
    record(
        "erasure: the operator's erasure twice after the subject's answers 200 twice",
        [x.status_code for x in adm] == [200, 200],
        str([x.status_code for x in adm]),
    )
    never = await c.post("/admin/consent/erase", json={"subject": f"never-{RUN}"}, headers=ADMIN)
    record(
        "erasure: of a subject never seen answers 200",
        never.status_code == 200,
        str(never.status_code),
    )
    sub2 = value("erase subject 2", f"era2-{RUN}")
    await c.post("/consent", json=CONSENT, headers=fresh(sub2))
    await chat(
        c, T(sub2), f"era2-s-{RUN}", f"mail {value('erase email 2', f'erase2.{RUN}@example.com')}"
    )
    many = await asyncio.gather(
        *(
            c.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub2))
            for _ in range(6)
        ),
        *(c.post("/admin/consent/erase", json={"subject": sub2}, headers=ADMIN) for _ in range(4)),
    )
    codes = sorted(x.status_code for x in many)
    exp = await c.get("/consent/me/export", headers=fresh(sub2))
    record(
        "erasure: ten concurrent erasures of one subject all answer 200, nothing left",
        set(codes) == {200} and VALUES["erase email 2"] not in exp.text,
        f"{codes}",
    )


# --------------------------------------------------------------------------- two workers


async def two_worker_probes(a: httpx.AsyncClient, b: httpx.AsyncClient, rows: p13.Rows) -> None:
    sub = value("worker subject", f"wrk-{RUN}")
    sess = value("worker session", f"wrk-s-{RUN}")
    email = value("worker email", f"worker.{RUN}@example.com")
    await a.post("/consent", json=CONSENT, headers=fresh(sub))
    m = marker()
    await chat(b, T(sub), sess, f"hello {m} {email}")
    written = await rows.settled(m)
    record(
        "two workers: consent given on A, a turn on B is written (control)",
        sum(written) > 0,
        str(written),
    )
    w = await a.post("/consent", json=WITHDRAW, headers=fresh(sub))
    m = marker()
    await chat(b, T(sub), sess, f"after the withdrawal {m}")
    written = await rows.settled(m)
    record(
        "two workers: withdrawn on A, the next turn on B is not written",
        w.status_code == 201 and written == (0, 0),
        f"{w.status_code} {written}",
    )
    await a.post("/admin/consent/restrict", json={"subject": sub}, headers=ADMIN)
    resp = await chat(b, T(sub), sess, f"while restricted {email}")
    record(
        "two workers: restricted on A, B answers 403 at once",
        resp.status_code == 403,
        str(resp.status_code),
    )
    await a.post("/admin/consent/resume", json={"subject": sub}, headers=ADMIN)
    recall = await chat(b, T(sub), sess, "recall what I said")
    e = await a.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub))
    after = await chat(b, T(sub), sess, "recall what I said")
    record(
        "two workers: erased on A, B restores nothing of the session",
        email in recall.text and e.status_code == 200 and email not in after.text,
        f"before={email in recall.text} {e.status_code}"
        f" after={after.status_code} {after.text[:80]}",
    )
    # concurrent changes over both workers end in the last event's state
    sub2 = value("worker subject 2", f"wrk2-{RUN}")
    changes = [
        (a if i % 2 else b).post(
            "/consent", json=CONSENT if i % 3 else WITHDRAW, headers=fresh(sub2)
        )
        for i in range(20)
    ]
    codes = [x.status_code for x in await asyncio.gather(*changes)]
    me = await a.get("/consent/me", headers=T(sub2))
    try:
        records = me.json().get("records", [])
        state = records[0].get("state") if records else None
        # the access answer's top-level "events" (kind given/withdrawn), in order
        events = [
            ev
            for ev in me.json().get("events", [])
            if isinstance(ev, dict) and ev.get("kind") in ("given", "withdrawn")
        ]
        last = events[-1] if events else {}
        last_action = last.get("kind")
    except (ValueError, AttributeError):
        state, last_action, events = None, None, []
    record(
        "two workers: 20 concurrent changes over A and B end in the last event's state",
        state in ("given", "withdrawn") and len(events) == 20 and state == last_action,
        f"codes={sorted(set(codes))} state={state} last={last_action} events={len(events)}",
    )
    info("two workers: the last event's shape", json.dumps(events[-1] if events else {})[:200])


# ---------------------------------------------------------------- JSONL-only export, TTLs


async def jsonl_export_and_ttl_probes(
    workdir: Path, upstream: int, db: int, r: redis.Redis
) -> None:
    prefix = f"acl15-{RUN}-ttl"
    px = p13.Proxy(
        "jsonl-only",
        workdir,
        upstream,
        db,
        prefix,
        {
            "PIIGUARD_TRAINING_SINK": "jsonl",
            "PIIGUARD_VAULT_TTL_SECONDS": "120",
            "PIIGUARD_VAULT_KEY": VAULT_KEY,
        },
    )
    px.start()
    vault_ttl = 120
    try:
        async with client(px.base) as c:
            sub = value("ttl subject", f"ttl-{RUN}")
            sess = value("ttl session", f"ttl-s-{RUN}")
            email = value("ttl email", f"ttl.{RUN}@example.com")
            await c.post("/consent", json=CONSENT, headers=fresh(sub))
            m = marker()
            await chat(c, T(sub), sess, f"keep {email} {m}")
            await asyncio.sleep(1.0)
            exp = await c.get("/consent/me/export", headers=fresh(sub))
            record(
                "export with the JSONL sink alone holds the subject's training rows",
                exp.status_code == 200 and m in exp.text and email in exp.text,
                f"{exp.status_code} marker={m in exp.text} value={email in exp.text}",
            )

            def over_bounds(step: str) -> list[str]:
                bad = []
                for k in r.scan_iter(match=f"{prefix}*"):
                    name = k.decode(errors="replace")
                    ttl = r.ttl(k)
                    if ttl == -1:
                        if not p13.DOCUMENTED_NO_TTL.search(name):
                            bad.append(f"{step}: {name[len(prefix) :][:40]} no TTL")
                        continue
                    limit = (
                        86400
                        if name.endswith(":audit-refusals")
                        else (600 + 60 if ":token-use:" in name else 2 * vault_ttl + 5)
                    )
                    if ttl > limit:
                        bad.append(f"{step}: {name[len(prefix) :][:40]} ttl {ttl} > {limit}")
                return bad

            bad = over_bounds("after a chat")
            for step, method, path, body in [
                ("withdrawn", "POST", "/consent", WITHDRAW),
                ("given again", "POST", "/consent", CONSENT),
                ("restricted", "POST", "/consent/me/restriction", None),
                ("lifted", "DELETE", "/consent/me/restriction", None),
                ("minor", "POST", "/consent", {**CONSENT, "age": 14}),
                ("erased", "POST", "/consent/me/erase", {"confirm": "erase"}),
            ]:
                await c.request(method, path, json=body, headers=fresh(sub))
                await chat(c, T(sub), sess, f"again {email}")
                bad += over_bounds(step)
            record(
                "TTLs: after every consent change, no key outlives its documented bound",
                not bad,
                "; ".join(bad[:5]),
            )
            tomb = [(k, r.ttl(k)) for k in r.scan_iter(match=f"{prefix}:vault:*")]
            info("TTLs: vault keys after the erasure", str(tomb[:3])[:200])
    finally:
        px.stop()
        for k in r.scan_iter(match=f"{prefix}*"):
            r.delete(k)


# --------------------------------------------------------------------------- audit


async def audit_probes(c: httpx.AsyncClient, proxy: p13.Proxy) -> None:
    """Unauthenticated callers of every kind grow the audit log only by its bound."""
    before = len(proxy.audit.read_text().splitlines()) if proxy.audit.exists() else 0
    attempts = []
    for i in range(40):
        attempts += [
            c.get("/consent/me", headers={"x-user-id": f"victim-{RUN}"}),
            c.get("/consent/me", headers={"authorization": f"Bearer wrong-{i}-{RUN}"}),
            c.post(
                "/admin/consent/lookup",
                json={"subject": f"victim-{RUN}"},
                headers={"x-api-key": "w" * 40},
            ),
            c.get("/consent/me", headers={"x-piiguard-subject-token": f"junk.{i}.junk"}),
            c.post(
                "/consent",
                json=CONSENT,
                headers=BACK(f"victim-{RUN}") | {"authorization": "Bearer no"},
            ),
        ]
    codes = [x.status_code for x in await asyncio.gather(*attempts)]
    await asyncio.sleep(0.5)
    after = len(proxy.audit.read_text().splitlines()) if proxy.audit.exists() else 0
    record(
        f"audit: {len(attempts)} unauthenticated attempts of five kinds add at most two"
        " minutes' bound (120)",
        after - before <= 120 and set(codes) <= {400, 401, 403},
        f"+{after - before} entries, statuses {sorted(set(codes))}",
    )
    lines = proxy.audit.read_text().splitlines() if proxy.audit.exists() else []
    fields, detail_fields, subject_keys = set(), set(), set()
    for line in lines:
        try:
            e = json.loads(line)
        except ValueError:
            fields.add("<not JSON>")
            continue
        fields |= set(e)
        detail_fields |= set(e.get("detail") or {})
        subject_keys.add(str(e.get("subject_key", "")))
    documented = {"action", "actor", "at", "detail", "purpose", "record_id", "subject_key"}
    record(
        f"audit: entries hold the documented fields only ({len(lines)} entries)",
        fields <= documented,
        f"extra={sorted(fields - documented)}",
    )
    info("audit: detail fields seen", str(sorted(detail_fields)))
    odd = [k for k in subject_keys if k and not re.fullmatch(r"[A-Za-z0-9_\-=.:]{16,}", k)]
    record("audit: every subject_key is a pseudonym", not odd, str(odd[:3]))


# --------------------------------------------------------------------------- error pages


def raw_request(port: int, data: bytes, *, half_close: bool = False) -> bytes:
    """One raw request; the connection closes after it. Half-closing (no more bytes)
    makes uvicorn drop the request unanswered, so only the lying length uses it."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(data)
        if half_close:
            s.shutdown(socket.SHUT_WR)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            out += chunk
    return out


CHAT_LINE = b"POST /v1/chat/completions HTTP/1.1\r\n"
CONSENT_LINE = b"POST /consent HTTP/1.1\r\n"
JSON_TYPE = b"content-type: application/json\r\n"


async def error_page_probes(proxy: p13.Proxy) -> None:
    email = value("error page email", f"errpage.{RUN}@example.com")
    key = KEYS["alice"]
    host = f"127.0.0.1:{proxy.port}"
    # the value only where the request is malformed, never in a chat the bot may echo
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
    sends = {
        "bad percent escape in the path": b"GET /v1/models/%zz%"
        + email.encode()
        + b" HTTP/1.1\r\n",
        "bytes that are not UTF-8 in the query": b"GET /v1/models?q=%ff%fe"
        + email.encode()
        + b" HTTP/1.1\r\n",
        "bytes that are not UTF-8 in the session id": CHAT_LINE
        + b"x-session-id: \xff\xfe"
        + email.encode()
        + b"\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n",
        "a Content-Length longer than the body": CHAT_LINE
        + JSON_TYPE
        + b"content-length: 99999\r\n",
        "a bad chunk size": CONSENT_LINE + JSON_TYPE + b"transfer-encoding: chunked\r\n",
        "a consent body of bytes that are not UTF-8": CONSENT_LINE
        + JSON_TYPE
        + b"content-length: 40\r\n",
    }
    tails = {
        "bytes that are not UTF-8 in the session id": b"\r\n" + body,
        "a Content-Length longer than the body": b"\r\n" + body,
        "a bad chunk size": b"\r\nzz\r\n" + body + b"\r\n0\r\n\r\n",
        "a consent body of bytes that are not UTF-8": b"\r\n"
        + b'{"action": "\xff\xfe'
        + email.encode()[:24]
        + b'"}',
    }
    env_values = [v for k, v in proxy.env.items() if k.startswith("PIIGUARD_") and len(v) >= 12]
    for name, head in sends.items():
        req = head + f"host: {host}\r\nauthorization: Bearer {key}\r\n".encode()
        req += b"connection: close\r\n" + tails.get(name, b"\r\n")
        lying = "longer than the body" in name
        out = await asyncio.to_thread(raw_request, proxy.port, req, half_close=lying)
        text = out.decode("latin-1")
        status = text.split(" ", 2)[1] if text.startswith("HTTP/") else "?"
        problems = no_error_page_leak(text)
        problems += [f"env value {v[:6]}..." for v in env_values if v in text]
        problems += ["the value"] if email in text or email.split("@")[0] in text else []
        record(
            f"error page: {name}: no traceback, path, environment value or value",
            not problems and status != "500",
            f"status {status} {problems}",
        )


# --------------------------------------------------------------------------- command line


def last(out: str) -> str:
    lines = out.strip().splitlines()
    return lines[-1][:140] if lines else ""


def cli(
    args: list[str], env: dict[str, str], stdin: bytes = b"", cwd: Path | None = None
) -> tuple[int, str]:
    try:
        proc = subprocess.run(
            [sys.executable, "-m", *args],
            env=env,
            input=stdin,
            capture_output=True,
            timeout=120,
            cwd=cwd,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"") + (exc.stderr or b"")
        return 999, "(still running after 120 s) " + out.decode(errors="replace")
    return proc.returncode, (proc.stdout + proc.stderr).decode(errors="replace")


def cli_probes(base_env: dict[str, str], workdir: Path) -> None:
    pw = "PwS3cret" + secrets.token_hex(6)
    email = value("cli email", f"cli.{RUN}@example.com")
    env = {
        **{k: v for k, v in base_env.items() if not k.startswith("PIIGUARD_")},
        **{k: v for k, v in base_env.items() if k.startswith("PIIGUARD_")},
        "PIIGUARD_VAULT_KEY": VAULT_KEY,
        "PIIGUARD_UPSTREAM_API_KEY": "sk-up-" + pw,
    }
    needles = {**secret_needles(env), "password": pw, "email": email}
    helps = (
        [["piiguard", "--help"]]
        + [
            ["piiguard", c, "--help"]
            for c in ("detect", "mask", "serve", "proxy", "retention", "vault", "token")
        ]
        + [["piiguard", "vault", "rekey", "--help"], ["piiguard.settings"]]
    )
    shown = []
    for args in helps:
        rc, out = cli(args, env)
        found = p13.leaks(out, needles)
        if found or rc != 0:
            shown.append(f"{' '.join(args[1:]) or args[0]} rc={rc} {found}")
    record(
        f"cli: --help of every command and the settings table print no secret of the"
        f" environment ({len(helps)})",
        not shown,
        "; ".join(shown[:4]),
    )
    bad_settings = {
        "an upstream URL with a password and a port out of range": {
            "PIIGUARD_UPSTREAM_URL": f"http://user:{pw}@127.0.0.1:99999/v1"
        },
        "an upstream URL with a password and a port that is no number": {
            "PIIGUARD_UPSTREAM_URL": f"http://user:{pw}@127.0.0.1:port/v1"
        },
        "a Redis URL with a password and a port out of range": {
            "PIIGUARD_REDIS_URL": f"redis://:{pw}@127.0.0.1:99999/0"
        },
        "a Redis URL with a password and an unknown scheme": {
            "PIIGUARD_REDIS_URL": f"mysql://:{pw}@127.0.0.1:6379/0"
        },
    }
    for name, extra in bad_settings.items():
        e = {**env, **extra, "PIIGUARD_PORT": str(p13.free_port())}
        rc, out = cli(["piiguard", "proxy"], e)
        found = p13.leaks(out, needles)
        named = any(k in out for k in extra)
        record(
            f"cli proxy: {name}: refuses with a message naming the setting, no traceback,"
            " no password",
            rc != 0 and not found and "Traceback" not in out and named,
            f"rc={rc} named={named} traceback={'Traceback' in out} found={found} {last(out)}",
        )
        if "PIIGUARD_REDIS_URL" not in extra:
            continue
        rc, out = cli(["piiguard", "vault", "rekey"], {**env, **extra})
        found = p13.leaks(out, needles)
        record(
            f"cli vault rekey: {name}: refuses, no traceback, no password",
            rc != 0 and not found and "Traceback" not in out,
            f"rc={rc} traceback={'Traceback' in out} found={found} {last(out)}",
        )
    plain = {k: v for k, v in env.items() if not k.startswith("PIIGUARD_")}
    for name, args, data in [
        (
            "mask: a line that is not UTF-8",
            ["piiguard", "mask"],
            f"call {email} \xff now\n".encode("latin-1"),
        ),
        (
            "detect: a JSON line that is not UTF-8",
            ["piiguard", "detect", "--patterns-only"],
            b'{"id": "1", "text": "mail ' + email.encode() + b' \xff"}\n',
        ),
        (
            "detect: a plain line that is not UTF-8",
            ["piiguard", "detect", "--patterns-only"],
            b"mail " + email.encode() + b" \xfe\xff\n",
        ),
    ]:
        rc, out = cli(args, plain, stdin=data)
        record(
            f"cli {name}: a clear error, no traceback, no value",
            "Traceback" not in out and email not in out,
            f"rc={rc} traceback={'Traceback' in out} value={email in out} {last(out)}",
        )
    damaged = workdir / "damaged-training.jsonl"
    damaged.write_text(
        json.dumps({"text": "ok", "retain_until": "2020-01-01T00:00:00Z"})
        + "\n"
        + '{"text": "mail '
        + email
        + " half written\n"
    )
    os.chmod(damaged, 0o600)
    rc, out = cli(["piiguard", "retention", "--jsonl", str(damaged)], plain)
    record(
        "cli retention over a damaged JSONL line: prints no value, no traceback",
        email not in out and "Traceback" not in out,
        f"rc={rc} {out.strip()[:140]}",
    )
    info(
        "cli retention over a damaged JSONL line: what is left",
        damaged.read_text()[:120].replace(email, "<email>"),
    )


# --------------------------------------------------------------------------- scans


def closing_scans(proxy: p13.Proxy, r: redis.Redis, metrics: str) -> None:
    needles = {**VALUES, **secret_needles(proxy.env)}
    dump = p13.redis_dump(r, f"{proxy.prefix}*")
    hits = {k: x for k, x in ((k, p13.leaks(k + " " + v, needles)) for k, v in dump.items()) if x}
    record(
        f"Redis: no value, id or key in any of {len(dump)} keys (any form)",
        not hits,
        "; ".join(f"{k[-30:]}: {x}" for k, x in list(hits.items())[:4]),
    )
    keys_hash = [v for k, v in dump.items() if k.endswith(":vault-keys")]
    found = p13.leaks(" ".join(keys_hash), {"vault key": VAULT_KEY.split(":", 1)[1]})
    record(
        "Redis: the vault-keys check values hold no key material",
        bool(keys_hash) and not found,
        str(found),
    )
    for name, path in (("training JSONL", proxy.jsonl), ("audit file", proxy.audit)):
        text = path.read_text(errors="replace") if path.exists() else ""
        found = p13.leaks(text, needles)
        record(
            f"{name}: no value, id or key ({len(text.splitlines())} lines)",
            not found,
            str(found[:4]),
        )
    logs = proxy.logs()
    found = p13.leaks(logs, needles)
    record(
        f"proxy logs at DEBUG: no value, id or key ({len(logs.splitlines())} lines)",
        not found,
        str(found[:4]),
    )
    record(
        "proxy logs: no traceback",
        "Traceback" not in logs,
        next((ln for ln in logs.splitlines() if "Error" in ln), "")[:160],
    )
    found = p13.leaks(metrics, needles)
    record(
        f"/metrics: no value, id or key ({len(metrics.splitlines())} lines)",
        not found,
        str(found[:4]),
    )
    errs = "\n".join(p13.ERROR_BODIES)
    found = p13.leaks(errs, needles)
    pages = no_error_page_leak(errs)
    record(
        f"error bodies: no value, id, key or traceback ({len(p13.ERROR_BODIES)} replies >= 400)",
        not found and not pages,
        f"{found[:4]} {pages}",
    )


# --------------------------------------------------------------------------- main


async def run(workdir: Path, upstream: int, db: int) -> None:
    r = redis.Redis(host="127.0.0.1", port=6379, db=db)
    prefix = f"acl15-{RUN}"
    proxy = p13.Proxy("main", workdir, upstream, db, prefix, {"PIIGUARD_VAULT_KEY": VAULT_KEY})
    proxy.start()
    second = p13.Proxy(
        "second",
        workdir,
        upstream,
        db,
        prefix,
        {
            "PIIGUARD_VAULT_KEY": VAULT_KEY,
            "PIIGUARD_SECRET_KEY": proxy.env["PIIGUARD_SECRET_KEY"],
            "PIIGUARD_TRAINING_JSONL_PATH": str(proxy.jsonl),
            "PIIGUARD_AUDIT_PATH": str(proxy.audit),
        },
    )
    second.start()
    metrics = ""
    try:
        rows = p13.Rows(proxy, r)
        async with client(proxy.base) as c, client(second.base) as c2:
            sections: list[tuple[str, Awaitable[None]]] = [
                ("vault at rest", vault_tamper_probes(c, r, prefix)),
                ("nonces", nonce_probe(c, r, prefix)),
                ("what a Redis operator sees", monitor_probe(c, db, prefix, proxy.env)),
                ("browsers", browser_probes(c)),
                ("browsers at the middleware", middleware_browser_probes(proxy, db, workdir)),
                ("erasure twice", erasure_idempotency_probes(c)),
                ("two workers", two_worker_probes(c, c2, rows)),
                ("audit log", audit_probes(c, proxy)),
                ("error pages", error_page_probes(proxy)),
            ]
            for name, coro in sections:
                print(f"== {name}", flush=True)
                try:
                    await coro
                except Exception as exc:  # a probe that crashes is a finding too
                    record(f"{name}: ran to the end", False, f"{type(exc).__name__}: {exc}"[:300])
            metrics = (await c.get("/metrics")).text
    finally:
        proxy.stop()
        second.stop()
    print("== JSONL-only export and TTLs", flush=True)
    try:
        await jsonl_export_and_ttl_probes(workdir, upstream, db, r)
    except Exception as exc:
        record(
            "JSONL-only export and TTLs: ran to the end",
            False,
            f"{type(exc).__name__}: {exc}"[:300],
        )
    print("== command line", flush=True)
    try:
        cli_probes(proxy.env, workdir)
    except Exception as exc:
        record("command line: ran to the end", False, f"{type(exc).__name__}: {exc}"[:300])
    print("== scans", flush=True)
    closing_scans(proxy, r, metrics)
    for k in r.scan_iter(match=f"{prefix}*"):
        r.delete(k)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", type=int, default=15)
    ap.add_argument("--reuse-db", action="store_true", help="run even if the database holds keys")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    r = redis.Redis(host="127.0.0.1", port=6379, db=args.db)
    if r.dbsize() and not args.reuse_db:
        print(
            f"database {args.db} holds keys; pick an empty one (--db) or pass --reuse-db",
            file=sys.stderr,
        )
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="probe-acl15-"))
    os.chmod(workdir, 0o700)
    port = p13.free_port()
    up = subprocess.Popen(
        [sys.executable, p13.__file__, "--upstream", str(port)], start_new_session=True
    )
    try:
        p13.wait_http(f"http://127.0.0.1:{port}/_seen")
        asyncio.run(run(workdir, port, args.db))
    finally:
        os.killpg(up.pid, signal.SIGTERM)
        up.wait(10)
    failed = [n for n, ok, _ in RESULTS if not ok]
    print(
        f"\n{len(RESULTS)} probes, {len(failed)} failed"
        + (f" (work folder {workdir})" if args.keep else "")
    )
    for n in failed:
        print("  FAILED:", n)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return len(failed)


if __name__ == "__main__":
    sys.exit(main())
