"""South African numbers of Presidio's predefined recognizers beyond the ID number
(`other_ids.ZaIdNumberRecognizer`): income tax reference, VAT number, company
registration, passport, driving licence, traffic register number and licence plate.

Phone numbers are reported as PHONE_NUMBER (Presidio's ZA_MOBILE_NUMBER and
ZA_TELEPHONE_NUMBER split them by line type; masking has no use for the split).
"""

from __future__ import annotations

import datetime
import re

from stdnum.za import idnr as _za_idnr
from stdnum.za import tin as _za_tin

from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern
from piiguard.detection.recognizers.vehicles import PLATE_WORDS

ZA_INCOME_TAX_NUMBER = "ZA_INCOME_TAX_NUMBER"
ZA_VAT_NUMBER = "ZA_VAT_NUMBER"
ZA_COMPANY_REGISTRATION = "ZA_COMPANY_REGISTRATION"
ZA_PASSPORT = "ZA_PASSPORT"
ZA_DRIVER_LICENSE = "ZA_DRIVER_LICENSE"
ZA_TRAFFIC_REGISTER_NUMBER = "ZA_TRAFFIC_REGISTER_NUMBER"
ZA_LICENSE_PLATE = "ZA_LICENSE_PLATE"

_ZA_TRIGGERS = ("sars", "tax", "itr", "vat", "south africa", "rsa", "za", "natis", "dha",
                "cipc", "trn", "traffic")  # fmt: skip


class ZaIncomeTaxNumberRecognizer(IdNumberRecognizer):
    """SARS income tax reference: 10 digits (first 0-3 or 9) with a Luhn check digit,
    beside a tax word (one number in ten passes the check).

    >>> [s.label for s in ZaIncomeTaxNumberRecognizer().analyze("SARS tax number 0001339050")]
    ['ZA_INCOME_TAX_NUMBER']
    """

    name = "za_income_tax_number"
    label = ZA_INCOME_TAX_NUMBER
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("sars", "tax", "itr", "belasting")
    PATTERNS = (Pattern("za_tin", NUMBER_START + r"[01239]\d{9}" + NUMBER_END, 0.1),)
    CONTEXT = ("sars", "tax reference", "tax reference number", "income tax", "income tax number",
               "itr", "taxpayer", "tax registration", "belastingnommer")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return bool(_za_tin.is_valid(value))


class ZaVatNumberRecognizer(IdNumberRecognizer):
    """VAT registration numbers: 4 and nine digits, beside a VAT word.

    >>> [s.label for s in ZaVatNumberRecognizer().analyze("SARS VAT number 4012345678")]
    ['ZA_VAT_NUMBER']
    """

    name = "za_vat_number"
    label = ZA_VAT_NUMBER
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10})
    TRIGGER_WORDS = ("sars", "south africa")
    PATTERNS = (Pattern("za_vat", NUMBER_START + r"4\d{9}" + NUMBER_END, 0.1),)
    CONTEXT = ("sars", "sars vat", "south african vat", "vat registration", "vat number",
               "vat no", "value added tax")  # fmt: skip
    CONTEXT_BOOST = 0.8  # above a bare phone number's 0.8 beside "number"


class ZaCompanyRegistrationRecognizer(IdNumberRecognizer):
    """CIPC registration numbers: year/six digits/entity type ("2019/123456/07"), or the
    older prefixed form ("CK1998/012345"). The slashed layout with a registration year
    stands alone.

    >>> [s.label for s in ZaCompanyRegistrationRecognizer().analyze("2019/123456/07")]
    ['ZA_COMPANY_REGISTRATION']
    """

    name = "za_company_registration"
    label = ZA_COMPANY_REGISTRATION
    MIN_DIGITS = 10
    DIGIT_COUNTS = frozenset({10, 12})
    TRIGGER = r"\d/\d{6}"  # the year, a slash, the six-digit number: in both layouts
    PATTERNS = (
        # above a phone number's 0.75 on the digits it would trim to ("2019/123456")
        Pattern("modern", NUMBER_START + r"(?:18|19|20)\d{2}/\d{6}/\d{2}" + NUMBER_END, 0.8),
        Pattern("legacy", r"(?<![\w/-])(?:CK|NR|[KTWBMN])(?:18|19|20)\d{2}/\d{6}" + NUMBER_END,
                0.55),
    )  # fmt: skip
    CONTEXT = ("cipc", "company registration", "registration number", "close corporation",
               "company reg", "enterprise number")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        year = int(re.findall(r"\d{4}", value)[0])
        return None if 1800 <= year <= datetime.date.today().year else False


