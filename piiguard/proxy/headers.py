"""Which headers cross the proxy, in each direction.

Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection, not the message,
so they are never forwarded either way: `Connection` and every header it names,
`Keep-Alive`, `Proxy-Connection`, `TE`, `Transfer-Encoding`, `Upgrade`,
`Proxy-Authorization`, `Proxy-Authenticate` and `Trailer`. Bodies are re-streamed
(and possibly rewritten by the guard), so `Content-Length` and `Content-Encoding`
are dropped too and recomputed by the server that sends them on. (The forwarder
re-declares a request's length as the guard-rewritten request states it, since it
forwards that body byte for byte: upstreams that cannot read chunked requests work.)

Requests go upstream with an allowlist: a header the client sends may carry personal
data (an e-mail in `X-User-Id`, a name in a cookie), and the upstream must only ever
see masked text, so only headers named in `ProxyConfig.forward_request_headers` pass.
The guard's own identity headers (the session and subject headers, the subject token)
never pass, whatever the allowlist says: the guard reads them as sent and leaves them
unmasked, and they are the proxy's business, not the upstream's.

>>> "x-trace" in hop_by_hop_names([(b"connection", b"close, X-Trace")])
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from piiguard.wildcard import matches

HOP_BY_HOP: frozenset[str] = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "transfer-encoding",
        "upgrade",
        "proxy-authorization",
        "proxy-authenticate",
        "trailer",
    }
)
"""Headers that belong to one connection (RFC 9110 §7.6.1); never forwarded."""

RESTREAMED: frozenset[str] = frozenset({"content-length", "content-encoding"})
"""Headers that stop being true once a body is re-streamed or rewritten."""

SERVER_OWNED: frozenset[str] = frozenset({"date", "server"})
"""Response headers our own server writes; forwarding them would duplicate them."""

RawHeaders = Sequence[tuple[bytes, bytes]]


def hop_by_hop_names(headers: RawHeaders) -> set[str]:
    """The fixed hop-by-hop names plus every header a `Connection` header names."""
    names = set(HOP_BY_HOP)
    for name, value in headers:
        if name.lower() == b"connection":
            for token in value.decode("latin-1").split(","):
                token = token.strip().lower()
                if token:
                    names.add(token)
    return names


def upstream_request_headers(
    headers: RawHeaders,
    *,
    allowed: Iterable[str],
    withheld: Iterable[str] = (),
    upstream_api_key: str,
    forward_client_authorization: bool,
) -> list[tuple[str, str]]:
    """The headers to send upstream for a client request.

    Only `allowed` names pass (a trailing `*` matches a prefix), minus hop-by-hop and
    body-length headers and the `withheld` names (the guard's identity headers).
    `Authorization` is the client's own only when `forward_client_authorization` is set
    and the client sent one; otherwise the proxy's `upstream_api_key` (when set) as a
    bearer token. `Accept-Encoding: identity` keeps
    the reply plain, since the guard must read it to restore placeholders.
    """
    allowed = tuple(a.lower() for a in allowed)
    dropped = (
        hop_by_hop_names(headers)
        | RESTREAMED
        | {"host", "authorization", "accept-encoding"}
        | {name.lower() for name in withheld}
    )
    out: list[tuple[str, str]] = []
    client_authorization: str | None = None
    for raw_name, raw_value in headers:
        name = raw_name.decode("latin-1").lower()
        if name == "authorization":
            client_authorization = raw_value.decode("latin-1")
            continue
        if name in dropped or not matches(name, allowed):
            continue
        out.append((name, raw_value.decode("latin-1")))
    if forward_client_authorization and client_authorization:
        out.append(("authorization", client_authorization))
    elif upstream_api_key:
        out.append(("authorization", f"Bearer {upstream_api_key}"))
    out.append(("accept-encoding", "identity"))
    return out


def client_response_headers(headers: RawHeaders) -> list[tuple[str, str]]:
    """The upstream's response headers that may go back to the client."""
    dropped = hop_by_hop_names(headers) | RESTREAMED | SERVER_OWNED
    return [
        (name.decode("latin-1").lower(), value.decode("latin-1"))
        for name, value in headers
        if name.decode("latin-1").lower() not in dropped
    ]
