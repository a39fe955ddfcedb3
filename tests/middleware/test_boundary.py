"""The middleware's boundary: query strings, any method's body, bodies that are not
objects, WebSocket binary frames, the placeholder instruction."""

from __future__ import annotations

import json
import os
import time
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard import Detector
from piiguard.chat_format import PLACEHOLDER_INSTRUCTION
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio

EMAIL = "anna.kowalski@example.org"


class Recorder:
    """An app that records what it got and answers with bytes or text as asked."""

    def __init__(self) -> None:
        self.seen: list[Any] = []
        self.scopes: list[Any] = []
        self.app = Starlette(
            routes=[
                Route("/chat/{rest:path}", self.http, methods=["GET", "POST", "DELETE", "PUT"]),
                WebSocketRoute("/ws", self.websocket),
            ]
        )

    async def http(self, request: Request) -> Response:
        self.scopes.append(request.scope)
        self.seen.append((request.method, request.url.query, await request.body()))
        return JSONResponse({"ok": True})

    async def websocket(self, websocket: WebSocket) -> None:
        self.scopes.append(websocket.scope)
        await websocket.accept()
        while True:
            try:
                message = await websocket.receive()
            except WebSocketDisconnect:
                return
            if message["type"] == "websocket.disconnect":
                return
            self.seen.append(message.get("text") or message.get("bytes"))
            if message.get("text") == "send bytes":
                await websocket.send_bytes(EMAIL.encode())
            elif message.get("text") is not None:
                await websocket.send_text("echo " + message["text"])


def guarded(detector: Detector, **settings: Any) -> tuple[Recorder, PiiGuardMiddleware]:
    recorder = Recorder()
    config = GuardConfig(detector="patterns", **settings)
    return recorder, PiiGuardMiddleware(recorder.app, guard=Guard(config, detector=detector))


def client(app: PiiGuardMiddleware) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://test",
        headers={"x-session-id": "b1"},
    )


async def test_query_string_names_and_values_are_masked(detector: Detector) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.get("/chat/x", params={"to": EMAIL, EMAIL: "1"})
    assert reply.status_code == 200
    _, query, _ = recorder.seen[0]
    assert "anna" not in query and "EMAIL_ADDRESS_1" in query


async def test_path_segments_and_header_values_are_masked(detector: Detector) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.get(
            f"/chat/users/{EMAIL}",
            headers={"x-contact": f"write to {EMAIL}", "authorization": f"Bearer {EMAIL}"},
        )
    assert reply.status_code == 200
    scope = recorder.scopes[0]
    assert scope["path"] == "/chat/users/<EMAIL_ADDRESS_1>"
    assert scope["raw_path"] == b"/chat/users/%3CEMAIL_ADDRESS_1%3E"
    headers = dict(scope["headers"])
    assert headers[b"x-contact"] == b"write to <EMAIL_ADDRESS_1>"
    # Credentials pass as sent: the app must be able to read them.
    assert headers[b"authorization"] == f"Bearer {EMAIL}".encode()
    assert headers[b"x-session-id"] == b"b1"


def test_websocket_path_query_and_headers_are_masked(detector: Detector) -> None:
    recorder, app = guarded(detector)
    with TestClient(app) as tc, tc.websocket_connect(
        f"/ws?to={EMAIL}", headers={"x-contact": EMAIL}
    ) as ws:
        ws.send_text("hello")
        ws.receive()
    scope = recorder.scopes[0]
    assert EMAIL.encode() not in scope["query_string"]
    assert b"EMAIL_ADDRESS_1" in scope["query_string"]
    assert dict(scope["headers"])[b"x-contact"] == b"<EMAIL_ADDRESS_1>"


@pytest.mark.parametrize("method", ["DELETE", "GET", "PUT"])
async def test_a_body_on_any_method_is_masked(detector: Detector, method: str) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.request(method, "/chat/x", json={"note": f"mail {EMAIL}"})
    assert reply.status_code == 200
    _, _, body = recorder.seen[0]
    assert json.loads(body) == {"note": "mail <EMAIL_ADDRESS_1>"}


async def test_a_body_of_another_type_on_any_method_is_415(detector: Detector) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.request("DELETE", "/chat/x", content=EMAIL.encode())
    assert reply.status_code == 415
    assert recorder.seen == []


@pytest.mark.parametrize("body", [b"[]", b'"x"', b"1", b"null"])
async def test_a_body_that_is_not_an_object_is_400(detector: Detector, body: bytes) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.post(
            "/chat/x", content=body, headers={"content-type": "application/json"}
        )
    assert reply.status_code == 400
    assert reply.json()["error"]["code"] == "invalid_body"
    assert recorder.seen == []


