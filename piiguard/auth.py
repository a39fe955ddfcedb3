"""Who may call piiguard, as whom, and keeping their credentials out of every log line.

Identities piiguard trusts, and nothing else (a header any client can set is not one):

- **Client keys** (the proxy): `Authorization: Bearer <key>` or `X-API-Key: <key>`,
  from a list or a file. Each entry is `KEY` (authenticates a client, no subject),
  `KEY=SUBJECT` (the key acts for that subject only) or `KEY=*` (the key may name the
  subject in `x-user-id`, for a trusted back end serving many users). A key may be
  given as `sha256:<hex digest>` so the file never holds it. Only SHA-256 digests are
  kept in memory and compared, in constant time, against every configured key.
- **Signed subject tokens**, issued by a front end that shares a secret with piiguard,
  in the `X-PiiGuard-Subject-Token` header: a JWT signed with HMAC-SHA256 (`HS256`, what
  any JWT library mints) whose claims name the subject (`sub`), the deployment and
  purpose it is for (`aud`, this proxy's `subject_token_audience`: a token minted for
  another deployment sharing the secret is refused) and its expiry (`exp`); `nbf`, `iat`
  and, when `subject_token_issuer` is set, `iss` are checked too, all times with a bounded
  clock skew (`leeway_seconds`). Forged, malformed, expired or foreign tokens are
  refused, and so are subjects with no canonical form (`piiguard.subject_id`). PyJWT
  checks the signature, algorithm, audience and issuer; piiguard adds what it does not
  (one spelling per token, unique JSON members, times that are numbers, 4 KiB at most).

      >>> token = mint_subject_token("s" * 32, "user-42", audience="chat", ttl_seconds=60,
      ...                            now=1000)
      >>> verify_subject_token("s" * 32, token, audience="chat", now=1030)
      'user-42'

  The v1 format, `<subject, base64url>.<expiry>.<HMAC-SHA256>`, names no audience: it is
  refused unless `accept_legacy` (the proxy's `subject_token_legacy`) says otherwise.

- **The host app's authenticated user** (the middleware): see `piiguard.identity`.

The Host and Origin checks (`host_allowed`, `origin_allowed`) keep a loopback proxy from
being driven by a web page in the user's browser (DNS rebinding, cross-site requests).
`CredentialLogFilter` removes `user:password@` from URLs in log records of third-party
loggers (httpx, httpcore); the forwarder also strips them from the URL it hands httpx.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import math
import re
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit, urlunsplit

import jwt

from piiguard.chat_format import strict_json
from piiguard.exceptions import ConfigError, PiiGuardError
from piiguard.subject_id import MAX_SUBJECT_CHARS, InvalidSubjectError, canonical_subject

API_KEY_HEADER = "x-api-key"
"""Header carrying a client key (the alternative to `Authorization: Bearer`)."""
SUBJECT_TOKEN_HEADER = "x-piiguard-subject-token"
"""Header carrying a signed subject token."""
MIN_CLIENT_KEY_CHARS = 16
"""Keys shorter than this are accepted but reported at start as easy to guess."""
MIN_TOKEN_SECRET_CHARS = 32
DEFAULT_TOKEN_LEEWAY_SECONDS = 30
"""Clock skew tolerated between the token's issuer and piiguard (expiry, not-before)."""
MAX_TOKEN_LEEWAY_SECONDS = 300
"""The largest clock skew a deployment may configure."""
DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 3600
"""The longest life (`exp - iat`) a subject token may have by default: an hour, what
`piiguard token` mints. A captured token reads and chats until it expires."""
MAX_TOKEN_MAX_LIFETIME_SECONDS = 7 * 86_400
"""The longest maximum lifetime a deployment may configure (a week)."""
MAX_TOKEN_CHARS = 4096
MAX_TOKEN_ID_CHARS = 256
"""The longest `jti` a subject token may carry."""

