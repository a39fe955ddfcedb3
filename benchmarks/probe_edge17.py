"""Black-box probes of the ASGI middleware, edge17: what a real Starlette or FastAPI app
sends and reads that `probe_edge9.py` ... `probe_edge15.py` did not.

`PiiGuardMiddleware` around real apps (FastAPI and Starlette, on a real uvicorn and through
`httpx.ASGITransport`), and around raw ASGI apps called with hand-made scopes and messages
(what a server could send and what an app could answer). Each probe is pass/fail with the
checks of `probe_edge10.verdict` (the user's values, those of `probe_edge14.py`, never
reach the app raw, in any of `probe_edge9.forms`, nor as the app's parsed parameters; no
foreign value reaches the client; no own placeholder left; a JSON reply is JSON; no crash;
a refusal echoes nothing), plus, where a row names them:

- `expect`: texts the client must get back (its own values restored there);
- `placeholder-like`: no `EMAIL_ADDRESS_1`-like token in the reply, whatever its escaping
  (`&lt;...&gt;` in HTML, `\\u003c...` in JSON);
- raw ASGI rows: every message the middleware sent to the "server" (bodies, headers,
  trailers, extensions' messages) is searched, and a message of a type the server would
  act on unexamined (`http.response.pathsend`, `zerocopysend`, `trailers`) fails the row.

Groups: FastAPI parameters (`Form`, `UploadFile` text/CSV/JSON/PDF, `Query`/`Path`/
`Header`/`Cookie`, Pydantic bodies with aliases), GraphQL, JSON:API, JSON-RPC (single and
batch), `request.stream()`, bodies in many tiny ASGI messages and `more_body` edge cases, a
client gone mid-body, mounted sub-apps and routers (`root_path`), HTTP/1.1 pipelining,
HEAD, OPTIONS with a body; replies: streamed bytes with values split across chunks,
`FileResponse`, HTML, redirects, `Set-Cookie`, latin-1 text, `GZipMiddleware` inside and
outside the guard, SSE fields (`event:`, `id:`, multi-line `data:`), background tasks,
exceptions after the first chunk, `http.response.trailers`, `pathsend`, `zerocopysend`;
lifespan, an unknown scope type, and WebSocket subprotocols and headers. At the end every
log record of the run is searched for every value.

    PYTHONPATH=<tree> python benchmarks/probe_edge17.py

The tree on PYTHONPATH is the one probed; the script needs `tests/servers.py` and
`benchmarks/probe_edge9.py`, `probe_edge10.py`, `probe_edge14.py`, `probe_harness.py` from
its own checkout. FastAPI's `Form`/`UploadFile` need `python-multipart`; without it those
endpoints read the raw body instead (the row says so).
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import html
import json
import os
import re
import socket
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_edge10 as p10
from fastapi import (
    APIRouter,
    BackgroundTasks,
    Body,
    Cookie,
    FastAPI,
    File,
    Form,
    Header,
    Query,
    UploadFile,
)
from fastapi import Path as PathParam
from probe_edge9 import FOREIGN, FOREIGN_DETAILS, OWN, leaks, split
from probe_edge10 import ALL_VALUES, recording_logs
from probe_edge14 import EMAIL, F_EMAIL, NAME, NEEDLES, PASSWORD, TEXT, raw_exchange
from probe_harness import print_tally
from pydantic import BaseModel, ConfigDict, Field
from servers import serve
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route, Router, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

try:
    import python_multipart  # noqa: F401

    HAVE_MULTIPART = True
except ImportError:
    HAVE_MULTIPART = False

RESULTS = p10.RESULTS
CARD = OWN["card"]
IBAN = OWN["iban"]
F_CARD = FOREIGN["f_card"]
F_IBAN = FOREIGN["f_iban"]
PLACEHOLDER_LIKE = re.compile(rb"\b[A-Z]{2,}(?:_[A-Z]+)*_[0-9]+\b")
EVERY = {**ALL_VALUES, "password": PASSWORD, "name": NAME}
SEEN: list[bytes] = []  # what the apps received, in order (parsed parameters included)
WORK = Path(tempfile.mkdtemp(prefix="edge17-"))


def guard(**settings: Any) -> Guard:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60, **settings)
    return Guard(config, detector=p10.detector())


def fail_last(problem: str) -> None:
    RESULTS[-1] = (RESULTS[-1][0], False)
    print(f"FAIL  {RESULTS[-1][0]}: {problem}", flush=True)


def judge(name: str, status: int | None, got: bytes, reply: bytes, *, reply_type: str = "",
          expect: tuple[str, ...] = (), placeholder_like: bool = True,
          check_app: dict[str, str] | None = None, **kw: Any) -> None:
    """`probe_edge10.verdict` over what the app got (`check_app`, default every needle),
    then this script's own checks on the reply."""
    p10.verdict(name, status, got, reply, reply_type=reply_type,
                check_upstream=check_app if check_app is not None else NEEDLES, **kw)
    body = reply.split(b"\n\n", 1)[-1]
    missing = [e for e in expect if e.encode() not in body
               and html.escape(e).encode() not in body and json.dumps(e)[1:-1].encode()
               not in body]
    if missing:
        fail_last(f"not restored {missing}")
    if placeholder_like and status is not None and status < 400:
        found = PLACEHOLDER_LIKE.findall(body)
        if found:
            fail_last(f"placeholder-like tokens in the reply {found[:3]}")


class Customer(BaseModel):
    """A Pydantic body with camelCase aliases."""

    model_config = ConfigDict(populate_by_name=True)
    full_name: str = Field(alias="fullName")
    email_address: str = Field(alias="emailAddress")
    card_number: str = Field(alias="cardNumber")
    account_number: str = Field(alias="accountNumber")
    passport_no: str = Field(alias="passportNo")


def record(kind: str, **parts: Any) -> None:
    SEEN.append(f"{kind} ".encode() + json.dumps(parts, default=str).encode())


# -- the FastAPI app -------------------------------------------------------------------------