def test_websocket_binary_frame_from_the_client_closes_the_socket(detector: Detector) -> None:
    recorder, app = guarded(detector)
    with TestClient(app) as tc, tc.websocket_connect("/ws") as ws:
        ws.send_bytes(EMAIL.encode())
        message = ws.receive()
    assert message == {
        "type": "websocket.close", "code": 1003, "reason": "binary frames are not accepted"
    }
    assert recorder.seen == []


def test_websocket_binary_frame_from_the_app_is_not_sent(detector: Detector) -> None:
    _, app = guarded(detector)
    with TestClient(app) as tc, tc.websocket_connect("/ws") as ws:
        ws.send_text("send bytes")
        message = ws.receive()
    assert message["type"] == "websocket.close" and message["code"] == 1003
    assert EMAIL.encode() not in json.dumps(message, default=str).encode()


def test_websocket_binary_frames_pass_when_allowed(detector: Detector) -> None:
    recorder, app = guarded(detector, websocket_binary="allow")
    with TestClient(app) as tc, tc.websocket_connect("/ws") as ws:
        ws.send_bytes(b"\x00\x01")
        ws.send_text("send bytes")
        assert ws.receive_bytes() == EMAIL.encode()
    assert recorder.seen[0] == b"\x00\x01"


async def test_placeholder_instruction_is_added_when_asked(detector: Detector) -> None:
    recorder, app = guarded(detector, placeholder_instruction=True)
    body = {"messages": [{"role": "user", "content": f"hi {EMAIL}"}]}
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 200
    sent = json.loads(recorder.seen[0][2])
    assert sent["messages"][0] == {"role": "system", "content": PLACEHOLDER_INSTRUCTION}
    assert sent["messages"][1]["content"] == "hi <EMAIL_ADDRESS_1>"


async def test_placeholder_instruction_is_off_by_default(detector: Detector) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        await c.post("/chat/x", json={"messages": [{"role": "user", "content": "hi"}]})
    assert json.loads(recorder.seen[0][2]) == {"messages": [{"role": "user", "content": "hi"}]}


FOREIGN = "someone.else@example.net"


class ControlApp:
    """A WebSocket app that speaks in control messages: accept headers, a close
    reason, a denial response; it records how the client closed."""

    def __init__(self) -> None:
        self.closed: list[Any] = []
        self.app = Starlette(routes=[WebSocketRoute("/ws", self.websocket)])

    async def websocket(self, websocket: WebSocket) -> None:
        mode = websocket.query_params["m"]
        if mode == "deny":
            denial = Response(f"denied for {FOREIGN}", 403, media_type="text/plain")
            await websocket.send_denial_response(denial)
            return
        await websocket.accept(headers=[(b"x-who", FOREIGN.encode())])
        if mode == "close":
            await websocket.close(code=1000, reason=f"bye {FOREIGN}")
            return
        self.closed.append(await websocket.receive())


def control(detector: Detector) -> tuple[ControlApp, PiiGuardMiddleware]:
    inner = ControlApp()
    guard = Guard(GuardConfig(detector="patterns", routes=("/ws",)), detector=detector)
    return inner, PiiGuardMiddleware(inner.app, guard=guard)


def test_websocket_close_reason_and_accept_headers_are_guarded(detector: Detector) -> None:
    _, app = control(detector)
    with TestClient(app) as tc, tc.websocket_connect("/ws?m=close") as ws:
        assert dict(ws.extra_headers)[b"x-who"] == b"[EMAIL_ADDRESS]"
        message = ws.receive()
    assert message == {"type": "websocket.close", "code": 1000, "reason": "bye [EMAIL_ADDRESS]"}


def test_websocket_denial_response_is_guarded_like_a_reply(detector: Detector) -> None:
    from starlette.testclient import WebSocketDenialResponse

    _, app = control(detector)
    with (
        TestClient(app) as tc,
        pytest.raises(WebSocketDenialResponse) as denied,
        tc.websocket_connect("/ws?m=deny"),
    ):
        pass
    assert denied.value.status_code == 403
    assert denied.value.text == "denied for [EMAIL_ADDRESS]"


def test_websocket_close_reason_from_the_client_is_masked(detector: Detector) -> None:
    inner, app = control(detector)
    with TestClient(app) as tc, tc.websocket_connect("/ws?m=wait") as ws:
        ws.close(code=1000, reason=f"bye {FOREIGN}")
        # The app's receive returns once the close is through the middleware; the session
        # stays open meanwhile (leaving it cancels the app, however busy the machine is).
        for _ in range(1000):
            if inner.closed:
                break
            time.sleep(0.01)
    assert inner.closed == [
        {"type": "websocket.disconnect", "code": 1000, "reason": "bye <EMAIL_ADDRESS_1>"}
    ]


# -- replies sent through ASGI extensions; apps below a root path ------------------------


