"""Extract the recognizer test cases of a Presidio checkout into JSONL (run once).

    python benchmarks/extract_presidio_cases.py /path/to/presidio [--out FILE]

Reads `presidio-analyzer/tests/test_*_recognizer.py` (and its `conftest.py`) with `ast`;
nothing is imported or run. A case table is a `pytest.mark.parametrize` table of a test
function that calls `<recognizer>.analyze(<text column>, <entities>)`; for each one:

- the recognizer: the fixture the function takes (its file's, else conftest's), or the
  expression the function assigns to it, with the table's columns put in per row
  (`PhoneRecognizer(leniency=leniency)` -> `PhoneRecognizer(leniency=1)`), so each case
  is run by the recognizer its test builds (a strict and a lenient mode are two);
- the entity: the first of the `entities` fixture, or of the row's `entities` column;
- the expected matches: `expected_len` (or, in a table of texts only, the constant of
  `assert len(results) == N`), and the positions of `expected_position(s)`,
  `expected_res` or `expected_start, expected_end`.

One JSON object a line: `{"entity", "recognizer", "text", "spans": [[start, end], ...],
"file"}`; a case with an expected count of 0 is a look-alike (spans empty). A table
that gives a count and no positions (or positions for fewer matches than its count)
keeps the count: `{..., "spans": null, "count": n, ...}`, scored by count
(`bench_presidio_cases.py`). Tables of validator calls (`validate_result(number)`) are
not cases. Presidio is MIT-licensed; the cases are its authors'.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from stdnum import verhoeff

DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "presidio_cases.jsonl"
SOURCE = "microsoft/presidio presidio-analyzer/tests/test_*_recognizer.py"
POSITION_COLUMNS = ("expected_position", "expected_positions", "expected_res")


def _fixtures(tree: ast.Module, source: str) -> dict[str, str]:
    """Each module-level function's returned expression, as written, by name."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for stmt in node.body:
                if isinstance(stmt, ast.Return) and stmt.value is not None:
                    found[node.name] = ast.get_source_segment(source, stmt.value) or ""
    return found


def _spans(value: Any) -> list[list[int]]:
    """Positions as Presidio's tests write them: ((0, 12),), [(0, 9)], (0, 10) or ()."""
    if not value:
        return []
    if isinstance(value[0], int):
        return [[int(value[0]), int(value[1])]]
    return [[int(a), int(b)] for a, b in value]


def _analyze_call(function: ast.FunctionDef) -> ast.Call | None:
    for node in ast.walk(function):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "analyze" and isinstance(node.func.value, ast.Name)
                and node.args and isinstance(node.args[0], ast.Name)):  # fmt: skip
            return node
    return None


def _local_recognizer(function: ast.FunctionDef, name: str) -> ast.expr | None:
    """The expression a test function assigns to its recognizer variable."""
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        if isinstance(node.targets[0], ast.Name) and node.targets[0].id == name:
            return node.value
    return None


def _asserted_len(function: ast.FunctionDef) -> int | None:
    """N of `assert len(results) == N`, when N is a constant."""
    for node in ast.walk(function):
        if (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)
                and isinstance(node.test.left, ast.Call)
                and getattr(node.test.left.func, "id", "") == "len"
                and isinstance(node.test.comparators[0], ast.Constant)):  # fmt: skip
            return int(node.test.comparators[0].value)
    return None


# Helper functions of Presidio's test files whose results the cases are written with,
# computed here by python-stdnum instead of running the test's code.
HELPERS = {"_generate_verhoeff_digit": verhoeff.calc_check_digit}


def _evaluate(node: ast.AST, names: dict[str, Any]) -> Any:
    """The value of a literal that may name the file's constants, join them in an
    f-string or with `+`, or call a known helper (`HELPERS`); ValueError otherwise."""
    match node:
        case ast.Constant():
            return node.value
        case ast.Name() if node.id in names:
            return names[node.id]
        case ast.Tuple() | ast.List():
            items = [_evaluate(e, names) for e in node.elts]
            return tuple(items) if isinstance(node, ast.Tuple) else items
        case ast.UnaryOp(op=ast.USub()):
            return -_evaluate(node.operand, names)
        case ast.BinOp(op=ast.Add()):
            return _evaluate(node.left, names) + _evaluate(node.right, names)
        case ast.JoinedStr():
            parts = []
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    if value.conversion != -1 or value.format_spec is not None:
                        raise ValueError("a formatted f-string value")
                    parts.append(str(_evaluate(value.value, names)))
                else:
                    parts.append(str(_evaluate(value, names)))
            return "".join(parts)
        case ast.Call(func=ast.Name(id=helper)) if helper in HELPERS and not node.keywords:
            return HELPERS[helper](*(_evaluate(a, names) for a in node.args))
    raise ValueError(f"not a literal: {ast.dump(node)[:60]}")


def _constants(tree: ast.Module) -> dict[str, Any]:
    """The module-level constants of a test file that `_evaluate` can compute."""
    names: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                with contextlib.suppress(ValueError, TypeError):
                    names[target.id] = _evaluate(node.value, names)
    return names


