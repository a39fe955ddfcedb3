"""The base of the ID-number recognizers: a check digit, context words, or both.

Precision first. A pattern's `score` is what a match scores when its check digit
holds and no context word is near: at or above the detector's default threshold
(0.5) only for shapes distinctive enough to stand alone (a codice fiscale, a Finnish
henkilötunnus); weak check digits (one number in ten or eleven passes) and formats
without one score below it and need a context word beside the value. With one,
a validated number scores 1.0 and an unvalidated format `score + CONTEXT_BOOST`.
A context word counts when it is the last one before the value with no other
number in between, the first one right after it, or the word a short link after the
value names it by ("AB1234567 is my passport number", "12345678903 ist meine
Steuer-ID", "… è il mio codice fiscale", "… to mój numer dowodu"); a veto word (order,
invoice, ticket, ... in seven languages) naming the value either way ("… is my order
number") drops the match.

A value of the right shape that its own word names is masked even when its check
digit fails (`NAMED_SCORE`): a typo, or a number the user made up, is still what they
call their passport or tax number, unless the same clause doubts it ("invalid", "not a",
"example", ...). A recognizer whose check routes a value between labels opts out
(`NAMED_DESPITE_CHECK`). Where a
recognizer sets `LOWER_CASE_SCORE`, a value typed with lower-case letters scores at
most that (below the threshold): in lower case it needs its word, or a valid check
digit and the whole message to itself.

A validated value that is a whole message by itself ("1234567893", "'130 692 544'.")
answers a question and stands without its word (`LONE_SCORE`), unless the bot's turn
before it asked about an order, ticket, invoice, parcel or phone line (the guard's
pipeline drops it then: `asks_for_reference`, `drop_lone_ids`). Cost, measured on
random numbers sent alone: 43 % of 9-digit, 38 % of 10-digit, 20 % of 11-digit and
18 % of 12-digit ones are masked (none of 5-8 digits; 13 and more as before). Formats
with no check digit but a structure of their own (a Korean RRN issued since 2020: a
birth date and a sex digit; a Turkish plate's province code) answer alone the same way
where the recognizer says so (`LONE_UNCHECKED`). A message that is a list of values of
one shape and nothing else ("00000000000 and 01333550323") is read member by member the
same way by the recognizers whose check is strong enough (`LONE_IN_LISTS`), when every
member passes it or is a form's filler.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from piiguard._types import Span
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._pattern import (
    _VETO_FILLER,
    VALIDATED_SCORE,
    Pattern,
    PatternRecognizer,
    words_regex,
)

# A digit (another number) or a clause end; "no.", "nr.", "Nr." and the Italian and
# Spanish "n." abbreviate "number" and end nothing.
_DIGIT_OR_CLAUSE_END = re.compile(r"\d|[!?;\n]|(?<![Nn][oOrR])(?<!\b[Nn])\.\s")
_CLAUSE_END = re.compile(r"[!?;\n]|(?<![Nn][oOrR])(?<!\b[Nn])\.(?=\s)")
# What may follow an ID's word at the end of its line when the value stands alone on the
# next one ("mijn bsn\n185050049", "NHS number:\n 401 023 2137"): anything else blocks.
_NOT_A_SEPARATOR = re.compile(r"[^\s:#=?.(),-]")
# What opens a transcript's answer turn before the value it gives (`_asked_in_turn_before`):
# a speaker's label, which may hold a number ("Speaker 2:", "SPEAKER_01:", as diarisation
# writes them), and a short reply ("Kunde: Ja, ", "Customer: sure, it's "), no number and
# no clause end in the reply.
_ANSWER_OPENING = re.compile(r"(?:[^\n:]{1,30}:)?[^\d\n!?;.:]{0,40}")
# Hesitations and adverbs people put between a value's word and the value in chat ("my pin
# is just 3370", "the number on my ID card is, um, X6MJ6R21H", "war, glaube ich, W-73629E",
# "es, bueno, ..."): one of them, with the commas around it. A recognizer that allows
# fillers between its word and value may allow a few of these (`HEDGE`).
HEDGE_WORDS = (
    "um", "uh", "uhm", "umm", "erm", "er", "hmm", "like", "just", "actually", "basically",
    "probably", "i think", "i guess", "i believe", "still", "really",
    "äh", "ähm", "ehm", "eigentlich", "halt", "nur", "einfach", "wohl", "glaube ich",
    "glaub ich", "ich glaube", "ich glaub", "übrigens", "also",
    "euh", "heu", "bah", "ben", "en fait", "juste", "simplement", "je crois", "je pense",
    "genre", "bien",
    "eh", "este", "pues", "bueno", "o sea", "en realidad", "realmente", "solo", "sólo",
    "simplemente", "creo",
    "cioè", "tipo", "beh", "allora", "in realtà", "semplicemente", "credo", "penso",
    "nou", "eigenlijk", "gewoon", "volgens mij", "denk ik", "ik denk",
    "yyy", "eee", "właściwie", "po prostu", "tylko", "chyba", "jakby", "niby",
)  # fmt: skip
HEDGE = (
    r"(?:\s{0,3},?\s{0,3}(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in HEDGE_WORDS)
    + r")(?!\w)\s{0,3},?)"
)
"""Regex: one hesitation or adverb with the spaces and commas around it (`HEDGE_WORDS`)."""
# Between a value and the word that names it after it (`named_after`): punctuation, a
# bracket or dash, a link verb ("is", "ist", "est", "es", "è", "jest", "to", with
# "that"/"which" before it), then up to five little words: possessives, articles, an
# adjective such as "new", "number of/de/di".
LINK_AFTER = (
    r"[ \t,:;=(\[\-\u2013\u2014<>\u2190\u2192]*"
    # where the number is printed (first: "is on" before "is"): "X steht auf meinem
    # Führerschein", "X is on my passport", "X staat op mijn rijbewijs", "X figure sur mon
    # permis", "X widnieje na moim dowodzie"
    r"(?:(?:steht|stand|stehen|is printed|appears|figure|figura|aparece|compare|appare|staat"
    r"|stond|widnieje|is|ist|est|es|è|jest)\s+(?:on|in|auf|im|sur|dans|en|sul|sulla|nel|nella"
    r"|op|na|w)\s+"
    r"|(?:thats|that's|that\u2019s|it's|its|c'est|c\u2019est)(?:\s+|(?=,))"
    r"|(?:(?:that|which|this|it|dat|dit|das|dies|c'|c\u2019|ce|que|che|esto|eso|co)\s*)?"
    r"(?:is|was|'s|\u2019s|are|ist|war|est|était|etait|es|era|è|e'|jest|był|była|to)"
    r"(?:\s+|(?=,)))?"
    # a hesitation after the link: "X is actually my passport number", "X c'est, euh, ma plaque"
    rf"(?:{HEDGE}\s*){{0,2}}"
    # up to five little words in any order: possessives, articles, "new", "number of"
    r"(?:(?:my|our|his|her|their|your|the|a|an|of|for|mein|meine|meiner|meinen|meinem|meines"
    r"|eure|euer|eurer|ihre|doch|votre|vos|bien|vuestro|vuestra|tu|vostro|vostra|jullie|uw"
    r"|toch|wasza|wasz|wasze|twój|twoja|m'n|mn|z'n"
    # "the number on my BRP card": a preposition only after a number word (alone, "X auf
    # der Rechnung" would read the invoice as naming X)
    r"|number on|nummer auf|numéro sur|numero sul|numero sulla|nummer op|numer na"
    # "X i think, the one on my insurance card", "X, celui de ma carte": the one printed there
    r"|one on|one from|die auf|der auf|die von|celui sur|celui de|celle de|celle sur|el de"
    r"|la de|el que sale en|quello sulla|quello della|quello del|quella sulla|quella della"
    r"|die op|die van|ten z|ten na|ta z|ta na"
    r"|dein|deine|die|der|das|dem|von|vom|mon|ma|mes|le|la|l'|l\u2019|de|du|des|mi|el|su"
    r"|del|il|lo|mio|mia|della|dello|dei|di|mijn|het|onze|van|mój|moja|moje|mojego|mojej"
    r"|new|current|old|actual|full|personal|real|neue|neuer|neues|alte|aktuelle"
    # the adjective declined after a possessive: "meinem neuen Perso", "mojego nowego dowodu"
    r"|neuen|neuem|alten|altem|aktuellen|meines|nowego|nowej|nowym|starego|obecnego"
    r"|persönliche|nouveau|nouvelle|actuel|actuelle|nuevo|nueva|nuovo|nuova|attuale"
    r"|nieuwe|huidige|nowy|nowa|aktualny|number|nummer|numéro|número|numero|numer|nr|no)"
    r"\.?\s+){0,5}"
)
_LINK_AFTER = re.compile(LINK_AFTER, re.IGNORECASE)
_LINK_AFTER_CHARS = 64
# A link of separators and one article only starts the next clause ("N° client : X — la
# facture est fausse", "Kundennummer X, die Rechnung fehlt"); a copula or a possessive
# renames the value ("X is my invoice number", "X c'est la facture").
_ARTICLE_ONLY = re.compile(
    r"[\s,:;=(\[\-\u2013\u2014<>\u2190\u2192]*"
    r"(?i:the|a|an|der|die|das|le|la|les|l'|l\u2019|el|los|las|il|lo|gli|het|de|een)\s+"
)


def _renames(link: str) -> bool:
    """The link after a value (`link_end`) can rename it: it holds a word, and not only
    one article after separators."""
    return any(c.isalpha() for c in link) and _ARTICLE_ONLY.fullmatch(link) is None
# Words that doubt a value named in the same clause: a number with a failed check digit
# beside one of them is what its word says it is not ("invalid TIN", "not a BSN").
_DOUBT = words_regex(
    ("invalid", "not a", "not an", "not my", "isn't", "isnt", "is not", "fake", "example",
     "sample", "dummy", "test", "ungültig", "ungültige", "ungueltig", "kein", "keine",
     "beispiel", "invalide", "faux", "fausse", "exemple", "inválido", "invalido", "ejemplo",
     "falso", "no es", "non valido", "non è", "esempio", "ongeldig", "geen", "voorbeeld",
     "nieprawidłowy", "nieważny", "przykład", "przykładowy", "nie jest")
)  # fmt: skip

NAMED_SCORE = 0.52
"""What a value of the right shape scores when its own word names it but its check
digit fails: above the detector's threshold, below any validated reading of it."""

