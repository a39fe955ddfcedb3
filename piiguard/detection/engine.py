"""The detector: runs recognizers, filters by label and score, resolves overlaps.

Overlap rule (documented behaviour, relied on by masking): when two spans
overlap, the one from the recognizer with the higher `priority` wins (validated
patterns have priority 2, the NER model 1, anything else 0 by default); at equal
priority the higher score wins, then the longer span, then the earlier one.
Spans that touch but do not overlap are all kept. A name, place or organisation that
overlaps a span of a higher priority keeps its parts outside it (the model's
signature block "|Romero / Calle Larios 8 / 29005 Málaga / Tel. 960| 78 79 51" keeps the
lines before the validated phone number; dropped whole, it left the address in clear).
A link (`URL`) is one value with
whatever it holds: a span wholly inside a URL span gives way to it. A span that ties
with the winner on everything (same bounds, priority and score) is another reading of
the same value: the winner keeps its label and lists the other in `Span.alternatives`
(reported, never used to mask).

Encoded runs (percent-encoded, HTML-escaped, base64, hex; `piiguard.detection.encoded`): the
detector also runs on the decoded form of each run, up to `MAX_DECODE_LEVELS`
encodings deep, and a run whose decoded text holds a value becomes one span over
the whole run, which supersedes what the raw text gave for those characters.

Unicode disguises (fullwidth or other-script digits, odd spaces, invisible
characters inside a value; `piiguard.detection.folding`) and inline markup inside a value
(an HTML tag, a comment, CDATA markers, a Markdown escape; `piiguard.detection.markup`):
the recognizers read the folded text and each span is mapped back onto the characters as
written.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from piiguard._types import DATE_TIME, LOCATION, ORGANIZATION, PERSON, URL, Recognizer, Span
from piiguard.detection.digit_floor import digit_count, digit_floor
from piiguard.detection.encoded import MAX_DECODE_LEVELS, encoded_spans, supersede
from piiguard.detection.folding import Folded, fold
from piiguard.detection.markup import unmark
from piiguard.detection.typos import correct_typos
from piiguard.exceptions import ConfigError, InputTooLongError

if TYPE_CHECKING:
    from piiguard.detection.policy import PersonalDataPolicy

DEFAULT_MAX_INPUT_CHARS = 20_000
DEFAULT_MIN_SCORE = 0.5


def _priority(recognizer: Recognizer) -> int:
    return int(getattr(recognizer, "priority", 0))


def _on_request(recognizer: Recognizer) -> bool:
    return bool(getattr(recognizer, "on_request", False))


_Run = tuple[int, tuple[Callable[[str], object], ...], Callable[[str], list[Span]]]


def _gate_digits(gate: Callable[[str], object]) -> int:
    """The digits a text must hold for `gate` to pass: `digit_floor` of its regex when it
    is a compiled regex's `search`, else 0."""
    pattern = getattr(gate, "__self__", None)
    if isinstance(pattern, re.Pattern) and getattr(gate, "__name__", "") == "search":
        return digit_floor(pattern)
    return 0


def _run(recognizer: Recognizer) -> _Run:
    """How `Detector` runs a recognizer: the digits a text must hold for its gates to
    pass (`digit_floor`), its `gates` (cheap tests that must all pass, optional:
    `Recognizer`) and what to call then (`analyze_passed` with gates, else `analyze`).
    Running a failed gate in the detector's own loop saves a call; a text with too few
    digits for a gate costs not even the gate's search."""
    passed = getattr(recognizer, "analyze_passed", None)
    gates: tuple[Callable[[str], object], ...] = (
        tuple(getattr(recognizer, "gates", ())) if passed is not None else ()
    )
    if gates:
        return max(map(_gate_digits, gates)), gates, passed  # type: ignore[return-value]
    return 0, (), recognizer.analyze


