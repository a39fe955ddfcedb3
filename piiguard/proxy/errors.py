"""Error replies in the OpenAI shape: `{"error": {"message", "type", "code"}}`.

Clients built for the OpenAI API read this shape, so every error the proxy
makes (`piiguard.chat_format.error_response`), and every upstream error it passes
on, uses it. Upstream error bodies are
scrubbed: only the `message`, `type`, `code` and `param` fields of an OpenAI-shaped
body survive (the message capped in length); anything else (an HTML page, a stack
trace) is replaced by a generic message naming the status.
"""

from __future__ import annotations

import json
from typing import Any

from piiguard.chat_format import error_body

MAX_MESSAGE_CHARS = 1000
"""Longest upstream error message passed on; the rest is cut."""


def scrub_upstream_error(status: int, body: bytes, *, truncated: bool) -> dict[str, Any]:
    """The OpenAI-shaped error to pass on for an upstream error reply.

    `body` is at most the configured number of bytes of the upstream's reply;
    `truncated` says whether there was more (a cut JSON body is not trusted).
    """
    generic = error_body(
        f"upstream returned HTTP {status}", type="upstream_error", code=f"upstream_{status}"
    )
    if truncated:
        return generic
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return generic
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, str):
        error = {"message": error}
    if not isinstance(error, dict):
        return generic
    scrubbed: dict[str, Any] = {}
    message = error.get("message")
    scrubbed["message"] = (
        _clean(message)[:MAX_MESSAGE_CHARS]
        if isinstance(message, str)
        else generic["error"]["message"]
    )
    for key in ("type", "code", "param"):
        value = error.get(key)
        if isinstance(value, str):
            scrubbed[key] = _clean(value)[:100]
        elif isinstance(value, int) and not isinstance(value, bool):
            scrubbed[key] = value
        elif key != "param":
            scrubbed[key] = generic["error"][key]
    return {"error": scrubbed}


def _clean(text: str) -> str:
    # Control characters have no place in an error message shown to a user.
    return "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
