"""CPU per request of the whole proxy, in one process: a number that a busy machine keeps.

    python benchmarks/bench_proxy_cpu.py [--requests 600] [--detector default]
        [--baseline DIR] [--rounds 3]

The proxy app (`create_app`, guard and reply guard on, memory vault) and the fake
upstream (`benchmarks/fake_upstream.py`, unique replies) run in this process, joined by
`httpx.ASGITransport`; chat sessions send the load test's mix (`locustfile.py`: half
the messages with personal data, 5 JSON : 3 streamed requests : 1 model list, the last
4 messages resent as history), 8 sessions at a time. Reported: CPU milliseconds (user +
system of this process, threads included) per request, after a warm-up. No sockets,
no uvicorn and no load generator: what is left is the proxy's own work (parsing,
detection, masking, the reply guard, restoring), so the number moves little when
other jobs hold the CPU, unlike requests per second. `--baseline DIR` measures
another checkout the same way, in turns (`--rounds`), and prints the ratio. `PIIGUARD_*`
variables set guard settings: `PIIGUARD_REDIS_URL=redis://127.0.0.1:6379/N
PIIGUARD_REDIS_PREFIX=... PIIGUARD_SECRET_KEY=...` puts the vault in that Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import inspect
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CONCURRENT_SESSIONS = 8
HISTORY = 4


def _mix() -> tuple[list[tuple[str, tuple[str, ...]]], list[str]]:
    sys.path.insert(0, str(HERE))
    import chat_mix  # the load test's messages, without importing locust (gevent)

    return chat_mix.WITH_PII, chat_mix.WITHOUT_PII


async def _session(client: Any, rng: random.Random, turns: int, failures: list[str]) -> None:
    with_pii, without_pii = _mix()
    history: list[dict[str, str]] = []
    headers = {"x-session-id": f"cpu-{rng.getrandbits(48):x}", "content-type": "application/json"}
    for _ in range(turns):
        kind = rng.choices(("chat", "stream", "models"), weights=(5, 3, 1))[0]
        if kind == "models":
            reply = await client.get("/v1/models", headers=headers)
            if reply.status_code != 200:
                failures.append(f"models {reply.status_code}")
            continue
        text, values = rng.choice(with_pii) if rng.random() < 0.5 else (rng.choice(without_pii), ())
        body = {
            "model": "fake",
            "messages": [
                {"role": "system", "content": "You are a helpful support assistant."},
                *history[-HISTORY:],
                {"role": "user", "content": text},
            ],
            "stream": kind == "stream",
        }
        reply = await client.post("/v1/chat/completions", content=json.dumps(body), headers=headers)
        if reply.status_code != 200:
            failures.append(f"{kind} {reply.status_code}")
            continue
        if kind == "chat":
            content = reply.json()["choices"][0]["message"]["content"]
        else:
            lines = reply.text.splitlines()
            events = [json.loads(line[6:]) for line in lines if line.startswith("data: {")]
            if any("choices" not in event for event in events):
                # The guard's fail-closed error event (e.g. its detection deadline passed).
                failures.append(f"{kind}: error event")
                continue
            content = "".join(
                c.get("delta", {}).get("content") or ""
                for event in events
                for c in event["choices"]
            )
        if not all(v in content for v in values):
            failures.append(f"{kind}: own values not restored")
        history += [{"role": "user", "content": text}, {"role": "assistant", "content": content}]


@contextlib.asynccontextmanager
async def _lifespan(app: Any) -> AsyncIterator[None]:
    """The app's ASGI lifespan: started before the requests, shut down after them."""
    inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    task = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    started = await outbox.get()
    if started["type"] != "lifespan.startup.complete":
        raise RuntimeError(f"proxy did not start: {started}")
    try:
        yield
    finally:
        await inbox.put({"type": "lifespan.shutdown"})
        await outbox.get()
        await task


async def _measure(requests: int, detector: str, seed: int) -> dict[str, float]:
    import httpx

    sys.path.insert(0, str(HERE))
    import fake_upstream

    from piiguard.proxy.app import create_app
    from piiguard.proxy.config import ProxyConfig

    fake_upstream.UNIQUE = True
    # Guard settings from the environment (`PIIGUARD_REDIS_URL` ...: the vault in Redis).
    settings = {k: v for k, v in os.environ.items() if k.startswith("PIIGUARD_")}
    config = ProxyConfig.load(
        environ={
            **settings,
            "PIIGUARD_UPSTREAM_URL": "http://upstream.test",
            "PIIGUARD_DETECTOR": detector,
        }
    )
    # As `piiguard proxy` runs it (a checkout from before the option: without it).
    shipped = {"freeze_after_start": True}
    if "freeze_after_start" not in inspect.signature(create_app).parameters:
        shipped = {}
    app = create_app(config, transport=httpx.ASGITransport(app=fake_upstream.app), **shipped)
    rng = random.Random(seed)
    failures: list[str] = []
    async with (
        _lifespan(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8080", timeout=60
        ) as client,
    ):
        turns = max(1, requests // CONCURRENT_SESSIONS)
        # Warm-up: first calls compile patterns, load the model, fill the placeholder rules.
        await asyncio.gather(*(_session(client, rng, 6, failures) for _ in range(4)))
        failures.clear()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.gather(
            *(_session(client, rng, turns, failures) for _ in range(CONCURRENT_SESSIONS))
        )
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    done = turns * CONCURRENT_SESSIONS
    return {
        "requests": done,
        "cpu_ms_per_request": 1000 * cpu / done,
        "wall_s": wall,
        "failures": len(failures),
    }


def run_in(script: Path, checkout: Path, args: argparse.Namespace, seed: int) -> dict[str, Any]:
    """One measurement by `script --json` in a fresh interpreter with `checkout` first on
    the import path."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run(
        [sys.executable, str(script), "--requests", str(args.requests),
         "--detector", args.detector, "--seed", str(seed), "--json"],
        env=env, cwd=checkout, capture_output=True, text=True, check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def in_turns(script: Path, args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    """`script`'s measurement of this checkout (and of `args.baseline`), `args.rounds`
    times, every other round in reverse order."""
    targets = {"this checkout": HERE.parent}
    if args.baseline is not None:
        targets = {"baseline": args.baseline.resolve(), **targets}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in targets}
    for r in range(args.rounds):
        order = list(targets.items()) if r % 2 == 0 else list(reversed(targets.items()))
        for name, checkout in order:
            results[name].append(run_in(script, checkout, args, args.seed + r))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--detector", default="default", choices=("default", "patterns"))
    parser.add_argument("--baseline", type=Path, help="another checkout to measure in turns")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="one measurement, as JSON")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.json:
        print(json.dumps(asyncio.run(_measure(args.requests, args.detector, args.seed))))
        return
    results = in_turns(Path(__file__).resolve(), args)
    print(f"| target | CPU ms/request, median of {args.rounds} (runs) | failures |")
    print("|---|---|---|")
    medians = {}
    for name, runs in results.items():
        cpu = [run["cpu_ms_per_request"] for run in runs]
        medians[name] = statistics.median(cpu)
        shown = ", ".join(f"{c:.2f}" for c in cpu)
        print(f"| {name} | {medians[name]:.2f} ({shown}) | {sum(r['failures'] for r in runs)} |")
    if "baseline" in medians:
        print(f"\nthis checkout / baseline: {medians['this checkout'] / medians['baseline']:.2f}x")


if __name__ == "__main__":
    main()
