"""Presidio's country-specific entities: a table of positives and look-alikes per
recognizer (check digits that fail, the right shape without its word, order numbers)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import ID_NUMBER_RECOGNIZERS, MacAddressRecognizer
from tests.detection._found import Found

DETECTOR = Detector([MacAddressRecognizer(), *(r() for r in ID_NUMBER_RECOGNIZERS)])


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # US
        ("my passport number is 912803456", "US_PASSPORT", "912803456"),
        ("Reisepass: A12345678", "US_PASSPORT", "A12345678"),
        ("driver license D1234567", "US_DRIVER_LICENSE", "D1234567"),
        ("Führerschein Nr. D1234567", "US_DRIVER_LICENSE", "D1234567"),
        ("checking account 55102938", "US_BANK_NUMBER", "55102938"),
        ("acct no. 55102938", "US_BANK_NUMBER", "55102938"),
        ("numer konta 123456789012", "US_BANK_NUMBER", "123456789012"),
        ("routing number 011000015", "ABA_ROUTING_NUMBER", "011000015"),
        ("ABA 0711-0130-7", "ABA_ROUTING_NUMBER", "0711-0130-7"),
        ("DEA BB1388568", "MEDICAL_LICENSE", "BB1388568"),
        ("NPI 1245319599", "US_NPI", "1245319599"),
        ("MBI 1EG4-TE5-MK73", "US_MBI", "1EG4-TE5-MK73"),
        ("my medicare id is 1EG4TE5MK73", "US_MBI", "1EG4TE5MK73"),
        # UK
        ("NHS number 401 023 2137", "UK_NHS", "401 023 2137"),
        ("my nhs no is 4010232137", "UK_NHS", "4010232137"),
        ("NHS number 221 395 1837", "UK_NHS", "221 395 1837"),  # also a phone's layout
        # 3-3-4 as the NHS prints it, valid, not a phone number: alone
        ("401-023-2137", "UK_NHS", "401-023-2137"),
        ("mine is 401 023 2137, thanks", "UK_NHS", "401 023 2137"),
        ("passport no. AB1234567", "UK_PASSPORT", "AB1234567"),
        # IT
        ("il mio codice fiscale è RSSMRA85T10A562S", "IT_FISCAL_CODE", "RSSMRA85T10A562S"),
        ("cf rssmra85t10a562s", "IT_FISCAL_CODE", "rssmra85t10a562s"),
        ("partita IVA 07973780013", "IT_VAT_CODE", "07973780013"),
        ("carta d'identità CA12345AB", "IT_IDENTITY_CARD", "CA12345AB"),
        ("carta d'identità AB 1234567", "IT_IDENTITY_CARD", "AB 1234567"),
        ("passaporto YA1234567", "IT_PASSPORT", "YA1234567"),
        ("patente MI1234567X", "IT_DRIVER_LICENSE", "MI1234567X"),
        # SG
        ("NRIC S2740116C", "SG_NRIC_FIN", "S2740116C"),
        ("UEN T08LL0001K", "SG_UEN", "T08LL0001K"),
        ("UEN 53125226D was processed", "SG_UEN", "53125226D"),
        # AU
        ("ABN 51 824 753 556", "AU_ABN", "51 824 753 556"),
        ("ACN 005 499 981", "AU_ACN", "005 499 981"),
        ("ACN: 000000180", "AU_ACN", "000000180"),
        # 3-3-3 with a leading zero, valid, not a phone number: alone
        ("000 000 019", "AU_ACN", "000 000 019"),
        ("the company is 005-499-981", "AU_ACN", "005-499-981"),
        ("my TFN is 876 543 210", "AU_TFN", "876 543 210"),
        ("Medicare 2123 45670 1", "AU_MEDICARE", "2123 45670 1"),
        # IN
        ("PAN: AAAPZ1234C", "IN_PAN", "AAAPZ1234C"),
        ("my voter id is ABC1234566", "IN_VOTER", "ABC1234566"),
        ("indian passport A1234567", "IN_PASSPORT", "A1234567"),
        ("car no MH12AB1234", "IN_VEHICLE_REGISTRATION", "MH12AB1234"),
        ("vehicle MH 12 AB 1234", "IN_VEHICLE_REGISTRATION", "MH 12 AB 1234"),
        # FI, KR, TH, NG
        ("hetu 131052-308T", "FI_PERSONAL_IDENTITY_CODE", "131052-308T"),
        ("henkilötunnus 010594Y9032", "FI_PERSONAL_IDENTITY_CODE", "010594Y9032"),
        ("RRN 960121-1021413", "KR_RRN", "960121-1021413"),
        ("FRN 000505-7637892", "KR_FRN", "000505-7637892"),
        ("Thai ID 1234567890121", "TH_TNIN", "1234567890121"),
        ("my NIN is 12345678902", "NG_NIN", "12345678902"),
        # DE
        ("meine Steuer-ID ist 36 574 261 809", "DE_TAX_ID", "36 574 261 809"),
        ("USt-IdNr. DE136695976", "DE_VAT_ID", "DE136695976"),
        ("Ausweisnummer L01X00T44", "DE_ID_CARD", "L01X00T44"),
        ("Reisepass C01234565", "DE_PASSPORT", "C01234565"),
        ("RVNR 15070649C103", "DE_SOCIAL_SECURITY", "15070649C103"),
        ("15070649C103", "DE_SOCIAL_SECURITY", "15070649C103"),
        ("meine Versichertennummer ist A123456780", "DE_HEALTH_INSURANCE", "A123456780"),
        # SE, TR, CA, ZA, ES, IN, UK, KR
        ("personnummer 880320-0016", "SE_PERSONNUMMER", "880320-0016"),
        ("orgnr 556036-0793", "SE_ORGANISATIONSNUMMER", "556036-0793"),
        ("TC kimlik no 17291716060", "TR_NATIONAL_ID", "17291716060"),
        ("my SIN is 130 692 544", "CA_SIN", "130 692 544"),
        ("ID number 7503305044089", "ZA_ID_NUMBER", "7503305044089"),
        ("Mi pasaporte es AAA123456", "ES_PASSPORT", "AAA123456"),
        ("GSTIN 27AAPFU0939F1ZV", "IN_GSTIN", "27AAPFU0939F1ZV"),
        ("licence MORGA607054SM9IJ", "UK_DRIVING_LICENCE", "MORGA607054SM9IJ"),
        ("사업자등록번호 134-86-72683", "KR_BRN", "134-86-72683"),
        ("mijn BSN is 1234.56.782", "NL_BSN", "1234.56.782"),
        ("burgerservicenummer 111222333", "NL_BSN", "111222333"),
        # MAC
        # lower case, spaces for dashes and more context words: beside the word
        ("Steuer ID 36574261809", "DE_TAX_ID", "36574261809"),
        ("numéro fiscal allemand 36574261809", "DE_TAX_ID", "36574261809"),
        ("numer identyfikacji podatkowej 36 574 261 809", "DE_TAX_ID", "36 574 261 809"),
        ("Krankenversicherungsnummer a123456780", "DE_HEALTH_INSURANCE", "a123456780"),
        ("meine Krankenkassennummer ist B123456782", "DE_HEALTH_INSURANCE", "B123456782"),
        ("numéro d'assurance maladie A123456780", "DE_HEALTH_INSURANCE", "A123456780"),
        ("Reisepassnummer c01234565", "DE_PASSPORT", "c01234565"),
        ("uen: 53125226d", "SG_UEN", "53125226d"),
        ("licence morga607054sm9ij", "UK_DRIVING_LICENCE", "morga607054sm9ij"),
        ("business registration number 104 86 56659", "KR_BRN", "104 86 56659"),
        ("mitt personnummer är 920123 2387", "SE_PERSONNUMMER", "920123 2387"),
        ("mac 00:1A:2B:3C:4D:5E", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E"),
        # the value's length stated between its word and the value is no other number
        ("Steuer-ID (11-stellig): 36574261809", "DE_TAX_ID", "36574261809"),
        ("meine Steuer-ID, 11 Ziffern: 36574261809", "DE_TAX_ID", "36574261809"),
        ("Steuer-ID (11 Stellen) 36574261809", "DE_TAX_ID", "36574261809"),
        ("NIP (10 cyfr): 5260250274", "PL_NIP", "5260250274"),
        ("BSN (9 cijfers): 111222333", "NL_BSN", "111222333"),
        ("NHS number (10 digits): 4010232137", "UK_NHS", "4010232137"),
        ("MAC-Adresse 001a.2b3c.4d5e", "MAC_ADDRESS", "001a.2b3c.4d5e"),
    ],
)
def test_finds_id(text: str, label: str, value: str) -> None:
    assert (label, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # check digits that fail
        "1EG4TE5MK73",
        # the right shape in a sentence without its word (the check is too weak to stand
        # alone there; the same value as a whole message is `test_a_lone_value_is_an_id`)
        "it reads 4010232137 there",
        "it reads 011000015 there",
        "it reads 876543210 there",
        "55102938",
        "AB1234567",
        "CA12345AB",
        "it reads 36574261809 there",
        "it reads C01234565 there",
        "it reads A123456780 there",
        "it reads 130692544 there",
        "AAA123456",
        # lower case without the word in a sentence (alone, a valid check answers)
        "DEA BB1388569",  # a prescriber's registration: no exception for its word
        "it reads a123456780 there",
        "it reads c01234565 there",
        "it reads 201434292d there",
        "it reads morga607054sm9ij there",
        "it reads 104 86 56659 there",  # BRN with spaces, no word
        "it reads 920123 2387 there",  # personnummer with a space, no word
        "it reads 0032698674 there",  # NHS check holds, ten digits in a row
        "it reads 006249976 there",  # ACN check holds, nine digits in a row
        # the grouped layout, check holds, but also a phone number: needs its word
        "it reads 221 395 1837 there",
        "it reads 072 670 841 there",
        # 3-3-3 without the leading zero (an amount in groups has that shape)
        "it reads 114 966 559 there",
        "401 023 2138",  # grouped NHS, check fails
        "005 499 982",  # grouped ACN, check fails
        "005 499-981",  # mixed separators
        "ticket 005 499 981",
        "Bestellnummer 401-023-2137",
        # order numbers, invoices, tickets, versions, hotlines, prices
        "order 55102938 has shipped, account page updated",
        "Bestellnummer 401 023 2137",
        "ticket 876 543 210 closed",
        "invoice no. 51824753556",
        "upgrade to version 12.3.4.5678",
        "call the hotline 0800 123 4567",
        "it costs 1234.56 EUR",
        "Rechnung 2023-0042 vom Konto",
        "broadcast ff:ff:ff:ff:ff:ff",
        "mac 00:00:00:00:00:00",
        "the Mixed CaSe RsSmRa85T10a562s word",
        # a number between the word and the value that is no length: another value
        "Steuer-ID 2019: 36574261809",
        "Steuer-ID von 2 Kindern: 36574261809",
        "NIP (10 faktur): 5260250274",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A message that is only the value answers a question ("What is your NHS
        # number?"): a valid check stands without its word, the stronger check names it.
        ("4010232137", "UK_NHS"),
        # in lower case too: the whole message is the value, its check holds
        ("a123456780", "DE_HEALTH_INSURANCE"),
        ("c01234565", "DE_ID_CARD"),  # as in capitals: DE_PASSPORT its other reading
        ("201434292d", "SG_UEN"),
        ("morga607054sm9ij", "UK_DRIVING_LICENCE"),
        ("011000015", "ABA_ROUTING_NUMBER"),
        ("C01234565", "DE_ID_CARD"),
        ("A123456780", "DE_HEALTH_INSURANCE"),
        ("'130692544'", "CA_SIN"),
        ("104 86 56659.", "KR_BRN"),
        ("(920123 2387)", "SE_PERSONNUMMER"),
        ("  72 67 08 41 1  ", None),  # no layout of any ID: not a value
    ],
)
def test_a_lone_value_is_an_id(text: str, label: str | None) -> None:
    spans = DETECTOR.detect(text)
    assert [s.label for s in spans] == ([label] if label else [])
    if label:
        assert text[spans[0].start : spans[0].end].strip("'(). ") == text.strip("'(). ")


@pytest.mark.parametrize(
    "text",
    [
        "4010232138",  # the check fails
        "1111111112",  # a form's filler: one digit repeated
        "000-000-000",
        "order 4010232137",  # a veto word still decides
        "4010232137 4010232137",  # two values: not an answer of one
    ],
)
def test_a_lone_look_alike_stays_clean(text: str) -> None:
    assert found(text) == []


def test_pre_scan_finds_what_the_recognizers_find_alone() -> None:
    from piiguard.detection.recognizers import IdNumbersRecognizer

    combined = Detector([MacAddressRecognizer(), IdNumbersRecognizer()])
    texts = _first_values(test_finds_id, test_rejects_lookalikes)
    assert len(texts) > 60
    for text in texts:
        alone = [(s.start, s.end, s.label) for s in DETECTOR.detect(text)]
        assert [(s.start, s.end, s.label) for s in combined.detect(text)] == alone, text
    assert {s.source for s in combined.detect("NHS number 401 023 2137")} == {"id_numbers"}


def test_pre_scan_finds_the_lone_values_the_recognizers_find_alone() -> None:
    """The pre-scan tries on a lone text only the recognizers whose regexes may begin
    with its first character and match there: it finds the same lone values."""
    from piiguard.detection.recognizers import IdNumbersRecognizer

    combined = Detector([MacAddressRecognizer(), IdNumbersRecognizer()])
    texts = _first_values(test_a_lone_value_is_an_id, test_a_lone_look_alike_stays_clean)
    for text in texts:
        alone = [(s.start, s.end, s.label) for s in DETECTOR.detect(text)]
        assert [(s.start, s.end, s.label) for s in combined.detect(text)] == alone, text


def test_a_trigger_the_pre_scan_runs_itself_skips_only_calls_that_find_nothing() -> None:
    """The pre-scan runs a chosen recognizer's TRIGGER before calling it (`_triggers`) only
    where `analyze_ungated` finds nothing without it: on every test text it fails on, the
    call would have returned no span."""
    from piiguard.detection.recognizers.id_numbers import IdNumbersRecognizer

    prescan = IdNumbersRecognizer()
    texts = _every_case_text()
    skipped = 0
    for recognizer, trigger in zip(prescan._recognizers, prescan._triggers, strict=True):
        if trigger is None:
            continue
        for text in texts:
            if not trigger(text):
                skipped += 1
                assert recognizer.analyze_ungated(text) == [], (recognizer.name, text)
    assert skipped > 1000


def test_first_characters_are_never_fewer_than_the_regexes_match() -> None:
    """`_may_start` (read from sre's parse of each regex) allows every character a match
    of the regex begins with, and `_may_hold` every character in it, at every position
    of every test text."""
    from piiguard.detection.recognizers.id_numbers import (
        IdNumbersRecognizer,
        _may_hold,
        _may_start,
    )

    prescan = IdNumbersRecognizer()
    texts = _every_case_text()
    checked = 0
    for i, parsed in prescan._parsed.items():
        recognizer = prescan._recognizers[i]
        for item, (tree, ignorecase, echoes) in zip(recognizer._compiled, parsed, strict=True):
            for text in texts:
                for pos in range(len(text)):
                    match = item.regex.match(text, pos)
                    if match is not None and match.end() > pos:
                        checked += 1
                        assert _may_start(tree, text[pos], ignorecase), (recognizer.name, text)
                        for char in match[0]:
                            assert _may_hold(tree, char, ignorecase, echoes), recognizer.name
    assert checked > 100
    # and it tells characters apart: a digit-only number cannot begin with a space
    nine = next(i for i in prescan._parsed if prescan._recognizers[i].name == "ca_sin")
    assert not any(_may_start(tree, " ", ic) for tree, ic, _ in prescan._parsed[nine])
    assert not any(_may_hold(tree, "x", ic, e) for tree, ic, e in prescan._parsed[nine])
    # a class that ignores case holds both cases, and what IGNORECASE folds to them
    card = next(i for i in prescan._parsed if prescan._recognizers[i].name == "de_id_card")
    assert all(
        any(_may_hold(tree, char, ic, e) for tree, ic, e in prescan._parsed[card])
        for char in "cC\u212a"
    )


def _cases(test: object) -> list[pytest.ParameterSet]:
    marks = [m for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]
    return [pytest.param(*(v if isinstance(v, tuple) else (v,))) for m in marks for v in m.args[1]]


def _first_values(*tests: object) -> list[str]:
    """The text of each case of the parametrized `tests`, in order."""
    return [str(case.values[0]) for test in tests for case in _cases(test)]


def _every_case_text() -> list[str]:
    """The text of every case of the four tables of IDs and look-alikes above."""
    return _first_values(
        test_finds_id,
        test_rejects_lookalikes,
        test_a_lone_value_is_an_id,
        test_a_lone_look_alike_stays_clean,
    )
