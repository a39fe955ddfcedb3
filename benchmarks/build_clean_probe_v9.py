"""Build `benchmarks/data/clean_probe_v9.jsonl`: clean chat about a website and a mailing
list, ninth set.

    pip download --no-deps -d /tmp/wheels plone.app.locales==7.0.4 mailman==3.3.10
    python benchmarks/build_clean_probe_v9.py --wheels /tmp/wheels [--review]

Deterministic (fixed seed, sorted inputs). Real text shipped on PyPI that no earlier clean
probe used (v1, v2: hand-written and chatterbot-corpus; v3: chatterbot-corpus and Django;
v4: django-oscar, django-allauth, wagtail, spaCy examples; v5: indico, django-helpdesk,
django-two-factor-auth, Flask-Security-Too, django-machina, mezzanine; v6: Cartridge,
django-shop, django-payments, ihatemoney, django-spirit, django-comments-xtd,
djangorestframework, djoser, dj-rest-auth, django-user-accounts, django-registration-redux,
django-cms, django-filer; v7: chatterbot's tech categories, Sphinx, Deluge, Nicotine+,
Weblate; v8: Trac, askbot, postorius, hyperkitty), about 100 lines in each of the seven
languages, written before any detector ran on it (branch fp17). What a site's users and
editors retell or paste into a support chat:

1. `site`: plone.app.locales 7.0.4 (GPL-2.0; its translated messages only, read as text),
   the catalogues of Plone: content, sharing, workflows, users and groups, the control
   panel, search, the front page (`plone`, `plonefrontpage`, `cmfeditions`,
   `cmfplacefulworkflow`, `widgets`; `plonelocales` holds month and day names, no
   sentences). Many of Plone's `msgid`s are ids (`help_...`), not English; the shape filter
   below leaves them out, so English comes from the `msgid`s that are sentences.
2. `lists`: mailman 3.3.10 (GPL-3.0-or-later; translated messages only): GNU Mailman's core,
   the replies a list server mails and its command results (subscriptions, confirmations,
   held messages, bounces, digests). v8 used Mailman's web parts, not its core. Its Polish
   catalogue has 13 messages, none a sentence: Polish is all Plone.

django-postman 4.6 (private messages between users) was looked at and left out: its
messages are labels and fragments without a sentence's end, none passes the filter below.

Lines are read as in v8 (`build_clean_probe_v8.py`): English from the `msgid`s of the
German catalogue, the others from the language's own catalogue (`xx` or `xx_XX`); named
placeholders about no person rendered with v6's fixed fillers, any other placeholder
leaves its line out (new here: Plone's and Mailman's `${name}` and `$name` are
placeholders too, and a line with an HTML entity is left out); 20-180 characters, 4+
words, a whole sentence; a translated line differs from its `msgid`, and every line is
written in its language (wordfreq, `KNOWN_SHARE`). Lines any earlier clean set holds are
left out. Half of each draw comes from the hard lines (a capitalised word inside a
sentence, or a digit).

Personal data check: `--review` prints every drawn line (a "*" marks the hard ones); all
were read by hand. Lines naming or addressing a private person, or holding what could be a
person's contact, are in `EXCLUDED`; lines naming a public figure are kind
`public_figure` (counted apart by `probe_clean.py`).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_catalogues
from build_clean_probe_v6 import archive_files, read_catalogues
from build_clean_probe_v8 import keep_in as keep_in_v8
from build_clean_probe_v8 import translated
from clean_catalogues import Rows, package_rows
from clean_probe_set import LANGS

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v9.jsonl"
EARLIER = [REPO / "benchmarks" / "data" / f"clean_probe_v{n}.jsonl" for n in range(1, 9)]
SEED = 20261217
# (kind, archive glob, label, lines per language en de fr es it nl pl)
CATALOGUES = (
    ("site", "plone_app_locales-7.0.4-*.whl", "plone.app.locales 7.0.4",
     (70, 70, 70, 70, 70, 70, 100)),
    ("lists", "mailman-3.3.10-*.whl", "mailman 3.3.10", (30, 30, 30, 30, 30, 30, 0)),
)  # fmt: skip

# Plone's and Mailman's placeholders (`${count}`, `$listname`): Python's string.Template.
_DOLLAR = re.compile(r"\$\{(\w+)\}|\$(\w+)")
_ENTITY = re.compile(r"&#?\w+;")


def keep_in(lang: str) -> Callable[[str], str | None]:
    """v8's `keep_in`, after `$name` and `${name}` placeholders are read as `{name}` (so a
    count is rendered with v6's filler and a member or list name leaves its line out);
    a line with an HTML entity (`&lt;`) is left out."""
    keep = keep_in_v8(lang)

    def keep_v9(text: str) -> str | None:
        if _ENTITY.search(text):
            return None
        return keep(_DOLLAR.sub(lambda m: "{" + (m[1] or m[2]) + "}", text))

    return keep_v9


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


# Read by hand (`--review`), before any detector ran on the set: all 700 drawn lines are
# messages of a CMS and a mailing list server. One gives an example name for a form field
# (the Polish "John Doe"): a name, left out. None of the others names or addresses a
# person or holds a contact ("Plone", "Zope", "Mailman", "TinyMCE", "Volto", "Diazo",
# "Dexterity", "Dublin Core", "Facebook", "W3C-WAI" are programs, standards and companies;
# "localhost", "25", "587" are a host and ports of no one).
EXCLUDED: set[str] = {
    "Wpisz swoje imię i nazwisko, np. Jan Kowalski.",
}
# Lines naming a public figure (read by hand).
PUBLIC: set[str] = set()


def main(argv: list[str] | None = None) -> int:
    return clean_catalogues.main(
        argv, description=__doc__, wheels_help="folder with the archives",
        rows_of=catalogue_rows, earlier=EARLIER, seed=SEED, out=OUT, name="clean-probe-v9",
        excluded=EXCLUDED, public=PUBLIC,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
