"""Payment card numbers (13-19 digits, spaces, dashes or dots), validated by Luhn and issuer
prefix."""

from __future__ import annotations

import re
from dataclasses import replace

from stdnum import ean

from piiguard._types import CREDIT_CARD, Span
from piiguard.detection.checksums import luhn
from piiguard.detection.recognizers._id_number import LONE_SCORE, lone_value
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
)
from piiguard.detection.recognizers.fielded_ids import table_cells

# One digit, then 12-18 more, each optionally preceded by one space or dash. A card may
# follow a hyphen, slash or dot that joins it to a word (`x-4111...`, `/users/4111...` in a
# link, `chat.4111...` as a name's part), not one that continues a number (`2024-4111...`,
# `12/4111...`, `0.4111...`). A comma is a CSV cell's edge (`name,4111...,12/29`), except
# after a digit, where only a card in groups or a whole cell follows (`1,4111 1111 ...`,
# `7,4111111111111111,12/29`; `1,4111111...` alone is a decimal fraction); before a digit
# it ends the card's cell.
_CARD_START = r"(?<!\w)(?<!\d[./-])(?:(?<!\d,)|(?=\d{4}[ -]\d)|(?=\d{13,19},))"
_CARD_END = r"(?!\w|[./-]\d)"
_CARD = _CARD_START + r"(?P<v>\d(?:[ -]?\d){12,18})" + _CARD_END
# The same groups joined by dots ("4111.1111.1111.1111"); `_consistent_groups` keeps out
# versions, addresses, dates and amounts (groups of 1-3 digits, or fewer than 13 digits).
_CARD_DOTTED = NUMBER_START + r"(?P<v>\d{4}(?:\.\d{4,6}){1,2}(?:\.\d{1,5}){1,2})" + NUMBER_END
# One run of digits glued onto one or two letters that start a word ("x4111...", a stray
# "%ZZ" escape before it); not onto a longer word or after an underscore: ids
# ("call_4111...", "INV4111...") hold digit runs, and one in ten passes a Luhn check.
_CARD_GLUED = r"(?<![\w])[A-Za-z]{1,2}(?P<v>\d{13,19})" + NUMBER_END
# Issuer identification prefixes: Visa, Mastercard (51-55, 2221-2720), Amex, Discover,
# JCB, Diners, UnionPay, Maestro.
_ISSUER = re.compile(
    r"^(?:4|5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6(?:011|5|4[4-9]|2)"
    r"|35(?:2[89]|[3-8])|3(?:0[0-5]|[68])|5[06-9]|6\d)"
)


class CreditCardRecognizer(PatternRecognizer):
    """Card numbers; a consistent separator, a known issuer prefix and a valid Luhn digit
    (a UATP card, 15 digits from 1, beside a card word or alone). Unlike the ID numbers,
    a card whose Luhn digit fails is not masked even beside its word: Presidio's own
    cases hold "my credit card number is 4012-8888-8888-1882" as a look-alike.

    >>> [s.label for s in CreditCardRecognizer().analyze("card 4111-1111-1111-1111 exp 12/29")]
    ['CREDIT_CARD']
    """

    name = "credit_card"
    label = CREDIT_CARD
    TRIGGER = r"\d(?:[ .-]?\d){11}"  # at least 12 digits
    PATTERNS = (
        Pattern("card", _CARD, 0.8),
        Pattern("card_dotted", _CARD_DOTTED, 0.8),
        Pattern("card_glued", _CARD_GLUED, 0.8),
    )
    CONTEXT = (
        "card", "credit", "debit", "visa", "mastercard", "amex", "cc", "karte", "kreditkarte",
        "carte", "tarjeta", "carta", "kaart", "karta", "payment",
    )  # fmt: skip
    NEGATIVE_CONTEXT = (
        "order", "tracking", "invoice", "iban", "account", "ref", "reference", "barcode",
        "bar code", "ean", "gtin", "strichcode", "code-barres", "code barre", "code-barre",
        "código de barras", "codigo de barras", "codice a barre", "streepjescode",
        "kod kreskowy", "kodu kreskowego",
    )  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return _card_shaped(value) and luhn(_digits(value))

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """A UATP card (15 digits from 1: one number in ten passes its Luhn digit, and no
        other issuer prefix narrows it) and a 13-digit "old Visa" that is also a valid
        EAN-13 barcode (what shops print on products: no card has been issued with 13
        digits for decades) need a card word near, or to be the whole message
        (`_id_number.LONE_SCORE`)."""
        span = super().check(text, start, end, pattern)
        if span is not None and _in_barcode_column(text, start, end):
            return None  # "| SKU | EAN |": the column names the number a product's code
        if span is None or not _needs_word(text[start:end]):
            return span
        if self.has_context(text, start, end):
            return span
        return replace(span, score=LONE_SCORE) if lone_value(text, start, end) else None