def fastapi_app() -> Any:
    state: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> Any:
        state["started"] = True
        yield {"greeting": "lifespan-state-ok"}
        state["stopped"] = True

    app = FastAPI(lifespan=lifespan)
    app.state.flags = state

    if HAVE_MULTIPART:
        @app.post("/chat/form")
        async def form(message: str = Form(), email: str = Form(),
                       card: str = Form("")) -> dict[str, Any]:
            record("form", message=message, email=email, card=card)
            return {"echo": message}

        @app.post("/chat/upload")
        async def upload(file: UploadFile = File(), note: str = Form("")) -> dict[str, Any]:  # noqa: B008
            data = await file.read()
            record("upload", filename=file.filename, type=file.content_type,
                   data=data.decode("latin-1"), note=note)
            return {"size": len(data), "name": file.filename}
    else:
        @app.post("/chat/form")
        @app.post("/chat/upload")
        async def raw_form(request: Request) -> dict[str, Any]:
            body = await request.body()
            record("raw-form (python-multipart missing)", body=body.decode("latin-1"))
            return {"size": len(body)}

    @app.get("/chat/q")
    async def query(email: str = Query(""), account_number: str = Query(""),
                    passport: str = Query(""), tag: list[str] = Query([]),  # noqa: B008
                    e_mail: str = Query("", alias="e-mail")) -> dict[str, Any]:
        record("query", email=email, account_number=account_number, passport=passport,
               tag=tag, e_mail=e_mail)
        return {"tags": len(tag)}

    @app.get("/chat/users/{email}/cards/{card}")
    async def path(email: str = PathParam(), card: str = PathParam()) -> dict[str, Any]:
        record("path", email=email, card=card)
        return {"ok": True}

    @app.get("/chat/passport/{number}")
    async def passport(number: str) -> dict[str, Any]:
        record("path", passport=number)
        return {"ok": True}

    @app.get("/chat/headers")
    async def headers(x_customer_email: str = Header(""), x_account_number: str = Header(""),
                      x_customer: str = Header(""),
                      user_agent: str = Header("")) -> dict[str, Any]:
        record("headers", x_customer_email=x_customer_email, x_customer=x_customer,
               x_account_number=x_account_number, user_agent=user_agent)
        return {"ok": True}

    @app.get("/chat/cookies")
    async def cookies(email: str = Cookie(""), account_number: str = Cookie(""),
                      name: str = Cookie("")) -> dict[str, Any]:
        record("cookies", email=email, account_number=account_number, name=name)
        return {"ok": True}

    @app.post("/chat/customer")
    async def customer(c: Customer) -> dict[str, Any]:
        record("pydantic", **c.model_dump())
        return {"greeting": f"Hello {c.full_name}", "mail": c.email_address}

    @app.post("/chat/embedded")
    async def embedded(customer: Customer = Body(embed=True),  # noqa: B008
                       note: str = Body("")) -> dict[str, Any]:
        record("pydantic-embed", **customer.model_dump(), note=note)
        return {"ok": True}

    @app.post("/chat/graphql")
    async def graphql(request: Request) -> dict[str, Any]:
        body = await request.json()
        record("graphql", body=body)
        return {"data": {"updateUser": {"id": "u1", "email": body.get("variables", {})
                                        .get("email")}}}

    @app.get("/chat/graphql")
    async def graphql_get(query: str = Query(""), variables: str = Query("")) -> dict[str, Any]:
        record("graphql-get", query=query, variables=variables)
        return {"data": None}

    @app.post("/chat/jsonapi")
    async def jsonapi(request: Request) -> Response:
        body = await request.body()
        record("jsonapi", body=body.decode("utf-8", "replace"))
        return Response(json.dumps({"data": {"type": "users", "id": "1", "attributes": {
            "email": F_EMAIL, "card-number": F_CARD}}}), media_type="application/vnd.api+json")

    @app.post("/chat/rpc")
    async def rpc(request: Request) -> Any:
        body = await request.body()
        record("jsonrpc", body=body.decode("utf-8", "replace"))
        return {"jsonrpc": "2.0", "result": {"contact": F_EMAIL}, "id": 1}

    router = APIRouter(prefix="/chat/r")

    @router.post("/notes")
    async def notes(request: Request, tasks: BackgroundTasks) -> dict[str, Any]:
        body = (await request.body()).decode("utf-8", "replace")

        def later(text: str) -> None:
            record("background", text=text)

        tasks.add_task(later, body)
        return {"echo": json.loads(body).get("q", "")}

    app.include_router(router)

    @app.get("/chat/lifespan")
    async def lifespan_state(request: Request) -> dict[str, Any]:
        return {"greeting": getattr(request.state, "greeting", None),
                "started": state.get("started", False)}

    return app


# -- the Starlette app -----------------------------------------------------------------------

