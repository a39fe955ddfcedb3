"""Addresses of any country's layout after their cue (`cued_address.py`)."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.cued_address import CuedAddressRecognizer

DETECTOR = Detector([CuedAddressRecognizer()])


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Lieferadresse: Bağdat Caddesi No: 145 Daire: 7, 34728 Kadıköy/İstanbul",
            "Bağdat Caddesi No: 145 Daire: 7, 34728 Kadıköy/İstanbul",
        ),
        (
            "Paket bitte an вул. Хрещатик, 22, кв. 5, Київ, 01001 schicken",
            "вул. Хрещатик, 22, кв. 5, Київ, 01001",
        ),
        (
            "livrez à Số 25 Ngõ 40 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội",
            "Số 25 Ngõ 40 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội",
        ),
        (
            "stuur het naar B-14, Green Park Extension, New Delhi 110016",
            "B-14, Green Park Extension, New Delhi 110016",
        ),
        (
            "adres w Indiach:\nHouse No. 221, Sector 15, Gurugram, Haryana 122001",
            "House No. 221, Sector 15, Gurugram, Haryana 122001",
        ),
        (
            "wyślij na 123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
            "123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
        ),
        (
            "Mi dirección en Cebú:\n123 Osmeña Blvd, Brgy. Capitol Site, Cebu City 6000",
            "123 Osmeña Blvd, Brgy. Capitol Site, Cebu City 6000",
        ),
        (
            "spedite a vul. Shevchenka 14, kv. 21, Lviv 79005. Grazie!",
            "vul. Shevchenka 14, kv. 21, Lviv 79005",
        ),
    ],
)
def test_an_address_after_its_cue_is_one_span(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Adresse: siehe oben, danke",  # no number
        "Adresse: siehe oben, 2 mal geschickt, danke",  # no house number or postcode shape
        "send it to me, 2 copies, thanks",  # lower case, no name of a street or town
        "send to https://example.org/upload, 3 files, 12 MB",  # a link
        "ship to the warehouse by Friday",  # no number, no parts
        "my address is the same as last time, order 4471",  # two parts, no house number
        "the address book has 250 entries, 12 groups, 3 duplicates",  # no cue: "address book"
        "IP address: 10.0.0.1, Port 8080, Timeout 30",  # an address of something else
        "E-Mail-Adresse: Anna, 12 Nachrichten, 3 Ordner",
        "wallet address: 0x12ab, Chain 1, Gas 21000",
    ],
)
def test_what_follows_a_cue_and_is_no_address(text: str) -> None:
    assert found(text) == []


def test_the_default_detector_keeps_the_address_whole_over_the_model_s_pieces() -> None:
    text = "Adres: Atatürk Mah. Cumhuriyet Cad. No: 27 D: 4, 06420 Çankaya/Ankara"
    spans = Detector.default().detect(text)
    assert [(s.label, text[s.start : s.end]) for s in spans] == [
        ("LOCATION", "Atatürk Mah. Cumhuriyet Cad. No: 27 D: 4, 06420 Çankaya/Ankara")
    ]


@pytest.mark.parametrize(
    ("cue", "address"),
    [
        # a dwelling's word and a colon, then a house number as written and a postcode
        (
            "non l'hotel, l'appartamento: ",
            "88/12 Soi Sukhumvit 31, Khlong Toei Nuea, Watthana, Bangkok 10110",
        ),
        ("my flat: ", "12/3 Moo 5, Chang Phueak, Chiang Mai 50300"),
        ("die Wohnung: ", "No. 7, Jalan Ampang, 50450 Kuala Lumpur"),
        ("l'appartement : ", "45/2 Nguyen Trai, Quan 5, 700000 TP HCM"),
        ("el piso: ", "Calle 72 No. 10-34, Bogotá 110231"),
        ("het appartement: ", "221/5 Moo 3, Patong, Phuket 83150"),
        ("mieszkanie: ", "nr 14, Andriivskyi uzviz, 04070 Kyiv"),
        # in a script without capitals, the division words stand for the names
        ("adres in Busan: ", "부산광역시 해운대구 우동 1408, 305호"),
        ("address: ", "서울특별시 강남구 테헤란로 152, 12층"),
        ("Adresse: ", "東京都渋谷区神南1-2-3, 405号室"),
        ("indirizzo: ", "88/12 ซอยสุขุมวิท 31, แขวงคลองเตยเหนือ, เขตวัฒนา"),
    ],
)
def test_a_dwelling_s_address_and_an_address_without_capitals(cue: str, address: str) -> None:
    assert found(cue + address) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Wohnung: 3 Zimmer, 2 Bäder, 250000 Euro",  # what the flat is, no house number
        "appartamento: 2 camere, 75 mq, 250000 euro",
        "the flat: 2 bedrooms, 1 bath, 95000 GBP, Available 2025",
        "el piso: 3 habitaciones, 90 m2, 180000 euros",
        "address: 1408, 305, 12 again",  # no letters at all
        "adres: 안녕하세요 1408, 감사합니다",  # Hangul words, no division word
    ],
)
def test_a_dwelling_described_or_digits_are_no_address(text: str) -> None:
    assert found(text) == []
