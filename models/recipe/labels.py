"""The BIO label set and the alignment of character spans to tokens."""

from __future__ import annotations

from collections.abc import Sequence

from models.recipe.data import ENTITY_LABELS

BIO_LABELS: tuple[str, ...] = (
    "O", *(f"{p}-{e}" for e in ENTITY_LABELS for p in ("B", "I")),
)
LABEL_ID = {name: i for i, name in enumerate(BIO_LABELS)}
IGNORE = -100


def align_labels(
    offsets: Sequence[tuple[int, int]],
    special: Sequence[int],
    spans: Sequence[tuple[int, int, str]],
) -> list[int]:
    """A BIO label id per token: B on the first token inside a span, I on the rest.

    Special tokens get `IGNORE` so they do not count in the loss.
    """
    out: list[int] = []
    for (start, end), is_special in zip(offsets, special, strict=True):
        if is_special or end <= start:
            out.append(IGNORE)
            continue
        label = "O"
        for s_start, s_end, s_label in spans:
            if start >= s_start and end <= s_end:
                label = ("B-" if start == s_start or not out else "I-") + s_label
                break
            if start < s_end and end > s_start:  # token straddles a span edge
                label = ("B-" if start <= s_start else "I-") + s_label
                break
        out.append(LABEL_ID[label])
    # A token inside a span whose predecessor is not in the same span starts it.
    for i, lab in enumerate(out):
        name = BIO_LABELS[lab] if lab >= 0 else "O"
        if name.startswith("I-"):
            prev = BIO_LABELS[out[i - 1]] if i > 0 and out[i - 1] >= 0 else "O"
            if prev[2:] != name[2:]:
                out[i] = LABEL_ID["B-" + name[2:]]
    return out
