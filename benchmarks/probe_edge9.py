"""Black-box probes of the boundary: a real proxy (uvicorn) in front of a recording upstream,
and the ASGI middleware around a recording Starlette app (httpx.ASGITransport).

For every probe, every byte the upstream (or app) received, and every byte and header
the client got, are searched for test values in many forms (plain, JSON-escaped,
URL-encoded, base64, UTF-16, digits only, ...). A probe fails (`FAIL`) when a personal
value reached the upstream raw, a foreign value reached the client, the client got an
own value's placeholder unrestored, a reply declared JSON is not JSON, or the status is
a 5xx other than 502-504 (a crash). Prints one line per probe and a summary.

    PYTHONPATH=<tree> python benchmarks/probe_edge9.py [--only SUBSTRING]

The tree on PYTHONPATH is the one probed; the script needs only `tests/servers.py` (a
uvicorn runner) and `benchmarks/probe_harness.py` from its own checkout.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import brotli
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_harness
from probe_harness import Upstream, print_tally
from servers import serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

OWN = {
    "email": "anna.kowalska@example.com",
    "card": "4111 1111 1111 1111",
    "iban": "DE89370400440532013000",
    "phone": "+48 601 234 567",
}
KEYED = {"account": "12345678", "phone_digits": "48601234567", "passport": "AB1234567"}
FOREIGN = {
    "f_email": "someone.else@example.net",
    "f_card": "5500 0000 0000 0004",
    "f_iban": "GB82WEST12345698765432",
    "f_account": "87654321",
}
DETAILS = (
    f"mail {OWN['email']}, card {OWN['card']}, IBAN {OWN['iban']}, phone {OWN['phone']}"
)
FOREIGN_DETAILS = (
    f"mail {FOREIGN['f_email']}, card {FOREIGN['f_card']}, IBAN {FOREIGN['f_iban']}"
)
PLACEHOLDER_RE = re.compile(rb"<[A-Z][A-Z_]*_\d+>")


def forms(value: str) -> set[bytes]:
    raw = value.encode()
    out = {
        raw, raw.lower(), json.dumps(value)[1:-1].encode(), quote(value).encode(),
        quote(value, safe="").encode(), quote_plus(value).encode(),
        base64.b64encode(raw).rstrip(b"="), base64.urlsafe_b64encode(raw).rstrip(b"="),
        value.encode("utf-16-le"), value.encode("utf-16-be"),
        "".join(f"\\u{ord(c):04x}" for c in value).encode(),
    }
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) >= 8:
        out.add(digits.encode())
    nospace = value.replace(" ", "").encode()
    if len(nospace) > 8:
        out.add(nospace)
    return out


def leaks(blob: bytes, values: dict[str, str]) -> list[str]:
    found = []
    lowered = blob.lower()
    for name, value in values.items():
        if any(f in blob or f.lower() in lowered for f in forms(value)):
            found.append(name)
            continue
        for off in (0, 1, 2):
            mid = base64.b64encode(bytes(off) + value.encode())[4 if off else 0 : -4]
            if len(mid) >= 8 and mid in blob:
                found.append(name + "/b64")
                break
    return found


class KnownNames:
    """A fixed name list (no model needed)."""

    name = "probe-names"
    labels = frozenset({"PERSON"})
    priority = 1

    def analyze(self, text: str) -> list[Any]:
        from piiguard import Span
        return [
            Span(m.start(), m.end(), "PERSON", 0.9, self.name)
            for m in re.finditer("Anna Kowalsk[ai]", text)
        ]


def detector() -> Detector:
    from piiguard.detection.registry import pattern_recognizers
    return Detector([*pattern_recognizers(), KnownNames()])


def _strings(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*path, i))


def joined_strings(reply: bytes) -> bytes:
    """The strings of every JSON event or line of a stream joined per field path, in
    order: a value split over events (a client joins them) shows whole here."""
    texts: dict[tuple[Any, ...], list[str]] = {}
    for line in reply.decode("utf-8", "replace").splitlines():
        data = line[5:].strip() if line.startswith("data:") else line
        try:
            for path, text in _strings(json.loads(data)):
                texts.setdefault(path, []).append(text)
        except ValueError:
            if line.startswith("data:"):
                texts.setdefault(("data",), []).append(data)
    return "\n".join("".join(parts) for parts in texts.values()).encode("utf-8", "replace")


RESULTS: list[tuple[str, bool]] = []


def verdict(name: str, status: int | None, upstream: bytes, reply: bytes, *,
            reply_type: str = "", note: str = "", own_in_reply: bool = True,
            check_upstream: dict[str, str] | None = None, misleading: bytes = b"",
            statuses: tuple[int, ...] = ()) -> None:
    """Record one probe's outcome and print it (`misleading`: text the client must not
    be told; `statuses`: the only statuses that are a correct answer)."""
    problems = []
    if misleading and misleading in reply:
        problems.append(f"misleading message {misleading.decode()!r}")
    if statuses and status not in statuses:
        problems.append(f"status {status} is not one of {statuses}")
    up = leaks(upstream, check_upstream if check_upstream is not None else {**OWN, **KEYED})
    if up:
        problems.append(f"upstream got {up}")
    back = leaks(reply + b"\n" + joined_strings(reply), FOREIGN)
    if back:
        problems.append(f"client got foreign {back}")
    if own_in_reply and PLACEHOLDER_RE.search(reply):
        problems.append("client got a placeholder unrestored")
    if status is None or (status >= 500 and status not in (502, 503, 504)):
        problems.append(f"status {status}")
    body = reply.split(b"\n\n", 1)[-1]
    media = reply_type.split(";")[0].strip()
    documents = [body] if media.endswith(("/json", "+json")) else (
        body.splitlines() if "ndjson" in media or "jsonl" in media else []
    )
    try:
        for document in documents:
            if document.strip():
                json.loads(document)
    except ValueError:
        problems.append("a JSON reply that is not JSON")
    ok = not problems
    RESULTS.append((name, ok))
    short = reply.split(b"\n\n", 1)[-1][:110].decode("utf-8", "replace").replace("\n", " ")
    print(f"{'pass' if ok else 'FAIL'}  {name}: status={status} {'; '.join(problems)} "
          f"{note} | {short}", flush=True)


def proxy_stack(**guard: Any) -> AbstractContextManager[tuple[Upstream, str]]:
    return probe_harness.proxy_stack(detector, guard=guard)


def send(fake: Upstream, url: str, name: str, *, method: str = "POST",
         path: str = "/v1/chat/completions", body: Any = None, content: bytes | None = None,
         headers: dict[str, str] | None = None, **kw: Any) -> tuple[int | None, bytes]:
    before = len(fake.requests)
    if content is None and body is not None:
        content = json.dumps(body).encode()
    h = {"content-type": "application/json", "x-session-id": "edge9"}
    h.update(headers or {})
    try:
        r = httpx.request(method, url + path, content=content,
                          headers={k: v for k, v in h.items() if v}, timeout=30)
        status: int | None = r.status_code
        reply = "\n".join(f"{k}: {v}" for k, v in r.headers.items()).encode() + b"\n\n" + r.content
        reply_type = r.headers.get("content-type", "")
    except Exception as exc:  # a crash or a broken connection is a finding
        status, reply, reply_type = None, repr(exc).encode(), ""
    with fake.lock:
        upstream = b"\n".join(fake.requests[before:])
    verdict(name, status, upstream, reply, reply_type=reply_type, **kw)
    return status, reply


def chat(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": "user", "content": text}], **extra}


def multipart(parts: list[tuple[str, str | None, bytes]], boundary: str = "pb") -> bytes:
    out = b""
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
        out += data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def sse(events: list[Any], kinds: list[str] | None = None) -> list[bytes]:
    out = []
    for k, event in enumerate(events):
        head = f"event: {kinds[k]}\n" if kinds else ""
        data = event if isinstance(event, str) else json.dumps(event)
        out.append(f"{head}data: {data}\n\n".encode())
    return out


def split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def request_probes(fake: Upstream, url: str) -> None:
    body = chat(DETAILS)
    raw = json.dumps(body).encode()
    # methods
    for method in ("PUT", "PATCH", "DELETE", "OPTIONS", "QUERY", "SEARCH"):
        send(fake, url, f"method {method} with a JSON body", method=method,
             path="/v1/files/file-1", body=body)
    send(fake, url, "QUERY on the chat path", method="QUERY", body=body)
    # content types
    send(fake, url, "form-urlencoded", content=("q=" + quote_plus(DETAILS)).encode(),
         headers={"content-type": "application/x-www-form-urlencoded"})
    send(fake, url, "multipart files upload (JSONL batch file)", path="/v1/files",
         content=multipart([("purpose", None, b"batch"),
                            ("file", "batch.jsonl", (json.dumps({"custom_id": "1", "body": body})
                                                     + "\n").encode())]),
         headers={"content-type": "multipart/form-data; boundary=pb"})
    send(fake, url, "audio transcription multipart with prompt", path="/v1/audio/transcriptions",
         content=multipart([("file", "a.wav", b"RIFF\x00\x00WAVE"), ("prompt", None,
                            DETAILS.encode()), ("model", None, b"whisper-1")]),
         headers={"content-type": "multipart/form-data; boundary=pb"})
    send(fake, url, "images edits multipart with prompt", path="/v1/images/edits",
         content=multipart([("image", f"{OWN['email']}.png", b"\x89PNG\r\n"),
                            ("prompt", None, DETAILS.encode())]),
         headers={"content-type": "multipart/form-data; boundary=pb"})
    send(fake, url, "text/plain body", content=DETAILS.encode(),
         headers={"content-type": "text/plain"})
    send(fake, url, "NDJSON body", content=raw + b"\n" + raw + b"\n",
         headers={"content-type": "application/x-ndjson"})
    send(fake, url, "JSON with a UTF-8 BOM", content=b"\xef\xbb\xbf" + raw)
    send(fake, url, "UTF-16 JSON with BOM", content=json.dumps(body).encode("utf-16"))
    send(fake, url, "UTF-16LE JSON with charset", content=json.dumps(body).encode("utf-16-le"),
         headers={"content-type": "application/json; charset=utf-16le"})
    send(fake, url, "charset param latin-1", content=json.dumps(body).encode("latin-1"),
         headers={"content-type": "application/json; charset=ISO-8859-1"})
    send(fake, url, "JSON with odd params", content=raw,
         headers={"content-type": 'application/json; charset="utf-8"; profile=x'})
    send(fake, url, "duplicate keys",
         content=b'{"model": "echo", "messages": [{"role": "user", "content": "hi", "content": '
         + json.dumps(DETAILS).encode() + b"}]}")
    nested: Any = DETAILS
    for _ in range(60):
        nested = {"n": nested}
    send(fake, url, "nested 60 deep", body=chat("hi", metadata={"x": "y"}, extra=nested))
    send(fake, url, "huge number in request", content=raw[:-1] + b', "x": ' + b"4" * 5000 + b"}")
    escaped = "".join(f"\\u{ord(c):04x}" if c in "@." else c for c in OWN["email"])
    send(fake, url, "escaped unicode e-mail \\u0040",
         content=b'{"model": "echo", "messages": [{"role": "user", "content": "mail '
         + escaped.encode() + b'"}]}')
    # compression on requests
    send(fake, url, "gzip request", content=gzip.compress(raw),
         headers={"content-encoding": "gzip"})
    send(fake, url, "deflate (zlib) request", content=zlib.compress(raw),
         headers={"content-encoding": "deflate"})
    send(fake, url, "br request", content=brotli.compress(raw), headers={"content-encoding": "br"})
    send(fake, url, "gzip twice", content=gzip.compress(gzip.compress(raw)),
         headers={"content-encoding": "gzip, gzip"})
    # query strings and paths
    send(fake, url, "query: repeated keys", body=chat("hi"),
         path=f"/v1/chat/completions?user=x&user={quote(OWN['email'])}&user={quote(OWN['iban'])}")
    send(fake, url, "query: percent-encoded and +", body=chat("hi"),
         path="/v1/chat/completions?q=" + quote_plus(DETAILS))
    send(fake, url, "query: keyed short values", body=chat("hi"),
         path="/v1/chat/completions?account_number=12345678&passport=AB1234567")
    send(fake, url, "path with an e-mail", method="GET",
         path=f"/v1/users/{OWN['email']}/files")
    send(fake, url, "path with a %40 e-mail", method="GET",
         path=f"/v1/users/{quote(OWN['email'], safe='')}/files")
    send(fake, url, "path with a card", method="GET",
         path=f"/v1/users/{OWN['card'].replace(' ', '')}/x")
    # OpenAI surfaces
    send(fake, url, "responses API", path="/v1/responses", body={
        "model": "echo", "instructions": DETAILS, "input": [
            {"role": "user", "content": [{"type": "input_text", "text": DETAILS}]},
            {"type": "function_call_output", "call_id": "c1",
             "output": json.dumps({"account_number": 12345678})}]})
    send(fake, url, "threads messages", path="/v1/threads/thread_1/messages",
         body={"role": "user", "content": DETAILS, "metadata": {"phone": 48601234567}})
    send(fake, url, "embeddings strings", path="/v1/embeddings",
         body={"model": "e", "input": [DETAILS, OWN["email"]]})
    send(fake, url, "embeddings token ids", path="/v1/embeddings",
         body={"model": "e", "input": [[4111111111111111, 12, 13], [1734, 9906]]})
    send(fake, url, "moderations", path="/v1/moderations",
         body={"model": "m", "input": [{"type": "text", "text": DETAILS}]})
    send(fake, url, "completions prompt list", path="/v1/completions",
         body={"model": "c", "prompt": [DETAILS, OWN["iban"]]})
    send(fake, url, "batches metadata", path="/v1/batches",
         body={"input_file_id": "f", "endpoint": "/v1/chat/completions",
               "completion_window": "24h", "metadata": {"account_number": 12345678}})
    # keyed values and numbers
    send(fake, url, "keyed numbers in request fields", body=chat(
        "hi", metadata={"phone": 48601234567}, customer={"account_number": 12345678}))
    send(fake, url, "keyed number in JSON text", body=chat(json.dumps(
        {"account_number": 12345678, "card": 4111111111111111})))
    short = {"cvv": 123, "pin": 4321, "otp": 654321}
    send(fake, url, "short keyed numbers (cvv, pin, otp)", body=chat(
        json.dumps(short), metadata={"payment": short}),
        check_upstream={"cvv": '"cvv": 123', "pin": '"pin": 4321', "otp": '"otp": 654321'})
    encoded = json.dumps({"account_number": "12345678"})
    send(fake, url, "JSON text inside JSON text", body=chat(json.dumps({"body": encoded})))
    send(fake, url, "JSON text under a key", body=chat("hi", tool_result={"body": encoded}))
    send(fake, url, "keyed strings in JSON text", body=chat(json.dumps(
        {"account_number": "12345678", "passport": "AB1234567"})))


def more_request_probes(fake: Upstream, url: str) -> None:
    body = chat(DETAILS)
    raw = json.dumps(body).encode()
    send(fake, url, "content type in capitals", content=raw,
         headers={"content-type": "APPLICATION/JSON"})
    send(fake, url, "x-gzip request", content=gzip.compress(raw),
         headers={"content-encoding": "x-gzip"})
    send(fake, url, "GZIP in capitals", content=gzip.compress(raw),
         headers={"content-encoding": "GZIP"})
    send(fake, url, "identity coding", content=raw, headers={"content-encoding": "identity"})
    send(fake, url, "gzip declared, plain body", content=raw, headers={"content-encoding": "gzip"})

    def chunked() -> Iterator[bytes]:
        yield raw[:20]
        yield raw[20:]

    before = len(fake.requests)
    try:
        r = httpx.post(url + "/v1/chat/completions", content=chunked(),
                       headers={"content-type": "application/json", "x-session-id": "edge9"})
        verdict("chunked request without a length", r.status_code,
                b"\n".join(fake.requests[before:]), r.content)
    except Exception as exc:
        verdict("chunked request without a length", None, b"", repr(exc).encode())
    send(fake, url, "query: double percent-encoded", body=chat("hi"),
         path="/v1/chat/completions?u=" + quote(quote(OWN["email"], safe=""), safe=""))
    send(fake, url, "query: semicolon separated", body=chat("hi"),
         path=f"/v1/chat/completions?a=1;email={OWN['email']};iban={OWN['iban']}")
    send(fake, url, "path: matrix parameter", method="GET",
         path=f"/v1/files;owner={OWN['email']}/x")
    send(fake, url, "path: %2F inside a segment", method="GET",
         path=f"/v1/files/a%2F{quote(OWN['email'], safe='')}")
    send(fake, url, "lone surrogate escape in a string",
         content=b'{"model": "echo", "messages": [{"role": "user", "content": "hi \\ud800 '
         + OWN["email"].encode() + b'"}]}')
    send(fake, url, "NUL escape in a string",
         content=b'{"model": "echo", "messages": [{"role": "user", "content": "a\\u0000'
         + OWN["email"].encode() + b'"}]}')
    send(fake, url, "e-mail as an object key", body=chat("hi", metadata={OWN["email"]: "x"},
                                                         extra={OWN["iban"]: 1}))
    send(fake, url, "NaN and Infinity",
         content=raw[:-1] + b', "temperature": NaN, "top_p": Infinity}')
    send(fake, url, "top-level array body", content=b"[" + raw + b"]")
    send(fake, url, "value split over content parts", body={"model": "echo", "messages": [
        {"role": "user", "content": [{"type": "text", "text": "mail anna.kowal"},
                                     {"type": "text", "text": "ska@example.com"}]}]})


def reply_probes(fake: Upstream, url: str) -> None:
    def play(name: str, content_type: str, chunks: list[bytes], status: int = 200,
             headers: list[tuple[str, str]] | None = None, **checks: Any) -> None:
        fake.scripts[name] = (content_type, chunks, status, headers or [])
        send(fake, url, f"reply: {name}", body={"model": f"script:{name}", "messages": [
            {"role": "user", "content": "hi"}]}, **checks)

    unknown = [
        {"type": "custom.thing", "note": FOREIGN_DETAILS},
        {"type": "custom.delta", "delta": "mail some"}, {"type": "custom.delta",
                                                         "delta": "one.else@example.net"},
        {"weird": {"account_number": 87654321}},
    ]
    play("SSE of unknown event types", "text/event-stream",
         [*sse(unknown, ["custom.thing", "custom.delta", "custom.delta", "x"]),
          b"data: " + FOREIGN_DETAILS.encode() + b"\n\n", b"data: [DONE]\n\n"])
    args = json.dumps({"holder": {"account_number": "87654321"}, "to": FOREIGN["f_email"]})
    events = [{"choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "function": {"arguments": piece}}]}}]} for piece in split(args, 3)]
    events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    play("SSE tool-call arguments split", "text/event-stream",
         [*sse(events), b"data: [DONE]\n\n"])
    resp = [{"type": "response.function_call_arguments.delta", "item_id": "fc", "output_index": 0,
             "delta": piece} for piece in split(args, 4)]
    play("SSE responses arguments split", "text/event-stream", sse(resp))
    answer = json.dumps({"holder": {"account_number": "87654321"}, "note": "ok"})
    mode = [{"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {
        "content": piece}}]} for piece in split(answer, 3)]
    play("SSE JSON-mode content split", "text/event-stream", [*sse(mode), b"data: [DONE]\n\n"])
    play("JSON reply with JSON text inside JSON text", "application/json", [json.dumps(
        {"choices": [{"message": {"content": json.dumps({"body": answer})}}]}).encode()])
    play("JSON reply JSON text under a key", "application/json", [json.dumps(
        {"result": {"body": json.dumps({"account_number": "87654321"})}}).encode()])
    play("reply header holding JSON text", "application/json", [b"{}"],
         headers=[("x-meta", json.dumps({"account_number": "87654321"}))])
    play("JSON reply keyed number", "application/json", [json.dumps(
        {"holder": {"account_number": 87654321}, "content": json.dumps(
            {"account_number": 87654321})}).encode()])
    play("JSON reply 5000-digit number", "application/json",
         [b'{"x": [5500000000000004' + b"7" * 5000 + b"]}"], statuses=(502,))
    play("JSON reply wrongly declared gzip", "application/json",
         [json.dumps({"n": FOREIGN_DETAILS}).encode()], headers=[("content-encoding", "gzip")],
         misleading=b"could not be reached")
    play("SSE reply wrongly declared gzip", "text/event-stream",
         [b"data: " + json.dumps({"n": FOREIGN_DETAILS}).encode() + b"\n\n"],
         headers=[("content-encoding", "gzip")], misleading=b"broke off")
    play("NDJSON reply keyed values (Ollama tool call)", "application/x-ndjson", [
        json.dumps({"model": "m", "message": {"role": "assistant", "content": "ok", "tool_calls": [
            {"function": {"name": "pay", "arguments": {"account_number": "87654321"}}}]},
            "done": False}).encode() + b"\n",
        json.dumps({"model": "m", "done": True}).encode() + b"\n"])
    play("JSON reply named headers", "application/json", [b"{}"],
         headers=[("x-account-number", FOREIGN["f_account"]),
                  ("x-contact", FOREIGN["f_email"])])
    play("NDJSON reply", "application/x-ndjson",
         [json.dumps({"t": FOREIGN_DETAILS}).encode() + b"\n"])
    play("text reply split", "text/plain", [c.encode() for c in split(FOREIGN_DETAILS, 5)])
    play("UTF-16 JSON reply", "application/json; charset=utf-16",
         [json.dumps({"n": FOREIGN_DETAILS}).encode("utf-16")])
    gemini = [{"candidates": [{"content": {"parts": [{"text": piece}], "role": "model"}}]}
              for piece in split(FOREIGN_DETAILS, 6)]
    play("SSE Gemini-style pieces (no delta key)", "text/event-stream", sse(gemini))
    cohere = [{"event_type": "text-generation", "text": piece}
              for piece in split(FOREIGN_DETAILS, 6)]
    play("SSE Cohere-style pieces (no delta key)", "text/event-stream", sse(cohere))
    anthropic = [{"type": "content_block_delta", "index": 0,
                  "delta": {"type": "text_delta", "text": piece}}
                 for piece in split(FOREIGN_DETAILS, 6)]
    play("SSE Anthropic-style deltas", "text/event-stream",
         sse(anthropic, ["content_block_delta"] * len(anthropic)))
    thread = [{"id": "msg_1", "object": "thread.message.delta", "delta": {"content": [
        {"index": 0, "type": "text", "text": {"value": piece}}]}}
        for piece in split(FOREIGN_DETAILS, 6)]
    play("SSE assistants thread.message.delta", "text/event-stream",
         sse(thread, ["thread.message.delta"] * len(thread)))
    play("JSON reply with a lone surrogate", "application/json",
         [b'{"note": "x \\ud800 ' + FOREIGN["f_email"].encode() + b'"}'])
    play("SSE event with a lone surrogate", "text/event-stream",
         [b'data: {"choices": [{"index": 0, "delta": {"content": "\\ud800 '
          + FOREIGN["f_email"].encode() + b'"}}]}\n\n', b"data: [DONE]\n\n"])
    play("redirect with a foreign e-mail", "application/json", [b"{}"], status=307,
         headers=[("location", f"https://x.example/u/{FOREIGN['f_email']}")])
    play("set-cookie and link headers", "application/json", [b"{}"],
         headers=[("set-cookie", f"who={FOREIGN['f_email']}"),
                  ("link", f"<https://x.example/{FOREIGN['f_iban']}>; rel=next")])
    play("JSON reply top-level string", "application/json",
         [json.dumps(FOREIGN_DETAILS).encode()])
    play("error reply echoing values", "application/json",
         [json.dumps({"error": {"message": FOREIGN_DETAILS}}).encode()], status=400)
    play("multipart reply", "multipart/mixed; boundary=x",
         [b"--x\r\n\r\n" + FOREIGN_DETAILS.encode() + b"\r\n--x--"])


async def middleware_probes() -> None:
    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        body = await request.body()
        seen.append(f"{request.method} {request.url}\n".encode()
                    + b"\n".join(k + b": " + v for k, v in request.scope["headers"]) + b"\n\n"
                    + body)
        return JSONResponse({"echo": body.decode("utf-8", "replace")[:4000]})

    async def headers(request: Request) -> Response:
        return JSONResponse({}, headers={"x-account-number": FOREIGN["f_account"],
                                         "x-contact": FOREIGN["f_email"]})

    async def stream(request: Request) -> Response:
        args = json.dumps({"holder": {"account_number": "87654321"}})
        events = [{"choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": 0, "function": {"arguments": p}}]}}]} for p in split(args, 3)]
        return Response(b"".join(sse(events)) + b"data: [DONE]\n\n",
                        media_type="text/event-stream")

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            while True:
                text = await websocket.receive_text()
                seen.append(b"WS " + text.encode())
                if text == "arguments":  # a realtime-style call, its arguments in deltas
                    args = json.dumps({"holder": {"account_number": "87654321"}})
                    for piece in split(args, 3):
                        await websocket.send_text(json.dumps({
                            "type": "response.function_call_arguments.delta",
                            "item_id": "fc", "output_index": 0, "delta": piece}))
                    await websocket.send_text(json.dumps({
                        "type": "response.function_call_arguments.done", "item_id": "fc",
                        "output_index": 0, "arguments": args}))
                    continue
                await websocket.send_text(json.dumps({"echo": text, "other": FOREIGN_DETAILS}))
        except WebSocketDisconnect:
            return

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "QUERY"]
    app = Starlette(routes=[
        Route("/r/{rest:path}", record, methods=methods), Route("/h", headers),
        Route("/s", stream), WebSocketRoute("/ws", socket),
    ])
    config = GuardConfig(
        detector="patterns", detection_timeout_seconds=60, routes=("/r/*", "/h", "/s", "/ws")
    )
    guarded = PiiGuardMiddleware(app, guard=Guard(config, detector=detector()))
    body = json.dumps(chat(DETAILS)).encode()
    transport = httpx.ASGITransport(app=guarded)
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"x-session-id": "mw9"}) as c:
        async def probe(name: str, method: str, path: str, content: bytes | None = None,
                        hdrs: dict[str, str] | None = None, reply_type: str = "") -> None:
            before = len(seen)
            try:
                r = await c.request(method, path, content=content, headers=hdrs)
                status: int | None = r.status_code
                reply = "\n".join(f"{k}: {v}" for k, v in r.headers.items()).encode()
                reply += b"\n\n" + r.content
                reply_type = r.headers.get("content-type", "")
            except Exception as exc:
                status, reply = None, repr(exc).encode()
            verdict(f"middleware {name}", status, b"\n".join(seen[before:]), reply,
                    reply_type=reply_type)

        json_h = {"content-type": "application/json"}
        for method in methods:
            await probe(f"{method} JSON body", method, "/r/x", body, json_h)
        await probe("form-urlencoded", "POST", "/r/x", ("q=" + quote_plus(DETAILS)).encode(),
                    {"content-type": "application/x-www-form-urlencoded"})
        await probe("multipart", "POST", "/r/x", multipart([("prompt", None, DETAILS.encode())]),
                    {"content-type": "multipart/form-data; boundary=pb"})
        await probe("text/plain", "POST", "/r/x", DETAILS.encode(), {"content-type": "text/plain"})
        await probe("gzip body", "POST", "/r/x", gzip.compress(body),
                    {**json_h, "content-encoding": "gzip"})
        await probe("br body", "POST", "/r/x", brotli.compress(body),
                    {**json_h, "content-encoding": "br"})
        await probe("UTF-16 JSON", "POST", "/r/x", body.decode().encode("utf-16"), json_h)
        await probe("keyed numbers", "POST", "/r/x", json.dumps(
            {"metadata": {"phone": 48601234567}, "content": json.dumps(
                {"account_number": 12345678})}).encode(), json_h)
        await probe("path with an e-mail", "GET", f"/r/users/{OWN['email']}")
        await probe("query repeated and +", "GET",
                    f"/r/x?u=1&u={quote_plus(OWN['email'])}&q={quote_plus(DETAILS)}")
        await probe("reply named headers", "GET", "/h")
        await probe("streamed tool-call arguments", "GET", "/s")

    # A WebSocket through a real server (the middleware guards text frames).
    import websockets
    with serve(guarded) as url:
        ws_url = url.replace("http", "ws") + "/ws"
        before = len(seen)
        try:
            async with websockets.connect(ws_url, additional_headers={"x-session-id": "mw9"}) as ws:
                await ws.send(json.dumps({"content": DETAILS}))
                got = await asyncio.wait_for(ws.recv(), 10)
            status: int | None = 101
            reply = got.encode() if isinstance(got, str) else got
        except Exception as exc:
            status, reply = None, repr(exc).encode()
        verdict("middleware websocket JSON frame", status, b"\n".join(seen[before:]), reply)
        try:
            frames: list[bytes] = []
            async with websockets.connect(ws_url, additional_headers={"x-session-id": "mw9"}) as ws:
                await ws.send("arguments")
                while True:
                    got = await asyncio.wait_for(ws.recv(), 10)
                    frames.append(got.encode() if isinstance(got, str) else got)
                    if b"arguments.done" in frames[-1]:
                        break
            status, reply = 101, b"\n".join(b"data: " + frame for frame in frames)
        except Exception as exc:
            status, reply = None, repr(exc).encode()
        verdict("middleware websocket streamed arguments", status, b"", reply)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    with proxy_stack() as (fake, url):
        request_probes(fake, url)
        more_request_probes(fake, url)
        reply_probes(fake, url)
    asyncio.run(middleware_probes())
    print_tally(RESULTS)


if __name__ == "__main__":
    main()
