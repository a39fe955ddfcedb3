"""Consent records: the transition function, validation and the proof left after erasure."""

from __future__ import annotations

import pytest

from piiguard.consent.records import (
    ConsentChange,
    ConsentEvent,
    ConsentRecord,
    InvalidConsentError,
    apply_change,
    erasure_proof,
    hash_consent_text,
    minor_from_age,
    same_secret,
    subject_pseudonym,
)

HASH = hash_consent_text(
    "I consent to the processing of personal data for the purpose of improving "
    "the automated system for handling inquiries"
)


def change(kind: str, **kw: object) -> ConsentChange:
    base: dict[str, object] = {"subject": "user-1", "action": kind}
    if kind == "given":
        base |= {"notice_version": "v1", "text_hash": HASH}
    return ConsentChange(**(base | kw))  # type: ignore[arg-type]


def test_given_starts_a_new_record_each_time() -> None:
    first, event = apply_change(None, change("given"), now=10.0, record_id="r1", subject_key="k")
    assert (first.state, first.record_id, first.given_at, event.kind) == (
        "given",
        "r1",
        10.0,
        "given",
    )
    again, _ = apply_change(
        first, change("given", notice_version="v2"), now=20.0, record_id="r2", subject_key="k"
    )
    assert (again.record_id, again.notice_version, again.given_at) == ("r2", "v2", 20.0)


@pytest.mark.parametrize("before", [None, "given", "withdrawn", "expired"])
def test_withdrawal_is_always_possible_and_keeps_the_record_id(before: str | None) -> None:
    current: ConsentRecord | None = None
    if before is not None:
        current, _ = apply_change(None, change("given"), now=1.0, record_id="r1", subject_key="k")
        if before != "given":
            current, _ = apply_change(
                current, change(before), now=2.0, record_id="x", subject_key="k"
            )
    record, event = apply_change(
        current, change("withdrawn"), now=3.0, record_id="r9", subject_key="k"
    )
    assert record.state == "withdrawn" and event.kind == "withdrawn"
    assert record.record_id == ("r9" if before is None else "r1")
    assert event.subject_key == "k" and event.record_id == record.record_id


@pytest.mark.parametrize("before", [None, "withdrawn"])
def test_only_a_given_consent_can_expire(before: str | None) -> None:
    current = None
    if before:
        current, _ = apply_change(
            None, change("withdrawn"), now=1.0, record_id="r", subject_key="k"
        )
    with pytest.raises(InvalidConsentError):
        apply_change(current, change("expired"), now=2.0, record_id="r", subject_key="k")


@pytest.mark.parametrize("before", [None, "given", "withdrawn", "expired"])
def test_a_stated_minor_is_marked_and_keeps_the_state(before: str | None) -> None:
    current: ConsentRecord | None = None
    if before is not None:
        current, _ = apply_change(None, change("given"), now=1.0, record_id="r1", subject_key="k")
        if before != "given":
            current, _ = apply_change(
                current, change(before), now=2.0, record_id="x", subject_key="k"
            )
    record, event = apply_change(
        current, change("minor_stated", minor=True), now=3.0, record_id="r9", subject_key="k"
    )
    # No record yet: one that says "no consent" carries the mark.
    assert record.state == (before or "withdrawn") and record.minor
    assert record.record_id == ("r9" if before is None else "r1")
    assert (event.kind, event.minor, event.record_id) == ("minor_stated", True, record.record_id)
    # The mark stays on a later consent.
    again, _ = apply_change(record, change("given"), now=4.0, record_id="r2", subject_key="k")
    assert again.minor


def test_a_minor_stated_change_must_say_minor() -> None:
    with pytest.raises(InvalidConsentError, match="minor"):
        change("minor_stated")


def test_change_must_belong_to_the_record() -> None:
    current, _ = apply_change(None, change("given"), now=1.0, record_id="r", subject_key="k")
    with pytest.raises(InvalidConsentError, match="does not belong"):
        apply_change(
            current, change("withdrawn", subject="user-2"), now=2.0, record_id="r", subject_key="k"
        )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"subject": ""}, "subject"),
        ({"subject": "x" * 257}, "subject"),
        ({"purpose": "Model Training"}, "purpose"),
        ({"action": "maybe"}, "action"),
        ({"notice_version": ""}, "notice_version"),
        # a label, not free text: it is stored and returned with the record
        ({"notice_version": "anna.kowalski@example.org"}, "notice_version"),
        ({"notice_version": "seen by Anna Kowalski"}, "notice_version"),
        ({"notice_version": "v" * 65}, "notice_version"),
        ({"text_hash": "not-a-hash"}, "text_hash"),
        ({"text_hash": HASH.upper()}, "text_hash"),
        ({"source": "s" * 300}, "source"),
    ],
)
def test_invalid_changes_name_the_field_not_the_value(
    fields: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidConsentError, match=message) as info:
        change("given", **fields)
    for value in fields.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in str(info.value)


def test_expiry_is_judged_at_read_time() -> None:
    record, _ = apply_change(
        None, change("given", expires_at=100.0), now=1.0, record_id="r", subject_key="k"
    )
    assert record.effective_state(99.9) == "given"
    assert record.effective_state(100.0) == "expired"
    assert ConsentRecord.from_dict(record.to_dict()) == record


def test_erasure_proof_keeps_no_source_and_ends_with_erased() -> None:
    events = [
        ConsentEvent(
            kind="given",
            subject_key="k",
            at=1.0,
            purpose="model_training",
            record_id="r",
            source="web 203.0.113.9",
        ),
        ConsentEvent(
            kind="withdrawn",
            subject_key="k",
            at=2.0,
            purpose="model_training",
            record_id="r",
            source="app",
        ),
    ]
    proof = erasure_proof("k", events, now=3.0)
    assert [e.kind for e in proof] == ["given", "withdrawn", "erased"]
    assert all(e.source == "" and e.subject_key == "k" for e in proof)
    assert proof[0].record_id == "r" and proof[-1].at == 3.0


@pytest.mark.parametrize(
    ("age", "minor_age", "minor"),
    [
        (15, 16, True),
        (16, 16, False),
        (13, 13, False),
        (12, 13, True),
        (None, 16, False),
        (0, 16, True),
    ],
)
def test_minor_from_age(age: int | None, minor_age: int, minor: bool) -> None:
    assert minor_from_age(age, minor_age=minor_age) is minor


def test_pseudonym_is_keyed_and_secret_comparison_exact() -> None:
    assert subject_pseudonym(b"a", "user-1") != subject_pseudonym(b"b", "user-1")
    assert "user-1" not in subject_pseudonym(b"a", "user-1")
    assert len(hash_consent_text("x")) == 64
    assert same_secret("k3y", "k3y") and not same_secret("k3y", "k3Y") and not same_secret("", "k")
