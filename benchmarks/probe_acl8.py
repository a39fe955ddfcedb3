"""The acl8 black-box pass, the probes that passed as designed: a real proxy on uvicorn in
front of the tests' recording upstream, the real Redis (a fresh key prefix, removed at
the end), and what an outside caller tries. Prints one line per probe: its name, what
came back, and PASS or FAIL against what the design says. The findings of the pass are
tests (tests/proxy/test_attacks.py, test_redis_down.py, test_config.py, test_demo.py,
tests/consent/test_api.py); see benchmarks/RESULTS-acl8.md.

    PYTHONPATH=. python benchmarks/probe_acl8.py [--redis-url redis://127.0.0.1:6379/0]
"""

# ruff: noqa: E501  (the probe tables keep one probe per line)
from __future__ import annotations

import argparse
import asyncio
import base64
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT), str(ROOT / "benchmarks")]

from at_rest import dump_redis, leaks  # noqa: E402
from probe_harness import keep_log_records, redis_url_option, scratch  # noqa: E402
from servers import serve  # noqa: E402

from piiguard.auth import mint_subject_token  # noqa: E402
from piiguard.config import GuardConfig  # noqa: E402
from piiguard.pipeline import Guard  # noqa: E402
from piiguard.proxy import ProxyConfig, create_app  # noqa: E402
from piiguard.proxy.app import guard_config_for  # noqa: E402
from tests.proxy.conftest import make_detector  # noqa: E402
from tests.proxy.upstream import RecordingUpstream, Script  # noqa: E402

SECRET = "probe-token-secret-0123456789abcdefgh"
ADMIN = "probe-admin-key-0123456789"
KEY_ALICE, KEY_BACKEND, KEY_PLAIN = (
    "key-alice-0123456789abcdef",
    "key-backend-0123456789abcdef",
    "key-plain-0123456789abcdef",
)
NAME, EMAIL, CARD = "Anna Kowalski", "anna.kowalski@example.org", "4111 1111 1111 1111"
SUBJECT, SESSION = "subject-9a7b-anna", "session-x81c-anna"
SECRETS = [NAME, EMAIL, CARD, "4111111111111111", SUBJECT, SESSION, ADMIN, SECRET]
GIVE = {"action": "given", "notice_version": "v1", "consent_text": "I agree"}
failures: list[str] = []


def check(name: str, got: Any, ok: bool) -> None:
    print(f"{'PASS' if ok else 'FAIL'}  {name:58s} {str(got)[:70]}")
    if not ok:
        failures.append(name)


AUDIENCE = "https://probe.example/piiguard"  # acl9: tokens name the deployment they are for


def token(subject: str, *, secret: str = SECRET, ttl: float = 300, now: float | None = None) -> str:
    return mint_subject_token(secret, subject, audience=AUDIENCE, ttl_seconds=ttl, now=now)


@contextmanager
def proxy(upstream_url: str, guard: dict[str, Any], **settings: Any) -> Iterator[str]:
    guard_config = GuardConfig(detector="patterns", **guard)
    config = ProxyConfig(guard=guard_config, upstream_url=upstream_url, subject_token_audience=AUDIENCE, **settings)
    with serve(create_app(config, guard=Guard(guard_config_for(config), detector=make_detector()))) as url:
        yield url


async def _dump(redis_url: str, prefix: str) -> tuple[list[str], list[str]]:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        texts, _ = await dump_redis(client, prefix)
        keys = [k.decode() async for k in client.scan_iter(f"{prefix}:*")]
        return texts, keys
    finally:
        await client.aclose()


