"""Encoded runs: values percent-encoded, in base64 or hex are masked as one span over the run."""

from __future__ import annotations

import base64
import hashlib
import random
import uuid
from urllib.parse import quote

import pytest

from piiguard._types import Span
from piiguard.detection.encoded import (
    encoded_runs,
    encoded_spans,
    looks_like_text,
    supersede,
)
from piiguard.detection.engine import Detector
from piiguard.exceptions import ConfigError
from tests.detection._found import Found

DETECTOR = Detector.patterns()
PLAIN = Detector.patterns(decode_levels=0)
EMAIL = "jane.doe@example.com"


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def pct_all(value: str) -> str:
    """Every byte percent-encoded (`%4A%61...`)."""
    return "".join(f"%{byte:02X}" for byte in value.encode())


found = Found(DETECTOR)


# (text with {v}, the encoded value, label)
ENCODED = [
    ("write to {v} please", "jane.doe%40example.com", "EMAIL_ADDRESS"),
    ("write to {v}.", quote(EMAIL, safe=""), "EMAIL_ADDRESS"),
    ("write to {v}.", pct_all(EMAIL), "EMAIL_ADDRESS"),
    ("write to {v}, thanks", pct_all(EMAIL).lower(), "EMAIL_ADDRESS"),
    ("link: {v}", "mailto:jane.doe%40example.com", "EMAIL_ADDRESS"),
    ("double: {v}", quote(quote(EMAIL, safe=""), safe=""), "EMAIL_ADDRESS"),
    ("token {v} ok", b64(EMAIL), "EMAIL_ADDRESS"),
    ("token {v} ok", b64(EMAIL).rstrip("="), "EMAIL_ADDRESS"),
    ("token {v} ok", b64url("jane.doe+chat~?@example.com"), "EMAIL_ADDRESS"),  # has _
    ("token {v} ok", b64url("j.doe~?@example.org"), "EMAIL_ADDRESS"),  # has -
    ("token {v} ok", b64(quote(EMAIL, safe="")), "EMAIL_ADDRESS"),
    ("hex {v} ok", EMAIL.encode().hex(), "EMAIL_ADDRESS"),
    ("hex {v} ok", EMAIL.encode().hex().upper(), "EMAIL_ADDRESS"),
    ("call {v}", b64("+44 20 7946 0958"), "PHONE_NUMBER"),
    ("card {v}", b64("4111 1111 1111 1111"), "CREDIT_CARD"),
    ("pay {v}", quote("DE89 3704 0044 0532 0130 00"), "IBAN_CODE"),
    ("id {v}", b"my ssn is 536-22-1234".hex(), "US_SSN"),
    ("see {v}", b64(EMAIL).rstrip("=") + "%3D", "EMAIL_ADDRESS"),  # padding as %3D
    ("{v}", "q=jane.doe%40example.com", "EMAIL_ADDRESS"),  # the whole token
    ("see {v} now", "https://x.example/u/" + b64url(EMAIL) + "/view", "URL"),
    # HTML character references: numeric (decimal, hex) and named
    ("write to {v} please", "jane.doe&#64;example.com", "EMAIL_ADDRESS"),
    ("write to {v}.", "jane.doe&#x40;example.com", "EMAIL_ADDRESS"),
    ("write to {v}.", "jane.doe&commat;example.com", "EMAIL_ADDRESS"),
    ("write to {v}", "".join(f"&#{ord(c)};" for c in EMAIL), "EMAIL_ADDRESS"),
    ("mail {v}", "&lt;jane.doe&#64;example.com&gt;", "EMAIL_ADDRESS"),  # ends in ';'
    ("card {v} ok", "4111&#32;1111&#32;1111&#32;1111", "CREDIT_CARD"),
    ("card {v} ok", "&#x34;111111111111111", "CREDIT_CARD"),
    ("card {v} ok", "4111&nbsp;1111&nbsp;1111&nbsp;1111", "CREDIT_CARD"),
    ("double: {v}", "jane.doe&#37;40example.com", "EMAIL_ADDRESS"),  # html of percent
    # backslash escapes of a string literal (JSON written into a string)
    ("write to {v} please", "jane.doe\\u0040example.com", "EMAIL_ADDRESS"),
    ('{{"to": "{v}"}}', "jane.doe\\u0040example.com", "EMAIL_ADDRESS"),
    ("write to {v}.", "jane.doe\\x40example.com", "EMAIL_ADDRESS"),
    ('{{"card": "{v}"}}', "4111\\u00201111\\u00201111\\u00201111", "CREDIT_CARD"),
    ("card {v} ok", "\\u0034\\u0031\\u0031\\u0031111111111111", "CREDIT_CARD"),
]


