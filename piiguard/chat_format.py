"""The OpenAI wire format in one place: endpoints, structural fields, roles, errors.

piiguard walks every string of a request and a reply (see `piiguard.walker`); this
module says which of them are protocol rather than content, and which chat role a
string belongs to. What is structural, by default:

- a string under one of `STRUCTURAL_KEYS` anywhere in the document (`model`, `role`,
  `type`, `object`, ids such as `tool_call_id`, enum-like settings such as
  `reasoning_effort`);
- a function or tool name (`name` beside `parameters`/`arguments`, or under a
  `function` key): the app registered it, masking it would break the call; a `name`
  beside a `role` is a participant's name and is content;

but never a string with whitespace in it: protocol values are identifiers, and words
under a structural key (`"type": "Anna Kowalski"`, a `status` or `system_fingerprint`
that is a sentence) are prose, content like any other.

Structural strings are not run through the word model, but they are still checked
by the validated pattern recognizers: an e-mail address put in `model` is masked.
Opaque strings are binary payloads in base64 and are not read at all: a `data:` URL
of a non-text media type, `input_audio.data`, the `data` of Anthropic's `source` and
Gemini's `inlineData`, a `file_data`, an `embedding` or `b64_json` — each only when its
base64 decodes to bytes that are not text (base64 of text is content). Of these, only
images, audio and video are media; any other binary payload (a PDF, an Office file, an
archive) is a document whose text cannot be read (`document_type`), which the walker
refuses unless told to pass it (`piiguard.walker.Walker`).
Everything else, including object keys and any key no schema names, is content; a short
content string is read after its keys' words (`field_words`: `{"passport": "AB1234567"}`
reads as "passport: AB1234567"), except under free-text keys (`FREE_TEXT_KEYS`); a free
text that is itself JSON (a tool's result, a call's arguments) is read whole, and its keyed
values also after their keys' words (`json_text_fields`).

>>> STRUCTURAL_KEYS >= {"model", "role", "tool_call_id"}
True
"""

from __future__ import annotations

import base64
import copy
import json
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, NamedTuple

from starlette.responses import JSONResponse

from piiguard.exceptions import NumberTooLongError

CHAT_PATH = "/v1/chat/completions"
RESPONSES_PATH = "/v1/responses"
EMBEDDINGS_PATH = "/v1/embeddings"
COMPLETIONS_PATH = "/v1/completions"
MODELS_PATH = "/v1/models"
GUARDED_API_PATHS: tuple[str, ...] = (CHAT_PATH, RESPONSES_PATH, EMBEDDINGS_PATH, COMPLETIONS_PATH)
"""The OpenAI endpoints the proxy serves, each masked on the way in."""

STRUCTURAL_KEYS: frozenset[str] = frozenset(
    {
        # what and who
        "model",
        "role",
        "type",
        "object",
        "status",
        # ids the protocol threads through a conversation
        "id",
        "tool_call_id",
        "call_id",
        "item_id",
        "response_id",
        "previous_response_id",
        "system_fingerprint",
        "obfuscation",
        # enum-like settings and markers
        "finish_reason",
        "encoding_format",
        "reasoning_effort",
        "service_tier",
        "detail",
        "format",
        "truncation",
        "voice",
    }
)
"""Keys whose string values are protocol, not content (settable: `GuardConfig.structural_keys`)."""

TIME_NUMBER_KEYS: frozenset[str] = frozenset(
    {"created", "created_at", "completed_at", "expires_at", "timestamp"}
)
"""Keys whose numbers are times: protocol while they read as one (`is_time_number`)."""

POSITION_NUMBER_KEYS: frozenset[str] = frozenset(
    {"index", "output_index", "content_index", "summary_index", "sequence_number"}
)
"""Keys whose numbers are positions in a stream, in every event: protocol below
`POSITION_NUMBER_LIMIT`."""

SEED_NUMBER_KEYS: frozenset[str] = frozenset({"seed"})
"""Keys whose numbers are a sampler's seed: the request's own setting (protocol there); in
a reply protocol only as the seed the request sent (`number_text`'s `seeds`)."""

PROTOCOL_NUMBER_KEYS: frozenset[str] = TIME_NUMBER_KEYS | POSITION_NUMBER_KEYS | SEED_NUMBER_KEYS
"""Keys whose numbers may be protocol (times, positions, seeds); see `number_text`."""

POSITION_NUMBER_LIMIT = 10**9
"""A position from here up is no stream's position (a billion events): read as digits."""

_LATEST_TIME_SECONDS = 4_102_444_800  # 2100-01-01
_EARLIEST_TIME_MILLISECONDS = 946_684_800_000  # 2000-01-01


def is_time_number(value: int) -> bool:
    """Whether a whole number reads as a time: seconds since 1970 before 2100, or
    milliseconds between 2000 and 2100 (the units APIs write `created` in). A card, an
    account or a phone number under `created` is none (a microsecond time is read as
    digits: 16 of them are a card's length).

    >>> is_time_number(1765000000), is_time_number(1765000000123)
    (True, True)
    >>> is_time_number(5500000000000004), is_time_number(48601234567)
    (False, False)
    """
    return 0 <= value < _LATEST_TIME_SECONDS or (
        _EARLIEST_TIME_MILLISECONDS <= value < _LATEST_TIME_SECONDS * 1000
    )


NUMBER_MIN_DIGITS = 7
"""Whole numbers with at least this many digits are read (token ids, counts and limits
are shorter; card, account and id numbers are longer)."""

