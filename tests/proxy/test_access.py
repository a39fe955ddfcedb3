"""Who may drive the proxy, end to end on real uvicorn servers: client keys on every
forwarded and consent route, the subject a key or token vouches for reaching the consent
gate, signed subject tokens, Host and Origin checks, the refusal to listen on a public
address without authentication, no credential in any log line, and readiness that asks
the upstream."""

from __future__ import annotations

import base64
import json
import logging
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import free_port

from piiguard.auth import mint_subject_token
from piiguard.cli import main as piiguard_main
from piiguard.exceptions import ConfigError
from piiguard.proxy import ProxyConfig

from .conftest import TOKEN_AUDIENCE, ProxyFactory
from .upstream import RecordingUpstream, Script

KEY_ALICE = "key-alice-0123456789abcdef"
KEY_BOB = "key-bob-0123456789abcdef"
KEY_BACKEND = "key-backend-0123456789abcdef"  # a trusted back end: may name the subject
KEY_PLAIN = "key-plain-0123456789abcdef"  # authenticates, acts for nobody
CLIENT_KEYS = (f"{KEY_ALICE}=alice", f"{KEY_BOB}=bob", f"{KEY_BACKEND}=*", KEY_PLAIN)
SECRET = "subject-token-secret-0123456789abcdef"
CONSENT_TEXT = "I consent to the processing of my messages to improve the assistant"
GIVE = {
    "action": "given",
    "purpose": "model_training",
    "notice_version": "v1",
    "consent_text": CONSENT_TEXT,
}


def chat(model: str = "echo") -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "hello there"}]}


def bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


def assert_openai_error(reply: httpx.Response, status: int, code: str) -> None:
    assert reply.status_code == status, reply.text
    error = reply.json()["error"]
    assert set(error) == {"message", "type", "code"} and error["code"] == code


def gate_settings(tmp_path: Path) -> dict[str, Any]:
    return {
        "training_sink": "jsonl",
        "training_jsonl_path": str(tmp_path / "training.jsonl"),
        "consent_notice_version": "v1",
    }


def training_records(tmp_path: Path, expected: int) -> list[dict[str, Any]]:
    """The training file once it holds `expected` records (the gate writes in the background),
    or what it holds after a short wait."""
    path = tmp_path / "training.jsonl"
    deadline = time.monotonic() + 5
    while True:
        lines = path.read_text().splitlines() if path.exists() else []
        if len(lines) >= expected or time.monotonic() > deadline:
            return [json.loads(line) for line in lines if line.strip()]
        time.sleep(0.02)


def gate_decisions(url: str, expected: int) -> int:
    """The number of consent gate decisions once it reaches `expected` (from /metrics)."""
    deadline = time.monotonic() + 5
    while True:
        text = httpx.get(f"{url}/metrics", timeout=10).text
        total = sum(
            float(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith("piiguard_gate_decisions_total{")
        )
        if total >= expected or time.monotonic() > deadline:
            return int(total)
        time.sleep(0.02)


# -- client keys on chat routes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "unauthorized"),
        (bearer("key-wrong-0123456789abcdef"), "invalid_client_key"),
        ({"x-api-key": KEY_ALICE[:-1]}, "invalid_client_key"),
        ({"authorization": f"Basic {KEY_ALICE}"}, "unauthorized"),
        ({"x-user-id": "alice"}, "unauthorized"),  # a forged identity is no key
        ({"authorization": f"Bearer {KEY_ALICE}", "x-api-key": "nope-0123456789abcdef"},
         "invalid_client_key"),
    ],
)
def test_chat_routes_need_a_client_key(
    upstream: tuple[RecordingUpstream, str],
    make_proxy: ProxyFactory,
    headers: dict[str, str],
    code: str,
) -> None:
    fake, _ = upstream
    with make_proxy(client_keys=CLIENT_KEYS) as url:
        before = len(fake.requests)
        reply = httpx.post(f"{url}/v1/chat/completions", json=chat(), headers=headers, timeout=10)
        models = httpx.get(f"{url}/v1/models", headers=headers, timeout=10)
        health = httpx.get(f"{url}/healthz", timeout=10)
    assert_openai_error(reply, 401, code)
    assert reply.headers["www-authenticate"].startswith("Bearer")
    assert_openai_error(models, 401, code)
    assert health.status_code == 200  # probes need no key
    assert len(fake.requests) == before  # nothing reached the upstream


