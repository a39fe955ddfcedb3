"""The reply guard: personal data in a reply that is not the session's own never reaches the client.

It runs after the session's placeholders are restored. Every value the detector
finds in the reply is judged, in this order:

1. on the operator's allow-list (`ReplyPolicy.allow_values`: the company's own
   support phone, e-mail, address) -> kept;
2. the session's own (its vault values, which include what the user typed in
   this conversation) -> kept;
3. otherwise the label's action: `redact` (default) replaces it by `[LABEL]`,
   `allow` keeps it, `refuse` withholds the whole reply (`ReplyBlockedError`;
   the caller answers with an error event or an OpenAI-shaped error).

Values are compared normalised, so a value the bot reformats is still recognised:
case and runs of whitespace never matter, nor do separators (`4111-1111-...` is
`4111 1111 ...`). A phone number matches on its digits, ignoring leading zeros,
when one is the tail of the other and the shorter has at least 7 digits: the
user's `+48 601 234 567` repeated as `601-234-567` is theirs (the bot revealed no
digit the user did not give; the price is that another person's number with the
same national digits in another country also passes). Names, places and
organisations (`ReplyPolicy.partial_match_labels`) also match when every word of
the found value is a word of one own value: "Ms Kowalska" is the user's when the
user is "Anna Kowalska", a different "Anna Nowak" is not. Any other value written out
whole inside an own value of several words (a run of its whitespace-separated words,
the punctuation around them aside) is own too: the postcode of the user's address, the
date in the user's "born 12 March 1985".

>>> import re
>>> from piiguard._types import Span
>>> class Phones:
...     name, labels = "phones", frozenset({"PHONE_NUMBER"})
...     def analyze(self, text):
...         return [Span(m.start(), m.end(), "PHONE_NUMBER", 1.0, self.name)
...                 for m in re.finditer(r"\\+?\\d[\\d -]{7,}\\d", text)]
>>> from piiguard.detection.engine import Detector
>>> guard = ReplyGuard(Detector([Phones()]))
>>> guard.check("Call 601-234-567 or +44 20 7946 0958.", ["+48 601 234 567"]).text
'Call 601-234-567 or [PHONE_NUMBER].'
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from piiguard._types import (
    DATE_TIME,
    LOCATION,
    ORGANIZATION,
    PERSON,
    PHONE_NUMBER,
    REPLY_ACTIONS,
    URL,
    Recognizer,
    ReplyAction,
    Span,
)
from piiguard.chat_format import SURROGATE
from piiguard.detection.cache import SpanCache
from piiguard.detection.encoded import ENCODED_SOURCE, encoded_runs
from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import PARTICLES, Lexicon, fold, name_cue_ends, words_of
from piiguard.detection.markup import unmark
from piiguard.detection.policy import has_locating_word
from piiguard.detection.recognizers import PatternRecognizer
from piiguard.exceptions import ConfigError, DetectionError, PiiGuardError, ReplyBlockedError
from piiguard.reply_stream import GuardedStream, StreamLimits

MIN_PHONE_DIGITS = 7
"""A phone number matches an own number by its tail only with at least this many digits."""

OWN_SOURCE = "own"
"""The source of the spans a reply guard remembers for the session's own values."""

NAME_LABELS = frozenset({PERSON, LOCATION, ORGANIZATION})
"""Labels whose values also match own values word by word by default."""

_WORD_RULE_LABELS = NAME_LABELS | {PHONE_NUMBER}
"""Labels with their own rule for parts of an own value (`ValueSet.matches`)."""

WORD_MODEL_LABELS = NAME_LABELS | {DATE_TIME}
"""What a word model (the NER model) reports: it runs on text with a capital letter."""

_WORD_RE = re.compile(r"\w+")
_TOKEN_RE = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_END = re.compile(r"['’][sS]$")
_PATTERN_TOKEN = re.compile(r"\d|@|://")
_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?¡¿-"
_CUE_CONTEXT_CHARS = 32
"""How far before a stream window's new text a person cue or place word is looked for."""


def redact_marker(label: str) -> str:
    """What a masked value becomes in a reply.

    >>> redact_marker("PHONE_NUMBER")
    '[PHONE_NUMBER]'
    """
    return f"[{label}]"


@dataclass(frozen=True, kw_only=True)
class ReplyPolicy:
    """What happens to a value in a reply that is not the session's own.

    >>> policy = ReplyPolicy(per_label={"CREDIT_CARD": "refuse"}, allow_values=("+1 800 555 0100",))
    >>> policy.action_for("CREDIT_CARD"), policy.action_for("PERSON")
    ('refuse', 'redact')
    """

    default: ReplyAction = "redact"
    per_label: Mapping[str, ReplyAction] = field(default_factory=dict)
    allow_values: tuple[str, ...] = ()
    """Values the operator allows on purpose (support phone, e-mail, address)."""
    partial_match_labels: frozenset[str] = NAME_LABELS
    """Labels whose values also match word by word (see the module docstring)."""

    def __post_init__(self) -> None:
        for label, action in {"default": self.default, **self.per_label}.items():
            if action not in REPLY_ACTIONS:
                raise ConfigError(f"reply action for {label} must be one of {REPLY_ACTIONS}")
        object.__setattr__(self, "per_label", dict(self.per_label))
        object.__setattr__(self, "allow_values", tuple(self.allow_values))
        object.__setattr__(self, "partial_match_labels", frozenset(self.partial_match_labels))

    def action_for(self, label: str) -> ReplyAction:
        return self.per_label.get(label, self.default)


