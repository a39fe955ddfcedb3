"""The canonical form of a subject id (`piiguard.subject_id`): one person, one subject."""

from __future__ import annotations

import pytest

from piiguard.subject_id import (
    MAX_SUBJECT_CHARS,
    InvalidSubjectError,
    canonical_subject,
    is_canonical_subject,
)

SAME = [  # (a form, the canonical form)
    ("alice", "alice"),
    ("zoe\u0308", "zo\u00eb"),
    ("zo\u00eb", "zo\u00eb"),
    ("\uff41\uff4c\uff49\uff43\uff45", "alice"),
    ("\u212aai", "Kai"),
    ("\u212bsa", "\u00c5sa"),
    ("\ufb01ona", "fiona"),
    ("anna\u00a0maria", "anna maria"),
    ("  alice\u3000", "alice"),
    ("user\u00b2", "user2"),
    ("\u0301x", "\u0301x"),  # a lone combining mark stays as it is
]


@pytest.mark.parametrize(("given", "canonical"), SAME)
def test_forms_of_one_id_have_one_canonical_form(given: str, canonical: str) -> None:
    assert canonical_subject(given) == canonical
    assert canonical_subject(canonical) == canonical  # idempotent
    assert is_canonical_subject(canonical)


DISTINCT = [("alice", "\u0430lice"), ("alice", "Alice"), ("alice", "a1ice"), ("bob", "b\u03bfb")]


@pytest.mark.parametrize(("one", "other"), DISTINCT)
def test_look_alikes_of_other_scripts_and_case_stay_distinct(one: str, other: str) -> None:
    assert canonical_subject(one) != canonical_subject(other)


INVALID = [
    "", "   ", "\u00a0", "a" * (MAX_SUBJECT_CHARS + 1), "\ufdfa" * 20,  # 18 chars each in NFKC
    "a\x00", "a\x1fs", "a\n", "a\x85", "a\x7f",
    "ali\u200bce", "ali\u200cce", "ali\u200dce", "ali\u00adce", "\u202ealice", "alice\u2066",
    "\ufeffalice", "alice\ufe0f", "alice\U000e0001", "alice\u3164", "alice\u2060", "a\ud800",
    "ali\u2028ce", "alice\u2029",
]


@pytest.mark.parametrize("subject", INVALID)
def test_ids_without_a_canonical_form_are_refused_without_echo(subject: str) -> None:
    with pytest.raises(InvalidSubjectError) as raised:
        canonical_subject(subject)
    assert subject.strip() == "" or subject not in str(raised.value)
    assert not is_canonical_subject(subject)
