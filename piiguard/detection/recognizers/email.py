"""Email addresses (RFC 5321 shapes people type: dotted local parts, plus tags, subdomains)."""

from __future__ import annotations

import re

from piiguard._types import EMAIL_ADDRESS, Span
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer
from piiguard.detection.recognizers.placeholders import is_variable
from piiguard.detection.recognizers.role_mailbox import is_desk_address

# Bounded quantifiers only: local part <= 64, at most 8 labels of <= 63, TLD <= 24.
# Letters are any script's (`\w`, `[^\W_]`): internationalised addresses
# ("józef.łukasz@poczta.pl", "josé@correo.es", RFC 6531) and look-alike letters
# ("аnna@..." with a Cyrillic "а") are addresses too.
_LOCAL_CHARS = r"[\w!#$%&'*+/=?^`{|}~-]"
# An address starts after no local-part character, and after no dot that follows one (a
# dot inside a local part); a dot after a bracket or colon only separates
# (`messages[0].someone@example.net`, `see:.anna@example.org`).
_ADDRESS = (
    rf"{_LOCAL_CHARS}{{1,64}}(?:\.{_LOCAL_CHARS}{{1,64}}){{0,8}}"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}(?:xn--[A-Za-z0-9-]{1,59}|[^\W\d_]{2,24})"
)
# An address ends before no letter, so a top-level domain is never cut short (a punycode
# one, `xn--p1ai`, is tried first: its `xn` would end before a hyphen); what an
# address cannot hold may follow it (markdown's `_anna@example.org_`, `anna@example.org_2024`,
# `anna@example.org-team`, `anna@example.org.x`): a reader still reads the address.
_END = r"(?![^\W\d_])"
_EMAIL = rf"(?<![\w%+-])(?<!{_LOCAL_CHARS}\.)(?P<v>{_ADDRESS}){_END}"
# The end of a run of local-part characters too long for one address (`-` * 70 + an
# address, twelve `ok.` before it): the address is its last 64 characters.
_EMAIL_TAIL = rf"(?<=[\w!#$%&'*+/=?^`{{|}}~.-])(?P<v>{_ADDRESS}){_END}"
_LOCAL_RUN_CHARS = frozenset("!#$%&'*+/=?^`{|}~-.")
_MAX_LOCAL = 64
_MAX_LOCAL_DOTS = 8
_MAX_RUN = 600
"""How far back a local-part run is followed (past it, it is too long for the main pattern)."""
_LINK_DELIMITERS = "/?&#"


class EmailRecognizer(PatternRecognizer):
    """Email addresses; validated by length limits and label rules.

    >>> [s.label for s in EmailRecognizer().analyze("write to anna.k+chat@mail.example.org")]
    ['EMAIL_ADDRESS']
    """

    name = "email"
    label = EMAIL_ADDRESS
    TRIGGER = "@"
    PATTERNS = (Pattern("email", _EMAIL, 0.9), Pattern("email_tail", _EMAIL_TAIL, 0.9))
    CONTEXT = ("email", "e-mail", "mail", "courriel", "correo", "adres", "contact")

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        # The local-part characters include a link's `/`, `?`, `&`, `#` and `=`, so the
        # match of `https://x.net/unsubscribe?to=anna@example.org` begins at `//`. In a
        # link (a `//` in the local part) the address is what follows its last
        # delimiter; anywhere, what follows the last `=` (a key's value:
        # `email=anna@example.org`; only machine-made bounce addresses hold one).
        # "anna/k@..." and "jane+chat~?@..." stay whole.
        at = text.rindex("@", start, end)
        if pattern.name == "email_tail":
            tail = _tail_start(text, at)
            if tail is None:
                return None  # the whole run is one address: the main pattern's match
            start = tail
        local = text[start:at]
        link = "//" in local
        cut = local.rfind("=")
        if link:
            cut = max(cut, *(local.rfind(c) for c in _LINK_DELIMITERS))
        if cut >= 0:
            rest = local[cut + 1 :].lstrip(".")
            if rest:
                start += len(local) - len(rest)
            elif link:
                return None  # `https://x.net/?@example.org`: no local part
        return super().check(text, start, end, pattern)

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        local, _, domain = value.rpartition("@")
        if len(local) > 64 or len(domain) > 253:
            return False
        if is_desk_address(local, domain):
            return False  # a desk's or a machine's mailbox ("support@", "noreply@")
        if is_variable(local):
            return False  # a template where the user goes ("${PGPASSWORD}@replica.internal")
        tld = domain.rsplit(".", 1)[-1]
        return tld.lower().startswith("xn--") or not re.search(r"\d", tld)


def _tail_start(text: str, at: int) -> int | None:
    """Where the address before `text[at]` starts when the run of local-part characters
    (and dots) before it is too long for one address: its last 64 characters, from a
    character that is no dot. None when the run is short enough for the main pattern
    (which starts where the run does, or after its last `..`)."""
    start = at
    floor = max(0, at - _MAX_RUN)
    while start > floor and (text[start - 1] in _LOCAL_RUN_CHARS or text[start - 1].isalnum()
                             or text[start - 1] == "_"):
        start -= 1
    run = text[start:at]
    whole = run[run.rfind("..") + 2 :] if ".." in run else run
    whole = whole.lstrip(".")
    followed_whole = start > floor or floor == 0
    if followed_whole and len(whole) <= _MAX_LOCAL and whole.count(".") <= _MAX_LOCAL_DOTS:
        return None
    tail = at - min(len(run), _MAX_LOCAL)
    while tail < at and text[tail] == ".":
        tail += 1
    return tail if tail < at else None


