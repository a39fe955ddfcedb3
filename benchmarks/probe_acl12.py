"""The acl12 black-box pass: what acl8-11 did not attack, from outside.

Rights endpoints (export, erasure, restriction, consent) with a token of another subject
and with expired, not-yet-valid, wrong-audience, `alg: none` and HS-vs-RS confusion
tokens; replay after erasure; erasure and restriction racing a chat turn (nothing of the
turn left, no training row written after the restriction answered); another subject's
data through id variants in the path and header (case, Unicode forms, whitespace,
percent-encoding); the answer to "no such subject" against "not yours" (status, body,
headers, time); the audit's refusal bound across two workers sharing one Redis; a
vault key dropped after a rotation (a clear error, and a re-key path that leaves nothing
under the old key); every Redis key under the prefix with its TTL (a personal key without
one is a finding), and vault entries gone at their TTL; DEBUG log records, `/metrics`
labels, and every reply's body and headers scanned for values, ids, session ids and
credentials. A real proxy on uvicorn in front of the tests' recording upstream and the
real Redis (fresh key prefixes, removed at the end). One line per probe, PASS or FAIL
against what the design says; runs on any tree.

    PYTHONPATH=. python benchmarks/probe_acl12.py [--redis-url redis://127.0.0.1:6379/0]
"""

# ruff: noqa: E501  (the probe tables keep one probe per line)
from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe_acl9 as p9
import probe_acl11 as p11
from probe_harness import keep_log_records, redis_url_option, scratch
from servers import serve

from tests.proxy.upstream import RecordingUpstream

SECRET, AUD, ADMIN, KEYS = p9.SECRET, p9.AUD, p9.ADMIN, p9.KEYS
GIVE, chat, check, Client = p9.GIVE, p9.chat, p9.check, p9.Client
signed, claims, tok, token = p11.signed, p11.claims, p11.tok, p11.token
BOB_EMAIL, BOB_PHONE = "bob.ferreira@example.net", "+44 20 7946 0777"
RACE_EMAIL, RESTRICT_EMAIL, ERASE_EMAIL = "race.twelve@example.org", "restrict.me@example.org", "erase.me12@example.org"
ROT_EMAIL = "rotated.value@example.org"
VALUES = [BOB_EMAIL, BOB_PHONE, RACE_EMAIL, RESTRICT_EMAIL, ERASE_EMAIL, ROT_EMAIL]
BOB = "bob-12x"
IDS = [BOB, "race-subject-12", "restrict-subject-12", "erase-subject-12", "bob-s12", "race-s12", "restrict-s12", "erase-s12", "rot-s12"]
CREDENTIALS = [ADMIN, SECRET, *KEYS.values()]
# A public key an attacker knows (any RSA key in PEM): with HS-vs-RS confusion, a verifier
# that takes `alg` from the token would use it as an HMAC secret.
RSA_PEM = b"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh\nkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ\n0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg\ncKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc\nmwIDAQAB\n-----END PUBLIC KEY-----\n"


def scan(label: str, texts: list[str], secrets: list[str]) -> None:
    found = p9.escaped_leaks(texts, secrets)
    check(label, found, not found)


# -- tokens on the rights endpoints ------------------------------------------------------------


