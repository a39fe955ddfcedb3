"""`piiguard retention` (`add_arguments` + `run`): compacts JSONL files, trims the stream."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import anyio
import pytest

from piiguard.training import retention
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.sink import TrainingMessage, TrainingRecord

DAY = 86_400.0


def record(n: int, *, created: float, until: float) -> TrainingRecord:
    return TrainingRecord(
        record_id=f"r{n}",
        subject_key="k",
        consent_record_id="c",
        notice_version="v1",
        messages=(TrainingMessage("user", "hi"),),
        created_at=created,
        retention_until=until,
    )


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    retention.add_arguments(parser)
    return parser.parse_args(argv)


def test_jsonl_deadlines_and_older_than(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    now = 1_700_000_000.0
    path = tmp_path / "t.jsonl"
    sink = JsonlTrainingSink(path)

    async def fill() -> None:
        await sink.write(record(1, created=now - 40 * DAY, until=now - 10 * DAY))  # past deadline
        await sink.write(record(2, created=now - 20 * DAY, until=now + 10 * DAY))  # too old
        await sink.write(record(3, created=now - 1 * DAY, until=now + 29 * DAY))  # kept
        await sink.aclose()

    anyio.run(fill)
    assert retention.run(parse("--jsonl", str(path), "--now", str(now))) == 0
    assert json.loads(capsys.readouterr().out)["deleted"] == 1
    args = parse("--jsonl", str(path), "--now", str(now), "--older-than-days", "7")
    assert retention.run(args) == 0
    assert json.loads(capsys.readouterr().out)["deleted"] == 1
    assert [json.loads(line)["record_id"] for line in path.read_text().splitlines()] == ["r3"]


def test_without_a_sink_or_with_bad_days_it_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("PIIGUARD_TRAINING_JSONL", raising=False)
    monkeypatch.delenv("PIIGUARD_TRAINING_REDIS_URL", raising=False)
    assert retention.run(parse()) == 2
    assert "--jsonl" in capsys.readouterr().err
    assert retention.run(parse("--jsonl", str(tmp_path / "x"), "--older-than-days", "0")) == 2


def test_redis_stream_is_trimmed(
    redis_url: str, redis_prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from piiguard.training.redis_stream import RedisStreamSink

    now = time.time()

    async def fill() -> int:
        sink = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
        await sink.write(record(1, created=now - 2, until=now - 1))
        await sink.write(record(2, created=now, until=now + DAY))
        await sink.aclose()
        return 0

    anyio.run(fill)
    args = parse("--redis-url", redis_url, "--redis-prefix", redis_prefix, "--now", str(now))
    assert retention.run(args) == 0
    assert json.loads(capsys.readouterr().out)["deleted"] == 1
    bad = parse("--redis-url", "redis://127.0.0.1:1/0", "--redis-prefix", redis_prefix)
    assert retention.run(bad) == 1
