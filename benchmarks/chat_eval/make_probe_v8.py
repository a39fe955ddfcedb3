"""Build `data/chat_breadth_probe_v8.jsonl`: the eighth long-tail probe of chat breadth.

    python benchmarks/chat_eval/make_probe_v8.py            # writes the file
    python benchmarks/chat_eval/make_probe_v8.py --check    # fails if the file on disk differs

Written blind: the author had not read the recognizers, their tests, earlier probe sets or
their generators' value lists, and the file was committed before any detector ran on it.

350 short support-chat messages, 50 per language (en, de, fr, es, it, nl, pl): 18 clean,
9 credential, 9 id, 7 account and 7 phone messages each. The clean messages (36%) are hard
look-alikes sitting next to personal-data words (password reset links, PIN pads, order and
ticket numbers, SKUs, amounts, dates, versions, hotlines, tracking numbers, lone references,
public figures, shop cities). The others write the value in less common ways; each row's
`kind` says how:

- `before`: named before the value, plainly ("my PIN is 4821");
- `after`: the value first, its name after it ("4821 is my PIN");
- `paren`: the value in parentheses;
- `split`: the value broken over two lines (one gold span that includes the line break), or
  given on the line after its name;
- `typo`: a typo in the word that names it ("pasword", "Steuer-ID" as "steur id");
- `lone`: the whole message is the value, typed in answer to a bot question;
- `group`: grouped with spaces, dots or dashes in an unusual way;
- `lower`: typed in lowercase;
- `mixed`: the naming words in another language than the rest of the message.

Values come from one seeded `random.Random`; IDs and accounts with a published check digit
are valid (python-stdnum validators, or the check computed here and then validated with
python-stdnum where it has the scheme), phone numbers are valid for their region
(`phonenumbers.is_valid_number`). Gold spans are the values exactly as written.
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
from stdnum import ean, iban
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

SEED = 20261206
OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_probe_v8.jsonl"

R = random.Random
Maker = Callable[[R], str]
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG


def rnd(r: R, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def until(make: Maker, valid: Callable[[str], bool]) -> Maker:
    def draw(r: R) -> str:
        for _ in range(10000):
            v = make(r)
            if valid(v):
                return v
        raise RuntimeError("no valid value drawn")

    return draw


def digits(n: int, first: str = DIG) -> Maker:
    return lambda r: r.choice(first) + rnd(r, DIG, n - 1)


def grouped(v: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(v[pos : pos + size])
        pos += size
    if pos < len(v):
        out.append(v[pos:])
    return sep.join(p for p in out if p)


def fmt(make: Maker, sizes: tuple[int, ...], sep: str = " ") -> Maker:
    return lambda r: grouped(make(r), sizes, sep)


def lower(make: Maker) -> Maker:
    return lambda r: make(r).lower()


def split2(make: Maker, at: int) -> Maker:
    """The value broken over two lines after `at` characters (a space there is dropped)."""

    def draw(r: R) -> str:
        v = make(r)
        head, tail = v[:at].rstrip(), v[at:].lstrip()
        return head + "\n" + tail

    return draw


def pick(*values: str) -> Maker:
    return lambda r: r.choice(values)


# ---------------------------------------------------------------- credentials


def pw(*stems: str) -> Maker:
    def make(r: R) -> str:
        stem = r.choice(stems)
        return stem + r.choice("!#$%&*?@_.") + rnd(r, DIG, r.randint(2, 4))

    return make


def pw_plain(*stems: str) -> Maker:
    return lambda r: r.choice(stems) + rnd(r, DIG, r.randint(2, 4))


def ghp(r: R) -> str:
    return "ghp_" + rnd(r, ALNUM, 36)


def glpat(r: R) -> str:
    return "glpat-" + rnd(r, ALNUM + "-_", 20)


def stripe_sk(r: R) -> str:
    return "sk_live_" + rnd(r, ALNUM, 24)


def aws_akid(r: R) -> str:
    return "AKIA" + rnd(r, UP + "234567", 16)


def slack_bot(r: R) -> str:
    return f"xoxb-{rnd(r, DIG, 11)}-{rnd(r, DIG, 13)}-{rnd(r, ALNUM, 24)}"


def openai_proj(r: R) -> str:
    return "sk-proj-" + rnd(r, ALNUM + "-_", 48)


def google_api(r: R) -> str:
    return "AIza" + rnd(r, ALNUM + "-_", 35)


def backup(r: R) -> str:
    return rnd(r, LO + DIG, 4) + "-" + rnd(r, LO + DIG, 4)


def otp_spaced(r: R) -> str:
    v = rnd(r, DIG, 6)
    return v[:3] + " " + v[3:]


# ---------------------------------------------------------------- identifiers


def icao(v: str) -> str:
    total = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += val * (7, 3, 1)[i % 3]
    return str(total % 10)


def de_ausweis(r: R) -> str:
    body = r.choice("LMNPRTVWXY") + rnd(r, "0123456789CFGHJKLMNPRTVWXYZ", 8)
    return body + icao(body)


def de_steuer(r: R) -> str:
    return until(digits(11, "123456789"), de_idnr.is_valid)(r)


def de_kvnr(r: R) -> str:
    letter = r.choice(UP)
    body = rnd(r, DIG, 8)
    seq = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(seq):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body + str(total % 10)


def de_plate(r: R) -> str:
    return (
        f"{r.choice(['M', 'B', 'HH', 'K', 'F', 'S', 'DO'])}-{rnd(r, UP, 2)} {r.randint(10, 9999)}"
    )


def at_svnr(r: R) -> str:
    def make(r: R) -> str:
        return rnd(r, DIG, 4) + f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99)}"

    return until(make, at_vnr.is_valid)(r)


def ch_ahv(r: R) -> str:
    body = "756" + rnd(r, DIG, 9)
    v = body + ean.calc_check_digit(body)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def fr_nir_v(r: R) -> str:
    def make(r: R) -> str:
        body = (
            r.choice("12")
            + f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 95):02d}"
            + rnd(r, DIG, 6)
        )
        return body + f"{97 - int(body) % 97:02d}"

    return until(make, fr_nir.is_valid)(r)


def fr_nir_spaced(r: R) -> str:
    return grouped(fr_nir_v(r), (1, 2, 2, 2, 3, 3, 2))


def fr_fiscal(r: R) -> str:
    def make(r: R) -> str:
        head = r.choice("0123") + rnd(r, DIG, 9)
        return head + f"{int(head) % 511:03d}"

    return until(make, fr_nif.is_valid)(r)


def fr_passport(r: R) -> str:
    return rnd(r, DIG, 2) + rnd(r, UP, 2) + rnd(r, DIG, 5)


def fr_plate(r: R) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    head, mid, tail = rnd(r, letters, 2), rnd(r, DIG, 3), rnd(r, letters, 2)
    return f"{head}-{mid}-{tail}"


def be_nn_v(r: R) -> str:
    def make(r: R) -> str:
        body = f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{rnd(r, DIG, 3)}"
        return body + f"{97 - int(body) % 97:02d}"

    v = until(make, be_nn.is_valid)(r)
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def es_dni_v(r: R) -> str:
    n = rnd(r, DIG, 8)
    return n + es_dni.calc_check_digit(n)


def es_nie_v(r: R) -> str:
    n = r.choice("XYZ") + rnd(r, DIG, 7)
    return n + es_nie.calc_check_digit(n)


def es_nss(r: R) -> str:
    head = f"{r.randint(1, 52):02d}" + rnd(r, "123456789", 1) + rnd(r, DIG, 7)
    return head + f"{int(head) % 97:02d}"


def es_plate(r: R) -> str:
    return f"{rnd(r, DIG, 4)} {rnd(r, 'BCDFGHJKLMNPRSTVWXYZ', 3)}"


def pt_nif_v(r: R) -> str:
    return until(digits(9, "12"), pt_nif.is_valid)(r)


def it_cf_v(r: R) -> str:
    def make(r: R) -> str:
        day = r.randint(1, 28) + r.choice((0, 40))
        body = (
            rnd(r, "BCDFGLMNPRSTVZ", 3)
            + rnd(r, "BCDFGLMNPRSTVZ", 2)
            + r.choice("AEIOU")
            + f"{r.randint(50, 99)}"
            + r.choice("ABCDEHLMPRST")
            + f"{day:02d}"
            + r.choice("ABCDEFGHLMF")
            + f"{r.randint(100, 999)}"
        )
        return body + it_cf.calc_check_digit(body)

    return until(make, it_cf.is_valid)(r)


def it_piva(r: R) -> str:
    return until(digits(11, "01"), it_iva.is_valid)(r)


def it_cie(r: R) -> str:
    return "C" + rnd(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 1) + rnd(r, DIG, 5) + rnd(r, UP, 2)


def it_plate(r: R) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    head, mid, tail = rnd(r, letters, 2), rnd(r, DIG, 3), rnd(r, letters, 2)
    return f"{head} {mid} {tail}"


def nl_bsn_v(r: R) -> str:
    return until(digits(9, "12345678"), nl_bsn.is_valid)(r)


def nl_doc(r: R) -> str:
    return (
        rnd(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2)
        + rnd(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6)
        + rnd(r, DIG, 1)
    )


def nl_plate(r: R) -> str:
    return f"{rnd(r, 'GHJKLNPRSTXZ', 1)}-{rnd(r, DIG, 3)}-{rnd(r, 'BDFGHJKLNPRSTVXZ', 2)}"


def pl_pesel_v(r: R) -> str:
    def make(r: R) -> str:
        body = f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + rnd(r, DIG, 4)
        w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
        s = sum(int(c) * k for c, k in zip(body, w, strict=True))
        return body + str((10 - s % 10) % 10)

    return until(make, pl_pesel.is_valid)(r)


def pl_nip_v(r: R) -> str:
    return until(digits(10, "123456789"), pl_nip.is_valid)(r)


def pl_regon_v(r: R) -> str:
    return until(digits(9, "123456789"), pl_regon.is_valid)(r)


def pl_dowod(r: R) -> str:
    letters = rnd(r, UP, 3)
    tail = rnd(r, DIG, 5)
    vals = [ord(c) - 55 for c in letters]
    w = (7, 3, 1)
    s = sum(v * k for v, k in zip(vals, w, strict=True)) + sum(
        int(c) * k for c, k in zip(tail, (7, 3, 1, 7, 3), strict=True)
    )
    check = next(d for d in range(10) if (s + 9 * d) % 10 == 0)
    return letters + str(check) + tail


def pl_plate(r: R) -> str:
    district = r.choice(["WA", "KR", "PO", "GD", "WR", "LU"])
    num, letter = rnd(r, DIG, 4), rnd(r, "ACEFGHJKLMNPRSTUVWXY", 1)
    return f"{district} {num}{letter}"


def us_ssn_v(r: R) -> str:
    v = until(digits(9, "12345678"), us_ssn.is_valid)(r)
    return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def gb_nino(r: R) -> str:
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    while True:
        pre = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in bad:
            break
    return f"{pre} {rnd(r, DIG, 2)} {rnd(r, DIG, 2)} {rnd(r, DIG, 2)} {r.choice('ABCD')}"


def gb_nhs_v(r: R) -> str:
    v = until(digits(10, "4"), gb_nhs.is_valid)(r)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def gb_utr_v(r: R) -> str:
    return until(digits(10, "123456789"), gb_utr.is_valid)(r)


def ie_pps_v(r: R) -> str:
    n = rnd(r, DIG, 7)
    total = sum(int(ch) * w for ch, w in zip(n, range(8, 1, -1), strict=True)) % 23
    v = n + ("W" if total == 0 else chr(64 + total))
    if not ie_pps.is_valid(v):
        raise RuntimeError(f"invalid PPS drawn: {v}")
    return v


def gb_plate(r: R) -> str:
    area = rnd(r, "ABCDEFGHKLMNOPRSVWY", 2)
    age = r.choice(["19", "21", "23", "70", "72"])
    return f"{area}{age} {rnd(r, 'ABCDEFGHJKLMNOPRSTUVWXYZ', 3)}"


def se_pnr_v(r: R) -> str:
    def make(r: R) -> str:
        return f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{rnd(r, DIG, 4)}"

    return until(make, se_pnr.is_valid)(r)


def dk_cpr_v(r: R) -> str:
    def make(r: R) -> str:
        return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(50, 99)}-{rnd(r, DIG, 4)}"

    return until(make, dk_cpr.is_valid)(r)


# ---------------------------------------------------------------- accounts


def with_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    v = f"{country}{98 - int(num) % 97:02d}{bban}"
    if not iban.is_valid(v):
        raise RuntimeError(f"invalid IBAN drawn: {v}")
    return v


def spaced4(v: str) -> str:
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


def iban_gb(r: R) -> str:
    return with_check("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rnd(r, DIG, 14))


def iban_ie(r: R) -> str:
    return with_check("IE", r.choice(["AIBK", "BOFI"]) + rnd(r, DIG, 14))


def iban_de(r: R) -> str:
    return with_check(
        "DE", r.choice(["10010010", "50010517", "37040044", "70150000"]) + rnd(r, DIG, 10)
    )


def iban_at(r: R) -> str:
    return with_check("AT", r.choice(["12000", "20111", "32000"]) + rnd(r, DIG, 11))


def iban_fr(r: R) -> str:
    bank, branch, acct = rnd(r, DIG, 5), rnd(r, DIG, 5), rnd(r, DIG, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return with_check("FR", f"{bank}{branch}{acct}{key:02d}")


def iban_be(r: R) -> str:
    head = rnd(r, DIG, 10)
    check = int(head) % 97 or 97
    return with_check("BE", f"{head}{check:02d}")


def iban_es(r: R) -> str:
    raw = rnd(r, DIG, 8) + "00" + rnd(r, DIG, 10)
    return with_check("ES", raw[:8] + es_ccc.calc_check_digits(raw) + raw[10:])


# CIN / codice fiscale values of the characters in odd positions (A/0, B/1, ... Z).
IT_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14)
IT_ODD += (16, 10, 22, 25, 24, 23)


def it_cin(bban: str) -> str:
    total = 0
    for i, ch in enumerate(bban):
        val = int(ch) if ch.isdigit() else ord(ch) - 65
        total += IT_ODD[val] if i % 2 == 0 else val
    return chr(65 + total % 26)


def iban_it(r: R) -> str:
    rest = r.choice(["03069", "02008", "05034"]) + rnd(r, DIG, 5) + rnd(r, DIG, 12)
    return with_check("IT", it_cin(rest) + rest)


def iban_nl(r: R) -> str:
    return with_check(
        "NL", r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ"]) + rnd(r, DIG, 10)
    )


def pl_nrb_iban(r: R) -> str:
    head = r.choice(["1020", "1090", "1140", "1050", "2490"]) + rnd(r, DIG, 3)
    s = sum(int(c) * k for c, k in zip(head, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return with_check("PL", head + str((10 - s % 10) % 10) + rnd(r, DIG, 16))


def pl_nrb(r: R) -> str:
    v = pl_nrb_iban(r)[2:]
    return v[:2] + " " + " ".join(v[i : i + 4] for i in range(2, 26, 4))


def fmt_iban(make: Maker, style: str = "space") -> Maker:
    def draw(r: R) -> str:
        v = make(r)
        if style == "space":
            return spaced4(v)
        if style == "lower":
            return spaced4(v).lower()
        if style == "dash":
            return "-".join(v[i : i + 4] for i in range(0, len(v), 4))
        if style == "dot":
            return ".".join(v[i : i + 4] for i in range(0, len(v), 4))
        return v

    return draw


def sort_code(r: R) -> str:
    return f"{r.randint(10, 99)}-{rnd(r, DIG, 2)}-{rnd(r, DIG, 2)}"


def us_routing(r: R) -> str:
    return until(digits(9, "0123"), us_rtn.is_valid)(r)


def acct(n: int) -> Maker:
    return digits(n, "123456789")


# ---------------------------------------------------------------- phones

PNT = phonenumbers.PhoneNumberType


def phone(region: str, style: str = "intl", mobile: bool = True, prefix: str = "") -> Maker:
    """A valid number of `region` (national significant number starting with `prefix`, or
    with the first digit of the library's example), written in `style`."""
    wanted = PNT.MOBILE if mobile else PNT.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, wanted)
    nsn = phonenumbers.national_significant_number(example)
    head = prefix or nsn[:1]

    def draw(r: R) -> str:
        for _ in range(10000):
            cand = head + rnd(r, DIG, len(nsn) - len(head))
            num = phonenumbers.parse("+" + str(example.country_code) + cand)
            if not phonenumbers.is_valid_number(num):
                continue
            if phonenumbers.number_type(num) not in (wanted, PNT.FIXED_LINE_OR_MOBILE):
                continue
            intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            if style == "intl":
                return intl
            if style == "nat":
                return nat
            if style == "e164":
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if style == "00":
                return "00" + intl[1:]
            if style == "dots":
                return re.sub(r"[ \-]+", ".", re.sub(r"[()]", "", nat))
            if style == "dashes":
                return re.sub(r"[ .]", "-", intl)
            if style == "bare":
                return re.sub(r"\D", "", nat)
            if style == "paren":  # +49 (0)151 ...
                cc = str(example.country_code)
                return f"+{cc} (0){intl[len(cc) + 2 :]}"
            raise ValueError(style)
        raise RuntimeError(f"no valid phone for {region}")

    return draw


