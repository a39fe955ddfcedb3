"""Inline markup inside a value (`piiguard.detection.markup`): read past, and the mask
covers the value as written, the markup inside it included (probe_edge18)."""

from __future__ import annotations

import pytest

from piiguard import Detector
from piiguard.detection.markup import unmark


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
        "<td>4111</td><td>1111111111111</td>",  # table cells part what they hold
        "<p>4111 1111</p><p>1111 1111</p>",  # so do paragraphs
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
