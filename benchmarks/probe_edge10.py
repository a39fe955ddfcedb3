"""Black-box probes of the boundary, edge10: new classes beyond `probe_edge9.py`.

A real proxy (uvicorn) in front of a recording upstream, and the ASGI middleware around
a recording Starlette app (httpx.ASGITransport). Each probe is a pass/fail check:

- no personal value of the user (e-mail, card, IBAN, phone, keyed numbers) reached the
  upstream or app raw, in any form (`probe_edge9.forms`: plain, escaped, URL-encoded,
  base64, UTF-16, digits only, ...), nor a probe's own extra forms;
- no foreign value (the upstream's, another session's) reached the client, also joined
  over every event, line or array item of a reply (a client joins streamed pieces);
- no unrestored own placeholder, no reply declared JSON that is not JSON;
- no crash (no answer, 500, or a 5xx other than 502-504), a status among the right ones
  where the probe names them;
- an answer the guard gives itself (nothing forwarded) never echoes the user's values.

At the end: every log record of the run (root, piiguard, uvicorn, httpx) and the
`/metrics` page are searched for every value.

    PYTHONPATH=<tree> python benchmarks/probe_edge10.py

The tree on PYTHONPATH is the one probed; the script needs only `tests/servers.py`,
`benchmarks/probe_edge9.py` and `benchmarks/probe_harness.py` from its own checkout.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import logging
import re
import sys
import zlib
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import brotli
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_harness
from probe_edge9 import (
    DETAILS,
    FOREIGN,
    FOREIGN_DETAILS,
    KEYED,
    OWN,
    PLACEHOLDER_RE,
    _strings,
    chat,
    detector,
    joined_strings,
    leaks,
    split,
    sse,
)
from probe_harness import Upstream, print_tally
from servers import serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard
from piiguard.proxy import ProxyConfig, create_app
from piiguard.proxy.app import guard_config_for

ALL_VALUES = {**OWN, **KEYED, **FOREIGN}


class LogRecorder(logging.Handler):
    """Every log line of the run, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(("httpx", "websockets.client")) and (
            record.threadName == "MainThread"
        ):
            return  # the probe's own clients, not the proxy
        try:
            self.lines.append(self.format(record))
        except Exception as exc:  # a record that cannot be formatted is a finding too
            self.lines.append(f"unformattable record {record.name}: {exc!r}")


RESULTS: list[tuple[str, bool]] = []


def all_strings_joined(reply: bytes) -> bytes:
    """Every string of every JSON document of the reply (whole body, SSE data lines,
    NDJSON lines) in order, joined: a value split over array items or events shows whole."""
    body = reply.split(b"\n\n", 1)[-1].decode("utf-8", "replace")
    documents: list[Any] = []
    try:
        documents.append(json.loads(body))
    except ValueError:
        for line in body.splitlines():
            data = line[5:].strip() if line.startswith("data:") else line
            try:
                documents.append(json.loads(data))
            except ValueError:
                continue
    return "".join(text for document in documents for _, text in _strings(document)).encode()


def verdict(name: str, status: int | None, upstream: bytes, reply: bytes, *,
            reply_type: str = "", forwarded: bool | None = None,
            check_upstream: dict[str, str] | None = None,
            forbid_reply: dict[str, str] | None = None, own_in_reply: bool = True,
            statuses: tuple[int, ...] = (), misleading: bytes = b"",
            json_check: bool = True) -> None:
    problems = []
    if statuses and status not in statuses:
        problems.append(f"status {status} is not one of {statuses}")
    if misleading and misleading in reply:
        problems.append(f"misleading message {misleading.decode()!r}")
    up = leaks(upstream, check_upstream if check_upstream is not None else {**OWN, **KEYED})
    if up:
        problems.append(f"upstream got {up}")
    seen = reply + b"\n" + joined_strings(reply) + b"\n" + all_strings_joined(reply)
    back = leaks(seen, {**FOREIGN, **(forbid_reply or {})})
    if back:
        problems.append(f"client got {back}")
    if own_in_reply and PLACEHOLDER_RE.search(reply + b"\n" + all_strings_joined(reply)):
        problems.append("client got a placeholder unrestored")
    if status is None or ((status == 500 or status > 504) and status not in statuses):
        problems.append(f"crash: status {status}")
    if forwarded is False or (status is not None and status >= 400 and not upstream):
        echoed = leaks(reply, {**OWN, **KEYED})
        if echoed:
            problems.append(f"the guard's own answer echoes {echoed}")
    body = reply.split(b"\n\n", 1)[-1]
    media = reply_type.split(";")[0].strip().lower()
    documents = [] if not json_check else [body] if media.endswith(("/json", "+json")) else (
        body.splitlines() if "ndjson" in media or "jsonl" in media else [])
    try:
        for document in documents:
            if document.strip():
                json.loads(document)
    except ValueError:
        problems.append("a JSON reply that is not JSON")
    ok = not problems
    RESULTS.append((name, ok))
    short = body[:100].decode("utf-8", "replace").replace("\n", " ")
    print(f"{'pass' if ok else 'FAIL'}  {name}: status={status} {'; '.join(problems)} | {short}",
          flush=True)


def send(fake: Upstream, url: str, name: str, *, method: str = "POST",
         path: str = "/v1/chat/completions", body: Any = None, content: bytes | None = None,
         headers: dict[str, str | None] | None = None, session: str | None = "edge10",
         timeout: float = 30, **kw: Any) -> tuple[int | None, bytes]:
    before = len(fake.requests)
    if content is None and body is not None:
        content = json.dumps(body).encode()
    h: dict[str, str | None] = {"content-type": "application/json", "x-session-id": session}
    h.update(headers or {})
    try:
        r = httpx.request(method, url + path, content=content,
                          headers={k: v for k, v in h.items() if v is not None}, timeout=timeout)
        status: int | None = r.status_code
        reply = "\n".join(f"{k}: {v}" for k, v in r.headers.multi_items()).encode()
        reply += b"\n\n" + r.content
        reply_type = r.headers.get("content-type", "")
    except Exception as exc:  # a crash or a broken connection is a finding
        status, reply, reply_type = None, repr(exc).encode(), ""
    with fake.lock:
        upstream = b"\n".join(fake.requests[before:])
    verdict(name, status, upstream, reply, reply_type=reply_type, **kw)
    return status, reply