# A table column that holds products' barcodes, in the seven languages.
_BARCODE_COLUMN = re.compile(
    r"(?i:ean(?:[ _-]?1[38])?|gtin(?:[ _-]?1[34])?|upc|barcode|bar code|strichcode"
    r"|code[ -]barres?|c[oó]digo de barras|codice a barre|streepjescode|kod kreskowy)"
)
_BARCODE_WORD = re.compile(
    r"(?i:ean|gtin|upc|bar ?code|barre|barras|strichcode|streepjescode|kreskowy)"
)
_CELL_EDGE = " \t\"'`"
# The digits of a product's barcode: EAN-8, UPC-A, EAN-13, GTIN-14. A number of another
# length is no barcode whatever its column says (a quoted comma in a row before it, "'Kowalski,
# Jan'", moves a card's cell under the barcode column: `table_cells` splits at every comma).
_BARCODE_LENGTHS = frozenset({8, 12, 13, 14})


def _barcode_column(column: str) -> bool:
    return _BARCODE_COLUMN.fullmatch(column.strip(_CELL_EDGE)) is not None


def _in_barcode_column(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a cell of a table (CSV, TSV, markdown: `table_cells`) under a
    column of barcodes ("EAN", "GTIN", "Strichcode", ...)."""
    if "\n" not in text or _BARCODE_WORD.search(text) is None:
        return False
    if sum(c.isdigit() for c in text[start:end]) not in _BARCODE_LENGTHS:
        return False
    return any(
        offset <= start and end <= offset + len(cell) and _barcode_column(column)
        for column, cell, offset in table_cells(text, _barcode_column)
    )


def _card_shaped(value: str) -> bool:
    """One kind of separator, 13-19 digits in a card's groups, and a known issuer prefix
    with a length that fits it, or a UATP card (the Luhn digit aside)."""
    separators = {c for c in value if not c.isdigit()}
    if len(separators) > 1:
        return False
    digits = _digits(value)
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    if separators and not _consistent_groups(value):
        return False
    if _uatp(digits):
        return True
    return bool(_ISSUER.match(digits)) and _length_fits_issuer(digits)


def _needs_word(value: str) -> bool:
    """A UATP card, or 13 digits in one run that are a valid EAN-13 barcode."""
    digits = _digits(value)
    return _uatp(digits) or (value.isdigit() and len(value) == 13 and ean.is_valid(value))


def _digits(value: str) -> str:
    return value.replace(" ", "").replace("-", "").replace(".", "")


def _uatp(digits: str) -> bool:
    """Universal Air Travel Plan (airline) cards: 15 digits starting with 1."""
    return len(digits) == 15 and digits[0] == "1"


def _length_fits_issuer(digits: str) -> bool:
    """15 digits is Amex, 14 Diners, 13 an old Visa; everything else has 16 to 19."""
    n = len(digits)
    if n == 15:
        return digits[:2] in ("34", "37")
    if n == 14:
        return digits[:2] in ("30", "36", "38")
    if n == 13:
        return digits[0] == "4"
    return n >= 16


def _consistent_groups(value: str) -> bool:
    """Card numbers are grouped 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners) or 4-5-6 (UATP)."""
    lengths = [len(g) for g in re.split(r"[ .-]", value)]
    if lengths in ([4, 6, 5], [4, 6, 4], [4, 5, 6]):
        return True
    return all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4
