"""Placeholders the bot mangled are restored through the middleware, JSON and SSE alike.

A real Starlette chat app stands in for a model that does not copy placeholders
verbatim: it answers with the masked message's placeholders rewritten in one of
the forms models write, plus placeholders of another session in the same forms.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio

EMAIL = "anna.kowalski@example.org"
MESSAGE = f"I'm Anna Kowalski, write to {EMAIL}"
PLACEHOLDER = re.compile(r"<([A-Z_]+)_(\d+)>")

# How the bot rewrites `<LABEL_n>`: label words and number -> the mangled form.
MANGLE: dict[str, Callable[[str, str], str]] = {
    "exact": lambda label, n: f"<{label}_{n}>",
    "bare": lambda label, n: f"{label}_{n}",
    "lower": lambda label, n: f"<{label.lower()}_{n}>",
    "spaced": lambda label, n: f"< {label}_{n} >",
    "words": lambda label, n: f"<{label.replace('_', ' ').title()} {n}>",
    "hyphens": lambda label, n: f"{label.replace('_', '-')}-{n}",
    "square": lambda label, n: f"[{label}_{n}]",
    "curly": lambda label, n: f"{{{label}_{n}}}",
    "round": lambda label, n: f"({label}_{n})",
    "guillemets": lambda label, n: f"«{label}_{n}»",
    "doubled": lambda label, n: f"<<{label}_{n}>>",
    "html": lambda label, n: f"&lt;{label}_{n}&gt;",
}


class ManglingBot:
    """Echoes the last message with its placeholders mangled, then another session's."""

    def __init__(self, form: str, chunk_size: int) -> None:
        self.form = MANGLE[form]
        self.chunk_size = chunk_size
        self.received: list[Any] = []
        self.app = Starlette(routes=[Route("/v1/chat/completions", self.chat, methods=["POST"])])

    def reply(self, message: str) -> str:
        mangled = PLACEHOLDER.sub(lambda m: self.form(m.group(1), m.group(2)), message)
        # Placeholders this session never had, in the same form: PERSON_7, PHONE_NUMBER_1.
        return f"Sure: {mangled}. Also {self.form('PERSON', '7')}, {self.form('PHONE_NUMBER', '1')}"

    async def chat(self, request: Request) -> Response:
        body = await request.json()
        self.received.append(body)
        text = self.reply(body["messages"][-1]["content"])
        if not body.get("stream"):
            return JSONResponse(
                {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}
            )
        size = self.chunk_size

        async def events() -> AsyncIterator[bytes]:
            for i in range(0, len(text), size):
                chunk = {"choices": [{"index": 0, "delta": {"content": text[i : i + size]}}]}
                yield f"data: {json.dumps(chunk)}\n\n".encode()
            done = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            yield f"data: {json.dumps(done)}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")


def streamed_content(body: str) -> str:
    text = []
    for line in body.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:])["choices"]:
                text.append(choice.get("delta", {}).get("content") or "")
    return "".join(text)


@pytest.mark.parametrize(
    ("stream", "chunk_size"), [(False, 0), (True, 1), (True, 3)], ids=["json", "sse-1", "sse-3"]
)
@pytest.mark.parametrize("form", list(MANGLE))
async def test_mangled_placeholders_restored_others_left_as_typed(
    detector: Detector, form: str, stream: bool, chunk_size: int
) -> None:
    bot = ManglingBot(form, chunk_size)
    app = PiiGuardMiddleware(
        bot.app, guard=Guard(GuardConfig(detector="patterns"), detector=detector)
    )
    body = {"stream": stream, "messages": [{"role": "user", "content": MESSAGE}]}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://test",
        headers={"x-session-id": "s1"},
    ) as c:
        response = await c.post("/v1/chat/completions", json=body)
    assert response.status_code == 200
    assert bot.received[0]["messages"][-1]["content"] == (
        "I'm <PERSON_1>, write to <EMAIL_ADDRESS_1>"
    )
    if stream:
        content = streamed_content(response.text)
    else:
        content = response.json()["choices"][0]["message"]["content"]
    mangle = MANGLE[form]
    assert content == (
        f"Sure: {MESSAGE}. Also {mangle('PERSON', '7')}, {mangle('PHONE_NUMBER', '1')}"
    )
