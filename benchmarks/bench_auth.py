"""Cost of the proxy's caller checks per request: Host/Origin, then a client key or token.

    python benchmarks/bench_auth.py [--keys 100] [--requests 20000]

Runs `BrowserCheck(ClientAuthentication(app))` around an app that does nothing, so the
numbers are the checks alone: a client key compared against every configured key (SHA-256
of the presented key, constant-time compares), or an HMAC-SHA256 subject token verified.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from starlette.types import Receive, Scope, Send

from piiguard.auth import ClientKeys, mint_subject_token
from piiguard.proxy.access import BrowserCheck, ClientAuthentication

SECRET = "bench-subject-token-secret-0123456789"


async def _nothing(scope: Scope, receive: Receive, send: Send) -> None:
    return None


async def _latencies(app: BrowserCheck, headers: list[tuple[bytes, bytes]], n: int) -> list[float]:
    scope = {"type": "http", "path": "/v1/chat/completions", "headers": headers}
    out = []
    for _ in range(n):
        started = time.perf_counter()
        await app(dict(scope), _nothing, _nothing)  # type: ignore[arg-type]
        out.append(time.perf_counter() - started)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=100)
    parser.add_argument("--requests", type=int, default=20_000)
    args = parser.parse_args()
    entries = [f"bench-key-{i:06d}-0123456789=user{i}" for i in range(args.keys)]
    keys = ClientKeys.parse(entries, source="bench")
    app = BrowserCheck(
        ClientAuthentication(
            _nothing, keys=keys, token_secret=SECRET, token_audience="bench", required=True,
            exempt=lambda path: False,
        ),
        allowed_hosts=("localhost", "127.0.0.1", "[::1]"),
        allowed_origins=(),
    )
    host = (b"host", b"127.0.0.1:8080")
    last_key = entries[-1].split("=")[0].encode()
    token = mint_subject_token(SECRET, "alice", audience="bench", ttl_seconds=3600).encode()
    cases = {
        f"client key ({args.keys} configured)": [host, (b"authorization", b"Bearer " + last_key)],
        "subject token": [host, (b"x-piiguard-subject-token", token)],
    }
    for name, headers in cases.items():
        t = asyncio.run(_latencies(app, headers, args.requests))
        p50, p99 = t[len(t) // 2] * 1e6, t[int(len(t) * 0.99)] * 1e6
        print(f"{name:32s} p50 {p50:6.1f} us   p99 {p99:6.1f} us")


if __name__ == "__main__":
    main()
