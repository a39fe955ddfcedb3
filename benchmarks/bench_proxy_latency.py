"""Where a proxied request's latency goes when nothing queues: one request at a time.

    python benchmarks/bench_proxy_latency.py [--requests 600] [--detector default]
        [--baseline DIR] [--rounds 3] [--seed 1]

The same proxy, fake upstream and load mix as `bench_proxy_cpu.py` (in one process,
joined by `httpx.ASGITransport`), but the chat sessions run one request at a time,
so each request's wall time is the proxy's own work plus the fake upstream, with no
queueing behind other requests. Reported per kind of request (JSON chat, streamed
chat, model list; with or without personal data): p50, p90, p99 and max wall time in
milliseconds, and the model calls per request (`NerRecognizer._run` counted). The
chat-paced load test's p99 is this intrinsic tail plus queueing; this script shows
which requests make the first part. `--baseline DIR` measures another checkout in
turns, as `bench_proxy_cpu.py` does.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HISTORY = 4


async def _measure(requests: int, detector: str, seed: int) -> dict[str, Any]:
    import httpx

    sys.path.insert(0, str(HERE))
    import bench_proxy_cpu
    import fake_upstream

    from piiguard.detection.ner import NerRecognizer
    from piiguard.proxy.app import create_app
    from piiguard.proxy.config import ProxyConfig

    calls = [0]
    run = NerRecognizer._run

    def counted(self: NerRecognizer, *args: Any) -> Any:
        calls[0] += 1
        return run(self, *args)

    NerRecognizer._run = counted  # type: ignore[method-assign]
    fake_upstream.UNIQUE = True
    config = ProxyConfig.load(
        environ={"PIIGUARD_UPSTREAM_URL": "http://upstream.test", "PIIGUARD_DETECTOR": detector}
    )
    shipped = {"freeze_after_start": True}  # as `piiguard proxy` runs it
    if "freeze_after_start" not in inspect.signature(create_app).parameters:
        shipped = {}
    app = create_app(config, transport=httpx.ASGITransport(app=fake_upstream.app), **shipped)
    rng = random.Random(seed)
    with_pii, without_pii = bench_proxy_cpu._mix()
    times: dict[str, list[float]] = defaultdict(list)
    model_calls: dict[str, list[int]] = defaultdict(list)
    async with (
        bench_proxy_cpu._lifespan(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8080", timeout=60
        ) as client,
    ):
        done = 0
        warm = 24
        while done < requests + warm:
            history: list[dict[str, str]] = []
            headers = {"x-session-id": f"lat-{rng.getrandbits(48):x}"}
            for _ in range(8):
                kind = rng.choices(("chat", "stream", "models"), weights=(5, 3, 1))[0]
                pii = rng.random() < 0.5
                text = rng.choice(with_pii)[0] if pii else rng.choice(without_pii)
                body = {
                    "model": "fake",
                    "messages": [
                        {"role": "system", "content": "You are a helpful support assistant."},
                        *history[-HISTORY:],
                        {"role": "user", "content": text},
                    ],
                    "stream": kind == "stream",
                }
                before_calls, start = calls[0], time.perf_counter()
                if kind == "models":
                    reply = await client.get("/v1/models", headers=headers)
                else:
                    reply = await client.post(
                        "/v1/chat/completions", content=json.dumps(body),
                        headers={**headers, "content-type": "application/json"},
                    )
                elapsed = 1000 * (time.perf_counter() - start)
                done += 1
                if reply.status_code != 200:
                    raise RuntimeError(f"{kind} answered {reply.status_code}")
                if done > warm:
                    name = kind if kind == "models" else f"{kind}, {'pii' if pii else 'clean'}"
                    times[name].append(elapsed)
                    times["all"].append(elapsed)
                    model_calls[name].append(calls[0] - before_calls)
                    model_calls["all"].append(calls[0] - before_calls)
                if kind == "chat":
                    content = reply.json()["choices"][0]["message"]["content"]
                elif kind == "stream":
                    content = "".join(
                        c.get("delta", {}).get("content") or ""
                        for line in reply.text.splitlines()
                        if line.startswith("data: {")
                        for c in json.loads(line[6:])["choices"]
                    )
                else:
                    continue
                history += [
                    {"role": "user", "content": text},
                    {"role": "assistant", "content": content},
                ]
    return {
        name: {
            "n": len(values),
            "p50": _quantile(values, 0.50),
            "p90": _quantile(values, 0.90),
            "p99": _quantile(values, 0.99),
            "max": max(values),
            "model_calls": statistics.fmean(model_calls[name]),
        }
        for name, values in sorted(times.items())
    }


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--detector", default="default", choices=("default", "patterns"))
    parser.add_argument("--baseline", type=Path, help="another checkout to measure in turns")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="one measurement, as JSON")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.json:
        print(json.dumps(asyncio.run(_measure(args.requests, args.detector, args.seed))))
        return
    sys.path.insert(0, str(HERE))
    import bench_proxy_cpu

    runs = bench_proxy_cpu.in_turns(Path(__file__).resolve(), args)
    print("| target | request | n | p50 ms | p90 ms | p99 ms | max ms | model calls |")
    print("|---|---|---|---|---|---|---|---|")
    for name, measured in runs.items():
        for kind in measured[0]:
            rows = [m[kind] for m in measured]
            cell = {
                key: statistics.median(row[key] for row in rows)
                for key in ("p50", "p90", "p99", "max", "model_calls")
            }
            print(
                f"| {name} | {kind} | {sum(row['n'] for row in rows)} | {cell['p50']:.1f} | "
                f"{cell['p90']:.1f} | {cell['p99']:.1f} | {cell['max']:.1f} | "
                f"{cell['model_calls']:.2f} |"
            )


if __name__ == "__main__":
    main()