@dataclass(frozen=True, slots=True)
class GuardedReply:
    """A checked reply: the text to send and how many values were masked, per label."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _as_read(value: str) -> str:
    """`value` with its inline markup read past (`piiguard.detection.markup`): a value the
    detector found with a tag inside ("4111</b> 1111 ...") is compared as it reads."""
    view = unmark(value)
    return value if view is None else view.text


def _fold(value: str) -> str:
    return " ".join(value.casefold().split())


def _compact(value: str) -> str:
    return "".join(c for c in value.casefold() if c.isalnum())


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit()).lstrip("0")


class ValueSet:
    """A set of values compared normalised (see the module docstring for the rules).

    >>> own = ValueSet(["+48 601 234 567", "Anna Kowalska", "Anna.K@Example.org"])
    >>> own.matches("PHONE_NUMBER", "601-234-567"), own.matches("PERSON", "Kowalska")
    (True, True)
    >>> own.matches("EMAIL_ADDRESS", "anna.k@example.org"), own.matches("PERSON", "Anna Nowak")
    (True, False)
    """

    def __init__(
        self, values: Collection[str], *, partial_match_labels: Collection[str] = NAME_LABELS
    ) -> None:
        self._partial_labels = frozenset(partial_match_labels)
        self._folded: set[str] = set()
        self._compact: set[str] = set()
        self._phones: list[str] = []
        self._words: list[frozenset[str]] = []
        self._token_runs: list[tuple[str, ...]] = []
        for value in map(_as_read, values):
            if not value or value.isspace():
                continue
            self._folded.add(_fold(value))
            compact = _compact(value)
            if compact:
                self._compact.add(compact)
            digits = _digits(value)
            if len(digits) >= MIN_PHONE_DIGITS:
                self._phones.append(digits)
            words = _value_words(value)
            if words:
                self._words.append(words)
            tokens = _tokens(value)
            if len(tokens) > 1:
                self._token_runs.append(tokens)

    def __bool__(self) -> bool:
        return bool(self._folded)

    def matches(self, label: str, value: str) -> bool:
        """Whether `value`, found with `label`, is one of the set's values."""
        if not self._folded:
            return False
        value = _as_read(value)
        if _fold(value) in self._folded:
            return True
        compact = _compact(value)
        if compact and compact in self._compact:
            return True
        if label == PHONE_NUMBER:
            digits = _digits(value)
            if len(digits) >= MIN_PHONE_DIGITS and any(
                own.endswith(digits) or digits.endswith(own) for own in self._phones
            ):
                return True
        if label in self._partial_labels:
            words = _value_words(value)
            if words and any(words <= own for own in self._words):
                return True
        if label in _WORD_RULE_LABELS:
            return False  # names by their words above, phone numbers by their digits
        tokens = _tokens(value)
        return bool(tokens) and any(_holds_run(own, tokens) for own in self._token_runs)


def _value_words(value: str) -> frozenset[str]:
    """The words of a value, case folded: how names are compared with own values."""
    return frozenset(_WORD_RE.findall(value.casefold()))


def _tokens(value: str) -> tuple[str, ...]:
    """The whitespace-separated words of a value, case folded, punctuation around them
    stripped."""
    return tuple(
        token for token in (t.strip(_PUNCTUATION) for t in value.casefold().split()) if token
    )


