"""piiguard.identity: the data subject comes from a trusted source only (the host app's
resolver, an authenticated `scope["user"]`, a gateway header with the setting); the session
id never stands in for it."""

from __future__ import annotations

from typing import Any

import pytest

from piiguard.config import GuardConfig
from piiguard.identity import identify, subject_session, trusted_subject

pytestmark = pytest.mark.anyio


class _User:
    def __init__(self, authenticated: bool, identity: Any = None, display: str = "") -> None:
        self.is_authenticated = authenticated
        self._identity = identity
        self.display_name = display

    @property
    def identity(self) -> str:
        if self._identity is None:
            raise NotImplementedError
        return str(self._identity)


@pytest.mark.parametrize(
    ("scope_extra", "kwargs", "expected"),
    [
        ({}, {}, None),
        ({"headers": [(b"x-user-id", b"alice")]}, {}, None),  # a header is not an identity
        ({"headers": [(b"x-user-id", b"alice")]}, {"trust_identity_headers": True}, "alice"),
        ({"user": _User(True, "u-1", "Alice")}, {}, "u-1"),
        ({"user": _User(True, None, "alice")}, {}, "alice"),  # SimpleUser: no identity
        ({"user": _User(False, "u-1", "Alice")}, {}, None),  # UnauthenticatedUser
        ({"user": _User(True, "u-1")}, {"resolver": lambda scope: "from-hook"}, "from-hook"),
        ({"user": _User(True, "u-1")}, {"resolver": lambda scope: None}, "u-1"),
        # A repeated gateway header is ambiguous: no subject (nothing written, 401).
        ({"headers": [(b"x-user-id", b"alice"), (b"x-user-id", b"bob")]},
         {"trust_identity_headers": True}, None),
        ({"headers": [(b"x-user-id", b"alice"), (b"X-User-Id", b"alice")]},
         {"trust_identity_headers": True}, None),
        # Every form of one id is one subject; invisible characters name nobody.
        ({"headers": [(b"x-user-id", "zoe\u0308".encode())]}, {"trust_identity_headers": True},
         "zo\u00eb"),
        ({"headers": [(b"x-user-id", "bob\u200b".encode())]}, {"trust_identity_headers": True},
         None),
        ({"user": _User(True, "\uff55-1")}, {}, "u-1"),
        ({"user": _User(True, "u\u200b-1")}, {}, None),
        ({}, {"resolver": lambda scope: "zoe\u0308"}, "zo\u00eb"),
    ],
)
async def test_trusted_subject(
    scope_extra: dict[str, Any], kwargs: dict[str, Any], expected: str | None
) -> None:
    scope = {"type": "http", "headers": [], **scope_extra}
    assert await trusted_subject(scope, **kwargs) == expected


async def test_trusted_subject_async_resolver() -> None:
    async def resolver(scope: Any) -> str | None:
        return "async-user"

    assert await trusted_subject({"type": "http", "headers": []}, resolver=resolver) == "async-user"


@pytest.mark.parametrize(
    ("headers", "settings", "session", "subject"),
    [
        ([(b"x-session-id", b"s1")], {}, "s1", None),
        ([(b"x-session-id", b"s1"), (b"x-user-id", b"u1")], {}, "s1", None),
        ([(b"cookie", b"piiguard_session=c1")], {}, "c1", None),
        # with a trusted subject the session is scoped by it: nobody reaches another's
        ([(b"x-session-id", b"s1"), (b"x-user-id", b"u1")], {"trust_identity_headers": True},
         subject_session("u1", "s1"), "u1"),
        ([(b"x-session-id", b"s1"), (b"x-who", b"u1")],
         {"trust_identity_headers": True, "subject_header": "x-who"},
         subject_session("u1", "s1"), "u1"),
    ],
)
async def test_identify(
    headers: list[tuple[bytes, bytes]], settings: dict[str, Any], session: str, subject: str | None
) -> None:
    who = await identify({"type": "http", "headers": headers}, GuardConfig(**settings))
    assert (who.session_id, who.subject_id) == (session, subject)


async def test_without_a_session_the_request_is_its_own() -> None:
    first = await identify({"type": "http", "headers": []}, GuardConfig())
    second = await identify({"type": "http", "headers": []}, GuardConfig())
    assert first.session_id.startswith("request-") and first.session_id != second.session_id
    assert first.subject_id is None