_KEY_TEXT = re.compile(r"^[!-~]+$")  # printable ASCII, no spaces; `=` `,` `#` separate
_DIGEST = re.compile(r"^sha256:([0-9a-fA-F]{64})$")
_TOKEN_CONTEXT = b"piiguard-subject-token:v1:"
_USE_CONTEXT = b"piiguard-subject-token-use:"
_PYJWT_OPTIONS: jwt.types.Options = {
    "require": ["exp", "aud", "sub"],
    # Times are ours to check (see `_verify_jwt`); the rest is PyJWT's.
    "verify_exp": False,
    "verify_nbf": False,
    "verify_iat": False,
}
_WRONG: dict[str, tuple[str, RefusalReason]] = {
    "aud": ("the subject token is for another audience", "wrong_audience"),
    "iss": ("the subject token is from another issuer", "wrong_issuer"),
}


RefusalReason = Literal[
    "malformed",
    "bad_signature",
    "wrong_algorithm",
    "wrong_audience",
    "wrong_issuer",
    "expired",
    "not_yet_valid",
    "issued_in_future",
    "no_issued_at",
    "over_lifetime",
    "no_audience_v1",
]
"""Why a subject token was refused, as a code (for the audit log; never a claim's value)."""


class AuthenticationError(PiiGuardError):
    """A credential was presented but is not valid (forged, expired or malformed).

    `reason` says why as a code (`RefusalReason`); the message says it to a person."""

    def __init__(self, message: str, reason: RefusalReason = "malformed") -> None:
        super().__init__(message)
        self.reason: RefusalReason = reason


# -- client keys -------------------------------------------------------------------


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


@dataclass(frozen=True, slots=True)
class ClientKey:
    """One configured client key: its SHA-256 digest and what it may do.

    `name` is a short fingerprint of the digest, safe for logs (never the key).
    """

    digest: bytes = field(repr=False)
    subject: str | None = None
    may_assert_subject: bool = False

    @property
    def name(self) -> str:
        """A fingerprint for logs and metrics: `key-` and 8 hex digits of the digest."""
        return "key-" + self.digest.hex()[:8]


class ClientKeys:
    """The configured client keys; `match` finds the one a caller presented.

    >>> keys = ClientKeys.parse(["a" * 20 + "=alice", "b" * 20 + "=*"], source="test")
    >>> keys.match("a" * 20).subject, keys.match("b" * 20).may_assert_subject
    ('alice', True)
    >>> keys.match("c" * 20) is None
    True
    """

    def __init__(self, keys: Iterable[ClientKey] = (), *, short: int = 0) -> None:
        self._keys = tuple(keys)
        self.short = short
        """How many keys are shorter than `MIN_CLIENT_KEY_CHARS` (reported at start)."""

    def __len__(self) -> int:
        return len(self._keys)

    def __bool__(self) -> bool:
        return bool(self._keys)

    def __repr__(self) -> str:
        return f"ClientKeys({len(self._keys)} keys)"

    @classmethod
    def parse(cls, entries: Iterable[str], *, source: str) -> ClientKeys:
        """Keys from entries `KEY`, `KEY=SUBJECT`, `KEY=*` (or `sha256:<hex>` for KEY).

        Errors name the entry's position in `source`, never its text.
        """
        keys: list[ClientKey] = []
        seen: set[bytes] = set()
        short = 0
        for position, raw in enumerate(entries, 1):
            entry = raw.strip()
            if not entry:
                continue
            key_text, sep, binding = entry.partition("=")
            key_text = key_text.strip()
            where = f"client key #{position} in {source}"
            hashed = _DIGEST.match(key_text)
            if hashed:
                digest = bytes.fromhex(hashed.group(1))
            elif not _KEY_TEXT.match(key_text) or any(c in key_text for c in ",#"):
                raise ConfigError(
                    f"{where}: a key is printable ASCII without spaces, `=`, `,` or `#` "
                    "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`), "
                    "or sha256:<64 hex digits>"
                )
            else:
                digest = _digest(key_text)
                short += len(key_text) < MIN_CLIENT_KEY_CHARS
            if digest in seen:
                raise ConfigError(f"{where}: the same key is configured twice")
            seen.add(digest)
            binding = binding.strip()
            if sep and not binding:
                raise ConfigError(f"{where}: `KEY=` needs a subject, or `*` to allow x-user-id")
            if binding and binding != "*":
                try:
                    binding = canonical_subject(binding)
                except InvalidSubjectError:
                    raise ConfigError(
                        f"{where}: the subject must be 1 to {MAX_SUBJECT_CHARS} characters, "
                        "without control or invisible characters"
                    ) from None
            keys.append(
                ClientKey(
                    digest=digest,
                    subject=binding if binding and binding != "*" else None,
                    may_assert_subject=binding == "*",
                )
            )
        return cls(keys, short=short)

    @classmethod
    def load(cls, entries: Iterable[str] = (), *, path: str = "") -> ClientKeys:
        """Keys from `entries` plus a file of one entry per line (`#` starts a comment)."""
        listed = cls.parse(entries, source="client_keys")
        keys, short = list(listed._keys), listed.short
        if path:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(
                    f"client_keys_file: cannot read {path}: {exc.strerror}"
                ) from None
            lines = [line.split("#", 1)[0] for line in text.splitlines()]
            from_file = cls.parse(lines, source=f"client_keys_file {path}")
            keys += from_file._keys
            short += from_file.short
        if len({k.digest for k in keys}) != len(keys):
            raise ConfigError("the same client key is configured twice (client_keys and file)")
        return cls(keys, short=short)

    def match(self, presented: str) -> ClientKey | None:
        """The key `presented` is, or None. Every configured key is compared, in constant
        time, so the time taken does not tell how close a guess came or which key it hit."""
        digest = _digest(presented)
        found: ClientKey | None = None
        for key in self._keys:
            if hmac.compare_digest(digest, key.digest):
                found = key
        return found


