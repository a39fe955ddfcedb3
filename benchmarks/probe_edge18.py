"""Black-box probes of the boundary, edge18: shapes `probe_edge9.py` ... `probe_edge17.py`
did not send, written from README.md, docs/ and RESULTS.md only.

A real proxy (uvicorn) in front of the recording upstream of `probe_harness.py`, and the
ASGI middleware around a real Starlette app on uvicorn. Each probe is pass/fail with the
checks of `probe_edge10.verdict` and the extra checks of `probe_edge14.probe` and
`probe_edge16.probe` (the user's values, those of `probe_edge14.py`, never reach the
upstream raw, in any of `probe_edge9.forms`, compressed or not; no foreign value reaches
the client, also joined per choice and per Responses output/content index; no crash; a
refusal echoes nothing), plus, on every row:

- every base64 run of 16 characters or more (a `data:` URL's payload, a `b64_json`, a
  `partial_image_b64`, an audio `data`) that decodes to text is decoded and searched too,
  on both sides: a reader of the reply (or the upstream) decodes it as easily;
- XML as a reader reads it: CDATA sections joined, character entities undone.

Groups: requests to the OpenAI surface not sent before (Responses `input_image` data URLs
with text inside, `input_file` CSV data, function-call outputs as item lists, reasoning
items, JSON-schema `default`/`examples`, custom-tool grammars, `conversation`; embeddings
with `user`; completions `prompt` lists with `suffix` and `stop`; moderations image parts;
images edits in JSON; videos; ChatKit sessions; threads with attachments; assistant
updates; vector-store file batches; realtime call accept), query names in brackets
(`metadata[customer]=...`), a name and an e-mail as path segments, request content types
not sent before (CBOR, MessagePack, JSON Patch, merge-patch, XML); replies: Responses SSE
event types not sent before (`output_item.added`/`.done`, `content_part.done`,
`output_text.done`, two message items interleaved, `reasoning_text.delta`,
`image_generation_call.partial_image`, `mcp_call_arguments.delta`,
`code_interpreter_call_code.delta`, events typed only by the SSE `event:` field),
audio-transcription SSE (`transcript.text.delta`), chat audio transcripts streamed,
DeepSeek `reasoning_content`, an own placeholder split over chunks of choice 1 of n=2,
`data:` URLs holding text in a reply, batch output as JSONL and as octet-stream, XML with
CDATA, reply headers not sent before (`warning`, `server-timing`, RFC 5987 `filename*`),
an upstream 400 echoing a placeholder; the middleware's replies of the same kinds and a
Realtime-style WebSocket. At the end every log record of the run and `/metrics` are
searched.

    PYTHONPATH=<tree> python benchmarks/probe_edge18.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py` and
`benchmarks/probe_edge9.py`, `probe_edge10.py`, `probe_edge12.py`, `probe_edge14.py`,
`probe_edge16.py`, `probe_harness.py` from its own checkout.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import html
import json
import re
import struct
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_edge10 as p10
import probe_edge16 as p16
from probe_edge9 import FOREIGN, FOREIGN_DETAILS, OWN, leaks, split
from probe_edge10 import ALL_VALUES, Upstream, proxy_stack, recording_logs
from probe_edge14 import EMAIL, F_EMAIL, NAME, NEEDLES, PASSWORD, TEXT, _extra, chunk
from probe_harness import print_tally
from servers import serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

RESULTS = p10.RESULTS
CARD = OWN["card"]
IBAN = OWN["iban"]
PHONE = OWN["phone"]
F_CARD = FOREIGN["f_card"]
F_IBAN = FOREIGN["f_iban"]
_B64_RUN = re.compile(rb"[A-Za-z0-9+/_-]{16,}={0,2}")


def b64_texts(blob: bytes) -> bytes:
    """Every base64 run of `blob` that decodes to UTF-8 text, decoded and joined."""
    out = []
    for run in _B64_RUN.findall(blob.replace(b"\\/", b"/")):
        bare = run.rstrip(b"=")
        for alphabet in (None, b"-_"):
            try:
                data = base64.b64decode(bare + b"=" * (-len(bare) % 4), altchars=alphabet,
                                        validate=alphabet is None)
                text = data.decode("utf-8")
            except (binascii.Error, ValueError):
                continue
            if sum(c.isprintable() or c.isspace() for c in text) >= 0.9 * len(text):
                out.append(data)
                break
    return b"\n".join(out)


def xml_read(blob: bytes) -> bytes:
    """The text of XML as a reader reads it: CDATA joined, entities undone."""
    text = blob.decode("utf-8", "replace")
    text = re.sub(r"\]\]>\s*<!\[CDATA\[", "", text)
    text = text.replace("<![CDATA[", "").replace("]]>", "")
    return html.unescape(text).encode()


def fail_last(problem: str) -> None:
    RESULTS[-1] = (RESULTS[-1][0], False)
    print(f"FAIL  {RESULTS[-1][0]}: {problem}", flush=True)


def probe(fake: Upstream, url: str, name: str, *, expect_body: tuple[str, ...] = (),
          **kw: Any) -> tuple[int | None, bytes]:
    """One row through `probe_edge16.probe`, then this script's checks: base64 text and
    XML read on both sides; `expect_body`: texts the client's body must hold."""
    before = len(fake.requests)
    status, reply = p16.probe(fake, url, name, **kw)
    with fake.lock:
        got = b"\n".join(fake.requests[before:])
    problems = []
    check = kw.get("check_upstream", NEEDLES)
    up = leaks(b64_texts(got) + b"\n" + xml_read(got), check)
    if up:
        problems.append(f"upstream got decoded {up}")
    body = reply.split(b"\n\n", 1)[-1]
    back = leaks(b64_texts(body) + b"\n" + xml_read(body),
                 {**FOREIGN, **(kw.get("forbid_reply") or {})})
    if back:
        problems.append(f"client got decoded {back}")
    missing = [t for t in expect_body if t.encode() not in body]
    if missing:
        problems.append(f"client did not get {missing}")
    if problems:
        fail_last("; ".join(problems))
    return status, reply


