"""`PiiGuardMiddleware`: pure ASGI middleware that guards a chat app.

For the configured routes it masks the user's text in the JSON request body
before the app sees it, and restores the session's own values in the reply
(JSON, SSE and chunked text streams, WebSocket text frames), then runs the reply
guard. Everything else passes straight through. It fails closed: when
detection fails or is late, the app is not called and the client gets a 503.

    app = PiiGuardMiddleware(app, config=GuardConfig(routes=("/chat",)))
"""

from __future__ import annotations

import codecs
import json
import logging
import uuid
from http.cookies import SimpleCookie
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from piiguard import context
from piiguard.auth import SubjectResolver, trusted_subject
from piiguard.config import GuardConfig
from piiguard.exceptions import (
    DetectionError,
    InputTooLongError,
    OverloadedError,
    PiiGuardError,
    ProcessingRestrictedError,
    ReplyBlockedError,
    VaultError,
)
from piiguard.extraction import get_path, set_path, string_leaves
from piiguard.pipeline import DetectionReport, Guard, ReplyFilter, ReplyStream

logger = logging.getLogger("piiguard")

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_NOT_FORWARDED = "personal data could not be checked; the message was not forwarded"


def error_body(message: str, kind: str, code: str) -> dict[str, Any]:
    """The OpenAI error shape, understood by chat clients and SDKs."""
    return {"error": {"message": message, "type": kind, "code": code}}


def error_response(
    status: int, message: str, code: str, *, retry_after: float | None = None
) -> JSONResponse:
    headers = {"Retry-After": str(max(1, round(retry_after)))} if retry_after is not None else None
    kind = "invalid_request_error" if status < 500 else "piiguard_error"
    return JSONResponse(error_body(message, kind, code), status_code=status, headers=headers)


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _is_consent_path(path: str) -> bool:
    return path == "/consent" or path.startswith(("/consent/", "/admin/consent/"))


class _BodyTooLarge(Exception):
    pass


