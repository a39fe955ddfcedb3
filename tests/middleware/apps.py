"""Small real chat apps the middleware wraps in tests; they record what they received."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect


class ChatApp:
    """A chat back end that echoes the user's last message in several reply formats."""

    def __init__(self) -> None:
        self.received: list[Any] = []
        self.states: list[Any] = []
        self.chunk_size = 1
        self.app = Starlette(
            routes=[
                Route("/chat", self.chat, methods=["POST"]),
                Route("/v1/chat/completions", self.completions, methods=["POST"]),
                Route("/chat/text-stream", self.text_stream, methods=["POST"]),
                Route("/public", self.public, methods=["POST"]),
                WebSocketRoute("/ws", self.websocket),
            ]
        )

    async def chat(self, request: Request) -> Response:
        body = await request.json()
        self.received.append(body)
        self.states.append(request.state.piiguard)
        return JSONResponse({"reply": f"Hello! I noted: {body['message']}"})

    async def completions(self, request: Request) -> Response:
        body = await request.json()
        self.received.append(body)
        text = "Sure: " + body["messages"][-1]["content"]
        if not body.get("stream"):
            return JSONResponse(
                {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}
            )
        size = self.chunk_size

        async def events() -> AsyncIterator[bytes]:
            for i in range(0, len(text), size):
                chunk = {
                    "id": "c1",
                    "choices": [{"index": 0, "delta": {"content": text[i : i + size]}}],
                }
                yield f"data: {json.dumps(chunk)}\n\n".encode()
            done = {"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            yield f"data: {json.dumps(done)}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    async def text_stream(self, request: Request) -> Response:
        body = await request.json()
        self.received.append(body)
        text = "You said " + body["message"]

        async def chunks() -> AsyncIterator[bytes]:
            for char in text:
                yield char.encode()

        return StreamingResponse(chunks(), media_type="text/plain; charset=utf-8")

    async def public(self, request: Request) -> Response:
        self.received.append(await request.body())
        return PlainTextResponse("ok")

    async def websocket(self, websocket: WebSocket) -> None:
        await websocket.accept()
        while True:
            try:
                text = await websocket.receive_text()
            except WebSocketDisconnect:
                return
            self.received.append(text)
            if text == "bye":
                await websocket.close()
                return
            await websocket.send_text(f"echo: {text}")
