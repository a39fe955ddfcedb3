"""acl13: a black-box pass over data at rest and access (vault, consent, rights API).

Written from the README, docs/ and RESULTS.md (acl8..acl12) only, without reading
piiguard's source. Everything runs against real processes:

- ``python -m piiguard proxy --log-level debug`` (its stdout and stderr captured);
- a recording upstream (this file, ``--upstream PORT``) on uvicorn;
- the real Redis at 127.0.0.1:6379, database ``--db`` (default 13, checked empty unless
  ``--reuse-db``) under a fresh prefix; only that prefix's keys are deleted at the end.

    PYTHONPATH=$PWD python benchmarks/probe_acl13.py        # prints PASS/FAIL per probe

Each probe prints PASS or FAIL with what it saw; the exit code is the number of FAILs.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import jwt
import redis

SECRET = "acl13-token-secret-" + secrets.token_hex(16)
AUDIENCE = "https://chat.example.com/piiguard-acl13"
ADMIN_KEY = "acl13-admin-" + secrets.token_hex(16)
NOTICE = "2026-01"
KEYS = {
    "alice": "kalice-" + secrets.token_hex(8),
    "back": "kback-" + secrets.token_hex(8),
    "plain": "kplain-" + secrets.token_hex(8),
}

RESULTS: list[tuple[str, bool, str]] = []


def record(name: str, ok: bool, detail: str = "") -> None:
    RESULTS.append((name, ok, detail))
    print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  -- {detail}" if detail else ""), flush=True)


def info(name: str, detail: str) -> None:
    print(f"INFO  {name}  -- {detail}", flush=True)


# --------------------------------------------------------------------------- upstream


def upstream_app() -> Any:
    """A recording OpenAI-shaped upstream: echoes the last user text, or says what follows
    ``say:``; ``slow`` makes it stream slowly."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    seen: list[str] = []

    def last_text(body: dict[str, Any]) -> str:
        if "messages" in body:
            for m in reversed(body["messages"]):
                if m.get("role") == "user":
                    c = m.get("content")
                    if isinstance(c, list):
                        return "".join(p.get("text", "") for p in c if isinstance(p, dict))
                    return str(c)
        for k in ("input", "prompt"):
            if k in body:
                return body[k] if isinstance(body[k], str) else json.dumps(body[k])
        return ""

    def reply_for(text: str) -> str:
        if "recall" in text:
            # the bot itself repeats placeholders, in the forms a model writes
            return (
                "you said <EMAIL_ADDRESS_1>, [EMAIL_ADDRESS_1], EMAIL_ADDRESS_1, <PHONE_NUMBER_1>"
            )
        if "say:" in text:
            return text.split("say:", 1)[1].strip()
        return "echo: " + text

    async def chat(request: Request) -> Any:
        raw = (await request.body()).decode()
        seen.append(raw)
        body = json.loads(raw)
        text = reply_for(last_text(body))
        slow = "slowly" in raw
        if body.get("stream"):

            async def gen() -> Any:
                pieces = [text[i : i + 6] for i in range(0, len(text), 6)] or [""]
                for p in pieces:
                    if slow:
                        await asyncio.sleep(0.25)
                    chunk = {
                        "id": "c1",
                        "object": "chat.completion.chunk",
                        "created": 1,
                        "model": "m",
                        "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}],
                    }
                    yield f"data: {json.dumps(chunk)}\n\n"
                yield "data: [DONE]\n\n"

            return StreamingResponse(gen(), media_type="text/event-stream")
        if slow:
            await asyncio.sleep(1.5)
        return JSONResponse(
            {
                "id": "c1",
                "object": "chat.completion",
                "created": 1,
                "model": "m",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": text},
                    }
                ],
            }
        )

    async def responses(request: Request) -> Any:
        raw = (await request.body()).decode()
        seen.append(raw)
        text = reply_for(last_text(json.loads(raw)))
        return JSONResponse(
            {
                "id": "r1",
                "object": "response",
                "status": "completed",
                "output": [
                    {
                        "type": "message",
                        "id": "m1",
                        "role": "assistant",
                        "content": [{"type": "output_text", "text": text}],
                    }
                ],
            }
        )

    async def completions(request: Request) -> Any:
        raw = (await request.body()).decode()
        seen.append(raw)
        text = reply_for(last_text(json.loads(raw)))
        return JSONResponse(
            {
                "id": "k1",
                "object": "text_completion",
                "created": 1,
                "model": "m",
                "choices": [{"index": 0, "text": text, "finish_reason": "stop"}],
            }
        )

    async def embeddings(request: Request) -> Any:
        seen.append((await request.body()).decode())
        return JSONResponse(
            {
                "object": "list",
                "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
            }
        )

    async def models(request: Request) -> Any:
        seen.append("GET " + str(request.url))
        return JSONResponse({"object": "list", "data": []})

    async def seen_route(request: Request) -> Any:
        return JSONResponse(seen)

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/responses", responses, methods=["POST"]),
            Route("/v1/completions", completions, methods=["POST"]),
            Route("/v1/embeddings", embeddings, methods=["POST"]),
            Route("/v1/models", models, methods=["GET"]),
            Route("/_seen", seen_route, methods=["GET"]),
        ]
    )


# --------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


class Proxy:
    def __init__(
        self,
        name: str,
        workdir: Path,
        upstream: int,
        db: int,
        prefix: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workdir = workdir
        self.prefix = prefix
        self.jsonl = workdir / f"{name}-training.jsonl"
        self.audit = workdir / f"{name}-audit.jsonl"
        self.out = workdir / f"{name}.stdout"
        self.err = workdir / f"{name}.stderr"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("PIIGUARD_")},
            "PIIGUARD_UPSTREAM_URL": f"http://127.0.0.1:{upstream}/v1",
            "PIIGUARD_PORT": str(self.port),
            "PIIGUARD_REDIS_URL": f"redis://127.0.0.1:6379/{db}",
            "PIIGUARD_REDIS_PREFIX": prefix,
            "PIIGUARD_SECRET_KEY": "acl13-secret-" + secrets.token_hex(16),
            "PIIGUARD_CLIENT_KEYS": f"{KEYS['alice']}=alice,{KEYS['back']}=*,{KEYS['plain']}",
            "PIIGUARD_SUBJECT_TOKEN_SECRET": SECRET,
            "PIIGUARD_SUBJECT_TOKEN_AUDIENCE": AUDIENCE,
            "PIIGUARD_TRAINING_SINK": "both",
            "PIIGUARD_TRAINING_JSONL_PATH": str(self.jsonl),
            "PIIGUARD_CONSENT_NOTICE_VERSION": NOTICE,
            "PIIGUARD_CONSENT_ADMIN_KEY": ADMIN_KEY,
            "PIIGUARD_AUDIT_PATH": str(self.audit),
            **(extra or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "piiguard", "proxy", "--log-level", "debug"],
            env=self.env,
            cwd=self.workdir,
            stdout=self.out.open("wb"),
            stderr=self.err.open("wb"),
            start_new_session=True,
        )
        wait_http(self.base + "/healthz")
        wait_http(self.base + "/readyz")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)

    def logs(self) -> str:
        return self.out.read_text(errors="replace") + self.err.read_text(errors="replace")

    def training_lines(self) -> list[str]:
        return self.jsonl.read_text().splitlines() if self.jsonl.exists() else []


