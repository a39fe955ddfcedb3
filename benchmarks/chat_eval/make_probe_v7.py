# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `data/chat_breadth_probe_v7.jsonl`: the seventh long-tail probe of chat breadth.

    python benchmarks/chat_eval/make_probe_v7.py            # rewrites the set (byte for byte)
    python benchmarks/chat_eval/make_probe_v7.py --check    # fails if the file on disk differs

Written blind: committed before any detector was run on it, by a helper who had not read
the recognizers (piiguard/), their tests, the earlier probe generators' values and texts,
the earlier probe sets or benchmarks/RESULTS.md. Only the row schema of probe5 and the
scorer (`bench_chat_breadth.py`) were read.

350 short support-chat messages, 50 per language (en, de, fr, es, it, nl, pl): 12
credential, 12 id, 7 account, 6 phone and 13 clean per language. Messages are written as
people type in a support chat: lowercase, typos, fillers, emoji, mixed languages. Every row
has a `kind`:

- `before`: the value named first ("my pin is 4471", "Passwort: ...");
- `after`: the value first, named after it ("... is my BSN", "... to mój PESEL");
- `lone`: the value typed as the whole message, in answer to a bot question;
- `group`: two or more values in one message (each one a gold span);
- `bare`: the value in a sentence with no word naming it, or only an English word in a
  non-English message (mixed language: "mein password ist ...").