# ---------------------------------------------------------------- clean fillers


def version(r: R) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"


def order_spaced(r: R) -> str:
    return grouped(rnd(r, DIG, 12), (4, 4, 4))


def ean13(r: R) -> str:
    body = r.choice(["400", "300", "800", "840", "590", "870"]) + rnd(r, DIG, 9)
    return body + ean.calc_check_digit(body)


def ticket(r: R) -> str:
    return str(r.randint(10000, 99999))


def ups(r: R) -> str:
    return "1Z" + rnd(r, UP + DIG, 16)


def post_track(r: R) -> str:
    return rnd(r, UP, 2) + rnd(r, DIG, 9) + r.choice(["DE", "FR", "NL", "PL", "IT", "ES", "GB"])


def ref(prefix: str, n: int = 6) -> Maker:
    return lambda r: prefix + rnd(r, DIG, n)


def money(r: R) -> str:
    return f"{r.randint(3, 480)},{r.choice(['00', '99', '49', '90', '50'])}"


def money_dot(r: R) -> str:
    return f"{r.randint(3, 480)}.{r.choice(['00', '99', '49', '90', '50'])}"


def date_dot(r: R) -> str:
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026"


def date_slash(r: R) -> str:
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"


def clock(r: R) -> str:
    return f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45'])}"


