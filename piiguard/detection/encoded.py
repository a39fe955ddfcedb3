"""Encoded runs: personal data written percent-encoded, with HTML character references,
in base64 or in hex is found on its decoded form, and masked as one span over the whole
encoded run.

`jane.doe%40example.com`, `jane.doe&#64;example.com`, `amFuZS5kb2VAZXhhbXBsZS5jb20=` and
`6a616e652e646f65406578616d706c652e636f6d` are all one e-mail address. The
detector's patterns see none of them (at best a fragment: `40example.com` as a
domain), so the detector asks `encoded_runs` for the runs of a text that decode to
text, runs itself on each decoded text (which may be encoded again: base64 of a
percent-encoded string), and reports one span over each run whose decoded text
holds a value (`encoded_spans`), labelled as that value. `supersede` then puts
these spans in the place of what the raw text gave for the same characters.

What counts as a run (cheap to find, and never a word, number or hash):

- spaced: a value spelt out one character at a time ("4 1 1 1 1 1 1 1 ...",
  "A n n a  K o w a l s k i", "j.o.h.n.@...", "4-1-1-1-..."): the characters are
  read run together (a wider gap is a space between words; "AnnaKowalski" reads as
  two words); a run of mostly symbols ("a = b + c") is left alone;
- joined: words and numbers joined by underscores into one identifier
  (`Anna_Kowalski`, `anna_kowalski_4111111111111111`), read with a space for each `_`
  (one character for one): the recognizers take `_` for part of a word, so the model
  sees one unknown word and no pattern finds the edge of a number inside it; the
  words before the run are its context, as for spaced runs (an address or URL with an
  underscore in it is the raw text's span and is not read again);
- spoken: a value read out in words ("vier zwei neun eins", "D E acht neun ...", "K as in
  Kilo", "oh seven double five"; `piiguard.detection.spoken`), read as what it spells
  with the words before it as context;
- masked: single characters with a star or an emoji between each ("7*7*6*7*0*8",
  "7🔒1🔒0"), read run together with the words before it as context;
- lines: two or more lines in a row of nothing but groups of capitals and digits, one of
  them a digit ("ring me\n077294\n78668"), read joined by spaces after the words before
  them; only a value that covers all of the lines stands for them (`EncodedRun.whole`);
- percent: a token (up to whitespace, quotes or brackets; trailing sentence
  punctuation dropped) with at least one `%XX`; the whole token is the run, so
  `mailto:jane.doe%40example.com` is masked whole, not from the `%` on;
- escape: a token (as for percent, backslashes included) with a `\\uXXXX` or `\\xXX`
  escape, read as a JSON or JavaScript string literal reads it (`anna\\u0040example.org`,
  a card's groups parted by `\\u0020`: JSON written into a string);
- html: a token (as for percent) with at least one character reference, numeric
  (`&#64;`, `&#x40;`) or named (`&commat;`, `&nbsp;`), read as `html.unescape` reads
  them (a reference may stand for a space: `4111&#32;1111&#32;...` is one token);
- base64 (standard or URL-safe, padded or not) and hex (optionally `0x`): a run of
  the alphabet at least `MIN_BASE64_CHARS` / `MIN_HEX_CHARS` long that decodes to
  UTF-8 text which `looks_like_text`: printable, mostly letters, digits and
  spaces, mostly ASCII. Random bytes (a sha256 in hex, a UUID, an API key, an
  ordinary long word read as base64) decode to binary and are ignored; a run
  with `/` is also tried segment by segment (URL paths).

A run is only reported when the detector finds a value in its decoded text, so
decoded text without personal data adds nothing. Runs have no length bound of their
own (a value padded into a long run must not slip through); the detector's input
bound limits the work, and a decoded text is always shorter than its run.

>>> [(r.encoding, r.decoded) for r in encoded_runs("write to jane.doe%40example.com.")]
[('percent', 'jane.doe@example.com')]
>>> [(r.encoding, r.decoded) for r in encoded_runs("write to jane.doe&#64;example.com")]
[('html', 'jane.doe@example.com')]
>>> [(r.encoding, r.decoded) for r in encoded_runs("id: amFuZS5kb2VAZXhhbXBsZS5jb20=")]
[('base64', 'jane.doe@example.com')]
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from piiguard._types import CREDENTIAL, Span
from piiguard.detection.lexicon import Lexicon, is_handle
from piiguard.detection.recognizers.credential import lone_secret
from piiguard.detection.spoken import spoken_values

MIN_BASE64_CHARS = 12
"""Shortest base64 run decoded (9 bytes: a 9-digit phone number, a short e-mail)."""
MIN_HEX_CHARS = 16
"""Shortest hex run decoded (8 bytes)."""
MIN_DECODED_CHARS = 6
"""Decoded text shorter than this holds no value worth a decoding step."""
MAX_DECODE_LEVELS = 2
"""How many encodings deep a value is looked for (base64 of a percent-encoded string: 2)."""

ENCODED_SOURCE = "encoded"
"""`Span.source` prefix of spans over encoded runs (`encoded_percent`, `encoded_base64`, ...)."""

_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
# An HTML character reference as `html.unescape` reads one (the `;` is optional there).
_CHARREF = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]{1,31})")
_CHARREF_OPEN = re.compile(_CHARREF.pattern + r"\Z")
_RUN = re.compile(
    rf"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{{{MIN_BASE64_CHARS},}}"
    r"={0,2}(?![A-Za-z0-9+/_=-])"
)
_HEX = re.compile(r"(?:0[xX])?((?:[0-9A-Fa-f]{2})+)")
# A value spelt out character by character: "4 1 1 1 1 1 ...", "A n n a  K o w a l s k i",
# "a n n a . k o w a l s k i @ e x a m p l e . o r g", "4-1-1-1-...": at least
# `MIN_DECODED_CHARS` single characters, each one separator (a space, or one of
# `.-_|/` between letters and digits) from the next; a wider gap parts two words.
_SPACED = re.compile(
    rf"(?<!\S)\+?\S(?:(?: {{1,3}}| / )\S|[.\-_|/](?=\w)\w){{{MIN_DECODED_CHARS - 1},}}"
    r"(?=[,;:!?.)\]]*(?:\s|$))"  # sentence punctuation may follow the last character
)
_SPACED_GAP = re.compile(r" {2,}| / ")
# The words of one letter of the seven languages that can stand before a value spelt out:
# "è", "e", "a", "à", "i", "o", "y", "u", "w", "z" ("il codice fiscale è d l l c ..."), in
# either case (a sentence's first word: "Codice fiscale? È d l l c ..."); a capital before
# capitals only is a word spelt out ("E X H A U S T O"), its first letter no word.
_ONE_LETTER_WORD = re.compile(r"(?i:[eèéaàiouyzw]) \S(?! {2,}| / )")
_SPACED_CHAR = re.compile(r"(?<![\w.\-_|/])[.\-_|/]|\w|[^\s\w.\-_|/]|(?<= )[.\-_|/](?= )")
_JOINED = re.compile(r"(?<![^\W_])[^\W_]+(?:_+[^\W_]+)+(?![^\W_])")
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPACED_CONTEXT = re.compile(r"(?:(?<=\s)|^)\S.*\Z", re.DOTALL)  # whole words up to the run
_TOKEN_BREAK = frozenset(" \t\r\n\f\v\"'`<>()[]{}|\\^")
_TRAILING = ".,;:!?"
# Characters of ordinary text besides letters, digits and spaces.
_TEXT_PUNCT = frozenset(".,;:!?@-_+'\"/()&=#%*<>[]{}|~$€£")
_MIN_WORDLIKE = 0.6
_MAX_NON_ASCII = 0.3


@dataclass(frozen=True, slots=True)
class EncodedRun:
    """A run of `text[start:end]` and what it decodes to."""

    start: int
    end: int
    encoding: str
    decoded: str
    context: int = 0
    """Characters of the raw text before the run that open `decoded` (the words a value's
    recognizer reads around it: "phone: " before a number spelt out); values inside them
    are the raw text's, not the run's."""
    whole: bool = False
    """Whether a value must cover the whole run (after the context) to stand for it: lines
    joined are one value only when all of them are ("IBAN DE89 3704 0044\n0532 0130 01"
    holds no card number made of the end of one line and the start of the next)."""


def looks_like_text(decoded: str) -> bool:
    """Whether decoded bytes read as text a person wrote: printable, mostly letters,
    digits and spaces, mostly ASCII (binary data decoded by chance is none of these).

    >>> looks_like_text("jane.doe@example.com"), looks_like_text("\\x93\\x1c~k\\x02")
    (True, False)
    """
    n = len(decoded)
    if n < MIN_DECODED_CHARS:
        return False
    wordlike = non_ascii = 0
    for char in decoded:
        if not (char.isprintable() or char in "\t\n\r"):
            return False
        if char.isalnum() or char.isspace():
            wordlike += 1
        elif char not in _TEXT_PUNCT:
            return False
        if not char.isascii():
            non_ascii += 1
    return wordlike >= _MIN_WORDLIKE * n and non_ascii <= _MAX_NON_ASCII * n


def _decode_base64(run: str) -> str | None:
    urlsafe = "-" in run or "_" in run
    if urlsafe and ("+" in run or "/" in run):
        return None
    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    decode, encode = (
        (base64.urlsafe_b64decode, base64.urlsafe_b64encode)
        if urlsafe
        else (base64.b64decode, base64.b64encode)
    )
    try:
        raw = decode(padded)
        if encode(raw).rstrip(b"=") != body.encode():
            return None  # not canonical (unused bits set): no encoder wrote this
        return raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def _decode_hex(run: str) -> str | None:
    match = _HEX.fullmatch(run)
    if match is None or len(match.group(1)) < MIN_HEX_CHARS:
        return None
    try:
        return bytes.fromhex(match.group(1)).decode("utf-8")
    except ValueError:
        return None


def _decode_binary_run(run: str) -> tuple[str, str] | None:
    """(encoding, decoded text) of a base64 or hex run, if it decodes to text.

    Base64 of text mixes upper- and lower-case letters (a run of 12 without one of
    them is rarer than 1 in 200), so a run in one case only (a word, a tracking
    number, a hash in hex) is not tried as base64: most candidates cost a case test.
    """
    if _HEX.fullmatch(run):
        decoded = _decode_hex(run)
        if decoded is not None and looks_like_text(decoded):
            return "hex", decoded
    if run.lower() == run or run.upper() == run:
        return None
    decoded = _decode_base64(run)
    if decoded is not None and looks_like_text(decoded):
        return "base64", decoded
    return None


def _token(text: str, at: int) -> tuple[int, int]:
    """The token around `at`: up to whitespace, quotes or brackets, without trailing
    sentence punctuation."""
    start, end = at, at
    while start > 0 and text[start - 1] not in _TOKEN_BREAK:
        start -= 1
    while end < len(text) and text[end] not in _TOKEN_BREAK:
        end += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _inside(start: int, end: int, covered: Sequence[Span]) -> bool:
    return any(s.start <= start and end <= s.end for s in covered)


def _token_runs(
    text: str,
    covered: Sequence[Span],
    marker: re.Pattern[str],
    encoding: str,
    decode: Callable[[str], str],
    closing: re.Pattern[str] | None = None,
) -> list[EncodedRun]:
    """Every whole token (`_token`) with a `marker` in it, read with `decode`: the
    percent and HTML runs. A `;` right after the token stays part of it when `closing`
    finds that it closes one of the token's escapes (`&#64;`)."""
    runs: list[EncodedRun] = []
    done = -1
    for match in marker.finditer(text):
        if match.start() < done:
            continue
        start, end = _token(text, match.start())
        if closing is not None and text[end : end + 1] == ";" and closing.search(text, start, end):
            end += 1  # the `;` that closes a reference is not sentence punctuation
        done = end
        if _inside(start, end, covered):
            continue
        token = text[start:end]
        decoded = decode(token)
        if decoded != token and len(decoded) >= MIN_DECODED_CHARS:
            runs.append(EncodedRun(start, end, encoding, decoded))
    return runs


