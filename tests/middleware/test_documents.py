"""Documents in base64 through the ASGI middleware: a request (or WebSocket frame)
holding one never reaches the app unless `request_documents="allow"`; media and base64
of text pass as before; an app's reply holding one is withheld."""

from __future__ import annotations

import json
from typing import Any

import pytest
from payloads import (
    DOCUMENT_BODIES,
    PASSING_BODIES,
    PDF,
    PNG,
    TEXT_BODIES,
    WAV,
    secrets_in,
    wrapped,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .test_boundary import client, guarded

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("shape", DOCUMENT_BODIES)
async def test_a_request_holding_a_document_never_reaches_the_app(
    detector: Detector, shape: str
) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.post("/chat/x", json=DOCUMENT_BODIES[shape])
    assert reply.status_code == 415, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"
    assert recorder.seen == []
    assert PDF[:64] not in reply.text


@pytest.mark.parametrize("shape", DOCUMENT_BODIES)
async def test_a_document_reaches_the_app_when_allowed(detector: Detector, shape: str) -> None:
    recorder, app = guarded(detector, request_documents="allow")
    async with client(app) as c:
        reply = await c.post("/chat/x", json=DOCUMENT_BODIES[shape])
    assert reply.status_code == 200, reply.text
    assert json.loads(recorder.seen[0][2]) == DOCUMENT_BODIES[shape]


@pytest.mark.parametrize("shape", PASSING_BODIES)
async def test_media_reach_the_app_as_they_came(detector: Detector, shape: str) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.post("/chat/x", json=PASSING_BODIES[shape])
    assert reply.status_code == 200, reply.text
    assert json.loads(recorder.seen[0][2]) == PASSING_BODIES[shape]


@pytest.mark.parametrize("shape", TEXT_BODIES)
async def test_base64_of_text_reaches_the_app_masked(detector: Detector, shape: str) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.post("/chat/x", json=TEXT_BODIES[shape])
    assert reply.status_code == 200, reply.text
    assert secrets_in(recorder.seen[0][2], ("anna.kowalski@example.org",)) == []


def test_a_websocket_frame_holding_a_document_is_dropped(detector: Detector) -> None:
    recorder, app = guarded(detector)
    frame = json.dumps(DOCUMENT_BODIES["anthropic document source"])
    with TestClient(app) as tc, tc.websocket_connect("/ws") as ws:
        ws.send_text(frame)
        error = json.loads(ws.receive_text())
        ws.send_text("hello")
        assert ws.receive_text() == "echo hello"
    assert error["error"]["code"] == "document_not_examined"
    assert recorder.seen == ["hello"]


def document_app(body: Any) -> Starlette:
    async def answer(request: Request) -> Response:
        return JSONResponse(body)

    return Starlette(routes=[Route("/chat", answer, methods=["POST"])])


@pytest.mark.parametrize(
    ("passthrough", "status"), [((), 502), (("application/pdf",), 200)], ids=["default", "named"]
)
async def test_a_reply_holding_a_document_is_withheld_unless_its_type_is_named(
    detector: Detector, passthrough: tuple[str, ...], status: int
) -> None:
    body = {"answer": "ok", "file": f"data:application/pdf;base64,{PDF}"}
    config = GuardConfig(detector="patterns", reply_passthrough_types=passthrough)
    app = PiiGuardMiddleware(document_app(body), guard=Guard(config, detector=detector))
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == status, reply.text
    if status == 200:
        assert reply.json() == body
    else:
        assert reply.json()["error"]["code"] == "document_not_examined"
        assert PDF[:64] not in reply.text


async def test_a_streamed_reply_event_holding_a_document_ends_the_stream(
    detector: Detector,
) -> None:
    events = [
        {"choices": [{"delta": {"content": "here"}}]},
        {"choices": [{"delta": {"file": f"data:application/pdf;base64,{PDF}"}}]},
    ]

    async def stream(request: Request) -> Response:
        async def body() -> Any:
            for event in events:
                yield f"data: {json.dumps(event)}\n\n".encode()

        return StreamingResponse(body(), media_type="text/event-stream")

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", stream, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert "document_not_examined" in reply.text
    assert PDF[:64] not in reply.text


def streaming_app(media_type: str, chunks: list[str]) -> PiiGuardMiddleware:
    async def stream(request: Request) -> Response:
        async def body() -> Any:
            for chunk in chunks:
                yield chunk.encode()

        return StreamingResponse(body(), media_type=media_type)

    return PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", stream, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=Detector.patterns()),
    )


def pieces(text: str, size: int = 7) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def responses_events(text: str, kind: str = "response.output_text.delta") -> list[str]:
    events = [{"type": kind, "item_id": "m1", "output_index": 0, "content_index": 0,
               "delta": piece} for piece in pieces(text)]
    events.append({"type": "response.completed", "response": {"id": "r1"}})
    return [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events]


