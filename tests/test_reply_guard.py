"""The reply guard: another person's data never reaches the client, whole or streamed.

The detector is real: the shipped pattern recognizers plus `NameModel`, a small
word model of our own standing in for the NER model (names from a first-name
list grow over the capitalised words that follow them, so a decision needs right
context, like the real model's; street addresses with a house number).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import Message, Receive, Scope, Send

from piiguard._types import LOCATION, PERSON, Recognizer, Span
from piiguard.config import GuardConfig
from piiguard.detection.cache import SpanCache
from piiguard.detection.engine import Detector
from piiguard.detection.policy import PersonalDataPolicy
from piiguard.detection.recognizers import DateOfBirthRecognizer
from piiguard.exceptions import ConfigError, DetectionError, ModelLoadError, ReplyBlockedError
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard, build_reply_guard
from piiguard.reply_guard import GuardedReply, ReplyGuard, ReplyPolicy, ValueSet
from piiguard.reply_stream import GuardedStream, StreamLimits, _sentence_start, held_start

FIRST_NAMES = frozenset({"Anna", "John", "Maria", "Jan", "Sophie"})


class NameModel:
    """A word model: PERSON from a known first name over the capitalised words after it,
    LOCATION for `<number> <Name> Street|Road|Avenue[, <City>]`."""

    name = "names"
    labels = frozenset({PERSON, LOCATION})
    priority = 1
    _CAPS = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
    _ADDRESS = re.compile(r"\b\d{1,4}[A-Z]? [A-Z][a-z]+ (?:Street|Road|Avenue)(?:, [A-Z][a-z]+)?")

    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, text: str) -> list[Span]:
        self.calls += 1
        spans = []
        for match in self._CAPS.finditer(text):
            offset = match.start()
            for word in re.finditer(r"[A-Z][a-z]+", match.group()):
                if word.group() in FIRST_NAMES:
                    spans.append(Span(offset + word.start(), match.end(), PERSON, 0.9, self.name))
                    break
        for match in self._ADDRESS.finditer(text):
            spans.append(Span(match.start(), match.end(), LOCATION, 0.9, self.name))
        return spans


class Broken:
    """A recognizer that fails, as a model with a corrupt file would."""

    name = "broken"
    labels = frozenset({PERSON})

    def analyze(self, text: str) -> list[Span]:
        raise RuntimeError("model exploded")


def make_guard(
    policy: ReplyPolicy | None = None, *, names: bool = True, **limits: int
) -> ReplyGuard:
    recognizers = [*Detector.patterns().recognizers]
    if names:
        recognizers.append(NameModel())
    return ReplyGuard(Detector(recognizers), policy, limits=StreamLimits(**limits))


@pytest.fixture(scope="module")
def guard() -> ReplyGuard:
    return make_guard()


# (label, reply with {v}, another person's value)
FOREIGN = [
    ("EMAIL_ADDRESS", "Sure, write to {v} today.", "anna.kowalska@example.org"),
    ("PHONE_NUMBER", "Ring {v} today.", "+48 601 234 567"),
    ("PHONE_NUMBER", "Ring {v} today.", "020 7946 0958"),
    ("PHONE_NUMBER", "Ring {v} today.", "(415) 555-2671"),
    ("PHONE_NUMBER", "Ring {v} today.", "+49 30 901820"),
    ("PHONE_NUMBER", "Ring {v} today.", "06 12 34 56 78"),
    ("CREDIT_CARD", "Card {v} works.", "4111 1111 1111 1111"),
    ("IBAN_CODE", "Pay {v} today.", "DE89 3704 0044 0532 0130 00"),
    ("IBAN_CODE", "Pay {v} today.", "GB29 NWBK 6016 1331 9268 19"),
    ("PERSON", "You could ask {v} about it.", "Anna Kowalska"),
    ("LOCATION", "He lives at {v} now.", "221B Baker Street, London"),
    # encoded values (an injection that hopes the guard reads only plain text)
    ("EMAIL_ADDRESS", "Sure, write to {v} today.", "amFuZS5kb2VAZXhhbXBsZS5jb20="),
    ("EMAIL_ADDRESS", "Sure, write to {v} today.", "jane.doe%40example.com"),
    # spelt out one character at a time
    ("CREDIT_CARD", "Card {v} works.", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ("EMAIL_ADDRESS", "Write to {v}, today.", "j a n e . d o e @ e x a m p l e . c o m"),
    ("PERSON", "Ask {v} now.", "A n n a  K o w a l s k a"),
]
IDS = [f"{label}:{value}" for label, _, value in FOREIGN]


def fragments(value: str, size: int = 3) -> set[str]:
    """Every piece of `size` characters of the value's words (case-folded)."""
    out = set()
    for word in re.findall(r"[^\s()+\-,.@]+", value.casefold()):
        out.update(word[i : i + size] for i in range(len(word) - size + 1))
    return out


def assert_nothing_of(value: str, output: str) -> None:
    leaked = {f for f in fragments(value) if f in output.casefold()}
    assert not leaked, f"fragments of the value reached the client: {sorted(leaked)}"


def run_stream(stream: GuardedStream, chunks: Sequence[str]) -> str:
    return "".join(stream.feed(chunk) for chunk in chunks) + stream.flush()


def splits(text: str) -> Iterator[list[str]]:
    """The text in two chunks at every position, three chunks at every pair, 1-char events."""
    n = len(text)
    for i in range(n + 1):
        yield [text[:i], text[i:]]
    for i in range(1, n):
        for j in range(i + 1, n):
            yield [text[:i], text[i:j], text[j:]]
    yield list(text)


# -- whole replies ------------------------------------------------------------


@pytest.mark.parametrize(("label", "template", "value"), FOREIGN, ids=IDS)
def test_check_masks_another_persons_value(
    guard: ReplyGuard, label: str, template: str, value: str
) -> None:
    reply = template.format(v=value)
    checked = guard.check(reply, own_values=["someone.else@example.com", "Jan Nowak"])
    assert checked == GuardedReply(template.format(v=f"[{label}]"), {label: 1})
    assert_nothing_of(value, checked.text)


@pytest.mark.parametrize(("label", "template", "value"), FOREIGN, ids=IDS)
def test_check_gives_the_users_own_value_back(
    guard: ReplyGuard, label: str, template: str, value: str
) -> None:
    reply = template.format(v=value)
    assert guard.check(reply, own_values=[value]) == GuardedReply(reply, {})


