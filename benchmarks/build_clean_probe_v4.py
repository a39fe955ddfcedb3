"""Build `benchmarks/data/clean_probe_v4.jsonl`: clean chat nobody tuned on, fourth set.

    pip download --no-deps -d /tmp/wheels django-oscar==4.2.1 django-allauth==65.22.1 wagtail==8.0.1
    python benchmarks/build_clean_probe_v4.py --wheels /tmp/wheels [--review]

Deterministic (fixed seed, sorted inputs). Real text shipped on PyPI that no earlier clean
probe used (v1, v2: hand-written and chatterbot-corpus; v3: chatterbot-corpus and Django's
own catalogue), in all seven languages, written before any detector ran on it (branch fp10):

1. `shop`: the translated messages of django-oscar 4.2.1 (PyPI; BSD-3-Clause, "David
   Winterbottom and individual contributors"): what an online shop tells its customer
   about baskets, vouchers, orders, shipping, stock, reviews, wish lists and payment.
2. `account`: the translated messages of django-allauth 65.22.1 (PyPI; MIT, "Raymond
   Penners and contributors"): sign-up, log-in, e-mail confirmation, password reset,
   two-factor codes, passkeys, social accounts.
3. `cms`: the translated messages of wagtail 8.0.1 (PyPI; BSD-3-Clause, "Torchbox Ltd
   and individual contributors"), `wagtail/admin` only: pages, workflows, locks,
   scheduled publishing, images, documents.
4. `news`: every example sentence of spaCy 3.8 for the seven languages
   (`spacy.lang.XX.examples`; PyPI, MIT, "ExplosionAI GmbH"): short headlines and
   questions full of companies, cities, countries, sums and dates ("Apple is looking at
   buying U.K. startup for $1 billion"), the capitalised words detectors stumble on.

English lines of the catalogues are their `msgid`s (the source strings), the other
languages their `msgstr`s. Only whole sentences: no placeholder (`%`, `{`), no markup, no
URL, no "@", no underscore, 20-220 characters, at least four words, ending in ".", "!" or
"?". Lines any earlier clean set holds are left out. Per language and catalogue, half the
draw comes from the hard lines (a capitalised word inside a sentence, or a digit) and half
from the rest, so the set leans on capitalised product, place and feature names.

Personal data check: `--review` prints every drawn line with a capitalised word inside a
sentence, a digit run or an "@"; those and the rest were read by hand. Lines that name a
private person or hold what could be a person's contact are in `EXCLUDED`; lines naming a
public figure are kind `public_figure` and counted apart by `probe_clean.py`.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_clean_probe_v3 import _PO_ESCAPE, _PO_STRING, _REVIEW, _UI_BAD
from clean_probe_set import LANGS, texts_of, write_clean_set

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v4.jsonl"
EARLIER = [REPO / "benchmarks" / "data" / f"clean_probe_{v}.jsonl" for v in ("v1", "v2", "v3")]
SEED = 20261208
# (kind, wheel glob, catalogue path prefix inside the wheel, label, lines per language)
CATALOGUES = (
    ("shop", "django_oscar-4.2.1-*.whl", "oscar/locale/", "django-oscar 4.2.1", 34),
    ("account", "django_allauth-65.22.1-*.whl", "allauth/locale/", "django-allauth 65.22.1", 20),
    ("cms", "wagtail-8.0.1-*.whl", "wagtail/admin/locale/", "wagtail 8.0.1", 20),
)  # fmt: skip
SPACY = "spaCy 3.8"

# Read by hand (`--review`), before any detector ran on the set: all 572 drawn lines are
# product, account or CMS messages and headlines; none names a private person or holds a
# contact ("+1 for the US", "+33 pour la France" are country codes in an instruction).
EXCLUDED: set[str] = set()
# Lines naming a public figure (read by hand).
PUBLIC = {
    "When was Barack Obama born?",
    "Quand est né Barack Obama ?",
    "¿Cuándo nació José de San Martín?",
    "Nouvelles attaques de Trump contre le maire de Londres",
    "Kto ma ochotę zapoznać się z innymi niż w książkach przygodami Muminków i ich "
    "przyjaciół, temu polecam komiks Tove Jansson „Muminki i morze”.",
}


def po_pairs(text: str) -> list[tuple[str, str]]:
    """`(msgid, msgstr)` of a .po file's singular messages, fuzzy ones left out."""
    out: list[tuple[str, str]] = []
    for entry in text.split("\n\n"):
        if "#, fuzzy" in entry or "msgid_plural" in entry:
            continue
        mid = re.search(r'^msgid ((?:".*"\n?)+)', entry + "\n", re.M)
        mstr = re.search(r'^msgstr ((?:".*"\n?)+)', entry + "\n", re.M)
        if not (mid and mstr):
            continue
        pair = tuple(
            _PO_ESCAPE.sub(
                lambda e: {"n": "\n", "t": "\t"}.get(e[1], e[1]), "".join(_PO_STRING.findall(m[1]))
            )
            for m in (mid, mstr)
        )
        if pair[0] and pair[1]:
            out.append((pair[0], pair[1]))
    return out


