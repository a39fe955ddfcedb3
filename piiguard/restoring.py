"""Restore: put the session's own values back where the reply names their placeholders.

The masker hands the bot `<PERSON_1>`; a model does not always copy it verbatim.
`restore(text, mapping)` puts the value back for the exact placeholder and for
the variants models write, and `StreamRestorer` does the same for a reply that
arrives in pieces. Only placeholders in `mapping` (the session's own) are ever
restored: a token whose label and number are not in the mapping, in any form,
stays exactly as typed. One regex covers every form; it is compiled once per set
of labels (small memos keyed by placeholders and labels, never by values).

What counts as a variant of `<EMAIL_ADDRESS_1>` (the label's words, then the number):

- **Angle brackets, any case and spacing**: `<EMAIL_ADDRESS_1>`, `<email_address_1>`,
  `< EMAIL_ADDRESS_1 >`, `<Email Address 1>`, `<EMAIL-ADDRESS-1>`, `<EMAIL_ADDRESS1>`,
  doubled `<<EMAIL_ADDRESS_1>>`, HTML-escaped `&lt;EMAIL_ADDRESS_1&gt;` and
  JSON-escaped `\\u003cEMAIL_ADDRESS_1\\u003e` (the text of a JSON document inside a
  string). Angle brackets around a label and a number are a placeholder and
  nothing else, so case and separators are free there.
- **Other brackets, label in upper case**: `[EMAIL_ADDRESS_1]`, `{EMAIL ADDRESS 1}`,
  `(EMAIL-ADDRESS-1)`, `«EMAIL_ADDRESS_1»` and the doubled `[[...]]`, `{{...}}`,
  `((...))`, `««...»»`, with the same spacing and separators. In lower or mixed case
  these are ordinary prose or code (`(Person 1 and Person 2)`, `{person_1}` in a
  format string, `data[person_1]`), so they stay.
- **No brackets: the label in upper case, joined by `_` or `-`, as a whole word**:
  `EMAIL_ADDRESS_1`, `EMAIL-ADDRESS-1`. Not inside a longer identifier
  (`MY_EMAIL_ADDRESS_1`, `EMAIL_ADDRESS_1_OLD`, `EMAIL_ADDRESS_12`,
  `EMAIL_ADDRESS_1-x`), and never with spaces or in lower case (`Person 1`,
  `person_1`: prose and variable names).

Inside brackets the words and the number may be separated by `_`, `-` or one space,
the number may also follow the label directly (`<PERSON1>`), and up to two spaces
may pad the inside. The label's words themselves are matched whole, so every
variant names exactly one label of the mapping (`email address 1` can only be
`EMAIL_ADDRESS_1`), and the number is read whole (`PERSON_12` is not `PERSON_1`).
The value goes in as it is, except in the escaped forms, where it is escaped the
same way (HTML: `&`, `<`, `>`; JSON: as inside a JSON string), so the text around
it keeps its meaning.

Streaming: the restorer emits everything that can no longer become (or, for a
bare `PERSON_1`, still grow out of) one of these variants, and holds back only a
tail that could, at most `max_hold` characters (`MAX_PLACEHOLDER_LEN`). A bare
`PERSON_1` at the end of a chunk waits for the next character, which shows
whether it is a whole word. The emitted text equals `restore` of the whole reply
at every chunking (the tests check every split position and random chunkings).

>>> restore("hi <PERSON_1>, [PERSON_1] and person_1; <PERSON_9>", {"<PERSON_1>": "Anna"})
'hi Anna, Anna and person_1; <PERSON_9>'
>>> r = StreamRestorer({"<PERSON_1>": "Anna"})
>>> [r.feed(c) for c in ["hi <PER", "SON_1", ">! PERSON_1", "."]] + [r.flush()]
['hi ', '', 'Anna! ', 'Anna.', '']
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import json
import re
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from piiguard.vault import PLACEHOLDER_RE

MAX_PLACEHOLDER_LEN = 64
"""Most characters the streaming restore holds back. The longest variant is
`\\u003c` + two spaces + label + separator + six digits + two spaces + `\\u003e`,
23 characters beside the label: labels of up to 41 characters fit."""

_NUMBER = "[1-9][0-9]{0,5}"  # as in PLACEHOLDER_RE: no leading zero, six digits at most
_PAD = "[ \t]{0,2}"
_BRACKET_SEP = "[_\\- ]"  # between the label's words, and (optional) before the number
_BARE_SEP = "[_\\-]"
# A bare token is a whole word: no word character or word-joining hyphen on either side.
# Checked after the first letter, so the alternative starts with a literal.
_BARE_BEFORE_FIRST = "(?<!\\w.)(?<!\\w-.)"
_BARE_AFTER = "(?!\\w|-\\w)"


def _as_is(value: str) -> str:
    return value


def _html_escaped(value: str) -> str:
    return html.escape(value, quote=False)


def _json_escaped(value: str) -> str:
    return json.dumps(value)[1:-1]


@dataclass(frozen=True)
class _Form:
    """One bracket pair a placeholder may come in (`open == ""`: no brackets)."""

    open: str
    close: str
    any_case: bool
    escape: Callable[[str], str] = _as_is


# Doubled before single: at one position the first form that matches wins.
_FORMS: tuple[_Form, ...] = (
    _Form("<<", ">>", any_case=True),
    _Form("<", ">", any_case=True),
    _Form("&lt;", "&gt;", any_case=True, escape=_html_escaped),
    _Form("\\u003c", "\\u003e", any_case=True, escape=_json_escaped),
    *(
        _Form(opening * n, closing * n, any_case=False)
        for opening, closing in (("[", "]"), ("{", "}"), ("(", ")"), ("«", "»"))
        for n in (2, 1)
    ),
    _Form("", "", any_case=False),
)


# -- the stream's tail test: a regex for "a proper start of a variant" -------------
# A piece of a variant is a pair (full, part): `full` matches the piece whole, `part`
# any start of it (the empty one included). A prefix of a sequence stops inside
# exactly one piece: `full(a) prefix(rest) | part(a)`, and the caller anchors it at
# the end of the text.
_Piece = tuple[str, str]


def _literal(text: str, *, any_case: bool, proper: bool = False) -> _Piece:
    """`text` literally; `proper`: its part excludes the whole of it."""
    chars = [_char(c, any_case) for c in text]
    part = ""
    for c in reversed(chars[:-1] if proper else chars):
        part = f"(?:{c}{part})?"
    return "".join(chars), part


def _char(c: str, any_case: bool) -> str:
    if any_case and c.lower() != c.upper():
        return f"[{re.escape(c.upper())}{re.escape(c.lower())}]"
    return re.escape(c)


def _same(regex: str) -> _Piece:
    """A piece whose starts are themselves whole (a run of optional characters)."""
    return regex, regex


def _sequence(pieces: list[_Piece]) -> _Piece:
    full = "".join(f for f, _ in pieces)
    part = pieces[-1][1]
    for f, p in reversed(pieces[:-1]):
        part = f"(?:{f}{part}|{p})"
    return full, part


def _alternatives(options: list[_Piece]) -> _Piece:
    return (
        "(?:" + "|".join(f for f, _ in options) + ")",
        "(?:" + "|".join(p for _, p in options) + ")",
    )


def _labels(labels: list[list[str]], *, any_case: bool, sep: str) -> _Piece:
    """Any of `labels` (each a list of words, `sep` between them), with shared leading
    words factored out ("US_" once for every US label): the same language as one
    alternative per label, longest first, in a regex a fraction of the size, so the
    start-up compile stays short with a hundred labels."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for words in labels:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[_END] = {}

    def build(node: dict) -> _Piece:  # type: ignore[type-arg]
        options: list[_Piece] = []
        # Longer words first: at one position the first alternative that matches wins.
        for word in sorted((w for w in node if w != _END), key=lambda w: (-len(w), w)):
            child = node[word]
            literal = _literal(word, any_case=any_case)
            if set(child) == {_END}:
                options.append(literal)
                continue
            full, part = _sequence([(sep, f"{sep}?"), build(child)])
            if _END in child:  # a label ends here, a longer one goes on: try it first
                full = f"(?:{full})?"
            options.append(_sequence([literal, (full, part)]))
        return options[0] if len(options) == 1 else _alternatives(options)

    return build(trie)


