"""Finnish personal identity code (henkilötunnus, label FI_PERSONAL_IDENTITY_CODE)."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import Pattern

FI_PERSONAL_IDENTITY_CODE = "FI_PERSONAL_IDENTITY_CODE"


class FiPersonalIdentityCodeRecognizer(IdNumberRecognizer):
    """Birth date, century sign, individual number and check character: stands alone,
    also run into the lower-case word before it ("my id code is030594W903B": a missing
    space; product codes run into capitals, and the date and check character rule them
    out).

    >>> [s.label for s in FiPersonalIdentityCodeRecognizer().analyze("hetu 131052-308T")]
    ['FI_PERSONAL_IDENTITY_CODE']
    """

    name = "fi_personal_identity_code"
    label = FI_PERSONAL_IDENTITY_CODE
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({6})
    TRIGGER = r"\d{6}[-+A-FU-Ya-fu-y]\d{3}"
    PATTERNS = (
        Pattern(
            "hetu",
            r"(?:(?<![\w-])|(?<=[a-zäöå]))\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![\w])",
            0.9,
        ),
    )
    CONTEXT = ("hetu", "henkilötunnus", "henkilötunnukseni", "personbeteckning",
               "personbeteckningen", "personal identity code", "finnish id")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return checksums.fi_hetu(value)