# -- signed subject tokens ---------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def valid_subject(subject: str) -> bool:
    """Whether `subject` has a canonical form (`piiguard.subject_id`): 1 to
    `MAX_SUBJECT_CHARS` characters, no control character (which would make
    `identity.subject_session`, subject + U+001F + session, ambiguous, and could forge
    log lines) and no invisible one."""
    try:
        canonical_subject(subject)
    except InvalidSubjectError:
        return False
    return True


def _signature(secret: str, subject_part: str, expiry_part: str) -> bytes:
    message = _TOKEN_CONTEXT + f"{subject_part}.{expiry_part}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).digest()


def check_token_secret(secret: str, *, setting: str = "subject_token_secret") -> None:
    """Raise `ConfigError` unless `secret` is long enough to sign tokens with."""
    if len(secret) < MIN_TOKEN_SECRET_CHARS:
        raise ConfigError(
            f"{setting} must be at least {MIN_TOKEN_SECRET_CHARS} characters "
            "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`)"
        )


def mint_legacy_subject_token(
    secret: str, subject: str, *, ttl_seconds: float, now: float | None = None
) -> str:
    """A v1 token (`<subject>.<expiry>.<signature>`, no audience), for front ends that
    have not moved to `mint_subject_token` yet; accepted only with `accept_legacy`."""
    check_token_secret(secret)
    subject = canonical_subject(subject)  # InvalidSubjectError is a ValueError
    if ttl_seconds <= 0:
        raise ValueError("ttl_seconds must be positive")
    expiry = str(int((time.time() if now is None else now) + ttl_seconds))
    subject_part = _b64(subject.encode())
    return f"{subject_part}.{expiry}.{_b64(_signature(secret, subject_part, expiry))}"


