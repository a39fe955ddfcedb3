"""Synthetic chat messages with gold character spans, reproducible from a seed.

Templates come from `templates.OWN_TEMPLATES` (written for piiguard), the
presidio-evaluator template file shipped in its wheel, and plain negative
sentences. Each message picks a Faker locale, fills the slots, then gets chat
noise: lowercasing, capitalisation, typos outside the entities, dropped
punctuation, several messages joined. Templates are split into train / dev /
eval *by template*, so evaluation measures new sentence shapes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import time_machine

from models.recipe.templates import (
    FRAMES,
    NEGATIVE_SENTENCES,
    OWN_TEMPLATES,
    PRESIDIO_SLOT_MAP,
)
from piiguard.detection.ner import joinable

ENTITY_LABELS: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME")

LOCALES: tuple[str, ...] = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL",
)
# Extra locales for names only: chat users come from everywhere.
NAME_LOCALES: tuple[str, ...] = (
    *LOCALES, "en_IE", "en_IN", "pt_PT", "pt_BR", "sv_SE", "da_DK", "fi_FI", "cs_CZ",
    "hu_HU", "ro_RO", "tr_TR", "hr_HR", "sk_SK", "no_NO", "es_MX", "fr_CH", "de_AT", "vi_VN",
)
LANG_LOCALE = {
    "de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR", "fr_CH"), "es": ("es_ES", "es_MX"),
    "it": ("it_IT",), "nl": ("nl_NL", "nl_BE"), "pl": ("pl_PL",),
}

SLOT_LABEL: dict[str, str | None] = {
    "person": "PERSON", "first": "PERSON", "last": "PERSON",
    "address": "LOCATION", "street": "LOCATION", "city": "LOCATION", "postcode": "LOCATION",
    "country": "LOCATION", "street_name": "LOCATION", "building_number": "LOCATION",
    "secondary_address": "LOCATION", "state_abbr": "LOCATION",
    "company": "ORGANIZATION",
    "date": "DATE_TIME", "dob": "DATE_TIME",
}

# "Now" for every generated value (see `ValueMaker.value`); the day the committed eval
# set was first generated, so it regenerates byte for byte.
DATA_CLOCK = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)

BRANDS = (
    "Amazon", "Apple", "Netflix", "Spotify", "PayPal", "Visa", "Mastercard", "Revolut",
    "WhatsApp", "Gmail", "Uber", "Zara", "IKEA", "Lidl", "Nike", "Samsung", "Ryanair",
    "Lufthansa", "Booking.com", "Airbnb", "Google", "Vodafone", "Tesco", "Klarna", "Steam",
)
PRODUCTS = (
    "iPhone 15", "Galaxy S23", "router", "washing machine", "Kindle", "PlayStation 5",
    "AirPods", "laptop", "Fire TV stick", "Pixel 8", "Xbox", "smart meter", "dishwasher",
    "Apple Watch", "MacBook Air", "coffee machine", "Roomba", "printer", "ThinkPad",
    "Surface Pro", "rose gold iPhone", "Jordan 1", "Model Y", "Echo Dot",
)
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS = ("eur", "EUR", "usd", "pln", "kg", "km", "GB", "items", "pcs", "min", "days")
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.")


@dataclass(frozen=True)
class Template:
    """One sentence shape: `text` with `{slot}` placeholders."""

    tid: str
    lang: str
    domain: str
    text: str


@dataclass(frozen=True)
class Example:
    """One synthetic message with gold spans `(start, end, label)`."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    template: str
    lowercase: bool

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the format of the committed eval and dev files)."""
        return {
            "text": self.text,
            "spans": [list(s) for s in self.spans],
            "template": self.template,
            "lowercase": self.lowercase,
        }


_SLOT_RE = re.compile(r"\{\{?\s*([a-z_0-9]+)\s*\}?\}")


def presidio_templates() -> list[Template]:
    """presidio-evaluator's sentence templates (shipped in its wheel), mapped to our slots."""
    try:
        import presidio_evaluator
    except ImportError:  # the recipe still works from our own templates
        return []
    path = (
        Path(presidio_evaluator.__file__).parent / "data_generator" / "raw_data" / "templates.txt"
    )
    out: list[Template] = []
    for i, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        line = line.strip().replace("\\n", "\n").replace("\\,", ",").replace("\ufffd", "-")
        if not line:
            continue
        names = _SLOT_RE.findall(line)
        if any(n not in PRESIDIO_SLOT_MAP for n in names):
            continue
        text = _SLOT_RE.sub(lambda m: "{" + PRESIDIO_SLOT_MAP[m.group(1)] + "}", line)
        out.append(Template(f"presidio-{i:03d}", "en", "presidio", text))
    return out


