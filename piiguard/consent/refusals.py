"""Refused attempts in the audit log: who was named (by pseudonym), why, where; bounded.

A caller refused for acting as, or for, a subject it may not (a forged, expired, replayed,
foreign or too long-lived token; a key or token naming another subject; a wrong admin
key) leaves an audit entry, `action: "refused"`, so an operator can see attempts on a
person's data. The entry holds codes only:

- `subject_key`: the keyed pseudonym of the subject the attempt *named* (a token's `sub`,
  even unverified; the `x-user-id` or body `subject` it claimed), or "" when it named none;
- `detail.reason`: a code (`bad_signature`, `expired`, `token_replayed`, `wrong_subject`,
  ...), `detail.route`: the route's template from a fixed list (`route_label`: never the
  path, which may hold an id), `detail.method`, and `detail.caller_key`, the pseudonym of the
  authenticated caller, when there was one and it named someone else;
- never a token, key, raw id, claim, header or path.

Anyone can send a forged token, so anyone could write entries: the bound is `per_minute`
entries a fixed minute; what it leaves out is counted, and the next entry written says how
many (`detail.suppressed`). Metrics count every refusal. With Redis the bound is the
deployment's (`SharedRefusalLimit`: one counter in Redis, updated by one script, so N
workers write at most `per_minute` between them, not N times it); without Redis it is the
process's (`RefusalLimit`). When that Redis cannot be reached, each process falls back to
its own bound until it answers again (a warning once per outage): a refusal is still
refused and still audited, the bound is then per process, and nothing waits on Redis for
longer than `timeout_seconds`.

    >>> route_label("/consent/alice@example.org"), route_label("/v1/chat/completions")
    ('/consent/{subject}', '/v1/chat/completions')
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from piiguard.chat_format import GUARDED_API_PATHS, MODELS_PATH

if TYPE_CHECKING:
    from piiguard.redis_client import RedisClient

logger = logging.getLogger(__name__)

DEFAULT_REFUSALS_PER_MINUTE = 60
"""Refused attempts written to the audit log per minute and process (the rest counted)."""

_OWN = {
    (): "/consent",
    ("me",): "/consent/me",
    ("me", "export"): "/consent/me/export",
    ("me", "erase"): "/consent/me/erase",
    ("me", "restriction"): "/consent/me/restriction",
}
_KNOWN = frozenset((*GUARDED_API_PATHS, MODELS_PATH))


def route_label(path: str) -> str:
    """The route a path is, as a template from a fixed list (`other` for the rest): a path
    may hold an id (`/consent/alice`) or a value, a template never does.

    >>> route_label("/admin/consent/bob/export"), route_label("/x/alice@example.org")
    ('/admin/consent', 'other')
    """
    if path in _KNOWN:
        return path
    segments = [s for s in path.split("/") if s]
    if segments[:2] == ["admin", "consent"]:
        return "/admin/consent"
    if "consent" not in segments:
        return "other"
    rest = tuple(segments[segments.index("consent") + 1 :])
    if rest in _OWN:
        return _OWN[rest]
    return "/consent/{subject}" if len(rest) == 1 else "other"


class RefusalBound(Protocol):
    """How many refusals may be written to the audit log."""

    async def admit(self) -> int | None:
        """None: leave this refusal out (counted). Otherwise write it, saying how many
        were left out before it (the count then starts again)."""
        ...


@dataclass(slots=True)
class RefusalLimit:
    """At most `per_minute` refusals written per fixed minute in this process; the
    others counted.

    >>> limit = RefusalLimit(2, clock=lambda: 0.0)
    >>> [limit.take() for _ in range(3)]
    [0, 0, None]
    >>> limit.clock = lambda: 61.0
    >>> limit.take()
    1
    """

    per_minute: int = DEFAULT_REFUSALS_PER_MINUTE
    clock: Callable[[], float] = time.monotonic
    _window: float = -1.0
    _written: int = 0
    _suppressed: int = 0

    def take(self) -> int | None:
        """`admit`, without awaiting anything."""
        window = self.clock() // 60
        if window != self._window:
            self._window, self._written = window, 0
        if self._written >= self.per_minute:
            self._suppressed += 1
            return None
        self._written += 1
        suppressed, self._suppressed = self._suppressed, 0
        return suppressed

    async def admit(self) -> int | None:
        return self.take()

    def pop_suppressed(self) -> int:
        """The refusals left out so far (the count starts again)."""
        suppressed, self._suppressed = self._suppressed, 0
        return suppressed


# One hash: `window` (the minute, never moved back: workers' clocks differ by a little),
# `written` in it, `suppressed` since the last entry written. One key, so one slot on a
# cluster; one script, so two workers cannot both take the last place.
_ADMIT = """
local held = tonumber(redis.call('HGET', KEYS[1], 'window') or '-1')
local window = tonumber(ARGV[1])
if window > held then
  redis.call('HSET', KEYS[1], 'window', window, 'written', 0)
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
if tonumber(redis.call('HGET', KEYS[1], 'written') or '0') >= tonumber(ARGV[2]) then
  redis.call('HINCRBY', KEYS[1], 'suppressed', 1)
  return -1
end
redis.call('HINCRBY', KEYS[1], 'written', 1)
local suppressed = tonumber(redis.call('HGET', KEYS[1], 'suppressed') or '0')
redis.call('HSET', KEYS[1], 'suppressed', 0)
return suppressed
"""

COUNTER_TTL_SECONDS = 86_400
"""How long the shared counter outlives the last refusal (it holds counts, nothing else)."""


class SharedRefusalLimit:
    """At most `per_minute` refusals written per fixed minute by every process sharing
    this Redis and prefix (the counter `{prefix}:audit-refusals`, counts only, with a
    TTL). Redis unreachable: this process's own `RefusalLimit` decides meanwhile, and what
    it left out is added to the next entry written once Redis answers again."""

    def __init__(
        self,
        client: RedisClient,
        *,
        prefix: str = "piiguard",
        per_minute: int = DEFAULT_REFUSALS_PER_MINUTE,
        timeout_seconds: float = 1.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self.key = f"{prefix}:audit-refusals"
        self.per_minute = per_minute
        self._timeout = timeout_seconds
        self._clock = clock  # the wall clock: every worker's minute is the same minute
        self.fallback = RefusalLimit(per_minute)
        self._script = client.register_script(_ADMIT)
        self._degraded = False

    async def admit(self) -> int | None:
        window = int(self._clock() // 60)
        try:
            async with asyncio.timeout(self._timeout):
                result = int(
                    await self._script(
                        keys=[self.key], args=[window, self.per_minute, COUNTER_TTL_SECONDS]
                    )
                )
        except Exception as exc:  # Redis down or slow: never block or skip the audit on it
            if not self._degraded:
                self._degraded = True
                logger.warning(
                    "audit refusal counter unavailable (%s): the bound is per process "
                    "until Redis answers",
                    type(exc).__name__,
                )
            return self.fallback.take()
        if self._degraded:
            self._degraded = False
            logger.info("audit refusal counter reachable again: the bound is shared")
        if result < 0:
            return None
        return result + self.fallback.pop_suppressed()


__all__ = [
    "COUNTER_TTL_SECONDS",
    "DEFAULT_REFUSALS_PER_MINUTE",
    "RefusalBound",
    "RefusalLimit",
    "SharedRefusalLimit",
    "route_label",
]