def play(fake: Upstream, url: str, name: str, content_type: str | None,
         chunks: list[bytes | float], *, status: int = 200,
         headers: list[tuple[str, str]] | None = None, path: str = "/v1/chat/completions",
         user: str = "hi", **checks: Any) -> tuple[int | None, bytes]:
    fake.scripts[name] = (content_type, chunks, status, headers or [])
    return probe(fake, url, f"reply: {name}", path=path, body={
        "model": f"script:{name}", "messages": [{"role": "user", "content": user}]}, **checks)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def events(items: list[dict[str, Any]], *, named: bool = True, typed: bool = True) -> list[bytes]:
    """SSE events, each with `event: <type>` (`named`) and its `type` in the data
    (`typed`)."""
    out = []
    for number, item in enumerate(items):
        data = dict(item) if typed else {k: v for k, v in item.items() if k != "type"}
        data.setdefault("sequence_number", number)
        head = f"event: {item['type']}\n" if named else ""
        out.append(f"{head}data: {json.dumps(data)}\n\n".encode())
    return out


# -- requests: the OpenAI surface --------------------------------------------------------

def responses_probes(fake: Upstream, url: str) -> None:
    path = "/v1/responses"
    probe(fake, url, "request: Responses input_image data URL whose bytes are text",
          path=path, body={"model": "echo", "input": [{"role": "user", "content": [
              {"type": "input_text", "text": "what does the picture say?"},
              {"type": "input_image", "detail": "auto",
               "image_url": f"data:image/png;base64,{b64(TEXT)}"}]}]},
          statuses=(200, 415))
    probe(fake, url, "request: Responses input_image URL with values in its query",
          path=path, body={"model": "echo", "input": [{"role": "user", "content": [
              {"type": "input_image", "detail": "low", "image_url":
               f"https://cdn.example.org/scan.png?owner={quote(EMAIL)}&card={quote(CARD)}"}]}]})
    csv = (f"name,email,card,account_number\n{NAME},{EMAIL},{CARD},12345678\n"
           f"passport,AB1234567,phone,{PHONE}\n")
    probe(fake, url, "request: Responses input_file CSV as a text/csv data URL",
          path=path, body={"model": "echo", "input": [{"role": "user", "content": [
              {"type": "input_file", "filename": "customers.csv",
               "file_data": f"data:text/csv;base64,{b64(csv)}"}]}]}, statuses=(200, 415))
    probe(fake, url, "request: Responses input_file filename and file_url holding values",
          path=path, body={"model": "echo", "input": [{"role": "user", "content": [
              {"type": "input_file", "filename": f"{EMAIL}.pdf",
               "file_url": f"https://files.example.org/{IBAN}/{quote(NAME)}.pdf"}]}]})
    probe(fake, url, "request: Responses function_call_output whose output is an item list",
          path=path, body={"model": "echo", "previous_response_id": "resp_abc123",
                           "input": [{"type": "function_call_output", "call_id": "call_1",
                                      "output": [{"type": "input_text", "text": TEXT},
                                                 {"type": "input_image", "image_url":
                                                  f"data:image/png;base64,{b64(EMAIL)}"}]}]},
          statuses=(200, 415))
    probe(fake, url, "request: Responses reasoning item with summary and reasoning_text",
          path=path, body={"model": "echo", "input": [
              {"type": "reasoning", "id": "rs_1", "encrypted_content": None,
               "summary": [{"type": "summary_text", "text": f"The user {NAME} gave {EMAIL}"}],
               "content": [{"type": "reasoning_text", "text": TEXT}]},
              {"type": "item_reference", "id": "msg_1"},
              {"role": "user", "content": "go on"}]})
    probe(fake, url, "request: Responses json_schema with default, examples and enum",
          path=path, body={"model": "echo", "input": "fill the form", "text": {"format": {
              "type": "json_schema", "name": "form", "strict": False, "schema": {
                  "type": "object", "properties": {
                      "email": {"type": "string", "default": EMAIL, "examples": [EMAIL]},
                      "card": {"type": "string", "enum": [CARD, "none"]},
                      "iban": {"type": "string", "const": IBAN},
                      "phone": {"type": "string", "pattern": re.escape(PHONE)}}}}}})
    probe(fake, url, "request: Responses custom tool grammar and function defaults",
          path=path, body={"model": "echo", "input": "book it", "tools": [
              {"type": "custom", "name": "ledger", "format": {
                  "type": "grammar", "syntax": "lark",
                  "definition": f'start: "{IBAN}" | "{EMAIL}"'}},
              {"type": "function", "name": "send", "parameters": {
                  "type": "object", "properties": {"to": {"type": "string", "default": EMAIL},
                                                   "card": {"type": "string",
                                                            "examples": [CARD]}}}}]})
    probe(fake, url, "request: Responses conversation, prompt variables as items",
          path=path, body={"model": "echo", "conversation": {"id": "conv_abc"},
                           "prompt": {"id": "pmpt_1", "version": "2", "variables": {
                               "customer": {"type": "input_text", "text": TEXT},
                               "scan": {"type": "input_image", "image_url":
                                        f"https://x.example/?m={quote(EMAIL)}"}}},
                           "input": "hi"})
    local, domain = EMAIL.split("@")
    probe(fake, url, "request: values split by inline HTML tags", path=path,
          body={"model": "echo", "input": f"<p>mail {local}<wbr>@{domain}, card "
                                          f"{CARD[:5]}<b>{CARD[5:]}</b></p>"},
          extra={"email wbr": f"{local}<wbr>@{domain}", "card b": f"{CARD[:5]}<b>{CARD[5:]}</b>"},
          check_upstream={"email wbr": f"{local}<wbr>@{domain}",
                          "card b": f"{CARD[:5]}<b>{CARD[5:]}</b>"})
    escaped = EMAIL.replace(".", "\\.").replace("@", "\\@")
    probe(fake, url, "request: a Markdown-escaped e-mail", path=path,
          body={"model": "echo", "input": f"write to {escaped} please"},
          extra={"email md": escaped}, check_upstream={"email md": escaped})
    probe(fake, url, "request look-alike: Responses ids and settings pass",
          path=path, body={"model": "echo", "previous_response_id": "resp_abc123",
                           "conversation": {"id": "conv_abc"}, "input": "what is 2+2?",
                           "include": ["reasoning.encrypted_content"],
                           "truncation": "auto", "service_tier": "flex"},
          reach=("resp_abc123", "conv_abc", "what is 2+2?", "reasoning.encrypted_content"))