class _Columns(ast.NodeTransformer):
    """Puts one row's values in for the table's column names."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.row:
            return ast.copy_location(ast.Constant(self.row[node.id]), node)
        return node


def _row(node: ast.expr, columns: list[str], names: dict[str, Any]) -> dict[str, Any] | None:
    """One table row by column; a column whose value is not a literal (a score written
    as the file's expression) is left out."""
    cells = node.elts if len(columns) > 1 and isinstance(node, ast.Tuple | ast.List) else [node]
    if len(cells) != len(columns):
        return None
    row = {}
    for column, cell in zip(columns, cells, strict=True):
        with contextlib.suppress(ValueError, TypeError):
            row[column] = _evaluate(cell, names)
    return row


def _table(function: ast.FunctionDef, mark: ast.Call, fixtures: dict[str, str],
           names: dict[str, Any], name: str) -> list[dict[str, Any]]:  # fmt: skip
    call = _analyze_call(function)
    if call is None or len(mark.args) < 2 or not isinstance(mark.args[1], ast.List | ast.Tuple):
        return []
    columns = ast.literal_eval(mark.args[0])
    columns = [c.strip() for c in (columns.split(",") if isinstance(columns, str) else columns)]
    text_column = call.args[0].id  # type: ignore[attr-defined]
    if text_column not in columns:
        return []
    receiver = call.func.value.id  # type: ignore[attr-defined]
    params = {a.arg for a in function.args.args}
    built = None if receiver in params else _local_recognizer(function, receiver)
    if built is None and receiver not in fixtures:
        return []
    entities_arg = call.args[1] if len(call.args) > 1 else None
    entities_column = getattr(entities_arg, "id", "entities")
    fixed_entities = None
    if entities_column not in columns and entities_column in fixtures:
        fixed_entities = _evaluate(ast.parse(fixtures[entities_column], mode="eval").body, names)
    position = next((c for c in POSITION_COLUMNS if c in columns), None)
    fixed_len = None
    if "expected_len" not in columns and position is None:
        fixed_len = _asserted_len(function)  # a table of texts, all with one count
        if fixed_len is None:
            return []
    cases = []
    needed = {text_column, "expected_len", "expected_start", "expected_end", position}
    if built is not None:
        needed |= {n.id for n in ast.walk(built) if isinstance(n, ast.Name)}
    for row_node in mark.args[1].elts:
        row = _row(row_node, columns, names)
        if row is None or any(c in columns and c not in row for c in needed):
            continue  # a value the case needs is not a literal
        entities = fixed_entities if fixed_entities is not None else row.get(entities_column)
        if not entities:
            continue
        spans: list[list[int]] | None
        if position is not None:
            spans = _spans(row[position])
            expected_len = row.get("expected_len", len(spans))
        elif "expected_start" in columns:
            expected_len = row["expected_len"]
            spans = [[row["expected_start"], row["expected_end"]]] if expected_len else []
        else:
            expected_len = row["expected_len"] if fixed_len is None else fixed_len
            spans = None if expected_len else []
        if built is None:
            recognizer = fixtures[receiver]
        else:
            tree = ast.parse(ast.unparse(built), mode="eval")
            recognizer = ast.unparse(_Columns(row).visit(tree))
        case: dict[str, Any] = {"entity": entities[0], "recognizer": recognizer,
                                "text": row[text_column], "spans": spans}  # fmt: skip
        if spans is None or (expected_len and len(spans) != expected_len):
            case["spans"] = None  # positions that do not list every match: count only
            case["count"] = int(expected_len)
        case["file"] = name
        cases.append(case)
    return cases


def extract(path: Path, shared: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The cases of one test file; `shared` holds conftest's fixtures."""
    source = path.read_text()
    tree = ast.parse(source)
    fixtures = {**(shared or {}), **_fixtures(tree, source)}
    names = _constants(tree)
    cases = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for mark in node.decorator_list:
            if isinstance(mark, ast.Call) and getattr(mark.func, "attr", "") == "parametrize":
                cases.extend(_table(node, mark, fixtures, names, path.name))
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("presidio", type=Path, help="a Presidio checkout (or its git dir)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--commit", default="", help="the checkout's commit, if not a git dir")
    args = parser.parse_args(argv)
    tests = args.presidio / "presidio-analyzer" / "tests"
    conftest = tests / "conftest.py"
    shared = {}
    if conftest.exists():
        shared = _fixtures(ast.parse(conftest.read_text()), conftest.read_text())
    cases: list[dict[str, Any]] = []
    for path in sorted(tests.glob("test_*_recognizer.py")):
        cases.extend(extract(path, shared))
    commit = (
        subprocess.run(
            ["git", "-C", str(args.presidio), "rev-parse", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        or args.commit
    )
    with args.out.open("w") as out:
        out.write(json.dumps({"source": SOURCE, "commit": commit}) + "\n")
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases of {len({c['entity'] for c in cases})} entity types -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
