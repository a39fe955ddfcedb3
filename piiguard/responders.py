"""Reply framing: one responder per content type, picked per response.

`ReplyResponder` wraps an ASGI `send` for one guarded response (as Starlette's
GZipMiddleware wraps it with a GZipResponder). On `http.response.start` it picks a
body responder from the reply's headers:

| content type | responder | what it does |
|---|---|---|
| `application/json`, `*+json` | `JsonBody` | holds the body, restores and checks every string |
| `text/event-stream` | `EventStreamBody` | event by event; see `EventDocuments` |
| `application/x-ndjson`, `application/jsonl`, ... | `NdjsonBody` | line by line, like events |
| `text/*`, XML, JavaScript | `TextBody` | a restored, guarded text stream |
| none, with an empty body; 1xx/204/304 | passed on | there is nothing to examine |
| a type in `GuardConfig.reply_passthrough_types` | passed on | the operator named it |
| anything else, or a compressed body | refused: 502 | nothing unexamined crosses |

Every string in a JSON reply or event is restored and guarded, whatever its key:
structural strings (ids, `model`, object keys) by the validated patterns, the rest
by the whole reply guard. In event streams, strings under a `delta` (or `token`) key
are pieces of one text: each field path has its own stream with its own hold-back,
so a placeholder or a value split across events is restored and masked whole.
In NDJSON streams every content string is such a piece.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Awaitable, Callable, Collection, Sequence
from typing import Any, Protocol

import anyio
from starlette.datastructures import MutableHeaders
from starlette.types import Message, Send

from piiguard.chat_format import (
    FREE_TEXT_KEYS,
    SURROGATE,
    TOKEN_KEYS,
    error_body,
    field_words,
    is_fragment,
    loads_json,
    opening_document,
)
from piiguard.exceptions import (
    DocumentNotExaminedError,
    NumberTooLongError,
    PiiGuardError,
    ReplyBlockedError,
)
from piiguard.pipeline import OutboundReply, OutboundStream
from piiguard.walker import Leaf, PathPart
from piiguard.wildcard import matches

logger = logging.getLogger(__name__)

_NDJSON_TYPES = frozenset(
    {"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines"}
)
_TEXTUAL_TYPES = frozenset(
    {
        "application/xml",
        "application/javascript",
        "application/x-www-form-urlencoded",
        "application/graphql",
        "application/yaml",
        "application/x-yaml",
    }
)
_NO_BODY_STATUSES = frozenset({204, 304})
_BODY_EXTENSIONS = frozenset({"http.response.pathsend", "http.response.zerocopy"})
_FRAMING_HEADERS = frozenset({"content-type", "content-length", "transfer-encoding", "connection"})
"""Reply headers that are framing only; every other header value (`location`,
`set-cookie`, `cache-control`, an app's own `x-...`) is restored and checked by the
patterns. A content type is checked too when it has a parameter other than its charset
(and a checked body goes on with its bare media type and, at most, `charset=utf-8`)."""
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_MAX_HELD_CHARS = 10_485_760
"""Most characters of one streamed tool call's arguments held (the default
`max_reply_bytes`; the responders pass the configured one)."""


RawHeaders = list[tuple[bytes, bytes]]
_NAME_HINT_RE = re.compile(r"[0-9%]")
_URL_HEADERS = frozenset({"location", "content-location"})
_MARKER_RE = re.compile(r"\[([A-Z][A-Z0-9_]*)\]")
"""A reply guard's marker (`[EMAIL_ADDRESS]`); an IPv6 host (`[::1]`) is none."""


async def rewrite_header_values(
    headers: Sequence[tuple[bytes, bytes]],
    rewrite: Callable[[list[str], list[str | None]], Awaitable[list[str] | None]],
    *,
    skip: Collection[str] = (),
) -> RawHeaders:
    """`headers` with every value whose (lower-case) name is not in `skip` passed through
    `rewrite`, all in one call, each text with the header name it is the value of (None:
    a name's own words) so a value can be read after its name; `rewrite` returns None to
    keep them. Values are read as UTF-8, or as
    ISO-8859-1 (HTTP's historical charset: every byte is one character) when they are not
    UTF-8, and written back in that charset, only when changed.

    Names that could hold a value (a digit, `%`) go through `rewrite` too (hyphens read as
    spaces), and a header
    whose name it changes is dropped (`x-card-4111111111111111`): a placeholder cannot
    stand in a header name."""
    out = [(bytes(name), bytes(value)) for name, value in headers]
    names = [name.decode("latin-1").lower() for name, _ in out]
    checked = [i for i, name in enumerate(names) if name not in skip]
    if not checked:
        return out
    named = [i for i in checked if _NAME_HINT_RE.search(names[i])]
    codecs_used = [header_codec(out[i][1]) for i in checked]
    values = [out[i][1].decode(codec) for i, codec in zip(checked, codecs_used, strict=True)]
    # A name's words are joined by hyphens: read as words (`x-card-4111111111111111`).
    words = [names[i].replace("-", " ") for i in named]
    texts = values + words
    value_of: list[str | None] = [names[i] for i in checked]
    new = await rewrite(texts, value_of + [None] * len(words)) or texts
    for i, codec, value, text in zip(checked, codecs_used, values, new[: len(values)], strict=True):
        if text != value:
            # A placeholder or marker is ASCII, and every other character came in `codec`.
            out[i] = (out[i][0], text.encode(codec, "replace"))
    checked_names = zip(named, words, new[len(values) :], strict=True)
    dropped = {i for i, word, text in checked_names if text != word}
    return [header for i, header in enumerate(out) if i not in dropped]


def header_codec(value: bytes) -> str:
    """How a header value is read: UTF-8 when it is, else ISO-8859-1."""
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return "latin-1"
    return "utf-8"


def structural_texts(
    reply: OutboundReply,
) -> Callable[[list[str], list[str | None]], Awaitable[list[str]]]:
    """Restore and check texts by the patterns (header values, event fields), each value
    after its header name's words when `rewrite_header_values` passes one
    (`x-account-number: 12345678`), as request header values are read."""

    async def check(texts: list[str], names: list[str | None] | None = None) -> list[str]:
        words = [
            field_words((name,), text) if name else None
            for text, name in zip(texts, names or [None] * len(texts), strict=True)
        ]
        return await reply.named_texts(texts, words, structural=[True] * len(texts))

    return check


def charset_of(content_type: str) -> str | None:
    """The `charset` parameter of a content type, lower case (None when not given)."""
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower() or None
    return None


def has_parameters(content_type: str) -> bool:
    """Whether a content type has a parameter other than `charset` (text to check)."""
    return any(
        param.partition("=")[0].strip().lower() != "charset"
        for param in content_type.split(";")[1:]
        if param.strip()
    )


def media_type(content_type: str) -> str:
    """`text/event-stream; charset=utf-8` -> `text/event-stream`."""
    return content_type.split(";", 1)[0].strip().lower()


def is_json(content_type: str) -> bool:
    """Whether a content type is JSON (`application/json` or a `+json` type)."""
    media = media_type(content_type)
    return media == "application/json" or media.endswith("+json")