@pytest.mark.parametrize(
    "headers",
    [bearer(KEY_ALICE), {"x-api-key": KEY_ALICE}, {"X-API-Key": KEY_PLAIN}],
)
def test_a_client_key_opens_chat_and_never_reaches_the_upstream(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, headers: dict[str, str]
) -> None:
    fake, _ = upstream
    with make_proxy(client_keys=CLIENT_KEYS, upstream_api_key="sk-upstream") as url:
        reply = httpx.post(f"{url}/v1/chat/completions", json=chat(), headers=headers, timeout=10)
        assert reply.status_code == 200, reply.text
        sent = fake.requests[-1]
        models = httpx.get(f"{url}/v1/models", headers=headers, timeout=10)
    assert models.status_code == 200
    for recorded in (sent, fake.requests[-1]):
        assert recorded.header("authorization") == "Bearer sk-upstream"
        assert recorded.header("x-api-key") is None
        for key in (KEY_ALICE, KEY_PLAIN):
            assert key.encode() not in recorded.raw()


def test_forward_client_authorization_never_forwards_a_client_key(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    settings = {
        "client_keys": CLIENT_KEYS,
        "upstream_api_key": "sk-upstream",
        "forward_client_authorization": True,
    }
    with make_proxy(**settings) as url:
        # The piiguard key in Authorization is consumed: the proxy's own upstream key goes.
        assert httpx.get(f"{url}/v1/models", headers=bearer(KEY_ALICE), timeout=10).is_success
        assert fake.requests[-1].header("authorization") == "Bearer sk-upstream"
        # The piiguard key in X-API-Key, the caller's upstream key in Authorization: forwarded.
        headers = {"x-api-key": KEY_ALICE, **bearer("sk-callers-own")}
        assert httpx.get(f"{url}/v1/models", headers=headers, timeout=10).is_success
        assert fake.requests[-1].header("authorization") == "Bearer sk-callers-own"
        assert KEY_ALICE.encode() not in fake.requests[-1].raw()
        # Another client's key in Authorization beside one's own in X-API-Key: two callers
        # in one request, refused; and no client key of any caller goes upstream.
        seen = len(fake.requests)
        for other in (KEY_BOB, KEY_PLAIN):
            headers = {"x-api-key": KEY_ALICE, **bearer(other)}
            refused = httpx.get(f"{url}/v1/models", headers=headers, timeout=10)
            assert refused.status_code == 401, refused.text
            assert other not in refused.text
        assert len(fake.requests) == seen
        # The same key in both headers is one caller, and that key stays here.
        same = httpx.get(
            f"{url}/v1/models", headers={"x-api-key": KEY_ALICE, **bearer(KEY_ALICE)}, timeout=10
        )
        assert same.is_success
        assert fake.requests[-1].header("authorization") == "Bearer sk-upstream"


# -- the subject comes from the key or token -----------------------------------------------


def test_the_subject_bound_to_a_key_reaches_the_gate(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, tmp_path: Path
) -> None:
    with make_proxy(gate_settings(tmp_path), client_keys=CLIENT_KEYS) as url:
        post = lambda path, body, headers: httpx.post(  # noqa: E731
            f"{url}{path}", json=body, headers=headers, timeout=10
        )
        assert post("/consent", GIVE, bearer(KEY_ALICE)).status_code == 201
        # Bob's key cannot act for Alice, in the body or in a header.
        assert post("/consent", {**GIVE, "subject": "alice"}, bearer(KEY_BOB)).status_code == 403
        forged = {**bearer(KEY_BOB), "x-user-id": "alice"}
        assert post("/consent", GIVE, forged).status_code == 403
        assert httpx.get(f"{url}/consent/alice", headers=bearer(KEY_BOB)).status_code == 403
        assert httpx.get(f"{url}/consent/alice", headers=bearer(KEY_ALICE)).status_code == 200
        own = httpx.get(f"{url}/consent", headers=bearer(KEY_ALICE)).json()
        assert [r["state"] for r in own["records"]] == ["given"]
        # A key bound to nobody has no consent to read or give.
        assert post("/consent", GIVE, bearer(KEY_PLAIN)).status_code == 401
        assert post("/consent", GIVE, {}).status_code == 401

        assert post("/v1/chat/completions", chat(), bearer(KEY_ALICE)).status_code == 200
        assert len(training_records(tmp_path, 1)) == 1
        assert post("/v1/chat/completions", chat(), forged).status_code == 403
        assert post("/v1/chat/completions", chat(), bearer(KEY_BOB)).status_code == 200
        assert post("/v1/chat/completions", chat(), bearer(KEY_PLAIN)).status_code == 200
        # The back end's key may name the subject: Alice consented, so this is written.
        backend = {**bearer(KEY_BACKEND), "x-user-id": "alice"}
        assert post("/v1/chat/completions", chat(), backend).status_code == 200
        # Decided: Alice, Bob, Alice through the back end; the unbound key names nobody.
        assert gate_decisions(url, 3) == 3
        written = training_records(tmp_path, 2)
    # Bob (no consent) and the unbound key wrote nothing; Alice's two turns did.
    assert len(written) == 2
    assert len({r["subject_key"] for r in written}) == 1
    assert "alice" not in (tmp_path / "training.jsonl").read_text()


def test_signed_subject_tokens(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, tmp_path: Path
) -> None:
    good = mint_subject_token(SECRET, "carol", audience=TOKEN_AUDIENCE, ttl_seconds=600)
    expired = mint_subject_token(
        SECRET, "carol", audience=TOKEN_AUDIENCE, ttl_seconds=1, now=time.time() - 60
    )
    forged = mint_subject_token(
        "another-secret-0123456789abcdef-xyz", "carol", audience=TOKEN_AUDIENCE, ttl_seconds=600
    )
    mallory = mint_subject_token(SECRET, "mallory", audience=TOKEN_AUDIENCE, ttl_seconds=600)
    spliced = ".".join([*good.split(".")[:2], mallory.split(".")[2]])  # carol's claims
    header = "x-piiguard-subject-token"
    fake, _ = upstream
    with make_proxy(gate_settings(tmp_path), subject_token_secret=SECRET) as url:
        def post(path: str, body: Any, token: str | None, **extra: str) -> httpx.Response:
            headers = {header: token, **extra} if token is not None else extra
            return httpx.post(f"{url}{path}", json=body, headers=headers, timeout=10)

        for bad in (expired, forged, spliced, "carol", ""):
            assert_openai_error(post("/consent", GIVE, bad), 401, "invalid_token")
            assert_openai_error(post("/v1/chat/completions", chat(), bad), 401, "invalid_token")
        # With a token secret, every forwarded route needs a key or a token.
        assert_openai_error(post("/v1/chat/completions", chat(), None), 401, "unauthorized")
        assert post("/consent", {**GIVE, "subject": "mallory"}, good).status_code == 403
        assert post("/consent", GIVE, good, **{"x-user-id": "mallory"}).status_code == 403
        assert post("/consent", GIVE, good).status_code == 201
        assert post("/v1/chat/completions", chat(), good).status_code == 200
        assert len(training_records(tmp_path, 1)) == 1
    assert fake.requests[-1].header(header) is None


def test_without_client_keys_consent_still_needs_an_identity(
    make_proxy: ProxyFactory, tmp_path: Path
) -> None:
    """A loopback proxy with no keys: chat stays open, consent has nobody to trust."""
    with make_proxy(gate_settings(tmp_path)) as url:
        anonymous = httpx.post(f"{url}/consent", json={**GIVE, "subject": "dave"}, timeout=10)
        forged = httpx.post(
            f"{url}/consent", json={**GIVE, "subject": "dave"}, headers={"x-user-id": "dave"}
        )
        read = httpx.get(f"{url}/consent/dave", timeout=10)
        forged_chat = httpx.post(
            f"{url}/v1/chat/completions", json=chat(), headers={"x-user-id": "dave"}
        )
        plain_chat = httpx.post(f"{url}/v1/chat/completions", json=chat(), timeout=10)
    assert anonymous.status_code == 401 and read.status_code == 401
    assert forged.status_code == 401
    assert_openai_error(forged_chat, 401, "unauthorized")
    assert plain_chat.status_code == 200
    assert training_records(tmp_path, 0) == []


def test_behind_a_gateway_the_header_is_trusted_when_configured(
    make_proxy: ProxyFactory, tmp_path: Path
) -> None:
    settings = {**gate_settings(tmp_path), "trust_identity_headers": True}
    with make_proxy(settings) as url:
        erin = {"x-user-id": "erin"}
        assert httpx.post(f"{url}/consent", json=GIVE, headers=erin).status_code == 201
        assert httpx.post(f"{url}/v1/chat/completions", json=chat(), headers=erin).is_success
        assert len(training_records(tmp_path, 1)) == 1


# -- Host and Origin ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"host": "evil.test"}, 421, "host_not_allowed"),
        ({"host": "rebind.attacker.example:8080"}, 421, "host_not_allowed"),
        ({"origin": "https://evil.test"}, 403, "origin_not_allowed"),
        ({"origin": "null"}, 403, "origin_not_allowed"),
        ({"sec-fetch-site": "cross-site"}, 403, "origin_not_allowed"),
    ],
)
def test_a_web_page_cannot_drive_a_loopback_proxy(
    upstream: tuple[RecordingUpstream, str],
    make_proxy: ProxyFactory,
    headers: dict[str, str],
    status: int,
    code: str,
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        before = len(fake.requests)
        reply = httpx.post(f"{url}/v1/chat/completions", json=chat(), headers=headers, timeout=10)
        consent = httpx.post(f"{url}/consent", json=GIVE, headers=headers, timeout=10)
        localhost = httpx.post(
            f"{url}/v1/chat/completions",
            json=chat(),
            headers={"host": f"localhost:{url.rsplit(':', 1)[1]}"},
            timeout=10,
        )
    assert_openai_error(reply, status, code)
    assert consent.status_code == status
    assert localhost.status_code == 200
    assert len(fake.requests) == before + 1


def test_allowed_origins_and_hosts(make_proxy: ProxyFactory) -> None:
    front = "https://chat.example.org"
    settings = {"allowed_origins": (front,), "allowed_hosts": ("piiguard.internal",)}
    with make_proxy(**settings) as url:
        ok = httpx.post(
            f"{url}/v1/chat/completions",
            json=chat(),
            headers={"origin": front, "host": "piiguard.internal"},
            timeout=10,
        )
        preflight = httpx.options(
            f"{url}/v1/chat/completions",
            headers={
                "origin": front,
                "host": "piiguard.internal",
                "access-control-request-method": "POST",
                "access-control-request-headers": "authorization, content-type",
            },
            timeout=10,
        )
        lift = httpx.options(  # a subject's front end lifts its own restriction
            f"{url}/consent/me/restriction",
            headers={
                "origin": front,
                "host": "piiguard.internal",
                "access-control-request-method": "DELETE",
                "access-control-request-headers": "x-piiguard-subject-token",
            },
            timeout=10,
        )
        other = httpx.post(
            f"{url}/v1/chat/completions",
            json=chat(),
            headers={"origin": "https://evil.test", "host": "piiguard.internal"},
            timeout=10,
        )
        loopback = httpx.post(f"{url}/v1/chat/completions", json=chat(), timeout=10)
        # Probes answer under any name (kubelets call them by IP address).
        probe = httpx.get(f"{url}/readyz", headers={"host": "10.0.0.7:8080"}, timeout=10)
        consent = httpx.get(f"{url}/consent", headers={"host": "10.0.0.7:8080"}, timeout=10)
    assert probe.status_code == 200 and consent.status_code == 421
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == front
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == front
    assert lift.status_code == 200 and "DELETE" in lift.headers["access-control-allow-methods"]
    assert other.status_code == 403
    assert loopback.status_code == 421  # explicit names replace the defaults


def test_a_front_end_on_an_allowed_origin_changes_consent(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, tmp_path: Path
) -> None:
    # The proxy's `allowed_origins` are the origins its browser check lets in; the
    # middleware's own cross-site check of consent changes (for cookie logins) takes them
    # as trusted too, or a listed front end could no longer change consent.
    front = "https://chat.example.org"
    with make_proxy(
        gate_settings(tmp_path), client_keys=CLIENT_KEYS, allowed_origins=(front,)
    ) as url:
        browser = {**bearer(KEY_ALICE), "origin": front, "sec-fetch-site": "cross-site"}
        given = httpx.post(f"{url}/consent", json=GIVE, headers=browser, timeout=10)
        restricted = httpx.post(f"{url}/consent/me/restriction", headers=browser, timeout=10)
        other = {**browser, "origin": "https://evil.test"}
        refused = httpx.post(f"{url}/consent/me/erase", json={"confirm": "erase"},
                             headers=other, timeout=10)
    assert given.status_code == 201, given.text
    assert restricted.status_code == 200, restricted.text
    assert refused.status_code == 403


# -- refusing to listen in the open ------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.1.2.3", "proxy.internal"])
def test_non_loopback_bind_needs_client_authentication(host: str) -> None:
    with pytest.raises(ConfigError, match="--allow-unauthenticated") as raised:
        ProxyConfig(upstream_url="http://u:1", host=host)
    assert "client keys" in str(raised.value)
    ProxyConfig(upstream_url="http://u:1", host=host, client_keys=(KEY_ALICE,))
    ProxyConfig(
        upstream_url="http://u:1", host=host, subject_token_secret=SECRET,
        subject_token_audience=TOKEN_AUDIENCE,
    )
    ProxyConfig(upstream_url="http://u:1", host=host, allow_unauthenticated=True,
                allowed_hosts=("proxy.internal",))


def test_wildcard_bind_without_keys_needs_host_names() -> None:
    with pytest.raises(ConfigError, match="allowed_hosts"):
        ProxyConfig(upstream_url="http://u:1", host="0.0.0.0", allow_unauthenticated=True)
    keyed = ProxyConfig(upstream_url="http://u:1", host="0.0.0.0", client_keys=(KEY_ALICE,))
    assert keyed.effective_allowed_hosts == ("*",)
    local = ProxyConfig(upstream_url="http://u:1", host="127.0.0.1")
    assert local.effective_allowed_hosts == ("localhost", "127.0.0.1", "[::1]")


def test_cli_refuses_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["proxy", "--upstream", "http://127.0.0.1:9", "--host", "0.0.0.0", "--port", "0"]
    assert piiguard_main(argv) == 2
    err = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0" in err and "--allow-unauthenticated" in err


def test_cli_mints_a_token_the_proxy_accepts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("PIIGUARD_SUBJECT_TOKEN_SECRET", SECRET)
    audience = ["--audience", TOKEN_AUDIENCE]
    assert piiguard_main(["token", "--subject", "frank", "--ttl", "60", *audience]) == 0
    token = capsys.readouterr().out.strip()
    from piiguard.auth import verify_subject_token

    assert verify_subject_token(SECRET, token, audience=TOKEN_AUDIENCE) == "frank"
    secret_file = tmp_path / "secret"
    secret_file.write_text(SECRET + "\n")
    monkeypatch.delenv("PIIGUARD_SUBJECT_TOKEN_SECRET")
    monkeypatch.setenv("PIIGUARD_SUBJECT_TOKEN_AUDIENCE", TOKEN_AUDIENCE)
    assert piiguard_main(["token", "--subject", "frank", "--secret-file", str(secret_file)]) == 0
    assert verify_subject_token(
        SECRET, capsys.readouterr().out.strip(), audience=TOKEN_AUDIENCE
    ) == "frank"
    assert piiguard_main(["token", "--subject", "frank"]) == 2  # no secret
    monkeypatch.setenv("PIIGUARD_SUBJECT_TOKEN_SECRET", SECRET)
    monkeypatch.delenv("PIIGUARD_SUBJECT_TOKEN_AUDIENCE")
    assert piiguard_main(["token", "--subject", "frank"]) == 2  # no audience


# -- credentials in logs --------------------------------------------------------------------------


def test_no_log_line_carries_a_credential(
    upstream: tuple[RecordingUpstream, str],
    make_proxy: ProxyFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake, base = upstream
    password = "upstream-pass-Zq81"
    with_credentials = base.replace("http://", f"http://bot-user:{password}@")
    secrets_ = (password, "sk-upstream-Kx42", KEY_ALICE, SECRET)
    caplog.set_level(logging.DEBUG)
    token = mint_subject_token(SECRET, "alice", audience=TOKEN_AUDIENCE, ttl_seconds=60)
    settings = {
        "upstream_url": with_credentials,
        "upstream_api_key": "sk-upstream-Kx42",
        "client_keys": CLIENT_KEYS,
        "subject_token_secret": SECRET,
    }
    with make_proxy(**settings) as url:
        ok = httpx.post(f"{url}/v1/chat/completions", json=chat(), headers=bearer(KEY_ALICE))
        models = httpx.get(f"{url}/v1/models", headers={"x-piiguard-subject-token": token})
        refused = httpx.post(f"{url}/v1/chat/completions", json=chat(), headers=bearer("x" * 20))
    assert ok.status_code == 200 and models.status_code == 200 and refused.status_code == 401
    # The credentials still reach the upstream, as Basic auth.
    basic = base64.b64encode(f"bot-user:{password}".encode()).decode()
    assert fake.requests[-1].header("authorization") == f"Basic {basic}"
    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("HTTP Request: POST http://127.0.0.1") for m in messages), messages
    for message in messages:
        for secret in secrets_:
            assert secret not in message
    assert any(record.name.startswith("httpcore") for record in caplog.records)


# -- readiness ------------------------------------------------------------------------------------


def test_readyz_asks_the_upstream_when_configured(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    down = f"http://127.0.0.1:{free_port()}"
    with make_proxy(upstream_url=down, ready_check_upstream=True, ready_check_timeout=1.0) as url:
        ready = httpx.get(f"{url}/readyz", timeout=10)
    assert ready.status_code == 503
    assert ready.json()["checks"]["upstream"] is False
    with make_proxy(upstream_url=down) as url:  # the check is a setting, off by default
        assert httpx.get(f"{url}/readyz", timeout=10).status_code == 200
    with make_proxy(ready_check_upstream=True) as url:
        ready = httpx.get(f"{url}/readyz", timeout=10)
    assert ready.status_code == 200 and ready.json()["checks"]["upstream"] is True


def test_a_caller_cannot_read_another_subjects_session_by_naming_it(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    email = "alice.private@example.org"
    shared = {"x-session-id": "same-session-id"}
    with make_proxy(client_keys=CLIENT_KEYS) as url:
        alice = httpx.post(
            f"{url}/v1/chat/completions",
            json={"model": "echo", "messages": [{"role": "user", "content": f"mail {email}"}]},
            headers={**bearer(KEY_ALICE), **shared},
            timeout=10,
        )
        assert alice.status_code == 200 and email in alice.text
        # Bob names Alice's session and asks for her placeholder in every form it restores.
        message = {"role": "assistant", "content": "<EMAIL_ADDRESS_1> [EMAIL_ADDRESS_1]"}
        reply = {"choices": [{"index": 0, "message": message}]}
        fake.scripts["echo-placeholder"] = Script("application/json", (json.dumps(reply).encode(),))
        bob = httpx.post(
            f"{url}/v1/chat/completions",
            json={"model": "script:echo-placeholder",
                  "messages": [{"role": "user", "content": "what is on file?"}]},
            headers={**bearer(KEY_BOB), **shared},
            timeout=10,
        )
    assert bob.status_code == 200
    assert email not in bob.text
    assert "EMAIL_ADDRESS_1" in bob.text  # left as the upstream wrote it: not Bob's to restore
