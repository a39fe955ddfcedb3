"""Check digits and structural rules that turn a regex match into a validated value.

Every function takes the candidate as typed (separators allowed where the format
allows them), returns a bool and never raises for any string. Where python-stdnum
(LGPL-2.1-or-later, used unmodified as a library) has the scheme, its check is used:
it is well kept and covers hundreds of national numbers. The few schemes it lacks
(UK NINO, US SSN's issuance rules, SG NRIC/FIN, AU Medicare, US DEA, NG NIN, the
Bitcoin address forms) are written here.

>>> luhn("4111 1111 1111 1111")
True
>>> iban("DE89 3704 0044 0532 0130 00")
True
>>> pesel("44051401359")
True
"""

from __future__ import annotations

import datetime
import hashlib
import re

from stdnum import luhn as _luhn
from stdnum import verhoeff as _verhoeff
from stdnum.ar import cuit as _ar_cuit
from stdnum.au import abn as _au_abn
from stdnum.au import acn as _au_acn
from stdnum.au import tfn as _au_tfn
from stdnum.br import cpf as _br_cpf
from stdnum.ca import sin as _ca_sin
from stdnum.cl import rut as _cl_rut
from stdnum.de import idnr as _de_idnr
from stdnum.de import vat as _de_vat
from stdnum.es import ccc as _es_ccc
from stdnum.es import dni as _es_dni
from stdnum.es import nie as _es_nie
from stdnum.fi import hetu as _fi_hetu
from stdnum.fr import nir as _fr_nir
from stdnum.gb import nhs as _gb_nhs
from stdnum.gb import utr as _gb_utr
from stdnum.in_ import aadhaar as _in_aadhaar
from stdnum.in_ import epic as _in_epic
from stdnum.in_ import gstin as _in_gstin
from stdnum.in_ import pan as _in_pan
from stdnum.iso7064 import mod_97_10 as _mod_97_10
from stdnum.it import codicefiscale as _it_codicefiscale
from stdnum.it import iva as _it_iva
from stdnum.kr import brn as _kr_brn
from stdnum.kr import rrn as _kr_rrn
from stdnum.mx import curp as _mx_curp
from stdnum.mx import rfc as _mx_rfc
from stdnum.nl import bsn as _nl_bsn
from stdnum.pl import pesel as _pl_pesel
from stdnum.ro import cnp as _ro_cnp
from stdnum.se import orgnr as _se_orgnr
from stdnum.se import personnummer as _se_personnummer
from stdnum.sg import uen as _sg_uen
from stdnum.th import pin as _th_pin
from stdnum.tr import tckimlik as _tr_tckimlik
from stdnum.ua import rntrc as _ua_rntrc
from stdnum.us import rtn as _us_rtn
from stdnum.za import idnr as _za_idnr

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def compact(value: str) -> str:
    """The letters and digits of `value`, upper-cased (separators dropped)."""
    return _NON_ALNUM.sub("", value).upper()


def _digits(value: str, length: int) -> str | None:
    """The digits of `value` (separators dropped) if there are exactly `length`, ASCII."""
    code = compact(value)
    if len(code) != length or not code.isascii() or not code.isdigit():
        return None
    return code


def _ascii_code(value: str, length: int) -> str | None:
    """`compact(value)` if it has exactly `length` ASCII letters and digits."""
    code = compact(value)
    if len(code) != length or not code.isascii():
        return None
    return code


def luhn(value: str) -> bool:
    """The Luhn (mod-10) check used by payment cards; separators are ignored."""
    digits = "".join(c for c in value if c.isdigit() and c.isascii())
    return len(digits) >= 2 and bool(_luhn.is_valid(digits))


# ISO 13616 IBAN lengths per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban(value: str) -> bool:
    """ISO 13616: known country, that country's length, and mod-97 == 1.

    Our own length table (it follows the registry more closely than stdnum's per-country
    BBAN formats, which lag behind newly joined countries); stdnum's ISO 7064 mod 97-10.
    """
    code = compact(value)
    if len(code) < 5 or IBAN_LENGTHS.get(code[:2]) != len(code) or not code[2:4].isdigit():
        return False
    if not code.isascii():
        return False
    return bool(_mod_97_10.is_valid(code[4:] + code[:4]))


def pesel(value: str) -> bool:
    """Polish PESEL: 11 digits, a real birth date and the weighted check digit."""
    if len(value) != 11 or not value.isascii() or not value.isdigit():
        return False
    return bool(_pl_pesel.is_valid(value))


