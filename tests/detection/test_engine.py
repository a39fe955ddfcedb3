"""The Detector: overlap rule, label selection, minimum scores, input bound, batches."""

from __future__ import annotations

import copy
import random
from dataclasses import replace

import pytest

from piiguard._types import Span
from piiguard.detection.engine import Detector, resolve_overlaps
from piiguard.exceptions import ConfigError, InputTooLongError


class Fixed:
    """A recognizer that reports fixed spans (for overlap tests)."""

    def __init__(self, name: str, spans: list[tuple[int, int, str, float]], priority: int) -> None:
        self.name = name
        self.priority = priority
        self.labels = frozenset(label for _, _, label, _ in spans)
        self._spans = spans

    def analyze(self, text: str) -> list[Span]:
        return [Span(s, e, label, score, self.name) for s, e, label, score in self._spans]


TEXT = "Anna Berg, anna.berg@example.org, +49 30 901820, card 4111 1111 1111 1111"


def labels(spans: list[Span]) -> list[str]:
    return [s.label for s in spans]


def test_patterns_detector_finds_everything_in_order() -> None:
    spans = Detector.patterns().detect(TEXT)
    assert labels(spans) == ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"]
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(s.source for s in spans)


def test_validated_pattern_beats_model_on_overlap() -> None:
    model = Fixed("ner", [(0, 20, "PERSON", 0.99)], priority=1)
    pattern = Fixed("email", [(5, 25, "EMAIL_ADDRESS", 0.6)], priority=2)
    spans = Detector([model, pattern]).detect("x" * 30)
    # the model's span keeps its part before the validated one; the overlap is the email's
    assert [(s.label, s.source, s.start, s.end) for s in spans] == [
        ("PERSON", "ner", 0, 5),
        ("EMAIL_ADDRESS", "email", 5, 25),
    ]


@pytest.mark.parametrize(
    ("model_span", "kept"),
    [
        ((10, 20, "PERSON", 0.99), []),  # inside the validated span: dropped
        ((5, 40, "PERSON", 0.99), [(5, 10), (35, 40)]),  # around it: both sides
        ((30, 45, "PERSON", 0.99), [(35, 45)]),  # starts inside: its part after it
        ((0, 12, "PERSON", 0.99), [(0, 10)]),  # ends inside: its part before it
        ((0, 12, "DATE_TIME", 0.99), []),  # not a name, place or firm: the rule alone
    ],
)
def test_a_model_name_cut_by_a_validated_span(
    model_span: tuple[int, int, str, float], kept: list[tuple[int, int]]
) -> None:
    model = Fixed("ner", [model_span], priority=1)
    pattern = Fixed("email", [(10, 35, "EMAIL_ADDRESS", 0.6)], priority=2)
    text = "abcdefghij" * 5
    spans = Detector([model, pattern]).detect(text)
    assert [(s.start, s.end) for s in spans if s.source == "ner"] == kept


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        # equal priority: higher score wins
        ([(0, 10, "A", 0.7), (5, 15, "B", 0.9)], ["B"]),
        # equal score: longer wins
        ([(0, 10, "A", 0.9), (2, 6, "B", 0.9)], ["A"]),
        # touching spans are both kept
        ([(0, 5, "A", 0.9), (5, 10, "B", 0.9)], ["A", "B"]),
    ],
)
def test_overlap_rule_at_equal_priority(
    spans: list[tuple[int, int, str, float]], kept: list[str]
) -> None:
    detector = Detector([Fixed("r", spans, priority=2)])
    assert labels(detector.detect("x" * 20)) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "see https://example.net/users/5500000000000004 ok",
            "https://example.net/users/5500000000000004",
        ),
        (
            "https://x.net/path?to=someone.else@example.net",
            "https://x.net/path?to=someone.else@example.net",
        ),
        ("www.x.net/?to=anna@example.org.", "www.x.net/?to=anna@example.org"),
    ],
)
def test_a_link_holding_a_value_is_masked_whole(text: str, kept: str) -> None:
    """A value inside a link gives way to the link (the whole link is one value), so the
    request masks the link as it masks any other; without links the value is found alone."""
    found = Detector.patterns().detect(text)
    assert [(s.label, text[s.start : s.end]) for s in found] == [("URL", kept)]
    inside = Detector.patterns().without_labels({"URL"}).detect(text)
    assert [s.label for s in inside] in (["CREDIT_CARD"], ["EMAIL_ADDRESS"])


