"""What a masking policy keeps of spans given by their values: shared by the policy tests."""

from __future__ import annotations

from collections.abc import Sequence

from piiguard._types import Span
from piiguard.detection.policy import PersonalDataPolicy


def spans_of(text: str, found: Sequence[tuple[str, str]], source: str = "ner") -> list[Span]:
    """A span of score 0.9 from `source` for each (value, label), found left to right in
    `text`."""
    spans: list[Span] = []
    pos = 0
    for value, label in found:
        start = text.index(value, pos)
        spans.append(Span(start, start + len(value), label, 0.9, source))
        pos = start + len(value)
    return spans


def kept(
    policy: PersonalDataPolicy,
    text: str,
    found: Sequence[tuple[str, str]],
    others: Sequence[tuple[str, str]] = (),
) -> list[str]:
    """What `policy` keeps of the model's (value, label) spans, found left to right, with
    the pattern spans `others` (value, label) beside them."""
    spans = spans_of(text, found)
    for value, label in others:
        start = text.index(value)
        spans.append(Span(start, start + len(value), label, 1.0, "pattern"))
    return [text[s.start : s.end] for s in policy.apply(text, spans)]
