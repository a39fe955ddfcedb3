"""URL recognizer."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import UrlRecognizer
from tests.detection._found import Found

DETECTOR = Detector([UrlRecognizer()])
U = "URL"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("see https://example.org/a?b=1.", "https://example.org/a?b=1"),
        ("(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("visit www.example.com, thanks", "www.example.com"),
        ("my blog: anna-schmidt.de/about", "anna-schmidt.de/about"),
        ("http://192.168.0.1:8080/admin", "http://192.168.0.1:8080/admin"),
        ("ftp://files.example.net/pub", "ftp://files.example.net/pub"),
    ],
)
def test_finds_url(text: str, value: str) -> None:
    assert found(text) == [(U, value)]


@pytest.mark.parametrize(
    "text",
    [
        "open config.yaml and main.py",
        "e.g. this, i.e. that",
        "version 1.2.3",
        "https:// nothing",
        "the end.Next sentence",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


def test_email_domain_is_not_a_url() -> None:
    assert found("write to anna@example.com") == []
