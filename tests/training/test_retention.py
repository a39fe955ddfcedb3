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


@pytest.mark.parametrize("topology", ["server", "cluster"])
def test_redis_stream_is_trimmed(
    topology: str,
    redis_prefix: str,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    from piiguard.training.redis_stream import RedisStreamSink

    fixture = "redis_url" if topology == "server" else "redis_cluster_url"
    redis_url: str = request.getfixturevalue(fixture)
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
    malformed = parse("--redis-url", "redis+sentinel://u:hunter2@h:1", "--now", str(now))
    assert retention.run(malformed) == 2
    err = capsys.readouterr().err
    assert "--redis-url" in err and "hunter2" not in err


# ---------------------------------------------------------------- the server's settings


def fill_jsonl(path: Path, now: float) -> None:
    sink = JsonlTrainingSink(path)

    async def fill() -> None:
        await sink.write(record(1, created=now - 40 * DAY, until=now - 10 * DAY))  # past deadline
        await sink.write(record(2, created=now, until=now + DAY))
        await sink.aclose()

    anyio.run(fill)


def test_the_servers_variables_name_the_jsonl_sink(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = time.time()
    path = tmp_path / "training.jsonl"
    fill_jsonl(path, now)
    env = {"PIIGUARD_TRAINING_SINK": "jsonl", "PIIGUARD_TRAINING_JSONL_PATH": str(path)}
    assert retention.run(parse("--now", str(now)), environ=env) == 0
    assert json.loads(capsys.readouterr().out) == {
        "sink": "jsonl", "path": str(path), "deleted": 1, "unreadable": 0
    }


def test_the_servers_config_file_names_the_jsonl_sink(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = time.time()
    path = tmp_path / "training.jsonl"
    fill_jsonl(path, now)
    config = tmp_path / "piiguard.toml"
    config.write_text(f'[guard]\ntraining_sink = "jsonl"\ntraining_jsonl_path = "{path}"\n')
    assert retention.run(parse("--now", str(now)), environ={"PIIGUARD_CONFIG": str(config)}) == 0
    assert json.loads(capsys.readouterr().out)["deleted"] == 1


def test_the_servers_redis_url_names_the_stream(
    redis_url: str, redis_prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One environment serves both: the server's PIIGUARD_REDIS_URL, not a variable of its own."""
    from piiguard.training.redis_stream import RedisStreamSink

    now = time.time()

    async def fill() -> None:
        sink = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
        await sink.write(record(1, created=now - 2, until=now - 1))
        await sink.write(record(2, created=now, until=now + DAY))
        await sink.aclose()

    anyio.run(fill)
    env = {
        "PIIGUARD_TRAINING_SINK": "redis",
        "PIIGUARD_REDIS_URL": redis_url,
        "PIIGUARD_REDIS_PREFIX": redis_prefix,
        "PIIGUARD_SECRET_KEY": "s" * 32,
    }
    assert retention.run(parse("--now", str(now)), environ=env) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "sink": "redis", "stream": f"{redis_prefix}:training", "deleted": 1, "unreadable": 0
    }


@pytest.mark.parametrize("vault_url", ["redis://127.0.0.1:1/0", None])
def test_the_stream_is_trimmed_where_the_server_writes_it_beside_the_consent_store(
    redis_url: str, redis_prefix: str, vault_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """acl16: with `consent_redis_url` the gate writes the stream beside the consent store
    (its fence is in the same script as the XADD); retention trimmed `redis_url`'s instead
    (a stream that is not there: records past their deadline were never deleted, exit 0),
    or named no sink at all without `redis_url`."""
    from piiguard.config import GuardConfig
    from piiguard.training.redis_stream import RedisStreamSink

    now = time.time()

    async def fill() -> None:
        sink = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
        await sink.write(record(1, created=now - 2, until=now - 1))
        await sink.write(record(2, created=now, until=now + DAY))
        await sink.aclose()

    anyio.run(fill)
    env = {
        "PIIGUARD_TRAINING_SINK": "redis",
        "PIIGUARD_CONSENT_REDIS_URL": redis_url,
        "PIIGUARD_REDIS_PREFIX": redis_prefix,
        "PIIGUARD_SECRET_KEY": "s" * 32,
        **({"PIIGUARD_REDIS_URL": vault_url} if vault_url else {}),
    }
    assert retention.run(parse("--now", str(now)), environ=env) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "sink": "redis", "stream": f"{redis_prefix}:training", "deleted": 1, "unreadable": 0
    }
    assert GuardConfig.from_env(env).consent_store_url == redis_url  # where the gate writes


def test_the_old_variables_still_work_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = time.time()
    path = tmp_path / "training.jsonl"
    fill_jsonl(path, now)
    assert (
        retention.run(parse("--now", str(now)), environ={"PIIGUARD_TRAINING_JSONL": str(path)}) == 0
    )
    captured = capsys.readouterr()
    assert json.loads(captured.out)["deleted"] == 1
    assert "PIIGUARD_TRAINING_JSONL is deprecated; use PIIGUARD_TRAINING_JSONL_PATH" in captured.err
    bad = {"PIIGUARD_TRAINING_REDIS_URL": "redis://user:pw@127.0.0.1:1/0"}
    assert retention.run(parse(), environ=bad) == 1  # read (and tried), nothing answers there
    err = capsys.readouterr().err
    assert "PIIGUARD_TRAINING_REDIS_URL is deprecated; use PIIGUARD_REDIS_URL" in err
    assert "pw" not in err


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"PIIGUARD_TRAINING_SNK": "jsonl"},
            "PIIGUARD_TRAINING_SNK; did you mean PIIGUARD_TRAINING_SINK?",
        ),
        ({"PIIGUARD_TRAINING_SINK": "file"}, 'PIIGUARD_TRAINING_SINK: expected one of "", "jsonl"'),
        ({}, "name a sink with --jsonl PATH or --redis-url URL, or set PIIGUARD_TRAINING_SINK"),
    ],
)
def test_settings_errors_stop_it_naming_the_variable(
    env: dict[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert retention.run(parse(), environ=env) == 2
    assert message in capsys.readouterr().err


def test_help_is_for_users() -> None:
    from piiguard.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    text = sub.choices["retention"].format_help()  # type: ignore[attr-defined]
    assert "Wiring" not in text and "add_arguments" not in text
    for name in ("PIIGUARD_REDIS_URL", "PIIGUARD_TRAINING_SINK", "docs/settings.md", "--config"):
        assert name in text


# Lines no record can be read from: a write torn by a crash, bytes that are not UTF-8 (a
# disk error, another program's write), JSON of another shape. Nothing attributes them to
# a subject or a deadline, so nothing could ever erase or expire them: they are deleted,
# but counted apart from the expired records and reported (by line number, never by
# content), and the run exits 1 so that cron says so.
UNREADABLE_LINES = [
    b'{"record_id": "r-91", "subject_key": "k", "messages": [{"role": "user", "content": "Anna',
    b'{"record_id": "r-92", "messages": "caf\xe9 Anna"}',
    b'{"record_id": "r-93", "note": "Anna"}',
    b"[1, 2, 3]",
]


def test_an_unreadable_line_is_deleted_counted_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    now = 1_700_000_000.0
    path = tmp_path / "t.jsonl"
    expired = record(1, created=now - 40 * DAY, until=now - 10 * DAY)
    kept = record(2, created=now - 1 * DAY, until=now + 29 * DAY)

    def line(r: TrainingRecord) -> bytes:
        return json.dumps(r.to_dict()).encode()

    path.write_bytes(b"\n".join([line(expired), *UNREADABLE_LINES, line(kept)]) + b"\n")
    assert retention.run(parse("--jsonl", str(path), "--now", str(now))) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == {"sink": "jsonl", "path": str(path), "deleted": 1, "unreadable": 4}
    assert "4 lines" in err and "2, 3, 4, 5" in err
    # Said once, by the run: no warning besides (cron mailed it twice, logging's last resort)
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == []
    assert "Anna" not in err + out and "r-9" not in err + out
    assert [json.loads(text)["record_id"] for text in path.read_text().splitlines()] == ["r2"]
    # Reported once: the next run finds nothing unreadable.
    assert retention.run(parse("--jsonl", str(path), "--now", str(now))) == 0
    assert json.loads(capsys.readouterr().out)["unreadable"] == 0


def test_a_stream_entry_that_is_no_record_is_deleted_counted_and_reported(
    redis_url: str, redis_prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from redis import Redis

    from piiguard.training.redis_stream import RedisStreamSink

    now = time.time()

    async def fill() -> None:
        sink = RedisStreamSink.from_url(redis_url, prefix=redis_prefix)
        await sink.write(record(1, created=now - 2, until=now - 1))
        await sink.write(record(2, created=now, until=now + DAY))
        await sink.aclose()

    anyio.run(fill)
    client = Redis.from_url(redis_url)
    stream = f"{redis_prefix}:training"
    bad = [client.xadd(stream, {"s": "k9", "d": line}).decode() for line in UNREADABLE_LINES]
    args = parse("--redis-url", redis_url, "--redis-prefix", redis_prefix, "--now", str(now))
    assert retention.run(args) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == {"sink": "redis", "stream": stream, "deleted": 1, "unreadable": 4}
    assert "4 entries" in err and bad[0] in err
    assert "Anna" not in err + out and "r-9" not in err + out
    assert client.xlen(stream) == 1
    # Reported once: the next run finds nothing unreadable.
    assert retention.run(args) == 0
    assert json.loads(capsys.readouterr().out)["unreadable"] == 0
    client.close()
