"""`piiguard serve --demo`: the proxy in front of a small built-in "learning chatbot".

The demo bot is an OpenAI-compatible upstream (JSON and SSE streaming) that answers
the last user message and, like a chatbot that learns from its users, keeps every
conversation it is sent in a training log (`GET /training-log`). Behind the proxy it
only ever receives placeholders (`<EMAIL_ADDRESS_1>`), and the user still gets a
reply with their own values. Both servers run on loopback in one process and one
event loop; no Redis and no model server are needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import secrets
import shutil
import signal
import tempfile
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from piiguard.auth import is_loopback
from piiguard.chat_format import error_response
from piiguard.config import DetectorKind, GuardConfig
from piiguard.exceptions import PiiGuardError
from piiguard.pipeline import Guard
from piiguard.private_file import open_private
from piiguard.proxy.app import create_app
from piiguard.proxy.config import ProxyConfig

logger = logging.getLogger("piiguard.demo")

BOT_MODEL = "demo-bot"
EXAMPLE_MESSAGE = (
    "Hi, I am Anna Kowalski. Mail me at anna.kowalski@example.org "
    "or call +49 30 12345678; my card is 4111 1111 1111 1111."
)
_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)_(\d+)>")

LearnPolicy = Callable[[Request, dict[str, Any]], Awaitable[bool]]
"""Decides whether the bot may learn from one request (the consent hook).

Today the demo bot learns from everything it is sent, like a naive learning
chatbot. Consent hook: pass a policy backed by piiguard's consent gate (or route
training through `Guard(gate=...)` and pass `learn=never_learn`) so that only
consenting sessions fill the training log.
"""


async def always_learn(request: Request, body: dict[str, Any]) -> bool:
    """The naive bot's policy: everything it is sent is training data."""
    return True


async def never_learn(request: Request, body: dict[str, Any]) -> bool:
    """For when training goes through piiguard's consent gate instead."""
    return False


@dataclass(frozen=True, slots=True)
class TrainingEntry:
    """One conversation the bot kept, exactly as it received it."""

    received_at: float
    model: str
    messages: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {"received_at": self.received_at, "model": self.model, "messages": self.messages}


class TrainingLog:
    """The bot's memory: the last `max_entries` conversations, optionally also a JSONL file."""

    def __init__(self, *, max_entries: int = 1000, path: str | Path | None = None) -> None:
        self._entries: deque[TrainingEntry] = deque(maxlen=max_entries)
        self._path = Path(path) if path is not None else None

    def append(self, entry: TrainingEntry) -> None:
        self._entries.append(entry)
        if self._path is not None:
            # Owner-only like every file of conversations piiguard writes (private_file).
            fd = open_private(self._path, os.O_WRONLY | os.O_APPEND)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(entry.to_json(), ensure_ascii=False) + "\n")

    def entries(self) -> list[TrainingEntry]:
        return list(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def compose_reply(text: str, conversations: int) -> str:
    """The bot's answer: it repeats what it understood, placeholders and all.

    >>> compose_reply("I am <PERSON_1>", 1)[:29]
    'Nice to meet you, <PERSON_1>!'
    """
    found = {m.group(1): m.group(0) for m in reversed(list(_PLACEHOLDER.finditer(text)))}
    parts = []
    if "PERSON" in found:
        parts.append(f"Nice to meet you, {found['PERSON']}!")
    else:
        parts.append("Hello!")
    if "EMAIL_ADDRESS" in found:
        parts.append(f"I'll send the summary to {found['EMAIL_ADDRESS']}.")
    if "CREDIT_CARD" in found:
        parts.append(f"Card {found['CREDIT_CARD']} is noted.")
    parts.append(f'You wrote: "{text}"')
    parts.append(f"({conversations} conversations in my training data so far.)")
    return " ".join(parts)


def _last_user_text(messages: Sequence[Any]) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(
                    str(p.get("text", "")) for p in content if isinstance(p, dict)
                ).strip()
            return str(content or "")
    return ""


def _read_jsonl(path: Path) -> list[Any]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines if line.strip()]


