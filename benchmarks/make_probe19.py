# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v19.jsonl`, the nineteenth chat breadth probe:
values as people dictate, spell and obscure them.

Written blind (its author read only the docstring of `bench_chat_breadth.py`, the row format
of `chat_breadth_probe_v18.jsonl`, `probe_templates.py` and how `make_probe18.py` is driven;
not the detection rules, their tests, nor the texts of the earlier probes) and committed
before any detector ran on it. 350 short chat messages, 50 in each of seven languages (en,
de, fr, es, it, nl, pl): per language 30 carry personal data and 20 are clean look-alikes.

Personal rows (category `credential`, `id`, `account`, `phone`, `email` or `card`), the
value written the way a person types it when dictating, spelling or hiding it (`kind`):
- `words`: every digit as a word of the language ("vier zwei neun eins"), letters as
  capitals; `mix`: digits and digit words mixed ("4 two 9 one"); `pairs`: French numbers
  dictated two digits at a time ("zéro six, douze, trente-quatre"); `double`: English
  "double five", "oh" for zero;
- `phonetic`: letters in the local spelling alphabet without a link word (NATO "Kilo",
  German "Anton", Italian "Ancona"), digits as words; `asin`: "A as in Anna", "B wie
  Berta", "C comme Célestin", "D de Dolores", "E come Empoli", "F van Ferdinand", "G jak
  Grażyna";
- `spaced` (a space between every character), `stars` (`4*2*9*1`), `emoji` (an emoji
  between the characters), `fullwidth` (full-width digits and letters), `arabic`
  (Arabic-Indic digits);
- `voice`: a transcribed voice note: no punctuation, digits as words, "dash", "slash",
  "Bindestrich", "tiret", "guion", "trattino", "streepje", "myślnik" for the separators;
- `split`: the value split over two or three lines of one message (each line's part is a
  gold span of its own);
- e-mails spelled out (`spelled`: "anna dot kowalska at gmail dot com", "Klammeraffe",
  "arobase", "arroba", "chiocciola", "apenstaartje", "małpa") or obscured (`obscured`:
  "anna [at] kowalska [dot] pl", spaces around the dots).
Values with a check digit are valid (python-stdnum): IBANs, Steuer-ID, BSN, PESEL, Polish
ID card, DNI/NIE, codice fiscale, NIR, SSN, NHS number, card numbers (Luhn); phone numbers
are valid mobiles for `phonenumbers`; e-mail local parts come from faker's names.
Clean rows (category `clean`, `kind` the look-alike family): counting, times and dates in
words, prices, recipes, sports scores, phone keypad instructions ("press one then two"),
spelled words that are not personal (brands, ordinary words), company websites and
hotlines read out, star ratings, asterisked swear words, full-width and Arabic-Indic digits
in prices, dashes and slashes read out in voice notes of shopping lists or menus.

Decisions:
- A value is gold exactly as written, the spoken or obscured form included ("vier zwei
  neun eins" is the PIN); link words between the letters of a spelled value ("as in",
  "wie") are inside the span, the lead-in ("my pin is") is not.
- A company's hotline or website read out is public: clean. A generic address of a
  company (support@...) is not used, personal or clean.
- Category `contact` is not used.

Row format as `bench_chat_breadth.py --set probe19` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.

Templates mark each personal value as `[[LABEL|value]]` (`probe_templates.render`);
`=FORM:GEN[:ARG]` draws the value `GEN` from the seeded generator and writes it in the form
`FORM` in the row's language (see `FORMS` and `GEN`).

    python benchmarks/make_probe19.py            # writes the data file
    python benchmarks/make_probe19.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import itertools
import string
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import phonenumbers
import probe_templates
from faker import Faker
from probe_values import BbanParts, card, finish, fours, iban_of, pick, rng, until
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v19.jsonl"
SEED = 20261219
UP = string.ascii_uppercase
DIG = string.digits
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")


# --- words of the seven languages -----------------------------------------------------------
DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "it": ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "pl": ("zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"),
}  # fmt: skip
# the letter word of each language's spelling alphabet, A to Z
SPELLING: dict[str, tuple[str, ...]] = {
    "en": ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu"),
    "de": ("Anton", "Berta", "Cäsar", "Dora", "Emil", "Friedrich", "Gustav", "Heinrich", "Ida", "Julius", "Kaufmann", "Ludwig", "Martha", "Nordpol", "Otto", "Paula", "Quelle", "Richard", "Samuel", "Theodor", "Ulrich", "Viktor", "Wilhelm", "Xanthippe", "Ypsilon", "Zacharias"),
    "fr": ("Anatole", "Berthe", "Célestin", "Désiré", "Eugène", "François", "Gaston", "Henri", "Irma", "Joseph", "Kléber", "Louis", "Marcel", "Nicolas", "Oscar", "Pierre", "Quintal", "Raoul", "Suzanne", "Thérèse", "Ursule", "Victor", "William", "Xavier", "Yvonne", "Zoé"),
    "es": ("Antonio", "Barcelona", "Carmen", "Dolores", "España", "Francia", "Granada", "Historia", "Inés", "José", "Kilo", "Lorenzo", "Madrid", "Navarra", "Oviedo", "París", "Querido", "Ramón", "Sábado", "Toledo", "Úrsula", "Valencia", "Washington", "Xilófono", "Yegua", "Zaragoza"),
    "it": ("Ancona", "Bologna", "Como", "Domodossola", "Empoli", "Firenze", "Genova", "Hotel", "Imola", "Jolly", "Kappa", "Livorno", "Milano", "Napoli", "Otranto", "Palermo", "Quarto", "Roma", "Savona", "Torino", "Udine", "Venezia", "Washington", "Xeres", "Yacht", "Zara"),
    "nl": ("Anton", "Bernard", "Cornelis", "Dirk", "Eduard", "Ferdinand", "Gerard", "Hendrik", "Izaak", "Jan", "Karel", "Lodewijk", "Maria", "Nico", "Otto", "Pieter", "Quotiënt", "Richard", "Simon", "Theodoor", "Utrecht", "Victor", "Willem", "Xantippe", "Ypsilon", "Zaandam"),
    "pl": ("Adam", "Barbara", "Celina", "Dorota", "Edward", "Franciszek", "Grażyna", "Henryk", "Irena", "Jadwiga", "Karol", "Ludwik", "Maria", "Natalia", "Olga", "Paweł", "Quebec", "Roman", "Stefan", "Tadeusz", "Urszula", "Wacław", "Wanda", "Xawery", "Ypsylon", "Zygmunt"),
}  # fmt: skip
AS_IN = {
    "en": "as in",
    "de": "wie",
    "fr": "comme",
    "es": "de",
    "it": "come",
    "nl": "van",
    "pl": "jak",
}
SPOKEN: dict[str, dict[str, str]] = {
    "en": {"-": "dash", "/": "slash", ".": "dot", "@": "at", "_": "underscore"},
    "de": {"-": "Bindestrich", "/": "Schrägstrich", ".": "Punkt", "@": "Klammeraffe", "_": "Unterstrich"},
    "fr": {"-": "tiret", "/": "slash", ".": "point", "@": "arobase", "_": "tiret bas"},
    "es": {"-": "guion", "/": "barra", ".": "punto", "@": "arroba", "_": "guion bajo"},
    "it": {"-": "trattino", "/": "barra", ".": "punto", "@": "chiocciola", "_": "trattino basso"},
    "nl": {"-": "streepje", "/": "schuine streep", ".": "punt", "@": "apenstaartje", "_": "underscore"},
    "pl": {"-": "myślnik", "/": "ukośnik", ".": "kropka", "@": "małpa", "_": "podkreślnik"},
}  # fmt: skip
EMOJI = ("🔒", "✨", "🙈", "👉", "🔑", "⭐")

FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}


def fr_number(n: int) -> str:
    """0 to 99 in French words ("soixante et onze", "quatre-vingt-douze")."""
    if n < 20:
        return FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        head, rest = FR_TENS[tens - 1], 10 + unit
        link = " et " if tens == 7 and unit == 1 else "-"
        return head + link + FR_UNITS[rest]
    head = FR_TENS[tens]
    if unit == 0:
        return head + ("s" if tens == 8 else "")
    link = " et " if unit == 1 and tens != 8 else "-"
    return head + link + FR_UNITS[unit]


def char_word(char: str, lang: str) -> str:
    return DIGIT_WORDS[lang][int(char)] if char.isdigit() else char.upper()


# --- the forms a value is written in ----------------------------------------------------------
def f_plain(value: str, lang: str) -> str:
    return value


def f_words(value: str, lang: str) -> str:
    return " ".join(char_word(c, lang) for c in value if c.isalnum())


def f_mix(value: str, lang: str) -> str:
    chars = [c for c in value if c.isalnum()]
    spoken = set(rng.sample(range(len(chars)), k=max(1, len(chars) // 2)))
    return " ".join(char_word(c, lang) if i in spoken else c for i, c in enumerate(chars))


def f_pairs(value: str, lang: str) -> str:
    """French dictation: two digits at a time, a leading zero said as "zéro"."""
    digits = [c for c in value if c.isdigit()]
    out = []
    for i in range(0, len(digits), 2):
        pair = "".join(digits[i : i + 2])
        if len(pair) == 1:
            out.append(FR_UNITS[int(pair)])
        elif pair[0] == "0":
            out.append(f"zéro {FR_UNITS[int(pair[1])]}")
        else:
            out.append(fr_number(int(pair)))
    return ", ".join(out)


def f_double(value: str, lang: str) -> str:
    """English dictation: "oh" for zero, "double five" for a repeated digit."""
    digits = [c for c in value if c.isdigit()]
    words = ["oh" if d == "0" else DIGIT_WORDS["en"][int(d)] for d in digits]
    out, i = [], 0
    while i < len(words):
        if i + 1 < len(words) and words[i] == words[i + 1]:
            out.append(f"double {words[i]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def f_phonetic(value: str, lang: str) -> str:
    return " ".join(
        SPELLING[lang][UP.index(c.upper())] if c.isalpha() else char_word(c, lang)
        for c in value
        if c.isalnum()
    )


def f_asin(value: str, lang: str) -> str:
    return ", ".join(
        f"{c.upper()} {AS_IN[lang]} {SPELLING[lang][UP.index(c.upper())]}"
        if c.isalpha()
        else char_word(c, lang)
        for c in value
        if c.isalnum()
    )


def f_spaced(value: str, lang: str) -> str:
    return " ".join(c for c in value if not c.isspace())


def f_stars(value: str, lang: str) -> str:
    return "*".join(c for c in value if not c.isspace())


def f_emoji(value: str, lang: str) -> str:
    mark = rng.choice(EMOJI)
    return mark.join(c for c in value if not c.isspace())


def f_fullwidth(value: str, lang: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in value)


def f_arabic(value: str, lang: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in value)


def f_voice(value: str, lang: str) -> str:
    """A transcribed voice note: digits as words, separators said, no punctuation."""
    out = []
    for c in value:
        if c.isdigit():
            out.append(DIGIT_WORDS[lang][int(c)])
        elif c.isalpha():
            out.append(c.lower() if len(value) > 12 and value.isalpha() else c.upper())
        elif c in SPOKEN[lang]:
            out.append(SPOKEN[lang][c])
    return " ".join(out)


def split_in(value: str, parts: int) -> str:
    """The value cut into `parts` lines at its own spaces, else in equal pieces."""
    groups = value.split()
    if len(groups) >= parts:
        size = -(-len(groups) // parts)
        return "\n".join(" ".join(groups[i : i + size]) for i in range(0, len(groups), size))
    size = -(-len(value) // parts)
    return "\n".join(value[i : i + size] for i in range(0, len(value), size))


def f_split2(value: str, lang: str) -> str:
    return split_in(value, 2)


def f_split3(value: str, lang: str) -> str:
    return split_in(value, 3)


def f_split2w(value: str, lang: str) -> str:
    return split_in(f_words(value, lang), 2)


FORMS: dict[str, Callable[[str, str], str]] = {
    "plain": f_plain, "words": f_words, "mix": f_mix, "pairs": f_pairs, "double": f_double,
    "phonetic": f_phonetic, "asin": f_asin, "spaced": f_spaced, "stars": f_stars,
    "emoji": f_emoji, "fullwidth": f_fullwidth, "arabic": f_arabic, "voice": f_voice,
    "split2": f_split2, "split3": f_split3, "split2w": f_split2w,
}  # fmt: skip


# --- values -------------------------------------------------------------------------------
def make_pin(n: int) -> str:
    """A PIN or code: no run of three equal digits, not counting up or down."""

    def ok(value: str) -> bool:
        steps = {int(b) - int(a) for a, b in itertools.pairwise(value)}
        return steps not in ({1}, {-1}, {0}) and value[0] != "0"

    return until(lambda: pick(DIG, n), ok)


def make_password() -> str:
    """A password of letters and digits, as people pick them to be spelled."""
    return (
        pick(string.ascii_lowercase, 3)
        + pick(DIG, 2)
        + pick(string.ascii_lowercase, 2)
        + pick(DIG, 1)
    )


def make_code(n: int) -> str:
    """A backup or recovery code of capitals and digits."""
    return until(
        lambda: pick(UP + DIG, n),
        lambda v: any(c.isdigit() for c in v) and any(c.isalpha() for c in v),
    )


IBAN_BBAN: dict[str, BbanParts] = {
    "DE": [(DIG, 8), (DIG, 10)],
    "NL": [["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"], (DIG, 10)],
    "FR": [(DIG, 10), (DIG, 11), (DIG, 2)],
    "ES": [["2100", "0049", "0182", "2080", "0081"], (DIG, 16)],
    "IT": [(UP, 1), ["03069", "02008", "05034", "03062"], (DIG, 5), (DIG, 12)],
    "PL": [["1020", "1090", "1140", "1050", "2490"], (DIG, 20)],
    "GB": [["BARC", "NWBK", "HBUK", "LOYD", "MONZ"], (DIG, 14)],
    "BE": [(DIG, 12)],
}


def make_iban(country: str) -> str:
    return fours(iban_of(country, IBAN_BBAN[country]))


def make_card() -> str:
    return card(rng.choice(["4", "51", "53", "55"]), "16", "sp")


def make_steuerid() -> str:
    def body() -> str:
        digits = list(pick("123456789", 1) + pick(DIG, 9))
        digits[rng.randrange(1, 10)] = digits[rng.randrange(0, 10)]
        return "".join(digits)

    value = finish(body, idnr.is_valid)
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def make_bsn() -> str:
    return finish(lambda: pick("123456789", 1) + pick(DIG, 7), bsn.is_valid)


def make_pesel() -> str:
    def body() -> str:
        year, month, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        month += 20 if year >= 2000 else 0
        return f"{year % 100:02d}{month:02d}{day:02d}" + pick(DIG, 4)

    return finish(body, pesel.is_valid)


def make_dowod() -> str:
    """A Polish ID card number: three letters, the check digit, five digits."""
    letters, digits = pick(UP, 3), pick(DIG, 5)
    values = [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3), strict=True))
    return letters + str(total % 10) + digits


def make_dni() -> str:
    return finish(lambda: pick(DIG, 8), dni.is_valid, UP)


def make_nie() -> str:
    return finish(lambda: rng.choice("XYZ") + pick(DIG, 7), nie.is_valid, UP)


def make_cf() -> str:
    def body() -> str:
        month = "ABCDEHLMPRST"[rng.randrange(12)]
        day = rng.randint(1, 28) + rng.choice((0, 40))
        town = rng.choice(["H501", "F205", "L219", "A944", "G273", "D612"])
        return pick("BCDFGLMNPRSTVZ", 6) + f"{rng.randint(50, 99)}{month}{day:02d}{town}"

    return finish(body, codicefiscale.is_valid, UP)


def make_nir() -> str:
    def body() -> str:
        return f"{rng.choice('12')}{rng.randint(55, 99):02d}{rng.randint(1, 12):02d}{rng.choice(['75', '69', '13', '33', '59', '44'])}{pick(DIG, 3)}{pick(DIG, 3)}"

    def make() -> str:
        head = body()
        return head + f"{97 - int(head) % 97:02d}"

    value = until(make, nir.is_valid)
    return f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} {value[10:13]} {value[13:]}"


def make_ssn() -> str:
    def make() -> str:
        return f"{rng.randint(100, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

    return until(make, ssn.is_valid)


def make_nhs() -> str:
    value = finish(lambda: pick("456789", 1) + pick(DIG, 8), nhs.is_valid)
    return f"{value[:3]} {value[3:6]} {value[6:]}"


def make_nino() -> str:
    return (
        pick("ABCEGHJKLMNPRSTWXYZ", 1)
        + pick("ABCEGHJKLMNPRSTWXYZ", 1)
        + pick(DIG, 6)
        + rng.choice("ABCD")
    )


MOBILE: dict[str, tuple[tuple[str, ...], int, str]] = {
    # region -> (national prefixes, national number length with the prefix, trunk prefix)
    "GB": (("74", "75", "77", "78", "79"), 10, "0"),
    "DE": (("151", "152", "160", "170", "171", "176"), 11, "0"),
    "FR": (("6", "7"), 9, "0"),
    "ES": (("6",), 9, ""),
    "IT": (("320", "328", "333", "338", "347", "349"), 10, ""),
    "NL": (("6",), 9, "0"),
    "PL": (("50", "51", "53", "60", "66", "69", "72", "79", "88"), 9, ""),
}


def make_phone(region: str) -> str:
    prefixes, length, trunk = MOBILE[region]

    def make() -> str:
        head = rng.choice(prefixes)
        return head + pick(DIG, length - len(head))

    def valid(nsn: str) -> bool:
        number = phonenumbers.parse(trunk + nsn, region)
        return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )

    return trunk + until(make, valid)


FAKER = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
}
DOMAINS = {
    "en": ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"),
    "de": ("gmx.de", "web.de", "t-online.de", "gmail.com"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "gmail.com"),
    "es": ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"),
    "it": ("libero.it", "virgilio.it", "gmail.com", "alice.it"),
    "nl": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"),
    "pl": ("wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"),
}
fakers: dict[str, Faker] = {}


def ascii_name(name: str) -> str:
    name = name.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalpha())


