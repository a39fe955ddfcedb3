"""The frames a client types on a WebSocket: held back and read as one text.

A chat app that sends what the user types as it is typed (a few characters a frame,
`{"type": "input.delta", "delta": "4111 1"}` or plain text) hands the app each value in
pieces, none of which holds the value: each frame read alone lets them all through. So
the client's short frames (`piece_chars` characters of text at most: a plain text frame's,
or the content strings of a JSON object's) are pieces of one text: `TypedFrames` holds
them back while they come, of one shape (plain text, or JSON objects with the same keys
and `type`), and the adapter sends them on, read joined and masked piece by piece
(`Guard.protect(pieces=True)`), when

- the client has sent nothing for `GuardConfig.websocket_typing_quiet_seconds`,
- it sends a frame that is no piece of what is held (a longer message, another shape,
  `{"type": "input.done"}`): the pieces go first, then that frame, checked alone,
- the pieces held reach `max_chars` characters (`websocket_typing_max_chars`), or
- the client closes (the pieces reach the app before the close).

Each frame still reaches the app as one frame, in its order; a value found across them is
masked in every piece it touches. The cost: the app sees a typed frame up to the quiet
time later than it was sent (a short whole message too: "yes" waits for the quiet).

>>> typed = TypedFrames(Walker(), piece_chars=8, max_chars=64)
>>> typed.add("my ca"), typed.add("rd 4111"), typed.add("a longer message than that")
(True, True, False)
>>> typed.take()
['my ca', 'rd 4111']
"""

from __future__ import annotations

import json
from typing import Any

from piiguard.chat_format import strict_json
from piiguard.exceptions import PiiGuardError
from piiguard.walker import Walker

Shape = tuple[Any, ...]

_FRAME_OVERHEAD = 512
"""Characters a typed piece's JSON frame may hold beyond its text (type, ids, keys)."""
_HELD_FRAMES_FACTOR = 8
"""The frames held may hold this many times `max_chars` characters in all."""

_PLAIN: Shape = ("plain text",)


class TypedFrames:
    """Client frames held back while they are pieces of one typed text (module docs)."""

    def __init__(self, walker: Walker, *, piece_chars: int, max_chars: int) -> None:
        self._walker = walker
        self._piece_chars = piece_chars
        self._max_chars = max_chars
        self._held: list[Any] = []
        self._shape: Shape | None = None
        self._chars = 0
        self._frame_chars = 0
        # A piece's whole frame: its text and what a JSON event wraps it in (a type, ids).
        self._longest_frame = 4 * piece_chars + _FRAME_OVERHEAD

    def holds(self) -> bool:
        """Whether pieces are held back."""
        return bool(self._held)

    def full(self) -> bool:
        """Whether the pieces held reach `max_chars` characters of text, or their frames
        `_HELD_FRAMES_FACTOR` times that (ids and keys count too: what is held is bounded)."""
        return (
            self._chars >= self._max_chars
            or self._frame_chars >= _HELD_FRAMES_FACTOR * self._max_chars
        )

    def add(self, text: str) -> bool:
        """Hold `text` back when it is a piece of what is held (or may start a new text,
        when nothing is); False: it is no piece, and what is held goes first."""
        piece = self._piece(text)
        if piece is None:
            return False
        document, shape, chars = piece
        if self._held and shape != self._shape:
            return False
        self._held.append(document)
        self._shape = shape
        self._chars += chars
        self._frame_chars += len(text)
        return True

    def take(self) -> list[Any]:
        """The pieces held, in order (a plain text frame as its string, a JSON one as its
        object), and nothing is held after."""
        held, self._held, self._shape = self._held, [], None
        self._chars = self._frame_chars = 0
        return held

    def _piece(self, text: str) -> tuple[Any, Shape, int] | None:
        if len(text) > self._longest_frame:
            return None  # no typed piece: checked alone (and not parsed here first)
        try:
            document = strict_json(text)  # Infinity, 1e400: text, not written on as JSON
        except (ValueError, RecursionError):
            document = None
        if isinstance(document, list):
            return None  # a batch of something: a whole message
        if not isinstance(document, dict):  # plain text (a JSON scalar too: " 10")
            return (text, _PLAIN, len(text)) if len(text) <= self._piece_chars else None
        try:
            leaves = self._walker.leaves(document)
        except PiiGuardError:
            return None  # a document, token ids, too deep: refused when checked alone
        chars = sum(len(leaf.text) for leaf in leaves if not leaf.structural)
        if not chars or chars > self._piece_chars:
            return None
        # One shape: the same keys at the same places, and the same `type` (the ids an
        # event may carry, `event_id`, differ from frame to frame).
        shape = tuple(
            (leaf.path, leaf.is_key, leaf.text if leaf.path[-1:] == ("type",) else None)
            for leaf in leaves
        )
        return document, shape, chars


def frame_text(document: Any) -> str:
    """A piece as the frame to send on (`TypedFrames.take`'s item, masked)."""
    return document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)


__all__ = ["TypedFrames", "frame_text"]
