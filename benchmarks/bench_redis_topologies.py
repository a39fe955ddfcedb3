"""What Redis Cluster support costs: the stores on one server vs a local three-node cluster.

    python benchmarks/bench_redis_topologies.py [--n 2000]

Starts a three-node Redis Cluster on loopback (tests/redis_topologies.py; needs
redis-server) next to the Redis at PIIGUARD_TEST_REDIS_URL (default
redis://127.0.0.1:6379/0) and measures, operations alternating between the variants so
machine load hits them alike (sequential, p50/p99 in ms):

- a consent read (`RedisConsentStore.snapshot`): on one server it is the script that first
  moves keys of the old layout (EXISTS of three keys, then HGETALL), vs the plain HGETALL
  it replaced; on the cluster a plain HGETALL routed by slot;
- a written gate decision (consent read + fenced XADD): one server vs cluster;
- a consent change (apply: CAS script; on the cluster plus the fence copy);
- the Vault's share of one request (assign 6 values + read the mapping).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from piiguard.consent.gate import ConsentGate, GateSettings, MaskedTurn
from piiguard.consent.records import ConsentChange, hash_consent_text
from piiguard.consent.redis import RedisConsentStore
from piiguard.redis_client import RedisClient, fast_client
from piiguard.training.redis_stream import RedisStreamSink
from piiguard.vault import RedisVault

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from redis_topologies import redis_cluster

KEY = b"bench-key"
TEXT = "Hi, I am <PERSON_1>; please move my booking to friday and call <PHONE_NUMBER_1>."
VALUES = [
    ("PERSON", "Anna Kowalski"),
    ("EMAIL_ADDRESS", "anna@example.org"),
    ("PHONE_NUMBER", "+49 30 1234567"),
    ("IBAN_CODE", "DE89370400440532013000"),
    ("LOCATION", "Berlin"),
    ("CREDIT_CARD", "4111111111111111"),
]

Op = Callable[[int], Awaitable[object]]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def interleaved(n: int, ops: dict[str, Op]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in ops}
    for i in range(-50, n):  # 50 warm-up rounds
        for name, op in ops.items():
            start = time.perf_counter()
            await op(i)
            if i >= 0:
                times[name].append((time.perf_counter() - start) * 1000)
    return times


class Side:
    """The stores on one topology."""

    def __init__(self, client: RedisClient, prefix: str) -> None:
        self.client = client
        self.store = RedisConsentStore(client, key=KEY, prefix=prefix)
        self.sink = RedisStreamSink(client, prefix=prefix)
        self.gate = ConsentGate(
            self.store, self.sink, key=KEY, settings=GateSettings(notice_version="v1")
        )
        self.vault = RedisVault(client, key=KEY, prefix=prefix)
        self.subject = f"bench-{uuid.uuid4().hex[:8]}"
        self.turn = MaskedTurn.from_texts(self.subject, [TEXT])

    async def start(self) -> None:
        await self.vault.check_keys()
        await self.give(0)

    async def give(self, i: int) -> object:
        change = ConsentChange(
            subject=self.subject,
            action="given",
            notice_version="v1",
            text_hash=hash_consent_text("I agree"),
        )
        return await self.store.apply(change)

    async def decide(self, i: int) -> object:
        decision = await self.gate.submit(self.turn)
        assert decision.written, decision
        return decision

    async def read(self, i: int) -> object:
        return await self.store.snapshot(self.subject)

    async def vault_request(self, i: int) -> object:
        session = f"s{i // 10}"  # 10 turns a session
        await self.vault.assign(session, VALUES, started_at=time.time())
        return await self.vault.mapping(session)


async def run(n: int, server_url: str, cluster_url: str) -> str:
    prefix = f"bench-topo-{uuid.uuid4().hex[:8]}"
    server = Side(fast_client(server_url, timeout_seconds=5), prefix)
    cluster = Side(fast_client(cluster_url, timeout_seconds=5), prefix)
    await server.start()
    await cluster.start()
    hash_key = server.store._keys(server.subject)[0]

    async def plain_hgetall(i: int) -> object:
        return await server.client.hgetall(hash_key)

    load = os.getloadavg()
    reads = await interleaved(
        n,
        {
            "consent read, one server: HGETALL (before)": plain_hgetall,
            "consent read, one server: moving read script (now)": server.read,
            "consent read, cluster": cluster.read,
        },
    )
    decisions = await interleaved(
        n,
        {
            "gate decision written, one server": server.decide,
            "gate decision written, cluster": cluster.decide,
        },
    )
    changes = await interleaved(
        n // 4,
        {
            "consent change, one server": server.give,
            "consent change, cluster (+ fence copy)": cluster.give,
        },
    )
    vaults = await interleaved(
        n,
        {
            "vault per request, one server": server.vault_request,
            "vault per request, cluster": cluster.vault_request,
        },
    )
    after = os.getloadavg()
    for side in (server, cluster):
        async for key in side.client.scan_iter(match=f"{prefix}*", count=1000):
            await side.client.delete(key)
        await side.client.aclose()
    lines = [
        f"n={n} (changes n/4) server={server_url} cluster=3 local nodes "
        f"(Python {sys.version.split()[0]})",
        "| operation | p50 ms | p99 ms |",
        "|---|---|---|",
    ]
    for table in (reads, decisions, changes, vaults):
        for name, times in table.items():
            lines.append(f"| {name} | {pct(times, 0.5):.3f} | {pct(times, 0.99):.3f} |")
    lines.append("")
    lines.append(
        "load average before/after: "
        + " ".join(f"{x:.2f}" for x in load)
        + " / "
        + " ".join(f"{x:.2f}" for x in after)
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    server_url = os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    with tempfile.TemporaryDirectory() as folder, redis_cluster(Path(folder)) as ports:
        cluster_url = "redis+cluster://" + ",".join(f"127.0.0.1:{p}" for p in ports)
        print(asyncio.run(run(args.n, server_url, cluster_url)))


if __name__ == "__main__":
    main()
