"""A value named by its own word: after it through a short link, or with a check digit
that fails (a typo is still the user's number), and the words that undo either: a veto
word naming it ("... is my order number") or a doubt ("invalid", "not a", "example")."""

from __future__ import annotations

import pytest

from piiguard import Detector as FullDetector
from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import ID_NUMBER_RECOGNIZERS, MacAddressRecognizer
from tests.detection._found import Found

IDS = Detector([MacAddressRecognizer(), *(r() for r in ID_NUMBER_RECOGNIZERS)])
PATTERNS = FullDetector.patterns()


found = Found(IDS)


# The check digit (or another structural rule) fails; the word names the value.
NAMED_BUT_FAILING = [
    ("NHS number 401 023 2138", "UK_NHS", "401 023 2138"),
    ("routing number 011000016", "ABA_ROUTING_NUMBER", "011000016"),
    ("codice fiscale RSSMRA85T10A562T", "IT_FISCAL_CODE", "RSSMRA85T10A562T"),
    ("partita IVA 07973780014", "IT_VAT_CODE", "07973780014"),
    ("NRIC S2740116D", "SG_NRIC_FIN", "S2740116D"),
    ("ABN 52 824 753 556", "AU_ABN", "52 824 753 556"),
    ("ACN 824 753 557", "AU_ACN", "824 753 557"),
    ("TFN 824 753 557", "AU_TFN", "824 753 557"),
    ("Medicare 2123 25870 1", "AU_MEDICARE", "2123 25870 1"),
    ("PAN: AAAXZ1234C", "IN_PAN", "AAAXZ1234C"),
    ("hetu 131052-308U", "FI_PERSONAL_IDENTITY_CODE", "131052-308U"),
    ("Thai ID 1234567890122", "TH_TNIN", "1234567890122"),
    ("my NIN is 12345678903", "NG_NIN", "12345678903"),
    ("Steuer-ID 36 574 261 808", "DE_TAX_ID", "36 574 261 808"),
    ("Meine Steuer-ID: 12345678903.", "DE_TAX_ID", "12345678903"),
    ("USt-IdNr. DE136695977", "DE_VAT_ID", "DE136695977"),
    ("RVNR 15070649C104", "DE_SOCIAL_SECURITY", "15070649C104"),
    ("personnummer 880320-0017", "SE_PERSONNUMMER", "880320-0017"),
    ("TC kimlik no 17291716061", "TR_NATIONAL_ID", "17291716061"),
    ("my SIN is 130 692 545", "CA_SIN", "130 692 545"),
    ("licence MORGA613054SM9IJ", "UK_DRIVING_LICENCE", "MORGA613054SM9IJ"),
    ("mijn BSN is 1234.56.783", "NL_BSN", "1234.56.783"),
    ("NPI 1245319598", "US_NPI", "1245319598"),
    ("Krankenversicherungsnummer a123456787", "DE_HEALTH_INSURANCE", "a123456787"),
    ("LANR: 123456701", "DE_LANR", "123456701"),
    ("BSNR 991234568", "DE_BSNR", "991234568"),
    ("My TIN is 000-123-457-000", "PH_TIN", "000-123-457-000"),
    ("SARS tax number 0001339051", "ZA_INCOME_TAX_NUMBER", "0001339051"),
    ("UTR 8097979495 for the self assessment", "UK_UTR", "8097979495"),
    ("REGON 123456789", "PL_REGON", "123456789"),
    ("numéro fiscal 30 30 824 628 336", "FR_TAX_ID", "30 30 824 628 336"),
]