def test_check_counts_by_label_and_leaves_clean_text(guard: ReplyGuard) -> None:
    reply = (
        "Anna Kowalska (anna.kowalska@example.org, +48 601 234 567) paid with "
        "4111 1111 1111 1111; Sophie Martin too."
    )
    checked = guard.check(reply, own_values=[])
    assert checked.text == (
        "[PERSON] ([EMAIL_ADDRESS], [PHONE_NUMBER]) paid with [CREDIT_CARD]; [PERSON] too."
    )
    assert checked.counts == {"PERSON": 2, "EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1, "CREDIT_CARD": 1}
    assert checked.total == 5
    assert guard.check("Nothing personal here.", []) == GuardedReply("Nothing personal here.")
    assert guard.check("", []) == GuardedReply("")


# -- own values, normalised ----------------------------------------------------


@pytest.mark.parametrize(
    ("label", "own", "found", "is_own"),
    [
        # Phone numbers by their digits; a national form of an own international number is own.
        ("PHONE_NUMBER", "+48 601 234 567", "601-234-567", True),
        ("PHONE_NUMBER", "+48 601 234 567", "0048 601 234 567", True),
        ("PHONE_NUMBER", "601 234 567", "+48 601 234 567", True),
        ("PHONE_NUMBER", "+44 20 7946 0958", "020 7946 0958", True),
        ("PHONE_NUMBER", "+48 601 234 567", "+48 601 234 568", False),
        ("PHONE_NUMBER", "+48 601 234 567", "234 567", False),  # too short to be the tail
        # E-mail addresses case-insensitively.
        ("EMAIL_ADDRESS", "Anna.K@Example.org", "anna.k@example.ORG", True),
        ("EMAIL_ADDRESS", "anna.k@example.org", "anna.k@example.com", False),
        # Cards and IBANs whatever the grouping.
        ("CREDIT_CARD", "4111 1111 1111 1111", "4111-1111-1111-1111", True),
        ("IBAN_CODE", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", True),
        ("CREDIT_CARD", "4111 1111 1111 1111", "5500 0000 0000 0004", False),
        # Names and places word by word (never a new word), whitespace folded.
        ("PERSON", "Anna Kowalska", "anna   KOWALSKA", True),
        ("PERSON", "Anna Kowalska", "Kowalska", True),
        ("PERSON", "Anna Kowalska", "Anna Nowak", False),
        ("LOCATION", "221B Baker Street, London", "Baker Street", True),
        ("LOCATION", "221B Baker Street, London", "10 Baker Street", False),
        # Word-by-word matching is for names only: a card is never "part" of another value.
        ("CREDIT_CARD", "4111 1111 1111 1111 and 4242", "4242 4242 4242 4242", False),
        # A value written out whole inside an own value of several words is own.
        ("UK_POSTCODE", "887 John Trafficway, Maryfurt, PO87 2JG", "po87 2jg", True),
        ("UK_POSTCODE", "887 John Trafficway, Maryfurt, PO87 2JG", "PO87 2JH", False),
        ("DATE_TIME", "born 12 March 1985", "12 March 1985", True),
        ("EMAIL_ADDRESS", "jan.nowak@example.org", "nowak@example.org", False),  # not a word
        ("CREDIT_CARD", "4111 1111 1111 1111", "1111 1111", True),  # digits the user gave
    ],
)
def test_value_set_matches_normalised(label: str, own: str, found: str, is_own: bool) -> None:
    assert ValueSet([own]).matches(label, found) is is_own


def test_reformatted_own_values_come_back_in_full(guard: ReplyGuard) -> None:
    reply = "Ring 601-234-567 or mail ANNA.KOWALSKA@example.org, Ms Kowalska."
    own = ["+48 601 234 567", "anna.kowalska@example.org", "Anna Kowalska"]
    assert guard.check(reply, own).text == reply
    assert run_stream(guard.stream(own), list(reply)) == reply


def test_empty_own_values_are_ignored() -> None:
    assert not ValueSet(["", "  "]).matches("PERSON", " ")


# -- policy: allow-list, allow, refuse -----------------------------------------


def test_allow_list_keeps_the_operators_values_normalised() -> None:
    policy = ReplyPolicy(allow_values=("+44 20 7946 0958", "Support@Example.org"))
    guard = make_guard(policy)
    reply = "Call us on 020-7946-0958 or support@example.org, not +49 30 901820."
    expected = "Call us on 020-7946-0958 or support@example.org, not [PHONE_NUMBER]."
    assert guard.check(reply, []).text == expected
    assert run_stream(guard.stream([]), list(reply)) == expected


def test_allow_action_keeps_a_label() -> None:
    guard = make_guard(ReplyPolicy(per_label={"PERSON": "allow"}))
    reply = "Ask Anna Kowalska at anna.kowalska@example.org."
    assert guard.check(reply, []).text == "Ask Anna Kowalska at [EMAIL_ADDRESS]."


def test_refuse_withholds_the_whole_reply() -> None:
    guard = make_guard(ReplyPolicy(per_label={"CREDIT_CARD": "refuse"}))
    reply = "Sure. The card on file is 4111 1111 1111 1111, expiring soon."
    with pytest.raises(ReplyBlockedError) as info:
        guard.check(reply, [])
    assert info.value.label == "CREDIT_CARD"
    assert "4111" not in str(info.value)
    # The user's own card is not refused.
    assert guard.check(reply, ["4111111111111111"]).text == reply


def test_refuse_in_a_stream_stops_before_any_fragment() -> None:
    guard = make_guard(ReplyPolicy(per_label={"CREDIT_CARD": "refuse"}))
    reply = "Sure. The card on file is 4111 1111 1111 1111, expiring soon."
    stream = guard.stream([])
    emitted = []
    with pytest.raises(ReplyBlockedError):
        for char in reply:
            emitted.append(stream.feed(char))
        emitted.append(stream.flush())
    assert "".join(emitted) == "Sure. The card on file is "
    with pytest.raises(DetectionError):  # a stopped stream never emits again
        stream.feed(" more")


def test_bad_settings_fail_at_start() -> None:
    with pytest.raises(ConfigError, match="reply action"):
        ReplyPolicy(per_label={"PERSON": "mask"})  # type: ignore[dict-item]
    with pytest.raises(ConfigError, match="max_hold_chars"):
        StreamLimits(max_value_chars=100, max_hold_chars=110)
    with pytest.raises(ConfigError, match="name_sentence_words"):
        StreamLimits(name_sentence_words=-1)
    with pytest.raises(ConfigError, match="reply_name_sentence_words"):
        GuardConfig(reply_name_sentence_words=-1)
    off = build_reply_guard(GuardConfig(reply_name_sentence_words=0), Detector.patterns())
    assert off.limits.name_sentence_words == 0
    with pytest.raises(ConfigError, match="max_input_chars"):
        ReplyGuard(Detector(Detector.patterns().recognizers, max_input_chars=100))


# -- failing detector: closed --------------------------------------------------


def test_failing_detector_fails_closed() -> None:
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, Broken()]))
    with pytest.raises(DetectionError, match="RuntimeError") as info:
        guard.check("Ask Anna at anna@example.org", [])
    assert "Anna" not in str(info.value)
    stream = guard.stream([])
    emitted = []
    with pytest.raises(DetectionError):
        for char in "Ask Anna at anna@example.org today":
            emitted.append(stream.feed(char))
        emitted.append(stream.flush())
    assert "".join(emitted) == ""
    with pytest.raises(DetectionError):
        stream.flush()


