"""One person is one subject however its id is written: a subject id in NFC or NFD, in
fullwidth letters, with a ligature or a compatibility sign is the same subject for
consent, access, export, withdrawal and erasure, whichever trusted source names it
(a subject token, a back-end key's x-user-id, a key's binding, the operator). Ids with
invisible characters are refused; look-alikes from other scripts and case variants stay
other subjects (`piiguard.subject_id`). Real proxy (uvicorn), real Redis."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Any

import httpx
import pytest

from .conftest import ProxyFactory
from .test_rights import (
    ADMIN,
    ALICE_VALUE,
    CONFIRM,
    GIVE,
    KEY_BACKEND,
    SECRET,
    bearer,
    chat,
    redis_state,
    settings,
    token,
    wait_for_stream,
)

pytestmark = pytest.mark.redis

KEY_BOUND = "key-bound-forms-0123456789abcdef"
FORMS = {  # (how the issuer wrote it once, how it is written another time)
    "NFC and NFD": ("zo\u00eb", "zoe\u0308"),
    "NFD and NFC": ("zoe\u0308", "zo\u00eb"),
    "fullwidth": ("zoe-7", "\uff5a\uff4f\uff45\uff0d\uff17"),
    "Kelvin sign": ("Kai", "\u212aai"),
    "Angstrom sign": ("\u00c5sa", "\u212bsa"),
    "ligature": ("fiona", "\ufb01ona"),
    "no-break space, surrounding space": ("anna maria", " anna\u00a0maria "),
}
ADMIN_HEADERS = {"x-api-key": ADMIN}


def as_backend(subject: str) -> dict[str, Any]:
    return {**bearer(KEY_BACKEND), "x-user-id": subject.strip().encode()}


def proxy(make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, bound: str) -> Any:
    keys = (f"{KEY_BOUND}={bound}", f"{KEY_BACKEND}=*")
    return make_proxy(
        settings(redis_url, redis_prefix), client_keys=keys, subject_token_secret=SECRET
    )


@pytest.mark.parametrize(("first", "second"), FORMS.values(), ids=list(FORMS))
def test_one_person_in_two_unicode_forms_is_one_subject(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, first: str, second: str
) -> None:
    with (
        proxy(make_proxy, redis_url, redis_prefix, first) as url,
        httpx.Client(base_url=url) as c,
    ):
        assert c.post("/consent", json=GIVE, headers=token(first)).status_code == 201
        sent = c.post(
            "/v1/chat/completions", json=chat(f"write to {ALICE_VALUE}"),
            headers={**as_backend(first), "x-session-id": "s1"},
        )
        assert sent.status_code == 200, sent.text
        assert wait_for_stream(redis_url, redis_prefix, 1) == 1
        # The key bound to one form accepts the other form in x-user-id: the same subject.
        second_header = {**bearer(KEY_BOUND), "x-user-id": second.strip().encode()}
        bound = c.get("/consent", headers=second_header)
        assert bound.status_code == 200, bound.text
        assert [r["state"] for r in bound.json()["records"]] == ["given"]
        access = c.post("/admin/consent/lookup", json={"subject": second}, headers=ADMIN_HEADERS)
        assert [r["state"] for r in access.json()["records"]] == ["given"]
        export = c.get("/consent/me/export", headers=token(second))
        assert ALICE_VALUE in export.text and len(export.json()["training_records"]) == 1
        # Withdrawn in the other form: the next chat in the first form is not written.
        withdrawn = c.post("/consent", json={"action": "withdrawn"}, headers=as_backend(second))
        assert withdrawn.status_code == 201, withdrawn.text
        c.post("/v1/chat/completions", json=chat(f"again {ALICE_VALUE}"), headers=token(first))
        erased = c.post("/admin/consent/erase", json={"subject": second}, headers=ADMIN_HEADERS)
        texts, vault, streamed = redis_state(redis_url, redis_prefix)
        after = c.get("/consent/me/export", headers=token(first)).json()
    report = erased.json()
    assert report["training_records"] == 1 and report["vault_entries"] >= 2
    assert streamed == 0
    assert all(fields == ["erased_at"] for fields in vault.values())
    assert not any(ALICE_VALUE in t for t in texts)
    assert after["vault"] == {} and after["training_records"] == [] and after["erased"]


INVISIBLE = {
    "zero-width space": "ali\u200bce",
    "zero-width joiner": "ali\u200dce",
    "soft hyphen": "ali\u00adce",
    "right-to-left override": "\u202ealice",
    "byte order mark": "\ufeffalice",
    "variation selector": "alice\ufe0f",
    "Hangul filler": "alice\u3164",
}


@pytest.mark.parametrize("subject", INVISIBLE.values(), ids=list(INVISIBLE))
def test_an_id_with_invisible_characters_is_refused_everywhere(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, subject: str
) -> None:
    with (
        proxy(make_proxy, redis_url, redis_prefix, "alice") as url,
        httpx.Client(base_url=url) as c,
    ):
        assert c.post("/consent", json=GIVE, headers=token("alice")).status_code == 201
        header = c.get("/consent", headers=as_backend(subject))
        signed = c.get("/consent/me", headers=unchecked_token(subject))
        admin = c.post("/admin/consent/lookup", json={"subject": subject}, headers=ADMIN_HEADERS)
        erase = c.post("/admin/consent/erase", json={"subject": subject}, headers=ADMIN_HEADERS)
        alice = c.get("/consent/me", headers=token("alice")).json()
    assert header.status_code == 400 and header.json()["error"]["code"] == "invalid_subject"
    assert signed.status_code == 401 and signed.json()["error"]["code"] == "invalid_token"
    assert admin.status_code == erase.status_code == 422
    assert [r["state"] for r in alice["records"]] == ["given"]
    for reply in (header, signed, admin, erase):
        assert subject not in reply.text and "alice" not in reply.text


def unchecked_token(subject: str) -> dict[str, str]:
    """A validly signed token for any id, built by hand (the minting function refuses
    invalid ids): what a careless front end could send."""
    part = base64.urlsafe_b64encode(subject.encode()).rstrip(b"=").decode()
    expiry = str(int(time.time()) + 3600)
    message = b"piiguard-subject-token:v1:" + f"{part}.{expiry}".encode()
    mac = hmac.new(SECRET.encode(), message, hashlib.sha256).digest()
    signature = base64.urlsafe_b64encode(mac).rstrip(b"=").decode()
    return {"x-piiguard-subject-token": f"{part}.{expiry}.{signature}"}


OTHERS = {
    "Cyrillic a": "\u0430lice",
    "Greek omicron": "b\u03bfb",
    "upper case": "Alice",
    "digit one for l": "a1ice",
}


@pytest.mark.parametrize("other", OTHERS.values(), ids=list(OTHERS))
def test_look_alikes_of_other_scripts_and_case_are_other_subjects(
    make_proxy: ProxyFactory, redis_url: str, redis_prefix: str, other: str
) -> None:
    with (
        proxy(make_proxy, redis_url, redis_prefix, "alice") as url,
        httpx.Client(base_url=url) as c,
    ):
        for subject in ("alice", "bob"):
            assert c.post("/consent", json=GIVE, headers=token(subject)).status_code == 201
            c.post("/v1/chat/completions", json=chat(f"I am {ALICE_VALUE}"), headers=token(subject))
        own = c.get("/consent/me/export", headers=token(other))
        admin = c.post("/admin/consent/export", json={"subject": other}, headers=ADMIN_HEADERS)
        bound = c.get("/consent", headers={**bearer(KEY_BOUND), "x-user-id": other.encode()})
        erased = c.post("/consent/me/erase", json=CONFIRM, headers=token(other))
        alice = c.get("/consent/me", headers=token("alice")).json()
    assert own.status_code == admin.status_code == 200
    for reply in (own, admin):
        assert reply.json()["records"] == [] and ALICE_VALUE not in reply.text
    assert bound.status_code == 403
    assert erased.json()["training_records"] == 0
    assert [r["state"] for r in alice["records"]] == ["given"]
