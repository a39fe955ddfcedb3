"""The shipped NER model served by onnxruntime: offsets, windows, threads, errors, quality."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.ner import (
    NAME_PARTICLES,
    NerRecognizer,
    case_flags,
    default_model_dir,
    is_word_chain,
    joinable,
)
from piiguard.exceptions import ModelLoadError

REPO = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO / "models" / "piiguard-ner-minilm"
EVAL_FILE = REPO / "benchmarks" / "data" / "ner_eval.jsonl"
FP32_DIR = MODEL_DIR / "_work" / "fp32"
# The quality gates below can judge a candidate build before it ships:
#   NER_GATE_MODEL_DIR=/tmp/runs/x pytest tests/detection/test_ner.py -k quality \
#       tests/detection/test_chat_eval_gate.py
GATE_MODEL_DIR = Path(os.environ.get("NER_GATE_MODEL_DIR") or MODEL_DIR)


@pytest.fixture(scope="module")
def ner() -> NerRecognizer:
    recognizer = NerRecognizer(MODEL_DIR)
    recognizer.load()
    return recognizer


def found(ner: NerRecognizer, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in ner.analyze(text)]


def test_default_model_dir_is_the_shipped_model() -> None:
    assert default_model_dir() == MODEL_DIR
    assert NerRecognizer().labels == {"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME"}


def test_recognizer_attributes(ner: NerRecognizer) -> None:
    assert ner.name == "ner"
    assert ner.priority == 1
    assert set(ner.thresholds) == set(ner.labels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi im anna kowalski", [("anna kowalski", "PERSON")]),
        ("Hi, I'm Anna Kowalski", [("Anna Kowalski", "PERSON")]),
        ("my name is john smith and i need help", [("john smith", "PERSON")]),
        ("😀😀 my name is Zoë Lefèvre 🙏", [("Zoë Lefèvre", "PERSON")]),
        ("my   name  is    Marek    Zieliński   thanks", [("Marek    Zieliński", "PERSON")]),
        (
            "please ship to Hauptstraße 5, 10115 Berlin",
            [("Hauptstraße 5, 10115 Berlin", "LOCATION")],
        ),
        (
            "i live at 42 baker street, london nw1 6xe 🏠",
            [("42 baker street, london nw1 6xe", "LOCATION")],
        ),
        (
            "Name: Olivia Brown\nAddress: 15 Oak Lane, Bristol BS8 1TH",
            [("Olivia Brown", "PERSON"), ("15 Oak Lane, Bristol BS8 1TH", "LOCATION")],
        ),
        ("reset my password please", []),
        ("can I pay with Visa or Mastercard?", []),
    ],
)
def test_finds_spans_with_exact_offsets(
    ner: NerRecognizer, text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(v, lab) for v, lab in found(ner, text) if lab in ("PERSON", "LOCATION")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Hi anna", [1, 0]),
        ("hi Anna Kowalski", [0, 1, 1]),
        ("ZOË LEFÈVRE", [1, 1, 1, 1]),  # zoe le ##fe ##vre: every piece of a word
        ("McDonald's", [1, 0, 0]),  # punctuation is 0
        ("côte d'Ivoire", [0, 0, 0, 1, 1]),  # cote d ' ivo ##ire: a word starts after "'"
        ("12 Élysée", [0, 1, 1]),
        ("🙂 Zoë", [0, 1]),  # [UNK] for the emoji
        ("", []),
    ],
)
def test_case_flags_mark_tokens_of_capitalised_words(
    ner: NerRecognizer, text: str, flags: list[int]
) -> None:
    enc = ner._load().tokenizer.encode(text, add_special_tokens=False)
    assert case_flags(text, enc.offsets) == flags, enc.tokens


def test_case_flags_give_special_tokens_zero() -> None:
    assert case_flags("Anna", [(0, 0), (0, 4), (0, 0)]) == [0, 1, 0]


@pytest.mark.parametrize(
    ("gap", "label", "joined"),
    [
        (", ", "LOCATION", True),  # "Hauptstraße 5" ", " "10115 Berlin"
        (" ", "LOCATION", True),
        (" w ", "LOCATION", True),  # "ul. Długa 4" " w " "Radomiu"
        (" en ", "LOCATION", True),
        (" in ", "LOCATION", True),
        (" IN DER ", "LOCATION", True),
        (" to ", "LOCATION", False),
        (" and ", "LOCATION", False),
        (" ", "PERSON", True),  # "Anna" " " "Kowalski"
        (", ", "PERSON", False),
        (" und ", "PERSON", False),
        (" ", "ORGANIZATION", False),  # only names and places are joined
    ],
)
def test_joinable_parts_of_one_entity(gap: str, label: str, joined: bool) -> None:
    text = f"Xx{gap}Yy"
    assert joinable(text, label, 2, 2 + len(gap)) is joined


def decode_made_up(
    ner: NerRecognizer, text: str, parts: list[str], label: str
) -> list[tuple[str, str]]:
    """The decoder's spans for model output made up at the probability level: each of
    `parts` tagged as one `label` entity (B then I), everything else outside."""
    model = ner._load()
    enc = model.tokenizer.encode(text, add_special_tokens=False)
    probs = np.zeros((len(enc.ids), len(model.labels)), dtype=np.float32)
    bounds = [(text.index(w), text.index(w) + len(w)) for w in parts]
    for k, (start, end) in enumerate(enc.offsets):
        inside = [p for p in bounds if p[0] <= start and end <= p[1]]
        tag = ("B-" if inside and start == inside[0][0] else "I-") + label
        probs[k, model.labels.index(tag) if inside else 0] = 1.0
    return [(text[s.start : s.end], s.label) for s in ner._decode(text, enc, probs, model)]


def test_decoder_joins_an_address_the_model_tags_in_parts(ner: NerRecognizer) -> None:
    # "Alcalá" and "Madrid" each tagged, "en" between them outside: one address.
    text = "vivo en la calle Alcalá en Madrid"
    assert decode_made_up(ner, text, ["Alcalá", "Madrid"], "LOCATION") == [
        ("Alcalá en Madrid", "LOCATION")
    ]


@pytest.mark.parametrize(
    ("text", "tagged", "label", "expected"),
    [
        # one span over two addresses: cut at ", and"
        (
            "send it to Hauptstr. 3, 10115 Berlin, and Gartenweg 5, 80331 München",
            "Hauptstr. 3, 10115 Berlin, and Gartenweg 5, 80331 München",
            "LOCATION",
            ["Hauptstr. 3, 10115 Berlin", "Gartenweg 5, 80331 München"],
        ),
        ("12 rue de la Paix, Paris, and John", "12 rue de la Paix, Paris, and", "LOCATION",
         ["12 rue de la Paix, Paris"]),
        ("Anna Nowak, i Jan Kowalski", "Anna Nowak, i Jan Kowalski", "PERSON",
         ["Anna Nowak", "Jan Kowalski"]),
        # no comma: a country's own "and" stays
        ("i moved to Trinidad and Tobago", "Trinidad and Tobago", "LOCATION",
         ["Trinidad and Tobago"]),
        # a company's name is not a list
        ("i work at Marks, and Spencer", "Marks, and Spencer", "ORGANIZATION",
         ["Marks, and Spencer"]),
    ],
)
def test_decoder_cuts_a_span_at_a_list_break(
    ner: NerRecognizer, text: str, tagged: str, label: str, expected: list[str]
) -> None:
    assert decode_made_up(ner, text, [tagged], label) == [(v, label) for v in expected]


def test_offsets_index_the_original_text(ner: NerRecognizer) -> None:
    text = "Olá! Sou a  María-José Núñez 😊😊, moro em Calle Mayor 5, 28013 Madrid."
    spans = ner.analyze(text)
    assert spans, "nothing found"
    for s in spans:
        value = text[s.start : s.end]
        assert value == value.strip() and value
        assert s.source == "ner" and 0.0 <= s.score <= 1.0
    assert ("María-José Núñez", "PERSON") in found(ner, text)


def test_look_alikes_are_left_to_the_patterns(ner: NerRecognizer) -> None:
    text = (
        "my iban is DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111, "
        "mail anna.kowalski@gmail.com, password Summer2024!"
    )
    assert [lab for _, lab in found(ner, text) if lab == "PERSON"] == []


def _word_chains(n: int, seed: int) -> list[str]:
    """Run markers as generated ones look: common English words joined by hyphens."""
    from faker.providers.lorem.en_US import Provider

    words = sorted(
        {w for w in Provider.word_list if w.isalpha() and len(w) >= 3} - NAME_PARTICLES
    )
    rng = random.Random(seed)
    return ["-".join(rng.sample(words, rng.choice((3, 4, 5)))) for _ in range(n)]


WORD_CHAINS = [
    "anvil-bucket-gasket-pedal-winch",
    "cobalt-lantern-meadow-prism-sonnet",
    "candle-satchel-blanket-gasket-cabinet",
    "pulley-saddle-dowel-lantern-thimble",
    *_word_chains(24, seed=15),
]
CHAIN_TEMPLATES = [
    "Synthetic conformance record {m}: contact jdoe@example.com, SSN 912-34-5678",
    "Please review: {m}",
    "run {m} started at noon",
    "{m}",
    # next to a real name or address: the model may run the value on into the chain
    "Hi Anna {m} here",
    "ship to {m} 12 Main Street",
    "record {m} Berlin office",
]


@pytest.mark.parametrize("template", CHAIN_TEMPLATES)
def test_a_chain_of_lowercase_words_is_no_name(ner: NerRecognizer, template: str) -> None:
    for chain in WORD_CHAINS:
        text = template.format(m=chain)
        start = text.index(chain)
        end = start + len(chain)
        spans = ner.analyze(text)
        assert not [s for s in spans if s.start < end and start < s.end], (text, spans)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Hi Anna {m} here", ("Anna", "PERSON")),
        ("ship to {m} 12 Main Street", ("12 Main Street", "LOCATION")),
        ("{m} Jane Doe", ("Jane Doe", "PERSON")),
    ],
)
def test_a_value_beside_a_chain_is_still_found(
    ner: NerRecognizer, template: str, expected: tuple[str, str]
) -> None:
    for chain in WORD_CHAINS[:4]:
        assert expected in found(ner, template.format(m=chain)), chain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I met Anne-Marie yesterday", ("Anne-Marie", "PERSON")),
        ("i met anne-marie yesterday", ("anne-marie", "PERSON")),
        ("I live in Saint-Étienne", ("Saint-Étienne", "LOCATION")),
        ("i live in saint-étienne", ("saint-étienne", "LOCATION")),
        ("moved to Baden-Württemberg last year", ("Baden-Württemberg", "LOCATION")),
        ("We live in Stratford-upon-Avon", ("Stratford-upon-Avon", "LOCATION")),
        ("we live in stratford-upon-avon", ("stratford-upon-avon", "LOCATION")),
        ("I stayed in saint-jean-de-luz", ("saint-jean-de-luz", "LOCATION")),
        ("ich wohne in castrop-rauxel", ("castrop-rauxel", "LOCATION")),
        ("ich wohne in der karl-marx-allee 5", ("karl-marx-allee 5", "LOCATION")),
        ("shows on lothar-scheibe-weg Street", ("lothar-scheibe-weg", "LOCATION")),
    ],
)
def test_hyphenated_names_and_places_are_still_found(
    ner: NerRecognizer, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(ner, text)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("id anvil-bucket-gasket-pedal-winch", True),
        ("id anvil-bucket-gasket", True),
        ("id anvil-bucket", False),  # two parts: could be "anne-marie"
        ("id Anvil-bucket-gasket", False),  # a capital
        ("id anvil-bucket-gasket-42", False),  # a digit in the token
        ("id stoke-on-trent", False),  # joined by a particle
        ("id provence-alpes-côte", False),  # not plain ASCII words
        ("id karl-marx-allee", False),  # a street named after a person
        ("id anvil-bucket-gasket and more", True),
    ],
)
def test_is_word_chain(text: str, chain: bool) -> None:
    start = 3
    end = start + len(text[start:].split()[0])
    assert is_word_chain(text, start, end) is chain


def test_long_text_is_read_in_windows(ner: NerRecognizer) -> None:
    filler = "The weather was fine and the order arrived on time, thank you. "
    head = "Hello, this is Tomasz Wiśniewski. "
    tail = "Please send the documents to Anna Kowalski at Rue de Rivoli 12, 75004 Paris."
    text = head + filler * (5000 // len(filler)) + tail
    assert len(text) > 5000
    got = found(ner, text)
    assert ("Tomasz Wiśniewski", "PERSON") in got
    assert ("Anna Kowalski", "PERSON") in got
    assert ("Rue de Rivoli 12, 75004 Paris", "LOCATION") in got
    # Every span is an exact slice of the text (offsets survive windowing).
    for s in ner.analyze(text):
        assert text[s.start : s.end].strip() == text[s.start : s.end]


def test_window_borders_do_not_change_short_text_results(ner: NerRecognizer) -> None:
    short = "hi, I'm Lena Vogel from Gartenstraße 3, 80331 München"
    filler = "nothing to see here at all. " * 40
    alone = found(ner, short)
    embedded = found(ner, filler + short)
    assert alone == embedded


def test_batch_matches_single_calls(ner: NerRecognizer) -> None:
    texts = [
        "",
        "   ",
        "hi im anna kowalski",
        "no names here",
        "call Jonas Becker in Hamburg",
        "x" * 3000 + " my name is Peter Jansen",
    ]
    # One window per model call (the default): a text's result never depends on its batch.
    assert ner.analyze_batch(texts) == [ner.analyze(t) for t in texts]
    assert ner.analyze_batch(list(reversed(texts))) == [ner.analyze(t) for t in reversed(texts)]
    assert ner.analyze_batch([]) == []


def test_thread_safe_first_load_and_concurrent_analyze() -> None:
    recognizer = NerRecognizer(MODEL_DIR)  # not loaded yet: threads race to load it
    texts = [
        f"hi, I'm {name}, I live in {city}"
        for name, city in [
            ("Anna Kowalski", "Kraków"),
            ("Jonas Becker", "Hamburg"),
            ("Lucía Fernández", "Sevilla"),
            ("Pieter de Vries", "Utrecht"),
            ("Giulia Rossi", "Milano"),
            ("Camille Dubois", "Lyon"),
        ]
    ] * 4
    reference = NerRecognizer(MODEL_DIR)
    expected = [reference.analyze(t) for t in texts]
    results: dict[int, object] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(worker: int) -> None:
        try:
            barrier.wait()
            results[worker] = [recognizer.analyze(t) for t in texts]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == expected for r in results.values())


def test_missing_model_dir_raises_model_load_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(ModelLoadError, match="nope"):
        NerRecognizer(missing).analyze("hi im anna")
    # A detector built with a missing model fails when it is built, not later.
    with pytest.raises(ModelLoadError):
        Detector.default(model_dir=str(missing))


@pytest.mark.parametrize("broken", ["onnx", "tokenizer", "labels"])
def test_broken_model_raises_model_load_error(tmp_path: Path, broken: str) -> None:
    for name in ("model.int8.onnx", "tokenizer.json", "labels.json"):
        (tmp_path / name).write_bytes((MODEL_DIR / name).read_bytes())
    target = {"onnx": "model.int8.onnx", "tokenizer": "tokenizer.json", "labels": "labels.json"}[
        broken
    ]
    (tmp_path / target).write_bytes(b"not a model")
    with pytest.raises(ModelLoadError, match=str(tmp_path)):
        NerRecognizer(tmp_path).analyze("hi im anna kowalski")


def test_runtime_imports_neither_torch_nor_transformers() -> None:
    code = (
        "import sys; from piiguard.detection.ner import NerRecognizer; "
        f"NerRecognizer({str(MODEL_DIR)!r}).analyze('hi im anna kowalski'); "
        "bad = [m for m in ('torch', 'transformers') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        timeout=120,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )


def _agreement(ref: list[str], got: list[list[int]]) -> float:
    same = total = 0
    for r, g in zip(ref, got, strict=True):
        assert len(r) == len(g)
        same += sum(int(a) == b for a, b in zip(r, g, strict=True))
        total += len(r)
    return same / total


def test_int8_agrees_with_fp32_reference(ner: NerRecognizer) -> None:
    """The committed fp32 token labels (written by the build) vs the shipped int8 model."""
    rows = [
        json.loads(line)
        for line in (MODEL_DIR / "parity_ref.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) >= 400
    got = ner.token_label_ids([r["text"] for r in rows])
    assert _agreement([r["fp32"] for r in rows], got) >= 0.98


@pytest.mark.slow
@pytest.mark.skipif(
    not (FP32_DIR / "model.safetensors").exists(),
    reason="fp32 checkpoint not present (not committed: ~90 MB); "
    "run `python -m models.recipe.build --out models/piiguard-ner-minilm`",
)
def test_int8_agrees_with_live_fp32_model(ner: NerRecognizer) -> None:
    from piiguard.detection.ner_torch import TorchTokenTagger

    rows = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows[-300:]]  # not the messages the reference used
    fp32 = TorchTokenTagger(FP32_DIR, MODEL_DIR / "tokenizer.json").token_label_ids(texts)
    assert _agreement(["".join(map(str, r)) for r in fp32], ner.token_label_ids(texts)) >= 0.98


# Regression gates, a little under what the shipped model measures on the held-out
# templates (PERSON recall 0.910 / precision 0.905, LOCATION 0.832 / 0.929; see
# MODEL_CARD.md): int8 results move a little with the CPU's instruction set (AVX2 vs
# AVX-512 VNNI). A joined address span matches one of two gold spans, so LOCATION span
# recall counts a little under the share of places masked (benchmarks/RESULTS.md). The
# issue's targets (recall 0.97 / 0.95, precision 0.90) are NOT reached for recall; raise
# these gates with the model, never lower them to pass (LOCATION recall: 0.80 before the
# fifth round, 0.82 now). Lowercase recall may be up to 3 points under the whole set's
# (it is 0.907 vs 0.910 for PERSON; a build trained on fewer lowercase messages had 2.4).
GATES = {"PERSON": (0.90, 0.89), "LOCATION": (0.82, 0.91)}


@pytest.mark.slow
def test_shipped_model_quality_on_held_out_templates() -> None:
    ner = NerRecognizer(GATE_MODEL_DIR)
    rows = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines()]
    counts = {(lab, sub): [0, 0, 0] for lab in GATES for sub in ("all", "lower")}
    preds = []
    for i in range(0, len(rows), 64):
        preds += ner.analyze_batch([r["text"] for r in rows[i : i + 64]])
    for row, spans in zip(rows, preds, strict=True):
        subsets = ["all", "lower"] if row["lowercase"] else ["all"]
        for label in GATES:
            gold = [tuple(g) for g in row["spans"] if g[2] == label]
            pred = [(s.start, s.end) for s in spans if s.label == label]
            tp = _matches(gold, pred)
            for sub in subsets:
                c = counts[(label, sub)]
                c[0] += tp
                c[1] += len(pred) - tp
                c[2] += len(gold) - tp
    for label, (min_recall, min_precision) in GATES.items():
        tp, fp, fn = counts[(label, "all")]
        recall, precision = tp / (tp + fn), tp / (tp + fp)
        ltp, _, lfn = counts[(label, "lower")]
        lower_recall = ltp / (ltp + lfn)
        assert recall >= min_recall, (label, recall)
        assert precision >= min_precision, (label, precision)
        assert lower_recall >= recall - 0.03, (label, lower_recall, recall)


def _matches(gold: list[tuple[int, int, str]], pred: list[tuple[int, int]]) -> int:
    """One-to-one matches with character IoU >= 0.5 (the rule of the model card)."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for j, p in enumerate(pred):
            inter = min(g[1], p[1]) - max(g[0], p[0])
            union = max(g[1], p[1]) - min(g[0], p[0])
            if j not in used and inter > 0 and inter / union >= 0.5:
                used.add(j)
                tp += 1
                break
    return tp