_END = "\x00"
"""The trie key that marks where a label ends (no label word is empty)."""


# Every alternative of the compiled regexes starts with a literal character, so `re`
# skips in C to the next character that can start one (`<`, `&`, `[`, a label's
# first letter, ...). Only the number is captured; the label is read back from the
# text between the opening and the number.
_NUMBER_PIECE: _Piece = (f"({_NUMBER})", f"(?:{_NUMBER})?")


def _bracketed(form: _Form, labels: tuple[str, ...]) -> list[_Piece]:
    """(regex, regex of its proper starts) for `form` around any of `labels`."""
    label = _labels([x.split("_") for x in labels], any_case=form.any_case, sep=_BRACKET_SEP)
    first = re.escape(form.open[0])
    opening = _literal(form.open[1:], any_case=form.any_case)
    closing = _literal(form.close, any_case=form.any_case, proper=True)
    full, part = _sequence(
        [opening, _same(_PAD), label, _same(f"{_BRACKET_SEP}?"), _NUMBER_PIECE, _same(_PAD),
         closing]
    )  # fmt: skip
    return [(first + full, first + part)]


def _bare(labels: tuple[str, ...]) -> list[_Piece]:
    """One alternative per first letter: `P(?<!...)(?:ERSON|HONE_NUMBER)_(n)(?!...)`."""
    by_letter: dict[str, list[list[str]]] = {}
    for x in labels:
        first, *others = x.split("_")
        by_letter.setdefault(x[0], []).append([first[1:], *others])
    out = []
    for letter, rests in by_letter.items():
        rest = _labels(rests, any_case=False, sep=_BARE_SEP)
        head = f"{letter}{_BARE_BEFORE_FIRST}"
        full = f"{head}{rest[0]}{_BARE_SEP}({_NUMBER}){_BARE_AFTER}"
        # A bare token at the end is undecided until the next character, and so is
        # one followed by "-" (a word-joining hyphen if a word character comes next).
        _, part = _sequence([rest, (_BARE_SEP, f"{_BARE_SEP}?"), _NUMBER_PIECE, _same("-?")])
        out.append((full, head + part))
    return out


