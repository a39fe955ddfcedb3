"""A longest-first alternation of words, written as a trie that matches as it does.

`words_regex` (context words) and the lexicon's cue regex (`_cue_regex`) match one of
hundreds of words, longest first, with a test after it (a word boundary, a colon and a
letter). Written as a plain alternation, sre tries every word at every position of a
text. `longest_first` factors out the shared prefixes, so at a position sre tries the
few branches for the next character instead.

The trie matches where and what the alternation matches. The alternation, followed by
a test, matches at a position the first word in its order (longest first) that matches
there and after which the test passes. In the trie the branches of a node never match
the same text character (letters sre matches alike under IGNORECASE share one branch:
`_same_letter`), so a text leads down one path only; its optional tails (`(?:...)?`,
greedy) are tried deepest first, and the first word end after which the test passes is
the longest such word on the path: the same word, the same span. A space in a word is
written `space` (`[ _]`, `\\s+`): when a branch beside it could read a character it
reads ("_" beside `[ _]`), or a space ends a word or is followed by one (where `\\s+` could
give back a character the next branch reads), the trie could take another path, and the
words stay a plain alternation.

>>> print(longest_first(["account number", "account", "acct"], "[ _]", " _".__contains__))
acc(?:ount(?:[ _]number)?|t)
>>> print(longest_first(["a_b", "a b"], "[ _]", " _".__contains__))
a_b|a[ _]b
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

_Trie = dict[str, "_Trie"]


@lru_cache(maxsize=4096)
def _same_letter(known: str, char: str) -> bool:
    """Whether `char` matches `known` case-insensitively as sre reads it. sre matches a
    letter by its lower case and the letters it shares it with (a set for every letter of
    that set), so two letters that match one text character match the same ones."""
    return known == char or re.fullmatch(re.escape(known), char, re.IGNORECASE) is not None


def longest_first(words: Sequence[str], space: str, spaced: Callable[[str], bool]) -> str:
    """An IGNORECASE alternation of `words` (in their order, longest first), each with
    its spaces written `space`, a regex that matches what `spaced` says (a one-character
    text) and more than one character only as the same run: as a trie when it matches as
    the alternation does (module docstring)."""
    plain = "|".join(re.escape(w).replace(r"\ ", space) for w in words)
    if any(not w or w.startswith(" ") or w.endswith(" ") or "  " in w for w in words):
        return plain
    if any(len(a) < len(b) for a, b in pairwise(words)):
        return plain  # not longest first: the trie would not pick as it does
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            key = next((k for k in node if k and _same_letter(k, char)), char)
            node = node.setdefault(key, {})
        node[""] = {}

    def build(node: _Trie) -> str | None:
        branches = []
        for char, child in node.items():
            if not char:
                continue
            if char == " ":
                if any(k and k != " " and spaced(k) for k in node):
                    return None  # a character both branches read
                if "" in child or " " in child:
                    return None  # a word ending in a space, or two spaces
            tail = build(child)
            if tail is None:
                return None
            branches.append((space if char == " " else re.escape(char)) + tail)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or plain