def starlette_app() -> Starlette:
    async def stream_in(request: Request) -> Response:
        chunks: list[bytes] = []
        try:
            async for piece in request.stream():
                chunks.append(piece)
        except ClientDisconnect:
            chunks.append(b"<disconnect>")
        record("stream", method=request.method, chunks=len(chunks), path=request.url.path,
               query=request.url.query, headers=list(request.headers.items()),
               body=b"".join(chunks).decode("utf-8", "replace"))
        return JSONResponse({"got": b"".join(chunks).decode("utf-8", "replace")})

    async def replies(request: Request) -> Response:
        kind = request.path_params["kind"]
        record("reply-request", query=request.url.query, headers=list(request.headers.items()))
        q = ""
        if request.method == "POST":
            with contextlib.suppress(ValueError):
                q = str((await request.json()).get("q", ""))
        if kind == "bytes-split":
            async def gen() -> Any:
                text = f"Your mail is {q}. Other: {FOREIGN_DETAILS}. End."
                for piece in split(text, 5):
                    yield piece.encode()
            return StreamingResponse(gen(), media_type="text/plain")
        if kind == "json-split":
            async def gen_json() -> Any:
                doc = json.dumps({"mine": q, "theirs": FOREIGN_DETAILS}).encode()
                for i in range(0, len(doc), 4):
                    yield doc[i:i + 4]
            return StreamingResponse(gen_json(), media_type="application/json")
        if kind == "html":
            page = (f"<html><body><form><input name=\"e\" value=\"{html.escape(q)}\">"
                    f"<input name=\"f\" value=\"{F_EMAIL}\" data-card=\"{F_CARD}\">"
                    f"<a href=\"mailto:{F_EMAIL}\" title=\"{F_IBAN}\">x</a></form>"
                    f"<script>window.__DATA__ = {json.dumps({'mine': q, 'other': F_EMAIL})};"
                    f"</script><p>{html.escape(q)} &amp; {F_EMAIL.replace('@', '&#64;')}</p>"
                    "</body></html>")
            return HTMLResponse(page)
        if kind == "redirect-foreign":
            return RedirectResponse(f"https://{quote(F_EMAIL, safe='')}@sso.example/cb"
                                    f"#card={F_CARD.replace(' ', '')}", status_code=302)
        if kind == "redirect-own":
            return RedirectResponse(f"/chat/next?to={quote(q, safe='')}", status_code=303)
        if kind == "cookie":
            r = JSONResponse({"ok": True})
            r.set_cookie("contact", F_EMAIL)
            r.set_cookie("mine", q)
            r.set_cookie("iban", F_IBAN, httponly=True)
            return r
        if kind == "latin1":
            text = f"Grüße, {q}. Andere: {FOREIGN_DETAILS} – Ende."
            return PlainTextResponse(text.replace("–", "-").encode("latin-1"),
                                     media_type="text/plain; charset=latin-1")
        if kind == "gzip":
            return JSONResponse({"mine": q, "theirs": FOREIGN_DETAILS, "pad": "x" * 600})
        if kind == "sse":
            async def events() -> Any:
                yield f"event: {F_EMAIL}\nid: {F_CARD.replace(' ', '')}\ndata: hi\n\n".encode()
                for piece in split(f"plain {FOREIGN_DETAILS} end", 6):
                    yield f"event: message\ndata: {piece}\n\n".encode()
                yield f"data: mine {q}\ndata: second line {F_IBAN}\n\n".encode()
                yield f": comment {F_EMAIL}\n\n".encode()
            return StreamingResponse(events(), media_type="text/event-stream")
        if kind in ("raise-text", "raise-json", "raise-html"):
            media = {"raise-text": "text/plain", "raise-json": "application/json",
                     "raise-html": "text/html"}[kind]

            async def broken() -> Any:
                if kind == "raise-json":
                    yield json.dumps({"theirs": F_EMAIL})[:-1].encode()
                else:
                    yield f"mail {F_EMAIL} card {F_CARD}".encode()
                raise RuntimeError("app failed after the first chunk")
            return StreamingResponse(broken(), media_type=media)
        if kind == "background":
            return JSONResponse({"mine": q}, background=BackgroundTask(
                record, "background-task", ran=True))
        if kind == "head":
            return JSONResponse({"ok": True}, headers={"x-contact": F_EMAIL,
                                                       "x-mine": quote(q)})
        return JSONResponse({})

    async def files(request: Request) -> Response:
        kind = request.path_params["kind"]
        path = WORK / {"text": "notes.txt", "json": "data.json", "pdf": "doc.pdf",
                       "csv": "rows.csv"}[kind]
        return FileResponse(path)

    async def ws_app(websocket: WebSocket) -> None:
        scope = websocket.scope
        record("ws", subprotocols=scope.get("subprotocols"),
               headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]],
               query=scope["query_string"].decode("latin-1"))
        mode = websocket.query_params.get("mode", "")
        offered = scope.get("subprotocols") or []
        if mode == "bytes":
            await websocket.accept()
            await websocket.receive_text()
            await websocket.send_bytes(f"mail {F_EMAIL}".encode())
            with contextlib.suppress(WebSocketDisconnect):
                await websocket.receive_text()
            return
        await websocket.accept(subprotocol=offered[-1] if offered else None,
                               headers=[(b"set-cookie", f"contact={F_EMAIL}".encode())])
        try:
            text = await websocket.receive_text()
            record("ws-frame", text=text)
            await websocket.send_text(json.dumps({"echo": text, "proto": websocket.scope.get(
                "subprotocols")}))
            await websocket.receive_text()
        except WebSocketDisconnect:
            return

    sub = Starlette(routes=[Route("/x", stream_in, methods=["POST"])])
    return Starlette(routes=[
        Route("/chat/in/{rest:path}", stream_in,
              methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
        Route("/chat/out/{kind}", replies, methods=["GET", "POST"]),
        Route("/chat/file/{kind}", files),
        Mount("/chat/sub", app=sub),
        Mount("/chat/router", app=Router(routes=[Mount("/deep", routes=[
            Route("/x", stream_in, methods=["POST"])])])),
        WebSocketRoute("/ws/s", ws_app),
    ])


def write_files() -> None:
    (WORK / "notes.txt").write_text(f"Notes\nContact: {FOREIGN_DETAILS}\n")
    (WORK / "data.json").write_text(json.dumps({"contact": F_EMAIL, "iban": F_IBAN}))
    (WORK / "rows.csv").write_text(f"name,email,card\nX,{F_EMAIL},{F_CARD}\n")
    (WORK / "doc.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>stream\nBT (" + FOREIGN_DETAILS.encode()
                                   + b") Tj ET\nendstream endobj\n%%EOF\n")


# -- rows over HTTP (uvicorn and ASGITransport) ----------------------------------------------

Row = tuple[str, str, str, dict[str, Any]]
J = {"content-type": "application/json"}


def multipart(parts: list[tuple[str, str | None, str | None, bytes]]) -> bytes:
    out = b""
    for name, filename, ctype, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--b17\r\nContent-Disposition: {disp}\r\n".encode()
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    return out + b"--b17--\r\n"


MP = {"content-type": "multipart/form-data; boundary=b17"}
CSV = f"name,email,card,account_number\n{NAME},{EMAIL},{CARD},12345678\n".encode()
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>stream\nBT (" + TEXT.encode()
       + b") Tj ET\nendstream endobj\n%%EOF\n")
CUSTOMER = {"fullName": NAME, "emailAddress": EMAIL, "cardNumber": CARD.replace(" ", ""),
            "accountNumber": "12345678", "passportNo": "AB1234567"}
GRAPHQL = {
    "query": ("mutation UpdateUser($email: String!, $iban: String!) { updateUser(input: "
              f"{{email: $email, iban: $iban, card: \"{CARD}\", name: \"{NAME}\", "
              "accountNumber: \"12345678\"}) { id } }"),
    "variables": {"email": EMAIL, "iban": IBAN, "accountNumber": "12345678",
                  "passport": "AB1234567", "password": PASSWORD},
    "operationName": "UpdateUser"}
JSONAPI = {"data": {"type": "users", "id": "1", "attributes": {
    "full-name": NAME, "email": EMAIL, "card-number": CARD, "account-number": "12345678",
    "passport-number": "AB1234567"}, "relationships": {"cards": {"data": [
        {"type": "cards", "id": "c1", "meta": {"iban": IBAN}}]}}},
    "included": [{"type": "notes", "id": "n1", "attributes": {"text": TEXT}}],
    "meta": {"password": PASSWORD}}
RPC = {"jsonrpc": "2.0", "method": "user.update", "id": 1,
       "params": [EMAIL, CARD, NAME, {"account_number": "12345678", "password": PASSWORD}]}


def fastapi_rows() -> list[Row]:
    return [
        ("FastAPI Form() fields, form-urlencoded", "POST", "/chat/form", {
            "content": urlencode({"message": TEXT, "email": EMAIL, "card": CARD}).encode(),
            "headers": {"content-type": "application/x-www-form-urlencoded"},
            "statuses": (200, 415)}),
        ("FastAPI Form() fields, multipart", "POST", "/chat/form", {
            "content": multipart([("message", None, None, TEXT.encode()),
                                  ("email", None, None, EMAIL.encode())]),
            "headers": MP, "statuses": (200, 415)}),
        ("FastAPI UploadFile text/plain", "POST", "/chat/upload", {
            "content": multipart([("file", "notes.txt", "text/plain", TEXT.encode()),
                                  ("note", None, None, f"from {NAME}".encode())]),
            "headers": MP, "statuses": (200, 415)}),
        ("FastAPI UploadFile CSV", "POST", "/chat/upload", {
            "content": multipart([("file", "rows.csv", "text/csv", CSV)]),
            "headers": MP, "statuses": (200, 415)}),
        ("FastAPI UploadFile JSON", "POST", "/chat/upload", {
            "content": multipart([("file", "c.json", "application/json",
                                   json.dumps(CUSTOMER).encode())]),
            "headers": MP, "statuses": (200, 415)}),
        ("FastAPI UploadFile PDF-ish bytes", "POST", "/chat/upload", {
            "content": multipart([("file", f"{NAME}.pdf", "application/pdf", PDF)]),
            "headers": MP, "statuses": (200, 415)}),
        ("FastAPI UploadFile with the filename holding an e-mail", "POST", "/chat/upload", {
            "content": multipart([("file", f"{EMAIL}.txt", "text/plain", b"hello")]),
            "headers": MP, "statuses": (200, 415)}),
        ("FastAPI Query() params, a list and an alias", "GET",
         f"/chat/q?email={quote(EMAIL)}&account_number=12345678&passport=AB1234567"
         f"&tag={quote(NAME)}&tag={quote(CARD)}&e-mail={quote(EMAIL)}", {}),
        ("FastAPI Path() params: e-mail and card", "GET",
         f"/chat/users/{quote(EMAIL)}/cards/{quote(CARD)}", {}),
        ("FastAPI path param after a passport segment", "GET", "/chat/passport/AB1234567", {}),
        ("FastAPI Header() params (underscore names)", "GET", "/chat/headers", {"headers": {
            "x-customer-email": EMAIL, "x-account-number": "12345678", "x-customer": NAME,
            "user-agent": f"desk/1.0 ({EMAIL})"}}),
        ("FastAPI Cookie() params", "GET", "/chat/cookies", {"headers": {
            "cookie": f"email={EMAIL}; account_number=12345678; name=\"{NAME}\""}}),
        ("Pydantic body with camelCase aliases", "POST", "/chat/customer", {
            "json": CUSTOMER, "statuses": (200, 422)}),
        ("Pydantic body embedded under its name", "POST", "/chat/embedded", {
            "json": {"customer": CUSTOMER, "note": TEXT}, "statuses": (200, 422)}),
        ("GraphQL query and variables", "POST", "/chat/graphql", {"json": GRAPHQL}),
        ("GraphQL over GET (variables as JSON in the query)", "GET", "/chat/graphql?" + urlencode(
            {"query": GRAPHQL["query"], "variables": json.dumps(GRAPHQL["variables"])}), {}),
        ("JSON:API document (application/vnd.api+json)", "POST", "/chat/jsonapi", {
            "content": json.dumps(JSONAPI).encode(),
            "headers": {"content-type": "application/vnd.api+json"}}),
        ("JSON-RPC call with positional params", "POST", "/chat/rpc", {"json": RPC}),
        ("JSON-RPC batch (a JSON array)", "POST", "/chat/rpc", {
            "json": [RPC, {**RPC, "id": 2, "params": {"note": TEXT}}],
            "statuses": (200, 400)}),
        ("FastAPI APIRouter prefix with a background task", "POST", "/chat/r/notes", {
            "json": {"q": TEXT}, "expect": (EMAIL,)}),
    ]


def starlette_rows() -> list[Row]:
    return [
        ("CSV sent as the raw body (text/csv)", "POST", "/chat/in/csv", {
            "content": CSV, "headers": {"content-type": "text/csv"}, "statuses": (200, 415)}),
        ("request.stream() read in chunks, body sent in 3-byte chunks", "POST", "/chat/in/s", {
            "content": "chunks", "headers": J}),
        ("Starlette Mount() sub-app", "POST", "/chat/sub/x", {"json": {"q": TEXT}}),
        ("Router with nested Mount()s", "POST", "/chat/router/deep/x", {"json": {"q": TEXT}}),
        ("OPTIONS with a JSON body", "OPTIONS", "/chat/in/o", {
            "content": json.dumps({"q": TEXT}).encode(), "headers": J}),
        ("OPTIONS CORS-style preflight with values in the headers", "OPTIONS", "/chat/in/p", {
            "headers": {"origin": "https://app.example", "access-control-request-method": "POST",
                        "access-control-request-headers": f"x-customer, x-{EMAIL}"}}),
        ("HEAD with values in the query and a foreign reply header", "HEAD",
         f"/chat/out/head?e={quote(EMAIL)}&account_number=12345678", {}),
    ]


def reply_rows() -> list[Row]:
    mine = {"json": {"q": f"mail {EMAIL}, card {CARD}"}}
    return [
        ("StreamingResponse bytes, values split across 5-byte chunks", "POST",
         "/chat/out/bytes-split", {**mine, "expect": (EMAIL,)}),
        ("StreamingResponse JSON in 4-byte chunks", "POST", "/chat/out/json-split",
         {**mine, "expect": (EMAIL,)}),
        ("FileResponse text file with foreign values", "GET", "/chat/file/text", {}),
        ("FileResponse JSON file with foreign values", "GET", "/chat/file/json", {}),
        ("FileResponse CSV file with foreign values", "GET", "/chat/file/csv", {}),
        ("FileResponse PDF file with foreign values", "GET", "/chat/file/pdf",
         {"statuses": (502,)}),
        ("FileResponse text file, Range request", "GET", "/chat/file/text",
         {"headers": {"range": "bytes=0-40"}}),
        ("FileResponse text file, two ranges (multipart/byteranges)", "GET", "/chat/file/text",
         {"headers": {"range": "bytes=0-20,21-60"}}),
        ("HTMLResponse: input values, attributes, script JSON, entities", "POST",
         "/chat/out/html", {**mine, "expect": (EMAIL,)}),
        ("RedirectResponse: foreign e-mail in userinfo, card in fragment", "GET",
         "/chat/out/redirect-foreign", {"statuses": (302, 502)}),
        ("RedirectResponse 303 to a URL holding the user's own values", "POST",
         "/chat/out/redirect-own", {**mine, "statuses": (303, 502)}),
        ("Set-Cookie: foreign e-mail and IBAN, own values", "POST", "/chat/out/cookie", mine),
        ("PlainTextResponse in latin-1", "POST", "/chat/out/latin1",
         {**mine, "expect": (EMAIL,)}),
        ("SSE fields: event:, id:, multi-line data:, comments", "POST", "/chat/out/sse",
         {**mine, "expect": (EMAIL,)}),
        ("exception after the first chunk (text/plain)", "GET", "/chat/out/raise-text",
         {"statuses": (200, 500, 502), "broken_ok": True}),
        ("exception after the first chunk (JSON)", "GET", "/chat/out/raise-json",
         {"statuses": (200, 500, 502), "broken_ok": True}),
        ("exception after the first chunk (HTML)", "GET", "/chat/out/raise-html",
         {"statuses": (200, 500, 502), "broken_ok": True}),
        ("background task after a restored reply", "POST", "/chat/out/background",
         {**mine, "expect": (EMAIL,)}),
    ]


async def run_rows(label: str, client: httpx.AsyncClient, rows: list[Row]) -> None:
    raw = json.dumps({"q": TEXT}).encode()
    for name, method, path, kw in rows:
        kw = dict(kw)
        statuses = kw.pop("statuses", ())
        expect = kw.pop("expect", ())
        if kw.get("content") == "chunks":
            async def pieces() -> Any:
                for i in range(0, len(raw), 3):
                    yield raw[i:i + 3]
            kw["content"] = pieces()
        broken_ok = kw.pop("broken_ok", False)
        before = len(SEEN)
        content = b""
        try:
            async with client.stream(method, path, **kw) as r:
                try:
                    async for piece in r.aiter_bytes():
                        content += piece
                except httpx.HTTPError as exc:  # the body broke off after the head
                    if not broken_ok:
                        raise
                    content += f"\n<broken: {type(exc).__name__}>".encode()
        except Exception as exc:  # a crash or a broken connection is a finding
            judge(f"{label}: {name}", None, b"\n".join(SEEN[before:]), repr(exc).encode())
            client.cookies.clear()
            continue
        client.cookies.clear()  # a cookie one row set is not sent by the next
        await asyncio.sleep(0.05)  # a background task records after the reply
        head = "\n".join(f"{k}: {v}" for k, v in r.headers.multi_items()).encode()
        judge(f"{label}: {name}", r.status_code, b"\n".join(SEEN[before:]),
              head + b"\n\n" + content, reply_type=r.headers.get("content-type", ""),
              statuses=statuses, expect=expect, json_check=not broken_ok)


async def ranges_joined(label: str, client: httpx.AsyncClient) -> None:
    """Added after the first run: a client fetching a file in two consecutive byte ranges
    joins them; a value cut at the seam must not come out whole (the first run's single
    Range rows showed a slice ending inside a foreign e-mail)."""
    pieces: list[bytes] = []
    status: int | None = None
    for ranges in ("bytes=0-40", "bytes=41-"):
        r = await client.get("/chat/file/text", headers={"range": ranges})
        status = r.status_code
        pieces.append(r.content if r.status_code == 206 else r.content[41:]
                      if ranges == "bytes=41-" else r.content[:41])
    judge(f"{label}: FileResponse in two consecutive Range requests, joined", status, b"",
          b"\n\n" + b"".join(pieces), statuses=(200, 206), json_check=False)


# -- raw ASGI: hand-made messages in, every message out -------------------------------------

def http_scope(path: str, *, method: str = "POST", headers: list[tuple[bytes, bytes]] | None = None,
               extensions: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"},
             "http_version": "1.1", "method": method, "scheme": "http", "path": path,
             "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"content-type", b"application/json"), (b"host", b"t"),
                         (b"x-session-id", b"edge17-raw"), *(headers or [])],
             "client": ("127.0.0.1", 1), "server": ("t", 80)}
    if extensions is not None:
        scope["extensions"] = extensions
    scope.update(extra)
    return scope