def identity_probes(c: httpx.Client) -> None:
    """Acting for another subject: keys, tokens, headers, ids."""
    alice, backend, plain = (
        {"authorization": f"Bearer {k}"} for k in (KEY_ALICE, KEY_BACKEND, KEY_PLAIN)
    )
    subject_part = base64.urlsafe_b64encode(b"alice").rstrip(b"=").decode()
    bob = token("bob")
    part, expiry, signature = bob.split(".")
    cases: list[tuple[str, str, str, dict[str, Any], dict[str, str], tuple[int, ...]]] = [
        ("own consent with a key bound to alice", "POST", "/consent", GIVE, alice, (201,)),
        ("no credential", "GET", "/consent", {}, {}, (401,)),
        ("x-user-id alone", "GET", "/consent", {}, {"x-user-id": "alice"}, (401,)),
        ("plain key naming a subject", "GET", "/consent", {}, {**plain, "x-user-id": "alice"}, (403,)),
        ("alice's key naming ALICE", "GET", "/consent", {}, {**alice, "x-user-id": "ALICE"}, (403,)),
        # acl9: surrounding whitespace is not part of an id, so this is alice's own consent.
        ("alice's key reading /consent/alice%20", "GET", "/consent/alice%20", {}, alice, (200, 403)),
        ("alice's key, body subject bob", "POST", "/consent", {**GIVE, "subject": "bob"}, alice, (403,)),
        ("JWT alg=none", "GET", "/consent", {}, {"x-piiguard-subject-token": "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0."}, (401,)),
        ("unsigned token", "GET", "/consent", {}, {"x-piiguard-subject-token": f"{subject_part}.9999999999."}, (401,)),
        ("token of another secret", "GET", "/consent", {}, {"x-piiguard-subject-token": token("alice", secret="x" * 36)}, (401,)),
        ("expired token", "GET", "/consent", {}, {"x-piiguard-subject-token": token("bob", ttl=1, now=time.time() - 600)}, (401,)),
        ("padded signature", "GET", "/consent", {}, {"x-piiguard-subject-token": f"{bob}="}, (401,)),
        ("claims with a leading zero", "GET", "/consent", {}, {"x-piiguard-subject-token": f"{part}.0{expiry}.{signature}"}, (401,)),
        ("bob's token with alice's key", "GET", "/consent", {}, {**alice, "x-piiguard-subject-token": bob}, (403,)),
        ("bob's token, backend key naming alice", "GET", "/consent", {}, {**backend, "x-piiguard-subject-token": bob, "x-user-id": "alice"}, (403,)),
        ("bob's token reading /consent/alice", "GET", "/consent/alice", {}, {"x-piiguard-subject-token": bob}, (403,)),
        ("bob's token, body subject alice", "POST", "/consent", {**GIVE, "subject": "alice"}, {"x-piiguard-subject-token": bob}, (403,)),
        ("backend key naming alice", "GET", "/consent", {}, {**backend, "x-user-id": "alice"}, (200,)),
        ("backend key naming nobody", "GET", "/consent", {}, backend, (401,)),
        ("client key on the admin API", "GET", "/admin/consent/alice", {}, alice, (401,)),
        ("admin key as a client key", "POST", "/v1/chat/completions", {"model": "echo", "messages": []}, {"authorization": f"Bearer {ADMIN}"}, (401,)),
        ("admin body form with a token", "POST", "/admin/consent/lookup", {"subject": "alice"}, {"x-piiguard-subject-token": bob}, (401,)),
        ("method override header", "POST", "/admin/consent/alice", {}, {**alice, "x-http-method-override": "DELETE"}, (401, 405)),
    ]
    for name, method, path, body, headers, expected in cases:
        reply = c.request(method, path, json=body or None, headers=headers)
        check(name, reply.status_code, reply.status_code in expected)