class PiiGuardMiddleware:
    """Masks PII in chat requests and restores/guards the replies. See the module docs.

    The data subject (whose consent the gate checks, who may use the consent API) comes
    from `subject_resolver(scope)` (sync or async; the host app's authenticated user),
    else `scope["user"]` when an auth middleware ran before this one, else, only with
    `trust_identity_headers`, the `x-user-id` header. Never from the session id.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        config: GuardConfig | None = None,
        guard: Guard | None = None,
        subject_resolver: SubjectResolver | None = None,
    ) -> None:
        if guard is not None and config is not None and guard.config is not config:
            raise ValueError("pass either config or guard (which carries its config), not both")
        self.app = app
        self.guard = guard or Guard(config)
        self.config = self.guard.config
        self.subject_resolver = subject_resolver
        self._consent_app = self._build_consent_app()

    def _build_consent_app(self) -> ASGIApp | None:
        """The consent and rights API, served here when a consent gate is configured."""
        gate = self.guard.gate
        if gate is None or not self.config.consent_api:
            return None
        from starlette.routing import Router

        from piiguard.consent.api import consent_routes
        from piiguard.training.gate import ConsentGate

        if not isinstance(gate, ConsentGate):
            return None

        async def caller(request: Any) -> str | None:
            # The front end may only read or change the consent of its own subject.
            return await self._subject(request.scope)

        routes = consent_routes(
            gate=gate,
            vault=self.guard.vault,
            admin_key=self.config.consent_admin_key or None,
            minor_age=self.config.consent_minor_age,
            subject_from_request=caller,
        )
        return Router(routes=routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(scope, receive, send)
        elif (
            self._consent_app is not None
            and scope["type"] == "http"
            and _is_consent_path(scope["path"])
        ):
            await self._consent_app(scope, receive, send)
        elif scope["type"] == "http" and self.config.guards_path(scope["path"]):
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket" and self.config.guards_path(scope["path"]):
            await self._websocket(scope, receive, send)
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

    # -- identity -------------------------------------------------------------

    async def _subject(self, scope: Scope) -> str | None:
        """The authenticated data subject of a request, or None (see the class docs)."""
        return await trusted_subject(
            scope,
            resolver=self.subject_resolver,
            trust_identity_headers=self.config.trust_identity_headers,
            subject_header=self.config.subject_header,
        )

    async def _identity(self, scope: Scope) -> tuple[str, str | None]:
        """(session id, subject id). Without a header or cookie the session is this request."""
        headers = Headers(scope=scope)
        session = headers.get(self.config.session_header)
        if not session and "cookie" in headers:
            cookie: SimpleCookie = SimpleCookie()
            try:
                cookie.load(headers["cookie"])
            except Exception:  # a malformed cookie header is just "no session cookie"
                cookie = SimpleCookie()
            if self.config.session_cookie in cookie:
                session = cookie[self.config.session_cookie].value
        return (session or f"request-{uuid.uuid4()}"), await self._subject(scope)

    # -- HTTP -----------------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        session_id, subject_id = await self._identity(scope)
        session_token = context.session_id.set(session_id)
        request_token = context.request_id.set(uuid.uuid4().hex)
        try:
            await self._guard_http(scope, receive, send, session_id, subject_id)
        finally:
            context.session_id.reset(session_token)
            context.request_id.reset(request_token)

    async def _guard_http(
        self, scope: Scope, receive: Receive, send: Send, session_id: str, subject_id: str | None
    ) -> None:
        headers = MutableHeaders(scope={"type": "http", "headers": list(scope["headers"])})
        # The reply must be readable to be restored and checked: ask for it unencoded.
        del headers["accept-encoding"]
        report = DetectionReport(self.guard.session_pseudonym(session_id))
        replay: list[Message] = []

        if scope["method"] in _BODY_METHODS:
            if not _is_json(headers.get("content-type", "")):
                await error_response(
                    415, "guarded routes take application/json", "unsupported_media_type"
                )(scope, receive, send)
                self.guard.metrics.requests.labels(outcome="rejected_415").inc()
                return
            try:
                raw = await self._read_body(headers, receive)
            except _BodyTooLarge:
                await error_response(
                    413,
                    f"request body exceeds max_body_bytes={self.config.max_body_bytes}",
                    "request_too_large",
                )(scope, receive, send)
                self.guard.metrics.requests.labels(outcome="rejected_413").inc()
                return
            outcome = await self._protect(raw, session_id, subject_id)
            if isinstance(outcome, JSONResponse):
                await outcome(scope, receive, send)
                return
            body_bytes, report = outcome
            headers["content-length"] = str(len(body_bytes))
            replay.append({"type": "http.request", "body": body_bytes, "more_body": False})

        async def app_receive() -> Message:
            if replay:
                return replay.pop()
            return await receive()

        state = scope.get("state")
        new_scope = {
            **scope,
            "headers": headers.raw,
            "state": {**(state or {}), "piiguard": report},
        }
        rewriter = _ReplyRewriter(self.guard, session_id, send)
        try:
            await self.app(new_scope, app_receive, rewriter.send)
        finally:
            rewriter.close()
        self.guard.metrics.requests.labels(outcome=rewriter.outcome).inc()

    async def _read_body(self, headers: MutableHeaders, receive: Receive) -> bytes:
        limit = self.config.max_body_bytes
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise _BodyTooLarge
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _protect(
        self, raw: bytes, session_id: str, subject_id: str | None
    ) -> tuple[bytes, DetectionReport] | JSONResponse:
        metrics = self.guard.metrics
        try:
            body = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            metrics.requests.labels(outcome="rejected_400").inc()
            return error_response(400, "request body is not valid JSON", "invalid_json")
        try:
            protected = await self.guard.protect(body, session_id=session_id, subject_id=subject_id)
        except InputTooLongError as exc:
            metrics.requests.labels(outcome="rejected_413").inc()
            return error_response(413, str(exc), "text_too_long")
        except ProcessingRestrictedError as exc:
            metrics.requests.labels(outcome="restricted").inc()
            return error_response(403, str(exc), "processing_restricted")
        except OverloadedError as exc:
            metrics.requests.labels(outcome="overloaded").inc()
            return error_response(
                503,
                "piiguard is overloaded; retry later",
                "overloaded",
                retry_after=exc.retry_after,
            )
        except (DetectionError, VaultError, PiiGuardError) as exc:
            if self.config.fail_open and isinstance(exc, DetectionError):
                logger.warning(
                    "detection failed (%s); passing the request through (fail-open)",
                    type(exc).__name__,
                )
                metrics.requests.labels(outcome="fail_open").inc()
                return raw, DetectionReport(self.guard.session_pseudonym(session_id))
            logger.error("request refused, fail closed: %s", exc)
            metrics.requests.labels(outcome="fail_closed").inc()
            return error_response(
                503,
                "personal data could not be checked; the request was not forwarded",
                "detection_unavailable",
                retry_after=self.config.retry_after_seconds,
            )
        encoded = json.dumps(protected.body, ensure_ascii=False, separators=(",", ":")).encode()
        return encoded, protected.report

    # -- WebSocket ------------------------------------------------------------

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        session_id, subject_id = await self._identity(scope)
        token = context.session_id.set(session_id)
        try:
            await self._guard_websocket(scope, receive, send, session_id, subject_id)
        finally:
            context.session_id.reset(token)

    async def _guard_websocket(
        self, scope: Scope, receive: Receive, send: Send, session_id: str, subject_id: str | None
    ) -> None:
        guard = self.guard

        async def ws_receive() -> Message:
            while True:
                message = await receive()
                text = message.get("text") if message["type"] == "websocket.receive" else None
                if text is None:
                    return message
                try:
                    return {**message, "text": await self._mask_frame(text, session_id, subject_id)}
                except PiiGuardError as exc:
                    # Fail closed: the frame never reaches the app; the client is told why.
                    logger.error("websocket frame dropped, fail closed: %s", type(exc).__name__)
                    await send(
                        {
                            "type": "websocket.send",
                            "text": json.dumps(
                                error_body(
                                    _NOT_FORWARDED,
                                    "piiguard_error",
                                    "detection_unavailable",
                                )
                            ),
                        }
                    )

        async def ws_send(message: Message) -> None:
            text = message.get("text") if message["type"] == "websocket.send" else None
            if text is not None:
                try:
                    reply = await guard.reply_filter(session_id)
                    message = {**message, "text": await _filter_document_text(reply, text)}
                except PiiGuardError as exc:
                    message = {**message, "text": json.dumps(_reply_error(exc))}
            await send(message)

        await self.app(scope, ws_receive, ws_send)

    async def _mask_frame(self, text: str, session_id: str, subject_id: str | None) -> str:
        try:
            document = json.loads(text)
        except json.JSONDecodeError:
            document = None
        if isinstance(document, dict):
            protected = await self.guard.protect(
                document, session_id=session_id, subject_id=subject_id
            )
            return json.dumps(protected.body, ensure_ascii=False)
        protected = await self.guard.protect(
            {"message": text}, session_id=session_id, subject_id=subject_id
        )
        masked: str = protected.body["message"]
        return masked


def _reply_error(exc: PiiGuardError) -> dict[str, Any]:
    if isinstance(exc, ReplyBlockedError):
        return error_body(str(exc), "piiguard_error", "reply_blocked")
    return error_body(
        "the reply could not be checked for personal data and was withheld",
        "piiguard_error",
        "reply_check_unavailable",
    )


async def _filter_document_text(reply: ReplyFilter, text: str) -> str:
    """Restore and check a complete text; JSON text is handled leaf by leaf."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return await reply.text(text)
    if not isinstance(document, dict | list):
        return await reply.text(text)
    paths = list(string_leaves(document))
    values = await reply.texts([get_path(document, p) for p in paths])
    for path, value in zip(paths, values, strict=True):
        if path:
            set_path(document, path, value)
    return json.dumps(document, ensure_ascii=False)


