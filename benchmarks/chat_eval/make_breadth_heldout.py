"""Build the held-out chat breadth set of issue 16 (``data/chat_breadth_heldout_v1.jsonl``).

Written by an evaluator who had not read the recognizers nor the rule author's own set
(``chat_breadth.jsonl``). Messages are hand-written support-chat lines in seven languages;
the personal values in them are generated here, seeded, with valid check digits wherever
the scheme has one (python-stdnum validates every one of them), so the file can be rebuilt
byte for byte::

    python benchmarks/chat_eval/make_breadth_heldout.py            # writes the file
    python benchmarks/chat_eval/make_breadth_heldout.py --check    # compares with the file

Gold spans are the personal values only: a bank's sort code, routing number or BLZ
(which name a branch, not a person) stay unannotated next to the account number. In a
template every ``§`` is replaced, in order, by the next ``(label, value)``; the span
offsets are computed while filling and checked again afterwards. Secrets, tokens and keys
are random strings in well-known shapes, never real ones.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_heldout_v1.jsonl"
SEED = 16_2026
MARK = "§"

rng = random.Random(SEED)


# ---------------------------------------------------------------- random helpers
def digits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def until(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(100_000):
        cand = make()
        if valid(cand):
            return cand
    raise RuntimeError("no valid value found")


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---------------------------------------------------------------- IDs (valid check digits)
def ssn() -> str:
    return until(
        lambda: f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
        us_ssn.is_valid,
    )


def itin() -> str:
    return until(
        lambda: f"9{digits(2)}{rng.choice([70, 71, 78, 83, 88, 90, 94, 99])}{digits(4)}",
        us_itin.is_valid,
    )


def nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            return p + digits(6) + rng.choice("ABCD")


def nhs() -> str:
    return until(lambda: digits(10, True), gb_nhs.is_valid)


def steuer_id() -> str:
    def make() -> str:
        ds = rng.sample("0123456789", 9)  # nine distinct digits, one of them twice
        body = [*ds, rng.choice(ds)]
        rng.shuffle(body)
        return "".join(body) + str(rng.randint(0, 9))

    return until(make, lambda v: v[0] != "0" and de_idnr.is_valid(v))


def kvnr() -> str:
    """German health insurance number (Krankenversichertennummer): letter, 8 digits, check."""
    letter = rng.choice("ABFHKMSTW")
    body = digits(8)
    expanded = f"{ord(letter) - 64:02d}" + body
    total = sum(sum(divmod(int(c) * (1 if k % 2 == 0 else 2), 10)) for k, c in enumerate(expanded))
    return letter + body + str(total % 10)


def es_nss() -> str:
    """Spanish social security number: province(2) number(8) check(2) = mod 97."""
    body = rng.choice(["28", "08", "41", "46"]) + digits(8)
    return f"{body[:2]} {body[2:]} {int(body) % 97:02d}"


def fr_tax() -> str:
    body = rng.choice("0123") + digits(9)
    return body + f"{int(body) % 511:03d}"


def pl_id_card() -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    rest = digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
    return f"{letters} {check}{rest}"


def uk_licence() -> str:
    surname = rng.choice(["MORGA", "SMITH", "JONES", "PATEL", "WILLI"])
    decade = rng.randint(5, 9)
    month = rng.randint(1, 12) + rng.choice([0, 50])
    day, year = rng.randint(1, 28), rng.randint(0, 9)
    initials = alnum(2, string.ascii_uppercase)
    return (
        f"{surname}{decade}{month:02d}{day:02d}{year}{initials}9{alnum(2, string.ascii_uppercase)}"
    )


def rvnr() -> str:
    """German Rentenversicherungsnummer: area(2) birthdate(6) initial serial(2) check."""
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    area = rng.choice(["12", "13", "15", "23", "24", "25", "53", "65"])
    birth = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(55, 99):02d}"
    letter = rng.choice("ABDHKMSW")
    serial = f"{rng.randint(0, 49):02d}"
    expanded = area + birth + f"{ord(letter) - 64:02d}" + serial
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(expanded, weights, strict=True))
    return area + birth + letter + serial + str(total % 10)


def nir() -> str:
    def make() -> str:
        sex, year, month = rng.choice("12"), rng.randint(55, 99), rng.randint(1, 12)
        dept = rng.choice(["75", "69", "13", "33", "59", "67"])
        body = f"{sex}{year:02d}{month:02d}{dept}{digits(3)}{digits(3)}"
        return body + fr_nir.calc_check_digits(body)

    return until(make, fr_nir.is_valid)


def dni() -> str:
    body = digits(8, True)
    return body + es_dni.calc_check_digit(body)


def nie() -> str:
    body = rng.choice("XYZ") + digits(7)
    return body + es_nie.calc_check_digit(body)


def codice_fiscale() -> str:
    cons = "BCDFGHLMNPRSTVZ"
    body = (
        "".join(rng.choice(cons) for _ in range(3))
        + "".join(rng.choice(cons) for _ in range(3))
        + f"{rng.randint(55, 99):02d}"
        + rng.choice("ABCDEHLMPRST")
        + f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}"
        + rng.choice(["H501", "F205", "L219", "G273", "A944", "D612"])
    )
    return body + it_cf.calc_check_digit(body)


def bsn() -> str:
    return until(lambda: digits(9, True), nl_bsn.is_valid)


def pesel() -> str:
    def make() -> str:
        y = rng.randint(55, 99)
        body = f"{y:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(4)}"
        return body + pl_pesel.calc_check_digit(body)

    return until(make, pl_pesel.is_valid)


def nip() -> str:
    return until(lambda: digits(10, True), pl_nip.is_valid)


def ahv() -> str:
    return until(lambda: "756" + digits(10), ch_ssn.is_valid)


def sin() -> str:
    return until(lambda: rng.choice("1234567") + digits(8), ca_sin.is_valid)


def hetu() -> str:
    def make() -> str:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(55, 99)
        body = f"{day:02d}{month:02d}{year:02d}-{rng.randint(2, 899):03d}"
        return body + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")

    return until(make, fi_hetu.is_valid)


def personnummer() -> str:
    def make() -> str:
        body = (
            f"{rng.randint(55, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(3)}"
        )
        return body[:6] + "-" + body[6:] + luhn.calc_check_digit(body)

    return until(make, se_pnr.is_valid)


def aadhaar() -> str:
    return until(lambda: rng.choice("23456789") + digits(11), in_aadhaar.is_valid)


# ---------------------------------------------------------------- accounts
def _iban(cc: str, bban: str) -> str:
    return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban


def iban(cc: str) -> str:
    def make() -> str:
        if cc == "DE":
            bban = rng.choice(["37040044", "50010517", "10070000", "20050550"]) + digits(10)
        elif cc == "FR":
            bank, branch, acct = digits(5, True), digits(5), digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "ES":
            return es_ccc.to_iban(ccc())
        elif cc == "IT":
            bban = (
                rng.choice(string.ascii_uppercase)
                + rng.choice(["03069", "02008", "05034"])
                + digits(5)
                + digits(12)
            )
        elif cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
        elif cc == "PL":
            bban = digits(24, True)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + digits(6) + digits(8)
        elif cc == "BE":
            b = digits(10, True)
            bban = b + f"{(int(b) % 97) or 97:02d}"
        else:
            raise ValueError(cc)
        return _iban(cc, bban)

    return until(make, std_iban.is_valid).replace(" ", "")


def ccc() -> str:
    def make() -> str:
        body = rng.choice(["2100", "0049", "0182", "2038"]) + digits(4) + "00" + digits(10)
        return body[:8] + es_ccc.calc_check_digits(body) + body[10:]

    return until(make, es_ccc.is_valid)


def nrb() -> str:
    pl = iban("PL")
    return pl[2:]


def rtn() -> str:
    return until(lambda: rng.choice(["0", "1", "2", "3"]) + digits(8), us_rtn.is_valid)


def sort_code() -> str:
    return f"{rng.randint(10, 99)}-{digits(2)}-{digits(2)}"


def iban_spaced(v: str) -> str:
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


# ---------------------------------------------------------------- credentials (random, fake)
def password() -> str:
    words = [
        "Sommer",
        "Maple",
        "Tigre",
        "sunshine",
        "Kasia",
        "Bloem",
        "Roma",
        "Herbst",
        "chat",
        "Luna",
        "Dragon",
        "Piotr",
    ]
    return (
        rng.choice(words)
        + rng.choice(["", "_", "."])
        + digits(rng.choice([2, 4]))
        + rng.choice(["!", "?", "#", "$", "", "*"])
    )


def ghp() -> str:
    return "ghp_" + alnum(36)


def slack() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-{alnum(24)}"


def aws_id() -> str:
    return "AKIA" + alnum(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return alnum(40, string.ascii_letters + string.digits + "/+")


def stripe(kind: str = "sk_live_") -> str:
    return kind + alnum(24)


def openai_key() -> str:
    return "sk-proj-" + alnum(48, string.ascii_letters + string.digits + "_-")


def google_key() -> str:
    return "AIza" + alnum(35, string.ascii_letters + string.digits + "_-")


def jwt() -> str:
    b64 = string.ascii_letters + string.digits + "_-"
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + alnum(60, b64) + "." + alnum(43, b64)


def hexs(n: int) -> str:
    return alnum(n, "0123456789abcdef")


def b64(n: int) -> str:
    return alnum(n, string.ascii_letters + string.digits + "+/")


def uuid_like() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def backup() -> str:
    lower = string.ascii_lowercase + string.digits
    return f"{alnum(4, lower)}-{alnum(4, lower)}"


# ---------------------------------------------------------------- message building
@dataclass
class Msg:
    lang: str
    category: str
    text: str
    spans: list[dict[str, object]]


def m(lang: str, category: str, template: str, *values: tuple[str, str]) -> Msg:
    parts = template.split(MARK)
    if len(parts) - 1 != len(values):
        raise ValueError(f"{len(parts) - 1} markers, {len(values)} values in: {template}")
    text, spans = parts[0], []
    for (label, value), rest in zip(values, parts[1:], strict=True):
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value + rest
    return Msg(lang, category, text, spans)


def messages() -> list[Msg]:
    C, ID, A, N = "credential", "id", "account", "clean"
    out: list[Msg] = []
    add = out.append

    # ============================================================ English
    e = "en"
    p1 = password()
    add(m(e, C, "hi, cant log in. my pw is § and it says wrong password", ("PASSWORD", p1)))
    add(m(e, C, "tried § twice already then it locked me out", ("PASSWORD", password())))
    add(m(e, C, "password: § (capital first letter)", ("PASSWORD", password())))
    add(
        m(
            e,
            C,
            "ok i changed it to § but the app still asks for the old one",
            ("PASSWORD", password()),
        )
    )
    add(m(e, C, "my card pin is § can you check why atm declines", ("PIN", digits(4))))
    add(m(e, C, "cvv § exp 09/28, payment keeps failing", ("CVV", digits(3))))
    add(m(e, C, "the verification code i got is § but it says expired", ("OTP", digits(6))))
    add(m(e, C, "2fa code § didnt work either", ("OTP", digits(6))))
    add(
        m(
            e,
            C,
            "here are my backup codes § § in case you need them",
            ("BACKUP_CODE", backup()),
            ("BACKUP_CODE", backup()),
        )
    )
    add(m(e, C, "our github token § stopped working after the org change", ("API_KEY", ghp())))
    add(m(e, C, "slack bot token is § , the bot posts nothing", ("API_KEY", slack())))
    add(
        m(
            e,
            C,
            "aws key id § secret § region eu-west-1, getting AccessDenied",
            ("AWS_ACCESS_KEY", aws_id()),
            ("AWS_SECRET_KEY", aws_secret()),
        )
    )
    add(m(e, C, "webhook secret is § and signature check fails", ("SECRET", "whsec_" + alnum(32))))
    add(
        m(
            e,
            C,
            "is it normal that my key § gets 401? created it yesterday",
            ("API_KEY", openai_key()),
        )
    )
    add(
        m(
            e,
            C,
            "client_id=web-portal client_secret=§ grant_type=client_credentials"
            " returns invalid_client",
            ("SECRET", alnum(34, string.ascii_letters + string.digits + "~._-")),
        )
    )
    add(m(e, C, "Authorization: Bearer § <- this is what we send", ("API_KEY", jwt())))
    add(
        m(
            e,
            C,
            "pasted the key file, first line after the header is § is that right",
            ("PRIVATE_KEY", "MIIEow" + b64(58)),
        )
    )
    add(m(e, C, "stripe key § works in test but not prod", ("API_KEY", stripe())))
    add(m(e, C, "maps api key § is restricted to our domain i think", ("API_KEY", google_key())))

    add(
        m(
            e,
            ID,
            "my ssn is § if you need it for verification",
            ("US_SSN", group(ssn(), [3, 2], "-")),
        )
    )
    add(
        m(
            e,
            ID,
            "social security number § , the form rejects it",
            ("US_SSN", group(ssn(), [3, 2], " ")),
        )
    )
    add(
        m(
            e,
            ID,
            "filing with itin § because i dont have an ssn yet",
            ("US_ITIN", group(itin(), [3, 2], "-")),
        )
    )
    add(
        m(
            e,
            ID,
            "ni number § and my payslip shows a different tax code",
            ("UK_NINO", group(nino(), [2, 2, 2, 2], " ")),
        )
    )
    add(m(e, ID, "national insurance no. § (lower case sorry)", ("UK_NINO", nino().lower())))
    add(m(e, ID, "NHS number § for the repeat prescription", ("UK_NHS", group(nhs(), [3, 3], " "))))
    add(m(e, ID, "my nhs no is § can u find my record", ("UK_NHS", nhs())))
    add(
        m(
            e,
            ID,
            "passport number § expires in march, can i still book",
            ("US_PASSPORT", digits(9, True)),
        )
    )
    add(m(e, ID, "uk passport § issued 2019", ("UK_PASSPORT", digits(9, True))))
    add(
        m(
            e,
            ID,
            "driving licence number § , the rental desk says its invalid",
            ("UK_DRIVING_LICENCE", uk_licence()),
        )
    )
    add(m(e, ID, "drivers license § from california", ("US_DRIVER_LICENSE", "D" + digits(7))))
    add(m(e, ID, "member number § , my gym card doesnt scan", ("MEMBER_ID", "M" + digits(8))))
    add(m(e, ID, "patient id § appointment on tuesday got cancelled", ("PATIENT_ID", digits(8))))
    add(m(e, ID, "customer no. § , please close my account", ("CUSTOMER_ID", "C-" + digits(7))))
    add(m(e, ID, "canadian SIN § for the payroll form", ("CA_SIN", group(sin(), [3, 3], " "))))
    add(
        m(
            e,
            ID,
            "aadhaar § linked to my account, pls update",
            ("IN_AADHAAR", group(aadhaar(), [4, 4], " ")),
        )
    )
    add(
        m(
            e,
            ID,
            "swiss ahv number § for the insurance claim",
            ("CH_AHV", group(ahv(), [3, 4, 4], ".")),
        )
    )

    add(
        m(
            e,
            A,
            f"sort code {sort_code()} account number § , the refund went nowhere",
            ("BANK_ACCOUNT", digits(8, True)),
        )
    )
    add(
        m(
            e,
            A,
            f"routing {rtn()} account § checking, direct deposit failed",
            ("US_BANK_NUMBER", digits(10, True)),
        )
    )
    add(m(e, A, "acct no. § please send the refund there", ("BANK_ACCOUNT", digits(8, True))))
    add(m(e, A, "my bank account is § with chase", ("US_BANK_NUMBER", digits(11, True))))
    add(m(e, A, "iban § (thats my wifes account)", ("IBAN_CODE", iban("GB").lower())))
    add(m(e, A, "pay it to § please", ("IBAN_CODE", iban_spaced(iban("DE")))))
    add(
        m(e, A, "account 40-47-84 § , can you check the payment", ("BANK_ACCOUNT", digits(8, True)))
    )
    add(m(e, A, "refund to § not the old card", ("IBAN_CODE", iban("NL"))))
    add(
        m(
            e,
            A,
            f"wire details: aba {rtn()} acct § beneficiary is me",
            ("US_BANK_NUMBER", digits(9, True)),
        )
    )
    add(
        m(
            e,
            A,
            "my account number changed, new one is § same sort code",
            ("BANK_ACCOUNT", digits(8, True)),
        )
    )
    add(m(e, A, "belgian iban § for the deposit", ("IBAN_CODE", iban_spaced(iban("BE")).lower())))

    add(m(e, N, "order #4410293 still hasnt arrived, its been 9 days"))
    add(m(e, N, "tracking number 1Z999AA10123456784 shows delivered but nothing here"))
    add(m(e, N, "ticket 88213 was closed without an answer"))
    add(m(e, N, "invoice INV-2024-000871 charged me $149.99 instead of $129.99"))
    add(m(e, N, "updated to version 4.12.3 (build 20931) and now it crashes on start"))
    add(m(e, N, "error code 0x80070005 when i install"))
    add(m(e, N, "the commit 9f3c2ab1e4d7 broke the login page, see PR 412"))
    add(m(e, N, "request id 3f1e9b7c-2d44-4a8e-9c1b-7e5f0a6d2c11 returned 500"))
    add(m(e, N, "flight BA 2490 on 14/05 at 07:45, can i add a bag"))
    add(m(e, N, "sku WX-2291-BLK is out of stock again"))
    add(m(e, N, "model number KDL-55X8500 remote not pairing"))
    add(m(e, N, "room 1204, seat 23C, quantity 3, thats all"))
    add(m(e, N, "you charged 19% vat on 2 items, should be 7%"))
    add(m(e, N, "i forgot my password and the reset link doesnt work"))
    add(m(e, N, "the verification code never arrives, tried 5 times"))
    add(m(e, N, "promo code SPRING25 gives 0% off"))
    add(m(e, N, "meeting at 10:30 on 2024-11-03, order 55102938 is the one"))
    add(m(e, N, "my pin got blocked after 3 tries what do i do"))
    add(m(e, N, "api returns 429 after 1000 requests per minute, our plan is pro"))
    add(
        m(
            e,
            N,
            "sha256 of the download is"
            " e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 is that right",
        )
    )
    add(m(e, N, "train 9014 leaves 16:05 from platform 12"))
    add(m(e, N, "package weighs 2.4 kg, 40x30x20 cm, ref PK-778102"))
    add(m(e, N, "case number 00123457 was opened on march 3"))
    add(m(e, N, "the account settings page shows error 403 after the 2.0 update"))
    add(m(e, N, "postcode 90210 isnt accepted in the checkout"))

    # ============================================================ German
    d = "de"
    add(m(d, C, "mein passwort ist § und es geht trotzdem nicht", ("PASSWORD", password())))
    add(m(d, C, "Kennwort: § bitte prüfen", ("PASSWORD", password())))
    add(m(d, C, "die PIN von meiner karte ist § , automat nimmt sie nicht", ("PIN", digits(4))))
    add(m(d, C, "SMS-Code § kam an aber die app sagt ungültig", ("OTP", digits(6))))
    add(m(d, C, "TAN § wurde abgelehnt bei der überweisung", ("OTP", digits(6))))
    add(
        m(
            d,
            C,
            "unser api schlüssel § funktioniert seit gestern nicht mehr",
            ("API_KEY", stripe("sk_live_")),
        )
    )

    add(
        m(
            d,
            ID,
            "meine Steuer-ID ist § , steht so auf dem brief",
            ("DE_TAX_ID", group(steuer_id(), [2, 3, 3], " ")),
        )
    )
    add(m(d, ID, "steuerid § bitte für die rechnung", ("DE_TAX_ID", steuer_id())))
    add(m(d, ID, "Sozialversicherungsnummer § für die anmeldung", ("DE_SOCIAL_SECURITY", rvnr())))
    add(
        m(
            d,
            ID,
            "meine rentenversicherungsnummer lautet §",
            ("DE_SOCIAL_SECURITY", group(rvnr(), [2, 6, 1], " ").lower()),
        )
    )
    add(
        m(
            d,
            ID,
            "Reisepassnummer § , gültig bis 2031",
            ("PASSPORT", "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")),
        )
    )
    add(
        m(
            d,
            ID,
            "Versichertennummer § bei der krankenkasse, karte geht nicht",
            ("DE_HEALTH_INSURANCE_ID", kvnr()),
        )
    )

    add(m(d, A, "meine IBAN ist § bitte dahin erstatten", ("IBAN_CODE", iban_spaced(iban("DE")))))
    add(
        m(
            d,
            A,
            "kontonummer § blz 37040044 , bitte lastschrift ändern",
            ("BANK_ACCOUNT", digits(10, True)),
        )
    )
    add(m(d, A, "erstattung auf § (kleingeschrieben sorry)", ("IBAN_CODE", iban("DE").lower())))
    add(
        m(
            d,
            A,
            "österreichisches konto § bei der erste bank",
            ("IBAN_CODE", iban_spaced(_iban("AT", "20111" + digits(11)))),
        )
    )

    add(m(d, N, "bestellung 302-4471982-1123 ist noch nicht da"))
    add(m(d, N, "rechnungsnummer RE-2024-08817 über 89,90 € stimmt nicht"))
    add(m(d, N, "sendungsnummer 00340434161094042557 hängt seit einer woche"))
    add(m(d, N, "nach dem update auf 3.8.1 kommt fehler E-1021"))
    add(m(d, N, "ich habe mein passwort vergessen, der link kommt nicht an"))
    add(m(d, N, "ICE 578 am 12.03. um 14:28, platz 64 in wagen 7"))
    add(m(d, N, "artikelnummer 4006381333931 ist falsch ausgezeichnet"))
    add(
        m(
            d,
            N,
            "lieferung an die packstation im plz-bereich 10115 geht nicht,"
            " kundenservice ticket 77120",
        )
    )

    # ============================================================ French
    f = "fr"
    add(m(f, C, "mon mot de passe c'est § mais ça marche pas", ("PASSWORD", password())))
    add(m(f, C, "mdp: § je l'ai changé hier", ("PASSWORD", password())))
    add(m(f, C, "le code de ma carte est § et le distributeur la refuse", ("PIN", digits(4))))
    add(m(f, C, "cryptogramme § , date 11/27", ("CVV", digits(3))))
    add(m(f, C, "code reçu par sms § il dit code invalide", ("OTP", digits(6))))
    add(
        m(
            f,
            C,
            "clé secrète aws § dans notre config, accès refusé",
            ("AWS_SECRET_KEY", aws_secret()),
        )
    )

    add(
        m(
            f,
            ID,
            "mon numéro de sécu est § pour le remboursement",
            ("FR_NIR", group(nir(), [1, 2, 2, 2, 3, 3], " ")),
        )
    )
    add(m(f, ID, "NIR § sur ma carte vitale", ("FR_NIR", nir())))
    add(
        m(
            f,
            ID,
            "numéro de passeport § il expire bientôt",
            ("PASSPORT", f"{digits(2)}{alnum(2, string.ascii_uppercase)}{digits(5)}"),
        )
    )
    add(
        m(
            f,
            ID,
            "mon permis de conduire n° § , la location le refuse",
            ("DRIVER_LICENSE", digits(12)),
        )
    )
    add(
        m(
            f,
            ID,
            "numéro fiscal § pour la déclaration",
            ("FR_TAX_ID", group(fr_tax(), [2, 2, 3, 3], " ")),
        )
    )
    add(
        m(
            f,
            ID,
            "n° adhérent § à la mutuelle, le remboursement n'arrive pas",
            ("MEMBER_ID", digits(9)),
        )
    )

    add(m(f, A, "mon iban § merci de rembourser dessus", ("IBAN_CODE", iban_spaced(iban("FR")))))
    add(m(f, A, "rib : banque 30004 guichet 00819 compte § clé 42", ("BANK_ACCOUNT", digits(11))))
    add(m(f, A, "virement sur § svp", ("IBAN_CODE", iban("FR").lower())))
    add(m(f, A, "numéro de compte § à la banque postale", ("BANK_ACCOUNT", digits(10))))

    add(m(f, N, "commande n° 4002187 toujours pas livrée"))
    add(m(f, N, "facture FAC-2024-1187 de 59,00 € au lieu de 49,00 €"))
    add(m(f, N, "vol AF 1234 le 03/06 à 18h40, je peux changer ?"))
    add(m(f, N, "j'ai oublié mon mot de passe et le lien ne marche pas"))
    add(m(f, N, "erreur 0xC0000142 depuis la version 21.4"))
    add(m(f, N, "colis 6A12345678901 bloqué au centre de tri"))
    add(m(f, N, "TVA à 20 % sur 3 articles, code postal 75011"))
    add(m(f, N, "ticket #55012 fermé sans réponse, référence produit SKU-88-FR"))

    # ============================================================ Spanish
    s = "es"
    add(m(s, C, "mi contraseña es § y no entra", ("PASSWORD", password())))
    add(m(s, C, "contraseña: § por si la necesitan", ("PASSWORD", password())))
    add(m(s, C, "el pin es § y el cajero dice incorrecto", ("PIN", digits(4))))
    add(m(s, C, "cvv § , caduca 04/29", ("CVV", digits(3))))
    add(m(s, C, "me llegó el código § pero no funciona", ("OTP", digits(6))))
    add(m(s, C, "token de github § ya no vale", ("API_KEY", ghp())))

    add(m(s, ID, "mi dni es § para la reserva", ("ES_NIF", dni())))
    add(
        m(
            s,
            ID,
            "dni § (con letra minúscula)",
            ("ES_NIF", (lambda v: v[:2] + "." + v[2:5] + "." + v[5:8] + "-" + v[8].lower())(dni())),
        )
    )
    add(m(s, ID, "tengo nie § , no me deja registrarme", ("ES_NIE", nie())))
    add(m(s, ID, "número de la seguridad social § para la baja", ("ES_SOCIAL_SECURITY", es_nss())))
    add(
        m(
            s,
            ID,
            "pasaporte § caduca en mayo",
            ("PASSPORT", alnum(3, string.ascii_uppercase) + digits(6)),
        )
    )
    add(m(s, ID, "número de socio § , el carnet no funciona", ("MEMBER_ID", digits(7))))

    add(m(s, A, "mi iban es § para la devolución", ("IBAN_CODE", iban_spaced(iban("ES")))))
    add(m(s, A, "cuenta § (ccc) en la caixa", ("BANK_ACCOUNT", group(ccc(), [4, 4, 2], " "))))
    add(m(s, A, "ccc § sin espacios", ("BANK_ACCOUNT", ccc())))
    add(m(s, A, "transferencia a § gracias", ("IBAN_CODE", iban("ES").lower())))

    add(m(s, N, "pedido 408-1192837 no ha llegado"))
    add(m(s, N, "factura F2024-00917 con importe de 120,50 €"))
    add(m(s, N, "olvidé mi contraseña y no me llega el correo"))
    add(m(s, N, "vuelo IB 3170 el 22/07 a las 09:15"))
    add(m(s, N, "error 502 desde la versión 5.2.0 build 3381"))
    add(m(s, N, "código postal 28013, envío de 2 unidades"))
    add(m(s, N, "referencia del producto ES-44817-AZ con un 15% de descuento"))
    add(m(s, N, "incidencia 2024/118822 sin resolver"))

    # ============================================================ Italian
    i = "it"
    add(m(i, C, "la mia password è § ma non entra", ("PASSWORD", password())))
    add(m(i, C, "ho messo § come password e adesso non la accetta", ("PASSWORD", password())))
    add(m(i, C, "codice OTP § scaduto subito", ("OTP", digits(6))))
    add(m(i, C, "il pin del bancomat è § , bloccato", ("PIN", digits(5))))
    add(m(i, C, "cvv § carta in scadenza 08/26", ("CVV", digits(3))))
    add(m(i, C, "chiave api § restituisce 403", ("API_KEY", google_key())))

    add(m(i, ID, "il mio codice fiscale è §", ("IT_FISCAL_CODE", codice_fiscale())))
    add(
        m(
            i,
            ID,
            "codice fiscale § (minuscolo scusate)",
            ("IT_FISCAL_CODE", codice_fiscale().lower()),
        )
    )
    add(m(i, ID, "cf § per la fattura", ("IT_FISCAL_CODE", codice_fiscale())))
    add(
        m(
            i,
            ID,
            "numero passaporto § rinnovato l'anno scorso",
            ("IT_PASSPORT", alnum(2, string.ascii_uppercase) + digits(7)),
        )
    )
    add(
        m(
            i,
            ID,
            "patente n. § non viene accettata",
            (
                "IT_DRIVER_LICENSE",
                alnum(2, string.ascii_uppercase) + digits(7) + alnum(1, string.ascii_uppercase),
            ),
        )
    )
    add(
        m(
            i,
            ID,
            "carta d'identità § scade a giugno",
            ("IT_IDENTITY_CARD", "CA" + digits(5) + alnum(2, string.ascii_uppercase)),
        )
    )

    add(m(i, A, "iban § per il rimborso", ("IBAN_CODE", iban_spaced(iban("IT")))))
    add(m(i, A, "conto corrente n. § presso la filiale", ("BANK_ACCOUNT", digits(12))))
    add(m(i, A, "accredito su § grazie", ("IBAN_CODE", iban("IT").lower())))
    add(m(i, A, "coordinate bancarie: § intestato a me", ("IBAN_CODE", iban("IT"))))

    add(m(i, N, "ordine n. 1029384 non ancora spedito"))
    add(m(i, N, "fattura 2024/0871 di 75,40 € sbagliata"))
    add(m(i, N, "ho dimenticato la password e il codice non arriva"))
    add(m(i, N, "treno FR 9527 delle 10:25 binario 8"))
    add(m(i, N, "errore E-404 nella versione 7.1.2"))
    add(m(i, N, "CAP 00184, 4 pezzi, sconto del 30%"))
    add(m(i, N, "ticket 771203 chiuso senza risposta"))
    add(m(i, N, "modello XR-2200 con seriale di fabbrica lotto 2208B"))

    # ============================================================ Dutch
    n = "nl"
    add(m(n, C, "mijn wachtwoord is § maar ik kom er niet in", ("PASSWORD", password())))
    add(m(n, C, "ww: § , net gewijzigd", ("PASSWORD", password())))
    add(m(n, C, "pincode § werkt niet bij de automaat", ("PIN", digits(4))))
    add(m(n, C, "verificatiecode § is verlopen", ("OTP", digits(6))))
    add(
        m(
            n,
            C,
            "herstelcode § van de authenticator",
            ("BACKUP_CODE", alnum(10, string.ascii_uppercase + string.digits)),
        )
    )
    add(m(n, C, "onze slack token § doet het niet meer", ("API_KEY", slack())))

    add(m(n, ID, "mijn bsn is § voor de aanvraag", ("NL_BSN", bsn())))
    add(
        m(
            n,
            ID,
            "burgerservicenummer § klopt dat?",
            ("NL_BSN", (lambda v: v[:4] + "." + v[4:6] + "." + v[6:])(bsn())),
        )
    )
    add(m(n, ID, "BSN § staat op mijn paspoort", ("NL_BSN", group(bsn(), [3, 3], " "))))
    add(
        m(
            n,
            ID,
            "paspoortnummer § verloopt volgend jaar",
            (
                "PASSPORT",
                alnum(2, "BCDFGHJKLNPRSTVWXZ")
                + alnum(6, "BCDFGHJKLNPRSTVWXZ0123456789")
                + rng.choice(string.digits),
            ),
        )
    )
    add(m(n, ID, "rijbewijsnummer § wordt niet herkend", ("DRIVER_LICENSE", digits(10, True))))
    add(m(n, ID, "klantnummer § , graag mijn abonnement opzeggen", ("CUSTOMER_ID", digits(8))))

    add(m(n, A, "mijn iban is § graag terugstorten", ("IBAN_CODE", iban_spaced(iban("NL")))))
    add(m(n, A, "rekeningnummer § bij de rabo", ("IBAN_CODE", iban("NL").lower())))
    add(m(n, A, "terugbetalen op § aub", ("IBAN_CODE", iban("NL"))))
    add(m(n, A, "rekening § ten name van mij", ("IBAN_CODE", iban_spaced(iban("BE")))))

    add(m(n, N, "bestelling 7004123 is nog niet bezorgd"))
    add(m(n, N, "factuurnummer F-2024-3381 van € 34,95"))
    add(m(n, N, "wachtwoord vergeten, de mail komt niet aan"))
    add(m(n, N, "trein 3542 om 17:12 van spoor 5b"))
    add(m(n, N, "foutcode 0x800f0922 na update 22H2"))
    add(m(n, N, "postcode 1012 AB zonder huisnummer geeft een fout"))
    add(m(n, N, "track en trace 3SABC1234567 staat stil"))
    add(m(n, N, "artikel 8712345678906, 2 stuks, 21% btw"))

    # ============================================================ Polish
    p = "pl"
    add(m(p, C, "moje hasło to § i nie działa", ("PASSWORD", password())))
    add(m(p, C, "hasło: § zmieniłem wczoraj", ("PASSWORD", password())))
    add(m(p, C, "kod BLIK § nie przeszedł", ("OTP", digits(6))))
    add(m(p, C, "pin do karty § , bankomat odrzuca", ("PIN", digits(4))))
    add(m(p, C, "kod sms § wygasł od razu", ("OTP", digits(6))))
    add(m(p, C, "klucz api § zwraca błąd 401", ("API_KEY", openai_key())))

    add(m(p, ID, "mój pesel to §", ("PL_PESEL", pesel())))
    add(m(p, ID, "PESEL § do zamówienia", ("PL_PESEL", group(pesel(), [6], " "))))
    add(m(p, ID, "nip § do faktury", ("PL_NIP", group(nip(), [3, 3, 2], "-"))))
    add(
        m(
            p,
            ID,
            "nr paszportu § ważny do 2030",
            ("PASSPORT", alnum(2, string.ascii_uppercase) + digits(7)),
        )
    )
    add(
        m(
            p,
            ID,
            "numer dowodu osobistego § , nie mogę się zweryfikować",
            ("PL_ID_CARD", pl_id_card()),
        )
    )
    add(
        m(
            p,
            ID,
            "numer prawa jazdy § nie jest akceptowany",
            ("DRIVER_LICENSE", f"{digits(5)}/{digits(2)}/{digits(4)}"),
        )
    )

    add(
        m(
            p,
            A,
            "numer konta § proszę o zwrot",
            ("BANK_ACCOUNT", group(nrb(), [2, 4, 4, 4, 4, 4], " ")),
        )
    )
    add(m(p, A, "nr rachunku § w pko", ("BANK_ACCOUNT", nrb())))
    add(m(p, A, "iban § na zwrot", ("IBAN_CODE", iban("PL").lower())))
    add(m(p, A, "przelew na konto § dziękuję", ("IBAN_CODE", iban_spaced(iban("PL")))))

    add(m(p, N, "zamówienie nr 5500123 nie dotarło"))
    add(m(p, N, "faktura FV/2024/11/087 na 249,99 zł"))
    add(m(p, N, "zapomniałem hasła i nie przychodzi mail"))
    add(m(p, N, "pociąg IC 5310 o 06:45 peron 3"))
    add(m(p, N, "błąd 0x0000007b po aktualizacji do wersji 11.2"))
    add(m(p, N, "kod pocztowy 00-950, 3 sztuki, rabat 10%"))
    add(m(p, N, "numer przesyłki 00459912345678901234 stoi w sortowni"))
    add(m(p, N, "zgłoszenie 2024-88123 bez odpowiedzi"))

    # ------------------------------------- more English positives, several values in one
    add(
        m(
            e,
            C,
            "new pw § and pin § , i hope thats ok to share here",
            ("PASSWORD", password()),
            ("PIN", digits(4)),
        )
    )
    add(
        m(
            e,
            ID,
            "both got rejected: ssn § and passport § , what now",
            ("US_SSN", ssn()),
            ("US_PASSPORT", digits(9, True)),
        )
    )
    add(
        m(
            e,
            ID,
            "finnish personal id § , needed for the kela form",
            ("FI_PERSONAL_IDENTITY_CODE", hetu()),
        )
    )
    add(
        m(
            e,
            ID,
            "swedish personnummer § but the site wants 12 digits?",
            ("SE_PERSONNUMMER", personnummer()),
        )
    )
    return out


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    counters: dict[tuple[str, str], int] = {}
    for msg in messages():
        k = (msg.lang, msg.category)
        counters[k] = counters.get(k, 0) + 1
        row: dict[str, object] = {
            "id": f"ho-{msg.lang}-{msg.category[:4]}-{counters[k]:02d}",
            "lang": msg.lang,
            "category": msg.category,
            "text": msg.text,
            "spans": msg.spans,
        }
        rows.append(row)
    verify(rows)
    return rows


def verify(rows: list[dict[str, object]]) -> None:
    ids = set()
    for row in rows:
        text = row["text"]
        spans = row["spans"]
        assert isinstance(text, str) and isinstance(spans, list)
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        assert MARK not in text, row["id"]
        assert (row["category"] == "clean") == (not spans), row["id"]
        for sp in spans:
            start, end = sp["start"], sp["end"]
            value = text[start:end]
            assert value and value == value.strip(), row["id"]
            # a value must stand alone: not glued to a neighbouring letter or digit
            assert start == 0 or not text[start - 1].isalnum(), row["id"]
            assert end == len(text) or not text[end].isalnum(), row["id"]
            check = VALIDATORS.get(str(sp["label"]))
            if check is not None:
                compact = "".join(c for c in str(value) if c.isalnum()).upper()
                assert check(compact), (row["id"], sp["label"])


def _ok_rvnr(v: str) -> bool:
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    expanded = v[:8] + f"{ord(v[8]) - 64:02d}" + v[9:11]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(expanded, weights, strict=True))
    return len(v) == 12 and total % 10 == int(v[11])


def _ok_es_nss(v: str) -> bool:
    return len(v) == 12 and int(v[:10]) % 97 == int(v[10:])


def _ok_pl_id(v: str) -> bool:
    vals = [ord(c) - 55 for c in v[:3]] + [int(c) for c in v[3:]]
    return sum(x * w for x, w in zip(vals, [7, 3, 1, 9, 7, 3, 1, 7, 3], strict=True)) % 10 == 0


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "US_SSN": us_ssn.is_valid,
    "US_ITIN": us_itin.is_valid,
    "UK_NHS": gb_nhs.is_valid,
    "DE_TAX_ID": de_idnr.is_valid,
    "DE_SOCIAL_SECURITY": _ok_rvnr,
    "FR_NIR": fr_nir.is_valid,
    "FR_TAX_ID": lambda v: int(v[:10]) % 511 == int(v[10:]),
    "ES_NIF": es_dni.is_valid,
    "ES_NIE": es_nie.is_valid,
    "ES_SOCIAL_SECURITY": _ok_es_nss,
    "IT_FISCAL_CODE": it_cf.is_valid,
    "NL_BSN": nl_bsn.is_valid,
    "PL_PESEL": pl_pesel.is_valid,
    "PL_NIP": pl_nip.is_valid,
    "PL_ID_CARD": _ok_pl_id,
    "CA_SIN": ca_sin.is_valid,
    "CH_AHV": ch_ssn.is_valid,
    "IN_AADHAAR": in_aadhaar.is_valid,
    "FI_PERSONAL_IDENTITY_CODE": lambda v: fi_hetu.is_valid(v[:6] + "-" + v[6:]),
    "SE_PERSONNUMMER": se_pnr.is_valid,
    "IBAN_CODE": std_iban.is_valid,
    "ABA_ROUTING_NUMBER": us_rtn.is_valid,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the committed file instead of writing it"
    )
    args = ap.parse_args()
    rows = build()
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == body
        print("identical" if same else "DIFFERS")
        return 0 if same else 1
    OUT.write_text(body, encoding="utf-8")
    cats: dict[str, int] = {}
    langs: dict[str, int] = {}
    for r in rows:
        cats[str(r["category"])] = cats.get(str(r["category"]), 0) + 1
        langs[str(r["lang"])] = langs.get(str(r["lang"]), 0) + 1
    print(f"wrote {len(rows)} messages to {OUT}: {cats} {langs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
