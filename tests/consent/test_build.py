"""`build_gate`: the parts it picks for each setting, and settings it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from piiguard.consent.build import SinkKind, build_gate
from piiguard.consent.gate import GateSettings
from piiguard.consent.memory import MemoryConsentStore
from piiguard.exceptions import ConfigError
from piiguard.training.jsonl import JsonlTrainingSink


def test_defaults_are_memory_store_and_jsonl_sink(tmp_path: Path) -> None:
    gate = build_gate(key=b"k", jsonl_path=tmp_path / "t.jsonl")
    assert isinstance(gate.store, MemoryConsentStore)
    assert isinstance(gate.sink, JsonlTrainingSink) and len(gate.sinks) == 1


def test_redis_parts(tmp_path: Path) -> None:
    from piiguard.consent.redis import RedisConsentStore
    from piiguard.training.redis_stream import RedisStreamSink

    gate = build_gate(
        key=b"k",
        redis_url="redis://127.0.0.1:6379/0",
        sink="both",
        jsonl_path=tmp_path / "t.jsonl",
        settings=GateSettings(retention_days=2),
    )
    assert isinstance(gate.store, RedisConsentStore)
    assert isinstance(gate.sink, RedisStreamSink) and gate.sink.retention_seconds == 2 * 86_400
    assert isinstance(gate.sinks[1], JsonlTrainingSink)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sink": "redis"}, "PIIGUARD_REDIS_URL"),
        ({"sink": "kafka"}, "one of"),
    ],
)
def test_impossible_settings_fail_at_start(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_gate(key=b"k", **kwargs)  # type: ignore[arg-type]


@pytest.mark.anyio
@pytest.mark.redis
@pytest.mark.parametrize("sink", ["jsonl", "redis", "both"])
async def test_each_configured_sink_receives_the_record(
    tmp_path: Path, redis_url: str, redis_prefix: str, sink: SinkKind
) -> None:
    from piiguard.consent.gate import MaskedTurn
    from piiguard.consent.records import ConsentChange, hash_consent_text
    from piiguard.training.redis_stream import RedisStreamSink

    path = tmp_path / "t.jsonl"
    gate = build_gate(
        key=b"k", redis_url=redis_url, redis_prefix=redis_prefix, sink=sink, jsonl_path=path
    )
    await gate.change_consent(
        ConsentChange(
            subject="u1", action="given", notice_version="v1", text_hash=hash_consent_text("ok")
        )
    )
    decision = await gate.submit(MaskedTurn.from_texts("u1", ["hi <PERSON_1>"]))
    assert decision.written
    held = {type(s).__name__: await s.records_for(gate.subject_key("u1")) for s in gate.sinks}
    expected = {"jsonl": ["JsonlTrainingSink"], "redis": ["RedisStreamSink"]}.get(
        sink, ["RedisStreamSink", "JsonlTrainingSink"]
    )
    assert sorted(held) == sorted(expected)
    assert all(
        [r.record_id for r in records] == [decision.training_record_id]
        for records in held.values()
    )
    assert path.exists() is (sink != "redis")
    if sink != "jsonl":
        assert isinstance(gate.sink, RedisStreamSink)  # the fenced sink decides first
    await gate.store.aclose()
    for part in gate.sinks:
        await part.aclose()
