"""Build `benchmarks/data/clean_probe_v5.jsonl`: clean chat nobody tuned on, fifth set.

    pip download --no-deps -d /tmp/wheels indico==3.2.9 django-helpdesk==2.6.1 \\
        django-two-factor-auth==1.18.1 django-machina==1.3.1 mezzanine==6.1.1 \\
        Flask-Security-Too==5.9.2
    python benchmarks/build_clean_probe_v5.py --wheels /tmp/wheels [--review]

Deterministic (fixed seed, sorted inputs). Real text shipped on PyPI that no earlier clean
probe used (v1, v2: hand-written and chatterbot-corpus; v3: chatterbot-corpus and Django;
v4: django-oscar, django-allauth, wagtail, spaCy examples), weighted to the six languages
other than English (about 80 lines each, English 30), written before any detector ran on
it (branch fp12). The messages a site shows its user, which the user pastes or retells in
a support chat:

1. `events`: indico 3.2.9 (MIT, "CERN"), `messages.po` and `messages-react.po`: event
   registration, tickets, payments, room booking, abstracts, timetables.
2. `support`: django-helpdesk 2.6.1 (BSD-3-Clause, "Jutda and contributors"): support
   tickets, queues, follow-ups, e-mail notices, knowledge base.
3. `account`: django-two-factor-auth 1.18.1 (MIT, "Bouke Haarsma and contributors") and
   Flask-Security-Too 5.9.2 (MIT, "Matt Wright, Chris Wagner and contributors"; Dutch
   only, to fill Dutch): two-factor log-in, tokens, backup codes, phone numbers, password
   and confirmation messages.
4. `forum`: django-machina 1.3.1 (BSD-3-Clause, "Morgan Aubert"): topics, posts, polls,
   subscriptions, moderation.
5. `site`: mezzanine 6.1.1 (BSD-2-Clause, "Stephen McDonald and contributors"):
   accounts, comments, ratings, forms, search of a small site.

Dutch is in neither indico nor helpdesk; it is filled from two-factor, Flask-Security,
machina and mezzanine. pretalx (events, the most chat-like) is AGPL-3.0: left out, as v4
left out pretix. faker's text providers were looked at and left out: their sentences in
these locales are random words from a list (lorem), not text anyone writes.

English lines are the `msgid`s (source strings) of the German catalogue, the other
languages the translations of the catalogue for that language (`xx` or `xx_XX`, not a
regional variant like `es_MX`, `fr_CA` or `de_Formal`). Only whole sentences: no
placeholder, markup (also reST ``literals``), URL, "@" or underscore, 20-180 characters,
4+ words, ending in ".", "!" or "?". Lines any earlier clean set holds are left out. Per
language and catalogue, half the draw comes from the hard lines (a capitalised word inside a
sentence, or a digit).

Personal data check: `--review` prints every drawn line (a "*" marks the hard ones); all
were read by hand. Lines naming or addressing a private person, or holding what could be a
person's contact, are in `EXCLUDED`; lines naming a public figure are kind
`public_figure` (counted apart by `probe_clean.py`).
"""

from __future__ import annotations

import random
import sys
import zipfile
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_catalogues
from build_clean_probe_v4 import po_pairs, usable
from clean_catalogues import Rows, is_own_catalogue, package_rows

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v5.jsonl"
EARLIER = [
    REPO / "benchmarks" / "data" / f"clean_probe_{v}.jsonl" for v in ("v1", "v2", "v3", "v4")
]
SEED = 20261209
# (kind, wheel glob, catalogue path prefixes, label, lines per language en de fr es it nl pl)
CATALOGUES = (
    ("events", "indico-3.2.9-*.whl", ("indico/translations/",), "indico 3.2.9",
     (14, 30, 30, 30, 30, 0, 30)),
    ("support", "django_helpdesk-2.6.1-*.whl", ("helpdesk/locale/",), "django-helpdesk 2.6.1",
     (12, 25, 25, 25, 25, 0, 25)),
    ("account", "django_two_factor_auth-1.18.1-*.whl", ("two_factor/locale/",),
     "django-two-factor-auth 1.18.1", (4, 15, 15, 15, 15, 20, 15)),
    ("account", "flask_security_too-5.9.2-*.whl", ("flask_security/translations/",),
     "Flask-Security-Too 5.9.2", (0, 0, 0, 0, 0, 13, 0)),
    ("forum", "django_machina-1.3.1-*.whl", ("machina/locale/",), "django-machina 1.3.1",
     (0, 8, 8, 8, 0, 25, 8)),
    ("site", "mezzanine-6.1.1-*.whl", ("mezzanine/",), "mezzanine 6.1.1",
     (0, 8, 8, 8, 8, 20, 8)),
)  # fmt: skip

# Read by hand (`--review`), before any detector ran on the set: all 530 drawn lines (312
# marked hard) are messages of event, ticket, account, forum and site software. None names
# or addresses a private person or holds a contact ("+ o 00" is a country-code instruction;
# "Google Authenticator", "Twitter", "Disqus", "Indico", "YubiKey" are products).
EXCLUDED: set[str] = set()
# Lines naming a public figure (read by hand): none.
PUBLIC: set[str] = set()


def chat_sized(text: str) -> bool:
    """v4's whole-sentence test, at most 180 characters, no reST literal (``True``)."""
    return usable(text) and len(text) <= 180 and "`" not in text


def kept(text: str) -> str | None:
    return text if chat_sized(text) else None


def po_catalogues(
    zf: zipfile.ZipFile, names: list[str], lang: str
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The `.po` catalogues of `lang` among `names` in the wheel `zf`."""
    return [(n, po_pairs(zf.read(n).decode("utf-8"))) for n in names if is_own_catalogue(n, lang)]


def catalogue_rows(wheels: Path, used: set[str], rng: random.Random) -> Rows:
    rows: Rows = []
    for kind, pattern, prefixes, label, counts in CATALOGUES:
        (wheel,) = sorted(wheels.glob(pattern))
        with zipfile.ZipFile(wheel) as zf:
            names = sorted(n for n in zf.namelist() if n.endswith(".po") and n.startswith(prefixes))
            catalogues = partial(po_catalogues, zf, names)
            rows += package_rows(kind, label, counts, catalogues, kept, used, rng)
    return rows


def main(argv: list[str] | None = None) -> int:
    return clean_catalogues.main(
        argv, description=__doc__, wheels_help="folder with the six wheels",
        rows_of=catalogue_rows, earlier=EARLIER, seed=SEED, out=OUT, name="clean-probe-v5",
        excluded=EXCLUDED, public=PUBLIC,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
