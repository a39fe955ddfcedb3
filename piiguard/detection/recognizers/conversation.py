"""Pasted conversations: who speaks in a chat export, and the code one speaker gives when
the other asked for it.

Users paste chats into a support conversation: a WhatsApp export ("[12/03/24, 10:15]
Anna Müller: ..."), a Telegram one ("Anna Müller, [12.03.2024 10:15]"), a Slack or Teams
copy (the poster's name and the time on a line of their own), a call-centre transcript
("Agent: ... Customer: ..."). The structure says what a value is where the words do not:

- `ChatSpeakerRecognizer`: the name in a message header of a chat export is a person (the
  sender's contact name), one to five capitalised words with surname particles between
  them; a Slack/Teams line needs two words (a name and surname: "Meeting  10:15" is no
  one). A bot's post is marked so ("Jira Cloud  APP  10:15") and does not match; a lower
  case name is no export's header; a pronoun ("You:") names no one.
- `AnsweredCodeRecognizer`: a turn that asks for a PIN, a passcode or the code sent by SMS
  (a question, "?" at its end, or a request: "please", "bitte", "proszę podać", ...) and
  the next turn a number of four to eight digits alone
  (after the speaker's label, a yes-word or "it's"): that number is the code
  ("Agent: For security, what's your telephone PIN?\\nCustomer: Yes, 4821."). A form's
  filler ("0000") is no one's.
"""

from __future__ import annotations

import re

from piiguard._types import CREDENTIAL, PERSON, Span
from piiguard.detection.lexicon import PARTICLES

# A name's word: a capital, then letters, apostrophes; a double name joined by "-".
_WORD = r"[^\W\d_][^\W\d_'’]{0,24}(?:['’][^\W\d_]{1,24})?(?:-[^\W\d_]{1,24}){0,2}"
_NAME = rf"(?P<v>{_WORD}(?: {_WORD}){{0,4}})"
_DATE = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
_HEADERS = (
    # WhatsApp on iPhone: "[12/03/24, 10:15] Anna Müller: ..."
    rf"^\[{_DATE},? {_TIME}\] {_NAME}:",
    # WhatsApp on Android: "12/03/24, 10:15 - Anna Müller: ..."
    rf"^{_DATE},? {_TIME} - {_NAME}:",
    # Telegram desktop: "Anna Müller, [12.03.2024 10:15]"
    rf"^{_NAME}, \[{_DATE},? {_TIME}\][ \t]*\r?$",
    # Teams: "[10:15] Anna Müller" (and what they wrote after a colon)
    rf"^\[{_TIME}\] {_NAME}(?::|[ \t]*\r?$)",
)
_POSTED = re.compile(rf"^{_NAME}[ \t]{{1,3}}{_TIME}[ \t]*\r?$", re.MULTILINE)
"""Slack and Teams copies: the poster's name, then the time, on a line of their own."""
_HEADER_NAMES = tuple(re.compile(h, re.MULTILINE) for h in _HEADERS)
_PRONOUNS = frozenset((
    "you", "du", "vous", "tu", "tú", "yo", "io", "ik", "jij", "ty", "ja", "ich", "je", "me",
    "moi", "mich",
))  # fmt: skip


def _person_words(name: str, least: int) -> bool:
    """Whether `name` reads as a person's name: at least `least` capitalised words (not
    in capitals), the first and last capitalised, surname particles in lower case
    between, and not a pronoun."""
    words = name.split(" ")
    named = [w for w in words if not (w in PARTICLES and w.islower())]
    if len(named) < least or named[0] != words[0] or named[-1] != words[-1]:
        return False
    if len(words) == 1 and words[0].casefold() in _PRONOUNS:
        return False
    return all(w[0].isupper() and not (len(w) > 1 and w.isupper()) for w in named)