def mint_subject_token(
    secret: str,
    subject: str,
    *,
    audience: str,
    ttl_seconds: float,
    issuer: str = "",
    now: float | None = None,
) -> str:
    """A token (an HS256 JWT) saying "the bearer is `subject`, for `audience`" until
    now + `ttl_seconds`.

    For front ends (and tests): the front end authenticates its user, mints a token with
    the secret it shares with piiguard and the audience of the proxy it is for, and hands
    it to the client, which sends it in `X-PiiGuard-Subject-Token`. Any JWT library does
    the same (`{"alg": "HS256"}`, claims `sub`, `aud`, `exp`, optionally `nbf`, `iat`,
    `iss`). `piiguard token --subject X --audience A --ttl 600` prints one.
    """
    check_token_secret(secret)
    subject = canonical_subject(subject)  # InvalidSubjectError is a ValueError
    if not audience.strip():
        raise ValueError("audience must name the deployment the token is for")
    if ttl_seconds <= 0:
        raise ValueError("ttl_seconds must be positive")
    issued = int(time.time() if now is None else now)
    claims: dict[str, object] = {
        "sub": subject,
        "aud": audience,
        "iat": issued,
        "exp": int(issued + ttl_seconds),
        # An id, so that the token may change consent or erase once (the proxy's
        # `subject_token_single_use_changes`).
        "jti": secrets.token_urlsafe(16),
    }
    if issuer:
        claims["iss"] = issuer
    return jwt.encode(claims, secret, algorithm="HS256")



def _strict_b64(text: str) -> bytes:
    """base64url without padding, in its one canonical spelling (no second spelling of a
    signature or claim set is accepted)."""
    data = _unb64(text)
    if _b64(data) != text:
        raise ValueError("not canonical base64url")
    return data


def _json_object(data: bytes) -> dict[str, object]:
    """A JSON object with unique keys, as a strict reader takes it (`strict_json`: no
    `NaN`, no number past a double's range, no lone surrogate escape); `ValueError`
    otherwise."""

    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        found = dict(pairs)
        if len(found) != len(pairs):
            raise ValueError("repeated member")
        return found

    value = strict_json(data.decode("utf-8"), object_pairs_hook=unique)
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def _number(claims: dict[str, object], name: str, *, required: bool = False) -> float | None:
    value = claims.get(name)
    if value is None and not required:
        return None
    try:
        # bool is an int to Python, never a time; an int past any float overflows here.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(name)
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(name)
    except (ValueError, OverflowError):
        raise AuthenticationError(f"the subject token's {name} is not a time") from None
    return number