def es_dni(value: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), mod-23 letter."""
    code = compact(value)
    if len(code) == 8 and code[:7].isdigit():
        code = "0" + code  # DNIs below 10 million are also written with seven digits
    if len(code) != 9 or not code.isascii():
        return False
    if code[0] in "XYZ":
        return bool(_es_nie.is_valid(code))
    return bool(_es_dni.is_valid(code))


def fr_nir(value: str) -> bool:
    """French NIR (numéro de sécurité sociale): 13 characters and a 2-digit mod-97 key.

    Corsican departments 2A/2B count as 19/18 for the key (stdnum knows this); the sex
    digit (1, 2, 7, 8) and the month (01-12, 20-42 or 50-99) are checked here.
    """
    code = _ascii_code(value, 15)
    if code is None or code[0] not in "1278" or not code[3:5].isdigit():
        return False
    month = int(code[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or month >= 50):
        return False
    return bool(_fr_nir.is_valid(code))


_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIOQUV")
_NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino(value: str) -> bool:
    """UK National Insurance number: prefix rules, six digits, suffix A-D."""
    code = compact(value)
    if len(code) != 9 or not code[2:8].isdigit() or code[8] not in "ABCD":
        return False
    first, second = code[0], code[1]
    if not (first.isalpha() and second.isalpha()):
        return False
    return (
        first not in _NINO_BAD_FIRST
        and second not in _NINO_BAD_SECOND
        and code[:2] not in _NINO_BAD_PREFIXES
    )


# Numbers published in advertising or as examples, never issued to a person.
_SSN_NEVER_ISSUED = {"078051120", "219099999", "123456789", "111111111", "987654320"}


def us_taxpayer_number(value: str) -> bool:
    """Nine digits a US taxpayer number can have, in any area (SSN or the IRS's 9xx):
    no 000/666 area, no 00 group, no 0000 serial, not a published example."""
    digits = compact(value)
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or group == "00" or serial == "0000":
        return False
    return digits not in _SSN_NEVER_ISSUED and len(set(digits)) > 1


def us_ssn(value: str) -> bool:
    """US SSN area/group/serial rules: no 000/666/9xx area, no 00 group, no 0000 serial."""
    return us_taxpayer_number(value) and compact(value)[0] != "9"


def us_itin(value: str) -> bool:
    """US ITIN, by the IRS's rules as Presidio's UsItinRecognizer applies them: area 9xx,
    group 50-65, 70-88, 90-92 or 94-99.

    >>> us_itin("912-70-1234"), us_itin("912-12-3456"), us_itin("912-93-1234")
    (True, False, False)
    """
    digits = compact(value)
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii() or digits[0] != "9":
        return False
    group = int(digits[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}


def base58check(value: str) -> bytes | None:
    """The payload of a Base58Check string (version byte + data), or None if invalid."""
    number = 0
    for char in value:
        digit = _B58_INDEX.get(char)
        if digit is None:
            return None
        number = number * 58 + digit
    pad = len(value) - len(value.lstrip("1"))
    raw = b"\x00" * pad + number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload


def btc_base58(value: str) -> bool:
    """A legacy (P2PKH `1...`) or P2SH (`3...`) Bitcoin address with a valid checksum."""
    payload = base58check(value)
    return payload is not None and len(payload) == 21 and payload[0] in (0x00, 0x05)


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_BECH32_GEN):
            chk ^= gen if (top >> i) & 1 else 0
    return chk


def btc_bech32(value: str) -> bool:
    """A SegWit Bitcoin address (`bc1...`, BIP-173 bech32 or BIP-350 bech32m checksum)."""
    if value.lower() != value and value.upper() != value:
        return False  # mixed case is invalid by the spec
    code = value.lower()
    hrp, sep, data = code.rpartition("1")
    if hrp != "bc" or not sep or not 14 <= len(code) <= 90 or len(data) < 7:
        return False
    try:
        values = [_BECH32_CHARSET.index(c) for c in data]
    except ValueError:
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = _bech32_polymod(expanded + values)
    witness_version = values[0]
    if witness_version == 0:
        return const == _BECH32_CONST
    return const == _BECH32M_CONST and witness_version <= 16


# --- Schemes of Presidio's predefined recognizers (issue 16) ---


def aba_routing(value: str) -> bool:
    """US ABA routing transit number: 9 digits, weights 3-7-1, first two a valid range."""
    code = _digits(value, 9)
    return code is not None and code[0] in "0123678" and bool(_us_rtn.is_valid(code))


def uk_nhs(value: str) -> bool:
    """UK NHS number: 10 digits, mod-11 check digit (a check of 10 is never issued)."""
    code = _digits(value, 10)
    return code is not None and len(set(code)) > 1 and bool(_gb_nhs.is_valid(code))


def uk_utr(value: str) -> bool:
    """UK Unique Taxpayer Reference: 10 digits, the first a check digit over the other
    nine (HMRC's weights, mod 11)."""
    code = _digits(value, 10)
    return code is not None and len(set(code)) > 1 and bool(_gb_utr.is_valid(code))


def fr_rib(value: str) -> bool:
    """French RIB (relevé d'identité bancaire): bank code (5 digits), branch code (5),
    account number (11 letters or digits) and the two-digit RIB key, 97 minus the
    three parts' weighted sum mod 97 (letters of the account read as digits)."""
    code = _ascii_code(value, 23)
    if code is None or not (code[:10].isdigit() and code[21:].isdigit()):
        return False
    account = code[10:21].translate(_RIB_LETTERS)
    if not account.isdigit() or len(set(code[:21])) <= 2:
        return False
    key = 97 - (89 * int(code[:5]) + 15 * int(code[5:10]) + 3 * int(account)) % 97
    return key == int(code[21:])


# The RIB's letters in the account number: A and J read 1, B K S 2, ... (the banks' table).
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def it_fiscal_code(value: str) -> bool:
    """Italian codice fiscale of a person: 16 characters, birth date and check letter."""
    code = _ascii_code(value, 16)
    return code is not None and bool(_it_codicefiscale.is_valid(code))


def it_vat(value: str) -> bool:
    """Italian partita IVA: 11 digits, Luhn and a valid provincial office code."""
    code = _digits(value, 11)
    return code is not None and code != "0" * 11 and bool(_it_iva.is_valid(code))


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}
_NRIC_LETTERS_M = "KLJNPQRTUWX"


def sg_nric(value: str) -> bool:
    """Singapore NRIC or FIN (S/T/F/G/M + 7 digits + check letter, weights 2765432)."""
    code = _ascii_code(value, 9)
    if code is None or not code[1:8].isdigit():
        return False
    prefix, letter = code[0], code[8]
    total = sum(w * int(d) for w, d in zip(_NRIC_WEIGHTS, code[1:8], strict=True))
    if prefix in "TG":
        total += 4
    elif prefix == "M":
        total += 3
        return _NRIC_LETTERS_M[10 - total % 11] == letter
    letters = _NRIC_LETTERS.get(prefix)
    return letters is not None and letters[total % 11] == letter


def sg_uen(value: str) -> bool:
    """Singapore Unique Entity Number (business, local company or other entity forms)."""
    code = _ascii_code(value, len(compact(value)))
    return code is not None and 9 <= len(code) <= 10 and bool(_sg_uen.is_valid(code))


def au_abn(value: str) -> bool:
    """Australian Business Number: 11 digits, mod-89 with the first digit less one."""
    code = _digits(value, 11)
    return code is not None and bool(_au_abn.is_valid(code))


def au_acn(value: str) -> bool:
    """Australian Company Number: 9 digits, weighted mod-10 complement."""
    code = _digits(value, 9)
    return code is not None and len(set(code)) > 1 and bool(_au_acn.is_valid(code))


def au_tfn(value: str) -> bool:
    """Australian Tax File Number: 9 digits (8 for old ones), weighted mod-11."""
    code = compact(value)
    if len(code) not in (8, 9) or not code.isascii() or not code.isdigit():
        return False
    return len(set(code)) > 1 and bool(_au_tfn.is_valid(code))


_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def au_medicare(value: str) -> bool:
    """Australian Medicare card: 10 (or 11 with the person's position) digits; the first
    is 2-6 and the ninth is a weighted mod-10 check over the first eight."""
    code = compact(value)
    if len(code) not in (10, 11) or not code.isascii() or not code.isdigit():
        return False
    if code[0] not in "23456":
        return False
    total = sum(w * int(d) for w, d in zip(_MEDICARE_WEIGHTS, code, strict=False))
    return total % 10 == int(code[8])


def in_aadhaar(value: str) -> bool:
    """Indian Aadhaar: 12 digits, not starting 0/1, not a palindrome, Verhoeff check."""
    code = _digits(value, 12)
    return code is not None and bool(_in_aadhaar.is_valid(code))


def in_pan(value: str) -> bool:
    """Indian PAN: 5 letters (the 4th the holder type), 4 digits (not 0000), a letter."""
    code = _ascii_code(value, 10)
    return code is not None and bool(_in_pan.is_valid(code))


def in_voter(value: str) -> bool:
    """Indian voter id (EPIC): 3 letters, 7 digits, Luhn over the digits."""
    code = _ascii_code(value, 10)
    return code is not None and bool(_in_epic.is_valid(code))


_HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
                 "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}  # fmt: skip
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(value: str) -> bool:
    """Finnish henkilötunnus: birth date, century sign, individual number, check char.

    stdnum knows the signs + - A; the signs added in 2023 (B-F for the 2000s, U-Y for
    the 1900s) are checked here with the same mod-31 rule. Individual numbers 900-999
    are temporary codes (given before a permanent one, e.g. by a hospital): a person's
    all the same, accepted with every sign.
    """
    code = value.strip().upper()
    if len(code) != 11 or not code.isascii():
        return False
    if code[6] in "+-A":
        return bool(_fi_hetu.is_valid(code, allow_temporary=True))
    century = _HETU_CENTURY.get(code[6])
    digits = code[:6] + code[7:10]
    if century is None or not digits.isdigit():
        return False
    if not _valid_date(century + int(code[4:6]), int(code[2:4]), int(code[:2])):
        return False
    return int(code[7:10]) >= 2 and _HETU_CHECK[int(digits) % 31] == code[10]


def kr_rrn(value: str) -> bool:
    """Korean resident registration number issued before October 2020: date, sex/century
    digit, place of birth and the weighted mod-11 check digit."""
    code = _digits(value, 13)
    return code is not None and bool(_kr_rrn.is_valid(code))


def kr_rrn_date(value: str) -> bool:
    """Whether a 13-digit RRN (any issue date) has a real birth date and sex/century digit."""
    code = _digits(value, 13)
    if code is None or code[6] not in "12345678":
        return False
    century = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900}.get(code[6], 2000)
    return _valid_date(century + int(code[:2]), int(code[2:4]), int(code[4:6]))