def resolve_overlaps(
    spans: Iterable[Span], priorities: Mapping[str, int] | None = None
) -> list[Span]:
    """Keep a set of non-overlapping spans by the module's overlap rule, sorted by start.

    A span that loses only to the final tie-break (the winner has the same bounds, the
    same priority and the same score: nothing in the rule tells them apart) is another
    reading of the same value, and its label joins the winner's `Span.alternatives`
    (in the order the readings were given). A lost span with the winner's bounds and label
    is the same reading; its alternatives join the winner's. What is kept, with which
    label, is the same as without them.

    >>> value = [Span(0, 10, "UK_NHS", 0.75, "ids"), Span(0, 10, "KR_BRN", 0.75, "ids")]
    >>> resolve_overlaps(value)
    [Span(start=0, end=10, label='UK_NHS', score=0.75, source='ids', alternatives=('KR_BRN',))]
    >>> [s.alternatives for s in resolve_overlaps([value[0], replace(value[1], score=0.7)])]
    [()]
    """
    ranks = priorities or {}
    ordered = list(spans)
    if len(ordered) < 2:  # most texts: nothing to order, no overlap to resolve
        return [span for span in ordered if span.length > 0]
    ordered.sort(key=lambda s: (-ranks.get(s.source, 0), -s.score, -s.length, s.start))
    # The kept spans never overlap, so sorted by start they are sorted by end too, and a
    # span can only overlap its two neighbours there: bisect instead of a scan of all.
    kept: list[Span] = []
    starts: list[int] = []
    for span in ordered:
        if span.length <= 0:
            continue
        index = bisect_right(starts, span.start)
        before = kept[index - 1] if index else None
        if before is not None and before.end > span.start:
            winner = before
        elif index < len(kept) and kept[index].start < span.end:
            continue  # lost to a later-starting span: never the same bounds
        else:
            kept.insert(index, span)
            starts.insert(index, span.start)
            continue
        if (  # a lost span: is it a tied reading?
            winner.start == span.start
            and winner.end == span.end
            and span.score == winner.score
            and ranks.get(span.source, 0) == ranks.get(winner.source, 0)
            and span.label not in winner.labels
        ):
            kept[index - 1] = replace(winner, alternatives=(*winner.alternatives, span.label))
        elif (  # the same value read with the same label: its other readings join too
            winner.start == span.start
            and winner.end == span.end
            and span.label == winner.label
            and (extra := tuple(a for a in span.alternatives if a not in winner.labels))
        ):
            kept[index - 1] = replace(winner, alternatives=(*winner.alternatives, *extra))
    return kept


_TRIMMED_LABELS = frozenset({PERSON, LOCATION, ORGANIZATION})
_JUDGED = frozenset({*_TRIMMED_LABELS, DATE_TIME})
_TRIM_CHARS = " \t\r\n,.;:-–(/"


def _outside_higher(text: str, spans: list[Span], priorities: Mapping[str, int]) -> list[Span]:
    """`spans` with every name, place or organisation that overlaps a span of a higher
    priority (one the masking policy never drops: not a name, place, firm or date) cut to
    its parts outside that span, edges stripped of spaces and
    punctuation, parts without a letter dropped: the overlap rule then keeps them beside
    the other instead of dropping the whole.

    >>> text = "Calle Larios 8, Tel. 960 78 79 51"
    >>> place = Span(0, 24, "LOCATION", 0.9, "ner")
    >>> phone = Span(21, 33, "PHONE_NUMBER", 1.0, "phone")
    >>> ranks = {"ner": 1, "phone": 2}
    >>> [text[s.start:s.end] for s in _outside_higher(text, [place, phone], ranks)]
    ['Calle Larios 8, Tel', '960 78 79 51']
    """
    if not any(s.label in _TRIMMED_LABELS for s in spans):
        return spans  # nothing to cut (the pattern stage's common case): asked first
    # the spans that may cut (one the policy may drop cuts nothing), by start
    cutters = sorted((o for o in spans if o.label not in _JUDGED), key=lambda o: o.start)
    if not cutters:
        return spans
    starts = [o.start for o in cutters]
    longest = max(o.end - o.start for o in cutters)
    out: list[Span] = []
    for span in spans:
        if span.label not in _TRIMMED_LABELS:
            out.append(span)
            continue
        rank = priorities.get(span.source, 0)
        lo = bisect_left(starts, span.start - longest)
        hi = bisect_left(starts, span.end)
        higher = [
            o for o in cutters[lo:hi] if span.start < o.end and priorities.get(o.source, 0) > rank
        ]
        if not higher:
            out.append(span)
            continue
        pieces = [(span.start, span.end)]
        for other in higher:
            pieces = [
                part
                for start, end in pieces
                for part in ((start, min(end, other.start)), (max(start, other.end), end))
                if part[1] > part[0]
            ]
        for start, end in pieces:
            while start < end and text[start] in _TRIM_CHARS:
                start += 1
            while end > start and text[end - 1] in _TRIM_CHARS:
                end -= 1
            if end > start and any(c.isalpha() for c in text[start:end]):
                out.append(replace(span, start=start, end=end))
    return out


def _links_whole(spans: list[Span]) -> list[Span]:
    """`spans` without the values inside a link: a URL that holds a card in its path or an
    address in its query is one value, masked whole like any other link (a detector that
    does not report URLs, such as the reply guard's look inside links, sees the values)."""
    links = [s for s in spans if s.label == URL]
    if not links:
        return spans
    return [
        s
        for s in spans
        if s.label == URL or not any(link.start <= s.start and s.end <= link.end for link in links)
    ]


