"""WebSocket shapes edge14's probe found unguarded: subprotocols carrying the user's
values, and a reply's text sent over frames in pieces under keys no known stream uses
(as SSE and NDJSON pieces are read since edge13)."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from servers import serve
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.detection.registry import pattern_recognizers
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

EMAIL = "anna.kowalski@example.org"
FOREIGN = "someone.else@example.net"
CARD = "4111111111111111"


@pytest.fixture(scope="module")
def patterns() -> Detector:
    return Detector(pattern_recognizers())


# -- subprotocols ------------------------------------------------------------------------


class SubprotocolApp:
    """Records the subprotocols it was offered and accepts the first one."""

    def __init__(self) -> None:
        self.offered: list[Any] = []
        self.headers: list[bytes | None] = []
        self.app = Starlette(routes=[WebSocketRoute("/ws", self.socket)])

    async def socket(self, websocket: WebSocket) -> None:
        self.offered.append(list(websocket.scope.get("subprotocols") or []))
        self.headers.append(dict(websocket.scope["headers"]).get(b"sec-websocket-protocol"))
        await websocket.accept(subprotocol=(websocket.scope.get("subprotocols") or [None])[0])
        try:
            text = await websocket.receive_text()
            await websocket.send_text(json.dumps({"type": "echo", "text": text}))
            await websocket.receive_text()
        except WebSocketDisconnect:
            return


@pytest.mark.parametrize(
    ("offered", "leaks"),
    [
        ([CARD, "v1"], CARD),
        ([f"card-{CARD}"], CARD),
        (["v2.json", "graphql-transport-ws"], None),  # look-alikes: protocol names pass
        (["base64url.bearer.authorization.k8s.io.c2VjcmV0"], None),
    ],
    ids=["a card", "card after a dash", "protocol names", "a bearer token"],
)
def test_subprotocols_are_masked_for_the_app_and_restored_in_the_accept(
    patterns: Detector, offered: list[str], leaks: str | None
) -> None:
    inner = SubprotocolApp()
    app = PiiGuardMiddleware(
        inner.app, guard=Guard(GuardConfig(detector="patterns"), detector=patterns)
    )
    with (
        TestClient(app) as tc,
        tc.websocket_connect("/ws", subprotocols=offered, headers={"x-session-id": "sp"}) as ws,
    ):
        # The client gets back the subprotocol it offered, as it offered it.
        assert ws.accepted_subprotocol == offered[0]
        ws.send_text("hi")
        ws.receive_text()
        ws.send_text("bye")
    seen = json.dumps(inner.offered) + repr(inner.headers)
    if leaks is None:
        assert inner.offered == [offered]
    else:
        assert leaks not in seen
        assert "CREDIT_CARD_1" in inner.offered[0][0]
        assert len(inner.offered[0]) == len(offered)


def test_a_subprotocol_is_negotiated_over_a_real_server(patterns: Detector) -> None:
    from websockets.sync.client import connect

    inner = SubprotocolApp()
    app = PiiGuardMiddleware(
        inner.app, guard=Guard(GuardConfig(detector="patterns"), detector=patterns)
    )
    offered = f"card-{CARD}"
    with (
        serve(app, lifespan="auto", ws="websockets-sansio") as url,
        connect(
            url.replace("http", "ws") + "/ws",
            subprotocols=[offered],  # type: ignore[list-item]
            additional_headers={"x-session-id": "sp-real"},
        ) as ws,
    ):
        assert ws.subprotocol == offered  # the client library checks it was offered
        ws.send("hi")
        ws.recv(timeout=10)
        ws.send("bye")
    assert CARD not in json.dumps(inner.offered) + repr(inner.headers)


# -- reply pieces under unknown keys -----------------------------------------------------


def _pieces(text: str, size: int = 4) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


SHAPES: dict[str, Any] = {
    "token value": lambda p: {"type": "token", "value": p},
    "short key": lambda p: {"t": p},
    "nested piece": lambda p: {"event": "chunk", "data": {"piece": p}},
    "message content": lambda p: {"type": "message", "content": p},
}


def _piece_of(frame: dict[str, Any]) -> str:
    for path in (("value",), ("t",), ("data", "piece"), ("content",)):
        node: Any = frame
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str):
            return node
    return ""


def _pieces_app(texts: dict[str, str], shape: Any) -> Starlette:
    """Answers each client frame naming a text with that text in pieces, one frame each
    (under `shape`'s keys), then a `done` frame; then waits for the client again."""

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            while True:
                asked = await websocket.receive_text()
                key = asked.split()[0]
                if key == "bye":
                    return
                for piece in _pieces(texts[key].replace("{echo}", asked[len(key) + 1 :])):
                    await websocket.send_text(json.dumps(shape(piece)))
                await websocket.send_text(json.dumps({"type": "done"}))
        except WebSocketDisconnect:
            return

    return Starlette(routes=[WebSocketRoute("/ws", socket)])


def _ask(ws: Any, text: str) -> str:
    ws.send_text(text)
    got = []
    while True:
        frame = json.loads(ws.receive_text())
        if frame.get("type") == "done":
            return "".join(got)
        got.append(_piece_of(frame))


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_reply_pieces_under_unknown_keys_are_one_text(detector: Detector, shape: Any) -> None:
    texts = {
        "foreign": f"mail {FOREIGN} today",
        "own": "write to {echo} please",
        "clean": "Trains leave at 10:45 from platform 4, see you",
    }
    app = PiiGuardMiddleware(
        _pieces_app(texts, shape),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "lp"}) as ws:
        foreign = _ask(ws, "foreign")
        own = _ask(ws, f"own {EMAIL}")  # the app got a placeholder, in pieces it comes back
        clean = _ask(ws, "clean")
        ws.send_text("bye")
    assert FOREIGN not in foreign and "someone" not in foreign and "example.net" not in foreign
    assert foreign.startswith("mail ") and foreign.endswith(" today")
    assert own == f"write to {EMAIL} please"
    assert clean == texts["clean"]  # a look-alike: every piece as it was sent