class ExtensionServer:
    """The server side of the ASGI response extensions (as Granian or Hypercorn offer
    them): it announces them in the scope and carries out what the app asks: a file
    sent by path or descriptor becomes the body; trailers and early hints are kept."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.hints: list[Any] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        offered = ("pathsend", "zerocopy", "trailers", "early_hint")
        extensions = {f"http.response.{name}": {} for name in offered}
        scope = {**scope, "extensions": {**scope.get("extensions", {}), **extensions}}

        async def server_send(message: Any) -> None:
            kind = message["type"]
            if kind == "http.response.pathsend":
                with open(message["path"], "rb") as file:
                    await send({"type": "http.response.body", "body": file.read()})
            elif kind == "http.response.zerocopy":
                body = os.read(message["file"], 1 << 16)
                await send({"type": "http.response.body", "body": body})
            elif kind in ("http.response.trailers", "http.response.early_hint"):
                self.hints.append(message)
            else:
                await send(message)

        await self.app(scope, receive, server_send)


TEXT_START = {
    "type": "http.response.start",
    "status": 200,
    "headers": [(b"content-type", b"text/plain")],
}


class ExtensionApp:
    """Replies through one response extension each (`/file` is Starlette's FileResponse,
    which uses `pathsend` when the server offers it)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.app = Starlette(
            routes=[
                Route("/chat/file", self.file),
                Route("/chat/zerocopy", self.raw(self.zerocopy)),
                Route("/chat/trailers", self.raw(self.trailers)),
                Route("/chat/hint", self.raw(self.hint)),
            ]
        )

    async def file(self, request: Request) -> Response:
        return FileResponse(self.path, media_type="text/plain")

    @staticmethod
    def raw(handler: Any) -> Any:
        class Endpoint:
            async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
                await handler(scope, send)

        return Endpoint()

    async def zerocopy(self, scope: Any, send: Any) -> None:
        await send(TEXT_START)
        await send({"type": "http.response.zerocopy", "file": os.open(self.path, os.O_RDONLY)})

    async def trailers(self, scope: Any, send: Any) -> None:
        await send({**TEXT_START, "trailers": True})
        await send({"type": "http.response.body", "body": b"ok"})
        await send({"type": "http.response.trailers", "headers": [(b"x-who", FOREIGN.encode())]})

    async def hint(self, scope: Any, send: Any) -> None:
        links = [f"</users/{FOREIGN}>; rel=preload".encode()]
        await send({"type": "http.response.early_hint", "links": links})
        await send(TEXT_START)
        await send({"type": "http.response.body", "body": b"ok"})


@pytest.mark.parametrize("route", ["file", "zerocopy", "trailers", "hint"])
async def test_a_reply_through_an_asgi_extension_does_not_pass_the_guard_unchecked(
    detector: Detector, tmp_path: Any, route: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"mail {FOREIGN}\n")
    inner = ExtensionApp(str(page))
    guard = Guard(GuardConfig(detector="patterns", routes=("/chat/*",)), detector=detector)
    server = ExtensionServer(PiiGuardMiddleware(inner.app, guard=guard))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server), base_url="http://test"
    ) as c:
        reply = await c.get(f"/chat/{route}", headers={"x-session-id": "ext"})
    assert FOREIGN not in reply.text
    assert FOREIGN not in json.dumps(server.hints, default=repr)
    if route == "file":  # the app falls back to body messages, which are guarded
        assert reply.status_code == 200 and reply.text == "mail [EMAIL_ADDRESS]\n"
    if route == "zerocopy":  # sent anyway though not offered: the stream ends in an error
        assert "reply_type_not_supported" in reply.text


async def test_a_guarded_route_below_a_root_path_is_guarded(detector: Detector) -> None:
    # A mounted app (or `uvicorn --root-path`) sees the full path in `scope["path"]` and
    # routes on the path below its root; the guard's routes are written for the latter.
    recorder, app = guarded(detector, routes=("/chat/*",))
    outer = Starlette(routes=[Mount("/api", app=app)])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=outer), base_url="http://test"
    ) as c:
        reply = await c.post(
            "/api/chat/x",
            json={"note": f"mail {EMAIL}"},
            params={"to": EMAIL},
            headers={"x-session-id": "root"},
        )
    assert reply.status_code == 200
    _, query, body = recorder.seen[0]
    assert json.loads(body) == {"note": "mail <EMAIL_ADDRESS_1>"}
    assert EMAIL not in query


def test_a_guarded_route_behind_uvicorn_root_path_is_guarded(detector: Detector) -> None:
    from servers import serve

    recorder, app = guarded(detector, routes=("/chat/*",))
    with serve(app, root_path="/api") as url:
        reply = httpx.post(
            f"{url}/chat/x", json={"note": f"mail {EMAIL}"}, headers={"x-session-id": "root"}
        )
    assert reply.status_code == 200, reply.text
    assert json.loads(recorder.seen[0][2]) == {"note": "mail <EMAIL_ADDRESS_1>"}


