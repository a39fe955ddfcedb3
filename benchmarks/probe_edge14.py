"""Black-box probes of the boundary, edge14: shapes `probe_edge9.py`, `probe_edge10.py`,
`probe_edge12.py` and `probe_edge13.py` did not send.

A real proxy (uvicorn) in front of the recording upstream of `probe_edge10.py`, and the
ASGI middleware around a recording Starlette app on a real uvicorn. Each probe is
pass/fail with the checks of `probe_edge10.verdict` (the user's values never reach the
upstream raw, in any of `probe_edge9.forms`; no foreign value reaches the client, also
joined over events, lines and items; no crash; a refusal echoes nothing), over a wider
set of the user's values (a password and a name besides e-mail, card, IBAN, phone and
keyed numbers), plus, where a probe names them:

- `by_index`: the reply's texts joined as an OpenAI client joins them, per choice
  `index`, per tool call `index` inside a choice, per Responses `output_index` /
  `content_index` (not per list position: with `n` > 1 or parallel tool calls every
  chunk's `choices` list has one item, whatever choice it belongs to), searched again;
- `expect`: texts the client must get back (its own value restored there);
- `args_json`: every tool call's joined `arguments` must be JSON.

Groups: replies with several choices or tool calls interleaved, stream ends and framings
not sent before (`[DONE]` then more, `include_usage`, CR line ends, a BOM, comments,
data over several lines, compressed streams), foreign values in reply ids, names and
keys; requests with a password and a name in fields not probed before (chat `name`,
`prompt_cache_key`, Responses `prompt.variables`, `input_file.file_url`, `tool_choice`);
HTTP framing on a raw socket (HTTP/1.0, `Expect: 100-continue`, chunked with trailers,
both lengths, pipelining, absolute-form targets, lowercase methods, `Upgrade: h2c`);
sessions over one kept-alive connection; the middleware's `raw_path`, a client gone
mid-body, repeated `Content-Type` / `Content-Encoding`, a restored reply longer than its
`Content-Length`, and WebSocket query, subprotocols, accept headers, close reasons and
denial responses. At the end every log record of the run and `/metrics` are searched.

    PYTHONPATH=<tree> python benchmarks/probe_edge14.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py`,
`benchmarks/probe_edge9.py`, `probe_edge10.py`, `probe_edge12.py` and `probe_harness.py`
from its own checkout.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import brotli
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


import probe_edge10 as p10
from probe_edge9 import FOREIGN, FOREIGN_DETAILS, KEYED, OWN, leaks, split
from probe_edge10 import ALL_VALUES, Upstream, proxy_stack, recording_logs
from probe_edge12 import sse
from probe_harness import print_tally
from servers import serve
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

RESULTS = p10.RESULTS
PASSWORD = "Sunfl0wer!Rain#77"
NAME = "Anna Kowalska"
NEEDLES = {**OWN, **KEYED, "password": PASSWORD, "name": NAME}
EMAIL = OWN["email"]
F_EMAIL = FOREIGN["f_email"]
TEXT = (f"I am {NAME}, mail {EMAIL}, card {OWN['card']}, IBAN {OWN['iban']}, "
        f"phone {OWN['phone']}, my password is {PASSWORD}")
_COUNTER = [0]


def _session() -> str:
    _COUNTER[0] += 1
    return f"edge14-{_COUNTER[0]}"


# -- what a client joins -----------------------------------------------------------------

def _documents(blob: bytes) -> list[Any]:
    text = blob.decode("utf-8", "replace").lstrip("\ufeff")
    out: list[Any] = []
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    data: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
            continue
        if line == "" and data:
            with contextlib.suppress(ValueError):
                out.append(json.loads("\n".join(data)))
            data = []
        elif line.strip():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
    return out


def client_texts(blob: bytes) -> dict[tuple[Any, ...], str]:
    """The texts an OpenAI client assembles from a reply (JSON or SSE): content per choice
    index, arguments per (choice, tool call index), Responses deltas per (type, output
    index, content index)."""
    texts: dict[tuple[Any, ...], str] = {}

    def add(key: tuple[Any, ...], piece: Any) -> None:
        if isinstance(piece, str):
            texts[key] = texts.get(key, "") + piece

    for doc in _documents(blob):
        if not isinstance(doc, dict):
            continue
        for choice in doc.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            idx = choice.get("index")
            part = choice.get("delta") or choice.get("message") or {}
            if not isinstance(part, dict):
                continue
            add(("content", idx), part.get("content"))
            add(("text", idx), choice.get("text"))
            for call in part.get("tool_calls") or []:
                function = call.get("function") or {}
                add(("arguments", idx, call.get("index")), function.get("arguments"))
                add(("call", idx, call.get("index")), function.get("name"))
        kind = doc.get("type")
        if isinstance(kind, str) and kind.endswith(".delta"):
            add((kind, doc.get("output_index"), doc.get("content_index")), doc.get("delta"))
    return texts


def probe(fake: Upstream, url: str, name: str, *, by_index: bool = False,
          expect: tuple[str, ...] = (), args_json: bool = False, session: str | None = None,
          reach: tuple[str, ...] = (), **kw: Any) -> tuple[int | None, bytes]:
    """One probe through `probe_edge10.send`, with this script's extra checks (`reach`:
    texts that must reach the upstream as sent)."""
    kw.setdefault("check_upstream", NEEDLES)
    before = len(fake.requests)
    status, reply = p10.send(fake, url, name, session=session or _session(), **kw)
    with fake.lock:
        got = b"\n".join(fake.requests[before:])
    missing = [t for t in reach if t.encode() not in got and json.dumps(t)[1:-1].encode()
               not in got]
    if missing:
        RESULTS[-1] = (RESULTS[-1][0], False)
        print(f"FAIL  {name}: did not reach the upstream as sent: {missing}", flush=True)
    _extra(name, reply, by_index=by_index, expect=expect, args_json=args_json,
           forbid=kw.get("forbid_reply", {}))
    return status, reply


def _extra(name: str, reply: bytes, *, by_index: bool, expect: tuple[str, ...],
           args_json: bool, forbid: dict[str, str]) -> None:
    body = reply.split(b"\n\n", 1)[-1]
    texts = client_texts(body)
    joined = "\n".join(texts.values())
    problems = []
    if by_index:
        found = leaks(joined.encode(), {**FOREIGN, **forbid})
        if found:
            problems.append(f"client joins per index {found}")
        if p10.PLACEHOLDER_RE.search(joined.encode()):
            problems.append("client joins a placeholder unrestored")
    missing = [e for e in expect if e not in joined and e.encode() not in body]
    if missing:
        problems.append(f"not restored {missing}")
    if args_json:
        for key, text in texts.items():
            if key[0] == "arguments":
                try:
                    json.loads(text)
                except ValueError:
                    problems.append(f"arguments {key} not JSON: {text[:60]!r}")
    if problems:
        RESULTS[-1] = (RESULTS[-1][0], False)
        print(f"FAIL  {name}: {'; '.join(problems)}", flush=True)


def play(fake: Upstream, url: str, name: str, content_type: str | None,
         chunks: list[bytes | float], *, status: int = 200,
         headers: list[tuple[str, str]] | None = None, path: str = "/v1/chat/completions",
         user: str = "hi", **checks: Any) -> None:
    fake.scripts[name] = (content_type, chunks, status, headers or [])
    probe(fake, url, f"reply: {name}", path=path, body={
        "model": f"script:{name}", "messages": [{"role": "user", "content": user}]}, **checks)


def chunk(idx: int, content: str | None = None, calls: list[Any] | None = None,
          finish: str | None = None) -> dict[str, Any]:
    delta: dict[str, Any] = {}
    if content is not None:
        delta["content"] = content
    if calls is not None:
        delta["tool_calls"] = calls
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1,
            "model": "m", "choices": [{"index": idx, "delta": delta,
                                       "finish_reason": finish}]}


def call_piece(index: int, arguments: str, first: bool = False) -> dict[str, Any]:
    item: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
    if first:
        item.update({"id": f"call_{index}", "type": "function"})
        item["function"]["name"] = "send"
    return item


# -- replies: several choices and tool calls --------------------------------------------

def choice_probes(fake: Upstream, url: str) -> None:
    parts = split(FOREIGN_DETAILS, 6)
    other = split("Sure, here is the summary you asked for, nothing more.", 6)
    events: list[Any] = []
    for i in range(max(len(parts), len(other))):
        if i < len(parts):
            events.append(chunk(0, parts[i]))
        if i < len(other):
            events.append(chunk(1, other[i]))
    events += [chunk(0, finish="stop"), chunk(1, finish="stop")]
    play(fake, url, "n=2 SSE, choices interleaved, foreign values in choice 0",
         "text/event-stream", [*sse(events), b"data: [DONE]\n\n"], by_index=True)
    events = []
    for i in range(max(len(parts), len(other))):
        if i < len(other):
            events.append(chunk(0, other[i]))
        if i < len(parts):
            events.append(chunk(1, parts[i]))
    play(fake, url, "n=2 SSE, choices interleaved, foreign values in choice 1",
         "text/event-stream", [*sse(events), b"data: [DONE]\n\n"], by_index=True)
    three = [chunk(i % 3, p) for p in parts for i in range(3)]
    play(fake, url, "n=3 SSE, the same foreign text in every choice, interleaved",
         "text/event-stream", [*sse(three), b"data: [DONE]\n\n"], by_index=True)
    # an own placeholder split over interleaved choices: the client must read its value
    pieces = ["Your mail is <EMAIL", "_ADDRESS", "_1> as", " given."]
    events = []
    for p in pieces:
        events += [chunk(0, p), chunk(1, "ok ")]
    play(fake, url, "n=2 SSE, own placeholder split in choice 0, choice 1 between",
         "text/event-stream", [*sse(events), b"data: [DONE]\n\n"], by_index=True,
         user=f"my mail is {EMAIL}", expect=(f"Your mail is {EMAIL} as given.",))
    # parallel tool calls: two calls' arguments interleaved in one choice
    a0 = json.dumps({"to": F_EMAIL, "note": "x"})
    a1 = json.dumps({"city": "Lisbon", "days": 3})
    s0, s1 = split(a0, 5), split(a1, 5)
    events = [chunk(0, calls=[call_piece(0, "", True)]), chunk(0, calls=[call_piece(1, "", True)])]
    for i in range(max(len(s0), len(s1))):
        if i < len(s0):
            events.append(chunk(0, calls=[call_piece(0, s0[i])]))
        if i < len(s1):
            events.append(chunk(0, calls=[call_piece(1, s1[i])]))
    events.append(chunk(0, finish="tool_calls"))
    play(fake, url, "parallel tool calls, arguments interleaved, foreign e-mail in call 0",
         "text/event-stream", [*sse(events), b"data: [DONE]\n\n"], by_index=True,
         args_json=True)
    # own placeholder in one call's arguments, interleaved with another call
    b0 = split(json.dumps({"to": "<EMAIL_ADDRESS_1>", "password": "<CREDENTIAL_1>"}), 4)
    events = [chunk(0, calls=[call_piece(0, "", True)]), chunk(0, calls=[call_piece(1, "", True)])]
    for i in range(max(len(b0), len(s1))):
        if i < len(b0):
            events.append(chunk(0, calls=[call_piece(0, b0[i])]))
        if i < len(s1):
            events.append(chunk(0, calls=[call_piece(1, s1[i])]))
    play(fake, url, "parallel tool calls, own placeholders in call 0's arguments",
         "text/event-stream", [*sse(events), b"data: [DONE]\n\n"], by_index=True,
         args_json=True, user=f"send it to {EMAIL}, my password is {PASSWORD}",
         expect=(EMAIL, PASSWORD))
    # a JSON reply with two choices and tool calls holding own placeholders
    reply = {"id": "c", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Mail <EMAIL_ADDRESS_1>"}},
        {"index": 1, "message": {"role": "assistant", "content": None, "tool_calls": [
            {"id": "k", "type": "function", "function": {"name": "send", "arguments":
                json.dumps({"to": "<EMAIL_ADDRESS_1>", "card": "<CREDIT_CARD_1>"})}}]}}]}
    play(fake, url, "n=2 JSON reply, own placeholders in content and arguments",
         "application/json", [json.dumps(reply).encode()], by_index=True, args_json=True,
         user=f"mail {EMAIL} card {OWN['card']}", expect=(f"Mail {EMAIL}",))
    # Responses stream: two output items' text deltas interleaved
    rparts = split(FOREIGN_DETAILS, 6)
    revents: list[Any] = []
    for i, p in enumerate(rparts):
        revents.append({"type": "response.output_text.delta", "item_id": "m0",
                        "output_index": 0, "content_index": 0, "delta": p,
                        "sequence_number": 2 * i})
        revents.append({"type": "response.output_text.delta", "item_id": "m1",
                        "output_index": 1, "content_index": 0, "delta": "fine ",
                        "sequence_number": 2 * i + 1})
    play(fake, url, "Responses SSE, two output items interleaved", "text/event-stream",
         sse(revents), path="/v1/responses", by_index=True)
    rsum: list[Any] = []
    for p in rparts:
        rsum.append({"type": "response.reasoning_summary_text.delta", "item_id": "r",
                     "output_index": 0, "summary_index": 0, "delta": p})
        rsum.append({"type": "response.output_text.delta", "item_id": "m",
                     "output_index": 1, "content_index": 0, "delta": "x "})
    play(fake, url, "Responses SSE, reasoning summary and text interleaved",
         "text/event-stream", sse(rsum), path="/v1/responses", by_index=True)


# -- replies: stream ends and framings ---------------------------------------------------

def framing_probes(fake: Upstream, url: str) -> None:
    parts = split(FOREIGN_DETAILS, 6)
    deltas = [chunk(0, p) for p in parts]
    play(fake, url, "SSE data after [DONE]", "text/event-stream",
         [*sse([chunk(0, "hello")]), b"data: [DONE]\n\n", *sse(deltas)], by_index=True)
    play(fake, url, "SSE raw text after [DONE]", "text/event-stream",
         [*sse([chunk(0, "hello")]), b"data: [DONE]\n\n",
          f"data: {FOREIGN_DETAILS}\n\n".encode()])
    usage = {"id": "c", "object": "chat.completion.chunk", "choices": [],
             "usage": {"prompt_tokens": 3, "completion_tokens": 9, "total_tokens": 12}}
    play(fake, url, "include_usage: a value at the end, then the usage chunk",
         "text/event-stream", [*sse([*deltas, usage]), b"data: [DONE]\n\n"], by_index=True)
    play(fake, url, "SSE with CR-only line ends", "text/event-stream",
         [b"".join(s.replace(b"\n", b"\r") for s in sse(deltas) if isinstance(s, bytes))],
         by_index=True)
    play(fake, url, "SSE with a BOM before the first event", "text/event-stream",
         [b"\xef\xbb\xbf" + b"".join(s for s in sse(deltas) if isinstance(s, bytes))],
         by_index=True)
    play(fake, url, "SSE comment lines holding values", "text/event-stream",
         [f": {FOREIGN_DETAILS}\n\n".encode(), *sse([chunk(0, "ok")])])
    play(fake, url, "SSE error event with plain text data", "text/event-stream",
         [*sse([chunk(0, "ok")]), f"event: error\ndata: failed for {F_EMAIL}\n\n".encode()])
    multi = json.dumps(chunk(0, FOREIGN_DETAILS), indent=1).split("\n")
    play(fake, url, "SSE one event's JSON over several data lines", "text/event-stream",
         ["".join(f"data: {line}\n" for line in multi).encode() + b"\n",
          b"data: [DONE]\n\n"], by_index=True)
    half = json.dumps(chunk(0, FOREIGN_DETAILS))
    play(fake, url, "SSE data line split inside the JSON over two data: lines",
         "text/event-stream", [f"data: {half[:40]}\ndata: {half[40:]}\n\n".encode()],
         by_index=True)
    play(fake, url, "SSE last event not ended (EOF right after its data line)",
         "text/event-stream", [*sse([chunk(0, "ok")]),
                               f"data: {json.dumps(chunk(0, FOREIGN_DETAILS))}".encode()])
    play(fake, url, "SSE last event cut before its line end, value split over events",
         "text/event-stream", [*sse(deltas[:-1]),
                               f"data: {json.dumps(deltas[-1])}".encode()], by_index=True)
    play(fake, url, "NDJSON last line without a newline", "application/x-ndjson",
         [json.dumps({"message": {"content": "ok"}}).encode() + b"\n",
          json.dumps({"message": {"content": FOREIGN_DETAILS}}).encode()])
    play(fake, url, "JSON reply followed by plain text", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {"content": "ok"}}]}).encode()
          + f" trailing {FOREIGN_DETAILS}".encode()], json_check=False)
    play(fake, url, "SSE event name holding a foreign e-mail", "text/event-stream",
         [f"event: {F_EMAIL}\ndata: {json.dumps(chunk(0, 'ok'))}\n\n".encode()])
    stream = b"".join(s for s in sse(deltas) if isinstance(s, bytes)) + b"data: [DONE]\n\n"
    packed = gzip.compress(stream)
    play(fake, url, "gzip-encoded SSE in small chunks", "text/event-stream",
         [packed[i:i + 16] for i in range(0, len(packed), 16)],
         headers=[("content-encoding", "gzip")], by_index=True, statuses=(200, 502))
    packed = brotli.compress(stream)
    play(fake, url, "br-encoded SSE in small chunks", "text/event-stream",
         [packed[i:i + 16] for i in range(0, len(packed), 16)],
         headers=[("content-encoding", "br")], by_index=True, statuses=(200, 502))
    play(fake, url, "JSON reply in UTF-16 with its charset", "application/json; charset=utf-16",
         [json.dumps({"choices": [{"index": 0, "message": {"content": FOREIGN_DETAILS}}]})
          .encode("utf-16")], statuses=(200, 502))


# -- replies: foreign values in ids, names and keys -------------------------------------

def field_probes(fake: Upstream, url: str) -> None:
    ids = {"id": F_EMAIL, "object": "chat.completion", "model": f"m-{F_EMAIL}",
           "system_fingerprint": FOREIGN["f_iban"], "choices": [
               {"index": 0, "finish_reason": "stop", "message": {
                   "role": "assistant", "content": "ok", "tool_calls": [
                       {"id": FOREIGN["f_card"].replace(" ", ""), "type": "function",
                        "function": {"name": F_EMAIL.replace("@", "_at_"), "arguments": "{}"}}]}}]}
    play(fake, url, "JSON reply: foreign values in id, model, fingerprint, call id",
         "application/json", [json.dumps(ids).encode()])
    play(fake, url, "JSON reply: a foreign e-mail and card as object keys", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {"content": "ok"}}],
                      "meta": {F_EMAIL: 1, FOREIGN["f_card"]: {"x": 1}}}).encode()])
    events = [{**chunk(0, "ok"), "id": F_EMAIL, "model": FOREIGN["f_iban"]}]
    play(fake, url, "SSE chunks: foreign values in id and model", "text/event-stream",
         [*sse(events * 3), b"data: [DONE]\n\n"])
    # `seed` is documented as protocol (README, "The boundary"): this row shows the choice
    play(fake, url, "JSON reply: a card as a number under seed (documented protocol)",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "content": "ok"}}], "seed": 5500000000000004}).encode()])
    play(fake, url, "JSON reply: a card as a number under usage.total_tokens",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "content": "ok"}}], "usage": {"total_tokens": 5500000000000004}}).encode()])
    play(fake, url, "JSON reply: own placeholder as an object key", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {"content": "ok"}}],
                      "meta": {"<EMAIL_ADDRESS_1>": 1}}).encode()],
         user=f"mail {EMAIL}", expect=(EMAIL,))


# -- requests: passwords and names in fields not probed before ----------------------------

def request_probes(fake: Upstream, url: str) -> None:
    def chat(content: str, **extra: Any) -> dict[str, Any]:
        return {"model": "echo", "messages": [{"role": "user", "content": content}], **extra}

    probe(fake, url, "request: every needle in one user message", body=chat(TEXT))
    probe(fake, url, "request: chat participant name is the user's name",
          body={"model": "echo", "messages": [
              {"role": "user", "name": NAME.replace(" ", "_"), "content": "hi"}]},
          check_upstream={**NEEDLES, "joined": NAME.replace(" ", "_")})
    probe(fake, url, "request: user, safety_identifier and prompt_cache_key hold values",
          body=chat("hi", user=EMAIL, safety_identifier=NAME.replace(" ", "_"),
                    prompt_cache_key=f"cache-{EMAIL}"),
          check_upstream={**NEEDLES, "joined": NAME.replace(" ", "_")})
    probe(fake, url, "request: tool_choice names a function after an e-mail",
          body=chat("hi", tools=[{"type": "function", "function": {
              "name": "notify", "description": f"notify {NAME} at {EMAIL}",
              "parameters": {"type": "object", "properties": {"password": {
                  "type": "string", "const": PASSWORD}}}}}],
              tool_choice={"type": "function", "function": {"name": EMAIL}}))
    probe(fake, url, "request: a password with a quote and a backslash",
          body=chat('my password is p4"ss\\w0rd!Zq9'),
          check_upstream={**NEEDLES, "pw_head": 'p4\\"ss\\\\w0rd', "pw": 'p4"ss\\w0rd!Zq9'})
    probe(fake, url, "request: a password in tool arguments and a tool result",
          body={"model": "echo", "messages": [
              {"role": "user", "content": "log me in"},
              {"role": "assistant", "content": None, "tool_calls": [
                  {"id": "c", "type": "function", "function": {
                      "name": "login", "arguments": json.dumps({"user": EMAIL,
                                                                "password": PASSWORD})}}]},
              {"role": "tool", "tool_call_id": "c",
               "content": json.dumps({"ok": True, "pwd": PASSWORD})}]})
    probe(fake, url, "request: a password in the query and an x-stainless header",
          path=f"/v1/chat/completions?password={quote(PASSWORD)}", body=chat("hi"),
          headers={"x-stainless-note": f"password={PASSWORD}"})
    probe(fake, url, "request: Responses prompt variables", path="/v1/responses",
          body={"model": "echo", "prompt": {"id": "pmpt_1", "version": "2", "variables": {
              "customer_name": NAME, "customer_email": EMAIL, "account_number": "12345678",
              "password": PASSWORD}}})
    probe(fake, url, "request: Responses input_file file_url and item_reference",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "message", "role": "user", "content": [
                  {"type": "input_file", "file_url": f"https://files.example/{EMAIL}/cv.pdf"},
                  {"type": "input_text", "text": f"{NAME} here"}]},
              {"type": "item_reference", "id": EMAIL}]})
    probe(fake, url, "request: Responses computer_call_output safety check message",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "computer_call_output", "call_id": "c1", "output": {
                  "type": "computer_screenshot", "image_url": "https://x.example/s.png"},
               "acknowledged_safety_checks": [{"id": "sc", "code": "pii",
                                               "message": f"shows {EMAIL} and {OWN['card']}"}]}]})
    probe(fake, url, "request: completions prompt mixing text and token ids",
          path="/v1/completions", body={"model": "c", "prompt": [TEXT, [101, 2023, 102]]},
          statuses=(200, 415))
    probe(fake, url, "request: a password as an object key of an unknown field",
          body=chat("hi", extra={PASSWORD: True, "pin": {EMAIL: 1}}))
    probe(fake, url, "request: web_search user_location and metadata",
          body=chat("weather?", web_search_options={"user_location": {
              "type": "approximate", "approximate": {"city": "Krakow", "region": EMAIL}}},
              metadata={"password": PASSWORD}))
    # look-alike: protocol values of these fields pass as sent
    probe(fake, url, "request look-alike: ids, cache key and tool choice pass",
          body=chat("what is 2+2?", user="user-7f3a", prompt_cache_key="support-v2",
                    tool_choice={"type": "function", "function": {"name": "get_weather"}}),
          reach=("user-7f3a", "support-v2", "get_weather", "what is 2+2?"))


# -- HTTP framing on a raw socket --------------------------------------------------------

def raw_exchange(url: str, data: bytes, *, pause_after_head: bool = False,
                 timeout: float = 8.0) -> bytes:
    """Send `data` on a fresh TCP connection and read until the server closes it or
    `timeout` passes; with `pause_after_head`, the head is sent first and the body after
    the server's `100 Continue` (or a second)."""
    parts = urlsplit(url)
    out = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        if pause_after_head:
            head, body = data.split(b"\r\n\r\n", 1)
            sock.sendall(head + b"\r\n\r\n")
            sock.settimeout(1.0)
            with contextlib.suppress(TimeoutError):
                out += sock.recv(65536)
            sock.settimeout(timeout)
            sock.sendall(body)
        else:
            sock.sendall(data)
        try:
            while True:
                got = sock.recv(65536)
                if not got:
                    break
                out += got
        except TimeoutError:
            pass
    return out


