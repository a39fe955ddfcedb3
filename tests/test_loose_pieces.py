"""`responders.LoosePieces`, event by event: which events of a stream of unknown shape
wait, and for how long. A real `Guard` (pattern recognizers) and `EventDocuments` as the
SSE and NDJSON responders build it; each event in, the documents that may go out."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.detection.registry import pattern_recognizers
from piiguard.pipeline import Guard
from piiguard.responders import EventDocuments

pytestmark = pytest.mark.anyio

FOREIGN_EMAIL = "someone.else@example.net"


@pytest.fixture
async def documents() -> AsyncIterator[Callable[..., EventDocuments]]:
    guard = Guard(GuardConfig(detector="patterns"), detector=Detector(pattern_recognizers()))
    await guard.start()
    reply = await guard.outbound("loose")
    yield lambda **kw: EventDocuments(reply, **kw)
    await guard.aclose()


async def lags(stream: EventDocuments, events: list[Any]) -> tuple[list[int], list[Any]]:
    """How many events are held after each one comes in, and everything sent."""
    sent: list[Any] = []
    held: list[int] = []
    for k, event in enumerate(events, 1):
        sent += await stream.event(event)
        held.append(k - len(sent))
    sent += [d for d, _ in await stream.end()]
    return held, sent


async def test_a_one_off_event_waits_for_the_next_event_only(documents: Any) -> None:
    events: list[Any] = [{"type": "meta", "conversation": "conv_4f1a"}]
    events += [{"type": "token", "value": w} for w in ["Hi ", "there, ", "all ", "good."]]
    held, sent = await lags(documents(unnamed_pieces=True), events)
    assert max(held) <= 1, held
    assert sent == events


async def test_ollama_lines_with_their_time_stamps_go_out_as_they_come(documents: Any) -> None:
    events = [
        {"model": "llama3", "created_at": f"2026-12-07T10:00:0{i}.12345Z",
         "message": {"role": "assistant", "content": w}, "done": False}
        for i, w in enumerate(["Hello ", "from ", "the ", "model "])
    ]
    held, sent = await lags(documents(all_fragments=True), events)
    assert held == [0, 0, 0, 0]
    assert [d["created_at"] for d in sent] == [e["created_at"] for e in events]


async def test_a_value_split_around_other_events_is_masked(documents: Any) -> None:
    pieces = [FOREIGN_EMAIL[i : i + 4] for i in range(0, len(FOREIGN_EMAIL), 4)]
    events: list[Any] = [{"value": "write to "}]
    for piece in pieces:
        events += [{"value": piece}, {"ping": "keep-alive"}]
    events.append({"value": " today"})
    _, sent = await lags(documents(unnamed_pieces=True), events)
    joined = "".join(d.get("value", "") for d in sent)
    assert "someone" not in joined and "example.net" not in joined, joined
    assert joined.startswith("write to ") and joined.endswith(" today")
    assert [list(d) for d in sent] == [list(e) for e in events]


async def test_an_id_in_every_event_holds_back_nothing_after_the_first(documents: Any) -> None:
    words = ["one ", "two ", "three ", "four ", "five ", "six "]
    events = [{"run": "run_77ab", "value": f"step {w}done. "} for w in words]
    held, sent = await lags(documents(unnamed_pieces=True), events)
    assert max(held[1:]) <= 1, held
    assert sent == events
    assert json.dumps(sent).count("run_77ab") == 6


async def test_copies_read_as_a_field_are_read_again_once_the_path_varies(
    documents: Any,
) -> None:
    """"5", "5", "0", ...: the first two look like a field of every event until the third;
    then the text is read with them, and the card is masked in what was still held."""
    events = [{"type": "token", "value": c} for c in "5500 0000 0000 0004 is it"]
    _, sent = await lags(documents(unnamed_pieces=True), events)
    joined = "".join(d["value"] for d in sent)
    assert "0000 0000 0004" not in joined and "0004" not in joined, joined
    assert "[CREDIT_CARD]" in joined and joined.endswith(" is it"), joined


async def test_a_responses_stream_holds_nothing_back_for_loose_strings(documents: Any) -> None:
    events: list[Any] = [
        {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
         "content_index": 0, "delta": w, "obfuscation": "x9"}
        for w in ["Hello ", "from ", "the ", "model "]
    ]
    held, sent = await lags(documents(unnamed_pieces=True), events)
    assert held == [0, 0, 0, 0]  # each event goes out as it comes (its text a word behind)
    assert "".join(d["delta"] for d in sent) == "Hello from the model "
    assert [d["item_id"] for d in sent if d["item_id"] == "msg_1"] == ["msg_1"] * len(sent)


async def test_a_stream_that_breaks_off_drops_the_pieces_it_held(documents: Any) -> None:
    events: list[Any] = [{"value": p} for p in ["write to ", "someone", ".else@exa"]]
    events.append({"error": {"message": "upstream failed"}})
    _, sent = await lags(documents(unnamed_pieces=True), events)
    joined = "".join(d.get("value", "") for d in sent)
    assert joined == "write to ", sent
    assert sent[-1] == {"error": {"message": "upstream failed"}}
    assert len(sent) == len(events)
