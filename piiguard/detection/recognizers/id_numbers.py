"""All country ID-number recognizers behind one cheap pre-scan (one recognizer to the
detector).

Each `IdNumberRecognizer` needs a least number of digits in the text (`MIN_DIGITS`)
and, if it has `TRIGGER_WORDS`, one of them. Counting digits and lower-casing the text
once for the 27 of them, instead of 27 gates each lower-casing and searching the text,
is what keeps the pattern stage fast; the recognizers themselves are unchanged and
usable alone. Spans carry this recognizer's name as their source, so the detector's
overlap rule ranks them with priority 2.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from re import _constants as _sre  # type: ignore[attr-defined]  # sre's parse tree
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # (`_may_start`)
from typing import Any

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import (
    _LONE_EDGE,
    LIST_CHARS,
    IdNumberRecognizer,
    lone_text,
    lone_value,
)
from piiguard.detection.recognizers._listed import ListedRecognizer
from piiguard.detection.recognizers._number_runs import (
    MAX_DIGITS,
    SEPARATORS,
    digit_counts,
    number_runs,
    run_parts,
    separator_bits,
)
from piiguard.detection.recognizers._pattern import trie_regex, typed_forms

_MIXED_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+")


# The `analyze_ungated` whose spans are whole matches of the recognizer's regexes, at
# their bounds (every `check` keeps the bounds it is given).
_PLAIN_UNGATED = (IdNumberRecognizer.analyze_ungated, ListedRecognizer.analyze_ungated)

_MAX_HEADS = 4096
"""The most text beginnings whose recognizers `IdNumbersRecognizer` remembers."""
_SHARED: dict[tuple[type, ...], tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]] = {}
"""`IdNumbersRecognizer._by_head` and `_by_char`, by the recognizers' classes."""
_IGNORECASE = _sre.SRE_FLAG_IGNORECASE
_NARROW = _sre.SRE_FLAG_ASCII | _sre.SRE_FLAG_LOCALE
# sre's categories as they are written in a character class.
_CATEGORIES: dict[object, str] = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
}


def _parsed(regex: re.Pattern[str]) -> tuple[Any, bool, bool] | None:
    """sre's parse tree of `regex`, whether it ignores case throughout and whether a
    back reference in it may repeat what a lookaround read (a group inside one), or None
    for a regex whose characters `_may_start` cannot tell (ASCII or LOCALE classes)."""
    tree = _sre_parse.parse(regex.pattern, regex.flags)
    if tree.state.flags & _NARROW:
        return None
    return tree, bool(tree.state.flags & _IGNORECASE), _group_in_lookaround(tree, False)


def _group_in_lookaround(items: Any, inside: bool) -> bool:
    """Whether the parsed `items` define a group inside a lookaround (True when in doubt)."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            found = _group_in_lookaround(av[1], True)
        elif op is _sre.SUBPATTERN:
            found = (inside and av[0] is not None) or _group_in_lookaround(av[3], inside)
        elif op is _sre.BRANCH:
            found = any(_group_in_lookaround(branch, inside) for branch in av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            found = _group_in_lookaround(av[2], inside)
        elif op is _sre.ATOMIC_GROUP:
            found = _group_in_lookaround(av, inside)
        elif op is _sre.GROUPREF_EXISTS:
            found = True
        else:
            found = False
        if found:
            return True
    return False


def _may_start(items: Any, char: str, ignorecase: bool) -> bool:
    """Whether a match of the parsed `items` that is not empty may begin with `char`
    (True when in doubt)."""
    return _starts(items, char, ignorecase)[0]


def _starts(items: Any, char: str, ignorecase: bool) -> tuple[bool, bool]:
    """(a match of `items` may begin with `char`, `items` may match the empty string)."""
    may = False
    for op, av in items:
        begins, empty = _op_starts(op, av, char, ignorecase)
        may = may or begins
        if not empty:
            return may, False
    return may, True


def _op_starts(op: Any, av: Any, char: str, ignorecase: bool) -> tuple[bool, bool]:
    """`_starts` for one node of sre's parse tree."""
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return False, True  # zero width (a lookahead only narrows what may follow)
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN):
        return _accepts(op, av, char, ignorecase), False
    if op is _sre.BRANCH:
        results = [_starts(branch, char, ignorecase) for branch in av[1]]
        return any(r[0] for r in results), any(r[1] for r in results)
    if op is _sre.SUBPATTERN and not av[1] & _NARROW:
        return _starts(av[3], char, ignorecase or bool(av[1] & _IGNORECASE))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        least, _most, items = av
        begins, empty = _starts(items, char, ignorecase)
        return begins, empty or least == 0
    if op is _sre.ATOMIC_GROUP:
        return _starts(av, char, ignorecase)
    return True, True  # ANY, a back reference, anything else: no opinion


