"""Build `benchmarks/data/chat_breadth_probe_v11.jsonl`, the eleventh chat breadth probe.

Written blind (its author did not read the detection rules, their data or their tests) and
committed before any detector ran on it. 350 support-chat messages, 50 in each of seven
languages (en, de, fr, es, it, nl, pl): credentials, IDs, accounts, phones and clean
look-alikes, in the row format `bench_chat_breadth.py --set probe11` reads:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.

Templates mark each personal value as `[[LABEL|value]]`; `value` is written literally, or
`=name` draws it from a seeded generator below, so IDs with a check digit are valid (each
is checked with python-stdnum, or with the published algorithm where stdnum has none).

    python benchmarks/make_probe11.py            # writes the data file
    python benchmarks/make_probe11.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

import probe_templates
from faker import Faker
from probe_values import until
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.es import iban as es_iban
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import nip, pesel, regon
from stdnum.us import itin, rtn, ssn

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v11.jsonl"
SEED = 20261207
rng = random.Random(SEED)
fakers: dict[str, Faker] = {}


def faker(locale: str) -> Faker:
    if locale not in fakers:
        fk = Faker(locale)
        fk.seed_instance(SEED + len(fakers))
        fakers[locale] = fk
    return fakers[locale]


def digits(n: int, first_nonzero: bool = True) -> str:
    head = rng.choice("123456789") if first_nonzero else rng.choice(string.digits)
    return head + "".join(rng.choice(string.digits) for _ in range(n - 1))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---- IDs with check digits -------------------------------------------------------------


def us_ssn() -> str:
    raw = until(
        lambda: f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
        ssn.is_valid,
    )
    return f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"


def us_itin() -> str:
    raw = until(
        lambda: f"9{digits(2, False)}{rng.choice(['70', '78', '88', '92'])}{digits(4)}",
        itin.is_valid,
    )
    return f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"


def us_rtn() -> str:
    base = until(lambda: f"0{rng.randint(1, 9)}{digits(6, False)}", lambda s: True)
    return base + rtn.calc_check_digit(base)


def uk_nino() -> str:
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    prefix = until(lambda: rng.choice(first) + rng.choice(second), lambda p: p not in bad)
    return prefix + digits(6, False) + rng.choice("ABCD")


def uk_nhs() -> str:
    raw = until(lambda: digits(10), nhs.is_valid)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def uk_utr() -> str:
    return until(lambda: digits(10), utr.is_valid)


def ie_pps() -> str:
    return until(lambda: digits(7, False) + rng.choice(string.ascii_uppercase[:23]), pps.is_valid)


def de_idnr() -> str:
    return until(lambda: digits(11), idnr.is_valid)


def _digit_sum(n: int) -> int:
    return sum(int(c) for c in str(n))


def de_rvnr() -> str:
    """Rentenversicherungsnummer: area, DDMMYY, initial letter, serial, check digit."""
    area = rng.choice(["12", "13", "24", "28", "42", "53", "65"])
    born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"
    letter = rng.choice("ABDHKLMSTW")
    serial = f"{rng.randint(0, 49):02d}"
    seq = area + born + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    check = sum(_digit_sum(int(c) * w) for c, w in zip(seq, weights, strict=True)) % 10
    return f"{area}{born}{letter}{serial}{check}"


def de_kvnr() -> str:
    """Krankenversichertennummer: letter, 8 digits, check digit (weights 1, 2 alternating)."""
    letter = rng.choice(string.ascii_uppercase)
    body = digits(8)
    seq = f"{ord(letter) - 64:02d}" + body
    check = sum(_digit_sum(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(seq)) % 10
    return f"{letter}{body}{check}"


def _icao_check(s: str) -> str:
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in s]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def de_doc(first: str) -> str:
    """German ID card (L..) or passport (C..) serial: 9 characters and an ICAO check digit."""
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    serial = first + alnum(8, alphabet)
    return serial + _icao_check(serial)


def fr_nir() -> str:
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "67"])
    born = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
    body = f"{born}{dept}{digits(3, False)}{digits(3, False)}"
    return body + nir.calc_check_digits(body)


def fr_nir_spaced() -> str:
    v = fr_nir()
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def fr_spi() -> str:
    base = rng.choice("0123") + digits(9, False)
    return base + fr_nif.calc_check_digits(base)


def fr_passport() -> str:
    return f"{rng.randint(10, 23):02d}{alnum(2, string.ascii_uppercase)}{digits(5, False)}"


def fr_ci() -> str:
    return alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def be_nn() -> str:
    def make() -> str:
        born = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        return f"{born}{digits(3, False)}00"

    def fix(v: str) -> str:
        return v[:9] + f"{97 - int(v[:9]) % 97:02d}"

    raw = until(lambda: fix(make()), nn.is_valid)
    return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}"


def es_dni() -> str:
    body = digits(8)
    return body + dni.calc_check_digit(body)


def es_nie() -> str:
    body = rng.choice("XYZ") + digits(7, False)
    return body + nie.calc_check_digit(body)


def es_nss() -> str:
    prov = f"{rng.choice([8, 28, 41, 46, 29, 3]):02d}"
    num = digits(8)
    check = int(prov + num) % 97
    return f"{prov}/{num}/{check:02d}"


def it_cf() -> str:
    return until(lambda: faker("it_IT").ssn(), codicefiscale.is_valid)


def it_iva() -> str:
    base = digits(7, False) + f"{rng.randint(1, 100):03d}"
    return base + luhn.calc_check_digit(base)


def it_ci() -> str:
    return f"C{rng.choice('ABCDE')}{digits(5, False)}{alnum(2, string.ascii_uppercase)}"


def nl_bsn() -> str:
    return until(lambda: digits(9), bsn.is_valid)


def nl_doc() -> str:
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return alnum(2, letters) + alnum(6, letters + string.digits) + str(rng.randint(0, 9))


def pl_pesel() -> str:
    return until(lambda: faker("pl_PL").pesel(), pesel.is_valid)


def pl_nip() -> str:
    return until(lambda: digits(10), nip.is_valid)


def pl_nip_dashed() -> str:
    v = pl_nip()
    return f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"


def pl_regon() -> str:
    base = digits(8)
    return base + regon.calc_check_digit(base)


def pl_dowod() -> str:
    """Polish ID card: 3 letters, check digit, 5 digits (weights 7,3,1,9,7,3,1,7,3)."""
    letters = alnum(3, string.ascii_uppercase)
    rest = digits(5, False)
    values = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
    weights = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(values, weights, strict=True)) % 10
    return f"{letters}{check}{rest}"


def pl_passport() -> str:
    """Polish passport: 2 letters, check digit, 6 digits (weights 7,3,9,1,7,3,1,7,3)."""
    letters = alnum(2, string.ascii_uppercase)
    rest = digits(6, False)
    values = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
    weights = [7, 3, 9, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(values, weights, strict=True)) % 10
    return f"{letters}{check}{rest}"


# ---- accounts ---------------------------------------------------------------------------

BBAN = {
    "DE": 18,
    "GB": 18,
    "FR": 23,
    "ES": 20,
    "IT": 23,
    "NL": 14,
    "PL": 24,
    "BE": 12,
    "AT": 16,
    "CH": 17,
    "IE": 18,
    "PT": 21,
}


def iban(country: str, spaced: bool = False) -> str:
    def make() -> str:
        if country == "GB":
            bban = alnum(4, string.ascii_uppercase) + digits(14, False)
        elif country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(10, False)
        elif country == "IE":
            bban = rng.choice(["AIBK", "BOFI"]) + digits(14, False)
        elif country == "IT":
            bban = rng.choice(string.ascii_uppercase) + digits(22, False)
        elif country == "FR":
            bban = digits(21, False) + f"{rng.randint(0, 96):02d}"
        else:
            bban = digits(BBAN[country], False)
        check = std_iban.calc_check_digits(country + "00" + bban)
        return country + check + bban

    validator = es_iban.is_valid if country == "ES" else std_iban.is_valid
    value = until(make, validator)
    return std_iban.format(value) if spaced else value


def pl_nrb() -> str:
    raw = iban("PL")[2:]
    return f"{raw[:2]} {raw[2:6]} {raw[6:10]} {raw[10:14]} {raw[14:18]} {raw[18:22]} {raw[22:]}"


GEN: dict[str, Callable[[], str]] = {
    "ssn": us_ssn,
    "itin": us_itin,
    "rtn": us_rtn,
    "nino": uk_nino,
    "nhs": uk_nhs,
    "utr": uk_utr,
    "pps": ie_pps,
    "idnr": de_idnr,
    "rvnr": de_rvnr,
    "kvnr": de_kvnr,
    "perso": lambda: de_doc("L"),
    "depass": lambda: de_doc("C"),
    "nir": fr_nir,
    "nir_sp": fr_nir_spaced,
    "spi": fr_spi,
    "frpass": fr_passport,
    "frci": fr_ci,
    "benn": be_nn,
    "dni": es_dni,
    "nie": es_nie,
    "nss": es_nss,
    "cf": it_cf,
    "piva": it_iva,
    "itci": it_ci,
    "bsn": nl_bsn,
    "nldoc": nl_doc,
    "pesel": pl_pesel,
    "nip": pl_nip,
    "nip_d": pl_nip_dashed,
    "regon": pl_regon,
    "dowod": pl_dowod,
    "plpass": pl_passport,
    "nrb": pl_nrb,
    "iban_de": lambda: iban("DE"),
    "iban_de_sp": lambda: iban("DE", True),
    "iban_gb": lambda: iban("GB", True),
    "iban_ie": lambda: iban("IE"),
    "iban_fr": lambda: iban("FR", True),
    "iban_fr_raw": lambda: iban("FR"),
    "iban_be": lambda: iban("BE", True),
    "iban_es": lambda: iban("ES", True),
    "iban_es_raw": lambda: iban("ES"),
    "iban_it": lambda: iban("IT"),
    "iban_it_sp": lambda: iban("IT", True),
    "iban_nl": lambda: iban("NL"),
    "iban_nl_sp": lambda: iban("NL", True),
    "iban_pl": lambda: iban("PL", True),
    "iban_at": lambda: iban("AT", True),
    "iban_ch": lambda: iban("CH", True),
    "iban_pt": lambda: iban("PT", True),
    "aws": lambda: "AKIA" + alnum(16, string.ascii_uppercase + "234567"),
    "ghp": lambda: "ghp_" + alnum(36),
    "sk": lambda: "sk-proj-" + alnum(40),
    "stripe": lambda: "sk_live_" + alnum(24),
    "slack": lambda: f"xoxb-{digits(11)}-{digits(13)}-{alnum(24)}",
    "gapi": lambda: "AIza" + alnum(35, string.ascii_letters + string.digits + "-_"),
    "glpat": lambda: "glpat-" + alnum(20),
    "hex32": lambda: alnum(32, "0123456789abcdef"),
    "rand40": lambda: alnum(40),
}


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, lambda name: GEN[name]())


# (category, kind, template). Kinds for personal data: inline (value after its word in a
# sentence), colon, quoted, before (value before its word), ownline, multi (several values),
# typo (misspelt or unaccented word), lower, plain (no word naming the value), switch
# (code-switching). Clean kinds name the look-alike family.
Row = tuple[str, str, str]

EN: list[Row] = [
    (
        "credential",
        "inline",
        "hey i reset my password to [[PASSWORD|Bluebell!2019]] but the app still won't let me in",
    ),
    ("credential", "colon", "CVV: [[CVV|418]] - card ends 0442, payment keeps failing at checkout"),
    (
        "credential",
        "before",
        "[[OTP|583 920]] thats the code from the text, it says expired already",
    ),
    (
        "credential",
        "multi",
        "login is [[USERNAME|dazza_m84]] and pw [[PASSWORD|hunter22hunter]] if that helps you look",
    ),
    (
        "credential",
        "quoted",
        'I put the api key in the header exactly as "[[API_KEY|=sk]]" and I get 401 every time',
    ),
    ("credential", "typo", "my pinn number is [[PIN|7731]], can u check if the card is blocked"),
    (
        "credential",
        "ownline",
        "here are my backup codes, which ones are still valid?\n[[BACKUP_CODE|8271 4402]]\n[[BACKUP_CODE|1936 5518]]",  # noqa: E501
    ),
    (
        "credential",
        "answer",
        "security question was mothers maiden name, I answered [[SECURITY_ANSWER|Thornbury]] but it says wrong",  # noqa: E501
    ),
    (
        "credential",
        "plain",
        "our github token [[TOKEN|=ghp]] got pushed to a public repo, how do we revoke",
    ),
    (
        "id",
        "inline",
        "My national insurance number is [[UK_NINO|=nino]] and HMRC still has my old address",
    ),
    ("id", "lower", "ssn [[US_SSN|=ssn]] for the w-9 form, is that enough?"),
    ("id", "typo", "NHS numbr [[UK_NHS|=nhs]], need to change my GP surgery"),
    ("id", "colon", "Passport no: [[PASSPORT|548192037]] expiry 2031, booking ref is fine"),
    ("id", "before", "[[UK_UTR|=utr]] is my UTR, self assessment login says it doesnt match"),
    (
        "id",
        "multi",
        "for the mortgage app: NI [[UK_NINO|=nino]], driving licence [[DRIVER_LICENSE|HARRI804152JW9LK]]",  # noqa: E501
    ),
    (
        "id",
        "inline",
        "Irish customer here, PPS number [[IE_PPS|=pps]], tax credit didn't come through",
    ),
    (
        "id",
        "plain",
        "ITIN [[US_ITIN|=itin]] was issued last month, can I update the account with it",
    ),
    (
        "id",
        "inline",
        "member id on my insurance card is [[MEMBER_ID|XGH881204557]] and the pharmacy says invalid",  # noqa: E501
    ),
    ("account", "inline", "please refund to my IBAN [[IBAN|=iban_gb]] not the card"),
    (
        "account",
        "multi",
        "sort code [[UK_SORT_CODE|20-45-77]] account [[BANK_ACCOUNT|53118264]], the direct debit bounced",  # noqa: E501
    ),
    (
        "account",
        "multi",
        "routing [[US_ROUTING|=rtn]] acct [[BANK_ACCOUNT|4471029385]] for the payout pls",
    ),
    (
        "account",
        "colon",
        "Customer number: [[CUSTOMER_NUMBER|CN-4470193]]. Still waiting on the engineer visit.",
    ),
    (
        "account",
        "lower",
        "my account number is [[ACCOUNT_NUMBER|88203145]] with you guys, bill is double this month",
    ),
    ("account", "plain", "[[IBAN|=iban_ie]] thats where the salary should go from now"),
    (
        "account",
        "inline",
        "contract number [[CONTRACT_NUMBER|7730-291-556]] - I want to cancel before renewal",
    ),
    ("phone", "inline", "you can call me back on [[PHONE_NUMBER|07412 914 385]] after 5"),
    ("phone", "intl", "my number is [[PHONE_NUMBER|+44 7824 480 226]] not the landline"),
    (
        "phone",
        "us",
        "Reach me at [[PHONE_NUMBER|(415) 830-2291]], I'm in California so mind the time difference",  # noqa: E501
    ),
    ("phone", "dots", "cell [[PHONE_NUMBER|312.555.0187]] text is better"),
    (
        "phone",
        "before",
        "[[PHONE_NUMBER|+353 87 214 6630]] is my irish mobile if the uk one doesnt work",
    ),
    (
        "phone",
        "multi",
        "home [[PHONE_NUMBER|0161 496 0732]] / mobile [[PHONE_NUMBER|07984 221 503]]",
    ),
    (
        "phone",
        "foreign",
        "I'm travelling, use my german number [[PHONE_NUMBER|+49 151 23947781]] this week",
    ),
    ("clean", "order", "Order #5529104 still says processing after 6 days, any update?"),
    ("clean", "tracking", "tracking 1Z999AA10123456784 hasn't moved since Friday"),
    ("clean", "price", "I was charged £49.99 instead of £39.99 for the annual plan"),
    ("clean", "version", "after updating to 4.12.3 the app crashes on startup, iPhone 13"),
    ("clean", "error", "getting error 0x80070057 when I install the driver"),
    ("clean", "hotline", "I called 0800 800 150 and they told me to write here instead"),
    ("clean", "ticket", "this is about ticket INC-204417, nobody replied"),
    ("clean", "model", "does the WH-1000XM5 work with the Galaxy S23 Ultra?"),
    ("clean", "date", "delivery was due 12/03/2026 between 10:00 and 14:00 and nobody came"),
    (
        "clean",
        "public",
        "Is the London Marathon route going past Tower Bridge affecting deliveries Sunday?",
    ),
    ("clean", "caps", "Thanks So Much For The Quick Reply, Works Now"),
    ("clean", "brand", "Does Apple Pay work with the Revolut card or only Google Pay?"),
    (
        "clean",
        "namelike",
        "Will and Grace are both in my watchlist but only Grace plays, the other one buffers",
    ),
    ("clean", "product", "SKU 88-2291-04 is out of stock, when do you restock?"),
    ("clean", "amount", "the refund of 1,250.00 USD showed up as 1,187.40 after fees??"),
    ("clean", "code", "promo code SPRING25 doesn't apply to the basket"),
    ("clean", "time", "your chat opens at 08:30 but it's 09:15 and still no agent"),
    (
        "clean",
        "public",
        "Saw Taylor Swift is touring Europe, will you sell tickets for the Wembley dates?",
    ),
]

DE: list[Row] = [
    (
        "credential",
        "inline",
        "hab mein passwort auf [[PASSWORD|Sonnenblume#77]] geändert und komme trotzdem nicht rein",
    ),
    ("credential", "colon", "TAN: [[OTP|481207]] – die Überweisung hängt aber trotzdem"),
    ("credential", "typo", "meine neue pin ist [[PIN|0592]], karte sagt aber immer noch gesperrt"),
    ("credential", "before", "[[OTP|772 031]] kam per SMS, ist das schon abgelaufen?"),
    (
        "credential",
        "multi",
        "Benutzername [[USERNAME|kleinschmidt.j]] Kennwort [[PASSWORD|Bergsee2024]] bitte prüfen",
    ),
    (
        "credential",
        "quoted",
        'Die Prüfziffer hinten auf der Karte ist "[[CVV|093]]", trotzdem Zahlung abgelehnt',
    ),
    ("credential", "switch", "unser AWS access key [[API_KEY|=aws]] ist im Log gelandet, was tun?"),
    (
        "credential",
        "answer",
        "Sicherheitsfrage Lieblingstier, Antwort war [[SECURITY_ANSWER|Hamster Fridolin]]",
    ),
    ("credential", "lower", "wiederherstellungscode [[BACKUP_CODE|K7PQ-2MX9-TT4R]] geht nicht"),
    (
        "id",
        "inline",
        "Meine Steuer-ID lautet [[DE_TAX_ID|=idnr]], bitte für die Lohnabrechnung hinterlegen",
    ),
    ("id", "typo", "steuer id nummmer [[DE_TAX_ID|=idnr]] hab ich schon zweimal geschickt"),
    (
        "id",
        "inline",
        "Rentenversicherungsnummer [[DE_SVNR|=rvnr]] – brauche die Bescheinigung für den Arbeitgeber",  # noqa: E501
    ),
    (
        "id",
        "colon",
        "Krankenversichertennummer: [[DE_KVNR|=kvnr]] (steht auf der Gesundheitskarte)",
    ),
    (
        "id",
        "before",
        "[[ID_CARD|=perso]] ist die Nummer von meinem neuen Perso, bitte aktualisieren",
    ),
    (
        "id",
        "multi",
        "Reisepass [[PASSPORT|=depass]], Führerschein [[DRIVER_LICENSE|N074RTS5K21]], reicht das für die Verifizierung?",  # noqa: E501
    ),
    ("id", "lower", "versichertennummer [[DE_KVNR|=kvnr]] falsch im system eingetragen"),
    ("id", "plain", "Steuernummer [[DE_STNR|143/281/10476]] ist vom Finanzamt Nord, nicht Süd"),
    (
        "id",
        "inline",
        "meine Mitgliedsnummer beim Fitnessstudio ist [[MEMBER_ID|M-88102733]], Kündigung bitte bestätigen",  # noqa: E501
    ),
    ("account", "inline", "Bitte die Erstattung auf meine IBAN [[IBAN|=iban_de_sp]] überweisen"),
    ("account", "lower", "iban [[IBAN|=iban_de]] kontoinhaber bin ich selbst"),
    (
        "account",
        "multi",
        "alte Bankverbindung: Konto [[BANK_ACCOUNT|1042298877]] BLZ [[BANK_CODE|37040044]]",
    ),
    ("account", "colon", "Kundennummer: [[CUSTOMER_NUMBER|40019287]] – Rechnung kam doppelt"),
    ("account", "typo", "vertragsnumer [[CONTRACT_NUMBER|V-2210-4471]] ich will kündigen"),
    ("account", "foreign", "Ich wohne jetzt in Wien, neue IBAN [[IBAN|=iban_at]]"),
    (
        "account",
        "before",
        "[[ACCOUNT_NUMBER|5503 2281 90]] ist meine Kontonummer bei Ihnen, Abbuchung fehlt",
    ),
    ("phone", "inline", "Rufen Sie mich bitte unter [[PHONE_NUMBER|0171 4829315]] zurück"),
    ("phone", "intl", "Handy: [[PHONE_NUMBER|+49 (0)160 92 44 718]]"),
    ("phone", "slash", "Festnetz [[PHONE_NUMBER|030/2284 1907]], ab 18 Uhr erreichbar"),
    ("phone", "dashes", "meine nummer ist [[PHONE_NUMBER|0152-33810472]] whatsapp geht auch"),
    ("phone", "foreign", "bin in der Schweiz, erreichbar unter [[PHONE_NUMBER|+41 79 418 22 07]]"),
    ("phone", "before", "[[PHONE_NUMBER|089 45 22 81 09]] das ist die Nummer vom Büro"),
    (
        "phone",
        "multi",
        "tel [[PHONE_NUMBER|0221 9384412]] oder mobil [[PHONE_NUMBER|0176 22019483]]",
    ),
    ("clean", "order", "Bestellung 302-4418827-1193304 ist immer noch nicht da"),
    (
        "clean",
        "tracking",
        "Sendungsnummer 00340434161094042557 laut DHL zugestellt, ist aber nicht hier",
    ),
    ("clean", "price", "Warum kostet das Abo jetzt 12,99 € statt 9,99 €?"),
    ("clean", "date", "Lieferung war für den 14.11.2026 angekündigt, Zeitfenster 8–12 Uhr"),
    ("clean", "hotline", "Ihre Hotline 0800 3301000 ist dauernd besetzt"),
    ("clean", "error", "Fehlercode E-4021 auf dem Display der Waschmaschine"),
    ("clean", "version", "Seit Update 7.3.0 stürzt die App ab"),
    ("clean", "model", "Passt der Filter für den Siemens EQ.6 plus s300?"),
    ("clean", "ticket", "Ticket #88120 wurde einfach geschlossen ohne Antwort"),
    ("clean", "caps", "Vielen Dank Für Die Schnelle Hilfe"),
    ("clean", "public", "Fährt die S-Bahn wegen dem Spiel in der Allianz Arena am Samstag länger?"),
    (
        "clean",
        "namelike",
        "Mein Handy zeigt nur noch Mark statt Euro an, Spracheinstellung kaputt?",
    ),
    ("clean", "amount", "Es wurden 2.340,00 EUR abgebucht, vereinbart waren 234,00"),
    ("clean", "product", "Artikelnummer 4006381333931 gibt es nur noch in Schwarz?"),
    ("clean", "time", "Termin war um 14:30, Techniker kam um 17:10"),
    ("clean", "brand", "Geht Klarna auch bei Zalando oder nur PayPal?"),
    ("clean", "public", "Angela Merkel war im Werbespot? Das Video auf Ihrer Seite lädt nicht"),
    ("clean", "code", "Gutscheincode WINTER15 wird abgelehnt"),
]

FR: list[Row] = [
    (
        "credential",
        "inline",
        "j'ai changé mon mot de passe en [[PASSWORD|Chaton_2021!]] et ça bloque encore",
    ),
    ("credential", "typo", "mon code pin c [[PIN|4819]] mais la carte est refusee partout"),
    ("credential", "before", "[[OTP|904 118]] c'est le code reçu par sms, il marche pas"),
    ("credential", "colon", "Cryptogramme : [[CVV|271]] — le paiement échoue toujours"),
    (
        "credential",
        "multi",
        "identifiant [[USERNAME|m.lefevre33]] mdp [[PASSWORD|azerty1234]] svp aidez moi",
    ),
    ("credential", "quoted", 'j\'ai mis le token "[[TOKEN|=hex32]]" dans la config et erreur 403'),
    (
        "credential",
        "answer",
        "question secrète ville de naissance, j'ai répondu [[SECURITY_ANSWER|Montélimar]]",
    ),
    ("credential", "lower", "code de securite 3d secure [[OTP|55120933]] recu mais page blanche"),
    ("credential", "switch", "ma clé API stripe [[API_KEY|=stripe]] a fuité, comment la révoquer"),
    (
        "id",
        "inline",
        "mon numéro de sécurité sociale est [[FR_NIR|=nir_sp]], la carte vitale n'est pas à jour",
    ),
    ("id", "typo", "numero secu [[FR_NIR|=nir]] pour le remboursement"),
    ("id", "colon", "Numéro fiscal : [[FR_NIF|=spi]]"),
    ("id", "before", "[[PASSPORT|=frpass]] c'est mon passeport, il expire en mars"),
    (
        "id",
        "inline",
        "voici le numéro de ma carte d'identité [[ID_CARD|=frci]] pour la vérification",
    ),
    ("id", "multi", "NIR [[FR_NIR|=nir]] et numéro fiscal [[FR_NIF|=spi]] pour la déclaration"),
    ("id", "inline", "permis de conduire n° [[DRIVER_LICENSE|13AB45678]] pour la location"),
    ("id", "lower", "mon numero adherent mutuelle [[MEMBER_ID|MGN00488213]] svp"),
    ("id", "plain", "Je suis belge, registre national [[BE_NN|=benn]]"),
    ("account", "inline", "Mon IBAN est [[IBAN|=iban_fr]], merci de rembourser dessus"),
    ("account", "lower", "rib iban [[IBAN|=iban_fr_raw]] titulaire moi"),
    ("account", "colon", "N° client : [[CUSTOMER_NUMBER|0047819233]] — la facture est fausse"),
    ("account", "foreign", "compte belge [[IBAN|=iban_be]] pour le remboursement"),
    ("account", "typo", "numero de contrat [[CONTRACT_NUMBER|CT-55810294]] je veux resilier"),
    ("account", "before", "[[IBAN|=iban_fr]] voilà mon nouveau rib"),
    (
        "account",
        "inline",
        "référence client [[CUSTOMER_NUMBER|FR-2291-80446]] pour le prélèvement en double",
    ),
    ("phone", "inline", "vous pouvez me rappeler au [[PHONE_NUMBER|06 12 48 93 07]]"),
    ("phone", "intl", "mon portable [[PHONE_NUMBER|+33 7 81 22 40 96]]"),
    ("phone", "dots", "tel [[PHONE_NUMBER|01.45.22.87.19]] le matin"),
    ("phone", "before", "[[PHONE_NUMBER|0033 6 44 10 29 85]] c'est mon numéro depuis l'étranger"),
    ("phone", "foreign", "je suis en Suisse : [[PHONE_NUMBER|+41 22 718 44 90]]"),
    ("phone", "nospace", "numéro [[PHONE_NUMBER|0698214470]] whatsapp aussi"),
    (
        "phone",
        "multi",
        "fixe [[PHONE_NUMBER|04 78 62 19 33]] ou portable [[PHONE_NUMBER|07 55 90 12 48]]",
    ),
    ("clean", "order", "Commande n° 4410298 toujours pas expédiée"),
    ("clean", "tracking", "Colissimo 6A19284736510 indique livré mais rien reçu"),
    ("clean", "price", "Pourquoi 29,90 € au lieu de 24,90 € ?"),
    ("clean", "date", "Livraison prévue le 03/12/2026 entre 8h et 13h"),
    ("clean", "hotline", "J'ai appelé le 3900 ils m'ont dit de passer par le chat"),
    ("clean", "error", "erreur 502 Bad Gateway sur le site depuis ce matin"),
    ("clean", "version", "la version 2.8.14 de l'appli ne se lance plus"),
    ("clean", "model", "Le Thermomix TM6 est-il compatible avec la Cook-Key ?"),
    ("clean", "ticket", "Dossier SAV 2026-118843 sans réponse"),
    ("clean", "caps", "Bonjour Madame, Merci Beaucoup Pour Votre Aide"),
    ("clean", "public", "Le concert de Stromae à Bercy est-il reporté ?"),
    (
        "clean",
        "namelike",
        "Le mode Pierre-papier-ciseaux du jeu ne marche plus, Victoire ne s'affiche jamais",
    ),
    ("clean", "amount", "débité de 1 249,00 € alors que le devis était 1 149,00 €"),
    ("clean", "product", "réf. produit 7612345678900 en rupture ?"),
    ("clean", "time", "rdv à 9h30, personne avant 11h45"),
    ("clean", "brand", "Est-ce que Lydia marche avec Boursorama ?"),
    ("clean", "place", "Le magasin de Lyon Part-Dieu est fermé le dimanche ?"),
    ("clean", "code", "code promo NOEL10 refusé"),
]

ES: list[Row] = [
    (
        "credential",
        "inline",
        "cambié la contraseña a [[PASSWORD|Girasol.2023]] y sigue sin dejarme entrar",
    ),
    ("credential", "typo", "mi contrasena es [[PASSWORD|perico88]] xq no funciona"),
    ("credential", "before", "[[OTP|661 034]] es el codigo que me llego por sms"),
    ("credential", "colon", "CVV: [[CVV|905]]. la tarjeta es nueva"),
    (
        "credential",
        "multi",
        "usuario [[USERNAME|lucia_gp]] clave [[PASSWORD|Mar1posa!]] porfa revisen",
    ),
    ("credential", "lower", "pin [[PIN|2284]] tarjeta bloqueada en el cajero"),
    ("credential", "quoted", 'puse la api key "[[API_KEY|=gapi]]" y me da error 400'),
    (
        "credential",
        "answer",
        "pregunta de seguridad: nombre de mi primera mascota, respondi [[SECURITY_ANSWER|Canela]]",
    ),
    (
        "credential",
        "ownline",
        "codigos de respaldo:\n[[BACKUP_CODE|493817]]\n[[BACKUP_CODE|208455]]\ncual esta usado?",
    ),
    ("id", "inline", "mi DNI es [[ES_DNI|=dni]] y no me deja registrarme"),
    ("id", "lower", "nie [[ES_NIE|=nie]] soy extranjera residente"),
    ("id", "colon", "Nº Seguridad Social: [[ES_NSS|=nss]]"),
    ("id", "before", "[[ES_DNI|=dni]] es mi dni, ya lo mandé dos veces"),
    ("id", "typo", "numero de pasaporte [[PASSPORT|PAB482913]] para el vuelo"),
    ("id", "multi", "NIF [[ES_DNI|=dni]] y número de afiliación [[ES_NSS|=nss]] para el contrato"),
    (
        "id",
        "inline",
        "tarjeta sanitaria [[HEALTH_CARD|GRRZ880412915017]] del SERMAS, quiero cambiar de médico",
    ),
    ("id", "plain", "Mi NIE: [[ES_NIE|=nie]]"),
    ("id", "inline", "el número de mi carnet de conducir es el mismo que el dni [[ES_DNI|=dni]]?"),
    ("account", "inline", "mi IBAN es [[IBAN|=iban_es]] para la devolución"),
    ("account", "lower", "iban [[IBAN|=iban_es_raw]] a mi nombre"),
    ("account", "colon", "Número de cliente: [[CUSTOMER_NUMBER|1002844719]]"),
    ("account", "before", "[[IBAN|=iban_es]] es la cuenta nueva, la vieja la cerré"),
    (
        "account",
        "typo",
        "numero de contrto [[CONTRACT_NUMBER|ES-0048-221903]] quiero darme de baja",
    ),
    ("account", "foreign", "tengo cuenta en Portugal [[IBAN|=iban_pt]], se puede?"),
    ("account", "inline", "la póliza número [[POLICY_NUMBER|88019-442-7]] sigue cobrando"),
    ("phone", "inline", "mi móvil es el [[PHONE_NUMBER|612 48 90 33]]"),
    ("phone", "intl", "llamadme al [[PHONE_NUMBER|+34 655 218 904]]"),
    ("phone", "nospace", "tlf [[PHONE_NUMBER|691220457]] por la tarde"),
    ("phone", "before", "[[PHONE_NUMBER|91 442 18 07]] es el fijo de casa"),
    ("phone", "foreign", "estoy en México, mi número [[PHONE_NUMBER|+52 55 1842 7730]]"),
    ("phone", "dashes", "whatsapp [[PHONE_NUMBER|634-221-988]]"),
    ("phone", "multi", "fijo [[PHONE_NUMBER|93 218 44 70]] o móvil [[PHONE_NUMBER|699 04 21 83]]"),
    ("clean", "order", "Pedido 40-2291-88 sin enviar todavía"),
    ("clean", "tracking", "seguimiento PQ4F2B0712345670128001Z no aparece en Correos"),
    ("clean", "price", "me cobraron 59,95 € en vez de 49,95 €"),
    ("clean", "date", "la entrega era el 21/10/2026 y no ha llegado"),
    ("clean", "hotline", "llamé al 1004 y me mandaron aquí"),
    ("clean", "error", "error 0xc000007b al abrir el programa"),
    ("clean", "version", "tras la actualización 16.2 la app no carga"),
    ("clean", "model", "el Xiaomi Redmi Note 13 Pro tiene NFC?"),
    ("clean", "ticket", "incidencia INC-77120 cerrada sin solución"),
    ("clean", "caps", "Muchas Gracias Por Todo, Un Saludo"),
    (
        "clean",
        "public",
        "El partido del Real Madrid en el Bernabéu cambia el horario de la tienda?",
    ),
    ("clean", "namelike", "Rosa o Azul? no sé qué color elegir para la funda"),
    ("clean", "amount", "transferencia de 1.500,00 EUR todavía pendiente"),
    ("clean", "product", "ref 0223/441/800 de Zara talla M"),
    ("clean", "time", "la cita era a las 10:45 y son las 12:20"),
    ("clean", "brand", "Bizum funciona con la tarjeta de Openbank?"),
    ("clean", "place", "¿La tienda de la Gran Vía abre el 6 de diciembre?"),
    ("clean", "code", "el cupón VERANO20 no aplica"),
]

IT: list[Row] = [
    (
        "credential",
        "inline",
        "ho cambiato la password in [[PASSWORD|Girasole!88]] ma non entro lo stesso",
    ),
    ("credential", "typo", "il mio pin e [[PIN|6604]] ma la carta viene rifiutata"),
    ("credential", "before", "[[OTP|318 772]] è il codice arrivato via sms"),
    ("credential", "colon", "codice di sicurezza CVV: [[CVV|552]]"),
    (
        "credential",
        "multi",
        "utente [[USERNAME|ferri.giulia]] password [[PASSWORD|Roma2020]] non va",
    ),
    ("credential", "lower", "codice otp [[OTP|40918276]] scaduto subito"),
    (
        "credential",
        "quoted",
        "il token di accesso è '[[TOKEN|=rand40]]' e l'API risponde unauthorized",
    ),
    (
        "credential",
        "answer",
        "domanda segreta: squadra del cuore, risposta [[SECURITY_ANSWER|Sampdoria]]",
    ),
    ("credential", "switch", "la mia chiave gitlab [[TOKEN|=glpat]] è stata esposta"),
    ("id", "inline", "il mio codice fiscale è [[IT_FISCAL_CODE|=cf]]"),
    ("id", "lower", "codice fiscale [[IT_FISCAL_CODE|=cf]] errato in fattura"),
    ("id", "before", "[[IT_FISCAL_CODE|=cf]] questo è il CF di mia madre, è intestataria lei"),
    ("id", "colon", "Partita IVA: [[IT_VAT|=piva]]"),
    ("id", "typo", "numero carta d'identita [[ID_CARD|=itci]] per la verifica"),
    ("id", "inline", "passaporto n. [[PASSPORT|YA4418203]] scade a giugno"),
    ("id", "multi", "CF [[IT_FISCAL_CODE|=cf]] e patente [[DRIVER_LICENSE|U1H48822X]]"),
    ("id", "plain", "Tessera sanitaria [[HEALTH_CARD|80380001900123456789]]"),
    ("id", "inline", "il numero di socio della tessera è [[MEMBER_ID|TS-0048821]]"),
    ("account", "inline", "il mio IBAN è [[IBAN|=iban_it]] per il rimborso"),
    ("account", "lower", "iban [[IBAN|=iban_it_sp]] intestato a me"),
    ("account", "colon", "Codice cliente: [[CUSTOMER_NUMBER|88102291]]"),
    ("account", "before", "[[IBAN|=iban_it]] è il conto nuovo"),
    ("account", "typo", "numero contrato [[CONTRACT_NUMBER|IT-22019-448]] voglio disdire"),
    ("account", "foreign", "ho un conto svizzero [[IBAN|=iban_ch]], va bene?"),
    (
        "account",
        "inline",
        "numero di conto [[BANK_ACCOUNT|000012345678]] presso la filiale di Bologna",
    ),
    ("phone", "inline", "il mio cellulare è [[PHONE_NUMBER|347 218 4490]]"),
    ("phone", "intl", "chiamatemi al [[PHONE_NUMBER|+39 333 4417 820]]"),
    ("phone", "nospace", "tel [[PHONE_NUMBER|3289910443]] dopo le 18"),
    ("phone", "before", "[[PHONE_NUMBER|06 4418 2290]] è il fisso di casa"),
    ("phone", "foreign", "sono in Germania, numero [[PHONE_NUMBER|+49 170 3381 924]]"),
    ("phone", "dots", "cell. [[PHONE_NUMBER|339.220.18.74]]"),
    (
        "phone",
        "multi",
        "fisso [[PHONE_NUMBER|02 8844 1930]] cellulare [[PHONE_NUMBER|388 402 1157]]",
    ),
    ("clean", "order", "Ordine n. 771029384 non ancora spedito"),
    ("clean", "tracking", "spedizione BRT 0441822910034 ferma a Milano"),
    ("clean", "price", "mi avete addebitato 89,00 € invece di 79,00 €"),
    ("clean", "date", "consegna prevista il 18/12/2026 tra le 9 e le 13"),
    ("clean", "hotline", "ho chiamato il 187 e mi hanno detto di scrivere qui"),
    ("clean", "error", "errore 404 sulla pagina di pagamento"),
    ("clean", "version", "dopo l'aggiornamento alla 5.1.2 l'app non si apre"),
    ("clean", "model", "La Bialetti Moka Express 6 tazze va bene sull'induzione?"),
    ("clean", "ticket", "pratica n. 2026/00418 ancora aperta"),
    ("clean", "caps", "Grazie Mille Per La Pazienza"),
    ("clean", "public", "Il concerto di Vasco Rossi a San Siro è confermato?"),
    ("clean", "namelike", "Il colore Rosa è esaurito, c'è ancora il Celeste?"),
    ("clean", "amount", "bonifico di 2.400,00 EUR non ancora arrivato"),
    ("clean", "product", "codice articolo 8001120886302 disponibile?"),
    ("clean", "time", "appuntamento alle 15:30, tecnico arrivato alle 18"),
    ("clean", "brand", "Satispay funziona con Fineco?"),
    ("clean", "place", "il negozio di via del Corso a Roma è aperto a Natale?"),
    ("clean", "code", "codice sconto BENVENUTO10 non valido"),
]

NL: list[Row] = [
    (
        "credential",
        "inline",
        "ik heb mijn wachtwoord veranderd in [[PASSWORD|Tulpen#2022]] maar kan nog steeds niet inloggen",  # noqa: E501
    ),
    ("credential", "typo", "mijn pincod is [[PIN|3390]] en de pas wordt geweigerd"),
    ("credential", "before", "[[OTP|220 981]] is de code uit de sms"),
    ("credential", "colon", "CVC: [[CVV|617]]"),
    (
        "credential",
        "multi",
        "gebruikersnaam [[USERNAME|jvdberg_91]] wachtwoord [[PASSWORD|fietsen123]]",
    ),
    ("credential", "lower", "verificatiecode [[OTP|771209]] werkt niet"),
    ("credential", "quoted", "de api-sleutel is '[[API_KEY|=sk]]' en ik krijg 429"),
    (
        "credential",
        "answer",
        "beveiligingsvraag naam van mijn eerste school, antwoord [[SECURITY_ANSWER|De Regenboog]]",
    ),
    ("credential", "switch", "slack token [[TOKEN|=slack]] per ongeluk gedeeld in een kanaal"),
    ("id", "inline", "mijn BSN is [[NL_BSN|=bsn]]"),
    ("id", "lower", "bsn [[NL_BSN|=bsn]] graag aanpassen in mijn dossier"),
    ("id", "before", "[[NL_BSN|=bsn]] is het burgerservicenummer van mijn zoon"),
    ("id", "colon", "Paspoortnummer: [[PASSPORT|=nldoc]]"),
    ("id", "typo", "burgerservicenumer [[NL_BSN|=bsn]] klopt niet op de brief"),
    ("id", "inline", "nummer van mijn ID-kaart is [[ID_CARD|=nldoc]]"),
    ("id", "inline", "rijbewijsnummer [[DRIVER_LICENSE|5208814471]] voor de huurauto"),
    (
        "id",
        "multi",
        "BSN [[NL_BSN|=bsn]] en polisnummer zorgverzekering [[POLICY_NUMBER|ZV-441820937]]",
    ),
    ("id", "plain", "Belgisch rijksregisternummer [[BE_NN|=benn]]"),
    ("account", "inline", "mijn IBAN is [[IBAN|=iban_nl]] voor de terugbetaling"),
    ("account", "lower", "iban [[IBAN|=iban_nl_sp]] op mijn naam"),
    ("account", "colon", "Klantnummer: [[CUSTOMER_NUMBER|12048833]]"),
    ("account", "before", "[[IBAN|=iban_nl]] is mijn nieuwe rekening"),
    ("account", "typo", "rekeningnumer [[IBAN|=iban_nl]] staat verkeerd"),
    ("account", "foreign", "ik heb een Belgische rekening [[IBAN|=iban_be]]"),
    ("account", "inline", "contractnummer [[CONTRACT_NUMBER|NL-88120-4471]] wil ik opzeggen"),
    ("phone", "inline", "je kunt me bellen op [[PHONE_NUMBER|06 12 44 89 03]]"),
    ("phone", "intl", "mijn nummer [[PHONE_NUMBER|+31 6 41 22 90 87]]"),
    ("phone", "dashes", "tel [[PHONE_NUMBER|020-5512 884]] overdag"),
    ("phone", "nospace", "mobiel [[PHONE_NUMBER|0638821147]]"),
    ("phone", "before", "[[PHONE_NUMBER|010 448 2291]] is mijn vaste nummer"),
    ("phone", "foreign", "ik zit in België: [[PHONE_NUMBER|+32 478 22 19 40]]"),
    ("phone", "multi", "vast [[PHONE_NUMBER|030 271 8844]] of mobiel [[PHONE_NUMBER|06-18829044]]"),
    ("clean", "order", "Bestelling 1044829103 is nog niet verzonden"),
    ("clean", "tracking", "PostNL 3SABCD1234567 staat al 4 dagen stil"),
    ("clean", "price", "waarom €14,95 in plaats van €9,95?"),
    ("clean", "date", "levering gepland op 09-12-2026 tussen 13:00 en 17:00"),
    ("clean", "hotline", "ik belde 0900-0123 maar kreeg niemand"),
    ("clean", "error", "foutcode F28 op de cv-ketel"),
    ("clean", "version", "na update 3.44.1 werkt de app niet"),
    ("clean", "model", "past de Philips Airfryer XXL HD9650 onder het keukenkastje?"),
    ("clean", "ticket", "melding 2026-44810 is gesloten zonder oplossing"),
    ("clean", "caps", "Hartelijk Dank Voor De Snelle Hulp"),
    ("clean", "public", "Is de winkel open tijdens Koningsdag in Amsterdam?"),
    ("clean", "namelike", "Mijn Bol bestelling en Jumbo boodschappen zijn allebei laat"),
    ("clean", "amount", "er is 1.199,00 EUR afgeschreven in plaats van 119,90"),
    ("clean", "product", "artikelnummer 9200000112233445 niet leverbaar?"),
    ("clean", "time", "afspraak om 10:15, monteur kwam om 12:40"),
    ("clean", "brand", "werkt iDEAL ook met Knab?"),
    ("clean", "public", "Max Verstappen staat op jullie reclame, is dat een actie?"),
    ("clean", "code", "kortingscode KORTING15 wordt niet geaccepteerd"),
]

PL: list[Row] = [
    (
        "credential",
        "inline",
        "zmienilem haslo na [[PASSWORD|Biedronka!77]] i dalej nie moge sie zalogowac",
    ),
    ("credential", "colon", "kod BLIK: [[OTP|418 207]] ale transakcja odrzucona"),
    ("credential", "before", "[[OTP|55120983]] to kod z smsa, wygasł?"),
    ("credential", "typo", "moj pin do karty [[PIN|8812]] nie dziala"),
    (
        "credential",
        "multi",
        "login [[USERNAME|kowal_ski88]] hasło [[PASSWORD|Zima2023#]] prosze sprawdzic",
    ),
    ("credential", "lower", "cvv [[CVV|344]] karta nowa"),
    ("credential", "quoted", 'klucz API "[[API_KEY|=rand40]]" zwraca 401'),
    ("credential", "answer", "pytanie pomocnicze: imię psa, odpowiedź [[SECURITY_ANSWER|Burek]]"),
    ("credential", "switch", "kod autoryzacyjny 2FA [[OTP|902 114]] nie przechodzi"),
    ("id", "inline", "mój PESEL to [[PL_PESEL|=pesel]]"),
    ("id", "lower", "pesel [[PL_PESEL|=pesel]] prosze poprawic w umowie"),
    ("id", "before", "[[PL_PESEL|=pesel]] to pesel mojej corki"),
    ("id", "colon", "NIP: [[PL_NIP|=nip_d]]"),
    ("id", "typo", "numer dowodu osobistgo [[ID_CARD|=dowod]]"),
    ("id", "inline", "numer paszportu [[PASSPORT|=plpass]] do rezerwacji"),
    ("id", "multi", "PESEL [[PL_PESEL|=pesel]], seria i numer dowodu [[ID_CARD|=dowod]]"),
    ("id", "plain", "REGON firmy [[PL_REGON|=regon]], NIP [[PL_NIP|=nip]]"),
    ("id", "inline", "numer prawa jazdy [[DRIVER_LICENSE|04218/19/1463]]"),
    ("account", "inline", "mój numer konta [[BANK_ACCOUNT|=nrb]] do zwrotu"),
    ("account", "lower", "iban [[IBAN|=iban_pl]]"),
    ("account", "colon", "Numer klienta: [[CUSTOMER_NUMBER|4410028831]]"),
    ("account", "before", "[[BANK_ACCOUNT|=nrb]] to moje nowe konto"),
    ("account", "typo", "numer umowy [[CONTRACT_NUMBER|UM/2024/88192]] chce rozwiazac"),
    ("account", "foreign", "mam konto w Niemczech [[IBAN|=iban_de_sp]]"),
    ("account", "inline", "numer polisy [[POLICY_NUMBER|PZU-7781029384]] nadal pobierają składki"),
    ("phone", "inline", "mój numer telefonu to [[PHONE_NUMBER|601 228 447]]"),
    ("phone", "intl", "prosze dzwonic na [[PHONE_NUMBER|+48 512 904 331]]"),
    ("phone", "nospace", "tel [[PHONE_NUMBER|698221047]]"),
    ("phone", "before", "[[PHONE_NUMBER|22 448 19 07]] to numer stacjonarny"),
    ("phone", "foreign", "jestem w UK, numer [[PHONE_NUMBER|+44 7400 218 553]]"),
    ("phone", "dashes", "komórka [[PHONE_NUMBER|793-441-208]]"),
    (
        "phone",
        "multi",
        "stacjonarny [[PHONE_NUMBER|(12) 422 81 90]] komórkowy [[PHONE_NUMBER|505 118 224]]",
    ),
    ("clean", "order", "zamówienie nr 2291044817 nadal nie wysłane"),
    ("clean", "tracking", "paczka InPost 612345678901234567891234 utknęła w sortowni"),
    ("clean", "price", "pobrano 149,99 zł zamiast 129,99 zł"),
    ("clean", "date", "dostawa miała być 11.12.2026 między 9 a 15"),
    ("clean", "hotline", "dzwoniłem na infolinię 801 300 800 i kazali pisać tutaj"),
    ("clean", "error", "błąd 0x800f081f przy aktualizacji"),
    ("clean", "version", "po aktualizacji do 9.0.4 aplikacja się zawiesza"),
    ("clean", "model", "czy Samsung Galaxy A54 5G obsługuje eSIM?"),
    ("clean", "ticket", "zgłoszenie nr 2026/118/44 zamknięte bez odpowiedzi"),
    ("clean", "caps", "Dziękuję Bardzo Za Pomoc"),
    ("clean", "public", "Czy koncert Dawida Podsiadło na Stadionie Narodowym jest przełożony?"),
    ("clean", "namelike", "Mam Orange i Plusa, który lepszy do roamingu?"),
    ("clean", "amount", "przelew 2 500,00 PLN nadal w realizacji"),
    ("clean", "product", "kod produktu 5901234123457 niedostępny?"),
    ("clean", "time", "kurier miał być o 10:00, jest 14:30"),
    ("clean", "brand", "czy BLIK działa w Allegro Pay?"),
    ("clean", "place", "czy sklep w Galerii Mokotów jest otwarty w niedzielę?"),
    ("clean", "code", "kod rabatowy ZIMA20 nie działa"),
]

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
SHORT = {"credential": "cred", "id": "id", "account": "acct", "phone": "phone", "clean": "clean"}


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for lang, templates in LANG_ROWS.items():
        counts: dict[str, int] = {}
        for category, kind, template in templates:
            counts[category] = counts.get(category, 0) + 1
            text, spans = render(template)
            for span in spans:
                assert isinstance(span["start"], int) and isinstance(span["end"], int)
            rows.append(
                probe_templates.row(
                    "p11", lang, SHORT[category], counts[category], category, kind, text,
                    spans,
                )
            )
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
