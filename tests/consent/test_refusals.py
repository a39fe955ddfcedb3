"""`ConsentGate.record_refusal`: a refused attempt as an audit entry of codes and
pseudonyms, at most `audit_refusals_per_minute` a minute, the rest counted in the next."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from piiguard.consent.audit import MemoryAuditLog
from piiguard.consent.gate import ConsentGate, GateSettings
from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.refusals import COUNTER_TTL_SECONDS, SharedRefusalLimit, route_label
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


# -- the bound shared by every worker on one Redis (acl12) ----------------------------------

anyio = pytest.mark.anyio


def shared_gate(
    client: object, prefix: str, now: list[float], per_minute: int = 10
) -> tuple[ConsentGate, MemoryAuditLog]:
    """A "worker": its own gate and audit log, the counter on the shared Redis."""
    audit = MemoryAuditLog()
    limit = SharedRefusalLimit(
        client,  # type: ignore[arg-type]
        prefix=prefix, per_minute=per_minute, clock=lambda: now[0],
    )
    made = ConsentGate(
        MemoryConsentStore(key=KEY), MemoryTrainingSink(), key=KEY,
        settings=GateSettings(audit_refusals_per_minute=per_minute), audit=audit,
        refusals=limit,
    )
    return made, audit


async def refuse(made: ConsentGate, times: int) -> None:
    for _ in range(times):
        await made.record_refusal("bad_signature", path="/consent/me", method="GET")


@anyio
async def test_workers_sharing_redis_share_one_bound(redis_url: str, redis_prefix: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    now = [1_800_000_000.0]  # the start of a minute
    try:
        workers = [shared_gate(client, redis_prefix, now) for _ in range(3)]
        await asyncio.gather(*(refuse(made, 25) for made, _ in workers))
        assert sum(len(audit.entries) for _, audit in workers) == 10
        now[0] += 60
        await workers[1][0].record_refusal("expired", path="/consent/me", method="GET")
        assert workers[1][1].entries[-1].detail["suppressed"] == 65
        # The counter holds counts and nothing else, and goes away on its own.
        held = await client.hgetall(f"{redis_prefix}:audit-refusals")
        assert set(held) == {b"window", b"written", b"suppressed"}
        assert 0 < await client.ttl(f"{redis_prefix}:audit-refusals") <= COUNTER_TTL_SECONDS
    finally:
        await client.aclose()


@anyio
async def test_concurrent_refusals_never_pass_the_shared_bound(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    clients = [Redis.from_url(redis_url) for _ in range(2)]
    now = [1_800_000_000.0]
    try:
        limits = [
            SharedRefusalLimit(c, prefix=redis_prefix, per_minute=7, clock=lambda: now[0])
            for c in clients
        ]
        results = await asyncio.gather(*(limits[i % 2].admit() for i in range(60)))
        assert sum(r is not None for r in results) == 7
    finally:
        for c in clients:
            await c.aclose()


@anyio
async def test_a_clock_a_little_behind_does_not_reopen_the_minute(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    ahead, behind = [1_800_000_060.5], [1_800_000_059.5]  # two workers across a boundary
    try:
        first = SharedRefusalLimit(client, prefix=redis_prefix, per_minute=2, clock=lambda: ahead[0])  # noqa: E501
        late = SharedRefusalLimit(client, prefix=redis_prefix, per_minute=2, clock=lambda: behind[0])  # noqa: E501
        assert [await first.admit(), await first.admit()] == [0, 0]
        assert await late.admit() is None  # its older minute does not reset the count
    finally:
        await client.aclose()


@anyio
async def test_redis_down_falls_back_to_the_process_bound_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import socket

    from piiguard.redis_client import fast_client

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = fast_client(f"redis://127.0.0.1:{port}/0", timeout_seconds=0.5)
    now = [1_800_000_000.0]
    made, audit = shared_gate(client, "down", now, per_minute=4)
    with caplog.at_level("WARNING", logger="piiguard.consent.refusals"):
        await refuse(made, 9)
    # Refusals are still audited, bounded by this process alone while Redis is away.
    assert len(audit.entries) == 4
    warnings = [r for r in caplog.records if r.name == "piiguard.consent.refusals"]
    assert len(warnings) == 1 and "per process" in warnings[0].getMessage()
    await client.aclose()


@anyio
async def test_build_gate_with_redis_shares_the_bound(
    redis_url: str, redis_prefix: str, tmp_path: Path
) -> None:
    from piiguard.consent.build import build_gate

    gates = [
        build_gate(
            key=KEY, redis_url=redis_url, redis_prefix=redis_prefix, sink="redis",
            audit_path=tmp_path / f"audit-{i}.jsonl",
            settings=GateSettings(audit_refusals_per_minute=5),
        )
        for i in range(2)
    ]
    for made in gates:
        await refuse(made, 8)
    files = [tmp_path / f"audit-{i}.jsonl" for i in range(2)]
    lines = sum(len(f.read_text().splitlines()) for f in files if f.exists())
    assert lines in (5, 10)  # 10 only if the run straddled a minute
    for made in gates:
        await made.store.aclose()
