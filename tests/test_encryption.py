"""Encryption at rest: key settings, rotation, wrong keys, tampering, TLS settings."""

from __future__ import annotations

import base64
import time
from collections.abc import AsyncIterator, Callable

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from piiguard import RedisVault, VaultError
from piiguard.config import GuardConfig
from piiguard.encryption import (
    KeyRing,
    SealError,
    VaultKeyMissingError,
    derive_key,
    parse_key,
)
from piiguard.exceptions import ConfigError
from piiguard.pipeline import Guard, build_consent_gate, build_vault

pytestmark = pytest.mark.anyio

KEY_A = base64.b64encode(b"A" * 32).decode()
KEY_B = base64.urlsafe_b64encode(b"\xfb" * 32).decode()
KEY_C = base64.b64encode(b"C" * 32).decode()
SECRET = b"shared-secret-key"
VALUES = [("PERSON", "Anna Kowalski"), ("EMAIL_ADDRESS", "anna.kowalski@example.org")]


@pytest.mark.parametrize(
    ("text", "kid"),
    [
        (f"a:{KEY_A}", "a"),
        (f"2026-12_b:{KEY_B}", "2026-12_b"),
        (KEY_B.rstrip("="), None),  # URL-safe, unpadded, named by its fingerprint
        (f"  k1:{KEY_C}  ", "k1"),
    ],
)
def test_keys_parse(text: str, kid: str | None) -> None:
    key = parse_key(text, setting="PIIGUARD_VAULT_KEY")
    assert len(key.secret) == 32
    assert key.kid == kid if kid else key.kid.startswith("f")
    assert key.secret.hex() not in repr(key)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (base64.b64encode(b"short").decode(), "32 bytes"),
        ("not base64 at all!", "base64"),
        (f"bad kid:{KEY_A}", "key id"),
        ("a:", "32 bytes"),
    ],
)
def test_bad_keys_fail_at_start_naming_the_setting(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        GuardConfig(vault_key=text)
    assert "PIIGUARD_VAULT_KEY" in str(info.value)
    assert len(text) < 8 or text not in str(info.value)
    with pytest.raises(ConfigError, match="PIIGUARD_VAULT_OLD_KEYS"):
        GuardConfig.from_env({"PIIGUARD_VAULT_OLD_KEYS": f"a:{KEY_A},{text}"})


def test_the_derived_key_is_documented_hkdf() -> None:
    expected = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"piiguard vault encryption key v1",
    ).derive(SECRET)
    assert derive_key(SECRET).secret == expected
    config = GuardConfig(secret_key=SECRET.decode())
    assert config.vault_keys().current == derive_key(SECRET)
    rotated = GuardConfig.from_env(
        {
            "PIIGUARD_SECRET_KEY": SECRET.decode(),
            "PIIGUARD_VAULT_KEY": f"b:{KEY_B}",
            "PIIGUARD_VAULT_OLD_KEYS": f"a:{KEY_A}, derived",
        }
    ).vault_keys()
    assert rotated.kids == ("b", "a", derive_key(SECRET).kid)
    assert "vault_key" not in repr(GuardConfig(vault_key=f"a:{KEY_A}"))


def test_one_key_id_cannot_name_two_keys() -> None:
    with pytest.raises(ConfigError, match="share the key id"):
        KeyRing(parse_key(f"a:{KEY_A}", setting="x"), [parse_key(f"a:{KEY_B}", setting="x")])


def test_sealed_values_are_bound_to_their_place() -> None:
    ring = KeyRing(parse_key(f"a:{KEY_A}", setting="x"))
    token = ring.seal("Anna", b"session-1")
    assert token.startswith("g1.a.") and "Anna" not in token
    assert ring.seal("Anna", b"session-1") != token  # a fresh nonce each time
    assert ring.open(token, b"session-1") == "Anna"
    for bad_aad, bad_token in [(b"session-2", token), (b"session-1", token[:-2] + "AA")]:
        with pytest.raises(SealError) as info:
            ring.open(bad_token, bad_aad)
        assert "Anna" not in str(info.value)


# -- on the real Redis --------------------------------------------------------------


VaultFactory = Callable[..., RedisVault]


