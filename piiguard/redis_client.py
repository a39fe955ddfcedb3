"""One way to build a Redis client for piiguard's stores: fail fast, TLS when asked.

The vault, the consent store and the training stream all use it, so a dead Redis is
noticed within `timeout_seconds` everywhere (the request then fails closed) and a
`rediss://` URL gets the same CA and client-certificate settings everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redis.asyncio import Redis


def fast_client(
    url: str, *, timeout_seconds: float = 1.0, ssl_options: Mapping[str, str] | None = None
) -> Redis:
    """A `redis.asyncio` client that fails fast: a decision must not hang on a dead Redis.

    `ssl_options` (`ssl_ca_certs`, `ssl_certfile`, `ssl_keyfile`) apply to `rediss://`
    URLs; see `GuardConfig.redis_ssl_options`.
    """
    from redis.asyncio import Redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    tls: dict[str, Any] = dict(ssl_options or {}) if url.startswith("rediss://") else {}
    return Redis.from_url(
        url,
        socket_timeout=timeout_seconds,
        socket_connect_timeout=timeout_seconds,
        retry=Retry(NoBackoff(), 1),
        **tls,
    )


__all__ = ["fast_client"]