def all_templates(*, more_chat: bool = False) -> list[Template]:
    """Every template: ours, presidio-evaluator's, the negative sentences, the chat
    templates (group "chat", train and dev only) and, with `more_chat`, more chat
    templates (group "chatx", train only; see `split_templates`)."""
    from models.recipe.templates_chat import CHAT_TEMPLATES
    from models.recipe.templates_chat_more import MORE_CHAT_TEMPLATES

    own = [Template(f"own-{i:03d}", lang, dom, t) for i, (lang, dom, t) in enumerate(OWN_TEMPLATES)]
    neg = [
        Template(f"neg-{i:03d}", "en", "negative", t.replace("{", "{{").replace("}", "}}"))
        for i, t in enumerate(NEGATIVE_SENTENCES)
    ]
    chat = [
        Template(f"chat-{i:03d}", lang, dom, t) for i, (lang, dom, t) in enumerate(CHAT_TEMPLATES)
    ]
    more = [
        Template(f"chatx-{i:03d}", lang, dom, t)
        for i, (lang, dom, t) in enumerate(MORE_CHAT_TEMPLATES if more_chat else [])
    ]
    return own + presidio_templates() + neg + chat + more


def split_templates(
    templates: list[Template], seed: int = 13, dev_frac: float = 0.1, eval_frac: float = 0.2,
    *, train_dev_only: tuple[str, ...] = ("chat",), train_dev_only_dev_frac: float = 0.12,
    train_only: tuple[str, ...] = ("chatx",),
) -> dict[str, list[Template]]:
    """Split by template id, stratified by source so each split has every kind.

    The groups in `train_dev_only` were written after the eval set was fixed: they go
    to train and dev only, shuffled with their own random stream, so the other groups'
    split (and the committed eval set) stays exactly as it was. The groups in
    `train_only` were written after the dev set was fixed too: training data only, so
    dev results stay comparable across builds.
    """
    rng = random.Random(seed)
    splits: dict[str, list[Template]] = {"train": [], "dev": [], "eval": []}
    groups: dict[str, list[Template]] = {}
    for t in templates:
        groups.setdefault(t.tid.split("-")[0], []).append(t)
    for name, group in sorted(groups.items()):
        group = sorted(group, key=lambda t: t.tid)
        if name in train_only:
            splits["train"] += group
            continue
        if name in train_dev_only:
            random.Random(f"{seed}-{name}").shuffle(group)
            n_dev = max(1, round(len(group) * train_dev_only_dev_frac))
            splits["dev"] += group[:n_dev]
            splits["train"] += group[n_dev:]
            continue
        rng.shuffle(group)
        n_eval = max(1, round(len(group) * eval_frac))
        n_dev = max(1, round(len(group) * dev_frac))
        splits["eval"] += group[:n_eval]
        splits["dev"] += group[n_eval : n_eval + n_dev]
        splits["train"] += group[n_eval + n_dev :]
    return splits