def raw_probe(fake: Upstream, url: str, name: str, data: bytes, *,
              statuses: tuple[int, ...] = (), pause_after_head: bool = False,
              forbid_reply: dict[str, str] | None = None, own_in_reply: bool = True) -> bytes:
    before = len(fake.requests)
    try:
        reply = raw_exchange(url, data, pause_after_head=pause_after_head)
    except OSError as exc:
        reply = repr(exc).encode()
    with fake.lock:
        upstream = b"\n".join(fake.requests[before:])
    status = None
    first = reply.split(b"\r\n", 1)[0].split()
    if len(first) >= 2 and first[1].isdigit():
        status = int(first[1])
    if status == 100:
        rest = reply.split(b"\r\n\r\n", 1)[-1].split(b"\r\n", 1)[0].split()
        status = int(rest[1]) if len(rest) >= 2 and rest[1].isdigit() else None
    p10.verdict(f"http: {name}", status, upstream, reply.replace(b"\r\n\r\n", b"\n\n", 1),
                check_upstream=NEEDLES, statuses=statuses, forbid_reply=forbid_reply,
                own_in_reply=own_in_reply, json_check=False)
    return reply


def http_probes(fake: Upstream, url: str) -> None:
    host = urlsplit(url).netloc
    body = json.dumps({"model": "echo", "messages": [{"role": "user", "content": TEXT}]}).encode()

    def head(method: str = "POST", target: str = "/v1/chat/completions",
             version: str = "HTTP/1.1", extra: str = "", length: bool = True) -> bytes:
        lines = [f"{method} {target} {version}", f"Host: {host}",
                 "Content-Type: application/json", f"X-Session-Id: {_session()}",
                 "Connection: close"]
        if length:
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + ("\r\n" + extra if extra else "") + "\r\n\r\n").encode()

    ok = (200,)
    raw_probe(fake, url, "HTTP/1.0 POST with a length", head(version="HTTP/1.0") + body,
              statuses=ok)
    raw_probe(fake, url, "HTTP/1.0 POST without a length, closed after the body",
              head(version="HTTP/1.0", length=False) + body, statuses=(200, 400, 411))
    raw_probe(fake, url, "Expect: 100-continue", head(extra="Expect: 100-continue") + body,
              pause_after_head=True, statuses=ok)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 50]), body[i:i + 50])
                       for i in range(0, len(body), 50))
    trailer = f"X-Note: {EMAIL}\r\nX-Card: {OWN['card']}\r\n".encode()
    raw_probe(fake, url, "chunked with trailers holding values",
              head(length=False, extra="Transfer-Encoding: chunked\r\nTrailer: X-Note, X-Card")
              + chunked + b"0\r\n" + trailer + b"\r\n", statuses=(200, 400))
    raw_probe(fake, url, "Content-Length and Transfer-Encoding both",
              head(extra="Transfer-Encoding: chunked") + chunked + b"0\r\n\r\n",
              statuses=(200, 400))
    raw_probe(fake, url, "two different Content-Length headers",
              head(extra=f"Content-Length: {len(body) - 40}") + body, statuses=(400,))
    raw_probe(fake, url, "absolute-form target with an e-mail in the query",
              head(target=f"http://{host}/v1/chat/completions?who={quote(EMAIL)}") + body,
              statuses=(200, 400, 404))
    raw_probe(fake, url, "lowercase method 'post'", head(method="post") + body,
              statuses=(200, 400, 404, 405))
    raw_probe(fake, url, "Upgrade: h2c with a body",
              head(extra="Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA") + body,
              statuses=(200, 400))
    raw_probe(fake, url, "UTF-8 bytes in a forwarded header value with an e-mail",
              head(extra=f"X-Stainless-Note: Grüße {NAME} {EMAIL}") + body,
              statuses=(200, 400))
    raw_probe(fake, url, "a name in a forwarded header value (ASCII)",
              head(extra=f"X-Stainless-Note: for {NAME}") + body, statuses=(200,))
    raw_probe(fake, url, "obs-fold header continuation holding an e-mail",
              head(extra=f"X-Stainless-Note: hello\r\n {EMAIL}") + body, statuses=(200, 400))
    # two requests pipelined on one connection: the second names no session and its
    # upstream reply carries the first one's placeholder
    fake.scripts["inject"] = ("application/json", [json.dumps({"choices": [{"index": 0,
        "message": {"content": "was it <EMAIL_ADDRESS_1> and <CREDENTIAL_1>?"}}]}).encode()],
        200, [])
    second = json.dumps({"model": "script:inject", "messages": [
        {"role": "user", "content": "hi"}]}).encode()
    first = head().replace(b"Connection: close", b"Connection: keep-alive") + body
    then = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nContent-Type: "
            f"application/json\r\nContent-Length: {len(second)}\r\nConnection: close\r\n\r\n"
            ).encode() + second
    reply = raw_probe(fake, url, "pipelined: a second request without a session",
                      first + then, statuses=ok, own_in_reply=False)
    tail = reply.split(b"HTTP/1.1", 2)[-1]
    if leaks(tail, {"email": EMAIL, "password": PASSWORD}):
        RESULTS[-1] = (RESULTS[-1][0], False)
        print("FAIL  http: pipelined: the second request got the first one's values",
              flush=True)