@pytest.mark.parametrize(("text", "label", "value"), NAMED_BUT_FAILING)
def test_a_failed_check_beside_its_word_is_still_masked(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(("text", "label", "value"), NAMED_BUT_FAILING)
def test_the_same_value_without_its_word_is_a_look_alike(text: str, label: str, value: str) -> None:
    assert found(f"it reads {value} there") == []


@pytest.mark.parametrize(
    "text",
    [
        "invalid NHS number 401 023 2138",
        "this is not a BSN: 1234.56.783",
        "Invalid TIN 000-123-457-000",
        "Not a TIN 123456789",
        "Beispiel-Steuer-ID 36 574 261 808",
        "codice fiscale di esempio RSSMRA85T10A562T",
        "ongeldig BSN 1234.56.783",
        "PAN: AAAPZ0000C",  # digits of a filler
        "my account number is 00000000",  # a form's filler
        "traffic register number 8001015009087 x",  # a valid ID number is no TRN
        "The DEA number is  BG8207031",  # a prescriber's registration (Presidio's case)
    ],
)
def test_a_doubted_or_filler_value_with_a_failed_check_stays_clean(text: str) -> None:
    assert not [label for label, _ in found(text) if label != "ZA_ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("401 023 2137 is my NHS number", "UK_NHS", "401 023 2137"),
        ("36574261809 ist meine Steuer-ID", "DE_TAX_ID", "36574261809"),
        ("RSSMRA85T10A562S è il mio codice fiscale", "IT_FISCAL_CODE", "RSSMRA85T10A562S"),
        ("1234.56.782 is mijn BSN", "NL_BSN", "1234.56.782"),
        ("AAA123456 es mi número de pasaporte", "ES_PASSPORT", "AAA123456"),
        ("AB1234567 (passport)", "UK_PASSPORT", "AB1234567"),
        ("130 692 544 - that's my SIN", "CA_SIN", "130 692 544"),
        ("C01234565 ist meine Ausweisnummer", "DE_ID_CARD", "C01234565"),
        ("12345678903, which is my Steuer-ID", "DE_TAX_ID", "12345678903"),
    ],
)
def test_a_word_after_the_value_names_it(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    "text",
    [
        "123456782 is my order number",
        "0612345678 is my order number",
        "AAA123456 es mi número de pedido",
        "27AAPFU0939F1ZV, the invoice",
        "passport: C01234565 is the order number",
    ],
)
def test_a_veto_word_after_the_value_names_it_something_else(text: str) -> None:
    assert found(text, PATTERNS) == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # a veto word after the value that opens a value of its own names that one
        ("phone +48 601 234 567, IBAN DE89 3704 0044 0532 0130 00", "PHONE_NUMBER",
         "+48 601 234 567"),
        ("Tel 0612345678, order #1234", "PHONE_NUMBER", "0612345678"),
        ("Tel. 0612345678 Bestellnummer: 55102938", "PHONE_NUMBER", "0612345678"),
    ],
)  # fmt: skip
def test_a_veto_word_that_opens_the_next_value_names_that_one(
    text: str, label: str, value: str
) -> None:
    assert (label, value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Well formed with no check to run: typed alone, they answer a question.
        ("9601211234567", "KR_RRN"),  # a birth date and sex digit, issued since 2020
        ("9111245678901", "KR_FRN"),
        ("34 ABC 1234", "TR_LICENSE_PLATE"),
        ("06 A 123", "TR_LICENSE_PLATE"),
        ("APP456CV", "NG_VEHICLE_REGISTRATION"),
        ("16 B 1234", "TR_LICENSE_PLATE"),
        ("8001015009086", "KR_FRN"),
        # A GSTIN's shape stands whatever its check character; a valid check in lower
        # case answers alone too.
        ("27ABCDE1234F1Z5", "IN_GSTIN"),
        ("My GSTIN number is 27ABCDE1234F1Z5 for business registration", "IN_GSTIN"),
        ("morga607054sm9ij", "UK_DRIVING_LICENCE"),
        ("a123456780", "DE_HEALTH_INSURANCE"),
    ],
)
def test_structured_values_typed_alone(text: str, label: str) -> None:
    assert label in [lab for lab, _ in found(text, PATTERNS)]


@pytest.mark.parametrize(
    "text",
    [
        "10 AM 15",  # a time, not a plate
        "16 GB 3200",
        "10 TO 20",  # ranges, times, dates and counts typed alone
        "20 DE 30",
        "10 BIS 20",
        "12 H 30",
        "12 JAN 24",
        "3 MRZ 25",
        "10 PCS 100",
        "SKU456CV",  # a product code's prefix
        "9601211234567 items",  # not alone
        "it reads APP456CV there",
        "it reads 16 B 1234 there",
        "38ABCDE1234F1Z5",  # no such state code
        "27ABCDE1234F1Y5",  # no Z
        "4006381333931",  # an EAN-13: no birth date in it
    ],
)
def test_structured_look_alikes_stay_clean(text: str) -> None:
    assert found(text, PATTERNS) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NL875764551B01 is mijn btw-nummer als zzp'er", "NL875764551B01"),
        ("numéro de TVA FR40303265045", "FR40303265045"),
        ("VAT number BE0403170701", "BE0403170701"),
        ("NIF-IVA ESB29425972", "ESB29425972"),
    ],
)
def test_eu_vat_numbers_beside_their_word(text: str, value: str) -> None:
    assert ("EU_VAT_ID", value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    "text",
    ["order NL875764551B01", "it reads NL875764551B01 there", "NL875764551B01"],
)
def test_eu_vat_numbers_without_their_word_stay_clean(text: str) -> None:
    assert found(text, PATTERNS) == []


@pytest.mark.parametrize(
    "text",
    [
        "0800 123 4567 is your helpline right? nobody picks up",
        "0800 330 1000 ist doch eure Hotline oder?",
        "09 69 39 39 00 c'est bien votre service client ?",
        "0900 1234 is toch jullie klantenservice?",
        "801 100 100 to wasza infolinia, tak?",
    ],
)
def test_a_company_line_named_after_the_number_is_not_personal(text: str) -> None:
    assert found(text, PATTERNS) == []