class StrictTokenizerNames(NameModel):
    """`NameModel` behind a tokenizer that takes only text UTF-8 can write (the NER
    model's Rust tokenizer raises on a lone surrogate)."""

    def analyze(self, text: str) -> list[Span]:
        text.encode("utf-8")
        return super().analyze(text)


@pytest.mark.parametrize("half", ["\ud83d", "\ude00", "\ud83d\ude00"])
def test_a_lone_surrogate_in_a_reply_is_checked_not_a_detection_failure(half: str) -> None:
    # A JSON escape of half an emoji (a token stream cut inside the pair) is kept as it
    # came; the word model reads it as U+FFFD, one character for one.
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, StrictTokenizerNames()]))
    reply = f"{half} Ask Maria Schneider at maria@example.org{half} today"
    expected = f"{half} Ask [PERSON] at [EMAIL_ADDRESS]{half} today"
    assert guard.check(reply, []).text == expected
    assert run_stream(guard.stream([]), split(reply, 4)) == expected


def split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


# -- streaming: no fragment, whatever the chunking ------------------------------


@pytest.mark.parametrize(("label", "template", "value"), FOREIGN, ids=IDS)
def test_stream_never_emits_a_fragment(
    guard: ReplyGuard, label: str, template: str, value: str
) -> None:
    reply = template.format(v=value)
    expected = guard.check(reply, []).text
    assert expected == template.format(v=f"[{label}]")
    for chunks in splits(reply):
        stream = guard.stream([])
        output = run_stream(stream, chunks)
        assert output == expected, chunks
        assert stream.counts == {label: 1}
    assert_nothing_of(value, expected)


@pytest.mark.parametrize(("label", "template", "value"), FOREIGN, ids=IDS)
def test_stream_gives_own_values_back_whatever_the_chunking(
    guard: ReplyGuard, label: str, template: str, value: str
) -> None:
    reply = template.format(v=value)
    for chunks in splits(reply):
        assert run_stream(guard.stream([value]), chunks) == reply, chunks


def test_mixed_reply_in_one_character_events(guard: ReplyGuard) -> None:
    reply = (
        "Hi! Anna Kowalska lives at 221B Baker Street, London; mail anna.kowalska@example.org "
        "or ring (415) 555-2671. Her IBAN is DE89 3704 0044 0532 0130 00 and card "
        "4111 1111 1111 1111. Your own number 601-234-567 is saved."
    )
    expected = guard.check(reply, ["+48 601 234 567"]).text
    stream = guard.stream(["+48 601 234 567"])
    assert run_stream(stream, list(reply)) == expected
    assert "601-234-567" in expected
    foreign = [v for _, _, v in FOREIGN if v in reply]
    assert len(foreign) == 6
    for value in foreign:
        assert_nothing_of(value, expected)
    assert stream.counts == guard.check(reply, ["+48 601 234 567"]).counts


WORDS = ["ok", "the", "Hello", "call", "me", "at", ",", ".", "is", "Street", "now", "I"]
VALUES = [value for _, _, value in FOREIGN] + ["Sophie", "601-234-567", "12"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(WORDS + VALUES), min_size=1, max_size=12),
    seps=st.lists(st.sampled_from([" ", " ", "  ", "\n", ", "]), min_size=12, max_size=12),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
)
def test_stream_equals_whole_check_for_any_text_and_chunking(
    guard: ReplyGuard, parts: list[str], seps: list[str], cuts: list[int]
) -> None:
    reply = "".join(part + sep for part, sep in zip(parts, seps, strict=False)).strip()
    points = sorted({c % (len(reply) + 1) for c in cuts})
    chunks = [reply[a:b] for a, b in zip([0, *points], [*points, len(reply)], strict=True)]
    assert run_stream(guard.stream([]), chunks) == guard.check(reply, []).text


# -- streaming: hold back only as long as a decision needs ----------------------


def emitted_per_event(stream: GuardedStream, events: Sequence[str]) -> list[str]:
    return [stream.feed(event) for event in events]


def test_text_without_candidates_passes_at_once() -> None:
    guard = make_guard(names=False)
    stream = guard.stream([])
    events = ["Hello", " there", ",", " how", " are", " you", "? "]
    # Each word is emitted as soon as the next event shows it has ended.
    assert emitted_per_event(stream, events) == [
        "",
        "Hello ",
        "",
        "there, ",
        "how ",
        "are ",
        "you? ",
    ]
    assert stream.pending_chars == 0


def test_candidates_wait_for_their_decision() -> None:
    guard = make_guard(names=False)
    stream = guard.stream([])
    events = ["Ring", " 601", " 234", " 567", " if", " you", " need", " anything", " else", "."]
    out = emitted_per_event(stream, events)
    assert out[:2] == ["", "Ring "]
    # The number waits for its last group and for its right context (24 characters).
    assert "".join(out[2:8]) == ""
    assert "".join(out) + stream.flush() == guard.check("".join(events), []).text


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (1, ["", "ask ", "", "", "[PERSON] about ", "it ", ""]),
        (2, ["", "ask ", "", "", "", "[PERSON] about it ", ""]),
    ],
)
def test_capitalised_words_wait_for_words_of_context(words: int, expected: list[str]) -> None:
    guard = make_guard(name_context_words=words, name_sentence_words=0)
    stream = guard.stream([])
    out = emitted_per_event(stream, ["ask", " Anna", " Kowalska", " about", " it", " now", "."])
    assert out == expected
    assert stream.flush() == "now."


def test_names_wait_for_the_end_of_a_sentence_the_model_finds_a_name_in() -> None:
    guard = make_guard(name_context_words=1, name_sentence_words=24)
    stream = guard.stream([])
    events = ["ask", " Anna", " Kowalska", " about", " it", " now", ".", " Then", " go", " home"]
    out = emitted_per_event(stream, events)
    # The model found a name: its words wait until the sentence is over ('.' and a space).
    assert out == ["", "ask ", "", "", "", "", "", "[PERSON] about it now. ", "Then ", "go "]
    assert stream.flush() == "home"
    # A sentence without a name the model finds is released after its words of context.
    stream = guard.stream([])
    assert emitted_per_event(stream, ["ask", " Bob", " about", " it", " now"]) == [
        "",
        "ask ",
        "",
        "Bob about ",
        "it ",
    ]


def test_a_name_sentence_is_held_at_most_name_sentence_words() -> None:
    guard = make_guard(name_context_words=1, name_sentence_words=3)
    stream = guard.stream([])
    events = ["ask", " Anna", " Kowalska", " about", " it", " now", " and", " then"]
    out = emitted_per_event(stream, events)
    # Released once three words follow the name's last word.
    assert out == ["", "ask ", "", "", "", "[PERSON] about it ", "now ", "and "]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("no end yet", 0),
        ("Done. Next", 6),
        ("Ask Dr. Bob. He said", 13),
        ("Ask Dr. Bob", 0),  # an abbreviation ends no sentence
        ("Wait!\nNow", 6),
        ("London.", 0),  # an end not yet followed by a space may still be "London.com"
        ('He said "go." Then', 14),
    ],
)
def test_sentence_start(text: str, start: int) -> None:
    assert _sentence_start(text) == start