def th_tnin(value: str) -> bool:
    """Thai national id (TNIN): 13 digits, first not 0, weighted mod-11 check digit."""
    code = _digits(value, 13)
    return code is not None and code[0] != "0" and bool(_th_pin.is_valid(code))


def ng_nin(value: str) -> bool:
    """Nigerian National Identification Number: 11 digits with a Verhoeff check digit."""
    code = _digits(value, 11)
    return code is not None and len(set(code)) > 1 and bool(_verhoeff.is_valid(code))


_DEA_FIRST = set("ABCDEFGHJKLMPRSTUX")


def us_dea(value: str) -> bool:
    """US DEA registration: registrant letter, second letter (or 9), 7 digits whose last
    is (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) mod 10."""
    code = _ascii_code(value, 9)
    if code is None or code[0] not in _DEA_FIRST or not code[2:].isdigit():
        return False
    if not (code[1].isalpha() or code[1] == "9"):
        return False
    d = [int(c) for c in code[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def mac_address(value: str) -> bool:
    """A MAC address that is not the all-zero or broadcast placeholder."""
    code = compact(value)
    return len(code) == 12 and code not in ("000000000000", "FFFFFFFFFFFF")


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def es_ccc(value: str) -> bool:
    """Spanish Código Cuenta Cliente: 20 digits with two control digits; an account part
    of one repeated digit is none a bank issues (a tracking number "9400 1000 0000 0000
    0000 00" passes the control digits with it)."""
    code = _digits(value, 20)
    return (
        code is not None
        and len(set(code)) > 2
        and len(set(code[10:])) > 1
        and bool(_es_ccc.is_valid(code))
    )


def pl_nrb(value: str) -> bool:
    """Polish NRB (domestic account number): 26 digits, the IBAN's mod-97 with PL."""
    code = _digits(value, 26)
    return code is not None and len(set(code)) > 2 and iban("PL" + code)


def de_tax_id(value: str) -> bool:
    """German Steuer-ID (IdNr): 11 digits, one digit repeated, ISO 7064 mod 11,10 check."""
    code = _digits(value, 11)
    return code is not None and bool(_de_idnr.is_valid(code))


def de_vat(value: str) -> bool:
    """German USt-IdNr: DE + 9 digits, ISO 7064 mod 11,10 check."""
    code = _ascii_code(value, 11)
    return code is not None and code.startswith("DE") and bool(_de_vat.is_valid(code))


def _icao_value(char: str) -> int:
    return int(char) if char.isdigit() else ord(char) - ord("A") + 10


def icao_check_digit(value: str) -> bool:
    """ICAO 9303 document number: the last digit is the 7-3-1 weighted sum of the others
    (letters count A=10 ... Z=35) mod 10 (German ID cards and passports)."""
    code = _ascii_code(value, len(compact(value)))
    if code is None or len(code) < 2 or not code[-1].isdigit():
        return False
    total = sum(_icao_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(code[:-1]))
    return total % 10 == int(code[-1])


_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def de_social_security(value: str) -> bool:
    """German Rentenversicherungsnummer: area, birth date, surname letter, serial and a
    check digit (the letter as its two-digit position, weights 2125712121 21, digit sums)."""
    code = _ascii_code(value, 12)
    if code is None or not (code[:8].isdigit() and code[8].isalpha() and code[9:].isdigit()):
        return False
    day, month = int(code[2:4]), int(code[4:6])
    if not (1 <= day % 50 <= 31 and 1 <= month <= 12):
        return False
    digits = code[:8] + f"{ord(code[8]) - ord('A') + 1:02d}" + code[9:11]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RVNR_WEIGHTS, strict=True))
    return total % 10 == int(code[11])


