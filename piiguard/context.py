"""Request-scoped values, carried in ContextVars (never in globals)."""

from __future__ import annotations

import random
import time
from contextvars import ContextVar

session_id: ContextVar[str | None] = ContextVar("piiguard_session_id", default=None)
"""The session whose vault this request reads and writes."""

request_id: ContextVar[str | None] = ContextVar("piiguard_request_id", default=None)
"""A random id for correlating log lines of one request (`new_request_id`)."""

request_started_at: ContextVar[float | None] = ContextVar(
    "piiguard_request_started_at", default=None
)
"""When the request (or WebSocket frame) arrived, wall clock (`time.time()`): what it
carries was sent before then, so an erasure after it must not let its values be stored."""


def started_at() -> float:
    """`request_started_at`, or now outside a request (a direct call starts now).

    >>> started_at() <= time.time()
    True
    """
    at = request_started_at.get()
    return time.time() if at is None else at


def new_request_id() -> str:
    """A random id of 32 hex digits for `request_id`.

    From the `random` module, not `uuid4`: `uuid4` reads the system's random source,
    a call that lets go of the GIL on the event loop's thread, which then waits to get
    it back behind the detection threads, on every request. The id only ties log lines
    together; it guards nothing, so it need not be unpredictable.

    >>> len(new_request_id()), new_request_id() != new_request_id()
    (32, True)
    """
    return f"{random.getrandbits(128):032x}"
