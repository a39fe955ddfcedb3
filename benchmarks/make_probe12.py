# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v12.jsonl`, the twelfth chat breadth probe.

Written blind (its author did not read the detection rules, their tests or the texts of
the earlier probes) and committed before any detector ran on it. 350 support-chat
messages, 50 in each of seven languages (en, de, fr, es, it, nl, pl): per language 9
credentials, 9 national/personal IDs, 7 accounts, 7 phone numbers and 18 clean
look-alikes, in the row format `bench_chat_breadth.py --set probe12` reads:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.

Templates mark each personal value as `[[LABEL|value]]`; `value` is written literally, or
`=name` draws it from a seeded generator (the value makers of `make_probe11.py`, reseeded
here, plus the new ones below), so IDs with a check digit are valid: each is checked with
python-stdnum, or computed with the published algorithm where stdnum has none. Phone
numbers are `=ph:REGION:KIND:SOURCE:PATTERN`: a random number of that region and kind
(mobile or landline) that `phonenumbers` accepts as valid, written into PATTERN, whose
`#`s take the national digits (SOURCE `n`, trunk prefix included) or the international
ones (SOURCE `i`, country code included) in order; everything else is literal.

    python benchmarks/make_probe12.py            # writes the data file
    python benchmarks/make_probe12.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import ean, luhn
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.es import ccc as es_ccc
from stdnum.gb import nhs, utr
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_probe11 as p11  # the value makers and check-digit helpers of the 11th probe
import probe_templates
from probe_values import until

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v12.jsonl"
SEED = 20261212
rng = p11.rng  # one stream for the value makers of both probes, reseeded in build()
digits, alnum = p11.digits, p11.alnum
UP = string.ascii_uppercase


# ---- IDs --------------------------------------------------------------------------------


