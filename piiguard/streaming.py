"""Streaming restore: put the session's values back into a reply that arrives in pieces.

A placeholder can be split across chunks (`<PERS` + `ON_1>`), so the restorer
holds back only a tail that could still become a placeholder (at most
`MAX_PLACEHOLDER_LEN` characters) and emits everything else at once.
Pure and synchronous: `feed(chunk) -> text`, `flush() -> text`.

>>> r = StreamRestorer({"<PERSON_1>": "Anna"})
>>> [r.feed(c) for c in ["hi <PER", "SON_1", ">!"]] + [r.flush()]
['hi ', '', 'Anna!', '']
"""

from __future__ import annotations

import re

from piiguard.vault import MAX_PLACEHOLDER_LEN, restore

# A tail that may still grow into a placeholder: "<", "<PERSON", "<PERSON_1".
_OPEN_TAIL_RE = re.compile(r"<[A-Z0-9_]*\Z")


class StreamRestorer:
    """Restores placeholders in a stream of text chunks, holding back as little as possible."""

    def __init__(self, mapping: dict[str, str], *, max_hold: int = MAX_PLACEHOLDER_LEN) -> None:
        self._mapping = mapping
        self._max_hold = max_hold
        self._pending = ""

    @property
    def pending(self) -> str:
        return self._pending

    def feed(self, chunk: str) -> str:
        """Text that is safe to emit after `chunk` arrived."""
        if not self._mapping:
            return chunk
        buffer = self._pending + chunk
        cut = len(buffer)
        start = buffer.rfind("<", max(0, len(buffer) - self._max_hold))
        if start != -1 and _OPEN_TAIL_RE.match(buffer, start):
            cut = start
        self._pending = buffer[cut:]
        return restore(buffer[:cut], self._mapping)

    def flush(self) -> str:
        """The held-back rest at the end of the stream."""
        rest, self._pending = self._pending, ""
        return restore(rest, self._mapping)