@dataclass(frozen=True, slots=True)
class SubjectToken:
    """What a valid subject token says: who (`subject`), until when (`expires_at`, the
    epoch second after which, plus the clock skew, it is refused), its id (`jti`; None
    when it has none, as v1 tokens never do) and when it was issued (`iat`, or None)."""

    subject: str
    expires_at: float
    token_id: str | None = None
    issued_at: float | None = None

    def use_key(self, secret: str) -> str:
        """A name for "this token was used" that says nothing of who or which token: the
        HMAC of its id under the token secret, in hex. Only for a token with an id."""
        if self.token_id is None:
            raise ValueError("a token without an id has no use key")
        message = _USE_CONTEXT + self.token_id.encode()
        return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _verify_jwt(
    secret: str,
    token: str,
    parts: list[str],
    *,
    audience: str,
    issuer: str,
    leeway_seconds: float,
    max_lifetime_seconds: float | None,
    now: float,
) -> SubjectToken:
    # PyJWT checks the signature (in constant time), the algorithm against the allow-list,
    # `aud`, `iss` and that the claims we need are there. What it would let through, we
    # refuse first or after: a second spelling of a part (padding, characters outside
    # base64url, which its decoder skips), repeated JSON members (the last one wins there),
    # `crit` and a `typ` other than JWT, NaN/Infinity, a time as text or `true` (it calls
    # `int()`), and a time past any float. Times are checked here too, against `now`, so
    # the clock is the caller's (PyJWT reads the wall clock).
    header_part, _, signature_part = parts
    try:
        _strict_b64(signature_part)
        header = _json_object(_strict_b64(header_part))
    except (ValueError, binascii.Error, RecursionError):
        raise AuthenticationError("malformed subject token") from None
    # Only HS256, never a header that asks for more (`crit`): `alg` is not the token's
    # to choose (`none`, or a public-key algorithm keyed with our secret).
    if header.get("alg") != "HS256" or "crit" in header or header.get("typ", "JWT") != "JWT":
        raise AuthenticationError("the subject token must be an HS256 JWT", "wrong_algorithm")
    if not audience:
        # PyJWT, given no audience, accepts a token that names none.
        raise AuthenticationError(*_WRONG["aud"])
    try:
        jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            audience=audience,
            issuer=issuer or None,
            options=_PYJWT_OPTIONS,
        )
    except jwt.InvalidSignatureError:
        raise AuthenticationError(
            "the subject token's signature is not valid", "bad_signature"
        ) from None
    except jwt.MissingRequiredClaimError as missing:
        if missing.claim in ("aud", "iss"):
            raise AuthenticationError(*_WRONG[missing.claim]) from None
        raise AuthenticationError("malformed subject token") from None
    except jwt.InvalidAudienceError:
        raise AuthenticationError(*_WRONG["aud"]) from None
    except jwt.InvalidIssuerError:
        raise AuthenticationError(*_WRONG["iss"]) from None
    except (jwt.PyJWTError, ValueError, RecursionError):
        raise AuthenticationError("malformed subject token") from None
    try:
        # The signature holds: the claims as we read them (unique members, numbers only).
        claims = _json_object(_strict_b64(parts[1]))
    except (ValueError, binascii.Error, RecursionError):
        raise AuthenticationError("malformed subject token") from None
    expiry = _number(claims, "exp", required=True)
    if expiry is not None and expiry + leeway_seconds <= now:
        raise AuthenticationError("the subject token has expired", "expired")
    not_before = _number(claims, "nbf")
    if not_before is not None and not_before - leeway_seconds > now:
        raise AuthenticationError("the subject token is not valid yet", "not_yet_valid")
    issued = _number(claims, "iat")
    if issued is not None and issued - leeway_seconds > now:
        raise AuthenticationError("the subject token was issued in the future", "issued_in_future")
    if max_lifetime_seconds is not None:
        # A token is a bearer token for reads and chats until it expires: its whole life
        # is bounded, so a captured one cannot read for a year. Without `iat` its life
        # cannot be told (`exp` alone could be a year away).
        if issued is None:
            raise AuthenticationError(
                "the subject token has no issued-at time (iat): mint it with one",
                "no_issued_at",
            )
        if expiry is not None and expiry - issued > max_lifetime_seconds:
            raise AuthenticationError(
                "the subject token lives longer than this proxy accepts "
                f"(exp - iat over {max_lifetime_seconds:g} seconds): mint a shorter-lived one",
                "over_lifetime",
            )
    subject = claims.get("sub")
    token_id = claims.get("jti")
    if not isinstance(subject, str) or (
        token_id is not None
        and (not isinstance(token_id, str) or not 0 < len(token_id) <= MAX_TOKEN_ID_CHARS)
    ):
        raise AuthenticationError("malformed subject token")
    try:
        return SubjectToken(canonical_subject(subject), float(expiry or 0), token_id, issued)
    except InvalidSubjectError:
        raise AuthenticationError("malformed subject token") from None


def verify_subject_token(
    secret: str,
    token: str,
    *,
    audience: str = "",
    issuer: str = "",
    leeway_seconds: float = DEFAULT_TOKEN_LEEWAY_SECONDS,
    max_lifetime_seconds: float | None = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
    accept_legacy: bool = False,
    now: float | None = None,
) -> str:
    """The subject a valid token for `audience` names; `AuthenticationError` otherwise
    (`read_subject_token` gives its expiry and id too).

    A JWT must be HS256, name `audience` in `aud` (no audience given: every JWT is
    refused), carry `exp`, and `iss` equal to `issuer` when one is given; `exp`, `nbf` and
    `iat` are checked with `leeway_seconds` of clock skew. Its life, `exp - iat`, may be at
    most `max_lifetime_seconds` (it must carry `iat`; None: no bound). A v1 token (no
    audience, no `iat`, exact expiry) is accepted only with `accept_legacy`, and only
    while it has at most `max_lifetime_seconds` left. The signature is checked (in constant
    time) before anything in the token is trusted.
    """
    return read_subject_token(
        secret, token, audience=audience, issuer=issuer, leeway_seconds=leeway_seconds,
        max_lifetime_seconds=max_lifetime_seconds, accept_legacy=accept_legacy, now=now,
    ).subject


