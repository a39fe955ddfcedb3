"""ASGI shapes edge17's probe found unguarded: cookie values (a FastAPI `Cookie()`
parameter reads them as sent), a body message a server sends after the body's end, a scope
type no ASGI version defines on a guarded route, and a WebSocket's
`sec-websocket-protocol` header that names other subprotocols than the scope's list; and
edge18's: an app's XML or HTML reply with a value cut by markup."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from piiguard import Detector
from piiguard.config import GuardConfig
from piiguard.exceptions import PiiGuardError, ScopeNotExaminedError
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard

pytestmark = pytest.mark.anyio

EMAIL = "anna.kowalski@example.org"
CARD = "4111111111111111"


def _guarded(app: Any, **settings: Any) -> PiiGuardMiddleware:
    config = GuardConfig(detector="patterns", detection_timeout_seconds=60, **settings)
    return PiiGuardMiddleware(app, guard=Guard(config, detector=Detector.patterns()))


class CookieApp:
    """Records the `cookie` header and the cookies Starlette parses from it."""

    def __init__(self) -> None:
        self.seen: list[tuple[bytes, dict[str, str]]] = []
        self.app = Starlette(routes=[Route("/chat/x", self.read)])

    async def read(self, request: Request) -> Response:
        self.seen.append((dict(request.scope["headers"]).get(b"cookie", b""), request.cookies))
        return JSONResponse({"ok": True})


COOKIES_WITH_VALUES: dict[str, tuple[str, str]] = {
    "an e-mail": (f"email={EMAIL}; theme=dark", EMAIL),
    "an e-mail percent-encoded": ("contact=anna.kowalski%40example.org", "kowalski%40example"),
    "a card": (f"card={CARD}", CARD),
    "keyed digits": ("account_number=12345678", "12345678"),
    "a quoted value": (f'note="mail {EMAIL}"', EMAIL),
    # Read as the app reads them (Starlette's `cookie_parser`): a chunk with no "=" is the
    # value of the cookie "", a name is text too, a quoted value is unquoted.
    "a chunk with no name": (CARD, CARD),
    "an empty name": (f"={EMAIL}", EMAIL),
    "a value in the name": (f"{EMAIL}=1", EMAIL),
    "an octal escape": ('card="\\064111111111111111"', CARD),
}


@pytest.mark.parametrize("case", COOKIES_WITH_VALUES.values(), ids=list(COOKIES_WITH_VALUES))
async def test_cookie_values_are_masked_after_their_names(case: tuple[str, str]) -> None:
    cookie, value = case
    inner = CookieApp()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=_guarded(inner.app)), base_url="http://test"
    ) as c:
        reply = await c.get("/chat/x", headers={"cookie": cookie, "x-session-id": "ck"})
    assert reply.status_code == 200
    header, parsed = inner.seen[0]
    assert value.encode() not in header
    assert value not in json.dumps(parsed)
    assert b"<" in header  # a placeholder stands where the value stood


LOOK_ALIKE_COOKIES = [
    "theme=dark; lang=en-GB",
    "sessionid=s%3A9f8e7d6c5b4a3f2e.Vb1kQ; csrftoken=Xk2pQ9rT7wLm4Zs8",
    "piiguard_session=anna.kowalski@example.org",  # the guard's own session cookie
]


@pytest.mark.parametrize("cookie", LOOK_ALIKE_COOKIES)
async def test_cookies_without_a_personal_value_pass_as_sent(cookie: str) -> None:
    inner = CookieApp()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=_guarded(inner.app)), base_url="http://test"
    ) as c:
        reply = await c.get("/chat/x", headers={"cookie": cookie})
    assert reply.status_code == 200
    assert inner.seen[0][0] == cookie.encode()


SIGNED_SESSION = (
    "session=eyJ1c2VyIjogImFubmEua293YWxza2lAZXhhbXBsZS5vcmcifQ==.ZxYwVu.abcDEF123ghiJKL456"
)
"""A signed session cookie (Starlette's `SessionMiddleware`, itsdangerous) whose base64
payload holds an e-mail: `{"user": "anna.kowalski@example.org"}`."""


@pytest.mark.parametrize(("passthrough", "kept"), [((), False), (("session",), True)])
async def test_a_cookie_named_in_passthrough_cookies_reaches_the_app_as_sent(
    passthrough: tuple[str, ...], kept: bool
) -> None:
    # Masked, its signature no longer holds (the app sees no session): the operator names
    # the cookies the app must read as it signed them.
    inner = CookieApp()
    app = _guarded(inner.app, passthrough_cookies=passthrough)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://test"
    ) as c:
        reply = await c.get("/chat/x", headers={"cookie": f"{SIGNED_SESSION}; email={EMAIL}"})
    assert reply.status_code == 200
    header = inner.seen[0][0]
    assert (SIGNED_SESSION.encode() in header) is kept
    assert EMAIL.encode() not in header  # the other cookie is masked either way


# -- raw ASGI: messages no server should send -----------------------------------------------


def _scope(path: str = "/chat/x", kind: str = "http", **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"x-session-id", b"raw")],
        "client": ("127.0.0.1", 1),
        "server": ("test", 80),
        **extra,
    }


class BodyReader:
    """Reads the body, then reads once more (as an app watching for a disconnect does)."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.after: list[Any] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        self.bodies.append(body)
        try:
            self.after.append(await asyncio.wait_for(receive(), 0.5))
        except TimeoutError:
            self.after.append(None)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})


