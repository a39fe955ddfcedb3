"""Build `piiguard/detection/data/programming_languages.txt.gz`: the names of programming,
markup and template languages ("python", "ruby", "pascal", "objectpascal", "django").

    pip install "piiguard[lexicon]"
    python -m models.lexicon.build_programming_languages

One name a line, folded (`piiguard.detection.lexicon.fold`), words run together ("Object
Pascal" is "objectpascal"), sorted, gzip-compressed without a timestamp. Source: the
lexers of the `pygments` package (BSD-2-Clause), their names and aliases of three letters
or more made of letters only ("rb", "c++" and "python3" are left out). Imported only here:
the detector reads the built file (`piiguard.detection.non_names.programming_languages`).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.lexicon.build import one_list_main  # noqa: E402
from piiguard.detection.lexicon import fold, words_of  # noqa: E402

OUT = REPO / "piiguard" / "detection" / "data" / "programming_languages.txt.gz"
MIN_LETTERS = 3


def programming_languages() -> list[str]:
    """The folded names and aliases of pygments' lexers, words run together, sorted."""
    from pygments.lexers import get_all_lexers  # the build's only use of the package

    names: set[str] = set()
    for name, aliases, _, _ in get_all_lexers():
        for each in (name, *aliases):
            words = words_of(each)
            key = "".join(fold(w) for w in words)
            if words and len(key) >= MIN_LETTERS and key.isalpha() and key.isascii():
                names.add(key)
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    return one_list_main(argv, __doc__, OUT, programming_languages, "names")


if __name__ == "__main__":
    raise SystemExit(main())
