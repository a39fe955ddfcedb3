"""The NER recognizer: piiguard's fine-tuned MiniLM tagger served with onnxruntime.

Finds names (PERSON), places and street addresses (LOCATION, a whole address is
one span), organisations and dates. The model and its tokenizer load lazily, once,
on first use, behind a lock; an onnxruntime session is safe to run from many
threads. A model that is configured but missing or broken raises
`ModelLoadError` naming the path: piiguard never falls back to patterns only.

>>> ner = NerRecognizer()                       # doctest: +SKIP
>>> [(s.label, "hi im anna kowalski"[s.start:s.end])
...  for s in ner.analyze("hi im anna kowalski")]  # doctest: +SKIP
[('PERSON', 'anna kowalski')]

Long texts are cut into overlapping windows of tokens; each token takes its
prediction from the window in which it sits farthest from an edge, so offsets
and context survive across window borders.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from piiguard._types import Span
from piiguard.exceptions import ConfigError, ModelLoadError

MODEL_NAME = "piiguard-ner-minilm"
_REPO_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
_PACKAGED_MODEL_DIR = Path(__file__).resolve().parents[1] / "_models" / MODEL_NAME
MODEL_FILE = "model.int8.onnx"

# Characters trimmed from the edges of a span (a model sometimes takes the comma).
_EDGE_PUNCT = " \t\n,;:!?()[]{}\"'«»“”‘’"


# One entity written in parts is one span: first and last name, or an address's street,
# number, postcode and town next to each other, also "street in town" ("ul. Długa 4 w
# Radomiu", "calle Alcalá en Madrid"). The training data's gold spans follow the same rule
# (`models/recipe/data.py`), and the model's parts are joined by it.
SPAN_JOINERS: Mapping[str, re.Pattern[str]] = {
    "LOCATION": re.compile(r"[\s,]*|\s+(?:in|w|we|à|en|im|in der)\s+", re.IGNORECASE),
    "PERSON": re.compile(r" +"),
}

# The other way round: ", and" between two values ends one and starts the next ("Hauptstr.
# 3, 10115 Berlin, and Gartenweg 5, 80331 München"; "Anna, and Tom"). The gold spans never
# run across it, but the model, which has learnt that an address goes on after a comma,
# sometimes does; the decoder cuts its span there, and drops a trailing ", and".
LIST_BREAK = re.compile(
    r",\s*(?:and|und|et|y|e|en|i|oraz|or|oder|ou|o|of|og|och)(?:\s+|$)", re.IGNORECASE
)


# A chain of three or more plain lowercase words joined by hyphens, with no capital and no
# digit anywhere in its token ("anvil-bucket-gasket-pedal-winch": a run marker, a
# passphrase, a slug), is not the name of a person, place or organisation, however sure
# the model is. Real names written that way are joined by particles ("stratford-upon-avon",
# "saint-jean-de-luz", "bosnia-and-herzegovina"), end in a street or district type (German
# streets named after people: "karl-marx-allee", "verena-holsten-ring") or have letters
# outside ASCII ("provence-alpes-côte"); two-part names ("anne-marie", "castrop-rauxel")
# are never touched, capitalised ones ("Baden-Württemberg") neither.
WORD_CHAIN_LABELS = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
WORD_CHAIN_MIN_PARTS = 3
NAME_PARTICLES = frozenset(
    """
    a al am an and auf aux bei bin d da dal das de degli dei del della den der des di do dos
    du e el en et i im in la las le les lès lo los of on op over saint sainte san sankt santa
    sao st ste sub sul super sur the to under und upon van von y zu zum zur
    """.split()  # noqa: SIM905
)
STREET_TYPES = frozenset(
    """
    allee avenue chaussee damm gasse hof kreis lane markt pfad platz ring road steig stieg
    str strasse street ufer weg
    """.split()  # noqa: SIM905
)
"""The last part of a hyphenated street or district name ("lothar-scheibe-weg")."""
_CHAIN_PART = re.compile(r"[a-z]{3,}")


def is_word_chain(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` lies in a chain of plain lowercase words joined by
    hyphens (see `WORD_CHAIN_LABELS`), which is no name.

    >>> is_word_chain("marker cobalt-lantern-meadow-prism now", 7, 21)
    True
    >>> is_word_chain("we live in stratford-upon-avon", 11, 30)
    False
    """
    if start >= end or any(not (c.isalpha() or c == "-") for c in text[start:end]):
        return False
    # The whitespace-delimited token around the span, and the hyphen chain in it.
    a, b = start, end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    token = text[a:b]
    if any(c.isdigit() or c.isupper() for c in token):
        return False
    a, b = start, end
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalpha() or text[b] == "-"):
        b += 1
    parts = text[a:b].strip("-").split("-")
    if len(parts) < WORD_CHAIN_MIN_PARTS or parts[-1] in STREET_TYPES:
        return False
    return all(_CHAIN_PART.fullmatch(part) and part not in NAME_PARTICLES for part in parts)


