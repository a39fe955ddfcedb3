# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `data/chat_breadth_probe_v3.jsonl`: the third long-tail probe of chat breadth.

    python benchmarks/make_probe_v3.py            # rewrites the set (byte for byte)
    python benchmarks/make_probe_v3.py --check    # fails if the file on disk differs

Written before reading the recognizers (issue 16, third probe): messages typed the way
people type in support chats (lowercase, typos, no punctuation, mixed languages, values in
groups, on their own line, in parentheses or quotes, in the middle of long messages,
emoji), in the seven languages, across credentials, IDs and documents, bank accounts and
phone numbers, plus clean messages full of look-alikes (orders, tracking, prices,
versions, dates, company hotlines, tickets, product and error codes, flights, postcodes).

Every value comes from one seeded generator; national IDs and account numbers carry valid
check digits (python-stdnum where it has the algorithm, the published rule otherwise), and
phone numbers are valid for their country (phonenumbers). Gold spans are exact: the
characters of the value as written, group separators included.
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
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer as nl_passport
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v3.jsonl"
SEED = 20261206

R = random.Random  # the one generator is passed around explicitly
Maker = Callable[[R], str]
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


def until(r: R, make: Maker, ok: Callable[[str], bool]) -> str:
    for _ in range(100_000):
        value = make(r)
        if ok(value):
            return value
    raise RuntimeError("no valid value generated")


# ---------------------------------------------------------------- credentials
WORDS = {
    "en": ["maple", "bluebird", "thunder", "pumpkin", "sunset", "rocket", "harbor", "monkey"],
    "de": ["herbst", "sonnenblume", "schatz", "adler", "kaffee", "bergsee", "fussball", "wolke"],
    "fr": ["soleil", "chaton", "papillon", "marseille", "fromage", "etoile", "lapin", "mistral"],
    "es": ["girasol", "barcelona", "tortuga", "verano", "estrella", "corazon", "luna", "paella"],
    "it": ["girasole", "juventus", "farfalla", "estate", "limone", "gelato", "pantera", "vesuvio"],
    "nl": ["tulpen", "fietsen", "zomer", "ajax", "molen", "hagelslag", "konijn", "duinen"],
    "pl": ["slonce", "kwiatek", "wisla", "jesien", "kotek", "biedronka", "zamek", "pierogi"],
}


def password(lang: str, style: int | None = None) -> Maker:
    def make(r: R) -> str:
        w = r.choice(WORDS[lang])
        s = r.randrange(6) if style is None else style
        if s == 0:
            return w.capitalize() + r.choice("!#$%&*@") + digits(r, 2)
        if s == 1:
            return w + digits(r, 4)
        if s == 2:
            return w.capitalize() + "_" + digits(r, 2) + r.choice("!?#") + "x"
        if s == 3:
            return chars(r, ALNUM, 4) + r.choice("!#$%&*") + chars(r, ALNUM, 5)
        if s == 4:
            leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            return leet.capitalize() + digits(r, 3)
        w2 = r.choice(WORDS[lang])
        return w.capitalize() + w2.capitalize() + digits(r, 2) + r.choice("!.$") + "k"

    return make


def pin(n: int = 4) -> Maker:
    return lambda r: digits(r, n)


def otp(sep: str = "") -> Maker:
    return lambda r: group(digits(r, 6), [3, 3], sep) if sep else digits(r, 6)


def backup_code(r: R) -> str:
    style = r.randrange(3)
    if style == 0:
        return chars(r, LOW + DIG, 4) + "-" + chars(r, LOW + DIG, 4)
    if style == 1:
        return digits(r, 4) + " " + digits(r, 4)
    return chars(r, "0123456789abcdef", 5) + "-" + chars(r, "0123456789abcdef", 5)


def api_key(kind: str) -> Maker:
    def make(r: R) -> str:
        if kind == "github":
            return "ghp_" + chars(r, ALNUM, 36)
        if kind == "github_pat":
            return "github_pat_11" + chars(r, UP + DIG, 20) + "_" + chars(r, ALNUM, 59)
        if kind == "stripe":
            return "sk_live_" + chars(r, ALNUM, 24)
        if kind == "stripe_rk":
            return "rk_live_" + chars(r, ALNUM, 32)
        if kind == "whsec":
            return "whsec_" + chars(r, ALNUM, 32)
        if kind == "aws_id":
            return "AKIA" + chars(r, UP + "234567", 16)
        if kind == "aws_secret":
            return chars(r, ALNUM + "/+", 40)
        if kind == "slack":
            return f"xoxb-{digits(r, 12, True)}-{digits(r, 13, True)}-{chars(r, ALNUM, 24)}"
        if kind == "openai":
            return "sk-proj-" + chars(r, ALNUM + "-_", 56)
        if kind == "google":
            return "AIza" + chars(r, ALNUM + "-_", 35)
        if kind == "sendgrid":
            return "SG." + chars(r, ALNUM + "-_", 22) + "." + chars(r, ALNUM + "-_", 43)
        if kind == "twilio":
            return "SK" + chars(r, "0123456789abcdef", 32)
        if kind == "gitlab":
            return "glpat-" + chars(r, ALNUM + "-_", 20)
        if kind == "npm":
            return "npm_" + chars(r, ALNUM, 36)
        if kind == "shopify":
            return "shpat_" + chars(r, "0123456789abcdef", 32)
        if kind == "hf":
            return "hf_" + chars(r, string.ascii_letters, 34)
        if kind == "mailgun":
            return "key-" + chars(r, "0123456789abcdef", 32)
        if kind == "azure_secret":
            return chars(r, ALNUM, 3) + "8Q~" + chars(r, ALNUM + "_.~-", 34)
        if kind == "hex32":
            return chars(r, "0123456789abcdef", 32)
        if kind == "dop":
            return "dop_v1_" + chars(r, "0123456789abcdef", 64)
        if kind == "jwt":
            head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            return f"{head}.eyJ{chars(r, ALNUM, 45)}.{chars(r, ALNUM + '-_', 43)}"
        raise ValueError(kind)

    return make


# ---------------------------------------------------------------- IDs and documents
def us_ssn_value(sep: str = "-") -> Maker:
    def make(r: R) -> str:
        v = until(
            r,
            lambda r: f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}",
            us_ssn.is_valid,
        )
        return group(v, [3, 2, 4], sep) if sep else v

    return make


def us_itin_value(r: R) -> str:
    v = until(r, lambda r: "9" + digits(r, 8), us_itin.is_valid)
    return group(v, [3, 2, 4], "-")


def uk_nino(sep: str = " ") -> Maker:
    def make(r: R) -> str:
        def pre(r: R) -> str:
            return r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")

        p = until(r, pre, lambda p: p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
        return p + sep + group(digits(r, 6), [2, 2, 2], sep) + sep + r.choice("ABCD")

    return make


def uk_nhs(sep: str = " ") -> Maker:
    def make(r: R) -> str:
        v = until(r, lambda r: digits(r, 10, True), gb_nhs.is_valid)
        return group(v, [3, 3, 4], sep)

    return make


def uk_utr(r: R) -> str:
    return until(r, lambda r: digits(r, 10, True), gb_utr.is_valid)


def uk_driving(r: R) -> str:
    surname = r.choice(["MORGA", "SMITH", "JONES", "PATEL", "TAYLO", "WILLI"])
    year = r.randint(55, 99)
    month = r.randint(1, 12) + r.choice([0, 50])
    day = r.randint(1, 28)
    return (
        f"{surname}{year // 10}{month:02d}{day:02d}{year % 10}"
        f"{chars(r, UP, 2)}9{chars(r, UP + DIG, 2)}"
    )


def us_dl(r: R) -> str:
    return r.choice(UP) + digits(r, 7)


def de_steuer_id(sep: str = " ") -> Maker:
    def make(r: R) -> str:
        v = until(r, lambda r: digits(r, 11, True), de_idnr.is_valid)
        return group(v, [2, 3, 3, 3], sep) if sep else v

    return make


def de_rvnr(r: R) -> str:
    """Rentenversicherungsnummer: area, DDMMYY, initial, serial, check (published rule)."""
    area = (
        f"{r.choice([12, 13, 15, 16, 17, 18, 19, 21, 23, 24, 25, 26, 28, 29, 38, 39, 40, 42, 65])}"
    )
    birth = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99):02d}"
    letter = r.choice("ABDFGHKLMNRSTW")
    serial = f"{r.randint(0, 99):02d}"
    nums = area + birth + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(int(c) for c in str(int(d) * w)) for d, w in zip(nums, weights, strict=True))
    return f"{area} {birth} {letter} {serial}{total % 10}"