KEYED_NUMBER_MIN_DIGITS = 3
"""Shorter whole numbers that are an object's value, with at least this many digits, are
read too, after their key's words (`field_words`): `{"cvv": 123}`, `{"pin": 4321}` are
known by the key, as the same digits in a string are (`{"max_tokens": 1000}` reads as
nothing)."""

CALLER_MAPS: frozenset[str] = frozenset({"metadata"})
"""Keys of maps the caller fills with its own keys and values (OpenAI's `metadata` on
chats, responses, threads, files, batches, ...): every string in them is content, under
whatever key (`{"id": "Anna Kowalski"}`), and so are their keys."""

FRAGMENT_KEYS: frozenset[str] = frozenset({"delta", "token", "tokens"})
"""In an event stream, strings under these keys are pieces of one text (held back per field)."""


def is_fragment(path: Sequence[str | int]) -> bool:
    """Whether a string at `path` of a streamed event is a piece of a longer text: under
    one of `FRAGMENT_KEYS`, or a legacy completion's `choices[i].text`.

    >>> is_fragment(("choices", 0, "delta", "content")), is_fragment(("choices", 0, "text"))
    (True, True)
    >>> is_fragment(("response", "output", 0, "content", 0, "text"))
    False
    """
    if len(path) == 3 and path[0] == "choices" and isinstance(path[1], int) and path[2] == "text":
        return True
    return any(part in FRAGMENT_KEYS for part in path)


TOKEN_KEYS: frozenset[str] = frozenset({"token", "tokens"})
"""Keys of logprobs tokens (`token`, and the legacy completions' `tokens` list): strings
under them are pieces of one text, read joined as well (`piiguard.pipeline.OutboundReply`)."""

_WHITESPACE = re.compile(r"\s")
_FUNCTION_SIBLINGS = frozenset({"parameters", "arguments", "input_schema", "schema", "strict"})
_BINARY_PARENTS = frozenset({"input_audio", "source", "inlineData", "inline_data"})
"""Objects whose `data` is a base64 payload: OpenAI's `input_audio`, Anthropic's `source`,
Gemini's `inlineData` (each names its media type beside it: `MEDIA_TYPE_KEYS`)."""
MEDIA_TYPE_KEYS: tuple[str, ...] = ("media_type", "mimeType", "mime_type")
"""Keys beside a payload's `data` that name its media type (`input_audio`'s is audio)."""


def is_structural_key(key: str, parent_key: str | int | None) -> bool:
    """Whether an object key is protocol: keys are identifiers far more often than prose,
    and the patterns alone check them, except the keys of a caller's map
    (`CALLER_MAPS`) and keys with a space in them (`"Anna Kowalski"`), which are content.

    >>> is_structural_key("tool_choice", None), is_structural_key("Anna Kowalski", None)
    (True, False)
    """
    # A plain space only: every key of every streamed event comes here, and a regex for
    # any whitespace cost ~0.3 us a key (Unicode spaces are folded away in content).
    return " " not in key and parent_key not in CALLER_MAPS


def is_structural(
    key: str | int | None,
    value: str,
    parent: Mapping[str, Any] | None,
    parent_key: str | int | None,
    structural_keys: frozenset[str] = STRUCTURAL_KEYS,
) -> bool:
    """Whether the string `value` at `parent[key]` is protocol rather than content.

    >>> is_structural("name", "get_weather", {"name": "x", "parameters": {}}, 0)
    True
    >>> is_structural("name", "Anna", {"role": "user", "name": "Anna"}, 0)
    False
    >>> is_structural("type", "text", None, 0), is_structural("type", "Anna Kowalski", None, 0)
    (True, False)
    """
    if not isinstance(key, str) or parent_key in CALLER_MAPS:
        return False
    if key in structural_keys:
        protocol = True
    elif key == "name" and parent is not None and "role" not in parent:
        protocol = parent_key == "function" or any(k in parent for k in _FUNCTION_SIBLINGS)
    else:
        return False
    return protocol and not _WHITESPACE.search(value)  # words are no identifier


def number_text(
    key: str | int | None, value: Any, *, seeds: Collection[int] | None = None
) -> str | None:
    """The digits of a JSON number that could be a card or id number, else None.

    A card written as a number (`"card": 4111111111111111`) is personal data like the
    same digits in a string: such numbers are read (by the patterns) as their digits, and
    an object's value from `KEYED_NUMBER_MIN_DIGITS` digits (read after its key's words).
    Booleans, fractions and short numbers are not, nor protocol numbers as long as they
    read as what their key says: a time under `TIME_NUMBER_KEYS` (`is_time_number`), a
    position under `POSITION_NUMBER_KEYS`, a seed under `SEED_NUMBER_KEYS` in a request
    (`seeds` None) or, in a reply, one of the request's `seeds`. Anything else under those
    keys is read as any number is (in a reply, a card under `created` or `seed` is a card;
    a request's own `seed` is its caller's setting and passes).

    >>> number_text("card", 4111111111111111), number_text("cvv", 123)
    ('4111111111111111', '123')
    >>> number_text("seed", 4111111111111111) is None, number_text("n", 42) is None
    (True, True)
    >>> number_text("seed", 4111111111111111, seeds=()), number_text("created", 1765000000)
    ('4111111111111111', None)
    >>> number_text(0, 1234) is None  # a list's item: a token id, not a keyed value
    True
    """
    # Every number of every streamed event comes here: the common cases return first.
    if type(value) is not int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if isinstance(value, float):
            if not value.is_integer():
                return None
            value = int(value)
    if -_SHORTEST_READ < value < _SHORTEST_READ:
        return None  # fewer digits than any number read (`KEYED_NUMBER_MIN_DIGITS`)
    if key in PROTOCOL_NUMBER_KEYS and _is_protocol_number(key, value, seeds):
        return None
    digits = str(abs(value))
    if len(digits) >= NUMBER_MIN_DIGITS:
        return digits
    return digits if isinstance(key, str) and len(digits) >= KEYED_NUMBER_MIN_DIGITS else None


