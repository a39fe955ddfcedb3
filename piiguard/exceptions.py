"""The piiguard exception tree.

Every error says what was wrong and what to do about it, and never echoes a raw
personal value: messages carry labels, lengths, setting names and hashes only.
"""

from __future__ import annotations


class PiiGuardError(Exception):
    """Base class of every error piiguard raises on purpose."""


class ConfigError(PiiGuardError, ValueError):
    """A setting is missing or invalid; raised at start-up, naming the setting."""


class InputTooLongError(PiiGuardError, ValueError):
    """A text is longer than `max_input_chars`."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"text of {length} characters exceeds max_input_chars={limit}; "
            "split it or raise the limit"
        )
        self.length = length
        self.limit = limit


class DocumentTooDeepError(PiiGuardError, ValueError):
    """A JSON document nests deeper than the walker reads (`piiguard.walker.MAX_DEPTH`)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"JSON nested deeper than {limit} levels")
        self.limit = limit


class DocumentNotExaminedError(PiiGuardError, ValueError):
    """A document in base64 (a PDF, an Office file, an archive: a binary payload that is
    not an image, audio or video) holds text the guard cannot read, so it is not passed
    on unless a setting allows it (`request_documents`, `reply_passthrough_types`)."""

    def __init__(self, media_type: str) -> None:
        super().__init__(
            f"the body holds a document in base64 ({media_type}) whose text cannot be "
            "checked for personal data; send its text instead, or an operator may allow "
            "documents with request_documents=\"allow\""
        )
        self.media_type = media_type


class TokenIdsNotExaminedError(PiiGuardError, ValueError):
    """A prompt or input given as token ids (`{"input": [9906, 1917]}`): numbers the
    upstream's tokenizer turns into text the guard cannot read, so they are not passed on
    unless a setting allows it (`request_token_ids`)."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"the body gives {key!r} as token ids, whose text cannot be checked for personal "
            "data; send the text instead, or an operator may allow token ids with "
            "request_token_ids=\"allow\""
        )
        self.key = key


class NumberTooLongError(PiiGuardError, ValueError):
    """A JSON text holds a whole number with more digits than Python reads
    (`sys.get_int_max_str_digits`): it is JSON, but cannot be read to be checked."""

    def __init__(self) -> None:
        super().__init__(
            "the document holds a number too long to read (more digits than "
            "sys.get_int_max_str_digits allows), so it cannot be checked for personal data"
        )


class ScopeNotExaminedError(PiiGuardError, RuntimeError):
    """An ASGI scope of a type the guard cannot examine (not `http`, `websocket` or
    `lifespan`) reached a guarded route: it carries a path, headers and messages no
    check reads, so the app is not called."""

    def __init__(self) -> None:
        super().__init__(
            "piiguard examines only http and websocket scopes on a guarded route: a scope "
            "of another type was refused and the app was not called; serve it on a path "
            "outside the guard's routes"
        )


class ModelLoadError(PiiGuardError, RuntimeError):
    """A configured model could not be loaded. piiguard never falls back silently."""


class DetectionError(PiiGuardError, RuntimeError):
    """Detection failed or did not finish in time; the request fails closed."""


class OverloadedError(PiiGuardError, RuntimeError):
    """Too many detections are waiting; the caller should retry later."""

    def __init__(self, retry_after: float = 1.0) -> None:
        super().__init__("detection queue is full; retry later")
        self.retry_after = retry_after


class VaultError(PiiGuardError, RuntimeError):
    """The placeholder vault could not store or read a mapping (the request fails closed)."""


class SessionErasedError(VaultError):
    """The session was erased after this request began; its values were not stored.

    Whatever the request carried was sent before the erasure, so it is not kept
    (nor forwarded). Sent again, the request is new data and goes through.
    """

    def __init__(self) -> None:
        super().__init__(
            "this session's data was erased while the request was in flight; "
            "nothing was stored or forwarded: send the request again"
        )


class ConsentStoreError(PiiGuardError, RuntimeError):
    """The consent store could not answer; the gate treats this as 'no consent'."""


class ReplyBlockedError(PiiGuardError, RuntimeError):
    """A reply carried personal data whose policy is to refuse the whole reply."""

    def __init__(self, label: str) -> None:
        super().__init__(f"reply withheld: it contained a {label} that is not the user's own")
        self.label = label


class ProcessingRestrictedError(PiiGuardError, PermissionError):
    """Processing is restricted (paused) for this data subject; nothing is forwarded."""

    def __init__(self) -> None:
        super().__init__(
            "processing of this user's data is restricted; the request was not forwarded"
        )