def proxy_stack(**settings: Any) -> AbstractContextManager[tuple[Upstream, str]]:
    return probe_harness.proxy_stack(detector, allowed_paths=("/v1/*", "/api/*"), **settings)


# -- requests ---------------------------------------------------------------------------

def json_edge_probes(fake: Upstream, url: str) -> None:
    raw = json.dumps(chat(DETAILS)).encode()
    for depth in (1000, 5000, 200_000):
        send(fake, url, f"nested arrays {depth} deep",
             content=raw[:-1] + b', "x": ' + b"[" * depth + b"]" * depth + b"}",
             statuses=(200, 400, 413))
    deep: Any = DETAILS
    for _ in range(400):
        deep = {"n": [deep]}
    send(fake, url, "nested objects/arrays 800 deep with the details at the bottom",
         body=chat("hi", extra=deep), statuses=(200, 400))
    send(fake, url, "huge array of 300k numbers",
         content=raw[:-1] + b', "x": [' + b",".join([b"7"] * 300_000) + b"]}",
         statuses=(200, 400, 413))
    send(fake, url, "duplicate keys, the value in the FIRST one",
         content=b'{"model": "echo", "messages": [{"role": "user", "content": '
         + json.dumps(DETAILS).encode() + b', "content": "hi"}]}')
    send(fake, url, "duplicate top-level key hiding a message list",
         content=b'{"model": "echo", "messages": ' + json.dumps(chat(DETAILS)["messages"]).encode()
         + b', "messages": [{"role": "user", "content": "hi"}]}')
    send(fake, url, "card and phone as floats and exponents", content=(
        b'{"model": "echo", "messages": [{"role": "user", "content": "hi"}], '
        b'"card": 4111111111111111.0, "phone": 4.8601234567e10, "account_number": 1.2345678E7}'))
    send(fake, url, "keyed number as a negative / with leading sign",
         content=b'{"model": "echo", "messages": [], "account_number": -12345678}')
    send(fake, url, "JSON with comments-like trailing data",
         content=raw + b" // " + OWN["email"].encode(), statuses=(400,))
    send(fake, url, "two JSON documents concatenated", content=raw + raw, statuses=(400,))
    send(fake, url, "invalid UTF-8 byte inside a string",
         content=raw.replace(b"mail ", b"mail \xff"), statuses=(400,))
    send(fake, url, "overlong UTF-8 '@' (0xC0 0x80)",
         content=raw.replace(b"@", b"\xc1\x80"), statuses=(400,))
    send(fake, url, "empty body on POST", content=b"", statuses=(400, 411, 415))
    send(fake, url, "whitespace-only body", content=b"   \n", statuses=(400,))
    send(fake, url, "JSON null body", content=b"null", statuses=(400,))


def content_type_probes(fake: Upstream, url: str) -> None:
    raw = json.dumps(chat(DETAILS)).encode()
    send(fake, url, "no content type with a JSON body", content=raw,
         headers={"content-type": None})
    send(fake, url, "vendor +json content type", content=raw,
         headers={"content-type": "application/vnd.api+json"})
    send(fake, url, "text/json", content=raw, headers={"content-type": "text/json"})
    send(fake, url, "content type list (json, text)", content=raw,
         headers={"content-type": "application/json, text/plain"})
    send(fake, url, "charset utf-32", content=json.dumps(chat(DETAILS)).encode("utf-32"),
         headers={"content-type": "application/json; charset=utf-32"})
    send(fake, url, "charset cp500 (EBCDIC)", content=raw.decode().encode("cp500"),
         headers={"content-type": "application/json; charset=cp500"})
    send(fake, url, "charset utf-16 declared, no BOM (big-endian bytes)",
         content=raw.decode().encode("utf-16-be"),
         headers={"content-type": "application/json; charset=utf-16"})
    send(fake, url, "charset utf-8 declared, UTF-16 sent", content=raw.decode().encode("utf-16"),
         headers={"content-type": "application/json; charset=utf-8"})
    send(fake, url, "charset name holding an e-mail", content=raw,
         headers={"content-type": f"application/json; charset={OWN['email']}"},
         statuses=(400, 415))
    send(fake, url, "content type holding an e-mail", content=raw,
         headers={"content-type": f"application/{OWN['email']}"}, statuses=(415,))
    send(fake, url, "multipart with a JSON part", path="/v1/files",
         content=b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jsonl\"\r\n"
         b"Content-Type: application/json\r\n\r\n" + raw + b"\r\n--b--\r\n",
         headers={"content-type": "multipart/form-data; boundary=b"}, statuses=(415,))


def coding_probes(fake: Upstream, url: str) -> None:
    raw = json.dumps(chat(DETAILS)).encode()
    send(fake, url, "raw deflate (no zlib header)",
         content=zlib.compressobj(9, zlib.DEFLATED, -15).compress(raw)
         + zlib.compressobj(9, zlib.DEFLATED, -15).flush(),
         headers={"content-encoding": "deflate"}, statuses=(200, 400, 415))
    send(fake, url, "truncated gzip", content=gzip.compress(raw)[:-12],
         headers={"content-encoding": "gzip"}, statuses=(400,))
    send(fake, url, "gzip with trailing garbage", content=gzip.compress(raw) + b"junk"
         + OWN["email"].encode(), headers={"content-encoding": "gzip"}, statuses=(200, 400))
    send(fake, url, "two gzip members", content=gzip.compress(raw[:30]) + gzip.compress(raw[30:]),
         headers={"content-encoding": "gzip"}, statuses=(200, 400))
    send(fake, url, "gzip bomb (12 MB of spaces)",
         content=gzip.compress(b"{" + b" " * 12_000_000 + b"}"),
         headers={"content-encoding": "gzip"}, statuses=(413,))
    send(fake, url, "zstd request", content=b"(\xb5/\xfd" + raw,
         headers={"content-encoding": "zstd"}, statuses=(415,))
    send(fake, url, "gzip then br stacked", content=brotli.compress(gzip.compress(raw)),
         headers={"content-encoding": "gzip, br"}, statuses=(415,))
    send(fake, url, "content-encoding holding an e-mail", content=raw,
         headers={"content-encoding": OWN["email"]}, statuses=(415,))
    send(fake, url, "body over the size limit (12 MB)",
         content=raw[:-1] + b', "pad": "' + b"x" * 12_000_000 + b'"}', statuses=(413,))


