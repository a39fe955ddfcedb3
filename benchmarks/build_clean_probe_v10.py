"""Build `benchmarks/data/clean_probe_v10.jsonl`: clean chat about a computer's own
programs (package manager, shell tools, desktop services), tenth set.

    python benchmarks/build_clean_probe_v10.py --wheels /usr/share/locale [--review]

Deterministic (fixed seed, sorted inputs). Real text installed on this machine that no
earlier clean probe used (v1..v9 read hand-written lines, chatterbot-corpus, spaCy's
examples and the catalogues of Python packages from PyPI; none read the operating
system's own catalogues): the compiled gettext catalogues (`.mo`) that Debian 12's
packages install under `/usr/share/locale/<lang>/LC_MESSAGES/`, about 100 lines in each
of the seven languages, written before any detector ran on it (branch fp18). What a user
pastes into a support chat when a program on their computer answers them:

1. `packages`: apt 2.6.1 (`apt`, `libapt-pkg6.0`, `python-apt`), dpkg 1.21.22,
   PackageKit 1.2.6, software-properties 0.99.30, adduser 3.134 (GPL-2.0-or-later).
2. `shell`: GNU coreutils 9.1, findutils 4.9.0, grep 3.8, sed 4.9, tar 1.34, bash 5.2,
   wget 1.21.3, diffutils 3.8, make 4.3, gawk 5.2.1 (GPL-3.0-or-later).
3. `system`: GLib 2.74, systemd 252, shadow 4.13 (`shadow`), Linux-PAM 1.5.2, Avahi 0.8,
   GnuTLS, GStreamer 1.0, AppStream (LGPL/GPL).

Lines are read as in v9 (`build_clean_probe_v9.py`): English from the `msgid`s of the
German catalogue, the others from the language's own catalogue (`xx`, no regional
variant); a message left untranslated is left out; named placeholders about no person
rendered with v6's fixed fillers, any other placeholder (C's `%s`, `%d`, `%1$s`) leaves
its line out, as does a path ("/"), an option's "--"-less `_` or a URL; 20-180
characters, 4+ words, a whole sentence; every line is written in its language (wordfreq,
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
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_catalogues
from build_clean_probe_v8 import translated
from build_clean_probe_v9 import keep_in
from clean_catalogues import Rows, mo_pairs, package_rows
from clean_probe_set import LANGS

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "clean_probe_v10.jsonl"
EARLIER = [REPO / "benchmarks" / "data" / f"clean_probe_v{n}.jsonl" for n in range(1, 10)]
SEED = 20261207
# (kind, gettext domains, label, lines per language en de fr es it nl pl)
CATALOGUES = (
    ("packages", ("apt", "libapt-pkg6.0", "python-apt", "dpkg", "PackageKit",
                  "software-properties", "adduser"),
     "Debian 12 package tools", (40, 40, 40, 40, 40, 40, 40)),
    ("shell", ("coreutils", "findutils", "grep", "sed", "tar", "bash", "wget", "diffutils",
               "make", "gawk"),
     "GNU tools", (30, 30, 30, 30, 30, 30, 30)),
    ("system", ("glib20", "systemd", "shadow", "Linux-PAM", "avahi", "gnutls30",
                "gstreamer-1.0", "appstream"),
     "system services", (30, 30, 30, 30, 30, 30, 30)),
)  # fmt: skip


def locale_catalogues(
    root: Path, domains: tuple[str, ...], lang: str
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The catalogues of `domains` in `lang` itself under `root` (`de/LC_MESSAGES/apt.mo`),
    named by domain; a domain with no catalogue in `lang` is skipped."""
    found = []
    for domain in domains:
        path = root / lang / "LC_MESSAGES" / f"{domain}.mo"
        if path.is_file():
            found.append((domain, mo_pairs(path.read_bytes())))
    return found


def catalogue_rows(root: Path, used: set[str], rng: random.Random) -> Rows:
    rows: Rows = []
    for kind, domains, label, counts in CATALOGUES:
        catalogues = partial(locale_catalogues, root, domains)
        for lang in LANGS:
            # one language at a time, so that `keep` knows which language to check
            one = tuple(n if other == lang else 0 for other, n in zip(LANGS, counts, strict=True))
            rows += package_rows(
                kind, label, one, partial(translated, catalogues), keep_in(lang), used, rng
            )
    return rows


# Read by hand (`--review`), before any detector ran on the set: all 700 drawn lines are
# messages of a package manager, shell tools and system services. None names or addresses
# a person or holds a contact ("Debian", "Ubuntu", "APT", "GStreamer", "GLib", "Flatpak",
# "AppStream", "FreeDesktop", "OpenPGP", "Diffie-Hellman" are programs, projects, companies
# and an algorithm; "UID 0" is root's id, "32 bytes", "1K = 1024" are limits and units;
# "'$(unit)'" is systemd's placeholder for a service, left as the catalogue has it).
EXCLUDED: set[str] = set()
# Lines naming a public figure (read by hand).
PUBLIC: set[str] = set()


def main(argv: list[str] | None = None) -> int:
    return clean_catalogues.main(
        argv, description=__doc__, wheels_help="the locale folder (/usr/share/locale)",
        rows_of=catalogue_rows, earlier=EARLIER, seed=SEED, out=OUT, name="clean-probe-v10",
        excluded=EXCLUDED, public=PUBLIC,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