@pytest.mark.parametrize(
    "codings",
    [[b"gzip"], [b"identity", b"gzip"], [b"identity, gzip"], [b"GZIP"]],
    ids=["gzip", "two headers", "a list", "upper case"],
)
async def test_an_encoded_reply_is_refused_however_its_coding_is_written(
    detector: Detector, codings: list[bytes]
) -> None:
    import gzip

    body = gzip.compress(json.dumps({"note": f"mail {FOREIGN}"}).encode(), 0)  # stored

    async def encoded(scope: Any, receive: Any, send: Any) -> None:
        headers = [(b"content-type", b"application/json")]
        headers += [(b"content-encoding", coding) for coding in codings]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    guard = Guard(GuardConfig(detector="patterns", routes=("/chat",)), detector=detector)
    app = PiiGuardMiddleware(encoded, guard=guard)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://test"
    ) as c:
        reply = await c.get("/chat", headers={"x-session-id": "enc"})
    assert reply.status_code == 502
    assert reply.json()["error"]["code"] == "reply_type_not_supported"


FOREIGN_EMAIL = "someone.else@example.net"


def _delta_app(pieces_for: dict[str, list[str]], close: bool) -> Starlette:
    """A WebSocket app that answers a text frame with JSON `delta` events, one per piece
    (the Realtime API's shape), then `response.output_text.done` unless it closes."""

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        text = await websocket.receive_text()
        for piece in pieces_for[text.split()[0]]:
            await websocket.send_text(
                json.dumps({"type": "response.output_text.delta", "delta": piece})
            )
        if close:
            await websocket.close()
            return
        await websocket.send_text(json.dumps({"type": "response.output_text.done"}))
        await websocket.receive_text()

    return Starlette(routes=[WebSocketRoute("/ws", socket)])


@pytest.mark.parametrize("close", [False, True], ids=["done event", "app closes"])
def test_websocket_json_deltas_over_frames_are_one_text(detector: Detector, close: bool) -> None:
    # Each frame was checked alone: a value sent a few characters per frame crossed.
    text = f"Write to {FOREIGN_EMAIL} or to {EMAIL} today."
    pieces = {"go": [text[i : i + 3] for i in range(0, len(text), 3)]}
    app = PiiGuardMiddleware(
        _delta_app(pieces, close),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "ws-d"}) as ws:
        ws.send_text(f"go {EMAIL}")  # the session's own address, as a placeholder upstream
        frames = []
        while True:
            message = ws.receive()
            if message["type"] == "websocket.close":
                break
            event = json.loads(message["text"])
            if event["type"].endswith(".done"):
                ws.send_text("bye")
                break
            frames.append(event["delta"])
    assert "".join(frames) == f"Write to [EMAIL_ADDRESS] or to {EMAIL} today."


@pytest.mark.parametrize("status", [101, 204, 304])
async def test_a_body_on_a_status_without_one_is_dropped(detector: Detector, status: int) -> None:
    # The body of a 1xx, 204 or 304 passed unchecked (a server that does not enforce
    # the status's empty body, such as the ASGI transport here, sent it on).
    async def reply(request: Request) -> Response:
        return Response(f"mail {FOREIGN_EMAIL}", status_code=status, media_type="text/plain")

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat/x", reply)]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    async with client(app) as c:
        answer = await c.get("/chat/x")
    assert answer.status_code == status
    assert answer.content == b""


def test_websocket_a_value_typed_over_two_frames_is_masked_in_both(detector: Detector) -> None:
    # Each frame was masked alone: "anna.kowalski" and "@example.org" reached the app
    # in two frames, whole between them. The first piece has gone when the second comes;
    # the second is masked, so the app never holds the whole value (as with two turns
    # of an HTTP chat).
    recorder, app = guarded(detector)
    with TestClient(app) as tc, tc.websocket_connect(
        "/ws", headers={"x-session-id": "ws-seam"}
    ) as ws:
        for text in ("write to anna.kowalski", "@example.org please", "thanks"):
            ws.send_text(text)
            ws.receive()
    assert recorder.seen[0] == "write to anna.kowalski"
    assert recorder.seen[1].startswith("<EMAIL_ADDRESS_") and "example" not in recorder.seen[1]
    assert recorder.seen[2] == "thanks"