@dataclass(frozen=True)
class _Variants:
    """The compiled variants of a set of labels (numbers are read, not listed)."""

    pattern: re.Pattern[str]
    tail: re.Pattern[str]
    forms: dict[int, _Form]  # the number's group index -> its form


@functools.lru_cache(maxsize=1024)
def _labels_of_keys(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(match.group(1) for key in keys if (match := PLACEHOLDER_RE.fullmatch(key)))


class _KnownLabels:
    """Every label restored so far in this process, and one regex compiled for all of them.

    Compiling costs tens of milliseconds (more labels, more); sessions hold every
    combination of labels. One regex for all labels seen (grown, and compiled again, only
    when a label is new: a handful of times per process; `warm_up` does it at start-up)
    gives the same results as one per combination: a variant of a label the mapping does
    not hold is left as typed either way.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._labels: frozenset[str] = frozenset()
        self._variants: _Variants | None = None

    def variants(self, labels: frozenset[str]) -> _Variants | None:
        current = self._variants
        if labels <= self._labels:
            return current
        with self._lock:
            if not labels <= self._labels:
                self._variants = _compile(self._labels | labels)
                self._labels = self._labels | labels
            return self._variants


_KNOWN = _KnownLabels()


def warm_up(labels: Collection[str]) -> None:
    """Compile the restore regex for `labels` now (start-up), not on a chat's first reply."""
    _KNOWN.variants(frozenset(labels))


@functools.lru_cache(maxsize=256)
def _compile(labels: frozenset[str]) -> _Variants:
    # Longest label first, so `PERSON_NAME` is tried before `PERSON`.
    ordered = tuple(sorted(labels, key=lambda x: (-len(x), x)))
    pieces: list[_Piece] = []
    forms: dict[int, _Form] = {}
    for form in _FORMS:
        alternatives = _bracketed(form, ordered) if form.open else _bare(ordered)
        for piece in alternatives:
            pieces.append(piece)
            forms[len(pieces)] = form
    return _Variants(
        pattern=re.compile("|".join(f for f, _ in pieces)),
        tail=re.compile("(?:" + "|".join(p for _, p in pieces) + ")\\Z"),
        forms=forms,
    )


def _variants(mapping: Mapping[str, str]) -> _Variants | None:
    # Keyed by the placeholders (never the values): a mapping's labels are read once
    # per turn that adds to it; the regex is the one for every label known so far.
    if not mapping:
        return None
    labels = _labels_of_keys(tuple(mapping))
    return _KNOWN.variants(labels) if labels else None


def _replacer(variants: _Variants, mapping: Mapping[str, str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        index = match.lastindex or 0
        form = variants.forms[index]
        label = match.string[match.start() + len(form.open) : match.start(index)]
        label = label.strip(" \t").rstrip("_- ").upper().replace("-", "_").replace(" ", "_")
        value = mapping.get(f"<{label}_{match.group(index)}>")
        if value is None:
            return match.group(0)  # another session's, or no placeholder at all
        return form.escape(value)

    return replace


def find_variants(text: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Where `text` holds what `restore` would read as a placeholder of one of `labels`.

    The masker hides such text when a user types it, so nobody can have a reply
    restore a value by typing a variant of its placeholder.

    >>> find_variants("see [PERSON_2] or person 2", frozenset({"PERSON"}))
    [(4, 14)]
    """
    if not labels:
        return []
    return [match.span() for match in _compile(labels).pattern.finditer(text)]


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Replace this session's placeholders, in the forms above, by their values.

    Placeholders not in `mapping` stay as typed.

    >>> restore("hi <PERSON_1>, re <PERSON_9>", {"<PERSON_1>": "Anna"})
    'hi Anna, re <PERSON_9>'
    >>> restore("< person 1 > or &lt;PERSON_1&gt;", {"<PERSON_1>": "Anna & co"})
    'Anna & co or Anna &amp; co'
    """
    return restorer(mapping)(text)


def restorer(mapping: Mapping[str, str]) -> Callable[[str], str]:
    """`restore` bound to one mapping: its regex and replacer are looked up once, for a
    reply whose many strings (every field of every event) restore with one mapping.

    >>> restorer({"<PERSON_1>": "Anna"})("hi [PERSON_1]")
    'hi Anna'
    """
    variants = _variants(mapping)
    if variants is None:
        return _as_is
    sub, replace = variants.pattern.sub, _replacer(variants, mapping)

    def restore_one(text: str) -> str:
        return sub(replace, text)

    return restore_one


def restore_pieces(pieces: Sequence[str], mapping: Mapping[str, str]) -> list[str]:
    """`restore` over neighbouring pieces of one text (the content parts of a message,
    the chunks of a JSON array a client joins): the pieces are read joined, so a
    placeholder split over two of them is restored whole, its value in the piece where
    it starts (the pieces joined read as the text restored whole); text that is no
    placeholder of this session stays in its own piece.

    >>> restore_pieces(["Dear <PER", "SON_1>, hi"], {"<PERSON_1>": "Anna"})
    ['Dear Anna', ', hi']
    """
    variants = _variants(mapping)
    if variants is None or not pieces:
        return list(pieces)
    replace = _replacer(variants, mapping)
    joined = "".join(pieces)
    starts = list(itertools.accumulate((len(piece) for piece in pieces[:-1]), initial=0))
    out: list[list[str]] = [[] for _ in pieces]

    def keep(begin: int, end: int) -> None:
        # `joined[begin:end]`, each character in the piece it came in.
        k = bisect.bisect_right(starts, begin) - 1
        while begin < end:
            stop = min(end, starts[k + 1] if k + 1 < len(starts) else end)
            out[k].append(joined[begin:stop])
            begin, k = stop, k + 1

    pos = 0
    for match in variants.pattern.finditer(joined):
        value = replace(match)
        if value == match.group(0):
            continue  # not this session's: left as it came, where it came
        keep(pos, match.start())
        out[bisect.bisect_right(starts, match.start()) - 1].append(value)
        pos = match.end()
    keep(pos, len(joined))
    return ["".join(parts) for parts in out]


class StreamRestorer:
    """Restores placeholders in a stream of text chunks, holding back as little as possible.

    Pure and synchronous: `feed(chunk) -> text safe to emit now`, `flush() -> the rest`.
    """

    # Characters of already-emitted text kept to decide whether a bare token that
    # starts the next chunk is a whole word (`_BARE_BEFORE_FIRST` looks two back).
    _LEFT = 2

    def __init__(self, mapping: Mapping[str, str], *, max_hold: int = MAX_PLACEHOLDER_LEN) -> None:
        self._max_hold = max_hold
        self._variants = _variants(mapping)
        self._replace = _replacer(self._variants, mapping) if self._variants else None
        self._left = ""  # the end of the emitted text, as it came in
        self._pending = ""

    @property
    def pending(self) -> str:
        return self._pending

    def feed(self, chunk: str) -> str:
        """Text that is safe to emit after `chunk` arrived."""
        if self._variants is None:
            return chunk
        return self._emit(self._pending + chunk, final=False)

    def flush(self) -> str:
        """The held-back rest at the end of the stream."""
        rest, self._pending = self._pending, ""
        if self._variants is None or not rest:
            return rest
        return self._emit(rest, final=True)

    def _emit(self, new: str, *, final: bool) -> str:
        """Restore `new` up to the tail that may still become a variant; keep that tail."""
        assert self._variants is not None and self._replace is not None
        # The emitted text's last characters stay in front: a bare token's lookbehind
        # reads them (`MY_` + `PERSON_1` is one identifier).
        text = self._left + new
        start = len(self._left)
        window = max(start, len(text) - self._max_hold)
        hold = len(text) if final else self._hold_from(text, window)
        out: list[str] = []
        pos = start
        for match in self._variants.pattern.finditer(text, start):
            if match.start() >= hold:
                break
            # A match before the held tail is decided by the text already here. None
            # of the forms lets a variant start inside a complete one, so none runs
            # into the tail; if a new form ever did, the tail starts after the match.
            if match.end() > hold:
                hold = self._hold_from(text, max(match.end(), window))
            out.append(text[pos : match.start()])
            out.append(self._replace(match))
            pos = match.end()
        out.append(text[pos:hold])
        self._pending = text[hold:]
        self._left = text[max(0, hold - self._LEFT) : hold]
        return "".join(out)

    def _hold_from(self, text: str, window: int) -> int:
        """Where the tail that may still become a variant starts (len(text): none)."""
        assert self._variants is not None
        tail = self._variants.tail.search(text, window)
        return tail.start() if tail is not None else len(text)


__all__ = [
    "MAX_PLACEHOLDER_LEN",
    "StreamRestorer",
    "find_variants",
    "restore",
    "restore_pieces",
    "restorer",
    "warm_up",
]
