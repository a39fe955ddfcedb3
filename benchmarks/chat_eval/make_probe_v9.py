"""Build `data/chat_breadth_probe_v9.jsonl`: the ninth long-tail probe of chat breadth.

    python benchmarks/chat_eval/make_probe_v9.py            # writes the set
    python benchmarks/chat_eval/make_probe_v9.py --check    # fails if the file on disk differs

A blind, held-out set, meant to be scored once, at the end of a session: it was written
without reading the recognizers, their tests, the results files or any earlier probe set,
and committed before any detector ran on it. 350 short support-chat messages, 50 per
language (en, de, fr, es, it, nl, pl), as customers of a bank, a telecom, an online shop,
an airline, a health insurer and a government portal type them: informal, with typos and
emoji, several values in one message, values in quotes or brackets, on their own line, or
typed alone in answer to a bot question (`kind: lone`).

Per language: 9 credential, 9 id, 7 account, 7 phone and 18 clean messages. Every value
is generated from a seeded `random.Random`, and IDs, IBANs and phone numbers carry valid
check digits (python-stdnum, phonenumbers). Gold spans are the exact characters of each
value that must be masked; clean messages (hard look-alikes beside personal-data words:
order, ticket and tracking numbers, prices, dates, versions, error codes, hotlines, EANs,
flights and seats, company handles, brands, public figures, field names) have none.

Row: `{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.
Kinds of the value categories: `inline` (named before it), `after` (named after it),
`quoted` (in quotes or brackets), `ownline` (on a line of its own), `multi` (two or more
values), `typo` (the naming word misspelt or slangy), `lone` (the whole message). Clean
kinds name the look-alike family.
"""

from __future__ import annotations

import argparse
import base64
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
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer as nl_doc
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.pt import nif as pt_nif
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

SEED = 909
OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_probe_v9.jsonl"

R = random.Random
Maker = Callable[[R], str]
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


# --- building blocks --------------------------------------------------------------------


