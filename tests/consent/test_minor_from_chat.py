"""A child who says their age in the chat: the gate never writes that turn, marks the
subject a minor as a consent change with `minor: true` does (training records and vault
entries erased, a `minor_stated` event, an audit entry by `piiguard`), and the mark stays.
On the real Redis store, stream sink and vault."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from store_support import KEY

from piiguard.consent.audit import JsonlAuditLog
from piiguard.consent.gate import ConsentGate, GateReason, GateSettings, MaskedTurn
from piiguard.consent.records import ConsentChange, hash_consent_text
from piiguard.consent.redis import RedisConsentStore
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.redis_stream import RedisStreamSink
from piiguard.vault import RedisVault

pytestmark = [pytest.mark.anyio, pytest.mark.redis]

CHILD = "pupil-7d21"
GIVE = ConsentChange(
    subject=CHILD, action="given", notice_version="v1", text_hash=hash_consent_text("I agree")
)


@dataclass
class Parts:
    gate: ConsentGate
    store: RedisConsentStore
    stream: RedisStreamSink
    jsonl: JsonlTrainingSink
    vault: RedisVault
    audit: Path


@pytest.fixture
async def parts(tmp_path: Path, redis_url: str, redis_prefix: str) -> AsyncIterator[Parts]:
    from redis.asyncio import Redis

    store = RedisConsentStore.from_url(redis_url, key=KEY, prefix=redis_prefix)
    stream = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
    jsonl = JsonlTrainingSink(tmp_path / "training.jsonl")
    vault = RedisVault(Redis.from_url(redis_url), key=KEY, prefix=redis_prefix)
    audit = tmp_path / "audit.jsonl"
    gate = ConsentGate(
        store, stream, key=KEY, extra_sinks=[jsonl], audit=JsonlAuditLog(audit), vault=vault
    )
    yield Parts(gate, store, stream, jsonl, vault, audit)
    for part in (store, stream, jsonl, vault):
        await part.aclose()


def turn(text: str, age: int | None = None, session: str = "s1") -> MaskedTurn:
    return MaskedTurn.from_texts(CHILD, [text], session_id=session, stated_age=age)


async def written(parts: Parts) -> int:
    key = parts.gate.subject_key(CHILD)
    return len(await parts.stream.records_for(key)) + len(await parts.jsonl.records_for(key))


async def test_a_stated_childs_age_erases_and_marks_for_good(parts: Parts) -> None:
    gate = parts.gate
    await gate.change_consent(GIVE)
    await parts.vault.assign("s1", [("PERSON", "Ola Nowak")], started_at=time.time())
    assert (await gate.submit(turn("hello, I am <PERSON_1>"))).written
    assert await written(parts) == 2

    decision = await gate.submit(turn("I'm 12 years old", age=12))

    assert decision.reason is GateReason.MINOR and not decision.written
    assert await written(parts) == 0
    assert await parts.vault.mapping("s1") == {}
    consent = await parts.store.snapshot(CHILD)
    record = consent.records["model_training"]
    assert record.minor and record.state == "given"  # marked; the consent's state is as it was
    kinds = [e.kind for e in await parts.store.events(CHILD)]
    assert kinds == ["given", "minor_stated", "minor_erased"]
    entries = [json.loads(line) for line in parts.audit.read_text().splitlines()]
    stated = [e for e in entries if e["action"] == "minor_stated"]
    assert len(stated) == 1 and stated[0]["actor"] == "piiguard"
    assert stated[0]["subject_key"] == gate.subject_key(CHILD)
    erased = [e for e in entries if e["action"] == "erased"]
    assert erased[-1]["detail"] == {"training_records": 2, "vault_entries": 1, "scope": "minor"}
    assert CHILD not in parts.audit.read_text() and "12" not in json.dumps(stated[0]["detail"])

    # The mark stays: later turns without an age, a stated adult age, a new consent.
    assert (await gate.submit(turn("what is 2+2?"))).reason is GateReason.MINOR
    assert (await gate.submit(turn("I'm 18 now.", age=18))).reason is GateReason.MINOR
    await gate.change_consent(GIVE)
    assert (await gate.submit(turn("hello"))).reason is GateReason.MINOR
    assert await written(parts) == 0
    # Erased once: saying it again is no new mark and no new erasure.
    await gate.submit(turn("I'm 12", age=12))
    kinds = [e.kind for e in await parts.store.events(CHILD)]
    assert kinds.count("minor_stated") == 1 and kinds.count("minor_erased") == 1


async def test_a_child_with_no_consent_record_is_marked_too(parts: Parts) -> None:
    decision = await parts.gate.submit(turn("ich bin 13", age=13))
    assert decision.reason is GateReason.MINOR
    record = (await parts.store.snapshot(CHILD)).records["model_training"]
    assert record.minor and record.state == "withdrawn" and record.given_at is None
    await parts.gate.change_consent(GIVE)  # the child consents later: still a minor
    assert (await parts.gate.submit(turn("hello"))).reason is GateReason.MINOR
    assert await written(parts) == 0


@pytest.mark.parametrize(("age", "minor_age", "reason"), [
    (15, 16, GateReason.MINOR),
    (16, 16, GateReason.WRITTEN),
    (40, 16, GateReason.WRITTEN),
    (15, 14, GateReason.WRITTEN),
    (13, 14, GateReason.MINOR),
    (None, 16, GateReason.WRITTEN),
])
async def test_the_minor_age_is_the_gates_setting(
    parts: Parts, age: int | None, minor_age: int, reason: GateReason
) -> None:
    gate = ConsentGate(
        parts.store, parts.stream, key=KEY, settings=GateSettings(minor_age=minor_age)
    )
    await gate.change_consent(GIVE)
    assert (await gate.submit(turn("a turn", age=age))).reason is reason
    record = (await parts.store.snapshot(CHILD)).records["model_training"]
    assert record.minor is (reason is GateReason.MINOR)


@pytest.mark.parametrize(
    ("marked_by", "actor", "written_after"),
    [
        ("chat", "subject", False),  # the child erases its own data: still a child
        ("consent", "subject", False),
        ("chat", "admin", True),  # the operator's erasure is the documented way out
        ("consent", "admin", True),
    ],
)
async def test_a_childs_own_erasure_keeps_the_mark(
    parts: Parts, marked_by: str, actor: str, written_after: bool
) -> None:
    from piiguard.consent.rights import SubjectRights

    gate = parts.gate
    if marked_by == "chat":
        await gate.change_consent(GIVE)
        assert (await gate.submit(turn("I'm 12", age=12))).reason is GateReason.MINOR
    else:
        await gate.change_consent(replace(GIVE, minor=True))
    rights = SubjectRights(gate, vault=parts.vault)
    await rights.erase(CHILD, actor=actor, unscoped_sessions=actor == "admin")  # type: ignore[arg-type]

    await gate.change_consent(GIVE)
    decision = await gate.submit(turn("hello again", session="s2"))

    assert decision.written is written_after
    if not written_after:
        assert decision.reason is GateReason.MINOR
        assert await written(parts) == 0
        events = await parts.store.events(CHILD)
        assert [e.kind for e in events].count("erased") == 1


async def test_the_mark_is_set_again_in_the_erasures_own_step(
    parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that fails after the erasure (Redis gone between two writes) must not leave
    a child erased without the mark: a later consent would then let their chat through."""
    from piiguard.consent.rights import SubjectRights
    from piiguard.exceptions import ConsentStoreError

    await parts.gate.change_consent(replace(GIVE, minor=True))
    apply = parts.store.apply

    async def no_mark_alone(change: ConsentChange) -> object:
        if change.action == "minor_stated":
            raise ConsentStoreError("consent store unavailable")
        return await apply(change)

    monkeypatch.setattr(parts.store, "apply", no_mark_alone)
    await SubjectRights(parts.gate, vault=parts.vault).erase(
        CHILD, actor="subject", unscoped_sessions=False
    )
    monkeypatch.undo()

    records = (await parts.store.snapshot(CHILD)).records
    assert [r.minor for r in records.values()] == [True]
    assert [e.kind for e in await parts.store.events(CHILD)][-2:] == ["erased", "minor_stated"]
    await parts.gate.change_consent(GIVE)
    assert (await parts.gate.submit(turn("hello again", session="s2"))).reason is GateReason.MINOR


@pytest.mark.parametrize("kind", ["redis", "memory"])
async def test_an_erasure_followed_by_a_change_that_cannot_follow_erases_nothing(
    parts: Parts, kind: str
) -> None:
    from piiguard.consent.memory import MemoryConsentStore
    from piiguard.consent.records import InvalidConsentError

    store = parts.store if kind == "redis" else MemoryConsentStore(key=KEY)
    await store.apply(GIVE)
    for then in (GIVE, replace(GIVE, subject="someone-else", action="minor_stated", minor=True)):
        with pytest.raises(InvalidConsentError):
            await store.erase(CHILD, then=then)
    assert [r.state for r in (await store.snapshot(CHILD)).records.values()] == ["given"]
    marked = ConsentChange(subject=CHILD, action="minor_stated", minor=True)
    proof = await store.erase(CHILD, then=marked)
    assert proof[-1].kind == "erased"
    records = (await store.snapshot(CHILD)).records
    assert [(r.state, r.minor) for r in records.values()] == [("withdrawn", True)]