def _then(first: Folded | None, second: Folded | None) -> Folded | None:
    """The view `second` took of `first`'s text, as a view of the text `first` took."""
    if second is None:
        return first
    if first is None:
        return second
    return Folded(second.text, tuple(first.origins[i] for i in second.origins))


def detection_view(text: str) -> Folded | None:
    """The text the recognizers read: Unicode disguises folded away
    (`piiguard.detection.folding`), inline markup read past (`piiguard.detection.markup`)
    and slips of lead words read as the words (`piiguard.detection.typos`), offsets
    kept; None when it is `text` itself."""
    return _views(text)[0]


def _views(text: str) -> tuple[Folded | None, Folded | None, bool]:
    """`detection_view(text)`, the same view with the markup kept as written, and whether
    the two differ (the text has inline markup)."""
    folded = fold(text)
    base = text if folded is None else folded.text
    unmarked = unmark(base)
    plain = _then(folded, correct_typos(base))
    if unmarked is None:
        return plain, plain, False
    view = _then(_then(folded, unmarked), correct_typos(unmarked.text))
    return view, plain, True


def _kept(spans: list[Span], before: list[Span]) -> list[Span]:
    """`spans` (found with the markup read past) with every span of `before` (found with it
    kept) that they do not cover: reading past a tag glues the words on its two sides
    ("card<b>4111...</b>" read as "card4111..."), which can cut a value's boundary, and a
    value masked with the markup as written must stay masked. A kept span that overlaps
    spans of `spans` is merged with them into one span over all of them."""
    out = sorted(spans, key=lambda s: (s.start, s.end))
    for old in before:
        if any(s.start <= old.start and old.end <= s.end for s in out):
            continue
        over = [s for s in out if s.start < old.end and old.start < s.end]
        if over:
            widest = max([old, *over], key=lambda s: s.end - s.start)
            old = replace(
                widest,
                start=min(s.start for s in [old, *over]),
                end=max(s.end for s in [old, *over]),
            )
            out = [s for s in out if s not in over]
        out.append(old)
        out.sort(key=lambda s: (s.start, s.end))
    return out


