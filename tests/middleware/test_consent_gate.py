"""The consent gate in the middleware: only consenting subjects' masked turns are written,
and the subject is only ever one the host app authenticated (a resolver, `scope["user"]`, or
x-user-id behind a gateway with `trust_identity_headers`)."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest
from auth_support import LOGIN_HEADER, as_user, with_login
from held_detector import held_detector
from starlette.types import Scope

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.consent.gate import ConsentGate
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

from .apps import ChatApp
from .test_middleware import EMAIL, MESSAGE

pytestmark = pytest.mark.anyio
ADMIN = "admin-key-for-tests"


def make(
    detector: Detector, tmp_path: Path, *, resolver: Any = None, login: bool = True, **settings: Any
) -> tuple[ChatApp, Guard, Path]:
    """A chat app behind the guard, behind the host app's authentication (unless `login`
    is off)."""
    sink = tmp_path / "training.jsonl"
    defaults: dict[str, Any] = {"training_sink": "jsonl", "training_jsonl_path": str(sink)}
    config = GuardConfig(
        detector="patterns",
        consent_notice_version="v1",
        consent_admin_key=ADMIN,
        **{**defaults, **settings},
    )
    chat = ChatApp()
    guard = Guard(config, detector=detector)
    guarded = PiiGuardMiddleware(chat.app, guard=guard, subject_resolver=resolver)
    chat.guarded = with_login(guarded) if login else guarded  # type: ignore[attr-defined]
    return chat, guard, sink


def client(chat: ChatApp, user: str, **headers: str) -> httpx.AsyncClient:
    """A client logged in to the host app as `user`."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=chat.guarded),  # type: ignore[attr-defined]
        base_url="http://t",
        headers={"x-session-id": f"session-of-{user}", **as_user(user), **headers},
    )


async def settle(guard: Guard) -> None:
    while guard._background:
        await asyncio.sleep(0.01)


def records(sink: Path) -> list[dict[str, Any]]:
    if not sink.exists():
        return []
    return [json.loads(line) for line in sink.read_text().splitlines() if line.strip()]


async def consent(c: httpx.AsyncClient, user: str, action: str, **extra: Any) -> httpx.Response:
    body = {
        "subject": user,
        "purpose": "model_training",
        "action": action,
        "notice_version": "v1",
        "consent_text": "I consent to the processing of personal data for the purpose of "
        "improving the automated system for handling inquiries",
    }
    return await c.post("/consent", json={**body, **extra})


async def test_only_consenting_subjects_reach_the_training_sink(
    detector: Detector, tmp_path: Path
) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "alice") as alice, client(chat, "bob") as bob:
        assert (await consent(alice, "alice", "given")).status_code in (200, 201)
        await alice.post("/chat", json={"message": MESSAGE})
        await bob.post("/chat", json={"message": f"bob here, {EMAIL}"})
        await settle(guard)
    written = records(sink)
    assert len(written) == 1
    raw = sink.read_text()
    assert EMAIL not in raw and "Anna" not in raw and "alice" not in raw
    assert "<EMAIL_ADDRESS_1>" in raw
    assert guard.metrics.render().count(b'piiguard_gate_decisions_total{reason="written"} 1.0') == 1


async def test_withdrawal_stops_writes(detector: Detector, tmp_path: Path) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "carol") as c:
        await consent(c, "carol", "given")
        await c.post("/chat", json={"message": "first"})
        await settle(guard)
        await consent(c, "carol", "withdrawn")
        await c.post("/chat", json={"message": "second"})
        await settle(guard)
    assert [r for r in records(sink)] and len(records(sink)) == 1


async def test_caller_cannot_change_another_subjects_consent(
    detector: Detector, tmp_path: Path
) -> None:
    chat, _, _ = make(detector, tmp_path)
    async with client(chat, "mallory") as c:
        response = await consent(c, "alice", "given")
        assert response.status_code == 403
        assert (await c.get("/consent/alice")).status_code == 403
        assert (await c.get("/consent")).status_code == 200


FORGED = [
    {"x-user-id": "alice"},
    {"x-user-id": "alice", "x-session-id": "alice"},
    {"cookie": "piiguard_session=alice"},
]


@pytest.mark.parametrize("headers", FORGED)
async def test_forged_identity_headers_are_not_an_identity(
    detector: Detector, tmp_path: Path, headers: dict[str, str]
) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "alice") as alice:
        assert (await consent(alice, "alice", "given")).status_code == 201
    anonymous = {LOGIN_HEADER: "", **headers}
    async with client(chat, "x", **anonymous) as c:
        assert (await consent(c, "alice", "withdrawn")).status_code == 401
        assert (await c.get("/consent/alice")).status_code == 401
        assert (await c.get("/consent")).status_code == 401
        # The chat works, but nobody vouches for "alice": nothing is written for her.
        assert (await c.post("/chat", json={"message": "not alice"})).status_code == 200
        await settle(guard)
    assert records(sink) == []


