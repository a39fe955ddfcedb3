"""Build `data/chat_breadth_probe_v10.jsonl`: the tenth long-tail probe of chat breadth.

    python benchmarks/chat_eval/make_probe_v10.py            # writes the set
    python benchmarks/chat_eval/make_probe_v10.py --check    # fails if the file on disk differs

A blind, held-out set: written as an outside tester would, without reading the
recognizers, the policy, the lexicons or any earlier probe set's phrasings and values, and
committed before any detector ran on it. 350 support-chat messages, 50 per language (en,
de, fr, es, it, nl, pl), as customers of a bank, a telecom, an online shop, an insurer, an
airline or a public-service portal type them to the company's chatbot.

Per language: 9 credential, 9 id, 7 account, 7 phone and 18 clean messages. Values come
from a seeded `random.Random`; IDs, IBANs, national account formats and card numbers carry
valid check digits (python-stdnum, plus the few national check rules stdnum lacks, written
out below: German ID card and pension/health insurance numbers, Spanish social security,
Polish ID card and passport, French RIB key, Italian CIN, Dutch eleven-test, Polish bank
code); phone numbers are valid for their country (phonenumbers). Gold spans are the exact
characters of each value; clean messages (order, ticket, invoice and tracking numbers,
prices, versions, event dates, company hotlines, product codes, public figures, places,
field names, error codes) have none.

Row: `{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.
Kinds of the value categories: `inline` (named before it, mid-sentence), `colon` (after a
colon), `after` (named after it), `ownline` (on a line of its own), `multi` (two values),
`typo` (the naming word misspelt), `plain` (lowercase, no accents, no punctuation),
`lone` (the whole message, typed in answer to a bot question; the benchmark has no
conversation context, so the message is scored alone). Clean kinds name the look-alike
family.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.ie import pps as ie_pps
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer as nl_idk
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_probe_v10.jsonl"
SEED = 100_10
R = random.Random
Maker = Callable[[R], str]
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def rnd(r: R, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def num(r: R, n: int) -> str:
    """n digits, not starting with 0."""
    return r.choice("123456789") + rnd(r, DIG, n - 1)


def grp(v: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(v[i : i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return sep.join(p for p in out if p)


def until(r: R, make: Maker, ok: Callable[[str], bool]) -> str:
    for _ in range(10_000):
        v = make(r)
        if ok(v):
            return v
    raise RuntimeError("no valid value")


# ---------------------------------------------------------------- credentials

WORDS = [
    "Sonne",
    "tiger",
    "Marbella",
    "kasia",
    "Olanda",
    "pizza",
    "Zebra",
    "amsterdam",
    "Biscotto",
    "papillon",
    "Dragon",
    "wiosna",
    "Kaninchen",
    "verano",
    "Fenice",
]


def password(r: R) -> str:
    style = r.randrange(4)
    if style == 0:
        return rnd(r, ALNUM + "!?#$%&*", r.randint(10, 14))
    if style == 1:
        return r.choice(WORDS) + r.choice(["!", "#", "_", "."]) + num(r, r.choice([2, 4]))
    if style == 2:
        w = r.choice(WORDS).lower()
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(r.randint(1, 99))
    return rnd(r, UP, 2) + rnd(r, LO, 4) + rnd(r, DIG, 3) + r.choice("!?%&")


def backup(r: R) -> str:
    a = LO + DIG
    return rnd(r, a, 4) + "-" + rnd(r, a, 4) if r.random() < 0.5 else rnd(r, DIG, 8)


def api_key(r: R) -> str:
    style = r.randrange(4)
    if style == 0:
        return "sk_live_" + rnd(r, ALNUM, 24)
    if style == 1:
        return "ghp_" + rnd(r, ALNUM, 36)
    if style == 2:
        return "AKIA" + rnd(r, UP + "234567", 16)
    return rnd(r, "0123456789abcdef", 32)


def token(r: R) -> str:
    b64 = ALNUM + "-_"
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rnd(r, b64, 34) + "." + rnd(r, b64, 43)


def otp_spaced(r: R) -> str:
    v = rnd(r, DIG, 6)
    return v[:3] + " " + v[3:]


# ------------------------------------------------------------------------ IDs


def ssn(r: R) -> str:
    return until(
        r,
        lambda r: f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}",
        us_ssn.is_valid,
    )


def itin(r: R) -> str:
    return until(
        r,
        lambda r: f"9{rnd(r, DIG, 2)}-{r.choice(['70', '78', '83', '90', '94'])}-{rnd(r, DIG, 4)}",
        us_itin.is_valid,
    )


def nino(r: R) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    v = r.choice(first) + r.choice(second) + rnd(r, DIG, 6) + r.choice("ABCD")
    return grp(v, (2, 2, 2, 2, 1)) if r.random() < 0.5 else v


def nhs(r: R) -> str:
    return grp(until(r, lambda r: num(r, 10), gb_nhs.is_valid), (3, 3, 4))


def utr(r: R) -> str:
    return until(r, lambda r: num(r, 10), gb_utr.is_valid)


def pps(r: R) -> str:
    return until(r, lambda r: rnd(r, DIG, 7) + r.choice(UP[:23]), ie_pps.is_valid)


def uk_licence(r: R) -> str:
    sur = rnd(r, UP, 5)
    yy = r.randint(50, 99)
    mm = r.randint(1, 12) + r.choice([0, 50])
    dd = r.randint(1, 28)
    return f"{sur}{yy // 10}{mm:02d}{dd:02d}{yy % 10}{rnd(r, UP, 2)}9{rnd(r, UP, 2)}"


def brp(r: R) -> str:
    return r.choice(["ZT", "ZU", "RF", "ZX"]) + rnd(r, DIG, 7)


def idnr(r: R) -> str:
    def make(r: R) -> str:
        body = num(r, 10)
        return body + mod_11_10.calc_check_digit(body)

    full = until(r, make, de_idnr.is_valid)
    return grp(full, (2, 3, 3, 3)) if r.random() < 0.5 else full


def _c731(s: str) -> str:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in s]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10)


def perso(r: R) -> str:
    """German ID card / residence card number (9 characters, + 7-3-1 check digit)."""
    body = r.choice("LMNPRTVWXYZ") + rnd(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    return body + _c731(body)


def de_pass(r: R) -> str:
    body = "C" + rnd(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    return body + _c731(body)


def rvnr(r: R) -> str:
    """German pension insurance number: area, birth date, initial, serial, check."""
    area = r.choice(["12", "13", "15", "24", "28", "53", "65"])
    birth = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99):02d}"
    letter = r.choice("BFHKMSW")
    serial = f"{r.randint(0, 49):02d}"
    digits = area + birth + f"{ord(letter) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(map(int, str(int(d) * w))) for d, w in zip(digits, weights, strict=True))
    v = area + birth + letter + serial + str(total % 10)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if r.random() < 0.5 else v


def kvnr(r: R) -> str:
    """German health insurance number (Krankenversichertennummer): letter + 9 digits."""
    letter = r.choice(UP)
    body = rnd(r, DIG, 8)
    digits = f"{ord(letter) - 64:02d}" + body
    total = sum(sum(map(int, str(int(d) * (1 if i % 2 == 0 else 2)))) for i, d in enumerate(digits))
    return letter + body + str(total % 10)


def stnr(r: R) -> str:
    def make(r: R) -> str:
        return r.choice(["21", "93", "143", "181", "201", "27", "133"]) + rnd(r, DIG, 8)

    v = until(r, make, lambda v: len(v) in (10, 11) and de_stnr.is_valid(v))
    return de_stnr.format(v)


def at_svnr(r: R) -> str:
    def make(r: R) -> str:
        return (
            num(r, 3) + "0" + f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99):02d}"
        )

    v = until(r, make, at_vnr.is_valid)
    return v[:4] + " " + v[4:]


def ahv(r: R) -> str:
    v = until(r, lambda r: "756" + rnd(r, DIG, 10), ch_ssn.is_valid)
    return ch_ssn.format(v)


def nir(r: R) -> str:
    def make(r: R) -> str:
        body = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + r.choice(["75", "69", "13", "33", "59", "44"])
            + rnd(r, DIG, 3)
            + rnd(r, DIG, 3)
        )
        return body + fr_nir.calc_check_digits(body)

    v = until(r, make, fr_nir.is_valid)
    return fr_nir.format(v) if r.random() < 0.6 else v


def fnif(r: R) -> str:
    v = until(r, lambda r: r.choice("0123") + rnd(r, DIG, 12), fr_nif.is_valid)
    return grp(v, (2, 2, 3, 3, 3)) if r.random() < 0.5 else v


def fr_pass(r: R) -> str:
    return f"{r.randint(10, 24):02d}{rnd(r, UP, 2)}{rnd(r, DIG, 5)}"


def fr_cni(r: R) -> str:
    return rnd(r, UP + DIG, 9)


def belgian_nn(r: R) -> str:
    def make(r: R) -> str:
        date = f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        b = date + f"{r.randint(1, 997):03d}"
        c = 97 - int(b) % 97
        return b + f"{c:02d}"

    v = until(r, make, be_nn.is_valid)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def dni(r: R) -> str:
    body = rnd(r, DIG, 8)
    return body + es_dni.calc_check_digit(body)


def nie(r: R) -> str:
    body = r.choice("XYZ") + rnd(r, DIG, 7)
    return body + es_nie.calc_check_digit(body)


def es_nss(r: R) -> str:
    prov = r.randint(1, 52)
    n = num(r, 8)
    c = (prov * 10**8 + int(n)) % 97
    return f"{prov:02d} {n} {c:02d}" if r.random() < 0.5 else f"{prov:02d}{n}{c:02d}"


def es_pass(r: R) -> str:
    return rnd(r, UP, 3) + rnd(r, DIG, 6)


def cf(r: R) -> str:
    cons = "BCDFGHLMNPRSTVZ"
    vow = "AEIOU"
    body = (
        rnd(r, cons, 3)
        + r.choice(cons)
        + r.choice(vow)
        + r.choice(cons)
        + f"{r.randint(50, 99):02d}"
        + r.choice("ABCDEHLMPRST")
        + f"{r.randint(1, 28) + r.choice([0, 40]):02d}"
        + r.choice("FHLG")
        + rnd(r, DIG, 3)
    )
    return body + it_cf.calc_check_digit(body)


def it_cie(r: R) -> str:
    return "C" + r.choice("ABCD") + rnd(r, DIG, 5) + rnd(r, UP, 2)


def it_pass(r: R) -> str:
    return r.choice(["YA", "YB", "YC"]) + rnd(r, DIG, 7)


def it_patente(r: R) -> str:
    return "U1" + rnd(r, UP + DIG, 7) + r.choice(UP)


def tessera(r: R) -> str:
    body = "80380" + "000" + rnd(r, DIG, 11)
    return body + luhn.calc_check_digit(body)


def piva(r: R) -> str:
    def make(r: R) -> str:
        body = rnd(r, DIG, 7) + r.choice(["001", "015", "037", "058"])
        return body + luhn.calc_check_digit(body)

    return until(r, make, it_iva.is_valid)


def bsn(r: R) -> str:
    v = until(r, lambda r: r.choice("123456") + rnd(r, DIG, 8), nl_bsn.is_valid)
    return f"{v[:4]}.{v[4:6]}.{v[6:]}" if r.random() < 0.4 else v


def nl_doc(r: R) -> str:
    letters = UP.replace("O", "")
    return until(
        r,
        lambda r: rnd(r, letters, 2) + rnd(r, letters + DIG, 6) + r.choice(DIG[1:]),
        nl_idk.is_valid,
    )


def nl_rijbewijs(r: R) -> str:
    return num(r, 10)


def pesel(r: R) -> str:
    def make(r: R) -> str:
        yy = r.randint(0, 99)
        mm = r.randint(1, 12) + (20 if yy < 10 else 0)
        body = f"{yy:02d}{mm:02d}{r.randint(1, 28):02d}{rnd(r, DIG, 4)}"
        return body + pl_pesel.calc_check_digit(body)

    return until(r, make, pl_pesel.is_valid)


def nip(r: R) -> str:
    v = until(r, lambda r: num(r, 10), pl_nip.is_valid)
    return pl_nip.format(v) if r.random() < 0.5 else v


def _val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def dowod(r: R) -> str:
    letters = rnd(r, UP, 3)
    rest = rnd(r, DIG, 5)
    w = (7, 3, 1, 7, 3, 1, 7, 3)
    s = sum(_val(c) * x for c, x in zip(letters + rest, w, strict=True))
    v = letters + str(s % 10) + rest
    return v[:3] + " " + v[3:] if r.random() < 0.5 else v


def pl_pass(r: R) -> str:
    letters = rnd(r, UP, 2)
    rest = rnd(r, DIG, 6)
    w = (7, 3, 9, 1, 7, 3, 1, 7, 3)
    s = sum(_val(c) * x for c, x in zip(letters + "0" + rest, w, strict=True))
    return letters + str(s % 10) + rest


def pl_prawo_jazdy(r: R) -> str:
    return f"{rnd(r, DIG, 5)}/{r.randint(10, 24):02d}/{rnd(r, DIG, 4)}"


# ------------------------------------------------------------------- accounts


def iban_of(cc: str, bban: str) -> str:
    v = cc + "00" + bban
    v = cc + std_iban.calc_check_digits(v) + bban
    assert std_iban.is_valid(v), v
    return v


def spaced(v: str) -> str:
    return grp(v, (4,) * 9)


def de_iban(r: R) -> str:
    return spaced(iban_of("DE", num(r, 8) + rnd(r, DIG, 10)))


def at_iban(r: R) -> str:
    return spaced(iban_of("AT", num(r, 5) + rnd(r, DIG, 11)))


def gb_iban(r: R) -> str:
    return iban_of("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rnd(r, DIG, 14))


def ie_iban(r: R) -> str:
    return spaced(iban_of("IE", r.choice(["AIBK", "BOFI"]) + rnd(r, DIG, 14)))


def rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def fr_rib(r: R) -> str:
    bank, branch, acct = (
        r.choice(["30004", "20041", "10278", "30003"]),
        rnd(r, DIG, 5),
        rnd(r, DIG, 11),
    )
    return f"{bank} {branch} {acct} {rib_key(bank, branch, acct)}"


def fr_iban(r: R) -> str:
    bank, branch, acct = (
        r.choice(["30004", "20041", "10278", "30003"]),
        rnd(r, DIG, 5),
        rnd(r, DIG, 11),
    )
    return spaced(iban_of("FR", bank + branch + acct + rib_key(bank, branch, acct)))


def es_ccc_make(r: R) -> str:
    bank, office, acct = r.choice(["2100", "0049", "0182", "2038"]), rnd(r, DIG, 4), rnd(r, DIG, 10)
    v = bank + office + es_ccc.calc_check_digits(bank + office + "00" + acct) + acct
    assert es_ccc.is_valid(v)
    return v


def es_ccc_fmt(r: R) -> str:
    return grp(es_ccc_make(r), (4, 4, 2, 10))


def es_iban(r: R) -> str:
    return spaced(iban_of("ES", es_ccc_make(r)))


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(bban: str) -> str:
    total = 0
    for i, c in enumerate(bban):
        idx = int(c) if c.isdigit() else ord(c) - 65
        total += ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26)


def it_iban(r: R) -> str:
    rest = r.choice(["03069", "02008", "05034"]) + rnd(r, DIG, 5) + rnd(r, DIG, 12)
    v = iban_of("IT", cin(rest) + rest)
    return spaced(v) if r.random() < 0.6 else v


def nl_iban(r: R) -> str:
    def acct(r: R) -> str:
        return num(r, 10)

    def eleven(a: str) -> bool:
        return sum(int(d) * w for d, w in zip(a, range(10, 0, -1), strict=True)) % 11 == 0

    a = until(r, acct, eleven)
    v = iban_of("NL", r.choice(["INGB", "ABNA", "RABO", "SNSB"]) + a)
    return spaced(v) if r.random() < 0.5 else v


def pl_bank(r: R) -> str:
    b = r.choice(["1020", "1090", "1140", "1050", "1240"]) + rnd(r, DIG, 3)
    c = sum(int(d) * w for d, w in zip(b, (3, 9, 7, 1, 3, 9, 7), strict=True)) % 10
    return b + str((10 - c) % 10)


def pl_nrb(r: R) -> str:
    v = iban_of("PL", pl_bank(r) + rnd(r, DIG, 16))[2:]
    return grp(v, (2, 4, 4, 4, 4, 4, 4))


def pl_iban(r: R) -> str:
    return spaced(iban_of("PL", pl_bank(r) + rnd(r, DIG, 16)))


def card(r: R) -> str:
    style = r.randrange(3)
    if style == 0:
        body = "4" + rnd(r, DIG, 14)
    elif style == 1:
        body = r.choice(["51", "52", "53", "54", "55"]) + rnd(r, DIG, 13)
    else:
        body = r.choice(["34", "37"]) + rnd(r, DIG, 12)
        v = body + luhn.calc_check_digit(body)
        return grp(v, (4, 6, 5))
    v = body + luhn.calc_check_digit(body)
    return grp(v, (4, 4, 4, 4), r.choice([" ", " ", "-", ""]))


def sort_acct(r: R) -> str:
    return f"{rnd(r, DIG, 2)}-{rnd(r, DIG, 2)}-{rnd(r, DIG, 2)}"


def uk_acct(r: R) -> str:
    return num(r, 8)


def rtn(r: R) -> str:
    return until(r, lambda r: r.choice(["0", "1", "2"]) + rnd(r, DIG, 8), us_rtn.is_valid)


def de_konto(r: R) -> str:
    return num(r, 10)


def blz(r: R) -> str:
    return grp(num(r, 8), (3, 3, 2))


def user(r: R) -> str:
    first = r.choice(
        ["m.keller", "jana_w", "tomek.k", "lucia.fdz", "giorgio", "anke", "pbrown", "sanne.v"]
    )
    return first + str(r.randint(70, 2005))


def email_login(r: R) -> str:
    a = r.choice(["k.nowak", "j.peeters", "marie.dubois", "h.schulte", "dan.oconnor", "ale.ferri"])
    d = r.choice(
        ["gmail.com", "web.de", "orange.fr", "wp.pl", "ziggo.nl", "libero.it", "hotmail.es"]
    )
    return f"{a}{r.randint(1, 99)}@{d}"


def custno(r: R) -> str:
    return num(r, 8)


# --------------------------------------------------------------------- phones


def phone(region: str, lead: str, n: int, style: str, mobile: bool) -> Maker:
    def make(r: R) -> str:
        def cand(r: R) -> str:
            return lead + rnd(r, DIG, n - len(lead))

        nsn = until(r, cand, lambda v: check_phone(v, region, mobile))
        p = phonenumbers.parse(nsn, region)
        if style == "national":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style == "intl":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
        if style == "00":
            return "00" + phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)[1:]
        if style == "dots":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
                " ", "."
            )
        if style == "dash":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
                " ", "-"
            )
        if style == "compact":
            return nsn
        raise ValueError(style)

    return make


def check_phone(v: str, region: str, mobile: bool) -> bool:
    p = phonenumbers.parse(v, region)
    kinds = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    if mobile:
        return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in kinds
    return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in {
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }


# ------------------------------------------------------------- clean fillers


def order(r: R) -> str:
    return num(r, r.choice([7, 8, 9]))


def eur(r: R) -> str:
    return f"{r.randint(9, 2400)},{r.randint(0, 99):02d}"


def make_gen(lang: str) -> dict[str, tuple[str, Maker]]:
    """key -> (gold label, maker) for the placeholders of one language's templates."""
    g: dict[str, tuple[str, Maker]] = {
        "pw": ("PASSWORD", password),
        "pin": ("PIN", lambda r: rnd(r, DIG, 4)),
        "pin6": ("PIN", lambda r: rnd(r, DIG, 6)),
        "cvv": ("CVV", lambda r: rnd(r, DIG, 3)),
        "otp": ("OTP", lambda r: rnd(r, DIG, 6)),
        "otps": ("OTP", otp_spaced),
        "otp8": ("OTP", lambda r: rnd(r, DIG, 8)),
        "backup": ("BACKUP_CODE", backup),
        "apikey": ("API_KEY", api_key),
        "token": ("TOKEN", token),
        "puk": ("PUK", lambda r: rnd(r, DIG, 8)),
        "card": ("CREDIT_CARD", card),
        "user": ("USERNAME", user),
        "login": ("USERNAME", email_login),
        "cust": ("CUSTOMER_NUMBER", custno),
        "order": ("-", order),
        "eur": ("-", eur),
        "n3": ("-", lambda r: num(r, 3)),
        "n4": ("-", lambda r: num(r, 4)),
        "n5": ("-", lambda r: num(r, 5)),
        "n6": ("-", lambda r: num(r, 6)),
        "n10": ("-", lambda r: num(r, 10)),
        "ver": ("-", lambda r: f"{r.randint(2, 17)}.{r.randint(0, 9)}.{r.randint(0, 30)}"),
        "trk": ("-", lambda r: "1Z" + rnd(r, UP + DIG, 16)),
        "ean": ("-", lambda r: (lambda b: b + std_ean.calc_check_digit(b))("40" + rnd(r, DIG, 10))),
    }
    return g


