"""Knowledge distillation: a smaller student learns to copy a built model (the teacher).

    python -m models.recipe.build --out /tmp/runs/s4 --layers 4 \\
        --distill-from models/piiguard-ner-minilm

The teacher is a model directory as the runtime reads it (`model.int8.onnx`): its
per-token probabilities for every training message are computed once with onnxruntime,
fed exactly as `piiguard.detection.ner.NerRecognizer` feeds it ([CLS] ids [SEP], the case
flags as token type ids, one sequence per call), and cached in the work directory. The
student's loss is `alpha * T^2 * KL(teacher || student)` at temperature `T` on every
content token plus `(1 - alpha) * CE(gold labels)`.

Besides the labelled synthetic messages, the student also copies the teacher on
unlabelled chat: the dialogue lines of the `chatterbot-corpus` package (BSD-3; English,
German, French, Spanish, Italian, Dutch), KL only, so it learns what the teacher leaves
unmasked in ordinary chat, not only what the templates label. None of the evaluation
data (the eval templates, the frozen chat set, the dev chat) is used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from models.recipe.data import Example

log = logging.getLogger("models.recipe.distill")

CORPUS_LANGS = ("english", "german", "french", "spanish", "italian", "dutch")
TEACHER_FILE = "model.int8.onnx"
CACHE_FORMAT = 2

Sequences = Sequence[tuple[Sequence[int], Sequence[int]]]
"""Per message: token ids with [CLS] and [SEP], and its token type ids (case flags)."""


def chat_lines(langs: Sequence[str] = CORPUS_LANGS) -> list[str]:
    """Every distinct dialogue line of `chatterbot-corpus` in `langs`, in a fixed order,
    except the lines an evaluation set holds (`benchmarks/data/*.jsonl`: the clean chat
    probe takes some of these lines; a model never trains on what measures it)."""
    try:
        import chatterbot_corpus
        import yaml
    except ImportError as exc:
        raise SystemExit(
            f"distilling on chat needs the chatterbot-corpus package ({exc}): "
            "pip install chatterbot-corpus, or pass --distill-chat 0"
        ) from exc
    root = Path(chatterbot_corpus.__file__).parent / "data"
    seen: dict[str, None] = {}
    for folder in langs:
        for path in sorted((root / folder).glob("*.yml")):
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for conversation in doc.get("conversations") or []:
                for line in conversation:
                    if isinstance(line, str) and line.strip():
                        seen.setdefault(" ".join(line.split()), None)
    held_out = _evaluation_texts()
    return [line for line in seen if line not in held_out]


def _evaluation_texts() -> set[str]:
    """The texts of the benchmark sets, whitespace folded."""
    texts: set[str] = set()
    data = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
    for path in sorted(data.glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(row).get("text") if row.strip() else None
            if isinstance(text, str):
                texts.add(" ".join(text.split()))
    return texts


def unlabelled_examples(
    lines: Sequence[str], n: int, seed: int, lowercase_prob: float = 0.5
) -> list[Example]:
    """`n` messages from `lines` (all of them, then repeats, shuffled by `seed`); a
    `lowercase_prob` share written in lowercase, as chat often is. They carry no spans:
    the student learns them from the teacher alone."""
    if n <= 0 or not lines:
        return []
    rng = random.Random(seed)
    order: list[str] = []
    while len(order) < n:
        batch = list(lines)
        rng.shuffle(batch)
        order += batch
    out: list[Example] = []
    for line in order[:n]:
        lower = rng.random() < lowercase_prob
        out.append(Example(line.lower() if lower else line, (), "chat-unlabelled", lower))
    return out


def check_teacher_labels(teacher_dir: Path, labels: Sequence[str]) -> None:
    """Stop unless the teacher's `labels.json` lists `labels` in the same order (its
    outputs are matched to the student's by position)."""
    try:
        doc = json.loads((teacher_dir / "labels.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"--distill-from {teacher_dir}: no readable labels.json") from exc
    if list(doc.get("labels", [])) != list(labels):
        raise SystemExit(f"--distill-from {teacher_dir}: its labels {doc.get('labels')} are "
                         f"not the student's {list(labels)}")


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sequence_key(ids: Sequence[int], types: Sequence[int]) -> str:
    digest = hashlib.sha256(np.asarray(ids, dtype=np.int64).tobytes())
    digest.update(b"|")
    digest.update(np.asarray(types, dtype=np.int64).tobytes())
    return digest.hexdigest()[:32]


def _read_cache(cache: Path, model: str) -> dict[str, np.ndarray]:
    """The cached log-probabilities of `model` (its file digest), by sequence key."""
    if not cache.exists():
        return {}
    with np.load(cache) as stored:
        if int(stored["format"]) != CACHE_FORMAT or str(stored["model"]) != model:
            log.info("teacher cache %s is of another teacher or format: not used", cache)
            return {}
        parts = np.split(stored["logp"], np.cumsum(stored["lengths"])[:-1])
        return dict(zip((str(k) for k in stored["keys"]), parts, strict=True))


def _write_cache(cache: Path, model: str, known: dict[str, np.ndarray]) -> None:
    tmp = cache.with_name(cache.name + ".tmp.npz")
    keys = list(known)
    np.savez(
        tmp, format=np.asarray(CACHE_FORMAT), model=np.asarray(model),
        keys=np.asarray(keys, dtype="U32"),
        lengths=np.asarray([len(known[k]) for k in keys], dtype=np.int64),
        logp=np.concatenate([known[k] for k in keys]) if keys
        else np.zeros((0, 0), dtype=np.float32),
    )  # fmt: skip
    tmp.replace(cache)


_SESSION: Any = None


def _open(model_file: str) -> None:
    """Worker initializer: one single-threaded session, as the runtime runs it."""
    import onnxruntime as ort

    global _SESSION
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    _SESSION = ort.InferenceSession(model_file, sess_options=options,
                                    providers=["CPUExecutionProvider"])


def _log_probs(chunk: list[tuple[list[int], list[int]]]) -> list[np.ndarray]:
    """Log-probabilities (tokens x labels, float32) of each sequence, one call each."""
    cased = "token_type_ids" in {i.name for i in _SESSION.get_inputs()}
    out: list[np.ndarray] = []
    for ids, types in chunk:
        feed = {
            "input_ids": np.asarray([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
        }
        if cased:
            feed["token_type_ids"] = np.asarray([types], dtype=np.int64)
        logits = _SESSION.run(None, feed)[0][0].astype(np.float64)
        logits -= logits.max(axis=-1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=-1, keepdims=True))
        out.append(logp.astype(np.float32))
    return out


def teacher_log_probs(
    teacher_dir: Path, sequences: Sequences, cache: Path, workers: int = 2
) -> list[np.ndarray]:
    """The teacher's per-token log-probabilities (one `len(ids) x labels` array per
    sequence). Sequences already in `cache` (for this teacher file) are read from it; the
    others are computed with `workers` single-threaded onnxruntime processes and added."""
    model_file = teacher_dir / TEACHER_FILE
    if not model_file.is_file():
        raise SystemExit(f"--distill-from {teacher_dir}: no {TEACHER_FILE} there")
    model = _file_digest(model_file)
    keys = [_sequence_key(ids, types) for ids, types in sequences]
    known = _read_cache(cache, model)
    todo: dict[str, tuple[list[int], list[int]]] = {}
    for key, (ids, types) in zip(keys, sequences, strict=True):
        if key not in known:
            todo.setdefault(key, (list(ids), list(types)))
    log.info("teacher: %d sequences, %d of them cached, %d to compute (%d workers)",
             len(keys), len(keys) - sum(k in todo for k in keys), len(todo), workers)
    if todo:
        items = list(todo.values())
        size = 256
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        results: list[np.ndarray] = []
        if workers <= 1:
            _open(str(model_file))
            for chunk in chunks:
                results += _log_probs(chunk)
        else:
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")
            with ctx.Pool(workers, initializer=_open, initargs=(str(model_file),)) as pool:
                for k, part in enumerate(pool.imap(_log_probs, chunks)):
                    results += part
                    if k % 50 == 0:
                        log.info("teacher: %d/%d sequences", len(results), len(items))
        known.update(zip(todo, results, strict=True))
        _write_cache(cache, model, known)
    return [known[key] for key in keys]