def rights_token_probes(c: Client) -> None:
    """Every token the proxy must refuse, on every endpoint that reads or changes what
    piiguard holds for the subject; bob's state checked unchanged afterwards."""
    c.post("/consent", json=GIVE, headers=token(BOB))
    c.post("/v1/chat/completions", json=chat(f"bob here, {BOB_EMAIL}"), headers={**token(BOB), "x-session-id": "bob-s12"})
    c.post("/consent", json={**GIVE, "session_id": "bob-s12"}, headers=token(BOB))
    now = int(time.time())
    bad: dict[str, Any] = {
        "expired a minute ago": lambda: tok(signed({"alg": "HS256"}, claims(BOB, iat=now - 600, exp=now - 60))),
        "not yet valid (nbf in 10 min)": lambda: tok(signed({"alg": "HS256"}, claims(BOB, nbf=now + 600))),
        "issued in the future (iat +10 min)": lambda: tok(signed({"alg": "HS256"}, claims(BOB, iat=now + 600, exp=now + 1200))),
        "wrong audience": lambda: tok(signed({"alg": "HS256"}, claims(BOB, aud="https://other.example/piiguard"))),
        "audience list without ours": lambda: tok(signed({"alg": "HS256"}, claims(BOB, aud=["https://a.example", "https://b.example"]))),
        "alg none": lambda: tok(signed({"alg": "none"}, claims(BOB)).rsplit(".", 1)[0] + "."),
        "HS256 keyed with an RSA public key (HS/RS confusion)": lambda: tok(signed({"alg": "HS256"}, claims(BOB), RSA_PEM)),
        "RS256 header, HMAC keyed with an RSA public key": lambda: tok(signed({"alg": "RS256"}, claims(BOB), RSA_PEM)),
        "RS256 header, HMAC keyed with the secret": lambda: tok(signed({"alg": "RS256"}, claims(BOB))),
    }
    endpoints = [
        ("export", "GET", "/consent/me/export", None),
        ("access", "GET", "/consent/me", None),
        ("erasure", "POST", "/consent/me/erase", {"confirm": "erase"}),
        ("restriction", "POST", "/consent/me/restriction", None),
        ("withdrawal", "POST", "/consent", {"action": "withdrawn"}),
    ]
    for name, make in bad.items():
        statuses, leaked = [], False
        for _, method, path, body in endpoints:
            reply = c.request(method, path, json=body, headers=make())
            statuses.append(reply.status_code)
            leaked = leaked or BOB_EMAIL in reply.text or BOB in reply.text
        check(f"token {name}: 401 on export, access, erasure, restriction, withdrawal", statuses, all(s == 401 for s in statuses) and not leaked)
    alice = {"another subject's token": lambda: token("alice-12")}
    for name, make in alice.items():
        attempts = [
            ("GET", f"/consent/{BOB}", None),
            ("POST", "/consent", {"action": "withdrawn", "subject": BOB}),
            ("POST", "/consent/me/erase", {"confirm": "erase", "subject": BOB}),
            ("GET", "/consent/me/export", None, {"x-user-id": BOB}),
            ("POST", "/consent/me/restriction", {"subject": BOB}),
            ("DELETE", "/consent/me/restriction", {"subject": BOB}),
        ]
        statuses = []
        for attempt in attempts:
            method, path, body = attempt[:3]
            extra = attempt[3] if len(attempt) > 3 else {}
            reply = c.request(method, path, json=body, headers={**make(), **extra})
            statuses.append(reply.status_code)
        check(f"{name} on bob's consent, erasure, export, restriction: never bob's", statuses, all(s in (403, 422) for s in statuses))
        # A restriction body naming bob must restrict nobody but the caller, and say so:
        # 2xx on a body that names someone else reads as "done" to a confused client.
        reply = c.post("/consent/me/restriction", json={"subject": BOB}, headers=make())
        check("restriction with a body naming another subject: refused (403/422), not silently the caller's", reply.status_code, reply.status_code in (403, 422))
    state = c.post("/admin/consent/lookup", json={"subject": BOB}, headers={"x-api-key": ADMIN}).json()
    exported = c.post("/admin/consent/export", json={"subject": BOB, "sessions": ["bob-s12"]}, headers={"x-api-key": ADMIN}).text
    check("bob untouched by every refused token: consent given, not restricted, value kept", [r.get("state") for r in state.get("records", [])], [r.get("state") for r in state.get("records", [])] == ["given"] and not state.get("restricted") and BOB_EMAIL in exported)


