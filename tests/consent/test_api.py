"""The consent HTTP API through Starlette: front-end routes for an authenticated caller only
(Starlette's AuthenticationMiddleware or a resolver; 401 anonymous, 403 another subject) with
input validation, admin routes behind a key (401, 404 when off, constant-time compare), access,
export, restriction, and erasure that leaves nothing about the subject in the sinks, the vault
or the audit log."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest
from auth_support import LOGIN_HEADER, LoginBackend, as_user
from held_detector import held_detector
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import Request
from store_support import KEY

from piiguard._types import Span
from piiguard.consent.api import consent_routes
from piiguard.consent.audit import JsonlAuditLog
from piiguard.consent.gate import ConsentGate, GateReason, GateSettings, MaskedTurn
from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.records import hash_consent_text
from piiguard.consent.store import ConsentStore
from piiguard.detection.engine import Detector
from piiguard.detection.runner import DetectionRunner
from piiguard.identity import subject_session
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.memory import MemoryTrainingSink
from piiguard.vault import MemoryVault, Vault

pytestmark = pytest.mark.anyio
ADMIN_KEY = "s3cret-admin-key"
SUBJECT = "jan.kowalski@example.pl"
CONSENT_TEXT = (
    "I consent to the processing of personal data for the purpose of improving the "
    "automated system for handling inquiries"
)
GIVE = {
    "subject": SUBJECT,
    "action": "given",
    "notice_version": "2025-01",
    "consent_text": CONSENT_TEXT,
    "age": 34,
    "source": "web-form",
}
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}
AS_SUBJECT = as_user(SUBJECT)


def consent_app(routes: list[Any]) -> Starlette:
    """The consent routes in a Starlette app behind its AuthenticationMiddleware."""
    return Starlette(
        routes=routes, middleware=[Middleware(AuthenticationMiddleware, backend=LoginBackend())]
    )


@dataclass
class App:
    client: httpx.AsyncClient
    gate: ConsentGate
    vault: Vault
    sink: MemoryTrainingSink


def make_app(
    store: ConsentStore, *, admin_key: str | None = ADMIN_KEY, **kw: Any
) -> tuple[httpx.AsyncClient, ConsentGate, MemoryVault, MemoryTrainingSink]:
    sink, vault = MemoryTrainingSink(), MemoryVault(key=KEY)
    gate = ConsentGate(store, sink, key=KEY, settings=GateSettings(notice_version="2025-01"))
    app = consent_app(consent_routes(gate=gate, vault=vault, admin_key=admin_key, **kw))
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t", headers=AS_SUBJECT
    )
    return client, gate, vault, sink


@pytest.fixture
async def app(store: ConsentStore) -> AsyncIterator[App]:
    client, gate, vault, sink = make_app(store)
    async with client:
        yield App(client, gate, vault, sink)


async def test_give_then_read_then_withdraw(app: App) -> None:
    created = await app.client.post("/consent", json=GIVE)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["state"] == "given" and body["text_hash"] == hash_consent_text(CONSENT_TEXT)
    assert body["notice_version"] == "2025-01" and body["minor"] is False
    assert "subject" not in body
    turn = MaskedTurn.from_texts(SUBJECT, ["hi <PERSON_1>"])
    assert (await app.gate.submit(turn)).written
    read = (await app.client.get(f"/consent/{SUBJECT}")).json()
    assert read["restricted"] is False
    assert [(r["purpose"], r["state"]) for r in read["records"]] == [("model_training", "given")]
    withdrawn = await app.client.post("/consent", json={"subject": SUBJECT, "action": "withdrawn"})
    assert withdrawn.status_code == 201 and withdrawn.json()["state"] == "withdrawn"
    assert (await app.gate.submit(turn)).reason is GateReason.WITHDRAWN


async def test_minor_by_age_is_recorded_and_refused(app: App) -> None:
    response = await app.client.post("/consent", json={**GIVE, "age": 15})
    assert response.status_code == 201 and response.json()["minor"] is True
    decision = await app.gate.submit(MaskedTurn.from_texts(SUBJECT, ["x"]))
    assert decision.reason is GateReason.MINOR


@pytest.mark.parametrize(
    "again",
    [
        {"age": 34},  # a new consent stating another age
        {"age": None},  # ... or leaving the age out
        {"purpose": "analytics", "age": None},  # a minor on one purpose is one on all
    ],
)
async def test_a_minor_cannot_consent_their_way_out(app: App, again: dict[str, Any]) -> None:
    flagged = {**GIVE, "age": 15}
    if again.get("purpose") == "analytics":
        flagged["purpose"] = "analytics"
        assert (await app.client.post("/consent", json={**GIVE, "age": None})).status_code == 201
    assert (await app.client.post("/consent", json=flagged)).json()["minor"] is True
    body = {k: v for k, v in {**GIVE, **again}.items() if v is not None}
    body["purpose"] = "model_training"
    await app.client.post("/consent", json=body)
    decision = await app.gate.submit(MaskedTurn.from_texts(SUBJECT, ["x"]))
    assert decision.reason is GateReason.MINOR
    # Only an operator's erasure lifts it; consent given afterwards counts again.
    assert (
        await app.client.post(f"/admin/consent/{SUBJECT}/erase", headers=AUTH)
    ).status_code == 200
    assert (await app.client.post("/consent", json=GIVE)).json()["minor"] is False
    assert (await app.gate.submit(MaskedTurn.from_texts(SUBJECT, ["x"]))).written


async def test_minor_age_is_configurable(store: ConsentStore) -> None:
    client, *_ = make_app(store, minor_age=13)
    async with client:
        response = await client.post("/consent", json={**GIVE, "age": 14})
    assert response.json()["minor"] is False


@pytest.mark.parametrize(
    ("content_type", "body", "status", "code"),
    [
        ("text/plain", json.dumps(GIVE), 415, "unsupported_media_type"),
        ("application/x-www-form-urlencoded", "subject=x", 415, "unsupported_media_type"),
        ("application/json", "{not json", 400, "invalid_json"),
        ("application/json", b"\xff\xfe", 400, "invalid_json"),
        ("application/json", "[1, 2]", 422, "invalid_body"),
        # An escaped lone surrogate parses, but is no character: no text to hash or store.
        ("application/json", json.dumps({**GIVE, "consent_text": "\ud800"}), 400, "invalid_json"),
        ("application/json", json.dumps({**GIVE, "source": "\udfff"}), 400, "invalid_json"),
        ("application/json", "x" * 20_000, 413, "too_large"),
    ],
)
async def test_malformed_requests(
    app: App, content_type: str, body: str | bytes, status: int, code: str
) -> None:
    response = await app.client.post(
        "/consent", content=body, headers={"content-type": content_type}
    )
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"action": "maybe"}, ["action"]),
        ({"action": None}, ["action"]),
        ({"purpose": "selling"}, ["purpose"]),
        ({"notice_version": None}, ["notice_version"]),
        # Free text is no label: it would sit in the clear in the record and its events.
        ({"notice_version": "v1 as shown to Anna Kowalski"}, ["notice_version"]),
        ({"source": "web form, anna.kowalski@example.org"}, ["source"]),
        ({"source": 42}, ["source"]),
        ({"consent_text": None}, ["consent_text", "consent_text_hash"]),
        ({"consent_text_hash": "abc"}, ["consent_text_hash"]),
        ({"consent_text_hash": "0" * 64}, ["consent_text_hash"]),  # does not match the text
        ({"age": -1}, ["age"]),
        ({"age": "34"}, ["age"]),
        ({"age": True}, ["age"]),
        ({"minor": "no"}, ["minor"]),
        ({"expires_in_days": 0}, ["expires_in_days"]),
        ({"expires_at": 1.0}, ["expires_at"]),
        ({"expires_at": 2e9, "expires_in_days": 3}, ["expires_at", "expires_in_days"]),
        # A deadline past any float: it would be stored, then fail the answer (a 500).
        ({"expires_in_days": 1e306}, ["expires_in_days"]),
        ({"expires_in_days": 10**400}, ["expires_in_days"]),
        ({"expires_at": 10**400}, ["expires_at"]),
        ({"favourite_colour": "blue"}, ["favourite_colour"]),
    ],
)
async def test_invalid_fields_are_named_not_echoed(
    app: App, changes: dict[str, Any], fields: list[str]
) -> None:
    body = {k: v for k, v in (GIVE | changes).items() if v is not None}
    response = await app.client.post("/consent", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["fields"] == fields
    assert SUBJECT not in response.text and CONSENT_TEXT not in response.text
    assert await app.gate.store.events(SUBJECT) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        # A label is stored as sent; a value of label shape must not be (acl13).
        ("source", "GB82WEST12345698765432"),
        ("notice_version", "DE89370400440532013000"),
        ("source", "5555555555554444"),
        ("notice_version", "4111-1111-1111-1111"),
        ("source", "44051401359"),
        ("source", "601234567"),
        ("notice_version", "Anna.Kowalski"),
        ("source", "+48601234567"),
        ("source", "anna.kowalski"),  # a name read as the words it joins
        ("notice_version", "jan_nowak"),
        ("source", "pierre-dupont"),
    ],
)
async def test_a_label_holding_personal_data_is_refused_and_kept_nowhere(
    app: App, field: str, value: str
) -> None:
    response = await app.client.post("/consent", json={**GIVE, field: value})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["fields"] == [field]
    assert value not in response.text
    assert await app.gate.store.events(SUBJECT) == []


@pytest.mark.parametrize(
    "value",
    ["web-form", "cookie-banner", "mobile_app", "2025-01", "v3", "android-3.2", "privacy.v2",
     "onboarding.step2", "20260115", "de-DE", "terms_2025", "app.store", "help-center",
     "google.play", "user.profile", "chat.widget", "newsletter.footer", "sign-up"],
)
async def test_a_label_without_personal_data_is_kept(app: App, value: str) -> None:
    response = await app.client.post("/consent", json={**GIVE, "source": value})
    assert response.status_code == 201, response.text
    assert response.json()["source"] == value


async def test_hash_instead_of_text_and_expiry(app: App) -> None:
    body = {k: v for k, v in GIVE.items() if k != "consent_text"}
    body |= {"consent_text_hash": hash_consent_text(CONSENT_TEXT), "expires_in_days": 30}
    response = await app.client.post("/consent", json=body)
    assert response.status_code == 201
    assert response.json()["expires_at"] > response.json()["given_at"]


async def test_subject_binding_to_the_callers_session(store: ConsentStore) -> None:
    def caller(request: Request) -> str | None:
        return request.headers.get("x-user-id")

    client, *_ = make_app(store, subject_from_request=caller)
    async with client:
        mine = {k: v for k, v in GIVE.items() if k != "subject"}
        ok = await client.post("/consent", json=mine, headers={"x-user-id": SUBJECT})
        assert ok.status_code == 201
        other = await client.post("/consent", json=GIVE, headers={"x-user-id": "mallory"})
        assert other.status_code == 403
        assert (
            await client.get(f"/consent/{SUBJECT}", headers={"x-user-id": "mallory"})
        ).status_code == 403
        # The caller's own consent without its id in the URL.
        own = await client.get("/consent", headers={"x-user-id": SUBJECT})
        assert own.status_code == 200
        assert [(r["purpose"], r["state"]) for r in own.json()["records"]] == [
            ("model_training", "given")
        ]
        assert (await client.get("/consent", headers={"x-user-id": "mallory"})).json() == {
            "restricted": False,
            "records": [],
        }


@pytest.mark.parametrize("subject", ["", 42, "mallory", SUBJECT.upper()])
async def test_consent_for_another_subject_is_forbidden(app: App, subject: Any) -> None:
    response = await app.client.post("/consent", json={**GIVE, "subject": subject})
    assert response.status_code == 403, response.text
    assert await app.gate.store.events(SUBJECT) == []
    assert (await app.client.get("/consent/mallory")).status_code == 403


async def test_subject_may_be_left_out_of_the_body(app: App) -> None:
    mine = {k: v for k, v in GIVE.items() if k != "subject"}
    assert (await app.client.post("/consent", json=mine)).status_code == 201
    read = (await app.client.get(f"/consent/{SUBJECT}")).json()
    assert [r["state"] for r in read["records"]] == ["given"]


OWN_RIGHTS = [
    ("GET", "/consent/me", None),
    ("GET", "/consent/me/export", None),
    ("POST", "/consent/me/erase", {"confirm": "erase"}),
    ("POST", "/consent/me/restriction", None),
    ("DELETE", "/consent/me/restriction", None),
]
ANONYMOUS_CALLS = [
    ("POST", "/consent", GIVE),
    ("POST", "/consent", {k: v for k, v in GIVE.items() if k != "subject"}),
    ("GET", "/consent", None),
    ("GET", f"/consent/{SUBJECT}", None),
    *OWN_RIGHTS,
]


@pytest.mark.parametrize(("method", "path", "body"), ANONYMOUS_CALLS)
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"x-user-id": SUBJECT},  # anyone can set this header: not an identity
        {"x-session-id": SUBJECT},
        {"Authorization": f"Bearer {ADMIN_KEY}"},  # the admin key is not a user
    ],
)
async def test_anonymous_callers_get_401(
    app: App, method: str, path: str, body: Any, headers: dict[str, str]
) -> None:
    anonymous = {LOGIN_HEADER: ""} | headers
    response = await app.client.request(method, path, json=body, headers=anonymous)
    assert response.status_code == 401, response.text
    assert response.json()["error"]["code"] == "unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert SUBJECT not in response.text
    assert await app.gate.store.events(SUBJECT) == []


async def test_async_resolver_and_no_auth_middleware(store: ConsentStore) -> None:
    async def caller(request: Request) -> str | None:
        return "alice" if request.headers.get("authorization") == "Session s-1" else None

    gate = ConsentGate(store, MemoryTrainingSink(), key=KEY)
    app = Starlette(routes=consent_routes(gate=gate, subject_from_request=caller))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        body = {**GIVE, "subject": "alice"}
        assert (await client.post("/consent", json=body)).status_code == 401
        ok = await client.post("/consent", json=body, headers={"authorization": "Session s-1"})
        assert ok.status_code == 201
        # Without a resolver and without an auth middleware nobody is trusted.
        bare = Starlette(routes=consent_routes(gate=gate))
        bare_client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=bare), base_url="http://t"
        )
        async with bare_client:
            assert (
                await bare_client.post("/consent", json=body, headers={"x-user-id": "alice"})
            ).status_code == 401
            assert (await bare_client.get("/consent/alice")).status_code == 401


ADMIN_CALLS = [
    ("GET", f"/admin/consent/{SUBJECT}"),
    ("GET", f"/admin/consent/{SUBJECT}/export"),
    ("POST", f"/admin/consent/{SUBJECT}/erase"),
    ("DELETE", f"/admin/consent/{SUBJECT}"),
    ("POST", f"/admin/consent/{SUBJECT}/restriction"),
    ("DELETE", f"/admin/consent/{SUBJECT}/restriction"),
    *(
        ("POST", f"/admin/consent/{name}")
        for name in ("lookup", "export", "erase", "restrict", "resume")
    ),
]


@pytest.mark.parametrize(("method", "path"), ADMIN_CALLS)
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {ADMIN_KEY}"},
        {"X-API-Key": ADMIN_KEY[:-1]},
        {"X-API-Key": ""},
        {"Authorization": "Bearer "},
    ],
)
async def test_admin_needs_the_key(
    app: App, method: str, path: str, headers: dict[str, str]
) -> None:
    response = await app.client.request(method, path, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert ADMIN_KEY not in response.text


@pytest.mark.parametrize(("method", "path"), ADMIN_CALLS)
@pytest.mark.parametrize("admin_key", [None, ""])
async def test_admin_is_off_without_a_key(
    store: ConsentStore, method: str, path: str, admin_key: str | None
) -> None:
    client, *_ = make_app(store, admin_key=admin_key)
    async with client:
        for headers in ({}, AUTH, {"Authorization": "Bearer "}):
            response = await client.request(method, path, headers=headers)
            assert response.status_code == 404


async def test_admin_key_is_compared_in_constant_time(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert (await app.client.get(f"/admin/consent/{SUBJECT}", headers=AUTH)).status_code == 200
    assert (
        await app.client.get(f"/admin/consent/{SUBJECT}", headers={"X-API-Key": "x"})
    ).status_code == 401
    # Digests are compared (always 32 bytes), so not even the key's length shows in the time.
    digest = hashlib.sha256(ADMIN_KEY.encode()).digest()
    assert calls == [(digest, digest), (hashlib.sha256(b"x").digest(), digest)]


async def test_access_and_restriction(app: App) -> None:
    await app.client.post("/consent", json=GIVE)
    restricted = await app.client.post(f"/admin/consent/{SUBJECT}/restriction", headers=AUTH)
    assert restricted.json() == {"restricted": True, "changed": True}
    assert await app.gate.is_restricted(SUBJECT)
    turn = MaskedTurn.from_texts(SUBJECT, ["x"])
    assert (await app.gate.submit(turn)).reason is GateReason.RESTRICTED
    access = (
        await app.client.get(f"/admin/consent/{SUBJECT}", headers={"X-API-Key": ADMIN_KEY})
    ).json()
    assert access["restricted"] is True
    assert [e["kind"] for e in access["events"]] == ["given", "restricted"]
    assert access["records"][0]["source"] == "web-form"
    resumed = await app.client.delete(f"/admin/consent/{SUBJECT}/restriction", headers=AUTH)
    assert resumed.json() == {"restricted": False, "changed": True}
    assert (await app.gate.submit(turn)).written


async def test_the_body_forms_answer_as_the_url_forms(app: App) -> None:
    """`POST /admin/consent/<op>` with `{"subject": ...}`: the subject is in no URL."""
    session = "sess-body-9c1e"
    await app.client.post("/consent", json={**GIVE, "session_id": session})
    placeholders = await app.vault.assign(
        subject_session(SUBJECT, session), [("PERSON", "Jan Kowalski")], started_at=time.time()
    )
    url = f"/admin/consent/{SUBJECT}"
    body = {"subject": SUBJECT}

    async def both(url_call: tuple[str, str], name: str, extra: dict[str, Any]) -> Any:
        by_url = await app.client.request(*url_call, headers=AUTH)
        by_body = await app.client.post(
            f"/admin/consent/{name}", json={**body, **extra}, headers=AUTH
        )
        assert (by_url.status_code, by_body.status_code) == (200, 200), by_body.text
        return by_url.json(), by_body.json()

    access_url, access_body = await both(("GET", url), "lookup", {})
    assert access_body["records"] == access_url["records"]
    assert access_body["subject_key"] == access_url["subject_key"]
    export_url, export_body = await both(
        ("GET", f"{url}/export?session={session}"), "export", {"sessions": [session]}
    )
    assert export_body["vault"] == export_url["vault"]
    assert list(export_body["vault"].values()) == [{placeholders[0]: "Jan Kowalski"}]
    restricted = await app.client.post("/admin/consent/restrict", json=body, headers=AUTH)
    assert restricted.json() == {"restricted": True, "changed": True}
    assert await app.gate.is_restricted(SUBJECT)
    resumed = await app.client.post("/admin/consent/resume", json=body, headers=AUTH)
    assert resumed.json() == {"restricted": False, "changed": True}
    erased = await app.client.post(
        "/admin/consent/erase", json={**body, "sessions": [session]}, headers=AUTH
    )
    assert erased.status_code == 200 and erased.json()["vault_entries"] == 1
    assert await app.vault.mapping(subject_session(SUBJECT, session)) == {}
    # A subject named like a body route is still read by the URL form (GET).
    named = await app.client.get("/admin/consent/erase", headers=AUTH)
    assert named.status_code == 200 and named.json()["records"] == []


async def test_the_body_forms_reach_subjects_no_url_can_name(app: App) -> None:
    subject = "tenant/7/user 42"  # a `/` never matches `{subject}` in a URL
    assert (await app.client.get(f"/admin/consent/{subject}", headers=AUTH)).status_code == 404
    await app.client.post("/consent", json={**GIVE, "subject": subject}, headers=as_user(subject))
    found = await app.client.post("/admin/consent/lookup", json={"subject": subject}, headers=AUTH)
    assert [r["state"] for r in found.json()["records"]] == ["given"]
    erased = await app.client.post("/admin/consent/erase", json={"subject": subject}, headers=AUTH)
    assert [e["kind"] for e in erased.json()["proof"]] == ["given", "withdrawn", "erased"]


@pytest.mark.parametrize(
    ("name", "payload", "status", "fields"),
    [
        ("lookup", {}, 422, ["subject"]),
        ("lookup", {"subject": ""}, 422, ["subject"]),
        ("lookup", {"subject": 7}, 422, ["subject"]),
        ("lookup", {"subject": "x" * 257}, 422, ["subject"]),
        ("lookup", {"subject": SUBJECT, "sessions": ["s"]}, 422, ["sessions"]),
        ("export", {"subject": SUBJECT, "sessions": "s"}, 422, ["sessions"]),
        ("erase", {"subject": SUBJECT, "sessions": [1]}, 422, ["sessions"]),
        ("restrict", {"subject": SUBJECT, "why": SUBJECT}, 422, ["why"]),
        ("lookup", [SUBJECT], 422, None),
    ],
)
async def test_the_body_forms_name_bad_fields_without_values(
    app: App, name: str, payload: Any, status: int, fields: list[str] | None
) -> None:
    response = await app.client.post(f"/admin/consent/{name}", json=payload, headers=AUTH)
    assert response.status_code == status, response.text
    assert response.json()["error"].get("fields") == fields
    assert SUBJECT not in response.text
    raw = await app.client.post(
        "/admin/consent/lookup", content=SUBJECT, headers={**AUTH, "content-type": "text/plain"}
    )
    assert raw.status_code == 415 and SUBJECT not in raw.text


async def test_store_down_answers_503(redis_prefix: str) -> None:
    from piiguard.consent.redis import RedisConsentStore

    store = RedisConsentStore.from_url("redis://127.0.0.1:1/0", key=KEY, timeout_seconds=0.5)
    client, *_ = make_app(store)
    async with client:
        response = await client.post("/consent", json=GIVE)
        assert response.status_code == 503 and response.headers["retry-after"] == "1"
        assert (await client.get(f"/consent/{SUBJECT}")).status_code == 503
        assert (await client.get(f"/admin/consent/{SUBJECT}", headers=AUTH)).status_code == 503
        for method, path, body in OWN_RIGHTS:
            own = await client.request(method, path, json=body)
            assert own.status_code == 503 and own.headers["retry-after"] == "1", path
            assert SUBJECT not in own.text
    await store.aclose()


async def test_export_then_erase_leaves_nothing_behind(
    tmp_path: Path, redis_url: str, redis_prefix: str
) -> None:
    """Real Redis store, vault and stream sink plus a JSONL sink and a JSONL audit log."""
    from redis.asyncio import Redis

    from piiguard.consent.redis import RedisConsentStore
    from piiguard.training.redis_stream import RedisStreamSink
    from piiguard.vault import RedisVault

    store = RedisConsentStore.from_url(redis_url, key=KEY, prefix=redis_prefix)
    stream = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
    jsonl = JsonlTrainingSink(tmp_path / "training.jsonl")
    audit_path = tmp_path / "audit.jsonl"
    vault = RedisVault(Redis.from_url(redis_url), key=KEY, prefix=redis_prefix)
    gate = ConsentGate(store, stream, key=KEY, extra_sinks=[jsonl], audit=JsonlAuditLog(audit_path))
    app = consent_app(consent_routes(gate=gate, vault=vault, admin_key=ADMIN_KEY))
    values = ["Jan Kowalski", "+48 601 234 567"]
    session = "sess-7f3a"
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t", headers=AS_SUBJECT
    ) as client:
        assert (
            await client.post("/consent", json={**GIVE, "session_id": session})
        ).status_code == 201
        placeholders = await vault.assign(
            session, [("PERSON", values[0]), ("PHONE_NUMBER", values[1])], started_at=time.time()
        )
        masked = f"I am {placeholders[0]}, phone {placeholders[1]}"
        turn = MaskedTurn.from_texts(SUBJECT, [masked], session_id=session)
        assert (await gate.submit(turn)).written  # both sinks receive it
        other = "someone-else"
        await client.post("/consent", json={**GIVE, "subject": other}, headers=as_user(other))
        assert (await gate.submit(MaskedTurn.from_texts(other, ["hello"]))).written

        export = (await client.get(f"/admin/consent/{SUBJECT}/export", headers=AUTH)).json()
        # Sessions are known at rest by their keyed pseudonym only.
        assert export["vault"] == {
            gate.session_name(session): {placeholders[0]: values[0], placeholders[1]: values[1]}
        }
        assert [r["messages"][0]["content"] for r in export["training_records"]] == [masked, masked]
        assert [e["kind"] for e in export["events"]] == ["given"]
        assert gate.session_name(session) in export["sessions"]
        assert session not in json.dumps(export["sessions"])

        erased = await client.post(f"/admin/consent/{SUBJECT}/erase", headers=AUTH)
        assert erased.status_code == 200, erased.text
        report = erased.json()
        assert (report["training_records"], report["vault_entries"]) == (2, 2)
        assert [e["kind"] for e in report["proof"]] == ["given", "withdrawn", "erased"]

        after = (await client.get(f"/admin/consent/{SUBJECT}", headers=AUTH)).json()
        assert after["records"] == [] and after["erased"] is True
        assert [e["kind"] for e in after["events"]] == ["given", "withdrawn", "erased"]
        assert all(e["source"] == "" for e in after["events"])
    decision = await gate.submit(turn)
    assert decision.reason is GateReason.ERASED and not decision.written

    # Nothing about the subject is left: not in the files, not anywhere in Redis.
    raw = Redis.from_url(redis_url)
    dump = [audit_path.read_text(), (tmp_path / "training.jsonl").read_text()]
    async for key in raw.scan_iter(match=f"{redis_prefix}*"):
        dump.append(key.decode())
        kind = (await raw.type(key)).decode()
        if kind == "hash":
            dump.append(repr(await raw.hgetall(key)))
        elif kind == "stream":
            dump.append(repr(await raw.xrange(key)))
        elif kind == "set":
            dump.append(repr(await raw.smembers(key)))
    text = "\n".join(dump)
    for secret in [SUBJECT, session, "kiosk-jan-2", *values, "+48601234567"]:
        assert secret not in text, "erasure left a trace"
    assert gate.subject_key(SUBJECT) in audit_path.read_text()  # pseudonymous proof remains
    assert len(await stream.records_for(gate.subject_key(other))) == 1  # others untouched
    await raw.aclose()
    for part in (store, stream, jsonl, vault):
        await part.aclose()


async def test_erasure_with_memory_parts(store: ConsentStore) -> None:
    client, gate, vault, sink = make_app(MemoryConsentStore(key=KEY))
    async with client:
        await client.post("/consent", json=GIVE)
        # The subject id used as the session:
        await vault.assign(SUBJECT, [("PERSON", "Jan Kowalski")], started_at=time.time())
        await vault.assign("extra-session", [("PERSON", "Jan Kowalski")], started_at=time.time())
        assert (await gate.submit(MaskedTurn.from_texts(SUBJECT, ["<PERSON_1>"]))).written
        response = await client.delete(
            f"/admin/consent/{SUBJECT}", params={"session": "extra-session"}, headers=AUTH
        )
        assert response.json()["vault_entries"] == 2 and response.json()["training_records"] == 1
    assert sink.records == []
    assert await vault.mapping(SUBJECT) == {} and await vault.mapping("extra-session") == {}


async def test_the_subjects_own_rights_are_the_operators_operations(app: App) -> None:
    """`/consent/me...` answers what the admin routes answer for the caller's subject."""
    await app.client.post("/consent", json=GIVE)
    session = subject_session(SUBJECT, "s1")
    await app.vault.assign(session, [("PERSON", "Jan Kowalski")], started_at=time.time())
    await app.gate.link_session(SUBJECT, session)
    assert (await app.gate.submit(MaskedTurn.from_texts(SUBJECT, ["hi <PERSON_1>"]))).written
    for own, admin in (("/consent/me", ""), ("/consent/me/export", "/export")):
        mine = (await app.client.get(own)).json()
        operator = (await app.client.get(f"/admin/consent/{SUBJECT}{admin}", headers=AUTH)).json()
        # The operator's export also lists the session named by the bare subject id (a
        # session without a subject, anyone's): the subject's own leaves it out.
        assert set(mine.pop("sessions", [])) < set(operator.pop("sessions", [None]))
        assert mine == operator, own
    export = (await app.client.get("/consent/me/export")).json()
    assert list(export["vault"].values()) == [{"<PERSON_1>": "Jan Kowalski"}]
    assert len(export["training_records"]) == 1
    refused = await app.client.post("/consent/me/erase", json={"confirm": "no"})
    assert refused.status_code == 422 and refused.json()["error"]["fields"] == ["confirm"]
    assert len(app.sink.records) == 1
    erased = await app.client.post("/consent/me/erase", json={"confirm": "erase"})
    assert erased.status_code == 200
    report = erased.json()
    assert report["training_records"] == 1 and report["vault_entries"] == 1
    assert report["proof"][-1]["kind"] == "erased"
    assert app.sink.records == [] and await app.vault.mapping(session) == {}


