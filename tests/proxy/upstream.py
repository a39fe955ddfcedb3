"""A recording fake OpenAI upstream: keeps every request it gets, answers by `model`.

Models: `echo` (JSON reply quoting the last user message), `stream` (the same reply
as SSE, one character per event), `slow` (answers after 1.5 s), `stall` (one SSE event,
then silence), `error-500` (an HTML error page quoting the prompt), `error-429`
(OpenAI-shaped, with Retry-After), `big-error` (a 100 kB error body), `hop` (a JSON
reply carrying hop-by-hop headers), `recall:<key>` (streams back the first message
it ever got under that key, like a bot that remembers).
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    query: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def raw(self) -> bytes:
        """Everything the upstream received, as one blob to search."""
        head = "\n".join(f"{k}: {v}" for k, v in self.headers)
        return f"{self.method} {self.path}?{self.query}\n{head}\n\n".encode() + self.body


def last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages", [])):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
            return str(content)
    return ""


def completion(text: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
    }


def chunk(text: str | None, model: str, finish: str | None = None) -> bytes:
    delta = {} if text is None else {"content": text}
    event = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(event).encode() + b"\n\n"


def sse_content(body: str) -> str:
    """The text of an OpenAI SSE reply: every `delta.content`, joined."""
    out = []
    for line in body.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            for choice in json.loads(line[6:]).get("choices", []):
                out.append(choice.get("delta", {}).get("content") or "")
    return "".join(out)


class RecordingUpstream:
    """A Starlette app that records requests; `requests` is thread-safe to read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.memory: dict[str, str] = {}
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
                Route("/{path:path}", self.anything, methods=["GET", "POST", "PUT", "DELETE"]),
            ]
        )

    async def _record(self, request: Request) -> bytes:
        body = await request.body()
        recorded = Recorded(
            request.method,
            request.url.path,
            request.url.query,
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.scope["headers"]],
            body,
        )
        with self._lock:
            self.requests.append(recorded)
        return body

    async def chat(self, request: Request) -> Response:
        body = json.loads(await self._record(request))
        model = body.get("model", "echo")
        reply = f"Noted: {last_user_text(body)}"
        if model.startswith("recall:"):
            # A bot with a memory: it streams back the first message it got under this key.
            remembered = self.memory.setdefault(model, last_user_text(body))
            reply, model = f"You told me: {remembered}", "stream"
        if model == "slow":
            await anyio.sleep(1.5)
        if model == "stream":

            async def events() -> AsyncIterator[bytes]:
                for ch in reply:
                    yield chunk(ch, model)
                yield chunk(None, model, "stop")
                yield b"data: [DONE]\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")
        if model == "stall":

            async def stalled() -> AsyncIterator[bytes]:
                yield chunk("Noted", model)
                await anyio.sleep(3)
                yield b"data: [DONE]\n\n"

            return StreamingResponse(stalled(), media_type="text/event-stream")
        if model == "error-500":
            page = f"<html><pre>Traceback (most recent call last): {reply}</pre></html>"
            return Response(page, status_code=500, media_type="text/html")
        if model == "error-429":
            error = {"message": f"rate limited: {reply}", "type": "rate_limit", "code": "busy"}
            return JSONResponse({"error": error}, status_code=429, headers={"Retry-After": "7"})
        if model == "big-error":
            return JSONResponse({"error": {"message": "x" * 100_000}}, status_code=500)
        headers = {}
        if model == "hop":
            headers = {
                "Connection": "x-hop-secret",
                "X-Hop-Secret": "leaked",
                "Keep-Alive": "timeout=5",
                "Proxy-Authenticate": "Basic realm=upstream",
                "Trailer": "x-checksum",
                "X-End-To-End": "kept",
            }
        return JSONResponse(completion(reply, model), headers=headers)

    async def models(self, request: Request) -> Response:
        await self._record(request)
        return JSONResponse({"object": "list", "data": [{"id": "echo", "object": "model"}]})

    async def anything(self, request: Request) -> Response:
        await self._record(request)
        return JSONResponse({"ok": True, "path": request.url.path})
