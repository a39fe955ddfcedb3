"""Forward a (already masked) request to the upstream with httpx, streaming both ways.

One `Forwarder` per process owns one pooled `httpx.AsyncClient` (opened in the
app's lifespan) over `AiohttpTransport` (piiguard.proxy.transport). The request
body is streamed upstream; an SSE reply is streamed back chunk by chunk, any other
reply is read whole (it is small, and reading it first means a timeout is still a
clean 504). Failures become OpenAI-shaped errors:
refused or broken upstream 502, timeout 504, too many requests in flight 503
with `Retry-After`. An upstream error body is passed on only scrubbed and capped.

The forwarder never looks at PII: the guard middleware masks the request before it
gets here and restores the reply after it leaves.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterable
from http.client import HTTPResponse
from http.cookiejar import Cookie, CookieJar

import anyio
import httpx
from httpx._decoders import SUPPORTED_DECODERS
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from piiguard.auth import (
    SUBJECT_TOKEN_HEADER,
    install_credential_log_filter,
    split_url_credentials,
)
from piiguard.chat_format import error_body, error_response
from piiguard.proxy.config import ProxyConfig
from piiguard.proxy.errors import scrub_upstream_error
from piiguard.proxy.headers import client_response_headers, upstream_request_headers
from piiguard.proxy.metrics import ProxyMetrics
from piiguard.proxy.transport import AiohttpTransport

logger = logging.getLogger("piiguard.proxy")

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_STREAMED_TYPES = ("text/event-stream", "application/x-ndjson", "application/ndjson")
_READABLE_CODINGS = frozenset(SUPPORTED_DECODERS)
"""The `Content-Encoding`s the client decodes (`identity`, `gzip`, `deflate`, and `br`
or `zstd` when their decoder is installed). httpx passes a body in any other coding on
as it came, still encoded: such a reply cannot be read, so it is refused."""


def readable_coding(headers: httpx.Headers) -> bool:
    """Whether every coding of a reply's `Content-Encoding` is one the client decodes.

    >>> readable_coding(httpx.Headers({"content-encoding": "gzip"}))
    True
    >>> readable_coding(httpx.Headers({"content-encoding": "gzip, x-custom"}))
    False
    """
    codings = headers.get_list("content-encoding", split_commas=True)
    return all(coding.strip().lower() in _READABLE_CODINGS for coding in codings if coding.strip())


class _NoCookies(CookieJar):
    """A cookie jar that keeps nothing. The one pooled client serves every user: a cookie
    the upstream sets in one user's reply must never go out with another user's request
    (httpx's default jar would keep it and send it with every later request). The reply's
    `Set-Cookie` header itself still goes back to the client it was meant for."""

    def extract_cookies(self, response: HTTPResponse, request: urllib.request.Request) -> None:
        return None

    def set_cookie(self, cookie: Cookie) -> None:
        return None


class Forwarder:
    """Sends requests to `config.upstream_url` through one pooled client.

    `transport` replaces the network (tests hand in `httpx.MockTransport` or an
    `httpx.ASGITransport`); it is passed to the client as is. It masks nothing: the
    guard middleware in front of it already masked the body and the query string.
    `identity_headers` (default: those of `config.guard`) are the guard's own identity
    headers, which it leaves unmasked and so never forwards.
    """

    def __init__(
        self,
        config: ProxyConfig,
        *,
        metrics: ProxyMetrics,
        transport: httpx.AsyncBaseTransport | None = None,
        identity_headers: Iterable[str] | None = None,
    ) -> None:
        self.config = config
        if identity_headers is None:
            identity_headers = config.guard.identity_headers
        self._withheld = frozenset({*identity_headers, SUBJECT_TOKEN_HEADER})
        self.metrics = metrics
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._in_flight = 0
        # Credentials embedded in the upstream URL travel as Basic auth, never in the URL
        # httpx logs (its request log line prints the full URL).
        self._base_url, credentials = split_url_credentials(config.upstream_url)
        self._auth = httpx.BasicAuth(*credentials) if credentials else None

    @property
    def started(self) -> bool:
        """Whether the pooled client is open."""
        return self._client is not None

    @property
    def in_flight(self) -> int:
        """Requests currently being forwarded (including replies still streaming)."""
        return self._in_flight

    async def start(self) -> None:
        """Open the pooled client (once per process, from the lifespan)."""
        if self._client is not None:
            return
        install_credential_log_filter()
        cfg = self.config
        # aiohttp does the wire work unless a test hands in its own transport.
        transport = self._transport or AiohttpTransport(max_connections=cfg.max_connections)
        self._client = httpx.AsyncClient(
            transport=transport,
            auth=self._auth,
            timeout=httpx.Timeout(
                connect=cfg.connect_timeout,
                read=cfg.read_timeout,
                write=cfg.write_timeout,
                pool=cfg.pool_timeout,
            ),
            follow_redirects=False,
            trust_env=False,
            cookies=_NoCookies(),
        )

    async def aclose(self) -> None:
        """Close the pooled client."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def upstream_url(self, raw_path: str, query: str) -> str:
        """The upstream URL for a client path: `upstream_url` + path (no doubled `/v1`)."""
        base = self._base_url
        path = raw_path
        if base.endswith("/v1") and (path == "/v1" or path.startswith("/v1/")):
            path = path[3:]
        return base + path + (f"?{query}" if query else "")

    async def upstream_ready(self) -> bool:
        """Whether the upstream answers `GET /models` in `ready_check_timeout` seconds.

        Any answer below 500 counts, except 401 and 403 (the upstream refuses our key);
        an upstream without a models route (404) is up.
        """
        if self._client is None:
            return False
        headers = upstream_request_headers(
            [],
            allowed=(),
            upstream_api_key=self.config.upstream_api_key,
            forward_client_authorization=False,
        )
        try:
            reply = await self._client.get(
                self.upstream_url("/v1/models", ""),
                headers=headers,
                timeout=self.config.ready_check_timeout,
            )
        except httpx.HTTPError as exc:
            logger.warning("readiness: upstream not reachable: %s", type(exc).__name__)
            return False
        if reply.status_code >= 500 or reply.status_code in (401, 403):
            logger.warning("readiness: upstream answered %d", reply.status_code)
            return False
        return True

    def _outcome(self, outcome: str) -> None:
        self.metrics.outcome(outcome)

    def _overloaded(self) -> Response:
        self._outcome("proxy_overloaded")
        retry = str(self.config.retry_after_seconds)
        return error_response(
            503,
            "the proxy is at capacity; retry shortly",
            type="server_error",
            code="overloaded",
            headers={"Retry-After": retry},
        )

    async def forward(self, request: Request) -> Response:
        """Send `request` upstream and return the reply to send to the client."""
        if self._client is None:
            self._outcome("proxy_not_ready")
            return error_response(
                503,
                "the proxy is starting",
                type="server_error",
                code="not_ready",
                headers={"Retry-After": str(self.config.retry_after_seconds)},
            )
        if self._in_flight >= self.config.max_concurrent_requests:
            return self._overloaded()
        self._in_flight += 1
        self.metrics.in_flight.inc()
        released = False
        try:
            response = await self._send(self._client, request)
            if isinstance(response, _UpstreamStream):
                # The stream releases the slot when it finishes, however it finishes.
                response.on_close = self._release
                released = True
            return response
        finally:
            if not released:
                self._release()

    def _bad_encoding(self) -> Response:
        self._outcome("upstream_bad_encoding")
        return error_response(
            502, _BAD_ENCODING, type="upstream_error", code="upstream_bad_encoding"
        )

    def _release(self) -> None:
        self._in_flight -= 1
        self.metrics.in_flight.dec()

    async def _send(self, client: httpx.AsyncClient, request: Request) -> Response:
        raw_path = request.scope.get("raw_path")
        path = raw_path.decode("latin-1") if raw_path else request.url.path
        query = request.url.query
        url = self.upstream_url(path, query)
        headers = upstream_request_headers(
            request.scope["headers"],
            allowed=self.config.forward_request_headers,
            withheld=self._withheld,
            upstream_api_key=self.config.upstream_api_key,
            forward_client_authorization=self.config.forward_client_authorization,
        )
        content = None
        length = request.headers.get("content-length", "")
        if request.method in _BODY_METHODS or (length.isdigit() and int(length) > 0):
            content = request.stream()
            # The body goes on byte for byte, so its declared length (set by the guard
            # when it rewrote the body) still holds; h11 checks it as the bytes go out.
            if length.isdigit():
                headers.append(("content-length", length))
        upstream_request = client.build_request(
            # As bytes: a value may hold any octet the client sent (httpx would encode
            # a str as ASCII and fail on the first other character).
            request.method, url, headers=_raw(headers), content=content
        )
        started = time.perf_counter()
        try:
            upstream = await client.send(upstream_request, stream=True)
        except ClientDisconnect:
            self._outcome("client_disconnected")
            return Response(status_code=499)
        except httpx.PoolTimeout:
            return self._overloaded()
        except httpx.TimeoutException:
            self._outcome("upstream_timeout")
            return _timeout()
        except httpx.RequestError as exc:
            self._outcome("upstream_unavailable")
            logger.warning("upstream request failed: %s", type(exc).__name__)
            return _unavailable()
        self.metrics.upstream_seconds.observe(time.perf_counter() - started)

        if not readable_coding(upstream.headers):
            # The proxy asked for `identity`; a coding it cannot decode would reach the
            # guard (and the client) still encoded, unread.
            await upstream.aclose()
            self._outcome("upstream_unsupported_encoding")
            return error_response(
                502, _UNSUPPORTED_ENCODING, type="upstream_error",
                code="upstream_unsupported_encoding",
            )
        if upstream.status_code >= 400:
            return await self._error_reply(upstream)
        media_type = upstream.headers.get("content-type", "")
        if media_type.startswith(_STREAMED_TYPES):
            self._outcome("forwarded")
            return _UpstreamStream(upstream)
        return await self._buffered_reply(upstream)

    async def _read_capped(self, upstream: httpx.Response, limit: int) -> tuple[bytes, bool]:
        """At most `limit` bytes of the (decoded) body, and whether there was more."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in upstream.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return b"".join(chunks)[:limit], True
        return b"".join(chunks), False

    async def _error_reply(self, upstream: httpx.Response) -> Response:
        self._outcome("upstream_error")
        try:
            body, truncated = await self._read_capped(upstream, self.config.max_error_body_bytes)
        except httpx.DecodingError:
            await upstream.aclose()
            return self._bad_encoding()
        except httpx.RequestError:  # timeouts included: pass on the status alone
            body, truncated = b"", True
        finally:
            await upstream.aclose()
        headers = {}
        retry_after = upstream.headers.get("retry-after")
        if retry_after is not None and retry_after.strip().isdigit():
            headers["Retry-After"] = retry_after.strip()
        scrubbed = scrub_upstream_error(upstream.status_code, body, truncated=truncated)
        return JSONResponse(scrubbed, status_code=upstream.status_code, headers=headers)

    async def _buffered_reply(self, upstream: httpx.Response) -> Response:
        try:
            body, too_big = await self._read_capped(upstream, self.config.max_response_bytes)
        except httpx.TimeoutException:
            self._outcome("upstream_timeout")
            return _timeout()
        except httpx.DecodingError:
            return self._bad_encoding()
        except httpx.RequestError:
            self._outcome("upstream_unavailable")
            return _unavailable()
        finally:
            await upstream.aclose()
        if too_big:
            self._outcome("upstream_reply_too_large")
            return error_response(
                502,
                f"upstream reply exceeds max_response_bytes={self.config.max_response_bytes}",
                type="upstream_error",
                code="upstream_reply_too_large",
            )
        self._outcome("forwarded")
        response = Response(body, status_code=upstream.status_code)
        response.raw_headers = [
            *_raw(client_response_headers(upstream.headers.raw)),
            (b"content-length", str(len(body)).encode()),
        ]
        return response


def _raw(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]


_BAD_ENCODING = (
    "the upstream's reply could not be decoded: its Content-Encoding does not match its body"
)
_UNSUPPORTED_ENCODING = (
    "the upstream's reply is in a Content-Encoding the proxy cannot decode (it asks for "
    f"identity, and reads {', '.join(sorted(_READABLE_CODINGS - {'identity'}))})"
)


def _timeout() -> Response:
    return error_response(
        504, "the upstream did not answer in time", type="upstream_error", code="upstream_timeout"
    )


def _unavailable() -> Response:
    return error_response(
        502, "the upstream could not be reached", type="upstream_error", code="upstream_unavailable"
    )


class _UpstreamStream(Response):
    """An ASGI reply that relays an upstream stream (SSE, NDJSON) as it arrives.

    The upstream response is closed and `on_close` called however the relay ends:
    finished, client gone, or upstream failed. An upstream failure mid-stream (the
    status line is already sent) ends the stream with an OpenAI-shaped error event.
    """

    def __init__(self, upstream: httpx.Response) -> None:
        self.upstream = upstream
        self.status_code = upstream.status_code
        self.background = None
        self.raw_headers = _raw(client_response_headers(upstream.headers.raw))
        self.on_close: Callable[[], None] | None = None

    async def _chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.upstream.aiter_bytes():
                if chunk:
                    yield chunk
        except httpx.TimeoutException:
            yield _sse_error("the upstream stopped sending in time", "upstream_timeout")
        except httpx.DecodingError:
            yield _sse_error(_BAD_ENCODING, "upstream_bad_encoding")
        except httpx.RequestError:
            yield _sse_error("the upstream stream broke off", "upstream_unavailable")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            start = {"type": "http.response.start", "status": self.status_code}
            await send({**start, "headers": self.raw_headers})

            async def relay() -> None:
                async for chunk in self._chunks():
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                tg.cancel_scope.cancel()

            async def watch_disconnect() -> None:
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        tg.cancel_scope.cancel()
                        return

            async with anyio.create_task_group() as tg:
                tg.start_soon(relay)
                tg.start_soon(watch_disconnect)
        finally:
            with anyio.CancelScope(shield=True):
                await self.upstream.aclose()
            if self.on_close is not None:
                self.on_close()


def _sse_error(message: str, code: str) -> bytes:
    body = error_body(message, type="upstream_error", code=code)
    return b"\n\ndata: " + json.dumps(body).encode() + b"\n\n"
