"""Consent stores, memory and the real Redis: atomic changes, the event log, restriction,
erasure to a pseudonymous proof, and failure when Redis is down."""

from __future__ import annotations

import asyncio

import pytest
from store_support import KEY, Clock

from piiguard.consent.records import (
    ConsentChange,
    InvalidConsentError,
    hash_consent_text,
    subject_pseudonym,
)
from piiguard.consent.store import ConsentStore
from piiguard.exceptions import ConsentStoreError
from piiguard.pseudonym import session_name

pytestmark = pytest.mark.anyio
HASH = hash_consent_text("I consent to improving the assistant")
SUBJECT = "anna.kowalska@example.org"


def given(subject: str = SUBJECT, **kw: object) -> ConsentChange:
    fields: dict[str, object] = {
        "subject": subject,
        "action": "given",
        "notice_version": "v1",
        "text_hash": HASH,
        "source": "web-form",
    }
    return ConsentChange(**(fields | kw))  # type: ignore[arg-type]


def withdrawn(subject: str = SUBJECT, purpose: str = "model_training") -> ConsentChange:
    return ConsentChange(subject=subject, purpose=purpose, action="withdrawn")


async def test_records_and_events_per_purpose(store: ConsentStore, clock: Clock) -> None:
    assert await store.get(SUBJECT, "model_training") is None
    assert (await store.snapshot(SUBJECT)).epoch == 0
    first = await store.apply(given())
    clock.advance(5)
    await store.apply(given(purpose="analytics"))
    clock.advance(5)
    after = await store.apply(withdrawn())
    assert after.record_id == first.record_id and after.state == "withdrawn"
    assert after.given_at == first.given_at and after.updated_at == first.updated_at + 10
    snap = await store.snapshot(SUBJECT)
    assert {p: r.state for p, r in snap.records.items()} == {
        "model_training": "withdrawn",
        "analytics": "given",
    }
    assert snap.epoch == 3 and not snap.restricted and not snap.erased
    events = await store.events(SUBJECT)
    assert [(e.kind, e.purpose) for e in events] == [
        ("given", "model_training"),
        ("given", "analytics"),
        ("withdrawn", "model_training"),
    ]
    assert {e.subject_key for e in events} == {subject_pseudonym(KEY, SUBJECT)}
    assert len({e.event_id for e in events}) == 3 and all(e.event_id for e in events)
    assert events[0].source == "web-form" and events[0].text_hash == HASH


async def test_invalid_change_leaves_nothing(store: ConsentStore) -> None:
    with pytest.raises(InvalidConsentError):
        await store.apply(ConsentChange(subject=SUBJECT, action="expired"))
    assert await store.events(SUBJECT) == []
    assert (await store.snapshot(SUBJECT)).epoch == 0


async def test_restriction_is_an_event_and_bumps_the_epoch(store: ConsentStore) -> None:
    assert await store.set_restricted(SUBJECT, True, source="admin")
    assert not await store.set_restricted(SUBJECT, True)
    snap = await store.snapshot(SUBJECT)
    assert snap.restricted and snap.epoch == 1
    assert await store.set_restricted(SUBJECT, False)
    assert [e.kind for e in await store.events(SUBJECT)] == ["restricted", "unrestricted"]
    assert not (await store.snapshot(SUBJECT)).restricted


async def test_erasure_keeps_only_a_pseudonymous_proof(store: ConsentStore) -> None:
    await store.apply(given())
    await store.apply(withdrawn())
    await store.link_session(SUBJECT, "sess-1")
    assert await store.sessions(SUBJECT) == [session_name(KEY, "sess-1")]
    epoch = (await store.snapshot(SUBJECT)).epoch
    proof = await store.erase(SUBJECT)
    assert [e.kind for e in proof] == ["given", "withdrawn", "erased"]
    assert all(e.source == "" for e in proof)
    snap = await store.snapshot(SUBJECT)
    assert snap.records == {} and snap.erased and snap.epoch > epoch
    assert await store.sessions(SUBJECT) == []
    assert [e.kind for e in await store.events(SUBJECT)] == ["given", "withdrawn", "erased"]
    dump = repr(await store.events(SUBJECT)) + repr(snap)
    assert SUBJECT not in dump and "web-form" not in dump
    # Coming back later starts afresh.
    await store.apply(given())
    assert not (await store.snapshot(SUBJECT)).erased


async def test_the_time_of_the_latest_erasure_outlives_a_new_consent(
    store: ConsentStore, clock: Clock
) -> None:
    assert (await store.snapshot(SUBJECT)).erased_at is None
    await store.apply(given())
    await store.erase(SUBJECT)
    erased_at = clock.now
    assert (await store.snapshot(SUBJECT)).erased_at == erased_at
    clock.advance(60)
    await store.apply(given())  # consenting again keeps when the erasure was
    snap = await store.snapshot(SUBJECT)
    assert not snap.erased and snap.erased_at == erased_at
    await store.erase(SUBJECT)
    assert (await store.snapshot(SUBJECT)).erased_at == erased_at + 60


async def test_concurrent_changes_are_atomic(store: ConsentStore) -> None:
    await store.apply(given())
    changes = [given() if i % 2 else withdrawn() for i in range(20)]
    await asyncio.gather(*(store.apply(c) for c in changes))
    snap = await store.snapshot(SUBJECT)
    assert snap.epoch == 21
    assert len(await store.events(SUBJECT)) == 21


async def test_redis_keys_name_the_subject_by_pseudonym_only(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    from piiguard.consent.redis import RedisConsentStore

    store = RedisConsentStore(Redis.from_url(redis_url), key=KEY, prefix=redis_prefix)
    await store.apply(given())
    keys = [k.decode() async for k in store.client.scan_iter(match=f"{redis_prefix}*")]
    assert keys and not any(SUBJECT in k for k in keys)
    assert store.fence_key(SUBJECT) in keys
    await store.aclose()


async def test_redis_down_raises_store_error_without_values() -> None:
    from piiguard.consent.redis import RedisConsentStore

    store = RedisConsentStore.from_url("redis://127.0.0.1:1/0", key=KEY, prefix="down")
    for call in (
        store.snapshot(SUBJECT),
        store.apply(given()),
        store.events(SUBJECT),
        store.set_restricted(SUBJECT, True),
        store.erase(SUBJECT),
        store.sessions(SUBJECT),
    ):
        with pytest.raises(ConsentStoreError) as info:
            await call
        assert SUBJECT not in str(info.value)
    await store.aclose()


async def test_session_links_expire_after_the_vault_entries_they_lead_to(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    from piiguard.consent.redis import RedisConsentStore

    client = Redis.from_url(redis_url)
    store = RedisConsentStore(client, key=KEY, prefix=redis_prefix, session_link_ttl_seconds=7200)
    try:
        await store.link_session(SUBJECT, "sess-1")
        await store.link_session(SUBJECT, "sess-2")
        keys = [k async for k in client.scan_iter(f"{redis_prefix}:consent:*:sessions")]
        assert len(keys) == 1
        assert 7000 < await client.ttl(keys[0]) <= 7200  # refreshed by every link
        assert len(await store.sessions(SUBJECT)) == 2
    finally:
        await store.aclose()
