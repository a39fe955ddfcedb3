"""Per-session vaults: placeholder <-> original value, so replies can be restored.

A vault hands out placeholders such as `<PERSON_1>`: the same value gets the
same placeholder within a session, numbers never collide, and a session can only
ever read its own mappings (`piiguard.restore` puts them back into replies). Two
backends share one protocol: `MemoryVault` (default, one process) and
`RedisVault` (replicas and workers share it; every write is atomic and awaited,
so a request whose mappings were not stored never goes upstream).
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from piiguard.exceptions import ConfigError, VaultError
from piiguard.pseudonym import pseudonym

if TYPE_CHECKING:
    from redis.asyncio import Redis

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*?)_([1-9][0-9]{0,5})>")
"""What a placeholder looks like: `<LABEL_n>`."""


def make_placeholder(label: str, number: int) -> str:
    return f"<{label}_{number}>"


class Vault(Protocol):
    """Stores a session's placeholder mappings."""

    async def assign(self, session_id: str, items: Sequence[tuple[str, str]]) -> list[str]:
        """A placeholder for each `(label, value)`, reusing the session's existing ones."""
        ...

    async def mapping(self, session_id: str) -> dict[str, str]:
        """Everything the session may restore: placeholder -> original value."""
        ...

    async def erase(self, session_id: str) -> int:
        """Forget the session; returns how many mappings were removed."""
        ...

    async def aclose(self) -> None: ...


@dataclass
class _Session:
    expires_at: float
    by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)