def test_resolve_overlaps_drops_empty_spans() -> None:
    assert resolve_overlaps([Span(3, 3, "A", 1.0, "r")]) == []


def _kept_by_the_rule(spans: list[Span], ranks: dict[str, int]) -> list[Span]:
    """The overlap rule written out plainly (every span against every kept one): the
    specification `resolve_overlaps` must match."""
    ordered = sorted(spans, key=lambda s: (-ranks.get(s.source, 0), -s.score, -s.length, s.start))
    kept: list[Span] = []
    for span in ordered:
        if span.length <= 0:
            continue
        if not any(span.overlaps(other) for other in kept):
            kept.append(span)
            continue
        for index, winner in enumerate(kept):
            if (winner.start, winner.end) == (span.start, span.end):
                if (
                    span.score == winner.score
                    and ranks.get(span.source, 0) == ranks.get(winner.source, 0)
                    and span.label not in winner.labels
                ):
                    kept[index] = replace(winner, alternatives=(*winner.alternatives, span.label))
                elif span.label == winner.label:
                    extra = tuple(a for a in span.alternatives if a not in winner.labels)
                    kept[index] = replace(winner, alternatives=(*winner.alternatives, *extra))
                break
    return sorted(kept, key=lambda s: (s.start, s.end))


@pytest.mark.parametrize("seed", range(40))
def test_resolve_overlaps_keeps_what_the_rule_keeps(seed: int) -> None:
    rng = random.Random(seed)
    width = rng.choice([20, 60, 400])
    spans = []
    for _ in range(rng.randint(0, 80)):
        start = rng.randrange(width)
        spans.append(
            Span(
                start,
                start + rng.randint(0, 12),
                rng.choice(["A", "B", "C"]),
                rng.choice([0.5, 0.75, 0.9]),
                rng.choice(["r", "r2", "low"]),
                rng.choice([(), ("X",), ("B", "Y")]),
            )
        )
    ranks = {"r": 2, "r2": 2, "low": 1}
    kept = resolve_overlaps(spans, ranks)
    assert kept == _kept_by_the_rule(spans, ranks)
    assert [s.alternatives for s in kept] == [
        s.alternatives for s in _kept_by_the_rule(spans, ranks)
    ]


def test_resolve_overlaps_compares_a_span_with_its_neighbours_only() -> None:
    # Thousands of dates requested in one long text: each span is checked against the
    # kept spans beside it, not against all of them (it was quadratic).
    spans = [Span(i * 12, i * 12 + 10, "DATE_TIME", 0.85, "dates") for i in range(4000)]
    compared = 0
    original = Span.overlaps

    def counting(self: Span, other: Span) -> bool:
        nonlocal compared
        compared += 1
        return original(self, other)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Span, "overlaps", counting)
        kept = resolve_overlaps(spans)
    assert kept == spans
    assert compared <= 2 * len(spans)


def test_disable_and_enable_labels() -> None:
    without_cards = Detector.patterns(disabled_labels={"CREDIT_CARD"})
    assert "CREDIT_CARD" not in labels(without_cards.detect(TEXT))
    only_email = Detector.patterns(enabled_labels={"EMAIL_ADDRESS"})
    assert labels(only_email.detect(TEXT)) == ["EMAIL_ADDRESS"]
    # recognizers whose labels are all off are not even run
    assert [r.name for r in only_email.recognizers] == ["email", "email_spelled"]