async def _run(app: Any, scope: dict[str, Any], messages: list[dict[str, Any]]) -> list[Any]:
    queue = list(messages)
    sent: list[Any] = []

    async def receive() -> dict[str, Any]:
        if queue:
            return queue.pop(0)
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(message)

    await asyncio.wait_for(app(scope, receive, send), 10)
    return sent


async def test_a_body_message_after_the_end_of_the_body_never_reaches_the_app() -> None:
    inner = BodyReader()
    late = json.dumps({"note": f"mail {EMAIL}"}).encode()
    sent = await _run(
        _guarded(inner),
        _scope(),
        [
            {"type": "http.request", "body": b'{"note": "hi"}'},
            {"type": "http.request", "body": late},
            {"type": "http.disconnect"},
        ],
    )
    assert sent[0]["status"] == 200
    assert [json.loads(body) for body in inner.bodies] == [{"note": "hi"}]
    # The app waiting for more is told of the disconnect, not handed the late body.
    assert inner.after == [{"type": "http.disconnect"}]


async def test_an_unknown_scope_type_on_a_guarded_route_is_refused() -> None:
    called: list[Any] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        called.append(scope)

    scope = _scope(f"/chat/{EMAIL}", kind="webtransport")
    with pytest.raises(ScopeNotExaminedError) as refused:
        await _run(_guarded(app), scope, [{"type": "webtransport.connect"}])
    assert called == []
    assert isinstance(refused.value, PiiGuardError)
    assert EMAIL not in str(refused.value) and "webtransport" not in str(refused.value)
    # On a path the guard does not guard it passes, as other routes do.
    await _run(_guarded(app), _scope("/static/x", kind="webtransport"), [])
    assert len(called) == 1


# -- WebSocket: the subprotocol header --------------------------------------------------------


async def test_the_subprotocol_header_is_masked_whatever_the_scope_lists() -> None:
    seen: list[Any] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope)
        await receive()
        await send({"type": "websocket.close", "code": 1000})

    iban = "DE89370400440532013000"
    scope = _scope("/ws", kind="websocket", subprotocols=["v1"])
    scope["headers"] = [
        (b"x-session-id", b"sp"),
        (b"sec-websocket-protocol", f"v1, acct.{iban}, card-{CARD}".encode()),
        (b"sec-websocket-key", b"dGhlIHNhbXBsZSBub25jZQ=="),
    ]
    await _run(_guarded(app), scope, [{"type": "websocket.connect"}])
    headers = dict(seen[0]["headers"])
    assert iban.encode() not in headers[b"sec-websocket-protocol"]
    assert CARD.encode() not in headers[b"sec-websocket-protocol"]
    assert headers[b"sec-websocket-protocol"].startswith(b"v1, ")
    # The handshake's own headers pass as sent.
    assert headers[b"sec-websocket-key"] == b"dGhlIHNhbXBsZSBub25jZQ=="
    assert seen[0]["subprotocols"] == ["v1"]