def de_kvnr(r: R) -> str:
    """Krankenversichertennummer: letter, 8 digits, check digit (published rule)."""
    letter = r.choice(UP)
    body = digits(r, 8)
    nums = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, d in enumerate(nums):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body + str(total % 10)


DE_DOC = "CFGHJKLMNPRTVWXYZ0123456789"


def de_ausweis(r: R) -> str:
    return until(
        r,
        lambda r: r.choice("LMNPRTVWXY") + chars(r, DE_DOC, 8),
        lambda v: sum(c.isdigit() for c in v) >= 3,
    )


def de_pass(r: R) -> str:
    return "C" + chars(r, DE_DOC, 8)


def fr_nir_value(sep: str = " ") -> Maker:
    def make(r: R) -> str:
        body = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + r.choice(["75", "69", "13", "33", "59", "31", "44", "67"])
            + f"{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
        )
        v = body + f"{97 - int(body) % 97:02d}"
        assert fr_nir.is_valid(v)
        return group(v, [1, 2, 2, 2, 3, 3, 2], sep) if sep else v

    return make


def fr_nif_value(r: R) -> str:
    def make(r: R) -> str:
        head = r.choice("0123") + digits(r, 9)
        return head + f"{int(head) % 511:03d}"

    v = until(r, make, fr_nif.is_valid)
    return group(v, [2, 2, 3, 3, 3], " ")


def fr_passport(r: R) -> str:
    return f"{r.randint(10, 24)}{chars(r, UP, 2)}{digits(r, 5)}"


def es_dni_value(r: R) -> str:
    body = digits(r, 8, True)
    return body + es_dni.calc_check_digit(body)


def es_nie_value(r: R) -> str:
    body = r.choice("XYZ") + digits(r, 7)
    return body + es_nie.calc_check_digit(body)


def es_nss(r: R) -> str:
    prov = f"{r.choice([28, 8, 46, 41, 29, 3, 48, 30])}".zfill(2)
    num = digits(r, 8, True)
    return f"{prov}/{num}/{int(prov + num) % 97:02d}"


def es_passport(r: R) -> str:
    return chars(r, UP, 3) + digits(r, 6)


BELFIORE = ["H501", "F205", "F839", "L219", "A944", "G273", "D612", "L736"]
MONTHS = "ABCDEHLMPRST"


def it_cf_value(lower: bool = False) -> Maker:
    def make(r: R) -> str:
        day = r.randint(1, 28) + r.choice([0, 40])
        body = (
            chars(r, "BCDFGLMNPRSTVZ", 3)
            + chars(r, "BCDFGLMNPRSTVZAEIO", 3)
            + f"{r.randint(50, 99)}{r.choice(MONTHS)}{day:02d}{r.choice(BELFIORE)}"
        )
        v = body + it_cf.calc_check_digit(body)
        assert it_cf.is_valid(v)
        return v.lower() if lower else v

    return make


def it_piva(r: R) -> str:
    return until(r, lambda r: digits(r, 11, True), it_iva.is_valid)


def it_cie(r: R) -> str:
    return "C" + r.choice("ABCDE") + digits(r, 5) + chars(r, UP, 2)


def it_passport(r: R) -> str:
    return r.choice(["YA", "YB", "YC", "AA"]) + digits(r, 7)


def it_patente(r: R) -> str:
    return "U1" + chars(r, UP + DIG, 7) + r.choice(UP)


def nl_bsn_value(sep: str = ".") -> Maker:
    def make(r: R) -> str:
        v = until(r, lambda r: digits(r, 9, True), nl_bsn.is_valid)
        return group(v, [4, 2, 3], sep) if sep else v

    return make


def nl_passport_value(r: R) -> str:
    alpha = UP.replace("O", "")
    return until(
        r,
        lambda r: chars(r, alpha, 2) + chars(r, alpha + "123456789", 6) + r.choice("123456789"),
        nl_passport.is_valid,
    )


def pl_pesel_value(r: R) -> str:
    year = r.randint(1950, 2005)
    month = r.randint(1, 12) + (20 if year >= 2000 else 0)
    body = f"{year % 100:02d}{month:02d}{r.randint(1, 28):02d}{digits(r, 4)}"
    return body + pl_pesel.calc_check_digit(body)


def pl_nip_value(sep: str = "-") -> Maker:
    def make(r: R) -> str:
        v = until(r, lambda r: digits(r, 10, True), pl_nip.is_valid)
        return group(v, [3, 3, 2, 2], sep) if sep else v

    return make


def pl_regon_value(r: R) -> str:
    body = digits(r, 8, True)
    return body + pl_regon.calc_check_digit(body)


def pl_dowod(r: R) -> str:
    letters = chars(r, UP, 3)
    rest = digits(r, 5)
    vals = [ord(c) - 55 for c in letters] + [int(d) for d in rest]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(vals, weights, strict=True)) % 10
    return f"{letters}{check}{rest}"


def pl_passport(r: R) -> str:
    return r.choice(["EA", "EC", "EK", "ER"]) + digits(r, 7)


# ---------------------------------------------------------------- accounts
def iban(country: str, bban: Maker, sep: str = " ", lower: bool = False) -> Maker:
    def make(r: R) -> str:
        b = bban(r)
        moved = b + country + "00"
        num = int("".join(str(int(c, 36)) for c in moved))
        v = f"{country}{98 - num % 97:02d}{b}"
        assert std_iban.is_valid(v), v
        out = group(v, [4] * 9, sep) if sep else v
        return out.lower() if lower else out

    return make


def de_bban(r: R) -> str:
    return r.choice(["10070000", "37040044", "50010517", "20041133", "12030000"]) + digits(r, 10)


def fr_rib_parts(r: R) -> tuple[str, str, str, str]:
    bank = r.choice(["30004", "30003", "20041", "10278", "17515"])
    branch = digits(r, 5)
    account = digits(r, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank, branch, account, f"{key:02d}"


def fr_bban(r: R) -> str:
    return "".join(fr_rib_parts(r))


def fr_rib(r: R) -> str:
    return " ".join(fr_rib_parts(r))


def es_ccc_value(sep: str = " ") -> Maker:
    def make(r: R) -> str:
        bank = r.choice(["2100", "0049", "0182", "2038", "0081"])
        office = digits(r, 4)
        account = digits(r, 10)
        check = es_ccc.calc_check_digits(bank + office + "00" + account)
        v = bank + office + check + account
        assert es_ccc.is_valid(v)
        return group(v, [4, 4, 2, 10], sep) if sep else v

    return make


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_bban(r: R) -> str:
    rest = r.choice(["03069", "02008", "05034", "03062"]) + digits(r, 5) + digits(r, 12)
    total = 0
    for i, c in enumerate(rest):
        v = int(c, 36) - (10 if c.isalpha() else 0)
        total += ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26) + rest