def read_subject_token(
    secret: str,
    token: str,
    *,
    audience: str = "",
    issuer: str = "",
    leeway_seconds: float = DEFAULT_TOKEN_LEEWAY_SECONDS,
    max_lifetime_seconds: float | None = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
    accept_legacy: bool = False,
    now: float | None = None,
) -> SubjectToken:
    """A valid token's subject, expiry and id, checked as `verify_subject_token` says."""
    clock = time.time() if now is None else now
    if len(token) > MAX_TOKEN_CHARS:
        raise AuthenticationError("malformed subject token")
    parts = token.strip().split(".")
    if len(parts) == 3 and not parts[1].isdigit():
        return _verify_jwt(
            secret, token.strip(), parts, audience=audience, issuer=issuer,
            leeway_seconds=leeway_seconds, max_lifetime_seconds=max_lifetime_seconds, now=clock,
        )
    if accept_legacy:
        return _verify_legacy(secret, parts, max_lifetime_seconds=max_lifetime_seconds, now=clock)
    if len(parts) == 3:
        raise AuthenticationError(
            "this subject token names no audience (v1): mint an HS256 JWT with `aud`",
            "no_audience_v1",
        )
    raise AuthenticationError("malformed subject token")


def claimed_subject(token: str) -> str | None:
    """The subject a token *claims*, unverified (its signature may be forged), in canonical
    form; None when none can be read. Only for naming, by pseudonym, the subject a refused
    attempt named in the audit log; never for deciding who a caller is.

    >>> claimed_subject(mint_subject_token("s" * 32, "bob", audience="a", ttl_seconds=9))
    'bob'
    """
    if len(token) > MAX_TOKEN_CHARS:
        return None
    parts = token.strip().split(".")
    if len(parts) != 3:
        return None
    try:
        if parts[1].isdigit():  # v1: <subject>.<expiry>.<signature>
            subject: object = _unb64(parts[0]).decode("utf-8")
        else:
            subject = _json_object(_strict_b64(parts[1])).get("sub")
        return canonical_subject(subject) if isinstance(subject, str) else None
    except (ValueError, binascii.Error, RecursionError):
        return None


def _verify_legacy(
    secret: str, parts: list[str], *, max_lifetime_seconds: float | None, now: float
) -> SubjectToken:
    """A v1 token's subject, as piiguard checked it before tokens named an audience."""
    if len(parts) != 3 or not parts[1].isdigit() or len(parts[1]) > 12:
        raise AuthenticationError("malformed subject token")
    subject_part, expiry_part, signature_part = parts
    try:
        signature = _unb64(signature_part)
    except (ValueError, binascii.Error):
        raise AuthenticationError("malformed subject token") from None
    expected = _signature(secret, subject_part, expiry_part)
    if not hmac.compare_digest(signature, expected):
        raise AuthenticationError("the subject token's signature is not valid", "bad_signature")
    if int(expiry_part) <= now:
        raise AuthenticationError("the subject token has expired", "expired")
    try:
        # One person, one subject, however the issuer wrote the id (`piiguard.subject_id`).
        subject = canonical_subject(_unb64(subject_part).decode("utf-8"))
    except (ValueError, binascii.Error):  # UnicodeDecodeError, InvalidSubjectError too
        raise AuthenticationError("malformed subject token") from None
    if max_lifetime_seconds is not None and int(expiry_part) - now > max_lifetime_seconds:
        # No `iat` in v1: what is left of its life is what can be bounded.
        raise AuthenticationError(
            "the subject token lives longer than this proxy accepts "
            f"(over {max_lifetime_seconds:g} seconds left): mint a shorter-lived one",
            "over_lifetime",
        )
    return SubjectToken(subject, float(expiry_part))


# -- Host and Origin ------------------------------------------------------------------------

LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "[::1]")
"""Names a loopback proxy answers to by default (plus its bind address)."""
WILDCARD_BINDS = frozenset({"0.0.0.0", "::", "[::]", ""})


