"""`ProxyConfig`: the sidecar's settings, from defaults, a TOML file, the environment and flags.

Precedence, lowest first: defaults, the config file, `PIIGUARD_*` environment
variables, then explicit overrides (the CLI flags).

>>> ProxyConfig(upstream_url="http://127.0.0.1:9000/").upstream_url
'http://127.0.0.1:9000'

A config file holds a `[proxy]` table and an optional `[guard]` table (any
`GuardConfig` setting)::

    [proxy]
    upstream_url = "https://api.openai.com/v1"
    port = 8080
    client_keys_file = "/etc/piiguard/client-keys"
    [guard]
    detector = "patterns"
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints
from urllib.parse import urlsplit, urlunsplit

from piiguard.auth import (
    WILDCARD_BINDS,
    ClientKeys,
    check_token_secret,
    default_allowed_hosts,
    is_loopback,
    normalise_host,
    normalise_origin,
)
from piiguard.config import GuardConfig, parse_setting
from piiguard.exceptions import ConfigError

ENV_PREFIX = "PIIGUARD_"
CONFIG_FILE_ENV = "PIIGUARD_CONFIG"
"""Environment variable naming a TOML config file (the `--config` flag wins over it)."""

DEFAULT_FORWARD_HEADERS: tuple[str, ...] = (
    "accept",
    "content-type",
    "user-agent",
    "openai-organization",
    "openai-project",
    "openai-beta",
    "x-request-id",
    "x-stainless-*",
)


@dataclass(frozen=True, kw_only=True)
class ProxyConfig:
    """Settings of the OpenAI-compatible sidecar proxy.

    `upstream_url` is the base the request path is appended to
    (`http://bot:8000` or `https://api.openai.com/v1`: a trailing `/v1` is not doubled).
    """

    upstream_url: str
    # The proxy's own key for the upstream; the client's Authorization is used instead
    # only when forward_client_authorization is set.
    upstream_api_key: str = field(default="", repr=False)
    forward_client_authorization: bool = False
    # Request headers that may reach the upstream (a trailing `*` matches a prefix).
    forward_request_headers: tuple[str, ...] = DEFAULT_FORWARD_HEADERS
    # Timeouts (seconds): connect -> 504, read (between chunks) -> 504, pool wait -> 503.
    connect_timeout: float = 5.0
    read_timeout: float = 60.0
    write_timeout: float = 30.0
    pool_timeout: float = 2.0
    # Bounds.
    max_connections: int = 100
    max_concurrent_requests: int = 256
    max_response_bytes: int = 16 * 1024 * 1024
    max_error_body_bytes: int = 8192
    retry_after_seconds: int = 1
    # Extra paths forwarded (and guarded) besides /v1/chat/completions and /v1/models.
    allowed_paths: tuple[str, ...] = ()
    # Server.
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    """Worker processes; `"auto"` (TOML, `PIIGUARD_WORKERS`, `--workers`) is one per CPU
    core this process may use. More than one needs `PIIGUARD_REDIS_URL` (one vault)."""
    # Client authentication (piiguard.auth): keys as `KEY`, `KEY=SUBJECT` or `KEY=*`
    # (may name the subject in x-user-id), from this list and/or a file, one per line;
    # and the secret that signs subject tokens. Either one makes every forwarded and
    # consent route require a key or a token.
    client_keys: tuple[str, ...] = field(default=(), repr=False)
    client_keys_file: str = ""
    subject_token_secret: str = field(default="", repr=False)
    # Binding to a non-loopback address without client authentication must be asked for.
    allow_unauthenticated: bool = False
    # Names this proxy answers to in `Host` (empty: localhost, 127.0.0.1, [::1] and the
    # bind address; any name on a wildcard bind with client authentication), and the web
    # origins whose browser requests are allowed (empty: none). `*` accepts any.
    allowed_hosts: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()
    # /readyz also asks the upstream (GET <upstream>/models, this timeout in seconds).
    ready_check_upstream: bool = False
    ready_check_timeout: float = 2.0
    guard: GuardConfig = field(default_factory=GuardConfig)
    _keys: ClientKeys = field(init=False, repr=False, compare=False)

    @property
    def upstream_for_logs(self) -> str:
        """`upstream_url` without credentials, fit for a log line.

        >>> ProxyConfig(upstream_url="https://bot:s3cret@example.com:8443/v1").upstream_for_logs
        'https://example.com:8443/v1'
        """
        parts = urlsplit(self.upstream_url)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"{host}:{parts.port}" if parts.port is not None else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))

    def __post_init__(self) -> None:
        url = self.upstream_url.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ConfigError(
                "upstream_url must be an http:// or https:// URL (PIIGUARD_UPSTREAM_URL)"
            )
        if parts.query or parts.fragment:
            raise ConfigError("upstream_url must not carry a query or fragment")
        object.__setattr__(self, "upstream_url", url)
        positive = (
            "connect_timeout",
            "read_timeout",
            "write_timeout",
            "pool_timeout",
            "max_connections",
            "max_concurrent_requests",
            "max_response_bytes",
            "max_error_body_bytes",
            "workers",
            "ready_check_timeout",
        )
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        if self.retry_after_seconds < 0:
            raise ConfigError("retry_after_seconds must not be negative")
        if not 0 <= self.port <= 65535:
            raise ConfigError("port must be between 0 and 65535")
        for path in self.allowed_paths:
            if not path.startswith("/"):
                raise ConfigError("allowed_paths entries must start with '/'")
        object.__setattr__(
            self, "forward_request_headers", tuple(h.lower() for h in self.forward_request_headers)
        )
        self._check_access()

    def _check_access(self) -> None:
        keys = ClientKeys.load(self.client_keys, path=self.client_keys_file)
        object.__setattr__(self, "_keys", keys)
        if self.subject_token_secret:
            check_token_secret(self.subject_token_secret, setting="subject_token_secret")
        object.__setattr__(
            self, "allowed_hosts", tuple(normalise_host(h) for h in self.allowed_hosts)
        )
        object.__setattr__(
            self, "allowed_origins", tuple(normalise_origin(o) for o in self.allowed_origins)
        )
        if is_loopback(self.host):
            return
        if not self.client_auth_required and not self.allow_unauthenticated:
            raise ConfigError(
                f"refusing to listen on {self.host}: without client keys anyone who can reach "
                "this address can use the proxy (and spend its upstream API key) and read or "
                "change consent. Configure client keys (client_keys / PIIGUARD_CLIENT_KEYS, "
                "client_keys_file) or a subject_token_secret; or, behind a gateway that "
                "authenticates callers, pass --allow-unauthenticated "
                "(PIIGUARD_ALLOW_UNAUTHENTICATED=true)"
            )
        wildcard = self.host.strip() in WILDCARD_BINDS
        if wildcard and not self.client_auth_required and not self.allowed_hosts:
            raise ConfigError(
                f"listening on {self.host} without client authentication: set "
                "allowed_hosts (PIIGUARD_ALLOWED_HOSTS) to the names clients use to reach "
                "this proxy, or '*' to accept any Host"
            )

    @property
    def client_keys_config(self) -> ClientKeys:
        """The configured client keys (digests only; see `piiguard.auth.ClientKeys`)."""
        return self._keys

    @property
    def client_auth_required(self) -> bool:
        """Whether every forwarded and consent route needs a client key or subject token."""
        return bool(self._keys) or bool(self.subject_token_secret)

    @property
    def effective_allowed_hosts(self) -> tuple[str, ...]:
        """The `Host` names requests may carry (see `allowed_hosts`)."""
        if self.allowed_hosts:
            return self.allowed_hosts
        if self.host.strip() in WILDCARD_BINDS and self.client_auth_required:
            return ("*",)
        return default_allowed_hosts(self.host)

    def replace(self, **changes: Any) -> ProxyConfig:
        """A copy with `changes` applied (and validated)."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def load(
        cls,
        *,
        config_file: str | os.PathLike[str] | None = None,
        environ: Mapping[str, str] | None = None,
        **overrides: Any,
    ) -> ProxyConfig:
        """Build a config from a TOML file, then `PIIGUARD_*` variables, then `overrides`.

        `config_file` defaults to the file named by `PIIGUARD_CONFIG`, if any. `overrides`
        whose value is None are ignored (unset CLI flags); a `guard` override may be a
        `GuardConfig` or a mapping of `GuardConfig` settings.
        """
        env = os.environ if environ is None else environ
        path = config_file if config_file is not None else env.get(CONFIG_FILE_ENV) or None
        file_proxy: dict[str, Any] = {}
        file_guard: dict[str, Any] = {}
        if path is not None:
            file_proxy, file_guard = _read_file(Path(path))

        hints = get_type_hints(cls)
        values: dict[str, Any] = dict(file_proxy)
        for f in dataclasses.fields(cls):
            if f.name == "guard" or not f.init:
                continue
            name = ENV_PREFIX + f.name.upper()
            if name in env:
                if f.name == "workers" and env[name].strip().lower() == "auto":
                    values[f.name] = "auto"
                else:
                    values[f.name] = parse_setting(name, env[name], hints[f.name])
        guard_override = overrides.pop("guard", None)
        values.update({k: v for k, v in overrides.items() if v is not None})

        if isinstance(guard_override, GuardConfig):
            guard = guard_override
        else:
            guard_values = {
                k: _tuple_if_list(v)
                for k, v in file_guard.items()
                if ENV_PREFIX + k.upper() not in env
            }
            guard_values.update(guard_override or {})
            try:
                guard = GuardConfig.from_env(env, **guard_values)
            except TypeError as exc:
                raise ConfigError(f"unknown guard setting in config: {exc}") from None
        if "upstream_url" not in values:
            raise ConfigError(
                "no upstream: pass --upstream URL, set PIIGUARD_UPSTREAM_URL, "
                "or upstream_url in the [proxy] table of the config file"
            )
        values = {k: _tuple_if_list(v) for k, v in values.items()}
        if "workers" in values:
            values["workers"] = workers_setting(values["workers"])
        try:
            return cls(guard=guard, **values)
        except TypeError as exc:
            raise ConfigError(f"unknown proxy setting in config: {exc}") from None

    def to_environ(self) -> dict[str, str]:
        """The `PIIGUARD_*` variables that rebuild this config's proxy settings.

        Used to hand flags to `--workers N` processes, which build their app from the
        environment. Guard settings travel through the config file and environment as given.
        """
        env: dict[str, str] = {}
        for f in dataclasses.fields(self):
            if f.name == "guard" or not f.init:
                continue
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                text = ",".join(value)
            elif isinstance(value, bool):
                text = "true" if value else "false"
            else:
                text = str(value)
            env[ENV_PREFIX + f.name.upper()] = text
        return env


def workers_setting(value: object) -> int:
    """A `workers` setting as a number: `"auto"` is one per CPU core this process may use.

    >>> workers_setting(3), workers_setting("auto") >= 1
    (3, True)
    """
    if isinstance(value, str) and value.strip().lower() == "auto":
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # no CPU affinity on this platform (macOS, Windows)
            return max(1, os.cpu_count() or 1)
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            raise ConfigError("workers must be a positive number or 'auto'") from None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ConfigError("workers must be a positive number or 'auto'")


def _read_file(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    unknown = set(data) - {"proxy", "guard"}
    if unknown:
        raise ConfigError(
            f"config file {path}: unknown tables {sorted(unknown)}; use [proxy] and [guard]"
        )
    proxy = data.get("proxy", {})
    guard = data.get("guard", {})
    if not isinstance(proxy, dict) or not isinstance(guard, dict):
        raise ConfigError(f"config file {path}: [proxy] and [guard] must be tables")
    return proxy, guard


def _tuple_if_list(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