def nl_bban(r: R) -> str:
    def elf(r: R) -> str:
        return digits(r, 10)

    acct = until(r, elf, lambda a: sum(int(d) * (10 - i) for i, d in enumerate(a)) % 11 == 0)
    return r.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + acct


def pl_bban(r: R) -> str:
    head = r.choice(["1020102", "1140200", "1090101", "1050001", "1240100"])
    check = (
        10 - sum(int(d) * w for d, w in zip(head, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10
    ) % 10
    return head + str(check) + digits(r, 16)


def pl_nrb(sep: str = " ") -> Maker:
    def make(r: R) -> str:
        v = iban("PL", pl_bban, sep="")(r)[2:]
        return group(v, [2, 4, 4, 4, 4, 4, 4], sep) if sep else v

    return make


def gb_bban(r: R) -> str:
    return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 6) + digits(r, 8)


def sort_code(sep: str = "-") -> Maker:
    return lambda r: group(
        r.choice(["20", "40", "30", "60", "09", "11"]) + digits(r, 4), [2, 2, 2], sep
    )


def aba(r: R) -> str:
    def make(r: R) -> str:
        head = f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]):02d}"
        return head + digits(r, 6)

    body = make(r)
    return body + us_rtn.calc_check_digit(body)


def card(prefix: str, sep: str = " ") -> Maker:
    def make(r: R) -> str:
        body = prefix + digits(r, 15 - len(prefix))
        total = 0
        for i, d in enumerate(reversed(body)):
            n = int(d) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        v = body + str((10 - total % 10) % 10)
        return group(v, [4, 4, 4, 4], sep) if sep else v

    return make


# ---------------------------------------------------------------- phones
def phone(region: str, national: str, fmt: Callable[[str], str]) -> Maker:
    """A number of `region`: `national` is a pattern (# = random digit); `fmt` writes it."""

    def make(r: R) -> str:
        def build(r: R) -> str:
            return "".join(r.choice(DIG) if c == "#" else c for c in national)

        def ok(n: str) -> bool:
            parsed = phonenumbers.parse(n, region)
            return phonenumbers.is_valid_number(parsed)

        return fmt(until(r, build, ok))

    return make


def g(*sizes: int, sep: str = " ", prefix: str = "", drop: int = 0) -> Callable[[str], str]:
    """Drop `drop` leading digits (the trunk 0), add `prefix`, group by `sizes`."""
    return lambda n: prefix + group(n[drop:], list(sizes), sep)


# ---------------------------------------------------------------- templates
@dataclass(frozen=True)
class Slot:
    label: str
    make: Maker


@dataclass(frozen=True)
class Tpl:
    category: str
    text: str
    slots: dict[str, Slot]


def t(category: str, text: str, **slots: tuple[str, Maker]) -> Tpl:
    return Tpl(category, text, {k: Slot(*v) for k, v in slots.items()})


def clean(text: str, **slots: tuple[str, Maker]) -> Tpl:
    return t("clean", text, **slots)


PW, PIN, CVV, OTP, BK, KEY = "PASSWORD", "PIN", "CVV", "OTP", "BACKUP_CODE", "API_KEY"
SEC, AWSS, AWSK = "SECRET", "AWS_SECRET_KEY", "AWS_ACCESS_KEY"
PH, IB, BA = "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT"

