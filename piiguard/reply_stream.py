"""Streaming reply guard: emit a reply as it arrives, never a fragment of a value masked later.

`GuardedStream` is pure and synchronous: `feed(chunk) -> text safe to emit now`,
`flush() -> the rest` at the end of the stream. Text is held back only while a
decision needs it:

- the word being typed (the last token, not yet followed by whitespace): any word
  can still grow into an e-mail address or a number;
- a run of value-shaped tokens at the end (tokens with a digit, short capital
  groups such as `NWBK` or `QQ`, `+`/`(`, a recognizer's `VALUE_WORDS` such as
  month names): phone numbers, cards, IBANs and written dates come in groups, and
  the next group may still belong to the value;
- a token with a digit or `@` until `right_context_chars` more characters follow
  it (the pattern recognizers score a value by context words just after it:
  "... 601 234 567 is my number"), and with it every such token up to
  `max_value_chars` before it (one value may hold both: "12 March 1985");
- with a word model (the NER model) in the detector, a capitalised word until
  `name_context_words` more words follow it, so the model sees right context
  ("Anna said" / "Apple said"). Whole names stay together: a span crossing the
  cut moves the cut back to the span's start (see the tradeoffs below);
- at most `max_hold_chars`: past that the stream decides all but the last
  `max_value_chars` characters (a value no longer than `max_value_chars` that
  crosses that point is already complete, so the detector sees it whole).

Everything before the held tail is decided once: the detector runs over it plus
`context_chars` of already-emitted text on the left and the held text on the
right, a span crossing the cut (or, unless forced, ending right before it) moves
the cut back to the span's start, and the decided text is emitted masked. Text
that is not held goes out at once: an event without a candidate value waits only
for the end of its own word. Under the locality assumption below the emitted
text equals `ReplyGuard.check` of the whole reply (the tests compare them at
every split position and on random texts and chunkings).

Tradeoffs. Decisions assume a recognizer looks at most `context_chars` to the
left and `right_context_chars` to the right of a value (true of the built-in
pattern recognizers: 48 and 24). A word model is not local: the shipped NER model
can tag a name in one window and miss it in a slightly longer one. The stream
therefore (a) shows it `context_chars` (default 200) of left context and
`name_context_words` (default 2) finished words of right context before deciding
a capitalised word (each word of context costs about one event of delay after a
capitalised word; sentence starters such as "Sure" or "Thanks" are not held),
(b) keeps a possible name back while the model finds a name right after it
("Emma" + "Johnson"), (c) in a sentence where the model finds a name, holds the
sentence's possible names until the sentence ends (`name_sentence_words`, at most
24 words by default: the model's view of "Smith" in "and John Smith at ..." flips
with the words that follow, up to the sentence's end), and (d) masks the union of
what the model found over a word in every window it saw. It stays a model: a name
that the whole-reply check tags but no window did can still go out (measured in
benchmarks/RESULTS.md: none in 400 name-heavy streams with (c), 2-3 % without).
The word model only runs, in a stream, when the new text has a possible name (with
`ReplyGuard`: a capitalised word other than a sentence starter): all-lowercase
names ("anna kowalska") are masked in JSON replies but not in streams, unless
`lowercase_names=True`, which holds every word but function words
for its right context and runs the model at every word (about one event of delay
on every event, and a model call per word). For the same reason a lowercase word
the model counts as the start of a name or address ("ul." in "ul. Marszałkowska
10", "van" in "van Dijk") may go out before the capitalised words after it; the
rest of the value is masked. Values longer than `max_value_chars` (a private-key
block, a long JWT) are only guaranteed masked whole in JSON replies; in a stream
the part past the window is masked as a second marker or, if the detector no
longer sees its start, not at all.

>>> import re
>>> from piiguard._types import Span
>>> class Digits:
...     def detect(self, text):
...         return [Span(m.start(), m.end(), "NUMBER", 1, "d") for m in re.finditer(r"\\d+", text)]
>>> class Redact:
...     def render(self, text, spans, start, end, counts):
...         out, pos = [], start
...         for s in spans:
...             if s.end <= start or s.start >= end:
...                 continue
...             out += [text[pos:max(s.start, start)], "[NUMBER]"]
...             pos = min(s.end, end)
...         return "".join(out) + text[pos:end]
>>> stream = GuardedStream(Digits().detect, Redact(), max_window_chars=1000)
>>> [stream.feed(c) for c in ["call ", "60", "1 now, ", "bye"]] + [stream.flush()]
['call ', '', '', '', '[NUMBER] now, bye']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from piiguard._types import Span
from piiguard.detection.markup import glued_word_start
from piiguard.exceptions import ConfigError, DetectionError, PiiGuardError

_TOKEN_RE = re.compile(r"\S+")
_SPACE_RE = re.compile(r"\s")
_VALUE_JOINERS = frozenset("+-()/.#")
NAME_PARTICLES = frozenset(
    "al bin da dal de degli del della den der di do dos du el la le st ten ter van von zu".split()  # noqa: SIM905
)
"""Lowercase words inside names ("Jan de Vries", "Ludwig van Beethoven")."""


@dataclass(frozen=True, kw_only=True)
class StreamLimits:
    """How much a streamed reply may be held back, and how much context a decision gets.

    >>> StreamLimits().max_hold_chars
    256
    """

    max_value_chars: int = 100
    """Longest value the stream keeps whole (longer ones: see the module docstring)."""
    max_hold_chars: int = 256
    """Most text held back at once; past it the stream decides all but `max_value_chars`."""
    context_chars: int = 200
    """Already-emitted text shown to the detector on the left of each decision."""
    pattern_context_chars: int = 128
    """The same, for a decision the pattern recognizers alone make (no word model): they
    look at most 120 characters back (a password-shaped token after a password word in
    the last 120 characters; an AWS secret key within 100 of "AWS"), and a stream decides
    at every word, so a window shorter than the model's is most of what a streamed reply
    costs."""
    right_context_chars: int = 24
    """Text that must follow a digit or `@` token before it is decided."""
    name_context_words: int = 2
    """Words that must follow a capitalised word before a name model decides it."""
    lowercase_names: bool = False
    """Treat every word as a possible name (strict, slower: see the module docstring)."""
    name_sentence_words: int = 24
    """With a name model: while the model finds a name in an unfinished sentence, hold the
    sentence's possible names until it ends, or until this many words follow them (0: off)."""

    def __post_init__(self) -> None:
        for name in ("max_value_chars", "max_hold_chars", "context_chars", "pattern_context_chars"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"reply stream {name} must be positive")
        for name in ("right_context_chars", "name_context_words", "name_sentence_words"):
            if getattr(self, name) < 0:
                raise ConfigError(f"reply stream {name} must not be negative")
        if self.max_hold_chars < self.max_value_chars + self.right_context_chars:
            raise ConfigError(
                "reply stream max_hold_chars must be at least max_value_chars + "
                "right_context_chars, or a value could be cut before it is complete"
            )

    @property
    def right_margin(self) -> int:
        """Held text shown to the detector on the right of a decision."""
        return self.max_value_chars + self.right_context_chars