# ------------------------------------------------------------------ templates
# (category, kind, template, {key: maker override}) ; `{key}` is filled and, outside clean
# rows, becomes a gold span.

Tpl = tuple[str, str, str]
ANS = {
    "en": ["Biscuit", "Rover", "Henderson", "Leeds"],
    "de": ["Struppi", "Oberhausen", "Kowalski", "Bello"],
    "fr": ["Minouche", "Rochefort", "Lemaire", "Pompon"],
    "es": ["Canela", "Albacete", "Zurita", "Trufa"],
    "it": ["Briciola", "Fontana", "Ciuffo", "Gubbio"],
    "nl": ["Snuffie", "Dokkum", "Bakker", "Wodan"],
    "pl": ["Burek", "Zamość", "Wiśniewska", "Reksio"],
}

TEMPLATES: dict[str, list[Tpl]] = {
    "en": [
        (
            "credential",
            "inline",
            "hi, I changed my password to {pw} yesterday and now the app says it's wrong??",
        ),
        ("credential", "colon", "New PIN: {pin} - can you confirm it's been set on the debit card"),
        ("credential", "after", "{otp} is the code I got by sms but the page just refreshes"),
        ("credential", "lone", "{otp}"),
        (
            "credential",
            "typo",
            "the securty code on the back is {cvv}, i need to finish the payment today",
        ),
        (
            "credential",
            "multi",
            "ok so username is fine, password {pw} and memorable word {ans}. still says locked",
        ),
        (
            "credential",
            "ownline",
            "these are the backup codes the site gave me, is one of them used already?"
            "\n{backup}\n{backup}",
        ),
        (
            "credential",
            "inline",
            "our dev pasted the api key {apikey} in a public repo by mistake, how do we rotate it",
        ),
        (
            "credential",
            "plain",
            "my answer to the security question was {ans} not sure why it fails",
        ),
        (
            "id",
            "inline",
            "Hi, my National Insurance number is {nino}, do you need anything else for the "
            "pension transfer?",
        ),
        ("id", "colon", "SSN: {ssn}. I'm filling the W-9 you emailed"),
        ("id", "after", "{nhs} is my NHS number, the GP surgery says your records don't match"),
        ("id", "lone", "{passuk}"),
        ("id", "typo", "passprt no {passuk} exp 2031, booking ref is in the other email"),
        ("id", "inline", "my driving licence number {ukdl} was rejected at the car hire desk"),
        ("id", "plain", "utr {utr} self assessment is due and i cant log in"),
        ("id", "multi", "I live in Dublin now, PPS number {pps}, but my old ITIN was {itin}"),
        ("id", "ownline", "Biometric residence permit number:\n{brp}\nthe visa team asked for it"),
        (
            "account",
            "inline",
            "please refund to my account sort code {sort} account number {ukacct} not the card",
        ),
        ("account", "colon", "IBAN: {gbiban}"),
        ("account", "after", "{card} is the card that got charged twice for the same order"),
        (
            "account",
            "typo",
            "routing numer {rtn} acct {ukacct}, direct deposit still hasnt arrived",
        ),
        ("account", "lone", "{ieiban}"),
        ("account", "inline", "I log in with {login} but the reset email never comes"),
        ("account", "plain", "customer number {cust} please close the account"),
        ("phone", "inline", "can you call me back on {ukmob} after 5pm"),
        ("phone", "colon", "Mobile: {ukmob_i}"),
        ("phone", "after", "{usphone} is my new number, please update it"),
        ("phone", "lone", "{ukmob_c}"),
        ("phone", "typo", "my numbr changed to {usphone_d}, the sms codes go to the old one"),
        ("phone", "plain", "text me at {iemob} thanks"),
        ("phone", "multi", "home {uklandline}, work {ukmob_i}"),
        ("clean", "order", "Where is order #{order}? It said dispatched on Monday."),
        ("clean", "ticket", "I already opened ticket INC-{n6} about this last week"),
        ("clean", "invoice", "Invoice INV-2024-{n5} shows £{n3}.40 but I was quoted less"),
        ("clean", "price", "Is the 12 month plan still 29.99 a month or did it go up to 34.99?"),
        ("clean", "version", "app version {ver} keeps crashing on my phone when I open statements"),
        ("clean", "date", "Is the branch open on 26 December 2024 or only from the 27th?"),
        (
            "clean",
            "hotline",
            "I rang your helpline 0800 800 150 but it just hangs up after the menu",
        ),
        ("clean", "product", "Do you still stock the SKU {n6}-BLK in size 10?"),
        ("clean", "tracking", "Tracking says {trk} is with the courier since friday"),
        ("clean", "figure", "Is it true Taylor Swift tickets go on presale for cardholders?"),
        (
            "clean",
            "place",
            "Flying from London Heathrow to Lisbon on the 14th, can I take a bike bag?",
        ),
        ("clean", "field", "Where do I find the IBAN field in the app? I want to add a payee"),
        ("clean", "error", "I get error code 0x80070005 when I try to download the statement"),
        ("clean", "flight", "Is flight BA 2490 delayed? The board shows gate 22"),
        (
            "clean",
            "field",
            "The form asks for PIN and password but I only ever set a passcode. Which is it?",
        ),
        ("clean", "ean", "barcode {ean} on the box doesn't scan at self checkout"),
        (
            "clean",
            "plan",
            "What's the difference between the 5G Unlimited 100 and the 5G Max plan?",
        ),
        ("clean", "date", "my contract started 03/04/2023, when can I upgrade?"),
    ],
    "de": [
        (
            "credential",
            "inline",
            "Hallo, ich habe mein Passwort auf {pw} geändert und komme trotzdem nicht rein",
        ),
        ("credential", "colon", "Meine PIN lautet: {pin}. Die Karte wird am Automaten abgelehnt"),
        ("credential", "after", "{otp} ist der TAN-Code aus der SMS, die Überweisung hängt aber"),
        ("credential", "lone", "{otps}"),
        (
            "credential",
            "typo",
            "das pw ist {pw} glaub ich, oder hab ich das schon wieder vergessen",
        ),
        (
            "credential",
            "multi",
            "Kartenprüfnummer {cvv}, PIN {pin} - bitte Karte sperren, Geldbeutel geklaut",
        ),
        (
            "credential",
            "ownline",
            "Hier die Wiederherstellungscodes aus dem Portal:\n{backup}\n{backup}\n"
            "sind die noch gültig?",
        ),
        (
            "credential",
            "inline",
            "Unser Zugangstoken {token} läuft immer nach 5 Min ab, ist das normal?",
        ),
        ("credential", "plain", "sicherheitsfrage antwort war {ans} das weiss ich genau"),
        ("id", "inline", "Meine Steuer-ID ist {idnr}, bitte für die Freistellung hinterlegen"),
        ("id", "colon", "Personalausweisnummer: {perso}"),
        ("id", "after", "{rvnr} das ist meine Rentenversicherungsnummer, steht auf dem Brief"),
        ("id", "lone", "{kvnr}"),
        ("id", "typo", "Krankenversichertennumer {kvnr}, die Karte ist abgelaufen"),
        ("id", "inline", "Die Steuernummer {stnr} gehört zu meinem Nebengewerbe, bitte ändern"),
        ("id", "plain", "reisepass nr {depass} gueltig bis 2030 brauch ich den fuer die buchung"),
        ("id", "multi", "Ich wohne in Wien, SV-Nummer {atsvnr}, davor Schweiz mit AHV {ahv}"),
        ("id", "ownline", "Nummer vom Aufenthaltstitel:\n{perso}\nAusländerbehörde Köln"),
        (
            "account",
            "inline",
            "Bitte buchen Sie auf mein Konto {deiban} zurück, nicht auf die Karte",
        ),
        ("account", "colon", "Kontonummer: {dekonto}, BLZ {blz}"),
        ("account", "after", "{card} ist die Kreditkarte, die doppelt belastet wurde"),
        ("account", "typo", "meine ibna ist {atiban} (österreichische Bank)"),
        ("account", "lone", "{deiban}"),
        ("account", "inline", "Mein Benutzername ist {user} aber das Login sagt unbekannt"),
        ("account", "plain", "kundennummer {cust} bitte vertrag kuendigen zum 31."),
        ("phone", "inline", "Rufen Sie mich bitte unter {demob} zurück, am besten vormittags"),
        ("phone", "colon", "Handy: {demob_i}"),
        ("phone", "after", "{defest} ist meine Festnetznummer, die Handynummer ändert sich"),
        ("phone", "lone", "{demob_c}"),
        ("phone", "typo", "meine hanndynummer ist jetzt {demob_00}"),
        ("phone", "plain", "tel {defest_slash} ab 18 uhr"),
        ("phone", "multi", "Privat {demob}, dienstlich {defest_i}"),
        ("clean", "order", "Wo bleibt meine Bestellung Nr. {order}? Versand war angeblich Montag."),
        ("clean", "ticket", "Ich habe schon ein Ticket eröffnet: #{n6}. Keine Antwort bisher."),
        ("clean", "invoice", "Rechnung RE-{n6} über {eur} € stimmt nicht mit dem Angebot überein"),
        ("clean", "price", "Kostet der Tarif weiterhin 19,99 € im Monat oder ab Juli 24,99 €?"),
        ("clean", "version", "Seit dem Update auf Version {ver} stürzt die Banking-App ab"),
        ("clean", "date", "Hat die Filiale am 24.12.2024 geöffnet?"),
        ("clean", "hotline", "Ihre Hotline 0800 330 1000 ist dauernd besetzt"),
        ("clean", "product", "Gibt es den Artikel {n6}-01 noch in Größe 42?"),
        ("clean", "tracking", "Die Sendungsnummer {trk} zeigt seit Tagen keinen Fortschritt"),
        ("clean", "figure", "Stimmt es, dass Thomas Müller Werbung für Ihre Bank macht?"),
        (
            "clean",
            "place",
            "Ich fliege von Frankfurt nach Palma, darf ich Sonnencreme ins Handgepäck?",
        ),
        (
            "clean",
            "field",
            "Wo finde ich das Feld IBAN in der App? Ich will einen Empfänger anlegen",
        ),
        ("clean", "error", "Fehlercode E-{n4} beim Hochladen der Steuerbescheinigung"),
        ("clean", "flight", "Ist der Flug LH {n3} nach München pünktlich?"),
        ("clean", "field", "Muss ich bei Passwort vergessen die PIN oder die TAN eingeben?"),
        ("clean", "ean", "EAN {ean} steht auf der Packung, aber im Shop finde ich das nicht"),
        ("clean", "plan", "Was ist der Unterschied zwischen MagentaMobil M und L?"),
        ("clean", "date", "Mein Vertrag läuft seit 01.03.2022, wann kann ich kündigen?"),
    ],
    "fr": [
        (
            "credential",
            "inline",
            "Bonjour, j'ai mis le mot de passe {pw} hier et ça ne marche plus",
        ),
        ("credential", "colon", "Code PIN : {pin}, la carte est refusée au distributeur"),
        ("credential", "after", "{otp} c'est le code reçu par SMS mais la page expire"),
        ("credential", "lone", "{otp}"),
        ("credential", "typo", "mon mot de pase c'est {pw} je crois"),
        (
            "credential",
            "multi",
            "cryptogramme {cvv} et code {pin}, je veux faire opposition tout de suite",
        ),
        (
            "credential",
            "ownline",
            "Voici les codes de secours :\n{backup}\n{backup}\nils sont encore valables ?",
        ),
        (
            "credential",
            "inline",
            "notre clé API {apikey} a fuité sur un forum, comment la révoquer ?",
        ),
        ("credential", "plain", "la reponse a la question secrete c est {ans}"),
        (
            "id",
            "inline",
            "Mon numéro de sécurité sociale est le {nir}, la carte Vitale n'est pas arrivée",
        ),
        ("id", "colon", "Numéro fiscal : {frnif}"),
        ("id", "after", "{frpass} c'est mon numéro de passeport, il expire en mars"),
        ("id", "lone", "{nir}"),
        ("id", "typo", "numero de carte d identitee {frcni} delivree a Lyon"),
        ("id", "inline", "Pour le prêt je vous envoie mon numéro fiscal {frnif} et c'est tout"),
        ("id", "plain", "num secu {nir} pour le remboursement svp"),
        (
            "id",
            "multi",
            "Je suis belge, numéro national {benn}, mais j'ai aussi un passeport français {frpass}",
        ),
        ("id", "ownline", "Titre de séjour n°\n{frts}\nil est valable jusqu'en 2027"),
        ("account", "inline", "Merci de rembourser sur mon IBAN {friban} et pas sur la carte"),
        ("account", "colon", "RIB : {frrib}"),
        ("account", "after", "{card} c'est la carte débitée deux fois"),
        ("account", "typo", "mon ibna c'est {friban} (Banque Postale)"),
        ("account", "lone", "{friban}"),
        ("account", "inline", "Je me connecte avec l'identifiant {login} mais ça bloque"),
        ("account", "plain", "numero client {cust} je veux resilier"),
        ("phone", "inline", "Vous pouvez me rappeler au {frmob} demain matin ?"),
        ("phone", "colon", "Portable : {frmob_dots}"),
        ("phone", "after", "{frmob_i} c'est mon nouveau numéro"),
        ("phone", "lone", "{frmob_c}"),
        ("phone", "typo", "mon numerp a changé : {frfixe}"),
        ("phone", "plain", "tel {frmob_00} apres 18h"),
        ("phone", "multi", "fixe {frfixe}, portable {frmob}"),
        ("clean", "order", "Où en est ma commande n° {order} ? Elle devait arriver mardi."),
        ("clean", "ticket", "J'ai déjà ouvert le dossier {n6} la semaine dernière"),
        ("clean", "invoice", "La facture F{n6} affiche {eur} € au lieu de 39,90 €"),
        ("clean", "price", "L'abonnement passe de 15,99 € à 17,99 € en septembre ?"),
        ("clean", "version", "Depuis la mise à jour {ver} l'appli ne s'ouvre plus"),
        ("clean", "date", "L'agence est-elle ouverte le 1er mai 2025 ?"),
        ("clean", "hotline", "J'ai appelé le 3639 mais personne ne répond"),
        ("clean", "product", "Le produit réf. {n6} existe-t-il en bleu ?"),
        ("clean", "tracking", "Le colis {trk} est bloqué au centre de tri"),
        ("clean", "figure", "C'est vrai que Kylian Mbappé est ambassadeur de la marque ?"),
        ("clean", "place", "Je pars de Paris-Orly pour Marrakech, faut-il un visa ?"),
        ("clean", "field", "Je ne trouve pas le champ IBAN dans l'espace client"),
        ("clean", "error", "Erreur 403 quand je télécharge mon relevé"),
        ("clean", "flight", "Le vol AF {n4} pour Nice est-il annulé à cause de la grève ?"),
        (
            "clean",
            "field",
            "On me demande le code confidentiel ou le mot de passe ? Je ne comprends pas",
        ),
        ("clean", "ean", "code-barres {ean} illisible en caisse"),
        ("clean", "plan", "Quelle différence entre le forfait 100 Go et le 5G 200 Go ?"),
        ("clean", "date", "Mon contrat a commencé le 15/09/2023, puis-je le résilier ?"),
    ],
    "es": [
        ("credential", "inline", "Hola, cambié la contraseña a {pw} y ahora no me deja entrar"),
        ("credential", "colon", "PIN: {pin}, el cajero me dice que es incorrecto"),
        ("credential", "after", "{otp} es el código que me llegó por SMS pero ya caducó"),
        ("credential", "lone", "{otps}"),
        ("credential", "typo", "mi contrasena es {pw} creo"),
        ("credential", "multi", "el CVV es {cvv} y el pin {pin}, me robaron la cartera"),
        (
            "credential",
            "ownline",
            "Estos son los códigos de respaldo:\n{backup}\n{backup}\n¿siguen valiendo?",
        ),
        (
            "credential",
            "inline",
            "publicamos sin querer el token {token} en github, ¿cómo lo anulo?",
        ),
        ("credential", "plain", "la respuesta de seguridad es {ans}"),
        ("id", "inline", "Mi DNI es {dni} y necesito cambiar el titular del contrato"),
        ("id", "colon", "NIE: {nie}"),
        ("id", "after", "{nss} es mi número de la Seguridad Social"),
        ("id", "lone", "{dni}"),
        ("id", "typo", "numero de pasaprote {espass} caduca en 2029"),
        ("id", "inline", "Tengo el NIE {nie} desde 2019, ¿puedo abrir cuenta?"),
        ("id", "plain", "dni {dni} para la factura por favor"),
        ("id", "multi", "Mi NIF es {dni} y el de mi mujer {dni}"),
        ("id", "ownline", "Número de afiliación:\n{nss}\nlo pide la mutua"),
        ("account", "inline", "Devolvedme el dinero a la cuenta {esiban}, no a la tarjeta"),
        ("account", "colon", "Cuenta: {esccc}"),
        ("account", "after", "{card} es la tarjeta que me cobraron dos veces"),
        ("account", "typo", "mi iban es {esiban} (la de caixabank)"),
        ("account", "lone", "{esiban}"),
        ("account", "inline", "Entro con el usuario {user} pero me dice bloqueado"),
        ("account", "plain", "numero de cliente {cust} quiero darme de baja"),
        ("phone", "inline", "Llamadme al {esmob} por la tarde por favor"),
        ("phone", "colon", "Móvil: {esmob_i}"),
        ("phone", "after", "{esfijo} es el fijo de casa"),
        ("phone", "lone", "{esmob_c}"),
        ("phone", "typo", "mi telefeno es {esmob_00}"),
        ("phone", "plain", "movil {esmob_dots} gracias"),
        ("phone", "multi", "casa {esfijo}, móvil {esmob}"),
        ("clean", "order", "¿Dónde está mi pedido n.º {order}? Pone enviado desde el lunes."),
        ("clean", "ticket", "Ya abrí la incidencia {n6} hace una semana"),
        ("clean", "invoice", "La factura FAC-{n6} dice {eur} € y yo contraté 25 €"),
        ("clean", "price", "¿La tarifa sigue costando 30 € al mes o sube a 35 €?"),
        ("clean", "version", "La app en la versión {ver} se cierra sola"),
        ("clean", "date", "¿La oficina abre el 6 de enero de 2025?"),
        ("clean", "hotline", "Llamé al 900 100 200 de atención al cliente y nadie contesta"),
        ("clean", "product", "¿Tenéis la referencia {n6} en talla M?"),
        ("clean", "tracking", "El envío {trk} lleva tres días en reparto"),
        ("clean", "figure", "¿Es verdad que Rafa Nadal hace publicidad de vuestro banco?"),
        ("clean", "place", "Vuelo de Madrid a Tenerife, ¿puedo llevar la bici?"),
        ("clean", "field", "No encuentro el campo IBAN en la app para añadir un beneficiario"),
        ("clean", "error", "Me sale el error 500 al descargar el recibo"),
        ("clean", "flight", "¿El vuelo IB {n4} a Barcelona sale con retraso?"),
        ("clean", "field", "¿Me piden la clave de firma o el PIN? No sé cuál es"),
        ("clean", "ean", "el código de barras {ean} no lo lee la caja"),
        ("clean", "plan", "¿Qué diferencia hay entre la fibra 600 Mb y la de 1 Gb?"),
        ("clean", "date", "Firmé el contrato el 12/02/2023, ¿tengo permanencia?"),
    ],
    "it": [
        ("credential", "inline", "Buongiorno, ho messo la password {pw} ieri e ora non entro più"),
        ("credential", "colon", "PIN: {pin}, il bancomat la rifiuta"),
        ("credential", "after", "{otp} è il codice arrivato via SMS ma dice scaduto"),
        ("credential", "lone", "{otp}"),
        ("credential", "typo", "la pasword è {pw} credo"),
        (
            "credential",
            "multi",
            "CVV {cvv} e PIN {pin}, mi hanno rubato il portafoglio, bloccate tutto",
        ),
        (
            "credential",
            "ownline",
            "Questi sono i codici di backup:\n{backup}\n{backup}\nsono ancora validi?",
        ),
        (
            "credential",
            "inline",
            "la chiave API {apikey} è finita in un repo pubblico, come la revoco?",
        ),
        ("credential", "plain", "risposta alla domanda segreta {ans}"),
        ("id", "inline", "Il mio codice fiscale è {cf}, serve per la fattura"),
        ("id", "colon", "Carta d'identità: {itcie}"),
        ("id", "after", "{itpass} è il numero del passaporto, scade nel 2030"),
        ("id", "lone", "{cf}"),
        ("id", "typo", "codice fiscle {cf} per il rimborso"),
        ("id", "inline", "Il numero della tessera sanitaria {tessera} non viene accettato"),
        ("id", "plain", "patente n {itpat} rilasciata a milano"),
        ("id", "multi", "Partita IVA {piva}, codice fiscale {cf}"),
        ("id", "ownline", "Numero permesso di soggiorno:\n{itpds}\nrilasciato dalla questura"),
        ("account", "inline", "Rimborsate sul mio IBAN {itiban} per favore, non sulla carta"),
        ("account", "colon", "IBAN: {itiban}"),
        ("account", "after", "{card} è la carta addebitata due volte"),
        ("account", "typo", "il mio iabn è {itiban}"),
        ("account", "lone", "{itiban}"),
        ("account", "inline", "Accedo con l'utente {login} ma mi dà errore"),
        ("account", "plain", "codice cliente {cust} voglio disdire"),
        ("phone", "inline", "Mi richiamate al {itmob} nel pomeriggio?"),
        ("phone", "colon", "Cellulare: {itmob_i}"),
        ("phone", "after", "{itfisso} è il fisso di casa"),
        ("phone", "lone", "{itmob_c}"),
        ("phone", "typo", "il mio numro è {itmob_00}"),
        ("phone", "plain", "cell {itmob_dots} grazie"),
        ("phone", "multi", "casa {itfisso}, cell {itmob}"),
        ("clean", "order", "Dov'è il mio ordine n. {order}? Risulta spedito lunedì."),
        ("clean", "ticket", "Ho già aperto la segnalazione {n6} la settimana scorsa"),
        ("clean", "invoice", "La fattura n. {n5}/2024 riporta {eur} € invece di 29 €"),
        ("clean", "price", "L'offerta costa ancora 9,99 € al mese o sale a 12,99 €?"),
        ("clean", "version", "Dopo l'aggiornamento {ver} l'app non si apre"),
        ("clean", "date", "La filiale è aperta il 15 agosto 2025?"),
        ("clean", "hotline", "Ho chiamato il numero verde 800 100 200 ma cade la linea"),
        ("clean", "product", "Il codice articolo {n6} è disponibile in nero?"),
        ("clean", "tracking", "La spedizione {trk} è ferma da giorni"),
        ("clean", "figure", "È vero che Jannik Sinner è testimonial della banca?"),
        ("clean", "place", "Volo da Roma Fiumicino a Palermo, posso portare il passeggino?"),
        ("clean", "field", "Non trovo il campo IBAN nell'app per aggiungere un beneficiario"),
        ("clean", "error", "Errore 404 quando scarico l'estratto conto"),
        ("clean", "flight", "Il volo AZ {n4} per Catania è in ritardo?"),
        ("clean", "field", "Devo inserire il PIN dispositivo o la password? Non capisco"),
        ("clean", "ean", "il codice a barre {ean} non viene letto in cassa"),
        ("clean", "plan", "Che differenza c'è tra la fibra 1 Giga e 2.5 Giga?"),
        ("clean", "date", "Il contratto è del 10/10/2022, posso recedere?"),
    ],
    "nl": [
        (
            "credential",
            "inline",
            "Hoi, ik heb mijn wachtwoord veranderd in {pw} maar inloggen lukt niet",
        ),
        ("credential", "colon", "Pincode: {pin}, de automaat weigert hem"),
        ("credential", "after", "{otp} is de code uit de sms maar hij is verlopen"),
        ("credential", "lone", "{otps}"),
        ("credential", "typo", "mn wachtwoordt is {pw} denk ik"),
        (
            "credential",
            "multi",
            "cvc {cvv} en pincode {pin}, portemonnee gestolen, blokkeer de pas aub",
        ),
        ("credential", "ownline", "Dit zijn de herstelcodes:\n{backup}\n{backup}\nwerken die nog?"),
        (
            "credential",
            "inline",
            "de API-sleutel {apikey} staat per ongeluk op GitHub, hoe trek ik die in?",
        ),
        ("credential", "plain", "antwoord beveiligingsvraag is {ans}"),
        ("id", "inline", "Mijn BSN is {bsn}, heeft u nog iets nodig voor de zorgtoeslag?"),
        ("id", "colon", "Paspoortnummer: {nldoc}"),
        ("id", "after", "{nldoc} is het nummer van mijn ID-kaart"),
        ("id", "lone", "{bsn}"),
        ("id", "typo", "burgerservicenumer {bsn} voor de verzekering"),
        ("id", "inline", "Rijbewijsnummer {nlrb} klopt niet in jullie systeem"),
        ("id", "plain", "bsn {bsn} graag aanpassen"),
        (
            "id",
            "multi",
            "Ik woon in Antwerpen, rijksregisternummer {benn}, en mijn NL paspoort is {nldoc}",
        ),
        ("id", "ownline", "Nummer verblijfsvergunning:\n{nldoc}\ngeldig tot 2028"),
        (
            "account",
            "inline",
            "Kunnen jullie het terugstorten op {nliban} in plaats van de creditcard?",
        ),
        ("account", "colon", "Rekeningnummer: {nliban}"),
        ("account", "after", "{card} is de kaart die twee keer is belast"),
        ("account", "typo", "mijn iabn is {nliban}"),
        ("account", "lone", "{nliban}"),
        ("account", "inline", "Ik log in met {user} maar krijg een foutmelding"),
        ("account", "plain", "klantnummer {cust} ik wil opzeggen"),
        ("phone", "inline", "Kunt u mij terugbellen op {nlmob} morgenochtend?"),
        ("phone", "colon", "Mobiel: {nlmob_i}"),
        ("phone", "after", "{nlvast} is mijn vaste nummer"),
        ("phone", "lone", "{nlmob_c}"),
        ("phone", "typo", "mijn nummmer is nu {nlmob_00}"),
        ("phone", "plain", "tel {nlmob_dash} na 6 uur"),
        ("phone", "multi", "thuis {nlvast}, mobiel {nlmob}"),
        ("clean", "order", "Waar blijft bestelling {order}? Hij zou dinsdag komen."),
        ("clean", "ticket", "Ik heb al melding {n6} gemaakt vorige week"),
        ("clean", "invoice", "Factuur {n6} is € {eur} en niet wat is afgesproken"),
        ("clean", "price", "Blijft het abonnement € 22,50 per maand of wordt het € 25?"),
        ("clean", "version", "Sinds versie {ver} crasht de app bij het openen"),
        ("clean", "date", "Is het kantoor open op 27 april 2025?"),
        ("clean", "hotline", "Ik heb 0800-0123 gebeld maar kom niet door het keuzemenu"),
        ("clean", "product", "Is artikelnummer {n6} nog leverbaar in maat 38?"),
        ("clean", "tracking", "Pakket {trk} staat al dagen op 'onderweg'"),
        ("clean", "figure", "Klopt het dat Max Verstappen reclame maakt voor jullie?"),
        ("clean", "place", "Ik vlieg van Eindhoven naar Porto, mag mijn fiets mee?"),
        (
            "clean",
            "field",
            "Waar vind ik het IBAN-veld in de app? Ik wil een begunstigde toevoegen",
        ),
        ("clean", "error", "Foutcode {n4} bij het downloaden van mijn jaaroverzicht"),
        ("clean", "flight", "Is vlucht KL {n4} naar Rome vertraagd?"),
        ("clean", "field", "Moet ik mijn pincode of wachtwoord invullen? Het is me niet duidelijk"),
        ("clean", "ean", "de barcode {ean} werkt niet bij de zelfscan"),
        ("clean", "plan", "Wat is het verschil tussen Unlimited en 20 GB?"),
        ("clean", "date", "Mijn contract loopt sinds 01-06-2023, wanneer kan ik opzeggen?"),
    ],
    "pl": [
        (
            "credential",
            "inline",
            "Dzień dobry, zmieniłem hasło na {pw} i teraz nie mogę się zalogować",
        ),
        ("credential", "colon", "PIN: {pin}, bankomat go odrzuca"),
        ("credential", "after", "{otp} to kod z SMS-a, ale strona mówi że wygasł"),
        ("credential", "lone", "{otp}"),
        ("credential", "typo", "moje hsło to {pw} chyba"),
        (
            "credential",
            "multi",
            "CVV {cvv} i PIN {pin}, ukradli mi portfel, proszę zablokować kartę",
        ),
        (
            "credential",
            "ownline",
            "To są kody zapasowe:\n{backup}\n{backup}\nczy są jeszcze ważne?",
        ),
        ("credential", "inline", "klucz API {apikey} wyciekł na forum, jak go unieważnić?"),
        ("credential", "plain", "odpowiedz na pytanie bezpieczenstwa to {ans}"),
        ("id", "inline", "Mój PESEL to {pesel}, czy coś jeszcze potrzebne do umowy?"),
        ("id", "colon", "NIP: {nip}"),
        ("id", "after", "{dowod} to numer mojego dowodu osobistego"),
        ("id", "lone", "{pesel}"),
        ("id", "typo", "numer paszpotru {plpass} ważny do 2031"),
        ("id", "inline", "Numer prawa jazdy {plpj} nie przechodzi w formularzu"),
        ("id", "plain", "pesel {pesel} prosze o korekte"),
        ("id", "multi", "PESEL {pesel}, dowód {dowod}"),
        ("id", "ownline", "Numer karty pobytu:\n{dowod}\nważna do 2027"),
        ("account", "inline", "Proszę o zwrot na konto {plnrb}, nie na kartę"),
        ("account", "colon", "IBAN: {pliban}"),
        ("account", "after", "{card} to karta obciążona dwa razy"),
        ("account", "typo", "mój nr kotna {plnrb}"),
        ("account", "lone", "{plnrb}"),
        ("account", "inline", "Loguję się jako {user} ale system mnie nie widzi"),
        ("account", "plain", "numer klienta {cust} chce rozwiazac umowe"),
        ("phone", "inline", "Proszę oddzwonić na {plmob} po południu"),
        ("phone", "colon", "Telefon: {plmob_i}"),
        ("phone", "after", "{plstac} to mój numer stacjonarny"),
        ("phone", "lone", "{plmob_c}"),
        ("phone", "typo", "mój numr to teraz {plmob_00}"),
        ("phone", "plain", "tel {plmob_dash} po 18"),
        ("phone", "multi", "dom {plstac}, komórka {plmob}"),
        ("clean", "order", "Gdzie jest moje zamówienie nr {order}? Miało przyjść we wtorek."),
        ("clean", "ticket", "Zgłoszenie {n6} założyłem tydzień temu"),
        ("clean", "invoice", "Faktura FV/{n4}/2024 jest na {eur} zł zamiast 49 zł"),
        ("clean", "price", "Czy abonament nadal kosztuje 39,99 zł miesięcznie?"),
        ("clean", "version", "Po aktualizacji do wersji {ver} aplikacja się wyłącza"),
        ("clean", "date", "Czy oddział jest otwarty 11 listopada 2025?"),
        ("clean", "hotline", "Dzwoniłem na infolinię 801 300 800 ale nikt nie odbiera"),
        ("clean", "product", "Czy produkt o kodzie {n6} jest dostępny w kolorze czarnym?"),
        ("clean", "tracking", "Przesyłka {trk} stoi w sortowni od trzech dni"),
        ("clean", "figure", "Czy to prawda, że Robert Lewandowski reklamuje wasz bank?"),
        ("clean", "place", "Lecę z Warszawy do Gdańska, czy mogę zabrać rower?"),
        ("clean", "field", "Nie mogę znaleźć pola IBAN w aplikacji"),
        ("clean", "error", "Błąd {n4} przy pobieraniu wyciągu"),
        ("clean", "flight", "Czy lot LO {n4} do Krakowa jest opóźniony?"),
        ("clean", "field", "Mam wpisać PIN czy hasło? Nie rozumiem"),
        ("clean", "ean", "kod kreskowy {ean} nie skanuje się na kasie"),
        ("clean", "plan", "Jaka jest różnica między pakietem 5G 100 GB a 200 GB?"),
        ("clean", "date", "Umowę podpisałem 05.05.2023, kiedy mogę ją wypowiedzieć?"),
    ],
}


