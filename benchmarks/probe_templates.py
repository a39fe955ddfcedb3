"""What the generators of the blind chat probes (`make_probe11.py` to `make_probe16.py`)
share: a template marks each personal value as `[[LABEL|value]]`, written literally or, as
`[[LABEL|=name]]`, drawn by the generator's value maker `name`;
the set is written as JSON Lines, or checked against the committed file (`--check`).

>>> render("call [[PHONE_NUMBER|=phone]] now", lambda name: "0612345678")
('call 0612345678 now', [{'start': 5, 'end': 15, 'label': 'PHONE_NUMBER'}])
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

MARK = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]")


def render(template: str, draw: Callable[[str], str]) -> tuple[str, list[dict[str, object]]]:
    """The message a template reads as, and the gold span of each marked value."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(template):
        text += template[pos : m.start()]
        label, value = m.group(1), m.group(2)
        if value.startswith("="):
            value = draw(value[1:])
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
        pos = m.end()
    text += template[pos:]
    assert "[[" not in text and "]]" not in text, template
    return text, spans


def row(
    probe: str,
    lang: str,
    short: str,
    number: int,
    category: str,
    kind: str,
    text: str,
    spans: list[dict[str, object]],
) -> dict[str, object]:
    """One row of a probe set, its id the probe's, the language's, the category's short
    name and the row's number within that category in that language ("p12-de-acct-03")."""
    return {
        "id": f"{probe}-{lang}-{short}-{number:02d}",
        "lang": lang,
        "category": category,
        "kind": kind,
        "text": text,
        "spans": spans,
    }


# The categories of the probes that score every kind of value (`make_probe14.py`,
# `make_probe15.py`): each one's short name in a row's id, and the category of each label.
SHORT: dict[str, str] = {
    "credential": "cred", "id": "id", "account": "acct", "phone": "phone", "person": "per",
    "address": "addr", "email": "mail", "dob": "dob", "card": "card", "clean": "clean",
}  # fmt: skip
CATEGORY: dict[str, str] = {
    "PASSWORD": "credential", "PIN": "credential", "USERNAME": "credential", "ID": "id",
    "ACCOUNT": "account", "PHONE": "phone", "PERSON": "person", "ADDRESS": "address",
    "EMAIL": "email", "DOB": "dob", "CARD": "card",
}  # fmt: skip


def checked_rows(
    probe: str,
    lang_rows: dict[str, list[tuple[str, str, str]]],
    render: Callable[[str], tuple[str, list[dict[str, object]]]],
    *,
    short: dict[str, str],
    category_of: dict[str, str],
    per_language: int,
    clean: int,
) -> list[dict[str, object]]:
    """The rows of a probe whose templates are (category, kind, template) per language,
    rendered in order: a clean row holds no gold span and a personal one a span of its
    category (`category_of` a label), each language `per_language` rows, `clean` of them
    clean."""
    rows: list[dict[str, object]] = []
    for lang, templates in lang_rows.items():
        counts: dict[str, int] = {}
        for category, kind, template in templates:
            counts[category] = counts.get(category, 0) + 1
            text, spans = render(template)
            assert (category == "clean") == (not spans), template
            labels = {category_of[str(span["label"])] for span in spans}
            assert category == "clean" or category in labels, template
            rows.append(
                row(probe, lang, short[category], counts[category], category, kind, text, spans)
            )
        assert len(templates) == per_language and counts["clean"] == clean, (lang, counts)
    return rows


def write_or_check(rows: Iterable[dict[str, object]], out: Path, argv: Sequence[str]) -> int:
    """Write `rows` to `out` (JSON Lines), or with `--check` in `argv` exit 1 if the file
    holds anything else."""
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if "--check" in argv:
        return 0 if out.read_text(encoding="utf-8") == lines else 1
    out.write_text(lines, encoding="utf-8")
    return 0
