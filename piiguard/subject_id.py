"""What a data subject id is: one canonical form per person, whatever way it was written.

A subject id reaches piiguard from many places: a signed subject token, a client key's
binding, `x-user-id` from a trusted back end or gateway, the host app's user, the
operator's admin request, the library. Each of these calls `canonical_subject` once, where
the id is read (the trust boundary), so that one person is one subject: the same consent,
the same vault sessions, the same erasure.

The rule:

- **NFKC**: canonically equivalent and compatibility forms are the same id. `zoë` written
  with U+00EB or with `e` + U+0308, `ｚｏｅ` in fullwidth letters, the ligature `ﬁ`, the
  Kelvin sign for `K`, a no-break space for a space: one subject each.
- Surrounding whitespace is not part of an id (HTTP drops it from headers anyway).
- **Invisible characters are refused**: an id holding a control character, a format
  character (zero-width space, joiners, bidi controls, soft hyphen, BOM), a line or
  paragraph separator (U+2028, U+2029) or another default-ignorable code point
  (variation selectors, Hangul fillers) is not valid. Such an id looks like another one;
  dropping the character would merge two accounts of the issuer, keeping it would split
  one, so it is refused (HTTP 400 / 401 for a token).
- **Look-alikes from other scripts and case stay distinct**: `alice` with a Cyrillic `а`,
  `Alice` and `alice`, `l` and `1` are different subjects. Merging them (Unicode's
  "skeleton" of confusables, case folding) would hand one account's data to another
  account the issuer keeps apart; the issuer (front end, identity provider) decides who
  is who, and piiguard never treats two ids it issued differently as one person.
- 1 to `MAX_SUBJECT_CHARS` characters after normalisation.

>>> canonical_subject("zoe\\u0308") == canonical_subject("zo\\u00eb") == "zo\\u00eb"
True
>>> canonical_subject(" \\uff41lice ")
'alice'
>>> canonical_subject("ali\\u200bce")
Traceback (most recent call last):
...
piiguard.subject_id.InvalidSubjectError: a subject id must be 1 to 256 characters, \
without control or invisible characters
"""

from __future__ import annotations

import re
import unicodedata

from piiguard.exceptions import PiiGuardError

MAX_SUBJECT_CHARS = 256
"""The longest subject id, in characters of its canonical form."""

# Control characters (C0, DEL, C1), the line and paragraph separators (a line break to
# anything that splits lines) and the default-ignorable code points of Unicode
# (DerivedCoreProperties.txt, Default_Ignorable_Code_Point), which render as nothing.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


class InvalidSubjectError(PiiGuardError, ValueError):
    """A subject id is empty, too long, or holds control or invisible characters.

    The message never repeats the id."""


def canonical_subject(subject: str) -> str:
    """The canonical form of a subject id (see the module docs); `InvalidSubjectError` if
    it has none."""
    # NFKC leaves ASCII as it is (the common case). Invisible characters are looked for
    # before the surrounding whitespace goes: NEL (U+0085) is both.
    canonical = subject if subject.isascii() else unicodedata.normalize("NFKC", subject)
    invisible = _INVISIBLE.search(canonical) or any(0xD800 <= ord(c) <= 0xDFFF for c in canonical)
    canonical = canonical.strip()  # = normalised_subject(subject)
    if invisible or not 0 < len(canonical) <= MAX_SUBJECT_CHARS:
        raise InvalidSubjectError(
            f"a subject id must be 1 to {MAX_SUBJECT_CHARS} characters, "
            "without control or invisible characters"
        )
    return canonical


def normalised_subject(subject: str) -> str:
    """`subject` in NFKC without surrounding whitespace, never refused: the form in which
    an id is named at rest (`subject_pseudonym`, `identity.subject_session`), so that code
    calling the gate, the stores or `SubjectRights` directly, past the boundaries that call
    `canonical_subject`, cannot split one person into two either. The same as
    `canonical_subject` for every valid id.

    >>> normalised_subject("zoe\u0308") == normalised_subject(" zo\u00eb") == "zo\u00eb"
    True
    """
    if subject.isascii():
        return subject.strip()
    return unicodedata.normalize("NFKC", subject).strip()


def is_canonical_subject(subject: str) -> bool:
    """Whether `subject` is valid and already in its canonical form.

    >>> is_canonical_subject("alice"), is_canonical_subject(" alice"), is_canonical_subject("")
    (True, False, False)
    """
    try:
        return canonical_subject(subject) == subject
    except InvalidSubjectError:
        return False


__all__ = [
    "MAX_SUBJECT_CHARS",
    "InvalidSubjectError",
    "canonical_subject",
    "is_canonical_subject",
    "normalised_subject",
]
