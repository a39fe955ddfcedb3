"""`piiguard retention`: delete training records past their retention deadline.

- JSON Lines sinks are compacted under the sink's lock (temporary file, fsync,
  atomic rename), so records a running server appends meanwhile are kept.
- The Redis stream is trimmed by id (`XTRIM MINID`): up to the first record
  whose deadline is ahead.

`--older-than-days N` also deletes records written more than N days ago
(after the retention setting was shortened). Run it from cron or a systemd
timer, e.g. hourly:

    piiguard retention --jsonl /var/lib/piiguard/training.jsonl
    piiguard retention --redis-url redis://127.0.0.1:6379/0

Wiring (piiguard/cli.py): `add_arguments(subparser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time

from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.sink import TrainingSinkError

DAY_SECONDS = 86_400.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `retention` options to `parser`."""
    parser.add_argument(
        "--jsonl",
        action="append",
        default=[],
        metavar="PATH",
        help="a JSON Lines training file to compact (repeatable; "
        "default: $PIIGUARD_TRAINING_JSONL if set)",
    )
    parser.add_argument(
        "--redis-url",
        default=None,
        help="trim the Redis training stream at this URL (default: $PIIGUARD_TRAINING_REDIS_URL)",
    )
    parser.add_argument(
        "--redis-prefix",
        default=os.environ.get("PIIGUARD_REDIS_PREFIX", "piiguard"),
        help="key prefix of the stream (default: $PIIGUARD_REDIS_PREFIX or 'piiguard')",
    )
    parser.add_argument("--stream", default="training", help="stream name (default: training)")
    parser.add_argument(
        "--older-than-days",
        type=float,
        default=None,
        metavar="N",
        help="also delete records written more than N days ago",
    )
    parser.add_argument("--now", type=float, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Apply retention to the given sinks; prints one JSON line per sink. Exit 0, 1 on
    a sink error, 2 when no sink was named."""
    from_env = os.environ.get("PIIGUARD_TRAINING_JSONL_PATH") or os.environ.get(
        "PIIGUARD_TRAINING_JSONL"
    )
    jsonl: list[str] = list(args.jsonl) or ([from_env] if from_env else [])
    redis_url: str | None = args.redis_url or os.environ.get("PIIGUARD_TRAINING_REDIS_URL")
    if not jsonl and not redis_url:
        print(
            "piiguard retention: name a sink with --jsonl PATH or --redis-url URL", file=sys.stderr
        )
        return 2
    now = time.time() if args.now is None else float(args.now)
    older: float | None = args.older_than_days
    if older is not None and older <= 0:
        print("piiguard retention: --older-than-days must be positive", file=sys.stderr)
        return 2
    cutoff = None if older is None else now - older * DAY_SECONDS
    status = 0
    for path in jsonl:
        sink = JsonlTrainingSink(path)
        try:
            dropped = sink.rewrite(
                lambda r: r.retention_until > now and (cutoff is None or r.created_at >= cutoff)
            )
        except OSError as exc:
            print(f"piiguard retention: {path}: {type(exc).__name__}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps({"sink": "jsonl", "path": path, "deleted": dropped}))
    if redis_url:
        try:
            deleted = asyncio.run(
                _trim_stream(redis_url, args.redis_prefix, args.stream, now, cutoff)
            )
        except TrainingSinkError as exc:
            print(f"piiguard retention: redis: {exc}", file=sys.stderr)
            return 1
        print(
            json.dumps(
                {
                    "sink": "redis",
                    "stream": f"{args.redis_prefix}:{args.stream}",
                    "deleted": deleted,
                }
            )
        )
    return status


async def _trim_stream(url: str, prefix: str, stream: str, now: float, cutoff: float | None) -> int:
    from piiguard.training.redis_stream import RedisStreamSink

    # A rediss:// URL uses the same TLS settings as the server (PIIGUARD_REDIS_SSL_*).
    tls = {
        name: os.environ[f"PIIGUARD_REDIS_{name.upper()}"]
        for name in ("ssl_ca_certs", "ssl_certfile", "ssl_keyfile")
        if os.environ.get(f"PIIGUARD_REDIS_{name.upper()}")
    }
    sink = RedisStreamSink.from_url(
        url, prefix=prefix, stream=stream, timeout_seconds=5.0, ssl_options=tls
    )
    try:
        deleted = await sink.purge_expired(now)
        if cutoff is not None:
            deleted += await sink.trim_before(cutoff)
        return deleted
    finally:
        await sink.aclose()


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: `python -m piiguard.training.retention ...`."""
    parser = argparse.ArgumentParser(prog="piiguard retention", description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
