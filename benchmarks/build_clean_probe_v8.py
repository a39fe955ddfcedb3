"""Build `benchmarks/data/clean_probe_v8.jsonl`: clean chat about trackers, Q&A sites and
mailing lists, eighth set.

    pip download --no-deps -d /tmp/wheels Trac==1.6 askbot==0.13.0 postorius==1.3.13 \\
        hyperkitty==1.3.12
    python benchmarks/build_clean_probe_v8.py --wheels /tmp/wheels [--review]

Deterministic (fixed seed, sorted inputs). Real text shipped on PyPI that no earlier clean
probe used (v1, v2: hand-written and chatterbot-corpus; v3: chatterbot-corpus and Django;
v4: django-oscar, django-allauth, wagtail, spaCy examples; v5: indico, django-helpdesk,
django-two-factor-auth, Flask-Security-Too, django-machina, mezzanine; v6: Cartridge,
django-shop, django-payments, ihatemoney, django-spirit, django-comments-xtd,
djangorestframework, djoser, dj-rest-auth, django-user-accounts, django-registration-redux,
django-cms, django-filer; v7: chatterbot's tech categories, Sphinx, Deluge, Nicotine+,
Weblate), 100-105 lines in each of the seven languages, written before any detector ran on
it (branch fp16). What people retell or paste into a chat when a tracker, a Q&A site or a
mailing list answers them:

1. `tracker`: Trac 1.6 (BSD-3-Clause, "Edgewall Software"; the wheel ships `.mo` files):
   tickets, milestones, reports, the wiki, the repository browser, permissions.
2. `qa`: askbot 0.13.0 (GPL-3.0-or-later; its translated messages only, read as text): a
   question-and-answer site: questions, answers, votes, karma, badges, moderation, groups.
3. `lists`: postorius 1.3.13 and hyperkitty 1.3.12 (GPL-3.0; translated messages only):
   GNU Mailman's web parts: subscriptions, moderation, held messages, digests, archives,
   threads.

The gettext catalogues of `holidays` (MIT) were looked at and left out: they hold holiday
names, not sentences (none passes the shape filter below). roundup 2.6.0 (tracker) has no
Dutch or Polish catalogue and was left out for that.

Lines are read as in v7 (`build_clean_probe_v7.py`): English from the `msgid`s of the
German catalogue, the others from the language's own catalogue (`xx` or `xx_XX`); named
placeholders about no person rendered with v6's fixed fillers, any other placeholder
leaves its line out; 20-180 characters, 4+ words, a whole sentence; a translated line
differs from its `msgid`, and every line is written in its language (wordfreq,
`KNOWN_SHARE`). Lines any earlier clean set holds are left out. Half of each draw comes
from the hard lines (a capitalised word inside a sentence, or a digit).

Personal data check: `--review` prints every drawn line (a "*" marks the hard ones); all
were read by hand. Lines naming or addressing a private person, or holding what could be a
person's contact, are in `EXCLUDED`; lines naming a public figure are kind
`public_figure` (counted apart by `probe_clean.py`).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_catalogues
from build_clean_probe_v6 import archive_files, kept, read_catalogues
from build_clean_probe_v7 import in_language
from clean_catalogues import Rows, package_rows
from clean_probe_set import LANGS

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v8.jsonl"
EARLIER = [REPO / "benchmarks" / "data" / f"clean_probe_v{n}.jsonl" for n in range(1, 8)]
SEED = 20261214
# (kind, archive glob, label, lines per language en de fr es it nl pl)
CATALOGUES = (
    ("tracker", "Trac-1.6-*.whl", "Trac 1.6", (35, 35, 40, 30, 45, 45, 45)),
    ("qa", "askbot-0.13.0-*.whl", "askbot 0.13.0", (25, 30, 25, 25, 10, 20, 25)),
    ("lists", "hyperkitty-1.3.12-*.whl", "hyperkitty 1.3.12", (10, 10, 10, 12, 10, 10, 12)),
    ("lists", "postorius-1.3.13-*.whl", "postorius 1.3.13", (30, 30, 30, 35, 35, 30, 18)),
)  # fmt: skip


def keep_in(lang: str) -> Callable[[str], str | None]:
    """v6's `kept` (rendered, chat-sized), and written in `lang`."""

    def keep(text: str) -> str | None:
        line = kept(text)
        return line if line is not None and in_language(line, lang) else None

    return keep


def translated(
    catalogues: Callable[[str], list[tuple[str, list[tuple[str, str]]]]], lang: str
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The catalogues of `lang` without the messages left untranslated (`msgstr` the same
    as `msgid`); English ("de" catalogues, read by their `msgid`s) keeps them all."""
    if lang == "de":
        return catalogues(lang)
    return [
        (name, [(i, s) for i, s in pairs if " ".join(i.split()) != " ".join(s.split())])
        for name, pairs in catalogues(lang)
    ]


def catalogue_rows(wheels: Path, used: set[str], rng: random.Random) -> Rows:
    rows: Rows = []
    for kind, pattern, label, counts in CATALOGUES:
        (archive,) = sorted(wheels.glob(pattern))
        catalogues = partial(read_catalogues, archive_files(archive), False)
        for lang in LANGS:
            # one language at a time, so that `keep` knows which language to check
            one = tuple(n if other == lang else 0 for other, n in zip(LANGS, counts, strict=True))
            rows += package_rows(
                kind, label, one, partial(translated, catalogues), keep_in(lang), used, rng
            )
    return rows


# Read by hand (`--review`), before any detector ran on the set: all 717 drawn lines are
# messages of an issue tracker, a question-and-answer site and a mailing list manager. None
# names or addresses a private person or holds a contact ("Trac", "Mailman", "HyperKitty",
# "Babel", "Pygments", "Kerberos", "Postfix", "Microsoft Active Directory" are programs and
# protocols; "example.com" is a reserved domain; "Ticket #2", "88x38 pixel" are no one's).
EXCLUDED: set[str] = set()
# Lines naming a public figure (read by hand).
PUBLIC: set[str] = set()


def main(argv: list[str] | None = None) -> int:
    return clean_catalogues.main(
        argv, description=__doc__, wheels_help="folder with the archives",
        rows_of=catalogue_rows, earlier=EARLIER, seed=SEED, out=OUT, name="clean-probe-v8",
        excluded=EXCLUDED, public=PUBLIC,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