class LowercaseNameModel:
    """A word model that also finds lowercase names, as the shipped NER model does."""

    name = "lowercase_names"
    labels = frozenset({PERSON})
    priority = 1
    _NAME = re.compile(r"(?i)\b(?:anna|john)(?: (?:kowalska|smith))?\b")

    def analyze(self, text: str) -> list[Span]:
        return [Span(m.start(), m.end(), PERSON, 0.9, self.name) for m in self._NAME.finditer(text)]


def test_lowercase_names_setting_holds_every_word() -> None:
    guard = make_guard(lowercase_names=True)  # type: ignore[arg-type]
    stream = guard.stream([])
    out = emitted_per_event(stream, ["pick", " red", " apples", " daily", " now"])
    assert out == ["", "", "", "pick ", "red "]
    # Function words are never names: they go out at their word end.
    stream = guard.stream([])
    assert emitted_per_event(stream, ["we", " can", " ask", " her"]) == ["", "we ", "can ", ""]


def test_sentence_starters_are_not_held_as_names() -> None:
    stream = make_guard().stream([])
    events = ["Sure", "!", " Here", " is", " Anna", " Kowalska", " now", "."]
    out = emitted_per_event(stream, events)
    assert out == ["", "", "Sure! ", "Here ", "is ", "", "", ""]
    assert stream.flush() == "[PERSON] now."


def test_lowercase_names_are_masked_in_streams_with_the_setting() -> None:
    detector = Detector([*Detector.patterns().recognizers, LowercaseNameModel()])
    guard = ReplyGuard(detector, limits=StreamLimits(lowercase_names=True))
    reply = "i think anna kowalska can help, or john."
    expected = "i think [PERSON] can help, or [PERSON]."
    assert guard.check(reply, []).text == expected
    for chunks in splits(reply):
        assert run_stream(guard.stream([]), chunks) == expected, chunks


class DateOfBirth(DateOfBirthRecognizer):
    """The shipped date-of-birth recognizer, telling the stream its month words."""

    VALUE_WORDS = frozenset(["march", "mar", "may", "june"])


@pytest.mark.parametrize("names", [False, True])
@pytest.mark.parametrize(
    "reply",
    [
        "I was born on March 12, 1985 and moved later.",
        "She was born on may 3rd, 1990, ok.",
        "Born 12 March 1985 in a small town.",
    ],
)
def test_written_dates_wait_for_their_month_word(reply: str, names: bool) -> None:
    recognizers: list[Recognizer] = [
        DateOfBirth() if r.name == "date_of_birth" else r for r in Detector.patterns().recognizers
    ]
    if names:
        recognizers.append(NameModel())
    guard = ReplyGuard(Detector(recognizers))
    expected = guard.check(reply, []).text
    assert "[DATE_TIME]" in expected
    for chunks in splits(reply):
        assert run_stream(guard.stream([]), chunks) == expected, chunks


def test_no_detector_call_for_events_without_candidates() -> None:
    names = NameModel()
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, names]))
    stream = guard.stream([])
    text = "sure, here is what i found for you: nothing to worry about, really. "
    for char in text:
        stream.feed(char)
    assert names.calls == 0
    stream.feed("Anna went home. ")
    assert names.calls > 0


def test_try_feed_runs_inline_unless_the_word_model_is_needed() -> None:
    names = NameModel()
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, names]))
    stream = guard.stream([])
    assert stream.try_feed("hello") == ""
    assert stream.try_feed(" world ") == "hello world "
    # The pattern recognizers are cheap: they run inline.
    assert stream.try_feed("mail anna@example.org") == "mail "
    assert stream.try_feed(" and more words to come after it ") == (
        "[EMAIL_ADDRESS] and more words to come after it "
    )
    assert names.calls == 0
    # A capital letter needs the word model: not inline, and the chunk is not consumed.
    assert stream.try_feed("ask Anna Kowalska about it. ") is None
    assert stream.pending_chars == 0
    assert names.calls == 0
    assert stream.feed("ask Anna Kowalska about it. ") == "ask [PERSON] about it. "


def test_try_flush_runs_inline_unless_the_word_model_is_needed() -> None:
    names = NameModel()
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, names]))
    stream = guard.stream([])
    assert stream.try_feed("mail anna@example.org") == "mail "
    # The held e-mail address is decided by the cheap pattern recognizers, inline.
    assert stream.try_flush() == "[EMAIL_ADDRESS]"
    assert stream.counts == {"EMAIL_ADDRESS": 1} and names.calls == 0
    # A held possible name needs the word model: None, and nothing is decided.
    stream = guard.stream([])
    assert stream.feed("see you, ask Anna") == "see you, ask "
    calls = names.calls
    assert stream.try_flush() is None
    assert stream.pending_chars == len("Anna") and stream.counts == {}
    assert names.calls == calls
    assert stream.flush() == "[PERSON]"
    assert stream.counts == {"PERSON": 1}


def test_sentence_starters_need_no_model_call() -> None:
    names = NameModel()
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, names]))
    stream = guard.stream([])
    # The first event of a reply goes out inline, at once: "Sure" and "Here" are no names.
    assert stream.try_feed("Sure! ") == "Sure! "
    assert stream.try_feed("Here is the plan. ") == "Here is the plan. "
    assert names.calls == 0
    assert stream.try_feed("Ask Anna about it now. ") is None  # a possible name needs it


def test_hold_back_is_bounded() -> None:
    guard = make_guard(names=False, max_value_chars=40, max_hold_chars=80)
    stream = guard.stream([])
    text = "12 34 " * 100
    out = []
    for char in text:
        out.append(stream.feed(char))
        assert stream.pending_chars <= 81
    out.append(stream.flush())
    assert len("".join(out)) > 0


@pytest.mark.parametrize(
    ("pending", "held"),
    [
        ("thanks for asking ", ""),
        ("thanks for ask", "ask"),
        ("call me at 601 234", "601 234"),
        ("pay to GB29 NWBK ", "GB29 NWBK "),
        ("IBAN GB29 NWBK ", "IBAN GB29 NWBK "),  # a short capital group may belong to it
        ("mail anna@example.org now", "anna@example.org now"),
        ("mail anna@example.org and then some more words ", ""),
    ],
)
def test_held_start_table(pending: str, held: str) -> None:
    assert pending[held_start(pending, StreamLimits()) :] == held


def test_long_reply_is_checked_window_by_window() -> None:
    guard = ReplyGuard(
        Detector([*Detector.patterns().recognizers, NameModel()], max_input_chars=600)
    )
    block = "Notes for today. Ring +49 30 901820 or ask Anna Kowalska, nothing else. "
    reply = block * 40
    checked = guard.check(reply, [])
    assert (
        checked.text == "Notes for today. Ring [PHONE_NUMBER] or ask [PERSON], nothing else. " * 40
    )
    assert checked.counts == {"PHONE_NUMBER": 40, "PERSON": 40}


