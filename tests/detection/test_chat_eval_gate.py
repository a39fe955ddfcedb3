"""CI gate of issue 17: `Detector.default()` on the frozen chat set, per language.

The bounds are the issue's targets, which the shipped detector meets (measured in
benchmarks/RESULTS.md): any change that masks more clean chat or covers less personal
data in any of the seven languages fails here, not only in a benchmark run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
EVAL_CHAT = ROOT / "benchmarks" / "eval_chat.py"

# A candidate NER build can be judged before it ships (see tests/detection/test_ner.py).
GATE_MODEL_DIR = os.environ.get("NER_GATE_MODEL_DIR") or None

COVERAGE_AT_LEAST = 0.97
UNDER_90_AT_MOST = 0.05
CLEAN_MASKED_AT_MOST = 0.10
RECALL_AT_LEAST = 0.95  # all languages together, span recall (0.955 measured)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    eval_chat = load_script(EVAL_CHAT)
    rows = eval_chat.load_rows(eval_chat.SETS["eval"])
    predict = eval_chat.piiguard_system(
        "personal", Path(GATE_MODEL_DIR) if GATE_MODEL_DIR else None
    )
    preds = [predict(row["text"]) for row in rows]
    by_lang = {
        lang: eval_chat.summarise(
            [r for r in rows if r["lang"] == lang],
            [p for r, p in zip(rows, preds, strict=True) if r["lang"] == lang],
        )
        for lang in eval_chat.LANGS
    }
    return {"all": eval_chat.summarise(rows, preds), **by_lang}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "nl", "pl"])
def test_every_language_meets_the_targets(scores: dict[str, dict[str, Any]], lang: str) -> None:
    got = scores[lang]
    assert got["coverage"] >= COVERAGE_AT_LEAST, got
    assert got["under_90"] <= UNDER_90_AT_MOST, got
    assert got["clean_masked"] <= CLEAN_MASKED_AT_MOST, got


def test_recall_does_not_fall(scores: dict[str, dict[str, Any]]) -> None:
    assert scores["all"]["recall"] >= RECALL_AT_LEAST, scores["all"]