@pytest.mark.parametrize(
    ("set_by", "lift", "status"),
    [
        ("me", "me", 200),
        ("admin", "me", 409),
        ("me", "admin", 200),
        ("admin", "admin", 200),
    ],
)
async def test_a_subject_lifts_only_its_own_restriction(
    app: App, set_by: str, lift: str, status: int
) -> None:
    routes = {"me": ("/consent/me/restriction", {}), "admin": (
        f"/admin/consent/{SUBJECT}/restriction", AUTH
    )}
    path, headers = routes[set_by]
    assert (await app.client.post(path, headers=headers)).json()["changed"] is True
    path, headers = routes[lift]
    lifted = await app.client.delete(path, headers=headers)
    assert lifted.status_code == status, lifted.text
    assert await app.gate.is_restricted(SUBJECT) is (status != 200)
    if status == 409:
        assert lifted.json()["error"]["code"] == "restricted_by_operator"
        assert SUBJECT not in lifted.text
    sources = [e.source for e in await app.gate.store.events(SUBJECT)]
    assert sources[0] == ("subject" if set_by == "me" else "admin")


# A restriction needs no body; one that names a subject must name the caller (as for
# erasure): a 2xx for `{"subject": "someone-else"}` reads as "someone-else restricted".
@pytest.mark.parametrize(
    ("method", "body", "status", "restricted"),
    [
        ("POST", None, 200, True),
        ("POST", {}, 200, True),
        ("POST", {"subject": SUBJECT}, 200, True),
        ("POST", {"subject": "someone-else"}, 403, False),
        ("POST", {"subject": SUBJECT.upper()}, 403, False),
        ("POST", {"subject": "x", "other": 1}, 422, False),
        ("POST", [SUBJECT], 422, False),
        ("DELETE", {"subject": "someone-else"}, 403, True),
        ("DELETE", {"subject": SUBJECT}, 200, False),
    ],
)
async def test_a_restriction_body_may_name_only_the_caller(
    app: App, method: str, body: Any, status: int, restricted: bool
) -> None:
    if method == "DELETE":
        assert (await app.client.post("/consent/me/restriction")).status_code == 200
    content = None if body is None else json.dumps(body).encode()
    headers = {} if body is None else {"content-type": "application/json"}
    response = await app.client.request(
        method, "/consent/me/restriction", content=content, headers=headers
    )
    assert response.status_code == status, response.text
    assert "someone-else" not in response.text
    assert await app.gate.is_restricted(SUBJECT) is restricted
    assert await app.gate.is_restricted("someone-else") is False


