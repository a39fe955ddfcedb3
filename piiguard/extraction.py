"""Finding the user's text inside a JSON request body.

An extractor returns `TextField`s: a path to a string inside the parsed body and
the chat role it belongs to (when known). The middleware masks exactly those
strings and writes them back at the same paths.

The default `ChatExtractor` knows the OpenAI chat format (every role's
`content` as a string or as a list of parts, `name`, tool-call `arguments`,
`user`, `metadata`, legacy `prompt`, `input`) and plain `{"message": "..."}` /
`{"text": "..."}` bodies; more JSON paths are configurable (`a.b[].c`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from piiguard.exceptions import ConfigError

PathPart = str | int


@dataclass(frozen=True, slots=True)
class TextField:
    path: tuple[PathPart, ...]
    role: str | None = None


class Extractor(Protocol):
    def fields(self, body: Any) -> list[TextField]: ...


def get_path(document: Any, path: Sequence[PathPart]) -> Any:
    for part in path:
        document = document[part]
    return document


def set_path(document: Any, path: Sequence[PathPart], value: Any) -> None:
    get_path(document, path[:-1])[path[-1]] = value


def _compile(path: str) -> tuple[str, ...]:
    parts = tuple(p for p in path.split(".") if p)
    if not parts or any(p != "[]" and not p.rstrip("[]") for p in parts):
        raise ConfigError(f"json path {path!r} is not of the form a.b[].c")
    return parts


def _walk(document: Any, parts: Sequence[str], prefix: tuple[PathPart, ...]) -> Iterator[TextField]:
    if not parts:
        if isinstance(document, str):
            yield TextField(prefix)
        return
    head, rest = parts[0], parts[1:]
    name, each = (head[:-2], True) if head.endswith("[]") else (head, False)
    if name:
        if not isinstance(document, dict) or name not in document:
            return
        document, prefix = document[name], (*prefix, name)
    if each:
        if isinstance(document, list):
            for i, item in enumerate(document):
                yield from _walk(item, rest, (*prefix, i))
    else:
        yield from _walk(document, rest, prefix)


class ChatExtractor:
    """The default extractor: OpenAI chat bodies, plain message bodies and extra paths."""

    def __init__(self, extra_paths: Sequence[str] = ()) -> None:
        self._extra = [_compile(p) for p in extra_paths]

    def fields(self, body: Any) -> list[TextField]:
        if not isinstance(body, dict):
            return []
        found: list[TextField] = []
        messages = body.get("messages")
        if isinstance(messages, list):
            for i, message in enumerate(messages):
                if isinstance(message, dict):
                    found.extend(self._message_fields(message, ("messages", i)))
        for key in ("message", "text", "prompt", "input", "user"):
            value = body.get(key)
            role = None if key == "user" else "user"
            if isinstance(value, str):
                found.append(TextField((key,), role))
            elif isinstance(value, list) and key in ("prompt", "input"):
                found.extend(
                    TextField((key, i), "user") for i, v in enumerate(value) if isinstance(v, str)
                )
        metadata = body.get("metadata")
        if isinstance(metadata, dict):
            found.extend(
                TextField(("metadata", k)) for k, v in metadata.items() if isinstance(v, str)
            )
        seen = {f.path for f in found}
        for parts in self._extra:
            for field in _walk(body, parts, ()):
                if field.path not in seen:
                    seen.add(field.path)
                    found.append(field)
        return found

    @staticmethod
    def _message_fields(message: dict[str, Any], prefix: tuple[PathPart, ...]) -> list[TextField]:
        role = message.get("role") if isinstance(message.get("role"), str) else None
        out: list[TextField] = []
        content = message.get("content")
        if isinstance(content, str):
            out.append(TextField((*prefix, "content"), role))
        elif isinstance(content, list):
            for j, part in enumerate(content):
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    out.append(TextField((*prefix, "content", j, "text"), role))
                elif isinstance(part, str):
                    out.append(TextField((*prefix, "content", j), role))
        if isinstance(message.get("name"), str):
            out.append(TextField((*prefix, "name"), role))
        calls = message.get("tool_calls")
        if isinstance(calls, list):
            for k, call in enumerate(calls):
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    out.append(TextField((*prefix, "tool_calls", k, "function", "arguments"), role))
        function_call = message.get("function_call")
        if isinstance(function_call, dict) and isinstance(function_call.get("arguments"), str):
            out.append(TextField((*prefix, "function_call", "arguments"), role))
        return out


def string_leaves(
    document: Any, prefix: tuple[PathPart, ...] = ()
) -> Iterator[tuple[PathPart, ...]]:
    """Paths of every string in a JSON document (used to restore whole JSON replies)."""
    if isinstance(document, str):
        yield prefix
    elif isinstance(document, dict):
        for key, value in document.items():
            yield from string_leaves(value, (*prefix, key))
    elif isinstance(document, list):
        for i, value in enumerate(document):
            yield from string_leaves(value, (*prefix, i))