async def test_the_subprotocol_header_is_written_back_in_the_codec_it_was_read_in() -> None:
    seen: list[Any] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope)
        await receive()
        await send({"type": "websocket.close", "code": 1000})

    scope = _scope("/ws", kind="websocket", subprotocols=[])
    scope["headers"] = [
        (b"x-session-id", b"sp"),
        # Not UTF-8: read as ISO-8859-1, so written back in it, not as UTF-8.
        (b"sec-websocket-protocol", b"caf\xe9, card-" + CARD.encode()),
        (b"sec-websocket-protocol", b"th\xe9, v2"),  # nothing masked: its bytes as sent
    ]
    await _run(_guarded(app), scope, [{"type": "websocket.connect"}])
    written = [v for n, v in seen[0]["headers"] if n == b"sec-websocket-protocol"]
    assert written[0].startswith(b"caf\xe9, ")
    assert CARD.encode() not in written[0]
    assert written[1] == b"th\xe9, v2"


# -- a reply's charset ------------------------------------------------------------------------


async def test_a_reply_charset_python_refuses_with_a_value_error_is_a_502_not_a_500() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        # `codecs.lookup("utf\x00")` raises ValueError ("embedded null character").
        headers = [(b"content-type", b'application/json; charset="utf\x00"')]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": json.dumps({"note": EMAIL}).encode()})

    sent = await _run(_guarded(app), _scope(), [{"type": "http.request", "body": b"{}"}])
    assert sent[0]["status"] == 502
    body = b"".join(message.get("body", b"") for message in sent[1:])
    assert b"reply_type_not_supported" in body
    assert EMAIL.encode() not in body


# -- a request's charset ----------------------------------------------------------------------

# A request body is read only in an encoding of the WHATWG list (the one a reply is read in):
# utf-7 and the escape codecs decode to lone surrogates ("+2D3-", "\\ud83d") and to
# characters written as other characters ("+AEA-" is "@"), which no browser or client sends;
# base64, zlib and rot13 are no text encodings; `utf\x00` makes `codecs.lookup` raise
# ValueError, not LookupError.
REQUEST_CHARSETS_REFUSED: dict[str, tuple[bytes, bytes]] = {
    "utf-7": (b"utf-7", json.dumps({"note": f"mail {EMAIL}"}).encode("utf-7")),
    "utf-7 with a lone surrogate": (b"utf-7", b'{"note": "+2D3- mail ' + EMAIL.encode() + b'"}'),
    "unicode_escape": (b"unicode_escape", b'{"note": "mail \\u0061nna.kowalski@example.org"}'),
    "raw_unicode_escape": (b"raw_unicode_escape", b'{"note": "\\ud83d ' + EMAIL.encode() + b'"}'),
    "base64": (b"base64", json.dumps({"note": EMAIL}).encode()),
    "rot13": (b"rot13", json.dumps({"note": EMAIL}).encode()),
    "a NUL in the name": (b'"utf\x00"', json.dumps({"note": EMAIL}).encode()),
}


@pytest.mark.parametrize(
    "case", REQUEST_CHARSETS_REFUSED.values(), ids=list(REQUEST_CHARSETS_REFUSED)
)
async def test_a_request_charset_outside_the_whatwg_list_is_415(
    case: tuple[bytes, bytes],
) -> None:
    charset, body = case
    inner = BodyReader()
    headers = [(b"content-type", b"application/json; charset=" + charset)]
    sent = await _run(
        _guarded(inner),
        _scope(headers=[*headers, (b"x-session-id", b"cs")]),
        [{"type": "http.request", "body": body}],
    )
    assert sent[0]["status"] == 415
    answer = json.loads(b"".join(message.get("body", b"") for message in sent[1:]))
    assert answer["error"]["code"] == "unsupported_charset"
    assert inner.bodies == []
    assert EMAIL.encode() not in json.dumps(answer).encode()


@pytest.mark.parametrize(
    ("charset", "codec", "word"),
    [("windows-1252", "cp1252", "Zoë"), ("iso-8859-2", "iso8859-2", "Łódź"),
     ("shift_jis", "shift_jis", "東京"), ("utf-16le", "utf-16-le", "Zoë"),
     ("gb18030", "gb18030", "北京")],
)
async def test_a_request_charset_of_the_whatwg_list_is_read(
    charset: str, codec: str, word: str
) -> None:
    # The control beside the refusals: the list is the one that reads, not a refusal of all.
    inner = BodyReader()
    body = json.dumps({"note": f"{word} {EMAIL}"}, ensure_ascii=False).encode(codec)
    sent = await _run(
        _guarded(inner),
        _scope(headers=[(b"content-type", f"application/json; charset={charset}".encode()),
                        (b"x-session-id", b"cs")]),
        [{"type": "http.request", "body": body}],
    )
    assert sent[0]["status"] == 200, sent
    assert json.loads(inner.bodies[0]) == {"note": f"{word} <EMAIL_ADDRESS_1>"}


