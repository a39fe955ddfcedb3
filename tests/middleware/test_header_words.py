"""Header values of words are read by the whole detector (edge15): a person's name typed
into a header is masked as in a body; a single token the word model calls a name (a
product in a user-agent, a media type) is not."""

from __future__ import annotations

import re

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from piiguard import Detector, Span
from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio


class WordModel:
    """A word model's stand-in: names of people, and the single tokens a real one calls
    a PERSON in header values (measured: `LangChain`, `Claude-User`, `json`)."""

    name = "word-model"
    labels = frozenset({"PERSON"})
    priority = 1
    _words = re.compile(r"Anna Kowalska|Jan Nowak|LangChain|Claude-User|json")

    def analyze(self, text: str) -> list[Span]:
        return [Span(m.start(), m.end(), "PERSON", 0.9, self.name)
                for m in self._words.finditer(text)]


def recording_app(seen: list[dict[bytes, bytes]]) -> Starlette:
    async def record(request: Request) -> Response:
        seen.append(dict(request.scope["headers"]))
        return JSONResponse({"ok": True})

    return Starlette(routes=[Route("/chat/x", record, methods=["POST"])])


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("x-customer", "Anna Kowalska", "<PERSON_1>"),
        ("x-note", "for Anna Kowalska", "for <PERSON_1>"),
        ("x-end-user", "Jan Nowak <jan@example.org>", "<PERSON_1> <<EMAIL_ADDRESS_1>>"),
        ("user-agent", "desk/2.1 (Anna Kowalska)", "desk/2.1 (<PERSON_1>)"),
        ("x-stainless-note", "Grüße Anna Kowalska", "Grüße <PERSON_1>"),
        # look-alikes: single tokens are products, media types, ids
        ("user-agent", "LangChain (Python 3.11)", "LangChain (Python 3.11)"),
        ("user-agent", "Claude-User (claude-code/1.0.3)", "Claude-User (claude-code/1.0.3)"),
        ("accept", "application/json, text/plain", "application/json, text/plain"),
        ("x-request-id", "Anna-Kowalska", "Anna-Kowalska"),
        ("x-title", "Release Notes", "Release Notes"),
    ],
    ids=["name", "name after a word", "name and e-mail", "name in a user-agent comment",
         "UTF-8 words", "product in a user-agent", "product with a dash", "media types",
         "a token (patterns only)", "words no model calls a name"],
)
async def test_a_name_in_a_header_value_of_words_is_masked(
    header: str, value: str, expected: str
) -> None:
    seen: list[dict[bytes, bytes]] = []
    guard = Guard(GuardConfig(detector="patterns"), detector=Detector([WordModel()]))
    app = PiiGuardMiddleware(recording_app(seen), guard=guard)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as c:
        reply = await c.post("/chat/x", json={"q": "hi"}, headers={
            "x-session-id": "hw", header: value.encode()})
    assert reply.status_code == 200
    assert seen[0][header.encode()].decode("utf-8") == expected
