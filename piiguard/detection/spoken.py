"""Values read out: a number dictated digit by digit in words, letters said in a spelling
alphabet, separators said, in the seven languages we serve.

People who dictate a value (or type what they would say, or send a voice note that is
transcribed) write it so that no pattern matches: "my pin is four two nine one", "vier
zwei neun eins", "oh seven seven double five", "zéro six, douze, trente-quatre", "D E
acht neun ...", "Dora Emil eins sieben ...", "K as in Kilo, B wie Berta", "one six one
dash six one dash ...". `spoken_values` finds each run of such words and what it spells
("4291", "0775", "06 12 34" run together, "DE89...", "161-61-..."); the detector
(`piiguard.detection.encoded`) reads that value with the words before the run, so the
value's own recognizer decides (a PIN after "pin", an IBAN by its check digits), and the
run is masked whole.

What a run is made of (words separated by spaces, or a comma and spaces):

- a digit word of any of the seven languages ("four", "vier", "quatre", "cuatro",
  "quattro", "vier", "cztery"; "oh" for zero), "double"/"triple" before one;
- a digit group ("8 8", "acht 8 8 drei") and a single capital letter ("D E ..."); a
  single lower-case letter too, as a voice-to-text transcript writes the letters of a
  value ("g b eight two w e s t ...", "x uno dos ..."), unless an apostrophe elides it
  ("l'ha", "d'accord"; not "n'otto": a digit word after it);
- at the start of a run, the word for the "+" of a country code ("plus", "más", "più");
- a letter said: a word of a spelling alphabet (NATO's, and the German, French, Spanish,
  Italian, Dutch and Polish ones: "Kilo", "Dora", "Célestin", "Barcelona", "Domodossola",
  "Dirk", "Grażyna"), or a letter, a link word and a word that starts with that letter
  ("A as in Anna", "B wie Berta", "C comme Célestin", "D de Dolores", "E come Empoli",
  "F van Ferdinand", "G jak Grażyna");
- a separator said between two of the above ("dash", "Bindestrich", "tiret", "guion",
  "trattino", "streepje", "myślnik"; "slash", "Schrägstrich", "barra", "ukośnik");
- in a run that starts with "zéro", a French number from ten to ninety-nine (French
  numbers are dictated two digits at a time: "zéro six, douze, trente-quatre").

A lower-case letter at a run's edge may be a word of the sentence instead ("y", "e", "è",
"o", "z", "w": "and", "is", "or", "with", "in"): `spoken_values(text, trimmed=True)` also
gives the run read without it, at either edge or both, and the value's recognizer picks
the reading that holds a value.

A run is read when it holds `MIN_SAID` words that say characters (a run of bare digits and
capitals is the raw text's), is not glued to the words beside it, spells at least
`MIN_CHARS` characters and does not count up or down (`counting`). A capitalised word
of a spelling alphabet is its letter even where it is also a digit word ("Otto" is O in
the German alphabet, "otto" is 8 in Italian).

>>> [(v.decoded, v.start, v.end) for v in spoken_values("pin: vier zwei neun eins!")]
[('4291', 5, 24)]
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from piiguard.detection.number_words import NUMBER_WORDS, number_words

MIN_CHARS = 3
"""Fewest characters a run must spell to be read (a card's CVV: three digits)."""
MIN_SAID = 2
"""Fewest words a run must say characters with: one number word beside digits is prose
("2026, un jour", "page 3, one of them"); a person dictating says most of them."""

DIGIT_WORDS: dict[str, str] = {
    word: str(digit)
    for language in NUMBER_WORDS
    for digit in range(10)
    for word in number_words(language, digit)
}
"""Each digit word of the seven languages (lower case) and its digit, "oh" for zero; those
with a language's own letters also as typed without them ("fuenf", "piec"), as
`piiguard.consent.stated_age` reads the numbers five to fifteen (`number_words`)."""

_SPELLING_ALPHABETS = (
    # NATO, German (DIN 5009, the words people still use), French, Spanish, Italian,
    # Dutch and Polish spelling alphabets, A to Z.
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November"
    " Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu",
    "Anton Berta Cäsar Dora Emil Friedrich Gustav Heinrich Ida Julius Kaufmann Ludwig Martha"
    " Nordpol Otto Paula Quelle Richard Samuel Theodor Ulrich Viktor Wilhelm Xanthippe"
    " Ypsilon Zacharias",
    "Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis"
    " Marcel Nicolas Oscar Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier"
    " Yvonne Zoé",
    "Antonio Barcelona Carmen Dolores España Francia Granada Historia Inés José Kilo Lorenzo"
    " Madrid Navarra Oviedo París Querido Ramón Sábado Toledo Úrsula Valencia Washington"
    " Xilófono Yegua Zaragoza",
    "Ancona Bologna Como Domodossola Empoli Firenze Genova Hotel Imola Jolly Kappa Livorno"
    " Milano Napoli Otranto Palermo Quarto Roma Savona Torino Udine Venezia Washington Xeres"
    " Yacht Zara",
    "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Jan Karel Lodewijk"
    " Maria Nico Otto Pieter Quotiënt Richard Simon Theodoor Utrecht Victor Willem Xantippe"
    " Ypsilon Zaandam",
    "Adam Barbara Celina Dorota Edward Franciszek Grażyna Henryk Irena Jadwiga Karol Ludwik"
    " Maria Natalia Olga Paweł Quebec Roman Stefan Tadeusz Urszula Wacław Wanda Xawery"
    " Ypsylon Zygmunt",
)


def _plain(word: str) -> str:
    """`word` in lower case without diacritics ("Célestin" -> "celestin"). Not
    `lexicon.fold`: that also spells out the letters NFKD leaves whole ("ł" as "l", "æ" as
    "ae"), which would make "L as in Łukasz" a letter said, and "Æ" two letters."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


SPELLING_WORDS: dict[str, str] = {
    word.casefold(): _plain(word)[0].upper()
    for alphabet in _SPELLING_ALPHABETS
    for word in alphabet.split()
}
"""Each word of the spelling alphabets (lower case) and the letter it says."""

LINK_WORDS = frozenset(
    {"as in", "like", "for", "wie", "für", "comme", "de", "como", "come", "per", "van",
     "voor", "jak"}
)  # fmt: skip
"""The words between a letter and the word that says it ("A as in Anna", "B wie Berta")."""

SEPARATOR_WORDS: dict[str, str] = {
    "dash": "-", "hyphen": "-", "bindestrich": "-", "strich": "-", "tiret": "-",
    "guion": "-", "guión": "-", "trattino": "-", "streepje": "-", "myślnik": "-",
    "slash": "/", "schrägstrich": "/", "barra": "/", "ukośnik": "/",
}  # fmt: skip
"""Separators said inside a value, and the character each stands for."""


def _letter_link(after: str) -> re.Pattern[str]:
    """A letter (group 1), a space or an apostrophe (`_AFTER_LETTER`), a link word and a
    space, then `after`: "A as in ", "B wie "."""
    links = "|".join(re.escape(link) for link in sorted(LINK_WORDS, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])([^\W\d_])[ '](?:{links}) {after}", re.IGNORECASE)


_LETTER_AND_LINK = _letter_link(r"\Z")
"""A letter and a link word right before a position ("A as in |Anna|": `says_letter`)."""


def says_letter(text: str, start: int, end: int) -> bool:
    """Whether the word `text[start:end]` says the letter before it and a link word ("A as
    in |Anna|", "B wie |Berta|", "C comme |Célestin|", "G jak |Grażyna|").

    >>> says_letter("A as in Anna", 8, 12), says_letter("B as in Anna", 8, 12)
    (True, False)
    """
    said = _LETTER_AND_LINK.search(text, max(0, start - 9), start)
    return said is not None and _plain(said.group(1)) == _plain(text[start:end])[:1]


REPEAT_WORDS = {"double": 2, "triple": 3}

PLUS_WORDS = frozenset({"plus", "más", "mas", "più", "piu"})
"""The "+" of a country code said, in the seven languages ("plus", "más", "più")."""

_FR_UNITS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
)  # fmt: skip
_FR_TENS = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6}
_FR_TEEN = r"(?:dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize)"
_FR_UNIT = r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_FR_NUMBER = re.compile(
    rf"(?:quatre-vingts?|vingt|trente|quarante|cinquante|soixante)"
    rf"(?:(?:-| et |-et-){_FR_TEEN}|(?:-| et |-et-){_FR_UNIT})?(?![\w-])|{_FR_TEEN}(?![\w-])",
    re.IGNORECASE,
)


def french_number(words: str) -> int:
    """The value of a French number from ten to ninety-nine ("soixante et onze": 71).

    >>> french_number("quatre-vingt-douze"), french_number("vingt et un"), french_number("dix")
    (92, 21, 10)
    """
    words = words.lower().replace(" et ", "-").replace("-et-", "-")
    if words.startswith("quatre-vingt"):
        tens, rest = 80, words[len("quatre-vingt") :].lstrip("s").lstrip("-")
    elif words.split("-")[0] in _FR_TENS:
        head, _, rest = words.partition("-")
        tens = 10 * _FR_TENS[head]
    else:
        tens, rest = 0, words
    return tens + (_FR_UNITS.index(rest) if rest else 0)


_TOKEN = re.compile(r"[^\W_]+")
_GAP = re.compile(r"[ \t]*,?[ \t]+|[ \t]*,[ \t]*")


@dataclass(frozen=True, slots=True)
class SpokenValue:
    """`text[start:end]` is a value read out; `decoded` is what it spells."""

    start: int
    end: int
    decoded: str


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    chars: str
    said: bool  # a word that says a character (not a bare digit group or capital)
    kind: str  # "value", "letter" (a lower-case one), "separator" or "pairs" (French 10-99)


_AFTER_LETTER = frozenset(" '")
"""What follows a letter said: a space, or the apostrophe the detection view gives a lone
letter before a vowel (it reads "N as in" as the elision "N'as in": `typos`)."""


def _next_to(text: str, piece: _Piece, start: int) -> bool:
    """Whether the word at `start` follows `piece` in one run."""
    if _GAP.fullmatch(text, piece.end, start) is not None:
        return True
    return piece.end - piece.start == 1 and start == piece.end + 1 and text[piece.end] == "'"


def _link_after(text: str, pos: int) -> int | None:
    """The end of a link word ("as in", "wie", ...) right after `text[pos]` and a space."""
    for link in LINK_WORDS:
        end = pos + 1 + len(link)
        if (
            text[pos : pos + 1] in _AFTER_LETTER
            and text[pos + 1 : end].lower() == link
            and text[end : end + 1] == " "
        ):
            return end + 1
    return None


def _piece_at(text: str, token: re.Match[str], first: bool) -> _Piece | None:
    word = token.group()
    start, end = token.span()
    lower = word.lower()
    if len(word) == 1 and word.isalpha():
        said = _link_after(text, end)
        if said is not None:  # "A as in Anna": the letter, the link, a word with its letter
            named = _TOKEN.match(text, said)
            if named is not None and _plain(named.group())[:1] == _plain(word):
                return _Piece(start, named.end(), word.upper(), True, "value")
        if word.isupper():
            return _Piece(start, end, word, False, "value")
        if text[end : end + 1] == "'":
            # an elided article or pronoun ("l'ha", "d'accord"), unless a digit word follows:
            # the detection view gives a lone letter before a vowel an apostrophe ("n otto"
            # is read "n'otto", `typos`)
            nxt = _TOKEN.match(text, end + 1)
            if nxt is None or nxt.group().lower() not in DIGIT_WORDS:
                return None
        return _Piece(start, end, word.upper(), False, "letter")
    if word.isdigit():
        return _Piece(start, end, word, False, "value") if len(word) <= 6 else None
    capitalised = word[:1].isupper() and not first
    if lower in DIGIT_WORDS and not (capitalised and lower in SPELLING_WORDS):
        return _Piece(start, end, DIGIT_WORDS[lower], True, "value")
    if lower in SPELLING_WORDS:
        return _Piece(start, end, SPELLING_WORDS[lower], True, "value")
    if lower in SEPARATOR_WORDS:
        return _Piece(start, end, SEPARATOR_WORDS[lower], True, "separator")
    if first and lower in PLUS_WORDS:  # "plus four four ...": a country code's "+"
        gap = _GAP.match(text, end)
        nxt = _TOKEN.match(text, gap.end()) if gap is not None else None
        if nxt is not None and nxt.group().lower() in DIGIT_WORDS:
            return _Piece(start, end, "+", False, "value")
        return None
    if lower in REPEAT_WORDS:
        gap = _GAP.match(text, end)
        nxt = _TOKEN.match(text, gap.end()) if gap is not None else None
        if nxt is not None and nxt.group().lower() in DIGIT_WORDS:
            digit = DIGIT_WORDS[nxt.group().lower()]
            return _Piece(start, nxt.end(), digit * REPEAT_WORDS[lower], True, "value")
    return None


_SAID_WORDS = frozenset(
    {*DIGIT_WORDS, *SPELLING_WORDS, *SEPARATOR_WORDS, *REPEAT_WORDS, *_FR_TENS, "vingts"}
    | {part for unit in _FR_UNITS for part in unit.split("-")}
)
"""Every word that says a character, or a part of a French number said (`may_say_values`)."""
_LINK_PARTS = frozenset(part for link in LINK_WORDS for part in link.split())
_SAYABLE = _SAID_WORDS | _LINK_PARTS | PLUS_WORDS | {"et"}
"""Every word that can be part of a run (a candidate's words: `_candidates`): those, the
link words and the "et" of "vingt et un"."""
_CANDIDATE_GAPS = frozenset({" ", ", ", "-", " ,", "'"})
_LETTER_LINK = _letter_link(r"[^\W_]")
"""A letter said with a link word and the word after it ("A as in Anna": `may_say_values`)."""


# An ASCII text's words as `_TOKEN` cuts them (letters and digits; `_` is no letter):
# every other byte a space, then split. The ASCII words of the sets, as bytes (a word
# with another letter is no word of an ASCII text).
_ASCII_WORD_GAPS = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
_SAID_ASCII: AbstractSet[object] = frozenset(w.encode() for w in _SAID_WORDS if w.isascii())
_LINK_ASCII: AbstractSet[object] = frozenset(w.encode() for w in _LINK_PARTS if w.isascii())


def may_say_values(text: str) -> bool:
    """Whether `text` has two words that say characters, or a letter said with a link
    word ("A as in Anna"): the test, run in C, that most texts fail before their words
    are read one by one.

    >>> may_say_values("my pin is vier zwei"), may_say_values("see you at nine")
    (True, False)
    """
    words: Sequence[object]
    if text.isascii():  # most texts: their words cut out in bytes, five times faster
        words = text.encode().translate(_ASCII_WORD_GAPS).lower().split()
        said, links = _SAID_ASCII, _LINK_ASCII
    else:
        words = _TOKEN.findall(text.lower())
        said, links = _SAID_WORDS, _LINK_PARTS
    if sum(map(said.__contains__, words)) >= MIN_SAID:
        return True
    return not links.isdisjoint(words) and _LETTER_LINK.search(text) is not None


def _candidates(text: str) -> list[tuple[int, int]]:
    """Stretches of two or more words and groups that may say characters, next to each
    other: one pass over the words of `text` and a set look-up for each (a run is then
    read word by word by `_pieces` inside its stretch only)."""
    found: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    for token in _TOKEN.finditer(text):
        word = token.group()
        sayable = (
            len(word) == 1
            or word.lower() in _SAYABLE
            or (word.isdigit() and len(word) <= 6)
            # any word after a letter and a link word says that letter ("A as in Anna")
            or says_letter(text, token.start(), token.end())
        )
        if not sayable:
            if count >= 2:
                found.append((start, end))
            count = 0
            continue
        gap = text[end : token.start()]
        if count and (gap in _CANDIDATE_GAPS or _GAP.fullmatch(gap)):
            count += 1
        else:
            if count >= 2:
                found.append((start, end))
            start, count = token.start(), 1
        end = token.end()
    if count >= 2:
        found.append((start, end))
    return found


def _pieces(text: str, pos: int, stop: int) -> list[list[_Piece]]:
    """The runs of pieces next to each other (a gap of spaces, or a comma and spaces) in
    `text[pos:stop]`."""
    runs: list[list[_Piece]] = []
    run: list[_Piece] = []
    while True:
        token = _TOKEN.search(text, pos, stop)
        if token is None:
            break
        if run and not _next_to(text, run[-1], token.start()):
            runs.append(run)
            run = []
        piece = None
        if run and run[0].chars == "0" and _plain(text[run[0].start : run[0].end]) == "zero":
            number = _FR_NUMBER.match(text, token.start(), stop)
            if number is not None:
                value = french_number(number.group())
                piece = _Piece(number.start(), number.end(), f"{value:02d}", True, "pairs")
        if piece is None:
            piece = _piece_at(text, token, first=not run)
        if piece is None:
            if run:
                runs.append(run)
                run = []
            pos = token.end()
            continue
        run.append(piece)
        pos = piece.end
    if run:
        runs.append(run)
    return runs


def counting(decoded: str) -> bool:
    """Whether digits said one by one count up or down ("one two three four five"): a
    child counting, a countdown, not a value (four digits or more).

    >>> counting("123456789"), counting("987654321"), counting("4291")
    (True, True, False)
    """
    if len(decoded) < 4 or not decoded.isdigit():
        return False
    steps = {int(b) - int(a) for a, b in itertools.pairwise(decoded)}
    return steps in ({1}, {-1})


_GLUE = frozenset("/.-_@+&")


def _glued(text: str, at: int) -> bool:
    """Whether `text[at]`, next to a piece, joins it to a word: a letter or digit, or a
    character that joins words and numbers between two that are no space ("14/07/2026",
    "t-online", "a.b")."""
    if at < 0 or at >= len(text):
        return False
    if text[at].isalnum():
        return True
    return (
        text[at] in _GLUE
        and 0 < at < len(text) - 1
        and not text[at - 1].isspace()
        and not text[at + 1].isspace()
    )


def _readings(run: list[_Piece]) -> list[list[_Piece]]:
    """`run`, `run` without the lower-case letter at its start, its end or both, and each
    stretch of it between lower-case letters: a letter inside may be a word of the
    sentence too ("... siete ocho y un saludo", "... sette e tre quattro ..."), and then
    the values beside it are read as they were before such letters joined a run."""
    head = [0, 1] if run[0].kind == "letter" else [0]
    tail = [0, 1] if run[-1].kind == "letter" else [0]
    readings = [run[a : len(run) - b] for b in tail for a in head if len(run) - a - b > 0]
    stretch: list[_Piece] = []
    for piece in [*run, None]:
        if piece is not None and piece.kind != "letter":
            stretch.append(piece)
            continue
        while stretch and stretch[0].kind == "separator":
            stretch = stretch[1:]
        while stretch and stretch[-1].kind == "separator":
            stretch = stretch[:-1]
        if stretch and len(stretch) < len(run) and stretch not in readings:
            readings.append(stretch)
        stretch = []
    return readings


def spoken_values(text: str, *, trimmed: bool = False) -> list[SpokenValue]:
    """The values read out in `text` (module docstring) and what each spells; with
    `trimmed`, also each run read without a lower-case letter at its edges."""
    values: list[SpokenValue] = []
    if not may_say_values(text):
        return values
    runs = [run for start, end in _candidates(text) for run in _pieces(text, start, end)]
    for run in runs:
        # a piece glued to the word before or after it is part of that word ("14/07/2026,
        # un": the year is the date's), and a run opens and ends with a character
        while run and (run[0].kind == "separator" or _glued(text, run[0].start - 1)):
            run = run[1:]
        while run and (run[-1].kind == "separator" or _glued(text, run[-1].end)):
            run = run[:-1]
        for reading in _readings(run) if trimmed and run else [run]:
            if sum(p.said for p in reading) < MIN_SAID:
                continue
            decoded = "".join(p.chars for p in reading)
            if sum(c.isalnum() for c in decoded) < MIN_CHARS or counting(decoded):
                continue
            values.append(SpokenValue(reading[0].start, reading[-1].end, decoded))
    return values