class ValueMaker:
    """Fills slots with Faker values for one locale (Faker instances are cached)."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self._faker_cls = Faker
        self._fakers: dict[str, Any] = {}
        self.rng = random.Random(seed)
        self._seed = seed

    def faker(self, locale: str) -> Any:
        if locale not in self._fakers:
            f = self._faker_cls(locale)
            f.seed_instance(self._seed + len(self._fakers))
            self._fakers[locale] = f
        return self._fakers[locale]

    # --- entity values ---
    def first(self, loc: str) -> str:
        f = self.faker(self.rng.choice(NAME_LOCALES) if self.rng.random() < 0.4 else loc)
        return str(f.first_name())

    def last(self, loc: str) -> str:
        f = self.faker(self.rng.choice(NAME_LOCALES) if self.rng.random() < 0.4 else loc)
        return str(f.last_name())

    def person(self, loc: str) -> str:
        r = self.rng.random()
        first, last = self.first(loc), self.last(loc)
        if r < 0.08:
            return f"{first} {self.rng.choice(string.ascii_uppercase)}. {last}"
        if r < 0.14:
            return f"{first} {self.first(loc)} {last}"
        if r < 0.18:
            return f"{first}-{self.first(loc)} {last}"
        return f"{first} {last}"

    def street(self, loc: str) -> str:
        return str(self.faker(loc).street_address()).replace("\n", ", ")

    def street_name(self, loc: str) -> str:
        return str(self.faker(loc).street_name())

    def building_number(self, loc: str) -> str:
        return str(self.faker(loc).building_number())

    def secondary_address(self, loc: str) -> str:
        f = self.faker("en_US")
        return str(f.secondary_address())

    def state_abbr(self, loc: str) -> str:
        return str(self.faker("en_US").state_abbr())

    def city(self, loc: str) -> str:
        return str(self.faker(loc).city())

    def postcode(self, loc: str) -> str:
        return str(self.faker(loc).postcode())

    def country(self, loc: str) -> str:
        return str(self.faker(self.rng.choice(("en_US", "en_GB", loc))).country())

    def address(self, loc: str) -> str:
        f = self.faker(loc)
        r = self.rng.random()
        if r < 0.45:
            addr = str(f.address())
            sep = self.rng.choice((", ", ", ", " ", "\n"))
            return re.sub(r"\s*\n\s*", sep, addr.strip())
        if r < 0.75:
            return f"{f.street_address()}, {f.postcode()} {f.city()}"
        if r < 0.9:
            return f"{f.street_address()}, {f.city()}"
        return f"{f.street_address()} {f.city()} {f.postcode()}"

    def company(self, loc: str) -> str:
        return str(self.faker(loc).company()).replace("\n", " ")

    def date(self, loc: str) -> str:
        d: dt.date = self.faker(loc).date_between(start_date="-3y", end_date="+1y")
        return self._fmt_date(d, loc)

    def dob(self, loc: str) -> str:
        d: dt.date = self.faker(loc).date_of_birth(minimum_age=1, maximum_age=95)
        return self._fmt_date(d, loc)

    def _fmt_date(self, d: dt.date, loc: str) -> str:
        lang = loc[:2] if loc[:2] in MONTHS else "en"
        month = MONTHS[lang][d.month - 1]
        fmts = [
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {month} {d.year}",
            f"{month} {d.day}, {d.year}", f"{month} {d.day}", f"{d.day} {month}",
            f"{d.day}{'th' if d.day not in (1, 2, 3, 21, 22, 23, 31) else ''} of {month}",
            f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}/{d.month}/{str(d.year)[2:]}",
        ]
        return self.rng.choice(fmts)

    # --- look-alikes the model must tag O ---
    def email(self, loc: str) -> str:
        f = self.faker(loc)
        if self.rng.random() < 0.5:
            user = f"{f.first_name()}.{f.last_name()}".lower()
            user = re.sub(r"[^a-z.]", "", user) or "user"
            return f"{user}@{f.free_email_domain()}"
        return str(f.email())

    def phone(self, loc: str) -> str:
        return str(self.faker(loc).phone_number())

    def card(self, loc: str) -> str:
        n = str(self.faker(loc).credit_card_number())
        if self.rng.random() < 0.4 and len(n) == 16:
            n = " ".join(n[i : i + 4] for i in range(0, 16, 4))
        return n

    def iban(self, loc: str) -> str:
        n = str(self.faker(loc).iban())
        if self.rng.random() < 0.4:
            n = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        return n

    def natid(self, loc: str) -> str:
        f = self.faker(loc)
        try:
            return str(f.ssn())
        except AttributeError:
            return str(self.faker("en_US").ssn())

    def password(self, loc: str) -> str:
        f = self.faker(loc)
        r = self.rng.random()
        if r < 0.3:
            return f"{f.first_name()}{self.rng.randint(1950, 2020)}{self.rng.choice('!?#$')}"
        if r < 0.5:
            return f"{self.rng.choice(WEEKDAYS).title()}{self.rng.randint(10, 99)}!"
        return str(f.password(length=self.rng.randint(8, 16)))

    def order(self, loc: str) -> str:
        r = self.rng.random()
        digits = "".join(self.rng.choice(string.digits) for _ in range(self.rng.randint(5, 10)))
        if r < 0.3:
            return f"#{digits}"
        if r < 0.6:
            pre = self.rng.choice(("ORD", "INV", "TCK", "REF", "AB", "PNR"))
            return f"{pre}-{digits}"
        return "".join(
            self.rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)
        )

    def apikey(self, loc: str) -> str:
        body = "".join(
            self.rng.choice(string.ascii_letters + string.digits)
            for _ in range(self.rng.randint(24, 40))
        )
        return self.rng.choice(("sk-", "ghp_", "AKIA", "xoxb-", "pk_live_", "")) + body

    def ip(self, loc: str) -> str:
        return str(self.faker(loc).ipv4())

    def url(self, loc: str) -> str:
        return str(self.faker(loc).url()) + self.rng.choice(("", "account", "login?next=/home"))

    def username(self, loc: str) -> str:
        return str(self.faker(loc).user_name())

    def amount(self, loc: str) -> str:
        v = self.rng.randint(3, 5000)
        return self.rng.choice((f"€{v}", f"{v} EUR", f"${v}.{self.rng.randint(0, 99):02d}",
                                f"£{v}", f"{v} zł", f"{v},00 €"))

    def number(self, loc: str) -> str:
        r = self.rng.random()
        if r < 0.3:
            return str(self.rng.randint(2, 9999))
        if r < 0.5:
            unit = self.rng.choice(UNITS)
            return f"{self.rng.randint(1, 500)} {unit}"
        if r < 0.6:
            return f"{self.rng.randint(1, 99)} y/o"
        if r < 0.7:
            return f"{self.rng.randint(18, 90)} years old"
        return "".join(self.rng.choice(string.digits) for _ in range(self.rng.randint(4, 6)))

    def product(self, loc: str) -> str:
        return self.rng.choice(PRODUCTS)

    def brand(self, loc: str) -> str:
        return self.rng.choice(BRANDS)

    def weekday(self, loc: str) -> str:
        return self.rng.choice(WEEKDAYS)

    def time(self, loc: str) -> str:
        return self.rng.choice(("9:30", "10am", "14:00", "3pm", "noon", "8.15"))

    def title(self, loc: str) -> str:
        return self.rng.choice(TITLES)

    def age(self, loc: str) -> str:
        return str(self.rng.randint(18, 90))

    def year(self, loc: str) -> str:
        return str(self.rng.randint(1950, 2025))

    def nationality(self, loc: str) -> str:
        return self.rng.choice(("German", "French", "Polish", "Italian", "Spanish", "Dutch"))

    def job(self, loc: str) -> str:
        return str(self.faker("en_US").job())

    def value(self, slot: str, loc: str) -> str:
        maker: Callable[[str], str] | None = getattr(self, slot, None)
        if maker is None or slot.startswith("_"):
            raise KeyError(f"unknown slot {slot!r}")
        # Faker draws dates (and the birth dates inside some national ids) relative to
        # now: a fixed clock keeps the data the same whatever day it is built.
        with time_machine.travel(DATA_CLOCK, tick=False):
            return maker(loc)


_TYPO_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(rng: random.Random, text: str) -> str:
    """One keyboard slip in a non-entity segment (drop, double, swap or replace)."""
    idx = [i for i, c in enumerate(text) if c.isalpha()]
    if len(idx) < 3:
        return text
    i = rng.choice(idx)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2 and i + 1 < len(text):
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice(_TYPO_KEYS) + text[i + 1 :]


def _lower(text: str) -> str:
    # Per character, keeping the length (a few characters lowercase to two).
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def render(template: Template, maker: ValueMaker, *, lowercase: bool) -> Example:
    """Fill one template and add chat noise; gold spans follow the text exactly."""
    rng = maker.rng
    if template.lang in LANG_LOCALE:
        loc = rng.choice(LANG_LOCALE[template.lang])
    else:
        loc = rng.choice(LOCALES)
    segments: Segments = []
    pos = 0
    raw = template.text
    for m in re.finditer(r"\{\{|\}\}|\{([a-z_]+)\}", raw):
        if m.group(1) is None:
            continue
        segments.append((raw[pos : m.start()], None))
        slot = m.group(1)
        segments.append((maker.value(slot, loc), SLOT_LABEL.get(slot)))
        pos = m.end()
    segments.append((raw[pos:], None))
    segments = [(t.replace("{{", "{").replace("}}", "}"), lab) for t, lab in segments]

    # Chat noise.
    if rng.random() < 0.15:
        segments = [(_typo(rng, t) if lab is None else t, lab) for t, lab in segments]
    if rng.random() < 0.3 and segments and segments[-1][1] is None:
        t = segments[-1][0].rstrip(" .!?")
        segments[-1] = (t, None)
    if rng.random() < 0.15:
        segments = [(t.replace(",", "") if lab is None else t, lab) for t, lab in segments]
    if rng.random() < 0.05:
        segments = [(t.replace(" ", "  ") if lab is None else t, lab) for t, lab in segments]
    if lowercase:
        segments = [(_lower(t), lab) for t, lab in segments]
    elif rng.random() < 0.05:
        segments = [(t.upper(), lab) if len(t.upper()) == len(t) else (t, lab)
                    for t, lab in segments]
    elif rng.random() < 0.2:
        # Names typed in lowercase by the user, rest of the message as written.
        segments = [(_lower(t) if lab in ("PERSON", "LOCATION") else t, lab)
                    for t, lab in segments]
    if rng.random() < 0.04:
        emo = rng.choice(("🙂", "😡", "🙏", "👍", "❤️", "😂"))
        segments.append((" " + emo, None))

    text, spans = _assemble(segments)
    return Example(text, tuple(_merge_locations(text, spans)), template.tid, lowercase)


Segments = list[tuple[str, str | None]]
"""A message as pieces of text, each with its label (None outside entities)."""


def _assemble(segments: Segments) -> tuple[str, list[tuple[int, int, str]]]:
    """The text of `segments` and the spans of its labelled pieces (edge spaces left out)."""
    text = ""
    spans: list[tuple[int, int, str]] = []
    for t, lab in segments:
        if lab is not None and t.strip():
            start = len(text) + (len(t) - len(t.lstrip()))
            spans.append((start, len(text) + len(t.rstrip()), lab))
        text += t
    return text, spans


def _segments(ex: Example) -> Segments:
    """`ex` cut at its spans: the text between spans (possibly empty) and each span."""
    out: Segments = []
    pos = 0
    for start, end, label in sorted(ex.spans):
        out += [(ex.text[pos:start], None), (ex.text[start:end], label)]
        pos = end
    out.append((ex.text[pos:], None))
    return out


def _merge_locations(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Street, city and postcode next to each other are one LOCATION span; first and
    last name next to each other are one PERSON span."""
    merged: list[tuple[int, int, str]] = []
    for s in spans:
        if merged and merged[-1][2] == s[2] and joinable(text, s[2], merged[-1][1], s[0]):
            merged[-1] = (merged[-1][0], s[1], s[2])
        else:
            merged.append(s)
    return merged