def test_min_scores_per_label() -> None:
    text = "ring 020 7946 0958"  # formatted national number: score 0.75 (+ context)
    assert labels(Detector.patterns().detect(text)) == ["PHONE_NUMBER"]
    strict = Detector.patterns(min_scores={"PHONE_NUMBER": 1.0}, default_min_score=0.0)
    plain = "it is 020 7946 0958"
    assert labels(strict.detect(plain)) == []
    lenient = Detector.patterns(default_min_score=0.3)
    assert labels(lenient.detect("2125550123")) == ["PHONE_NUMBER"]


def test_max_input_chars_is_a_clear_error() -> None:
    detector = Detector.patterns(max_input_chars=10)
    with pytest.raises(InputTooLongError) as info:
        detector.detect("a" * 11)
    assert "max_input_chars=10" in str(info.value)
    assert "a" * 11 not in str(info.value)
    with pytest.raises(InputTooLongError):
        detector.detect_batch(["ok", "b" * 11])


@pytest.mark.parametrize(
    "options",
    [
        {"max_input_chars": 0},
        {"min_scores": {"EMAIL_ADDRESS": 1.5}},
        {"default_min_score": 5.0},
        {"default_min_score": -0.1},
    ],
)
def test_bad_settings_fail_at_construction(options: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        Detector.patterns(**options)


def test_duplicate_recognizer_names_rejected() -> None:
    with pytest.raises(ConfigError):
        Detector([Fixed("same", [], 2), Fixed("same", [], 2)])


def test_detect_batch_matches_detect() -> None:
    detector = Detector.patterns()
    texts = [TEXT, "", "nothing here", "DOB: 1985-03-12", "ip 10.0.0.1"]
    assert detector.detect_batch(texts) == [detector.detect(t) for t in texts]


def test_pattern_recognizers_have_priority_two_and_unique_names() -> None:
    recognizers = Detector.patterns().recognizers
    # 14 families, written-out e-mails, social handles, gamer tags, MAC, UK and CA
    # postcodes, the country IDs behind one pre-scan, IDs named by their field, phones,
    # birth dates and names named by their field, passports' machine-readable zones, a
    # chat export's speakers and a code given in answer to its question
    assert len(recognizers) == 26
    # Validated matches win over the model; a bare postcode only fills a gap it left.
    postcodes = ("postcode", "uk_postcode", "ca_postal_code")
    assert {r.name: getattr(r, "priority", 0) for r in recognizers if r.name not in postcodes} == {
        r.name: 2 for r in recognizers if r.name not in postcodes
    }
    assert {r.priority for r in recognizers if r.name in postcodes} == {0}
    assert len({r.name for r in recognizers}) == len(recognizers)


# ---- gates the detector runs itself (`PatternRecognizer.gates`, `analyze_passed`)

GATE_TEXTS = [
    TEXT,
    "",
    "nothing here",
    "DOB: 1985-03-12",
    "ip 10.0.0.1",
    "my IBAN is DE89 3704 0044 0532 0130 00",
    "ssn 078-05-1120, nino QQ 12 34 56 C",
    "wallet bc1q4uwurwafjrptzfnfwe8jqdsymr97hendpdk5ng",
    "a(at)b.example, mac 00:1A:2B:3C:4D:5E, SW1A 1AA, K1A 0B1",
    "password: hunter2 and 12345",
]


@pytest.mark.parametrize("name", [r.name for r in Detector.patterns().recognizers])
def test_gates_then_analyze_passed_is_analyze(name: str) -> None:
    """What the detector runs for a recognizer with gates is what `analyze` returns."""
    recognizer = next(r for r in Detector.patterns().recognizers if r.name == name)
    gates = getattr(recognizer, "gates", ())
    for text in GATE_TEXTS + [t.upper() for t in GATE_TEXTS]:
        if gates:
            expected = recognizer.analyze_passed(text) if all(g(text) for g in gates) else []
            assert recognizer.analyze(text) == expected, text


def test_a_recognizer_with_its_own_analyze_shows_no_gates() -> None:
    from piiguard.detection.recognizers.email import EmailRecognizer

    class Louder(EmailRecognizer):
        def analyze(self, text: str) -> list[Span]:
            return [replace(s, score=1.0) for s in super().analyze(text)]

    patched = EmailRecognizer()
    patched.analyze = lambda text: []  # type: ignore[method-assign]
    assert EmailRecognizer().gates
    assert Louder().gates == ()
    assert patched.gates == ()
    assert Detector([patched]).detect("write to anna@example.org") == []
    spans = Detector([Louder()]).detect("write to anna@example.org")
    assert [s.score for s in spans] == [1.0]


def test_recognizers_replaced_on_a_detector_take_effect() -> None:
    """`ReplyGuard` gives a copy of a detector fewer recognizers by assignment."""
    detector = copy.copy(Detector.patterns())
    assert labels(detector.detect(TEXT)) == ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"]
    detector.recognizers = tuple(r for r in detector.recognizers if r.name != "email")
    assert labels(detector.detect(TEXT)) == ["PHONE_NUMBER", "CREDIT_CARD"]


def test_pattern_detector_is_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    detector = Detector.patterns()
    texts = [TEXT, "DOB: 1985-03-12", "pin is 4921", "ip 10.0.0.1", "nothing"] * 40
    expected = [detector.detect(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(detector.detect, texts)) == expected


# ---- other readings of the same value (Span.alternatives)


def test_a_tie_on_the_same_bounds_becomes_an_alternative() -> None:
    spans = [
        Span(0, 10, "UK_NHS", 0.75, "r"),
        Span(0, 10, "KR_BRN", 0.75, "r"),
        Span(0, 10, "US_NPI", 0.75, "r"),
        Span(0, 10, "KR_BRN", 0.75, "r2"),  # the same reading twice is listed once
    ]
    (kept,) = resolve_overlaps(spans)
    assert (kept.label, kept.alternatives) == ("UK_NHS", ("KR_BRN", "US_NPI"))


@pytest.mark.parametrize(
    "loser",
    [
        Span(0, 10, "KR_BRN", 0.7, "r"),  # lower score: the rule told them apart
        Span(0, 9, "KR_BRN", 0.75, "r"),  # other bounds: another value
        Span(0, 11, "KR_BRN", 0.75, "low"),  # longer but of a lower priority
        Span(0, 10, "KR_BRN", 0.75, "low"),  # same bounds and score, lower priority
    ],
)
def test_a_span_the_rule_ranks_lower_is_no_alternative(loser: Span) -> None:
    winner = Span(0, 10, "UK_NHS", 0.75, "r")
    (kept,) = resolve_overlaps([loser, winner], {"r": 2, "low": 1})
    assert (kept, kept.alternatives) == (winner, ())


def test_a_lost_span_of_the_same_label_and_bounds_brings_its_alternatives() -> None:
    # the model's LOCATION wins over the postcode recognizer's (lower priority), which
    # also read the value as a German postcode: the winner keeps that reading
    spans = [
        Span(11, 16, "LOCATION", 0.85, "postcode", ("DE_PLZ",)),
        Span(11, 16, "LOCATION", 0.9, "ner"),
    ]
    (kept,) = resolve_overlaps(spans, {"ner": 1})
    assert (kept.source, kept.alternatives) == ("ner", ("DE_PLZ",))
    other_bounds = [
        Span(10, 16, "LOCATION", 0.85, "postcode", ("DE_PLZ",)),
        Span(11, 16, "LOCATION", 0.9, "ner"),
    ]
    assert [s.alternatives for s in resolve_overlaps(other_bounds, {"ner": 1})] == [()]


def test_alternatives_never_change_what_is_kept() -> None:
    spans = [
        Span(0, 10, "UK_NHS", 0.75, "r"),
        Span(0, 10, "KR_BRN", 0.75, "r"),
        Span(5, 20, "PHONE_NUMBER", 0.9, "r"),
        Span(25, 30, "PERSON", 0.8, "ner"),
        Span(25, 30, "LOCATION", 0.8, "ner"),
    ]
    kept = resolve_overlaps(spans, {"r": 2, "ner": 1})
    assert [(s.start, s.end, s.label) for s in kept] == [
        (5, 20, "PHONE_NUMBER"),
        (25, 30, "PERSON"),
    ]
    assert [s.alternatives for s in kept] == [(), ("LOCATION",)]


def test_detector_reports_the_other_valid_readings_of_a_lone_number() -> None:
    # Valid as an NHS number and as a Korean BRN (both checks hold, nothing names it):
    # masked once as UK_NHS, reported as either.
    (span,) = Detector.patterns().detect("1048656659")
    assert (span.label, span.alternatives) == ("UK_NHS", ("KR_BRN",))
    (span,) = Detector.patterns().detect("１０４８６５６６５９")  # folded, mapped back
    assert (span.end, span.alternatives) == (10, ("KR_BRN",))
    (span,) = Detector.patterns().detect("MTA0ODY1NjY1OQ==")  # its base64
    assert (span.label, span.alternatives) == ("UK_NHS", ("KR_BRN",))


def test_a_reading_its_word_decides_has_no_alternative() -> None:
    (span,) = Detector.patterns().detect("NHS 1048656659")
    assert (span.label, span.alternatives) == ("UK_NHS", ())


def test_an_alternative_meets_the_detectors_label_rules() -> None:
    below = Detector.patterns(min_scores={"KR_BRN": 0.8}).detect("1048656659")
    assert [(s.label, s.alternatives) for s in below] == [("UK_NHS", ())]
    off = Detector.patterns(disabled_labels={"KR_BRN"}).detect("1048656659")
    assert [(s.label, s.alternatives) for s in off] == [("UK_NHS", ())]


def test_a_weak_look_alike_is_no_alternative() -> None:
    # Nine digits passing the LANR check and the TFN check: both alternatives of a lone
    # value; the phone and SSN shapes of the same digits score below the threshold.
    (span,) = Detector.patterns().detect("123456601")
    assert (span.label, span.alternatives) == ("AU_TFN", ("DE_LANR",))


class OnRequest(Fixed):
    """A recognizer that runs only when its label is requested."""

    on_request = True


@pytest.mark.parametrize(
    ("options", "runs"),
    [
        ({}, False),
        ({"requested_labels": {"DATE_TIME"}}, True),
        ({"requested_labels": {"DATE_TIME"}, "enabled_labels": {"DATE_TIME"}}, True),
        ({"enabled_labels": {"DATE_TIME"}}, False),  # reported, but not asked for in full
        ({"requested_labels": {"EMAIL_ADDRESS"}}, False),
    ],
)
def test_on_request_recognizers_run_only_for_a_requested_label(
    options: dict[str, object], runs: bool
) -> None:
    dates = OnRequest("dates", [(0, 4, "DATE_TIME", 0.9)], priority=2)
    email = Fixed("email", [(5, 9, "EMAIL_ADDRESS", 1.0)], priority=2)
    detector = Detector([dates, email], **options)  # type: ignore[arg-type]
    assert (dates in detector.recognizers) is runs
    assert ("DATE_TIME" in labels(detector.detect("x" * 10))) is runs


def test_requesting_returns_a_new_detector_with_the_same_recognizers() -> None:
    dates = OnRequest("dates", [(0, 4, "DATE_TIME", 0.9)], priority=2)
    plain = Detector([dates])
    asked = plain.requesting({"DATE_TIME"})
    assert plain.recognizers == () and asked.recognizers == (dates,)
    assert plain.on_request_labels == asked.on_request_labels == frozenset({"DATE_TIME"})
    assert asked.without_labels({"DATE_TIME"}).recognizers == ()
    with pytest.raises(ConfigError, match="DATE_TIME"):
        plain.without_labels({"DATE_TIME"}).requesting({"DATE_TIME"})