def run_upstream(port: int) -> None:
    import uvicorn

    uvicorn.run(upstream_app(), host="127.0.0.1", port=port, log_level="warning")


# --------------------------------------------------------------------------- needles


def forms(needle: str) -> set[str]:
    """The ways a value could sit at rest: plain, case, digits, base64 (every alignment,
    both alphabets), hex, percent, JSON-escaped, and unkeyed digests."""
    out = {needle, needle.lower(), needle.upper()}
    digits = re.sub(r"\D", "", needle)
    if len(digits) >= 8 and len(digits) >= len(needle) // 2:
        out.add(digits)
    out.add(urllib.parse.quote(needle, safe=""))
    out.add(json.dumps(needle)[1:-1])
    out.add(json.dumps(needle, ensure_ascii=False)[1:-1])
    raw = needle.encode()
    for pad in range(3):
        for enc in (base64.b64encode, base64.urlsafe_b64encode):
            b = enc(b"\0" * pad + raw).decode().rstrip("=")
            # the middle only: the first group holds the padding bytes, the last may be partial
            out.add(b[4 if pad else 0 : -4])
    out.add(binascii.hexlify(raw).decode())
    for v in {needle, needle.lower()}:
        for h in (hashlib.md5, hashlib.sha1, hashlib.sha256, hashlib.sha512):
            d = h(v.encode()).hexdigest()
            out.add(d)
            out.add(d[:16])
    return {f for f in out if len(f) >= 6}


def leaks(text: str, needles: dict[str, str]) -> list[str]:
    low = text.lower()
    found = []
    for name, needle in needles.items():
        for f in forms(needle):
            if f.lower() in low:
                found.append(f"{name} as {f[:24]!r}")
                break
    return found


def redis_dump(r: redis.Redis, pattern: str = "*") -> dict[str, str]:
    """Every key (matching pattern) and a text form of its value."""
    out: dict[str, str] = {}
    for key in r.scan_iter(match=pattern, count=1000):
        k = key.decode(errors="replace")
        t = r.type(key).decode()
        if t == "string":
            v: Any = r.get(key)
        elif t == "hash":
            v = r.hgetall(key)
        elif t == "list":
            v = r.lrange(key, 0, -1)
        elif t == "set":
            v = r.smembers(key)
        elif t == "zset":
            v = r.zrange(key, 0, -1, withscores=True)
        elif t == "stream":
            v = r.xrange(key)
        else:
            v = t
        out[k] = repr(v) + " DUMP:" + repr(r.dump(key))
    return out


# --------------------------------------------------------------------------- client helpers


def token(
    sub: Any,
    *,
    secret: str = SECRET,
    alg: str = "HS256",
    ttl: int = 600,
    iat_offset: int = 0,
    drop: Iterable[str] = (),
    **claims: Any,
) -> str:
    now = int(time.time()) + iat_offset
    body: dict[str, Any] = {
        "sub": sub,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ttl,
        "jti": uuid.uuid4().hex,
    }
    body.update(claims)
    for d in drop:
        body.pop(d, None)
    if alg == "none":
        head = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=")
        pay = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=")
        return (head + b"." + pay + b".").decode()
    return jwt.encode(body, secret, algorithm=alg)


def T(sub: str, **kw: Any) -> dict[str, str]:
    return {"x-piiguard-subject-token": token(sub, **kw)}


def BACK(sub: str) -> dict[str, str]:
    return {"authorization": f"Bearer {KEYS['back']}", "x-user-id": sub}


ALICE_KEY = {"authorization": f"Bearer {KEYS['alice']}"}
ADMIN = {"x-api-key": ADMIN_KEY}
CONSENT = {
    "action": "given",
    "purpose": "model_training",
    "notice_version": NOTICE,
    "consent_text": "I agree that my masked chats may train the bot.",
}
WITHDRAW = {**CONSENT, "action": "withdrawn"}

ERROR_BODIES: list[str] = []
REPLY_HEADERS: list[str] = []


async def _hook(resp: httpx.Response) -> None:
    await resp.aread()
    REPLY_HEADERS.append(repr(list(resp.headers.items())))
    if resp.status_code >= 400:
        ERROR_BODIES.append(f"{resp.request.method} {resp.status_code} {resp.text}")


def client(base: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base, timeout=60.0, event_hooks={"response": [_hook]})


def marker() -> str:
    return "mk" + "".join(secrets.choice("bcdfghjklmnpqrstvwxz") for _ in range(10))


async def chat(
    c: httpx.AsyncClient,
    headers: dict[str, str],
    session: str,
    text: Any,
    *,
    stream: bool = False,
    history: list[dict[str, Any]] | None = None,
    route: str = "chat",
) -> httpx.Response:
    h = {**headers, "x-session-id": session}
    if route == "responses":
        return await c.post("/v1/responses", json={"model": "m", "input": text}, headers=h)
    if route == "completions":
        return await c.post("/v1/completions", json={"model": "m", "prompt": text}, headers=h)
    messages = [*(history or []), {"role": "user", "content": text}]
    return await c.post(
        "/v1/chat/completions",
        headers=h,
        json={"model": "m", "messages": messages, "stream": stream},
    )


def reply_text(resp: httpx.Response) -> str:
    return resp.text


class Rows:
    """Training rows holding a marker, in the JSONL file and the Redis stream."""

    def __init__(self, proxy: Proxy, r: redis.Redis) -> None:
        self.proxy, self.r = proxy, r

    def count(self, mark: str) -> tuple[int, int]:
        jsonl = sum(mark in line for line in self.proxy.training_lines())
        stream = sum(mark in repr(e) for e in self.r.xrange(f"{self.proxy.prefix}:training"))
        return jsonl, stream

    async def settled(self, mark: str) -> tuple[int, int]:
        # gate writes may finish after the reply; poll briefly for a stable count
        last = self.count(mark)
        for _ in range(6):
            await asyncio.sleep(0.25)
            now = self.count(mark)
            if now == last:
                return now
            last = now
        return last


# --------------------------------------------------------------------------- the probes

RUN = secrets.token_hex(3)
ALICE = "alice"  # bound to KEYS["alice"]
BOB = f"bob-{RUN}"
ALICE_VALUES = {
    "alice email": f"alice.wong.{RUN}@example.net",
    "alice phone": "+48 601 234 567",
    "alice card": "4111 1111 1111 1111",
    "alice name": "Anna Kowalski",
    "alice iban": "DE89 3704 0044 0532 0130 00",
}
BOB_VALUES = {"bob email": f"bob.stone.{RUN}@example.org", "bob phone": "+44 20 7946 0958"}


