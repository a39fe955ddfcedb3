# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `data/chat_breadth_probe_v4.jsonl`: the fourth long-tail probe of chat breadth.

    python benchmarks/make_probe_v4.py            # rewrites the set (byte for byte)
    python benchmarks/make_probe_v4.py --check    # fails if the file on disk differs

Written before running any detector on it and before reading the recognizers (issue 16,
fourth probe). It stresses what the earlier probes did not:

* a value named AFTER it through a link ("AB1234567 is my passport number", "... ist meine
  IBAN", "... è il mio codice fiscale", "... to mój PESEL", "... is mijn BSN"), also with
  "that's", "which is", a bracket "(passport)" or a dash;
* a value named by its word whose check digit does not hold (a typo or a made-up number:
  the user still calls it their ID, so gold masks it): `"kind": "bad_check"`, about 15 % of
  the id and account messages;
* a value typed as the whole message, in answer to a bot question that is not part of the
  set: `"kind": "lone"`, with valid check digits;
* national IDs of many countries (UK, US, DE, CH, FR, BE, ES, CL, IT, NL, PL, IN, SG, AU,
  CA, KR, TR, plates), written as people type them (groups, lower case, spaces);
* clean look-alikes (about a third): order, ticket, invoice, tracking and case numbers,
  booking references, product and serial codes, prices, versions, dates, company hotlines,
  named after the value too ("... is my order number", "... ist meine Bestellnummer"), and
  lone references (`"kind": "lone"`).

Every row has a `kind`: `after` (named after the value), `before` (named before it),
`bad_check`, `lone`, or `plain` (a clean message with no naming word). Every value comes
from one seeded generator; valid check digits come from python-stdnum where it has the
algorithm and from the published rule otherwise; phone numbers are valid for their
country (phonenumbers). Gold spans are exact: the characters of the value as written,
group separators included.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum.au import tfn as au_tfn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut as cl_rut
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import cif as es_cif
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import gstin as in_gstin
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.kr import rrn as kr_rrn
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import btw as nl_btw
from stdnum.nl import identiteitskaartnummer as nl_doc
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.tr import tckimlik as tr_tc
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v4.jsonl"
SEED = 20261206_4

R = random.Random  # the one generator is passed around explicitly
Maker = Callable[[R], str]
Check = Callable[[str], bool]
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


# ---------------------------------------------------------------- small helpers
def digits(r: R, n: int, first_nonzero: bool = False) -> str:
    out = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = r.choice("123456789") + out[1:]
    return out


def chars(r: R, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def group(value: str, sizes: list[int], sep: str = " ") -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(value[i : i + size])
        i += size
    if i < len(value):
        parts.append(value[i:])
    return sep.join(p for p in parts if p)


def until(r: R, make: Maker, ok: Check) -> str:
    for _ in range(100_000):
        value = make(r)
        if ok(value):
            return value
    raise RuntimeError("no valid value generated")


def compact(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value).upper()


def fmt(make: Maker, sizes: list[int], sep: str = " ", lower: bool = False) -> Maker:
    """`make`'s value written in groups of `sizes` (and lower case)."""

    def out(r: R) -> str:
        v = group(make(r), sizes, sep) if sizes else make(r)
        return v.lower() if lower else v

    return out


def lower(make: Maker) -> Maker:
    return lambda r: make(r).lower()


def bad(make: Maker, valid: Check) -> Maker:
    """`make`'s value with one character changed so that its check no longer holds (a typo
    past the first two characters, so the value keeps its country prefix or leading shape)."""

    def out(r: R) -> str:
        value = make(r)
        spots = [i for i, c in enumerate(value) if c.isalnum()][2:]
        for _ in range(1000):
            i = r.choice(spots)
            c = value[i]
            pool = DIG if c.isdigit() else (UP if c.isupper() else LOW)
            typo = value[:i] + r.choice(pool.replace(c, "")) + value[i + 1 :]
            if not valid(compact(typo)):
                return typo
        raise RuntimeError("no invalid variant found")

    return out


def luhn_ok(number: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(number)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


# ---------------------------------------------------------------- credentials
WORDS = {
    "en": ["otter", "blueberry", "lighthouse", "pancake", "falcon", "meadow"],
    "de": ["schneeflocke", "apfelbaum", "lokomotive", "kuckuck", "brezel", "sommerwind"],
    "fr": ["croissant", "mirabelle", "grenouille", "bretagne", "tournesol", "caramel"],
    "es": ["mariposa", "sevilla", "naranja", "tiburon", "flamenco", "gazpacho"],
    "it": ["tramonto", "napoli", "basilico", "lucertola", "cannolo", "aurora"],
    "nl": ["stroopwafel", "klompen", "eekhoorn", "zeeland", "drop", "windmolen"],
    "pl": ["sowa", "krakow", "malina", "bursztyn", "wiewiorka", "zurek"],
}


def password(lang: str, style: int) -> Maker:
    def make(r: R) -> str:
        w = r.choice(WORDS[lang])
        if style == 0:
            return w.capitalize() + r.choice("!#$%&*@") + digits(r, 2)
        if style == 1:
            return w + digits(r, 4) + r.choice("!?")
        if style == 2:
            return chars(r, ALNUM, 3) + r.choice("!#$%&*") + chars(r, ALNUM, 6)
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + digits(r, 3)

    return make


def pin(n: int = 4) -> Maker:
    return lambda r: digits(r, n)


def otp(sep: str = "") -> Maker:
    return lambda r: group(digits(r, 6), [3, 3], sep) if sep else digits(r, 6)


def api_key(kind: str) -> Maker:
    def make(r: R) -> str:
        if kind == "stripe":
            return "sk_live_" + chars(r, ALNUM, 24)
        if kind == "github":
            return "ghp_" + chars(r, ALNUM, 36)
        if kind == "openai":
            return "sk-proj-" + chars(r, ALNUM + "-_", 48)
        if kind == "google":
            return "AIza" + chars(r, ALNUM + "-_", 35)
        if kind == "hf":
            return "hf_" + chars(r, string.ascii_letters, 34)
        if kind == "gitlab":
            return "glpat-" + chars(r, ALNUM + "-_", 20)
        if kind == "slack":
            return f"xoxb-{digits(r, 12, True)}-{digits(r, 13, True)}-{chars(r, ALNUM, 24)}"
        raise ValueError(kind)

    return make


# ---------------------------------------------------------------- IDs: UK, US
def uk_nhs(r: R) -> str:
    return until(r, lambda r: digits(r, 10, True), gb_nhs.is_valid)


def uk_nino(r: R) -> str:
    def pre(r: R) -> str:
        return r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")

    p = until(r, pre, lambda p: p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
    return p + digits(r, 6) + r.choice("ABCD")


def uk_passport(r: R) -> str:
    return digits(r, 9, True)


def uk_driving(r: R) -> str:
    surname = r.choice(["HUGHE", "EVANS", "WRIGH", "KHAN9", "BAKER", "CLARK"])
    year = r.randint(55, 99)
    month = r.randint(1, 12) + r.choice([0, 50])
    return (
        f"{surname}{year // 10}{month:02d}{r.randint(1, 28):02d}{year % 10}"
        f"{chars(r, UP, 2)}9{chars(r, UP + DIG, 2)}"
    )


def uk_plate(r: R) -> str:
    return f"{chars(r, 'ABCDEFGHKLMNOPRSVWY', 2)}{r.choice(['19', '21', '68', '70', '23', '72'])} {chars(r, 'ABCDEFGHJKLMNOPRSTUVWXYZ', 3)}"


def us_ssn_value(r: R) -> str:
    return until(
        r,
        lambda r: f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}",
        us_ssn.is_valid,
    )


def us_itin_value(r: R) -> str:
    return until(r, lambda r: "9" + digits(r, 8), us_itin.is_valid)


def us_passport(r: R) -> str:
    return r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)


def us_dl(r: R) -> str:
    return r.choice(UP) + digits(r, 7)


# ---------------------------------------------------------------- IDs: IN, SG, AU, CA, KR, TR, CL
def in_pan_value(r: R) -> str:
    return until(
        r,
        lambda r: chars(r, UP, 3) + "P" + chars(r, UP, 1) + digits(r, 4) + r.choice(UP),
        in_pan.is_valid,
    )


def in_aadhaar_value(r: R) -> str:
    return until(r, lambda r: r.choice("23456789") + digits(r, 11), in_aadhaar.is_valid)


def in_passport(r: R) -> str:
    return r.choice("JKLMNPRSTUVWZ") + digits(r, 7, True)


def in_gstin_value(r: R) -> str:
    def make(r: R) -> str:
        pan = chars(r, UP, 3) + r.choice("CFP") + chars(r, UP, 1) + digits(r, 4) + r.choice(UP)
        head = f"{r.randint(1, 37):02d}{pan}1Z"
        for c in DIG + UP:
            if in_gstin.is_valid(head + c):
                return head + c
        return head + "?"

    return until(r, make, in_gstin.is_valid)


def sg_nric(r: R) -> str:
    prefix = r.choice("ST")
    body = digits(r, 7)
    total = sum(int(d) * w for d, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True))
    total += 4 if prefix == "T" else 0
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def au_tfn_value(r: R) -> str:
    return until(r, lambda r: digits(r, 9, True), au_tfn.is_valid)


def au_medicare(r: R) -> str:
    head = r.choice("23456") + digits(r, 7)
    check = sum(int(d) * w for d, w in zip(head, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return f"{head[:4]} {head[4:]}{check} {r.randint(1, 5)}"


def ca_sin_value(r: R) -> str:
    return until(r, lambda r: r.choice("1234567") + digits(r, 8), ca_sin.is_valid)


def kr_rrn_value(r: R) -> str:
    def make(r: R) -> str:
        year = r.randint(60, 99)
        body = (
            f"{year:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('12')}{digits(r, 5)}"
        )
        return body + kr_rrn.calc_check_digit(body)

    v = until(r, make, kr_rrn.is_valid)
    return f"{v[:6]}-{v[6:]}"


def tr_tc_value(r: R) -> str:
    head = digits(r, 9, True)
    return head + tr_tc.calc_check_digits(head)


def cl_rut_value(r: R) -> str:
    body = str(r.randint(8_000_000, 24_999_999))
    return f"{int(body):,}".replace(",", ".") + "-" + cl_rut.calc_check_digit(body)


# ---------------------------------------------------------------- IDs: DE, CH
def de_steuer_id(r: R) -> str:
    return until(r, lambda r: digits(r, 11, True), de_idnr.is_valid)


DE_DOC = "CFGHJKLMNPRTVWXYZ0123456789"


def de_ausweis(r: R) -> str:
    return until(
        r,
        lambda r: r.choice("LMNPRTVWXY") + chars(r, DE_DOC, 8),
        lambda v: sum(c.isdigit() for c in v) >= 3,
    )


def de_pass(r: R) -> str:
    return "C" + chars(r, DE_DOC, 8)


def kvnr_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    nums = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = 0
    for i, d in enumerate(nums):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def de_kvnr(r: R) -> str:
    letter, body = r.choice(UP), digits(r, 8)
    for d in DIG:
        if kvnr_ok(letter + body + d):
            return letter + body + d
    raise RuntimeError("unreachable")


def de_rvnr(r: R) -> str:
    """Rentenversicherungsnummer: area, DDMMYY, initial, serial, check (published rule)."""
    area = f"{r.choice([12, 13, 15, 16, 17, 18, 19, 21, 23, 24, 25, 26, 28, 29, 38, 39, 65])}"
    birth = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99):02d}"
    letter = r.choice("ABDFGHKLMNRSTW")
    serial = f"{r.randint(0, 99):02d}"
    nums = area + birth + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(int(c) for c in str(int(d) * w)) for d, w in zip(nums, weights, strict=True))
    return f"{area} {birth} {letter} {serial}{total % 10}"


