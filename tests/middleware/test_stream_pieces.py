"""Replies streamed in a shape no known stream has: pieces of one text under keys the
guard does not know (`{"type": "token", "value": "mail some"}`), SSE, NDJSON and SSE
declared as JSON. The client joins them, so the guard reads them joined
(`responders.LoosePieces`); ids, counters and other fields pass as they came."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio

FOREIGN_EMAIL = "someone.else@example.net"
TEXT = f"write to {FOREIGN_EMAIL} today"


def _split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _sse(events: list[Any]) -> list[str]:
    return [f"data: {json.dumps(e)}\n\n" for e in events]


def _ndjson(events: list[Any]) -> list[str]:
    return [json.dumps(e) + "\n" for e in events]


PIECES = _split(TEXT, 5)
SHAPES: dict[str, tuple[str, list[str]]] = {
    "SSE, a typed event with `value`": (
        "text/event-stream", _sse([{"type": "token", "value": p} for p in PIECES])),
    "SSE, named events with `value`": ("text/event-stream", [
        f"event: token\ndata: {json.dumps({'value': p})}\n\n" for p in PIECES]),
    "SSE, one character an event": (
        "text/event-stream", _sse([{"type": "token", "value": c} for c in TEXT])),
    "SSE, a nested key": (
        "text/event-stream", _sse([{"event": "chunk", "data": {"piece": p}} for p in PIECES])),
    "SSE, a list holding the piece": (
        "text/event-stream", _sse([{"kind": "delta", "pieces": [p]} for p in PIECES])),
    "NDJSON, a short key": ("application/x-ndjson", _ndjson([{"t": p} for p in PIECES])),
    "NDJSON, pieces of three": (
        "application/x-ndjson", _ndjson([{"piece": p} for p in _split(TEXT, 3)])),
    "SSE, a `.delta` event of an unlisted type under a known prefix": (
        "text/event-stream", [
            f"event: response.custom.delta\ndata: {json.dumps(e)}\n\n" for e in (
                {"type": "response.custom.delta", "item_id": "m", "output_index": 0,
                 "note": p} for p in PIECES)]),
    "SSE declared application/json": ("application/json", ["".join(
        _sse([{"type": "token", "value": p} for p in PIECES]))]),
}


def _documents(body: str) -> list[Any]:
    out = []
    for line in body.splitlines():
        data = line[5:].strip() if line.startswith("data:") else line
        try:
            out.append(json.loads(data))
        except ValueError:
            continue
    return out


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def guarded(media: str, chunks: list[str], detector: Detector) -> PiiGuardMiddleware:
    async def answer(request: Request) -> Response:
        async def body() -> Any:
            for chunk in chunks:
                yield chunk.encode()

        return StreamingResponse(body(), media_type=media)

    return PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", answer, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )


async def reply_of(app: PiiGuardMiddleware) -> httpx.Response:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://test",
        headers={"x-session-id": "pieces"},
    ) as c:
        return await c.post("/chat", json={"q": "hi"})


@pytest.mark.parametrize("shape", SHAPES)
async def test_a_value_split_over_pieces_under_an_unknown_key_is_masked(
    detector: Detector, shape: str
) -> None:
    media, chunks = SHAPES[shape]
    reply = await reply_of(guarded(media, chunks, detector))
    assert reply.status_code == 200, reply.text
    documents = _documents(reply.text)
    fields = ("token", "chunk", "delta", "response.custom.delta", "m")
    joined = "".join(s for d in documents for s in _strings(d) if s not in fields)
    assert "someone" not in joined and "example.net" not in joined, reply.text
    assert "[EMAIL_ADDRESS]" in joined
    assert joined.startswith("write to ") and joined.endswith(" today"), joined
    assert len(documents) == len(_documents("".join(chunks)))  # one out for each in


async def test_fields_of_an_unknown_stream_pass_as_they_came(detector: Detector) -> None:
    events = [
        {"type": "progress", "run_id": "run_8f3a21", "step": str(i), "of": "40",
         "at": f"2026-12-07T10:{i:02d}:00Z", "status": "running", "note": "working on it"}
        for i in range(40)
    ]
    reply = await reply_of(guarded("text/event-stream", _sse(events), detector))
    assert reply.status_code == 200
    assert _documents(reply.text) == events


async def test_held_events_keep_their_own_event_and_id_lines(detector: Detector) -> None:
    chunks = [f"event: token\nid: {i}\ndata: {json.dumps({'value': p})}\n\n"
              for i, p in enumerate(PIECES)]
    reply = await reply_of(guarded("text/event-stream", chunks, detector))
    ids = [line[4:] for line in reply.text.splitlines() if line.startswith("id: ")]
    assert ids == [str(i) for i in range(len(PIECES))]
    assert "someone" not in "".join(d["value"] for d in _documents(reply.text))


async def test_words_under_an_unknown_key_reach_the_client_as_sent(detector: Detector) -> None:
    words = ["Hello ", "there, ", "order ", "55123 ", "ships ", "in 2 days."]
    chunks = _ndjson([{"value": w} for w in words])
    reply = await reply_of(guarded("application/x-ndjson", chunks, detector))
    assert [d["value"] for d in _documents(reply.text)] == words
