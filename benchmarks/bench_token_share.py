"""Is checking a subject token a cost worth caching? The share of a guarded chat request
that the token check takes, end to end on a real proxy (uvicorn, the tests' recording
upstream, the real Redis vault and consent store).

    PYTHONPATH=. python benchmarks/bench_token_share.py [--requests 400]

The same short chat turn (one e-mail to mask and restore), alternating between a client
key bound to a subject and a subject token (a fresh token every request, as a front end
would send; a token reused every time would be what a cache could help): the p50 and p90
of each, and the difference, which is what a cache of verified tokens could at most save.
"""

# ruff: noqa: E501
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe_acl9 as p9
from servers import serve

from tests.proxy.upstream import RecordingUpstream


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--redis-url", default=os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    prefix = f"bench-token-{uuid.uuid4().hex[:8]}"
    guard = {"redis_url": args.redis_url, "redis_prefix": prefix, "secret_key": "bench-secret"}
    key = p9.KEYS["alice"]
    fake = RecordingUpstream()
    body = p9.chat("write to anna.kowalski@example.org please")
    spent: dict[str, list[float]] = {"client key": [], "subject token": []}
    paired: dict[str, list[float]] = {"client key": [], "subject token": []}
    try:
        with serve(fake.app) as upstream_url, p9.proxy(upstream_url, guard, subject_token_secret=p9.SECRET, client_keys=(f"{key}=alice",)) as url, httpx.Client(base_url=url, timeout=30) as c:
            ways = {"client key": lambda: {"authorization": f"Bearer {key}"}, "subject token": lambda: p9.token("alice")}
            for _ in range(20):  # warm up
                for make in ways.values():
                    c.post("/v1/chat/completions", json=body, headers={**make(), "x-session-id": "bench-s"})
            for i in range(args.requests):
                for name in (list(ways) if i % 2 else list(ways)[::-1]):
                    headers = {**ways[name](), "x-session-id": "bench-s"}
                    start = time.perf_counter()
                    reply = c.post("/v1/chat/completions", json=body, headers=headers)
                    spent[name].append(time.perf_counter() - start)
                    paired[name].append(spent[name][-1])
                    assert reply.status_code == 200, reply.text
    finally:
        p9.drop_prefix(args.redis_url, prefix)
    for name, times in spent.items():
        times.sort()
        print(f"{name:14s} p50 {statistics.median(times) * 1e3:6.2f} ms  p90 {times[int(len(times) * 0.9)] * 1e3:6.2f} ms  (n={len(times)})")
    diff = statistics.median(spent["subject token"]) - statistics.median(spent["client key"])
    print(f"difference of the p50s: {diff * 1e6:+.0f} us ({diff / statistics.median(spent['client key']) * 100:+.1f} % of a chat request)")
    # Back-to-back pairs share the machine's moment: their difference cancels other load.
    pairs = statistics.median(t - k for t, k in zip(paired["subject token"], paired["client key"], strict=True))
    print(f"median of back-to-back differences: {pairs * 1e6:+.0f} us")


if __name__ == "__main__":
    main()