async def identity_probes(c: httpx.AsyncClient, r: redis.Redis) -> None:
    """Acting for bob without being bob."""
    bob_session = f"bob-sess-{RUN}"
    assert (await c.post("/consent", json=CONSENT, headers=T(BOB))).status_code == 201
    await chat(c, T(BOB), bob_session, f"mail me at {BOB_VALUES['bob email']}")

    async def bob_intact(label: str) -> None:
        exp = await c.get("/consent/me/export", headers=T(BOB))
        state = (
            [x["state"] for x in exp.json().get("records", [])] if exp.status_code == 200 else []
        )
        ok = exp.status_code == 200 and BOB_VALUES["bob email"] in exp.text and state == ["given"]
        record(f"bob intact after {label}", ok, f"{exp.status_code} states={state}")

    # a subject literally named "*" (a front end that lets users pick ids) with x-user-id
    for name, headers in [
        ("token sub '*' + x-user-id bob", {**T("*"), "x-user-id": BOB}),
        (
            "token sub '*' + plain key + x-user-id bob",
            {**T("*"), "authorization": f"Bearer {KEYS['plain']}", "x-user-id": BOB},
        ),
        ("back-end key with x-user-id '*'", BACK("*")),
        ("back-end key with x-user-id 'bob*'", BACK(BOB[:-1] + "*")),
        ("back-end key with x-user-id '?'-pattern", BACK(BOB[:-1] + "?")),
        ("back-end key with x-user-id '[b]'-pattern", BACK("[b]" + BOB[1:])),
        ("token sub 'bob:'", T(BOB + ":")),
        ("token sub '{bob}'", T("{" + BOB + "}")),
        ("token sub '../bob'", T("../" + BOB)),
        ("token sub 'Bob' (case twin)", T(BOB.capitalize())),
    ]:
        exp = await c.get("/consent/me/export", headers=headers)
        own = exp.json().get("subject") if exp.status_code == 200 else None
        record(
            f"wildcard/pattern id: {name}: export holds nothing of bob's",
            BOB_VALUES["bob email"] not in exp.text and own != BOB,
            f"{exp.status_code} subject={own!r}",
        )
        got = await c.get("/consent", headers=headers)
        record(
            f"wildcard/pattern id: {name}: consent read is not bob's",
            not (got.status_code == 200 and '"given"' in got.text),
            f"{got.status_code} {got.text[:80]}",
        )
        hh = {**headers}
        if "x-piiguard-subject-token" in hh:
            hh["x-piiguard-subject-token"] = token(
                jwt.decode(hh["x-piiguard-subject-token"], options={"verify_signature": False})[
                    "sub"
                ]
            )
        await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=hh)
        await chat(c, headers, bob_session, "recall what I said")
    await bob_intact("wildcard/pattern ids erased themselves")

    # operator-named sessions and subjects that look like Redis patterns
    for body in (
        {"subject": "*"},
        {"subject": BOB[:-1] + "*"},
        {"subject": "dummy", "sessions": ["*"]},
        {
            "subject": "dummy",
            "sessions": [bob_session + "*", "*" + bob_session[1:], "?" * len(bob_session)],
        },
        {"subject": "{" + BOB + "}"},
        {"subject": BOB + ":events"},
    ):
        resp = await c.post("/admin/consent/erase", json=body, headers=ADMIN)
        info("admin erase of a pattern-like id", f"{json.dumps(body)[:60]} -> {resp.status_code}")
    await bob_intact("admin erasures of pattern-like subjects and sessions")
    reply = await chat(c, T(BOB), bob_session, "recall what I said")
    record(
        "bob's own session still restores his value after pattern-like erasures",
        BOB_VALUES["bob email"] in reply.text,
        reply.text[:120],
    )

    # forged / replayed / expired / alg-none / other-key tokens on every rights endpoint
    bad = {
        "other secret": token(BOB, secret="not-the-secret-" + secrets.token_hex(8)),
        "alg none": token(BOB, alg="none"),
        "expired": token(BOB, iat_offset=-4000, ttl=600),
        "other audience": token(BOB, aud="https://other.example/piiguard"),
        "no iat": token(BOB, drop=["iat"]),
        "no exp": token(BOB, drop=["exp"]),
        "sub as list": token([BOB]),
        "HS512 same secret": token(BOB, alg="HS512"),
    }
    routes = [
        ("GET", "/consent/me", None),
        ("GET", "/consent/me/export", None),
        ("POST", "/consent/me/erase", {"confirm": "erase"}),
        ("POST", "/consent/me/restriction", None),
        ("DELETE", "/consent/me/restriction", None),
        ("POST", "/consent", WITHDRAW),
        ("GET", f"/consent/{BOB}", None),
    ]
    wrong = []
    for tname, tok in bad.items():
        for method, path, body in routes:
            resp = await c.request(
                method, path, json=body, headers={"x-piiguard-subject-token": tok}
            )
            if resp.status_code != 401 or BOB in resp.text:
                wrong.append(f"{tname} {method} {path} -> {resp.status_code}")
    record("bad tokens on every rights endpoint: 401, no echo", not wrong, "; ".join(wrong[:6]))
    await bob_intact("bad tokens on every rights endpoint")

    # the caller's own credential, bob named in body / header / path
    a = T(ALICE)
    for method, path, body, extra in [
        ("POST", "/consent", {**WITHDRAW, "subject": BOB}, {}),
        ("POST", "/consent/me/erase", {"confirm": "erase", "subject": BOB}, {}),
        ("POST", "/consent/me/restriction", {"subject": BOB}, {}),
        ("GET", f"/consent/{BOB}", None, {}),
        ("GET", "/consent/me/export", None, {"x-user-id": BOB}),
        ("POST", "/consent/me/erase", {"confirm": "erase"}, {"x-user-id": BOB}),
    ]:
        resp = await c.request(method, path, json=body, headers={**T(ALICE), **extra})
        where = "body" if body and "subject" in body else "header/path"
        record(
            f"alice's token naming bob: {method} {path} {where}",
            resp.status_code in (401, 403) and BOB_VALUES["bob email"] not in resp.text,
            str(resp.status_code),
        )
    del a
    await bob_intact("alice's token naming bob")


