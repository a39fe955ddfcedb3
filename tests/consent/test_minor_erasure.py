"""Children's data goes when we learn of it: a consent change that reveals a minor erases
what was written before, in every training sink and in the Vault, and the log says so."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from auth_support import as_user, with_login
from starlette.applications import Starlette
from store_support import KEY

from piiguard.consent.api import consent_routes
from piiguard.consent.audit import JsonlAuditLog
from piiguard.consent.gate import ConsentGate, GateReason, MaskedTurn
from piiguard.training.jsonl import JsonlTrainingSink

pytestmark = [pytest.mark.anyio, pytest.mark.redis]

SUBJECT = "pupil-42f7"
OTHER = "adult-9c1e"
GIVE = {
    "action": "given",
    "notice_version": "2025-01",
    "consent_text": "I agree",
    "age": 17,
}


@pytest.mark.parametrize(
    "reveal",
    [
        {**GIVE, "age": 15},
        {**GIVE, "minor": True},
        {"action": "withdrawn", "minor": True},
        {"action": "withdrawn", "age": 12},
    ],
)
async def test_learning_of_a_minor_erases_their_data_everywhere(
    tmp_path: Path, redis_url: str, redis_prefix: str, reveal: dict[str, Any]
) -> None:
    from redis.asyncio import Redis

    from piiguard.consent.redis import RedisConsentStore
    from piiguard.training.redis_stream import RedisStreamSink
    from piiguard.vault import RedisVault

    store = RedisConsentStore.from_url(redis_url, key=KEY, prefix=redis_prefix)
    stream = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
    jsonl = JsonlTrainingSink(tmp_path / "training.jsonl")
    audit = tmp_path / "audit.jsonl"
    vault = RedisVault(Redis.from_url(redis_url), key=KEY, prefix=redis_prefix)
    gate = ConsentGate(
        store, stream, key=KEY, extra_sinks=[jsonl], audit=JsonlAuditLog(audit), vault=vault
    )
    app = with_login(Starlette(routes=consent_routes(gate=gate)))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        for subject in (SUBJECT, OTHER):
            given = await client.post(
                "/consent",
                json={**GIVE, "subject": subject, "session_id": f"{subject}-web"},
                headers=as_user(subject),
            )
            assert given.status_code == 201 and given.json()["minor"] is False
        # Sessions linked three ways: at consent, by a written turn, and the subject id itself.
        for session in (f"{SUBJECT}-web", f"{SUBJECT}-app", SUBJECT, f"{OTHER}-web"):
            owner = OTHER if session.startswith(OTHER) else SUBJECT
            values = [("PERSON", "Ola Nowak"), ("PHONE_NUMBER", "601234567")]
            await vault.assign(session, values, started_at=time.time())
            turn = MaskedTurn.from_texts(owner, ["I am <PERSON_1>"], session_id=session)
            assert (await gate.submit(turn)).written
        subject_key, other_key = gate.subject_key(SUBJECT), gate.subject_key(OTHER)
        assert len(await stream.records_for(subject_key)) == 3
        assert len(await jsonl.records_for(subject_key)) == 3

        response = await client.post(
            "/consent", json={**reveal, "subject": SUBJECT}, headers=as_user(SUBJECT)
        )
        assert response.status_code == 201, response.text
        assert response.json()["minor"] is True

    assert await stream.records_for(subject_key) == []
    assert await jsonl.records_for(subject_key) == []
    assert subject_key not in (tmp_path / "training.jsonl").read_text()
    for session in (f"{SUBJECT}-web", f"{SUBJECT}-app", SUBJECT):
        assert await vault.mapping(session) == {}
    # Others keep theirs.
    assert len(await stream.records_for(other_key)) == 1
    assert len(await jsonl.records_for(other_key)) == 1
    assert await vault.mapping(f"{OTHER}-web") != {}
    # The log says so, pseudonymously; new turns are refused.
    events = await store.events(SUBJECT)
    assert events[-1].kind == "minor_erased" and events[-1].subject_key == subject_key
    assert events[-1].minor
    entries = [json.loads(line) for line in audit.read_text().splitlines()]
    erased = [e for e in entries if e["action"] == "erased"]
    assert erased[-1]["detail"] == {"training_records": 6, "vault_entries": 6, "scope": "minor"}
    assert erased[-1]["subject_key"] == subject_key and SUBJECT not in audit.read_text()
    assert audit.stat().st_mode & 0o777 == 0o600  # owner-only, like the training file
    turn = MaskedTurn.from_texts(SUBJECT, ["again"], session_id=f"{SUBJECT}-web")
    assert (await gate.submit(turn)).reason is GateReason.MINOR
    for part in (store, stream, jsonl, vault):
        await part.aclose()