@pytest.fixture
async def make_vault(redis_url: str, redis_prefix: str) -> AsyncIterator[VaultFactory]:
    """`make_vault("a:<key>", old=[...])`: a vault on the test prefix (a replica restart)."""
    from redis.asyncio import Redis

    made: list[RedisVault] = []

    def factory(current: str, old: tuple[str, ...] = ()) -> RedisVault:
        ring = KeyRing.from_settings(vault_key=current, old_keys=old, secret=SECRET)
        vault = RedisVault(Redis.from_url(redis_url), key=SECRET, keys=ring, prefix=redis_prefix)
        made.append(vault)
        return vault

    yield factory
    for vault in made:
        await vault.aclose()


async def raw_values(vault: RedisVault, session: str) -> dict[str, str]:
    held = await vault._client.hgetall(vault._session_key(session))
    return {k.decode()[2:]: v.decode() for k, v in held.items() if k.startswith(b"p:")}


async def test_rotation_keeps_old_values_readable_and_seals_new_ones_with_the_new_key(
    make_vault: VaultFactory,
) -> None:
    a = make_vault(f"a:{KEY_A}")
    await a.check_keys()
    placeholders = await a.assign("s1", VALUES, started_at=time.time())
    assert all(v.startswith("g1.a.") for v in (await raw_values(a, "s1")).values())

    b = make_vault(f"b:{KEY_B}", old=(f"a:{KEY_A}",))  # restart: current B, old A
    await b.check_keys()
    assert await b.mapping("s1") == dict(zip(placeholders, [v for _, v in VALUES], strict=True))
    assert await b.assign("s1", [("PERSON", "Jan Nowak")], started_at=time.time()) == ["<PERSON_2>"]
    sealed = await raw_values(b, "s1")
    assert sealed["<PERSON_2>"].startswith("g1.b.") and sealed["<PERSON_1>"].startswith("g1.a.")
    assert (await b.mapping("s1"))["<PERSON_2>"] == "Jan Nowak"

    # A replica that was not told about B yet (B only as old) still reads everything.
    assert len(await make_vault(f"a:{KEY_A}", old=(f"b:{KEY_B}",)).mapping("s1")) == 3

    # Dropping A too early: start-up passes (B is current), but A's values fail closed.
    b_only = make_vault(f"b:{KEY_B}")
    await b_only.check_keys()
    with pytest.raises(VaultError, match="key id 'a'") as info:
        await b_only.mapping("s1")
    assert "Anna" not in str(info.value)


@pytest.mark.parametrize(
    ("current", "old", "message"),
    [
        (f"a:{KEY_C}", (), "key with id 'a' is not the key"),  # wrong key, same id
        (f"c:{KEY_C}", (), "last sealed with key id 'a'"),  # new key, old one forgotten
        (KEY_C, (), "last sealed with key id 'a'"),  # no id given: named by fingerprint
        (f"c:{KEY_C}", (f"a:{KEY_B}",), "key with id 'a' is not the key"),  # wrong old key
    ],
)
async def test_a_wrong_key_fails_at_start(
    make_vault: VaultFactory, current: str, old: tuple[str, ...], message: str
) -> None:
    first = make_vault(f"a:{KEY_A}")
    await first.check_keys()
    await first.assign("s1", VALUES, started_at=time.time())
    with pytest.raises(ConfigError, match=message):
        await make_vault(current, old=old).check_keys()


async def test_guard_start_refuses_a_wrong_key(redis_url: str, redis_prefix: str) -> None:
    settings = {
        "detector": "patterns",
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        "secret_key": SECRET.decode(),
    }
    first = Guard(GuardConfig(**settings))  # the key derived from the secret
    await first.start()
    await first.aclose()
    wrong = Guard(GuardConfig(**settings, vault_key=f"a:{KEY_A}"))
    with pytest.raises(ConfigError, match="PIIGUARD_VAULT_KEY"):
        await wrong.start()
    await wrong.aclose()
    moved = Guard(GuardConfig(**settings, vault_key=f"a:{KEY_A}", vault_old_keys=("derived",)))
    await moved.start()  # the documented move from the derived key to an explicit one
    await moved.aclose()