async def separator_probes(c: httpx.AsyncClient) -> None:
    """A vault session is scoped by its subject; can another (subject, session) pair that
    joins to the same string reach it?"""
    victim, vsession = f"vic{RUN}", "p:q|r/s.t-u_v#w@x+z=a,b;c"
    email = f"victim.{RUN}@example.com"
    first = await chat(c, T(victim), vsession, f"my mail is {email}")
    ok_first = first.status_code == 200
    attackers: set[tuple[str, str]] = set()
    for sep in [":", "|", "/", ".", "-", "_", "#", "@", " ", "+", "=", ",", ";", ""]:
        joined = victim + sep + vsession
        positions = (
            range(1, len(joined))
            if sep == ""
            else [m.start() for m in re.finditer(re.escape(sep), joined)]
        )
        for i in positions:
            sub, sess = joined[:i].strip(), joined[i + len(sep) :]
            if sub and sess and sess.strip() == sess and sub != victim:
                attackers.add((sub, sess))
    leaked, statuses = [], {}
    for sub, sess in sorted(attackers):
        resp = await chat(c, T(sub), sess, "recall what I said")
        statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1
        if email in resp.text:
            leaked.append(f"{sub!r}+{sess!r}")
    record(
        f"no (subject, session) pair joined like the victim's reaches its vault"
        f" ({len(attackers)} pairs)",
        ok_first and not leaked,
        f"statuses={statuses} leaked={leaked[:4]}",
    )
    # same subject, another session: only the session's own placeholders are restored
    s1, s2 = f"own-1-{RUN}", f"own-2-{RUN}"
    await chat(c, T(victim), s1, f"second address {email.replace('victim', 'second')}")
    resp = await chat(c, T(victim), s2, "recall what I said")
    record(
        "same subject, another session: the other session's placeholder is not restored",
        email.replace("victim", "second") not in resp.text and email not in resp.text,
        resp.text[:100],
    )
    # plain key (no subject) naming the victim's session id
    resp = await chat(
        c, {"authorization": f"Bearer {KEYS['plain']}"}, vsession, "recall what I said"
    )
    record(
        "plain key naming the victim's session id gets nothing restored",
        email not in resp.text,
        str(resp.status_code),
    )


async def concurrent_restore_probe(c: httpx.AsyncClient) -> None:
    """Many subjects in one session id at once: each reply restores its own value only."""
    session = f"shared-{RUN}"
    subs = [f"cc{i}-{RUN}" for i in range(8)]
    mails = {s: f"{s}@example.org" for s in subs}
    await asyncio.gather(*(chat(c, T(s), session, f"mine is {mails[s]}") for s in subs))

    async def one(s: str, stream: bool) -> list[str]:
        resp = await chat(c, T(s), session, "recall what I said", stream=stream)
        return [o for o in subs if o != s and mails[o] in resp.text] + (
            [] if mails[s] in resp.text else [f"{s} lost own"]
        )

    got = await asyncio.gather(*(one(s, i % 2 == 1) for i in range(3) for s in subs))
    bad = [x for g in got for x in g]
    record(
        "24 concurrent replies in one session id restore only their subject's value",
        not bad,
        str(bad[:4]),
    )


MINOR_STATEMENTS: list[tuple[str, Any, str]] = [
    # (name, text or content parts, route)
    ("I'm 12 (documented form)", "I'm 12", "chat"),
    ("I am twelve years old", "I am twelve years old", "chat"),
    ("im 12 lol", "im 12 lol", "chat"),
    ("I'm 12yo", "I'm 12yo", "chat"),
    ("12 y/o here", "12 y/o here", "chat"),
    ("my age is 12", "my age is 12", "chat"),
    ("Age: 12", "Age: 12", "chat"),
    ("I'm a 12 year old girl", "I'm a 12 year old girl", "chat"),
    ("ich bin zwölf Jahre alt", "ich bin zwölf Jahre alt", "chat"),
    ("j'ai douze ans", "j'ai douze ans", "chat"),
    ("fullwidth digits", "I'm １２ years old", "chat"),
    ("zero-width inside the number", "I'm 1\u200b2 years old", "chat"),
    (
        "split over two content parts",
        [{"type": "text", "text": "I'm"}, {"type": "text", "text": " 12 years old"}],
        "chat",
    ),
    ("/v1/responses input", "I'm 12 years old", "responses"),
    ("/v1/completions prompt", "I'm 12 years old", "completions"),
    ("only in an earlier user turn of the history", "HISTORY", "chat"),
]


async def minor_probes(c: httpx.AsyncClient, rows: Rows) -> None:
    """A child who says their age must never reach training data, by any route or form."""
    # controls: does an adult's turn on each route reach training data at all?
    written_routes = {}
    for route in ("chat", "responses", "completions"):
        sub = f"adult-{route}-{RUN}"
        await c.post("/consent", json=CONSENT, headers=BACK(sub))
        m = marker()
        await chat(c, BACK(sub), f"s-{sub}", f"what is a good book {m}", route=route)
        written_routes[route] = sum(await rows.settled(m)) > 0
    info("routes whose turns are written for an adult with consent", str(written_routes))
    for i, (name, text, route) in enumerate(MINOR_STATEMENTS):
        sub = f"minor{i}-{RUN}"
        await c.post("/consent", json=CONSENT, headers=BACK(sub))
        m1, m2 = marker(), marker()
        history = None
        if text == "HISTORY":
            history = [
                {"role": "user", "content": "I'm 12 years old"},
                {"role": "assistant", "content": "Nice to meet you!"},
            ]
            text = f"can you help with my homework {m1}"
        elif isinstance(text, list):
            text = [*text, {"type": "text", "text": f" and I like maths {m1}"}]
        else:
            text = f"{text}, and I like maths {m1}"
        resp = await chat(c, BACK(sub), f"s-{sub}", text, history=history, route=route)
        first = sum(await rows.settled(m1))
        await chat(c, BACK(sub), f"s-{sub}", f"tell me a joke {m2}", route=route)
        second = sum(await rows.settled(m2))
        if not written_routes.get(route, True):
            info(
                f"minor {name}",
                f"route {route} writes no training rows at all (status {resp.status_code})",
            )
            continue
        record(
            f"minor ({name}): neither the statement nor a later turn is written",
            first == 0 and second == 0,
            f"status={resp.status_code} rows: statement={first} later={second}",
        )
    # the age said before any consent, then consent
    sub = f"minorpre-{RUN}"
    await chat(c, BACK(sub), f"s-{sub}", "hi, I'm 12")
    await c.post("/consent", json=CONSENT, headers=BACK(sub))
    m = marker()
    await chat(c, BACK(sub), f"s-{sub}", f"tell me a joke {m}")
    later = sum(await rows.settled(m))
    record(
        "minor who said the age before consenting: later turns are not written",
        later == 0,
        f"rows={later}",
    )
    # the child erases its own data, then consents again: is the mark kept?
    sub = f"minorerase-{RUN}"
    await c.post("/consent", json=CONSENT, headers=BACK(sub))
    await chat(c, BACK(sub), f"s-{sub}", "I'm 12 years old")
    erased = await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=BACK(sub))
    again = await c.post("/consent", json=CONSENT, headers=BACK(sub))
    m = marker()
    await chat(c, BACK(sub), f"s-{sub}-2", f"tell me a joke {m}")
    later = sum(await rows.settled(m))
    record(
        "minor who erased its own data and consented again: later turns are not written",
        later == 0,
        f"erase={erased.status_code} consent={again.status_code} rows={later}",
    )
    # look-alikes that must still be written (precision; INFO only)
    for name, text in [
        ("my daughter is 12", "my daughter is 12 and loves chess"),
        ("I have 12 cats", "I have 12 cats"),
    ]:
        sub = f"adultla-{secrets.token_hex(2)}-{RUN}"
        await c.post("/consent", json=CONSENT, headers=BACK(sub))
        m = marker()
        await chat(c, BACK(sub), f"s-{sub}", f"{text} {m}")
        info(f"adult look-alike '{name}'", f"rows={sum(await rows.settled(m))} (expected > 0)")
    # the front end tells the bot the age in a system message
    sub = f"minorsys-{RUN}"
    await c.post("/consent", json=CONSENT, headers=BACK(sub))
    m = marker()
    await chat(
        c,
        BACK(sub),
        f"s-{sub}",
        f"help me with fractions {m}",
        history=[{"role": "system", "content": "The user is 12 years old."}],
    )
    info("age only in the operator's system message", f"rows={sum(await rows.settled(m))}")