def frame(template: Template, rng: random.Random) -> Template:
    """The template wrapped in a random frame (greeting, vocative, sign-off)."""
    shape = rng.choice(FRAMES)
    text = template.text.replace("{{", "\0").replace("}}", "\1")
    text = shape.replace("{msg}", text.rstrip()).replace("\0", "{{").replace("\1", "}}")
    return Template(template.tid, template.lang, template.domain, text)


_WORD_RE = re.compile(r"\S+")


def context_words(templates: list[Template]) -> list[str]:
    """The plain words of `templates` (no slots), for scrambling context in training."""
    words: set[str] = set()
    for t in templates:
        for w in _WORD_RE.findall(re.sub(r"\{[a-z_]+\}", " ", t.text)):
            w = w.strip(".,!?:;()\"'")
            if len(w) >= 3 and w.isalpha():
                words.add(w)
    return sorted(words)


COMMON_WORD_LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl")


def _gazetteer_words() -> set[str]:
    """Every word of Faker's first names, surnames and towns, lowercased, in every locale
    the generator uses: such words must not be taught as plain words."""
    import importlib

    words: set[str] = set()
    for loc in sorted(set(NAME_LOCALES) | {loc for locs in LANG_LOCALE.values() for loc in locs}):
        for kind in ("person", "address"):
            try:
                provider = importlib.import_module(f"faker.providers.{kind}.{loc}").Provider
            except (ImportError, AttributeError):
                continue
            for attr in dir(provider):
                if not (attr.startswith(("first_names", "last_names")) or attr.endswith(
                        ("last_names", "cities"))):
                    continue
                values = getattr(provider, attr)
                if isinstance(values, (list, tuple, dict, set, frozenset)):
                    for value in values:
                        words.update(str(value).lower().split())
    return words