def lang_gen(lang: str) -> dict[str, tuple[str, Maker]]:
    g = make_gen(lang)
    answers = ANS[lang]
    g["ans"] = ("SECURITY_ANSWER", lambda r: r.choice(answers))
    ids: dict[str, tuple[str, Maker]] = {
        "nino": ("UK_NINO", nino),
        "ssn": ("US_SSN", ssn),
        "nhs": ("UK_NHS", nhs),
        "passuk": ("PASSPORT", lambda r: num(r, 9)),
        "ukdl": ("DRIVER_LICENSE", uk_licence),
        "utr": ("UK_UTR", utr),
        "pps": ("IE_PPS", pps),
        "itin": ("US_ITIN", itin),
        "brp": ("RESIDENCE_PERMIT", brp),
        "idnr": ("DE_TAX_ID", idnr),
        "perso": ("ID_CARD", perso),
        "rvnr": ("DE_SVNR", rvnr),
        "kvnr": ("DE_KVNR", kvnr),
        "stnr": ("DE_STNR", stnr),
        "depass": ("PASSPORT", de_pass),
        "atsvnr": ("AT_SVNR", at_svnr),
        "ahv": ("CH_AHV", ahv),
        "nir": ("FR_NIR", nir),
        "frnif": ("FR_NIF", fnif),
        "frpass": ("PASSPORT", fr_pass),
        "frcni": ("ID_CARD", fr_cni),
        "benn": ("BE_NN", belgian_nn),
        "frts": ("RESIDENCE_PERMIT", lambda r: num(r, 10)),
        "dni": ("ES_DNI", dni),
        "nie": ("ES_NIE", nie),
        "nss": ("ES_NSS", es_nss),
        "espass": ("PASSPORT", es_pass),
        "cf": ("IT_FISCAL_CODE", cf),
        "itcie": ("ID_CARD", it_cie),
        "itpass": ("PASSPORT", it_pass),
        "tessera": ("HEALTH_CARD", tessera),
        "itpat": ("DRIVER_LICENSE", it_patente),
        "piva": ("IT_VAT", piva),
        "itpds": ("RESIDENCE_PERMIT", lambda r: rnd(r, UP, 1) + rnd(r, DIG, 9)),
        "bsn": ("NL_BSN", bsn),
        "nldoc": ("ID_DOCUMENT", nl_doc),
        "nlrb": ("DRIVER_LICENSE", nl_rijbewijs),
        "pesel": ("PL_PESEL", pesel),
        "nip": ("PL_NIP", nip),
        "dowod": ("ID_CARD", dowod),
        "plpass": ("PASSPORT", pl_pass),
        "plpj": ("DRIVER_LICENSE", pl_prawo_jazdy),
        "sort": ("UK_SORT_CODE", sort_acct),
        "ukacct": ("BANK_ACCOUNT", uk_acct),
        "gbiban": ("IBAN", gb_iban),
        "ieiban": ("IBAN", ie_iban),
        "rtn": ("US_ROUTING", rtn),
        "deiban": ("IBAN", de_iban),
        "atiban": ("IBAN", at_iban),
        "dekonto": ("BANK_ACCOUNT", de_konto),
        "blz": ("BANK_CODE", blz),
        "friban": ("IBAN", fr_iban),
        "frrib": ("BANK_ACCOUNT", fr_rib),
        "esiban": ("IBAN", es_iban),
        "esccc": ("BANK_ACCOUNT", es_ccc_fmt),
        "itiban": ("IBAN", it_iban),
        "nliban": ("IBAN", nl_iban),
        "plnrb": ("BANK_ACCOUNT", pl_nrb),
        "pliban": ("IBAN", pl_iban),
    }
    g.update(ids)
    phones = {
        "ukmob": ("GB", "078", 11, "national"),
        "ukmob_i": ("GB", "075", 11, "intl"),
        "ukmob_c": ("GB", "079", 11, "compact"),
        "uklandline": ("GB", "0161", 11, "national"),
        "usphone": ("US", "415", 10, "national"),
        "usphone_d": ("US", "312", 10, "intl"),
        "iemob": ("IE", "087", 10, "national"),
        "demob": ("DE", "0151", 12, "national"),
        "demob_i": ("DE", "0170", 11, "intl"),
        "demob_c": ("DE", "0176", 11, "compact"),
        "demob_00": ("DE", "0162", 11, "00"),
        "defest": ("DE", "030", 10, "national"),
        "defest_slash": ("DE", "089", 10, "slash"),
        "defest_i": ("DE", "040", 10, "intl"),
        "frmob": ("FR", "06", 10, "national"),
        "frmob_dots": ("FR", "07", 10, "dots"),
        "frmob_i": ("FR", "06", 10, "intl"),
        "frmob_c": ("FR", "07", 10, "compact"),
        "frfixe": ("FR", "01", 10, "national"),
        "frmob_00": ("FR", "06", 10, "00"),
        "esmob": ("ES", "6", 9, "national"),
        "esmob_i": ("ES", "6", 9, "intl"),
        "esfijo": ("ES", "91", 9, "national"),
        "esmob_c": ("ES", "6", 9, "compact"),
        "esmob_00": ("ES", "6", 9, "00"),
        "esmob_dots": ("ES", "6", 9, "dots"),
        "itmob": ("IT", "34", 10, "national"),
        "itmob_i": ("IT", "33", 10, "intl"),
        "itfisso": ("IT", "06", 10, "national"),
        "itmob_c": ("IT", "32", 10, "compact"),
        "itmob_00": ("IT", "34", 10, "00"),
        "itmob_dots": ("IT", "393", 10, "dots"),
        "nlmob": ("NL", "061", 10, "national"),
        "nlmob_i": ("NL", "065", 10, "intl"),
        "nlvast": ("NL", "020", 10, "national"),
        "nlmob_c": ("NL", "063", 10, "compact"),
        "nlmob_00": ("NL", "062", 10, "00"),
        "nlmob_dash": ("NL", "064", 10, "nldash"),
        "plmob": ("PL", "51", 9, "national"),
        "plmob_i": ("PL", "60", 9, "intl"),
        "plstac": ("PL", "22", 9, "national"),
        "plmob_c": ("PL", "79", 9, "compact"),
        "plmob_00": ("PL", "50", 9, "00"),
        "plmob_dash": ("PL", "88", 9, "dash"),
    }
    for key, (region, lead, n, style) in phones.items():
        g[key] = ("PHONE_NUMBER", phone2(region, lead, n, style, mobile="mob" in key))
    return g


