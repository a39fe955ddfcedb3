"""Inline markup inside a value (`piiguard.detection.markup`): read past, and the mask
covers the value as written, the markup inside it included (probe_edge18)."""

from __future__ import annotations

import pytest

from piiguard import Detector
from piiguard.detection.markup import unmark
from piiguard.reply_guard import ReplyGuard


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "mail someone.else<wbr>@example.net",
            "someone.else<wbr>@example.net",
            "EMAIL_ADDRESS",
        ),
        (
            "card 5500 <span>0000 </span>0000 0004",
            "5500 <span>0000 </span>0000 0004",
            "CREDIT_CARD",
        ),
        ("IBAN <b>GB82WEST</b>12345698765432", "GB82WEST</b>12345698765432", "IBAN_CODE"),
        ("<a>anna</a>@example.org", "anna</a>@example.org", "EMAIL_ADDRESS"),
        ("x GB82WEST12<!-- -->345698765432 y", "GB82WEST12<!-- -->345698765432", "IBAN_CODE"),
        (
            "<to><![CDATA[someone.else]]><![CDATA[@example.net]]></to>",
            "someone.else]]><![CDATA[@example.net",
            "EMAIL_ADDRESS",
        ),
        (
            "write to someone\\.else\\@example\\.net",
            "someone\\.else\\@example\\.net",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_a_value_cut_by_inline_markup_is_masked_as_written(
    text: str, value: str, label: str
) -> None:
    spans = Detector.patterns().detect(text)
    assert [(text[s.start : s.end], s.label) for s in spans] == [(value, label)]


@pytest.mark.parametrize(
    "text",
    [
        # table cells part what they hold, and so do paragraphs: glued, each would be a value
        "<td>GB82WEST</td><td>12345698765432</td>",
        "<td>4111 1111</td><td> 1111 1111</td>",
        "<p>someone.else</p><p>@example.net</p>",
        r"a regex: \d{4}\.\d{4} and C:\\Users\\me",
        "<b>bold</b> and <i>italic</i>, nothing personal",
    ],
)
def test_block_markup_and_plain_markup_invent_nothing(text: str) -> None:
    assert Detector.patterns().detect(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('<a href="mailto:someone.else@example.net">mail</a>', "someone.else@example.net"),
        ("<!-- someone.else@example.net -->", "someone.else@example.net"),
        ('<span title="4111 1111 1111 1111">x</span>', "4111 1111 1111 1111"),
    ],
)
def test_a_value_inside_a_tag_or_a_comment_is_still_read(text: str, value: str) -> None:
    assert [text[s.start : s.end] for s in Detector.patterns().detect(text)] == [value]


def test_a_text_without_markup_has_no_view() -> None:
    assert unmark("plain text, a < b and c > d") is None
    view = unmark("jo<wbr>@example.org")
    assert view is not None and view.text == "jo@example.org"
    assert view.span(0, len(view.text)) == (0, len("jo<wbr>@example.org"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("card<b>4111111111111111</b>", "4111111111111111"),
        ("<b>4111 1111 1111 1111</b>x", "4111 1111 1111 1111"),
        ("PESEL<b>44051401359</b>", "44051401359"),
        ("Tel<b>+48 600 100 200</b>", "+48 600 100 200"),
        ("IP<b>192.168.10.20</b>", "192.168.10.20"),
    ],
)
def test_a_value_a_tag_glues_to_a_word_is_still_masked(text: str, value: str) -> None:
    # read past, the tag glues the value to the word beside it ("card4111...")
    assert [text[s.start : s.end] for s in Detector.patterns().detect(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is on 12.05.2024<sup>2</sup> in room 4.",  # a footnote mark
        "Population: 38 000 000<sup>1</sup> (2021).",
        "ip 10.0.0.1<sup>3</sup>",
    ],
)
def test_a_footnote_mark_is_not_glued_to_a_number(text: str) -> None:
    assert all("<sup>" not in text[s.start : s.end] for s in Detector.patterns().detect(text))


def test_a_comment_with_words_of_any_script_is_read() -> None:
    assert unmark("note <!-- Иван Петров --> end") is None
    assert unmark("x<!-- \u2014 -->y") is not None


@pytest.mark.parametrize(
    "reply",
    [
        "Your card: <b>4111</b> 1111 1111 1111.",
        "Your card: 4111 <span>1111 1111</span> 1111.",
        "Mail: anna.kowalska<wbr>@example.org",
    ],
)
def test_an_own_value_with_markup_inside_is_the_sessions_own(reply: str) -> None:
    own = ["4111 1111 1111 1111", "anna.kowalska@example.org"]
    assert ReplyGuard(Detector.patterns()).check(reply, own).text == reply


@pytest.mark.parametrize(
    "reply",
    [
        "mail someone.else<!-- -->@example.net ok",
        "mail someone.else<wbr />@example.net ok",
        "mail someone.else<span >@example.net</span > ok",
    ],
)
def test_a_stream_holds_a_word_markup_with_a_space_glues_on(reply: str) -> None:
    guard = ReplyGuard(Detector.patterns())
    whole = guard.check(reply).text
    assert "someone" not in whole
    for cut in range(1, len(reply)):  # every split into three chunks at a space after `cut`
        stream = guard.stream()
        space = reply.find(" ", cut)
        space = len(reply) if space < 0 else space + 1
        out = stream.feed(reply[:cut]) + stream.feed(reply[cut:space]) + stream.feed(reply[space:])
        assert out + stream.flush() == whole, cut
