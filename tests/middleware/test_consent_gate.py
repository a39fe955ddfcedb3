"""The consent gate in the middleware: only consenting subjects' masked turns are written."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .apps import ChatApp
from .test_middleware import EMAIL, MESSAGE

pytestmark = pytest.mark.anyio
ADMIN = "admin-key-for-tests"


def make(detector: Detector, tmp_path: Path, **settings: Any) -> tuple[ChatApp, Guard, Path]:
    sink = tmp_path / "training.jsonl"
    config = GuardConfig(
        detector="patterns",
        training_sink="jsonl",
        training_jsonl_path=str(sink),
        consent_notice_version="v1",
        consent_admin_key=ADMIN,
        **settings,
    )
    chat = ChatApp()
    guard = Guard(config, detector=detector)
    chat.guarded = PiiGuardMiddleware(chat.app, guard=guard)  # type: ignore[attr-defined]
    return chat, guard, sink


def client(chat: ChatApp, user: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=chat.guarded),  # type: ignore[attr-defined]
        base_url="http://t",
        headers={"x-session-id": f"session-of-{user}", "x-user-id": user},
    )


async def settle(guard: Guard) -> None:
    while guard._background:
        await asyncio.sleep(0.01)


def records(sink: Path) -> list[dict[str, Any]]:
    if not sink.exists():
        return []
    return [json.loads(line) for line in sink.read_text().splitlines() if line.strip()]


async def consent(c: httpx.AsyncClient, user: str, action: str, **extra: Any) -> httpx.Response:
    body = {
        "subject": user,
        "purpose": "model_training",
        "action": action,
        "notice_version": "v1",
        "consent_text": "I consent to the processing of personal data for the purpose of "
        "improving the automated system for handling inquiries",
    }
    return await c.post("/consent", json={**body, **extra})


async def test_only_consenting_subjects_reach_the_training_sink(
    detector: Detector, tmp_path: Path
) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "alice") as alice, client(chat, "bob") as bob:
        assert (await consent(alice, "alice", "given")).status_code in (200, 201)
        await alice.post("/chat", json={"message": MESSAGE})
        await bob.post("/chat", json={"message": f"bob here, {EMAIL}"})
        await settle(guard)
    written = records(sink)
    assert len(written) == 1
    raw = sink.read_text()
    assert EMAIL not in raw and "Anna" not in raw and "alice" not in raw
    assert "<EMAIL_ADDRESS_1>" in raw
    assert guard.metrics.render().count(b'piiguard_gate_decisions_total{reason="written"} 1.0') == 1


async def test_withdrawal_stops_writes(detector: Detector, tmp_path: Path) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "carol") as c:
        await consent(c, "carol", "given")
        await c.post("/chat", json={"message": "first"})
        await settle(guard)
        await consent(c, "carol", "withdrawn")
        await c.post("/chat", json={"message": "second"})
        await settle(guard)
    assert [r for r in records(sink)] and len(records(sink)) == 1


async def test_caller_cannot_change_another_subjects_consent(
    detector: Detector, tmp_path: Path
) -> None:
    chat, _, _ = make(detector, tmp_path)
    async with client(chat, "mallory") as c:
        response = await consent(c, "alice", "given")
    assert response.status_code in (401, 403)


async def test_restricted_subject_is_refused_and_admin_needs_the_key(
    detector: Detector, tmp_path: Path
) -> None:
    chat, _, _ = make(detector, tmp_path)
    async with client(chat, "dave") as c:
        assert (await c.post("/admin/consent/dave/restriction")).status_code == 401
        auth = {"authorization": f"Bearer {ADMIN}"}
        assert (await c.post("/admin/consent/dave/restriction", headers=auth)).status_code == 200
        response = await c.post("/chat", json={"message": MESSAGE})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "processing_restricted"
        assert (await c.delete("/admin/consent/dave/restriction", headers=auth)).status_code == 200
        assert (await c.post("/chat", json={"message": MESSAGE})).status_code == 200
    assert len(chat.received) == 1


async def test_store_down_keeps_chat_answering_and_writes_nothing(
    detector: Detector, tmp_path: Path
) -> None:
    chat, guard, sink = make(detector, tmp_path, redis_url="redis://127.0.0.1:1/0", secret_key="k")
    # The vault is in Redis too here, so use a memory vault: only the consent store is down.
    from piiguard import MemoryVault

    guard.vault = MemoryVault()
    guard.masker.vault = guard.vault
    async with client(chat, "erin") as c:
        response = await c.post("/chat", json={"message": MESSAGE})
        await settle(guard)
    assert response.status_code == 200
    assert records(sink) == []