def usable(text: str) -> bool:
    return (
        20 <= len(text) <= 220
        and len(text.split()) >= 4
        and not _UI_BAD.search(text)
        and text[-1] in ".!?"
    )


def hard(text: str) -> bool:
    return bool(_REVIEW.search(text))


def draw(pool: list[str], n: int, rng: random.Random) -> list[str]:
    """Half from the hard lines, the rest from all that are left."""
    hard_lines = [t for t in pool if hard(t)]
    picked = rng.sample(hard_lines, min(n // 2, len(hard_lines)))
    rest = [t for t in pool if t not in set(picked)]
    return picked + rng.sample(rest, min(n - len(picked), len(rest)))


def catalogue_rows(wheels: Path, used: set[str], rng: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for kind, pattern, prefix, label, per_lang in CATALOGUES:
        (wheel,) = sorted(wheels.glob(pattern))
        with zipfile.ZipFile(wheel) as zf:
            names = sorted(n for n in zf.namelist() if n.startswith(prefix) and n.endswith(".po"))
            catalogues = {n: po_pairs(zf.read(n).decode("utf-8")) for n in names}
        for lang in LANGS:
            found: dict[str, str] = {}
            # English: the source strings, read from the German catalogue.
            src = "de" if lang == "en" else lang
            for name, pairs in catalogues.items():
                if f"{prefix}{src}/LC_MESSAGES/" not in name:
                    continue
                for msgid, msgstr in pairs:
                    text = (msgid if lang == "en" else msgstr).strip()
                    if usable(text) and text not in used:
                        found.setdefault(text, name)
            for text in draw(sorted(found), per_lang, rng):
                rows.append({"lang": lang, "text": text, "kind": kind,
                             "source": f"{label} {found[text]}"})  # fmt: skip
    return rows


def spacy_rows(used: set[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for lang in LANGS:
        module = importlib.import_module(f"spacy.lang.{lang}.examples")
        for text in dict.fromkeys(s.strip() for s in module.sentences):
            if text and text not in used:
                rows.append({"lang": lang, "text": text, "kind": "news",
                             "source": f"{SPACY} spacy/lang/{lang}/examples.py"})  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--wheels", type=Path, required=True, help="folder with the three wheels")
    ap.add_argument("--review", action="store_true",
                    help="print the lines to read by hand instead of writing the set")  # fmt: skip
    args = ap.parse_args(argv)
    used = texts_of(EARLIER)
    rng = random.Random(SEED)
    rows = catalogue_rows(args.wheels, used, rng) + spacy_rows(used)
    if args.review:
        for row in rows:
            mark = "*" if hard(row["text"]) else " "
            print(f"{mark} {row['lang']} {row['kind']}: {row['text']}")
        return 0
    write_clean_set(rows, OUT, "clean-probe-v4", excluded=EXCLUDED, public=PUBLIC)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