def _unquote(token: str) -> str:
    return unquote(token, errors="replace")


# A token with backslash escapes (`anna\u0040example.org`, `4111\u00201111...`,
# `anna\x40example.org`): what JSON, JavaScript and Python read in a string literal,
# and so what a model reads in JSON written into a string.
_ESCAPE = re.compile(
    r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\([/\\])"
)
_ESCAPE_MARKER = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})")
_ESCAPED_TOKEN = re.compile(
    r"(?:[^\s\"'`<>()\[\]{}|\\^]|\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[/\\]))+"
)


def _unescape_one(match: re.Match[str]) -> str:
    high, low, code, byte, char = match.groups()
    if char is not None:
        return char  # `\\` and `\/`: an escaped backslash may open one more escape
    if high is not None:
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00)
    value = int(code if code is not None else byte, 16)
    return "\ufffd" if 0xD800 <= value <= 0xDFFF else chr(value)


def _unescape(token: str) -> str:
    """One level of string-literal escapes read, left to right."""
    return _ESCAPE.sub(_unescape_one, token)


def _escape_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    for match in _ESCAPED_TOKEN.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        token = text[start:end]
        if not _ESCAPE_MARKER.search(token) or _inside(start, end, covered):
            continue
        decoded = _unescape(token)
        if len(decoded) >= MIN_DECODED_CHARS:
            runs.append(EncodedRun(start, end, "escape", decoded))
    return runs


