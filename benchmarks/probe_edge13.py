"""Black-box probes of the boundary, edge13: shapes `probe_edge9.py`, `probe_edge10.py`
and `probe_edge12.py` did not send.

A real proxy (uvicorn) in front of the recording upstream of `probe_edge10.py`, a second
proxy whose header allowlist lets custom headers, cookies and `Referer` through, and the
ASGI middleware around a recording Starlette app (`httpx.ASGITransport`). Each probe is
pass/fail with the checks of `probe_edge10.verdict` (the user's values never reach the
upstream raw, in any of `probe_edge9.forms`; no foreign value reaches the client, also
joined over events, lines and items; no crash; a refusal echoes nothing) plus, where a
probe names them:

- `inner`: every string the upstream got (and the client got back) that is itself JSON
  is decoded, as often as it decodes (JSON in a string in a string), and searched again:
  a `\\u0040` inside a tool call's `arguments` is an `@` to whoever parses them;
- `reach`: texts that must reach the upstream as they were sent (precision: the guard
  masks nothing that is not personal, a look-alike passes);
- `unquoted`: the path and query the upstream got, percent-decoded once and twice (and
  `+` read as a space), are searched too.

Groups: methods with bodies and PII in paths and queries (encoded once, twice, `+`),
forms, codings and charsets not sent before, JSON text inside strings (tool calls, both
ways), OpenAI endpoints beyond chat, headers (custom, cookies, `Referer`, `baggage`),
values split over a system/developer/tool message and the user's next turn, replies whose
stream pieces sit under keys no known stream uses, error bodies, redirects, HTML and
plain text in chunks. At the end every log record of the run (all at DEBUG) and
`/metrics` are searched for every value.

    PYTHONPATH=<tree> python benchmarks/probe_edge13.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py`,
`benchmarks/probe_edge9.py`, `probe_edge10.py` and `probe_edge12.py` from its own checkout.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import sys
import zlib
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import brotli
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_edge10 as p10
import probe_edge12
from probe_edge9 import DETAILS, FOREIGN, FOREIGN_DETAILS, KEYED, OWN, chat, leaks, split
from probe_edge10 import Upstream, proxy_stack, recording_logs
from probe_edge12 import json_strings, sse
from probe_harness import print_tally
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

RESULTS = p10.RESULTS
VALUES = {**OWN, **KEYED}
EMAIL = OWN["email"]
F_EMAIL = FOREIGN["f_email"]




def inner_texts(blob: bytes) -> bytes:
    """Every string of every JSON document in `blob` (a body, SSE data lines, NDJSON
    lines) that is itself JSON, decoded (up to four times), its strings joined."""
    text = blob.decode("utf-8", "replace")
    documents: list[Any] = []
    for part in [text, *text.splitlines()]:
        part = part[5:].strip() if part.startswith("data:") else part
        try:
            documents.append(json.loads(part))
        except ValueError:
            continue
    out: list[str] = []
    todo = [s for d in documents for s in json_strings(d)]
    for _ in range(4):
        nxt: list[str] = []
        for s in todo:
            try:
                inner = json.loads(s)
            except ValueError:
                continue
            strings = json_strings(inner)
            out.extend(strings)
            out.append("".join(strings))
            nxt.extend(strings)
        todo = nxt
    return "\n".join(out).encode()


def _heads(requests: list[bytes]) -> bytes:
    """The request lines and headers the upstream got, percent-decoded once and twice."""
    out = []
    for request in requests:
        head = request.split(b"\n\n", 1)[0].decode("latin-1")
        out += [unquote(head), unquote(unquote(head)), unquote_plus(head),
                unquote_plus(unquote_plus(head))]
    return "\n".join(out).encode("utf-8", "replace")


def probe(fake: Upstream, url: str, name: str, *, inner: bool = False,
          reach: tuple[str, ...] = (), reach_reply: dict[str, int] | None = None,
          unquoted: bool = False, **kw: Any) -> None:
    """One probe through `probe_edge10.send`, with this script's extra checks."""
    before = len(fake.requests)
    _, reply = p10.send(fake, url, name, session="edge13", **kw)
    with fake.lock:
        got = fake.requests[before:]
    problems = []
    values = kw.get("check_upstream", VALUES)
    if inner:
        found = leaks(b"\n".join(inner_texts(r.split(b"\n\n", 1)[-1]) for r in got), values)
        if found:
            problems.append(f"upstream got in JSON text {found}")
        back = leaks(inner_texts(reply.split(b"\n\n", 1)[-1]), {**FOREIGN,
                                                                **kw.get("forbid_reply", {})})
        if back:
            problems.append(f"client got in JSON text {back}")
    if unquoted:
        found = leaks(_heads(got), values)
        if found:
            problems.append(f"upstream got in the decoded URL/headers {found}")
    missing = [t for t in reach if not any(t.encode() in r for r in got)]
    if missing:
        problems.append(f"did not reach the upstream as sent: {missing}")
    for text, times in (reach_reply or {}).items():
        if reply.count(text.encode()) != times:
            problems.append(f"the client got {text!r} {reply.count(text.encode())} times, "
                            f"not {times}")
    p10.fail_last(problems)