@pytest.mark.parametrize(
    ("content_type", "codec"),
    [(b"application/json; charset=utf-32", "utf-32"),
     (b"application/json; charset=UTF-32LE", "utf-32-le"),
     (b"application/json", "utf-32-be")],  # no charset, no BOM: `json.loads` reads it
    ids=["utf-32", "utf-32le", "no charset"],
)
async def test_a_request_in_json_utf32_is_read_with_its_charset_as_without(
    content_type: bytes, codec: str
) -> None:
    # JSON's UTF-32 is read by its first bytes without a charset; naming it is no refusal.
    inner = BodyReader()
    body = json.dumps({"note": f"Zoë {EMAIL}"}, ensure_ascii=False).encode(codec)
    sent = await _run(
        _guarded(inner),
        _scope(headers=[(b"content-type", content_type), (b"x-session-id", b"cs")]),
        [{"type": "http.request", "body": body}],
    )
    assert sent[0]["status"] == 200, sent
    assert json.loads(inner.bodies[0]) == {"note": "Zoë <EMAIL_ADDRESS_1>"}


# -- a reply in byte ranges ---------------------------------------------------------------------


@pytest.mark.parametrize("ranges", ["bytes=0-20", "bytes=21-", "bytes=0-10,11-30"])
async def test_a_range_request_gets_the_whole_reply_checked(tmp_path: Any, ranges: str) -> None:
    # A slice of a file cuts a value the guard cannot tell in either piece; a client
    # joining consecutive ranges would get it whole. The app is asked for the whole file.
    foreign = "jan.nowak@example.net"
    page = tmp_path / "notes.txt"
    page.write_text(f"Notes. Contact: mail {foreign} today\n")

    async def file(request: Request) -> Response:
        return FileResponse(page)

    app = _guarded(Starlette(routes=[Route("/chat/file", file)]))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://test"
    ) as c:
        reply = await c.get("/chat/file", headers={"range": ranges})
    assert reply.status_code == 200
    assert reply.text == "Notes. Contact: mail [EMAIL_ADDRESS] today\n"


async def test_a_cookie_in_utf8_is_read_and_rewritten_in_utf8() -> None:
    # A browser sends what the app set: a UTF-8 value beside one holding an e-mail keeps
    # its bytes when the e-mail is masked.
    inner = CookieApp()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=_guarded(inner.app)), base_url="http://test"
    ) as c:
        reply = await c.get(
            "/chat/x", headers=[(b"cookie", f"city=Łódź; email={EMAIL}".encode())]
        )
    assert reply.status_code == 200
    assert inner.seen[0][0] == "city=Łódź; email=<EMAIL_ADDRESS_1>".encode()


# -- markup inside a value (probe_edge18) ------------------------------------------------------

FOREIGN_EMAIL = "someone.else@example.net"
MARKUP_APP_REPLIES = {
    "xml cdata": ("application/xml", "<a><![CDATA[someone.else]]><![CDATA[@example.net]]></a>"),
    "html inline tag": ("text/html", "<p>mail someone.else<wbr>@example.net</p>"),
}


@pytest.mark.parametrize("shape", MARKUP_APP_REPLIES)
async def test_an_app_reply_with_a_value_cut_by_markup_is_masked(shape: str) -> None:
    media_type, text = MARKUP_APP_REPLIES[shape]

    async def reply(request: Request) -> Response:
        await request.body()
        return Response(text, media_type=media_type)

    guarded = _guarded(Starlette(routes=[Route("/chat/x", reply, methods=["POST"])]))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=guarded), base_url="http://t"
    ) as client:
        response = await client.post("/chat/x", json={"q": "hi"})
    assert response.status_code == 200
    assert "someone.else" not in response.text and "example.net" not in response.text
    assert "[EMAIL_ADDRESS]" in response.text