def disguise_probes(fake: Upstream, url: str) -> None:
    cases = {
        "zero-width space inside an e-mail": ("anna.kowal\u200bska@exam\u200bple.com",
                                              "anna.kowalska@example.com"),
        "soft hyphen inside an e-mail": ("anna.kowal\u00adska@example.com",
                                         "anna.kowalska@example.com"),
        "fullwidth @ in an e-mail": ("anna.kowalska\uff20example.com", "kowalska\uff20example"),
        "small commercial at \ufe6b": ("anna.kowalska\ufe6bexample.com", "kowalska\ufe6bexample"),
        "HTML hex entity &#x40;": ("anna.kowalska&#x40;example.com", "kowalska&#x40;example"),
        "mailto: URL with %40": ("mailto:anna.kowalska%40example.com", "kowalska%40example"),
        "Cyrillic a in an e-mail": ("\u0430nna.kow\u0430lska@example.com",
                                    "\u0430nna.kow\u0430lska@example.com"),
        "card with dashes": ("card 4111-1111-1111-1111", "4111-1111-1111-1111"),
        "card with dots": ("card 4111.1111.1111.1111", "4111.1111.1111.1111"),
        "card in fullwidth digits": ("card \uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 "
                                     "\uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11",
                                     "\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11"),
        "card in Arabic-Indic digits": ("card \u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661"
                                        "\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661",
                                        "\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661"),
        "card with zero-width joiners": ("card 4111\u200d1111\u200d1111\u200d1111",
                                         "4111\u200d1111"),
        "IBAN lower case with spaces": ("iban de89 3704 0044 0532 0130 00",
                                        "de89 3704 0044 0532 0130 00"),
        "e-mail base64 inside a sentence": (
            "my address in base64: " + base64.b64encode(OWN["email"].encode()).decode(),
            base64.b64encode(OWN["email"].encode()).decode()),
        "e-mail hex-encoded": ("hex " + OWN["email"].encode().hex(), OWN["email"].encode().hex()),
        "e-mail in a data:text/plain URL (not base64)":
            ("data:text/plain," + quote(DETAILS), quote(OWN["email"])),
    }
    for name, (text, needle) in cases.items():
        send(fake, url, f"disguise: {name}", body=chat(text),
             check_upstream={**OWN, **KEYED, "disguised": needle})
    text_file = ("Notes\n" * 200 + DETAILS + "\n").encode()
    send(fake, url, "file_data text/plain base64 (Responses input_file)", path="/v1/responses",
         body={"model": "echo", "input": [{"role": "user", "content": [
             {"type": "input_file", "filename": "notes.txt",
              "file_data": "data:text/plain;base64," + base64.b64encode(text_file).decode()}]}]})
    send(fake, url, "file_data octet-stream base64 of text", path="/v1/responses",
         body={"model": "echo", "input": [{"role": "user", "content": [
             {"type": "input_file", "filename": "notes.txt",
              "file_data": "data:application/octet-stream;base64,"
              + base64.b64encode(text_file).decode()}]}]})
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>stream\nBT (" + DETAILS.encode()
           + b") Tj ET\nendstream endobj\n%%EOF\n")
    send(fake, url, "file_data PDF with an uncompressed text stream", path="/v1/responses",
         body={"model": "echo", "input": [{"role": "user", "content": [
             {"type": "input_file", "filename": "x.pdf",
              "file_data": "data:application/pdf;base64," + base64.b64encode(pdf).decode()}]}]})
    send(fake, url, "Anthropic document base64 text/plain", path="/v1/messages",
         body={"model": "echo", "max_tokens": 10, "messages": [{"role": "user", "content": [
             {"type": "document", "source": {"type": "base64", "media_type": "text/plain",
                                              "data": base64.b64encode(text_file).decode()}}]}]})
    send(fake, url, "Gemini inlineData text/plain base64", path="/v1/models/g:generateContent",
         body={"contents": [{"role": "user", "parts": [
             {"inlineData": {"mimeType": "text/plain",
                             "data": base64.b64encode(text_file).decode()}}]}]})
    send(fake, url, "image_url data: with a text payload mislabelled image/png",
         body={"model": "echo", "messages": [{"role": "user", "content": [
             {"type": "image_url", "image_url": {
                 "url": "data:image/png;base64," + base64.b64encode(text_file).decode()}}]}]})