Clean rows carry look-alikes that must not be masked; kinds `ref` (order, ticket, invoice,
tracking, booking numbers), `price_date` (prices, dates, times, quantities), `product`
(model numbers, product names, versions), `hotline` (a company's number, named as such),
`code` (error codes, discount codes, room numbers), `handle` (public handles, company
names) and `chat` (ordinary chat with capitalised common words, greetings with no names).

Values come from one seeded `random.Random`; IDs and accounts that have a published check
carry valid check digits (python-stdnum validate, or the published rule written here);
phone numbers are valid for their country (phonenumbers). Gold spans are the exact
characters of each value as written, group separators included.
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn as au_tfn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_probe_v7.jsonl"
SEED = 20261206

R = random.Random
Maker = Callable[[R], str]

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def rnd(r: R, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def until(make: Maker, valid: Callable[[str], bool]) -> Maker:
    """Draw candidates from `make` until `valid` accepts one."""

    def draw(r: R) -> str:
        while True:
            v = make(r)
            if valid(v):
                return v

    return draw


def ok(module: object) -> Callable[[str], bool]:
    return lambda v: bool(module.is_valid(v))  # type: ignore[attr-defined]


def grouped(v: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(v[i : i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return sep.join(x for x in out if x)


def fmt(make: Maker, sizes: tuple[int, ...], sep: str = " ") -> Maker:
    return lambda r: grouped(make(r), sizes, sep)


def lower(make: Maker) -> Maker:
    return lambda r: make(r).lower()


# ---------------------------------------------------------------- credentials


def pw(words: tuple[str, ...]) -> Maker:
    """A password as people choose them: a word, digits, maybe a symbol, odd casing."""

    def make(r: R) -> str:
        w = r.choice(words)
        style = r.randrange(6)
        d = str(r.randrange(10, 99999))
        sym = r.choice("!#$%&*?@_-")
        if style == 0:
            return w.capitalize() + sym + d
        if style == 1:
            return w.lower() + d + sym
        if style == 2:
            return "".join(ch.upper() if i % 2 else ch for i, ch in enumerate(w.lower())) + d
        if style == 3:
            return w.lower().replace("a", "@").replace("o", "0").replace("e", "3") + d[:2]
        if style == 4:
            return d[:2] + w.upper() + r.choice(".#_") + rnd(r, LOW, 2)
        return rnd(r, ALNUM, r.randrange(10, 15)) + sym

    return make


def digits(n: int) -> Maker:
    def make(r: R) -> str:
        while True:
            v = rnd(r, DIG, n)
            if len(set(v)) > 2 and v not in "0123456789":
                return v

    return make


def spaced_otp(r: R) -> str:
    v = digits(6)(r)
    return v[:3] + r.choice([" ", "-"]) + v[3:]


def backup_code(r: R) -> str:
    return rnd(r, LOW + DIG, 4) + "-" + rnd(r, LOW + DIG, 4)


def backup_code8(r: R) -> str:
    return rnd(r, DIG, 4) + " " + rnd(r, DIG, 4)


def ghp(r: R) -> str:
    return "ghp_" + rnd(r, ALNUM, 36)


def github_pat(r: R) -> str:
    return "github_pat_11" + rnd(r, UP + DIG, 20) + "_" + rnd(r, ALNUM, 59)


def slack(r: R) -> str:
    return f"xoxb-{rnd(r, DIG, 12)}-{rnd(r, DIG, 13)}-{rnd(r, ALNUM, 24)}"


def aws_key(r: R) -> str:
    return "AKIA" + rnd(r, UP + "234567", 16)


def aws_secret(r: R) -> str:
    return rnd(r, ALNUM + "/+", 40)


def stripe(r: R) -> str:
    return "sk_live_" + rnd(r, ALNUM, 24)


def openai_key(r: R) -> str:
    return "sk-proj-" + rnd(r, ALNUM + "_-", 48)


def google_key(r: R) -> str:
    return "AIza" + rnd(r, ALNUM + "_-", 35)


def jwt(r: R) -> str:
    return (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + "eyJ"
        + rnd(r, ALNUM + "_-", 40)
        + "."
        + rnd(r, ALNUM + "_-", 43)
    )


def twilio(r: R) -> str:
    return "SK" + rnd(r, "0123456789abcdef", 32)


def word(*words: str) -> Maker:
    return lambda r: r.choice(words)


# ------------------------------------------------------------------------ ids


def de_steuer_id(r: R) -> str:
    return until(lambda r: rnd(r, "123456789", 1) + rnd(r, DIG, 10), ok(de_idnr))(r)


PA_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def icao_check(v: str) -> str:
    """The 7-3-1 check digit of travel documents (ICAO 9303)."""
    total = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else ord(ch) - 55
        total += val * (7, 3, 1)[i % 3]
    return str(total % 10)


def de_personalausweis(r: R) -> str:
    body = r.choice("LMNPRTVWXYZ") + rnd(r, PA_ALPHA, 8)
    return body + icao_check(body)


def de_reisepass(r: R) -> str:
    return "C" + rnd(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)


def de_svnr(r: R) -> str:
    """Rentenversicherungsnummer: area, birth date, initial, serial, check digit."""
    area = r.choice(["12", "13", "15", "28", "53", "65"])
    date = f"{r.randrange(1, 29):02d}{r.randrange(1, 13):02d}{r.randrange(50, 100):02d}"
    letter = r.choice("ABKLMSTW")
    serial = f"{r.randrange(0, 50):02d}"
    nums = area + date + f"{ord(letter) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(nums, weights, strict=True))
    return area + date + letter + serial + str(total % 10)


def de_kvnr(r: R) -> str:
    """Krankenversichertennummer: a letter, eight digits, a check digit."""
    letter = r.choice(UP)
    body = f"{ord(letter) - 64:02d}" + rnd(r, DIG, 8)
    total = 0
    for i, d in enumerate(body):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body[2:] + str(total % 10)


def de_plate(r: R) -> str:
    return f"{r.choice(['M', 'B', 'HH', 'K', 'S', 'F', 'DA', 'KA'])}-{rnd(r, UP, 2)} {r.randrange(10, 9999)}"


def de_fuehrerschein(r: R) -> str:
    return (
        r.choice("BFJN") + rnd(r, DIG, 3) + rnd(r, UP + DIG, 6) + r.choice(DIG) + r.choice(UP + DIG)
    )


def fr_nir_v(r: R) -> str:
    def make(r: R) -> str:
        body = (
            r.choice("12")
            + f"{r.randrange(50, 100):02d}"
            + f"{r.randrange(1, 13):02d}"
            + f"{r.randrange(1, 96):02d}"
            + f"{r.randrange(1, 990):03d}"
            + f"{r.randrange(1, 999):03d}"
        )
        return body + f"{97 - int(body) % 97:02d}"

    return until(make, ok(fr_nir))(r)


def fr_nir_spaced(r: R) -> str:
    v = fr_nir_v(r)
    return grouped(v, (1, 2, 2, 2, 3, 3))


def fr_fiscal(r: R) -> str:
    return until(lambda r: r.choice("0123") + rnd(r, DIG, 12), ok(fr_nif))(r)


def fr_passport(r: R) -> str:
    return f"{r.randrange(10, 24)}{rnd(r, UP, 2)}{rnd(r, DIG, 5)}"


def fr_cni(r: R) -> str:
    return rnd(r, UP + DIG, 9) + rnd(r, DIG, 3)


def fr_plate(r: R) -> str:
    return f"{rnd(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 2)}-{rnd(r, DIG, 3)}-{rnd(r, 'ABCDEFGHJKLMNPQRSTVWXYZ', 2)}"


def es_dni_v(r: R) -> str:
    n = rnd(r, DIG, 8)
    return n + es_dni.calc_check_digit(n)


def es_nie_v(r: R) -> str:
    return until(lambda r: r.choice("XYZ") + rnd(r, DIG, 7) + r.choice(UP), ok(es_nie))(r)


def es_nss(r: R) -> str:
    prov = f"{r.randrange(1, 53):02d}"
    num = str(r.randrange(10_000_000, 99_999_999))
    return prov + num + f"{int(prov + num) % 97:02d}"


def es_passport(r: R) -> str:
    return rnd(r, UP, 3) + rnd(r, DIG, 6)


def es_plate(r: R) -> str:
    return f"{rnd(r, DIG, 4)} {rnd(r, 'BCDFGHJKLMNPRSTVWXYZ', 3)}"


CF_MONTHS = "ABCDEHLMPRST"


def it_cf_v(r: R) -> str:
    body = (
        rnd(r, "BCDFGLMNPRSTVZ", 6)
        + f"{r.randrange(50, 100):02d}"
        + r.choice(CF_MONTHS)
        + f"{r.randrange(1, 29) + r.choice([0, 40]):02d}"
        + r.choice("ACDFGHLMRZ")
        + rnd(r, DIG, 3)
    )
    return body + it_cf.calc_check_digit(body)


def it_cie(r: R) -> str:
    return "C" + rnd(r, UP, 1) + rnd(r, DIG, 5) + rnd(r, UP, 2)


def it_passport(r: R) -> str:
    return rnd(r, UP, 2) + rnd(r, DIG, 7)


def it_patente(r: R) -> str:
    return r.choice(["U1", "MI", "RM", "TO"]) + rnd(r, DIG, 7) + r.choice(UP)


def it_plate(r: R) -> str:
    return f"{rnd(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)} {rnd(r, DIG, 3)} {rnd(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)}"


def nl_bsn_v(r: R) -> str:
    return until(lambda r: rnd(r, "123456789", 1) + rnd(r, DIG, 8), ok(nl_bsn))(r)


def nl_doc(r: R) -> str:
    return (
        rnd(r, "ABCDEFGHIJKLMNPQRSTUVWXYZ", 2)
        + rnd(r, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789", 6)
        + r.choice(DIG)
    )


def nl_plate(r: R) -> str:
    return f"{rnd(r, 'BDFGHJKLNPRSTVXZ', 2)}-{rnd(r, DIG, 3)}-{rnd(r, 'BDFGHJKLNPRSTVXZ', 1)}"


def nl_rijbewijs(r: R) -> str:
    return r.choice("56") + rnd(r, DIG, 9)


def pl_pesel_v(r: R) -> str:
    def make(r: R) -> str:
        yy, mm, dd = r.randrange(50, 100), r.randrange(1, 13), r.randrange(1, 29)
        if r.random() < 0.3:
            yy, mm = r.randrange(0, 6), mm + 20
        body = f"{yy:02d}{mm:02d}{dd:02d}" + rnd(r, DIG, 4)
        return body + pl_pesel.calc_check_digit(body)

    return until(make, ok(pl_pesel))(r)


def pl_nip_v(r: R) -> str:
    return until(lambda r: rnd(r, "123456789", 1) + rnd(r, DIG, 9), ok(pl_nip))(r)


def pl_nip_dashed(r: R) -> str:
    return grouped(pl_nip_v(r), (3, 3, 2), "-")


def pl_regon_v(r: R) -> str:
    return until(lambda r: rnd(r, "123456789", 1) + rnd(r, DIG, 8), ok(pl_regon))(r)


def pl_dowod(r: R) -> str:
    letters = rnd(r, "ABCDEFGHIJKLMNPRSTUVWXYZ", 3)
    tail = rnd(r, DIG, 5)
    vals = [ord(c) - 55 for c in letters] + [int(d) for d in tail]
    w = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(v * x for v, x in zip(vals, w, strict=True)) % 10
    return letters + str(check) + tail


def pl_paszport(r: R) -> str:
    return rnd(r, UP, 2) + rnd(r, DIG, 7)


def pl_plate(r: R) -> str:
    return f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WR', 'EL'])} {rnd(r, DIG, 4)}{r.choice(UP)}"


def us_ssn_v(r: R) -> str:
    v = until(lambda r: rnd(r, "12345678", 1) + rnd(r, DIG, 8), ok(us_ssn))(r)
    return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def uk_nino(r: R) -> str:
    return f"{rnd(r, 'ABCEGHJKLMNPRSTWXYZ', 1)}{rnd(r, 'ABCEGHJKLMNPRSTWXYZ', 1)} {rnd(r, DIG, 2)} {rnd(r, DIG, 2)} {rnd(r, DIG, 2)} {r.choice('ABCD')}"


def uk_nhs(r: R) -> str:
    v = until(lambda r: rnd(r, "456789", 1) + rnd(r, DIG, 9), ok(gb_nhs))(r)
    return grouped(v, (3, 3, 4))


def ca_sin_v(r: R) -> str:
    v = until(lambda r: rnd(r, "1234567", 1) + rnd(r, DIG, 8), ok(ca_sin))(r)
    return grouped(v, (3, 3, 3))


def au_tfn_v(r: R) -> str:
    v = until(lambda r: rnd(r, "123456789", 1) + rnd(r, DIG, 8), ok(au_tfn))(r)
    return grouped(v, (3, 3, 3))


def in_pan_v(r: R) -> str:
    return until(
        lambda r: rnd(r, UP, 3) + "P" + rnd(r, UP, 1) + rnd(r, DIG, 4) + rnd(r, UP, 1), ok(in_pan)
    )(r)


def in_aadhaar_v(r: R) -> str:
    v = until(lambda r: rnd(r, "23456789", 1) + rnd(r, DIG, 11), ok(in_aadhaar))(r)
    return grouped(v, (4, 4, 4))


def be_nn_v(r: R) -> str:
    def make(r: R) -> str:
        body = f"{r.randrange(50, 100):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(1, 998):03d}"
        return body + f"{97 - int(body) % 97:02d}"

    v = until(make, ok(be_nn))(r)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def ch_ahv(r: R) -> str:
    v = until(lambda r: "756" + rnd(r, DIG, 10), ok(ch_ssn))(r)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def member_no(prefix: str, n: int) -> Maker:
    return lambda r: prefix + rnd(r, DIG, n)


# ------------------------------------------------------------------- accounts

BBAN: dict[str, Callable[[R], str]] = {
    "DE": lambda r: rnd(r, DIG, 18),
    "FR": lambda r: rnd(r, DIG, 10) + rnd(r, DIG, 11) + rnd(r, DIG, 2),
    "ES": lambda r: rnd(r, DIG, 20),
    "IT": lambda r: r.choice(UP) + rnd(r, DIG, 10) + rnd(r, DIG, 12),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + rnd(r, DIG, 10),
    "PL": lambda r: rnd(r, DIG, 24),
    "BE": lambda r: rnd(r, DIG, 12),
    "AT": lambda r: rnd(r, DIG, 16),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rnd(r, DIG, 14),
    "CH": lambda r: rnd(r, DIG, 17),
}


def iban_raw(country: str) -> Maker:
    def make(r: R) -> str:
        while True:
            bban = BBAN[country](r)
            v = country + std_iban.calc_check_digits(country + "00" + bban) + bban
            if std_iban.is_valid(v):
                return v

    return make


def iban(country: str, style: str = "space") -> Maker:
    def make(r: R) -> str:
        v = iban_raw(country)(r)
        if style == "space":
            return grouped(v, (4,) * 8)
        if style == "lower":
            return grouped(v, (4,) * 8).lower()
        return v

    return make


def pl_nrb(r: R) -> str:
    v = iban_raw("PL")(r)[2:]
    return grouped(v, (2, 4, 4, 4, 4, 4, 4))


def es_ccc_v(r: R) -> str:
    v = until(lambda r: rnd(r, DIG, 20), ok(es_ccc))(r)
    return grouped(v, (4, 4, 2, 10))


def uk_sort(r: R) -> str:
    return f"{r.randrange(10, 99)}-{rnd(r, DIG, 2)}-{rnd(r, DIG, 2)}"


def us_routing(r: R) -> str:
    return until(lambda r: r.choice(["0", "1", "2", "3"]) + rnd(r, DIG, 8), ok(us_rtn))(r)


def card(prefix: str, n: int = 16) -> Maker:
    """A payment card number with a valid Luhn digit, in groups of four."""

    def make(r: R) -> str:
        body = prefix + rnd(r, DIG, n - len(prefix) - 1)
        return grouped(body + luhn.calc_check_digit(body), (4, 4, 4, 4))

    return make


def email(*users: str) -> Maker:
    def make(r: R) -> str:
        u = r.choice(users)
        return f"{u}{r.choice(['', '.', '_'])}{r.randrange(1, 99)}@{r.choice(['gmail.com', 'web.de', 'wp.pl', 'libero.it', 'orange.fr', 'hotmail.com', 'outlook.com'])}"

    return make


# --------------------------------------------------------------------- phones


def phone(region: str, style: str = "intl") -> Maker:
    """A random number of `region` that phonenumbers calls valid (a mobile when possible)."""

    def make(r: R) -> str:
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        assert ex is not None
        nsn = str(ex.national_number)
        while True:
            keep = max(2, len(nsn) - 7)
            cand = nsn[:keep] + rnd(r, DIG, len(nsn) - keep)
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if phonenumbers.is_valid_number(num):
                break
        if style == "intl":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style == "nat":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style == "e164":
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if style == "00":
            return "00" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)[1:]
        # "flat": national digits without any spacing
        return re.sub(
            r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        )

    return make


# ------------------------------------------------------ clean look-alike values


def ref(prefix: str, n: int, alphabet: str = DIG) -> Maker:
    return lambda r: prefix + rnd(r, alphabet, n)


def price(cur: str, comma: bool = True) -> Maker:
    def make(r: R) -> str:
        v = f"{r.randrange(3, 1900)}{',' if comma else '.'}{r.choice(['99', '00', '50', '95'])}"
        return f"{v} {cur}" if cur in "€zł" else f"{cur}{v}"

    return make


def version(r: R) -> str:
    return f"{r.randrange(1, 18)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}"


def date_dot(r: R) -> str:
    return f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}.{r.choice([2025, 2026])}"


def date_slash(r: R) -> str:
    return f"{r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}/{r.choice([2025, 2026])}"


def clock(r: R) -> str:
    return f"{r.randrange(7, 22)}:{r.choice(['00', '15', '30', '45'])}"


def tracking_ups(r: R) -> str:
    return "1Z" + rnd(r, UP + DIG, 6) + rnd(r, DIG, 10)


def tracking_post(r: R) -> str:
    return rnd(r, UP, 2) + rnd(r, DIG, 9) + r.choice(["DE", "FR", "NL", "PL", "IT", "ES"])


def amazon_order(r: R) -> str:
    return f"{rnd(r, DIG, 3)}-{rnd(r, DIG, 7)}-{rnd(r, DIG, 7)}"


def hex_err(r: R) -> str:
    return "0x" + rnd(r, "0123456789ABCDEF", 8)


def code(prefix: str) -> Maker:
    return lambda r: prefix + str(r.choice([10, 15, 20, 25, 30, 50]))


# ------------------------------------------------------------------ templates


@dataclass(frozen=True)
class Tpl:
    category: str
    kind: str
    text: str
    slots: dict[str, tuple[str, Maker]]


def t(category: str, kind: str, text: str, **slots: tuple[str, Maker]) -> Tpl:
    return Tpl(category, kind, text, slots)


def c(kind: str, text: str, **fill: Maker) -> Tpl:
    """A clean row: slots are filled with look-alikes, none of them gold."""
    return Tpl("clean", kind, text, {k: ("", m) for k, m in fill.items()})


# fmt: off  (message templates are data: one message a line)
PW_EN = pw(
    ("sunshine", "dragon", "liverpool", "princess", "monkey", "charlie", "football", "summer")
)
PW_DE = pw(
    ("sonnenblume", "schalke", "hasenbraten", "mausi", "fussball", "sommer", "bayern", "kaffee")
)
PW_FR = pw(("soleil", "chouchou", "doudou", "marseille", "loulou", "fromage", "bisou", "papillon"))
PW_ES = pw(
    ("cariño", "barcelona", "princesa", "tequiero", "madrid", "mariposa", "sevilla", "gatito")
)
PW_IT = pw(("juventus", "amore", "tesoro", "napoli", "ciaobella", "roma", "gattino", "pizza"))
PW_NL = pw(("ajax", "kaaskop", "fietsen", "zonnetje", "feyenoord", "schatje", "tulp", "oranje"))
PW_PL = pw(("kochanie", "legia", "misiek", "zaq1", "polska", "slonko", "kotek", "biedronka"))

EN: list[Tpl] = [
    # credential
    t(
        "credential",
        "before",
        "hi, cant log in. my passwrod is {a} and it says wrong 😩",
        a=("PASSWORD", PW_EN),
    ),
    t(
        "credential",
        "before",
        "ok so the pin for my card is {a} if u need it",
        a=("PIN", digits(4)),
    ),
    t("credential", "before", "the cvv on the back says {a}", a=("CVV", digits(3))),
    t("credential", "after", "{a} thats the code i got by sms just now", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("OTP", spaced_otp)),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_EN)),
    t(
        "credential",
        "before",
        "pasting our github token so u can check the repo access: {a}",
        a=("API_KEY", ghp),
    ),
    t(
        "credential",
        "before",
        "the slack bot token is {a} – it stopped posting yesterday",
        a=("API_KEY", slack),
    ),
    t(
        "credential",
        "group",
        "aws creds: key id {a} secret {b} pls rotate them",
        a=("API_KEY", aws_key),
        b=("API_KEY", aws_secret),
    ),
    t("credential", "before", "wifi pw for the office is {a} btw", a=("PASSWORD", PW_EN)),
    t(
        "credential",
        "before",
        "security question answer is {a} (my first pet)",
        a=("SECURITY_ANSWER", word("Biscuit", "Rusty", "Pickles", "Muffin")),
    ),
    t(
        "credential",
        "group",
        "my backup codes are {a} and {b}, the rest i lost",
        a=("BACKUP_CODE", backup_code),
        b=("BACKUP_CODE", backup_code),
    ),
    # id
    t("id", "before", "my ssn is {a}, is that enough to verify?", a=("US_SSN", us_ssn_v)),
    t("id", "before", "national insurance no. {a}", a=("UK_NINO", uk_nino)),
    t("id", "after", "{a} is my nhs number", a=("UK_NHS", uk_nhs)),
    t("id", "before", "sin: {a} 🙏", a=("CA_SIN", ca_sin_v)),
    t("id", "before", "for the tax form my TFN is {a}", a=("AU_TFN", au_tfn_v)),
    t(
        "id",
        "group",
        "pan {a} and aadhaar {b} both uploaded already",
        a=("IN_PAN", in_pan_v),
        b=("IN_AADHAAR", in_aadhaar_v),
    ),
    t("id", "lone", "{a}", a=("US_SSN", us_ssn_v)),
    t(
        "id",
        "before",
        "passport number is {a}, expires next year",
        a=("PASSPORT", lambda r: rnd(r, DIG, 9)),
    ),
    t(
        "id",
        "before",
        "driving licence: {a}",
        a=(
            "DRIVER_LICENSE",
            lambda r: (
                rnd(r, UP, 5) + rnd(r, DIG, 6) + rnd(r, UP, 2) + rnd(r, DIG, 1) + rnd(r, UP, 2)
            ),
        ),
    ),
    t(
        "id",
        "after",
        "car reg is {a} if that helps, its the blue one",
        a=("LICENSE_PLATE", lambda r: rnd(r, UP, 2) + rnd(r, DIG, 2) + " " + rnd(r, UP, 3)),
    ),
    t("id", "before", "my member id: {a}", a=("MEMBER_ID", member_no("MBR", 8))),
    t(
        "id",
        "bare",
        "uhh its {a} i think, the one on my insurance card",
        a=("MEMBER_ID", member_no("W", 9)),
    ),
    # account
    t(
        "account",
        "group",
        "sort code {a} account {b}",
        a=("UK_SORT_CODE", uk_sort),
        b=("ACCOUNT", digits(8)),
    ),
    t(
        "account",
        "group",
        "routing {a} / acct {b}",
        a=("US_ROUTING", us_routing),
        b=("ACCOUNT", digits(10)),
    ),
    t("account", "before", "send the refund to iban {a} pls", a=("IBAN", iban("GB"))),
    t("account", "lone", "{a}", a=("IBAN", iban("GB", "flat"))),
    t("account", "before", "acct no. {a}", a=("ACCOUNT", digits(11))),
    t(
        "account",
        "before",
        "my paypal login is {a}",
        a=("EMAIL", email("jenny.miller", "tomwalsh", "k.obrien")),
    ),
    t("account", "before", "card number {a} exp 09/28", a=("CREDIT_CARD", card("4"))),
    # phone
    t("phone", "before", "call me on {a} after 5", a=("PHONE", phone("GB", "nat"))),
    t("phone", "before", "my cell is {a}", a=("PHONE", phone("US", "nat"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("GB", "intl"))),
    t("phone", "after", "{a} – that's my mobile, text me", a=("PHONE", phone("US", "e164"))),
    t("phone", "bare", "just whatsapp {a} whenever", a=("PHONE", phone("IE", "intl"))),
    t("phone", "before", "new number: {a}", a=("PHONE", phone("AU", "nat"))),
    # clean
    c("ref", "where is my order #{a}?? its been 2 weeks", a=ref("", 7)),
    c("ref", "ticket {a} still not solved", a=ref("TCK-", 6)),
    c("ref", "tracking says {a} delivered but nothing here", a=tracking_ups),
    c(
        "price_date",
        "it was {a} on {b} and now {c}?",
        a=price("$", False),
        b=date_slash,
        c=price("$", False),
    ),
    c("price_date", "can someone call back tmrw at {a}?", a=clock),
    c(
        "product",
        "the app is on version {a} and still crashes on my Galaxy S23",
        a=lambda r: version(r),
    ),
    c("product", "model no. is {a}, bought it at Best Buy", a=ref("KDL-", 2, DIG)),
    c("hotline", "your hotline 1-800-275-2273 is always busy"),
    c("code", "getting error {a} when i pay", a=hex_err),
    c("code", "discount code {a} doesnt work", a=code("SPRING")),
    c("handle", "i tagged you @{a} on twitter", a=word("AcmeSupport", "ShopHelp", "TeamFixIt")),
    c("chat", "Hello, Good Morning! The Delivery Guy never came, Thanks for nothing"),
    c("chat", "ok thx 👍 have a nice weekend"),
]

DE: list[Tpl] = [
    t(
        "credential",
        "before",
        "hallo, mein passwort ist {a} und geht trotzdem nicht",
        a=("PASSWORD", PW_DE),
    ),
    t("credential", "bare", "mein password lautet {a} 😅", a=("PASSWORD", PW_DE)),
    t("credential", "before", "Die PIN von der EC-Karte ist {a}", a=("PIN", digits(4))),
    t("credential", "before", "prüfnummer hinten auf der karte: {a}", a=("CVV", digits(3))),
    t("credential", "before", "die TAN war {a}, kam per pushTAN", a=("TAN", digits(6))),
    t("credential", "after", "{a} ist der code aus der sms", a=("OTP", spaced_otp)),
    t("credential", "lone", "{a}", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_DE)),
    t(
        "credential",
        "before",
        "hier der stripe key vom shop {a} kann der weg?",
        a=("API_KEY", stripe),
    ),
    t("credential", "before", "WLAN-Passwort: {a}", a=("PASSWORD", PW_DE)),
    t(
        "credential",
        "before",
        "antwort auf die sicherheitsfrage ist {a}",
        a=("SECURITY_ANSWER", word("Schnuffel", "Bremen", "Hasso")),
    ),
    t(
        "credential",
        "group",
        "meine Wiederherstellungscodes: {a}, {b}",
        a=("BACKUP_CODE", backup_code8),
        b=("BACKUP_CODE", backup_code8),
    ),
    t("id", "before", "meine steuerid is {a}", a=("DE_IDNR", de_steuer_id)),
    t(
        "id",
        "after",
        "{a} – das ist meine Steuer-ID",
        a=("DE_IDNR", fmt(de_steuer_id, (2, 3, 3, 3))),
    ),
    t("id", "before", "Personalausweisnummer {a}", a=("ID_CARD", de_personalausweis)),
    t("id", "before", "reisepass nr. {a}, gültig bis 2031", a=("PASSPORT", de_reisepass)),
    t("id", "before", "sozialversicherungsnummer: {a}", a=("DE_SVNR", de_svnr)),
    t("id", "after", "{a} steht auf meiner Versichertenkarte (TK)", a=("DE_KVNR", de_kvnr)),
    t("id", "lone", "{a}", a=("DE_IDNR", de_steuer_id)),
    t("id", "before", "kennzeichen ist {a}", a=("LICENSE_PLATE", de_plate)),
    t("id", "before", "führerscheinnummer {a}", a=("DRIVER_LICENSE", de_fuehrerschein)),
    t("id", "before", "AHV-Nummer {a} (bin aus Zürich)", a=("CH_AHV", ch_ahv)),
    t(
        "id",
        "group",
        "ausweis {a} und steuer-id {b}",
        a=("ID_CARD", de_personalausweis),
        b=("DE_IDNR", de_steuer_id),
    ),
    t("id", "before", "meine Mitgliedsnummer beim ADAC: {a}", a=("MEMBER_ID", member_no("", 9))),
    t("account", "before", "bitte auf meine IBAN {a} überweisen", a=("IBAN", iban("DE"))),
    t("account", "lone", "{a}", a=("IBAN", iban("DE", "flat"))),
    t("account", "after", "{a} ist mein konto bei der sparkasse", a=("IBAN", iban("DE", "lower"))),
    t("account", "before", "iban von meinem österr. konto: {a}", a=("IBAN", iban("AT"))),
    t("account", "before", "kontonummer {a}, BLZ weiß ich grad nicht", a=("ACCOUNT", digits(10))),
    t(
        "account",
        "before",
        "mein Anmeldename fürs Online-Banking ist {a}",
        a=("BANK_LOGIN", digits(10)),
    ),
    t("account", "before", "kreditkarte {a}", a=("CREDIT_CARD", card("52"))),
    t("phone", "before", "handy: {a}", a=("PHONE", phone("DE", "nat"))),
    t("phone", "before", "ruf mich an unter {a}", a=("PHONE", phone("DE", "intl"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("DE", "flat"))),
    t("phone", "after", "{a} is meine nummer", a=("PHONE", phone("AT", "intl"))),
    t(
        "phone",
        "bare",
        "bin erreichbar unter {a} oder {b}",
        a=("PHONE", phone("DE", "00")),
        b=("PHONE", phone("CH", "nat")),
    ),
    t("phone", "before", "Tel.: {a}", a=("PHONE", phone("DE", "e164"))),
    c("ref", "Bestellnummer {a}, wo bleibt das Paket?", a=amazon_order),
    c("ref", "Rechnung RE-{a} ist doppelt abgebucht", a=ref("2025-", 5)),
    c("ref", "Sendungsnummer {a} hängt seit Tagen im Verteilzentrum", a=tracking_post),
    c("price_date", "hab am {a} um {b} bestellt, {c} bezahlt", a=date_dot, b=clock, c=price("€")),
    c("price_date", "ich brauche 3 Stück, nicht 30"),
    c("product", "Drucker Modell {a}, Firmware {b}", a=ref("MFC-L", 4), b=version),
    c("product", "Die Waschmaschine WM14N2G1 pumpt nicht ab"),
    c("hotline", "Eure Hotline 0800 330 1000 nimmt nie ab"),
    c("code", "Fehlercode E{a} am Display", a=ref("", 2)),
    c("code", "Gutschein {a} wird abgelehnt", a=code("SOMMER")),
    c("code", "Zimmer {a}, die Heizung ist kalt", a=ref("", 3)),
    c("chat", "Guten Tag, Danke für die schnelle Hilfe! Schönes Wochenende"),
    c("chat", "Die Lieferung kam Heute, aber der Karton war Nass"),
]

FR: list[Tpl] = [
    t(
        "credential",
        "before",
        "bonjour, mon mot de pass c'est {a} et ça marche pas",
        a=("PASSWORD", PW_FR),
    ),
    t("credential", "bare", "mon password = {a}", a=("PASSWORD", PW_FR)),
    t("credential", "before", "le code pin de ma carte est {a}", a=("PIN", digits(4))),
    t("credential", "before", "cryptogramme au dos : {a}", a=("CVV", digits(3))),
    t("credential", "after", "{a} c'est le code reçu par sms", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("OTP", spaced_otp)),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_FR)),
    t("credential", "before", "voilà le jwt qu'on reçoit {a} il est expiré ?", a=("API_KEY", jwt)),
    t("credential", "before", "mdp wifi de la box : {a}", a=("PASSWORD", PW_FR)),
    t(
        "credential",
        "before",
        "réponse à la question secrète : {a}",
        a=("SECURITY_ANSWER", word("Minouche", "Lyon", "Pompon")),
    ),
    t("credential", "before", "code de confirmation 3D Secure {a}", a=("OTP", digits(6))),
    t("credential", "before", "clé api google {a}", a=("API_KEY", google_key)),
    t("id", "before", "mon numéro de sécu c'est {a}", a=("FR_NIR", fr_nir_spaced)),
    t("id", "after", "{a} = mon numéro de sécurité sociale", a=("FR_NIR", fr_nir_v)),
    t("id", "before", "numéro fiscal : {a}", a=("FR_NIF", fr_fiscal)),
    t("id", "before", "n° de passeport {a}", a=("PASSPORT", fr_passport)),
    t("id", "before", "carte d'identité numéro {a}", a=("ID_CARD", fr_cni)),
    t("id", "lone", "{a}", a=("FR_NIR", fr_nir_v)),
    t("id", "before", "ma plaque c'est {a}", a=("LICENSE_PLATE", fr_plate)),
    t("id", "before", "numéro de permis {a}", a=("DRIVER_LICENSE", lambda r: rnd(r, DIG, 12))),
    t("id", "before", "mon numéro national belge : {a}", a=("BE_NN", be_nn_v)),
    t(
        "id",
        "group",
        "passeport {a}, sécu {b}",
        a=("PASSPORT", fr_passport),
        b=("FR_NIR", fr_nir_v),
    ),
    t("id", "before", "titre de séjour n° {a}", a=("RESIDENCE_PERMIT", lambda r: rnd(r, DIG, 10))),
    t("id", "before", "n° adhérent mutuelle : {a}", a=("MEMBER_ID", member_no("", 10))),
    t("account", "before", "mon iban : {a}", a=("IBAN", iban("FR"))),
    t("account", "lone", "{a}", a=("IBAN", iban("FR", "flat"))),
    t("account", "after", "{a} c'est mon compte à la banque postale", a=("IBAN", iban("FR"))),
    t("account", "before", "iban belge {a}", a=("IBAN", iban("BE"))),
    t("account", "before", "mon identifiant client banque : {a}", a=("BANK_LOGIN", digits(8))),
    t("account", "before", "carte bleue {a}", a=("CREDIT_CARD", card("4"))),
    t("account", "before", "iban suisse {a}", a=("IBAN", iban("CH"))),
    t("phone", "before", "mon portable : {a}", a=("PHONE", phone("FR", "nat"))),
    t("phone", "before", "appelez moi au {a} svp", a=("PHONE", phone("FR", "intl"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("FR", "flat"))),
    t("phone", "after", "{a} c'est mon num", a=("PHONE", phone("BE", "intl"))),
    t("phone", "bare", "joignable au {a} toute la journée", a=("PHONE", phone("FR", "00"))),
    t("phone", "before", "tél {a}", a=("PHONE", phone("FR", "e164"))),
    c("ref", "commande n° {a} toujours pas reçue", a=ref("FR", 9)),
    c("ref", "dossier {a}, aucune réponse", a=ref("SAV-", 6)),
    c("ref", "facture {a} erronée", a=ref("F", 8)),
    c("price_date", "payé {a} le {b}, livraison prévue à {c}", a=price("€"), b=date_slash, c=clock),
    c("price_date", "j'en veux 12, pas 120 😂"),
    c("product", "mon iPhone 14 Pro est bloqué sur iOS {a}", a=version),
    c("product", "réf produit {a}", a=ref("REF-", 6)),
    c("hotline", "votre service client au 3949 ne répond jamais"),
    c("code", "erreur {a} sur le terminal", a=ref("E", 3)),
    c("code", "code promo {a} invalide", a=code("NOEL")),
    c("handle", "je vous ai écrit sur insta @{a}", a=word("boutique_lumiere", "la_redoute_aide")),
    c("chat", "Bonjour Madame, Merci Beaucoup pour votre Aide"),
    c("chat", "ok super merci, bonne journée !"),
]

ES: list[Tpl] = [
    t("credential", "before", "hola, mi contrasena es {a} pero no entra 🙁", a=("PASSWORD", PW_ES)),
    t("credential", "bare", "el password es {a}", a=("PASSWORD", PW_ES)),
    t("credential", "before", "el pin de la tarjeta es {a}", a=("PIN", digits(4))),
    t("credential", "before", "cvv: {a}", a=("CVV", digits(3))),
    t("credential", "after", "{a} es el código que me llegó por sms", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_ES)),
    t(
        "credential",
        "before",
        "nuestra api key de openai es {a} alguien la filtró?",
        a=("API_KEY", openai_key),
    ),
    t("credential", "before", "clave del wifi: {a}", a=("PASSWORD", PW_ES)),
    t(
        "credential",
        "before",
        "respuesta de seguridad: {a}",
        a=("SECURITY_ANSWER", word("Canela", "Toledo", "Pelusa")),
    ),
    t("credential", "before", "código de firma {a}", a=("OTP", digits(8))),
    t("credential", "before", "clave de acceso {a}", a=("PASSWORD", PW_ES)),
    t("id", "before", "mi dni es {a}", a=("ES_DNI", es_dni_v)),
    t("id", "after", "{a} es mi NIE", a=("ES_NIE", es_nie_v)),
    t("id", "before", "nº seguridad social {a}", a=("ES_NSS", es_nss)),
    t("id", "before", "pasaporte {a}", a=("PASSPORT", es_passport)),
    t("id", "lone", "{a}", a=("ES_DNI", es_dni_v)),
    t("id", "before", "matrícula del coche {a}", a=("LICENSE_PLATE", es_plate)),
    t(
        "id",
        "before",
        "mi tarjeta sanitaria es {a}",
        a=("HEALTH_ID", lambda r: rnd(r, UP, 4) + rnd(r, DIG, 8) + rnd(r, UP, 2)),
    ),
    t("id", "group", "dni {a} y nss {b}", a=("ES_DNI", es_dni_v), b=("ES_NSS", es_nss)),
    t(
        "id",
        "before",
        "mi rfc es {a} (soy de méxico)",
        a=(
            "MX_RFC",
            lambda r: (
                rnd(r, UP, 4)
                + f"{r.randrange(60, 99)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
                + rnd(r, UP + DIG, 3)
            ),
        ),
    ),
    t("id", "before", "número de socio {a}", a=("MEMBER_ID", member_no("", 8))),
    t("id", "bare", "ahí va: {a}", a=("ES_NIE", es_nie_v)),
    t("id", "before", "tarjeta de residencia {a}", a=("ES_NIE", es_nie_v)),
    t("account", "before", "mi iban es {a}", a=("IBAN", iban("ES"))),
    t("account", "lone", "{a}", a=("IBAN", iban("ES", "flat"))),
    t("account", "after", "{a} es mi cuenta del santander", a=("IBAN", iban("ES"))),
    t("account", "before", "ccc {a}", a=("ES_CCC", es_ccc_v)),
    t("account", "before", "usuario de banca online {a}", a=("BANK_LOGIN", es_dni_v)),
    t("account", "before", "tarjeta {a}", a=("CREDIT_CARD", card("4"))),
    t("account", "before", "mi paypal es {a}", a=("EMAIL", email("lucia.garcia", "javi.mtz"))),
    t("phone", "before", "mi móvil es {a}", a=("PHONE", phone("ES", "nat"))),
    t("phone", "before", "llámame al {a}", a=("PHONE", phone("ES", "intl"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("ES", "flat"))),
    t("phone", "after", "{a} es mi whatsapp", a=("PHONE", phone("MX", "intl"))),
    t("phone", "bare", "estoy en el {a} hasta las 8", a=("PHONE", phone("ES", "00"))),
    t("phone", "before", "tlf {a}", a=("PHONE", phone("AR", "intl"))),
    c("ref", "pedido {a} no ha llegado", a=ref("", 10)),
    c("ref", "incidencia {a} abierta hace un mes", a=ref("INC", 7)),
    c("ref", "localizador de la reserva {a}", a=ref("", 6, UP)),
    c("price_date", "pagué {a} el {b}", a=price("€"), b=date_slash),
    c("price_date", "a las {a} no puedo, mejor mañana", a=clock),
    c("product", "el portátil {a} no enciende", a=ref("VivoBook X", 3)),
    c("product", "actualicé a la versión {a} y ahora falla", a=version),
    c("hotline", "el teléfono de atención al cliente 900 100 200 no contesta"),
    c("code", "me sale el error {a}", a=ref("ERR-", 4)),
    c("code", "cupón {a} caducado", a=code("REBAJAS")),
    c("code", "habitación {a}, no hay agua caliente", a=ref("", 3)),
    c("chat", "Buenas Tardes, Gracias por Todo"),
    c("chat", "vale, perfecto, muchas gracias 😊"),
]

IT: list[Tpl] = [
    t("credential", "before", "ciao, la mia passwrod è {a} ma non entra", a=("PASSWORD", PW_IT)),
    t("credential", "before", "la pw è {a}", a=("PASSWORD", PW_IT)),
    t("credential", "before", "il pin del bancomat è {a}", a=("PIN", digits(5))),
    t("credential", "before", "codice cvv {a}", a=("CVV", digits(3))),
    t("credential", "after", "{a} è il codice otp", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("OTP", spaced_otp)),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_IT)),
    t("credential", "before", "token github {a} scusate", a=("API_KEY", github_pat)),
    t("credential", "before", "password del wifi: {a}", a=("PASSWORD", PW_IT)),
    t(
        "credential",
        "before",
        "risposta alla domanda di sicurezza: {a}",
        a=("SECURITY_ANSWER", word("Fufi", "Bari", "Briciola")),
    ),
    t("credential", "before", "codice dispositivo {a}", a=("PIN", digits(5))),
    t("credential", "before", "la chiave api twilio è {a}", a=("API_KEY", twilio)),
    t("id", "before", "il mio codice fiscale è {a}", a=("IT_FISCAL_CODE", it_cf_v)),
    t("id", "after", "{a} è il mio cf", a=("IT_FISCAL_CODE", lower(it_cf_v))),
    t("id", "before", "carta d'identità n. {a}", a=("ID_CARD", it_cie)),
    t("id", "before", "passaporto {a}", a=("PASSPORT", it_passport)),
    t("id", "lone", "{a}", a=("IT_FISCAL_CODE", it_cf_v)),
    t("id", "before", "targa {a}", a=("LICENSE_PLATE", it_plate)),
    t("id", "before", "numero patente {a}", a=("DRIVER_LICENSE", it_patente)),
    t(
        "id",
        "before",
        "tessera sanitaria {a}",
        a=("HEALTH_ID", lambda r: "80380" + rnd(r, DIG, 15)),
    ),
    t(
        "id",
        "group",
        "cf {a} e passaporto {b}",
        a=("IT_FISCAL_CODE", it_cf_v),
        b=("PASSPORT", it_passport),
    ),
    t(
        "id",
        "before",
        "permesso di soggiorno {a}",
        a=("RESIDENCE_PERMIT", lambda r: rnd(r, UP, 1) + rnd(r, DIG, 8)),
    ),
    t("id", "before", "numero tessera socio {a}", a=("MEMBER_ID", member_no("", 9))),
    t("id", "bare", "eccolo {a}", a=("IT_FISCAL_CODE", it_cf_v)),
    t("account", "before", "iban {a}", a=("IBAN", iban("IT"))),
    t("account", "lone", "{a}", a=("IBAN", iban("IT", "flat"))),
    t("account", "after", "{a} è il mio conto", a=("IBAN", iban("IT", "lower"))),
    t("account", "before", "numero conto {a}", a=("ACCOUNT", digits(12))),
    t("account", "before", "codice utente home banking {a}", a=("BANK_LOGIN", digits(8))),
    t("account", "before", "carta {a}", a=("CREDIT_CARD", card("54"))),
    t("account", "before", "iban svizzero {a}", a=("IBAN", iban("CH"))),
    t("phone", "before", "il mio cell è {a}", a=("PHONE", phone("IT", "nat"))),
    t("phone", "before", "chiamatemi al {a}", a=("PHONE", phone("IT", "intl"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("IT", "flat"))),
    t("phone", "after", "{a} è il mio numero", a=("PHONE", phone("IT", "e164"))),
    t("phone", "bare", "sono al {a} fino alle 6", a=("PHONE", phone("IT", "00"))),
    t("phone", "before", "tel. {a}", a=("PHONE", phone("CH", "intl"))),
    c("ref", "ordine n. {a} non arrivato", a=ref("", 8)),
    c("ref", "pratica {a} ferma", a=ref("PR", 7)),
    c("ref", "spedizione {a}", a=tracking_post),
    c("price_date", "pagato {a} il {b} alle {c}", a=price("€"), b=date_slash, c=clock),
    c("price_date", "ne servono 4, non 40"),
    c("product", "la lavatrice {a} perde acqua", a=ref("WW90T", 3)),
    c("product", "app versione {a} crasha", a=version),
    c("hotline", "il numero verde 800 900 123 è sempre occupato"),
    c("code", "errore {a}", a=ref("F", 2)),
    c("code", "codice sconto {a}", a=code("ESTATE")),
    c("handle", "vi ho scritto su instagram @{a}", a=word("negozio_roma", "assistenza_clienti")),
    c("chat", "Buongiorno, Grazie Mille per la Pazienza"),
    c("chat", "ok grazie, a presto 👋"),
]

NL: list[Tpl] = [
    t(
        "credential",
        "before",
        "hoi, mijn wachtwoort is {a} maar het werkt niet",
        a=("PASSWORD", PW_NL),
    ),
    t("credential", "bare", "password: {a}", a=("PASSWORD", PW_NL)),
    t("credential", "before", "pincode van mijn pas is {a}", a=("PIN", digits(4))),
    t("credential", "before", "de cvc code is {a}", a=("CVV", digits(3))),
    t("credential", "after", "{a} is de sms code", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("OTP", digits(6))),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_NL)),
    t("credential", "before", "onze aws key {a} staat nog in de config", a=("API_KEY", aws_key)),
    t("credential", "before", "wifi wachtwoord: {a}", a=("PASSWORD", PW_NL)),
    t(
        "credential",
        "before",
        "antwoord op de beveiligingsvraag is {a}",
        a=("SECURITY_ANSWER", word("Snuffie", "Zwolle", "Bobbie")),
    ),
    t("credential", "before", "digid sms code {a}", a=("OTP", digits(6))),
    t(
        "credential",
        "group",
        "herstelcodes {a} {b}",
        a=("BACKUP_CODE", backup_code),
        b=("BACKUP_CODE", backup_code),
    ),
    t("id", "before", "mijn bsn is {a}", a=("NL_BSN", nl_bsn_v)),
    t("id", "after", "{a} is mijn burgerservicenummer", a=("NL_BSN", nl_bsn_v)),
    t("id", "before", "paspoortnummer {a}", a=("PASSPORT", nl_doc)),
    t("id", "before", "id-kaart nr {a}", a=("ID_CARD", nl_doc)),
    t("id", "lone", "{a}", a=("NL_BSN", nl_bsn_v)),
    t("id", "before", "kenteken {a}", a=("LICENSE_PLATE", nl_plate)),
    t("id", "before", "rijbewijsnummer {a}", a=("DRIVER_LICENSE", nl_rijbewijs)),
    t(
        "id",
        "before",
        "verblijfsvergunning {a}",
        a=("RESIDENCE_PERMIT", lambda r: r.choice("EVW") + rnd(r, DIG, 8)),
    ),
    t("id", "group", "bsn {a} en paspoort {b}", a=("NL_BSN", nl_bsn_v), b=("PASSPORT", nl_doc)),
    t("id", "before", "rijksregisternummer {a}", a=("BE_NN", be_nn_v)),
    t("id", "before", "klantnummer zorgverzekeraar {a}", a=("MEMBER_ID", member_no("", 9))),
    t("id", "bare", "bsn staat hier: {a}", a=("NL_BSN", fmt(nl_bsn_v, (4, 2, 3), "."))),
    t("account", "before", "mijn iban is {a}", a=("IBAN", iban("NL"))),
    t("account", "lone", "{a}", a=("IBAN", iban("NL", "flat"))),
    t("account", "after", "{a} is mijn rekening", a=("IBAN", iban("NL", "lower"))),
    t("account", "before", "rekeningnummer {a}", a=("IBAN", iban("NL", "flat"))),
    t(
        "account",
        "before",
        "gebruikersnaam internetbankieren {a}",
        a=("BANK_LOGIN", lambda r: rnd(r, LOW, 6) + rnd(r, DIG, 3)),
    ),
    t("account", "before", "creditcard {a}", a=("CREDIT_CARD", card("55"))),
    t("account", "before", "belgische rekening {a}", a=("IBAN", iban("BE"))),
    t("phone", "before", "mijn 06 is {a}", a=("PHONE", phone("NL", "nat"))),
    t("phone", "before", "bel me op {a}", a=("PHONE", phone("NL", "intl"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("NL", "flat"))),
    t("phone", "after", "{a} is mijn nummer", a=("PHONE", phone("BE", "intl"))),
    t("phone", "bare", "bereikbaar op {a}", a=("PHONE", phone("NL", "00"))),
    t("phone", "before", "tel: {a}", a=("PHONE", phone("NL", "e164"))),
    c("ref", "bestelling {a} nog niet ontvangen", a=ref("", 9)),
    c("ref", "ticketnummer {a}", a=ref("#", 6)),
    c("ref", "track & trace {a}", a=ref("3S", 12, UP + DIG)),
    c("price_date", "betaald {a} op {b}", a=price("€"), b=date_dot),
    c("price_date", "om {a} ben ik thuis", a=clock),
    c("product", "de Philips {a} doet het niet meer", a=ref("HD", 4)),
    c("product", "firmware {a}", a=version),
    c("hotline", "jullie klantenservice 088 123 4567 neemt niet op"),
    c("code", "foutcode {a}", a=ref("F", 3)),
    c("code", "kortingscode {a} werkt niet", a=code("ZOMER")),
    c("code", "kamer {a}, de tv is stuk", a=ref("", 3)),
    c("chat", "Goedemiddag, Bedankt voor de Hulp!"),
    c("chat", "top, dank je wel 🙂"),
]

