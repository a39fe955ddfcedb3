"""Masking operators: what a detected value is replaced by.

- `placeholder` (default): `<PERSON_1>`, stored in the session's vault so the
  reply can be restored; the only reversible operator.
- `redact`: `[PERSON]`.
- `hash`: `[PERSON:3f2a9c01d4e5b6a7]`, an HMAC under the configured key (never a
  bare hash): the same value always gives the same token, nobody can reverse it.
- `partial`: keeps the last four letters or digits, `**** **** **** 4242`.
- `allow`: leaves the value as it is.

Text the user types that merely looks like a placeholder, exactly or in a variant a
reply restore would read (`[PERSON_1]`, `<person 1>`, `PERSON_1`), is itself masked
as a `PLACEHOLDER` value, so it can never be used to read a stored mapping.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from piiguard._types import OPERATORS, Operator, Span
from piiguard.exceptions import ConfigError
from piiguard.pseudonym import pseudonym
from piiguard.restoring import find_variants
from piiguard.vault import PLACEHOLDER_RE, Vault

PLACEHOLDER_LABEL = "PLACEHOLDER"
_PARTIAL_KEEP = 4


def redact(label: str) -> str:
    return f"[{label}]"


def partial(value: str, keep: int = _PARTIAL_KEEP) -> str:
    """Hide all but the last `keep` letters or digits; separators stay.

    >>> partial("4242 4242 4242 4242")
    '**** **** **** 4242'
    """
    alnum = sum(c.isalnum() for c in value)
    if alnum <= keep * 2:  # too short: showing four would show most of it
        keep = 0
    hidden = alnum - keep
    out = []
    for char in value:
        if char.isalnum() and hidden > 0:
            out.append("*")
            hidden -= 1
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class MaskedEntity:
    """What one replacement did; carries no value."""

    label: str
    operator: Operator
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class MaskedText:
    text: str
    entities: tuple[MaskedEntity, ...] = ()

    def counts(self) -> dict[str, int]:
        """Entities per label, for metrics and the audit log."""
        out: dict[str, int] = {}
        for entity in self.entities:
            out[entity.label] = out.get(entity.label, 0) + 1
        return out


@dataclass(frozen=True, kw_only=True)
class MaskingPolicy:
    """Which operator each label gets (`default` for labels not listed)."""

    default: Operator = "placeholder"
    per_label: Mapping[str, Operator] = field(default_factory=dict)
    hash_key: bytes | None = None

    def __post_init__(self) -> None:
        for label, op in {"default": self.default, **self.per_label}.items():
            if op not in OPERATORS:
                raise ConfigError(f"masking operator for {label} must be one of {OPERATORS}")
        if "hash" in (self.default, *self.per_label.values()) and not self.hash_key:
            raise ConfigError(
                "the hash operator needs hash_key (HMAC key); set PIIGUARD_SECRET_KEY"
            )

    def operator_for(self, label: str) -> Operator:
        if label == PLACEHOLDER_LABEL:
            return "placeholder"
        return self.per_label.get(label, self.default)


def _with_placeholder_lookalikes(
    text: str, spans: Sequence[Span], labels: frozenset[str]
) -> list[Span]:
    """Add a span for each placeholder-shaped run the user typed, outside real spans:
    the exact form and every variant a reply restore would read (`[PERSON_1]`, ...)."""
    runs = [m.span() for m in PLACEHOLDER_RE.finditer(text)] if "<" in text else []
    runs += find_variants(text, labels)
    if not runs:
        return list(spans)
    extra: list[Span] = []
    for start, end in sorted(set(runs)):
        lookalike = Span(start, end, PLACEHOLDER_LABEL, 1.0, "placeholder")
        if not any(lookalike.overlaps(s) for s in [*spans, *extra]):
            extra.append(lookalike)
    return sorted([*spans, *extra], key=lambda s: s.start)


class Masker:
    """Applies a `MaskingPolicy` to texts, storing placeholders in a `Vault`.

    >>> import asyncio
    >>> from piiguard.vault import MemoryVault
    >>> masker = Masker(MaskingPolicy(), MemoryVault())
    >>> span = Span(3, 7, "PERSON", 0.9, "ner")
    >>> asyncio.run(masker.mask("hi anna", [span], session_id="s1")).text
    'hi <PERSON_1>'
    """

    def __init__(
        self, policy: MaskingPolicy, vault: Vault, *, placeholder_labels: Collection[str] = ()
    ) -> None:
        self.policy = policy
        self.vault = vault
        # Labels whose placeholder variants a user may not type (see `find_variants`).
        self.placeholder_labels = frozenset(placeholder_labels) | {PLACEHOLDER_LABEL}

    async def mask(
        self,
        text: str,
        spans: Sequence[Span],
        *,
        session_id: str,
        started_at: float | None = None,
    ) -> MaskedText:
        return (
            await self.mask_many([text], [spans], session_id=session_id, started_at=started_at)
        )[0]

    async def mask_many(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[Span]],
        *,
        session_id: str,
        started_at: float | None = None,
    ) -> list[MaskedText]:
        """Mask several texts of one session with a single vault round trip.

        `started_at` is when the request began (`time.time()`; default now): the vault
        refuses, with `SessionErasedError`, a write for a session erased since then.
        """
        if started_at is None:
            started_at = time.time()
        labels = self.placeholder_labels
        plans = [
            _with_placeholder_lookalikes(t, s, labels) for t, s in zip(texts, spans, strict=True)
        ]
        wanted = [
            (span.label, text[span.start : span.end])
            for text, plan in zip(texts, plans, strict=True)
            for span in plan
            if self.policy.operator_for(span.label) == "placeholder"
        ]
        placeholders = iter(
            await self.vault.assign(session_id, wanted, started_at=started_at) if wanted else []
        )
        results = []
        for text, plan in zip(texts, plans, strict=True):
            pieces: list[str] = []
            entities: list[MaskedEntity] = []
            cursor = 0
            for span in plan:
                op = self.policy.operator_for(span.label)
                value = text[span.start : span.end]
                pieces.append(text[cursor : span.start])
                pieces.append(self._replacement(op, span.label, value, placeholders))
                cursor = span.end
                if span.label != PLACEHOLDER_LABEL:
                    entities.append(MaskedEntity(span.label, op, span.start, span.end))
            pieces.append(text[cursor:])
            results.append(MaskedText("".join(pieces), tuple(entities)))
        return results

    def _replacement(
        self, op: Operator, label: str, value: str, placeholders: Iterator[str]
    ) -> str:
        if op == "placeholder":
            return next(placeholders)
        if op == "redact":
            return redact(label)
        if op == "hash":
            assert self.policy.hash_key is not None  # checked by MaskingPolicy
            return f"[{label}:{pseudonym(self.policy.hash_key, value, purpose=label)}]"
        if op == "partial":
            return partial(value)
        return value
