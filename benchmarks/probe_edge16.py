"""Black-box probes of the proxy boundary, edge16: shapes `probe_edge9.py` ...
`probe_edge15.py` did not send, on the OpenAI-compatible proxy only.

A real proxy (uvicorn) in front of the recording upstream of `probe_edge10.py`. Each probe
is pass/fail with the checks of `probe_edge10.verdict` (the user's values never reach the
upstream raw, in any of `probe_edge9.forms`; no foreign value reaches the client; no
crash; a refusal echoes nothing), over the values of `probe_edge14.py` (a password and a
name besides e-mail, card, IBAN, phone and keyed numbers), plus, where a row names them:

- every body the upstream got, and the client's reply body, are also searched after
  undoing any compression layers (gzip, zlib, raw deflate, br, zstd) a reader could undo;
- `strict`: a body forwarded to the upstream must be strict JSON (no `NaN`/`Infinity`),
  since the client sent none;
- extra forms of a value (other-script digits, soft hyphens) searched besides the plain.

Groups: request text the decoder has to think about (lone surrogate escapes, a 5000-digit
integer, `Infinity`, `1e400`, raw U+2028/U+0085 in strings, values in Arabic-Indic,
Devanagari and fullwidth forms, soft hyphens inside values, keys in other cases that a
case-insensitive decoder (Go) maps onto `messages`/`role`); content codings and charsets
not sent before (three codings stacked, `identity` over a gzip body, `compress`, a q-value,
a quoted upper-case charset, ISO-2022-JP escapes inside a value, GB18030); HTTP framing on
a raw socket (a short `Content-Length` smuggling a second body, chunk extensions holding
values, `Transfer-Encoding: gzip, chunked`, `;` parameters and dot segments in the path, a
triple-encoded query value, a `Host` holding an e-mail); OpenAI endpoints and fields not
sent before (batches, evals, graders, a stored completion's metadata update, vector store
create, moderations parts, a realtime SDP offer, Responses `instructions` as items and the
rarer input items: file/web search calls, code interpreter, local shell, MCP approvals and
tool lists); replies: 206 with `Content-Range`, `multipart/byteranges`, `application/json-seq`,
a gzip body declared `identity` or not declared, raw U+2028/U+0085 inside SSE and NDJSON
strings, lone surrogate escapes beside a foreign value, a `data:` field after a tab, a JSON
reply declared UTF-16 sent as UTF-8, foreign values in fullwidth / Arabic-Indic digits and
with soft hyphens, a 201 `Location`. At the end every log record of the run and `/metrics`
are searched.

    PYTHONPATH=<tree> python benchmarks/probe_edge16.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py` and
`benchmarks/probe_edge9.py`, `probe_edge10.py`, `probe_edge12.py`, `probe_edge14.py`,
`probe_harness.py` from its own checkout.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import brotli
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_edge10 as p10
import probe_edge14 as p14
from probe_edge9 import FOREIGN, FOREIGN_DETAILS, OWN, leaks, split
from probe_edge10 import ALL_VALUES, Upstream, proxy_stack, recording_logs
from probe_edge14 import EMAIL, F_EMAIL, NAME, NEEDLES, PASSWORD, TEXT, chunk, raw_probe
from probe_harness import print_tally

RESULTS = p10.RESULTS
CARD = OWN["card"]
IBAN = OWN["iban"]
PHONE = OWN["phone"]
F_CARD = FOREIGN["f_card"]
F_IBAN = FOREIGN["f_iban"]


def digits_in(value: str, zero: int) -> str:
    """`value` with its ASCII digits written from another script's zero."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in value)


