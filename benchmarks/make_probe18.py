# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v18.jsonl`, the eighteenth chat breadth probe:
people who live across borders.

Written blind (its author read only `bench_chat_breadth.py`, `probe_templates.py`,
`probe_values.py` and the docstring and argument plumbing of `make_probe16.py`; not the
detection rules, their tests, nor the texts of the earlier probes) and committed before any
detector ran on it. 420 short chat messages, 60 in each of seven languages (en, de, fr, es,
it, nl, pl) of the surrounding words: per language 36 carry personal data and 24 are clean
look-alikes.

Personal rows (category `phone`, `id`, `account`, `address`, `dob` or `person`):
- phone numbers of countries beyond western Europe and the US (Ukraine, Turkey, Romania,
  Morocco, Nigeria, India, Brazil, Mexico, Vietnam, the Philippines, Australia, Singapore,
  Korea, the UAE, Egypt, Pakistan, Thailand, Colombia), valid for `phonenumbers`, written
  with and without the country code, with `00`, in the local grouping, with hyphens, as bare
  digits, after the local word for phone, WhatsApp or mobile;
- national IDs and tax numbers with valid check digits (python-stdnum where it has them):
  Indian Aadhaar and PAN, Singapore NRIC/FIN, Australian TFN, Medicare and a sole trader's
  ABN, Korean RRN, Thai ID, Nigerian NIN (no public check digit), Finnish HETU, Spanish
  NIF/NIE, Italian codice fiscale, Turkish TC Kimlik (and a foreigner's `99` number),
  Romanian CNP, Ukrainian RNOKPP, Brazilian CPF, Mexican CURP and RFC, Emirates ID (Luhn),
  Vietnamese CCCD, Moroccan CIN; residence permit and visa numbers;
- bank accounts abroad: IBANs of countries outside the euro (TR, RO, UA, AE, BR, PK, SA,
  CH, SE, GB), a Brazilian agência + conta, an Indian account with its IFSC, a Mexican
  CLABE, an Australian BSB + account, a Nigerian NUBAN (valid check digits);
- addresses abroad in that country's layout; dates of birth in local formats; the names
  of the people the message is about.
Clean rows (category `clean`, `kind` the look-alike family): amounts in local currency
formats, dates and times, flight and train numbers, booking references, ISBNs, EAN
barcodes, parcel tracking numbers, invoice numbers, companies' registration and tax numbers,
companies' hotlines and customer-service numbers, opening hours, exchange rates, postcodes
alone, measurements.

Decisions:
- A company's registration or tax number (CNPJ, GSTIN, a company's ABN, KRS, KvK, SIRET,
  partita IVA, CIF, VKN, CUI, EDRPOU) is printed on its invoices and in public registers: it
  names a business, not a person, so a row with one is clean. A sole trader's ABN, written
  by the trader as their own number, is personal (category `id`): it identifies a person.
- A company's hotline or customer-service number is a public business number: clean.
- A bank's branch code (IFSC, Brazilian agência, Australian BSB) is public and names a
  branch; the gold span is the account number beside it, and the branch code is not gold.
  A detector that masks it too loses nothing in those rows (only clean rows count extra
  spans).
- Category `contact` is not used: the bench's table has no row for it, and WhatsApp and
  Telegram numbers are phones here.