def _holds_run(own: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Whether `tokens` is a run of `own`'s tokens, in order and next to each other."""
    n = len(tokens)
    return any(own[i : i + n] == tokens for i in range(len(own) - n + 1))


class _Judge:
    """Applies a policy to the spans of one reply (implements `SpanRenderer`)."""

    def __init__(
        self,
        policy: ReplyPolicy,
        allowed: ValueSet,
        own_values: Collection[str],
        decoded_values: Callable[[Span, str], list[tuple[Span, str]] | None] | None = None,
    ) -> None:
        self._policy = policy
        self._allowed = allowed
        self._own_values = tuple(own_values)
        self._own: ValueSet | None = None  # built when the first value is judged
        self._decoded_values = decoded_values

    def _own_set(self) -> ValueSet:
        # Most replies hold no value to judge: the session's values are normalised only
        # for one that does.
        if self._own is None:
            self._own = ValueSet(
                self._own_values, partial_match_labels=self._policy.partial_match_labels
            )
        return self._own

    def masks(self, span: Span, value: str) -> bool:
        """Whether the value is masked; raises `ReplyBlockedError` when it refuses the reply."""
        if self._allowed.matches(span.label, value) or self._own_set().matches(span.label, value):
            return False
        if span.source.startswith(ENCODED_SOURCE) and self._decoded_values is not None:
            # An encoded run (`unsubscribe?email=anna%40example.com`) is judged by the values
            # it decodes to, each as if written plainly: the session's own address passes,
            # one value of anyone else's masks the whole run.
            inside = self._decoded_values(span, value)
            if inside:
                return any(self.masks(found, decoded) for found, decoded in inside)
        action = self._policy.action_for(span.label)
        if action == "refuse":
            raise ReplyBlockedError(span.label)
        return action == "redact"

    def render(
        self, text: str, spans: Sequence[Span], start: int, end: int, counts: dict[str, int]
    ) -> str:
        out: list[str] = []
        pos = start
        for span in spans:
            if span.end <= start or span.start >= end:
                continue
            if not self.masks(span, text[span.start : span.end]):
                continue
            out.append(text[pos : max(span.start, start)])
            out.append(redact_marker(span.label))
            pos = min(span.end, end)
            if span.start >= start:
                counts[span.label] = counts.get(span.label, 0) + 1
        out.append(text[pos:end])
        return "".join(out)


def _merged(spans: Sequence[Span]) -> list[Span]:
    """Spans sorted, overlapping ones merged into one (the later-starting one's label
    gives way to the earlier one's)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, span.end), last.label, last.score, last.source)
        else:
            out.append(span)
    return out


def _has_capital(text: str) -> bool:
    return any(c.isupper() for c in text)


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


# Words that start sentences but are never a name themselves: a stream need not hold
# them for the model's right context ("Sure!", "Thanks", "The"), which keeps the time to
# first token low. Name particles ("de", "van", "la") and words that are also names
# ("May", "Will", "Ma") are deliberately not listed.
NOT_NAME_WORDS = frozenset(
    """
    a about absolutely after again all also although an and any are as at be because
    before but by can certainly could did do does done first for from good great had has
    have he hello her here hey hi his how however i i'd i'll i'm i've if in indeed is it
    it's its just let let's maybe me my no not note now of off ok okay on once one or
    our perhaps please right she should so sorry still sure thank thanks that that's the
    their then there these they this those though to today unfortunately up us was we
    well were what when where which while who why with would yes yet you you're your
    also alternatively anyway besides finally next otherwise overall second sometimes third
    ja nein danke bitte hallo ich sie wir es ist und oder aber leider natürlich gern
    oui non merci bonjour salut je nous vous est et ou mais oui d'accord
    sí gracias hola yo nosotros usted es y o pero claro
    sì grazie ciao io noi è e o certo
    ja nee dank hoi ik wij jij het is en of maar natuurlijk
    tak nie dziękuję cześć jest i lub ale oczywiście
    """.split()  # noqa: SIM905
)


def _acronym(token: str) -> bool:
    """Two to four capital letters: "IBAN", "SMS", "EU"."""
    word = token.strip(_PUNCTUATION)
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


def _strip_word(token: str) -> str:
    return token.strip(_PUNCTUATION).casefold()


def _capitalised_name_candidate(token: str) -> bool:
    """A capitalised word that may be (part of) a name."""
    return _has_capital(token) and _strip_word(token) not in NOT_NAME_WORDS


def _any_name_candidate(token: str) -> bool:
    """Any word that may be (part of) a name (with `lowercase_names`)."""
    return _has_letter(token) and _strip_word(token) not in NOT_NAME_WORDS


class _WordKinds:
    """What the lexicon says about a reply's tokens, remembered (a bounded cache: replies
    repeat their words, and each lookup bisects a word list)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self.ordinary = functools.lru_cache(maxsize=8192)(self._ordinary)
        self.known_name = functools.lru_cache(maxsize=8192)(self._known_name)

    def _ordinary(self, token: str) -> bool:
        """Whether every word of `token` is an ordinary word (not a name or place in the
        name lists; a one-letter word may be an initial)."""
        words = words_of(token)
        return bool(words) and all(
            len(word) > 1 and self._lexicon.is_ordinary(word) for word in words
        )

    def _known_name(self, token: str) -> bool:
        """Whether a word of `token` is a known first name or surname that is no frequent
        word ("lesley", "kowalski"; not "will", "price", "the": names that are words)."""
        lexicon = self._lexicon
        for word in words_of(token):
            key = fold(word)
            if len(key) > 1 and key in lexicon.names and key not in lexicon.names_also_words:
                return not lexicon.is_ordinary(word)
        return False


class _OwnWords:
    """The words of a session's own values, each value's apart (`ValueSet` compares names
    the same way): what a reply may say of the user without the word model looking.

    >>> own = _OwnWords(["Anna Kowalska", "jan.nowak@example.org"])
    >>> own.holds("Kowalska,"), own.one_value_holds(["Anna", "Kowalska"])
    (True, True)
    >>> own.one_value_holds(["Anna", "Nowak"]), own.holds("Nowakowa")
    (False, False)
    """

    __slots__ = ("_all", "_values")

    def __init__(self, own_values: Collection[str]) -> None:
        found = (_value_words(value) for value in own_values)
        self._values = [words for words in found if words]
        self._all = frozenset().union(*self._values)

    def __bool__(self) -> bool:
        return bool(self._all)

    def holds(self, token: str) -> bool:
        """Whether every word of `token` is a word of an own value ("Kowalska's" counts
        as "Kowalska")."""
        words = _words_of_token(token)
        return bool(words) and all(word in self._all for word in words)

    def one_value_holds(self, tokens: Sequence[str]) -> bool:
        """Whether one own value has every word of `tokens`."""
        words = {word for token in tokens for word in _words_of_token(token)}
        return any(words <= value for value in self._values)


