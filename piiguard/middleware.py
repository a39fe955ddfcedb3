"""`PiiGuardMiddleware`: a thin pure-ASGI adapter between a chat app and the `Guard`.

For the configured routes every string of the JSON request body and of the query
string is masked before the app sees it (`Guard.protect`), and the reply is restored
and guarded on its way out by a responder picked for its content type
(`piiguard.responders`). WebSocket text frames, subprotocols and close reasons are
masked and restored the same way (the app's frames as one stream: `WebSocketFrames`),
an accept's header values checked, a denial response guarded like any reply; binary
frames are refused. Everything else passes straight through. It fails
closed: a request the guard cannot check is answered with an error and the app is
never called.

    app = PiiGuardMiddleware(app, config=GuardConfig(routes=("/chat",)))
"""

from __future__ import annotations

import json
import logging
import time
import zlib
from collections import deque
from collections.abc import Sequence
from http import cookies as http_cookies
from typing import Any, NamedTuple
from urllib.parse import quote

import anyio
from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from piiguard import context
from piiguard._types import CREDENTIAL
from piiguard.auth import READ_METHODS, comparable_origin
from piiguard.chat_format import error_body, error_response, strict_json
from piiguard.client_frames import TypedFrames, frame_text
from piiguard.config import GuardConfig
from piiguard.encryption import SealError, VaultKeyMissingError
from piiguard.exceptions import (
    DetectionError,
    DocumentNotExaminedError,
    DocumentTooDeepError,
    InputTooLongError,
    OverloadedError,
    PiiGuardError,
    ProcessingRestrictedError,
    ScopeNotExaminedError,
    SessionErasedError,
    TokenIdsNotExaminedError,
    VaultError,
)
from piiguard.identity import (
    Identity,
    SessionOwner,
    SubjectResolver,
    identify,
    trusted_subject,
)
from piiguard.pipeline import SEAM_CHARS, DetectionReport, Guard
from piiguard.responders import (
    ReplyResponder,
    WebSocketReplies,
    charset_of,
    header_codec,
    is_json,
    media_type,
    reply_error,
    rewrite_header_values,
    structural_texts,
    text_codec,
)

logger = logging.getLogger("piiguard")

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_NOT_FORWARDED = "personal data could not be checked; the request was not forwarded"
_VAULT_DOWN = "piiguard's vault could not be reached; the request was not forwarded"
_VAULT_KEY_MISSING = (
    "this session's stored values were sealed with a vault key this piiguard does not hold "
    "(an old key removed before its values were re-keyed); the request was not forwarded. "
    "Retrying does not help: start a new session, or ask the operator to configure the "
    "old key and run `piiguard vault rekey`"
)
_VAULT_UNREADABLE = (
    "a stored value of this session does not open with the configured vault key (a wrong "
    "key, or altered at rest); the request was not forwarded"
)
# A request the guard refuses for what it holds, not for a fault of its own: the error's
# own message (it names no value), the status, the error code and the metrics outcome.
# Checked in order, as `except` clauses would be.
_REFUSALS: tuple[tuple[type[PiiGuardError], int, str, str], ...] = (
    (InputTooLongError, 413, "text_too_long", "rejected_413"),
    (DocumentTooDeepError, 400, "invalid_body", "rejected_400"),
    # A PDF, an Office file, an archive: text no recognizer reads (not a fault, a body
    # shape the guard does not pass; request_documents="allow" passes it).
    (DocumentNotExaminedError, 415, "document_not_examined", "rejected_415"),
    # Token ids: text only the upstream's tokenizer reads (request_token_ids="allow").
    (TokenIdsNotExaminedError, 415, "token_ids_not_examined", "rejected_415"),
    (ProcessingRestrictedError, 403, "processing_restricted", "restricted"),
    # Not a fault: the user's data was erased mid-request. 409 tells the client to send
    # it again (the OpenAI SDKs do so by themselves); that one is new data.
    (SessionErasedError, 409, "session_erased", "session_erased"),
)
_REFUSED_AS_SENT = tuple(kind for kind, _, _, _ in _REFUSALS)
_WS_UNSUPPORTED_DATA = 1003
_WS_POLICY_VIOLATION = 1008
_WS_INTERNAL_ERROR = 1011
_PATH_SAFE = "/:@!$&'()*+,;=~"
"""Characters a re-encoded path keeps as they are (RFC 3986 pchar and `/`)."""


STRUCTURAL_HEADERS: frozenset[str] = frozenset({
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-api-key",
    "api-key",
    "host",
    "origin",
    "content-type",
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "connection",
    "accept-encoding",
})
"""Request headers that pass unmasked: credentials (the app or upstream must read them as
sent), the host and origin the proxy's browser check reads, the body's framing and the
connection's. Every other header value is checked by
the patterns and masked (a WebSocket's `sec-websocket-*` handshake headers pass too);
the guard's own identity headers (`session_header`, `subject_header`) pass as well.
`cookie` is read cookie by cookie instead (`PiiGuardMiddleware._mask_cookies`), and
`sec-websocket-protocol` subprotocol by subprotocol."""


def _is_consent_path(path: str) -> bool:
    return path == "/consent" or path.startswith(("/consent/", "/admin/consent/"))