# A member name is the client's to choose: a value written as one ("anna.kowalski@...":
# 1) must not come back in the error (nor in whatever logs error bodies on the way). A
# name that looks like a field name (a typo: `favourite_colour`) is still named.
VALUE_AS_NAME = "anna.kowalski@example.org"


@pytest.mark.parametrize(
    ("path", "body", "headers", "named"),
    [
        ("/consent", {**GIVE, VALUE_AS_NAME: 1}, {}, []),
        ("/consent", {**GIVE, VALUE_AS_NAME: 1, "favourite_colour": "blue"}, {},
         ["favourite_colour"]),
        ("/consent", {**GIVE, "+48 601 234 567": 1}, {}, []),
        ("/consent", {**GIVE, "Anna Kowalska": 1}, {}, []),
        ("/consent/me/erase", {"confirm": "erase", VALUE_AS_NAME: True}, {}, []),
        ("/admin/consent/lookup", {"subject": SUBJECT, VALUE_AS_NAME: 1}, AUTH, []),
        ("/admin/consent/export", {"subject": SUBJECT, "sessions": [], VALUE_AS_NAME: 1}, AUTH,
         []),
        ("/admin/consent/erase", {"subject": SUBJECT, "sesions": []}, AUTH, ["sesions"]),
    ],
)
async def test_unknown_members_named_by_a_value_are_not_echoed(
    app: App, path: str, body: dict[str, Any], headers: dict[str, str], named: list[str]
) -> None:
    response = await app.client.post(path, json=body, headers=headers)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_fields"
    assert error.get("fields", []) == named
    for name in body:
        if name not in named and name not in ("subject", "confirm", "sessions", *GIVE):
            assert name not in response.text and name.lower() not in response.text.lower()
    assert "unknown" in error["message"]
    assert await app.gate.store.events(SUBJECT) == []


