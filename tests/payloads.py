"""Base64 payloads of requests, shared by the proxy and middleware boundary tests:
documents (text the guard cannot read, refused unless allowed) and their look-alikes
(media and text, which pass or are read as they always were)."""

from __future__ import annotations

import base64
import contextlib
import json
import zlib
from typing import Any

SECRET = "anna.kowalski@example.org, IBAN DE89370400440532013000"
"""The text hidden in every document below: it must never reach an upstream raw."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


PDF = _b64(
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Filter /FlateDecode>> stream\n"
    + zlib.compress(f"BT ({SECRET}) Tj ET".encode())
    + b"\nendstream endobj\n%%EOF\n"
)
DOCX = _b64(b"PK\x03\x04\x14\x00\x06\x00" + zlib.compress(SECRET.encode() * 3))
XLS = _b64(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + SECRET.encode("utf-16-le") + bytes(range(200)))
OCTETS = _b64(b"\x00\x01\x02" + zlib.compress(SECRET.encode()) + bytes(range(256)))
PNG = _b64(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2)
WAV = _b64(b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(range(256)) * 2)


def wrapped(data: str, width: int = 76, sep: str = "\r\n") -> str:
    """Base64 in lines (MIME: 76 columns and CRLF; PEM: 64 and LF), as encoders write it."""
    return sep.join(data[i : i + width] for i in range(0, len(data), width))


def chat(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": "user", "content": list(parts)}]}


ASK = {"type": "text", "text": "summarise this"}

DOCUMENT_BODIES: dict[str, dict[str, Any]] = {
    "chat file part, pdf data url": chat(
        ASK, {"type": "file", "file": {"filename": "a.pdf",
                                       "file_data": f"data:application/pdf;base64,{PDF}"}}
    ),
    "responses input_file, pdf data url": {
        "model": "echo",
        "input": [{"role": "user", "content": [
            {"type": "input_text", "text": "summarise this"},
            {"type": "input_file", "filename": "a.pdf",
             "file_data": f"data:application/pdf;base64,{PDF}"},
        ]}],
    },
    "file_data as bare base64": chat(ASK, {"type": "file", "file": {"file_data": OCTETS}}),
    "anthropic document source": {
        "model": "echo",
        "messages": [{"role": "user", "content": [
            {"type": "document", "source": {
                "type": "base64", "media_type": "application/pdf", "data": PDF}},
            {"type": "text", "text": "summarise this"},
        ]}],
    },
    "gemini inlineData": {
        "contents": [{"role": "user", "parts": [
            {"text": "summarise this"},
            {"inlineData": {"mimeType": "application/vnd.ms-excel", "data": XLS}},
        ]}],
    },
    "gemini inline_data, octet-stream": {
        "contents": [{"parts": [
            {"inline_data": {"mime_type": "application/octet-stream", "data": OCTETS}}]}],
    },
    "word file as a data url": chat(ASK, {"type": "file", "file": {"file_data": (
        "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
        f"base64,{DOCX}"
    )}}),
    "pdf declared as an image": chat(
        ASK, {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PDF}"}}
    ),
    "pdf in base64 under any key": {"model": "echo", "attachment": PDF},
    # Base64 in lines, as MIME (76 columns, CRLF) and PEM (64, LF) encoders write it.
    "pdf data url in MIME lines": chat(ASK, {"type": "file", "file": {
        "filename": "a.pdf", "file_data": f"data:application/pdf;base64,{wrapped(PDF)}"}}),
    "file_data as bare base64 in PEM lines": chat(
        ASK, {"type": "file", "file": {"file_data": wrapped(OCTETS, 64, "\n")}}
    ),
    "anthropic document source in MIME lines": {
        "model": "echo",
        "messages": [{"role": "user", "content": [
            {"type": "document", "source": {
                "type": "base64", "media_type": "application/pdf", "data": wrapped(PDF)}}]}],
    },
    "gemini inlineData in PEM lines": {
        "contents": [{"role": "user", "parts": [
            {"inlineData": {"mimeType": "application/vnd.ms-excel",
                            "data": wrapped(XLS, 64, "\n")}}]}],
    },
    "pdf under any key in MIME lines": {"model": "echo", "attachment": wrapped(PDF)},
    "pdf under any key broken every 10 characters": {
        "model": "echo", "attachment": wrapped(PDF, 10, "\n")},
    "pdf under any key after a line break": {"model": "echo", "attachment": "\n" + PDF},
    "pdf data url inside a message's text": chat({"type": "text", "text": (
        f"summarise [the file](data:application/pdf;base64,{PDF}) please")}),
    "docx data url in MIME lines declared as an image": chat(ASK, {
        "type": "image_url", "image_url": {"url": f"data:image/png;base64,{wrapped(DOCX)}"}}),
}
"""Request bodies holding a document: refused (415) unless `request_documents="allow"`."""

TEXT_DATA = _b64(f"notes: {SECRET}".encode())

PASSING_BODIES: dict[str, dict[str, Any]] = {
    "image data url": chat(
        ASK, {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG}"}}
    ),
    "input_audio": chat(ASK, {"type": "input_audio", "input_audio": {"data": WAV,
                                                                     "format": "wav"}}),
    "anthropic image source": {
        "model": "echo",
        "messages": [{"role": "user", "content": [
            {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": PNG}}]}],
    },
    "gemini inline audio": {
        "contents": [{"parts": [{"inlineData": {"mimeType": "audio/wav", "data": WAV}}]}],
    },
    "video data url": chat(
        ASK, {"type": "file", "file": {"file_data": f"data:video/mp4;base64,{OCTETS}"}}
    ),
    "image data url in MIME lines": chat(
        ASK, {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{wrapped(PNG)}"}}
    ),
    "input_audio in PEM lines": chat(ASK, {"type": "input_audio", "input_audio": {
        "data": wrapped(WAV, 64, "\n"), "format": "wav"}}),
}
"""Media payloads: passed as they came, unread (README "Binary payloads")."""

WRAPPED_TEXT = wrapped(_b64(f"{'x' * 43} notes: {SECRET}".encode()))
"""Base64 of text in MIME lines, the e-mail address across the first line break."""

TEXT_BODIES: dict[str, dict[str, Any]] = {
    "text/plain data url": chat(
        ASK, {"type": "file", "file": {"file_data": f"data:text/plain;base64,{TEXT_DATA}"}}
    ),
    "base64 of text as a pdf": chat(
        ASK, {"type": "file", "file": {"file_data": f"data:application/pdf;base64,{TEXT_DATA}"}}
    ),
    "anthropic plain text source": {
        "model": "echo",
        "messages": [{"role": "user", "content": [
            {"type": "document", "source": {"type": "text", "media_type": "text/plain",
                                            "data": f"notes: {SECRET}"}}]}],
    },
    "text/plain data url in MIME lines": chat(
        ASK, {"type": "file", "file": {"file_data": f"data:text/plain;base64,{WRAPPED_TEXT}"}}
    ),
    "base64 of text in MIME lines under any key": {"model": "echo", "notes": WRAPPED_TEXT},
}
"""Payloads of text: read and masked like any content (the SECRET never crosses raw)."""


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (k, *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def secrets_in(
    body: bytes, values: tuple[str, ...] = ("anna.kowalski@example.org", "DE89370400440532013000")
) -> list[str]:
    """The pieces of SECRET a JSON body carries, as text or in base64 (in lines or not)."""
    found = []
    for text in _strings(json.loads(body)):
        forms = [text]
        data = text.partition(";base64,")[2] or text
        for chunk in ["".join(data.split()), *data.split()]:  # whole, and line by line
            with contextlib.suppress(ValueError):
                forms.append(base64.b64decode(chunk + "==").decode("utf-8", "replace"))
        for value in values:
            # The whole value in any form, or its start in a line decoded alone (a value
            # across a line break half-masked: the line before still holds its start).
            if any(value in form or value[:6] in form for form in forms[1:]) or value in text:
                found.append(value)
    return found
