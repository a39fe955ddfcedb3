"""One rule for the name patterns in settings: exact, or a prefix ending in `*`.

Routes, allowed paths, forwarded header names and pass-through content types are
all written this way.

>>> matches("/v1/files/abc", ("/v1/chat/completions", "/v1/files/*"))
True
>>> matches("x-stainless-lang", ("x-stainless-*",))
True
>>> matches("/v1/chat", ("/v1/chat/*",))
False
"""

from __future__ import annotations

from collections.abc import Iterable


def matches(name: str, patterns: Iterable[str]) -> bool:
    """Whether `name` equals a pattern, or starts with a pattern's text before its `*`."""
    return first_match(name, patterns) is not None


def first_match(name: str, patterns: Iterable[str]) -> str | None:
    """The first of `patterns` that `name` matches (see `matches`), or None.

    >>> first_match("/ws/room/7", ("/ws", "/ws/*"))
    '/ws/*'
    """
    for pattern in patterns:
        if pattern.endswith("*"):
            if name.startswith(pattern[:-1]):
                return pattern
        elif name == pattern:
            return pattern
    return None