def de_health_insurance(value: str) -> bool:
    """German Krankenversichertennummer: a letter, 8 digits and a check digit (the letter as
    its two-digit position, weights 1-2 alternating, digit sums, mod 10)."""
    code = _ascii_code(value, 10)
    if code is None or not code[0].isalpha() or not code[1:].isdigit():
        return False
    digits = f"{ord(code[0]) - ord('A') + 1:02d}" + code[1:9]
    total = sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(digits))
    return total % 10 == int(code[9])


def se_personnummer(value: str) -> bool:
    """Swedish personnummer or samordningsnummer: birth date and a Luhn check digit."""
    code = value.strip()
    return code.isascii() and 10 <= len(code) <= 13 and bool(_se_personnummer.is_valid(code))


def se_orgnr(value: str) -> bool:
    """Swedish organisationsnummer: 10 digits, third digit >= 2, Luhn."""
    code = _digits(value, 10)
    return code is not None and bool(_se_orgnr.is_valid(code))


def tr_kimlik(value: str) -> bool:
    """Turkish T.C. Kimlik No: 11 digits, not starting 0, two check digits."""
    code = _digits(value, 11)
    return code is not None and bool(_tr_tckimlik.is_valid(code))


def ca_sin(value: str) -> bool:
    """Canadian Social Insurance Number: 9 digits, Luhn, first digit not 0 or 8."""
    code = _digits(value, 9)
    return code is not None and code[0] not in "08" and bool(_ca_sin.is_valid(code))


