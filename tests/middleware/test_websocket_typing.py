"""What a client types a few characters per WebSocket frame (edge15): the short frames are
held back and read joined (`piiguard.client_frames`), so a value typed over many frames is
masked piece by piece; each frame still reaches the app as one frame, in its order."""

from __future__ import annotations

import contextlib
import json
import threading
from typing import Any

import anyio
import pytest
from servers import serve
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket, WebSocketDisconnect

from piiguard import Detector
from piiguard.client_frames import TypedFrames
from piiguard.config import GuardConfig
from piiguard.detection.registry import pattern_recognizers
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard
from piiguard.walker import Walker

from .conftest import EmailAndNames

EMAIL = "anna.kowalski@example.org"
CARD = "4111 1111 1111 1111"
TEXT = f"I am Anna Kowalski, mail {EMAIL}, card {CARD}, thanks"
DONE = json.dumps({"type": "input.done"})


def split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


class TypingApp:
    """Records every frame the client's side delivers until `DONE` (or the close), then
    answers with how many it got."""

    def __init__(self) -> None:
        self.frames: list[str] = []
        self.closed_after: list[int] = []
        self.ended = threading.Event()
        self.app = Starlette(routes=[WebSocketRoute("/chat/ws", self.socket)])

    async def socket(self, websocket: WebSocket) -> None:
        try:
            await self.talk(websocket)
        finally:
            self.ended.set()

    async def talk(self, websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            while True:
                text = await websocket.receive_text()
                if text == DONE:
                    break
                self.frames.append(text)
                if text.startswith("echo"):
                    await websocket.send_text(text)
        except WebSocketDisconnect:
            self.closed_after.append(len(self.frames))
            return
        await websocket.send_text(json.dumps({"count": len(self.frames)}))
        with contextlib.suppress(WebSocketDisconnect):
            await websocket.receive_text()

    def joined(self) -> str:
        out = ""
        for frame in self.frames:
            try:
                document = json.loads(frame)
            except ValueError:
                document = None
            out += str(document.get("delta", "")) if isinstance(document, dict) else frame
        return out


def guarded(**settings: Any) -> tuple[TypingApp, PiiGuardMiddleware]:
    app = TypingApp()
    detector = Detector([*pattern_recognizers(), EmailAndNames()])
    guard = Guard(GuardConfig(detector="patterns", **settings), detector=detector)
    return app, PiiGuardMiddleware(app.app, guard=guard)


def delta(piece: str) -> str:
    return json.dumps({"type": "input.delta", "event_id": f"e{len(piece)}", "delta": piece})


@pytest.mark.parametrize(
    "frames",
    [
        [delta(p) for p in split(TEXT, 7)],
        split(TEXT, 3),
        list(TEXT),
        ["card ", *CARD.split(" "), " ok"],
    ],
    ids=["JSON deltas, 7 characters", "plain text, 3 characters", "one character a frame",
         "digit groups"],
)
def test_values_typed_over_frames_reach_the_app_masked(frames: list[str]) -> None:
    app, guarded_app = guarded()
    with TestClient(guarded_app) as tc, tc.websocket_connect(
        "/chat/ws", headers={"x-session-id": "typing"}
    ) as ws:
        for frame in frames:
            ws.send_text(frame)
        ws.send_text(DONE)
        assert json.loads(ws.receive_text()) == {"count": len(frames)}
    joined = app.joined()
    assert EMAIL not in joined and "4111" not in joined.replace(" ", "")
    assert "<" in joined  # masked into placeholders, piece by piece
    if "Anna" in "".join(frames):
        assert "Anna Kowalski" not in joined


@pytest.mark.parametrize(
    "frames",
    [
        split("Please summarise the notes from Tuesday and list the action items.", 3),
        [delta(p) for p in split("What is the weather like in Lisbon tomorrow?", 5)],
    ],
    ids=["plain text", "JSON deltas"],
)
def test_typed_text_without_values_reaches_the_app_as_sent(frames: list[str]) -> None:
    app, guarded_app = guarded()
    with TestClient(guarded_app) as tc, tc.websocket_connect(
        "/chat/ws", headers={"x-session-id": "typing-plain"}
    ) as ws:
        for frame in frames:
            ws.send_text(frame)
        ws.send_text(DONE)
        ws.receive_text()
    assert [json.loads(f) if f.startswith("{") else f for f in app.frames] == [
        json.loads(f) if f.startswith("{") else f for f in frames
    ]


def test_pieces_go_before_a_longer_frame_and_a_new_shape() -> None:
    app, guarded_app = guarded(websocket_typing_quiet_seconds=60)
    whole = "a whole message, longer than any typed piece is"
    frames = ["mail anna.kow", "alski@example", ".org", whole, delta("my ca"), delta("rd"),
              "then", " plain"]
    with TestClient(guarded_app) as tc, tc.websocket_connect(
        "/chat/ws", headers={"x-session-id": "typing-order"}
    ) as ws:
        for frame in frames:
            ws.send_text(frame)
        ws.send_text(DONE)  # no piece: what is held goes first, without the quiet time
        assert json.loads(ws.receive_text()) == {"count": len(frames)}
    assert app.frames[3] == whole
    assert json.loads(app.frames[4])["delta"] == "my ca" and app.frames[6] == "then"
    assert "anna" not in "".join(app.frames[:3]) and "example" not in "".join(app.frames[:3])


def test_pieces_go_on_when_they_reach_the_bound() -> None:
    app, guarded_app = guarded(websocket_typing_quiet_seconds=60, websocket_typing_max_chars=10)
    with TestClient(guarded_app) as tc, tc.websocket_connect(
        "/chat/ws", headers={"x-session-id": "typing-bound"}
    ) as ws:
        for frame in ["hello", " the", "re", "echo"]:  # 11 characters: held ones go on
            ws.send_text(frame)
        # The app echoes "echo" (held alone until the close or DONE): nothing waits 60 s.
        ws.send_text(DONE)
        assert ws.receive_text() == "echo"
    assert app.frames[:3] == ["hello", " the", "re"]


def test_pieces_held_reach_the_app_before_the_close() -> None:
    import websockets.asyncio.client as ws_client

    app, guarded_app = guarded(websocket_typing_quiet_seconds=60)

    async def talk(url: str) -> None:
        async with ws_client.connect(
            url.replace("http", "ws") + "/chat/ws", additional_headers={"x-session-id": "tc"}
        ) as conn:
            for frame in ["my mail is ", "anna.kowalski", "@example.org"]:
                await conn.send(frame)

    with serve(guarded_app) as url:
        anyio.run(talk, url)
        assert app.ended.wait(10)
    assert app.closed_after == [3]
    assert "example" not in "".join(app.frames) and "anna" not in "".join(app.frames)


def test_no_hold_back_when_the_quiet_time_is_zero() -> None:
    # Off: each frame is checked alone as it comes (and read across the seam with the one
    # before), so the first pieces of a value typed over three frames cross as they are,
    # as before edge15.
    app, guarded_app = guarded(websocket_typing_quiet_seconds=0)
    with TestClient(guarded_app) as tc, tc.websocket_connect(
        "/chat/ws", headers={"x-session-id": "typing-off"}
    ) as ws:
        for frame in ["card 4111 ", "1111 ", "1111 1111"]:
            ws.send_text(frame)
        ws.send_text(DONE)
        ws.receive_text()
    assert app.frames[:2] == ["card 4111 ", "1111 "]


def test_a_piece_waits_for_the_quiet_time_on_a_real_server() -> None:
    # uvicorn's `receive` is cancelled when the quiet time passes: no frame may be lost.
    import websockets.asyncio.client as ws_client

    _, guarded_app = guarded(websocket_typing_quiet_seconds=0.2)

    async def talk(url: str) -> list[str]:
        got: list[str] = []
        async with ws_client.connect(
            url.replace("http", "ws") + "/chat/ws", additional_headers={"x-session-id": "tq"}
        ) as conn:
            for frame in ["echo one", "echo two"]:
                await conn.send(frame)
                with anyio.fail_after(10):
                    got.append(str(await conn.recv()))  # after the quiet time
            await conn.send(DONE)
            with anyio.fail_after(10):
                got.append(str(await conn.recv()))
        return got

    with serve(guarded_app) as url:
        got = anyio.run(talk, url)
    assert got == ["echo one", "echo two", json.dumps({"count": 2})]


@pytest.mark.parametrize(
    ("frames", "held"),
    [
        (["ab", "cd", "a frame longer than eight"], 2),
        ([delta("ab"), delta("cd"), DONE], 2),
        ([delta("ab"), "cd"], 1),  # another shape
        ([json.dumps([1, 2]), "ab"], 0),
        ([json.dumps({"type": "x", "n": 1})], 0),  # no text
    ],
)
def test_typed_frames_hold_pieces_of_one_shape(frames: list[str], held: int) -> None:
    typed = TypedFrames(Walker(), piece_chars=8, max_chars=64)
    taken = 0
    for frame in frames:
        if not typed.add(frame):
            break
        taken += 1
    assert taken == held and len(typed.take()) == held


def test_what_is_held_is_bounded_by_the_whole_frames() -> None:
    """Ids and keys count: a client cannot make the server hold its long protocol fields
    (a 1 MB `id` beside a one-letter delta) frame after frame."""
    typed = TypedFrames(Walker(), piece_chars=8, max_chars=64)
    huge = json.dumps({"type": "input.delta", "id": "x" * 1_000_000, "delta": "a"})
    assert not typed.add(huge)  # no piece: checked alone
    padded = json.dumps({"type": "input.delta", "id": "x" * 400, "delta": "a"})
    added = 0
    while typed.add(padded) and not typed.full():
        added += 1
    assert typed.full() and added < 64  # 64 one-letter pieces would fit the text limit
    assert len(typed.take()) == added + 1 and not typed.holds()
