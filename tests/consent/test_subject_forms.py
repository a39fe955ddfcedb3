"""The library names one person one way at rest: whichever Unicode form of a subject id a
caller hands the gate, the stores, the sinks and `SubjectRights` (code that calls them
directly, past the HTTP boundary that canonicalises ids), the consent record, the training
rows, the vault session and the lock are the same subject's. Real Redis."""

from __future__ import annotations

import time

import pytest
from redis.asyncio import Redis
from store_support import KEY

from piiguard.consent.gate import ConsentGate, MaskedTurn
from piiguard.consent.records import ConsentChange, hash_consent_text
from piiguard.consent.redis import RedisConsentStore
from piiguard.consent.rights import SubjectRights
from piiguard.identity import subject_session
from piiguard.training.redis_stream import RedisStreamSink
from piiguard.vault import RedisVault

pytestmark = [pytest.mark.anyio, pytest.mark.redis]

FORMS = {
    "NFD then NFC": ("zoe\u0308", "zo\u00eb"),
    "fullwidth then ASCII": ("\uff41nna", "anna"),
    "Kelvin sign then K": ("\u212aai", "Kai"),
    "surrounding space": (" bob ", "bob"),
}


@pytest.mark.parametrize(("first", "second"), FORMS.values(), ids=list(FORMS))
async def test_one_person_is_one_subject_at_rest(
    redis_url: str, redis_prefix: str, first: str, second: str
) -> None:
    store = RedisConsentStore.from_url(redis_url, key=KEY, prefix=redis_prefix)
    stream = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
    vault = RedisVault(Redis.from_url(redis_url), key=KEY, prefix=redis_prefix)
    gate = ConsentGate(store, stream, key=KEY, vault=vault)
    rights = SubjectRights(gate)
    await gate.change_consent(
        ConsentChange(subject=first, action="given", notice_version="v1",
                      text_hash=hash_consent_text("I agree"))
    )
    session = subject_session(first, "s1")
    await vault.assign(session, [("EMAIL_ADDRESS", "one.form@example.org")], started_at=time.time())
    assert (await gate.submit(MaskedTurn.from_texts(first, ["<EMAIL_ADDRESS_1>"],
                                                    session_id=session))).written
    assert gate.subject_key(first) == gate.subject_key(second)
    assert subject_session(first, "s1") == subject_session(second, "s1")
    assert [r.state for r in (await store.snapshot(second)).records.values()] == ["given"]
    exported = await rights.export(second)
    assert "one.form@example.org" in str(exported["vault"])
    report = await rights.erase(second)
    assert report.training_records == 1 and report.vault_entries >= 1
    assert (await store.snapshot(first)).erased
    assert await vault.mapping_named(gate.session_name(session)) in ({}, None)