@pytest.mark.parametrize(("template", "value", "label"), ENCODED)
def test_an_encoded_value_is_one_span_over_the_whole_run(
    template: str, value: str, label: str
) -> None:
    text = template.format(v=value)
    assert found(text) == [(label, value)]


def test_percent_encoded_email_no_longer_leaks_its_local_part() -> None:
    text = "mail jane.doe%40example.com"
    assert found(text, PLAIN) == [("URL", "40example.com")]  # what the raw text gives
    assert found(text) == [("EMAIL_ADDRESS", "jane.doe%40example.com")]


def test_a_url_around_an_encoded_value_stays_one_url_span() -> None:
    text = "open https://shop.example.com/?email=jane.doe%40example.com&x=1 now"
    assert found(text) == [("URL", "https://shop.example.com/?email=jane.doe%40example.com&x=1")]


def test_encoded_runs_carry_their_decoded_text_and_offsets() -> None:
    text = f"a {b64(EMAIL)} b jane%40x.example c {EMAIL.encode().hex()}"
    runs = encoded_runs(text)
    assert sorted((r.encoding, r.decoded) for r in runs) == [
        ("base64", EMAIL),
        ("hex", EMAIL),
        ("percent", "jane@x.example"),
    ]
    for run in runs:
        assert text[run.start : run.end] in (b64(EMAIL), "jane%40x.example", EMAIL.encode().hex())


_RNG = random.Random(20261205)
# Ordinary text and identifiers that are valid base64/hex runs but hold no value.
CLEAN = [
    "the internationalization of counterrevolutionaries",
    "Unfortunately, Notwithstanding, Incomprehensibilities",
    "cobalt-lantern-meadow-prism-sonnet and anvil-bucket-gasket-pedal-winch",
    "commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "sha1 " + hashlib.sha1(b"x").hexdigest() + " md5 " + hashlib.md5(b"x").hexdigest(),
    "request id 123e4567-e89b-12d3-a456-426614174000 failed",
    "trace " + uuid.UUID(int=_RNG.getrandbits(128)).hex,
    "order 4000123456789012345 and 31323334353637383940",
    "https://www.example.com/search?q=red%20shoes&page=2",
    "100% sure, 50%OFF, 20%20 off",
    "/usr/local/lib/python3.11/site-packages/piiguard/detection",
    "api key " + base64.b64encode(_RNG.randbytes(32)).decode(),
    "session " + base64.urlsafe_b64encode(_RNG.randbytes(24)).decode(),
    "encoded but nothing personal: " + b64("hello there, how are you?"),
    "hex but nothing personal: " + b"the weather is fine".hex(),
    "percent but nothing personal: hello%20world%21",
    "Tom &amp; Jerry, &lt;b&gt;bold&lt;/b&gt; &amp;&amp; &copy; 2024 &mdash; R&amp;D",
    "https://www.example.com/search?q=red&amp;page=2&amp;sort=price",
    "entities but nothing personal: " + "".join(f"&#{ord(c)};" for c in "hello there"),
    "AT&amp;T and Q&amp;A, fish &amp chips, x &lt; 5 &amp;&amp; y &gt; 3",
    "escapes but nothing personal: caf\\u00e9 na\\u00efve \\ud83d\\ude00 C:\\x41pps\\new",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_span_on_ordinary_words_ids_hashes_and_clean_encodings(text: str) -> None:
    spans = DETECTOR.detect(text)
    assert not [s for s in spans if s.source.startswith("encoded")]
    assert spans == PLAIN.detect(text)


def test_random_words_and_identifiers_never_become_encoded_spans() -> None:
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    samples = [
        *(hashlib.sha256(str(i).encode()).hexdigest() for i in range(300)),
        *(str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(300)),
        *(base64.b64encode(rng.randbytes(rng.randint(9, 40))).decode() for _ in range(300)),
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(12, 40))) for _ in range(300)),
        *(str(rng.randrange(10**11, 10**20)) for _ in range(300)),
    ]
    for sample in samples:
        spans = DETECTOR.detect(f"value {sample} here")
        assert not [s for s in spans if s.source.startswith("encoded")], sample


@pytest.mark.parametrize(
    ("decoded", "text"),
    [
        (EMAIL, True),
        ("José García, Calle Mayor 5", True),
        ("+44 20 7946 0958", True),
        ("\x93\x1c~k\x02abc", False),  # control characters: binary
        ("ab", False),  # too short to hold a value
        ("$%^&*()!@#$%^&*", False),  # no words
        ("日本語のテキストです", False),  # mostly non-ASCII: not a language we serve
    ],
)
def test_looks_like_text(decoded: str, text: bool) -> None:
    assert looks_like_text(decoded) is text