def _may_hold(items: Any, char: str, ignorecase: bool, echoes: bool = True) -> bool:
    """Whether `char` may stand anywhere in a match of the parsed `items` (what a
    lookaround reads is not in the match; a back reference repeats what its group
    matched, unless `echoes`, a group inside a lookaround, or it ignores case; True when
    in doubt)."""
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN):
            held = _accepts(op, av, char, ignorecase)
        elif op is _sre.BRANCH:
            held = any(_may_hold(branch, char, ignorecase, echoes) for branch in av[1])
        elif op is _sre.SUBPATTERN and not av[1] & _NARROW:
            held = _may_hold(av[3], char, ignorecase or bool(av[1] & _IGNORECASE), echoes)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            held = _may_hold(av[2], char, ignorecase, echoes)
        elif op is _sre.ATOMIC_GROUP:
            held = _may_hold(av, char, ignorecase, echoes)
        elif op is _sre.GROUPREF:
            held = echoes or ignorecase  # folded, it may repeat another case
        else:
            return True  # ANY, anything else: no opinion
        if held:
            return True
    return False


def _accepts(op: Any, av: Any, char: str, ignorecase: bool) -> bool:
    """Whether the one-character node (a literal, a negated literal or a class) of sre's
    parse tree matches `char`: the node written back as a class and matched by sre
    itself, case folded as the regex folds it (True when in doubt)."""
    if op is _sre.LITERAL:
        source = re.escape(chr(av))
    elif op is _sre.NOT_LITERAL:
        source = "^" + re.escape(chr(av))
    else:
        parts: list[str] = []
        for item, value in av:
            if item is _sre.NEGATE:
                parts.insert(0, "^")
            elif item is _sre.LITERAL:
                parts.append(re.escape(chr(value)))
            elif item is _sre.RANGE:
                parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif item is _sre.CATEGORY and value in _CATEGORIES:
                parts.append(_CATEGORIES[value])
            else:
                return True
        source = "".join(parts)
    return _class(source, ignorecase).fullmatch(char) is not None


@functools.lru_cache(maxsize=1024)
def _class(source: str, ignorecase: bool) -> re.Pattern[str]:
    return re.compile(f"[{source}]", re.IGNORECASE if ignorecase else 0)