def is_loopback(host: str) -> bool:
    """Whether a bind address only accepts connections from this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    import ipaddress

    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _host_name(value: str) -> str:
    """`Host` header value without its port, lowercased (`[::1]:8080` -> `[::1]`)."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[: end + 1] if end > 0 else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def normalise_host(name: str) -> str:
    """A configured host name as `host_allowed` compares it (IPv6 in brackets).

    >>> normalise_host("::1"), normalise_host("Example.COM")
    ('[::1]', 'example.com')
    """
    name = name.strip().lower()
    if ":" in name and not name.startswith("["):
        return f"[{name}]"
    return name


def default_allowed_hosts(bind_host: str) -> tuple[str, ...]:
    """Loopback names plus the bind address (unless it is a wildcard)."""
    names = list(LOOPBACK_HOSTS)
    if bind_host.strip() not in WILDCARD_BINDS:
        names.append(normalise_host(bind_host))
    return tuple(dict.fromkeys(names))


def host_allowed(host_header: str | None, allowed: Sequence[str]) -> bool:
    """Whether a request's `Host` names this server (`*` in `allowed` accepts any).

    >>> host_allowed("localhost:8080", ("localhost",)), host_allowed("evil.test", ("localhost",))
    (True, False)
    """
    if "*" in allowed:
        return True
    if not host_header:
        return False
    return _host_name(host_header) in allowed


def origin_allowed(origin: str | None, fetch_site: str | None, allowed: Sequence[str]) -> bool:
    """Whether a request may come from where the browser says it comes from.

    No `Origin` and no `Sec-Fetch-Site: cross-site` means not a cross-site browser request
    (curl, SDKs, servers). Otherwise the origin must be listed (`*` accepts any).

    >>> origin_allowed(None, None, ()), origin_allowed("https://evil.test", None, ())
    (True, False)
    >>> origin_allowed("https://app.example", "cross-site", ("https://app.example",))
    True
    """
    if "*" in allowed:
        return True
    if origin is None:
        return (fetch_site or "").strip().lower() not in ("cross-site", "same-site")
    return origin.strip().lower().rstrip("/") in allowed


def normalise_origin(origin: str) -> str:
    """A configured origin as `origin_allowed` compares it."""
    return origin.strip().lower().rstrip("/")


_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def comparable_origin(origin: str) -> str:
    """An origin as `from_elsewhere` compares it: normalised, without its scheme's default
    port.

    >>> comparable_origin("HTTPS://a.example:443/")
    'https://a.example'
    """
    origin = normalise_origin(origin)
    scheme = origin.partition("://")[0]
    port = _DEFAULT_PORTS.get(scheme)
    return origin[: -len(port)] if port and origin.endswith(port) else origin