_SHORTEST_READ = 10 ** (KEYED_NUMBER_MIN_DIGITS - 1)


def _is_protocol_number(key: str | int | None, value: int, seeds: Collection[int] | None) -> bool:
    if key in TIME_NUMBER_KEYS:
        return is_time_number(value)
    if key in POSITION_NUMBER_KEYS:
        return 0 <= value < POSITION_NUMBER_LIMIT
    return seeds is None or value in seeds


def seed_numbers(document: Any) -> frozenset[int]:
    """The whole numbers under `SEED_NUMBER_KEYS` in a request, at its top level or in an
    object there (`seed`, Ollama's `options.seed`, Gemini's `generationConfig.seed`, TGI's
    `parameters.seed`): what its reply may send back as protocol (`number_text`'s `seeds`).
    Not deeper: every request is looked at, and a body can be large.

    >>> sorted(seed_numbers({"seed": 42, "options": {"seed": 7}, "n": [{"seed": 1}]}))
    [7, 42]
    """
    if not isinstance(document, dict):
        return frozenset()
    found: set[int] = set()
    for node in (document, *(v for v in document.values() if isinstance(v, dict))):
        for key in SEED_NUMBER_KEYS:
            value = node.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                found.add(value)
    return frozenset(found)


_PARTIAL_CHARACTER_BYTES = 3
"""Most bytes of a token that is part of one character (a 4-byte character cut in two)."""


def token_bytes(token: str, sent: str, value: Any) -> Any:
    """The `bytes` of a logprobs entry (`{"token": ..., "bytes": [...]}`) once its token
    is `sent` instead of `token`: the UTF-8 of the token as sent.

    `bytes` spells its token as numbers, which no recognizer reads, so it may only ever
    say what the checked token says: when the token was masked or restored, or the
    numbers spell anything but the token, they become the sent token's bytes. Kept as
    they are: the token's own bytes, and up to 3 non-ASCII bytes of a token that is a
    piece of one character (their text is no character at all).

    >>> token_bytes("anna@example.org", "[EMAIL_ADDRESS]", list(b"anna@example.org"))[:3]
    [91, 69, 77]
    >>> token_bytes("ok", "ok", [111, 107]), token_bytes("ok", "ok", list(b"x@example.org"))
    ([111, 107], [111, 107])
    """
    if not isinstance(value, list):
        return value
    if sent == token and all(isinstance(b, int) and 0 <= b <= 255 for b in value):
        raw = bytes(value)
        if raw == token.encode("utf-8", "surrogatepass"):
            return value
        if len(raw) <= _PARTIAL_CHARACTER_BYTES and all(b >= 0x80 for b in raw):
            return value
    return list(sent.encode("utf-8", "surrogatepass"))


TOKEN_ID_KEYS: frozenset[str] = frozenset({"input", "prompt", "prompt_token_ids", "input_ids"})
"""Keys of a request whose value may be token ids instead of text (`is_token_ids`)."""


def is_token_ids(value: Any) -> bool:
    """Whether a value is token ids: a non-empty list of integers, or of such lists
    (`/v1/embeddings` `input`, `/v1/completions` `prompt`), text only a tokenizer reads.

    >>> is_token_ids([9906, 1917]), is_token_ids([[9906], [1917, 0]])
    (True, True)
    >>> is_token_ids([]), is_token_ids(["hi"]), is_token_ids([True]), is_token_ids([1.5])
    (False, False, False, False)
    """

    def ids(items: Any) -> bool:
        return (
            isinstance(items, list) and bool(items)
            and all(isinstance(i, int) and not isinstance(i, bool) for i in items)
        )

    return ids(value) or (isinstance(value, list) and bool(value) and all(map(ids, value)))


_OPAQUE_KEYS = frozenset({"embedding", "b64_json"})
_BASE64_RE = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_SAMPLE_CHARS = 4096


def is_opaque(key: str | int | None, value: str, parent_key: str | int | None) -> bool:
    """Whether a string is a binary payload (base64 of bytes that are not text).

    >>> is_opaque("embedding", "AACAPwAAAEAAAEBA", None)
    True
    >>> is_opaque("embedding", "YW5uYUBleGFtcGxlLm9yZw==", None)  # base64 of an e-mail
    False
    """
    if value.startswith("data:"):
        header, _, data = value[5:].partition(",")
        media = header.split(";", 1)[0].lower()
        if not header.lower().endswith(";base64") or not media or media.startswith("text/"):
            return False
        return _is_binary_base64(data)
    if key in _OPAQUE_KEYS or key == "file_data" or (
        key == "data" and parent_key in _BINARY_PARENTS
    ):
        return _is_binary_base64(value)
    return False


MEDIA_PREFIXES: tuple[str, ...] = ("image/", "audio/", "video/")
"""Media types of the binary payloads passed as they are (pictures and sound hold no text
the guard could read, and are documented as opaque); any other binary payload is a
document (`document_type`)."""
_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),  # also docx, xlsx, pptx, odt, epub, jar
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # doc, xls, msg
    (b"{\\rtf", "application/rtf"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"\x1f\x8b\x08", "application/gzip"),
)
_MEDIA_TYPE_RE = re.compile(r"[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,80}")
_SIGNATURE_MIN_CHARS = 64
"""Shortest string without a payload's place (`data:` URL, `data`, `file_data`) whose
base64 is checked for a document's opening bytes."""


