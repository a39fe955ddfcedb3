"""Who a request is for: the session (the vault's scope) and the data subject (consent's).

The session comes from `GuardConfig.session_header` or the `session_cookie`; without
either, the request is its own session. The subject comes from `subject_header`,
else it is the session.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from http.cookies import SimpleCookie

from starlette.datastructures import Headers
from starlette.types import Scope

from piiguard.config import GuardConfig


@dataclass(frozen=True, slots=True)
class Identity:
    """The session a request belongs to and the data subject it is about."""

    session_id: str
    subject_id: str | None


def identify(scope: Scope, config: GuardConfig) -> Identity:
    """The identity of an HTTP or WebSocket request.

    >>> scope = {"type": "http", "headers": [(b"x-session-id", b"s1")]}
    >>> identify(scope, GuardConfig())
    Identity(session_id='s1', subject_id='s1')
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
    subject = headers.get(config.subject_header) or session
    return Identity(session or f"request-{uuid.uuid4()}", subject)


__all__ = ["Identity", "identify"]