play = partial(probe_edge12.play, send=probe)


# -- requests: methods, paths and queries ---------------------------------------------

def url_probes(fake: Upstream, url: str) -> None:
    body = chat(DETAILS)
    for method in ("PUT", "PATCH", "DELETE", "OPTIONS"):
        probe(fake, url, f"{method} with a body and an e-mail as a path segment", method=method,
              path=f"/v1/files/{EMAIL}", body=body, unquoted=True)
    probe(fake, url, "DELETE with an e-mail double-encoded in the path", method="DELETE",
          path="/v1/users/" + quote(quote(EMAIL, safe=""), safe=""), unquoted=True)
    probe(fake, url, "DELETE with the e-mail's dots and @ encoded in the path",
          method="DELETE", path="/v1/users/anna%2Ekowalska%40example%2Ecom", unquoted=True)
    probe(fake, url, "OPTIONS with a phone in the query, + for spaces", method="OPTIONS",
          path="/v1/chat/completions?phone=%2B48+601+234+567", content=None,
          headers={"content-type": None}, unquoted=True)
    probe(fake, url, "query: card with + for spaces", body=chat("hi"),
          path="/v1/chat/completions?q=card+4111+1111+1111+1111", unquoted=True)
    probe(fake, url, "query: IBAN with %20 spaces", body=chat("hi"),
          path="/v1/chat/completions?iban=DE89%203704%200044%200532%200130%2000",
          unquoted=True)
    probe(fake, url, "query: the name of a parameter is an e-mail", body=chat("hi"),
          path=f"/v1/chat/completions?{quote(EMAIL)}=1", unquoted=True)
    probe(fake, url, "query: a redirect URL holding an e-mail, encoded twice", body=chat("hi"),
          path="/v1/chat/completions?next=" + quote("/u?m=" + quote(EMAIL, safe=""), safe=""),
          unquoted=True)
    probe(fake, url, "query: a value that is base64url of JSON with an e-mail",
          body=chat("hi"), unquoted=True,
          path="/v1/chat/completions?state=" + base64.urlsafe_b64encode(
              json.dumps({"email": EMAIL}).encode()).decode().rstrip("="))
    probe(fake, url, "query: PHP-style array keys holding values", body=chat("hi"),
          path=f"/v1/chat/completions?user[email]={quote(EMAIL)}&user[iban]={OWN['iban']}",
          unquoted=True)
    probe(fake, url, "path: phone as a segment, %2B and %20", method="GET",
          path="/v1/contacts/%2B48%20601%20234%20567", unquoted=True)
    probe(fake, url, "path: card as a segment with dashes", method="PATCH",
          path="/v1/cards/4111-1111-1111-1111", body={"metadata": {"x": "y"}}, unquoted=True)
    probe(fake, url, "path look-alike: a file id with digits passes", method="GET",
          path="/v1/files/file-4111111111111112abc", statuses=(200,),
          reach=("file-4111111111111112abc",))


