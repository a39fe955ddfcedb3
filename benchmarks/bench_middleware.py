"""Added latency of PiiGuardMiddleware: the same chat app with and without it, one run.

    python benchmarks/bench_middleware.py [--detector default|patterns] [--requests 400]
                                          [--reply-guard]

Requests alternate between the bare app and the guarded app (so machine noise
hits both alike), in-process through httpx's ASGI transport. It reports p50/p99
per request for both, the added latency, and the detector's own time on the same
messages, so "added minus detection" is the middleware's own cost. The span cache is off
(each request is detected afresh) and the reply guard is off unless
`--reply-guard` (it checks the reply too: a second detection per request).
Target (issue 5): added latency at most detection time + 1 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

MESSAGES = [
    "hi, I'm Anna Kowalski and my email is anna.kowalski@example.org",
    "can you move my booking to friday? thanks",
    "my card 4111 1111 1111 1111 was charged twice, call me on +44 20 7946 0958",
    "what are your opening hours",
    "i live at 12 Baker Street, London NW1 6XE, send the parcel there",
    "hola, soy maria garcia, mi telefono es +34 612 345 678",
    "the app crashes when I open settings on version 2.3.1",
    "please refund order 123456 to IBAN DE89 3704 0044 0532 0130 00",
]


async def chat(request: Request) -> JSONResponse:
    body = await request.json()
    return JSONResponse({"reply": "noted: " + body["message"]})


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(detector_kind: str, requests: int, reply_guard: bool) -> None:
    bare = Starlette(routes=[Route("/chat", chat, methods=["POST"])])
    config = GuardConfig(
        detector=detector_kind,  # type: ignore[arg-type]
        detection_threads=1,
        detection_cache_size=0,
        reply_guard=reply_guard,
    )
    guard = Guard(config)
    guarded = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", chat, methods=["POST"])]), guard=guard
    )
    await guard.start()
    rng = random.Random(7)
    times: dict[str, list[float]] = {"bare": [], "guarded": [], "detect": []}
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=bare), base_url="http://b") as b,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=guarded), base_url="http://g") as g,
    ):
        for i in range(requests + 20):
            message = rng.choice(MESSAGES)
            body = {"message": message}
            t0 = time.perf_counter()
            await b.post("/chat", json=body)
            t1 = time.perf_counter()
            r = await g.post("/chat", json=body, headers={"x-session-id": f"s{i % 50}"})
            t2 = time.perf_counter()
            guard.detector.detect_batch([message])
            t3 = time.perf_counter()
            assert r.status_code == 200, r.text
            if i >= 20:  # warm-up excluded
                times["bare"].append((t1 - t0) * 1000)
                times["guarded"].append((t2 - t1) * 1000)
                times["detect"].append((t3 - t2) * 1000)
    added = [g - b for g, b in zip(times["guarded"], times["bare"], strict=True)]
    own = [a - d for a, d in zip(added, times["detect"], strict=True)]
    print(
        f"detector={detector_kind} reply_guard={reply_guard} requests={requests} "
        "(in-process ASGI, interleaved, span cache off)"
    )
    print("| path | p50 ms | p99 ms |")
    print("|---|---|---|")
    for name, values in [
        *times.items(),
        ("added (guarded - bare)", added),
        ("added - detection", own),
    ]:
        print(f"| {name} | {statistics.median(values):.2f} | {pct(values, 0.99):.2f} |")
    await guard.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--detector", choices=["default", "patterns"], default="default")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--reply-guard", action="store_true", help="check replies too")
    args = parser.parse_args()
    asyncio.run(main(args.detector, args.requests, args.reply_guard))
