"""`MemoryTrainingSink`: training records in a list (tests and demos)."""

from __future__ import annotations

import time

from piiguard.training.sink import TrainingRecord, WriteFence


class MemoryTrainingSink:
    """An in-process `TrainingSink`; ignores fences (one process, the gate's lock covers it)."""

    def __init__(self) -> None:
        self.records: list[TrainingRecord] = []

    async def write(self, record: TrainingRecord, *, fence: WriteFence | None = None) -> bool:
        self.records.append(record)
        return True

    async def records_for(self, subject_key: str) -> list[TrainingRecord]:
        return [r for r in self.records if r.subject_key == subject_key]

    async def erase_subject(self, subject_key: str) -> int:
        before = len(self.records)
        self.records = [r for r in self.records if r.subject_key != subject_key]
        return before - len(self.records)

    async def purge_expired(self, now: float | None = None) -> int:
        cutoff = time.time() if now is None else now
        before = len(self.records)
        self.records = [r for r in self.records if r.retention_until > cutoff]
        return before - len(self.records)

    async def aclose(self) -> None:
        return None
