"""The pattern-recognizer base: data (patterns, context words) plus a `validate` hook.

A subclass sets `name`, `label`, `PATTERNS` and optionally `CONTEXT` (words that
raise the score when they appear shortly before or after a match),
`NEGATIVE_CONTEXT` (words that veto a match, e.g. "order" before a digit run),
`TRIGGER` (a cheap regex the text must contain at all, to skip
the work on most messages; a superset of what the patterns need) and/or
`TRIGGER_WORDS` (lower-case substrings, one of which the lower-cased text must
contain: far cheaper than a case-insensitive regex alternation), and overrides
`validate` (checksums) or `check` (anything needing the surrounding text).

Scores: a pattern gives a base score; `validate` returning True lifts it to
`VALIDATED_SCORE`, False rejects the match, None keeps the base score; a
context word adds `CONTEXT_BOOST`. Regexes are compiled once per class; nothing
is mutated after construction, so `analyze` is thread-safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from piiguard._types import Span
from piiguard.detection.lexicon import fold
from piiguard.detection.word_trie import longest_first

VALIDATED_SCORE = 1.0
CONTEXT_BOOST = 0.35
CONTEXT_WINDOW = 48
"""How many characters before (and `CONTEXT_AFTER` after) a match are searched for context."""
CONTEXT_AFTER = 24
_LONG_WORD = 32


_CLAUSE_END = re.compile(r"[!?;\n]|\.(?=\s)")
_DIGIT = re.compile(r"\d")
# The length of a value stated between its word and the value, in brackets or not: no
# other number ("Steuer-ID (11-stellig): ...", "PIN (4 digits): ...", "NIP, 10 cyfr: ...").
LENGTH_ASIDE_REGEX = (
    r"\(?(?<![\w.,])\d{1,2}(?:\s?[-\u2013]\s?\d{1,2})?[- ]?"
    r"(?i:stellig|stellige|stelligen|stellen|ziffern|zeichen|digits?|chars?|characters"
    r"|chiffres|caract[eè]res|d[íi]gitos|cifras|cifre|caratteri|cijfers|tekens|cyfr|cyfry"
    r"|cyfrowy|cyfrowa|cyfrowe|znak[óo]w)(?!\w)\)?"
)
LENGTH_ASIDE = re.compile(LENGTH_ASIDE_REGEX)
# What may stand between a veto word and the value it names: "no.", "#", "number is", ...
_VETO_FILLER = re.compile(
    r"[\s:#.=\-(]*(?:(?:no|nr|n[°º]|num|number|nummer|numéro|número|numero|numer|id|code"
    r"|is|was|ist|est|es|è|jest|to|of|de|van)\.?[\s:#.=\-(]*){0,3}",
    re.IGNORECASE,
)

NUMBER_START = r"(?<![\w.,/-])"
"""Regex: a number-like value starts here, not inside a longer number, word or path."""
NUMBER_END = r"(?![\w]|[.,/-]\d)"
"""Regex: a number-like value ends here (a sentence's full stop or comma may follow)."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regex with its base score. A named group `v` marks the value inside the match."""

    name: str
    regex: str
    score: float
    flags: int = 0


@dataclass(frozen=True, slots=True)
class _Compiled:
    pattern: Pattern
    regex: re.Pattern[str]
    group: int | str


# Hangul and CJK: scripts whose words take particles or compounds without a space
# ("여권번호는"), so a word of theirs counts wherever it appears.
_UNSPACED_SCRIPT = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]"
)


_NUMBER_WORDS = frozenset({"numéro", "número", "numero", "numer"})
_NUMBER_SIGNS = ("n°", "nº", "n.", "nr", "nr.")
"""How "numéro client", "número de cliente", "numer klienta" are written short."""


def abbreviated(words: Sequence[str]) -> list[str]:
    """`words`, the German and Dutch abbreviations of their compounds of "nummer", the
    number's sign for its word ("n° client", "nº de cliente", "nr klienta"), and each
    typed without its accents: "Kundennummer" is typed "Kundennr" and "Kunden-Nr" as often
    ("krankenversichertennr", "rekeningnr"), "numéro client" "numero client"; "nummer"
    alone stays as it is.

    >>> abbreviated(["kundennummer", "nummer", "número"])
    ['kundennummer', 'nummer', 'número', 'kundennr', 'kunden-nr', 'numero']
    """
    out = list(words)
    seen = set(out)
    for word in words:
        head, _, rest = word.partition(" ")
        if head in _NUMBER_WORDS and rest:
            for short in _NUMBER_SIGNS:
                if (typed := f"{short} {rest}") not in seen:
                    seen.add(typed)
                    out.append(typed)
        stem = word[: -len("nummer")].rstrip("-")
        if word.endswith("nummer") and len(stem) >= 2 and not stem.endswith(" "):
            for short in (stem + "nr", stem + "-nr"):
                if short not in seen:
                    seen.add(short)
                    out.append(short)
    return typed_forms(out)