def _base64_prefixes(signature: bytes) -> tuple[str, ...]:
    """The base64 characters every encoding of bytes opening with `signature` starts with."""
    head = base64.b64encode(signature).decode()[: len(signature) * 4 // 3]
    return tuple({head, head.replace("+", "-").replace("/", "_")})


_SIGNATURE_PREFIXES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (_base64_prefixes(signature), media) for signature, media in _DOCUMENT_SIGNATURES
)
_ANY_SIGNATURE = tuple(prefix for prefixes, _ in _SIGNATURE_PREFIXES for prefix in prefixes)
PAYLOAD_KEYS = frozenset({"data", "file_data"})
PAYLOAD_PREFIXES: tuple[str, ...] = ("data:", *_ANY_SIGNATURE)
"""`document_type` is None for a string that neither starts with one of these nor stands
under one of `PAYLOAD_KEYS` (a cheap test before the call, on every string walked)."""


_EMBEDDED_DATA_URL = re.compile(r"data:[A-Za-z0-9.+/;=_-]*;base64,[A-Za-z0-9+/=_\r\n-]+")
"""A `data:` URL in base64 anywhere in a text, its data to the first character that is
neither base64 nor a line break."""
_LINE_MIN_CHARS = 16
"""Narrowest line of base64 in lines read as one run (MIME writes 76, PEM 64)."""


def unwrapped_base64(value: str) -> str | None:
    """Base64 written in lines (MIME's 76 columns and CRLF, PEM's 64 and LF), alone or as
    a `data:` URL's data, as one run without its line breaks; None for any other string.

    Lines break base64 into runs no decoder of the guard reads whole (a value across a
    line break would be read as two halves) and hide a document's or a medium's shape,
    so such a string is read, checked and sent on as one run (base64 means the same
    without its line breaks). Only the encoders' shape counts: every line but the last
    of one width, a multiple of 4 of at least `_LINE_MIN_CHARS`, all of it base64; a
    list of words one per line is text.

    >>> unwrapped_base64("QUJDREVGR0hJSktMTU5P\\r\\nUFFSU1RVVldYWVo=\\r\\n")
    'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo='
    >>> unwrapped_base64("data:text/plain;base64,QUJDREVGR0hJSktMTU5P\\nUFE=")
    'data:text/plain;base64,QUJDREVGR0hJSktMTU5PUFE='
    >>> unwrapped_base64("first line of a note\\nsecond") is None
    True
    """
    if "\n" not in value:
        return None
    prefix, data = "", value
    if value.startswith("data:"):
        header, comma, data = value.partition(",")
        if not comma or not header.lower().endswith(";base64"):
            return None
        prefix = header + ","
    first = data[: data.find("\n")].removesuffix("\r")
    width = len(first)
    if width < _LINE_MIN_CHARS or width % 4 or not _BASE64_RE.fullmatch(first):
        return None
    lines = [line.removesuffix("\r") for line in data.split("\n")]
    if lines[-1] == "":
        lines.pop()
    if len(lines) < 2 or not 0 < len(lines[-1]) <= width:
        return None
    if any(len(line) != width for line in lines[1:-1]):
        return None
    joined = "".join(lines)
    return prefix + joined if _BASE64_RE.fullmatch(joined) else None


def _compact(data: str) -> str:
    """`data` without whitespace (base64 decoders skip line breaks and spaces)."""
    return "".join(data.split())


def may_hold_document(key: str | int | None, value: str) -> bool:
    """Whether `document_type` needs to look at a string (a cheap test on every string
    walked): under a payload key, or starting, whitespace aside, like a payload.

    >>> may_hold_document(None, "JVBE\\nRi0xLjcKJeLjz9M=" * 4), may_hold_document(None, "hi")
    (True, False)
    """
    if key in PAYLOAD_KEYS or value.startswith(PAYLOAD_PREFIXES) or ";base64," in value:
        return True
    head = value[:16]
    if len(value) < _SIGNATURE_MIN_CHARS or (head.isprintable() and " " not in head):
        return False  # no whitespace where a payload's opening would be
    words = value[:96].split(None, 1)
    if not words or not (
        words[0] in _PREFIXES_OF_SIGNATURES or words[0].startswith(PAYLOAD_PREFIXES)
    ):
        return False  # prose: its first word opens no payload
    return _compact(value[:96]).startswith(PAYLOAD_PREFIXES)