def id_variant_probes(c: Client, url: str) -> None:
    """Another subject's data with one's own token, naming it in the path and in
    `x-user-id` in forms a naive comparison would take as one's own, or as bob's."""
    alice = "alice-12"
    c.post("/consent", json=GIVE, headers=token(alice))
    paths = [f"/consent/{v}" for v in (BOB, "BOB-12X", "Bob-12x", "%62ob-12x", "bob%2D12x", "bob-12x%20", "%20bob-12x", "bob-12x%09", "\uff42ob-12x", "bo%CC%88b-12x", "bob-12x%00", "bob-12x%E2%80%8B")]
    for path in paths:
        reply = c.get(path, headers=token(alice))
        check(f"alice's token on {path}: refused, nothing of bob's", reply.status_code, reply.status_code in (400, 403, 404, 422) and "given" not in reply.text and BOB_EMAIL not in reply.text)
    for value in (BOB, "BOB-12X", f" {BOB} ", "\uff42ob-12x", "bob%2D12x"):
        headers = [(k, v.encode()) for k, v in token(alice).items()] + [("x-user-id", value.encode())]
        status, text = p11.raw_get(url, "/consent/me/export", headers)
        check(f"alice's export with x-user-id {value!r}: refused", status, status in (400, 403) and BOB_EMAIL not in text)
    own = [c.get(p, headers=token(alice)) for p in ("/consent/alice-12", "/consent/%61lice-12", "/consent/\uff41lice-12")]
    check("alice's own id in the path (plain, percent-encoded, fullwidth): her own", [r.status_code for r in own], all(r.status_code == 200 for r in own))


def timing_probe(c: Client) -> None:
    """"No such subject" and "not yours" must not be told apart: same status, same body,
    same headers (minus the date), same time (medians of alternating calls)."""
    alice = token("alice-12")
    cases = {"existing (bob)": f"/consent/{BOB}", "no such subject": f"/consent/nobody-{uuid.uuid4().hex[:8]}"}
    bodies = {name: c.get(path, headers=alice) for name, path in cases.items()}
    shapes = {name: (r.status_code, r.text, sorted((k, v) for k, v in r.headers.items() if k not in ("date", "content-length"))) for name, r in bodies.items()}
    check("GET /consent/{other}: existing and unknown subject answer alike", [s[0] for s in shapes.values()], len({json.dumps(s) for s in shapes.values()}) == 1)
    erase = {name: c.post("/consent/me/erase", json={"confirm": "erase", "subject": path.rsplit("/", 1)[1]}, headers=token("alice-12")) for name, path in cases.items()}
    check("erase naming another subject: existing and unknown answer alike", [(r.status_code, len(r.text)) for r in erase.values()], len({(r.status_code, r.text) for r in erase.values()}) == 1)
    # Medians of back-to-back ratios (the pair shares the machine's moment: other
    # processes' load cancels out), 200 pairs, the order alternating.
    ratios, spent = [], {name: [] for name in cases}
    names = list(cases)
    for i in range(200):
        pair = {}
        for name in (names if i % 2 else names[::-1]):
            start = time.perf_counter()
            c.get(cases[name], headers=alice)
            pair[name] = time.perf_counter() - start
            spent[name].append(pair[name])
        ratios.append(pair[names[0]] / pair[names[1]])
    ratio = statistics.median(ratios)
    medians = ", ".join(f"{statistics.median(t) * 1e3:.2f} ms" for t in spent.values())
    check("time: existing vs unknown subject (median pair ratio within 0.75-1.33)", f"{ratio:.2f} ({medians})", 0.75 <= ratio <= 1.33)
    forged = {name: tok(signed({"alg": "HS256"}, claims(path.rsplit("/", 1)[1]), "f" * 40)) for name, path in cases.items()}
    replies = {name: c.get("/consent/me", headers=h) for name, h in forged.items()}
    check("forged token naming an existing vs an unknown subject: same answer", [r.status_code for r in replies.values()], len({(r.status_code, r.text) for r in replies.values()}) == 1)


# -- erasure, replay and races ----------------------------------------------------------------


