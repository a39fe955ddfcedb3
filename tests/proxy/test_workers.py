"""`piiguard proxy --workers 2` with the Redis vault: any worker restores any turn's values."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid

import httpx
import pytest
from servers import free_port, stop_process

from .upstream import RecordingUpstream, sse_content

REDIS_URL = os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.mark.redis
def test_two_workers_share_the_redis_vault(upstream: tuple[RecordingUpstream, str]) -> None:
    if not redis_answers():
        pytest.skip(f"no Redis server answers at {REDIS_URL}")
    fake, upstream_url = upstream
    port = free_port()
    env = {
        **os.environ,
        "PIIGUARD_DETECTOR": "patterns",
        "PIIGUARD_REDIS_URL": REDIS_URL,
        "PIIGUARD_REDIS_PREFIX": f"test-proxy-{uuid.uuid4().hex[:8]}",
        "PIIGUARD_SECRET_KEY": "proxy-workers-test-key",
    }
    command = [sys.executable, "-m", "piiguard.proxy", "proxy", "--upstream", upstream_url,
               "--port", str(port), "--workers", "2", "--log-level", "warning"]  # fmt: skip
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 40
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "workers did not become ready"
            time.sleep(0.2)
        key = f"recall:{uuid.uuid4().hex}"
        email = "anna.kowalski@example.org"
        headers = {"x-session-id": f"s-{uuid.uuid4().hex}"}
        replies = []
        for i in range(12):
            text = f"my email is {email}" if i == 0 else f"what did I tell you? ({i})"
            body = {"model": key, "stream": True, "messages": [{"role": "user", "content": text}]}
            # A new connection per turn, so the kernel hands turns to either worker.
            reply = httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=30)
            assert reply.status_code == 200, reply.text
            replies.append(sse_content(reply.text))
        assert fake.memory[key] == "my email is <EMAIL_ADDRESS_1>"
        assert replies == [f"You told me: my email is {email}"] * len(replies)
    finally:
        stop_process(process, 15)
