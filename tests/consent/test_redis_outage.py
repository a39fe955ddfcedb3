"""Redis stopping mid-run: the gate fails closed without raising, and recovers when Redis
is back. The outage is a TCP relay to the real server that the test cuts and restores,
so the shared server keeps running for everyone else."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlparse

import pytest
from store_support import KEY

from piiguard.consent.audit import MemoryAuditLog
from piiguard.consent.gate import ConsentGate, GateReason, MaskedTurn
from piiguard.consent.records import ConsentChange, hash_consent_text
from piiguard.consent.redis import RedisConsentStore
from piiguard.training.redis_stream import RedisStreamSink

pytestmark = pytest.mark.anyio
SUBJECT = "outage-subject"
TURN = MaskedTurn.from_texts(SUBJECT, ["hello <PERSON_1>"])


class Relay:
    """A TCP relay to Redis that can be cut (every connection dropped) and restored."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.server: asyncio.Server | None = None
        self.port = 0
        self.links: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        assert self.server is not None
        self.server.close()
        for writer in list(self.links):
            writer.transport.abort()
        self.links.clear()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self.links |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.transport.abort()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def test_redis_stops_mid_run_and_comes_back(redis_url: str, redis_prefix: str) -> None:
    target = urlparse(redis_url)
    relay = Relay(target.hostname or "127.0.0.1", target.port or 6379)
    await relay.start()
    url = f"redis://127.0.0.1:{relay.port}/0"
    store = RedisConsentStore.from_url(url, key=KEY, prefix=redis_prefix, timeout_seconds=0.5)
    sink = RedisStreamSink.from_url(url, prefix=redis_prefix, timeout_seconds=0.5)
    audit = MemoryAuditLog()
    gate = ConsentGate(store, sink, key=KEY, audit=audit)
    await gate.change_consent(
        ConsentChange(
            subject=SUBJECT, action="given", notice_version="v1", text_hash=hash_consent_text("ok")
        )
    )
    assert (await gate.submit(TURN)).written

    await relay.cut()
    decisions = await asyncio.gather(*(gate.submit(TURN) for _ in range(5)))
    assert {(d.written, d.reason) for d in decisions} == {(False, GateReason.STORE_ERROR)}
    assert await gate.is_restricted(SUBJECT)  # cannot tell: fail closed

    await relay.start()  # same port: Redis is back
    assert (await gate.submit(TURN)).written
    assert len(await sink.records_for(gate.subject_key(SUBJECT))) == 2
    reasons = [e.detail["reason"] for e in audit.entries if e.action == "gate_decision"]
    assert reasons == ["written", *["store_error"] * 5, "written"]
    await relay.cut()
    await store.aclose()
    await sink.aclose()