def vendor_probes(fake: Upstream, url: str) -> None:
    keyed = {"account_number": "12345678", "passport": "AB1234567"}
    send(fake, url, "Anthropic messages: system array, tool_use, tool_result", path="/v1/messages",
         body={"model": "claude", "max_tokens": 10,
               "system": [{"type": "text", "text": DETAILS,
                           "cache_control": {"type": "ephemeral"}}],
               "messages": [
                   {"role": "user", "content": DETAILS},
                   {"role": "assistant", "content": [{"type": "tool_use", "id": "tu1",
                                                      "name": "pay", "input": keyed}]},
                   {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "tu1",
                                                 "content": [{"type": "text",
                                                              "text": json.dumps(keyed)}]}]}],
               "metadata": {"user_id": OWN["email"]}})
    send(fake, url, "Gemini contents, functionCall and functionResponse",
         path="/v1beta/models/g:generateContent".replace("/v1beta", "/v1"),
         body={"systemInstruction": {"parts": [{"text": DETAILS}]}, "contents": [
             {"role": "user", "parts": [{"text": DETAILS}]},
             {"role": "model", "parts": [{"functionCall": {"name": "pay", "args": keyed}}]},
             {"role": "function", "parts": [{"functionResponse": {
                 "name": "pay", "response": {"holder": {"phone": 48601234567}}}}]}]})
    send(fake, url, "Cohere chat: chat_history, documents", path="/v1/chat",
         body={"message": DETAILS, "chat_history": [{"role": "USER", "message": DETAILS}],
               "documents": [{"title": "t", "snippet": OWN["iban"], **keyed}]})
    send(fake, url, "Ollama /api/chat with options and images", path="/api/chat",
         body={"model": "llama", "messages": [
             {"role": "user", "content": DETAILS,
              "images": [base64.b64encode(b"\x89PNG\r\n").decode()]}],
               "options": {"stop": [OWN["email"]]}, "format": keyed})
    send(fake, url, "Mistral prefix and tool message", body={
        "model": "mistral", "messages": [
            {"role": "user", "content": DETAILS},
            {"role": "assistant", "content": OWN["iban"], "prefix": True},
            {"role": "tool", "name": "lookup", "content": json.dumps(keyed), "tool_call_id": "a"}]})
    send(fake, url, "OpenAI assistants create", path="/v1/assistants",
         body={"model": "echo", "name": "Helper for Anna Kowalska", "instructions": DETAILS,
               "tools": [{"type": "function", "function": {"name": "f", "description": DETAILS,
                                                           "parameters": {"type": "object"}}}],
               "metadata": keyed})
    send(fake, url, "OpenAI runs with additional_messages", path="/v1/threads/t1/runs",
         body={"assistant_id": "a", "additional_instructions": DETAILS,
               "additional_messages": [{"role": "user", "content": DETAILS}]})
    send(fake, url, "OpenAI vector store file attributes", path="/v1/vector_stores/vs/files",
         body={"file_id": "f", "attributes": {**keyed, "owner_email": OWN["email"]}})
    send(fake, url, "OpenAI fine-tuning job", path="/v1/fine_tuning/jobs",
         body={"model": "m", "training_file": "f", "suffix": "anna-kowalska",
               "integrations": [{"type": "wandb", "wandb": {"project": "p", "name": DETAILS}}]})
    send(fake, url, "OpenAI images generations", path="/v1/images/generations",
         body={"model": "dall-e", "prompt": DETAILS, "user": OWN["email"]})
    send(fake, url, "OpenAI audio speech", path="/v1/audio/speech",
         body={"model": "tts", "input": DETAILS, "voice": "alloy", "instructions": DETAILS})
    send(fake, url, "OpenAI realtime client secret", path="/v1/realtime/client_secrets",
         body={"session": {"type": "realtime", "instructions": DETAILS}})
    send(fake, url, "OpenAI conversations items", path="/v1/conversations/c1/items",
         body={"items": [{"type": "message", "role": "user", "content": [
             {"type": "input_text", "text": DETAILS}]}]})
    send(fake, url, "OpenAI chat with name, user and safety_identifier", body={
        "model": "echo", "user": OWN["email"], "safety_identifier": OWN["phone"],
        "prompt_cache_key": OWN["iban"], "messages": [
            {"role": "user", "name": "anna_kowalska_4111111111111111", "content": "hi"}]})
    send(fake, url, "Responses: previous_response_id and include with values",
         path="/v1/responses", body={"model": "echo", "previous_response_id": OWN["email"],
                                     "input": DETAILS, "include": [OWN["iban"]]})


def method_and_path_probes(fake: Upstream, url: str) -> None:
    send(fake, url, "HEAD with an e-mail in the query", method="HEAD",
         path=f"/v1/files?owner={quote(OWN['email'])}", content=None,
         headers={"content-type": None})
    send(fake, url, "GET with a JSON body and an e-mail in the query", method="GET",
         path=f"/v1/files?owner={quote(OWN['email'])}", body=chat(DETAILS))
    send(fake, url, "DELETE with a keyed value in the path", method="DELETE",
         path="/v1/accounts/account_number=12345678")
    send(fake, url, "PATCH vector store metadata", method="PATCH", path="/v1/vector_stores/vs",
         body={"metadata": {"owner": OWN["email"], "passport": "AB1234567"}})
    send(fake, url, "404 for a path holding an e-mail", path=f"/nope/{OWN['email']}",
         body=chat("hi"), statuses=(404,))
    send(fake, url, "PUT on a chat route (allowed path) holding a query e-mail", method="PUT",
         path=f"/v1/chat/completions?u={quote(OWN['email'])}", body=chat("hi"),
         statuses=(200, 405))
    send(fake, url, "unknown method with a body", method="BREW", path="/v1/files",
         body=chat(DETAILS), statuses=(400, 405, 501))
    send(fake, url, "query with a fragment-like %23 and an e-mail", method="GET",
         path=f"/v1/files?x=1%23{quote(OWN['email'])}")
    send(fake, url, "query value base64 of an e-mail", method="GET",
         path="/v1/files?who=" + base64.urlsafe_b64encode(OWN["email"].encode()).decode())
    send(fake, url, "path segment base64 of an e-mail", method="GET",
         path="/v1/files/" + base64.urlsafe_b64encode(OWN["email"].encode()).decode().rstrip("="))
    send(fake, url, "x-session-id holding an e-mail (never forwarded)",
         body=chat("hi"), session=OWN["email"])
    send(fake, url, "user-agent and x-stainless headers with values", body=chat("hi"), headers={
        "user-agent": f"app/1.0 ({OWN['email']})", "x-stainless-os": OWN["phone"],
        "openai-organization": OWN["iban"]})


def session_probes(fake: Upstream, url: str) -> None:
    # Session A's placeholders go out to the upstream; session B asks for them back.
    send(fake, url, "session A sends its values", body=chat(DETAILS), session="edge10-a")
    with fake.lock:
        seen = fake.requests[-1].decode("utf-8", "replace")
    held = sorted(set(re.findall(r"<[A-Z][A-Z_]*_\d+>", seen)))
    asks = " ".join(held) or "<EMAIL_ADDRESS_1> <CREDIT_CARD_1>"
    own_of_a = {f"a_{k}": v for k, v in OWN.items()}
    send(fake, url, "session B echoes A's placeholders", body=chat("repeat: " + asks),
         session="edge10-b", forbid_reply=own_of_a, own_in_reply=False)
    variants = asks.replace("<", "[").replace(">", "]") + " " + asks.lower()
    send(fake, url, "session B echoes A's placeholder variants", body=chat("repeat: " + variants),
         session="edge10-b", forbid_reply=own_of_a, own_in_reply=False)
    send(fake, url, "no session header echoes A's placeholders", body=chat("repeat: " + asks),
         session=None, forbid_reply=own_of_a, own_in_reply=False)
    fake.scripts["a-placeholders"] = ("application/json", [json.dumps(
        {"choices": [{"message": {"content": "it was " + asks}}]}).encode()], 200, [])
    send(fake, url, "upstream injects A's placeholders into B's reply",
         body={"model": "script:a-placeholders", "messages": [{"role": "user", "content": "x"}]},
         session="edge10-b", forbid_reply=own_of_a, own_in_reply=False)
    send(fake, url, "cookie session echoes A's placeholders", body=chat("repeat: " + asks),
         session=None, headers={"cookie": "piiguard_session=edge10-a"},
         forbid_reply=own_of_a, own_in_reply=False)


