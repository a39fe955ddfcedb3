"""A recording fake OpenAI upstream: keeps every request it gets, answers by `model`.

Models: `echo` (JSON reply quoting the last user message), `stream` (the same reply
as SSE, one character per event), `slow` (answers after 1.5 s), `stall` (one SSE event,
then silence), `error-500` (an HTML error page quoting the prompt), `error-429`
(OpenAI-shaped, with Retry-After), `big-error` (a 100 kB error body), `hop` (a JSON
reply carrying hop-by-hop headers), `recall:<key>` (streams back the first message
it ever got under that key, like a bot that remembers), `script:<name>` (answers
with `scripts[name]`: any content type, any chunks, to try every reply shape);
`GET /v1/models` plays `scripts["models"]` when there is one.

`/v1/responses` answers in the Responses API shape (streamed with `"stream": true`),
echoing the last input text; `/v1/embeddings` and `/v1/completions` answer in their
shapes (embeddings as base64 floats when asked, as the `openai` SDK asks).
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
class Script:
    """A scripted reply: its content type and the body chunks, sent as they are."""

    content_type: str
    chunks: tuple[bytes, ...]
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


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
        self.scripts: dict[str, Script] = {}
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/responses", self.responses, methods=["POST"]),
                Route("/v1/embeddings", self.embeddings, methods=["POST"]),
                Route("/v1/completions", self.completions, methods=["POST"]),
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
        if model.startswith("script:"):
            return self.play(model[7:])
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

    def play(self, name: str) -> Response:
        script = self.scripts[name]

        async def chunks() -> AsyncIterator[bytes]:
            for piece in script.chunks:
                yield piece

        return StreamingResponse(
            chunks(), status_code=script.status, media_type=script.content_type,
            headers=dict(script.headers),
        )

    async def responses(self, request: Request) -> Response:
        body = json.loads(await self._record(request))
        if str(body.get("model", "")).startswith("script:"):
            return self.play(body["model"][7:])
        given = body.get("input")
        if isinstance(given, list):
            texts = [
                part.get("text", "") if isinstance(part, dict) else str(part)
                for item in given
                if isinstance(item, dict)
                for part in (
                    item["content"] if isinstance(item.get("content"), list)
                    else [{"text": item.get("content", "")}]
                )
            ]
            given = texts[-1] if texts else ""
        text = f"Noted: {given}"
        item = {
            "id": "msg_1",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
        response = {
            "id": "resp_1",
            "object": "response",
            "created_at": 0,
            "status": "completed",
            "model": body.get("model", "echo"),
            "output": [item],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        if not body.get("stream"):
            return JSONResponse(response)

        def event(kind: str, **fields: Any) -> bytes:
            data = json.dumps({"type": kind, **fields})
            return f"event: {kind}\ndata: {data}\n\n".encode()

        async def events() -> AsyncIterator[bytes]:
            start = {**response, "status": "in_progress", "output": []}
            yield event("response.created", response=start, sequence_number=0)
            n = 1
            for i in range(0, len(text), 3):
                yield event(
                    "response.output_text.delta",
                    item_id="msg_1",
                    output_index=0,
                    content_index=0,
                    delta=text[i : i + 3],
                    sequence_number=n,
                )
                n += 1
            yield event(
                "response.output_text.done",
                item_id="msg_1",
                output_index=0,
                content_index=0,
                text=text,
                sequence_number=n,
            )
            yield event("response.completed", response=response, sequence_number=n + 1)

        return StreamingResponse(events(), media_type="text/event-stream")

    async def embeddings(self, request: Request) -> Response:
        import base64
        import struct

        body = json.loads(await self._record(request))
        given = body.get("input")
        inputs = given if isinstance(given, list) else [given]
        vector = [0.5, -1.25, 2.0]
        data = []
        for i, _ in enumerate(inputs):
            embedding: Any = vector
            if body.get("encoding_format") == "base64":
                embedding = base64.b64encode(struct.pack("<3f", *vector)).decode()
            data.append({"object": "embedding", "index": i, "embedding": embedding})
        usage = {"prompt_tokens": 1, "total_tokens": 1}
        return JSONResponse(
            {"object": "list", "data": data, "model": body.get("model"), "usage": usage}
        )

    async def completions(self, request: Request) -> Response:
        body = json.loads(await self._record(request))
        choice = {"index": 0, "text": f"Noted: {body.get('prompt')}", "finish_reason": "stop"}
        return JSONResponse(
            {"id": "cmpl-1", "object": "text_completion", "created": 0,
             "model": body.get("model"), "choices": [choice]}
        )

    async def models(self, request: Request) -> Response:
        await self._record(request)
        if "models" in self.scripts:
            return self.play("models")
        return JSONResponse({"object": "list", "data": [{"id": "echo", "object": "model"}]})

    async def anything(self, request: Request) -> Response:
        await self._record(request)
        return JSONResponse({"ok": True, "path": request.url.path})
