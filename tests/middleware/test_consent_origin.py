"""The consent and rights API served by the middleware, for a host app whose login is a
cookie: a browser sends that cookie with a request another site starts (a form, a fetch),
so a change of consent, a restriction or an erasure that a browser says comes from another
site is refused (403 `origin_not_allowed`) unless its origin is one the deployment trusts
(`consent_trusted_origins`); the app's own pages, servers and SDKs (no `Origin`) change
as before, and reads are left to the host app's CORS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.authentication import (
    AuthCredentials,
    AuthenticationBackend,
    BaseUser,
    SimpleUser,
)
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.consent.api import consent_routes
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio

SITE = "https://chat.example"
ADMIN = "admin-key-for-tests"
GIVE = {
    "purpose": "model_training",
    "action": "given",
    "notice_version": "v1",
    "consent_text": "I consent to the processing of personal data for the purpose of "
    "improving the automated system for handling inquiries",
}


class CookieLogin(AuthenticationBackend):
    """The host app's login: a `login` cookie (ambient: the browser sends it anywhere)."""

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        name = conn.cookies.get("login")
        return (AuthCredentials(["authenticated"]), SimpleUser(name)) if name else None


async def chat(request: Request) -> Response:
    return JSONResponse({"ok": True})


def make(tmp_path: Path, trusted: tuple[str, ...] = ()) -> Any:
    settings = {"consent_trusted_origins": trusted} if trusted else {}
    config = GuardConfig(
        detector="patterns",
        training_sink="jsonl",
        training_jsonl_path=str(tmp_path / "training.jsonl"),
        consent_notice_version="v1",
        consent_admin_key=ADMIN,
        **settings,
    )
    guard = Guard(config, detector=Detector.patterns())
    app = Starlette(routes=[Route("/chat", chat, methods=["POST"])])
    return AuthenticationMiddleware(PiiGuardMiddleware(app, guard=guard), backend=CookieLogin())


def browser(app: Any) -> httpx.AsyncClient:
    """Alice's browser on the app's own site: her login cookie goes with every request."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=SITE, cookies={"login": "alice"}
    )


CROSS = {"origin": "https://evil.example", "sec-fetch-site": "cross-site"}

# (method, path, body, extra headers): every change the API offers, sent cross-site
CHANGES: dict[str, tuple[str, str, Any, dict[str, str]]] = {
    "consent given": ("POST", "/consent", GIVE, {}),
    "self-erasure": ("POST", "/consent/me/erase", {"confirm": "erase"}, {}),
    "restriction": ("POST", "/consent/me/restriction", None, {}),
    # What a page on any site can make a browser send with no CORS at all: a form with no
    # fields (a "simple" request). The restriction takes no body, so this one was taken.
    "restriction by an empty form": (
        "POST", "/consent/me/restriction", b"",
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    "restriction lifted": ("DELETE", "/consent/me/restriction", None, {}),
    "operator's erasure": (
        "POST", "/admin/consent/erase", {"subject": "alice"}, {"x-api-key": ADMIN}
    ),
}

# How a browser says a request comes from elsewhere.
ELSEWHERE: dict[str, dict[str, str]] = {
    "another site": CROSS,
    "another site, an older browser (Origin only)": {"origin": "https://evil.example"},
    "a sandboxed frame (Origin: null)": {"origin": "null"},
    "Sec-Fetch-Site alone": {"sec-fetch-site": "cross-site"},
    "a sibling subdomain": {"origin": "https://blog.chat.example", "sec-fetch-site": "same-site"},
    "the same host over http": {"origin": "http://chat.example"},
    "an origin the trusted list does not hold": {
        "origin": "https://evil.example", "sec-fetch-site": "cross-site"
    },
}


async def _state(c: httpx.AsyncClient) -> tuple[int, bool]:
    """Alice's consent records and whether she is restricted, as she reads them."""
    read = await c.get("/consent")
    assert read.status_code == 200, read.text
    return len(read.json()["records"]), read.json()["restricted"]


@pytest.mark.parametrize("where", list(ELSEWHERE))
@pytest.mark.parametrize("change", list(CHANGES))
async def test_a_change_a_browser_sends_from_elsewhere_is_refused(
    tmp_path: Path, change: str, where: str
) -> None:
    method, path, body, extra = CHANGES[change]
    trusted = ("https://app.example",) if "trusted list" in where else ()
    async with browser(make(tmp_path, trusted)) as c:
        # Alice gave consent on the app's own site; for the lift, she is restricted too.
        assert (await c.post("/consent", json=GIVE)).status_code == 201
        if method == "DELETE":
            assert (await c.post("/consent/me/restriction")).status_code == 200
        before = await _state(c)
        sent = {"content": body} if isinstance(body, bytes) else {"json": body}
        reply = await c.request(method, path, headers={**extra, **ELSEWHERE[where]}, **sent)
        assert reply.status_code == 403, reply.text
        assert reply.json()["error"]["code"] == "origin_not_allowed"
        assert reply.headers["cache-control"] == "no-store"
        assert "evil" not in reply.text and "alice" not in reply.text
        assert await _state(c) == before


