"""A fast fake OpenAI-compatible upstream for load tests (loopback only).

    python benchmarks/fake_upstream.py --port 9100 [--unique]

`POST /v1/chat/completions` answers by echoing the last user message (so the
proxy has placeholders to restore), as one JSON completion or, with
`"stream": true`, as SSE events of a few characters each; `GET /v1/models` lists
one model. A plain ASGI callable with no framework, so the upstream costs as
little as possible and the numbers measure the proxy.
"""

from __future__ import annotations

import argparse
import itertools
import json
from typing import Any

Scope = dict[str, Any]

_MODELS = json.dumps({"object": "list", "data": [{"id": "fake", "object": "model"}]}).encode()
_JSON = [(b"content-type", b"application/json")]
_SSE = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]
CHUNK_CHARS = 8


_REPLIES = itertools.count(1)
UNIQUE = False
"""With `--unique`, every reply starts with its own number ("Reply 17: You said: ..."),
so no reply text repeats (a real bot's replies do not): a span cache cannot answer them."""


def _reply_text(body: dict[str, Any]) -> str:
    text = _echo(body)
    return f"Reply {next(_REPLIES)}: {text}" if UNIQUE else text


def _echo(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                content = " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
            return f"You said: {content}"
    return "Hello!"


def _event(text: str | None, finish: str | None = None) -> bytes:
    delta = {} if text is None else {"content": text}
    chunk = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"


async def app(scope: Scope, receive: Any, send: Any) -> None:
    """The ASGI app."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    path, method = scope["path"], scope["method"]
    if path.endswith("/models") and method == "GET":
        await _send(send, 200, _JSON, _MODELS)
        return
    if not (path.endswith("/chat/completions") and method == "POST"):
        await _send(
            send, 404, _JSON, b'{"error": {"message": "not found", "type": "x", "code": null}}'
        )
        return
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    try:
        body = json.loads(b"".join(chunks))
    except ValueError:
        await _send(
            send, 400, _JSON, b'{"error": {"message": "bad json", "type": "x", "code": null}}'
        )
        return
    text = _reply_text(body)
    if body.get("stream"):
        await send({"type": "http.response.start", "status": 200, "headers": _SSE})
        for i in range(0, len(text), CHUNK_CHARS):
            await send(
                {
                    "type": "http.response.body",
                    "body": _event(text[i : i + CHUNK_CHARS]),
                    "more_body": True,
                }
            )
        tail = _event(None, "stop") + b"data: [DONE]\n\n"
        await send({"type": "http.response.body", "body": tail, "more_body": False})
        return
    completion = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
    await _send(send, 200, _JSON, json.dumps(completion, ensure_ascii=False).encode())


def _error(message: bytes) -> bytes:
    return b'{"error": {"message": "' + message + b'", "type": "fake", "code": null}}'


async def _send(send: Any, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--unique", action="store_true", help="no two replies alike")
    args = parser.parse_args()
    global UNIQUE
    UNIQUE = args.unique
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
