"""Redis topologies: URL parsing (one server, cluster, Sentinel, TLS), hash tags that keep a
script's keys on one cluster slot, the vault, consent store and fenced training stream on a
real three-node Redis Cluster, the consent keys of earlier releases moved to the new names,
and a Sentinel-managed primary followed through a failover."""

from __future__ import annotations

import json
import time
import traceback
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.crc import key_slot
from store_support import KEY

from piiguard.config import GuardConfig
from piiguard.consent.records import ConsentChange, hash_consent_text, subject_pseudonym
from piiguard.consent.redis import RedisConsentStore
from piiguard.exceptions import ConfigError, SessionErasedError, VaultError
from piiguard.redis_client import (
    fast_client,
    is_cluster,
    is_tls_url,
    parse_redis_url,
    same_slot,
    slot_tag,
)
from piiguard.training.redis_stream import RedisStreamSink
from piiguard.training.sink import TrainingMessage, TrainingRecord, WriteFence
from piiguard.vault import RedisVault

SUBJECT = "anna.kowalska@example.org"
HASH = hash_consent_text("I consent to improving the assistant")


def slot(key: str) -> int:
    return int(key_slot(key.encode()))


# ------------------------------------------------------------------ URLs and hash tags


@pytest.mark.parametrize(
    ("url", "topology", "tls", "nodes", "service", "db"),
    [
        ("redis://127.0.0.1:6379/2", "server", False, (), "", 0),
        ("rediss://cache.example:6380/0", "server", True, (), "", 0),
        ("unix:///run/redis.sock?db=1", "server", False, (), "", 0),
        ("redis+cluster://10.0.0.1:7000", "cluster", False, (("10.0.0.1", 7000),), "", 0),
        (
            "rediss+cluster://u:p%40ss@a.example:7000,b.example:7001/0",
            "cluster",
            True,
            (("a.example", 7000), ("b.example", 7001)),
            "",
            0,
        ),
        (
            "redis+sentinel://10.0.0.1:26379,10.0.0.2:26379/main/3",
            "sentinel",
            False,
            (("10.0.0.1", 26379), ("10.0.0.2", 26379)),
            "main",
            3,
        ),
        ("rediss+sentinel://:pw@[::1]:26379/main", "sentinel", True, (("::1", 26379),), "main", 0),
    ],
)
def test_urls_name_the_topology(
    url: str, topology: str, tls: bool, nodes: tuple[tuple[str, int], ...], service: str, db: int
) -> None:
    target = parse_redis_url(url)
    assert (target.topology, target.tls, target.nodes, target.service, target.db) == (
        topology,
        tls,
        nodes,
        service,
        db,
    )
    assert is_tls_url(url) is tls
    assert "p@ss" not in repr(target) and "pw" not in repr(target)