class _ReplyRewriter:
    """Wraps `send` for one response: restores and guards the body on its way out."""

    def __init__(self, guard: Guard, session_id: str, send: Send) -> None:
        self._guard = guard
        self._session_id = session_id
        self._send = send
        self._mode = "pass"
        self._start: Message | None = None
        self._filter: ReplyFilter | None = None
        self._buffer: list[bytes] = []
        self._size = 0
        self._sse: _SseRewriter | None = None
        self._text: ReplyStream | None = None
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.outcome = "ok"

    def close(self) -> None:
        self._buffer.clear()

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            await self._on_start(message)
        elif kind == "http.response.body" and self._mode != "pass":
            await self._on_body(message)
        else:
            await self._send(message)

    async def _on_start(self, message: Message) -> None:
        headers = MutableHeaders(raw=list(message.get("headers", [])))
        content_type = headers.get("content-type", "").lower()
        encoding = headers.get("content-encoding", "identity").lower()
        try:
            self._filter = await self._guard.reply_filter(self._session_id)
        except PiiGuardError as exc:
            await self._fail(message, exc)
            return
        if not self._filter.active:
            await self._send(message)
            return
        if encoding != "identity":
            # An encoded reply cannot be checked; fail closed rather than pass it unchecked.
            await self._fail(message, PiiGuardError("encoded reply"))
            return
        if content_type.startswith("text/event-stream"):
            self._mode = "sse"
            self._sse = _SseRewriter(self._filter, self._guard.config.max_reply_bytes)
        elif _is_json(content_type):
            self._mode = "json"
        elif content_type.startswith("text/"):
            self._mode = "text"
            self._text = self._filter.stream()
        else:
            await self._send(message)
            return
        del headers["content-length"]
        self._start = {**message, "headers": headers.raw}
        if self._mode != "json":
            await self._send(self._start)

    async def _fail(self, start: Message, exc: PiiGuardError) -> None:
        self._mode = "drop"
        self.outcome = (
            "reply_blocked" if isinstance(exc, ReplyBlockedError) else "reply_fail_closed"
        )
        status = 502 if isinstance(exc, ReplyBlockedError) else 503
        body = json.dumps(_reply_error(exc)).encode()
        await self._send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await self._send({"type": "http.response.body", "body": body, "more_body": False})

    async def _on_body(self, message: Message) -> None:
        chunk: bytes = message.get("body", b"")
        more = bool(message.get("more_body", False))
        if self._mode == "drop":
            return
        if self._mode == "json":
            await self._json_body(chunk, more)
            return
        try:
            if self._mode == "sse":
                assert self._sse is not None
                out = await self._sse.feed(
                    self._decoder.decode(chunk, final=not more), final=not more
                )
            else:
                assert self._text is not None
                text = self._decoder.decode(chunk, final=not more)
                out = await self._text.feed(text)
                if not more:
                    out += await self._text.flush()
        except PiiGuardError as exc:
            self._mode = "drop"
            self.outcome = (
                "reply_blocked" if isinstance(exc, ReplyBlockedError) else "reply_fail_closed"
            )
            error = json.dumps(_reply_error(exc))
            out = f"data: {error}\n\n" if self._sse is not None else f"\n[{error}]"
            more = False
        await self._send({"type": "http.response.body", "body": out.encode(), "more_body": more})

    async def _json_body(self, chunk: bytes, more: bool) -> None:
        assert self._start is not None and self._filter is not None
        self._buffer.append(chunk)
        self._size += len(chunk)
        if self._size > self._guard.config.max_reply_bytes:
            # Too large to hold and check: fail closed rather than pass it unchecked.
            self._buffer.clear()
            await self._fail(self._start, PiiGuardError("reply exceeds max_reply_bytes"))
            return
        if more:
            return
        raw = b"".join(self._buffer)
        self._buffer.clear()
        try:
            text = await _filter_document_text(self._filter, raw.decode("utf-8", errors="replace"))
        except PiiGuardError as exc:
            await self._fail(self._start, exc)
            return
        body = text.encode()
        headers = MutableHeaders(raw=list(self._start["headers"]))
        headers["content-length"] = str(len(body))
        await self._send({**self._start, "headers": headers.raw})
        await self._send({"type": "http.response.body", "body": body, "more_body": False})


