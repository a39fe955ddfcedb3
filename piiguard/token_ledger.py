"""Subject tokens that act once: which token ids were used, until their tokens expire.

A subject token is a bearer token until its expiry. For a chat that is enough (a replayed
chat turn reads nothing it did not send). For a change to what piiguard holds for the
subject (consent given or withdrawn, a restriction set or lifted, an erasure) it is not:
a token captured from a log, a browser history or a TLS-terminating hop would re-give
consent the person has just withdrawn. So the proxy spends the token's `jti` on such a
request (`subject_token_single_use_changes`): the first use is recorded here until the
token expires, a second one is refused. A change that is not made (a 3xx, 4xx or 5xx
answer: a redirect, another subject named, an invalid body, the store down) gives the
use back, so the person can correct the request with the same token.

The record is a name and nothing else: `SubjectToken.use_key`, an HMAC of the id under
the token secret (no subject, no token, no id in the clear), with a TTL of the token's
remaining life, so it is gone when the token could no longer be used anyway.

    >>> import asyncio
    >>> ledger = MemoryTokenLedger()
    >>> first = asyncio.run(ledger.spend("k" * 64, until=2e9))
    >>> first, asyncio.run(ledger.spend("k" * 64, until=2e9))
    (True, False)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from piiguard.exceptions import PiiGuardError

if TYPE_CHECKING:
    from piiguard.redis_client import RedisClient

DEFAULT_MAX_MEMORY_ENTRIES = 100_000
"""Most live token uses a `MemoryTokenLedger` keeps (then it refuses: fail closed)."""


class TokenLedgerError(PiiGuardError, RuntimeError):
    """The ledger could not record a use (Redis unreachable, or the memory ledger full):
    the change is refused (503), never let through unrecorded."""


class TokenLedger(Protocol):
    """Where the uses of single-use tokens are kept."""

    async def spend(self, use_key: str, *, until: float) -> bool:
        """Record a use of `use_key` until the epoch second `until`: True if this is the
        first one, False if it was used before. `TokenLedgerError` if it cannot tell."""
        ...

    async def refund(self, use_key: str) -> None:
        """Forget a use whose change was not made (a 3xx, 4xx or 5xx answer), so the holder
        may correct the request and try again. `TokenLedgerError` if it cannot."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


class MemoryTokenLedger:
    """Uses kept in this process (one worker; more need Redis, as the vault does)."""

    def __init__(
        self,
        *,
        max_entries: int = DEFAULT_MAX_MEMORY_ENTRIES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._until: dict[str, float] = {}
        self._max_entries = max_entries
        self._clock = clock

    async def spend(self, use_key: str, *, until: float) -> bool:
        now = self._clock()
        if self._until.get(use_key, 0.0) > now:
            return False
        if len(self._until) >= self._max_entries:
            self._until = {k: t for k, t in self._until.items() if t > now}
            if len(self._until) >= self._max_entries:
                raise TokenLedgerError("too many single-use tokens in flight")
        self._until[use_key] = until
        return True

    async def refund(self, use_key: str) -> None:
        self._until.pop(use_key, None)

    async def aclose(self) -> None:
        return None


class RedisTokenLedger:
    """Uses kept in Redis (`SET NX` with an expiry: atomic, shared by every worker)."""

    def __init__(self, client: RedisClient, *, prefix: str = "piiguard") -> None:
        self._client = client
        self._prefix = prefix

    def key(self, use_key: str) -> str:
        """The Redis key of a use: `{prefix}:token-use:{use_key}`."""
        return f"{self._prefix}:token-use:{use_key}"

    async def spend(self, use_key: str, *, until: float) -> bool:
        from redis.exceptions import RedisError

        # A lifetime from piiguard's clock (the one that checked `exp`), not a deadline on
        # Redis's; at least a second: a token at the very end of its life is still spent.
        lifetime_ms = max(int((until - time.time()) * 1000), 1000)
        try:
            first = await self._client.set(self.key(use_key), b"1", nx=True, px=lifetime_ms)
        except (RedisError, OSError) as exc:
            raise TokenLedgerError(f"Redis: {type(exc).__name__}") from None
        return bool(first)

    async def refund(self, use_key: str) -> None:
        from redis.exceptions import RedisError

        try:
            await self._client.delete(self.key(use_key))
        except (RedisError, OSError) as exc:
            raise TokenLedgerError(f"Redis: {type(exc).__name__}") from None

    async def aclose(self) -> None:
        await self._client.aclose()


__all__ = [
    "DEFAULT_MAX_MEMORY_ENTRIES",
    "MemoryTokenLedger",
    "RedisTokenLedger",
    "TokenLedger",
    "TokenLedgerError",
]