def za_id(value: str) -> bool:
    """South African ID number: birth date, citizenship digit and a Luhn check digit.
    python-stdnum knows citizenship digits 0 (citizen) and 1 (permanent resident); 2
    (refugee) is checked here the same way.

    >>> za_id("8001015009087"), za_id("0001015002288"), za_id("0001015002289")
    (True, True, False)
    """
    code = _digits(value, 13)
    if code is None:
        return False
    if _za_idnr.is_valid(code):
        return True
    if code[10] != "2" or not _luhn.is_valid(code):
        return False
    year = int(code[:2])
    century = 2000 if year <= datetime.date.today().year % 100 else 1900
    return _valid_date(century + year, int(code[2:4]), int(code[4:6]))


def in_gstin(value: str) -> bool:
    """Indian GSTIN: state code, the holder's PAN, entity number, Z and a check character."""
    code = _ascii_code(value, 15)
    return code is not None and bool(_in_gstin.is_valid(code))


_GSTIN_SHAPE = re.compile(r"(?:0[1-9]|[12]\d|3[0-7]|97|99)[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]")


def in_gstin_shape(value: str) -> bool:
    """A GSTIN's structure without its check character: a state code (01-37, 97, 99), a
    PAN's shape, an entity number and the Z."""
    code = _ascii_code(value, 15)
    return code is not None and _GSTIN_SHAPE.fullmatch(code.upper()) is not None


