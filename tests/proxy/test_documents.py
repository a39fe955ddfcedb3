"""Documents in base64 (a PDF, an Office file, an archive) hold text the guard cannot
read: a request holding one is refused (415 `document_not_examined`) unless the operator
sets `request_documents="allow"`; images, audio, video and base64 of text pass as
before. A reply holding one is withheld unless its type is a `reply_passthrough_types`.
A real proxy (uvicorn) in front of a recording upstream."""

from __future__ import annotations

import json
from typing import Any

import pytest
from payloads import (
    DOCUMENT_BODIES,
    PASSING_BODIES,
    PDF,
    TEXT_BODIES,
    TEXT_DATA,
    secrets_in,
    wrapped,
)

from .conftest import ProxyFactory
from .test_boundary import scripted, send
from .upstream import RecordingUpstream


def path_of(body: dict[str, Any]) -> str:
    return "/v1/responses" if "input" in body else "/v1/chat/completions"


def forwarded(received: list[bytes]) -> Any:
    [raw] = received
    return json.loads(raw.split(b"\n\n", 1)[1])


@pytest.mark.parametrize("shape", DOCUMENT_BODIES)
def test_a_request_holding_a_document_is_refused(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    body = DOCUMENT_BODIES[shape]
    with make_proxy() as url:
        reply, received = send(fake, url, body, path=path_of(body), session="doc")
    assert reply.status_code == 415, reply.text
    error = reply.json()["error"]
    assert error["code"] == "document_not_examined"
    assert error["type"] == "invalid_request_error"
    assert "request_documents" in error["message"]
    assert received == []
    assert PDF[:64] not in reply.text and "kowalski" not in reply.text


@pytest.mark.parametrize("shape", DOCUMENT_BODIES)
def test_a_document_passes_unread_when_the_operator_allows_it(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    body = DOCUMENT_BODIES[shape]
    # The echo upstream quotes the message's text: a PDF inside it comes back in the reply.
    allow = {"request_documents": "allow", "reply_passthrough_types": ("application/pdf",)}
    with make_proxy(allow) as url:
        reply, received = send(fake, url, body, path=path_of(body), session="doc-ok")
    assert reply.status_code == 200, reply.text
    assert forwarded(received) == body


@pytest.mark.parametrize("shape", PASSING_BODIES)
def test_media_payloads_pass_as_they_came(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    body = PASSING_BODIES[shape]
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="media")
    assert reply.status_code == 200, reply.text
    assert forwarded(received) == body


@pytest.mark.parametrize("shape", TEXT_BODIES)
def test_base64_of_text_is_read_and_masked_not_refused(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(fake, url, TEXT_BODIES[shape], session="text-data")
    assert reply.status_code == 200, reply.text
    [raw] = received
    assert secrets_in(raw.split(b"\n\n", 1)[1]) == []
    assert TEXT_DATA.encode() not in raw
    assert b"<EMAIL_ADDRESS_1>" in raw or b"EMAIL_ADDRESS" in raw


def pdf_reply(media_type: str) -> bytes:
    return json.dumps({
        "id": "r1", "object": "chat.completion", "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": "here it is",
            "attachment": {"media_type": media_type, "data": PDF, "type": "base64"},
        }}],
    }).encode()


def test_a_reply_holding_a_document_is_withheld(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply = scripted(fake, url, "pdf", "application/json", [pdf_reply("x")], "pdf")
    assert reply.status_code == 502, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"
    assert PDF[:64] not in reply.text


def test_a_reply_document_of_a_passthrough_type_is_passed(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy({"reply_passthrough_types": ("application/pdf",)}) as url:
        reply = scripted(fake, url, "pdf-ok", "application/json", [pdf_reply("x")], "pdf-ok")
    assert reply.status_code == 200, reply.text
    assert reply.json()["choices"][0]["message"]["attachment"]["data"] == PDF


def test_a_reply_holding_a_document_in_mime_lines_is_withheld(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = json.dumps({"choices": [{"index": 0, "message": {
        "role": "assistant", "content": "ok", "file": wrapped(PDF)}}]}).encode()
    with make_proxy() as url:
        reply = scripted(fake, url, "pdf-lines", "application/json", [body], "pdf-lines")
    assert reply.status_code == 502, reply.text
    assert reply.json()["error"]["code"] == "document_not_examined"
    assert PDF[:64] not in reply.text


def _chat_deltas(pieces: list[str]) -> list[bytes]:
    events = [{"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {"content": piece}}]} for piece in pieces]
    events.append({"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return [f"data: {json.dumps(e)}\n\n".encode() for e in events] + [b"data: [DONE]\n\n"]


def _joined_deltas(text: str) -> str:
    out = []
    for line in text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                out.append(choice.get("delta", {}).get("content") or "")
    return "".join(out)


STREAMED_DOCUMENTS = {
    "pdf data url over deltas": f"data:application/pdf;base64,{PDF}",
    "bare pdf base64 over deltas": PDF,
    "pdf in MIME lines over deltas": wrapped(PDF),
}


@pytest.mark.parametrize("shape", STREAMED_DOCUMENTS)
@pytest.mark.parametrize("size", [5, 40])
def test_a_document_split_over_streamed_events_is_withheld(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str, size: int
) -> None:
    fake, _ = upstream
    text = STREAMED_DOCUMENTS[shape]
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    with make_proxy() as url:
        reply = scripted(fake, url, f"doc-{size}", "text/event-stream", _chat_deltas(pieces),
                         f"doc-{size}")
    assert "document_not_examined" in reply.text
    assert PDF[:16] not in _joined_deltas(reply.text).replace("\r\n", "")


@pytest.mark.parametrize("text", [
    "Hello there, here is the summary you asked for.",
    "data: the figures for March are in the table below.",
    "JVBERi0 is how a PDF starts in base64, for the record.",
])
def test_text_that_starts_like_a_document_streams_as_it_came(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, text: str
) -> None:
    fake, _ = upstream
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
    with make_proxy() as url:
        reply = scripted(fake, url, "lookalike", "text/event-stream", _chat_deltas(pieces),
                         "lookalike")
    assert reply.status_code == 200
    assert "document_not_examined" not in reply.text
    assert _joined_deltas(reply.text) == text