def form_probes(fake: Upstream, url: str) -> None:
    form = ("email=" + quote_plus(EMAIL) + "&card=" + quote_plus(OWN["card"])).encode()
    for method in ("PUT", "PATCH", "DELETE"):
        probe(fake, url, f"form-urlencoded {method}", method=method, path="/v1/files/f1",
              content=form, headers={"content-type": "application/x-www-form-urlencoded"},
              statuses=(415,))
    multi = (b"--pb\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
             + DETAILS.encode() + b"\r\n--pb\r\nContent-Disposition: form-data; name=\"data\";"
             b" filename=\"" + EMAIL.encode() + b".jsonl\"\r\nContent-Type: application/jsonl"
             b"\r\n\r\n" + json.dumps({"custom_id": "1", "body": chat(DETAILS)}).encode()
             + b"\r\n--pb--\r\n")
    probe(fake, url, "multipart uploads part (text part and a filename)",
          path="/v1/uploads/up_1/parts", content=multi,
          headers={"content-type": "multipart/form-data; boundary=pb"}, statuses=(415,))
    probe(fake, url, "multipart declared as JSON", content=multi,
          headers={"content-type": "application/json"}, statuses=(400,))
    probe(fake, url, "JSONL batch file as the body (application/jsonl)", path="/v1/files",
          content=b"\n".join(json.dumps({"custom_id": str(i), "method": "POST",
                                         "url": "/v1/chat/completions",
                                         "body": chat(DETAILS)}).encode() for i in range(2)),
          headers={"content-type": "application/jsonl"}, statuses=(415,))
    probe(fake, url, "JSON body sent as application/octet-stream", path="/v1/uploads/u/parts",
          content=json.dumps(chat(DETAILS)).encode(),
          headers={"content-type": "application/octet-stream"}, statuses=(415,))
    probe(fake, url, "text/plain body on PATCH", method="PATCH", path="/v1/files/f1",
          content=DETAILS.encode(), headers={"content-type": "text/plain"}, statuses=(415,))


def coding_probes(fake: Upstream, url: str) -> None:
    raw = json.dumps(chat(DETAILS)).encode()
    probe(fake, url, "deflate then gzip stacked", content=gzip.compress(zlib.compress(raw)),
          headers={"content-encoding": "deflate, gzip"}, statuses=(200, 400, 415))
    probe(fake, url, "gzip declared, deflate sent", content=zlib.compress(raw),
          headers={"content-encoding": "gzip"}, statuses=(200, 400, 415))
    probe(fake, url, "br declared, gzip sent", content=gzip.compress(raw),
          headers={"content-encoding": "br"}, statuses=(200, 400, 415))
    probe(fake, url, "deflate declared, br sent", content=brotli.compress(raw),
          headers={"content-encoding": "deflate"}, statuses=(400, 415))
    probe(fake, url, "coding in mixed case 'GZip'", content=gzip.compress(raw),
          headers={"content-encoding": "GZip"}, statuses=(200, 400, 415))
    probe(fake, url, "coding 'gzip, identity'", content=gzip.compress(raw),
          headers={"content-encoding": "gzip, identity"}, statuses=(200, 400, 415))
    probe(fake, url, "coding 'identity, gzip'", content=gzip.compress(raw),
          headers={"content-encoding": "identity, gzip"}, statuses=(200, 400, 415))
    # charsets not sent before
    text = json.dumps(chat("Grüße " + DETAILS), ensure_ascii=False)
    probe(fake, url, "windows-1252 declared, smart quotes beside the e-mail",
          content=json.dumps(chat("\u201c" + DETAILS + "\u201d"), ensure_ascii=False)
          .encode("cp1252"), headers={"content-type": "application/json; charset=windows-1252"},
          statuses=(200, 400, 415))
    probe(fake, url, "latin-1 declared, UTF-8 sent", content=text.encode(),
          headers={"content-type": "application/json; charset=latin-1"},
          statuses=(200, 400, 415))
    probe(fake, url, "latin-1 sent, nothing declared", content=text.encode("latin-1"),
          statuses=(200, 400, 415))
    probe(fake, url, "us-ascii declared, UTF-8 sent", content=text.encode(),
          headers={"content-type": "application/json; charset=us-ascii"},
          statuses=(200, 400, 415))
    probe(fake, url, "shift_jis declared", content=text.replace("Grüße", "\u3053\u3093")
          .encode("shift_jis"), headers={"content-type": "application/json; charset=shift_jis"},
          statuses=(200, 400, 415))
    probe(fake, url, "utf-16 declared, UTF-8 BOM and UTF-8 sent",
          content=b"\xef\xbb\xbf" + text.encode(),
          headers={"content-type": "application/json; charset=utf-16"}, statuses=(200, 400, 415))
    probe(fake, url, "gzip of UTF-16 with a BOM", content=gzip.compress(text.encode("utf-16")),
          headers={"content-encoding": "gzip"}, statuses=(200, 400, 415))


# -- JSON text inside strings (tool calls) ------------------------------------------

