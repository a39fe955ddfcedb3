"""Black-box probes of the boundary, edge12: shapes `probe_edge9.py` and `probe_edge10.py`
did not send.

A real proxy (uvicorn) in front of a recording upstream (the kit of `probe_edge10.py`),
and the ASGI middleware around a recording Starlette app. Each probe is pass/fail with
the checks of `probe_edge10.verdict` (the user's values never reach the upstream raw, in
any of `probe_edge9.forms`; no foreign value reaches the client, also joined over events,
lines and items; no crash; a refusal echoes nothing) plus, where a probe names them:

- `decoded`: every string the upstream got, read as base64 (a `data:` URL's data, line
  breaks skipped, whole and line by line), holds none of the user's values;
- `token_bytes`: the `bytes` arrays of a reply's logprobs, joined in order and decoded,
  and its logprobs tokens joined, hold no foreign value (numbers spell text too);
- `withheld`: a document's base64 (a slice from its middle) never reaches the client.

Groups: documents in base64 written in lines and split over streamed events; charsets,
escapes and numbers; token-id arrays and `logit_bias`; replies with logprobs, refusals,
annotations, tool calls in other shapes, SSE framing and content types that do not match
the body. At the end every log record of the run (all at DEBUG) and `/metrics` are
searched for every value.

    PYTHONPATH=<tree> python benchmarks/probe_edge12.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py`,
`benchmarks/probe_edge9.py` and `benchmarks/probe_edge10.py` from its own checkout.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_edge10 as p10
from probe_edge9 import DETAILS, FOREIGN, FOREIGN_DETAILS, KEYED, OWN, chat, leaks, split
from probe_edge10 import Upstream, proxy_stack, recording_logs
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
SECRET_TEXT = ("x" * 43 + " notes: " + DETAILS + "\n").encode()
PDF = base64.b64encode(
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Filter /FlateDecode>> stream\n"
    + zlib.compress(f"BT ({DETAILS}) Tj ET".encode()) + b"\nendstream endobj\n%%EOF\n"
).decode()
DOCX = base64.b64encode(
    b"PK\x03\x04\x14\x00\x06\x00" + zlib.compress(DETAILS.encode() * 3)
).decode()
WITHHELD = {"pdf body": PDF[24:64]}


def lines(data: str, width: int = 76, sep: str = "\r\n") -> str:
    return sep.join(data[i : i + width] for i in range(0, len(data), width))


def json_strings(node: Any) -> list[str]:
    """Every string of a JSON document, keys too, in document order."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (k, *json_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in json_strings(v)]
    return []


def decoded_leaks(requests: list[bytes]) -> list[str]:
    """Values in the base64 of any string the upstream got (line breaks skipped)."""
    found: set[str] = set()
    for request in requests:
        try:
            document = json.loads(request.split(b"\n\n", 1)[1])
        except (ValueError, IndexError):
            continue
        for text in json_strings(document):
            data = text.partition(";base64,")[2] or text
            for chunk in ["".join(data.split()), *data.split()]:
                for decode in (base64.b64decode, base64.urlsafe_b64decode):
                    try:
                        plain = decode(chunk + "==").decode("utf-8", "replace").encode()
                    except ValueError:
                        continue
                    found.update(leaks(plain, VALUES))
    return sorted(found)


def _documents(body: bytes) -> list[Any]:
    text = body.decode("utf-8", "replace")
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    out = []
    for line in text.splitlines():
        data = line[5:].strip() if line.startswith("data:") else line
        try:
            out.append(json.loads(data))
        except ValueError:
            continue
    return out


def _under(node: Any, key: str, out: list[Any]) -> list[Any]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                out.append(v)
            _under(v, key, out)
    elif isinstance(node, list):
        for v in node:
            _under(v, key, out)
    return out