def _binary_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    for match in _RUN.finditer(text):
        if _inside(match.start(), match.end(), covered):
            continue
        value = match.group()
        found = _decode_binary_run(value)
        if found is not None:
            runs.append(EncodedRun(match.start(), match.end(), *found))
            continue
        if "/" not in value:
            continue
        # A URL path: each segment on its own.
        offset = match.start()
        for segment in value.split("/"):
            if len(segment) >= MIN_BASE64_CHARS:
                found = _decode_binary_run(segment)
                if found is not None:
                    runs.append(EncodedRun(offset, offset + len(segment), *found))
            offset += len(segment) + 1
    return runs


def _spaced_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    for match in _SPACED.finditer(text):
        if _inside(match.start(), match.end(), covered):
            continue
        chars = _SPACED_CHAR.findall(match.group())
        if sum(c.isalnum() for c in chars) < _MIN_WORDLIKE * len(chars):
            continue  # "a = b + c * d": code or arithmetic, not a value spelt out
        # A wider gap (two spaces or more, or " / ") is the space between two words.
        words = _SPACED_GAP.split(match.group())
        decoded = " ".join("".join(_SPACED_CHAR.findall(word)) for word in words)
        if " " not in decoded and decoded.isalpha():
            decoded = _CAMEL_BREAK.sub(" ", decoded)  # "AnnaKowalski": two words
        if len(decoded) >= MIN_DECODED_CHARS:
            before = _left_context(text, match.start())
            runs.append(
                EncodedRun(match.start(), match.end(), "spaced", before + decoded, len(before))
            )
        if (
            _ONE_LETTER_WORD.match(match.group())
            and len(decoded) > MIN_DECODED_CHARS
            and not (decoded[0].isupper() and decoded[1:].isupper())
        ):
            # "è d l l c l t 6 5 ...": the run may start with a word of one letter (a
            # verb, an article, a conjunction) before the value spelt out; read the run
            # after it as well (where both hold a value, the longer run wins: `supersede`)
            start = match.start() + 2
            before = _left_context(text, start)
            runs.append(EncodedRun(start, match.end(), "spaced", before + decoded[1:], len(before)))
    return runs