def make_email(lang: str) -> str:
    fake = fakers[lang]
    first, last = ascii_name(fake.first_name()), ascii_name(fake.last_name())
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}{rng.randint(1, 99)}",
            f"{first[0]}.{last}",
            f"{first}_{last}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS[lang])}"


def e_spelled(value: str, lang: str) -> str:
    """`anna dot kowalska at gmail dot com` in the language's words."""
    out = []
    for char in value:
        out.append(f" {SPOKEN[lang][char]} " if char in SPOKEN[lang] else char)
    return "".join(out).replace("  ", " ")


def e_obscured(value: str, lang: str) -> str:
    style = rng.randrange(3)
    if style == 0:
        return value.replace("@", " [at] ").replace(".", " [dot] ")
    if style == 1:
        return value.replace("@", " (at) ").replace(".", " (dot) ")
    return value.replace("@", " @ ").replace(".", " . ")


def e_spaced_at(value: str, lang: str) -> str:
    """The local part spelled letter by letter, the domain said."""
    local, domain = value.split("@")
    letters = " ".join(SPOKEN[lang].get(c, c) for c in local)
    return f"{letters} {SPOKEN[lang]['@']} {e_spelled(domain, lang)}"


EMAIL_FORMS: dict[str, Callable[[str, str], str]] = {
    "spelled": e_spelled, "obscured": e_obscured, "letters": e_spaced_at, "plain": f_plain,
}  # fmt: skip

GEN: dict[str, Callable[[str], str]] = {
    "pin4": lambda arg: make_pin(4),
    "pin6": lambda arg: make_pin(6),
    "cvv": lambda arg: make_pin(3),
    "pw": lambda arg: make_password(),
    "code": lambda arg: make_code(int(arg or 8)),
    "iban": make_iban,
    "card": lambda arg: make_card(),
    "steuerid": lambda arg: make_steuerid(),
    "bsn": lambda arg: make_bsn(),
    "pesel": lambda arg: make_pesel(),
    "dowod": lambda arg: make_dowod(),
    "dni": lambda arg: make_dni(),
    "nie": lambda arg: make_nie(),
    "cf": lambda arg: make_cf(),
    "nir": lambda arg: make_nir(),
    "ssn": lambda arg: make_ssn(),
    "nhs": lambda arg: make_nhs(),
    "nino": lambda arg: make_nino(),
    "ph": make_phone,
    "sort": lambda arg: f"{pick(DIG, 2)}-{pick(DIG, 2)}-{pick(DIG, 2)}",
    "acct8": lambda arg: pick("123456789", 1) + pick(DIG, 7),
}


def draw(spec: str, lang: str) -> str:
    form, name, *rest = spec.split(":")
    arg = rest[0] if rest else ""
    if name == "mail":
        return EMAIL_FORMS[form](make_email(arg or lang), lang)
    value = GEN[name](arg)
    return FORMS[form](value, lang)


def split_lines(spans: list[dict[str, object]], text: str) -> list[dict[str, object]]:
    """A value written over several lines is one gold span per line."""
    out: list[dict[str, object]] = []
    for span in spans:
        start, end = int(str(span["start"])), int(str(span["end"]))
        pos = start
        for part in text[start:end].split("\n"):
            if part.strip():
                out.append({"start": pos, "end": pos + len(part), "label": span["label"]})
            pos += len(part) + 1
    return out