def kr_brn(value: str) -> bool:
    """Korean business registration number: 10 digits with a weighted check digit
    (weights 1 3 7 1 3 7 1 3 5, the ninth product's tens added); python-stdnum checks
    only the number's parts (office, type, serial), so the check digit is ours.

    >>> kr_brn("104-86-56659"), kr_brn("104-86-56658")
    (True, False)
    """
    code = _digits(value, 10)
    if code is None or not _kr_brn.is_valid(code):
        return False
    digits = [int(d) for d in code]
    total = sum(d * w for d, w in zip(digits[:8], (1, 3, 7, 1, 3, 7, 1, 3), strict=True))
    ninth = digits[8] * 5
    total += ninth + ninth // 10
    return (10 - total % 10) % 10 == digits[9]


def uk_driving_licence(value: str) -> bool:
    """UK (DVLA) driving licence number: surname (9-padded), decade, month (+50 for
    women), day, year digit, initials, a digit and two check letters."""
    code = _ascii_code(value, 16)
    if code is None or not code[5:11].isdigit():
        return False
    month, day = int(code[6:8]), int(code[8:10])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


def nl_bsn(value: str) -> bool:
    """Dutch burgerservicenummer: 9 digits passing the 11-proof."""
    code = _digits(value, 9)
    return code is not None and len(set(code)) > 1 and bool(_nl_bsn.is_valid(code))


def us_npi(value: str) -> bool:
    """US National Provider Identifier: 10 digits starting 1 or 2, Luhn over 80840 + it."""
    code = _digits(value, 10)
    return code is not None and code[0] in "12" and bool(_luhn.is_valid("80840" + code))


def kr_frn(value: str) -> bool:
    """Korean foreigner registration number issued before October 2020 (sex/century digit
    5-8): the RRN's date and weighted check digit."""
    code = _digits(value, 13)
    return code is not None and code[6] in "5678" and bool(_kr_rrn.is_valid(code))


def mx_curp(value: str) -> bool:
    """Mexican CURP: 18 characters (name letters, birth date, sex, state, a check digit)."""
    code = _ascii_code(value, 18)
    return code is not None and bool(_mx_curp.is_valid(code))


def mx_rfc(value: str) -> bool | None:
    """Mexican RFC of a person (13 characters: four name letters, the birth date, three
    of the homoclave): True when its check digit holds, None when only its letters and
    date are well formed (many issued RFCs fail the published check), False otherwise."""
    code = _ascii_code(value, 13)
    if code is None or not _mx_rfc.is_valid(code):
        return False
    return True if _mx_rfc.is_valid(code, validate_check_digits=True) else None


def br_cpf(value: str) -> bool:
    """Brazilian CPF: 11 digits with two check digits, not one repeated digit."""
    code = _digits(value, 11)
    return code is not None and len(set(code)) > 1 and bool(_br_cpf.is_valid(code))


def ar_cuit(value: str) -> bool:
    """Argentinian CUIT/CUIL: 11 digits, a known type prefix and a mod-11 check digit."""
    code = _digits(value, 11)
    return code is not None and bool(_ar_cuit.is_valid(code))


def cl_rut(value: str) -> bool:
    """Chilean RUT/RUN: 7 or 8 digits and a mod-11 check character (a digit or K)."""
    code = compact(value)
    return 8 <= len(code) <= 9 and code.isascii() and bool(_cl_rut.is_valid(code))


def ro_cnp(value: str) -> bool:
    """Romanian CNP: 13 digits (sex and century, the birth date, the county, a serial) and a
    check digit."""
    code = _digits(value, 13)
    return code is not None and bool(_ro_cnp.is_valid(code))


def ua_rnokpp(value: str) -> bool:
    """Ukrainian RNOKPP (the individual taxpayer number, formerly ІПН): 10 digits whose
    first five count days since 1899-12-31, and a check digit."""
    code = _digits(value, 10)
    return code is not None and len(set(code)) > 1 and bool(_ua_rntrc.is_valid(code))


def ae_emirates_id(value: str) -> bool:
    """Emirates ID: 784 (the UAE's ISO 3166 code), the birth year, a serial of seven digits
    and a Luhn check digit (15 digits)."""
    code = _digits(value, 15)
    return code is not None and code.startswith("784") and bool(_luhn.is_valid(code))


_CLABE_WEIGHTS = (3, 7, 1) * 6


def mx_clabe(value: str) -> bool:
    """Mexican CLABE: 18 digits (bank, branch city, account) whose last is a check digit of
    the weights 3, 7, 1 (each product taken modulo 10)."""
    code = _digits(value, 18)
    if code is None:
        return False
    total = sum(int(d) * w % 10 for d, w in zip(code[:17], _CLABE_WEIGHTS, strict=False))
    return (10 - total % 10) % 10 == int(code[17])
