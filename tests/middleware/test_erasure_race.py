"""An erasure that lands while a chat request of the same subject is being checked: the
request's values are not stored (it is answered 409 `session_erased`, nothing is forwarded
or written for training), and the subject's next request is new data that goes through;
on a WebSocket each frame is a request of its own."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from piiguard import Detector, Span
from piiguard.config import GuardConfig
from piiguard.identity import subject_session
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .apps import ChatApp
from .conftest import EmailAndNames
from .test_consent_gate import ADMIN, client, consent, make, records, settle

pytestmark = pytest.mark.anyio

SLOW_TURN = "Jan Nowak is my brother"
"""The turn whose detection waits until the test has erased the subject."""


class HeldOnSlowTurn(EmailAndNames):
    """The test detector, which stops on `SLOW_TURN` until `release` is set."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def analyze(self, text: str) -> list[Span]:
        if SLOW_TURN in text and not self.release.is_set():
            self.entered.set()
            self.release.wait(5.0)
        return super().analyze(text)


@pytest.fixture(params=["memory", "redis"])
def backend(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Settings of the vault and consent store: in memory, or both on the real Redis."""
    if request.param == "memory":
        return {}
    return {
        "redis_url": request.getfixturevalue("redis_url"),
        "redis_prefix": request.getfixturevalue("redis_prefix"),
        "secret_key": "erasure-race",
    }


async def test_an_erasure_mid_request_keeps_nothing_of_it(
    backend: dict[str, Any], tmp_path: Path
) -> None:
    recognizer = HeldOnSlowTurn()
    chat, guard, sink = make(Detector([recognizer]), tmp_path, **backend)
    session = subject_session("alice", "session-of-alice")
    async with client(chat, "alice") as alice:
        assert (await consent(alice, "alice", "given")).status_code == 201
        first = await alice.post("/chat", json={"message": "I am Anna Kowalski"})
        assert first.status_code == 200
        await settle(guard)  # the turn is written for training, and its session linked
        assert len(records(sink)) == 1
        # the name, and the login name the host's login header carries (a header value
        # is masked like any other)
        stored = await guard.vault.mapping(session)
        assert set(stored.values()) == {"Anna Kowalski", "alice"}

        outcome: dict[str, httpx.Response] = {}

        async def slow_turn() -> None:
            outcome["response"] = await alice.post("/chat", json={"message": SLOW_TURN})

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(slow_turn)
            # The request is in detection (it began before the erasure) ...
            assert await anyio.to_thread.run_sync(recognizer.entered.wait, 5.0)
            erased = await alice.delete(
                "/admin/consent/alice", headers={"authorization": f"Bearer {ADMIN}"}
            )
            assert erased.status_code == 200
            assert erased.json()["vault_entries"] == len(stored)
            assert erased.json()["training_records"] == 1
            # ... and tries to store its values only now.
            recognizer.release.set()

        response = outcome["response"]
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "session_erased"
        assert "Jan" not in response.text
        await settle(guard)
        assert chat.received == [{"message": "I am <PERSON_1>"}]
        assert await guard.vault.mapping(session) == {}
        assert records(sink) == []

        # Sent again after the erasure, it is new data: masked, stored and restored.
        again = await alice.post("/chat", json={"message": SLOW_TURN})
        assert again.status_code == 200
        assert chat.received[-1] == {"message": "<PERSON_1> is my brother"}
        assert again.json()["reply"].endswith(SLOW_TURN)
        assert await guard.vault.mapping(session) == {
            "<USERNAME_1>": "alice",
            "<PERSON_1>": "Jan Nowak",
        }
    assert b'outcome="session_erased"' in guard.metrics.render()
    await guard.aclose()


def test_a_websocket_frame_after_the_erasure_is_new_data(detector: Detector) -> None:
    """The socket was opened before the erasure, the frame is sent after it: it is kept."""
    chat = ChatApp()
    guard = Guard(GuardConfig(detector="patterns"), detector=detector)
    app = PiiGuardMiddleware(chat.app, guard=guard)
    with TestClient(app) as tc, tc.websocket_connect("/ws", headers={"x-session-id": "w1"}) as ws:
        ws.send_text("I am Anna Kowalski")
        assert ws.receive_text() == "echo: I am Anna Kowalski"
        # The in-memory vault holds no loop-bound resources: erase it from this thread.
        assert asyncio.run(guard.vault.erase("w1")) == 1
        ws.send_text("Jan Nowak here")
        assert ws.receive_text() == "echo: Jan Nowak here"
        ws.send_text("bye")
        with pytest.raises(WebSocketDisconnect):  # the app closes on "bye": it has read it
            ws.receive_text()
    assert chat.received == ["I am <PERSON_1>", "<PERSON_1> here", "bye"]
