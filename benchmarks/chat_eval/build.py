"""Build the chat evaluation set (frozen) and the dev set of issue 17.

    python -m benchmarks.chat_eval.build          # writes both files, deterministic

Every message is a hand-written template (`templates.py`) filled with a person from
Faker (MIT licence: real first and last names of each locale) and hand-picked streets,
postcodes, towns and look-alikes (`fillers.py`). One message in five is lower-cased, as
people type in chat. Gold spans are character offsets of the personal values only: the
user's or another private person's name, address, home town, postcode, date of birth,
e-mail, phone, IBAN, card. Places of travel, event dates, public figures, brands,
amounts, versions, order and train numbers are not gold: a guard that masks them hides
what the bot needs. Organisations are never gold.

The eval file is written once, committed, and never regenerated after tuning starts
(`benchmarks/data/chat_eval_v1.jsonl`); tune on `benchmarks/data/chat_dev_v1.jsonl`,
whose templates are different.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Any

from benchmarks.chat_eval import fillers as F
from benchmarks.chat_eval import templates as T

REPO = Path(__file__).resolve().parents[2]
EVAL_PATH = REPO / "benchmarks" / "data" / "chat_eval_v1.jsonl"
DEV_PATH = REPO / "benchmarks" / "data" / "chat_dev_v1.jsonl"
INSTANCES = 3
LOWERCASE_SHARE = 0.2

GOLD = {
    "name": "PERSON", "first": "PERSON", "other": "PERSON",
    "street": "LOCATION", "home": "LOCATION", "home_w": "LOCATION", "home_z": "LOCATION",
    "home_do": "LOCATION", "postcode": "LOCATION", "dob": "DATE_TIME",
    "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE",
    "card": "CREDIT_CARD",
}  # fmt: skip

_DOB_FORMATS = {
    "en": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{M} {d}, {y}"),
    "de": ("{d:02d}.{m:02d}.{y}", "{d}. {M} {y}"),
    "fr": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}"),
    "es": ("{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}"),
    "it": ("{d:02d}/{m:02d}/{y}", "{d} {M} {y}"),
    "nl": ("{d:02d}-{m:02d}-{y}", "{d} {M} {y}"),
    "pl": ("{d:02d}.{m:02d}.{y}", "{d} {M} {y}"),
}
_DATE_FORMATS = {
    "en": ("{M} {d}", "{d} {M}", "{d:02d}/{m:02d}"),
    "de": ("{d}. {M}", "{d:02d}.{m:02d}."),
    "fr": ("{d} {M}", "{d:02d}/{m:02d}"),
    "es": ("{d} de {M}", "{d:02d}/{m:02d}"),
    "it": ("{d} {M}", "{d:02d}/{m:02d}"),
    "nl": ("{d} {M}", "{d:02d}-{m:02d}"),
    "pl": ("{d} {M}", "{d:02d}.{m:02d}"),
}
_ALL_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
}  # fmt: skip


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-"))


class Filler:
    """Draws slot values for one message of one language."""

    def __init__(self, lang: str, rng: random.Random, faker: Any) -> None:
        self.lang, self.rng, self.f = lang, rng, faker
        self.first = str(faker.first_name())
        self.last = str(faker.last_name())
        self.postcode, self.town = rng.choice(F.TOWNS[lang])
        cities = [c for c in F.CITIES[lang] if c != self.town]
        self.city, self.city2 = rng.sample(cities, 2)

    def value(self, slot: str) -> tuple[str, int, int]:
        """The slot's text, and the part of it that is gold (start, end)."""
        if slot in ("home_w", "home_z", "home_do", "city_w", "city_z", "city2_do"):
            place = self.town if slot.startswith("home") else (
                self.city2 if slot.startswith("city2") else self.city)
            forms = F.PL_FORMS[place]
            text = forms[{"w": 1, "z": 2, "do": 3}[slot.split("_")[1]]]
            word = text.split(" ", 1)[1]
            return text, len(text) - len(word), len(text)
        text = self._text(slot)
        return text, 0, len(text)

    def _text(self, slot: str) -> str:
        r, lang = self.rng, self.lang
        if slot == "name":
            return f"{self.first} {self.last}"
        if slot == "first":
            return self.first
        if slot == "other":
            other = f"{self.f.first_name()} {self.f.last_name()}"
            return other if r.random() < 0.6 else other.split(" ")[0]
        if slot == "street":
            street = r.choice(F.STREETS[lang]).format(n=r.randint(1, 120))
            return f"{street}, {self.postcode} {self.town}"
        if slot == "street_only":
            return r.choice(F.STREETS[lang]).format(n=r.randint(1, 120))
        if slot == "home":
            return self.town
        if slot == "postcode":
            return self.postcode
        if slot == "dob":
            y, m, d = r.randint(1940, 2007), r.randint(1, 12), r.randint(1, 28)
            fmt = r.choice(_DOB_FORMATS[lang])
            return fmt.format(d=d, m=m, y=y, M=_ALL_MONTHS[lang][m - 1])
        if slot == "date":
            m, d = r.randint(1, 12), r.randint(1, 28)
            return r.choice(_DATE_FORMATS[lang]).format(d=d, m=m, M=_ALL_MONTHS[lang][m - 1])
        if slot == "month":
            return r.choice(F.MONTHS[lang])
        if slot == "email":
            domain = r.choice(["gmail.com", "outlook.com", "web.de", "yahoo.fr", "libero.it",
                               "wp.pl", "hotmail.es", "ziggo.nl", "icloud.com"])
            sep = r.choice([".", "", "_"])
            return f"{_ascii(self.first)}{sep}{_ascii(self.last)}".lower() + f"@{domain}"
        if slot == "phone":
            if r.random() < 0.5:
                return str(self.f.phone_number())
            fmt = r.choice(F.PHONE_FORMATS[lang])
            return "".join(str(r.randint(0, 9)) if c == "#" else c for c in fmt)
        if slot == "iban":
            iban = str(self.f.iban())
            grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            return grouped if r.random() < 0.5 else iban
        if slot == "card":
            card = str(self.f.credit_card_number(card_type=r.choice(["visa16", "mastercard"])))
            return " ".join(card[i : i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else card
        if slot == "city":
            return self.city
        if slot == "city2":
            return self.city2
        if slot == "country":
            return r.choice(F.COUNTRIES[lang])
        if slot == "weekday":
            return r.choice(F.WEEKDAYS[lang])
        if slot == "amount":
            return r.choice(F.AMOUNTS)
        if slot == "version":
            return r.choice(F.VERSIONS)
        if slot == "order":
            return r.choice(F.ORDERS)
        if slot == "train":
            return r.choice(F.TRAINS)
        if slot == "brand":
            return r.choice(F.BRANDS)
        if slot == "figure":
            return r.choice(F.FIGURES)
        if slot == "tech":
            return r.choice(F.TECH)
        if slot == "marker":
            return "-".join(r.sample(F.MARKER_WORDS, r.randint(3, 5)))
        raise KeyError(slot)


def fill(template: str, filler: Filler) -> tuple[str, list[list[Any]]]:
    """The message and its gold spans `[start, end, label]`."""
    out: list[str] = []
    spans: list[list[Any]] = []
    pos = 0
    length = 0
    while True:
        a = template.find("{", pos)
        if a < 0:
            out.append(template[pos:])
            break
        b = template.index("}", a)
        out.append(template[pos:a])
        length += a - pos
        slot = template[a + 1 : b]
        text, g0, g1 = filler.value(slot)
        if slot in GOLD:
            spans.append([length + g0, length + g1, GOLD[slot]])
        out.append(text)
        length += len(text)
        pos = b + 1
    return "".join(out), spans


def build(kind: str, seed: int) -> list[dict[str, Any]]:
    """All messages of one set (`eval` or `dev`)."""
    from faker import Faker

    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    pii = T.EVAL_PII if kind == "eval" else T.DEV_PII
    clean = T.EVAL_CLEAN if kind == "eval" else T.DEV_CLEAN
    for lang in F.FAKER_LOCALE:
        faker = Faker(F.FAKER_LOCALE[lang])
        faker.seed_instance(seed + len(rows))
        for group, templates in (("pii", pii[lang]), ("clean", clean[lang])):
            for t_index, template in enumerate(templates):
                for _ in range(INSTANCES):
                    text, spans = fill(template, Filler(lang, rng, faker))
                    if rng.random() < LOWERCASE_SHARE and len(text.lower()) == len(text):
                        text = text.lower()
                    for s, e, _label in spans:
                        assert text[s:e].strip() == text[s:e] and e > s, (text, s, e)
                    rows.append({
                        "id": f"{kind}-{lang}-{group}-{t_index:02d}-{len(rows):04d}",
                        "lang": lang, "text": text, "spans": spans,
                        "clean": not spans, "template": f"{lang}-{group}-{t_index:02d}",
                    })
    return rows


def main() -> int:
    for kind, seed, path in (("eval", 17, EVAL_PATH), ("dev", 1717, DEV_PATH)):
        rows = build(kind, seed)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
        n_clean = sum(r["clean"] for r in rows)
        print(f"{path.relative_to(REPO)}: {len(rows)} messages, {n_clean} clean")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
