"""Write a clean probe set (`benchmarks/data/clean_probe_vN.jsonl`): the tail the builders
share (`build_clean_probe_v3.py`, `build_clean_probe_v4.py`), so every set has one row
shape and one id scheme."""

from __future__ import annotations

import json
import sys
from collections.abc import Collection, Iterable
from pathlib import Path

LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")


def texts_of(paths: Iterable[Path]) -> set[str]:
    """The texts of the sets at `paths` (JSON Lines with a "text"): what a new set leaves out."""
    return {
        json.loads(line)["text"]
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    }


def write_clean_set(
    rows: list[dict[str, str]],
    out: Path,
    name: str,
    *,
    excluded: Collection[str],
    public: Collection[str],
) -> None:
    """Write the drawn `rows` (lang, text, kind, source) to `out`, one JSON line each, in
    `LANGS` order (stable within a language): a line in `excluded` left out, a line in
    `public` of kind `public_figure`, ids `{name}-{lang}-{n:03d}` counted per language
    ("clean-probe-v4-de-007"). Prints the count per language to stderr."""
    counters: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as f:
        for row in sorted(rows, key=lambda r: LANGS.index(r["lang"])):
            if row["text"] in excluded:
                continue
            kind = "public_figure" if row["text"] in public else row["kind"]
            n = counters[row["lang"]] = counters.get(row["lang"], -1) + 1
            line = {"id": f"{name}-{row['lang']}-{n:03d}", "lang": row["lang"],
                    "text": row["text"], "spans": [], "clean": True, "kind": kind,
                    "source": row["source"]}  # fmt: skip
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{sum(counters.values()) + len(counters)} rows -> {out}", counters, file=sys.stderr)
