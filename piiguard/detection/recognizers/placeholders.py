"""What is written where a secret goes but is none: template syntax, masks and truncations.

People paste configuration from documentation and from their own redacted files:
`OPENAI_API_KEY=<YOUR_API_KEY>`, `api_key: ${API_KEY}`, `password: ${{ secrets.DB }}`,
`password: ********`, `"apiKey": "xxxxxxxxxxxxxxxxxxxx"`, `token: ghp_****************1v2s`,
`OPENAI_API_KEY=sk-...0Go9`. None of these is anyone's secret: the value is a variable, a
blank to fill in, or what is left after the secret was taken out (at most a few characters
of it, which a service shows anyway). Masking them breaks the bot's answer about the
configuration and protects nothing.

Fixture values that are real-shaped stay secrets: `AKIAIOSFODNN7EXAMPLE`, a Stripe key of
the test mode: they have the shape and the checks of a live value and test suites use them
as such.
"""

from __future__ import annotations

import re

# A variable or a blank: `<YOUR_API_KEY>`, `<password>`, `${API_KEY}`, `${{ secrets.X }}`,
# `{{ token }}`, `%(password)s`, `$REGISTRY_PASSWORD`, `$(cat secret.txt)`; a value cut
# where such a template begins ("${{") is one too.
_WHOLE_TEMPLATE = re.compile(
    r"<[^<>\n]{1,64}>|%\(\w{1,40}\)s|\$[A-Z_][A-Z0-9_]{1,63}|\{\{?[^{}\n]{1,40}\}\}?"
    r"|\[[^\[\]\n]{1,40}\]"  # "[redacted]", "[your key]"
)
# A blank, searched for in the value:
# - the whole value a word or filler: "changeme", "your_api_key", "redacted", "xxx", "---"
#   (a default password a product ships, "changeme", counts: documentation shows it to be
#   replaced, and masking it protects nothing);
# - or, anywhere in it, a mask: four or more of `*`, `•`, `●`, `·` or `#` in a row, or six
#   or more of one letter x in a row ("xxxxxxxxxxxx", "sk_live_XXXXXXXXXXXX").
_BLANK = re.compile(
    r"\A(?:[*•·#_.x-]{3,}|(?i:x{3,}|changeme|change[_-]me|changeit|placeholder|redacted"
    r"|your[_-][\w-]{1,30}|dummy|todo|tbd))\Z"
    r"|[*•●·#]{4,}|x{6,}|X{6,}"
)
# A blank in a URL's path or query: a route's parameter (":id"), a letter said three times
# or more in capitals ("YYY", "ZZZ"). Where a secret goes these are values, so only
# `is_path_blank` reads them.
_PATH_BLANK = re.compile(r":\w{1,40}|([A-Z])\1{2,}")
_TEMPLATE_START = re.compile(r"\$\{|\{\{|\$\(")
# A truncation: the middle of a token left out ("sk-...0Go9", "ghp_…1v2s").
_TRUNCATED = re.compile(r"[^.\s]\.{3,}[^.\s]|…")


def is_placeholder(value: str) -> bool:
    """Whether `value`, found where a secret goes, is a template, a mask or a truncation
    rather than a secret.

    >>> [is_placeholder(v) for v in ("<YOUR_API_KEY>", "${API_KEY}", "********", "sk-...0Go9")]
    [True, True, True, True]
    >>> [is_placeholder(v) for v in ("changeme", "[redacted]", "{{ token }}", "xxx")]
    [True, True, True, True]
    >>> [is_placeholder(v) for v in ("Maple#2023", "$Ummer24", "AKIAIOSFODNN7EXAMPLE", "<3cat<3")]
    [False, False, False, False]
    """
    return bool(
        _WHOLE_TEMPLATE.fullmatch(value)
        or _BLANK.search(value)
        or _TEMPLATE_START.match(value)
        or _TRUNCATED.search(value)
    )


def is_variable(value: str) -> bool:
    """Whether `value` is a template's variable where a value goes (`${PGPASSWORD}`,
    `{{user}}`, `<user>`, `$SMTP_USER`), not a mask: a mask may sit beside a real part.

    >>> [is_variable(v) for v in ("${PGPASSWORD}", "{{user}}", "xxxxxxanna", "anna")]
    [True, True, False, False]
    """
    return bool(_WHOLE_TEMPLATE.fullmatch(value) or _TEMPLATE_START.match(value))


def is_path_blank(part: str) -> bool:
    """Whether `part`, one part of a URL's path or a query value, is a blank of a template:
    a placeholder (`is_placeholder`), a route's parameter or a capital said three times.

    >>> [is_path_blank(p) for p in (":id", "YYY", "{user_id}", "<repo>", "orders", "Yy")]
    [True, True, True, True, False, False]
    """
    return is_placeholder(part) or bool(_PATH_BLANK.fullmatch(part))


# A date's format written where the date goes, in the letters of the seven languages:
# day D, T (Tag), J (jour), G (giorno); month M; year Y, J (Jahr, jaar), A (année, año,
# anno), R (rok). "DD/MM/YYYY", "TT.MM.JJJJ", "JJ/MM/AAAA", "DD.MM.RRRR", "MM/YY",
# "YYYY-MM-DD".
_DAY = r"(?:DD|TT|JJ|GG|D|T|J|G)"
_YEAR = r"(?:YYYY|JJJJ|AAAA|RRRR|YY|JJ|AA|RR)"
_DATE_MASK = re.compile(
    rf"(?:{_DAY}([./-]))?MM?([./-]){_YEAR}|{_YEAR}([./-])MM?\3{_DAY}", re.IGNORECASE
)
_TOKEN_EDGES = ".,;:!?()[]{}\"'*"


def date_format_mask(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is (part of) a date's format written where a date goes:
    the whitespace-delimited token around it, its punctuation stripped, is one.

    >>> date_format_mask("Geburtsdatum: TT.MM.JJJJ", 17, 24), date_format_mask("ask JJ", 4, 6)
    (True, False)
    """
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].strip(_TOKEN_EDGES)
    return _DATE_MASK.fullmatch(token) is not None
