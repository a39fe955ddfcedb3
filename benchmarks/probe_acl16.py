"""acl16: a black-box pass over data at rest and access, sixteenth round.

Written from the README, docs/ and RESULTS.md (acl8..acl15) only, as probe_acl13..15 were;
it reuses probe_acl13's machinery (the recording upstream, the proxy subprocess, tokens, the
needle forms) and tries what acl8..acl15 did not:

- a consent store on its own Redis (``consent_redis_url``, a private ``redis-server`` this
  probe starts and kills) going down while the vault's Redis stays up: chats are served or
  refused, but nothing is written for training while the store is down; the consent API
  answers a clear 503; nothing is written after the store comes back without a new consent;
  (added after the first run, from the source) ``piiguard retention`` on the server's own
  settings trims the training stream where it lives, beside that consent store;
- erasure while the subject's own chat streams: after the erasure is acknowledged, nothing
  of the session is sealed in the vault again, no training row of that turn is written, the
  export is empty (whether the rest of the stream still restores is reported, not judged);
- key retirement after a rekey: a value sealed with the retired key written back into the
  hash is a clear ``vault_key_missing`` (chat and export), never restored; a restart with
  the retired key alone refuses to start;
- multi-tenant prefixes on one Redis database (same secret, same token audience): a
  subject's erasure, ``piiguard retention`` and ``piiguard vault rekey`` on one prefix leave
  every key of the other prefix as it was (names, values, TTLs); a prefix holding glob
  characters (``*``) is refused at start, or confines itself to its own keys;
- ``training_erase_on_withdrawal``: a withdrawal removes the rows from both sinks; the
  files beside the sinks after the rewrite are owner-only and hold no erased row;
- metric series after many odd requests (random paths, methods, models, content types,
  session ids): bounded, and none holds a request's value;
- every key under every prefix this probe used: a TTL unless its kind is documented as kept.

    PYTHONPATH=$PWD python benchmarks/probe_acl16.py --reuse-db   # --db 15 by default

Each probe prints PASS or FAIL with what it saw (INFO lines are not verdicts); the exit
code is the number of FAILs.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path

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
T, chat, client, marker = p13.T, p13.chat, p13.client, p13.marker
KEY1 = "r1:" + base64.b64encode(secrets.token_bytes(32)).decode()
KEY2 = "r2:" + base64.b64encode(secrets.token_bytes(32)).decode()
PREFIXES: list[str] = []

VALUES: dict[str, str] = {}
"""Every personal value, subject id and session id this probe sends, for the scans."""


def value(name: str, text: str) -> str:
    VALUES[name] = text
    return text


def fresh(sub: str) -> dict[str, str]:
    return T(sub)


def start_private_redis(port: int = 0) -> tuple[subprocess.Popen[bytes], int]:
    port = port or p13.free_port()
    proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if redis.Redis(port=port, socket_timeout=1).ping():
                return proc, port
        except redis.RedisError:
            time.sleep(0.2)
    raise RuntimeError("private redis-server did not start")


def kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def proxy(name: str, workdir: Path, upstream: int, db: int, prefix: str, **extra: str) -> p13.Proxy:
    PREFIXES.append(prefix)
    env = {f"PIIGUARD_{k.upper()}": v for k, v in extra.items()}
    return p13.Proxy(name, workdir, upstream, db, prefix, env)


def snapshot(r: redis.Redis, prefix: str) -> dict[str, tuple[str, int]]:
    """Every key of a prefix: a text form of its value and whether it has a TTL."""
    dump = p13.redis_dump(r, f"{prefix}:*")
    return {k: (v, -1 if r.ttl(k) == -1 else 1) for k, v in dump.items()}


def diff(
    before: dict[str, tuple[str, int]], after: dict[str, tuple[str, int]], p: str
) -> list[str]:
    return sorted(
        k[len(p) :][:30] for k in set(before) | set(after) if before.get(k) != after.get(k)
    )[:3]


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1][:160] if lines else ""


# --------------------------------------------------------------------------- consent store down


async def consent_store_down_probes(workdir: Path, upstream: int, db: int, r: redis.Redis) -> None:
    rs, port = start_private_redis()
    px = proxy(
        "cdown",
        workdir,
        upstream,
        db,
        f"acl16-{RUN}-cdown",
        consent_redis_url=f"redis://127.0.0.1:{port}/15",
        detector="patterns",
    )
    try:
        px.start()
        rows = p13.Rows(px, r)
        sub = value("cdown subject", f"cdown-{RUN}")
        sess = value("cdown session", f"cdown-s-{RUN}")
        email = value("cdown email", f"cdown.{RUN}@example.com")
        async with client(px.base) as c:
            given = await c.post("/consent", json=CONSENT, headers=fresh(sub))
            m0 = marker()
            await chat(c, T(sub), sess, f"first {email} {m0}")
            before = await rows.settled(m0)
            private = redis.Redis(port=port, db=15).xlen(f"{px.prefix}:training")
            info(
                "consent store up: consent and a first turn",
                f"{given.status_code} rows {before}; stream on the consent Redis {private}",
            )
            # Added after the first run, from reading the source (not blind): the stream
            # lives beside the consent store; `piiguard retention` on the server's own
            # settings must trim it there.
            await asyncio.sleep(1.5)
            ret = subprocess.run(
                [sys.executable, "-m", "piiguard", "retention", "--older-than-days", "0.00001"],
                env=px.env,
                cwd=workdir,
                capture_output=True,
                text=True,
                timeout=120,
            )
            left = redis.Redis(port=port, db=15).xlen(f"{px.prefix}:training")
            record(
                "retention with a consent store of its own: the stream is trimmed where it is",
                private > 0 and left == 0 and ret.returncode == 0,
                f"rc={ret.returncode} stream {private} -> {left}; {ret.stdout.strip()[-90:]}",
            )
            kill(rs)
            m1 = marker()
            t0 = time.monotonic()
            down = await chat(c, T(sub), sess, f"second {email} {m1}")
            took = time.monotonic() - t0
            after = await rows.settled(m1)
            record(
                "consent store down: a chat answers within 30 s, nothing written for training",
                took < 30 and after == (0, 0),
                f"{down.status_code} in {took:.1f}s, rows {after}",
            )
            record(
                "consent store down: the chat answer echoes no value in an error",
                down.status_code < 400 or email not in down.text,
                f"{down.status_code} {down.text[:120]}",
            )
            for name, method, path, body in [
                ("consent change", "POST", "/consent", CONSENT),
                ("consent read", "GET", "/consent", None),
                ("access", "GET", "/consent/me", None),
                ("export", "GET", "/consent/me/export", None),
                ("erasure", "POST", "/consent/me/erase", {"confirm": "erase"}),
                ("restriction", "POST", "/consent/me/restriction", None),
            ]:
                t0 = time.monotonic()
                resp = await c.request(method, path, json=body, headers=fresh(sub))
                took = time.monotonic() - t0
                try:
                    code = resp.json().get("error", {}).get("code", "")
                except (ValueError, AttributeError):
                    code = "not JSON"
                record(
                    f"consent store down: {name} answers a clear 503 within 30 s",
                    resp.status_code == 503 and took < 30 and "Traceback" not in resp.text,
                    f"{resp.status_code} {code!r} in {took:.1f}s",
                )
            admin = await c.post("/admin/consent/erase", json={"subject": sub}, headers=ADMIN)
            record(
                "consent store down: the operator's erasure is not acknowledged",
                admin.status_code >= 500,
                f"{admin.status_code} {admin.text[:100]}",
            )
            ready = await c.get("/readyz")
            info("consent store down: /readyz", f"{ready.status_code} {ready.text[:160]}")
            # The store comes back empty (a lost store): nothing is known, so nothing may be
            # written.
            rs, _ = start_private_redis(port)
            m2 = marker()
            back = await chat(c, T(sub), sess, f"third {email} {m2}")
            back_rows = await rows.settled(m2)
            record(
                "consent store back empty: a chat is served, nothing written without a consent",
                back.status_code == 200 and back_rows == (0, 0),
                f"{back.status_code} rows {back_rows}",
            )
    finally:
        px.stop()
        kill(rs)
    logs = px.logs()
    found = p13.leaks(logs, VALUES)
    record("consent store down: proxy logs hold no value or id", not found, str(found[:3]))
    info(
        "consent store down: proxy logs",
        next((ln for ln in logs.splitlines() if "rror" in ln), "")[:200],
    )


# --------------------------------------------------------------------------- erasure mid-stream


async def erase_mid_stream_probe(
    c: httpx.AsyncClient, r: redis.Redis, prefix: str, rows: p13.Rows
) -> None:
    sub = value("stream subject", f"strm-{RUN}")
    sess = value("stream session", f"strm-s-{RUN}")
    email = value("stream email", f"strm.{RUN}@example.com")
    phone = value("stream phone", "+48 601 234 567")
    assert (await c.post("/consent", json=CONSENT, headers=fresh(sub))).status_code == 201
    m = marker()
    text = (
        f"say: mail {email} then call {phone} and write it down {m} slowly "
        + "and so on and on " * 6
        + f"again {email} end"
    )
    h = {**T(sub), "x-session-id": sess}
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": text}]}
    got: list[str] = []
    erased_at = -1
    erase_status = 0
    async with c.stream("POST", "/v1/chat/completions", json=body, headers=h) as resp:
        async for chunk in resp.aiter_text():
            got.append(chunk)
            if erased_at < 0 and sum(len(x) for x in got) > 200:
                er = await c.post(
                    "/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub)
                )
                erase_status = er.status_code
                erased_at = len("".join(got))
    await asyncio.sleep(1.0)
    whole = "".join(got)
    later = whole[erased_at:] if erased_at >= 0 else ""
    info(
        "erasure mid-stream: what the stream restored after the erasure was acknowledged",
        f"erase {erase_status}; values after it: email={email in later} phone="
        f"{phone.replace(' ', '') in later.replace(' ', '')}; stream {len(whole)} chars",
    )
    sealed = {}
    for k in r.scan_iter(match=f"{prefix}:vault:*"):
        if r.type(k) != b"hash":
            continue
        fields = [f for f, v in r.hgetall(k).items() if v.startswith(b"g1.")]
        if fields:
            sealed[k.decode()[-12:]] = len(fields)
    exp = await c.get("/consent/me/export", headers=fresh(sub))
    record(
        "erasure mid-stream: the subject's export afterwards holds none of its values",
        exp.status_code == 200 and email not in exp.text and m not in exp.text,
        f"{exp.status_code} email={email in exp.text} marker={m in exp.text}",
    )
    admin = await c.post(
        "/admin/consent/export", json={"subject": sub, "sessions": [sess]}, headers=ADMIN
    )
    record(
        "erasure mid-stream: the operator's export naming the session holds none of its values",
        admin.status_code == 200 and email not in admin.text,
        f"{admin.status_code} email={email in admin.text}",
    )
    rows_after = await rows.settled(m)
    record(
        "erasure mid-stream: no training row of the streamed turn",
        rows_after == (0, 0),
        f"rows {rows_after}",
    )
    recall = await chat(c, T(sub), sess, "recall please")
    record(
        "erasure mid-stream: a later turn of the session restores nothing of it",
        email not in recall.text,
        f"{recall.status_code} {recall.text[:120]}",
    )
    info("erasure mid-stream: vault hashes with sealed values under the prefix", str(sealed)[:200])


# --------------------------------------------------------------------------- key retirement


async def key_retirement_probes(workdir: Path, upstream: int, db: int, r: redis.Redis) -> None:
    prefix = f"acl16-{RUN}-rot"
    sub = value("rot subject", f"rot-{RUN}")
    sess = value("rot session", f"rot-s-{RUN}")
    email = value("rot email", f"rot.{RUN}@example.com")
    first = proxy("rot1", workdir, upstream, db, prefix, vault_key=KEY1, detector="patterns")
    first.start()
    try:
        async with client(first.base) as c:
            await chat(c, T(sub), sess, f"mail {email}")
    finally:
        first.stop()
    saved: list[tuple[bytes, bytes, bytes]] = []
    for k in r.scan_iter(match=f"{prefix}:vault:*"):
        if r.type(k) == b"hash":
            for f, v in r.hgetall(k).items():
                if v.startswith(b"g1."):
                    saved.append((k, f, v))
    env = {**first.env, "PIIGUARD_VAULT_KEY": KEY2, "PIIGUARD_VAULT_OLD_KEYS": KEY1}
    rk = subprocess.run(
        [sys.executable, "-m", "piiguard", "vault", "rekey"],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    info("rekey", f"rc={rk.returncode} {rk.stdout.strip()[:160]} {rk.stderr.strip()[-160:]}")
    second = proxy("rot2", workdir, upstream, db, prefix, vault_key=KEY2, detector="patterns")
    second.env["PIIGUARD_SECRET_KEY"] = first.env["PIIGUARD_SECRET_KEY"]
    second.start()
    current: list[tuple[bytes, bytes, bytes]] = []
    try:
        async with client(second.base) as c:
            ok = await chat(c, T(sub), sess, "recall please")
            record(
                "retired key: after the rekey, the new key alone restores the session's value",
                ok.status_code == 200 and email in ok.text,
                f"{ok.status_code} {ok.text[:100]}",
            )
            for k, f, _v in saved:
                current.append((k, f, r.hget(k, f) or b""))
            for k, f, v in saved:
                r.hset(k, f, v)
            old = await chat(c, T(sub), sess, "recall please")
            try:
                code = old.json().get("error", {}).get("code")
            except ValueError:
                code = None
            record(
                "retired key: a value sealed with it, written back, is 500 vault_key_missing",
                bool(saved)
                and old.status_code == 500
                and code == "vault_key_missing"
                and email not in old.text,
                f"{len(saved)} written back; {old.status_code} {code}",
            )
            exp = await c.get("/consent/me/export", headers=fresh(sub))
            record(
                "retired key: the export holding such a value is a clear 500, no value",
                exp.status_code == 500 and email not in exp.text,
                f"{exp.status_code} {exp.text[:100]}",
            )
    finally:
        second.stop()
    # back to the retired key alone (a reverted deployment): the live values are sealed with
    # the new key (the rekey moved them), so it must refuse to start.
    for k, f, v in current:
        r.hset(k, f, v)
    back_env = {**first.env, "PIIGUARD_VAULT_KEY": KEY1}
    back_env.pop("PIIGUARD_VAULT_OLD_KEYS", None)
    back_env["PIIGUARD_PORT"] = str(p13.free_port())
    proc = subprocess.Popen(
        [sys.executable, "-m", "piiguard", "proxy"],
        env=back_env,
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=90)
        rc: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
        rc = None
    text = out.decode(errors="replace")
    found = p13.leaks(
        text, {"key1": KEY1.split(":", 1)[1], "key2": KEY2.split(":", 1)[1], "email": email}
    )
    record(
        "retired key: a restart with the retired key alone refuses to start, naming no key",
        rc not in (None, 0) and not found and "Traceback" not in text,
        f"rc={rc} {found} {text.strip().splitlines()[-1][:160] if text.strip() else ''}",
    )


# --------------------------------------------------------------------------- tenants


async def tenant_probes(
    a: p13.Proxy, c: httpx.AsyncClient, workdir: Path, upstream: int, db: int, r: redis.Redis
) -> None:
    """Tenant A is the main proxy; tenant B shares its database, secret and audience."""
    b = proxy(
        "tenantb",
        workdir,
        upstream,
        db,
        f"{a.prefix}-b",
        detector="patterns",
        secret_key=a.env["PIIGUARD_SECRET_KEY"],
    )
    b.start()
    sub = value("tenant subject", f"ten-{RUN}")
    sess = value("tenant session", f"ten-s-{RUN}")
    email_a = value("tenant a email", f"tena.{RUN}@example.com")
    email_b = value("tenant b email", f"tenb.{RUN}@example.com")
    try:
        async with client(b.base) as cb:
            for cl, email in ((c, email_a), (cb, email_b)):
                await cl.post("/consent", json=CONSENT, headers=fresh(sub))
                await chat(cl, T(sub), sess, f"mail {email} {marker()}")
            await asyncio.sleep(1.0)
            before = snapshot(r, b.prefix)
            er = await c.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub))
            ea = await c.post("/admin/consent/erase", json={"subject": sub}, headers=ADMIN)
            after = snapshot(r, b.prefix)
            record(
                "tenants: erasures on A (subject's, operator's) leave every key of B as it was",
                er.status_code == 200
                and ea.status_code == 200
                and before == after
                and bool(before),
                f"{er.status_code}/{ea.status_code}; B keys {len(before)} -> {len(after)},"
                f" changed {diff(before, after, b.prefix)}",
            )
            exp = await cb.get("/consent/me/export", headers=fresh(sub))
            record(
                "tenants: after A's erasure, B's export still holds B's value",
                exp.status_code == 200 and email_b in exp.text and email_a not in exp.text,
                f"{exp.status_code} b={email_b in exp.text} a={email_a in exp.text}",
            )
            # retention and rekey on A
            env = {**a.env}
            ret = subprocess.run(
                [sys.executable, "-m", "piiguard", "retention", "--older-than-days", "0.00001"],
                env=env,
                cwd=workdir,
                capture_output=True,
                text=True,
                timeout=120,
            )
            after_ret = snapshot(r, b.prefix)
            record(
                "tenants: `piiguard retention` on A leaves every key of B as it was",
                ret.returncode == 0 and after_ret == before,
                f"rc={ret.returncode} {ret.stdout.strip()[:100]}; changed"
                f" {diff(before, after_ret, b.prefix)}",
            )
            env_rk = {**a.env, "PIIGUARD_VAULT_KEY": KEY2, "PIIGUARD_VAULT_OLD_KEYS": "derived"}
            rk = subprocess.run(
                [sys.executable, "-m", "piiguard", "vault", "rekey"],
                env=env_rk,
                cwd=workdir,
                capture_output=True,
                text=True,
                timeout=120,
            )
            after_rk = snapshot(r, b.prefix)
            record(
                "tenants: `piiguard vault rekey` on A leaves every key of B as it was",
                after_rk == before,
                f"rc={rk.returncode} {rk.stdout.strip()[:100]}; changed"
                f" {diff(before, after_rk, b.prefix)}",
            )
    finally:
        b.stop()
    await glob_prefix_probe(a, workdir, upstream, db, r, b.prefix)


async def glob_prefix_probe(
    a: p13.Proxy, workdir: Path, upstream: int, db: int, r: redis.Redis, other: str
) -> None:
    """A prefix holding `*`: it either refuses to start or touches only its own keys."""
    star = f"acl16-{RUN}*"
    before = {p: snapshot(r, p) for p in (a.prefix, other)}
    g = proxy(
        "glob",
        workdir,
        upstream,
        db,
        star,
        detector="patterns",
        secret_key=a.env["PIIGUARD_SECRET_KEY"],
    )
    g.env["PIIGUARD_PORT"] = str(g.port)
    proc = subprocess.Popen(
        [sys.executable, "-m", "piiguard", "proxy"],
        env=g.env,
        cwd=workdir,
        stdout=g.out.open("wb"),
        stderr=g.err.open("wb"),
        start_new_session=True,
    )
    g.proc = proc
    started = False
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(g.base + "/readyz", timeout=1).status_code < 500:
                started = True
                break
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.3)
    if not started:
        g.stop()
        record(
            "tenants: a prefix holding `*` is refused at start (a clear message)",
            proc.returncode not in (None, 0) and "Traceback" not in g.logs(),
            f"rc={proc.returncode} {last_line(g.logs())}",
        )
        return
    sub = value("glob subject", f"ten-{RUN}")

    def changed(step: str) -> list[str]:
        now = {p: snapshot(r, p) for p in (a.prefix, other)}
        return [
            f"{step}: {p[-6:]}{k[len(p) :][:24]}"
            for p in before
            for k in set(before[p]) | set(now[p])
            if before[p].get(k) != now[p].get(k)
        ]

    steps = changed("start")
    try:
        async with client(g.base) as cg:
            await cg.post("/consent", json=CONSENT, headers=fresh(sub))
            await chat(cg, T(sub), f"glob-s-{RUN}", f"mail glob.{RUN}@example.com")
            steps += changed("chat")
            await cg.post("/consent/me/erase", json={"confirm": "erase"}, headers=fresh(sub))
            await cg.post("/admin/consent/erase", json={"subject": sub}, headers=ADMIN)
            steps += changed("erasure")
        subprocess.run(
            [sys.executable, "-m", "piiguard", "retention", "--older-than-days", "0.00001"],
            env=g.env,
            cwd=workdir,
            capture_output=True,
            timeout=120,
        )
        steps += changed("retention")
        rk = subprocess.run(
            [sys.executable, "-m", "piiguard", "vault", "rekey"],
            env={**g.env, "PIIGUARD_VAULT_KEY": KEY2, "PIIGUARD_VAULT_OLD_KEYS": "derived"},
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=120,
        )
        info("tenants: `vault rekey` under the `*` prefix", rk.stdout.strip()[:200])
        steps += changed("rekey")
    finally:
        g.stop()
    seen: dict[str, str] = {}
    for s in steps:  # the first step that changed each key
        seen.setdefault(s.split(": ", 1)[1], s)
    record(
        "tenants: a proxy with a prefix holding `*` leaves the other prefixes' keys as they were",
        not seen,
        f"started; changed {list(seen.values())[:4]}",
    )


# --------------------------------------------------------------------------- withdrawal erases


async def withdrawal_erase_probes(
    c: httpx.AsyncClient, px: p13.Proxy, rows: p13.Rows, workdir: Path
) -> None:
    sub = value("wd subject", f"wd-{RUN}")
    sess = value("wd session", f"wd-s-{RUN}")
    await c.post("/consent", json=CONSENT, headers=fresh(sub))
    m = marker()
    for i in range(2):
        await chat(c, T(sub), sess, f"turn {i} {m}")
    before = await rows.settled(m)
    wd = await c.post("/consent", json=WITHDRAW, headers=fresh(sub))
    after = await rows.settled(m)
    record(
        "erase on withdrawal: the rows are gone from both sinks",
        before[0] > 0 and before[1] > 0 and after == (0, 0),
        f"withdraw {wd.status_code}; rows {before} -> {after}",
    )
    sub2 = value("wd admin subject", f"wd2-{RUN}")
    await c.post("/consent", json=CONSENT, headers=fresh(sub2))
    m2 = marker()
    await chat(c, T(sub2), f"wd2-s-{RUN}", f"turn {m2}")
    await rows.settled(m2)
    await c.post("/admin/consent/erase", json={"subject": sub2}, headers=ADMIN)
    await asyncio.sleep(0.5)
    bad = []
    holding = []
    for path in sorted(workdir.iterdir()):
        if not path.name.startswith(px.name + "-"):
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            bad.append(f"{path.name} {oct(mode)}")
        if (
            path.is_file()
            and path != px.audit
            and (m in path.read_text(errors="replace") or m2 in path.read_text(errors="replace"))
        ):
            holding.append(path.name)
    names = sorted(p.name for p in workdir.iterdir() if p.name.startswith(px.name + "-"))
    record(
        "erase on withdrawal: after the rewrites, the files beside the sinks are owner-only",
        not bad,
        f"{bad[:4]} files {names}",
    )
    record(
        "erase on withdrawal: no file beside the sinks holds an erased row",
        not holding,
        str(holding),
    )


# --------------------------------------------------------------------------- metrics


def series(text: str) -> set[str]:
    return {ln.rsplit(" ", 1)[0] for ln in text.splitlines() if ln and not ln.startswith("#")}


async def metrics_probe(c: httpx.AsyncClient) -> None:
    before = series((await c.get("/metrics")).text)
    odd: list[str] = []
    h = {"authorization": f"Bearer {KEYS['plain']}"}
    for i in range(120):
        tag = f"odd{RUN}{i:03d}x"
        odd.append(tag)
        kind = i % 6
        if kind == 0:
            await c.get(f"/v1/{tag}", headers=h)
        elif kind == 1:
            await c.request(
                ["PATCH", "PUT", "OPTIONS", "DELETE"][i % 4], "/v1/chat/completions", headers=h
            )
        elif kind == 2:
            await c.post(
                "/v1/chat/completions",
                json={"model": tag, "messages": [{"role": "user", "content": "hi"}]},
                headers={**h, "x-session-id": tag},
            )
        elif kind == 3:
            await c.post(
                "/v1/chat/completions",
                content=b"{}",
                headers={**h, "content-type": f"application/{tag}"},
            )
        elif kind == 4:
            await c.get(f"/admin/consent/{tag}", headers={"x-api-key": tag})
        else:
            await c.get(f"/consent/{tag}", headers={"x-piiguard-subject-token": tag})
    text = (await c.get("/metrics")).text
    after = series(text)
    grown = after - before
    record(
        "metrics: 120 odd requests add a bounded number of series (at most 40)",
        len(grown) <= 40,
        f"{len(before)} -> {len(after)} series",
    )
    found = [t for t in odd if t in text]
    record(
        "metrics: no path, model, type, session or key of a request in a series",
        not found,
        str(found[:3]),
    )


# --------------------------------------------------------------------------- TTLs


def ttl_scan(r: redis.Redis) -> None:
    bad = []
    total = 0
    for prefix in sorted(set(PREFIXES)):
        for k in r.scan_iter(match=f"{prefix.replace('*', '[*]')}:*"):
            total += 1
            name = k.decode(errors="replace")
            if r.ttl(k) == -1 and not p13.DOCUMENTED_NO_TTL.search(name):
                bad.append(name[len(prefix) :][:40])
    record(
        f"TTLs: every key of every prefix ({total}) has one unless its kind is documented as kept",
        not bad,
        str(bad[:5]),
    )


def closing_scans(px: p13.Proxy, r: redis.Redis) -> None:
    needles = dict(VALUES)
    hits = {}
    for prefix in sorted(set(PREFIXES)):
        dump = p13.redis_dump(r, f"{prefix.replace('*', '[*]')}*")
        for k, v in dump.items():
            x = p13.leaks(k + " " + v, needles)
            if x:
                hits[k] = x
    record(
        "Redis: no value or id under any prefix (any form)",
        not hits,
        str(list(hits.items())[:3])[:300],
    )
    for name, path in (("training JSONL", px.jsonl), ("audit file", px.audit)):
        text = path.read_text(errors="replace") if path.exists() else ""
        found = p13.leaks(text, needles)
        record(
            f"{name}: no value or id ({len(text.splitlines())} lines)", not found, str(found[:4])
        )
    errs = "\n".join(p13.ERROR_BODIES)
    found = p13.leaks(errs, needles)
    record(
        f"error bodies: no value or id ({len(p13.ERROR_BODIES)} replies >= 400)",
        not found,
        str(found[:4]),
    )


# --------------------------------------------------------------------------- main


async def run(workdir: Path, upstream: int, db: int) -> None:
    r = redis.Redis(host="127.0.0.1", port=6379, db=db)
    prefix = f"acl16-{RUN}"
    px = proxy("main", workdir, upstream, db, prefix, training_erase_on_withdrawal="true")
    px.start()
    try:
        rows = p13.Rows(px, r)
        async with client(px.base) as c:
            sections: list[tuple[str, Awaitable[None]]] = [
                ("erasure mid-stream", erase_mid_stream_probe(c, r, prefix, rows)),
                ("erase on withdrawal", withdrawal_erase_probes(c, px, rows, workdir)),
                ("metrics", metrics_probe(c)),
                ("tenants", tenant_probes(px, c, workdir, upstream, db, r)),
            ]
            for name, coro in sections:
                print(f"== {name}", flush=True)
                try:
                    await coro
                except Exception as exc:  # a probe that crashes is a finding too
                    record(f"{name}: ran to the end", False, f"{type(exc).__name__}: {exc}"[:300])
    finally:
        px.stop()
    for name, fn in (
        ("consent store down", consent_store_down_probes),
        ("key retirement", key_retirement_probes),
    ):
        print(f"== {name}", flush=True)
        try:
            await fn(workdir, upstream, db, r)
        except Exception as exc:
            record(f"{name}: ran to the end", False, f"{type(exc).__name__}: {exc}"[:300])
    print("== scans", flush=True)
    ttl_scan(r)
    closing_scans(px, r)
    for p in set(PREFIXES):
        for k in r.scan_iter(match=f"{p.replace('*', '[*]')}*"):
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
    workdir = Path(tempfile.mkdtemp(prefix="probe-acl16-"))
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