def test_url_credentials_are_read() -> None:
    target = parse_redis_url("redis+sentinel://app:s%3Ac+ret@h:1/main?sentinel_password=s+p%26")
    assert (target.username, target.password) == ("app", "s:c+ret")
    assert target.sentinel_password == "s+p&"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://u:hunter2@h:1", "unknown URL scheme"),
        ("redis+cluster://u:hunter2@h:1/3", "only database 0"),
        ("redis+cluster://u:hunter2@h", "host:port"),
        ("redis+cluster://u:hunter2@h:99999", "host:port"),
        ("redis+sentinel://u:hunter2@h:1", "names the service"),
        ("redis+sentinel://u:hunter2@h:1/main/x", "must be a number"),
        ("redis+sentinel://u:hunter2@h:1/main?password=x", "unknown URL parameter"),
        # one server (found by probe_acl15: a ValueError traceback at start, not a
        # ConfigError naming the setting)
        ("redis://u:hunter2@127.0.0.1:99999/0", "the port must be"),
        ("redis://:hunter2@127.0.0.1:port/0", "the port must be"),
        ("rediss://:hunter2@127.0.0.1:0/0", "the port must be"),
        ("redis://:hunter2@127.0.0.1:6379/zero", "the database must be"),
        ("redis://:hunter2@:6379/0", "names no host"),
        # found by the review of acl15: what urlsplit cannot read was a ValueError
        # traceback quoting part of the password
        ("redis://u:pa[hunter2]ss@127.0.0.1:6379/15", "URL cannot be read"),
        ("redis://:pa[hunter2@h/0", "URL cannot be read"),
    ],
)
def test_a_bad_url_names_the_setting_and_never_echoes_it(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as raised:
        GuardConfig(redis_url=url, secret_key="s")
    assert "PIIGUARD_REDIS_URL" in str(raised.value) and "hunter2" not in str(raised.value)
    assert "hunter2" not in "".join(traceback.format_exception(raised.value))  # nor chained
    with pytest.raises(ConfigError, match="PIIGUARD_CONSENT_REDIS_URL"):
        GuardConfig(consent_redis_url=url, secret_key="s")


def test_tls_settings_apply_to_every_tls_topology() -> None:
    for url in ("rediss+cluster://h:1", "rediss+sentinel://h:1/main"):
        config = GuardConfig(redis_url=url, secret_key="s", redis_ssl_ca_certs="/ca.pem")
        assert config.redis_ssl_options(url) == {"ssl_ca_certs": "/ca.pem"}
    with pytest.raises(ConfigError, match="TLS URL"):
        GuardConfig(redis_url="redis+cluster://h:1", secret_key="s", redis_ssl_ca_certs="/ca")


def test_tls_urls_build_tls_clients_for_every_topology() -> None:
    """No server needed: the clients are built, not connected."""
    from redis.asyncio.connection import SSLConnection
    from redis.asyncio.sentinel import SentinelManagedSSLConnection

    ca = {"ssl_ca_certs": "/etc/ssl/redis-ca.pem"}
    sentinel = fast_client("rediss+sentinel://:pw@127.0.0.1:1/main/2", ssl_options=ca)
    pool = sentinel.connection_pool
    assert pool.connection_class is SentinelManagedSSLConnection
    assert pool.connection_kwargs["ssl_ca_certs"] == ca["ssl_ca_certs"]
    assert pool.connection_kwargs["db"] == 2
    for watcher in pool.sentinel_manager.sentinels:  # type: ignore[attr-defined]
        assert watcher.connection_pool.connection_class is SSLConnection
    cluster = fast_client("rediss+cluster://u:p@127.0.0.1:1,127.0.0.1:2", ssl_options=ca)
    assert is_cluster(cluster)
    assert cluster.connection_kwargs["connection_class"] is SSLConnection  # type: ignore[union-attr]
    assert [n.port for n in cluster.startup_nodes] == [1, 2]  # type: ignore[union-attr]
    plain = fast_client("redis+cluster://127.0.0.1:1", ssl_options=ca)
    assert "ssl_ca_certs" not in plain.connection_kwargs  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "key",
    ["piiguard:training", "p:consent:{abc}", "{app}:training", "{app}x{y}:training"],
)
def test_same_slot_keeps_a_companion_key_in_the_slot_of_its_key(key: str) -> None:
    companion = same_slot(key, "fence:0123")
    assert companion.startswith(key)  # key-prefix ACLs (~piiguard:*) still cover it
    assert slot(companion) == slot(key)
    assert slot_tag(companion) in (slot_tag(key), key)


@pytest.mark.parametrize("prefix", ["a{}b", "odd{x", "odd}x"])
def test_braces_in_the_prefix_must_form_a_hash_tag(prefix: str) -> None:
    with pytest.raises(ConfigError, match="PIIGUARD_REDIS_PREFIX"):
        GuardConfig(redis_prefix=prefix)
    GuardConfig(redis_prefix="{piiguard}")  # one slot for everything: allowed


def test_a_subjects_consent_keys_share_a_slot_and_subjects_spread() -> None:
    store = RedisConsentStore(fast_client("redis://127.0.0.1:1/0"), key=KEY)
    subjects = [f"subject-{n}" for n in range(50)]
    for subject in subjects:
        keys = store._keys(subject)
        assert len({slot(k) for k in keys}) == 1
        assert all(k.startswith("piiguard:consent:") for k in keys)
    assert len({slot(store._keys(s)[0]) for s in subjects}) > 40


