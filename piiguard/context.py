"""Request-scoped values, carried in ContextVars (never in globals)."""

from __future__ import annotations

from contextvars import ContextVar

session_id: ContextVar[str | None] = ContextVar("piiguard_session_id", default=None)
"""The session whose vault this request reads and writes."""

request_id: ContextVar[str | None] = ContextVar("piiguard_request_id", default=None)
"""A random id for correlating log lines of one request."""
