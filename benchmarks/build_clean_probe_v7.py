"""Build `benchmarks/data/clean_probe_v7.jsonl`: clean technical and support chat, seventh set.

    pip download --no-deps -d /tmp/wheels sphinx==9.0.4 deluge==2.2.0 nicotine-plus==3.3.11 \\
        weblate==5.14.3
    python benchmarks/build_clean_probe_v7.py --wheels /tmp/wheels [--review]

Deterministic (fixed seed, sorted inputs). Real technical and support text shipped on PyPI,
about 100 lines in each of the seven languages, written before any detector ran on it
(branch fp14). What a user types or pastes into a support chat about a computer, a program
or a build:

1. `support`: chatterbot-corpus 1.3.3 (BSD-3-Clause, installed in the venv), the
   categories about computers: `english/tech_support.yml` (questions and answers of a
   help desk), `english/coding.yml`, `english/computers.yml`, `italian/computers.yml`
   (the corpus has no such category in the other languages).
2. `docs`: Sphinx 9.0.4 (BSD-2-Clause): the warnings and errors of a documentation build
   ("The config value `html_theme` ..." lines are left out by the shape filter below).
3. `torrent`: Deluge 2.2.0 (GPL-3.0; its translated messages only, read as text):
   connection, port, plugin and daemon messages of a BitTorrent client.
4. `p2p`: Nicotine+ 3.3.11 (GPL-3.0; its translated messages only): messages of a file
   sharing client (shares, transfers, server connection, settings).
5. `vcs`: Weblate 5.14.3 (GPL-3.0; its translated messages only): repository, push,
   merge, API and translation-file messages of a localization server.

Catalogue lines are read as in v6 (`build_clean_probe_v6.py`: English from the `msgid`s of
the German catalogue, the others from the language's own catalogue, placeholders with a
non-personal filler rendered, any other placeholder leaves its line out, 20-180 characters,
4+ words, a whole sentence). New here: a translated line must differ from its `msgid` and,
like every line, be written in its language: at least `KNOWN_SHARE` of its words are words
of that language for wordfreq (`zipf_frequency > 0`), which leaves out lines left
untranslated or made of option names. Lines any earlier clean set holds are left out. Half
of each draw comes from the hard lines (a capitalised word inside a sentence, or a digit).

Personal data check: `--review` prints every drawn line (a "*" marks the hard ones); all
were read by hand. Lines naming or addressing a private person, or holding what could be a
person's contact, are in `EXCLUDED`; lines naming a public figure are kind
`public_figure` (counted apart by `probe_clean.py`).
"""

from __future__ import annotations

import random
import re
import sys
from functools import partial
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_catalogues
from build_clean_probe_v4 import draw
from build_clean_probe_v6 import chat_sized, kept
from clean_catalogues import Rows, archive_files, package_rows, read_catalogues

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v7.jsonl"
EARLIER = [
    REPO / "benchmarks" / "data" / f"clean_probe_{v}.jsonl"
    for v in ("v1", "v2", "v3", "v4", "v5", "v6")
]
SEED = 20261211
KNOWN_SHARE = 0.8
CHATTERBOT = "chatterbot-corpus 1.3.3"
# (folder, files, language, lines)
SUPPORT = (
    ("english", ("tech_support.yml", "coding.yml", "computers.yml"), "en", 50),
    ("italian", ("computers.yml",), "it", 20),
)
# (kind, archive glob, label, lines per language en de fr es it nl pl)
CATALOGUES = (
    ("docs", "sphinx-9.0.4-*.whl", "Sphinx 9.0.4", (6, 2, 24, 24, 2, 6, 11)),
    ("torrent", "deluge-2.2.0-*.whl", "Deluge 2.2.0", (16, 34, 26, 26, 22, 19, 20)),
    ("p2p", "nicotine_plus-3.3.11-*.whl", "Nicotine+ 3.3.11", (14, 34, 26, 26, 30, 34, 34)),
    ("vcs", "weblate-5.14.3-*.whl", "Weblate 5.14.3", (14, 30, 24, 24, 26, 41, 35)),
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def in_language(text: str, lang: str) -> bool:
    """At least `KNOWN_SHARE` of the words of `text` are words of `lang` for wordfreq."""
    words = _WORD.findall(text)
    known = sum(zipf_frequency(w, lang) > 0 for w in words)
    return bool(words) and known >= KNOWN_SHARE * len(words)


def support_rows(used: set[str], rng: random.Random) -> Rows:
    import chatterbot_corpus

    root = Path(chatterbot_corpus.__file__).parent / "data"
    rows: Rows = []
    for folder, names, lang, per_lang in SUPPORT:
        found: dict[str, str] = {}
        for name in names:
            data = yaml.safe_load((root / folder / name).read_text(encoding="utf-8")) or {}
            for conversation in data.get("conversations") or []:
                for line in conversation:
                    text = " ".join(str(line).split())
                    if chat_sized(text) and text not in used and in_language(text, lang):
                        found.setdefault(text, f"{folder}/{name}")
        picked = draw(sorted(found), per_lang, rng)
        used.update(picked)
        rows += [{"lang": lang, "text": t, "kind": "support",
                  "source": f"{CHATTERBOT} {found[t]}"} for t in picked]  # fmt: skip
    return rows


def catalogue_rows(wheels: Path, used: set[str], rng: random.Random) -> Rows:
    rows: Rows = []
    for kind, pattern, label, counts in CATALOGUES:
        (archive,) = sorted(wheels.glob(pattern))
        catalogues = partial(read_catalogues, archive_files(archive), False)
        rows += package_rows(kind, label, counts, catalogues, kept, used, rng,
                             written_in=in_language, translated_only=True)  # fmt: skip
    return rows


def rows_of(wheels: Path, used: set[str], rng: random.Random) -> Rows:
    return support_rows(used, rng) + catalogue_rows(wheels, used, rng)


# Read by hand (`--review`), before any detector ran on the set: all 695 drawn lines are
# help-desk answers, coding questions and the messages of a documentation builder, a
# BitTorrent client, a file sharing client and a localization server. None names or
# addresses a private person or holds a contact ("Deluge", "Soulseek", "Weblate", "NASA",
# "Mastodon", "Signal" are programs, networks and organisations).
EXCLUDED: set[str] = set()
# Lines naming a public figure (read by hand).
PUBLIC = {
    "È un po 'ambiguo, ma lo scienziato britannico Charles Babbage è considerato il padre "
    "dei computer.",
}


def main(argv: list[str] | None = None) -> int:
    return clean_catalogues.main(
        argv, description=__doc__, wheels_help="folder with the archives",
        rows_of=rows_of, earlier=EARLIER, seed=SEED, out=OUT, name="clean-probe-v7",
        excluded=EXCLUDED, public=PUBLIC,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
