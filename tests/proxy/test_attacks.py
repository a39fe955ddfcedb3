"""An outside attacker against a real proxy on uvicorn with the real Redis: forged,
expired and mismatched subject tokens; another subject's consent; another session's
values through the consent API's session links; the admin API without its key, with
path tricks and through its body-based routes; and what an erasure leaves at rest."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import httpx
import pytest
from at_rest import dump_redis, leaks

from piiguard.auth import mint_subject_token

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .upstream import RecordingUpstream

pytestmark = pytest.mark.redis

SECRET = "attack-token-secret-0123456789abcdef"
ADMIN = "attack-admin-key-0123456789"
VICTIM = "victim-3f1c9a2e"
ATTACKER = "attacker-77d0b4e1"
VICTIM_SESSION = "victim-anon-session-5b2e90c7"
VICTIM_VALUE = "victim.private@example.org"
GIVE = {
    "action": "given",
    "notice_version": "v1",
    "consent_text": "I agree to the use of my chats for training",
}


def token(subject: str, ttl: float = 300) -> dict[str, str]:
    minted = mint_subject_token(SECRET, subject, audience=TOKEN_AUDIENCE, ttl_seconds=ttl)
    return {"x-piiguard-subject-token": minted}


def guard_settings(redis_url: str, redis_prefix: str) -> dict[str, Any]:
    return {
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        "secret_key": "attack-secret-key",
        "training_sink": "redis",
        "consent_notice_version": "v1",
        "consent_admin_key": ADMIN,
    }


def chat(text: str) -> dict[str, Any]:
    return {"model": "echo", "messages": [{"role": "user", "content": text}]}


async def _dump(redis_url: str, prefix: str) -> tuple[list[str], list[str], int]:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        texts, _ = await dump_redis(client, prefix)
        keys = [k.decode() async for k in client.scan_iter(f"{prefix}:*")]
        return texts, keys, int(await client.xlen(f"{prefix}:training"))
    finally:
        await client.aclose()


def test_tokens_cannot_act_for_another_subject(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url) as c,
    ):
        assert c.post("/consent", json={**GIVE}, headers=token(VICTIM)).status_code == 201
        forged = mint_subject_token("x" * 36, ATTACKER, audience=TOKEN_AUDIENCE, ttl_seconds=300)
        expired = mint_subject_token(
            SECRET, VICTIM, audience=TOKEN_AUDIENCE, ttl_seconds=1, now=time.time() - 3600
        )
        a, _, sig = token(ATTACKER)["x-piiguard-subject-token"].split(".")
        _, claims, _ = token(VICTIM, ttl=10_000)["x-piiguard-subject-token"].split(".")
        spliced = f"{a}.{claims}.{sig}"  # the victim's claims under another token's signature
        for bad in (forged, expired, spliced, "", "a.b.c", VICTIM):
            reply = c.get("/consent", headers={"x-piiguard-subject-token": bad})
            assert reply.status_code == 401, (bad, reply.text)
            assert VICTIM not in reply.text and ATTACKER not in reply.text
        mine = token(ATTACKER)
        assert c.get(f"/consent/{VICTIM}", headers=mine).status_code == 403
        assert c.get("/consent", headers={**mine, "x-user-id": VICTIM}).status_code == 403
        changed = c.post("/consent", json={**GIVE, "subject": VICTIM}, headers=mine)
        assert changed.status_code == 403
        # Variants of the victim's id are other subjects, never the victim.
        for variant in (VICTIM.upper(), f"{VICTIM} ", f"{VICTIM}/", f"{VICTIM}%2F"):
            reply = c.get(f"/consent/{variant}", headers=mine, follow_redirects=True)
            assert reply.status_code in (403, 404), (variant, reply.status_code)
        # Method tricks reach nothing: the override header is not honoured.
        override = {**mine, "x-http-method-override": "DELETE"}
        assert c.post(f"/admin/consent/{VICTIM}", headers=override).status_code in (401, 405)
        own = c.get("/consent", headers=token(VICTIM)).json()
        assert [r["state"] for r in own["records"]] == ["given"]


def gateway(redis_url: str, redis_prefix: str) -> dict[str, Any]:
    """Behind an authenticating gateway: anonymous callers and `x-user-id` subjects."""
    return {**guard_settings(redis_url, redis_prefix), "trust_identity_headers": True}


def test_a_linked_session_is_the_callers_own(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
) -> None:
    """POST /consent's `session_id` links the caller's session, scoped by its subject:
    naming another (anonymous) session's id reaches nothing of that session on export
    or erasure."""
    anonymous = {"x-session-id": VICTIM_SESSION}
    with (
        make_proxy(gateway(redis_url, redis_prefix)) as url,
        httpx.Client(base_url=url) as c,
    ):
        # An anonymous victim chats under a session id the attacker learnt; the bot
        # remembers the masked text and says it back later (restored in that session).
        said = [{"role": "user", "content": f"mail {VICTIM_VALUE}"}]
        recall = {"model": "recall:linked", "messages": said}
        victim = c.post("/v1/chat/completions", json=recall, headers=anonymous)
        assert victim.status_code == 200 and VICTIM_VALUE in victim.text
        linked = c.post(
            "/consent", json={**GIVE, "session_id": VICTIM_SESSION}, headers={"x-user-id": ATTACKER}
        )
        assert linked.status_code == 201, linked.text
        admin = {"x-api-key": ADMIN}
        export = c.get(f"/admin/consent/{ATTACKER}/export", headers=admin)
        assert export.status_code == 200
        assert VICTIM_VALUE not in export.text and export.json()["vault"] == {}
        erased = c.post(f"/admin/consent/{ATTACKER}/erase", headers=admin)
        assert erased.status_code == 200 and erased.json()["vault_entries"] == 0
        # The victim's session still restores its value: nothing of it was erased.
        again = c.post("/v1/chat/completions", json=recall, headers=anonymous)
        assert again.status_code == 200 and VICTIM_VALUE in again.text


def test_another_subjects_session_id_reaches_an_empty_session(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
) -> None:
    recall = {
        "model": "recall:shared",
        "messages": [{"role": "user", "content": f"I am {VICTIM_VALUE}"}],
    }
    with (
        make_proxy(gateway(redis_url, redis_prefix)) as url,
        httpx.Client(base_url=url, headers={"x-session-id": "shared-session-id"}) as c,
    ):
        first = c.post("/v1/chat/completions", json=recall, headers={"x-user-id": VICTIM})
        assert first.status_code == 200 and VICTIM_VALUE in first.text
        sent = upstream[0].requests[-1].raw().decode()
        assert leaks([sent], [VICTIM_VALUE, VICTIM, "shared-session-id"]) == []
        # The bot says the victim's masked text back to whoever asks in that session id.
        for headers in ({"x-user-id": ATTACKER}, {"x-user-id": VICTIM.upper()}, {}):
            probe = c.post("/v1/chat/completions", json=recall | {"messages": []}, headers=headers)
            assert probe.status_code == 200
            assert "<EMAIL_ADDRESS_1>" in probe.text and VICTIM_VALUE not in probe.text, headers
        control = c.post("/v1/chat/completions", json=recall, headers={"x-user-id": VICTIM})
        assert VICTIM_VALUE in control.text


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"x-api-key": ""},
        {"x-api-key": ADMIN[:-1]},
        {"x-api-key": ADMIN + "x"},
        {"x-api-key": ADMIN.upper()},
        {"authorization": f"Basic {ADMIN}"},
        {"authorization": "Bearer"},
        {"x-api-key": "wrong", "authorization": f"Bearer {ADMIN}"},
    ],
)
def test_the_admin_api_needs_its_key(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, headers: dict[str, str]
) -> None:
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url) as c,
    ):
        for method, path in (
            ("GET", f"/admin/consent/{VICTIM}"),
            ("HEAD", f"/admin/consent/{VICTIM}"),
            ("GET", f"/admin/consent/{VICTIM}/export"),
            ("POST", f"/admin/consent/{VICTIM}/erase"),
            ("DELETE", f"/admin/consent/{VICTIM}"),
            ("POST", f"/admin/consent/{VICTIM}/restriction"),
            ("GET", f"/admin/consent/{VICTIM}/"),
            ("GET", f"/admin/consent/x/../{VICTIM}"),
            ("GET", f"/admin/consent/{VICTIM}%2Fexport"),
            *(("POST", f"/admin/consent/{op}") for op in ("lookup", "export", "erase", "restrict")),
        ):
            reply = c.request(
                method, path, headers=headers, json={"subject": VICTIM}, follow_redirects=True
            )
            assert reply.status_code in (401, 404, 405), (method, path, reply.status_code)
            assert VICTIM not in reply.text


def test_erasure_leaves_nothing_of_the_subject_readable(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    session = "erased-subject-session-0a7f"
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url, headers={**token(VICTIM), "x-session-id": session}) as c,
    ):
        assert c.post("/consent", json={**GIVE, "session_id": session}).status_code == 201
        for text in (f"I am {VICTIM_VALUE}", "call +49 30 12345678"):
            assert c.post("/v1/chat/completions", json=chat(text)).status_code == 200
        deadline = time.monotonic() + 10
        while asyncio.run(_dump(redis_url, redis_prefix))[2] < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        before = asyncio.run(_dump(redis_url, redis_prefix))
        assert before[2] == 2
        assert any(":vault:" in k for k in before[1])
        erased = c.post(f"/admin/consent/{VICTIM}/erase", headers={"x-api-key": ADMIN})
        assert erased.status_code == 200, erased.text
        report = erased.json()
        assert report["training_records"] == 2 and report["vault_entries"] >= 2
        texts, keys, streamed = asyncio.run(_dump(redis_url, redis_prefix))
    assert streamed == 0
    # What the vault keeps of an erased session is its tombstone: the erasure time, which
    # turns away the writes of requests that began before it (see `piiguard.vault`).
    vault_keys = [k for k in keys if ":vault:" in k]
    assert asyncio.run(_fields(redis_url, vault_keys)) == [["erased_at"]] * len(vault_keys)
    assert leaks([*texts, *keys], [VICTIM, VICTIM_VALUE, "493012345678", session]) == []


async def _fields(redis_url: str, keys: list[str]) -> list[list[str]]:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        return [sorted(f.decode() for f in await client.hkeys(k)) for k in keys]
    finally:
        await client.aclose()


def test_the_admin_api_on_a_proxy_without_consent_is_not_forwarded(
    make_proxy: ProxyFactory, upstream: tuple[RecordingUpstream, str]
) -> None:
    """Admin paths skip client authentication (they have their own key); a proxy that
    serves no consent API must not forward them upstream, even under `allowed_paths`."""
    fake, _ = upstream
    seen = len(fake.requests)
    with (
        make_proxy(
            client_keys=("client-key-0123456789abcdef",), allowed_paths=("/admin/*",)
        ) as url,
        httpx.Client(base_url=url) as c,
    ):
        for path in ("/admin/consent/x/anything", "/admin/consent/x"):
            reply = c.post(path, json={"subject": VICTIM})
            assert reply.status_code in (401, 404), (path, reply.text)
    assert len(fake.requests) == seen


def test_the_body_forms_on_the_proxy(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """The admin key (not a client key) opens the body forms on a proxy that requires
    client keys; a client key or subject token does not."""
    with (
        make_proxy(
            guard_settings(redis_url, redis_prefix),
            subject_token_secret=SECRET,
            client_keys=("client-key-0123456789abcdef",),
        ) as url,
        httpx.Client(base_url=url) as c,
    ):
        assert c.post("/consent", json=GIVE, headers=token(VICTIM)).status_code == 201
        body = {"subject": VICTIM}
        for headers in (token(VICTIM), {"authorization": "Bearer client-key-0123456789abcdef"}):
            refused = c.post("/admin/consent/lookup", json=body, headers=headers)
            assert refused.status_code == 401 and VICTIM not in refused.text
        found = c.post("/admin/consent/lookup", json=body, headers={"x-api-key": ADMIN})
        assert found.status_code == 200 and [r["state"] for r in found.json()["records"]] == [
            "given"
        ]
        erased = c.post(
            "/admin/consent/erase", json=body, headers={"authorization": f"Bearer {ADMIN}"}
        )
        assert erased.status_code == 200 and erased.json()["proof"][-1]["kind"] == "erased"
        own = c.get("/consent", headers=token(VICTIM)).json()
        assert own["records"] == []


def test_refusals_leave_no_subject_session_or_credential_in_logs_or_metrics(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    session = "probe-session-4e8a1c"
    victim_token = token(VICTIM)["x-piiguard-subject-token"]
    forged = mint_subject_token("y" * 36, VICTIM, audience=TOKEN_AUDIENCE, ttl_seconds=300)
    expired = mint_subject_token(
        SECRET, VICTIM, audience=TOKEN_AUDIENCE, ttl_seconds=1, now=time.time() - 3600
    )
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url, headers={"x-session-id": session}) as c,
    ):
        mine = token(ATTACKER)
        probes = [
            c.get("/consent", headers={"x-piiguard-subject-token": forged}),
            c.get("/consent", headers={"x-piiguard-subject-token": expired}),
            c.get("/consent", headers={**mine, "x-user-id": VICTIM}),
            c.post("/consent", json={**GIVE, "subject": VICTIM}, headers=mine),
            c.post("/v1/chat/completions", json=chat("hi"), headers={"x-user-id": VICTIM}),
            c.post("/admin/consent/lookup", json={"subject": VICTIM}, headers=mine),
            c.post(
                "/admin/consent/lookup",
                json={"subject": VICTIM, "x": VICTIM_VALUE},
                headers={"x-api-key": ADMIN},
            ),
            c.post(
                "/consent",
                json={**GIVE, "age": VICTIM},
                headers={"x-piiguard-subject-token": victim_token},
            ),
        ]
        assert [p.status_code for p in probes] == [401, 401, 403, 403, 401, 401, 422, 422]
        assert c.post("/consent", json=GIVE, headers=token(VICTIM)).status_code == 201
        talk = c.post(
            "/v1/chat/completions", json=chat(f"I am {VICTIM_VALUE}"), headers=token(VICTIM)
        )
        assert talk.status_code == 200
        erased = c.post(
            "/admin/consent/erase", json={"subject": VICTIM}, headers={"x-api-key": ADMIN}
        )
        assert erased.status_code == 200
        metrics = c.get("/metrics").text
    texts = [p.text for p in probes] + [metrics]
    texts += [
        r.getMessage() for r in caplog.records if not (r.name == "httpx" and url in r.getMessage())
    ]
    secrets = [
        VICTIM,
        ATTACKER,
        VICTIM_VALUE,
        session,
        victim_token,
        forged,
        expired,
        ADMIN,
        SECRET,
    ]
    assert leaks(texts, secrets) == []


@pytest.mark.parametrize("consent", [None, "withdrawn"])
def test_erasure_reaches_the_sessions_of_a_subject_without_consent(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, consent: str | None
) -> None:
    """A subject who never consented (or withdrew) has vault entries too: erasure finds
    their sessions, not only those of turns written for training."""
    headers = {**token(VICTIM), "x-session-id": "no-consent-session"}
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url, headers=headers) as c,
    ):
        if consent is not None:
            assert c.post("/consent", json={"action": consent}).status_code == 201
        assert c.post("/v1/chat/completions", json=chat(f"I am {VICTIM_VALUE}")).status_code == 200
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the gate links the session off the request path
            listed = c.post(
                "/admin/consent/lookup", json={"subject": VICTIM}, headers={"x-api-key": ADMIN}
            )
            exported = c.post(
                "/admin/consent/export", json={"subject": VICTIM}, headers={"x-api-key": ADMIN}
            )
            if exported.json()["vault"]:
                break
            time.sleep(0.05)
        assert listed.status_code == 200
        assert VICTIM_VALUE in str(exported.json()["vault"])
        erased = c.post(
            "/admin/consent/erase", json={"subject": VICTIM}, headers={"x-api-key": ADMIN}
        )
        assert erased.status_code == 200 and erased.json()["vault_entries"] >= 1
        _, keys, _ = asyncio.run(_dump(redis_url, redis_prefix))
    vault_keys = [k for k in keys if ":vault:" in k]  # tombstones only (the erasure time)
    assert asyncio.run(_fields(redis_url, vault_keys)) == [["erased_at"]] * len(vault_keys)


def test_a_restriction_holds_on_every_guarded_route(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
) -> None:
    fake, _ = upstream
    bodies = {
        "/v1/chat/completions": chat(f"I am {VICTIM_VALUE}"),
        "/v1/responses": {"model": "echo", "input": f"I am {VICTIM_VALUE}"},
        "/v1/embeddings": {"model": "echo", "input": f"I am {VICTIM_VALUE}"},
        "/v1/completions": {"model": "echo", "prompt": f"I am {VICTIM_VALUE}"},
    }
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url, headers=token(VICTIM)) as c,
    ):
        admin = {"x-api-key": ADMIN}
        assert c.post("/admin/consent/restrict", json={"subject": VICTIM}, headers=admin).json()[
            "changed"
        ]
        seen = len(fake.requests)
        for path, body in bodies.items():
            for extra in ({}, {"stream": True}):
                reply = c.post(path, json={**body, **extra}, headers={"x-session-id": "r1"})
                assert reply.status_code == 403, (path, reply.text)
                assert VICTIM not in reply.text
        assert len(fake.requests) == seen  # nothing went upstream
        c.post("/admin/consent/resume", json={"subject": VICTIM}, headers=admin)
        assert (
            c.post("/v1/chat/completions", json=bodies["/v1/chat/completions"]).status_code == 200
        )


# -- probes of the acl8 pass: what a request that carries no user turn stores, whose
# session a key without a subject reaches, and a subject named in UTF-8 ----------------

NO_USER_TURN = {
    "a query": ("GET", f"/v1/models?q={VICTIM_VALUE}", None, {}),
    "a header": ("GET", "/v1/models", None, {"user-agent": f"sdk {VICTIM_VALUE}"}),
    "a system message": (
        "POST",
        "/v1/chat/completions",
        {"model": "echo", "messages": [{"role": "system", "content": f"mail {VICTIM_VALUE}"}]},
        {},
    ),
    "a query beside an empty chat": (
        "POST",
        f"/v1/chat/completions?q={VICTIM_VALUE}",
        {"model": "echo", "messages": []},
        {},
    ),
}


def _vault_fields(redis_url: str, redis_prefix: str) -> list[list[str]]:
    _, keys, _ = asyncio.run(_dump(redis_url, redis_prefix))
    return asyncio.run(_fields(redis_url, [k for k in keys if ":vault:" in k]))


@pytest.mark.parametrize("request_", NO_USER_TURN.values(), ids=list(NO_USER_TURN))
def test_erasure_reaches_a_session_whose_values_came_without_a_user_turn(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    request_: tuple[str, str, dict[str, Any] | None, dict[str, str]],
) -> None:
    """A subject's value that reached the vault through a query, a header or a system
    message (no user turn for the gate to write) is the subject's too: erasure finds
    its session, so what stays under the vault name is the tombstone alone."""
    method, path, body, extra = request_
    headers = {**token(VICTIM), "x-session-id": "no-user-turn-session", **extra}
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url) as c,
    ):
        sent = c.request(method, path, json=body, headers=headers)
        assert sent.status_code == 200, sent.text
        stored = _vault_fields(redis_url, redis_prefix)
        assert len(stored) == 1 and "erased_at" not in stored[0]
        admin = {"x-api-key": ADMIN}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # links are made off the request path
            exported = c.post("/admin/consent/export", json={"subject": VICTIM}, headers=admin)
            if exported.json()["vault"]:
                break
            time.sleep(0.05)
        assert VICTIM_VALUE in str(exported.json()["vault"])
        erased = c.post("/admin/consent/erase", json={"subject": VICTIM}, headers=admin)
        assert erased.status_code == 200 and erased.json()["vault_entries"] >= 1
    fields = _vault_fields(redis_url, redis_prefix)
    assert fields and fields == [["erased_at"]] * len(fields)


@pytest.mark.parametrize("request_", NO_USER_TURN.values(), ids=list(NO_USER_TURN))
def test_a_restricted_subject_is_refused_before_anything_is_stored(
    make_proxy: ProxyFactory,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
    request_: tuple[str, str, dict[str, Any] | None, dict[str, str]],
) -> None:
    """Restriction pauses all processing: a request whose values sit in its query or
    headers is refused (403) before they are masked into the vault or sent on."""
    fake, _ = upstream
    method, path, body, extra = request_
    headers = {**token(VICTIM), "x-session-id": "restricted-session", **extra}
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url) as c,
    ):
        restricted = c.post(
            "/admin/consent/restrict", json={"subject": VICTIM}, headers={"x-api-key": ADMIN}
        )
        assert restricted.json()["changed"]
        seen = len(fake.requests)
        reply = c.request(method, path, json=body, headers=headers)
        assert reply.status_code == 403, reply.text
        assert reply.json()["error"]["code"] == "processing_restricted"
        assert len(fake.requests) == seen
    assert _vault_fields(redis_url, redis_prefix) == []


KEY_A = "tenant-a-key-0123456789abcdef"
KEY_B = "tenant-b-key-0123456789abcdef"
KEY_BACKEND = "backend-key-0123456789abcdef"


@pytest.mark.parametrize(
    ("caller", "reaches"),
    [
        ({"authorization": f"Bearer {KEY_A}"}, True),  # the same key: its own session
        ({"authorization": f"Bearer {KEY_B}"}, False),  # another client's key
        ({"x-api-key": KEY_B}, False),
        ({"authorization": f"Bearer {KEY_BACKEND}"}, False),  # KEY=*, naming no subject
    ],
    ids=["same key", "other key", "other key as x-api-key", "backend key, no subject"],
)
def test_a_key_without_a_subject_reaches_only_its_own_sessions(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    caller: dict[str, str],
    reaches: bool,
) -> None:
    """Two clients with keys that name no subject share no vault session: naming the
    other's session id reaches an empty session, never its values (the bot says the
    masked text back to whoever asks in that session id)."""
    keys = (KEY_A, KEY_B, f"{KEY_BACKEND}=*")
    said = {"model": "recall:tenants", "messages": [{"role": "user", "content": VICTIM_VALUE}]}
    session = {"x-session-id": "tenant-a-session"}
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), client_keys=keys) as url,
        httpx.Client(base_url=url, headers=session) as c,
    ):
        first = c.post(
            "/v1/chat/completions", json=said, headers={"authorization": f"Bearer {KEY_A}"}
        )
        assert first.status_code == 200 and VICTIM_VALUE in first.text
        probe = c.post("/v1/chat/completions", json=said | {"messages": []}, headers=caller)
        assert probe.status_code == 200, probe.text
        assert (VICTIM_VALUE in probe.text) is reaches
        assert ("<EMAIL_ADDRESS_1>" in probe.text) is not reaches


UTF8_SUBJECT = "zoë-müller-7f3a"


def test_a_subject_named_in_utf8_is_the_one_the_operator_names(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """A back end names a subject in `x-user-id` in UTF-8: that is the subject a token
    for the same id and the operator's JSON body name (not its Latin-1 misreading), so
    access and erasure reach it."""
    backend = {"authorization": f"Bearer {KEY_BACKEND}"}
    named = {**backend, "x-user-id": UTF8_SUBJECT.encode()}  # type: ignore[dict-item]
    with (
        make_proxy(
            guard_settings(redis_url, redis_prefix),
            client_keys=(f"{KEY_BACKEND}=*",),
            subject_token_secret=SECRET,
        ) as url,
        httpx.Client(base_url=url) as c,
    ):
        given = c.post("/consent", json=GIVE, headers=named)
        assert given.status_code == 201, given.text
        own = c.get("/consent", headers=token(UTF8_SUBJECT))
        assert [r["state"] for r in own.json()["records"]] == ["given"]
        admin = {"x-api-key": ADMIN}
        found = c.post("/admin/consent/lookup", json={"subject": UTF8_SUBJECT}, headers=admin)
        assert [r["state"] for r in found.json()["records"]] == ["given"]
        # Not UTF-8: no subject can be read from it, so the caller is refused.
        latin1 = {**backend, "x-user-id": "zoë".encode("latin-1")}  # type: ignore[dict-item]
        refused = c.get("/consent", headers=latin1)
        assert refused.status_code in (400, 401), refused.text


@pytest.mark.parametrize(
    "field", [{"notice_version": f"v1 for {VICTIM_VALUE}"}, {"source": f"form of {VICTIM_VALUE}"}]
)
def test_free_text_in_a_consent_label_is_refused_and_kept_nowhere(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    caplog: pytest.LogCaptureFixture,
    field: dict[str, str],
) -> None:
    """`notice_version` and `source` are labels: free text (which could hold anything
    personal, kept in the clear in the record and its events) is a 422 naming the field,
    not a 500 with a traceback, and nothing of it is stored or logged."""
    caplog.set_level(logging.DEBUG)
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url) as c,
    ):
        reply = c.post("/consent", json={**GIVE, **field}, headers=token(VICTIM))
        assert reply.status_code == 422, reply.text
        assert reply.json()["error"]["fields"] == list(field)
        assert VICTIM_VALUE not in reply.text
        texts, _, _ = asyncio.run(_dump(redis_url, redis_prefix))
    logged = [r.getMessage() for r in caplog.records if r.name != "httpx"]
    assert leaks([*texts, *logged], [VICTIM_VALUE]) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (json.dumps({**GIVE, "expires_in_days": 1e306}), 422),
        (json.dumps({**GIVE, "expires_in_days": 10**400}), 422),
        (json.dumps({**GIVE, "consent_text": "\ud800"}), 400),
    ],
    ids=["a deadline past any float", "a deadline past any number", "a lone surrogate"],
)
def test_consent_values_no_record_can_hold_get_a_client_error(
    make_proxy: ProxyFactory,
    redis_url: str,
    redis_prefix: str,
    caplog: pytest.LogCaptureFixture,
    body: str,
    status: int,
) -> None:
    """Values JSON can carry but a record cannot (an expiry past any float, text that is
    no Unicode) are the caller's error, answered before anything is stored: never a 500
    with a traceback after the consent was recorded."""
    with (
        make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url,
        httpx.Client(base_url=url) as c,
    ):
        headers = {**token(VICTIM), "content-type": "application/json"}
        reply = c.post("/consent", content=body.encode(), headers=headers)
        assert reply.status_code == status, reply.text
        assert c.get("/consent", headers=token(VICTIM)).json()["records"] == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_an_endless_consent_body_is_cut_at_its_bound(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    """The consent API reads at most its body bound (16 KiB) and answers 413 then: a
    caller streaming a body that never ends (chunked, no Content-Length) neither holds
    the request open nor makes the proxy buffer it."""
    import socket
    from urllib.parse import urlsplit

    with make_proxy(guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET) as url:
        address = urlsplit(url)
        subject_token = token(VICTIM)["x-piiguard-subject-token"]
        head = (
            "POST /consent HTTP/1.1\r\nhost: 127.0.0.1\r\n"
            "content-type: application/json\r\ntransfer-encoding: chunked\r\n"
            f"x-piiguard-subject-token: {subject_token}\r\n\r\n"
        ).encode()
        chunk = b"x" * 65_536
        with socket.create_connection((address.hostname, address.port), timeout=10) as sock:
            sock.sendall(head)
            for _ in range(16):  # 1 MiB, and the body goes on (never its last chunk)
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            answer = sock.recv(65_536)  # times out (10 s) if the proxy waits for the end
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


GATEWAY_KEY = "attack-gateway-key-0123456789abcdef"  # KEY=*: names the subject
VICTIM_KEY = "attack-victim-key-0123456789abcdef"
REPEATED = {  # a gateway that appends its header after the client's would be overridden
    "x-user-id, victim then attacker": [
        ("authorization", f"Bearer {GATEWAY_KEY}"), ("x-user-id", VICTIM), ("x-user-id", ATTACKER)
    ],
    "x-user-id, attacker then victim": [
        ("authorization", f"Bearer {GATEWAY_KEY}"), ("x-user-id", ATTACKER), ("x-user-id", VICTIM)
    ],
    "x-user-id twice, the same": [
        ("authorization", f"Bearer {GATEWAY_KEY}"), ("x-user-id", VICTIM), ("x-user-id", VICTIM)
    ],
    "two subject tokens": [
        *token(ATTACKER).items(), *token(VICTIM, ttl=86_400).items()
    ],
    "two X-API-Key": [
        ("x-api-key", GATEWAY_KEY), ("x-api-key", VICTIM_KEY), ("x-user-id", ATTACKER)
    ],
    "two Authorization": [
        ("authorization", f"Bearer {VICTIM_KEY}"), ("authorization", f"Bearer {GATEWAY_KEY}")
    ],
}


@pytest.mark.parametrize("headers", REPEATED.values(), ids=list(REPEATED))
def test_a_repeated_identity_header_is_refused_not_picked(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str,
    headers: list[tuple[str, str]],
) -> None:
    """Which of two `x-user-id` (token, key) headers counts differs between layers and
    proxies (the first here, the last elsewhere): the request is ambiguous, so it is refused
    (400) before anything acts, on the consent API and the guarded routes alike."""
    with (
        make_proxy(
            guard_settings(redis_url, redis_prefix), subject_token_secret=SECRET,
            client_keys=(f"{GATEWAY_KEY}=*", f"{VICTIM_KEY}={VICTIM}"),
        ) as url,
        httpx.Client(base_url=url) as c,
    ):
        assert c.post("/consent", json=GIVE, headers=token(VICTIM)).status_code == 201
        for method, path, body in (
            ("GET", "/consent/me", None),
            ("POST", "/consent", {"action": "withdrawn"}),
            ("POST", "/consent/me/erase", {"confirm": "erase"}),
            ("POST", "/v1/chat/completions", chat(f"hello {VICTIM_VALUE}")),
        ):
            reply = c.request(method, path, json=body, headers=headers)
            assert reply.status_code == 400, (path, reply.text)
            assert reply.json()["error"]["code"] == "repeated_header"
            assert VICTIM not in reply.text and ATTACKER not in reply.text
        victim = c.get("/consent/me", headers=token(VICTIM)).json()
        texts, _, streamed = asyncio.run(_dump(redis_url, redis_prefix))
    assert [r["state"] for r in victim["records"]] == ["given"] and not victim["erased"]
    assert streamed == 0 and leaks(texts, [VICTIM_VALUE]) == []