def replay_after_erasure_probe(c: Client, fake: RecordingUpstream) -> None:
    subject, session = "erase-subject-12", "erase-s12"
    h = {"x-session-id": session}
    grant = token(subject)
    c.post("/consent", json={**GIVE, "session_id": session}, headers=grant)
    chat_token = token(subject)
    first = c.post("/v1/chat/completions", json=chat(f"mine: {ERASE_EMAIL}"), headers={**h, **chat_token})
    erase_token = token(subject)
    erased = c.post("/consent/me/erase", json={"confirm": "erase"}, headers=erase_token)
    check("erasure answered", f"{first.status_code} {erased.status_code}", first.status_code == 200 and erased.status_code == 200)
    again = c.post("/consent/me/erase", json={"confirm": "erase"}, headers=erase_token)
    check("the erasure token replayed: refused", again.status_code, again.status_code == 401)
    regrant = c.post("/consent", json={**GIVE, "session_id": session}, headers=grant)
    check("the pre-erasure grant token replayed: refused, no consent back", regrant.status_code, regrant.status_code == 401)
    # A captured placeholder from before the erasure must not come back as the value.
    placeholder_reply = c.post("/v1/chat/completions", json=chat("say <EMAIL_ADDRESS_1> and [EMAIL_ADDRESS_1]", "echo"), headers={**h, **chat_token})
    check("after erasure: an old placeholder is not restored to the erased value", placeholder_reply.status_code, ERASE_EMAIL not in placeholder_reply.text)
    export = c.get("/consent/me/export", headers=token(subject))
    body = export.json() if export.status_code == 200 else {}
    given = [r for r in body.get("records", []) if r.get("state") == "given"]
    check("after erasure and replays: export holds no value and no consent", export.status_code, export.status_code == 200 and ERASE_EMAIL not in export.text and not given)


def erasure_race_probe(c: Client, fake: RecordingUpstream, redis_url: str, prefix: str) -> None:
    subject, session = "race-subject-12", "race-s12"
    h = {"x-session-id": session}
    c.post("/consent", json={**GIVE, "session_id": session}, headers=token(subject))
    result: dict[str, httpx.Response] = {}

    def slow() -> None:
        result["r"] = c.post("/v1/chat/completions", json=chat(f"slowly {RACE_EMAIL}", "slow"), headers={**h, **token(subject)})

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.6)
    erased = c.post("/consent/me/erase", json={"confirm": "erase"}, headers=token(subject))
    thread.join()
    p9.settle(redis_url, prefix, 0.5)
    texts = asyncio.run(p9._dump(redis_url, prefix))
    found = p9.escaped_leaks(texts, [RACE_EMAIL])
    export = c.post("/admin/consent/export", json={"subject": subject, "sessions": [session]}, headers={"x-api-key": ADMIN})
    reply = result.get("r")
    check("erasure during a slow chat: the turn's value is nowhere afterwards", f"{erased.status_code} {reply.status_code if reply else None} {found}", erased.status_code == 200 and not found and RACE_EMAIL not in export.text)


def restriction_race_probe(c: Client, redis_url: str, prefix: str) -> None:
    """A turn in flight when the subject restricts processing must not be written for
    training after the restriction answered (a turn is handed to the gate when it
    arrives, so one that arrived before the restriction may be written before it)."""
    subject, session = "restrict-subject-12", "restrict-s12"
    h = {"x-session-id": session}
    c.post("/consent", json={**GIVE, "session_id": session}, headers=token(subject))
    c.post("/v1/chat/completions", json=chat("a first turn, no values"), headers={**h, **token(subject)})
    p9.settle(redis_url, prefix, 0.5)

    def rows() -> int:
        exported = c.post("/admin/consent/export", json={"subject": subject}, headers={"x-api-key": ADMIN})
        return len(exported.json().get("training_records", [])) if exported.status_code == 200 else -1

    before = rows()
    result: dict[str, httpx.Response] = {}

    def slow() -> None:
        result["r"] = c.post("/v1/chat/completions", json=chat(f"slowly {RESTRICT_EMAIL}", "slow"), headers={**h, **token(subject)})

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.6)
    restricted = c.post("/consent/me/restriction", headers=token(subject))
    when_answered = rows()  # the turn was handed to the gate when it arrived, before the restriction
    thread.join()
    p9.settle(redis_url, prefix, 0.8)
    after = rows()
    check("restriction during a slow chat: no training row written after it answered", f"{restricted.status_code} rows {before} -> {when_answered} -> {after}", restricted.status_code in (200, 201) and before >= 1 and after == when_answered)
    blocked = c.post("/v1/chat/completions", json=chat(f"again {RESTRICT_EMAIL}"), headers={**h, **token(subject)})
    p9.settle(redis_url, prefix, 0.5)
    check("restricted: the next chat is refused and writes nothing", f"{blocked.status_code} rows {rows()}", blocked.status_code == 403 and rows() == after)


