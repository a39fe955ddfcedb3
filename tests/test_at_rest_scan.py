"""The at-rest scan finds a value in every form it claims to (so its silence means something)."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import quote

import pytest
from at_rest import leaks

SECRET = "Anna Kowalski"


@pytest.mark.parametrize(
    ("stored", "form"),
    [
        ("name=Anna Kowalski;", "plain"),
        ("name=anna kowalski;", "plain"),
        ("NAME=ANNA KOWALSKI", "plain"),
        (base64.b64encode(SECRET.encode()).decode(), "base64"),
        # Inside a larger encoded blob, at each byte alignment, standard and URL-safe.
        (base64.b64encode(b"x" + SECRET.encode() + b"y").decode(), "base64"),
        (base64.b64encode(b"xy" + SECRET.encode()).decode(), "base64"),
        (base64.urlsafe_b64encode(b"\xfb\xff" + SECRET.encode()).decode(), "base64"),
        (quote(SECRET), "percent-encoded"),
        ("name=Anna+Kowalski", "percent-encoded"),
        (binascii.hexlify(SECRET.encode()).decode(), "hex"),
        (binascii.hexlify(SECRET.encode()).decode().upper(), "hex"),
    ],
)
def test_each_form_is_found(stored: str, form: str) -> None:
    assert leaks(["noise", stored], [SECRET]) == [f"{SECRET} as {form}"]


@pytest.mark.parametrize(
    "stored",
    [
        "g1.fa1b2c3d4e5.cGxhaW4gdGV4dCB0aGF0IGlzIG5vdCBpdA",
        "<PERSON_1> wrote to <EMAIL_ADDRESS_1>",
        "0f3a9c1d2e4b5a6c",
    ],
)
def test_sealed_masked_and_pseudonymous_text_is_clean(stored: str) -> None:
    assert leaks([stored], [SECRET]) == []