async def test_trusted_gateway_header_with_the_setting(detector: Detector, tmp_path: Path) -> None:
    chat, guard, sink = make(detector, tmp_path, login=False, trust_identity_headers=True)
    async with client(chat, "gw", **{"x-user-id": "frank"}) as c:
        assert (await consent(c, "frank", "given")).status_code == 201
        assert (await consent(c, "grace", "given")).status_code == 403
        await c.post("/chat", json={"message": "hello"})
        await settle(guard)
    assert len(records(sink)) == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_subject_resolver_hook(detector: Detector, tmp_path: Path, kind: str) -> None:
    sessions = {"s-1": "heidi"}

    def lookup(scope: Scope) -> str | None:
        for name, value in scope["headers"]:
            if name == b"authorization" and value.startswith(b"Session "):
                return sessions.get(value[8:].decode())
        return None

    async def lookup_async(scope: Scope) -> str | None:
        return lookup(scope)

    resolver = lookup if kind == "sync" else lookup_async
    chat, guard, sink = make(detector, tmp_path, resolver=resolver, login=False)
    async with client(chat, "heidi", authorization="Session s-1") as c:
        assert (await consent(c, "heidi", "given")).status_code == 201
        await c.post("/chat", json={"message": "hello"})
        await settle(guard)
    async with client(chat, "heidi", authorization="Session nope") as c:
        assert (await consent(c, "heidi", "withdrawn")).status_code == 401
    assert len(records(sink)) == 1


async def test_restricted_subject_is_refused_and_admin_needs_the_key(
    detector: Detector, tmp_path: Path
) -> None:
    chat, _, _ = make(detector, tmp_path)
    async with client(chat, "dave") as c:
        assert (await c.post("/admin/consent/dave/restriction")).status_code == 401
        auth = {"authorization": f"Bearer {ADMIN}"}
        assert (await c.post("/admin/consent/dave/restriction", headers=auth)).status_code == 200
        response = await c.post("/chat", json={"message": MESSAGE})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "processing_restricted"
        assert (await c.delete("/admin/consent/dave/restriction", headers=auth)).status_code == 200
        assert (await c.post("/chat", json={"message": MESSAGE})).status_code == 200
    assert len(chat.received) == 1


async def test_store_down_keeps_chat_answering_and_writes_nothing(
    detector: Detector, tmp_path: Path
) -> None:
    chat, guard, sink = make(detector, tmp_path, redis_url="redis://127.0.0.1:1/0", secret_key="k")
    # The vault is in Redis too here, so use a memory vault: only the consent store is down.
    from piiguard import MemoryVault

    guard.vault = MemoryVault()
    guard.masker.vault = guard.vault
    async with client(chat, "erin") as c:
        response = await c.post("/chat", json={"message": MESSAGE})
        await settle(guard)
    assert response.status_code == 200
    assert records(sink) == []


@pytest.mark.redis
async def test_the_host_apps_user_uses_its_own_rights_only(
    detector: Detector, tmp_path: Path, redis_url: str, redis_prefix: str
) -> None:
    """`/consent/me...` in the middleware: the host app's authenticated user, never a header
    anyone can set; real Redis vault, consent store and training stream."""
    from redis.asyncio import Redis

    chat, guard, _ = make(
        detector,
        tmp_path,
        redis_url=redis_url,
        redis_prefix=redis_prefix,
        secret_key="rights-secret",
        training_sink="redis",
    )
    raw = Redis.from_url(redis_url)
    try:
        async with client(chat, "alice") as alice, client(chat, "bob") as bob:
            for c, user in ((alice, "alice"), (bob, "bob")):
                assert (await consent(c, user, "given")).status_code == 201
                message = {"message": f"write to {user}.mw@example.org"}
                assert (await c.post("/chat", json=message)).is_success
            await settle(guard)
            assert await raw.xlen(f"{redis_prefix}:training") == 2
            export = await alice.get("/consent/me/export")
            assert export.status_code == 200 and "alice.mw@example.org" in export.text
            assert len(export.json()["training_records"]) == 1 and "bob" not in export.text
            # A header anyone can set is no identity, logged in or not.
            async with client(chat, "x", **{LOGIN_HEADER: "", "x-user-id": "alice"}) as anon:
                assert (await anon.get("/consent/me/export")).status_code == 401
                erase = await anon.post("/consent/me/erase", json={"confirm": "erase"})
                assert erase.status_code == 401
            other = {"confirm": "erase", "subject": "alice"}
            assert (await bob.post("/consent/me/erase", json=other)).status_code == 403
            assert (await alice.post("/consent/me/erase", json={})).status_code == 422
            erased = await alice.post("/consent/me/erase", json={"confirm": "erase"})
            assert erased.status_code == 200, erased.text
            assert erased.json()["training_records"] == 1 and erased.json()["vault_entries"] >= 1
            assert await raw.xlen(f"{redis_prefix}:training") == 1  # bob's row stays
            assert "alice.mw@" not in (await alice.get("/consent/me/export")).text
            assert "bob.mw@example.org" in (await bob.get("/consent/me/export")).text
            # Restriction refuses the user's later chats until the user lifts it.
            assert (await bob.post("/consent/me/restriction")).json()["changed"] is True
            refused = await bob.post("/chat", json={"message": MESSAGE})
            assert refused.status_code == 403
            assert (await bob.delete("/consent/me/restriction")).json()["changed"] is True
            assert (await bob.post("/chat", json={"message": MESSAGE})).is_success
    finally:
        await raw.aclose()
        await guard.aclose()


