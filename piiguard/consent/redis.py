"""`RedisConsentStore`: consent shared by every replica, through `redis.asyncio`.

Layout (the subject appears only as its keyed pseudonym `sk`, never raw; the braces
are literal, a Redis Cluster hash tag, so a subject's keys share one slot):

- `<prefix>:consent:{<sk>}` hash: `r:<purpose>` -> record JSON without the
  subject, `restricted`, `erased`, and `epoch` (bumped by every change; training
  writes fence on it);
- `<prefix>:consent:{<sk>}:events` stream: the append-only event log (pseudonymous);
- `<prefix>:consent:{<sk>}:sessions` set: the keyed pseudonyms (`session_name`) of
  the chat sessions linked to the subject, the names the vault's hashes carry.

Every change is one Lua script (atomic): the record, the epoch and the event
move together or not at all. Changes that depend on the current record are
compare-and-set on the epoch, retried a few times. There is no cache: every
read goes to Redis, so a withdrawal acknowledged by one replica is seen by all
replicas on their next read (staleness 0 s, well within the 1 s promise).

On a Redis Cluster the training stream (one key) and a subject's hash live in
different slots, so one script cannot check the epoch and add the record. There
every change also publishes the new epoch, before it is acknowledged, to a fence
key in the stream's slot (`<stream>:{<stream>}:fence:<sk>`, only ever raised), and
`fence_key` names that key: the stream's script checks it atomically with its XADD.

Earlier releases named the keys without braces (`<prefix>:consent:<sk>`, ...). On
one server (or Sentinel) every read of a subject first moves that subject's keys to
the new names, in the same script (`_READ_SCRIPT`), so a running deployment keeps
its records, events and session links; a Redis Cluster cannot (the old names sit in
other slots): `check_layout()` refuses to start on a cluster holding old names.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

from piiguard.consent.records import (
    ConsentChange,
    ConsentEvent,
    ConsentRecord,
    SubjectConsent,
    apply_change,
    check_after_erasure,
    erasure_proof,
    new_record_id,
    subject_pseudonym,
)
from piiguard.exceptions import ConfigError, ConsentStoreError
from piiguard.pseudonym import session_name
from piiguard.redis_client import (
    RedisClient,
    fast_client,
    glob_escape,
    is_cluster,
    same_slot,
)

# Every change script returns {new epoch, event id...}, or false when nothing changed.

# KEYS[1] hash, KEYS[2] events stream. ARGV: expected epoch, field, record JSON,
# event JSON, clear_erased (1/0). False if the epoch moved (the caller re-reads and
# retries).
_APPLY_SCRIPT = """
local epoch = redis.call('HGET', KEYS[1], 'epoch') or '0'
if epoch ~= ARGV[1] then return false end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
if ARGV[5] == '1' then redis.call('HDEL', KEYS[1], 'erased') end
local now = redis.call('HINCRBY', KEYS[1], 'epoch', 1)
return {now, redis.call('XADD', KEYS[2], '*', 'e', ARGV[4])}
"""

# KEYS[1] hash, KEYS[2] events. ARGV: event JSON. An event with no state change.
_APPEND_SCRIPT = """
local now = redis.call('HINCRBY', KEYS[1], 'epoch', 1)
return {now, redis.call('XADD', KEYS[2], '*', 'e', ARGV[1])}
"""

# KEYS[1] hash, KEYS[2] events. ARGV: '1' restrict / '0' resume, event JSON.
_RESTRICT_SCRIPT = """
local held = redis.call('HGET', KEYS[1], 'restricted') or '0'
if held == ARGV[1] then return false end
redis.call('HSET', KEYS[1], 'restricted', ARGV[1])
local now = redis.call('HINCRBY', KEYS[1], 'epoch', 1)
return {now, redis.call('XADD', KEYS[2], '*', 'e', ARGV[2])}
"""

# KEYS[1] hash, KEYS[2] events, KEYS[3] sessions. ARGV: expected epoch, the erasure
# time, then a change applied to the emptied record in the same step (its field, record
# JSON and event JSON; three empty strings for none), then the proof events as JSON. Drops
# every record field and the sessions; keeps epoch (never reset, so an old fence cannot
# match again) and the restriction; stamps erased_at (kept when the subject consents
# again: turns sent before it stay out). Returns the epoch, the proof events' ids, then
# the change's event id.
_ERASE_SCRIPT = """
local epoch = redis.call('HGET', KEYS[1], 'epoch') or '0'
if epoch ~= ARGV[1] then return false end
for _, name in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(name, 1, 2) == 'r:' then redis.call('HDEL', KEYS[1], name) end
end
local before = redis.call('HGET', KEYS[1], 'erased_at')
if not before or tonumber(before) < tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], 'erased_at', ARGV[2])
end
redis.call('HSET', KEYS[1], 'erased', '1')
local out = {redis.call('HINCRBY', KEYS[1], 'epoch', 1)}
redis.call('DEL', KEYS[2], KEYS[3])
for i = 6, #ARGV do out[#out + 1] = redis.call('XADD', KEYS[2], '*', 'e', ARGV[i]) end
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], ARGV[3], ARGV[4])
  out[#out + 1] = redis.call('XADD', KEYS[2], '*', 'e', ARGV[5])
end
return out
"""

# Cluster only. KEYS[1] the fence key in the training stream's slot. ARGV: new epoch.
# Only ever raised, so concurrent changes publishing out of order leave the highest.
_PUBLISH_SCRIPT = """
local held = tonumber(redis.call('HGET', KEYS[1], 'epoch') or '-1')
if tonumber(ARGV[1]) > held then redis.call('HSET', KEYS[1], 'epoch', ARGV[1]) end
return 1
"""

# One server only: the subject's hash, after moving its keys from the names of earlier
# releases. KEYS: old hash, old events, old sessions, new hash, new events, new sessions.
# When both names exist (an older replica wrote during a rolling upgrade), they merge:
# per purpose the record updated last wins, a restriction on either side stays, the
# epoch becomes old + new + 1 (so no fence read on either side can match again), the
# newer name's events follow the old ones (with their own ids, or a fresh one when theirs
# is not past the last old id), and the session links unite.
_READ_SCRIPT = """
if redis.call('EXISTS', KEYS[1], KEYS[2], KEYS[3]) > 0 then
  if redis.call('EXISTS', KEYS[1]) == 1 then
    if redis.call('EXISTS', KEYS[4]) == 0 then
      redis.call('RENAME', KEYS[1], KEYS[4])
    else
      local old = redis.call('HGETALL', KEYS[1])
      local old_epoch = 0
      for i = 1, #old, 2 do
        local name, value = old[i], old[i + 1]
        if name == 'epoch' then
          old_epoch = tonumber(value)
        elseif name == 'restricted' then
          if value == '1' then redis.call('HSET', KEYS[4], name, value) end
        elseif string.sub(name, 1, 2) == 'r:' then
          local held = redis.call('HGET', KEYS[4], name)
          if not held or cjson.decode(held)['updated_at'] < cjson.decode(value)['updated_at'] then
            redis.call('HSET', KEYS[4], name, value)
          end
        else
          redis.call('HSETNX', KEYS[4], name, value)
        end
      end
      local new_epoch = tonumber(redis.call('HGET', KEYS[4], 'epoch') or '0')
      redis.call('HSET', KEYS[4], 'epoch', old_epoch + new_epoch + 1)
      redis.call('DEL', KEYS[1])
    end
  end
  if redis.call('EXISTS', KEYS[2]) == 1 then
    if redis.call('EXISTS', KEYS[5]) == 1 then
      for _, entry in ipairs(redis.call('XRANGE', KEYS[5], '-', '+')) do
        local added = redis.pcall('XADD', KEYS[2], entry[1], unpack(entry[2]))
        if type(added) == 'table' and added['err'] then
          redis.call('XADD', KEYS[2], '*', unpack(entry[2]))
        end
      end
      redis.call('DEL', KEYS[5])
    end
    redis.call('RENAME', KEYS[2], KEYS[5])
  end
  if redis.call('EXISTS', KEYS[3]) == 1 then
    redis.call('SUNIONSTORE', KEYS[6], KEYS[6], KEYS[3])
    redis.call('DEL', KEYS[3])
  end
end
return redis.call('HGETALL', KEYS[4])
"""

_RETRIES = 40
_SUBJECT_KEY_RE = re.compile(r"[0-9a-f]{32}")


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def _backoff(attempt: int) -> None:
    # Compare-and-set lost to a concurrent change: wait a little, jittered, and re-read.
    await asyncio.sleep(random.uniform(0, 0.001 * min(attempt + 1, 20)))


def _unavailable(exc: BaseException) -> ConsentStoreError:
    return ConsentStoreError(f"consent store unavailable ({type(exc).__name__})")


class RedisConsentStore:
    """A `ConsentStore` in Redis. Pass a `redis.asyncio` client (one server, Sentinel or
    `RedisCluster`, see `piiguard.redis_client.fast_client`) with socket timeouts set.

    `training_stream` is the key of the Redis training stream whose writes fence on
    this store (default `<prefix>:training`, `RedisStreamSink`'s); on a cluster the
    store publishes its epochs next to it.

    >>> # store = RedisConsentStore(Redis.from_url(url, socket_timeout=1), key=secret)
    """

    def __init__(
        self,
        client: RedisClient,
        *,
        key: bytes,
        prefix: str = "piiguard",
        clock: Callable[[], float] = time.time,
        training_stream: str | None = None,
        session_link_ttl_seconds: int | None = None,
    ) -> None:
        self._client = client
        # Links serve to find vault entries, which expire `vault_ttl_seconds` after
        # their last write: a subject's link set may expire some time after that.
        self._link_ttl = session_link_ttl_seconds
        self._key = key
        self._prefix = prefix
        self._clock = clock
        self._cluster = is_cluster(client)
        self._training_stream = training_stream or f"{prefix}:training"
        self._apply = client.register_script(_APPLY_SCRIPT)
        self._restrict = client.register_script(_RESTRICT_SCRIPT)
        self._append = client.register_script(_APPEND_SCRIPT)
        self._erase = client.register_script(_ERASE_SCRIPT)
        self._publish = client.register_script(_PUBLISH_SCRIPT)
        self._read = client.register_script(_READ_SCRIPT)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        key: bytes,
        prefix: str = "piiguard",
        timeout_seconds: float = 1.0,
        ssl_options: Mapping[str, str] | None = None,
        training_stream: str | None = None,
    ) -> RedisConsentStore:
        """A store with a client that fails fast (timeouts, one retry without backoff)."""
        client = fast_client(url, timeout_seconds=timeout_seconds, ssl_options=ssl_options)
        return cls(client, key=key, prefix=prefix, training_stream=training_stream)

    @property
    def client(self) -> RedisClient:
        """The Redis client (a `RedisStreamSink` on the same server can share it)."""
        return self._client

    def _keys(self, subject: str) -> tuple[str, str, str]:
        return self._keys_of(subject_pseudonym(self._key, subject))

    def _keys_of(self, subject_key: str) -> tuple[str, str, str]:
        base = f"{self._prefix}:consent:{{{subject_key}}}"
        return base, same_slot(base, "events"), same_slot(base, "sessions")

    def _old_keys(self, subject_key: str) -> tuple[str, str, str]:
        """The names of earlier releases (no hash tag), moved on a subject's first read."""
        base = f"{self._prefix}:consent:{subject_key}"
        return base, f"{base}:events", f"{base}:sessions"

    @property
    def layout_key(self) -> str:
        """Present once every key of an earlier release's layout has been moved."""
        return f"{self._prefix}:consent-layout"

    async def upgrade_layout(self) -> int:
        """Move every subject's keys from an earlier release's names; returns how many
        subjects moved. Called at start-up (`Guard.start`); a no-op once `layout_key` is set.

        One server: each subject moves atomically (`_READ_SCRIPT`; reads move them
        anyway). A Redis Cluster cannot move them across slots: finding any raises
        `ConfigError` (start this release once against the old server, then copy).
        """
        try:
            if await self._client.exists(self.layout_key):
                return 0
            pattern = glob_escape(f"{self._prefix}:consent:") + "[0-9a-f]*"
            found: set[str] = set()
            async for name in self._client.scan_iter(match=pattern, count=1000):
                subject_key = _text(name)[len(self._prefix) + 9 :].split(":")[0]
                if _SUBJECT_KEY_RE.fullmatch(subject_key):
                    found.add(subject_key)
            if found and self._cluster:
                raise ConfigError(
                    f"PIIGUARD_REDIS_URL: this Redis Cluster holds consent keys of {len(found)} "
                    "subject(s) in the layout of an earlier piiguard release, which cannot be "
                    "moved across cluster slots; start this release once against the Redis "
                    "they came from (it moves them), then copy them again (docs/deploy.md)"
                )
            for subject_key in sorted(found):
                await self._read(keys=[*self._old_keys(subject_key), *self._keys_of(subject_key)])
            await self._client.set(self.layout_key, "2")
        except ConfigError:
            raise
        except Exception as exc:
            raise _unavailable(exc) from None
        return len(found)

    def _fence(self, subject: str) -> str:
        """On a cluster: the key in the training stream's slot that mirrors the epoch."""
        return same_slot(self._training_stream, f"fence:{subject_pseudonym(self._key, subject)}")

    def fence_key(self, subject: str) -> str | None:
        return self._fence(subject) if self._cluster else self._keys(subject)[0]

    async def _hash(self, subject: str) -> dict[str, str]:
        try:
            if self._cluster:
                raw = await self._client.hgetall(self._keys(subject)[0])
            else:
                subject_key = subject_pseudonym(self._key, subject)
                keys = [*self._old_keys(subject_key), *self._keys_of(subject_key)]
                flat: list[Any] = await self._read(keys=keys)
                raw = dict(zip(flat[::2], flat[1::2], strict=True))
        except Exception as exc:
            raise _unavailable(exc) from None
        return {_text(k): _text(v) for k, v in raw.items()}

    async def _changed(self, subject: str, result: Any) -> list[str] | None:
        """The event ids of a change script's result (None: nothing changed); on a
        cluster, first publishes the new epoch to the training stream's fence key."""
        if not result:
            return None
        epoch, *ids = result
        if self._cluster:
            try:
                await self._publish(keys=[self._fence(subject)], args=[int(epoch)])
            except Exception as exc:
                # The change stands but is not acknowledged; until the next change the
                # fence no longer matches the epoch, so training writes are refused.
                raise _unavailable(exc) from None
        return [_text(i) for i in ids]

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
            if await self._changed(change.subject, done) is not None:
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
            float(held["erased_at"]) if "erased_at" in held else None,
        )

    async def events(self, subject: str) -> list[ConsentEvent]:
        if not self._cluster:
            await self._hash(subject)  # moves keys of an earlier release's layout first
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
        return await self._changed(subject, done) is not None

    async def append_event(self, subject: str, event: ConsentEvent) -> None:
        hash_key, events_key, _ = self._keys(subject)
        try:
            done = await self._append(
                keys=[hash_key, events_key], args=[json.dumps(event.to_dict())]
            )
        except Exception as exc:
            raise _unavailable(exc) from None
        await self._changed(subject, done)

    async def link_session(self, subject: str, session_id: str) -> None:
        key, name = self._keys(subject)[2], session_name(self._key, session_id)
        try:
            if self._link_ttl is None:
                await self._client.sadd(key, name)
                return
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.sadd(key, name)
                pipe.expire(key, self._link_ttl)
                await pipe.execute()
        except Exception as exc:
            raise _unavailable(exc) from None

    async def sessions(self, subject: str) -> list[str]:
        if not self._cluster:
            await self._hash(subject)  # moves keys of an earlier release's layout first
        try:
            members = await self._client.smembers(self._keys(subject)[2])
        except Exception as exc:
            raise _unavailable(exc) from None
        return sorted(_text(m) for m in members)

    async def erase(
        self, subject: str, *, then: ConsentChange | None = None
    ) -> list[ConsentEvent]:
        check_after_erasure(subject, then)
        keys = list(self._keys(subject))
        subject_key = subject_pseudonym(self._key, subject)
        for attempt in range(_RETRIES):
            held = await self._hash(subject)
            now = self._clock()
            proof = erasure_proof(subject_key, await self.events(subject), now=now)
            args = [held.get("epoch", "0"), repr(float(now))]
            if then is None:
                args += ["", "", ""]
            else:
                # Applied to the emptied record; computed first: a change that cannot
                # apply raises before anything is erased.
                record, event = apply_change(
                    None, then, now=now, record_id=new_record_id(), subject_key=subject_key
                )
                args += [
                    f"r:{then.purpose}",
                    json.dumps(record.to_stored()),
                    json.dumps(event.to_dict()),
                ]
            args += [json.dumps(e.to_dict()) for e in proof]
            try:
                done = await self._erase(keys=keys, args=args)
            except Exception as exc:
                raise _unavailable(exc) from None
            ids = await self._changed(subject, done)
            if ids is None:
                await _backoff(attempt)
                continue
            return [
                ConsentEvent.from_dict({**e.to_dict(), "event_id": _text(i)})
                for e, i in zip(proof, ids[: len(proof)], strict=True)
            ]
        raise ConsentStoreError("consent record kept changing; retry the erasure")

    async def aclose(self) -> None:
        await self._client.aclose()