# -- retention and TTLs -----------------------------------------------------------------------

# Keys piiguard documents as kept without a TTL: the consent record and its event log (the
# proof of consent), the training stream (trimmed by `piiguard retention`), the key check
# and the layout marker (no personal data).
NO_TTL_KINDS = ("consent", "events", "training", "vault-keys", "consent-layout")


def kind_of(name: str, prefix: str) -> str:
    rest = name[len(prefix) + 1 :]
    if rest.startswith("consent:{") and rest.endswith("}:events"):
        return "events"
    if rest.startswith("consent:{"):
        return "consent"
    return rest.split(":", 1)[0]


def ttl_probe(upstream_url: str, redis_url: str) -> None:
    import redis

    with scratch(redis_url, "probe-acl12-ttl") as (prefix, work), closing(redis.Redis.from_url(redis_url)) as client:
        guard = {"redis_url": redis_url, "redis_prefix": prefix, "secret_key": "probe12-secret", "training_sink": "both",
                 "training_jsonl_path": str(work / "t.jsonl"), "audit_path": str(work / "a.jsonl"), "consent_notice_version": "v1",
                 "consent_admin_key": ADMIN, "vault_ttl_seconds": 3}
        with p9.proxy(upstream_url, guard, subject_token_secret=SECRET, client_keys=(f"{KEYS['alice']}=alice",)) as url, Client(base_url=url, timeout=30) as c:
            h = {**token("ttl-subject-12"), "x-session-id": "ttl-s12"}
            c.post("/consent", json={**GIVE, "session_id": "ttl-s12"}, headers=token("ttl-subject-12"))
            c.post("/v1/chat/completions", json=chat(f"keep {BOB_EMAIL}"), headers=h)
            c.post("/v1/chat/completions", json=chat(f"stream {BOB_PHONE}", "stream"), headers=h)
            c.get(f"/v1/models?q={BOB_EMAIL}", headers={**p9.key("alice"), "x-session-id": "ttl-key-s"})
            c.post("/consent/me/restriction", headers=token("ttl-subject-12"))
            c.delete("/consent/me/restriction", headers=token("ttl-subject-12"))
            for i in range(5):
                c.get("/consent/me", headers=tok(signed({"alg": "HS256"}, claims(f"ttl-forged-{i}"), "f" * 40)))
            p9.settle(redis_url, prefix, 0.5)
            names = [k.decode() for k in client.scan_iter(f"{prefix}:*")]
            no_ttl = sorted({kind_of(n, prefix) for n in names if client.ttl(n) == -1})
            odd = [k for k in no_ttl if k not in NO_TTL_KINDS]
            check(f"every key under the prefix ({len(names)}) has a TTL, but the documented ones", f"no TTL: {no_ttl}", not odd)
            vault = [n for n in names if kind_of(n, prefix) == "vault"]
            time.sleep(3.5)
            alive = [n for n in vault if client.exists(n)]
            check("vault hashes gone at vault_ttl_seconds (Redis TTL, not only marked)", f"{len(vault)} -> {len(alive)}", bool(vault) and not alive)
            texts = asyncio.run(p9._dump(redis_url, prefix))
            scan(f"after the vault TTL ({len(texts)} names and values): no value, id or session id", texts, [BOB_EMAIL, BOB_PHONE, "ttl-subject-12", "ttl-s12", "ttl-key-s"])


# -- the audit's refusal bound across workers ----------------------------------------------------


