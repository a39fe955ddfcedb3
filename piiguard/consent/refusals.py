"""Refused attempts in the audit log: who was named (by pseudonym), why, where; bounded.

A caller refused for acting as, or for, a subject it may not (a forged, expired, replayed,
foreign or too long-lived token; a key or token naming another subject; a wrong admin
key) leaves an audit entry, `action: "refused"`, so an operator can see attempts on a
person's data. The entry holds codes only:

- `subject_key`: the keyed pseudonym of the subject the attempt *named* (a token's `sub`,
  even unverified; the `x-user-id` or body `subject` it claimed), or "" when it named none;
- `detail.reason`: a code (`bad_signature`, `expired`, `token_replayed`, `wrong_subject`,
  ...), `detail.route`: the route's template from a fixed list (`route_label`: never the
  path, which may hold an id), `detail.method`, and `detail.caller_key`, the pseudonym of the
  authenticated caller, when there was one and it named someone else;
- never a token, key, raw id, claim, header or path.

Anyone can send a forged token, so anyone could write entries: `RefusalLimit` bounds them
to `per_minute` in each process (a fixed window); what it leaves out is counted, and the
next entry written says how many (`detail.suppressed`). Metrics count every refusal.

    >>> route_label("/consent/alice@example.org"), route_label("/v1/chat/completions")
    ('/consent/{subject}', '/v1/chat/completions')
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from piiguard.chat_format import GUARDED_API_PATHS, MODELS_PATH

DEFAULT_REFUSALS_PER_MINUTE = 60
"""Refused attempts written to the audit log per minute and process (the rest counted)."""

_OWN = {
    (): "/consent",
    ("me",): "/consent/me",
    ("me", "export"): "/consent/me/export",
    ("me", "erase"): "/consent/me/erase",
    ("me", "restriction"): "/consent/me/restriction",
}
_KNOWN = frozenset((*GUARDED_API_PATHS, MODELS_PATH))


def route_label(path: str) -> str:
    """The route a path is, as a template from a fixed list (`other` for the rest): a path
    may hold an id (`/consent/alice`) or a value, a template never does.

    >>> route_label("/admin/consent/bob/export"), route_label("/x/alice@example.org")
    ('/admin/consent', 'other')
    """
    if path in _KNOWN:
        return path
    segments = [s for s in path.split("/") if s]
    if segments[:2] == ["admin", "consent"]:
        return "/admin/consent"
    if "consent" not in segments:
        return "other"
    rest = tuple(segments[segments.index("consent") + 1 :])
    if rest in _OWN:
        return _OWN[rest]
    return "/consent/{subject}" if len(rest) == 1 else "other"


@dataclass(slots=True)
class RefusalLimit:
    """At most `per_minute` refusals written per fixed minute; the others counted.

    >>> limit = RefusalLimit(2, clock=lambda: 0.0)
    >>> [limit.admit() for _ in range(3)]
    [0, 0, None]
    >>> limit.clock = lambda: 61.0
    >>> limit.admit()
    1
    """

    per_minute: int = DEFAULT_REFUSALS_PER_MINUTE
    clock: Callable[[], float] = time.monotonic
    _window: float = -1.0
    _written: int = 0
    _suppressed: int = 0

    def admit(self) -> int | None:
        """None: leave this refusal out (counted). Otherwise write it, saying how many
        were left out before it (the count then starts again)."""
        window = self.clock() // 60
        if window != self._window:
            self._window, self._written = window, 0
        if self._written >= self.per_minute:
            self._suppressed += 1
            return None
        self._written += 1
        suppressed, self._suppressed = self._suppressed, 0
        return suppressed


__all__ = ["DEFAULT_REFUSALS_PER_MINUTE", "RefusalLimit", "route_label"]