class ChatSpeakerRecognizer:
    """The senders named in the message headers of a pasted chat export (PERSON).

    >>> text = "[12/03/24, 10:15] Anna Müller: kommst du?"
    >>> [(s.label, text[s.start:s.end]) for s in ChatSpeakerRecognizer().analyze(text)]
    [('PERSON', 'Anna Müller')]
    """

    name = "chat_speaker"
    labels = frozenset({PERSON})
    priority = 2

    def analyze(self, text: str) -> list[Span]:
        spans: list[Span] = []
        if ":" not in text:
            return spans
        if "[" in text or " - " in text:
            for regex in _HEADER_NAMES:
                for match in regex.finditer(text):
                    if _person_words(match["v"], 1):
                        spans.append(Span(*match.span("v"), PERSON, 0.9, self.name))
        for match in _POSTED.finditer(text):
            if _person_words(match["v"], 2):
                spans.append(Span(*match.span("v"), PERSON, 0.9, self.name))
        return sorted(set(spans), key=lambda s: s.start)


# What a question asks for when its answer is a secret number: a PIN, a passcode, the code
# sent by text message, in the seven languages.
_ASKS_FOR_CODE = re.compile(
    r"(?<!\w)(?:pin|pins|pin-code|pincode|pin code|code pin|código pin|codice pin|kod pin"
    r"|telefon-pin|passcode|tan|blik|otp|one-time code|verification code|security code"
    r"|sms code|sms-code|code sms|code de vérification|bestätigungscode|sicherheitscode"
    r"|código de verificación|codice di verifica|verificatiecode|kod weryfikacyjny"
    r"|kod sms|cvv|cvc)(?!\w)",
    re.IGNORECASE,
)
# A request asks as a question does: "Dla bezpieczeństwa proszę podać PIN telefoniczny.",
# "your PIN please", "Bitte nennen Sie Ihre PIN."
_REQUEST = re.compile(
    r"(?<!\w)(?:please|pls|bitte|s'il vous plaît|veuillez|por favor|per favore|graag"
    r"|alstublieft|proszę|prosze|prosimy|podaj|podać)(?!\w)",
    re.IGNORECASE,
)
_QUESTION_CHARS = 160
"""How much of the asking turn's end is read for what it asks."""
_SPEAKER = r"(?:[^\W\d_][\w .'’-]{0,30}?[ \t]?:[ \t]*)?"
_YES = (
    r"(?:(?:yes|yeah|sure|ok|ja|jep|oui|sí|si|sì|tak|no problem|of course|klar|bien sûr"
    r"|claro|certo|natuurlijk|jasne)[,.!]?[ \t]{1,2})?"
)
_IT_IS = r"(?:(?:it's|it is|that's|c'est|das ist|es|è|het is|to|it's:)[ \t]{1,2})?"
_ANSWER = re.compile(
    rf"{_SPEAKER}{_YES}{_IT_IS}(?P<v>\d{{4,8}}|\d{{3}} \d{{3}})[ \t]*[.!]?[ \t]*",
    re.IGNORECASE,
)
_FILLER = re.compile(r"(\d)\1*")


class AnsweredCodeRecognizer:
    """A number given alone in the turn after a question asking for a PIN or code
    (CREDENTIAL).

    >>> text = "Agent: what's your telephone PIN?\\nCustomer: Yes, 4821."
    >>> [(s.label, text[s.start:s.end]) for s in AnsweredCodeRecognizer().analyze(text)]
    [('CREDENTIAL', '4821')]
    """

    name = "answered_code"
    labels = frozenset({CREDENTIAL})
    priority = 2

    def analyze(self, text: str) -> list[Span]:
        spans: list[Span] = []
        if "\n" not in text or _ASKS_FOR_CODE.search(text) is None:
            return spans
        start = 0
        lines = text.split("\n")
        for i, line in enumerate(lines[:-1]):
            end = start + len(line)
            asked = line.rstrip()[-_QUESTION_CHARS:]
            if _ASKS_FOR_CODE.search(asked) and (asked.endswith("?") or _REQUEST.search(asked)):
                answer = _ANSWER.fullmatch(lines[i + 1].rstrip("\r"))
                if answer is not None and not _FILLER.fullmatch(answer["v"]):
                    offset = end + 1
                    spans.append(
                        Span(offset + answer.start("v"), offset + answer.end("v"), CREDENTIAL,
                             0.9, self.name)
                    )  # fmt: skip
            start = end + 1
        return spans
