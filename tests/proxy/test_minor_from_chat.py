"""A child who states their age in a chat through the real proxy (uvicorn) with the real
Redis store, stream sink and vault: that turn and every later one of theirs stay out of the
training stream, what was written before is erased, and the mark outlives the proxy."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import ProxyFactory
from .test_rights import GIVE, KEY_ALICE, KEY_BOB, bearer, chat, redis_state, settings

pytestmark = pytest.mark.redis


def decisions(audit: Path) -> list[dict[str, Any]]:
    if not audit.exists():
        return []
    entries = [json.loads(line) for line in audit.read_text().splitlines() if line.strip()]
    return [e for e in entries if e["action"] == "gate_decision"]


def wait_for_decisions(audit: Path, expected: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 10
    while len(found := decisions(audit)) < expected and time.monotonic() < deadline:
        time.sleep(0.02)
    return found


def test_a_child_stating_their_age_leaves_the_training_stream_for_good(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, tmp_path: Path
) -> None:
    audit = tmp_path / "audit.jsonl"
    alice = {**bearer(KEY_ALICE), "x-session-id": "alice-chat"}
    bob = {**bearer(KEY_BOB), "x-session-id": "bob-chat"}
    guard = {**settings(redis_url, redis_prefix), "audit_path": str(audit)}

    def send(c: httpx.Client, text: str, who: dict[str, str]) -> None:
        assert c.post("/v1/chat/completions", json=chat(text), headers=who).is_success

    with make_proxy(guard, client_keys=(f"{KEY_ALICE}=alice", f"{KEY_BOB}=bob")) as url, \
            httpx.Client(base_url=url) as c:
        for who in (alice, bob):
            assert c.post("/consent", json=GIVE, headers=who).status_code == 201
        send(c, "mail me at alice.private@example.org", alice)
        send(c, "bob asks", bob)
        assert [d["detail"]["reason"] for d in wait_for_decisions(audit, 2)] == ["written"] * 2
        assert redis_state(redis_url, redis_prefix)[2] == 2

        send(c, "hey, I'm 13 years old and I need help with homework", alice)
        assert wait_for_decisions(audit, 3)[-1]["detail"]["reason"] == "minor"
        send(c, "what about fractions?", alice)
        assert wait_for_decisions(audit, 4)[-1]["detail"]["reason"] == "minor"
        seen = c.get("/consent/me", headers=alice).json()
        export = c.get("/consent/me/export", headers=alice).json()
        streamed = redis_state(redis_url, redis_prefix)[2]

    assert streamed == 1  # bob's row only: alice's earlier one was erased
    assert export["vault"] == {} and export["training_records"] == []
    assert seen["records"][0]["minor"] is True
    kinds = [e["kind"] for e in seen["events"]]
    assert kinds[-2:] == ["minor_stated", "minor_erased"]
    entries = audit.read_text()
    assert "alice" not in entries and "13 years" not in entries
    stated = [json.loads(line) for line in entries.splitlines() if '"minor_stated"' in line]
    assert len(stated) == 1 and stated[0]["actor"] == "piiguard"

    # A new proxy on the same Redis: the mark holds, and a new consent does not lift it.
    with make_proxy(guard, client_keys=(f"{KEY_ALICE}=alice", f"{KEY_BOB}=bob")) as url, \
            httpx.Client(base_url=url) as c:
        assert c.post("/consent", json=GIVE, headers=alice).status_code == 201
        send(c, "hello again", alice)
        send(c, "bob again", bob)
        later = wait_for_decisions(audit, 6)[4:]
        seen = c.get("/consent/me", headers=alice).json()
        streamed = redis_state(redis_url, redis_prefix)[2]
    assert sorted(d["detail"]["reason"] for d in later) == ["minor", "written"]
    assert seen["records"][0]["minor"] is True
    assert streamed == 2  # bob's two rows; none of alice's


# A child's age in a request that is not one plain text of the last user turn (acl13's
# black-box pass): the turn and every later one stay out of the training stream.
SAID_ELSEWHERE = {
    "split over two content parts": [
        {"role": "user", "content": [{"type": "text", "text": "I'm"},
                                     {"type": "text", "text": " 12 years old, help me"}]},
    ],
    "a part before it glued on": [
        {"role": "user", "content": [{"type": "text", "text": "Hello"},
                                     {"type": "text", "text": "I'm 12 years old"}]},
    ],
    "only in an earlier user turn of the history": [
        {"role": "user", "content": "I'm 12 years old"},
        {"role": "assistant", "content": "Nice to meet you!"},
        {"role": "user", "content": "can you help with my homework?"},
    ],
    "fullwidth digits": [{"role": "user", "content": "I'm １２ years old"}],
    "a zero-width space inside the number": [
        {"role": "user", "content": "I'm 1\u200b2 years old"}
    ],
}
ADULT_ELSEWHERE = {
    "a child's age in the assistant's turn": [
        {"role": "assistant", "content": "I'm 12 years old, said the character."},
        {"role": "user", "content": "go on with the story"},
    ],
    "another's age over two parts": [
        {"role": "user", "content": [{"type": "text", "text": "my son is"},
                                     {"type": "text", "text": " 12 years old"}]},
    ],
}


@pytest.mark.parametrize(
    ("messages", "reason"),
    [*((m, "minor") for m in SAID_ELSEWHERE.values()),
     *((m, "written") for m in ADULT_ELSEWHERE.values())],
    ids=[*SAID_ELSEWHERE, *ADULT_ELSEWHERE],
)
def test_an_age_said_anywhere_in_the_users_turns_counts(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    tmp_path: Path,
    messages: list[dict[str, Any]],
    reason: str,
) -> None:
    audit = tmp_path / "audit.jsonl"
    alice = {**bearer(KEY_ALICE), "x-session-id": "alice-chat"}
    guard = {**settings(redis_url, redis_prefix), "audit_path": str(audit)}
    with make_proxy(guard, client_keys=(f"{KEY_ALICE}=alice",)) as url, \
            httpx.Client(base_url=url) as c:
        assert c.post("/consent", json=GIVE, headers=alice).status_code == 201
        body = {"model": "echo", "messages": messages}
        assert c.post("/v1/chat/completions", json=body, headers=alice).is_success
        assert wait_for_decisions(audit, 1)[-1]["detail"]["reason"] == reason
        assert c.post("/v1/chat/completions", json=chat("and now?"), headers=alice).is_success
        assert wait_for_decisions(audit, 2)[-1]["detail"]["reason"] == reason
    assert redis_state(redis_url, redis_prefix)[2] == (0 if reason == "minor" else 2)