def reply_error(exc: PiiGuardError) -> dict[str, Any]:
    """What the client gets instead of a reply that could not be checked."""
    if isinstance(exc, ReplyBlockedError):
        return error_body(str(exc), type="piiguard_error", code="reply_blocked")
    if isinstance(exc, UnsupportedReplyError):
        return error_body(str(exc), type="piiguard_error", code="reply_type_not_supported")
    if isinstance(exc, DocumentNotExaminedError):
        return error_body(
            f"the reply held a document in base64 ({exc.media_type}) whose text cannot be "
            "checked for personal data and was withheld; an operator may pass the type "
            "with reply_passthrough_types",
            type="piiguard_error",
            code="document_not_examined",
        )
    if isinstance(exc, ReplyTooLargeError):
        return error_body(str(exc), type="piiguard_error", code="reply_check_unavailable")
    return error_body(
        "the reply could not be checked for personal data and was withheld",
        type="piiguard_error",
        code="reply_check_unavailable",
    )


class UnsupportedReplyError(PiiGuardError):
    """The reply's content type has no responder and is not configured as pass-through,
    or its body cannot be read to be checked."""


class ReplyTooLargeError(PiiGuardError):
    """A reply (or one event, line or tool call's arguments of a stream) is larger than
    the guard holds to check (`max_reply_bytes`); it is withheld."""


_NOT_TEXT = "the reply is not text in its declared charset"
TEXT_CODECS = frozenset(
    {
        "utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "cp866", "koi8-r", "koi8-u",
        "mac-roman", "mac-cyrillic", "cp874", "gbk", "gb18030", "big5", "big5hkscs",
        "euc_jp", "iso2022_jp", "shift_jis", "euc_kr", "cp949",
        *(f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)),
        *(f"cp125{n}" for n in range(9)),
    }
)
"""Python's names (`codecs.lookup(...).name`) of the WHATWG Encoding Standard's encodings,
the charsets a body is read in (a request's and a reply's): none decodes to a lone
surrogate, as utf-7, unicode_escape and raw_unicode_escape do."""


def text_codec(charset: str, *, also: Collection[str] = ()) -> str:
    """The Python codec of a declared `charset` if it is one of `TEXT_CODECS` (or `also`,
    Python's names of more codecs a caller reads: a request's JSON in UTF-32); raises
    LookupError for any other name: a codec that is no text encoding (base64, zlib,
    rot13), one that decodes to lone surrogates (utf-7, unicode_escape), or a name Python
    cannot look up at all (`utf\x00` makes `codecs.lookup` raise ValueError).

    >>> text_codec("Windows-1252"), text_codec("latin1")
    ('cp1252', 'iso8859-1')
    >>> text_codec("utf-7")
    Traceback (most recent call last):
    ...
    LookupError: not a text encoding of the WHATWG list
    """
    try:
        name = codecs.lookup(charset).name
    except (LookupError, ValueError):
        name = ""
    if name not in TEXT_CODECS and name not in also:
        # Not named: the header may hold any text.
        raise LookupError("not a text encoding of the WHATWG list")
    return name


def utf8_json(text: str) -> bytes:
    """`text` (a checked reply) as UTF-8. A surrogate in it can only come from a JSON
    string's escape (`"\\ud83d"`: a half of an emoji a token stream cut in two; bytes
    decoded in one of `TEXT_CODECS` hold none), so it is written back as that escape,
    as the upstream wrote it, and a client's parser joins two halves sent in two events
    as it would have.

    >>> utf8_json('"\\ud83d ok"')
    b'"\\\\ud83d ok"'
    """
    try:
        return text.encode()
    except UnicodeEncodeError:
        return SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode()


_NUMBER_TOO_LONG = (
    "the reply holds a number too long to read (more digits than "
    "sys.get_int_max_str_digits allows), so it cannot be checked for personal data"
)


class BodyResponder(Protocol):
    """Turns a reply body, piece by piece, into the text to send."""

    streams: bool
    """True: send as it comes (no content-length). False: the body is held whole."""

    async def feed(self, text: str, *, final: bool) -> str: ...
    def error(self, exc: PiiGuardError) -> str:
        """The text that ends a streamed body that failed."""
        ...


