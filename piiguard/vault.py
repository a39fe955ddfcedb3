"""Per-session vaults: placeholder <-> original value, so replies can be restored.

A vault hands out placeholders such as `<PERSON_1>`: the same value gets the
same placeholder within a session, numbers never collide, and a session can only
ever read its own mappings (`piiguard.restoring` puts them back into replies). Two
backends share one protocol: `MemoryVault` (default, one process) and
`RedisVault` (replicas and workers share it; every write is atomic and awaited,
so a request whose mappings were not stored never goes upstream; every original
value is sealed with AES-256-GCM, see `piiguard.encryption`).

At rest a session is named only by `session_name(key, session_id)`, a keyed
pseudonym; the consent store links subjects to these names, so erasing a
subject erases its sessions (`erase_named`) without any raw session id stored.

Erasure and requests in flight
------------------------------
A request that began before an erasure of its session may try to write its
mappings after it (detection, or the consent gate, took a while). Such a write
must not bring the erased data back. So `erase` leaves a tombstone, the time of
the erasure (wall clock, seconds since the epoch; no personal data), under the
session's own name, where it lives as long as a mapping would (`ttl_seconds`),
and `assign` carries `started_at`, the time its request began (the same clock):
a write from a request that started before the session's latest erasure is
refused, atomically with the check, by raising `SessionErasedError` (the request
fails closed; the client may send it again, and a request that starts after the
erasure is new data and is stored as usual). In Redis the tombstone is a field of
the session's hash, so the write stays one single-key script (cluster-safe).
Across hosts the cut is as sharp as their clocks agree (NTP: milliseconds).
"""

from __future__ import annotations

import math
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from piiguard.encryption import KeyRing, SealError, VaultKeyMissingError, derive_key
from piiguard.exceptions import ConfigError, SessionErasedError, VaultError
from piiguard.pseudonym import pseudonym, session_name
from piiguard.redis_client import glob_escape

if TYPE_CHECKING:
    from piiguard.redis_client import RedisClient

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*?)_([1-9][0-9]{0,5})>")
"""What a placeholder looks like: `<LABEL_n>`."""


def make_placeholder(label: str, number: int) -> str:
    return f"<{label}_{number}>"


class Vault(Protocol):
    """Stores a session's placeholder mappings."""

    @property
    def ttl_seconds(self) -> float:
        """How long a session's mappings live after their last write."""
        ...

    async def assign(
        self, session_id: str, items: Sequence[tuple[str, str]], *, started_at: float
    ) -> list[str]:
        """A placeholder for each `(label, value)`, reusing the session's existing ones.

        `started_at` is when the request that found the values began (`time.time()`);
        raises `SessionErasedError`, writing nothing, if the session was erased since.
        """
        ...

    async def mapping(self, session_id: str) -> dict[str, str]:
        """Everything the session may restore: placeholder -> original value."""
        ...

    async def erase(self, session_id: str) -> int:
        """Forget the session; returns how many mappings were removed.

        Leaves a tombstone (the erasure time) that refuses writes from requests that
        started before it; it expires with the session's TTL.
        """
        ...

    async def mapping_named(self, name: str) -> dict[str, str]:
        """`mapping` of the session whose `session_name` is `name` (export by subject)."""
        ...

    async def erase_named(self, name: str) -> int:
        """`erase` of the session whose `session_name` is `name` (erasure by subject)."""
        ...

    async def aclose(self) -> None: ...


@dataclass
class _Session:
    expires_at: float
    erased_at: float | None = None  # the tombstone: wall-clock time of the latest erasure
    by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)


