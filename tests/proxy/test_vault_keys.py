"""A vault key dropped before its values were re-keyed, seen from a client: a clear
error that says what happened and that waiting will not mend it (acl12), on a real proxy
and the real Redis. The way out (`piiguard vault rekey`) is tested in test_encryption.py."""

from __future__ import annotations

import base64
import uuid

import httpx
import pytest

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