# A message that is one value by itself ("What is your NPI?" "1234567893"): at most
# `_LONE_CHARS`, a token of letters and digits or up to eight groups joined by a space,
# dash, dot or slash, with quotes, brackets and end punctuation around.
_LONE_CHARS = 40
_LONE_EDGE = " \t\r\n\"'`()[]{}<>.,;:!?\u00a0\u201c\u201d\u2018\u2019\u00ab\u00bb"
_LONE_SHAPE = re.compile(
    r"[\s\"'`(\[{<\u201c\u2018\u00ab]*\w+(?:[ .\-/]\w+){0,7}"
    r"[\s\"'`)\]}>.,;:!?\u201d\u2019\u00bb]*"
)
# "1111111112", "000-000-000": a form's filler, not somebody's number.
_FILLER_DIGITS = re.compile(r"(\d)\1*\d?\1*")

LONE_SCORE = 0.75
"""The least a validated value scores when it is a whole message by itself and no word
names it: a message that is nothing but a number whose check digit holds answers a
question ("What is your NPI?" "1234567893"), so it is masked (a veto word in the same
text still drops it). Stronger shapes keep their lead (`LONE_BOOST` on their own score,
up to `LONE_CAP`): where two checks hold, the stronger one names the value."""
LONE_BOOST = 0.45
LONE_CAP = 0.95