def phone2(region: str, lead: str, n: int, style: str, mobile: bool) -> Maker:
    """Like `phone`, plus `slash` (German 089/1234567) and `nldash` (06-12345678)."""
    if style == "slash":
        base = phone(region, lead, n, "compact", mobile)
        return lambda r: (lambda v: v[: len(lead)] + "/" + v[len(lead) :])(base(r))
    if style == "nldash":
        base = phone(region, lead, n, "compact", mobile)
        return lambda r: (lambda v: v[:2] + "-" + v[2:])(base(r))
    return phone(region, lead, n, style, mobile)


FIELD = re.compile(r"\{(\w+)\}")


def fill(
    r: R, template: str, gen: dict[str, tuple[str, Maker]], gold: bool
) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in FIELD.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        label, make = gen[m.group(1)]
        value = make(r)
        if gold:
            spans.append({"start": length, "end": length + len(value), "label": label})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def self_check() -> None:
    """The hand-written check rules against published examples."""
    assert _c731("T22000129") == "3"  # German ID card T220001293
    assert cin("0542811101000000123456") == "X"  # IT60 X054 2811 1010 0000 0123 456
    letters = sum(_val(c) * w for c, w in zip("ABA00000", (7, 3, 1, 7, 3, 1, 7, 3), strict=True))
    assert letters % 10 == 3  # Polish ID card ABA300000
    assert std_iban.is_valid("ES9121000418450200051332") and es_ccc.is_valid("21000418450200051332")


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "US_SSN": us_ssn.is_valid,
    "US_ITIN": us_itin.is_valid,
    "US_ROUTING": us_rtn.is_valid,
    "UK_NHS": gb_nhs.is_valid,
    "UK_UTR": gb_utr.is_valid,
    "IE_PPS": ie_pps.is_valid,
    "DE_TAX_ID": de_idnr.is_valid,
    "DE_STNR": de_stnr.is_valid,
    "AT_SVNR": at_vnr.is_valid,
    "CH_AHV": ch_ssn.is_valid,
    "FR_NIR": fr_nir.is_valid,
    "FR_NIF": fr_nif.is_valid,
    "BE_NN": be_nn.is_valid,
    "ES_DNI": es_dni.is_valid,
    "ES_NIE": es_nie.is_valid,
    "IT_FISCAL_CODE": it_cf.is_valid,
    "IT_VAT": it_iva.is_valid,
    "NL_BSN": nl_bsn.is_valid,
    "PL_PESEL": pl_pesel.is_valid,
    "PL_NIP": pl_nip.is_valid,
    "IBAN": std_iban.is_valid,
    "ID_DOCUMENT": nl_idk.is_valid,
    "HEALTH_CARD": luhn.is_valid,
    "CREDIT_CARD": lambda v: luhn.is_valid(re.sub(r"[ -]", "", v)),
}