# ------------------------------------------------------------------ a real cluster


def training_record(subject_key: str, n: int) -> TrainingRecord:
    now = time.time()
    return TrainingRecord(
        record_id=f"r{n}",
        subject_key=subject_key,
        consent_record_id="c1",
        notice_version="v1",
        messages=(TrainingMessage("user", "hi <PERSON_1>"),),
        created_at=now,
        retention_until=now + 86_400,
    )


@pytest.fixture
async def cluster(redis_cluster_url: str) -> AsyncIterator[tuple[object, str]]:
    client = fast_client(redis_cluster_url, timeout_seconds=5)
    yield client, f"piiguard-test-{uuid.uuid4().hex[:12]}"
    await client.aclose()


@pytest.mark.anyio
async def test_the_vault_spreads_sessions_over_the_cluster_nodes(
    cluster: tuple[object, str],
) -> None:
    client, prefix = cluster
    assert is_cluster(client)  # type: ignore[arg-type]
    vault = RedisVault(client, key=KEY, prefix=prefix)  # type: ignore[arg-type]
    await vault.check_keys()
    sessions = [f"session-{n}" for n in range(12)]
    for n, session in enumerate(sessions):
        values = [("PERSON", f"Anna {n}"), ("PERSON", "Jan")]
        placeholders = await vault.assign(session, values, started_at=time.time())
        assert placeholders == ["<PERSON_1>", "<PERSON_2>"]
    for n, session in enumerate(sessions):
        assert await vault.mapping(session) == {"<PERSON_1>": f"Anna {n}", "<PERSON_2>": "Jan"}
    nodes = {
        client.get_node_from_key(vault._session_key(s)).name  # type: ignore[attr-defined]
        for s in sessions
    }
    assert len(nodes) >= 2  # really spread: no single-slot shortcut
    assert await vault.erase(sessions[0]) == 2 and await vault.mapping(sessions[0]) == {}
    # The erasure's tombstone lives in the session's own hash (one slot): a request that
    # began before it cannot write there, one that began after it can.
    with pytest.raises(SessionErasedError):
        await vault.assign(sessions[0], [("PERSON", "Anna 0")], started_at=time.time() - 1)
    again = await vault.assign(sessions[0], [("PERSON", "Jan")], started_at=time.time())
    assert again == ["<PERSON_1>"] and await vault.mapping(sessions[0]) == {"<PERSON_1>": "Jan"}


@pytest.mark.anyio
async def test_a_withdrawal_fences_the_training_stream_on_a_cluster(
    cluster: tuple[object, str],
) -> None:
    client, prefix = cluster
    store = RedisConsentStore(client, key=KEY, prefix=prefix)  # type: ignore[arg-type]
    sink = RedisStreamSink(client, prefix=prefix)  # type: ignore[arg-type]
    subject_key = subject_pseudonym(KEY, SUBJECT)
    give = ConsentChange(subject=SUBJECT, action="given", notice_version="v1", text_hash=HASH)
    await store.apply(give)
    fence_key = store.fence_key(SUBJECT)
    assert fence_key is not None and slot(fence_key) == slot(sink.stream_key)
    assert slot(fence_key) != slot(store._keys(SUBJECT)[0])  # the copy is what makes it work
    held = WriteFence(fence_key, (await store.snapshot(SUBJECT)).epoch)
    assert await sink.write(training_record(subject_key, 1), fence=held)
    await store.apply(ConsentChange(subject=SUBJECT, action="withdrawn"))
    assert not await sink.write(training_record(subject_key, 2), fence=held)
    now = WriteFence(fence_key, (await store.snapshot(SUBJECT)).epoch)
    assert await sink.write(training_record(subject_key, 3), fence=now)  # a fresh read passes
    assert [r.record_id for r in await sink.records_for(subject_key)] == ["r1", "r3"]
    # Erasure moves the epoch too: a fence read before it cannot match afterwards.
    await store.erase(SUBJECT)
    assert not await sink.write(training_record(subject_key, 4), fence=now)
    assert await store.sessions(SUBJECT) == []


