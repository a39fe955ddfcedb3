"""Build `benchmarks/data/chat_breadth_probe_v17.jsonl`, the seventeenth chat breadth probe:
what people paste into support and developer chats.

Written blind (its author read only `bench_chat_breadth.py`, `probe_templates.py`,
`probe_values.py` and the docstring and argument plumbing of `make_probe16.py`; not the
detection rules, their tests, nor the texts of the earlier probes) and committed before any
detector ran on it. 420 messages, 60 in each of seven languages (en, de, fr, es, it, nl, pl)
of the surrounding words: per language 38 carry personal data and 22 are clean look-alikes.

Personal rows (category `credential`, `account`, `id` or `contact`):
- secrets inside pasted config and commands: `.env` lines, YAML, JSON and INI snippets,
  connection strings (`postgres://app:PASSWORD@host/db`, MongoDB, Redis, AMQP), `curl` with a
  bearer or token header, `git clone https://x-access-token:TOKEN@...`, `docker login -p`,
  basic-auth URLs, `~/.aws/credentials`, `.npmrc`, `.pypirc`, client constructors in code;
- tokens of well-known shapes drawn with valid layouts: GitHub `ghp_` (with its CRC32
  checksum in base62) and `github_pat_`, GitLab `glpat-`, Slack `xoxb-` and incoming-webhook
  URLs, Stripe `sk_live_`/`rk_live_`, AWS `AKIA...` key ids and secret keys, Google `AIza...`,
  OpenAI-like `sk-...T3BlbkFJ...` and `sk-proj-...`, JWTs with a real header and payload, PEM
  private key blocks (PKCS#1, PKCS#8, OpenSSH, EC), npm, PyPI, Twilio (account SID and auth
  token), SendGrid;
- passwords, PINs and one-time codes in everyday phrasing (Wi-Fi password, "my old password
  was", card PIN, code by SMS, BLIK), recovery/backup codes (each code its own span);
- bank details pasted from a banking app: IBAN (with the BIC of the same bank beside it), US
  routing + account number, UK sort code + account number, Polish NRB, Spanish CCC; IBANs
  carry real bank codes and their inner check digits (French RIB key, Italian CIN, Spanish
  CCC digits, Polish bank-branch digit) as well as the IBAN's own;
- e-mail addresses and phone numbers inside log lines, stack traces and webhook payloads;
  national IDs with valid check digits inside log lines and SQL.
Clean rows (category `clean`): configs and commands with placeholders (`<YOUR_API_KEY>`,
`xxxx`, `$TOKEN`, `${{ secrets.X }}`, `changeme` in documentation, `sk-...` truncated,
`****`), git commit SHAs, sha256 checksums, request UUIDs, build and version numbers, docker
image digests, ports, HTTP status lines, error codes, Kubernetes pod names and timestamps,
vendors' published example keys (`AKIAIOSFODNN7EXAMPLE`), stack traces and log lines without
personal values, order, ticket and tracking numbers.

Decisions (a reviewer should check them):
- `user@example.com`, `you@example.com` and other addresses at the reserved example domains
  in documentation snippets are placeholders: clean.
- `user:password@localhost`, `<username>:<password>`, `changeme` and `admin/changeme`
  written as documentation defaults are clean; the AWS documentation's example key pair is
  clean (it is published as an example and ends in EXAMPLE/EXAMPLEKEY).
- In a connection string or credentialled URL only the password (or token) is gold; the
  user part is a service account (`app`, `x-access-token`, `oauth2`), never a person.
- A BIC, a UK sort code and a US routing number identify a bank or branch, not a person:
  not gold; the IBAN / account number beside them is. An AWS access key id and a Twilio
  account SID are gold (each is the user half of an access-key pair).
- Private IP addresses (10.x, 192.168.x, 127.0.0.1), hosts, ports and Twilio's magic test
  number `+15005550006` in a personal row are not gold.

Row format as `bench_chat_breadth.py --set probe17` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`; `kind`
names the snippet family or everyday phrasing (personal rows) or the look-alike family
(clean rows). Gold spans: the secret or value exactly as written (a password without its
quotes; a connection string's password only; a JWT whole; a PEM block from its BEGIN line
to its END line inclusive; an e-mail or phone number as written). Every personal value in a
message is gold; the message counts as found only when all are covered.

Templates mark each personal value as `[[LABEL|=spec]]` (`probe_templates.render`), drawn
from seeded generators (`draw` lists the specs); `{{name}}` fills a non-personal value
(hash, UUID, build number, tracking number) before rendering, and `@L` stands for the row's
language. The code snippets are shared by the seven languages (a developer pastes the same
`.env` in any language); the words around them, the everyday phrasings and the values are
each language's own.

    python benchmarks/make_probe17.py            # writes the data file
    python benchmarks/make_probe17.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
import string
import sys
from functools import partial
from pathlib import Path

import probe_templates
import probe_values
from stdnum import iban

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v17.jsonl"
SEED = 20261217
# This probe's own stream; probe_values.rng draws the phones and IDs it takes from there.
rng = random.Random(SEED)
pick = partial(probe_values.pick, source=rng)
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
B62 = DIG + UP + LOW
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
HEX = "0123456789abcdef"
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# --- tokens -----------------------------------------------------------------------------


def base62(number: int, width: int) -> str:
    out = ""
    while number:
        number, rest = divmod(number, 62)
        out = B62[rest] + out
    return out.rjust(width, "0")


def ghp() -> str:
    """GitHub classic token: 30 random base62 characters and their CRC32 in six base62."""
    body = pick(B62, 30)
    return "ghp_" + body + base62(binascii.crc32(body.encode()), 6)


def ghpat() -> str:
    return "github_pat_11" + pick(UP + DIG, 20) + "_" + pick(B62, 59)


def openai(style: str = "") -> str:
    if style == "proj":
        return "sk-proj-" + pick(B64URL, 74) + "T3BlbkFJ" + pick(B64URL, 74)
    return "sk-" + pick(B62, 20) + "T3BlbkFJ" + pick(B62, 20)


def jwt() -> str:
    if rng.random() < 0.5:
        header = {"alg": "HS256", "typ": "JWT"}
        signature = rng.randbytes(32)
    else:
        header = {"alg": "RS256", "kid": pick(HEX, 16), "typ": "JWT"}
        signature = rng.randbytes(256)
    iat = rng.randint(1_760_000_000, 1_790_000_000)
    payload = {
        "sub": f"usr_{rng.randint(10_000, 999_999)}",
        "role": rng.choice(["admin", "user", "support"]),
        "iat": iat,
        "exp": iat + rng.choice([900, 3600, 86_400]),
    }
    parts = (json.dumps(header, separators=(",", ":")), json.dumps(payload, separators=(",", ":")))
    return ".".join(b64url(p.encode()) for p in parts) + "." + b64url(signature)


def pem() -> str:
    kind = rng.choice(["RSA", "PKCS8", "OPENSSH", "EC"])
    if kind == "RSA":
        head, body, width = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA" + pick(B64, 1560), 64
    elif kind == "PKCS8":
        head = "PRIVATE KEY"
        body, width = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + pick(B64, 1570), 64
    elif kind == "OPENSSH":
        head = "OPENSSH PRIVATE KEY"
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + pick(
            B64, 270
        )
        body, width = body + "==", 70
    else:
        head, body, width = "EC PRIVATE KEY", "MHcCAQEEI" + pick(B64, 150) + "==", 64
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


def token(kind: str) -> str:
    if kind == "glpat":
        return "glpat-" + pick(B64URL, 20)
    if kind == "xoxb":
        return f"xoxb-{pick(DIG, rng.choice([11, 12]))}-{pick(DIG, 13)}-{pick(B62, 24)}"
    if kind == "slackhook":
        return (
            "https://hooks.slack.com/services/T0"
            + pick(UP + DIG, 8)
            + "/B0"
            + pick(UP + DIG, 9)
            + "/"
            + pick(B62, 24)
        )
    if kind in ("sk_live", "rk_live"):
        if rng.random() < 0.5:
            return f"{kind}_" + pick(B62, 24)
        return f"{kind}_51" + pick(B62, 97)
    if kind == "akia":
        return "AKIA" + pick(UP + "234567", 16)
    if kind == "awssecret":
        return pick(B64, 40)
    if kind == "aiza":
        return "AIzaSy" + pick(B64URL, 33)
    if kind == "npm":
        return "npm_" + pick(B62, 36)
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmcCJ" + pick(B64URL, 150)
    if kind == "twsid":
        return "AC" + pick(HEX, 32)
    if kind == "twtok":
        return pick(HEX, 32)
    if kind == "sg":
        return "SG." + pick(B64URL, 22) + "." + pick(B64URL, 43)
    raise KeyError(kind)


# --- passwords and codes ----------------------------------------------------------------

WORDS = {
    "en": ["Sunshine", "Bluebird", "Thunder", "Liverpool", "Pumpkin", "Marmalade"],
    "de": ["Sonnenschein", "Kaffeetasse", "Hamburg", "Schmetterling", "Bergsee", "Dackel"],
    "fr": ["Soleil", "Chocolat", "Marseille", "Papillon", "Croissant", "Bretagne"],
    "es": ["Girasol", "Madrid", "Tortuga", "Mariposa", "Paella", "Sevilla"],
    "it": ["Girasole", "Pizzeria", "Farfalla", "Napoli", "Tramonto", "Gelato"],
    "nl": ["Zonnebloem", "Fietsen", "Oranje", "Stroopwafel", "Tulpen", "Utrecht"],
    "pl": ["Slonecznik", "Kotek", "Warszawa", "Biedronka", "Pierogi", "Zabka"],
}
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1"})


def password(style: str, lang: str) -> str:
    word = rng.choice(WORDS[lang])
    if style == "word":
        form = rng.randrange(4)
        if form == 0:
            return word + str(rng.randint(1975, 2025)) + rng.choice("!?#.")
        if form == 1:
            return word.lower() + str(rng.randint(1, 99))
        if form == 2:
            return word + rng.choice("#_-") + str(rng.randint(10, 2025))
        return word.upper()[:5] + word.lower()[5:] + pick(DIG, 4)
    if style == "mix":
        return word[0] + word[1:].translate(LEET) + rng.choice("!$%") + pick(DIG, 2)
    if style == "url":
        size = rng.randint(12, 22)
        return pick(B62, 1) + "".join(
            rng.choice(B62 + "-_.~") if rng.random() < 0.85 else rng.choice(B62)
            for _ in range(size - 1)
        )
    # rand: a password manager's output, starting with a letter (YAML-safe)
    return pick(UP + LOW, 1) + pick(B62 + "!#%&*-_+=", rng.randint(13, 19))


def pin() -> str:
    return str(rng.choice([n for n in range(1000, 10_000) if len(set(str(n))) > 2]))


def recovery(style: str) -> str:
    if style == "gh":
        return pick(HEX, 5) + "-" + pick(HEX, 5)
    return pick(DIG, 4) + " " + pick(DIG, 4)


# --- bank accounts ----------------------------------------------------------------------

COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL"}


def routing() -> str:
    """A US ABA routing number: 3-7-1 weighted sum divisible by ten."""
    while True:
        head = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}"
        body = head + pick(DIG, 6)
        weights = (3, 7, 1, 3, 7, 1, 3, 7)
        total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
        check = (10 - total % 10) % 10
        value = body + str(check)
        assert sum(int(c) * w for c, w in zip(value, (*weights, 1), strict=True)) % 10 == 0
        return value


def ccc_digit(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    value = 11 - sum(int(c) * w for c, w in zip(digits.rjust(10, "0"), weights, strict=True)) % 11
    return {10: "1", 11: "0"}.get(value, str(value))


def ccc() -> str:
    """A Spanish CCC: bank, branch, two control digits, account (written in four groups)."""
    bank, branch, account = (
        rng.choice(["2100", "0049", "0182", "2038"]),
        pick(DIG, 4),
        pick(DIG, 10),
    )
    control = ccc_digit("00" + bank + branch) + ccc_digit(account)
    return f"{bank} {branch} {control} {account}"


BANKS = {
    "GB": ["BARC", "HBUK", "NWBK", "LOYD", "MIDL"],
    "DE": ["20040000", "10070000", "50010517", "20041133", "37040044", "70150000"],
    "FR": ["30004", "30003", "20041", "10278", "30066"],
    "ES": ["2100", "0049", "0182", "2038"],
    "IT": ["02008", "03069", "05034", "03062"],
    "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "KNAB"],
    "PL": ["102", "105", "109", "114", "124"],
}
CIN_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
           24, 23)  # fmt: skip


def cin(bban: str) -> str:
    """The Italian CIN letter of ABI + CAB + account."""
    total = 0
    for i, c in enumerate(bban):
        value = int(c) if c.isdigit() else ord(c) - 65
        total += CIN_ODD[value] if i % 2 == 0 else value
    return chr(65 + total % 26)


def bban(country: str, bank: str) -> str:
    """A domestic account number in the country's layout, with its inner check digits
    (French RIB key, Italian CIN, Spanish CCC digits, Polish bank-branch digit)."""
    if country == "GB":
        return bank + pick(DIG, 6) + pick(DIG, 8)
    if country == "DE":
        return bank + pick(DIG, 10)
    if country == "FR":
        branch, account = pick(DIG, 5), pick(DIG, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":
        branch, account = pick(DIG, 4), pick(DIG, 10)
        return bank + branch + ccc_digit("00" + bank + branch) + ccc_digit(account) + account
    if country == "IT":
        body = bank + pick(DIG, 5) + pick(DIG, 12)
        return cin(body) + body
    if country == "NL":
        return bank + pick(DIG, 10)
    # PL: bank (3) + branch (4) + check digit (weights 3 9 7 1 3 9 7), then 16 digits
    head = bank + pick(DIG, 4)
    total = sum(int(c) * w for c, w in zip(head, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return head + str((10 - total % 10) % 10) + pick(DIG, 16)


def make_iban(country: str, layout: str, bank: str = "") -> str:
    body = bban(country, bank or rng.choice(BANKS[country]))
    number = country + iban.calc_check_digits(country + "00" + body) + body
    assert iban.is_valid(number), number
    return (
        number if layout == "raw" else " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    )


def nrb() -> str:
    digits = make_iban("PL", "raw")[2:]
    return digits[:2] + " " + " ".join(digits[i : i + 4] for i in range(2, 26, 4))


# --- contacts and IDs -------------------------------------------------------------------

NAMES = {
    "en": (["james", "sarah", "oliver", "emily", "daniel", "chloe"],
           ["walker", "hughes", "bennett", "clarke", "patel", "murphy"],
           ["gmail.com", "outlook.com", "btinternet.com", "acme-logistics.co.uk"]),
    "de": (["lukas", "anna", "jonas", "katharina", "felix", "lea"],
           ["schneider", "wagner", "becker", "hoffmann", "schaefer", "yilmaz"],
           ["gmx.de", "web.de", "t-online.de", "mueller-bau.de"]),
    "fr": (["marie", "thomas", "camille", "julien", "lea", "nicolas"],
           ["dubois", "lefebvre", "moreau", "girard", "benali", "fournier"],
           ["orange.fr", "free.fr", "laposte.net", "gmail.com"]),
    "es": (["javier", "lucia", "alejandro", "maria", "pablo", "carmen"],
           ["garcia", "fernandez", "lopez", "martin", "sanchez", "romero"],
           ["gmail.com", "hotmail.es", "telefonica.net", "grupo-iberlog.es"]),
    "it": (["giulia", "marco", "francesca", "luca", "chiara", "alessandro"],
           ["rossi", "bianchi", "esposito", "colombo", "ricci", "marino"],
           ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"]),
    "nl": (["daan", "sanne", "bram", "lotte", "ruben", "fleur"],
           ["dejong", "jansen", "vandijk", "bakker", "visser", "elamrani"],
           ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "pl": (["jan", "agnieszka", "piotr", "katarzyna", "tomasz", "magdalena"],
           ["kowalski", "nowak", "wisniewski", "wojcik", "kaminska", "lewandowski"],
           ["firma.pl", "wp.pl", "onet.pl", "gmail.com", "interia.pl"]),
}  # fmt: skip


def email(lang: str) -> str:
    firsts, lasts, domains = NAMES[lang]
    first, last, domain = rng.choice(firsts), rng.choice(lasts), rng.choice(domains)
    local = rng.choice(
        [f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{rng.randint(1, 99)}",
         f"{first}_{last}"]
    )  # fmt: skip
    return f"{local}@{domain}"


NATIONAL_ID = {"en": "nhs", "de": "idnr", "fr": "nir", "es": "dni", "it": "cf", "nl": "bsn",
               "pl": "pesel"}  # fmt: skip
PHONE_REGION = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL",
                "pl": "PL"}  # fmt: skip


def draw(spec: str) -> str:
    """The value of a `[[LABEL|=spec]]` mark. Specs: `pw:STYLE:LANG` (STYLE `word`, `mix`,
    `url`, `rand`), `pin`, `otp`, `blik`, `rc:gh|g`, `openai[:proj]`, `ghp`, `ghpat`, `jwt`,
    `pem`, a token kind of `token()`, `iban:CC:sp|raw`, `acct8`, `usacct`, `ccc`, `nrb`,
    `email:LANG`, `phone:LANG:nat|intl|e164`, `nid:LANG[:raw]`."""
    kind, *rest = spec.split(":")
    if kind == "pw":
        return password(rest[0], rest[1])
    if kind == "pin":
        return pin()
    if kind == "otp":
        return pick(DIG, 6)
    if kind == "blik":
        value = pick(DIG, 6)
        return value if rng.random() < 0.5 else value[:3] + " " + value[3:]
    if kind == "rc":
        return recovery(rest[0])
    if kind == "openai":
        return openai(*rest)
    if kind == "ghp":
        return ghp()
    if kind == "ghpat":
        return ghpat()
    if kind == "jwt":
        return jwt()
    if kind == "pem":
        return pem()
    if kind == "iban":
        return make_iban(*rest)
    if kind == "acct8":
        return pick(DIG, 8)
    if kind == "usacct":
        return pick("123456789", 1) + pick(DIG, rng.randint(9, 11))
    if kind == "ccc":
        return ccc()
    if kind == "nrb":
        return nrb()
    if kind == "email":
        return email(rest[0])
    if kind == "phone":
        return probe_values.phone(PHONE_REGION[rest[0]], "mob", rest[1])
    if kind == "nid":
        value = probe_values.draw(NATIONAL_ID[rest[0]])
        return value.replace(" ", "") if rest[1:] == ["raw"] else value
    return token(kind)


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, draw)


# --- non-personal fillers ({{name}}) ----------------------------------------------------


def upu(country: str) -> str:
    """A UPU S10 parcel number: two letters, eight digits, a check digit, the country."""
    body = pick(DIG, 8)
    total = sum(int(c) * w for c, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = {10: 0, 11: 5}.get(11 - total % 11, 11 - total % 11)
    return rng.choice(["RR", "CP", "LX"]) + body + str(check) + country


FILL = {
    "routing": routing,
    "sha40": lambda: pick(HEX, 40),
    "sha7": lambda: pick(HEX, 7),
    "sha256": lambda: pick(HEX, 64),
    "uuid": lambda: (
        f"{pick(HEX, 8)}-{pick(HEX, 4)}-4{pick(HEX, 3)}-{rng.choice('89ab')}{pick(HEX, 3)}-"
        f"{pick(HEX, 12)}"
    ),
    "sort": lambda: f"{rng.randint(1, 99):02d}-{pick(DIG, 2)}-{pick(DIG, 2)}",
    "hex4": lambda: pick(B62, 4),
    "d5": lambda: pick(DIG, 5),
    "d6": lambda: str(rng.randint(100_000, 999_999)),
    "d24": lambda: "6" + pick(DIG, 23),
    "amz": lambda: f"{rng.choice(['302', '303', '028', '304'])}-{pick(DIG, 7)}-{pick(DIG, 7)}",
    "inc": lambda: "INC" + pick(DIG, 7),
    "ups": lambda: "1Z" + pick(UP + DIG, 6) + pick(DIG, 10),
    "dhl": lambda: "00340434" + pick(DIG, 12),
    "colis": lambda: "6A" + pick(DIG, 11),
    "correos": lambda: "PQ4" + pick(UP, 3) + pick(DIG, 16) + "W",
    "upu": lambda: upu("IT"),
    "postnl": lambda: "3S" + pick(UP, 4) + pick(DIG, 7),
    "ts": lambda: (
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{pick(DIG, 3)}Z"
    ),
    "pod": lambda: pick(HEX, 9) + "-" + pick("bcdfghjklmnpqrstvwxz2456789", 5),
}
FILL_MARK = re.compile(r"\{\{(\w+)\}\}")


def fill(template: str, lang: str) -> str:
    template = template.replace("@L", lang).replace("@C", COUNTRY[lang])
    return FILL_MARK.sub(lambda m: FILL[m.group(1)](), template)


# --- the words around a paste, per language -----------------------------------------------

LEADS = {
    "en": [
        "getting a 401 with this, what am I missing?",
        "here's my .env (the relevant bits):",
        "this is what I have in my config:",
        "still failing after restart. config below",
        "can someone check this? it worked yesterday",
        "pasting the whole thing:",
        "why does this not connect??",
        "copied this from our staging server:",
        "ok so this is the command i run:",
        "hey, the deploy broke, here is the file",
        "sorry for the wall of text",
        "my colleague sent me this and it doesnt work for me:",
    ],
    "de": [
        "bekomme hier immer 401, was fehlt?",
        "hier meine .env (nur der relevante teil):",
        "so sieht meine config aus:",
        "geht nach dem neustart immer noch nicht, config unten",
        "kann mal jemand drüberschauen? gestern gings noch",
        "ich paste einfach alles:",
        "warum verbindet der nicht??",
        "hab das vom staging server kopiert:",
        "also das ist der befehl den ich ausführe:",
        "hallo, das deployment ist kaputt, hier die datei",
        "sorry für den langen text",
        "mein Kollege hat mir das geschickt, bei mir gehts nicht:",
    ],
    "fr": [
        "j'ai une 401 avec ça, qu'est-ce qui manque ?",
        "voici mon .env (la partie utile) :",
        "voilà ma config :",
        "ça marche toujours pas après redémarrage, config ci-dessous",
        "quelqu'un peut jeter un œil ? hier ça marchait",
        "je colle tout :",
        "pourquoi ça se connecte pas ??",
        "copié depuis le serveur de staging :",
        "bon voilà la commande que je lance :",
        "salut, le déploiement est cassé, voici le fichier",
        "désolé pour le pavé",
        "un collègue m'a envoyé ça et chez moi ça marche pas :",
    ],
    "es": [
        "me da 401 con esto, ¿qué me falta?",
        "este es mi .env (lo importante):",
        "así tengo la config:",
        "sigue sin funcionar después de reiniciar, config abajo",
        "¿alguien lo puede revisar? ayer funcionaba",
        "pego todo:",
        "por que no conecta??",
        "copiado del servidor de staging:",
        "vale, este es el comando que ejecuto:",
        "hola, se rompió el despliegue, aquí el archivo",
        "perdón por el tocho",
        "un compañero me pasó esto y a mí no me va:",
    ],
    "it": [
        "mi dà 401 con questo, cosa manca?",
        "ecco il mio .env (la parte che conta):",
        "questa è la mia config:",
        "dopo il riavvio ancora niente, config sotto",
        "qualcuno può dare un'occhiata? ieri funzionava",
        "incollo tutto:",
        "perchè non si connette??",
        "copiato dal server di staging:",
        "allora questo è il comando che lancio:",
        "ciao, il deploy si è rotto, ecco il file",
        "scusate il papiro",
        "un collega mi ha mandato questo e a me non va:",
    ],
    "nl": [
        "krijg een 401 hiermee, wat mis ik?",
        "dit is mijn .env (het relevante stuk):",
        "zo ziet mijn config eruit:",
        "werkt nog steeds niet na herstart, config hieronder",
        "kan iemand even meekijken? gisteren werkte het nog",
        "ik plak alles maar:",
        "waarom maakt ie geen verbinding??",
        "gekopieerd van de staging server:",
        "oké dit is het commando dat ik draai:",
        "hoi, de deploy is stuk, hier het bestand",
        "sorry voor de lap tekst",
        "collega stuurde me dit en bij mij werkt het niet:",
    ],
    "pl": [
        "dostaję 401 z tym, czego brakuje?",
        "to mój .env (ważna część):",
        "tak wygląda mój config:",
        "po restarcie dalej nie działa, config poniżej",
        "może ktoś zerknąć? wczoraj działało",
        "wklejam całość:",
        "czemu sie nie łączy??",
        "skopiowane z serwera stagingowego:",
        "dobra, to jest komenda którą odpalam:",
        "cześć, deploy się wysypał, tu plik",
        "sorry za ścianę tekstu",
        "kolega mi to wysłał i u mnie nie działa:",
    ],
}
TAILS = {
    "en": ["any idea?", "thanks in advance", "what's wrong here", "pls help",
           "it says unauthorized", "(prod btw)"],
    "de": ["hat jemand ne idee?", "danke schonmal", "was ist hier falsch", "bitte um hilfe",
           "da steht unauthorized", "(ist prod übrigens)"],
    "fr": ["une idée ?", "merci d'avance", "qu'est-ce qui cloche", "au secours",
           "il me dit unauthorized", "(c'est la prod au passage)"],
    "es": ["¿alguna idea?", "gracias de antemano", "qué está mal", "ayuda porfa",
           "dice unauthorized", "(es producción por cierto)"],
    "it": ["qualche idea?", "grazie in anticipo", "cosa c'è che non va", "aiuto pls",
           "dice unauthorized", "(è produzione tra l'altro)"],
    "nl": ["iemand een idee?", "alvast bedankt", "wat gaat hier fout", "help pls",
           "er staat unauthorized", "(is productie trouwens)"],
    "pl": ["ktoś ma pomysł?", "z góry dzięki", "co tu jest źle", "pomocy",
           "pisze unauthorized", "(to prod btw)"],
}  # fmt: skip


def codes(style: str, n: int, sep: str) -> str:
    return sep.join(f"[[CODE|=rc:{style}]]" for _ in range(n))


# Everyday phrasing, per language: (category, kind, template).
EVERYDAY: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (
            "credential",
            "wifi",
            "the wifi password is [[PASSWORD|=pw:word:en]] if anyone needs it for the demo laptop",
        ),
        (
            "credential",
            "phrase",
            "i changed it last week, my old password was "
            "[[PASSWORD|=pw:mix:en]] and the new one doesn't work either",
        ),
        (
            "credential",
            "pin",
            "The card PIN they sent me is [[PIN|=pin]], is that the one for the app too?",
        ),
        ("credential", "otp", "got the code by text: [[OTP|=otp]] but it says expired"),
        (
            "credential",
            "codes",
            "these are my backup codes, which one do I use?\n" + codes("gh", 4, "\n"),
        ),
        (
            "account",
            "bank_app",
            "from my banking app:\nRouting number: {{routing}}\n"
            "Account number: [[ACCOUNT|=usacct]]\nAccount type: Checking",
        ),
        (
            "account",
            "bank_local",
            "sort code {{sort}}, acc no [[ACCOUNT|=acct8]] - is that enough for the refund?",
        ),
        (
            "contact",
            "contact",
            "you can reach me on [[PHONE|=phone:en:intl]] or [[EMAIL|=email:en]]",
        ),
    ],
    "de": [
        (
            "credential",
            "wifi",
            "das WLAN-Passwort ist [[PASSWORD|=pw:word:de]], falls wer im "
            "Besprechungsraum ins Netz muss",
        ),
        (
            "credential",
            "phrase",
            "hab es letzte woche geändert, mein altes passwort war "
            "[[PASSWORD|=pw:mix:de]] und das neue geht auch nicht",
        ),
        ("credential", "pin", "Die PIN für die Karte ist [[PIN|=pin]], gilt die auch für die App?"),
        ("credential", "otp", "Code per SMS bekommen: [[OTP|=otp]], aber da steht abgelaufen"),
        (
            "credential",
            "codes",
            "das sind meine Backup-Codes, welchen nehm ich?\n" + codes("g", 5, "\n"),
        ),
        (
            "account",
            "bank_app",
            "aus der Banking-App kopiert:\nIBAN: [[ACCOUNT|=iban:DE:sp:20040000]]\n"
            "BIC: COBADEFFXXX",
        ),
        (
            "account",
            "bank_local",
            "kannst du mir die 40 € auf [[ACCOUNT|=iban:DE:raw]] zurücküberweisen?",
        ),
        ("contact", "contact", "erreichbar unter [[PHONE|=phone:de:nat]] oder [[EMAIL|=email:de]]"),
    ],
    "fr": [
        (
            "credential",
            "wifi",
            "le mot de passe du wifi c'est [[PASSWORD|=pw:word:fr]] si "
            "quelqu'un en a besoin en salle de réunion",
        ),
        (
            "credential",
            "phrase",
            "je l'ai changé la semaine dernière, mon ancien mot de passe "
            "était [[PASSWORD|=pw:mix:fr]] et le nouveau marche pas non plus",
        ),
        (
            "credential",
            "pin",
            "le code PIN de la carte est [[PIN|=pin]], c'est le même pour l'appli ?",
        ),
        ("credential", "otp", "le code reçu par SMS : [[OTP|=otp]] mais il dit expiré"),
        (
            "credential",
            "codes",
            "voilà mes codes de secours, j'utilise lequel ? " + codes("gh", 4, " "),
        ),
        (
            "account",
            "bank_app",
            "copié depuis l'appli de la banque :\nIBAN : "
            "[[ACCOUNT|=iban:FR:sp:30004]]\nBIC : BNPAFRPPXXX",
        ),
        ("account", "bank_local", "tu peux me rembourser les 40 € sur [[ACCOUNT|=iban:FR:raw]] ?"),
        (
            "contact",
            "contact",
            "joignable au [[PHONE|=phone:fr:nat]] ou par mail [[EMAIL|=email:fr]]",
        ),
    ],
    "es": [
        (
            "credential",
            "wifi",
            "la contraseña del wifi es [[PASSWORD|=pw:word:es]] por si "
            "alguien la necesita en la sala",
        ),
        (
            "credential",
            "phrase",
            "la cambié la semana pasada, mi contraseña era "
            "[[PASSWORD|=pw:mix:es]] y la nueva tampoco va",
        ),
        ("credential", "pin", "el PIN de la tarjeta es [[PIN|=pin]], ¿es el mismo para la app?"),
        ("credential", "otp", "me llegó el código por SMS: [[OTP|=otp]] pero dice caducado"),
        (
            "credential",
            "codes",
            "estos son mis códigos de recuperación, cuál uso?\n" + codes("g", 4, "\n"),
        ),
        (
            "account",
            "bank_app",
            "copiado de la app del banco:\nIBAN [[ACCOUNT|=iban:ES:sp:2100]]\nBIC CAIXESBBXXX",
        ),
        (
            "account",
            "bank_local",
            "mi cuenta antigua (CCC) es [[ACCOUNT|=ccc]], ¿sirve para la domiciliación?",
        ),
        (
            "contact",
            "contact",
            "me podéis llamar al [[PHONE|=phone:es:nat]] o escribir a [[EMAIL|=email:es]]",
        ),
    ],
    "it": [
        (
            "credential",
            "wifi",
            "la password del wifi è [[PASSWORD|=pw:word:it]] se qualcuno ne "
            "ha bisogno in sala riunioni",
        ),
        (
            "credential",
            "phrase",
            "l'ho cambiata la settimana scorsa, la mia vecchia password "
            "era [[PASSWORD|=pw:mix:it]] e nemmeno la nuova funziona",
        ),
        ("credential", "pin", "il PIN della carta è [[PIN|=pin]], vale anche per l'app?"),
        ("credential", "otp", "mi è arrivato il codice via SMS: [[OTP|=otp]] ma dice scaduto"),
        (
            "credential",
            "codes",
            "questi sono i miei codici di backup, quale uso?\n" + codes("gh", 5, "\n"),
        ),
        (
            "account",
            "bank_app",
            "copiato dall'app della banca:\nIBAN: [[ACCOUNT|=iban:IT:sp:02008]]\nBIC: UNCRITMMXXX",
        ),
        ("account", "bank_local", "mi ridai i 40 euro su [[ACCOUNT|=iban:IT:raw]]?"),
        ("contact", "contact", "mi trovate al [[PHONE|=phone:it:nat]] oppure [[EMAIL|=email:it]]"),
    ],
    "nl": [
        (
            "credential",
            "wifi",
            "het wifi-wachtwoord is [[PASSWORD|=pw:word:nl]] als iemand het "
            "nodig heeft in de vergaderruimte",
        ),
        (
            "credential",
            "phrase",
            "vorige week veranderd, mijn oude wachtwoord was "
            "[[PASSWORD|=pw:mix:nl]] en het nieuwe werkt ook niet",
        ),
        (
            "credential",
            "pin",
            "de pincode van de pas is [[PIN|=pin]], is dat dezelfde voor de app?",
        ),
        ("credential", "otp", "code per sms gekregen: [[OTP|=otp]] maar er staat verlopen"),
        (
            "credential",
            "codes",
            "dit zijn mijn herstelcodes, welke moet ik gebruiken? " + codes("g", 4, ", "),
        ),
        (
            "account",
            "bank_app",
            "gekopieerd uit de bank-app:\nIBAN: [[ACCOUNT|=iban:NL:sp:INGB]]\nBIC: INGBNL2A",
        ),
        ("account", "bank_local", "kun je de 40 euro terugstorten op [[ACCOUNT|=iban:NL:raw]]?"),
        ("contact", "contact", "bereikbaar op [[PHONE|=phone:nl:nat]] of via [[EMAIL|=email:nl]]"),
    ],
    "pl": [
        (
            "credential",
            "wifi",
            "hasło do wifi to [[PASSWORD|=pw:word:pl]] jakby ktoś potrzebował w salce",
        ),
        (
            "credential",
            "phrase",
            "zmieniałem w zeszłym tygodniu, stare hasło było "
            "[[PASSWORD|=pw:mix:pl]] a nowe też nie działa",
        ),
        ("credential", "blik", "kod BLIK [[OTP|=blik]] wygasł zanim wpisałem, co teraz?"),
        ("credential", "otp", "kod SMS to [[OTP|=otp]] ale pisze że nieważny"),
        ("credential", "codes", "to moje kody zapasowe, który wpisać?\n" + codes("gh", 4, "\n")),
        (
            "account",
            "bank_app",
            "skopiowane z aplikacji banku:\nIBAN: [[ACCOUNT|=iban:PL:sp:102]]\nBIC: PKOPPLPWXXX",
        ),
        ("account", "bank_local", "oddaj mi 40 zł na konto [[ACCOUNT|=nrb]] pls"),
        ("contact", "contact", "dzwoń na [[PHONE|=phone:pl:nat]] albo pisz na [[EMAIL|=email:pl]]"),
    ],
}

# Order, ticket and tracking numbers in each language's words: clean.
EVERYDAY_CLEAN = {
    "en": ["order number {{amz}}, still says processing",
           "ticket {{inc}} was closed without a fix",
           "UPS tracking {{ups}} hasn't moved in 4 days"],
    "de": ["Bestellnummer {{amz}}, steht immer noch auf in Bearbeitung",
           "Ticket #{{d6}} wurde ohne Lösung geschlossen", "Sendungsnummer DHL: {{dhl}}"],
    "fr": ["commande n° {{amz}} toujours en préparation",
           "le ticket #{{d6}} a été fermé sans solution", "numéro de suivi Colissimo : {{colis}}"],
    "es": ["pedido {{amz}} sigue en preparación", "el ticket #{{d6}} lo cerraron sin solución",
           "número de seguimiento de Correos: {{correos}}"],
    "it": ["ordine n. {{amz}} ancora in lavorazione",
           "il ticket #{{d6}} è stato chiuso senza soluzione",
           "codice di tracciamento Poste: {{upu}}"],
    "nl": ["bestelnummer {{amz}} staat nog steeds op in behandeling",
           "ticket #{{d6}} is gesloten zonder oplossing", "track & trace PostNL: {{postnl}}"],
    "pl": ["zamówienie nr {{amz}} dalej w realizacji",
           "zgłoszenie #{{d6}} zamknięte bez rozwiązania", "numer przesyłki InPost: {{d24}}"],
}  # fmt: skip

# --- the pasted snippets, shared by the languages: (category, kind, variants) ---------------

PERSONAL: list[tuple[str, str, list[str]]] = [
    ("credential", "env", [
        "OPENAI_API_KEY=[[SECRET|=openai]]",
        'export OPENAI_API_KEY="[[SECRET|=openai]]"',
        "OPENAI_API_KEY='[[SECRET|=openai:proj]]'\nOPENAI_MODEL=gpt-4o-mini",
    ]),
    ("credential", "env", [
        "NODE_ENV=production\nPORT=3000\nDB_HOST=10.0.2.15\nDB_USER=shop\n"
        "DB_PASSWORD=[[PASSWORD|=pw:rand:@L]]\nSTRIPE_SECRET_KEY=[[SECRET|=sk_live]]",
        "APP_DEBUG=false\nDB_CONNECTION=mysql\nDB_PORT=3306\nDB_PASSWORD=[[PASSWORD|=pw:word:@L]]"
        "\nMAIL_MAILER=smtp\nMAIL_PASSWORD=[[PASSWORD|=pw:rand:@L]]",
    ]),
    ("credential", "yaml", [
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n"
        "      POSTGRES_PASSWORD: [[PASSWORD|=pw:rand:@L]]\n    ports:\n      - \"5432:5432\"",
        "spring:\n  datasource:\n    url: jdbc:mysql://10.0.4.21:3306/orders\n"
        '    username: orders_rw\n    password: "[[PASSWORD|=pw:mix:@L]]"',
    ]),
    ("credential", "url", [
        "postgres://app:[[PASSWORD|=pw:url:@L]]@db.internal:5432/shop",
        "DATABASE_URL=postgresql://django:[[PASSWORD|=pw:url:@L]]@10.0.1.12:5432/crm?sslmode=require",
        'psql "postgres://postgres:[[PASSWORD|=pw:url:@L]]@localhost:5433/analytics"',
    ]),
    ("credential", "url", [
        "mongodb+srv://admin:[[PASSWORD|=pw:url:@L]]@cluster0.a1b2c.mongodb.net/prod?retryWrites=true",
        "REDIS_URL=redis://default:[[PASSWORD|=pw:url:@L]]@redis-14321.c8.eu-west-1.ec2.cloud."
        "redislabs.com:14321",
        "CELERY_BROKER_URL=amqp://rabbit:[[PASSWORD|=pw:url:@L]]@mq.internal:5672/%2f",
    ]),
    ("credential", "github", [
        'curl -H "Authorization: Bearer [[SECRET|=ghp]]" https://api.github.com/user/repos',
        "export GITHUB_TOKEN=[[SECRET|=ghpat]]",
        "curl -s -H 'Authorization: token [[SECRET|=ghp]]' "
        "https://api.github.com/repos/acme/infra/actions/runs | jq .",
        "gh auth login --with-token <<< [[SECRET|=ghpat]]",
    ]),
    ("credential", "jwt", [
        "curl -X POST https://api.staging.acme.io/v2/orders -H \"Authorization: Bearer "
        "[[SECRET|=jwt]]\" -H \"Content-Type: application/json\" -d '{\"sku\": \"A-1042\", "
        "\"qty\": 2}'",
        "DEBUG http.request headers={'Authorization': 'Bearer [[SECRET|=jwt]]', "
        "'Accept': 'application/json'}",
        "access_token: [[SECRET|=jwt]]",
    ]),
    ("credential", "git", [
        "git clone https://x-access-token:[[SECRET|=ghp]]@github.com/acme/payments.git",
        "git remote set-url origin https://oauth2:[[SECRET|=glpat]]@gitlab.com/acme/backend.git",
    ]),
    ("credential", "docker", [
        "docker login -u deploybot -p [[PASSWORD|=pw:url:@L]] registry.acme.io",
        "echo [[SECRET|=ghp]] | docker login ghcr.io -u ci-bot --password-stdin",
        "docker login -u acmeci -p '[[PASSWORD|=pw:mix:@L]]' docker.io",
    ]),
    ("credential", "basic_auth", [
        "http://admin:[[PASSWORD|=pw:url:@L]]@192.168.1.1/cgi-bin/luci",
        "https://jenkins:[[PASSWORD|=pw:url:@L]]@ci.acme.io/job/deploy/build?delay=0",
        "curl -u elastic:[[PASSWORD|=pw:url:@L]] http://localhost:9200/_cat/indices",
    ]),
    ("credential", "aws", [
        "[default]\naws_access_key_id = [[SECRET|=akia]]\naws_secret_access_key = "
        "[[SECRET|=awssecret]]\nregion = eu-central-1",
        "export AWS_ACCESS_KEY_ID=[[SECRET|=akia]]\nexport AWS_SECRET_ACCESS_KEY="
        "[[SECRET|=awssecret]]",
    ]),
    ("credential", "slack", [
        'requests.post("[[SECRET|=slackhook]]", json={"text": "deploy done"})',
        'client = WebClient(token="[[SECRET|=xoxb]]")',
        "SLACK_WEBHOOK_URL=[[SECRET|=slackhook]]",
        "SLACK_BOT_TOKEN=[[SECRET|=xoxb]]\nSLACK_CHANNEL=#alerts",
    ]),
    ("credential", "stripe", [
        'stripe.api_key = "[[SECRET|=sk_live]]"',
        "const stripe = require('stripe')('[[SECRET|=rk_live]]');",
    ]),
    ("credential", "pem", ["[[SECRET|=pem]]"]),
    ("credential", "npm", [
        "//registry.npmjs.org/:_authToken=[[SECRET|=npm]]\nalways-auth=true",
        "npm config set //registry.npmjs.org/:_authToken [[SECRET|=npm]]",
    ]),
    ("credential", "pypi", [
        "[pypi]\nusername = __token__\npassword = [[SECRET|=pypi]]",
        "twine upload -u __token__ -p [[SECRET|=pypi]] dist/*",
    ]),
    ("credential", "twilio_sendgrid", [
        'client = Client("[[SECRET|=twsid]]", "[[SECRET|=twtok]]")',
        "SENDGRID_API_KEY=[[SECRET|=sg]]",
        "TWILIO_ACCOUNT_SID=[[SECRET|=twsid]]\nTWILIO_AUTH_TOKEN=[[SECRET|=twtok]]\n"
        "TWILIO_FROM=+15005550006",
        "sg = SendGridAPIClient('[[SECRET|=sg]]')",
    ]),
    ("credential", "gitlab", [
        'curl --header "PRIVATE-TOKEN: [[SECRET|=glpat]]" https://gitlab.com/api/v4/projects',
        "GITLAB_TOKEN=[[SECRET|=glpat]]",
    ]),
    ("credential", "google", [
        'curl "https://maps.googleapis.com/maps/api/geocode/json?address=Main+St&key='
        '[[SECRET|=aiza]]"',
        "GOOGLE_API_KEY=[[SECRET|=aiza]]",
    ]),
    ("contact", "log", [
        "2026-12-03 14:22:07,512 WARN  [auth] login failed for user=[[EMAIL|=email:@L]] "
        "reason=bad_password attempts=3",
        'level=error msg="smtp send failed" to=[[EMAIL|=email:@L]] err="550 mailbox unavailable"',
    ]),
    ("contact", "trace", [
        'Traceback (most recent call last):\n  File "app/mail.py", line 88, in send_invoice\n'
        "    validate(recipient)\nValueError: invalid recipient '[[EMAIL|=email:@L]]'",
        "org.springframework.dao.DuplicateKeyException: duplicate key value violates unique "
        'constraint "users_email_key"\n  Detail: Key (email)=([[EMAIL|=email:@L]]) already exists.',
    ]),
    ("contact", "log", [
        "[sms] delivery failed from [[PHONE|=phone:@L:intl]] code=30003 (unreachable)",
        "WARN twilio.rest: Unable to create record: The 'To' number [[PHONE|=phone:@L:e164]] is "
        "not a valid phone number.",
    ]),
    ("contact", "payload", [
        '{"event": "customer.created", "data": {"email": "[[EMAIL|=email:@L]]", "phone": '
        '"[[PHONE|=phone:@L:e164]]", "plan": "pro"}}',
    ]),
    ("id", "log", [
        "ERROR kyc.verify: document check failed national_id=[[ID|=nid:@L:raw]] status=MISMATCH",
        "2026-11-28T09:14:55Z INFO onboarding step=identity id_number=\"[[ID|=nid:@L]]\" ok=false",
    ]),
    ("id", "sql", [
        "INSERT INTO customers (id, tax_id, created_at) VALUES (8812, '[[ID|=nid:@L:raw]]', now());"
        '\nERROR:  duplicate key value violates unique constraint "customers_tax_id_key"',
    ]),
    ("account", "json", [
        '{"payout": {"method": "sepa", "iban": "[[ACCOUNT|=iban:@C:raw]]", "currency": "EUR"}}',
    ]),
    ("id", "payload", [
        '{"type": "identity.verification.failed", "document": {"kind": "national_id", '
        '"number": "[[ID|=nid:@L:raw]]", "country": "@C"}, "attempt": 2}',
    ]),
    ("id", "csv", [
        "order_id;national_id;total\n10023;[[ID|=nid:@L:raw]];49.90\n10024;;12.00",
    ]),
    ("account", "csv", [
        "date,description,amount,counterparty_iban\n2026-11-30,REFUND 8812,-40.00,"
        "[[ACCOUNT|=iban:@C:raw]]",
    ]),
    ("account", "xml", [
        "<CdtrAcct><Id><IBAN>[[ACCOUNT|=iban:@C:raw]]</IBAN></Id></CdtrAcct>",
    ]),
]  # fmt: skip

CLEAN: list[tuple[str, list[str]]] = [
    ("placeholder", [
        "OPENAI_API_KEY=<YOUR_API_KEY>",
        "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "api_key: ${API_KEY}\napi_secret: ${API_SECRET}",
    ]),
    ("env_ref", [
        'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user',
        'docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" registry.acme.io',
        "      password: ${{ secrets.DB_PASSWORD }}\n      username: ${{ secrets.DB_USER }}",
    ]),
    ("docs_default", [
        "# from the README\nPOSTGRES_USER=postgres\nPOSTGRES_PASSWORD=changeme",
        "# default credentials (see docs): admin / changeme",
    ]),
    ("truncated", [
        "OPENAI_API_KEY=sk-...{{hex4}}",
        "token: ghp_****************************{{hex4}}",
    ]),
    ("masked", [
        "password: ********",
        "DB_PASSWORD=******** (redacted)",
    ]),
    ("git_sha", [
        "git revert {{sha40}}",
        "HEAD is now at {{sha7}} fix: retry on 502",
    ]),
    ("checksum", [
        "sha256sum node-v20.11.1-linux-x64.tar.xz\n{{sha256}}  node-v20.11.1-linux-x64.tar.xz",
        "expected sha256:{{sha256}}\n     got sha256:{{sha256}}",
    ]),
    ("uuid", [
        "request failed, x-request-id: {{uuid}}",
        '{"error": "internal", "trace_id": "{{uuid}}"}',
    ]),
    ("version", [
        "Build #{{d5}} failed on step 7/12 (node 20.11.1, npm 10.2.4)",
        "Version 4.12.3 (build 4123007), Android 14, API 34",
    ]),
    ("digest", [
        "image: nginx@sha256:{{sha256}}",
        "Digest: sha256:{{sha256}}\nStatus: Downloaded newer image for redis:7.2-alpine",
    ]),
    ("port", [
        'ports:\n  - "8080:80"\n  - "5432:5432"\n  - "6379:6379"',
        "listen 0.0.0.0:8443 ssl;\nproxy_pass http://127.0.0.1:3000;",
    ]),
    ("status", [
        "GET /api/v1/orders?page=2 502 Bad Gateway 30012ms",
        '10.0.0.12 - - [03/Dec/2026:14:22:07 +0000] "POST /api/login HTTP/1.1" 429 51 "-" '
        '"okhttp/4.12.0"',
    ]),
    ("error_code", [
        "net::ERR_CONNECTION_RESET",
        "Error 0x80070005: Access is denied.",
        "ORA-12541: TNS:no listener",
        "Error: connect ECONNREFUSED 127.0.0.1:5432",
    ]),
    ("docs_email", [
        'git config --global user.email "you@example.com"',
        "curl -X POST https://api.example.com/v1/users -d '{\"email\": \"user@example.com\", "
        '"password": "<password>"}\'',
    ]),
    ("docs_url", [
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
        "mongodb://<username>:<password>@cluster0.example.mongodb.net/test",
    ]),
    ("example_key", [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ]),
    ("k8s", [
        "{{ts}} api-7d9f8c6b5-x2kqp Back-off restarting failed container",
        "pod/worker-{{pod}}   0/1   CrashLoopBackOff   14 (2m ago)   51m",
    ]),
    ("json_placeholder", [
        '{\n  "apiKey": "xxxxxxxxxxxxxxxxxxxx",\n  "secret": "<secret>",\n'
        '  "webhookUrl": "https://hooks.slack.com/services/XXX/YYY/ZZZ"\n}',
    ]),
    ("trace", [
        'Traceback (most recent call last):\n  File "/app/worker.py", line 41, in run\n'
        "    job = queue.pop()\nKeyError: 'job_id'",
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "token" is '
        "null\n\tat com.acme.auth.TokenFilter.doFilter(TokenFilter.java:57)",
    ]),
]  # fmt: skip


# Clean pastes: documentation placeholders come with words saying where they are from (a
# placeholder in "my prod config" would be a real, weak credential); logs with a question.
DOC_LEADS = {
    "en": ["the README says:", "from the docs:", "the tutorial has this, do I change it?",
           "copied the example from the quickstart:", "this is the sample from the wiki:"],
    "de": ["in der README steht:", "aus der Doku:",
           "das Tutorial hat das hier, muss ich das ändern?",
           "hab das Beispiel aus dem Quickstart kopiert:", "das ist das Beispiel aus dem Wiki:"],
    "fr": ["le README dit :", "dans la doc :", "le tuto met ça, je dois le changer ?",
           "j'ai copié l'exemple du quickstart :", "voilà l'exemple du wiki :"],
    "es": ["el README pone:", "de la documentación:", "el tutorial tiene esto, ¿lo cambio?",
           "copié el ejemplo del quickstart:", "este es el ejemplo de la wiki:"],
    "it": ["il README dice:", "dalla documentazione:", "il tutorial ha questo, devo cambiarlo?",
           "ho copiato l'esempio dal quickstart:", "questo è l'esempio del wiki:"],
    "nl": ["in de README staat:", "uit de docs:", "de tutorial heeft dit, moet ik dat aanpassen?",
           "voorbeeld uit de quickstart gekopieerd:", "dit is het voorbeeld uit de wiki:"],
    "pl": ["w README jest:", "z dokumentacji:", "w tutorialu jest tak, mam to zmienić?",
           "skopiowałem przykład z quickstartu:", "to przykład z wiki:"],
}  # fmt: skip
DOC_KINDS = {"placeholder", "env_ref", "docs_default", "docs_email", "docs_url", "example_key",
             "json_placeholder"}  # fmt: skip


def paste(snippet: str, lang: str, number: int, kind: str = "") -> str:
    """The snippet with the words a person writes around it in `lang`."""
    li = LANGS.index(lang)
    if kind in DOC_KINDS:
        lead = DOC_LEADS[lang][(number + li) % len(DOC_LEADS[lang])]
        return f"{lead}\n{snippet}" if rng.random() < 0.6 else f"{lead}\n```\n{snippet}\n```"
    leads, tails = LEADS[lang], TAILS[lang]
    lead = leads[(number * 5 + li * 3) % len(leads)]
    tail = tails[(number + li) % len(tails)]
    form = rng.randrange(5)
    if form == 0 or (form == 4 and "\n" in snippet):
        return f"{lead}\n{snippet}"
    if form == 1:
        return f"{lead}\n```\n{snippet}\n```"
    if form == 2:
        return f"{snippet}\n\n{tail}"
    if form == 3:
        return f"{lead}\n\n{snippet}\n{tail}"
    return f"{lead} {snippet}"


def language_rows(lang: str) -> list[tuple[str, str, str]]:
    li = LANGS.index(lang)
    rows = [(cat, kind, fill(text, lang)) for cat, kind, text in EVERYDAY[lang]]
    for i, (cat, kind, variants) in enumerate(PERSONAL):
        snippet = variants[(i + li) % len(variants)]
        rows.append((cat, kind, fill(paste(snippet, lang, i), lang)))
    kinds = ("order", "ticket", "tracking")
    rows += [
        ("clean", kind, fill(text, lang))
        for kind, text in zip(kinds, EVERYDAY_CLEAN[lang], strict=True)
    ]
    for i, (kind, variants) in enumerate(CLEAN):
        snippet = variants[(i + li) % len(variants)]
        rows.append(("clean", kind, fill(paste(snippet, lang, i + 3, kind), lang)))
    return rows


SHORT = {"credential": "cred", "account": "acct", "id": "id", "contact": "cont",
         "clean": "clean"}  # fmt: skip
CATEGORY = {"SECRET": "credential", "PASSWORD": "credential", "PIN": "credential",
            "OTP": "credential", "CODE": "credential", "ACCOUNT": "account", "ID": "id",
            "EMAIL": "contact", "PHONE": "contact"}  # fmt: skip


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    probe_values.rng.seed(SEED)
    lang_rows = {lang: language_rows(lang) for lang in LANGS}
    return probe_templates.checked_rows(
        "p17", lang_rows, render, short=SHORT, category_of=CATEGORY, per_language=60, clean=22
    )


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