class SpanRenderer(Protocol):
    """Turns detected spans into the emitted text (the reply guard's policy)."""

    def render(
        self, text: str, spans: Sequence[Span], start: int, end: int, counts: dict[str, int]
    ) -> str:
        """`text[start:end]` with the spans the policy masks replaced; counts masked labels.

        Spans are judged on their whole value in `text` and clipped to `[start, end)`;
        a span that starts before `start` was counted when its first part was emitted.
        May raise `ReplyBlockedError`.
        """
        ...


def is_value_token(token: str, value_words: frozenset[str] = frozenset()) -> bool:
    """Whether a whitespace-separated token may be one group of a grouped value.

    `value_words` are words a recognizer's values may contain (month names in dates).

    >>> [is_value_token(t) for t in ["601", "NWBK", "+", "(22)", "a", "Anna", "the"]]
    [True, True, True, True, True, False, False]
    """
    if any(c.isdigit() for c in token) or len(token) == 1:
        return True  # one character: maybe one of a value spelt out ("a n n a . k o w ...")
    if len(token) <= 4 and token.isalpha() and token.isupper():
        return True
    if value_words and token.casefold().rstrip(".,") in value_words:
        return True
    return all(c in _VALUE_JOINERS for c in token)


def needs_right_context(token: str) -> bool:
    """Whether a token may hold a value whose score depends on the words after it."""
    return "@" in token or any(c.isdigit() for c in token)


