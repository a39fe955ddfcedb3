"""Credit-card recognizer: separators, Luhn, issuer prefixes."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import CreditCardRecognizer
from tests.detection._found import Found

DETECTOR = Detector([CreditCardRecognizer()])
C = "CREDIT_CARD"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"),
        ("4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("my visa: 4012888888881881.", "4012888888881881"),
        ("MC 5500 0000 0000 0004", "5500 0000 0000 0004"),
        ("Mastercard 2221 0000 0000 0009", "2221 0000 0000 0009"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
        ("discover 6011111111111117", "6011111111111117"),
        ("JCB 3530 1113 3330 0000", "3530 1113 3330 0000"),
        ("Karte: 5105-1051-0510-5100", "5105-1051-0510-5100"),
        # a veto word that names another thing does not veto the card
        ("Reference record: 5105-1051-0510-5100", "5105-1051-0510-5100"),
        ("order 1234 was paid with 4111 1111 1111 1111", "4111 1111 1111 1111"),
        # after a hyphen or slash that joins it to a word, not to a number
        ("x-4111111111111111", "4111111111111111"),
        ("card-4111-1111-1111-1111 ok", "4111-1111-1111-1111"),
        ("-4111111111111111", "4111111111111111"),
        ("https://example.net/users/5500000000000004", "5500000000000004"),
        ("/users/5500000000000004/edit", "5500000000000004"),
        # after a dot that joins it to a word (a subprotocol, a file or key name), not to a number
        ("chat.4111111111111111", "4111111111111111"),
        ("card.4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("paid with it.4111 1111 1111 1111", "4111 1111 1111 1111"),
        # a cell of comma-separated values, after a word's cell or a number's, in groups
        ("a,4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("name,4111111111111111,12/29", "4111111111111111"),
        ("id,card\n1,4111 1111 1111 1111\n", "4111 1111 1111 1111"),
        ("Anna Kowalska,5500-0000-0000-0004,PL", "5500-0000-0000-0004"),
        ("7,4111111111111111,12/29", "4111111111111111"),  # a row's id, then the card
    ],
)
def test_finds_card(text: str, value: str) -> None:
    assert found(text) == [(C, value)]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # Luhn fails (beside its word too: Presidio's cases)
        "my credit card number is 4012-8888-8888-1882",
        "4111-1111 1111-1111",  # mixed separators
        "41 1111 1111 1111 11",  # wrong grouping
        "0000 0000 0000 0000",
        "order 4111 1111 1111 1111 shipped",  # order-number context
        "ref: 4111 1111 1111 1111",
        "tracking: 9400111899223397512345",
        "1234567890123456",  # no issuer, no Luhn
        "225059122853083",  # Luhn-valid, Mastercard prefix, but 15 digits (a French NIR)
        "phone +1 212 555 0123",
        "version 4.1.1.1111111111111",
        "2024-4111111111111111",  # the tail of a longer number
        "12/4111111111111111",
        "1234-4111-1111-1111-1111",
        "v1.4111111111111111",  # the fraction of a number, not a card after a dot
        "0.4111111111111111",
        "1,4111111111111111",
        "4111111111111111.5",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # UATP (15 digits from 1, Luhn): beside a card word, or the whole message
        ("my credit card: 122000000000003", "122000000000003"),
        ("UATP card 1220 00000 000003", "1220 00000 000003"),
        ("122000000000003", "122000000000003"),
        ("'1220 00000 000003'.", "1220 00000 000003"),
    ],
)
def test_finds_uatp_card(text: str, value: str) -> None:
    assert found(text) == [(C, value)]


@pytest.mark.parametrize(
    "text",
    [
        "it reads 122000000000003 there",  # no card word, not alone
        "order 122000000000003",
        "it reads 122000000000004 there",  # Luhn fails
        "card 1220000000000003",  # 16 digits from 1: no issuer
        "1748503543012",  # 13 digits from 1
        "card 1220 000 0000 0003",  # not a card's grouping
    ],
)
def test_rejects_uatp_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # groups joined by dots
        ("card 4111.1111.1111.1111", "4111.1111.1111.1111"),
        ("paid with 5500.0000.0000.0004.", "5500.0000.0000.0004"),
        ("amex 3782.822463.10005", "3782.822463.10005"),
        # glued onto one or two letters that start a word (a stray character, a bad escape)
        ("x4111111111111111", "4111111111111111"),
        ("q=%ZZ4111111111111111", "4111111111111111"),
        ("my card is c5500000000000004 ok", "5500000000000004"),
    ],
)
def test_finds_dotted_and_glued_card(text: str, value: str) -> None:
    assert found(text) == [(C, value)]


@pytest.mark.parametrize(
    "text",
    [
        # dotted look-alikes: versions, addresses, dates, amounts, a short or failing card
        "release 4.1.1111.1111 on 10.0.0.1",
        "served from 192.168.100.200 and 2001.1111.1111",
        "due 12.03.2024, paid 1.234.567.890,00 EUR",
        "card 4111.1111.1111.1112",
        "4111.1111.1111.111",
        "4111.1111.1111-1111",  # mixed separators
        "v4111.1111.1111.1111.1",
        # glued look-alikes: an id (a longer word before it), a failing Luhn digit
        "INV4111111111111111",
        "x4111111111111112",
        "sha 9f4111111111111111",
    ],
)
def test_rejects_dotted_and_glued_lookalikes(text: str) -> None:
    assert found(text) == []


_PRODUCTS = (
    "| SKU | {col} | Item | € |\n|---|---|---|---|\n"
    "| PEN-0042-BL | 4006381333931 | Ballpoint pen, blue | 1,99 |\n"
    "| NB-A4-SQ | 4005556112345 | A4 notebook, squared | 2,49 |"
)


@pytest.mark.parametrize("column", ["EAN", "GTIN", "Barcode", "Strichcode", "EAN-13"])
def test_no_card_in_a_barcode_column(column: str) -> None:
    # 4005556112345 is no valid EAN-13 but a Luhn-valid 13-digit Visa number: its column
    # names it a product's code
    assert found(_PRODUCTS.format(col=column)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_PRODUCTS.format(col="Card"), "4005556112345"),
        ("name;card;exp\nAnna;4111111111111111;12/29", "4111111111111111"),
        ("sku;ean\nPEN-1;4006381333931\nmy card 4111 1111 1111 1111", "4111 1111 1111 1111"),
        # a quoted comma before it moves the card's cell under the barcode column
        (
            "INSERT INTO orders (customer, card, ean) VALUES\n"
            "('Kowalski, Jan', '4111111111111111', '4006381333931');",
            "4111111111111111",
        ),
        ('customer,card,ean\n"Kowalski, Jan",4111111111111111', "4111111111111111"),
    ],
)
def test_cards_beside_tables(text: str, value: str) -> None:
    assert value in [v for label, v in found(text) if label == "CREDIT_CARD"]