def de_fuehrerschein(r: R) -> str:
    return r.choice(UP + DIG) + digits(r, 3) + chars(r, UP + DIG, 6) + digits(r, 1)


def de_plate(r: R) -> str:
    return f"{r.choice(['M', 'B', 'HH', 'K', 'F', 'S', 'KA', 'DO'])}-{chars(r, 'ABCDEFGHKLMNPRSTUVWXYZ', 2)} {r.randint(1, 9999)}"


def ch_ahv(r: R) -> str:
    body = "756" + digits(r, 9)
    v = body + std_ean.calc_check_digit(body)
    assert ch_ssn.is_valid(v)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


# ---------------------------------------------------------------- IDs: FR, BE
def fr_nir_value(r: R) -> str:
    body = (
        r.choice("12")
        + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
        + r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "2A", "06"])
        + f"{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
    )
    num = int(body.replace("2A", "19").replace("2B", "18"))
    v = body + f"{97 - num % 97:02d}"
    assert fr_nir.is_valid(v), v
    return v


def fr_nif_value(r: R) -> str:
    def make(r: R) -> str:
        head = r.choice("0123") + digits(r, 9)
        return head + f"{int(head) % 511:03d}"

    return until(r, make, fr_nif.is_valid)


def fr_cni_old(r: R) -> str:
    return f"{r.randint(95, 99) if r.random() < 0.3 else r.randint(10, 20):02d}{r.randint(1, 12):02d}{r.choice(['751', '692', '131', '331', '592'])}{digits(r, 5)}"


def fr_passport(r: R) -> str:
    return f"{r.randint(12, 24)}{chars(r, UP, 2)}{digits(r, 5)}"


def fr_plate(r: R) -> str:
    return f"{chars(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 2)}-{digits(r, 3)}-{chars(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 2)}"


def be_nn_value(r: R) -> str:
    def make(r: R) -> str:
        body = f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 997):03d}"
        return body + f"{97 - int(body) % 97:02d}"

    v = until(r, make, be_nn.is_valid)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


# ---------------------------------------------------------------- IDs: ES, IT, NL, PL
def es_dni_value(r: R) -> str:
    body = digits(r, 8, True)
    return body + es_dni.calc_check_digit(body)


def es_nie_value(r: R) -> str:
    body = r.choice("XYZ") + digits(r, 7)
    return body + es_nie.calc_check_digit(body)


def es_cif_value(r: R) -> str:
    def make(r: R) -> str:
        body = r.choice("ABH") + f"{r.choice([28, 8, 46, 41, 29, 48])}".zfill(2) + digits(r, 5)
        return body + es_cif.calc_check_digits(body)[0]

    return until(r, make, es_cif.is_valid)


def es_nss(r: R) -> str:
    prov = f"{r.choice([28, 8, 46, 41, 29, 3, 48, 30])}".zfill(2)
    num = digits(r, 8, True)
    return f"{prov} {num} {int(prov + num) % 97:02d}"


def es_passport(r: R) -> str:
    return r.choice(["PAA", "PAB", "PAC", "XDA", "AAB"]) + digits(r, 6)


def es_plate(r: R) -> str:
    return f"{digits(r, 4)} {chars(r, 'BCDFGHJKLMNPRSTVWXYZ', 3)}"


BELFIORE = ["H501", "F205", "F839", "L219", "A944", "G273", "D612", "L736", "C351"]
MONTHS = "ABCDEHLMPRST"


