"""The proxy end to end: a real uvicorn server in front of a recording fake upstream."""

from __future__ import annotations

import base64
import gc
import json
import threading
import time
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from servers import free_port, serve

from piiguard.config import GuardConfig
from piiguard.pipeline import Guard
from piiguard.proxy import ProxyConfig, create_app

from .conftest import ProxyFactory, make_detector
from .upstream import RecordingUpstream, sse_content

NAME = "Anna Kowalski"
EMAIL = "anna.kowalski@example.org"
CARD = "4111 1111 1111 1111"
PHONE = "+49 30 12345678"
PII = (NAME, EMAIL, CARD, PHONE)
MESSAGE = f"Hi, I am {NAME}, mail me at {EMAIL}, call {PHONE}, card {CARD}."
BACKEND_KEY = "backend-key-0123456789abcdef"


def forms(value: str) -> set[bytes]:
    """Every way a value could travel: plain, JSON-escaped, URL-encoded, base64."""
    raw = value.encode()
    out = {
        raw,
        raw.lower(),
        json.dumps(value)[1:-1].encode(),
        quote(value).encode(),
        quote(value, safe="").encode(),
        quote_plus(value).encode(),
        base64.b64encode(raw).rstrip(b"="),
        base64.urlsafe_b64encode(raw).rstrip(b"="),
    }
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) >= 8:
        out.add(digits.encode())
    return out


def leaks(blob: bytes) -> list[str]:
    """Which PII values (by index, never printed) appear in `blob` in any form."""
    found = []
    for i, value in enumerate(PII):
        for form in forms(value):
            # base64 of a value also appears inside the base64 of a longer text:
            # search at each of the 3 alignments of the value in a longer encoding.
            if form in blob:
                found.append(f"pii[{i}]")
                break
    for i, value in enumerate(PII):
        # Inside the base64 of a longer text, a value starts at one of 3 byte alignments;
        # the middle of its encoding at that alignment does not depend on its neighbours.
        for offset in (0, 1, 2):
            encoded = base64.b64encode(bytes(offset) + value.encode())
            middle = encoded[4 if offset else 0 : -4]
            if len(middle) >= 8 and middle in blob:
                found.append(f"pii[{i}]/b64")
                break
    return found