def _left_context(text: str, start: int) -> str:
    """The whole words (up to 32 characters) before `text[start]`."""
    left = _SPACED_CONTEXT.search(text, max(0, start - 32), start)
    return left.group() if left else ""


def _spoken_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    for value in spoken_values(text, trimmed=True):
        if _inside(value.start, value.end, covered):
            continue
        before = _left_context(text, value.start)
        decoded = before + value.decoded
        runs.append(EncodedRun(value.start, value.end, "spoken", decoded, len(before)))
    return runs


# A value with a star or an emoji between every character ("7*7*6*7*0*8", "7🔒1🔒0"):
# single characters, each one mark from the next (a word with stars in it, "f***ing",
# has more than one in a row). A run starts where no character or mark is glued before
# it, or after one emoji that is not glued ("📞0🔒6🔒1"), never inside a run: a run with
# a mark too many at its end is tried once, not once a character (quadratic).
_EMOJI = r"[\u2190-\u2bff\U0001f000-\U0001faff]"
_MARK = rf"(?:\*|{_EMOJI}\ufe0f?)"
_GLUED = r"[\w*\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]"
_MASKED = re.compile(
    rf"(?:(?<!{_GLUED})|(?<={_EMOJI})(?<!{_GLUED}{_EMOJI})|(?<={_EMOJI}\ufe0f)(?<!{_GLUED}{_EMOJI}\ufe0f))"
    rf"\w(?:{_MARK}\w){{2,}}(?!\w|{_MARK})"
)
_MASK_MARK = re.compile(_MARK)


