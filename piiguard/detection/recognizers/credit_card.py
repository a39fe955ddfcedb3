"""Payment card numbers (13-19 digits, spaces or dashes), validated by Luhn and issuer prefix."""

from __future__ import annotations

import re
from dataclasses import replace

from piiguard._types import CREDIT_CARD, Span
from piiguard.detection.checksums import luhn
from piiguard.detection.recognizers._id_number import (
    LONE_SCORE,
    doubted,
    lone_value,
    named_after,
)
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
)

# One digit, then 12-18 more, each optionally preceded by one space or dash. A card may
# follow a hyphen or slash that joins it to a word (`x-4111...`, `/users/4111...` in a
# link), not one that continues a number (`2024-4111...`, `12/4111...`).
_CARD_START = NUMBER_START.replace(",/-", ",") + r"(?<!\d[/-])"
_CARD = _CARD_START + r"(?P<v>\d(?:[ -]?\d){12,18})" + NUMBER_END
# Issuer identification prefixes: Visa, Mastercard (51-55, 2221-2720), Amex, Discover,
# JCB, Diners, UnionPay, Maestro.
_ISSUER = re.compile(
    r"^(?:4|5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6(?:011|5|4[4-9]|2)"
    r"|35(?:2[89]|[3-8])|3(?:0[0-5]|[68])|5[06-9]|6\d)"
)


class CreditCardRecognizer(PatternRecognizer):
    """Card numbers; a consistent separator, a known issuer prefix and a valid Luhn digit
    (a UATP card, 15 digits from 1, beside a card word or alone). One whose Luhn digit
    fails is still a card where a card word names it right before or after it ("my amex
    is 3731 370037 97357"): a typo in one's own card number (it scores the pattern's
    0.8, above a phone number read into its first groups).

    >>> [s.label for s in CreditCardRecognizer().analyze("card 4111-1111-1111-1111 exp 12/29")]
    ['CREDIT_CARD']
    """

    name = "credit_card"
    label = CREDIT_CARD
    TRIGGER = r"\d(?:[ -]?\d){11}"  # at least 12 digits
    PATTERNS = (Pattern("card", _CARD, 0.8),)
    CONTEXT = (
        "card", "credit", "debit", "visa", "mastercard", "amex", "cc", "karte", "kreditkarte",
        "carte", "tarjeta", "carta", "kaart", "karta", "payment",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("order", "tracking", "invoice", "iban", "account", "ref", "reference")

    _DIGIT_OR_END = re.compile(r"\d|[!?;\n]|\.\s")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return _card_shaped(value) and luhn(value.replace(" ", "").replace("-", ""))

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        """A UATP card (15 digits from 1: one number in ten passes its Luhn digit, and no
        other issuer prefix narrows it) needs a card word near, or to be the whole
        message (`_id_number.LONE_SCORE`). A card shape whose Luhn digit fails stands
        where a card word names it."""
        span = super().check(text, start, end, pattern)
        if span is None:
            return self._named(text, start, end, pattern)
        if not _uatp(text[start:end].replace(" ", "").replace("-", "")):
            return span
        if self.has_context(text, start, end):
            return span
        return replace(span, score=LONE_SCORE) if lone_value(text, start, end) else None

    def _named(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if not _card_shaped(text[start:end]):
            return None
        if self.has_negative_context(text, start, end) or doubted(text, start):
            return None
        named = self.context_before(
            text, start, window=40, blocker=self._DIGIT_OR_END
        ) or named_after(text, end, self._context)
        # The pattern's own score: above a phone number read into its first groups.
        return Span(start, end, self.label, pattern.score, self.name) if named else None


def _card_shaped(value: str) -> bool:
    """One kind of separator, 13-19 digits in a card's groups, and a known issuer prefix
    with a length that fits it, or a UATP card (the Luhn digit aside)."""
    separators = {c for c in value if not c.isdigit()}
    if len(separators) > 1:
        return False
    digits = value.replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    if separators and not _consistent_groups(value):
        return False
    if _uatp(digits):
        return True
    return bool(_ISSUER.match(digits)) and _length_fits_issuer(digits)


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
    lengths = [len(g) for g in re.split(r"[ -]", value)]
    if lengths in ([4, 6, 5], [4, 6, 4], [4, 5, 6]):
        return True
    return all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4