class IdNumbersRecognizer:
    """Runs each ID recognizer only on texts that can hold its number.

    >>> r = IdNumbersRecognizer()
    >>> [(s.label, s.source) for s in r.analyze("NHS number 401 023 2137")]
    [('UK_NHS', 'id_numbers')]
    """

    name = "id_numbers"
    priority = 2

    def __init__(self, recognizers: tuple[IdNumberRecognizer, ...] | None = None) -> None:
        from piiguard.detection.recognizers import ID_NUMBER_RECOGNIZERS

        self._recognizers = recognizers or tuple(cls() for cls in ID_NUMBER_RECOGNIZERS)
        self.labels: frozenset[str] = frozenset().union(*(r.labels for r in self._recognizers))
        self._min_digits = min(r.MIN_DIGITS for r in self._recognizers)
        triggers = [typed_forms(r.TRIGGER_WORDS) for r in self._recognizers]
        words = sorted({w for forms in triggers for w in forms})
        self._words = re.compile(trie_regex(words))
        # Which recognizers a trigger word found in the text opens (the trie regex finds
        # the longest word at a position; it also opens those of every word inside it).
        self._opens = {
            w: tuple(i for i, forms in enumerate(triggers) if any(t in w for t in forms))
            for w in words
        }
        # Those a lone value of their size opens without their word (`ANSWERS_ALONE`).
        self._alone = tuple(
            i for i, r in enumerate(self._recognizers) if r.TRIGGER_WORDS and r.ANSWERS_ALONE
        )
        # For those, the parsed regexes and their `match`, when every span they find is a
        # whole match of one (the base `analyze_ungated`; `ListedRecognizer` only raises
        # scores; every `check` keeps the bounds it is given): a lone value starts where
        # the text does, but for edge characters, so a recognizer none of whose regexes
        # can begin with those characters (`_alone_from`), hold every other character of
        # the text (`_holders`) or matches there (`_may_start_at`) finds none.
        self._starts: dict[int, tuple[Callable[[str, int], object], ...]] = {}
        self._parsed: dict[int, tuple[tuple[Any, bool, bool], ...]] = {}
        for i in self._alone:
            recognizer = self._recognizers[i]
            ungated = getattr(type(recognizer), "analyze_ungated", None)
            if ungated not in _PLAIN_UNGATED or any(c.group != 0 for c in recognizer._compiled):
                continue
            self._starts[i] = tuple(item.regex.match for item in recognizer._compiled)
            parsed = tuple(_parsed(item.regex) for item in recognizer._compiled)
            if all(p is not None for p in parsed):
                self._parsed[i] = parsed  # type: ignore[assignment]
        # What `_alone_from` and `_holders` found, shared by the pre-scans of the same
        # recognizers (their regexes are the classes'), the printable ASCII characters
        # worked out by the first one: no message waits for them.
        kinds = tuple(type(r) for r in self._recognizers)
        fresh = kinds not in _SHARED
        self._by_head, self._by_char = _SHARED.setdefault(kinds, ({}, {}))
        if fresh:
            for char in map(chr, range(32, 127)):
                self._alone_from(char)
                self._holders(char)
        # The TRIGGER search of each recognizer whose `analyze_ungated` finds nothing when
        # it fails (`_PLAIN_UNGATED`: the base one returns `[]` then, and `ListedRecognizer`'s
        # gives `listed(text, [])`, `[]`), else None: `analyze` runs it before the call, and
        # a chosen recognizer's TRIGGER fails on most texts.
        self._triggers = tuple(
            r._trigger if getattr(type(r), "analyze_ungated", None) in _PLAIN_UNGATED else None
            for r in self._recognizers
        )
        # Recognizers without trigger words run when a number of their digit count, or a
        # letter-digit token of their length, is in the text (every one declares one).
        self._by_count: dict[int, list[int]] = {}
        self._by_token: dict[int, list[int]] = {}
        for i, recognizer in enumerate(self._recognizers):
            if recognizer.TRIGGER_WORDS:
                continue
            if not (recognizer.DIGIT_COUNTS or recognizer.TOKEN_LENGTHS):
                raise ValueError(f"{recognizer.name}: no trigger words, digit counts or lengths")
            for count in recognizer.DIGIT_COUNTS:
                self._by_count.setdefault(count, []).append(i)
            for length in recognizer.TOKEN_LENGTHS:
                self._by_token.setdefault(length, []).append(i)
        self._in_lists = tuple(r for r in self._recognizers if r.LONE_IN_LISTS)
        # For those chosen by a count: the separators no regex of theirs can hold, when
        # every span they find is a whole match of one (`_PLAIN_UNGATED`); a run of their
        # count joined by one of them opens nothing (`_number_runs`: the argument).
        self._barred = {
            i: self._separators_barred(self._recognizers[i])
            for i in sorted({i for opened in self._by_count.values() for i in opened})
        }
        self._by_run: dict[int, tuple[int, ...]] = {}

    def analyze(self, text: str) -> list[Span]:
        digits = sum(map(text.count, "0123456789"))  # ASCII digits: ten C calls, no copy
        if digits < self._min_digits:
            return []
        runs = number_runs(text)
        counts = digit_counts(runs)
        tokens = {len(t) for t in _MIXED_TOKEN.findall(text)}
        chosen: set[int] = set()  # indexes into self._recognizers, run in that order
        by_run = self._by_run
        for run in runs:
            opened = by_run.get(run)
            chosen.update(self._opened_by(run) if opened is None else opened)
        for length in tokens:
            chosen.update(self._by_token.get(length, ()))
        recognizers = self._recognizers
        for word in set(self._words.findall(text.lower())):
            for i in self._opens[word]:
                if i not in chosen and self._admits(recognizers[i], digits, counts, tokens):
                    chosen.add(i)
        # A text that is one value by itself opens the rest of its size too; they may
        # only find that lone value (`_id_number.LONE_SCORE`), which starts where the text
        # does, but for edge characters (`_may_start_at`).
        lone: set[int] = set()
        if lone_text(text):
            last = len(text) - len(text.lstrip(_LONE_EDGE))
            candidates = self._alone_from(text[: last + 1])
            for char in set(text[last : len(text.rstrip(_LONE_EDGE))]):
                if not candidates:
                    break
                candidates = candidates & self._holders(char)
            lone = {
                i
                for i in candidates
                if i not in chosen
                and self._admits(recognizers[i], digits, counts, tokens)
                and self._may_start_at(i, text, last)
            }
        spans: list[Span] = []
        triggers = self._triggers
        for i in sorted(chosen | lone):
            recognizer = recognizers[i]
            if digits < recognizer.MIN_DIGITS:
                continue
            trigger = triggers[i]
            if trigger is not None and not trigger(text):
                continue  # `analyze_ungated` would return [] (`_triggers`)
            found = recognizer.analyze_ungated(text)
            if found:
                spans.extend(
                    replace(s, source=self.name)
                    for s in found
                    if i not in lone or lone_value(text, s.start, s.end)
                )
        if self._in_lists and len(text) <= LIST_CHARS:
            for recognizer in self._in_lists:
                if self._admits(recognizer, digits, counts, tokens):
                    listed = [replace(s, source=self.name) for s in recognizer.analyze_listed(text)]
                    spans.extend(s for s in listed if s not in spans)
        return spans

    def _opened_by(self, run: int) -> tuple[int, ...]:
        """The recognizers a run of `number_runs` opens: those of its digit count whose
        regexes can hold every separator between its groups (`_barred`)."""
        count, separators = run_parts(run)
        opened = tuple(i for i in self._by_count.get(count, ()) if not separators & self._barred[i])
        if count <= MAX_DIGITS:  # so at most MAX_DIGITS x 2 ** len(SEPARATORS) entries
            self._by_run[run] = opened
        return opened

    @staticmethod
    def _separators_barred(recognizer: IdNumberRecognizer) -> int:
        """`separator_bits` of the `SEPARATORS` that no regex of `recognizer` can hold
        (`_may_hold`: never fewer than sre matches), or 0 (none barred) when its spans may
        be other than whole matches of its regexes."""
        ungated = getattr(type(recognizer), "analyze_ungated", None)
        if ungated not in _PLAIN_UNGATED or any(c.group != 0 for c in recognizer._compiled):
            return 0
        parsed = [_parsed(item.regex) for item in recognizer._compiled]
        trees = [p for p in parsed if p is not None]
        if len(trees) < len(parsed):
            return 0
        held = "".join(
            char
            for char in SEPARATORS
            if any(_may_hold(items, char, folds, echoes) for items, folds, echoes in trees)
        )
        return separator_bits(SEPARATORS) & ~separator_bits(held)

    def _may_start_at(self, i: int, text: str, last: int) -> bool:
        """Whether a regex of recognizer `i` matches at `last` or before (a recognizer whose
        spans are not whole matches: always)."""
        starts = self._starts.get(i)
        if starts is None:
            return True
        return any(match(text, pos) is not None for match in starts for pos in range(last + 1))

    def _holders(self, char: str) -> frozenset[int]:
        """The recognizers of `_alone` in a match of whose regexes `char` may stand (from
        sre's parse of the regexes: never fewer), and those not `_parsed`: a lone value
        holds every character of the text but for the edges."""
        found = self._by_char.get(char)
        if found is None:
            found = frozenset(
                i
                for i in self._alone
                if i not in self._parsed
                or any(
                    _may_hold(items, char, ignorecase, echoes)
                    for items, ignorecase, echoes in self._parsed[i]
                )
            )
            if len(self._by_char) < _MAX_HEADS:
                self._by_char[char] = found
        return found

    def _alone_from(self, head: str) -> frozenset[int]:
        """The recognizers of `_alone` that may find a value starting with a character of
        `head`: a regex of theirs may begin with one (from sre's parse of the regex: never
        fewer), or they are not `_parsed`."""
        found = self._by_head.get(head)
        if found is None:
            found = frozenset(
                i
                for i in self._alone
                if i not in self._parsed
                or any(
                    _may_start(items, char, ignorecase)
                    for char in set(head)
                    for items, ignorecase, _echoes in self._parsed[i]
                )
            )
            if len(self._by_head) < _MAX_HEADS:
                self._by_head[head] = found
        return found

    @staticmethod
    def _admits(
        recognizer: IdNumberRecognizer, digits: int, counts: set[int], tokens: set[int]
    ) -> bool:
        if digits < recognizer.MIN_DIGITS:
            return False
        if recognizer.DIGIT_COUNTS and not counts & recognizer.DIGIT_COUNTS:
            return False
        return not (recognizer.TOKEN_LENGTHS and not tokens & recognizer.TOKEN_LENGTHS)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


@functools.cache
def id_number_labels() -> frozenset[str]:
    """Every label the ID-number recognizers report (built once: `Guard.start` asks at
    start-up, so no request waits for the hundred patterns to compile)."""
    return IdNumbersRecognizer().labels
