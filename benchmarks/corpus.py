"""A reproducible synthetic chat corpus with gold spans for the structured labels.

    python benchmarks/corpus.py                      # writes benchmarks/data/eval_structured.jsonl
    python benchmarks/corpus.py --n 2000 --seed 7 --out /tmp/corpus.jsonl

Messages are chat-like sentences in eight locales (en_US en_GB de_DE fr_FR es_ES
it_IT nl_NL pl_PL), generated with Faker under a fixed seed: about half carry
one or two structured values (email, phone, card, IBAN, IP, URL, US SSN, UK NINO,
national IDs, dates of birth, credentials, crypto wallets), the rest are small
talk or look-alikes that must not be reported (order and tracking numbers,
prices, times, version numbers, meeting dates, git hashes, invalid card numbers).

Values are realistic, i.e. valid: phone numbers pass `phonenumbers.is_valid_number`
for their region, cards pass Luhn, IBANs mod-97, IDs their check digits. Gold
spans mark exactly the value (no surrounding punctuation).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL")
REGION = {
    "en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR",
    "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
}  # fmt: skip
STRUCTURED_LABELS = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL",
    "US_SSN", "UK_NINO", "NATIONAL_ID", "DATE_TIME", "CREDENTIAL", "CRYPTO",
)  # fmt: skip
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "eval_structured.jsonl"
DEFAULT_SEED = 20240611
DEFAULT_SIZE = 1000


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    locale: str
    text: str
    spans: tuple[GoldSpan, ...] = field(default=())
    kind: str = "pii"

    def to_json(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "locale": self.locale,
                "kind": self.kind,
                "text": self.text,
                "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, line: str) -> Message:
        data = json.loads(line)
        spans = tuple(GoldSpan(s["start"], s["end"], s["label"]) for s in data["spans"])
        return cls(data["id"], data["locale"], data["text"], spans, data.get("kind", "pii"))


# ------------------------------------------------------------------ value generators


def _lang(locale: str) -> str:
    return locale.split("_")[0]


_PHONE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def _phone(fake: Faker, rng: random.Random, locale: str) -> str:
    """A valid number for the locale's region, in a format people type."""
    region = REGION[locale]
    typed = fake.phone_number()
    try:
        parsed = phonenumbers.parse(typed, region)
        if "x" not in typed and phonenumbers.is_valid_number(parsed) and rng.random() < 0.4:
            return str(typed)
    except phonenumbers.NumberParseException:
        pass
    for _ in range(50):
        example = phonenumbers.example_number_for_type(region, rng.choice(_PHONE_TYPES))
        national = str(example.national_number)
        keep = max(2, len(national) - 5)
        digits = national[:keep] + "".join(rng.choice(string.digits) for _ in national[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(number):
            break
    style = rng.random()
    if style < 0.35:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national_text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style < 0.75:
        return national_text
    if style < 0.9:
        return national_text.replace(" ", "-") if "(" not in national_text else national_text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _card(fake: Faker, rng: random.Random, locale: str) -> str:
    number = fake.credit_card_number(
        card_type=rng.choice(["visa16", "mastercard", "amex", "discover", "visa16"])
    )
    style = rng.random()
    if len(number) == 15:  # Amex 4-6-5
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    if style < 0.5:
        return " ".join(groups)
    if style < 0.7:
        return "-".join(groups)
    return str(number)


def _iban(fake: Faker, rng: random.Random, locale: str) -> str:
    source = Faker("de_DE" if locale == "en_US" else locale)
    source.seed_instance(rng.randrange(2**32))
    code = str(source.iban())
    if rng.random() < 0.6:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def _email(fake: Faker, rng: random.Random, locale: str) -> str:
    return str(fake.email() if rng.random() < 0.6 else fake.free_email())


def _ip(fake: Faker, rng: random.Random, locale: str) -> str:
    roll = rng.random()
    if roll < 0.5:
        return str(fake.ipv4_public())
    if roll < 0.75:
        return str(fake.ipv4_private())
    return str(fake.ipv6())


def _url(fake: Faker, rng: random.Random, locale: str) -> str:
    url = str(fake.url())
    if rng.random() < 0.5:
        url += fake.uri_path()
    if rng.random() < 0.2:
        url = url.replace("https://", "").replace("http://", "")
    return url.rstrip("/") if rng.random() < 0.5 else url


def _ssn(fake: Faker, rng: random.Random, locale: str) -> str:
    source = Faker("en_US")
    source.seed_instance(rng.randrange(2**32))
    return str(source.ssn())


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def _nino(fake: Faker, rng: random.Random, locale: str) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def _national_id(fake: Faker, rng: random.Random, locale: str) -> str:
    kind = {"pl_PL": "pesel", "es_ES": rng.choice(["nif", "nie"]), "fr_FR": "nir"}[locale]
    source = Faker(locale)
    source.seed_instance(rng.randrange(2**32))
    if kind == "pesel":
        return str(source.pesel())
    if kind == "nif":
        return str(source.nif())
    if kind == "nie":
        return str(source.nie())
    nir = str(source.ssn())
    if rng.random() < 0.5:
        return f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    return nir


_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
}  # fmt: skip


def _date_text(fake: Faker, rng: random.Random, locale: str, *, birth: bool) -> str:
    if birth:
        date = fake.date_of_birth(minimum_age=16, maximum_age=90)
    else:
        date = fake.date_between(start_date="-2y", end_date="+1y")
    lang = _lang(locale)
    month = _MONTHS[lang][date.month - 1]
    style = rng.random()
    if style < 0.3:
        return date.isoformat()
    if style < 0.6:
        if locale == "en_US":
            return f"{date.month:02d}/{date.day:02d}/{date.year}"
        sep = "." if lang in ("de", "pl") else "/" if lang in ("fr", "es", "it", "en") else "-"
        return f"{date.day:02d}{sep}{date.month:02d}{sep}{date.year}"
    if lang == "en" and locale == "en_US":
        return f"{month} {date.day}, {date.year}"
    if lang == "de":
        return f"{date.day}. {month} {date.year}"
    if lang == "es":
        return f"{date.day} de {month} de {date.year}"
    return f"{date.day} {month} {date.year}"


def _dob(fake: Faker, rng: random.Random, locale: str) -> str:
    return _date_text(fake, rng, locale, birth=True)


def _token(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_ALNUM = string.ascii_letters + string.digits


def _api_key(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return "AKIA" + _token(rng, string.ascii_uppercase + string.digits, 16)
    if kind == 1:
        return "ghp_" + _token(rng, _ALNUM, 36)
    if kind == 2:
        return "sk-proj-" + _token(rng, _ALNUM, 8) + "1" + _token(rng, _ALNUM, 30)
    if kind == 3:
        return "xoxb-" + _token(rng, string.digits, 11) + "-" + _token(rng, _ALNUM, 24)
    if kind == 4:
        return "sk_live_" + _token(rng, _ALNUM, 24)
    return "AIza" + _token(rng, _ALNUM + "_-", 35)


def _password(fake: Faker, rng: random.Random, locale: str) -> str:
    return str(fake.password(length=rng.randint(8, 14), special_chars=rng.random() < 0.5))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _base58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rem = divmod(number, 58)
        out = _B58[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32(program: bytes) -> str:
    def polymod(values: list[int]) -> int:
        gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    acc, bits, data = 0, 0, [0]  # witness version 0
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    mod = polymod(hrp + data + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH32[d] for d in data + checksum)


def _crypto(fake: Faker, rng: random.Random, locale: str) -> str:
    kind = rng.randrange(4)
    body = bytes(rng.randrange(256) for _ in range(20))
    if kind == 0:
        return _base58check(b"\x00" + body)
    if kind == 1:
        return _base58check(b"\x05" + body)
    if kind == 2:
        return _bech32(body)
    return "0x" + body.hex()


# ------------------------------------------------------------------ templates

T = dict[str, list[str]]

TEMPLATES: dict[str, T] = {
    "EMAIL_ADDRESS": {
        "en": ["you can email me at {v}", "my address is {v} if you need it", "send it to {v} pls",
               "contact: {v}"],
        "de": ["schreib mir an {v}", "meine Mail ist {v}", "bitte an {v} schicken"],
        "fr": ["écris-moi à {v}", "mon adresse mail : {v}", "envoie-le à {v} stp"],
        "es": ["escríbeme a {v}", "mi correo es {v}", "mándalo a {v}"],
        "it": ["scrivimi a {v}", "la mia email è {v}", "mandalo a {v} grazie"],
        "nl": ["mail me op {v}", "mijn e-mailadres is {v}", "stuur het naar {v}"],
        "pl": ["napisz do mnie na {v}", "mój e-mail to {v}", "wyślij na {v}"],
    },
    "PHONE_NUMBER": {
        "en": ["call me on {v}", "my number is {v}", "you can reach me at {v} after 5",
               "text me {v}", "phone: {v}"],
        "de": ["ruf mich an unter {v}", "meine Nummer ist {v}", "Tel. {v}", "Handy: {v}"],
        "fr": ["appelle-moi au {v}", "mon numéro est le {v}", "tél : {v}"],
        "es": ["llámame al {v}", "mi teléfono es {v}", "mi móvil: {v}"],
        "it": ["chiamami al {v}", "il mio numero è {v}", "cellulare: {v}"],
        "nl": ["bel me op {v}", "mijn nummer is {v}", "telefoonnummer: {v}"],
        "pl": ["zadzwoń pod {v}", "mój numer to {v}", "tel. {v}"],
    },
    "CREDIT_CARD": {
        "en": ["my card number is {v}", "charge it to {v} please", "card: {v} exp 09/27"],
        "de": ["meine Kreditkarte: {v}", "Kartennummer {v}"],
        "fr": ["ma carte bancaire : {v}", "numéro de carte {v}"],
        "es": ["mi tarjeta es {v}", "número de tarjeta {v}"],
        "it": ["la mia carta è {v}", "numero carta {v}"],
        "nl": ["mijn creditcard is {v}", "kaartnummer {v}"],
        "pl": ["moja karta to {v}", "numer karty {v}"],
    },
    "IBAN_CODE": {
        "en": ["my IBAN is {v}", "please transfer to {v}", "bank details: {v}"],
        "de": ["meine IBAN lautet {v}", "bitte überweise auf {v}"],
        "fr": ["mon IBAN : {v}", "virement sur {v} merci"],
        "es": ["mi IBAN es {v}", "transfiere a {v}"],
        "it": ["il mio IBAN è {v}", "bonifico su {v}"],
        "nl": ["mijn IBAN is {v}", "maak het over naar {v}"],
        "pl": ["mój numer konta to {v}", "przelew na {v}"],
    },
    "IP_ADDRESS": {
        "en": ["my ip is {v}", "the server at {v} keeps rejecting me", "connect from {v}"],
        "de": ["meine IP ist {v}", "der Server {v} antwortet nicht"],
        "fr": ["mon adresse IP est {v}", "le serveur {v} ne répond pas"],
        "es": ["mi IP es {v}", "el servidor {v} no responde"],
        "it": ["il mio IP è {v}", "il server {v} non risponde"],
        "nl": ["mijn IP is {v}", "de server {v} reageert niet"],
        "pl": ["moje IP to {v}", "serwer {v} nie odpowiada"],
    },
    "URL": {
        "en": ["check my profile {v}", "here's the link: {v}", "see {v} for details"],
        "de": ["schau mal auf {v}", "hier der Link: {v}"],
        "fr": ["regarde {v}", "voici le lien : {v}"],
        "es": ["mira {v}", "aquí el enlace: {v}"],
        "it": ["guarda {v}", "ecco il link: {v}"],
        "nl": ["kijk op {v}", "hier is de link: {v}"],
        "pl": ["zobacz {v}", "link: {v}"],
    },
    "US_SSN": {
        "en": ["my ssn is {v}", "social security number {v}", "SSN: {v}"],
    },
    "UK_NINO": {
        "en": ["my national insurance number is {v}", "NI number {v}", "NINO: {v}"],
    },
    "NATIONAL_ID": {
        "fr": ["mon numéro de sécurité sociale est {v}", "NIR : {v}"],
        "es": ["mi DNI es {v}", "documento: {v}", "mi NIE es {v}"],
        "pl": ["mój PESEL to {v}", "PESEL: {v}", "numer PESEL {v}"],
    },
    "DATE_TIME": {
        "en": ["I was born on {v}", "my date of birth is {v}", "DOB: {v}", "birthday {v}"],
        "de": ["ich bin am {v} geboren", "Geburtsdatum: {v}", "geboren am {v}"],
        "fr": ["je suis né le {v}", "date de naissance : {v}", "née le {v}"],
        "es": ["nací el {v}", "fecha de nacimiento: {v}"],
        "it": ["sono nato il {v}", "data di nascita: {v}"],
        "nl": ["ik ben geboren op {v}", "geboortedatum: {v}"],
        "pl": ["urodziłem się {v}", "data urodzenia: {v}"],
    },
    "CREDENTIAL": {
        "en": ["my password is {v}", "pw: {v}", "the login password is {v}"],
        "de": ["mein Passwort ist {v}", "Passwort: {v}"],
        "fr": ["mon mot de passe est {v}", "mdp : {v}"],
        "es": ["mi contraseña es {v}", "contraseña: {v}"],
        "it": ["la mia password è {v}", "password: {v}"],
        "nl": ["mijn wachtwoord is {v}", "wachtwoord: {v}"],
        "pl": ["moje hasło to {v}", "hasło: {v}"],
    },
    "CRYPTO": {
        "en": ["send the coins to {v}", "my wallet: {v}", "pay to {v}"],
        "de": ["schick es an meine Wallet {v}"],
        "fr": ["envoie sur mon wallet {v}"],
        "es": ["mi billetera es {v}"],
        "it": ["il mio wallet è {v}"],
        "nl": ["mijn wallet is {v}"],
        "pl": ["mój portfel to {v}"],
    },
}  # fmt: skip

CREDENTIAL_EXTRA = {
    "pin": ["my pin is {v}", "PIN: {v}"],
    "key": ["here is my api key {v}", "token {v}", "OPENAI_API_KEY={v}"],
}

GENERATORS: dict[str, Callable[[Faker, random.Random, str], str]] = {
    "EMAIL_ADDRESS": _email,
    "PHONE_NUMBER": _phone,
    "CREDIT_CARD": _card,
    "IBAN_CODE": _iban,
    "IP_ADDRESS": _ip,
    "URL": _url,
    "US_SSN": _ssn,
    "UK_NINO": _nino,
    "NATIONAL_ID": _national_id,
    "DATE_TIME": _dob,
    "CREDENTIAL": _password,
    "CRYPTO": _crypto,
}

SMALL_TALK: T = {
    "en": ["hi, can you help me with my account?", "thanks, that worked!",
           "what's the weather like tomorrow?", "can you summarise this article for me",
           "I need a recipe for dinner", "ok cool", "how do I reset my password?",
           "my password is too short apparently", "lol that's funny"],
    "de": ["hallo, kannst du mir helfen?", "danke, hat funktioniert", "wie wird das Wetter morgen?",
           "ich habe mein Passwort vergessen"],
    "fr": ["bonjour, tu peux m'aider ?", "merci, ça marche", "quel temps fera-t-il demain ?"],
    "es": ["hola, ¿me puedes ayudar?", "gracias, funcionó", "¿qué tiempo hará mañana?"],
    "it": ["ciao, mi puoi aiutare?", "grazie, ha funzionato", "che tempo farà domani?"],
    "nl": ["hoi, kun je me helpen?", "bedankt, het werkt", "wat voor weer wordt het morgen?"],
    "pl": ["cześć, możesz mi pomóc?", "dzięki, działa", "jaka będzie jutro pogoda?"],
}  # fmt: skip


def _lookalike(fake: Faker, rng: random.Random, locale: str) -> str:
    """A message with numbers that are not personal data."""
    lang = _lang(locale)
    kind = rng.randrange(12)
    digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 12)))
    if kind == 0:
        return f"my order number is {digits}, where is it?"
    if kind == 1:
        return f"Order #{digits} hasn't arrived"
    if kind == 2:
        return f"tracking number 1Z{_token(rng, string.ascii_uppercase + string.digits, 16)}"
    if kind == 3:
        price = f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}"
        return rng.choice(
            [f"it costs ${price}", f"the price is {price} EUR", f"total: €{price}",
             f"zapłaciłem {price.replace('.', ',')} zł"]
        )  # fmt: skip
    if kind == 4:
        return f"let's meet at {rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == 5:
        version = ".".join(str(rng.randint(0, 20)) for _ in range(rng.randint(3, 4)))
        return rng.choice([f"update to version {version}", f"running v{version} now"])
    if kind == 6:
        date = _date_text(fake, rng, locale, birth=False)
        return {
            "en": f"the meeting is on {date}", "de": f"das Treffen ist am {date}",
            "fr": f"la réunion est le {date}", "es": f"la reunión es el {date}",
            "it": f"la riunione è il {date}", "nl": f"de vergadering is op {date}",
            "pl": f"spotkanie jest {date}",
        }[lang]  # fmt: skip
    if kind == 7:
        return f"commit {_token(rng, '0123456789abcdef', 40)} broke the build"
    if kind == 8:
        card = "4" + "".join(rng.choice(string.digits) for _ in range(15))
        card = card[:-1] + str((int(card[-1]) + 1) % 10)  # usually not a valid Luhn
        return f"reference {card[:4]} {card[4:8]} {card[8:12]} {card[12:]}"
    if kind == 9:
        return f"invoice INV-{rng.randint(2020, 2025)}-{rng.randint(100, 99999)} is due"
    if kind == 10:
        return (
            f"room {rng.randint(100, 999)}, floor {rng.randint(1, 9)}, {rng.randint(2, 40)} people"
        )
    return f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"  # noqa: E501