# Every answer of the consent API may hold personal data (consent state, history, an
# export of the original values) or say something about a person (a 403 for another
# subject): no browser, reverse proxy or CDN cache may keep it.
NO_STORE_CALLS = [
    ("POST", "/consent", GIVE, AS_SUBJECT),
    ("GET", "/consent", None, AS_SUBJECT),
    ("GET", f"/consent/{SUBJECT}", None, AS_SUBJECT),
    ("GET", "/consent/someone-else", None, AS_SUBJECT),
    ("GET", "/consent/me", None, AS_SUBJECT),
    ("GET", "/consent/me/export", None, AS_SUBJECT),
    ("POST", "/consent/me/restriction", None, AS_SUBJECT),
    ("DELETE", "/consent/me/restriction", None, AS_SUBJECT),
    ("GET", f"/admin/consent/{SUBJECT}", None, AUTH),
    ("GET", f"/admin/consent/{SUBJECT}/export", None, AUTH),
    ("POST", "/admin/consent/export", {"subject": SUBJECT}, AUTH),
    ("POST", "/admin/consent/lookup", {"subject": SUBJECT}, AUTH),
    ("GET", f"/admin/consent/{SUBJECT}/export", None, {"Authorization": "Bearer wrong-key-123456"}),
    ("GET", "/consent/me", None, {LOGIN_HEADER: ""}),
    ("POST", "/consent/me/erase", {"confirm": "erase"}, AS_SUBJECT),
]


