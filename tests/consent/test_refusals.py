"""`ConsentGate.record_refusal`: a refused attempt as an audit entry of codes and
pseudonyms, at most `audit_refusals_per_minute` a minute, the rest counted in the next."""

from __future__ import annotations

import asyncio

import pytest

from piiguard.consent.audit import MemoryAuditLog
from piiguard.consent.gate import ConsentGate, GateSettings
from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.refusals import route_label
from piiguard.exceptions import ConfigError
from piiguard.training.memory import MemoryTrainingSink

KEY = b"k" * 32


def gate(per_minute: int = 3) -> tuple[ConsentGate, MemoryAuditLog]:
    audit = MemoryAuditLog()
    settings = GateSettings(audit_refusals_per_minute=per_minute)
    made = ConsentGate(
        MemoryConsentStore(key=KEY), MemoryTrainingSink(), key=KEY, settings=settings, audit=audit
    )
    return made, audit


def test_an_entry_holds_codes_and_pseudonyms_only() -> None:
    made, audit = gate()
    asyncio.run(made.record_refusal(
        "wrong_subject", path="/consent/anna.k@example.org", method="GET",
        subject="anna.k@example.org", caller="alice", actor="subject",
    ))
    (entry,) = audit.entries
    assert entry.action == "refused" and entry.actor == "subject"
    assert entry.subject_key == made.subject_key("anna.k@example.org")
    assert dict(entry.detail) == {
        "reason": "wrong_subject", "route": "/consent/{subject}", "method": "GET",
        "caller_key": made.subject_key("alice"),
    }
    assert "anna" not in str(entry.to_dict()) and "alice" not in str(entry.to_dict())


def test_refusals_past_the_bound_are_counted_in_the_next_entry() -> None:
    made, audit = gate(per_minute=3)
    now = [0.0]
    made._refusals.clock = lambda: now[0]
    for _ in range(10):
        asyncio.run(made.record_refusal("bad_signature", path="/consent/me", method="GET"))
    assert len(audit.entries) == 3
    now[0] = 61.0
    asyncio.run(made.record_refusal("expired", path="/consent/me", method="PROPFIND"))
    assert len(audit.entries) == 4
    assert audit.entries[-1].detail["suppressed"] == 7
    assert audit.entries[-1].detail["method"] == "other"
    assert audit.entries[-1].subject_key == ""


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/consent", "/consent"),
        ("/consent/me", "/consent/me"),
        ("/api/consent/me/export", "/consent/me/export"),
        ("/consent/me/erase", "/consent/me/erase"),
        ("/consent/me/restriction", "/consent/me/restriction"),
        ("/consent/bob", "/consent/{subject}"),
        ("/consent/bob/x", "other"),
        ("/admin/consent/bob/export", "/admin/consent"),
        ("/v1/chat/completions", "/v1/chat/completions"),
        ("/v1/models", "/v1/models"),
        ("/v1/x/anna.k@example.org", "other"),
        ("/anna.k@example.org", "other"),
    ],
)
def test_a_route_is_named_by_its_template(path: str, label: str) -> None:
    assert route_label(path) == label


@pytest.mark.parametrize("value", [0, -1, 100_001])
def test_the_bound_is_checked(value: int) -> None:
    with pytest.raises(ConfigError, match="audit_refusals_per_minute"):
        GateSettings(audit_refusals_per_minute=value)