# ------------------------------------------------------------------ generation


def _labels_for(locale: str) -> list[str]:
    labels = [
        "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL",
        "DATE_TIME", "CREDENTIAL", "CRYPTO",
    ]  # fmt: skip
    if locale == "en_US":
        labels += ["US_SSN"] * 3
    if locale == "en_GB":
        labels += ["UK_NINO"] * 3
    if locale in ("pl_PL", "es_ES", "fr_FR"):
        labels += ["NATIONAL_ID", "NATIONAL_ID"]
    return labels


def _fill(template: str, value: str, label: str) -> tuple[str, list[GoldSpan]]:
    start = template.index("{v}")
    text = template.replace("{v}", value, 1)
    return text, [GoldSpan(start, start + len(value), label)]


def _pii_part(fake: Faker, rng: random.Random, locale: str) -> tuple[str, list[GoldSpan]]:
    label = rng.choice(_labels_for(locale))
    lang = _lang(locale)
    if label == "CREDENTIAL" and rng.random() < 0.5:
        if rng.random() < 0.4:
            value = "".join(rng.choice(string.digits) for _ in range(rng.choice([4, 4, 6])))
            template = rng.choice(CREDENTIAL_EXTRA["pin"])
        else:
            value = _api_key(rng)
            template = rng.choice(CREDENTIAL_EXTRA["key"])
        return _fill(template, value, label)
    templates = TEMPLATES[label]
    template = rng.choice(
        templates.get(lang) or templates.get("en") or next(iter(templates.values()))
    )
    return _fill(template, GENERATORS[label](fake, rng, locale), label)


