"""Restore: exact placeholders and the variants models write; streaming holds back only
what could still become one, and equals the whole-text restore at every chunking."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piiguard.restoring import StreamRestorer, restore, restore_pieces

MAPPING = {"<PERSON_1>": "Anna Kowalski", "<EMAIL_ADDRESS_12>": "anna@example.org"}
TEXT = "Dear <PERSON_1>, we wrote to <EMAIL_ADDRESS_12> < not a tag <b> and <UNKNOWN_3>."
EXPECTED = "Dear Anna Kowalski, we wrote to anna@example.org < not a tag <b> and <UNKNOWN_3>."


def run(chunks: list[str]) -> list[str]:
    restorer = StreamRestorer(MAPPING)
    return [restorer.feed(c) for c in chunks] + [restorer.flush()]


@pytest.mark.parametrize("cut", range(len(TEXT) + 1))
def test_every_split_position(cut: int) -> None:
    assert "".join(run([TEXT[:cut], TEXT[cut:]])) == EXPECTED


def test_one_character_chunks() -> None:
    assert "".join(run(list(TEXT))) == EXPECTED


def test_holds_back_only_a_possible_placeholder_tail() -> None:
    out = run(["Dear <PER", "SON_1> ok"])
    assert out == ["Dear ", "Anna Kowalski ok", ""]
    # Text that cannot become a placeholder is emitted at once. ("a < b" could: the
    # labels known in the process grow, and "< BE_NATIONAL_NUMBER_1>" starts so.)
    assert run(["a < 5", " c"]) == ["a < 5", " c", ""]
    assert run(["x <lower"]) == ["x <lower", ""]


def test_hold_back_is_bounded() -> None:
    restorer = StreamRestorer(MAPPING, max_hold=8)
    assert restorer.feed("<AAAAAAAAAAAAAAAA") == "<AAAAAAAAAAAAAAAA"


def test_no_mapping_passes_through() -> None:
    restorer = StreamRestorer({})
    assert restorer.feed("<PERSON_") == "<PERSON_"


# -- the variants models write ---------------------------------------------------
# The session's own placeholders, labels with and without underscores.
OWN = {
    "<PERSON_1>": "Anna Kowalski",
    "<EMAIL_ADDRESS_12>": "anna@example.org",
    "<US_SSN_2>": "536-22-1234",
}
# (as the model wrote it, the value it names)
VARIANTS = [
    ("<PERSON_1>", "Anna Kowalski"),
    ("PERSON_1", "Anna Kowalski"),
    ("PERSON-1", "Anna Kowalski"),
    ("<person_1>", "Anna Kowalski"),
    ("<Person_1>", "Anna Kowalski"),
    ("< PERSON_1 >", "Anna Kowalski"),
    ("<  PERSON_1  >", "Anna Kowalski"),
    ("<PERSON 1>", "Anna Kowalski"),
    ("<person 1>", "Anna Kowalski"),
    ("<PERSON-1>", "Anna Kowalski"),
    ("<PERSON1>", "Anna Kowalski"),
    ("[PERSON_1]", "Anna Kowalski"),
    ("[ PERSON 1 ]", "Anna Kowalski"),
    ("{PERSON_1}", "Anna Kowalski"),
    ("(PERSON_1)", "Anna Kowalski"),
    ("(PERSON-1)", "Anna Kowalski"),
    ("«PERSON_1»", "Anna Kowalski"),
    ("<<PERSON_1>>", "Anna Kowalski"),
    ("[[PERSON_1]]", "Anna Kowalski"),
    ("{{PERSON_1}}", "Anna Kowalski"),
    ("((PERSON_1))", "Anna Kowalski"),
    ("&lt;PERSON_1&gt;", "Anna Kowalski"),
    ("&lt;person 1&gt;", "Anna Kowalski"),
    ("\\u003cPERSON_1\\u003e", "Anna Kowalski"),
    ("<EMAIL_ADDRESS_12>", "anna@example.org"),
    ("EMAIL_ADDRESS_12", "anna@example.org"),
    ("EMAIL-ADDRESS-12", "anna@example.org"),
    ("<email address 12>", "anna@example.org"),
    ("<Email-Address_12>", "anna@example.org"),
    ("[EMAIL ADDRESS 12]", "anna@example.org"),
    ("{{EMAIL_ADDRESS_12}}", "anna@example.org"),
    ("&lt;EMAIL_ADDRESS_12&gt;", "anna@example.org"),
    ("US_SSN_2", "536-22-1234"),
    ("<us ssn 2>", "536-22-1234"),
    ("(US-SSN-2)", "536-22-1234"),
]
# The same forms for placeholders this session does not hold: another label, another
# number. They stay exactly as typed.
FOREIGN = [
    typed.replace("PERSON", "PHONE_NUMBER").replace("person", "phone number")
    for typed, _ in VARIANTS
    if "PERSON" in typed or "person" in typed
] + [
    "<PERSON_2>", "PERSON_2", "<person_2>", "[PERSON_2]", "{PERSON_2}", "(PERSON_2)",
    "<<PERSON_2>>", "&lt;PERSON_2&gt;", "<PERSON 2>", "PERSON-2", "«PERSON_2»",
    "<PERSON_12>", "PERSON_12", "<PERSON_10>", "[PERSON_11]", "<EMAIL_ADDRESS_1>",
    "EMAIL_ADDRESS_1", "<US_SSN_1>", "<SSN_2>", "SSN_2", "<PERSON_01>",
]  # fmt: skip
# Prose and code that merely resemble a placeholder: never restored.
ORDINARY = [
    "Person 1 and Person 2 are examples",
    "(Person 1) said so",
    "PERSON 1 AND PERSON 2",
    "PERSON",
    "a PERSON_ placeholder",
    "person_1 = load()",
    "f'{person_1}'",
    "data[person_1]",
    "MY_PERSON_1",
    "MY_PERSON_1_X",
    "PERSON_1_X",
    "PERSON_1X",
    "PERSON_1-based",
    "x-PERSON_1",
    "PERSON_1é",
    "the EMAIL ADDRESS 12 field",
    "email_address_12",
    "<person_1",
    "[person_1]",
    "<PERSON__1>",
    "<PERSON   1>",
    "<   person_1>",
    "<PER SON_1>",
    "<person_one>",
]


def stream(text: str, chunks: list[int], mapping: dict[str, str] | None = None) -> str:
    """`text` streamed in pieces of the given sizes (cycled), restored."""
    restorer = StreamRestorer(OWN if mapping is None else mapping)
    out, pos, i = [], 0, 0
    while pos < len(text):
        size = chunks[i % len(chunks)]
        out.append(restorer.feed(text[pos : pos + size]))
        pos, i = pos + size, i + 1
    return "".join(out) + restorer.flush()


def every_split(text: str, mapping: dict[str, str] | None = None) -> set[str]:
    results = set()
    for cut in range(len(text) + 1):
        restorer = StreamRestorer(OWN if mapping is None else mapping)
        results.add(restorer.feed(text[:cut]) + restorer.feed(text[cut:]) + restorer.flush())
    return results


@pytest.mark.parametrize(("typed", "value"), VARIANTS)
def test_variant_restored_whole_and_streamed(typed: str, value: str) -> None:
    text = f"Dear {typed}, thanks. {typed}"
    expected = f"Dear {value}, thanks. {value}"
    assert restore(text, OWN) == expected
    assert every_split(text) == {expected}
    for sizes in ([1], [2], [3, 1], [5, 2, 7]):
        assert stream(text, sizes) == expected


@pytest.mark.parametrize("typed", FOREIGN)
def test_another_sessions_placeholder_restores_nothing(typed: str) -> None:
    text = f"Dear {typed}, thanks."
    assert restore(text, OWN) == text
    assert every_split(text) == {text}
    assert stream(text, [1]) == text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_that_resembles_a_placeholder_stays(text: str) -> None:
    assert restore(text, OWN) == text
    assert every_split(text) == {text}


def test_sse_like_event_sequence() -> None:
    # What an OpenAI stream's delta.content pieces look like when the model mangles.
    deltas = ["Hi", " [", "PERS", "ON", "_1", "],", " mail", " <", "email", " address", " 12",
              ">", " or", " PERSON", "_", "1", "2", "? ", "US_SSN", "_2", ""]  # fmt: skip
    restorer = StreamRestorer(OWN)
    out = [restorer.feed(d) for d in deltas] + [restorer.flush()]
    assert "".join(out) == "Hi Anna Kowalski, mail anna@example.org or PERSON_12? 536-22-1234"
    # Nothing is held longer than it could still become a variant.
    assert out[:4] == ["Hi", " ", "", ""]
    assert out[6] == " mail"
    assert out[-2:] == ["", "536-22-1234"]


def test_bare_token_held_until_the_next_character_shows_a_whole_word() -> None:
    restorer = StreamRestorer(OWN)
    assert restorer.feed("hi PERSON_1") == "hi "
    assert restorer.pending == "PERSON_1"
    assert restorer.feed(". ok") == "Anna Kowalski. ok"
    restorer = StreamRestorer(OWN)
    assert restorer.feed("hi PERSON_1") == "hi "
    assert restorer.feed("2 ok") == "PERSON_12 ok"
    restorer = StreamRestorer(OWN)
    assert restorer.feed("MY_") == "MY_"
    assert restorer.feed("PERSON_1 ok") == "PERSON_1 ok"  # part of MY_PERSON_1
    restorer = StreamRestorer(OWN)
    assert restorer.feed("PERSON_1-") == ""
    assert restorer.feed("x") == "PERSON_1-x"
    restorer = StreamRestorer(OWN)
    assert restorer.feed("PERSON_1") == ""
    assert restorer.flush() == "Anna Kowalski"


@pytest.mark.parametrize(
    ("chunk", "emitted", "held"),
    [
        ("Peter said", "Peter said", ""),
        ("ok (", "ok ", "("),
        ("ok (see", "ok (see", ""),
        ("ok (Person", "ok (Person", ""),  # other brackets need the label in upper case
        ("ok <Person", "ok ", "<Person"),
        ("ok &l", "ok ", "&l"),
        ("ok &amp;", "ok &amp;", ""),
        ("x PERS", "x ", "PERS"),
        ("x PERSONAL", "x PERSONAL", ""),
        ("xPERSON_1", "xPERSON_1", ""),
        ("<PERSON_1>", "Anna Kowalski", ""),
        ("<<PERSON_1>", "", "<<PERSON_1>"),
        ("[[PERSON_1]", "", "[[PERSON_1]"),
        ("<PERSON_1 ", "", "<PERSON_1 "),
        ("<EMAIL ADDRESS", "", "<EMAIL ADDRESS"),
        ("<EMAIL ADDRESS_12>", "anna@example.org", ""),
    ],
)
def test_holds_back_only_what_could_still_become_a_variant(
    chunk: str, emitted: str, held: str
) -> None:
    restorer = StreamRestorer(OWN)
    assert restorer.feed(chunk) == emitted
    assert restorer.pending == held


def test_escaped_forms_insert_the_value_escaped_the_same_way() -> None:
    mapping = {"<PERSON_1>": 'Zoë "Z" O\'Neil & <co>'}
    assert restore("a &lt;PERSON_1&gt; b", mapping) == 'a Zoë "Z" O\'Neil &amp; &lt;co&gt; b'
    escaped = restore('{"name": "\\u003cPERSON_1\\u003e"}', mapping)
    assert json.loads(escaped) == {"name": 'Zoë "Z" O\'Neil & <co>'}
    assert restore("<PERSON_1>", mapping) == 'Zoë "Z" O\'Neil & <co>'


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("<PERSON_1", "<Anna Kowalski"),
        ("[PERSON_1>", "[Anna Kowalski>"),
        ("<   PERSON_1>", "<   Anna Kowalski>"),
        ("[<PERSON_1>]", "[Anna Kowalski]"),
        ("<<PERSON_1>", "<Anna Kowalski"),
    ],
)
def test_unbalanced_brackets_restore_the_token_inside(typed: str, restored: str) -> None:
    # Not a bracketed variant, but the upper-case token inside is a bare variant.
    assert restore(typed, OWN) == restored
    assert every_split(typed) == {restored}


def test_labels_sharing_words_each_map_to_their_own_value() -> None:
    mapping = {"<US_SSN_2>": "us", "<SSN_2>": "plain", "<PERSON_1>": "p"}
    assert restore("US_SSN_2 SSN_2 [US SSN 2] <ssn 2> MY_SSN_2 US-SSN_2", mapping) == (
        "us plain us plain MY_SSN_2 us"
    )


def test_a_typed_lookalike_comes_back_as_typed_not_as_the_value() -> None:
    # The masker stores a placeholder the user typed as a PLACEHOLDER value; the bot
    # may mangle that one too, and it restores to the text typed, never further.
    mapping = {"<PLACEHOLDER_1>": "<PERSON_1>", "<PERSON_1>": "Anna Kowalski"}
    assert restore("PLACEHOLDER_1 is <PERSON_1>", mapping) == "<PERSON_1> is Anna Kowalski"
    assert stream("[PLACEHOLDER_1] is PERSON_1", [1], mapping) == "<PERSON_1> is Anna Kowalski"


def test_only_placeholder_keys_are_restored() -> None:
    # Keys that are not placeholders (no brackets, lower case) never match anything.
    assert restore("PERSON_1 <person_1> x", {"PERSON_1": "A", "<person_1>": "B"}) == (
        "PERSON_1 <person_1> x"
    )
    assert StreamRestorer({"PERSON_1": "A"}).feed("PERSON_1") == "PERSON_1"


# -- random chunkings: the stream equals the whole-text restore ---------------------
PIECES = st.sampled_from(
    [typed for typed, _ in VARIANTS] + FOREIGN + ORDINARY
    + [" ", "\n", ".", "-", "_", "<", ">", "[", "]", "(", "&", "\\", "PERSON", "1", "12", "x"]
    + ["MY_", "a-", "-b", "é", "PERSON_1", "US_SSN_2", "EMAIL-ADDRESS-12"] * 3
)  # fmt: skip
# And a small alphabet of the pieces whose joins decide a match, so they meet often.
JOINS = st.sampled_from(
    ["a-", "MY_", "_X", "-b", "-", " ", "2", "<", ">", "[", "]", "«", "»", "&lt;", "&gt;",
     "\\u003c", "\\u003e", "PERSON_1", "PERSON-1", "person 1", "US_SSN_2", "EMAIL ADDRESS"]
)  # fmt: skip
REPLIES = st.one_of(
    st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=12).map("".join),
    st.lists(JOINS, max_size=10).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(REPLIES, st.data())
def test_streamed_output_equals_the_whole_text_restore(text: str, data: st.DataObject) -> None:
    # Cut after each character or not, at random: any chunking.
    cuts = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    restorer = StreamRestorer(OWN)
    out, start = [], 0
    for end, cut in enumerate(cuts, 1):
        if cut:
            out.append(restorer.feed(text[start:end]))
            start = end
    out.append(restorer.feed(text[start:]))
    # Only a possible variant waits: it starts like one (a bracket, or the capital that
    # starts a label: one regex serves every label this process has seen) and is short.
    held = restorer.pending
    assert not held or ((held[0] in "<&\\[{(«" or held[0].isupper()) and len(held) <= 64)
    out.append(restorer.flush())
    assert "".join(out) == restore(text, OWN)


# -- neighbouring pieces of one text (content parts, the chunks of an array) -------
# (pieces, restored pieces): a placeholder split over pieces comes back whole, in the
# piece where it starts; text around it stays in its own piece.
PIECES: list[tuple[list[str], list[str]]] = [
    (["Dear <PER", "SON_1>, hi"], ["Dear Anna Kowalski", ", hi"]),
    (["mail <EMAIL_", "ADDRE", "SS_12> now"], ["mail anna@example.org", "", " now"]),
    (["<PERSON_1>", " and ", "<EMAIL_ADDRESS_12>"],
     ["Anna Kowalski", " and ", "anna@example.org"]),
    (["a < 5", " c"], ["a < 5", " c"]),
    (["Tom <", "3"], ["Tom <", "3"]),
    (["x <UNKNOWN_", "3> y"], ["x <UNKNOWN_", "3> y"]),  # another session's: as it came
    (["ends <PERSON_"], ["ends <PERSON_"]),
    ([], []),
]


@pytest.mark.parametrize(("pieces", "expected"), PIECES)
def test_a_placeholder_split_over_pieces_is_restored_whole(
    pieces: list[str], expected: list[str]
) -> None:
    assert restore_pieces(pieces, MAPPING) == expected
    assert "".join(restore_pieces(pieces, MAPPING)) == restore("".join(pieces), MAPPING)


@pytest.mark.parametrize("cut", range(len(TEXT) + 1))
def test_pieces_restore_as_the_whole_text_at_every_cut(cut: int) -> None:
    assert "".join(restore_pieces([TEXT[:cut], TEXT[cut:]], MAPPING)) == EXPECTED