def test_one_huge_chunk_without_whitespace_is_decided_in_bounded_windows() -> None:
    calls: list[int] = []

    class Sizes:
        name = "sizes"
        labels = frozenset({"EMAIL_ADDRESS"})
        priority = 2

        def analyze(self, text: str) -> list[Span]:
            calls.append(len(text))
            return [
                Span(m.start(), m.end(), "EMAIL_ADDRESS", 1.0, self.name)
                for m in re.finditer(r"[\w.]+@example\.org", text)
            ]

    guard = ReplyGuard(Detector([Sizes()], max_input_chars=1000))
    blob = "x" * 5000 + "+anna@example.org+" + "y" * 5000
    checked = guard.check(blob, [])
    assert max(calls) <= 1000
    assert "anna" not in checked.text
    assert checked.text.count("[EMAIL_ADDRESS]") >= 1


def test_try_feed_rolls_back_all_it_decided_when_it_meets_the_word_model() -> None:
    detector = Detector([*Detector.patterns().recognizers, NameModel()], max_input_chars=600)
    guard = ReplyGuard(detector)
    # One big chunk, decided in windows: the first ones inline, then a capital letter.
    reply = "mail anna@example.org " + "and so on " * 80 + "then ask Anna Kowalska now "
    stream = guard.stream([])
    assert stream.try_feed(reply) is None
    assert stream.counts == {} and stream.pending_chars == 0
    assert stream.feed(reply) + stream.flush() == guard.check(reply, []).text
    assert stream.counts == {"EMAIL_ADDRESS": 1, "PERSON": 1}


# -- time to first token: nothing that needs no decision waits ------------------


def sse_event(delta: dict[str, str]) -> bytes:
    event = {"id": "c1", "choices": [{"index": 0, "delta": delta}]}
    return f"data: {json.dumps(event)}\n\n".encode()


@pytest.mark.anyio
async def test_sse_role_chunk_and_finished_first_words_go_out_before_the_next_event() -> None:
    """The role chunk and a first event that ends at a word boundary are not held back;
    a word still being typed ("Sure") waits for the event that ends it."""
    more = anyio.Event()

    async def upstream(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        headers = [(b"content-type", b"text/event-stream")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for delta in ({"role": "assistant", "content": ""}, {"content": "Hello there, "}):
            await send({"type": "http.response.body", "body": sse_event(delta), "more_body": True})
        sure = sse_event({"content": "Sure"})
        await send({"type": "http.response.body", "body": sure, "more_body": True})
        await more.wait()
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})

    guard = Guard(GuardConfig(detector="patterns"), detector=Detector.patterns())
    app = PiiGuardMiddleware(upstream, guard=guard)
    sent: list[bytes] = []
    three_events = anyio.Event()

    async def send(message: Message) -> None:
        if message["type"] == "http.response.body" and message.get("body"):
            sent.append(message["body"])
            if len(sent) == 3:
                three_events.set()

    body = json.dumps({"stream": True, "messages": [{"role": "user", "content": "hi"}]})
    requests = [{"type": "http.request", "body": body.encode(), "more_body": False}]

    async def receive() -> Message:
        if requests:
            return requests.pop()
        await anyio.sleep_forever()
        raise AssertionError  # pragma: no cover

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/chat/completions",
        "headers": [(b"content-type", b"application/json")],
        "query_string": b"",
    }
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(app, scope, receive, send)
            await three_events.wait()  # the upstream has sent no more than these three events
            events = [line[6:] for line in b"".join(sent).splitlines() if line]
            contents = [json.loads(e)["choices"][0]["delta"]["content"] for e in events]
            assert contents == ["", "Hello there, ", ""]
            more.set()
    assert b"Sure" in b"".join(sent[3:])


# -- the shipped NER model ----------------------------------------------------


@pytest.fixture(scope="module")
def ner_guard() -> ReplyGuard:
    try:
        detector = Detector.default()
        detector.detect("warm up: Anna Kowalska")
    except ModelLoadError:
        pytest.skip("the NER model is not built (python -m models.recipe.build)")
    return ReplyGuard(detector)


