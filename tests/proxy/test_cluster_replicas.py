"""Two proxy replicas (real uvicorn servers) sharing one real three-node Redis Cluster, as
behind a load balancer: a session served by both restores every value on either, and a
withdrawal acknowledged by one replica is honoured by the other's very next turn."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import pytest

from piiguard.redis_client import fast_client

from .conftest import ProxyFactory
from .upstream import RecordingUpstream, sse_content

NAME = "Anna Kowalski"
EMAIL = "anna.kowalski@example.org"
SUBJECT = "subject-3c9e1f57-cluster"
CLIENT_KEY = "client-key-cluster-4e8a2b6d19"  # bound to SUBJECT: the caller's identity
ADMIN = "admin-key-for-the-cluster-test"

pytestmark = pytest.mark.redis


async def _stream_length(url: str, key: str) -> int:
    client = fast_client(url, timeout_seconds=5)
    try:
        return int(await client.xlen(key))
    finally:
        await client.aclose()


def _withdrawn_decisions(base: str) -> float:
    """How many turns this replica's gate refused because consent was withdrawn."""
    for line in httpx.get(f"{base}/metrics").text.splitlines():
        if line.startswith('piiguard_gate_decisions_total{reason="withdrawn"}'):
            return float(line.split()[-1])
    return 0.0


def test_two_replicas_share_sessions_and_consent_on_a_redis_cluster(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_cluster_url: str,
) -> None:
    fake, _ = upstream
    prefix = f"piiguard-test-{uuid.uuid4().hex[:12]}"
    stream = f"{prefix}:training"
    guard_settings = {
        "redis_url": redis_cluster_url,
        "redis_prefix": prefix,
        "secret_key": "cluster-replicas-secret",
        "training_sink": "redis",
        "consent_notice_version": "v1",
        "consent_admin_key": ADMIN,
    }
    session = f"session-{uuid.uuid4().hex}"
    headers = {"x-session-id": session, "authorization": f"Bearer {CLIENT_KEY}"}
    bot = f"recall:{uuid.uuid4().hex}"  # a bot that remembers the session's first message
    seen = len(fake.requests)
    with (
        make_proxy(guard_settings, client_keys=(f"{CLIENT_KEY}={SUBJECT}",)) as a,
        make_proxy(guard_settings, client_keys=(f"{CLIENT_KEY}={SUBJECT}",)) as b,
        httpx.Client(headers=headers, timeout=10) as c,
    ):

        def turn(replica: str, text: str) -> str:
            body = {"model": bot, "stream": True, "messages": [{"role": "user", "content": text}]}
            reply = c.post(f"{replica}/v1/chat/completions", json=body)
            assert reply.status_code == 200, reply.text
            return sse_content(reply.text)

        given = c.post(
            f"{a}/consent",
            json={
                "subject": SUBJECT,
                "action": "given",
                "notice_version": "v1",
                "consent_text": "I agree to the use of my chats for training",
                "session_id": session,
            },
        )
        assert given.status_code == 201, given.text

        # Turn 1 on A mints the placeholders; on B the bot repeats them and B restores
        # them from the vault A wrote (a hash on whichever cluster node owns its slot).
        first = f"I am {NAME}, mail me at {EMAIL}"
        assert turn(a, first) == f"You told me: {first}"
        assert turn(b, "what did I tell you?") == f"You told me: {first}"
        assert fake.memory[bot] == "I am <PERSON_1>, mail me at <EMAIL_ADDRESS_1>"
        upstream_saw = b"".join(r.raw() for r in fake.requests[seen:])
        assert NAME.encode() not in upstream_saw and EMAIL.encode() not in upstream_saw

        # Both turns reach the training stream (the gate writes off the request path).
        deadline = time.monotonic() + 10
        while asyncio.run(_stream_length(redis_cluster_url, stream)) < 2:
            assert time.monotonic() < deadline, "the consented turns were not written"
            time.sleep(0.02)

        # Withdrawal acknowledged by B; A's next turn must not reach the training data.
        withdrawn = c.post(f"{b}/consent", json={"subject": SUBJECT, "action": "withdrawn"})
        assert withdrawn.status_code == 201 and withdrawn.json()["state"] == "withdrawn"
        before = _withdrawn_decisions(a)
        assert turn(a, "one more thing") == f"You told me: {first}"
        deadline = time.monotonic() + 10
        while _withdrawn_decisions(a) <= before:
            assert time.monotonic() < deadline, "replica A never decided on the turn"
            time.sleep(0.02)
        assert asyncio.run(_stream_length(redis_cluster_url, stream)) == 2
        export = c.get(f"{a}/admin/consent/{SUBJECT}/export", headers={"x-api-key": ADMIN})
        assert export.status_code == 200, export.text
        assert [e["kind"] for e in export.json()["events"]] == ["given", "withdrawn"]