@pytest.mark.anyio
async def test_the_fence_copy_is_only_ever_raised(cluster: tuple[object, str]) -> None:
    client, prefix = cluster
    store = RedisConsentStore(client, key=KEY, prefix=prefix)  # type: ignore[arg-type]
    fence = store._fence(SUBJECT)
    await store._publish(keys=[fence], args=[7])
    await store._publish(keys=[fence], args=[5])  # a slower, earlier change arrives late
    assert await client.hget(fence, "epoch") == b"7"  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_a_cluster_holding_old_consent_keys_refuses_to_start(
    cluster: tuple[object, str],
) -> None:
    client, prefix = cluster
    store = RedisConsentStore(client, key=KEY, prefix=prefix)  # type: ignore[arg-type]
    assert await store.upgrade_layout() == 0  # nothing old: the marker is set
    olds = [store._old_keys(subject_pseudonym(KEY, f"s{n}@example.org"))[0] for n in range(6)]
    for old in olds:
        await client.hset(old, "epoch", 3)  # type: ignore[attr-defined]
    nodes = {client.get_node_from_key(old).name for old in olds}  # type: ignore[attr-defined]
    assert len(nodes) >= 2  # the sweep must scan every primary to find them all
    assert await store.upgrade_layout() == 0  # marked: no second sweep at every start
    await client.delete(store.layout_key)  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="keys of 6 subject") as raised:
        await store.upgrade_layout()
    assert "PIIGUARD_REDIS_URL" in str(raised.value) and "example.org" not in str(raised.value)


# ------------------------------------------------------------------ the old key names