async def withdrawal_mid_stream_probe(c: httpx.AsyncClient, rows: Rows) -> None:
    sub = f"ws-{RUN}"
    assert (await c.post("/consent", json=CONSENT, headers=T(sub))).status_code == 201
    m1, m2, m3 = marker(), marker(), marker()
    h = {**T(sub), "x-session-id": f"ws-s-{RUN}"}
    withdrawn_at: tuple[int, int] | None = None
    w = second = None
    async with c.stream(
        "POST",
        "/v1/chat/completions",
        headers=h,
        json={
            "model": "m",
            "stream": True,
            "messages": [
                {"role": "user", "content": f"tell me slowly a long story {m1} " + "word " * 20}
            ],
        },
    ) as resp:
        n = 0
        async for line in resp.aiter_lines():
            n += line.startswith("data:")
            if n == 1 and withdrawn_at is None:
                w = await c.post("/consent", json=WITHDRAW, headers=T(sub))
                withdrawn_at = rows.count(m1)
                # a second turn that arrives after the withdrawal, while the first still streams
                second = await chat(c, T(sub), f"ws-s-{RUN}", f"another turn {m2}")
        tail = resp.status_code
    after = await rows.settled(m1)
    await chat(c, T(sub), f"ws-s-{RUN}", f"a turn after the stream {m3}", stream=True)
    record(
        "withdrawal mid-stream: no turn after the withdrawal is written",
        sum(await rows.settled(m2)) == 0 and sum(await rows.settled(m3)) == 0,
        f"withdraw={w and w.status_code} second={second and second.status_code} "
        f"m2={rows.count(m2)} m3={rows.count(m3)}",
    )
    record(
        "withdrawal mid-stream: the in-flight turn's rows do not grow after the withdrawal",
        withdrawn_at is not None and after == withdrawn_at,
        f"at withdrawal {withdrawn_at}, after {after}, stream {tail}",
    )


async def consent_expiry_probe(c: httpx.AsyncClient, rows: Rows) -> None:
    sub = f"exp-{RUN}"
    resp = await c.post("/consent", json={**CONSENT, "expires_in_days": 3 / 86400}, headers=T(sub))
    m1, m2 = marker(), marker()
    await chat(c, T(sub), f"exp-s-{RUN}", f"hello {m1}")
    before = sum(await rows.settled(m1))
    await asyncio.sleep(4.0)
    await chat(c, T(sub), f"exp-s-{RUN}", f"hello again {m2}")
    after = sum(await rows.settled(m2))
    record(
        "consent past its expiry writes nothing",
        resp.status_code == 201 and after == 0,
        f"consent {resp.status_code}, rows before expiry {before}, after {after}",
    )


async def replay_in_leeway_probe(c: httpx.AsyncClient, r: redis.Redis, prefix: str) -> None:
    """A change token is single-use until it expires; is it still single-use while the
    leeway (30 s by default) keeps an expired token acceptable?"""
    sub = f"rep-{RUN}"
    assert (await c.post("/consent", json=CONSENT, headers=T(sub))).status_code == 201
    short = token(sub, ttl=3)
    first = await c.post("/consent", json=WITHDRAW, headers={"x-piiguard-subject-token": short})
    regive = await c.post("/consent", json=CONSENT, headers=T(sub))
    ttls = sorted(r.ttl(k) for k in r.scan_iter(match=f"{prefix}:token-use:*"))
    await asyncio.sleep(6.0)
    replay = await c.post("/consent", json=WITHDRAW, headers={"x-piiguard-subject-token": short})
    state = (await c.get("/consent", headers=T(sub))).json()
    states = [x["state"] for x in state.get("records", [])]
    record(
        "a spent change token replayed after exp, inside the leeway, changes nothing",
        first.status_code == 201
        and regive.status_code == 201
        and replay.status_code == 401
        and states == ["given"],
        f"first={first.status_code} regive={regive.status_code} replay={replay.status_code} "
        f"{replay.text[:80]} states={states} token-use TTLs={ttls[:3]}",
    )


LABEL_VALUES = {
    "label phone": "+48601234567",
    "label iban": "GB82WEST12345698765432",
    "label card": "5555555555554444",
    "label name": "anna.kowalski",
    "label pesel": "44051401359",
}


async def label_probes(c: httpx.AsyncClient) -> None:
    """Consent labels (source, notice_version) are stored as sent; can they carry a
    personal value into the consent store in the clear?"""
    sub = f"lab-{RUN}"
    for name, value in LABEL_VALUES.items():
        for field in ("source", "notice_version"):
            resp = await c.post("/consent", json={**CONSENT, field: value}, headers=T(sub))
            info(f"consent {field} = {name}", f"{resp.status_code}")