def common_words(per_language: int = 4000) -> dict[str, list[str]]:
    """The most frequent words of each language in `COMMON_WORD_LANGS` (from `wordfreq`),
    without any word of a name or town the generator knows; empty without `wordfreq`.

    Chat is full of ordinary words the templates never use, in many languages; an
    unfamiliar word is otherwise easily read as a name, above all at the start of a
    message. Training data only.
    """
    try:
        from wordfreq import top_n_list
    except ImportError:
        return {}
    banned = _gazetteer_words()
    out: dict[str, list[str]] = {}
    for lang in COMMON_WORD_LANGS:
        out[lang] = [
            w for w in top_n_list(lang, per_language)
            if len(w) >= 2 and w.isalpha() and w not in banned
        ]
    return out


def babble(rng: random.Random, words: dict[str, list[str]]) -> str:
    """A few common words of one language, as a stretch of plain chat text."""
    lang = rng.choice(sorted(words))
    return " ".join(rng.choice(words[lang]) for _ in range(rng.randint(2, 7)))


def scramble(ex: Example, rng: random.Random, vocab: list[str], *, rate: float = 0.12,
             babble_words: dict[str, list[str]] | None = None) -> Example:
    """The message with its context disturbed, entities untouched: each word outside a span
    is dropped, swapped with the next or replaced by a random `vocab` word with probability
    `rate`, and half the time a random first word is put in front.

    The model then cannot lean on a template's exact wording, and it sees many more
    words (in every language of the templates) at the start of a message, where an
    unknown capitalised word is otherwise read as a name. Training data only.
    """
    # Pieces: a span is one piece, the text between spans is cut into words, each word
    # keeping the whitespace after it.
    pieces: Segments = []
    for piece, label in _segments(ex):
        if label is None:
            pieces += [(m.group(), None) for m in re.finditer(r"\S+\s*", piece)]
        else:
            pieces.append((piece, label))
    lead = re.match(r"\s*", ex.text)
    out: Segments = [(lead.group() if lead else "", None)]
    i = 0
    while i < len(pieces):
        text, label = pieces[i]
        roll = rng.random()
        if label is not None or roll >= rate:
            out.append((text, label))
        elif roll < rate / 3:
            pass  # dropped
        elif roll < 2 * rate / 3 and i + 1 < len(pieces) and pieces[i + 1][1] is None:
            nxt = pieces[i + 1][0]
            out += [(nxt.rstrip() + " ", None), (text, None)]
            i += 1
        else:
            out.append((rng.choice(vocab) + text[len(text.rstrip()):] if text.strip() else text,
                        None))
        i += 1
    if rng.random() < 0.5:
        first = rng.choice(vocab)
        out.insert(1, ((first.lower() if ex.lowercase else first.capitalize()) + " ", None))
    if babble_words and rng.random() < 0.4:
        extra = babble(rng, babble_words)
        extra = extra if ex.lowercase or rng.random() < 0.3 else extra.capitalize()
        if rng.random() < 0.5:
            out.insert(1, (extra + rng.choice((", ", " ", ". ")), None))
        else:
            out.append((rng.choice((" ", ". ", ", ")) + extra, None))
    text = ""
    spans: list[tuple[int, int, str]] = []
    for piece, label in out:
        if text and piece and text[-1].isalnum() and piece[0].isalnum():
            text += " "  # a dropped or moved word must not glue two words together
        if label is not None:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece
    if ex.lowercase:
        text = _lower(text)
    return Example(text, tuple(_merge_locations(text, spans)), ex.template, ex.lowercase)


