"""The middleware behind a real uvicorn server on loopback, streaming for real."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from servers import free_port, serve

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .apps import ChatApp
from .test_middleware import EMAIL, MESSAGE, sse_text


@pytest.fixture
def served(detector: Detector) -> Iterator[tuple[str, ChatApp]]:
    chat = ChatApp()
    app = PiiGuardMiddleware(
        chat.app, guard=Guard(GuardConfig(detector="patterns"), detector=detector)
    )
    with serve(app, lifespan="auto", ws="websockets-sansio") as url:
        yield url, chat


def test_json_and_streamed_replies_over_real_http(served: tuple[str, ChatApp]) -> None:
    url, chat = served
    headers = {"x-session-id": "u1"}
    with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
        reply = client.post("/chat", json={"message": MESSAGE})
        assert reply.json()["reply"].endswith(MESSAGE)
        chat.chunk_size = 1
        body = {"stream": True, "messages": [{"role": "user", "content": MESSAGE}]}
        with client.stream("POST", "/v1/chat/completions", json=body) as response:
            raw = "".join(response.iter_text())
    assert sse_text(raw) == f"Sure: {MESSAGE}"
    assert EMAIL not in json.dumps(chat.received)


def test_websocket_over_real_server(served: tuple[str, ChatApp]) -> None:
    from websockets.sync.client import connect

    url, chat = served
    with connect(url.replace("http", "ws") + "/ws", additional_headers={"x-session-id": "w"}) as ws:
        ws.send(MESSAGE)
        assert ws.recv(timeout=10) == f"echo: {MESSAGE}"
    assert "Anna" not in json.dumps(chat.received)


def test_uvicorn_refuses_to_start_when_the_guard_cannot(caplog: pytest.LogCaptureFixture) -> None:
    from .conftest import Exploding

    chat = ChatApp()
    guard = Guard(GuardConfig(detector="patterns"), detector=Detector([Exploding()]))
    app = PiiGuardMiddleware(chat.app, guard=guard)
    # lifespan="auto" is uvicorn's default: the failure must still stop the start-up.
    config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), lifespan="auto")
    server = uvicorn.Server(config)
    with pytest.raises(SystemExit):
        server.run()
    assert not server.started