async def call(app: Any, scope: dict[str, Any], messages: list[dict[str, Any]],
               timeout: float = 20) -> tuple[list[dict[str, Any]], str]:
    """Run `app` on `scope`, `receive` handing out `messages` (then waiting); returns the
    messages the app sent and the exception it raised (repr, or "")."""
    queue = list(messages)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if queue:
            return queue.pop(0)
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    error = ""
    try:
        await asyncio.wait_for(app(scope, receive, send), timeout)
    except Exception as exc:
        error = repr(exc)
    return sent, error


def judge_sent(name: str, sent: list[dict[str, Any]], error: str, got: bytes, *,
               statuses: tuple[int, ...] = (), forbidden_types: tuple[str, ...] = (),
               expect: tuple[str, ...] = ()) -> None:
    status = next((m.get("status") for m in sent if m["type"].endswith("response.start")),
                  None)
    if status is None and error:
        status = 500  # what a server answers for an app that raised before its reply
    blob = b"\n".join(repr(m).encode() for m in sent)
    body = b"".join(m.get("body", b"") for m in sent if m["type"].endswith("response.body"))
    heads = b"\n".join(k + b": " + v for m in sent for k, v in m.get("headers", []))
    judge(f"asgi: {name}", status if status is not None else 0, got,
          heads + b"\n\n" + body, expect=expect,
          statuses=statuses or (0, 200, 400, 415, 500, 502), json_check=False)
    back = leaks(blob, FOREIGN)
    if back:
        fail_last(f"a message to the server holds {back}")
    bad = [m["type"] for m in sent if m["type"] in forbidden_types]
    if bad:
        fail_last(f"passed on to the server unexamined: {bad}")
    if error and "RecursionError" in error:
        fail_last(f"crash {error[:80]}")


