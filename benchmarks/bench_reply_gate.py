"""What the reply guard's name gate saves, and what it changes.

    python benchmarks/bench_reply_gate.py [--limit N] [--show 20]

The reply guard runs the NER model on a reply only when the reply may hold a name
(`ReplyGuard._may_hold_a_name`): a capitalised word that is no sentence starter and,
since the default policy drops names made only of ordinary words, no ordinary word
(unless a person cue or a locating word stands before it). Every text below goes
through `ReplyGuard(Detector.default()).check` twice, with the gate as shipped and with
the model forced on every text (the guard before the gate), no own values, and the
outputs are compared. Texts:

- `replies`: `bench_reply_guard.make_replies` (assistant-like paragraphs, a third with
  another person's data);
- `ner-eval`: `benchmarks/data/ner_eval.jsonl` (1,500 messages with names, places and
  organisations; a third lower case);
- `chat`: the frozen and dev chat sets (`chat_eval_v1`, `chat_dev_v1`, seven languages);
- `chatterbot`: every line of chatterbot-corpus (real dialogue, en/de/fr/es/it/nl).

Reported per set: texts; the share the model ran on before and with the gate; texts
whose masked characters differ, more or fewer of them masked with the gate; for the
labelled sets, the share of gold characters masked and the count of other characters
masked (in `chatterbot`, clean dialogue, every masked character counts as other); with
`--show`, the differing replies side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _jsonl(path: Path) -> Iterator[tuple[str, list[tuple[int, int]] | None]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                yield row["text"], [(start, end) for start, end, *_ in row.get("spans", [])]


Labelled = list[tuple[str, list[tuple[int, int]] | None]]


def _sets(limit: int | None) -> dict[str, Labelled]:
    from bench_reply_guard import make_replies
    from probe_lexicon import chatterbot_lines

    data = HERE / "data"
    sets: dict[str, Labelled] = {
        "replies": [(text, None) for text in make_replies(300)],
        "ner-eval": list(_jsonl(data / "ner_eval.jsonl")),
        "chat": [*_jsonl(data / "chat_eval_v1.jsonl"), *_jsonl(data / "chat_dev_v1.jsonl")],
        # clean dialogue: every masked character is a false positive (these lines name
        # public figures now and then, so not quite every one)
        "chatterbot": [(line, []) for line in sorted({line for _, line in chatterbot_lines()})],
    }
    return {name: texts[:limit] for name, texts in sets.items()}


def _covered(spans: Any) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N texts per set")
    parser.add_argument("--show", type=int, default=0, help="print up to N differences")
    parser.add_argument(
        "--own", action="store_true",
        help="labelled texts as replies that hold the user's own values (their gold spans)",
    )
    args = parser.parse_args()
    if args.own:
        _own_values(args)
        return

    from piiguard.detection.engine import Detector
    from piiguard.reply_guard import ReplyGuard

    class Ungated(ReplyGuard):
        """The guard before the gate: the model on every text with a candidate word."""

        def _may_hold_a_name(self, text: str, offset: int, own: Any = None) -> bool:
            candidate = self._name_candidate()
            return candidate is not None and any(map(candidate, text[offset:].split()))

    detector = Detector.default()
    gated, ungated = ReplyGuard(detector), Ungated(detector)
    print(
        "| set | texts | model ran, before → gated | outputs differ | more masked | less "
        "masked | gold chars masked, before → gated | other chars masked, before → gated |"
    )
    print("|---|---|---|---|---|---|---|---|")
    shown = 0
    for name, rows in _sets(args.limit).items():
        ran = [0, 0]
        differ = more = less = 0
        gold_total = 0
        gold_hit = [0, 0]
        other = [0, 0]
        for text, gold in rows:
            covered = []
            for k, guard in enumerate((ungated, gated)):
                plan = guard._plan(text, 0)
                ran[k] += plan is not None and not plan[1]
                covered.append(_covered(plan[0](text)) if plan is not None else set())
            before, after = covered
            if before != after:
                differ += 1
                more += bool(after - before)
                less += bool(before - after)
                if shown < args.show:
                    print(f"    before: {ungated.check(text).text!r}")
                    print(f"    gated:  {gated.check(text).text!r}")
                    shown += 1
            if gold is not None:
                truth = {i for start, end in gold for i in range(start, end)}
                gold_total += len(truth)
                for k, chars in enumerate(covered):
                    gold_hit[k] += len(chars & truth)
                    other[k] += len(chars - truth)
        n = len(rows)
        gold_cell = (
            f"{gold_hit[0] / gold_total:.3f} → {gold_hit[1] / gold_total:.3f}"
            if gold_total
            else "–"
        )
        other_cell = f"{other[0]} → {other[1]}" if rows[0][1] is not None else "–"
        print(
            f"| {name} | {n} | {ran[0] / n:.1%} → {ran[1] / n:.1%} | {differ} | {more} | "
            f"{less} | {gold_cell} | {other_cell} |"
        )


def _own_values(args: argparse.Namespace) -> None:
    """`--own`: each labelled text as a reply to the user whose values are its gold spans
    (a bot that repeats the user's name, address, e-mail). The gate skips the model where
    every word that would make it run is one own value's; the judge keeps such names
    anyway, so the guarded text should not change. Compared: `check(text, own).text` with
    the gate as shipped and with the gate blind to own values (the gate before)."""
    from piiguard.detection.engine import Detector
    from piiguard.reply_guard import ReplyGuard

    class Blind(ReplyGuard):
        def _own_words(self, own_values: Any) -> None:
            return None

    detector = Detector.default()
    blind, gated = Blind(detector), ReplyGuard(detector)
    print("| set | texts with own values | model ran, blind → own-aware | guarded text differs |")
    print("|---|---|---|---|")
    shown = 0
    for name, rows in _sets(args.limit).items():
        ran = [0, 0]
        differ = n = 0
        for text, gold in rows:
            if not gold:
                continue
            n += 1
            own = [text[start:end] for start, end in gold]
            outs = []
            for k, guard in enumerate((blind, gated)):
                plan = guard._plan(text, 0, guard._own_words(own))
                ran[k] += plan is not None and not plan[1]
                outs.append(guard.check(text, own).text)
            if outs[0] != outs[1]:
                differ += 1
                if shown < args.show:
                    print(f"    own:   {own!r}\n    blind: {outs[0]!r}\n    aware: {outs[1]!r}")
                    shown += 1
        if n:
            print(f"| {name} | {n} | {ran[0] / n:.1%} → {ran[1] / n:.1%} | {differ} |")


if __name__ == "__main__":
    main()
