"""The validated pattern recognizers, one module per family.

Each is a `PatternRecognizer`: regex data, context words and a `validate` hook
with the family's checksum; all have `priority = 2` so a validated match wins
over a model's guess in the detector's overlap rule, except `PostcodeRecognizer`
(priority 0: a bare postcode only fills a gap the model left). `DateTimeRecognizer` is
`on_request`: a detector runs it only when DATE_TIME is requested (every date and time).
"""

from __future__ import annotations

from piiguard._types import Recognizer
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer
from piiguard.detection.recognizers.abroad_ids import (
    AeEmiratesIdRecognizer,
    BrBankAccountRecognizer,
    MaCinRecognizer,
    MxClabeRecognizer,
    RoCnpRecognizer,
    UaRnokppRecognizer,
)
from piiguard.detection.recognizers.au_ids import (
    AuAbnRecognizer,
    AuAcnRecognizer,
    AuMedicareRecognizer,
    AuTfnRecognizer,
)
from piiguard.detection.recognizers.bank_account import (
    BankAccountRecognizer,
    ItBankCodeRecognizer,
    UkAccountRecognizer,
    UkSortCodeRecognizer,
)
from piiguard.detection.recognizers.conversation import (
    AnsweredCodeRecognizer,
    ChatSpeakerRecognizer,
)
from piiguard.detection.recognizers.credential import CredentialRecognizer
from piiguard.detection.recognizers.credit_card import CreditCardRecognizer
from piiguard.detection.recognizers.crypto import CryptoRecognizer
from piiguard.detection.recognizers.date_of_birth import DateOfBirthRecognizer
from piiguard.detection.recognizers.date_time import DateTimeRecognizer
from piiguard.detection.recognizers.de_ids import (
    DeBsnrRecognizer,
    DeFuehrerscheinRecognizer,
    DeHandelsregisterRecognizer,
    DeHealthInsuranceRecognizer,
    DeIdCardRecognizer,
    DeLanrRecognizer,
    DePassportRecognizer,
    DeSocialSecurityRecognizer,
    DeTaxIdRecognizer,
    DeTaxNumberRecognizer,
    DeVatIdRecognizer,
)
from piiguard.detection.recognizers.email import EmailRecognizer, SpelledEmailRecognizer
from piiguard.detection.recognizers.eu_ids import (
    AtSocialSecurityRecognizer,
    BeNationalNumberRecognizer,
    ChAhvRecognizer,
    DkCprRecognizer,
    EsSocialSecurityRecognizer,
    EuVatRecognizer,
    FrTaxNumberRecognizer,
    IePpsRecognizer,
    PlIdCardRecognizer,
    PlNipRecognizer,
    PlRegonRecognizer,
)
from piiguard.detection.recognizers.fi_ids import FiPersonalIdentityCodeRecognizer
from piiguard.detection.recognizers.fielded_ids import FieldedIdRecognizer
from piiguard.detection.recognizers.fielded_values import FieldedValueRecognizer
from piiguard.detection.recognizers.handle import GamerTagRecognizer, SocialHandleRecognizer
from piiguard.detection.recognizers.iban import IbanRecognizer
from piiguard.detection.recognizers.id_numbers import IdNumbersRecognizer
from piiguard.detection.recognizers.in_ids import (
    InAadhaarRecognizer,
    InGstinRecognizer,
    InPanRecognizer,
    InPassportRecognizer,
    InVehicleRegistrationRecognizer,
    InVoterRecognizer,
)
from piiguard.detection.recognizers.ip_address import IpAddressRecognizer
from piiguard.detection.recognizers.it_ids import (
    ItDriverLicenseRecognizer,
    ItFiscalCodeRecognizer,
    ItIdentityCardRecognizer,
    ItPassportRecognizer,
    ItVatCodeRecognizer,
)
from piiguard.detection.recognizers.keyed_ids import KeyedIdRecognizer
from piiguard.detection.recognizers.kr_ids import (
    KrBrnRecognizer,
    KrDriverLicenseRecognizer,
    KrFrnRecognizer,
    KrPassportRecognizer,
    KrRrnRecognizer,
)
from piiguard.detection.recognizers.latam_ids import (
    ArCuitRecognizer,
    BrCpfRecognizer,
    ClRutRecognizer,
    MxCurpRecognizer,
    MxRfcRecognizer,
)
from piiguard.detection.recognizers.mac_address import MacAddressRecognizer
from piiguard.detection.recognizers.mrz import MrzRecognizer
from piiguard.detection.recognizers.national_id import NationalIdRecognizer
from piiguard.detection.recognizers.ng_ids import NgNinRecognizer
from piiguard.detection.recognizers.nl_ids import NlBsnRecognizer
from piiguard.detection.recognizers.other_ids import (
    CaSinRecognizer,
    EsPassportRecognizer,
    SeOrganisationsnummerRecognizer,
    SePersonnummerRecognizer,
    TrNationalIdRecognizer,
    ZaIdNumberRecognizer,
)
from piiguard.detection.recognizers.ph_ids import (
    PhPassportRecognizer,
    PhTinRecognizer,
    PhUmidRecognizer,
)
from piiguard.detection.recognizers.phone import PhoneRecognizer
from piiguard.detection.recognizers.postcode import (
    CaPostalCodeRecognizer,
    PostcodeRecognizer,
    UkPostcodeRecognizer,
)
from piiguard.detection.recognizers.sg_ids import SgNricFinRecognizer, SgUenRecognizer
from piiguard.detection.recognizers.street_address import StreetAddressRecognizer
from piiguard.detection.recognizers.th_ids import ThTninRecognizer
from piiguard.detection.recognizers.uk_ids import (
    UkDrivingLicenceRecognizer,
    UkNhsRecognizer,
    UkPassportRecognizer,
    UkUtrRecognizer,
)
from piiguard.detection.recognizers.uk_nino import UkNinoRecognizer
from piiguard.detection.recognizers.url import UrlRecognizer
from piiguard.detection.recognizers.us_health_ids import (
    UsClaimNumberRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsPrescriptionNumberRecognizer,
    UsPriorAuthorizationNumberRecognizer,
    UsProviderTaxIdRecognizer,
    UsReferralNumberRecognizer,
)
from piiguard.detection.recognizers.us_ids import (
    AbaRoutingRecognizer,
    MedicalLicenseRecognizer,
    UsBankNumberRecognizer,
    UsDriverLicenseRecognizer,
    UsMbiRecognizer,
    UsNpiRecognizer,
    UsPassportRecognizer,
)
from piiguard.detection.recognizers.us_itin import UsItinRecognizer
from piiguard.detection.recognizers.us_ssn import UsSsnRecognizer
from piiguard.detection.recognizers.uuid_id import UuidRecognizer
from piiguard.detection.recognizers.vehicles import (
    DeKfzRecognizer,
    KeyedPlateRecognizer,
    NgVehicleRegistrationRecognizer,
    TrLicensePlateRecognizer,
    UkOldVehicleRegistrationRecognizer,
    UkVehicleRegistrationRecognizer,
)
from piiguard.detection.recognizers.za_ids import (
    ZaCompanyRegistrationRecognizer,
    ZaDriverLicenseRecognizer,
    ZaIncomeTaxNumberRecognizer,
    ZaLicensePlateRecognizer,
    ZaPassportRecognizer,
    ZaTrafficRegisterNumberRecognizer,
    ZaVatNumberRecognizer,
)

