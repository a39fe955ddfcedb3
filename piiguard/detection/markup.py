"""The detection view of marked-up text: inline markup read past, offsets kept.

A value written inside HTML, XML or Markdown can be cut by markup that a reader (a
browser, an XML parser, a Markdown renderer, a language model) reads past, while no
pattern matches the raw text:

- a bare inline HTML tag inside the value (`someone<wbr>@example.net`, `4111
  <span>1111 1111</span> 1111`, `<b>GB82WEST</b>1234...`);
- an XML or HTML comment with no letter or digit in it (`GB82WEST12<!---->3456...`);
- CDATA section markers (`<![CDATA[someone]]><![CDATA[@example.net]]>`);
- a Markdown backslash escape of punctuation (`someone\\.else\\@example\\.net`).

The view drops these, and only these: what it drops the recognizers do not read, so a tag
with attributes (`<a href="mailto:...">`) and a comment with words in it (either may hold a
value of its own) stay as written, and so does a block-level tag such as `<td>` or `<p>`,
which parts cells and paragraphs (gluing what stands on its two sides would invent
values). It keeps, for each character left, the index it came from, so a span of the
view maps back onto the value as written, the markup inside it included.

>>> view = unmark("mail jo<wbr>@example.org")
>>> view.text
'mail jo@example.org'
>>> view.span(5, 19)
(5, 24)
>>> unmark("no markup here") is None
True
"""

from __future__ import annotations

import re

from piiguard.detection.folding import Folded

# Not `sub` nor `sup`: a footnote mark or an exponent is set apart from the number before it
# ("12.05.2024<sup>2</sup>", "10<sup>8</sup>"); read past, it would make a new number.
_INLINE_TAGS = (
    "a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp"
    "|small|span|strike|strong|time|tt|u|var|wbr"
)
_MARKUP = re.compile(
    r"<!--[\W_]*?-->"  # a comment with no letter or digit in it, in any script
    r"|<!\[CDATA\[|\]\]>"  # CDATA markers (the section's text stays)
    rf"|</?(?:{_INLINE_TAGS})\s*/?>"  # a bare inline tag
    r"|(?<!\\)\\(?=[.@_\-+#()*!~|\[\]])",  # a Markdown escape of punctuation
    re.IGNORECASE | re.DOTALL,
)
# Markup `_MARKUP` reads past once it is closed, still open at the end of a streamed text:
# a comment or an inline tag with whitespace in it ("someone.else<!-- ", "jo<wbr ").
_OPEN_AT_END = re.compile(rf"<!--(?:(?!-->)[\W_])*\Z|</?(?:{_INLINE_TAGS})\s+/?\Z", re.IGNORECASE)


def glued_word_start(text: str) -> int | None:
    """Where the word at the end of `text` begins as `unmark` reads it, when markup with
    whitespace in it joins it to what stands before that whitespace (a stream holds the
    word back from there; None when the last word is the text's last whitespace-free run).
    Markup still open at the end counts as read past: it may close in the next chunk.

    >>> glued_word_start("mail someone.else<!-- ")
    5
    >>> glued_word_start("mail someone.else<!-- -->@exa")
    5
    >>> glued_word_start("mail someone.else<!-- --> ") is None
    True
    >>> glued_word_start("a <b>b</b> someone.else<wbr "), glued_word_start("x <!-- ")
    (11, None)
    """
    if "<" not in text:
        return None  # only a comment or a tag holds whitespace
    opened = _OPEN_AT_END.search(text)
    read = text if opened is None else text[: opened.start()] + "x"  # as if closed, a word after
    view = unmark(read) or Folded(read, tuple(range(len(read))))
    if not view.text or view.text[-1].isspace():
        return None
    start = view.origins[len(view.text) - len(view.text.split()[-1])]
    if opened is not None:
        return start if start < opened.start() else None
    last_space = max((i for i, c in enumerate(read) if c.isspace()), default=-1)
    return start if start <= last_space else None


def unmark(text: str) -> Folded | None:
    """`text` without its inline markup (module docstring), or None when it has none."""
    if "<" not in text and "\\" not in text and "]]>" not in text:
        return None
    pieces: list[str] = []
    origins: list[int] = []
    at = 0
    found = False
    for match in _MARKUP.finditer(text):
        found = True
        pieces.append(text[at : match.start()])
        origins.extend(range(at, match.start()))
        at = match.end()
    if not found:
        return None
    pieces.append(text[at:])
    origins.extend(range(at, len(text)))
    if not origins:
        return None
    return Folded("".join(pieces), tuple(origins))