def json_text_probes(fake: Upstream, url: str) -> None:
    def call(arguments: str) -> dict[str, Any]:
        return {"model": "echo", "messages": [
            {"role": "user", "content": "pay"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function",
                 "function": {"name": "pay", "arguments": arguments}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "ok"}]}

    at = "anna.kowalska\\u0040example.com"
    needle = {**VALUES, "escaped": at}
    probe(fake, url, "arguments with the e-mail's @ as \\u0040 inside the JSON text",
          body=call('{"to": "' + at + '"}'), inner=True, check_upstream=needle)
    probe(fake, url, "arguments with every character of the e-mail escaped",
          body=call('{"to": "' + "".join(f"\\u{ord(c):04x}" for c in EMAIL) + '"}'), inner=True)
    probe(fake, url, "arguments: the card as a number", inner=True,
          body=call('{"card": 4111111111111111, "iban": "DE89370400440532013000"}'))
    probe(fake, url, "arguments: keyed value in a duplicate key's first copy", inner=True,
          body=call('{"account_number": "12345678", "account_number": "x"}'))
    probe(fake, url, "arguments: JSON text in JSON text in JSON text", inner=True,
          body=call(json.dumps({"payload": json.dumps({"inner": json.dumps(
              {"account_number": "12345678", "passport": "AB1234567"})})})))
    probe(fake, url, "arguments: NaN beside a keyed number", inner=True,
          body=call('{"x": NaN, "account_number": 12345678}'))
    probe(fake, url, "arguments: a BOM before the JSON text", inner=True,
          body=call('\ufeff{"account_number": "12345678", "phone": "48601234567"}'))
    probe(fake, url, "arguments: nested 300 deep with a keyed value at the bottom", inner=True,
          body=call('{"a": ' * 300 + '{"account_number": "12345678"}' + "}" * 300))
    probe(fake, url, "arguments: the keyed value with an escaped key", inner=True,
          body=call('{"account\\u005fnumber": "12345678", "pass\\u0070ort": "AB1234567"}'))
    probe(fake, url, "Responses function_call_output with \\u0040", path="/v1/responses",
          body={"model": "echo", "input": [{"type": "function_call_output", "call_id": "c",
                                            "output": '{"email": "' + at + '"}'}]},
          inner=True, check_upstream=needle)
    # replies
    reply_args = '{"to": "someone.else\\u0040example.net", "account_number": "87654321"}'
    play(fake, url, "tool call arguments with \\u0040 (JSON reply)", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {
             "role": "assistant", "content": None, "tool_calls": [
                 {"id": "c", "type": "function",
                  "function": {"name": "pay", "arguments": reply_args}}]}}]}).encode()],
         inner=True, forbid_reply={"escaped": "someone.else\\u0040example.net"})
    deltas = [{"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {
        "arguments": piece}}]}}]} for piece in split(reply_args, 4)]
    deltas.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    play(fake, url, "tool call arguments with \\u0040 (SSE deltas)", "text/event-stream",
         [*sse(deltas), b"data: [DONE]\n\n"], inner=True,
         forbid_reply={"escaped": "someone.else\\u0040example.net"})
    play(fake, url, "JSON-mode content holding JSON text with \\u0040", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {
             "role": "assistant", "content": json.dumps({"data": reply_args})}}]}).encode()],
         inner=True, forbid_reply={"escaped": "someone.else\\u0040example.net"})


# -- OpenAI endpoints beyond chat ---------------------------------------------------