def test_websocket_a_value_split_over_parts_of_one_json_frame_is_masked(
    detector: Detector,
) -> None:
    # Since JSON frames are stream events, their whole strings are read as a JSON reply's
    # are: neighbouring content parts joined.
    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.receive_text()
        parts = [{"type": "text", "text": t} for t in ("mail someone.else", "@example.net ok")]
        await websocket.send_text(json.dumps({"type": "message", "content": parts}))
        await websocket.close()

    app = PiiGuardMiddleware(
        Starlette(routes=[WebSocketRoute("/ws", socket)]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "ws-p"}) as ws:
        ws.send_text("go")
        frame = json.loads(ws.receive_text())
    texts = [part["text"] for part in frame["content"]]
    assert "someone.else" not in texts[0] and "example.net" not in texts[1]


class Http2Server:
    """The server side of HTTP/2 (and HTTP/3): the body is framed by the protocol, so a
    request carries it without `Content-Length` or `Transfer-Encoding`, whatever its method
    (as Hypercorn passes such a request on)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            framing = {b"content-length", b"transfer-encoding"}
            headers = [(k, v) for k, v in scope["headers"] if k.lower() not in framing]
            scope = {**scope, "http_version": "2", "headers": headers}
        await self.app(scope, receive, send)


@pytest.mark.parametrize("method", ["GET", "DELETE", "OPTIONS"])
async def test_a_body_without_a_declared_length_is_masked_on_any_method(
    detector: Detector, method: str
) -> None:
    recorder = Recorder()
    recorder.app.add_route("/chat/h2", recorder.http, methods=[method])
    guard = Guard(GuardConfig(detector="patterns", routes=("/chat/*",)), detector=detector)
    server = Http2Server(PiiGuardMiddleware(recorder.app, guard=guard))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server), base_url="http://test"
    ) as c:
        reply = await c.request(
            method, "/chat/h2", json={"note": f"mail {EMAIL}"}, headers={"x-session-id": "h2"}
        )
        other = await c.request(
            method, "/chat/h2", content=f"mail {EMAIL}".encode(),
            headers={"x-session-id": "h2", "content-type": "text/plain"},
        )
        empty = await c.request(method, "/chat/h2", headers={"x-session-id": "h2"})
    assert reply.status_code == 200, reply.text
    assert other.status_code == 415
    assert empty.status_code == 200, empty.text
    assert [json.loads(body) if body else body for _, _, body in recorder.seen] == [
        {"note": "mail <EMAIL_ADDRESS_1>"}, b"",
    ]


HEADER_NAMED: dict[str, tuple[str, str]] = {
    "phone": ("x-user-phone", "48601234567"),
    "passport": ("x-passport", "AB1234567"),
    "account number": ("x-account-number", "12345678"),
}
"""Header values a reader knows by the header's name alone, as by a JSON key."""


@pytest.mark.parametrize("case", HEADER_NAMED.values(), ids=list(HEADER_NAMED))
async def test_a_header_value_is_read_after_its_name(case: tuple[str, str]) -> None:
    name, value = case
    # The patterns stage masks a bare value after its word ("phone: 48601234567").
    recorder, app = guarded(Detector.patterns(), detection_timeout_seconds=60)
    async with client(app) as c:
        reply = await c.get(
            "/chat/x", headers={name: value, "x-request-id": "req-1", "authorization": value}
        )
    assert reply.status_code == 200
    headers = dict(recorder.scopes[0]["headers"])
    assert value.encode() not in headers[name.encode()]
    assert headers[name.encode()].startswith(b"<")
    # Structural headers pass as sent; an ordinary id stays.
    assert headers[b"authorization"] == value.encode()
    assert headers[b"x-request-id"] == b"req-1"


JSON_TEXT_KEYS = ["account_number", "accountNumber", "account-number", "ACCOUNT_NUMBER"]


@pytest.mark.parametrize("key", JSON_TEXT_KEYS)
async def test_a_keyed_value_in_json_text_of_a_body_is_masked(key: str) -> None:
    # A free-text field whose text is itself JSON: its values are read after their keys.
    recorder, app = guarded(Detector.patterns(), detection_timeout_seconds=60)
    text = json.dumps({"result": {key: "12345678", "note": "ok"}, "list": [{key: "87654321"}]})
    async with client(app) as c:
        reply = await c.post("/chat/x", json={"content": text})
        # A free-text query value is the same text.
        asked = await c.get("/chat/x", params={"query": text})
    assert reply.status_code == 200 and asked.status_code == 200
    assert "12345678" not in recorder.seen[1][1] and "87654321" not in recorder.seen[1][1]
    sent = json.loads(recorder.seen[0][2])["content"]
    assert "12345678" not in sent and "87654321" not in sent
    # The rest of the text is the same bytes, still JSON.
    inner = json.loads(sent)
    assert inner["result"]["note"] == "ok"
    assert sent.replace(inner["result"][key], "12345678").replace(
        inner["list"][0][key], "87654321"
    ) == text


