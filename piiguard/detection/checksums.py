"""Check digits and structural rules that turn a regex match into a validated value.

Every function takes the candidate as typed (separators allowed where the format
allows them), returns a bool and never raises for any string.

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

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def compact(value: str) -> str:
    """The letters and digits of `value`, upper-cased (separators dropped)."""
    return _NON_ALNUM.sub("", value).upper()


def luhn(value: str) -> bool:
    """The Luhn (mod-10) check used by payment cards; separators are ignored."""
    digits = [int(c) for c in value if c.isdigit() and c.isascii()]
    if len(digits) < 2:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


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
    """ISO 13616: known country, that country's length, and mod-97 == 1."""
    code = compact(value)
    if len(code) < 5 or IBAN_LENGTHS.get(code[:2]) != len(code) or not code[2:4].isdigit():
        return False
    rearranged = code[4:] + code[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# PESEL encodes the century in the month: +80 (1800s), +0, +20, +40, +60.
_PESEL_CENTURY = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}


def pesel(value: str) -> bool:
    """Polish PESEL: 11 digits, a real birth date and the weighted check digit."""
    if len(value) != 11 or not value.isascii() or not value.isdigit():
        return False
    digits = [int(c) for c in value]
    check = (10 - sum(w * d for w, d in zip(_PESEL_WEIGHTS, digits, strict=False)) % 10) % 10
    if check != digits[10]:
        return False
    year, month, day = int(value[0:2]), int(value[2:4]), int(value[4:6])
    offset = (month // 20) * 20
    return _valid_date(_PESEL_CENTURY[offset] + year, month - offset, day)


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(value: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), mod-23 letter."""
    code = compact(value)
    if len(code) != 9:
        return False
    head, letter = code[:8], code[8]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    if not head.isdigit() or not head.isascii():
        return False
    return _DNI_LETTERS[int(head) % 23] == letter


def fr_nir(value: str) -> bool:
    """French NIR (numéro de sécurité sociale): 13 characters and a 2-digit mod-97 key.

    Corsican departments 2A/2B count as 19/18 for the key.
    """
    code = compact(value)
    if len(code) != 15 or code[0] not in "1278":
        return False
    body, key = code[:13], code[13:]
    if not key.isdigit():
        return False
    body = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    body = body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    if not body.isdigit() or not body.isascii():
        return False
    month = int(body[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(body) % 97 == int(key)


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