def upstream_fault_probes() -> None:
    # Upstream down: a closed port.
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    guard_config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    config = ProxyConfig(guard=guard_config, upstream_url=dead, allowed_paths=("/v1/*",))
    app = create_app(config, guard=Guard(guard_config_for(config), detector=detector()))
    fake = Upstream()
    with serve(app) as url:
        send(fake, url, "upstream down", body=chat(DETAILS), statuses=(502,))
        send(fake, url, "upstream down, streaming", body=chat(DETAILS, stream=True),
             statuses=(502,))
    with proxy_stack(read_timeout=1.0) as (fake, url):
        fake.scripts["slow"] = ("application/json", [3.0, b"{}"], 200, [])
        send(fake, url, "upstream slow to send its body", body={
            "model": "script:slow", "messages": [{"role": "user", "content": DETAILS}]},
            statuses=(504,), check_upstream={})
        fake.scripts["stall"] = ("text/event-stream", [
            b'data: {"choices": [{"index": 0, "delta": {"content": "mail some"}}]}\n\n', 3.0,
            b'data: {"choices": [{"index": 0, "delta": {"content": "one.else@example.net"}}]}\n\n'],
            200, [])
        send(fake, url, "upstream stalls mid-stream after half an e-mail", body={
            "model": "script:stall", "stream": True,
            "messages": [{"role": "user", "content": "x"}]},
            check_upstream={}, statuses=(200,))


# -- replies ----------------------------------------------------------------------------

