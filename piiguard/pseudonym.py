"""Keyed pseudonyms: how piiguard names a person or value without revealing it.

Always HMAC-SHA256 with a configured key, never a bare hash: a bare hash of a
phone number or e-mail is reversed by trying every candidate.
"""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(key: bytes, value: str, *, purpose: str = "", length: int = 16) -> str:
    """A stable hex pseudonym of `value` under `key`; `purpose` separates uses.

    >>> pseudonym(b"k", "anna@example.org") == pseudonym(b"k", "anna@example.org")
    True
    """
    # surrogatepass: a reply's text may hold a lone surrogate (a JSON escape); no other
    # text is written differently, so no pseudonym changes.
    message = f"{purpose}\x00{value}".encode("utf-8", "surrogatepass")
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:length]


def session_name(key: bytes, session_id: str) -> str:
    """The keyed pseudonym that names a chat session at rest: the vault's Redis hash and
    the consent store's per-subject session links (so erasure finds the vault entries)."""
    return pseudonym(key, session_id, purpose="vault")