def raw_app_factory() -> Callable[..., Awaitable[None]]:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    scope.setdefault("state", {})["raw"] = "ok"
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        record("scope", type=scope["type"], path=scope.get("path"),
               query=scope.get("query_string", b"").decode("latin-1"),
               headers=[(k.decode("latin-1"), v.decode("latin-1"))
                        for k, v in scope.get("headers", [])],
               extensions=sorted((scope.get("extensions") or {}).keys()),
               subprotocols=scope.get("subprotocols"))
        if scope["type"] == "websocket":
            await receive()
            offered = scope.get("subprotocols") or []
            mode = scope["path"].rsplit("/", 1)[-1]
            if mode == "deny":
                await send({"type": "websocket.http.response.start", "status": 403,
                            "headers": [(b"content-type", b"text/plain")]})
                for piece in split(f"denied: {FOREIGN_DETAILS}", 7):
                    await send({"type": "websocket.http.response.body",
                                "body": piece.encode(), "more_body": True})
                await send({"type": "websocket.http.response.body", "body": b""})
                return
            proto = f"v1.{F_EMAIL}" if mode == "foreign-proto" else (
                offered[-1] if offered else None)
            await send({"type": "websocket.accept", "subprotocol": proto,
                        "headers": [(b"set-cookie", f"c={F_EMAIL}".encode())]})
            message = await receive()
            record("ws-frame", message=message)
            await send({"type": "websocket.send", "text": json.dumps({"echo": message.get(
                "text")})})
            await send({"type": "websocket.close", "code": 1000})
            return
        if scope["type"] != "http":
            return
        body = b""
        kinds: list[str] = []
        while True:
            message = await receive()
            kinds.append(message["type"])
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        after = ""
        if "after" in scope["path"]:  # read once more after the end: nothing raw may come
            try:
                message = await asyncio.wait_for(receive(), 1.0)
                after = repr(message)
            except TimeoutError:
                after = "<waited>"
        record("raw-body", kinds=kinds[:5], n=len(kinds), body=body.decode("utf-8", "replace"),
               after=after)
        mode = scope["path"].rsplit("/", 1)[-1]
        file = WORK / "notes.txt"
        start = {"type": "http.response.start", "status": 200,
                 "headers": [(b"content-type", b"text/plain")]}
        if mode == "trailers":
            await send({**start, "trailers": True})
            await send({"type": "http.response.body", "body": b"ok", "more_body": False})
            await send({"type": "http.response.trailers", "more_trailers": False,
                        "headers": [(b"x-checksum", F_EMAIL.encode())]})
            return
        if mode == "pathsend":
            await send(start)
            await send({"type": "http.response.pathsend", "path": str(file)})
            return
        if mode == "zerocopysend":
            await send(start)
            with open(file, "rb") as handle:
                await send({"type": "http.response.zerocopysend", "file": handle.fileno()})
            return
        if mode == "early-hint":
            await send({"type": "http.response.early_hint",
                        "links": [f"</x?m={F_EMAIL}>; rel=preload".encode()]})
        if mode == "file":
            response = FileResponse(file)
            await response(scope, receive, send)
            return
        await send({**start, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body",
                    "body": json.dumps({"got": body.decode("utf-8", "replace")}).encode()})

    return app


