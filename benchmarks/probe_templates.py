"""What the generators of the blind chat probes (`make_probe11.py` to `make_probe15.py`)
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


def write_or_check(rows: Iterable[dict[str, object]], out: Path, argv: Sequence[str]) -> int:
    """Write `rows` to `out` (JSON Lines), or with `--check` in `argv` exit 1 if the file
    holds anything else."""
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if "--check" in argv:
        return 0 if out.read_text(encoding="utf-8") == lines else 1
    out.write_text(lines, encoding="utf-8")
    return 0
