"""A bounded cache of detection results: each distinct text is detected once.

A system prompt, the history a client resends with every turn and a reply the
client sends back as history are the same texts again and again; their spans come
from here instead of the model. The cache holds spans (offsets, labels, scores),
never values, under a keyed hash of the text (HMAC-SHA256 with the guard's key),
so neither the text nor a guessable digest of it is kept. One cache serves one
detector: spans of another detector (the patterns-only one) must never be mixed in.

Thread-safe: request detection and the reply guard run in worker threads.

>>> from piiguard._types import Span
>>> cache = SpanCache(b"key", max_entries=2)
>>> calls = []
>>> def detect(text):
...     calls.append(text)
...     return [Span(0, 4, "PERSON", 0.9, "ner")] if text.startswith("Anna") else []
>>> cached = cache.wrap(detect)
>>> cached("Anna says hi") == cached("Anna says hi"), len(calls)
(True, 1)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from piiguard._types import Span
from piiguard.pseudonym import pseudonym


class SpanCache:
    """Spans per text, least recently used evicted beyond `max_entries` (0: no caching)."""

    def __init__(self, key: bytes, *, max_entries: int) -> None:
        self._key = key
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[Span, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def key_of(self, text: str) -> str:
        """The keyed hash a text is stored under."""
        return pseudonym(self._key, text, purpose="span-cache", length=32)

    def get(self, key: str) -> list[Span] | None:
        """The spans stored under `key` (from `key_of`), or None."""
        if not self.max_entries:
            return None
        with self._lock:
            spans = self._entries.get(key)
            if spans is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
        return list(spans)

    def put(self, key: str, spans: Sequence[Span]) -> None:
        """Remember the spans of the text with this key."""
        if not self.max_entries:
            return
        with self._lock:
            self._entries[key] = tuple(spans)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def wrap(self, detect: Callable[[str], list[Span]]) -> Callable[[str], list[Span]]:
        """`detect` answered from the cache when the text was seen (and remembered after)."""
        if not self.max_entries:
            return detect

        def cached(text: str) -> list[Span]:
            if not text:
                return detect(text)
            key = self.key_of(text)
            spans = self.get(key)
            if spans is None:
                spans = detect(text)
                self.put(key, spans)
            return spans

        return cached


__all__ = ["SpanCache"]