class Detector:
    """Finds personal data in text.

    >>> detector = Detector.patterns()
    >>> [s.label for s in detector.detect("mail me at anna.k@example.org")]
    ['EMAIL_ADDRESS']

    `enabled_labels` (default: all) and `disabled_labels` choose what is reported;
    `min_scores` sets a per-label minimum score (`default_min_score` otherwise).
    `requested_labels` asks for every value of a label, not only a person's: the
    recognizers marked `on_request` (`DateTimeRecognizer`: every date and time) run only
    for a requested label, and the policy keeps all of its spans
    (`PersonalDataPolicy.keeping`: DATE_TIME is `mask_all_dates`). A policy that already
    keeps every span of a label (`mask_all_dates=True`) requests it too. A detector that
    requests nothing never runs an on-request recognizer (it is not in `recognizers`).
    Texts longer than `max_input_chars` raise `InputTooLongError`.
    `decode_levels` (default `MAX_DECODE_LEVELS`; 0 turns it off) is how many
    encodings deep values are looked for in percent-encoded, HTML-escaped, base64 and hex runs.
    `joined_words` (default on) reads identifiers joined by underscores as words
    (`anna_kowalski_4111...`); protocol strings (ids) are identifiers by design, and the
    detector that checks them turns it off.
    `policy` decides which of the found spans are personal data in context
    (`piiguard.detection.policy`); `default()` and `patterns()` use the default
    `PersonalDataPolicy()` unless given one, a bare `Detector` (and `policy=None`) none.
    """

    def __init__(
        self,
        recognizers: Sequence[Recognizer],
        *,
        enabled_labels: Collection[str] | None = None,
        disabled_labels: Collection[str] = (),
        min_scores: Mapping[str, float] | None = None,
        default_min_score: float = DEFAULT_MIN_SCORE,
        max_input_chars: int = DEFAULT_MAX_INPUT_CHARS,
        decode_levels: int = MAX_DECODE_LEVELS,
        joined_words: bool = True,
        policy: PersonalDataPolicy | None = None,
        requested_labels: Collection[str] = (),
    ) -> None:
        if not 0 <= decode_levels <= MAX_DECODE_LEVELS:
            raise ConfigError(f"decode_levels must lie between 0 and {MAX_DECODE_LEVELS}")
        if max_input_chars <= 0:
            raise ConfigError("max_input_chars must be a positive number of characters")
        if not 0.0 <= default_min_score <= 1.0:
            raise ConfigError("default_min_score must lie between 0 and 1")
        for label, score in (min_scores or {}).items():
            if not 0.0 <= score <= 1.0:
                raise ConfigError(f"min_scores[{label!r}] must lie between 0 and 1")
        names = [r.name for r in recognizers]
        if len(set(names)) != len(names):
            raise ConfigError("recognizer names must be unique (they identify Span.source)")
        self._enabled = frozenset(enabled_labels) if enabled_labels is not None else None
        self._disabled = frozenset(disabled_labels)
        self._min_scores = dict(min_scores or {})
        self._default_min_score = default_min_score
        self.max_input_chars = max_input_chars
        self.decode_levels = decode_levels
        self.joined_words = joined_words
        self.policy = policy
        self._requested: frozenset[str] = frozenset()
        self._request(requested_labels)
        self._given = tuple(recognizers)
        self._keep(self._given)

    def without_labels(self, labels: Collection[str]) -> Detector:
        """This detector with `labels` no longer reported (and the recognizers that
        report nothing else left out); every other setting is the same.

        >>> detector = Detector.patterns().without_labels({"URL"})
        >>> [s.label for s in detector.detect("see https://x.example/?mail=anna@example.org")]
        ['EMAIL_ADDRESS']
        """
        other = copy.copy(self)
        other._disabled = self._disabled | frozenset(labels)
        other._keep(self.recognizers)
        return other

    def requesting(self, labels: Collection[str]) -> Detector:
        """This detector with `labels` requested too (every value of them reported: the
        class docstring); every other setting is the same, and the recognizers it was
        built with (a model among them loads once for both).

        >>> detector = Detector.patterns()
        >>> [s.label for s in detector.requesting({"DATE_TIME"}).detect("see you 21.05.2027")]
        ['DATE_TIME']
        >>> detector.detect("see you 21.05.2027")
        []
        """
        other = copy.copy(self)
        other._request(labels)
        other._keep(self._given)
        return other

    def _request(self, labels: Collection[str]) -> None:
        """Add `labels` to the requested ones, and widen the policy to keep them whole."""
        for label in sorted(labels):
            if not self.reports(label):
                raise ConfigError(
                    f"requested label {label!r} is not reported: it is disabled or not "
                    "among enabled_labels"
                )
        self._requested = self._requested | frozenset(labels)
        if self.policy is not None:
            self.policy = self.policy.keeping(self._requested)

    def _keep(self, recognizers: Sequence[Recognizer]) -> None:
        """Use the `recognizers` that report a label this detector reports (an on-request
        one: a label it requests)."""
        self.recognizers: tuple[Recognizer, ...] = tuple(
            r
            for r in recognizers
            if any(
                self.requests(label) if _on_request(r) else self.reports(label)
                for label in r.labels
            )
        )
        self._priorities = {r.name: _priority(r) for r in self.recognizers}
        self._runs = self._runs_of(self.recognizers)

    @staticmethod
    def _runs_of(
        recognizers: tuple[Recognizer, ...],
    ) -> tuple[tuple[Recognizer, ...], tuple[_Run, ...]]:
        """`recognizers` and how each is run (`_run`); `_detect` builds them again when
        `recognizers` was replaced since."""
        return recognizers, tuple(_run(r) for r in recognizers)

    @classmethod
    def patterns(cls, **options: Any) -> Detector:
        """The validated pattern stage only: fast, no model."""
        from piiguard.detection.policy import PersonalDataPolicy
        from piiguard.detection.registry import pattern_recognizers

        options.setdefault("policy", PersonalDataPolicy())
        return cls(pattern_recognizers(), **options)

    @classmethod
    def default(cls, *, model_dir: str | None = None, **options: Any) -> Detector:
        """Patterns plus the shipped NER model (names, places, organisations).

        The model loads lazily, once, on first use; a missing or broken model is a
        `ModelLoadError`, never a silent fall-back to patterns only.
        """
        from piiguard.detection.policy import PersonalDataPolicy
        from piiguard.detection.registry import default_recognizers

        options.setdefault("policy", PersonalDataPolicy())
        return cls(default_recognizers(model_dir=model_dir), **options)

    @property
    def on_request_labels(self) -> frozenset[str]:
        """The labels of the on-request recognizers this detector was built with: asking
        for one (`requested_labels`, `requesting`) runs them.

        >>> sorted(Detector.patterns().on_request_labels)
        ['DATE_TIME']
        """
        return frozenset(label for r in self._given if _on_request(r) for label in r.labels)

    def reports(self, label: str) -> bool:
        """Whether spans with this label are reported at all."""
        if label in self._disabled:
            return False
        return self._enabled is None or label in self._enabled

    def requests(self, label: str) -> bool:
        """Whether every value of this label is asked for (`requested_labels`, or a policy
        that keeps all of its spans), so that its on-request recognizers run."""
        if not self.reports(label):
            return False
        return label in self._requested or (
            self.policy is not None and label in self.policy.full_labels
        )

    def _check(self, text: str) -> None:
        if len(text) > self.max_input_chars:
            raise InputTooLongError(len(text), self.max_input_chars)

    def _select(self, text: str, spans: Iterable[Span]) -> list[Span]:
        chosen = [
            s
            for s in spans
            if self.reports(s.label)
            and s.score >= self._min_scores.get(s.label, self._default_min_score)
        ]
        # before the policy, so that it judges what is left of a cut name or place
        chosen = _outside_higher(text, chosen, self._priorities)
        if self.policy is not None:
            chosen = self.policy.apply(text, chosen)
        return resolve_overlaps(_links_whole(chosen), self._priorities)

    def detect(self, text: str) -> list[Span]:
        """Spans of personal data in `text`, sorted by start, without overlaps."""
        self._check(text)
        return self._detect_folded([text], 0)[0]

    def detect_batch(self, texts: Sequence[str]) -> list[list[Span]]:
        """`detect` for many texts; recognizers with `analyze_batch` run them together."""
        for text in texts:
            self._check(text)
        return self._detect_folded(texts, 0)

    def _detect_folded(self, texts: Sequence[str], level: int) -> list[list[Span]]:
        """`_detect_batch` on the folded view of each text, spans mapped back to the text
        (decoded texts too: `&nbsp;` and `%C2%A0` decode to a no-break space); a text with
        inline markup is read with the markup read past and as written (`_kept`)."""
        views = [_views(text) for text in texts]
        read = [
            text if view is None else view.text
            for text, (view, _, _) in zip(texts, views, strict=True)
        ]
        spans = [
            found if view is None else view.spans(found)
            for found, (view, _, _) in zip(self._detect_batch(read, level), views, strict=True)
        ]
        marked = [i for i, (_, _, has_markup) in enumerate(views) if has_markup]
        if marked:
            plains = [views[i][1] for i in marked]
            as_written = self._detect_batch(
                [
                    texts[i] if plain is None else plain.text
                    for i, plain in zip(marked, plains, strict=True)
                ],
                level,
            )
            for i, plain, found in zip(marked, plains, as_written, strict=True):
                spans[i] = _kept(spans[i], found if plain is None else plain.spans(found))
        return spans

    def _detect(self, text: str, level: int) -> list[Span]:
        """`detect` at `level` encodings deep (0: the text as given)."""
        if not text:
            return []
        recognizers, runs = self._runs
        if recognizers is not self.recognizers:
            self._runs = self._runs_of(self.recognizers)
            recognizers, runs = self._runs
        found: list[Span] = []
        digits = -1  # counted when a gate first needs a digit
        for need, gates, analyze in runs:
            if need:
                if digits < 0:
                    digits = digit_count(text)
                if digits < need:
                    continue  # no gate of it can pass (`digit_floor`)
            for gate in gates:
                if not gate(text):
                    break
            else:
                found.extend(analyze(text))
        return self._with_encoded(text, self._select(text, found), level)

    def _detect_batch(self, texts: Sequence[str], level: int) -> list[list[Span]]:
        if len(texts) == 1:
            return [self._detect(texts[0], level)]
        found: list[list[Span]] = [[] for _ in texts]
        for recognizer in self.recognizers:
            batch = getattr(recognizer, "analyze_batch", None)
            if batch is not None:
                results: list[list[Span]] = batch(list(texts))
            else:
                results = [recognizer.analyze(t) if t else [] for t in texts]
            for bucket, spans in zip(found, results, strict=True):
                bucket.extend(spans)
        return [
            self._with_encoded(text, self._select(text, spans), level)
            for text, spans in zip(texts, found, strict=True)
        ]

    def _with_encoded(self, text: str, spans: list[Span], level: int) -> list[Span]:
        """`spans` with the spans of the encoded runs of `text` in place (module docstring)."""
        if level >= self.decode_levels:
            return spans
        encoded = encoded_spans(
            text,
            lambda decoded: self._detect_folded(decoded, level + 1),
            self._priorities,
            covered=spans,
            joined=self.joined_words,
        )
        return supersede(spans, encoded) if encoded else spans