# Presidio's country-specific predefined recognizers we carry natively (issue 16).
ID_NUMBER_RECOGNIZERS = (
    UsPassportRecognizer, UsDriverLicenseRecognizer, UsBankNumberRecognizer,
    AbaRoutingRecognizer, MedicalLicenseRecognizer, UkNhsRecognizer, UkPassportRecognizer,
    ItFiscalCodeRecognizer, ItVatCodeRecognizer, ItIdentityCardRecognizer,
    ItPassportRecognizer, ItDriverLicenseRecognizer, SgNricFinRecognizer, SgUenRecognizer,
    AuAbnRecognizer, AuAcnRecognizer, AuTfnRecognizer, AuMedicareRecognizer,
    InPanRecognizer, InAadhaarRecognizer, InPassportRecognizer, InVoterRecognizer,
    InVehicleRegistrationRecognizer, FiPersonalIdentityCodeRecognizer, KrRrnRecognizer,
    ThTninRecognizer, NgNinRecognizer, BankAccountRecognizer, UkSortCodeRecognizer,
    DeTaxIdRecognizer, DeVatIdRecognizer, DeIdCardRecognizer, DePassportRecognizer,
    DeSocialSecurityRecognizer, DeHealthInsuranceRecognizer, SePersonnummerRecognizer,
    SeOrganisationsnummerRecognizer, TrNationalIdRecognizer, CaSinRecognizer,
    ZaIdNumberRecognizer, EsPassportRecognizer, InGstinRecognizer, UkDrivingLicenceRecognizer,
    KrBrnRecognizer, NlBsnRecognizer, KrFrnRecognizer, UsNpiRecognizer, UsMbiRecognizer,
    KrPassportRecognizer, KrDriverLicenseRecognizer, PhTinRecognizer, PhUmidRecognizer,
    PhPassportRecognizer, DeLanrRecognizer, DeBsnrRecognizer, DeTaxNumberRecognizer,
    DeHandelsregisterRecognizer, DeFuehrerscheinRecognizer, UkVehicleRegistrationRecognizer,
    UkOldVehicleRegistrationRecognizer, NgVehicleRegistrationRecognizer,
    TrLicensePlateRecognizer, DeKfzRecognizer, UsClaimNumberRecognizer,
    UsPriorAuthorizationNumberRecognizer, UsPrescriptionNumberRecognizer,
    UsReferralNumberRecognizer, UsProviderTaxIdRecognizer, UsHealthInsuranceMemberIdRecognizer,
    ZaIncomeTaxNumberRecognizer, ZaVatNumberRecognizer, ZaCompanyRegistrationRecognizer,
    ZaPassportRecognizer, ZaDriverLicenseRecognizer, ZaTrafficRegisterNumberRecognizer,
    ZaLicensePlateRecognizer, UuidRecognizer, ChAhvRecognizer, FrTaxNumberRecognizer,
    EsSocialSecurityRecognizer, PlNipRecognizer, PlRegonRecognizer, UkAccountRecognizer,
    UkUtrRecognizer, EuVatRecognizer, BeNationalNumberRecognizer, MxCurpRecognizer,
    MxRfcRecognizer, BrCpfRecognizer, ArCuitRecognizer, ClRutRecognizer, IePpsRecognizer,
    DkCprRecognizer, AtSocialSecurityRecognizer, PlIdCardRecognizer, ItBankCodeRecognizer,
    KeyedPlateRecognizer, RoCnpRecognizer, UaRnokppRecognizer, AeEmiratesIdRecognizer,
    MaCinRecognizer, MxClabeRecognizer, BrBankAccountRecognizer,
    KeyedIdRecognizer,  # last: a fallback by its word, yields to the specific numbers
)  # fmt: skip