class ReplyResponder:
    """Wraps `send` for one guarded response: picks a body responder, fails closed."""

    def __init__(
        self,
        reply: OutboundReply,
        send: Send,
        *,
        max_reply_bytes: int,
        passthrough_types: Sequence[str] = (),
    ) -> None:
        self._reply = reply
        self._downstream = send
        self._max_reply_bytes = max_reply_bytes
        self._passthrough = tuple(passthrough_types)
        self._mode = "pass"  # pass | body | empty-only | no-body | drop
        self._start: Message | None = None
        self._body: BodyResponder | None = None
        self._held: list[bytes] = []
        self._size = 0
        self._decoder: codecs.IncrementalDecoder = codecs.getincrementaldecoder("utf-8")(
            errors="replace"
        )
        self._first_chunk = True
        self._default_charset = True
        self._start_sent = False
        self._done = False
        self.outcome = "ok"

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            await self._on_start(message)
        elif kind == "http.response.body" and self._mode != "pass":
            await self._on_body(message)
        elif kind.startswith("http.response.") and kind != "http.response.body":
            await self._other(message)
        else:
            await self._send(message)

    async def _send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            self._start_sent = True
        elif kind == "http.response.body" and not message.get("more_body", False):
            self._done = True
        await self._downstream(message)

    async def _other(self, message: Message) -> None:
        """A response message of an ASGI extension (`pathsend`, `zerocopy`, `trailers`,
        `early_hint`, ...) would carry a body or headers past the guard. The middleware
        offers none of them to a guarded app; one sent anyway is refused: the reply fails
        closed when it has a body to check, hints before the reply and trailers after it
        are dropped. A reply that nothing restores or guards, a pass-through type and a
        status without a body pass as they are."""
        if not self._reply.active or (self._mode == "pass" and self._start_sent):
            await self._send(message)
            return
        if self._done or self._mode == "drop" or self._mode == "pass":
            return
        if self._mode == "no-body":
            if message["type"] in _BODY_EXTENSIONS:  # the body of a status without one
                await self._send({"type": "http.response.body", "body": b""})
            return
        exc = UnsupportedReplyError(
            "the reply was sent through an ASGI extension whose content cannot be checked"
        )
        if not self._start_sent:
            await self._fail(exc)
            return
        # A streamed body already under way ends with the error.
        assert self._body is not None
        self._mode, self.outcome = "drop", "reply_type_refused"
        await self._send({"type": "http.response.body", "body": self._body.error(exc).encode()})

    async def _on_start(self, message: Message) -> None:
        headers = MutableHeaders(raw=list(message.get("headers", [])))
        status = int(message.get("status", 200))
        content_type = headers.get("content-type", "")
        media = media_type(content_type)
        if not self._reply.active:
            await self._send(message)
            return
        # Trailers would be headers sent after the checked body: none are announced.
        message = {k: v for k, v in message.items() if k != "trailers"}
        try:
            await self._guard_headers(headers)
        except PiiGuardError as exc:
            await self._fail(exc)
            return
        message = {**message, "headers": headers.raw}
        if status < 200 or status in _NO_BODY_STATUSES:
            # A status without a body: whatever body the app sends anyway is dropped,
            # never passed unchecked (a server that does not enforce it would send it).
            self._mode = "no-body"
            await self._send(message)
            return
        if media and matches(media, self._passthrough):
            await self._send(message)
            return
        codings = {
            coding.strip().lower()
            for value in headers.getlist("content-encoding")
            for coding in value.split(",")
        }
        if codings - {"identity", ""}:
            # An encoded reply cannot be checked; fail closed rather than pass it unchecked
            # (every Content-Encoding header counts: a client decodes them all).
            await self._fail(
                UnsupportedReplyError(
                    "compressed replies cannot be checked for personal data; the guard asks "
                    "for them unencoded"
                )
            )
            return
        charset = charset_of(content_type)
        if has_parameters(content_type):
            # A checked body's type says what it is, and nothing else.
            headers["content-type"] = f"{media}; charset=utf-8" if charset else media
        if charset not in (None, "utf-8", "utf8", "us-ascii", "ascii"):
            try:
                self._decoder = codecs.getincrementaldecoder(text_codec(charset))(
                    errors="replace"
                )
                self._default_charset = False
            except LookupError:
                # Not named in the error: the upstream's header may hold any text.
                await self._fail(UnsupportedReplyError("the reply's charset is not known"))
                return
            # The body is sent re-encoded as UTF-8: say so.
            headers["content-type"] = f"{media}; charset=utf-8"
        body = self._pick(media)
        del headers["content-length"]
        self._start = {**message, "headers": headers.raw}
        if body is None:
            # No declared type: only an empty body may pass; anything else is refused.
            self._mode = "empty-only"
            self._start = message
            return
        self._mode, self._body = "body", body
        if body.streams:
            await self._send(self._start)

    async def _guard_headers(self, headers: MutableHeaders) -> None:
        """Restore and check (by the patterns) every header value that is not framing."""
        skip = _FRAMING_HEADERS
        if has_parameters(headers.get("content-type", "")):
            skip = skip - {"content-type"}
        headers.raw[:] = await rewrite_header_values(
            headers.raw, structural_texts(self._reply), skip=skip
        )
        for name in _URL_HEADERS & set(headers.keys()):
            # A marker put into a URL must keep it a URL: brackets are not allowed in
            # its path or query (clients refuse `https://x.net/u/[EMAIL_ADDRESS]`).
            headers[name] = _MARKER_RE.sub(r"%5B\1%5D", headers[name])

    def _pick(self, media: str) -> BodyResponder | None:
        reply = self._reply
        if media == "text/event-stream":
            return EventStreamBody(reply, self._max_reply_bytes)
        if is_json(media):
            return JsonBody(reply)
        if media in _NDJSON_TYPES:
            return NdjsonBody(reply, self._max_reply_bytes)
        if media.startswith("text/") or media in _TEXTUAL_TYPES or media.endswith("+xml"):
            return TextBody(reply)
        if not media:
            return None
        return _Refuse()

    async def _fail(self, exc: PiiGuardError) -> None:
        self._mode = "drop"
        self._held.clear()
        if isinstance(exc, ReplyBlockedError):
            self.outcome, status = "reply_blocked", 502
        elif isinstance(exc, UnsupportedReplyError | DocumentNotExaminedError):
            self.outcome, status = "reply_type_refused", 502
        else:
            self.outcome, status = "reply_fail_closed", 503
        body = json.dumps(reply_error(exc)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await self._send({"type": "http.response.start", "status": status, "headers": headers})
        await self._send({"type": "http.response.body", "body": body, "more_body": False})

    async def _on_body(self, message: Message) -> None:
        if self._mode == "drop":
            return
        chunk: bytes = message.get("body", b"")
        more = bool(message.get("more_body", False))
        if self._mode == "empty-only":
            await self._empty_only(chunk, more)
            return
        if self._mode == "no-body":
            await self._send({"type": "http.response.body", "body": b"", "more_body": more})
            return
        assert self._body is not None and self._start is not None
        if not self._body.streams:
            self._size += len(chunk)
            if self._size > self._max_reply_bytes:
                # Too large to hold and check: fail closed rather than pass it unchecked.
                await self._fail(ReplyTooLargeError("the reply exceeds max_reply_bytes"))
                return
        if self._first_chunk:
            self._first_chunk = False
            self._sniff_bom(chunk)
        try:
            try:
                text = self._decoder.decode(chunk, final=not more)
            except UnicodeError:  # a codec that raises whatever `errors` says (UTF-16's BOM)
                raise UnsupportedReplyError(_NOT_TEXT) from None
            if "\x00" in text:
                # UTF-16/32 without a BOM or charset, or binary: not readable as text.
                raise UnsupportedReplyError(_NOT_TEXT)
            out = await self._body.feed(text, final=not more)
        except PiiGuardError as exc:
            if not self._body.streams:
                await self._fail(exc)
                return
            self._mode = "drop"
            self.outcome = "reply_blocked" if isinstance(exc, ReplyBlockedError) else (
                "reply_fail_closed"
            )
            await self._send(
                {"type": "http.response.body", "body": self._body.error(exc).encode()}
            )
            return
        encoded = utf8_json(out)
        if not self._body.streams:
            if more:
                return
            headers = MutableHeaders(raw=list(self._start["headers"]))
            headers["content-length"] = str(len(encoded))
            await self._send({**self._start, "headers": headers.raw})
        await self._send({"type": "http.response.body", "body": encoded, "more_body": more})

    def _sniff_bom(self, chunk: bytes) -> None:
        """A body without a declared charset that starts with a BOM is read in its
        encoding (UTF-16/32 JSON, as `json.loads` reads bytes); sent on as UTF-8."""
        if not self._default_charset:
            return
        for bom, encoding in _BOMS:
            if chunk.startswith(bom):
                self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
                return

    async def _empty_only(self, chunk: bytes, more: bool) -> None:
        assert self._start is not None
        if chunk:
            await self._fail(UnsupportedReplyError("the reply has a body but no content type"))
            return
        if not more:
            await self._send(self._start)
            await self._send({"type": "http.response.body", "body": b"", "more_body": False})


class _Refuse:
    """A content type with no responder: refused before anything is sent."""

    streams = False

    async def feed(self, text: str, *, final: bool) -> str:
        # The type is not named: the upstream's header may hold any text.
        raise UnsupportedReplyError(
            "replies of this content type cannot be checked for personal data; allow "
            "the type with reply_passthrough_types if it never carries any"
        )

    def error(self, exc: PiiGuardError) -> str:
        return ""


class JsonBody:
    """A JSON reply, held whole (up to `max_reply_bytes`), every string restored and checked."""

    streams = False

    def __init__(self, reply: OutboundReply) -> None:
        self._reply = reply
        self._parts: list[str] = []

    async def feed(self, text: str, *, final: bool) -> str:
        self._parts.append(text)
        if not final:
            return ""
        whole = "".join(self._parts)
        self._parts.clear()
        return await filter_json_text(self._reply, whole)

    def error(self, exc: PiiGuardError) -> str:
        return json.dumps(reply_error(exc))


async def filter_json_text(reply: OutboundReply, text: str) -> str:
    """Restore and check a complete text: JSON leaf by leaf; a stream sent under a JSON
    type (`_stream_kind`: Server-Sent Events, NDJSON) as that stream, which is how a
    client that parses it (an SDK reads SSE whatever the type says) joins its pieces;
    anything else as text."""
    try:
        document = loads_json(text)
    except NumberTooLongError:
        # JSON, but not readable to check: refused, never read as text and sent on broken.
        raise UnsupportedReplyError(_NUMBER_TOO_LONG) from None
    except (ValueError, RecursionError):  # not JSON (or past the parser's depth): as text
        refuse_document(reply, text)
        kind = _stream_kind(text)
        if kind is not None:
            return await kind(reply, len(text) + 1).feed(text, final=True)
        return await reply.text(text)
    if isinstance(document, str):
        refuse_document(reply, document)
        return json.dumps(await reply.text(document), ensure_ascii=False)
    return json.dumps(await reply.document(document), ensure_ascii=False)


class WebSocketFrames:
    """The text frames an app sends on a WebSocket, restored and guarded as one stream.

    JSON frames are events of one stream, as in SSE (`EventDocuments`, unnamed events'
    pieces included): a text sent in pieces over several frames (`delta`s, or strings
    under keys no known stream uses, `{"type": "token", "value": ...}`) is restored and
    checked as one, and a frame whose text could still start a value is held back
    (`holds`). Plain-text frames are the pieces of one text too, each sent whole as it
    came (masked where a value stands); a JSON array is a whole text
    (`filter_json_text`). Frames keep their order. The socket has no end of stream of its
    own: the adapter calls `end` when the app's turn is over (it waits for the client,
    closes or returns, or, while whole frames wait, goes quiet), and what is held goes out
    checked as the end of its text.
    """

    def __init__(self, max_held_chars: int) -> None:
        self._max_held_chars = max_held_chars
        self._events: EventDocuments | None = None

    def holds(self) -> bool:
        """Whether frames or a text under way are held back."""
        return self._events is not None and self._events.holds()

    def holds_frames(self) -> bool:
        """Whether whole frames wait (pieces of a stream of unknown shape, which may send
        no event that ends its text); a known stream's tail waits for its end event."""
        return self._events is not None and self._events.holds_documents()

    async def frame(self, reply: OutboundReply, text: str) -> list[str]:
        """The frames to send for one the app sent (`reply`: the session's vault now)."""
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            document = None
        if isinstance(document, list):
            return [*await self.end(), await filter_json_text(reply, text)]
        if not isinstance(document, dict):
            # Plain text (a number or a word that happens to be JSON too: " 10", "true"):
            # a frame of one text the app streams (a model's tokens as they come) or a
            # whole message; either way a string of one path, read joined with the other
            # frames' and sent whole as it came (`LoosePieces`), never split.
            document = {_PLAIN_FRAME: text}
        if self._events is None:
            self._events = EventDocuments(
                reply, unnamed_pieces=True, max_held_chars=self._max_held_chars
            )
        else:
            self._events.use(reply)
        return [_frame_text(d) for d in await self._events.event(document)]

    async def end(self) -> list[str]:
        """What is held, as frames: the end of every text under way."""
        held, self._events = self._events, None
        if held is None:
            return []
        return [_frame_text(d) for d, _ in await held.end()]


class WebSocketReplies:
    """The app's side of one guarded WebSocket: its text frames restored and guarded as one
    stream (`WebSocketFrames`), and what that holds back sent when the app's turn is over.

    The adapter hands every message the app sends to `send` with its own handler for it
    (accepts, closes, denial responses, binary frames are the adapter's business); the
    handler passes a text frame to `frame`, and calls `end_text` before a close. Sends,
    `release` and the quiet timer (`release_when_quiet`, run beside the app) share the
    held state under one lock. A frame held back goes out when the app waits for the
    client (`release_or_gone` from the adapter's `receive`), closes, returns, or (whole
    frames of a stream of unknown shape only, `WebSocketFrames.holds_frames`) has sent
    nothing for `quiet_seconds`. `on_failure(outcome, step, exc)` logs a held text that
    could not be checked (and so is dropped).
    """

    def __init__(
        self,
        send: Send,
        outbound: Callable[[], Awaitable[OutboundReply]],
        *,
        max_held_chars: int,
        quiet_seconds: float,
        on_failure: Callable[[str, str, BaseException], None],
    ) -> None:
        self._send = send
        self._outbound = outbound
        self._frames = WebSocketFrames(max_held_chars)
        self._quiet_seconds = quiet_seconds
        self._on_failure = on_failure
        self._lock = anyio.Lock()
        self._last_sent = 0.0
        self._holding = anyio.Event()
        self.closed = False
        """The socket is closed (by the app) or the client has gone: nothing more is sent."""

    async def send(self, message: Message, handle: Callable[[Message], Awaitable[None]]) -> None:
        """`handle(message)` under the lock, then the quiet timer is started or moved on
        when whole frames wait."""
        async with self._lock:
            await handle(message)
        if self._frames.holds_frames():
            self._last_sent = anyio.current_time()
            self._holding.set()

    async def frame(self, message: Message) -> None:
        """A text frame the app sent (inside `send`'s handler): the frames it becomes."""
        try:
            out = await self._frames.frame(await self._outbound(), str(message["text"]))
        except PiiGuardError as exc:
            out = [json.dumps(reply_error(exc))]
        for text in out:
            await self._send({**message, "text": text})

    async def end_text(self) -> None:
        """What is held, sent checked as the end of its text (inside `send`'s handler, before
        a close goes out)."""
        try:
            held = await self._frames.end()
        except PiiGuardError as exc:
            self._on_failure("websocket held text dropped", "checking held reply text", exc)
            return
        for text in held:
            await self._send({"type": "websocket.send", "text": text})

    async def release(self) -> None:
        """Send what is held back, checked as the end of its text."""
        async with self._lock:
            if not self.closed and self._frames.holds():
                await self.end_text()

    async def release_or_gone(self) -> bool:
        """`release`; False when the client has gone and nothing could be sent (only the
        exception's type is logged: its message may hold the text)."""
        try:
            await self.release()
        except Exception as exc:
            logger.debug("websocket held text not sent: %s", type(exc).__name__)
            return False
        return True

    async def release_when_quiet(self) -> None:
        """Run beside the app: an app that streams while another of its tasks listens never
        waits in `receive` between turns; after `quiet_seconds` without a frame, frames
        held back go out."""
        while True:
            await self._holding.wait()
            delay = self._last_sent + self._quiet_seconds - anyio.current_time()
            if delay > 0:
                await anyio.sleep(delay)
                continue
            self._holding = anyio.Event()
            if not await self.release_or_gone():  # the socket went away meanwhile
                return


_PLAIN_FRAME = "websocket text frame"
"""The key a plain-text frame is read under (no stream's key: its text is a loose piece)."""


def _frame_text(document: Any) -> str:
    """A document `WebSocketFrames` read, as the frame to send."""
    if isinstance(document, dict) and list(document) == [_PLAIN_FRAME]:
        return str(document[_PLAIN_FRAME])
    return json.dumps(document, ensure_ascii=False)


_SSE_FIELDS = ("data:", "event:", "id:", "retry:", ":")


def _stream_kind(text: str) -> type[EventStreamBody | NdjsonBody] | None:
    """The stream a text that is not one JSON document is: Server-Sent Events (its first
    line an SSE field, and a `data:` line in it), NDJSON (two or more lines, each JSON),
    else None (":) fine" or "id: 42 not found" are text)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if (
        lines
        and lines[0].lstrip("\ufeff").startswith(_SSE_FIELDS)
        and any(line.startswith("data:") for line in lines)
    ):
        return EventStreamBody
    if len(lines) < 2:
        return None
    try:
        for line in lines:
            loads_json(line)
    except (ValueError, RecursionError):
        return None
    return NdjsonBody


def refuse_document(reply: OutboundReply, text: str) -> None:
    """Raise `DocumentNotExaminedError` for a whole text that is a document in base64
    (`chat_format.opening_document`) of a type the reply's walker does not pass."""
    media = opening_document(text, complete=True)[1]
    if media is not None and not reply.walker.passes_document(media):
        raise DocumentNotExaminedError(media)


class _Stream(Protocol):
    async def feed(self, chunk: str) -> str: ...

    async def flush(self) -> str: ...


class DocumentGate:
    """A streamed text whose start is held until it is known not to open a document in
    base64 (`chat_format.opening_document`: a `data:` URL or base64 opening as a PDF, an
    Office file, an archive, split over any number of events): one raises
    `DocumentNotExaminedError` unless the reply's walker lets its type pass, as the same
    document whole in one string would. Any other text goes on to the stream `make`
    builds, held start first."""

    def __init__(self, reply: OutboundReply, make: Callable[[], _Stream]) -> None:
        self._passes = reply.walker.passes_document
        self._make = make
        self._lead = ""
        self._stream: _Stream | None = None

    def _decide(self, complete: bool) -> bool:
        decided, media = opening_document(self._lead, complete=complete)
        if media is not None and not self._passes(media):
            self._lead = ""
            raise DocumentNotExaminedError(media)
        return decided

    async def feed(self, chunk: str) -> str:
        if self._stream is None:
            self._lead += chunk
            if not self._decide(complete=False):
                return ""
            self._stream = self._make()
            chunk, self._lead = self._lead, ""
        return await self._stream.feed(chunk)

    async def flush(self) -> str:
        if self._stream is None:
            if not self._lead:
                return ""
            self._decide(complete=True)
            self._stream = self._make()
            lead, self._lead = self._lead, ""
            return await self._stream.feed(lead) + await self._stream.flush()
        return await self._stream.flush()


class TextBody:
    """A text reply: restored and guarded as one stream (its start through `DocumentGate`)."""

    streams = True

    def __init__(self, reply: OutboundReply) -> None:
        self._stream = DocumentGate(reply, reply.stream)

    async def feed(self, text: str, *, final: bool) -> str:
        out = await self._stream.feed(text)
        if final:
            out += await self._stream.flush()
        return out

    def error(self, exc: PiiGuardError) -> str:
        return f"\n[{json.dumps(reply_error(exc))}]"


class EventDocuments:
    """Restores and guards a stream of JSON documents (SSE events, NDJSON lines).

    Fragment strings (under `delta`/`token`, or every free-text string, under a
    `chat_format.FREE_TEXT_KEYS` key, when `all_fragments`) are fed to one stream per
    field path, list positions named by an
    item's own `index` and the event's `output_index`/`content_index`/`item_id`. An
    event without fragments, an event that ends its choice (`finish_reason`, `done`),
    and the end of the stream flush what is held: into the event itself when it has
    that field, else into a copy of the last event that had it, sent just before.
    Other strings are restored and checked whole, per event, except, with
    `unnamed_pieces` (Server-Sent Events), in an event that names no type (`_is_unnamed`:
    a stream of another vendor's shape), whose free text (`text`, `content`, ...) is a
    piece: its last word may go out with the next event, as in any streamed text.

    A tool call's streamed `arguments` (chat `tool_calls[].function.arguments`, the
    Responses API's `response.*_arguments.delta`) are JSON text: they are held whole
    (`HeldArguments`) and judged as a JSON reply's arguments are, keyed values after
    their keys' words, then sent in one piece when the call's text ends; so is any other
    streamed text that starts as JSON (`TextOrJson`: a JSON-mode answer), except
    logprobs tokens. Both are held up to `max_held_chars`, past which the stream fails
    closed.
    """

    def __init__(
        self,
        reply: OutboundReply,
        *,
        all_fragments: bool = False,
        unnamed_pieces: bool = False,
        max_held_chars: int = _MAX_HELD_CHARS,
    ) -> None:
        self._reply = reply
        self._all = all_fragments
        self._unnamed_pieces = unnamed_pieces
        self._max_held_chars = max_held_chars
        self._streams: dict[tuple[Any, ...], OutboundStream | HeldArguments | DocumentGate] = {}
        self._templates: dict[tuple[Any, ...], tuple[Any, tuple[PathPart, ...], bool]] = {}
        self._loose = LoosePieces(reply, max_held_chars)

    def use(self, reply: OutboundReply) -> None:
        """Restore and check the documents to come with `reply`, a newer reading of the
        session's vault (a WebSocket's later frames answer values the user sent since);
        a text already under way keeps the reading it started with."""
        self._reply = reply

    def holds(self) -> bool:
        """Whether a document or a text is under way that `end` would send: a document
        waiting, or a stream of pieces not ended (it may hold a tail back)."""
        return bool(self._streams) or self.holds_documents()

    def holds_documents(self) -> bool:
        """Whether whole documents wait (`LoosePieces`): a stream of unknown shape, which
        may have no event that ends its text."""
        return self._loose.holds()

    async def end(self, tag: Any = None) -> list[tuple[Any, Any]]:
        """At the end of the stream: every document still held, then copies carrying what
        the streams still hold (`flush`), each with its tag (`tag` for the copies)."""
        out = await self._loose.release(final=True)
        return [*out, *((sent, tag) for sent in await self.flush())]

    def _is_fragment(self, leaf: Leaf, pieces: bool = False) -> bool:
        if leaf.structural or leaf.is_key:
            return False
        if not leaf.path or is_fragment(leaf.path):
            return True  # an event that is a string is a piece of the stream's text
        # In NDJSON and in an unnamed event, free text (`text`, `content`, ...) is a piece
        # of one text; a keyed value (`{"account_number": ...}`) is read whole, after its
        # key's words, as in a JSON reply.
        return (self._all or pieces) and _free_text_key(leaf.path) in FREE_TEXT_KEYS

    async def event(self, document: Any) -> list[Any]:
        """The documents to send for one incoming document (flushes first, then it)."""
        return [sent for sent, _ in await self.tagged(document, None)]

    async def tagged(self, document: Any, tag: Any) -> list[tuple[Any, Any]]:
        """As `event`, each document with the `tag` of the incoming one it came with (an
        SSE event's `event:`/`id:` lines): a held event goes out later with its own tag."""
        walker = self._reply.walker
        leaves = walker.leaves(document)
        # Logprobs alternatives of one event are one stream each (per rank): a value
        # spelt over the alternatives at one position is read in them joined first.
        texts = await self._reply.tokens_across(leaves, [leaf.text for leaf in leaves])
        pieces = self._unnamed_pieces and _is_unnamed(document)
        fragments = [i for i, leaf in enumerate(leaves) if self._is_fragment(leaf, pieces)]
        keys = {i: _stream_key(document, leaves[i].path) for i in fragments}
        before: list[Any] = []
        terminal = _is_terminal(document)
        released: list[tuple[Any, Any]] = []
        if not fragments and _is_error(document):
            # The stream broke off: what is held back may be the start of a value that
            # never ends ("someone.else@e"); it is dropped, never sent half-checked.
            self._streams.clear()
            self._templates.clear()
            released = await self._loose.release(final=True, broken=True)
        elif not fragments or terminal:
            here = set(keys.values()) if terminal else set()
            before = await self.flush(exclude=here)
        whole = [i for i in range(len(leaves)) if i not in keys]
        # Whole strings as in a JSON reply: the parts of one message also read joined.
        checked = await self._reply.leaf_texts(
            [leaf._replace(text=text) for leaf, text in zip(leaves, texts, strict=True)], whole
        )
        for i in whole:
            texts[i] = checked[i]
        for i, key in keys.items():
            stream = self._streams.get(key)
            if stream is None:
                stream = self._streams[key] = (
                    HeldArguments(self._reply, self._max_held_chars)
                    if _is_arguments(document, leaves[i].path)
                    else self._reply.stream()
                    if TOKEN_KEYS.intersection(map(str, leaves[i].path))
                    else DocumentGate(self._reply, self._text_or_json)
                )
            texts[i] = await stream.feed(texts[i])
            if terminal:
                texts[i] += await self._streams.pop(key).flush()
        out = walker.rebuild(document, texts)
        for i, key in keys.items():
            if key in self._streams:
                self._templates[key] = (out, leaves[i].path, pieces)
        loose = (
            {
                ("loose", *_stream_key(document, leaves[i].path)): (leaves[i].path, texts[i])
                for i in whole
                if not (leaves[i].structural or leaves[i].is_key or leaves[i].number)
            }
            if self._all or pieces or (self._unnamed_pieces and _is_delta_event(document))
            else {}
        )
        for sent in before:
            self._loose.add(sent, tag, {})
        await self._loose.add_fed(out, tag, loose)
        return [*released, *await self._loose.release(final=False)]

    def _text_or_json(self) -> TextOrJson:
        return TextOrJson(self._reply, self._max_held_chars)

    async def flush(self, exclude: Collection[tuple[Any, ...]] = ()) -> list[Any]:
        """Documents carrying whatever the streams still hold (all but `exclude`)."""
        out: list[Any] = []
        for key in [k for k in self._streams if k not in exclude]:
            rest = await self._streams.pop(key).flush()
            template = self._templates.pop(key, None)
            if rest and template is not None:
                out.append(self._copy_with(*template, rest))
        return out

    def _copy_with(
        self, template: Any, path: tuple[PathPart, ...], pieces: bool, text: str
    ) -> Any:
        walker = self._reply.walker
        leaves = walker.leaves(template)
        texts = [
            (text if leaf.path == path else "") if self._is_fragment(leaf, pieces) else leaf.text
            for leaf in leaves
        ]
        return walker.rebuild(template, texts)  # a new document; the template is kept


class _LooseText:
    """One path's strings in a stream of unknown shape (`LoosePieces`), as one text."""

    def __init__(self, stream: OutboundStream) -> None:
        self.stream = stream
        self.fed = 0  # characters fed
        self.released = 0  # characters the stream let go of unchanged
        self.unreleased = ""  # fed, not let go of yet
        self.found = False  # the stream changed something: the held pieces are judged joined
        self.trail = ""  # the end of what went out, the context of what is held
        self.first: str | None = None  # the path's first string
        self.varies = False  # a later string differed from the first
        self.repeats = 0  # later strings that were the first again (not read yet)
        self.paused = False  # an event came without this path; see `LoosePieces.add_fed`

    @property
    def is_field(self) -> bool:
        """The same string in every event so far (an id, a type, a model's name): a field
        of each event, which no event waits for (its text is still read joined)."""
        return bool(self.repeats) and not self.varies

    def pause(self, stream: OutboundStream) -> None:
        """Stop reading the text here; `resume` reads on with `stream`."""
        self.stream = stream
        self.paused = True

    async def resume(self) -> None:
        """Read on: the new stream first reads the end of what went out (its `trail`,
        counted as let go of already), so a value across the pause is seen whole."""
        self.paused = False
        if not self.trail or self.found:
            return
        self.unreleased = self.trail + self.unreleased
        self.released -= len(self.trail)
        self.settle(await self.stream.feed(self.trail))

    def settle(self, out: str) -> None:
        if self.found:
            return
        if self.unreleased.startswith(out):
            self.unreleased = self.unreleased[len(out) :]
            self.released += len(out)
        else:
            self.found = True


class _HeldDocument:
    """A document `LoosePieces` holds, with its tag and its loose strings' places."""

    def __init__(
        self,
        document: Any,
        tag: Any,
        ends: dict[tuple[Any, ...], int],
        paths: dict[tuple[Any, ...], tuple[PathPart, ...]],
    ) -> None:
        self.document = document
        self.tag = tag
        self.ends = ends  # per path: where this document's string ends in its text
        self.paths = paths


_WHOLE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
"""An ISO 8601 time stamp, alone in a string: an event's time, read whole, never a piece."""

_TRAIL_CHARS = 256
"""How much of a loose path's text that went out is read again before what is held."""


class LoosePieces:
    """Strings under keys no known stream uses, in events of a stream of unknown shape
    (`{"type": "token", "value": "mail some"}`, `{"t": "one.else@example.net"}`), read
    as one text per field path: a client that knows its own stream joins them.

    Each string was restored and checked whole already (a keyed value after its key's
    words). It is also fed to a guarded stream of its path (`OutboundReply.stream`),
    which is asked only *when* a string may go: an event waits while the text of any of
    its paths could still be the start of a value ("5500 0000" waits for what comes; an
    id waits for the next event only: a path whose string is the same in every event is
    a field of each, and no event waits for it). The events go out in order,
    as they came; when a path's stream finds a value in the joined text, the strings
    held on that path are judged as neighbouring pieces (`OutboundReply.pieces`, after
    the end of what went out) and each part of the value is masked where it stands.
    Past `max_held_chars` held on a path, the same judgement is made at once. A path
    seen once so far pauses at the next event without it (what it held is decided then:
    a one-off event's string holds nothing back); when it comes back, its stream first
    reads the end of what went out again. A path whose strings vary waits across other
    events, so a value split around them is seen whole.
    """

    def __init__(self, reply: OutboundReply, max_held_chars: int) -> None:
        self._reply = reply
        self._max_held_chars = max_held_chars
        self._texts: dict[tuple[Any, ...], _LooseText] = {}
        self._queue: list[_HeldDocument] = []

    def holds(self) -> bool:
        """Whether a document waits, or a path's text has pieces not yet released."""
        return bool(self._queue) or any(state.unreleased for state in self._texts.values())

    def add(self, document: Any, tag: Any, ends: dict[tuple[Any, ...], int]) -> None:
        self._queue.append(_HeldDocument(document, tag, ends, {}))

    async def add_fed(
        self,
        document: Any,
        tag: Any,
        strings: dict[tuple[Any, ...], tuple[tuple[PathPart, ...], str]],
    ) -> None:
        """Queue `document`, feeding its loose `strings` (key -> path, text)."""
        ends: dict[tuple[Any, ...], int] = {}
        paths: dict[tuple[Any, ...], tuple[PathPart, ...]] = {}
        for key, absent in self._texts.items():
            if key not in strings and not (absent.paused or absent.varies):
                # An event without a path seen once so far (a one-off event's string, a
                # message id): what it held is decided now, so it does not hold back the
                # stream; if the path comes back, its text is read on from the end of what
                # went out. A path whose strings vary is a text: it waits across others.
                absent.settle(await absent.stream.flush())
                absent.pause(self._reply.stream())
        for key, (path, text) in strings.items():
            if _WHOLE_TIME.fullmatch(text):
                continue  # a time stamp of the event (Ollama's `created_at`): no piece of text
            state = self._texts.get(key)
            if state is None:
                state = self._texts[key] = _LooseText(self._reply.stream())
                state.first = text
            elif text == state.first and not state.varies:
                state.repeats += 1
                ends[key], paths[key] = state.fed, path
                continue  # a field of every event: no event waits for it (`is_field`)
            elif not state.varies:
                state.varies = True
                # The copies that went out as a field were pieces after all ("5", "5",
                # "0", ...): the text is read with them, as the client joins it.
                text = (state.first or "") * state.repeats + text
            if state.paused:
                await state.resume()
            state.fed += len(text)
            state.unreleased += text
            ends[key], paths[key] = state.fed, path
            if text:
                state.settle(await state.stream.feed(text))
            if len(state.unreleased) > self._max_held_chars:
                state.found = True
        self._queue.append(_HeldDocument(document, tag, ends, paths))

    async def release(self, *, final: bool, broken: bool = False) -> list[tuple[Any, Any]]:
        """The documents that may go now, in order (all of them when `final`). When the
        stream `broken` off, a piece of text still held is dropped (its string sent
        empty), never sent half-checked, as a held-back fragment is."""
        if not self._texts:
            now = [(held.document, held.tag) for held in self._queue]
            self._queue.clear()
            return now
        if broken:
            for key, state in self._texts.items():
                for held in self._queue:
                    if state.varies and key in held.paths and held.ends[key] > state.released:
                        _set_at(held.document, held.paths[key], "")
                state.found = False
                state.released = state.fed
        elif final:
            for state in self._texts.values():
                state.settle(await state.stream.flush())
                state.found = state.found or bool(state.unreleased)
        for key, state in self._texts.items():
            if state.found:
                await self._judge(key, state)
        out: list[tuple[Any, Any]] = []
        while self._queue and all(
            end <= self._texts[key].released or self._texts[key].is_field
            for key, end in self._queue[0].ends.items()
        ):
            held = self._queue.pop(0)
            for key, path in held.paths.items():
                text = _at(held.document, path)
                state = self._texts[key]
                state.trail = (state.trail + text)[-_TRAIL_CHARS:]
            out.append((held.document, held.tag))
        if final:
            self._texts.clear()
        return out

    async def _judge(self, key: tuple[Any, ...], state: _LooseText) -> None:
        """Mask a value across the strings held on one path, then let them all go."""
        held = [h for h in self._queue if key in h.paths]
        pieces = [_at(h.document, h.paths[key]) for h in held]
        checked = (await self._reply.pieces([[state.trail, *pieces]]))[0][1:]
        for h, text in zip(held, checked, strict=True):
            _set_at(h.document, h.paths[key], text)
        state.released = state.fed
        state.unreleased = ""
        state.found = False
        state.pause(self._reply.stream())


def _at(document: Any, path: tuple[PathPart, ...]) -> str:
    node = document
    for part in path:
        node = node[part]
    return node if isinstance(node, str) else ""


def _set_at(document: Any, path: tuple[PathPart, ...], text: str) -> None:
    node = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = text


class HeldArguments:
    """A tool call's streamed arguments: held whole (at most `max_chars`), then restored
    and checked as the same arguments in a JSON reply are (`OutboundReply.leaf_texts`:
    the text whole, and, when it is JSON, each keyed value after its keys' words). A
    value split over deltas is never read as loose text. Past `max_chars` the stream
    fails closed (nothing held is sent)."""

    def __init__(self, reply: OutboundReply, max_chars: int) -> None:
        self._reply = reply
        self._max_chars = max_chars
        self._parts: list[str] = []
        self._size = 0

    async def feed(self, chunk: str) -> str:
        self._size += len(chunk)
        if self._size > self._max_chars:
            raise ReplyTooLargeError(
                "a streamed tool call's arguments exceed max_reply_bytes; they are judged "
                "whole and cannot be held longer"
            )
        self._parts.append(chunk)
        return ""

    async def flush(self) -> str:
        text = "".join(self._parts)
        self._parts.clear()
        if not text:
            return ""
        refuse_document(self._reply, text)
        leaf = Leaf(text, ("arguments",))
        return (await self._reply.leaf_texts([leaf], [0]))[0]


class TextOrJson:
    """A streamed text that is decided by how it starts: JSON text (a JSON-mode answer:
    its first non-blank character is `{` or `[`) is held whole and judged as a JSON
    reply's text is (`HeldArguments`); anything else streams (`OutboundReply.stream`)."""

    def __init__(self, reply: OutboundReply, max_chars: int) -> None:
        self._reply = reply
        self._max_chars = max_chars
        self._lead = ""  # blank text before the first character
        self._stream: OutboundStream | HeldArguments | None = None

    async def feed(self, chunk: str) -> str:
        if self._stream is None:
            self._lead += chunk
            start = self._lead.lstrip()[:1]
            if not start and len(self._lead) <= self._max_chars:
                return ""
            if start in ("{", "["):
                self._stream = HeldArguments(self._reply, self._max_chars)
            else:
                self._stream = self._reply.stream()
            chunk, self._lead = self._lead, ""
        return await self._stream.feed(chunk)

    async def flush(self) -> str:
        if self._stream is None:
            lead, self._lead = self._lead, ""
            return lead  # blank text only: nothing to restore or check
        return await self._stream.flush()


_ARGUMENTS_EVENT = re.compile(r"^response\.[a-z_]*arguments\.delta$")


def _is_arguments(document: Any, path: tuple[PathPart, ...]) -> bool:
    """Whether a streamed fragment is a piece of a tool call's arguments."""
    if "arguments" in path:
        return True
    kind = document.get("type") if isinstance(document, dict) else None
    return isinstance(kind, str) and path == ("delta",) and bool(_ARGUMENTS_EVENT.match(kind))


_IDENTITY_FIELDS = ("type", "output_index", "content_index", "item_id", "summary_index")
"""Fields of an event that tell its texts apart: events of two types (an audio stream's
transcript and audio deltas, interleaved and without an item id) are two texts."""


def _stream_key(document: Any, path: tuple[PathPart, ...]) -> tuple[Any, ...]:
    """A field path with list positions named by each item's own `index`, plus the
    event's identity fields: the same text across events gets the same key."""
    parts: list[Any] = []
    node = document
    for part in path:
        child = node[part]
        if isinstance(part, int) and isinstance(child, dict):
            index = child.get("index")
            parts.append(("#", index) if isinstance(index, int) else part)
        else:
            parts.append(part)
        node = child
    if isinstance(document, dict):
        for name in _IDENTITY_FIELDS:
            if name in document:
                value = document[name]
                # A key part must be hashable: an odd (list, object) value by its text.
                scalar = value is None or isinstance(value, str | int | float)
                parts.append(("@", name, value if scalar else repr(value)))
    return tuple(parts)


def _free_text_key(path: tuple[PathPart, ...]) -> str | None:
    """The nearest object key of a path (list positions skipped)."""
    return next((part for part in reversed(path) if isinstance(part, str)), None)


_KNOWN_EVENT_TYPES = re.compile(
    r"(?:response|thread|conversation|session|input_audio_buffer|output_audio_buffer"
    r"|transcription_session|rate_limits)\.|(?:message_start|message_delta|message_stop"
    r"|content_block_start|content_block_delta|content_block_stop|ping|error)$"
)
"""Event types of the streams whose shapes are known (OpenAI's Responses, Assistants and
Realtime events, Anthropic's messages): their texts stream under `delta`, and their other
free text (a `.done` event's whole `text`) is one text per event."""


def _is_unnamed(document: Any) -> bool:
    """Whether an event of a stream is of no known shape: it names no event type (`type`,
    `object`, as every event of OpenAI's streams does), or a type of no known stream
    (`_KNOWN_EVENT_TYPES`: `{"type": "text", "text": "mail some"}`), and is no error. Such
    a stream (Gemini's `candidates[].content.parts[].text`, Cohere's `text`, an app's own)
    carries pieces of one text under free-text keys (`chat_format.FREE_TEXT_KEYS`) but
    maybe no `delta` key; they are read as pieces, not one by one."""
    if not isinstance(document, dict) or _is_error(document):
        return False
    if isinstance(document.get("object"), str):
        return False
    kind = document.get("type")
    return not isinstance(kind, str) or not _KNOWN_EVENT_TYPES.match(kind)


def _is_delta_event(document: Any) -> bool:
    """Whether an event names itself a piece of a stream (`"type": "response.x.delta"`):
    its strings under keys of no known event (`note`, not `delta`) are pieces too
    (`LoosePieces`), even when its type has a known prefix."""
    kind = document.get("type") if isinstance(document, dict) else None
    return isinstance(kind, str) and kind.endswith(".delta")


def _is_error(document: Any) -> bool:
    """Whether an event reports that the stream failed (`{"error": ...}`, OpenAI's shape)."""
    return isinstance(document, dict) and isinstance(document.get("error"), dict | str)


def _is_terminal(document: Any) -> bool:
    """Whether an event ends its text: a `finish_reason`, `done: true`, a `*.done` type."""
    if not isinstance(document, dict):
        return False
    if document.get("done") is True:
        return True
    kind = document.get("type")
    if isinstance(kind, str) and kind.endswith(".done"):
        return True
    choices = document.get("choices")
    return isinstance(choices, list) and any(
        isinstance(c, dict) and c.get("finish_reason") for c in choices
    )


class EventStreamBody:
    """Server-Sent Events: JSON events through `EventDocuments`, other data as text.

    An event's other fields (`event:`, `id:`, `retry:`, unknown ones) are restored and
    checked by the patterns, like header values; comments are passed on empty. Lines
    may end in CRLF, LF or a lone CR.
    """

    streams = True

    def __init__(self, reply: OutboundReply, max_event_chars: int) -> None:
        self._reply = reply
        self._documents = EventDocuments(
            reply, unnamed_pieces=True, max_held_chars=max_event_chars
        )
        self._max_event_chars = max_event_chars
        self._pending = ""
        self._carry = ""
        self._plain: DocumentGate | None = None
        self._prefix = ""

    async def feed(self, text: str, *, final: bool) -> str:
        # Lines end in CRLF, LF or a lone CR (all three are SSE); a CR at the end of a
        # piece waits for the next one, which may start with its LF.
        text, self._carry = self._carry + text, ""
        if text.endswith("\r") and not final:
            text, self._carry = text[:-1], "\r"
        self._pending += text.replace("\r\n", "\n").replace("\r", "\n")
        if len(self._pending) > self._max_event_chars:
            raise ReplyTooLargeError("an event of the reply stream exceeds max_reply_bytes")
        out: list[str] = []
        while "\n\n" in self._pending:
            block, self._pending = self._pending.split("\n\n", 1)
            out.append(await self._event(block))
        if final:
            if self._pending.strip():
                out.append(await self._event(self._pending))
            self._pending = ""
            out.append(await self._flush())
        return "".join(out)

    def error(self, exc: PiiGuardError) -> str:
        return f"data: {json.dumps(reply_error(exc))}\n\n"

    async def _event(self, block: str) -> str:
        others: list[str] = []
        data: list[str] = []
        comment = False
        for line in block.split("\n"):
            if line.startswith("data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(" ") else value)
            elif line.startswith(":"):
                comment = True  # a keep-alive; its text is not passed on unexamined
            elif line:
                others.append(line)
        # `event:`, `id:`, `retry:` and unknown fields: restored and checked by the patterns.
        if others:
            others = await self._reply.texts(others, structural=[True] * len(others))
        prefix = "".join(" ".join(line.splitlines()) + "\n" for line in others)
        if not data:
            return prefix + "\n" if prefix else (":\n\n" if comment else "")
        payload = "\n".join(data)
        if payload.strip() == "[DONE]":
            return await self._flush() + prefix + "data: [DONE]\n\n"
        try:
            document = loads_json(payload)
        except NumberTooLongError:
            raise UnsupportedReplyError(_NUMBER_TOO_LONG) from None
        except (ValueError, RecursionError):
            if self._plain is None:
                self._plain = DocumentGate(self._reply, self._reply.stream)
            return prefix + _data_lines(await self._plain.feed(payload))
        self._prefix = prefix
        sent = await self._documents.tagged(document, prefix)
        return "".join(tag + _data_lines(_dumps(d)) for d, tag in sent)

    async def _flush(self) -> str:
        out = [tag + _data_lines(_dumps(d)) for d, tag in await self._documents.end(self._prefix)]
        if self._plain is not None:
            rest = await self._plain.flush()
            self._plain = None
            if rest:
                out.append(_data_lines(rest))
        return "".join(out)


class NdjsonBody:
    """Newline-delimited JSON: each line a document, every free-text string a fragment."""

    streams = True

    def __init__(self, reply: OutboundReply, max_line_chars: int) -> None:
        self._documents = EventDocuments(
            reply, all_fragments=True, max_held_chars=max_line_chars
        )
        self._max_line_chars = max_line_chars
        self._pending = ""

    async def feed(self, text: str, *, final: bool) -> str:
        self._pending += text
        if len(self._pending) > self._max_line_chars:
            raise ReplyTooLargeError("a line of the reply stream exceeds max_reply_bytes")
        lines = self._pending.split("\n")
        self._pending = "" if final else lines.pop()
        out: list[str] = []
        for line in lines:
            if not line.strip():
                continue
            try:
                document = loads_json(line)
            except NumberTooLongError:
                raise UnsupportedReplyError(_NUMBER_TOO_LONG) from None
            except (ValueError, RecursionError):
                raise UnsupportedReplyError("an NDJSON reply line is not JSON") from None
            out.extend(_dumps(d) + "\n" for d in await self._documents.event(document))
        if final:
            out.extend(_dumps(d) + "\n" for d, _ in await self._documents.end())
        return "".join(out)

    def error(self, exc: PiiGuardError) -> str:
        return json.dumps(reply_error(exc)) + "\n"


def _dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


def _data_lines(payload: str) -> str:
    return "".join(f"data: {line}\n" for line in payload.split("\n")) + "\n"


__all__ = [
    "DocumentGate",
    "EventDocuments",
    "EventStreamBody",
    "HeldArguments",
    "JsonBody",
    "NdjsonBody",
    "ReplyResponder",
    "ReplyTooLargeError",
    "TextBody",
    "TextOrJson",
    "UnsupportedReplyError",
    "filter_json_text",
    "is_json",
    "media_type",
    "reply_error",
]
