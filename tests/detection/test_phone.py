"""Phone recognizer: international and national formats in eight countries, look-alikes."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import PhoneRecognizer
from tests.detection._found import Found

DETECTOR = Detector([PhoneRecognizer()])
P = "PHONE_NUMBER"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # US
        ("call me at (212) 555-0123 tonight", "(212) 555-0123"),
        ("my cell is 415.555.2671", "415.555.2671"),
        ("+1 212-555-0123", "+1 212-555-0123"),
        # UK
        ("ring me on 020 7946 0958", "020 7946 0958"),
        ("+44 (0)20 7946 0958 is the office", "+44 (0)20 7946 0958"),
        ("mobile 07700 900123", "07700 900123"),
        # DE
        ("Ruf mich an: 030 12345678", "030 12345678"),
        ("Tel. 030/12345678", "030/12345678"),
        ("meine Handynummer ist 0171 1234567", "0171 1234567"),
        ("+49 30 901820", "+49 30 901820"),
        ("0049 171 1234567", "0049 171 1234567"),
        # FR
        ("appelle-moi au 06 12 34 56 78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("mon numéro: 01.42.68.53.00", "01.42.68.53.00"),
        # ES
        ("llámame al 612 345 678", "612 345 678"),
        ("+34 912 345 678", "+34 912 345 678"),
        # IT
        ("chiamami al 338 123 4567", "338 123 4567"),
        ("il mio numero è 32382865286", "32382865286"),
        ("+39 06 6982 1234", "+39 06 6982 1234"),
        # NL
        ("bel me op 06-12345678", "06-12345678"),
        ("+31 20 123 4567", "+31 20 123 4567"),
        # PL
        ("zadzwoń 512 345 678", "512 345 678"),
        ("+48 512-345-678", "+48 512-345-678"),
        # bare digits with context
        ("my number is 0612345678", "0612345678"),
        ("phone: 2125550123", "2125550123"),
        # a JSON or code key's quotes between the word and the number
        ('{"phone": "48601234567"}', "48601234567"),
        ("{'mobile':'2125550123'}", "2125550123"),
        # a veto word in the previous sentence does not apply
        ("the build broke.\nmeine Nummer ist 01512 3425708", "01512 3425708"),
        # nor one that names another value in the same clause
        ("your order number 12345 ships today, call me on 212-555-0147", "212-555-0147"),
        ("Reference record: 212-555-0123, thanks", "212-555-0123"),
        # the North American layout with an unassigned or fictional area code
        ("call 555-555-0142 after six", "555-555-0142"),
        ("reach me at (999) 555-0199", "(999) 555-0199"),
        ("cell 299.555.0100", "299.555.0100"),
        # dotted in four groups like an IPv4 address, with a part above 255
        ("movil 682.42.12.47 gracias", "682.42.12.47"),
        ("mi móvil es 612.34.56.78", "612.34.56.78"),
        # asked to be called there: the writer's own, whatever other ranges it is in
        ("text me at 087 974 1401 thanks", "087 974 1401"),
        ("call me on 087 974 1401", "087 974 1401"),
        # a serial-number word that names something else (fp15)
        ("Seriennummer liegt bei. Ruf mich an: 0171 2345678", "0171 2345678"),
        ("la serie è finita, chiamami al 347 123 4567", "347 123 4567"),
    ],
)
def test_finds_phone(text: str, value: str) -> None:
    assert found(text) == [(P, value)]


@pytest.mark.parametrize(
    "text",
    [
        "order 123456789 has shipped",
        "Order #2125550123 confirmed",
        "ticket number is 212-555-0123",
        "booking reference: 0612345678",
        "tracking number 0612345678",
        "your invoice 0171 1234567 is attached",
        "it costs $1234567",
        "total: 1 234 567 €",
        "see you on 12.05.2023",
        "the date is 2023-05-12",
        "meeting at 14:30 or 15:45",
        "upgrade to version 10.0.19041.1",
        "server 192.168.100.100 is down",
        "server 192.168.10.200 is down",
        "ip 10.20.30.40",
        "call our hotline 0800 330 1000",
        "please call me, the hotline 0800 330 1000 is busy",
        "1 2 3 4 5 6 7 8 9",
        "a number like 12345 is too short",
        "2125550123",  # bare digits, no context: below the default threshold
        "+1 000-000-0000",
        # a serial number in the writer's language (fp15)
        "numer seryjny 050 123 4567",
        "Seriennummer 0501 234 56 78",
        "numéro de série 06 12 34 56 78",
        "número de serie 612 345 678",
        "numero di serie 347 123 4567",
        "serienummer 06 50 12 34 56",
        # a timestamp: its date and hour before the colon (a receipt, a log line)
        "Kartenzahlung VISA ************7056\n03.11.2026 09:14",
        "2026-11-03 09:14:22 INFO sms.send status=queued",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


def test_context_raises_score() -> None:
    recognizer = PhoneRecognizer()
    plain = recognizer.analyze("see 0612345678")  # not alone: no lone mobile score
    with_context = recognizer.analyze("tel 0612345678")
    assert plain and with_context
    assert with_context[0].score > plain[0].score
    assert plain[0].score < 0.5 <= with_context[0].score


def test_trailing_digit_group_is_trimmed() -> None:
    assert found("call me on 020 7946 0958 2 times") == [(P, "020 7946 0958")]


@pytest.mark.parametrize(
    "text",
    ["0612345678", "01701234567", "3471234567", "612345678", "791234567", "0612345678."],
    ids=["nl/fr", "de", "it", "es", "pl", "stop"],
)
def test_a_mobile_number_typed_alone_in_bare_digits_is_a_phone(text: str) -> None:
    full = Detector.patterns()
    assert [(s.label, text[s.start : s.end]) for s in full.detect(text)] == [(P, text.rstrip("."))]


@pytest.mark.parametrize(
    "text",
    [
        "0301234567",  # a landline written bare stays a bare number
        "4155550132",  # North America: fixed line or mobile, not told apart
        "order 0612345678",
        "0612345678 and more",
    ],
)
def test_bare_digits_that_are_no_lone_mobile_get_no_lone_phone_score(text: str) -> None:
    assert [s for s in DETECTOR.detect(text) if s.score >= 0.5] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A North American toll-free or premium number reads as a personal one: no trunk
        # prefix marks it, and people hold them too.
        ("Please review: 833-555-0115", "833-555-0115"),
        ("call 833-555-0115", "833-555-0115"),
        ("+1 833 555 0115", "+1 833 555 0115"),
        ("900-555-0123", "900-555-0123"),
    ],
)
def test_north_american_service_ranges_read_as_personal(text: str, value: str) -> None:
    assert (P, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "your hotline 1-800-275-2273 is always busy",  # named a company's line
        "support line 1-800-275-2273 kept me on hold",
        "0800 330 1000",  # a European freephone number: its prefix marks it
        # the company's name between the service word and its number
        "Servicenummer der Deutschen Bahn: 030 2970",
        "klantenservice van Turkish Airlines: 0850 333 0 849",
        "servizio clienti Wizz Air: +40 21 206 0222",
        "infolinia LOT: 22 577 77 55",
        "Servicio al cliente de Avianca en Colombia: 601 401 3434",
        "Lufthansa Service-Center 069 86 799 799",
        "KLM Customer Contact Centre 020 474 7747",
        # a company's main line, as its signature names it
        "Switchboard: +44 20 7946 0000 | Hotline: 0800 028 4455",
        "Zentrale: +49 341 123 4560",
        "Standard : +33 4 72 00 12 34",
        "Receptie: +31 15 260 1234",
        # the numbers a service word lists, short code first
        "Atención al cliente de Telcel: *264 o 800 710 5687",
    ],
)
def test_service_lines_named_or_marked_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a service word names the first number after it, not a direct line after that
        ("Zentrale: 030 12345678, Durchwahl Anna 030 12345679", "030 12345679"),
        # "standard" names a main line only as a label ("Standard :")
        ("Standard number: 0612345678", "0612345678"),
    ],
)
def test_a_direct_line_after_a_companys_main_line_is_found(text: str, value: str) -> None:
    assert (P, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The handbook says to call the maintenance line at 0345 600 7722 on weekdays.",
        "Laut Mieterhandbuch soll ich den Hausmeisterservice unter 0221 456 7000 anrufen.",
        "Le livret dit d'appeler l'astreinte au 01 44 55 66 00.",
        "Il regolamento dice di chiamare il pronto intervento 800 123 456.",
        "W regulaminie jest numer pogotowia technicznego 22 500 10 10.",
    ],
)
def test_a_repair_or_emergency_line_named_as_such_stays_clean(text: str) -> None:
    assert DETECTOR.detect(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the maintenance guy said call me on 07911 123456", "07911 123456"),
        ("my number for the maintenance team is 07911123456", "07911123456"),
    ],
)
def test_ones_own_number_beside_a_repair_word_stays_masked(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person's number after a service word is still theirs
        ("customer service told me to call Anna at 0612345678", "0612345678"),
        ("Kundenservice hat gesagt, meine Nummer 0171 2345678 ist gesperrt", "0171 2345678"),
        ("my number for the support team: 0612345678", "0612345678"),
    ],
)
def test_ones_own_number_after_a_service_word_stays_masked(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # chat's short and misspelt phone words, a remark in brackets between
        ("cel 4420716649", "4420716649"),
        ("Mobil (Singapur): 8661 8592", "8661 8592"),
        ("whatsap 88008 22511 (India)", "88008 22511"),
    ],
)
def test_numbers_of_other_countries_after_chat_phone_words(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize("text", ["cel podróży: 2024", "mobil 2 GB data", "cel 1000 zł"])
def test_chat_phone_words_before_other_numbers(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the country named beside the number word gives the number's region
        ("numero indiano 96797 07273, chiamare dopo le 18", "96797 07273"),
        ("numéro de portable brésilien : (41) 91451-8195", "(41) 91451-8195"),
        ("my Vietnamese number 0912 345 678", "0912 345 678"),
        ("meine türkische Nummer 0501 234 56 78", "0501 234 56 78"),
        ("mi número mexicano es 222 123 4567", "222 123 4567"),
        ("mijn Nigeriaanse nummer 0802 123 4567", "0802 123 4567"),
        ("numer ukraiński 050 123 4567", "050 123 4567"),
        ("Koreaanse nummer: 010-2000-0000", "010-2000-0000"),
    ],
)
def test_a_number_named_by_its_country(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person named by how the writer knows them, a colon, the number: theirs
        ("my brother in Hanoi: 0862790489", "0862790489"),
        ("mein Onkel in Izmir: 0501 234 56 78", "0501 234 56 78"),
        ("ma sœur à Manille : 0905 123 4567", "0905 123 4567"),
        ("mi madre: 0802 123 4567", "0802 123 4567"),
        ("mia cugina a Bangkok: 081 234 5678", "081 234 5678"),
        ("mijn buurman: 06 50 12 34 56", "06 50 12 34 56"),
        ("moja siostra w Kijowie: 050 123 4567", "050 123 4567"),
    ],
)
def test_a_number_after_a_person_the_writer_knows_and_a_colon(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "numero interno 4455 6677",  # no country
        "numéro de série du nouveau 21234567",  # "nouveau" is no New Zealand
        "el número de serie del nuevo 21234567",
        "numero di serie del nuovo 21234567",
        "numéro de commande brésilien : 41914518195",  # a reference word
        "Indian order number 96797 07273",
        "my brother in Hanoi: 2019 2020 2021",  # years
        "my brother: 1.234.567 followers",
        "mi madre nació en 1962, mi padre en 1960",
        "my brother in Hanoi paid 862790489 VND",
    ],
)
def test_a_country_or_a_person_beside_other_numbers(text: str) -> None:
    assert found(text) == []


# The verbs by which a caller asks to be reached, as a transcript writes them with the
# number in bare digits: "sie erreichen mich unter ...", "mi potete richiamare al ...".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sie erreichen mich unter 017139645929 ab fünf uhr", "017139645929"),
        ("mi potete richiamare al 3281234567 dopo le cinque", "3281234567"),
        ("u kunt me bereiken op 0612345678 na vijf uur", "0612345678"),
        ("można do mnie dzwonić pod 501234567 po piątej", "501234567"),
        ("vous pouvez me rappeler au 0612345678", "0612345678"),
        ("me puede llamar al 612345678 a partir de las cinco", "612345678"),
    ],
)
def test_a_number_after_a_verb_to_reach_the_writer_is_a_phone(text: str, value: str) -> None:
    assert found.values(text) == [value]