def fullwidth(value: str) -> str:
    """`value` in fullwidth forms (ASCII 0x21-0x7e to U+FF01-U+FF5E, space kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def soft_hyphens(value: str) -> str:
    """`value` with a soft hyphen after every third character."""
    return "\u00ad".join(split(value, 3))


# the same values as an LLM reads them, written in other forms
DISGUISED = {
    "card arabic-indic": digits_in(CARD, 0x0660),
    "phone devanagari": digits_in(PHONE, 0x0966),
    "email fullwidth": fullwidth(EMAIL),
    "iban fullwidth": fullwidth(IBAN),
    "email soft hyphens": soft_hyphens(EMAIL),
    "iban soft hyphens": soft_hyphens(IBAN),
}
F_DISGUISED = {
    "f_card fullwidth": fullwidth(F_CARD),
    "f_iban arabic-indic": digits_in(F_IBAN, 0x0660),
    "f_email soft hyphens": soft_hyphens(F_EMAIL),
}


def chat(content: Any, **extra: Any) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": "user", "content": content}], **extra}


_ALL_STRINGS_JOINED = p10.all_strings_joined
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _all_strings_joined(reply: bytes) -> bytes:
    """`probe_edge10.all_strings_joined`, also for a reply whose JSON strings hold lone
    surrogate escapes (which it cannot write as UTF-8): those read as U+FFFD."""
    try:
        return _ALL_STRINGS_JOINED(reply)
    except UnicodeEncodeError:
        return _ALL_STRINGS_JOINED(_SURROGATE_ESCAPE.sub(rb"\\ufffd", reply))


# added after the first run: the kit's verdict crashed on a reply it had not seen pass
p10.all_strings_joined = _all_strings_joined


def fail_last(problem: str) -> None:
    RESULTS[-1] = (RESULTS[-1][0], False)
    print(f"FAIL  {RESULTS[-1][0]}: {problem}", flush=True)


# -- reading what a decoder would undo -------------------------------------------------

def _unpack_once(data: bytes) -> list[bytes]:
    out = []
    for undo in (gzip.decompress, zlib.decompress, lambda d: zlib.decompress(d, -15),
                 brotli.decompress):
        try:
            out.append(undo(data))
        except Exception:
            continue
    try:
        import zstandard

        out.append(zstandard.ZstdDecompressor().decompress(data, max_output_size=1 << 24))
    except Exception:
        pass
    return [o for o in out if o and o != data]


def unpacked(body: bytes, depth: int = 4) -> bytes:
    """Every decompressed form of `body` (nested up to `depth` layers), joined."""
    found: list[bytes] = []
    layer = [body]
    for _ in range(depth):
        nxt = [u for data in layer for u in _unpack_once(data)]
        found += nxt
        layer = nxt
    return b"\n".join(found)


def strict_json(body: bytes) -> bool:
    def refuse(token: str) -> Any:
        raise ValueError(token)

    try:
        json.loads(body, parse_constant=refuse)
    except ValueError:
        return False
    return True


def probe(fake: Upstream, url: str, name: str, *, strict: bool = False,
          extra: dict[str, str] | None = None, forbid_reply: dict[str, str] | None = None,
          **kw: Any) -> tuple[int | None, bytes]:
    """One row through `probe_edge14.probe`, then the checks this script adds."""
    kw.setdefault("check_upstream", {**NEEDLES, **(extra or {})})
    before = len(fake.requests)
    status, reply = p14.probe(fake, url, name, forbid_reply=forbid_reply or {}, **kw)
    with fake.lock:
        got = fake.requests[before:]
    problems = []
    for request in got:
        body = request.split(b"\n\n", 1)[-1]
        up = leaks(unpacked(body), kw["check_upstream"])
        if up:
            problems.append(f"upstream got compressed {up}")
        if strict and body and not strict_json(body):
            problems.append(f"upstream got no strict JSON: {body[:80]!r}")
    body = reply.split(b"\n\n", 1)[-1]
    back = leaks(unpacked(body), {**FOREIGN, **(forbid_reply or {})})
    if back:
        problems.append(f"client got compressed {back}")
    if problems:
        fail_last("; ".join(problems))
    return status, reply


def play(fake: Upstream, url: str, name: str, content_type: str | None,
         chunks: list[bytes | float], *, status: int = 200,
         headers: list[tuple[str, str]] | None = None, path: str = "/v1/chat/completions",
         user: str = "hi", **checks: Any) -> None:
    fake.scripts[name] = (content_type, chunks, status, headers or [])
    probe(fake, url, f"reply: {name}", path=path, body={
        "model": f"script:{name}", "messages": [{"role": "user", "content": user}]}, **checks)


# -- requests: what the JSON decoder sees -----------------------------------------------

def text_probes(fake: Upstream, url: str) -> None:
    probe(fake, url, "request: a lone surrogate escape before every needle",
          content=json.dumps(chat("\ud800 " + TEXT)).encode(), statuses=(200, 400))
    probe(fake, url, "request: a lone low surrogate escape inside the e-mail",
          content=json.dumps(chat(f"mail {EMAIL[:5]}\udc00{EMAIL[5:]} and {TEXT}")).encode(),
          statuses=(200, 400))
    probe(fake, url, "request: a lone surrogate in an object key beside the needles",
          content=json.dumps({**chat(TEXT), "metadata": {"n\udfff": EMAIL}}).encode(),
          statuses=(200, 400))
    big = "9" * 5000
    probe(fake, url, "request: a 5000-digit integer beside every needle",
          content=json.dumps(chat(TEXT)).encode()[:-1] + f', "seed": {big}}}'.encode(),
          statuses=(200, 400, 413, 415), strict=True)
    probe(fake, url, "request: Infinity and -Infinity beside every needle",
          content=json.dumps(chat(TEXT)).encode()[:-1]
          + b', "temperature": Infinity, "top_p": -Infinity}',
          statuses=(200, 400, 415), strict=True)
    probe(fake, url, "request: a float literal 1e400 beside every needle",
          content=json.dumps(chat(TEXT)).encode()[:-1] + b', "temperature": 1e400}',
          statuses=(200, 400, 415), strict=True)
    probe(fake, url, "request: raw U+2028, U+2029 and U+0085 between the needles",
          content=json.dumps(chat(f"{NAME}\u2028{EMAIL}\u2029{CARD}\u0085{IBAN} {TEXT}"),
                             ensure_ascii=False).encode(), statuses=(200,))
    probe(fake, url, "request: card in Arabic-Indic digits, phone in Devanagari",
          body=chat(f"card {DISGUISED['card arabic-indic']}, "
                    f"phone {DISGUISED['phone devanagari']}"),
          extra=DISGUISED, statuses=(200,))
    probe(fake, url, "request: e-mail and IBAN in fullwidth forms",
          body=chat(f"mail {DISGUISED['email fullwidth']} IBAN {DISGUISED['iban fullwidth']}"),
          extra=DISGUISED, statuses=(200,))
    probe(fake, url, "request: soft hyphens inside the e-mail and the IBAN",
          body=chat(f"mail {DISGUISED['email soft hyphens']}, "
                    f"IBAN {DISGUISED['iban soft hyphens']}"),
          extra=DISGUISED, statuses=(200,))
    probe(fake, url, "request: 'Messages' beside 'messages' (a Go decoder matches keys "
          "in any case)",
          body={"model": "echo", "messages": [{"role": "user", "content": "hi"}],
                "Messages": [{"Role": "user", "Content": TEXT}]}, statuses=(200, 400))
    probe(fake, url, "request: values under structural keys in other cases "
          "(ROLE, Model, TYPE)",
          body={"model": "echo", "Model": EMAIL, "messages": [
              {"role": "user", "ROLE": CARD, "content": [
                  {"type": "text", "text": "hi", "TYPE": IBAN}]}]}, statuses=(200, 400))
    probe(fake, url, "request: values under escaped structural keys (r\\u006fle)",
          content=(b'{"model": "echo", "messages": [{"r\\u006fle": "user", '
                   b'"c\\u006fntent": ' + json.dumps(TEXT).encode() + b"}]}"),
          statuses=(200, 400))


# -- requests: codings and charsets ---------------------------------------------------

def coding_probes(fake: Upstream, url: str) -> None:
    raw = json.dumps(chat(TEXT)).encode()
    probe(fake, url, "request: br, deflate and gzip stacked (three codings)",
          content=gzip.compress(zlib.compress(brotli.compress(raw))),
          headers={"content-encoding": "br, deflate, gzip"}, statuses=(200, 400, 415))
    probe(fake, url, "request: 'identity' declared over a gzip body",
          content=gzip.compress(raw), headers={"content-encoding": "identity"},
          statuses=(400, 415))
    probe(fake, url, "request: no coding declared, gzip body",
          content=gzip.compress(raw), statuses=(400, 415))
    probe(fake, url, "request: Content-Encoding compress", content=zlib.compress(raw),
          headers={"content-encoding": "compress"}, statuses=(400, 415))
    probe(fake, url, "request: Content-Encoding with a q-value 'gzip;q=1.0'",
          content=gzip.compress(raw), headers={"content-encoding": "gzip;q=1.0"},
          statuses=(200, 400, 415))
    probe(fake, url, "request: Content-Encoding 'gzip' twice in one header over gzip once",
          content=gzip.compress(raw), headers={"content-encoding": "gzip, gzip"},
          statuses=(400, 415, 200))
    probe(fake, url, "request: charset in quotes and upper case (\"UTF-16\"), BOM body",
          content=raw.decode().encode("utf-16"),
          headers={"content-type": 'application/json; charset="UTF-16"'},
          statuses=(200, 400, 415))
    probe(fake, url, "request: charset=UTF-16LE declared, body with a BOM",
          content=b"\xff\xfe" + raw.decode().encode("utf-16-le"),
          headers={"content-type": "application/json; charset=UTF-16LE"},
          statuses=(200, 400, 415))
    iso = json.dumps(chat(f"東京の{NAME}, mail {EMAIL[:4]}"), ensure_ascii=False)
    iso_bytes = iso.encode("iso-2022-jp")[:-2] + b"\x1b$B\x1b(B" + \
        json.dumps(f"{EMAIL[4:]}, {TEXT}")[1:].encode() + b"}]}"
    probe(fake, url, "request: ISO-2022-JP with an empty escape run inside the e-mail",
          content=iso_bytes,
          headers={"content-type": "application/json; charset=iso-2022-jp"},
          statuses=(200, 400, 415))
    probe(fake, url, "request: GB18030 declared, Chinese text beside every needle",
          content=json.dumps(chat(f"你好 {TEXT}"), ensure_ascii=False).encode("gb18030"),
          headers={"content-type": "application/json; charset=gb18030"},
          statuses=(200, 415))


# -- requests: HTTP framing on a raw socket ----------------------------------------------

def http_probes(fake: Upstream, url: str) -> None:
    host = urlsplit(url).netloc
    body = json.dumps(chat(TEXT)).encode()
    hi = json.dumps(chat("hi")).encode()

    def head(target: str = "/v1/chat/completions", extra: str = "",
             length: int | None = None, connection: str = "close",
             host_value: str = host) -> bytes:
        lines = [f"POST {target} HTTP/1.1", f"Host: {host_value}",
                 "Content-Type: application/json", f"X-Session-Id: {p14._session()}",
                 f"Connection: {connection}"]
        if length is not None:
            lines.append(f"Content-Length: {length}")
        return ("\r\n".join(lines) + ("\r\n" + extra if extra else "") + "\r\n\r\n").encode()

    raw_probe(fake, url, "a short Content-Length, the rest a second body with every needle",
              head(length=len(hi), connection="keep-alive") + hi + body,
              statuses=(200, 400))
    exts = b"".join(b"%x;note=%s;card=%s\r\n%s\r\n" % (
        len(body[i:i + 60]), quote(EMAIL).encode(), CARD.replace(" ", "").encode(),
        body[i:i + 60]) for i in range(0, len(body), 60))
    raw_probe(fake, url, "chunk extensions holding an e-mail and a card",
              head(extra="Transfer-Encoding: chunked") + exts + b"0\r\n\r\n",
              statuses=(200, 400))
    packed = gzip.compress(body)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(packed), packed)
    raw_probe(fake, url, "Transfer-Encoding 'gzip, chunked' over a gzip body",
              head(extra="Transfer-Encoding: gzip, chunked") + chunked,
              statuses=(200, 400, 415, 501))
    raw_probe(fake, url, "path ;parameters holding an e-mail and a card",
              head(target=f"/v1/chat/completions;email={quote(EMAIL)};card="
                   f"{CARD.replace(' ', '')}", length=len(hi)) + hi,
              statuses=(200, 400, 404))
    raw_probe(fake, url, "a dot segment hiding an e-mail segment",
              head(target=f"/v1/{EMAIL}/../chat/completions", length=len(hi)) + hi,
              statuses=(200, 400, 404))
    raw_probe(fake, url, "a percent-encoded dot segment after an IBAN segment",
              head(target=f"/v1/files/{IBAN}/%2e%2e/%2E%2E/chat/completions",
                   length=len(hi)) + hi, statuses=(200, 400, 404))
    thrice = quote(quote(quote(EMAIL, safe=""), safe=""), safe="")
    raw_probe(fake, url, "query: an e-mail percent-encoded three times",
              head(target=f"/v1/chat/completions?ref={thrice}", length=len(hi)) + hi,
              statuses=(200, 400))
    raw_probe(fake, url, "Host header holding an e-mail as userinfo",
              head(host_value=f"{quote(EMAIL, safe='@')}@{host}", length=len(hi)) + hi,
              statuses=(200, 400, 421))


# -- requests: OpenAI endpoints and fields ---------------------------------------------

def endpoint_probes(fake: Upstream, url: str) -> None:
    probe(fake, url, "request: /v1/batches with metadata", path="/v1/batches",
          body={"input_file_id": "file-abc123", "endpoint": "/v1/chat/completions",
                "completion_window": "24h",
                "metadata": {"customer": EMAIL, "note": TEXT}})
    probe(fake, url, "request: /v1/evals with a template and a label grader",
          path="/v1/evals",
          body={"name": f"support evals for {NAME}", "data_source_config": {
              "type": "custom", "item_schema": {"type": "object", "properties": {
                  "ticket": {"type": "string", "description": f"e.g. {EMAIL}"}}}},
                "testing_criteria": [{"type": "label_model", "model": "gpt-4o",
                                      "name": "tone", "input": [
                                          {"role": "developer", "content": TEXT},
                                          {"role": "user", "content": "{{item.ticket}}"}],
                                      "labels": ["ok"], "passing_labels": ["ok"]}]})
    probe(fake, url, "request: grader run with a reference answer and model sample",
          path="/v1/fine_tuning/alpha/graders/run",
          body={"grader": {"type": "string_check", "name": "same", "input":
                           "{{sample.output_text}}", "reference": "{{item.answer}}",
                           "operation": "eq"},
                "model_sample": f"Your card {CARD} is billed",
                "item": {"answer": TEXT}})
    probe(fake, url, "request: a stored chat completion's metadata update",
          path="/v1/chat/completions/chatcmpl-abc123",
          body={"metadata": {"email": EMAIL, "name": NAME, "iban": IBAN}})
    probe(fake, url, "request: vector store create with name and metadata",
          path="/v1/vector_stores",
          body={"name": f"{NAME} contracts", "file_ids": ["file-1"],
                "metadata": {"owner": EMAIL, "card": CARD},
                "chunking_strategy": {"type": "static", "static": {
                    "max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}})
    probe(fake, url, "request: moderations with text parts", path="/v1/moderations",
          body={"model": "omni-moderation-latest", "input": [
              {"type": "text", "text": f"I am {NAME}, mail {EMAIL}"},
              {"type": "text", "text": f"card {CARD}, phone {PHONE}, IBAN {IBAN}"}]},
          check_upstream={k: NEEDLES[k] for k in ("name", "email", "card", "phone", "iban")})
    sdp = ("v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n"
           f"s={NAME}\r\ne={EMAIL}\r\np={PHONE}\r\nt=0 0\r\n"
           "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n")
    probe(fake, url, "request: realtime call SDP offer with e= and p= lines (application/sdp)",
          path="/v1/realtime/calls", content=sdp.encode(),
          headers={"content-type": "application/sdp"}, statuses=(200, 400, 415),
          check_upstream={k: NEEDLES[k] for k in ("name", "email", "phone")})
    probe(fake, url, "request: Responses instructions as a list of message items",
          path="/v1/responses", body={"model": "echo", "input": "hi", "instructions": [
              {"type": "message", "role": "developer", "content": [
                  {"type": "input_text", "text": TEXT}]}]})
    probe(fake, url, "request: Responses file_search_call and web_search_call items",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "file_search_call", "id": "fs_1", "status": "completed",
               "queries": [f"contracts of {NAME}", EMAIL],
               "results": [{"file_id": "file-1", "filename": f"{NAME}.pdf", "score": 0.9,
                            "text": TEXT, "attributes": {"owner": EMAIL}}]},
              {"type": "web_search_call", "id": "ws_1", "status": "completed",
               "action": {"type": "search", "query": f"{NAME} {PHONE}",
                          "sources": [{"type": "url", "url":
                                       f"https://x.example/?q={quote(EMAIL)}"}]}}]})
    probe(fake, url, "request: Responses code_interpreter_call and local_shell items",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "code_interpreter_call", "id": "ci_1", "status": "completed",
               "container_id": "cntr_1", "code": f"send('{EMAIL}', '{CARD}')",
               "outputs": [{"type": "logs", "logs": TEXT}]},
              {"type": "local_shell_call", "id": "ls_1", "call_id": "c3",
               "status": "completed", "action": {
                   "type": "exec", "command": ["grep", IBAN, "ledger.csv"],
                   "env": {"USER_EMAIL": EMAIL}}},
              {"type": "local_shell_call_output", "id": "ls_1", "output": TEXT}]})
    probe(fake, url, "request: Responses MCP approval and tool list items",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "mcp_list_tools", "id": "ml_1", "server_label": "crm", "tools": [
                  {"name": "find", "description": f"finds {NAME} by {EMAIL}",
                   "input_schema": {"type": "object"}}]},
              {"type": "mcp_approval_request", "id": "ma_1", "server_label": "crm",
               "name": "charge", "arguments": json.dumps({"card": CARD, "iban": IBAN})},
              {"type": "mcp_approval_response", "approval_request_id": "ma_1",
               "approve": False, "reason": TEXT}]})
    probe(fake, url, "request: chat input_audio part beside a text part",
          body=chat([{"type": "text", "text": TEXT},
                     {"type": "input_audio", "input_audio": {
                         "data": "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=",
                         "format": "wav"}}]))
    probe(fake, url, "request look-alike: batch ids, endpoint and window pass",
          path="/v1/batches",
          body={"input_file_id": "file-abc123", "endpoint": "/v1/chat/completions",
                "completion_window": "24h", "metadata": {"run": "nightly-42"}},
          reach=("file-abc123", "/v1/chat/completions", "nightly-42"))


# -- replies -----------------------------------------------------------------------------

def reply_probes(fake: Upstream, url: str) -> None:
    text = f"notes: {FOREIGN_DETAILS}\n"
    play(fake, url, "206 Partial Content text with Content-Range", "text/plain",
         [text.encode()], status=206, statuses=(206, 502),
         headers=[("content-range", f"bytes 0-{len(text) - 1}/9999"),
                  ("accept-ranges", "bytes")], path="/v1/files/file-1/content")
    parts = (f"--r\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-9/99\r\n\r\n"
             f"{FOREIGN_DETAILS}\r\n--r\r\nContent-Type: application/json\r\n\r\n"
             f"{json.dumps({'x': F_EMAIL})}\r\n--r--\r\n").encode()
    play(fake, url, "206 multipart/byteranges with foreign values",
         "multipart/byteranges; boundary=r", [parts], status=206, statuses=(206, 502),
         path="/v1/files/file-1/content")
    seq = b"".join(b"\x1e" + json.dumps(chunk(0, p)).encode() + b"\n"
                   for p in split(FOREIGN_DETAILS, 7))
    play(fake, url, "application/json-seq (RS-framed chunks)", "application/json-seq", [seq],
         statuses=(200, 502))
    whole = json.dumps({"choices": [{"index": 0, "message": {
        "content": FOREIGN_DETAILS}}]}).encode()
    play(fake, url, "gzip body declared identity", "application/json",
         [gzip.compress(whole)], headers=[("content-encoding", "identity")],
         statuses=(200, 502))
    play(fake, url, "gzip body, no coding declared", "application/json",
         [gzip.compress(whole)], statuses=(200, 502))
    play(fake, url, "br body declared text/plain, no coding", "text/plain",
         [brotli.compress(FOREIGN_DETAILS.encode())], statuses=(200, 502))
    events = [chunk(0, p) for p in (f"see {F_EMAIL[:8]}", f"{F_EMAIL[8:]}\u2028card",
                                    f" {F_CARD}\u0085 IBAN {F_IBAN}")]
    play(fake, url, "SSE strings holding raw U+2028 and U+0085, a value split",
         "text/event-stream",
         [f"data: {json.dumps(e, ensure_ascii=False)}\n\n".encode() for e in events]
         + [b"data: [DONE]\n\n"], by_index=True)
    play(fake, url, "NDJSON strings holding raw U+2028 and U+0085, a value split",
         "application/x-ndjson",
         [(json.dumps(e, ensure_ascii=False) + "\n").encode() for e in events],
         by_index=True)
    play(fake, url, "JSON with raw U+2028 beside a foreign e-mail", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {
             "content": f"x\u2028{F_EMAIL}\u2029{F_CARD}"}}]}, ensure_ascii=False).encode()])
    play(fake, url, "JSON with a lone surrogate escape beside a foreign e-mail",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "content": f"\ud83d {FOREIGN_DETAILS}"}}]}).encode()], statuses=(200, 502))
    play(fake, url, "SSE chunks with lone surrogate escapes and a foreign value split",
         "text/event-stream",
         [f"data: {json.dumps(chunk(0, p))}\n\n".encode()
          for p in ("\udc00 mail ", F_EMAIL[:9], "\ud800" + F_EMAIL[9:], " ok")]
         + [b"data: [DONE]\n\n"], statuses=(200, 502))
    play(fake, url, "SSE data field after a tab", "text/event-stream",
         [f"data:\t{json.dumps(chunk(0, p))}\n\n".encode() for p in split(FOREIGN_DETAILS, 9)]
         + [b"data: [DONE]\n\n"], by_index=True)
    play(fake, url, "SSE 'data' lines without a colon between pieces", "text/event-stream",
         [f"data\ndata: {json.dumps(chunk(0, p))}\n\n".encode()
          for p in split(FOREIGN_DETAILS, 9)] + [b"data: [DONE]\n\n"], by_index=True)
    play(fake, url, "JSON declared charset=utf-16, UTF-8 sent", "application/json; charset=utf-16",
         [whole], statuses=(200, 502))
    play(fake, url, "JSON with a foreign card in fullwidth and IBAN in Arabic-Indic digits",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "content": f"card {F_DISGUISED['f_card fullwidth']}, IBAN "
                        f"{F_DISGUISED['f_iban arabic-indic']}"}}]}).encode()],
         forbid_reply=F_DISGUISED)
    play(fake, url, "SSE: a foreign e-mail with soft hyphens, split", "text/event-stream",
         [f"data: {json.dumps(chunk(0, p))}\n\n".encode()
          for p in split(f"mail {F_DISGUISED['f_email soft hyphens']} ok", 6)]
         + [b"data: [DONE]\n\n"], forbid_reply=F_DISGUISED, by_index=True)
    play(fake, url, "201 Created with a Location holding a foreign e-mail", "application/json",
         [b'{"id": "file-1"}'], status=201, statuses=(201, 502),
         headers=[("location", f"/v1/files/{quote(F_EMAIL)}")], path="/v1/files")
    play(fake, url, "a 5000-digit number inside an SSE chunk", "text/event-stream",
         [f"data: {json.dumps(chunk(0, FOREIGN_DETAILS))[:-1]}, \"seed\": {'7' * 5000}}}\n\n"
          .encode(), b"data: [DONE]\n\n"], statuses=(200, 502))
    play(fake, url, "NDJSON line with Infinity beside a foreign e-mail", "application/x-ndjson",
         [json.dumps(chunk(0, FOREIGN_DETAILS)).encode()[:-1] + b', "score": Infinity}\n'],
         statuses=(200, 502))
    # look-alike: a plain 206 of a file's text with nothing personal passes as sent
    plain = "Quarterly report, section 2: revenue grew 4% over Q3.\n"
    fake.scripts["plain206"] = ("text/plain", [plain.encode()], 206,
                                [("content-range", f"bytes 0-{len(plain) - 1}/900")])
    _status, reply = probe(fake, url, "reply look-alike: a 206 of plain text passes as sent",
                          path="/v1/files/file-2/content", statuses=(206,),
                          body={"model": "script:plain206", "messages": []})
    if plain.encode() not in reply:
        fail_last("the plain text did not reach the client as sent")


def codec_probes(fake: Upstream, url: str) -> None:
    """Added after the first run (the UTF-16 crash pointed there): charsets that name a
    codec Python knows which is no text encoding, and one that decodes escapes."""
    import base64
    import codecs

    raw = json.dumps(chat(TEXT)).encode()
    probe(fake, url, "request: charset=base64 over a base64 body",
          content=base64.b64encode(raw),
          headers={"content-type": "application/json; charset=base64"},
          statuses=(400, 415))
    probe(fake, url, "request: charset=zlib over a zlib body", content=zlib.compress(raw),
          headers={"content-type": "application/json; charset=zlib"}, statuses=(400, 415))
    escaped = raw.replace(b"@", b"\\\\x40")
    probe(fake, url, "request: charset=unicode_escape with the @ as \\x40",
          content=escaped,
          headers={"content-type": "application/json; charset=unicode_escape"},
          statuses=(200, 400, 415))
    whole = json.dumps({"choices": [{"index": 0, "message": {
        "content": FOREIGN_DETAILS}}]}).encode()
    play(fake, url, "JSON declared charset=base64, base64 sent",
         "application/json; charset=base64", [base64.b64encode(whole)], statuses=(502,))
    play(fake, url, "JSON declared charset=zlib, zlib sent", "application/json; charset=zlib",
         [zlib.compress(whole)], statuses=(502,))
    play(fake, url, "text declared charset=rot13, rot13 sent", "text/plain; charset=rot13",
         [codecs.encode(FOREIGN_DETAILS, "rot13").encode()], statuses=(200, 502),
         forbid_reply={"rot13": codecs.encode(F_EMAIL, "rot13")})
    play(fake, url, "SSE declared charset=utf-16, UTF-8 sent", "text/event-stream; charset=utf-16",
         [f"data: {json.dumps(chunk(0, p))}\n\n".encode() for p in split(FOREIGN_DETAILS, 9)],
         statuses=(200, 502))


def disguise_probes(fake: Upstream, url: str) -> None:
    """Added after the first run: characters an LLM reads past inside a value."""
    forms = {
        "email NUL": EMAIL.replace("@", "\x00@"),
        "card combining": "".join(c + "\u0332" if c.isdigit() else c for c in CARD),
        "iban tags": "\U000e0020".join(split(IBAN, 4)),
        "phone circled": PHONE.replace("1", "\u2460").replace("2", "\u2461"),
        "phone superscript": "+" + "".join("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076"
                                           "\u2077\u2078\u2079"[int(c)] if c.isdigit()
                                           else c for c in PHONE[1:]),
        "email word joiners": "\u2060".join(split(EMAIL, 4)),
    }
    for name, value in forms.items():
        probe(fake, url, f"request: {name} inside the value", body=chat(f"it is {value} ok"),
              extra={name: value}, statuses=(200,),
              check_upstream={name: value, name.split()[0]: NEEDLES[name.split()[0]]})


def main() -> None:
    recorder = recording_logs()
    values = {**ALL_VALUES, "password": PASSWORD, "name": NAME}
    with proxy_stack() as (fake, url):
        text_probes(fake, url)
        coding_probes(fake, url)
        http_probes(fake, url)
        endpoint_probes(fake, url)
        reply_probes(fake, url)
        codec_probes(fake, url)
        disguise_probes(fake, url)
        metrics = httpx.get(url + "/metrics", timeout=30).content
        found = leaks(metrics, values)
        RESULTS.append(("metrics page holds no value", not found))
        print(f"{'FAIL' if found else 'pass'}  metrics page holds no value: {found}")
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
