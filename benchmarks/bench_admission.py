"""What a subject's request costs on Redis: CPU and wall time per chat request through
the proxy app with the vault, the consent store and the training stream on Redis, every
request from a subject (a subject token), as a front end with logged-in users sends them.

    PYTHONPATH=. python benchmarks/bench_admission.py [--requests 300] [--baseline DIR]
        [--rounds 3] [--redis-url redis://127.0.0.1:6379/0]

The proxy (`create_app`, patterns only) and the tests' recording upstream run in this
process, joined by `httpx.ASGITransport`; 4 sessions at a time, each message with an
e-mail address. `--baseline DIR` measures another checkout the same way, in turns, and
prints the ratios (acl8: each request of a subject also links its session, off the
request path).
"""

# ruff: noqa: E501
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

SECRET = "bench-token-secret-0123456789abcdefgh"


async def measure(requests: int, redis_url: str) -> dict[str, float]:
    import httpx

    sys.path[:0] = [str(Path.cwd() / "tests"), str(Path.cwd())]
    from piiguard.auth import mint_subject_token
    from piiguard.config import GuardConfig
    from piiguard.pipeline import Guard
    from piiguard.proxy import ProxyConfig, create_app
    from piiguard.proxy.app import guard_config_for
    from tests.proxy.conftest import make_detector
    from tests.proxy.upstream import RecordingUpstream

    prefix = f"bench-admission-{uuid.uuid4().hex[:8]}"
    fake = RecordingUpstream()
    guard_config = GuardConfig(
        detector="patterns", redis_url=redis_url, redis_prefix=prefix, secret_key="bench",
        training_sink="redis", consent_notice_version="v1",
    )
    config = ProxyConfig(
        guard=guard_config, upstream_url="http://u", subject_token_secret=SECRET,
        subject_token_audience="bench",
    )
    guard = Guard(guard_config_for(config), detector=make_detector())
    app = create_app(config, guard=guard, transport=httpx.ASGITransport(app=fake.app))
    minted = mint_subject_token(SECRET, "bench-subject", audience="bench", ttl_seconds=3600)
    headers = {"x-piiguard-subject-token": minted}
    cpu = wall = 0.0
    try:
        async with (
            _lifespan(app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as c,
        ):
            await c.post("/consent", json={"action": "given", "notice_version": "v1", "consent_text": "ok"}, headers=headers)

            async def session(n: int, count: int) -> None:
                for i in range(count):
                    body = {"model": "echo", "messages": [{"role": "user", "content": f"mail me at user{n}.{i}@example.org"}]}
                    reply = await c.post("/v1/chat/completions", json=body, headers={**headers, "x-session-id": f"s{n}"})
                    assert reply.status_code == 200, reply.text

            await asyncio.gather(*(session(n, 20) for n in range(4)))  # warm-up
            cpu0, wall0 = time.process_time(), time.perf_counter()
            await asyncio.gather(*(session(n, requests // 4) for n in range(4)))
            while guard._background:  # the gate's writes and links, off the request path
                await asyncio.sleep(0.001)
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    finally:
        import redis

        client = redis.Redis.from_url(redis_url)
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)
        client.close()
    return {"cpu_ms": 1000 * cpu / requests, "wall_ms": 1000 * wall / requests}


class _lifespan:
    """The lifespan of a plain ASGI app (the proxy's outer layers are not Starlette's)."""

    def __init__(self, app: object) -> None:
        self.app = app
        self.queue: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        self.sent: asyncio.Queue[dict[str, str]] = asyncio.Queue()

    async def __aenter__(self) -> None:
        async def receive() -> dict[str, str]:
            return await self.queue.get()

        async def send(message: dict[str, str]) -> None:
            await self.sent.put(message)

        self.task = asyncio.create_task(self.app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send))  # type: ignore[operator]
        await self.queue.put({"type": "lifespan.startup"})
        started = await self.sent.get()
        assert started["type"] == "lifespan.startup.complete", started

    async def __aexit__(self, *exc: object) -> None:
        await self.queue.put({"type": "lifespan.shutdown"})
        await self.sent.get()
        await self.task


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--redis-url", default=os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--json", action="store_true", help="one measurement, as JSON")
    args = parser.parse_args()
    if args.json:
        print(json.dumps(asyncio.run(measure(args.requests, args.redis_url))))
        return 0
    trees = {"this": Path.cwd()}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            script = Path(__file__).resolve()
            out = subprocess.run(
                [sys.executable, str(script), "--json", "--requests", str(args.requests), "--redis-url", args.redis_url],
                cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=True,
            )
            results[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
    for name, runs in results.items():
        cpu = statistics.median(r["cpu_ms"] for r in runs)
        wall = statistics.median(r["wall_ms"] for r in runs)
        print(f"{name:9s} cpu {cpu:.2f} ms/request, wall {wall:.2f} ms/request (median of {len(runs)})")
    if args.baseline:
        for key in ("cpu_ms", "wall_ms"):
            this = statistics.median(r[key] for r in results["this"])
            base = statistics.median(r[key] for r in results["baseline"])
            print(f"ratio this/baseline {key}: {this / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
