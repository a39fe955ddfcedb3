"""`RedisConsentStore`: consent shared by every replica, through `redis.asyncio`.

Layout (the subject appears only as its keyed pseudonym `sk`, never raw):

- `{prefix}:consent:{sk}` hash: `r:<purpose>` -> record JSON without the
  subject, `restricted`, `erased`, and `epoch` (bumped by every change; training
  writes fence on it);
- `{prefix}:consent:{sk}:events` stream: the append-only event log (pseudonymous);
- `{prefix}:consent:{sk}:sessions` set: the keyed pseudonyms (`session_name`) of
  the chat sessions linked to the subject, the names the vault's hashes carry.

Every change is one Lua script (atomic): the record, the epoch and the event
move together or not at all. Changes that depend on the current record are
compare-and-set on the epoch, retried a few times. There is no cache: every
read goes to Redis, so a withdrawal acknowledged by one replica is seen by all
replicas on their next read (staleness 0 s, well within the 1 s promise).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from piiguard.consent.records import (
    ConsentChange,
    ConsentEvent,
    ConsentRecord,
    SubjectConsent,
    apply_change,
    erasure_proof,
    new_record_id,
    subject_pseudonym,
)
from piiguard.exceptions import ConsentStoreError
from piiguard.pseudonym import session_name
from piiguard.redis_client import fast_client

if TYPE_CHECKING:
    from redis.asyncio import Redis

# KEYS[1] hash, KEYS[2] events stream. ARGV: expected epoch, field, record JSON,
# event JSON, clear_erased (1/0). Returns the event's stream id, or false if the
# epoch moved (the caller re-reads and retries).
_APPLY_SCRIPT = """
local epoch = redis.call('HGET', KEYS[1], 'epoch') or '0'
if epoch ~= ARGV[1] then return false end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
if ARGV[5] == '1' then redis.call('HDEL', KEYS[1], 'erased') end
redis.call('HINCRBY', KEYS[1], 'epoch', 1)
return redis.call('XADD', KEYS[2], '*', 'e', ARGV[4])
"""

# KEYS[1] hash, KEYS[2] events. ARGV: event JSON. An event with no state change.
_APPEND_SCRIPT = """
redis.call('HINCRBY', KEYS[1], 'epoch', 1)
return redis.call('XADD', KEYS[2], '*', 'e', ARGV[1])
"""

# KEYS[1] hash, KEYS[2] events. ARGV: '1' restrict / '0' resume, event JSON.
_RESTRICT_SCRIPT = """
local now = redis.call('HGET', KEYS[1], 'restricted') or '0'
if now == ARGV[1] then return false end
redis.call('HSET', KEYS[1], 'restricted', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'epoch', 1)
return redis.call('XADD', KEYS[2], '*', 'e', ARGV[2])
"""

# KEYS[1] hash, KEYS[2] events, KEYS[3] sessions. ARGV: expected epoch, then the
# proof events as JSON. Drops every record field and the sessions; keeps epoch
# (never reset, so an old fence cannot match again) and the restriction.
_ERASE_SCRIPT = """
local epoch = redis.call('HGET', KEYS[1], 'epoch') or '0'
if epoch ~= ARGV[1] then return false end
for _, name in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(name, 1, 2) == 'r:' then redis.call('HDEL', KEYS[1], name) end
end
redis.call('HSET', KEYS[1], 'erased', '1')
redis.call('HINCRBY', KEYS[1], 'epoch', 1)
redis.call('DEL', KEYS[2], KEYS[3])
local ids = {}
for i = 2, #ARGV do ids[#ids + 1] = redis.call('XADD', KEYS[2], '*', 'e', ARGV[i]) end
return ids
"""

_RETRIES = 40


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def _backoff(attempt: int) -> None:
    # Compare-and-set lost to a concurrent change: wait a little, jittered, and re-read.
    await asyncio.sleep(random.uniform(0, 0.001 * min(attempt + 1, 20)))


def _unavailable(exc: BaseException) -> ConsentStoreError:
    return ConsentStoreError(f"consent store unavailable ({type(exc).__name__})")


class RedisConsentStore:
    """A `ConsentStore` in Redis. Pass a `redis.asyncio.Redis` with socket timeouts set.

    >>> # store = RedisConsentStore(Redis.from_url(url, socket_timeout=1), key=secret)
    """

    def __init__(
        self,
        client: Redis,
        *,
        key: bytes,
        prefix: str = "piiguard",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._key = key
        self._prefix = prefix
        self._clock = clock
        self._apply = client.register_script(_APPLY_SCRIPT)
        self._restrict = client.register_script(_RESTRICT_SCRIPT)
        self._append = client.register_script(_APPEND_SCRIPT)
        self._erase = client.register_script(_ERASE_SCRIPT)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        key: bytes,
        prefix: str = "piiguard",
        timeout_seconds: float = 1.0,
        ssl_options: Mapping[str, str] | None = None,
    ) -> RedisConsentStore:
        """A store with a client that fails fast (timeouts, one retry without backoff)."""
        client = fast_client(url, timeout_seconds=timeout_seconds, ssl_options=ssl_options)
        return cls(client, key=key, prefix=prefix)

    @property
    def client(self) -> Redis:
        """The Redis client (a `RedisStreamSink` on the same server can share it)."""
        return self._client

    def _keys(self, subject: str) -> tuple[str, str, str]:
        base = f"{self._prefix}:consent:{subject_pseudonym(self._key, subject)}"
        return base, f"{base}:events", f"{base}:sessions"

    def fence_key(self, subject: str) -> str | None:
        return self._keys(subject)[0]

    async def _hash(self, subject: str) -> dict[str, str]:
        try:
            raw = await self._client.hgetall(self._keys(subject)[0])
        except Exception as exc:
            raise _unavailable(exc) from None
        return {_text(k): _text(v) for k, v in raw.items()}

    async def apply(self, change: ConsentChange) -> ConsentRecord:
        hash_key, events_key, _ = self._keys(change.subject)
        field = f"r:{change.purpose}"
        for attempt in range(_RETRIES):
            held = await self._hash(change.subject)
            current = (
                ConsentRecord.from_stored(json.loads(held[field]), change.subject)
                if field in held
                else None
            )
            record, event = apply_change(
                current,
                change,
                now=self._clock(),
                record_id=new_record_id(),
                subject_key=subject_pseudonym(self._key, change.subject),
            )
            args = [
                held.get("epoch", "0"),
                field,
                json.dumps(record.to_stored()),
                json.dumps(event.to_dict()),
                "1" if change.action == "given" else "0",
            ]
            try:
                done = await self._apply(keys=[hash_key, events_key], args=args)
            except Exception as exc:
                raise _unavailable(exc) from None
            if done:
                return record
            await _backoff(attempt)
        raise ConsentStoreError("consent record kept changing; retry the request")

    async def get(self, subject: str, purpose: str) -> ConsentRecord | None:
        return (await self.snapshot(subject)).records.get(purpose)

    async def snapshot(self, subject: str) -> SubjectConsent:
        held = await self._hash(subject)
        records = {
            name[2:]: ConsentRecord.from_stored(json.loads(value), subject)
            for name, value in held.items()
            if name.startswith("r:")
        }
        return SubjectConsent(
            records,
            held.get("restricted") == "1",
            int(held.get("epoch", "0")),
            held.get("erased") == "1",
        )

    async def events(self, subject: str) -> list[ConsentEvent]:
        try:
            entries: list[Any] = await self._client.xrange(self._keys(subject)[1]) or []
        except Exception as exc:
            raise _unavailable(exc) from None
        out = []
        for entry_id, fields in entries:
            data = json.loads(_text(fields.get(b"e", fields.get("e"))))
            data["event_id"] = _text(entry_id)
            out.append(ConsentEvent.from_dict(data))
        return out

    async def set_restricted(self, subject: str, restricted: bool, *, source: str = "") -> bool:
        hash_key, events_key, _ = self._keys(subject)
        event = ConsentEvent(
            kind="restricted" if restricted else "unrestricted",
            subject_key=subject_pseudonym(self._key, subject),
            at=self._clock(),
            source=source,
        )
        try:
            done = await self._restrict(
                keys=[hash_key, events_key],
                args=["1" if restricted else "0", json.dumps(event.to_dict())],
            )
        except Exception as exc:
            raise _unavailable(exc) from None
        return bool(done)

    async def append_event(self, subject: str, event: ConsentEvent) -> None:
        hash_key, events_key, _ = self._keys(subject)
        try:
            await self._append(keys=[hash_key, events_key], args=[json.dumps(event.to_dict())])
        except Exception as exc:
            raise _unavailable(exc) from None

    async def link_session(self, subject: str, session_id: str) -> None:
        try:
            await self._client.sadd(self._keys(subject)[2], session_name(self._key, session_id))
        except Exception as exc:
            raise _unavailable(exc) from None

    async def sessions(self, subject: str) -> list[str]:
        try:
            members = await self._client.smembers(self._keys(subject)[2])
        except Exception as exc:
            raise _unavailable(exc) from None
        return sorted(_text(m) for m in members)

    async def erase(self, subject: str) -> list[ConsentEvent]:
        keys = list(self._keys(subject))
        subject_key = subject_pseudonym(self._key, subject)
        for attempt in range(_RETRIES):
            held = await self._hash(subject)
            proof = erasure_proof(subject_key, await self.events(subject), now=self._clock())
            args = [held.get("epoch", "0")] + [json.dumps(e.to_dict()) for e in proof]
            try:
                ids = await self._erase(keys=keys, args=args)
            except Exception as exc:
                raise _unavailable(exc) from None
            if not ids:
                await _backoff(attempt)
                continue
            return [
                ConsentEvent.from_dict({**e.to_dict(), "event_id": _text(i)})
                for e, i in zip(proof, ids, strict=True)
            ]
        raise ConsentStoreError("consent record kept changing; retry the erasure")

    async def aclose(self) -> None:
        await self._client.aclose()