def it_cf_value(r: R) -> str:
    day = r.randint(1, 28) + r.choice([0, 40])
    body = (
        chars(r, "BCDFGLMNPRSTVZ", 3)
        + chars(r, "BCDFGLMNPRSTVZAEIO", 3)
        + f"{r.randint(50, 99)}{r.choice(MONTHS)}{day:02d}{r.choice(BELFIORE)}"
    )
    v = body + it_cf.calc_check_digit(body)
    assert it_cf.is_valid(v)
    return v


def it_piva(r: R) -> str:
    return until(r, lambda r: digits(r, 11, True), it_iva.is_valid)


def it_cie(r: R) -> str:
    return "C" + r.choice("ABCDE") + digits(r, 5) + chars(r, UP, 2)


def it_passport(r: R) -> str:
    return r.choice(["YA", "YB", "YC", "YD"]) + digits(r, 7)


def it_patente(r: R) -> str:
    return r.choice(["MI", "RM", "TO", "NA", "U1"]) + digits(r, 7) + r.choice(UP)


def it_plate(r: R) -> str:
    return f"{chars(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)} {digits(r, 3)} {chars(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)}"


def nl_bsn_value(r: R) -> str:
    return until(r, lambda r: digits(r, 9, True), nl_bsn.is_valid)


def nl_doc_value(r: R) -> str:
    alpha = UP.replace("O", "")
    return until(
        r,
        lambda r: chars(r, alpha, 2) + chars(r, alpha + "123456789", 6) + r.choice("123456789"),
        nl_doc.is_valid,
    )


def nl_plate(r: R) -> str:
    return f"{digits(r, 2)}-{chars(r, 'BDFGHJKLNPRSTVXZ', 3)}-{digits(r, 1)}"


def nl_btw_value(r: R) -> str:
    v = "NL" + nl_bsn_value(r) + "B01"
    assert nl_btw.is_valid(v)
    return v


def pl_pesel_value(r: R) -> str:
    year = r.randint(1950, 2005)
    month = r.randint(1, 12) + (20 if year >= 2000 else 0)
    body = f"{year % 100:02d}{month:02d}{r.randint(1, 28):02d}{digits(r, 4)}"
    return body + pl_pesel.calc_check_digit(body)


def pl_nip_value(r: R) -> str:
    return until(r, lambda r: digits(r, 10, True), pl_nip.is_valid)


def pl_regon_value(r: R) -> str:
    body = digits(r, 8, True)
    return body + pl_regon.calc_check_digit(body)


def pl_dowod_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-Z]{3}\d{6}", value):
        return False
    vals = [ord(c) - 55 for c in value[:3]] + [int(d) for d in value[4:]]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    return sum(v * w for v, w in zip(vals, weights, strict=True)) % 10 == int(value[3])


def pl_dowod(r: R) -> str:
    letters, rest = chars(r, UP, 3), digits(r, 5)
    vals = [ord(c) - 55 for c in letters] + [int(d) for d in rest]
    check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
    return f"{letters}{check}{rest}"


def pl_passport(r: R) -> str:
    return r.choice(["EA", "EC", "EK", "ER", "EI"]) + digits(r, 7)


def pl_plate(r: R) -> str:
    return f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WI', 'DW'])} {digits(r, 5, True)}"


# ---------------------------------------------------------------- accounts
def iban(country: str, bban: Maker) -> Maker:
    def make(r: R) -> str:
        b = bban(r)
        moved = b + country + "00"
        num = int("".join(str(int(c, 36)) for c in moved))
        v = f"{country}{98 - num % 97:02d}{b}"
        assert std_iban.is_valid(v), v
        return v

    return make


def spaced_iban(country: str, bban: Maker, sep: str = " ", low: bool = False) -> Maker:
    return fmt(iban(country, bban), [4] * 9, sep, low)


def de_bban(r: R) -> str:
    return r.choice(["10050000", "43060967", "70150000", "50070010", "76010085"]) + digits(r, 10)


def fr_rib_parts(r: R) -> tuple[str, str, str, str]:
    bank = r.choice(["30004", "30003", "20041", "10278", "11315"])
    branch, account = digits(r, 5), digits(r, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank, branch, account, f"{key:02d}"


def fr_bban(r: R) -> str:
    return "".join(fr_rib_parts(r))


def es_bban(r: R) -> str:
    bank = r.choice(["2100", "0049", "0182", "2038", "0081", "1465"])
    office, account = digits(r, 4), digits(r, 10)
    check = es_ccc.calc_check_digits(bank + office + "00" + account)
    return bank + office + check + account


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_bban(r: R) -> str:
    rest = r.choice(["03069", "02008", "05034", "03062", "01030"]) + digits(r, 5) + digits(r, 12)
    total = 0
    for i, c in enumerate(rest):
        v = int(c, 36) - (10 if c.isalpha() else 0)
        total += ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26) + rest


def nl_bban(r: R) -> str:
    acct = until(
        r,
        lambda r: digits(r, 10),
        lambda a: sum(int(d) * (10 - i) for i, d in enumerate(a)) % 11 == 0,
    )
    return r.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB"]) + acct


def pl_bban(r: R) -> str:
    head = r.choice(["1020102", "1140200", "1090101", "1050001", "1160220"])
    check = (
        10 - sum(int(d) * w for d, w in zip(head, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10
    ) % 10
    return head + str(check) + digits(r, 16)


def gb_bban(r: R) -> str:
    return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + digits(r, 6) + digits(r, 8)


def be_bban(r: R) -> str:
    head = r.choice(["001", "068", "310", "735", "363"]) + digits(r, 7)
    check = int(head) % 97 or 97
    return head + f"{check:02d}"


def at_bban(r: R) -> str:
    return r.choice(["12000", "20111", "32000", "14000"]) + digits(r, 11)


def ch_bban(r: R) -> str:
    return r.choice(["00762", "00230", "08390", "00700"]) + digits(r, 12)


def pl_nrb(sep: str) -> Maker:
    return lambda r: group(iban("PL", pl_bban)(r)[2:], [2, 4, 4, 4, 4, 4, 4], sep)


def nrb_ok(value: str) -> bool:
    return std_iban.is_valid("PL" + value)


def es_ccc_value(r: R) -> str:
    return group(es_bban(r), [4, 4, 2, 10], " ")


def card(prefix: str, length: int = 16) -> Maker:
    def make(r: R) -> str:
        body = prefix + digits(r, length - 1 - len(prefix))
        for d in DIG:
            if luhn_ok(body + d):
                return body + d
        raise RuntimeError("unreachable")

    return make


def aba(r: R) -> str:
    body = f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 26, 31]):02d}" + digits(r, 6)
    return body + us_rtn.calc_check_digit(body)


def sort_code(r: R) -> str:
    return group(r.choice(["20", "40", "30", "60", "09", "04"]) + digits(r, 4), [2, 2, 2], "-")


# ---------------------------------------------------------------- phones
def phone(region: str, national: str, write: Callable[[str], str]) -> Maker:
    """A valid number of `region`: `national` is a pattern (# = random digit)."""

    def make(r: R) -> str:
        def build(r: R) -> str:
            return "".join(r.choice(DIG) if c == "#" else c for c in national)

        def ok(n: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(n, region))

        return write(until(r, build, ok))

    return make


def g(*sizes: int, sep: str = " ", prefix: str = "", drop: int = 0) -> Callable[[str], str]:
    """Write a national number in groups, after dropping `drop` leading characters."""
    return lambda n: prefix + group(n[drop:], list(sizes), sep)


# ---------------------------------------------------------------- clean look-alikes
def ref(prefix: str, n: int, suffix: str = "") -> Maker:
    return lambda r: prefix + digits(r, n, True) + suffix


def pnr(r: R) -> str:
    return until(
        r,
        lambda r: chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
        lambda v: any(c.isdigit() for c in v) and any(c.isalpha() for c in v),
    )