def endpoint_probes(fake: Upstream, url: str) -> None:
    probe(fake, url, "request: embeddings input list with a user and base64 format",
          path="/v1/embeddings", body={"model": "echo", "input": [TEXT, f"IBAN {IBAN}"],
                                        "user": EMAIL, "encoding_format": "base64",
                                        "dimensions": 256})
    probe(fake, url, "request: completions prompt list with suffix and stop",
          path="/v1/completions", body={"model": "echo", "prompt": [TEXT, f"card {CARD}"],
                                         "suffix": f"\n-- {NAME} <{EMAIL}>",
                                         "stop": [EMAIL, IBAN], "echo": True, "best_of": 2})
    probe(fake, url, "request: moderations image_url part holding a text data URL",
          path="/v1/moderations", body={"model": "omni-moderation-latest", "input": [
              {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64(TEXT)}"}},
              {"type": "text", "text": "is this fine?"}]}, statuses=(200, 415))
    probe(fake, url, "request: images edits in JSON with an image data URL and a prompt",
          path="/v1/images/edits", body={"model": "gpt-image-1", "prompt": TEXT,
                                          "images": [{"image_url": "https://x.example/"
                                                      f"a.png?u={quote(EMAIL)}"}],
                                          "user": EMAIL})
    probe(fake, url, "request: videos with a prompt", path="/v1/videos",
          body={"model": "sora-2", "prompt": f"A card reading {CARD} held by {NAME}",
                "seconds": "4", "size": "720x1280"},
          check_upstream={k: NEEDLES[k] for k in ("card", "name")})
    probe(fake, url, "request: ChatKit session with user and state variables",
          path="/v1/chatkit/sessions",
          body={"user": EMAIL, "workflow": {"id": "wf_1", "state_variables": {
              "email": EMAIL, "card": CARD, "iban": IBAN, "account_number": "12345678"}}})
    probe(fake, url, "request: threads create with attachments and metadata",
          path="/v1/threads", body={"messages": [
              {"role": "user", "content": TEXT, "attachments": [
                  {"file_id": "file-1", "tools": [{"type": "file_search"}]}],
               "metadata": {"from": EMAIL}}],
              "tool_resources": {"code_interpreter": {"file_ids": ["file-2"]}},
              "metadata": {"customer": NAME, "passport": "AB1234567"}})
    probe(fake, url, "request: assistant update with instructions and a response format",
          path="/v1/assistants/asst_1", body={
              "instructions": f"Always address {NAME} ({EMAIL}); card on file {CARD}.",
              "response_format": {"type": "json_schema", "json_schema": {
                  "name": "reply", "description": f"reply for {EMAIL}",
                  "schema": {"type": "object"}}}},
          check_upstream={k: NEEDLES[k] for k in ("name", "email", "card")})
    probe(fake, url, "request: vector store file batch with attributes",
          path="/v1/vector_stores/vs_1/file_batches", body={"files": [
              {"file_id": "file-1", "attributes": {"owner": EMAIL, "iban": IBAN}}],
              "attributes": {"card": CARD, "phone": PHONE}},
          check_upstream={k: NEEDLES[k] for k in ("email", "iban", "card", "phone")})
    probe(fake, url, "request: realtime call accept with instructions",
          path="/v1/realtime/calls/rtc_1/accept",
          body={"type": "realtime", "model": "gpt-realtime", "instructions": TEXT,
                "audio": {"output": {"voice": "marin"}}})


