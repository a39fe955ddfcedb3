"""The held-out chat breadth set (issue 16) stays frozen, and its scorer counts as documented."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.benchmark_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
MAKER = ROOT / "benchmarks" / "chat_eval" / "make_breadth_heldout.py"
BENCH = ROOT / "benchmarks" / "bench_chat_breadth.py"
DATA = ROOT / "benchmarks" / "data" / "chat_breadth_heldout_v1.jsonl"


def test_committed_set_is_what_the_seeded_generator_builds() -> None:
    proc = subprocess.run(
        [sys.executable, str(MAKER), "--check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_set_shape_and_offsets() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    by_category: dict[str, int] = {}
    for row in rows:
        by_category[row["category"]] = by_category.get(row["category"], 0) + 1
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip()
    assert by_category["credential"] >= 50 and by_category["id"] >= 45
    assert by_category["account"] >= 30 and by_category["clean"] >= 70
    assert {row["lang"] for row in rows} == {"en", "de", "fr", "es", "it", "nl", "pl"}


def test_scorer_needs_ninety_percent_of_every_gold_span_and_flags_any_clean_span() -> None:
    bench = load_script(BENCH)
    rows = [
        {"id": "a", "lang": "en", "category": "credential", "text": "x" * 40,
         "spans": [{"start": 0, "end": 10, "label": "PASSWORD"},
                   {"start": 20, "end": 30, "label": "PIN"}]},
        {"id": "b", "lang": "en", "category": "id", "text": "y" * 20,
         "spans": [{"start": 0, "end": 10, "label": "US_SSN"}]},
        {"id": "c", "lang": "de", "category": "clean", "text": "order 1", "spans": []},
    ]  # fmt: skip
    detected = {
        # two pieces of any label cover all of the first span, 9 of 10 of the second
        "a": [(0, 4, "X"), (4, 10, "Y"), (21, 30, "Z")],
        "b": [(1, 9, "US_SSN")],  # 8 of 10: a miss
        "c": [(6, 7, "PHONE_NUMBER")],
    }
    result = bench.score_heldout(rows, detected)
    assert result["cells"][("credential", "en")] == [1, 1, 20, 19]
    assert result["cells"][("id", "en")] == [1, 0, 10, 8]
    assert result["cells"][("clean", "de")] == [1, 0, 0, 0]
    assert [line.split(":")[0] for line in result["missed"]] == ["b"]
    assert [line.split(":")[0] for line in result["flagged"]] == ["c"]


MAKER_V2 = ROOT / "benchmarks" / "chat_eval" / "make_breadth_v2.py"
DATA_V2 = ROOT / "benchmarks" / "data" / "chat_breadth_heldout_v2.jsonl"


def test_second_set_is_what_its_seeded_generator_builds() -> None:
    proc = subprocess.run(
        [sys.executable, str(MAKER_V2), "--check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_second_set_shape_and_offsets() -> None:
    rows = [json.loads(line) for line in DATA_V2.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 70 and len({row["id"] for row in rows}) == len(rows)
    assert sum(row["category"] == "clean" for row in rows) >= 20
    assert {row["lang"] for row in rows} == {"en", "de", "fr", "es", "it", "nl", "pl"}
    for row in rows:
        assert bool(row["spans"]) == (row["category"] != "clean"), row["id"]
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), row["id"]
