"""Scanning what piiguard left at rest for raw personal values (one helper for every test).

`dump_redis` reads every key under a prefix and every value, whatever its type
(strings, hashes, lists, sets, sorted sets, streams); `leaks` looks for each
secret in the dumped text in the forms a careless store or log would hold it:
plain, lowercase, uppercase, base64 (standard and URL-safe, at every byte
alignment, so a value inside a larger encoded blob is found too),
percent-encoded and hex.

>>> leaks(["ok", "QW5uYSBLb3dhbHNraQ=="], ["Anna Kowalski"])
['Anna Kowalski as base64']
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

MIN_ENCODED_CHARS = 8
"""Shorter encoded fragments match by chance; every secret we test is longer."""


def _b64_cores(value: bytes) -> set[str]:
    """The base64 characters that depend only on `value`, at each of the 3 alignments."""
    cores: set[str] = set()
    for altchars in (None, b"-_"):
        for shift in range(3):
            encoded = base64.b64encode(b"\x00" * shift + value + b"\x00\x00", altchars).decode()
            first, last = shift, shift + len(value) - 1
            chars = [
                c
                for i, c in enumerate(encoded)
                if (6 * i) // 8 >= first and (6 * i + 5) // 8 <= last
            ]
            core = "".join(chars)
            if len(core) >= MIN_ENCODED_CHARS:
                cores.add(core)
    return cores


def forms(secret: str) -> dict[str, set[str]]:
    """Every form of `secret` we look for, by name."""
    raw = secret.encode()
    return {
        "plain": {secret},
        "lowercase": {secret.lower()},
        "uppercase": {secret.upper()},
        "base64": _b64_cores(raw),
        "percent-encoded": {quote(secret, safe=""), quote_plus(secret, safe="")} - {secret},
        "hex": {binascii.hexlify(raw).decode(), binascii.hexlify(raw).decode().upper()},
    }


def leaks(texts: Iterable[str], secrets: Sequence[str]) -> list[str]:
    """Which secrets appear in `texts`, each with the first form found (text forms are
    compared case-insensitively, base64 exactly)."""
    blob = "\n".join(texts)
    lowered = blob.lower()
    found: list[str] = []
    for secret in secrets:
        for name, variants in forms(secret).items():
            if any(
                (v in blob) if name == "base64" else (v.lower() in lowered) for v in variants
            ):
                found.append(f"{secret} as {name}")
                break
    return found


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, dict):
        return " ".join(f"{_text(k)}={_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return " ".join(_text(v) for v in value)
    return str(value)


async def dump_redis(client: Any, prefix: str) -> tuple[list[str], dict[str, int]]:
    """Every key under `prefix` and its whole value as text; also counts keys by type.

    Raises for a type it does not know, so nothing is skipped silently.
    """
    texts: list[str] = []
    kinds: dict[str, int] = {}
    async for key in client.scan_iter(match=f"{prefix}*", count=1000):
        kind = _text(await client.type(key))
        kinds[kind] = kinds.get(kind, 0) + 1
        texts.append(_text(key))
        if kind == "string":
            texts.append(_text(await client.get(key)))
        elif kind == "hash":
            texts.append(_text(await client.hgetall(key)))
        elif kind == "list":
            texts.append(_text(await client.lrange(key, 0, -1)))
        elif kind == "set":
            texts.append(_text(await client.smembers(key)))
        elif kind == "zset":
            texts.append(_text(await client.zrange(key, 0, -1, withscores=True)))
        elif kind == "stream":
            for entry_id, fields in await client.xrange(key):
                texts.append(_text(entry_id) + " " + _text(fields))
        else:
            raise AssertionError(f"unknown Redis type {kind} at a piiguard key")
    return texts, kinds


def read_files(paths: Iterable[Path]) -> list[str]:
    """The text of every file that exists (a missing file is not a leak; callers
    assert existence when it matters)."""
    return [p.read_text(errors="backslashreplace") for p in paths if p.exists()]
