"""PiiGuardMiddleware against real Starlette apps through httpx's ASGI transport."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
import threading
from typing import Any

import anyio
import httpx
import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import DetectionReport, Guard

from .apps import ChatApp
from .conftest import Exploding, ExplodingOnMessages, Slow

pytestmark = pytest.mark.anyio

EMAIL = "anna.kowalski@example.org"
MESSAGE = f"hi, I'm Anna Kowalski, write to {EMAIL}"


def make(detector: Detector, **settings: Any) -> tuple[ChatApp, PiiGuardMiddleware]:
    chat = ChatApp()
    config = GuardConfig(detector="patterns", **settings)
    return chat, PiiGuardMiddleware(chat.app, guard=Guard(config, detector=detector))


def client(app: PiiGuardMiddleware, session: str = "s1") -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://test",
        headers={"x-session-id": session},
    )


def sse_text(body: str) -> str:
    text = []
    for line in body.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            for choice in json.loads(line[6:])["choices"]:
                text.append(choice.get("delta", {}).get("content") or "")
    return "".join(text)


async def test_app_sees_placeholders_and_client_sees_values(detector: Detector) -> None:
    chat, app = make(detector)
    async with client(app) as c:
        response = await c.post("/chat", json={"message": MESSAGE})
    assert response.status_code == 200
    seen = json.dumps(chat.received)
    assert EMAIL not in seen and "Anna" not in seen
    assert chat.received[0]["message"] == "hi, I'm <PERSON_1>, write to <EMAIL_ADDRESS_1>"
    assert response.json() == {"reply": f"Hello! I noted: {MESSAGE}"}
    assert int(response.headers["content-length"]) == len(response.content)


async def test_detection_report_on_scope_state_has_no_values(detector: Detector) -> None:
    chat, app = make(detector)
    async with client(app) as c:
        await c.post("/chat", json={"message": MESSAGE})
    report = chat.states[0]
    assert isinstance(report, DetectionReport)
    assert report.counts == {"PERSON": 1, "EMAIL_ADDRESS": 1}
    assert "s1" not in repr(report) and EMAIL not in repr(report)


async def test_openai_body_every_role_part_and_tool_argument_masked(detector: Detector) -> None:
    chat, app = make(detector)
    body = {
        "model": "m",
        "user": EMAIL,
        "metadata": {"note": "from Jan Nowak"},
        "messages": [
            {"role": "system", "content": "Agent for Maria Garcia"},
            {"role": "user", "content": [{"type": "text", "text": MESSAGE}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "t",
                        "type": "function",
                        "function": {"name": "lookup", "arguments": json.dumps({"email": EMAIL})},
                    }
                ],
            },
            {"role": "user", "content": "and jan nowak too"},
        ],
    }
    async with client(app) as c:
        response = await c.post("/v1/chat/completions", json=body)
    assert response.status_code == 200
    seen = json.dumps(chat.received).lower()
    for value in (EMAIL, "anna kowalski", "jan nowak", "maria garcia"):
        assert value not in seen
    assert json.loads(
        chat.received[0]["messages"][2]["tool_calls"][0]["function"]["arguments"]
    ) == {"email": "<EMAIL_ADDRESS_1>"}
    assert response.json()["choices"][0]["message"]["content"] == "Sure: and jan nowak too"


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 1000])
async def test_streamed_sse_reply_restored_across_events(
    detector: Detector, chunk_size: int
) -> None:
    chat, app = make(detector)
    chat.chunk_size = chunk_size
    body = {"stream": True, "messages": [{"role": "user", "content": MESSAGE}]}
    async with client(app) as c:
        response = await c.post("/v1/chat/completions", json=body)
    assert response.headers["content-type"].startswith("text/event-stream")
    assert "content-length" not in response.headers
    assert sse_text(response.text) == f"Sure: {MESSAGE}"
    assert response.text.rstrip().endswith("data: [DONE]")


async def test_chunked_text_reply_restored_from_one_char_chunks(detector: Detector) -> None:
    chat, app = make(detector)
    async with client(app) as c:
        response = await c.post("/chat/text-stream", json={"message": MESSAGE})
    assert chat.received[0]["message"].count("<") == 2
    assert response.text == f"You said {MESSAGE}"


async def test_sessions_are_isolated(detector: Detector) -> None:
    _chat, app = make(detector)
    other = "jan.nowak@example.com"

    async def talk(session: str, message: str) -> str:
        async with client(app, session) as c:
            response = await c.post("/chat", json={"message": message})
            return str(response.json()["reply"])

    results: dict[str, str] = {}

    async def run(session: str, message: str) -> None:
        results[session] = await talk(session, message)

    async with anyio.create_task_group() as tg:
        for i in range(10):
            tg.start_soon(run, f"a{i}", f"me: {EMAIL}")
            tg.start_soon(run, f"b{i}", f"me: {other}")
    for i in range(10):
        assert results[f"a{i}"].endswith(EMAIL) and other not in results[f"a{i}"]
        assert results[f"b{i}"].endswith(other) and EMAIL not in results[f"b{i}"]
    # Session b typing a's placeholder reads nothing of a's.
    reply = await talk("b0", "what is <EMAIL_ADDRESS_1> and <PERSON_1>?")
    assert EMAIL not in reply
    assert reply.endswith("what is <EMAIL_ADDRESS_1> and <PERSON_1>?")


async def test_typed_placeholder_is_not_a_key_to_the_vault(detector: Detector) -> None:
    chat, app = make(detector)
    async with client(app) as c:
        await c.post("/chat", json={"message": f"mail {EMAIL}"})
        response = await c.post("/chat", json={"message": "repeat <EMAIL_ADDRESS_1> please"})
    # Typed text never reaches the app as a live placeholder; the reply gives back what was typed.
    assert "<EMAIL_ADDRESS_1>" not in chat.received[1]["message"]
    assert response.json()["reply"].endswith("repeat <EMAIL_ADDRESS_1> please")


@pytest.mark.parametrize(
    ("content", "headers", "status", "code"),
    [
        (b"{not json", {"content-type": "application/json"}, 400, "invalid_json"),
        (b"\xff\xfe", {"content-type": "application/json"}, 400, "invalid_json"),
        (
            b"message=hi",
            {"content-type": "application/x-www-form-urlencoded"},
            415,
            "unsupported_media_type",
        ),
        (b"x" * 2048, {"content-type": "application/json"}, 413, "request_too_large"),
    ],
)
async def test_bad_requests_get_clear_errors_and_never_reach_the_app(
    detector: Detector, content: bytes, headers: dict[str, str], status: int, code: str
) -> None:
    chat, app = make(detector, max_body_bytes=1024)
    async with client(app) as c:
        response = await c.post("/chat", content=content, headers=headers)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert chat.received == []


async def test_oversize_body_without_content_length_is_refused(detector: Detector) -> None:
    chat, app = make(detector, max_body_bytes=1024)

    async def body() -> Any:
        for _ in range(10):
            yield b"x" * 200

    async with client(app) as c:
        response = await c.post(
            "/chat", content=body(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 413
    assert chat.received == []


async def test_text_over_max_input_chars_is_413(detector: Detector) -> None:
    chat, app = make(detector, max_input_chars=50)
    async with client(app) as c:
        response = await c.post("/chat", json={"message": "a" * 51})
    assert response.status_code == 413
    assert chat.received == []


async def test_unguarded_routes_pass_through_untouched(detector: Detector) -> None:
    chat, app = make(detector)
    async with client(app) as c:
        response = await c.post(
            "/public", content=MESSAGE.encode(), headers={"content-type": "text/plain"}
        )
    assert response.status_code == 200
    assert chat.received == [MESSAGE.encode()]


async def test_detection_failure_fails_closed() -> None:
    chat, app = make(Detector([Exploding()]))
    async with client(app) as c:
        response = await c.post("/chat", json={"message": MESSAGE})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "detection_unavailable"
    assert "Anna" not in response.text and chat.received == []


async def test_detection_timeout_fails_closed(release: threading.Event) -> None:
    chat, app = make(Detector([Slow(5.0, release)]), detection_timeout_seconds=0.2)
    async with client(app) as c:
        response = await c.post("/chat", json={"message": MESSAGE})
    assert response.status_code == 503
    assert chat.received == []


async def test_fail_open_is_explicit_and_passes_raw_text() -> None:
    # fail_open covers request detection only; the reply guard always fails closed.
    chat, app = make(Detector([Exploding()]), fail_open=True, reply_guard=False)
    async with client(app) as c:
        response = await c.post("/chat", json={"message": MESSAGE})
    assert response.status_code == 200
    assert chat.received[0]["message"] == MESSAGE


async def test_overload_answers_503_with_retry_after(release: threading.Event) -> None:
    _chat, app = make(
        Detector([Slow(5.0, release)]),
        max_pending_detections=1,
        detection_threads=1,
        detection_timeout_seconds=5.0,
    )
    async with client(app) as c, anyio.create_task_group() as tg:
        tg.start_soon(functools.partial(c.post, "/chat", json={"message": "first"}))
        await anyio.sleep(0.2)
        response = await c.post("/chat", json={"message": "second"})
        release.set()
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert response.json()["error"]["code"] == "overloaded"


def test_websocket_round_trip(detector: Detector) -> None:
    chat, app = make(detector)
    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "w1"}) as ws:
        ws.send_text(MESSAGE)
        assert ws.receive_text() == f"echo: {MESSAGE}"
        ws.send_text(json.dumps({"message": f"again {EMAIL}"}))
        assert json.loads(ws.receive_text().removeprefix("echo: ")) == {"message": f"again {EMAIL}"}
        ws.send_text("bye")
    assert "Anna" not in json.dumps(chat.received) and EMAIL not in json.dumps(chat.received)


def test_websocket_detection_failure_drops_the_frame() -> None:
    chat, app = make(Detector([ExplodingOnMessages()]))
    with TestClient(app).websocket_connect("/ws") as ws:  # no lifespan: it would refuse to start
        ws.send_text(MESSAGE)
        assert json.loads(ws.receive_text())["error"]["code"] == "detection_unavailable"
    assert chat.received == []


def test_websocket_detection_failure_at_the_handshake_refuses_the_socket() -> None:
    chat, app = make(Detector([Exploding()]))
    with pytest.raises(WebSocketDisconnect) as refused:  # noqa: SIM117
        with TestClient(app).websocket_connect("/ws", headers={"x-note": "hello"}):
            pass
    assert refused.value.code == 1008
    assert chat.received == []


def test_broken_detector_fails_at_startup_not_at_first_request() -> None:
    _, app = make(Detector([Exploding()]))
    with pytest.raises(Exception, match="detection failed"), TestClient(app):
        pass


def test_fastapi_app(detector: Detector) -> None:
    from fastapi import FastAPI

    seen: list[str] = []
    api = FastAPI()

    @api.post("/chat")
    async def chat(body: dict[str, str]) -> dict[str, str]:
        seen.append(body["message"])
        return {"reply": "got " + body["message"]}

    api.add_middleware(
        PiiGuardMiddleware, guard=Guard(GuardConfig(detector="patterns"), detector=detector)
    )
    with TestClient(api) as tc:
        response = tc.post("/chat", json={"message": MESSAGE}, headers={"x-session-id": "f"})
    assert seen == ["hi, I'm <PERSON_1>, write to <EMAIL_ADDRESS_1>"]
    assert response.json() == {"reply": "got " + MESSAGE}


async def test_session_cookie_is_used_when_no_header(detector: Detector) -> None:
    chat, app = make(detector)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://t", cookies={"piiguard_session": "c1"}
    ) as c:
        await c.post("/chat", json={"message": f"mail {EMAIL}"})
        response = await c.post("/chat", json={"message": "it was <EMAIL_ADDRESS_1>"})
    # The second request's reply restores the value stored by the first: same session.
    assert chat.received[1]["message"].startswith("it was <PLACEHOLDER_")
    assert response.json()["reply"].endswith("it was <EMAIL_ADDRESS_1>")


async def test_resent_history_is_not_detected_again(detector: Detector) -> None:
    calls: list[str] = []
    inner = detector.recognizers[0]

    class Counting:
        name = "counting"
        labels = inner.labels
        priority = 2

        def analyze(self, text: str) -> list[Any]:
            calls.append(text)
            return inner.analyze(text)

    chat, app = make(Detector([Counting()]))
    history = [{"role": "user", "content": MESSAGE}]
    async with client(app) as c:
        await c.post("/v1/chat/completions", json={"messages": history})
        history += [{"role": "assistant", "content": "ok"}, {"role": "user", "content": "thanks"}]
        response = await c.post("/v1/chat/completions", json={"messages": history})
    assert calls.count(MESSAGE) == 1
    assert chat.received[1]["messages"][0]["content"] == chat.received[0]["messages"][0]["content"]
    assert response.status_code == 200


async def test_reply_too_large_to_check_fails_closed(detector: Detector) -> None:
    _chat, app = make(detector, max_reply_bytes=40)
    async with client(app) as c:
        response = await c.post("/chat", json={"message": MESSAGE})
        streamed = await c.post(
            "/v1/chat/completions",
            json={"stream": True, "messages": [{"role": "user", "content": MESSAGE}]},
        )
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "reply_check_unavailable"
    assert "Sure" not in streamed.text
    assert '"reply_check_unavailable"' in streamed.text


@pytest.mark.parametrize("finish", [True, False])
async def test_streamed_tool_call_arguments_are_restored(detector: Detector, finish: bool) -> None:
    from starlette.applications import Starlette
    from starlette.responses import StreamingResponse
    from starlette.routing import Route

    seen: list[Any] = []

    async def completions(request: Any) -> StreamingResponse:
        body = await request.json()
        seen.append(body)
        email = body["messages"][-1]["content"].split()[-1]
        arguments = json.dumps({"to": email, "text": "hi"})

        async def events() -> Any:
            for char in arguments:
                call = {"index": 0, "function": {"arguments": char}}
                delta = {"tool_calls": [call]}
                yield f"data: {json.dumps({'choices': [{'index': 0, 'delta': delta}]})}\n\n"
            if finish:
                end = {"index": 0, "delta": {}, "finish_reason": "tool_calls"}
                yield f"data: {json.dumps({'choices': [end]})}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    app = PiiGuardMiddleware(
        Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    body = {"stream": True, "messages": [{"role": "user", "content": f"write to {EMAIL}"}]}
    async with client(app) as c:
        response = await c.post("/v1/chat/completions", json=body)
    arguments = ""
    for line in response.text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:])["choices"]:
                for call in choice.get("delta", {}).get("tool_calls") or []:
                    arguments += call["function"]["arguments"]
    assert EMAIL not in json.dumps(seen)
    assert json.loads(arguments) == {"to": EMAIL, "text": "hi"}


# -- what a failure logs: enough for an operator, never the user's text -------------------

LOGGED_EMAIL = "maria.garcia@example.net"
LOGGED_NEEDLE = f"Call Maria Garcia at {LOGGED_EMAIL}, Boom"


class ExplodingOnNeedle:
    """Crashes on any text holding "Boom", and puts the text in its error, as a careless
    model wrapper might: the log must not carry it on."""

    name = "exploding-on-needle"
    labels = frozenset({"PERSON"})

    def analyze(self, text: str) -> list[Any]:
        if "Boom" in text:
            raise RuntimeError(f"cannot read {text!r}")
        return []


async def _needle_socket(websocket: Any) -> None:
    """The app's side of each failure: echo frames, hold a streamed delta, close with a
    reason (each holding the needle)."""
    case = websocket.path_params["case"]
    await websocket.accept()
    if case == "frame":
        with contextlib.suppress(WebSocketDisconnect):  # the frame is dropped: nothing comes
            await websocket.receive_text()
    elif case == "held":
        delta = {"choices": [{"index": 0, "delta": {"content": LOGGED_NEEDLE}}]}
        await websocket.send_text(json.dumps(delta))
        await websocket.close()
    else:
        await websocket.close(reason=LOGGED_NEEDLE)


@pytest.mark.parametrize(
    ("case", "logged"),
    [
        ("frame", "websocket frame dropped, fail closed"),
        ("held", "websocket held text dropped"),
        ("close", "websocket reply not checked, closed"),
    ],
)
def test_websocket_failure_log_names_the_step_route_and_request_never_the_text(
    case: str, logged: str, caplog: pytest.LogCaptureFixture
) -> None:
    from starlette.applications import Starlette
    from starlette.routing import WebSocketRoute

    inner = Starlette(routes=[WebSocketRoute("/ws/{case}/{who}", _needle_socket)])
    config = GuardConfig(detector="patterns")
    app = PiiGuardMiddleware(inner, guard=Guard(config, detector=Detector([ExplodingOnNeedle()])))
    caplog.set_level(logging.DEBUG)
    with TestClient(app).websocket_connect(f"/ws/{case}/{LOGGED_EMAIL}") as ws:
        if case == "frame":
            ws.send_text(LOGGED_NEEDLE)
            assert json.loads(ws.receive_text())["error"]["code"] == "detection_unavailable"
        else:
            with pytest.raises(WebSocketDisconnect):
                while True:
                    ws.receive_text()
    failures = [r for r in caplog.records if r.name == "piiguard" and r.levelno >= logging.ERROR]
    assert len(failures) == 1
    message = failures[0].getMessage()
    assert message.startswith(logged)
    assert ": DetectionError" in message  # the type, never the message ("cannot read ...")
    assert "route /ws/*" in message and re.search(r"request [0-9a-f]{32}\b", message)
    everything = caplog.text + "\n".join(
        f"{r.getMessage()} {r.args} {r.exc_text} {r.exc_info}" for r in caplog.records
    )
    for part in (LOGGED_EMAIL, "Maria Garcia", "maria.garcia", "Boom", "cannot read"):
        assert part not in everything