def keepalive_probes(fake: Upstream, url: str) -> None:
    """Sessions over one kept-alive connection (httpx.Client reuses it)."""
    with httpx.Client(base_url=url, timeout=30) as client:
        r1 = client.post("/v1/chat/completions", headers={"x-session-id": "edge14-ka"},
                         json={"model": "echo", "messages": [{"role": "user", "content": TEXT}]})
        r2 = client.post("/v1/chat/completions", json={"model": "script:inject", "messages": [
            {"role": "user", "content": "hi"}]})
        r3 = client.post("/v1/chat/completions", headers={"x-session-id": "edge14-ka-other"},
                         json={"model": "script:inject", "messages": [
                             {"role": "user", "content": "hi"}]})
    for name, r in (("no session", r2), ("another session", r3)):
        found = leaks(r.content, {"email": EMAIL, "password": PASSWORD})
        ok = r1.status_code == 200 and r.status_code == 200 and not found
        RESULTS.append((f"keep-alive: {name} after session A on one connection", ok))
        print(f"{'pass' if ok else 'FAIL'}  keep-alive: {name} after session A: "
              f"status={r.status_code} got {found} | {r.content[:90]!r}", flush=True)


# -- middleware (real uvicorn) -----------------------------------------------------------

async def middleware_probes() -> None:
    import websockets

    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        scope = request.scope
        head = (f"{request.method} path={scope['path']} raw_path="
                f"{scope.get('raw_path', b'').decode('latin-1')} root={scope.get('root_path')}"
                f" query={scope['query_string'].decode('latin-1')}\n").encode()
        head += b"\n".join(k + b": " + v for k, v in scope["headers"])
        chunks: list[bytes] = []
        try:
            async for piece in request.stream():
                chunks.append(piece)
        except ClientDisconnect:
            chunks.append(b"<disconnect>")
        body = b"".join(chunks)
        seen.append(head + b"\n\n" + body)
        return JSONResponse({"got": body.decode("utf-8", "replace")})

    async def interleaved(request: Request) -> Response:
        parts = split(FOREIGN_DETAILS, 6)

        async def gen() -> Any:
            for p in parts:
                yield f"data: {json.dumps(chunk(0, p))}\n\n".encode()
                yield f"data: {json.dumps(chunk(1, 'fine '))}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream")

    async def socket_app(websocket: WebSocket) -> None:
        scope = websocket.scope
        seen.append(
            (f"WS path={scope['path']} raw_path={scope.get('raw_path', b'').decode('latin-1')}"
             f" query={scope['query_string'].decode('latin-1')} "
             f"subprotocols={scope.get('subprotocols')}\n").encode()
            + b"\n".join(k + b": " + v for k, v in scope["headers"]))
        mode = websocket.query_params.get("mode", "")
        if mode == "typed":  # a client typing into the socket: join its deltas
            await websocket.accept()
            joined = ""
            with contextlib.suppress(WebSocketDisconnect):
                while True:
                    frame = json.loads(await websocket.receive_text())
                    if frame.get("type") == "input.done":
                        break
                    joined += str(frame.get("delta", ""))
            seen.append(b"WS joined " + joined.encode())
            with contextlib.suppress(RuntimeError):
                await websocket.send_text(json.dumps({"type": "done", "echo": joined}))
            return
        if mode == "own":  # own placeholders in pieces under an unknown key
            await websocket.accept()
            await websocket.receive_text()
            for p in split("to <EMAIL_ADDRESS_1> ok", 4):
                await websocket.send_text(json.dumps({"type": "token", "value": p}))
            await websocket.send_text(json.dumps({"type": "done"}))
            with contextlib.suppress(WebSocketDisconnect):
                await websocket.receive_text()
            return
        if mode in ("pieces", "n2", "n1", "plain"):
            await websocket.accept()
            await websocket.receive_text()
            for p in split(FOREIGN_DETAILS, 5):
                if mode == "pieces":
                    await websocket.send_text(json.dumps({"type": "token", "value": p}))
                elif mode == "plain":
                    await websocket.send_text(p)
                else:
                    await websocket.send_text(json.dumps(chunk(0, p)))
                if mode == "n2":
                    await websocket.send_text(json.dumps(chunk(1, "fine ")))
            await websocket.send_text(json.dumps({"type": "done"}))
            with contextlib.suppress(WebSocketDisconnect):
                await websocket.receive_text()
            return
        if mode == "deny":
            await websocket.send_denial_response(JSONResponse(
                {"error": f"denied: {FOREIGN_DETAILS}"}, status_code=403))
            return
        await websocket.accept(subprotocol=(scope.get("subprotocols") or [None])[0],
                               headers=[(b"x-contact", F_EMAIL.encode())])
        try:
            text = await websocket.receive_text()
            seen.append(b"WS " + text.encode())
            if mode == "close":
                await websocket.close(code=1008, reason=f"bad {F_EMAIL}")
                return
            await websocket.send_text(json.dumps({"echo": text}))
            await websocket.receive_text()
        except WebSocketDisconnect:
            return

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    inner = Starlette(routes=[Route("/chat/in/{rest:path}", record, methods=methods),
                              Route("/chat/n2", interleaved, methods=["POST"]),
                              WebSocketRoute("/ws/s", socket_app)])
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    guarded = PiiGuardMiddleware(inner, guard=Guard(config, detector=p10.detector()))

    def mw_verdict(name: str, status: int | None, got: bytes, reply: bytes,
                   reply_type: str = "", **kw: Any) -> None:
        p10.verdict(f"middleware: {name}", status, got, reply, reply_type=reply_type,
                    check_upstream=NEEDLES, **kw)

    with serve(guarded) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30,
                                     headers={"x-session-id": "mw14"}) as c:
            async def send(name: str, method: str, path: str, **kw: Any) -> httpx.Response | None:
                before = len(seen)
                statuses = kw.pop("statuses", ())
                try:
                    r = await c.request(method, path, **kw)
                except Exception as exc:
                    mw_verdict(name, None, b"\n".join(seen[before:]), repr(exc).encode())
                    return None
                reply = "\n".join(f"{k}: {v}" for k, v in r.headers.multi_items()).encode()
                mw_verdict(name, r.status_code, b"\n".join(seen[before:]),
                           reply + b"\n\n" + r.content,
                           reply_type=r.headers.get("content-type", ""), statuses=statuses)
                return r

            await send("raw_path and query of a path with an e-mail", "GET",
                       f"/chat/in/users/{quote(EMAIL)}?pw={quote(PASSWORD)}&n={quote(NAME)}")
            await send("raw_path with a card and an encoded slash", "DELETE",
                       "/chat/in/cards/4111%201111%201111%201111%2Fx")
            body = json.dumps({"messages": [{"role": "user", "content": TEXT}]}).encode()
            await send("Content-Type twice (text/plain, then JSON)", "POST", "/chat/in/x",
                       content=body, headers=[("content-type", "text/plain"),
                                              ("content-type", "application/json")])
            await send("Content-Type twice (JSON, then form)", "POST", "/chat/in/x",
                       content=body, headers=[("content-type", "application/json"), (
                           "content-type", "application/x-www-form-urlencoded")])
            await send("Content-Encoding twice (identity, then gzip), gzip body", "POST",
                       "/chat/in/x", content=gzip.compress(body), headers=[
                           ("content-type", "application/json"),
                           ("content-encoding", "identity"), ("content-encoding", "gzip")])
            await send("Content-Encoding twice (gzip, then identity), plain body", "POST",
                       "/chat/in/x", content=body, headers=[
                           ("content-type", "application/json"),
                           ("content-encoding", "gzip"), ("content-encoding", "identity")])
            r = await send("a restored reply longer than the app's Content-Length", "POST",
                           "/chat/in/echo", json={"q": TEXT}, statuses=(200,))
            if r is not None and EMAIL not in r.text:
                RESULTS[-1] = (RESULTS[-1][0], False)
                print("FAIL  middleware: restored reply does not hold the user's e-mail")

            async def one_byte() -> Any:
                for i in range(len(body)):
                    yield body[i:i + 1]

            await send("body in one-byte chunks (chunked)", "POST", "/chat/in/x",
                       content=one_byte(), headers={"content-type": "application/json"})
            before = len(seen)
            r2 = await c.post("/chat/n2", json={"q": "hi"})
            mw_verdict("n=2 SSE, choices interleaved", r2.status_code, b"", r2.content,
                       reply_type=r2.headers.get("content-type", ""))
            _extra("middleware: n=2 SSE, choices interleaved", r2.content, by_index=True,
                   expect=(), args_json=False, forbid={})

        # a client gone mid-body: the app must not get the raw first half
        before = len(seen)
        half = body[: body.index(b"phone") + 12]
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": "POST", "scheme": "http", "path": "/chat/in/x",
                 "raw_path": b"/chat/in/x", "query_string": b"", "root_path": "",
                 "headers": [(b"content-type", b"application/json"),
                             (b"x-session-id", b"mw14-gone"), (b"host", b"t")],
                 "client": ("127.0.0.1", 1), "server": ("t", 80)}
        messages = [{"type": "http.request", "body": half, "more_body": True},
                    {"type": "http.disconnect"}]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            if messages:
                return messages.pop(0)
            await asyncio.sleep(3600)
            return {"type": "http.disconnect"}

        async def send_msg(message: dict[str, Any]) -> None:
            sent.append(message)

        try:
            await asyncio.wait_for(guarded(scope, receive, send_msg), 20)
            status = next((m["status"] for m in sent if m["type"] == "http.response.start"),
                          0)
            reply = b"".join(m.get("body", b"") for m in sent)
        except Exception as exc:  # an exception on a client that left is expected
            status, reply = 499, repr(exc).encode()
        mw_verdict("client gone mid-body", status, b"\n".join(seen[before:]), reply,
                   statuses=(0, 400, 499))

        ws = url.replace("http", "ws")

        async def ws_probe(name: str, path: str, *, subprotocols: list[str] | None = None,
                           send_text: str = "hi") -> None:
            before = len(seen)
            reply = b""
            status: int | None = 101
            try:
                async with websockets.connect(
                        ws + path, subprotocols=subprotocols,  # type: ignore[arg-type]
                        additional_headers={"x-session-id": "mw14ws"}) as conn:
                    reply += "\n".join(f"{k}: {v}" for k, v in
                                       conn.response.headers.raw_items()).encode() + b"\n\n"
                    await conn.send(send_text)
                    try:
                        reply += (await asyncio.wait_for(conn.recv(), 10)).encode()
                    except websockets.exceptions.ConnectionClosed as exc:
                        reply += f"closed {exc.rcvd.code if exc.rcvd else None} " \
                                 f"{exc.rcvd.reason if exc.rcvd else ''}".encode()
            except websockets.exceptions.InvalidStatus as exc:
                status = exc.response.status_code
                reply = (exc.response.body or b"")
            except Exception as exc:
                status, reply = None, repr(exc).encode()
            mw_verdict(name, status, b"\n".join(seen[before:]), reply, json_check=False,
                       own_in_reply=False)

        await ws_probe("WebSocket query and path holding values",
                       f"/ws/s?email={quote(EMAIL)}&pw={quote(PASSWORD)}")
        await ws_probe("WebSocket plain text frame with every needle", "/ws/s",
                       send_text=TEXT)
        async def ws_frames(name: str, mode: str) -> None:
            before = len(seen)
            frames: list[bytes] = []
            status: int | None = 101
            try:
                async with websockets.connect(
                        ws + f"/ws/s?mode={mode}",
                        additional_headers={"x-session-id": "mw14ws"}) as conn:
                    await conn.send("go")
                    while True:
                        got = await asyncio.wait_for(conn.recv(), 10)
                        frames.append(got.encode() if isinstance(got, str) else got)
                        if b'"done"' in frames[-1]:
                            break
            except Exception as exc:
                status, frames = None, [repr(exc).encode()]
            reply = b"\n".join(b"data: " + f + b"\n" for f in frames)
            mw_verdict(name, status, b"\n".join(seen[before:]), reply, json_check=False)
            _extra(f"middleware: {name}", reply, by_index=True, expect=(), args_json=False,
                   forbid={})

        await ws_frames("WebSocket frames: chat chunk deltas, one choice", "n1")
        await ws_frames("WebSocket frames: chat chunk deltas, n=2 interleaved", "n2")
        await ws_frames("WebSocket frames: pieces under an unknown key", "pieces")
        # added in phase 2 (seen in the source): tokens streamed as plain-text frames
        await ws_frames("WebSocket frames: plain-text pieces (tokens as they come)", "plain")
        # the user's values typed over several frames (request direction)
        before = len(seen)
        status = 101
        reply = b""
        try:
            async with websockets.connect(ws + "/ws/s?mode=typed",
                                          additional_headers={"x-session-id": "mw14typed"}) as conn:
                for p in split(TEXT, 7):
                    await conn.send(json.dumps({"type": "input.delta", "delta": p}))
                await conn.send(json.dumps({"type": "input.done"}))
                reply = (await asyncio.wait_for(conn.recv(), 10)).encode()
        except Exception as exc:
            status, reply = None, repr(exc).encode()  # type: ignore[assignment]
        mw_verdict("WebSocket frames: the user's values typed over frames", status,
                   b"\n".join(seen[before:]), reply, json_check=False, own_in_reply=False)
        # own placeholder pieces under an unknown key: the client reads its own e-mail
        before = len(seen)
        frames: list[bytes] = []
        try:
            async with websockets.connect(ws + "/ws/s?mode=own",
                                          additional_headers={"x-session-id": "mw14own"}) as conn:
                await conn.send(json.dumps({"content": f"mail {EMAIL}"}))
                while True:
                    got = await asyncio.wait_for(conn.recv(), 10)
                    frames.append(got.encode() if isinstance(got, str) else got)
                    if b'"done"' in frames[-1]:
                        break
        except Exception as exc:
            frames = [repr(exc).encode()]
        values = "".join(json.loads(f).get("value", "") for f in frames if f.startswith(b"{"))
        ok = f"to {EMAIL} ok" in values
        RESULTS.append(("middleware: WebSocket frames: own placeholder over unknown-key pieces",
                        ok))
        print(f"{'pass' if ok else 'FAIL'}  middleware: WebSocket frames: own placeholder over "
              f"unknown-key pieces: the client joins {values!r}", flush=True)
        await ws_probe("WebSocket subprotocol holding a card", "/ws/s",
                       subprotocols=["chat.4111111111111111", "v1"])
        # added after the first run: the same card after a dash (the patterns read
        # "chat.4111..." as no card until the lead's credit_card change after edge14;
        # see the section edge14 of RESULTS.md)
        await ws_probe("WebSocket subprotocol holding a card after a dash", "/ws/s",
                       subprotocols=["card-4111111111111111", "v1"])
        await ws_probe("WebSocket accept headers with a foreign e-mail", "/ws/s")
        await ws_probe("WebSocket close reason with a foreign e-mail", "/ws/s?mode=close")
        await ws_probe("WebSocket denial response with foreign values", "/ws/s?mode=deny")


def main() -> None:
    recorder = recording_logs()
    with proxy_stack() as (fake, url):
        choice_probes(fake, url)
        framing_probes(fake, url)
        field_probes(fake, url)
        request_probes(fake, url)
        http_probes(fake, url)
        keepalive_probes(fake, url)
        metrics = httpx.get(url + "/metrics", timeout=30).content
        found = leaks(metrics, {**ALL_VALUES, "password": PASSWORD, "name": NAME})
        RESULTS.append(("metrics page holds no value", not found))
        print(f"{'FAIL' if found else 'pass'}  metrics page holds no value: {found}")
    asyncio.run(middleware_probes())
    text = "\n".join(recorder.lines).encode()
    found = leaks(text, {**ALL_VALUES, "password": PASSWORD, "name": NAME})
    RESULTS.append(("logs hold no value", not found))
    print(f"{'FAIL' if found else 'pass'}  logs hold no value: {found} "
          f"({len(recorder.lines)} records)")
    for line in recorder.lines if found else []:
        if leaks(line.encode(), {**ALL_VALUES, "password": PASSWORD, "name": NAME}):
            print("   ", line[:300])
    print_tally(RESULTS)


if __name__ == "__main__":
    main()
