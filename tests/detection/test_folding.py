"""The detection view of a text: what folds, and spans mapped back onto the text as written."""

from __future__ import annotations

import pytest

from piiguard import Detector, Span
from piiguard.detection.folding import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("\uff14\uff11\uff20\uff45", "41@e"),  # fullwidth
        ("\u0664\u0661\u0967", "411"),  # Arabic-Indic and Devanagari digits
        ("a\u200bb\u200dc\u00add\u200fe\ufefff", "abcdef"),  # format characters dropped
        ("1\u00a02\u20093\u202f4\u30005", "1 2 3 4 5"),  # every space is a space
        ("kowa\u0301lski", "kowalski"),  # a separate combining accent
        ("caf\u00e9 \u0928\u093f", "caf\u00e9 \u0928\u093f"),  # precomposed é, Hindi vowel sign
        ("\ufb01x", "fix"),  # a ligature, one character to two
        # control characters: invisible ones dropped, record and page breaks a space
        ("anna\x00@e\x1b.org\x7f", "anna@e.org"),
        ("4111\x1f1111\x0c1111", "4111 1111 1111"),
        ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        ("Zo\u00eb\x00x", "Zo\u00ebx"),
    ],
)
def test_what_folds(text: str, folded: str) -> None:
    view = fold(text)
    assert (view.text if view is not None else text) == folded


def test_a_text_that_does_not_change_has_no_view() -> None:
    assert fold("plain ascii") is None
    assert fold("Zoë in Kraków") is None


def test_spans_map_back_onto_the_characters_as_written() -> None:
    text = "card 4111\u200b1111\u200b1111\u200b1111, mail \uff41@\uff42.org"
    view = fold(text)
    assert view is not None
    card = view.text.index("4111")
    mail = view.text.index("a@b.org")
    spans = view.spans([Span(mail, mail + 7, "EMAIL_ADDRESS", 1.0, "e"),
                        Span(card, card + 16, "CREDIT_CARD", 1.0, "c")])
    assert [text[s.start : s.end] for s in spans] == [
        "4111\u200b1111\u200b1111\u200b1111", "\uff41@\uff42.org"
    ]


def test_two_spans_that_split_one_expanded_character_do_not_overlap() -> None:
    view = fold("x\ufb01y")  # "xfiy": the ligature becomes two characters
    assert view is not None
    spans = view.spans([Span(0, 2, "A", 1.0, "a"), Span(2, 4, "B", 1.0, "b")])
    assert [(s.start, s.end) for s in spans] == [(0, 2), (2, 3)]


def test_the_detector_finds_disguised_values_at_their_written_offsets() -> None:
    detector = Detector.patterns()
    text = "pay with \uff14\uff11\uff11\uff11\u00a01111\u00a01\u200b111\u20091111 now"
    [span] = detector.detect(text)
    assert span.label == "CREDIT_CARD"
    assert text[span.start : span.end] == text[9:-4]
    [batched] = detector.detect_batch([text, "nothing here"])[0]
    assert batched == span


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("IBAN D\u041589 3704 0044 0532 0130 00", "D\u041589 3704 0044 0532 0130 00", "IBAN_CODE"),
        (
            "mail j\u043ehn.smith@ex\u0430mple.com",
            "j\u043ehn.smith@ex\u0430mple.com",
            "EMAIL_ADDRESS",
        ),
        ("my pesel \u039f2070803628", "\u039f2070803628", None),
    ],
    ids=["cyrillic E in an IBAN", "cyrillic o and a in an e-mail", "greek omicron in a number"],
)
def test_look_alike_letters_of_other_scripts_fold_inside_a_latin_word(
    text: str, value: str, label: str | None
) -> None:
    folded = fold(text)
    assert folded is not None and folded.text.isascii()
    if label is not None:
        spans = Detector.patterns().detect(text)
        assert [(text[s.start : s.end], s.label) for s in spans] == [(value, label)]


@pytest.mark.parametrize("text", ["Привет, меня зовут Анна", "Γειά σου Κώστα", "ок, спасибо 123"])
def test_words_all_in_cyrillic_or_greek_stay_as_written(text: str) -> None:
    folded = fold(text)
    assert folded is None or folded.text == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail anna.kowalski\x00@example.org", "anna.kowalski\x00@example.org"),
        ("card 4111\x1f1111\x1f1111\x1f1111 ok", "4111\x1f1111\x1f1111\x1f1111"),
    ],
)
def test_a_value_with_control_characters_inside_is_found_as_written(text: str, value: str) -> None:
    [span] = Detector.patterns().detect(text)
    assert text[span.start : span.end] == value