def leak_probes(c: httpx.Client, fake: RecordingUpstream) -> list[str]:
    """Error bodies, logs, metrics: what each answer carries. Returns the texts to scan."""
    h = {"x-piiguard-subject-token": token(SUBJECT), "x-session-id": SESSION}
    json_type = {**h, "content-type": "application/json"}
    fake.scripts["echo-error"] = Script(
        "application/json", (f'{{"error": {{"message": "bad request for {EMAIL}"}}}}'.encode(),), 400
    )
    said = {"model": "echo", "messages": [{"role": "user", "content": f"I am {NAME}, {EMAIL}, {CARD}"}]}
    errors = {
        "bad JSON quoting values": c.post("/v1/chat/completions", content=f'{{"a": "{EMAIL} {CARD}', headers=json_type),
        "bad JSON on /consent": c.post("/consent", content=f'{{"subject": "{SUBJECT}", {EMAIL}', headers=json_type),
        "a JSON list": c.post("/v1/chat/completions", json=[EMAIL, CARD], headers=h),
        "oversize body": c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": f"{EMAIL} " * 50_000}]}, headers=h),
        "text/plain": c.post("/v1/chat/completions", content=EMAIL, headers={**h, "content-type": "text/plain"}),
        "unknown charset": c.post("/v1/chat/completions", content=f'{{"a":"{EMAIL}"}}', headers={**json_type, "content-type": "application/json; charset=x-bogus"}),
        "bad gzip": c.post("/v1/chat/completions", content=f'{{"a":"{EMAIL}"}}', headers={**json_type, "content-encoding": "gzip"}),
        "a lone surrogate": c.post("/v1/chat/completions", content=f'{{"a": "{EMAIL} \\ud800"}}'.encode(), headers=json_type),
        "upstream 500 quoting the prompt": c.post("/v1/chat/completions", json={**said, "model": "error-500"}, headers=h),
        "a path holding a value (404)": c.get(f"/nope/{EMAIL}", headers=h),
        "a query on GET /v1/chat/completions": c.get(f"/v1/chat/completions?q={EMAIL}", headers=h),
    }
    for name, reply in errors.items():
        found = leaks([reply.text, str(dict(reply.headers))], SECRETS)
        check(f"error body: {name}", f"{reply.status_code} {found}", reply.status_code >= 400 and not found)
    echoed = c.post("/v1/chat/completions", json={**said, "model": "script:echo-error"}, headers=h)
    check("upstream 400 echoing the user's own value", echoed.status_code, EMAIL in echoed.text)
    for model in ("echo", "stream"):
        c.post("/v1/chat/completions", json={**said, "model": model}, headers=h)
    metrics = c.get("/metrics").text
    check("metrics", leaks([metrics], SECRETS), not leaks([metrics], SECRETS))
    sent = [r.raw().decode("utf-8", "replace") for r in fake.requests]
    check("upstream saw no value", leaks(sent, SECRETS[:4]), not leaks(sent, SECRETS[:4]))
    return [metrics]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    redis_url_option(parser)
    args = parser.parse_args()
    records = keep_log_records(detail=False)
    fake = RecordingUpstream()
    with scratch(args.redis_url, "probe-acl8") as (prefix, work):
        jsonl, audit = work / "training.jsonl", work / "audit.jsonl"
        guard = {
            "redis_url": args.redis_url, "redis_prefix": prefix, "secret_key": "probe-secret",
            "training_sink": "both", "training_jsonl_path": str(jsonl), "audit_path": str(audit),
            "consent_notice_version": "v1", "consent_admin_key": ADMIN,
            "training_retention_days": 0.00002,  # about 2 s: the retention run below expires them
        }
        with (
            serve(fake.app) as upstream_url,
            proxy(
                upstream_url, guard, subject_token_secret=SECRET,
                client_keys=(f"{KEY_ALICE}=alice", f"{KEY_BACKEND}=*", KEY_PLAIN),
            ) as url,
            httpx.Client(base_url=url, timeout=30) as c,
        ):
            identity_probes(c)
            h = {"x-piiguard-subject-token": token(SUBJECT), "x-session-id": SESSION}
            c.post("/consent", json={**GIVE, "session_id": SESSION}, headers=h)
            texts = leak_probes(c, fake)
            time.sleep(0.5)
            import redis

            client = redis.Redis.from_url(args.redis_url)
            written = client.xlen(f"{prefix}:training")
            # One change per token (acl10): the withdrawal with a fresh one.
            c.post("/consent", json={"action": "withdrawn"}, headers={**h, "x-piiguard-subject-token": token(SUBJECT)})
            for i in range(3):
                c.post("/v1/chat/completions", json={"model": "echo", "messages": [{"role": "user", "content": f"after {i} {EMAIL}"}]}, headers=h)
            time.sleep(0.5)
            after = client.xlen(f"{prefix}:training")
            check("withdrawal stops training writes at once", f"{written} -> {after}", written > 0 and after == written)
            ttls = {k.decode(): client.ttl(k) for k in client.scan_iter(f"{prefix}:vault:*")}
            check("every vault hash expires", ttls, bool(ttls) and all(0 < t <= 3600 for t in ttls.values()))
            export = c.post("/admin/consent/export", json={"subject": SUBJECT}, headers={"x-api-key": ADMIN})
            check("export holds the subject's own values", export.status_code, EMAIL in export.text)
            dumped, _ = asyncio.run(_dump(args.redis_url, prefix))
            files = [p.read_text() for p in (jsonl, audit) if p.exists()]
            found = leaks([*dumped, *files, *records, *texts], SECRETS)
            check("Redis, training file, audit file, DEBUG logs", found, not found)
            time.sleep(2.5)
            env = {**os.environ, "PIIGUARD_REDIS_URL": args.redis_url, "PIIGUARD_REDIS_PREFIX": prefix,
                   "PIIGUARD_SECRET_KEY": "probe-secret", "PIIGUARD_TRAINING_SINK": "both",
                   "PIIGUARD_TRAINING_JSONL_PATH": str(jsonl)}
            run = subprocess.run([sys.executable, "-m", "piiguard", "retention"], env=env, capture_output=True, text=True, check=False)
            left = client.xlen(f"{prefix}:training"), len(jsonl.read_text().splitlines())
            check("piiguard retention expires the records", f"rc {run.returncode}, left {left}", run.returncode == 0 and left == (0, 0))
            erased = c.post("/admin/consent/erase", json={"subject": SUBJECT}, headers={"x-api-key": ADMIN})
            fields = [sorted(f.decode() for f in client.hkeys(k)) for k in client.scan_iter(f"{prefix}:vault:*")]
            check("erasure leaves vault tombstones only", fields, erased.status_code == 200 and all(f == ["erased_at"] for f in fields))
            client.close()
    print(f"\n{len(failures)} failed" + (f": {failures}" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