def held_start(
    pending: str,
    limits: StreamLimits,
    is_name_candidate: Callable[[str], bool] | None = None,
    value_words: frozenset[str] = frozenset(),
) -> int:
    """Where the undecided tail of `pending` begins (`len(pending)` when nothing is held).

    >>> held_start("call me at 601 234", StreamLimits())
    11
    >>> held_start("thanks for asking ", StreamLimits())
    18
    """
    n = len(pending)
    tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(pending)]
    if not tokens:
        return n
    texts = [pending[start:end] for start, end in tokens]
    value = [is_value_token(t, value_words) for t in texts]

    def run_start(i: int) -> int:
        """The first token of the run of value-shaped groups that ends at token `i`."""
        while i > 0 and value[i - 1]:
            i -= 1
        return tokens[i][0]

    held = n
    last = len(tokens) - 1
    if tokens[-1][1] == n:  # the word being typed
        held = run_start(last)
        last -= 1
    # A trailing run of value-shaped groups may still grow.
    tail = last
    while tail >= 0 and value[tail]:
        held = tokens[tail][0]
        tail -= 1
    # A digit or '@' token waits until `right_context_chars` follow it, and so does every
    # such token up to `max_value_chars` before a waiting one (one value may hold both,
    # "12 March 1985"), each with the value-shaped groups before it.
    anchor: int | None = None
    for i in range(len(tokens) - 1, -1, -1):
        start, end = tokens[i]
        held_already = i > tail
        recent = n - end < limits.right_context_chars
        near = anchor is not None and anchor - start <= limits.max_value_chars
        if needs_right_context(texts[i]) and (held_already or recent or near):
            held = min(held, run_start(i))
            anchor = start
        elif not (held_already or recent or near):
            break  # no earlier token can be waiting
    # Markup with a space in it (a comment, "<wbr />"), closed or still open, glues the word
    # being typed to the word before it ("someone.else<!-- -->@exa"): that word waits too,
    # with the value-shaped groups before it.
    glued = glued_word_start(pending)
    if glued is not None:
        i = next(i for i, (start, end) in enumerate(tokens) if glued < end)
        held = min(held, run_start(i))
    # A possible name waits for `name_context_words` finished words of right context;
    # particles ("de" in "Jan de Vries") do not count as context.
    if is_name_candidate is not None:
        context = 0
        for i in range(last, -1, -1):
            if context >= limits.name_context_words:
                break
            if is_name_candidate(texts[i]):
                held = min(held, tokens[i][0])
            if texts[i].casefold() not in NAME_PARTICLES:
                context += 1
    return held


class _DetectorNeeded(Exception):
    """Internal: `try_feed` met a decision that needs the detector."""