@pytest.mark.parametrize("ends", ["closes", "returns"])
def test_pieces_held_when_the_app_ends_go_out_before_the_close(
    detector: Detector, ends: str
) -> None:
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.receive_text()
        for piece in _pieces(f"mail {FOREIGN} now"):
            await websocket.send_text(json.dumps({"type": "token", "value": piece}))
        if ends == "closes":
            await websocket.close()

    app = PiiGuardMiddleware(
        Starlette(routes=[WebSocketRoute("/ws", socket)]),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )
    got = []
    with (
        serve(app, lifespan="auto", ws="websockets-sansio") as url,
        connect(url.replace("http", "ws") + "/ws", additional_headers={"x-session-id": "lc"}) as ws,
    ):
        ws.send("go")
        try:
            while True:
                got.append(json.loads(ws.recv(timeout=10))["value"])
        except ConnectionClosed:
            pass
    joined = "".join(got)
    assert joined.startswith("mail ") and joined.endswith(" now")
    assert "someone" not in joined and "example.net" not in joined


@pytest.fixture
def reader_app() -> Iterator[tuple[Starlette, threading.Event]]:
    """An app that listens in a task of its own while it streams (a client may cut it
    short): it never calls `receive` between its reply's frames and its next turn."""
    import anyio

    done = threading.Event()

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        first = await websocket.receive_text()
        async with anyio.create_task_group() as tasks:

            async def listen() -> None:
                with contextlib.suppress(WebSocketDisconnect):
                    await websocket.receive_text()
                tasks.cancel_scope.cancel()

            tasks.start_soon(listen)
            for piece in _pieces(f"mail {FOREIGN} for {first}"):
                await websocket.send_text(json.dumps({"type": "token", "value": piece}))
            await anyio.sleep(30)  # the reader ends the socket
        done.set()

    yield Starlette(routes=[WebSocketRoute("/ws", socket)]), done


