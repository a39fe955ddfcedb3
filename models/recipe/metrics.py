"""Span-level precision, recall and F1.

A predicted span matches a gold span when the labels are equal and the two
overlap with intersection-over-union >= 0.5 ("relaxed"), or have identical
boundaries ("exact"). Matching is one-to-one, greedy by overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

SpanT = tuple[int, int, str]


def iou(a: SpanT, b: SpanT) -> float:
    """Intersection over union of two character ranges."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


@dataclass
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "support": self.tp + self.fn,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    """Counts per label, for one matching rule."""

    labels: Sequence[str]
    exact: bool = False
    by_label: dict[str, Counts] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for label in self.labels:
            self.by_label.setdefault(label, Counts())

    def add(self, gold: Iterable[SpanT], pred: Iterable[SpanT]) -> None:
        """Count one message."""
        gold_l = [g for g in gold if g[2] in self.by_label]
        pred_l = [p for p in pred if p[2] in self.by_label]
        pairs = sorted(
            ((iou(g, p), gi, pi) for gi, g in enumerate(gold_l) for pi, p in enumerate(pred_l)
             if g[2] == p[2]),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for overlap, gi, pi in pairs:
            ok = (gold_l[gi][:2] == pred_l[pi][:2]) if self.exact else overlap >= 0.5
            if not ok or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            self.by_label[gold_l[gi][2]].tp += 1
        for gi, g in enumerate(gold_l):
            if gi not in used_g:
                self.by_label[g[2]].fn += 1
        for pi, p in enumerate(pred_l):
            if pi not in used_p:
                self.by_label[p[2]].fp += 1

    def table(self) -> dict[str, dict[str, float | int]]:
        """Per-label metrics as plain dicts."""
        return {label: c.as_dict() for label, c in self.by_label.items()}