class DemoBot:
    """A tiny OpenAI-compatible chatbot that learns from (logs) what it is sent."""

    def __init__(
        self,
        *,
        training_log: TrainingLog | None = None,
        learn: LearnPolicy = always_learn,
        gated_training_file: Path | None = None,
    ) -> None:
        self.training_log = training_log or TrainingLog()
        self.learn = learn
        self.gated_training_file = gated_training_file
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
                Route("/training-log", self.training, methods=["GET"]),
            ]
        )

    async def chat(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return error_response(400, "expected a chat body", code="bad_request")
        messages = body["messages"]
        model = str(body.get("model") or BOT_MODEL)
        if await self.learn(request, body):
            kept = tuple(m for m in messages if isinstance(m, dict))
            self.training_log.append(TrainingEntry(time.time(), model, kept))
        reply = compose_reply(_last_user_text(messages), self.training_count())
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:12]}"
        if body.get("stream"):
            return StreamingResponse(
                _stream(reply, model, completion_id), media_type="text/event-stream"
            )
        return JSONResponse(
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply},
                        "finish_reason": "stop",
                    }
                ],
            }
        )

    async def models(self, request: Request) -> Response:
        model = {"id": BOT_MODEL, "object": "model", "owned_by": "piiguard-demo"}
        return JSONResponse({"object": "list", "data": [model]})

    def training_count(self) -> int:
        """Conversations the bot may learn from so far."""
        if self.gated_training_file is not None:
            return len(_read_jsonl(self.gated_training_file))
        return len(self.training_log)

    async def training(self, request: Request) -> Response:
        if self.gated_training_file is not None:
            records = _read_jsonl(self.gated_training_file)
            return JSONResponse(
                {
                    "conversations": len(records),
                    "note": "written by piiguard's consent gate: consented sessions, masked text",
                    "entries": records,
                }
            )
        entries = self.training_log.entries()
        return JSONResponse(
            {
                "conversations": len(entries),
                "note": "everything this bot was sent and keeps for training",
                "entries": [e.to_json() for e in entries],
            }
        )


async def _stream(reply: str, model: str, completion_id: str) -> AsyncIterator[bytes]:
    def event(delta: dict[str, str], finish: str | None) -> bytes:
        chunk = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

    yield event({"role": "assistant"}, None)
    for word in re.findall(r"\S+\s*", reply):
        yield event({"content": word}, None)
        await asyncio.sleep(0.01)
    yield event({}, "stop")
    yield b"data: [DONE]\n\n"


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signal handling to the demo (two servers, one loop)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


DEMO_NOTICE_VERSION = "demo-2026-11"
CONSENT_TEXT = (
    "I consent to the processing of personal data for the purpose of improving "
    "the automated system for handling inquiries"
)


DEMO_SUBJECT = "demo"
"""The data subject the demo's client key is bound to."""
KEY_VARIABLE = "DEMO_KEY"
"""The shell variable the printed commands read the demo's client key from."""


def demo_client_key() -> str:
    """A fresh client key for one demo run (printed once, bound to `DEMO_SUBJECT`)."""
    return "demo-" + secrets.token_urlsafe(24)


def _auth_header() -> str:
    return f'-H "authorization: Bearer ${KEY_VARIABLE}"'


def consent_example(proxy_url: str) -> str:
    """The command that records the demo subject's consent to model training."""
    body = json.dumps(
        {
            "subject": DEMO_SUBJECT,
            "purpose": "model_training",
            "action": "given",
            "notice_version": DEMO_NOTICE_VERSION,
            "consent_text": CONSENT_TEXT,
        }
    )
    return (
        f"curl -s {proxy_url}/consent -H 'content-type: application/json' "
        f"{_auth_header()} -d '{body}'"
    )


def curl_example(proxy_url: str, bot_url: str) -> str:
    """The commands the demo prints for a first try."""
    body = json.dumps(
        {"model": BOT_MODEL, "messages": [{"role": "user", "content": EXAMPLE_MESSAGE}]}
    )
    return (
        f"curl -s {proxy_url}/v1/chat/completions -H 'content-type: application/json' "
        f"{_auth_header()} -H 'x-session-id: demo' -d '{body}'\n"
        f"curl -s {bot_url}/training-log    # what the bot received and kept"
    )


def demo_guard_config(detector: DetectorKind, training_file: Path) -> GuardConfig:
    """The demo's settings: the consent gate on, writing the bot's training data to a file.

    Other guard settings come from `PIIGUARD_*` variables, as for the proxy.
    """
    return GuardConfig.from_env(
        detector=detector,
        training_sink="jsonl",
        training_jsonl_path=str(training_file),
        consent_notice_version=DEMO_NOTICE_VERSION,
    )


def _stop_on_signals(servers: Sequence[uvicorn.Server]) -> None:
    """SIGINT/SIGTERM ask every server to finish (their `serve()` then returns)."""
    loop = asyncio.get_running_loop()

    def stop() -> None:
        for server in servers:
            server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)


async def _start(servers: Sequence[uvicorn.Server]) -> list[asyncio.Task[None]]:
    """Serve every server; returns once all listen (SystemExit if one cannot start)."""
    tasks = [asyncio.create_task(server.serve()) for server in servers]
    while not all(s.started for s in servers):
        if any(t.done() for t in tasks):
            for server in servers:
                server.should_exit = True
            await asyncio.gather(*tasks, return_exceptions=True)
            raise SystemExit("piiguard demo: a server could not start (is the port in use?)")
        await asyncio.sleep(0.05)
    return tasks