def typed_forms(words: Sequence[str]) -> list[str]:
    """`words` and each typed without its accents ("numéro" "numero", "członka" "czlonka",
    "führer" "fuhrer"); words of scripts other than Latin, and those shorter than four
    letters without them, stay as they are ("né" is not "ne", "nº" not "no").

    >>> typed_forms(["dowód", "passport", "여권", "né"])
    ['dowód', 'passport', '여권', 'né', 'dowod']
    """
    out = list(words)
    seen = set(out)
    for word in words:
        bare = fold(word)
        if len(bare) >= 4 and bare.isascii() and bare not in seen:
            seen.add(bare)
            out.append(bare)
    return out


def words_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of `words` as whole words (None if empty),
    also glued to another word by "_" ("phone_number", "customer_id"), a phrase's words
    joined by a space or "_" ("account number", "account_number"), and the
    "…nr" abbreviations of their "…nummer" compounds (`abbreviated`); words in Hangul or
    CJK match inside longer words too. At a position the longest word that matches wins;
    the words are written as a trie (`word_trie.longest_first`), which sre tries in a few
    steps a position instead of once a word."""
    if not words:
        return None
    ordered = sorted(abbreviated(words), key=len, reverse=True)
    spaced = [w for w in ordered if not _UNSPACED_SCRIPT.search(w)]
    unspaced = [re.escape(w) for w in ordered if _UNSPACED_SCRIPT.search(w)]
    # a phrase's words joined by "_" too, as keys and fields write them ("account_number");
    # a word glued to another by "_" counts as one ("phone_number", "customer_id")
    words_alternation = longest_first(spaced, "[ _]", " _".__contains__)
    parts = [rf"(?<![^\W_])(?:{words_alternation})(?![^\W_])"] if spaced else []
    if unspaced:
        parts.append(f"(?:{'|'.join(unspaced)})")
    return re.compile("|".join(parts), re.IGNORECASE)


def trie_regex(words: list[str]) -> str:
    """One regex matching any of `words`, with shared prefixes factored out: at each
    position of a text it fails on the first character instead of trying every word."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