@pytest.mark.parametrize(("method", "path", "body", "headers"), NO_STORE_CALLS)
async def test_no_answer_of_the_consent_api_may_be_cached_or_sniffed(
    app: App, method: str, path: str, body: Any, headers: dict[str, str]
) -> None:
    """No cache may keep an answer, and no browser may read one as anything but JSON
    (`nosniff`: an export holds the user's own text, which may look like markup)."""
    await app.client.post("/consent", json=GIVE)
    reply = await app.client.request(method, path, json=body, headers=headers)
    assert reply.headers.get("cache-control") == "no-store", (reply.status_code, reply.headers)
    assert reply.headers.get("pragma") == "no-cache"
    assert reply.headers.get("x-content-type-options") == "nosniff"
    assert reply.headers.get("content-type", "").startswith("application/json")


async def test_labels_are_read_off_the_event_loop(store: ConsentStore) -> None:
    """While a consent change's labels are being read, the loop serves other requests:
    the reading runs in a worker thread, never the loop's own."""
    detector = held_detector()
    client, gate, _, _ = make_app(store, label_detector=detector)
    loop_thread = threading.get_ident()
    async with client, anyio.create_task_group() as tasks:
        answers: list[httpx.Response] = []

        async def give() -> None:
            answers.append(await client.post("/consent", json=GIVE))

        tasks.start_soon(give)
        assert await anyio.to_thread.run_sync(detector.entered.wait, 5.0)
        read = await client.get("/consent")  # answered while the labels are held
        held = not detector.release.is_set()
        detector.release.set()
    assert read.status_code == 200 and held
    assert detector.threads and loop_thread not in detector.threads
    assert answers[0].status_code == 201, answers[0].text
    assert [e.kind for e in await gate.store.events(SUBJECT)] == ["given"]


