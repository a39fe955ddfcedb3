"""The middleware's boundary: query strings, any method's body, bodies that are not
objects, WebSocket binary frames, the placeholder instruction."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
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