async def test_a_number_named_by_its_key_is_masked_and_json_text_stays_json() -> None:
    # A JSON number under a personal key, in the body and in JSON written into a string.
    recorder, app = guarded(Detector.patterns(), detection_timeout_seconds=60)
    text = json.dumps({"holder": {"account_number": 12345678}, "count": 3})
    body = {"metadata": {"phone": 48601234567}, "content": text, "max_tokens": 1234567}
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 200
    sent = json.loads(recorder.seen[0][2])
    assert b"48601234567" not in recorder.seen[0][2] and b"12345678" not in recorder.seen[0][2]
    inner = json.loads(sent["content"])  # still JSON: the placeholder stands quoted
    assert isinstance(inner["holder"]["account_number"], str) and inner["count"] == 3
    assert sent["max_tokens"] == 1234567


def _reply_app() -> Starlette:
    async def headers(request: Request) -> Response:
        return JSONResponse({"ok": True}, headers={
            "x-account-number": "12345678", "x-user-phone": "48601234567",
            "x-request-id": "12345678",
        })

    async def arguments(request: Request) -> Response:
        text = json.dumps({"holder": {"account_number": "12345678"}, "note": "ok"})
        pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
        events = [{"choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": 0, "function": {"arguments": piece}}]}}]} for piece in pieces]
        events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
        body = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
        return Response(body, media_type="text/event-stream")

    return Starlette(routes=[
        Route("/chat/headers", headers), Route("/chat/arguments", arguments),
    ])


async def test_reply_header_values_are_read_after_their_names() -> None:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(_reply_app(), guard=Guard(config, detector=Detector.patterns()))
    async with client(app) as c:
        reply = await c.get("/chat/headers")
    assert reply.status_code == 200
    assert reply.headers["x-account-number"] != "12345678"
    assert "48601234567" not in reply.headers["x-user-phone"]
    assert reply.headers["x-request-id"] == "12345678"


async def test_streamed_tool_call_arguments_are_judged_whole() -> None:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(_reply_app(), guard=Guard(config, detector=Detector.patterns()))
    async with client(app) as c:
        reply = await c.get("/chat/arguments")
    assert reply.status_code == 200
    assert "12345678" not in reply.text
    joined = "".join(
        call["function"]["arguments"]
        for line in reply.text.splitlines() if line.startswith("data: {")
        for choice in json.loads(line[6:])["choices"]
        for call in choice["delta"].get("tool_calls", [])
    )
    assert json.loads(joined)["note"] == "ok"


async def test_a_header_value_that_is_json_text_stays_json_when_a_number_is_masked() -> None:
    recorder, app = guarded(Detector.patterns(), detection_timeout_seconds=60)
    value = json.dumps({"customer": {"phone": 48601234567}, "tier": 2})
    async with client(app) as c:
        reply = await c.get("/chat/x", headers={"x-meta": value})
    assert reply.status_code == 200
    sent = dict(recorder.scopes[0]["headers"])[b"x-meta"].decode()
    assert "48601234567" not in sent
    assert json.loads(sent)["tier"] == 2  # still JSON: the placeholder stands quoted


FOREIGN_DETAILS = "mail someone.else@example.net, card 5500 0000 0000 0004"


def _array_app() -> Starlette:
    """Replies that are a JSON array of chunks (Gemini's `streamGenerateContent` without
    `alt=sse`): a client joins the items' texts."""
    pieces = [FOREIGN_DETAILS[i : i + 5] for i in range(0, len(FOREIGN_DETAILS), 5)]

    async def gemini(request: Request) -> Response:
        return JSONResponse([
            {"candidates": [{"content": {"parts": [{"text": piece}], "role": "model"},
                             "index": 0}], "modelVersion": "gemini-x"}
            for piece in pieces
        ])

    async def records(request: Request) -> Response:
        return JSONResponse([{"text": piece} for piece in pieces])

    async def clean(request: Request) -> Response:
        return JSONResponse([{"name": "alpha", "note": "a"}, {"name": "beta", "note": "b"}])

    return Starlette(routes=[
        Route("/chat/gemini", gemini), Route("/chat/records", records),
        Route("/chat/clean", clean),
    ])


def _joined_texts(reply: httpx.Response) -> str:
    """Every `text` of the reply, joined in order (as a client joins the chunks)."""

    def strings(node: Any) -> list[str]:
        if isinstance(node, dict):
            return [s for key, value in node.items()
                    for s in ([value] if key == "text" else strings(value))]
        if isinstance(node, list):
            return [s for value in node for s in strings(value)]
        return []

    return "".join(strings(reply.json()))