class ZaPassportRecognizer(IdNumberRecognizer):
    """Passport numbers (A, D, M or T and eight digits), beside a passport word.

    >>> [s.label for s in ZaPassportRecognizer().analyze("RSA passport A12345678")]
    ['ZA_PASSPORT']
    """

    name = "za_passport"
    label = ZA_PASSPORT
    MIN_DIGITS = 8
    TRIGGER_WORDS = ("south africa", "rsa", "dha")
    PATTERNS = (Pattern("za_passport", NUMBER_START + r"[ADMT]\d{8}" + NUMBER_END, 0.1),)
    # only the South African words: a passport word alone is the US passport's
    CONTEXT = ("south african passport", "rsa passport", "dha", "department of home affairs")
    CONTEXT_BOOST = 0.65  # a South African word: above the US passport's 0.7


class ZaDriverLicenseRecognizer(IdNumberRecognizer):
    """Driving licence numbers (6-10 digits then 2-5 letters and digits, 10-14
    characters), beside a licence word.

    >>> [s.label for s in ZaDriverLicenseRecognizer().analyze("eNaTIS licence 123456789AB")]
    ['ZA_DRIVER_LICENSE']
    """

    name = "za_driver_license"
    label = ZA_DRIVER_LICENSE
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("natis", "south africa", "rsa")
    PATTERNS = (
        Pattern(
            "za_dl",
            NUMBER_START + r"(?=[A-Z0-9]{10,14}(?![\w]))\d{6,10}(?=[0-9]*[A-Z])[A-Z0-9]{2,5}"
            + NUMBER_END,
            0.1,
        ),
    )
    CONTEXT = (*_words.DRIVER_LICENCE, "natis", "enatis", "south african driving licence")


class ZaTrafficRegisterNumberRecognizer(IdNumberRecognizer):
    """Traffic register numbers (13 digits that are not an ID number), beside a
    traffic-register word.

    >>> r = ZaTrafficRegisterNumberRecognizer()
    >>> [s.label for s in r.analyze("traffic register number 1234567890123")]
    ['ZA_TRAFFIC_REGISTER_NUMBER']
    """

    name = "za_traffic_register_number"
    label = ZA_TRAFFIC_REGISTER_NUMBER
    MIN_DIGITS = 13
    DIGIT_COUNTS = frozenset({13})
    TRIGGER_WORDS = ("traffic", "trn", "natis")
    PATTERNS = (Pattern("za_trn", NUMBER_START + r"\d{13}" + NUMBER_END, 0.1),)
    CONTEXT = ("traffic register", "traffic register number", "trn", "enatis", "natis",
               "vehicle register")  # fmt: skip
    NAMED_DESPITE_CHECK = False  # the check sends a valid ID number to ZA_ID_NUMBER

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return False if _za_idnr.is_valid(value) else None


_PROVINCE = "(?:GP|ZN|WP|EC|NC|FS|LP|MP|NW)"


class ZaLicensePlateRecognizer(IdNumberRecognizer):
    """Plates with a province suffix ("BB 12 CD GP", "ND 123 456" is Natal's older
    form and not covered). Spaced and in capitals the Gauteng layout stands alone; the
    others need a vehicle word.

    >>> [s.label for s in ZaLicensePlateRecognizer().analyze("BB 12 CD GP")]
    ['ZA_LICENSE_PLATE']
    """

    name = "za_license_plate"
    label = ZA_LICENSE_PLATE
    MIN_DIGITS = 2
    TRIGGER = _PROVINCE + r"\b"
    DIGIT_COUNTS = frozenset({2, 3, 4})
    PATTERNS = (
        Pattern("gauteng", r"(?<![\w-])[A-Z]{2} \d{2} [A-Z]{2} GP" + NUMBER_END, 0.55),
        Pattern("compact", r"(?<![\w-])[A-Z]{2,4}\d{2,4}[A-Z]{0,4}" + _PROVINCE + NUMBER_END, 0.1),
        Pattern("spaced", r"(?<![\w-])[A-Z]{2,3} ?\d{2,3} ?" + _PROVINCE + NUMBER_END, 0.1),
    )
    CONTEXT = (*PLATE_WORDS, "natis", "enatis")