async def test_a_full_label_queue_refuses_the_change_and_stores_nothing(
    store: ConsentStore,
) -> None:
    """One change's labels held with room for one: the next change answers 503 with
    Retry-After at once and stores nothing; the first completes when let go."""
    detector = held_detector()
    runner = DetectionRunner(detector, threads=1, max_pending=1, timeout_seconds=5.0)
    client, gate, _, _ = make_app(store, label_detector=detector, label_runner=runner)
    async with client, anyio.create_task_group() as tasks:
        answers: list[httpx.Response] = []

        async def give() -> None:
            answers.append(await client.post("/consent", json=GIVE))

        tasks.start_soon(give)
        assert await anyio.to_thread.run_sync(detector.entered.wait, 5.0)
        refused = await client.post("/consent", json={**GIVE, "action": "withdrawn"})
        detector.release.set()
    assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
    assert refused.json()["error"]["code"] == "overloaded"
    assert answers[0].status_code == 201
    assert [e.kind for e in await gate.store.events(SUBJECT)] == ["given"]


class FailingDetector(Detector):
    """A detector that fails with the text in its message (a careless model wrapper)."""

    def detect(self, text: str) -> list[Span]:
        raise RuntimeError(f"cannot read {text!r}")


class SlowDetector(Detector):
    def detect(self, text: str) -> list[Span]:
        time.sleep(0.5)
        return super().detect(text)


