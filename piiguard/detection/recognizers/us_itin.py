"""US Individual Taxpayer Identification Numbers (label US_ITIN, as Presidio names it).

The IRS issues ITINs in the 9xx area that the SSA never uses, with groups 50-65,
70-88, 90-92 and 94-99. Like Presidio's `UsItinRecognizer`, a number of that shape
is reported with separators (score 0.5) and, as nine bare digits, only with a
context word (0.3 + boost). Any other 9xx number (`912-12-3456`) cannot be an ITIN
but is still a taxpayer number: right after the word "ITIN" (the user calls it one)
it is reported as US_ITIN; otherwise the SSN recognizer reports it as US_SSN, also
after a generic taxpayer word ("tax id", "TIN"), as Presidio's SSN recognizer does
(see `us_ssn.py` for that decision).

>>> [s.label for s in UsItinRecognizer().analyze("my ITIN is 912-70-1234")]
['US_ITIN']
"""

from __future__ import annotations

from piiguard._types import US_ITIN, Span
from piiguard.detection.checksums import us_itin, us_taxpayer_number
from piiguard.detection.recognizers._pattern import (
    NUMBER_END,
    NUMBER_START,
    Pattern,
    PatternRecognizer,
    words_regex,
)

_DASHED = NUMBER_START + r"9\d{2}([- .])\d{2}\1\d{4}" + NUMBER_END
_BARE = NUMBER_START + r"9\d{8}" + NUMBER_END
# Words after which any 9xx number is a taxpayer number (the context must be right
# before it: `context_before`): after an ITIN word it is reported as US_ITIN, after
# the others (a number outside the ITIN groups) as US_SSN by the SSN recognizer.
ITIN_WORDS = ("itin", "itin number", "itin no")
TAXPAYER_WORDS = (
    *ITIN_WORDS, "taxpayer", "taxpayer id", "taxpayer identification number", "tax id",
    "tax id number", "taxid", "tin",
)  # fmt: skip
_ITIN_WORD = words_regex(ITIN_WORDS)


class UsItinRecognizer(PatternRecognizer):
    """ITINs: `9XX-7X-XXXX` style (0.5, Presidio's score) or nine bare digits (context).

    >>> [s.label for s in UsItinRecognizer().analyze("ITIN: 912-12-3456")]
    ['US_ITIN']
    >>> UsItinRecognizer().analyze("tax id: 912-12-3456")  # not an ITIN group: US_SSN's
    []
    >>> UsItinRecognizer().analyze("call 912-12-3456")
    []
    """

    name = "us_itin"
    label = US_ITIN
    TRIGGER = r"9\d\d[- .]?\d\d[- .]?\d{4}"
    PATTERNS = (Pattern("itin_dashed", _DASHED, 0.5), Pattern("itin_bare", _BARE, 0.3))
    # Presidio's context words, and the SSN words (an ITIN typed where an SSN is asked).
    CONTEXT = (
        "individual", "taxpayer", "itin", "tax", "payer", "taxid", "tin",
        "ssn", "social security", "social security number",
    )  # fmt: skip
    NEGATIVE_CONTEXT = ("order", "tracking", "invoice", "ref", "reference", "phone", "call")
    CONTEXT_BOOST = 0.5

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if not us_taxpayer_number(value) or self.has_negative_context(text, start, end):
            return None
        if us_itin(value):
            score = pattern.score
            if self.has_context(text, start, end):
                score = min(1.0, score + self.CONTEXT_BOOST)
        elif self.context_before(text, start, context_words=_ITIN_WORD):
            score = min(1.0, pattern.score + self.CONTEXT_BOOST)
        else:
            return None
        return Span(start, end, self.label, round(score, 4), self.name)