def test_nothing_encoded_costs_no_decoding() -> None:
    calls: list[list[str]] = []

    def detect_many(texts: list[str]) -> list[list[Span]]:
        calls.append(texts)
        return [[] for _ in texts]

    assert encoded_spans("hi, how are you today? order 12345", detect_many, {}) == []
    assert calls == []


def test_decoding_stops_after_the_configured_levels() -> None:
    twice = b64(b64(EMAIL))
    assert found(f"x {twice}") == [("EMAIL_ADDRESS", twice)]
    thrice = b64(b64(b64(EMAIL)))
    assert found(f"x {thrice}") == []  # MAX_DECODE_LEVELS = 2
    one = Detector.patterns(decode_levels=1)
    assert found(f"x {twice}", one) == []
    assert found(f"x {b64(EMAIL)}", one) == [("EMAIL_ADDRESS", b64(EMAIL))]


def test_decode_levels_is_checked_at_start() -> None:
    with pytest.raises(ConfigError):
        Detector.patterns(decode_levels=3)
    with pytest.raises(ConfigError):
        Detector.patterns(decode_levels=-1)


def test_batch_finds_encoded_values_like_single_calls() -> None:
    texts = [f"a {b64(EMAIL)}", "", "plain anna.k@example.org", "x jane.doe%40example.com"]
    assert DETECTOR.detect_batch(texts) == [DETECTOR.detect(t) for t in texts]


def test_disabled_labels_stay_disabled_in_decoded_text() -> None:
    detector = Detector.patterns(disabled_labels={"EMAIL_ADDRESS", "URL"})
    assert detector.detect(f"x {b64(EMAIL)} jane.doe%40example.com") == []


@pytest.mark.parametrize(
    ("raw", "encoded", "expected"),
    [
        # a raw fragment inside the run is replaced by the run
        ([(9, 22, "URL")], [(0, 22, "EMAIL_ADDRESS")], [(0, 22, "EMAIL_ADDRESS")]),
        # a raw span covering the whole run stays
        ([(0, 40, "URL")], [(10, 22, "EMAIL_ADDRESS")], [(0, 40, "URL")]),
        # a raw span crossing the run's edge: the run grows over it
        ([(0, 12, "PERSON")], [(10, 22, "EMAIL_ADDRESS")], [(0, 22, "EMAIL_ADDRESS")]),
        # raw spans elsewhere are kept
        (
            [(30, 35, "PERSON")],
            [(0, 22, "EMAIL_ADDRESS")],
            [(0, 22, "EMAIL_ADDRESS"), (30, 35, "PERSON")],
        ),
        # overlapping runs: the longest wins
        ([], [(0, 22, "EMAIL_ADDRESS"), (2, 20, "PHONE_NUMBER")], [(0, 22, "EMAIL_ADDRESS")]),
    ],
)
def test_supersede_rule(
    raw: list[tuple[int, int, str]],
    encoded: list[tuple[int, int, str]],
    expected: list[tuple[int, int, str]],
) -> None:
    spans = supersede(
        [Span(s, e, label, 0.9, "r") for s, e, label in raw],
        [Span(s, e, label, 1.0, "encoded_base64") for s, e, label in encoded],
    )
    assert [(s.start, s.end, s.label) for s in spans] == expected


