"""Consent gate latency and training-sink throughput, against the real Redis.

    python benchmarks/bench_consent.py [--decisions 2000] [--records 2000] [--write-results]

- Gate decision latency with `RedisConsentStore` (p50/p99 per `submit`, sequential):
  a refused turn (no consent: one Redis read) and a written turn (read + fenced
  XADD into `RedisStreamSink`, or an fsync'd append to `JsonlTrainingSink`).
- Sink throughput in records/s: JSONL with fsync per record (the default), JSONL
  without fsync, and Redis Streams (sequential and 16 concurrent writers).
- Encryption at rest (issue 18), in the same run: the Vault's share of one
  request (assign a PII-heavy turn's values, then read the session's mapping for
  the reply) on `RedisVault` with AES-256-GCM sealing, and with the same vault
  whose key ring seals nothing (the plaintext baseline); requests alternate
  between the two so machine load hits both alike. Plus the gate decision alone
  (one consent read and the rules) with the Redis store.

`--write-results` replaces the `consent` and `at-rest` sections of benchmarks/RESULTS.md
(`--at-rest-only`: measure and write the encryption section alone).
Keys use a fresh prefix and are deleted afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path

from piiguard.consent.gate import ConsentGate, GateSettings, MaskedTurn, evaluate
from piiguard.consent.records import ConsentChange, hash_consent_text
from piiguard.consent.redis import RedisConsentStore
from piiguard.encryption import KeyRing, derive_key
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.redis_stream import RedisStreamSink
from piiguard.training.sink import TrainingMessage, TrainingRecord, TrainingSink

KEY = b"bench-key"
TEXT = "Hi, I am <PERSON_1>; please move my booking to friday and call <PHONE_NUMBER_1>."
RESULTS = Path(__file__).with_name("RESULTS.md")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def gate_latency(
    url: str, prefix: str, sink: TrainingSink, n: int, consent: bool
) -> list[float]:
    store = RedisConsentStore.from_url(url, key=KEY, prefix=prefix)
    gate = ConsentGate(store, sink, key=KEY, settings=GateSettings(notice_version="v1"))
    subject = f"bench-{uuid.uuid4().hex[:8]}"
    if consent:
        await gate.change_consent(
            ConsentChange(
                subject=subject,
                action="given",
                notice_version="v1",
                text_hash=hash_consent_text("I agree"),
            )
        )
    turn = MaskedTurn.from_texts(subject, [TEXT])
    for _ in range(50):  # warm up connections and scripts
        await gate.submit(turn)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        decision = await gate.submit(turn)
        times.append((time.perf_counter() - start) * 1000)
        assert decision.written is consent, decision
    await store.aclose()
    return times


class PlainRing(KeyRing):
    """The baseline: the same vault code path, values stored as they are (bench only)."""

    def seal(self, plaintext: str, aad: bytes) -> str:
        return "g1.plain." + plaintext

    def open(self, token: str, aad: bytes) -> str:
        return token[len("g1.plain.") :]


def turn_values(i: int) -> list[tuple[str, str]]:
    """A PII-heavy turn: 6 values, 3 seen earlier in the session, 3 new."""
    return [
        ("PERSON", "Anna Kowalski"),
        ("EMAIL_ADDRESS", "anna.kowalski@example.org"),
        ("PHONE_NUMBER", "+48 601 234 567"),
        ("CREDIT_CARD", f"4111 1111 1111 {i:04d}"),
        ("IBAN_CODE", f"DE89 3704 0044 0532 {i:04d} 00"),
        ("PERSON", f"Jan Nowak {i}"),
    ]


async def vault_latency(url: str, prefix: str, n: int) -> tuple[list[float], list[float], float]:
    """Per-request Vault time (assign + mapping), sealed and plain, alternating; and
    the sealing cost alone in microseconds per value (seal + open)."""
    from redis.asyncio import Redis

    from piiguard.vault import RedisVault

    ring = KeyRing(derive_key(KEY))
    vaults = {
        "sealed": RedisVault(Redis.from_url(url), key=KEY, keys=ring, prefix=f"{prefix}:s"),
        "plain": RedisVault(
            Redis.from_url(url), key=KEY, keys=PlainRing(derive_key(KEY)), prefix=f"{prefix}:p"
        ),
    }
    times: dict[str, list[float]] = {"sealed": [], "plain": []}
    for i in range(-50, n):  # 50 warm-up requests each
        for name in ("sealed", "plain") if i % 2 else ("plain", "sealed"):
            vault = vaults[name]
            session = f"session-{i // 10}"  # ten turns a session: the mapping grows
            start = time.perf_counter()
            await vault.assign(session, turn_values(i), started_at=time.time())
            mapping = await vault.mapping(session)
            elapsed = (time.perf_counter() - start) * 1000
            assert mapping["<PERSON_1>"] == "Anna Kowalski"
            if i >= 0:
                times[name].append(elapsed)
    for vault in vaults.values():
        await vault.aclose()
    start = time.perf_counter()
    for i in range(n):
        ring.open(ring.seal(f"anna.kowalski+{i}@example.org", b"where"), b"where")
    per_value_us = (time.perf_counter() - start) / n * 1e6
    return times["sealed"], times["plain"], per_value_us


async def decision_latency(url: str, prefix: str, n: int) -> tuple[list[float], list[float]]:
    """The gate decision alone (one consent read from the Redis store and the rules), and
    a bare PING round trip measured between them: the floor set by the machine."""
    store = RedisConsentStore.from_url(url, key=KEY, prefix=prefix)
    subject = f"bench-{uuid.uuid4().hex[:8]}"
    await store.apply(
        ConsentChange(
            subject=subject, action="given", notice_version="v1", text_hash=hash_consent_text("ok")
        )
    )
    settings = GateSettings(notice_version="v1")
    times: list[float] = []
    pings: list[float] = []
    for i in range(-50, n):
        start = time.perf_counter()
        snapshot = await store.snapshot(subject)
        evaluate(snapshot, settings, now=time.time())
        middle = time.perf_counter()
        await store.client.ping()  # the floor: one round trip to this Redis, nothing else
        if i >= 0:
            times.append((middle - start) * 1000)
            pings.append((time.perf_counter() - middle) * 1000)
    await store.aclose()
    return times, pings


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


async def at_rest(url: str, n: int) -> str:
    prefix = f"piiguard-bench-{uuid.uuid4().hex[:8]}"
    load_before = _load()
    sealed, plain, per_value = await vault_latency(url, prefix, n)
    decided, pings = await decision_latency(url, prefix, n)
    client = RedisConsentStore.from_url(url, key=KEY, prefix=prefix).client
    async for key in client.scan_iter(match=f"{prefix}*"):
        await client.delete(key)
    await client.aclose()
    added = pct(sealed, 0.5) - pct(plain, 0.5)
    return "\n".join(
        [
            f"requests={n} (6 values a turn, 10 turns a session) redis={url}",
            "| Vault per request (assign + mapping) | p50 ms | p99 ms |",
            "|---|---|---|",
            f"| plaintext baseline | {pct(plain, 0.5):.3f} | {pct(plain, 0.99):.3f} |",
            f"| AES-256-GCM sealed | {pct(sealed, 0.5):.3f} | {pct(sealed, 0.99):.3f} |",
            f"| added by encryption | {added:.3f} | |",
            "",
            f"seal + open, one value: {per_value:.1f} us",
            "",
            "| gate decision alone (consent read + rules, Redis store) | p50 ms | p99 ms |",
            "|---|---|---|",
            f"| given consent | {pct(decided, 0.5):.3f} | {pct(decided, 0.99):.3f} |",
            f"| (floor) Redis PING round trip | {pct(pings, 0.5):.3f} | {pct(pings, 0.99):.3f} |",
            "",
            f"load average before/after: {load_before} / {_load()}",
        ]
    )


def record(n: int) -> TrainingRecord:
    now = time.time()
    return TrainingRecord(
        record_id=uuid.uuid4().hex,
        subject_key=f"{n % 100:032x}",
        consent_record_id="c",
        notice_version="v1",
        messages=(TrainingMessage("user", TEXT),),
        created_at=now,
        retention_until=now + 30 * 86_400,
    )


async def throughput(sink: TrainingSink, n: int, concurrency: int = 1) -> float:
    records = [record(i) for i in range(n)]
    start = time.perf_counter()
    if concurrency == 1:
        for r in records:
            await sink.write(r)
    else:
        queue = iter(records)

        async def worker() -> None:
            for r in queue:
                await sink.write(r)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return n / (time.perf_counter() - start)


async def main(url: str, decisions: int, records: int) -> str:
    prefix = f"piiguard-bench-{uuid.uuid4().hex[:8]}"
    lines = [
        f"decisions={decisions} records={records} redis={url} (Python {sys.version.split()[0]})"
    ]
    with tempfile.TemporaryDirectory() as tmp:
        stream = RedisStreamSink.from_url(url, prefix=prefix)
        jsonl = JsonlTrainingSink(Path(tmp) / "gate.jsonl")
        lines += ["| gate decision (Redis store) | p50 ms | p99 ms |", "|---|---|---|"]
        for label, sink, consent in [
            ("refused (no consent)", stream, False),
            ("written, Redis Streams sink (fenced XADD)", stream, True),
            ("written, JSONL sink (fsync)", jsonl, True),
        ]:
            t = await gate_latency(url, prefix, sink, decisions, consent)
            lines.append(f"| {label} | {pct(t, 0.5):.2f} | {pct(t, 0.99):.2f} |")
        lines += ["", "| training sink | records/s |", "|---|---|"]
        fsynced = JsonlTrainingSink(Path(tmp) / "a.jsonl")
        lines.append(f"| JSONL, fsync per record | {await throughput(fsynced, records):,.0f} |")
        grouped = JsonlTrainingSink(Path(tmp) / "c.jsonl")
        rate = await throughput(grouped, records, concurrency=16)
        lines.append(f"| JSONL, fsync, 16 concurrent writers (group commit) | {rate:,.0f} |")
        plain = JsonlTrainingSink(Path(tmp) / "b.jsonl", fsync=False)
        lines.append(f"| JSONL, no fsync | {await throughput(plain, records):,.0f} |")
        lines.append(f"| Redis Streams, sequential | {await throughput(stream, records):,.0f} |")
        rate = await throughput(stream, records, concurrency=16)
        lines.append(f"| Redis Streams, 16 concurrent writers | {rate:,.0f} |")
        for s in (jsonl, fsynced, grouped, plain):
            await s.aclose()
        client = RedisConsentStore.from_url(url, key=KEY, prefix=prefix).client
        async for key in client.scan_iter(match=f"{prefix}*"):
            await client.delete(key)
        await client.aclose()
        await stream.aclose()
    return "\n".join(lines)


def write_results(command: str, table: str, *, name: str = "consent", title: str) -> None:
    section = (
        f"<!-- BEGIN {name} -->\n## {title}\n\n"
        f"`{command}`\n(2-core machine shared with other test and training runs; "
        "Redis 7 on localhost)\n\n```\n" + table + f"\n```\n<!-- END {name} -->"
    )
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"<!-- BEGIN {name} -->.*?<!-- END {name} -->", re.S)
    text = (
        pattern.sub(lambda _: section, text)
        if pattern.search(text)
        else (text.rstrip("\n") + "\n\n" + section + "\n")
    )
    RESULTS.write_text(text)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--redis-url", default=os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    parser.add_argument("--decisions", type=int, default=2000)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--write-results", action="store_true")
    parser.add_argument(
        "--at-rest-only", action="store_true", help="only the encryption-at-rest section"
    )
    args = parser.parse_args()
    table = ""
    if not args.at_rest_only:
        table = asyncio.run(main(args.redis_url, args.decisions, args.records))
        print(table)
    encrypted = asyncio.run(at_rest(args.redis_url, args.decisions))
    print(encrypted)
    if args.write_results:
        flags = f"--decisions {args.decisions} --records {args.records}"
        if args.at_rest_only:
            flags = f"--decisions {args.decisions} --at-rest-only"
        command = f"python benchmarks/bench_consent.py {flags}"
        if table:
            write_results(command, table, title="Consent gate and training sinks (issue 7)")
        write_results(
            command,
            encrypted,
            name="at-rest",
            title="Encryption at rest: Vault and gate decision (issue 18)",
        )
