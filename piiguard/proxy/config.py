"""`ProxyConfig`: the sidecar's settings, from defaults, a TOML file, the environment and flags.

The precedence and every setting: docs/settings.md (`piiguard.settings`).

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
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from piiguard.auth import (
    DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
    MAX_TOKEN_LEEWAY_SECONDS,
    MAX_TOKEN_MAX_LIFETIME_SECONDS,
    WILDCARD_BINDS,
    ClientKeys,
    check_token_secret,
    default_allowed_hosts,
    is_loopback,
    normalise_host,
    normalise_origin,
)
from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.setting_types import (
    check_fields,
    check_table,
    field_hints,
    parse_text,
    setting_label,
)
from piiguard.url_check import checked_url

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


def _bad_upstream(why: str) -> ConfigError:
    return ConfigError(
        f"upstream_url must be an http:// or https:// URL naming a host and, if any, a port "
        f"from 1 to 65535: {why} (PIIGUARD_UPSTREAM_URL)"
    )


@dataclass(frozen=True, kw_only=True)
class ProxyConfig:
    """Settings of the OpenAI-compatible sidecar proxy.

    `upstream_url` is the base the request path is appended to
    (`http://bot:8000` or `https://api.openai.com/v1`: a trailing `/v1` is not doubled).
    """

    upstream_url: str
    """Base URL of the chatbot or model API the request path is appended to (required)."""
    # The proxy's own key for the upstream; the client's Authorization is used instead
    # only when forward_client_authorization is set.
    upstream_api_key: str = field(default="", repr=False)
    """The proxy's own API key for the upstream, sent as `Authorization: Bearer`."""
    forward_client_authorization: bool = False
    """Send the client's Authorization header upstream instead of `upstream_api_key`."""
    forward_request_headers: tuple[str, ...] = DEFAULT_FORWARD_HEADERS
    """Request headers that may reach the upstream (a trailing `*` matches a prefix); the
    guard's identity headers (session, subject, subject token) never do."""
    # Timeouts: connect -> 504, read (between chunks) -> 504, pool wait -> 503.
    connect_timeout: float = 5.0
    """Connecting to the upstream; past it the client gets a 504."""
    read_timeout: float = 60.0
    """Waiting for the upstream's next bytes (between streamed chunks too); past it a 504."""
    write_timeout: float = 30.0
    """Sending the request body to the upstream."""
    pool_timeout: float = 2.0
    """Waiting for a free upstream connection; past it a 503."""
    max_connections: int = 100
    """Connections to the upstream kept at most."""
    max_concurrent_requests: int = 256
    """Requests served at once; more get a 503 with Retry-After."""
    max_response_bytes: int = 16 * 1024 * 1024
    """Largest upstream reply read; a larger one is refused with a 502."""
    max_error_body_bytes: int = 8192
    """Most bytes of an upstream error reply read (and scrubbed) for the client."""
    retry_after_seconds: int = 1
    """Retry-After of the proxy's overload answers (503); the variable sets the guard's too."""
    allowed_paths: tuple[str, ...] = ()
    """Extra paths forwarded (and guarded) besides /v1/chat/completions and /v1/models."""
    host: str = "127.0.0.1"
    """Address to listen on (a non-loopback one needs client authentication)."""
    port: int = 8080
    """Port to listen on (0 to 65535)."""
    workers: int = 1
    """Worker processes; `"auto"` (TOML, `PIIGUARD_WORKERS`, `--workers`) is one per CPU
    core this process may use. More than one needs `redis_url` and `secret_key` (one vault)."""
    # Client authentication (piiguard.auth): keys as `KEY`, `KEY=SUBJECT` or `KEY=*`
    # (may name the subject in x-user-id), from this list and/or a file, one per line;
    # and the secret that signs subject tokens. Either one makes every forwarded and
    # consent route require a key or a token.
    client_keys: tuple[str, ...] = field(default=(), repr=False)
    """Client keys: `KEY`, `KEY=SUBJECT` or `KEY=*` (may name the subject in x-user-id)."""
    client_keys_file: str = ""
    """File of client keys, one per line (`#` comments)."""
    subject_token_secret: str = field(default="", repr=False)
    """Secret that signs subject tokens (`piiguard token`); makes every route need a key or
    token."""
    # What a subject token must say besides the subject: the deployment and purpose it
    # was minted for (`aud`; required with a token secret, so a token for another
    # deployment sharing the secret is refused), optionally its issuer (`iss`), and the
    # clock skew tolerated on `exp`/`nbf`/`iat`. v1 tokens name no audience: refused
    # unless subject_token_legacy (a migration aid; a warning at start).
    subject_token_audience: str = ""
    """The audience (`aud`) subject tokens must name: this deployment and purpose."""
    subject_token_issuer: str = ""
    """When set, subject tokens must name this issuer (`iss`)."""
    subject_token_leeway_seconds: int = 30
    """Clock skew tolerated on a subject token's exp, nbf and iat (0 to 300 seconds)."""
    subject_token_legacy: bool = False
    """Also accept v1 subject tokens (no audience: any deployment sharing the secret)."""
    subject_token_single_use_changes: bool = True
    """A subject token may change consent or a restriction, or erase, once: it needs a `jti`,
    which is then kept (in Redis, or memory) until the token expires; chats do not spend it."""
    subject_token_max_lifetime_seconds: int = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS
    """The longest life (`exp - iat`) a subject token may have; one without `iat`, or living
    longer, is refused (401 `token_lifetime_too_long`). 60 to 604800 seconds."""
    subject_token_export_max_age_seconds: int = 300
    """The subject's own export (`/consent/me/export`) needs a subject token issued at most
    this long ago (401 `token_too_old`); 0: any unexpired token."""
    allow_unauthenticated: bool = False
    """Listen on a non-loopback address without client authentication (behind an authenticating
    gateway)."""
    # Names this proxy answers to in `Host` (empty: localhost, 127.0.0.1, [::1] and the
    # bind address; any name on a wildcard bind with client authentication), and the web
    # origins whose browser requests are allowed (empty: none). `*` accepts any.
    allowed_hosts: tuple[str, ...] = ()
    """Names accepted in `Host` (empty: loopback names and the bind address; `*`: any)."""
    allowed_origins: tuple[str, ...] = ()
    """Web origins whose browser requests are allowed (empty: none; `*`: any)."""
    ready_check_upstream: bool = False
    """/readyz also asks the upstream (`GET {upstream_url}/models`)."""
    ready_check_timeout: float = 2.0
    """Deadline of the upstream check of /readyz."""
    guard: GuardConfig = field(default_factory=GuardConfig)
    _keys: ClientKeys = field(init=False, repr=False, compare=False)

    POSITIVE: ClassVar[frozenset[str]] = frozenset(
        {
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
        }
    )
    NON_NEGATIVE: ClassVar[frozenset[str]] = frozenset({"retry_after_seconds"})

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
        # Checked here, not at the first connection (a traceback then); never echoed:
        # the URL may carry a password.
        parts = checked_url(url, _bad_upstream)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ConfigError(
                "upstream_url must be an http:// or https:// URL (PIIGUARD_UPSTREAM_URL)"
            )
        if parts.query or parts.fragment:
            raise ConfigError("upstream_url must not carry a query or fragment")
        object.__setattr__(self, "upstream_url", url)
        check_fields(self)
        if not 0 <= self.port <= 65535:
            raise ConfigError(
                f"{setting_label('port')}: expected a whole number from 0 to 65535, got {self.port}"
            )
        for path in self.allowed_paths:
            if not path.startswith("/"):
                raise ConfigError(
                    f"{setting_label('allowed_paths')}: expected paths starting with '/', "
                    f"got {path[:40]!r}"
                )
        object.__setattr__(
            self, "forward_request_headers", tuple(h.lower() for h in self.forward_request_headers)
        )
        self._check_access()

    def _check_access(self) -> None:
        keys = ClientKeys.load(self.client_keys, path=self.client_keys_file)
        object.__setattr__(self, "_keys", keys)
        if self.guard.consent_admin_key and keys.match(self.guard.consent_admin_key):
            # The admin routes skip client authentication: a client holding the admin
            # key could read, export and erase every subject.
            raise ConfigError(
                "consent_admin_key (PIIGUARD_CONSENT_ADMIN_KEY) is also a client key: give "
                "the operators' API a key of its own"
            )
        if self.subject_token_secret:
            check_token_secret(self.subject_token_secret, setting="subject_token_secret")
            if not self.subject_token_audience.strip() and not self.subject_token_legacy:
                raise ConfigError(
                    "subject_token_audience (PIIGUARD_SUBJECT_TOKEN_AUDIENCE) must name this "
                    "deployment, e.g. https://chat.example.com/piiguard: subject tokens must "
                    "carry it in `aud`, so a token minted for another deployment that shares "
                    "the secret is refused (v1 tokens without an audience: "
                    "subject_token_legacy=true)"
                )
        if self.subject_token_audience != self.subject_token_audience.strip():
            raise ConfigError("subject_token_audience must not start or end with spaces")
        if not 0 <= self.subject_token_leeway_seconds <= MAX_TOKEN_LEEWAY_SECONDS:
            raise ConfigError(
                f"subject_token_leeway_seconds must be 0 to {MAX_TOKEN_LEEWAY_SECONDS}"
            )
        if not 60 <= self.subject_token_max_lifetime_seconds <= MAX_TOKEN_MAX_LIFETIME_SECONDS:
            raise ConfigError(
                "subject_token_max_lifetime_seconds must be 60 to "
                f"{MAX_TOKEN_MAX_LIFETIME_SECONDS}"
            )
        if not 0 <= self.subject_token_export_max_age_seconds <= (
            self.subject_token_max_lifetime_seconds
        ):
            raise ConfigError(
                "subject_token_export_max_age_seconds must be 0 to "
                "subject_token_max_lifetime_seconds"
            )
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
        `GuardConfig` or a mapping of `GuardConfig` settings. Unknown variables and keys
        are refused (`piiguard.settings`); the precedence is stated in docs/settings.md.
        """
        env = os.environ if environ is None else environ
        file_proxy, file_guard = read_config_file(_file_named(config_file, env))
        from piiguard.settings import check_environment  # it lists this module's fields

        check_environment(env)
        values: dict[str, Any] = dict(file_proxy)
        for name, hint in field_hints(cls).items():
            variable = ENV_PREFIX + name.upper()
            if name == "guard" or variable not in env:
                continue
            if name == "workers" and env[variable].strip().lower() == "auto":
                values[name] = "auto"
            else:
                values[name] = parse_text(variable, name, env[variable], hint)
        guard_override = overrides.pop("guard", None)
        values.update({k: v for k, v in overrides.items() if v is not None})

        if isinstance(guard_override, GuardConfig):
            guard = guard_override
        else:
            guard = _guard_from(file_guard, env, guard_override or {})
        if "upstream_url" not in values:
            raise ConfigError(
                "no upstream: pass --upstream URL, set PIIGUARD_UPSTREAM_URL, "
                "or upstream_url in the [proxy] table of the config file"
            )
        if "workers" in values:
            values["workers"] = workers_setting(values["workers"])
        try:
            return cls(guard=guard, **values)
        except TypeError as exc:
            raise ConfigError(f"unknown proxy setting: {exc}") from None

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


def load_guard_config(
    *,
    config_file: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> GuardConfig:
    """The `GuardConfig` the proxy would build: the file's [guard] table, then variables.

    For commands that share the proxy's settings without being the proxy (`piiguard
    retention`); the file is `config_file` or the one `PIIGUARD_CONFIG` names.
    """
    env = os.environ if environ is None else environ
    _, file_guard = read_config_file(_file_named(config_file, env))
    return _guard_from(file_guard, env, {})


def _file_named(config_file: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path | None:
    path = config_file if config_file is not None else env.get(CONFIG_FILE_ENV) or None
    return None if path is None else Path(path)


def _guard_from(
    file_guard: Mapping[str, Any], env: Mapping[str, str], overrides: Mapping[str, Any]
) -> GuardConfig:
    # The environment beats the file: a file value only fills what no variable sets.
    values = {k: v for k, v in file_guard.items() if ENV_PREFIX + k.upper() not in env}
    values.update(overrides)
    try:
        return GuardConfig.from_env(env, **values)
    except TypeError as exc:
        raise ConfigError(f"unknown guard setting: {exc}") from None


def read_config_file(path: Path | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The checked [proxy] and [guard] tables of a TOML config file (empty without one).

    Unknown tables and keys are refused with a suggestion; each value must have its
    setting's form (`piiguard.setting_types.check_value`); lists become tuples.
    """
    if path is None:
        return {}, {}
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
    auto_workers = isinstance(proxy.get("workers"), str) and proxy["workers"].lower() == "auto"
    checked = check_table(
        path, "proxy", {k: v for k, v in proxy.items() if not (auto_workers and k == "workers")},
        ProxyConfig,
    )
    if auto_workers:
        checked["workers"] = "auto"  # one per core: `workers_setting`
    return checked, check_table(path, "guard", guard, GuardConfig)