async def _write_old_layout(
    store: RedisConsentStore, client: object, subject: str, *, key: bytes = KEY
) -> None:
    """What an earlier release left: the same data under the names without a hash tag."""
    await store.apply(
        ConsentChange(subject=subject, action="given", notice_version="v1", text_hash=HASH)
    )
    await store.link_session(subject, "chat-1")
    subject_key = subject_pseudonym(key, subject)
    for new, old in zip(store._keys_of(subject_key), store._old_keys(subject_key), strict=True):
        await client.rename(new, old)  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_a_running_deployments_consent_keys_move_on_first_read(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    store = RedisConsentStore(client, key=KEY, prefix=redis_prefix)
    await _write_old_layout(store, client, SUBJECT)
    snapshot = await store.snapshot(SUBJECT)
    assert snapshot.records["model_training"].state == "given" and snapshot.epoch == 1
    assert [e.kind for e in await store.events(SUBJECT)] == ["given"]
    assert len(await store.sessions(SUBJECT)) == 1
    subject_key = subject_pseudonym(KEY, SUBJECT)
    assert await client.exists(*store._old_keys(subject_key)) == 0
    assert await client.exists(*store._keys_of(subject_key)) == 3
    await client.aclose()


@pytest.mark.anyio
async def test_old_and_new_names_merge_newest_record_wins(
    redis_url: str, redis_prefix: str
) -> None:
    """A rolling upgrade: an older replica withdrew under the old names after a newer one
    had already written under the new names."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    clock = [1_700_000_000.0]
    store = RedisConsentStore(client, key=KEY, prefix=redis_prefix, clock=lambda: clock[0])
    await _write_old_layout(store, client, SUBJECT)
    subject_key = subject_pseudonym(KEY, SUBJECT)
    old_hash = store._old_keys(subject_key)[0]
    # The new replica (not seeing the old names yet in this simulation) gives consent ...
    await client.rename(old_hash, "parked")
    clock[0] += 10
    await store.apply(
        ConsentChange(subject=SUBJECT, action="given", notice_version="v2", text_hash=HASH)
    )
    await store.link_session(SUBJECT, "chat-2")
    await client.rename("parked", old_hash)
    # ... and the old replica withdrew later still, under the old name.
    clock[0] += 10

    withdrawn = json.loads(await client.hget(old_hash, "r:model_training"))
    withdrawn.update(state="withdrawn", updated_at=clock[0])
    await client.hset(old_hash, mapping={"r:model_training": json.dumps(withdrawn), "epoch": 2})
    snapshot = await store.snapshot(SUBJECT)
    assert snapshot.records["model_training"].state == "withdrawn"  # the newest wins
    assert snapshot.epoch == 2 + 1 + 1  # no fence read on either side can match
    assert len(await store.sessions(SUBJECT)) == 2
    assert [e.kind for e in await store.events(SUBJECT)] == ["given", "given"]
    assert await client.exists(*store._old_keys(subject_key)) == 0
    await client.aclose()


@pytest.mark.anyio
async def test_the_start_up_sweep_moves_every_subject_once(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    store = RedisConsentStore(client, key=KEY, prefix=redis_prefix)
    for subject in ("a@example.org", "b@example.org"):
        await _write_old_layout(store, client, subject)
    assert await store.upgrade_layout() == 2
    assert await store.upgrade_layout() == 0
    names = {k.decode() async for k in client.scan_iter(match=f"{redis_prefix}:consent:*")}
    assert len(names) == 6 and all("{" in n for n in names)
    assert (await store.snapshot("b@example.org")).records["model_training"].state == "given"
    await client.aclose()


# ------------------------------------------------------------------ Sentinel


@pytest.mark.anyio
async def test_a_sentinel_url_follows_the_primary_through_a_failover(tmp_path: Path) -> None:
    from redis_topologies import redis_sentinel, redis_server, sentinel_failover

    if redis_server() is None:
        pytest.skip("redis-server or redis-cli is not installed: the Sentinel test needs both")
    with redis_sentinel(tmp_path, service="main") as (data, sentinel):
        url = f"redis+sentinel://127.0.0.1:{sentinel}/main/0"
        client = fast_client(url, timeout_seconds=2)
        vault = RedisVault(client, key=KEY, prefix="sentinel-test")
        store = RedisConsentStore(client, key=KEY, prefix="sentinel-test")
        await vault.check_keys()
        anna = await vault.assign("s1", [("PERSON", "Anna")], started_at=time.time())
        assert anna == ["<PERSON_1>"]
        give = ConsentChange(subject=SUBJECT, action="given", notice_version="v1", text_hash=HASH)
        await store.apply(give)
        sentinel_failover(sentinel, "main", data[0])
        # The first call after the failover may meet the demoted primary (read-only) and
        # fail closed; the client then asks the sentinel again.
        deadline = time.monotonic() + 10
        while True:
            try:
                jan = await vault.assign("s1", [("PERSON", "Jan")], started_at=time.time())
                assert jan == ["<PERSON_2>"]
                break
            except VaultError:
                assert time.monotonic() < deadline, "the client did not follow the failover"
        assert await vault.mapping("s1") == {"<PERSON_1>": "Anna", "<PERSON_2>": "Jan"}
        await store.apply(ConsentChange(subject=SUBJECT, action="withdrawn"))
        kinds = [e.kind for e in await store.events(SUBJECT)]
        assert kinds == ["given", "withdrawn"]  # the consent log survived the failover
        primary = await client.connection_pool.get_master_address()  # type: ignore[attr-defined]
        assert primary[1] == data[1], (primary, data)  # the replica was promoted, and followed
        await client.aclose()


@pytest.mark.anyio
async def test_the_guard_moves_old_consent_keys_at_start_up(
    redis_url: str, redis_prefix: str
) -> None:
    from redis.asyncio import Redis

    from piiguard.pipeline import Guard

    secret = "layout-upgrade-secret"
    client = Redis.from_url(redis_url)
    store = RedisConsentStore(client, key=secret.encode(), prefix=redis_prefix)
    await _write_old_layout(store, client, SUBJECT, key=secret.encode())
    config = GuardConfig(
        detector="patterns",
        redis_url=redis_url,
        redis_prefix=redis_prefix,
        secret_key=secret,
        training_sink="redis",
    )
    guard = Guard(config)
    await guard.start()
    await guard.aclose()
    subject_key = subject_pseudonym(secret.encode(), SUBJECT)
    assert await client.exists(*store._old_keys(subject_key)) == 0
    assert await client.exists(*store._keys_of(subject_key), store.layout_key) == 4
    await client.aclose()
