"""Credentials, IDs and bank accounts in short chat messages (seven languages), and clean
look-alikes (order numbers, prices, versions, hotlines, tickets), on a frozen set.

    python benchmarks/bench_chat_breadth.py                # Detector.patterns()
    python benchmarks/bench_chat_breadth.py --stage full   # Detector.default()

`benchmarks/data/chat_breadth.jsonl`: one message a line with its category
(`credential`, `id`, `account` or `clean`), language and the value that must be masked.
A value counts as found when one detected span covers at least 80% of it and is not more
than twice its length (a credential must be masked whole); a clean message counts as
flagged when anything is detected in it. The set was written by the engineer who built
the recognizers (issue 16), so it shows what the rules cover, not a held-out score.

The held-out set (`--set heldout`, `data/chat_breadth_heldout_v1.jsonl`, built by
`chat_eval/make_breadth_heldout.py` by an evaluator who had not read the recognizers) has
exact gold spans. There a message counts as found when every gold span has at least 90%
of its characters covered by detected spans of any label (a password masked as anything
still protects the user), and a clean message counts as flagged when anything at all is
detected in it. `--set heldout2` scores the second set the same way
(`data/chat_breadth_heldout_v2.jsonl`, `chat_eval/make_breadth_v2.py`, written after v1 had
been used to fix the recognizers). `--set probe` scores the long-tail probe set the same way
(`data/chat_breadth_probe_v1.jsonl`, `chat_eval/make_breadth_probe.py`: fresh phrasings in
the seven languages, phone numbers as a fifth category); `--set probe2` the second probe
(`data/chat_breadth_probe_v2.jsonl`, written after v1 had been used to fix the rules);
`--set probe3` the third (`data/chat_breadth_probe_v3.jsonl`, `make_probe_v3.py`: chat
typos, groups, own lines, mixed languages, written before reading the recognizers);
`--set probe4` the fourth (`data/chat_breadth_probe_v4.jsonl`, `make_probe_v4.py`: values
named after them, wrong check digits, lone values, IDs of many countries; each row has a
`kind`, and `lone` rows are a whole message typed in answer to a bot question; the report
adds a table per category and kind); `--set probe5` the fifth
(`data/chat_breadth_probe_v5.jsonl`, `make_probe_v5.py`: written blind, with `kind` per row
as in probe4, plus clean look-alikes named before or after, lone references, documentation
examples); `--set probe7` the seventh (`data/chat_breadth_probe_v7.jsonl`,
`chat_eval/make_probe_v7.py`: written blind and committed before any detector ran on it;
350 messages, 50 per language, kinds `before`/`after`/`lone`/`group`/`bare`, clean kinds per
look-alike family); `--set probe8` the eighth (`data/chat_breadth_probe_v8.jsonl`,
`chat_eval/make_probe_v8.py`: written blind and committed before any detector ran on it;
350 messages, 50 per language, 36% hard clean look-alikes beside personal-data words, values
named after, in parentheses, split over two lines, after a typo, lone, grouped, lowercase,
in mixed languages); `--set probe9` the ninth (`data/chat_breadth_probe_v9.jsonl`,
`chat_eval/make_probe_v9.py`: written blind and committed before any detector ran on it,
kept for one final generalization check; 350 messages, 50 per language, kinds
`inline`/`after`/`quoted`/`ownline`/`multi`/`typo`/`lone`, 36% clean look-alikes beside
personal-data words, with one kind per look-alike family); `--set probe10` the tenth
(`data/chat_breadth_probe_v10.jsonl`, `chat_eval/make_probe_v10.py`: written blind and
committed before any detector ran on it; 350 messages, 50 per language, kinds
`inline`/`colon`/`after`/`ownline`/`multi`/`typo`/`plain`/`lone`, clean kinds per look-alike
family); `--set probe11` the eleventh (`data/chat_breadth_probe_v11.jsonl`,
`make_probe11.py`: written blind and committed before any detector ran on it; 350 messages,
50 per language, IDs with valid check digits drawn from a seeded generator, kinds
`inline`/`colon`/`before`/`quoted`/`ownline`/`multi`/`typo`/`lower`/`plain`/`switch` and
phone-format kinds, clean kinds per look-alike family); `--set probe12` the twelfth
(`data/chat_breadth_probe_v12.jsonl`, `make_probe12.py`: written blind and committed before
any detector ran on it; 350 messages, 50 per language, IDs and accounts with valid check
digits, IBAN-less accounts, phones in national, international and odd forms); `--set probe13`
the thirteenth (`data/chat_breadth_probe_v13.jsonl`, `make_probe13.py`: written blind and
committed before any detector ran on it; 350 messages, 50 per language, people and places:
categories `person`, `address`, `email`, `dob` (date of birth) and `card`, scored the same
way, and clean look-alikes such as public figures, brands, streets and dates); `--set probe14`
the fourteenth (`data/chat_breadth_probe_v14.jsonl`, `make_probe14.py`: written blind and
committed before any detector ran on it; 350 longer messages, 50 per language, mixing several
kinds of personal data in one message, scored the same way); `--set probe15` the fifteenth
(`data/chat_breadth_probe_v15.jsonl`, `make_probe15.py`: written blind and committed before
any detector ran on it; 420 everyday chat messages, 60 per language, 36 of them clean and
hard (capitalised nouns, brands, places, public figures, references, dates, quantities,
pets, words that look like names) and 24 personal, to measure precision); `--set probe16`
the sixteenth (`data/chat_breadth_probe_v16.jsonl`, `make_probe16.py`: written blind and
committed before any detector ran on it; 420 messages, 60 per language, who people are and
how they log in: names of the people who live in the seven countries in many layouts,
usernames, handles, passwords, PINs, security answers, plates, VINs, passports, insurance and
student numbers; clean rows with public figures, fictional characters, brands, streets and
companies' handles); `--set probe17` the seventeenth (`data/chat_breadth_probe_v17.jsonl`,
`make_probe17.py`: written blind and committed before any detector ran on it; 420 messages,
60 per language, what people paste into support and developer chats: secrets in configs,
commands and connection strings, tokens of well-known shapes, PINs and one-time codes, bank
details, e-mails and phones in logs and stack traces (category `contact`); clean rows with
placeholders, hashes, request ids, versions, error codes and tracking numbers);
`--set probe18` the eighteenth (`data/chat_breadth_probe_v18.jsonl`, `make_probe18.py`:
written blind and committed before any detector ran on it; 420 messages, 60 per language,
people who live across borders: phones of countries beyond western Europe and the US,
national IDs and tax numbers with valid check digits, residence permits and visas, foreign
bank accounts, addresses abroad, dates of birth; clean rows with amounts, flights, bookings,
parcels, invoices, companies' numbers and hotlines); `--set probe19` the nineteenth
(`data/chat_breadth_probe_v19.jsonl`, `make_probe19.py`: written blind and committed before
any detector ran on it; 350 messages, 50 per language, values as people dictate, spell and
obscure them: digits as words, spelling alphabets and "A as in Anna", e-mails spelled out,
a character between every character, full-width and Arabic-Indic digits, voice-note
transcripts, values split over lines; clean rows with counting, times, prices, recipes,
scores, keypad instructions and spelled words that are not personal); `--set probe20` the
twentieth (`data/chat_breadth_probe_v20.jsonl`, `make_probe20.py`: written blind and committed
before any detector ran on it; 350 messages, 50 per language, personal data inside structured
content pasted into chat: forms, signatures, quoted and forwarded mails, JSON, YAML, INI, CSV,
markdown tables, SQL, XML, vCards, invitations, log lines, Wi-Fi and authenticator QR payloads,
basic-auth headers, OCR'd ID cards, passports' MRZ, bank letters and parcel labels; clean rows
of the same shapes without personal values: empty forms, placeholders, configs, logs with ids
and hashes, product tables, schemas, receipts, companies' signatures and notices);
`--set probe21` the twenty-first (`data/chat_breadth_probe_v21.jsonl`, `make_probe21.py`:
written blind and committed before any detector ran on it; 1,260 messages, 180 per language, 15
in each of eight categories (`person`, `email`, `phone`, `address`, `id`, `account`,
`credential`, `dob`) and 60 clean: personal data in pasted messages and conversations: e-mail
signatures, forwarded-mail headers, quoted replies, WhatsApp, Telegram and Teams/Slack exports,
forwarded SMS, call-centre and speech-to-text transcripts, out-of-office replies; clean rows
with the company's own signature, switchboard and hotline, bot and product names, public
figures, support addresses, ticket numbers, dates that are not birthdays and quoted text);
`--set probe22` the twenty-second (`data/probe22.jsonl`, `make_probe22.py`: written blind and
committed before any detector ran on it; 1,302 messages, 186 per language, 14 in each of nine
categories (the eight of probe21 and `card`) and 60 clean: JSON, YAML, CSV, `key=value` logs,
URLs with query parameters, markdown tables, HTML form dumps, `.env` files, DSNs, curl
commands, kubeconfigs, docker login, voice-to-text with numbers as words, no-diacritics,
all-caps and lower-case typing, mixed-language messages, emoji and markdown, forwarded forms;
clean rows of the same genres: orders, deployments, product tables, request logs with UUIDs,
tracking URLs, releases with commit hashes, placeholders, order numbers read out, carriers'
hotlines).
`--trees DIR ...` scores several checkouts in one run, each detecting in its own subprocess
with `PYTHONPATH=DIR`, so main and a branch are compared side by side:

    python benchmarks/bench_chat_breadth.py --set heldout --stage full \
        --trees /work/main /work/wt-breadth2 --show-misses
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

DATA = Path(__file__).resolve().parent / "data" / "chat_breadth.jsonl"
HELDOUT = Path(__file__).resolve().parent / "data" / "chat_breadth_heldout_v1.jsonl"
HELDOUT_V2 = Path(__file__).resolve().parent / "data" / "chat_breadth_heldout_v2.jsonl"
PROBE = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v1.jsonl"
PROBE_V2 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v2.jsonl"
PROBE_V3 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v3.jsonl"
PROBE_V4 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v4.jsonl"
PROBE_V5 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v5.jsonl"
PROBE_V7 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v7.jsonl"
PROBE_V8 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v8.jsonl"
PROBE_V9 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v9.jsonl"
PROBE_V10 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v10.jsonl"
PROBE_V21 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v21.jsonl"
PROBE_V11 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v11.jsonl"
PROBE_V12 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v12.jsonl"
PROBE_V13 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v13.jsonl"
PROBE_V14 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v14.jsonl"
PROBE_V15 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v15.jsonl"
PROBE_V16 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v16.jsonl"
PROBE_V17 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v17.jsonl"
PROBE_V18 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v18.jsonl"
PROBE_V19 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v19.jsonl"
PROBE_V20 = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v20.jsonl"
PROBE_V22 = Path(__file__).resolve().parent / "data" / "probe22.jsonl"
CATEGORIES = (
    "credential",
    "id",
    "account",
    "phone",
    "person",
    "address",
    "email",
    "dob",
    "card",
    "contact",
    "clean",
)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
MIN_COVER = 0.9

Detected = list[tuple[int, int, str]]


def covers(span: tuple[int, int], value: tuple[int, int]) -> bool:
    inter = max(0, min(span[1], value[1]) - max(span[0], value[0]))
    length = value[1] - value[0]
    return inter >= 0.8 * length and span[1] - span[0] <= 2 * length


def _detector(stage: str) -> Any:
    from piiguard import Detector

    return Detector.patterns() if stage == "patterns" else Detector.default()


def dump(stage: str, data: Path) -> int:
    """Print `{id: [[start, end, label], ...]}` for every message (run inside one tree)."""
    detector = _detector(stage)
    out: dict[str, Detected] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["id"]] = [(s.start, s.end, s.label) for s in detector.detect(row["text"])]
    import piiguard

    json.dump({"piiguard": str(Path(piiguard.__file__).parent), "spans": out}, sys.stdout)
    return 0


def detect_in_tree(tree: Path, stage: str, data: Path) -> dict[str, Detected]:
    """Run `dump` in a subprocess importing piiguard from `tree`."""
    return dump_in_tree(tree, __file__, "--stage", stage, "--data", str(data))


def dump_in_tree(tree: Path, script: str, *options: str) -> dict[str, Detected]:
    """`script --dump *options` in a subprocess importing piiguard from `tree`: the spans
    it prints per message id, checked to come from that tree's piiguard."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cmd = [sys.executable, script, "--dump", *options]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"detection in {tree} failed:\n{proc.stderr[-2000:]}")
    payload: dict[str, Any] = json.loads(proc.stdout)
    imported = Path(payload["piiguard"]).resolve()
    if not imported.is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree}: piiguard was imported from {imported}, not from the tree")
    raw: dict[str, list[list[Any]]] = payload["spans"]
    return {key: [(int(a), int(b), str(c)) for a, b, c in spans] for key, spans in raw.items()}