def passport_like_order(r: R) -> str:
    return chars(r, UP, 2) + digits(r, 7)


def amazon_order(r: R) -> str:
    return f"{digits(r, 3, True)}-{digits(r, 7)}-{digits(r, 7)}"


def ups(r: R) -> str:
    return "1Z" + chars(r, UP + DIG, 6) + digits(r, 10)


def s10(country: str) -> Maker:
    def make(r: R) -> str:
        body = digits(r, 8)
        s = sum(int(d) * w for d, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
        c = 11 - s % 11
        c = 0 if c == 10 else 5 if c == 11 else c
        return f"{r.choice(['RR', 'LX', 'CP', 'EE'])}{body}{c}{country}"

    return make


def ean13(prefix: str) -> Maker:
    def make(r: R) -> str:
        body = prefix + digits(r, 12 - len(prefix))
        return body + std_ean.calc_check_digit(body)

    return make


def serial(r: R) -> str:
    return chars(r, UP + DIG, 4) + chars(r, UP, 2) + digits(r, 5)


# ---------------------------------------------------------------- templates
@dataclass(frozen=True)
class Slot:
    label: str
    make: Maker


@dataclass(frozen=True)
class Tpl:
    category: str
    kind: str
    text: str
    slots: dict[str, Slot]


def t(category: str, kind: str, text: str, **slots: tuple[str, Maker]) -> Tpl:
    return Tpl(category, kind, text, {k: Slot(*v) for k, v in slots.items()})


def c(kind: str, text: str, **slots: Maker) -> Tpl:
    """A clean message; its slots are look-alike values, not gold."""
    return Tpl("clean", kind, text, {k: Slot("", v) for k, v in slots.items()})


def lone(category: str, label: str, make: Maker) -> Tpl:
    return t(category, "lone", "{a}", a=(label, make))


PW, PIN, OTP, KEY, CVV = "PASSWORD", "PIN", "OTP", "API_KEY", "CVV"
IB, BA, CC, PH = "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER"
PASS, DL, IDC, PLATE = "PASSPORT", "DRIVER_LICENSE", "ID_CARD", "LICENSE_PLATE"
A, B, D = "after", "before", "bad_check"

EN = [
    t(
        "credential",
        A,
        "{a} is my password but it keeps saying wrong credentials",
        a=(PW, password("en", 0)),
    ),
    t(
        "credential",
        A,
        "{a} - thats the pin for my debit card, it worked yesterday",
        a=(PIN, pin(4)),
    ),
    lone("credential", OTP, otp(" ")),
    t(
        "credential",
        A,
        "{a} is the key we had in prod, pls revoke it asap",
        a=(KEY, api_key("stripe")),
    ),
    t(
        "credential",
        A,
        "ok so {a} was the one time code but it expired b4 i could type it",
        a=(OTP, otp()),
    ),
    t("id", A, "{a} is my passport number", a=(PASS, uk_passport)),
    t("id", A, "{a} thats my nhs number", a=("UK_NHS", fmt(uk_nhs, [3, 3, 4]))),
    t(
        "id",
        A,
        "{a} is my national insurance no.",
        a=("UK_NINO", fmt(uk_nino, [2, 2, 2, 2, 1], " ", lower=True)),
    ),
    t("id", A, "{a} (driving licence) - can u update it on file", a=(DL, uk_driving)),
    t(
        "id",
        A,
        "{a} which is my ssn, the form keeps rejecting it",
        a=("US_SSN", fmt(us_ssn_value, [3, 2, 4], "-")),
    ),
    t(
        "id",
        A,
        "{a} is my ITIN, i dont have an ssn yet",
        a=("US_ITIN", fmt(us_itin_value, [3, 2, 4], "-")),
    ),
    t("id", A, "{a} is my us passport # if you need it for the booking", a=(PASS, us_passport)),
    t("id", A, "{a} = my drivers license number (california)", a=(DL, us_dl)),
    t("id", A, "{a} is my PAN", a=("IN_PAN", lower(in_pan_value))),
    t(
        "id",
        A,
        "{a} is my aadhaar number, its linked to the same mobile",
        a=("IN_AADHAAR", fmt(in_aadhaar_value, [4, 4, 4])),
    ),
    t("id", A, "{a} that is my indian passport no", a=(PASS, in_passport)),
    t("id", A, "{a} is our GSTIN, please put it on the invoice", a=("IN_GSTIN", in_gstin_value)),
    t("id", A, "{a} is my NRIC", a=("SG_NRIC_FIN", sg_nric)),
    t("id", A, "{a} — my tax file number (TFN)", a=("AU_TFN", fmt(au_tfn_value, [3, 3, 3]))),
    t("id", A, "{a} is my medicare card number, irn 1", a=("AU_MEDICARE", au_medicare)),
    t("id", A, "{a} is my SIN for the T4", a=("CA_SIN", fmt(ca_sin_value, [3, 3, 3]))),
    t("id", A, "{a} is my korean resident registration number", a=("KR_RRN", kr_rrn_value)),
    t("id", A, "{a} is my reg plate, got a parking fine i didnt deserve", a=(PLATE, uk_plate)),
    t("id", D, "{a} is my nhs number", a=("UK_NHS", fmt(bad(uk_nhs, gb_nhs.is_valid), [3, 3, 4]))),
    t(
        "id",
        D,
        "my social insurance number is {a}",
        a=("CA_SIN", fmt(bad(ca_sin_value, ca_sin.is_valid), [3, 3, 3], "-")),
    ),
    t(
        "id",
        D,
        "{a} is my aadhaar",
        a=("IN_AADHAAR", fmt(bad(in_aadhaar_value, in_aadhaar.is_valid), [4, 4, 4])),
    ),
    lone("id", "US_SSN", fmt(us_ssn_value, [3, 2, 4])),
    lone("id", "UK_NHS", uk_nhs),
    lone("id", "IN_PAN", in_pan_value),
    t(
        "account",
        A,
        "{a} is my card number, it got charged twice",
        a=(CC, fmt(card("4"), [4, 4, 4, 4])),
    ),
    t("account", A, "{a} is my iban for the refund", a=(IB, spaced_iban("GB", gb_bban))),
    t(
        "account",
        A,
        "{a} / {b} - sort code and account number for the refund",
        a=(BA, sort_code),
        b=(BA, lambda r: digits(r, 8)),
    ),
    t(
        "account",
        A,
        "{a} is the routing number and {b} is my checking account",
        a=("ABA_ROUTING", aba),
        b=("US_BANK_NUMBER", lambda r: digits(r, 10, True)),
    ),
    t("account", D, "my amex is {a}", a=(CC, fmt(bad(card("37", 15), luhn_ok), [4, 6, 5]))),
    t(
        "account",
        D,
        "{a} which is my iban",
        a=(IB, fmt(bad(iban("GB", gb_bban), std_iban.is_valid), [4] * 6)),
    ),
    lone("account", IB, spaced_iban("GB", gb_bban)),
    t("phone", A, "{a} is my mobile, text me there", a=(PH, phone("GB", "07#########", g(5, 6)))),
    t(
        "phone",
        A,
        "{a} thats my cell",
        a=(PH, phone("US", "##########", lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}")),
    ),
    lone("phone", PH, phone("GB", "07#########", g(4, 6, prefix="+44 ", drop=1))),
    t("phone", A, "{a} (home) after 6pm pls", a=(PH, phone("GB", "020########", g(3, 4, 4)))),
    t("phone", A, "{a} is my whatsapp", a=(PH, phone("IN", "9#########", g(5, 5, prefix="+91 ")))),
    c(A, "{a} is my order number, still not delivered", a=passport_like_order),
    c(A, "{a} is the ticket number from last week", a=ref("#", 5)),
    c(A, "{a} is the invoice no. on the email", a=ref("INV-2024-", 5)),
    c(A, "{a} is the tracking number ups gave me", a=ups),
    c(A, "{a} - booking reference, flight is tomorrow", a=pnr),
    c(A, "{a} is the serial number of the router", a=serial),
    c(B, "order #{a} arrived broken", a=ref("", 7)),
    c("plain", "paid £49.99 on 12/03/2024 and got charged again on 14/03"),
    c("plain", "app version 5.12.3 (build 20240311) crashes on login"),
    c(A, "0800 123 4567 is your helpline right? nobody picks up"),
    c("lone", "{a}", a=ref("ORD-", 7)),
    c("lone", "{a}", a=ref("#A-", 5)),
    c(A, "{a} is the case number you gave me on the phone", a=ref("CS00", 5)),
    c("plain", "my refund of $1,249.00 was approved on 2024-03-14, ref 88213"),
    c(A, "{a} is the order id in the confirmation email", a=ref("", 10)),
    c(A, "{a} which is the reservation code", a=ref("HTL-", 5, "-B")),
    c(A, "{a} is the product code on the box", a=ean13("50")),
    c(A, "{a} is my amazon order number", a=amazon_order),
]

DE = [
    t("credential", A, "{a} ist mein Passwort, geht aber nicht", a=(PW, password("de", 0))),
    t("credential", A, "{a} ist die PIN von der EC-Karte", a=(PIN, pin(4))),
    t("credential", A, "{a} war die TAN aus der SMS, schon abgelaufen", a=(OTP, otp())),
    lone("credential", PW, password("de", 1)),
    t(
        "credential",
        A,
        "{a} ist unser GitHub-Token, bitte sofort sperren",
        a=(KEY, api_key("github")),
    ),
    t("id", A, "{a} ist meine Steuer-ID", a=("DE_TAX_ID", fmt(de_steuer_id, [2, 3, 3, 3]))),
    t(
        "id",
        A,
        "{a} ist meine steueridentifikationsnummer glaub ich",
        a=("DE_TAX_ID", de_steuer_id),
    ),
    t("id", A, "{a} ist die Nummer von meinem Personalausweis", a=(IDC, de_ausweis)),
    t("id", A, "{a} (Reisepass) läuft im Juni ab", a=(PASS, de_pass)),
    t("id", A, "{a} ist meine Krankenversichertennummer", a=("DE_HEALTH_INSURANCE_ID", de_kvnr)),
    t("id", A, "{a} – das ist meine Sozialversicherungsnummer", a=("DE_SOCIAL_SECURITY", de_rvnr)),
    t("id", A, "{a} ist meine türkische TC Kimlik Nr.", a=("TR_TCKN", tr_tc_value)),
    t("id", A, "{a} ist meine AHV-Nummer (wohne in Basel)", a=("CH_AHV", ch_ahv)),
    t("id", A, "{a} ist mein Kennzeichen, hab nen Strafzettel bekommen", a=(PLATE, de_plate)),
    t("id", A, "{a} ist meine Führerscheinnummer", a=(DL, de_fuehrerschein)),
    t(
        "id",
        A,
        "{a}, das ist meine Steuer ID, bitte im Vertrag korrigieren",
        a=("DE_TAX_ID", fmt(de_steuer_id, [3, 4, 4])),
    ),
    t(
        "id",
        D,
        "{a} ist meine Steuer-ID",
        a=("DE_TAX_ID", fmt(bad(de_steuer_id, de_idnr.is_valid), [2, 3, 3, 3])),
    ),
    t("id", D, "KV-Nummer {a}", a=("DE_HEALTH_INSURANCE_ID", bad(de_kvnr, kvnr_ok))),
    lone("id", "DE_TAX_ID", de_steuer_id),
    lone("id", IDC, lower(de_ausweis)),
    t("account", A, "{a} ist meine IBAN", a=(IB, spaced_iban("DE", de_bban))),
    t(
        "account",
        A,
        "{a} ist die Kontonummer, BLZ {b}",
        a=(BA, lambda r: digits(r, 10, True)),
        b=(BA, lambda r: r.choice(["100 500 00", "430 609 67", "700 150 00"])),
    ),
    t(
        "account",
        A,
        "{a} is meine Kreditkarte, die wurde doppelt belastet",
        a=(CC, fmt(card("52"), [4, 4, 4, 4])),
    ),
    t(
        "account",
        D,
        "{a} ist meine IBAN",
        a=(IB, fmt(bad(iban("DE", de_bban), std_iban.is_valid), [4] * 6)),
    ),
    lone("account", IB, iban("DE", de_bban)),
    t(
        "account",
        A,
        "{a} (IBAN, Raiffeisen) bitte dahin erstatten",
        a=(IB, spaced_iban("AT", at_bban)),
    ),
    t("phone", A, "{a} ist meine Handynummer", a=(PH, phone("DE", "015#########", g(4, 4, 4)))),
    t("phone", A, "{a} – Festnetz, ab 18 Uhr", a=(PH, phone("DE", "030########", g(3, 8)))),
    lone("phone", PH, phone("DE", "017########", g(3, 7, prefix="+49 ", drop=1))),
    t(
        "phone",
        A,
        "{a} ist meine neue Nummer",
        a=(PH, phone("AT", "0664#######", g(3, 7, prefix="+43 ", drop=1))),
    ),
    c(A, "{a} ist meine Bestellnummer", a=amazon_order),
    c(A, "{a} ist die Rechnungsnummer", a=ref("RE-2024-", 5)),
    c(A, "{a} ist die Sendungsnummer von DHL", a=ref("00340434", 12)),
    c(A, "{a} ist meine Bestellnummer, wo bleibt das Paket", a=passport_like_order),
    c(A, "{a} ist die Vorgangsnummer", a=ref("VG-", 7)),
    c(A, "{a} ist die Artikelnummer", a=ean13("400")),
    c(B, "Buchungsnummer {a} für den Flug nach Palma", a=pnr),
    c("plain", "hab 129,99 € bezahlt am 03.02.2024 und nix bekommen"),
    c("plain", "Version 3.14.2 stürzt beim Start ab"),
    c(A, "0800 330 1000 ist doch eure Hotline oder? da geht keiner ran"),
    c("lone", "{a}", a=ref("AB-2024-", 5)),
    c("lone", "{a}", a=ref("#", 7)),
    c(A, "{a} ist die Ticketnummer", a=ref("TCK-", 5)),
    c("plain", "Lieferung kam am 14.03. statt am 12.03., Paket wiegt 2,5 kg"),
    c(A, "{a} ist die Seriennummer vom Gerät", a=serial),
    c(A, "{a} ist die Auftragsnummer", a=ref("45", 8)),
]

FR = [
    t("credential", A, "{a} c'est mon mot de passe, il marche plus", a=(PW, password("fr", 3))),
    t("credential", A, "{a} c'est le code pin de ma carte", a=(PIN, pin(4))),
    t("credential", A, "{a} est le code reçu par sms mais il est refusé", a=(OTP, otp())),
    lone("credential", OTP, otp()),
    t("credential", A, "{a} c'est le token slack qu'on a exposé hier", a=(KEY, api_key("slack"))),
    t(
        "id",
        A,
        "{a} c'est mon numéro de sécu",
        a=("FR_NIR", fmt(fr_nir_value, [1, 2, 2, 2, 3, 3, 2])),
    ),
    t("id", A, "{a} est mon numéro de sécurité sociale", a=("FR_NIR", fr_nir_value)),
    t("id", A, "{a} (carte d'identité) expire bientôt", a=(IDC, fr_cni_old)),
    t("id", A, "{a} c'est mon numéro de passeport", a=(PASS, lower(fr_passport))),
    t("id", A, "{a} est mon numéro fiscal", a=("FR_TAX_ID", fmt(fr_nif_value, [2, 2, 3, 3, 3]))),
    t("id", A, "{a} c'est mon numéro national belge", a=("BE_NATIONAL_NUMBER", be_nn_value)),
    t("id", A, "{a} c'est ma plaque, j'ai reçu une amende", a=(PLATE, fr_plate)),
    t(
        "id",
        A,
        "{a} est le numéro de mon permis de conduire",
        a=(DL, lambda r: digits(r, 12, True)),
    ),
    t(
        "id",
        A,
        "{a} — mon numéro AVS (je suis à Genève)",
        a=("CH_AHV", lambda r: ch_ahv(r).replace(".", "")),
    ),
    t(
        "id",
        A,
        "{a} c'est le numéro de ma carte vitale",
        a=("FR_NIR", fmt(fr_nir_value, [1, 2, 2, 2, 3, 3, 2])),
    ),
    t(
        "id",
        D,
        "{a} c'est mon numéro de sécu",
        a=("FR_NIR", fmt(bad(fr_nir_value, fr_nir.is_valid), [1, 2, 2, 2, 3, 3, 2])),
    ),
    t("id", D, "mon numéro fiscal : {a}", a=("FR_TAX_ID", bad(fr_nif_value, fr_nif.is_valid))),
    lone("id", "FR_NIR", fmt(fr_nir_value, [1, 2, 2, 2, 3, 3, 2])),
    t("account", A, "{a} c'est mon IBAN", a=(IB, spaced_iban("FR", fr_bban))),
    t("account", A, "{a} c'est mon RIB", a=(BA, lambda r: " ".join(fr_rib_parts(r)))),
    t("account", A, "{a} est ma carte bleue", a=(CC, fmt(card("49"), [4, 4, 4, 4]))),
    t(
        "account",
        D,
        "{a} mon iban",
        a=(IB, fmt(bad(iban("FR", fr_bban), std_iban.is_valid), [4] * 7)),
    ),
    lone("account", IB, spaced_iban("BE", be_bban)),
    t("account", A, "{a}, c'est mon compte en Suisse", a=(IB, spaced_iban("CH", ch_bban))),
    t("phone", A, "{a} c'est mon portable", a=(PH, phone("FR", "06########", g(2, 2, 2, 2, 2)))),
    t(
        "phone",
        A,
        "{a} c'est mon fixe",
        a=(PH, phone("FR", "01########", g(2, 2, 2, 2, 2, sep="."))),
    ),
    lone("phone", PH, phone("FR", "07########", g(1, 2, 2, 2, 2, prefix="+33 ", drop=1))),
    t(
        "phone",
        A,
        "{a} (numéro belge)",
        a=(PH, phone("BE", "047#######", g(3, 2, 2, 2, prefix="+32 ", drop=1))),
    ),
    c(A, "{a} c'est mon numéro de commande", a=passport_like_order),
    c(A, "{a} est le numéro de suivi Colissimo", a=lambda r: "6A" + digits(r, 11)),
    c(A, "{a} c'est le numéro de facture", a=ref("FA-2024-", 4)),
    c(A, "{a} est la référence de réservation", a=pnr),
    c(A, "{a} est le numéro du ticket SAV", a=ref("SAV-", 5)),
    c(
        A,
        "{a} c'est la référence produit",
        a=lambda r: f"{digits(r, 3, True)}.{digits(r, 3)}.{digits(r, 2)}",
    ),
    c("plain", "j'ai payé 89,90 € le 14/03/2024 et rien reçu"),
    c("plain", "la version 2.8.1 plante au démarrage"),
    c(A, "09 69 39 39 00 c'est bien votre service client ? ça sonne dans le vide"),
    c("lone", "{a}", a=ref("CMD-2024-", 6)),
    c("lone", "{a}", a=ups),
    c(A, "{a} est le numéro de dossier", a=ref("DOS-2024-", 5)),
    c("plain", "colis de 3 kg livré le 12/03 à 18h45 au mauvais endroit"),
    c(A, "{a} c'est le numéro de série", a=serial),
    c(A, "{a} est le numéro de commande", a=ref("", 11)),
    c("plain", "erreur 0x80070005 depuis la mise à jour 22H2"),
]

ES = [
    t("credential", A, "{a} es mi contraseña y no me deja entrar", a=(PW, password("es", 0))),
    t("credential", A, "{a} es el pin de la tarjeta", a=(PIN, pin(4))),
    t("credential", A, "{a} es el código que me llegó por sms", a=(OTP, otp(" "))),
    lone("credential", PW, password("es", 2)),
    t(
        "credential",
        A,
        "{a} es la clave api de producción, hay que rotarla",
        a=(KEY, api_key("openai")),
    ),
    t("id", A, "{a} es mi DNI", a=("ES_NIF", es_dni_value)),
    t("id", A, "{a} es mi número de pasaporte", a=(PASS, es_passport)),
    t(
        "id",
        A,
        "{a} es mi NIE",
        a=("ES_NIE", lambda r: (lambda v: f"{v[0]}-{v[1:8]}-{v[8]}")(es_nie_value(r))),
    ),
    t("id", A, "{a} es el NIF de la empresa", a=("ES_NIF", es_cif_value)),
    t("id", A, "{a} es mi número de la seguridad social", a=("ES_SOCIAL_SECURITY", es_nss)),
    t("id", A, "{a} es mi RUT (soy chileno)", a=("CL_RUT", cl_rut_value)),
    t("id", A, "{a} es la matrícula de mi coche", a=(PLATE, es_plate)),
    t("id", A, "{a} (carnet de conducir)", a=(DL, es_dni_value)),
    t(
        "id",
        A,
        "{a}, ese es mi dni",
        a=("ES_NIF", lambda r: (lambda v: f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}")(es_dni_value(r))),
    ),
    t("id", D, "{a} es mi DNI", a=("ES_NIF", bad(es_dni_value, es_dni.is_valid))),
    t("id", D, "mi NIE es {a}", a=("ES_NIE", bad(es_nie_value, es_nie.is_valid))),
    lone("id", "ES_NIF", lower(es_dni_value)),
    lone("id", "ES_NIE", es_nie_value),
    t("account", A, "{a} es mi IBAN", a=(IB, spaced_iban("ES", es_bban))),
    t("account", A, "{a} es mi número de cuenta", a=(BA, es_ccc_value)),
    t(
        "account",
        A,
        "{a} es mi tarjeta, me cobraron dos veces",
        a=(CC, fmt(card("55"), [4, 4, 4, 4])),
    ),
    t(
        "account",
        D,
        "{a} es mi iban",
        a=(IB, fmt(bad(iban("ES", es_bban), std_iban.is_valid), [4] * 6)),
    ),
    lone("account", IB, iban("ES", es_bban)),
    t("account", A, "{a} (cuenta del bbva)", a=(IB, spaced_iban("ES", es_bban, low=True))),
    t("phone", A, "{a} es mi móvil", a=(PH, phone("ES", "6########", g(3, 2, 2, 2)))),
    t(
        "phone",
        A,
        "{a} es mi whatsapp",
        a=(PH, phone("ES", "6########", g(3, 3, 3, prefix="+34 "))),
    ),
    lone("phone", PH, phone("MX", "55########", g(2, 4, 4, prefix="+52 "))),
    t("phone", A, "{a} es el fijo de casa", a=(PH, phone("ES", "91#######", g(2, 3, 2, 2)))),
    c(A, "{a} es mi número de pedido", a=ref("ES-", 5, "-771")),
    c(A, "{a} es el número de seguimiento de correos", a=s10("ES")),
    c(A, "{a} es la factura", a=ref("F2024-", 6)),
    c(A, "{a} es el localizador de la reserva", a=pnr),
    c(A, "{a} es el número de incidencia", a=ref("INC00", 5)),
    c(
        A,
        "{a} es la referencia del producto",
        a=lambda r: f"REF. {digits(r, 4)}/{digits(r, 3)}/{digits(r, 3)}",
    ),
    c("plain", "me cobraron 59,95 € dos veces el 03/02/2024"),
    c("plain", "la versión 4.1.0 de la app no abre"),
    c(A, "900 100 200 es el teléfono de atención al cliente, no?"),
    c("lone", "{a}", a=ref("PED-", 6)),
    c("lone", "{a}", a=amazon_order),
    c(A, "{a} es el número del pedido", a=ref("", 8)),
    c("plain", "el paquete de 2 kg llegó el 12/03 a las 18:45"),
    c(A, "{a} es el número de serie del portátil", a=serial),
    c("plain", "error 503 en la web desde las 10:15"),
]

IT = [
    t("credential", A, "{a} è la mia password ma non entra", a=(PW, password("it", 1))),
    t("credential", A, "{a} è il pin del bancomat", a=(PIN, pin(5))),
    t("credential", A, "{a} è il codice dell'sms, è già scaduto", a=(OTP, otp())),
    lone("credential", OTP, otp(" ")),
    t(
        "credential",
        A,
        "{a} è la chiave api di google maps che abbiamo pubblicato per sbaglio",
        a=(KEY, api_key("google")),
    ),
    t("id", A, "{a} è il mio codice fiscale", a=("IT_FISCAL_CODE", it_cf_value)),
    t("id", A, "{a} è il mio cf", a=("IT_FISCAL_CODE", lower(it_cf_value))),
    t("id", A, "{a} (carta d'identità) scade a maggio", a=("IT_IDENTITY_CARD", it_cie)),
    t("id", A, "{a} è il numero della mia patente", a=("IT_DRIVER_LICENSE", it_patente)),
    t("id", A, "{a} è il mio passaporto", a=("IT_PASSPORT", it_passport)),
    t("id", A, "{a} è la partita iva della ditta", a=("IT_VAT_CODE", it_piva)),
    t("id", A, "{a} è la targa della macchina", a=(PLATE, it_plate)),
    t(
        "id",
        A,
        "{a} - codice fiscale (tessera sanitaria)",
        a=("IT_FISCAL_CODE", fmt(it_cf_value, [3, 3, 5, 5])),
    ),
    t(
        "id",
        D,
        "{a} è il mio codice fiscale",
        a=("IT_FISCAL_CODE", bad(it_cf_value, it_cf.is_valid)),
    ),
    t("id", D, "partita iva {a}", a=("IT_VAT_CODE", bad(it_piva, it_iva.is_valid))),
    lone("id", "IT_FISCAL_CODE", it_cf_value),
    lone("id", "IT_FISCAL_CODE", lower(it_cf_value)),
    t("id", A, "{a} sarebbe il mio codice fiscale", a=("IT_FISCAL_CODE", it_cf_value)),
    t("account", A, "{a} è il mio IBAN", a=(IB, spaced_iban("IT", it_bban))),
    t("account", A, "{a} è l'iban del conto", a=(IB, iban("IT", it_bban))),
    t("account", A, "{a} è la mia carta", a=(CC, fmt(card("4"), [4, 4, 4, 4], "-"))),
    t(
        "account",
        D,
        "{a} è il mio iban",
        a=(IB, fmt(bad(iban("IT", it_bban), std_iban.is_valid), [4] * 7)),
    ),
    lone("account", IB, spaced_iban("IT", it_bban)),
    t("phone", A, "{a} è il mio cellulare", a=(PH, phone("IT", "34########", g(3, 3, 4)))),
    t("phone", A, "{a} è il fisso", a=(PH, phone("IT", "06########", g(2, 4, 4)))),
    lone("phone", PH, phone("IT", "33########", g(3, 3, 4, prefix="+39 "))),
    t(
        "phone",
        A,
        "{a} è il numero di mia moglie, chiamate lei",
        a=(PH, phone("IT", "32########", lambda n: n)),
    ),
    c(A, "{a} è il numero dell'ordine", a=ref("IT-2024-", 6)),
    c(A, "{a} è il codice di tracciamento", a=ref("", 16)),
    c(
        A,
        "{a} è il numero della fattura",
        a=lambda r: f"FT {r.choice(['2023', '2024'])}/{r.randint(100, 999)}",
    ),
    c(A, "{a} è il codice prenotazione", a=pnr),
    c(A, "{a} è il numero del ticket", a=ref("#", 5)),
    c(A, "{a} è il codice prodotto", a=ean13("80")),
    c("plain", "ho pagato 129,00 € il 14/03/2024 ma l'ordine risulta annullato"),
    c("plain", "la versione 6.0.2 dell'app si blocca"),
    c(A, "800 123 456 è il numero verde, giusto?"),
    c("lone", "{a}", a=ref("ORD-2024-", 5)),
    c("lone", "{a}", a=ref("#", 5)),
    c(A, "{a} è il numero dell'ordine", a=passport_like_order),
    c("plain", "pacco di 1,5 kg consegnato il 12/03 alle 18:45"),
    c(A, "{a} è il numero di serie", a=serial),
    c("plain", "errore 0x8007000d dopo l'aggiornamento"),
]

NL = [
    t("credential", A, "{a} is mijn wachtwoord, maar het werkt niet", a=(PW, password("nl", 0))),
    t("credential", A, "{a} is de pincode van mijn pas", a=(PIN, pin(4))),
    t("credential", A, "{a} is de code uit de sms", a=(OTP, otp())),
    lone("credential", PW, password("nl", 3)),
    t(
        "credential",
        A,
        "{a} is onze api key van hugging face, graag intrekken",
        a=(KEY, api_key("hf")),
    ),
    t("id", A, "{a} is mijn BSN", a=("NL_BSN", fmt(nl_bsn_value, [4, 2, 3], "."))),
    t("id", A, "{a} is mijn burgerservicenummer", a=("NL_BSN", nl_bsn_value)),
    t("id", A, "{a} is mijn paspoortnummer", a=(PASS, nl_doc_value)),
    t("id", A, "{a} (id-kaart) verloopt volgend jaar", a=(IDC, lower(nl_doc_value))),
    t("id", A, "{a} is mijn rijbewijsnummer", a=(DL, lambda r: digits(r, 10, True))),
    t(
        "id",
        A,
        "{a} is mijn rijksregisternummer (ik woon in antwerpen)",
        a=("BE_NATIONAL_NUMBER", be_nn_value),
    ),
    t("id", A, "{a} is mijn kenteken", a=(PLATE, nl_plate)),
    t("id", A, "{a} is mijn btw-nummer als zzp'er", a=("NL_VAT", nl_btw_value)),
    t("id", D, "{a} is mijn BSN", a=("NL_BSN", bad(nl_bsn_value, nl_bsn.is_valid))),
    t("id", D, "bsn {a}", a=("NL_BSN", fmt(bad(nl_bsn_value, nl_bsn.is_valid), [3, 3, 3]))),
    lone("id", "NL_BSN", nl_bsn_value),
    lone("id", "NL_BSN", fmt(nl_bsn_value, [4, 2, 3], ".")),
    t("id", A, "{a} – dat is mijn sofinummer", a=("NL_BSN", nl_bsn_value)),
    t("account", A, "{a} is mijn IBAN", a=(IB, spaced_iban("NL", nl_bban))),
    t("account", A, "{a} is mijn rekeningnummer", a=(IB, lower(iban("NL", nl_bban)))),
    t("account", A, "{a} is mijn creditcard", a=(CC, fmt(card("51"), [4, 4, 4, 4]))),
    t(
        "account",
        D,
        "{a} is mijn iban",
        a=(IB, fmt(bad(iban("NL", nl_bban), std_iban.is_valid), [4] * 5)),
    ),
    lone("account", IB, iban("NL", nl_bban)),
    t("account", A, "{a} (belgische rekening)", a=(IB, spaced_iban("BE", be_bban))),
    t("phone", A, "{a} is mijn 06", a=(PH, phone("NL", "06########", g(2, 8, sep="-")))),
    t("phone", A, "{a} is mijn vaste nummer", a=(PH, phone("NL", "020#######", g(3, 3, 4)))),
    lone("phone", PH, phone("NL", "06########", g(1, 4, 4, prefix="+31 ", drop=1))),
    t("phone", A, "{a} is mijn gsm", a=(PH, phone("BE", "04########", g(4, 2, 2, 2)))),
    c(A, "{a} is mijn bestelnummer", a=passport_like_order),
    c(A, "{a} is de track & trace code", a=lambda r: "3S" + chars(r, UP, 4) + digits(r, 9)),
    c(A, "{a} is het factuurnummer", a=ref("2024-", 5)),
    c(A, "{a} is de boekingscode", a=pnr),
    c(A, "{a} is het ticketnummer", a=ref("T-", 5)),
    c(
        A,
        "{a} is het artikelnummer",
        a=lambda r: f"{digits(r, 3, True)}.{digits(r, 3)}.{digits(r, 2)}",
    ),
    c("plain", "€ 24,95 dubbel afgeschreven op 03-02-2024"),
    c("plain", "versie 7.3.0 crasht bij het opstarten"),
    c(A, "0900 1234 is toch jullie klantenservice?"),
    c("lone", "{a}", a=ref("BST-", 5)),
    c("lone", "{a}", a=ref("#", 6)),
    c(A, "{a} is het ordernummer", a=ref("", 9)),
    c("plain", "pakket van 2,5 kg bezorgd op 12-03 om 18:45"),
    c(A, "{a} is het serienummer", a=serial),
    c("plain", "foutcode 0x80070005 bij updaten"),
]

PL = [
    t("credential", A, "{a} to moje hasło, nie działa", a=(PW, password("pl", 0))),
    t("credential", A, "{a} to pin do karty", a=(PIN, pin(4))),
    t("credential", A, "{a} to kod blik, wygasł", a=(OTP, otp())),
    lone("credential", OTP, otp()),
    t(
        "credential",
        A,
        "{a} to nasz token gitlaba, trzeba go unieważnić",
        a=(KEY, api_key("gitlab")),
    ),
    t("id", A, "{a} to mój PESEL", a=("PL_PESEL", pl_pesel_value)),
    t("id", A, "{a} to mój pesel, proszę poprawić w umowie", a=("PL_PESEL", pl_pesel_value)),
    t("id", A, "{a} to numer mojego dowodu", a=("PL_ID_CARD", pl_dowod)),
    t("id", A, "{a} to mój NIP", a=("PL_NIP", fmt(pl_nip_value, [3, 3, 2, 2], "-"))),
    t("id", A, "{a} (paszport) ważny do 2030", a=(PASS, pl_passport)),
    t("id", A, "{a} to REGON firmy", a=("PL_REGON", pl_regon_value)),
    t(
        "id",
        A,
        "{a} to numer prawa jazdy",
        a=(DL, lambda r: f"{digits(r, 5, True)}/{digits(r, 2)}/{digits(r, 4)}"),
    ),
    t("id", A, "{a} to moja rejestracja", a=(PLATE, pl_plate)),
    t("id", D, "{a} to mój pesel", a=("PL_PESEL", bad(pl_pesel_value, pl_pesel.is_valid))),
    t("id", D, "nip {a}", a=("PL_NIP", fmt(bad(pl_nip_value, pl_nip.is_valid), [3, 3, 2, 2], "-"))),
    lone("id", "PL_PESEL", pl_pesel_value),
    lone("id", "PL_ID_CARD", lower(pl_dowod)),
    t("id", A, "{a} – mój numer PESEL", a=("PL_PESEL", pl_pesel_value)),
    t("account", A, "{a} to mój numer konta", a=(BA, pl_nrb(" "))),
    t("account", A, "{a} to moje konto", a=(IB, spaced_iban("PL", pl_bban))),
    t("account", A, "{a} to moja karta", a=(CC, fmt(card("4"), [4, 4, 4, 4]))),
    t(
        "account",
        D,
        "{a} to mój nr konta",
        a=(BA, fmt(bad(pl_nrb(""), nrb_ok), [2, 4, 4, 4, 4, 4, 4])),
    ),
    lone("account", BA, pl_nrb("")),
    t("phone", A, "{a} to mój numer", a=(PH, phone("PL", "5########", g(3, 3, 3)))),
    t("phone", A, "{a} to numer stacjonarny", a=(PH, phone("PL", "22#######", g(2, 3, 2, 2)))),
    lone("phone", PH, phone("PL", "60#######", g(3, 3, 3, prefix="+48 "))),
    t("phone", A, "{a} to mój nowy numer", a=(PH, phone("PL", "6########", lambda n: "+48" + n))),
    c(A, "{a} to numer zamówienia", a=ref("ZAM/2024/", 6)),
    c(A, "{a} to numer przesyłki", a=ref("62", 22)),
    c(A, "{a} to numer faktury", a=ref("FV/2024/03/", 3)),
    c(A, "{a} to kod rezerwacji", a=pnr),
    c(A, "{a} to numer zgłoszenia", a=ref("ZG-", 5)),
    c(A, "{a} to kod produktu", a=ean13("590")),
    c("plain", "zapłaciłem 249,99 zł 14.03.2024 i nic nie przyszło"),
    c("plain", "wersja 4.2.7 się wiesza"),
    c(A, "801 100 100 to wasza infolinia, tak?"),
    c("lone", "{a}", a=ref("ZAM-2024-", 5)),
    c("lone", "{a}", a=ref("FV/2024/02/", 4)),
    c(A, "{a} to numer zamówienia", a=ref("", 11)),
    c("plain", "paczka 2 kg nadana 03.02 o 18:45"),
    c(A, "{a} to numer seryjny", a=serial),
    c("plain", "błąd 0x80070005 przy aktualizacji"),
]

SETS: dict[str, list[Tpl]] = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
SHORT = {"credential": "cred", "id": "id", "account": "acco", "phone": "phon", "clean": "clea"}


def render(tpl: Tpl, r: R) -> tuple[str, list[dict[str, object]]]:
    """Fill the slots left to right; the gold spans are the values as written."""
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w)\}", tpl.text):
        text += tpl.text[pos : m.start()]
        slot = tpl.slots[m.group(1)]
        value = slot.make(r)
        if slot.label:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": slot.label})
        text += value
        pos = m.end()
    text += tpl.text[pos:]
    return text, spans


def build() -> str:
    r = random.Random(SEED)
    lines, seen = [], set()
    for lang, templates in SETS.items():
        counters: dict[str, int] = {}
        for tpl in templates:
            text, spans = render(tpl, r)
            if text in seen:
                raise RuntimeError(f"two messages alike: {text!r}")
            seen.add(text)
            n = counters[tpl.category] = counters.get(tpl.category, 0) + 1
            row = {
                "id": f"p4-{lang}-{SHORT[tpl.category]}-{n:02d}",
                "lang": lang,
                "category": tpl.category,
                "text": text,
                "spans": spans,
                "kind": tpl.kind,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == data
        print("identical" if same else "differs")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({data.count(chr(10))} messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
