"""The runs of a text's number groups (`_number_runs`) and the ID pre-scan's choice of the
recognizers chosen by digit count: a run of their count opens them only when its groups
are joined by separators their regexes can hold (`IdNumbersRecognizer._barred`)."""

from __future__ import annotations

import random
import re

import pytest

from piiguard.detection.recognizers._number_runs import (
    MAX_DIGITS,
    MAX_GROUPS,
    SEPARATORS,
    digit_counts,
    number_runs,
    run_parts,
    separator_bits,
)
from piiguard.detection.recognizers.id_numbers import IdNumbersRecognizer
from tests.detection import test_id_numbers as id_tables

PRESCAN = IdNumbersRecognizer()
SPACE, DOT, DASH, SLASH, COLON, UNDERSCORE, NEWLINE = (separator_bits(c) for c in SEPARATORS)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("tel 030 1234567", {(3, 0), (7, 0), (10, SPACE)}),
        ("12.05.2024", {(2, 0), (4, 0), (4, DOT), (6, DOT), (8, DOT)}),
        ("401-023 2137", {(3, 0), (4, 0), (6, DASH), (7, SPACE), (10, DASH | SPACE)}),
        ("10:30/7", {(2, 0), (1, 0), (4, COLON), (3, SLASH), (5, COLON | SLASH)}),
        ("12_34\n5", {(2, 0), (1, 0), (4, UNDERSCORE), (3, NEWLINE), (5, UNDERSCORE | NEWLINE)}),
        ("１２３ and ٣٤", {(3, 0), (2, 0)}),  # digits of other scripts are digits (`\d`)
        # look-alikes: no number group, or not one joined group
        ("no digits here", set()),
        ("x² and ½", set()),  # `isdigit` but no decimal digits
        ("1,234", {(1, 0), (3, 0)}),  # a comma joins no groups
        ("12  34", {(2, 0)}),  # two spaces: two groups, no run over both
        ("12 -34", {(2, 0)}),
        ("1 2 3 4 5 6 7 8 9", {(n, SPACE if n > 1 else 0) for n in range(1, MAX_GROUPS + 1)}),
        ("1" * 30, {(30, 0)}),  # one group: its count, however long
        ("123456789012345 123456789012", {(15, 0), (12, 0)}),  # 27 digits: over MAX_DIGITS
    ],
)
def test_number_runs(text: str, runs: set[tuple[int, int]]) -> None:
    assert set(map(run_parts, number_runs(text))) == runs


@pytest.mark.parametrize(
    ("name", "held"),
    [
        ("uk_nhs", " -"),
        ("au_acn", " -"),
        ("se_personnummer", " -"),
        ("ph_tin", "-"),
        ("tr_national_id", ""),
        ("br_cpf", ".-"),
        ("bank_account", " -\n"),
        ("de_vat_id", " .-\n"),
        ("de_handelsregister", " "),
        # nothing barred: spans that are a group of the match, not the match
        ("uk_account", SEPARATORS),
        # nothing barred: a back reference under IGNORECASE may repeat any case of what its
        # group read, and `_may_hold` does not bound it (never fewer)
        ("tr_license_plate", SEPARATORS),
    ],
)
def test_separators_a_count_chosen_recognizer_can_hold(name: str, held: str) -> None:
    barred = {PRESCAN._recognizers[i].name: bits for i, bits in PRESCAN._barred.items()}
    assert barred[name] == separator_bits(SEPARATORS) & ~separator_bits(held)


def _old_digit_counts(text: str) -> set[int]:
    """The pre-scan's digit counts before `number_runs` (main at da0eeb7), verbatim."""
    counts: set[int] = set()
    for group in re.findall(r"\d+(?:[ .\-/:_\n]\d+)*", text):
        if group.isdigit():
            counts.add(len(group))
            continue
        runs = [len(r) for r in re.findall(r"\d+", group)]
        for i in range(len(runs)):
            total = 0
            for run in runs[i : i + MAX_GROUPS]:
                total += run
                if total > MAX_DIGITS:
                    break
                counts.add(total)
    return counts