@pytest.mark.parametrize(
    ("reply", "values"),
    [
        (
            "Sure! You could ask Anna Kowalska, she lives at 221B Baker Street, London.",
            ["Anna", "Kowalska", "Baker Street"],
        ),
        (
            "Her colleague Sophie Martin (sophie.martin@example.com, +44 20 7946 0958) knows.",
            ["Sophie", "Martin", "sophie.martin", "7946"],
        ),
    ],
)
def test_shipped_ner_model_in_streams(ner_guard: ReplyGuard, reply: str, values: list[str]) -> None:
    checked = ner_guard.check(reply, [])
    for value in values:
        assert value not in checked.text
    word_events = re.findall(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+", reply)
    for chunks in (word_events, list(reply)):
        output = run_stream(ner_guard.stream([]), chunks)
        for value in values:
            assert value not in output, chunks
    own = [v for v in ("Anna Kowalska", "Sophie Martin") if v in reply]
    assert own[0] in run_stream(ner_guard.stream(own), word_events)


@pytest.mark.parametrize(
    "value",
    [
        "amFuZS5kb2VAZXhhbXBsZS5jb20=",
        "jane.doe%40example.com",
        "Jane%20Doe%2C%20jane.doe%40example.com",
    ],
)
def test_shipped_detector_masks_encoded_values_in_replies_and_streams(
    ner_guard: ReplyGuard, value: str
) -> None:
    reply = f"Sure! Her address is {value} if you need it."
    expected = reply.replace(value, "[EMAIL_ADDRESS]")
    assert ner_guard.check(reply, []).text == expected
    word_events = re.findall(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+", reply)
    for chunks in (word_events, list(reply)):
        assert run_stream(ner_guard.stream([]), chunks) == expected, chunks


@pytest.mark.parametrize(
    ("reply", "masked", "kept"),
    [
        (
            "Sure. Anna Nowak lives at ul. Długa 4, 00-238 Warszawa, and Jan Kowalski in Kraków.",
            ["Anna", "Nowak", "Długa", "00-238", "Jan", "Kowalski", "Kraków"],
            [],
        ),
        (
            "Direct trains from Madrid to Lisbon leave on June 2; try a book by Jane Austen.",
            [],
            ["Madrid", "Lisbon", "June 2", "Jane Austen"],
        ),
    ],
)
def test_reply_guard_masks_other_peoples_places_not_the_places_asked_about(
    ner_guard: ReplyGuard, reply: str, masked: list[str], kept: list[str]
) -> None:
    """The reply guard shares the request detector and its policy (the default one): a
    third person's address and home town are masked; places and dates of a travel
    answer, which the request policy did not mask (so they are not in the vault), are
    not. With `mask_all_places` (and the other strict settings) both are masked."""
    checked = ner_guard.check(reply, []).text
    word_events = re.findall(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+", reply)
    streamed = run_stream(ner_guard.stream([]), word_events)
    for text in (checked, streamed):
        assert all(value not in text for value in masked), text
        assert all(value in text for value in kept), text
    strict = build_reply_guard(GuardConfig(), Detector.default(policy=PersonalDataPolicy.strict()))
    strict_text = strict.check(reply, []).text
    assert all(v not in strict_text for v in [*masked, "Madrid", "Lisbon"] if v in reply)


# Name-heavy replies in which, with the name hold of the product settings before the
# sentence hold (`name_sentence_words=0`), one name word the whole-reply check masks went out.
NAME_SENTENCES = [
    (
        "Thanks! The refund went to card 4111 1111 1111 1111 and IBAN DE89 3704 0044 0532 "
        "0130 00. Sophie Martin lives at 12 rue de la Paix, Paris, and John Smith at 221B "
        "Baker Street, London. Good question. The app keeps your drafts locally until you "
        "press send, so nothin",
        "Smith",
    ),
    (
        "Hello there, Thomas Müller from Berlin called, and Jan de Vries will visit. John "
        "Smith from the other team can reach you at (415) 555-2671 tomorrow. Good question. "
        "The app keeps your drafts locally until you press send, so nothin",
        "Berlin",
    ),
]


@pytest.mark.parametrize(("reply", "word"), NAME_SENTENCES, ids=["Smith", "Berlin"])
def test_shipped_ner_model_streams_no_name_word_the_whole_check_masks(
    ner_guard: ReplyGuard, reply: str, word: str
) -> None:
    guard = build_reply_guard(GuardConfig(), ner_guard.detector)
    assert guard.limits.name_sentence_words > 0
    assert word not in guard.check(reply, []).text
    word_events = re.findall(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+", reply)
    for chunks in (word_events, list(reply)):
        assert word not in run_stream(guard.stream([]), chunks), chunks


class FickleModel:
    """A word model that changes its mind: "John" is a name only while no word follows it."""

    name = "fickle"
    labels = frozenset({PERSON})
    priority = 1

    def analyze(self, text: str) -> list[Span]:
        return [
            Span(m.start(), m.start() + 4, PERSON, 0.9, self.name)
            for m in re.finditer(r"\bJohn\s+\S*$", text)  # at most half a word after it
        ]


def test_a_models_earlier_view_of_a_word_still_masks_it() -> None:
    guard = ReplyGuard(Detector([FickleModel()]))
    reply = "Ask Bob John Smith about it."
    assert guard.check(reply, []).text == reply  # seen whole: not a name
    events = ["Ask", " Bob", " John", " Smith", " about", " it", "."]
    # "Bob" was decided while the model still saw "John" as a name: it stays masked.
    assert run_stream(guard.stream([]), events) == "Ask Bob [PERSON] Smith about it."


@pytest.mark.parametrize(
    ("pending", "held"),
    [
        ("and Jan de Vries will", "Jan de Vries will"),  # "de" is no context for "Jan"
        ("and Jan de Vries will ", "Vries will "),
        ("Sure! Here is the plan ", ""),  # sentence starters are not names
        ("ask Anna about", "Anna about"),
    ],
)
def test_held_start_for_names(pending: str, held: str) -> None:
    guard = make_guard()
    candidate = guard._name_candidate()
    assert candidate is not None
    assert pending[held_start(pending, StreamLimits(), candidate) :] == held


@pytest.mark.parametrize(
    ("reply", "needs_model"),
    [
        # Capitalised ordinary words alone: the policy would drop any name the model put
        # on them, so the model is not asked.
        ("Your order has shipped. Shipping takes three days.", False),
        ("Bestellung versandt. Lieferung morgen.", False),
        ("Version 2.3.1 is out, see https://example.com/Anna or write to Anna@example.com", False),
        # Names that are words, places that are words, unknown capitalised words.
        ("Thanks, Rose will call you back.", True),
        ("Reading is lovely in spring.", True),
        ("Ask Kowalska about it.", True),
        # An ordinary word after a cue that introduces a person, or where a place goes.
        ("Please ask Herr Morgen about it.", True),
        ("We moved the parcel to the address you gave.", True),
        # A lower-case known name, with nothing capitalised before it.
        ("ok, fragen sie nach evelyn", True),
        ("ok, ask about the order", False),
        # Acronyms are not names unless a name list knows them as one and no word.
        ("Please confirm the IBAN and PIN by SMS.", False),
        ("Please ask NGUYEN about it.", True),
    ],
)
def test_with_the_policys_lexicon_ordinary_words_need_no_model_call(
    reply: str, needs_model: bool
) -> None:
    names = NameModel()
    policy = PersonalDataPolicy()
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, names], policy=policy))
    guard.check(reply, [])
    assert (names.calls > 0) == needs_model
    # A stream decides the same way, and without a model call it decides inline.
    names.calls = 0
    stream = guard.stream([])
    fed = stream.try_feed(reply + " ")
    assert (fed is None) == needs_model
    assert names.calls == 0


OWN = ["Anna Kowalska", "jan.nowak@example.org"]


@pytest.mark.parametrize(
    ("reply", "needs_model", "expected"),
    [
        # The user's own name, whole or in part, in any case: the judge keeps it anyway.
        ("Thanks, Anna Kowalska! Your order has shipped.", False, None),
        ("Dear Ms Kowalska, thanks.", False, None),
        ("Hi ANNA, sure.", False, None),
        ("Jan Nowak, your parcel is on its way.", False, None),  # words of the own e-mail
        # A cue that introduces the user, or no one at all.
        ("You said: I'm Anna Kowalska, please help.", False, None),
        ("I'm sorry, Anna, the parcel is late.", False, None),
        # Another person, even with the user's first name or surname.
        ("Anna Nowak will call you.", True, "[PERSON] will call you."),
        ("Thanks Anna, Sophie will call you.", True, "Thanks Anna, [PERSON] will call you."),
        ("Kowalska and Marek will call.", True, None),
        # Words of two own values make a name neither holds: the model decides.
        ("Anna Nowak here.", True, "[PERSON] here."),
        # A cue before a word that is not the user's.
        ("My name is Anna Zielinska.", True, None),
        ("Please ask Herr Morgen, Anna.", True, None),
        ("Anna, my name is tom.", True, None),
        # A particle between own words is a name's part only the model can tell.
        ("Anna van Kowalska called.", True, None),
        # A word next to an own word that makes no model run alone (an ordinary word, a
        # lower-case one, a number) may be another person's name or address with it.
        ("Thanks, Anna Morgen will call you.", True, "Thanks, [PERSON] will call you."),
        ("ok, vogel nowak will call you.", True, None),
        ("The parcel for Kowalska 12 came back.", True, None),
        # ... but not a greeting, a sentence word or punctuation.
        ("Dear Anna Kowalska, thanks for waiting.", False, None),
        ("Anna, Morgen is fine.", False, None),
        # A link word after a cue: the name follows it.
        ("Anna, my colleague is bob smith.", True, None),
    ],
)
def test_the_users_own_name_needs_no_model_call(
    reply: str, needs_model: bool, expected: str | None
) -> None:
    names = NameModel()
    guard = ReplyGuard(
        Detector([*Detector.patterns().recognizers, names], policy=PersonalDataPolicy())
    )
    checked = guard.check(reply, OWN)
    assert (names.calls > 0) == needs_model
    if expected is not None:
        assert checked.text == expected
    # A stream decides the same way; without a model call it decides inline.
    names.calls = 0
    stream = guard.stream(OWN)
    fed = stream.try_feed(reply + " ")
    assert (fed is None) == needs_model
    # Whether or not the model ran, the text that goes out is the whole check's.
    stream = guard.stream(OWN)
    assert stream.feed(reply) + stream.flush() == checked.text


@pytest.mark.parametrize(
    "reply", ["my colleague is bob smith.", "mein Kollege ist bob schmidt.", "mój kolega to bob."]
)
def test_a_cue_then_a_link_word_needs_the_model(reply: str) -> None:
    """A relation word, a link word, then a lower-case name: the name is the model's to
    find (the words after the link word are what the cue introduces)."""
    names = NameModel()
    guard = ReplyGuard(
        Detector([*Detector.patterns().recognizers, names], policy=PersonalDataPolicy())
    )
    guard.check(reply, [])
    assert names.calls == 1


def test_own_names_need_the_model_when_the_policy_does_not_match_them_word_by_word() -> None:
    names = NameModel()
    detector = Detector([*Detector.patterns().recognizers, names], policy=PersonalDataPolicy())
    guard = ReplyGuard(detector, ReplyPolicy(partial_match_labels=frozenset()))
    # "Anna" alone is not the user's value "Anna Kowalska" under this policy.
    assert guard.check("Dear Anna, thanks.", OWN).text == "Dear [PERSON], thanks."
    assert names.calls == 1


def test_without_the_policys_lexicon_every_capitalised_word_needs_the_model() -> None:
    names = NameModel()
    guard = ReplyGuard(Detector([*Detector.patterns().recognizers, names]))  # no policy
    guard.check("Shipping takes three days.", [])
    assert names.calls == 1
    guard.check("ok, fragen sie nach evelyn", [])
    assert names.calls == 1


def _gated_guard(names: NameModel) -> tuple[ReplyGuard, SpanCache]:
    cache = SpanCache(b"k" * 32, max_entries=64)
    detector = Detector([*Detector.patterns().recognizers, names], policy=PersonalDataPolicy())
    return ReplyGuard(detector, cache=cache), cache


def test_a_reply_decided_without_the_model_is_remembered_for_its_resend() -> None:
    names = NameModel()
    guard, cache = _gated_guard(names)
    reply = "Your refund to 4111 1111 1111 1111 is on its way."
    assert guard.check(reply, ["4111 1111 1111 1111"]).text == reply
    # The detector's span cache now answers this text: the next request, which resends
    # the reply as history, needs no model call for it either.
    spans = cache.get(cache.key_of(reply))
    assert spans is not None and [s.label for s in spans] == ["CREDIT_CARD"]
    assert names.calls == 0


def test_a_reply_holding_an_own_value_the_patterns_miss_is_not_remembered() -> None:
    guard, cache = _gated_guard(NameModel())
    # "brzęczyszczykiewicz" is the user's own (a name the request's model found, typed in
    # lower case): only the full detector may decide this text when it comes back.
    reply = "ok brzęczyszczykiewicz, your order has shipped."
    assert guard.check(reply, ["brzęczyszczykiewicz"]).text == reply
    assert cache.get(cache.key_of(reply)) is None


@pytest.mark.parametrize("streamed", [False, True], ids=["check", "stream"])
def test_own_names_decided_without_the_model_are_remembered_with_their_labels(
    streamed: bool,
) -> None:
    names = NameModel()
    guard, cache = _gated_guard(names)
    reply = "Thanks Anna, Ms Kowalska's card 4111 1111 1111 1111 is saved."
    own = {"Anna Kowalska": "PERSON", "4111 1111 1111 1111": "CREDIT_CARD"}
    if streamed:
        stream = guard.stream(own)
        out = "".join(stream.feed(w) for w in re.findall(r"\S+\s*", reply)) + stream.flush()
    else:
        out = guard.check(reply, own).text
    assert out == reply and names.calls == 0
    spans = cache.get(cache.key_of(reply))
    assert spans is not None
    assert [(reply[s.start : s.end], s.label) for s in spans] == [
        ("Anna", "PERSON"), ("Kowalska", "PERSON"), ("4111 1111 1111 1111", "CREDIT_CARD")
    ]


def test_a_stream_is_remembered_only_when_the_whole_reply_passes_the_gate() -> None:
    names = NameModel()
    guard, cache = _gated_guard(names)
    own = {"Anna Kowalska": "PERSON", "Jan Nowak": "PERSON"}
    # Each window holds words of one own value; the whole reply holds words of two.
    reply = "Thanks Anna, " + "your order has shipped and will arrive soon. " * 6 + "Nowak"
    stream = guard.stream(own)
    out = "".join(stream.feed(w) for w in re.findall(r"\S+\s*", reply)) + stream.flush()
    assert out == reply and names.calls == 0
    assert cache.get(cache.key_of(reply)) is None  # the full detector decides its resend
    assert guard.check(reply, own).text == reply and names.calls == 1


def test_own_names_without_labels_leave_the_reply_to_the_full_detector() -> None:
    guard, cache = _gated_guard(NameModel())
    reply = "Thanks Anna, your order has shipped."
    assert guard.check(reply, ["Anna Kowalska"]).text == reply  # no labels to remember
    assert cache.get(cache.key_of(reply)) is None


def test_a_stream_decided_without_the_model_is_remembered_whole() -> None:
    names = NameModel()
    guard, cache = _gated_guard(names)
    stream = guard.stream(["4111 1111 1111 1111"])
    chunks = ["Your order ", "was paid with ", "4111 1111 1111 1111 ", "and has shipped."]
    out = "".join(stream.feed(chunk) for chunk in chunks) + stream.flush()
    assert out == "".join(chunks) and names.calls == 0
    spans = cache.get(cache.key_of(out))
    assert spans is not None and [s.label for s in spans] == ["CREDIT_CARD"]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("See https://docs.example.com/guide for details.", None),  # a plain link stays
        ("https://x.example/?card=4111111111111111", "https://x.example/?card=[CREDIT_CARD]"),
        (
            "Pay here: https://x.example/pay?to=jan%40example.org now",
            "Pay here: [EMAIL_ADDRESS] now",
        ),
        (
            "Write: https://x.example/contact?to=someone.else@example.net now",
            "Write: https://x.example/contact?to=[EMAIL_ADDRESS] now",
        ),
        ("https://x.example/users/5500000000000004", "https://x.example/users/[CREDIT_CARD]"),
    ],
    ids=["plain link", "card in a query", "encoded e-mail", "e-mail in a query", "card in a path"],
)
def test_values_inside_an_allowed_link_are_judged(reply: str, expected: str | None) -> None:
    # Links are allowed in replies (GuardConfig's default); what a link carries is not.
    guard = ReplyGuard(Detector.patterns(), ReplyPolicy(per_label={"URL": "allow"}))
    assert guard.check(reply, []).text == (expected or reply)
    stream = guard.stream([])
    assert "".join(stream.feed(char) for char in reply) + stream.flush() == (expected or reply)
    # The session's own card in a link is the user's own.
    own = guard.check("https://x.example/?card=4111111111111111", ["4111111111111111"])
    assert own.text == "https://x.example/?card=4111111111111111"