def ollama_lines(text: str) -> list[str]:
    lines = [{"model": "m", "message": {"role": "assistant", "content": piece}, "done": False}
             for piece in pieces(text)]
    lines.append({"model": "m", "done": True})
    return [json.dumps(line) + "\n" for line in lines]


STREAMED_DOCUMENTS = {
    "responses output_text deltas, pdf data url": (
        "text/event-stream", responses_events(f"data:application/pdf;base64,{PDF}")),
    "responses output_text deltas, pdf in MIME lines": (
        "text/event-stream", responses_events(wrapped(PDF))),
    "ndjson content pieces, bare pdf": ("application/x-ndjson", ollama_lines(PDF)),
    "text reply, pdf base64": ("text/plain", pieces(PDF, 50)),
    "sse plain data lines, pdf base64": (
        "text/event-stream", [f"data: {piece}\n\n" for piece in pieces(PDF, 50)]),
}


@pytest.mark.parametrize("shape", STREAMED_DOCUMENTS)
async def test_a_document_split_over_a_streamed_reply_is_withheld(shape: str) -> None:
    media_type, chunks = STREAMED_DOCUMENTS[shape]
    async with client(streaming_app(media_type, chunks)) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert "document_not_examined" in reply.text
    assert PDF[:12] not in reply.text.replace("\\r\\n", "")


STREAMED_MEDIA = {
    "audio deltas": responses_events(WAV, "response.output_audio.delta"),
    "image data url over text deltas": responses_events(f"data:image/png;base64,{PNG}"),
}


@pytest.mark.parametrize("shape", STREAMED_MEDIA)
async def test_streamed_media_pass_as_they_came(shape: str) -> None:
    chunks = STREAMED_MEDIA[shape]
    async with client(streaming_app("text/event-stream", chunks)) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 200
    assert "document_not_examined" not in reply.text
    sent = [json.loads(line[6:]) for line in reply.text.splitlines() if line.startswith("data: ")]
    came = [json.loads(chunk.split("data: ", 1)[1]) for chunk in chunks]
    joined = "".join(e.get("delta", "") for e in sent)
    assert joined == "".join(e.get("delta", "") for e in came)


@pytest.mark.parametrize(
    ("media_type", "body"),
    [("application/json", json.dumps(PDF)), ("application/json", PDF),
     ("application/json", wrapped(PDF))],
    ids=["json string", "not json", "not json, MIME lines"],
)
async def test_a_json_reply_that_is_a_document_is_withheld(media_type: str, body: str) -> None:
    async with client(streaming_app(media_type, [body])) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 502, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"


def _parts(text: str, size: int = 40) -> list[dict[str, str]]:
    return [{"type": "text", "text": text[i : i + size]} for i in range(0, len(text), size)]


SPLIT_REPLIES = {
    "chunk array items": [{"candidates": [{"content": {"parts": [{"text": part["text"]}]}}]}
                          for part in _parts(PDF)],
    "content parts": {"choices": [{"index": 0, "message": {
        "role": "assistant", "content": _parts(f"data:application/pdf;base64,{PDF}", 20)}}]},
}


@pytest.mark.parametrize("shape", SPLIT_REPLIES)
async def test_a_document_split_over_pieces_of_a_json_reply_is_withheld(
    detector: Detector, shape: str
) -> None:
    body = SPLIT_REPLIES[shape]
    config = GuardConfig(detector="patterns")
    app = PiiGuardMiddleware(document_app(body), guard=Guard(config, detector=detector))
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 502, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"


async def test_a_document_split_over_content_parts_never_reaches_the_app(
    detector: Detector,
) -> None:
    recorder, app = guarded(detector)
    body = {"model": "m", "messages": [{"role": "user", "content": _parts(PDF, 30)}]}
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 415, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"
    assert recorder.seen == []


async def test_text_split_over_content_parts_still_reaches_the_app(detector: Detector) -> None:
    recorder, app = guarded(detector)
    text = "JVBERi0 is how a PDF starts; data: the figures follow in the next part, as agreed."
    body = {"model": "m", "messages": [{"role": "user", "content": _parts(text, 10)}]}
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 200, reply.text
    assert json.loads(recorder.seen[0][2]) == body


async def test_a_reply_with_a_pdf_link_in_its_text_is_withheld(detector: Detector) -> None:
    body = {"answer": f"Here: [report.pdf](data:application/pdf;base64,{PDF}) as asked."}
    config = GuardConfig(detector="patterns")
    app = PiiGuardMiddleware(document_app(body), guard=Guard(config, detector=detector))
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 502, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"


async def test_a_text_naming_base64_data_urls_reaches_the_app(detector: Detector) -> None:
    recorder, app = guarded(detector)
    body = {"q": "How do I write data:image/png;base64,iVBORw0KGgo= or a ;base64, suffix?"}
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 200, reply.text
    assert json.loads(recorder.seen[0][2]) == body