def generate(
    templates: list[Template], n: int, seed: int, *, join_prob: float = 0.12,
    frame_prob: float = 0.0, scramble_prob: float = 0.0, extra_typo_prob: float = 0.0,
    common_word_prob: float = 0.0, lowercase_prob: float = 0.33,
) -> Iterator[Example]:
    """`n` messages from `templates`; `lowercase_prob` of them (a third) are lowercase;
    some join two messages.

    Training data only: `frame_prob` of the messages get a frame, `scramble_prob` get
    their context scrambled (`scramble`), `extra_typo_prob` get one more typo in each
    stretch of text between entities; `common_word_prob` of the scrambled ones also get
    a stretch of common words of some language, and the scrambling draws words from
    `common_words` too. These use their own random stream, so the same
    templates and seed give the same messages as without them, apart from those changes.
    """
    maker = ValueMaker(seed)
    rng = maker.rng
    aug = random.Random(seed * 7919 + 1)
    vocab = context_words(templates) if scramble_prob else []
    common = common_words() if scramble_prob and common_word_prob else {}
    if common:
        vocab = vocab + [w for words in common.values() for w in words]
    for _ in range(n):
        lower = rng.random() < lowercase_prob
        template = rng.choice(templates)
        if frame_prob and rng.random() < frame_prob:
            template = frame(template, rng)
        ex = render(template, maker, lowercase=lower)
        if rng.random() < join_prob:
            other = render(rng.choice(templates), maker, lowercase=lower)
            sep = rng.choice((" ", "\n", ". ", " - "))
            off = len(ex.text) + len(sep)
            ex = Example(
                ex.text + sep + other.text,
                ex.spans + tuple((a + off, b + off, lab) for a, b, lab in other.spans),
                ex.template,
                lower,
            )
        if extra_typo_prob and aug.random() < extra_typo_prob:
            ex = _typos_between(ex, aug)
        if vocab and aug.random() < scramble_prob:
            ex = scramble(ex, aug, vocab,
                          babble_words=common if aug.random() < common_word_prob else None)
        yield ex


