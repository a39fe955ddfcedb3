"""`RedisStreamSink`: training records in one Redis Stream (`{prefix}:training`).

Each entry has two fields: `s`, the subject's keyed pseudonym, and `d`, the
record as JSON. A training pipeline reads the stream with XREAD / XREADGROUP.

- Fenced writes: with a `WriteFence` (the consent store's hash key and epoch)
  the epoch check and the XADD run in one Lua script, so once a withdrawal is
  acknowledged by the consent store no replica can add a record for it. This
  needs the consent store and this sink on the same Redis server, or the same
  Redis Cluster (there the fence key is a copy of the epoch in the stream's slot,
  see `piiguard.consent.redis`).
- Retention: stream ids are write times, so retention is trimming by id.
  `trim_before(t)` is an exact `XTRIM MINID`; `purge_expired()` trims up to
  the first record whose deadline has not passed; with `retention_seconds` set
  every write also trims approximately (`MINID ~`), so the stream never grows
  past the retention window by much.
- Erasure scans the stream in batches and XDELs the subject's entries. XDEL frees an
  entry's bytes only when its stream node holds nothing else: the Redis server should run
  with `stream-node-max-entries 1` (`node_max_entries`; piiguard warns at start if not).
- Entries that are no record (written by another program, or altered in Redis: no `d`, not
  UTF-8, not JSON, JSON of another shape) are read past. Nothing attributes them to a
  subject or a deadline, so nothing could ever erase or expire them: erasure and
  `remove_unreadable` (which `piiguard retention` runs) delete them, never silently: a
  warning names how many and their ids (write times), never what they hold.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from piiguard.training.sink import (
    TrainingRecord,
    TrainingSinkError,
    WriteFence,
    first_few,
    read_record,
)

if TYPE_CHECKING:
    from piiguard.redis_client import RedisClient

# KEYS[1] stream, KEYS[2] (optional) fence hash. ARGV: expected epoch or '',
# approximate MINID or '', subject key, record JSON. Returns the entry id or false.
_XADD_SCRIPT = """
if #KEYS > 1 then
  if redis.call('HGET', KEYS[2], 'epoch') ~= ARGV[1] then return false end
end
if ARGV[2] ~= '' then
  return redis.call('XADD', KEYS[1], 'MINID', '~', ARGV[2], '*', 's', ARGV[3], 'd', ARGV[4])