class MemoryVault:
    """An in-process vault, bounded in sessions and in values per session.

    Sessions expire `ttl_seconds` after their last write; past `max_sessions`
    the least recently used session is dropped; a session that would hold more
    than `max_entries` values raises `VaultError` (the request fails closed).
    """

    def __init__(
        self,
        *,
        ttl_seconds: float = 3600.0,
        max_sessions: int = 10_000,
        max_entries: int = 1_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl_seconds <= 0 or max_sessions <= 0 or max_entries <= 0:
            raise ConfigError("vault ttl_seconds, max_sessions and max_entries must be positive")
        self.ttl_seconds = ttl_seconds
        self.max_sessions = max_sessions
        self.max_entries = max_entries
        self._clock = clock
        self._sessions: OrderedDict[str, _Session] = OrderedDict()
        self._lock = threading.Lock()

    def _live(self, session_id: str, now: float) -> _Session | None:
        session = self._sessions.get(session_id)
        if session is not None and session.expires_at <= now:
            del self._sessions[session_id]
            return None
        return session

    async def assign(self, session_id: str, items: Sequence[tuple[str, str]]) -> list[str]:
        now = self._clock()
        with self._lock:
            session = self._live(session_id, now)
            if session is None:
                session = _Session(expires_at=now + self.ttl_seconds)
                self._sessions[session_id] = session
                while len(self._sessions) > self.max_sessions:
                    self._sessions.popitem(last=False)
            self._sessions.move_to_end(session_id)
            new = {key for key in items if key not in session.by_value}
            if len(session.by_value) + len(new) > self.max_entries:
                raise VaultError(
                    f"session would hold more than max_entries={self.max_entries} values"
                )
            placeholders = []
            for label, value in items:
                placeholder = session.by_value.get((label, value))
                if placeholder is None:
                    number = session.counters.get(label, 0) + 1
                    session.counters[label] = number
                    placeholder = make_placeholder(label, number)
                    session.by_value[(label, value)] = placeholder
                    session.by_placeholder[placeholder] = value
                placeholders.append(placeholder)
            session.expires_at = now + self.ttl_seconds
            return placeholders

    async def mapping(self, session_id: str) -> dict[str, str]:
        with self._lock:
            session = self._live(session_id, self._clock())
            return dict(session.by_placeholder) if session else {}

    async def erase(self, session_id: str) -> int:
        with self._lock:
            session = self._sessions.pop(session_id, None)
            return len(session.by_placeholder) if session else 0

    async def aclose(self) -> None:
        return None


# One round trip, atomic: reuse or number each value, bounded, with a TTL.
# KEYS[1] = the session's hash. ARGV = ttl, max_entries, then triples
# (label, value_key, value). Fields: "v:<label>:<value_key>" -> placeholder,
# "p:<placeholder>" -> value, "n:<label>" -> last number, "count" -> values held.
_ASSIGN_SCRIPT = """
local key = KEYS[1]
local ttl = tonumber(ARGV[1])
local max_entries = tonumber(ARGV[2])
local out = {}
local new = 0
for i = 3, #ARGV, 3 do
  if redis.call('HEXISTS', key, 'v:' .. ARGV[i] .. ':' .. ARGV[i + 1]) == 0 then new = new + 1 end
end
local held = tonumber(redis.call('HGET', key, 'count') or '0')
if held + new > max_entries then
  return redis.error_reply('VAULT_FULL')
end
for i = 3, #ARGV, 3 do
  local label, vkey, value = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local field = 'v:' .. label .. ':' .. vkey
  local placeholder = redis.call('HGET', key, field)
  if not placeholder then
    local n = redis.call('HINCRBY', key, 'n:' .. label, 1)
    placeholder = '<' .. label .. '_' .. n .. '>'
    redis.call('HSET', key, field, placeholder, 'p:' .. placeholder, value)
    redis.call('HINCRBY', key, 'count', 1)
  end
  out[#out + 1] = placeholder
end
redis.call('EXPIRE', key, ttl)
return out
"""


class RedisVault:
    """A vault in Redis (`redis.asyncio`), shared by replicas and workers.

    Each session is one hash under `{prefix}:vault:{pseudonym(session)}`; values
    are indexed by a keyed pseudonym, so the index itself reveals nothing.
    """

    def __init__(
        self,
        client: Redis,
        *,
        key: bytes,
        prefix: str = "piiguard",
        ttl_seconds: int = 3600,
        max_entries: int = 1_000,
    ) -> None:
        if ttl_seconds <= 0 or max_entries <= 0:
            raise ConfigError("vault ttl_seconds and max_entries must be positive")
        self._client = client
        self._key = key
        self._prefix = prefix
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self._assign = client.register_script(_ASSIGN_SCRIPT)

    def _session_key(self, session_id: str) -> str:
        return f"{self._prefix}:vault:{pseudonym(self._key, session_id, purpose='vault')}"

    async def assign(self, session_id: str, items: Sequence[tuple[str, str]]) -> list[str]:
        if not items:
            return []
        args: list[str | int] = [self.ttl_seconds, self.max_entries]
        for label, value in items:
            args += [label, pseudonym(self._key, f"{label}\x00{value}", purpose="value"), value]
        try:
            result = await self._assign(keys=[self._session_key(session_id)], args=args)
        except Exception as exc:  # redis errors and connection failures alike
            if "VAULT_FULL" in str(exc):
                raise VaultError(
                    f"session would hold more than max_entries={self.max_entries} values"
                ) from None
            raise VaultError(f"vault store unavailable ({type(exc).__name__})") from None
        return [p.decode() if isinstance(p, bytes) else str(p) for p in result]

    async def mapping(self, session_id: str) -> dict[str, str]:
        try:
            raw = await self._client.hgetall(self._session_key(session_id))
        except Exception as exc:
            raise VaultError(f"vault store unavailable ({type(exc).__name__})") from None
        mapping: dict[str, str] = {}
        for field_name, value in raw.items():
            name = field_name.decode() if isinstance(field_name, bytes) else field_name
            if name.startswith("p:"):
                mapping[name[2:]] = value.decode() if isinstance(value, bytes) else value
        return mapping

    async def erase(self, session_id: str) -> int:
        key = self._session_key(session_id)
        try:
            held = await self._client.hgetall(key)
            await self._client.delete(key)
        except Exception as exc:
            raise VaultError(f"vault store unavailable ({type(exc).__name__})") from None
        return sum(
            1
            for name in held
            if (name.decode() if isinstance(name, bytes) else name).startswith("p:")
        )

    async def aclose(self) -> None:
        await self._client.aclose()