def _typos_between(ex: Example, rng: random.Random) -> Example:
    """One more typo in each stretch of text between spans (offsets shift with it)."""
    text, spans = _assemble(
        [(_typo(rng, piece) if label is None else piece, label) for piece, label in _segments(ex)]
    )
    return Example(text, tuple(spans), ex.template, ex.lowercase)


def write_jsonl(path: Path, examples: list[Example]) -> None:
    """Write examples one JSON object per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for ex in examples:
            fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Example]:
    """Read examples written by `write_jsonl` (or written by hand in that format)."""
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        out.append(
            Example(
                d["text"],
                tuple((int(a), int(b), str(c)) for a, b, c in d["spans"]),
                str(d.get("template", "")),
                bool(d.get("lowercase", False)),
            )
        )
    return out


_MARK_RE = re.compile(r"\[([^\]]+)\]\(([A-Z_]+)\)")


def parse_marked(line: str, template: str = "hand") -> Example:
    """One hand-marked line: `[value](LABEL)` marks a gold span, `\\n` is a newline."""
    line = line.replace("\\n", "\n")
    text = ""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for m in _MARK_RE.finditer(line):
        text += line[pos : m.start()]
        spans.append((len(text), len(text) + len(m.group(1)), m.group(2)))
        text += m.group(1)
        pos = m.end()
    text += line[pos:]
    return Example(text, tuple(spans), template, text == text.lower())


def read_marked(path: Path) -> list[Example]:
    """A hand-marked file: one message a line; blank lines and `#` comments skipped."""
    return [
        parse_marked(line, f"{path.stem}-{i}")
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines())
        if line.strip() and not line.startswith("#")
    ]
