"""A vault key dropped before its values were re-keyed, seen from a client: a clear
error that says what happened and that waiting will not mend it (acl12), on a real proxy
and the real Redis. The way out (`piiguard vault rekey`) is tested in test_encryption.py."""

from __future__ import annotations

import base64
import uuid

import httpx
import pytest
import redis

from .conftest import ProxyFactory

KEY_A = "a:" + base64.b64encode(b"A" * 32).decode()
KEY_B = "b:" + base64.b64encode(b"B" * 32).decode()
VALUE = "rotated.person@example.org"
ADMIN = "vault-keys-admin-key-0123456789"


def chat(text: str, model: str) -> dict[str, object]:
    return {"model": model, "messages": [{"role": "user", "content": text}]}


@pytest.mark.parametrize("model", ["recall", "stream"])
def test_a_dropped_key_answers_vault_key_missing(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, model: str
) -> None:
    base = {"redis_url": redis_url, "redis_prefix": redis_prefix, "secret_key": "vault-keys"}
    session = {"x-session-id": f"s-{uuid.uuid4().hex[:8]}"}
    recall = f"recall:{uuid.uuid4().hex[:8]}"
    with make_proxy({**base, "vault_key": KEY_A}) as url:
        first = httpx.post(f"{url}/v1/chat/completions", json=chat(f"I am {VALUE}", recall),
                           headers=session, timeout=30)
        assert VALUE in first.text
    with make_proxy({**base, "vault_key": KEY_B, "vault_old_keys": (KEY_A,)}) as url:
        pass  # a restart with the new key (marks it current), old values not re-keyed
    with make_proxy({**base, "vault_key": KEY_B}) as url:
        reply = httpx.post(
            f"{url}/v1/chat/completions",
            json=chat("again", recall if model == "recall" else "stream"),
            headers=session, timeout=30,
        )
    assert reply.status_code == 500, reply.text
    error = reply.json()["error"]
    assert error["code"] == "vault_key_missing"
    assert "rekey" in error["message"] and "could not be reached" not in error["message"]
    assert "retry-after" not in reply.headers
    assert VALUE not in reply.text and KEY_A.split(":")[1] not in reply.text


def test_an_export_holding_a_dropped_keys_values_says_so(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str
) -> None:
    base = {
        "redis_url": redis_url, "redis_prefix": redis_prefix, "secret_key": "vault-keys",
        "training_sink": "redis", "consent_admin_key": ADMIN,
    }
    keys = ("vault-keys-client-key-0123456789=erin",)
    client = {"authorization": "Bearer vault-keys-client-key-0123456789",
              "x-session-id": "erin-s1"}
    with make_proxy({**base, "vault_key": KEY_A}, client_keys=keys) as url:
        httpx.post(f"{url}/v1/chat/completions", json=chat(f"I am {VALUE}", "echo"),
                   headers=client, timeout=30)
    with make_proxy({**base, "vault_key": KEY_B, "vault_old_keys": (KEY_A,)}, client_keys=keys):
        pass
    with make_proxy({**base, "vault_key": KEY_B}, client_keys=keys) as url:
        reply = httpx.get(f"{url}/consent/me/export", headers=client, timeout=30)
        admin = httpx.post(f"{url}/admin/consent/export", json={"subject": "erin"},
                           headers={"x-api-key": ADMIN}, timeout=30)
    for answer in (reply, admin):
        assert answer.status_code == 500, answer.text
        assert answer.json()["error"]["code"] == "vault_key_missing"
        assert "retry-after" not in answer.headers and VALUE not in answer.text


def _flipped(sealed: bytes) -> bytes:
    """The sealed value with one bit of its ciphertext flipped (base64url, unpadded)."""
    head, _, body = sealed.rpartition(b".")
    raw = bytearray(base64.urlsafe_b64decode(body + b"=" * (-len(body) % 4)))
    raw[len(raw) // 2] ^= 0x01
    return head + b"." + base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=")


def _sealed(client: redis.Redis, key: bytes) -> dict[bytes, bytes]:
    return {f: v for f, v in client.hgetall(key).items() if v.startswith(b"g1.")}


@pytest.mark.parametrize("alteration", ["bit flipped", "two values swapped", "another's value"])
def test_an_export_holding_a_value_altered_at_rest_says_so(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, alteration: str
) -> None:
    """Found by probe_acl15: a value altered in Redis (or moved from another subject's
    session) made the chat answer 500 `vault_value_unreadable`, but the subject's and the
    operator's exports answered 503 `store_unavailable`, "retry shortly": retrying never
    helps, and the store was up. Never a wrong value either way."""
    base = {
        "redis_url": redis_url, "redis_prefix": redis_prefix, "secret_key": "vault-keys",
        "training_sink": "redis", "consent_admin_key": ADMIN, "vault_key": KEY_A,
    }
    keys = ("vault-keys-client-key-0123456789=erin", "vault-keys-client-key-9876543210=finn")
    erin = {"authorization": "Bearer vault-keys-client-key-0123456789", "x-session-id": "e1"}
    finn = {"authorization": "Bearer vault-keys-client-key-9876543210", "x-session-id": "f1"}
    other = "finn.other@example.org"
    store = redis.Redis.from_url(redis_url)
    pattern = f"{redis_prefix}:vault:*"
    with make_proxy(base, client_keys=keys) as url:
        httpx.post(f"{url}/v1/chat/completions", json=chat(f"I am {VALUE}, +48 601 234 567",
                   "echo"), headers=erin, timeout=30)
        erins = set(store.scan_iter(match=pattern))
        httpx.post(f"{url}/v1/chat/completions", json=chat(f"I am {other}, +44 20 7946 0958",
                   "echo"), headers=finn, timeout=30)
        finns = set(store.scan_iter(match=pattern)) - erins
        assert len(erins) == 1 and len(finns) == 1
        erin_key, finn_key = erins.pop(), finns.pop()
        (f1, v1), (f2, v2) = list(_sealed(store, erin_key).items())[:2]
        if alteration == "bit flipped":
            store.hset(erin_key, f1, _flipped(v1))
        elif alteration == "two values swapped":
            store.hset(erin_key, mapping={f1: v2, f2: v1})
        else:
            store.hset(erin_key, f1, next(iter(_sealed(store, finn_key).values())))
        reply = httpx.get(f"{url}/consent/me/export", headers=erin, timeout=30)
        admin = httpx.post(f"{url}/admin/consent/export", json={"subject": "erin"},
                           headers={"x-api-key": ADMIN}, timeout=30)
    store.close()
    for answer in (reply, admin):
        assert answer.status_code == 500, answer.text
        assert answer.json()["error"]["code"] == "vault_value_unreadable"
        assert "retry-after" not in answer.headers
        for value in (VALUE, other, "601 234 567", "7946 0958"):
            assert value not in answer.text