def trusted_origin(value: str, *, setting: str) -> str:
    """A configured trusted origin (`scheme://host[:port]`, or `*`), normalised; a
    `ConfigError` naming `setting` otherwise (a bare host, a path, a query).

    >>> trusted_origin("https://App.example/", setting="x")
    'https://app.example'
    """
    origin = comparable_origin(value)
    if origin == "*":
        return origin
    try:
        parts = urlsplit(origin)
        parts.port  # noqa: B018 - a port out of range or not a number raises here
    except ValueError:
        parts = urlsplit("")
    if (
        parts.scheme not in _DEFAULT_PORTS
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
        or "@" in parts.netloc
    ):
        raise ConfigError(
            f"{setting}: each entry must be a web origin, scheme://host[:port] "
            "(e.g. https://chat.example), or *"
        )
    return origin


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""The methods that change nothing: a browser shows another site their answer only by
CORS, so `from_elsewhere` concerns the others."""


def own_origin(scope: Mapping[str, Any]) -> str:
    """The origin an HTTP request was sent to, as a browser names it in `Origin`: the
    scope's scheme and the `Host` it was sent with (the server's address without one).

    >>> own_origin({"scheme": "https", "headers": [(b"host", b"chat.example")]})
    'https://chat.example'
    """
    scheme = scope.get("scheme", "http")
    for name, value in scope["headers"]:
        if name.lower() == b"host":
            return f"{scheme}://{value.decode('latin-1')}"
    host, port = scope.get("server") or ("", None)
    return f"{scheme}://{host}" + (f":{port}" if port else "")


def from_elsewhere(
    headers: Iterable[tuple[bytes, bytes]], own_origin: str, trusted: Sequence[str]
) -> bool:
    """Whether a browser says a request comes from another origin than `own_origin` and
    not from one of `trusted` (normalised, `trusted_origin`; `*` trusts every origin).

    `Sec-Fetch-Site` (which no page can set) decides where a browser sends it:
    `same-origin` and `none` (typed, a bookmark) are here, anything else elsewhere unless
    the `Origin` is trusted. Without it (an older browser) the `Origin` decides; with
    neither it is no browser's cross-site request (a server, an SDK, curl). `Origin:
    null` (a sandboxed frame, a redirect) is elsewhere; two of either header are too.

    >>> own = "https://chat.example"
    >>> from_elsewhere([(b"origin", b"https://evil.example")], own, ())
    True
    >>> from_elsewhere([(b"origin", b"https://chat.example")], own, ())
    False
    >>> from_elsewhere([(b"sec-fetch-site", b"cross-site")], own, ())
    True
    >>> from_elsewhere([], own, ())
    False
    """
    if "*" in trusted:
        return False
    origins: list[str] = []
    sites: list[str] = []
    for name, value in headers:
        name = name.lower()
        if name == b"origin":
            origins.append(value.decode("latin-1"))
        elif name == b"sec-fetch-site":
            sites.append(value.decode("latin-1").strip().lower())
    if len(origins) > 1 or len(sites) > 1:
        return True
    origin = comparable_origin(origins[0]) if origins else None
    if origin is not None and origin in trusted:
        return False
    if sites:
        return sites[0] not in ("same-origin", "none")
    return origin is not None and origin != comparable_origin(own_origin)


# -- credentials never logged -------------------------------------------------------------

_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@'\"<>]*@")


def redact_url_credentials(text: str) -> str:
    """`text` with the `user:password@` part of every URL removed.

    >>> redact_url_credentials("GET https://bot:s3cret@example.com/v1 ok")
    'GET https://example.com/v1 ok'
    """
    return _URL_USERINFO.sub(r"\1", text)


def split_url_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without `user:password@`, and the (decoded) user and password, if any.

    >>> split_url_credentials("https://bot:p%40ss@example.com:8443/v1")
    ('https://example.com:8443/v1', ('bot', 'p@ss'))
    """
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None
    netloc = parts.netloc.rsplit("@", 1)[1]
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return bare, (unquote(parts.username or ""), unquote(parts.password or ""))


class CredentialLogFilter(logging.Filter):
    """Removes URL credentials from a record's message before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_url_credentials(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


FILTERED_LOGGERS: tuple[str, ...] = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "aiohttp",
    "aiohttp.client",
    "aiohttp.internal",
    "uvicorn.error",
    "piiguard",
    "piiguard.proxy",
)
"""Loggers that may print a URL: httpx's request line prints the full URL, and ours,
aiohttp's (the upstream hop's wire) and uvicorn's are covered for good measure (a
logger's filters do not apply to its children, so each is named)."""


def install_credential_log_filter(names: Sequence[str] = FILTERED_LOGGERS) -> None:
    """Add one `CredentialLogFilter` to each named logger (once; safe to call again)."""
    for name in names:
        target = logging.getLogger(name)
        if not any(isinstance(f, CredentialLogFilter) for f in target.filters):
            target.addFilter(CredentialLogFilter())


__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_TOKEN_MAX_LIFETIME_SECONDS",
    "READ_METHODS",
    "SUBJECT_TOKEN_HEADER",
    "AuthenticationError",
    "ClientKey",
    "ClientKeys",
    "CredentialLogFilter",
    "RefusalReason",
    "SubjectToken",
    "claimed_subject",
    "comparable_origin",
    "default_allowed_hosts",
    "from_elsewhere",
    "host_allowed",
    "install_credential_log_filter",
    "is_loopback",
    "mint_legacy_subject_token",
    "mint_subject_token",
    "origin_allowed",
    "own_origin",
    "read_subject_token",
    "redact_url_credentials",
    "split_url_credentials",
    "trusted_origin",
    "valid_subject",
    "verify_subject_token",
]
