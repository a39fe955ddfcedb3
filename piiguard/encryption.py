"""Encryption at rest: AES-256-GCM with key ids, for the values piiguard keeps in Redis.

A sealed value is `g1.<kid>.<base64url(nonce | ciphertext | tag)>`: the key id
travels with each value, so keys rotate without re-encrypting anything: new
values are sealed with the current key, values sealed with an old key stay
readable while that key is configured as old. The associated data (`aad`)
binds a value to where it is stored (a session's hash and field): moved
anywhere else it no longer opens. A value that does not open is an error,
never returned as it is.

Rotation, step by step (README, "Rotating the vault key"): set the new key as
`PIIGUARD_VAULT_KEY` and the old one in `PIIGUARD_VAULT_OLD_KEYS`, restart; run
`piiguard vault rekey` (every stored value sealed with an old key is opened and sealed
again with the current one, in place); then drop the old key. A value whose key id is
not configured raises `VaultKeyMissingError` (a clear error, never a value, never
"unreachable"); without any of its keys nothing can be read.

Keys come from configuration (`PIIGUARD_VAULT_KEY`: `[kid:]<base64 of 32
bytes>`) or, when none is set, are derived from the secret key with HKDF-SHA256
(`derive_key`). A key without a `kid:` prefix is named by its fingerprint.

>>> ring = KeyRing(parse_key("a:" + "QUFB" * 10 + "QUE=", setting="example"))
>>> ring.open(ring.seal("Anna", b"where"), b"where")
'Anna'
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from piiguard.exceptions import ConfigError, VaultError

KEY_BYTES = 32
"""AES-256: a vault key is 32 random bytes (`openssl rand -base64 32`)."""

TOKEN_PREFIX = "g1"
"""Format tag of a sealed value (AES-256-GCM, 96-bit random nonce)."""

HKDF_INFO = b"piiguard vault encryption key v1"
"""HKDF `info` for the key derived from the secret key (salt: none)."""

DERIVED = "derived"
"""In `PIIGUARD_VAULT_OLD_KEYS`: the key derived from the secret key (after moving
from the derived key to an explicit `PIIGUARD_VAULT_KEY`)."""

_KID_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_NONCE_BYTES = 12


class SealError(VaultError):
    """A stored value could not be opened: unknown key id, wrong key, or tampered.

    The message names the key id at most, never the value.
    """


class VaultKeyMissingError(SealError):
    """A stored value was sealed with a key id that is not configured (an old key
    dropped before its values were re-keyed or expired). Waiting does not help: the
    operator configures the key again (`PIIGUARD_VAULT_OLD_KEYS`) and re-keys
    (`piiguard vault rekey`), or the values stay unreadable until their TTL ends them.
    `kid` names the key (an id, no key material)."""

    def __init__(self, kid: str) -> None:
        super().__init__(
            f"a stored value was sealed with key id {kid!r}, which is not configured "
            "(add it to PIIGUARD_VAULT_OLD_KEYS, then run `piiguard vault rekey`)"
        )
        self.kid = kid


@dataclass(frozen=True, slots=True)
class VaultKey:
    """One encryption key and the id stored beside every value it sealed."""

    kid: str
    secret: bytes = field(repr=False)


def key_id(secret: bytes) -> str:
    """The fingerprint that names a key given without a `kid:` prefix (HMAC, not the key)."""
    return "f" + hmac.new(secret, b"piiguard key id", hashlib.sha256).hexdigest()[:10]


def parse_key(text: str, *, setting: str) -> VaultKey:
    """Read `[kid:]<base64 of 32 bytes>` (standard or URL-safe base64); errors name `setting`.

    Raises `ConfigError` without echoing the key.
    """
    text = text.strip()
    kid, sep, encoded = text.rpartition(":")
    if not sep:
        kid, encoded = "", text
    encoded = encoded.strip()
    try:
        secret = base64.b64decode(
            encoded.replace("-", "+").replace("_", "/") + "=" * (-len(encoded) % 4),
            validate=True,
        )
    except (binascii.Error, ValueError):
        raise ConfigError(f"{setting}: a key must be base64 of {KEY_BYTES} bytes") from None
    if len(secret) != KEY_BYTES:
        raise ConfigError(
            f"{setting}: a key must be base64 of {KEY_BYTES} bytes (got {len(secret)} bytes)"
        )
    kid = kid.strip()
    if kid and not _KID_RE.match(kid):
        raise ConfigError(f"{setting}: a key id must match [A-Za-z0-9_-]{{1,32}}")
    return VaultKey(kid or key_id(secret), secret)


def derive_key(secret: bytes) -> VaultKey:
    """The vault key derived from the secret key: HKDF-SHA256, no salt, `HKDF_INFO`."""
    derived = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=HKDF_INFO).derive(
        secret
    )
    return VaultKey(key_id(derived), derived)


class KeyRing:
    """The current key (seals) and old keys (still open what they sealed)."""

    def __init__(self, current: VaultKey, old: Sequence[VaultKey] = ()) -> None:
        self.current = current
        self._keys: dict[str, VaultKey] = {}
        for key in (current, *old):
            held = self._keys.get(key.kid)
            if held is not None:
                if hmac.compare_digest(held.secret, key.secret):
                    continue
                raise ConfigError(f"vault keys: two different keys share the key id {key.kid!r}")
            self._keys[key.kid] = key
        self._aead = {kid: AESGCM(key.secret) for kid, key in self._keys.items()}
        self._current = self._aead[current.kid]

    @classmethod
    def from_settings(
        cls, *, vault_key: str, old_keys: Sequence[str], secret: bytes
    ) -> KeyRing:
        """The ring from `PIIGUARD_VAULT_KEY` / `PIIGUARD_VAULT_OLD_KEYS` (else derived)."""
        current = (
            parse_key(vault_key, setting="PIIGUARD_VAULT_KEY") if vault_key else derive_key(secret)
        )
        old = [
            derive_key(secret)
            if text.strip() == DERIVED
            else parse_key(text, setting="PIIGUARD_VAULT_OLD_KEYS")
            for text in old_keys
            if text.strip()
        ]
        return cls(current, old)

    @property
    def kids(self) -> tuple[str, ...]:
        """Every key id this ring can open, the current one first."""
        return tuple(self._keys)

    def seal(self, plaintext: str, aad: bytes) -> str:
        """Encrypt `plaintext` with the current key, bound to `aad`."""
        nonce = os.urandom(_NONCE_BYTES)
        kid = self.current.kid
        sealed = self._current.encrypt(nonce, plaintext.encode(), _bind(kid, aad))
        body = base64.urlsafe_b64encode(nonce + sealed).rstrip(b"=").decode()
        return f"{TOKEN_PREFIX}.{kid}.{body}"

    def key_of(self, token: str) -> str | None:
        """The key id a sealed value names, or None if it is not a sealed value."""
        parts = token.split(".")
        return parts[1] if len(parts) == 3 and parts[0] == TOKEN_PREFIX else None

    def open(self, token: str, aad: bytes) -> str:
        """Decrypt a sealed value; raises `SealError` unless it opens under `aad`."""
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
            raise SealError("a stored value is not sealed; refusing to use it")
        _, kid, body = parts
        aead = self._aead.get(kid)
        if aead is None:
            raise VaultKeyMissingError(kid)
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _bind(kid, aad))
            return plain.decode()
        except (InvalidTag, ValueError, binascii.Error):
            raise SealError(
                f"a stored value does not open with key id {kid!r} (wrong key or tampered)"
            ) from None


def _bind(kid: str, aad: bytes) -> bytes:
    return TOKEN_PREFIX.encode() + b"\x00" + kid.encode() + b"\x00" + aad