def reply_probes(fake: Upstream, url: str) -> None:
    def play(name: str, content_type: str | None, chunks: list[bytes | float], status: int = 200,
             headers: list[tuple[str, str]] | None = None, **checks: Any) -> None:
        fake.scripts[name] = (content_type, chunks, status, headers or [])
        send(fake, url, f"reply: {name}", body={"model": f"script:{name}", "messages": [
            {"role": "user", "content": "hi"}]}, **checks)

    pieces = split(FOREIGN_DETAILS, 5)
    deltas = [{"choices": [{"index": 0, "delta": {"content": p}}]} for p in pieces]
    play("SSE with CRLF framing", "text/event-stream",
         [b"".join(sse(deltas)).replace(b"\n", b"\r\n")])
    play("SSE with CR-only framing", "text/event-stream",
         [b"".join(sse(deltas)).replace(b"\n", b"\r")])
    play("SSE with CRLF split between chunks", "text/event-stream",
         [c for e in sse(deltas) for c in (e.replace(b"\n", b"\r\n")[:-1], b"\n")])
    multi = json.dumps({"choices": [{"index": 0, "delta": {"content": FOREIGN_DETAILS}}]},
                       indent=1)
    play("SSE event JSON over several data: lines", "text/event-stream",
         [("".join(f"data: {line}\n" for line in multi.splitlines()) + "\n").encode()])
    play("SSE id: and event: lines holding values", "text/event-stream",
         [f"id: {FOREIGN['f_email']}\nevent: {FOREIGN['f_iban']}\ndata: {{}}\n\n".encode()])
    play("SSE comment holding values", "text/event-stream",
         [f": {FOREIGN_DETAILS}\n\ndata: {{}}\n\n".encode()])
    play("SSE data without a space after the colon", "text/event-stream",
         [("data:" + json.dumps(d) + "\n\n").encode() for d in deltas])
    play("SSE last event with no blank line", "text/event-stream",
         [*sse(deltas[:-1]), ("data: " + json.dumps(deltas[-1])).encode()])
    play("SSE stream starting with a BOM", "text/event-stream",
         [b"\xef\xbb\xbf" + b"".join(sse(deltas))])
    play("SSE event with duplicate keys (value first)", "text/event-stream",
         [b'data: {"choices": [{"index": 0, "delta": {"content": '
          + json.dumps(FOREIGN_DETAILS).encode() + b', "content": "ok"}}]}\n\n'])
    play("SSE declared utf-16", "text/event-stream; charset=utf-16",
         [b"".join(sse(deltas)).decode().encode("utf-16")])
    play("JSON reply duplicate keys (value first)", "application/json",
         [b'{"note": ' + json.dumps(FOREIGN_DETAILS).encode() + b', "note": "ok"}'])
    play("JSON reply with a UTF-8 BOM", "application/json",
         [b"\xef\xbb\xbf" + json.dumps({"n": FOREIGN_DETAILS}).encode()])
    # The upstream's body is no JSON: guarded as text (its framing is the upstream's).
    play("JSON reply with trailing text", "application/json",
         [json.dumps({"n": "ok"}).encode() + b" " + FOREIGN_DETAILS.encode()], json_check=False)
    play("JSON reply with NaN", "application/json",
         [b'{"x": NaN, "n": ' + json.dumps(FOREIGN_DETAILS).encode() + b"}"])
    play("JSON reply declared latin-1", "application/json; charset=latin-1",
         [json.dumps({"n": "caf\u00e9 " + FOREIGN_DETAILS}, ensure_ascii=False).encode("latin-1")])
    play("JSON array streamed in chunks, a value split over items", "application/json", [
        b"[" + b",\n".join(json.dumps({"candidates": [{"content": {"parts": [{"text": p}]}}]})
                           .encode() for p in pieces) + b"]"])
    play("reply with no content type", None, [FOREIGN_DETAILS.encode()])
    play("reply application/octet-stream", "application/octet-stream",
         [FOREIGN_DETAILS.encode()], statuses=(502,))
    play("reply text/html", "text/html",
         [f'<a href="mailto:{FOREIGN["f_email"]}">{FOREIGN["f_iban"]}</a>'.encode()])
    play("reply application/problem+json", "application/problem+json",
         [json.dumps({"title": "bad", "detail": FOREIGN_DETAILS}).encode()], status=422)
    play("reply application/xml", "application/xml",
         [f"<r><m>{FOREIGN_DETAILS}</m></r>".encode()])
    play("reply application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
         [("m=" + quote(FOREIGN_DETAILS)).encode()])
    play("reply text/csv", "text/csv", [f"name,mail\nx,{FOREIGN['f_email']}\n".encode()])
    body = json.dumps({"n": FOREIGN_DETAILS}).encode()
    play("reply gzip-encoded JSON", "application/json", [gzip.compress(body)],
         headers=[("content-encoding", "gzip")])
    play("reply br-encoded JSON", "application/json", [brotli.compress(body)],
         headers=[("content-encoding", "br")])
    play("reply deflate-encoded JSON", "application/json", [zlib.compress(body)],
         headers=[("content-encoding", "deflate")])
    play("reply gzip then br stacked", "application/json", [brotli.compress(gzip.compress(body))],
         headers=[("content-encoding", "gzip, br")])
    play("reply zstd-declared", "application/json", [b"(\xb5/\xfd" + body],
         headers=[("content-encoding", "zstd")], statuses=(502,))
    play("reply x-gzip-encoded JSON", "application/json", [gzip.compress(body)],
         headers=[("content-encoding", "x-gzip")], statuses=(200, 502))
    play("reply unknown coding", "application/json", [body],
         headers=[("content-encoding", "x-custom")], statuses=(502,))
    play("204 with a foreign header", "application/json", [], status=204,
         headers=[("x-contact", FOREIGN["f_email"])])
    play("304 with a foreign etag", None, [], status=304,
         headers=[("etag", f'"{FOREIGN["f_email"]}"')])
    play("401 with www-authenticate holding a value", "application/json",
         [b'{"error": {"message": "no"}}'], status=401,
         headers=[("www-authenticate", f'Bearer realm="{FOREIGN["f_email"]}"')])
    play("429 text/plain echoing values", "text/plain", [FOREIGN_DETAILS.encode()], status=429,
         headers=[("retry-after", "1")])
    play("500 text/html echoing values", "text/html",
         [f"<h1>error for {FOREIGN_DETAILS}</h1>".encode()], status=500,
         statuses=(500, 502))
    play("503 SSE error event", "text/event-stream",
         [b"event: error\ndata: " + json.dumps({"error": {"message": FOREIGN_DETAILS}}).encode()
          + b"\n\n"], status=503)
    play("302 with an HTML body and location", "text/html",
         [f"<a href='/u/{FOREIGN['f_email']}'>moved</a>".encode()], status=302,
         headers=[("location", f"/u/{quote(FOREIGN['f_email'])}")])
    play("418 octet-stream with values", "application/octet-stream",
         [FOREIGN_DETAILS.encode()], status=418)
    play("duplicate reply headers, value in the second", "application/json", [b"{}"],
         headers=[("x-contact", "none"), ("x-contact", FOREIGN["f_email"])])
    play("reply header with a base64 value", "application/json", [b"{}"],
         headers=[("x-user", base64.b64encode(FOREIGN["f_email"].encode()).decode())])
    play("reply header with a percent-encoded value", "application/json", [b"{}"],
         headers=[("x-user", quote(FOREIGN["f_email"], safe=""))])
    play("reply content-disposition filename", "application/json", [b"{}"],
         headers=[("content-disposition",
                   f"attachment; filename=\"{FOREIGN['f_email']}.json\"")])
    play("reply content-type parameter holding a value",
         f"application/json; name={FOREIGN['f_email']}", [b"{}"])
    play("NDJSON with CRLF and a last line without newline", "application/x-ndjson",
         [json.dumps({"text": p}).encode() + b"\r\n" for p in pieces[:-1]]
         + [json.dumps({"text": pieces[-1]}).encode()])
    play("NDJSON with a non-JSON line", "application/x-ndjson",
         [b'{"t": "ok"}\n', FOREIGN_DETAILS.encode() + b"\n", b'{"t": "ok"}\n'])
    play("JSON reply in base64 text", "application/json",
         [json.dumps({"blob": base64.b64encode(FOREIGN_DETAILS.encode()).decode()}).encode()])
    play("JSON reply with a hex-encoded e-mail", "application/json",
         [json.dumps({"hex": FOREIGN["f_email"].encode().hex()}).encode()],
         forbid_reply={"hex": FOREIGN["f_email"].encode().hex()})
    play("JSON reply with a zero-width joined e-mail", "application/json",
         [json.dumps({"n": "someone.el\u200bse@example.net"}).encode()],
         forbid_reply={"zw": "someone.el\u200bse@example.net"})
    play("JSON reply b64_json text payload", "application/json",
         [json.dumps({"data": [{"b64_json": base64.b64encode(
             ("x" * 50 + FOREIGN_DETAILS).encode()).decode()}]}).encode()])