class _SseRewriter:
    """Restores/guards a Server-Sent Events stream, event by event.

    OpenAI chunks get one reply stream per choice for `delta.content` and one per
    tool call for `delta.tool_calls[].function.arguments`, so a placeholder split
    across events is still restored: the held-back tail is emitted in the next
    event, and whatever is left when a choice finishes (or at `[DONE]`) is
    flushed into that event or a copy of the last one.
    """

    def __init__(self, reply: ReplyFilter, max_event_chars: int) -> None:
        self._reply = reply
        self._max_event_chars = max_event_chars
        self._pending = ""
        # (choice index, tool-call index or None for the content) -> its stream
        self._streams: dict[tuple[int, int | None], ReplyStream] = {}
        self._finished: set[int] = set()
        self._plain: ReplyStream | None = None
        self._template: dict[str, Any] | None = None

    async def feed(self, text: str, *, final: bool) -> str:
        self._pending += text.replace("\r\n", "\n")
        if len(self._pending) > self._max_event_chars:
            raise PiiGuardError("an event of the reply stream exceeds max_reply_bytes")
        out: list[str] = []
        while "\n\n" in self._pending:
            block, self._pending = self._pending.split("\n\n", 1)
            out.append(await self._event(block))
        if final:
            if self._pending.strip():
                out.append(await self._event(self._pending))
            self._pending = ""
            out.append(await self._flush_all())
        return "".join(out)

    async def _event(self, block: str) -> str:
        others: list[str] = []
        data: list[str] = []
        for line in block.split("\n"):
            if line.startswith("data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(" ") else value)
            else:
                others.append(line)
        if not data:
            return block + "\n\n"
        payload = "\n".join(data)
        prefix = "".join(line + "\n" for line in others if line)
        if payload.strip() == "[DONE]":
            return await self._flush_all() + prefix + "data: [DONE]\n\n"
        try:
            document = json.loads(payload)
        except json.JSONDecodeError:
            if self._plain is None:
                self._plain = self._reply.stream()
            return prefix + _data_lines(await self._plain.feed(payload))
        if isinstance(document, dict) and isinstance(document.get("choices"), list):
            await self._choices_event(document)
            return prefix + _data_lines(json.dumps(document, ensure_ascii=False))
        return prefix + _data_lines(await _filter_document_text(self._reply, payload))

    async def _feed(self, key: tuple[int, int | None], text: str) -> str:
        stream = self._streams.get(key)
        if stream is None:
            stream = self._streams[key] = self._reply.stream()
        return await stream.feed(text)

    async def _flush_choice(self, index: int) -> tuple[str, list[dict[str, Any]]]:
        """The held-back rest of one choice: content text and tool-call argument pieces."""
        self._finished.add(index)
        content = ""
        tools: list[dict[str, Any]] = []
        for (choice, tool), stream in self._streams.items():
            if choice != index:
                continue
            rest = await stream.flush()
            if rest and tool is None:
                content += rest
            elif rest:
                tools.append({"index": tool, "function": {"arguments": rest}})
        return content, tools

    async def _choices_event(self, document: dict[str, Any]) -> None:
        self._template = document
        for position, choice in enumerate(document["choices"]):
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", position)
            index = index if isinstance(index, int) else position
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = choice.get("message")
            if not isinstance(delta, dict):
                continue
            content = delta.get("content")
            out = await self._feed((index, None), content) if isinstance(content, str) else ""
            calls = delta.get("tool_calls")
            for k, call in enumerate(calls if isinstance(calls, list) else []):
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    tool = call.get("index", k)
                    tool = tool if isinstance(tool, int) else k
                    function["arguments"] = await self._feed((index, tool), function["arguments"])
            if choice.get("finish_reason") and index not in self._finished:
                rest, tools = await self._flush_choice(index)
                out += rest
                if tools:
                    delta["tool_calls"] = [*(calls if isinstance(calls, list) else []), *tools]
            if isinstance(content, str) or out:
                delta["content"] = out

    async def _flush_all(self) -> str:
        out: list[str] = []
        for index in sorted({choice for choice, _ in self._streams} - self._finished):
            rest, tools = await self._flush_choice(index)
            if (rest or tools) and self._template is not None:
                delta: dict[str, Any] = {"content": rest} if rest else {}
                if tools:
                    delta["tool_calls"] = tools
                event = {
                    **{k: v for k, v in self._template.items() if k != "choices"},
                    "choices": [{"index": index, "delta": delta, "finish_reason": None}],
                }
                out.append(_data_lines(json.dumps(event, ensure_ascii=False)))
        if self._plain is not None:
            rest = await self._plain.flush()
            self._plain = None
            if rest:
                out.append(_data_lines(rest))
        return "".join(out)


def _data_lines(payload: str) -> str:
    return "".join(f"data: {line}\n" for line in payload.split("\n")) + "\n"


__all__ = ["PiiGuardMiddleware", "error_body", "error_response"]
