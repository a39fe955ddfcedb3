"""One way to build a Redis client for piiguard's stores: fail fast, TLS when asked, any topology.

The vault, the consent store and the training stream all use it, so a dead Redis is
noticed within `timeout_seconds` everywhere (the request then fails closed) and a TLS
URL gets the same CA and client-certificate settings everywhere. The URL names the
topology:

- `redis://host:port/db`, `rediss://...` (TLS), `unix:///path.sock?db=0`: one server;
- `redis+cluster://[user:password@]host:port[,host:port...]` (`rediss+cluster://` with
  TLS): Redis Cluster, from any of its nodes (the others are discovered);
- `redis+sentinel://[user:password@]host:port[,host:port...]/service_name[/db]`
  (`rediss+sentinel://` with TLS to the sentinels and the primary): the primary that
  the sentinels name for `service_name`, followed through failovers. The user and
  password are the primary's; `?sentinel_password=...` authenticates to the sentinels.

Keys that a script or a multi-key command uses together share a hash tag (`same_slot`),
so every layout works on a cluster as on one server.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias
from urllib.parse import unquote

from piiguard.exceptions import ConfigError
from piiguard.url_check import checked_url

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.asyncio.cluster import RedisCluster

RedisClient: TypeAlias = "Redis | RedisCluster"
"""What the stores accept: a single-server (or Sentinel-managed) client, or a cluster client."""

Topology = Literal["server", "cluster", "sentinel"]

_SCHEMES: dict[str, tuple[Topology, bool]] = {
    "redis": ("server", False),
    "rediss": ("server", True),
    "unix": ("server", False),
    "redis+cluster": ("cluster", False),
    "rediss+cluster": ("cluster", True),
    "redis+sentinel": ("sentinel", False),
    "rediss+sentinel": ("sentinel", True),
}


@dataclass(frozen=True, slots=True)
class RedisTarget:
    """A parsed Redis URL: which topology, which nodes, TLS or not (the password is kept
    out of `repr`, so a logged target never carries it)."""

    topology: Topology
    tls: bool
    url: str = field(repr=False)
    nodes: tuple[tuple[str, int], ...] = ()
    service: str = ""
    db: int = 0
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    sentinel_password: str | None = field(default=None, repr=False)


def _bad(setting: str, why: str) -> ConfigError:
    # Never echo the URL: it may carry a password.
    return ConfigError(
        f"{setting}: {why}; expected redis://host:port/db, rediss://..., "
        "redis+cluster://host:port[,host:port] or "
        "redis+sentinel://host:port[,host:port]/service_name[/db] (see docs/deploy.md)"
    )


def _nodes(hosts: str, setting: str) -> tuple[tuple[str, int], ...]:
    nodes = []
    for part in hosts.split(","):
        host, _, port = part.strip().rpartition(":")
        host = host.strip("[]")  # an IPv6 literal, [::1]:6379
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise _bad(setting, "each node must be host:port")
        nodes.append((host, int(port)))
    return tuple(nodes)


def _check_server(url: str, setting: str) -> None:
    """A one-server URL (`redis://`, `rediss://`) is handed to redis-py as it is; what it
    would refuse only when it first connects (a traceback then) is refused here."""
    parts = checked_url(url, functools.partial(_bad, setting))
    database = parts.path.strip("/")
    if database and not database.isdigit():
        raise _bad(setting, "the database must be a number")


def parse_redis_url(url: str, *, setting: str = "PIIGUARD_REDIS_URL") -> RedisTarget:
    """Parse a Redis URL of any supported topology; raises `ConfigError` naming `setting`.

    >>> parse_redis_url("redis+sentinel://10.0.0.1:26379,10.0.0.2:26379/main/2").nodes
    (('10.0.0.1', 26379), ('10.0.0.2', 26379))
    """
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in _SCHEMES:
        raise _bad(setting, "unknown URL scheme")
    topology, tls = _SCHEMES[scheme.lower()]
    if topology == "server":
        if scheme.lower() != "unix":
            _check_server(url, setting)
        return RedisTarget(topology, tls, url)
    rest, _, query = rest.partition("?")
    # Percent-decoding only ("+" stays a plus, as in the URL's password).
    params = {
        unquote(name): unquote(value)
        for name, _, value in (part.partition("=") for part in query.split("&") if part)
    }
    unknown = set(params) - ({"sentinel_password"} if topology == "sentinel" else set())
    if unknown:
        raise _bad(setting, f"unknown URL parameter(s) {sorted(unknown)}")
    netloc, _, path = rest.partition("/")
    credentials, at, hosts = netloc.rpartition("@")
    username = password = None
    if at:
        user, colon, secret = credentials.partition(":")
        username = unquote(user) or None
        password = unquote(secret) if colon else None
    nodes = _nodes(hosts, setting)
    parts = [p for p in path.split("/") if p]
    if topology == "cluster":
        if parts and parts != ["0"]:
            raise _bad(setting, "a Redis Cluster has only database 0")
        return RedisTarget(topology, tls, url, nodes, username=username, password=password)
    if not parts or len(parts) > 2:
        raise _bad(setting, "a Sentinel URL names the service: .../service_name[/db]")
    if len(parts) == 2 and not parts[1].isdigit():
        raise _bad(setting, "the database must be a number")
    sentinel_password = params.get("sentinel_password")
    return RedisTarget(
        topology,
        tls,
        url,
        nodes,
        service=unquote(parts[0]),
        db=int(parts[1]) if len(parts) == 2 else 0,
        username=username,
        password=password,
        sentinel_password=sentinel_password,
    )


def is_tls_url(url: str) -> bool:
    """Whether `url` asks for TLS (`rediss://`, `rediss+cluster://`, `rediss+sentinel://`)."""
    return url.partition("://")[0].lower() in ("rediss", "rediss+cluster", "rediss+sentinel")


def slot_tag(key: str) -> str:
    """The part of `key` that Redis Cluster hashes: its hash tag, else the whole key."""
    start = key.find("{")
    if start != -1:
        end = key.find("}", start + 1)
        if end > start + 1:
            return key[start + 1 : end]
    return key


def same_slot(key: str, name: str) -> str:
    """A key called `key:name` that Redis Cluster keeps in `key`'s slot.

    >>> same_slot("piiguard:training", "fence:ab")
    'piiguard:training:{piiguard:training}:fence:ab'
    >>> same_slot("piiguard:consent:{ab}", "events")
    'piiguard:consent:{ab}:events'
    """
    tag = slot_tag(key)
    if tag != key:
        return f"{key}:{name}"
    if "{" in key or "}" in key:
        raise ConfigError(
            "PIIGUARD_REDIS_PREFIX: braces in a key prefix must form a hash tag such as "
            "{piiguard} (or leave them out)"
        )
    return f"{key}:{{{key}}}:{name}"


def check_prefix(prefix: str) -> None:
    """Raise `ConfigError` unless braces in `prefix` form a Redis Cluster hash tag (or
    there are none): every key piiguard names starts with it."""
    same_slot(f"{prefix}:training", "check")


def glob_escape(text: str) -> str:
    """`text` as a literal in a `SCAN MATCH` pattern: a key prefix may hold `*`, `?`, `[`
    or `\\`, which as a glob would reach another deployment's keys on the same Redis.

    >>> glob_escape("tenant*") + ":vault:*"
    'tenant\\\\*:vault:*'
    """
    return re.sub(r"([*?\[\]\\])", r"\\\1", text)


def is_cluster(client: RedisClient) -> bool:
    """Whether `client` talks to a Redis Cluster (keys of one script must share a slot)."""
    from redis.asyncio.cluster import RedisCluster

    return isinstance(client, RedisCluster)


def fast_client(
    url: str, *, timeout_seconds: float = 1.0, ssl_options: Mapping[str, str] | None = None
) -> RedisClient:
    """A `redis.asyncio` client that fails fast: a decision must not hang on a dead Redis.

    `url` may name one server, a cluster or a Sentinel-managed primary (module docstring).
    `ssl_options` (`ssl_ca_certs`, `ssl_certfile`, `ssl_keyfile`) apply to TLS URLs;
    see `GuardConfig.redis_ssl_options`.
    """
    from redis.asyncio import Redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    target = parse_redis_url(url)
    tls: dict[str, Any] = dict(ssl_options or {}) if target.tls else {}
    common: dict[str, Any] = {
        "socket_timeout": timeout_seconds,
        "socket_connect_timeout": timeout_seconds,
        "retry": Retry(NoBackoff(), 1),
    }
    if target.topology == "server":
        return Redis.from_url(url, **common, **tls)
    if target.topology == "cluster":
        from redis.asyncio.cluster import ClusterNode, RedisCluster

        return RedisCluster(
            startup_nodes=[ClusterNode(host, port) for host, port in target.nodes],
            username=target.username,
            password=target.password,
            ssl=target.tls,
            **common,
            **tls,
        )
    from redis.asyncio.sentinel import Sentinel

    ssl: dict[str, Any] = {"ssl": True, **tls} if target.tls else {}
    sentinel = Sentinel(
        list(target.nodes),
        sentinel_kwargs={
            "socket_timeout": timeout_seconds,
            "socket_connect_timeout": timeout_seconds,
            "password": target.sentinel_password,
            **ssl,
        },
    )
    primary: Redis = sentinel.master_for(
        target.service,
        redis_class=_sentinel_class(),
        db=target.db,
        username=target.username,
        password=target.password,
        **common,
        **ssl,
    )
    return primary


@functools.cache
def _sentinel_class() -> type[Redis]:
    from redis.asyncio import Redis

    class SentinelManagedRedis(Redis):
        """The primary's client; closing it also closes the connections to the sentinels."""

        async def aclose(self, close_connection_pool: bool | None = None) -> None:
            await super().aclose(close_connection_pool)
            manager = getattr(self.connection_pool, "sentinel_manager", None)
            for sentinel in getattr(manager, "sentinels", ()):
                await sentinel.aclose()

    return SentinelManagedRedis


__all__ = [
    "RedisClient",
    "RedisTarget",
    "check_prefix",
    "fast_client",
    "is_cluster",
    "is_tls_url",
    "parse_redis_url",
    "same_slot",
    "slot_tag",
]