def token_leaks(reply: bytes) -> list[str]:
    """Foreign values spelt by the logprobs of a reply: its `bytes` arrays decoded and
    joined, its `token` strings joined, its top-logprobs keys joined."""
    body = reply.split(b"\n\n", 1)[-1]
    raw = b""
    tokens = ""
    for document in _documents(body):
        for value in _under(document, "bytes", []):
            if isinstance(value, list) and all(isinstance(b, int) and 0 <= b < 256 for b in value):
                raw += bytes(value)
        tokens += "".join(t for t in _under(document, "token", []) if isinstance(t, str))
        tokens += "".join(t for t in _under(document, "tokens", []) for t in (
            t if isinstance(t, list) else []) if isinstance(t, str))
        for alternatives in _under(document, "top_logprobs", []):
            for item in alternatives if isinstance(alternatives, list) else []:
                if isinstance(item, dict) and "token" not in item:
                    tokens += "".join(item)
    return leaks(raw + b"\n" + tokens.encode(), FOREIGN)


def probe(fake: Upstream, url: str, name: str, *, decoded: bool = False,
          token_bytes: bool = False, **kw: Any) -> None:
    """One probe through `probe_edge10.send`, with this script's extra checks."""
    before = len(fake.requests)
    _, reply = p10.send(fake, url, name, session="edge12", **kw)
    problems = []
    if decoded:
        with fake.lock:
            found = decoded_leaks(fake.requests[before:])
        if found:
            problems.append(f"upstream got in base64 {found}")
    if token_bytes:
        found = token_leaks(reply)
        if found:
            problems.append(f"client got in logprobs {found}")
    p10.fail_last(problems)


def play(fake: Upstream, url: str, name: str, content_type: str | None,
         chunks: list[bytes | float], status: int = 200,
         headers: list[tuple[str, str]] | None = None, path: str = "/v1/chat/completions",
         send: Callable[..., None] = probe, **checks: Any) -> None:
    """The upstream answers `chunks` (a float a pause) to one chat request, sent and
    checked by `send` (this pass's `probe`, or another pass's)."""
    fake.scripts[name] = (content_type, chunks, status, headers or [])
    send(fake, url, f"reply: {name}", path=path, body={
        "model": f"script:{name}", "messages": [{"role": "user", "content": "hi"}]}, **checks)


def sse(events: list[Any], kinds: list[str] | None = None) -> list[bytes | float]:
    out: list[bytes | float] = []
    for i, event in enumerate(events):
        head = f"event: {kinds[i]}\n" if kinds else ""
        out.append(f"{head}data: {json.dumps(event)}\n\n".encode())
    return out


