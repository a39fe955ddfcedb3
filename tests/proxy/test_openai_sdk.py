"""The official `openai` SDK through the proxy, unchanged: chat, Responses, embeddings."""

from __future__ import annotations

import pytest

from .conftest import ProxyFactory
from .test_proxy_e2e import EMAIL, MESSAGE, leaks
from .upstream import RecordingUpstream

openai = pytest.importorskip("openai")


def sdk(url: str, session: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{url}/v1",
        api_key="sk-client",
        default_headers={"x-session-id": session},
        max_retries=0,
        timeout=10,
    )


def test_chat_completions_create(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        before = len(fake.requests)
        client = sdk(url, "sdk-chat")
        reply = client.chat.completions.create(
            model="echo", messages=[{"role": "user", "content": MESSAGE}]
        )
        stream = client.chat.completions.create(
            model="stream", messages=[{"role": "user", "content": MESSAGE}], stream=True
        )
        streamed = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert reply.choices[0].message.content == f"Noted: {MESSAGE}"
    assert streamed == f"Noted: {MESSAGE}"
    assert all(leaks(r.raw()) == [] for r in fake.requests[before:])


@pytest.mark.parametrize("stream", [False, True])
def test_responses_create(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, stream: bool
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        before = len(fake.requests)
        client = sdk(url, f"sdk-responses-{stream}")
        if stream:
            events = list(client.responses.create(model="echo", input=MESSAGE, stream=True))
            text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
            done = [e.text for e in events if e.type == "response.output_text.done"]
            completed = [e.response for e in events if e.type == "response.completed"]
            assert done == [f"Noted: {MESSAGE}"]
            assert completed[0].output_text == f"Noted: {MESSAGE}"
        else:
            response = client.responses.create(
                model="echo",
                instructions=f"Be kind to {EMAIL}",
                input=[{"role": "user", "content": [{"type": "input_text", "text": MESSAGE}]}],
            )
            text = response.output_text
    assert text == f"Noted: {MESSAGE}"
    sent = fake.requests[before:]
    assert len(sent) == 1 and leaks(sent[0].raw()) == []


def test_embeddings_create(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        before = len(fake.requests)
        result = sdk(url, "sdk-embeddings").embeddings.create(
            model="e", input=[MESSAGE, "hello"]
        )
    assert [d.embedding for d in result.data] == [[0.5, -1.25, 2.0]] * 2
    sent = fake.requests[before:]
    assert len(sent) == 1 and leaks(sent[0].raw()) == []