class GuardedStream:
    """Guards one streamed reply: `feed(chunk)` and `flush()` return text safe to emit.

    `detect` finds spans in a window of text (it may raise: the stream then fails
    closed and refuses further chunks); `renderer` applies the reply policy;
    `plan(window, offset)` optionally picks the detection a window needs (the new
    text starts at `offset`): `(detect function, cheap enough to run inline)`, or
    None when the window cannot hold anything reported. `is_name_candidate` says
    which words a word model must see with right context; `value_words` are words
    a pattern value may contain (month names). `counts` holds masked values per
    label so far.
    """

    def __init__(
        self,
        detect: Callable[[str], list[Span]],
        renderer: SpanRenderer,
        *,
        max_window_chars: int,
        limits: StreamLimits | None = None,
        plan: Callable[[str, int], tuple[Callable[[str], list[Span]], bool] | None] | None = None,
        is_name_candidate: Callable[[str], bool] | None = None,
        value_words: Collection[str] = (),
        sticky_sources: Collection[str] = (),
        on_end: Callable[[str], None] | None = None,
    ) -> None:
        self.limits = limits or StreamLimits()
        self._detect = detect
        self._renderer = renderer
        self._plan = plan
        self._is_name_candidate = is_name_candidate
        self._value_words = frozenset(w.casefold() for w in value_words)
        self._max_step = max_window_chars - self.limits.context_chars - self.limits.right_margin
        if self._max_step <= 0:
            raise ConfigError(
                "the detector's max_input_chars is too small for the reply stream window "
                "(context_chars + max_value_chars + right_context_chars)"
            )
        self._pending = ""
        self._context = ""
        self._failed = False
        self._detect_allowed = True
        self._sticky_sources = frozenset(sticky_sources)
        self._remembered: list[Span] = []  # a model's spans over undecided text, absolute
        self._decided = 0  # characters decided (emitted) so far
        self.counts: dict[str, int] = {}
        # `on_end(text)` at the end of a stream no window of which needed more than the
        # cheap detections, with the whole text when it fits in one detector call.
        self._on_end = on_end
        self._max_window_chars = max_window_chars
        self._seen: list[str] | None = [] if on_end is not None else None

    @property
    def pending_chars(self) -> int:
        """How many characters are held back right now."""
        return len(self._pending)

    def feed(self, chunk: str) -> str:
        """Text that is safe to emit after `chunk` arrived ('' while a decision waits)."""
        self._check_usable()
        if not chunk:
            return ""
        before = self._pending
        self._pending = before + chunk
        # Fast path: the word being typed keeps growing; nothing new can be decided.
        if (
            (not before or not before[-1].isspace())
            and _SPACE_RE.search(chunk) is None
            and len(self._pending) <= self.limits.max_hold_chars
        ):
            return ""
        return self._advance(final=False)

    def try_feed(self, chunk: str) -> str | None:
        """`feed(chunk)` if it needs no expensive detector call: run it on the event loop.

        Only detections the plan marks cheap (the pattern recognizers: tens of
        microseconds) run here. Returns None, without consuming `chunk`, when the
        word model is needed: then call `feed(chunk)` off the event loop.
        """
        self._check_usable()
        return self._inline(lambda: self.feed(chunk))

    def flush(self) -> str:
        """Everything still held, decided now (the end of the stream)."""
        self._check_usable()
        return self._advance(final=True)

    def try_flush(self) -> str | None:
        """`flush()` if it needs no expensive detector call (see `try_feed`); None, with
        nothing decided, when the word model is needed: then call `flush()` off the loop."""
        self._check_usable()
        return self._inline(lambda: self._advance(final=True))

    def _inline(self, step: Callable[[], str]) -> str | None:
        """`step()` with only cheap detections allowed; None, all of it rolled back, when
        it meets a decision that needs the detector."""
        state = (self._pending, self._context, dict(self.counts), self._decided)
        remembered = list(self._remembered)
        seen = len(self._seen) if self._seen is not None else 0
        self._detect_allowed = False
        try:
            return step()
        except _DetectorNeeded:  # roll back whatever this call decided before it
            self._pending, self._context, self.counts, self._decided = state
            self._remembered = remembered
            if self._seen is not None:
                del self._seen[seen:]
            return None
        finally:
            self._detect_allowed = True

    def _check_usable(self) -> None:
        if self._failed:
            raise DetectionError("the reply stream failed earlier; it emits nothing more")

    def _advance(self, *, final: bool) -> str:
        try:
            out = self._decide(final=final)
            if final and self._seen is not None and self._on_end is not None:
                text, self._seen = "".join(self._seen), None
                if text and not self._pending:
                    self._on_end(text)
            return out
        except _DetectorNeeded:
            raise
        except PiiGuardError:
            self._failed = True
            raise
        except Exception as exc:  # a broken detector: fail closed, never emit unchecked text
            self._failed = True
            raise DetectionError(f"reply check failed ({type(exc).__name__})") from None

    def _with_remembered(self, spans: list[Span], window: str, base: int) -> list[Span]:
        """Add what a model found over this text in earlier windows and now does not.

        A model's view of a word can change as more context arrives ("and John" read
        as part of an address, then as nothing): the stream masks the union, so
        it is never less strict than any window it saw. Only the finished words of a
        span are remembered ("John Smi" -> "John": the model saw half a word).
        """
        if not self._sticky_sources:
            return spans
        complete = len(window)
        while complete > 0 and not window[complete - 1].isspace():
            complete -= 1  # back to the start of the unfinished last word
        extra: list[Span] = []
        for old in self._remembered:
            start, end = max(0, old.start - base), min(len(window), old.end - base)
            if start < end:
                shifted = Span(start, end, old.label, old.score, old.source)
                extra.extend(_uncovered(shifted, [*spans, *extra], window))
        for span in spans:
            if span.source not in self._sticky_sources:
                continue
            end = min(span.end, complete)  # only the finished words of the span
            while end > span.start and window[end - 1].isspace():
                end -= 1
            if end <= span.start or end + base <= self._decided:
                continue  # nothing finished, or nothing still undecided
            moved = Span(span.start + base, end + base, span.label, span.score, "")
            if moved not in self._remembered:
                self._remembered.append(moved)
        if not extra:
            return spans
        return sorted([*spans, *extra], key=lambda s: (s.start, s.end))

    def _from_model(self, span: Span) -> bool:
        """Whether a word model found `span`, now or in an earlier window (remembered
        spans carry the source "")."""
        return span.source in self._sticky_sources or span.source == ""

    def _hold_name_before_model_span(
        self, spans: Sequence[Span], pending: str, offset: int, cut: int
    ) -> int:
        """Keep a possible name back when the model finds a name right after it.

        Names run over several words, and a model may see the first one only once it
        has seen the next ("Emma" + "Johnson" -> "Emma Johnson", "Jan de" + "Vries").
        """
        if self._is_name_candidate is None or not self._sticky_sources:
            return cut
        starts = {span.start - offset for span in spans if self._from_model(span)}
        while cut > 0:
            after = cut
            while after < len(pending) and pending[after].isspace():
                after += 1
            if after not in starts:
                return cut
            word_end = len(pending[:cut].rstrip())
            word_start = word_end
            while word_start > 0 and not pending[word_start - 1].isspace():
                word_start -= 1
            word = pending[word_start:word_end]
            if word_start == word_end or not (
                self._is_name_candidate(word) or word.casefold() in NAME_PARTICLES
            ):
                return cut
            cut = word_start
            starts.add(cut)  # and so on for a name of three words
        return cut

    def _hold_names_until_sentence_end(self, spans: Sequence[Span], offset: int, cut: int) -> int:
        """Hold an unfinished sentence's possible names while the model finds a name in it.

        The model decides a word by its whole sentence (and more); a word decided with
        half the sentence may be judged differently by the whole-reply check. So in a
        sentence the model already finds a name in, the possible names wait for the
        sentence to end (at most `name_sentence_words` words).
        """
        words = self.limits.name_sentence_words
        if not words or self._is_name_candidate is None or not self._sticky_sources:
            return cut
        pending = self._pending
        # `offset` is where pending starts in the window, which may hold less left context
        # than `self._context` (a decision without the model); the sentence is found in all
        # of it.
        start = _sentence_start(self._context + pending) - len(self._context)  # in pending
        if start >= cut:
            return cut
        if not any(self._from_model(span) and span.end - offset > start for span in spans):
            return cut
        tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(pending, max(0, start))]
        for i, (token_start, token_end) in enumerate(tokens):
            if token_start >= cut:
                break
            if len(tokens) - 1 - i < words and self._is_name_candidate(
                pending[token_start:token_end]
            ):
                return token_start
        return cut

    def _decide(self, *, final: bool) -> str:
        limits = self.limits
        out: list[str] = []
        while self._pending:
            pending = self._pending
            n = len(pending)
            forced = False
            if final:
                cut = n
            else:
                cut = held_start(pending, limits, self._is_name_candidate, self._value_words)
                if n - cut > limits.max_hold_chars:
                    forced = True
                    cut = n - limits.max_value_chars
            truncated = cut > self._max_step
            if truncated:
                cut = self._max_step
            if cut <= 0:
                break
            window_end = min(n, cut + limits.right_margin)
            window = self._context + pending[:window_end]
            offset = len(self._context)
            spans: list[Span] = []
            planned = (self._detect, False) if self._plan is None else self._plan(window, offset)
            if planned is not None:
                detect, inline_ok = planned
                if not (inline_ok or self._detect_allowed):
                    raise _DetectorNeeded
                if not inline_ok:
                    self._seen = None  # the model was needed: no `on_end`
                elif offset > limits.pattern_context_chars:
                    trim = offset - limits.pattern_context_chars
                    window, offset = window[trim:], offset - trim
                spans = detect(window)
            base = self._decided - offset  # absolute position of window[0]
            spans = self._with_remembered(spans, window, base)
            hold_adjacent = not (final or forced or truncated)
            if hold_adjacent:
                cut = self._hold_names_until_sentence_end(spans, offset, cut)
            cut = _settle(spans, pending, offset, cut, hold_adjacent=hold_adjacent)
            if hold_adjacent:
                cut = self._hold_name_before_model_span(spans, pending, offset, cut)
            if cut <= 0:
                break
            if self._seen is not None:
                if self._decided + cut > self._max_window_chars:
                    self._seen = None  # longer than one detector call: no `on_end`
                else:
                    self._seen.append(pending[:cut])
            out.append(self._renderer.render(window, spans, offset, offset + cut, self.counts))
            self._context = (self._context + pending[:cut])[-limits.context_chars :]
            self._pending = pending[cut:]
            self._decided += cut
            self._remembered = [r for r in self._remembered if r.end > self._decided]
            if not (final or forced or truncated):
                break
        return "".join(out)