@pytest.mark.parametrize(
    "text",
    [
        "0612345678 is my number, not the support line",
        "0612345678 - my mobile, support said to send it",
    ],
)
def test_a_number_the_writer_claims_is_masked_beside_a_service_word(text: str) -> None:
    assert [label for label, _ in found(text, PATTERNS)] == ["PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5918 - thats the pin for my debit card", "5918"),
        ("ok so 127910 was the one time code but it expired", "127910"),
        ("223114 war die TAN aus der SMS", "223114"),
        ("385832 est le code reçu par sms mais il est refusé", "385832"),
        ("2152 is de pincode van mijn pas", "2152"),
    ],
)
def test_a_code_named_after_it_is_a_credential(text: str, value: str) -> None:
    assert ("CREDENTIAL", value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("T8Z6V61XK ist die Nummer von meinem Personalausweis", "ID_CARD", "T8Z6V61XK"),
        ("TGA564044 to numer mojego dowodu", "PL_ID_CARD", "TGA564044"),  # check digit holds
        ("CGJJPX3FR (Reisepass) läuft im Juni ab", "PASSPORT", "CGJJPX3FR"),
        ("17qf87128 c'est mon numéro de passeport", "PASSPORT", "17qf87128"),
        ("16969/28/0895 to numer prawa jazdy", "DRIVER_LICENSE", "16969/28/0895"),
        ("12345 is my member number", "MEMBER_ID", "12345"),
        ("DE95 1005 0000 3941 6329 21 ist meine IBAN", "IBAN_CODE", "DE95 1005 0000 3941 6329 21"),
    ],
)
def test_documents_and_accounts_named_after_them(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    "text",
    [
        "2023 is the passport year",
        "version 2.3.1 (passport app)",
        "12345 is my zip code",
        "404 is the error code",
        "DE95 1005 0000 3941 6329 21 is the reference",  # fails mod 97, no account word
    ],
)
def test_what_a_word_after_does_not_name(text: str) -> None:
    assert not [lab for lab, _ in found(text, PATTERNS) if lab not in ("LOCATION",)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("plaque TM-617-FX", "TM-617-FX"),
        ("TM-617-FX c'est ma plaque, j'ai reçu une amende", "TM-617-FX"),
        ("7614 CTJ es la matrícula de mi coche", "7614 CTJ"),
        ("targa TN 982 PN", "TN 982 PN"),
        ("29-NBJ-4 is mijn kenteken", "29-NBJ-4"),
        ("numer rejestracyjny WA 54977", "WA 54977"),
        ("license plate 7ABC123", "7ABC123"),
        ("plaque tm-617-fx", "tm-617-fx"),
    ],
)
def test_plates_of_countries_without_a_recognizer_beside_their_word(
    text: str, value: str
) -> None:
    assert ("LICENSE_PLATE", value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    "text",
    [
        "plate 2024 model",  # no letter
        "plaque 2024",
        "TM-617-FX is my order number",
        "it reads TM-617-FX there",  # no plate word
        "placa base B550M",  # a motherboard: "base" is no filler
        "the registration number is on the form",
    ],
)
def test_what_is_no_keyed_plate(text: str) -> None:
    assert "LICENSE_PLATE" not in [label for label, _ in found(text, PATTERNS)]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("52.08.04-155.97 c'est mon numéro national belge", "BE_NATIONAL_NUMBER",
         "52.08.04-155.97"),
        ("mijn rijksregisternummer is 85073003328", "BE_NATIONAL_NUMBER", "85073003328"),
        ("85.07.30-033.28", "BE_NATIONAL_NUMBER", "85.07.30-033.28"),
        ("BCP DSA 87E13 L219X - codice fiscale (tessera sanitaria)", "IT_FISCAL_CODE",
         "BCP DSA 87E13 L219X"),
    ],
)  # fmt: skip
def test_belgian_numbers_and_grouped_fiscal_codes(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    "text", ["order 85073003328", "it reads 85073003328 there", "85.07.30-033.29"]
)
def test_belgian_look_alikes_stay_clean(text: str) -> None:
    assert "BE_NATIONAL_NUMBER" not in [label for label, _ in found(text, PATTERNS)]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("RF0191921 is the number on my BRP card", "RESIDENCE_PERMIT", "RF0191921"),
        ("YJKMX7KXT — Nummer von meinem Aufenthaltstitel", "RESIDENCE_PERMIT", "YJKMX7KXT"),
        ("4064927987 (titre de séjour) expire bientôt", "RESIDENCE_PERMIT", "4064927987"),
        ("permesso di soggiorno numero J04233585", "RESIDENCE_PERMIT", "J04233585"),
        ("RP5503028 to numer karty pobytu", "RESIDENCE_PERMIT", "RP5503028"),
        ("APWWKS438, dat is m'n ID-kaart", "ID_CARD", "APWWKS438"),
        ("meine Krankenversichertennummer ist eigentlich O228427037", "DE_HEALTH_INSURANCE",
         "O228427037"),  # a long word may begin before the window, ending inside it
        ("GE 967273 ist mein Nummernschild aus der Schweiz", "LICENSE_PLATE", "GE 967273"),
        ("6946-4834 <- backup code from the printout", "CREDENTIAL", "6946-4834"),
    ],
)  # fmt: skip
def test_residence_permits_and_other_phrasings(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text, PATTERNS)


@pytest.mark.parametrize(
    "text",
    ["my residence permit expired", "Aufenthaltstitel bis 2026", "2024-2025 is the code period"],
)
def test_a_residence_permit_word_without_a_number(text: str) -> None:
    assert found(text, PATTERNS) == []