@pytest.mark.parametrize("tamper", ["flip", "plain", "other-session", "other-index"])
async def test_tampered_values_fail_closed(make_vault: VaultFactory, tamper: str) -> None:
    vault = make_vault(f"a:{KEY_A}")
    await vault.assign("s1", VALUES, started_at=time.time())
    await vault.assign(
        "s2", [("PERSON", "Jan Nowak"), ("PERSON", "Anna Kowalski")], started_at=time.time()
    )
    client = vault._client
    key1, key2 = vault._session_key("s1"), vault._session_key("s2")
    token = (await raw_values(vault, "s1"))["<PERSON_1>"]
    if tamper == "flip":
        body = token.rsplit(".", 1)[1]
        flipped = body[:10] + ("A" if body[10] != "A" else "B") + body[11:]
        await client.hset(key1, "p:<PERSON_1>", token.rsplit(".", 1)[0] + "." + flipped)
    elif tamper == "plain":
        await client.hset(key1, "p:<PERSON_1>", "Anna Kowalski")
    elif tamper == "other-session":  # s1's sealed "Anna Kowalski" copied into s2
        await client.hset(key2, "p:<PERSON_2>", token)
        key1 = key2
    else:  # swap which placeholder the index points at
        held = {k.decode(): v.decode() for k, v in (await client.hgetall(key1)).items()}
        index = next(k for k, v in held.items() if k.startswith("v:") and v == "<PERSON_1>")
        await client.hset(key1, index, "<PERSON_9>")
    with pytest.raises(VaultError) as info:
        await vault.mapping("s2" if key1 == key2 else "s1")
    assert "Anna" not in str(info.value) and "Kowalski" not in str(info.value)


# -- the way out of an old key: a clear error, then `rekey` (acl12) -------------------


async def test_a_dropped_key_is_named_as_missing_not_as_unreachable(
    make_vault: VaultFactory,
) -> None:
    a = make_vault(f"a:{KEY_A}")
    await a.check_keys()
    await a.assign("s1", VALUES, started_at=time.time())
    await make_vault(f"b:{KEY_B}", old=(f"a:{KEY_A}",)).check_keys()
    b_only = make_vault(f"b:{KEY_B}")
    with pytest.raises(VaultKeyMissingError) as info:
        await b_only.mapping("s1")
    assert info.value.kid == "a" and "rekey" in str(info.value)
    assert "unavailable" not in str(info.value) and "Anna" not in str(info.value)


async def test_rekey_seals_every_value_with_the_current_key_so_the_old_one_can_go(
    make_vault: VaultFactory,
) -> None:
    a = make_vault(f"a:{KEY_A}")
    await a.check_keys()
    first = await a.assign("s1", VALUES, started_at=time.time())
    await a.assign("s2", [("PERSON", "Jan Nowak")], started_at=time.time())
    await a.erase("s3")  # a tombstone: no values, nothing to re-key
    b = make_vault(f"b:{KEY_B}", old=(f"a:{KEY_A}",))
    await b.check_keys()
    await b.assign("s1", [("PERSON", "Ewa Lis")], started_at=time.time())  # sealed with b
    ttl_before = await b._client.ttl(b._session_key("s1"))

    report = await b.rekey()
    assert report.to_dict() == {
        "sessions": 3, "resealed": 3, "already_current": 1, "changed_meanwhile": 0,
        "missing_key_ids": {}, "unreadable": 0,
    }
    assert report.complete
    for session in ("s1", "s2"):
        assert all(v.startswith("g1.b.") for v in (await raw_values(b, session)).values())
    assert 0 < await b._client.ttl(b._session_key("s1")) <= ttl_before  # TTL kept
    # The old key dropped: everything still opens, with the new key alone.
    b_only = make_vault(f"b:{KEY_B}")
    await b_only.check_keys()
    restored = await b_only.mapping("s1")
    assert [restored[p] for p in first] == [v for _, v in VALUES]
    assert (await b_only.mapping("s2")) == {"<PERSON_1>": "Jan Nowak"}
    assert (await b.rekey()).resealed == 0  # running it again is harmless


async def test_rekey_reaches_every_node_of_a_cluster(redis_cluster_url: str) -> None:
    import uuid

    from piiguard.redis_client import fast_client

    prefix = f"piiguard-test-{uuid.uuid4().hex[:12]}"

    def vault(current: str, old: tuple[str, ...] = ()) -> RedisVault:
        ring = KeyRing.from_settings(vault_key=current, old_keys=old, secret=SECRET)
        client = fast_client(redis_cluster_url, timeout_seconds=5)
        return RedisVault(client, key=SECRET, keys=ring, prefix=prefix)

    a = vault(f"a:{KEY_A}")
    sessions = [f"s{i}" for i in range(12)]  # their hashes land on every node
    for session in sessions:
        await a.assign(session, [("PERSON", f"Person {session}")], started_at=time.time())
    b = vault(f"b:{KEY_B}", old=(f"a:{KEY_A}",))
    report = await b.rekey()
    assert (report.sessions, report.resealed, report.complete) == (12, 12, True)
    b_only = vault(f"b:{KEY_B}")
    for session in sessions:
        assert await b_only.mapping(session) == {"<PERSON_1>": f"Person {session}"}
    for made in (a, b, b_only):
        await made.aclose()


