"""Recall of private people's names and home addresses on the names probe, per language.

    python benchmarks/bench_names_probe.py                       # this checkout
    python benchmarks/bench_names_probe.py --trees /tmp/base-cac /work/main /work/wt-clean2
    python benchmarks/bench_names_probe.py --targeted --trees ...   # rows aimed at the rules

`data/names_probe_v1.jsonl` (`make_names_probe.py`) holds names and addresses phrased where
a precision rule of the policy could drop them. Each tree detects with
`Detector.default()` in its own subprocess (`PYTHONPATH=tree`). A gold span counts as
found when the detected spans (any label: a name masked as anything still protects it)
cover at least 90% of its characters; a message counts as found when all its gold spans
are. The table gives message recall and the character coverage of PERSON and LOCATION gold
per language; `losses` lists every gold span found in the first tree and not in a later one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_chat_breadth

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

DATA = Path(__file__).resolve().parent / "data" / "names_probe_v1.jsonl"
TARGETED = Path(__file__).resolve().parent / "data" / "names_probe_targeted_v1.jsonl"
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
MIN_COVER = 0.9

Detected = list[tuple[int, int, str]]


def dump(data: Path) -> int:
    """Print `{id: [[start, end, label], ...]}` for every message (run inside one tree)."""
    import piiguard
    from piiguard import Detector

    detector = Detector.default()
    out: dict[str, Detected] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["id"]] = [(s.start, s.end, s.label) for s in detector.detect(row["text"])]
    json.dump({"piiguard": str(Path(piiguard.__file__).parent), "spans": out}, sys.stdout)
    return 0


def detect_in_tree(tree: Path, data: Path) -> dict[str, Detected]:
    return bench_chat_breadth.dump_in_tree(tree, __file__, "--data", str(data))


def score(rows: list[dict[str, Any]], detected: dict[str, Detected]) -> dict[str, Any]:
    """Per language: messages, messages found, and gold/covered chars per label."""
    cells: dict[str, dict[str, int]] = {}
    found_spans: set[tuple[str, int]] = set()
    for row in rows:
        spans = detected[row["id"]]
        cell = cells.setdefault(row["lang"], {})
        cell["n"] = cell.get("n", 0) + 1
        ok = True
        for k, gold in enumerate(row["spans"]):
            g = (gold["start"], gold["end"])
            got = bench_chat_breadth.covered_chars(g, spans)
            label = gold["label"]
            cell[f"{label}_chars"] = cell.get(f"{label}_chars", 0) + g[1] - g[0]
            cell[f"{label}_got"] = cell.get(f"{label}_got", 0) + got
            if got >= MIN_COVER * (g[1] - g[0]):
                found_spans.add((row["id"], k))
            else:
                ok = False
        cell["found"] = cell.get("found", 0) + ok
    return {"cells": cells, "found": found_spans}


def _cov(cells: dict[str, dict[str, int]], langs: list[str], label: str) -> str:
    chars = sum(cells[lang].get(f"{label}_chars", 0) for lang in langs)
    got = sum(cells[lang].get(f"{label}_got", 0) for lang in langs)
    return f"{got / chars:.3f}" if chars else "-"


def report(rows: list[dict[str, Any]], results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    print("cells: messages found / messages | PERSON char coverage | LOCATION char coverage")
    print()
    print("| lang | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    present = [lang for lang in LANGS if any(row["lang"] == lang for row in rows)]
    for lang in (*present, "all"):
        langs = present if lang == "all" else [lang]
        vals = []
        for name in names:
            cells = results[name]["cells"]
            n = sum(cells[x]["n"] for x in langs)
            ok = sum(cells[x]["found"] for x in langs)
            person, place = _cov(cells, langs, "PERSON"), _cov(cells, langs, "LOCATION")
            vals.append(f"{ok}/{n} · {person} · {place}")
        print(f"| {lang} | " + " | ".join(vals) + " |")


def show_spans(row: dict[str, Any], spans: Detected) -> str:
    return ", ".join(f"{label} {row['text'][a:b]!r}" for a, b, label in spans) or "nothing"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--targeted", action="store_true", help="the rows aimed at the rules (after reading)"
    )
    parser.add_argument("--trees", type=Path, nargs="+", default=None)
    parser.add_argument("--show-misses", action="store_true", help="gold spans missed per tree")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.targeted:
        args.data = TARGETED
    if args.dump:
        return dump(args.data)
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    by_id = {row["id"]: row for row in rows}
    trees = args.trees or [Path(__file__).resolve().parents[1]]
    results: dict[str, dict[str, Any]] = {}
    detected: dict[str, dict[str, Detected]] = {}
    for tree in trees:
        head = subprocess.run(
            ["git", "-C", str(tree), "log", "-1", "--format=%h %s"], capture_output=True, text=True
        ).stdout.strip()[:70]
        print(f"{tree}: {head}", flush=True)
        detected[tree.name] = detect_in_tree(tree, args.data)
        results[tree.name] = score(rows, detected[tree.name])
    print()
    report(rows, results)
    names = list(results)
    first = names[0]
    for name in names[1:]:
        changed = sum(sorted(detected[first][k]) != sorted(detected[name][k]) for k in by_id)
        print(f"\nmessages whose detected spans differ, {first} -> {name}: {changed}")
        lost = sorted(results[first]["found"] - results[name]["found"])
        gained = sorted(results[name]["found"] - results[first]["found"])
        print(f"\nlost in {name} (found in {first}): {len(lost)}; gained: {len(gained)}")
        for key, k in lost:
            row = by_id[key]
            gold = row["spans"][k]
            value = row["text"][gold["start"] : gold["end"]]
            print(f"  {key} [{row['stress']}] {gold['label']} {value!r}")
            print(f"      {first}: {show_spans(row, detected[first][key])}")
            print(f"      {name}: {show_spans(row, detected[name][key])}")
        for key, k in gained:
            row = by_id[key]
            gold = row["spans"][k]
            print(f"  + {key} {gold['label']} {row['text'][gold['start'] : gold['end']]!r}")
    if args.show_misses:
        for name in names:
            print(f"\n{name}: gold spans missed")
            for row in rows:
                for k, gold in enumerate(row["spans"]):
                    if (row["id"], k) not in results[name]["found"]:
                        value = row["text"][gold["start"] : gold["end"]]
                        print(
                            f"  {row['id']} [{row['stress']}] {gold['label']} {value!r}: "
                            f"{show_spans(row, detected[name][row['id']])}"
                        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