_SENTENCE_END_RE = re.compile(r"[.!?]+[\"')\]»”’]*\s|\n")
_ABBREVIATIONS = frozenset("dr mr mrs ms mt no prof sr jr st vs".split())  # noqa: SIM905


def _sentence_start(text: str) -> int:
    """Where the last unfinished sentence of `text` starts (after the last finished end).

    >>> _sentence_start("Ask Dr. Bob. He said")
    13
    """
    for match in reversed(list(_SENTENCE_END_RE.finditer(text))):
        word = text[: match.start()].rsplit(None, 1)[-1:] or [""]
        if match.group()[0] == "." and word[0].casefold() in _ABBREVIATIONS:
            continue
        return match.end()
    return 0


def _uncovered(span: Span, covered: Sequence[Span], text: str) -> list[Span]:
    """The parts of `span` no span in `covered` overlaps, without edge whitespace."""
    parts = [(span.start, span.end)]
    for other in covered:
        if not span.overlaps(other):
            continue
        parts = [
            piece
            for start, end in parts
            for piece in ((start, min(end, other.start)), (max(start, other.end), end))
            if piece[0] < piece[1]
        ]
    out = []
    for start, end in parts:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Span(start, end, span.label, span.score, span.source))
    return out


def _settle(
    spans: Sequence[Span], pending: str, offset: int, cut: int, *, hold_adjacent: bool
) -> int:
    """Where the decided text ends, given the spans found in the window.

    A span crossing the cut moves it back to the span's start; so does, unless the
    decision is forced, a span ending just before the cut (the held text may still
    extend it). A forced decision that cannot move back (the span starts the
    pending text) moves forward to the span's end instead: the span is complete
    (see `StreamLimits.max_value_chars`), and is masked whole.
    """
    moved = True
    while moved and cut > 0:
        moved = False
        for span in spans:
            start, end = span.start - offset, span.end - offset
            if end <= 0 or start >= cut:
                continue
            if end > cut:
                cut = max(0, start) if hold_adjacent or start > 0 else end
                moved = True
            elif (
                hold_adjacent
                and cut < len(pending)
                and (end == cut or pending[end:cut].isspace())
                and start < cut
            ):
                cut = max(0, start)
                moved = True
    return cut