def document_type(
    key: str | int | None, value: str, parent: Mapping[str, Any] | None,
    parent_key: str | int | None,
) -> str | None:
    """The media type of a document in base64 (a PDF, an Office file, an archive: a binary
    payload that is not `MEDIA_PREFIXES`), or None: such a payload holds text the guard
    cannot read, so it does not cross unless a setting lets it (`request_documents`).

    A payload is a `data:` URL in base64, a `data` beside its media type (`source`,
    `inlineData`, `input_audio`) or a `file_data`; its declared type decides, unless its
    bytes open as a document (`%PDF-`, a ZIP, an OLE file, RTF, 7z, RAR, gzip), which any
    long base64 string is checked for, whatever its key or declared type. Whitespace in
    the base64 (MIME and PEM lines, a break anywhere) is skipped, as decoders skip it.

    >>> pdf = base64.b64encode(b"%PDF-1.7\\n" + bytes(range(256))).decode()
    >>> document_type("url", "data:application/pdf;base64," + pdf, None, "image_url")
    'application/pdf'
    >>> document_type("data", pdf, {"media_type": "application/pdf"}, "source")
    'application/pdf'
    >>> png = base64.b64encode(b"\\x89PNG" + bytes(range(256))).decode()
    >>> document_type("url", "data:image/png;base64," + png, None, "image_url") is None
    True
    """
    declared: str | None
    if value.startswith("data:"):
        header, _, data = value[5:].partition(",")
        if not header.lower().endswith(";base64"):
            return None
        declared = header.split(";", 1)[0].strip().lower() or "text/plain"
        data = _compact(data)
    elif key == "file_data" or (key == "data" and parent_key in _BINARY_PARENTS):
        data = _compact(value)
        named = next(
            (parent[k] for k in MEDIA_TYPE_KEYS if parent and isinstance(parent.get(k), str)),
            None,
        )
        if parent_key == "input_audio":
            named = "audio/"
        declared = named.strip().lower() if named else "application/octet-stream"
    elif len(value) >= _SIGNATURE_MIN_CHARS and _compact(value[:96]).startswith(_ANY_SIGNATURE):
        data, declared = _compact(value), None
        if len(data) < _SIGNATURE_MIN_CHARS:
            return None
    else:
        # A `data:` URL inside a text (a Markdown link, a pasted URL) is the same payload.
        for match in _EMBEDDED_DATA_URL.finditer(value) if ";base64," in value else ():
            media = document_type(None, match.group(), None, None)
            if media is not None:
                return media
        return None
    if data.startswith(_ANY_SIGNATURE) and _BASE64_RE.fullmatch(data[:_SAMPLE_CHARS]):
        for prefixes, media in _SIGNATURE_PREFIXES:
            if data.startswith(prefixes):
                return media
    if declared is None or declared.startswith((*MEDIA_PREFIXES, "text/")):
        return None
    if not _MEDIA_TYPE_RE.fullmatch(declared):
        declared = "application/octet-stream"  # errors and logs name no caller's words
    return declared if _is_binary_base64(data) else None


_HEADER_MAX_CHARS = 256
"""Longest `data:` URL header a streamed text is held for (`opening_document`)."""
_HEADER_RE = re.compile(r"data:[A-Za-z0-9.+/;=_-]*")
_PREFIXES_OF_SIGNATURES = frozenset(
    prefix[:n] for prefix in PAYLOAD_PREFIXES for n in range(1, len(prefix))
)


def opening_document(head: str, *, complete: bool) -> tuple[bool, str | None]:
    """Whether the start of a streamed text decides what it is, and the media type of
    the document in base64 it opens (`document_type`: a `data:` URL or base64 opening as
    a PDF, an Office file, an archive, in lines or not), or None for any other text.

    A document split over the events of a stream is one text: its start is held until
    it is known (a `data:` URL's header and its first base64, a signature's first 64
    characters), at most `_HEADER_MAX_CHARS` and 64 more; `complete` decides a text
    that ended before that.

    >>> pdf = base64.b64encode(b"%PDF-1.7\\n" + bytes(range(256))).decode()
    >>> opening_document("JVB", complete=False), opening_document("Hello", complete=False)
    ((False, None), (True, None))
    >>> opening_document(pdf[:80], complete=False)
    (True, 'application/pdf')
    >>> opening_document("data:application/pdf;base64," + pdf[:70], complete=False)
    (True, 'application/pdf')
    >>> opening_document("data: the figures", complete=False)
    (True, None)
    """
    text = head.lstrip()
    if not text:
        return complete, None
    if text.startswith("data:") or "data:".startswith(text):
        header, comma, data = text.partition(",")
        if not _HEADER_RE.fullmatch(header) and not "data:".startswith(header):
            return True, None  # words after "data:" ("data: the figures ...")
        if not comma:
            return complete or len(header) > _HEADER_MAX_CHARS, None
        if len(_compact(data)) < _SIGNATURE_MIN_CHARS and not complete:
            return False, None
        return True, document_type(None, header + "," + _compact(data), None, None)
    compact = _compact(text[: _SIGNATURE_MIN_CHARS * 2])
    if compact in _PREFIXES_OF_SIGNATURES:
        return complete, None
    if not compact.startswith(_ANY_SIGNATURE):
        return True, None
    compact = _compact(text)
    if len(compact) < _SIGNATURE_MIN_CHARS and not complete:
        return False, None
    return True, document_type(None, compact, None, None)


def _is_binary_base64(data: str) -> bool:
    sample = data[:_SAMPLE_CHARS]
    sample = sample[: len(sample) - len(sample) % 4] if len(data) > _SAMPLE_CHARS else sample
    if len(sample) < 8 or not _BASE64_RE.fullmatch(sample):
        return False
    try:
        raw = base64.b64decode(sample + "=" * (-len(sample) % 4), altchars=b"-_"
                               if ("-" in sample or "_" in sample) else None)
    except ValueError:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return printable < 0.9 * len(text)


FREE_TEXT_KEYS: frozenset[str] = frozenset(
    {
        "content", "text", "input", "prompt", "instructions", "description", "arguments",
        "output", "query", "message", "system", "summary", "refusal", "transcript",
        "suffix", "stop", "data", "url", "file_data",
        # streamed text of other shapes (Ollama's `response` and `thinking`)
        "response", "thinking",
    }
) | FRAGMENT_KEYS | TOKEN_KEYS
"""Keys whose strings are free text (a message, a prompt, a tool's arguments) or pieces of
one (streamed deltas, logprobs tokens): their key says nothing about what is in them (see
`field_words`; "token: Write" would read as a credential)."""

