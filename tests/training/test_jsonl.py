"""The JSON Lines sink: durable appends, erasure, retention compaction that never loses
newer records (also while other threads and another process append)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import anyio
import pytest

from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.sink import TrainingMessage, TrainingRecord

pytestmark = pytest.mark.anyio
NOW = 1_700_000_000.0


def record(subject_key: str = "k1", *, until: float = NOW + 100, n: int = 0) -> TrainingRecord:
    return TrainingRecord(
        record_id=f"r-{subject_key}-{n}",
        subject_key=subject_key,
        consent_record_id="c1",
        notice_version="v1",
        messages=(TrainingMessage("user", f"hello <PERSON_1> #{n}"),),
        created_at=until - 100,
        retention_until=until,
    )


async def test_append_is_durable_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "training.jsonl"
    sink = JsonlTrainingSink(path)
    assert await sink.write(record(n=1)) and await sink.write(record("k2", n=2))
    lines = path.read_text().splitlines()
    assert [json.loads(line)["record_id"] for line in lines] == ["r-k1-1", "r-k2-2"]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert [r.record_id for r in await sink.records_for("k2")] == ["r-k2-2"]
    assert TrainingRecord.from_dict(json.loads(lines[0])) == record(n=1)
    await sink.aclose()


async def test_erase_subject_removes_every_line_of_the_subject(tmp_path: Path) -> None:
    sink = JsonlTrainingSink(tmp_path / "t.jsonl")
    for n in range(5):
        await sink.write(record("k1" if n % 2 else "k2", n=n))
    assert await sink.erase_subject("k1") == 2
    assert "k1" not in (tmp_path / "t.jsonl").read_text()
    assert len(await sink.all_records()) == 3
    # The open append handle follows the new file.
    await sink.write(record("k3", n=9))
    assert [r.subject_key for r in await sink.all_records()] == ["k2", "k2", "k2", "k3"]
    await sink.aclose()


async def test_purge_expired_keeps_records_not_yet_due(tmp_path: Path) -> None:
    sink = JsonlTrainingSink(tmp_path / "t.jsonl")
    await sink.write(record(until=NOW - 1, n=1))
    await sink.write(record(until=NOW, n=2))
    await sink.write(record(until=NOW + 1, n=3))
    assert await sink.purge_expired(NOW) == 2
    assert [r.record_id for r in await sink.all_records()] == ["r-k1-3"]
    assert await JsonlTrainingSink(tmp_path / "missing.jsonl").purge_expired(NOW) == 0
    await sink.aclose()


async def test_torn_line_is_dropped_and_never_glued_to_the_next(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(record(n=1).to_dict()) + "\n" + '{"record_id": "torn", "subj')
    sink = JsonlTrainingSink(path)
    await sink.write(record(n=2))
    assert [r.record_id for r in await sink.all_records()] == ["r-k1-1", "r-k1-2"]
    assert sink.rewrite(lambda r: True) == 1  # the torn line
    assert len(path.read_text().splitlines()) == 2
    await sink.aclose()


async def test_compaction_during_concurrent_appends_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    writers = [JsonlTrainingSink(path, fsync=False) for _ in range(3)]
    compactor = JsonlTrainingSink(path)
    expired = 0
    for n in range(50):
        await writers[0].write(record("old", until=NOW - 10, n=n))
        expired += 1
    stop = threading.Event()
    dropped: list[int] = []

    def compact() -> None:
        while not stop.is_set():
            dropped.append(compactor.rewrite(lambda r: r.retention_until > NOW))

    async def append(sink: JsonlTrainingSink, who: int) -> None:
        for n in range(100):
            await sink.write(record(f"k{who}", n=n))

    async with anyio.create_task_group() as tg:
        tg.start_soon(anyio.to_thread.run_sync, compact)
        async with anyio.create_task_group() as appenders:
            for who, sink in enumerate(writers):
                appenders.start_soon(append, sink, who)
        stop.set()
    kept = await compactor.all_records()
    assert sum(dropped) == expired and len(dropped) > 1
    assert sorted(r.record_id for r in kept) == sorted(
        f"r-k{who}-{n}" for who in range(3) for n in range(100)
    )
    for sink in writers:
        await sink.aclose()


def test_retention_command_in_another_process_while_appending(tmp_path: Path) -> None:
    """The real `piiguard retention` process compacts while this process appends."""
    path = tmp_path / "t.jsonl"
    sink = JsonlTrainingSink(path, fsync=False)

    async def main() -> None:
        for n in range(20):
            await sink.write(record("old", until=NOW - 10, n=n))
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "piiguard.training.retention",
                "--jsonl",
                str(path),
                "--now",
                str(NOW),
            ],
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        )
        n = 0
        while proc.poll() is None or n < 50:
            await sink.write(record("new", n=n))
            n += 1
        out, _ = proc.communicate()
        assert proc.returncode == 0
        assert json.loads(out)["deleted"] == 20
        kept = await sink.all_records()
        assert sorted(r.record_id for r in kept) == sorted(f"r-new-{i}" for i in range(n))
        await sink.aclose()

    anyio.run(main)


async def test_concurrent_writers_share_fsyncs_and_every_record_lands_once(
    tmp_path: Path,
) -> None:
    sink = JsonlTrainingSink(tmp_path / "t.jsonl")
    async with anyio.create_task_group() as tg:
        for n in range(200):
            tg.start_soon(sink.write, record(f"k{n % 7}", n=n))
    ids = [r.record_id for r in await sink.all_records()]
    assert sorted(ids) == sorted(f"r-k{n % 7}-{n}" for n in range(200))
    await sink.aclose()


async def test_unwritable_file_fails_and_the_gate_writes_nothing(tmp_path: Path) -> None:
    from piiguard.consent.gate import ConsentGate, GateReason, MaskedTurn
    from piiguard.consent.memory import MemoryConsentStore
    from piiguard.consent.records import ConsentChange, hash_consent_text

    (tmp_path / "not-a-dir").write_text("")
    sink = JsonlTrainingSink(tmp_path / "not-a-dir" / "t.jsonl")
    with pytest.raises(OSError):
        await sink.write(record())
    gate = ConsentGate(MemoryConsentStore(key=b"k"), sink, key=b"k")
    await gate.change_consent(
        ConsentChange(
            subject="s", action="given", notice_version="v1", text_hash=hash_consent_text("ok")
        )
    )
    decision = await gate.submit(MaskedTurn.from_texts("s", ["hi"]))
    assert (decision.written, decision.reason) == (False, GateReason.SINK_ERROR)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o666, 0o604, 0o660, 0o700])
async def test_a_file_left_open_to_others_is_made_owner_only_before_a_record_is_written(
    tmp_path: Path, mode: int
) -> None:
    """An operator (or a packaging script) created the file and its lock beforehand with
    a mode others may read: the sink's first write makes both owner-only, keeping what
    the file held."""
    path = tmp_path / "training.jsonl"
    lock = tmp_path / "training.jsonl.lock"
    earlier = json.dumps(record("k0", n=0).to_dict(), sort_keys=True) + "\n"
    path.write_text(earlier)
    lock.write_text("")
    for made in (path, lock):
        made.chmod(mode)
    sink = JsonlTrainingSink(path)
    assert await sink.write(record(n=1))
    assert path.stat().st_mode & 0o777 == 0o600
    assert lock.stat().st_mode & 0o777 == 0o600
    assert [r.record_id for r in await sink.all_records()] == ["r-k0-0", "r-k1-1"]
    await sink.aclose()


async def test_a_compaction_under_umask_zero_leaves_an_owner_only_file(tmp_path: Path) -> None:
    """`piiguard retention` run by a cron with umask 0 rewrites the file: still 0600."""
    path = tmp_path / "training.jsonl"
    sink = JsonlTrainingSink(path)
    await sink.write(record("k1", until=NOW - 1, n=1))
    await sink.write(record("k2", until=NOW + 100, n=2))
    old = os.umask(0)
    try:
        assert await sink.purge_expired(now=NOW) == 1
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600
    assert [r.record_id for r in await sink.all_records()] == ["r-k2-2"]
    await sink.aclose()


async def test_lines_that_are_no_record_are_read_past_and_erasure_reports_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A line that is not UTF-8 was a UnicodeDecodeError out of every read (an export, an
    # erasure); one that is no record was dropped by an erasure without a word.
    path = tmp_path / "t.jsonl"
    path.write_bytes(
        json.dumps(record(n=1).to_dict()).encode() + b"\n"
        + b'{"record_id": "x", "note": "caf\xe9 Anna"}\n'
        + b'{"record_id": "torn", "subj\n'
        + json.dumps(record("k2", n=2).to_dict()).encode() + b"\n"
    )
    sink = JsonlTrainingSink(path)
    assert [r.record_id for r in await sink.all_records()] == ["r-k1-1", "r-k2-2"]
    with caplog.at_level("WARNING", logger="piiguard"):
        assert await sink.erase_subject("k1") == 1  # the subject's record, not the others
    assert "2 lines" in caplog.text and "2, 3" in caplog.text and "Anna" not in caplog.text
    assert [r.record_id for r in await sink.all_records()] == ["r-k2-2"]
    await sink.aclose()


async def test_a_line_nested_past_the_parsers_depth_is_read_past(tmp_path: Path) -> None:
    # json.loads raises RecursionError, no ValueError, on it: a crash of every read before
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"[" * 100_000 + b"\n" + json.dumps(record(n=1).to_dict()).encode() + b"\n")
    sink = JsonlTrainingSink(path)
    assert [r.record_id for r in await sink.all_records()] == ["r-k1-1"]
    assert await sink.erase_subject("k1") == 1
    await sink.aclose()