end
return redis.call('XADD', KEYS[1], '*', 's', ARGV[3], 'd', ARGV[4])
"""

_BATCH = 500

logger = logging.getLogger(__name__)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _record(fields: dict[Any, Any]) -> TrainingRecord | None:
    """The record an entry holds (its `d` field), or None when it holds none."""
    stored = fields.get(b"d", fields.get("d"))
    return read_record(stored if isinstance(stored, (bytes, str)) else "")


class RedisStreamSink:
    """A `TrainingSink` in a Redis Stream. Pass a `redis.asyncio` client (one server,
    Sentinel or cluster, see `piiguard.redis_client.fast_client`) with timeouts set."""

    def __init__(
        self,
        client: RedisClient,
        *,
        prefix: str = "piiguard",
        stream: str = "training",
        retention_seconds: float | None = None,
    ) -> None:
        self._client = client
        self.stream_key = f"{prefix}:{stream}"
        self.retention_seconds = retention_seconds
        self._xadd = client.register_script(_XADD_SCRIPT)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "piiguard",
        stream: str = "training",
        retention_seconds: float | None = None,
        timeout_seconds: float = 1.0,
        ssl_options: Mapping[str, str] | None = None,
    ) -> RedisStreamSink:
        """A sink with a client that fails fast (timeouts, one retry without backoff)."""
        from piiguard.redis_client import fast_client

        return cls(
            fast_client(url, timeout_seconds=timeout_seconds, ssl_options=ssl_options),
            prefix=prefix,
            stream=stream,
            retention_seconds=retention_seconds,
        )

    @property
    def client(self) -> RedisClient:
        """The Redis client (the consent store that fences this stream can share it)."""
        return self._client

    async def write(self, record: TrainingRecord, *, fence: WriteFence | None = None) -> bool:
        keys = [self.stream_key] + ([fence.key] if fence else [])
        minid = ""
        if self.retention_seconds is not None:
            minid = str(int((time.time() - self.retention_seconds) * 1000))
        args = [
            str(fence.epoch) if fence else "",
            minid,
            record.subject_key,
            json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True),
        ]
        try:
            entry_id = await self._xadd(keys=keys, args=args)
        except Exception as exc:
            raise TrainingSinkError(f"training stream unavailable ({type(exc).__name__})") from None
        return entry_id is not None

    async def entries(
        self, unreadable: list[str] | None = None
    ) -> AsyncIterator[tuple[str, TrainingRecord]]:
        """Every (entry id, record), oldest first, read in batches. Entries that hold no
        record are passed over; their ids are appended to `unreadable` when given."""
        start = "-"
        while True:
            try:
                batch: list[Any] = (
                    await self._client.xrange(self.stream_key, min=start, count=_BATCH) or []
                )
            except Exception as exc:
                raise TrainingSinkError(
                    f"training stream unavailable ({type(exc).__name__})"
                ) from None
            for entry_id, fields in batch:
                record = _record(fields)
                if record is not None:
                    yield _text(entry_id), record
                elif unreadable is not None:
                    unreadable.append(_text(entry_id))
            if len(batch) < _BATCH:
                return
            start = "(" + _text(batch[-1][0])

    async def records_for(self, subject_key: str) -> list[TrainingRecord]:
        return [r async for _, r in self.entries() if r.subject_key == subject_key]

    async def node_max_entries(self) -> int | None:
        """The server's `stream-node-max-entries`, None where `CONFIG GET` is not allowed
        (managed Redis services often refuse it).

        XDEL only flags an entry deleted inside its stream node: an erased record's bytes
        stay in Redis's memory, its RDB snapshots and what replicas receive until every
        entry of that node is deleted. At 1 each entry is a node of its own, which XDEL
        frees; above 1 erasure hides records from every read but leaves them at rest.
        """
        try:
            found = await self._client.config_get("stream-node-max-entries")
        except Exception:  # CONFIG renamed or refused: unknown, not an error
            return None
        value = found.get("stream-node-max-entries") if isinstance(found, dict) else None
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    async def erase_subject(self, subject_key: str) -> int:
        """Delete the subject's records (and any entry that is no record); returns how many
        of the subject's records were deleted."""
        unreadable: list[str] = []
        ids = [i async for i, r in self.entries(unreadable) if r.subject_key == subject_key]
        removed = await self._delete(ids)
        if unreadable:
            await self._delete(unreadable)
            logger.warning(
                "training stream %s: %d entries that are no training record deleted (ids %s)",
                self.stream_key, len(unreadable), first_few(unreadable),
            )
        return removed

    async def remove_unreadable(self) -> tuple[str, ...]:
        """Delete every entry that holds no record; returns their ids, which its caller
        reports (`piiguard retention` on stderr)."""
        unreadable: list[str] = []
        async for _ in self.entries(unreadable):
            pass
        if unreadable:
            await self._delete(unreadable)
        return tuple(unreadable)

    async def _delete(self, ids: list[str]) -> int:
        removed = 0
        try:
            for n in range(0, len(ids), _BATCH):
                removed += int(await self._client.xdel(self.stream_key, *ids[n : n + _BATCH]))
        except Exception as exc:
            raise TrainingSinkError(f"training stream unavailable ({type(exc).__name__})") from None
        return removed

    async def trim_before(self, cutoff: float) -> int:
        """Delete every entry written before `cutoff` (epoch seconds): exact XTRIM MINID."""
        try:
            return int(
                await self._client.xtrim(
                    self.stream_key, minid=str(int(cutoff * 1000)), approximate=False
                )
            )
        except Exception as exc:
            raise TrainingSinkError(f"training stream unavailable ({type(exc).__name__})") from None

    async def purge_expired(self, now: float | None = None) -> int:
        """Trim up to the first entry whose `retention_until` is still ahead.

        Exact when every record got the same retention period (deadlines then
        rise with the ids); after a retention change, records behind a longer-lived
        one wait until it expires.
        """
        cutoff = time.time() if now is None else now
        first_kept: str | None = None
        async for entry_id, record in self.entries():
            if record.retention_until > cutoff:
                first_kept = entry_id
                break
        try:
            if first_kept is None:
                size = int(await self._client.xlen(self.stream_key))
                if size:
                    # Everything expired: trim by the newest id + 1 so nothing new is lost.
                    last: list[Any] = await self._client.xrevrange(self.stream_key, count=1) or []
                    ms, seq = _text(last[0][0]).split("-")
                    minid = f"{ms}-{int(seq) + 1}"
                    return int(
                        await self._client.xtrim(self.stream_key, minid=minid, approximate=False)
                    )
                return 0
            return int(
                await self._client.xtrim(self.stream_key, minid=first_kept, approximate=False)
            )
        except Exception as exc:
            raise TrainingSinkError(f"training stream unavailable ({type(exc).__name__})") from None

    async def aclose(self) -> None:
        await self._client.aclose()