def query_and_path_probes(fake: Upstream, url: str) -> None:
    probe(fake, url, "request: query names in brackets, metadata[...]=value", method="GET",
          path=f"/v1/chat/completions?metadata[customer]={quote(EMAIL)}"
               f"&metadata[card]={quote(CARD)}&metadata%5Biban%5D={IBAN}",
          check_upstream={k: NEEDLES[k] for k in ("email", "card", "iban")})
    probe(fake, url, "request: input_items listing with a cursor holding an e-mail",
          method="GET", path=f"/v1/responses/resp_1/input_items?after={quote(EMAIL)}"
                             "&include[]=file_search_call.results&order=asc",
          check_upstream={"email": EMAIL})
    probe(fake, url, "request: a name as a path segment", method="GET",
          path=f"/v1/users/{quote(NAME)}/notes", check_upstream={"name": NAME})
    probe(fake, url, "request: a fine-tuned model id holding an e-mail in the path",
          method="GET", path=f"/v1/models/ft:gpt-4o-mini:acme:{EMAIL}:abc",
          check_upstream={"email": EMAIL})


def _cbor_text(text: str) -> bytes:
    raw = text.encode()
    if len(raw) < 24:
        return bytes([0x60 + len(raw)]) + raw
    if len(raw) < 256:
        return bytes([0x78, len(raw)]) + raw
    return bytes([0x79]) + struct.pack(">H", len(raw)) + raw


def _msgpack_text(text: str) -> bytes:
    raw = text.encode()
    if len(raw) < 32:
        return bytes([0xA0 + len(raw)]) + raw
    return bytes([0xD9, len(raw)]) + raw


def content_type_probes(fake: Upstream, url: str) -> None:
    pairs = [("model", "echo"), ("input", TEXT)]
    cbor = bytes([0xA0 + len(pairs)]) + b"".join(_cbor_text(k) + _cbor_text(v)
                                                 for k, v in pairs)
    probe(fake, url, "request: CBOR body (application/cbor)", path="/v1/responses",
          content=cbor, headers={"content-type": "application/cbor"}, statuses=(415,))
    msgpack = bytes([0x80 + len(pairs)]) + b"".join(_msgpack_text(k) + _msgpack_text(v)
                                                    for k, v in pairs)
    probe(fake, url, "request: MessagePack body (application/msgpack)", path="/v1/responses",
          content=msgpack, headers={"content-type": "application/msgpack"}, statuses=(415,))
    patch = [{"op": "replace", "path": "/metadata/email", "value": EMAIL},
             {"op": "add", "path": "/instructions", "value": TEXT}]
    probe(fake, url, "request: JSON Patch (an array) on PATCH", method="PATCH",
          path="/v1/assistants/asst_1", content=json.dumps(patch).encode(),
          headers={"content-type": "application/json-patch+json"}, statuses=(400, 415))
    probe(fake, url, "request: merge-patch object on PATCH", method="PATCH",
          path="/v1/assistants/asst_1",
          content=json.dumps({"metadata": {"email": EMAIL}, "instructions": TEXT}).encode(),
          headers={"content-type": "application/merge-patch+json"}, statuses=(200, 415))
    xml = (f"<request><model>echo</model><input>{html.escape(TEXT)}</input>"
           f"<meta email=\"{EMAIL}\"/></request>")
    probe(fake, url, "request: XML body (application/xml)", path="/v1/responses",
          content=xml.encode(), headers={"content-type": "application/xml"}, statuses=(415,))