_CUED_WORD = re.compile(r"\s*(\w+)")
_MAX_CUED_WORDS = 3
# Words that link a cue to the name after it ("my colleague is bob smith", "mein Kollege
# ist ...", "mój kolega to ...") and that `NOT_NAME_WORDS` holds.
_CUE_LINKS = frozenset("is was ist est es è jest to".split())  # noqa: SIM905
_MAX_CUE_LINKS = 2


def _words_of_token(token: str) -> list[str]:
    """The words of a token, case folded, a possessive "'s" left out."""
    return _WORD_RE.findall(_POSSESSIVE.sub("", token.casefold()))


def _cued_own_words(text: str, pos: int, own: _OwnWords | None) -> list[str] | None:
    """The words a person cue ending at `pos` introduces, when none needs the word model:
    up to three, up to punctuation or a word no name holds ("and", "I"), each an own
    word (or a name particle). `[]` when the cue introduces no name at all ("I'm
    sorry", "I'm not sure"); None when a word is not an own word, or the text ends
    right after the cue (a stream's next word may be anything). A link word right after
    the cue is passed over: the name follows it ("my colleague is bob smith")."""
    found: list[str] = []
    for match in _cued_words(text, pos):
        if match is None:
            return found
        word = match.group(1)
        if own is None or (not own.holds(word) and word.casefold() not in PARTICLES):
            return None
        found.append(word)
    return found or None


def _cued_words(text: str, pos: int) -> Iterator[re.Match[str] | None]:
    """The words after a person cue that ends at `pos`, up to three, a link word right
    after the cue passed over; then None if a word no name holds ends them ("and")."""
    links = found = 0
    while found < _MAX_CUED_WORDS:
        match = _CUED_WORD.match(text, pos)
        if match is None:
            return
        word = match.group(1).casefold()
        pos = match.end()
        if not found and word in _CUE_LINKS and links < _MAX_CUE_LINKS:
            links += 1
            continue
        if word in NOT_NAME_WORDS:
            yield None
            return
        found += 1
        yield match


_JOINED_END = re.compile(r"[\w'’]$")
_JOINED_START = re.compile(r"^\w")
# Words before a name that greet its bearer and never are a name themselves ("Dear Anna").
_SALUTATIONS = frozenset(
    """dear liebe lieber liebes sehr geehrte geehrter chère cher chers querida querido
    estimada estimado gentile gentilissima gentilissimo beste lieve drogi droga szanowna
    szanowny""".split()  # noqa: SIM905
)


def _joins_a_name(
    tokens: Sequence[re.Match[str]],
    named: Sequence[bool],
    i: int,
    j: int,
    own: _OwnWords,
    candidate: Callable[[str], bool],
    cue_ends: Collection[int],
) -> bool:
    """Whether token `j`, next to the own name word `tokens[i]` (no punctuation between
    them), may make one name with it that is not all own words: "Piotra Wróbla" (an
    ordinary word as a surname) or "george hughes" (lower case, a name that is also a
    word) when the user is Piotra or Hughes; the word model must read them, as the judge
    masks a name with a word of no own value. A capitalised word (any word, for a
    lower-case own word) counts, a number too (a house number on the user's street), and
    so does one before lower-case particles ("alex van evelingen"); sentence words ("and",
    "the"), a greeting before it ("Dear Anna") and the cue a name follows do not."""
    if j < i and tokens[i].start() in cue_ends:
        return False  # the cue that introduces the own name
    step = -1 if j < i else 1
    near = i
    while 0 <= j < len(tokens) and not named[j]:
        left, right = (tokens[j], tokens[near]) if j < near else (tokens[near], tokens[j])
        if not (_JOINED_END.search(left.group()) and _JOINED_START.match(right.group())):
            return False  # punctuation between them
        token = tokens[j].group()
        if not (step < 0 and token.islower() and _strip_word(token) in PARTICLES):
            break
        near, j = j, j + step  # "van" in "alex van evelingen": the name goes on
    else:
        return False
    if any(c.isdigit() for c in token):
        return not own.holds(token)
    if _PATTERN_TOKEN.search(token) or not _has_letter(token):
        return False
    word = _strip_word(token)
    if word in NOT_NAME_WORDS or (step < 0 and word in _SALUTATIONS):
        return False
    if own.one_value_holds([tokens[i].group(), token]):
        return False  # both words of one own value ("Grace Hope", ordinary words)
    if candidate(token):
        return True
    return not _has_capital(tokens[i].group()) and token.islower()


