"""Check-digit functions: valid and invalid values per scheme, and no exceptions on junk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piiguard.detection import checksums

CASES: list[tuple[Callable[[str], bool], str, bool]] = [
    (checksums.luhn, "4111 1111 1111 1111", True),
    (checksums.luhn, "378282246310005", True),
    (checksums.luhn, "4111 1111 1111 1112", False),
    (checksums.luhn, "7", False),
    (checksums.iban, "DE89 3704 0044 0532 0130 00", True),
    (checksums.iban, "gb29nwbk60161331926819", True),
    (checksums.iban, "NO9386011117947", True),
    (checksums.iban, "DE89 3704 0044 0532 0130 01", False),
    (checksums.iban, "DE89 3704 0044 0532 0130", False),  # DE is 22 long
    (checksums.iban, "QQ89370400440532013000", False),  # no such country
    (checksums.pesel, "44051401359", True),
    (checksums.pesel, "02270803624", True),  # born 2002: month + 20
    (checksums.pesel, "44051401358", False),
    (checksums.pesel, "44133101350", False),  # month 13 does not exist
    (checksums.es_dni, "12345678Z", True),
    (checksums.es_dni, "X1234567L", True),
    (checksums.es_dni, "Y-1234567-X", True),
    (checksums.es_dni, "12345678A", False),
    (checksums.es_dni, "W1234567L", False),
    (checksums.fr_nir, "184127645108946", True),
    (checksums.fr_nir, "2 69 05 2A 123 456 88", True),
    (checksums.fr_nir, "184127645108947", False),
    (checksums.fr_nir, "384127645108946", False),  # first digit is the sex: 1, 2, 7, 8
    (checksums.uk_nino, "AB123456C", True),
    (checksums.uk_nino, "QQ 12 34 56 C", False),  # Q is never a first letter
    (checksums.uk_nino, "GB123456A", False),
    (checksums.uk_nino, "AB123456E", False),
    (checksums.us_ssn, "536-22-1234", True),
    (checksums.us_ssn, "666-22-1234", False),
    (checksums.us_ssn, "900-22-1234", False),
    (checksums.us_ssn, "078-05-1120", False),  # the Woolworth wallet card
    (checksums.btc_base58, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", True),
    (checksums.btc_base58, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", True),
    (checksums.btc_base58, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", False),
    (checksums.btc_base58, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0", False),  # 0 is not base58
    (checksums.btc_bech32, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", True),
    (checksums.btc_bech32, "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", True),
    (checksums.btc_bech32, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", False),
    (checksums.btc_bech32, "bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", False),  # mixed case
]


@pytest.mark.parametrize(("check", "value", "valid"), CASES)
def test_check_digits(check: Callable[[str], bool], value: str, valid: bool) -> None:
    assert check(value) is valid


@given(st.text(max_size=40))
def test_checks_never_raise(value: str) -> None:
    for check in (
        checksums.luhn, checksums.iban, checksums.pesel, checksums.es_dni, checksums.fr_nir,
        checksums.uk_nino, checksums.us_ssn, checksums.btc_base58, checksums.btc_bech32,
    ):  # fmt: skip
        assert isinstance(check(value), bool)
