"""The upstream hop's network: an `httpx` transport that sends through aiohttp.

The forwarder speaks httpx (requests, responses, exceptions; tests hand it
`httpx.MockTransport` or `httpx.ASGITransport`). Under load, httpx's own transport
(httpcore + h11) cost the proxy more CPU than anything else: its pool checks every
pooled connection's socket on every request it queues or finishes, and h11 parses
replies in Python. This transport keeps httpx's interface and moves the wire work
to aiohttp: a C HTTP parser, and a pool that learns of closed connections from the
event loop instead of polling sockets.

It keeps httpx's contract: per-request timeouts from `request.extensions["timeout"]`
(connect, read between chunks, write per chunk sent, pool wait), raised as
`httpx.ConnectTimeout` / `ReadTimeout` / `WriteTimeout` / `PoolTimeout`; refused or
broken connections as `httpx.ConnectError` / `RemoteProtocolError` / `ReadError`;
bodies neither decompressed nor re-encoded (httpx decodes them, as before); TLS
verified as httpx verifies (certifi's CA bundle); no cookies, no redirects, no proxy,
netrc or certificate settings from the environment.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx
from multidict import CIMultiDict

_HTTP11 = b"HTTP/1.1"
# aiohttp sets these itself when the request lacks them; httpx's request is sent as built.
_NO_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An `httpx.AsyncBaseTransport` over one pooled `aiohttp.ClientSession`.

    At most `max_connections` requests are on the wire at once (a request holds its
    slot until its response is closed); a request that waits longer than its pool
    timeout for a slot raises `httpx.PoolTimeout`. Idle connections are kept for
    `keepalive_expiry` seconds.

    >>> transport = AiohttpTransport(max_connections=100)
    >>> client = httpx.AsyncClient(transport=transport)  # doctest: +SKIP
    """

    def __init__(self, *, max_connections: int, keepalive_expiry: float = 5.0) -> None:
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, got {max_connections}")
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None

    def _open(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore]:
        # Built on first use, inside the event loop that will run the requests.
        if self._session is None or self._slots is None:
            connector = aiohttp.TCPConnector(
                limit=0,  # the slots below bound the connections
                keepalive_timeout=self._keepalive_expiry,
                # httpx's own TLS settings (certifi's CA bundle, no SSL_CERT_* from the
                # environment), as the client had before this transport.
                ssl=httpx.create_ssl_context(trust_env=False),
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                trust_env=False,
                skip_auto_headers=_NO_AUTO_HEADERS,
                timeout=aiohttp.ClientTimeout(total=None),
            )
            self._slots = asyncio.Semaphore(self._max_connections)
        return self._session, self._slots

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and return its response with the body still to be read."""
        session, slots = self._open()
        timeouts: Mapping[str, float | None] = request.extensions.get("timeout", {})
        try:
            async with asyncio.timeout(timeouts.get("pool")):
                await slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(
                "no free upstream connection in time", request=request
            ) from None
        try:
            response = await self._send(session, request, timeouts)
        except BaseException:
            slots.release()
            raise
        return httpx.Response(
            status_code=response.status,
            headers=[(k, v) for k, v in response.raw_headers],
            stream=_ResponseBody(response, request, slots),
            extensions={"http_version": _HTTP11, "reason_phrase": (response.reason or "").encode()},
        )

    async def _send(
        self,
        session: aiohttp.ClientSession,
        request: httpx.Request,
        timeouts: Mapping[str, float | None],
    ) -> aiohttp.ClientResponse:
        # aiohttp writes header strings as UTF-8: read the values so (the guard reads them
        # so too); a byte that is not UTF-8 is replaced, never sent doubly encoded.
        headers = [
            (k.decode("latin-1"), v.decode("utf-8", "replace"))
            for k, v in request.headers.raw
            if k.lower() != b"transfer-encoding"  # aiohttp frames a body without a length itself
        ]
        body = _has_body(request)
        writes = _WriteWatch(asyncio.current_task(), timeouts.get("write"))
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=timeouts.get("connect"), sock_read=timeouts.get("read")
        )
        with _mapped_errors(request):
            try:
                return await session.request(
                    request.method,
                    str(request.url),
                    headers=CIMultiDict(headers),
                    data=writes.watch(request.stream) if body else None,
                    allow_redirects=False,
                    timeout=timeout,
                )
            except asyncio.CancelledError:
                if writes.expired and writes.task is not None:
                    writes.task.uncancel()
                    raise httpx.WriteTimeout(
                        "sending the request body timed out", request=request
                    ) from None
                raise
            finally:
                writes.stop()

    async def aclose(self) -> None:
        """Close every pooled connection."""
        if self._session is not None:
            await self._session.close()
            self._session = None
            self._slots = None


def _has_body(request: httpx.Request) -> bool:
    length: str | None = request.headers.get("content-length")
    if length is not None:
        return length.strip() != "0"
    return "transfer-encoding" in request.headers


class _WriteWatch:
    """Per-chunk write timeout: each chunk of the body must be taken by the socket in time.

    aiohttp asks for the next chunk only once the previous one is written (drained),
    so a timer armed when a chunk is handed over and disarmed when the next one is
    asked for times each write; when it fires, the sending task is cancelled.
    """

    def __init__(self, task: asyncio.Task[Any] | None, seconds: float | None) -> None:
        self.task = task
        self._seconds = seconds
        self._timer: asyncio.TimerHandle | None = None
        self.expired = False

    async def watch(
        self, stream: httpx.AsyncByteStream | httpx.SyncByteStream
    ) -> AsyncIterator[bytes]:
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("the upstream transport needs an async request body")
        async for chunk in stream:
            self.stop()
            self._arm()
            yield chunk
        self.stop()

    def _arm(self) -> None:
        if self._seconds is not None and self.task is not None:
            self._timer = asyncio.get_running_loop().call_later(self._seconds, self._expire)

    def _expire(self) -> None:
        self.expired = True
        if self.task is not None:
            self.task.cancel()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


@contextmanager
def _mapped_errors(request: httpx.Request) -> Iterator[None]:
    """aiohttp's exceptions as the httpx ones the forwarder handles."""
    try:
        yield
    except aiohttp.ConnectionTimeoutError as exc:
        raise httpx.ConnectTimeout("connecting to the upstream timed out", request=request) from exc
    except aiohttp.SocketTimeoutError as exc:
        raise httpx.ReadTimeout("the upstream did not answer in time", request=request) from exc
    except aiohttp.ClientConnectorError as exc:
        raise httpx.ConnectError(
            "the upstream refused or could not be reached", request=request
        ) from exc
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError) as exc:
        raise httpx.RemoteProtocolError(
            "the upstream broke off the reply", request=request
        ) from exc
    except aiohttp.ClientResponseError as exc:  # a malformed status line or headers
        raise httpx.RemoteProtocolError(
            "the upstream sent a malformed reply", request=request
        ) from exc
    except aiohttp.ClientError as exc:
        raise httpx.ReadError("the upstream connection failed", request=request) from exc
    except TimeoutError as exc:  # aiohttp's timeouts are TimeoutErrors; any other is a read
        raise httpx.ReadTimeout("the upstream did not answer in time", request=request) from exc


class _ResponseBody(httpx.AsyncByteStream):
    """The body of an aiohttp response, read as it arrives; closing frees the slot."""

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx.Request, slots: asyncio.Semaphore
    ) -> None:
        self._response = response
        self._request = request
        self._slots: asyncio.Semaphore | None = slots
        self._complete = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors(self._request):
            async for chunk in self._response.content.iter_any():
                yield chunk
        self._complete = True

    async def aclose(self) -> None:
        if self._complete:
            self._response.release()  # back to the pool
        else:
            self._response.close()  # an unfinished body leaves the connection unusable
        if self._slots is not None:
            self._slots.release()
            self._slots = None