def second_round_probes(fake: Upstream, url: str) -> None:
    """Keys, query JSON, non-UTF-8 queries, identity codings, placeholders over items."""
    send(fake, url, "object keys holding a card and a phone", body=chat(
        "hi", extra={"4111111111111111": 1, "+48 601 234 567": "x"}))
    send(fake, url, "JSON text in a query value", body=chat("hi"),
         path="/v1/chat/completions?filter="
         + quote(json.dumps({"account_number": "12345678", "passport": "AB1234567"})))
    send(fake, url, "query with a non-UTF-8 byte before an e-mail", body=chat("hi"),
         path=f"/v1/chat/completions?q=%FF{quote(OWN['email'])}&p=%ZZ{quote(OWN['iban'])}")
    send(fake, url, "JSON schema defaults, enums and examples", body={
        "model": "echo", "messages": [{"role": "user", "content": "hi"}],
        "tools": [{"type": "function", "function": {"name": "f", "parameters": {
            "type": "object", "properties": {"to": {
                "type": "string", "default": OWN["email"], "enum": [OWN["iban"]],
                "examples": [OWN["phone"]]}}}}}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "s", "schema": {
            "const": OWN["card"]}}}})

    def play(name: str, content_type: str | None, chunks: list[bytes | float],
             status: int = 200, headers: list[tuple[str, str]] | None = None,
             **checks: Any) -> None:
        fake.scripts[name] = (content_type, chunks, status, headers or [])
        send(fake, url, f"reply: {name}", body={"model": f"script:{name}", "messages": [
            {"role": "user", "content": "hi"}]}, **checks)

    play("JSON reply with a foreign e-mail as a key", "application/json",
         [json.dumps({FOREIGN["f_email"]: 1, "x": {FOREIGN["f_iban"]: "y"}}).encode()])
    play("SSE event with a foreign e-mail as a key", "text/event-stream",
         [b"data: " + json.dumps({"choices": [{"index": 0, "delta": {}, "logit": {
             FOREIGN["f_email"]: 1}}]}).encode() + b"\n\n"])
    play("text/html with an entity-escaped e-mail", "text/html",
         [b"<p>someone.else&#64;example.net</p>"],
         forbid_reply={"entity": "someone.else&#64;example.net"})
    play("reply with identity coding", "application/json",
         [json.dumps({"n": FOREIGN_DETAILS}).encode()],
         headers=[("content-encoding", "identity")], statuses=(200,))
    # The session's own placeholder split over the items of a chunk array.
    send(fake, url, "own placeholder source", body=chat(f"mail {OWN['email']}"),
         session="edge10-split")
    fake.scripts["split-own"] = ("application/json", [json.dumps([
        {"candidates": [{"content": {"parts": [{"text": piece}]}}]}
        for piece in ["write to <EMAIL_", "ADDRESS_1> today"]]).encode()], 200, [])
    send(fake, url, "reply: own placeholder split over the items of a chunk array",
         body={"model": "script:split-own", "messages": [{"role": "user", "content": "x"}]},
         session="edge10-split")
    fake.scripts["split-parts"] = ("application/json", [json.dumps(
        {"choices": [{"message": {"role": "assistant", "content": [
            {"type": "text", "text": "write to <EMAIL_"},
            {"type": "text", "text": "ADDRESS_1> today"}]}}]}).encode()], 200, [])
    send(fake, url, "reply: own placeholder split over content parts",
         body={"model": "script:split-parts", "messages": [{"role": "user", "content": "x"}]},
         session="edge10-split")


def websocket_to_proxy(url: str) -> None:
    import websockets

    async def attempt() -> tuple[int | None, bytes]:
        ws_url = url.replace("http", "ws") + f"/v1/realtime?who={quote(OWN['email'])}"
        try:
            async with websockets.connect(ws_url) as ws:
                await ws.send(json.dumps({"type": "session.update", "session": {
                    "instructions": DETAILS}}))
                got = await asyncio.wait_for(ws.recv(), 5)
                return 101, got.encode() if isinstance(got, str) else got
        except websockets.exceptions.InvalidStatus as exc:
            return exc.response.status_code, exc.response.body or b""
        except websockets.exceptions.ConnectionClosed as exc:
            return 1000, repr(exc).encode()
        except Exception as exc:
            return None, repr(exc).encode()

    status, reply = asyncio.run(attempt())
    # The proxy forwards no WebSocket: a clear refusal (HTTP status or a close), nothing on.
    verdict("WebSocket to the proxy's realtime path", status, b"", reply,
            statuses=(403, 404, 1000))


# -- middleware -------------------------------------------------------------------------

