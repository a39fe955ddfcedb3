"""AiohttpTransport: httpx's contract (requests as built, timeouts, errors) over aiohttp."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from servers import serve
from starlette.types import Receive, Scope, Send

from piiguard.proxy.transport import AiohttpTransport


async def echo_app(scope: Scope, receive: Receive, send: Send) -> None:
    """Answers with the request line, headers and body it got, as JSON; `/slow` waits."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["path"] == "/slow":
        await asyncio.sleep(1.0)
    reply = json.dumps(
        {
            "method": scope["method"],
            "path": scope["path"],
            "headers": [[k.decode(), v.decode()] for k, v in scope["headers"]],
            "body": body.decode(),
        }
    ).encode()
    if scope["path"] == "/stream":
        start = {"type": "http.response.start", "status": 200}
        await send({**start, "headers": [(b"content-type", b"text/event-stream")]})
        for part in (b"data: 1\n\n", b"data: 2\n\n"):
            await send({"type": "http.response.body", "body": part, "more_body": True})
            await asyncio.sleep(0.05)
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        return
    headers = [(b"content-type", b"application/json"), (b"x-reply", b"one")]
    await send({"type": "http.response.start", "status": 201, "headers": headers})
    await send({"type": "http.response.body", "body": reply})


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with serve(echo_app) as url:
        yield url


def run(
    test: Callable[[httpx.AsyncClient], Awaitable[None]],
    *,
    max_connections: int = 10,
    timeout: httpx.Timeout | None = None,
) -> None:
    async def main() -> None:
        transport = AiohttpTransport(max_connections=max_connections)
        async with httpx.AsyncClient(
            transport=transport, timeout=timeout or httpx.Timeout(5.0)
        ) as client:
            await test(client)

    asyncio.run(main())


@contextmanager
def raw_server(handle: Callable[[socket.socket], None]) -> Iterator[str]:
    """A bare TCP server on loopback that hands each connection to `handle` (a thread each)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        done.set()
        listener.close()


def test_sends_the_request_as_httpx_built_it(echo_url: str) -> None:
    async def test(client: httpx.AsyncClient) -> None:
        reply = await client.post(
            f"{echo_url}/v1/x?q=1",
            content=b'{"a": 1}',
            headers={"content-type": "application/json", "x-one": "1", "authorization": "Bearer k"},
        )
        assert reply.status_code == 201 and reply.headers["x-reply"] == "one"
        seen = reply.json()
        headers = dict(seen["headers"])
        assert seen["method"] == "POST" and seen["path"] == "/v1/x" and seen["body"] == '{"a": 1}'
        assert headers["x-one"] == "1" and headers["authorization"] == "Bearer k"
        assert headers["content-length"] == "8" and headers["host"] == echo_url[7:]
        assert headers["user-agent"].startswith("python-httpx/")  # httpx's, not aiohttp's
        # A GET gets no body and no content type from aiohttp.
        seen = (await client.get(f"{echo_url}/v1/models")).json()
        assert seen["body"] == "" and "content-type" not in dict(seen["headers"])

    run(test)


def test_a_streamed_body_without_length_arrives_whole(echo_url: str) -> None:
    async def parts() -> AsyncIterator[bytes]:
        for part in (b"one ", b"two ", b"three"):
            yield part

    async def test(client: httpx.AsyncClient) -> None:
        seen = (await client.post(f"{echo_url}/x", content=parts())).json()
        assert seen["body"] == "one two three"
        assert dict(seen["headers"])["transfer-encoding"] == "chunked"

    run(test)


def test_a_streamed_reply_arrives_event_by_event(echo_url: str) -> None:
    async def test(client: httpx.AsyncClient) -> None:
        async with client.stream("GET", f"{echo_url}/stream") as reply:
            chunks = [chunk async for chunk in reply.aiter_bytes()]
        assert chunks == [b"data: 1\n\n", b"data: 2\n\n"]

    run(test)


def test_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    async def test(client: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{port}/")

    run(test)


def test_slow_answer_is_a_read_timeout(echo_url: str) -> None:
    async def test(client: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(f"{echo_url}/slow")
        # The pool is still usable afterwards.
        assert (await client.get(f"{echo_url}/fast")).status_code == 201

    run(test, timeout=httpx.Timeout(5.0, read=0.3))


def test_no_free_connection_is_a_pool_timeout_and_closing_frees_it(echo_url: str) -> None:
    async def test(client: httpx.AsyncClient) -> None:
        held = await client.send(client.build_request("GET", f"{echo_url}/stream"), stream=True)
        with pytest.raises(httpx.PoolTimeout):
            await client.get(f"{echo_url}/x")
        await held.aclose()
        assert (await client.get(f"{echo_url}/x")).status_code == 201

    run(test, max_connections=1, timeout=httpx.Timeout(5.0, pool=0.2))


def test_an_upstream_that_stops_reading_is_a_write_timeout() -> None:
    stop = threading.Event()

    def never_read(conn: socket.socket) -> None:
        stop.wait(10)
        conn.close()

    async def test(client: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.WriteTimeout):
            await client.post(url, content=b"x" * (64 * 1024 * 1024))

    with raw_server(never_read) as url:
        try:
            run(test, timeout=httpx.Timeout(5.0, write=0.3))
        finally:
            stop.set()


def test_a_reply_cut_short_is_a_protocol_error() -> None:
    def cut_short(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly ten b")
        conn.close()

    async def test(client: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(url)

    with raw_server(cut_short) as url:
        run(test)


def test_a_malformed_reply_is_a_protocol_error() -> None:
    def garbage(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(b"this is not http\r\n\r\n")
        conn.close()

    async def test(client: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(url)

    with raw_server(garbage) as url:
        run(test)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "piiguard test upstream")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_an_untrusted_tls_upstream_is_refused(tmp_path: Path) -> None:
    cert_file, key_file = self_signed(tmp_path)

    async def test(client: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.ConnectError):  # certificate verify failed
            await client.get(url.replace("http://", "https://") + "/x")

    with serve(echo_app, ssl_certfile=str(cert_file), ssl_keyfile=str(key_file)) as url:
        run(test)


def test_rejects_a_pool_without_connections() -> None:
    with pytest.raises(ValueError, match="max_connections"):
        AiohttpTransport(max_connections=0)
