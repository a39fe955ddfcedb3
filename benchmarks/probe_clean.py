"""Clean chat that nobody tuned on: how many clean messages get anything masked, per
language, and what was masked.

    python benchmarks/probe_clean.py                  # Detector.default() of this checkout
    python benchmarks/probe_clean.py --ref /work/main # and of another checkout, side by side
    python benchmarks/probe_clean.py --set v2         # the second set (default v1)
    python benchmarks/probe_clean.py --set v2 --show none   # tables only
    python benchmarks/probe_clean.py --set v3         # the third set (real text, fp9)
    python benchmarks/probe_clean.py --set v4         # the fourth set (real text, fp10)
    python benchmarks/probe_clean.py --set v5         # the fifth set (real text, fp12)
    python benchmarks/probe_clean.py --set v6         # the sixth set (real text, fp13)
    python benchmarks/probe_clean.py --set v7         # the seventh set (technical chat, fp14)
    python benchmarks/probe_clean.py --set v8         # the eighth set (trackers, Q&A, lists, fp16)
    python benchmarks/probe_clean.py --set v9         # the ninth set (a CMS, a list server, fp17)
    python benchmarks/probe_clean.py --set v10        # the tenth set (system programs, fp18)

`benchmarks/data/clean_probe_v10.jsonl` (`--set v10`, built by `build_clean_probe_v10.py`,
committed before any detector ran on it, branch fp18): 700 real lines, 100 per language:
the messages of the programs a computer runs, from the gettext catalogues Debian 12
installs under /usr/share/locale (`packages`: apt, dpkg, PackageKit, adduser; `shell`: GNU
coreutils, findutils, grep, sed, tar, bash, wget, make; `system`: GLib, systemd, shadow,
PAM, GnuTLS, GStreamer, AppStream); each line checked with wordfreq to be written in its
language. Read by hand for personal data: none found.

`benchmarks/data/clean_probe_v9.jsonl` (`--set v9`, built by `build_clean_probe_v9.py`,
committed before any detector ran on it, branch fp17): 699 real lines, 98-99 per
language: a CMS's messages to its users and editors (`site`: Plone's catalogues, Polish
all Plone) and GNU Mailman's core (`lists`: commands, replies, held messages); each line
checked with wordfreq to be written in its language. Read by hand for personal data: one
example name ("np. Jan Kowalski") left out.

`benchmarks/data/clean_probe_v8.jsonl` (`--set v8`, built by `build_clean_probe_v8.py`,
committed before any detector ran on it, branch fp16): 717 real lines, 100-105 per
language: an issue tracker's messages (`tracker`: Trac), a question-and-answer site's
(`qa`: askbot), GNU Mailman's web parts (`lists`: postorius, hyperkitty); each line checked
with wordfreq to be written in its language. Read by hand for personal data: none found.

`benchmarks/data/clean_probe_v7.jsonl` (`--set v7`, built by `build_clean_probe_v7.py`,
committed before any detector ran on it, branch fp14): 695 real technical and support
lines, 95-99 per language: help-desk and coding chat (`support`: chatterbot-corpus's
tech_support, coding and computers categories, en and it), a documentation build's
messages (`docs`: Sphinx), a BitTorrent client's (`torrent`: Deluge), a file sharing
client's (`p2p`: Nicotine+), a localization server's repository and API messages (`vcs`:
Weblate); each line checked with wordfreq to be written in its language. Read by hand for
personal data: none found; one line names a public figure.

`benchmarks/data/clean_probe_v6.jsonl` (`--set v6`, built by `build_clean_probe_v6.py`,
committed before any detector ran on it, branch fp13): 723 real lines from thirteen PyPI
packages no earlier set used, 100-105 per language: shop and payment messages (`shop`:
Cartridge, django-shop, django-payments), a shared budget's (`money`: ihatemoney), forum
and comment messages (`forum`: django-spirit, django-comments-xtd), an API's validation
errors (`api`: djangorestframework), account messages (`account`: djoser, dj-rest-auth,
django-user-accounts, django-registration-redux), CMS and file messages (`cms`: django-cms,
django-filer); named placeholders about no person rendered with fixed fillers ("150
characters"). Read by hand for personal data: none found.

`benchmarks/data/clean_probe_v5.jsonl` (`--set v5`, built by `build_clean_probe_v5.py`,
committed before any detector ran on it, branch fp12): 530 real lines from sources no earlier
set used, weighted to the six languages other than English (de fr es pl 86, it nl 78, en 30):
indico 3.2.9's event, registration and booking messages (`events`, MIT), django-helpdesk
2.6.1's support-ticket messages (`support`, BSD-3-Clause), django-two-factor-auth 1.18.1 and
Flask-Security-Too 5.9.2's account messages (`account`, MIT), django-machina 1.3.1's forum
messages (`forum`, BSD-3-Clause), mezzanine 6.1.1's site messages (`site`, BSD-2-Clause);
half drawn from lines with a capitalised word inside a sentence or a digit. Read by hand
for personal data: none found.

`benchmarks/data/clean_probe_v4.jsonl` (`--set v4`, built by `build_clean_probe_v4.py`,
committed before any detector ran on it, branch fp10): 572 real lines from sources no earlier
set used, all seven languages: django-oscar 4.2.1's shop messages (`shop`, BSD-3-Clause),
django-allauth 65.22.1's account messages (`account`, MIT), wagtail 8.0.1's admin messages
(`cms`, BSD-3-Clause), ~34/20/20 per language, half drawn from lines with a capitalised
word inside a sentence or a digit; and spaCy 3.8's example sentences (`news`, MIT:
headlines and questions with companies, cities, sums). Read by hand for personal data.

`benchmarks/data/clean_probe_v3.jsonl` (`--set v3`, built by `build_clean_probe_v3.py`,
committed before any detector ran on it, branch fp9): 530 real lines no earlier clean probe
holds: chatterbot-corpus dialogue lines not in v2 (~45-50 per language, en de fr es it nl)
and Django 5.2.20's translated form and admin messages (40 per language, Polish included),
read by hand for personal data (kinds `dialogue`, `ui`, `public_figure`).

`benchmarks/data/clean_probe_v2.jsonl` (`--set v2`, built by `build_clean_probe_v2.py`,
committed before any detector ran on it, branch clean2): 552 clean messages, ~40
hand-written per language of the kinds v1 did not stress (brands and products, shops by
city and street, titles, sport teams, capitalised weekdays and months, German nouns,
Dutch/Polish inflection, "Herr/Frau" + a role, technical text, numbers) and 44-45
chatterbot-corpus lines per language (no Polish). Each row has a `kind` and a `source`;
for v2 a second table counts masked messages per kind.

`benchmarks/data/clean_probe_v1.jsonl`: 388 clean support-chat messages, 55-56 in each of
en, de, fr, es, it, nl, pl (orders, bookings, billing, tech support, brands and products,
cities in general questions, dates, prices, versions, ticket numbers, codes, public URLs,
greetings and sign-offs without names), written by hand for this probe before any detector
ran on it (branch precision). No message holds personal data; each has a `kind`. Two per
language (`kind` `public_figure`) name a public figure ("the new biography of Taylor
Swift"): not personal data of a private person, but a name any NER model tags, so they are
counted apart (`clean masked, public figures excluded`).

Reported per language: clean messages with anything masked, all and without the public
figures; then every masked span (label, source, text) so the causes can be sorted.
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

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
REPO = Path(__file__).resolve().parents[1]
SETS = {
    v: REPO / "benchmarks" / "data" / f"clean_probe_{v}.jsonl"
    for v in ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10")
}
DATA = SETS["v1"]
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
APART = "public_figure"

Found = list[tuple[int, int, str, str]]


def dump(data: Path) -> int:
    """Print `{id: [[start, end, label, source], ...]}` (run inside one checkout)."""
    sys.path.insert(0, os.getcwd())
    from piiguard.detection.engine import Detector

    detector = Detector.default()
    out: dict[str, Found] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["id"]] = [(s.start, s.end, s.label, s.source) for s in detector.detect(row["text"])]
    json.dump(out, sys.stdout)
    return 0


def detect_in(tree: Path, data: Path) -> dict[str, Found]:
    """`dump` in a subprocess importing piiguard from `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run(
        [sys.executable, __file__, "--dump", "--data", str(data)],
        cwd=tree, env=env, capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    spans: dict[str, Any] = json.loads(proc.stdout)
    return {k: [(int(a), int(b), str(c), str(d)) for a, b, c, d in v] for k, v in spans.items()}


def table(rows: list[dict[str, Any]], found: dict[str, dict[str, Found]]) -> str:
    names = list(found)
    head = " | ".join(f"{n}: masked | {n}: without public figures" for n in names)
    out = [f"| lang | messages | {head} |", "|---|---|" + "---|---|" * len(names)]
    for group in (*LANGS, "all"):
        picked = [r for r in rows if group in ("all", r["lang"])]
        if not picked:
            continue
        cells = []
        for name in names:
            masked = [r for r in picked if found[name][r["id"]]]
            plain = [r for r in picked if r["kind"] != APART]
            plain_masked = [r for r in masked if r["kind"] != APART]
            cells.append(f"{len(masked)} ({len(masked) / len(picked):.1%}) | "
                         f"{len(plain_masked)}/{len(plain)} "
                         f"({len(plain_masked) / len(plain):.1%})")  # fmt: skip
        out.append(f"| {group} | {len(picked)} | {' | '.join(cells)} |")
    return "\n".join(out)


def kind_table(rows: list[dict[str, Any]], found: dict[str, dict[str, Found]]) -> str:
    """Masked messages per `kind` (all languages)."""
    names = list(found)
    out = [f"| kind | messages | {' | '.join(names)} |", "|---|---|" + "---|" * len(names)]
    for kind in sorted({r["kind"] for r in rows}):
        picked = [r for r in rows if r["kind"] == kind]
        cells = [str(sum(bool(found[n][r["id"]]) for r in picked)) for n in names]
        out.append(f"| {kind} | {len(picked)} | {' | '.join(cells)} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--ref", type=Path, default=None, help="also this checkout, side by side")
    ap.add_argument("--set", choices=sorted(SETS), default="v1", help="which clean set (v1)")
    ap.add_argument("--data", type=Path, default=None, help="any clean set file (over --set)")
    ap.add_argument("--show", choices=("all", "none"), default="all",
                    help="list every masked span (all) or the tables only (none)")  # fmt: skip
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.data is None:
        args.data = SETS[args.set]
    if args.dump:
        return dump(args.data)
    rows = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x]
    found = {"this": detect_in(REPO, args.data)}
    if args.ref is not None:
        found["ref"] = detect_in(args.ref.resolve(), args.data)
    print(f"Set: {args.data.name} ({len(rows)} clean messages)\n")
    print(table(rows, found))
    if len({r["kind"] for r in rows}) > 1:
        print("\n" + kind_table(rows, found))
    for name, spans in found.items():
        causes: Counter[tuple[str, str]] = Counter()
        print(f"\nMasked by {name}:")
        for row in rows:
            text = row["text"]
            for start, end, label, source in spans[row["id"]]:
                causes[(label, source)] += 1
                if args.show == "none":
                    continue
                print(
                    f"  {row['lang']} {row['kind']:<13} {label}/{source} {text[start:end]!r}"
                    f"  in {text!r}"
                )
        print(
            f"\nSpans by label/source ({name}):",
            ", ".join(f"{lab}/{src} {n}" for (lab, src), n in causes.most_common()),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