def verify(rows: list[dict[str, object]]) -> None:
    """Every gold span is its value, and every value with a public check rule passes it."""
    for row in rows:
        text = str(row["text"])
        spans = row["spans"]
        assert isinstance(spans, list)
        assert bool(spans) == (row["category"] != "clean"), row["id"]
        for span in spans:
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip(), row["id"]
            check = VALIDATORS.get(span["label"])
            assert check is None or check(value), (row["id"], value)


def build() -> list[dict[str, object]]:
    self_check()
    r = random.Random(SEED)
    rows: list[dict[str, object]] = []
    short = {"credential": "cred", "id": "id", "account": "acct", "phone": "tel", "clean": "clean"}
    for lang, templates in TEMPLATES.items():
        gen = lang_gen(lang)
        counts: dict[str, int] = {}
        for category, kind, template in templates:
            counts[category] = counts.get(category, 0) + 1
            text, spans = fill(r, template, gen, category != "clean")
            for s in spans:
                assert text[int(str(s["start"])) : int(str(s["end"]))]  # non-empty
            rows.append(
                {
                    "id": f"p10-{lang}-{short[category]}-{counts[category]:02d}",
                    "lang": lang,
                    "category": category,
                    "kind": kind,
                    "text": text,
                    "spans": spans,
                }
            )
    verify(rows)
    return rows


def render(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from the generator", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
