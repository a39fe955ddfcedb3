"""The cost of a consent change through the API, and of a JSONL training append.

    PYTHONPATH=$PWD python benchmarks/bench_consent_change.py [--changes 400] [--records 2000]

- `POST /consent` through `consent_routes` in a Starlette app (httpx.ASGITransport, the
  memory store, labels `2026-01` and `web-form`): p50 and p99 of one change, sequential,
  and the wall time of 32 concurrent ones (the labels are read by the pattern detector).
- `JsonlTrainingSink.write` without fsync (so the file's own bookkeeping shows, not the
  disk): records per second, sequential.

Run it from each tree (`PYTHONPATH=<tree>`) in alternation to compare two trees.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request

from piiguard.consent.api import consent_routes
from piiguard.consent.gate import ConsentGate, GateSettings
from piiguard.consent.memory import MemoryConsentStore
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.memory import MemoryTrainingSink
from piiguard.training.sink import TrainingMessage, TrainingRecord

KEY = b"k" * 32
BODY = {
    "action": "given",
    "notice_version": "2026-01",
    "source": "web-form",
    "consent_text": "I agree that my masked chats may train the bot.",
}


async def changes(n: int) -> tuple[float, float, float]:
    gate = ConsentGate(
        MemoryConsentStore(key=KEY),
        MemoryTrainingSink(),
        key=KEY,
        settings=GateSettings(notice_version="2026-01"),
    )

    def caller(request: Request) -> str | None:
        return request.headers.get("x-user")

    app = Starlette(routes=consent_routes(gate=gate, subject_from_request=caller))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        for i in range(20):  # warm-up: the detector's first calls
            await client.post("/consent", json=BODY, headers={"x-user": f"w{i}"})
        spent = []
        for i in range(n):
            start = time.perf_counter()
            resp = await client.post("/consent", json=BODY, headers={"x-user": f"u{i}"})
            spent.append(time.perf_counter() - start)
            assert resp.status_code == 201, resp.text
        start = time.perf_counter()
        answers = await asyncio.gather(
            *(client.post("/consent", json=BODY, headers={"x-user": f"c{i}"}) for i in range(32))
        )
        burst = time.perf_counter() - start
        assert all(a.status_code == 201 for a in answers)
    spent.sort()
    return statistics.median(spent), spent[int(len(spent) * 0.99) - 1], burst


async def appends(n: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        sink = JsonlTrainingSink(Path(folder) / "t.jsonl", fsync=False)
        record = TrainingRecord(
            record_id="r",
            subject_key="k",
            consent_record_id="c",
            notice_version="v",
            messages=(TrainingMessage("user", "hello <PERSON_1>"),),
            created_at=1.0,
            retention_until=2.0,
        )
        start = time.perf_counter()
        for _ in range(n):
            await sink.write(record)
        elapsed = time.perf_counter() - start
        await sink.aclose()
    return n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=400)
    parser.add_argument("--records", type=int, default=2000)
    args = parser.parse_args()
    p50, p99, burst = asyncio.run(changes(args.changes))
    rate = asyncio.run(appends(args.records))
    print(
        f"consent change p50 {p50 * 1e3:.2f} ms p99 {p99 * 1e3:.2f} ms; "
        f"32 concurrent {burst * 1e3:.0f} ms; JSONL appends {rate:.0f}/s"
    )


if __name__ == "__main__":
    main()