async def raw_probes() -> None:
    app = PiiGuardMiddleware(raw_app_factory(), guard=guard())
    doc = json.dumps({"q": TEXT}).encode()

    def tiny(size: int, *, empties: bool = False) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i in range(0, len(doc), size):
            out.append({"type": "http.request", "body": doc[i:i + size], "more_body": True})
            if empties:
                out.append({"type": "http.request", "body": b"", "more_body": True})
        out.append({"type": "http.request", "body": b"", "more_body": False})
        return out

    async def run(name: str, scope: dict[str, Any], messages: list[dict[str, Any]],
                  **kw: Any) -> list[dict[str, Any]]:
        before = len(SEEN)
        sent, error = await call(app, scope, messages)
        judge_sent(name, sent, error, b"\n".join(SEEN[before:]), **kw)
        return sent

    await run("body in 1-byte ASGI messages", http_scope("/chat/x"), tiny(1))
    await run("body in 2-byte messages with empty more_body messages between",
              http_scope("/chat/x"), tiny(2, empties=True))
    messages = tiny(5)
    messages[-1] = {"type": "http.request"}  # the end without `body` and `more_body`
    await run("last message without body and more_body keys", http_scope("/chat/x"), messages)
    messages = [{"type": "http.request", "body": doc[:20], "more_body": True},
                {"type": "http.request", "more_body": True},
                {"type": "http.request", "body": doc[20:]}]
    await run("a message without a body key mid-stream, the last without more_body",
              http_scope("/chat/x"), messages)
    await run("the app reads again after the end of the body",
              http_scope("/chat/after"), [{"type": "http.request", "body": doc}])
    await run("a body after more_body False (a second http.request)",
              http_scope("/chat/after"), [{"type": "http.request", "body": b'{"q": "hi"}'},
                                          {"type": "http.request", "body": doc}])
    gone = [{"type": "http.request", "body": doc[i:i + 2], "more_body": True}
            for i in range(0, len(doc) - 10, 2)] + [{"type": "http.disconnect"}]
    await run("client gone after many 2-byte messages", http_scope("/chat/x"), gone,
              statuses=(0, 200, 400, 499, 500))
    await run("a message of an unknown type mid-body", http_scope("/chat/x"),
              [{"type": "http.request", "body": doc[:20], "more_body": True},
               {"type": "http.request.extra", "body": doc[20:]},
               {"type": "http.request", "body": doc[20:]}])
    await run("more_body as a truthy non-bool (1)", http_scope("/chat/x"),
              [{"type": "http.request", "body": doc[:30], "more_body": 1},
               {"type": "http.request", "body": doc[30:], "more_body": 0}])
    await run("body as a bytearray", http_scope("/chat/x"),
              [{"type": "http.request", "body": bytearray(doc)}])
    ext = {"http.response.trailers": {}, "http.response.pathsend": {},
           "http.response.zerocopysend": {}, "http.response.early_hint": {}}
    forbidden = ("http.response.trailers", "http.response.pathsend",
                 "http.response.zerocopysend", "http.response.early_hint")
    empty = [{"type": "http.request", "body": b"{}"}]
    for mode in ("trailers", "pathsend", "zerocopysend", "early-hint"):
        await run(f"app sends http.response.{mode.replace('-', '_')} anyway",
                  http_scope(f"/chat/{mode}", extensions=ext), empty,
                  forbidden_types=forbidden, statuses=(0, 200, 500, 502))
    before = len(SEEN)
    await run("FileResponse with pathsend offered by the server",
              http_scope("/chat/file", method="GET", extensions=ext), empty,
              forbidden_types=forbidden, statuses=(200, 502))
    got = b"\n".join(SEEN[before:])
    if b"http.response" in got:
        fail_last("the app was offered a response extension")
    # lifespan passes through, state included
    lifespan_scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
    sent, error = await call(app, lifespan_scope, [{"type": "lifespan.startup"},
                                                   {"type": "lifespan.shutdown"}])
    ok = [m["type"] for m in sent] == ["lifespan.startup.complete",
                                       "lifespan.shutdown.complete"] and not error \
        and lifespan_scope["state"].get("raw") == "ok"
    RESULTS.append(("asgi: lifespan passes through, state kept", ok))
    print(f"{'pass' if ok else 'FAIL'}  asgi: lifespan passes through, state kept: "
          f"{[m['type'] for m in sent]} {error}", flush=True)
    # a scope type no ASGI version defines, on a guarded path, holding values
    odd = {"type": "webtransport", "asgi": {"version": "3.0"}, "path": f"/chat/{EMAIL}",
           "raw_path": f"/chat/{EMAIL}".encode(), "query_string": f"card={CARD}".encode(),
           "headers": [(b"x-customer", NAME.encode())], "root_path": ""}
    await run("an unknown scope type on a guarded path", odd,
              [{"type": "webtransport.connect"}], statuses=(0, 500))
    # WebSocket: subprotocols and headers, a subprotocol the app invents, a denial in pieces
    ws_headers = [(b"x-customer", NAME.encode()), (b"cookie", f"email={EMAIL}".encode()),
                  (b"sec-websocket-protocol", f"v1, acct.12345678, {IBAN}".encode())]

    def ws_scope(path: str, subprotocols: list[str]) -> dict[str, Any]:
        return {"type": "websocket", "asgi": {"version": "3.0"}, "http_version": "1.1",
                "scheme": "ws", "path": path, "raw_path": path.encode(), "query_string": b"",
                "root_path": "", "headers": [(b"host", b"t"), (b"x-session-id", b"e17ws"),
                                             *ws_headers],
                "client": ("127.0.0.1", 1), "server": ("t", 80),
                "subprotocols": subprotocols, "extensions": {"websocket.http.response": {}}}

    frames = [{"type": "websocket.connect"}, {"type": "websocket.receive", "text": TEXT}]
    await run("WebSocket subprotocols with an IBAN, headers with a name and e-mail",
              ws_scope("/ws/echo", ["v1", IBAN]), frames, statuses=(0,))
    await run("WebSocket: the app accepts a subprotocol holding a foreign e-mail",
              ws_scope("/ws/foreign-proto", ["v1"]), frames, statuses=(0,))
    await run("WebSocket denial response streamed in pieces",
              ws_scope("/ws/deny", ["v1"]), frames, statuses=(403, 0, 500))


