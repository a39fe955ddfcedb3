"""Build `piiguard/detection/data/holiday_names.txt.gz`: the names of public and
observed holidays in the languages of the countries piiguard's users write from.

    pip install "piiguard[lexicon]"
    python -m models.lexicon.build_holidays

One name a line, folded (`piiguard.detection.lexicon.fold`: lowercase, accents off,
hyphens as spaces), sorted, gzip-compressed without a timestamp (the same package version
gives the same bytes). Source: the `holidays` package (MIT), every subdivision and
category of Germany, Austria, Switzerland, France, Belgium, Spain, Italy, the
Netherlands, Poland, the United Kingdom, Ireland and the United States, in each country's
own languages. A name with a part in brackets is written twice, whole and without it
("Boże Narodzenie (pierwszy dzień)" gives "boze narodzenie"); a name of more than six
words is left out (no one writes "Wniebowzięcie Najświętszej Marii Panny" to ask whether
a shop is open). Imported only here: the detector reads the built file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.lexicon.build import one_list_main  # noqa: E402
from piiguard.detection.lexicon import fold, words_of  # noqa: E402

OUT = REPO / "piiguard" / "detection" / "data" / "holiday_names.txt.gz"
# Countries and the languages their holidays are named in (the package's language codes).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "DE": ("de",), "AT": ("de",), "CH": ("de", "fr", "it"), "FR": ("fr",),
    "BE": ("nl", "fr", "de"), "ES": ("es",), "IT": ("it_IT",), "NL": ("nl",), "PL": ("pl",),
    "GB": ("en_GB",), "IE": ("en_IE", "en_US"), "US": ("en_US",),
}  # fmt: skip
YEARS = range(2020, 2031)
MAX_WORDS = 6
_BRACKETS = re.compile(r"\s*\([^)]*\)")


def holiday_names() -> Iterator[str]:
    """Every holiday name of `COUNTRIES`, subdivisions and categories included, in the
    countries' own languages."""
    import holidays  # the build's only use of the package

    for code, languages in COUNTRIES.items():
        country = holidays.country_holidays(code)
        langs = [lang for lang in languages if lang in country.supported_languages]
        for subdiv in (None, *country.subdivisions):
            for lang in langs:
                table = holidays.country_holidays(
                    code,
                    subdiv=subdiv,
                    years=YEARS,
                    language=lang,
                    categories=country.supported_categories,
                )
                for value in table.values():
                    yield from value.split("; ")


def phrases(names: Iterator[str]) -> list[str]:
    """The folded names, with and without a part in brackets ("(observed)" alone is no
    holiday), of at most `MAX_WORDS`."""
    out: set[str] = set()
    for name in names:
        for variant in (name, _BRACKETS.sub("", name)):
            words = words_of(variant)
            if 1 <= len(words) <= MAX_WORDS:
                out.add(" ".join(fold(w) for w in words))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    return one_list_main(argv, __doc__, OUT, lambda: phrases(holiday_names()), "holiday names")


if __name__ == "__main__":
    raise SystemExit(main())