async def erasure_probes(c: httpx.AsyncClient, r: redis.Redis, proxy: Proxy, rows: Rows) -> None:
    """alice's whole life: consent, values through every route, export, erasure; then
    nothing of hers anywhere."""
    s = f"alice-sess-{RUN}"
    v = ALICE_VALUES
    assert (await c.post("/consent", json=CONSENT, headers=ALICE_KEY)).status_code == 201
    m = marker()
    await chat(
        c,
        ALICE_KEY,
        s,
        f"I am {v['alice name']}, mail {v['alice email']}, phone {v['alice phone']} {m}",
    )
    await chat(
        c, ALICE_KEY, s, f"my card is {v['alice card']} and IBAN {v['alice iban']}", stream=True
    )
    await chat(c, ALICE_KEY, s, f"reply to {v['alice email']}", route="responses")
    await chat(c, ALICE_KEY, s, f"write to {v['alice email']}", route="completions")
    await c.post(
        "/v1/embeddings",
        json={"model": "m", "input": f"embed {v['alice phone']}"},
        headers={**ALICE_KEY, "x-session-id": s},
    )
    await c.get(
        "/v1/models", params={"q": v["alice email"]}, headers={**ALICE_KEY, "x-session-id": s}
    )
    await c.post(
        "/v1/chat/completions",
        headers={**ALICE_KEY, "x-session-id": s + "-sys"},
        json={
            "model": "m",
            "messages": [
                {"role": "system", "content": f"user mail {v['alice email']}"},
                {"role": "user", "content": "hi"},
            ],
        },
    )
    back = await chat(c, ALICE_KEY, s, "recall what I said")
    record("alice's own session restores her values", v["alice email"] in back.text, back.text[:80])
    exp = await c.get("/consent/me/export", headers=ALICE_KEY)
    record(
        "alice's export holds her values",
        exp.status_code == 200 and v["alice email"] in exp.text,
        str(exp.status_code),
    )
    rows_before = await rows.settled(m)
    erase = await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=ALICE_KEY)
    record(
        "alice's self-erasure answers 200",
        erase.status_code == 200,
        f"{erase.status_code} {erase.text[:100]}",
    )
    after = rows.count(m)
    record(
        "erasure: her training rows are gone from both sinks",
        after == (0, 0),
        f"before {rows_before}, after {after}",
    )
    back = await chat(c, ALICE_KEY, s, "recall what I said")
    record("erasure: her old session restores nothing", not leaks(back.text, v), back.text[:100])
    adm = await c.post(
        "/admin/consent/export", json={"subject": ALICE, "sessions": [s, s + "-sys"]}, headers=ADMIN
    )
    record(
        "erasure: the operator's export naming her sessions holds none of her values",
        adm.status_code == 200 and not leaks(adm.text, v),
        f"{adm.status_code} {leaks(adm.text, v)}",
    )
    dump = redis_dump(r)
    hit = {k: leaks(k + val, v) for k, val in dump.items()}
    hit = {k: x for k, x in hit.items() if x}
    record(
        "erasure: no key or value in Redis holds her values (any form)",
        not hit,
        str(list(hit.items())[:3]),
    )
    files = {
        p.name: leaks(p.read_text(errors="replace"), v)
        for p in proxy.workdir.iterdir()
        if p.is_file() and not p.name.endswith((".stdout", ".stderr"))
    }
    record(
        "erasure: no file beside the sinks holds her values",
        not any(files.values()),
        str({k: x for k, x in files.items() if x}),
    )
    info("files in the proxy's folder", ", ".join(sorted(p.name for p in proxy.workdir.iterdir())))


async def enumeration_probes(c: httpx.AsyncClient) -> None:
    """Does "no such subject" differ from "not yours"? (The time bound only catches a gross
    difference: on the shared 2-core machine the median ratio of identical requests moved
    between 0.77 and 1.45 over five runs.)"""
    nobody = f"nobody-{RUN}"
    pairs = {
        "alice's key naming bob / nobody in x-user-id": (
            ("GET", "/consent/me/export", None, {**ALICE_KEY, "x-user-id": BOB}),
            ("GET", "/consent/me/export", None, {**ALICE_KEY, "x-user-id": nobody}),
        ),
        "alice's token on /consent/{bob} / {nobody}": (
            ("GET", f"/consent/{BOB}", None, T(ALICE)),
            ("GET", f"/consent/{nobody}", None, T(ALICE)),
        ),
        "wrong admin key naming bob / nobody": (
            ("POST", "/admin/consent/lookup", {"subject": BOB}, {"x-api-key": "x" * 32}),
            ("POST", "/admin/consent/lookup", {"subject": nobody}, {"x-api-key": "x" * 32}),
        ),
        "expired token of bob / nobody on erase": (
            (
                "POST",
                "/consent/me/erase",
                {"confirm": "erase"},
                {"x-piiguard-subject-token": token(BOB, iat_offset=-4000)},
            ),
            (
                "POST",
                "/consent/me/erase",
                {"confirm": "erase"},
                {"x-piiguard-subject-token": token(nobody, iat_offset=-4000)},
            ),
        ),
        "stale token of bob / nobody on export": (
            (
                "GET",
                "/consent/me/export",
                None,
                {"x-piiguard-subject-token": token(BOB, iat_offset=-900, ttl=1800)},
            ),
            (
                "GET",
                "/consent/me/export",
                None,
                {"x-piiguard-subject-token": token(nobody, iat_offset=-900, ttl=1800)},
            ),
        ),
    }
    skip = {"date", "content-length", "x-request-id"}
    for name, (a, b) in pairs.items():
        ra = await c.request(a[0], a[1], json=a[2], headers=a[3])
        rb = await c.request(b[0], b[1], json=b[2], headers=b[3])
        same = (
            ra.status_code == rb.status_code
            and ra.text.replace(BOB, "X") == rb.text.replace(nobody, "X")
            and {k: v for k, v in ra.headers.items() if k not in skip}
            == {k: v for k, v in rb.headers.items() if k not in skip}
        )
        times: list[float] = []
        for i in range(60):
            # alternate the order, so a first-of-pair effect cancels out
            first, second = (a, b) if i % 2 == 0 else (b, a)
            t0 = time.perf_counter()
            await c.request(first[0], first[1], json=first[2], headers=first[3])
            t1 = time.perf_counter()
            await c.request(second[0], second[1], json=second[2], headers=second[3])
            t2 = time.perf_counter()
            times.append((t1 - t0) / (t2 - t1) if i % 2 == 0 else (t2 - t1) / (t1 - t0))
        ratio = statistics.median(times)
        record(f"enumeration: {name}: same answer", same, f"{ra.status_code}/{rb.status_code}")
        record(
            f"enumeration: {name}: same time (median ratio {ratio:.2f})",
            0.6 < ratio < 1.67,
            f"{ratio:.2f}",
        )


ECHO = {"echo email": f"echo.{RUN}@example.com", "echo phone": "+33 6 12 34 56 78"}


