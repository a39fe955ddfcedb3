"""Nothing personal at rest behind the proxy: a real uvicorn proxy with the vault, the
consent store and both training sinks on the real Redis; after a PII-heavy session the
scan (`at_rest`) finds no value, subject id or session id in Redis, the files, the logs
of the process or /metrics."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path

import httpx
import pytest
from at_rest import dump_redis, leaks, read_files

from .conftest import ProxyFactory
from .upstream import RecordingUpstream

pytestmark = pytest.mark.redis

SUBJECT = "subject-5d2a7c41-anna"
SESSION = "session-91e0b6f3-proxy"
ADMIN = "admin-key-for-proxy-at-rest"
CLIENT_KEY = "client-key-7b1e9d2c40f8a6"  # bound to SUBJECT: the proxy's caller identity
VALUES = [
    "Anna Kowalski",
    "anna.kowalski@example.org",
    "+49 30 12345678",
    "4111 1111 1111 1111",
    "DE89 3704 0044 0532 0130 00",
]
TURNS = [
    f"Hi, I am {VALUES[0]}, mail me at {VALUES[1]}",
    f"call {VALUES[2]}, card {VALUES[3]}",
    f"refund to {VALUES[4]}",
]
SECRETS = [
    *VALUES,
    "Kowalski",
    "493012345678",
    "4111111111111111",
    "DE89370400440532013000",
    SUBJECT,
    SESSION,
    CLIENT_KEY,
    ADMIN,
]


async def _dump(redis_url: str, prefix: str) -> tuple[list[str], dict[str, int], int]:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        texts, kinds = await dump_redis(client, prefix)
        return texts, kinds, int(await client.xlen(f"{prefix}:training"))
    finally:
        await client.aclose()


def test_a_pii_heavy_proxied_session_leaves_nothing_in_the_clear(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    jsonl, audit = tmp_path / "training.jsonl", tmp_path / "audit.jsonl"
    guard_settings = {
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        "secret_key": "proxy-at-rest-secret",
        "training_sink": "both",
        "training_jsonl_path": str(jsonl),
        "audit_path": str(audit),
        "consent_notice_version": "v1",
        "consent_admin_key": ADMIN,
    }
    fake, _ = upstream
    seen = len(fake.requests)
    headers = {"x-session-id": SESSION, "authorization": f"Bearer {CLIENT_KEY}"}
    with (
        make_proxy(guard_settings, client_keys=(f"{CLIENT_KEY}={SUBJECT}",)) as url,
        httpx.Client(base_url=url, headers=headers) as c,
    ):
        given = c.post(
            "/consent",
            json={
                "subject": SUBJECT,
                "action": "given",
                "notice_version": "v1",
                "consent_text": "I agree to the use of my chats for training",
                "session_id": SESSION,
            },
        )
        assert given.status_code == 201, given.text
        history: list[dict[str, str]] = []
        replies = []
        for turn in TURNS:
            history.append({"role": "user", "content": turn})
            body = {"model": "stream" if len(history) == 2 else "echo", "messages": history}
            reply = c.post("/v1/chat/completions", json=body)
            assert reply.status_code == 200, reply.text
            replies.append(reply.text)
        export = c.get(f"/admin/consent/{SUBJECT}/export", headers={"x-api-key": ADMIN})
        metrics = c.get("/metrics").text
        # The gate writes off the request path: wait until both sinks hold every turn.
        deadline = time.monotonic() + 10
        while True:
            lines = [x for x in jsonl.read_text().splitlines() if x] if jsonl.exists() else []
            texts, kinds, streamed = asyncio.run(_dump(redis_url, redis_prefix))
            if (len(lines), streamed) == (len(TURNS), len(TURNS)) or time.monotonic() > deadline:
                break
            time.sleep(0.02)
    assert (len(lines), streamed) == (len(TURNS), len(TURNS))
    upstream_saw = [r.raw() for r in fake.requests[seen:]]
    assert len(upstream_saw) == len(TURNS)
    assert leaks([b.decode() for b in upstream_saw], VALUES) == []
    assert VALUES[0] in replies[0]  # restored from the sealed vault
    vault = export.json()["vault"]
    assert set(VALUES) <= {v for mapping in vault.values() for v in mapping.values()}

    assert {"hash", "set", "stream"} <= set(kinds), kinds
    texts += read_files([jsonl, audit])
    # The process's log lines, minus the test client's own request lines to the proxy
    # (the operator's admin URL names the subject on the operator's side).
    texts += [
        r.getMessage()
        for r in caplog.records
        if not (r.name == "httpx" and url in r.getMessage())
    ]
    assert any(r.name.startswith("piiguard") for r in caplog.records)  # the proxy's own
    texts.append(metrics)
    assert leaks(texts, SECRETS) == []
    assert json.loads(lines[0])["subject_key"] != SUBJECT
