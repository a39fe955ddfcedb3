"""Build `benchmarks/data/clean_probe_v3.jsonl`: clean chat nobody tuned on, third set.

    pip download django==5.2.20 --no-deps -d /tmp/wheels
    python benchmarks/build_clean_probe_v3.py \
        --django-wheel /tmp/wheels/django-5.2.20-py3-none-any.whl

Deterministic (fixed seed, sorted inputs). Two sources of real text shipped on PyPI, none of
it read by any earlier clean probe (branch fp9, written before any detector ran on it):

1. `dialogue`: chatterbot-corpus 1.3.3 (PyPI; "License :: OSI Approved :: BSD License",
   BSD-3-Clause in its repository, by Gunther Cox), en, de, fr, es, it, nl (it has no
   Polish): lines of 20-220 characters that are NOT in `clean_probe_v2.jsonl`, up to
   `PER_LANG_DIALOGUE` per language drawn with seed `SEED`. Caveat, as for v2:
   `probe_lexicon.py` has printed every chatterbot line's names as a lexicon check, so
   this half is unseen by the clean probes but not by every earlier look.
2. `ui`: the translated messages of Django 5.2.20 (PyPI; BSD-3-Clause, "Django Software
   Foundation and individual contributors", translations included), every language of
   the seven, Polish included: the text people paste into a support chat when a form or an
   admin page says no ("Bitte geben Sie eine gültige E-Mail-Adresse ein.", "Ta wartość
   musi być liczbą całkowitą."). Only whole sentences: no placeholder (`%`, `{`), no
   markup, no URL, no "@", 25-200 characters, at least four words; up to `PER_LANG_UI` per
   language drawn with seed `SEED`.

Personal data check (how the set stays clean): every drawn line with a capitalised word
that is not the first of its sentence, a digit run, or an "@" was printed
(`--review`) and read by hand; lines naming a private person, or anything that could
be a person's contact, are in `EXCLUDED`; lines naming a public figure or a
fictional character are kind `public_figure` and counted apart by `probe_clean.py`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_probe_set import LANGS, write_clean_set

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v3.jsonl"
V2 = REPO / "benchmarks" / "data" / "clean_probe_v2.jsonl"
CORPUS = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
          "dutch": "nl"}  # fmt: skip
SEED = 20261207
PER_LANG_DIALOGUE = 50
PER_LANG_UI = 40
DJANGO = "Django 5.2.20"

# Read by hand (`--review`): lines left out because they name a private person or hold
# something that could be personal. Filled in before any detector ran on the set.
EXCLUDED = {
    "Hi Ms. Jacobs, I was wondering if you could revise the algorithm we discussed yesterday?",
    "Malli ha detto che Raghava è caduto dal suo tetto ed è semplicemente arrivato a lui.",
    "Neemt u plaats, Dr. Smit is zo bij u.",
    "54-46, c'est mon numero maintenant.",  # "my number": a detector may fairly mask it
}
# Lines naming a public figure or a fictional character (read by hand).
PUBLIC = {
    "What year was President John F. Kennedy assassinated?",
    "Which art movement is Salvador Dali associated with?",
    "Maradona is great. Sinsemillia is even better.",
    "En quelle année le président John F. Kennedy a t il été assasiné?",
    "En quelle année le président John F. Kennedy a t-il été assasiné?",
    "En quelle annee le president John F. Kennedy a t il ete assasine?",
    "Des legendes parlent d'un robot appele Bender, qui maitriserait cet etat second de "
    "conscience",
    "Non ho letto nulla di Piers Anthony, cosa scrive?",
    "Tu stesso non sei esattamente Albert Einstein.",
    "In quale anno è stato assassinato John F. Kennedy?",
    "Bilbo Baggins è un personaggio nel Signore degli Anelli di Tolkien.",
    "Hal ha detto che avrebbe tradotto il binario in una lingua e me lo avrebbe comunicato.",
    "Albert Einstein (1879-1955) was een natuurkundige die de relativiteitstheorie "
    "ontwikkelde en fundamentele bijdragen leverde aan de kwantumfysica.",
    "Bedoel je het besturingssysteem van Sun Microsystems, of de film van Tarkovsky? De "
    "eerste is Unix-gebaseerd, de tweede een psychologische ruimtereis.",
    "Ray is echt cool. Wat is jouw favoriete boek van hem?",
}


def chatterbot_rows(rng: random.Random) -> list[dict[str, str]]:
    import chatterbot_corpus
    import yaml

    used = {json.loads(x)["text"] for x in V2.read_text(encoding="utf-8").splitlines() if x}
    root = Path(chatterbot_corpus.__file__).parent / "data"
    rows: list[dict[str, str]] = []
    for folder, lang in CORPUS.items():
        lines: dict[str, str] = {}
        for path in sorted((root / folder).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for conversation in data.get("conversations") or []:
                for line in conversation:
                    if not isinstance(line, str):
                        continue
                    text = line.strip()
                    if 20 <= len(text) <= 220 and text not in used:
                        lines.setdefault(text, f"{folder}/{path.name}")
        pool = sorted(lines)
        for text in rng.sample(pool, min(PER_LANG_DIALOGUE, len(pool))):
            rows.append({"lang": lang, "text": text, "kind": "dialogue",
                         "source": f"chatterbot-corpus 1.3.3 {lines[text]}"})  # fmt: skip
    return rows


_PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_PO_ESCAPE = re.compile(r"\\(.)")


def po_messages(text: str) -> list[str]:
    """The translated singular messages (`msgstr`) of a .po file, fuzzy ones left out."""
    out: list[str] = []
    for entry in text.split("\n\n"):
        if "#, fuzzy" in entry or "msgid_plural" in entry:
            continue
        m = re.search(r'^msgstr ((?:".*"\n?)+)', entry + "\n", re.M)
        if not m:
            continue
        value = "".join(_PO_STRING.findall(m.group(1)))
        value = _PO_ESCAPE.sub(lambda e: {"n": "\n", "t": "\t"}.get(e[1], e[1]), value)
        if value:
            out.append(value)
    return out


_UI_BAD = re.compile(r"[%{}<>@_\\/\[\]|]|https?:|www\.|\n")


def ui_rows(wheel: Path, rng: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with zipfile.ZipFile(wheel) as zf:
        names = sorted(n for n in zf.namelist() if n.endswith("/LC_MESSAGES/django.po"))
        for lang in LANGS:
            found: dict[str, str] = {}
            for name in names:
                if f"/locale/{lang}/LC_MESSAGES/" not in name:
                    continue
                for msg in po_messages(zf.read(name).decode("utf-8")):
                    msg = msg.strip()
                    if (25 <= len(msg) <= 200 and len(msg.split()) >= 4
                            and not _UI_BAD.search(msg) and msg[-1] in ".!?"):  # fmt: skip
                        found.setdefault(msg, name.split("/locale/")[0])
            pool = sorted(found)
            for text in rng.sample(pool, min(PER_LANG_UI, len(pool))):
                rows.append({"lang": lang, "text": text, "kind": "ui",
                             "source": f"{DJANGO} {found[text]}"})  # fmt: skip
    return rows


_REVIEW = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w'-]+|\d{2,}|@")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--django-wheel", type=Path, required=True)
    ap.add_argument("--review", action="store_true",
                    help="print the lines to read by hand instead of writing the set")  # fmt: skip
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    rows = chatterbot_rows(rng) + ui_rows(args.django_wheel, rng)
    if args.review:
        for row in rows:
            if _REVIEW.search(row["text"]):
                print(f"{row['lang']} {row['kind']}: {row['text']}")
        return 0
    write_clean_set(rows, OUT, "clean-probe-v3", excluded=EXCLUDED, public=PUBLIC)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
