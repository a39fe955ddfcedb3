"""Extract the recognizer test cases of a Presidio checkout into JSONL (run once).

    python benchmarks/extract_presidio_cases.py /path/to/presidio [--out FILE]

Reads `presidio-analyzer/tests/test_*_recognizer.py` with `ast` (nothing is imported or
run): for each file, the `recognizer` fixture's expression, the `entities` fixture's
entity names and every `pytest.mark.parametrize` table whose arguments start with
`text, expected_len, expected_position(s)`. One JSON object a line:
`{"entity", "recognizer", "text", "spans": [[start, end], ...], "file"}`. A case with
`expected_len` 0 is a look-alike (spans empty). Presidio is MIT-licensed; the cases
are its authors'.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "presidio_cases.jsonl"


def _fixture_return(tree: ast.Module, name: str, source: str) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            for stmt in node.body:
                if isinstance(stmt, ast.Return) and stmt.value is not None:
                    return ast.get_source_segment(source, stmt.value)
    return None


def _spans(value: Any) -> list[list[int]]:
    """Positions as Presidio's tests write them: ((0, 12),), [(0, 9)], (0, 10) or ()."""
    if not value:
        return []
    if isinstance(value[0], int):
        return [[int(value[0]), int(value[1])]]
    return [[int(a), int(b)] for a, b in value]


def extract(path: Path) -> list[dict[str, Any]]:
    source = path.read_text()
    tree = ast.parse(source)
    recognizer = _fixture_return(tree, "recognizer", source)
    entities_src = _fixture_return(tree, "entities", source)
    if recognizer is None or entities_src is None:
        return []
    try:
        entities = ast.literal_eval(entities_src)
    except ValueError:
        return []
    cases = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize"):
            continue
        names = ast.literal_eval(node.args[0])
        names = [n.strip() for n in (names.split(",") if isinstance(names, str) else names)]
        if len(names) < 3 or names[:2] != ["text", "expected_len"]:
            continue
        if not names[2].startswith("expected_position"):
            continue
        for row in node.args[1].elts:  # type: ignore[attr-defined]
            try:
                values = ast.literal_eval(row)
            except ValueError:
                continue
            text, expected_len, positions = values[0], values[1], values[2]
            spans = _spans(positions)
            if expected_len and len(spans) != expected_len:
                continue  # a table whose positions do not list every match
            cases.append(
                {"entity": entities[0], "recognizer": recognizer, "text": text,
                 "spans": spans, "file": path.name}
            )  # fmt: skip
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("presidio", type=Path, help="a Presidio checkout (or its git dir)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--commit", default="", help="the checkout's commit, if not a git dir")
    args = parser.parse_args(argv)
    tests = args.presidio / "presidio-analyzer" / "tests"
    cases: list[dict[str, Any]] = []
    for path in sorted(tests.glob("test_*_recognizer.py")):
        cases.extend(extract(path))
    commit = subprocess.run(
        ["git", "-C", str(args.presidio), "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip() or args.commit
    with args.out.open("w") as out:
        out.write(json.dumps({"source": "microsoft/presidio", "commit": commit}) + "\n")
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases of {len({c['entity'] for c in cases})} entity types -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
