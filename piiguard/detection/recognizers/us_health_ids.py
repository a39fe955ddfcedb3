"""US healthcare administration numbers of Presidio's predefined recognizers: claim,
prior authorization, prescription and referral numbers, provider tax IDs and health
insurance member IDs.

None has a check digit and their shapes are everyone's (six to fifteen digits, a
letter prefix), so each is reported only right after its own label ("claim #
4820019933", "Rx: 6120345", "member ID: XZH84729301"), with at most "no.", "number",
"id", "#" or ":" between; a prefixed form alone ("CLM-4820019933") is not enough.
"""

from __future__ import annotations

import re
from typing import ClassVar

from stdnum.us import ein as _us_ein

from piiguard._types import Span
from piiguard.detection.recognizers._id_number import IdNumberRecognizer
from piiguard.detection.recognizers._pattern import NUMBER_END, NUMBER_START, Pattern

US_CLAIM_NUMBER = "US_CLAIM_NUMBER"
US_PRIOR_AUTHORIZATION_NUMBER = "US_PRIOR_AUTHORIZATION_NUMBER"
US_PRESCRIPTION_NUMBER = "US_PRESCRIPTION_NUMBER"
US_REFERRAL_NUMBER = "US_REFERRAL_NUMBER"
US_PROVIDER_TAX_ID = "US_PROVIDER_TAX_ID"
US_HEALTH_INSURANCE_MEMBER_ID = "US_HEALTH_INSURANCE_MEMBER_ID"

LABELLED_SCORE = 0.85
_FILLER = (
    r"\s*(?:(?:#|no\.?|nr\.?|n[°º]|num(?:ber)?|nummer|numéro|número|numero|numer|id|is|ist"
    r"|est|es|è|jest|de|di|del|van)\s*){0,3}[:#=]?\s*"
)


class _LabelledNumberRecognizer(IdNumberRecognizer):
    """A number reported only right after one of `LABELS` (whole words, any case)."""

    LABELS: ClassVar[tuple[str, ...]] = ()
    CONTEXT_WINDOW = 60

    def __init__(self) -> None:
        super().__init__()
        words = "|".join(re.escape(w) for w in sorted(self.LABELS, key=len, reverse=True))
        self._label_before = re.compile(rf"(?<!\w)(?:{words}){_FILLER}$", re.IGNORECASE)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if self.validate(text[start:end], pattern) is False:
            return None
        before = text[max(0, start - self.CONTEXT_WINDOW) : start]
        if not self._label_before.search(before):
            return None
        return Span(start, end, self.label, LABELLED_SCORE, self.name)


class UsClaimNumberRecognizer(_LabelledNumberRecognizer):
    """Insurance claim numbers after "claim" (or "CLM-" after it).

    >>> [s.label for s in UsClaimNumberRecognizer().analyze("claim # 4820019933")]
    ['US_CLAIM_NUMBER']
    """

    name = "us_claim_number"
    label = US_CLAIM_NUMBER
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("claim", "schaden", "sinistr", "siniestro", "szkod")
    PATTERNS = (Pattern("claim", NUMBER_START + r"(?:CLM-?)?\d{6,15}" + NUMBER_END, 0.1),)
    LABELS = ("claim", "medical claim", "healthcare claim", "insurance claim", "claim id",
              "schadennummer", "schadensnummer", "numéro de sinistre", "sinistre",
              "número de siniestro", "siniestro", "numero di sinistro", "sinistro",
              "schadenummer", "numer szkody")  # fmt: skip


class UsPriorAuthorizationNumberRecognizer(_LabelledNumberRecognizer):
    """Prior authorization numbers after "prior authorization", "pre-auth", ...

    >>> r = UsPriorAuthorizationNumberRecognizer()
    >>> [s.label for s in r.analyze("prior auth no. PA-20231187")]
    ['US_PRIOR_AUTHORIZATION_NUMBER']
    """

    name = "us_prior_authorization_number"
    label = US_PRIOR_AUTHORIZATION_NUMBER
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("auth", "autori", "toestemming", "zgod", "genehmigung")
    PATTERNS = (Pattern("pa", NUMBER_START + r"(?:PA-?)?\d{6,12}" + NUMBER_END, 0.1),)
    LABELS = ("prior authorization", "prior authorisation", "prior auth", "preauthorization",
              "pre-authorization", "pre-auth", "preauth", "authorization", "authorisation",
              "vorabgenehmigung", "autorisation préalable", "autorización previa",
              "autorizzazione preventiva", "voorafgaande toestemming",
              "uprzednia zgoda")  # fmt: skip


