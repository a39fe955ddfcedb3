"""`JsonlTrainingSink`: training records in a JSON Lines file (the default sink).

- Append-only and durable: each write is flushed and fsync'd before `write`
  returns; file work runs in a worker thread, never on the event loop.
  Concurrent writes share one fsync (group commit), so throughput grows with
  concurrency instead of being capped at one fsync per record.
- Owner-only: the file and its lock are 0600, also when they existed beforehand with
  a wider mode (`piiguard.private_file`), and so is a rewritten file.
- Safe rewrites: erasure and retention compaction take the same exclusive lock
  as appends (a `threading.Lock` for this process plus `fcntl.flock` on
  `<file>.lock` for other processes, such as `piiguard retention`), copy the
  records to keep into a temporary file in the same directory, fsync it and
  `os.replace` it over the original. An append waits for the lock, and a writer
  that still holds the old file open notices the new inode and reopens, so no
  record written before or after a compaction is lost.
- Lines that are no record (a write torn by a crash, bytes that are not UTF-8, JSON
  of another shape) are read past; a rewrite deletes them, since nothing attributes
  them to a subject or a deadline (nothing could ever erase or expire them), but
  never silently: `Compaction.unreadable` numbers them, and a warning names how many
  and where (never what they hold).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import anyio

from piiguard.private_file import OWNER_ONLY, open_private
from piiguard.training.sink import (
    TrainingRecord,
    TrainingSinkError,
    WriteFence,
    first_few,
    read_record,
)

logger = logging.getLogger("piiguard")


@dataclass(frozen=True, slots=True)
class Compaction:
    """What a rewrite of the file did: `deleted` records the rule did not keep, and the
    numbers (from 1) of the `unreadable` lines, deleted too.

    >>> Compaction(deleted=2, unreadable=(3, 9)).dropped
    4
    """

    deleted: int
    unreadable: tuple[int, ...] = ()

    @property
    def dropped(self) -> int:
        """Every line the rewrite took out of the file."""
        return self.deleted + len(self.unreadable)


class JsonlTrainingSink:
    """A `TrainingSink` in one JSON Lines file; `fsync=False` trades durability for speed.

    >>> # sink = JsonlTrainingSink("/var/lib/piiguard/training.jsonl")
    """

    def __init__(self, path: str | Path, *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.fsync = fsync
        self._thread_lock = threading.Lock()
        self._out: IO[str] | None = None
        self._queue_lock = threading.Lock()
        self._pending: list[tuple[int, str]] = []
        self._ticket = 0
        self._durable = 0
        self._failed: set[int] = set()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = open_private(self.lock_path, os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # closing releases the flock

    def _output(self) -> IO[str]:
        """The open append handle, reopened if the file was replaced or removed."""
        out = self._out
        if out is not None:
            try:
                if os.stat(self.path).st_ino == os.fstat(out.fileno()).st_ino:
                    return out
            except FileNotFoundError:
                pass
            out.close()
        created = not self.path.exists()
        fd = open_private(self.path, os.O_RDWR | os.O_APPEND)
        torn = False
        size = os.fstat(fd).st_size
        if size:  # a crash mid-line must not glue the next record onto a torn one
            torn = os.pread(fd, 1, size - 1) != b"\n"
        self._out = os.fdopen(fd, "a", encoding="utf-8")
        if torn:
            self._out.write("\n")
        if created and self.fsync:
            _fsync_dir(self.path.parent)
        return self._out

    def _append(self, line: str) -> None:
        # Group commit: concurrent writers queue their lines; whoever holds the lock
        # writes every queued line and fsyncs once for all of them.
        with self._queue_lock:
            self._ticket += 1
            ticket = self._ticket
            self._pending.append((ticket, line))
        with self._locked():
            with self._queue_lock:
                if ticket in self._failed:
                    self._failed.discard(ticket)
                    raise TrainingSinkError("training file write failed; nothing was stored")
                if ticket <= self._durable:
                    return  # an earlier writer's fsync covered this line
                batch, self._pending = self._pending, []
            try:
                out = self._output()
                out.write("".join(text for _, text in batch))
                out.flush()
                if self.fsync:
                    os.fsync(out.fileno())
            except BaseException:
                with self._queue_lock:
                    self._failed.update(t for t, _ in batch if t != ticket)
                    self._durable = max(self._durable, batch[-1][0])
                raise
            with self._queue_lock:
                self._durable = batch[-1][0]

    async def write(self, record: TrainingRecord, *, fence: WriteFence | None = None) -> bool:
        line = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
        await anyio.to_thread.run_sync(self._append, line)
        return True

    def _read(self) -> list[TrainingRecord]:
        with self._locked():
            return list(_parse(self.path))

    async def records_for(self, subject_key: str) -> list[TrainingRecord]:
        records = await anyio.to_thread.run_sync(self._read)
        return [r for r in records if r.subject_key == subject_key]

    async def all_records(self) -> list[TrainingRecord]:
        """Every record in the file (tests, export of the whole set)."""
        return await anyio.to_thread.run_sync(self._read)

    def rewrite(self, keep: Callable[[TrainingRecord], bool]) -> int:
        """Keep only records for which `keep` is true; returns how many lines were
        dropped, unreadable ones included (`compact` tells them apart). Blocking."""
        return self.compact(keep).dropped

    def compact(self, keep: Callable[[TrainingRecord], bool]) -> Compaction:
        """Keep only records for which `keep` is true. Lines that are no record are
        deleted too (they cannot be attributed) and numbered in the result, which its
        caller reports (erasure as a warning, `piiguard retention` on stderr: once).
        Blocking (call it from a thread or a CLI).
        """
        with self._locked():
            if not self.path.exists():
                return Compaction(0)
            deleted = 0
            unreadable: list[int] = []
            fd, tmp_name = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            try:
                with os.fdopen(fd, "wb") as tmp, self.path.open("rb") as src:
                    for number, line in enumerate(src, start=1):
                        record = read_record(line)
                        if record is None:
                            unreadable.append(number)
                        elif keep(record):
                            tmp.write(line if line.endswith(b"\n") else line + b"\n")
                        else:
                            deleted += 1
                    tmp.flush()
                    os.fsync(tmp.fileno())
                os.chmod(tmp_name, OWNER_ONLY)
                os.replace(tmp_name, self.path)
                _fsync_dir(self.path.parent)
            except BaseException:
                with suppress(FileNotFoundError):
                    os.unlink(tmp_name)
                raise
        return Compaction(deleted, tuple(unreadable))

    async def erase_subject(self, subject_key: str) -> int:
        done = await anyio.to_thread.run_sync(
            self.compact, lambda r: r.subject_key != subject_key
        )
        _warn_unreadable(done)
        return done.deleted

    async def purge_expired(self, now: float | None = None) -> int:
        cutoff = time.time() if now is None else now
        done = await anyio.to_thread.run_sync(self.compact, lambda r: r.retention_until > cutoff)
        _warn_unreadable(done)
        return done.deleted

    async def aclose(self) -> None:
        with self._thread_lock:
            if self._out is not None:
                self._out.close()
                self._out = None


def _warn_unreadable(done: Compaction) -> None:
    if done.unreadable:
        logger.warning(
            "training file: %d lines that are no training record deleted (lines %s)",
            len(done.unreadable), first_few(done.unreadable),
        )


def _parse(path: Path) -> Iterator[TrainingRecord]:
    if not path.exists():
        return
    with path.open("rb") as src:
        for line in src:
            record = read_record(line)
            if record is not None:
                yield record


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