def chat_deltas(pieces: list[str], field: str = "content") -> list[bytes | float]:
    events = [{"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {field: piece}}]} for piece in pieces]
    events.append({"object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return [*sse(events), b"data: [DONE]\n\n"]


# -- documents in base64: in lines, split over events ------------------------------------

def document_probes(fake: Upstream, url: str) -> None:
    refused = {"statuses": (415,)}
    file_part = {"type": "file", "file": {"filename": "a.pdf"}}
    shapes: dict[str, Any] = {
        "pdf data url in MIME lines (CRLF, 76)": {"model": "echo", "messages": [
            {"role": "user", "content": [{**file_part, "file": {
                "file_data": "data:application/pdf;base64," + lines(PDF)}}]}]},
        "file_data bare in PEM lines (LF, 64)": {"model": "echo", "messages": [
            {"role": "user", "content": [{**file_part, "file": {
                "file_data": lines(PDF, 64, "\n")}}]}]},
        "Anthropic document source in MIME lines": {"model": "echo", "max_tokens": 5,
            "messages": [{"role": "user", "content": [{"type": "document", "source": {
                "type": "base64", "media_type": "application/pdf", "data": lines(PDF)}}]}]},
        "Gemini inlineData in PEM lines": {"contents": [{"parts": [{"inlineData": {
            "mimeType": "application/pdf", "data": lines(PDF, 64, "\n")}}]}]},
        "pdf under any key in lines": {"model": "echo", "attachment": lines(PDF)},
        "pdf under any key broken every 6 characters": {
            "model": "echo", "attachment": lines(PDF, 6, "\n")},
        "pdf under any key after a CRLF": {"model": "echo", "attachment": "\r\n" + PDF},
        "docx declared image/png, in lines": {"model": "echo", "messages": [
            {"role": "user", "content": [{"type": "image_url", "image_url": {
                "url": "data:image/png;base64," + lines(DOCX)}}]}]},
    }
    shapes["pdf data url inside a message's text"] = chat(
        f"see [a.pdf](data:application/pdf;base64,{PDF}) please")
    for name, body in shapes.items():
        probe(fake, url, f"document: {name}", body=body, **refused)
    text = base64.b64encode(SECRET_TEXT).decode()
    probe(fake, url, "document: text/plain data url in MIME lines, a value across a break",
          body={"model": "echo", "messages": [{"role": "user", "content": [
              {**file_part, "file": {"file_data": "data:text/plain;base64," + lines(text)}}]}]},
          decoded=True)
    probe(fake, url, "document: base64 of text in lines under any key", decoded=True,
          body={"model": "echo", "notes": lines(text, 64, "\n")})
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(128, 256)) * 6).decode()
    image = {"model": "echo", "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64," + lines(png)}}]}]}
    probe(fake, url, "document look-alike: image data url in lines passes",
          body=image, statuses=(200,))
    with fake.lock:
        got = fake.requests[-1].split(b"\n\n", 1)[1]
    if json.loads(got).get("messages") != image["messages"]:
        RESULTS[-1] = (RESULTS[-1][0], False)
        print("FAIL  the image in lines did not reach the upstream as it came")

    # replies
    reply_json = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok",
                                                       "file": lines(PDF)}}]}
    play(fake, url, "document: JSON reply with a pdf in MIME lines", "application/json",
         [json.dumps(reply_json).encode()], forbid_reply=WITHHELD, statuses=(502,))
    link = {"choices": [{"index": 0, "message": {"role": "assistant", "content": (
        f"Here: [r.pdf](data:application/pdf;base64,{PDF})")}}]}
    play(fake, url, "document: JSON reply with a pdf data url in its text", "application/json",
         [json.dumps(link).encode()], forbid_reply=WITHHELD, statuses=(502,))
    play(fake, url, "document: JSON reply that is one string, a pdf", "application/json",
         [json.dumps(PDF).encode()], forbid_reply=WITHHELD, statuses=(502,))
    play(fake, url, "document: text/plain reply, a pdf in pieces", "text/plain",
         [c.encode() for c in split(PDF, 50)], forbid_reply=WITHHELD)
    play(fake, url, "document: images b64_json holding a pdf", "application/json",
         [json.dumps({"data": [{"b64_json": PDF}]}).encode()], forbid_reply=WITHHELD,
         statuses=(502,))
    url_pdf = "data:application/pdf;base64," + PDF
    play(fake, url, "document: chat deltas of a pdf data url (5 chars each)",
         "text/event-stream", chat_deltas(split(url_pdf, 5)), forbid_reply=WITHHELD)
    play(fake, url, "document: chat deltas of a bare pdf (40 chars each)",
         "text/event-stream", chat_deltas(split(PDF, 40)), forbid_reply=WITHHELD)
    play(fake, url, "document: chat deltas of a pdf in MIME lines", "text/event-stream",
         chat_deltas(split(lines(PDF), 9)), forbid_reply=WITHHELD)
    resp = [{"type": "response.output_text.delta", "item_id": "m", "output_index": 0,
             "content_index": 0, "delta": piece} for piece in split(PDF, 7)]
    resp.append({"type": "response.completed", "response": {"id": "r"}})
    play(fake, url, "document: Responses output_text deltas of a pdf", "text/event-stream",
         sse(resp, [e["type"] for e in resp]), forbid_reply=WITHHELD)
    nd = [json.dumps({"message": {"role": "assistant", "content": piece}, "done": False}).encode()
          + b"\n" for piece in split(PDF, 11)]
    play(fake, url, "document: NDJSON content pieces of a pdf", "application/x-ndjson",
         [*nd, b'{"done": true}\n'], forbid_reply=WITHHELD)
    plain = [f"data: {piece}\n\n".encode() for piece in split(PDF, 30)]
    play(fake, url, "document: SSE plain data lines of a pdf", "text/event-stream", plain,
         forbid_reply=WITHHELD)
    gemini = [{"candidates": [{"content": {"parts": [{"text": piece}]}}]}
              for piece in split(PDF, 40)]
    play(fake, url, "document: Gemini chunk array (no SSE), a pdf over items",
         "application/json", [json.dumps(gemini).encode()], forbid_reply=WITHHELD)
    args = [{"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {
        "arguments": piece}}]}}]} for piece in split(PDF, 25)]
    args.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    play(fake, url, "document: tool-call arguments that are a pdf", "text/event-stream",
         [*sse(args), b"data: [DONE]\n\n"], forbid_reply=WITHHELD)
    wav = base64.b64encode(b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(range(256)) * 3).decode()
    audio = [{"type": "response.output_audio.delta", "item_id": "a", "output_index": 0,
              "content_index": 0, "delta": piece} for piece in split(wav, 64)]
    audio.append({"type": "response.completed", "response": {"id": "r"}})
    name = "document look-alike: audio deltas pass"
    play(fake, url, name, "text/event-stream", sse(audio, [e["type"] for e in audio]),
         statuses=(200,))


