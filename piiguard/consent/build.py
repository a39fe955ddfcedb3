"""`build_gate`: the consent store, training sink(s), audit log and gate from plain settings.

>>> # gate = build_gate(key=config.key, redis_url=config.consent_store_url,
>>> #                   sink="jsonl", jsonl_path="/var/lib/piiguard/training.jsonl",
>>> #                   settings=GateSettings(notice_version="2025-01"))

With `redis_url` the consent store is Redis (shared by replicas); without it,
in memory (one process). `sink` is "jsonl" (default), "redis" (needs
`redis_url`; fenced against withdrawal across replicas) or "both".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from piiguard.consent.audit import AuditLog, JsonlAuditLog, LoggingAuditLog
from piiguard.consent.gate import DAY_SECONDS, ConsentGate, GateSettings
from piiguard.consent.memory import MemoryConsentStore
from piiguard.consent.refusals import RefusalBound, SharedRefusalLimit
from piiguard.consent.store import ConsentStore
from piiguard.exceptions import ConfigError
from piiguard.training.jsonl import JsonlTrainingSink
from piiguard.training.sink import TrainingSink
from piiguard.vault import Vault

SinkKind = Literal["jsonl", "redis", "both"]


def build_gate(
    *,
    key: bytes,
    redis_url: str | None = None,
    redis_prefix: str = "piiguard",
    sink: SinkKind = "jsonl",
    jsonl_path: str | Path = "piiguard-training.jsonl",
    audit_path: str | Path | None = None,
    settings: GateSettings | None = None,
    timeout_seconds: float = 1.0,
    ssl_options: Mapping[str, str] | None = None,
    vault: Vault | None = None,
) -> ConsentGate:
    """A ready `ConsentGate`; raises `ConfigError` for an impossible combination.

    The audit log goes to `audit_path` (JSON Lines) or else to the
    `piiguard.audit` logger. `ssl_options` are redis-py's TLS arguments for a
    `rediss://` URL (`GuardConfig.redis_ssl_options`). `vault` is where a
    minor's Vault entries are erased (see `ConsentGate.change_consent`).
    """
    settings = settings or GateSettings()
    if sink not in ("jsonl", "redis", "both"):
        raise ConfigError("training sink must be one of 'jsonl', 'redis', 'both'")
    if sink != "jsonl" and not redis_url:
        raise ConfigError(f"training sink {sink!r} needs PIIGUARD_REDIS_URL")
    store: ConsentStore
    sinks: list[TrainingSink] = []
    refusals: RefusalBound | None = None  # without Redis: the gate's per-process bound
    if redis_url:
        from piiguard.consent.redis import RedisConsentStore
        from piiguard.training.redis_stream import RedisStreamSink

        stream = RedisStreamSink.from_url(
            redis_url,
            prefix=redis_prefix,
            retention_seconds=settings.retention_days * DAY_SECONDS,
            timeout_seconds=timeout_seconds,
            ssl_options=ssl_options,
        )
        # The stream's writes fence on this store (on a cluster, via a key in its slot).
        store = RedisConsentStore(
            stream.client, key=key, prefix=redis_prefix, training_stream=stream.stream_key,
            # Twice the vault's TTL: a link outlives every entry it leads to.
            session_link_ttl_seconds=math.ceil(2 * vault.ttl_seconds) if vault else None,
        )
        if sink in ("redis", "both"):
            sinks.append(stream)
        # Every worker on this Redis shares one bound on refused attempts in the audit log.
        refusals = SharedRefusalLimit(
            stream.client,
            prefix=redis_prefix,
            per_minute=settings.audit_refusals_per_minute,
            timeout_seconds=timeout_seconds,
        )
    else:
        store = MemoryConsentStore(key=key)
    if sink in ("jsonl", "both"):
        sinks.append(JsonlTrainingSink(jsonl_path))
    audit: AuditLog = JsonlAuditLog(audit_path) if audit_path else LoggingAuditLog()
    return ConsentGate(
        store,
        sinks[0],
        key=key,
        extra_sinks=sinks[1:],
        settings=settings,
        audit=audit,
        vault=vault,
        refusals=refusals,
    )