def renderer(lang: str) -> Callable[[str], tuple[str, list[dict[str, object]]]]:
    def render(template: str) -> tuple[str, list[dict[str, object]]]:
        text, spans = probe_templates.render(template, lambda spec: draw(spec, lang))
        return text, split_lines(spans, text)

    return render


# (category, kind, template). Labels: PIN, PASSWORD, ID, ACCOUNT, PHONE, EMAIL, CARD.
Row = tuple[str, str, str]

EN: list[Row] = [
    ("credential", "words", "my pin is [[PIN|=words:pin4]]"),
    ("credential", "mix", "new card pin [[PIN|=mix:pin4]] pls dont tell anyone lol"),
    ("credential", "phonetic", "the password for my account is [[PASSWORD|=phonetic:pw]] all lowercase"),
    ("credential", "asin", "password: [[PASSWORD|=asin:pw]]"),
    ("credential", "spaced", "verification code [[PIN|=spaced:pin6]] it runs out in a few min"),
    ("credential", "emoji", "my cvv is [[PIN|=emoji:cvv]] 🙈"),
    ("credential", "voice", "voice note ok so the one time code they texted me is [[PIN|=voice:pin6]] can you put it in for me"),
    ("credential", "split", "the backup code is\n[[PASSWORD|=split2:code:10]]\nusing it for the recovery"),
    ("credential", "fullwidth", "PIN ＝ [[PIN|=fullwidth:pin4]]"),
    ("credential", "stars", "my online banking passcode is [[PIN|=stars:pin6]]"),
    ("id", "words", "my social is [[ID|=words:ssn]]"),
    ("id", "voice", "um my social security number is [[ID|=voice:ssn]] thanks"),
    ("id", "double", "NHS number, I'll read it out: [[ID|=double:nhs]]"),
    ("id", "asin", "national insurance number [[ID|=asin:nino]]"),
    ("id", "spaced", "SSN [[ID|=spaced:ssn]]"),
    ("id", "split", "NHS no\n[[ID|=split3:nhs]]"),
    ("account", "words", "sort code [[ACCOUNT|=words:sort]] account [[ACCOUNT|=words:acct8]]"),
    ("account", "voice", "transfer it to sort code [[ACCOUNT|=voice:sort]] account number [[ACCOUNT|=voice:acct8]]"),
    ("account", "split", "IBAN:\n[[ACCOUNT|=split3:iban:GB]]"),
    ("account", "spaced", "my account no is [[ACCOUNT|=spaced:acct8]], sort code [[ACCOUNT|=plain:sort]]"),
    ("account", "phonetic", "IBAN is [[ACCOUNT|=phonetic:iban:GB]]"),
    ("phone", "double", "call me on [[PHONE|=double:ph:GB]]"),
    ("phone", "words", "my number is [[PHONE|=words:ph:GB]]"),
    ("phone", "split", "ring me\n[[PHONE|=split2:ph:GB]]"),
    ("phone", "fullwidth", "mobile: [[PHONE|=fullwidth:ph:GB]]"),
    ("email", "spelled", "email me at [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "my email is [[EMAIL|=obscured:mail]] (no spam pls)"),
    ("email", "letters", "it's [[EMAIL|=letters:mail]] for the receipt"),
    ("card", "words", "card number is [[CARD|=words:card]] expiry next year"),
    ("card", "emoji", "card: [[CARD|=emoji:card]]"),
    ("clean", "counting", "ok kids, count with me: one two three four five six seven eight nine ten"),
    ("clean", "time", "meeting moved to half past two, or quarter to four if that's easier"),
    ("clean", "price", "it was twenty nine ninety nine plus four ninety five delivery"),
    ("clean", "recipe", "two eggs, three hundred grams of flour, one cup of milk, bake at one eighty for twenty five minutes"),
    ("clean", "score", "what a match, four two in the end, they were two nil down at half time"),
    ("clean", "keypad", "press one for billing, then two, then the hash key, then zero to talk to someone"),
    ("clean", "spelled", "how do you spell necessary? N E C E S S A R Y, one C two S"),
    ("clean", "spelled", "it's I as in India, K as in Kilo, E as in Echo, A as in Alpha, the shop not Ikia lol"),
    ("clean", "hotline", "the council's helpline is oh three hundred, one two three, four five six seven, open till five"),
    ("clean", "website", "go to bbc dot co dot uk slash weather for the forecast"),
    ("clean", "stars", "★★★★☆ would order again"),
    ("clean", "swear", "this f***ing app logged me out again, s**t"),
    ("clean", "fullwidth", "the bento was ￥１２００ in Tokyo"),
    ("clean", "arabic", "the taxi in Dubai was ٣٥ dirhams"),
    ("clean", "voice", "voice memo buy milk dash eggs dash bread slash rolls dash two bananas"),
    ("clean", "date", "my flight is on the twenty third of March at seven forty five in the morning"),
    ("clean", "counting", "ten nine eight seven six five four three two one happy new year 🎉"),
    ("clean", "lottery", "lotto numbers last night were seven twelve nineteen twenty eight thirty three forty one"),
    ("clean", "directions", "take the number seventy three bus, get off at stop four, room two oh six on the second floor"),
    ("clean", "emphasis", "P L E A S E fix the app 🙏"),
]  # fmt: skip

DE: list[Row] = [
    ("credential", "words", "meine PIN ist [[PIN|=words:pin4]]"),
    ("credential", "mix", "Geheimzahl [[PIN|=mix:pin4]], bitte nicht weitersagen"),
    ("credential", "phonetic", "das Passwort ist [[PASSWORD|=phonetic:pw]], alles klein"),
    ("credential", "asin", "Kennwort: [[PASSWORD|=asin:pw]]"),
    ("credential", "voice", "Sprachnachricht also die TAN ist [[PIN|=voice:pin6]] kannst du die eingeben"),
    ("credential", "stars", "der Bestätigungscode lautet [[PIN|=stars:pin6]]"),
    ("credential", "emoji", "CVC hinten auf der Karte: [[PIN|=emoji:cvv]]"),
    ("credential", "split", "Wiederherstellungscode:\n[[PASSWORD|=split2:code:10]]"),
    ("credential", "fullwidth", "PIN: [[PIN|=fullwidth:pin4]]"),
    ("credential", "spaced", "mTAN [[PIN|=spaced:pin6]] gilt nur kurz"),
    ("id", "words", "meine Steuer-ID ist [[ID|=words:steuerid]]"),
    ("id", "voice", "äh die Steuer Identifikationsnummer ist [[ID|=voice:steuerid]] glaub ich"),
    ("id", "spaced", "Steuer-ID [[ID|=spaced:steuerid]]"),
    ("id", "split", "Steuer-ID\n[[ID|=split2:steuerid]]"),
    ("id", "mix", "Steueridentifikationsnummer [[ID|=mix:steuerid]]"),
    ("id", "arabic", "meine Steuer-ID: [[ID|=arabic:steuerid]]"),
    ("account", "words", "IBAN: [[ACCOUNT|=words:iban:DE]]"),
    ("account", "phonetic", "meine IBAN ist [[ACCOUNT|=phonetic:iban:DE]]"),
    ("account", "split", "Kontoverbindung\n[[ACCOUNT|=split3:iban:DE]]\nBank: Sparkasse"),
    ("account", "voice", "überweis das bitte auf [[ACCOUNT|=voice:iban:DE]] danke"),
    ("account", "spaced", "IBAN [[ACCOUNT|=spaced:iban:DE]]"),
    ("phone", "words", "ruf mich an unter [[PHONE|=words:ph:DE]]"),
    ("phone", "mix", "Handy: [[PHONE|=mix:ph:DE]]"),
    ("phone", "split", "meine Nummer\n[[PHONE|=split2:ph:DE]]"),
    ("phone", "fullwidth", "Tel. [[PHONE|=fullwidth:ph:DE]]"),
    ("email", "spelled", "schreib mir an [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "Mail: [[EMAIL|=obscured:mail]]"),
    ("email", "letters", "meine E-Mail ist [[EMAIL|=letters:mail]]"),
    ("card", "words", "Kreditkartennummer [[CARD|=words:card]]"),
    ("card", "spaced", "Karte [[CARD|=spaced:card]]"),
    ("clean", "counting", "zählen wir mal: eins zwei drei vier fünf sechs sieben acht neun zehn"),
    ("clean", "time", "Treffen um halb drei, oder Viertel vor vier wenn dir das lieber ist"),
    ("clean", "price", "hat neunundzwanzig neunundneunzig gekostet plus vier fünfzig Versand"),
    ("clean", "recipe", "zwei Eier, dreihundert Gramm Mehl, ein Becher Sahne, bei hundertachtzig Grad fünfundzwanzig Minuten"),
    ("clean", "score", "Bayern hat vier zu zwei gewonnen, zur Halbzeit stand es null zu zwei"),
    ("clean", "keypad", "drücken Sie die Eins für Rechnungen, dann die Zwei, dann die Raute"),
    ("clean", "spelled", "wie schreibt man Rhythmus? R H Y T H M U S"),
    ("clean", "spelled", "A wie Anton, L wie Ludwig, D wie Dora, I wie Ida, der Supermarkt halt"),
    ("clean", "hotline", "die Hotline der Bahn ist null eins acht null sechs, neun neun sechs, sechs drei drei"),
    ("clean", "website", "geh auf bahn Punkt de Schrägstrich fahrplan"),
    ("clean", "stars", "★★★★☆ gerne wieder"),
    ("clean", "swear", "diese sch***-App hat mich schon wieder ausgeloggt"),
    ("clean", "fullwidth", "die Ramen haben ￥９８０ gekostet"),
    ("clean", "arabic", "das Taxi in Dubai hat ٤٠ Dirham gekostet"),
    ("clean", "voice", "Sprachnotiz Milch Bindestrich Eier Bindestrich Brot Schrägstrich Brötchen"),
    ("clean", "date", "mein Flug geht am dreiundzwanzigsten März um sieben Uhr fünfundvierzig"),
    ("clean", "counting", "zehn neun acht sieben sechs fünf vier drei zwei eins frohes neues Jahr 🎉"),
    ("clean", "lottery", "Lottozahlen vom Samstag: sieben, zwölf, neunzehn, achtundzwanzig, dreiunddreißig, einundvierzig"),
    ("clean", "directions", "nimm die Linie dreiundsiebzig, Haltestelle vier, Raum zwei null sechs im zweiten Stock"),
    ("clean", "emphasis", "B I T T E repariert die App 🙏"),
]  # fmt: skip

FR: list[Row] = [
    ("credential", "words", "mon code de carte c'est [[PIN|=words:pin4]]"),
    ("credential", "mix", "code secret [[PIN|=mix:pin4]], ne le dis à personne"),
    ("credential", "phonetic", "le mot de passe c'est [[PASSWORD|=phonetic:pw]] tout en minuscules"),
    ("credential", "asin", "mot de passe : [[PASSWORD|=asin:pw]]"),
    ("credential", "voice", "message vocal alors le code reçu par SMS c'est [[PIN|=voice:pin6]] tu peux le taper"),
    ("credential", "stars", "code de validation [[PIN|=stars:pin6]]"),
    ("credential", "emoji", "le cryptogramme au dos : [[PIN|=emoji:cvv]]"),
    ("credential", "split", "code de secours :\n[[PASSWORD|=split2:code:10]]"),
    ("credential", "fullwidth", "code PIN [[PIN|=fullwidth:pin4]]"),
    ("credential", "spaced", "code de confirmation [[PIN|=spaced:pin6]] valable quelques minutes"),
    ("id", "words", "mon numéro de sécu c'est [[ID|=words:nir]]"),
    ("id", "voice", "euh mon numéro de sécurité sociale c'est [[ID|=voice:nir]] voilà"),
    ("id", "spaced", "n° de sécurité sociale [[ID|=spaced:nir]]"),
    ("id", "split", "numéro de sécu\n[[ID|=split2:nir]]"),
    ("id", "mix", "NIR [[ID|=mix:nir]]"),
    ("id", "asin", "mon numéro fiscal espagnol, le NIE : [[ID|=asin:nie]]"),
    ("account", "words", "IBAN : [[ACCOUNT|=words:iban:FR]]"),
    ("account", "phonetic", "mon IBAN c'est [[ACCOUNT|=phonetic:iban:FR]]"),
    ("account", "split", "RIB\n[[ACCOUNT|=split3:iban:FR]]\nbanque : Crédit Agricole"),
    ("account", "voice", "fais le virement sur [[ACCOUNT|=voice:iban:FR]] merci"),
    ("account", "spaced", "IBAN [[ACCOUNT|=spaced:iban:FR]]"),
    ("phone", "pairs", "appelle-moi au [[PHONE|=pairs:ph:FR]]"),
    ("phone", "words", "mon portable c'est [[PHONE|=words:ph:FR]]"),
    ("phone", "split", "mon numéro\n[[PHONE|=split2:ph:FR]]"),
    ("phone", "fullwidth", "tél. [[PHONE|=fullwidth:ph:FR]]"),
    ("email", "spelled", "écris-moi à [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "mail : [[EMAIL|=obscured:mail]]"),
    ("email", "letters", "mon adresse mail c'est [[EMAIL|=letters:mail]]"),
    ("card", "words", "numéro de carte [[CARD|=words:card]]"),
    ("card", "stars", "carte [[CARD|=stars:card]]"),
    ("clean", "counting", "on compte ensemble : un deux trois quatre cinq six sept huit neuf dix"),
    ("clean", "time", "rendez-vous à deux heures et demie, ou à quatre heures moins le quart"),
    ("clean", "price", "ça coûtait vingt-neuf quatre-vingt-dix-neuf plus quatre cinquante de livraison"),
    ("clean", "recipe", "deux œufs, trois cents grammes de farine, un verre de lait, cuire à cent quatre-vingts degrés vingt-cinq minutes"),
    ("clean", "score", "le PSG a gagné quatre à deux, ils étaient menés deux zéro à la mi-temps"),
    ("clean", "keypad", "tapez un pour la facturation, puis deux, puis dièse, puis zéro pour un conseiller"),
    ("clean", "spelled", "comment on écrit rythme ? R Y T H M E"),
    ("clean", "spelled", "F comme François, N comme Nicolas, A comme Anatole, C comme Célestin, le magasin quoi"),
    ("clean", "hotline", "le service client SNCF c'est le trente-six, trente-cinq"),
    ("clean", "website", "va sur sncf connect point com slash horaires"),
    ("clean", "stars", "★★★★☆ je recommande"),
    ("clean", "swear", "cette p***** d'appli m'a encore déconnecté"),
    ("clean", "fullwidth", "les ramen coûtaient ￥９８０ à Tokyo"),
    ("clean", "arabic", "le taxi à Dubaï m'a coûté ٤٥ dirhams"),
    ("clean", "voice", "mémo vocal lait tiret œufs tiret pain slash croissants"),
    ("clean", "date", "mon vol part le vingt-trois mars à sept heures quarante-cinq"),
    ("clean", "counting", "dix neuf huit sept six cinq quatre trois deux un bonne année 🎉"),
    ("clean", "lottery", "les numéros du loto hier : sept, douze, dix-neuf, vingt-huit, trente-trois, quarante et un"),
    ("clean", "directions", "prends le bus soixante-treize, arrêt quatre, salle deux cent six au deuxième étage"),
    ("clean", "emphasis", "S V P réparez l'appli 🙏"),
]  # fmt: skip

ES: list[Row] = [
    ("credential", "words", "mi pin es [[PIN|=words:pin4]]"),
    ("credential", "mix", "el PIN de la tarjeta nueva es [[PIN|=mix:pin4]] no se lo digas a nadie"),
    ("credential", "phonetic", "la contraseña es [[PASSWORD|=phonetic:pw]] todo en minúsculas"),
    ("credential", "asin", "contraseña: [[PASSWORD|=asin:pw]]"),
    ("credential", "voice", "nota de voz vale el código que me llegó por SMS es [[PIN|=voice:pin6]] lo puedes meter tú"),
    ("credential", "stars", "clave de firma [[PIN|=stars:pin6]]"),
    ("credential", "emoji", "el CVV de atrás: [[PIN|=emoji:cvv]]"),
    ("credential", "split", "código de recuperación:\n[[PASSWORD|=split2:code:10]]"),
    ("credential", "fullwidth", "PIN [[PIN|=fullwidth:pin4]]"),
    ("credential", "spaced", "código de verificación [[PIN|=spaced:pin6]] caduca enseguida"),
    ("id", "words", "mi DNI es [[ID|=words:dni]]"),
    ("id", "asin", "DNI [[ID|=asin:dni]]"),
    ("id", "voice", "eh mi número de NIE es [[ID|=voice:nie]] creo"),
    ("id", "spaced", "NIE [[ID|=spaced:nie]]"),
    ("id", "split", "mi DNI\n[[ID|=split2:dni]]"),
    ("id", "mix", "documento de identidad [[ID|=mix:dni]]"),
    ("account", "words", "IBAN: [[ACCOUNT|=words:iban:ES]]"),
    ("account", "phonetic", "mi IBAN es [[ACCOUNT|=phonetic:iban:ES]]"),
    ("account", "split", "cuenta\n[[ACCOUNT|=split3:iban:ES]]\nbanco: CaixaBank"),
    ("account", "voice", "hazme la transferencia a [[ACCOUNT|=voice:iban:ES]] gracias"),
    ("account", "spaced", "IBAN [[ACCOUNT|=spaced:iban:ES]]"),
    ("phone", "words", "llámame al [[PHONE|=words:ph:ES]]"),
    ("phone", "mix", "mi móvil: [[PHONE|=mix:ph:ES]]"),
    ("phone", "split", "mi número\n[[PHONE|=split3:ph:ES]]"),
    ("phone", "arabic", "tel. [[PHONE|=arabic:ph:ES]]"),
    ("email", "spelled", "escríbeme a [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "correo: [[EMAIL|=obscured:mail]]"),
    ("email", "letters", "mi correo es [[EMAIL|=letters:mail]]"),
    ("card", "words", "número de tarjeta [[CARD|=words:card]]"),
    ("card", "emoji", "tarjeta [[CARD|=emoji:card]]"),
    ("clean", "counting", "contamos juntos: uno dos tres cuatro cinco seis siete ocho nueve diez"),
    ("clean", "time", "quedamos a las dos y media, o a las cuatro menos cuarto"),
    ("clean", "price", "costó veintinueve noventa y nueve más cuatro cincuenta de envío"),
    ("clean", "recipe", "dos huevos, trescientos gramos de harina, un vaso de leche, al horno a ciento ochenta veinticinco minutos"),
    ("clean", "score", "el Betis ganó cuatro a dos, al descanso perdían dos a cero"),
    ("clean", "keypad", "pulse uno para facturación, luego dos, luego almohadilla, luego cero para hablar con un agente"),
    ("clean", "spelled", "¿cómo se escribe exhausto? E X H A U S T O, con hache"),
    ("clean", "spelled", "Z de Zaragoza, A de Antonio, R de Ramón, A de Antonio, la tienda de ropa"),
    ("clean", "hotline", "el teléfono de Renfe es nueve uno dos, tres dos, tres dos, tres dos"),
    ("clean", "website", "entra en renfe punto com barra horarios"),
    ("clean", "stars", "★★★★☆ repetiría"),
    ("clean", "swear", "esta m***** de app me ha vuelto a echar"),
    ("clean", "fullwidth", "el ramen costó ￥９８０ en Tokio"),
    ("clean", "arabic", "el taxi en Dubái me costó ٣٥ dírhams"),
    ("clean", "voice", "nota de voz leche guion huevos guion pan barra bollos"),
    ("clean", "date", "mi vuelo sale el veintitrés de marzo a las siete y cuarenta y cinco"),
    ("clean", "counting", "diez nueve ocho siete seis cinco cuatro tres dos uno feliz año 🎉"),
    ("clean", "lottery", "los números de la primitiva: siete, doce, diecinueve, veintiocho, treinta y tres, cuarenta y uno"),
    ("clean", "directions", "coge el autobús setenta y tres, parada cuatro, aula dos cero seis en la segunda planta"),
    ("clean", "emphasis", "P O R  F A V O R arreglad la app 🙏"),
]  # fmt: skip

IT: list[Row] = [
    ("credential", "words", "il mio pin è [[PIN|=words:pin4]]"),
    ("credential", "mix", "PIN del bancomat [[PIN|=mix:pin4]] non dirlo a nessuno"),
    ("credential", "phonetic", "la password è [[PASSWORD|=phonetic:pw]] tutto minuscolo"),
    ("credential", "asin", "password: [[PASSWORD|=asin:pw]]"),
    ("credential", "voice", "vocale allora il codice OTP che mi è arrivato è [[PIN|=voice:pin6]] lo inserisci tu"),
    ("credential", "stars", "codice di conferma [[PIN|=stars:pin6]]"),
    ("credential", "emoji", "il CVV dietro la carta: [[PIN|=emoji:cvv]]"),
    ("credential", "split", "codice di recupero:\n[[PASSWORD|=split2:code:10]]"),
    ("credential", "fullwidth", "PIN [[PIN|=fullwidth:pin4]]"),
    ("credential", "spaced", "codice di verifica [[PIN|=spaced:pin6]] scade subito"),
    ("id", "phonetic", "il mio codice fiscale è [[ID|=phonetic:cf]]"),
    ("id", "asin", "codice fiscale [[ID|=asin:cf]]"),
    ("id", "spaced", "CF [[ID|=spaced:cf]]"),
    ("id", "split", "codice fiscale\n[[ID|=split2:cf]]"),
    ("id", "voice", "allora il codice fiscale è [[ID|=voice:cf]] grazie"),
    ("id", "emoji", "cod. fiscale: [[ID|=emoji:cf]]"),
    ("account", "words", "IBAN: [[ACCOUNT|=words:iban:IT]]"),
    ("account", "phonetic", "il mio IBAN è [[ACCOUNT|=phonetic:iban:IT]]"),
    ("account", "split", "coordinate bancarie\n[[ACCOUNT|=split3:iban:IT]]\nbanca: Intesa"),
    ("account", "voice", "fammi il bonifico su [[ACCOUNT|=voice:iban:IT]] grazie"),
    ("account", "spaced", "IBAN [[ACCOUNT|=spaced:iban:IT]]"),
    ("phone", "words", "chiamami al [[PHONE|=words:ph:IT]]"),
    ("phone", "mix", "cellulare: [[PHONE|=mix:ph:IT]]"),
    ("phone", "split", "il mio numero\n[[PHONE|=split2:ph:IT]]"),
    ("phone", "fullwidth", "tel. [[PHONE|=fullwidth:ph:IT]]"),
    ("email", "spelled", "scrivimi a [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "mail: [[EMAIL|=obscured:mail]]"),
    ("email", "letters", "la mia mail è [[EMAIL|=letters:mail]]"),
    ("card", "words", "numero della carta [[CARD|=words:card]]"),
    ("card", "spaced", "carta [[CARD|=spaced:card]]"),
    ("clean", "counting", "contiamo insieme: uno due tre quattro cinque sei sette otto nove dieci"),
    ("clean", "time", "ci vediamo alle due e mezza, o alle quattro meno un quarto"),
    ("clean", "price", "costava ventinove e novantanove più quattro e cinquanta di spedizione"),
    ("clean", "recipe", "due uova, trecento grammi di farina, un bicchiere di latte, in forno a centottanta per venticinque minuti"),
    ("clean", "score", "la Roma ha vinto quattro a due, al primo tempo perdeva due a zero"),
    ("clean", "keypad", "prema uno per le fatture, poi due, poi cancelletto, poi zero per un operatore"),
    ("clean", "spelled", "come si scrive soqquadro? S O Q Q U A D R O, con due Q"),
    ("clean", "spelled", "C come Como, O come Otranto, O come Otranto, P come Palermo, il supermercato"),
    ("clean", "hotline", "il numero verde di Trenitalia è otto nove due zero, ventuno"),
    ("clean", "website", "vai su trenitalia punto com barra orari"),
    ("clean", "stars", "★★★★☆ lo consiglio"),
    ("clean", "swear", "questa c***o di app mi ha di nuovo sloggato"),
    ("clean", "fullwidth", "il ramen costava ￥９８０ a Tokyo"),
    ("clean", "arabic", "il taxi a Dubai è costato ٤٠ dirham"),
    ("clean", "voice", "nota vocale latte trattino uova trattino pane barra cornetti"),
    ("clean", "date", "il mio volo parte il ventitré marzo alle sette e quarantacinque"),
    ("clean", "counting", "dieci nove otto sette sei cinque quattro tre due uno buon anno 🎉"),
    ("clean", "lottery", "i numeri del lotto di ieri: sette, dodici, diciannove, ventotto, trentatré, quarantuno"),
    ("clean", "directions", "prendi il bus settantatré, fermata quattro, aula due zero sei al secondo piano"),
    ("clean", "emphasis", "P E R  F A V O R E sistemate l'app 🙏"),
]  # fmt: skip

NL: list[Row] = [
    ("credential", "words", "mijn pincode is [[PIN|=words:pin4]]"),
    ("credential", "mix", "pincode nieuwe pas [[PIN|=mix:pin4]] niet doorvertellen"),
    ("credential", "phonetic", "het wachtwoord is [[PASSWORD|=phonetic:pw]] alles kleine letters"),
    ("credential", "asin", "wachtwoord: [[PASSWORD|=asin:pw]]"),
    ("credential", "voice", "spraakbericht dus de sms code is [[PIN|=voice:pin6]] kun jij die invullen"),
    ("credential", "stars", "bevestigingscode [[PIN|=stars:pin6]]"),
    ("credential", "emoji", "de CVC achterop: [[PIN|=emoji:cvv]]"),
    ("credential", "split", "herstelcode:\n[[PASSWORD|=split2:code:10]]"),
    ("credential", "fullwidth", "pincode [[PIN|=fullwidth:pin4]]"),
    ("credential", "spaced", "verificatiecode [[PIN|=spaced:pin6]] verloopt zo"),
    ("id", "words", "mijn BSN is [[ID|=words:bsn]]"),
    ("id", "voice", "eh mijn burgerservicenummer is [[ID|=voice:bsn]] denk ik"),
    ("id", "spaced", "BSN [[ID|=spaced:bsn]]"),
    ("id", "split", "burgerservicenummer\n[[ID|=split2:bsn]]"),
    ("id", "mix", "sofinummer [[ID|=mix:bsn]]"),
    ("id", "arabic", "mijn BSN: [[ID|=arabic:bsn]]"),
    ("account", "words", "IBAN: [[ACCOUNT|=words:iban:NL]]"),
    ("account", "phonetic", "mijn IBAN is [[ACCOUNT|=phonetic:iban:NL]]"),
    ("account", "split", "rekening\n[[ACCOUNT|=split3:iban:NL]]\nt.n.v. mij"),
    ("account", "voice", "maak het over naar [[ACCOUNT|=voice:iban:NL]] dank je"),
    ("account", "asin", "IBAN [[ACCOUNT|=asin:iban:NL]]"),
    ("phone", "words", "bel me op [[PHONE|=words:ph:NL]]"),
    ("phone", "mix", "mobiel: [[PHONE|=mix:ph:NL]]"),
    ("phone", "split", "mijn nummer\n[[PHONE|=split2:ph:NL]]"),
    ("phone", "fullwidth", "tel. [[PHONE|=fullwidth:ph:NL]]"),
    ("email", "spelled", "mail me op [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "e-mail: [[EMAIL|=obscured:mail]]"),
    ("email", "letters", "mijn mailadres is [[EMAIL|=letters:mail]]"),
    ("card", "words", "kaartnummer [[CARD|=words:card]]"),
    ("card", "emoji", "creditcard [[CARD|=emoji:card]]"),
    ("clean", "counting", "tellen maar: een twee drie vier vijf zes zeven acht negen tien"),
    ("clean", "time", "afspraak om half drie, of kwart voor vier als dat beter uitkomt"),
    ("clean", "price", "het kostte negenentwintig negenennegentig plus vier vijftig verzendkosten"),
    ("clean", "recipe", "twee eieren, driehonderd gram bloem, een kopje melk, op honderdtachtig graden vijfentwintig minuten"),
    ("clean", "score", "Ajax won met vier twee, bij rust stond het nul twee"),
    ("clean", "keypad", "toets een voor facturen, dan twee, dan het hekje, dan nul voor een medewerker"),
    ("clean", "spelled", "hoe schrijf je ingewikkeld? I N G E W I K K E L D"),
    ("clean", "spelled", "H van Hendrik, E van Eduard, M van Maria, A van Anton, de winkel bedoel ik"),
    ("clean", "hotline", "de klantenservice van de NS is nul dertig, twee drie drie, twee drie drie"),
    ("clean", "website", "ga naar ns punt nl schuine streep reisplanner"),
    ("clean", "stars", "★★★★☆ zeker een aanrader"),
    ("clean", "swear", "die k***app heeft me weer uitgelogd"),
    ("clean", "fullwidth", "de ramen kostte ￥９８０ in Tokio"),
    ("clean", "arabic", "de taxi in Dubai kostte ٣٥ dirham"),
    ("clean", "voice", "spraakmemo melk streepje eieren streepje brood schuine streep broodjes"),
    ("clean", "date", "mijn vlucht gaat op drieëntwintig maart om zeven uur vijfenveertig"),
    ("clean", "counting", "tien negen acht zeven zes vijf vier drie twee een gelukkig nieuwjaar 🎉"),
    ("clean", "lottery", "de lotto getallen van zaterdag: zeven, twaalf, negentien, achtentwintig, drieëndertig, eenenveertig"),
    ("clean", "directions", "neem bus drieënzeventig, halte vier, lokaal twee nul zes op de tweede verdieping"),
    ("clean", "emphasis", "A U B fix de app 🙏"),
]  # fmt: skip

PL: list[Row] = [
    ("credential", "words", "mój PIN to [[PIN|=words:pin4]]"),
    ("credential", "mix", "PIN do nowej karty [[PIN|=mix:pin4]] nikomu nie mów"),
    ("credential", "phonetic", "hasło to [[PASSWORD|=phonetic:pw]] wszystko małymi"),
    ("credential", "asin", "hasło: [[PASSWORD|=asin:pw]]"),
    ("credential", "voice", "wiadomość głosowa no więc kod BLIK to [[PIN|=voice:pin6]] wpiszesz go"),
    ("credential", "stars", "kod SMS [[PIN|=stars:pin6]]"),
    ("credential", "emoji", "CVV z tyłu karty: [[PIN|=emoji:cvv]]"),
    ("credential", "split", "kod zapasowy:\n[[PASSWORD|=split2:code:10]]"),
    ("credential", "fullwidth", "PIN [[PIN|=fullwidth:pin4]]"),
    ("credential", "spaced", "kod weryfikacyjny [[PIN|=spaced:pin6]] zaraz wygaśnie"),
    ("id", "words", "mój PESEL to [[ID|=words:pesel]]"),
    ("id", "voice", "yyy mój pesel to [[ID|=voice:pesel]] chyba"),
    ("id", "spaced", "PESEL [[ID|=spaced:pesel]]"),
    ("id", "split", "pesel\n[[ID|=split2:pesel]]"),
    ("id", "asin", "numer dowodu [[ID|=asin:dowod]]"),
    ("id", "phonetic", "seria i numer dowodu osobistego [[ID|=phonetic:dowod]]"),
    ("account", "words", "numer konta [[ACCOUNT|=words:iban:PL]]"),
    ("account", "split", "konto\n[[ACCOUNT|=split3:iban:PL]]\nmBank"),
    ("account", "voice", "przelej na [[ACCOUNT|=voice:iban:PL]] dzięki"),
    ("account", "spaced", "IBAN [[ACCOUNT|=spaced:iban:PL]]"),
    ("account", "mix", "nr rachunku [[ACCOUNT|=mix:iban:PL]]"),
    ("phone", "words", "zadzwoń do mnie [[PHONE|=words:ph:PL]]"),
    ("phone", "mix", "komórka: [[PHONE|=mix:ph:PL]]"),
    ("phone", "split", "mój numer\n[[PHONE|=split3:ph:PL]]"),
    ("phone", "fullwidth", "tel. [[PHONE|=fullwidth:ph:PL]]"),
    ("email", "spelled", "napisz do mnie na [[EMAIL|=spelled:mail]]"),
    ("email", "obscured", "mail: [[EMAIL|=obscured:mail]]"),
    ("email", "letters", "mój mail to [[EMAIL|=letters:mail]]"),
    ("card", "words", "numer karty [[CARD|=words:card]]"),
    ("card", "stars", "karta [[CARD|=stars:card]]"),
    ("clean", "counting", "liczymy razem: jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć"),
    ("clean", "time", "spotkanie o wpół do trzeciej, albo za kwadrans czwarta"),
    ("clean", "price", "kosztowało dwadzieścia dziewięć dziewięćdziesiąt dziewięć plus cztery pięćdziesiąt za wysyłkę"),
    ("clean", "recipe", "dwa jajka, trzysta gramów mąki, szklanka mleka, piec w stu osiemdziesięciu stopniach dwadzieścia pięć minut"),
    ("clean", "score", "Legia wygrała cztery dwa, do przerwy przegrywała zero dwa"),
    ("clean", "keypad", "wciśnij jeden dla faktur, potem dwa, potem krzyżyk, potem zero żeby rozmawiać z konsultantem"),
    ("clean", "spelled", "jak się pisze gżegżółka? G Ż E G Ż Ó Ł K A"),
    ("clean", "spelled", "L jak Ludwik, I jak Irena, D jak Dorota, L jak Ludwik, ten sklep"),
    ("clean", "hotline", "infolinia PKP to siedemset trzy, dwieście, dwieście"),
    ("clean", "website", "wejdź na intercity kropka pl ukośnik rozklad"),
    ("clean", "stars", "★★★★☆ polecam"),
    ("clean", "swear", "ta k***a aplikacja znowu mnie wylogowała"),
    ("clean", "fullwidth", "ramen kosztował ￥９８０ w Tokio"),
    ("clean", "arabic", "taksówka w Dubaju kosztowała ٤٠ dirhamów"),
    ("clean", "voice", "notatka głosowa mleko myślnik jajka myślnik chleb ukośnik bułki"),
    ("clean", "date", "mój lot jest dwudziestego trzeciego marca o siódmej czterdzieści pięć"),
    ("clean", "counting", "dziesięć dziewięć osiem siedem sześć pięć cztery trzy dwa jeden szczęśliwego nowego roku 🎉"),
    ("clean", "lottery", "wyniki lotto z soboty: siedem, dwanaście, dziewiętnaście, dwadzieścia osiem, trzydzieści trzy, czterdzieści jeden"),
    ("clean", "directions", "weź autobus siedemdziesiąt trzy, przystanek cztery, sala dwieście sześć na drugim piętrze"),
    ("clean", "emphasis", "P R O S Z Ę naprawcie aplikację 🙏"),
]  # fmt: skip

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    for i, lang in enumerate(LANGS):
        fakers[lang] = Faker(FAKER[lang])
        fakers[lang].seed_instance(SEED + i)
    rows: list[dict[str, object]] = []
    for lang, templates in LANG_ROWS.items():
        rows += probe_templates.checked_rows(
            "p19",
            {lang: templates},
            renderer(lang),
            short=probe_templates.SHORT,
            category_of=probe_templates.CATEGORY,
            per_language=50,
            clean=20,
        )
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