def _table_texts() -> list[str]:
    marks = (id_tables.test_finds_id, id_tables.test_rejects_lookalikes)
    return [case.values[0] for mark in marks for case in id_tables._cases(mark)]


def _digit_heavy(rng: random.Random) -> str:
    """A text of digits in groups, separators (the joining ones and others), letters
    that start IDs, and now and then a value of the tables with its separators changed."""
    if rng.random() < 0.3:
        text = rng.choice(_TABLE)
        return "".join(
            rng.choice(SEPARATORS) if c in SEPARATORS and rng.random() < 0.5 else c for c in text
        )
    pieces = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.6:
            pieces.append("".join(rng.choice("0123456789") for _ in range(rng.randint(1, 13))))
        elif kind < 0.85:
            pieces.append(rng.choice(SEPARATORS + ",+()"))
        else:
            pieces.append(rng.choice(("HRB ", "DE", "GP", "A", "kK", "756", " x ", "756.", "-")))
    return "".join(pieces)


_TABLE = _table_texts()


def test_digit_counts_are_the_old_ones() -> None:
    rng = random.Random(1612)
    for text in _TABLE + [_digit_heavy(rng) for _ in range(5000)]:
        assert digit_counts(number_runs(text)) == _old_digit_counts(text), text


def test_a_recognizer_no_run_opens_finds_nothing() -> None:
    """For every count-chosen recognizer and text where a number of its count is there
    (the old choice) but no run of that count is joined by separators it can hold (the new
    one), the recognizer finds nothing."""
    rng = random.Random(2024)
    texts = _TABLE + [_digit_heavy(rng) for _ in range(6000)]
    skipped = 0
    for text in texts:
        runs = number_runs(text)
        counts = digit_counts(runs)
        opened = {i for run in runs for i in PRESCAN._opened_by(run)}
        for i in PRESCAN._barred:
            recognizer = PRESCAN._recognizers[i]
            if counts & recognizer.DIGIT_COUNTS and i not in opened:
                skipped += 1
                assert recognizer.analyze_ungated(text) == [], (recognizer.name, text)
    assert skipped > 3000


def _runs_at(text: str) -> list[tuple[int, int, int]]:
    """(start, end, digit count) of every run of up to MAX_GROUPS groups (a reference)."""
    found = []
    for number in re.finditer(r"\d+(?:[ .\-/:_\n]\d+)*", text):
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", number[0])]
        base = number.start()
        for i in range(len(groups)):
            for j in range(i, min(i + MAX_GROUPS, len(groups))):
                count = sum(e - s for s, e in groups[i : j + 1])
                found.append((base + groups[i][0], base + groups[j][1], count))
    return found


def test_each_value_holds_a_run_of_its_count() -> None:
    """The premise of the choice (`_number_runs`): each span a count-chosen recognizer
    finds holds a run of whole groups with one of its `DIGIT_COUNTS`."""
    rng = random.Random(7)
    texts = _TABLE + [_digit_heavy(rng) for _ in range(6000)]
    checked = 0
    for text in texts:
        runs = _runs_at(text)
        for i in PRESCAN._barred:
            recognizer = PRESCAN._recognizers[i]
            for span in recognizer.analyze_ungated(text):
                checked += 1
                assert any(
                    span.start <= start and end <= span.end and count in recognizer.DIGIT_COUNTS
                    for start, end, count in runs
                ), (recognizer.name, text, span)
    assert checked > 100


def test_the_pre_scan_finds_what_it_found_with_the_old_choice() -> None:
    """Old against new on random digit-heavy texts: the pre-scan with nothing barred (a
    run opens every recognizer of its count, as before) finds the same spans."""
    old = IdNumbersRecognizer()
    old._barred = dict.fromkeys(old._barred, 0)
    rng = random.Random(99)
    texts = _TABLE + [_digit_heavy(rng) for _ in range(6000)]
    found = 0
    for text in texts:
        spans = PRESCAN.analyze(text)
        assert spans == old.analyze(text), text
        found += bool(spans)
    assert found > 50
