"""IBANs, with or without spaces, validated by country length and mod-97."""

from __future__ import annotations

import re

from piiguard._types import IBAN_CODE, Span
from piiguard.detection.checksums import IBAN_LENGTHS, compact, iban
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import NAMED_SCORE, named_after
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer, words_regex

# Country, check digits, then up to 30 alphanumerics in groups of 4 (single spaces
# optional); a line may break between two groups ("IBAN:\nDE60 7015 0000\n3524 8521 16"),
# and then only the mod-97 check makes it an IBAN.
_GAP = r"(?: |\r?\n)?"
_IBAN = (
    rf"(?<![\w])[A-Za-z]{{2}}\d{{2}}(?:{_GAP}[A-Za-z0-9]{{4}}){{2,7}}"
    rf"(?:{_GAP}[A-Za-z0-9]{{1,3}})?(?![\w])"
)
# The same groups joined by dashes ("AL47-2121-1009-..."), each group behind one.
_IBAN_DASHED = (
    r"(?<![\w-])[A-Za-z]{2}\d{2}(?:-[A-Za-z0-9]{4}){2,7}(?:-[A-Za-z0-9]{1,3})?(?![\w]|-\w)"
)
# ... or by dots ("FR76.0325.0912.3392.1918.1913.649").
_IBAN_DOTTED = (
    r"(?<![\w.])[A-Za-z]{2}\d{2}(?:\.[A-Za-z0-9]{4}){2,7}(?:\.[A-Za-z0-9]{1,3})?(?![\w]|\.\w)"
)
_IBAN_COMPACT_RUN = r"(?<![\w])[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}(?![\w])"
# ... or glued onto letters or an underscore before it ("ZZDE89370400440532013000" after a
# stray "%ZZ" escape, "_DE89..."): upper case, its country's exact length to the end of
# the word, and a mod-97 check that holds (one string in 97 passes it by chance).
_IBAN_GLUED = r"(?<=[A-Za-z_])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![\w])"
_CHAR = re.compile(r"[A-Za-z0-9]")
_DIGIT_OR_END = re.compile(r"\d|[!?;\n]|\.\s")
_ACCOUNT_WORDS = words_regex(("iban", "iban code", "iban number", *_words.BANK_ACCOUNT))


class IbanRecognizer(PatternRecognizer):
    """International bank account numbers of every SWIFT registry country.

    Groups of four may be joined by spaces, dashes or dots, and a line may break between
    two groups (then only a value whose check holds counts); the letters are all upper or all
    lower case ("LV80 bANK ..." is a typo, not an IBAN). A match longer than its
    country's IBAN (a word glued on after the last group) is cut back to the country
    length before the mod-97 check. One glued onto letters before it (a stray `%ZZ`
    escape, `_DE89...`) counts in upper case, at its exact length, when its check holds.
    One of the country's exact length whose check fails is still an IBAN where an IBAN or
    account word names it, before it or after it ("DE95 1005 ... ist meine IBAN"): a typo
    in one's own account number.

    >>> [s.label for s in IbanRecognizer().analyze("IBAN: DE89 3704 0044 0532 0130 00")]
    ['IBAN_CODE']
    """

    name = "iban"
    label = IBAN_CODE
    TRIGGER = r"[A-Za-z]{2}\d{2}"
    PATTERNS = (
        Pattern("iban_grouped", _IBAN, 1.0),
        Pattern("iban_compact", _IBAN_COMPACT_RUN, 1.0),
        Pattern("iban_dashed", _IBAN_DASHED, 1.0),
        Pattern("iban_dotted", _IBAN_DOTTED, 1.0),
        Pattern("iban_glued", _IBAN_GLUED, 1.0),
    )

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        country = text[start : start + 2].upper()
        expected = IBAN_LENGTHS.get(country)
        if expected is None:
            return None
        if pattern.name == "iban_glued":
            exact = end - start == expected and iban(text[start:end])
            return Span(start, end, self.label, 1.0, self.name) if exact else None
        if len(compact(text[start:end])) > expected:
            # Cut back to exactly `expected` letters and digits.
            for seen, match in enumerate(_CHAR.finditer(text, start, end), start=1):
                if seen == expected:
                    end = match.end()
                    break
        value = text[start:end]
        if not (value.isupper() or value.islower()):
            return None  # "de89..." typed all lower-case is fine; mixed case is a word
        if iban(value):
            return Span(start, end, self.label, 1.0, self.name)
        if len(compact(value)) != expected or "\n" in value:
            return None  # a failing value over a line break is two things
        named = self.context_before(
            text, start, blocker=_DIGIT_OR_END, context_words=_ACCOUNT_WORDS
        ) or named_after(text, end, _ACCOUNT_WORDS)
        return Span(start, end, self.label, NAMED_SCORE, self.name) if named else None
