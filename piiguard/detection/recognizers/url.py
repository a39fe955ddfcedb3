"""URLs: with a scheme, `www.` prefixed, or a bare domain under a common TLD."""

from __future__ import annotations

import re

from piiguard._types import URL, Span
from piiguard.detection.lexicon import Lexicon
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer
from piiguard.detection.recognizers.placeholders import is_path_blank

_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|me|tv|eu|us|uk|de|fr|es|it|nl|pl|"
    "ch|at|be|dk|se|no|fi|ie|pt|cz|sk|hu|ro|gr|ru|ua|ca|au|nz|jp|cn|in|br|mx|ar|za|xyz|online|"
    "site|shop|store|blog|tech|cloud|page|link|il|kr|tr|ph|sg|hk|tw|th|vn|ae|ng|ke|lu|ee|lv|"
    "si|hr|rs|bg|cl|pe|uy"
)
_PATH_CHARS = r"[^\s<>\"'`{}|\\^]"
_SCHEME = rf"(?<![\w])(?:https?|ftp)://{_PATH_CHARS}{{1,2048}}"
_WWW = rf"(?<![\w./@-])www\.{_PATH_CHARS}{{3,2048}}"
_BARE = (
    r"(?<![\w./@:-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}"
    rf"(?:{_TLDS})(?:/{_PATH_CHARS}{{0,2048}})?(?![\w@-]|\.[A-Za-z0-9])"
)
_TRAILING = ".,;:!?'\"*"
# Dotted abbreviations of `policy.ABBREVIATIONS` whose last group is a domain ending:
# Polish "m.in." ("among others"), Italian "ad.es." ("for example"); with the dot after
# them they are the abbreviation, no domain ("Możesz użyć m.in. aplikacji").
TLD_ABBREVIATIONS: frozenset[str] = frozenset({"m.in", "ad.es"})


# A URL template from documentation ("https://hooks.slack.com/services/XXX/YYY/ZZZ",
# "https://api.acme.io/v1/users/{user_id}/orders", "/users/:id"): its variable parts are
# blanks and the rest are words, so it points at no one. The template syntax ends the
# URL's match ("{", "<" are no URL characters), so the whole token as pasted is judged.
_PASTED_TOKEN = re.compile(r"[^\s\"'`]*")
_PARTS = re.compile(r"[/?&#]")
_QUERY_KEY = re.compile(r"[A-Za-z_][\w.-]{0,40}=")
_VERSION = re.compile(r"v\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}", re.IGNORECASE)


def is_template(url: str) -> bool:
    """Whether `url`, as pasted (template syntax included), is a template: after its host
    each path part and query value is a blank or a word (a version too), one a blank, and
    no user information.

    >>> [is_template(u) for u in ("https://hooks.slack.com/services/XXX/YYY/ZZZ",
    ...                           "https://github.com/annakowalski/<repo>")]
    [True, False]
    """
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    if "@" in url or (not path and "?" not in host):
        return False
    if "?" in host:
        host, _, query = host.partition("?")
        path = "?" + query
    lexicon = Lexicon.load()
    blanks = 0
    for part in _PARTS.split(path):
        if key := _QUERY_KEY.match(part):
            part = part[key.end() :]
        if not part:
            continue
        if is_path_blank(part):
            blanks += 1
        elif not (
            _VERSION.fullmatch(part)
            or all(lexicon.lowercase_word(w) for w in re.split(r"[-_.]", part.lower()) if w)
        ):
            return False
    return blanks > 0


class UrlRecognizer(PatternRecognizer):
    """Links people paste into chat; trailing sentence punctuation is not part of the URL.

    >>> [s.label for s in UrlRecognizer().analyze("see https://example.org/a?b=1.")]
    ['URL']
    """

    name = "url"
    label = URL
    TRIGGER = rf"(?i)://|www\.|\.(?:{_TLDS})(?![A-Za-z0-9])"
    PATTERNS = (
        Pattern("scheme", _SCHEME, 0.95),
        Pattern("www", _WWW, 0.9),
        Pattern("bare_domain", _BARE, 0.6),
    )
    CONTEXT = ("url", "link", "website", "site", "page", "visit", "webseite", "lien", "enlace")

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        # Strip sentence punctuation and unbalanced closing brackets at the end.
        while end > start:
            last = text[end - 1]
            value = text[start:end]
            if last in _TRAILING or (
                last in ")]" and value.count("(" if last == ")" else "[") < value.count(last)
            ):
                end -= 1
                continue
            break
        value = text[start:end]
        if (
            pattern.name == "bare_domain"
            and value.lower() in TLD_ABBREVIATIONS
            and text[end : end + 1] == "."
        ):
            return None  # "m.in.": an abbreviation
        pasted = _PASTED_TOKEN.match(text, start)
        if pasted is not None and is_template(text[start : pasted.end()].rstrip(_TRAILING)):
            return None  # "https://hooks.slack.com/services/XXX/YYY/ZZZ": documentation's
        host = value.split("://", 1)[-1]
        if pattern.name == "www":
            host = host[4:]  # "www.microsoft" names no domain
        if pattern.name != "bare_domain" and "." not in host.split("/", 1)[0].strip("."):
            return None
        score = pattern.score
        if score < 1.0 and self.has_context(text, start, end):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return Span(start, end, self.label, score, self.name)