# -- uvicorn-only rows: pipelining, root_path, GZip, WebSocket, lifespan ---------------------

def pipelined(url: str) -> None:
    host = urlsplit(url).netloc
    one = json.dumps({"q": "hello"}).encode()
    two = json.dumps({"q": TEXT}).encode()
    data = (f"POST /chat/in/p1 HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"X-Session-Id: e17pipe\r\nContent-Length: {len(one)}\r\n\r\n").encode() + one
    data += (f"POST /chat/in/p2?e={quote(EMAIL)} HTTP/1.1\r\nHost: {host}\r\n"
             f"Content-Type: application/json\r\nX-Session-Id: e17pipe\r\n"
             f"Content-Length: {len(two)}\r\n\r\n").encode() + two
    data += (f"GET /chat/out/head?x={quote(NAME)} HTTP/1.1\r\nHost: {host}\r\n"
             "X-Session-Id: e17pipe\r\nConnection: close\r\n\r\n").encode()
    before = len(SEEN)
    reply = raw_exchange(url, data)
    first = reply.split(b"\r\n", 1)[0].split()
    status = int(first[1]) if len(first) >= 2 and first[1].isdigit() else None
    judge("uvicorn: HTTP/1.1 pipelining, values in the second request", status,
          b"\n".join(SEEN[before:]), reply.replace(b"\r\n\r\n", b"\n\n", 1), json_check=False,
          placeholder_like=False)
    if reply.count(b"HTTP/1.1 200") < 3:
        fail_last(f"fewer than three answers: {reply[:200]!r}")


def gone_mid_body(url: str) -> None:
    host = urlsplit(url).netloc
    body = json.dumps({"q": TEXT}).encode()
    parts = urlsplit(url)
    before = len(SEEN)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall((f"POST /chat/in/gone HTTP/1.1\r\nHost: {host}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(body) + 50}\r\n"
                      "\r\n").encode() + body)
        sock.shutdown(socket.SHUT_WR)
        with contextlib.suppress(OSError):
            sock.recv(65536)
    import time
    time.sleep(0.5)
    judge("uvicorn: client gone mid-body (Content-Length never reached), stream() reader", 0,
          b"\n".join(SEEN[before:]), b"", statuses=(0,), json_check=False)


async def websocket_rows(url: str) -> None:
    import websockets

    ws = url.replace("http", "ws")

    async def probe(name: str, path: str, *, subprotocols: list[str] | None = None,
                    headers: dict[str, str] | None = None, text: str = TEXT,
                    statuses: tuple[int, ...] = (101,)) -> None:
        before = len(SEEN)
        reply = b""
        status: int | None = 101
        try:
            async with websockets.connect(
                    ws + path, subprotocols=subprotocols,  # type: ignore[arg-type]
                    additional_headers={"x-session-id": "e17ws", **(headers or {})}) as conn:
                reply += "\n".join(f"{k}: {v}" for k, v in
                                   conn.response.headers.raw_items()).encode() + b"\n\n"
                await conn.send(text)
                try:
                    got = await asyncio.wait_for(conn.recv(), 10)
                    reply += got.encode() if isinstance(got, str) else got
                except websockets.exceptions.ConnectionClosed as exc:
                    reply += f"closed {exc.rcvd.code if exc.rcvd else None}".encode()
        except websockets.exceptions.InvalidStatus as exc:
            status, reply = exc.response.status_code, exc.response.body or b""
        except Exception as exc:
            status, reply = None, repr(exc).encode()
        judge(f"uvicorn: {name}", status, b"\n".join(SEEN[before:]), reply, json_check=False,
              statuses=statuses, placeholder_like=False)

    await probe("WebSocket subprotocols with an IBAN and keyed digits", "/ws/s",
                subprotocols=["v1", f"iban.{IBAN}"])
    await probe("WebSocket request headers: a name, an e-mail cookie, user-agent", "/ws/s",
                headers={"x-customer": NAME, "cookie": f"email={EMAIL}",
                         "user-agent": f"desk ({EMAIL})", "x-account-number": "12345678"})
    await probe("WebSocket: the app sends a binary frame holding text", "/ws/s?mode=bytes",
                text="hi")


async def uvicorn_probes() -> None:
    fast = fastapi_app()
    fast_guarded = PiiGuardMiddleware(fast, guard=guard())
    star_guarded = PiiGuardMiddleware(starlette_app(), guard=guard())
    with serve(fast_guarded) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30, follow_redirects=False,
                                     headers={"x-session-id": "e17fast"}) as c:
            await run_rows("uvicorn FastAPI", c, fastapi_rows())
            r = await c.get("/chat/lifespan")
            ok = r.status_code == 200 and r.json().get("greeting") == "lifespan-state-ok"
            RESULTS.append(("uvicorn FastAPI: lifespan ran through the guard, state reaches "
                            "requests", ok))
            print(f"{'pass' if ok else 'FAIL'}  uvicorn FastAPI: lifespan state: {r.text[:80]}")
    with serve(star_guarded) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30, follow_redirects=False,
                                     headers={"x-session-id": "e17star"}) as c:
            await run_rows("uvicorn Starlette", c, starlette_rows() + reply_rows())
            await ranges_joined("uvicorn Starlette", c)
        pipelined(url)
        gone_mid_body(url)
        await websocket_rows(url)
    # GZipMiddleware inside the guard (it compresses what the guard must read) and outside
    inner_gz = PiiGuardMiddleware(GZipMiddleware(starlette_app(), minimum_size=10),
                                  guard=guard())
    outer_gz = GZipMiddleware(PiiGuardMiddleware(starlette_app(), guard=guard()),
                              minimum_size=10)
    for label, app in (("GZipMiddleware inside the guard", inner_gz),
                       ("GZipMiddleware outside the guard", outer_gz)):
        with serve(app) as url:
            async with httpx.AsyncClient(base_url=url, timeout=30,
                                         headers={"x-session-id": "e17gz",
                                                  "accept-encoding": "gzip"}) as c:
                mine = {"json": {"q": f"mail {EMAIL}, card {CARD}"}, "expect": (EMAIL,)}
                await run_rows(f"uvicorn {label}", c, [
                    ("JSON reply", "POST", "/chat/out/gzip", {**mine, "statuses": (200, 502)}),
                    ("SSE reply", "POST", "/chat/out/sse", {**mine, "statuses": (200, 502)}),
                    ("request body gzip-encoded", "POST", "/chat/in/g", {
                        "content": gzip.compress(json.dumps({"q": TEXT}).encode()),
                        "headers": {**J, "content-encoding": "gzip"}})])
    # root_path: uvicorn --root-path, and the guard on a sub-app mounted under a prefix
    with serve(PiiGuardMiddleware(starlette_app(), guard=guard()), root_path="/pfx") as url:
        async with httpx.AsyncClient(base_url=url, timeout=30) as c:
            await run_rows("uvicorn --root-path /pfx", c, [
                ("POST under the root path", "POST", "/chat/in/r", {"json": {"q": TEXT}}),
                ("POST with the root path in the URL", "POST", "/pfx/chat/in/r",
                 {"json": {"q": TEXT}})])
    guarded_sub = PiiGuardMiddleware(starlette_app(), guard=guard(routes=("/chat/*",)))
    outer = Starlette(routes=[Mount("/api/v2", app=guarded_sub),
                              Mount("/api", routes=[Mount("/nested", app=guarded_sub)])])
    with serve(outer) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30) as c:
            await run_rows("uvicorn guard on a mounted sub-app", c, [
                ("Mount('/api/v2') then /chat/in", "POST", "/api/v2/chat/in/m",
                 {"json": {"q": TEXT}}),
                ("nested Mount('/api') Mount('/nested')", "POST", "/api/nested/chat/in/m",
                 {"json": {"q": TEXT}}),
                ("FastAPI-style sub-app reply with foreign values", "POST",
                 "/api/v2/chat/out/bytes-split", {"json": {"q": "hi"}})])