class UsPrescriptionNumberRecognizer(_LabelledNumberRecognizer):
    """Prescription numbers after "Rx" or "prescription".

    >>> [s.label for s in UsPrescriptionNumberRecognizer().analyze("Rx: 6120345")]
    ['US_PRESCRIPTION_NUMBER']
    """

    name = "us_prescription_number"
    label = US_PRESCRIPTION_NUMBER
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("rx", "prescription", "rezept", "ordonnance", "receta", "ricetta",
                     "recept")  # fmt: skip
    PATTERNS = (Pattern("rx", NUMBER_START + r"(?:RX-?)?\d{6,12}" + NUMBER_END, 0.1),)
    LABELS = ("rx", "prescription", "rezeptnummer", "numéro d'ordonnance", "ordonnance",
              "número de receta", "receta", "numero di ricetta", "ricetta", "receptnummer",
              "numer recepty", "recepta")  # fmt: skip


class UsReferralNumberRecognizer(_LabelledNumberRecognizer):
    """Referral numbers after "referral" (or "REF-"/"INF-" after it).

    >>> [s.label for s in UsReferralNumberRecognizer().analyze("referral number REF-884201")]
    ['US_REFERRAL_NUMBER']
    """

    name = "us_referral_number"
    label = US_REFERRAL_NUMBER
    MIN_DIGITS = 6
    TRIGGER_WORDS = ("referral", "derivaci", "impegnativa", "verwijzing", "skierowani")
    PATTERNS = (
        Pattern("referral", NUMBER_START + r"(?:(?:REF|INF)-?)?\d{6,12}" + NUMBER_END, 0.1),
    )
    LABELS = ("referral", "infusion referral", "número de derivación", "derivación",
              "impegnativa", "verwijzing", "verwijsnummer", "skierowanie",
              "numer skierowania")  # fmt: skip


class UsProviderTaxIdRecognizer(_LabelledNumberRecognizer):
    """A provider's EIN (NN-NNNNNNN with an IRS prefix) after "provider tax ID",
    "billing provider EIN", ...

    >>> [s.label for s in UsProviderTaxIdRecognizer().analyze("provider TIN: 12-3456789")]
    ['US_PROVIDER_TAX_ID']
    """

    name = "us_provider_tax_id"
    label = US_PROVIDER_TAX_ID
    MIN_DIGITS = 9
    DIGIT_COUNTS = frozenset({9})
    TRIGGER_WORDS = ("provider",)
    PATTERNS = (Pattern("ein", NUMBER_START + r"\d{2}-\d{7}" + NUMBER_END, 0.1),)
    LABELS = ("provider tax id", "provider tax number", "provider tax identification number",
              "provider tin", "provider ein", "billing provider", "billing provider tax id",
              "billing provider ein", "rendering provider tin",
              "healthcare provider tin")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        return None if _us_ein.is_valid(value) else False


class UsHealthInsuranceMemberIdRecognizer(_LabelledNumberRecognizer):
    """Health plan member IDs (letters then letters and digits, 6-20 characters) after
    "member ID", "subscriber ID", "policy number", ...

    >>> r = UsHealthInsuranceMemberIdRecognizer()
    >>> [s.label for s in r.analyze("member ID: XZH84729301")]
    ['US_HEALTH_INSURANCE_MEMBER_ID']
    """

    name = "us_health_insurance_member_id"
    label = US_HEALTH_INSURANCE_MEMBER_ID
    MIN_DIGITS = 3
    TRIGGER_WORDS = ("member", "subscriber", "policy", "insurance", "mitglied", "adhérent",
                     "afiliad", "tessera", "lidnummer", "członkowsk")  # fmt: skip
    PATTERNS = (
        Pattern(
            "member_id",
            NUMBER_START + r"(?=[A-Z0-9-]{6,20}(?![\w-]))(?=[A-Z0-9-]*\d)[A-Z]{1,5}-?[A-Z0-9]{5,14}"
            + NUMBER_END,
            0.1,
        ),
    )
    LABELS = ("member id", "member number", "member", "subscriber id", "subscriber",
              "insurance id", "insurance member id", "health plan id", "policy number",
              "policy id", "mitgliedsnummer", "numéro d'adhérent", "número de afiliado",
              "numero di tessera", "lidnummer", "numer członkowski")  # fmt: skip
