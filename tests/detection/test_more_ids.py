"""The second round of Presidio's entity types (issue 16): German physician, practice,
tax and register numbers, Korean passports and licences, Philippine TIN/UMID/passport,
vehicle plates (UK, NG, TR, DE) and UK postcodes. Positives, then look-alikes (a check
that fails, the shape without its word, words and units in capitals)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import (
    ID_NUMBER_RECOGNIZERS,
    CaPostalCodeRecognizer,
    IdNumbersRecognizer,
    UkPostcodeRecognizer,
)
from piiguard.detection.recognizers._id_number import drop_lone_ids
from piiguard.detection.recognizers.id_numbers import id_number_labels
from tests.detection._found import Found

POSTCODES = (UkPostcodeRecognizer(), CaPostalCodeRecognizer())
DETECTOR = Detector([*POSTCODES, *(r() for r in ID_NUMBER_RECOGNIZERS)])
PATTERNS = Detector.patterns()


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # DE: LANR (check digit, beside its word), BSNR, Steuernummer, register, licence
        ("LANR: 123456601 des behandelnden Arztes", "DE_LANR", "123456601"),
        ("Arztnummer 987654401 auf dem Rezept", "DE_LANR", "987654401"),
        ("BSNR 021234568", "DE_BSNR", "021234568"),
        ("Betriebsstättennummer: 381789045", "DE_BSNR", "381789045"),
        ("Steuernummer 181/815/08155", "DE_TAX_NUMBER", "181/815/08155"),
        ("meine St.-Nr. ist 2181508150", "DE_TAX_NUMBER", "2181508150"),
        ("Amtsgericht Köln HRB 12345", "DE_HANDELSREGISTER", "HRB 12345"),
        ("HRA 4711", "DE_HANDELSREGISTER", "HRA 4711"),
        ("Führerscheinnummer B07212345X1", "DE_FUEHRERSCHEIN", "B07212345X1"),
        ("Kennzeichen B-AB 1234", "DE_KFZ", "B-AB 1234"),
        ("mein Auto hat M XY 123E", "DE_KFZ", "M XY 123E"),
        # KR
        ("여권번호는 M123A4567입니다", "KR_PASSPORT", "M123A4567"),
        ("Korean passport: S012D5678", "KR_PASSPORT", "S012D5678"),
        ("11-22-123456-12", "KR_DRIVER_LICENSE", "11-22-123456-12"),
        ("운전면허번호 112212345612", "KR_DRIVER_LICENSE", "112212345612"),
        # PH
        ("My TIN is 000-123-456-000", "PH_TIN", "000-123-456-000"),
        ("TIN: 000123456", "PH_TIN", "000123456"),
        ("Please use 000-123-456-001 as your ID", "PH_TIN", "000-123-456-001"),
        ("UMID 0028-1215160-9", "PH_UMID", "0028-1215160-9"),
        ("CRN 002812151609", "PH_UMID", "002812151609"),
        ("passport P1234567A", "PH_PASSPORT", "P1234567A"),
        # plates
        ("AB51 ABC", "UK_VEHICLE_REGISTRATION", "AB51 ABC"),
        ("Vehicles AB51 ABC and BD62XYZ", "UK_VEHICLE_REGISTRATION", "BD62XYZ"),
        ("my car reg is ab51 abc", "UK_VEHICLE_REGISTRATION", "ab51 abc"),
        ("car reg A123 BCD", "UK_VEHICLE_REGISTRATION", "A123 BCD"),
        ("number plate ABC 123D", "UK_VEHICLE_REGISTRATION", "ABC 123D"),
        ("ABJ-123XY", "NG_VEHICLE_REGISTRATION", "ABJ-123XY"),
        ("plate number APP456CV", "NG_VEHICLE_REGISTRATION", "APP456CV"),
        ("34 ABC 123", "TR_LICENSE_PLATE", "34 ABC 123"),
        ("06-JK-567", "TR_LICENSE_PLATE", "06-JK-567"),
        ("Plaka 16 B 1234", "TR_LICENSE_PLATE", "16 B 1234"),
        ("araç plakası 34abc123", "TR_LICENSE_PLATE", "34abc123"),
        # US healthcare administration, right after their labels
        ("claim # 4820019933", "US_CLAIM_NUMBER", "4820019933"),
        ("Schadennummer: 20231187", "US_CLAIM_NUMBER", "20231187"),
        ("prior auth no. PA-20231187", "US_PRIOR_AUTHORIZATION_NUMBER", "PA-20231187"),
        ("Rx: 6120345", "US_PRESCRIPTION_NUMBER", "6120345"),
        ("referral number REF-884201", "US_REFERRAL_NUMBER", "REF-884201"),
        ("billing provider EIN 12-3456789", "US_PROVIDER_TAX_ID", "12-3456789"),
        ("member ID: XZH84729301", "US_HEALTH_INSURANCE_MEMBER_ID", "XZH84729301"),
        ("policy number ABC123456", "US_HEALTH_INSURANCE_MEMBER_ID", "ABC123456"),
        # ZA
        ("SARS tax number 0001339050", "ZA_INCOME_TAX_NUMBER", "0001339050"),
        ("SARS VAT number 4012345678", "ZA_VAT_NUMBER", "4012345678"),
        ("2019/123456/07", "ZA_COMPANY_REGISTRATION", "2019/123456/07"),
        ("CK1998/012345", "ZA_COMPANY_REGISTRATION", "CK1998/012345"),
        ("RSA passport A12345678", "ZA_PASSPORT", "A12345678"),
        ("eNaTIS licence 123456789AB", "ZA_DRIVER_LICENSE", "123456789AB"),
        ("traffic register number 1234567890123", "ZA_TRAFFIC_REGISTER_NUMBER", "1234567890123"),
        ("BB 12 CD GP", "ZA_LICENSE_PLATE", "BB 12 CD GP"),
        ("number plate ND123GP", "ZA_LICENSE_PLATE", "ND123GP"),
        # UUID beside a word that makes it someone's
        ("my user id is 3f2b8c1e-4d5a-4b6c-9d7e-0a1b2c3d4e5f", "UUID",
         "3f2b8c1e-4d5a-4b6c-9d7e-0a1b2c3d4e5f"),
        # CA postal codes
        ("Ottawa K1A 0B1", "CA_POSTAL_CODE", "K1A 0B1"),
        ("postal code k1a0b1", "CA_POSTAL_CODE", "k1a0b1"),
        # UK postcodes
        ("From SW1A 1AA to EC1A 1BB", "UK_POSTCODE", "SW1A 1AA"),
        ("M60 1NW", "UK_POSTCODE", "M60 1NW"),
        ("GIR0AA", "UK_POSTCODE", "GIR0AA"),
        ("my postcode is ls1 4ap", "UK_POSTCODE", "ls1 4ap"),
    ],
)
def test_finds_id(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # check digits and codes that fail
        "Steuernummer 1234/815/08155",
        "27-22-123456-12",  # no region 27
        "29-22-123456-12",
        "AB00 ABC",  # no age identifier 00
        "AB30 ABC",
        "90 ABC 123",  # no province 90
        # the shape without its word (no check digit, or too weak to stand alone)
        "it reads 123456601 there",
        "021234568",
        "181/815/08155",
        "B07212345X1",
        "B-AB 1234",
        "M123A4567",
        "M12345678",
        "112212345612",
        "it reads 000123456 there",
        "002812151609",
        "P1234567A",
        "A123 BCD",
        "ABC 123D",
        "34abc123",
        "ab51abc",  # a current UK plate run together in lower case: a user name's shape
        "ls1 4ap",
        "CLM-4820019933",  # a prefix without its label
        "RX-6120345",
        "my claim was denied, 4820019933 items later",
        "provider TIN: 00-3456789",  # no IRS prefix 00
        "the member was happy with 123456 items",
        "it reads 0001339050 there",
        "4012345678",
        "2999/123456/07",  # a registration year in the future
        "A12345678",
        "123456789AB",
        "request 3f2b8c1e-4d5a-4b6c-9d7e-0a1b2c3d4e5f failed",
        "user 00000000-0000-0000-0000-000000000000",  # nil UUID
        "user 3f2b8c1e-4d5a-0b6c-9d7e-0a1b2c3d4e5f",  # no version 0
        "K1A0B1",
        "the H2O 1L2 bottle",
        # words, units, times and codes in capitals
        "we had FY22 AND FY23 results",
        "RAM 16 GB 3200 MHz",
        "see you at 10 AM 15 people",
        "the HRB 4 model",
        "order AB51 ABC shipped",
        "SKU-123AB is out of stock",
        "REF 456CD",
        "ticket 34 ABC 123",
        "upgrade to version 10.4.2",
        "the A4 paper and ISO 9001 2015",
        "tracking 1Z999AA10123456784",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Telefon: 0532 123 45 67", "0532 123 45 67"),  # TR, beside a phone word
        ("Cep no: 05321234567", "05321234567"),
        ("Telepono: 09171234567", "09171234567"),  # PH
        ("cell 0917 123 4567", "0917 123 4567"),
        ("Phone: 5321234567", "5321234567"),
        ("0 (532) 1234567", "0 (532) 1234567"),  # trunk prefix before the area code
        ("+90 (532) 123 45 67", "+90 (532) 123 45 67"),
    ],
)
def test_phone_numbers_of_more_countries(text: str, value: str) -> None:
    assert [text[s.start : s.end] for s in PATTERNS.detect(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "05321234567",  # a bare digit run: no phone word
        "my number is 5321234567",  # "number" alone opens only the usual regions
        "order 05321234567 shipped",
        "call me on 020 7946 0958 2 times and 5 more",
    ],
)
def test_more_countries_need_a_phone_word(text: str) -> None:
    values = [text[s.start : s.end] for s in PATTERNS.detect(text)]
    assert "05321234567" not in values and "5321234567" not in values
    assert "020 7946 0958 2" not in values


def test_uk_postcode_never_cuts_an_address_apart() -> None:
    assert UkPostcodeRecognizer.priority == 0
    detector = Detector.patterns()
    spans = detector.detect("please send it to SW1A 2AA London")
    assert [(s.label, s.source) for s in spans][:1] == [("UK_POSTCODE", "uk_postcode")]


def test_pre_scan_finds_what_the_recognizers_find_alone() -> None:
    combined = Detector([*POSTCODES, IdNumbersRecognizer()])
    marks = [m for t in (test_finds_id, test_rejects_lookalikes) for m in t.pytestmark]
    texts = [v[0] if isinstance(v, tuple) else v for m in marks for v in m.args[1]]
    assert len(texts) > 60
    for text in texts:
        alone = [(s.start, s.end, s.label) for s in DETECTOR.detect(text)]
        assert [(s.start, s.end, s.label) for s in combined.detect(text)] == alone, text


ALONE = Detector.patterns()


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # an ID's own layout, with its check, stands alone
        ("3222-7162-7", "ABA_ROUTING_NUMBER", "3222-7162-7"),
        ("2123 45670 1", "AU_MEDICARE", "2123 45670 1"),
        ("104-86-56659", "KR_BRN", "104-86-56659"),
        ("556703-7485 är vårt orgnummer", "SE_ORGANISATIONSNUMMER", "556703-7485"),
        ("198712202384", "SE_PERSONNUMMER", "198712202384"),
        ("201434292D", "SG_UEN", "201434292D"),
        # run into the word before it (a missing space), with date and check
        ("My finnish id code is030594W903B.", "FI_PERSONAL_IDENTITY_CODE", "030594W903B"),
        ("my swedish id code is199003052397.", "SE_PERSONNUMMER", "199003052397"),
        # an ID's own word ending in "number" names the ID, not a phone
        ("social insurance number: 130-692-544", "CA_SIN", "130-692-544"),
        ("NHS number: 221 395 1837", "UK_NHS", "221 395 1837"),
        ("phone number: 130-692-544", "PHONE_NUMBER", "130-692-544"),
        ("numéro fiscal allemand 36574261809", "DE_TAX_ID", "36574261809"),
        # a Finnish temporary code (individual number 900-999) is a person's too
        ("020504A902E", "FI_PERSONAL_IDENTITY_CODE", "020504A902E"),
        ("Patient 1EG4-TE5-MK73", "US_MBI", "1EG4-TE5-MK73"),
        # network and mail shapes
        ("Subnet: 192.168.1.0/24", "IP_ADDRESS", "192.168.1.0/24"),
        ("Use 2001:db8::/32.", "IP_ADDRESS", "2001:db8::/32"),
        ("a@xn--d1acufc.xn--p1ai", "EMAIL_ADDRESS", "a@xn--d1acufc.xn--p1ai"),
        ("my domains: google.co.il", "URL", "google.co.il"),
    ],
)
def test_layout_stands_alone(text: str, label: str, value: str) -> None:
    assert (label, value) in [(s.label, text[s.start : s.end]) for s in ALONE.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "3222-7162-8",  # ABA check digit fails
        "104-86-56658",  # KR BRN check digit fails (python-stdnum checks only its parts)
        "123-45-67890",
        "556703-7486",  # Luhn fails
        "198712202385",
        "201434292E",
        "is030594W903C",  # run into a word, check character fails
        "is199003052398",  # run into a word, Luhn fails
        "SKU030594W903B",  # run into capitals: a product code
        "ART199003052397",
        "020504A902F",
        "it reads 1048656659 there",  # ten digits in a row: a BRN word is needed
        "it reads 5567037485 there",
        "1EG4TE5MK73",  # an MBI without its dashes needs a Medicare word
        "www.microsoft",  # no domain
    ],
)
def test_layout_lookalikes(text: str) -> None:
    # (a phone number may still read some of these digit groups; no ID label does)
    assert [s.label for s in ALONE.detect(text) if s.label != "PHONE_NUMBER"] == []


def test_prefix_length_beyond_the_address_size_is_not_taken() -> None:
    assert [(s.start, s.end) for s in ALONE.detect("10.0.0.1/33")] == [(0, 8)]


def test_a_south_african_id_number_is_not_a_traffic_register_number() -> None:
    assert found("traffic register number 8001015009087") == [
        ("ZA_ID_NUMBER", "8001015009087")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9601211021413", ["KR_RRN"]),  # check digit holds: stands alone
        ("960121-1021414", ["KR_RRN"]),  # the dashed layout stands alone
        ("9601211021414", ["KR_RRN"]),  # no check digit, but alone: it answers
        ("it reads 9601211021414 there", []),  # no check digit and no word
        ("RRN 9601211021414", ["KR_RRN"]),
        ("it reads 8001015009086 there", []),  # neither a valid ZA ID nor a checked FRN
        ("0001015002288", ["ZA_ID_NUMBER"]),  # a refugee's ID (citizenship digit 2)
    ],
)
def test_thirteen_digit_ids(text: str, expected: list[str]) -> None:
    assert [s.label for s in ALONE.detect(text)] == expected


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # Handelsregister: any case; a short number beside its word or alone
        ("hrb 12345", "DE_HANDELSREGISTER", "hrb 12345"),
        ("eingetragen im HRA 99999 Köln", "DE_HANDELSREGISTER", "HRA 99999"),
        ("hrb 12345 in Köln", "DE_HANDELSREGISTER", "hrb 12345"),
        ("HRB 1", "DE_HANDELSREGISTER", "HRB 1"),
        ("Handelsregister HRB 4", "DE_HANDELSREGISTER", "HRB 4"),
        # Steuernummer: 13 digits from a state code, beside its word
        ("Steuernummer: 0981508150999 wurde vergeben.", "DE_TAX_NUMBER", "0981508150999"),
        # DVLA: surname letters then 9s
        ("licence LEE99607054SM9IJ", "UK_DRIVING_LICENCE", "LEE99607054SM9IJ"),
    ],
)
def test_finds_presidio_round3(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "HRC 12345",
        "HR 12345",
        "HRB 1234567",
        "the hrb 4 model",
        "0981508150999",  # 13 digits, no check digit: not without its word
        "1681508150001",  # (a time in milliseconds)
        "Steuernummer 1781508150001",  # no state 17
        "it reads 99999657054SM9IJ there",  # no surname letters
        "it reads MO9G9657054SM9IJ there",  # a 9 inside the surname
    ],
)
def test_rejects_presidio_round3_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # a plate typed in lower case as the whole message answers alone ("what's your
        # plate?"), in its printed layout: UK current (space or dash), NG with its dash
        ("aa02 aaa", "UK_VEHICLE_REGISTRATION", "aa02 aaa"),
        ("ab51 abc", "UK_VEHICLE_REGISTRATION", "ab51 abc"),
        ("bd62-xyz", "UK_VEHICLE_REGISTRATION", "bd62-xyz"),
        ("Ab51 abc", "UK_VEHICLE_REGISTRATION", "Ab51 abc"),  # a phone's capital
        ("'ab51 abc'.", "UK_VEHICLE_REGISTRATION", "ab51 abc"),
        ("app-456cv", "NG_VEHICLE_REGISTRATION", "app-456cv"),
        ("App-456cv", "NG_VEHICLE_REGISTRATION", "App-456cv"),
        ("abj-123xy.", "NG_VEHICLE_REGISTRATION", "abj-123xy"),
        # beside a vehicle word, as before
        ("my plate is app-456cv", "NG_VEHICLE_REGISTRATION", "app-456cv"),
        ("plaka 34 abc 1234", "TR_LICENSE_PLATE", "34 abc 1234"),
        # a German ID card number in lower case: beside its word, or alone with its check
        # (then the passport of the same shape is its other reading)
        ("Personalausweis l01x00t44", "DE_ID_CARD", "l01x00t44"),
        ("mein ausweis: l01x00t44", "DE_ID_CARD", "l01x00t44"),
        ("Ausweisnummer t22000129", "DE_ID_CARD", "t22000129"),
        ("l01x00t44", "DE_ID_CARD", "l01x00t44"),
        # a Spanish passport in lower or mixed case beside its word
        ("Mi pasaporte es aaa123456", "ES_PASSPORT", "aaa123456"),
        ("aaa123456 es mi número de pasaporte", "ES_PASSPORT", "aaa123456"),
        ("Mi pasaporte es AaA123456", "ES_PASSPORT", "AaA123456"),
    ],
)
def test_lower_case_values(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)
    assert (label, value) in [(s.label, text[s.start : s.end]) for s in PATTERNS.detect(text)]


@pytest.mark.parametrize("text", ["aa02 aaa", "app-456cv", "l01x00t44"])
def test_a_lone_lower_case_value_is_dropped_after_a_reference_question(text: str) -> None:
    # typed after "What is your order number?": the pipeline drops values that stand
    # only because they are the whole message (`drop_lone_ids`)
    spans = PATTERNS.detect(text)
    assert spans
    assert drop_lone_ids(text, spans, id_number_labels()) == []


def test_a_lone_lower_case_id_card_number_is_read_both_ways() -> None:
    [span] = PATTERNS.detect("l01x00t44")
    assert span.labels == ("DE_ID_CARD", "DE_PASSPORT")


@pytest.mark.parametrize(
    "text",
    [
        # lower case in a sentence, without a vehicle word
        "ok aa02 aaa",
        "it is app-456cv",
        # run together, or with a space where the NG plate has its dash
        "ab51abc",
        "app456cv",
        "app 456cv",
        "max 200mg",
        "the 100th",
        # letters that are a word or a unit, a code prefix, mixed case
        "ab12 the",
        "ab12 gbp",
        "sku-123ab",
        "ref-456cd",
        "aPP-456cv",
        "aA02 AaA",
        # a Turkish plate in lower case needs its word: ranges and times typed alone
        "34 abc 1234",
        "10 to 20",
        "20 bis 30",
        "20 de 30",
        "12 h 30",
        "10 do 20",
        "10 lub 20",
        "10 tot 20",
        "12 jan 24",
        "34abc123",
        # no check digit, or no word: the lower-case ID shapes stay out
        "t22000129",
        "it reads l01x00t44 there",
        "aaa123456",
        "order abc123456",
    ],
)
def test_lower_case_lookalikes(text: str) -> None:
    assert found(text) == []
    assert PATTERNS.detect(text) == []