def is_consent_change(method: str, path: str) -> bool:
    """Whether a request may change what the consent API holds for its caller (consent,
    a restriction, an erasure): any method but GET, HEAD and OPTIONS on a path with a
    `consent` segment, under any prefix or root path (the proxy spends single-use
    subject tokens on these).

    >>> is_consent_change("POST", "/consent/me/erase"), is_consent_change("GET", "/consent/me")
    (True, False)
    >>> is_consent_change("POST", "/v1/chat/completions")
    False
    """
    return method.upper() not in READ_METHODS and "consent" in path.split("/")


def is_consent_export(method: str, path: str) -> bool:
    """Whether a request asks for the caller's own export (`/consent/me/export`, under any
    prefix, by any method; empty segments ignored): the largest read there is, for
    which the proxy wants a freshly issued subject token.

    >>> is_consent_export("GET", "/api/consent/me/export"), is_consent_export("GET", "/consent/me")
    (True, False)
    """
    return [s for s in path.split("/") if s][-3:] == ["consent", "me", "export"]


class _Refused(Exception):
    """A request the guard answers itself; the app is not called."""

    def __init__(self, response: JSONResponse, outcome: str) -> None:
        self.response = response
        self.outcome = outcome


class PiiGuardMiddleware:
    """Masks PII in chat requests and restores/guards the replies. See the module docs.

    The data subject (whose consent the gate checks, who may use the consent API) is the
    host app's authenticated user: `subject_resolver(scope)` (sync or async), else
    `scope["user"]` from an auth middleware, else (only with `trust_identity_headers`)
    the `x-user-id` header; never the session id (`piiguard.identity`).
    `session_owner(scope)` names the authenticated client that owns the sessions of a
    request without a subject (the proxy's client keys), so clients share no session.
    The host app's login may be a cookie, which a browser sends with a request another
    site starts: a consent change a browser sends from another origin than the app's own
    and `trusted_origins` (plus `consent_trusted_origins`) is refused, 403
    `origin_not_allowed` (`piiguard.auth.from_elsewhere`).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        config: GuardConfig | None = None,
        guard: Guard | None = None,
        subject_resolver: SubjectResolver | None = None,
        session_owner: SessionOwner | None = None,
        trusted_origins: Sequence[str] = (),
    ) -> None:
        if guard is not None and config is not None and guard.config is not config:
            raise ValueError("pass either config or guard (which carries its config), not both")
        self.app = app
        self.guard = guard or Guard(config)
        self.config = self.guard.config
        self.subject_resolver = subject_resolver
        self.session_owner = session_owner
        # Web origins a browser may change consent from besides the app's own: the
        # setting's, and those a layer in front has let in (the proxy's allowed_origins).
        self.trusted_origins = (
            *self.config.consent_trusted_origins,
            *(comparable_origin(o) for o in trusted_origins),
        )
        self._consent_app = self._build_consent_app()

    @property
    def serves_consent_api(self) -> bool:
        """Whether the consent and rights API answers here (a consent gate is configured
        and `consent_api` is on)."""
        return self._consent_app is not None

    def _build_consent_app(self) -> ASGIApp | None:
        """The consent and rights API, served here when a consent gate is configured."""
        gate = self.guard.gate
        if gate is None or not self.config.consent_api:
            return None
        from starlette.routing import Router

        from piiguard.consent.api import consent_routes
        from piiguard.consent.gate import ConsentGate

        if not isinstance(gate, ConsentGate):
            return None

        async def caller(request: Any) -> str | None:
            # The front end may only read or change the consent of its own subject.
            return await trusted_subject(
                request.scope,
                resolver=self.subject_resolver,
                trust_identity_headers=self.config.trust_identity_headers,
                subject_header=self.config.subject_header,
            )

        routes = consent_routes(
            gate=gate,
            vault=self.guard.vault,
            admin_key=self.config.consent_admin_key or None,
            minor_age=self.config.consent_minor_age,
            subject_from_request=caller,
            label_detector=self.guard.pattern_detector,
            label_runner=self.guard.runner,
            # A change a browser sends from another origin is refused in the routes, so
            # that an app mounting `consent_routes` itself is covered too.
            trusted_origins=self.trusted_origins,
        )
        return Router(routes=routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if kind not in ("http", "websocket"):
            # A scope type no check reads (an ASGI extension's, a future version's) may
            # carry a path, headers and messages: on a guarded route it is refused.
            if "path" in scope and any(self.config.guards_path(p) for p in _paths(scope)):
                logger.error("scope of an unexamined type refused on a guarded route")
                raise ScopeNotExaminedError()
            await self.app(scope, receive, send)
            return
        paths = _paths(scope)
        if (
            self._consent_app is not None
            and kind == "http"
            and any(_is_consent_path(p) for p in paths)
        ):
            await self._consent_app(scope, receive, send)
        elif any(self.config.guards_path(p) for p in paths):
            # Stamped on arrival: a session erasure after this refuses the request's
            # vault writes (`piiguard.vault`, "Erasure and requests in flight").
            started_token = context.request_started_at.set(time.time())
            who = await identify(
                scope, self.config, resolver=self.subject_resolver, owner=self.session_owner
            )
            session_token = context.session_id.set(who.session_id)
            request_token = context.request_id.set(context.new_request_id())
            try:
                if kind == "http":
                    await self._http(scope, receive, send, who)
                else:
                    await self._websocket(scope, receive, send, who)
            finally:
                context.session_id.reset(session_token)
                context.request_id.reset(request_token)
                context.request_started_at.reset(started_token)
        else:
            await self.app(scope, receive, send)

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Start the guard (load the model, reach Redis) with the app.

        A guard that cannot start turns the app's `startup.complete` into
        `startup.failed` and ends the lifespan with the error, so the server
        refuses to start (whatever its lifespan mode) instead of serving 503s.
        """
        failure: list[Exception] = []

        async def lifespan_receive() -> Message:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.guard.start()
                except Exception as exc:
                    failure.append(exc)
            elif message["type"] == "lifespan.shutdown":
                await self.guard.aclose()
            return message

        async def lifespan_send(message: Message) -> None:
            if failure and message["type"] == "lifespan.startup.failed":
                return  # the app reporting our own error again: said once already
            if failure and message["type"] == "lifespan.startup.complete":
                exc = failure[0]
                reason = f"piiguard could not start: {type(exc).__name__}: {exc}"
                logger.error("%s", reason)
                await send({"type": "lifespan.startup.failed", "message": reason})
                raise exc
            await send(message)

        await self.app(scope, lifespan_receive, lifespan_send)

    # -- HTTP -----------------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send, who: Identity) -> None:
        try:
            new_scope, replay, seeds = await self._protect_request(scope, receive, who)
        except _Refused as refused:
            self.guard.metrics.requests.labels(outcome=refused.outcome).inc()
            await refused.response(scope, receive, send)
            return

        async def app_receive() -> Message:
            if replay:
                return replay.pop()
            while True:
                message = await receive()
                # The guard read the body to its end and handed it on masked: a body
                # message after that end (no server should send one) is never the app's.
                if message["type"] != "http.request":
                    return message

        try:
            reply = await self.guard.outbound(who.session_id, seeds=seeds)
        except PiiGuardError as exc:
            self.guard.metrics.requests.labels(outcome="reply_fail_closed").inc()
            if isinstance(exc, VaultError):  # before the app is called: nothing went on
                logger.error("request refused, fail closed: %s", exc)
                await self._not_forwarded(exc)(scope, receive, send)
                return
            await JSONResponse(reply_error(exc), status_code=503)(scope, receive, send)
            return
        responder = ReplyResponder(
            reply,
            send,
            max_reply_bytes=self.config.max_reply_bytes,
            passthrough_types=self.config.reply_passthrough_types,
        )
        await self.app(new_scope, app_receive, responder.send)
        self.guard.metrics.requests.labels(outcome=responder.outcome).inc()

    async def _protect_request(
        self, scope: Scope, receive: Receive, who: Identity
    ) -> tuple[Scope, list[Message], frozenset[int]]:
        """The scope and body the app gets: path, query, headers and body masked, and the
        body's seeds, which the reply may echo (raises `_Refused`)."""
        await self._guarded(self.guard.admit(session_id=who.session_id, subject_id=who.subject_id))
        new_scope = await self._protect_scope(scope, who)
        headers = MutableHeaders(scope=new_scope)
        # The reply must be readable to be restored and checked: ask for it unencoded,
        # and whole: a byte range cuts a value the guard cannot tell in either slice, and a
        # client joining consecutive ranges would get it whole (HTTP lets a server answer
        # a range request with the whole representation).
        del headers["accept-encoding"]
        del headers["range"]
        del headers["if-range"]
        report = DetectionReport(self.guard.session_pseudonym(who.session_id))
        replay: list[Message] = []
        received: bytes | None = None
        seeds: frozenset[int] = frozenset()
        if scope["method"] not in _BODY_METHODS and not _declares_body(headers):
            # HTTP/2 and HTTP/3 frame a body themselves: a request of any method may carry
            # one without Content-Length or Transfer-Encoding. It is read here (a request
            # without a body has one empty message) and never reaches the app unread.
            received = await self._read_body(headers, receive)
            if not received:
                replay.append({"type": "http.request", "body": b"", "more_body": False})
        if received is None or received:
            if not is_json(headers.get("content-type", "")):
                raise _Refused(
                    error_response(
                        415, "guarded routes take application/json", code="unsupported_media_type"
                    ),
                    "rejected_415",
                )
            content_type = headers.get("content-type", "")
            if received is None:
                received = await self._read_body(headers, receive)
            raw = self._decoded_body(headers, received)
            body, report, seeds = await self._protect_body(_as_utf8(raw, content_type), who)
            # The body goes on as UTF-8 JSON: its type says so and nothing more (a
            # parameter is unchecked text, and a charset would make the app or upstream
            # read other characters than the guard did).
            headers["content-type"] = media_type(content_type)
            headers["content-length"] = str(len(body))
            del headers["transfer-encoding"]
            del headers["content-encoding"]
            replay.append({"type": "http.request", "body": body, "more_body": False})
        state = scope.get("state")
        new_scope["state"] = {**(state or {}), "piiguard": report}
        extensions = scope.get("extensions")
        if extensions:
            # `pathsend`, `zerocopy`, `trailers`, `early_hint`, ... send a body or
            # headers past the responder; the app must send its reply as body messages.
            new_scope["extensions"] = {
                name: value
                for name, value in extensions.items()
                if not name.startswith("http.response.")
            }
        return new_scope, replay, seeds

    async def _protect_scope(self, scope: Scope, who: Identity) -> Scope:
        """A copy of `scope` whose path, query string and header values are masked.

        The path is checked segment by segment and the query name by name and value by
        value, with the whole detector; header values with the patterns (they are machine
        values), each read after its name's words (`x-user-phone: 48601234567`), except
        the `STRUCTURAL_HEADERS` and the guard's own identity headers, which pass as they
        came. Anything unchanged keeps its original bytes.
        """
        session = who.session_id
        new_scope = dict(scope)
        path = scope["path"]
        masked_path = await self._guarded(self.guard.mask_path(path, session_id=session))
        if masked_path is not None and masked_path != path:
            new_scope["path"] = masked_path
            new_scope["raw_path"] = quote(masked_path, safe=_PATH_SAFE).encode("ascii")
        query = scope.get("query_string", b"").decode("latin-1")
        if query:
            masked_query = await self._guarded(self.guard.mask_query(query, session_id=session))
            if masked_query is not None and masked_query != query:
                new_scope["query_string"] = masked_query.encode("latin-1")
        headers = scope["headers"]
        # A WebSocket's handshake headers pass (its key and version frame the upgrade),
        # but for its subprotocols (below): the one header a browser's script can fill,
        # so an app may carry a token or a user's value in it.
        exempt = STRUCTURAL_HEADERS | self.config.identity_headers | {
            *(n.decode("latin-1").lower() for n, _ in headers if n.startswith(b"sec-websocket-")),
        }

        async def mask(values: list[str], names: list[str | None]) -> list[str] | None:
            # Each value is read after its header's name (`x-user-phone: 48601234567`).
            masked: list[str] | None = await self._guarded(
                self.guard.mask_header_values(values, session_id=session, names=names)
            )
            return masked

        new_scope["headers"] = await rewrite_header_values(headers, mask, skip=exempt)
        new_scope["headers"] = await self._mask_cookies(new_scope["headers"], session)
        # The subprotocols are masked like header values, in the scope's list and in its
        # `sec-websocket-protocol` header (each read alone: a server builds the list from
        # the header, but an app may read either); the accept gets the chosen one back
        # restored.
        offered = [str(p) for p in scope.get("subprotocols") or ()]
        codecs, split = _header_items(new_scope["headers"], b"sec-websocket-protocol", ",")
        listed = [(i, item) for i, items in split.items() for item in items]
        if offered or listed:
            texts = offered + [item.strip() for _, item in listed]
            masked: list[str] | None = await self._guarded(
                self.guard.mask_header_values(
                    texts,
                    session_id=session,
                    names=["sec-websocket-protocol"] * len(texts),
                    # A token the client authenticates with (`base64url.bearer...`, as
                    # browsers can send no Authorization header) passes, as that header does.
                    keep_labels={CREDENTIAL},
                )
            )
            if masked is not None and masked != texts:
                if masked[: len(offered)] != offered:
                    new_scope["subprotocols"] = masked[: len(offered)]
                items: dict[int, list[str]] = {}
                changed: set[int] = set()
                for (i, item), new in zip(listed, masked[len(offered) :], strict=True):
                    items.setdefault(i, []).append(new)
                    if new != item.strip():
                        changed.add(i)
                new_scope["headers"] = _rewritten(
                    new_scope["headers"], codecs, {i: ", ".join(items[i]) for i in changed}
                )
        return new_scope

    async def _mask_cookies(
        self, headers: list[tuple[bytes, bytes]], session: str
    ) -> list[tuple[bytes, bytes]]:
        """`headers` with each cookie's value masked, read after the cookie's name
        (`account_number=12345678`), as a query value is: an app reads a cookie as the
        user's browser stored it (FastAPI's `Cookie()`, `request.cookies`). The guard's own
        session cookie, the `passthrough_cookies` and credentials (a session token) pass, as
        `authorization` does; a `cookie` header with nothing masked keeps its bytes."""
        passing = {self.config.session_cookie, *self.config.passthrough_cookies}
        codecs, parts = _header_items(headers, b"cookie", ";")
        # Each chunk as the app reads it (Starlette's `cookie_parser`): a chunk with no "="
        # is the value of the cookie "", both sides are stripped, a quoted value is
        # unquoted (octal escapes too); the name is text the app reads as well.
        split = {i: [_cookie_chunk(part) for part in texts] for i, texts in parts.items()}
        pairs = [
            (i, j)
            for i, chunks in split.items()
            for j, chunk in enumerate(chunks)
            if (chunk.name or chunk.value) and chunk.name not in passing
        ]
        if not pairs:
            return headers
        names = [split[i][j].name for i, j in pairs]
        values = [split[i][j].value for i, j in pairs]
        masked: list[str] | None = await self._guarded(
            self.guard.mask_header_values(
                values + names,
                session_id=session,
                names=[*names, *[None] * len(names)],
                keep_labels={CREDENTIAL},
            )
        )
        if masked is None or masked == values + names:
            return headers
        changed: set[int] = set()
        for (i, j), value, new, name, new_name in zip(
            pairs, values, masked[: len(values)], names, masked[len(values) :], strict=True
        ):
            if new != value or new_name != name:
                split[i][j] = split[i][j].rewritten(new_name, new)
                changed.add(i)
        return _rewritten(
            headers, codecs, {i: ";".join(chunk.text for chunk in split[i]) for i in changed}
        )

    async def _read_body(self, headers: MutableHeaders, receive: Receive) -> bytes:
        limit = self.config.max_body_bytes
        too_large = _Refused(
            error_response(
                413, f"request body exceeds max_body_bytes={limit}", code="request_too_large"
            ),
            "rejected_413",
        )
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _decoded_body(self, headers: MutableHeaders, raw: bytes) -> bytes:
        """The body without its `Content-Encoding` (gzip and deflate are read, up to
        `max_body_bytes` decoded; any other coding is a 415). It is sent on decoded."""
        coding = headers.get("content-encoding", "identity").strip().lower()
        if coding == "identity":
            return raw
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise _Refused(
                error_response(
                    415,
                    "the request body's Content-Encoding is not accepted; send gzip, deflate "
                    "or none",
                    code="unsupported_content_encoding",
                ),
                "rejected_415",
            )
        limit = self.config.max_body_bytes
        # wbits: 16+ reads gzip, 32+ detects zlib or gzip; -MAX_WBITS would be raw deflate.
        decoder = zlib.decompressobj(31 if "gzip" in coding else zlib.MAX_WBITS)
        try:
            decoded = decoder.decompress(raw, limit + 1)
        except zlib.error:
            raise _Refused(
                error_response(
                    400, f"request body is not valid {coding}", code="invalid_content_encoding"
                ),
                "rejected_400",
            ) from None
        if len(decoded) > limit:
            raise _Refused(
                error_response(
                    413, f"decoded request body exceeds max_body_bytes={limit}",
                    code="request_too_large",
                ),
                "rejected_413",
            )
        return decoded

    async def _protect_body(
        self, raw: bytes, who: Identity
    ) -> tuple[bytes, DetectionReport, frozenset[int]]:
        try:
            body = strict_json(raw)
        except (ValueError, RecursionError):
            # Not JSON, not UTF-8, nested past the parser's depth, a number too long to
            # read, NaN/Infinity or a number past a double's range, a lone surrogate
            # (UnicodeEncodeError is a ValueError).
            raise _Refused(
                error_response(400, "request body is not valid JSON", code="invalid_json"),
                "rejected_400",
            ) from None
        if not isinstance(body, dict):
            raise _Refused(
                error_response(
                    400, "guarded routes take a JSON object as the body", code="invalid_body"
                ),
                "rejected_400",
            )
        protected = await self._guarded(
            self.guard.protect(
                body, session_id=who.session_id, subject_id=who.subject_id, admitted=True
            )
        )
        if protected is None:  # fail-open: the request passes as it came
            return raw, DetectionReport(self.guard.session_pseudonym(who.session_id)), frozenset()
        encoded = json.dumps(protected.body, ensure_ascii=False, separators=(",", ":")).encode()
        return encoded, protected.report, protected.seeds

    async def _guarded(self, step: Any) -> Any:
        """Await a guard step; its errors become the answer to the request (`_Refused`).

        With `fail_open`, a detection failure returns None (the caller passes the raw
        request on); that is the only way anything unchecked reaches the app.
        """
        try:
            return await step
        except _REFUSED_AS_SENT as exc:
            status, code, outcome = next(
                (s, c, o) for kind, s, c, o in _REFUSALS if isinstance(exc, kind)
            )
            raise _Refused(error_response(status, str(exc), code=code), outcome) from None
        except OverloadedError as exc:
            response = error_response(
                503,
                "piiguard is overloaded; retry later",
                code="overloaded",
                retry_after=exc.retry_after,
            )
            raise _Refused(response, "overloaded") from None
        except PiiGuardError as exc:
            if self.config.fail_open and isinstance(exc, DetectionError):
                logger.warning(
                    "detection failed (%s); passing the request through (fail-open)",
                    type(exc).__name__,
                )
                self.guard.metrics.requests.labels(outcome="fail_open").inc()
                return None
            logger.error("request refused, fail closed: %s", exc)
            raise _Refused(self._not_forwarded(exc), "fail_closed") from None

    def _not_forwarded(self, exc: PiiGuardError) -> JSONResponse:
        """The answer to a request refused before it went on: 503 when the vault could
        not be reached (Redis down) or its personal data could not be checked; 500,
        without `Retry-After`, when a stored value cannot be opened (its key is not
        configured, or it does not open), which waiting does not mend."""
        if isinstance(exc, VaultKeyMissingError):
            return error_response(500, _VAULT_KEY_MISSING, code="vault_key_missing")
        if isinstance(exc, SealError):
            return error_response(500, _VAULT_UNREADABLE, code="vault_value_unreadable")
        vault = isinstance(exc, VaultError)
        return error_response(
            503,
            _VAULT_DOWN if vault else _NOT_FORWARDED,
            code="vault_unavailable" if vault else "detection_unavailable",
            retry_after=self.config.retry_after_seconds,
        )

    # -- WebSocket ------------------------------------------------------------

    async def _websocket(self, scope: Scope, receive: Receive, send: Send, who: Identity) -> None:
        guard = self.guard
        allow_binary = self.config.websocket_binary == "allow"

        def fail(outcome: str, step: str, exc: BaseException) -> None:
            self._log_failure(outcome, step, exc, scope)

        # The end of the client's last text frame: a value typed over two frames ("my
        # card is 4111 1111", "1111 1111") is read across their seam, as two turns of a
        # chat are.
        previous = [""]
        # Short frames are pieces of what the user types (`piiguard.client_frames`): held
        # back while they come and read joined; what is checked waits in `ready`.
        typing_quiet = self.config.websocket_typing_quiet_seconds
        typed = TypedFrames(
            guard.walker,
            piece_chars=self.config.websocket_typing_piece_chars,
            max_chars=self.config.websocket_typing_max_chars,
        )
        ready: deque[Message] = deque()

        async def refuse_frame(exc: PiiGuardError) -> None:
            """A client frame that could not be checked never reaches the app; the client
            is told why."""
            if isinstance(exc, SessionErasedError):
                # The session was erased while this frame was checked: it is dropped.
                error = error_body(str(exc), type="piiguard_error", code="session_erased")
            elif isinstance(exc, DocumentNotExaminedError):
                # A document in the frame: dropped, as an HTTP request's would be (415).
                error = error_body(
                    str(exc), type="invalid_request_error", code="document_not_examined"
                )
            elif isinstance(exc, TokenIdsNotExaminedError):
                error = error_body(
                    str(exc), type="invalid_request_error", code="token_ids_not_examined"
                )
            else:  # fail closed
                fail("websocket frame dropped, fail closed", "masking a client frame", exc)
                error = error_body(
                    _NOT_FORWARDED, type="piiguard_error", code="detection_unavailable"
                )
            await send({"type": "websocket.send", "text": json.dumps(error)})

        async def check_frame(message: Message, text: str) -> None:
            """A whole frame, masked alone (read across the seam with the one before)."""
            try:
                masked = await self._mask_frame(text, who, previous=previous[0])
            except PiiGuardError as exc:
                await refuse_frame(exc)
                return
            previous[0] = text[-SEAM_CHARS:]
            ready.append({**message, "text": masked})

        async def release_typed() -> None:
            """The pieces held, read joined and masked piece by piece, for the app."""
            pieces = typed.take()
            try:
                masked = await self._mask_pieces(pieces, who, previous=previous[0])
            except PiiGuardError as exc:
                await refuse_frame(exc)
                return
            plain = "".join(piece for piece in pieces if isinstance(piece, str))
            if plain:
                previous[0] = (previous[0] + plain)[-SEAM_CHARS:]
            ready.extend({"type": "websocket.receive", "text": frame_text(m)} for m in masked)

        async def next_message() -> Message | None:
            """The client's next message; None when the pieces held have waited the quiet
            time (cancelling a server's `receive` loses no message: it waits on a queue)."""
            if not typed.holds():
                return await receive()
            with anyio.move_on_after(typing_quiet):
                return await receive()
            return None

        async def ws_receive() -> Message:
            # The app waits for the client: its turn is over, and what the guard holds
            # of its reply goes out now (checked as the end of its text).
            if not await replies.release_or_gone():  # the client has gone: `receive` says so
                gone()
            while True:
                if ready:
                    return ready.popleft()
                message = await next_message()
                if message is None:
                    await release_typed()
                    continue
                if typed.holds() and not (
                    message["type"] == "websocket.receive" and message.get("text") is not None
                ):
                    await release_typed()  # the pieces go before a close or a binary frame
                if message["type"] == "websocket.disconnect":
                    gone()
                if message["type"] == "websocket.disconnect" and message.get("reason"):
                    # The client's close reason is text like any frame: masked, or dropped.
                    try:
                        reason = await self._mask_frame(str(message["reason"]), who)
                    except PiiGuardError:
                        reason = ""
                    ready.append({**message, "reason": reason})
                    continue
                if message["type"] != "websocket.receive":
                    ready.append(message)
                    continue
                if message.get("bytes") is not None and not allow_binary:
                    # A binary frame cannot be checked: the socket closes (1003).
                    await send({"type": "websocket.close", "code": _WS_UNSUPPORTED_DATA,
                                "reason": "binary frames are not accepted"})
                    ready.append({"type": "websocket.disconnect", "code": _WS_UNSUPPORTED_DATA})
                    continue
                text = message.get("text")
                if text is None:
                    ready.append(message)
                    continue
                if typing_quiet > 0 and typed.add(text):
                    if typed.full():
                        await release_typed()
                    continue
                if typed.holds():  # no piece of what is held: the pieces go first
                    await release_typed()
                    if typed.add(text):  # a piece of another shape starts its own text
                        continue
                await check_frame(message, text)

        denial: ReplyResponder | None = None
        # Frames the app sends are one stream (`WebSocketReplies`, `WebSocketFrames`); a
        # piece that could still start a value is held back until the text goes on, the
        # app waits for the client, closes or returns; whole frames of a stream of unknown
        # shape (which may send no event that ends its text) also when the app has sent
        # nothing for `websocket_quiet_seconds`. A known stream's tail waits for its end
        # event.
        replies = WebSocketReplies(
            send,
            lambda: guard.outbound(who.session_id),
            max_held_chars=self.config.max_reply_bytes,
            quiet_seconds=self.config.websocket_quiet_seconds,
            on_failure=fail,
        )
        offered: dict[str, str] = {}  # subprotocol as the app got it -> as the client sent it

        def gone() -> None:
            replies.closed = True

        async def denial_send(message: Message) -> None:
            await send({**message, "type": "websocket." + message["type"]})

        async def ws_send(message: Message) -> None:
            await replies.send(message, guarded_send)

        async def guarded_send(message: Message) -> None:
            nonlocal denial
            kind = message["type"]
            if kind in ("websocket.http.response.start", "websocket.http.response.body"):
                # A denial response is an HTTP reply: restored and guarded as one.
                if denial is None:
                    try:
                        reply = await guard.outbound(who.session_id)
                    except PiiGuardError:
                        await send({"type": "websocket.close", "code": _WS_POLICY_VIOLATION})
                        return
                    denial = ReplyResponder(
                        reply,
                        denial_send,
                        max_reply_bytes=self.config.max_reply_bytes,
                        passthrough_types=self.config.reply_passthrough_types,
                    )
                await denial.send({**message, "type": kind.removeprefix("websocket.")})
                return
            if kind in ("websocket.accept", "websocket.close"):
                if kind == "websocket.close":
                    replies.closed = True
                    await replies.end_text()
                # The subprotocol the app chose among those offered (masked for it) is the
                # client's own string again, exactly as the client offered it.
                chosen = offered.get(str(message.get("subprotocol")))
                if chosen is not None:
                    message = {**message, "subprotocol": None}
                try:
                    message = await self._guard_ws_control(message, who)
                except PiiGuardError as exc:
                    fail(
                        "websocket reply not checked, closed",
                        f"checking the app's {kind.removeprefix('websocket.')}",
                        exc,
                    )
                    message = {"type": "websocket.close", "code": _WS_INTERNAL_ERROR}
                if chosen is not None and message["type"] == "websocket.accept":
                    message = {**message, "subprotocol": chosen}
            elif kind == "websocket.send":
                if message.get("bytes") is not None and not allow_binary:
                    await send({"type": "websocket.close", "code": _WS_UNSUPPORTED_DATA,
                                "reason": "binary frames cannot be checked"})
                    return
                if message.get("text") is not None:
                    await replies.frame(message)
                    return
            await send(message)

        try:
            await self._guarded(
                self.guard.admit(session_id=who.session_id, subject_id=who.subject_id)
            )
            new_scope = await self._protect_scope(scope, who)
            offered.update(
                zip(new_scope.get("subprotocols") or [], scope.get("subprotocols") or [],
                    strict=True)
            )
        except _Refused as refused:
            # Before the handshake: closing now answers the upgrade with a 403.
            self.guard.metrics.requests.labels(outcome=refused.outcome).inc()
            await send({"type": "websocket.close", "code": _WS_POLICY_VIOLATION})
            return
        failure: list[BaseException] = []
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(replies.release_when_quiet)
            try:
                await self.app(new_scope, ws_receive, ws_send)
            except BaseException as exc:  # re-raised as it came, not in an ExceptionGroup
                failure.append(exc)
            else:
                # An app that returns without closing: the server closes the socket after
                # this; what is held goes out first.
                await replies.release_or_gone()
            replies.closed = True
            tasks.cancel_scope.cancel()
        if failure:
            raise failure[0]

    def _log_failure(self, outcome: str, step: str, exc: BaseException, scope: Scope) -> None:
        """Log a failure as an operator needs it: what came of it, the step that failed,
        the exception's type (and its cause's: `from None` hides the cause from the
        traceback, not from us), the configured route the request came in on and the
        request id. Never the exception's message or args, nor the request's path: any of
        them may hold the user's values.

        "websocket held text dropped: DetectionError (from RuntimeError) while checking
        held reply text; websocket route /ws/*, request 3f0c..."
        """
        cause = exc.__cause__ or exc.__context__
        route = next(filter(None, map(self.config.route_of, _paths(scope))), None)
        logger.error(
            "%s: %s%s while %s; %s route %s, request %s",
            outcome,
            type(exc).__name__,
            "" if cause is None else f" (from {type(cause).__name__})",
            step,
            scope["type"],
            route,
            context.request_id.get(),
        )

    async def _guard_ws_control(self, message: Message, who: Identity) -> Message:
        """An accept's header values and subprotocol, and a close's reason, restored and
        checked (a reason stays within the 123 bytes a close frame holds)."""
        headers = message.get("headers") or []
        reason = message.get("reason") or ""
        subprotocol = message.get("subprotocol")
        if not headers and not reason and not subprotocol:
            return message
        reply = await self.guard.outbound(who.session_id)
        if headers:  # an accept
            message = {
                **message, "headers": await rewrite_header_values(headers, structural_texts(reply))
            }
        if subprotocol:  # one the client offered, masked for the app: the client's again
            check = structural_texts(reply)
            [chosen] = await check([str(subprotocol)], ["sec-websocket-protocol"])
            message = {**message, "subprotocol": chosen}
        if reason:  # a close
            short = (await reply.text(reason)).encode("utf-8")[:123]
            message = {**message, "reason": short.decode("utf-8", errors="ignore")}
        return message

    async def _mask_pieces(
        self, pieces: list[Any], who: Identity, *, previous: str = ""
    ) -> list[Any]:
        """Typed pieces (`TypedFrames.take`) read joined and masked piece by piece, the
        first read across the seam with `previous` (the end of the last text frame)."""
        started_token = context.request_started_at.set(time.time())
        try:
            protected = await self.guard.protect(
                pieces,
                session_id=who.session_id,
                subject_id=who.subject_id,
                # Plain text goes on from the client's last text frame (`_mask_frame`).
                seam_before=previous if all(isinstance(p, str) for p in pieces) else "",
                pieces=True,
            )
        finally:
            context.request_started_at.reset(started_token)
        masked: list[Any] = protected.body
        return masked

    async def _mask_frame(self, text: str, who: Identity, *, previous: str = "") -> str:
        # Each frame is sent on its own: it starts now, not when the socket opened (a
        # frame after an erasure is new data, one before it is not kept).
        started_token = context.request_started_at.set(time.time())
        try:
            return await self._mask_frame_text(text, who, previous)
        finally:
            context.request_started_at.reset(started_token)

    async def _mask_frame_text(self, text: str, who: Identity, previous: str) -> str:
        try:
            # what a strict reader refuses (Infinity, 1e400, a lone surrogate escape) is
            # read as the text it is, not written on as no JSON
            document = strict_json(text)
        except (ValueError, RecursionError):
            document = None
        if isinstance(document, dict | list):
            protected = await self.guard.protect(
                document, session_id=who.session_id, subject_id=who.subject_id
            )
            return json.dumps(protected.body, ensure_ascii=False)
        protected = await self.guard.protect(
            {"message": text},
            session_id=who.session_id,
            subject_id=who.subject_id,
            seam_before=previous,
        )
        masked: str = protected.body["message"]
        return masked