# How a request that may change consent looks: the app's own pages, a trusted front end,
# a server or SDK (no Origin), and a browser's Origin without a Sec-Fetch-Site.
HERE: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "the app's own page": ({"origin": SITE, "sec-fetch-site": "same-origin"}, ()),
    "the app's own page, an older browser": ({"origin": SITE}, ()),
    "the app's own page, with the default port": ({"origin": f"{SITE}:443"}, ()),
    "a server or SDK": ({}, ()),
    "a typed address or a bookmark (Sec-Fetch-Site: none)": ({"sec-fetch-site": "none"}, ()),
    "a trusted front end": (
        {"origin": "https://App.example", "sec-fetch-site": "cross-site"},
        ("https://app.example/",),
    ),
    "every origin trusted": (CROSS, ("*",)),
}


@pytest.mark.parametrize("where", list(HERE))
async def test_a_change_from_the_app_or_a_trusted_origin_is_taken(
    tmp_path: Path, where: str
) -> None:
    headers, trusted = HERE[where]
    async with browser(make(tmp_path, trusted)) as c:
        given = await c.post("/consent", json=GIVE, headers=headers)
        assert given.status_code == 201, given.text
        restricted = await c.post("/consent/me/restriction", headers=headers)
        assert restricted.status_code == 200, restricted.text
        assert await _state(c) == (1, True)


async def test_reads_and_chats_from_elsewhere_are_left_to_the_host_apps_cors(
    tmp_path: Path,
) -> None:
    # A read changes nothing (a browser shows another site its answer only under CORS),
    # and chats are the guarded routes' business: neither is refused here.
    async with browser(make(tmp_path)) as c:
        assert (await c.post("/consent", json=GIVE)).status_code == 201
        assert (await c.get("/consent/me", headers=CROSS)).status_code == 200
        assert (await c.post("/chat", json={"message": "hi"}, headers=CROSS)).status_code == 200


async def test_two_origin_headers_are_refused(tmp_path: Path) -> None:
    app = make(tmp_path)
    async with browser(app) as c:
        request = c.build_request("POST", "/consent", json=GIVE)
        request.headers = httpx.Headers(
            [*request.headers.multi_items(), ("origin", SITE), ("origin", "https://evil.example")]
        )
        reply = await c.send(request)
    assert reply.status_code == 403, reply.text


async def test_a_trusted_origin_must_be_an_origin() -> None:
    from piiguard.exceptions import ConfigError

    for bad in ("chat.example", "https://chat.example/path", "https://"):
        with pytest.raises(ConfigError, match="CONSENT_TRUSTED_ORIGINS"):
            GuardConfig(consent_trusted_origins=(bad,))


def mounted(tmp_path: Path, trusted: tuple[str, ...] = ()) -> Any:
    """The host app mounting `consent_routes` itself (README: "Mounted elsewhere"), with
    its cookie login and no PiiGuardMiddleware in front of the routes."""
    config = GuardConfig(
        detector="patterns",
        training_sink="jsonl",
        training_jsonl_path=str(tmp_path / "training.jsonl"),
        consent_notice_version="v1",
    )
    guard = Guard(config, detector=Detector.patterns())
    assert guard.gate is not None
    return Starlette(
        routes=consent_routes(gate=guard.gate, trusted_origins=trusted),
        middleware=[Middleware(AuthenticationMiddleware, backend=CookieLogin())],
    )


@pytest.mark.parametrize("where", list(ELSEWHERE))
async def test_routes_an_app_mounts_itself_refuse_a_change_from_elsewhere(
    tmp_path: Path, where: str
) -> None:
    trusted = ("https://app.example",) if "trusted list" in where else ()
    async with browser(mounted(tmp_path, trusted)) as c:
        form = {"content-type": "application/x-www-form-urlencoded"}
        reply = await c.post(
            "/consent/me/restriction", content=b"", headers={**form, **ELSEWHERE[where]}
        )
        assert reply.status_code == 403, reply.text
        assert reply.json()["error"]["code"] == "origin_not_allowed"
        assert reply.headers["cache-control"] == "no-store"
        assert (await c.get("/consent/me")).json()["restricted"] is False


@pytest.mark.parametrize("where", list(HERE))
async def test_routes_an_app_mounts_itself_take_a_change_from_the_app(
    tmp_path: Path, where: str
) -> None:
    headers, trusted = HERE[where]
    async with browser(mounted(tmp_path, trusted)) as c:
        restricted = await c.post("/consent/me/restriction", headers=headers)
        assert restricted.status_code == 200, restricted.text