OWN_MAIL = "anna@example.com"


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # The session's own address, percent-encoded in a link: the user's own, as written plainly.
        ("Unsubscribe: https://x.example/unsubscribe?email=anna%40example.com", None),
        ("Unsubscribe: https://x.example/unsubscribe?email=anna@example.com", None),
        ("Unsubscribe: https://x.example/unsubscribe?email=ANNA%40EXAMPLE.COM", None),
        ("Unsubscribe: https://x.example/u?e=anna%2540example.com", None),  # encoded twice
        ("Your login: anna%40example.com.", None),
        # Another person's value in the same run masks the whole run.
        (
            "Unsubscribe: https://x.example/u?e=anna%40example.com&cc=bob%40example.net ok",
            "Unsubscribe: [EMAIL_ADDRESS] ok",
        ),
        (
            "Unsubscribe: https://x.example/u?e=anna%40example.com&c=5500000000000004 ok",
            "Unsubscribe: [EMAIL_ADDRESS] ok",
        ),
        ("Mail bob%40example.net ok", "Mail [EMAIL_ADDRESS] ok"),
    ],
    ids=["percent", "plain", "upper case", "twice", "bare", "and another", "and a card", "other"],
)
def test_own_value_encoded_in_a_reply_is_the_users_own(reply: str, expected: str | None) -> None:
    guard = ReplyGuard(Detector.patterns(), ReplyPolicy(per_label={"URL": "allow"}))
    assert guard.check(reply, [OWN_MAIL]).text == (expected or reply)
    stream = guard.stream([OWN_MAIL])
    assert run_stream(stream, list(reply)) == (expected or reply)
    # Without the session's address it is masked as before.
    assert OWN_MAIL not in guard.check(reply.replace("%40", "@"), []).text.casefold()


