"""A value begun in the operator's or a tool's turn and finished in the user's next turn
(`pipeline._handover_seams`), end to end: a real proxy (uvicorn) in front of the
recording upstream. The upstream never holds either half; the operator's prompt and the
user's turn are untouched when they only sit side by side. Also a reply streamed under
keys no known stream uses, through the proxy."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import ProxyFactory
from .test_boundary import scripted, send, split
from .upstream import RecordingUpstream


def _chat(*turns: tuple[str, str]) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": r, "content": c} for r, c in turns]}


TOOL_TURNS = {"model": "echo", "messages": [
    {"role": "user", "content": "what is my IBAN?"},
    {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
    {"role": "tool", "tool_call_id": "c", "content": "IBAN DE89 3704 0044"},
    {"role": "user", "content": "0532 0130 00 is the rest"}]}

# (body, path, the halves that must not reach the upstream)
SPLIT: dict[str, tuple[dict[str, Any], str, tuple[str, ...]]] = {
    "IBAN, system then user": (_chat(
        ("system", "Customer IBAN DE89 3704 0044"), ("user", "0532 0130 00 please check")),
        "/v1/chat/completions", ("DE89 3704 0044", "0532 0130 00")),
    "card, developer then user": (_chat(
        ("developer", "Card on file: 4111 1111"), ("user", "1111 1111 is mine")),
        "/v1/chat/completions", ("4111 1111", "1111 1111 is")),
    "e-mail, system then user": (_chat(
        ("system", "Write to anna.kowalski@exa"), ("user", "mple.org today")),
        "/v1/chat/completions", ("anna.kowalski@exa", "mple.org")),
    "IBAN, tool result then user": (TOOL_TURNS, "/v1/chat/completions",
                                    ("DE89 3704 0044", "0532 0130 00")),
    "card, Responses instructions then input": (
        {"model": "echo", "instructions": "Card 4111 1111", "input": "1111 1111 is it"},
        "/v1/responses", ("4111 1111", "1111 1111 is")),
    "IBAN, Anthropic system then user": (
        {"model": "c", "max_tokens": 5, "system": "IBAN DE89 3704 0044",
         "messages": [{"role": "user", "content": "0532 0130 00 thanks"}]},
        "/v1/messages", ("DE89 3704 0044", "0532 0130 00")),
}

# (body, texts that must reach the upstream as they were sent)
SIDE_BY_SIDE: dict[str, tuple[dict[str, Any], tuple[str, ...]]] = {
    "a version, then a count": (_chat(
        ("system", "You are support bot v2.4 build 2026"), ("user", "12 items arrived")),
        ("build 2026", "12 items arrived")),
    "an e-mail whole in the system prompt, then thanks": (_chat(
        ("system", "Escalate to help@acme-support.example"), ("user", "thanks, hours?")),
        ("thanks, hours?",)),
    "an order number from a tool, then a question": ({"model": "echo", "messages": [
        {"role": "tool", "tool_call_id": "c", "content": "order 55123"},
        {"role": "user", "content": "2 more days?"}]}, ("order 55123", "2 more days?")),
    "a phone whole in the system prompt, then a phone whole from the user": (_chat(
        ("system", "Hotline +48 22 123 45 67"), ("user", "+48 601 234 567 is mine")),
        ()),
    "the bot's turn and the user's are not read together": (_chat(
        ("assistant", "Your ticket is 4111 1111"), ("user", "1111 1111 thanks")),
        ("Your ticket is 4111 1111",)),
}


@pytest.mark.parametrize("case", SPLIT)
def test_a_value_split_over_a_handover_never_reaches_the_upstream_whole_or_in_halves(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, case: str
) -> None:
    fake, _ = upstream
    body, path, halves = SPLIT[case]
    with make_proxy(allowed_paths=("/v1/*",)) as url:
        reply, received = send(fake, url, body, path=path, session="handover")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    got = received[0].split(b"\n\n", 1)[-1]
    for half in halves:
        assert half.encode() not in got, (half, got)


@pytest.mark.parametrize("case", SIDE_BY_SIDE)
def test_turns_that_only_sit_side_by_side_reach_the_upstream_as_sent(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, case: str
) -> None:
    fake, _ = upstream
    body, kept = SIDE_BY_SIDE[case]
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="side-by-side")
    assert reply.status_code == 200, reply.text
    for text in kept:
        assert text.encode() in received[0], (text, received[0])
    if not kept:  # two whole values: each masked as itself, nothing else
        sent = json.loads(received[0].split(b"\n\n", 1)[-1])
        assert sent["messages"][1]["content"].endswith(" is mine")
        assert sent["messages"][0]["content"].startswith("Hotline ")


def test_a_stream_of_unknown_shape_is_read_joined_through_the_proxy(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    text = "mail someone.else@example.net, card 5500 0000 0000 0004 today"
    events = [{"type": "token", "value": p} for p in split(text, 5)]
    events += [{"type": "token", "value": c} for c in " and 5500 0000 0000 0004."]
    chunks = [f"data: {json.dumps(e)}\n\n".encode() for e in events]
    with make_proxy() as url:
        reply = scripted(fake, url, "unknown-shape", "text/event-stream", chunks, "unknown")
    assert reply.status_code == 200
    sent = [json.loads(line[6:]) for line in reply.text.splitlines() if line.startswith("data: ")]
    joined = "".join(e["value"] for e in sent)
    assert len(sent) == len(events)
    assert "someone" not in joined and "example.net" not in joined, joined
    assert "0004" not in joined and "5500 0000" not in joined, joined
    assert joined.startswith("mail ") and joined.endswith(".")