# Values spelt out one character at a time: each is one span over the whole run.
SPACED = [
    ("card: {}", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "CREDIT_CARD"),
    ("card: {}", "4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "CREDIT_CARD"),
    ("card {} thanks", "4 1 1 1  1 1 1 1  1 1 1 1  1 1 1 1", "CREDIT_CARD"),
    ("mail {}", "a n n a . k o w a l s k i @ e x a m p l e . o r g", "EMAIL_ADDRESS"),
    ("phone: {}", "+4 4 2 0 7 9 4 6 0 9 5 8", "PHONE_NUMBER"),
    ("call me on {}", "6 0 1 2 3 4 5 6 7", "PHONE_NUMBER"),
    ("my iban is {}", "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0", "IBAN_CODE"),
    ("password: {}", "h-u-n-t-e-r-2-2-x", "CREDENTIAL"),
]


@pytest.mark.parametrize(("template", "value", "label"), SPACED)
def test_a_value_spelt_out_is_one_span_over_the_run(template: str, value: str, label: str) -> None:
    text = template.format(value)
    spans = DETECTOR.detect(text)
    assert [(text[s.start : s.end], s.label) for s in spans] == [(value, label)]
    if label != "CREDENTIAL":  # a password after its word is the credential rule's anyway
        assert spans[0].source == "encoded_spaced"


@pytest.mark.parametrize(
    "text",
    [
        "x = a + b * c - d",
        "version 1.2.3.4.5.6 crashes",
        "press 1 2 3 4 5 6 on the keypad",
        "S O S please help, the word is s p a c e d out",
        ". . . . . . and - - - - - -",
        "| a | b | c | d | e | f |",
        "e.g. a b c, i.e. x y z",
    ],
)
def test_spelt_out_text_without_a_value_is_left_alone(text: str) -> None:
    assert DETECTOR.detect(text) == PLAIN.detect(text) == []


def test_a_spelt_out_run_keeps_its_left_words_as_context_only() -> None:
    # The words before the run help the recognizers score it; a value inside them is
    # the raw text's own span, not a reason to mask the run.
    [run] = encoded_runs("mail jane.doe@example.com then 1 2 3 4 5 6")
    assert run.encoding == "spaced" and run.decoded.endswith("123456")
    assert run.decoded[: run.context] + "123456" == run.decoded
    text = "mail jane.doe@example.com then 1 2 3 4 5 6"
    assert [(text[s.start : s.end], s.label) for s in DETECTOR.detect(text)] == [
        (EMAIL, "EMAIL_ADDRESS")
    ]


def test_a_name_spelt_out_is_found_by_the_model() -> None:
    detector = Detector.default()
    for text, value in [
        ("my name is A n n a K o w a l s k i", "A n n a K o w a l s k i"),
        ("I am J o h n  S m i t h", "J o h n  S m i t h"),
        ("my name is A-n-n-a K-o-w-a-l-s-k-i", "A-n-n-a K-o-w-a-l-s-k-i"),
    ]:
        assert [(text[s.start : s.end], s.label) for s in detector.detect(text)] == [
            (value, "PERSON")
        ]


# Words joined by underscores into one identifier: read as words, masked as one span.
def test_a_value_inside_an_underscore_identifier_is_one_span_over_it() -> None:
    for text, value, label in [
        ("ref anna_kowalski_4111111111111111 ok", "anna_kowalski_4111111111111111", "CREDIT_CARD"),
        ("pay with 4111111111111111_anna ok", "4111111111111111_anna", "CREDIT_CARD"),
        ("iban_DE89370400440532013000.", "iban_DE89370400440532013000", "IBAN_CODE"),
    ]:
        assert found(text) == [(label, value)], text
    # an address with an underscore in it stays the address
    assert found("mail anna_kowalski@example.org") == [
        ("EMAIL_ADDRESS", "anna_kowalski@example.org")
    ]


def test_a_detector_for_protocol_strings_reads_identifiers_as_they_are() -> None:
    ids = Detector.patterns(joined_words=False)
    assert found("call_4111111111111111", ids) == []
    assert found("call_4111111111111111") == [("CREDIT_CARD", "call_4111111111111111")]
    assert found("user_jane.doe%40example.com", ids) == [
        ("EMAIL_ADDRESS", "user_jane.doe%40example.com")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "my_variable_name = get_user_id(user_name) in snake_case",
        "see report_final_v2.pdf and __init__.py, then run make_all_targets",
        "the order_id_2024 and build_1234567 failed",
    ],
)
def test_underscore_identifiers_without_a_value_are_left_alone(text: str) -> None:
    assert DETECTOR.detect(text) == PLAIN.detect(text) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # code: no digits enough for a value, no name among the words: not read (each
        # identifier read is one more pass of the detector, the model included)
        ("def get_user_1(user_id, table_name): return fetch_row(self_ref)", []),
        ("read_self main_list order_12345", []),
        # a first name, two names that are no words, or digits enough: read
        ("Anna_Kowalski", ["Anna_Kowalski"]),
        ("ANNA_KOWALSKI", ["ANNA_KOWALSKI"]),
        ("kowalski_nowak", ["kowalski_nowak"]),
        ("ref anna_kowalski_4111111111111111", ["anna_kowalski_4111111111111111"]),
        ("acct_551029", ["acct_551029"]),
    ],
)
def test_only_identifiers_that_can_hide_a_value_are_read(text: str, read: list[str]) -> None:
    runs = [r for r in encoded_runs(text) if r.encoding == "joined"]
    assert [text[r.start : r.end] for r in runs] == read


def test_a_name_joined_by_underscores_is_found_by_the_model() -> None:
    detector = Detector.default()
    for text, value, label in [
        ("Anna_Kowalski", "Anna_Kowalski", "PERSON"),
        ("Hi, I am Anna_Kowalski.", "Anna_Kowalski", "PERSON"),
        ("anna_kowalski_4111111111111111", "anna_kowalski_4111111111111111", "CREDIT_CARD"),
    ]:
        assert [(text[s.start : s.end], s.label) for s in detector.detect(text)] == [
            (value, label)
        ], text
