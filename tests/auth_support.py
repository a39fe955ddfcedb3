"""A host app's own authentication for tests: Starlette's AuthenticationMiddleware with a
backend that logs in whoever the test names in a header only the test sets."""

from __future__ import annotations

from starlette.authentication import (
    AuthCredentials,
    AuthenticationBackend,
    BaseUser,
    SimpleUser,
)
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp

LOGIN_HEADER = "x-test-login"


class LoginBackend(AuthenticationBackend):
    """Authenticates `x-test-login: <name>` as `SimpleUser(name)` (no `identity`, so the
    `display_name` fallback is what piiguard reads)."""

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        login = conn.headers.get(LOGIN_HEADER)
        return (AuthCredentials(["authenticated"]), SimpleUser(login)) if login else None


def with_login(app: ASGIApp) -> ASGIApp:
    """`app` behind Starlette's AuthenticationMiddleware with `LoginBackend`."""
    return AuthenticationMiddleware(app, backend=LoginBackend())


def as_user(subject: str) -> dict[str, str]:
    """Headers that log a test client in as `subject`."""
    return {LOGIN_HEADER: subject}
