"""The values the blind chat probes draw (`make_probe14.py`, `make_probe15.py`): IBANs,
cards, national IDs with valid check digits (python-stdnum) and valid phone numbers
(`phonenumbers`), written into a template's `[[LABEL|=spec]]` marks by `render`.

One generator, `rng`: each probe seeds it with its own seed before it renders, so a probe
draws the same values whichever other probe ran in the process, and its `--check` holds.
The specs are listed in `make_probe14.py`'s docstring.

`pick` and `until` are the draws every `make_probe*` shares: `make_probe16.py`,
`make_probe18.py` and `make_probe19.py` draw from `rng` too, `make_probe17.py` picks from a
stream of its own (`source=`), `make_probe11.py` and `make_probe12.py` take `until`.
`make_probe18.py` and `make_probe19.py` share `finish` (a check character found by trying
each), `iban_of` (an IBAN from a table of BBAN parts) and, with `phone`, `valid_number`.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Sequence

import phonenumbers
import probe_templates
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

rng = random.Random()
UP = string.ascii_uppercase


def pick(chars: str, n: int, source: random.Random = rng) -> str:
    """`n` characters drawn from `chars`, from `source` (by default `rng`)."""
    return "".join(source.choice(chars) for _ in range(n))


def digits(n: int) -> str:
    return pick(string.digits, n)


def until(make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """The first value of `make()` that `ok` accepts (at most 100,000 draws)."""
    for _ in range(100_000):
        value = make()
        if ok(value):
            return value
    raise RuntimeError("no valid value drawn")


def finish(
    body: Callable[[], str], ok: Callable[[str], bool], alphabet: str = string.digits
) -> str:
    """A drawn body with the one last character of `alphabet` that makes it valid."""

    def make() -> str:
        head = body()
        for char in alphabet:
            if ok(head + char):
                return head + char
        return ""

    return until(make, bool)


def fours(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


# A BBAN's parts: (alphabet, length) drawn with `pick`, or a list of banks' codes to choose from
BbanParts = list[tuple[str, int] | list[str]]


def iban_of(country: str, parts: BbanParts) -> str:
    """A valid IBAN of `country` (no spaces), its BBAN drawn part by part from `parts`."""

    def make() -> str:
        bban = "".join(
            rng.choice(part) if isinstance(part, list) else pick(*part) for part in parts
        )
        return country + iban.calc_check_digits(country + "00" + bban) + bban

    return until(make, iban.is_valid)


# BBAN layouts: (letters at the bank-code position, total BBAN length)
BBAN = {
    "GB": (4, 18),
    "DE": (0, 18),
    "FR": (0, 23),
    "ES": (0, 20),
    "IT": (1, 23),
    "NL": (4, 14),
    "PL": (0, 24),
    "BE": (0, 12),
    "AT": (0, 16),
}


def make_iban(country: str, layout: str = "sp") -> str:
    letters, size = BBAN[country]

    def make() -> str:
        bban = "".join(rng.choice(UP) for _ in range(letters)) + digits(size - letters)
        return country + iban.calc_check_digits(country + "00" + bban) + bban

    number = until(make, iban.is_valid)
    return number if layout == "raw" else fours(number)


def card(iin: str, length: str, layout: str) -> str:
    size = int(length)
    body = iin + digits(size - len(iin) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    return number if layout == "no" else fours(number)


def make_pesel() -> str:
    def make() -> str:
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{year:02d}{month:02d}{day:02d}{digits(4)}"
        return body + pesel.calc_check_digit(body)

    return until(make, pesel.is_valid)


def make_dni() -> str:
    body = str(rng.randint(10_000_000, 79_999_999))
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = rng.choice("XYZ") + digits(7)
    return body + nie.calc_check_digit(body)


def make_cf() -> str:
    def make() -> str:
        head = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        day = rng.randint(1, 28) + rng.choice((0, 40))
        year, month = rng.randint(55, 99), rng.choice("ABCDEHLMPRST")
        town = rng.choice("ABCDEFGHLM")
        body = f"{head}{year}{month}{day:02d}{town}{rng.randint(100, 999)}"
        return body + codicefiscale.calc_check_digit(body)

    return until(make, codicefiscale.is_valid)


def make_bsn() -> str:
    return until(lambda: digits(9), lambda v: v[0] != "0" and bsn.is_valid(v))


def make_nir() -> str:
    def make() -> str:
        sex, year, month = rng.choice("12"), rng.randint(55, 99), rng.randint(1, 12)
        place, town, order = rng.randint(1, 95), rng.randint(1, 300), rng.randint(1, 999)
        body = f"{sex}{year}{month:02d}{place:02d}{town:03d}{order:03d}"
        return body + nir.calc_check_digits(body)

    value = until(make, nir.is_valid)
    return " ".join(
        (value[0], value[1:3], value[3:5], value[5:7], value[7:10], value[10:13], value[13:])
    )


def make_idnr() -> str:
    return until(lambda: str(rng.randint(1, 9)) + digits(10), idnr.is_valid)


def make_nhs() -> str:
    value = until(lambda: str(rng.randint(4, 6)) + digits(9), nhs.is_valid)
    return f"{value[:3]} {value[3:6]} {value[6:]}"


def make_ssn() -> str:
    value = until(lambda: f"{rng.randint(100, 665)}{digits(6)}", ssn.is_valid)
    return f"{value[:3]}-{value[3:5]}-{value[5:]}"


def make_nino() -> str:
    head = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{head} {digits(2)} {digits(2)} {digits(2)} {rng.choice('ABCD')}"


PHONE_TYPE = {
    "mob": phonenumbers.PhoneNumberType.MOBILE,
    "fix": phonenumbers.PhoneNumberType.FIXED_LINE,
}
PHONE_FORMAT = {
    "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
    "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    "e164": phonenumbers.PhoneNumberFormat.E164,
}
# (region, kind) -> (prefixes of the national significant number, its length)
PHONE_PLANS = {
    ("GB", "mob"): (["7400", "7700", "7712", "7745", "7801", "7824", "7939", "7956"], 10),
    ("GB", "fix"): (["121", "161", "113", "117", "1632"], 10),
    ("DE", "mob"): (["151", "152", "157", "160", "170", "171", "176", "179"], 11),
    ("DE", "fix"): (["30", "40", "89", "221", "711"], 10),
    ("FR", "mob"): (["6", "7"], 9),
    ("FR", "fix"): (["1", "2", "3", "4", "5"], 9),
    ("ES", "mob"): (["6", "7"], 9),
    ("ES", "fix"): (["91", "93", "95", "96"], 9),
    ("IT", "mob"): (["320", "328", "333", "339", "347", "348", "366", "380", "392"], 10),
    ("IT", "fix"): (["02", "06", "011", "055", "081"], 10),
    ("NL", "mob"): (["6"], 9),
    ("NL", "fix"): (["10", "20", "30", "40", "70"], 9),
    ("PL", "mob"): (["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9),
    ("PL", "fix"): (["12", "22", "58", "61", "71"], 9),
}


def valid_number(
    region: str, prefixes: Sequence[str], length: int, kind: int
) -> phonenumbers.PhoneNumber:
    """A number of `region` valid for `phonenumbers` and of the type `kind` (or fixed line or
    mobile): a national significant number of `length` digits that starts with one of
    `prefixes`."""
    code = phonenumbers.country_code_for_region(region)
    wanted = (kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)

    def make() -> str:
        head = rng.choice(prefixes)
        return head + digits(length - len(head))

    def valid(nsn: str) -> bool:
        number = phonenumbers.parse(f"+{code}{nsn}")
        return (
            phonenumbers.is_valid_number_for_region(number, region)
            and phonenumbers.number_type(number) in wanted
        )

    return phonenumbers.parse(f"+{code}{until(make, valid)}")


def phone(region: str, kind: str, layout: str) -> str:
    prefixes, length = PHONE_PLANS[(region, kind)]
    number = valid_number(region, prefixes, length, PHONE_TYPE[kind])
    if layout == "raw":
        return re.sub(r"\D", "", phonenumbers.format_number(number, PHONE_FORMAT["nat"]))
    return phonenumbers.format_number(number, PHONE_FORMAT[layout])


GEN: dict[str, Callable[[], str]] = {
    "pesel": make_pesel,
    "dni": make_dni,
    "nie": make_nie,
    "cf": make_cf,
    "bsn": make_bsn,
    "nir": make_nir,
    "idnr": make_idnr,
    "nhs": make_nhs,
    "ssn": make_ssn,
    "nino": make_nino,
}


def draw(spec: str) -> str:
    kind, _, rest = spec.partition(":")
    if kind == "iban":
        return make_iban(*rest.split(":"))
    if kind == "card":
        iin, length, layout = rest.split(":")
        return card(iin, length, layout)
    if kind == "ph":
        region, sort, layout = rest.split(":")
        return phone(region, sort, layout)
    return GEN[kind]()


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, draw)
