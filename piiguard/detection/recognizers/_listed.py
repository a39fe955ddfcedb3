"""Values listed together: a value whose check digit holds, listed beside a value of the
same type that is reported, is reported as that type too.

People list their numbers: "NIN 12345678902 and 55512345672", "our UENs: 53125226D
201434292D", "My NIN is 12345678902 and yours is 55512345672", "meine Nummer ist X und
deine ist Y". The word before the list, or the layout of one member, names them all, but
the word is behind the first value (the base rule stops at another number) and a list
member of a weaker layout would need a word of its own. The list members must be joined
by nothing but a list separator: a space, a comma, a slash, "and"/"or" in the seven
languages, optionally with the possessive that repeats the word ("and yours is", "und
deine ist", "et le tien est", "y el tuyo es", "e il tuo è", "en de jouwe is", "a twój
to"). Another noun in between ("and my phone is", "and order") breaks the list.

Only recognizers whose `validate` checks every value (never None) opt in: each value
they report below the threshold has passed its check, so the list lends its reading to
numbers that are already of the right shape and check digit, never to bare shapes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import IdNumberRecognizer

_REPORTED = 0.5
"""The detector's default threshold: a list member reported on its own merit."""

_AND = r"and|or|&|und|oder|sowie|et|ou|y|o|e|ed|en|of|i|lub|oraz|albo|a"
_POSSESSIVE = (
    r"yours|mine|his|hers|theirs|ours"
    r"|deine|meine|seine|ihre|unsere|eure|deiner|meiner|seiner"
    r"|(?:le|la) (?:tien|tienne|mien|mienne|sien|sienne)"
    r"|(?:el|la) (?:tuyo|tuya|mío|mio|mía|mia|suyo|suya)"
    r"|(?:il|la) (?:tuo|tua|mio|mia|suo|sua)"
    r"|(?:de|het) (?:jouwe|mijne|zijne|hare)|die van (?:jou|mij|hem|haar)"
    r"|twój|twoja|twoje|mój|moja|moje|jego|jej"
)
_BE = r"is|ist|est|es|è|e|jest|to"
LIST_JOIN = re.compile(
    rf"\s*[,;/]?\s*(?:(?:{_AND})\s+)?(?:(?:{_POSSESSIVE})\s+(?:(?:{_BE})\s*)?:?\s*)?",
    re.IGNORECASE,
)
"""What may stand between two members of a list (a space at least)."""


_JOIN_CHARS = 40
"""The longest join read between two members ("  et la tienne est :  ")."""


def _joined(text: str, end: int, start: int) -> bool:
    """Only a list join stands between a member ending at `end` and one starting at
    `start`."""
    return 0 < start - end <= _JOIN_CHARS and LIST_JOIN.fullmatch(text, end, start) is not None


def listed(text: str, spans: list[Span]) -> list[Span]:
    """`spans` (of one recognizer, every one checked) with the members of a list that
    holds a reported one raised to its score. One sweep each way follows a chain of
    members; two patterns may read the same characters, so a member's neighbour is the
    last reported span ending before it, whichever pattern found it."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].score))
    out = list(spans)
    for sweep in (order, order[::-1]):
        anchor: Span | None = None
        for i in sweep:
            span = out[i]
            if span.score < _REPORTED and anchor is not None:
                left, right = (anchor, span) if anchor.start < span.start else (span, anchor)
                if _joined(text, left.end, right.start):
                    out[i] = span = replace(span, score=anchor.score)
            if span.score >= _REPORTED:
                anchor = span
    return out


class ListedRecognizer(IdNumberRecognizer):
    """An `IdNumberRecognizer` whose values listed beside a reported one are reported
    too (`listed`); its `validate` must check every value."""

    def analyze(self, text: str) -> list[Span]:
        return listed(text, super().analyze(text))

    def analyze_ungated(self, text: str) -> list[Span]:
        return listed(text, super().analyze_ungated(text))