def endpoint_probes(fake: Upstream, url: str) -> None:
    cases: dict[str, tuple[str, dict[str, Any]]] = {
        "responses: input string, mcp tool headers, schema default": ("/v1/responses", {
            "model": "echo", "input": DETAILS, "tools": [{"type": "mcp", "server_label": "crm",
                                                          "server_url": f"https://crm.example/?u={quote(EMAIL)}",
                                                          "headers": {"X-User": EMAIL}}],
            "text": {"format": {"type": "json_schema", "name": "s", "schema": {
                "type": "object", "properties": {"to": {"type": "string", "default": EMAIL}}}}}}),
        "responses: conversation items and reasoning summary": ("/v1/responses", {
            "model": "echo", "input": [{"type": "reasoning", "id": "r", "summary": [
                {"type": "summary_text", "text": DETAILS}]},
                {"type": "message", "role": "user", "content": [
                    {"type": "input_text", "text": "hi"}]}]}),
        "embeddings: input as a list of strings with values": ("/v1/embeddings", {
            "model": "e", "input": [EMAIL, OWN["iban"], "plain"], "user": EMAIL}),
        "moderations: text and image_url parts": ("/v1/moderations", {
            "model": "omni", "input": [{"type": "text", "text": DETAILS},
                                       {"type": "image_url", "image_url": {"url": f"https://x.example/{EMAIL}.png"}}]}),
        "completions: prompt array and suffix": ("/v1/completions", {
            "model": "c", "prompt": ["Dear", DETAILS, OWN["iban"]], "suffix": EMAIL,
            "echo": True}),
        "audio transcription as JSON with prompt": ("/v1/audio/transcriptions", {
            "model": "whisper", "file": "file-1", "prompt": DETAILS}),
        "images edits as JSON with prompt and mask url": ("/v1/images/edits", {
            "model": "gpt-image-1", "prompt": DETAILS, "images": [
                {"image_url": f"https://x.example/i.png?owner={quote(EMAIL)}"}]}),
        "threads and run (create_and_run)": ("/v1/threads/runs", {
            "assistant_id": "a", "thread": {"messages": [
                {"role": "user", "content": DETAILS,
                 "metadata": {"account_number": "12345678"}}]},
            "instructions": DETAILS}),
        "threads message with content parts": ("/v1/threads/t1/messages", {
            "role": "user", "content": [{"type": "text", "text": DETAILS}],
            "attachments": [{"file_id": "f", "tools": [{"type": "file_search"}]}]}),
        "realtime sessions config": ("/v1/realtime/sessions", {
            "model": "rt", "instructions": DETAILS, "input_audio_transcription": {
                "model": "whisper-1", "prompt": DETAILS},
            "tools": [{"type": "function", "name": "f", "description": DETAILS}]}),
        "realtime transcription session prompt": ("/v1/realtime/transcription_sessions", {
            "input_audio_transcription": {"model": "whisper-1", "prompt": DETAILS,
                                          "language": "pl"}}),
        "batches with metadata and a keyed value": ("/v1/batches", {
            "input_file_id": "f", "endpoint": "/v1/responses", "completion_window": "24h",
            "metadata": {"owner": EMAIL, "passport": "AB1234567"}}),
        "chat completion metadata update": ("/v1/chat/completions/cc_1", {
            "metadata": {"customer": EMAIL, "phone": "48601234567"}}),
        "vector store search with filters": ("/v1/vector_stores/vs/search", {
            "query": DETAILS, "filters": {"type": "eq", "key": "owner", "value": EMAIL}}),
        "evals with testing criteria": ("/v1/evals", {
            "name": "e", "data_source_config": {"type": "custom", "item_schema": {}},
            "testing_criteria": [{"type": "string_check", "name": "c", "input": DETAILS,
                                  "reference": EMAIL, "operation": "eq"}]}),
        "containers file as JSON": ("/v1/containers/c1/files", {
            "file_id": "f", "name": f"{EMAIL}.txt"}),
        "fine-tuning DPO preference row inline": ("/v1/fine_tuning/jobs", {
            "model": "m", "training_file": "f", "method": {"type": "dpo", "dpo": {
                "hyperparameters": {"beta": 0.1}}}, "metadata": {"contact": EMAIL}}),
    }
    for name, (path, body) in cases.items():
        probe(fake, url, f"endpoint: {name}", path=path, body=body)


# -- headers (a proxy whose allowlist lets them through) --------------------------------

def header_probes(fake: Upstream, url: str) -> None:
    def h(name: str, headers: dict[str, str | None]) -> None:
        probe(fake, url, f"header: {name}", body=chat("hi"), headers=headers, unquoted=True)

    h("custom header with an e-mail", {"x-user-email": EMAIL})
    h("custom header with an e-mail in a display name", {"x-contact": f'"Anna" <{EMAIL}>'})
    h("cookie holding an e-mail, URL-encoded", {"cookie": f"sid=1; email={quote(EMAIL)}"})
    h("cookie holding a base64 JSON", {"cookie": "prefs=" + base64.b64encode(
        json.dumps({"phone": OWN["phone"]}).encode()).decode()})
    h("Referer with the e-mail in a query", {"referer":
                                             f"https://app.example/profile?email={quote(EMAIL)}&iban={OWN['iban']}"})
    h("Referer with + spaces", {"referer": "https://app.example/s?q=card+4111+1111+1111+1111"})
    h("baggage with user values", {"baggage": f"user.email={quote(EMAIL)},user.phone=48601234567"})
    h("Forwarded for an e-mail-ish host", {"forwarded": f'for="{EMAIL}";proto=https'})
    h("x-request-id that is a card", {"x-request-id": "4111111111111111"})
    h("header value in RFC 2047 encoded-word", {"x-name": "=?utf-8?b?" + base64
                                                .b64encode(EMAIL.encode()).decode() + "?="})
    h("header value with a keyed JSON", {"x-meta": json.dumps({"account_number": "12345678"})})
    probe(fake, url, "header look-alike: a trace id passes", body=chat("hi"),
          headers={"x-trace-id": "4bf92f3577b34da6a3ce929d0e0e4736"},
          reach=("4bf92f3577b34da6a3ce929d0e0e4736",))


