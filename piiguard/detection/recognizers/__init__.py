"""The validated pattern recognizers, one module per family.

Each is a `PatternRecognizer`: regex data, context words and a `validate` hook
with the family's checksum; all have `priority = 2` so a validated match wins
over a model's guess in the detector's overlap rule, except `PostcodeRecognizer`
(priority 0: a bare postcode only fills a gap the model left).
"""

from __future__ import annotations

from piiguard._types import Recognizer
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer
from piiguard.detection.recognizers.credential import CredentialRecognizer
from piiguard.detection.recognizers.credit_card import CreditCardRecognizer
from piiguard.detection.recognizers.crypto import CryptoRecognizer
from piiguard.detection.recognizers.date_of_birth import DateOfBirthRecognizer
from piiguard.detection.recognizers.email import EmailRecognizer
from piiguard.detection.recognizers.iban import IbanRecognizer
from piiguard.detection.recognizers.ip_address import IpAddressRecognizer
from piiguard.detection.recognizers.national_id import NationalIdRecognizer
from piiguard.detection.recognizers.phone import PhoneRecognizer
from piiguard.detection.recognizers.postcode import PostcodeRecognizer
from piiguard.detection.recognizers.uk_nino import UkNinoRecognizer
from piiguard.detection.recognizers.url import UrlRecognizer
from piiguard.detection.recognizers.us_itin import UsItinRecognizer
from piiguard.detection.recognizers.us_ssn import UsSsnRecognizer

__all__ = [
    "CredentialRecognizer",
    "CreditCardRecognizer",
    "CryptoRecognizer",
    "DateOfBirthRecognizer",
    "EmailRecognizer",
    "IbanRecognizer",
    "IpAddressRecognizer",
    "NationalIdRecognizer",
    "Pattern",
    "PatternRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "UkNinoRecognizer",
    "UrlRecognizer",
    "UsItinRecognizer",
    "UsSsnRecognizer",
    "all_pattern_recognizers",
]


def all_pattern_recognizers() -> list[Recognizer]:
    """A fresh instance of every built-in pattern recognizer."""
    return [
        EmailRecognizer(),
        PhoneRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpAddressRecognizer(),
        UrlRecognizer(),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        UkNinoRecognizer(),
        NationalIdRecognizer(),
        DateOfBirthRecognizer(),
        CredentialRecognizer(),
        CryptoRecognizer(),
        PostcodeRecognizer(),
    ]