FIELD_VALUE_MAX_CHARS = 100
"""Longest string read as one field's value, with its key before it (`field_words`)."""

_KEY_JOINERS = re.compile(r"[_\-.]+|(?<=[a-z])(?=[A-Z])")


def field_words(path: Sequence[str | int], text: str) -> str | None:
    """The key a short string is the value of, as words, or None: a reader knows
    `{"passport": "AB1234567"}` or `?phone=48601234567` by the key, as the same words
    before the value in a message ("my passport: AB1234567"). The two nearest keys of
    `path` (`{"passport": {"number": ...}}`, `{"phones": ["..."]}`), unless the nearest
    holds free text (`FREE_TEXT_KEYS`) or the value is longer than `FIELD_VALUE_MAX_CHARS`.

    >>> field_words(("customer", "dateOfBirth"), "1985-03-14")
    'customer date Of Birth'
    >>> field_words(("passport", "number"), "AB1234567")
    'passport number'
    >>> field_words(("messages", 0, "content"), "hi") is None
    True
    """
    if len(text) > FIELD_VALUE_MAX_CHARS:
        return None
    keys = [part for part in path if isinstance(part, str)][-2:]
    if not keys or keys[-1] in FREE_TEXT_KEYS:
        return None
    if keys[0] in FREE_TEXT_KEYS:
        keys = keys[1:]
    words = _KEY_JOINERS.sub(" ", " ".join(keys)).strip()
    return words or None



class TextField(NamedTuple):
    """A string value of JSON written into a text, and where it is in that text."""

    words: str
    """Its keys' words (`field_words`)."""
    value: str
    """The value, its escapes decoded."""
    offsets: tuple[int, ...]
    """Where each character of `value` starts in the text, then where the value ends."""
    number: bool = False
    """The value is a JSON number's digits (no sign): a masked one stands bare in the
    text, and `requote_json` quotes it, as a placeholder is no number."""
    depth: int = 1
    """How many JSON texts deep the value is (2: in JSON text written as a string value
    of the text): a replacement is JSON-escaped once per level."""


_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?', re.DOTALL
)
_WHOLE_NUMBER = re.compile(r"-?\d+")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t"}
_JSON_TEXT_MAX_DEPTH = 128
_JSON_TEXT_MAX_NESTING = 3
"""Most levels of JSON text written into a string of JSON text that are read."""


def json_text_fields(
    text: str, structural_keys: frozenset[str] = STRUCTURAL_KEYS, *, _nesting: int = 1
) -> list[TextField]:
    """The keyed string values of a free text that is itself a JSON object or array (a
    tool's result, a call's arguments, a pasted document), each with its keys' words as
    `field_words` gives them for a request's own fields, and where it sits in `text`: a
    reader knows `'{"account_number": "12345678"}'` by the key, as `{"account_number":
    "12345678"}` in the request. Keys and protocol values (`is_structural`) are not
    listed; a text that is not JSON has none. A string value that is itself JSON text
    (an API's answer holding JSON encoded as a string) is read the same way, its values'
    places mapped to `text` (up to `_JSON_TEXT_MAX_NESTING` levels).

    >>> [(f.words, f.value, f.offsets[0]) for f in json_text_fields('{"passport": "AB12"}')]
    [('passport', 'AB12', 14)]
    >>> [(f.words, f.value, f.number) for f in json_text_fields('{"phone": 48601234567}')]
    [('phone', '48601234567', True)]
    >>> json_text_fields("my passport: AB12")
    []
    """
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return []
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return []
    # The text is valid JSON: its strings and punctuation, in order, say every path.
    frames: list[list[Any]] = []  # [key or index, whether a key comes next (objects)]
    found: list[TextField] = []
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in ("{", "["):
            if len(frames) >= _JSON_TEXT_MAX_DEPTH:
                return found
            frames.append([None, True] if token == "{" else [0, None])
        elif token in ("}", "]"):
            frames.pop()
        elif token == ",":
            frame = frames[-1]
            if frame[1] is None:
                frame[0] += 1
            else:
                frame[1] = True
        elif token == ":":
            frames[-1][1] = False
        elif token[0] != '"':  # a number
            path = tuple(frame[0] for frame in frames)
            key = path[-1] if path else None
            if not _WHOLE_NUMBER.fullmatch(token) or number_text(key, int(token)) is None:
                continue  # a fraction, a short number or a protocol number (`seed`)
            digits = token.lstrip("-")
            words = field_words(path, digits)
            if words:
                at = range(match.end() - len(digits), match.end() + 1)
                found.append(TextField(words, digits, tuple(at), True))
        elif frames and frames[-1][1]:
            frames[-1][0] = _decoded(token[1:-1], 0)[0]
        else:
            value, offsets = _decoded(token[1:-1], match.start() + 1)
            if _nesting < _JSON_TEXT_MAX_NESTING and value.lstrip()[:1] in ("{", "["):
                found += [
                    inner._replace(
                        offsets=tuple(offsets[at] for at in inner.offsets),
                        depth=inner.depth + 1,
                    )
                    for inner in json_text_fields(value, structural_keys, _nesting=_nesting + 1)
                ]
            path = tuple(frame[0] for frame in frames)
            key = path[-1] if path else None
            parent_key = path[-2] if len(path) >= 2 else None
            if is_structural(key, value, None, parent_key, structural_keys):
                continue
            words = field_words(path, value)
            if words:
                found.append(TextField(words, value, offsets))
    return found


