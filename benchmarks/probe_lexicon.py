"""What the ordinary-word rule (`piiguard.detection.lexicon`) drops, on text it was not
tuned for: clean chat and labelled names.

    python benchmarks/probe_lexicon.py            # all three probes
    python benchmarks/probe_lexicon.py --show 40  # and print up to 40 dropped spans each

1. Clean chat: every line of `chatterbot-corpus` (BSD-3; English, German, French,
   Spanish, Italian, Dutch dialogues; no Polish) through `Detector.default()` with the rule
   off and on (the same recognizers, the default policy otherwise): lines with a PERSON or
   ORGANIZATION masked. These dialogues name public figures ("who is Einstein"), so not
   every name left is an error.
2. Names: `benchmarks/data/ner_eval.jsonl` (the model's held-out set, 1,500 messages with
   gold PERSON, LOCATION, ORGANIZATION): gold characters covered with the rule off and on,
   and the gold spans the rule uncovers.
3. Names in frames: 60 Faker names per locale (a third surname only, a fifth of the
   messages lower-cased) in four frames per language written for this probe ("Bitte
   schick das an {name}, danke", "Mijn collega {name} belt morgen", ...): messages whose
   name is under 90 % covered, policy word-list rules off and on.
   The same with `HELD_OUT_FRAMES` (other frames and names, written after the cue and
   particle rules and never tuned on).
4. Names from elsewhere: the 3,000 given names, surnames and mothers' maiden names of
   presidio-evaluator's FakeNameGenerator sample (24 name sets; none of its names were
   used to build the list): the share the list calls ordinary, i.e. the share the rule
   would drop if the model found that name alone with no cue before it; and the share
   of them written in capitals ("Please ask NGUYEN about it") that the identifier rule
   (`piiguard.detection.policy.identifier_token`) would drop.

Before/after a change to the rules: run the probe in both checkouts (it is
deterministic: no timing).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from piiguard._types import Span  # noqa: E402
from piiguard.detection.engine import Detector  # noqa: E402
from piiguard.detection.lexicon import Lexicon  # noqa: E402
from piiguard.detection.policy import PersonalDataPolicy  # noqa: E402
from piiguard.detection.registry import default_recognizers  # noqa: E402

CORPUS_LANGS = {"english": "en", "german": "de", "french": "fr", "spanish": "es",
                "italian": "it", "dutch": "nl"}  # fmt: skip
NAMES = ("GivenName", "Surname", "MothersMaiden")


def chatterbot_lines() -> Iterator[tuple[str, str]]:
    import chatterbot_corpus
    import yaml

    root = Path(chatterbot_corpus.__file__).parent / "data"
    for folder, lang in CORPUS_LANGS.items():
        for path in sorted((root / folder).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for conversation in data.get("conversations") or []:
                for line in conversation:
                    if isinstance(line, str) and line.strip():
                        yield lang, line.strip()


def names_of(spans: list[Span]) -> list[Span]:
    return [s for s in spans if s.label in ("PERSON", "ORGANIZATION")]


def probe_clean(off: Detector, on: Detector, show: int) -> None:
    counts: dict[str, list[int]] = {}
    dropped: list[str] = []
    for lang, line in chatterbot_lines():
        before, after = names_of(off.detect(line)), names_of(on.detect(line))
        c = counts.setdefault(lang, [0, 0, 0])
        c[0] += 1
        c[1] += bool(before)
        c[2] += bool(after)
        dropped += [f"{lang} {s.label} {line[s.start:s.end]!r}" for s in before if s not in after]
    print("| lang | lines | with PERSON/ORG, rule off | rule on |\n|---|---|---|---|")
    for lang, (n, b, a) in counts.items():
        print(f"| {lang} | {n} | {b} ({b / n:.1%}) | {a} ({a / n:.1%}) |")
    print(f"\n{len(dropped)} spans dropped; first {show}:", *dropped[:show], sep="\n  ")


def probe_gold(off: Detector, on: Detector, show: int) -> None:
    path = REPO / "benchmarks" / "data" / "ner_eval.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    totals = {"off": 0, "on": 0, "gold": 0}
    lost: list[str] = []
    for row in rows:
        text = row["text"]
        gold = {i for start, end, _ in row["spans"] for i in range(start, end)}
        cover = {}
        for name, detector in (("off", off), ("on", on)):
            cover[name] = {i for s in detector.detect(text) for i in range(s.start, s.end)}
            totals[name] += len(gold & cover[name])
        totals["gold"] += len(gold)
        for start, end, label in row["spans"]:
            chars = set(range(start, end))
            if chars & cover["off"] - cover["on"]:
                lost.append(f"{label} {text[start:end]!r} in {text!r}")
    g = totals["gold"]
    print(f"\nner_eval.jsonl ({len(rows)} messages): gold characters covered, rule off "
          f"{totals['off'] / g:.4f}, rule on {totals['on'] / g:.4f}; "
          f"{len(lost)} gold spans lost characters")
    print(*lost[:show], sep="\n  ")


FRAMES = {
    "de_DE": ("Hallo, ich bin {n} und habe eine Frage zur Rechnung",
              "Bitte schick das an {n}, danke", "Mein Kollege {n} ruft morgen an", "Grüße, {n}"),
    "nl_NL": ("Hoi, ik ben {n} en ik heb een vraag", "Stuur het naar {n} alsjeblieft",
              "Mijn collega {n} belt morgen", "Groetjes, {n}"),
    "it_IT": ("Ciao, sono {n} e ho una domanda", "Mandalo a {n} per favore",
              "Il mio collega {n} chiama domani", "Saluti, {n}"),
    "pl_PL": ("Cześć, tu {n}, mam pytanie", "Wyślij to do {n}, dzięki",
              "Mój kolega {n} zadzwoni jutro", "Pozdrawiam, {n}"),
    "fr_FR": ("Bonjour, je suis {n} et j'ai une question", "Envoie-le à {n} stp",
              "Mon collègue {n} appelle demain", "Cordialement, {n}"),
    "es_ES": ("Hola, soy {n} y tengo una pregunta", "Envíalo a {n} por favor",
              "Mi colega {n} llama mañana", "Saludos, {n}"),
    "en_GB": ("Hi, I'm {n} and I have a question", "Please send it to {n}, thanks",
              "My colleague {n} will call tomorrow", "Cheers, {n}"),
}  # fmt: skip


# Written after the cue and particle rules (branch precision2) and never tuned on.
HELD_OUT_FRAMES = {
    "de_DE": ("Meine Schwester {n} kommt heute vorbei", "Ich habe gestern mit {n} telefoniert",
              "Frau {n} hat angerufen", "Kannst du {n} Bescheid sagen?"),
    "nl_NL": ("Mijn zus {n} komt vandaag langs", "Ik heb gisteren met {n} gebeld",
              "Mevrouw {n} heeft gebeld", "Kun je {n} even laten weten?"),
    "it_IT": ("Mia sorella {n} passa oggi", "Ho parlato ieri con {n}",
              "La signora {n} ha chiamato", "Puoi avvisare {n}?"),
    "pl_PL": ("Moja siostra {n} wpadnie dzisiaj", "Wczoraj rozmawiałem z {n}",
              "Pani {n} dzwoniła", "Możesz dać znać {n}?"),
    "fr_FR": ("Ma sœur {n} passe aujourd'hui", "J'ai parlé hier avec {n}",
              "Madame {n} a appelé", "Tu peux prévenir {n} ?"),
    "es_ES": ("Mi hermana {n} viene hoy", "Ayer hablé con {n}", "La señora {n} llamó",
              "¿Puedes avisar a {n}?"),
    "en_GB": ("My sister {n} is coming over today", "I spoke with {n} yesterday",
              "Mrs {n} called", "Can you let {n} know?"),
}  # fmt: skip


def probe_frames(off: Detector, on: Detector, *, held_out: bool = False) -> None:
    import random

    from faker import Faker

    rng = random.Random(11 if held_out else 5)
    title = "held-out frames" if held_out else "frames"
    print(f"\n| locale | messages ({title}) | name under 90 % covered, rules off | rules on |")
    print("|---|---|---|---|")
    for locale, frames in (HELD_OUT_FRAMES if held_out else FRAMES).items():
        faker = Faker(locale)
        faker.seed_instance(23 if held_out else 7)
        under = {"off": 0, "on": 0}
        for i in range(60):
            name = f"{faker.first_name()} {faker.last_name()}" if i % 3 else faker.last_name()
            text = rng.choice(frames).format(n=name)
            if i % 5 == 0:
                text, name = text.lower(), name.lower()
            start = text.index(name)
            chars = set(range(start, start + len(name)))
            for key, detector in (("off", off), ("on", on)):
                covered = {k for s in detector.detect(text) for k in range(s.start, s.end)}
                under[key] += len(chars & covered) < 0.9 * len(chars)
        print(f"| {locale} | 60 | {under['off']} | {under['on']} |")


def probe_names(show: int) -> None:
    import presidio_evaluator

    path = (Path(presidio_evaluator.__file__).parent / "data_generator" / "raw_data"
            / "FakeNameGenerator.com_3000.csv")  # fmt: skip
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    lexicon = Lexicon.load()
    print("\n| FakeNameGenerator field | names | called ordinary | examples |\n|---|---|---|---|")
    for field in NAMES:
        values = [r[field] for r in rows if r[field]]
        bad = [v for v in values if lexicon.ordinary_phrase(v, 0, len(v))]
        print(f"| {field} | {len(values)} | {len(bad)} ({len(bad) / len(values):.2%}) | "
              f"{', '.join(sorted(set(bad))[:show])} |")
    full = [f"{r['GivenName']} {r['Surname']}" for r in rows]
    bad_full = [v for v in full if lexicon.ordinary_phrase(v, 0, len(v))]
    examples = ", ".join(bad_full[:show])
    print(f"| given name + surname | {len(full)} | {len(bad_full)} | {examples} |")
    if hasattr(lexicon, "german_phrase"):
        frame = "Ich habe gestern mit {} gesprochen, danke"
        print("\n| FakeNameGenerator field, capitalised in a German sentence | names | called "
              "German nouns (`german_phrase`) | examples |\n|---|---|---|---|")
        for field in NAMES:
            values = [r[field] for r in rows if r[field]]
            bad = [v for v in values
                   if lexicon.german_phrase(frame.format(v), 20, 20 + len(v))]  # fmt: skip
            print(f"| {field} | {len(values)} | {len(bad)} ({len(bad) / len(values):.2%}) | "
                  f"{', '.join(sorted(set(bad))[:show])} |")
        bad_full = [v for v in full if lexicon.german_phrase(frame.format(v), 20, 20 + len(v))]
        print(f"| given name + surname | {len(full)} | {len(bad_full)} | "
              f"{', '.join(bad_full[:show])} |")
    try:
        from piiguard.detection.policy import identifier_token
    except ImportError:  # a checkout from before the identifier rule
        return
    print("\n| FakeNameGenerator field, in capitals in a cased sentence | names | called an "
          "identifier | examples |\n|---|---|---|---|")
    for field in NAMES:
        values = [r[field].upper() for r in rows if r[field]]
        frame = "Please ask {} about it"
        bad = [v for v in values
               if identifier_token(frame.format(v), 11, 11 + len(v), lexicon)]  # fmt: skip
        print(f"| {field} | {len(values)} | {len(bad)} ({len(bad) / len(values):.2%}) | "
              f"{', '.join(sorted(set(bad))[:show])} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--skip", default="",
                    help="comma-separated: clean, gold, frames, heldout, names")
    args = ap.parse_args(argv)
    skip = set(args.skip.split(","))
    recognizers = default_recognizers()
    off = Detector(recognizers, policy=PersonalDataPolicy(
        drop_ordinary_words=False, names_over_places=False, complete_names=False,
        names_after_cues=False, drop_identifiers=False, joined_names=False,
        places_over_names=False,
    ))
    on = Detector(recognizers, policy=PersonalDataPolicy())
    if "clean" not in skip:
        probe_clean(off, on, args.show)
    if "gold" not in skip:
        probe_gold(off, on, args.show)
    if "frames" not in skip:
        probe_frames(off, on)
    if "heldout" not in skip:
        probe_frames(off, on, held_out=True)
    if "names" not in skip:
        probe_names(args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