async def middleware_probes() -> None:
    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        body = await request.body()
        seen.append(f"{request.method} {request.url}\n".encode()
                    + b"\n".join(k + b": " + v for k, v in request.scope["headers"]) + b"\n\n"
                    + body)
        return JSONResponse({"echo": body.decode("utf-8", "replace")[:4000]})

    async def reply(request: Request) -> Response:
        kind = request.path_params["kind"]
        foreign = FOREIGN_DETAILS.encode()
        if kind == "none":
            return Response(foreign, headers={})
        if kind == "octet":
            return Response(foreign, media_type="application/octet-stream")
        if kind == "dup":
            return Response(b'{"note": ' + json.dumps(FOREIGN_DETAILS).encode()
                            + b', "note": "ok"}', media_type="application/json")
        if kind == "gzip":
            return Response(gzip.compress(b'{"n": "' + foreign + b'"}'),
                            media_type="application/json", headers={"content-encoding": "gzip"})
        if kind == "array":
            return JSONResponse([{"text": p} for p in split(FOREIGN_DETAILS, 5)])
        if kind == "crlf":
            deltas = [{"choices": [{"index": 0, "delta": {"content": p}}]}
                      for p in split(FOREIGN_DETAILS, 5)]

            async def events() -> Any:
                for event in sse(deltas):
                    yield event.replace(b"\n", b"\r\n")
            return StreamingResponse(events(), media_type="text/event-stream")
        if kind == "identity":
            return Response(json.dumps({"n": FOREIGN_DETAILS}).encode(),
                            media_type="application/json",
                            headers={"content-encoding": "identity"})
        if kind == "raise":
            async def broken() -> Any:
                yield b'data: {"choices": [{"index": 0, "delta": {"content": "mail some"}}]}\n\n'
                raise RuntimeError(FOREIGN["f_email"])
            return StreamingResponse(broken(), media_type="text/event-stream")
        return JSONResponse({})

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    app = Starlette(routes=[Route("/r/{rest:path}", record, methods=methods),
                            Route("/reply/{kind}", reply, methods=methods)])
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60,
                         routes=("/r/*", "/reply/*"), max_body_bytes=1_000_000)
    guarded = PiiGuardMiddleware(app, guard=Guard(config, detector=detector()))
    raw = json.dumps(chat(DETAILS)).encode()
    transport = httpx.ASGITransport(app=guarded, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"x-session-id": "mw10"}) as c:
        async def probe(name: str, method: str, path: str, content: bytes | None = None,
                        hdrs: dict[str, str] | None = None, **kw: Any) -> None:
            before = len(seen)
            reply_type = ""
            try:
                r = await c.request(method, path, content=content, headers=hdrs)
                status: int | None = r.status_code
                got = "\n".join(f"{k}: {v}" for k, v in r.headers.multi_items()).encode()
                got += b"\n\n" + r.content
                reply_type = r.headers.get("content-type", "")
            except Exception as exc:
                status, got = None, repr(exc).encode()
            verdict(f"middleware {name}", status, b"\n".join(seen[before:]), got,
                    reply_type=reply_type, **kw)

        j = {"content-type": "application/json"}
        await probe("nested arrays 5000 deep", "POST", "/r/x",
                    raw[:-1] + b', "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", j,
                    statuses=(200, 400))
        deep: Any = DETAILS
        for _ in range(400):
            deep = {"n": [deep]}
        await probe("nested 800 deep, details at the bottom", "POST", "/r/x",
                    json.dumps({"x": deep}).encode(), j, statuses=(200, 400))
        await probe("duplicate keys (value first)", "POST", "/r/x",
                    b'{"content": ' + json.dumps(DETAILS).encode() + b', "content": "hi"}', j)
        await probe("floats", "POST", "/r/x",
                    b'{"card": 4111111111111111.0, "phone": 4.8601234567e10}', j)
        await probe("no content type", "POST", "/r/x", raw, None)
        await probe("charset utf-32", "POST", "/r/x", json.dumps(chat(DETAILS)).encode("utf-32"),
                    {"content-type": "application/json; charset=utf-32"})
        await probe("zstd body", "POST", "/r/x", b"(\xb5/\xfd" + raw,
                    {**j, "content-encoding": "zstd"}, statuses=(415,))
        await probe("gzip bomb", "POST", "/r/x",
                    gzip.compress(b"{" + b" " * 3_000_000 + b"}"),
                    {**j, "content-encoding": "gzip"}, statuses=(413,))
        await probe("oversize body", "POST", "/r/x", b"{" + b" " * 1_100_000 + b"}", j,
                    statuses=(413,))
        await probe("zero-width e-mail", "POST", "/r/x", json.dumps(
            {"content": "mail anna.kowal\u200bska@example.com"}).encode(), j,
            check_upstream={**OWN, "zw": "anna.kowal\u200bska@example.com"})
        await probe("app reply with no content type", "GET", "/reply/none")
        await probe("app reply octet-stream", "GET", "/reply/octet", statuses=(502,))
        await probe("app reply JSON duplicate keys", "GET", "/reply/dup")
        await probe("app reply gzip-compressed", "GET", "/reply/gzip", statuses=(502,))
        await probe("app reply JSON array, value split over items", "GET", "/reply/array")
        await probe("app SSE with CRLF framing", "GET", "/reply/crlf")
        await probe("app raising mid-stream with a value", "GET", "/reply/raise",
                    statuses=(200, 500, 502))
        await probe("app reply with identity coding", "GET", "/reply/identity",
                    statuses=(200,))
        await probe("HEAD on a guarded route", "HEAD", f"/r/x?u={quote(OWN['email'])}")

    # Redis down: the vault cannot store the mappings, so nothing goes on.
    down = GuardConfig(detector="patterns", detection_timeout_seconds=60, routes=("/r/*",),
                       redis_url="redis://127.0.0.1:1/0", secret_key="k" * 32)
    app_down = PiiGuardMiddleware(app, guard=Guard(down, detector=detector()))
    transport = httpx.ASGITransport(app=app_down, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        before = len(seen)
        try:
            r = await c.post("/r/x", content=raw, headers={"content-type": "application/json"})
            status: int | None = r.status_code
            got = r.content
        except Exception as exc:
            status, got = None, repr(exc).encode()
        verdict("middleware with Redis down", status, b"\n".join(seen[before:]), got,
                statuses=(503,), forwarded=False)


def fail_last(problems: list[str]) -> None:
    """The last probe fails after all, for `problems` (a later pass's extra checks)."""
    if problems:
        name = RESULTS[-1][0]
        RESULTS[-1] = (name, False)
        print(f"FAIL  {name}: {'; '.join(problems)}", flush=True)


def metrics_hold_no_value(url: str) -> None:
    """A probe of its own: the proxy's `/metrics` page holds none of the values."""
    metrics = httpx.get(url + "/metrics", timeout=30).content
    found = leaks(metrics, ALL_VALUES)
    RESULTS.append(("metrics page holds no value", not found))
    print(f"{'FAIL' if found else 'pass'}  metrics page holds no value: {found}")


def logs_hold_no_value(recorder: LogRecorder) -> None:
    """A probe of its own: no log record of the run holds a value (each one that does is
    printed, cut at 300 characters)."""
    text = "\n".join(recorder.lines).encode()
    found = leaks(text, ALL_VALUES)
    RESULTS.append(("logs hold no value", not found))
    print(f"{'FAIL' if found else 'pass'}  logs hold no value: {found} "
          f"({len(recorder.lines)} records)")
    for line in recorder.lines if found else []:
        if leaks(line.encode(), ALL_VALUES):
            print("   ", line[:300])


def recording_logs() -> LogRecorder:
    """A recorder of every log record of the run from here on, DEBUG and up, of piiguard,
    the servers and the clients."""
    recorder = LogRecorder()
    logging.getLogger().addHandler(recorder)
    for name in ("", "piiguard", "uvicorn", "uvicorn.error", "uvicorn.access", "httpx",
                 "httpcore", "aiohttp", "starlette"):  # fmt: skip
        log = logging.getLogger(name)
        log.setLevel(logging.DEBUG)
        log.propagate = True
    return recorder


def main() -> None:
    recorder = recording_logs()
    with proxy_stack() as (fake, url):
        json_edge_probes(fake, url)
        content_type_probes(fake, url)
        coding_probes(fake, url)
        disguise_probes(fake, url)
        vendor_probes(fake, url)
        method_and_path_probes(fake, url)
        session_probes(fake, url)
        reply_probes(fake, url)
        second_round_probes(fake, url)
        websocket_to_proxy(url)
        metrics_hold_no_value(url)
    upstream_fault_probes()
    asyncio.run(middleware_probes())
    logs_hold_no_value(recorder)
    print_tally(RESULTS)


if __name__ == "__main__":
    main()