class ReplyGuard:
    """Masks personal data in replies that is not the session's own.

    `detector` is injected (e.g. `Detector.default()` for names and addresses too,
    `Detector.patterns()` for structured values only); `check` guards a whole
    reply, `stream` one streamed reply. Both are synchronous CPU work: run them off
    the event loop, except `GuardedStream.try_feed`, which only ever runs the cheap
    pattern recognizers. A failing detector raises (`DetectionError`), and so does a
    refused reply (`ReplyBlockedError`): the caller fails closed.

    In the request path, after restore::

        checked = await run(guard.check, restored_text, own_values)      # JSON reply
        stream = guard.stream(own_values)                                # streamed reply
        for chunk in restored_chunks:
            text = stream.try_feed(chunk)
            if text is None:                       # the word model is needed
                text = await run(stream.feed, chunk)
            send(text)                             # '' while a decision waits
        send(await run(stream.flush))              # then report stream.counts
    """

    def __init__(
        self,
        detector: Detector,
        policy: ReplyPolicy | None = None,
        *,
        limits: StreamLimits | None = None,
        cache: SpanCache | None = None,
    ) -> None:
        self.detector = detector
        # The whole detector, answered from `cache` for a text already detected (a reply
        # that repeats a request's text, a reply the client resends as history). The
        # cache must belong to this detector: spans of another one are never mixed in.
        self._detect = _surrogates_read_as_replacement(
            cache.wrap(detector.detect) if cache is not None else detector.detect
        )
        self._cache = cache
        self.policy = policy or ReplyPolicy()
        self.limits = limits or StreamLimits()
        self._allowed = ValueSet(
            self.policy.allow_values, partial_match_labels=self.policy.partial_match_labels
        )
        if detector.max_input_chars <= self.limits.context_chars + self.limits.right_margin:
            raise ConfigError(
                "the detector's max_input_chars is too small for the reply stream window "
                "(context_chars + max_value_chars + right_context_chars)"
            )
        # Pattern recognizers (piiguard's own, or anything else of priority 2) are cheap and
        # carry their own triggers; anything else is a model: run only when the new text
        # may hold what it finds.
        cheap = [r for r in detector.recognizers if _is_cheap(r)]
        models = [r for r in detector.recognizers if not _is_cheap(r)]
        self._word_model = bool(models) and all(
            _reported(detector, r) <= WORD_MODEL_LABELS for r in models
        )
        self._always_full = bool(models) and not self._word_model
        self._model_names = frozenset(r.name for r in models)
        self._cheap_detector: Detector | None = None
        if cheap and models:
            # The same detector's settings (labels, scores, limits) with fewer recognizers.
            self._cheap_detector = copy.copy(detector)
            self._cheap_detector.recognizers = tuple(cheap)
        elif cheap:
            self._cheap_detector = detector
        # Links are allowed in replies by default; a value inside one (a card in its
        # query, an e-mail address percent-encoded in it) is judged on its own: the
        # pattern recognizers read the link with links no longer reported.
        self._inside_links: Detector | None = None
        if self._cheap_detector is not None and self.policy.action_for(URL) == "allow":
            self._inside_links = self._cheap_detector.without_labels({URL})
        # The lexicon of the detector's policy, when that policy drops names made only of
        # ordinary words: then such words alone never need the model (`_may_hold_a_name`).
        rules = detector.policy
        self._words: _WordKinds | None = None
        if rules is not None and rules.drop_ordinary_words and not rules.mask_all_dates:
            self._words = _WordKinds(rules.lexicon or Lexicon.load())
        # What a decision without the model runs (`_plan`): the pattern recognizers, and
        # the policy without its rules that find names by cues and joined words. Where the
        # plan skips the model, every word those rules could make a name of is the
        # session's own or no name at all (`_may_hold_a_name` reads the same cues and
        # words), so they would add nothing the judge masks; they were a third of the
        # cost of the decision a stream makes at every word.
        self._planned_cheap = self._cheap_detector
        if (
            rules is not None
            and self._words is not None
            and self._word_model
            and self._cheap_detector is not None
        ):
            self._planned_cheap = copy.copy(self._cheap_detector)
            self._planned_cheap.policy = dataclasses.replace(
                rules, names_after_cues=False, joined_names=False
            )
        # Words a pattern value may contain besides digits (month names in written dates).
        self._value_words = frozenset(
            word.casefold()
            for recognizer in detector.recognizers
            for word in getattr(recognizer, "VALUE_WORDS", ())
        )

    def _plan(
        self, window: str, offset: int, own: _OwnWords | None = None
    ) -> tuple[Callable[[str], list[Span]], bool] | None:
        """The detection a window needs (a stream's, or a whole reply's from 0), and
        whether it is cheap enough to run inline.

        The word model runs when the new text (from `offset`) may hold a name that is not
        the session's own (`_may_hold_a_name`); the pattern recognizers whenever a
        decision is made. So a reply that opens with "Sure! " goes out without a model
        call, and so do "Your Order Has Shipped." and "Thanks, Anna Kowalska!" to Anna.
        """
        if self._always_full:
            return self._detect, False
        if self._word_model and self._may_hold_a_name(window, offset, own):
            return self._detect, False
        if self._planned_cheap is not None:
            return self._planned_cheap.detect, True
        return None

    def _may_hold_a_name(self, text: str, offset: int, own: _OwnWords | None = None) -> bool:
        """Whether `text` from `offset` has a word the word model may report and the
        policy keep: a capitalised word (any word with `lowercase_names`) that is no
        sentence starter ("Sure", "The").

        When the policy drops names made only of ordinary words, the lexicon narrows
        this down both ways: a capitalised ordinary word ("Shipping", "Bestellung";
        names such as "Rose", "Koch" and places such as "Reading" never are) does not
        count, and a lower-case known name ("fragen Sie nach evelyn") does; so does a
        cue that introduces a person ("Herr", "my name is") or a word that puts a place
        ("address", "mieszkam w"), from a little before `offset`, whatever follows it.
        Two to four capitals ("IBAN", "PIN") count only as a known name that is no
        frequent word ("ANNA"). A token with a digit, an "@" or "://" is left to the
        pattern recognizers, which run on every window anyway.

        With `own` (the words of the session's own values, `_OwnWords`), the words that
        would make the model run do not when all of them are words of one own value,
        name particles next to them included, and so is the word after each person
        cue: whatever the model finds there, the judge keeps as the user's own (names
        match own values word by word). "Thanks, Anna!" to Anna Kowalska needs no model
        call; to her, "Anna Nowak" still does, and so does a name made of two own
        values' words, and an own word next to a word that may make another person's
        name with it though it makes no model run alone (`_joins_a_name`: "Anna Morgen",
        "george hughes" to Zofia Hughes, "Kowalska 12").

        What this leaves to the patterns alone, by design: organisations made only of
        ordinary words ("General Motors": not personal data), lower-case names the lists
        do not know or take for words with no cue before them, and dates only the model
        would find (the policy keeps only birth dates; the date patterns read written
        dates, month names included)."""
        candidate = self._name_candidate()
        if candidate is None:
            return False
        words = self._words
        if own is not None and not own:
            own = None
        names: list[str] = []  # the own words that would have made the model run
        cue_ends: set[int] = set()
        if words is not None:
            context = max(0, offset - _CUE_CONTEXT_CHARS)
            if has_locating_word(text, context):
                return True
            for cue_end in name_cue_ends(text, context):
                cued = _cued_own_words(text, cue_end, own)
                if cued is None:
                    return True
                names += cued
                cue_ends.add(cue_end)
        tokens: list[re.Match[str]] = []
        named: list[bool] = []
        if offset > 0:
            # The words before the new text (already decided) may be a name's first part,
            # "alex" or "alex van" before "evelingen".
            before = list(_TOKEN_RE.finditer(text, max(0, offset - 64), offset))[-3:]
            tokens += before
            named += [False] * len(before)
        previous_named = False
        for match in _TOKEN_RE.finditer(text, offset):
            token = match.group()
            tokens.append(match)
            named.append(False)
            if _PATTERN_TOKEN.search(token):
                previous_named = False
                continue  # a number, an e-mail address, a URL: the patterns' to judge
            if self._makes_model_run(token, candidate) or (
                previous_named and _strip_word(token) in PARTICLES
            ):
                if own is None or not own.holds(token):
                    return True
                names.append(token)
                named[-1] = previous_named = True
            else:
                previous_named = False
        if not names or own is None:
            return False
        if not own.one_value_holds(names):
            return True
        return any(
            _joins_a_name(tokens, named, i, i + step, own, candidate, cue_ends)
            for i, is_named in enumerate(named)
            if is_named
            for step in (-1, 1)
        )

    def _makes_model_run(self, token: str, candidate: Callable[[str], bool]) -> bool:
        """Whether one token (no digit, "@" or "://") makes the word model run."""
        words = self._words
        if candidate(token):
            if words is None:
                return True
            if _acronym(token):
                return words.known_name(token)  # "IBAN", "PIN", "FAQ" are not; "ANNA" is
            return not words.ordinary(token)
        return words is not None and _has_letter(token) and words.known_name(token)

    def _own_words(self, own_values: Collection[str]) -> _OwnWords | None:
        """The words of `own_values`, when the judge keeps every name made of one own
        value's words (the name labels match word by word, `ReplyPolicy`) and a word
        model may be skipped for them."""
        if not (own_values and self._word_model):
            return None
        if not self.policy.partial_match_labels >= NAME_LABELS:
            return None
        return _OwnWords(own_values)

    def _name_candidate(self) -> Callable[[str], bool] | None:
        if not (self._word_model or self._always_full):
            return None
        if self.limits.lowercase_names:
            return _any_name_candidate
        return _capitalised_name_candidate

    def _judge(self, own_values: Collection[str]) -> _Judge:
        return _Judge(self.policy, self._allowed, own_values, self._decoded_values)

    def _decoded_values(self, span: Span, value: str) -> list[tuple[Span, str]] | None:
        """The values an encoded run (`value`, the whole of `span`) decodes to, with their
        spans in the decoded text; None when the pattern recognizers cannot tell them all
        (no run covers `value` exactly, the value the run was found for is not among
        them, or the decoded text may hold a name only the word model reads): then the
        run is judged as it is written."""
        detector = self._inside_links or self._cheap_detector
        if detector is None:
            return None
        runs = [
            run
            for run in encoded_runs(value, joined=detector.joined_words)
            if run.start == 0 and run.end == len(value) and run.context == 0
        ]
        if len(runs) != 1:
            return None
        decoded = runs[0].decoded
        if self._name_candidate() is not None and self._may_hold_a_name(decoded, 0):
            return None
        try:
            spans = detector.detect(decoded)
        except PiiGuardError:
            raise
        except Exception as exc:  # fail closed, without echoing the text
            raise DetectionError(f"reply check failed ({type(exc).__name__})") from None
        if not any(found.label == span.label for found in spans):
            return None  # the run's value came from a recognizer these do not include
        return [(found, decoded[found.start : found.end]) for found in spans]

    def check(self, text: str, own_values: Collection[str] = ()) -> GuardedReply:
        """Guard a whole reply (after restore); `own_values` are the session's values.

        Raises `ReplyBlockedError` (a refused label) or `DetectionError`.
        """
        if not text:
            return GuardedReply(text)
        if len(text) > self.detector.max_input_chars:
            # Longer than one detector call: decide it window by window, like a stream.
            stream = self.stream(own_values)
            out = stream.feed(text) + stream.flush()
            return GuardedReply(out, dict(stream.counts))
        try:
            spans = self._spans(text, own_values)
        except PiiGuardError:
            raise
        except Exception as exc:  # fail closed, without echoing the text
            raise DetectionError(f"reply check failed ({type(exc).__name__})") from None
        counts: dict[str, int] = {}
        out = self._judge(own_values).render(text, spans, 0, len(text), counts)
        return GuardedReply(out, counts)

    def _spans(self, text: str, own_values: Collection[str]) -> list[Span]:
        """The spans of a whole reply (up to `max_input_chars`), by its plan (`_plan`)."""
        plan = self._plan(text, 0, self._own_words(own_values))
        if plan is None:
            return []
        detect, cheap = plan
        if cheap and self._word_model and self._cache is not None:
            spans = self._without_model(detect, text, own_values, self._cache)
        else:
            spans = detect(text)
        return self._open_links(text, spans)

    def _open_links(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans` with each link that holds values replaced by those values."""
        inside = self._inside_links
        if inside is None or not any(span.label == URL for span in spans):
            return spans
        out: list[Span] = []
        for span in spans:
            if span.label == URL:
                found = inside.detect(text[span.start : span.end])
                if found:
                    out += [s.shifted(span.start) for s in found]
                    continue
            out.append(span)
        return out

    def _opening(self, detect: Callable[[str], list[Span]]) -> Callable[[str], list[Span]]:
        if self._inside_links is None:
            return detect
        return lambda text: self._open_links(text, detect(text))

    def _stream_plan(
        self, own: _OwnWords | None
    ) -> Callable[[str, int], tuple[Callable[[str], list[Span]], bool] | None]:
        def plan(window: str, offset: int) -> tuple[Callable[[str], list[Span]], bool] | None:
            planned = self._plan(window, offset, own)
            return None if planned is None else (self._opening(planned[0]), planned[1])

        return plan

    def _without_model(
        self,
        detect: Callable[[str], list[Span]],
        text: str,
        own_values: Collection[str],
        cache: SpanCache,
    ) -> list[Span]:
        """The spans of a whole reply the word model is not needed for (`_plan`), from the
        detector's span cache or the pattern recognizers.

        They are remembered as the detector's answer for the text, so the reply resent
        as history in the next request costs no model call either: what the model could
        add there is what the reply guard let the user see, the bot's own words, and the
        user's own values, which the remembered spans cover (`_remembered`).
        """
        key = cache.key_of(text)
        spans = cache.get(key)
        if spans is None:
            spans = detect(text)
            remembered = self._remembered(text, spans, own_values)
            if remembered is not None:
                cache.put(key, remembered)
        return spans

    def _remembered(
        self, text: str, spans: list[Span], own_values: Collection[str]
    ) -> list[Span] | None:
        """What the request detector would find in a reply decided without the model, when
        the reply comes back as history: `spans` (the patterns'), plus the session's own
        values in it, each with its label (`own_values` as a mapping value -> label, as the
        pipeline passes them), plus each run of own name words the gate let pass without
        the model ("Thanks, Anna!" to Anna Kowalska), labelled as the own value they are
        words of. None when one of these cannot be covered (no labels, or a word of no
        labelled own value): only the full detector may decide such a text ("ok
        brzęczyszczykiewicz", a lower-case name only the model found)."""
        labels = own_values if isinstance(own_values, Mapping) else {}
        out = list(spans)
        for value, label in labels.items():
            if value and isinstance(label, str):
                out += [
                    Span(start, start + len(value), label, 1.0, OWN_SOURCE)
                    for start in _occurrences(text, value)
                    if not _inside(out, start, start + len(value))
                ]
        if not _covers_own_values(text, out, own_values):
            return None
        runs = self._own_name_runs(text, out)
        if runs:
            named = [
                (_value_words(value), label)
                for value, label in labels.items()
                if value and label in NAME_LABELS
            ]
            for start, end in runs:
                words = frozenset(_words_of_token(text[start:end]))
                label = next((lb for own, lb in named if words <= own), None)
                if label is None:
                    return None
                out.append(Span(start, end, label, 1.0, OWN_SOURCE))
        return sorted(out, key=lambda span: (span.start, span.end))

    def _own_name_runs(self, text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
        """Runs of words in `text` that would make the word model run (`_makes_model_run`:
        the gate let them pass as own words) and no span covers, with the words a person
        cue introduces: next to each other, punctuation around them left out."""
        candidate = self._name_candidate()
        if candidate is None:
            return []
        cued: set[int] = set()
        if self._words is not None:
            for cue_end in name_cue_ends(text):
                cued.update(m.start(1) for m in _cued_words(text, cue_end) if m is not None)
        runs: list[tuple[int, int]] = []
        joined = False  # whether the last token belongs to the run being built
        for token in _TOKEN_RE.finditer(text):
            word = token.group()
            core = word.strip(_PUNCTUATION)
            if not core:
                joined = False
                continue
            start = token.start() + word.index(core)
            end = start + len(_POSSESSIVE_END.sub("", core))
            named = not _PATTERN_TOKEN.search(word) and (
                self._makes_model_run(word, candidate)
                or start in cued
                or (joined and core.casefold() in PARTICLES)
            )
            if not named or _inside(spans, start, end):
                joined = False
                continue
            if joined and runs:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
            joined = end == token.end()  # no punctuation after it: the run may go on
        return runs

    def check_pieces(
        self, pieces: Sequence[str], own_values: Collection[str] = ()
    ) -> list[GuardedReply]:
        """Guard neighbouring pieces of one text (content parts, the items of a list).

        Each piece is checked as `check` does; a value across two pieces (`"mail
        someone.else"` + `"@example.net"`) is found by the pattern recognizers in the
        pieces joined, and each piece that holds a part of it is masked there
        (`["mail [EMAIL_ADDRESS]", "[EMAIL_ADDRESS] today"]`). A joined match that merely
        glues neighbours onto a value one piece holds whole is not a value across pieces.
        """
        joined = "".join(pieces)
        if len(joined) > self.detector.max_input_chars or self._cheap_detector is None:
            return [self.check(piece, own_values) for piece in pieces]
        try:
            own_spans = [self._spans(piece, own_values) if piece else [] for piece in pieces]
            across = self._cheap_detector.detect(joined)
        except PiiGuardError:
            raise
        except Exception as exc:  # fail closed, without echoing the text
            raise DetectionError(f"reply check failed ({type(exc).__name__})") from None
        starts = [0]
        for piece in pieces:
            starts.append(starts[-1] + len(piece))
        whole = [
            s.shifted(offset)
            for spans, offset in zip(own_spans, starts, strict=False)
            for s in spans
        ]
        crossing = [
            span
            for span in across
            if any(span.start < cut < span.end for cut in starts[1:-1])
            and not any(
                w.label == span.label and span.start <= w.start and w.end <= span.end for w in whole
            )
        ]
        judge = self._judge(own_values)
        out: list[GuardedReply] = []
        for lo, hi in itertools.pairwise(starts):
            mine = [w for w in whole if lo <= w.start and w.end <= hi]
            here = _merged(mine + [c for c in crossing if c.start < hi and lo < c.end])
            counts: dict[str, int] = {}
            out.append(GuardedReply(judge.render(joined, here, lo, hi, counts), counts))
        return out

    def stream(self, own_values: Collection[str] = ()) -> GuardedStream:
        """A guard for one streamed reply: `feed(chunk) -> str`, `flush() -> str`, `counts`."""
        own = self._own_words(own_values)
        return GuardedStream(
            self._opening(self._detect),
            self._judge(own_values),
            max_window_chars=self.detector.max_input_chars,
            limits=self.limits,
            plan=self._stream_plan(own),
            is_name_candidate=self._name_candidate(),
            value_words=self._value_words,
            sticky_sources=self._model_names,
            on_end=self._remember_stream(own_values, own),
        )

    def _remember_stream(
        self, own_values: Collection[str], own: _OwnWords | None
    ) -> Callable[[str], None] | None:
        """For a stream no window of which needed the word model: remember the whole
        reply's spans in the cache, as `check` does (`_without_model`), when the whole
        reply needs no model call either (each window passed the gate alone; two own
        values' words far apart pass it window by window, not together)."""
        cache, cheap = self._cache, self._cheap_detector
        if not (self._word_model and cache is not None and cheap is not None):
            return None

        def remember(text: str) -> None:
            if self._may_hold_a_name(text, 0, own):
                return
            self._without_model(cheap.detect, text, own_values, cache)

        return remember


def _surrogates_read_as_replacement(
    detect: Callable[[str], list[Span]],
) -> Callable[[str], list[Span]]:
    """`detect` for a reply text that may hold a surrogate (a JSON string's escape of
    half an emoji, which a token stream cuts in two): a word model's tokenizer takes no
    such text, so it reads each as U+FFFD, one character for one, and the spans stand
    where they are found; the text itself keeps its surrogates."""

    def run(text: str) -> list[Span]:
        if SURROGATE.search(text) is None:
            return detect(text)
        return detect(SURROGATE.sub("\ufffd", text))

    return run


def _covers_own_values(text: str, spans: Sequence[Span], own_values: Collection[str]) -> bool:
    """Whether every place `text` holds one of `own_values` is inside one of `spans`."""
    return all(
        _inside(spans, start, start + len(value))
        for value in own_values
        if value
        for start in _occurrences(text, value)
    )


def _occurrences(text: str, value: str) -> Iterator[int]:
    """Where `value` (not empty) starts in `text`, as written."""
    start = text.find(value)
    while start >= 0:
        yield start
        start = text.find(value, start + 1)


def _inside(spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether one of `spans` holds all of `start`..`end`."""
    return any(s.start <= start and end <= s.end for s in spans)


def _reported(detector: Detector, recognizer: Recognizer) -> set[str]:
    return {label for label in recognizer.labels if detector.reports(label)}


__all__ = [
    "REPLY_ACTIONS",
    "GuardedReply",
    "GuardedStream",
    "ReplyAction",
    "ReplyGuard",
    "ReplyPolicy",
    "StreamLimits",
    "ValueSet",
    "redact_marker",
]


def _is_cheap(recognizer: Recognizer) -> bool:
    """Whether a recognizer is a pattern recognizer: tens of microseconds a window."""
    return isinstance(recognizer, PatternRecognizer) or getattr(recognizer, "priority", 0) >= 2