_TOKEN = re.compile(r"\S+")


def without_word_chains(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without the word chains at its edges (`is_word_chain`): the model
    sometimes runs a name on into a chain beside it ("Anna hopper" in "Hi Anna
    hopper-jigsaw-thimble here"). Empty (start == end) when all of it is chains.

    >>> text = "ship to anvil-pliers-whisk 12 Main Street"
    >>> a, b = without_word_chains(text, 8, len(text)); text[a:b]
    '12 Main Street'
    """
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    first, last = 0, len(tokens)
    while first < last and _token_is_chain(text, *tokens[first]):
        first += 1
    while last > first and _token_is_chain(text, *tokens[last - 1]):
        last -= 1
    if first == last:
        return start, start
    return tokens[first][0], tokens[last - 1][1]


def _token_is_chain(text: str, start: int, end: int) -> bool:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return is_word_chain(text, start, end)


def joinable(text: str, label: str, end: int, start: int) -> bool:
    """Whether two `label` spans, one ending at `end` and the next starting at `start`,
    are parts of one entity (`SPAN_JOINERS`)."""
    joiner = SPAN_JOINERS.get(label)
    return joiner is not None and joiner.fullmatch(text, end, start) is not None


def default_model_dir() -> Path:
    """The shipped model: the repository's `models/` or the copy packaged in the wheel."""
    for candidate in (_REPO_MODEL_DIR, _PACKAGED_MODEL_DIR):
        if (candidate / MODEL_FILE).is_file():
            return candidate
    raise ModelLoadError(
        f"the NER model {MODEL_NAME} was not found in {_REPO_MODEL_DIR} or "
        f"{_PACKAGED_MODEL_DIR}; reinstall piiguard, pass model_dir=..., or rebuild it with "
        "`python -m models.recipe.build --out models/piiguard-ner-minilm`"
    )


@dataclass(frozen=True, slots=True)
class _Window:
    """Token positions `[start, end)` of one text that run through the model together."""

    text_index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Loaded:
    session: Any
    tokenizer: Any
    labels: tuple[str, ...]
    entities: tuple[str, ...]
    thresholds: Mapping[str, float]
    max_length: int
    stride: int
    cls_id: int
    sep_id: int
    # The model takes `case_flags` as its token type ids (see `case_flags`).
    cased: bool


_Features = tuple[list[int], list[int] | None]
"""A text's token ids, and its case flags when the model takes them."""


def case_flags(text: str, offsets: Sequence[tuple[int, int]]) -> list[int]:
    """1 for each token whose word starts with a capital letter, else 0.

    The base encoder's vocabulary is uncased: "Reading" and "reading" are the same
    tokens. Models built with `--case-feature` get this flag as their token type ids, so
    they can tell a capitalised word from an ordinary one in text that is written with
    capitals, and learn to ignore it in text that is not. Special tokens (empty offsets)
    and punctuation get 0.
    """
    flags: list[int] = []
    for start, end in offsets:
        if end <= start or not text[start].isalnum():
            flags.append(0)
            continue
        word = start
        while word > 0 and text[word - 1].isalnum():
            word -= 1
        flags.append(1 if text[word].isupper() else 0)
    return flags


class NerRecognizer:
    """Names, places, organisations and dates found by the shipped transformer model.

    `model_dir`: a directory with `model.int8.onnx`, `tokenizer.json` and
    `labels.json` (default: the shipped model). `intra_op_num_threads`: threads
    onnxruntime may use per call (1 suits a server running many calls at once).
    `thresholds` overrides the per-label minimum span scores from `labels.json`.
    `batch_size`: windows per model call. The default 1 keeps results independent of
    what else is in a batch (dynamic int8 quantization scales activations per call, so
    batched windows influence each other's scores) and is also the fastest on a CPU.
    """

    name = "ner"
    priority = 1

    def __init__(
        self,
        model_dir: str | Path | None = None,
        *,
        intra_op_num_threads: int = 1,
        thresholds: Mapping[str, float] | None = None,
        batch_size: int = 1,
    ) -> None:
        if intra_op_num_threads < 1:
            raise ConfigError("intra_op_num_threads must be at least 1")
        if batch_size < 1:
            raise ConfigError("batch_size must be at least 1")
        self._model_dir = Path(model_dir) if model_dir is not None else None
        self._threads = intra_op_num_threads
        self._threshold_override = dict(thresholds or {})
        self._batch_size = batch_size
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None

    @property
    def model_dir(self) -> Path:
        """The directory the model loads from."""
        return self._model_dir if self._model_dir is not None else default_model_dir()

    @property
    def labels(self) -> frozenset[str]:
        """Entity labels the model can report (read from `labels.json`, cheap)."""
        return frozenset(self._read_label_map(self.model_dir)[1])

    @property
    def thresholds(self) -> Mapping[str, float]:
        """Minimum span score per label."""
        return self._load().thresholds

    def load(self) -> None:
        """Load the model now (otherwise the first `analyze` does)."""
        self._load()

    # --- loading ---

    @staticmethod
    def _read_label_map(path: Path) -> tuple[dict[str, Any], tuple[str, ...]]:
        try:
            doc = json.loads((path / "labels.json").read_text(encoding="utf-8"))
            labels = tuple(str(x) for x in doc["labels"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelLoadError(
                f"NER model at {path} has no readable labels.json ({type(exc).__name__}); "
                "point model_dir at a directory built by models.recipe.build"
            ) from exc
        if (
            not labels
            or labels[0] != "O"
            or any(not (lab.startswith("B-") or lab.startswith("I-")) for lab in labels[1:])
        ):
            raise ModelLoadError(f"NER model at {path}: labels.json is not a BIO label list")
        entities = tuple(dict.fromkeys(lab[2:] for lab in labels[1:]))
        return doc, entities

    def _load(self) -> _Loaded:
        loaded = self._loaded
        if loaded is not None:
            return loaded
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load_locked(self.model_dir)
            return self._loaded

    def _load_locked(self, path: Path) -> _Loaded:
        doc, entities = self._read_label_map(path)
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are core dependencies
            raise ModelLoadError(f"onnxruntime and tokenizers are needed: {exc}") from exc
        try:
            tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
            tokenizer.no_padding()
            tokenizer.no_truncation()
            cls_id = tokenizer.token_to_id("[CLS]")
            sep_id = tokenizer.token_to_id("[SEP]")
            if cls_id is None or sep_id is None:
                raise ValueError("tokenizer has no [CLS]/[SEP] tokens")
        except Exception as exc:
            raise ModelLoadError(
                f"NER tokenizer at {path / 'tokenizer.json'} could not be loaded "
                f"({type(exc).__name__})"
            ) from exc
        try:
            options = ort.SessionOptions()
            options.intra_op_num_threads = self._threads
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(
                str(path / MODEL_FILE), sess_options=options, providers=["CPUExecutionProvider"]
            )
            width = session.get_outputs()[0].shape[-1]
            cased = "token_type_ids" in {i.name for i in session.get_inputs()}
        except Exception as exc:
            raise ModelLoadError(
                f"NER model {path / MODEL_FILE} could not be loaded by onnxruntime "
                f"({type(exc).__name__})"
            ) from exc
        labels = tuple(str(x) for x in doc["labels"])
        if isinstance(width, int) and width != len(labels):
            raise ModelLoadError(
                f"NER model at {path}: {width} outputs but labels.json lists {len(labels)}"
            )
        thresholds = {e: float(doc.get("thresholds", {}).get(e, 0.5)) for e in entities}
        thresholds.update(self._threshold_override)
        max_length = int(doc.get("max_length", 128))
        stride = int(doc.get("stride", 32))
        if max_length < 8 or not 0 <= stride < max_length // 2:
            raise ModelLoadError(f"NER model at {path}: bad max_length/stride in labels.json")
        return _Loaded(
            session, tokenizer, labels, entities, thresholds, max_length, stride, cls_id, sep_id,
            cased,
        )

    # --- inference ---

    def analyze(self, text: str) -> list[Span]:
        """Spans found in `text`, with exact character offsets."""
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Span]]:
        """`analyze` for many texts (windows run `batch_size` per model call)."""
        model = self._load()
        results: list[list[Span]] = [[] for _ in texts]
        todo = [i for i, t in enumerate(texts) if t.strip()]
        if not todo:
            return results
        # `encode` per text, not `encode_batch`: the latter spins up a thread pool, which
        # costs more than it saves on chat-sized texts and breaks the one-thread budget.
        encodings = [model.tokenizer.encode(texts[i], add_special_tokens=False) for i in todo]
        features = [
            self._features(texts[i], enc, model) for i, enc in zip(todo, encodings, strict=True)
        ]
        windows: list[_Window] = []
        for k, enc in enumerate(encodings):
            windows.extend(self._windows(k, len(enc.ids), model))
        probs = [np.zeros((len(enc.ids), len(model.labels)), dtype=np.float32) for enc in encodings]
        # Distance of each token from its window's nearest edge; the best window wins.
        best = [np.full(len(enc.ids), -1, dtype=np.int64) for enc in encodings]
        order = sorted(range(len(windows)), key=lambda w: windows[w].end - windows[w].start)
        for b in range(0, len(order), self._batch_size):
            chunk = [windows[w] for w in order[b : b + self._batch_size]]
            out = self._run(model, [features[w.text_index] for w in chunk], chunk)
            for row, w in enumerate(chunk):
                n = w.end - w.start
                p = out[row, 1 : n + 1]
                pos = np.arange(n)
                margin = np.minimum(pos, n - 1 - pos)
                tgt_best = best[w.text_index][w.start : w.end]
                better = margin > tgt_best
                probs[w.text_index][w.start : w.end][better] = p[better]
                tgt_best[better] = margin[better]
        for k, enc in enumerate(encodings):
            text = texts[todo[k]]
            results[todo[k]] = self._decode(text, enc, probs[k], model)
        return results

    def token_label_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Arg-max label id of every content token in the first window of each text.

        A diagnostic for parity checks against the fp32 model
        (`piiguard.detection.ner_torch.TorchTokenTagger.token_label_ids`).
        """
        model = self._load()
        out: list[list[int]] = []
        for text in texts:
            enc = model.tokenizer.encode(text, add_special_tokens=False)
            window = _Window(0, 0, min(len(enc.ids), model.max_length - 2))
            probs = self._run(model, [self._features(text, enc, model)], [window])
            out.append([int(x) for x in probs[0, 1 : window.end + 1].argmax(-1)])
        return out

    @staticmethod
    def _windows(text_index: int, n_tokens: int, model: _Loaded) -> list[_Window]:
        size = model.max_length - 2  # room for [CLS] and [SEP]
        if n_tokens <= size:
            return [_Window(text_index, 0, n_tokens)]
        step = size - model.stride
        starts = [*range(0, n_tokens - size, step), n_tokens - size]
        return [_Window(text_index, s, s + size) for s in starts]

    @staticmethod
    def _features(text: str, enc: Any, model: _Loaded) -> _Features:
        """Token ids of one text, and its case flags when the model takes them."""
        return enc.ids, case_flags(text, enc.offsets) if model.cased else None

    def _run(
        self, model: _Loaded, features: list[_Features], chunk: list[_Window]
    ) -> Any:
        width = max(w.end - w.start for w in chunk) + 2
        input_ids = np.zeros((len(chunk), width), dtype=np.int64)
        mask = np.zeros((len(chunk), width), dtype=np.int64)
        inputs = {"input_ids": input_ids, "attention_mask": mask}
        if model.cased:
            inputs["token_type_ids"] = np.zeros((len(chunk), width), dtype=np.int64)
        for row, ((ids, flags), w) in enumerate(zip(features, chunk, strict=True)):
            piece = [model.cls_id, *ids[w.start : w.end], model.sep_id]
            input_ids[row, : len(piece)] = piece
            mask[row, : len(piece)] = 1
            if flags is not None:
                inputs["token_type_ids"][row, 1 : len(piece) - 1] = flags[w.start : w.end]
        logits = model.session.run(None, inputs)[0]
        logits = logits - logits.max(axis=-1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=-1, keepdims=True)

    def _decode(self, text: str, enc: Any, probs: Any, model: _Loaded) -> list[Span]:
        """Group tokens into entity spans; extend to whole words; score; threshold."""
        n_ent = len(model.entities)
        # Per token: P(O), and per entity P(B-e)+P(I-e); labels are O, B-e1, I-e1, B-e2, ...
        ent_probs = probs[:, 1:].reshape(len(probs), n_ent, 2)
        totals = ent_probs.sum(axis=-1)
        best_ent = totals.argmax(axis=-1)
        best_p = totals[np.arange(len(probs)), best_ent]
        is_ent = best_p > probs[:, 0]
        begins = (
            ent_probs[np.arange(len(probs)), best_ent, 0]
            > ent_probs[np.arange(len(probs)), best_ent, 1]
        )
        offsets = enc.offsets
        tokens = enc.tokens
        spans: list[Span] = []
        i = 0
        n = len(tokens)
        while i < n:
            if not is_ent[i]:
                i += 1
                continue
            ent = int(best_ent[i])
            j = i + 1
            while (
                j < n
                and is_ent[j]
                and int(best_ent[j]) == ent
                and (not begins[j] or tokens[j].startswith("##"))
            ):
                j += 1
            # Whole words: a span never starts or ends inside a word piece.
            a, b = i, j
            while a > 0 and tokens[a].startswith("##"):
                a -= 1
            while b < n and tokens[b].startswith("##"):
                b += 1
            score = float(best_p[i:j].mean())
            label = model.entities[ent]
            if score >= model.thresholds.get(label, 0.5):
                for start, end in _pieces(text, offsets[a][0], offsets[b - 1][1], label):
                    if label in WORD_CHAIN_LABELS:
                        start, end = without_word_chains(text, start, end)
                        if start >= end:
                            continue
                    self._add(spans, text, Span(start, end, label, round(score, 4), self.name))
            i = b
        return spans

    @staticmethod
    def _add(spans: list[Span], text: str, span: Span) -> None:
        """Append `span`, or join it to the last one (`SPAN_JOINERS`), or keep the better
        of two that overlap."""
        last = spans[-1] if spans else None
        if last is not None and last.overlaps(span):
            if last.score < span.score:
                spans[-1] = span
        elif last is not None and last.label == span.label and joinable(
            text, span.label, last.end, span.start
        ):
            score = round((last.score + span.score) / 2, 4)
            spans[-1] = Span(last.start, span.end, span.label, score, span.source)
        else:
            spans.append(span)


def _pieces(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The model's span `text[start:end]` cut at list breaks (`LIST_BREAK`, not inside an
    organisation's name: "Marks, and Spencer"), each trimmed; empty pieces dropped."""
    cuts = [] if label == "ORGANIZATION" else list(LIST_BREAK.finditer(text, start, end))
    bounds = [start, *(x for m in cuts for x in m.span()), end]
    pieces = (_trim(text, a, b, label) for a, b in zip(bounds[::2], bounds[1::2], strict=True))
    return [(a, b) for a, b in pieces if b > a]


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if label != "ORGANIZATION" and end > start and text[end - 1] == ".":
        word = text[start:end].rsplit(" ", 1)[-1]
        if len(word) > 4:  # a sentence full stop, not "St." / "Dr." / "Jr."
            end -= 1
    return start, end