def named_after(text: str, end: int, words: re.Pattern[str] | None) -> bool:
    """One of `words` (a `words_regex`) names the value ending at `end` through a short
    link after it: "AB1234567 is my passport number", "X (Steuer-ID)", "X to mój PESEL",
    "0612345678 is my order number". A word that opens the next value names that one
    ("phone +48 601 234 567, IBAN DE89 ...", "X, order #1234")."""
    if words is None:
        return False
    window = text[: end + _LINK_AFTER_CHARS]
    word = words.match(window, link_end(window, end))
    return word is not None and _OPENS_VALUE.match(text, word.end(), word.end() + 16) is None


# What follows a word that introduces a value of its own: a separator or a "no." and the
# value's first characters (up to two letters, then a digit: "IBAN DE89", "order #12").
_OPENS_VALUE = re.compile(r"[ \t:#=.]*(?:(?i:no|nr|n°|num)\.?[ \t:#]*)?[A-Za-z]{0,2}\d")


def link_end(text: str, end: int) -> int:
    """Where the link after a value ending at `end` ends (`end` itself if none): the
    word that names the value, if any, starts there (`named_after`)."""
    link = _LINK_AFTER.match(text, end, end + _LINK_AFTER_CHARS)
    return end if link is None else link.end()


def _clause_before(text: str, start: int, window: int) -> str:
    """The `window` characters before `start`, cut at the last clause end among them
    ("no." / "Nr." end nothing)."""
    before = text[max(0, start - window) : start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def doubted(text: str, start: int, window: int = 40) -> bool:
    """The clause before `start` doubts the value there ("invalid", "not a", "example")."""
    assert _DOUBT is not None
    return _DOUBT.search(_clause_before(text, start, window)) is not None


def lone_text(text: str) -> bool:
    """`text` can be one value by itself (the cheap test before any pattern runs)."""
    return len(text) <= _LONE_CHARS and _LONE_SHAPE.fullmatch(text) is not None


def _filler(value: str) -> bool:
    """`value`'s digits are one repeated digit, a form's filler ("000000000")."""
    digits = "".join(c for c in value if c.isdigit())
    return bool(digits) and _FILLER_DIGITS.fullmatch(digits) is not None


def lone_value(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is the whole text but for spaces, quotes, brackets and end
    punctuation, and is not a form's filler of one repeated digit."""
    if text[:start].strip(_LONE_EDGE) or text[end:].strip(_LONE_EDGE):
        return False
    value = text[start:end]
    return any(c.isalpha() for c in value) or not _filler(value)


# A list of values and nothing else: its members joined by a comma, a semicolon, an
# ampersand or "and"/"or" of the seven languages ("X and Y", "X, Y und Z", "X o Y").
_LIST_JOIN = re.compile(
    r"\s*[,;&]\s*|\s+(?:and|or|und|oder|et|ou|y|o|e|ed|en|of|i|lub|albo|oraz)\s+",
    re.IGNORECASE,
)
_MEMBER = re.compile(r"\w+(?:[ .\-/]\w+){0,7}")
_MEMBERS_MAX = 8
LIST_CHARS = _LONE_CHARS * _MEMBERS_MAX
"""The longest text read as a list of values (`lone_members`)."""


def _shape(value: str) -> str:
    """`value` with each digit read as 9 and each letter as a ("AB-12" -> "aa-99")."""
    return "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in value)


def lone_members(text: str) -> list[tuple[int, int]] | None:
    """The bounds of the members of `text` when it is a list of two to eight values of one
    shape (each with a digit, quotes and brackets around allowed) and nothing else, else
    None: "00000000000 and 01333550323", "A1, B2; C3". Such a message answers a question
    as one value does (`LONE_IN_LISTS`).

    >>> lone_members("00000000000 and 01333550323")
    [(0, 11), (16, 27)]
    """
    if len(text) > LIST_CHARS:
        return None
    members: list[tuple[int, int]] = []
    start = 0
    joins = [*_LIST_JOIN.finditer(text), None]
    if not 2 <= len(joins) <= _MEMBERS_MAX:
        return None
    for join in joins:
        end = len(text) if join is None else join.start()
        part = text[start:end]
        left = len(part) - len(part.lstrip(_LONE_EDGE))
        value = part.strip(_LONE_EDGE)
        if _MEMBER.fullmatch(value) is None or not any(c.isdigit() for c in value):
            return None
        members.append((start + left, start + left + len(value)))
        start = end if join is None else join.end()
    shapes = {_shape(text[s:e]) for s, e in members}
    return members if len(shapes) == 1 else None


def lone_or_listed(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is the whole text (`lone_value`) or a member of a list of values
    of one shape that is the whole text (`lone_members`)."""
    if lone_value(text, start, end):
        return True
    return (start, end) in (lone_members(text) or ())


QUESTION_CHARS = 160
"""How much of the bot's turn before a lone value is read for what it asked."""
_REFERENCE_WORDS = words_regex(_words.NOT_PERSONAL)


def asks_for_reference(question: str) -> bool:
    """The end of a bot's turn asks about an order, ticket, invoice, parcel, version or
    phone line ("What is your order number?"), so a lone number typed in answer is that
    reference, not an ID (`drop_lone_ids`)."""
    assert _REFERENCE_WORDS is not None
    return _REFERENCE_WORDS.search(question[-QUESTION_CHARS:]) is not None


def drop_lone_ids(
    text: str, spans: list[Span], labels: frozenset[str], numbers: frozenset[str] = frozenset()
) -> list[Span]:
    """`spans` without the values that stand only because they are the whole text
    (`LONE_SCORE`, no word of their own named them): those of `labels` whatever they are
    written with, those of `numbers` when they are digits and separators only (a lone
    six-digit code, a lone card number: a reference's number, a password stays)."""
    return [
        s
        for s in spans
        if s.score >= VALIDATED_SCORE
        or not (
            s.label in labels
            or (s.label in numbers and not any(c.isalpha() for c in text[s.start : s.end]))
        )
        or not lone_or_listed(text, s.start, s.end)
    ]


class IdNumberRecognizer(PatternRecognizer):
    """A `PatternRecognizer` whose context word must belong to the value (see module)."""

    def __init__(self) -> None:
        super().__init__()
        self._trigger = re.compile(self.TRIGGER).search if self.TRIGGER else None

    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = _words.NOT_PERSONAL
    CONTEXT_BOOST: ClassVar[float] = 0.5
    CONTEXT_WINDOW: ClassVar[int] = 40
    MIN_DIGITS: ClassVar[int] = 3
    """The least number of digits a text must hold for this recognizer to find anything."""
    DIGIT_COUNTS: ClassVar[frozenset[int]] = frozenset()
    """For values made of digits and separators only: how many digits they have (a
    number written in groups counts all its groups). Empty: not used as a gate."""
    TOKEN_LENGTHS: ClassVar[frozenset[int]] = frozenset()
    """For values written as one token of letters and digits: its possible lengths."""
    ANSWERS_ALONE: ClassVar[bool] = True
    """Whether a text that is only a value of this recognizer's size is tried as its
    number without the word (`lone_text`). False for weak checks on common digit counts
    that name no person (a business register number)."""
    LOWER_CASE_SCORE: ClassVar[float | None] = None
    """If set, the most a value with lower-case letters scores (its patterns must then
    match lower case too: `re.IGNORECASE`)."""
    NAMED_DESPITE_CHECK: ClassVar[bool] = True
    """Whether a value its own word names stands when `validate` rejects it
    (`NAMED_SCORE`). False where the check tells this label from another one the same
    word names (an ITIN from an SSN after "tax id")."""
    LONE_IN_LISTS: ClassVar[bool] = False
    """Whether the members of a text that is a list of values of one shape and nothing
    else (`lone_members`) are read as lone values (`LONE_SCORE` when validated): only for
    checks strong enough that a list of references seldom holds a passing member."""
    LONE_UNCHECKED: ClassVar[bool] = False
    """Whether a value `validate` cannot check (None) but finds well formed answers alone
    (`LONE_SCORE`) when it is a whole message by itself, as a validated one does."""

    def _named(self, text: str, start: int, end: int) -> Span | None:
        """A value whose check fails, standing because its own word names it
        (`NAMED_SCORE`); the word is looked for first, the common answer being no."""
        if not self.NAMED_DESPITE_CHECK or _filler(text[start:end]):
            return None
        if not self.near_context(text, start, end) or doubted(text, start, self.CONTEXT_WINDOW):
            return None
        if self.has_negative_context(text, start, end):
            return None
        return Span(start, end, self.label, NAMED_SCORE, self.name)

    def lone_unchecked(self, value: str) -> bool:
        """Whether `value`, well formed but with no check to run, answers alone when it is
        the whole message (`LONE_UNCHECKED`; a subclass may rule out some values)."""
        return self.LONE_UNCHECKED

    def analyze(self, text: str) -> list[Span]:
        """The base `analyze`; a text that is one value by itself is read even without a
        trigger word, and then only a lone value counts (`LONE_SCORE`)."""
        spans = super().analyze(text)
        if spans or not self.TRIGGER_WORDS:
            return spans
        if not lone_text(text):
            return self.analyze_listed(text)
        spans = [s for s in self.analyze_ungated(text) if lone_value(text, s.start, s.end)]
        return spans or self.analyze_listed(text)

    def analyze_listed(self, text: str) -> list[Span]:
        """The members of a text that is a list of values of one shape (`lone_members`),
        each read as a lone value, when the recognizer says so (`LONE_IN_LISTS`) and
        every member is one of its values or a form's filler ("00000000000 and
        01333550323"): a list with a member that fails the check is a list of references
        (two random 11-digit numbers both pass the partita IVA's check once in 9,000
        lists; one of them once in 50)."""
        if not self.LONE_IN_LISTS or (members := lone_members(text)) is None:
            return []
        spans: list[Span] = []
        for start, end in members:
            member = text[start:end]
            found = self.analyze_ungated(member)
            whole = [s for s in found if (s.start, s.end) == (0, len(member))]
            if not whole and not _filler(member):
                return []
            spans.extend(replace(s, start=start, end=end) for s in whole)
        return spans

    def analyze_ungated(self, text: str) -> list[Span]:
        """`analyze` after the word gate passed elsewhere (`IdNumbersRecognizer`): the
        TRIGGER regex still applies, the TRIGGER_WORDS test is skipped."""
        if self._trigger is not None and not self._trigger(text):
            return []
        spans: list[Span] = []
        for item in self._compiled:
            for match in item.regex.finditer(text):
                start, end = match.span(item.group)
                if start < end and (span := self.check(text, start, end, item.pattern)):
                    spans.append(span)
        return spans

    def near_context(self, text: str, start: int, end: int) -> bool:
        """A context word just before `start` (no number or clause end in between) or
        just after `end`."""
        if self.context_before(
            text, start, window=self.CONTEXT_WINDOW, blocker=_DIGIT_OR_CLAUSE_END
        ):
            return True
        if self._word_ends_line_before(text, start):
            return True
        if self.context_after(text, end, blocker=_DIGIT_OR_CLAUSE_END) is not None:
            return True
        if named_after(text, end, self._context):
            return True
        return self._asked_in_turn_before(text, start)

    def _asked_in_turn_before(self, text: str, start: int) -> bool:
        """The value opens the answer to a question on the line before whose last clause
        names it: "Agent: Können Sie mir Ihre Steuer-ID nennen?\nKunde: Ja, 93749102590."
        (`_ANSWER_OPENING`: a speaker's label and a short reply, no number, before it)."""
        line_start = text.rfind("\n", 0, start)
        if line_start <= 0 or _ANSWER_OPENING.fullmatch(text, line_start + 1, start) is None:
            return False
        question = text[text.rfind("\n", 0, line_start) + 1 : line_start].rstrip()
        if not question.endswith("?"):
            return False
        return self.context_before(
            question, len(question) - 1, window=self.CONTEXT_WINDOW, blocker=_DIGIT_OR_CLAUSE_END
        )

    def _word_ends_line_before(self, text: str, start: int) -> bool:
        """The value starts its line and the line before ends with a context word (and
        separators only): "mijn bsn\n185050049", "Steuer-ID:\n12 345 678 901"."""
        line_start = text.rfind("\n", 0, start)
        if line_start <= 0 or text[line_start + 1 : start].strip():
            return False
        return self.context_before(
            text, line_start, window=self.CONTEXT_WINDOW, blocker=_NOT_A_SEPARATOR
        )

    def has_negative_context(self, text: str, start: int, end: int) -> bool:
        """The base rule (a veto word names this value: right before it, fillers such as
        "no." between), with "no." / "Nr." not read as the end of a clause."""
        if self._negative is None:
            return False
        before = _clause_before(text, start, self.CONTEXT_WINDOW)
        words = list(self._negative.finditer(before))
        if words and _VETO_FILLER.fullmatch(before, words[-1].end()) is not None:
            return True
        if not named_after(text, end, self._negative):
            return False
        # The value's own word right before it (separators only between) named it first,
        # and only a dash or a comma leads to the veto word: "NIP 931-596-07-84 – faktura na
        # ...": the next clause is about the invoice ("X is the invoice number" renames it).
        if _renames(text[end : link_end(text, end)]):
            return True
        return not self.named_before(text, start)

    def named_before(self, text: str, start: int) -> bool:
        """Whether the value's own word stands right before it (separators only between)."""
        return self.context_before(
            text, start, window=self.CONTEXT_WINDOW, blocker=_NOT_A_SEPARATOR
        )

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        cap = self.LOWER_CASE_SCORE
        lower = cap is not None and any(c.islower() for c in text[start:end])
        if cap is not None and lower:
            pattern = replace(pattern, score=min(pattern.score, cap))
        verdict = self.validate(text[start:end], pattern)
        if verdict is False:
            return self._named(text, start, end)
        if self.has_negative_context(text, start, end):
            return None
        context = self.near_context(text, start, end)
        if verdict:
            score = VALIDATED_SCORE if context else pattern.score
            if not context and lone_value(text, start, end):
                score = max(score, LONE_SCORE, min(LONE_CAP, pattern.score + LONE_BOOST))
        else:
            score = min(VALIDATED_SCORE, pattern.score + (self.CONTEXT_BOOST if context else 0.0))
            lone = not (context or lower) and lone_value(text, start, end)
            if lone and self.lone_unchecked(text[start:end]):
                score = max(score, LONE_SCORE)
        return Span(start, end, self.label, round(score, 4), self.name)


class NamedAfterRecognizer(IdNumberRecognizer):
    """An `IdNumberRecognizer` that also reads values a word names after them through a
    short link ("DM6PBUGS6 is mijn paspoortnummer", "TM-617-FX c'est ma plaque"): each
    token `AFTER_TOKEN` finds (its group `v`) is checked with the pattern of the first
    word group (`words_after`) that names it. The keyed fallbacks (document, member and
    plate numbers) use it."""

    AFTER_TOKEN: ClassVar[re.Pattern[str]]

    def words_after(self) -> tuple[tuple[Pattern, re.Pattern[str] | None], ...]:
        """The pattern to check a value with, for each group of words that may name it."""
        raise NotImplementedError

    def after_candidate(self, value: str) -> bool:
        """Whether a token is worth reading the words after it."""
        return True

    def analyze(self, text: str) -> list[Span]:
        spans = super().analyze(text)
        if not all(gate(text) for gate in self._gates):
            return spans
        return self._with_named_after(text, spans)

    def analyze_ungated(self, text: str) -> list[Span]:
        return self._with_named_after(text, super().analyze_ungated(text))

    def _with_named_after(self, text: str, spans: list[Span]) -> list[Span]:
        groups = self.words_after()
        for match in self.AFTER_TOKEN.finditer(text):
            start, end = match.span("v")
            if not self.after_candidate(match["v"]):
                continue
            if any(s.start < end and start < s.end for s in spans):
                continue
            at = link_end(text, end)
            for pattern, words in groups:
                if words is not None and words.match(text, at):
                    if (span := self.check(text, start, end, pattern)) is not None:
                        spans.append(span)
                    break
        return spans