class PatternRecognizer:
    """Base class of the validated pattern recognizers (priority 2 in the detector)."""

    name: str = "pattern"
    label: ClassVar[str] = ""
    priority: ClassVar[int] = 2
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    TRIGGER: ClassVar[str | None] = None
    TRIGGER_WORDS: ClassVar[tuple[str, ...]] = ()
    CONTEXT_BOOST: ClassVar[float] = CONTEXT_BOOST

    def __init__(self) -> None:
        self.labels: frozenset[str] = frozenset({self.label})
        compiled = []
        for pattern in self.PATTERNS:
            regex = re.compile(pattern.regex, pattern.flags)
            group: int | str = "v" if "v" in regex.groupindex else 0
            compiled.append(_Compiled(pattern, regex, group))
        self._compiled: tuple[_Compiled, ...] = tuple(compiled)
        self._context = words_regex(self.CONTEXT)
        self._negative = words_regex(self.NEGATIVE_CONTEXT)
        self._gates = tuple(self._build_gates())

    def _build_gates(self) -> list[Callable[[str], object]]:
        """Cheap tests a text must all pass (return something truthy) before any pattern runs."""
        gates: list[Callable[[str], object]] = []
        if self.TRIGGER:
            gates.append(re.compile(self.TRIGGER).search)
        if self.TRIGGER_WORDS:
            # A case-sensitive search over the lower-cased text: much faster than IGNORECASE.
            # The words as a trie (`trie_regex`): it matches the same strings as their
            # alternation, and the gate asks only whether one is there, in a few steps a
            # position instead of one try a word.
            words = re.compile(trie_regex(typed_forms(self.TRIGGER_WORDS))).search
            gates.append(lambda text: words(text.lower()))
        return gates

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        """True: checksum confirms; False: reject; None: no opinion (keep the base score)."""
        return None

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """Turn one match into a span, or None to reject it. Override for text-aware rules."""
        verdict = self.validate(text[start:end], pattern)
        if verdict is False:
            return None
        score = VALIDATED_SCORE if verdict else pattern.score
        if self.has_negative_context(text, start, end):
            return None
        if score < VALIDATED_SCORE and self.has_context(text, start, end):
            score = min(VALIDATED_SCORE, score + self.CONTEXT_BOOST)
        return Span(start, end, self.label, round(score, 4), self.name)

    def has_context(self, text: str, start: int, end: int) -> bool:
        """Whether a context word appears shortly before or after `text[start:end]`."""
        if self._context is None:
            return False
        before = text[max(0, start - CONTEXT_WINDOW) : start]
        after = text[end : end + CONTEXT_AFTER]
        return bool(self._context.search(before) or self._context.search(after))

    def context_before(
        self,
        text: str,
        start: int,
        *,
        window: int = CONTEXT_WINDOW,
        blocker: re.Pattern[str] = _DIGIT,
        context_words: re.Pattern[str] | None = None,
    ) -> bool:
        """Whether the last context word ending in the `window` characters before `start` has
        nothing matching `blocker` (by default a digit: another value) between it and
        `start`. For recognizers whose context word must belong to this value.
        `context_words` (from `words_regex`) replaces the recognizer's `CONTEXT`."""
        context = context_words if context_words is not None else self._context
        if context is None:
            return False
        # The word must end inside the window; it may begin before it (a long compound:
        # "Krankenversichertennummer ist eigentlich O228427037").
        before = text[max(0, start - window - _LONG_WORD) : start]
        words = list(context.finditer(before))
        if not words or len(before) - words[-1].end() > window:
            return False
        at = words[-1].end()
        if blocker.search(before, at) is None:
            return True
        if LENGTH_ASIDE.search(before, at) is None:
            return False
        # the same test with the stated length blanked out (same length, so that the
        # blocker's look-behinds see what they saw)
        blanked = before[:at] + LENGTH_ASIDE.sub(lambda m: " " * len(m[0]), before[at:])
        return blocker.search(blanked, at) is None

    def context_after(
        self, text: str, end: int, *, blocker: re.Pattern[str] = _DIGIT
    ) -> int | None:
        """Where the first context word in the `CONTEXT_AFTER` characters after `end`
        ends (an index into `text`), if nothing matching `blocker` lies before it."""
        if self._context is None:
            return None
        after = text[end : end + CONTEXT_AFTER]
        word = self._context.search(after)
        if word is None or blocker.search(after, 0, word.start()):
            return None
        return end + word.end()

    def has_negative_context(self, text: str, start: int, end: int) -> bool:
        """Whether a veto word (order, tracking, invoice, ...) names this value: it stands
        right before it, with at most a few filler words between ("order no. 123",
        "ticket #123", "booking reference is 123"), in the same clause. A veto word that
        names something else ("Reference record: <card>") vetoes nothing."""
        if self._negative is None:
            return False
        before = text[max(0, start - CONTEXT_WINDOW // 2) : start]
        boundaries = list(_CLAUSE_END.finditer(before))
        if boundaries:
            before = before[boundaries[-1].end() :]
        words = list(self._negative.finditer(before))
        return bool(words) and _VETO_FILLER.fullmatch(before, words[-1].end()) is not None

    def analyze(self, text: str) -> list[Span]:
        """Validated spans of `self.label` in `text` (may overlap; the detector resolves)."""
        for gate in self._gates:
            if not gate(text):
                return []
        return self.analyze_passed(text)

    @property
    def gates(self) -> tuple[Callable[[str], object], ...]:
        """The cheap tests `analyze` runs first (`_build_gates`), when `analyze` is this
        class's: then `analyze(text)` is `[]` unless every gate returns something truthy,
        and `analyze_passed(text)` otherwise. The detector runs the gates itself, so a
        text that fails one costs no call of `analyze`. Empty when `analyze` is not this
        class's (a subclass's own, or one set on the instance): it is called as it is."""
        if type(self).analyze is not PatternRecognizer.analyze or "analyze" in vars(self):
            return ()
        return self._gates

    def analyze_passed(self, text: str) -> list[Span]:
        """`analyze` once every gate has passed: every pattern's matches, checked."""
        spans: list[Span] = []
        for item in self._compiled:
            for match in item.regex.finditer(text):
                start, end = match.span(item.group)
                if start >= end:
                    continue
                span = self.check(text, start, end, item.pattern)
                if span is not None:
                    spans.append(span)
        return spans

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
