"""URLs: with a scheme, `www.` prefixed, or a bare domain under a common TLD."""

from __future__ import annotations

from piiguard._types import URL, Span
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

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
        host = value.split("://", 1)[-1]
        if pattern.name == "www":
            host = host[4:]  # "www.microsoft" names no domain
        if pattern.name != "bare_domain" and "." not in host.split("/", 1)[0].strip("."):
            return None
        score = pattern.score
        if score < 1.0 and self.has_context(text, start, end):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return Span(start, end, self.label, score, self.name)