@pytest.mark.parametrize("route", ["/chat/gemini", "/chat/records"])
async def test_a_value_split_over_the_items_of_a_json_array_reply_is_masked(route: str) -> None:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(_array_app(), guard=Guard(config, detector=Detector.patterns()))
    async with client(app) as c:
        reply = await c.get(route)
    assert reply.status_code == 200, reply.text
    joined = _joined_texts(reply)
    assert "someone.else@example.net" not in joined, joined
    assert "5500000000000004" not in joined.replace(" ", ""), joined
    assert len(reply.json()) == len(range(0, len(FOREIGN_DETAILS), 5))  # items stay items


async def test_a_json_array_reply_of_clean_records_passes_as_it_came() -> None:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(_array_app(), guard=Guard(config, detector=Detector.patterns()))
    async with client(app) as c:
        reply = await c.get("/chat/clean")
    assert reply.json() == [{"name": "alpha", "note": "a"}, {"name": "beta", "note": "b"}]


PATH_FIELDS: dict[str, tuple[str, str]] = {
    "value after its singular collection": ("/chat/passport/AB1234567", "AB1234567"),
    "phone after its word": ("/chat/phone/48601234567", "48601234567"),
    "name=value segment": ("/chat/x/account_number=12345678", "12345678"),
    "matrix parameter": ("/chat/files;phone=48601234567/x", "48601234567"),
}
CLEAN_PATHS = (
    "/chat/orders/12345678", "/chat/threads/thread_abc/runs/run_1",
    "/chat/models/gpt-4o-2024-08-06", "/chat/page=2/size=50", "/chat/files;v=2/x",
)


@pytest.mark.parametrize("case", PATH_FIELDS.values(), ids=list(PATH_FIELDS))
async def test_a_path_segment_is_read_after_the_words_that_name_it(
    case: tuple[str, str],
) -> None:
    recorder, app = guarded(Detector.patterns(), detection_timeout_seconds=60)
    path, value = case
    async with client(app) as c:
        reply = await c.get(path)
    assert reply.status_code == 200, reply.text
    assert value not in recorder.scopes[0]["path"]
    assert value.encode() not in recorder.scopes[0]["raw_path"]


@pytest.mark.parametrize("path", CLEAN_PATHS)
async def test_a_clean_path_with_numbers_and_parameters_passes_as_it_came(path: str) -> None:
    recorder, app = guarded(Detector.patterns(), detection_timeout_seconds=60)
    async with client(app) as c:
        reply = await c.get(path)
    assert reply.status_code == 200, reply.text
    assert recorder.scopes[0]["path"] == path


def _split_placeholder_app() -> Starlette:
    """Echoes the masked message, its placeholder cut in two: over the content parts of
    one message, or over the chunks of a JSON array (a client joins either)."""

    async def echo(request: Request) -> Response:
        text = (await request.json())["content"]
        cut = text.index("<") + 7
        head, tail = text[:cut], text[cut:] + " today"
        if request.path_params["shape"] == "parts":
            return JSONResponse({"choices": [{"message": {"role": "assistant", "content": [
                {"type": "text", "text": head}, {"type": "text", "text": tail}]}}]})
        return JSONResponse([{"candidates": [{"content": {"parts": [{"text": piece}]}}]}
                             for piece in (head, tail)])

    return Starlette(routes=[Route("/chat/{shape}", echo, methods=["POST"])])


@pytest.mark.parametrize("shape", ["parts", "chunks"])
async def test_an_own_placeholder_split_over_pieces_of_a_reply_is_restored(shape: str) -> None:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60)
    app = PiiGuardMiddleware(_split_placeholder_app(),
                             guard=Guard(config, detector=Detector.patterns()))
    async with client(app) as c:
        reply = await c.post(f"/chat/{shape}", json={"content": f"mail {EMAIL}"})
    assert reply.status_code == 200, reply.text
    assert _joined_texts(reply) == f"mail {EMAIL} today"


@pytest.mark.parametrize(
    "body",
    [{"input": [9906, 1917]}, {"prompt": [[9906], [1917]]}, {"input_ids": [1]}],
    ids=["input", "prompt lists", "input_ids"],
)
async def test_token_ids_never_reach_the_app(detector: Detector, body: dict[str, Any]) -> None:
    recorder, app = guarded(detector)
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 415, reply.text
    assert reply.json()["error"]["code"] == "token_ids_not_examined"
    assert recorder.seen == []
    recorder, app = guarded(detector, request_token_ids="allow")
    async with client(app) as c:
        reply = await c.post("/chat/x", json=body)
    assert reply.status_code == 200
    assert json.loads(recorder.seen[0][2]) == body


def test_a_websocket_frame_of_token_ids_is_dropped(detector: Detector) -> None:
    recorder, app = guarded(detector)
    with TestClient(app) as tc, tc.websocket_connect("/ws") as ws:
        ws.send_text(json.dumps({"type": "input", "input": [9906, 1917]}))
        error = json.loads(ws.receive_text())
        ws.send_text("hello")
        assert ws.receive_text() == "echo hello"
    assert error["error"]["code"] == "token_ids_not_examined"
    assert recorder.seen == ["hello"]


