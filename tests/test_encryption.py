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
from piiguard.encryption import KeyRing, SealError, derive_key, parse_key
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
