"""A person's own social-media handle (USERNAME): "@priya.bakes" after "I'm", "Auf TikTok
bin ich @lenaa.schmidtt", "mon insta c'est @camille.voyage", "mój nick to @kuba_zet".

A handle names an account, and an account of a person's names that person. But a
business's handle ("contact @bolcom", "@Zalando_help") is no one's: so a handle counts
only after the writer says it is theirs, in the seven languages: a verb of being in the
first person ("I'm", "ich bin", "je suis", "soy", "sono", "ik ben", "jestem") or a
possessive before a word for an account ("my insta is", "mein Account:", "mi cuenta es",
"mijn profiel", "mój nick to"), with nothing but an optional network name and a colon
between it and the handle.
"""

from __future__ import annotations

import re

from piiguard._types import Span
from piiguard.detection.lexicon import Lexicon
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer
from piiguard.detection.recognizers.keyed_ids import USERNAME

_NETWORKS = (
    r"insta|instagram|tiktok|twitter|x|snap|snapchat|threads|bluesky|mastodon|discord|"
    r"telegram|twitch|youtube|reddit|steam|xbox|psn|playstation"
)
_ACCOUNT_WORDS = (
    r"handle|nick|nickname|gamertag|username|user|account|konto|kanal|channel|compte|pseudo|"
    r"cuenta|usuario|perfil|profil|profile|profilo|profiel|utente|gebruikersnaam|nazwa"
)
# "I'm", "ich bin", "bin ich", "je suis", "soy", "sono", "ik ben", "ben ik", "jestem",
# with an optional "on Instagram" / "auf TikTok" / "sur Insta" ... after it.
_BEING = (
    r"(?:i['’]?m|i\s+am|ich\s+bin|bin\s+ich|je\s+suis|moi\s+c['’]est|soy|sono|ik\s+ben|"
    r"ben\s+ik|jestem)"
)
_ON_NETWORK = rf"(?:\s+(?:on|auf|bei|sur|en|su|op|na|w)\s+(?:{_NETWORKS})\w*)?"
_MINE = (
    r"(?:my|mein|meine|meinen|mon|ma|mi|il\s+mio|la\s+mia|mijn|mój|moje|moja)"
    rf"\s+(?:(?:{_NETWORKS})\w*\s+)?(?:{_NETWORKS}|{_ACCOUNT_WORDS})\w*"
    r"(?:\s+(?:is|ist|lautet|est|c['’]est|es|è|to))?"
)
_SELF_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_BEING}{_ON_NETWORK}|{_MINE})[ \t]*[:=]?[ \t]*$", re.IGNORECASE
)
_WINDOW = 60


class SocialHandleRecognizer(PatternRecognizer):
    """A handle the writer says is theirs (see the module).

    >>> text = "You can DM me on Instagram, I'm @priya.bakes"
    >>> [(s.label, text[s.start:s.end]) for s in SocialHandleRecognizer().analyze(text)]
    [('USERNAME', '@priya.bakes')]
    >>> SocialHandleRecognizer().analyze("Op X zeggen ze dat ik @bolcom moet contacteren.")
    []
    """

    name = "social_handle"
    label = USERNAME
    TRIGGER = r"@"
    PATTERNS = (
        Pattern(
            "handle",
            r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.\w)",
            0.85,
        ),
    )

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        if _SELF_BEFORE.search(text, max(0, start - _WINDOW), start) is None:
            return None
        return Span(start, end, self.label, pattern.score, self.name)


# A player's name in a game or on its network, after the writer's word for it: "my gamertag
# is xX_ShadowKebab_Xx", "mein Nick ist ShadowWolf", "mon pseudo sur Fortnite c'est
# KaRiMoX_13", "mój nick w grze to PierogiDestroyer".
_GAME_NAME_WORDS = (
    r"gamer[ \t-]?tag|nick(?:name)?|pseudo|spielername|ingame[ \t-]?name|battle[ \t-]?tag"
    r"|riot[ \t]+id|psn[ \t]+id|epic[ \t]+(?:name|id)|steam[ \t]+name"
)
_POSSESSIVE = r"my|mein|meine|meinen|mon|ma|mi|il[ \t]+mio|la[ \t]+mia|mijn|mój|moja|moje"
_GAME_TAG = (
    rf"(?<![\w-])(?i:{_POSSESSIVE})[ \t]+(?:(?i:{_NETWORKS})\w*[ \t]+)?(?i:{_GAME_NAME_WORDS})"
    # where: "sur Fortnite", "w grze", "on Xbox Live", "su Steam"
    r"(?:[ \t]+(?i:on|auf|bei|in|im|sur|en|su|op|bij|na|w)[ \t]+[^\W\d_]+(?:[ \t]+[A-Z]\w*)?)?"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+(?i:is|ist|lautet|est|c['’]est|es|è|to|jest|was|war|era)"
    r"(?![\w'’])[ \t]*:?[ \t]*)[\"'“‘«„]?"
    r"(?P<v>[^\W_][\w.-]{0,30}[^\W_]|[^\W\d_])(?![\w@]|[.-]\w)"
)
# A tag that is no word: a digit or "_" in it, or a capital inside ("StroopwafelSniper",
# "KaRiMoX_13").
_TAG_SHAPE = re.compile(r"[\d_]|[^\W\d_][A-ZÀ-ÖØ-Þ]")


class GamerTagRecognizer(PatternRecognizer):
    """A player's name after the writer's word for it (USERNAME): "my gamertag is
    xX_ShadowKebab_Xx", "mein Nick ist ShadowWolf", "mon pseudo c'est LoupGarou75". An
    account name a game shows to others is still its holder's, as a handle is. The value
    is a tag (a digit, "_" or a capital inside it) or no word of the seven languages ("my
    gamertag is the same as", "mein Nick ist weg", "mój nick w grze to jakaś pomyłka" are
    no tags).

    >>> text = "mijn gamertag is StroopwafelSniper, mijn account is gehackt"
    >>> [(s.label, text[s.start:s.end]) for s in GamerTagRecognizer().analyze(text)]
    [('USERNAME', 'StroopwafelSniper')]
    >>> GamerTagRecognizer().analyze("mein Nick ist weg, was soll ich tun?")
    []
    """

    name = "gamer_tag"
    label = USERNAME
    TRIGGER_WORDS = ("tag", "nick", "pseudo", "spielername", "ingame", "riot", "psn", "epic",
                     "steam")  # fmt: skip
    PATTERNS = (Pattern("gamer_tag", _GAME_TAG, 0.85),)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if not any(c.isalpha() for c in value):
            return None
        if _TAG_SHAPE.search(value) is None:
            lexicon = Lexicon.load()
            for word in _WORDS.findall(value):
                if (
                    lexicon.is_ordinary(word)
                    or lexicon.lowercase_word(word.lower())
                    or lexicon.top_word_anywhere(word.lower())
                ):
                    return None  # "my gamertag is |the| same", "mein Nick ist |weg|"
        return Span(start, end, self.label, pattern.score, self.name)


_WORDS = re.compile(r"[^\W\d_]+")

__all__ = ["GamerTagRecognizer", "SocialHandleRecognizer"]