async def run_demo(
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    bot_port: int = 8081,
    detector: DetectorKind | None = None,
    training_log: str | None = None,
    client_key: str | None = None,
) -> None:
    """Serve the demo bot and the proxy in front of it until SIGINT/SIGTERM.

    The bot learns only through piiguard's consent gate: its training log is the
    gate's training file, which fills only for subjects that consented. Without
    `training_log` that file lives in a temporary folder, removed when the demo ends
    (Ctrl-C and SIGTERM included). The proxy takes one client key (`client_key`, else a
    fresh one, printed), bound to the subject `demo`: that key is how the demo's caller
    is known to the consent API and gate.
    """
    kind: DetectorKind = detector or "default"
    key = client_key or demo_client_key()
    if training_log:
        await _serve_demo(host, port, bot_port, kind, Path(training_log), key)
        return
    workdir = Path(tempfile.mkdtemp(prefix="piiguard-demo-"))
    try:
        await _serve_demo(host, port, bot_port, kind, workdir / "training.jsonl", key)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


async def _serve_demo(
    host: str, port: int, bot_port: int, kind: DetectorKind, training_file: Path, key: str
) -> None:
    bot = DemoBot(learn=never_learn, gated_training_file=training_file)
    # The bot is the unguarded upstream: whoever reaches it talks past piiguard. Only the
    # proxy (which has its client key) listens where `host` says; the bot stays on loopback.
    bot_host = host if is_loopback(host) else "127.0.0.1"
    bot_url = f"http://{bot_host}:{bot_port}"
    if not is_loopback(host):
        logger.warning(
            "piiguard demo on %s: this is a demo, not for production (vault and consent in "
            "memory, a random secret key, the training file in a temporary folder); the "
            "demo bot stays on %s. To guard a chatbot run `piiguard proxy` (docs/deploy.md)",
            host,
            bot_host,
        )
    try:
        guard = Guard.from_config(demo_guard_config(kind, training_file))
        await guard.start()
    except PiiGuardError as exc:
        raise SystemExit(f"piiguard demo: the guard could not start: {exc}") from None
    detector_text = "default (NER model + validated patterns)" if kind == "default" else kind
    try:
        config = ProxyConfig(
            upstream_url=bot_url,
            host=host,
            port=port,
            guard=guard.config,
            client_keys=(f"{key}={DEMO_SUBJECT}",),
        )
    except PiiGuardError as exc:
        raise SystemExit(f"piiguard demo: {exc}") from None
    proxy = create_app(config, guard=guard)
    # Logging is the CLI's (timestamps, --log-format); the access log would show raw queries.
    quiet: dict[str, Any] = {"log_config": None, "access_log": False}
    servers = [
        _Server(uvicorn.Config(bot.app, host=bot_host, port=bot_port, **quiet)),
        _Server(uvicorn.Config(proxy, host=host, port=port, lifespan="on", **quiet)),
    ]
    _stop_on_signals(servers)
    tasks = await _start(servers)
    proxy_url = f"http://{host}:{port}"
    print(
        "piiguard demo is running (Ctrl-C to stop)\n"
        f"  proxy, what your app talks to:  {proxy_url}/v1/chat/completions\n"
        f"  demo learning chatbot:          {bot_url}  (its training log: {bot_url}/training-log)\n"
        f"  detector:                       {detector_text}\n"
        f"  training data (consented only): {training_file}\n"
        f"  client key (subject {DEMO_SUBJECT!r}):  export {KEY_VARIABLE}={key}\n"
        "\nTry it (after the export line above):\n"
        f"{curl_example(proxy_url, bot_url)}\n"
        "\nThe bot learns from a subject only after it consents; give consent, chat again:\n"
        f"{consent_example(proxy_url)}\n",
        flush=True,
    )
    await asyncio.gather(*tasks)


async def run_demo_bot(
    *, host: str = "127.0.0.1", port: int = 8081, training_log: str | None = None
) -> None:
    """Serve the demo chatbot alone until SIGINT/SIGTERM (`piiguard serve --demo-bot`).

    With `training_log` (the file a proxy's consent gate writes, e.g. on a volume shared
    with it) the bot learns only from that file: consenting sessions, masked text.
    Without it the bot is the naive one and keeps everything it is sent.
    """
    if training_log:
        bot = DemoBot(learn=never_learn, gated_training_file=Path(training_log))
    else:
        bot = DemoBot()
    config = uvicorn.Config(bot.app, host=host, port=port, log_config=None, access_log=False)
    server = _Server(config)
    _stop_on_signals([server])
    tasks = await _start([server])
    print(f"piiguard demo bot is running on http://{host}:{port} (Ctrl-C to stop)", flush=True)
    await asyncio.gather(*tasks)
