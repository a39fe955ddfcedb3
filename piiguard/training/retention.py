"""`piiguard retention`: delete training records past their retention deadline.

`DESCRIPTION` is the command's `--help` text; `add_arguments(parser)` and
`run(args) -> int` plug it into the `piiguard` command (piiguard/cli.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence

from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.proxy.config import load_guard_config
from piiguard.redis_client import parse_redis_url
from piiguard.settings import DEPRECATED_VARIABLES
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.redis_stream import RedisStreamSink
from piiguard.training.sink import TrainingSinkError, first_few

DAY_SECONDS = 86_400.0

DESCRIPTION = """\
Delete training records past their retention deadline (training_retention_days,
30 days by default), from the sinks the server writes to.

It reads the server's own settings: the same PIIGUARD_* variables and config file
(--config or PIIGUARD_CONFIG). With PIIGUARD_TRAINING_SINK=jsonl (or both) it compacts
PIIGUARD_TRAINING_JSONL_PATH; with redis (or both) it trims the training stream where
the server writes it, beside the consent store: PIIGUARD_CONSENT_REDIS_URL when set,
else PIIGUARD_REDIS_URL (one server, redis+cluster:// or redis+sentinel://; TLS:
PIIGUARD_REDIS_SSL_*). --jsonl and --redis-url name sinks explicitly instead.
Every setting: docs/settings.md.

A JSON Lines file is compacted under the server's lock (temporary file, fsync,
atomic rename), so records a running server appends meanwhile are kept. The Redis
stream is trimmed up to the first record whose deadline is ahead.

--older-than-days N also deletes records written more than N days ago (after the
retention setting was shortened). A line of the file that is no training record (a
write torn by a crash, bytes that are not UTF-8) is deleted too, since nothing could
ever expire or erase it: it is counted as "unreadable", its line number printed, and
the run exits 1; so is an entry of the stream that is no record (its id printed).
Prints one JSON line per sink; exits 1 when a sink fails or held such
lines, 2 when no sink is named or a setting is wrong. Run it from cron or a systemd
timer, e.g. hourly:

    piiguard retention                      # the sinks the server's settings name
    piiguard retention --jsonl /var/lib/piiguard/training.jsonl
    piiguard retention --redis-url redis://127.0.0.1:6379/0
    piiguard retention --redis-url redis+cluster://10.0.0.1:7000,10.0.0.2:7000
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `retention` options to `parser`."""
    parser.add_argument(
        "--jsonl",
        action="append",
        default=[],
        metavar="PATH",
        help="a JSON Lines training file to compact (repeatable; default: "
        "PIIGUARD_TRAINING_JSONL_PATH when PIIGUARD_TRAINING_SINK is jsonl or both)",
    )
    parser.add_argument(
        "--redis-url",
        default=None,
        metavar="URL",
        help="trim the training stream in this Redis (default: PIIGUARD_CONSENT_REDIS_URL, "
        "else PIIGUARD_REDIS_URL, when PIIGUARD_TRAINING_SINK is redis or both)",
    )
    parser.add_argument(
        "--redis-prefix",
        default=None,
        metavar="PREFIX",
        help="key prefix of the stream (default: PIIGUARD_REDIS_PREFIX, else 'piiguard')",
    )
    parser.add_argument("--stream", default="training", help="stream name (default: training)")
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="the server's TOML config file (default: PIIGUARD_CONFIG); its [guard] table is read",
    )
    parser.add_argument(
        "--older-than-days",
        type=float,
        default=None,
        metavar="N",
        help="also delete records written more than N days ago",
    )
    parser.add_argument("--now", type=float, default=None, help=argparse.SUPPRESS)


def _settings(
    args: argparse.Namespace, env: Mapping[str, str]
) -> tuple[GuardConfig, list[str], str | None]:
    """The server's guard settings and the sinks to act on (flags, else the settings)."""
    current = {k: v for k, v in env.items() if k not in DEPRECATED_VARIABLES}
    config = load_guard_config(config_file=args.config, environ=current)
    jsonl: list[str] = list(args.jsonl)
    redis_url: str | None = args.redis_url
    if not jsonl and not redis_url:
        if config.training_sink in ("jsonl", "both"):
            jsonl = [config.training_jsonl_path]
        if config.training_sink in ("redis", "both"):
            redis_url = config.consent_store_url  # where the gate writes the stream
        # The variables of earlier releases still work, for now.
        for old, new in DEPRECATED_VARIABLES.items():
            if env.get(old):
                print(f"piiguard retention: {old} is deprecated; use {new}", file=sys.stderr)
        if not jsonl and env.get("PIIGUARD_TRAINING_JSONL"):
            jsonl = [env["PIIGUARD_TRAINING_JSONL"]]
        if not redis_url and env.get("PIIGUARD_TRAINING_REDIS_URL"):
            redis_url = env["PIIGUARD_TRAINING_REDIS_URL"]
    return config, jsonl, redis_url