# -- replies -------------------------------------------------------------------------------

def responses_reply_probes(fake: Upstream, url: str) -> None:
    path = "/v1/responses"
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "pay",
            "arguments": "", "status": "in_progress"}
    arguments = json.dumps({"card": F_CARD, "note": f"for {F_EMAIL}"})
    items: list[dict[str, Any]] = [{"type": "response.output_item.added", "output_index": 0,
                                    "item": call}]
    items += [{"type": "response.function_call_arguments.delta", "item_id": "fc_1",
               "output_index": 0, "delta": p} for p in split(arguments, 7)]
    items += [{"type": "response.function_call_arguments.done", "item_id": "fc_1",
               "output_index": 0, "arguments": arguments},
              {"type": "response.output_item.done", "output_index": 0,
               "item": {**call, "arguments": arguments, "status": "completed"}}]
    play(fake, url, "Responses function call: item added, argument deltas, item done",
         "text/event-stream", events(items), path=path, by_index=True)

    first = split(FOREIGN_DETAILS, 5)
    other = split("Here is a short and harmless answer for you.", 5)
    items = []
    for n in range(2):
        items += [{"type": "response.output_item.added", "output_index": n, "item": {
            "type": "message", "id": f"msg_{n}", "role": "assistant", "content": []}},
                  {"type": "response.content_part.added", "item_id": f"msg_{n}",
                   "output_index": n, "content_index": 0,
                   "part": {"type": "output_text", "text": ""}}]
    for i in range(max(len(first), len(other))):
        if i < len(other):
            items.append({"type": "response.output_text.delta", "item_id": "msg_0",
                          "output_index": 0, "content_index": 0, "delta": other[i]})
        if i < len(first):
            items.append({"type": "response.output_text.delta", "item_id": "msg_1",
                          "output_index": 1, "content_index": 0, "delta": first[i]})
    items += [{"type": "response.output_text.done", "item_id": "msg_1", "output_index": 1,
               "content_index": 0, "text": FOREIGN_DETAILS},
              {"type": "response.content_part.done", "item_id": "msg_1", "output_index": 1,
               "content_index": 0, "part": {"type": "output_text", "text": FOREIGN_DETAILS}},
              {"type": "response.completed", "response": {"id": "resp_1", "output": [
                  {"type": "message", "id": "msg_1", "role": "assistant", "content": [
                      {"type": "output_text", "text": FOREIGN_DETAILS}]}]}}]
    play(fake, url, "Responses two message items interleaved, then the .done events",
         "text/event-stream", events(items), path=path, by_index=True)

    items = [{"type": "response.reasoning_summary_text.delta", "item_id": "rs_1",
              "output_index": 0, "summary_index": 0, "delta": p}
             for p in split(f"checking {F_EMAIL} first", 4)]
    items += [{"type": "response.reasoning_text.delta", "item_id": "rs_1",
               "output_index": 0, "content_index": 0, "delta": p}
              for p in split(f"the IBAN is {F_IBAN}, card {F_CARD}", 4)]
    play(fake, url, "Responses reasoning_summary_text and reasoning_text deltas",
         "text/event-stream", events(items), path=path, by_index=True)

    items = [{"type": "response.image_generation_call.partial_image", "item_id": "ig_1",
              "output_index": 0, "partial_image_index": n, "partial_image_b64": b64(
                  f"frame {n}: {FOREIGN_DETAILS}")} for n in range(2)]
    play(fake, url, "Responses partial_image_b64 whose bytes are text", "text/event-stream",
         events(items), path=path, statuses=(200, 502))

    items = [{"type": "response.mcp_call_arguments.delta", "item_id": "mcp_1",
              "output_index": 0, "delta": p}
             for p in split(json.dumps({"to": F_EMAIL, "iban": F_IBAN}), 6)]
    items += [{"type": "response.code_interpreter_call_code.delta", "item_id": "ci_1",
               "output_index": 1, "delta": p}
              for p in split(f"charge('{F_CARD}')", 5)]
    play(fake, url, "Responses mcp_call_arguments and code_interpreter code deltas",
         "text/event-stream", events(items), path=path, by_index=True)

    items = [{"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
              "content_index": 0, "delta": p} for p in split(FOREIGN_DETAILS, 6)]
    play(fake, url, "Responses deltas typed only by the SSE event: field",
         "text/event-stream", events(items, typed=False), path=path)