_UTF8 = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})


def _as_utf8(raw: bytes, content_type: str) -> bytes:
    """A JSON body in the charset its type declares, as UTF-8 (raises `_Refused`). Without
    one it is read as JSON is (UTF-8, or UTF-16/32 by its first bytes). Only the WHATWG
    list's encodings are read, as for replies (`text_codec`), and JSON's UTF-32: utf-7 and
    the escape codecs write characters as other characters and decode to lone surrogates."""
    charset = charset_of(content_type)
    if charset is None or charset in _UTF8:
        return raw
    try:
        return raw.decode(_request_codec(charset)).encode("utf-8")
    except LookupError:
        raise _Refused(
            error_response(
                415, "the request body's charset is not known; send UTF-8 JSON",
                code="unsupported_charset",
            ),
            "rejected_415",
        ) from None
    except UnicodeError:
        raise _Refused(
            error_response(
                400, "request body is not text in its declared charset", code="invalid_json"
            ),
            "rejected_400",
        ) from None


# JSON's encodings besides the WHATWG list's: a body without a charset is read in UTF-32 by
# its first bytes (`json.loads`), so one that names it is too (Python's UTF-32 decoder
# refuses a surrogate, as the list's decoders do).
_JSON_UTF32 = frozenset({"utf-32", "utf-32-le", "utf-32-be"})