async def echo_probes(c: httpx.AsyncClient) -> None:
    """Inputs that are refused: the refusal must not carry them back."""
    e, ph = ECHO["echo email"], ECHO["echo phone"]
    t = T(f"echo-{RUN}")
    sends = [
        ("POST", "/consent", {**CONSENT, "purpose": e}, t),
        ("POST", "/consent", {**CONSENT, "action": e}, t),
        ("POST", "/consent", {**CONSENT, "age": e}, t),
        ("POST", "/consent", {**CONSENT, "age": ph}, t),
        ("POST", "/consent", {**CONSENT, "expires_in_days": e}, t),
        ("POST", "/consent", {**CONSENT, "notice_version": e}, t),
        ("POST", "/consent", {**CONSENT, "source": e}, t),
        ("POST", "/consent", {**CONSENT, "minor": e}, t),
        ("POST", "/consent", {**CONSENT, "subject": e}, t),
        ("POST", "/consent", {**CONSENT, "consent_text": {"x": e}}, t),
        ("POST", "/consent/me/erase", {"confirm": e}, t),
        ("POST", "/consent/me/erase", {"confirm": "erase", "sessions": [e]}, t),
        ("POST", "/consent/me/restriction", {"subject": e}, t),
        ("POST", "/consent/me/restriction", {"reason": e}, t),
        ("GET", f"/consent/{e}", None, t),
        ("GET", f"/consent/me/{e}", None, t),
        ("GET", f"/consent/me/export/{ph}", None, t),
        ("PATCH", "/consent", {"x": e}, t),
        ("POST", "/admin/consent/lookup", {"subject": e}, {"x-api-key": "y" * 32}),
        ("POST", "/admin/consent/lookup", {"subject": e, "extra": ph}, ADMIN),
        ("POST", "/admin/consent/erase", {"subject": e, "sessions": e}, ADMIN),
        ("POST", "/admin/consent/export", {"subject": [e]}, ADMIN),
        ("GET", f"/admin/consent/{e}/bogus", None, ADMIN),
        ("POST", f"/admin/consent/{e}/restriction", {"subject": ph}, ADMIN),
        ("GET", "/consent/me", None, {**ALICE_KEY, "x-user-id": e}),
        ("GET", "/consent/me", None, {"x-piiguard-subject-token": e}),
        ("GET", "/consent/me", None, {"authorization": f"Bearer {e}"}),
    ]
    statuses = []
    for method, path, body, headers in sends:
        resp = await c.request(
            method,
            path,
            json=body,
            headers={"x-piiguard-subject-token": token(f"echo-{RUN}"), **headers},
        )
        statuses.append(resp.status_code)
        if resp.status_code < 400:
            info(
                "an input holding a value was accepted",
                f"{method} {path} {json.dumps(body)[:70]} -> {resp.status_code}",
            )
    raw_bad = [
        await c.post(
            "/consent",
            content=f'{{"action": "given", "purpose": "{e}"',
            headers={**t, "content-type": "application/json"},
        ),
        await c.post(
            "/consent",
            content=f"purpose={e}",
            headers={**t, "content-type": "application/x-www-form-urlencoded"},
        ),
        await c.post(
            "/consent",
            json=CONSENT,
            headers={**t, "content-type": f"application/json; charset={e}"},
        ),
        await c.post(
            "/v1/chat/completions",
            content=f'{{"model": "{e}", "messages": [',
            headers={**ALICE_KEY, "content-type": "application/json"},
        ),
        await c.post(
            "/v1/chat/completions",
            json={"model": "m", "messages": []},
            headers={**ALICE_KEY, "x-session-id": (e + "\u200b").encode()},
        ),
    ]
    info(
        "refused inputs sent",
        f"{len(sends) + len(raw_bad)}"
        f" (statuses {sorted(set(statuses + [x.status_code for x in raw_bad]))})",
    )


CAROL = f"carol.subject.{RUN}@example.com"
CAROL_VALUES = {
    "carol user field": f"carol.user.{RUN}@example.org",
    "carol metadata": f"carol.meta.{RUN}@example.org",
    "carol subject id": CAROL,
}


async def subject_as_value_probes(c: httpx.AsyncClient, rows: Rows) -> None:
    """A subject id that is itself an e-mail address (many front ends use one), and values
    in the request's own user/metadata fields: none of them may reach training rows, the
    upstream or the store in the clear."""
    h = BACK(CAROL)
    resp = await c.post("/consent", json=CONSENT, headers=h)
    m = marker()
    await c.post(
        "/v1/chat/completions",
        headers={**h, "x-session-id": f"carol-s-{RUN}"},
        json={
            "model": "m",
            "user": CAROL_VALUES["carol user field"],
            "metadata": {"email": CAROL_VALUES["carol metadata"]},
            "messages": [{"role": "user", "content": f"hello there {m}"}],
        },
    )
    written = sum(await rows.settled(m))
    exp = await c.get("/consent/me/export", headers=h)
    record(
        "subject id that is an e-mail: consent and chat work, export is its own",
        resp.status_code == 201 and written > 0 and exp.status_code == 200,
        f"{resp.status_code} rows={written} {exp.status_code}",
    )


async def retention_probes(workdir: Path, upstream: int, db: int, r: redis.Redis) -> None:
    prefix = f"acl13-{RUN}-ret"
    rp = Proxy(
        "retention",
        workdir,
        upstream,
        db,
        prefix,
        {"PIIGUARD_VAULT_TTL_SECONDS": "3", "PIIGUARD_TRAINING_RETENTION_DAYS": str(4 / 86400)},
    )
    rp.start()
    try:
        rows = Rows(rp, r)
        async with client(rp.base) as c:
            sub = f"ret-{RUN}"
            email = f"ret.{RUN}@example.com"
            await c.post("/consent", json=CONSENT, headers=T(sub))
            m = marker()
            await chat(c, T(sub), f"ret-s-{RUN}", f"keep {email} {m}")
            await c.get(
                "/v1/models",
                params={"q": email},
                headers={**T(sub), "x-session-id": f"ret-q-{RUN}"},
            )
            before = await rows.settled(m)
            vault_before = [k for k in r.scan_iter(match=f"{prefix}:vault:*")]
            await asyncio.sleep(5.5)
            vault_after = [k for k in r.scan_iter(match=f"{prefix}:vault:*")]
            record(
                "retention: vault hashes are gone from Redis after vault_ttl_seconds",
                bool(vault_before) and not vault_after,
                f"{len(vault_before)} -> {len(vault_after)}",
            )
            proc = subprocess.run(
                [sys.executable, "-m", "piiguard", "retention"],
                env=rp.env,
                cwd=workdir,
                capture_output=True,
                text=True,
                timeout=120,
            )
            after = rows.count(m)
            record(
                "retention: `piiguard retention` deletes expired rows from both sinks",
                before != (0, 0) and after == (0, 0),
                f"before {before}, after {after}, rc={proc.returncode} {proc.stdout.strip()[:120]}",
            )
            left = {
                k: x
                for k, x in (
                    (k, leaks(k + val, {"ret": email, "sub": sub}))
                    for k, val in redis_dump(r, f"{prefix}*").items()
                )
                if x
            }
            record(
                "retention: nothing of the value or subject left under the prefix",
                not left,
                str(left)[:200],
            )
            links = [(k, r.ttl(k)) for k in r.scan_iter(match=f"{prefix}:*sessions*")]
            info("retention: session links and their TTLs", str(links)[:200])
    finally:
        rp.stop()
        for k in r.scan_iter(match=f"{prefix}*"):
            r.delete(k)


DOCUMENTED_NO_TTL = re.compile(
    r":(consent:\{[^}]+\}|consent:\{[^}]+\}:events|training|vault-keys|consent-layout)$"
)