def run(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> int:
    """Apply retention to the given sinks; prints one JSON line per sink. Exit 0, 1 on
    a sink error, 2 when no sink was named or a setting is wrong."""
    env = os.environ if environ is None else environ
    try:
        config, jsonl, redis_url = _settings(args, env)
        if redis_url:
            parse_redis_url(redis_url, setting="--redis-url" if args.redis_url else "Redis URL")
    except ConfigError as exc:
        print(f"piiguard retention: {exc}", file=sys.stderr)
        return 2
    if not jsonl and not redis_url:
        print(
            "piiguard retention: name a sink with --jsonl PATH or --redis-url URL, or set "
            "PIIGUARD_TRAINING_SINK (with PIIGUARD_TRAINING_JSONL_PATH or PIIGUARD_REDIS_URL "
            "or PIIGUARD_CONSENT_REDIS_URL) "
            "as for the server",
            file=sys.stderr,
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
            done = sink.compact(
                lambda r: r.retention_until > now and (cutoff is None or r.created_at >= cutoff)
            )
        except OSError as exc:
            print(f"piiguard retention: {path}: {type(exc).__name__}", file=sys.stderr)
            status = 1
            continue
        status |= _report(
            {"sink": "jsonl", "path": path, "deleted": done.deleted},
            done.unreadable,
            ("lines", "lines"),
            "a write torn by a crash, bytes that are not UTF-8, or another program's text",
        )
    if redis_url:
        prefix = args.redis_prefix or config.redis_prefix
        tls = config.redis_ssl_options(redis_url)
        try:
            deleted, unreadable = asyncio.run(
                _trim_stream(redis_url, prefix, args.stream, now, cutoff, tls)
            )
        except TrainingSinkError as exc:
            print(f"piiguard retention: redis: {exc}", file=sys.stderr)
            return 1
        status |= _report(
            {"sink": "redis", "stream": f"{prefix}:{args.stream}", "deleted": deleted},
            unreadable,
            ("entries", "ids"),
            "written by another program or altered in Redis",
        )
    return status


def _report(
    summary: dict[str, object],
    unreadable: Sequence[object],
    words: tuple[str, str],
    cause: str,
) -> int:
    """Print a sink's JSON line (`summary` and how many `unreadable` lines or entries were
    deleted) and, when there were any, name them on stderr by number or id, never by what
    they held: deleted (nothing could ever expire or erase them), but never in silence.
    Returns the exit status they call for (1 when there were any)."""
    if unreadable:
        what, named = words
        where = summary.get("path", summary.get("stream"))
        print(
            f"piiguard retention: {where}: {len(unreadable)} {what} that are no training "
            f"record were deleted ({named} {first_few(unreadable)}): {cause}",
            file=sys.stderr,
        )
    print(json.dumps({**summary, "unreadable": len(unreadable)}))
    return 1 if unreadable else 0


async def _trim_stream(
    url: str, prefix: str, stream: str, now: float, cutoff: float | None, tls: dict[str, str]
) -> tuple[int, tuple[str, ...]]:
    # A rediss:// URL uses the same TLS settings as the server (PIIGUARD_REDIS_SSL_*).
    sink = RedisStreamSink.from_url(
        url, prefix=prefix, stream=stream, timeout_seconds=5.0, ssl_options=tls
    )
    try:
        # Entries that are no record first, so that `deleted` counts records only.
        unreadable = await sink.remove_unreadable()
        deleted = await sink.purge_expired(now)
        if cutoff is not None:
            deleted += await sink.trim_before(cutoff)
        return deleted, unreadable
    finally:
        await sink.aclose()


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: `python -m piiguard.training.retention ...`."""
    parser = argparse.ArgumentParser(
        prog="piiguard retention",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