def _masked_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    if _MASK_MARK.search(text) is None:
        return runs  # a scan for one character class: most texts have no mark at all
    for match in _MASKED.finditer(text):
        if _inside(match.start(), match.end(), covered):
            continue
        before = _left_context(text, match.start())
        decoded = before + _MASK_MARK.sub("", match.group())
        runs.append(EncodedRun(match.start(), match.end(), "masked", decoded, len(before)))
    return runs


# A value broken over lines ("ring me\n077294\n78668"): two or more lines in a row that
# hold nothing but groups of capitals and digits, one of them a digit.
_FRAGMENT = r"[ \t]*[A-Z0-9](?:[A-Z0-9 ]{0,22}[A-Z0-9])?[ \t]*"
_LINES = re.compile(rf"(?m)^{_FRAGMENT}(?:\n{_FRAGMENT})+$")


def _line_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    for match in _LINES.finditer(text):
        lines = match.group().split("\n")
        value = " ".join(line.strip() for line in lines)
        if not any(c.isdigit() for c in value) or sum(c.isalnum() for c in value) < 6:
            continue
        start = match.start() + len(lines[0]) - len(lines[0].lstrip())
        end = match.end() - (len(lines[-1]) - len(lines[-1].rstrip()))
        if _inside(start, end, covered):
            continue
        before = _left_context(text, start).replace("\n", " ")
        runs.append(EncodedRun(start, end, "lines", before + value, len(before), whole=True))
    return runs


JOINED_MIN_DIGITS = 6
"""A joined identifier is read when it holds this many digits (the shortest card, phone
or ID number among them), or parts that can be a name (`Lexicon.may_hold_a_name`: a
known first name, or two names that are no frequent words): what its words can hide.
Code is full of identifiers (`user_id`, `fetch_row`), and each one read is a pass of the
detector, the model included: a snippet of 125 of them took 8x the time of the same text
without underscores before this bound, 1.7x after (its `max_len`: Max is a name)."""


def _joined_runs(text: str, covered: Sequence[Span]) -> list[EncodedRun]:
    runs: list[EncodedRun] = []
    for match in _JOINED.finditer(text):
        if len(match.group()) < MIN_DECODED_CHARS or _inside(match.start(), match.end(), covered):
            continue
        if not _may_hide_a_value(match.group(), handle=is_handle(text, match.start())):
            continue
        before = _left_context(text, match.start())
        decoded = before + match.group().replace("_", " ")
        runs.append(EncodedRun(match.start(), match.end(), "joined", decoded, len(before)))
    return runs


def _may_hide_a_value(identifier: str, *, handle: bool = False) -> bool:
    if sum(c.isdigit() for c in identifier) >= JOINED_MIN_DIGITS:
        return True
    if handle:  # "@sarah_designs": a pseudonym unless it spells a name
        return Lexicon.load().handle_spells_name(identifier)
    return Lexicon.load().may_hold_a_name(identifier.split("_"))