# -- values split over a system/developer/tool message and the user's next turn --------

def seam_probes(fake: Upstream, url: str) -> None:
    def msgs(*pairs: tuple[str, str]) -> dict[str, Any]:
        return {"model": "echo", "messages": [{"role": r, "content": c} for r, c in pairs]}

    probe(fake, url, "seam: IBAN over the system message and the user's turn",
          body=msgs(("system", "Customer IBAN DE89 3704 0044"),
                    ("user", "0532 0130 00 please check it")),
          check_upstream={**VALUES, "half": "DE89 3704 0044", "tail": "0532 0130 00"})
    probe(fake, url, "seam: card over the developer message and the user's turn",
          body=msgs(("developer", "Card on file: 4111 1111"), ("user", "1111 1111 is mine")),
          check_upstream={**VALUES, "half": "4111 1111"})
    probe(fake, url, "seam: e-mail over the system message and the user's turn",
          body=msgs(("system", "Write to anna.kowalska@exa"), ("user", "mple.com today")),
          check_upstream={**VALUES, "half": "anna.kowalska@exa"})
    probe(fake, url, "seam: IBAN over a tool result and the user's turn", body={
        "model": "echo", "messages": [
            {"role": "user", "content": "what is my IBAN?"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c", "content": "IBAN DE89 3704 0044"},
            {"role": "user", "content": "0532 0130 00 is the rest"}]},
        check_upstream={**VALUES, "half": "DE89 3704 0044"})
    probe(fake, url, "seam: Responses instructions and the user's input",
          path="/v1/responses", body={"model": "echo", "instructions": "Card 4111 1111",
                                      "input": "1111 1111 is it"},
          check_upstream={**VALUES, "half": "4111 1111"})
    probe(fake, url, "seam: Anthropic system string and the user's turn", path="/v1/messages",
          body={"model": "c", "max_tokens": 5, "system": "IBAN DE89 3704 0044",
                "messages": [{"role": "user", "content": "0532 0130 00 thanks"}]},
          check_upstream={**VALUES, "half": "DE89 3704 0044"})
    # look-alikes: the operator's prompt and the user's turn each stand on their own
    probe(fake, url, "seam look-alike: a system prompt ending in a version, a user's count",
          body=msgs(("system", "You are support bot v2.4 build 2026"),
                    ("user", "12 items arrived, 3 broken")),
          reach=("build 2026", "12 items arrived"))
    probe(fake, url, "seam look-alike: a system prompt ending in an e-mail, user's thanks",
          body=msgs(("system", "Escalate to help@acme-support.example"),
                    ("user", "thanks, what are your hours?")),
          reach=("thanks, what are your hours?",))
    probe(fake, url, "seam look-alike: a tool's order number, the user's question",
          body={"model": "echo", "messages": [
              {"role": "tool", "tool_call_id": "c", "content": "order 55123"},
              {"role": "user", "content": "2 more days?"}]},
          reach=("order 55123", "2 more days?"))


# -- replies --------------------------------------------------------------------------

def reply_probes(fake: Upstream, url: str) -> None:
    parts = split(FOREIGN_DETAILS, 5)
    shapes: dict[str, list[Any]] = {
        "value key": [{"type": "token", "value": p} for p in parts],
        "nested piece key": [{"event": "chunk", "data": {"piece": p}} for p in parts],
        "short key": [{"t": p} for p in parts],
        "generated_text key (TGI-like)": [{"token": {"id": i, "special": False},
                                           "generated": p} for i, p in enumerate(parts)],
        "list of pieces": [{"type": "delta", "pieces": [p]} for p in parts],
        "two keys of one text": [{"kind": "word", "a": p[:2], "b": p[2:]} for p in parts],
    }
    for name, events in shapes.items():
        play(fake, url, f"SSE unknown key: {name}", "text/event-stream", sse(events))
        play(fake, url, f"NDJSON unknown key: {name}", "application/x-ndjson",
             [json.dumps(e).encode() + b"\n" for e in events])
    play(fake, url, "SSE unknown key, pieces of one character", "text/event-stream",
         sse([{"type": "token", "value": c} for c in FOREIGN["f_card"]]))
    woven: list[Any] = []
    for p in parts:
        woven += [{"value": p}, {"ping": "keep-alive"}]
    play(fake, url, "SSE unknown key, pieces woven with other events", "text/event-stream",
         sse(woven))
    meta = [{"type": "start", "messageId": "msg_Iq4X2vTm"},
            *({"type": "token", "value": p} for p in parts)]
    play(fake, url, "NDJSON unknown key after a one-off event", "application/x-ndjson",
         [json.dumps(e).encode() + b"\n" for e in meta],
         reach_reply={'"msg_Iq4X2vTm"': 1})
    play(fake, url, "SSE unknown key with named events", "text/event-stream",
         sse([{"value": p} for p in parts], ["token"] * len(parts)))
    play(fake, url, "JSON-typed SSE with unknown keys", "application/json",
         [b"".join(sse([{"type": "token", "value": p} for p in parts]))], json_check=False)
    play(fake, url, "JSON array of unknown-key objects", "application/json",
         [json.dumps([{"type": "token", "value": p} for p in parts]).encode()])
    # look-alikes: ids, counters and names repeat in every event and must pass as they came
    looks = [{"type": "progress", "run_id": "run_8f3a21", "step": str(i), "of": "12",
              "status": "running"} for i in range(1, 13)]
    play(fake, url, "SSE look-alike: run ids and counters pass", "text/event-stream",
         sse(looks), reach_reply={'"run_8f3a21"': 12, '"step": "7"': 1})
    # error bodies that echo the input, redirects, HTML and text in chunks
    echo = {"error": {"message": f"invalid request: {FOREIGN_DETAILS}", "param": F_EMAIL}}
    for status in (400, 404, 422, 500):
        play(fake, url, f"{status} JSON error echoing values", "application/json",
             [json.dumps(echo).encode()], status=status,
             statuses=(status, 502))
    play(fake, url, "307 Location with an e-mail in its query", "text/plain", [b"moved"],
         status=307, headers=[("location", f"https://x.example/u?m={F_EMAIL}")])
    play(fake, url, "301 Location with the e-mail percent-encoded twice", None, [],
         status=301, headers=[("location", "/u/" + quote(quote(F_EMAIL, safe=""), safe=""))])
    play(fake, url, "Refresh and Link headers with values", "text/html", [b"<p>ok</p>"],
         headers=[("refresh", f"0; url=/u/{F_EMAIL}"),
                  ("link", f"</u/{F_EMAIL}>; rel=next")])
    html = f"<p>mail {F_EMAIL}, IBAN {FOREIGN['f_iban']}</p>".encode()
    play(fake, url, "HTML in chunks splitting an e-mail", "text/html",
         [html[i:i + 7] for i in range(0, len(html), 7)])
    plain = FOREIGN_DETAILS.encode()
    play(fake, url, "text/plain one byte a chunk", "text/plain",
         [plain[i:i + 1] for i in range(len(plain))])
    play(fake, url, "text/plain with a charset of utf-16", "text/plain; charset=utf-16",
         [FOREIGN_DETAILS.encode("utf-16")])
    play(fake, url, "reply with gzip declared but plain body", "application/json",
         [json.dumps({"n": FOREIGN_DETAILS}).encode()],
         headers=[("content-encoding", "gzip")], statuses=(502,))
    play(fake, url, "reply deflate then gzip stacked", "application/json",
         [gzip.compress(zlib.compress(json.dumps({"n": FOREIGN_DETAILS}).encode()))],
         headers=[("content-encoding", "deflate, gzip")], statuses=(200, 502))
    play(fake, url, "Responses SSE: custom event type with free text", "text/event-stream",
         sse([{"type": "response.custom.delta", "item_id": "m", "output_index": 0,
               "note": p} for p in parts]), path="/v1/responses")


# -- middleware ---------------------------------------------------------------------------

async def middleware_probes() -> None:
    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        head = f"{request.method} {request.url.path}?{request.url.query}\n".encode()
        head += b"\n".join(f"{k}: {v}".encode() for k, v in request.headers.items())
        seen.append(head + b"\n\n" + await request.body())
        return JSONResponse({"ok": True})

    parts = split(FOREIGN_DETAILS, 5)

    async def unknown(request: Request) -> Response:
        async def body() -> Any:
            for p in parts:
                yield f"data: {json.dumps({'type': 'token', 'value': p})}\n\n".encode()

        return StreamingResponse(body(), media_type="text/event-stream")

    async def unknown_nd(request: Request) -> Response:
        async def body() -> Any:
            for p in parts:
                yield json.dumps({"piece": p}).encode() + b"\n"

        return StreamingResponse(body(), media_type="application/x-ndjson")

    inner = Starlette(routes=[Route("/chat/in/{rest:path}", record,
                                    methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
                              Route("/chat/out/sse", unknown, methods=["POST"]),
                              Route("/chat/out/nd", unknown_nd, methods=["POST"])])
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(inner, guard=Guard(config, detector=p10.detector()))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"x-session-id": "mw13"}) as c:
        cases: list[tuple[str, str, str, dict[str, Any]]] = [
            ("PATCH with an e-mail path segment", "PATCH", f"/chat/in/users/{EMAIL}",
             {"json": {"note": "hi"}}),
            ("DELETE with a double-encoded e-mail", "DELETE",
             "/chat/in/users/" + quote(quote(EMAIL, safe=""), safe=""), {}),
            ("OPTIONS with a + phone query", "OPTIONS", "/chat/in/x?phone=%2B48+601+234+567", {}),
            ("custom header, cookie and referer", "POST", "/chat/in/x", {
                "json": {"q": "hi"}, "headers": {
                    "x-user-email": EMAIL, "cookie": f"email={quote(EMAIL)}",
                    "referer": f"https://a.example/?iban={OWN['iban']}"}}),
            ("form-urlencoded PUT", "PUT", "/chat/in/x", {
                "content": ("email=" + quote_plus(EMAIL)).encode(),
                "headers": {"content-type": "application/x-www-form-urlencoded"}}),
            ("arguments with \\u0040 in JSON text", "POST", "/chat/in/x", {"json": {
                "arguments": '{"to": "anna.kowalska\\u0040example.com"}'}}),
            ("value split over the system and the user message", "POST", "/chat/in/x", {"json": {
                "messages": [{"role": "system", "content": "IBAN DE89 3704 0044"},
                             {"role": "user", "content": "0532 0130 00 thanks"}]}}),
        ]
        for name, method, path, kw in cases:
            before = len(seen)
            r = await c.request(method, path, **kw)
            got = b"\n".join(seen[before:])
            extra = ({"half": "DE89 3704 0044"} if "system" in name
                     else {"escaped": "anna.kowalska\\u0040example.com"})
            p10.verdict(f"middleware: {name}", r.status_code, got, r.content,
                        reply_type=r.headers.get("content-type", ""),
                        check_upstream={**VALUES, **extra}, statuses=(200, 415))
            found = leaks(_heads([got]) + inner_texts(got.split(b"\n\n", 1)[-1]), VALUES)
            p10.fail_last([f"the app got decoded {found}"] if found else [])
        for name, path in (("SSE pieces under an unknown key", "/chat/out/sse"),
                           ("NDJSON pieces under an unknown key", "/chat/out/nd")):
            r = await c.post(path, json={"q": "hi"})
            p10.verdict(f"middleware: {name}", r.status_code, b"", r.content,
                        reply_type=r.headers.get("content-type", ""))


def main() -> None:
    recorder = recording_logs()
    with proxy_stack() as (fake, url):
        url_probes(fake, url)
        form_probes(fake, url)
        coding_probes(fake, url)
        json_text_probes(fake, url)
        endpoint_probes(fake, url)
        seam_probes(fake, url)
        reply_probes(fake, url)
        p10.metrics_hold_no_value(url)
    wide = ("accept", "content-type", "user-agent", "x-*", "cookie", "referer", "baggage",
            "forwarded")
    with proxy_stack(forward_request_headers=wide) as (fake, url):
        header_probes(fake, url)
    asyncio.run(middleware_probes())
    p10.logs_hold_no_value(recorder)
    print_tally(RESULTS)


if __name__ == "__main__":
    main()