@pytest.mark.parametrize(
    ("detector", "timeout"),
    [(FailingDetector.patterns(), 2.0), (SlowDetector.patterns(), 0.05)],
    ids=["fails", "misses-its-deadline"],
)
async def test_a_label_check_that_fails_refuses_the_change_and_stores_nothing(
    store: ConsentStore, detector: Detector, timeout: float
) -> None:
    runner = DetectionRunner(detector, timeout_seconds=timeout)
    client, gate, _, _ = make_app(store, label_detector=detector, label_runner=runner)
    label = "GB82WEST12345698765432"
    async with client:
        response = await client.post("/consent", json={**GIVE, "source": label})
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "detection_unavailable"
    assert response.headers["retry-after"] == "1" and label not in response.text
    assert await gate.store.events(SUBJECT) == []


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/consent", AS_SUBJECT),
        ("/consent/me/erase", AS_SUBJECT),
        ("/admin/consent/erase", AUTH),
    ],
)
async def test_a_client_gone_in_the_middle_of_a_body_is_answered_not_raised(
    store: ConsentStore, path: str, headers: dict[str, str]
) -> None:
    """Found by probe_acl15: a client gone in the middle of a change's body (a broken
    chunk, a dropped connection) raised `ClientDisconnect` out of the consent API, a
    traceback in the server's log for each such request. It is answered (400, for
    nobody) and nothing is changed."""
    client, gate, _, _ = make_app(store)
    await client.aclose()
    app = consent_app(consent_routes(gate=gate, vault=MemoryVault(key=KEY), admin_key=ADMIN_KEY))
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": b'{"action": "gi', "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "server": ("t", 80), "client": ("127.0.0.1", 5000),
        "headers": [(b"host", b"t"), (b"content-type", b"application/json"),
                    *((k.lower().encode(), v.encode()) for k, v in headers.items())],
    }
    await app(scope, receive, send)
    assert [m["status"] for m in sent if m["type"] == "http.response.start"] == [400]
    assert await gate.store.events(SUBJECT) == []