def other_reply_probes(fake: Upstream, url: str) -> None:
    items = [{"type": "transcript.text.delta", "delta": p}
             for p in split(FOREIGN_DETAILS, 5)]
    items.append({"type": "transcript.text.done", "text": FOREIGN_DETAILS})
    play(fake, url, "audio transcription SSE: transcript.text deltas and done",
         "text/event-stream", events(items, named=False), path="/v1/audio/transcriptions")

    stream = []
    for p in split(f"You said {F_EMAIL} and {F_CARD}", 5):
        piece = chunk(0)
        piece["choices"][0]["delta"] = {"audio": {"id": "audio_1", "transcript": p,
                                                  "data": b64("RIFF....WAVEfmt ")}}
        stream.append(f"data: {json.dumps(piece)}\n\n".encode())
    play(fake, url, "chat stream: audio transcript split over chunks", "text/event-stream",
         [*stream, b"data: [DONE]\n\n"], statuses=(200, 502))

    stream = []
    for p in split(FOREIGN_DETAILS, 5):
        piece = chunk(0)
        piece["choices"][0]["delta"] = {"reasoning_content": p, "content": None}
        stream.append(f"data: {json.dumps(piece)}\n\n".encode())
    play(fake, url, "chat stream: DeepSeek reasoning_content split over chunks",
         "text/event-stream", [*stream, b"data: [DONE]\n\n"])

    own = split("Noted: <EMAIL_ADDRESS_1> is on file.", 4)
    stream = []
    for i, p in enumerate(own):
        stream.append(f"data: {json.dumps(chunk(1, p))}\n\n".encode())
        stream.append(f"data: {json.dumps(chunk(0, 'ok ' if i % 2 else 'fine '))}\n\n".encode())
    play(fake, url, "n=2 stream: own placeholder split over choice 1's chunks",
         "text/event-stream", [*stream, b"data: [DONE]\n\n"], user=f"my mail is {EMAIL}",
         by_index=True, expect=(f"Noted: {EMAIL} is on file.",))

    whole = {"choices": [{"index": 0, "message": {"role": "assistant", "content":
             f"Download: [notes](data:text/plain;base64,{b64(FOREIGN_DETAILS)})"}}]}
    play(fake, url, "JSON reply: a text/plain data URL in the content", "application/json",
         [json.dumps(whole).encode()])
    whole = {"created": 1, "data": [{"b64_json": b64("x" * 8 + FOREIGN_DETAILS),
                                     "revised_prompt": f"A card for {F_EMAIL}"}]}
    play(fake, url, "images JSON: revised_prompt and b64_json of text", "application/json",
         [json.dumps(whole).encode()], path="/v1/images/generations", statuses=(200, 502))
    whole = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                                  "audio": {"id": "a1", "data": b64(
                                                      "transcript: " + FOREIGN_DETAILS),
                                                      "transcript": "see attachment"}}}]}
    play(fake, url, "chat JSON: message.audio.data whose bytes are text", "application/json",
         [json.dumps(whole).encode()], statuses=(200, 502))

    lines = [{"id": f"batch_req_{n}", "custom_id": f"req-{n}", "response": {
        "status_code": 200, "request_id": "r", "body": {"choices": [{"index": 0, "message": {
            "role": "assistant", "content": text}}]}}, "error": None}
        for n, text in enumerate([f"mail {F_EMAIL}", f"card {F_CARD}, IBAN {F_IBAN}"])]
    jsonl = "".join(json.dumps(line) + "\n" for line in lines).encode()
    play(fake, url, "batch output as application/jsonl", "application/jsonl", [jsonl],
         path="/v1/files/file-out/content", statuses=(200, 502))
    play(fake, url, "batch output as application/octet-stream", "application/octet-stream",
         [jsonl], path="/v1/files/file-out/content", statuses=(502,))
    local, domain = F_EMAIL.split("@")
    xml = (f"<?xml version=\"1.0\"?><note><to><![CDATA[{local}]]><![CDATA[@{domain}]]></to>"
           f"<card>{''.join(f'&#{ord(c)};' for c in F_CARD)}</card>"
           f"<iban>{F_IBAN[:10]}<!-- x -->{F_IBAN[10:]}</iban></note>")
    play(fake, url, "XML: CDATA-split e-mail, card as entities, IBAN around a comment",
         "application/xml", [xml.encode()], statuses=(200, 502),
         forbid_reply={"f_iban comment": f"{F_IBAN[:10]}<!-- x -->{F_IBAN[10:]}"})
    local, domain = F_EMAIL.split("@")
    page = (f"<p>Mail {local}<wbr>@{domain}, card {F_CARD[:5]}<span>{F_CARD[5:10]}</span>"
            f"{F_CARD[10:]}, IBAN <b>{F_IBAN[:8]}</b>{F_IBAN[8:]}</p>")
    play(fake, url, "HTML: values split by inline tags", "text/html", [page.encode()],
         statuses=(200, 502), forbid_reply={
             "f_email wbr": f"{local}<wbr>@{domain}",
             "f_card span": f"{F_CARD[:5]}<span>{F_CARD[5:10]}</span>{F_CARD[10:]}",
             "f_iban b": f"{F_IBAN[:8]}</b>{F_IBAN[8:]}"})
    escaped = F_EMAIL.replace(".", "\\.").replace("@", "\\@")
    play(fake, url, "Markdown: an e-mail with backslash escapes", "text/markdown",
         [f"Contact: {escaped}, IBAN {F_IBAN}".encode()], statuses=(200, 502),
         forbid_reply={"f_email md": escaped})
    play(fake, url, "reply headers not sent before", "application/json", [b'{"ok": true}'],
         headers=[("warning", f'199 - "quota of {F_EMAIL}"'),
                  ("server-timing", f'db;dur=53;desc="{F_EMAIL}"'),
                  ("openai-organization", F_EMAIL),
                  ("content-disposition",
                   f"attachment; filename*=UTF-8''{quote(F_EMAIL)}.txt"),
                  ("alt-svc", f'h3=":443"; note="{F_CARD}"')])
    err = {"error": {"message": f"Invalid value for 'user': '<EMAIL_ADDRESS_1>'. "
                                f"Did you mean {F_EMAIL}?", "type": "invalid_request_error",
                     "param": "<EMAIL_ADDRESS_1>", "code": None}}
    play(fake, url, "upstream 400 echoing the request's placeholder", "application/json",
         [json.dumps(err).encode()], status=400, statuses=(400,), user=f"I am {EMAIL}",
         expect_body=(EMAIL,))


