"""Black-box probes of the boundary, edge15: shapes `probe_edge9.py` ... `probe_edge14.py`
did not send, and the three leaks edge14 left (a name in a custom header, values typed a
few characters per WebSocket frame, a card as a JSON number under `seed`).

A real proxy (uvicorn) in front of the recording upstream of `probe_edge10.py`, and the
ASGI middleware around a recording Starlette app on a real uvicorn. Each probe is
pass/fail with the checks of `probe_edge10.verdict` (the user's values never reach the
upstream raw, in any of `probe_edge9.forms`; no foreign value reaches the client; no
crash; a refusal echoes nothing), over the values of `probe_edge14.py` (a password and a
name besides e-mail, card, IBAN, phone and keyed numbers); `probe_edge14.probe`'s
`by_index`, `expect` and `reach` where a row names them.

Groups: request bodies under methods and types not sent before (PUT/PATCH/DELETE with
bodies, multipart with a nested multipart part, form arrays, JSON text sequences, values
percent- or entity-escaped inside JSON strings, chunked uploads split inside a character
and inside a gzip stream); OpenAI fields not probed before (Responses
`function_call_output` / `custom_tool_call` / `reasoning` / `mcp_call` items, an
assistant's `refusal`, completions `suffix`, tool outputs submitted to a run, vector store
search filters, an upload's `filename`); custom headers (a name, `Referer`, a percent-
encoded e-mail, `Forwarded`); replies: SSE `retry:` and comments between data lines, JSON
numbers holding a card (`seed`, `created`, a logprobs `bytes` list), upstream errors with
values in `param`/`code`, reply headers `Refresh`, `Content-Location`, `Retry-After`, a
JSON reply split inside a character; the middleware: the same request shapes, a name in a
custom header, values typed a few characters per WebSocket frame (JSON and plain text),
and look-alikes (frames and headers that hold nothing personal pass as sent). At the end
every log record of the run and `/metrics` are searched.

    PYTHONPATH=<tree> python benchmarks/probe_edge15.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py` and
`benchmarks/probe_edge9.py`, `probe_edge10.py`, `probe_edge14.py`, `probe_harness.py` from
its own checkout.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_edge10 as p10
from probe_edge9 import FOREIGN, FOREIGN_DETAILS, OWN, leaks, split
from probe_edge10 import ALL_VALUES, Upstream, proxy_stack, recording_logs
from probe_edge14 import EMAIL, F_EMAIL, NAME, NEEDLES, PASSWORD, TEXT, chunk, play, probe
from probe_harness import print_tally
from servers import serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

RESULTS = p10.RESULTS
F_CARD_NUMBER = int(FOREIGN["f_card"].replace(" ", ""))
# a value written as a browser or a template writes it inside a JSON string
ESCAPED = {"email %40": quote(EMAIL, safe=""), "email &#64;": EMAIL.replace("@", "&#64;"),
           "card %20": quote(OWN["card"])}


def chat(content: Any, **extra: Any) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": "user", "content": content}], **extra}


def fail_last(problem: str) -> None:
    RESULTS[-1] = (RESULTS[-1][0], False)
    print(f"FAIL  {RESULTS[-1][0]}: {problem}", flush=True)


# -- requests: methods, types and encodings ---------------------------------------------

def body_probes(fake: Upstream, url: str) -> None:
    body = chat(TEXT)
    for method in ("PUT", "PATCH", "DELETE"):
        probe(fake, url, f"request: {method} with a JSON body holding every needle",
              method=method, path="/v1/chat/completions", body=body)
    inner = (f"--in\r\nContent-Type: text/plain\r\n\r\n{TEXT}\r\n--in\r\n"
             "Content-Type: application/json\r\n\r\n" + json.dumps(body) + "\r\n--in--\r\n")
    outer = ("--out\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n"
             "--out\r\nContent-Disposition: form-data; name=\"notes\"\r\n"
             "Content-Type: multipart/mixed; boundary=in\r\n\r\n" + inner +
             "\r\n--out--\r\n").encode()
    probe(fake, url, "request: multipart with a nested multipart/mixed part",
          path="/v1/audio/transcriptions", content=outer,
          headers={"content-type": "multipart/form-data; boundary=out"},
          statuses=(200, 400, 415))
    form = urlencode([("model", "echo"), ("messages[0][role]", "user"),
                      ("messages[0][content]", TEXT), ("tags[]", EMAIL),
                      ("tags[]", NAME)])
    probe(fake, url, "request: form-urlencoded with bracket arrays",
          content=form.encode(),
          headers={"content-type": "application/x-www-form-urlencoded"},
          statuses=(200, 400, 415))
    seq = b"".join(b"\x1e" + json.dumps(x).encode() + b"\n"
                   for x in (chat("hi"), chat(TEXT)))
    probe(fake, url, "request: JSON text sequence (application/json-seq)", content=seq,
          headers={"content-type": "application/json-seq"}, statuses=(200, 400, 415))
    probe(fake, url, "request: values percent- and entity-escaped in a JSON string",
          body=chat(f"write to mailto:{ESCAPED['email %40']} or {ESCAPED['email &#64;']},"
                    f" card {ESCAPED['card %20']}"),
          check_upstream={**NEEDLES, **ESCAPED})
    probe(fake, url, "request: a value in a JSON string split by an escaped newline",
          body=chat(f"mail {EMAIL[:6]}\\\n{EMAIL[6:]}"),
          check_upstream={**NEEDLES})
    raw = json.dumps(chat(f"Grüße von {NAME}, {TEXT} – ünd ëmail {EMAIL}"),
                     ensure_ascii=False).encode()

    def pieces(data: bytes, size: int) -> Iterator[bytes]:
        for i in range(0, len(data), size):
            yield data[i:i + size]

    probe(fake, url, "request: chunked upload split inside characters (3 bytes a chunk)",
          content=pieces(raw, 3), statuses=(200,))
    packed = gzip.compress(raw)
    probe(fake, url, "request: gzip body chunked in 7-byte pieces", content=pieces(packed, 7),
          headers={"content-encoding": "gzip"}, statuses=(200, 415))
    probe(fake, url, "request: JSON with a BOM and duplicate keys, value in the last",
          content=b"\xef\xbb\xbf" + json.dumps(chat("hi")).encode()[:-1]
          + b', "messages": ' + json.dumps([{"role": "user", "content": TEXT}]).encode()
          + b"}", statuses=(200, 400))


# -- requests: OpenAI fields ----------------------------------------------------------

def field_probes(fake: Upstream, url: str) -> None:
    secret = json.dumps({"email": EMAIL, "card": OWN["card"], "name": NAME,
                         "password": PASSWORD})
    probe(fake, url, "request: Responses function_call and function_call_output (JSON text)",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "function_call", "call_id": "c1", "name": "lookup",
               "arguments": secret},
              {"type": "function_call_output", "call_id": "c1", "output": secret}]})
    probe(fake, url, "request: Responses function_call_output as a list of parts",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "function_call_output", "call_id": "c1", "output": [
                  {"type": "input_text", "text": TEXT}]}]})
    probe(fake, url, "request: Responses custom_tool_call input and output",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "custom_tool_call", "call_id": "c2", "name": "sql", "input": TEXT},
              {"type": "custom_tool_call_output", "call_id": "c2", "output": TEXT}]})
    probe(fake, url, "request: Responses reasoning summary and mcp_call output",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "reasoning", "id": "rs_1", "summary": [
                  {"type": "summary_text", "text": TEXT}]},
              {"type": "mcp_call", "id": "mcp_1", "server_label": "crm", "name": "find",
               "arguments": secret, "output": TEXT}]})
    probe(fake, url, "request: an assistant's refusal and a refusal part",
          body={"model": "echo", "messages": [
              {"role": "user", "content": "hi"},
              {"role": "assistant", "refusal": f"I won't mail {EMAIL}", "content": [
                  {"type": "refusal", "refusal": TEXT}]}]})
    probe(fake, url, "request: completions prompt and suffix", path="/v1/completions",
          body={"model": "c", "prompt": "Dear", "suffix": TEXT})
    probe(fake, url, "request: tool outputs submitted to a run",
          path="/v1/threads/t1/runs/r1/submit_tool_outputs",
          body={"tool_outputs": [{"tool_call_id": "c", "output": secret}]})
    probe(fake, url, "request: vector store search query and filters",
          path="/v1/vector_stores/vs_1/search",
          body={"query": f"orders of {NAME}", "filters": {"type": "and", "filters": [
              {"type": "eq", "key": "email", "value": EMAIL},
              {"type": "eq", "key": "card", "value": OWN["card"]}]}})
    probe(fake, url, "request: an upload's filename", path="/v1/uploads",
          body={"filename": f"{EMAIL} {NAME} cv.pdf", "purpose": "assistants",
                "bytes": 2048, "mime_type": "application/pdf"})
    probe(fake, url, "request: thread create-and-run with messages and instructions",
          path="/v1/threads/runs", body={"assistant_id": "asst_1",
                                         "additional_instructions": f"user is {NAME}",
                                         "thread": {"messages": [
                                             {"role": "user", "content": [
                                                 {"type": "text", "text": TEXT}]}]}})
    # look-alike: ids and structural values of these shapes pass as sent
    probe(fake, url, "request look-alike: Responses items' ids and names pass",
          path="/v1/responses", body={"model": "echo", "input": [
              {"type": "function_call", "call_id": "call_9f2", "name": "get_weather",
               "arguments": json.dumps({"city": "Lisbon"})},
              {"type": "function_call_output", "call_id": "call_9f2",
               "output": json.dumps({"temp_c": 21})}]},
          reach=("call_9f2", "get_weather", "Lisbon", "temp_c"))


# -- requests: headers -------------------------------------------------------------------

def header_probes(fake: Upstream, url: str) -> None:
    # the proxy forwards an allowlist of headers (x-stainless-*, user-agent, x-request-id,
    # openai-*): the values go in those; any other header never reaches the upstream
    probe(fake, url, "header: a name in a forwarded x-stainless header", body=chat("hi"),
          headers={"x-stainless-customer": NAME})
    probe(fake, url, "header: a name and an e-mail in the user-agent", body=chat("hi"),
          headers={"user-agent": f"desk/2.1 ({NAME} <{EMAIL}>)"})
    probe(fake, url, "header: a name as the x-request-id", body=chat("hi"),
          headers={"x-request-id": f"req-{NAME}"})
    probe(fake, url, "header: a percent-encoded e-mail in openai-project", body=chat("hi"),
          headers={"openai-project": quote(EMAIL, safe="")})
    probe(fake, url, "header: Referer and a custom header (not forwarded)",
          body=chat("hi"), headers={"referer": f"https://app.example/p?e={quote(EMAIL)}"
                                               f"&n={quote(NAME)}", "x-customer": NAME})
    probe(fake, url, "header look-alike: SDK headers pass as sent", body=chat("hi"),
          headers={"user-agent": "OpenAI/Python 1.54.0", "x-stainless-lang": "python",
                   "x-stainless-runtime-version": "3.12.7",
                   "x-stainless-helper-method": "beta.chat.completions.parse"},
          reach=("OpenAI/Python 1.54.0", "3.12.7", "beta.chat.completions.parse"))


# -- replies ---------------------------------------------------------------------------

def reply_probes(fake: Upstream, url: str) -> None:
    parts = split(FOREIGN_DETAILS, 6)
    events = [chunk(0, p) for p in parts]
    body = b"".join(f"data: {json.dumps(e)}\n\n".encode() for e in events)
    play(fake, url, "SSE retry: line holding a card's digits", "text/event-stream",
         [f"retry: {F_CARD_NUMBER}\n\n".encode(), body, b"data: [DONE]\n\n"])
    whole = json.dumps(chunk(0, FOREIGN_DETAILS))
    play(fake, url, "SSE comment between an event's data lines", "text/event-stream",
         [f"data: {whole[:50]}\n: keep-alive\ndata: {whole[50:]}\n\n".encode(),
          b"data: [DONE]\n\n"], by_index=True)
    play(fake, url, "JSON reply: a card as a number under seed", "application/json",
         [json.dumps({"choices": [{"index": 0, "message": {"content": "ok"}}],
                      "seed": F_CARD_NUMBER}).encode()])
    play(fake, url, "JSON reply: a card as a number under created", "application/json",
         [json.dumps({"object": "chat.completion", "created": F_CARD_NUMBER,
                      "choices": [{"index": 0, "message": {"content": "ok"}}]}).encode()])
    play(fake, url, "SSE chunk: a card as a number under seed", "text/event-stream",
         [f"data: {json.dumps({**chunk(0, 'ok'), 'seed': F_CARD_NUMBER})}\n\n".encode(),
          b"data: [DONE]\n\n"])
    token_bytes = list(F_EMAIL.encode())
    play(fake, url, "JSON reply: logprobs bytes list spelling a foreign e-mail",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "content": "x"}, "logprobs": {"content": [{"token": "x", "logprob": -0.1,
                                                         "bytes": token_bytes,
                                                         "top_logprobs": []}]}}]}).encode()],
         forbid_reply={"bytes": ", ".join(map(str, token_bytes))})
    play(fake, url, "upstream 400: values in error param and code", "application/json",
         [json.dumps({"error": {"message": "invalid", "type": "invalid_request_error",
                                "param": F_EMAIL, "code": FOREIGN["f_iban"]}}).encode()],
         status=400, statuses=(400, 502))
    play(fake, url, "reply headers Refresh, Content-Location, Retry-After with values",
         "application/json", [json.dumps({"choices": [{"index": 0, "message": {
             "content": "ok"}}]}).encode()], status=503, statuses=(503, 502),
         headers=[("refresh", f"0; url=https://x.example/?m={F_EMAIL}"),
                  ("content-location", f"/v1/files/{F_EMAIL}"),
                  ("retry-after", str(F_CARD_NUMBER))])
    raw = json.dumps({"choices": [{"index": 0, "message": {
        "content": f"Grüße – {FOREIGN_DETAILS} – ünd"}}]}, ensure_ascii=False).encode()
    play(fake, url, "JSON reply split inside characters (3 bytes a chunk)", "application/json",
         [raw[i:i + 3] for i in range(0, len(raw), 3)])
    play(fake, url, "reply: 307 redirect to a path holding an own placeholder",
         "application/json", [b"{}"], status=307, statuses=(307, 502),
         headers=[("location", "/v1/files/<EMAIL_ADDRESS_1>")], user=f"mail {EMAIL}")
    # a Responses stream: function call arguments with a foreign e-mail, split
    args = split(json.dumps({"to": F_EMAIL, "card": FOREIGN["f_card"]}), 5)
    revents = [{"type": "response.function_call_arguments.delta", "item_id": "fc",
                "output_index": 0, "delta": a} for a in args]
    revents.append({"type": "response.function_call_arguments.done", "item_id": "fc",
                    "output_index": 0, "arguments": "".join(args)})
    play(fake, url, "Responses SSE: custom event names, arguments split",
         "text/event-stream", [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode()
                               for e in revents], path="/v1/responses")


# -- middleware (real uvicorn) -----------------------------------------------------------

async def middleware_probes() -> None:
    import websockets

    seen: list[bytes] = []

    async def record(request: Request) -> Response:
        head = (f"{request.method} {request.url.path}?{request.url.query}\n").encode()
        head += b"\n".join(k + b": " + v for k, v in request.scope["headers"])
        body = await request.body()
        seen.append(head + b"\n\n" + body)
        return JSONResponse({"got": body.decode("utf-8", "replace")[:3000]})

    async def replies(request: Request) -> Response:
        kind = request.path_params["kind"]
        if kind == "seed":
            return JSONResponse({"choices": [{"index": 0, "message": {"content": "ok"}}],
                                 "seed": F_CARD_NUMBER})
        if kind == "redirect":
            return RedirectResponse(f"/chat/elsewhere?m={quote(F_EMAIL)}", status_code=307)
        if kind == "headers":
            return JSONResponse({"ok": True}, headers={
                "refresh": f"0; url=/x?m={F_EMAIL}", "retry-after": str(F_CARD_NUMBER)})

        async def gen() -> Any:
            yield f"retry: {F_CARD_NUMBER}\n\n".encode()
            for p in split(FOREIGN_DETAILS, 6):
                yield f"data: {json.dumps(chunk(0, p))}\n: ping\n\n".encode()
            yield b"data: [DONE]\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream")

    async def socket_app(websocket: WebSocket) -> None:
        await websocket.accept()
        joined: list[str] = []
        with contextlib.suppress(WebSocketDisconnect):
            while True:
                text = await websocket.receive_text()
                if text in ("<done>", '{"type": "input.done"}'):
                    break
                with contextlib.suppress(ValueError, AttributeError, TypeError):
                    frame = json.loads(text)
                    if isinstance(frame, dict):
                        text = str(frame.get("delta", ""))
                joined.append(text)
        seen.append(b"WS frames " + json.dumps(joined).encode() + b"\nWS joined "
                    + "".join(joined).encode())
        with contextlib.suppress(RuntimeError, WebSocketDisconnect):
            await websocket.send_text(json.dumps({"type": "done", "count": len(joined)}))

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    inner = Starlette(routes=[Route("/chat/in/{rest:path}", record, methods=methods),
                              Route("/chat/out/{kind}", replies, methods=["GET", "POST"]),
                              WebSocketRoute("/chat/ws", socket_app)])
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    guarded = PiiGuardMiddleware(inner, guard=Guard(config, detector=p10.detector()))

    def mw_verdict(name: str, status: int | None, got: bytes, reply: bytes,
                   reply_type: str = "", **kw: Any) -> None:
        kw.setdefault("check_upstream", NEEDLES)
        p10.verdict(f"middleware: {name}", status, got, reply, reply_type=reply_type, **kw)

    with serve(guarded) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30, follow_redirects=False,
                                     headers={"x-session-id": "mw15"}) as c:
            async def send(name: str, method: str, path: str, *, reach: tuple[str, ...] = (),
                           statuses: tuple[int, ...] = (), **kw: Any) -> None:
                before = len(seen)
                try:
                    r = await c.request(method, path, **kw)
                except Exception as exc:
                    mw_verdict(name, None, b"\n".join(seen[before:]), repr(exc).encode())
                    return
                got = b"\n".join(seen[before:])
                reply = "\n".join(f"{k}: {v}" for k, v in r.headers.multi_items()).encode()
                mw_verdict(name, r.status_code, got, reply + b"\n\n" + r.content,
                           reply_type=r.headers.get("content-type", ""), statuses=statuses)
                missing = [t for t in reach if t.encode() not in got]
                if missing:
                    fail_last(f"did not reach the app as sent: {missing}")

            body = json.dumps(chat(TEXT)).encode()
            for method in ("PUT", "PATCH", "DELETE"):
                await send(f"{method} with a JSON body holding every needle", method,
                           "/chat/in/x", content=body, headers={"content-type": "application/json"})
            form = urlencode([("messages[0][content]", TEXT), ("tags[]", EMAIL),
                              ("tags[]", NAME)])
            await send("form-urlencoded with bracket arrays", "POST", "/chat/in/x",
                       content=form.encode(),
                       headers={"content-type": "application/x-www-form-urlencoded"},
                       statuses=(200, 400, 415))
            inner_part = (f"--in\r\nContent-Type: text/plain\r\n\r\n{TEXT}\r\n--in--\r\n")
            outer = ("--out\r\nContent-Disposition: form-data; name=\"notes\"\r\n"
                     "Content-Type: multipart/mixed; boundary=in\r\n\r\n" + inner_part +
                     "\r\n--out--\r\n").encode()
            await send("multipart with a nested multipart/mixed part", "POST", "/chat/in/x",
                       content=outer,
                       headers={"content-type": "multipart/form-data; boundary=out"},
                       statuses=(200, 400, 415))
            seq = b"\x1e" + body + b"\n"
            await send("JSON text sequence", "POST", "/chat/in/x", content=seq,
                       headers={"content-type": "application/json-seq"},
                       statuses=(200, 400, 415))
            await send("a name in a custom header", "POST", "/chat/in/x",
                       content=json.dumps(chat("hi")).encode(),
                       headers={"content-type": "application/json", "x-customer": NAME})
            await send("Referer with an e-mail and a name", "GET", "/chat/in/x",
                       headers={"referer": f"https://a.example/?e={quote(EMAIL)}"
                                           f"&n={quote(NAME)}"})
            await send("header look-alike: product words pass", "POST", "/chat/in/x",
                       content=json.dumps(chat("hi")).encode(),
                       headers={"content-type": "application/json",
                                "x-request-tag": "Release Notes",
                                "x-client-version": "Acme Desk 4.2"},
                       reach=("Release Notes", "Acme Desk 4.2"))
            await send("app reply: a card as a number under seed", "POST", "/chat/out/seed",
                       json={"q": "hi"})
            await send("app reply: redirect with a foreign e-mail", "GET", "/chat/out/redirect",
                       statuses=(307, 502))
            await send("app reply: Refresh and Retry-After headers with values", "GET",
                       "/chat/out/headers")
            await send("app SSE: retry line and comments between events", "GET",
                       "/chat/out/sse")

        ws = url.replace("http", "ws")

        async def typed(name: str, frames: list[str], *, reach: str = "",
                        expect_frames: int | None = None) -> None:
            before = len(seen)
            status: int | None = 101
            reply = b""
            try:
                async with websockets.connect(
                        ws + "/chat/ws", additional_headers={"x-session-id": "mw15ws"}) as conn:
                    for f in frames:
                        await conn.send(f)
                    # the end as a control frame (phase 2: a plain "<done>" right after
                    # the password is a piece of it, typed on, and the guard masks it too)
                    await conn.send(json.dumps({"type": "input.done"}))
                    reply = (await asyncio.wait_for(conn.recv(), 15)).encode()
            except Exception as exc:
                status, reply = None, repr(exc).encode()
            got = b"\n".join(seen[before:])
            mw_verdict(name, status, got, reply, json_check=False, own_in_reply=False)
            if reach and reach.encode() not in got:
                fail_last(f"the app did not join {reach!r}: {got[-200:]!r}")

        await typed("WebSocket: values typed as JSON deltas, 7 characters a frame",
                    [json.dumps({"type": "input.delta", "delta": p}) for p in split(TEXT, 7)])
        await typed("WebSocket: values typed as plain-text frames, 3 characters a frame",
                    split(TEXT, 3))
        await typed("WebSocket: an e-mail typed one character a frame",
                    list(f"mail {EMAIL} please"))
        await typed("WebSocket: a card typed as digit groups over frames",
                    ["card ", *OWN["card"].split(" ")])
        plain = "Please summarise the meeting notes from Tuesday and list the action items."
        await typed("WebSocket look-alike: plain text typed 3 characters a frame arrives whole",
                    split(plain, 3), reach=plain)
        await typed("WebSocket look-alike: JSON deltas of plain text arrive whole",
                    [json.dumps({"type": "input.delta", "delta": p}) for p in split(plain, 5)],
                    reach=plain)


def main() -> None:
    recorder = recording_logs()
    # the probe's own async client (the middleware rows) logs what it received through
    # httpcore on the main thread: what the client got is judged by each row, not here
    recorder.addFilter(lambda record: not (record.name.startswith("httpcore")
                                           and record.threadName == "MainThread"))
    with proxy_stack() as (fake, url):
        body_probes(fake, url)
        field_probes(fake, url)
        header_probes(fake, url)
        reply_probes(fake, url)
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
