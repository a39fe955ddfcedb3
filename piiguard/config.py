"""`GuardConfig`: every setting in one keyword-only value, validated at start-up.

>>> GuardConfig(max_body_bytes=65_536).max_body_bytes
65536

`GuardConfig.from_env()` reads `PIIGUARD_*` variables; a bad value fails at
start with a message naming the variable and the form it expects. Each field's
docstring is its line in docs/settings.md (`python -m piiguard.settings`).
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from piiguard._types import Operator, ReplyAction
from piiguard.exceptions import ConfigError
from piiguard.setting_types import check_fields, field_hints, parse_text
from piiguard.wildcard import first_match, matches

if TYPE_CHECKING:
    from piiguard.encryption import KeyRing

DetectorKind = Literal["default", "patterns"]
MIN_ADMIN_KEY_CHARS = 16
"""The shortest `consent_admin_key` accepted: it opens every subject's data."""


@dataclass(frozen=True, kw_only=True)
class GuardConfig:
    """Settings shared by the middleware, the proxy and the consent gate."""

    # Which requests are guarded: exact paths (a trailing `*` matches a prefix).
    routes: tuple[str, ...] = (
        "/v1/chat/completions",
        "/v1/responses",
        "/v1/embeddings",
        "/v1/completions",
        "/v1/models",
        "/chat",
        "/chat/*",
        "/ws",
        "/ws/*",
    )
    """Guarded paths: requests to them are masked (a trailing `*` matches a prefix)."""
    structural_keys: tuple[str, ...] = ()
    """JSON keys whose strings are protocol, not content, added to the built-in list; `-key`
    removes a built-in one."""
    reply_passthrough_types: tuple[str, ...] = ()
    """Reply content types passed on unexamined on guarded routes (e.g. `image/*`); other types
    without a responder get a 502. Also the types of documents in base64 a reply may hold (e.g.
    `application/pdf`); a reply holding another is withheld (502)."""
    websocket_binary: Literal["refuse", "allow"] = "refuse"
    """WebSocket binary frames cannot be checked: `refuse` closes the socket (1003), `allow` passes
    them."""
    websocket_quiet_seconds: float = 0.5
    """WebSocket replies: frames of a stream of unknown shape (plain text included) held back
    because their text could still start a value go out (checked as the end of the text) when
    the app waits for the client, or has sent nothing for this long."""
    websocket_typing_quiet_seconds: float = 0.5
    """WebSocket requests: a client's short frames (`websocket_typing_piece_chars`) are pieces
    of what the user types; they are held back and read joined (a value typed a few characters
    a frame is masked piece by piece) until the client has sent nothing for this long, sends
    a longer frame or one of another shape, or closes. 0: each frame goes on alone."""
    websocket_typing_piece_chars: int = 32
    """WebSocket requests: a client frame with at most this many characters of text (a plain
    text frame, or the content strings of a JSON one) is a typed piece, held back
    (`websocket_typing_quiet_seconds`); a longer one is a whole message and goes on at once."""
    websocket_typing_max_chars: int = 4096
    """WebSocket requests: typed pieces held back go on (read joined) once they hold this many
    characters, however fast the client types."""
    request_documents: Literal["refuse", "allow"] = "refuse"
    """A document in base64 in a request (a PDF, an Office file, an archive: any binary payload
    but images, audio and video) cannot be read: `refuse` answers 415 `document_not_examined`,
    `allow` passes it on unread."""
    request_token_ids: Literal["refuse", "allow"] = "refuse"
    """A prompt or input given as token ids (`/v1/embeddings` `input`, `/v1/completions` `prompt`,
    `prompt_token_ids`, `input_ids`: a list of integers, or of such lists) is text only the
    upstream's tokenizer reads: `refuse` answers 415 `token_ids_not_examined`, `allow` passes it
    on unread."""
    placeholder_instruction: bool = False
    """Add a short system instruction asking the model to copy placeholders verbatim."""
    max_body_bytes: int = 1_048_576
    """Largest request body read; larger ones get a 413."""
    max_input_chars: int = 20_000
    """Longest text detected in one piece; a longer one gets a 413."""
    # Identity: the session (vault scope) and the data subject (consent scope).
    session_header: str = "x-session-id"
    """Request header naming the session (the vault's scope)."""
    session_cookie: str = "piiguard_session"
    """Cookie naming the session when the header is absent."""
    passthrough_cookies: tuple[str, ...] = ()
    """Cookies whose values reach the app unmasked on guarded routes (e.g. `session`: a signed
    session cookie the app must read as it signed it); every other cookie's value is read after
    its name and masked (a signed one then fails its signature). `session_cookie` always
    passes."""
    subject_header: str = "x-user-id"
    """Request header naming the data subject (read only with `trust_identity_headers`)."""
    # The data subject comes only from a trusted source: the middleware's
    # subject_resolver, scope["user"] (an auth middleware), a proxy client key or subject
    # token. subject_header is read only with this on, for deployments behind a gateway
    # that authenticates every caller and sets the header itself (any client can set it).
    trust_identity_headers: bool = False
    """Take the subject from `subject_header` (only behind a gateway that authenticates callers and
    sets it)."""
    detector: DetectorKind = "default"
    """`default`: validated patterns plus the NER model; `patterns`: the patterns alone."""
    model_dir: str | None = None
    """Directory of the NER model (unset: the shipped one)."""
    detection_timeout_seconds: float = 2.0
    """Deadline for detecting one request's text (503 past it, unless `fail_open`)."""
    detection_threads: int = 2
    """Worker threads running detection off the event loop."""
    max_pending_detections: int = 64
    """Detections that may wait for a thread; more get a 503 with Retry-After."""
    retry_after_seconds: int = 1
    """Retry-After of the guard's overload answers (503); the variable sets the proxy's too."""
    fail_open: bool = False
    """Pass a request on unmasked when detection fails or times out (default: refuse it)."""
    # Chat clients resend the whole history each turn: remember spans per text (0 = off).
    detection_cache_size: int = 4096
    """Texts whose detected spans are remembered (chat clients resend the history; 0: off)."""
    # What is masked (piiguard.detection.policy; README "What is masked"): by default a
    # person's data in context, not every date, place or name. Each True masks all of them,
    # in requests and replies alike.
    mask_all_dates: bool = False
    """Mask every date and time, not only a person's date of birth (requests and replies): asks
    for DATE_TIME, which also runs the date-and-time patterns (numeric, ISO, written months,
    clock times)."""
    mask_all_places: bool = False
    """Mask every place, not only a person's (requests and replies)."""
    mask_all_names: bool = False
    """Mask every name, not only a person's (requests and replies)."""
    default_operator: Operator = "placeholder"
    """How a detected value is masked unless `label_operators` names its label."""
    label_operators: Mapping[str, Operator] = field(default_factory=dict)
    """Per label: how its values are masked (e.g. `EMAIL_ADDRESS=redact`)."""
    secret_key: str = field(default="", repr=False)
    """HMAC key of pseudonyms and keyed hashes; random per process when unset; required with
    Redis."""
    redis_url: str | None = field(default=None, repr=False)  # may carry a password
    """Redis of the shared vault, the consent store and the training stream (unset: in memory):
    `redis://host:port/db`, `rediss://` (TLS), `redis+cluster://host:port[,host:port]` (Redis
    Cluster) or `redis+sentinel://host:port[,host:port]/service_name[/db]` (docs/deploy.md)."""
    redis_prefix: str = "piiguard"
    """Prefix of every Redis key piiguard writes."""
    # TLS for `rediss://` URLs (vault, consent store, training stream): a CA bundle to
    # verify the server, and a client certificate and key when the server asks for one.
    redis_ssl_ca_certs: str = ""
    """CA bundle that verifies the Redis server (`rediss://` URLs)."""
    redis_ssl_certfile: str = ""
    """Client certificate for Redis over TLS, when the server asks for one."""
    redis_ssl_keyfile: str = ""
    """Key of the client certificate for Redis over TLS."""
    # Encryption of the vault's values in Redis (AES-256-GCM): `[kid:]<base64 of 32 bytes>`;
    # unset: derived from secret_key with HKDF-SHA256. Old keys (same format, comma-
    # separated; `derived` names the derived key) still open what they sealed.
    vault_key: str = field(default="", repr=False)
    """AES-256-GCM key of the vault in Redis, `[kid:]<base64 of 32 bytes>` (unset: derived from
    `secret_key`)."""
    vault_old_keys: tuple[str, ...] = field(default=(), repr=False)
    """Earlier vault keys that still open what they sealed (`derived` names the derived key)."""
    vault_ttl_seconds: int = 3600
    """How long a session's mappings are kept after its last use."""
    vault_max_entries: int = 1_000
    """Most mappings one session may hold."""
    vault_max_sessions: int = 10_000
    """Most sessions the in-memory vault holds."""
    restore_replies: bool = True
    """Put the original values back in place of placeholders in replies."""
    reply_guard: bool = True
    """Check replies for personal data the request did not bring."""
    reply_default_action: ReplyAction = "redact"
    """What the reply guard does with a finding unless `reply_label_actions` names its label."""
    # Dates, links and company names in a bot's reply are rarely someone's personal data.
    reply_label_actions: Mapping[str, ReplyAction] = field(
        default_factory=lambda: {"DATE_TIME": "allow", "URL": "allow", "ORGANIZATION": "allow"}
    )
    """Per label: what the reply guard does with its findings."""
    reply_allow_values: tuple[str, ...] = ()
    """Values the reply guard always lets through (e.g. the company's own phone number)."""
    reply_timeout_seconds: float = 2.0
    """Deadline for checking one reply (or one streamed chunk)."""
    # Streamed replies: words of right context the name model sees before a capitalised
    # word is released (4 leaks fewer names than 2 at a little more delay: RESULTS.md),
    # and whether lowercase words are name candidates too (strict, slower).
    reply_name_context_words: int = 4
    """Streamed replies: words of right context seen before a capitalised word is released."""
    reply_lowercase_names: bool = False
    """Streamed replies: lowercase words are name candidates too (stricter, slower)."""
    # In a sentence the name model finds a name in, possible names wait for the sentence
    # to end, at most this many words (0: off). Measured: no name word the whole-reply
    # check masks went out in 400 name-heavy streams, 2.8 % without (RESULTS.md).
    reply_name_sentence_words: int = 24
    """Streamed replies: in a sentence with a name, possible names wait for its end, at most this
    many words (0: off)."""
    max_reply_bytes: int = 10_485_760
    """Largest JSON reply (or SSE event) held for checking; larger ones are refused."""
    training_sink: Literal["", "jsonl", "redis", "both"] = ""
    """Where consented, masked training records go (empty: nowhere, the consent gate is off)."""
    consent_redis_url: str | None = field(default=None, repr=False)
    """Redis of the consent store (and of the training stream and spent subject tokens, which
    live beside it), when not `redis_url`."""
    training_jsonl_path: str = "piiguard-training.jsonl"
    """The JSON Lines training file (`training_sink` jsonl or both)."""
    training_retention_days: float = 30.0
    """Days a training record is kept (`piiguard retention` deletes it after)."""
    training_erase_on_withdrawal: bool = False
    """Erase a subject's training records when they withdraw consent."""
    consent_notice_version: str = ""
    """Version of the privacy notice consent is given to. The `notice_version` of a consent
    change must be a version label (up to 64 letters, digits and `. _ + -`; free text is
    refused with 422)."""
    consent_require_current_notice: bool = True
    """Consent to an older notice version does not count."""
    consent_minor_age: int = 16
    """Age under which a subject counts as a minor in consent records."""
    consent_minor_from_chat: bool = True
    """A user turn whose writer states their own age under `consent_minor_age` ("I'm 12",
    "ich bin 13", "j'ai 14 ans") is never written for training, and marks the subject a
    minor as a consent change with `minor: true` does (its training records and vault
    entries are erased; a `minor_stated` event). Only with a training sink."""
    consent_api: bool = True
    """Serve the consent API (give, withdraw, show consent; the subject's own access, export,
    erasure and restriction at `/consent/me...`)."""
    consent_admin_key: str = field(default="", repr=False)
    """Key of the operators' consent API (unset: that API is off, 404); at least 16
    characters, and no client key."""
    consent_trusted_origins: tuple[str, ...] = ()
    """Web origins (`scheme://host[:port]`) besides the app's own from which a browser may
    change consent, restrict or erase through the consent API (a front end on another
    origin); a change a browser sends from any other origin (`Origin`, `Sec-Fetch-Site`:
    what a page on another site makes a logged-in browser send with its cookies) gets 403
    `origin_not_allowed`. Reads, servers and SDKs (no `Origin`) are not concerned; `*`
    trusts every origin."""
    audit_path: str = ""
    """JSON Lines file of the consent audit log (empty: the application log)."""
    audit_refusals_per_minute: int = 60
    """Refused attempts (a forged, expired, replayed or too long-lived subject token, a key
    or token naming another subject, a wrong admin key) written to the audit log per
    minute and process, by pseudonym and reason code; the rest are counted in the next."""

    # Bounds on numbers, checked with every construction (piiguard.setting_types).
    POSITIVE: ClassVar[frozenset[str]] = frozenset(
        {
            "max_body_bytes",
            "max_input_chars",
            "detection_timeout_seconds",
            "detection_threads",
            "max_pending_detections",
            "vault_ttl_seconds",
            "vault_max_entries",
            "vault_max_sessions",
            "reply_timeout_seconds",
            "websocket_quiet_seconds",
            "websocket_typing_piece_chars",
            "websocket_typing_max_chars",
            "max_reply_bytes",
            "reply_name_context_words",
            "training_retention_days",
            "consent_minor_age",
            "audit_refusals_per_minute",
        }
    )
    NON_NEGATIVE: ClassVar[frozenset[str]] = frozenset(
        {
            "detection_cache_size",
            "reply_name_sentence_words",
            "retry_after_seconds",
            "websocket_typing_quiet_seconds",
        }
    )

    def __post_init__(self) -> None:
        check_fields(self)
        if (self.redis_url or self.consent_redis_url) and not self.secret_key:
            raise ConfigError(
                "PIIGUARD_SECRET_KEY must be set with a Redis URL: replicas sharing a vault or "
                "consent store must share the key that names their entries"
            )
        from piiguard.redis_client import check_prefix, is_tls_url, parse_redis_url

        check_prefix(self.redis_prefix)
        # A malformed URL fails here, naming the setting (never echoing the URL).
        if self.redis_url:
            parse_redis_url(self.redis_url, setting="PIIGUARD_REDIS_URL")
        if self.consent_redis_url:
            parse_redis_url(self.consent_redis_url, setting="PIIGUARD_CONSENT_REDIS_URL")
        tls = (self.redis_ssl_ca_certs, self.redis_ssl_certfile, self.redis_ssl_keyfile)
        urls = [u for u in (self.redis_url, self.consent_redis_url) if u]
        if any(tls) and not any(is_tls_url(u) for u in urls):
            raise ConfigError(
                "PIIGUARD_REDIS_SSL_* settings need a TLS URL: rediss://, rediss+cluster:// "
                "or rediss+sentinel:// (PIIGUARD_REDIS_URL)"
            )
        if self.redis_ssl_keyfile and not self.redis_ssl_certfile:
            raise ConfigError("PIIGUARD_REDIS_SSL_KEYFILE needs PIIGUARD_REDIS_SSL_CERTFILE")
        if self.consent_admin_key and len(self.consent_admin_key) < MIN_ADMIN_KEY_CHARS:
            # It opens access, export and erasure of every subject: never a guessable one.
            raise ConfigError(
                f"PIIGUARD_CONSENT_ADMIN_KEY must be at least {MIN_ADMIN_KEY_CHARS} characters "
                "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`)"
            )
        from piiguard.auth import trusted_origin

        origins = tuple(
            trusted_origin(o, setting="PIIGUARD_CONSENT_TRUSTED_ORIGINS")
            for o in self.consent_trusted_origins
        )
        object.__setattr__(self, "consent_trusted_origins", origins)
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

    @property
    def consent_store_url(self) -> str | None:
        """The Redis of the consent store, and so of the training stream (a write is fenced
        on the subject's consent epoch in the same script as its XADD) and of spent subject
        tokens: `consent_redis_url`, else `redis_url`. The gate writes there, and
        `piiguard retention` trims there.

        >>> config = GuardConfig(secret_key="s", redis_url="redis://a", consent_redis_url="redis://b")
        >>> config.consent_store_url
        'redis://b'
        """
        return self.consent_redis_url or self.redis_url

    def redis_ssl_options(self, url: str) -> dict[str, str]:
        """The redis-py TLS arguments for `url` (none unless it asks for TLS: `rediss://`,
        `rediss+cluster://`, `rediss+sentinel://`)."""
        from piiguard.redis_client import is_tls_url

        if not is_tls_url(url):
            return {}
        options = {
            "ssl_ca_certs": self.redis_ssl_ca_certs,
            "ssl_certfile": self.redis_ssl_certfile,
            "ssl_keyfile": self.redis_ssl_keyfile,
        }
        return {name: value for name, value in options.items() if value}

    @property
    def identity_headers(self) -> frozenset[str]:
        """The guard's own identity headers (`session_header`, `subject_header`), lower-case:
        read as sent, so never masked, and never forwarded by the proxy.

        >>> sorted(GuardConfig(session_header="X-Chat").identity_headers)
        ['x-chat', 'x-user-id']
        """
        return frozenset({self.session_header.lower(), self.subject_header.lower()})

    def guards_path(self, path: str) -> bool:
        """Whether requests to `path` are masked (others pass through untouched)."""
        return matches(path, self.routes)

    def route_of(self, path: str) -> str | None:
        """The entry of `routes` that guards `path` (a setting, never the path itself), or
        None where no entry does."""
        return first_match(path, self.routes)

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

        Lists are comma-separated; mappings are `LABEL=value` pairs separated by commas;
        booleans are true/false (1/0, yes/no, on/off). A `PIIGUARD_*` variable that is no
        setting is refused with a suggestion (`piiguard.settings.check_environment`);
        every setting is listed in docs/settings.md.
        """
        env = os.environ if environ is None else environ
        if prefix == "PIIGUARD_":
            from piiguard.settings import check_environment  # it lists every config's fields

            check_environment(env)
        values: dict[str, Any] = {}
        for name, hint in field_hints(cls).items():
            variable = prefix + name.upper()
            if variable in env:
                values[name] = parse_text(variable, name, env[variable], hint)
        values.update(overrides)
        return cls(**values)