def encoded_runs(
    text: str, covered: Sequence[Span] = (), *, joined: bool = True
) -> list[EncodedRun]:
    """The percent-encoded, HTML-escaped, base64 and hex runs of `text` that decode to
    text, the values spelt out character by character and the identifiers joined by
    underscores (unless `joined` is off), except runs inside a span of `covered` (already
    masked whole: `supersede` keeps that span).

    Costs three substring tests and two regex scans on a text without any candidate.
    """
    runs = _token_runs(text, covered, _PERCENT, "percent", _unquote) if "%" in text else []
    if "\\u" in text or "\\x" in text:
        runs += _escape_runs(text, covered)
    if "&" in text:
        runs += _token_runs(text, covered, _CHARREF, "html", html.unescape, _CHARREF_OPEN)
    if joined and "_" in text:
        runs += _joined_runs(text, covered)
    if "\n" in text:
        runs += _line_runs(text, covered)
    return (
        runs
        + _binary_runs(text, covered)
        + _spaced_runs(text, covered)
        + _masked_runs(text, covered)
        + _spoken_runs(text, covered)
    )


def encoded_spans(
    text: str,
    detect_many: Callable[[list[str]], list[list[Span]]],
    priorities: Mapping[str, int],
    *,
    covered: Sequence[Span] = (),
    joined: bool = True,
) -> list[Span]:
    """One span over each encoded run of `text` whose decoded text holds a value.

    `detect_many` finds the values of decoded texts (the detector, one level deeper);
    the span takes the label, score and alternatives of the value the overlap rule ranks
    first.
    Runs inside a span of `covered` (the raw text's spans) are not decoded; `joined`
    off leaves identifiers joined by underscores unread.
    """
    runs = encoded_runs(text, covered, joined=joined)
    if not runs:
        return []
    found = detect_many([run.decoded for run in runs])
    spans: list[Span] = []
    for run, values in zip(runs, found, strict=True):
        values = [
            v
            for v in values
            if v.end > run.context
            and not _lone_guess(run, v)
            and (not run.whole or (v.start <= run.context and v.end >= len(run.decoded)))
        ]
        if not values:
            continue
        best = min(values, key=lambda s: (-priorities.get(s.source, 0), -s.score, -s.length))
        source = f"{ENCODED_SOURCE}_{run.encoding}"
        spans.append(Span(run.start, run.end, best.label, best.score, source, best.alternatives))
    return spans


def _lone_guess(run: EncodedRun, value: Span) -> bool:
    """`value` stands only because the decoded text is one password-shaped token by
    itself (`credential.lone_secret`): random bytes decode to that often enough."""
    return value.label == CREDENTIAL and lone_secret(run.decoded) == (value.start, value.end)


def supersede(spans: Sequence[Span], encoded: Sequence[Span]) -> list[Span]:
    """`spans` (found on the raw text, without overlaps) with encoded-run spans in place.

    An encoded-run span replaces the raw spans it overlaps, and grows over those that
    cross its edges, so nothing that was masked before is masked less; a raw span that
    already covers a whole run (a URL around a percent-encoded query) stays as it is.
    Encoded-run spans that overlap each other: the longest wins.

    >>> raw = [Span(9, 22, "URL", 0.6, "url")]                 # jane.doe%[40example.com]
    >>> supersede(raw, [Span(0, 22, "EMAIL_ADDRESS", 1.0, "encoded_percent")])
    [Span(start=0, end=22, label='EMAIL_ADDRESS', score=1.0, source='encoded_percent')]
    """
    grown: list[Span] = []
    for run in encoded:
        if any(s.start <= run.start and run.end <= s.end for s in spans):
            continue
        crossing = [s for s in spans if s.overlaps(run)]
        start = min([run.start, *(s.start for s in crossing)])
        end = max([run.end, *(s.end for s in crossing)])
        grown.append(Span(start, end, run.label, run.score, run.source, run.alternatives))
    kept: list[Span] = []
    for run in sorted(grown, key=lambda s: (-s.length, s.start)):
        if not any(run.overlaps(other) for other in kept):
            kept.append(run)
    if not kept:
        return list(spans)
    out = [s for s in spans if not any(s.overlaps(run) for run in kept)] + kept
    out.sort(key=lambda s: (s.start, s.end))
    return out