CHILD_SAYS = [
    "hi, I'm 12 years old, can you help with maths?",
    "im 14 yo and need help",
    "Hallo, ich bin 13, kannst du mir helfen?",
    "bonjour, j'ai 14 ans et j'ai un exposé",
    "hola, tengo 12 años y necesito ayuda",
    "ciao, ho 13 anni e ho bisogno di aiuto",
    "hoi, ik ben 12 jaar en ik heb hulp nodig",
    "cześć, mam 12 lat i potrzebuję pomocy",
]
ADULT_SAYS = [
    "I have 12 years of experience in sales",
    "my son is 12, what books suit him?",
    "j'ai 12 ans d'expérience",
    "ich bin 12 Stunden unterwegs",
    "I'm 15 km away",
    "I'm 17 years old.",  # not a minor: written
]


@pytest.mark.parametrize("said", CHILD_SAYS)
async def test_a_child_stating_their_age_is_never_written_again(
    detector: Detector, tmp_path: Path, said: str
) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "dana") as c, client(chat, "erik") as other:
        await consent(c, "dana", "given")
        await consent(other, "erik", "given")
        await c.post("/chat", json={"message": "a first question"})
        await other.post("/chat", json={"message": "erik asks"})
        await settle(guard)
        assert len(records(sink)) == 2
        assert (await c.post("/chat", json={"message": said})).status_code == 200
        await settle(guard)
        await c.post("/chat", json={"message": "and what about fractions?"})
        await consent(c, "dana", "given")  # a new consent without an age does not lift it
        await c.post("/chat", json={"message": "one more question"})
        await settle(guard)
        shown = (await c.get("/consent")).json()
    # Dana's earlier record is erased and nothing of hers is written since; erik's stays.
    assert isinstance(guard.gate, ConsentGate)
    assert [r["subject_key"] for r in records(sink)] == [guard.gate.subject_key("erik")]
    assert shown["records"][0]["minor"] is True
    assert said not in sink.read_text()
    metrics = guard.metrics.render()
    assert b'piiguard_gate_decisions_total{reason="minor"} 3.0' in metrics


@pytest.mark.parametrize("said", ADULT_SAYS)
async def test_an_adults_numbers_are_not_a_childs_age(
    detector: Detector, tmp_path: Path, said: str
) -> None:
    chat, guard, sink = make(detector, tmp_path)
    async with client(chat, "fred") as c:
        await consent(c, "fred", "given")
        await c.post("/chat", json={"message": said})
        await settle(guard)
        shown = (await c.get("/consent")).json()
    assert len(records(sink)) == 1
    assert shown["records"][0]["minor"] is False


async def test_reading_ages_in_the_chat_can_be_turned_off(
    detector: Detector, tmp_path: Path
) -> None:
    chat, guard, sink = make(detector, tmp_path, consent_minor_from_chat=False)
    async with client(chat, "gina") as c:
        await consent(c, "gina", "given")
        await c.post("/chat", json={"message": CHILD_SAYS[0]})
        await settle(guard)
    assert len(records(sink)) == 1


async def test_the_consent_apis_labels_are_read_by_the_guards_runner(
    detector: Detector, tmp_path: Path
) -> None:
    """The middleware's consent API reads a change's labels in the guard's detection
    threads under its queue bound (`max_pending_detections`): the loop serves the
    subject's read meanwhile, and a change beyond the bound answers 503 `overloaded`."""
    held = held_detector()
    sink = tmp_path / "training.jsonl"
    config = GuardConfig(
        detector="patterns",
        consent_notice_version="v1",
        training_sink="jsonl",
        training_jsonl_path=str(sink),
        max_pending_detections=1,
    )
    guard = Guard(config, detector=detector)
    guard.pattern_detector = held  # the guard's own pattern detector, held
    chat = ChatApp()
    chat.guarded = with_login(PiiGuardMiddleware(chat.app, guard=guard))  # type: ignore[attr-defined]
    loop_thread = threading.get_ident()
    async with client(chat, "dora") as c, anyio.create_task_group() as tasks:
        answers: list[httpx.Response] = []

        async def give() -> None:
            answers.append(await consent(c, "dora", "given"))

        tasks.start_soon(give)
        assert await anyio.to_thread.run_sync(held.entered.wait, 5.0)
        read = await c.get("/consent")  # served while the labels are held
        refused = await consent(c, "dora", "withdrawn")  # the one queue slot is taken
        held.release.set()
    assert read.status_code == 200
    assert refused.status_code == 503 and refused.json()["error"]["code"] == "overloaded"
    assert held.threads and loop_thread not in held.threads
    assert answers[0].status_code == 201