def final_scans(
    proxy: Proxy, r: redis.Redis, metrics: str, subjects: list[str], sessions: list[str]
) -> None:
    needles = {
        **ALICE_VALUES,
        **BOB_VALUES,
        **LABEL_VALUES,
        **ECHO,
        **CAROL_VALUES,
        **{f"key {k}": v for k, v in KEYS.items()},
        "admin key": ADMIN_KEY,
        "token secret": SECRET,
        "secret key": proxy.env["PIIGUARD_SECRET_KEY"],
        **{f"subject {s}": s for s in subjects},
        **{f"session {s}": s for s in sessions},
    }
    dump = redis_dump(r)
    outside = [k for k in dump if not k.startswith(proxy.prefix)]
    record("Redis: every key written is under the prefix", not outside, str(outside[:5]))
    hits = {k: x for k, x in ((k, leaks(k + " " + v, needles)) for k, v in dump.items()) if x}
    record(
        f"Redis: no needle in any of {len(dump)} keys or values (any form)",
        not hits,
        "; ".join(f"{k[:60]}: {x}" for k, x in list(hits.items())[:5]),
    )
    jwt_at_rest = [k for k, v in dump.items() if re.search(r"eyJ[\w-]{10,}\.eyJ", v)]
    record("Redis: no token at rest", not jwt_at_rest, str(jwt_at_rest[:3]))
    no_ttl = sorted(
        {
            re.sub(r"[0-9a-f]{16,}", "<id>", k)
            for k in dump
            if r.ttl(k) == -1 and not DOCUMENTED_NO_TTL.search(k)
        }
    )
    record("Redis: keys without a TTL are only the documented kinds", not no_ttl, str(no_ttl[:6]))
    info("Redis key kinds", str(sorted({re.sub(r"[0-9a-f]{16,}", "<id>", k) for k in dump}))[:600])
    for name, path in (("training JSONL", proxy.jsonl), ("audit file", proxy.audit)):
        text = path.read_text(errors="replace") if path.exists() else ""
        found = leaks(text, needles)
        record(f"{name}: no needle ({len(text.splitlines())} lines)", not found, str(found[:5]))
        if path.exists():
            record(
                f"{name}: mode 0600",
                oct(path.stat().st_mode & 0o777) == "0o600",
                oct(path.stat().st_mode & 0o777),
            )
    logs = proxy.logs()
    found = leaks(logs, {**needles, **ECHO})
    record(
        f"proxy logs at DEBUG: no needle ({len(logs.splitlines())} lines)",
        not found,
        str(found[:5]),
    )
    found = leaks(metrics, {**needles, **ECHO})
    record(f"/metrics: no needle ({len(metrics.splitlines())} lines)", not found, str(found[:5]))
    errs = "\n".join(ERROR_BODIES)
    found = leaks(errs, {**needles, **ECHO})
    record(
        f"error bodies: no needle or echoed input ({len(ERROR_BODIES)} replies >= 400)",
        not found,
        "; ".join(found[:5])
        + " | "
        + " | ".join(b[:160] for b in ERROR_BODIES if leaks(b, {**needles, **ECHO}))[:600],
    )
    heads = "\n".join(REPLY_HEADERS)
    found = leaks(
        heads, {**{k: v for k, v in needles.items() if not k.startswith(("alice", "bob"))}, **ECHO}
    )
    record(f"reply headers: no needle ({len(REPLY_HEADERS)} replies)", not found, str(found[:5]))
    seen = httpx.get(f"{proxy.env['PIIGUARD_UPSTREAM_URL'].rsplit('/v1', 1)[0]}/_seen").text
    upstream_needles = {k: v for k, v in needles.items() if not k.startswith("label")}
    found = leaks(seen, upstream_needles)
    record(
        f"upstream's view: no value, id, session id or key ({len(seen)} bytes)",
        not found,
        str(found[:6]),
    )
    consent_text_digest = hashlib.sha256(CONSENT["consent_text"].encode()).hexdigest()
    info(
        "consent_text is kept as an unkeyed SHA-256",
        str(any(consent_text_digest in v for v in dump.values())),
    )


# --------------------------------------------------------------------------- main


async def run(workdir: Path, upstream: int, db: int) -> None:
    r = redis.Redis(host="127.0.0.1", port=6379, db=db)
    prefix = f"acl13-{RUN}"
    proxy = Proxy("main", workdir, upstream, db, prefix)
    proxy.start()
    try:
        rows = Rows(proxy, r)
        async with client(proxy.base) as c:
            sections = [
                ("identity", identity_probes(c, r)),
                ("separators", separator_probes(c)),
                ("concurrent restore", concurrent_restore_probe(c)),
                ("labels", label_probes(c)),
                ("echo", echo_probes(c)),
                ("minors", minor_probes(c, rows)),
                ("subject as a value", subject_as_value_probes(c, rows)),
                ("withdrawal mid-stream", withdrawal_mid_stream_probe(c, rows)),
                ("consent expiry", consent_expiry_probe(c, rows)),
                ("replay in leeway", replay_in_leeway_probe(c, r, prefix)),
                ("enumeration", enumeration_probes(c)),
                ("erasure", erasure_probes(c, r, proxy, rows)),
            ]
            for name, coro in sections:
                print(f"== {name}", flush=True)
                try:
                    await coro
                except Exception as exc:  # a probe that crashes is a finding too
                    record(f"{name}: ran to the end", False, f"{type(exc).__name__}: {exc}"[:300])
            metrics = (await c.get("/metrics")).text
        print("== scans", flush=True)
        subjects = [
            BOB,
            f"vic{RUN}",
            f"ws-{RUN}",
            f"exp-{RUN}",
            f"rep-{RUN}",
            f"lab-{RUN}",
            f"echo-{RUN}",
            f"nobody-{RUN}",
            *(f"minor{i}-{RUN}" for i in range(len(MINOR_STATEMENTS))),
        ]
        sessions = [
            f"bob-sess-{RUN}",
            f"alice-sess-{RUN}",
            f"shared-{RUN}",
            f"own-1-{RUN}",
            f"ws-s-{RUN}",
        ]
        final_scans(proxy, r, metrics, subjects, sessions)
    finally:
        proxy.stop()
    print("== retention", flush=True)
    await retention_probes(workdir, upstream, db, r)
    for k in r.scan_iter(match=f"{prefix}*"):
        r.delete(k)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", type=int, default=13)
    ap.add_argument("--reuse-db", action="store_true", help="run even if the database holds keys")
    ap.add_argument("--upstream", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    if args.upstream:
        run_upstream(args.upstream)
        return 0
    r = redis.Redis(host="127.0.0.1", port=6379, db=args.db)
    if r.dbsize() and not args.reuse_db:
        print(
            f"database {args.db} holds keys; pick an empty one (--db) or pass --reuse-db",
            file=sys.stderr,
        )
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="probe-acl13-"))
    os.chmod(workdir, 0o700)
    port = free_port()
    up = subprocess.Popen(
        [sys.executable, __file__, "--upstream", str(port)], start_new_session=True
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/_seen")
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
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)
    return len(failed)


if __name__ == "__main__":
    sys.exit(main())