def rnd(r: R, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def num(r: R, n: int) -> str:
    """n digits, the first not 0."""
    return r.choice("123456789") + rnd(r, DIG, n - 1)


def grp(v: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(v[i : i + size])
        i += size
    if i < len(v):
        out.append(v[i:])
    return sep.join(p for p in out if p)


def fmt(make: Maker, sizes: tuple[int, ...], sep: str = " ") -> Maker:
    return lambda r: grp(make(r), sizes, sep)


def by4(make: Maker) -> Maker:
    return lambda r: grp(make(r), (4,) * 10)


def lower(make: Maker) -> Maker:
    return lambda r: make(r).lower()


def one(*values: str) -> Maker:
    return lambda r: r.choice(values)


def until(make: Maker, ok: Callable[[str], bool]) -> Maker:
    def draw(r: R) -> str:
        for _ in range(10_000):
            v = make(r)
            if ok(v):
                return v
        raise RuntimeError("no valid value drawn")

    return draw


def valid(module: object) -> Callable[[str], bool]:
    return lambda v: bool(module.is_valid(v))  # type: ignore[attr-defined]


# --- credentials ------------------------------------------------------------------------


def password(r: R) -> str:
    style = r.randrange(5)
    words = [
        "sonnen",
        "Kasia",
        "girasole",
        "Fenix",
        "zomer",
        "Tigrou",
        "mariposa",
        "Lupo",
        "hamster",
        "Ostsee",
        "wiewiorka",
        "Pampelune",
        "Calimero",
        "Bergluft",
    ]
    w = r.choice(words)
    if style == 0:
        return w.capitalize() + str(r.randrange(1960, 2025)) + r.choice("!?#$%*")
    if style == 1:
        return rnd(r, ALNUM + "!#%&*+-_", r.randrange(10, 15))
    if style == 2:
        return r.choice("!#*") + w.lower() + "_" + rnd(r, DIG, 2) + r.choice(UP)
    if style == 3:
        swap = w.lower().replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return swap + rnd(r, DIG, 3)
    return w + r.choice(".-") + r.choice(words).lower() + r.choice(".-") + rnd(r, DIG, 2)


def digits(n: int) -> Maker:
    return lambda r: rnd(r, DIG, n)


def otp_spaced(r: R) -> str:
    v = rnd(r, DIG, 6)
    return v[:3] + " " + v[3:]


def recovery(r: R) -> str:
    alpha = "abcdefghjkmnpqrstuvwxyz23456789"
    return rnd(r, alpha, 4) + "-" + rnd(r, alpha, 4)


def recovery_hex(r: R) -> str:
    return rnd(r, "0123456789abcdef", 5) + "-" + rnd(r, "0123456789abcdef", 5)


def ghp(r: R) -> str:
    return "ghp_" + rnd(r, ALNUM, 36)


def gh_pat(r: R) -> str:
    return "github_pat_11" + rnd(r, UP + DIG, 20) + "_" + rnd(r, ALNUM, 59)


def stripe(r: R) -> str:
    return r.choice(["sk_live_", "rk_live_"]) + rnd(r, ALNUM, 24)


def akid(r: R) -> str:
    return "AKIA" + rnd(r, UP + "234567", 16)


def aws_secret(r: R) -> str:
    return rnd(r, ALNUM + "/+", 40)


def slack(r: R) -> str:
    return f"xoxb-{num(r, 12)}-{num(r, 13)}-{rnd(r, ALNUM, 24)}"


def gapi(r: R) -> str:
    return "AIza" + rnd(r, ALNUM + "-_", 35)


def glpat(r: R) -> str:
    return "glpat-" + rnd(r, ALNUM + "-_", 20)


def openai(r: R) -> str:
    return "sk-proj-" + rnd(r, ALNUM + "-_", 48)


def sendgrid(r: R) -> str:
    return "SG." + rnd(r, ALNUM + "-_", 22) + "." + rnd(r, ALNUM + "-_", 43)


def npm(r: R) -> str:
    return "npm_" + rnd(r, ALNUM, 36)


def b64u(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def jwt(r: R) -> str:
    head = b64u('{"alg":"HS256","typ":"JWT"}')
    body = b64u(f'{{"sub":"{num(r, 7)}","iat":{r.randrange(1_700_000_000, 1_790_000_000)}}}')
    return f"{head}.{body}.{rnd(r, ALNUM + '-_', 43)}"


# --- IDs --------------------------------------------------------------------------------


def de_steuer_id(r: R) -> str:
    def make(r: R) -> str:
        pool = r.sample(DIG, 9)
        body = [*pool, r.choice(pool)]
        r.shuffle(body)
        head = "".join(body)
        return head + mod_11_10.calc_check_digit(head)

    return until(make, valid(de_idnr))(r)


def icao_check(v: str) -> str:
    val = {c: i for i, c in enumerate(DIG + UP)}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(v)) % 10)


def de_ausweis(r: R) -> str:
    return r.choice("LMNPRTVWXY") + rnd(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)


def de_passport(r: R) -> str:
    v = r.choice("CFGHJK") + rnd(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    return v + icao_check(v)


def de_kvnr(r: R) -> str:
    letter = r.choice(UP)
    body = rnd(r, DIG, 8)
    seq = f"{UP.index(letter) + 1:02d}" + body
    total = 0
    for i, ch in enumerate(seq):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body + str(total % 10)


def de_rvnr(r: R) -> str:
    area = r.choice(["12", "13", "15", "24", "28", "42", "53", "65"])
    born = f"{r.randrange(1, 29):02d}{r.randrange(1, 13):02d}{r.randrange(50, 100):02d}"
    letter = r.choice("BDFHKLMNRSTWZ")
    serial = f"{r.randrange(0, 50):02d}"
    seq = area + born + f"{UP.index(letter) + 1:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = 0
    for w, ch in zip(weights, seq, strict=True):
        p = int(ch) * w
        total += p // 10 + p % 10
    return f"{area} {born} {letter} {serial}{total % 10}"


def de_plate(r: R) -> str:
    city = r.choice(["B", "M", "HH", "K", "F", "S", "DO", "HB", "LE", "KA", "WÜ"])
    return (
        f"{city}-{rnd(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', r.randrange(1, 3))} {num(r, r.randrange(2, 5))}"
    )


def fr_nir_v(r: R) -> str:
    sex = r.choice("12")
    yy = f"{r.randrange(40, 100):02d}"
    mm = f"{r.randrange(1, 13):02d}"
    dep = r.choice(["75", "69", "13", "33", "59", "44", "67", "31", "06", "92"])
    head = sex + yy + mm + dep + f"{r.randrange(1, 990):03d}" + f"{r.randrange(1, 999):03d}"
    key = f"{97 - int(head) % 97:02d}"
    v = head + key
    assert fr_nir.is_valid(v)
    return v


def fr_nir_spaced(r: R) -> str:
    return grp(fr_nir_v(r), (1, 2, 2, 2, 3, 3, 2))


def fr_fiscal(r: R) -> str:
    def make(r: R) -> str:
        head = r.choice("0123") + rnd(r, DIG, 9)
        return head + fr_nif.calc_check_digits(head)

    return until(make, valid(fr_nif))(r)


def fr_passport(r: R) -> str:
    return f"{rnd(r, DIG, 2)}{rnd(r, UP, 2)}{rnd(r, DIG, 5)}"


def fr_plate(r: R) -> str:
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return f"{rnd(r, letters, 2)}-{num(r, 3)}-{rnd(r, letters, 2)}"


def fr_agdref(r: R) -> str:
    return r.choice(["75", "69", "93", "13"]) + rnd(r, DIG, 8)


def es_dni_v(r: R) -> str:
    body = rnd(r, DIG, 8)
    return body + es_dni.calc_check_digit(body)


def es_nie_v(r: R) -> str:
    body = r.choice("XYZ") + rnd(r, DIG, 7)
    return body + es_nie.calc_check_digit(body)


def es_nss(r: R) -> str:
    prov = r.choice(["28", "08", "46", "41", "29", "48", "50"])
    n = num(r, 8)
    return f"{prov}{n}{int(prov + n) % 97:02d}"


def es_passport(r: R) -> str:
    return rnd(r, "ABCDEFGHJKLMNPRSTVWXYZ", 3) + rnd(r, DIG, 6)


def es_plate(r: R) -> str:
    return f"{rnd(r, DIG, 4)} {rnd(r, 'BCDFGHJKLMNPRSTVWXYZ', 3)}"


def it_cf_v(r: R) -> str:
    cons = "BCDFGLMNPRSTVZ"
    vow = "AEIOU"
    sur = r.choice(cons) + r.choice(vow) + r.choice(cons) + r.choice(cons)
    sur = (sur[0] + sur[2] + sur[3]) if r.random() < 0.5 else (sur[0] + sur[2] + sur[1])
    name = r.choice(cons) + r.choice(cons) + r.choice(vow)
    yy = f"{r.randrange(50, 100):02d}"
    month = r.choice("ABCDEHLMPRST")
    day = r.randrange(1, 29) + (40 if r.random() < 0.5 else 0)
    town = r.choice(["H501", "F205", "L219", "F839", "G273", "D612", "A944", "L736"])
    head = sur + name + yy + month + f"{day:02d}" + town
    v = head + it_cf.calc_check_digit(head)
    assert it_cf.is_valid(v)
    return v


def it_cie(r: R) -> str:
    return f"C{r.choice('ABCDE')}{rnd(r, DIG, 5)}{rnd(r, UP, 2)}"


def it_patente(r: R) -> str:
    return f"{r.choice(['MI', 'RM', 'TO', 'NA', 'BO', 'U1'])}{rnd(r, DIG, 7)}{r.choice(UP)}"


def it_plate(r: R) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{rnd(r, letters, 2)} {rnd(r, DIG, 3)} {rnd(r, letters, 2)}"


def it_tessera(r: R) -> str:
    return "80380" + rnd(r, DIG, 15)


def nl_bsn_v(r: R) -> str:
    return until(lambda r: num(r, 9), valid(nl_bsn))(r)


def nl_doc_v(r: R) -> str:
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return until(
        lambda r: rnd(r, letters, 2) + rnd(r, letters + "123456789", 6) + r.choice("123456789"),
        valid(nl_doc),
    )(r)


def nl_plate(r: R) -> str:
    letters = "BDFGHJKLNPRSTVXZ"
    style = r.randrange(3)
    if style == 0:
        return f"{rnd(r, DIG, 2)}-{rnd(r, letters, 3)}-{r.choice(DIG)}"
    if style == 1:
        return f"{r.choice(DIG)}-{rnd(r, letters, 3)}-{rnd(r, DIG, 2)}"
    return f"{rnd(r, letters, 2)}-{rnd(r, DIG, 3)}-{r.choice(letters)}"


def pl_pesel_v(r: R) -> str:
    year = r.randrange(1950, 2008)
    month = r.randrange(1, 13) + (20 if year >= 2000 else 0)
    head = f"{year % 100:02d}{month:02d}{r.randrange(1, 29):02d}{rnd(r, DIG, 4)}"
    v = head + pl_pesel.calc_check_digit(head)
    assert pl_pesel.is_valid(v)
    return v


def pl_nip_v(r: R) -> str:
    return until(lambda r: num(r, 10), valid(pl_nip))(r)


def pl_regon_v(r: R) -> str:
    def make(r: R) -> str:
        head = num(r, 8)
        return head + pl_regon.calc_check_digit(head)

    return until(make, valid(pl_regon))(r)


def pl_dowod(r: R) -> str:
    letters = rnd(r, "ABCDEFGHIJKLMNOPRSTUVWXYZ", 3)
    tail = rnd(r, DIG, 5)
    val = {c: i for i, c in enumerate(DIG + UP)}
    chars = letters + tail
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(val[c] * w for c, w in zip(chars, weights, strict=True)) % 10
    return f"{letters}{check}{tail}"


def pl_passport(r: R) -> str:
    return rnd(r, UP, 2) + rnd(r, DIG, 7)


def pl_karta_pobytu(r: R) -> str:
    return r.choice("RP") + r.choice(UP) + rnd(r, DIG, 7)


def pl_plate(r: R) -> str:
    pre = r.choice(["WA", "KR", "PO", "GD", "WR", "LU", "WE", "SK"])
    style = r.randrange(2)
    if style == 0:
        return f"{pre} {num(r, 5)}"
    return f"{pre} {r.choice(DIG)}{rnd(r, 'ACEFHJKLMNPRSTUVWXY', 2)}{rnd(r, DIG, 2)}"


def gb_nino(r: R) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    pre = until(
        lambda r: r.choice(first) + r.choice(second),
        lambda v: v not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"},
    )(r)
    return pre + rnd(r, DIG, 6) + r.choice("ABCD")


def gb_nhs_v(r: R) -> str:
    return grp(until(lambda r: num(r, 10), valid(gb_nhs))(r), (3, 3, 4))


def gb_licence(r: R) -> str:
    sur = r.choice(["SMITH", "JONES", "PATEL", "WALKE", "EVANS", "MORRI", "HUGHE"])
    y = r.randrange(50, 100)
    m = r.randrange(1, 13) + (50 if r.random() < 0.5 else 0)
    d = r.randrange(1, 29)
    return (
        f"{sur}{y // 10}{m:02d}{d:02d}{y % 10}{rnd(r, UP, 1)}{r.choice('9' + UP)}9{rnd(r, UP, 2)}"
    )


def gb_plate(r: R) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    age = r.choice(["19", "21", "68", "70", "22", "72", "23"])
    return f"{rnd(r, letters, 2)}{age} {rnd(r, letters, 3)}"


def us_ssn_v(r: R) -> str:
    v = until(lambda r: rnd(r, DIG, 9), valid(us_ssn))(r)
    return grp(v, (3, 2, 4), "-")


def be_nn_v(r: R) -> str:
    def make(r: R) -> str:
        head = f"{r.randrange(60, 100):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        head += f"{r.randrange(1, 998):03d}"
        return head + f"{97 - int(head) % 97:02d}"

    v = until(make, valid(be_nn))(r)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def pt_nif_v(r: R) -> str:
    def make(r: R) -> str:
        head = r.choice("123") + rnd(r, DIG, 7)
        return head + pt_nif.calc_check_digit(head)

    return until(make, valid(pt_nif))(r)


def ch_ahv(r: R) -> str:
    def make(r: R) -> str:
        head = "756" + rnd(r, DIG, 9)
        return head + str(
            (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(head)) % 10) % 10
        )

    v = until(make, valid(ch_ssn))(r)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def at_svnr(r: R) -> str:
    def make(r: R) -> str:
        serial = num(r, 3)
        born = f"{r.randrange(1, 29):02d}{r.randrange(1, 13):02d}{r.randrange(50, 100):02d}"
        w = (3, 7, 9, 5, 8, 4, 2, 1, 6)
        digs = serial + born
        check = sum(int(c) * k for c, k in zip(digs, w, strict=True)) % 11
        return "" if check == 10 else f"{serial}{check} {born}"

    return until(make, bool)(r)


# --- accounts ---------------------------------------------------------------------------


def iban_of(cc: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    v = f"{cc}{98 - int(conv) % 97:02d}{bban}"
    assert std_iban.is_valid(v), v
    return v


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


_CIN_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
_CIN_LETTERS = [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
CIN_ODD = dict(zip(DIG + UP, [*_CIN_DIGITS, *_CIN_DIGITS, *_CIN_LETTERS], strict=True))


def it_cin(bban22: str) -> str:
    total = 0
    for i, ch in enumerate(bban22):
        total += CIN_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else UP.index(ch))
    return UP[total % 26]


def pl_sort(r: R) -> str:
    head = r.choice(["102", "105", "109", "114", "116", "124", "154", "175", "249"]) + rnd(
        r, DIG, 4
    )
    s = sum(int(c) * w for c, w in zip(head, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return head + str((10 - s % 10) % 10)


def iban(cc: str) -> Maker:
    def make(r: R) -> str:
        if cc == "DE":
            bban = r.choice(
                [
                    "10010010",
                    "37040044",
                    "50010517",
                    "76026000",
                    "20041111",
                    "43060967",
                    "12030000",
                    "70150000",
                ]
            ) + num(r, 10)
        elif cc == "FR":
            bank, branch = (
                r.choice(["30004", "30003", "20041", "10278", "30002", "16606"]),
                num(r, 5),
            )
            acct = rnd(r, DIG, 11)
            bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
        elif cc == "ES":
            bank = r.choice(["2100", "0049", "0182", "0081", "2080", "0075", "1465"])
            branch, acct = rnd(r, DIG, 4), rnd(r, DIG, 10)
            bban = bank + branch + es_ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif cc == "IT":
            body = r.choice(["03069", "02008", "05034", "03062", "01030", "03268"]) + num(r, 5)
            body += rnd(r, DIG, 12)
            bban = it_cin(body) + body
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
            bban += rnd(r, DIG, 10)
        elif cc == "PL":
            bban = pl_sort(r) + rnd(r, DIG, 16)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + num(r, 6) + rnd(r, DIG, 8)
        elif cc == "BE":
            head = r.choice(["001", "068", "310", "363", "735"]) + rnd(r, DIG, 7)
            bban = head + f"{int(head) % 97 or 97:02d}"
        elif cc == "AT":
            bban = r.choice(["20111", "12000", "32000", "14000"]) + rnd(r, DIG, 11)
        elif cc == "CH":
            bban = r.choice(["00762", "00230", "08390"]) + rnd(r, DIG, 12)
        elif cc == "PT":
            bban = r.choice(["0035", "0033", "0007"]) + rnd(r, DIG, 17)
        else:
            raise ValueError(cc)
        return iban_of(cc, bban)

    return make


def ib(cc: str) -> Maker:
    """An IBAN in groups of four, the way banks print it."""
    return by4(iban(cc))


def nrb(r: R) -> str:
    """The Polish domestic account number: the PL IBAN without the country code."""
    return grp(iban("PL")(r)[2:], (2, 4, 4, 4, 4, 4, 4))


def sort_code(r: R) -> str:
    return grp(num(r, 6), (2, 2, 2), "-")


def es_ccc_v(r: R) -> str:
    bank = r.choice(["2100", "0049", "0182", "2038", "0128"])
    branch, acct = rnd(r, DIG, 4), rnd(r, DIG, 10)
    v = bank + branch + es_ccc.calc_check_digits(bank + branch + "00" + acct) + acct
    assert es_ccc.is_valid(v)
    return f"{v[:4]} {v[4:8]} {v[8:10]} {v[10:]}"


def us_routing(r: R) -> str:
    def make(r: R) -> str:
        head = r.choice(["0", "1", "2", "3"]) + rnd(r, DIG, 7)
        s = sum(int(c) * w for c, w in zip(head, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
        return head + str((10 - s % 10) % 10)

    return until(make, valid(us_rtn))(r)


def login_name(r: R) -> str:
    first = r.choice(
        [
            "jan",
            "marta",
            "luca",
            "sophie",
            "pieter",
            "ines",
            "tomek",
            "claire",
            "mario",
            "eva",
            "kuba",
            "anke",
            "pablo",
            "giulia",
        ]
    )
    last = r.choice(
        [
            "nowak",
            "rossi",
            "dubois",
            "garcia",
            "devries",
            "kowal",
            "bauer",
            "moreau",
            "ferri",
            "jansen",
            "lopez",
            "wojcik",
        ]
    )
    style = r.randrange(4)
    if style == 0:
        return f"{first}.{last}{rnd(r, DIG, 2)}"
    if style == 1:
        return f"{first[0]}{last}{r.randrange(60, 100)}"
    if style == 2:
        return f"{first}_{last[:4]}{rnd(r, DIG, 3)}"
    return f"{last}{first.capitalize()}{rnd(r, DIG, 1)}"


# --- phones -----------------------------------------------------------------------------

PNT = phonenumbers.PhoneNumberType
PNF = phonenumbers.PhoneNumberFormat


def phone(region: str, style: str = "intl", mobile: bool = True) -> Maker:
    kind = PNT.MOBILE if mobile else PNT.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    base = phonenumbers.national_significant_number(example)
    keep = 1

    def make(r: R) -> str:
        for _ in range(10_000):
            nat = base[:keep] + rnd(r, DIG, len(base) - keep)
            p = phonenumbers.parse(nat, region)
            if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                kind,
                PNT.FIXED_LINE_OR_MOBILE,
            ):
                break
        else:
            raise RuntimeError(region)
        if style == "intl":
            return phonenumbers.format_number(p, PNF.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(p, PNF.E164)
        if style == "00":
            return "00" + phonenumbers.format_number(p, PNF.E164)[1:]
        if style == "compact":
            return phonenumbers.format_number(p, PNF.NATIONAL).replace(" ", "").replace("-", "")
        return phonenumbers.format_number(p, PNF.NATIONAL)

    return make


# --- clean look-alikes ------------------------------------------------------------------


def order_no(r: R) -> str:
    pre = r.choice(["", "#", "A", "ORD-", "WEB", "302-", "NL-", "ZAM/"])
    if pre == "302-":
        return f"302-{rnd(r, DIG, 7)}-{rnd(r, DIG, 7)}"
    if pre == "ZAM/":
        return f"ZAM/{r.randrange(2023, 2027)}/{num(r, 5)}"
    return pre + num(r, r.randrange(6, 10))


def ticket_no(r: R) -> str:
    return r.choice(["#", "INC", "CS-", "TKT-", "SR "]) + num(r, r.randrange(5, 8))


def invoice_no(r: R) -> str:
    return f"{r.choice(['RE', 'FAC', 'INV', 'FV', 'F'])}-{r.randrange(2024, 2027)}-{rnd(r, DIG, 6)}"


def tracking(r: R) -> str:
    style = r.randrange(3)
    if style == 0:
        return "1Z" + rnd(r, UP + DIG, 6) + rnd(r, DIG, 10)
    if style == 1:
        return "JJD" + rnd(r, DIG, 18)
    return r.choice(["CX", "RR", "LX"]) + rnd(r, DIG, 9) + r.choice(["DE", "FR", "NL", "PL"])


def price(cur: str) -> Maker:
    def make(r: R) -> str:
        v, cents = r.randrange(3, 2000), r.randrange(0, 100)
        if cur == "£":
            return f"£{v}.{cents:02d}"
        if cur == "zł":
            return f"{v},{cents:02d} zł"
        return r.choice([f"{v},{cents:02d} €", f"€{v},{cents:02d}", f"{v} EUR"])

    return make


def date_dot(r: R) -> str:
    return f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}.{r.randrange(2024, 2027)}"


def date_slash(r: R) -> str:
    return f"{r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}/{r.randrange(2024, 2027)}"


def clock(r: R) -> str:
    return f"{r.randrange(6, 23)}:{r.choice(['00', '15', '30', '45', '05', '50'])}"


def version(r: R) -> str:
    return f"{r.randrange(1, 20)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}"


def err_code(r: R) -> str:
    style = r.randrange(4)
    if style == 0:
        return "0x8" + rnd(r, "0123456789ABCDEF", 7)
    if style == 1:
        return f"E{r.randrange(100, 999)}"
    if style == 2:
        return f"ERR-{r.randrange(1000, 9999)}"
    return f"{r.choice([400, 401, 403, 404, 429, 500, 502, 503])}"


def ean13(r: R) -> str:
    head = r.choice(["400", "300", "840", "800", "871", "590", "590"]) + rnd(r, DIG, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(head))
    return head + str((10 - s % 10) % 10)


def sku(r: R) -> str:
    return f"{rnd(r, UP, 2)}-{rnd(r, DIG, 4)}-{rnd(r, UP + DIG, 3)}"


def flight(r: R) -> str:
    airline = r.choice(["LH", "AF", "IB", "AZ", "KL", "LO", "BA", "FR", "U2", "VY"])
    return f"{airline}{r.choice(['', ' '])}{r.randrange(100, 9999)}"


def seat(r: R) -> str:
    return f"{r.randrange(1, 34)}{r.choice('ABCDEF')}"


def gate(r: R) -> str:
    return f"{r.choice('ABCDKZ')}{r.randrange(1, 60)}"


def hotline(region: str) -> Maker:
    def make(r: R) -> str:
        if region == "GB":
            return f"0800 {rnd(r, DIG, 3)} {rnd(r, DIG, 4)}"
        if region == "DE":
            return f"0800 {rnd(r, DIG, 3)} {rnd(r, DIG, 4)}"
        if region == "FR":
            return f"0 800 {rnd(r, DIG, 2)} {rnd(r, DIG, 2)} {rnd(r, DIG, 2)}"
        if region == "ES":
            return f"900 {rnd(r, DIG, 3)} {rnd(r, DIG, 3)}"
        if region == "IT":
            return f"800 {rnd(r, DIG, 3)} {rnd(r, DIG, 3)}"
        if region == "NL":
            return f"0800-{rnd(r, DIG, 4)}"
        return f"801 {rnd(r, DIG, 3)} {rnd(r, DIG, 3)}"

    return make


def kb_article(r: R) -> str:
    return f"KB{num(r, 6)}"


def plan_code(r: R) -> str:
    return r.choice(["XL-50", "M20", "Unlimited 5G", "Flex Plus", "Red M", "Basic 10"])


def amount(r: R) -> str:
    return f"{r.randrange(5, 900)}"


def percent(r: R) -> str:
    return f"{r.randrange(2, 40)}%"


def gb_size(r: R) -> str:
    return f"{r.choice([5, 10, 15, 20, 30, 50, 100])} GB"


def year(r: R) -> str:
    return str(r.randrange(2015, 2027))


def counter(r: R) -> str:
    return str(r.randrange(2, 40))


def ref(prefix: str, n: int = 7) -> Maker:
    return lambda r: prefix + num(r, n)


def nat(region: str, mobile: bool = True) -> Maker:
    return phone(region, "national", mobile)


# --- templates --------------------------------------------------------------------------


@dataclass(frozen=True)
class Tpl:
    category: str
    kind: str
    text: str
    slots: dict[str, tuple[str, Maker]]


def t(category: str, kind: str, text: str, **slots: tuple[str, Maker]) -> Tpl:
    return Tpl(category, kind, text, slots)


def c(kind: str, text: str, **fill: Maker) -> Tpl:
    return Tpl("clean", kind, text, {k: ("", m) for k, m in fill.items()})


CR, ID, AC, PH = "credential", "id", "account", "phone"
PWD, PIN, CVV, OTP = "PASSWORD", "PIN", "CVV", "OTP"
KEY, ANS, REC = "API_KEY", "SECURITY_ANSWER", "RECOVERY_CODE"
IBAN, ACCT, USER, TEL = "IBAN", "ACCOUNT_NUMBER", "USERNAME", "PHONE_NUMBER"

EN = [
    t(
        CR,
        "inline",
        "hi, locked out AGAIN lol. my password is {a} and it keeps saying wrong",
        a=(PWD, password),
    ),
    t(
        CR,
        "quoted",
        'Tried logging in with "{a}" three times now, is my account blocked??',
        a=(PWD, password),
    ),
    t(CR, "lone", "{a}", a=(OTP, digits(6))),
    t(
        CR,
        "multi",
        "card is stuck in the machine, the cvv is {a} and pin {b} if that helps",
        a=(CVV, digits(3)),
        b=(PIN, digits(4)),
    ),
    t(
        CR,
        "ownline",
        "here's the key our dev put in the webhook config, pls revoke it:\n{a}\nthanks",
        a=(KEY, stripe),
    ),
    t(CR, "typo", "my pasword is {a} i think, maybe caps lock was on", a=(PWD, password)),
    t(
        CR,
        "after",
        "{a} is the code you texted me but the app says expired 😩",
        a=(OTP, otp_spaced),
    ),
    t(
        CR,
        "inline",
        "security question answer is {a} (first dog's name)",
        a=(ANS, one("Biscuit", "Rufus", "Pickles")),
    ),
    t(
        CR,
        "multi",
        "lost my phone. backup codes i wrote down: {a}, {b}",
        a=(REC, recovery),
        b=(REC, recovery_hex),
    ),
    t(
        ID,
        "inline",
        "my national insurance number is {a}, why does the portal reject it",
        a=("NINO", gb_nino),
    ),
    t(
        ID,
        "inline",
        "hiya!! NHS no is {a} (its on the letter from my GP) - "
        "need it linked to my health cover asap",
        a=("NHS", gb_nhs_v),
    ),
    t(ID, "lone", "{a}", a=("PASSPORT", digits(9))),
    t(
        ID,
        "after",
        "{a} is my reg, got charged twice at the airport car park",
        a=("LICENSE_PLATE", gb_plate),
    ),
    t(
        ID,
        "quoted",
        "driving licence no. [{a}] - the form says invalid??",
        a=("DRIVER_LICENSE", gb_licence),
    ),
    t(ID, "inline", "for the W-9 thing: SSN {a}", a=("US_SSN", us_ssn_v)),
    t(
        ID,
        "multi",
        "passport {a}, NI {b}. is that everything you need for the KYC check?",
        a=("PASSPORT", digits(9)),
        b=("NINO", gb_nino),
    ),
    t(
        ID,
        "ownline",
        "My Belgian national register number, as you asked:\n{a}",
        a=("NATIONAL_ID", be_nn_v),
    ),
    t(ID, "typo", "nat insurance numbr {a} sorry typing on my phone", a=("NINO", lower(gb_nino))),
    t(AC, "inline", "please refund to my IBAN {a} not the card", a=(IBAN, ib("GB"))),
    t(AC, "multi", "sort code {a} acc no {b}", a=("SORT_CODE", sort_code), b=(ACCT, digits(8))),
    t(
        AC,
        "multi",
        "wire coming from the US: routing {a}, account {b}",
        a=("ROUTING_NUMBER", us_routing),
        b=(ACCT, ref("", 10)),
    ),
    t(AC, "lone", "{a}", a=(IBAN, iban("GB"))),
    t(
        AC,
        "inline",
        "online banking username is {a}, it says account suspended 🤷",
        a=(USER, login_name),
    ),
    t(
        AC,
        "ownline",
        "salary goes into my German account now:\n{a}\ncan you update the direct debit",
        a=(IBAN, ib("DE")),
    ),
    t(AC, "typo", "my iabn is {a}, do i need the BIC too?", a=(IBAN, ib("NL"))),
    t(
        PH,
        "inline",
        "omg ok so the courier keeps ringing the wrong number, mine is {a} "
        "not the one on the order, can you fix it pls 🙏",
        a=(TEL, nat("GB")),
    ),
    t(PH, "inline", "New number: {a}", a=(TEL, phone("GB"))),
    t(PH, "lone", "{a}", a=(TEL, phone("GB", "compact"))),
    t(
        PH,
        "inline",
        "can u text the code to {a} instead, old sim is dead",
        a=(TEL, phone("GB", "e164")),
    ),
    t(
        PH,
        "multi",
        "mobile {a} or landline {b}, whichever",
        a=(TEL, nat("GB")),
        b=(TEL, nat("GB", mobile=False)),
    ),
    t(PH, "after", "{a} - that's my wife's phone, she made the booking", a=(TEL, phone("US"))),
    t(PH, "quoted", "contact numbr (for the courier): ({a})", a=(TEL, phone("GB", "00"))),
    c("order", "Order {a} still hasn't arrived, is the phone number on it even right?", a=order_no),
    c("tracking", "tracking number {a} says delivered but nothing at my door", a=tracking),
    c(
        "price",
        "Why was I charged {a} on my card when the plan says {b} per month?",
        a=price("£"),
        b=price("£"),
    ),
    c(
        "date",
        "Password reset link expired at {a} on {b}, can you send a new one?",
        a=clock,
        b=date_slash,
    ),
    c("version", "App version {a} on Android 14, the PIN pad doesn't show up", a=version),
    c("error", "Getting error {a} whenever I tap the IBAN field in settings", a=err_code),
    c("hotline", "I rang your hotline {a} and waited 40 min, nobody answered", a=hotline("GB")),
    c("ean", "Barcode on the box is {a}, is it the 2024 model?", a=ean13),
    c("flight", "Flight {a} tomorrow, can I swap seat {b} for a window?", a=flight, b=seat),
    c("handle", "Saw on @AskBarclays that the app is down, is that why my card PIN won't work?"),
    c("brand", "Does the Galaxy S24 Ultra work with your eSIM? The SIM number bit confused me"),
    c(
        "figure",
        "Is it true Martin Lewis said you have to refund the fee? Your password rules are mad btw",
    ),
    c("field", "Where is the Sort code field? The form only shows Account name and IBAN"),
    c("capital", "Password changed fine. Security is great now. Verification done, thanks!"),
    c("ticket", "Ticket {a} - still no answer about my passport photo upload", a=ticket_no),
    c("invoice", "Invoice {a} shows VAT twice on the roaming charge", a=invoice_no),
    c("lone", "{a}", a=ref("ORD-", 8)),
    c("gate", "Gate {a}, boarding {b}, still no passport control open 🙃", a=gate, b=clock),
]

DE = [
    t(
        CR,
        "inline",
        "Hallo, mein Passwort ist {a} und der Login geht trotzdem nicht 🙄",
        a=(PWD, password),
    ),
    t(CR, "inline", "PIN für die Girocard: {a}. Bitte nicht sperren!!", a=(PIN, digits(4))),
    t(CR, "lone", "{a}", a=("TAN", digits(6))),
    t(CR, "inline", "die pushTAN war {a} aber da stand abgelaufen", a=("TAN", digits(6))),
    t(CR, "quoted", "Kennwort „{a}“ funktioniert seit dem Update nicht mehr", a=(PWD, password)),
    t(
        CR,
        "ownline",
        "hier der Token, den unser Entwickler im Shop-Backend hinterlegt hat:\n{a}",
        a=(KEY, ghp),
    ),
    t(CR, "after", "{a} ist der Code aus der SMS", a=(OTP, otp_spaced)),
    t(
        CR,
        "inline",
        "Sicherheitsfrage Geburtsort der Mutter: {a}",
        a=(ANS, one("Castrop-Rauxel", "Wanne-Eickel", "Bad Segeberg")),
    ),
    t(
        CR,
        "typo",
        "mein passwrt lautet {a} und die karten pin {b}",
        a=(PWD, password),
        b=(PIN, digits(4)),
    ),
    t(
        ID,
        "inline",
        "Hallo zusammen, ich versuch seit 3 Tagen mich bei ELSTER anzumelden und es kommt immer "
        "ein Fehler, meine Steuer-ID ist {a}, was mach ich falsch???",
        a=("TAX_ID", de_steuer_id),
    ),
    t(
        ID,
        "inline",
        "Versichertennummer {a} – bitte die neue Karte schicken, alte ist kaputt",
        a=("HEALTH_INSURANCE_ID", de_kvnr),
    ),
    t(ID, "lone", "{a}", a=("ID_CARD", de_ausweis)),
    t(ID, "quoted", "Ausweisnr. ({a}) – steht die vorne rechts oder?", a=("ID_CARD", de_ausweis)),
    t(ID, "ownline", "Rentenversicherungsnummer:\n{a}", a=("SOCIAL_SECURITY", de_rvnr)),
    t(
        ID,
        "after",
        "{a} ist mein Kennzeichen, der Parkschein wurde doppelt abgebucht",
        a=("LICENSE_PLATE", de_plate),
    ),
    t(
        ID,
        "multi",
        "Reisepass {a}, Steuer ID {b}",
        a=("PASSPORT", de_passport),
        b=("TAX_ID", fmt(de_steuer_id, (2, 3, 3, 3))),
    ),
    t(ID, "inline", "Meine österreichische SV-Nummer lautet {a}", a=("SOCIAL_SECURITY", at_svnr)),
    t(ID, "typo", "meine ahv nr {a} weil ich grenzgänger bin", a=("SOCIAL_SECURITY", ch_ahv)),
    t(AC, "inline", "Bitte auf mein Konto überweisen, IBAN {a}", a=(IBAN, ib("DE"))),
    t(AC, "lone", "{a}", a=(IBAN, iban("DE"))),
    t(AC, "after", "{a} ist meine neue iban, bitte ab März nutzen", a=(IBAN, lower(ib("DE")))),
    t(AC, "inline", "Anmeldename fürs Onlinebanking: {a}", a=(USER, login_name)),
    t(AC, "ownline", "IBAN (österreichisches Konto):\n{a}", a=(IBAN, ib("AT"))),
    t(
        AC,
        "multi",
        "Hab die IBAN {a} und die alte Kontonummer {b} verwechselt, sorry",
        a=(IBAN, ib("DE")),
        b=(ACCT, ref("", 10)),
    ),
    t(AC, "typo", "meine ibna lautet {a} bic brauchen sie nicht oder", a=(IBAN, ib("CH"))),
    t(PH, "inline", "Rufen Sie mich bitte unter {a} zurück", a=(TEL, nat("DE"))),
    t(PH, "inline", "Neue Handynummer 📱 {a}", a=(TEL, phone("DE"))),
    t(PH, "lone", "{a}", a=(TEL, phone("DE", "compact"))),
    t(PH, "after", "{a} – Festnetz, tagsüber erreichbar", a=(TEL, nat("DE", mobile=False))),
    t(PH, "typo", "meine nummer is {a} whatsapp geht auch", a=(TEL, phone("DE", "e164"))),
    t(PH, "multi", "Handy {a}, Büro {b}", a=(TEL, phone("DE")), b=(TEL, nat("DE", mobile=False))),
    t(PH, "ownline", "Rückrufnummer:\n{a}", a=(TEL, phone("AT"))),
    c(
        "order",
        "Bestellung {a} ist immer noch nicht da, stimmt die Handynummer überhaupt?",
        a=order_no,
    ),
    c("tracking", "Sendungsnummer {a} zeigt seit Tagen keine Bewegung", a=tracking),
    c("price", "Warum wurden mir {a} vom Konto abgebucht statt {b}?", a=price("€"), b=price("€")),
    c("date", "Der Link zum Passwort zurücksetzen kam um {a} und war sofort abgelaufen", a=clock),
    c("version", "App-Version {a}, das PIN-Feld bleibt grau", a=version),
    c("error", "Fehlercode {a} beim Hochladen vom Personalausweis-Foto", a=err_code),
    c("hotline", "Ihre Hotline {a} ist seit heute früh dauerbesetzt", a=hotline("DE")),
    c("ean", "EAN {a} – ist das die Version mit 256 GB?", a=ean13),
    c("flight", "Flug {a} am {b}, kann ich Sitz {c} noch tauschen?", a=flight, b=date_dot, c=seat),
    c(
        "handle",
        "Laut @DB_Info fällt der Zug aus, krieg ich dann die Sitzplatzreservierung zurück?",
    ),
    c(
        "brand",
        "Ist das iPhone 15 Pro mit MagentaMobil M kompatibel oder brauche ich eine neue SIM?",
    ),
    c(
        "figure",
        "Hat Christian Lindner nicht gesagt, die Steuer-ID wird nur fürs Finanzamt genutzt?",
    ),
    c("field", "Wo finde ich das Feld IBAN im Formular? Ich sehe nur Kontoinhaber und BIC."),
    c("capital", "Passwort geändert. Sicherheit geht vor. Danke euch!"),
    c(
        "ticket",
        "Ticket {a}: Erstattung der Gebühr für den Reisepass fehlt immer noch",
        a=ticket_no,
    ),
    c("invoice", "Rechnung {a}: warum steht da zweimal die Kartengebühr?", a=invoice_no),
    c("lone", "{a}", a=lambda r: f"302-{rnd(r, DIG, 7)}-{rnd(r, DIG, 7)}"),
    c("plan", "Tarif {a}, {b} Datenvolumen, Vertragsende {c}", a=plan_code, b=gb_size, c=date_dot),
]

FR = [
    t(
        CR,
        "inline",
        "bonjour, mon mot de passe c'est {a} et ça marche plus depuis hier",
        a=(PWD, password),
    ),
    t(
        CR,
        "inline",
        "le code de ma carte bleue est {a}, elle est bloquée au distributeur",
        a=(PIN, digits(4)),
    ),
    t(CR, "lone", "{a}", a=(OTP, digits(6))),
    t(
        CR,
        "inline",
        "bon alors j'ai essayé de me connecter avec le jeton {a} que le support m'avait "
        "donné et ça me renvoie une erreur 401 donc je sais pas quoi faire",
        a=(KEY, jwt),
    ),
    t(CR, "quoted", "mdp : « {a} »", a=(PWD, password)),
    t(
        CR,
        "ownline",
        "voici le jeton qu'on utilise pour la synchro, il faut le révoquer :\n{a}",
        a=(KEY, slack),
    ),
    t(CR, "after", "{a} c'est le cryptogramme au dos", a=(CVV, digits(3))),
    t(
        CR,
        "inline",
        "réponse à la question secrète (nom de jeune fille de ma mère) : {a}",
        a=(ANS, one("Lefebvre", "Chauvin", "Marchal")),
    ),
    t(
        CR,
        "typo",
        "mon mot de pase {a} et mon code confidentiel {b}",
        a=(PWD, password),
        b=(PIN, digits(6)),
    ),
    t(ID, "inline", "mon numéro de sécu est {a}", a=("SOCIAL_SECURITY", fr_nir_spaced)),
    t(
        ID,
        "inline",
        "Numéro fiscal : {a} (impots.gouv refuse la connexion)",
        a=("TAX_ID", fr_fiscal),
    ),
    t(ID, "lone", "{a}", a=("SOCIAL_SECURITY", fr_nir_v)),
    t(ID, "inline", "passeport n° {a}, il expire en juin", a=("PASSPORT", fr_passport)),
    t(
        ID,
        "after",
        "{a} c'est ma plaque, j'ai reçu une amende alors que j'étais pas là",
        a=("LICENSE_PLATE", fr_plate),
    ),
    t(ID, "ownline", "numéro étranger (titre de séjour) :\n{a}", a=("RESIDENCE_PERMIT", fr_agdref)),
    t(
        ID,
        "multi",
        "NIR {a} et numéro fiscal {b}, vous avez tout ?",
        a=("SOCIAL_SECURITY", fr_nir_v),
        b=("TAX_ID", fr_fiscal),
    ),
    t(ID, "inline", "je suis belge, mon numéro national est {a}", a=("NATIONAL_ID", be_nn_v)),
    t(ID, "typo", "mon numero de secu c {a} stp vérifie", a=("SOCIAL_SECURITY", fr_nir_v)),
    t(AC, "inline", "Voici mon IBAN pour le remboursement : {a}", a=(IBAN, ib("FR"))),
    t(AC, "lone", "{a}", a=(IBAN, iban("FR"))),
    t(AC, "after", "{a} — c'est le RIB du compte joint", a=(IBAN, ib("FR"))),
    t(
        AC,
        "inline",
        "Mon identifiant pour l'espace client en ligne : {a}",
        a=("LOGIN_ID", ref("", 10)),
    ),
    t(AC, "ownline", "IBAN (compte belge) :\n{a}", a=(IBAN, ib("BE"))),
    t(AC, "multi", "ancien IBAN {a}, nouveau {b}", a=(IBAN, ib("FR")), b=(IBAN, ib("FR"))),
    t(AC, "typo", "mon ibna est {a} merci de changer le prélèvement", a=(IBAN, lower(ib("FR")))),
    t(
        PH,
        "inline",
        "rappelez-moi au {a} svp, je suis dispo toute la journée sauf entre 12h et 14h 🙏",
        a=(TEL, nat("FR")),
    ),
    t(PH, "inline", "Mon nouveau numéro : {a}", a=(TEL, phone("FR"))),
    t(PH, "lone", "{a}", a=(TEL, phone("FR", "compact"))),
    t(PH, "after", "{a} (fixe, joignable après 18h)", a=(TEL, nat("FR", mobile=False))),
    t(PH, "typo", "tel {a} whatsapp ok", a=(TEL, phone("FR", "e164"))),
    t(
        PH,
        "multi",
        "portable {a} ou bureau {b}",
        a=(TEL, nat("FR")),
        b=(TEL, phone("FR", mobile=False)),
    ),
    t(PH, "ownline", "numéro pour le livreur :\n{a}", a=(TEL, phone("BE"))),
    c(
        "order",
        "Ma commande {a} n'est toujours pas arrivée, le numéro de téléphone dessus est bon ?",
        a=order_no,
    ),
    c("tracking", "Le numéro de suivi {a} ne donne rien sur le site du transporteur", a=tracking),
    c(
        "price",
        "Pourquoi j'ai été débité de {a} sur ma carte au lieu de {b} ?",
        a=price("€"),
        b=price("€"),
    ),
    c(
        "date",
        "Le lien de réinitialisation du mot de passe a expiré le {a} à {b}",
        a=date_slash,
        b=clock,
    ),
    c("version", "Version {a} de l'appli, le pavé du code PIN ne s'affiche pas", a=version),
    c("error", "Erreur {a} quand je clique sur le champ IBAN", a=err_code),
    c("hotline", "J'ai appelé le service client au {a}, 45 minutes d'attente", a=hotline("FR")),
    c("ean", "Code-barres {a} sur la boîte, c'est bien le modèle 2024 ?", a=ean13),
    c("flight", "Vol {a}, siège {b}, je peux changer pour un hublot ?", a=flight, b=seat),
    c("handle", "@Orange_conseil m'a dit de vous écrire ici pour ma carte SIM"),
    c("brand", "Est-ce que la Freebox Pop marche avec la fibre chez vous ?"),
    c("figure", "Kylian Mbappé fait la pub pour votre carte, elle a quelle assurance ?"),
    c("field", "Dans le formulaire, le champ « Numéro de sécurité sociale » est grisé"),
    c("capital", "Mot de passe changé. Parfait, merci. Sécurité au top."),
    c("ticket", "Ticket {a} toujours sans réponse pour ma carte Vitale", a=ticket_no),
    c("invoice", "Facture {a} : frais de dossier facturés deux fois", a=invoice_no),
    c("lone", "{a}", a=ref("CMD", 8)),
    c("plan", "Mon forfait {a}, {b}, renouvelé le {c}", a=plan_code, b=gb_size, c=date_slash),
]

ES = [
    t(CR, "inline", "hola, mi contraseña es {a} y no me deja entrar", a=(PWD, password)),
    t(CR, "inline", "El PIN de la tarjeta es {a}, ¿me la podéis desbloquear?", a=(PIN, digits(4))),
    t(CR, "lone", "{a}", a=(OTP, digits(6))),
    t(CR, "inline", "me llegó el código {a} por SMS pero ya caducó", a=(OTP, otp_spaced)),
    t(CR, "quoted", "la clave de acceso: '{a}'", a=(PWD, password)),
    t(CR, "ownline", "esta es la API key del TPV, la publicamos sin querer 😬\n{a}", a=(KEY, gapi)),
    t(CR, "after", "{a} es el CVV de la tarjeta nueva", a=(CVV, digits(3))),
    t(
        CR,
        "inline",
        "pregunta de seguridad, nombre de mi primera mascota: {a}",
        a=(ANS, one("Chispa", "Canela", "Toby")),
    ),
    t(
        CR,
        "typo",
        "mi contrasña es {a} y la clave de firma {b}",
        a=(PWD, password),
        b=(PIN, digits(6)),
    ),
    t(
        ID,
        "inline",
        "hola buenas, quería renovar la tarjeta sanitaria pero la web no me deja, mi DNI es {a} "
        "y ya lo he intentado mil veces 😤",
        a=("NATIONAL_ID", es_dni_v),
    ),
    t(
        ID,
        "inline",
        "NIE {a}, la sede electrónica dice que no existe",
        a=("RESIDENCE_PERMIT", es_nie_v),
    ),
    t(ID, "lone", "{a}", a=("NATIONAL_ID", es_dni_v)),
    t(ID, "inline", "número de la Seguridad Social: {a}", a=("SOCIAL_SECURITY", es_nss)),
    t(ID, "after", "{a} es la matrícula, me han multado dos veces", a=("LICENSE_PLATE", es_plate)),
    t(ID, "ownline", "Pasaporte:\n{a}", a=("PASSPORT", es_passport)),
    t(
        ID,
        "multi",
        "DNI {a} y NSS {b}, ¿con eso vale?",
        a=("NATIONAL_ID", es_dni_v),
        b=("SOCIAL_SECURITY", es_nss),
    ),
    t(ID, "inline", "soy portugués, mi NIF de Portugal es {a}", a=("TAX_ID", pt_nif_v)),
    t(ID, "typo", "mi dni es el {a} grcias", a=("NATIONAL_ID", lower(es_dni_v))),
    t(AC, "inline", "Para la devolución, mi IBAN es {a}", a=(IBAN, ib("ES"))),
    t(AC, "lone", "{a}", a=(IBAN, iban("ES"))),
    t(AC, "after", "{a} - es la cuenta de mi madre, mejor ahí", a=(IBAN, ib("ES"))),
    t(AC, "inline", "el número de cuenta antiguo (CCC): {a}", a=("CCC", es_ccc_v)),
    t(AC, "inline", "usuario de la banca online: {a}", a=(USER, login_name)),
    t(
        AC,
        "multi",
        "cuenta de origen {a}, cuenta destino {b}",
        a=(IBAN, ib("ES")),
        b=(IBAN, ib("PT")),
    ),
    t(AC, "ownline", "IBAN nuevo:\n{a}", a=(IBAN, ib("ES"))),
    t(PH, "inline", "llamadme al {a} por favor", a=(TEL, nat("ES"))),
    t(PH, "inline", "Mi número nuevo: {a}", a=(TEL, phone("ES"))),
    t(PH, "lone", "{a}", a=(TEL, phone("ES", "compact"))),
    t(PH, "after", "{a} es el fijo de casa", a=(TEL, nat("ES", mobile=False))),
    t(PH, "typo", "mi movil es {a} x whatsapp mejor", a=(TEL, phone("ES", "e164"))),
    t(PH, "multi", "móvil {a} o el de mi hijo {b}", a=(TEL, phone("ES")), b=(TEL, nat("ES"))),
    t(PH, "ownline", "teléfono de contacto:\n{a}", a=(TEL, phone("MX"))),
    c(
        "order",
        "El pedido {a} todavía no ha llegado, ¿tenéis bien mi número de teléfono?",
        a=order_no,
    ),
    c("tracking", "Número de seguimiento {a}, pone entregado pero no tengo nada", a=tracking),
    c(
        "price",
        "¿Por qué me cobrasteis {a} en la tarjeta si la tarifa es {b}?",
        a=price("€"),
        b=price("€"),
    ),
    c("date", "El enlace para restablecer la contraseña caducó a las {a}", a=clock),
    c("version", "Tengo la versión {a} de la app y el teclado del PIN no sale", a=version),
    c("error", "Me sale el error {a} al rellenar el campo IBAN", a=err_code),
    c("hotline", "He llamado al {a} y nadie contesta", a=hotline("ES")),
    c("ean", "El código EAN es {a}, ¿es el modelo nuevo?", a=ean13),
    c(
        "flight",
        "Vuelo {a} del {b}, ¿puedo cambiar el asiento {c}?",
        a=flight,
        b=date_slash,
        c=seat,
    ),
    c("handle", "Según @Iberia hay huelga mañana, ¿me devolvéis la tasa de equipaje?"),
    c("brand", "¿El Xiaomi Redmi Note 13 es compatible con la eSIM de Movistar?"),
    c("figure", "¿Es verdad que Rafa Nadal es la imagen del banco? Quiero esa tarjeta"),
    c("field", "En el formulario no aparece el campo «Número de la Seguridad Social»"),
    c("capital", "Contraseña cambiada. Perfecto. Gracias por la ayuda."),
    c("ticket", "Incidencia {a}: sigo sin la tarjeta sanitaria", a=ticket_no),
    c("invoice", "La factura {a} tiene el IVA mal", a=invoice_no),
    c("lone", "{a}", a=ref("PED-", 7)),
    c(
        "plan",
        "Mi tarifa {a} con {b}, permanencia hasta el {c}",
        a=plan_code,
        b=gb_size,
        c=date_slash,
    ),
]

IT = [
    t(CR, "inline", "ciao, la mia password è {a} ma mi dice credenziali errate", a=(PWD, password)),
    t(CR, "inline", "Il PIN del bancomat è {a}, mi si è bloccato", a=(PIN, digits(5))),
    t(CR, "lone", "{a}", a=(OTP, digits(6))),
    t(
        CR,
        "inline",
        "il nostro sviluppatore ha incollato la chiave {a} in un post pubblico 😱 "
        "come la disattivo??",
        a=(KEY, openai),
    ),
    t(CR, "quoted", 'password SPID "{a}" non va più', a=(PWD, password)),
    t(
        CR,
        "ownline",
        "questo è il token che abbiamo messo nel plugin, revocatelo:\n{a}",
        a=(KEY, glpat),
    ),
    t(CR, "after", "{a} è il CVV, la carta è nuova", a=(CVV, digits(3))),
    t(
        CR,
        "inline",
        "domanda di sicurezza, città dove sono nato: {a}",
        a=(ANS, one("Civitavecchia", "Casalpusterlengo", "Bagnoli Irpino")),
    ),
    t(
        CR,
        "typo",
        "la pasword è {a} e il pin dispositivo {b}",
        a=(PWD, password),
        b=(PIN, digits(6)),
    ),
    t(ID, "inline", "il mio codice fiscale è {a}", a=("TAX_ID", it_cf_v)),
    t(ID, "inline", "Carta d'identità n. {a}, scade l'anno prossimo", a=("ID_CARD", it_cie)),
    t(ID, "lone", "{a}", a=("TAX_ID", it_cf_v)),
    t(
        ID,
        "after",
        "{a} è la targa della macchina, mi è arrivata una multa non mia",
        a=("LICENSE_PLATE", it_plate),
    ),
    t(ID, "ownline", "numero tessera sanitaria:\n{a}", a=("HEALTH_INSURANCE_ID", it_tessera)),
    t(ID, "multi", "CF {a} e patente {b}", a=("TAX_ID", it_cf_v), b=("DRIVER_LICENSE", it_patente)),
    t(
        ID,
        "inline",
        "partita IVA (sono ditta individuale): {a}",
        a=("TAX_ID", until(lambda r: num(r, 11), valid(it_iva))),
    ),
    t(ID, "inline", "sono frontaliere, numero AVS {a}", a=("SOCIAL_SECURITY", ch_ahv)),
    t(ID, "typo", "cod fiscale {a} grz", a=("TAX_ID", lower(it_cf_v))),
    t(AC, "inline", "per il rimborso il mio IBAN è {a}", a=(IBAN, ib("IT"))),
    t(AC, "lone", "{a}", a=(IBAN, iban("IT"))),
    t(AC, "after", "{a} è l'IBAN del conto cointestato", a=(IBAN, ib("IT"))),
    t(AC, "inline", "nome utente home banking: {a}", a=(USER, login_name)),
    t(AC, "ownline", "IBAN svizzero:\n{a}", a=(IBAN, ib("CH"))),
    t(
        AC,
        "multi",
        "vecchio IBAN {a}, quello nuovo è {b}",
        a=(IBAN, ib("IT")),
        b=(IBAN, iban("IT")),
    ),
    t(AC, "typo", "il mio lban è {a}", a=(IBAN, ib("IT"))),
    t(PH, "inline", "richiamatemi al {a} grazie, però dopo le 18 che lavoro", a=(TEL, nat("IT"))),
    t(PH, "inline", "Nuovo numero: {a}", a=(TEL, phone("IT"))),
    t(PH, "lone", "{a}", a=(TEL, phone("IT", "compact"))),
    t(PH, "after", "{a} è il fisso di casa", a=(TEL, nat("IT", mobile=False))),
    t(PH, "typo", "il mio cell è {a} scrivimi su whatsapp", a=(TEL, phone("IT", "e164"))),
    t(
        PH,
        "multi",
        "cellulare {a}, ufficio {b}",
        a=(TEL, phone("IT")),
        b=(TEL, phone("IT", mobile=False)),
    ),
    t(PH, "ownline", "recapito:\n{a}", a=(TEL, phone("CH"))),
    c(
        "order",
        "L'ordine {a} non è ancora arrivato, il numero di telefono sull'ordine è giusto?",
        a=order_no,
    ),
    c("tracking", "Il codice di tracciamento {a} non risulta sul sito del corriere", a=tracking),
    c(
        "price",
        "Perché mi avete addebitato {a} sul conto invece di {b}?",
        a=price("€"),
        b=price("€"),
    ),
    c("date", "Il link per reimpostare la password è scaduto il {a}", a=date_slash),
    c("version", "Versione app {a}, non compare il tastierino del PIN", a=version),
    c("error", "Errore {a} quando inserisco l'IBAN nel modulo", a=err_code),
    c("hotline", "Ho chiamato il numero verde {a}, nessuno risponde", a=hotline("IT")),
    c("ean", "Codice EAN {a}, è il modello con 128 GB?", a=ean13),
    c("flight", "Volo {a} alle {b}, posso cambiare il posto {c}?", a=flight, b=clock, c=seat),
    c("handle", "Su @TIM_Official dicono che c'è un guasto, è per questo che non arriva l'OTP?"),
    c("brand", "La Fiat Panda ibrida rientra nella polizza? La targa non è ancora assegnata"),
    c("figure", "Ho visto la pubblicità con Jannik Sinner, la carta ha il cashback?"),
    c("field", "Nel modulo il campo Codice fiscale è obbligatorio anche per i minori?"),
    c("capital", "Password cambiata. Grazie mille. Tutto ok adesso."),
    c("ticket", "Segnalazione {a}: la tessera sanitaria non è ancora arrivata", a=ticket_no),
    c("invoice", "Fattura {a}: IVA calcolata due volte", a=invoice_no),
    c("lone", "{a}", a=ref("IT-ORD-", 6)),
    c("plan", "Offerta {a} con {b}, rinnovo il {c}", a=plan_code, b=gb_size, c=date_slash),
]

NL = [
    t(CR, "inline", "hoi, mijn wachtwoord is {a} maar inloggen lukt niet", a=(PWD, password)),
    t(CR, "inline", "pincode van mijn pas is {a}, hij is geblokkeerd", a=(PIN, digits(4))),
    t(CR, "lone", "{a}", a=(OTP, digits(6))),
    t(CR, "inline", "de sms-code was {a} maar die is al verlopen", a=(OTP, otp_spaced)),
    t(CR, "quoted", "DigiD wachtwoord: '{a}'", a=(PWD, password)),
    t(
        CR,
        "ownline",
        "hier de API-sleutel van onze webshopkoppeling, graag intrekken:\n{a}",
        a=(KEY, sendgrid),
    ),
    t(CR, "after", "{a} is de CVC-code achterop", a=(CVV, digits(3))),
    t(
        CR,
        "inline",
        "antwoord op de beveiligingsvraag (naam eerste huisdier): {a}",
        a=(ANS, one("Snuffie", "Bikkel", "Pluis")),
    ),
    t(CR, "typo", "mn wachtwoort is {a} en de pincode {b}", a=(PWD, password), b=(PIN, digits(5))),
    t(
        ID,
        "inline",
        "hallo ik probeer al de hele ochtend in te loggen bij MijnOverheid maar het lukt niet, "
        "mijn BSN is {a}, kunnen jullie even kijken?",
        a=("NATIONAL_ID", nl_bsn_v),
    ),
    t(ID, "inline", "paspoortnummer {a}, verloopt volgend jaar", a=("PASSPORT", nl_doc_v)),
    t(ID, "lone", "{a}", a=("NATIONAL_ID", nl_bsn_v)),
    t(
        ID,
        "after",
        "{a} is mijn kenteken, die parkeerboete klopt niet",
        a=("LICENSE_PLATE", nl_plate),
    ),
    t(ID, "ownline", "Documentnummer van mijn ID-kaart:\n{a}", a=("ID_CARD", nl_doc_v)),
    t(
        ID,
        "multi",
        "BSN {a} en rijbewijsnummer {b}",
        a=("NATIONAL_ID", fmt(nl_bsn_v, (4, 2, 3), ".")),
        b=("DRIVER_LICENSE", ref("", 10)),
    ),
    t(ID, "inline", "ik woon in Antwerpen, rijksregisternummer {a}", a=("NATIONAL_ID", be_nn_v)),
    t(ID, "quoted", "verblijfsvergunning nr. ({a})", a=("RESIDENCE_PERMIT", nl_doc_v)),
    t(ID, "typo", "burgerservicenummr {a} graag koppelen", a=("NATIONAL_ID", nl_bsn_v)),
    t(AC, "inline", "Stort het terug op mijn IBAN {a}", a=(IBAN, ib("NL"))),
    t(AC, "lone", "{a}", a=(IBAN, iban("NL"))),
    t(AC, "after", "{a} is de rekening van mijn vrouw, liever daarop", a=(IBAN, ib("NL"))),
    t(AC, "inline", "inlognaam internetbankieren: {a}", a=(USER, login_name)),
    t(AC, "ownline", "Belgisch rekeningnummer:\n{a}", a=(IBAN, ib("BE"))),
    t(AC, "multi", "oude IBAN {a}, nieuwe {b}", a=(IBAN, ib("NL")), b=(IBAN, lower(iban("NL")))),
    t(AC, "typo", "mijn ibn is {a} kunt u de incasso aanpassen", a=(IBAN, ib("NL"))),
    t(PH, "inline", "bel me terug op {a}", a=(TEL, nat("NL"))),
    t(PH, "inline", "Nieuw nummer: {a}", a=(TEL, phone("NL"))),
    t(PH, "lone", "{a}", a=(TEL, phone("NL", "compact"))),
    t(PH, "after", "{a} is mijn vaste nummer", a=(TEL, nat("NL", mobile=False))),
    t(PH, "typo", "mn nummer is {a} app maar", a=(TEL, phone("NL", "e164"))),
    t(
        PH,
        "multi",
        "mobiel {a} of werk {b}",
        a=(TEL, phone("NL")),
        b=(TEL, nat("NL", mobile=False)),
    ),
    t(PH, "ownline", "telefoonnummer voor de bezorger:\n{a}", a=(TEL, phone("BE"))),
    c(
        "order",
        "Bestelling {a} is nog steeds niet binnen, klopt mijn telefoonnummer wel?",
        a=order_no,
    ),
    c("tracking", "Track & trace {a} geeft al dagen geen update", a=tracking),
    c(
        "price",
        "Waarom is er {a} van mijn rekening afgeschreven in plaats van {b}?",
        a=price("€"),
        b=price("€"),
    ),
    c("date", "De link om mijn wachtwoord te resetten verliep om {a}", a=clock),
    c("version", "App versie {a}, het pincodescherm blijft wit", a=version),
    c("error", "Foutcode {a} bij het invullen van het IBAN-veld", a=err_code),
    c("hotline", "Ik heb jullie klantenservice {a} gebeld, 30 min in de wacht", a=hotline("NL")),
    c("ean", "EAN {a}, is dat de nieuwste versie?", a=ean13),
    c(
        "flight",
        "Vlucht {a} op {b}, kan stoel {c} nog naar het raam?",
        a=flight,
        b=date_dot,
        c=seat,
    ),
    c("handle", "@KLM zei dat ik hier moest vragen over de paspoortcontrole"),
    c("brand", "Werkt de Fairphone 5 met een eSIM van KPN?"),
    c("figure", "Klopt het dat Max Verstappen reclame maakt voor jullie creditcard?"),
    c("field", "In het formulier staat het veld BSN verplicht maar ik ben geen Nederlander"),
    c("capital", "Wachtwoord gewijzigd. Prima geregeld. Bedankt!"),
    c("ticket", "Ticket {a}: nog steeds geen nieuwe zorgpas", a=ticket_no),
    c("invoice", "Factuur {a} klopt niet, btw dubbel gerekend", a=invoice_no),
    c("lone", "{a}", a=ref("NL-", 8)),
    c("plan", "Abonnement {a}, {b}, loopt af op {c}", a=plan_code, b=gb_size, c=date_dot),
]


def nrb_compact(r: R) -> str:
    return iban("PL")(r)[2:]


PL = [
    t(CR, "inline", "dzień dobry, moje hasło to {a} i nie mogę się zalogować", a=(PWD, password)),
    t(CR, "inline", "PIN do karty: {a}, karta zablokowana w bankomacie", a=(PIN, digits(4))),
    t(CR, "lone", "{a}", a=("BLIK", digits(6))),
    t(
        CR,
        "inline",
        "kod BLIK {a} nie przeszedł, płatność odrzucona, a w aplikacji pisze że "
        "wszystko ok, co jest grane",
        a=("BLIK", digits(6)),
    ),
    t(CR, "quoted", 'hasło "{a}" nie działa po zmianie', a=(PWD, password)),
    t(
        CR,
        "ownline",
        "to klucz dostępowy z naszego sklepu, proszę go unieważnić:\n{a}",
        a=(KEY, akid),
    ),
    t(CR, "after", "{a} to kod CVV z tyłu karty", a=(CVV, digits(3))),
    t(
        CR,
        "inline",
        "pytanie bezpieczeństwa – nazwisko panieńskie matki: {a}",
        a=(ANS, one("Wiśniewska", "Zielińska", "Kamińska")),
    ),
    t(CR, "typo", "haslo {a} a kod sms {b}", a=(PWD, password), b=(OTP, digits(6))),
    t(ID, "inline", "mój PESEL to {a}", a=("NATIONAL_ID", pl_pesel_v)),
    t(
        ID,
        "inline",
        "NIP {a} – faktura na jednoosobową działalność",
        a=("TAX_ID", fmt(pl_nip_v, (3, 3, 2, 2), "-")),
    ),
    t(ID, "lone", "{a}", a=("NATIONAL_ID", pl_pesel_v)),
    t(ID, "inline", "numer dowodu osobistego: {a}", a=("ID_CARD", pl_dowod)),
    t(
        ID,
        "after",
        "{a} to moja rejestracja, dostałem mandat z fotoradaru",
        a=("LICENSE_PLATE", pl_plate),
    ),
    t(ID, "ownline", "Numer paszportu:\n{a}", a=("PASSPORT", pl_passport)),
    t(ID, "multi", "PESEL {a}, dowód {b}", a=("NATIONAL_ID", pl_pesel_v), b=("ID_CARD", pl_dowod)),
    t(ID, "quoted", "karta pobytu nr ({a})", a=("RESIDENCE_PERMIT", pl_karta_pobytu)),
    t(ID, "typo", "pesl {a} prosze sprawdzic", a=("NATIONAL_ID", pl_pesel_v)),
    t(AC, "inline", "Proszę o zwrot na konto {a}", a=("NRB", nrb)),
    t(AC, "lone", "{a}", a=("NRB", nrb_compact)),
    t(AC, "after", "{a} – to konto żony, proszę tam przelać", a=(IBAN, ib("PL"))),
    t(AC, "inline", "login do bankowości: {a}", a=("LOGIN_ID", ref("", 8))),
    t(AC, "ownline", "IBAN niemiecki (pracuję w Berlinie):\n{a}", a=(IBAN, ib("DE"))),
    t(AC, "multi", "stary numer konta {a}, nowy {b}", a=("NRB", nrb), b=("NRB", nrb)),
    t(AC, "typo", "nr kotna {a} dzięki", a=("NRB", nrb_compact)),
    t(
        PH,
        "inline",
        "proszę oddzwonić na {a}, najlepiej po 17 bo jestem w pracy 🙂",
        a=(TEL, nat("PL")),
    ),
    t(PH, "inline", "Nowy numer: {a}", a=(TEL, phone("PL"))),
    t(PH, "lone", "{a}", a=(TEL, phone("PL", "compact"))),
    t(PH, "after", "{a} to numer stacjonarny", a=(TEL, nat("PL", mobile=False))),
    t(PH, "typo", "moj nr tel {a} moze byc sms", a=(TEL, phone("PL", "e164"))),
    t(PH, "multi", "komórka {a} albo żony {b}", a=(TEL, phone("PL")), b=(TEL, nat("PL"))),
    t(PH, "ownline", "numer dla kuriera:\n{a}", a=(TEL, phone("UA"))),
    c(
        "order",
        "Zamówienie {a} nadal nie dotarło, czy numer telefonu w zamówieniu jest dobry?",
        a=order_no,
    ),
    c("tracking", "Numer przesyłki {a}, status się nie zmienia od tygodnia", a=tracking),
    c("price", "Dlaczego pobraliście {a} z konta zamiast {b}?", a=price("zł"), b=price("zł")),
    c("date", "Link do resetu hasła wygasł o {a}", a=clock),
    c("version", "Wersja aplikacji {a}, klawiatura PIN się nie pokazuje", a=version),
    c("error", "Błąd {a} przy wpisywaniu numeru konta w polu IBAN", a=err_code),
    c("hotline", "Dzwoniłem na infolinię {a}, nikt nie odbiera", a=hotline("PL")),
    c("ean", "Kod EAN {a}, czy to nowy model?", a=ean13),
    c("flight", "Lot {a}, miejsce {b}, czy mogę zmienić na okno?", a=flight, b=seat),
    c("handle", "Na @mBankpl piszą, że jest awaria, dlatego nie działa BLIK?"),
    c("brand", "Czy Samsung Galaxy A55 obsługuje eSIM w Play?"),
    c("figure", "Robert Lewandowski reklamuje waszą kartę, jakie ma ubezpieczenie?"),
    c("field", "W formularzu pole PESEL jest obowiązkowe także dla cudzoziemców?"),
    c("capital", "Hasło zmienione. Super. Dziękuję za pomoc."),
    c("ticket", "Zgłoszenie {a}: nadal brak karty EKUZ", a=ticket_no),
    c("invoice", "Faktura {a} ma zły VAT", a=invoice_no),
    c("lone", "{a}", a=ref("ZAM-", 8)),
    c("plan", "Abonament {a}, {b}, umowa do {c}", a=plan_code, b=gb_size, c=date_dot),
]

SETS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
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
                "id": f"p9-{lang}-{SHORT[tpl.category]}-{n:02d}",
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