def hexref(r: R) -> str:
    return rnd(r, "ABCDEF" + DIG, 6)


# ---------------------------------------------------------------- templates


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

EN = [
    t(
        CR,
        "after",
        "{a} is my password, I just changed it",
        a=("PASSWORD", pw("Lighthouse", "Pineapple", "Waterfall")),
    ),
    t(CR, "paren", "card blocked after 3 tries (pin {a}), can you reset it", a=("PIN", digits(4))),
    t(
        CR,
        "typo",
        "my pasword is {a} and it still says wrong",
        a=("PASSWORD", pw("Bluebird", "Marmalade", "Sunset")),
    ),
    t(CR, "lone", "{a}", a=("OTP", digits(6))),
    t(CR, "before", "here's the api key that leaked: {a}", a=("API_KEY", ghp)),
    t(
        CR,
        "split",
        "wifi password for the router is\n{a}",
        a=("PASSWORD", pw_plain("kettle", "pumpkin", "harbour")),
    ),
    t(CR, "after", "{a} was the security code on the back, is that right?", a=("CVV", digits(3))),
    t(
        CR,
        "before",
        "mother's maiden name answer: {a}",
        a=("SECURITY_ANSWER", pick("Whitfield", "Abernathy", "Pemberton")),
    ),
    t(CR, "group", "backup codes: {a} {b}", a=("OTP", backup), b=("OTP", backup)),
    t(ID, "after", "{a} is my national insurance number", a=("UK_NINO", gb_nino)),
    t(
        ID,
        "paren",
        "I gave them my SSN ({a}) over the phone, was that a scam?",
        a=("US_SSN", us_ssn_v),
    ),
    t(ID, "lone", "{a}", a=("UK_NHS", gb_nhs_v)),
    t(ID, "typo", "my UTR nuber is {a} for the self assessment", a=("UK_UTR", gb_utr_v)),
    t(
        ID,
        "lower",
        "pps no. {a} - for the irish account",
        a=("IE_PPS", lambda r: ie_pps_v(r).lower()),
    ),
    t(ID, "split", "social security\n{a}", a=("US_SSN", us_ssn_v)),
    t(ID, "before", "reg plate is {a}, the car is parked outside", a=("LICENSE_PLATE", gb_plate)),
    t(ID, "mixed", "my personnummer is {a}, I moved from Sweden", a=("SE_PERSONNUMMER", se_pnr_v)),
    t(ID, "group", "NI: {a}", a=("UK_NINO", lambda r: gb_nino(r).replace(" ", "-"))),
    t(AC, "after", "{a} is the IBAN you should refund to", a=("IBAN_CODE", fmt_iban(iban_gb))),
    t(
        AC,
        "before",
        "sort code {a} account {b}",
        a=("UK_SORT_CODE", sort_code),
        b=("BANK_ACCOUNT", acct(8)),
    ),
    t(
        AC,
        "paren",
        "wire it to my US account (routing {a}, acct {b})",
        a=("US_ROUTING", us_routing),
        b=("BANK_ACCOUNT", acct(10)),
    ),
    t(AC, "split", "iban:\n{a}", a=("IBAN_CODE", split2(fmt_iban(iban_ie), 14))),
    t(AC, "lone", "{a}", a=("IBAN_CODE", fmt_iban(iban_gb, "none"))),
    t(
        AC,
        "before",
        "online banking username: {a}",
        a=("USERNAME", pick("jwhitfield84", "sarah.k.mills", "tomb_1979")),
    ),
    t(AC, "lower", "refund to {a} please", a=("IBAN_CODE", fmt_iban(iban_gb, "lower"))),
    t(
        PH,
        "after",
        "{a} is my mobile, text me when it ships",
        a=("PHONE_NUMBER", phone("GB", "nat")),
    ),
    t(PH, "paren", "call me back (mob {a}) after 5", a=("PHONE_NUMBER", phone("GB", "intl"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("US", "nat"))),
    t(PH, "group", "my number is {a}", a=("PHONE_NUMBER", phone("US", "dots"))),
    t(PH, "typo", "phoen number {a}", a=("PHONE_NUMBER", phone("IE", "nat"))),
    t(PH, "split", "reach me on\n{a}", a=("PHONE_NUMBER", phone("GB", "e164"))),
    t(PH, "before", "landline: {a}", a=("PHONE_NUMBER", phone("GB", "nat", mobile=False))),
    c("cred-word", "my password reset link expired again"),
    c("cred-word", "The PIN pad at the till is broken"),
    c("ref", "order number {a} never arrived", a=order_spaced),
    c("id-word", "IBAN field is empty on the payment page"),
    c("code", "the code 404 again when I open my account"),
    c("id-word", "passport photo size 35x45, does it need a white background?"),
    c("amount", "my account was charged £{a} twice", a=money_dot),
    c("ref", "ticket #{a} for my card", a=ticket),
    c("product", "SKU {a} is out of stock", a=ean13),
    c("cred-word", "the 6-digit code never arrived"),
    c("version", "version {a} of the banking app keeps crashing", a=version),
    c("hotline", "I rang your call centre on 0800 123 456 and waited 40 minutes"),
    c("datetime", "delivery slot {a} between {b} and 18:00", a=date_slash, b=clock),
    c("tracking", "tracking {a} shows delivered but nothing here", a=ups),
    c("lone-ref", "#{a}", a=ticket),
    c("place", "Is the Manchester store on Market Street open Sunday?"),
    c("person", "Saw Taylor Swift merch in the app, is it official?"),
    c("travel", "Flight BA{a} seat 14C, booked with my card", a=lambda r: str(r.randint(100, 999))),
]

DE = [
    t(
        CR,
        "after",
        "{a} ist mein Passwort, geht trotzdem nicht",
        a=("PASSWORD", pw("Sonnenblume", "Apfelbaum", "Wolkenkratzer")),
    ),
    t(CR, "typo", "meine PNI ist {a}", a=("PIN", digits(4))),
    t(CR, "lone", "{a}", a=("TAN", digits(6))),
    t(CR, "paren", "Die TAN ({a}) kam zu spät an", a=("TAN", digits(6))),
    t(
        CR,
        "before",
        "Das WLAN-Passwort lautet {a}",
        a=("PASSWORD", pw_plain("fritzbox", "tulpenweg", "brezel")),
    ),
    t(CR, "split", "Kennwort:\n{a}", a=("PASSWORD", pw("Kaffeetasse", "Gartenzwerg"))),
    t(CR, "mixed", "mein security code ist {a}", a=("CVV", digits(3))),
    t(CR, "before", "Der Token aus GitLab: {a}", a=("API_KEY", glpat)),
    t(CR, "group", "Bestätigungscode {a}", a=("OTP", otp_spaced)),
    t(ID, "after", "{a} ist meine Steuer-ID", a=("DE_STEUER_ID", de_steuer)),
    t(ID, "typo", "Persoausweisnummer {a}", a=("DE_AUSWEIS", de_ausweis)),
    t(ID, "lone", "{a}", a=("DE_KVNR", de_kvnr)),
    t(ID, "group", "Steuer-IdNr {a}", a=("DE_STEUER_ID", fmt(de_steuer, (2, 3, 3, 3)))),
    t(ID, "paren", "Ich (Versichertennummer {a}) bin bei der TK", a=("DE_KVNR", de_kvnr)),
    t(ID, "before", "Kennzeichen {a}, wurde abgeschleppt", a=("LICENSE_PLATE", de_plate)),
    t(ID, "mixed", "meine österreichische SV-Nummer ist {a}", a=("AT_SVNR", at_svnr)),
    t(ID, "before", "AHV-Nummer {a} aus der Schweiz", a=("CH_AHV", ch_ahv)),
    t(ID, "lower", "ausweis nr {a}", a=("DE_AUSWEIS", lower(de_ausweis))),
    t(AC, "after", "{a} ist meine IBAN", a=("IBAN_CODE", fmt_iban(iban_de))),
    t(AC, "split", "Bitte überweisen auf\n{a}", a=("IBAN_CODE", split2(fmt_iban(iban_de), 15))),
    t(AC, "lone", "{a}", a=("IBAN_CODE", fmt_iban(iban_de, "none"))),
    t(AC, "typo", "IBNA: {a}", a=("IBAN_CODE", fmt_iban(iban_at))),
    t(AC, "lower", "konto {a} bitte", a=("IBAN_CODE", fmt_iban(iban_de, "lower"))),
    t(
        AC,
        "before",
        "Benutzername fürs Onlinebanking: {a}",
        a=("USERNAME", pick("mueller_k77", "j.schneider84", "anna.w1990")),
    ),
    t(
        AC,
        "paren",
        "Rückzahlung bitte an mich (IBAN {a})",
        a=("IBAN_CODE", fmt_iban(iban_de, "dash")),
    ),
    t(PH, "after", "{a} ist meine Handynummer", a=("PHONE_NUMBER", phone("DE", "nat"))),
    t(PH, "paren", "Rückruf bitte ({a})", a=("PHONE_NUMBER", phone("DE", "paren"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("DE", "bare"))),
    t(PH, "typo", "Telfonnummer {a}", a=("PHONE_NUMBER", phone("AT", "intl"))),
    t(PH, "group", "erreichbar unter {a}", a=("PHONE_NUMBER", phone("DE", "00"))),
    t(PH, "split", "meine Nummer:\n{a}", a=("PHONE_NUMBER", phone("CH", "nat"))),
    t(PH, "before", "Festnetz {a}", a=("PHONE_NUMBER", phone("DE", "nat", mobile=False))),
    c("cred-word", "Der Link zum Zurücksetzen des Passworts ist abgelaufen"),
    c("cred-word", "PIN-Brief nie bekommen, was jetzt?"),
    c("ref", "Bestellnummer {a} fehlt noch", a=order_spaced),
    c("amount", "Mir wurden {a} € doppelt abgebucht", a=money),
    c("id-word", "Das Feld IBAN lässt sich nicht ausfüllen"),
    c("code", "Fehler 503 beim Login seit heute morgen"),
    c("datetime", "Termin am {a} um {b} Uhr passt mir", a=date_dot, b=clock),
    c("hotline", "Ihre Hotline 0800 330 1000 ist dauerbesetzt"),
    c("version", "App-Version {a} auf dem iPhone, Face ID geht nicht", a=version),
    c("tracking", "Sendungsnummer {a}, wo ist das Paket?", a=post_track),
    c("product", "Artikel {a} ist defekt angekommen", a=ean13),
    c("place", "Ist die Filiale in Köln am Neumarkt noch offen?"),
    c("lone-ref", "ORD-2026-{a}", a=lambda r: rnd(r, DIG, 4)),
    c("percent", "Der Zinssatz ist von 3,5 % auf 4,1 % gestiegen"),
    c("sentence-start", "Karte gesperrt, Konto aber noch aktiv?"),
    c(
        "travel",
        "ICE {a} hatte 50 Minuten Verspätung, Wagen 12 Platz 45",
        a=lambda r: str(r.randint(500, 1999)),
    ),
    c("person", "Hat Angela Merkel wirklich Werbung für euch gemacht?"),
    c("id-word", "Reisepass abgelaufen, kann ich mich trotzdem verifizieren?"),
]

FR = [
    t(
        CR,
        "after",
        "{a} c'est mon mot de passe",
        a=("PASSWORD", pw("Papillon", "Tournesol", "Croissant")),
    ),
    t(
        CR,
        "typo",
        "mon mot de pase est {a}",
        a=("PASSWORD", pw_plain("marseille", "chaton", "baguette")),
    ),
    t(CR, "lone", "{a}", a=("OTP", otp_spaced)),
    t(CR, "paren", "le cryptogramme ({a}) est effacé sur la carte", a=("CVV", digits(3))),
    t(CR, "before", "code confidentiel {a}", a=("PIN", digits(4))),
    t(CR, "split", "mdp wifi :\n{a}", a=("PASSWORD", pw_plain("livebox", "freebox", "soleil"))),
    t(CR, "before", "ma clé Stripe en prod : {a}", a=("API_KEY", stripe_sk)),
    t(CR, "mixed", "le backup code c'est {a}", a=("OTP", backup)),
    t(
        CR,
        "before",
        "réponse secrète : {a}",
        a=("SECURITY_ANSWER", pick("Minouche", "Rantanplan", "Caramel")),
    ),
    t(ID, "after", "{a} c'est mon numéro de sécu", a=("FR_NIR", fr_nir_spaced)),
    t(ID, "paren", "numéro fiscal ({a}) sur ma déclaration", a=("FR_NIF", fr_fiscal)),
    t(ID, "lone", "{a}", a=("FR_NIR", fr_nir_v)),
    t(ID, "typo", "numéro de pasport {a}", a=("FR_PASSPORT", fr_passport)),
    t(ID, "before", "immatriculation {a}, voiture de location", a=("LICENSE_PLATE", fr_plate)),
    t(ID, "mixed", "mon numéro de registre national belge est {a}", a=("BE_NN", be_nn_v)),
    t(ID, "split", "numéro de sécurité sociale\n{a}", a=("FR_NIR", split2(fr_nir_spaced, 7))),
    t(ID, "group", "NIR {a}", a=("FR_NIR", fmt(fr_nir_v, (1, 4, 4, 4, 2), "."))),
    t(ID, "lower", "passeport n° {a}", a=("FR_PASSPORT", lower(fr_passport))),
    t(AC, "after", "{a} est mon IBAN", a=("IBAN_CODE", fmt_iban(iban_fr))),
    t(AC, "paren", "remboursez-moi (IBAN {a}) svp", a=("IBAN_CODE", fmt_iban(iban_fr, "none"))),
    t(AC, "lone", "{a}", a=("IBAN_CODE", fmt_iban(iban_be))),
    t(AC, "split", "mon RIB :\n{a}", a=("IBAN_CODE", split2(fmt_iban(iban_fr), 19))),
    t(AC, "typo", "ibna {a}", a=("IBAN_CODE", fmt_iban(iban_fr, "lower"))),
    t(
        AC,
        "before",
        "identifiant de connexion banque : {a}",
        a=("USERNAME", pick("mdupont75", "claire.martin.88", "julien_b13")),
    ),
    t(AC, "group", "virement sur {a}", a=("IBAN_CODE", fmt_iban(iban_fr, "dot"))),
    t(PH, "after", "{a} c'est mon portable", a=("PHONE_NUMBER", phone("FR", "nat"))),
    t(PH, "paren", "rappelez-moi ({a})", a=("PHONE_NUMBER", phone("FR", "intl"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("FR", "dots"))),
    t(PH, "typo", "mon numero de telehpone {a}", a=("PHONE_NUMBER", phone("FR", "bare"))),
    t(PH, "mixed", "mon phone c'est {a}", a=("PHONE_NUMBER", phone("BE", "intl"))),
    t(PH, "split", "joignable au\n{a}", a=("PHONE_NUMBER", phone("FR", "00"))),
    t(PH, "before", "fixe : {a}", a=("PHONE_NUMBER", phone("FR", "nat", mobile=False))),
    c("cred-word", "le lien de réinitialisation du mot de passe a expiré"),
    c("cred-word", "Le terminal PIN ne marche plus au magasin"),
    c("ref", "commande n° {a} jamais reçue", a=order_spaced),
    c("amount", "On m'a prélevé {a} € deux fois", a=money),
    c("id-word", "Le champ IBAN reste vide"),
    c("code", "encore l'erreur 500 sur mon espace client"),
    c("datetime", "rendez-vous le {a} à {b}", a=date_slash, b=clock),
    c("hotline", "le service client au 09 69 39 99 98 ne répond pas"),
    c("version", "version {a} de l'appli, Touch ID ne marche plus", a=version),
    c("tracking", "colis {a} bloqué au centre de tri", a=post_track),
    c("product", "référence {a} en rupture", a=ean13),
    c("place", "La boutique de Lyon Part-Dieu fait-elle les retours ?"),
    c("lone-ref", "A1B2C3"),
    c("percent", "Le taux est passé à 2,75 % ce mois-ci"),
    c(
        "travel",
        "TGV {a}, voiture 7 place 63, billet payé par carte",
        a=lambda r: str(r.randint(6000, 9999)),
    ),
    c("person", "Emmanuel Macron a parlé de votre banque à la télé"),
    c("id-word", "Photo d'identité refusée pour le passeport, pourquoi ?"),
    c("sentence-start", "Carte Bleue refusée chez Carrefour ce matin"),
]

ES = [
    t(CR, "after", "{a} es mi contraseña", a=("PASSWORD", pw("Mariposa", "Girasol", "Tortilla"))),
    t(
        CR,
        "typo",
        "mi contrasena es {a}",
        a=("PASSWORD", pw_plain("sevilla", "paella", "flamenco")),
    ),
    t(CR, "lone", "{a}", a=("PIN", digits(4))),
    t(CR, "paren", "el código de verificación ({a}) no funciona", a=("OTP", digits(6))),
    t(CR, "before", "el CVV es {a}", a=("CVV", digits(3))),
    t(
        CR,
        "split",
        "clave del wifi:\n{a}",
        a=("PASSWORD", pw_plain("movistar", "naranja", "casita")),
    ),
    t(CR, "before", "mi clave de AWS: {a}", a=("API_KEY", aws_akid)),
    t(CR, "mixed", "el password es {a}", a=("PASSWORD", pw("Gatito", "Montaña"))),
    t(
        CR,
        "before",
        "respuesta de seguridad: {a}",
        a=("SECURITY_ANSWER", pick("Valdepeñas", "Toby", "Escobedo")),
    ),
    t(ID, "after", "{a} es mi DNI", a=("ES_DNI", es_dni_v)),
    t(ID, "paren", "tengo NIE ({a}) pero no me deja registrar", a=("ES_NIE", es_nie_v)),
    t(ID, "lone", "{a}", a=("ES_DNI", es_dni_v)),
    t(ID, "typo", "mi DIN es {a}", a=("ES_DNI", es_dni_v)),
    t(
        ID,
        "group",
        "DNI {a}",
        a=("ES_DNI", lambda r: (lambda v: f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}")(es_dni_v(r))),
    ),
    t(ID, "before", "número de la Seguridad Social {a}", a=("ES_NSS", es_nss)),
    t(ID, "lower", "nie {a}", a=("ES_NIE", lower(es_nie_v))),
    t(ID, "before", "matrícula {a}, me multaron sin razón", a=("LICENSE_PLATE", es_plate)),
    t(ID, "mixed", "mi NIF portugués es {a}", a=("PT_NIF", pt_nif_v)),
    t(AC, "after", "{a} es mi cuenta", a=("IBAN_CODE", fmt_iban(iban_es))),
    t(AC, "paren", "devolución a mi IBAN ({a})", a=("IBAN_CODE", fmt_iban(iban_es, "none"))),
    t(AC, "lone", "{a}", a=("IBAN_CODE", fmt_iban(iban_es))),
    t(AC, "split", "mi IBAN\n{a}", a=("IBAN_CODE", split2(fmt_iban(iban_es), 10))),
    t(AC, "typo", "numero de cuneta {a}", a=("IBAN_CODE", fmt_iban(iban_es, "dash"))),
    t(
        AC,
        "before",
        "usuario de banca online: {a}",
        a=("USERNAME", pick("mgarcia_82", "lucia.fdez", "pperez1975")),
    ),
    t(AC, "lower", "iban {a}", a=("IBAN_CODE", fmt_iban(iban_es, "lower"))),
    t(PH, "after", "{a} es mi móvil", a=("PHONE_NUMBER", phone("ES", "nat"))),
    t(PH, "paren", "llámame ({a}) por la tarde", a=("PHONE_NUMBER", phone("ES", "intl"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("ES", "bare"))),
    t(PH, "typo", "mi telefno {a}", a=("PHONE_NUMBER", phone("ES", "nat"))),
    t(PH, "group", "contacto {a}", a=("PHONE_NUMBER", phone("ES", "dashes"))),
    t(PH, "split", "mi número:\n{a}", a=("PHONE_NUMBER", phone("MX", "intl"))),
    t(PH, "before", "fijo {a}", a=("PHONE_NUMBER", phone("ES", "nat", mobile=False, prefix="91"))),
    c("cred-word", "el enlace para restablecer la contraseña ha caducado"),
    c("cred-word", "El datáfono no lee el PIN"),
    c("ref", "pedido número {a} sin llegar", a=order_spaced),
    c("amount", "me cobraron {a} € dos veces", a=money),
    c("id-word", "el campo IBAN está vacío"),
    c("code", "me sale el error 401 otra vez"),
    c("datetime", "cita el {a} a las {b}", a=date_slash, b=clock),
    c("hotline", "llamé al 900 100 200 y nadie contesta"),
    c("version", "versión {a} de la app, no entra", a=version),
    c("tracking", "envío {a} parado en aduanas", a=post_track),
    c("product", "el artículo {a} llegó roto", a=ean13),
    c("place", "¿La tienda de Valencia en la calle Colón abre el domingo?"),
    c("lone-ref", "INC{a}", a=lambda r: rnd(r, DIG, 7)),
    c("percent", "El interés subió al 4,5 % TAE"),
    c(
        "travel",
        "vuelo IB{a} puerta B22, pagué con tarjeta",
        a=lambda r: str(r.randint(1000, 3999)),
    ),
    c("person", "¿Es verdad que Rafa Nadal es imagen del banco?"),
    c("id-word", "El DNI electrónico no lo reconoce el lector"),
    c("sentence-start", "Tarjeta bloqueada en Zara, ¿por qué?"),
]

IT = [
    t(CR, "after", "{a} è la mia password", a=("PASSWORD", pw("Girasole", "Farfalla", "Lasagna"))),
    t(CR, "typo", "la pasword è {a}", a=("PASSWORD", pw_plain("roma", "gattino", "pizzeria"))),
    t(CR, "lone", "{a}", a=("OTP", digits(6))),
    t(CR, "paren", "il PIN ({a}) non lo accetta più", a=("PIN", digits(5))),
    t(CR, "before", "codice di sicurezza della carta {a}", a=("CVV", digits(3))),
    t(CR, "split", "password del wifi:\n{a}", a=("PASSWORD", pw_plain("fastweb", "tim", "limone"))),
    t(CR, "before", "questo è il token Slack del bot: {a}", a=("API_KEY", slack_bot)),
    t(CR, "mixed", "il mio one-time code è {a}", a=("OTP", digits(6))),
    t(
        CR,
        "before",
        "risposta alla domanda segreta: {a}",
        a=("SECURITY_ANSWER", pick("Fufi", "Bianchini", "Portofino")),
    ),
    t(ID, "after", "{a} è il mio codice fiscale", a=("IT_FISCAL_CODE", it_cf_v)),
    t(ID, "paren", "partita IVA ({a}) sulla fattura", a=("IT_VAT", it_piva)),
    t(ID, "lone", "{a}", a=("IT_FISCAL_CODE", it_cf_v)),
    t(ID, "typo", "codice fsicale {a}", a=("IT_FISCAL_CODE", it_cf_v)),
    t(ID, "lower", "cf {a}", a=("IT_FISCAL_CODE", lower(it_cf_v))),
    t(ID, "before", "carta d'identità n. {a}", a=("IT_CIE", it_cie)),
    t(ID, "group", "CF: {a}", a=("IT_FISCAL_CODE", fmt(it_cf_v, (6, 5, 5)))),
    t(ID, "before", "targa {a}, l'auto è in officina", a=("LICENSE_PLATE", it_plate)),
    t(ID, "split", "il mio codice fiscale\n{a}", a=("IT_FISCAL_CODE", split2(it_cf_v, 8))),
    t(AC, "after", "{a} è il mio IBAN", a=("IBAN_CODE", fmt_iban(iban_it))),
    t(AC, "paren", "rimborso sul conto (IBAN {a})", a=("IBAN_CODE", fmt_iban(iban_it, "none"))),
    t(AC, "lone", "{a}", a=("IBAN_CODE", fmt_iban(iban_it))),
    t(AC, "split", "accredito su\n{a}", a=("IBAN_CODE", split2(fmt_iban(iban_it), 20))),
    t(AC, "typo", "ibam {a}", a=("IBAN_CODE", fmt_iban(iban_it, "lower"))),
    t(
        AC,
        "before",
        "nome utente home banking: {a}",
        a=("USERNAME", pick("g.rossi81", "bianchi_marta", "luca.esposito90")),
    ),
    t(AC, "group", "bonifico su {a}", a=("IBAN_CODE", fmt_iban(iban_it, "dash"))),
    t(PH, "after", "{a} è il mio cellulare", a=("PHONE_NUMBER", phone("IT", "nat"))),
    t(PH, "paren", "richiamatemi ({a})", a=("PHONE_NUMBER", phone("IT", "intl"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("IT", "bare"))),
    t(PH, "typo", "numero di telfono {a}", a=("PHONE_NUMBER", phone("IT", "e164"))),
    t(PH, "group", "il mio numero è {a}", a=("PHONE_NUMBER", phone("IT", "dots"))),
    t(PH, "split", "contattatemi al\n{a}", a=("PHONE_NUMBER", phone("IT", "00"))),
    t(PH, "before", "fisso {a}", a=("PHONE_NUMBER", phone("IT", "nat", mobile=False))),
    c("cred-word", "il link per reimpostare la password è scaduto"),
    c("cred-word", "Il lettore PIN del negozio è rotto"),
    c("ref", "ordine numero {a} mai arrivato", a=order_spaced),
    c("amount", "mi hanno addebitato {a} € due volte", a=money),
    c("id-word", "Il campo IBAN è vuoto nel modulo"),
    c("code", "di nuovo errore 404 sull'app"),
    c("datetime", "appuntamento il {a} alle {b}", a=date_slash, b=clock),
    c("hotline", "il numero verde 800 123 456 non risponde"),
    c("version", "versione {a} dell'app, lo SPID non funziona", a=version),
    c("tracking", "spedizione {a} ferma da giorni", a=post_track),
    c("product", "codice articolo {a} difettoso", a=ean13),
    c("place", "Il punto vendita di Milano in via Torino fa i resi?"),
    c("lone-ref", "PRT-{a}", a=lambda r: rnd(r, DIG, 5)),
    c("percent", "Il tasso è salito al 3,9 %"),
    c("travel", "Frecciarossa {a}, carrozza 8 posto 12A", a=lambda r: str(r.randint(9500, 9699))),
    c("person", "Ho visto Sergio Mattarella nella vostra pubblicità?"),
    c("id-word", "La tessera sanitaria è scaduta, cosa devo fare?"),
    c("sentence-start", "Bancomat trattenuto dallo sportello a Napoli"),
]

NL = [
    t(
        CR,
        "after",
        "{a} is mijn wachtwoord",
        a=("PASSWORD", pw("Tulpenveld", "Stroopwafel", "Windmolen")),
    ),
    t(
        CR,
        "typo",
        "wachtwoors is {a}",
        a=("PASSWORD", pw_plain("fietsbel", "kaasplank", "grachten")),
    ),
    t(CR, "lone", "{a}", a=("OTP", digits(6))),
    t(CR, "paren", "pincode ({a}) geblokkeerd na drie keer", a=("PIN", digits(4))),
    t(CR, "before", "de beveiligingscode op de achterkant is {a}", a=("CVV", digits(3))),
    t(CR, "split", "wifi wachtwoord:\n{a}", a=("PASSWORD", pw_plain("ziggo", "kpnthuis", "molen"))),
    t(CR, "before", "mijn OpenAI key: {a}", a=("API_KEY", openai_proj)),
    t(CR, "mixed", "mijn password is {a}", a=("PASSWORD", pw("Appeltaart", "Hagelslag"))),
    t(CR, "group", "herstelcodes {a} en {b}", a=("OTP", backup), b=("OTP", backup)),
    t(ID, "after", "{a} is mijn BSN", a=("NL_BSN", nl_bsn_v)),
    t(ID, "paren", "burgerservicenummer ({a}) staat op mijn pas", a=("NL_BSN", nl_bsn_v)),
    t(ID, "lone", "{a}", a=("NL_BSN", nl_bsn_v)),
    t(ID, "typo", "bsn nummmer {a}", a=("NL_BSN", nl_bsn_v)),
    t(ID, "group", "BSN {a}", a=("NL_BSN", fmt(nl_bsn_v, (4, 2, 3), "."))),
    t(ID, "before", "documentnummer paspoort {a}", a=("NL_PASSPORT", nl_doc)),
    t(ID, "lower", "id-kaart {a}", a=("NL_ID_CARD", lower(nl_doc))),
    t(ID, "before", "kenteken {a}, auto staat in de garage", a=("LICENSE_PLATE", nl_plate)),
    t(ID, "mixed", "mijn Belgisch rijksregisternummer is {a}", a=("BE_NN", be_nn_v)),
    t(AC, "after", "{a} is mijn rekeningnummer", a=("IBAN_CODE", fmt_iban(iban_nl))),
    t(AC, "paren", "terugstorten (IBAN {a}) graag", a=("IBAN_CODE", fmt_iban(iban_nl, "none"))),
    t(AC, "lone", "{a}", a=("IBAN_CODE", fmt_iban(iban_nl, "none"))),
    t(AC, "split", "mijn iban\n{a}", a=("IBAN_CODE", split2(fmt_iban(iban_nl), 10))),
    t(AC, "typo", "rekeningnumer {a}", a=("IBAN_CODE", fmt_iban(iban_nl, "lower"))),
    t(
        AC,
        "before",
        "gebruikersnaam internetbankieren: {a}",
        a=("USERNAME", pick("jdevries82", "sanne.bakker", "pieter_j1979")),
    ),
    t(AC, "mixed", "Belgische rekening {a}", a=("IBAN_CODE", fmt_iban(iban_be))),
    t(PH, "after", "{a} is mijn mobiele nummer", a=("PHONE_NUMBER", phone("NL", "nat"))),
    t(PH, "paren", "bel me terug ({a})", a=("PHONE_NUMBER", phone("NL", "intl"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("NL", "bare"))),
    t(PH, "typo", "telefoonumer {a}", a=("PHONE_NUMBER", phone("NL", "dashes"))),
    t(PH, "group", "mijn nummer {a}", a=("PHONE_NUMBER", phone("NL", "00"))),
    t(PH, "split", "bereikbaar op\n{a}", a=("PHONE_NUMBER", phone("BE", "nat"))),
    t(PH, "before", "vast nummer {a}", a=("PHONE_NUMBER", phone("NL", "nat", mobile=False))),
    c("cred-word", "de link om mijn wachtwoord te resetten is verlopen"),
    c("cred-word", "De pinautomaat bij de kassa doet het niet"),
    c("ref", "bestelnummer {a} nog niet ontvangen", a=order_spaced),
    c("amount", "er is twee keer € {a} afgeschreven", a=money),
    c("id-word", "het IBAN-veld blijft leeg"),
    c("code", "weer foutcode 404 in de app"),
    c(
        "datetime",
        "afspraak op {a} om {b}",
        a=lambda r: f"{r.randint(1, 28)}-{r.randint(1, 12)}-2026",
        b=clock,
    ),
    c("hotline", "klantenservice 0800 0230 neemt niet op"),
    c("version", "versie {a} van de app, DigiD werkt niet", a=version),
    c(
        "tracking",
        "track & trace {a} staat stil",
        a=lambda r: "3S" + rnd(r, UP, 4) + rnd(r, DIG, 9),
    ),
    c("product", "artikelnummer {a} is kapot", a=ean13),
    c("place", "Is de winkel in Utrecht op de Oudegracht open?"),
    c("lone-ref", "{a}", a=hexref),
    c("percent", "De rente ging van 2,1% naar 2,6%"),
    c("travel", "Intercity naar Amsterdam om {a}, spoor 5b", a=clock),
    c("person", "Klopt het dat Max Verstappen reclame maakt voor jullie?"),
    c("id-word", "Mijn paspoort verloopt volgende maand, moet ik iets doen?"),
    c("sentence-start", "Pinpas kwijt in Rotterdam, graag blokkeren"),
]

PL = [
    t(CR, "after", "{a} to moje hasło", a=("PASSWORD", pw("Truskawka", "Pierogi", "Wawel"))),
    t(CR, "typo", "hsało {a}", a=("PASSWORD", pw_plain("krakow", "kotek", "zubrowka"))),
    t(CR, "lone", "{a}", a=("BLIK", digits(6))),
    t(CR, "paren", "kod BLIK ({a}) wygasł", a=("BLIK", digits(6))),
    t(CR, "before", "PIN do karty to {a}", a=("PIN", digits(4))),
    t(CR, "split", "hasło do wifi:\n{a}", a=("PASSWORD", pw_plain("orange", "upc", "domek"))),
    t(CR, "before", "klucz Google API: {a}", a=("API_KEY", google_api)),
    t(CR, "mixed", "mój password to {a}", a=("PASSWORD", pw("Sloneczko", "Bursztyn"))),
    t(CR, "lower", "kod cvv {a}", a=("CVV", digits(3))),
    t(ID, "after", "{a} to mój PESEL", a=("PL_PESEL", pl_pesel_v)),
    t(ID, "paren", "NIP ({a}) na fakturze", a=("PL_NIP", fmt(pl_nip_v, (3, 3, 2, 2), "-"))),
    t(ID, "lone", "{a}", a=("PL_PESEL", pl_pesel_v)),
    t(ID, "typo", "pesle {a}", a=("PL_PESEL", pl_pesel_v)),
    t(ID, "before", "numer dowodu {a}", a=("PL_ID_CARD", pl_dowod)),
    t(ID, "lower", "dowód osobisty {a}", a=("PL_ID_CARD", lower(pl_dowod))),
    t(ID, "before", "REGON firmy {a}", a=("PL_REGON", pl_regon_v)),
    t(ID, "before", "nr rejestracyjny {a}, auto na parkingu", a=("LICENSE_PLATE", pl_plate)),
    t(ID, "mixed", "mój duński CPR {a}", a=("DK_CPR", dk_cpr_v)),
    t(AC, "after", "{a} to mój numer konta", a=("PL_NRB", pl_nrb)),
    t(AC, "paren", "zwrot na konto ({a})", a=("IBAN_CODE", fmt_iban(pl_nrb_iban, "none"))),
    t(AC, "lone", "{a}", a=("PL_NRB", lambda r: pl_nrb(r).replace(" ", ""))),
    t(AC, "split", "nr konta:\n{a}", a=("PL_NRB", split2(pl_nrb, 17))),
    t(AC, "typo", "numer knota {a}", a=("PL_NRB", pl_nrb)),
    t(
        AC,
        "before",
        "login do bankowości: {a}",
        a=("USERNAME", pick("jkowalski84", "anna.nowak92", "piotr_w1980")),
    ),
    t(AC, "group", "przelew na {a}", a=("IBAN_CODE", fmt_iban(pl_nrb_iban, "dash"))),
    t(PH, "after", "{a} to mój numer", a=("PHONE_NUMBER", phone("PL", "nat"))),
    t(PH, "paren", "proszę o telefon ({a})", a=("PHONE_NUMBER", phone("PL", "intl"))),
    t(PH, "lone", "{a}", a=("PHONE_NUMBER", phone("PL", "bare"))),
    t(PH, "typo", "numer telfonu {a}", a=("PHONE_NUMBER", phone("PL", "dashes"))),
    t(PH, "group", "kom. {a}", a=("PHONE_NUMBER", phone("PL", "00"))),
    t(PH, "split", "mój numer:\n{a}", a=("PHONE_NUMBER", phone("PL", "e164"))),
    t(PH, "before", "stacjonarny {a}", a=("PHONE_NUMBER", phone("PL", "nat", mobile=False))),
    c("cred-word", "link do resetu hasła wygasł"),
    c("cred-word", "Terminal nie przyjmuje PIN-u w sklepie"),
    c("ref", "zamówienie nr {a} nie dotarło", a=order_spaced),
    c("amount", "pobrano mi {a} zł dwa razy", a=money),
    c("id-word", "pole IBAN jest puste"),
    c("code", "znowu błąd 500 w aplikacji"),
    c("datetime", "wizyta {a} o {b}", a=date_dot, b=clock),
    c("hotline", "infolinia 801 300 800 nie odpowiada"),
    c("version", "wersja {a} aplikacji, BLIK nie działa", a=version),
    c("tracking", "przesyłka {a} utknęła w sortowni", a=lambda r: rnd(r, DIG, 24)),
    c("product", "produkt {a} przyszedł uszkodzony", a=ean13),
    c("place", "Czy sklep w Gdańsku na Długiej jest otwarty?"),
    c("lone-ref", "ZAM/{a}/2026", a=lambda r: rnd(r, DIG, 5)),
    c("percent", "Oprocentowanie wzrosło do 7,2%"),
    c("travel", "pociąg IC {a}, wagon 9 miejsce 41", a=lambda r: str(r.randint(1000, 8999))),
    c("person", "Czy Robert Lewandowski naprawdę reklamuje wasz bank?"),
    c("id-word", "Zdjęcie do dowodu osobistego nie przechodzi weryfikacji"),
    c("sentence-start", "Karta zablokowana w Biedronce, co robić?"),
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
                "id": f"p8-{lang}-{SHORT[tpl.category]}-{n:02d}",
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
