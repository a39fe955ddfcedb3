"""IBAN recognizer: country lengths, mod-97, spaces, glued words."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import IbanRecognizer
from tests.detection._found import Found

DETECTOR = Detector([IbanRecognizer()])
I = "IBAN_CODE"  # noqa: E741


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("DE89370400440532013000 please", "DE89370400440532013000"),
        ("de89 3704 0044 0532 0130 00", "de89 3704 0044 0532 0130 00"),
        ("GB29 NWBK 6016 1331 9268 19.", "GB29 NWBK 6016 1331 9268 19"),
        ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
        ("ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332"),
        ("IT60X0542811101000000123456", "IT60X0542811101000000123456"),
        ("NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00"),
        ("konto PL61 1090 1014 0000 0712 1981 2874", "PL61 1090 1014 0000 0712 1981 2874"),
        ("BE68 5390 0754 7034", "BE68 5390 0754 7034"),
        ("CH93 0076 2011 6238 5295 7", "CH93 0076 2011 6238 5295 7"),
        ("NL91 ABNA 0417 1643 00 BIC ABNANL2A", "NL91 ABNA 0417 1643 00"),
    ],
)
def test_finds_iban(text: str, value: str) -> None:
    assert found(text) == [(I, value)]


@pytest.mark.parametrize(
    "text",
    [
        "DE89 3704 0044 0532 0130 01",  # mod-97 fails
        "DE89 3704 0044 0532 0130",  # too short for DE
        "XX89 3704 0044 0532 0130 00",  # no such country
        "GB29NWBK6016133192681",  # one character short
        "ABCD1234EFGH5678",
        "SKU AB12 3456 7890 1234",
    ],
)
def test_rejects_invalid(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # groups joined by dashes
        ("Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741",
         "AL47-2121-1009-0000-0002-3569-8741"),
        ("IBAN DE89-3704-0044-0532-0130-00.", "DE89-3704-0044-0532-0130-00"),
        ("nl91-abna-0417-1643-00", "nl91-abna-0417-1643-00"),
    ],
)  # fmt: skip
def test_finds_dashed_iban(text: str, value: str) -> None:
    assert found(text) == [(I, value)]


@pytest.mark.parametrize(
    "text",
    [
        "LV80 bANK 0000 4351 9500 1",  # mixed case: the bank code typed wrong
        "De89 3704 0044 0532 0130 00",
        "NL91 abna 0417 1643 00",
        "AL47/2121/1009/0000/0002/3569/8741",  # slashes are no IBAN separator
        "AL47-2121 1009-0000-0002-3569-8741",  # mixed separators
        "x-AL47-2121-1009-0000-0002-3569-8740",  # mod-97 fails
    ],
)
def test_rejects_mixed_case_and_separators(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # glued onto letters or an underscore before it: its exact length, its check holds
        ("ZZDE89370400440532013000", "DE89370400440532013000"),
        ("p=%ZZDE89370400440532013000&x=1", "DE89370400440532013000"),
        ("id _DE89370400440532013000", "DE89370400440532013000"),
        ("ibanGB29NWBK60161331926819", "GB29NWBK60161331926819"),
    ],
)
def test_finds_glued_iban(text: str, value: str) -> None:
    assert found(text) == [(I, value)]


@pytest.mark.parametrize(
    "text",
    [
        "ZZDE89370400440532013001",  # mod-97 fails
        "ZZDE893704004405320130001",  # longer than DE's length
        "zzde89370400440532013000",  # lower case glued: a hash's letters
        "a3f9de89370400440532013000",
        "ZZXX89370400440532013000",  # no such country
    ],
)
def test_rejects_glued_lookalikes(text: str) -> None:
    assert found(text) == []
