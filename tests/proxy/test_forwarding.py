"""The forwarder's one pooled upstream client serves every user: nothing of one
request's reply may ride along on another's request."""

from __future__ import annotations

from typing import Any

import httpx
from starlette.testclient import TestClient

from piiguard.proxy.app import create_app
from piiguard.proxy.config import ProxyConfig


class CookieSettingUpstream:
    """An upstream that sets a cookie on every reply and records the Cookie header it gets."""

    def __init__(self) -> None:
        self.cookies: list[str | None] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        while (await receive()).get("more_body"):
            pass
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        self.cookies.append(headers.get("cookie"))
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"set-cookie", b"upstream_session=for-the-first-caller; Path=/"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b'{"object": "list", "data": []}'})


def test_a_cookie_the_upstream_sets_never_goes_out_with_a_later_request() -> None:
    upstream = CookieSettingUpstream()
    config = ProxyConfig.load(
        environ={"PIIGUARD_UPSTREAM_URL": "http://upstream.test", "PIIGUARD_DETECTOR": "patterns"}
    )
    app = create_app(config, transport=httpx.ASGITransport(app=upstream))
    with TestClient(app, base_url="http://127.0.0.1:8080") as client:
        for session in ("first", "second", "third"):
            reply = client.get("/v1/models", headers={"x-session-id": session})
            assert reply.status_code == 200
            client.cookies.clear()  # the test client's own jar is not the proxy's
    assert upstream.cookies == [None, None, None]
