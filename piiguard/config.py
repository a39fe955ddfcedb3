"""`GuardConfig`: every setting in one keyword-only value, validated at start-up.

>>> GuardConfig(max_body_bytes=65_536).max_body_bytes
65536

`GuardConfig.from_env()` reads `PIIGUARD_*` variables; a bad value fails at
start with a message naming the variable.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args, get_type_hints

from piiguard._types import OPERATORS, REPLY_ACTIONS, Operator, ReplyAction
from piiguard.exceptions import ConfigError
from piiguard.wildcard import matches

if TYPE_CHECKING:
    from piiguard.encryption import KeyRing

DetectorKind = Literal["default", "patterns"]


@dataclass(frozen=True, kw_only=True)
class GuardConfig:
    """Settings shared by the middleware, the proxy and the consent gate."""

    # Which requests are guarded: exact paths (a trailing `*` matches a prefix).
    routes: tuple[str, ...] = (
        "/v1/chat/completions",
        "/v1/responses",
        "/v1/embeddings",
        "/v1/completions",
        "/chat",
        "/chat/*",
        "/ws",
        "/ws/*",
    )
    # Keys whose string values are protocol, not content, added to the built-in list
    # (piiguard.chat_format.STRUCTURAL_KEYS); "-key" removes a built-in one.
    structural_keys: tuple[str, ...] = ()
    # Reply content types passed through unexamined on guarded routes (e.g. "image/*");
    # any other type without a responder is refused with a 502.
    reply_passthrough_types: tuple[str, ...] = ()
    # WebSocket binary frames cannot be checked: "refuse" closes the socket (1003).
    websocket_binary: Literal["refuse", "allow"] = "refuse"
    # Add a short system instruction asking the model to copy placeholders verbatim.
    placeholder_instruction: bool = False
    # Bounds on what we read.
    max_body_bytes: int = 1_048_576
    max_input_chars: int = 20_000
    # Identity: the session (vault scope) and the data subject (consent scope).
    session_header: str = "x-session-id"
    session_cookie: str = "piiguard_session"
    subject_header: str = "x-user-id"
    # The data subject comes only from a trusted source: the middleware's
    # subject_resolver, scope["user"] (an auth middleware), a proxy client key or subject
    # token. subject_header is read only with this on, for deployments behind a gateway
    # that authenticates every caller and sets the header itself (any client can set it).
    trust_identity_headers: bool = False
    # Detection.
    detector: DetectorKind = "default"
    model_dir: str | None = None
    detection_timeout_seconds: float = 2.0
    detection_threads: int = 2
    max_pending_detections: int = 64
    retry_after_seconds: int = 1
    fail_open: bool = False
    # Chat clients resend the whole history each turn: remember spans per text (0 = off).
    detection_cache_size: int = 4096
    # What is masked (piiguard.detection.policy; README "What is masked"): by default a
    # person's data in context, not every date, place or name. Each True masks all of them,
    # in requests and replies alike.
    mask_all_dates: bool = False
    mask_all_places: bool = False
    mask_all_names: bool = False
    # Masking.
    default_operator: Operator = "placeholder"
    label_operators: Mapping[str, Operator] = field(default_factory=dict)
    # Secret for HMAC pseudonyms and keyed hashes; random per process when unset.
    secret_key: str = ""
    # Vault.
    redis_url: str | None = None
    redis_prefix: str = "piiguard"
    # TLS for `rediss://` URLs (vault, consent store, training stream): a CA bundle to
    # verify the server, and a client certificate and key when the server asks for one.
    redis_ssl_ca_certs: str = ""
    redis_ssl_certfile: str = ""
    redis_ssl_keyfile: str = ""
    # Encryption of the vault's values in Redis (AES-256-GCM): `[kid:]<base64 of 32 bytes>`;
    # unset: derived from secret_key with HKDF-SHA256. Old keys (same format, comma-
    # separated; `derived` names the derived key) still open what they sealed.
    vault_key: str = field(default="", repr=False)
    vault_old_keys: tuple[str, ...] = field(default=(), repr=False)
    vault_ttl_seconds: int = 3600
    vault_max_entries: int = 1_000
    vault_max_sessions: int = 10_000
    # Replies.
    restore_replies: bool = True
    reply_guard: bool = True
    reply_default_action: ReplyAction = "redact"
    # Dates, links and company names in a bot's reply are rarely someone's personal data.
    reply_label_actions: Mapping[str, ReplyAction] = field(
        default_factory=lambda: {"DATE_TIME": "allow", "URL": "allow", "ORGANIZATION": "allow"}
    )
    reply_allow_values: tuple[str, ...] = ()
    reply_timeout_seconds: float = 2.0
    # Streamed replies: words of right context the name model sees before a capitalised
    # word is released (4 leaks fewer names than 2 at a little more delay: RESULTS.md),
    # and whether lowercase words are name candidates too (strict, slower).
    reply_name_context_words: int = 4
    reply_lowercase_names: bool = False
    # In a sentence the name model finds a name in, possible names wait for the sentence
    # to end, at most this many words (0: off). Measured: no name word the whole-reply
    # check masks went out in 400 name-heavy streams, 2.8 % without (RESULTS.md).
    reply_name_sentence_words: int = 24
    # A JSON reply is checked whole, an SSE event once complete: bound what may be held.
    max_reply_bytes: int = 10_485_760
    # Consent gate and training data ("" = no training sink, the gate is off).
    training_sink: Literal["", "jsonl", "redis", "both"] = ""
    # The consent store's Redis (defaults to redis_url); may differ from the vault's.
    consent_redis_url: str | None = None
    training_jsonl_path: str = "piiguard-training.jsonl"
    training_retention_days: float = 30.0
    training_erase_on_withdrawal: bool = False
    consent_notice_version: str = ""
    consent_require_current_notice: bool = True
    consent_minor_age: int = 16
    consent_api: bool = True
    consent_admin_key: str = ""
    audit_path: str = ""

    def __post_init__(self) -> None:
        positive = (
            "max_body_bytes",
            "max_input_chars",
            "detection_timeout_seconds",
            "detection_threads",
            "max_pending_detections",
            "vault_ttl_seconds",
            "vault_max_entries",
            "vault_max_sessions",
            "reply_timeout_seconds",
            "max_reply_bytes",
            "reply_name_context_words",
        )
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        if self.training_sink not in ("", "jsonl", "redis", "both"):
            raise ConfigError("training_sink must be '', 'jsonl', 'redis' or 'both'")
        if self.training_retention_days <= 0 or self.consent_minor_age <= 0:
            raise ConfigError("training_retention_days and consent_minor_age must be positive")
        if self.detection_cache_size < 0:
            raise ConfigError("detection_cache_size must not be negative")
        if self.reply_name_sentence_words < 0:
            raise ConfigError("reply_name_sentence_words must not be negative")
        if self.retry_after_seconds < 0:
            raise ConfigError("retry_after_seconds must not be negative")
        if self.websocket_binary not in ("refuse", "allow"):
            raise ConfigError("websocket_binary must be 'refuse' or 'allow'")
        if self.detector not in get_args(DetectorKind):
            raise ConfigError(f"detector must be one of {get_args(DetectorKind)}")
        for label, op in {
            "default_operator": self.default_operator,
            **self.label_operators,
        }.items():
            if op not in OPERATORS:
                raise ConfigError(f"operator for {label} must be one of {OPERATORS}")
        actions = {"reply_default_action": self.reply_default_action, **self.reply_label_actions}
        for label, action in actions.items():
            if action not in REPLY_ACTIONS:
                raise ConfigError(f"reply action for {label} must be one of {REPLY_ACTIONS}")
        if (self.redis_url or self.consent_redis_url) and not self.secret_key:
            raise ConfigError(
                "PIIGUARD_SECRET_KEY must be set with a Redis URL: replicas sharing a vault or "
                "consent store must share the key that names their entries"
            )
        tls = (self.redis_ssl_ca_certs, self.redis_ssl_certfile, self.redis_ssl_keyfile)
        urls = [u for u in (self.redis_url, self.consent_redis_url) if u]
        if any(tls) and not any(u.startswith("rediss://") for u in urls):
            raise ConfigError(
                "PIIGUARD_REDIS_SSL_* settings need a rediss:// URL (PIIGUARD_REDIS_URL)"
            )
        if self.redis_ssl_keyfile and not self.redis_ssl_certfile:
            raise ConfigError("PIIGUARD_REDIS_SSL_KEYFILE needs PIIGUARD_REDIS_SSL_CERTFILE")
        if not self.secret_key:
            object.__setattr__(self, "secret_key", secrets.token_hex(32))
        # A malformed key fails here, at start-up, naming the setting (never echoing it).
        self.vault_keys()

    @property
    def key(self) -> bytes:
        """The HMAC key as bytes."""
        return self.secret_key.encode()

    def vault_keys(self) -> KeyRing:
        """The key ring that seals the vault's values in Redis (see `piiguard.encryption`)."""
        from piiguard.encryption import KeyRing  # config imports value types only

        return KeyRing.from_settings(
            vault_key=self.vault_key, old_keys=self.vault_old_keys, secret=self.key
        )

    def redis_ssl_options(self, url: str) -> dict[str, str]:
        """The redis-py TLS arguments for `url` (none unless it is `rediss://`)."""
        if not url.startswith("rediss://"):
            return {}
        options = {
            "ssl_ca_certs": self.redis_ssl_ca_certs,
            "ssl_certfile": self.redis_ssl_certfile,
            "ssl_keyfile": self.redis_ssl_keyfile,
        }
        return {name: value for name, value in options.items() if value}

    def guards_path(self, path: str) -> bool:
        """Whether requests to `path` are masked (others pass through untouched)."""
        return matches(path, self.routes)

    def replace(self, **changes: Any) -> GuardConfig:
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        prefix: str = "PIIGUARD_",
        **overrides: Any,
    ) -> GuardConfig:
        """Build a config from `PIIGUARD_<SETTING>` variables (then `overrides`).

        Tuples are comma-separated; mappings are `LABEL=value` pairs separated by commas;
        booleans are 1/0, true/false, yes/no.
        """
        env = os.environ if environ is None else environ
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            name = prefix + f.name.upper()
            if name in env:
                values[f.name] = parse_setting(name, env[name], hints[f.name])
        values.update(overrides)
        return cls(**values)


def parse_setting(name: str, raw: str, hint: Any) -> Any:
    """Read one setting of type `hint` from the text of variable `name` (errors name it)."""
    text = raw.strip()
    hint_text = str(hint)
    try:
        if hint is bool:
            lowered = text.lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError("expected true or false")
        if hint is int:
            return int(text)
        if hint is float:
            return float(text)
        if hint_text.startswith("tuple"):
            return tuple(part.strip() for part in text.split(",") if part.strip())
        if hint_text.startswith(("collections.abc.Mapping", "typing.Mapping")):
            pairs = (item.split("=", 1) for item in text.split(",") if item.strip())
            return {k.strip(): v.strip() for k, v in pairs}
        if "None" in hint_text and text == "":
            return None
        return text
    except ValueError:
        raise ConfigError(f"{name}: cannot read a {hint_text} from the given value") from None
