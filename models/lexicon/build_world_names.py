"""Build `piiguard/detection/data/world_names.txt.gz`: first names and surnames of people
whose names come from outside the seven languages, as they are written in European chat
("Nguyen Thi Mai", "Oluwaseun Adeyemi", "Ayşe Demir", "Zhang Wei", "Rajesh Kumar").

    pip install "piiguard[lexicon]"
    python -m models.lexicon.build_world_names

One folded name a line (`piiguard.detection.lexicon.fold`), sorted, gzip-compressed
without a timestamp (the same Faker version gives the same bytes). Sources:

- the first, middle and last names of every Faker locale (MIT) that are written in Latin
  letters, the romanized Chinese names of `zh_CN`/`zh_TW` included, less the names already
  in `names.txt.gz` (the seven languages' and the US names);
- `VIETNAMESE` below: the common Vietnamese family names, middle names and given-name
  syllables without their tone marks, as chat writes them (written for piiguard,
  Apache-2.0; Faker's `vi_VN` holds only 45).

The list only says a word may be part of such a name: the policy takes it as one only
after a cue for a person, on a line of its own that is a name, or joined to other names
(`Lexicon.shaped_names`). It is not a list of words that are no ordinary words ("Le",
"Van", "Mai", "Long" stay words). Not built from names-dataset: its data was extracted
from the 2021 Facebook leak of 533 million accounts, which a privacy tool should not ship.
Imported only here: the detector reads the built file.
"""

from __future__ import annotations

import gzip
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.lexicon.build import one_list_main  # noqa: E402
from piiguard.detection.lexicon import fold  # noqa: E402

DATA = REPO / "piiguard" / "detection" / "data"
OUT = DATA / "world_names.txt.gz"
# The seven languages' own locales: their names are in names.txt.gz already.
OWN_LOCALES = ("en", "de", "fr", "es", "it", "nl", "pl")
NAME_LISTS = (
    "first_names", "first_names_female", "first_names_male", "first_names_unisex",
    "first_names_nonbinary", "middle_names", "last_names", "last_names_female",
    "last_names_male", "first_romanized_names", "last_romanized_names",
)  # fmt: skip
VIETNAMESE = (
    # family names
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
    "do", "ho", "ngo", "duong", "ly", "dinh", "trinh", "truong", "mai", "lam", "luong",
    "ha", "cao", "doan", "ta", "tang", "thai", "chau", "quach", "kieu", "lai", "luu", "ton",
    "vuong", "trieu", "la", "tong", "tieu", "diep",
    # middle names
    "van", "thi", "duc", "huu", "minh", "quang", "xuan", "thanh", "ngoc", "kim", "cong",
    "dinh", "gia", "bao", "anh", "tuan", "thu", "my", "hong", "thuy",
    # given-name syllables
    "an", "binh", "chi", "cuong", "dung", "dat", "duy", "giang", "hai", "hanh", "hao",
    "hien", "hieu", "hoa", "hung", "huong", "hai", "khanh", "khoa", "lan", "linh", "loan",
    "long", "nam", "nga", "nhung", "phong", "phuc", "phuong", "quan", "quynh", "son",
    "tam", "thang", "thao", "trang", "trung", "tu", "tung", "uyen", "viet", "vinh",
    "yen", "hang", "hau", "thien", "toan", "tien", "dao", "diem", "hue", "nhi", "oanh",
    "thinh", "thuan", "vy", "khoi", "nhan", "tai", "tri", "luan", "kien", "phu", "sang",
)  # fmt: skip


def _latin(word: str) -> bool:
    return all(c.isascii() and c.isalpha() for c in word)


def faker_names() -> Iterator[str]:
    """The folded Latin-letter names of every Faker locale outside the seven languages."""
    from faker.config import AVAILABLE_LOCALES

    for locale in sorted(AVAILABLE_LOCALES):
        if locale.split("_")[0] in OWN_LOCALES and locale not in (
            "en_IN",
            "en_NG",
            "en_PK",
            "en_KE",
            "en_BD",
            "en_PH",
            "en_TH",
            "fr_DZ",
            "es_MX",
        ):
            continue
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ModuleNotFoundError:
            continue
        provider = module.Provider
        for attribute in NAME_LISTS:
            names = getattr(provider, attribute, None)
            if not isinstance(names, (list, tuple, dict, set, frozenset)):
                continue
            for name in names:
                for word in str(name).replace("-", " ").split():
                    key = fold(word)
                    if len(key) >= 2 and _latin(key):
                        yield key


def build(known: set[str]) -> list[str]:
    """The world names: Faker's other locales and `VIETNAMESE`, less `known`."""
    return sorted({*faker_names(), *VIETNAMESE} - known)


def _read(path: Path) -> set[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {line.rstrip("\n") for line in f if line.strip()}


def main(argv: list[str] | None = None) -> int:
    return one_list_main(argv, __doc__, OUT, lambda: build(_read(DATA / "names.txt.gz")), "names")


if __name__ == "__main__":
    raise SystemExit(main())