def shared_refusal_bound_probe(upstream_url: str, redis_url: str) -> None:
    """Two workers (two proxies on one Redis prefix, as `--workers 2` runs them) each
    take forged tokens: the audit bound is the deployment's, not each process's."""
    with scratch(redis_url, "probe-acl12-flood") as (prefix, work):
        base = {"redis_url": redis_url, "redis_prefix": prefix, "secret_key": "probe12-secret", "training_sink": "redis",
                "consent_notice_version": "v1", "consent_admin_key": ADMIN, "audit_refusals_per_minute": 10}
        # Start at the beginning of a minute, so the run stays in one window.
        while time.time() % 60 > 40:
            time.sleep(0.5)
        minute = int(time.time() // 60)
        with p9.proxy(upstream_url, {**base, "audit_path": str(work / "a1.jsonl")}, subject_token_secret=SECRET) as one, \
                p9.proxy(upstream_url, {**base, "audit_path": str(work / "a2.jsonl")}, subject_token_secret=SECRET) as two, \
                Client(timeout=30) as c:
            for i in range(40):
                for url in (one, two):
                    c.get(f"{url}/consent/me", headers=tok(signed({"alg": "HS256"}, claims(f"flood-{i}"), "f" * 40)))
        same_minute = int(time.time() // 60) == minute
        entries = [json.loads(line) for name in ("a1.jsonl", "a2.jsonl") if (work / name).exists() for line in (work / name).read_text().splitlines()]
        refused = [e for e in entries if e.get("action") == "refused"]
        bound = 10 if same_minute else 20
        check(f"80 forged tokens over two workers, bound 10/min: the deployment writes at most {bound}", len(refused), 0 < len(refused) <= bound)


def refusals_redis_down_probe(upstream_url: str) -> None:
    """The shared counter's Redis killed under a running proxy: forged tokens are still
    refused (401, not a 5xx) and still audited, bounded by the process; `piiguard vault
    rekey` against a dead Redis exits 2 without a traceback or a key."""
    with tempfile.TemporaryDirectory(prefix="probe-acl12-down-") as folder, p11.private_redis() as (redis_url, proc):
        work = Path(folder)
        guard = {"redis_url": redis_url, "redis_prefix": "acl12-down", "secret_key": "probe12-secret", "training_sink": "redis",
                 "consent_notice_version": "v1", "consent_admin_key": ADMIN, "audit_refusals_per_minute": 5, "audit_path": str(work / "a.jsonl")}
        with p9.proxy(upstream_url, guard, subject_token_secret=SECRET) as url, Client(base_url=url, timeout=30) as c:
            c.get("/consent/me", headers=tok(signed({"alg": "HS256"}, claims("down-forged"), "f" * 40)))
            proc.kill()
            proc.wait()
            statuses = [c.get("/consent/me", headers=tok(signed({"alg": "HS256"}, claims(f"down-{i}"), "f" * 40))).status_code for i in range(12)]
        lines = (work / "a.jsonl").read_text().splitlines() if (work / "a.jsonl").exists() else []
        refused = [json.loads(line) for line in lines if '"refused"' in line]
        check("shared counter's Redis down: forged tokens still 401 and audited, bounded", f"{sorted(set(statuses))} audited {len(refused)}", set(statuses) == {401} and 1 <= len(refused) <= 10)
        env = {**os.environ, "PIIGUARD_REDIS_URL": redis_url, "PIIGUARD_REDIS_PREFIX": "acl12-down", "PIIGUARD_SECRET_KEY": "probe12-secret",
               "PIIGUARD_VAULT_KEY": "k12:" + base64.b64encode(b"K" * 32).decode()}
        run = subprocess.run([sys.executable, "-m", "piiguard", "vault", "rekey"], env=env, capture_output=True, text=True, check=False, timeout=120)
        check("`piiguard vault rekey` with Redis down: exit 2, one line, no traceback or key", f"rc {run.returncode} {run.stderr.strip()[:50]}", run.returncode == 2 and "Traceback" not in run.stderr and base64.b64encode(b"K" * 32).decode() not in run.stderr + run.stdout)


# -- the vault after a key rotation --------------------------------------------------------------


def rotation_probe(upstream_url: str, redis_url: str, logs: list[str]) -> None:
    import redis

    with scratch(redis_url, "probe-acl12-rot") as (prefix, _), closing(redis.Redis.from_url(redis_url)) as client:
        key_a = "a12:" + base64.b64encode(b"A" * 32).decode()
        key_b = "b12:" + base64.b64encode(b"B" * 32).decode()
        base = {"redis_url": redis_url, "redis_prefix": prefix, "secret_key": "probe12-rot-secret"}
        keys = (f"{KEYS['alice']}=alice",)
        h = {**p9.key("alice"), "x-session-id": "rot-s12"}
        recall = f"recall:rot12-{uuid.uuid4().hex[:6]}"
        env = {**os.environ, "PIIGUARD_REDIS_URL": redis_url, "PIIGUARD_REDIS_PREFIX": prefix, "PIIGUARD_SECRET_KEY": "probe12-rot-secret"}

        def sealed_with(kid: str) -> int:
            count = 0
            for name in client.scan_iter(f"{prefix}:vault:*"):
                if client.type(name) == b"hash":
                    count += sum(1 for v in client.hvals(name) if v.startswith(f"g1.{kid}.".encode()))
            return count

        with p9.proxy(upstream_url, {**base, "vault_key": key_a}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            c.post("/v1/chat/completions", json=chat(f"write {ROT_EMAIL}", recall), headers=h)
        # The new key, the old one kept: piiguard now seals with b (its start marks b current).
        with p9.proxy(upstream_url, {**base, "vault_key": key_b, "vault_old_keys": (key_a,)}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            reply = c.post("/v1/chat/completions", json=chat("what did I write?", recall), headers=h)
            check("new key, old key kept: the old value is restored", reply.status_code, reply.status_code == 200 and ROT_EMAIL in reply.text)
        # The old key dropped without a re-key: the session's values cannot be opened.
        with p9.proxy(upstream_url, {**base, "vault_key": key_b}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            reply = c.post("/v1/chat/completions", json=chat("what did I write?", recall), headers=h)
            code = reply.json().get("error", {}).get("code") if reply.headers.get("content-type", "").startswith("application/json") else None
            says = reply.text.lower()
            check("old key dropped: a clear error (not 'vault could not be reached'), no value", f"{reply.status_code} {code}", reply.status_code >= 400 and code not in (None, "vault_unavailable") and "could not be reached" not in says and "key" in says and ROT_EMAIL not in reply.text)
            check("old key dropped: no Retry-After (waiting does not bring the key back)", reply.headers.get("retry-after"), reply.headers.get("retry-after") is None)
        # The documented path: the new key with the old one kept, then a re-key, then the old key dropped.
        run = subprocess.run([sys.executable, "-m", "piiguard", "vault", "rekey"], env={**env, "PIIGUARD_VAULT_KEY": key_b, "PIIGUARD_VAULT_OLD_KEYS": key_a},
                             capture_output=True, text=True, check=False, timeout=120)
        left = sealed_with("a12")
        check("`piiguard vault rekey` (new key, old key kept) leaves nothing sealed with the old key", f"rc {run.returncode} left {left} {run.stderr.strip()[-60:]}", run.returncode == 0 and left == 0 and sealed_with("b12") > 0)
        scan("`piiguard vault rekey` output: no value or key material", [run.stdout, run.stderr], [ROT_EMAIL, key_a.split(":")[1], key_b.split(":")[1]])
        with p9.proxy(upstream_url, {**base, "vault_key": key_b}, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            reply = c.post("/v1/chat/completions", json=chat("what did I write?", recall), headers=h)
            check("after the re-key, the old key dropped: the value is restored", reply.status_code, reply.status_code == 200 and ROT_EMAIL in reply.text)
        texts = asyncio.run(p9._dump(redis_url, prefix))
        scan("Redis across the rotation: no value, session id or key material", texts, [ROT_EMAIL, "rot-s12", key_a.split(":")[1], key_b.split(":")[1]])
        scan("logs across the rotation: no value or key material", logs, [ROT_EMAIL, key_a.split(":")[1], key_b.split(":")[1]])


# -- metrics, headers ---------------------------------------------------------------------------


def metrics_probe(c: Client) -> None:
    text = c.get("/metrics").text
    labels = sorted({part.split("=", 1)[1].strip('"') for line in text.splitlines() if "{" in line and not line.startswith("#") for part in line[line.index("{") + 1 : line.index("}")].split(",") if "=" in part})
    odd = [label for label in labels if not all(ch.isalnum() or ch in "_-./:+ " for ch in label)]
    found = p9.escaped_leaks([text], [*VALUES, *IDS, *CREDENTIALS, "alice-12"])
    check(f"/metrics ({len(labels)} label values): codes only; no value, id or credential", f"{found} {odd[:3]}", not found and not odd)


def header_probe() -> None:
    """Every reply's headers (not only errors'): no value, id, session id or credential."""
    heads = [f"{r.status_code} {sorted(r.headers.items())}" for r in p9.replies]
    scan(f"headers of every reply ({len(heads)}): no value, id, session id or credential", heads, [*VALUES, *IDS, *CREDENTIALS])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    redis_url_option(parser)
    args = parser.parse_args()
    records = keep_log_records()
    with scratch(args.redis_url, "probe-acl12") as (prefix, work):
        run(args.redis_url, prefix, work, records)
    print(f"\n{len(p9.failures)} failed" + (f": {p9.failures}" if p9.failures else ""))
    return 1 if p9.failures else 0


def run(redis_url: str, prefix: str, work: Path, records: list[str]) -> None:
    """Every probe against one proxy on `prefix`, files in `work`, logs into `records`."""
    jsonl, audit = work / "training.jsonl", work / "audit.jsonl"
    guard = {
        "redis_url": redis_url, "redis_prefix": prefix, "secret_key": "probe12-secret",
        "training_sink": "both", "training_jsonl_path": str(jsonl), "audit_path": str(audit),
        "consent_notice_version": "v1", "consent_admin_key": ADMIN,
    }
    keys = (f"{KEYS['alice']}=alice", f"{KEYS['carol']}=carol", f"{KEYS['backend']}=*")
    fake = RecordingUpstream()
    with serve(fake.app) as upstream_url:
        with p9.proxy(upstream_url, guard, subject_token_secret=SECRET, client_keys=keys) as url, Client(base_url=url, timeout=30) as c:
            rights_token_probes(c)
            id_variant_probes(c, url)
            timing_probe(c)
            replay_after_erasure_probe(c, fake)
            erasure_race_probe(c, fake, redis_url, prefix)
            restriction_race_probe(c, redis_url, prefix)
            metrics_probe(c)
            p9.settle(redis_url, prefix, 0.5)
            texts = asyncio.run(p9._dump(redis_url, prefix))
            scan(f"Redis ({len(texts)} names and values): no value of an erased subject, no id, no credential", texts, [RACE_EMAIL, ERASE_EMAIL, *IDS, *CREDENTIALS])
            files = [p.read_text() for p in (jsonl, audit) if p.exists()]
            scan("training JSONL and audit file: no value, id or credential", files, [*VALUES, *IDS, *CREDENTIALS])
        ttl_probe(upstream_url, redis_url)
        shared_refusal_bound_probe(upstream_url, redis_url)
        refusals_redis_down_probe(upstream_url)
        rotation_probe(upstream_url, redis_url, records)
    errors = [f"{r.status_code} {r.text} {dict(r.headers)}" for r in p9.replies if r.status_code >= 400]
    scan(f"error bodies and headers ({len(errors)}): no value, id, session id or credential", errors, [*VALUES, *IDS, *CREDENTIALS])
    header_probe()
    scan(f"DEBUG log records ({len(records)}): no value, id, session id or credential", records, [*VALUES, *IDS, *CREDENTIALS])


if __name__ == "__main__":
    raise SystemExit(main())