_BARE_RUN = re.compile(
    r'"(?:[^"\\]|\\.)*"|(?:\[[A-Z][A-Z0-9_]*(?::[0-9a-f]+)?\]|[^"{}\[\],:\s])+'
    r'(?:\s+(?:\[[A-Z][A-Z0-9_]*(?::[0-9a-f]+)?\]|[^"{}\[\],:\s])+)*',
    re.DOTALL,
)
_JSON_LITERAL = re.compile(r"true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def requote_json(original: str, masked: str) -> str:
    r"""`masked` (a JSON text `original` with values replaced) kept JSON: a number
    replaced by a placeholder, a marker or a partial mask (`<PHONE_NUMBER_1>`,
    `[CREDIT_CARD]`, `-****5678`) stands bare where a value goes, and is quoted there,
    so the text still parses (the number reads back as a string); so is one in JSON text
    written as a string inside it. Only runs holding such a mask are quoted; any other
    text comes back as it is: one that was no JSON, one still JSON, one this cannot mend.

    >>> requote_json('{"card": 4111111111111111}', '{"card": <CREDIT_CARD_1>}')
    '{"card": "<CREDIT_CARD_1>"}'
    >>> requote_json('[1, 4111111111111111]', '[1, [CREDIT_CARD]]')
    '[1, "[CREDIT_CARD]"]'
    >>> requote_json('{"b": "{\\"n\\": 12345678}"}', '{"b": "{\\"n\\": <ID_1>}"}')
    '{"b": "{\\"n\\": \\"<ID_1>\\"}"}'
    """
    if masked == original or original.lstrip()[:1] not in ("{", "["):
        return masked
    try:
        json.loads(original)
    except (ValueError, RecursionError):
        return masked
    return _mended(masked, _JSON_TEXT_MAX_NESTING)


_MASK_MARK = re.compile(r"<[A-Z][A-Z0-9_]*>|\[[A-Z][A-Z0-9_]*(?::[0-9a-f]+)?\]|\*")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def _quote_masked(match: re.Match[str]) -> str:
    run = match.group()
    if run[0] == '"' or _JSON_LITERAL.fullmatch(run) or not _MASK_MARK.search(run):
        return run
    return json.dumps(run, ensure_ascii=False)


def _mended(text: str, levels: int) -> str:
    """`text` with its bare masked runs quoted (kept only if it then parses), and the
    same done in JSON text written in its strings, `levels` deep."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        quoted = _BARE_RUN.sub(_quote_masked, text)
        try:
            json.loads(quoted)
        except (ValueError, RecursionError):
            return text
        text = quoted
    if levels <= 1 or '\\"' not in text:
        return text

    def inner(match: re.Match[str]) -> str:
        token = match.group()
        if '\\"' not in token:
            return token
        value = json.loads(token)
        if value.lstrip()[:1] not in ("{", "[") or not _MASK_MARK.search(value):
            return token
        fixed = _mended(value, levels - 1)
        return token if fixed == value else json.dumps(fixed, ensure_ascii=False)

    return _JSON_STRING.sub(inner, text)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
SURROGATE = re.compile("[\ud800-\udfff]")
"""A half of a surrogate pair in a `str` (a JSON string's escape leaves one there; the
responders write it back as that escape, the reply guard reads it as U+FFFD)."""


def strict_json(
    raw: bytes | str,
    *,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> Any:
    """`raw` parsed as JSON, or `ValueError` (or `RecursionError`) for what no strict
    reader takes and could not be written on as JSON: `NaN`, `Infinity` (Python's parser
    reads them), a number past a double's range (`1e400`, written on as `Infinity`), an
    escaped half of a surrogate pair (it parses, but is no character; a whole pair is one).
    `object_pairs_hook` is `json.loads`'s (to refuse a repeated member, say).

    >>> strict_json('{"n": 1.5}')
    {'n': 1.5}
    >>> for text in ('{"n": NaN}', '[1e400]', r'"\\ud83d"'):
    ...     try:
    ...         strict_json(text)
    ...     except ValueError:
    ...         print("refused")
    refused
    refused
    refused
    """
    body = json.loads(
        raw,
        parse_constant=_no_constant,
        parse_float=_finite_float,
        object_pairs_hook=object_pairs_hook,
    )
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if _SURROGATE_ESCAPE.search(data):
        json.dumps(body, ensure_ascii=False).encode()  # UnicodeEncodeError: a ValueError
    return body


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError("a number past a double's range")
    return value


def loads_json(text: str) -> Any:
    """`json.loads(text)`, except that a text that is JSON but holds a whole number too
    long for Python to read raises `NumberTooLongError` (a `ValueError`), not the
    parser's error, so a caller can say what is wrong instead of reading it as no JSON.

    >>> loads_json('{"n": 1}')
    {'n': 1}
    >>> try:
    ...     loads_json("[" + "7" * 5000 + "]")
    ... except NumberTooLongError:
    ...     print("too long")
    too long
    """
    try:
        return json.loads(text)
    except ValueError:
        try:
            json.loads(text, parse_int=str)  # JSON after all: a number was too long
        except (ValueError, RecursionError):
            raise
        raise NumberTooLongError() from None


def _decoded(raw: str, start: int) -> tuple[str, tuple[int, ...]]:
    """A JSON string's characters (without its quotes) decoded, and where each of them
    and the string's end is, counted from `start`."""
    if "\\" not in raw:
        return raw, tuple(range(start, start + len(raw) + 1))
    chars: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(raw):
        offsets.append(start + i)
        if raw[i] != "\\":
            chars.append(raw[i])
            i += 1
        elif raw[i + 1] != "u":
            chars.append(_ESCAPES.get(raw[i + 1], raw[i + 1]))
            i += 2
        else:
            code = int(raw[i + 2 : i + 6], 16)
            i += 6
            if 0xD800 <= code < 0xDC00 and raw[i : i + 2] == "\\u":
                low = int(raw[i + 2 : i + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            chars.append(chr(code))
    offsets.append(start + len(raw))
    return "".join(chars), tuple(offsets)


_USER_TEXT_KEYS = frozenset({"message", "text", "prompt", "input", "query"})
_SYSTEM_TEXT_KEYS = frozenset({"instructions", "system", "systemInstruction", "system_instruction"})


def role_of(document: Any, path: Sequence[str | int]) -> str | None:
    """The chat role a string at `path` belongs to, when the format says.

    A string inside `messages[i]` or `input[i]` takes that item's `role`; the top-level
    `message`, `text`, `prompt`, `input` and `query` are the user's; `instructions` is
    the system's, and so is a top-level `system` (Anthropic's, Ollama's) or
    `systemInstruction` (Gemini's).
    """
    if not path:
        return None
    head = path[0]
    if head in ("messages", "input") and len(path) >= 2 and isinstance(path[1], int):
        items = document.get(head) if isinstance(document, dict) else None
        item = items[path[1]] if isinstance(items, list) and path[1] < len(items) else None
        role = item.get("role") if isinstance(item, dict) else None
        if isinstance(role, str):
            return role
        if head == "input" and isinstance(item, str):
            return "user"
        return None
    if head in _USER_TEXT_KEYS:
        return "user"
    if head in _SYSTEM_TEXT_KEYS:
        return "system"
    return None


def turn_of(path: Sequence[str | int]) -> tuple[str | int, ...]:
    """The part of a path that names one turn: `messages[i]`, `input[i]`, or the field."""
    if len(path) >= 2 and path[0] in ("messages", "input") and isinstance(path[1], int):
        return tuple(path[:2])
    return tuple(path[:1])


PLACEHOLDER_INSTRUCTION = (
    "Some values in this conversation are replaced by placeholders such as <PERSON_1> or "
    "<EMAIL_ADDRESS_2>. Copy every placeholder exactly as written, with its angle brackets, "
    "capital letters and number; never translate, reformat or explain them."
)
"""The system instruction `GuardConfig.placeholder_instruction` adds (off by default)."""


def with_placeholder_instruction(body: dict[str, Any]) -> dict[str, Any]:
    """`body` with `PLACEHOLDER_INSTRUCTION` added as a system turn (chat) or to `instructions`.

    >>> with_placeholder_instruction({"messages": []})["messages"][0]["role"]
    'system'
    """
    out = copy.copy(body)
    if isinstance(body.get("messages"), list):
        system = {"role": "system", "content": PLACEHOLDER_INSTRUCTION}
        out["messages"] = [system, *body["messages"]]
    elif "input" in body:
        instructions = body.get("instructions")
        out["instructions"] = (
            f"{instructions}\n\n{PLACEHOLDER_INSTRUCTION}"
            if isinstance(instructions, str) and instructions
            else PLACEHOLDER_INSTRUCTION
        )
    return out


# -- errors -------------------------------------------------------------------


def error_body(message: str, *, type: str, code: str | None) -> dict[str, Any]:
    """The OpenAI error shape, understood by chat clients and SDKs.

    >>> error_body("no such route", type="invalid_request_error", code="not_found")["error"]["code"]
    'not_found'
    """
    return {"error": {"message": message, "type": type, "code": code}}


def error_response(
    status: int,
    message: str,
    *,
    code: str | None,
    type: str | None = None,
    headers: Mapping[str, str] | None = None,
    retry_after: float | None = None,
) -> JSONResponse:
    """A JSON error reply in the OpenAI shape (`type` defaults by status).

    >>> error_response(413, "too large", code="request_too_large").status_code
    413
    """
    kind = type or ("invalid_request_error" if status < 500 else "piiguard_error")
    all_headers = dict(headers or {})
    if retry_after is not None:
        all_headers["Retry-After"] = str(max(1, round(retry_after)))
    return JSONResponse(
        error_body(message, type=kind, code=code), status_code=status, headers=all_headers or None
    )


__all__ = [
    "CALLER_MAPS",
    "CHAT_PATH",
    "COMPLETIONS_PATH",
    "EMBEDDINGS_PATH",
    "FIELD_VALUE_MAX_CHARS",
    "FRAGMENT_KEYS",
    "FREE_TEXT_KEYS",
    "GUARDED_API_PATHS",
    "KEYED_NUMBER_MIN_DIGITS",
    "MODELS_PATH",
    "NUMBER_MIN_DIGITS",
    "PLACEHOLDER_INSTRUCTION",
    "POSITION_NUMBER_KEYS",
    "POSITION_NUMBER_LIMIT",
    "PROTOCOL_NUMBER_KEYS",
    "RESPONSES_PATH",
    "SEED_NUMBER_KEYS",
    "STRUCTURAL_KEYS",
    "TIME_NUMBER_KEYS",
    "TOKEN_ID_KEYS",
    "TOKEN_KEYS",
    "TextField",
    "document_type",
    "error_body",
    "error_response",
    "field_words",
    "is_fragment",
    "is_opaque",
    "is_structural",
    "is_structural_key",
    "is_time_number",
    "is_token_ids",
    "json_text_fields",
    "loads_json",
    "may_hold_document",
    "number_text",
    "opening_document",
    "requote_json",
    "role_of",
    "seed_numbers",
    "token_bytes",
    "turn_of",
    "unwrapped_base64",
    "with_placeholder_instruction",
]
