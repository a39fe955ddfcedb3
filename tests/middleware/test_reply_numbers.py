"""JSON numbers in replies under protocol keys (edge15): a time, a position and the
request's own seed pass as sent; a card, an account or a phone number there is read as
digits like any number, as it would be under any other key."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from piiguard import Detector
from piiguard.chat_format import is_time_number, number_text, seed_numbers
from piiguard.config import GuardConfig
from piiguard.detection.registry import pattern_recognizers
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio

CARD = 5500000000000004


def reply_app(extra: dict[str, Any]) -> Starlette:
    async def json_reply(request: Request) -> Response:
        await request.body()
        return JSONResponse({"choices": [{"index": 0, "message": {"content": "ok"}}], **extra})

    async def sse_reply(request: Request) -> Response:
        await request.body()
        event = {"object": "chat.completion.chunk", "choices": [
            {"index": 0, "delta": {"content": "ok"}}], **extra}

        async def events() -> Any:
            yield f"data: {json.dumps(event)}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/chat/json", json_reply, methods=["POST"]),
                             Route("/chat/sse", sse_reply, methods=["POST"])])


@pytest.mark.parametrize("route", ["json", "sse"])
@pytest.mark.parametrize(
    ("extra", "request_seed", "passes"),
    [
        ({"seed": CARD}, None, False),
        ({"seed": CARD}, CARD, True),  # the client's own seed, echoed
        ({"seed": 4111111111111111}, CARD, False),  # another seed than the request's
        ({"seed": 42}, None, True),  # short: read, nothing in it
        ({"created": CARD}, None, False),
        ({"created": 1765000000}, None, True),
        ({"created_at": 1765000000123}, None, True),  # milliseconds
        ({"sequence_number": CARD}, None, False),
        ({"sequence_number": 1234}, None, True),
    ],
    ids=["card as seed", "own seed echoed", "other seed", "small seed", "card as created",
         "time in seconds", "time in ms", "card as position",
         "position"],
)
async def test_protocol_numbers_in_a_reply_pass_only_as_what_their_key_says(
    route: str, extra: dict[str, Any], request_seed: int | None, passes: bool
) -> None:
    guard = Guard(GuardConfig(detector="patterns"), detector=Detector(pattern_recognizers()))
    app = PiiGuardMiddleware(reply_app(extra), guard=guard)
    body: dict[str, Any] = {"messages": [{"role": "user", "content": "hi"}]}
    if request_seed is not None:
        body["seed"] = request_seed
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as c:
        reply = await c.post(f"/chat/{route}", json=body, headers={"x-session-id": "rn"})
    assert reply.status_code == 200
    [(key, value)] = extra.items()
    assert (str(value) in reply.text) is passes
    if passes:  # still a number
        line = reply.text if route == "json" else reply.text.split("data: ")[1]
        assert json.loads(line)[key] == value


@pytest.mark.parametrize(
    ("value", "is_time"),
    [(0, True), (1765000000, True), (4102444799, True), (4102444800, False),
     (946684800000, True), (4102444799999, True), (4102444800000, False),
     (5500000000000004, False), (48601234567, False), (-1, False)],
)
def test_is_time_number(value: int, is_time: bool) -> None:
    assert is_time_number(value) is is_time


def test_seeds_are_protocol_in_a_request_and_echoes_in_a_reply() -> None:
    assert number_text("created", 48601234567) == "48601234567"  # no time: read
    assert number_text("seed", CARD) is None  # a request: the caller's own setting
    assert number_text("seed", CARD, seeds=frozenset({CARD})) is None
    assert number_text("seed", CARD, seeds=frozenset()) == str(CARD)
    assert seed_numbers({"seed": 1, "options": {"seed": 2}, "x": [{"seed": 3}]}) == {1, 2}
    assert seed_numbers({"seed": 2.5, "o": {"seed": True}}) == frozenset()