async def asgi_transport_probes() -> None:
    for label, app in (("ASGITransport FastAPI", fastapi_app()),
                       ("ASGITransport Starlette", starlette_app())):
        guarded = PiiGuardMiddleware(app, guard=guard())
        transport = httpx.ASGITransport(app=guarded, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://t",
                                     headers={"x-session-id": "e17asgi"}) as c:
            if "FastAPI" in label:
                await run_rows(label, c, fastapi_rows())
            else:
                await run_rows(label, c, starlette_rows() + reply_rows())
                await ranges_joined(label, c)


def main() -> None:
    recorder = recording_logs()
    # the probe's own clients log what they received through httpcore on the main thread:
    # what the client got is judged by each row, not here
    recorder.addFilter(lambda record: not (record.name.startswith("httpcore")
                                           and record.threadName == "MainThread"))
    write_files()
    print(f"python-multipart installed: {HAVE_MULTIPART}", flush=True)
    try:
        asyncio.run(uvicorn_probes())
        asyncio.run(asgi_transport_probes())
        asyncio.run(raw_probes())
    finally:
        for path in WORK.iterdir():
            path.unlink()
        WORK.rmdir()
    text = "\n".join(recorder.lines).encode()
    found = leaks(text, EVERY)
    RESULTS.append(("logs hold no value", not found))
    print(f"{'FAIL' if found else 'pass'}  logs hold no value: {found} "
          f"({len(recorder.lines)} records)")
    for line in recorder.lines if found else []:
        if leaks(line.encode(), EVERY):
            print("   ", line[:300])
    print_tally(RESULTS)


if __name__ == "__main__":
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    main()