Row format as `bench_chat_breadth.py --set probe18` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`; `kind`
says how the value is written (personal rows) or names the look-alike family (clean rows).
Gold spans: the value exactly as written. Every personal value in a message is gold; the
message counts as found only when all are covered.

Templates mark each personal value as `[[LABEL|value]]` (`probe_templates.render`);
`=spec` draws it from the seeded generator:
`=ph:REGION:LAYOUT` (layouts `intl`, `nat`, `e164`, `00`, `raw`, `dash`, `no0`),
`=iban:CC[:raw]`, and the IDs, accounts and look-alike numbers named in `GEN`.

    python benchmarks/make_probe18.py            # writes the data file
    python benchmarks/make_probe18.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
import probe_templates
from probe_values import BbanParts, finish, fours, iban_of, pick, rng, until, valid_number
from stdnum import ean, isbn, luhn, verhoeff
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.es import cif, dni, nie
from stdnum.fi import hetu
from stdnum.fr import siret
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.it import codicefiscale, iva
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.ro import cnp, cui
from stdnum.th import pin
from stdnum.tr import tckimlik, vkn
from stdnum.ua import edrpou, rntrc
from stdnum.vn import mst

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v18.jsonl"
SEED = 20261218
UP = string.ascii_uppercase
DIG = string.digits


def group(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, pos = [], 0
    for size in sizes:
        parts.append(value[pos : pos + size])
        pos += size
    return sep.join(parts)


def birth(lo: int = 1955, hi: int = 2003) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


# --- phones -------------------------------------------------------------------------------
# region -> (prefixes of a mobile national significant number, its length)
MOBILE = {
    "UA": (["50", "66", "67", "68", "93", "96", "97", "98", "63", "73"], 9),
    "TR": (["530", "532", "533", "535", "541", "542", "505", "506", "551", "553"], 10),
    "RO": (["721", "722", "723", "740", "744", "745", "751", "755", "763", "786"], 9),
    "MA": (["61", "66", "67", "70", "77"], 9),
    "NG": (["803", "806", "813", "703", "706", "805", "807", "905", "816", "810"], 10),
    "IN": (["98", "99", "97", "96", "94", "93", "91", "90", "88", "70", "80", "81", "82"], 10),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819"], 11),
    "MX": (["55", "33", "81", "222", "442"], 10),
    "VN": (["90", "91", "93", "94", "96", "97", "98", "32", "35", "38", "77", "86", "88"], 9),
    "PH": (["917", "918", "919", "920", "927", "939", "945", "966", "977", "995"], 10),
    "AU": (["40", "41", "42", "43", "44", "45", "47", "48"], 9),
    "SG": (["8", "9"], 8),
    "KR": (["10"], 10),
    "AE": (["50", "52", "54", "55", "56", "58"], 9),
    "EG": (["10", "11", "12", "15"], 10),
    "PK": (["300", "301", "303", "321", "333", "345"], 10),
    "TH": (["81", "86", "89", "91", "95", "61", "62"], 9),
    "CO": (["300", "310", "311", "312", "313", "315", "317", "320"], 10),
}


def phone(region: str, layout: str) -> str:
    prefixes, length = MOBILE[region]
    number = valid_number(region, prefixes, length, phonenumbers.PhoneNumberType.MOBILE)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if layout == "intl":
        return intl
    if layout == "nat":
        return nat
    if layout == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if layout == "00":
        return "00" + intl[1:]
    if layout == "raw":
        return re.sub(r"\D", "", nat)
    if layout == "dash":
        return intl.replace(" ", "-")
    if layout == "no0":  # the national grouping without the trunk 0, as many write it
        return nat[1:].lstrip() if nat.startswith("0") else nat
    raise ValueError(layout)


# --- IDs ----------------------------------------------------------------------------------
def make_aadhaar(sep: str = " ") -> str:
    def make() -> str:
        body = str(rng.randint(2, 9)) + pick(DIG, 10)
        return body + verhoeff.calc_check_digit(body)

    return group(until(make, aadhaar.is_valid), (4, 4, 4), sep)


def make_pan() -> str:
    return until(lambda: pick(UP, 3) + "P" + pick(UP, 1) + pick(DIG, 4) + pick(UP, 1), pan.is_valid)


NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)


def nric_letter(prefix: str, body: str) -> str:
    """The check letter of a Singapore NRIC (S, T) or FIN (F, G): the published weights."""
    total = sum(int(d) * w for d, w in zip(body, NRIC_WEIGHTS, strict=True))
    total += 4 if prefix in "TG" else 0
    letters = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return letters[total % 11]


def make_nric(prefixes: str = "ST") -> str:
    prefix, body = rng.choice(prefixes), pick(DIG, 7)
    return prefix + body + nric_letter(prefix, body)


def make_tfn() -> str:
    return group(until(lambda: pick(DIG, 9), tfn.is_valid), (3, 3, 3))


def make_medicare() -> str:
    """An Australian Medicare card number: 8 digits, a weighted check digit, the issue."""
    body = str(rng.randint(2, 6)) + pick(DIG, 7)
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return group(body + str(check) + str(rng.randint(1, 5)), (4, 5, 1))


def make_abn() -> str:
    return group(until(lambda: str(rng.randint(1, 9)) + pick(DIG, 10), abn.is_valid), (2, 3, 3, 3))


def make_rrn() -> str:
    def body() -> str:
        year, month, day = birth(1960, 2004)
        sex = rng.choice("12" if year < 2000 else "34")
        return f"{year % 100:02d}{month:02d}{day:02d}{sex}{rng.randint(0, 9)}{pick(DIG, 4)}"

    value = finish(body, rrn.is_valid)
    return f"{value[:6]}-{value[6:]}"


def make_thai() -> str:
    value = finish(lambda: str(rng.randint(1, 8)) + pick(DIG, 11), pin.is_valid)
    return group(value, (1, 4, 5, 2, 1), "-")


def make_nin() -> str:
    return str(rng.randint(1, 9)) + pick(DIG, 10)  # no published check digit


def make_hetu() -> str:
    def body() -> str:
        year, month, day = birth(1950, 2004)
        sign = "-" if year < 2000 else "A"
        return f"{day:02d}{month:02d}{year % 100:02d}{sign}{rng.randint(2, 899):03d}"

    return finish(body, hetu.is_valid, DIG + "ABCDEFHJKLMNPRSTUVWXY")


def make_nif() -> str:
    body = str(rng.randint(10_000_000, 79_999_999))
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = rng.choice("XYZ") + pick(DIG, 7)
    return body + nie.calc_check_digit(body)


def make_cf() -> str:
    def body() -> str:
        head = pick("BCDFGLMNPRSTVZ", 3) + pick("BCDFGLMNPRSTVZAEIOU", 3)
        year, _, day = birth()
        day += rng.choice((0, 40))
        month = rng.choice("ABCDEHLMPRST")
        town = rng.choice("ABCDEFGHLMZ")
        return f"{head}{year % 100:02d}{month}{day:02d}{town}{rng.randint(100, 999)}"

    return finish(body, codicefiscale.is_valid, UP)


def make_tc(foreigner: bool = False) -> str:
    def body() -> str:
        return ("99" + pick(DIG, 7)) if foreigner else (str(rng.randint(1, 9)) + pick(DIG, 8))

    return until(lambda: (b := body()) + tckimlik.calc_check_digits(b), tckimlik.is_valid)


def make_cnp() -> str:
    def body() -> str:
        year, month, day = birth(1955, 2004)
        sex = rng.choice("12" if year < 2000 else "56")
        county = rng.randint(1, 46)
        return f"{sex}{year % 100:02d}{month:02d}{day:02d}{county:02d}{rng.randint(1, 999):03d}"

    return finish(body, cnp.is_valid)


def make_rnokpp() -> str:
    return finish(lambda: str(rng.randint(2, 3)) + pick(DIG, 8), rntrc.is_valid)


def make_cpf(layout: str = "fmt") -> str:
    value = until(lambda: pick(DIG, 11), lambda v: len(set(v)) > 1 and cpf.is_valid(v))
    return value if layout == "raw" else f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"


MX_STATES = ["AS", "BC", "CH", "DF", "GR", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "VZ", "YN"]


def make_curp(sexes: str = "HM", lo: int = 1960, hi: int = 2004) -> str:
    def body() -> str:
        year, month, day = birth(lo, hi)
        head = pick("BCDFGHLMPRSTV", 1) + pick("AEIOU", 1) + pick("BCDGHLMPRSV", 2)
        sex, state = rng.choice(sexes), rng.choice(MX_STATES)
        homo = pick(DIG, 1) if year < 2000 else pick(UP, 1)
        inner = pick("BCDFGLMNRSTZ", 3)
        return f"{head}{year % 100:02d}{month:02d}{day:02d}{sex}{state}{inner}{homo}"

    return finish(body, curp.is_valid)


def rfc_valid(value: str) -> bool:
    """Whether `value` is a Mexican RFC with valid check digits."""
    try:
        return bool(rfc.validate(value, validate_check_digits=True))
    except Exception:  # stdnum raises its own ValidationError subclasses
        return False


def make_rfc() -> str:
    def body() -> str:
        year, month, day = birth()
        head = pick("BCDFGHLMPRSTV", 1) + pick("AEIOU", 1) + pick("BCDGHLMPRSV", 2)
        return f"{head}{year % 100:02d}{month:02d}{day:02d}{pick(UP + DIG, 2)}"

    return finish(body, rfc_valid, DIG + "A")


def make_emirates_id() -> str:
    year = rng.randint(1965, 2002)
    body = f"784{year}{pick(DIG, 7)}"
    value = body + luhn.calc_check_digit(body)
    return f"{value[:3]}-{value[3:7]}-{value[7:14]}-{value[14]}"


def make_cccd() -> str:
    province = rng.choice(["001", "079", "031", "048", "036", "092"])
    year = rng.randint(1965, 2003)
    sex = rng.randint(0, 1) + (2 if year >= 2000 else 0)  # sex and century in one digit
    return f"{province}{sex}{year % 100:02d}{pick(DIG, 6)}"


def make_cin_ma() -> str:
    return rng.choice(["BE", "BK", "BH", "A", "J", "CD", "EE"]) + str(rng.randint(100_000, 999_999))


def make_permit(kind: str) -> str:
    """Residence permit and visa numbers in their documents' layouts (no public check)."""
    if kind == "de":  # electronic residence permit: a letter and 8 characters
        return "Y" + pick("CFGHJKLMNPRTVWXYZ0123456789", 8)
    if kind == "pl":  # karta pobytu: two letters and seven digits
        return rng.choice(["RP", "RK", "RA"]) + pick(DIG, 7)
    if kind == "uk":  # biometric residence permit
        return rng.choice(["ZU", "ZR", "RK"]) + pick(DIG, 7)
    if kind == "fr":  # numero etranger (AGDREF): ten digits
        return str(rng.randint(1, 9)) + pick(DIG, 9)
    if kind == "it":  # permesso di soggiorno elettronico
        return "I" + pick(UP, 1) + pick(DIG, 7)
    if kind == "nl":  # verblijfsdocument
        return rng.choice(["W", "V", "X"]) + pick(UP + DIG, 8)
    if kind == "schengen":  # visa sticker: issuing country and nine digits
        return rng.choice(["DEU", "FRA", "ITA", "ESP", "POL", "NLD"]) + pick(DIG, 9)
    if kind == "us":  # US visa foil number
        return str(rng.randint(1, 9)) + pick(DIG, 7)
    if kind == "ae":  # UAE residence visa file number
        return f"{rng.choice(['201', '101', '301'])}/{rng.randint(2018, 2025)}/{rng.randint(1, 9)}/{pick(DIG, 6)}"
    raise ValueError(kind)


# --- accounts -----------------------------------------------------------------------------
# country -> the BBAN's parts: (alphabet, length) or the banks' codes to choose from
BBAN: dict[str, BbanParts] = {
    "TR": [["00010", "00012", "00015", "00046", "00062", "00064"], ("0", 1), (DIG, 16)],
    "RO": [["BTRL", "RNCB", "BRDE", "INGB", "BACX"], (DIG, 16)],
    "UA": [(DIG, 6), (DIG, 19)],
    "AE": [(DIG, 3), (DIG, 16)],
    "BR": [(DIG, 8), (DIG, 5), (DIG, 10), ("C", 1), ("1", 1)],
    "PK": [["HABB", "MEZN", "UNIL", "ALFH"], (DIG, 16)],
    "SA": [(DIG, 2), (DIG, 18)],
    "CH": [(DIG, 5), (DIG, 12)],
    "SE": [(DIG, 3), (DIG, 17)],
    "GB": [["BARC", "NWBK", "HBUK", "LOYD", "MONZ"], (DIG, 14)],
}


def make_iban(country: str, layout: str = "sp") -> str:
    value = iban_of(country, BBAN[country])
    return value if layout == "raw" else fours(value)


def make_clabe() -> str:
    """A Mexican CLABE: bank, place, account and the weighted (3, 7, 1) check digit."""
    body = (
        rng.choice(["002", "012", "014", "021", "072"])
        + f"{rng.randint(1, 999):03d}"
        + pick(DIG, 11)
    )
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_nuban() -> str:
    """A Nigerian NUBAN: a bank's code weighs in the check digit of the 10-digit account."""
    bank = rng.choice(["044", "058", "011", "033", "057"])
    serial = pick(DIG, 9)
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(int(d) * w for d, w in zip(bank + serial, weights, strict=True))
    return serial + str((10 - total % 10) % 10)


def make_conta() -> str:
    return f"{rng.randint(10_000, 99_999)}-{rng.choice(DIG + 'X')}"


def make_in_account() -> str:
    return rng.choice(["5010", "9120", "3", "0"]) + pick(DIG, 10)


def make_au_account() -> str:
    return group(pick(DIG, 8), (4, 4))


def make_kr_account() -> str:
    return f"110-{pick(DIG, 3)}-{pick(DIG, 6)}"


# --- clean look-alikes --------------------------------------------------------------------
def make_isbn() -> str:
    body = rng.choice(["97883", "97888", "97884", "97890", "97820", "97834"]) + pick(DIG, 7)
    return isbn.format(body + ean.calc_check_digit(body))


def make_ean() -> str:
    body = rng.choice(["590", "400", "800", "871", "869", "789", "750", "893"]) + pick(DIG, 9)
    return body + ean.calc_check_digit(body)


def make_s10(country: str) -> str:
    """A UPU S10 parcel number: two letters, eight digits, the weighted check, the country."""
    serial = pick(DIG, 8)
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 5 if check == 10 else 0 if check == 11 else check
    return rng.choice(["RR", "CP", "LX", "EE"]) + serial + str(check) + country


def make_cnpj() -> str:
    value = until(lambda: pick(DIG, 8) + "0001" + pick(DIG, 2), cnpj.is_valid)
    return cnpj.format(value)


def make_gstin() -> str:
    state = rng.choice(["27", "29", "07", "33"])

    def body() -> str:  # a company's PAN (fourth letter C) inside the GSTIN
        return state + pick(UP, 3) + "C" + pick(UP, 1) + pick(DIG, 4) + pick(UP, 1) + "1Z"

    return finish(body, gstin.is_valid, DIG + UP)


def make_rfc_company() -> str:
    def body() -> str:
        year, month, day = birth(1980, 2020)
        return f"{pick('ABCDGLMPST', 3)}{year % 100:02d}{month:02d}{day:02d}{pick(UP + DIG, 2)}"

    return finish(body, rfc_valid, DIG + "A")


GEN: dict[str, Callable[[], str]] = {
    "aadhaar": make_aadhaar,
    "aadhaar_raw": lambda: make_aadhaar(""),
    "pan": make_pan,
    "nric": make_nric,
    "fin": lambda: make_nric("FG"),
    "tfn": make_tfn,
    "medicare": make_medicare,
    "abn": make_abn,
    "rrn": make_rrn,
    "thai": make_thai,
    "nin": make_nin,
    "hetu": make_hetu,
    "nif": make_nif,
    "nie": make_nie,
    "cf": make_cf,
    "tc": make_tc,
    "tc99": lambda: make_tc(foreigner=True),
    "cnp": make_cnp,
    "rnokpp": make_rnokpp,
    "cpf": make_cpf,
    "cpf_raw": lambda: make_cpf("raw"),
    "curp": make_curp,
    "curp_son": lambda: make_curp("H", 2008, 2018),
    "curp_daughter": lambda: make_curp("M", 2008, 2018),
    "rfc": make_rfc,
    "eid": make_emirates_id,
    "cccd": make_cccd,
    "cin": make_cin_ma,
    "clabe": make_clabe,
    "nuban": make_nuban,
    "conta": make_conta,
    "inacct": make_in_account,
    "auacct": make_au_account,
    "kracct": make_kr_account,
    "isbn": make_isbn,
    "ean": make_ean,
    "cnpj": make_cnpj,
    "gstin": make_gstin,
    "abn_co": make_abn,
    "siret": lambda: siret.format(until(lambda: pick(DIG, 14), siret.is_valid)),
    "iva": lambda: until(lambda: pick(DIG, 11), iva.is_valid),
    "cif": lambda: finish(
        lambda: rng.choice("AB") + pick(DIG, 7), cif.is_valid, DIG + "ABCDEFGHIJ"
    ),
    "vkn": lambda: until(lambda: pick(DIG, 10), vkn.is_valid),
    "cui": lambda: until(lambda: str(rng.randint(1, 4)) + pick(DIG, 7), cui.is_valid),
    "edrpou": lambda: until(lambda: "4" + pick(DIG, 7), edrpou.is_valid),
    "rfc_co": make_rfc_company,
    "vnmst": lambda: until(lambda: "0" + pick(DIG, 9), mst.is_valid),
    "agencia": lambda: f"{rng.randint(100, 9999):04d}-{rng.randint(0, 9)}",
    "ifsc": lambda: rng.choice(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK"]) + "0" + pick(DIG, 6),
    "bsb": lambda: f"{rng.choice(['032', '062', '063', '082', '012'])}-{pick(DIG, 3)}",
    "waybill": lambda: str(rng.randint(1, 9)) + pick(DIG, 9),
    "dhl": lambda: "003404" + pick(DIG, 14),
    "colis": lambda: "6A" + pick(DIG, 11),
    "fedex": lambda: str(rng.randint(1, 9)) + pick(DIG, 11),
    "postnl": lambda: "3S" + pick(UP, 4) + pick(DIG, 7),
    "inpost": lambda: "6" + pick(DIG, 23),
    "kenmerk": lambda: group(str(rng.randint(1, 9)) + pick(DIG, 15), (4, 4, 4, 4)),
    "ice": lambda: "00" + pick(DIG, 13),
    "kvk": lambda: str(rng.randint(1, 9)) + pick(DIG, 7),
    "license": lambda: str(rng.randint(100_000, 999_999)),
    "krs": lambda: "0000" + pick(DIG, 6),
    "pnr": lambda: (
        pick("ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5)
    ),
}


def draw(spec: str) -> str:
    kind, _, rest = spec.partition(":")
    if kind == "ph":
        return phone(*rest.split(":"))
    if kind == "iban":
        return make_iban(*rest.split(":"))
    if kind == "permit":
        return make_permit(rest)
    if kind == "s10":
        return make_s10(rest)
    return GEN[kind]()


CLEAN_DRAW = re.compile(r"\{\{([A-Za-z0-9_:]+)\}\}")


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    """`{{spec}}` draws a look-alike that is not gold (a company's number, an ISBN, ...)."""
    template = CLEAN_DRAW.sub(lambda m: draw(m.group(1)), template)
    return probe_templates.render(template, draw)


# (category, kind, template). Labels: PHONE, ID, ACCOUNT, ADDRESS, DOB, PERSON.
Row = tuple[str, str, str]

EN: list[Row] = [
    ("phone", "intl", "My WhatsApp is [[PHONE|=ph:UA:intl]], text me there, my Ukrainian SIM still works"),
    ("phone", "nat", "you can call my mum in Izmir on [[PHONE|=ph:TR:nat]] if I don't pick up"),
    ("phone", "00", "new mobile: [[PHONE|=ph:NG:00]] (Lagos number, MTN)"),
    ("phone", "no0", "pls update my contact, mob no is [[PHONE|=ph:IN:no0]]"),
    ("phone", "e164", "Reach me on Viber [[PHONE|=ph:PH:e164]] anytime after 6pm Manila time"),
    ("phone", "dash", "Tel [[PHONE|=ph:AU:dash]]  - thats my aussie number, the uk one is off"),
    ("phone", "raw", "my brother in Hanoi: [[PHONE|=ph:VN:raw]]"),
    ("phone", "nat", "Hi, the courier can call me on [[PHONE|=ph:KR:nat]], I'm in Seoul until friday"),
    ("phone", "intl", "whatsapp  [[PHONE|=ph:AE:intl]] or my wife [[PERSON|Fatima Al Mansouri]] on [[PHONE|=ph:AE:nat]]"),
    ("id", "aadhaar", "For the KYC they asked for my Aadhaar: [[ID|=aadhaar]]"),
    ("id", "pan", "PAN card no. [[ID|=pan]] - please add it to the invoice for my tax filing"),
    ("id", "nric", "my nric is [[ID|=nric]] btw, for the condo booking"),
    ("id", "tfn", "Accountant needs my TFN, it's [[ID|=tfn]]"),
    ("id", "medicare", "Medicare number [[ID|=medicare]] for the appointment on Monday"),
    ("id", "rrn", "my wife's resident registration number is [[ID|=rrn]], is that enough for the SIM contract?"),
    ("id", "cpf", "I'm Brazilian, CPF [[ID|=cpf]], do you need anything else?"),
    ("id", "curp", "CURP: [[ID|=curp]]"),
    ("id", "eid", "Emirates ID [[ID|=eid]] (expires next year)"),
    ("id", "permit", "BRP number [[ID|=permit:uk]], my visa runs until 2027"),
    ("id", "nin", "NIN - [[ID|=nin]] for my dad's bank verification in Abuja"),
    ("account", "iban", "Please send the deposit to my Turkish account, IBAN [[ACCOUNT|=iban:TR]], name [[PERSON|Emre Yıldırım]]"),
    ("account", "ifsc", "A/c no [[ACCOUNT|=inacct]], IFSC {{ifsc}}, beneficiary [[PERSON|Priya Raghunathan]]"),
    ("account", "bsb", "BSB {{bsb}} acct [[ACCOUNT|=auacct]] - that's my CommBank"),
    ("account", "iban", "send the rent refund to [[ACCOUNT|=iban:AE:raw]] (Emirates NBD)"),
    ("account", "nuban", "my GTBank account no: [[ACCOUNT|=nuban]]"),
    ("address", "in", "Ship it to [[ADDRESS|Flat 302, Shanti Residency, 14th Cross, Indiranagar, Bengaluru 560038]] please"),
    ("address", "sg", "my new place: [[ADDRESS|Blk 123 Ang Mo Kio Avenue 3, #08-456, Singapore 560123]]"),
    ("address", "au", "Address for the bond form:\n[[ADDRESS|Unit 4/27 Smith Street, Fitzroy VIC 3065]]"),
    ("address", "ph", "deliver to [[ADDRESS|Unit 12B Tower 2, 6789 Ayala Avenue, Makati City, 1226 Metro Manila]] c/o the concierge"),
    ("address", "ae", "I live at [[ADDRESS|Villa 23, Street 14, Al Barsha 2, Dubai]], gate code at the front"),
    ("dob", "slash", "date of birth [[DOB|14/02/1991]] as on my passport"),
    ("dob", "words", "she was born on the [[DOB|3rd of March 1987]] in Karachi"),
    ("dob", "dash", "DOB: [[DOB|07-23-1979]] (US format, sorry)"),
    ("person", "name", "My landlord in Dubai is [[PERSON|Rashid Al Falasi]], he'll hand over the keys"),
    ("person", "lower", "pls ask for [[PERSON|oksana kovalenko]] at the front desk, she is my cousin"),
    ("person", "name", "the parcel is for my grandmother [[PERSON|Nguyễn Thị Lan]], she doesn't speak English"),
    ("clean", "amount", "The agent fee was ₹1,25,000.00, is that normal for a 2BHK in Pune?"),
    ("clean", "amount", "Total was R$ 1.249,90, paid in 10 instalments"),
    ("clean", "datetime", "Landing 23:45 local time on 14.03.2026, pickup at 00:30"),
    ("clean", "flight", "My flight is TK 1824 to Istanbul, then TK 68 to Lagos"),
    ("clean", "train", "Booked KTX 127 from Seoul to Busan, departs 08:30"),
    ("clean", "pnr", "booking ref {{pnr}}, Emirates, seat 42K"),
    ("clean", "isbn", "the textbook is ISBN {{isbn}}, second edition"),
    ("clean", "ean", "barcode on the box says {{ean}}"),
    ("clean", "tracking", "parcel {{s10:IN}} still says in transit at Mumbai"),
    ("clean", "tracking", "DHL Express waybill {{waybill}}, stuck in customs in Dubai"),
    ("clean", "invoice", "Invoice INV-2026-004512 is still unpaid, due 31/03/2026"),
    ("clean", "invoice", "GST invoice no. MH/24-25/00871 dated 12-02-2025"),
    ("clean", "company", "Supplier: Sol Nascente Comércio Ltda, CNPJ {{cnpj}}"),
    ("clean", "company", "Their GSTIN is {{gstin}}, printed on the bill from Sharma Electronics Pvt Ltd"),
    ("clean", "company", "Bondi Surf Supplies Pty Ltd, ABN {{abn_co}} - that's on the receipt"),
    ("clean", "hotline", "Turkish Airlines call centre 0850 333 0 849 can rebook you"),
    ("clean", "hotline", "Call Qantas on 13 13 13 if the flight is cancelled"),
    ("clean", "hotline", "Airtel customer care is 121 from an Airtel phone, or 1800 103 4444"),
    ("clean", "hours", "Consulate opening hours Mon-Thu 08:30-12:30, Fri closed"),
    ("clean", "rate", "today 1 USD = 83.42 INR, last week it was 82.95"),
    ("clean", "rate", "1 EUR = 36,85 TRY at the exchange office near Taksim"),
    ("clean", "postcode", "Is 560038 inside your delivery zone?"),
    ("clean", "measure", "the suitcase is 158 cm in total and 23 kg, is that ok for Emirates?"),
    ("clean", "amount", "Rent is AED 85,000 a year in 4 cheques"),
]  # fmt: skip

DE: list[Row] = [
    ("phone", "nat", "Meine Handynummer in der Türkei: [[PHONE|=ph:TR:nat]]"),
    ("phone", "intl", "WhatsApp: [[PHONE|=ph:RO:intl]] (rumänische Nummer, bin bis Ostern in Cluj)"),
    ("phone", "00", "ruf bitte meine Schwester an, [[PHONE|=ph:MA:00]]"),
    ("phone", "e164", "Handy [[PHONE|=ph:UA:e164]]"),
    ("phone", "raw", "tel nr von meinem onkel in kairo [[PHONE|=ph:EG:raw]]"),
    ("phone", "dash", "Erreichbar unter [[PHONE|=ph:MX:dash]] - Zeitverschiebung beachten!"),
    ("phone", "nat", "Mobil (Singapur): [[PHONE|=ph:SG:nat]]"),
    ("phone", "no0", "Telefon [[PHONE|=ph:PK:no0]], bitte nur abends, tagsüber bin ich auf der Baustelle"),
    ("phone", "intl", "Die Nummer von Herrn [[PERSON|Olumide Adeyemi]] ist [[PHONE|=ph:NG:intl]]"),
    ("id", "tc", "Meine TC Kimlik Nr. ist [[ID|=tc]], brauchen Sie die für den Mietvertrag?"),
    ("id", "tc99", "Als Ausländer in der Türkei hab ich die Nummer [[ID|=tc99]] (Yabancı Kimlik No)"),
    ("id", "cnp", "CNP [[ID|=cnp]] - steht auf meinem rumänischen Ausweis"),
    ("id", "rnokpp", "Steuernummer aus der Ukraine (RNOKPP): [[ID|=rnokpp]]"),
    ("id", "hetu", "finnische Personenkennung [[ID|=hetu]]"),
    ("id", "permit", "Nummer meines Aufenthaltstitels: [[ID|=permit:de]]"),
    ("id", "fin", "FIN-Nummer für Singapur [[ID|=fin]], gültig bis März"),
    ("id", "aadhaar", "Aadhaar-Nummer meiner Frau: [[ID|=aadhaar_raw]]"),
    ("id", "curp", "hier die CURP meines Sohnes [[ID|=curp_son]] für die Schulanmeldung in Guadalajara"),
    ("id", "thai", "Thai ID [[ID|=thai]]"),
    ("id", "schengen", "Visum Nr. [[ID|=permit:schengen]] für meine Mutter"),
    ("account", "iban", "Bitte auf mein Konto in der Schweiz überweisen: [[ACCOUNT|=iban:CH]]"),
    ("account", "iban", "IBAN (Rumänien) [[ACCOUNT|=iban:RO:raw]], Kontoinhaberin [[PERSON|Ioana Popescu]]"),
    ("account", "clabe", "CLABE für die Überweisung nach Mexiko: [[ACCOUNT|=clabe]]"),
    ("account", "conta", "Banco do Brasil, Agência {{agencia}}, Konto [[ACCOUNT|=conta]]"),
    ("account", "iban", "ukrainisches Konto [[ACCOUNT|=iban:UA]]"),
    ("address", "tr", "Lieferadresse: [[ADDRESS|Bağdat Caddesi No: 145 Daire: 7, 34728 Kadıköy/İstanbul]]"),
    ("address", "ro", "Meine Adresse in Bukarest:\n[[ADDRESS|Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 14, sector 2, 020071 București]]"),
    ("address", "ua", "Paket bitte an [[ADDRESS|вул. Хрещатик, 22, кв. 5, Київ, 01001]] schicken"),
    ("address", "mx", "wohne jetzt in der [[ADDRESS|Calle Durango 245, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México, CDMX]]"),
    ("address", "ma", "Adresse meiner Eltern: [[ADDRESS|12 Rue Ibn Batouta, Quartier Gauthier, 20060 Casablanca]]"),
    ("dob", "dot", "Geburtsdatum [[DOB|04.11.1986]]"),
    ("dob", "words", "geb. am [[DOB|17. Januar 1993]] in Antalya"),
    ("dob", "iso", "Geburtstag meines Vaters laut Pass: [[DOB|1958-06-09]]"),
    ("person", "name", "Ich wohne zur Untermiete bei [[PERSON|Mehmet Kaya]]"),
    ("person", "lower", "bitte an [[PERSON|nguyen van thanh]] übergeben"),
    ("person", "name", "Ansprechpartnerin in Kiew ist [[PERSON|Olena Shevchenko]]"),
    ("clean", "amount", "Die Miete in Istanbul liegt bei 28.500 TL im Monat"),
    ("clean", "amount", "Kostet in Bukarest 1.249,99 lei, hier 279 €"),
    ("clean", "datetime", "Abflug am 22.12.2026 um 06:15, Ankunft 14:40 Ortszeit"),
    ("clean", "flight", "Flug EK 46 nach Dubai, dann EK 384 nach Bangkok"),
    ("clean", "train", "ICE 1543 hat wieder 35 Minuten Verspätung"),
    ("clean", "pnr", "Buchungscode {{pnr}} bei Pegasus"),
    ("clean", "isbn", "Das Lehrbuch hat die ISBN {{isbn}}"),
    ("clean", "ean", "EAN {{ean}} steht auf der Packung"),
    ("clean", "tracking", "Sendungsnummer {{s10:UA}} - hängt seit Tagen beim Zoll"),
    ("clean", "tracking", "DHL Sendungsnummer {{dhl}}"),
    ("clean", "invoice", "Rechnung Nr. 2026-10482 vom 03.02.2026 ist noch offen"),
    ("clean", "invoice", "Zahlungsreferenz RE/2025/11/0934"),
    ("clean", "company", "Anadolu Gıda Ltd. Şti., Steuernr. (VKN) {{vkn}}"),
    ("clean", "company", "Lieferant: Carpathia Logistic SRL, CUI RO{{cui}}"),
    ("clean", "company", "ТОВ Київ-Трейд, Код ЄДРПОУ {{edrpou}}"),
    ("clean", "hotline", "Kundenservice von Türk Telekom: 444 1 444"),
    ("clean", "hotline", "Lufthansa Service-Center 069 86 799 799"),
    ("clean", "hotline", "Servicenummer der Deutschen Bahn: 030 2970"),
    ("clean", "hours", "Das Konsulat hat Mo-Fr 9:00-12:30 geöffnet, Do zusätzlich 14-16 Uhr"),
    ("clean", "rate", "Kurs heute: 1 EUR = 4,97 RON, letzte Woche 4,95"),
    ("clean", "rate", "1 € sind gerade 45,20 UAH"),
    ("clean", "postcode", "Liegt 34728 noch in Kadıköy?"),
    ("clean", "measure", "Das Paket ist 60 x 40 x 35 cm und wiegt 12,5 kg"),
    ("clean", "amount", "Überweisung von 12.000,00 MXN kam an, Gebühr 4,90 €"),
]  # fmt: skip

FR: list[Row] = [
    ("phone", "intl", "Mon numéro WhatsApp au Maroc : [[PHONE|=ph:MA:intl]]"),
    ("phone", "nat", "tu peux appeler ma tante à Casablanca au [[PHONE|=ph:MA:nat]]"),
    ("phone", "00", "portable : [[PHONE|=ph:NG:00]] (je suis à Abuja jusqu'au 15)"),
    ("phone", "e164", "Tél. [[PHONE|=ph:VN:e164]]"),
    ("phone", "raw", "mon num en inde [[PHONE|=ph:IN:raw]] svp rappelez moi"),
    ("phone", "dash", "Joignable au [[PHONE|=ph:TH:dash]] pendant mon séjour à Bangkok"),
    ("phone", "nat", "numéro de portable brésilien : [[PHONE|=ph:BR:nat]]"),
    ("phone", "no0", "mon mobile c'est le [[PHONE|=ph:UA:no0]], indicatif ukrainien"),
    ("phone", "intl", "Le numéro de Mme [[PERSON|Aminata Diallo]] : [[PHONE|=ph:AE:intl]]"),
    ("id", "nie", "Mon NIE espagnol est [[ID|=nie]]"),
    ("id", "cf", "codice fiscale : [[ID|=cf]] (pour le bail à Milan)"),
    ("id", "cin", "CIN marocaine n° [[ID|=cin]]"),
    ("id", "permit", "Numéro étranger sur mon titre de séjour : [[ID|=permit:fr]]"),
    ("id", "cpf", "CPF de ma femme [[ID|=cpf_raw]]"),
    ("id", "rfc", "RFC : [[ID|=rfc]] pour la facture au Mexique"),
    ("id", "pan", "pan card [[ID|=pan]]"),
    ("id", "rrn", "numéro d'enregistrement coréen (ARC) : [[ID|=rrn]]"),
    ("id", "nric", "NRIC [[ID|=nric]], nécessaire pour le bail à Singapour"),
    ("id", "tfn", "Mon TFN australien : [[ID|=tfn]]"),
    ("id", "us", "numéro du visa américain : [[ID|=permit:us]]"),
    ("account", "iban", "RIB au Maroc ? non, mon IBAN en Turquie : [[ACCOUNT|=iban:TR]]"),
    ("account", "iban", "Virement sur [[ACCOUNT|=iban:SA]], titulaire [[PERSON|Youssef Benali]]"),
    ("account", "ifsc", "Compte n° [[ACCOUNT|=inacct]] (SBI, IFSC {{ifsc}})"),
    ("account", "nuban", "compte Access Bank : [[ACCOUNT|=nuban]]"),
    ("account", "iban", "Mon compte en Suède [[ACCOUNT|=iban:SE:raw]]"),
    ("address", "ma", "Adresse : [[ADDRESS|Appt 6, Résidence Al Amal, 45 Boulevard Zerktouni, 20040 Casablanca]]"),
    ("address", "vn", "livrez à [[ADDRESS|Số 25 Ngõ 40 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội]]"),
    ("address", "ng", "mes parents habitent [[ADDRESS|Plot 15, Adeola Odeku Street, Victoria Island, Lagos]]"),
    ("address", "br", "Nouvelle adresse :\n[[ADDRESS|Rua das Flores, 123, apto 45, Pinheiros, São Paulo - SP, 05422-010]]"),
    ("address", "kr", "j'habite au [[ADDRESS|101동 1203호, 152 Teheran-ro, Gangnam-gu, Seoul 06236]]"),
    ("dob", "slash", "date de naissance : [[DOB|09/05/1984]]"),
    ("dob", "words", "né le [[DOB|12 septembre 1976]] à Oran"),
    ("dob", "words", "ma fille est née le [[DOB|1er avril 2009]]"),
    ("person", "name", "Je loue une chambre chez [[PERSON|Kwame Mensah]]"),
    ("person", "upper", "Destinataire : [[PERSON|TRAN THI HOA]]"),
    ("person", "name", "mon associé [[PERSON|Rajesh Kumar Iyer]] signera à ma place"),
    ("clean", "amount", "Le loyer à Casablanca est de 6 500 MAD par mois"),
    ("clean", "amount", "J'ai payé 1.850.000 ₫ pour la chambre, soit environ 66 €"),
    ("clean", "datetime", "Arrivée prévue le 05/01/2027 à 23h50"),
    ("clean", "flight", "Vol AT 771 Paris-Casablanca, correspondance AT 555"),
    ("clean", "train", "TGV INOUI 6201 départ 07h14 voie 11"),
    ("clean", "pnr", "référence de réservation {{pnr}} chez Royal Air Maroc"),
    ("clean", "isbn", "ISBN du manuel : {{isbn}}"),
    ("clean", "ean", "code-barres {{ean}}"),
    ("clean", "tracking", "numéro de suivi {{s10:MA}}"),
    ("clean", "tracking", "colis Colissimo {{colis}}"),
    ("clean", "invoice", "Facture n° FA-2026-00318 du 14/02/2026"),
    ("clean", "invoice", "référence de paiement F2026/0457"),
    ("clean", "company", "SIRET de la société : {{siret}}"),
    ("clean", "company", "Atlas Import SARL, ICE {{ice}}"),
    ("clean", "company", "Fournisseur : Saigon Craft Co., Ltd, mã số thuế {{vnmst}}"),
    ("clean", "hotline", "Appelez le service client Western Union au 0800 90 14 67"),
    ("clean", "hotline", "Ligne d'assistance Emirates : +971 600 555555"),
    ("clean", "hotline", "Orange : 3900 depuis un mobile Orange"),
    ("clean", "hours", "Le consulat est ouvert du lundi au jeudi de 9h à 12h30"),
    ("clean", "rate", "1 EUR = 10,82 MAD aujourd'hui au bureau de change"),
    ("clean", "rate", "le taux est de 27 450 VND pour 1 €"),
    ("clean", "postcode", "le code postal 20040 c'est bien Casablanca ?"),
    ("clean", "measure", "Valise 55 x 40 x 20 cm, 8 kg max en cabine"),
    ("clean", "amount", "Total : 2 349,00 R$ soit à peu près 390 €"),
]  # fmt: skip

ES: list[Row] = [
    ("phone", "intl", "Mi WhatsApp de México: [[PHONE|=ph:MX:intl]]"),
    ("phone", "nat", "llámame al celular [[PHONE|=ph:CO:nat]], estoy en Bogotá"),
    ("phone", "raw", "cel [[PHONE|=ph:MX:raw]]"),
    ("phone", "00", "el teléfono de mi madre en Filipinas es [[PHONE|=ph:PH:00]]"),
    ("phone", "e164", "Tel.: [[PHONE|=ph:BR:e164]]"),
    ("phone", "dash", "mi número en Marruecos [[PHONE|=ph:MA:dash]], por si no contesto el español"),
    ("phone", "nat", "Teléfono de contacto (Rumanía): [[PHONE|=ph:RO:nat]]"),
    ("phone", "no0", "whatsap [[PHONE|=ph:IN:no0]] (India)"),
    ("phone", "intl", "El número de [[PERSON|Ngozi Okafor]] es [[PHONE|=ph:NG:intl]]"),
    ("id", "curp", "Mi CURP es [[ID|=curp]]"),
    ("id", "rfc", "rfc [[ID|=rfc]] para la factura porfa"),
    ("id", "cpf", "el CPF de mi esposa es [[ID|=cpf]]"),
    ("id", "nif", "NIF [[ID|=nif]]"),
    ("id", "nie", "mi nie es [[ID|=nie]] y el de mi hijo [[ID|=nie]]"),
    ("id", "cf", "Código fiscal italiano: [[ID|=cf]]"),
    ("id", "eid", "Emirates ID: [[ID|=eid]]"),
    ("id", "hetu", "Mi número de identidad finlandés (HETU) es [[ID|=hetu]]"),
    ("id", "ae", "número de archivo del visado de residencia [[ID|=permit:ae]]"),
    ("id", "abn", "Trabajo como autónomo en Sídney, mi ABN es [[ID|=abn]]"),
    ("id", "cccd", "número de CCCD vietnamita [[ID|=cccd]]"),
    ("account", "clabe", "Mi CLABE interbancaria: [[ACCOUNT|=clabe]]"),
    ("account", "conta", "Banco Itaú, agencia {{agencia}}, cuenta [[ACCOUNT|=conta]], a nombre de [[PERSON|João Pedro Almeida]]"),
    ("account", "iban", "IBAN de Brasil [[ACCOUNT|=iban:BR]]"),
    ("account", "iban", "cuenta en Pakistán: [[ACCOUNT|=iban:PK]]"),
    ("account", "iban", "IBAN [[ACCOUNT|=iban:GB:raw]] (mi cuenta de Londres)"),
    ("address", "mx", "Dirección de entrega: [[ADDRESS|Av. Insurgentes Sur 1602, Int. 8, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México]]"),
    ("address", "co", "vivo en la [[ADDRESS|Carrera 7 # 45-23, Apto 502, Chapinero, Bogotá]]"),
    ("address", "br", "mándalo a [[ADDRESS|Rua Augusta, 1508, apto 72 - Consolação, São Paulo - SP, 01304-001]]"),
    ("address", "ph", "Mi dirección en Cebú:\n[[ADDRESS|123 Osmeña Blvd, Brgy. Capitol Site, Cebu City 6000]]"),
    ("address", "ae", "la dirección del piso en Dubái es [[ADDRESS|Apartment 1204, Marina Heights Tower, Dubai Marina, Dubai]]"),
    ("dob", "slash", "Fecha de nacimiento: [[DOB|25/12/1990]]"),
    ("dob", "words", "nací el [[DOB|8 de agosto de 1982]] en Guayaquil"),
    ("dob", "dash", "f. nac. [[DOB|02-07-1969]]"),
    ("person", "name", "Mi casera en Ciudad de México se llama [[PERSON|Guadalupe Hernández Ríos]]"),
    ("person", "lower", "pregunta por [[PERSON|marisol dela cruz]] en recepción"),
    ("person", "name", "el paquete es para [[PERSON|Bilal Ahmed Qureshi]]"),
    ("clean", "amount", "El alquiler en CDMX son $18,500 MXN al mes"),
    ("clean", "amount", "pagué 45.000 COP por el taxi"),
    ("clean", "datetime", "Salida el 03/04/2026 a las 22:10, llegada 06:35"),
    ("clean", "flight", "vuelo AM 1 Madrid-México, luego AM 2560 a Cancún"),
    ("clean", "train", "el AVE 03071 sale a las 9:30 de Atocha"),
    ("clean", "pnr", "localizador {{pnr}} de Avianca"),
    ("clean", "isbn", "ISBN {{isbn}}"),
    ("clean", "ean", "código de barras {{ean}}"),
    ("clean", "tracking", "número de seguimiento {{s10:MX}}"),
    ("clean", "tracking", "guía de FedEx {{fedex}}"),
    ("clean", "invoice", "Factura A-0001-00004512 del 15/01/2026"),
    ("clean", "invoice", "folio fiscal de la factura: 5E2D6AFF-2DD7-43D1-83D3-14C1ACA396D9"),
    ("clean", "company", "Distribuidora del Bajío S.A. de C.V., RFC {{rfc_co}}"),
    ("clean", "company", "CIF de la empresa: {{cif}} (Construcciones Levante S.L.)"),
    ("clean", "company", "La tienda Sol Nascente Ltda tiene CNPJ {{cnpj}}"),
    ("clean", "hotline", "Atención al cliente de Telcel: *264 o 800 710 5687"),
    ("clean", "hotline", "Iberia: 901 111 500"),
    ("clean", "hotline", "Servicio al cliente de Avianca en Colombia: 601 401 3434"),
    ("clean", "hours", "Horario del consulado: lunes a viernes de 8:00 a 14:00"),
    ("clean", "rate", "Hoy 1 USD = 17,08 MXN"),
    ("clean", "rate", "el dólar está a 4.012 pesos colombianos"),
    ("clean", "postcode", "¿El código postal 06700 es de la Roma Norte?"),
    ("clean", "measure", "La caja mide 40 x 30 x 25 cm y pesa 3,2 kg"),
    ("clean", "amount", "Son R$ 350,00 de tasa de embarque"),
]  # fmt: skip

IT: list[Row] = [
    ("phone", "intl", "Il mio numero WhatsApp in Romania: [[PHONE|=ph:RO:intl]]"),
    ("phone", "nat", "cellulare di mia cugina a Kiev [[PHONE|=ph:UA:nat]]"),
    ("phone", "00", "cell. [[PHONE|=ph:EG:00]]"),
    ("phone", "e164", "Tel [[PHONE|=ph:PK:e164]] (Lahore)"),
    ("phone", "raw", "numero di telefono [[PHONE|=ph:PH:raw]]"),
    ("phone", "dash", "Chiamami su [[PHONE|=ph:BR:dash]], uso solo il numero brasiliano"),
    ("phone", "nat", "il mio cell australiano è [[PHONE|=ph:AU:nat]]"),
    ("phone", "no0", "numero indiano [[PHONE|=ph:IN:no0]], chiamare dopo le 18"),
    ("phone", "intl", "Il numero del sig. [[PERSON|Andrei Ionescu]]: [[PHONE|=ph:RO:intl]]"),
    ("id", "cnp", "CNP: [[ID|=cnp]]"),
    ("id", "tc", "il mio numero TC Kimlik è [[ID|=tc]]"),
    ("id", "nif", "NIF spagnolo [[ID|=nif]]"),
    ("id", "permit", "permesso di soggiorno n. [[ID|=permit:it]], rinnovo in corso"),
    ("id", "cf", "codice fiscale di mio marito [[ID|=cf]]"),
    ("id", "aadhaar", "numero Aadhaar [[ID|=aadhaar]]"),
    ("id", "medicare", "Medicare card [[ID|=medicare]]"),
    ("id", "rnokpp", "codice fiscale ucraino (RNOKPP) [[ID|=rnokpp]]"),
    ("id", "thai", "carta d'identità thailandese [[ID|=thai]]"),
    ("id", "nin", "NIN nigeriano: [[ID|=nin]]"),
    ("id", "curp", "la curp di mia figlia è [[ID|=curp_daughter]]"),
    ("account", "iban", "IBAN rumeno [[ACCOUNT|=iban:RO]] intestato a [[PERSON|Elena Dumitrescu]]"),
    ("account", "iban", "conto in Ucraina: [[ACCOUNT|=iban:UA:raw]]"),
    ("account", "iban", "iban svizzero [[ACCOUNT|=iban:CH:raw]]"),
    ("account", "bsb", "BSB {{bsb}} conto [[ACCOUNT|=auacct]] (Westpac)"),
    ("account", "kr", "conto bancario in Corea (Shinhan) [[ACCOUNT|=kracct]]"),
    ("address", "ro", "Indirizzo: [[ADDRESS|Strada Avram Iancu nr. 8, ap. 3, 400089 Cluj-Napoca]]"),
    ("address", "ua", "spedite a [[ADDRESS|vul. Shevchenka 14, kv. 21, Lviv 79005]]"),
    ("address", "eg", "abito a [[ADDRESS|15 Mohamed Mazhar Street, Zamalek, Cairo 11211]]"),
    ("address", "au", "Mio indirizzo a Melbourne:\n[[ADDRESS|12/88 Chapel Street, Windsor VIC 3181]]"),
    ("address", "th", "non l'hotel, l'appartamento: [[ADDRESS|88/12 Soi Sukhumvit 31, Khlong Toei Nuea, Watthana, Bangkok 10110]]"),
    ("dob", "slash", "data di nascita [[DOB|30/06/1988]]"),
    ("dob", "words", "nata il [[DOB|21 marzo 1995]] a Bucarest"),
    ("dob", "dot", "nato il [[DOB|11.10.1972]]"),
    ("person", "name", "la badante di mia nonna è [[PERSON|Svetlana Moroz]]"),
    ("person", "lower", "consegnare a [[PERSON|maria clara santos]]"),
    ("person", "name", "mio suocero [[PERSON|Abdullahi Musa]] arriva domani"),
    ("clean", "amount", "L'affitto a Bucarest è di 2.300 lei al mese"),
    ("clean", "amount", "costa ₴ 12 500, circa 280 euro"),
    ("clean", "datetime", "partenza il 18/07/2026 alle 05:45"),
    ("clean", "flight", "volo RO 402 per Bucarest, poi RO 7311"),
    ("clean", "train", "Frecciarossa 9541 da Milano Centrale, carrozza 7"),
    ("clean", "pnr", "codice di prenotazione {{pnr}}"),
    ("clean", "isbn", "ISBN del libro: {{isbn}}"),
    ("clean", "ean", "codice EAN {{ean}}"),
    ("clean", "tracking", "tracking {{s10:RO}}"),
    ("clean", "tracking", "numero spedizione BRT {{fedex}}"),
    ("clean", "invoice", "fattura n. 2026/0153 del 10/02/2026"),
    ("clean", "invoice", "numero ordine 402-8812734-5567129"),
    ("clean", "company", "Partita IVA {{iva}} - Alimentari Rossi S.r.l."),
    ("clean", "company", "Carpathia Logistic SRL, CUI {{cui}}"),
    ("clean", "company", "Fornitore indiano: Sharma Textiles Pvt Ltd, GSTIN {{gstin}}"),
    ("clean", "hotline", "Numero verde Poste Italiane 803 160"),
    ("clean", "hotline", "Trenitalia call center 892021"),
    ("clean", "hotline", "servizio clienti Wizz Air: +40 21 206 0222"),
    ("clean", "hours", "Il consolato riceve dal lunedì al venerdì, 9:30-12:30"),
    ("clean", "rate", "oggi 1 EUR = 4,9765 RON"),
    ("clean", "rate", "cambio 1 € = 1,68 AUD"),
    ("clean", "postcode", "il codice postale 400089 è Cluj?"),
    ("clean", "measure", "la valigia pesa 23,4 kg e misura 75 x 50 x 30 cm"),
    ("clean", "amount", "totale A$ 1,249.95 incl. GST"),
]  # fmt: skip

NL: list[Row] = [
    ("phone", "intl", "Mijn WhatsApp-nummer in Turkije is [[PHONE|=ph:TR:intl]]"),
    ("phone", "nat", "mobiel nummer van mijn moeder in Marokko: [[PHONE|=ph:MA:nat]]"),
    ("phone", "00", "bel me op [[PHONE|=ph:SG:00]]"),
    ("phone", "e164", "tel. [[PHONE|=ph:KR:e164]]"),
    ("phone", "raw", "mn nummer in nigeria is [[PHONE|=ph:NG:raw]]"),
    ("phone", "dash", "Telefoon: [[PHONE|=ph:VN:dash]]"),
    ("phone", "nat", "mijn Thaise nummer: [[PHONE|=ph:TH:nat]]"),
    ("phone", "no0", "mobiel [[PHONE|=ph:TR:no0]]"),
    ("phone", "intl", "Het nummer van [[PERSON|Hatice Çelik]] is [[PHONE|=ph:TR:intl]]"),
    ("id", "tc", "TC kimlik no [[ID|=tc]]"),
    ("id", "tc99", "mijn buitenlandersnummer in Turkije (begint met 99): [[ID|=tc99]]"),
    ("id", "cin", "Marokkaans ID-nummer (CIN) [[ID|=cin]]"),
    ("id", "permit", "nummer verblijfsdocument [[ID|=permit:nl]]"),
    ("id", "nric", "NRIC van mijn vrouw [[ID|=nric]]"),
    ("id", "rrn", "Koreaans registratienummer [[ID|=rrn]]"),
    ("id", "pan", "PAN: [[ID|=pan]]"),
    ("id", "nie", "mijn NIE in Spanje is [[ID|=nie]]"),
    ("id", "cpf", "cpf [[ID|=cpf_raw]]"),
    ("id", "eid", "Emirates ID-nummer: [[ID|=eid]]"),
    ("id", "hetu", "Fins persoonsnummer [[ID|=hetu]]"),
    ("account", "iban", "Mijn Turkse IBAN: [[ACCOUNT|=iban:TR:raw]]"),
    ("account", "iban", "rekening in de Emiraten: [[ACCOUNT|=iban:AE]] t.n.v. [[PERSON|Karim El Amrani]]"),
    ("account", "ifsc", "rekeningnummer [[ACCOUNT|=inacct]], IFSC {{ifsc}}"),
    ("account", "iban", "Saoedisch rekeningnummer [[ACCOUNT|=iban:SA:raw]]"),
    ("account", "nuban", "Nigeriaanse rekening (Zenith) [[ACCOUNT|=nuban]]"),
    ("address", "tr", "Adres: [[ADDRESS|Atatürk Mah. Cumhuriyet Cad. No: 27 D: 4, 06420 Çankaya/Ankara]]"),
    ("address", "ma", "mijn ouders wonen op [[ADDRESS|Rue Moulay Ismail 18, Hay Mohammadi, 30000 Fès]]"),
    ("address", "sg", "Nieuw adres:\n[[ADDRESS|Blk 456 Tampines Street 42, #12-345, Singapore 520456]]"),
    ("address", "in", "stuur het naar [[ADDRESS|B-14, Green Park Extension, New Delhi 110016]]"),
    ("address", "kr", "adres in Busan: [[ADDRESS|부산광역시 해운대구 우동 1408, 305호]]"),
    ("dob", "dash", "geboortedatum [[DOB|12-05-1983]]"),
    ("dob", "words", "geboren op [[DOB|7 juni 1999]] in Nador"),
    ("dob", "slash", "geb. [[DOB|28/02/1975]]"),
    ("person", "name", "ik huur een kamer bij [[PERSON|Driss Ouazzani]]"),
    ("person", "upper", "naam op het pakket: [[PERSON|PHAM MINH DUC]]"),
    ("person", "name", "mijn schoonmoeder [[PERSON|Ayşe Yılmaz]] komt logeren"),
    ("clean", "amount", "De huur in Istanbul is ₺32.000 per maand"),
    ("clean", "amount", "S$ 2,450.00 per maand voor een kamer in Singapore"),
    ("clean", "datetime", "vertrek 14-08-2026 om 11:25, aankomst 19:05"),
    ("clean", "flight", "vlucht TK 1952 naar Istanbul, dan TK 620 naar Marrakech"),
    ("clean", "train", "IC 3104 naar Amsterdam Centraal"),
    ("clean", "pnr", "boekingscode {{pnr}} bij Transavia"),
    ("clean", "isbn", "het ISBN is {{isbn}}"),
    ("clean", "ean", "EAN-code {{ean}}"),
    ("clean", "tracking", "Track & Trace-code {{postnl}}"),
    ("clean", "tracking", "zendingnummer {{s10:TR}}"),
    ("clean", "invoice", "factuurnummer 2026-00417"),
    ("clean", "invoice", "betalingskenmerk {{kenmerk}}"),
    ("clean", "company", "KvK-nummer van Anatolia Import B.V.: {{kvk}}"),
    ("clean", "company", "Emirates Trading LLC, Trade License No. {{license}}"),
    ("clean", "company", "leverancier Saigon Craft Co., Ltd, MST {{vnmst}}"),
    ("clean", "hotline", "klantenservice van Turkish Airlines: 0850 333 0 849"),
    ("clean", "hotline", "Singapore Airlines Service Centre +65 6223 8888"),
    ("clean", "hotline", "KLM Customer Contact Centre 020 474 7747"),
    ("clean", "hours", "Het consulaat is open ma-vr 9.00-13.00 uur"),
    ("clean", "rate", "1 EUR = 36,92 TRY vandaag"),
    ("clean", "rate", "wisselkoers: 1 SGD = 0,69 EUR"),
    ("clean", "postcode", "is 06420 de postcode van Çankaya?"),
    ("clean", "measure", "de doos is 50 bij 40 bij 30 cm, 7,5 kg"),
    ("clean", "amount", "Totaal: 4.250 dirham (MAD)"),
]  # fmt: skip

PL: list[Row] = [
    ("phone", "intl", "Mój numer na WhatsAppie (ukraiński): [[PHONE|=ph:UA:intl]]"),
    ("phone", "nat", "zadzwoń do mojej mamy we Lwowie, tel. [[PHONE|=ph:UA:nat]]"),
    ("phone", "00", "nr tel. kom. [[PHONE|=ph:IN:00]]"),
    ("phone", "e164", "telefon: [[PHONE|=ph:VN:e164]]"),
    ("phone", "raw", "moj numer w wietnamie [[PHONE|=ph:VN:raw]]"),
    ("phone", "dash", "Komórka: [[PHONE|=ph:PH:dash]]"),
    ("phone", "nat", "numer turecki [[PHONE|=ph:TR:nat]], jestem w Antalyi do niedzieli"),
    ("phone", "no0", "nr komórki [[PHONE|=ph:NG:no0]]"),
    ("phone", "intl", "Numer pani [[PERSON|Halyna Bondarenko]]: [[PHONE|=ph:UA:intl]]"),
    ("id", "rnokpp", "Mój ukraiński numer podatkowy (RNOKPP): [[ID|=rnokpp]]"),
    ("id", "permit", "Karta pobytu nr [[ID|=permit:pl]]"),
    ("id", "cnp", "CNP żony: [[ID|=cnp]]"),
    ("id", "tc", "numer TC Kimlik [[ID|=tc]]"),
    ("id", "aadhaar", "nr aadhar [[ID|=aadhaar]]"),
    ("id", "pan", "Numer PAN [[ID|=pan]] do faktury"),
    ("id", "fin", "FIN z Singapuru [[ID|=fin]]"),
    ("id", "tfn", "australijski TFN: [[ID|=tfn]]"),
    ("id", "cf", "kodice fiskale [[ID|=cf]]"),
    ("id", "cpf", "CPF: [[ID|=cpf]]"),
    ("id", "schengen", "numer wizy [[ID|=permit:schengen]]"),
    ("account", "iban", "Moje konto w Ukrainie: [[ACCOUNT|=iban:UA]]"),
    ("account", "iban", "IBAN turecki [[ACCOUNT|=iban:TR]], odbiorca [[PERSON|Burak Öztürk]]"),
    ("account", "iban", "konto w Wielkiej Brytanii [[ACCOUNT|=iban:GB]]"),
    ("account", "conta", "Bradesco: agência {{agencia}}, conta [[ACCOUNT|=conta]]"),
    ("account", "clabe", "CLABE [[ACCOUNT|=clabe]]"),
    ("address", "ua", "Adres: [[ADDRESS|вул. Городоцька, 85, кв. 9, Львів, 79016]]"),
    ("address", "ro", "mieszkam na [[ADDRESS|Bulevardul Unirii nr. 45, bl. 7B, ap. 12, sector 3, 030119 București]]"),
    ("address", "in", "adres w Indiach:\n[[ADDRESS|House No. 221, Sector 15, Gurugram, Haryana 122001]]"),
    ("address", "vn", "wyślij na [[ADDRESS|123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]"),
    ("address", "ae", "adres w Abu Zabi: [[ADDRESS|Flat 804, Al Reem Tower, Al Reem Island, Abu Dhabi]]"),
    ("dob", "dot", "data urodzenia: [[DOB|16.09.1992]]"),
    ("dob", "words", "urodzona [[DOB|5 maja 1980]] w Charkowie"),
    ("dob", "words", "ur. [[DOB|23 lutego 2001]] r."),
    ("person", "name", "mieszkam u [[PERSON|Oleksandra Tkachenki]]"),
    ("person", "lower", "paczka dla [[PERSON|nguyen thi thu trang]]"),
    ("person", "name", "moja współlokatorka [[PERSON|Chiamaka Eze]] odbierze klucze"),
    ("clean", "amount", "Czynsz w Kijowie to 15 000 грн miesięcznie"),
    ("clean", "amount", "zapłaciłem 1 250,00 zł + 89,99 USD"),
    ("clean", "datetime", "wylot 12.03.2026 o 06:40, przylot 10:55"),
    ("clean", "flight", "lot LO 281 do Seulu, powrót LO 282"),
    ("clean", "train", "pociąg IC 3510 Przemyśl-Kraków, odjazd 14:05"),
    ("clean", "pnr", "kod rezerwacji {{pnr}}"),
    ("clean", "isbn", "ISBN: {{isbn}}"),
    ("clean", "ean", "kod kreskowy {{ean}}"),
    ("clean", "tracking", "numer przesyłki {{s10:PL}}"),
    ("clean", "tracking", "numer paczki InPost {{inpost}}"),
    ("clean", "invoice", "Faktura VAT nr FV/2026/03/0147"),
    ("clean", "invoice", "nr zamówienia 2026/11/004831"),
    ("clean", "company", "Translog Sp. z o.o., KRS {{krs}}"),
    ("clean", "company", "ТОВ «Карпати Трейд», код ЄДРПОУ {{edrpou}}"),
    ("clean", "company", "Anadolu Gıda Ltd. Şti., VKN {{vkn}}"),
    ("clean", "hotline", "infolinia LOT: 22 577 77 55"),
    ("clean", "hotline", "Nova Poshta, infolinia 0 800 500 609"),
    ("clean", "hotline", "Infolinia PKP Intercity 703 200 200"),
    ("clean", "hours", "konsulat czynny pn.-pt. 9:00-15:00"),
    ("clean", "rate", "kurs: 1 EUR = 4,27 PLN, 1 UAH = 0,097 PLN"),
    ("clean", "rate", "1 USD = 41,35 UAH w kantorze"),
    ("clean", "postcode", "kod pocztowy 79005 to Lwów?"),
    ("clean", "measure", "walizka 23 kg, 158 cm sumy wymiarów"),
    ("clean", "amount", "rachunek na 3.450,00 TL"),
]  # fmt: skip

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    return probe_templates.checked_rows(
        "p18",
        LANG_ROWS,
        render,
        short=probe_templates.SHORT,
        category_of=probe_templates.CATEGORY,
        per_language=60,
        clean=24,
    )


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
