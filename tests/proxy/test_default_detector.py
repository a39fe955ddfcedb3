"""The proxy with the default detector (NER model + validated patterns), end to end."""

from __future__ import annotations

import httpx
import pytest
from servers import serve

from piiguard.config import GuardConfig
from piiguard.exceptions import ModelLoadError
from piiguard.pipeline import Guard
from piiguard.proxy import ProxyConfig, create_app
from piiguard.proxy.app import guard_config_for

from .upstream import RecordingUpstream, sse_content

MESSAGE = "Hello, my name is Anna Kowalski and my email is anna.kowalski@example.org."


def test_names_and_emails_never_reach_the_upstream(
    upstream: tuple[RecordingUpstream, str],
) -> None:
    fake, upstream_url = upstream
    config = ProxyConfig(upstream_url=upstream_url, guard=GuardConfig(detector="default"))
    try:
        guard = Guard(guard_config_for(config))
    except ModelLoadError:
        pytest.skip("the NER model is not built (python -m models.recipe.build)")
    with serve(create_app(config, guard=guard), startup_timeout=60) as url:
        before = len(fake.requests)
        body = {"model": "stream", "stream": True,
                "messages": [{"role": "user", "content": MESSAGE}]}  # fmt: skip
        reply = httpx.post(
            f"{url}/v1/chat/completions", json=body, headers={"x-session-id": "ner"}, timeout=30
        )
    assert reply.status_code == 200, reply.text
    assert sse_content(reply.text) == f"Noted: {MESSAGE}"
    received = fake.requests[before].raw()
    for value in (b"Anna", b"Kowalski", b"anna.kowalski@example.org"):
        assert value not in received
    assert b"<PERSON_1>" in received