def covered_chars(gold: tuple[int, int], detected: Detected) -> int:
    """Characters of `gold` inside the union of the detected spans."""
    marks = [False] * (gold[1] - gold[0])
    for start, end, _ in detected:
        for i in range(max(start, gold[0]), min(end, gold[1])):
            marks[i - gold[0]] = True
    return sum(marks)


def score_heldout(rows: list[dict[str, Any]], detected: dict[str, Detected]) -> dict[str, Any]:
    """Per (category, lang): messages, found (clean: not flagged), gold chars, covered chars."""
    cells: dict[tuple[str, str], list[int]] = {}
    kinds: dict[tuple[str, str], list[int]] = {}
    missed: list[str] = []
    flagged: list[str] = []
    for row in rows:
        spans = detected[row["id"]]
        cell = cells.setdefault((row["category"], row["lang"]), [0, 0, 0, 0])
        cell[0] += 1
        if row["category"] == "clean":
            ok = not spans
            if not ok:
                text = row["text"]
                found = ", ".join(f"{label} {text[a:b]!r}" for a, b, label in spans)
                flagged.append(f"{row['id']}: {found}")
        else:
            ok = True
            notes = []
            for gold in row["spans"]:
                g = (gold["start"], gold["end"])
                got = covered_chars(g, spans)
                cell[2] += g[1] - g[0]
                cell[3] += got
                if got < MIN_COVER * (g[1] - g[0]):
                    ok = False
                    near = sorted({lab for a, b, lab in spans if a < g[1] and b > g[0]})
                    seen = f"{got}/{g[1] - g[0]} chars" + (f" as {'/'.join(near)}" if near else "")
                    notes.append(f"{gold['label']} ({seen})")
            if not ok:
                missed.append(f"{row['id']}: " + "; ".join(notes))
        cell[1] += ok
        if "kind" in row:
            kind = kinds.setdefault((row["category"], row["kind"]), [0, 0])
            kind[0] += 1
            kind[1] += ok
    return {"cells": cells, "kinds": kinds, "missed": missed, "flagged": flagged}


