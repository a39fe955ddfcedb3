"""Nothing personal at rest: after a PII-heavy session through the middleware, with the
vault, the consent store and both training sinks on the real Redis, no original value,
subject id or session id is found in Redis, the JSONL sink, the audit log, the logs or
/metrics, in any of the forms `at_rest.leaks` knows."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import httpx
import pytest
from at_rest import dump_redis, leaks, read_files
from auth_support import as_user, with_login

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.detection.registry import pattern_recognizers
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .apps import ChatApp
from .conftest import EmailAndNames

pytestmark = [pytest.mark.anyio, pytest.mark.redis]

SUBJECT = "subject-8c1f2e9a-anna"
SESSION = "session-3b7d9e0c-kiosk"
ADMIN = "admin-key-for-at-rest-tests"
VALUES = {
    "PERSON": "Anna Kowalski",
    "EMAIL_ADDRESS": "anna.kowalski@example.org",
    "PHONE_NUMBER": "+48 601 234 567",
    "CREDIT_CARD": "4111 1111 1111 1111",
    "IBAN_CODE": "DE89 3704 0044 0532 0130 00",
    "US_SSN": "536-90-4399",
}
TURNS = [
    f"hi, I'm {VALUES['PERSON']}, write to {VALUES['EMAIL_ADDRESS']}",
    f"call me on {VALUES['PHONE_NUMBER']}, my card is {VALUES['CREDIT_CARD']}",
    f"refund to {VALUES['IBAN_CODE']} please; SSN {VALUES['US_SSN']}",
]
# Every form a value may take in a store: as typed, and without separators.
SECRETS = [
    *VALUES.values(),
    "48601234567",
    "4111111111111111",
    "DE89370400440532013000",
    "536904399",
    "Kowalski",
    SUBJECT,
    SESSION,
]


async def settle(guard: Guard) -> None:
    while guard._background:
        await asyncio.sleep(0.01)


async def test_a_pii_heavy_session_leaves_nothing_in_the_clear(
    redis_url: str, redis_prefix: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    jsonl, audit = tmp_path / "training.jsonl", tmp_path / "audit.jsonl"
    config = GuardConfig(
        detector="patterns",
        redis_url=redis_url,
        redis_prefix=redis_prefix,
        secret_key="at-rest-test-secret",
        training_sink="both",
        training_jsonl_path=str(jsonl),
        audit_path=str(audit),
        consent_notice_version="v1",
        consent_admin_key=ADMIN,
    )
    chat = ChatApp()
    guard = Guard(config, detector=Detector([*pattern_recognizers(), EmailAndNames()]))
    await guard.start()
    app = with_login(PiiGuardMiddleware(chat.app, guard=guard))  # the host app's own login
    headers = {"x-session-id": SESSION, **as_user(SUBJECT)}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t", headers=headers
    ) as c:
        given = await c.post(
            "/consent",
            json={
                "subject": SUBJECT,
                "action": "given",
                "notice_version": "v1",
                "consent_text": "I agree to the use of my chats for training",
                "age": 34,
                "session_id": SESSION,
            },
        )
        assert given.status_code == 201, given.text
        replies = []
        history: list[dict[str, str]] = []
        for turn in TURNS:
            replies.append((await c.post("/chat", json={"message": turn})).text)
            history.append({"role": "user", "content": turn})
            body = {"model": "m", "messages": history, "stream": len(history) % 2 == 0}
            replies.append((await c.post("/v1/chat/completions", json=body)).text)
            await settle(guard)
        export = await c.get(
            f"/admin/consent/{SUBJECT}/export", headers={"Authorization": f"Bearer {ADMIN}"}
        )
    # The session went through: masked upstream, restored in the replies, in both sinks.
    assert leaks([json.dumps(chat.received)], list(VALUES.values())) == []
    assert VALUES["PERSON"] in replies[0] and VALUES["US_SSN"] in "".join(replies)
    assert len([line for line in jsonl.read_text().splitlines() if line]) == len(TURNS) * 2
    client = guard.vault._client  # type: ignore[attr-defined]
    assert await client.xlen(f"{redis_prefix}:training") == len(TURNS) * 2
    # The authorised operator's export still returns the subject's own values.
    exported = export.json()
    assert set(VALUES.values()) <= {
        v for mapping in exported["vault"].values() for v in mapping.values()
    }

    texts, kinds = await dump_redis(client, redis_prefix)
    assert {"hash", "set", "stream"} <= set(kinds), kinds  # vault, consent, links, events
    texts += read_files([jsonl, audit])
    # Every log line but the test client's own request lines (httpx; the admin URL names
    # the subject on the operator's side: see README, "Data at rest").
    texts += [r.getMessage() for r in caplog.records if r.name != "httpx"]
    texts.append(guard.metrics.render().decode())
    assert leaks(texts, SECRETS) == []
    await guard.aclose()
    if guard.gate is not None:
        await guard.gate.store.aclose()
        for sink in guard.gate.sinks:
            await sink.aclose()