class MemoryVault:
    """An in-process vault, bounded in sessions and in values per session.

    Sessions expire `ttl_seconds` after their last write; past `max_sessions`
    the least recently used session is dropped; a session that would hold more
    than `max_entries` values raises `VaultError` (the request fails closed).
    Values stay plain (they never leave the process); sessions are held under
    `session_name(key, ...)`, so give the consent store's `key` for `erase_named`
    to find them (random per vault when unset). An erased session keeps its
    tombstone (stamped by `wall_clock`) as a session without values: it expires
    like one and, past `max_sessions`, is dropped like one (least recently used).
    """

    def __init__(
        self,
        *,
        key: bytes | None = None,
        ttl_seconds: float = 3600.0,
        max_sessions: int = 10_000,
        max_entries: int = 1_000,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if ttl_seconds <= 0 or max_sessions <= 0 or max_entries <= 0:
            raise ConfigError("vault ttl_seconds, max_sessions and max_entries must be positive")
        self.ttl_seconds = ttl_seconds
        self.max_sessions = max_sessions
        self.max_entries = max_entries
        self._key = key if key is not None else secrets.token_bytes(32)
        self._clock = clock
        self._wall_clock = wall_clock
        self._sessions: OrderedDict[str, _Session] = OrderedDict()
        self._lock = threading.Lock()

    def _live(self, session_id: str, now: float) -> _Session | None:
        session = self._sessions.get(session_id)
        if session is not None and session.expires_at <= now:
            del self._sessions[session_id]
            return None
        return session

    def _hold(self, name: str, session: _Session) -> None:
        """Put `session` under `name` as the most recently used; drop the least beyond
        `max_sessions`."""
        self._sessions[name] = session
        self._sessions.move_to_end(name)
        while len(self._sessions) > self.max_sessions:
            self._sessions.popitem(last=False)

    async def assign(
        self, session_id: str, items: Sequence[tuple[str, str]], *, started_at: float
    ) -> list[str]:
        now = self._clock()
        name = session_name(self._key, session_id)
        with self._lock:
            session = self._live(name, now)
            erased_at = session.erased_at if session is not None else None
            if erased_at is not None and started_at < erased_at:
                raise SessionErasedError()
            if session is None:
                session = _Session(expires_at=now + self.ttl_seconds)
            self._hold(name, session)
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
        return await self.mapping_named(session_name(self._key, session_id))

    async def mapping_named(self, name: str) -> dict[str, str]:
        with self._lock:
            session = self._live(name, self._clock())
            return dict(session.by_placeholder) if session else {}

    async def erase(self, session_id: str) -> int:
        return await self.erase_named(session_name(self._key, session_id))

    async def erase_named(self, name: str) -> int:
        with self._lock:
            now = self._clock()
            session = self._live(name, now)
            erased_at = self._wall_clock()
            if session is not None and session.erased_at is not None:
                erased_at = max(erased_at, session.erased_at)  # a tombstone never moves back
            self._hold(name, _Session(expires_at=now + self.ttl_seconds, erased_at=erased_at))
            return len(session.by_placeholder) if session else 0

    async def aclose(self) -> None:
        return None


# One round trip, atomic: refuse a request older than the latest erasure, then reuse
# or number each value, bounded, with a TTL.
# KEYS[1] = the session's hash. ARGV = ttl, max_entries, started_at, then triples
# (label, value_key, sealed value). Fields: "v:<label>:<value_key>" -> placeholder,
# "p:<placeholder>" -> sealed value, "n:<label>" -> last number, "count" -> values held,
# "erased_at" -> the tombstone (time of the latest erasure; see _ERASE_SCRIPT).
_ASSIGN_SCRIPT = """
local key = KEYS[1]
local ttl = tonumber(ARGV[1])
local max_entries = tonumber(ARGV[2])
local erased_at = redis.call('HGET', key, 'erased_at')
if erased_at and tonumber(ARGV[3]) < tonumber(erased_at) then
  return redis.error_reply('VAULT_ERASED')
end
local out = {}
local new = 0
for i = 4, #ARGV, 3 do
  if redis.call('HEXISTS', key, 'v:' .. ARGV[i] .. ':' .. ARGV[i + 1]) == 0 then new = new + 1 end
end
local held = tonumber(redis.call('HGET', key, 'count') or '0')
if held + new > max_entries then
  return redis.error_reply('VAULT_FULL')
end
for i = 4, #ARGV, 3 do
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

# Atomic: drop every mapping of the session and leave the tombstone in its place.
# KEYS[1] = the session's hash. ARGV = ttl, the erasure time. Returns the values dropped.
# The tombstone only moves forward, and lives as long as a mapping written now would.
_ERASE_SCRIPT = """
local key = KEYS[1]
local dropped = 0
for _, name in ipairs(redis.call('HKEYS', key)) do
  if string.sub(name, 1, 2) == 'p:' then dropped = dropped + 1 end
end
local stamp = ARGV[2]
local before = redis.call('HGET', key, 'erased_at')
if before and tonumber(before) > tonumber(stamp) then stamp = before end
redis.call('DEL', key)
redis.call('HSET', key, 'erased_at', stamp)
redis.call('EXPIRE', key, tonumber(ARGV[1]))
return dropped
"""

# Replace one sealed value only if it is still the one that was read (a session written
# or erased meanwhile keeps what it has now). HSET keeps the hash's TTL.
_RESEAL_SCRIPT = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  return 1
end
return 0
"""

_KEY_CHECK_TEXT = "piiguard vault key check"


@dataclass(slots=True)
class RekeyReport:
    """What `RedisVault.rekey` did: counts and key ids, never a value or a session.

    `missing` counts the values sealed with a key id that is not configured (they cannot
    be re-keyed: configure that key as old and run it again, or let their TTL end them);
    `unreadable` the values that do not open with the key their id names (wrong key or
    altered)."""

    sessions: int = 0
    resealed: int = 0
    current: int = 0
    changed_meanwhile: int = 0
    missing: dict[str, int] = field(default_factory=dict)
    unreadable: int = 0

    @property
    def complete(self) -> bool:
        """Whether every stored value is now sealed with the current key."""
        return not self.missing and not self.unreadable

    def to_dict(self) -> dict[str, object]:
        return {
            "sessions": self.sessions,
            "resealed": self.resealed,
            "already_current": self.current,
            "changed_meanwhile": self.changed_meanwhile,
            "missing_key_ids": dict(sorted(self.missing.items())),
            "unreadable": self.unreadable,
        }


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _stamp(at: float) -> str:
    """A wall-clock time as the scripts read it (shortest exact form of the float)."""
    if not math.isfinite(at):
        raise ValueError("a vault time stamp must be a finite number of seconds")
    return repr(float(at))


def _unavailable(exc: BaseException) -> VaultError:
    return VaultError(f"vault store unavailable ({type(exc).__name__})")


class RedisVault:
    """A vault in Redis (`redis.asyncio`), shared by replicas and workers.

    Each session is one hash under `{prefix}:vault:{session_name(key, session)}`: one key,
    so its script runs on a Redis Cluster as on one server.
    Values are indexed by a keyed pseudonym (`v:<label>:<value key>`), so the
    index reveals nothing, and each original is sealed with AES-256-GCM under
    `keys` (a `KeyRing`; default: the key HKDF derives from `key`). The sealed
    value names its key id, and its associated data is the hash's name, the
    label and the value key: it opens only in the place it was written for, and
    `mapping` checks that the index still points that place at the placeholder.
    A value that does not open raises `VaultError`; nothing is returned raw.

    `check_keys()` (called by `Guard.start()`) proves the configured keys match
    the ones that sealed this vault, before any request is served.
    """

    def __init__(
        self,
        client: RedisClient,
        *,
        key: bytes,
        keys: KeyRing | None = None,
        prefix: str = "piiguard",
        ttl_seconds: int = 3600,
        max_entries: int = 1_000,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if ttl_seconds <= 0 or max_entries <= 0:
            raise ConfigError("vault ttl_seconds and max_entries must be positive")
        self._client = client
        self._key = key
        self._ring = keys if keys is not None else KeyRing(derive_key(key))
        self._prefix = prefix
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self._wall_clock = wall_clock
        self._assign = client.register_script(_ASSIGN_SCRIPT)
        self._erase_script = client.register_script(_ERASE_SCRIPT)
        self._reseal = client.register_script(_RESEAL_SCRIPT)

    @property
    def keys(self) -> KeyRing:
        """The key ring that seals and opens values."""
        return self._ring

    @property
    def key_check_key(self) -> str:
        """The Redis hash that proves which keys sealed this vault (no personal data)."""
        return f"{self._prefix}:vault-keys"

    def _hash_key(self, name: str) -> str:
        return f"{self._prefix}:vault:{name}"

    def _session_key(self, session_id: str) -> str:
        return self._hash_key(session_name(self._key, session_id))

    @staticmethod
    def _aad(hash_key: str, label: str, value_key: str) -> bytes:
        return f"{hash_key}\x00{label}\x00{value_key}".encode()

    async def check_keys(self) -> None:
        """Verify the key ring against this Redis; raises `ConfigError` on a mismatch.

        The hash `key_check_key` holds, per key id, a check value sealed with that
        key, and the id of the key that last sealed new values (`current`). Start-up
        fails when a configured key does not open its own check value (a wrong key
        under a known id), or when `current` names a key that is not configured
        (a new key without the old one: values sealed before would not open).
        Otherwise the current key's check value is written and it becomes `current`.
        """
        check_key = self.key_check_key
        try:
            held = {_text(k): _text(v) for k, v in (await self._client.hgetall(check_key)).items()}
        except Exception as exc:
            raise _unavailable(exc) from None
        aad = check_key.encode()
        for kid in self._ring.kids:
            self._verify_check(kid, held.get(f"check:{kid}"), aad)
        current = held.get("current")
        if current is not None and current not in self._ring.kids:
            raise ConfigError(
                f"PIIGUARD_VAULT_KEY: this vault was last sealed with key id {current!r}, "
                "which is not configured; set it as PIIGUARD_VAULT_KEY, or keep it in "
                "PIIGUARD_VAULT_OLD_KEYS until its values expire (vault_ttl_seconds)"
            )
        kid = self._ring.current.kid
        field_name = f"check:{kid}"
        sealed = self._ring.seal(_KEY_CHECK_TEXT, aad)
        try:
            if not await self._client.hsetnx(check_key, field_name, sealed):
                # Another replica wrote it since our read: it must be the same key.
                written = await self._client.hget(check_key, field_name)
                self._verify_check(kid, None if written is None else _text(written), aad)
            await self._client.hset(check_key, "current", kid)
        except ConfigError:
            raise
        except Exception as exc:
            raise _unavailable(exc) from None

    def _verify_check(self, kid: str, token: str | None, aad: bytes) -> None:
        """Raise `ConfigError` unless `token` (if any) is the check value sealed with `kid`."""
        if token is None:
            return
        try:
            ok = self._ring.open(token, aad) == _KEY_CHECK_TEXT
        except SealError:
            ok = False
        if not ok:
            setting = (
                "PIIGUARD_VAULT_KEY" if kid == self._ring.current.kid else "PIIGUARD_VAULT_OLD_KEYS"
            )
            raise ConfigError(
                f"{setting}: the key with id {kid!r} is not the key that sealed this "
                "vault (wrong key); piiguard will not start"
            )

    async def assign(
        self, session_id: str, items: Sequence[tuple[str, str]], *, started_at: float
    ) -> list[str]:
        if not items:
            return []
        hash_key = self._session_key(session_id)
        args: list[str | int] = [self.ttl_seconds, self.max_entries, _stamp(started_at)]
        for label, value in items:
            value_key = pseudonym(self._key, f"{label}\x00{value}", purpose="value")
            sealed = self._ring.seal(value, self._aad(hash_key, label, value_key))
            args += [label, value_key, sealed]
        try:
            result = await self._assign(keys=[hash_key], args=args)
        except Exception as exc:  # redis errors and connection failures alike
            if "VAULT_ERASED" in str(exc):
                raise SessionErasedError() from None
            if "VAULT_FULL" in str(exc):
                raise VaultError(
                    f"session would hold more than max_entries={self.max_entries} values"
                ) from None
            raise _unavailable(exc) from None
        return [_text(p) if isinstance(p, bytes | str) else str(p) for p in result]

    async def mapping(self, session_id: str) -> dict[str, str]:
        return await self._open_session(self._session_key(session_id))

    async def mapping_named(self, name: str) -> dict[str, str]:
        return await self._open_session(self._hash_key(name))

    async def _open_session(self, hash_key: str) -> dict[str, str]:
        try:
            raw = await self._client.hgetall(hash_key)
        except Exception as exc:
            raise _unavailable(exc) from None
        fields = {_text(k): _text(v) for k, v in raw.items()}
        # placeholder -> (label, value key), from the index the script wrote.
        place: dict[str, tuple[str, str]] = {}
        for name, placeholder in fields.items():
            if name.startswith("v:"):
                label, _, value_key = name[2:].rpartition(":")
                place[placeholder] = (label, value_key)
        mapping: dict[str, str] = {}
        for name, sealed in fields.items():
            if not name.startswith("p:"):
                continue
            placeholder = name[2:]
            where = place.get(placeholder)
            if where is None:
                raise SealError("a stored value has no index entry; refusing to use it")
            mapping[placeholder] = self._ring.open(sealed, self._aad(hash_key, *where))
        return mapping

    async def rekey(self) -> RekeyReport:
        """Seal again with the current key every stored value sealed with an old one
        (each in place, only if unchanged since it was read; TTLs kept), so the old key
        can be dropped. Values whose key id is not configured, or that do not open, are
        counted and left as they are (`RekeyReport`). Raises `VaultError` if Redis cannot
        be read."""
        report = RekeyReport()
        current = self._ring.current.kid
        try:
            async for raw_name in self._client.scan_iter(
                match=glob_escape(f"{self._prefix}:vault:") + "*", count=500
            ):
                hash_key = _text(raw_name)
                raw = await self._client.hgetall(hash_key)
                fields = {_text(k): _text(v) for k, v in raw.items()}
                place = {
                    placeholder: name[2:].rpartition(":")[::2]
                    for name, placeholder in fields.items()
                    if name.startswith("v:")
                }
                report.sessions += 1
                for name, sealed in fields.items():
                    if not name.startswith("p:"):
                        continue
                    kid = self._ring.key_of(sealed)
                    if kid == current:
                        report.current += 1
                        continue
                    where = place.get(name[2:])
                    try:
                        if where is None:
                            raise SealError("a stored value has no index entry")
                        aad = self._aad(hash_key, where[0], where[1])
                        value = self._ring.open(sealed, aad)
                    except VaultKeyMissingError as exc:
                        report.missing[exc.kid] = report.missing.get(exc.kid, 0) + 1
                        continue
                    except SealError:
                        report.unreadable += 1
                        continue
                    done = await self._reseal(
                        keys=[hash_key], args=[name, sealed, self._ring.seal(value, aad)]
                    )
                    if int(done):
                        report.resealed += 1
                    else:
                        report.changed_meanwhile += 1
        except VaultError:
            raise
        except Exception as exc:
            raise _unavailable(exc) from None
        return report

    async def erase(self, session_id: str) -> int:
        return await self._erase(self._session_key(session_id))

    async def erase_named(self, name: str) -> int:
        return await self._erase(self._hash_key(name))

    async def _erase(self, hash_key: str) -> int:
        args: list[str | int] = [self.ttl_seconds, _stamp(self._wall_clock())]
        try:
            dropped = await self._erase_script(keys=[hash_key], args=args)
        except Exception as exc:
            raise _unavailable(exc) from None
        return int(dropped)

    async def aclose(self) -> None:
        await self._client.aclose()