def _share(num: int, den: int) -> str:
    return f"{num}/{den}" if den else "-"


def report_heldout(
    rows: list[dict[str, Any]], results: dict[str, dict[str, Any]], show: bool
) -> None:
    names = list(results)
    present = [c for c in CATEGORIES if any(row["category"] == c for row in rows)]
    print(f"held-out set: {len(rows)} messages; cells are found/messages (clean: not flagged)")
    print()
    print("| category | lang | " + " | ".join(names) + " |")
    print("|---|---|" + "---:|" * len(names))
    for category in present:
        for lang in (*LANGS, "all"):
            vals = []
            for name in names:
                cells = results[name]["cells"]
                keys = [k for k in cells if k[0] == category and (lang == "all" or k[1] == lang)]
                n = sum(cells[k][0] for k in keys)
                ok = sum(cells[k][1] for k in keys)
                vals.append(
                    f"{_share(ok, n)} ({ok / n:.2f})" if lang == "all" and n else _share(ok, n)
                )
            label = f"**{category}**" if lang == "all" else category
            print(f"| {label} | {lang} | " + " | ".join(vals) + " |")
    kinds = sorted({k for name in names for k in results[name]["kinds"]})
    if kinds:  # probe4 rows say how the value is written (named after it, lone, ...)
        print()
        print("| category | kind | " + " | ".join(names) + " |")
        print("|---|---|" + "---:|" * len(names))
        for category, kind in sorted(kinds, key=lambda k: (CATEGORIES.index(k[0]), k[1])):
            vals = [
                _share(*results[name]["kinds"].get((category, kind), [0, 0])[::-1])
                for name in names
            ]
            print(f"| {category} | {kind} | " + " | ".join(vals) + " |")
    print()
    print("| character coverage of gold spans | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for category in (c for c in present if c != "clean"):
        vals = []
        for name in names:
            cells = results[name]["cells"]
            chars = sum(c[2] for k, c in cells.items() if k[0] == category)
            got = sum(c[3] for k, c in cells.items() if k[0] == category)
            vals.append(f"{got / chars:.3f}" if chars else "-")
        print(f"| {category} | " + " | ".join(vals) + " |")
    if show:
        for name in names:
            print(f"\n{name}: missed (gold label, characters covered, labels seen there)")
            for line in results[name]["missed"]:
                print(f"  {line}")
            print(f"{name}: clean messages flagged")
            for line in results[name]["flagged"]:
                print(f"  {line}")


def git_head(tree: Path) -> str:
    proc = subprocess.run(
        ["git", "-C", str(tree), "log", "-1", "--format=%h %s"], capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(tree), "status", "--porcelain", "--untracked-files=no", "piiguard"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return proc.stdout.strip()[:70] + (" (+ uncommitted piiguard changes)" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=("patterns", "full"), default="patterns")
    parser.add_argument(
        "--set",
        choices=(
            "own",
            "heldout",
            "heldout2",
            "probe",
            "probe2",
            "probe3",
            "probe4",
            "probe5",
            "probe7",
            "probe8",
            "probe9",
            "probe10",
            "probe11",
            "probe12",
            "probe13",
            "probe14",
            "probe15",
            "probe16",
            "probe17",
            "probe18",
            "probe19",
            "probe20",
            "probe21",
            "probe22",
        ),
        default="own",
        dest="which",
    )
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--trees", type=Path, nargs="+", default=None)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.data is None:
        args.data = {
            "heldout": HELDOUT,
            "heldout2": HELDOUT_V2,
            "probe": PROBE,
            "probe2": PROBE_V2,
            "probe3": PROBE_V3,
            "probe4": PROBE_V4,
            "probe5": PROBE_V5,
            "probe7": PROBE_V7,
            "probe8": PROBE_V8,
            "probe9": PROBE_V9,
            "probe10": PROBE_V10,
            "probe11": PROBE_V11,
            "probe12": PROBE_V12,
            "probe13": PROBE_V13,
            "probe14": PROBE_V14,
            "probe15": PROBE_V15,
            "probe16": PROBE_V16,
            "probe17": PROBE_V17,
            "probe18": PROBE_V18,
            "probe19": PROBE_V19,
            "probe20": PROBE_V20,
            "probe21": PROBE_V21,
            "probe22": PROBE_V22,
        }.get(args.which, DATA)
    if args.dump:
        return dump(args.stage, args.data)
    if args.which != "own":
        rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
        trees = args.trees or [Path(__file__).resolve().parents[1]]
        results: dict[str, dict[str, Any]] = {}
        for tree in trees:
            print(f"{tree}: {git_head(tree)}", flush=True)
            results[tree.name] = score_heldout(rows, detect_in_tree(tree, args.stage, args.data))
        print()
        report_heldout(rows, results, args.show_misses)
        return 0

    detector = _detector(args.stage)
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line]
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for row in rows:
        text, category = row["text"], row["category"]
        spans = [(s.start, s.end) for s in detector.detect(text)]
        total[category] += 1
        if category == "clean":
            ok = not spans
        else:
            start = text.index(row["value"])
            ok = any(covers(span, (start, start + len(row["value"]))) for span in spans)
        hits[category] += ok
        if not ok and args.show_misses:
            found = [text[s:e] for s, e in spans]
            print(f"  miss [{category}/{row['lang']}] {text!r} -> {found}")
    print("| category | messages | found (clean: not flagged) | share |")
    print("|---|---:|---:|---:|")
    for category in (c for c in CATEGORIES if total[c]):
        share = hits[category] / total[category] if total[category] else 0.0
        print(f"| {category} | {total[category]} | {hits[category]} | {share:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
