"""Self-service rights, end to end on a real proxy (uvicorn) and the real Redis: a data
subject reads, exports, erases and restricts its OWN data at `/consent/me...`, on the
same trusted identity as `/consent` (a key bound to it, a back-end key naming it, a
signed subject token), never another subject's; erasure needs an explicit confirmation
and really removes the vault entries and training rows; a restriction refuses later
chats, and a subject lifts only a restriction of its own."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from at_rest import dump_redis, leaks

from piiguard.auth import claimed_subject, mint_subject_token

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .upstream import RecordingUpstream

pytestmark = pytest.mark.redis

SECRET = "rights-token-secret-0123456789abcdef"
ADMIN = "rights-admin-key-0123456789"
KEY_ALICE = "key-alice-rights-0123456789abcdef"
KEY_BOB = "key-bob-rights-0123456789abcdef"
KEY_BACKEND = "key-backend-rights-0123456789abcdef"  # a trusted back end: may name the subject
KEY_PLAIN = "key-plain-rights-0123456789abcdef"  # authenticates, acts for nobody
CLIENT_KEYS = (f"{KEY_ALICE}=alice", f"{KEY_BOB}=bob", f"{KEY_BACKEND}=*", KEY_PLAIN)
ALICE_VALUE = "alice.private@example.org"
BOB_VALUE = "bob.private@example.org"
GIVE = {
    "action": "given",
    "notice_version": "v1",
    "consent_text": "I agree to the use of my chats for training",
}
CONFIRM = {"confirm": "erase"}


def token(subject: str) -> dict[str, str]:
    # Minted when the tables below are built, at collection; `remint` makes them fresh when
    # a test runs (a token lives at most an hour, and an export wants one minted just now).
    minted = mint_subject_token(SECRET, subject, audience=TOKEN_AUDIENCE, ttl_seconds=3600)
    return {"x-piiguard-subject-token": minted}


def remint(headers: dict[str, str]) -> dict[str, str]:
    """`headers` with its subject token, if any, minted again now for the same subject."""
    minted = headers.get("x-piiguard-subject-token")
    if minted is None:
        return headers
    subject = claimed_subject(minted)
    assert subject is not None
    return {**headers, **token(subject)}


def bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


AS_ALICE = {
    "key bound to alice": bearer(KEY_ALICE),
    "alice's token": token("alice"),
    "back-end key naming alice": {**bearer(KEY_BACKEND), "x-user-id": "alice"},
    "alice's key and alice's token": {**bearer(KEY_ALICE), **token("alice")},
}
NOT_ALICE_NOR_ANYONE = {  # nobody piiguard trusts: 401
    "no credential": {},
    "x-user-id alone": {"x-user-id": "alice"},
    "a key bound to nobody": bearer(KEY_PLAIN),
    "an unknown key": bearer("key-unknown-0123456789abcdef"),
    "the admin key": {"x-api-key": ADMIN},
}
ALICE_ASKING_AS_BOB = {  # a trusted identity naming another subject: 403
    "key bound to alice, x-user-id bob": {**bearer(KEY_ALICE), "x-user-id": "bob"},
    "alice's token, x-user-id bob": {**token("alice"), "x-user-id": "bob"},
    "key bound to alice, bob's token": {**bearer(KEY_ALICE), **token("bob")},
    "back-end key naming bob, alice's token": {
        **bearer(KEY_BACKEND), "x-user-id": "bob", **token("alice")
    },
}
ROUTES = [
    ("GET", "/consent/me", None),
    ("GET", "/consent/me/export", None),
    ("POST", "/consent/me/erase", CONFIRM),
    ("POST", "/consent/me/restriction", None),
    ("DELETE", "/consent/me/restriction", None),
]


def settings(redis_url: str, redis_prefix: str) -> dict[str, Any]:
    return {
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        "secret_key": "rights-secret-key",
        "training_sink": "redis",
        "consent_notice_version": "v1",
        "consent_admin_key": ADMIN,
    }


def chat(text: str) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": "user", "content": text}]}


async def _redis(redis_url: str, prefix: str) -> tuple[list[str], dict[str, list[str]], int]:
    """Every text under the prefix, each key's hash fields (vault keys only), the stream's
    length."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        texts, _ = await dump_redis(client, prefix)
        keys = [k.decode() async for k in client.scan_iter(f"{prefix}:*")]
        vault = {
            k: sorted(f.decode() for f in await client.hkeys(k)) for k in keys if ":vault:" in k
        }
        streamed = int(await client.xlen(f"{prefix}:training"))
        return [*texts, *keys], vault, streamed
    finally:
        await client.aclose()


