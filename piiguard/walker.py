"""Every string of a JSON document: values and object keys, at any depth, any key name
(and the digits of every long whole number: `piiguard.chat_format.number_text`).

The walker is a list of places, not of names: `leaves(document)` returns each string
with its path, whether it is an object key, and whether the format calls it structural
(`piiguard.chat_format.is_structural`); `rebuild(document, texts)` returns a new
document with the strings replaced, in the same order. Masking and restoring both go
through it, so no field is left out because nobody thought to name it.

>>> walker = Walker()
>>> doc = {"model": "m", "note": "hi", "tags": ["a", {"k": "v"}]}
>>> [leaf.text for leaf in walker.leaves(doc) if not leaf.structural]
['hi', 'a', 'v']
>>> walker.rebuild(doc, [leaf.text.upper() for leaf in walker.leaves(doc)])
{'MODEL': 'M', 'NOTE': 'HI', 'TAGS': ['A', {'K': 'V'}]}
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from piiguard.chat_format import (
    STRUCTURAL_KEYS,
    TOKEN_ID_KEYS,
    document_type,
    is_opaque,
    is_structural,
    is_structural_key,
    is_token_ids,
    may_hold_document,
    number_text,
    token_bytes,
    unwrapped_base64,
)
from piiguard.exceptions import (
    DocumentNotExaminedError,
    DocumentTooDeepError,
    TokenIdsNotExaminedError,
)

PathPart = str | int


class Leaf(NamedTuple):
    """One string of a document.

    `path` leads to the value (for a key: to the value the key names); `is_key` marks an
    object key; `structural` marks protocol strings and keys, which the pattern
    recognizers check but the word model does not read.

    An immutable named tuple rather than a frozen dataclass: every event of a reply stream
    is walked, and a named tuple is built in a third of the time.
    """

    text: str
    path: tuple[PathPart, ...]
    is_key: bool = False
    structural: bool = False
    number: bool = False
    """The digits of a JSON number (`number_text`), not a string."""


MAX_DEPTH = 128
"""Deepest nesting read; a deeper document is refused (`DocumentTooDeepError`), never
walked part-way (chat payloads, JSON schemas of tools included, stay far below it)."""


def _readable(key: PathPart | None, node: str, parent_key: PathPart | None) -> str | None:
    """The text of a string to read: None for a binary payload (kept as it is), base64
    in lines as one run (`unwrapped_base64`: masked and sent on so), else the string."""
    text = unwrapped_base64(node) or node
    return None if is_opaque(key, text, parent_key) else text


def _no_document(media_type: str) -> bool:
    return False


class Walker:
    """Lists and replaces every string of a JSON document (see the module docs).

    A document in base64 (`piiguard.chat_format.document_type`: a PDF, an Office file, an
    archive) holds text no recognizer reads: `leaves` raises `DocumentNotExaminedError`
    for one unless `passes_document(media_type)` says it may pass (as it is, unread, like
    an image). By default none may. With `refuse_token_ids` (a request's walker), a
    prompt or input given as token ids (`chat_format.is_token_ids` under
    `TOKEN_ID_KEYS`) raises `TokenIdsNotExaminedError`: numbers only the upstream's
    tokenizer reads as text.

    `seeds`: None for a request's walker (a `seed` is the caller's own setting); for a
    reply's, the seeds its request sent: a `seed` number that is none of them is read as
    digits like any number (`chat_format.number_text`). See `echoing`.
    """

    def __init__(
        self,
        structural_keys: frozenset[str] = STRUCTURAL_KEYS,
        *,
        passes_document: Callable[[str], bool] = _no_document,
        refuse_token_ids: bool = False,
        seeds: frozenset[int] | None = None,
    ) -> None:
        self.structural_keys = structural_keys
        self.passes_document = passes_document
        self.refuse_token_ids = refuse_token_ids
        self.seeds = seeds

    def echoing(self, seeds: frozenset[int]) -> Walker:
        """This walker for the reply to a request that sent `seeds`."""
        if seeds == self.seeds:
            return self
        return Walker(
            self.structural_keys,
            passes_document=self.passes_document,
            refuse_token_ids=self.refuse_token_ids,
            seeds=seeds,
        )

    def leaves(self, document: Any) -> list[Leaf]:
        """Every string in `document`, in a fixed order (keys before their values)."""
        found: list[Leaf] = []
        self._walk(document, (), None, None, found)
        return found

    def _walk(
        self,
        node: Any,
        path: tuple[PathPart, ...],
        parent: Mapping[str, Any] | None,
        parent_key: PathPart | None,
        found: list[Leaf],
    ) -> None:
        # Appends to one list (no nested generators: every event of a stream is walked).
        if len(path) > MAX_DEPTH:
            raise DocumentTooDeepError(MAX_DEPTH)
        if isinstance(node, str):
            key = path[-1] if path else None
            if may_hold_document(key, node):
                media = document_type(key, node, parent, parent_key)
                if media is not None and not self.passes_document(media):
                    raise DocumentNotExaminedError(media)
            text = _readable(key, node, parent_key)
            if text is None:
                return  # a binary payload: kept as it is (see piiguard.chat_format)
            structural = is_structural(key, text, parent, parent_key, self.structural_keys)
            found.append(Leaf(text, path, False, structural))
        elif isinstance(node, int | float):
            digits = number_text(path[-1] if path else None, node, seeds=self.seeds)
            if digits is not None:
                # A long whole number is read as its digits, by the patterns: a card
                # number sent as a JSON number is masked (into a string) like any other.
                found.append(Leaf(digits, path, False, True, True))
        elif isinstance(node, dict):
            own_key = path[-1] if path else None
            for key, value in node.items():
                child = (*path, key)
                # Keys are identifiers far more often than prose: the patterns check them
                # (a caller's own map's keys and keys with a space are content).
                found.append(Leaf(key, child, True, is_structural_key(key, own_key)))
                self._walk(value, child, node, own_key, found)
        elif isinstance(node, list):
            key = path[-1] if path else None
            if self.refuse_token_ids and key in TOKEN_ID_KEYS and is_token_ids(node):
                raise TokenIdsNotExaminedError(str(key))
            for i, value in enumerate(node):
                self._walk(value, (*path, i), parent, parent_key, found)

    def rebuild(self, document: Any, texts: Sequence[str]) -> Any:
        """A copy of `document` with its strings replaced by `texts`, in `leaves()` order.

        Two keys of one object that become the same text keep both values: the later
        one gets a numbered suffix (`[EMAIL_ADDRESS]`, `[EMAIL_ADDRESS]#2`).
        """
        replacements = iter(texts)
        rebuilt = self._rebuild(document, replacements)
        if next(replacements, None) is not None:
            raise ValueError("more texts than strings in the document")
        return rebuilt

    def _rebuild(
        self, node: Any, texts: Iterator[str], key: PathPart | None = None,
        parent_key: PathPart | None = None,
    ) -> Any:
        if isinstance(node, str):
            readable = _readable(key, node, parent_key)
            if readable is None:
                return node
            text = next(texts)
            return node if text == readable else text  # base64 in lines stays so, unmasked
        if isinstance(node, int | float):
            digits = number_text(key, node, seeds=self.seeds)
            if digits is None:
                return node
            text = next(texts)
            return node if text == digits else text  # a masked number becomes its text
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            for name, value in node.items():
                new_name = next(texts)
                if new_name in out:
                    n = 2
                    while f"{new_name}#{n}" in out:
                        n += 1
                    new_name = f"{new_name}#{n}"
                out[new_name] = self._rebuild(value, texts, name, key)
            token = node.get("token")
            if "bytes" in out and isinstance(token, str) and isinstance(out.get("token"), str):
                # A logprobs entry: its `bytes` spell its token, and follow it.
                out["bytes"] = token_bytes(token, out["token"], node["bytes"])
            return out
        if isinstance(node, list):
            return [self._rebuild(value, texts, i, parent_key) for i, value in enumerate(node)]
        return node


__all__ = ["MAX_DEPTH", "Leaf", "PathPart", "Walker"]