# -- requests: charsets, escapes, numbers, token ids -------------------------------------

def request_probes(fake: Upstream, url: str) -> None:
    body = chat(DETAILS)
    text = json.dumps(body, ensure_ascii=False)
    probe(fake, url, "UTF-32 with BOM, no charset", content=text.encode("utf-32"),
          statuses=(200, 400, 415))
    probe(fake, url, "UTF-16-BE with BOM, no charset",
          content=b"\xfe\xff" + text.encode("utf-16-be"), statuses=(200, 400, 415))
    probe(fake, url, "UTF-8 BOM and charset=utf-16 declared", content=b"\xef\xbb\xbf"
          + text.encode(), headers={"content-type": "application/json; charset=utf-16"},
          statuses=(200, 400, 415))
    latin = json.dumps(chat("Zoë Müller, " + DETAILS), ensure_ascii=False)
    probe(fake, url, "charset=latin-1 with accented text", content=latin.encode("latin-1"),
          headers={"content-type": "application/json; charset=latin-1"})
    utf7 = text.replace("@", "+AEA-").replace("+48", "+ACs-48").encode("ascii")
    probe(fake, url, "charset=utf-7 with the @ as +AEA-", content=utf7,
          headers={"content-type": "application/json; charset=utf-7"})
    digits = "".join(f"\\u{ord(c):04x}" for c in OWN["card"])
    probe(fake, url, "card digits as \\u escapes",
          content=b'{"model": "echo", "messages": [{"role": "user", "content": "card '
          + digits.encode() + b'"}]}')

    def surrogates(s: str) -> str:
        return "".join(
            "".join(f"\\u{u:04x}" for u in (0xD800 + ((ord(c) - 0x10000) >> 10),
                                            0xDC00 + ((ord(c) - 0x10000) & 0x3FF)))
            if ord(c) > 0xFFFF else c for c in s)

    math_card = "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in OWN["card"])
    probe(fake, url, "card in mathematical digits as surrogate pairs",
          content=b'{"model": "echo", "messages": [{"role": "user", "content": "card '
          + surrogates(math_card).encode() + b'"}]}',
          check_upstream={**VALUES, "math": math_card})
    local, _, domain = OWN["email"].partition("@")
    math_mail = "".join(chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z" else c for c in local)
    probe(fake, url, "e-mail in mathematical letters as surrogate pairs",
          content=b'{"model": "echo", "messages": [{"role": "user", "content": "mail '
          + surrogates(math_mail + "@" + domain).encode() + b'"}]}',
          check_upstream={**VALUES, "math": math_mail})
    probe(fake, url, "e-mail with \\/ and \\u0040 escapes",
          content=b'{"model": "echo", "messages": [{"role": "user", "content": "mail '
          + local.encode() + b'\\u0040' + domain.encode() + b' \\/ ok"}]}')
    probe(fake, url, "card as an exponent float in a list",
          content=b'{"model": "echo", "messages": [], "ids": [4.111111111111111e15]}')
    probe(fake, url, "card as a JSON number deep in lists",
          content=b'{"model": "echo", "messages": [], "x": [[[4111111111111111]]]}')
    probe(fake, url, "IBAN digits as a number beside its key",
          content=b'{"model": "echo", "messages": [], "account_number": 370400440532013000}',
          check_upstream={**VALUES, "bban": "370400440532013000"})
    probe(fake, url, "duplicate keys, the value in a nested object's first copy",
          content=b'{"model": "echo", "messages": [{"role": "user", "content": "hi"}], '
          b'"metadata": {"note": ' + json.dumps(DETAILS).encode() + b', "note": "x"}}')
    probe(fake, url, "a value split over the items of stop", body=chat(
        "hi", stop=["anna.kowal", "ska@example.com", "4111 1111", " 1111 1111"]))
    probe(fake, url, "a value split over the system and the user message", body={
        "model": "echo", "messages": [
            {"role": "system", "content": "Reply to anna.kowal"},
            {"role": "user", "content": "ska@example.com about card 4111 1111 1111 1111"}]},
        check_upstream={**VALUES, "joined": "anna.kowal"})
    probe(fake, url, "a value split over a tool result and the user message", body={
        "model": "echo", "messages": [
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c", "content": "IBAN DE89 3704 0044"},
            {"role": "user", "content": "0532 0130 00 is the rest"}]},
        check_upstream={**VALUES, "half": "DE89 3704 0044"})
    probe(fake, url, "Predicted Outputs prediction content",
          body=chat("hi", prediction={"type": "content", "content": DETAILS}))
    probe(fake, url, "logit_bias keys holding a card and an e-mail",
          body=chat("hi", logit_bias={"4111111111111111": 5, OWN["email"]: 1}),
          statuses=(200, 400))

    # token ids: text the guard cannot read (any tokenizer decodes them upstream)
    ids = list(OWN["email"].encode())  # a byte-level vocabulary spells it back
    refused = {"statuses": (400, 415, 422)}
    probe(fake, url, "token ids: embeddings input, one list", path="/v1/embeddings",
          body={"model": "e", "input": ids}, **refused)
    probe(fake, url, "token ids: embeddings input, lists", path="/v1/embeddings",
          body={"model": "e", "input": [ids, [1734, 9906]]}, **refused)
    probe(fake, url, "token ids: completions prompt", path="/v1/completions",
          body={"model": "c", "prompt": ids}, **refused)
    probe(fake, url, "token ids: completions prompt, lists", path="/v1/completions",
          body={"model": "c", "prompt": [ids]}, **refused)
    probe(fake, url, "token ids: embeddings input as a one-token list", path="/v1/embeddings",
          body={"model": "e", "input": [1734]}, **refused)
    probe(fake, url, "embeddings input as text (look-alike passes)", path="/v1/embeddings",
          body={"model": "e", "input": ["hello", "world"]}, statuses=(200,))
    probe(fake, url, "embeddings dimensions number (look-alike passes)", path="/v1/embeddings",
          body={"model": "e", "input": "hello", "dimensions": 256}, statuses=(200,))


# -- replies --------------------------------------------------------------------------

def _lp(token: str) -> dict[str, Any]:
    return {"token": token, "logprob": -0.1, "bytes": list(token.encode()),
            "top_logprobs": [{"token": token, "logprob": -0.1, "bytes": list(token.encode())}]}


def reply_probes(fake: Upstream, url: str) -> None:
    pieces = split(FOREIGN_DETAILS, 4)
    logprobs = {"content": [_lp(t) for t in pieces]}
    play(fake, url, "chat JSON with logprobs spelling a foreign value", "application/json",
         [json.dumps({"object": "chat.completion", "choices": [{"index": 0, "message": {
             "role": "assistant", "content": "ok"}, "logprobs": logprobs}]}).encode()],
         token_bytes=True)
    stream = [{"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {
        "content": t}, "logprobs": {"content": [_lp(t)]}}]} for t in pieces]
    play(fake, url, "chat SSE with logprobs per chunk", "text/event-stream",
         [*sse(stream), b"data: [DONE]\n\n"], token_bytes=True)
    bytes_only = {"content": [{"token": "x", "logprob": -0.1, "bytes": list(t.encode())}
                              for t in pieces]}
    play(fake, url, "logprobs bytes that spell other text than their token",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "role": "assistant", "content": "ok"}, "logprobs": bytes_only}]}).encode()],
         token_bytes=True)
    legacy = {"tokens": pieces, "token_logprobs": [-0.1] * len(pieces),
              "top_logprobs": [{t: -0.1} for t in pieces], "text_offset": list(range(len(pieces)))}
    play(fake, url, "legacy completions logprobs tokens and top_logprobs keys",
         "application/json", [json.dumps({"object": "text_completion", "choices": [
             {"index": 0, "text": "ok", "logprobs": legacy}]}).encode()], token_bytes=True,
         path="/v1/completions")
    play(fake, url, "refusal in a JSON reply", "application/json", [json.dumps({
        "choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                             "refusal": FOREIGN_DETAILS}}]}).encode()])
    play(fake, url, "refusal deltas", "text/event-stream",
         chat_deltas(split(FOREIGN_DETAILS, 5), "refusal"))
    annotations = [{"type": "url_citation", "url_citation": {
        "url": f"https://x.example/u?m={FOREIGN['f_email']}", "title": FOREIGN_DETAILS,
        "start_index": 0, "end_index": 2}}]
    play(fake, url, "annotations url_citation", "application/json", [json.dumps({
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok",
                                             "annotations": annotations}}]}).encode()])
    resp_ann = [{"type": "response.output_text.annotation.added", "item_id": "m",
                 "output_index": 0, "content_index": 0, "annotation_index": 0,
                 "annotation": {"type": "file_citation", "file_id": "f",
                                "filename": f"{FOREIGN['f_email']}.pdf"}}]
    play(fake, url, "Responses annotation.added event", "text/event-stream",
         sse(resp_ann, ["response.output_text.annotation.added"]))
    keyed = json.dumps({"account_number": FOREIGN["f_account"], "to": FOREIGN["f_email"]})
    play(fake, url, "legacy function_call arguments", "application/json", [json.dumps({
        "choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                             "function_call": {"name": "pay",
                                                               "arguments": keyed}}}]}).encode()])
    play(fake, url, "Responses JSON output function_call arguments", "application/json",
         [json.dumps({"object": "response", "output": [{"type": "function_call",
                                                        "call_id": "c", "name": "pay",
                                                        "arguments": keyed}]}).encode()],
         path="/v1/responses")
    anthropic = [{"type": "content_block_delta", "index": 1, "delta": {
        "type": "input_json_delta", "partial_json": piece}} for piece in split(keyed, 5)]
    anthropic.append({"type": "content_block_stop", "index": 1})
    play(fake, url, "Anthropic input_json_delta pieces", "text/event-stream",
         sse(anthropic, [e["type"] for e in anthropic]), path="/v1/messages")
    custom = [{"type": "response.custom_tool_call_input.delta", "item_id": "c",
               "output_index": 0, "delta": piece}
              for piece in split(f"pay account_number {FOREIGN['f_account']} now", 4)]
    custom.append({"type": "response.custom_tool_call_input.done", "item_id": "c",
                   "output_index": 0, "input": f"pay account_number {FOREIGN['f_account']}"})
    play(fake, url, "Responses custom tool input deltas (keyed number)", "text/event-stream",
         sse(custom, [e["type"] for e in custom]), path="/v1/responses")
    play(fake, url, "SSE retry and unknown fields holding values", "text/event-stream",
         [f"retry: 1000\nx-note: {FOREIGN['f_email']}\ndata: {{}}\n\n".encode()])
    event = json.dumps({"choices": [{"index": 0, "delta": {
        "content": "Grüße, " + FOREIGN_DETAILS}}]}).encode("utf-8")
    raw = b"data: " + event + b"\n\ndata: [DONE]\n\n"
    play(fake, url, "SSE cut every 7 bytes (mid UTF-8, mid field name)", "text/event-stream",
         [raw[i : i + 7] for i in range(0, len(raw), 7)])
    sse_body = b"".join(c for c in chat_deltas(split(FOREIGN_DETAILS, 6))
                        if isinstance(c, bytes))
    # The guard reads these as the streams they are and sends them on as they came (not
    # JSON): only what a client joins from them is checked here.
    play(fake, url, "SSE body declared application/json", "application/json", [sse_body],
         json_check=False)
    pretty = json.dumps({"choices": [{"message": {"content": FOREIGN_DETAILS}}]}, indent=2)
    play(fake, url, "pretty-printed JSON declared text/event-stream", "text/event-stream",
         [pretty.encode()])
    ndjson = b"".join(json.dumps({"content": p}).encode() + b"\n"
                      for p in split(FOREIGN_DETAILS, 6))
    play(fake, url, "NDJSON body declared application/json", "application/json", [ndjson],
         json_check=False)
    play(fake, url, "JSON body declared text/plain", "text/plain",
         [json.dumps({"content": FOREIGN_DETAILS}).encode()])
    play(fake, url, "SSE body declared application/x-ndjson", "application/x-ndjson",
         [sse_body])
    play(fake, url, "SSE declared charset=latin-1", "text/event-stream; charset=latin-1",
         [b"data: " + json.dumps({"choices": [{"index": 0, "delta": {
             "content": "caf\xe9 " + FOREIGN_DETAILS}}]}, ensure_ascii=False).encode("latin-1")
          + b"\n\n"])
    wav = base64.b64encode(b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(range(256))).decode()
    play(fake, url, "chat audio reply: transcript and data", "application/json", [json.dumps({
        "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "audio": {
            "id": "a", "data": wav, "transcript": FOREIGN_DETAILS}}}]}).encode()])
    parts = split(FOREIGN_DETAILS, 5)
    play(fake, url, "SSE events whose data are JSON strings", "text/event-stream",
         [f"data: {json.dumps(p)}\n\n".encode() for p in parts])
    play(fake, url, "NDJSON lines that are JSON strings", "application/x-ndjson",
         [json.dumps(p).encode() + b"\n" for p in parts])
    named = [{"type": "text", "text": p} for p in parts]
    play(fake, url, "SSE named events with text pieces", "text/event-stream",
         sse(named, ["text"] * len(named)))
    custom_app = [{"type": "token", "value": p} for p in parts]
    play(fake, url, "SSE named events with pieces under another key", "text/event-stream",
         sse(custom_app))
    play(fake, url, "NDJSON pieces under another key", "application/x-ndjson",
         [json.dumps({"type": "token", "value": p}).encode() + b"\n" for p in parts])
    play(fake, url, "JSON reply: a list of strings", "application/json",
         [json.dumps(parts).encode()])
    text_b64 = base64.b64encode(("x" * 40 + FOREIGN_DETAILS).encode()).decode()
    play(fake, url, "base64 of foreign text split over deltas", "text/event-stream",
         chat_deltas(split(text_b64, 6)), forbid_reply={
             "b64": text_b64[56:96]})