def _pieces(text: str, size: int = 5) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


MISDECLARED = {
    "SSE": "".join(
        f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': p}}]})}\n\n"
        for p in _pieces(f"write to {FOREIGN_EMAIL} today")
    ) + "data: [DONE]\n\n",
    "SSE with event lines": "".join(
        f"event: delta\ndata: {json.dumps({'type': 'x.delta', 'delta': p})}\n\n"
        for p in _pieces(f"write to {FOREIGN_EMAIL} today")
    ),
    "NDJSON": "".join(
        json.dumps({"message": {"content": p}, "done": False}) + "\n"
        for p in _pieces(f"write to {FOREIGN_EMAIL} today")
    ),
}
"""Streams sent under `application/json`: a client that reads them as what they are (an
SDK parses SSE whatever the type says) joins the pieces."""


def _joined(body: str) -> str:
    out = []
    for line in body.splitlines():
        data = line[5:].strip() if line.startswith("data:") else line
        try:
            document = json.loads(data)
        except ValueError:
            continue
        for node in (document, document.get("message", {}) if isinstance(document, dict) else {}):
            if isinstance(node, dict):
                for choice in node.get("choices", []):
                    out.append(choice.get("delta", {}).get("content", ""))
                for key in ("delta", "content"):
                    if isinstance(node.get(key), str):
                        out.append(node[key])
    return "".join(out)


@pytest.mark.parametrize("shape", MISDECLARED)
async def test_a_stream_declared_json_is_read_as_the_stream_it_is(
    detector: Detector, shape: str
) -> None:
    body = MISDECLARED[shape]

    async def answer(request: Request) -> Response:
        return Response(body, media_type="application/json")

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", answer, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert "someone" not in _joined(reply.text), reply.text
    assert FOREIGN_EMAIL not in reply.text
    assert "today" in _joined(reply.text)


def _texts(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def _all_joined(body: str) -> str:
    """Every string of every JSON document of a reply (whole, SSE data, lines), joined."""
    try:
        return "".join(_texts(json.loads(body)))
    except ValueError:
        pass
    out = []
    for line in body.splitlines():
        data = line[5:].strip() if line.startswith("data:") else line
        try:
            out += _texts(json.loads(data))
        except ValueError:
            continue
    return "".join(out)


STRING_PIECES = _pieces(f"write to {FOREIGN_EMAIL} today")
STRING_STREAMS = {
    "SSE events that are JSON strings": (
        "text/event-stream", "".join(f"data: {json.dumps(p)}\n\n" for p in STRING_PIECES)),
    "NDJSON lines that are JSON strings": (
        "application/x-ndjson", "".join(json.dumps(p) + "\n" for p in STRING_PIECES)),
    "a JSON list of strings": ("application/json", json.dumps(STRING_PIECES)),
}


@pytest.mark.parametrize("shape", STRING_STREAMS)
async def test_a_value_split_over_bare_strings_is_masked(detector: Detector, shape: str) -> None:
    media, body = STRING_STREAMS[shape]

    async def answer(request: Request) -> Response:
        return Response(body, media_type=media)

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", answer, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 200, reply.text
    joined = _all_joined(reply.text)
    assert "someone" not in joined and "example.net" not in joined, reply.text
    assert joined.startswith("write to ") and joined.endswith(" today")


async def test_a_value_split_over_events_of_an_unknown_type_is_masked(detector: Detector) -> None:
    events = [{"type": "text", "text": p} for p in STRING_PIECES]
    events.append({"type": "text.done", "text": "".join(STRING_PIECES)})
    body = "".join(f"event: text\ndata: {json.dumps(e)}\n\n" for e in events)

    async def answer(request: Request) -> Response:
        return Response(body, media_type="text/event-stream")

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", answer, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 200, reply.text
    sent = [json.loads(line[6:]) for line in reply.text.splitlines() if line.startswith("data: ")]
    joined = "".join(event["text"] for event in sent if event["type"] == "text")
    assert joined == "write to [EMAIL_ADDRESS] today", reply.text
    assert [e["text"] for e in sent if e["type"] == "text.done"] == [joined]


@pytest.mark.parametrize("body", [":) fine, thanks", "id: 42 not found\nretry later", "{} {}"])
async def test_text_declared_json_that_is_no_stream_stays_as_it_came(
    detector: Detector, body: str
) -> None:
    async def answer(request: Request) -> Response:
        return Response(body, media_type="application/json")

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/chat", answer, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    async with client(app) as c:
        reply = await c.post("/chat", json={"q": "hi"})
    assert reply.status_code == 200
    assert reply.text == body