# An address written out so that mail harvesters miss it: "anna.k at gmail dot com",
# "anna [at] example [dot] org", "jan.kowalski małpa onet kropka pl". The "at" and "dot"
# words of the seven languages; a bracketed form is never ordinary prose.
_AT_WORDS = r"(?:at|arobase|arroba|chiocciola|małpa|malpa|apenstaartje|klammeraffe)"
_DOT_WORDS = r"(?:dot|punto|punkt|point|kropka|punt)"
_UNDERSCORE_WORDS = (
    r"(?:underscore|unterstrich|tiret bas|guion bajo|guión bajo|trattino basso|podkreślnik)"
)
_AT_BRACKETED = rf"\s*(?:[\[({{<](?:{_AT_WORDS}|@)[\])}}>])\s*"
# "anna @ gmail . com": an "@" or "." with spaces around it is said as a word is
_AT_WORD = rf"\s+(?:{_AT_WORDS}|@)\s+"
_DOT_SAID = rf"\s*(?:[\[({{<](?:{_DOT_WORDS}|\.)[\])}}>])\s*|\s+{_DOT_WORDS}\s+"
_DOT_SPELLED = rf"{_DOT_SAID}|[ \t]+\.[ \t]+"
_TLDS = (
    "com|org|net|edu|gov|info|biz|io|co|me|eu|de|fr|es|it|nl|pl|uk|ch|at|be|lu|pt|ie|dk"
    "|se|no|fi|cz|sk|hu|ro|gr|us|ca|au|nz|in|br|mx|ar|jp|cn|ru|ua|tr|za"
)
_LABEL = r"[^\W_][\w-]{0,62}"
# A local part as it is read out: words or letters one by one ("a n n a"), parted by dots
# or underscores said ("anna dot kowalska", "a [dot] kowalska", "anna underscore k"). The
# letters are taken all at once (possessive): a shorter run is followed by a letter, which
# no "at" or "dot" word is, and trying each length was 64 tries at every letter.
_LOCAL_WORD = r"(?:\w(?: \w(?![\w.+-])){1,63}+|[\w.+-]{1,64})"
_LOCAL_SPELLED = (
    rf"{_LOCAL_WORD}(?:(?:{_DOT_SPELLED}|\s+{_UNDERSCORE_WORDS}\s+){_LOCAL_WORD}){{0,4}}"
)
_SPELLED_EMAIL = (
    rf"(?<![\w.%+'’-])(?P<v>{_LOCAL_SPELLED}(?:{_AT_BRACKETED}|{_AT_WORD})"
    rf"{_LABEL}(?:(?:{_DOT_SPELLED}|\.){_LABEL}){{0,4}}(?:{_DOT_SPELLED}|\.)(?:{_TLDS}))"
    r"(?![\w-]|\.\w)"
)
_PLAIN_AT = re.compile(r"\s+at\s+", re.IGNORECASE)
_DOT_SAID_RE = re.compile(_DOT_SAID, re.IGNORECASE)
_MAIL_LOCAL = re.compile(r"[._+\d]")


class SpelledEmailRecognizer(PatternRecognizer):
    """E-mail addresses written out in words or brackets ("anna.k at gmail dot com").

    With the plain English "at", the address must read as one: a spelled "dot", or a
    local part with a dot, underscore, plus or digit ("john.doe at example.com"), so
    "I bought it at amazon.de" stays prose.

    >>> [s.label for s in SpelledEmailRecognizer().analyze("mail me: jkw83 at gmail dot com")]
    ['EMAIL_ADDRESS']
    >>> SpelledEmailRecognizer().analyze("I bought it at amazon.de")
    []
    """

    name = "email_spelled"
    label = EMAIL_ADDRESS
    # Case-insensitive "at" as a word, "[at]", "(at)", "{at}", "[@]", "(@)", "<at>",
    # "arobase", "arroba", "chiocciola", "ma[lł]pa", "apenstaartje", "klammeraffe" (also
    # in brackets: "(arobase)"), an "@" with spaces around it, written from
    # their first character (every one IGNORECASE matches: "K" is the Kelvin sign) so
    # that the search skips to it.
    TRIGGER = (
        r"[aA\[({<cCmMkK\u212a@](?i:(?<=a)(?:(?<!\w.)t\b|rroba|robase|penstaartje)"
        r"|(?<=[\[({<])(?:at|@|arobase|arroba|chiocciola|ma[lł]pa|apenstaartje|klammeraffe)"
        r"[\])}>]"
        r"|(?<=c)hiocciola|(?<=m)a[lł]pa|(?<=k)lammeraffe|(?<=\s@)(?=\s))"
    )
    PATTERNS = (Pattern("email_spelled", _SPELLED_EMAIL, 0.9, re.IGNORECASE),)

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if len(value) > 254:
            return False
        at = _PLAIN_AT.search(value)
        if (
            at is not None
            and "@" not in value
            and not _MAIL_LOCAL.search(value, 0, at.start())
            and not _DOT_SAID_RE.search(value, at.end())
        ):
            return False  # "it at amazon.de": a place to buy, not an address
        return None