EN = [
    t(
        "credential",
        "tried {a} twice and now it says account locked ???",
        a=(PW, password("en", 0)),
    ),
    t("credential", "my pw is {a} i think, or it was before the reset", a=(PW, password("en", 1))),
    t(
        "credential",
        "ok so username jdoe88 pass:{a} — pls dont share lol",
        a=(PW, password("en", 3)),
    ),
    t(
        "credential",
        "hey so i changed my password yesterday to {a} and today the app still wont let me in, i tried on the laptop and on my phone, cleared cookies, everything. can u check",
        a=(PW, password("en", 5)),
    ),
    t("credential", "debit card pin is {a} if you need it to verify", a=(PIN, pin(4))),
    t("credential", "new pin ({a}) doesnt work at the atm", a=(PIN, pin(4))),
    t("credential", "the 3 digits on the back are {a}", a=(CVV, pin(3))),
    t("credential", "verification code\n{a}\nsays expired already", a=(OTP, otp())),
    t("credential", "2fa code from the authenticator: {a} 🙏", a=(OTP, otp(" "))),
    t(
        "credential",
        "recovery codes i saved: {a} and {b}",
        a=(BK, backup_code),
        b=(BK, backup_code),
    ),
    t(
        "credential",
        "our github token {a} got leaked in a public repo, how do we rotate",
        a=(KEY, api_key("github")),
    ),
    t(
        "credential",
        'stripe live key is "{a}" is it safe to paste here',
        a=(KEY, api_key("stripe")),
    ),
    t(
        "credential",
        "azure app client secret = {a} expires next month",
        a=(SEC, api_key("azure_secret")),
    ),
    t("credential", "AWS_SECRET_ACCESS_KEY={a}", a=(AWSS, api_key("aws_secret"))),
    t("id", "ssn {a} for the tax form", a=("US_SSN", us_ssn_value("-"))),
    t("id", "my social is {a} no dashes sorry", a=("US_SSN", us_ssn_value(""))),
    t("id", "itin: {a} (i dont have an ssn yet)", a=("US_ITIN", us_itin_value)),
    t("id", "ni number {a}", a=("UK_NINO", uk_nino(" "))),
    t("id", "nhs no. {a} – appointment was cancelled", a=("UK_NHS", uk_nhs(" "))),
    t(
        "id",
        "passport number is {a}, expires 2031",
        a=("US_PASSPORT", lambda r: digits(r, 9, True)),
    ),
    t(
        "id",
        "driving licence {a} got the address wrong on it",
        a=("UK_DRIVING_LICENCE", uk_driving),
    ),
    t("id", "CA drivers license # {a}", a=("US_DRIVER_LICENSE", us_dl)),
    t("id", "hmrc utr is {a} for the self assessment", a=("UK_UTR", uk_utr)),
    t(
        "id",
        "member id on my insurance card: {a}",
        a=("MEMBER_ID", lambda r: chars(r, UP, 3) + digits(r, 9)),
    ),
    t("account", "sort code {a} acc {b}", a=(BA, sort_code("-")), b=(BA, lambda r: digits(r, 8))),
    t("account", "pls refund to\n{a}\nthanks", a=(IB, iban("GB", gb_bban, " "))),
    t(
        "account",
        "routing {a} account {b} (chase checking)",
        a=("ABA_ROUTING", aba),
        b=("US_BANK_NUMBER", lambda r: digits(r, 10, True)),
    ),
    t(
        "account",
        "acct no. {a} at barclays, sort {b}",
        a=(BA, lambda r: digits(r, 8)),
        b=(BA, sort_code(" ")),
    ),
    t("account", "card {a} was charged twice", a=("CREDIT_CARD", card("4", " "))),
    t("account", "iban {a}", a=(IB, iban("GB", gb_bban, "", lower=True))),
    t(
        "account",
        "wire it to checking acct {a} routing no {b}",
        a=("US_BANK_NUMBER", lambda r: digits(r, 12, True)),
        b=("ABA_ROUTING", aba),
    ),
    t(
        "account",
        "Hi, the direct debit failed again. My bank details are sortcode {a} account number {b}. Please retry before friday",
        a=(BA, sort_code("")),
        b=(BA, lambda r: digits(r, 8)),
    ),
    t("phone", "call me back on {a} after 5", a=(PH, phone("GB", "07###0#####", g(5, 6)))),
    t("phone", "my mobile {a}", a=(PH, phone("GB", "07##0######", g(4, 6, prefix="+44 ", drop=1)))),
    t("phone", "text me {a} pls", a=(PH, phone("US", "415#######", g(3, 3, 4, sep="-")))),
    t(
        "phone",
        "cell {a} whatsapp too",
        a=(PH, phone("US", "646#######", lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}")),
    ),
    t(
        "phone",
        "the number on my account is old, new one is {a}",
        a=(PH, phone("GB", "0207#######", g(3, 4, 4))),
    ),
    t(
        "phone",
        "reach me at {a} 📞",
        a=(PH, phone("US", "312#######", lambda n: f"+1 {n[:3]} {n[3:6]} {n[6:]}")),
    ),
    t(
        "phone",
        "my # is {a}",
        a=(PH, phone("US", "617#######", lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}")),
    ),
    t(
        "phone",
        "if the line drops try my landline {a} or email",
        a=(PH, phone("GB", "01614######", g(4, 3, 4))),
    ),
]

EN_CLEAN = [
    clean("order #4500123987 still not shipped, paid $1,249.99 on 03/14"),
    clean("tracking 1Z999AA10123456784 says delivered but nothing here"),
    clean("app version 4.12.3 (build 20240611) crashes on login"),
    clean("called your hotline 1-800-275-2273 twice, on hold 45 min"),
    clean("ticket INC0012345 was closed without a fix"),
    clean("error 0x80070005 when installing update KB5034441"),
    clean("flight BA 2491 on 12 june got cancelled, refund of £389.40 pending"),
    clean("store at 221 Baker St, London NW1 6XE had no stock of SKU 400638133393"),
    clean("invoice INV-2024-00871 total 2,450.00 USD due 30 days"),
    clean("the 3 pack costs 12.99 and shipping is 4.95"),
    clean("meeting moved to 14:30 tomorrow, room 3.214"),
    clean("product code 7318-2045-11 is out of stock again"),
    clean("support said call 0345 300 0000 between 8am and 8pm"),
    clean("case number 06123456 – any update? its been 2 weeks"),
    clean("got http 503 from api v2 endpoint around 10:42 utc"),
]

DE = [
    t("credential", "mein kennwort ist {a} geht aber nicht mehr", a=(PW, password("de", 0))),
    t(
        "credential",
        "hab das pasword auf {a} geändert und jetzt komm ich nicht rein",
        a=(PW, password("de", 1)),
    ),
    t("credential", "zugangsdaten: benutzer mmueller / pw {a}", a=(PW, password("de", 3))),
    t(
        "credential",
        "Guten Tag, ich habe gestern versucht mich im Kundenportal anzumelden, das Passwort war {a}, danach kam eine Fehlermeldung und seitdem ist das Konto gesperrt. Bitte um Hilfe",
        a=(PW, password("de", 4)),
    ),
    t("credential", "meine pin {a} wird am automaten nicht akzeptiert", a=(PIN, pin(4))),
    t("credential", "PIN der girocard lautet {a}", a=(PIN, pin(4))),
    t("credential", "prüfziffer hinten auf der karte: {a}", a=(CVV, pin(3))),
    t("credential", "die TAN war {a} aber kam zu spät an", a=(OTP, otp())),
    t("credential", "bestätigungscode per sms\n{a}", a=(OTP, otp(" "))),
    t("credential", "pushTAN app zeigt {a}", a=(OTP, otp())),
    t("credential", "wiederherstellungscode: {a}", a=(BK, backup_code)),
    t("credential", "unser gitlab token {a} muss gesperrt werden", a=(KEY, api_key("gitlab"))),
    t("credential", "API-Schlüssel von sendgrid ({a}) bitte löschen", a=(KEY, api_key("sendgrid"))),
    t("credential", "client secret für die schnittstelle: {a}", a=(SEC, api_key("hex32"))),
    t("id", "steuer-id {a} für die rückerstattung", a=("DE_TAX_ID", de_steuer_id(" "))),
    t("id", "meine steueridentifikationsnummer lautet {a}", a=("DE_TAX_ID", de_steuer_id(""))),
    t("id", "rentenversicherungsnummer {a} steht auf dem brief", a=("DE_SOCIAL_SECURITY", de_rvnr)),
    t("id", "krankenversichertennr {a} (tk)", a=("DE_HEALTH_INSURANCE_ID", de_kvnr)),
    t("id", "personalausweisnummer {a}", a=("ID_CARD", de_ausweis)),
    t("id", "reisepass nr. {a} gültig bis 2030", a=("PASSPORT", de_pass)),
    t("id", "Perso-Nr: {a} – adresse ist neu", a=("ID_CARD", de_ausweis)),
    t(
        "id",
        "steuernummer {a} vom finanzamt",
        a=("DE_TAX_NUMBER", lambda r: f"{r.randint(101, 199)}/{digits(r, 3)}/{digits(r, 5)}"),
    ),
    t("id", "versichertennummer der aok: {a}", a=("DE_HEALTH_INSURANCE_ID", de_kvnr)),
    t(
        "id",
        "führerscheinnummer {a}",
        a=(
            "DRIVER_LICENSE",
            lambda r: r.choice("BJNF") + digits(r, 3) + chars(r, UP + DIG, 6) + digits(r, 1),
        ),
    ),
    t("account", "bitte zurück auf {a} überweisen", a=(IB, iban("DE", de_bban, " "))),
    t("account", "iban: {a}", a=(IB, iban("DE", de_bban, "", lower=True))),
    t(
        "account",
        "kontonr {a} blz {b}",
        a=(BA, lambda r: digits(r, 10, True)),
        b=(BA, lambda r: r.choice(["100 700 00", "370 400 44", "500 105 17"])),
    ),
    t("account", "meine bankverbindung:\n{a}\nsparkasse", a=(IB, iban("DE", de_bban, " "))),
    t(
        "account",
        "die lastschrift vom konto {a} ist zurückgegangen obwohl genug drauf war",
        a=(IB, iban("DE", de_bban, " ")),
    ),
    t("account", "kreditkarte {a} wurde doppelt belastet", a=("CREDIT_CARD", card("52", " "))),
    t("account", "IBAN (DE) {a} BIC COBADEFFXXX", a=(IB, iban("DE", de_bban, " "))),
    t("account", "Konto-Nr. {a} bei der Volksbank", a=(BA, lambda r: digits(r, 10, True))),
    t("phone", "ruf mich bitte unter {a} zurück", a=(PH, phone("DE", "0151########", g(4, 8)))),
    t("phone", "handy: {a}", a=(PH, phone("DE", "0176#######", lambda n: n[:4] + "/" + n[4:]))),
    t(
        "phone",
        "meine nummer {a}",
        a=(PH, phone("DE", "0170#######", g(3, 7, prefix="+49 ", drop=1))),
    ),
    t("phone", "festnetz {a} ab 18 uhr", a=(PH, phone("DE", "030########", g(3, 8, sep=" ")))),
    t(
        "phone",
        "erreichbar unter {a} (mobil)",
        a=(PH, phone("DE", "0160#######", lambda n: "+49 " + n[1:4] + " " + n[4:])),
    ),
    t("phone", "tel {a}", a=(PH, phone("DE", "089#######", lambda n: n[:3] + "-" + n[3:]))),
    t(
        "phone",
        "bin grad unterwegs, whatsapp an {a} geht am besten 👍",
        a=(PH, phone("DE", "0172#######", lambda n: "0049" + n[1:])),
    ),
    t(
        "phone",
        "Sie können mich auch privat erreichen: {a}",
        a=(PH, phone("DE", "0404######", g(3, 3, 4))),
    ),
]

DE_CLEAN = [
    clean("bestellnummer 302-4829173-2219344 ist immer noch nicht da"),
    clean("sendungsnummer 00340434161234567890 laut dhl zugestellt"),
    clean("hab bei der hotline 0800 330 1000 angerufen, niemand geht ran"),
    clean("rechnung RE-2024-00871 über 1.299,00 € stimmt nicht"),
    clean("app version 3.8.1 stürzt beim start ab"),
    clean("filiale in der Friedrichstraße 68, 10117 Berlin hatte den artikel 4006381333931 nicht"),
    clean("flug LH 2034 am 12.03.2024 um 14:30 annulliert"),
    clean("fehlercode E-4012 beim bezahlen"),
    clean("ticket #88231 wurde ohne antwort geschlossen"),
    clean("der tarif kostet 39,99 € im monat, vertragslaufzeit 24 monate"),
    clean("servicenummer 0180 6 123456 kostet 20 ct pro anruf"),
    clean("artikelnr. 123.456.78 in größe 42 bitte"),
    clean("lieferung kam am 05.02. statt am 01.02. an"),
    clean("kundenservice unter 089 2019 1000 montag bis freitag"),
    clean("router zeigt fehler 0x0000007B seit dem update 7.57"),
]

FR = [
    t("credential", "mon mdp c'est {a} mais il marche plus", a=(PW, password("fr", 0))),
    t("credential", "j'ai mis {a} comme mdp hier", a=(PW, password("fr", 1))),
    t("credential", "identifiant: cdupont / mot de passe: {a}", a=(PW, password("fr", 3))),
    t(
        "credential",
        "Bonjour, depuis la mise à jour je n'arrive plus à me connecter alors que mon mot de passe est bien {a}, j'ai essayé plusieurs fois et maintenant le compte est bloqué, merci de vérifier",
        a=(PW, password("fr", 2)),
    ),
    t("credential", "code pin de ma carte: {a}", a=(PIN, pin(4))),
    t("credential", "le code confidentiel {a} est refusé au distributeur", a=(PIN, pin(4))),
    t("credential", "cryptogramme {a}", a=(CVV, pin(3))),
    t("credential", "code de vérification reçu par sms : {a}", a=(OTP, otp())),
    t("credential", "code à usage unique\n{a}", a=(OTP, otp(" "))),
    t("credential", "le code 3d secure était {a} mais paiement refusé", a=(OTP, otp())),
    t("credential", "codes de secours : {a}", a=(BK, backup_code)),
    t("credential", "notre clé api openai {a} a fuité", a=(KEY, api_key("openai"))),
    t("credential", "token slack du bot: {a}", a=(KEY, api_key("slack"))),
    t("credential", "secret du webhook = {a}", a=(SEC, api_key("whsec"))),
    t("id", "numéro de sécu {a}", a=("FR_NIR", fr_nir_value(" "))),
    t("id", "mon n° de sécurité sociale est {a}", a=("FR_NIR", fr_nir_value(""))),
    t("id", "carte vitale: {a} (pour le remboursement)", a=("FR_NIR", fr_nir_value(" "))),
    t("id", "numéro fiscal {a} sur l'avis d'imposition", a=("FR_TAX_ID", fr_nif_value)),
    t("id", "passeport n° {a}", a=("PASSPORT", fr_passport)),
    t("id", "numéro de carte d'identité {a}", a=("ID_CARD", lambda r: digits(r, 12, True))),
    t(
        "id",
        "permis de conduire {a} délivré en 2015",
        a=("DRIVER_LICENSE", lambda r: digits(r, 12, True)),
    ),
    t("id", "nouvelle CNI : {a}", a=("ID_CARD", lambda r: chars(r, UP + DIG, 9))),
    t("id", "mon nir (sécu) c'est le {a}", a=("FR_NIR", fr_nir_value(" "))),
    t("id", "n° allocataire caf {a}", a=("MEMBER_ID", lambda r: digits(r, 7, True))),
    t("account", "remboursez sur mon iban {a}", a=(IB, iban("FR", fr_bban, " "))),
    t("account", "rib : {a}", a=(BA, fr_rib)),
    t("account", "iban\n{a}\nmerci", a=(IB, iban("FR", fr_bban, "", lower=False))),
    t("account", "le prélèvement sur le compte {a} a été rejeté", a=(IB, iban("FR", fr_bban, " "))),
    t("account", "numéro de compte {a} à la société générale", a=(BA, lambda r: digits(r, 11))),
    t("account", "carte bancaire {a} débitée deux fois", a=("CREDIT_CARD", card("49", " "))),
    t(
        "account",
        "coordonnées bancaires (iban) : {a}",
        a=(IB, iban("FR", fr_bban, " ", lower=True)),
    ),
    t("account", "mon rib c'est {a} banque postale", a=(BA, fr_rib)),
    t("phone", "rappelez moi au {a}", a=(PH, phone("FR", "06########", g(2, 2, 2, 2, 2)))),
    t("phone", "mon portable {a}", a=(PH, phone("FR", "07########", g(2, 2, 2, 2, 2, sep=".")))),
    t(
        "phone",
        "tél : {a}",
        a=(PH, phone("FR", "06########", g(1, 2, 2, 2, 2, prefix="+33 ", drop=1))),
    ),
    t("phone", "fixe {a} le soir", a=(PH, phone("FR", "01########", lambda n: n))),
    t(
        "phone",
        "vous pouvez me joindre au {a} 🙂",
        a=(PH, phone("FR", "06########", lambda n: "+33" + n[1:])),
    ),
    t(
        "phone",
        "mon numéro a changé, c'est maintenant le {a}",
        a=(PH, phone("FR", "07########", g(2, 2, 2, 2, 2, sep="-"))),
    ),
    t("phone", "whatsapp {a}", a=(PH, phone("FR", "06########", g(2, 2, 2, 2, 2)))),
    t("phone", "joignable au {a} (domicile)", a=(PH, phone("FR", "04########", g(2, 2, 2, 2, 2)))),
]

FR_CLEAN = [
    clean("commande n° 4021-887-3310 toujours pas livrée"),
    clean("numéro de suivi 6A12345678901 chez colissimo"),
    clean("j'ai appelé le 3639 puis le 09 69 32 15 15 sans réponse"),
    clean("facture FA-2024-0193 de 89,90 € TTC"),
    clean("version 2.4.1 de l'appli plante au démarrage"),
    clean("magasin du 12 rue de Rivoli, 75004 Paris n'avait pas la réf 3017620422003"),
    clean("vol AF 1234 du 14/03 annulé, remboursement de 245 €"),
    clean("code erreur 0x800F0922 pendant la mise à jour"),
    clean("ticket 88231 fermé sans réponse"),
    clean("l'abonnement passe à 19,99 € par mois au 01/04"),
    clean("service client au 0 800 123 456, appel gratuit"),
    clean("rendez-vous à 14h30 mardi, salle 204"),
    clean("article réf. 123-456-789 en taille M"),
    clean("le colis de 2,5 kg est parti le 03/02"),
    clean("erreur 404 sur la page de paiement depuis 10h"),
]

ES = [
    t("credential", "mi contrasena es {a} y no me deja entrar", a=(PW, password("es", 0))),
    t("credential", "la clave que puse fue {a}", a=(PW, password("es", 1))),
    t("credential", "usuario: mgarcia contraseña: {a}", a=(PW, password("es", 3))),
    t(
        "credential",
        "Hola buenas, llevo toda la mañana intentando entrar en la app, he puesto la contraseña {a} que es la de siempre y me sale que es incorrecta, ya la he cambiado dos veces",
        a=(PW, password("es", 5)),
    ),
    t("credential", "el pin de la tarjeta es {a}", a=(PIN, pin(4))),
    t("credential", "pin nuevo ({a}) no funciona en el cajero", a=(PIN, pin(4))),
    t("credential", "código de seguridad de la tarjeta {a}", a=(CVV, pin(3))),
    t("credential", "me llegó el código por sms: {a}", a=(OTP, otp())),
    t("credential", "clave de firma\n{a}", a=(OTP, otp(" "))),
    t("credential", "codigo de verificacion {a} ya caducó", a=(OTP, otp())),
    t("credential", "códigos de recuperación: {a}", a=(BK, backup_code)),
    t("credential", "se filtró la api key de google maps {a}", a=(KEY, api_key("google"))),
    t("credential", "token de npm {a} hay que revocarlo", a=(KEY, api_key("npm"))),
    t(
        "credential",
        "el secreto del cliente (client secret) es {a}",
        a=(SEC, api_key("azure_secret")),
    ),
    t("id", "mi dni es {a}", a=("ES_NIF", es_dni_value)),
    t("id", "nie {a} para el contrato", a=("ES_NIE", es_nie_value)),
    t(
        "id",
        "dni {a} (con letra)",
        a=("ES_NIF", lambda r: (lambda v: v[:-1] + "-" + v[-1])(es_dni_value(r))),
    ),
    t("id", "número de la seguridad social {a}", a=("ES_SOCIAL_SECURITY", es_nss)),
    t(
        "id",
        "nº afiliación ss: {a}",
        a=("ES_SOCIAL_SECURITY", lambda r: es_nss(r).replace("/", " ")),
    ),
    t("id", "pasaporte {a} caduca en 2029", a=("PASSPORT", es_passport)),
    t("id", "carnet de conducir {a}", a=("DRIVER_LICENSE", es_dni_value)),
    t("id", "mi nif es el {a}, autónomo", a=("ES_NIF", lambda r: es_dni_value(r).lower())),
    t("id", "tarjeta sanitaria {a}", a=("MEDICAL_ID", lambda r: chars(r, UP, 4) + digits(r, 12))),
    t(
        "id",
        "nie: {a} (tarjeta de residencia)",
        a=("ES_NIE", lambda r: (lambda v: f"{v[0]}-{v[1:8]}-{v[8]}")(es_nie_value(r))),
    ),
    t(
        "account",
        "devolvedlo a mi iban {a}",
        a=(IB, iban("ES", lambda r: es_ccc_value("")(r), " ")),
    ),
    t("account", "número de cuenta {a}", a=(BA, es_ccc_value(" "))),
    t("account", "ccc {a} (la caixa)", a=(BA, es_ccc_value(""))),
    t("account", "cuenta:\n{a}", a=(IB, iban("ES", lambda r: es_ccc_value("")(r), ""))),
    t(
        "account",
        "el recibo del banco {a} salió devuelto",
        a=(IB, iban("ES", lambda r: es_ccc_value("")(r), " ")),
    ),
    t("account", "tarjeta {a} me han cobrado 2 veces", a=("CREDIT_CARD", card("45", " "))),
    t(
        "account",
        "iban {a} titular yo",
        a=(IB, iban("ES", lambda r: es_ccc_value("")(r), " ", lower=True)),
    ),
    t("account", "mi cuenta es la {a}", a=(BA, es_ccc_value("-"))),
    t("phone", "llamadme al {a}", a=(PH, phone("ES", "6########", g(3, 3, 3)))),
    t("phone", "mi móvil {a}", a=(PH, phone("ES", "6########", g(3, 2, 2, 2)))),
    t("phone", "tlf {a}", a=(PH, phone("ES", "7########", g(3, 3, 3, prefix="+34 ")))),
    t("phone", "fijo de casa {a}", a=(PH, phone("ES", "91#######", g(2, 3, 2, 2)))),
    t("phone", "whatsapp al {a} 😊", a=(PH, phone("ES", "6########", lambda n: "+34" + n))),
    t("phone", "si no contesto prueba en {a}", a=(PH, phone("ES", "6########", lambda n: n))),
    t("phone", "teléfono de contacto: {a}", a=(PH, phone("ES", "93#######", g(3, 2, 2, 2)))),
    t(
        "phone",
        "he cambiado de número, ahora es el {a}",
        a=(PH, phone("ES", "6########", g(3, 3, 3, sep="-"))),
    ),
]

ES_CLEAN = [
    clean("pedido nº 408-1234567-8912345 sin llegar"),
    clean("número de seguimiento PK123456789ES de correos"),
    clean("llamé al 900 100 200 y al 902 123 456 y nadie contesta"),
    clean("factura F2024-00871 por 1.299,00 € mal emitida"),
    clean("la versión 5.2.0 de la app se cierra sola"),
    clean("la tienda de la calle Gran Vía 32, 28013 Madrid no tenía el artículo 8412345678905"),
    clean("vuelo IB 3166 del 14/03 cancelado"),
    clean("código de error 0x80004005 al actualizar"),
    clean("incidencia nº 88231 cerrada sin respuesta"),
    clean("la tarifa sube a 29,95 € al mes desde el 1 de abril"),
    clean("atención al cliente 1004 o 900 123 456 de 9 a 21h"),
    clean("ref. producto 123.456.789 talla 42"),
    clean("el paquete de 3,2 kg salió el 03/02 a las 18:45"),
    clean("error 500 en la web desde las 10:15"),
    clean("el ticket de compra 0045-2024-000871 lo tengo aquí"),
]

IT = [
    t("credential", "la mia pasword è {a} ma non funziona", a=(PW, password("it", 0))),
    t("credential", "ho messo {a} come password ieri sera", a=(PW, password("it", 1))),
    t("credential", "utente: mrossi pwd: {a}", a=(PW, password("it", 3))),
    t(
        "credential",
        "Buongiorno, non riesco ad accedere all'area clienti, la password che uso è {a} e mi dice credenziali errate, ho provato anche dal telefono ma niente",
        a=(PW, password("it", 4)),
    ),
    t("credential", "il pin del bancomat è {a}", a=(PIN, pin(5))),
    t("credential", "codice pin {a} bloccato", a=(PIN, pin(4))),
    t("credential", "cvv {a}", a=(CVV, pin(3))),
    t("credential", "codice otp {a} non arriva in tempo", a=(OTP, otp())),
    t("credential", "codice di verifica via sms\n{a}", a=(OTP, otp(" "))),
    t("credential", "il codice dell'app è {a}", a=(OTP, otp())),
    t("credential", "codici di backup: {a}", a=(BK, backup_code)),
    t("credential", "token huggingface {a} da revocare", a=(KEY, api_key("hf"))),
    t("credential", "chiave api di mailgun: {a}", a=(KEY, api_key("mailgun"))),
    t("credential", "la secret key di stripe {a} è stata esposta", a=(KEY, api_key("stripe_rk"))),
    t("id", "codice fiscale {a}", a=("IT_FISCAL_CODE", it_cf_value())),
    t("id", "il mio cf è {a}", a=("IT_FISCAL_CODE", it_cf_value(lower=True))),
    t("id", "partita iva {a}", a=("IT_VAT_CODE", it_piva)),
    t("id", "carta d'identità {a} scade nel 2030", a=("IT_IDENTITY_CARD", it_cie)),
    t("id", "passaporto n. {a}", a=("IT_PASSPORT", it_passport)),
    t("id", "patente {a}", a=("IT_DRIVER_LICENSE", it_patente)),
    t("id", "tessera sanitaria: {a}", a=("IT_FISCAL_CODE", it_cf_value())),
    t("id", "cod. fiscale ({a}) per la fattura", a=("IT_FISCAL_CODE", it_cf_value())),
    t("id", "p.iva: {a} ditta individuale", a=("IT_VAT_CODE", it_piva)),
    t("id", "numero cie {a}", a=("IT_IDENTITY_CARD", it_cie)),
    t("account", "rimborsate sul mio iban {a}", a=(IB, iban("IT", it_bban, " "))),
    t("account", "iban\n{a}", a=(IB, iban("IT", it_bban, ""))),
    t("account", "conto corrente n. {a}", a=(BA, lambda r: digits(r, 12))),
    t(
        "account",
        "l'addebito sul conto {a} non è andato a buon fine",
        a=(IB, iban("IT", it_bban, " ")),
    ),
    t("account", "carta {a} addebitata due volte", a=("CREDIT_CARD", card("53", " "))),
    t("account", "coordinate bancarie: {a}", a=(IB, iban("IT", it_bban, " ", lower=True))),
    t("account", "iban: {a} intestato a me", a=(IB, iban("IT", it_bban, ""))),
    t("account", "carta prepagata {a}", a=("CREDIT_CARD", card("4", ""))),
    t("phone", "chiamatemi al {a}", a=(PH, phone("IT", "347#######", g(3, 3, 4)))),
    t("phone", "cell {a}", a=(PH, phone("IT", "333#######", lambda n: n))),
    t("phone", "tel {a}", a=(PH, phone("IT", "320#######", g(3, 7, prefix="+39 ")))),
    t("phone", "fisso {a} la sera", a=(PH, phone("IT", "06########", g(2, 4, 4)))),
    t("phone", "whatsapp al {a} 👍", a=(PH, phone("IT", "349#######", lambda n: "+39" + n))),
    t("phone", "il mio numero è cambiato: {a}", a=(PH, phone("IT", "338#######", g(3, 3, 2, 2)))),
    t(
        "phone",
        "potete richiamarmi su {a}",
        a=(PH, phone("IT", "02########", lambda n: n[:2] + "/" + n[2:])),
    ),
    t("phone", "numero di cellulare {a}", a=(PH, phone("IT", "391#######", g(3, 3, 4, sep=".")))),
]

IT_CLEAN = [
    clean("ordine n. 171-4829173-2219344 non ancora arrivato"),
    clean("numero di spedizione BRT 123456789012 fermo da giorni"),
    clean("ho chiamato il numero verde 800 123 456 e il 199 100 100"),
    clean("fattura 2024/00871 da 1.299,00 € sbagliata"),
    clean("versione 6.1.2 dell'app si blocca"),
    clean("il negozio di Via del Corso 123, 00186 Roma non aveva il codice articolo 8001234567890"),
    clean("volo AZ 610 del 14/03 cancellato"),
    clean("codice errore 0x80070643 durante l'aggiornamento"),
    clean("ticket 88231 chiuso senza risposta"),
    clean("l'abbonamento costa 24,99 € al mese dal 1 aprile"),
    clean("servizio clienti 02 3030 3030 dalle 9 alle 18"),
    clean("art. 123.456.78 taglia 44"),
    clean("pacco da 2,5 kg partito il 03/02 alle 18:45"),
    clean("errore 502 sul sito da stamattina"),
    clean("pratica n. 2024-000871 aperta il 12 marzo"),
]

NL = [
    t("credential", "mijn wachtwoort is {a} maar werkt niet", a=(PW, password("nl", 0))),
    t("credential", "heb {a} als ww ingesteld", a=(PW, password("nl", 1))),
    t("credential", "gebruiker: jjansen ww: {a}", a=(PW, password("nl", 3))),
    t(
        "credential",
        "Hoi, sinds de update kan ik niet meer inloggen, ik gebruik al jaren hetzelfde wachtwoord {a} en nu zegt hij dat het fout is, kunnen jullie kijken",
        a=(PW, password("nl", 5)),
    ),
    t("credential", "pincode van mijn pas is {a}", a=(PIN, pin(4))),
    t("credential", "nieuwe pin ({a}) werkt niet bij de automaat", a=(PIN, pin(4))),
    t("credential", "beveiligingscode achterop de kaart {a}", a=(CVV, pin(3))),
    t("credential", "sms code {a} was al verlopen", a=(OTP, otp())),
    t("credential", "verificatiecode\n{a}", a=(OTP, otp(" "))),
    t("credential", "de code uit de digid app is {a}", a=(OTP, otp())),
    t("credential", "herstelcodes: {a}", a=(BK, backup_code)),
    t("credential", "onze shopify token {a} is gelekt", a=(KEY, api_key("shopify"))),
    t("credential", "twilio api key {a} intrekken aub", a=(KEY, api_key("twilio"))),
    t("credential", "client secret van de koppeling: {a}", a=(SEC, api_key("hex32"))),
    t("id", "mijn bsn is {a}", a=("NL_BSN", nl_bsn_value("."))),
    t("id", "bsn {a} voor de aangifte", a=("NL_BSN", nl_bsn_value(""))),
    t("id", "burgerservicenummer: {a}", a=("NL_BSN", nl_bsn_value(" "))),
    t("id", "paspoortnummer {a}", a=("PASSPORT", nl_passport_value)),
    t("id", "id-kaart nr {a} verloopt volgend jaar", a=("ID_CARD", nl_passport_value)),
    t("id", "rijbewijsnummer {a}", a=("DRIVER_LICENSE", lambda r: digits(r, 10, True))),
    t("id", "zorgpas relatienummer {a}", a=("MEMBER_ID", lambda r: digits(r, 9, True))),
    t("id", "sofinummer (bsn) {a}", a=("NL_BSN", nl_bsn_value("-"))),
    t("id", "polisnummer zorgverzekering: {a}", a=("MEMBER_ID", lambda r: digits(r, 8, True))),
    t("id", "mijn bsn\n{a}", a=("NL_BSN", nl_bsn_value(""))),
    t("account", "graag terugstorten op {a}", a=(IB, iban("NL", nl_bban, " "))),
    t("account", "iban: {a}", a=(IB, iban("NL", nl_bban, "", lower=True))),
    t("account", "rekeningnummer {a} tnv mij", a=(IB, iban("NL", nl_bban, ""))),
    t("account", "de incasso van rekening {a} is mislukt", a=(IB, iban("NL", nl_bban, " "))),
    t("account", "creditcard {a} dubbel afgeschreven", a=("CREDIT_CARD", card("51", " "))),
    t("account", "rekening\n{a}\nbedankt", a=(IB, iban("NL", nl_bban, " "))),
    t("account", "oude rekening nr {a} (postbank)", a=(BA, lambda r: digits(r, 7, True))),
    t("account", "mijn rekening is {a} bij de rabo", a=(IB, iban("NL", nl_bban, " "))),
    t("phone", "bel me op {a}", a=(PH, phone("NL", "06########", lambda n: n[:2] + "-" + n[2:]))),
    t("phone", "mobiel {a}", a=(PH, phone("NL", "06########", g(2, 2, 2, 2, 2)))),
    t("phone", "tel {a}", a=(PH, phone("NL", "06########", g(1, 8, prefix="+31 ", drop=1)))),
    t("phone", "vast nummer {a} na 18u", a=(PH, phone("NL", "0206######", g(3, 3, 4)))),
    t("phone", "app me op {a} 😀", a=(PH, phone("NL", "06########", lambda n: "+31" + n[1:]))),
    t("phone", "mijn nummer is veranderd naar {a}", a=(PH, phone("NL", "06########", lambda n: n))),
    t(
        "phone",
        "je kunt me bereiken op {a}",
        a=(PH, phone("NL", "010#######", lambda n: n[:3] + "-" + n[3:])),
    ),
    t("phone", "telefoonnr {a}", a=(PH, phone("NL", "06########", lambda n: "0031 " + n[1:]))),
]

NL_CLEAN = [
    clean("bestelnummer 1234-5678-9012 nog steeds niet geleverd"),
    clean("track & trace 3SABC1234567890 zegt bezorgd"),
    clean("klantenservice 0800-0234 en 0900-1234567 nemen niet op"),
    clean("factuur 2024-00871 van € 1.299,00 klopt niet"),
    clean("versie 7.3.0 van de app crasht"),
    clean("winkel aan de Kalverstraat 92, 1012 PH Amsterdam had artikel 8712345678906 niet"),
    clean("vlucht KL 1234 van 14-03 geannuleerd"),
    clean("foutcode 0x80070005 bij het updaten"),
    clean("ticket 88231 gesloten zonder antwoord"),
    clean("abonnement gaat naar € 19,99 per maand per 1 april"),
    clean("bel de helpdesk op 020 201 3000 tussen 9 en 17 uur"),
    clean("artikelnummer 123.456.78 maat 42"),
    clean("pakket van 2,5 kg verzonden op 03-02 om 18:45"),
    clean("error 503 op de site sinds 10:15"),
    clean("dossiernummer 2024-000871 aangemaakt op 12 maart"),
]

PL = [
    t("credential", "moje hasło to {a} ale nie działa", a=(PW, password("pl", 0))),
    t("credential", "zmieniłem haslo na {a} i nie moge sie zalogowac", a=(PW, password("pl", 1))),
    t("credential", "login: jkowalski haslo: {a}", a=(PW, password("pl", 3))),
    t(
        "credential",
        "Dzień dobry, od wczoraj nie mogę się zalogować do bankowości, wpisuję hasło {a} i pokazuje błąd, konto zablokowane, proszę o pomoc",
        a=(PW, password("pl", 4)),
    ),
    t("credential", "pin do karty {a}", a=(PIN, pin(4))),
    t("credential", "nowy pin ({a}) nie działa w bankomacie", a=(PIN, pin(4))),
    t("credential", "kod cvv {a}", a=(CVV, pin(3))),
    t("credential", "kod blik {a} wygasł zanim zapłaciłem", a=(OTP, otp())),
    t("credential", "kod sms\n{a}", a=(OTP, otp(" "))),
    t("credential", "kod z aplikacji mobilnej: {a}", a=(OTP, otp())),
    t("credential", "kody zapasowe: {a}", a=(BK, backup_code)),
    t("credential", "wyciekł nasz token github {a}", a=(KEY, api_key("github_pat"))),
    t("credential", "klucz api digitalocean {a} do unieważnienia", a=(KEY, api_key("dop"))),
    t("credential", "sekret klienta (client secret): {a}", a=(SEC, api_key("azure_secret"))),
    t("id", "mój pesel {a}", a=("PL_PESEL", pl_pesel_value)),
    t("id", "pesel: {a} (do umowy)", a=("PL_PESEL", pl_pesel_value)),
    t("id", "nip {a}", a=("PL_NIP", pl_nip_value("-"))),
    t("id", "nip firmy {a}", a=("PL_NIP", pl_nip_value(""))),
    t("id", "regon {a}", a=("PL_REGON", pl_regon_value)),
    t("id", "numer dowodu osobistego {a}", a=("PL_ID_CARD", pl_dowod)),
    t("id", "dowód {a} ważny do 2031", a=("PL_ID_CARD", lambda r: pl_dowod(r).lower())),
    t("id", "paszport nr {a}", a=("PASSPORT", pl_passport)),
    t(
        "id",
        "prawo jazdy {a}",
        a=("DRIVER_LICENSE", lambda r: f"{digits(r, 5, True)}/{digits(r, 2)}/{digits(r, 4)}"),
    ),
    t("id", "numer pesel\n{a}", a=("PL_PESEL", pl_pesel_value)),
    t("account", "proszę o zwrot na konto {a}", a=(BA, pl_nrb(" "))),
    t("account", "nr konta: {a}", a=(BA, pl_nrb(""))),
    t("account", "iban {a}", a=(IB, iban("PL", pl_bban, " "))),
    t("account", "przelew z rachunku {a} nie doszedł", a=(BA, pl_nrb(" "))),
    t("account", "karta {a} obciążona dwa razy", a=("CREDIT_CARD", card("4", " "))),
    t("account", "numer rachunku\n{a}", a=(BA, pl_nrb(""))),
    t("account", "moje konto w mbanku {a}", a=(IB, iban("PL", pl_bban, "", lower=True))),
    t("account", "konto do zwrotu: {a} (pko)", a=(BA, pl_nrb(" "))),
    t("phone", "proszę oddzwonić na {a}", a=(PH, phone("PL", "5########", g(3, 3, 3)))),
    t("phone", "mój numer {a}", a=(PH, phone("PL", "6########", lambda n: n))),
    t("phone", "tel {a}", a=(PH, phone("PL", "7########", g(3, 3, 3, prefix="+48 ")))),
    t("phone", "stacjonarny {a} po 17", a=(PH, phone("PL", "226######", g(2, 3, 2, 2)))),
    t("phone", "whatsapp {a} 👍", a=(PH, phone("PL", "5########", lambda n: "+48" + n))),
    t("phone", "zmieniłam numer, teraz {a}", a=(PH, phone("PL", "8########", g(3, 3, 3, sep="-")))),
    t("phone", "kom. {a}", a=(PH, phone("PL", "6########", g(3, 3, 3)))),
    t(
        "phone",
        "mozna dzwonic na {a} caly dzien",
        a=(PH, phone("PL", "7########", lambda n: "0048 " + group(n, [3, 3, 3]))),
    ),
]

PL_CLEAN = [
    clean("zamówienie nr 2024/03/000871 jeszcze nie dotarło"),
    clean("numer przesyłki 00PL1234567890123 w inpost"),
    clean("infolinia 800 123 456 i 801 100 100 nie odbiera"),
    clean("faktura FV/2024/00871 na 1 299,00 zł jest błędna"),
    clean("wersja 4.2.7 aplikacji się zawiesza"),
    clean("sklep przy ul. Marszałkowska 104, 00-017 Warszawa nie miał produktu 5901234123457"),
    clean("lot LO 3917 z 14.03 odwołany"),
    clean("kod błędu 0x80070005 przy aktualizacji"),
    clean("zgłoszenie 88231 zamknięte bez odpowiedzi"),
    clean("abonament kosztuje 49,99 zł miesięcznie od 1 kwietnia"),
    clean("biuro obsługi 22 500 50 50 pn-pt 8-20"),
    clean("nr katalogowy 123.456.78 rozmiar 42"),
    clean("paczka 2,5 kg nadana 03.02 o 18:45"),
    clean("błąd 500 na stronie od 10:15"),
    clean("sprawa nr 2024-000871 z 12 marca"),
]

SETS: dict[str, tuple[list[Tpl], list[Tpl]]] = {
    "en": (EN, EN_CLEAN),
    "de": (DE, DE_CLEAN),
    "fr": (FR, FR_CLEAN),
    "es": (ES, ES_CLEAN),
    "it": (IT, IT_CLEAN),
    "nl": (NL, NL_CLEAN),
    "pl": (PL, PL_CLEAN),
}
SHORT = {"credential": "cred", "id": "id", "account": "acco", "phone": "phon", "clean": "clea"}


def render(tpl: Tpl, r: R) -> tuple[str, list[dict[str, object]]]:
    """Fill the slots left to right; the gold spans are the values as written."""
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w)\}", tpl.text):
        text += tpl.text[pos : m.start()]
        slot = tpl.slots[m.group(1)]
        value = slot.make(r)
        spans.append({"start": len(text), "end": len(text) + len(value), "label": slot.label})
        text += value
        pos = m.end()
    text += tpl.text[pos:]
    return text, spans


def build() -> str:
    r = random.Random(SEED)
    lines = []
    for lang, (positives, cleans) in SETS.items():
        counters: dict[str, int] = {}
        for tpl in [*positives, *cleans]:
            text, spans = render(tpl, r)
            n = counters[tpl.category] = counters.get(tpl.category, 0) + 1
            row = {
                "id": f"p3-{lang}-{SHORT[tpl.category]}-{n:02d}",
                "lang": lang,
                "category": tpl.category,
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