def test_own_value_encoded_with_a_possible_name_is_still_masked() -> None:
    """A run whose decoded text may hold a name is judged as written: the pattern
    recognizers cannot tell a name, and the word model does not run inline."""
    guard = make_guard(ReplyPolicy(per_label={"URL": "allow"}))
    reply = "See Anna%20Kowalska%20anna%40example.com now"
    assert guard.check(reply, [OWN_MAIL]).text == "See [EMAIL_ADDRESS] now"


class WindowSizes:
    """A pattern recognizer (priority 2) that finds nothing and records each text's length."""

    name = "sizes"
    labels = frozenset({"EMAIL_ADDRESS"})
    priority = 2

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def analyze(self, text: str) -> list[Span]:
        self.sizes.append(len(text))
        return []


def test_decisions_without_the_word_model_see_a_shorter_left_context() -> None:
    sizes, names = WindowSizes(), NameModel()
    limits = StreamLimits(context_chars=200, pattern_context_chars=80)
    recognizers = [*Detector.patterns().recognizers, sizes, names]
    detector = Detector(recognizers, policy=PersonalDataPolicy())
    reply = "your order has shipped and will arrive soon, thanks for waiting " * 8
    words = re.findall(r"\S+\s*", reply)
    stream = ReplyGuard(detector, limits=limits).stream([])
    out = "".join(stream.try_feed(word) or "" for word in words) + (stream.try_flush() or "")
    assert out == reply and names.calls == 0
    # Each window: the pattern context, then the text decided and its right margin.
    longest_word = max(len(word) for word in words)
    assert max(sizes.sizes) <= 80 + longest_word + 1
    # With a word model needed, the window keeps the whole context for the model.
    sizes.sizes.clear()
    stream = ReplyGuard(detector, limits=limits).stream([])
    for word in [*words, "Ask ", "Sophie ", "about ", "it. "]:
        stream.feed(word)
    stream.flush()
    assert names.calls > 0 and max(sizes.sizes) > limits.context_chars


@pytest.mark.parametrize(
    ("reply", "own", "masked"),
    [
        # Another person who shares the user's first name or surname; the other word
        # makes no model run on its own (an ordinary word, a lower-case name).
        ("byłam u Piotra Wróbla i tam też nie działa", "Piotra Zabłocka", ["Wróbla"]),
        ("Thanks, Anna Morgen will call you tomorrow.", "Anna Kowalska", ["Morgen"]),
        ("who is george hughes? they emailed me asking for my card", "Zofia Hughes", ["hughes"]),
        # ... and through a surname's particles.
        ("question answer: olpe. name: alex van evelingen", "Zofia evelingen", ["evelingen"]),
        # A lower-case name after a relation word and a link word.
        ("Anna, my colleague is bob smith and he will call.", "Anna Kowalska", ["bob", "smith"]),
        ("my colleague is bob smith and he will call.", "", ["bob", "smith"]),
    ],
)
def test_shipped_ner_model_masks_another_person_beside_the_users_own_name(
    ner_guard: ReplyGuard, reply: str, own: str, masked: list[str]
) -> None:
    """The gate skips the model only when every name it could find is the user's own: a
    name word next to an own word, or after a cue and a link word, makes it run."""
    owns = {own: "PERSON"} if own else {}
    word_events = re.findall(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+", reply)
    outputs = [ner_guard.check(reply, owns).text]
    outputs += [run_stream(ner_guard.stream(owns), c) for c in (word_events, list(reply))]
    for output in outputs:
        assert all(value not in output for value in masked), output


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        (
            "The password for the shared admin account that the whole support team uses every "
            "single day is: Tr0ub4dor&3 so keep it safe.",
            "Tr0ub4dor&3",
        ),
        (
            "Here is the AWS configuration that the deployment pipeline of the staging "
            "environment reads at start: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY done.",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ),
    ],
)
def test_a_stream_without_the_word_model_sees_the_patterns_whole_look_back(
    reply: str, value: str
) -> None:
    """The pattern recognizers look up to 120 characters back (a password word before a
    password-shaped token, "AWS" within 100 of a secret key): a stream decision that runs
    them alone must show them that much, or a stream lets out what the whole check masks."""
    guard = ReplyGuard(Detector.patterns())
    assert value not in guard.check(reply, []).text
    word_events = re.findall(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+", reply)
    for chunks in (word_events, list(reply)):
        assert value not in run_stream(guard.stream([]), chunks), chunks