__all__ = [
    "ID_NUMBER_RECOGNIZERS",
    "AnsweredCodeRecognizer",
    "BankAccountRecognizer",
    "CaPostalCodeRecognizer",
    "ChatSpeakerRecognizer",
    "CredentialRecognizer",
    "CreditCardRecognizer",
    "CryptoRecognizer",
    "DateOfBirthRecognizer",
    "DateTimeRecognizer",
    "EmailRecognizer",
    "FieldedIdRecognizer",
    "FieldedValueRecognizer",
    "GamerTagRecognizer",
    "IbanRecognizer",
    "IdNumbersRecognizer",
    "IpAddressRecognizer",
    "MacAddressRecognizer",
    "MrzRecognizer",
    "NationalIdRecognizer",
    "Pattern",
    "PatternRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "SocialHandleRecognizer",
    "SpelledEmailRecognizer",
    "StreetAddressRecognizer",
    "UkNinoRecognizer",
    "UkPostcodeRecognizer",
    "UkSortCodeRecognizer",
    "UrlRecognizer",
    "UsItinRecognizer",
    "UsSsnRecognizer",
    "all_pattern_recognizers",
]


def all_pattern_recognizers() -> list[Recognizer]:
    """A fresh instance of every built-in pattern recognizer."""
    return [
        EmailRecognizer(),
        SpelledEmailRecognizer(),
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
        AnsweredCodeRecognizer(),
        ChatSpeakerRecognizer(),
        SocialHandleRecognizer(),
        GamerTagRecognizer(),
        CryptoRecognizer(),
        MacAddressRecognizer(),
        IdNumbersRecognizer(),
        FieldedIdRecognizer(),
        FieldedValueRecognizer(),
        MrzRecognizer(),
        PostcodeRecognizer(),
        UkPostcodeRecognizer(),
        CaPostalCodeRecognizer(),
        DateTimeRecognizer(),  # on request only: a detector runs it when asked for dates
    ]