def test_an_app_listening_while_it_streams_gets_its_reply_out(
    detector: Detector, reader_app: tuple[Starlette, threading.Event]
) -> None:
    # The pieces are held while the text could still be a value; the app sends nothing
    # more and is not waiting in `receive` either (its reader is): after a short quiet
    # the held frames go out, checked as the end of the text.
    from websockets.sync.client import connect

    inner, _ = reader_app
    app = PiiGuardMiddleware(
        inner, guard=Guard(GuardConfig(detector="patterns"), detector=detector)
    )
    expected_end = " for go"
    with (
        serve(app, lifespan="auto", ws="websockets-sansio") as url,
        connect(url.replace("http", "ws") + "/ws", additional_headers={"x-session-id": "rd"}) as ws,
    ):
        ws.send("go")
        joined = ""
        while not joined.endswith(expected_end):
            joined += json.loads(ws.recv(timeout=10))["value"]
        ws.send("stop")
    assert "someone" not in joined and "example.net" not in joined
    assert joined.startswith("mail ")


# -- plain text frames -----------------------------------------------------------------


def _text_pieces_app(texts: dict[str, str]) -> Starlette:
    """Answers each client frame naming a text with that text in plain-text frames of a
    few characters (an app streaming a model's tokens as they come), then `[END]`."""

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            while True:
                asked = await websocket.receive_text()
                key = asked.split()[0]
                if key == "bye":
                    return
                text = texts[key].replace("{echo}", asked[len(key) + 1 :])
                if key == "whole":
                    await websocket.send_text(text)  # one frame, one message
                    continue
                for piece in _pieces(text, 3):
                    await websocket.send_text(piece)
                await websocket.send_text("[END]")
        except WebSocketDisconnect:
            return

    return Starlette(routes=[WebSocketRoute("/ws", socket)])


def test_plain_text_frames_are_one_text(detector: Detector) -> None:
    texts = {
        "foreign": f"mail {FOREIGN} today",
        "own": "write to {echo} please",
        "clean": "Trains leave at 10:45 from platform 4, see you",
        "whole": "echo: {echo}",
    }
    app = PiiGuardMiddleware(
        _text_pieces_app(texts),
        guard=Guard(GuardConfig(detector="patterns"), detector=detector),
    )

    def ask(ws: Any, text: str) -> str:
        ws.send_text(text)
        got = []
        while (frame := ws.receive_text()) != "[END]":
            got.append(frame)
        return "".join(got)

    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "tp"}) as ws:
        foreign = ask(ws, "foreign")
        own = ask(ws, f"own {EMAIL}")
        clean = ask(ws, "clean")
        ws.send_text(f"whole hello {EMAIL}")
        whole = ws.receive_text()  # a message in one frame comes back in one frame
        ws.send_text("bye")
    assert "someone" not in foreign and "example.net" not in foreign
    assert foreign.startswith("mail ") and foreign.endswith(" today")
    assert own == f"write to {EMAIL} please"
    assert clean == texts["clean"]
    assert whole == f"echo: hello {EMAIL}"


# -- frames no strict JSON reader takes (edge16) -----------------------------------------


@pytest.mark.parametrize(
    "frame",
    [
        '{"text": "mail anna.kowalski@example.org", "n": 1e400}',
        '{"text": "mail anna.kowalski@example.org", "n": Infinity}',
        '{"text": "mail anna.kowalski@example.org \\ud83d"}',
    ],
    ids=["past a double", "Infinity", "a lone surrogate escape"],
)
def test_a_frame_no_strict_reader_takes_is_masked_as_its_text(
    patterns: Detector, frame: str
) -> None:
    received: list[str] = []

    async def socket(websocket: WebSocket) -> None:
        await websocket.accept()
        received.append(await websocket.receive_text())
        await websocket.send_text("ok")
        with contextlib.suppress(WebSocketDisconnect):
            await websocket.receive_text()

    app = PiiGuardMiddleware(
        Starlette(routes=[WebSocketRoute("/ws", socket)]),
        guard=Guard(GuardConfig(detector="patterns"), detector=patterns),
    )
    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "sj"}) as ws:
        ws.send_text(frame)
        assert ws.receive_text() == "ok"
    [got] = received
    # Exactly the frame's text with the e-mail masked: never parsed and dumped again
    # (`Infinity` written on as no JSON, a surrogate escape as a character).
    assert got == frame.replace(EMAIL, "<EMAIL_ADDRESS_1>")