async def test_rekey_counts_what_it_cannot_open_and_leaves_it(make_vault: VaultFactory) -> None:
    a = make_vault(f"a:{KEY_A}")
    await a.assign("s1", VALUES, started_at=time.time())
    b = make_vault(f"b:{KEY_B}", old=(f"a:{KEY_A}",))
    await b.assign("s2", [("PERSON", "Jan Nowak")], started_at=time.time())
    token = (await raw_values(b, "s2"))["<PERSON_1>"]  # sealed with b, then altered
    body = token.rsplit(".", 1)[1]
    await b._client.hset(
        b._session_key("s2"), "p:<PERSON_1>",
        token.rsplit(".", 1)[0] + "." + body[:10] + ("A" if body[10] != "A" else "B") + body[11:],
    )
    c = make_vault(f"c:{KEY_C}", old=(f"b:{KEY_B}",))  # a was dropped, b kept
    held = {s: await raw_values(c, s) for s in ("s1", "s2")}
    report = await c.rekey()
    assert report.missing == {"a": 2} and report.unreadable == 1 and not report.complete
    assert {s: await raw_values(c, s) for s in ("s1", "s2")} == held  # left as they are
    assert "Anna" not in str(report.to_dict()) and "Jan" not in str(report.to_dict())


@pytest.mark.parametrize(
    ("own", "other"),
    [
        ("{p}*", "{p}-b"),  # a glob star would reach every prefix it starts
        ("{p}?", "{p}x"),
        ("{p}[ab]", "{p}a"),
        ("{p}\\", "{p}"),  # an escape would make the next character literal
    ],
)
async def test_rekey_reaches_only_its_own_prefix_whatever_its_characters(
    redis_url: str, redis_prefix: str, own: str, other: str
) -> None:
    """acl16: the prefix is a literal in the SCAN pattern, never a glob: a deployment whose
    prefix holds `*`, `?`, `[` or `\\` re-keys no other deployment's sessions on the Redis."""
    from redis.asyncio import Redis

    def vault(prefix: str, current: str, old: tuple[str, ...] = ()) -> RedisVault:
        ring = KeyRing.from_settings(vault_key=current, old_keys=old, secret=SECRET)
        return RedisVault(Redis.from_url(redis_url), key=SECRET, keys=ring, prefix=prefix)

    theirs = vault(other.format(p=redis_prefix), f"a:{KEY_A}")
    await theirs.assign("s1", VALUES, started_at=time.time())
    held = await raw_values(theirs, "s1")
    mine = vault(own.format(p=redis_prefix), f"b:{KEY_B}", old=(f"a:{KEY_A}",))
    await mine.assign("s1", [("PERSON", "Jan Nowak")], started_at=time.time())

    report = await mine.rekey()
    assert (report.sessions, report.resealed, report.current, report.complete) == (1, 0, 1, True)
    assert await raw_values(theirs, "s1") == held  # still sealed with a, which they hold
    assert await theirs.mapping("s1") == {f"<{label}_1>": v for label, v in VALUES}
    for made in (theirs, mine):
        await made.aclose()


async def test_rekey_leaves_a_value_written_meanwhile(make_vault: VaultFactory) -> None:
    a = make_vault(f"a:{KEY_A}")
    await a.check_keys()
    await a.assign("s1", [("PERSON", "Anna Kowalski")], started_at=time.time())
    b = make_vault(f"b:{KEY_B}", old=(f"a:{KEY_A}",))
    # The session is erased between the read and the write back: the write is refused.
    name = b._session_key("s1")
    held = (await raw_values(b, "s1"))["<PERSON_1>"]
    assert int(await b._reseal(keys=[name], args=["p:<PERSON_1>", "other", "x"])) == 0
    await b.erase("s1")
    assert int(await b._reseal(keys=[name], args=["p:<PERSON_1>", held, "x"])) == 0
    assert await b._client.hget(name, "p:<PERSON_1>") is None