# -- the middleware ------------------------------------------------------------------------

async def middleware_probes() -> None:
    import websockets

    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        body = await request.body()
        seen.append(request.url.path.encode() + b"\n" + body)
        return JSONResponse({"got": body.decode("utf-8", "replace")})

    async def reply(request: Request) -> Response:
        await request.body()
        kind = request.path_params["kind"]
        if kind == "calls":
            async def gen() -> Any:
                first = split(json.dumps({"card": F_CARD}), 5)
                other = split(json.dumps({"city": "Paris"}), 5)
                for i in range(max(len(first), len(other))):
                    for n, parts in ((0, other), (1, first)):
                        if i < len(parts):
                            event = {"type": "response.function_call_arguments.delta",
                                     "item_id": f"fc_{n}", "output_index": n,
                                     "delta": parts[i]}
                            yield f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode()
            return StreamingResponse(gen(), media_type="text/event-stream")
        if kind == "xml":
            local, domain = F_EMAIL.split("@")
            return Response(f"<a><![CDATA[{local}]]><![CDATA[@{domain}]]></a>",
                            media_type="application/xml")
        if kind == "dataurl":
            return JSONResponse({"link": f"data:text/plain;base64,{b64(FOREIGN_DETAILS)}"})
        return JSONResponse({"data": [{"b64_json": b64("x" * 8 + FOREIGN_DETAILS)}]})

    async def realtime(websocket: WebSocket) -> None:
        await websocket.accept()
        text = await websocket.receive_text()
        seen.append(b"WS " + text.encode())
        for p in split(f"Sure, {F_EMAIL} and {F_CARD}", 5):
            await websocket.send_text(json.dumps({
                "type": "response.output_audio_transcript.delta", "response_id": "r1",
                "item_id": "i1", "output_index": 0, "content_index": 0, "delta": p}))
        await websocket.send_text(json.dumps({"type": "response.done"}))
        with contextlib.suppress(WebSocketDisconnect):
            await websocket.receive_text()

    inner = Starlette(routes=[Route("/chat/in", record, methods=["POST"]),
                              Route("/chat/reply/{kind}", reply, methods=["POST"]),
                              WebSocketRoute("/chat/realtime", realtime)])
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    guarded = PiiGuardMiddleware(inner, guard=Guard(config, detector=p10.detector()))

    def mw_verdict(name: str, status: int | None, got: bytes, body: bytes,
                   reply_type: str = "", **kw: Any) -> None:
        p10.verdict(f"middleware: {name}", status, got, body, reply_type=reply_type,
                    check_upstream=NEEDLES, **kw)
        problems = []
        up = leaks(b64_texts(got), NEEDLES)
        if up:
            problems.append(f"app got decoded {up}")
        back = leaks(b64_texts(body) + b"\n" + xml_read(body), FOREIGN)
        if back:
            problems.append(f"client got decoded {back}")
        if problems:
            fail_last("; ".join(problems))

    with serve(guarded) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30,
                                     headers={"x-session-id": "mw18"}) as c:
            async def send(name: str, path: str, **kw: Any) -> bytes:
                before = len(seen)
                statuses = kw.pop("statuses", ())
                try:
                    r = await c.post(path, **kw)
                except Exception as exc:
                    mw_verdict(name, None, b"\n".join(seen[before:]), repr(exc).encode())
                    return b""
                mw_verdict(name, r.status_code, b"\n".join(seen[before:]), r.content,
                           reply_type=r.headers.get("content-type", ""), statuses=statuses)
                return r.content

            body = json.dumps({"q": TEXT}, ensure_ascii=False)
            await send("body in UTF-32 with a BOM", "/chat/in", content=body.encode("utf-32"),
                       headers={"content-type": "application/json; charset=utf-32"},
                       statuses=(200, 415))
            await send("body in UTF-16BE, no BOM, charset declared", "/chat/in",
                       content=body.encode("utf-16-be"),
                       headers={"content-type": "application/json; charset=utf-16be"},
                       statuses=(200, 415))
            await send("a data URL in a JSON value whose bytes are text", "/chat/in",
                       json={"attachment": f"data:text/plain;base64,{b64(TEXT)}"},
                       statuses=(200, 415))
            got = await send("Responses function-call deltas of two calls interleaved",
                             "/chat/reply/calls", json={"q": "hi"})
            _extra("middleware: Responses function-call deltas of two calls interleaved", got,
                   by_index=True, expect=(), args_json=False, forbid={})
            await send("XML reply with a CDATA-split e-mail", "/chat/reply/xml",
                       json={"q": "hi"}, statuses=(200, 502))
            await send("JSON reply: a text/plain data URL", "/chat/reply/dataurl",
                       json={"q": "hi"})
            await send("JSON reply: b64_json of text", "/chat/reply/b64", json={"q": "hi"},
                       statuses=(200, 502))

        before = len(seen)
        frames: list[bytes] = []
        status: int | None = 101
        try:
            async with websockets.connect(url.replace("http", "ws") + "/chat/realtime",
                                          additional_headers={"x-session-id": "mw18ws"}) as conn:
                await conn.send(json.dumps({"type": "conversation.item.create", "item": {
                    "type": "message", "role": "user", "content": [
                        {"type": "input_text", "text": TEXT}]}}))
                while True:
                    frame = await asyncio.wait_for(conn.recv(), 10)
                    frames.append(frame.encode() if isinstance(frame, str) else frame)
                    if b"response.done" in frames[-1]:
                        break
        except Exception as exc:
            status, frames = None, [repr(exc).encode()]
        joined = b"\n".join(b"data: " + f + b"\n" for f in frames)
        mw_verdict("Realtime WebSocket: transcript deltas split a foreign value", status,
                   b"\n".join(seen[before:]), joined, json_check=False)
        _extra("middleware: Realtime WebSocket: transcript deltas split a foreign value",
               joined, by_index=True, expect=(), args_json=False, forbid={})


def main() -> None:
    recorder = recording_logs()
    values = {**ALL_VALUES, "password": PASSWORD, "name": NAME}
    with proxy_stack() as (fake, url):
        responses_probes(fake, url)
        endpoint_probes(fake, url)
        query_and_path_probes(fake, url)
        content_type_probes(fake, url)
        responses_reply_probes(fake, url)
        other_reply_probes(fake, url)
        metrics = httpx.get(url + "/metrics", timeout=30).content
        found = leaks(metrics, values)
        RESULTS.append(("metrics page holds no value", not found))
        print(f"{'FAIL' if found else 'pass'}  metrics page holds no value: {found}")
    asyncio.run(middleware_probes())
    text = "\n".join(recorder.lines).encode()
    found = leaks(text, values)
    RESULTS.append(("logs hold no value", not found))
    print(f"{'FAIL' if found else 'pass'}  logs hold no value: {found} "
          f"({len(recorder.lines)} records)")
    for line in recorder.lines if found else []:
        if leaks(line.encode(), values):
            print("   ", line[:300])
    print_tally(RESULTS)


if __name__ == "__main__":
    main()