PL: list[Tpl] = [
    t("credential", "before", "dzien dobry, moje haslo to {a} i nie dziala", a=("PASSWORD", PW_PL)),
    t("credential", "bare", "password to {a}", a=("PASSWORD", PW_PL)),
    t("credential", "before", "pin do karty {a}", a=("PIN", digits(4))),
    t("credential", "before", "kod cvv {a}", a=("CVV", digits(3))),
    t("credential", "before", "kod blik {a}", a=("BLIK", digits(6))),
    t("credential", "after", "{a} to kod z sms", a=("OTP", digits(8))),
    t("credential", "lone", "{a}", a=("BLIK", spaced_otp)),
    t("credential", "lone", "{a}", a=("PASSWORD", PW_PL)),
    t("credential", "before", "hasło do wifi: {a}", a=("PASSWORD", PW_PL)),
    t(
        "credential",
        "before",
        "odpowiedź na pytanie bezpieczeństwa: {a}",
        a=("SECURITY_ANSWER", word("Burek", "Kraków", "Azor")),
    ),
    t("credential", "before", "token slacka {a}", a=("API_KEY", slack)),
    t("credential", "before", "klucz stripe {a} wyciekł?", a=("API_KEY", stripe)),
    t("id", "before", "mój pesel to {a}", a=("PL_PESEL", pl_pesel_v)),
    t("id", "after", "{a} to mój PESEL", a=("PL_PESEL", pl_pesel_v)),
    t("id", "before", "nip {a}", a=("PL_NIP", pl_nip_dashed)),
    t("id", "before", "numer dowodu {a}", a=("ID_CARD", pl_dowod)),
    t("id", "lone", "{a}", a=("PL_PESEL", pl_pesel_v)),
    t("id", "before", "paszport {a}", a=("PASSPORT", pl_paszport)),
    t("id", "before", "nr rejestracyjny {a}", a=("LICENSE_PLATE", pl_plate)),
    t("id", "before", "regon firmy {a}", a=("PL_REGON", pl_regon_v)),
    t("id", "group", "pesel {a}, dowód {b}", a=("PL_PESEL", pl_pesel_v), b=("ID_CARD", pl_dowod)),
    t(
        "id",
        "before",
        "karta pobytu {a}",
        a=("RESIDENCE_PERMIT", lambda r: rnd(r, UP, 2) + rnd(r, DIG, 7)),
    ),
    t(
        "id",
        "before",
        "numer prawa jazdy {a}",
        a=("DRIVER_LICENSE", lambda r: f"{rnd(r, DIG, 5)}/{rnd(r, DIG, 2)}/{rnd(r, DIG, 4)}"),
    ),
    t("id", "bare", "proszę: {a}", a=("PL_PESEL", pl_pesel_v)),
    t("account", "before", "numer konta {a}", a=("PL_NRB", pl_nrb)),
    t("account", "lone", "{a}", a=("PL_NRB", lambda r: iban_raw("PL")(r)[2:])),
    t("account", "after", "{a} to moje konto w mbanku", a=("IBAN", iban("PL"))),
    t("account", "before", "iban {a}", a=("IBAN", iban("PL", "flat"))),
    t("account", "before", "login do banku {a}", a=("BANK_LOGIN", digits(8))),
    t("account", "before", "karta {a}", a=("CREDIT_CARD", card("4"))),
    t("account", "before", "przelew na {a}", a=("PL_NRB", pl_nrb)),
    t("phone", "before", "mój numer {a}", a=("PHONE", phone("PL", "nat"))),
    t("phone", "before", "proszę dzwonić {a}", a=("PHONE", phone("PL", "intl"))),
    t("phone", "lone", "{a}", a=("PHONE", phone("PL", "flat"))),
    t("phone", "after", "{a} to moja komórka", a=("PHONE", phone("PL", "e164"))),
    t("phone", "bare", "jestem pod {a}", a=("PHONE", phone("PL", "00"))),
    t("phone", "before", "tel. kom. {a}", a=("PHONE", phone("UA", "intl"))),
    c("ref", "zamówienie nr {a} nie dotarło", a=ref("", 8)),
    c("ref", "numer przesyłki {a}", a=ref("", 24)),
    c("ref", "faktura FV/{a}", a=lambda r: f"{r.randrange(1, 999)}/2025"),
    c("price_date", "zapłaciłem {a} dnia {b}", a=price("zł"), b=date_dot),
    c("price_date", "o {a} mogę odebrać", a=clock),
    c("product", "telefon Xiaomi {a} się restartuje", a=ref("Redmi Note ", 2)),
    c("product", "wersja aplikacji {a}", a=version),
    c("hotline", "infolinia 801 300 800 nie odbiera"),
    c("code", "błąd {a} przy płatności", a=ref("BL-", 3)),
    c("code", "kod rabatowy {a}", a=code("LATO")),
    c("code", "pokój {a}, brak ręczników", a=ref("", 3)),
    c("chat", "Dzień Dobry, Dziękuję za Pomoc"),
    c("chat", "ok dzięki, miłego dnia 😀"),
]

# fmt: on

SETS: dict[str, list[Tpl]] = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
SHORT = {"credential": "cred", "id": "id", "account": "acco", "phone": "phon", "clean": "clea"}


def render(tpl: Tpl, r: R) -> tuple[str, list[dict[str, object]]]:
    """Fill the slots left to right; gold spans are the values as written (none for clean)."""
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w)\}", tpl.text):
        text += tpl.text[pos : m.start()]
        label, make = tpl.slots[m.group(1)]
        value = make(r)
        if tpl.category != "clean":
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
        pos = m.end()
    text += tpl.text[pos:]
    return text, spans


def build() -> str:
    r = random.Random(SEED)
    lines, seen = [], set()
    for lang, tpls in SETS.items():
        counters: dict[str, int] = {}
        for tpl in tpls:
            text, spans = render(tpl, r)
            if text in seen:
                raise RuntimeError(f"two messages alike: {text!r}")
            seen.add(text)
            n = counters[tpl.category] = counters.get(tpl.category, 0) + 1
            row = {
                "id": f"p7-{lang}-{SHORT[tpl.category]}-{n:02d}",
                "lang": lang,
                "category": tpl.category,
                "kind": tpl.kind,
                "text": text,
                "spans": spans,
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
