"""The audit file: owner-only, whoever created it and with whatever umask."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from auth_support import as_user, with_login
from starlette.applications import Starlette
from store_support import KEY

from piiguard.consent.api import consent_routes
from piiguard.consent.audit import JsonlAuditLog
from piiguard.consent.gate import ConsentGate, GateSettings
from piiguard.consent.store import ConsentStore
from piiguard.training.memory import MemoryTrainingSink

pytestmark = pytest.mark.anyio
SUBJECT = "ola.nowak@example.pl"
GIVE = {
    "action": "given",
    "notice_version": "2025-01",
    "consent_text": "I agree that my masked chats may train the bot.",
}


@pytest.mark.parametrize(
    ("mode", "umask"),
    [(0o644, 0o022), (0o666, 0o000), (0o640, 0o027), (0o604, 0o022), (None, 0o000)],
)
async def test_the_audit_file_is_owner_only_once_an_entry_is_written(
    store: ConsentStore, tmp_path: Path, mode: int | None, umask: int
) -> None:
    """A consent change through the API audits it: the file (made beforehand with `mode`,
    or by piiguard under `umask`) is 0600 afterwards, its earlier lines kept."""
    path = tmp_path / "audit.jsonl"
    if mode is not None:
        path.write_text('{"earlier": true}\n')
        path.chmod(mode)
    gate = ConsentGate(
        store,
        MemoryTrainingSink(),
        key=KEY,
        settings=GateSettings(notice_version="2025-01"),
        audit=JsonlAuditLog(path),
    )
    app = with_login(Starlette(routes=consent_routes(gate=gate)))
    old = os.umask(umask)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as client:
            given = await client.post("/consent", json=GIVE, headers=as_user(SUBJECT))
    finally:
        os.umask(old)
    assert given.status_code == 201, given.text
    assert path.stat().st_mode & 0o777 == 0o600
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert (lines[0] == {"earlier": True}) is (mode is not None)
    assert any(entry.get("action") == "consent_given" for entry in lines)
    assert SUBJECT not in path.read_text()
