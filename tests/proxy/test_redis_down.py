"""Redis stops under a running proxy (its own `redis-server`, so the shared one keeps
running): every route answers a clear error in the OpenAI shape (503 with Retry-After,
never a 500 or a traceback), nothing reaches the upstream, and /readyz says not ready."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from redis_topologies import redis_server
from servers import free_port

from piiguard.auth import mint_subject_token

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .upstream import RecordingUpstream

SECRET = "redis-down-token-secret-0123456789ab"
ADMIN = "redis-down-admin-key-0123456789"
VALUE = "anna.kowalski@example.org"


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A `redis-server` of this test alone (stopped by the test, or at its end)."""
    binary = redis_server()
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path),
         "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            if client.ping():
                break
        except redis.ConnectionError:
            import time

            time.sleep(0.05)
    client.close()
    try:
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.kill()
        process.wait(10)


def test_redis_down_gives_clear_errors_and_forwards_nothing(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    own_redis: tuple[str, subprocess.Popen[bytes]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    redis_url, process = own_redis
    fake, _ = upstream
    settings = {
        "redis_url": redis_url,
        "secret_key": "redis-down-secret",
        "training_sink": "redis",
        "consent_notice_version": "v1",
        "consent_admin_key": ADMIN,
    }
    caller = {
        "x-piiguard-subject-token": mint_subject_token(
            SECRET, "alice", audience=TOKEN_AUDIENCE, ttl_seconds=300
        ),
        "x-session-id": "down-session",
    }
    admin = {"x-api-key": ADMIN}
    with (
        make_proxy(settings, subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        chat = {"model": "echo", "messages": [{"role": "user", "content": f"mail {VALUE}"}]}
        assert c.post("/v1/chat/completions", json=chat, headers=caller).status_code == 200
        process.kill()
        process.wait(10)
        seen = len(fake.requests)
        plain = {"model": "echo", "messages": [{"role": "user", "content": "hello there"}]}
        calls = {
            "chat with a value": c.post("/v1/chat/completions", json=chat, headers=caller),
            "chat without one": c.post("/v1/chat/completions", json=plain, headers=caller),
            "streamed chat": c.post(
                "/v1/chat/completions", json={**chat, "stream": True}, headers=caller
            ),
            "models": c.get("/v1/models", headers=caller),
            "consent": c.post("/consent", json={"action": "withdrawn"}, headers=caller),
            "own consent": c.get("/consent", headers=caller),
            "export": c.post("/admin/consent/export", json={"subject": "alice"}, headers=admin),
            "erasure": c.post("/admin/consent/erase", json={"subject": "alice"}, headers=admin),
        }
        ready = c.get("/readyz")
    assert len(fake.requests) == seen  # nothing went upstream
    for name, reply in calls.items():
        assert reply.status_code == 503, (name, reply.text)
        assert reply.headers.get("retry-after"), name
        error = reply.json()["error"]
        assert error["code"] in ("vault_unavailable", "store_unavailable"), (name, error)
        if name.startswith(("chat", "streamed", "models")):
            # Said plainly: the request never left, so the client may send it again.
            assert "not forwarded" in error["message"], (name, error)
        assert "Traceback" not in reply.text and VALUE not in reply.text
    assert ready.status_code == 503 and ready.json()["checks"]["redis"] is False
    assert not [r for r in caplog.records if r.exc_info and r.name.startswith("piiguard")]
