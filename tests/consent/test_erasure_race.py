"""A turn whose request began before its subject's erasure is never kept: not written for
training, even after the subject consented again, and its session's vault entries go,
even when the erasure could not know that session yet (its first turn)."""

from __future__ import annotations

import pytest
from store_support import KEY, Clock

from piiguard import SessionErasedError
from piiguard.consent.gate import ConsentGate, GateReason, MaskedTurn
from piiguard.consent.records import ConsentChange, hash_consent_text
from piiguard.consent.rights import SubjectRights
from piiguard.consent.store import ConsentStore
from piiguard.training.memory import MemoryTrainingSink
from piiguard.vault import MemoryVault

pytestmark = pytest.mark.anyio
SUBJECT = "late-turn-7d2a"
GIVE = ConsentChange(
    subject=SUBJECT, action="given", notice_version="v1", text_hash=hash_consent_text("ok")
)


async def test_a_turn_sent_before_the_erasure_is_never_kept(
    store: ConsentStore, clock: Clock
) -> None:
    sink = MemoryTrainingSink()
    vault = MemoryVault(key=KEY, wall_clock=clock)
    gate = ConsentGate(store, sink, key=KEY, vault=vault, clock=clock)
    rights = SubjectRights(gate)
    await gate.change_consent(GIVE)
    started = clock.now
    # The first turn of a new session: its values are stored, its session not linked yet.
    await vault.assign("web-1", [("PERSON", "Anna Kowalska")], started_at=started)
    clock.advance(1)
    report = await rights.erase(SUBJECT)
    assert report.vault_entries == 0  # the erasure cannot know that session
    clock.advance(1)
    await gate.change_consent(GIVE)  # the subject comes back and consents again

    late = MaskedTurn.from_texts(
        SUBJECT, ["I am <PERSON_1>"], session_id="web-1", started_at=started
    )
    decision = await gate.submit(late)
    assert decision.reason is GateReason.ERASED and not decision.written
    assert await sink.records_for(gate.subject_key(SUBJECT)) == []
    assert await vault.mapping("web-1") == {}  # the gate erased the session it linked
    with pytest.raises(SessionErasedError):  # and left its tombstone
        await vault.assign("web-1", [("PERSON", "Anna Kowalska")], started_at=started)

    fresh = MaskedTurn.from_texts(
        SUBJECT, ["I am <PERSON_1>"], session_id="web-1", started_at=clock.now
    )
    assert (await gate.submit(fresh)).written
    assert len(await sink.records_for(gate.subject_key(SUBJECT))) == 1