# -- middleware -------------------------------------------------------------------------

async def middleware_probes() -> None:
    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        seen.append(await request.body())
        return JSONResponse({"ok": True})

    async def stream(request: Request) -> Response:
        async def body() -> Any:
            for piece in split(PDF, 9):
                event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
                yield f"data: {json.dumps(event)}\n\n".encode()

        return StreamingResponse(body(), media_type="text/event-stream")

    inner = Starlette(routes=[Route("/chat/in", record, methods=["POST"]),
                              Route("/chat/out", stream, methods=["POST"])])
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(inner, guard=Guard(config, detector=p10.detector()))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                 headers={"x-session-id": "mw12"}) as c:
        cases = {
            "middleware: pdf data url in MIME lines": {"file": "data:application/pdf;base64,"
                                                       + lines(PDF)},
            "middleware: token ids under input": {"input": list(OWN["email"].encode())},
        }
        for name, body in cases.items():
            before = len(seen)
            r = await c.post("/chat/in", json=body)
            p10.verdict(name, r.status_code, b"\n".join(seen[before:]), r.content,
                        reply_type=r.headers.get("content-type", ""),
                        statuses=(400, 415, 422))
        r = await c.post("/chat/out", json={"q": "hi"})
        p10.verdict("middleware: a pdf over streamed deltas", r.status_code, b"", r.content,
                    reply_type=r.headers.get("content-type", ""), forbid_reply=WITHHELD)


def main() -> None:
    recorder = recording_logs()
    with proxy_stack() as (fake, url):
        document_probes(fake, url)
        request_probes(fake, url)
        reply_probes(fake, url)
        p10.metrics_hold_no_value(url)
    asyncio.run(middleware_probes())
    p10.logs_hold_no_value(recorder)
    print_tally(RESULTS)


if __name__ == "__main__":
    main()
