"""What the black-box probes of the boundary share (`probe_edge9.py`, `probe_edge10.py`,
`probe_acl8.py`, `probe_acl9.py`, `probe_acl10.py`): a recording upstream and a real
proxy on uvicorn in front of it, the tally printed at the end of an edge pass; a fresh
Redis key prefix and scratch folder, removed at the end, and the log records of an acl
pass.

Each probe script keeps its own probes, values and verdicts; only the harness is here.
Needs `tests/servers.py` on the path (the scripts put it there).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from servers import serve

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.pipeline import Guard
from piiguard.proxy import ProxyConfig, create_app
from piiguard.proxy.app import guard_config_for

# (content type, None: no header; chunks, a float a pause in seconds; status; headers)
Script = tuple[str | None, list[bytes | float], int, list[tuple[str, str]]]


class Upstream:
    """A recording upstream: any method, any path. A body whose `model` is
    `script:<name>` plays `scripts[name]`: content type (None: no header), chunks (a
    float is a pause in seconds), status, headers. Anything else is echoed as JSON (the
    body as text), so a client sees its own values restored."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[bytes] = []
        self.scripts: dict[str, Script] = {}

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        head = b"\n".join(k + b": " + v for k, v in scope["headers"])
        line = f"{scope['method']} {scope['raw_path'].decode('latin-1')}?".encode()
        with self.lock:
            self.requests.append(line + scope["query_string"] + b"\n" + head + b"\n\n" + body)
        script = None
        try:
            model = json.loads(body).get("model", "")
            if isinstance(model, str) and model.startswith("script:"):
                script = self.scripts[model[7:]]
        except (ValueError, AttributeError, KeyError):
            pass
        if script is None:
            reply = json.dumps(
                {
                    "id": "r1",
                    "object": "chat.completion",
                    "model": "echo",
                    "choices": [
                        {
                            "index": 0,
                            "message": {
                                "role": "assistant",
                                "content": body.decode("utf-8", "replace")[:4000],
                            },
                        }
                    ],
                }
            ).encode()
            script = ("application/json", [reply], 200, [])
        content_type, chunks, status, headers = script
        raw = [(b"content-type", content_type.encode())] if content_type is not None else []
        raw += [(k.encode(), v.encode()) for k, v in headers]
        await send({"type": "http.response.start", "status": status, "headers": raw})
        for chunk in chunks:
            if isinstance(chunk, float):
                await asyncio.sleep(chunk)
                continue
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})


@contextmanager
def proxy_stack(
    detector: Callable[[], Detector],
    *,
    allowed_paths: tuple[str, ...] = ("/v1/*",),
    guard: dict[str, Any] | None = None,
    **settings: Any,
) -> Iterator[tuple[Upstream, str]]:
    """A recording `Upstream` and the proxy (pattern detection, `detector()`, a 60 s
    detection timeout, `guard` and `settings` on top) in front of it, both on uvicorn:
    yields the upstream and the proxy's base URL."""
    fake = Upstream()
    with serve(fake) as up:
        guard_config = GuardConfig(
            detector="patterns", detection_timeout_seconds=60, **(guard or {})
        )
        config = ProxyConfig(
            guard=guard_config, upstream_url=up, allowed_paths=allowed_paths, **settings
        )
        app = create_app(config, guard=Guard(guard_config_for(config), detector=detector()))
        with serve(app) as url:
            yield fake, url


def print_tally(results: list[tuple[str, bool]]) -> None:
    """The closing lines of an edge pass: how many probes passed, then each that failed."""
    failed = [name for name, ok in results if not ok]
    print(f"\n{len(results) - len(failed)} passed, {len(failed)} failed of {len(results)} probes")
    for name in failed:
        print(f"  FAIL {name}")


def redis_url_option(parser: argparse.ArgumentParser) -> None:
    """`--redis-url`, by default `PIIGUARD_TEST_REDIS_URL` or the local Redis's DB 0."""
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("PIIGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
    )


def drop_prefix(redis_url: str, prefix: str) -> None:
    """Delete every Redis key whose name starts with `prefix`."""
    import redis

    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


@contextmanager
def scratch(redis_url: str, name: str) -> Iterator[tuple[str, Path]]:
    """A fresh Redis key prefix `{name}-<8 hex digits>` and a new folder
    `{tmp}/{name}-...`; at the end, every key under the prefix and every file of the
    folder are removed."""
    prefix = f"{name}-{uuid.uuid4().hex[:8]}"
    work = Path(tempfile.mkdtemp(prefix=f"{name}-"))
    try:
        yield prefix, work
    finally:
        drop_prefix(redis_url, prefix)
        for path in work.iterdir():
            path.unlink()
        work.rmdir()


def keep_log_records(*, detail: bool = True) -> list[str]:
    """Every log record of the run from here on, DEBUG and up, but httpx's request lines:
    `name message exc_text` (`detail`) or the message alone. Returns the list it fills."""
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if not (record.name == "httpx" and "HTTP Request" in message):
                records.append(
                    f"{record.name} {message} {record.exc_text or ''}" if detail else message
                )

    logging.getLogger().addHandler(Keep())
    logging.getLogger().setLevel(logging.DEBUG)
    return records