def chat_body(model: str = "echo", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": MESSAGE}], **extra}


def content_of(reply: httpx.Response) -> str:
    text: str = reply.json()["choices"][0]["message"]["content"]
    return text


def test_upstream_never_sees_pii_in_any_field_or_header(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = {
        "model": "echo",
        "user": EMAIL,
        "metadata": {"customer": NAME, "phone": PHONE},
        "messages": [
            {"role": "system", "content": f"The user is {NAME} ({EMAIL})."},
            {"role": "user", "content": [{"type": "text", "text": MESSAGE}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {
                            "name": "charge",
                            "arguments": json.dumps({"card": CARD, "holder": NAME}),
                        },
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": f"charged {CARD} for {NAME}"},
            {"role": "user", "content": MESSAGE},
        ],
    }
    basic = base64.b64encode(f"{EMAIL}:hunter2".encode()).decode()
    headers = {
        "x-session-id": "leak-test",
        "x-api-key": BACKEND_KEY,  # a back end's key, allowed to name the subject
        "x-user-id": EMAIL,
        "x-customer-name": NAME,
        "cookie": f"name={quote(NAME)}; mail={EMAIL}",
        "authorization": f"Basic {basic}",
        "referer": f"https://shop.example/?card={quote_plus(CARD)}",
    }
    with make_proxy(upstream_api_key="sk-proxy", client_keys=(f"{BACKEND_KEY}=*",)) as url:
        before = len(fake.requests)
        reply = httpx.post(
            f"{url}/v1/chat/completions",
            params={"email": EMAIL, "note": NAME},
            json=body,
            headers=headers,
            timeout=10,
        )
    assert reply.status_code == 200, reply.text
    assert content_of(reply) == f"Noted: {MESSAGE}"
    sent = fake.requests[before:]
    assert len(sent) == 1
    assert leaks(sent[0].raw()) == []
    # It was masked, not dropped: placeholders took the values' places.
    forwarded = json.loads(sent[0].body)
    assert "<EMAIL_ADDRESS_1>" in forwarded["messages"][-1]["content"]
    assert forwarded["user"] == "<EMAIL_ADDRESS_1>"
    assert "EMAIL_ADDRESS_1" in sent[0].query  # query values are masked, not dropped
    assert sent[0].header("authorization") == "Bearer sk-proxy"
    assert sent[0].header("x-user-id") is None and sent[0].header("cookie") is None
    assert BACKEND_KEY.encode() not in sent[0].raw()


def test_client_authorization_forwarded_only_when_configured(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    auth = {"authorization": "Bearer sk-client"}
    with make_proxy(forward_client_authorization=True, upstream_api_key="sk-proxy") as url:
        httpx.get(f"{url}/v1/models", headers=auth, timeout=10)
    assert fake.requests[-1].header("authorization") == "Bearer sk-client"
    with make_proxy() as url:
        reply = httpx.get(f"{url}/v1/models", headers=auth, timeout=10)
    assert reply.json()["data"][0]["id"] == "echo"
    assert fake.requests[-1].header("authorization") is None


def test_streamed_reply_in_one_character_events_is_restored(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with (
        make_proxy() as url,
        httpx.stream(
            "POST",
            f"{url}/v1/chat/completions",
            json=chat_body("stream", stream=True),
            headers={"x-session-id": "stream-1"},
            timeout=10,
        ) as reply,
    ):
        assert reply.status_code == 200
        assert reply.headers["content-type"].startswith("text/event-stream")
        body = "".join(reply.iter_text())
    assert leaks(fake.requests[-1].raw()) == []
    assert sse_content(body) == f"Noted: {MESSAGE}"
    assert body.rstrip().endswith("data: [DONE]")


def test_two_concurrent_sessions_are_isolated(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    other_email = "jan.nowak@example.com"
    messages = {
        "alice": f"I am {NAME}, {EMAIL}",
        "bob": f"I am Jan Nowak, {other_email}",
    }
    results: dict[str, str] = {}
    with make_proxy() as url:

        def talk(session: str) -> None:
            for model in ("echo", "stream"):
                with httpx.stream(
                    "POST",
                    f"{url}/v1/chat/completions",
                    json={
                        "model": model,
                        "stream": model == "stream",
                        "messages": [{"role": "user", "content": messages[session]}],
                    },
                    headers={"x-session-id": session},
                    timeout=10,
                ) as reply:
                    text = reply.read().decode()
                results[f"{session}/{model}"] = (
                    sse_content(text)
                    if model == "stream"
                    else json.loads(text)["choices"][0]["message"]["content"]
                )

        threads = [threading.Thread(target=talk, args=(s,)) for s in messages]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        # A session cannot restore another session's placeholders.
        probe = httpx.post(
            f"{url}/v1/chat/completions",
            json={"model": "echo", "messages": [{"role": "user", "content": "<EMAIL_ADDRESS_1>"}]},
            headers={"x-session-id": "mallory"},
            timeout=10,
        )
    for session, message in messages.items():
        for model in ("echo", "stream"):
            assert results[f"{session}/{model}"] == f"Noted: {message}"
    assert content_of(probe) == "Noted: <EMAIL_ADDRESS_1>"


def test_hop_by_hop_headers_are_dropped_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    hop = {
        "connection": "keep-alive, x-client-hop",
        "x-client-hop": "secret",
        "keep-alive": "timeout=5",
        "proxy-connection": "keep-alive",
        "proxy-authorization": "Basic c2VjcmV0",
        "te": "trailers",
        "trailer": "x-checksum",
        "x-request-id": "req-42",
    }
    allowed = ("x-request-id", "x-client-hop", "te", "trailer")  # hop-by-hop wins over allowed
    with make_proxy(forward_request_headers=allowed) as url:
        reply = httpx.post(
            f"{url}/v1/chat/completions", json=chat_body("hop"), headers=hop, timeout=10
        )
    assert reply.status_code == 200
    received = {name for name, _ in fake.requests[-1].headers}
    for name in (
        "x-client-hop",
        "keep-alive",
        "proxy-connection",
        "proxy-authorization",
        "te",
        "trailer",
        "upgrade",
    ):
        assert name not in received, name
    # The proxy's own hop to the upstream has its own framing, nothing of the client's.
    assert "x-client-hop" not in (fake.requests[-1].header("connection") or "")
    assert fake.requests[-1].header("transfer-encoding") is None  # the masked length is sent
    assert fake.requests[-1].header("content-length") == str(len(fake.requests[-1].body))
    assert fake.requests[-1].header("x-request-id") == "req-42"
    for name in ("x-hop-secret", "keep-alive", "proxy-authenticate", "trailer"):
        assert name not in reply.headers, name
    assert reply.headers["x-end-to-end"] == "kept"
    assert content_of(reply) == f"Noted: {MESSAGE}"


@pytest.mark.parametrize(
    ("case", "status", "code"),
    [
        ("too_large", 413, "request_too_large"),
        ("bad_json", 400, "invalid_json"),
        ("not_json", 415, "unsupported_media_type"),
        ("unknown_path", 404, "not_found"),
        ("upstream_down", 502, "upstream_unavailable"),
        ("upstream_slow", 504, "upstream_timeout"),
        ("upstream_500_html", 500, "upstream_500"),
        ("upstream_big_error", 500, "upstream_500"),
        ("upstream_429", 429, "busy"),
    ],
)
def test_error_paths_answer_in_openai_shape(
    upstream: tuple[RecordingUpstream, str],
    make_proxy: ProxyFactory,
    case: str,
    status: int,
    code: str,
) -> None:
    fake, _ = upstream
    settings: dict[str, Any] = {"read_timeout": 0.5}
    guard_settings = {"max_body_bytes": 4096}
    if case == "upstream_down":
        settings["upstream_url"] = f"http://127.0.0.1:{free_port()}"
    request: dict[str, Any] = {"json": chat_body()}
    path = "/v1/chat/completions"
    if case == "too_large":
        request = {"json": {"model": "echo", "messages": [{"role": "user", "content": "x" * 8000}]}}
    elif case == "bad_json":
        request = {"content": b'{"messages": [', "headers": {"content-type": "application/json"}}
    elif case == "not_json":
        request = {"content": MESSAGE.encode(), "headers": {"content-type": "text/plain"}}
    elif case == "unknown_path":
        path = "/v1/files"
    elif case.startswith("upstream_") and case != "upstream_down":
        model = {
            "upstream_slow": "slow",
            "upstream_500_html": "error-500",
            "upstream_big_error": "big-error",
            "upstream_429": "error-429",
        }[case]
        request = {"json": chat_body(model)}
    with make_proxy(guard_settings, **settings) as url:
        before = len(fake.requests)
        started = time.monotonic()
        reply = httpx.post(f"{url}{path}", timeout=10, **request)
        elapsed = time.monotonic() - started
    assert reply.status_code == status, reply.text
    error = reply.json()["error"]
    assert error["code"] == code
    assert set(error) >= {"message", "type", "code"}
    assert "Traceback" not in reply.text and "<html>" not in reply.text
    assert elapsed < 3
    if case in ("too_large", "bad_json", "not_json", "unknown_path"):
        assert len(fake.requests) == before  # refused before anything went upstream
    if case == "upstream_429":
        assert reply.headers["retry-after"] == "7"
        # Upstream echo of the (masked) prompt is restored for the user, never raw upstream.
        assert EMAIL in error["message"]
    if case == "upstream_big_error":
        assert len(reply.content) < 1000


def test_overload_answers_503_with_retry_after(make_proxy: ProxyFactory) -> None:
    with make_proxy(max_concurrent_requests=1, retry_after_seconds=2) as url:
        slow: dict[str, int] = {}

        def hold() -> None:
            reply = httpx.post(f"{url}/v1/chat/completions", json=chat_body("slow"), timeout=10)
            slow["status"] = reply.status_code

        thread = threading.Thread(target=hold)
        thread.start()
        time.sleep(0.5)
        reply = httpx.post(f"{url}/v1/chat/completions", json=chat_body(), timeout=10)
        thread.join(10)
    assert reply.status_code == 503
    assert reply.headers["retry-after"] == "2"
    assert reply.json()["error"]["code"] == "overloaded"
    assert slow["status"] == 200


def test_stream_that_stalls_ends_with_an_error_event(make_proxy: ProxyFactory) -> None:
    started = time.monotonic()
    with make_proxy(read_timeout=0.5) as url:
        reply = httpx.post(
            f"{url}/v1/chat/completions", json=chat_body("stall", stream=True), timeout=10
        )
    assert time.monotonic() - started < 3
    assert reply.status_code == 200
    assert '"code": "upstream_timeout"' in reply.text


def test_health_readiness_and_metrics(make_proxy: ProxyFactory) -> None:
    with make_proxy() as url:
        httpx.post(f"{url}/v1/chat/completions", json=chat_body(), timeout=10)
        health = httpx.get(f"{url}/healthz", timeout=10)
        ready = httpx.get(f"{url}/readyz", timeout=10)
        metrics = httpx.get(f"{url}/metrics", timeout=10)
    assert health.json() == {"status": "ok"}
    assert ready.status_code == 200
    assert ready.json()["checks"]["model"] is True
    text = metrics.text
    assert 'piiguard_entities_masked_total{label="EMAIL_ADDRESS"}' in text
    assert 'piiguard_proxy_requests_total{outcome="forwarded"}' in text
    assert "piiguard_upstream_seconds_count" in text
    assert leaks(metrics.content) == []


def test_metrics_time_the_reply_check_by_kind(make_proxy: ProxyFactory) -> None:
    with make_proxy() as url:
        before = httpx.get(f"{url}/metrics", timeout=10).text
        httpx.post(f"{url}/v1/chat/completions", json=chat_body(), timeout=10)
        httpx.post(
            f"{url}/v1/chat/completions", json=chat_body("stream", stream=True), timeout=10
        )
        metrics = httpx.get(f"{url}/metrics", timeout=10)
    assert "piiguard_reply_check_seconds_count" not in before
    text = metrics.text
    # One observation per guarded reply, labelled by kind only.
    assert 'piiguard_reply_check_seconds_count{kind="json"} 1.0' in text
    assert 'piiguard_reply_check_seconds_count{kind="stream"} 1.0' in text
    assert 'piiguard_reply_check_seconds_bucket{kind="stream",le="+Inf"} 1.0' in text
    assert leaks(metrics.content) == []


def test_start_fails_loudly_when_redis_is_unreachable(
    upstream: tuple[RecordingUpstream, str],
) -> None:
    config = ProxyConfig(
        upstream_url=upstream[1],
        guard=GuardConfig(
            detector="patterns", redis_url=f"redis://127.0.0.1:{free_port()}/0", secret_key="k" * 32
        ),
    )
    app = create_app(config, guard=Guard(config.guard, detector=make_detector()))
    with pytest.raises(RuntimeError, match="failed to start"), serve(app):
        pass


def test_readyz_is_503_until_started(upstream: tuple[RecordingUpstream, str]) -> None:
    config = ProxyConfig(upstream_url=upstream[1], guard=GuardConfig(detector="patterns"))
    app = create_app(config, guard=Guard(config.guard, detector=make_detector()))
    with serve(app, lifespan="off") as url:
        ready = httpx.get(f"{url}/readyz", timeout=10)
        chat = httpx.post(f"{url}/v1/chat/completions", json=chat_body(), timeout=10)
    assert ready.status_code == 503
    assert ready.json()["checks"] == {"model": False, "upstream_client": False}
    assert chat.status_code == 503
    assert chat.json()["error"]["code"] == "not_ready"


def test_allowed_paths_are_forwarded_and_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy(allowed_paths=("/v1/completions", "/v1/files/*")) as url:
        before = len(fake.requests)
        legacy = httpx.post(
            f"{url}/v1/completions", json={"model": "echo", "prompt": MESSAGE}, timeout=10
        )
        listed = httpx.get(f"{url}/v1/files/abc", timeout=10)
        refused = httpx.get(f"{url}/v1/assistants", timeout=10)
    assert legacy.status_code == 200 and listed.status_code == 200
    assert refused.status_code == 404
    sent = fake.requests[before:]
    assert [r.path for r in sent] == ["/v1/completions", "/v1/files/abc"]
    assert leaks(sent[0].raw()) == []
    assert "<EMAIL_ADDRESS_1>" in json.loads(sent[0].body)["prompt"]


def test_a_guard_that_leaves_the_chat_route_unguarded_is_refused() -> None:
    from piiguard.exceptions import ConfigError

    config = ProxyConfig(upstream_url="http://127.0.0.1:9", guard=GuardConfig(detector="patterns"))
    guard = Guard(GuardConfig(detector="patterns", routes=("/chat",)), detector=make_detector())
    with pytest.raises(ConfigError, match="unmasked"):
        create_app(config, guard=guard)


@pytest.mark.parametrize("freeze", [False, True])
def test_the_proxy_process_freezes_what_start_up_built(
    upstream: tuple[RecordingUpstream, str], freeze: bool
) -> None:
    # `piiguard proxy` owns its process: once started, a full collection need not walk the
    # model, the word lists and the app again (gc.freeze). An embedding caller decides.
    config = ProxyConfig(upstream_url=upstream[1], guard=GuardConfig(detector="patterns"))
    guard = Guard(config.guard, detector=make_detector())
    gc.unfreeze()
    try:
        with serve(create_app(config, guard=guard, freeze_after_start=freeze)) as url:
            reply = httpx.post(f"{url}/v1/chat/completions", json=chat_body(), timeout=10)
            frozen = gc.get_freeze_count()
        assert reply.status_code == 200
        assert (frozen > 0) is freeze
    finally:
        gc.unfreeze()