async def test_the_rekey_command_reports_counts_and_exits_by_what_is_left(
    make_vault: VaultFactory, redis_url: str, redis_prefix: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    from piiguard import vault_rekey

    a = make_vault(f"a:{KEY_A}")
    await a.check_keys()
    await a.assign("s1", VALUES, started_at=time.time())
    env = {
        "PIIGUARD_REDIS_URL": redis_url, "PIIGUARD_REDIS_PREFIX": redis_prefix,
        "PIIGUARD_SECRET_KEY": SECRET.decode(),
    }
    args = argparse.Namespace(config=None)

    async def command(**more: str) -> tuple[int, str, str]:
        import anyio.to_thread  # the command runs its own event loop: off this one

        code = await anyio.to_thread.run_sync(lambda: vault_rekey.run(args, {**env, **more}))
        out, err = capsys.readouterr()
        return code, out, err

    # The old key not kept: the keys are checked first, as the server does at start.
    code, out, err = await command(PIIGUARD_VAULT_KEY=f"b:{KEY_B}")
    assert code == 2 and "last sealed with key id 'a'" in err
    code, out, err = await command(
        PIIGUARD_VAULT_KEY=f"b:{KEY_B}", PIIGUARD_VAULT_OLD_KEYS=f"a:{KEY_A}"
    )
    assert code == 0 and json_of(out)["resealed"] == 2, (out, err)
    # Wrong key under the old id: refused before anything is touched.
    code, out, err = await command(
        PIIGUARD_VAULT_KEY=f"b:{KEY_B}", PIIGUARD_VAULT_OLD_KEYS=f"a:{KEY_C}"
    )
    assert code == 2 and "not the key" in err
    code, out, err = await command(PIIGUARD_VAULT_KEY=f"b:{KEY_B}")
    assert code == 0 and json_of(out)["already_current"] == 2
    for text in (out, err):
        assert "Anna" not in text and KEY_A not in text and KEY_B not in text
    code, out, err = await command(PIIGUARD_REDIS_URL="")
    assert code == 2 and "PIIGUARD_REDIS_URL" in err


def json_of(line: str) -> dict[str, object]:
    import json

    parsed: dict[str, object] = json.loads(line.strip().splitlines()[-1])
    return parsed


# -- TLS ----------------------------------------------------------------------------


def test_tls_settings_reach_every_redis_client(tmp_path: object) -> None:
    config = GuardConfig.from_env(
        {
            "PIIGUARD_REDIS_URL": "rediss://redis.internal:6380/0",
            "PIIGUARD_SECRET_KEY": "k",
            "PIIGUARD_REDIS_SSL_CA_CERTS": "/etc/piiguard/ca.pem",
            "PIIGUARD_REDIS_SSL_CERTFILE": "/etc/piiguard/client.pem",
            "PIIGUARD_REDIS_SSL_KEYFILE": "/etc/piiguard/client.key",
            "PIIGUARD_TRAINING_SINK": "redis",
        }
    )
    from redis.asyncio.connection import SSLConnection

    vault = build_vault(config)
    gate = build_consent_gate(config)
    assert isinstance(vault, RedisVault) and gate is not None
    clients = [vault._client, gate.store.client, gate.sink._client]  # type: ignore[attr-defined]
    for client in clients:
        pool = client.connection_pool
        assert pool.connection_class is SSLConnection
        kwargs = pool.connection_kwargs
        assert kwargs["ssl_ca_certs"] == "/etc/piiguard/ca.pem"
        assert kwargs["ssl_certfile"] == "/etc/piiguard/client.pem"
        assert kwargs["ssl_keyfile"] == "/etc/piiguard/client.key"
    assert config.redis_ssl_options("redis://plain:6379/0") == {}


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"redis_url": "redis://r:6379/0", "redis_ssl_ca_certs": "/ca.pem"}, "rediss://"),
        ({"redis_url": "rediss://r:6380/0", "redis_ssl_keyfile": "/k.pem"}, "CERTFILE"),
    ],
)
def test_tls_settings_without_tls_fail_at_start(settings: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        GuardConfig(secret_key="k", **settings)


async def test_two_replicas_starting_at_once_with_different_keys_cannot_both_start(
    make_vault: VaultFactory,
) -> None:
    import asyncio

    first, second = make_vault(f"a:{KEY_A}"), make_vault(f"a:{KEY_C}")  # same id, other key
    outcomes = await asyncio.gather(first.check_keys(), second.check_keys(), return_exceptions=True)
    assert sum(isinstance(o, ConfigError) for o in outcomes) == 1, outcomes