def redis_state(redis_url: str, prefix: str) -> tuple[list[str], dict[str, list[str]], int]:
    return asyncio.run(_redis(redis_url, prefix))


def wait_for_stream(redis_url: str, prefix: str, expected: int) -> int:
    deadline = time.monotonic() + 10
    while True:
        streamed = redis_state(redis_url, prefix)[2]
        if streamed >= expected or time.monotonic() > deadline:
            return streamed
        time.sleep(0.02)


def proxy(make_proxy: ProxyFactory, redis_url: str, redis_prefix: str) -> Any:
    return make_proxy(
        settings(redis_url, redis_prefix), client_keys=CLIENT_KEYS, subject_token_secret=SECRET
    )


def assert_error(reply: httpx.Response, status: int, code: str) -> None:
    assert reply.status_code == status, reply.text
    assert reply.json()["error"]["code"] == code


# -- who may call ----------------------------------------------------------------------------


@pytest.mark.parametrize("headers", NOT_ALICE_NOR_ANYONE.values(), ids=list(NOT_ALICE_NOR_ANYONE))
def test_without_a_trusted_identity_every_right_is_401(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, headers: dict[str, str]
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        assert c.post("/consent", json=GIVE, headers=bearer(KEY_ALICE)).status_code == 201
        for method, path, body in ROUTES:
            reply = c.request(method, path, json=body, headers=headers)
            assert reply.status_code == 401, (method, path, reply.text)
            assert "alice" not in reply.text
        # Alice's consent is untouched: nothing was erased or restricted.
        own = c.get("/consent/me", headers=bearer(KEY_ALICE)).json()
        assert [r["state"] for r in own["records"]] == ["given"] and not own["restricted"]


@pytest.mark.parametrize("headers", ALICE_ASKING_AS_BOB.values(), ids=list(ALICE_ASKING_AS_BOB))
def test_another_subject_is_403(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, headers: dict[str, str]
) -> None:
    headers = remint(headers)
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        c.post("/consent", json=GIVE, headers=bearer(KEY_BOB))
        for method, path, body in ROUTES:
            reply = c.request(method, path, json=body, headers=headers)
            assert reply.status_code == 403, (method, path, reply.text)
            assert "bob" not in reply.text
        # A body naming another subject is refused too, whoever asks.
        erase = c.post("/consent/me/erase", json={**CONFIRM, "subject": "bob"},
                       headers=bearer(KEY_ALICE))
        assert_error(erase, 403, "forbidden")
        bob = c.get("/consent/me", headers=bearer(KEY_BOB)).json()
    assert [r["state"] for r in bob["records"]] == ["given"] and not bob["restricted"]


# -- access and export -------------------------------------------------------------------------


@pytest.mark.parametrize("headers", AS_ALICE.values(), ids=list(AS_ALICE))
def test_a_subject_reads_and_exports_its_own_data_only(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, headers: dict[str, str]
) -> None:
    headers = remint(headers)
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        for who, value in ((bearer(KEY_ALICE), ALICE_VALUE), (bearer(KEY_BOB), BOB_VALUE)):
            assert c.post("/consent", json=GIVE, headers=who).status_code == 201
            sent = c.post(
                "/v1/chat/completions", json=chat(f"mail me at {value}"),
                headers={**who, "x-session-id": "s1"},
            )
            assert sent.status_code == 200, sent.text
        assert wait_for_stream(redis_url, redis_prefix, 2) == 2
        access = c.get("/consent/me", headers=headers)
        export = c.get("/consent/me/export", headers=headers)
        admin = c.get("/admin/consent/alice/export", headers={"x-api-key": ADMIN})
    assert access.status_code == 200, access.text
    seen = access.json()
    assert [r["state"] for r in seen["records"]] == ["given"]
    assert [e["kind"] for e in seen["events"]] == ["given"]
    assert seen["restricted"] is False and seen["erased"] is False
    assert export.status_code == 200, export.text
    data = export.json()
    # The admin export's format, with the subject's own values and training rows.
    assert set(data) == set(admin.json())
    assert data["subject"] == "alice" and data["subject_key"] == admin.json()["subject_key"]
    assert [v for m in data["vault"].values() for v in m.values()] == [ALICE_VALUE]
    assert len(data["training_records"]) == 1
    assert "<EMAIL_ADDRESS_1>" in str(data["training_records"][0]["messages"])
    assert BOB_VALUE not in export.text and BOB_VALUE not in access.text
    assert "bob" not in export.text


def test_a_back_end_key_naming_bob_is_bob(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """`KEY=*` is a trusted back end: naming bob in x-user-id acts for bob, as on /consent."""
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        c.post("/consent", json=GIVE, headers=bearer(KEY_ALICE))
        c.post("/v1/chat/completions", json=chat(f"I am {BOB_VALUE}"), headers=bearer(KEY_BOB))
        as_bob = {**bearer(KEY_BACKEND), "x-user-id": "bob"}
        export = c.get("/consent/me/export", headers=as_bob)
    assert export.status_code == 200
    assert export.json()["subject"] == "bob" and BOB_VALUE in export.text
    assert ALICE_VALUE not in export.text and export.json()["records"] == []


def test_a_subject_with_no_data_gets_an_empty_valid_answer(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        nobody = token("new-subject-9c1d")
        access = c.get("/consent/me", headers=nobody)
        export = c.get("/consent/me/export", headers=nobody)
        erase = c.post("/consent/me/erase", json=CONFIRM, headers=nobody)
    assert access.status_code == export.status_code == erase.status_code == 200
    assert access.json()["records"] == [] and access.json()["events"] == []
    data = export.json()
    assert data["records"] == [] and data["vault"] == {} and data["training_records"] == []
    report = erase.json()
    assert report["training_records"] == 0 and report["vault_entries"] == 0
    assert report["proof"][-1]["kind"] == "erased"


def test_a_subject_never_reads_an_anonymous_session_named_like_it(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """The operator's export also looks at the session whose id is the subject's id; that
    session, when it has no subject, is anyone's: the subject's own export leaves it out,
    and its own erasure leaves it alone."""
    stranger = "stranger.private@example.org"
    with (
        make_proxy(
            {**settings(redis_url, redis_prefix), "trust_identity_headers": True},
        ) as url,
        httpx.Client(base_url=url) as c,
    ):
        anonymous = c.post(
            "/v1/chat/completions", json=chat(f"I am {stranger}"),
            headers={"x-session-id": "alice"},
        )
        assert anonymous.status_code == 200
        mine = {"x-user-id": "alice"}
        export = c.get("/consent/me/export", headers=mine)
        erase = c.post("/consent/me/erase", json=CONFIRM, headers=mine)
        operator = c.get("/admin/consent/alice/export", headers={"x-api-key": ADMIN})
    assert export.status_code == 200 and stranger not in export.text
    assert erase.json()["vault_entries"] == 0
    assert stranger in operator.text  # still there, for the operator's own decision


# -- erasure -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (None, 415, "unsupported_media_type"),
        ({}, 422, "invalid_fields"),
        ({"confirm": "yes"}, 422, "invalid_fields"),
        ({"confirm": "ERASE"}, 422, "invalid_fields"),
        ({"confirm": True}, 422, "invalid_fields"),
        ({**CONFIRM, "sessions": ["s1"]}, 422, "invalid_fields"),
        ([CONFIRM], 422, "invalid_body"),
        ({"confirm": "erase", "pad": "x" * 20_000}, 413, "too_large"),
    ],
)
def test_erasure_needs_an_explicit_confirmation(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    body: Any,
    status: int,
    code: str,
) -> None:
    headers = {**bearer(KEY_ALICE), "x-session-id": "s1"}
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        c.post("/consent", json=GIVE, headers=headers)
        c.post("/v1/chat/completions", json=chat(f"I am {ALICE_VALUE}"), headers=headers)
        assert wait_for_stream(redis_url, redis_prefix, 1) == 1
        before = redis_state(redis_url, redis_prefix)
        reply = c.post("/consent/me/erase", json=body, headers=headers)
        after = redis_state(redis_url, redis_prefix)
    assert_error(reply, status, code)
    if status == 422 and isinstance(body, dict) and set(body) == {"confirm"}:
        assert reply.json()["error"]["fields"] == ["confirm"]
    assert after[1:] == before[1:]  # the vault and the stream are as they were
    assert ALICE_VALUE not in reply.text


def test_erasure_removes_the_subjects_vault_entries_and_training_rows(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    alice = {**bearer(KEY_ALICE), "x-session-id": "shared-id"}
    bob = {**bearer(KEY_BOB), "x-session-id": "shared-id"}
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        for who, value in ((alice, ALICE_VALUE), (bob, BOB_VALUE)):
            c.post("/consent", json=GIVE, headers=who)
            for text in (f"I am {value}", "call +49 30 12345678"):
                assert c.post("/v1/chat/completions", json=chat(text), headers=who).is_success
        # A value outside any user turn (the query) is linked and erased too.
        query = c.get(f"/v1/models?q={ALICE_VALUE}", headers=bearer(KEY_ALICE))
        assert query.status_code == 200
        assert wait_for_stream(redis_url, redis_prefix, 4) == 4
        _, vault_before, _ = redis_state(redis_url, redis_prefix)
        erased = c.post("/consent/me/erase", json=CONFIRM, headers=alice)
        assert erased.status_code == 200, erased.text
        texts, vault, streamed = redis_state(redis_url, redis_prefix)
        export = c.get("/consent/me/export", headers=alice).json()
        bob_export = c.get("/consent/me/export", headers=bob).json()
    report = erased.json()
    assert report["training_records"] == 2 and report["vault_entries"] >= 2
    assert report["proof"][-1]["kind"] == "erased"
    assert streamed == 2  # bob's two rows stay
    # Alice's sessions (the chat's and the query's) are tombstones now (an erasure also
    # leaves one under her computed session names that held nothing); bob's is whole.
    kept = {k: fields for k, fields in vault.items() if fields != ["erased_at"]}
    assert len(vault_before) == 3 and len(kept) == 1
    assert all(vault_before[k] == fields for k, fields in kept.items())
    assert all(vault[k] == ["erased_at"] for k in set(vault_before) - set(kept))
    assert leaks(texts, [ALICE_VALUE]) == []
    # Nothing of alice's is left to export; bob's data is whole.
    assert export["vault"] == {} and export["training_records"] == [] and export["erased"]
    assert BOB_VALUE in str(bob_export["vault"]) and len(bob_export["training_records"]) == 2


def test_the_self_service_erasure_is_the_operators_erasure(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """The same report and the same proof as the admin route, for the same data."""
    reports = []
    for route in ("self", "admin"):
        prefix = f"{redis_prefix}-{route}"
        with proxy(make_proxy, redis_url, prefix) as url, httpx.Client(base_url=url) as c:
            headers = {**bearer(KEY_ALICE), "x-session-id": "s1"}
            c.post("/consent", json=GIVE, headers=headers)
            c.post("/v1/chat/completions", json=chat(f"I am {ALICE_VALUE}"), headers=headers)
            assert wait_for_stream(redis_url, prefix, 1) == 1
            if route == "self":
                reply = c.post("/consent/me/erase", json=CONFIRM, headers=headers)
            else:
                reply = c.post(
                    "/admin/consent/erase", json={"subject": "alice"}, headers={"x-api-key": ADMIN}
                )
            assert reply.status_code == 200
            reports.append(reply.json())
            _, vault, streamed = redis_state(redis_url, prefix)
        assert streamed == 0 and all(f == ["erased_at"] for f in vault.values())
    for report in reports:
        for event in report["proof"]:
            for varying in ("at", "record_id", "event_id"):
                event.pop(varying, None)
    self_report, admin_report = reports
    assert self_report["proof"] == admin_report["proof"]
    assert self_report["training_records"] == admin_report["training_records"] == 1
    assert self_report["vault_entries"] == admin_report["vault_entries"]


# -- restriction --------------------------------------------------------------------------------


def test_a_subject_restricts_and_lifts_its_own_processing(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
) -> None:
    fake, _ = upstream
    alice = token("alice")
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        # Each change with a fresh token: a token makes one change (test_token_replay.py).
        restricted = c.post("/consent/me/restriction", headers=token("alice"))
        assert restricted.json() == {"restricted": True, "changed": True}
        again = c.post("/consent/me/restriction", headers=token("alice"))
        assert again.json()["changed"] is False
        seen = len(fake.requests)
        refused = c.post("/v1/chat/completions", json=chat(f"I am {ALICE_VALUE}"), headers=alice)
        assert_error(refused, 403, "processing_restricted")
        assert len(fake.requests) == seen
        _, vault, _ = redis_state(redis_url, redis_prefix)
        assert vault == {}  # refused before anything was stored
        # Bob is not restricted; alice still reads her own data.
        assert c.post("/v1/chat/completions", json=chat("hi"), headers=token("bob")).is_success
        assert c.get("/consent/me", headers=alice).json()["restricted"] is True
        lifted = c.delete("/consent/me/restriction", headers=token("alice"))
        assert lifted.json() == {"restricted": False, "changed": True}
        assert c.post("/v1/chat/completions", json=chat("hello"), headers=alice).is_success
        events = [e["kind"] for e in c.get("/consent/me", headers=alice).json()["events"]]
    assert events == ["restricted", "unrestricted"]


def test_a_subject_cannot_lift_the_operators_restriction(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    alice = bearer(KEY_ALICE)
    with proxy(make_proxy, redis_url, redis_prefix) as url, httpx.Client(base_url=url) as c:
        admin = {"x-api-key": ADMIN}
        assert c.post("/admin/consent/restrict", json={"subject": "alice"}, headers=admin)
        lift = c.delete("/consent/me/restriction", headers=alice)
        assert_error(lift, 409, "restricted_by_operator")
        assert_error(
            c.post("/v1/chat/completions", json=chat("hi"), headers=alice),
            403,
            "processing_restricted",
        )
        c.post("/admin/consent/resume", json={"subject": "alice"}, headers=admin)
        assert c.post("/v1/chat/completions", json=chat("hi"), headers=alice).is_success
        # A subject's own restriction, once the operator's is gone, is the subject's again.
        assert c.post("/consent/me/restriction", headers=alice).json()["changed"] is True
        assert c.delete("/consent/me/restriction", headers=alice).json()["changed"] is True


# -- who asked, in the audit log ----------------------------------------------------------------


def test_the_audit_log_says_whether_the_operator_or_the_subject_asked(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, tmp_path: Any
) -> None:
    """Every rights request's audit entry names the kind of actor (the operator with the
    admin key, or the subject itself), and nothing personal."""
    import json

    audit = tmp_path / "audit.jsonl"
    admin = {"x-api-key": ADMIN}
    alice = bearer(KEY_ALICE)
    with (
        make_proxy(
            {**settings(redis_url, redis_prefix), "audit_path": str(audit)},
            client_keys=CLIENT_KEYS, subject_token_secret=SECRET,
        ) as url,
        httpx.Client(base_url=url) as c,
    ):
        steps = [
            ("POST", "/consent", GIVE, alice, "subject"),
            ("GET", "/consent/me", None, alice, "subject"),
            ("GET", "/consent/me/export", None, alice, "subject"),
            ("POST", "/consent/me/restriction", None, alice, "subject"),
            ("DELETE", "/consent/me/restriction", None, alice, "subject"),
            ("GET", "/admin/consent/alice", None, admin, "admin"),
            ("POST", "/admin/consent/export", {"subject": "alice"}, admin, "admin"),
            ("POST", "/admin/consent/alice/restriction", None, admin, "admin"),
            ("POST", "/admin/consent/resume", {"subject": "alice"}, admin, "admin"),
            ("POST", "/consent/me/erase", CONFIRM, alice, "subject"),
            ("POST", "/admin/consent/erase", {"subject": "alice"}, admin, "admin"),
        ]
        expected: list[tuple[str, str]] = []
        for method, path, body, headers, actor in steps:
            before = len(audit.read_text().splitlines()) if audit.exists() else 0
            reply = c.request(method, path, json=body, headers=headers)
            assert reply.is_success, (path, reply.text)
            lines = audit.read_text().splitlines()[before:]
            entries = [json.loads(line) for line in lines]
            assert entries, path
            # The request's own entries (an erasure also withdraws consent first).
            expected += [(e["action"], actor) for e in entries]
            for entry in entries:
                assert entry.get("actor") == actor, (path, entry)
    text = audit.read_text()
    assert leaks([text], ["alice", ALICE_VALUE, KEY_ALICE, ADMIN]) == []
    assert {a for a, _ in expected} >= {
        "consent_given", "accessed", "exported", "restricted", "unrestricted", "erased"
    }