def spaced(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, pos = [], 0
    for size in sizes:
        parts.append(value[pos : pos + size])
        pos += size
    assert pos == len(value), (value, sizes)
    return sep.join(parts)


def us_ssn_plain() -> str:
    value = p11.us_ssn().replace("-", "")
    assert ssn.is_valid(value)
    return value


def us_passport() -> str:
    return digits(9)


def us_mbi() -> str:
    """Medicare Beneficiary Identifier: 11 characters, no S L O I B Z, no check digit."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    both = letters + string.digits
    shape = [
        "123456789",
        letters,
        both,
        string.digits,
        letters,
        both,
        string.digits,
        letters,
        letters,
        string.digits,
        string.digits,
    ]
    raw = "".join(rng.choice(pool) for pool in shape)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def uk_nino_spaced_lower() -> str:
    v = p11.uk_nino()
    return spaced(v, (2, 2, 2, 2, 1)).lower()


def uk_nhs_plain() -> str:
    value = p11.uk_nhs().replace(" ", "")
    assert nhs.is_valid(value)
    return value


def uk_utr_spaced() -> str:
    value = p11.uk_utr()
    assert utr.is_valid(value)
    return spaced(value, (5, 5))


def uk_driving_licence() -> str:
    """DVLA number: surname (5, padded with 9), decade, month, day, year, initials, 9, 2 letters."""
    surname = rng.choice(["SMITH", "PATEL", "OBRIE", "WALSH", "HUGHE", "KHAN9", "LEE99"])
    year = rng.randint(55, 99)
    month = rng.randint(1, 12) + rng.choice([0, 50])
    day = rng.randint(1, 28)
    initials = rng.choice(UP) + rng.choice(UP + "9")
    return f"{surname}{year // 10}{month:02d}{day:02d}{year % 10}{initials}9" + alnum(2, UP)


def de_idnr_grouped() -> str:
    return spaced(p11.de_idnr(), (2, 3, 3, 3))


def de_kvnr_lower() -> str:
    return p11.de_kvnr().lower()


def de_rvnr_spaced() -> str:
    v = p11.de_rvnr()
    return spaced(v, (2, 6, 1, 3))


def de_fuehrerschein() -> str:
    """German driving licence: authority (4), serial (5), check digit (weights 9..1, mod 11, 10 = X), 1."""
    alphabet = string.digits + UP
    body = rng.choice(UP) + digits(3, False) + alnum(5, UP + string.digits)
    values = [alphabet.index(c) for c in body]
    check = sum(v * w for v, w in zip(values, range(9, 0, -1), strict=True)) % 11
    return body + ("X" if check == 10 else str(check)) + rng.choice(string.digits)


def at_svnr() -> str:
    """Austrian social insurance number: serial (3), check digit, birth date DDMMYY."""

    def make() -> str:
        serial = digits(3)
        born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
        return serial + at_vnr.calc_check_digit(serial + "0" + born) + born

    value = until(make, at_vnr.is_valid)
    return f"{value[:4]} {value[4:]}"


def ch_ahv() -> str:
    def make() -> str:
        base = "756" + digits(9, False)
        return base + ean.calc_check_digit(base)

    return ch_ssn.format(until(make, ch_ssn.is_valid))


def fr_nif_spaced() -> str:
    return spaced(p11.fr_spi(), (2, 2, 3, 3, 3))


def fr_permis() -> str:
    """Old French licence number: year, month, department, serial (12 digits)."""
    return f"{rng.randint(80, 99)}{rng.randint(1, 12):02d}{rng.choice(['75', '69', '13', '31', '33'])}{digits(6, False)}"


def es_dni_dashed() -> str:
    v = p11.es_dni()
    return f"{v[:8]}-{v[8]}"


def es_nie_lower() -> str:
    return p11.es_nie().lower()


def es_passport() -> str:
    return alnum(3, UP) + digits(6, False)


def es_cip() -> str:
    return alnum(4, UP) + digits(10, False)


def pt_nif_value() -> str:
    base = rng.choice("123") + digits(7, False)
    value = base + pt_nif.calc_check_digit(base)
    assert pt_nif.is_valid(value)
    return value


def it_cf_lower() -> str:
    return p11.it_cf().lower()


def it_cf_spaced() -> str:
    return spaced(p11.it_cf(), (3, 3, 5, 5))


def it_tessera() -> str:
    """Tessera sanitaria (TEAM) card number: 80380, 14 digits, Luhn check digit."""
    base = "80380" + digits(14, False)
    return base + luhn.calc_check_digit(base)


def it_passport() -> str:
    return alnum(2, UP) + digits(7, False)


def it_patente() -> str:
    return rng.choice(["MI", "RM", "TO", "NA", "U1"]) + digits(7, False) + rng.choice(UP)


def nl_bsn_dotted() -> str:
    return spaced(p11.nl_bsn(), (4, 2, 3), ".")


def nl_rijbewijs() -> str:
    return digits(10)


def pl_dowod_lower_spaced() -> str:
    v = p11.pl_dowod()
    return f"{v[:3]} {v[3:]}".lower()


def pl_prawo_jazdy() -> str:
    return f"{digits(5, False)}/{rng.randint(5, 24):02d}/{digits(4, False)}"


def pl_ekuz() -> str:
    return "80616" + digits(15, False)


def pesel_typo_spaced() -> str:
    v = p11.pl_pesel()
    return spaced(v, (6, 5))


# ---- accounts -----------------------------------------------------------------------------


def uk_sort_code() -> str:
    return f"{rng.randint(10, 99)}-{digits(2, False)}-{digits(2, False)}"


def us_account() -> str:
    return digits(rng.choice([10, 11, 12]))


def de_konto() -> str:
    return digits(rng.choice([7, 8, 10]))


def de_blz_spaced() -> str:
    return f"{rng.choice(['100', '200', '370', '500', '600', '700'])} {digits(3, False)} {digits(2, False)}"


def fr_rib() -> str:
    """RIB: bank (5), branch (5), account (11), key = 97 - (89 b + 15 g + 3 c) mod 97."""
    bank, branch, account = digits(5), digits(5, False), digits(11, False)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank} {branch} {account} {key:02d}"


def es_ccc_value(sep: bool) -> str:
    bank, branch, account = digits(4), digits(4, False), digits(10, False)
    number = bank + branch + "00" + account
    check = es_ccc.calc_check_digits(number)
    value = bank + branch + check + account
    assert es_ccc.is_valid(value)
    return es_ccc.format(value) if sep else value


def it_conto() -> str:
    return "0000" + digits(8)


def nl_old_account() -> str:
    """Pre-IBAN Dutch bank account: 9 digits passing the 11-test."""

    def eleven(v: str) -> bool:
        return sum(int(c) * w for c, w in zip(v, range(9, 0, -1), strict=True)) % 11 == 0

    return until(lambda: digits(9), eleven)


def pl_nrb_raw() -> str:
    return p11.iban("PL")[2:]


# ---- credentials --------------------------------------------------------------------------


def jwt() -> str:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = "eyJ" + alnum(rng.randint(40, 60), string.ascii_letters + string.digits)
    sig = alnum(43, string.ascii_letters + string.digits + "-_")
    return f"{head}.{body}.{sig}"


def ean13() -> str:
    base = rng.choice(["400", "401", "500", "590", "800", "871", "841", "301"]) + digits(9, False)
    return base + ean.calc_check_digit(base)


GEN: dict[str, Callable[[], str]] = {
    **p11.GEN,
    "ssn_plain": us_ssn_plain,
    "us_pass": us_passport,
    "mbi": us_mbi,
    "nino_sp_lower": uk_nino_spaced_lower,
    "nhs_plain": uk_nhs_plain,
    "utr_sp": uk_utr_spaced,
    "uk_dl": uk_driving_licence,
    "idnr_grp": de_idnr_grouped,
    "kvnr_lower": de_kvnr_lower,
    "rvnr_sp": de_rvnr_spaced,
    "de_fs": de_fuehrerschein,
    "at_svnr": at_svnr,
    "ch_ahv": ch_ahv,
    "spi_sp": fr_nif_spaced,
    "fr_permis": fr_permis,
    "dni_dash": es_dni_dashed,
    "nie_lower": es_nie_lower,
    "es_pass": es_passport,
    "cip": es_cip,
    "pt_nif": pt_nif_value,
    "cf_lower": it_cf_lower,
    "cf_sp": it_cf_spaced,
    "ts": it_tessera,
    "it_pass": it_passport,
    "patente": it_patente,
    "bsn_dots": nl_bsn_dotted,
    "nl_rb": nl_rijbewijs,
    "dowod_low": pl_dowod_lower_spaced,
    "pl_pj": pl_prawo_jazdy,
    "ekuz": pl_ekuz,
    "pesel_sp": pesel_typo_spaced,
    "sortcode": uk_sort_code,
    "sortcode_plain": lambda: uk_sort_code().replace("-", ""),
    "acct8": lambda: digits(8),
    "acct_us": us_account,
    "de_kto": de_konto,
    "de_blz": de_blz_spaced,
    "fr_rib": fr_rib,
    "fr_compte": lambda: digits(11, False),
    "es_ccc": lambda: es_ccc_value(True),
    "es_ccc_raw": lambda: es_ccc_value(False),
    "it_conto": it_conto,
    "it_abi": lambda: digits(5, False),
    "it_cab": lambda: digits(5, False),
    "nl_old": nl_old_account,
    "nrb_raw": pl_nrb_raw,
    "jwt": jwt,
    "sk_ant": lambda: (
        "sk-ant-api03-" + alnum(93, string.ascii_letters + string.digits + "-_") + "AA"
    ),
    "hf": lambda: "hf_" + alnum(34, string.ascii_letters),
    "sg": lambda: (
        "SG."
        + alnum(22, string.ascii_letters + string.digits + "-_")
        + "."
        + alnum(43, string.ascii_letters + string.digits + "-_")
    ),
    "npm": lambda: "npm_" + alnum(36),
    "ghpat": lambda: "github_pat_11" + alnum(20, UP + string.digits) + "_" + alnum(59),
    "ean": ean13,
}


# ---- phone numbers ------------------------------------------------------------------------

# (region, kind) -> (national number prefixes, national significant number length)
PHONE_PLANS: dict[tuple[str, str], tuple[list[str], int]] = {
    ("GB", "mob"): (["74", "75", "77", "78", "79"], 10),
    ("GB", "land"): (["20"], 10),
    ("GB", "land3"): (["161", "131", "113"], 10),
    ("US", "land"): (["312", "415", "617", "206", "512", "718"], 10),
    ("DE", "mob"): (["151", "152", "157", "176", "179"], 11),
    ("DE", "land"): (["30", "40", "89"], 10),
    ("DE", "land3"): (["221", "211", "711"], 10),
    ("FR", "mob"): (["6", "7"], 9),
    ("FR", "land"): (["1", "4", "5"], 9),
    ("ES", "mob"): (["6", "71", "72"], 9),
    ("ES", "land"): (["91", "93", "96"], 9),
    ("IT", "mob"): (["320", "328", "333", "338", "347", "349", "366", "392"], 10),
    ("IT", "land"): (["06", "02"], 10),
    ("NL", "mob"): (["61", "62", "63", "64", "65"], 9),
    ("NL", "land"): (["20", "10", "30", "70"], 9),
    ("PL", "mob"): (["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9),
    ("PL", "land"): (["22", "12", "61", "71"], 9),
    ("BE", "mob"): (["47", "48", "49"], 9),
    ("CH", "mob"): (["76", "78", "79"], 9),
    ("AT", "mob"): (["664", "676", "699"], 10),
}
TRUNK = {"GB": "0", "DE": "0", "FR": "0", "NL": "0", "BE": "0", "CH": "0", "AT": "0"}


def phone(region: str, kind: str, source: str, pattern: str) -> str:
    prefixes, length = PHONE_PLANS[(region, kind)]

    def make() -> str:
        head = rng.choice(prefixes)
        tail = "".join(rng.choice(string.digits) for _ in range(length - len(head)))
        return head + tail

    def valid(nsn: str) -> bool:
        code = phonenumbers.country_code_for_region(region)
        number = phonenumbers.parse(f"+{code}{nsn}")
        return phonenumbers.is_valid_number_for_region(number, region)

    nsn = until(make, valid)
    if source == "n":
        feed = TRUNK.get(region, "") + nsn
    else:
        feed = str(phonenumbers.country_code_for_region(region)) + nsn
    assert pattern.count("#") == len(feed), (pattern, feed)
    chars = iter(feed)
    return "".join(next(chars) if c == "#" else c for c in pattern)


def draw(spec: str) -> str:
    if spec.startswith("ph:"):
        _, region, kind, source, pattern = spec.split(":", 4)
        return phone(region, kind, source, pattern)
    return GEN[spec]()


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, draw)


# (category, kind, template). Kinds for personal data: inline (value after its word),
# colon, before (value before its word), quoted, multi (several values), typo (misspelt or
# unaccented word), lower (value or word in lowercase), plain (no word naming the value),
# switch (mixed languages), grouped (value written in groups); phones: national, intl,
# odd (unusual separators). Clean kinds name the look-alike family.
Row = tuple[str, str, str]

EN: list[Row] = [
    (
        "credential",
        "inline",
        "hey, locked out again. my password is [[PASSWORD|Tr0ub4dor&3x]] and it keeps saying invalid credentials",
    ),
    (
        "credential",
        "before",
        "[[PASSWORD|Blue-Otter-77]] is literally my password, why wont it take it",
    ),
    (
        "credential",
        "multi",
        "user: [[USERNAME|jdelaney84]] / pw: [[PASSWORD|Kx9#mLp2vQ]] - can you see why its blocked?",
    ),
    (
        "credential",
        "lower",
        "the card pin is [[PIN|4827]], typed it 3 times and now the atm ate it",
    ),
    (
        "credential",
        "inline",
        "expiry 09/28 and the 3 numbers on the back are [[CVV|719]], payment still fails",
    ),
    (
        "credential",
        "grouped",
        "got the text code [[OTP|583 204]] but the app says its expired already",
    ),
    (
        "credential",
        "multi",
        "tried my backup codes [[BACKUP_CODE|8153-2290]] and [[BACKUP_CODE|6671-0438]] and both got rejected",
    ),
    (
        "credential",
        "inline",
        "we rotated keys this morning, new one is [[API_KEY|=sk_ant]] - pls whitelist it on your side",
    ),
    (
        "credential",
        "typo",
        "security qestion is mothers maiden name, answer is [[SECURITY_ANSWER|Okonkwo]]",
    ),
    ("id", "typo", "my socail security # is [[US_SSN|=ssn_plain]] for the refund form"),
    ("id", "lower", "ni number [[UK_NINO|=nino_sp_lower]] - payroll says it doesnt match"),
    ("id", "before", "[[UK_NHS|=nhs_plain]] thats my nhs no, the gp surgery asked for it"),
    ("id", "colon", "Passport No.: [[PASSPORT|=us_pass]] (expires next spring)"),
    (
        "id",
        "inline",
        "renewing online, driving licence number [[DRIVER_LICENSE|=uk_dl]] is not recognised",
    ),
    ("id", "inline", "for the claim my medicare id is [[HEALTH_CARD|=mbi]]"),
    ("id", "inline", "I don't have an SSN yet, I file with ITIN [[US_ITIN|=itin]]"),
    (
        "id",
        "colon",
        "patient no: [[MEMBER_ID|PT-00482913]] - still waiting on my blood test results",
    ),
    ("id", "multi", "for hmrc: utr [[UK_UTR|=utr_sp]], national insurance [[UK_NINO|=nino]]"),
    (
        "account",
        "multi",
        "refund to sort code [[UK_SORT_CODE|=sortcode]] account [[BANK_ACCOUNT|=acct8]] please",
    ),
    (
        "account",
        "multi",
        "direct deposit: routing [[US_ROUTING|=rtn]], checking acct [[BANK_ACCOUNT|=acct_us]]",
    ),
    (
        "account",
        "before",
        "[[BANK_ACCOUNT|=acct8]] is my account no, sort code [[UK_SORT_CODE|=sortcode_plain]]",
    ),
    (
        "account",
        "inline",
        "the customer number under my name is [[CUSTOMER_NUMBER|CUS-7781-2043]], pls update my address",
    ),
    (
        "account",
        "inline",
        "my home insurance policy [[POLICY_NUMBER|HMP/4471923/01]] renews next week, want to cancel",
    ),
    (
        "account",
        "colon",
        "Contract ref: [[CONTRACT_NUMBER|MC-2291-88410]] - I moved out and want to end it",
    ),
    ("account", "typo", "acount no [[BANK_ACCOUNT|=acct_us]] at chase, the transfer bounced"),
    (
        "phone",
        "national",
        "call me on [[PHONE_NUMBER|=ph:GB:mob:n:##### ######]] if anything changes",
    ),
    ("phone", "national", "my cell is [[PHONE_NUMBER|=ph:US:land:n:(###) ###-####]], text is fine"),
    ("phone", "intl", "reach me at [[PHONE_NUMBER|=ph:GB:mob:i:+## #### ######]] after 6"),
    (
        "phone",
        "odd",
        "[[PHONE_NUMBER|=ph:US:land:n:###.###.####]] is my mobile now, old one is dead",
    ),
    (
        "phone",
        "odd",
        "landline is [[PHONE_NUMBER|=ph:GB:land:i:00 ## ## #### ####]] but I'm rarely home",
    ),
    ("phone", "intl", "whatsapp [[PHONE_NUMBER|=ph:US:land:i:+#-###-###-####]]"),
    (
        "phone",
        "multi",
        "home [[PHONE_NUMBER|=ph:GB:land3:n:#### ### ####]] or mobile [[PHONE_NUMBER|=ph:GB:mob:n:#####-######]]",
    ),
    ("clean", "order", "order #114-3941689-8772232 still hasnt shipped, its been 9 days"),
    ("clean", "tracking", "ups tracking 1Z999AA10123456784 shows delivered but nothing here"),
    ("clean", "price", "why was I charged $1,249.99 instead of $1,149.99?"),
    ("clean", "version", "after updating to 17.4.1 the app crashes on launch, build 21E236"),
    ("clean", "error", "getting error 0x80070005 when installing the update"),
    ("clean", "hotline", "i called your support line 1-800-275-2273 and waited 40 minutes"),
    ("clean", "ticket", "any update on ticket INC0048213? its been a week"),
    ("clean", "model", "is the charger compatible with the SM-S918B or only the S23?"),
    ("clean", "date", "my subscription renewed on 03/14/2026 but i cancelled on 02/28"),
    ("clean", "amount", "refund of 384.20 was promised, account still shows 0.00"),
    ("clean", "time", "delivery window says 14:00-18:00, can it be 09:30 instead?"),
    ("clean", "product", "the barcode on the box is [[EAN|=ean]], is that the right item?"),
    ("clean", "brand", "does Vodafone or Three have better roaming in Spain?"),
    ("clean", "public", "saw Taylor Swift tickets advertised in your app, are they legit?"),
    ("clean", "place", "do you deliver to Milton Keynes or only inside London?"),
    ("clean", "word", "the forgot password link goes to a 404 page"),
    ("clean", "word", "2fa screen says enter the 6-digit code but no sms ever arrives"),
    ("clean", "code", "promo code SPRING25 doesnt apply at checkout"),
]

DE: list[Row] = [
    (
        "credential",
        "inline",
        "Hallo, mein Passwort lautet [[PASSWORD|Sommer2024!!]] und trotzdem komm ich nicht rein",
    ),
    ("credential", "plain", "hab jetzt [[PASSWORD|Kaffee&Kuchen_7]] eingegeben, geht wieder nicht"),
    (
        "credential",
        "multi",
        "Benutzername [[USERNAME|mueller.k82]], Kennwort [[PASSWORD|xT7!pq0Lz]] - bitte entsperren",
    ),
    (
        "credential",
        "lower",
        "meine pin fuer die ec karte: [[PIN|2739]], karte wurde trotzdem gesperrt",
    ),
    ("credential", "inline", "die Kartenprüfnummer hinten drauf ist [[CVV|408]]"),
    (
        "credential",
        "inline",
        "hab die SMS-TAN [[OTP|731905]] bekommen, aber das Portal nimmt sie nicht",
    ),
    ("credential", "grouped", "Bestätigungscode aus der Authenticator-App: [[OTP|448 120]]"),
    (
        "credential",
        "inline",
        "unser API-Schlüssel [[API_KEY|=hf]] ist evtl. geleakt, bitte sofort sperren",
    ),
    (
        "credential",
        "colon",
        "Sicherheitsfrage (Name des ersten Haustiers): [[SECURITY_ANSWER|Flocke]]",
    ),
    ("id", "grouped", "Steuer-ID [[DE_TAX_ID|=idnr_grp]] steht doch auf dem Bescheid"),
    (
        "id",
        "before",
        "[[DE_TAX_ID|=idnr]] ist meine Steueridentifikationsnummer, bitte korrigieren",
    ),
    (
        "id",
        "typo",
        "Rentenversicherungsnumer [[DE_SVNR|=rvnr_sp]], brauche den Versicherungsverlauf",
    ),
    ("id", "lower", "versichertennummer [[DE_KVNR|=kvnr_lower]] (tk), die karte kam nie an"),
    ("id", "colon", "Ausweisnummer: [[ID_CARD|=perso]]"),
    ("id", "typo", "reisepassnr [[PASSPORT|=depass]] gilt noch bis 2029"),
    (
        "id",
        "inline",
        "meine Führerscheinnummer ist [[DRIVER_LICENSE|=de_fs]], Mietwagen wird nicht freigegeben",
    ),
    (
        "id",
        "inline",
        "Patienten-Nr. [[MEMBER_ID|P-2023-118734]], ich brauche den Befund vom Montag",
    ),
    (
        "id",
        "switch",
        "wohne in Wien, Sozialversicherungsnummer [[AT_SVNR|=at_svnr]], AHV aus der Schweiz war [[CH_AHV|=ch_ahv]]",
    ),
    (
        "account",
        "multi",
        "Kontonummer [[BANK_ACCOUNT|=de_kto]] BLZ [[BANK_CODE|=de_blz]], bitte dahin erstatten",
    ),
    (
        "account",
        "before",
        "[[BANK_ACCOUNT|=de_kto]] ist mein Konto bei der Sparkasse, das alte ist zu",
    ),
    (
        "account",
        "inline",
        "die Kundennummer [[CUSTOMER_NUMBER|K-40918273]] lautet auf mich, nicht auf meinen Ex",
    ),
    ("account", "colon", "Vertragsnr.: [[CONTRACT_NUMBER|VT 2210 4471 9]] - Kündigung zum 31.12."),
    ("account", "inline", "Versicherungsscheinnummer [[POLICY_NUMBER|HV-88.123.004]] (Hausrat)"),
    ("account", "lower", "kontonr [[BANK_ACCOUNT|=de_kto]], bitte lastschrift stoppen"),
    ("account", "inline", "meine ADAC Mitgliedsnummer ist [[MEMBER_ID|279 448 103]]"),
    ("phone", "national", "Handy: [[PHONE_NUMBER|=ph:DE:mob:n:#### ########]]"),
    ("phone", "odd", "Festnetz [[PHONE_NUMBER|=ph:DE:land:n:###/########]], tagsüber erreichbar"),
    (
        "phone",
        "intl",
        "ruft mich bitte unter [[PHONE_NUMBER|=ph:DE:mob:i:+## (0)### ########]] zurück",
    ),
    ("phone", "intl", "Nummer [[PHONE_NUMBER|=ph:DE:land:i:00## ## ########]]"),
    ("phone", "odd", "[[PHONE_NUMBER|=ph:DE:mob:n:####-### ## ###]] ist meine neue Nummer"),
    ("phone", "lower", "tel [[PHONE_NUMBER|=ph:DE:land3:n:#### #######]] ab 17 uhr"),
    (
        "phone",
        "intl",
        "bin in Österreich erreichbar: [[PHONE_NUMBER|=ph:AT:mob:i:+## ### #######]]",
    ),
    ("clean", "order", "Bestellnummer 302-4410987-2231004 ist immer noch nicht verschickt"),
    ("clean", "tracking", "DHL Sendungsnummer JJD000390007791234567 zeigt seit Tagen nichts"),
    ("clean", "price", "Warum kostet das jetzt 19,99 € statt 14,99 €?"),
    ("clean", "version", "seit dem Update auf Version 5.12.3 stürzt die App ab"),
    ("clean", "error", "beim Bezahlen kommt Fehlercode E-2041"),
    ("clean", "hotline", "ich hab bei eurer Hotline 0800 330 1000 angerufen, keiner geht ran"),
    ("clean", "ticket", "Ticketnummer #58213 - gibt's was Neues?"),
    ("clean", "model", "passt das Netzteil zum Modell KD-55X85L?"),
    ("clean", "date", "Lieferung war für den 12.03.2026 angekündigt"),
    ("clean", "amount", "mir wurden 2.450,00 EUR abgebucht statt 245,00"),
    ("clean", "time", "Termin um 14:30 oder lieber um 9 Uhr?"),
    ("clean", "product", "Artikelnummer [[EAN|=ean]] ist ausverkauft?"),
    ("clean", "brand", "ist das Gerät von Bosch oder von Siemens?"),
    ("clean", "public", "gibt es noch Karten für das Helene Fischer Konzert?"),
    ("clean", "place", "liefert ihr auch nach Garmisch-Partenkirchen?"),
    ("clean", "word", "wo kann ich mein passwort ändern? der link geht nicht"),
    ("clean", "word", "was ist eine TAN und wo bekomme ich die her?"),
    ("clean", "code", "Gutscheincode HERBST15 wird nicht angenommen"),
]

FR: list[Row] = [
    (
        "credential",
        "inline",
        "mon mot de passe c'est [[PASSWORD|Chaton#2019]] et ça bloque quand même",
    ),
    ("credential", "typo", "mot de pase: [[PASSWORD|azerty123!]] je l'ai changé hier"),
    ("credential", "multi", "identifiant [[USERNAME|claire.dbois]] mdp [[PASSWORD|Lune_bleue44]]"),
    (
        "credential",
        "lower",
        "le code pin de ma carte est [[PIN|5093]], elle est bloquée depuis ce matin",
    ),
    ("credential", "inline", "le cryptogramme au dos c'est [[CVV|226]]"),
    ("credential", "grouped", "le code reçu par sms [[OTP|804 117]] ne marche pas"),
    (
        "credential",
        "multi",
        "codes de secours: [[BACKUP_CODE|7240 1189]], [[BACKUP_CODE|3356 9021]]",
    ),
    ("credential", "typo", "cle api de prod [[API_KEY|=sg]] a revoquer svp"),
    ("credential", "colon", "nom de jeune fille de ma mère : [[SECURITY_ANSWER|Lefebvre]]"),
    ("id", "grouped", "numéro de sécu [[FR_NIR|=nir_sp]]"),
    ("id", "before", "[[FR_NIR|=nir]] c'est mon numero de securite sociale"),
    ("id", "colon", "n° carte vitale: [[FR_NIR|=nir]]"),
    ("id", "grouped", "mon numéro fiscal [[FR_NIF|=spi_sp]] n'est pas reconnu sur impots.gouv"),
    ("id", "typo", "carte d'identite n° [[ID_CARD|=frci]]"),
    ("id", "inline", "mon passeport [[PASSPORT|=frpass]] expire en mars"),
    ("id", "inline", "numéro de permis [[DRIVER_LICENSE|=fr_permis]], la location refuse"),
    (
        "id",
        "inline",
        "numéro d'adhérent mutuelle [[MEMBER_ID|MGN 0044719823]], remboursement pas reçu",
    ),
    ("id", "switch", "je suis belge, mon numéro national est [[BE_NN|=benn]]"),
    ("account", "colon", "RIB : [[BANK_ACCOUNT|=fr_rib]]"),
    ("account", "inline", "mon n° de compte [[BANK_ACCOUNT|=fr_compte]] à la banque postale"),
    (
        "account",
        "inline",
        "mon numéro client EDF [[CUSTOMER_NUMBER|6 004 217 385]], c'est à mon nom",
    ),
    ("account", "inline", "contrat n° [[CONTRACT_NUMBER|CT-09-5518342]], je veux résilier"),
    ("account", "inline", "numéro de police [[POLICY_NUMBER|AX 1774 02219]] pour le sinistre"),
    ("account", "before", "[[BANK_ACCOUNT|=fr_compte]] c'est mon compte, pas celui de mon frere"),
    ("account", "inline", "numéro de sociétaire [[MEMBER_ID|00 4471 9920]] au crédit mutuel"),
    ("phone", "national", "mon portable [[PHONE_NUMBER|=ph:FR:mob:n:## ## ## ## ##]]"),
    ("phone", "odd", "rappelez moi au [[PHONE_NUMBER|=ph:FR:mob:n:##.##.##.##.##]] svp"),
    ("phone", "intl", "joignable au [[PHONE_NUMBER|=ph:FR:mob:i:+## # ## ## ## ##]]"),
    ("phone", "odd", "fixe [[PHONE_NUMBER|=ph:FR:land:i:+## (0)# ## ## ## ##]]"),
    ("phone", "plain", "[[PHONE_NUMBER|=ph:FR:mob:n:##########]] c mon num"),
    ("phone", "national", "mon gsm belge [[PHONE_NUMBER|=ph:BE:mob:n:#### ## ## ##]]"),
    ("phone", "intl", "en Suisse au [[PHONE_NUMBER|=ph:CH:mob:i:+## ## ### ## ##]]"),
    ("clean", "order", "commande n° 4012-8891-22 toujours pas livrée"),
    ("clean", "tracking", "numéro de suivi colissimo 6A12345678901"),
    ("clean", "price", "29,90 € au lieu de 24,90 € c'est pas normal"),
    ("clean", "version", "depuis la version 3.2.1 de l'appli je ne peux plus me connecter"),
    ("clean", "error", "erreur 502 Bad Gateway sur la page de paiement"),
    ("clean", "hotline", "j'ai appelé le service client au 09 69 32 15 15 sans réponse"),
    ("clean", "ticket", "des nouvelles du ticket #FR-20931 ?"),
    ("clean", "model", "l'étui est compatible avec l'iPhone 15 Pro A3102 ?"),
    ("clean", "date", "livraison prévue le 14/07/2026, un jour férié"),
    ("clean", "amount", "on m'a prélevé 1 250,00 € au lieu de 125,00 €"),
    ("clean", "time", "le technicien passe entre 8h et 12h ou à 14h30 ?"),
    ("clean", "product", "référence produit [[EAN|=ean]] en rupture ?"),
    ("clean", "brand", "vous êtes moins cher que Free ou Bouygues ?"),
    ("clean", "public", "le livre de Kylian Mbappé est dispo ?"),
    ("clean", "place", "vous livrez à Clermont-Ferrand ?"),
    ("clean", "word", "mot de passe oublié ne marche pas"),
    ("clean", "word", "c'est quoi le code de vérification qu'on me demande ?"),
    ("clean", "code", "le code promo NOEL10 est refusé"),
]

ES: list[Row] = [
    ("credential", "inline", "mi contraseña es [[PASSWORD|Gato.Negro77]] y no me deja entrar"),
    ("credential", "typo", "contrasena: [[PASSWORD|madrid2024]]"),
    ("credential", "multi", "usuario [[USERNAME|lgarcia_91]] clave [[PASSWORD|P4ssw0rd$ol]]"),
    ("credential", "lower", "el pin de la tarjeta es [[PIN|6612]] y el cajero dice incorrecto"),
    ("credential", "typo", "codigo de seguridad de la tarjeta [[CVV|384]]"),
    ("credential", "grouped", "me llegó el código [[OTP|291 557]] por sms pero caduca enseguida"),
    ("credential", "inline", "la clave de firma que me mandaron es [[OTP|44810932]]"),
    ("credential", "inline", "el token de acceso es [[API_KEY|=jwt]], lo pegué en el header"),
    ("credential", "colon", "respuesta secreta: [[SECURITY_ANSWER|Pancho]] (mi primer perro)"),
    ("id", "inline", "DNI [[ES_DNI|=dni_dash]], titular de la cuenta"),
    ("id", "lower", "mi nie es [[ES_NIE|=nie_lower]]"),
    ("id", "inline", "número de la seguridad social [[ES_NSS|=nss]]"),
    ("id", "before", "[[ES_DNI|=dni]] es mi dni, lo escribí mal en el formulario"),
    ("id", "inline", "pasaporte [[PASSPORT|=es_pass]] caduca en junio"),
    ("id", "inline", "tarjeta sanitaria [[HEALTH_CARD|=cip]], no me dan cita"),
    ("id", "inline", "mi carnet de conducir es el [[DRIVER_LICENSE|=dni]]"),
    ("id", "typo", "n de historia clinica [[MEMBER_ID|HC-3318274]]"),
    ("id", "switch", "vivo en Oporto, mi NIF portugués es [[PT_NIF|=pt_nif]]"),
    ("account", "grouped", "cuenta [[BANK_ACCOUNT|=es_ccc]] para la devolución"),
    ("account", "inline", "número de cuenta [[BANK_ACCOUNT|=es_ccc_raw]]"),
    ("account", "inline", "mi numero de cliente es [[CUSTOMER_NUMBER|CLI0042178863]]"),
    (
        "account",
        "inline",
        "póliza nº [[POLICY_NUMBER|055-1182937-4]] del seguro de hogar a mi nombre",
    ),
    ("account", "inline", "contrato de luz [[CONTRACT_NUMBER|E-33019827]], quiero darme de baja"),
    ("account", "before", "[[BANK_ACCOUNT|=es_ccc]] es mi cuenta en el Santander"),
    ("account", "inline", "socio nº [[MEMBER_ID|118.402]] del club"),
    ("phone", "national", "mi móvil [[PHONE_NUMBER|=ph:ES:mob:n:### ### ###]]"),
    ("phone", "intl", "llámame al [[PHONE_NUMBER|=ph:ES:mob:i:+## ### ## ## ##]]"),
    ("phone", "intl", "fijo [[PHONE_NUMBER|=ph:ES:land:i:00## ## ### ## ##]]"),
    ("phone", "odd", "tel. [[PHONE_NUMBER|=ph:ES:mob:n:###-###-###]]"),
    ("phone", "odd", "mi telefono [[PHONE_NUMBER|=ph:ES:land:n:##.###.##.##]]"),
    ("phone", "before", "[[PHONE_NUMBER|=ph:ES:mob:n:#########]] es mi numero, whatsapp mejor"),
    (
        "phone",
        "multi",
        "fijo [[PHONE_NUMBER|=ph:ES:land:n:### ### ###]] y móvil [[PHONE_NUMBER|=ph:ES:mob:n:### ## ## ##]]",
    ),
    ("clean", "order", "el pedido 405-1234567-7654321 no ha llegado"),
    ("clean", "tracking", "el seguimiento PK43BG0440928880108001K no se actualiza"),
    ("clean", "price", "me cobraron 49,95 € y el precio era 39,95 €"),
    ("clean", "version", "con la versión 2.0.8 no funciona el login"),
    ("clean", "error", "me sale error 403 al entrar"),
    ("clean", "hotline", "llamé al 1004 de Movistar y nadie me ayuda"),
    ("clean", "ticket", "la incidencia INC-77120 sigue abierta"),
    ("clean", "model", "¿vale para el Samsung Galaxy A54 SM-A546B?"),
    ("clean", "date", "la entrega era el 15 de marzo de 2026"),
    ("clean", "amount", "me devolvieron 1.299,00 € pero faltan 50"),
    ("clean", "time", "pasan a las 17:45 o a las 10?"),
    ("clean", "product", "ref. [[EAN|=ean]] no aparece en la web"),
    ("clean", "brand", "¿es mejor Zara o Mango para devoluciones?"),
    ("clean", "public", "¿tenéis la camiseta de Rafa Nadal?"),
    ("clean", "place", "¿enviáis a Alcalá de Henares?"),
    ("clean", "word", "olvidé mi contraseña y el enlace no llega"),
    ("clean", "word", "qué es el código cvv y dónde lo encuentro?"),
    ("clean", "code", "el cupón VERANO20 no funciona"),
]

IT: list[Row] = [
    ("credential", "inline", "la mia password è [[PASSWORD|Pizza4Stagioni!]] ma non entra"),
    ("credential", "typo", "la password e [[PASSWORD|ciaociao99]] (senza accento scusate)"),
    ("credential", "multi", "utente [[USERNAME|marco.rossi77]] pass [[PASSWORD|Rm_1977vespa]]"),
    ("credential", "lower", "il pin del bancomat è [[PIN|30917]], bloccato dopo 3 tentativi"),
    ("credential", "lower", "cvv [[CVV|552]] scadenza 11/27, il pagamento non passa"),
    ("credential", "grouped", "codice OTP [[OTP|660 492]] non valido"),
    ("credential", "colon", "codice di verifica: [[OTP|318044]], non funziona"),
    ("credential", "inline", "la chiave api [[API_KEY|=npm]] va revocata subito"),
    (
        "credential",
        "inline",
        "domanda segreta città natale di mia madre, risposta [[SECURITY_ANSWER|Castellammare]]",
    ),
    ("id", "lower", "codice fiscale [[IT_FISCAL_CODE|=cf_lower]]"),
    ("id", "before", "[[IT_FISCAL_CODE|=cf]] è il mio cf, correggetelo in fattura"),
    ("id", "grouped", "cod. fisc. [[IT_FISCAL_CODE|=cf_sp]]"),
    ("id", "inline", "numero tessera sanitaria [[HEALTH_CARD|=ts]]"),
    ("id", "typo", "carta d'identita [[ID_CARD|=itci]]"),
    ("id", "inline", "passaporto [[PASSPORT|=it_pass]] rinnovato a gennaio"),
    ("id", "inline", "patente n. [[DRIVER_LICENSE|=patente]]"),
    ("id", "inline", "sono freelance, P.IVA [[IT_VAT|=piva]]"),
    ("id", "inline", "numero paziente [[MEMBER_ID|PZ 0093312]] per il referto"),
    (
        "account",
        "multi",
        "conto corrente n. [[BANK_ACCOUNT|=it_conto]] ABI [[BANK_CODE|=it_abi]] CAB [[BANK_CODE|=it_cab]]",
    ),
    ("account", "inline", "il mio numero cliente è [[CUSTOMER_NUMBER|C-7719-2004]]"),
    ("account", "inline", "polizza n° [[POLICY_NUMBER|RCA/0412/558871]] intestata a me"),
    ("account", "inline", "codice contratto [[CONTRACT_NUMBER|TIM-8830271145]]"),
    ("account", "before", "[[BANK_ACCOUNT|=it_conto]] è il mio conto, l'addebito va lì"),
    ("account", "inline", "tessera socio Coop [[MEMBER_ID|2 880031 447102]]"),
    ("account", "inline", "codice cliente Enel [[CUSTOMER_NUMBER|310 228 419]]"),
    ("phone", "national", "cell [[PHONE_NUMBER|=ph:IT:mob:n:### ### ####]]"),
    ("phone", "intl", "chiamatemi al [[PHONE_NUMBER|=ph:IT:mob:i:+## ### #######]]"),
    ("phone", "intl", "fisso [[PHONE_NUMBER|=ph:IT:land:i:00## ## #### ####]]"),
    ("phone", "odd", "tel. [[PHONE_NUMBER|=ph:IT:land:n:##/########]]"),
    ("phone", "odd", "[[PHONE_NUMBER|=ph:IT:mob:n:###.###.##.##]] il mio numero"),
    ("phone", "plain", "[[PHONE_NUMBER|=ph:IT:mob:n:##########]] scrivetemi su whatsapp"),
    ("phone", "national", "fisso di casa [[PHONE_NUMBER|=ph:IT:land:n:## #### ####]]"),
    ("clean", "order", "ordine n. 171-5522331-0098765 mai arrivato"),
    ("clean", "tracking", "spedizione BRT 123456789012 ferma da giorni"),
    ("clean", "price", "pagato € 39,90 ma il prezzo era 29,90"),
    ("clean", "version", "con la versione 4.1.0 non riesco ad accedere"),
    ("clean", "error", "errore 0xc000007b all'avvio"),
    ("clean", "hotline", "ho chiamato il 187 ma nessuno risponde"),
    ("clean", "ticket", "ticket 2026-4471 ancora aperto"),
    ("clean", "model", "ricambi per lavatrice WW90T534DAW?"),
    ("clean", "date", "consegna prevista il 02/06/2026"),
    ("clean", "amount", "mi avete addebitato 1.200 euro invece di 120"),
    ("clean", "time", "il corriere passa alle 18.30?"),
    ("clean", "product", "codice articolo [[EAN|=ean]] non disponibile"),
    ("clean", "brand", "meglio Barilla o De Cecco per il pacco regalo?"),
    ("clean", "public", "avete il libro di Sergio Mattarella?"),
    ("clean", "place", "spedite a Reggio Emilia?"),
    ("clean", "word", "ho dimenticato la password, come la resetto?"),
    ("clean", "word", "dove trovo il codice pin della sim nuova?"),
    ("clean", "code", "codice sconto ESTATE30 non valido"),
]

NL: list[Row] = [
    (
        "credential",
        "inline",
        "mijn wachtwoord is [[PASSWORD|Fiets!Amsterdam9]] maar inloggen lukt niet",
    ),
    ("credential", "colon", "ww: [[PASSWORD|tulp2023]]"),
    (
        "credential",
        "multi",
        "gebruikersnaam [[USERNAME|jvdberg]] en wachtwoord [[PASSWORD|Hagel$lag_12]]",
    ),
    ("credential", "lower", "pincode [[PIN|8351]], pas is nu geblokkeerd"),
    ("credential", "inline", "de beveiligingscode op de achterkant is [[CVV|670]]"),
    (
        "credential",
        "switch",
        "de verification code [[OTP|528391]] werkt niet, al drie keer geprobeerd",
    ),
    ("credential", "multi", "herstelcodes: [[BACKUP_CODE|a8k2-mm4p]] [[BACKUP_CODE|q7zt-3nvx]]"),
    ("credential", "inline", "API-sleutel [[API_KEY|=ghpat]] graag intrekken"),
    ("credential", "colon", "antwoord beveiligingsvraag: [[SECURITY_ANSWER|Pluis]]"),
    ("id", "grouped", "bsn [[NL_BSN|=bsn_dots]]"),
    ("id", "before", "[[NL_BSN|=bsn]] is mijn burgerservicenummer"),
    ("id", "typo", "burgerservicenumer [[NL_BSN|=bsn]]"),
    ("id", "inline", "ID-kaartnummer [[ID_CARD|=nldoc]]"),
    ("id", "colon", "paspoortnummer: [[PASSPORT|=nldoc]]"),
    ("id", "inline", "rijbewijsnummer [[DRIVER_LICENSE|=nl_rb]], de huurauto wordt geweigerd"),
    ("id", "inline", "polisnummer zorgverzekering [[HEALTH_CARD|ZV 4410 2291 8]]"),
    ("id", "typo", "patientnummer [[MEMBER_ID|0081 2273 4]]"),
    ("id", "switch", "woon in Antwerpen, rijksregisternummer [[BE_NN|=benn]]"),
    ("account", "inline", "rekeningnummer [[BANK_ACCOUNT|=nl_old]] (oud nummer, voor IBAN)"),
    ("account", "inline", "klantnummer [[CUSTOMER_NUMBER|KL-2209188]], staat op mijn naam"),
    ("account", "inline", "contractnummer [[CONTRACT_NUMBER|CN 7718 2034]]"),
    (
        "account",
        "inline",
        "polisnummer [[POLICY_NUMBER|INB-0092231-77]] van mijn inboedelverzekering",
    ),
    ("account", "before", "[[BANK_ACCOUNT|=nl_old]] is mijn rekening, niet die van mijn broer"),
    ("account", "inline", "lidnummer [[MEMBER_ID|88 12 003 491]]"),
    ("account", "inline", "debiteurennummer [[CUSTOMER_NUMBER|D0044718]]"),
    ("phone", "odd", "mijn 06 is [[PHONE_NUMBER|=ph:NL:mob:n:##-########]]"),
    ("phone", "intl", "bereikbaar op [[PHONE_NUMBER|=ph:NL:mob:i:+## # #### ####]]"),
    ("phone", "national", "bel me op [[PHONE_NUMBER|=ph:NL:land:n:### ### ####]]"),
    ("phone", "odd", "telefoon [[PHONE_NUMBER|=ph:NL:mob:i:00## (0)# ########]]"),
    ("phone", "national", "[[PHONE_NUMBER|=ph:NL:mob:n:## ## ## ## ##]] is mijn nummer"),
    ("phone", "colon", "tel: [[PHONE_NUMBER|=ph:NL:land:n:###-#######]]"),
    ("phone", "intl", "gsm [[PHONE_NUMBER|=ph:BE:mob:i:+## ### ## ## ##]]"),
    ("clean", "order", "bestelnummer 1002-8831-2049 is nog niet onderweg"),
    ("clean", "tracking", "PostNL track en trace 3SABCD1234567 blijft hangen"),
    ("clean", "price", "waarom € 24,95 in plaats van € 19,95?"),
    ("clean", "version", "sinds versie 8.3.2 crasht de app"),
    ("clean", "error", "foutcode 0x800f0922 bij de update"),
    ("clean", "hotline", "ik heb de klantenservice gebeld op 0800 0402, geen antwoord"),
    ("clean", "ticket", "ticket #77421 staat nog open"),
    ("clean", "model", "past de muurbeugel op de Philips 55OLED808?"),
    ("clean", "date", "bezorging stond gepland op 12-05-2026"),
    ("clean", "amount", "er is € 1.050,- afgeschreven in plaats van € 105,-"),
    ("clean", "time", "komt de monteur om 15:15?"),
    ("clean", "product", "EAN [[EAN|=ean]] is uitverkocht?"),
    ("clean", "brand", "is dat bij Albert Heijn of bij Jumbo goedkoper?"),
    ("clean", "public", "hebben jullie de pet van Max Verstappen?"),
    ("clean", "place", "leveren jullie ook in 's-Hertogenbosch?"),
    ("clean", "word", "wachtwoord vergeten werkt niet"),
    ("clean", "word", "wat is een pincode eigenlijk?"),
    ("clean", "code", "kortingscode ZOMER10 doet het niet"),
]

PL: list[Row] = [
    ("credential", "inline", "moje hasło to [[PASSWORD|Kotek!2020]] a i tak nie działa"),
    ("credential", "typo", "haslo: [[PASSWORD|warszawa123]]"),
    ("credential", "multi", "login [[USERNAME|anowak88]] haslo [[PASSWORD|Zubr_Piwo77]]"),
    ("credential", "lower", "pin do karty [[PIN|4410]], karta zablokowana"),
    ("credential", "inline", "kod cvc [[CVV|915]] z tyłu karty"),
    ("credential", "grouped", "kod sms [[OTP|381 227]] nie przechodzi"),
    ("credential", "grouped", "kod BLIK [[OTP|640 918]] wygasł zanim zdążyłem"),
    ("credential", "switch", "nasz API key [[API_KEY|=stripe]] wyciekł, trzeba go zablokować"),
    ("credential", "colon", "odpowiedź na pytanie pomocnicze: [[SECURITY_ANSWER|Burek]]"),
    ("id", "inline", "PESEL [[PL_PESEL|=pesel]]"),
    ("id", "before", "[[PL_PESEL|=pesel]] to mój pesel"),
    ("id", "typo", "pesl [[PL_PESEL|=pesel_sp]]"),
    ("id", "grouped", "NIP [[PL_NIP|=nip_d]] do faktury"),
    ("id", "lower", "nr dowodu [[ID_CARD|=dowod_low]]"),
    ("id", "inline", "paszport [[PASSPORT|=plpass]] ważny do 2030"),
    ("id", "inline", "nr prawa jazdy [[DRIVER_LICENSE|=pl_pj]]"),
    ("id", "inline", "numer karty EKUZ [[HEALTH_CARD|=ekuz]]"),
    ("id", "inline", "mam działalność, regon [[PL_REGON|=regon]]"),
    ("account", "grouped", "nr konta [[BANK_ACCOUNT|=nrb]] do zwrotu"),
    ("account", "before", "[[BANK_ACCOUNT|=nrb_raw]] to moje konto"),
    ("account", "inline", "numer klienta [[CUSTOMER_NUMBER|KL/2291/0044]]"),
    ("account", "inline", "numer umowy [[CONTRACT_NUMBER|UM-7120-334-2022]]"),
    ("account", "inline", "numer polisy [[POLICY_NUMBER|PZU 9183 3472 01]] na moje nazwisko"),
    ("account", "colon", "nr konta w mBanku: [[BANK_ACCOUNT|=nrb]]"),
    ("account", "inline", "numer karty klubowej [[MEMBER_ID|40 2277 1190]]"),
    ("phone", "national", "mój numer [[PHONE_NUMBER|=ph:PL:mob:n:### ### ###]]"),
    ("phone", "intl", "dzwońcie na [[PHONE_NUMBER|=ph:PL:mob:i:+## ### ### ###]]"),
    ("phone", "intl", "stacjonarny [[PHONE_NUMBER|=ph:PL:land:i:00## ## ### ## ##]]"),
    ("phone", "odd", "tel. [[PHONE_NUMBER|=ph:PL:mob:n:###-###-###]]"),
    ("phone", "lower", "kom. [[PHONE_NUMBER|=ph:PL:mob:n:#########]]"),
    ("phone", "odd", "domowy [[PHONE_NUMBER|=ph:PL:land:n:(##) ### ## ##]]"),
    ("phone", "odd", "telefon [[PHONE_NUMBER|=ph:PL:mob:i:+##.###.###.###]]"),
    ("clean", "order", "zamówienie nr 2026/04/118 nie dotarło"),
    ("clean", "tracking", "przesyłka InPost 602345678901234567890123 stoi w miejscu"),
    ("clean", "price", "zapłaciłem 129,99 zł a cena była 99,99 zł"),
    ("clean", "version", "od wersji 10.2 aplikacja się wiesza"),
    ("clean", "error", "błąd 500 przy płatności"),
    ("clean", "hotline", "dzwoniłem na infolinię 19 115 i nic"),
    ("clean", "ticket", "zgłoszenie #33812 nadal otwarte"),
    ("clean", "model", "czy etui pasuje do Xiaomi Redmi Note 13 23117RA68G?"),
    ("clean", "date", "dostawa miała być 15.08.2026"),
    ("clean", "amount", "pobrano 2 500 zł zamiast 250 zł"),
    ("clean", "time", "kurier będzie o 16:00?"),
    ("clean", "product", "kod produktu [[EAN|=ean]] niedostępny"),
    ("clean", "brand", "taniej w Biedronce czy w Lidlu?"),
    ("clean", "public", "macie koszulkę Roberta Lewandowskiego?"),
    ("clean", "place", "wysyłacie do Bielska-Białej?"),
    ("clean", "word", "nie pamiętam hasła, jak je zresetować?"),
    ("clean", "word", "gdzie wpisać kod BLIK?"),
    ("clean", "code", "kupon WIOSNA15 nie działa"),
]

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
SHORT = {"credential": "cred", "id": "id", "account": "acct", "phone": "phone", "clean": "clean"}
QUOTA = {"credential": 9, "id": 9, "account": 7, "phone": 7, "clean": 18}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    p11.fakers.clear()
    rows: list[dict[str, object]] = []
    for lang, templates in LANG_ROWS.items():
        counts: dict[str, int] = {}
        for category, kind, template in templates:
            counts[category] = counts.get(category, 0) + 1
            text, spans = render(template)
            if category == "clean":
                spans = []  # a clean row's drawn values (EAN codes) are look-alikes, not gold
            rows.append(
                probe_templates.row(
                    "p12", lang, SHORT[category], counts[category], category, kind, text,
                    spans,
                )
            )
        assert counts == QUOTA, (lang, counts)
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
