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


@pytest.mark.parametrize(
    "text",
    [
        # a template from documentation: its variable parts are blanks, the rest words
        '"webhookUrl": "https://hooks.slack.com/services/XXX/YYY/ZZZ"',
        "curl https://api.example.com/v1/users/{user_id}/orders",
        "GET https://api.acme.io/v2/accounts/<account_id>",
        "die URL ist https://example.org/users/:id/profile",
        "l'URL du webhook : https://hooks.example.com/services/${TEAM}/${HOOK}",
        "la URL es https://api.acme.io/items?id=<ID>&token=$API_TOKEN",
        "https://hooks.slack.com/services/xxxxxxxx/xxxxxxxx/xxxxxxxxxxxxxxxx",
    ],
)
def test_a_url_template_is_no_one_s_url(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a personal part beside the blank, a filled-in value: the URL as read is kept
        ("https://github.com/annakowalski/<repo>", "https://github.com/annakowalski/"),
        (
            "https://hooks.slack.com/services/T0123ABCD/B0456EFGH/XXX",
            "https://hooks.slack.com/services/T0123ABCD/B0456EFGH/XXX",
        ),
        (
            "https://api.acme.io/users?email=jan@kowalski.pl&x=<x>",
            "https://api.acme.io/users?email=jan@kowalski.pl&x=",
        ),
        ("https://example.org/users/4711/<tab>", "https://example.org/users/4711/"),
        ("https://example.org/users/{id} and https://acme.io", "https://acme.io"),
    ],
)
def test_a_url_with_a_filled_in_part_stays_masked(text: str, value: str) -> None:
    assert found(text) == [(U, value)]
