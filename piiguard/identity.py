"""Who a request is for: the session (the vault's scope) and the data subject (consent's).

The session comes from `GuardConfig.session_header` or the `session_cookie`; without
either, the request is its own session. A session id is chosen by the client, so it
scopes the vault only and is never taken for a person. When the request has a trusted
subject, the session is scoped by it (`subject_session`): a caller who names another
subject's session id reaches an empty session of its own, never the other's values.
Without a subject, a session is only as private as its id: the host app's session
cookie, or an unguessable id the front end keeps.

The data subject is someone piiguard can trust a source for, in this order:

1. the host app's `subject_resolver(scope)` hook (sync or async; its authenticated user);
2. `scope["user"]` when an auth middleware (Starlette's `AuthenticationMiddleware`)
   authenticated one: its `identity`, else its `display_name`;
3. only with `trust_identity_headers` (behind a gateway that authenticates every caller
   and sets the header itself), the `subject_header` (`x-user-id`).

Otherwise there is no subject: the chat is served, nothing is written for training, and
the consent API answers 401. The proxy's client keys and subject tokens reach step 1
through its resolver (`piiguard.proxy.access.caller_subject`).

A request with no subject may still come from a known client: a proxy client key that
names no subject (`piiguard.proxy.access.caller_session_owner`). Its sessions are then
scoped by that client (`owned_session`), so another client naming the same session id
reaches an empty session of its own, as between subjects.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from starlette.datastructures import Headers
from starlette.types import Scope

from piiguard.config import GuardConfig
from piiguard.subject_id import InvalidSubjectError, canonical_subject, normalised_subject

SubjectResolver = Callable[[Scope], str | Awaitable[str | None] | None]
"""The host app's hook: the authenticated subject of a request (its ASGI scope), or None."""
SessionOwner = Callable[[Scope], str | None]
"""Who owns the sessions of a request without a subject (an authenticated client), or None."""


@dataclass(frozen=True, slots=True)
class Identity:
    """The session a request belongs to and the data subject it is about (None: unknown)."""

    session_id: str
    subject_id: str | None


def scope_user_subject(scope: Scope) -> str | None:
    """The subject of `scope["user"]` when an auth middleware authenticated one.

    Starlette's `AuthenticationMiddleware` sets it; its `identity` is used, else its
    `display_name` (`SimpleUser` has no identity).
    """
    user = scope.get("user")
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    for attribute in ("identity", "display_name"):
        try:
            value = getattr(user, attribute)
        except (NotImplementedError, AttributeError):
            continue
        if isinstance(value, str) and value:
            return value
    return None


def header_subject(scope: Scope, header: str) -> str | None:
    """The subject a request names in `header`, read as UTF-8, in its canonical form
    (None when absent or empty; a repeated header raises `InvalidSubjectError`).

    HTTP hands header values over as bytes (Starlette reads them as Latin-1); a subject
    id is text, named in Unicode by a subject token or the operator's JSON body, so the
    bytes of `zoë` are that id, not `zoÃ«`, whichever Unicode form they spell. Raises
    `UnicodeDecodeError` for bytes that are not UTF-8 and `InvalidSubjectError` for an
    id with no canonical form (both `ValueError`s).

    >>> header_subject({"headers": [(b"x-user-id", "zoe\u0308".encode())]}, "x-user-id")
    'zoë'
    """
    name = header.lower().encode("latin-1")
    values = [value for key, value in scope.get("headers", ()) if key.lower() == name]
    if len(values) > 1:
        # Which one counts differs between servers and proxies: none does.
        raise InvalidSubjectError(f"{header} appears more than once")
    if not values:
        return None
    text = values[0].decode("utf-8")
    return canonical_subject(text) if text.strip() else None


async def trusted_subject(
    scope: Scope,
    *,
    resolver: SubjectResolver | None = None,
    trust_identity_headers: bool = False,
    subject_header: str = "x-user-id",
) -> str | None:
    """The data subject of a request from the sources in the module docs, or None."""
    if resolver is not None:
        found: Any = resolver(scope)
        if isinstance(found, Awaitable):
            found = await found
        if isinstance(found, str) and found:
            return _canonical_or_none(found)
    user = scope_user_subject(scope)
    if user is not None:
        return _canonical_or_none(user)
    if trust_identity_headers:
        try:
            return header_subject(scope, subject_header)
        except ValueError:  # not UTF-8, or no valid id: no subject can be read from it
            return None
    return None


def _canonical_or_none(subject: str) -> str | None:
    # An id with invisible characters names nobody: no consent, no training, 401 on the
    # consent API (`piiguard.subject_id`).
    try:
        return canonical_subject(subject)
    except InvalidSubjectError:
        return None


def subject_session(subject: str, session: str) -> str:
    """The vault session of `session` for an authenticated `subject` (never stored raw:
    the vault and the consent links keep a keyed pseudonym of it).

    >>> subject_session("u1", "s1") != subject_session("u2", "s1")
    True
    >>> subject_session("zoe\u0308", "s1") == subject_session("zo\u00eb", "s1")
    True
    """
    return f"{normalised_subject(subject)}\x1f{session}"


def owned_session(owner: str, session: str) -> str:
    """The vault session of `session` for an authenticated client `owner` that names no
    subject (never one of `subject_session`'s: a subject has no control character).

    >>> owned_session("key-a", "s1") != owned_session("key-b", "s1")
    True
    >>> owned_session("key-a", "s1") != subject_session("key-a", "s1")
    True
    """
    return f"\x1e{owner}\x1f{session}"


def session_of(scope: Scope, config: GuardConfig) -> str:
    """The session id of a request: header, else cookie, else a fresh one for the request.

    >>> session_of({"type": "http", "headers": [(b"x-session-id", b"s1")]}, GuardConfig())
    's1'
    """
    headers = Headers(scope=scope)
    session = headers.get(config.session_header)
    if not session and "cookie" in headers:
        cookie: SimpleCookie = SimpleCookie()
        try:
            cookie.load(headers["cookie"])
        except Exception:  # a malformed cookie header is just "no session cookie"
            cookie = SimpleCookie()
        if config.session_cookie in cookie:
            session = cookie[config.session_cookie].value
    return session or f"request-{uuid.uuid4()}"


async def identify(
    scope: Scope,
    config: GuardConfig,
    *,
    resolver: SubjectResolver | None = None,
    owner: SessionOwner | None = None,
) -> Identity:
    """The identity of an HTTP or WebSocket request (`owner`: who owns the sessions of a
    request without a subject, see the module docs).

    >>> import asyncio
    >>> scope = {"type": "http", "headers": [(b"x-session-id", b"s1"), (b"x-user-id", b"u")]}
    >>> asyncio.run(identify(scope, GuardConfig()))  # a header anyone can set is no subject
    Identity(session_id='s1', subject_id=None)
    """
    subject = await trusted_subject(
        scope,
        resolver=resolver,
        trust_identity_headers=config.trust_identity_headers,
        subject_header=config.subject_header,
    )
    session = session_of(scope, config)
    if subject is not None:
        session = subject_session(subject, session)
    elif owner is not None and (client := owner(scope)):
        session = owned_session(client, session)
    return Identity(session, subject)


__all__ = [
    "Identity",
    "SessionOwner",
    "SubjectResolver",
    "header_subject",
    "identify",
    "owned_session",
    "scope_user_subject",
    "session_of",
    "subject_session",
    "trusted_subject",
]