def _join(
    parts: list[tuple[str, list[GoldSpan]]], rng: random.Random
) -> tuple[str, list[GoldSpan]]:
    text, spans = "", []
    for i, (part, part_spans) in enumerate(parts):
        if i:
            text += rng.choice([". ", ", and ", " - ", "\n", "; "])
        offset = len(text)
        text += part
        spans += [GoldSpan(s.start + offset, s.end + offset, s.label) for s in part_spans]
    if rng.random() < 0.4:
        text += rng.choice([".", "!", " thanks", " :)", "?"])
    return text, spans


def generate(n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> list[Message]:
    """`n` messages, the same for the same `n` and `seed`."""
    rng = random.Random(seed)
    fakers = {}
    for i, locale in enumerate(LOCALES):
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(seed + i)
    messages = []
    for index in range(n):
        locale = LOCALES[index % len(LOCALES)]
        fake = fakers[locale]
        lang = _lang(locale)
        roll = rng.random()
        parts: list[tuple[str, list[GoldSpan]]]
        if roll < 0.55:
            kind = "pii"
            parts = [_pii_part(fake, rng, locale) for _ in range(1 if rng.random() < 0.7 else 2)]
            if rng.random() < 0.3:
                parts.insert(0, (rng.choice(SMALL_TALK[lang]), []))
        elif roll < 0.8:
            kind = "lookalike"
            parts = [(_lookalike(fake, rng, locale), [])]
            if rng.random() < 0.3:
                parts.append(_pii_part(fake, rng, locale))
                kind = "pii+lookalike"
        else:
            kind = "none"
            parts = [(rng.choice(SMALL_TALK[lang]), [])]
        text, spans = _join(parts, rng)
        messages.append(Message(f"{locale}-{index:05d}", locale, text, tuple(spans), kind))
    return messages


def load(path: Path = DEFAULT_OUT) -> list[Message]:
    """The committed evaluation set."""
    with path.open(encoding="utf-8") as handle:
        return [Message.from_json(line) for line in handle if line.strip()]


def iter_texts(n: int, seed: int = DEFAULT_SEED + 1) -> Iterator[str]:
    """Texts of a timing corpus (a different seed than the evaluation set)."""
    for message in generate(n, seed):
        yield message.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    messages = generate(args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for message in messages:
            handle.write(message.to_json() + "\n")
    counts: dict[str, int] = {}
    for message in messages:
        for span in message.spans:
            counts[span.label] = counts.get(span.label, 0) + 1
    print(f"wrote {len(messages)} messages to {args.out}")
    for label in STRUCTURED_LABELS:
        print(f"  {label:14s} {counts.get(label, 0)}")


if __name__ == "__main__":
    main()
