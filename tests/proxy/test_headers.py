"""Header rules: hop-by-hop never crosses, requests go upstream through an allowlist."""

from __future__ import annotations

import pytest

from piiguard.proxy.config import DEFAULT_FORWARD_HEADERS
from piiguard.proxy.headers import client_response_headers, upstream_request_headers


def raw(*pairs: tuple[str, str]) -> list[tuple[bytes, bytes]]:
    return [(k.encode(), v.encode()) for k, v in pairs]


def upstream(*pairs: tuple[str, str], key: str = "", forward_auth: bool = False) -> dict[str, str]:
    out = upstream_request_headers(
        raw(*pairs),
        allowed=(*DEFAULT_FORWARD_HEADERS, "x-trace", "te"),
        upstream_api_key=key,
        forward_client_authorization=forward_auth,
    )
    return dict(out)


@pytest.mark.parametrize(
    "name",
    [
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "transfer-encoding",
        "upgrade",
        "proxy-authorization",
        "trailer",
        "content-length",
        "content-encoding",
        "host",
    ],
)
def test_hop_by_hop_and_length_headers_never_go_upstream(name: str) -> None:
    assert name not in upstream((name, "x"), ("content-type", "application/json"))


def test_headers_named_by_connection_are_dropped() -> None:
    headers = upstream(("connection", "close, X-Trace"), ("x-trace", "1"), ("accept", "*/*"))
    assert "x-trace" not in headers
    assert headers["accept"] == "*/*"


def test_only_allowed_headers_pass() -> None:
    headers = upstream(
        ("x-user-id", "anna@example.org"), ("cookie", "a=b"), ("x-stainless-lang", "python")
    )
    assert "x-user-id" not in headers and "cookie" not in headers
    assert headers["x-stainless-lang"] == "python"
    assert headers["accept-encoding"] == "identity"


@pytest.mark.parametrize(
    ("client", "key", "forward", "expected"),
    [
        ("Bearer c", "p", False, "Bearer p"),
        ("Bearer c", "p", True, "Bearer c"),
        (None, "p", True, "Bearer p"),
        ("Bearer c", "", False, None),
        (None, "", False, None),
    ],
)
def test_authorization(client: str | None, key: str, forward: bool, expected: str | None) -> None:
    pairs = [("authorization", client)] if client else []
    assert upstream(*pairs, key=key, forward_auth=forward).get("authorization") == expected


def test_response_headers_lose_hop_by_hop_and_length() -> None:
    headers = dict(
        client_response_headers(
            raw(
                ("Connection", "x-secret"),
                ("X-Secret", "1"),
                ("Keep-Alive", "timeout=5"),
                ("Proxy-Authenticate", "Basic"),
                ("Content-Length", "10"),
                ("Content-Encoding", "gzip"),
                ("Date", "today"),
                ("X-Request-Id", "r1"),
                ("Content-Type", "application/json"),
            )
        )
    )
    assert headers == {"x-request-id": "r1", "content-type": "application/json"}