def _request_codec(charset: str) -> str:
    """The codec a request body in `charset` is read in: one of `TEXT_CODECS` or UTF-32;
    raises LookupError for any other name (`text_codec`)."""
    return text_codec(charset, also=_JSON_UTF32)


def _paths(scope: Scope) -> tuple[str, ...]:
    """The request's path, and the path the app routes on when they differ: below a
    `root_path` (a mounted app, `uvicorn --root-path`) the app's routes match the path
    without it, and a guarded route is guarded under either spelling."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root) : len(root) + 1] in ("", "/"):
        return path, path[len(root) :] or "/"
    return (path,)


def _header_items(
    headers: list[tuple[bytes, bytes]], name: bytes, separator: str
) -> tuple[dict[int, str], dict[int, list[str]]]:
    """Each header called `name` (lower case), by its index: the codec its value is read
    in (`header_codec`) and the value split at `separator` (`_rewritten` writes it back).

    >>> _header_items([(b"Cookie", b"a=1; b=2"), (b"x", b"y")], b"cookie", ";")
    ({0: 'utf-8'}, {0: ['a=1', ' b=2']})
    """
    codecs = {i: header_codec(raw) for i, (n, raw) in enumerate(headers) if n.lower() == name}
    return codecs, {i: headers[i][1].decode(codec).split(separator) for i, codec in codecs.items()}


def _rewritten(
    headers: list[tuple[bytes, bytes]], codecs: dict[int, str], texts: dict[int, str]
) -> list[tuple[bytes, bytes]]:
    """`headers` with the value of each header `i` in `texts` written once, in the codec it
    was read in (`codecs[i]`: a placeholder is ASCII, every other character came in it);
    a header with nothing changed keeps its bytes."""
    if not texts:
        return headers
    out = list(headers)
    for i, text in texts.items():
        out[i] = (out[i][0], text.encode(codecs[i], errors="replace"))
    return out


class _CookieChunk(NamedTuple):
    """One `;`-separated chunk of a `cookie` header: its `text` as sent, and the `name`
    and `value` an app reads from it (Starlette's `cookie_parser`, after Django's)."""

    text: str
    name: str
    value: str

    def rewritten(self, name: str, value: str) -> _CookieChunk:
        """The chunk with a masked name or value, its leading space kept; a value that
        was quoted is quoted again (a masked one may hold a space)."""
        lead = self.text[: len(self.text) - len(self.text.lstrip())]
        raw = self.text.partition("=")[2] if "=" in self.text else self.text
        written = value
        if len(raw.strip()) >= 2 and raw.strip()[0] == raw.strip()[-1] == '"':
            written = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        # A nameless chunk stays nameless unless its new value holds an "=".
        keyed = bool(name) or "=" in self.text or "=" in written
        return _CookieChunk(f"{lead}{name}={written}" if keyed else lead + written, name, value)


def _cookie_chunk(text: str) -> _CookieChunk:
    """`text` (one chunk of a `cookie` header) read as Starlette's `cookie_parser` does.

    >>> _cookie_chunk(' card="\\\\064111"')
    _CookieChunk(text=' card="\\\\064111"', name='card', value='4111')
    >>> _cookie_chunk("4111").name
    ''
    """
    name, eq, value = text.partition("=")
    if not eq:
        name, value = "", text
    return _CookieChunk(text, name.strip(), http_cookies._unquote(value.strip()))


def _declares_body(headers: MutableHeaders) -> bool:
    """Whether a request of any method says it carries a body."""
    length = headers.get("content-length", "")
    return (length.isdigit() and int(length) > 0) or "transfer-encoding" in headers


__all__ = ["PiiGuardMiddleware"]
