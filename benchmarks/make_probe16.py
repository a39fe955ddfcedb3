# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v16.jsonl`, the sixteenth chat breadth probe:
who people are and how they log in.

Written blind (its author read only `bench_chat_breadth.py`, `probe_templates.py` and the
docstring and argument plumbing of `make_probe14.py`; not the detection rules, their
tests, nor the texts of the earlier probes) and committed before any detector ran on it.
420 short chat messages, 60 in each of seven languages (en, de, fr, es, it, nl, pl): per
language 40 carry personal data and 20 are clean look-alikes.

Personal rows (category `person`, `credential` or `id`):
- names of the people who live in these countries, native or not (Vietnamese, Chinese,
  Turkish, Arabic, Kurdish, Indian, Pakistani, Nigerian, Ghanaian, Eritrean, Ukrainian,
  Romanian, Portuguese and Brazilian, Spanish compound names with particles, Dutch and
  Flemish particles, German double names, Polish with and without diacritics), written
  lower case, all caps, surname first, as initials, alone on a line, in a `--` signature,
  in a `From:` header, after a title, as a nickname, alone as the answer to "what is your
  name?", and third persons (a child, a landlord, a colleague);
- logins: usernames with and without digits, gamer tags, social handles, e-mail-like and
  employee or student logins, Wi-Fi passwords, PINs, security answers (mother's maiden
  name), after the local word for user name or login;
- vehicles and documents: licence plates of the seven countries, VINs (valid ISO 3779
  check digit), passport numbers in each country's layout (Polish with its check digit),
  health insurance numbers with valid check digits (NHS, German KVNR, French NIR, Spanish
  NUSS, codice fiscale, BSN, PESEL) and student IDs.
Clean rows: public figures, fictional characters, brands named after people, streets and
stations named after people used as places, product models, and companies' handles.

Row format as `bench_chat_breadth.py --set probe16` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`; `kind`
says how the value is written (personal rows) or names the look-alike family (clean rows).

Gold spans: a name without its title (a nickname is a span of its own); a username, handle
(with its `@`), password, PIN and security answer as written (category `credential`); a
plate, VIN, passport, insurance or student number as written (category `id`). Every
personal value in a message is gold; the message counts as found only when all are covered.

Templates mark each personal value as `[[LABEL|value]]` (`probe_templates.render`);
`=spec` draws it from the seeded generator: `=plate:CC[:lower]`, `=vin`, `=pass:CC`,
`=nhs`, `=kvnr`, `=nir`, `=nuss`, `=cf`, `=bsn`, `=pesel`, `=dowod`.

    python benchmarks/make_probe16.py            # writes the data file
    python benchmarks/make_probe16.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from pathlib import Path

import probe_templates
from probe_values import pick, rng, until
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v16.jsonl"
SEED = 20261216
UP = string.ascii_uppercase
DIG = string.digits


# licence plates in each country's current layout
def plate(country: str, case: str = "") -> str:
    if country == "GB":
        value = (
            pick("ABCDEFGHJKLMNOPRSVWY", 2)
            + pick(DIG, 2)
            + " "
            + pick("ABCDEFGHJKLMNOPRSTUVWXYZ", 3)
        )
    elif country == "DE":
        value = (
            rng.choice(["M", "B", "HH", "K", "F", "S", "DO", "KA"])
            + "-"
            + pick("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
            + " "
            + str(rng.randint(1, 9999))
        )
    elif country == "FR":
        value = (
            pick("ABCDEFGHJKLMNPRSTVWXYZ", 2)
            + "-"
            + pick(DIG, 3)
            + "-"
            + pick("ABCDEFGHJKLMNPRSTVWXYZ", 2)
        )
    elif country == "ES":
        value = pick(DIG, 4) + " " + pick("BCDFGHJKLMNPRSTVWXYZ", 3)
    elif country == "IT":
        value = (
            pick("ABCDEFGHJKLMNPRSTVWXYZ", 2)
            + " "
            + pick(DIG, 3)
            + " "
            + pick("ABCDEFGHJKLMNPRSTVWXYZ", 2)
        )
    elif country == "NL":
        value = pick("GHJKLNPRSTXZ", 2) + "-" + pick(DIG, 3) + "-" + pick("BDFGHJKLNPRSTXZ", 1)
    else:  # PL
        value = rng.choice(["WA", "WX", "KR", "PO", "GD", "WR", "DW"]) + " " + pick(DIG, 5)
    return value.lower() if case == "lower" else value


VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
VIN_VALUE.update(dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9})
VIN_VALUE.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(value: str) -> str:
    total = sum(VIN_VALUE[c] * w for c, w in zip(value, VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def make_vin() -> str:
    wmi = rng.choice(["WVW", "WBA", "WDD", "VF1", "VF3", "VSS", "ZFA", "XLR", "SUP", "YV1"])
    body = (
        wmi + pick(VIN_CHARS, 5) + "0" + rng.choice("LMNPRST") + pick(VIN_CHARS, 1) + pick(DIG, 6)
    )
    value = body[:8] + vin_check(body) + body[9:]
    assert vin_check(value) == value[8]
    return value


def mrz_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def passport(country: str) -> str:
    if country == "GB":
        return rng.choice("12356") + pick(DIG, 8)
    if country == "DE":
        letters = "CFGHJKLMNPRTVWXYZ"
        parts = (pick(DIG, 2), pick(letters, 1), pick(DIG, 2), pick(letters, 1), pick(DIG, 2))
        return rng.choice("CFGHJK") + "".join(parts)
    if country == "FR":
        return pick(DIG, 2) + pick(UP, 2) + pick(DIG, 5)
    if country == "ES":
        return "PA" + rng.choice("ABCDEFGHJK") + pick(DIG, 6)
    if country == "IT":
        return "Y" + rng.choice("ABCDEFGH") + pick(DIG, 7)
    if country == "NL":
        return (
            pick("BCDFGHJKLMNPRSTVWXYZ", 2)
            + pick("BCDFGHJKLMNPRSTVWXYZ0123456789", 6)
            + pick(DIG, 1)
        )
    # PL: two letters, a check digit, six digits (weights 7 3 9 1 7 3 1 7 3, sum = 0 mod 10)
    letters, rest = pick(UP, 2), pick(DIG, 6)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    total = sum(mrz_value(c) * w for c, w in zip(letters + rest, weights, strict=True))
    value = letters + str(total % 10) + rest
    assert (
        sum(mrz_value(c) * w for c, w in zip(value, (7, 3, 9, 1, 7, 3, 1, 7, 3), strict=True)) % 10
        == 0
    )
    return value


def make_dowod() -> str:
    """Polish ID card: three letters, a check digit, five digits (7 3 1 9 7 3 1 7 3)."""
    letters, rest = pick(UP, 3), pick(DIG, 5)
    total = sum(
        mrz_value(c) * w for c, w in zip(letters + rest, (7, 3, 1, 7, 3, 1, 7, 3), strict=True)
    )
    value = letters + str(total % 10) + rest
    assert (
        sum(mrz_value(c) * w for c, w in zip(value, (7, 3, 1, 9, 7, 3, 1, 7, 3), strict=True)) % 10
        == 0
    )
    return value


def make_nhs() -> str:
    value = until(lambda: rng.choice("4679") + pick(DIG, 9), nhs.is_valid)
    return f"{value[:3]} {value[3:6]} {value[6:]}"


def make_kvnr() -> str:
    """German health insurance number: a letter, eight digits, a check digit."""
    letter, body = rng.choice(UP), rng.choice("123456789") + pick(DIG, 7)
    total = 0
    for i, c in enumerate(f"{ord(letter) - 64:02d}" + body):
        product = int(c) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return letter + body + str(total % 10)


def make_nir() -> str:
    head = (
        rng.choice("12")
        + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        + f"{rng.randint(1, 95):02d}"
        + pick(DIG, 3)
        + pick(DIG, 3)
    )
    value = head + nir.calc_check_digits(head)
    assert nir.is_valid(value)
    return f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} {value[10:13]} {value[13:]}"


def make_nuss() -> str:
    """Spanish social security number: province, eight digits, two check digits (mod 97)."""
    prov, num = f"{rng.randint(1, 52):02d}", str(rng.randint(10_000_000, 99_999_999))
    return f"{prov}/{num}/{int(prov + num) % 97:02d}"


def make_cf() -> str:
    head = (
        pick("BCDFGLMNPRSTVZ", 3)
        + pick("BCDFGLMNPRSTVZAEIOU", 3)
        + f"{rng.randint(50, 99)}"
        + rng.choice("ABCDEHLMPRST")
    )
    head += (
        f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}"
        + rng.choice("ABCDFGHLMZ")
        + pick(DIG, 3)
    )
    value = head + codicefiscale.calc_check_digit(head)
    assert codicefiscale.is_valid(value)
    return value


def make_bsn() -> str:
    return until(lambda: rng.choice("123456789") + pick(DIG, 8), bsn.is_valid)


def make_pesel() -> str:
    head = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + pick(
        DIG, 4
    )
    value = head + pesel.calc_check_digit(head)
    assert pesel.is_valid(value)
    return value


GEN: dict[str, Callable[[], str]] = {
    "vin": make_vin,
    "nhs": make_nhs,
    "kvnr": make_kvnr,
    "nir": make_nir,
    "nuss": make_nuss,
    "cf": make_cf,
    "bsn": make_bsn,
    "pesel": make_pesel,
    "dowod": make_dowod,
}


def draw(spec: str) -> str:
    kind, _, rest = spec.partition(":")
    if kind == "plate":
        return plate(*rest.split(":"))
    if kind == "pass":
        return passport(rest)
    return GEN[kind]()


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, draw)


# (category, kind, template). Labels: PERSON, USERNAME, PASSWORD, PIN, SECRET (a security
# answer), ID (plate, VIN, passport, insurance or student number).
Row = tuple[str, str, str]

EN: list[Row] = [
    (
        "person",
        "intro",
        "Hi, I'm [[PERSON|Nguyen Thi Mai]], I ordered the blue kettle last week and it still hasn't arrived.",
    ),
    ("person", "lower", "hey its [[PERSON|chidi okonkwo]] again, still waiting on that refund"),
    (
        "person",
        "caps",
        "NAME ON THE ACCOUNT SHOULD BE [[PERSON|PRIYA RAGHAVAN]] PLEASE FIX THE SPELLING",
    ),
    (
        "person",
        "surnamefirst",
        "Booking is under [[PERSON|OKAFOR, Emeka]] - can you add a second bag?",
    ),
    (
        "person",
        "initials",
        "The parcel was signed for by [[PERSON|J. Kowalczyk]] and I have no idea who that is.",
    ),
    ("person", "ownline", "Please make the invoice out to:\n[[PERSON|Le Van Hung]]\nthanks"),
    (
        "person",
        "signature",
        "Can you cancel the standing order from next month?\n\n--\n[[PERSON|Kwame Asante-Boateng]]\nSent from my phone",
    ),
    (
        "person",
        "from",
        "From: [[PERSON|Fatima Zahra El Idrissi]]\nSubject: broken screen\n\nThe replacement phone has the same fault.",
    ),
    (
        "person",
        "title",
        "My appointment is with Dr [[PERSON|Imran Qureshi]] at 3pm, can I move it to Thursday?",
    ),
    (
        "person",
        "nickname",
        "Full name is [[PERSON|Oluwaseun Adeyemi]] but everyone calls me [[PERSON|Seun]], either is fine on the badge.",
    ),
    ("person", "lone", "[[PERSON|Zhang Wei]]"),
    ("person", "child", "My son [[PERSON|Aarav Sharma]] is in year 4, he'll be off sick today."),
    (
        "person",
        "landlord",
        "Our landlord Mr [[PERSON|Tadesse Haile]] won't fix the boiler. What are my options?",
    ),
    (
        "person",
        "colleague",
        "Please add my colleague [[PERSON|Oksana Kovalenko]] to the shared calendar.",
    ),
    (
        "person",
        "form",
        "Account holder: [[PERSON|Muhammad Bilal Chaudhry]]\nReason: address change",
    ),
    (
        "person",
        "lower",
        "hi, [[PERSON|joão pedro da silva santos]] here, my card got blocked at the airport",
    ),
    (
        "person",
        "pair",
        "The tenancy is in the names of [[PERSON|Ioana Popescu]] and [[PERSON|Andrei Constantinescu]].",
    ),
    ("person", "intro", "this is [[PERSON|Dilan Baran]], i need a new password reset link"),
    (
        "person",
        "familyfirst",
        "Hello, I am [[PERSON|Wang Xiuying]], family name first, the form keeps swapping them.",
    ),
    (
        "person",
        "third",
        "The delivery note should say [[PERSON|Abena Owusu-Mensah]], not my husband's name.",
    ),
    ("person", "third", "My wife [[PERSON|Senait Gebremedhin]] will collect the keys on Friday."),
    ("person", "title", "Reservation for Mrs [[PERSON|Elif YILDIRIM]], table for two."),
    (
        "credential",
        "username",
        "My username is [[USERNAME|gerritsen_a]] and the reset email never comes.",
    ),
    (
        "credential",
        "login",
        "logging in with [[USERNAME|mai.nguyen84]] doesn't work since the update",
    ),
    (
        "credential",
        "gamertag",
        "my gamertag is [[USERNAME|xX_ShadowKebab_Xx]] and I got banned for no reason",
    ),
    ("credential", "handle", "You can DM me on Instagram, I'm [[USERNAME|@priya.bakes]]"),
    ("credential", "password", "password is [[PASSWORD|Tottenham!2019]] if you need to check it"),
    (
        "credential",
        "wifi",
        "the wifi password at the flat is [[PASSWORD|purpleotter57]], can the engineer use that?",
    ),
    ("credential", "pin", "the card pin is [[PIN|4729]] I think, can I change it in the app?"),
    (
        "credential",
        "answer",
        "Security question is mother's maiden name - it's [[SECRET|Adebayo]].",
    ),
    ("credential", "student", "student login [[USERNAME|s2148763]] won't open Moodle"),
    (
        "credential",
        "employee",
        "My staff login is [[USERNAME|KAHMED3]] and the password is [[PASSWORD|Summer2026#]]",
    ),
    ("credential", "lone", "[[USERNAME|okoye.chinwe]]"),
    ("id", "plate", "Car reg is [[ID|=plate:GB]], it's parked in bay 12."),
    ("id", "vin", "VIN [[ID|=vin]] - is there a recall on it?"),
    ("id", "passport", "Passport number [[ID|=pass:GB]], expires next year."),
    ("id", "health", "My NHS number is [[ID|=nhs]]."),
    ("id", "student", "Student ID [[ID|2314587]], I can't see my exam results."),
    ("id", "plate", "reg [[ID|=plate:GB:lower]] got a parking ticket but I had a permit"),
    (
        "id",
        "health",
        "my daughter [[PERSON|Amara Okeke]] has NHS number [[ID|=nhs]], she needs a repeat prescription",
    ),
    ("clean", "public", "Did Marcus Rashford's book ship yet? I ordered it on Monday."),
    ("clean", "public", "Do you have the new Zadie Smith novel in paperback?"),
    ("clean", "public", "Is the David Attenborough box set region free?"),
    ("clean", "fiction", "My kid wants the Harry Potter LEGO set, is it back in stock?"),
    ("clean", "fiction", "Is Sherlock Holmes included in my streaming plan or extra?"),
    ("clean", "fiction", "Do you sell Paddington Bear costumes in age 5-6?"),
    ("clean", "brand", "Do you sell Ben & Jerry's in the 500ml tubs?"),
    ("clean", "brand", "The Dr. Martens boots I bought are squeaking, is that normal?"),
    ("clean", "brand", "Is the Paul Smith wallet still on offer?"),
    ("clean", "street", "The lift at the Nelson Street car park is broken again."),
    ("clean", "street", "Which exit at Victoria station is nearest to the coach station?"),
    ("clean", "street", "Is the King Edward VII hospital on the 73 bus route?"),
    ("clean", "model", "Is the Dyson V15 compatible with the old wand?"),
    ("clean", "model", "Does the Ford Mustang Mach-E fit your wallbox?"),
    ("clean", "model", "Will a Bosch Serie 6 dishwasher fit a 60cm gap?"),
    ("clean", "company", "I tweeted @AmazonHelp but nobody replied."),
    ("clean", "company", "Should I message @TescoHelp or call?"),
    ("clean", "company", "Your chat says to contact @SkyHelpTeam, is that right?"),
    ("clean", "word", "What is a username and how do I pick a good one?"),
    ("clean", "word", "How long should a password be these days?"),
]

DE: list[Row] = [
    (
        "person",
        "intro",
        "Hallo, hier ist [[PERSON|Ayşe Demir]], meine Bestellung ist immer noch nicht da.",
    ),
    ("person", "lower", "hallo hier [[PERSON|mehmet yılmaz]], wann kommt der techniker?"),
    ("person", "caps", "BITTE DEN NAMEN KORRIGIEREN: [[PERSON|HANS-JÜRGEN SCHÄFER-KLEIN]]"),
    (
        "person",
        "surnamefirst",
        "Vertrag läuft auf [[PERSON|MÜLLER, Jan]], bitte nicht auf meine Frau.",
    ),
    (
        "person",
        "initials",
        "Unterschrieben hat ein [[PERSON|T. Nguyen]], ich kenne niemanden mit dem Namen.",
    ),
    ("person", "ownline", "Rechnung bitte an:\n[[PERSON|Anna-Lena Hoffmann-Berger]]\nDanke!"),
    (
        "person",
        "signature",
        "Bitte kündigen Sie das Abo zum Monatsende.\n\n--\n[[PERSON|Karl-Heinz Wöhrmann]]",
    ),
    (
        "person",
        "from",
        "Von: [[PERSON|Svetlana Bondarenko]]\nBetreff: Nebenkostenabrechnung\n\nDie Abrechnung ist doppelt gekommen.",
    ),
    (
        "person",
        "title",
        "Ich habe einen Termin bei Frau Dr. [[PERSON|Leyla Aydın]], kann ich den verschieben?",
    ),
    (
        "person",
        "nickname",
        "Ich heiße [[PERSON|Maximilian Großmann]], aber alle sagen [[PERSON|Maxi]].",
    ),
    ("person", "lone", "[[PERSON|Osman Çelik]]"),
    (
        "person",
        "child",
        "Mein Sohn [[PERSON|Luca Marinović]] ist heute krank und kommt nicht zur Schule.",
    ),
    (
        "person",
        "landlord",
        "Unser Vermieter, Herr [[PERSON|Dragan Petrović]], reagiert nicht auf den Wasserschaden.",
    ),
    (
        "person",
        "colleague",
        "Bitte meine Kollegin [[PERSON|Nadia Haddad]] in den Verteiler aufnehmen.",
    ),
    ("person", "form", "Name: [[PERSON|Rojin Aslan]]\nAnliegen: neue Karte"),
    ("person", "noaccent", "hier ist [[PERSON|Gulsen Ozturk]], ich hab mein passwort vergessen"),
    (
        "person",
        "pair",
        "Der Mietvertrag ist auf [[PERSON|Tran Van Duc]] und [[PERSON|Pham Thi Lan]] ausgestellt.",
    ),
    (
        "person",
        "intro",
        "Guten Tag, mein Name ist [[PERSON|Abdulrahman Al-Masri]], ich rufe wegen meiner Rechnung an.",
    ),
    (
        "person",
        "third",
        "Meine Tochter [[PERSON|Emilia von Hohenberg]] braucht einen neuen Schülerausweis.",
    ),
    ("person", "third", "Die Pakete nimmt mein Nachbar [[PERSON|Kofi Mensah]] an."),
    (
        "person",
        "title",
        "Termin für Herrn Prof. [[PERSON|Rajesh Iyer]] am Dienstag bitte bestätigen.",
    ),
    ("person", "noaccent", "Kontoinhaber ist [[PERSON|Jurgen Koenig]], ohne Umlaut geschrieben."),
    (
        "credential",
        "username",
        "Mein Benutzername ist [[USERNAME|weber_k]] und ich komme nicht mehr rein.",
    ),
    ("credential", "login", "Login: [[USERNAME|a.demir1987@gmx.de]] – es kommt immer 'gesperrt'"),
    (
        "credential",
        "gamertag",
        "mein gamertag ist [[USERNAME|DönerKing_93]], der account wurde gehackt",
    ),
    (
        "credential",
        "handle",
        "Auf TikTok bin ich [[USERNAME|@lenaa.schmidtt]], da kam die Nachricht her.",
    ),
    (
        "credential",
        "password",
        "Das Passwort war [[PASSWORD|Schalke04!Blau]], das hab ich nirgends sonst.",
    ),
    ("credential", "wifi", "WLAN-Passwort für den Techniker: [[PASSWORD|Sonnenblume2024]]"),
    ("credential", "pin", "meine PIN ist [[PIN|8351]], trotzdem wird die Karte abgelehnt"),
    ("credential", "answer", "Sicherheitsfrage Geburtsname der Mutter: [[SECRET|Kaczmarek]]"),
    ("credential", "student", "Meine Uni-Kennung ist [[USERNAME|st184523]], Moodle geht nicht."),
    (
        "credential",
        "employee",
        "Mitarbeiterkennung [[USERNAME|HOFFMA2]], Kennwort [[PASSWORD|Herbst#2026]]",
    ),
    ("credential", "lone", "[[USERNAME|jkrause]]"),
    ("id", "plate", "Mein Kennzeichen ist [[ID|=plate:DE]], der Wagen steht in der Tiefgarage."),
    ("id", "vin", "FIN: [[ID|=vin]] – gibt es dafür einen Rückruf?"),
    ("id", "passport", "Reisepassnummer [[ID|=pass:DE]], gültig bis 2031."),
    ("id", "health", "Versichertennummer [[ID|=kvnr]], die neue Karte ist nicht angekommen."),
    ("id", "student", "Matrikelnummer [[ID|4172638]], die Note fehlt im Portal."),
    (
        "id",
        "plate",
        "kennzeichen [[ID|=plate:DE]] hat einen strafzettel bekommen obwohl ich parkschein hatte",
    ),
    ("id", "health", "Für meinen Sohn [[PERSON|Yusuf Kaya]]: Versichertennummer [[ID|=kvnr]]"),
    ("clean", "public", "Gibt es das neue Buch von Angela Merkel als Hörbuch?"),
    ("clean", "public", "Läuft das Konzert von Helene Fischer auch im Stream?"),
    ("clean", "public", "Habt ihr Trikots von Jamal Musiala in Größe M?"),
    ("clean", "fiction", "Mein Sohn will das Biene-Maja-Puzzle, ist das wieder lieferbar?"),
    ("clean", "fiction", "Ist der neue Tatort mit Kommissar Thiel schon in der Mediathek?"),
    ("clean", "fiction", "Habt ihr Pumuckl-Bettwäsche?"),
    ("clean", "brand", "Ist der Dr. Oetker Pudding glutenfrei?"),
    ("clean", "brand", "Gibt es Haribo Goldbären auch vegan?"),
    ("clean", "brand", "Die Hugo Boss Jacke hat einen Fehler am Reißverschluss."),
    ("clean", "street", "Fährt die U5 noch bis Karl-Marx-Allee?"),
    ("clean", "street", "Ist der Aufzug am Bahnhof Friedrichstraße wieder in Betrieb?"),
    ("clean", "street", "Wo ist die Packstation in der Konrad-Adenauer-Straße?"),
    ("clean", "model", "Passt die Wallbox zum Opel Corsa-e?"),
    ("clean", "model", "Ist der Miele Triflex HX2 mit dem alten Akku kompatibel?"),
    ("clean", "model", "Hat der Porsche Taycan eine Anhängerkupplung ab Werk?"),
    ("clean", "company", "Ich habe @Zalando_help geschrieben, aber keine Antwort bekommen."),
    ("clean", "company", "Soll ich mich an @DB_Bahn oder an euch wenden?"),
    ("clean", "company", "Auf X steht, man soll @TelekomHilft kontaktieren."),
    ("clean", "word", "Wie lang sollte ein sicheres Passwort sein?"),
    ("clean", "word", "Was ist der Unterschied zwischen Benutzername und Kundennummer?"),
]

FR: list[Row] = [
    (
        "person",
        "intro",
        "Bonjour, je suis [[PERSON|Nguyen Van Long]], ma commande n'est toujours pas arrivée.",
    ),
    ("person", "lower", "bonjour c'est [[PERSON|fatoumata diallo]], le livreur n'est pas passé"),
    ("person", "caps", "LE NOM SUR LA FACTURE EST FAUX, C'EST [[PERSON|KARIM BENMOUSSA]]"),
    (
        "person",
        "surnamefirst",
        "Réservation au nom de [[PERSON|LEFEBVRE, Marie-Claire]], deux nuits.",
    ),
    (
        "person",
        "initials",
        "Le colis a été signé par [[PERSON|A. Haddad]], je ne connais personne de ce nom.",
    ),
    (
        "person",
        "ownline",
        "Merci d'établir la facture au nom de :\n[[PERSON|Jean-Baptiste Ndiaye]]\nCordialement",
    ),
    (
        "person",
        "signature",
        "Je souhaite résilier mon abonnement à la fin du mois.\n\n--\n[[PERSON|Hélène Dubois-Marchand]]",
    ),
    (
        "person",
        "from",
        "De : [[PERSON|Mohamed Amine Bouzid]]\nObjet : facture en double\n\nJ'ai été prélevé deux fois.",
    ),
    (
        "person",
        "title",
        "J'ai rendez-vous avec Mme [[PERSON|Thi Hoa Tran]] jeudi, est-ce possible de le décaler ?",
    ),
    (
        "person",
        "nickname",
        "Je m'appelle [[PERSON|Guillaume Rousseau]] mais tout le monde dit [[PERSON|Guigui]].",
    ),
    ("person", "lone", "[[PERSON|Yasmina Cherif]]"),
    (
        "person",
        "child",
        "Ma fille [[PERSON|Inès Boukhari]] est malade, elle ne viendra pas à l'école aujourd'hui.",
    ),
    (
        "person",
        "landlord",
        "Notre propriétaire, M. [[PERSON|Serge Lambert]], ne répond pas pour la fuite.",
    ),
    (
        "person",
        "colleague",
        "Pouvez-vous ajouter ma collègue [[PERSON|Oumou Sangaré Traoré]] à la liste ?",
    ),
    (
        "person",
        "form",
        "Nom : [[PERSON|Ferreira da Costa]]\nPrénom : [[PERSON|Ana Luísa]]\nMotif : changement d'adresse",
    ),
    ("person", "noaccent", "c'est [[PERSON|Helene Lefevre]], j'ai perdu ma carte"),
    ("person", "pair", "Le bail est aux noms de [[PERSON|Liu Yang]] et [[PERSON|Chen Jing]]."),
    (
        "person",
        "intro",
        "Bonsoir, [[PERSON|Tigist Alemu]] à l'appareil, je n'arrive pas à payer en ligne.",
    ),
    ("person", "third", "Mon voisin [[PERSON|Kouadio Yao]] va récupérer le colis à ma place."),
    (
        "person",
        "third",
        "La nounou, [[PERSON|Mariana Oliveira]], viendra chercher mon fils à 16 h.",
    ),
    ("person", "title", "Merci de noter Dr [[PERSON|Sébastien Le Goff]] comme médecin traitant."),
    ("person", "caps", "ABONNÉ : [[PERSON|DE LA FONTAINE Pierre-Yves]]"),
    (
        "credential",
        "username",
        "Mon identifiant est [[USERNAME|j.dupont]] et le mot de passe ne marche plus.",
    ),
    ("credential", "login", "login [[USERNAME|nadia.benali92]] bloqué depuis hier"),
    (
        "credential",
        "gamertag",
        "mon pseudo sur Fortnite c'est [[USERNAME|KaRiMoX_13]], le compte a été volé",
    ),
    (
        "credential",
        "handle",
        "Sur Insta je suis [[USERNAME|@camille.voyage]], c'est là que j'ai reçu le lien.",
    ),
    (
        "credential",
        "password",
        "mon mot de passe c'est [[PASSWORD|Marseille13!!]], je l'ai tapé dix fois",
    ),
    ("credential", "wifi", "Le code wifi pour le technicien : [[PASSWORD|chouquette2025]]"),
    ("credential", "pin", "code PIN [[PIN|0615]], la carte est quand même refusée"),
    ("credential", "answer", "Question secrète, nom de jeune fille de ma mère : [[SECRET|Mbappé]]"),
    (
        "credential",
        "student",
        "Mon identifiant ENT est [[USERNAME|e21904567]] et je n'ai plus accès.",
    ),
    (
        "credential",
        "employee",
        "Identifiant agent [[USERNAME|MROUSSEL]] et mot de passe [[PASSWORD|Printemps#26]]",
    ),
    ("credential", "lone", "[[USERNAME|lucas_mrt]]"),
    ("id", "plate", "Ma plaque est [[ID|=plate:FR]], la voiture est au parking P2."),
    ("id", "vin", "Numéro VIN [[ID|=vin]], y a-t-il un rappel ?"),
    ("id", "passport", "Numéro de passeport [[ID|=pass:FR]], il expire en 2029."),
    ("id", "health", "Mon numéro de sécu est le [[ID|=nir]]."),
    ("id", "student", "numéro étudiant [[ID|21904567]], mes notes n'apparaissent pas"),
    ("id", "plate", "immatriculation [[ID|=plate:FR:lower]] flashée alors que je n'y étais pas"),
    ("id", "health", "Pour mon fils [[PERSON|Noah Mbala]], numéro de sécurité sociale [[ID|=nir]]"),
    ("clean", "public", "Avez-vous le dernier livre de Michel Houellebecq en poche ?"),
    ("clean", "public", "Le concert d'Aya Nakamura sera-t-il diffusé en streaming ?"),
    ("clean", "public", "Vous vendez le maillot de Kylian Mbappé en taille enfant ?"),
    ("clean", "fiction", "Mon fils veut le coffret Astérix et Obélix, il est en stock ?"),
    ("clean", "fiction", "Le film sur Arsène Lupin est-il inclus dans mon abonnement ?"),
    ("clean", "fiction", "Avez-vous des peluches du Petit Prince ?"),
    ("clean", "brand", "Les crêpes Lu sont-elles sans huile de palme ?"),
    ("clean", "brand", "Ma veste Yves Saint Laurent a un bouton cassé."),
    ("clean", "brand", "Le parfum Jean Paul Gaultier est-il encore en promo ?"),
    ("clean", "street", "Le métro s'arrête-t-il encore à Charles de Gaulle - Étoile ?"),
    ("clean", "street", "L'ascenseur de la station Victor Hugo est en panne."),
    ("clean", "street", "Le point relais de l'avenue Jean Jaurès est-il ouvert dimanche ?"),
    ("clean", "model", "La borne est-elle compatible avec la Renault Zoé ?"),
    ("clean", "model", "Le Peugeot 3008 hybride a-t-il un attelage ?"),
    ("clean", "model", "Le Thermomix TM6 est-il livré avec le Varoma ?"),
    ("clean", "company", "J'ai écrit à @SNCF_Assistance mais pas de réponse."),
    ("clean", "company", "Faut-il contacter @Free_1337 ou le service client ?"),
    ("clean", "company", "Sur X on me dit d'écrire à @Orange_conseil."),
    ("clean", "word", "C'est quoi un identifiant et comment le choisir ?"),
    ("clean", "word", "Combien de caractères faut-il pour un bon mot de passe ?"),
]

ES: list[Row] = [
    (
        "person",
        "intro",
        "Hola, soy [[PERSON|María de la Cruz Fernández]], mi pedido no ha llegado todavía.",
    ),
    ("person", "lower", "hola soy [[PERSON|josé antonio garcía de los ríos]], el técnico no vino"),
    (
        "person",
        "caps",
        "EL NOMBRE CORRECTO ES [[PERSON|ROCÍO SÁNCHEZ-VILLALOBOS]], POR FAVOR CORRÍJANLO",
    ),
    ("person", "surnamefirst", "La reserva está a nombre de [[PERSON|PÉREZ GALLARDO, Lucía]]."),
    ("person", "initials", "Firmó la entrega un tal [[PERSON|M. Ionescu]], no sé quién es."),
    (
        "person",
        "ownline",
        "La factura a nombre de:\n[[PERSON|Wilson Andrés Quispe Mamani]]\nGracias",
    ),
    (
        "person",
        "signature",
        "Quiero dar de baja la línea a final de mes.\n\n--\n[[PERSON|Ana Belén del Olmo]]",
    ),
    (
        "person",
        "from",
        "De: [[PERSON|Youssef El Amrani]]\nAsunto: cobro duplicado\n\nMe han cobrado dos veces el recibo.",
    ),
    (
        "person",
        "title",
        "Tengo cita con la Dra. [[PERSON|Mei Ling Zhou]] el jueves, ¿se puede cambiar?",
    ),
    (
        "person",
        "nickname",
        "Me llamo [[PERSON|Francisco Javier Ruiz]] pero todos me dicen [[PERSON|Fran]].",
    ),
    ("person", "lone", "[[PERSON|Nicoleta Dumitrescu]]"),
    ("person", "child", "Mi hijo [[PERSON|Mateo Oyelaran]] está enfermo y hoy no irá al colegio."),
    ("person", "landlord", "El casero, don [[PERSON|Ramón Iglesias]], no arregla la calefacción."),
    (
        "person",
        "colleague",
        "Añadid a mi compañera [[PERSON|Ngozi Eze]] al grupo del proyecto, por favor.",
    ),
    (
        "person",
        "form",
        "Nombre: [[PERSON|Lucas]]\nApellidos: [[PERSON|Gonçalves Pereira]]\nMotivo: cambio de titular",
    ),
    ("person", "noaccent", "soy [[PERSON|Maria Jose Nunez]], perdi la tarjeta"),
    (
        "person",
        "pair",
        "El contrato está a nombre de [[PERSON|Ahmed Benali]] y [[PERSON|Samira Touil]].",
    ),
    (
        "person",
        "intro",
        "Buenas, le escribe [[PERSON|Oleksandr Shevchenko]], no puedo pagar con la app.",
    ),
    ("person", "third", "Mi vecina [[PERSON|Daniela Pop]] recogerá el paquete."),
    (
        "person",
        "third",
        "La canguro, [[PERSON|Gabriela dos Santos]], vendrá a por la niña a las cinco.",
    ),
    (
        "person",
        "title",
        "Por favor anoten al Sr. [[PERSON|Harpreet Singh]] como segundo conductor.",
    ),
    ("person", "caps", "TITULAR: [[PERSON|DE LA TORRE Y MENDOZA, JUAN CARLOS]]"),
    ("credential", "username", "Mi usuario es [[USERNAME|mgarcia87]] y no me deja entrar."),
    ("credential", "login", "el login [[USERNAME|lucia.perez.g]] aparece bloqueado"),
    (
        "credential",
        "gamertag",
        "mi gamertag es [[USERNAME|ElPistolero_MX]], me han robado la cuenta",
    ),
    (
        "credential",
        "handle",
        "En Instagram soy [[USERNAME|@rocio_viajera]], de ahí me llegó el enlace.",
    ),
    ("credential", "password", "la contraseña es [[PASSWORD|Betis1907#]], ya la probé mil veces"),
    ("credential", "wifi", "La clave del wifi para el técnico: [[PASSWORD|gazpacho-azul-88]]"),
    ("credential", "pin", "mi pin es el [[PIN|2284]] y aun así rechaza la tarjeta"),
    (
        "credential",
        "answer",
        "Pregunta de seguridad, apellido de soltera de mi madre: [[SECRET|Echeverría]]",
    ),
    (
        "credential",
        "student",
        "Mi usuario del campus virtual es [[USERNAME|alu0101234567]] y no funciona.",
    ),
    (
        "credential",
        "employee",
        "Usuario de empleado [[USERNAME|JRUIZ04]], contraseña [[PASSWORD|Otoño2026!]]",
    ),
    ("credential", "lone", "[[USERNAME|pablito_rg]]"),
    ("id", "plate", "Mi matrícula es [[ID|=plate:ES]], el coche está en la planta -2."),
    ("id", "vin", "Número de bastidor [[ID|=vin]], ¿tiene alguna llamada a revisión?"),
    ("id", "passport", "Número de pasaporte [[ID|=pass:ES]], caduca en 2030."),
    ("id", "health", "Mi número de la Seguridad Social es [[ID|=nuss]]."),
    ("id", "student", "NIU [[ID|1456789]], no me salen las notas"),
    ("id", "plate", "matricula [[ID|=plate:ES]] multada y yo no estaba alli"),
    ("id", "health", "Para mi hija [[PERSON|Valentina Ortega]], número de afiliación [[ID|=nuss]]"),
    ("clean", "public", "¿Tenéis el último libro de Arturo Pérez-Reverte en tapa blanda?"),
    ("clean", "public", "¿El concierto de Rosalía se podrá ver en streaming?"),
    ("clean", "public", "¿Vendéis la camiseta de Lamine Yamal en talla niño?"),
    ("clean", "fiction", "Mi hijo quiere el cofre de Mortadelo y Filemón, ¿hay stock?"),
    ("clean", "fiction", "¿La serie de Don Quijote está incluida en mi tarifa?"),
    ("clean", "fiction", "¿Tenéis peluches de Pocoyó?"),
    ("clean", "brand", "¿El turrón de Doña Jimena lleva gluten?"),
    ("clean", "brand", "Mi bolso de Carolina Herrera tiene la cremallera rota."),
    ("clean", "brand", "¿El aceite Carbonell sigue de oferta?"),
    ("clean", "street", "¿El metro sigue parando en Colón?"),
    ("clean", "street", "El ascensor de la estación de Gregorio Marañón no funciona."),
    ("clean", "street", "¿Abre el domingo el punto de recogida de la calle Alfonso XII?"),
    ("clean", "model", "¿El cargador sirve para el Seat Ibiza híbrido?"),
    ("clean", "model", "¿La Cupra Formentor trae bola de remolque?"),
    ("clean", "model", "¿La Roomba j7 funciona con la base antigua?"),
    ("clean", "company", "Escribí a @Renfe pero no contestan."),
    ("clean", "company", "¿Tengo que escribir a @movistar_es o llamar?"),
    ("clean", "company", "En X me dicen que contacte con @iberia."),
    ("clean", "word", "¿Qué es un nombre de usuario y cómo elijo uno?"),
    ("clean", "word", "¿Cuántos caracteres debe tener una contraseña segura?"),
]

IT: list[Row] = [
    (
        "person",
        "intro",
        "Buongiorno, sono [[PERSON|Giuseppe Esposito]], il mio ordine non è ancora arrivato.",
    ),
    ("person", "lower", "ciao sono [[PERSON|bilal hussain]], il tecnico non si è visto"),
    ("person", "caps", "IL NOME GIUSTO È [[PERSON|FRANCESCA D'AMBROSIO]], CORREGGETE PER FAVORE"),
    ("person", "surnamefirst", "La prenotazione è a nome [[PERSON|ROSSI, Maria Grazia]]."),
    (
        "person",
        "initials",
        "Ha firmato la consegna un certo [[PERSON|V. Moldovan]], non so chi sia.",
    ),
    ("person", "ownline", "Intestare la fattura a:\n[[PERSON|Hu Jianguo]]\nGrazie"),
    (
        "person",
        "signature",
        "Vorrei disdire l'abbonamento dal mese prossimo.\n\n--\n[[PERSON|Pierluigi De Santis]]",
    ),
    (
        "person",
        "from",
        "Da: [[PERSON|Adaeze Nwosu]]\nOggetto: addebito doppio\n\nMi avete addebitato due volte la bolletta.",
    ),
    (
        "person",
        "title",
        "Ho appuntamento con la Sig.ra [[PERSON|Anna Maria Lo Russo]] giovedì, si può spostare?",
    ),
    (
        "person",
        "nickname",
        "Mi chiamo [[PERSON|Salvatore Cannavaro]] ma tutti mi chiamano [[PERSON|Totò]].",
    ),
    ("person", "lone", "[[PERSON|Mihaela Rusu]]"),
    ("person", "child", "Mio figlio [[PERSON|Kevin Okoro]] oggi è malato e non verrà a scuola."),
    (
        "person",
        "landlord",
        "Il padrone di casa, il sig. [[PERSON|Franco Bellucci]], non ripara la caldaia.",
    ),
    ("person", "colleague", "Potete aggiungere la mia collega [[PERSON|Deepika Nair]] al gruppo?"),
    (
        "person",
        "form",
        "Nome: [[PERSON|Ionuț]]\nCognome: [[PERSON|Bălan]]\nMotivo: cambio intestatario",
    ),
    ("person", "noaccent", "sono [[PERSON|Nicolo Fabbri]], ho perso la carta"),
    (
        "person",
        "pair",
        "Il contratto è intestato a [[PERSON|Rahel Tesfaye]] e [[PERSON|Dawit Kidane]].",
    ),
    (
        "person",
        "intro",
        "Salve, vi scrive [[PERSON|Zeynep Arslan]], non riesco a pagare con l'app.",
    ),
    ("person", "third", "La mia vicina [[PERSON|Lucia Ferraro]] ritirerà il pacco."),
    (
        "person",
        "third",
        "La babysitter, [[PERSON|Joana Ribeiro]], verrà a prendere la bambina alle cinque.",
    ),
    (
        "person",
        "title",
        "Per favore indicate il dott. [[PERSON|Tariq Mahmood]] come secondo conducente.",
    ),
    ("person", "caps", "INTESTATARIO: [[PERSON|DELL'ACQUA GIANMARCO]]"),
    (
        "credential",
        "username",
        "Il mio nome utente è [[USERNAME|mrossi78]] e non riesco ad accedere.",
    ),
    ("credential", "login", "il login [[USERNAME|giulia.conti.g@libero.it]] risulta bloccato"),
    (
        "credential",
        "gamertag",
        "il mio gamertag è [[USERNAME|Pizzaiolo_Furioso]], mi hanno rubato l'account",
    ),
    (
        "credential",
        "handle",
        "Su Instagram sono [[USERNAME|@chiara_in_viaggio]], il link è arrivato lì.",
    ),
    ("credential", "password", "la password è [[PASSWORD|Juve1897!!]], l'ho provata mille volte"),
    ("credential", "wifi", "La password del wifi per il tecnico: [[PASSWORD|cannolo-rosso-42]]"),
    ("credential", "pin", "il mio pin è [[PIN|5902]] e la carta viene rifiutata lo stesso"),
    (
        "credential",
        "answer",
        "Domanda di sicurezza, cognome da nubile di mia madre: [[SECRET|Lombardi]]",
    ),
    (
        "credential",
        "student",
        "Le mie credenziali di ateneo sono [[USERNAME|s301245]], non entro su Moodle.",
    ),
    (
        "credential",
        "employee",
        "Utenza aziendale [[USERNAME|FBIANCHI]], password [[PASSWORD|Autunno#2026]]",
    ),
    ("credential", "lone", "[[USERNAME|ale_ferri]]"),
    ("id", "plate", "La mia targa è [[ID|=plate:IT]], l'auto è al piano -1."),
    ("id", "vin", "Numero di telaio [[ID|=vin]], c'è un richiamo?"),
    ("id", "passport", "Numero di passaporto [[ID|=pass:IT]], scade nel 2030."),
    ("id", "health", "Il codice della tessera sanitaria è [[ID|=cf]]."),
    ("id", "student", "matricola [[ID|894512]], non vedo i voti sul portale"),
    ("id", "plate", "targa [[ID|=plate:IT:lower]] multata ma io non c'ero"),
    ("id", "health", "Per mia figlia [[PERSON|Aurora Cattaneo]], tessera sanitaria [[ID|=cf]]"),
    ("clean", "public", "Avete l'ultimo libro di Elena Ferrante in edizione tascabile?"),
    ("clean", "public", "Il concerto di Laura Pausini sarà in streaming?"),
    ("clean", "public", "Vendete la maglia di Nicolò Barella taglia bambino?"),
    ("clean", "fiction", "Mio figlio vuole il cofanetto di Pinocchio, è disponibile?"),
    ("clean", "fiction", "La serie del Commissario Montalbano è inclusa nell'abbonamento?"),
    ("clean", "fiction", "Avete peluche di Geronimo Stilton?"),
    ("clean", "brand", "La Nutella Ferrero contiene glutine?"),
    ("clean", "brand", "La mia borsa Giorgio Armani ha la cerniera rotta."),
    ("clean", "brand", "Il caffè Lavazza è ancora in offerta?"),
    ("clean", "street", "La metro ferma ancora a Garibaldi FS?"),
    ("clean", "street", "L'ascensore della stazione Cavour è guasto."),
    ("clean", "street", "Il punto di ritiro in corso Vittorio Emanuele è aperto la domenica?"),
    ("clean", "model", "La wallbox è compatibile con la Fiat 500e?"),
    ("clean", "model", "L'Alfa Romeo Tonale ha il gancio traino?"),
    ("clean", "model", "La De'Longhi Magnifica S funziona con il filtro vecchio?"),
    ("clean", "company", "Ho scritto a @TrenitaliaOfficial ma non rispondono."),
    ("clean", "company", "Devo scrivere a @TIM_Official o chiamare?"),
    ("clean", "company", "Su X mi dicono di contattare @ItaAirways."),
    ("clean", "word", "Cos'è un nome utente e come lo scelgo?"),
    ("clean", "word", "Quanti caratteri deve avere una password sicura?"),
]

NL: list[Row] = [
    (
        "person",
        "intro",
        "Hoi, ik ben [[PERSON|Sanne van der Berg]], mijn bestelling is nog steeds niet binnen.",
    ),
    ("person", "lower", "hallo met [[PERSON|mustafa el khatib]], de monteur is niet gekomen"),
    ("person", "caps", "DE JUISTE NAAM IS [[PERSON|PIETER-JAN DE SMET]], GRAAG AANPASSEN"),
    ("person", "surnamefirst", "De reservering staat op [[PERSON|BAKKER, Thijs]]."),
    (
        "person",
        "initials",
        "Het pakket is getekend door [[PERSON|J. de Vries]], ik ken niemand met die naam.",
    ),
    ("person", "ownline", "Factuur graag op naam van:\n[[PERSON|Wim van 't Hek]]\nBedankt"),
    (
        "person",
        "signature",
        "Ik wil mijn abonnement per eind van de maand opzeggen.\n\n--\n[[PERSON|Marieke Verhoeven-Claes]]",
    ),
    (
        "person",
        "from",
        "Van: [[PERSON|Khadija Amrani]]\nOnderwerp: dubbele afschrijving\n\nIk ben twee keer afgeschreven.",
    ),
    (
        "person",
        "title",
        "Ik heb een afspraak met dr. [[PERSON|Ravi Ramdin]] op donderdag, kan die verzet worden?",
    ),
    (
        "person",
        "nickname",
        "Ik heet [[PERSON|Johannes Hendriks]] maar iedereen zegt [[PERSON|Hans]].",
    ),
    ("person", "lone", "[[PERSON|Dewi Sastrowardoyo]]"),
    (
        "person",
        "child",
        "Mijn dochter [[PERSON|Noor Bouzian]] is ziek en komt vandaag niet op school.",
    ),
    (
        "person",
        "landlord",
        "Onze huisbaas, meneer [[PERSON|Gerrit Dijkstra]], repareert de cv-ketel niet.",
    ),
    (
        "person",
        "colleague",
        "Kunnen jullie mijn collega [[PERSON|Ama Boateng]] toevoegen aan de groep?",
    ),
    (
        "person",
        "form",
        "Voornaam: [[PERSON|Lieke]]\nAchternaam: [[PERSON|van Wijngaarden]]\nReden: verhuizing",
    ),
    ("person", "lower", "met [[PERSON|kees jan de graaf]], ik ben mijn pas kwijt"),
    (
        "person",
        "pair",
        "Het huurcontract staat op naam van [[PERSON|Huang Mei]] en [[PERSON|Lin Jie]].",
    ),
    (
        "person",
        "intro",
        "Goedemiddag, u spreekt met [[PERSON|Yevhenia Marchenko]], ik kan niet betalen in de app.",
    ),
    ("person", "third", "Mijn buurvrouw [[PERSON|Fenna Mulder]] haalt het pakket op."),
    ("person", "third", "De oppas, [[PERSON|Luana Costa]], haalt mijn zoon om vijf uur op."),
    ("person", "title", "Graag mevrouw [[PERSON|Gülay Yıldız]] als tweede bestuurder noteren."),
    ("person", "caps", "TENAAMSTELLING: [[PERSON|VAN DEN BROEK E.M.]]"),
    (
        "credential",
        "username",
        "Mijn gebruikersnaam is [[USERNAME|gerritsen_a]] en ik kom er niet meer in.",
    ),
    ("credential", "login", "inlognaam [[USERNAME|s.devries91]] is geblokkeerd"),
    (
        "credential",
        "gamertag",
        "mijn gamertag is [[USERNAME|StroopwafelSniper]], mijn account is gehackt",
    ),
    (
        "credential",
        "handle",
        "Op Instagram ben ik [[USERNAME|@lisa_fietst]], daar kwam de link binnen.",
    ),
    ("credential", "password", "het wachtwoord is [[PASSWORD|Ajax1900!]], al tien keer geprobeerd"),
    ("credential", "wifi", "Wifi-wachtwoord voor de monteur: [[PASSWORD|tulpenveld-73]]"),
    ("credential", "pin", "mijn pincode is [[PIN|7140]] en de pas wordt toch geweigerd"),
    ("credential", "answer", "Beveiligingsvraag, meisjesnaam van mijn moeder: [[SECRET|Tjoa]]"),
    (
        "credential",
        "student",
        "Mijn studentaccount [[USERNAME|s4172638]] werkt niet in Brightspace.",
    ),
    (
        "credential",
        "employee",
        "Medewerkerslogin [[USERNAME|JVISSER]], wachtwoord [[PASSWORD|Herfst#2026]]",
    ),
    ("credential", "lone", "[[USERNAME|bramvdl]]"),
    ("id", "plate", "Mijn kenteken is [[ID|=plate:NL]], de auto staat in de garage."),
    ("id", "vin", "Chassisnummer [[ID|=vin]], is er een terugroepactie?"),
    ("id", "passport", "Paspoortnummer [[ID|=pass:NL]], verloopt in 2030."),
    ("id", "health", "Mijn BSN voor de zorgverzekering is [[ID|=bsn]]."),
    ("id", "student", "studentnummer [[ID|s2718281]], mijn cijfers staan er niet in"),
    ("id", "plate", "kenteken [[ID|=plate:NL:lower]] geflitst terwijl ik er niet was"),
    ("id", "health", "Voor mijn zoon [[PERSON|Sem Jansen]], BSN [[ID|=bsn]]"),
    ("clean", "public", "Hebben jullie het nieuwe boek van Herman Koch als paperback?"),
    ("clean", "public", "Wordt het concert van Davina Michelle gestreamd?"),
    ("clean", "public", "Verkopen jullie het shirt van Virgil van Dijk in kindermaat?"),
    ("clean", "fiction", "Mijn zoon wil de Nijntje-puzzel, is die weer op voorraad?"),
    ("clean", "fiction", "Zit Baantjer in mijn abonnement?"),
    ("clean", "fiction", "Hebben jullie knuffels van Dikkie Dik?"),
    ("clean", "brand", "Is de chocolademelk van Van Houten glutenvrij?"),
    ("clean", "brand", "Mijn tas van Mart Visser heeft een kapotte rits."),
    ("clean", "brand", "Is de Douwe Egberts koffie nog in de aanbieding?"),
    ("clean", "street", "Stopt de metro nog bij Van der Madeweg?"),
    (
        "clean",
        "street",
        "De lift op station Amsterdam Sloterdijk bij de Willem Fenengastraat is kapot.",
    ),
    ("clean", "street", "Is het afhaalpunt op het Jan Pieter Heijeplein zondag open?"),
    ("clean", "model", "Past de laadpaal bij de Lynk & Co 01?"),
    ("clean", "model", "Heeft de Philips Sonicare 9900 een reisetui?"),
    ("clean", "model", "Werkt de Gazelle Ultimate C380 met de oude accu?"),
    ("clean", "company", "Ik heb @NS_online gestuurd maar geen antwoord."),
    ("clean", "company", "Moet ik @KPNwebcare mailen of bellen?"),
    ("clean", "company", "Op X zeggen ze dat ik @bolcom moet contacteren."),
    ("clean", "word", "Wat is een gebruikersnaam en hoe kies ik er een?"),
    ("clean", "word", "Hoeveel tekens moet een veilig wachtwoord hebben?"),
]

PL: list[Row] = [
    (
        "person",
        "intro",
        "Dzień dobry, nazywam się [[PERSON|Małgorzata Wiśniewska]], moje zamówienie nie dotarło.",
    ),
    ("person", "lower", "czesc tu [[PERSON|grzegorz brzeczyszczykiewicz]], technik nie przyszedl"),
    ("person", "caps", "POPRAWNE NAZWISKO TO [[PERSON|KRZYSZTOF SZCZĘSNY]], PROSZĘ POPRAWIĆ"),
    ("person", "surnamefirst", "Rezerwacja jest na [[PERSON|NOWAK, Agnieszka]]."),
    ("person", "initials", "Paczkę odebrał jakiś [[PERSON|P. Żółkiewski]], nie znam go."),
    ("person", "ownline", "Fakturę proszę wystawić na:\n[[PERSON|Olena Tkachenko]]\nDziękuję"),
    (
        "person",
        "signature",
        "Chcę zrezygnować z abonamentu z końcem miesiąca.\n\n--\n[[PERSON|Jan Maria Rokita-Dąbrowski]]",
    ),
    (
        "person",
        "from",
        "Od: [[PERSON|Nguyen Duc Anh]]\nTemat: podwójne obciążenie\n\nPobrano mi opłatę dwa razy.",
    ),
    (
        "person",
        "title",
        "Mam wizytę u dr [[PERSON|Katarzyny Lewandowskiej]] w czwartek, czy można przełożyć?",
    ),
    (
        "person",
        "nickname",
        "Nazywam się [[PERSON|Bartłomiej Kaczmarczyk]], ale wszyscy mówią na mnie [[PERSON|Bartek]].",
    ),
    ("person", "lone", "[[PERSON|Wojciech Zieliński]]"),
    (
        "person",
        "child",
        "Mój syn [[PERSON|Tymon Kowalczyk]] jest chory i nie przyjdzie dziś do szkoły.",
    ),
    ("person", "landlord", "Nasz wynajmujący, pan [[PERSON|Zbigniew Mazur]], nie naprawia pieca."),
    ("person", "colleague", "Proszę dodać moją koleżankę [[PERSON|Iryna Savchuk]] do grupy."),
    (
        "person",
        "form",
        "Imię: [[PERSON|Dorota]]\nNazwisko: [[PERSON|Pawłowska-Kruk]]\nPowód: zmiana adresu",
    ),
    ("person", "noaccent", "tu [[PERSON|Lukasz Sledz]], zgubilem karte"),
    ("person", "pair", "Umowa najmu jest na [[PERSON|Mehmet Kaya]] i [[PERSON|Hatice Kaya]]."),
    ("person", "intro", "Witam, pisze [[PERSON|Taras Melnyk]], nie mogę zapłacić w aplikacji."),
    ("person", "third", "Moja sąsiadka [[PERSON|Halina Jabłońska]] odbierze paczkę."),
    ("person", "third", "Niania, [[PERSON|Chiamaka Obi]], odbierze córkę o piątej."),
    ("person", "title", "Proszę wpisać pana [[PERSON|Arjun Mehta]] jako drugiego kierowcę."),
    ("person", "caps", "NAJEMCA: [[PERSON|WÓJCIK-SZYMAŃSKA ELŻBIETA]]"),
    (
        "credential",
        "username",
        "Moja nazwa użytkownika to [[USERNAME|mkowalska]] i nie mogę się zalogować.",
    ),
    ("credential", "login", "login [[USERNAME|piotr.nowak.93]] jest zablokowany"),
    (
        "credential",
        "gamertag",
        "mój nick w grze to [[USERNAME|PierogiDestroyer]], ktoś mi ukradł konto",
    ),
    (
        "credential",
        "handle",
        "Na Instagramie jestem [[USERNAME|@ola.w.podrozy]], tam przyszedł link.",
    ),
    ("credential", "password", "hasło to [[PASSWORD|Legia1916!]], wpisywałem je dziesięć razy"),
    ("credential", "wifi", "Hasło do wifi dla technika: [[PASSWORD|zubrowka-zielona-5]]"),
    ("credential", "pin", "mój PIN to [[PIN|3396]] a karta i tak jest odrzucana"),
    (
        "credential",
        "answer",
        "Pytanie bezpieczeństwa, nazwisko panieńskie matki: [[SECRET|Grabowska]]",
    ),
    ("credential", "student", "Mój login do USOS to [[USERNAME|s412785]] i nie działa."),
    (
        "credential",
        "employee",
        "Login pracowniczy [[USERNAME|AWOJCIK]], hasło [[PASSWORD|Jesien#2026]]",
    ),
    ("credential", "lone", "[[USERNAME|kuba_zet]]"),
    ("id", "plate", "Moja rejestracja to [[ID|=plate:PL]], auto stoi na parkingu."),
    ("id", "vin", "Numer VIN [[ID|=vin]], czy jest akcja serwisowa?"),
    ("id", "passport", "Numer paszportu [[ID|=pass:PL]], ważny do 2030."),
    ("id", "health", "Mój PESEL do NFZ to [[ID|=pesel]]."),
    ("id", "student", "numer albumu [[ID|287341]], nie widzę ocen w systemie"),
    ("id", "idcard", "Numer dowodu osobistego [[ID|=dowod]], potrzebny do umowy."),
    ("id", "health", "Dla mojej córki [[PERSON|Zuzanna Król]], PESEL [[ID|=pesel]]"),
    ("clean", "public", "Czy macie nową książkę Olgi Tokarczuk w miękkiej oprawie?"),
    ("clean", "public", "Czy koncert Dawida Podsiadło będzie transmitowany?"),
    ("clean", "public", "Czy sprzedajecie koszulkę Roberta Lewandowskiego w rozmiarze dziecięcym?"),
    ("clean", "fiction", "Syn chce puzzle z Bolkiem i Lolkiem, są dostępne?"),
    ("clean", "fiction", "Czy serial o Wiedźminie jest w moim pakiecie?"),
    ("clean", "fiction", "Macie maskotki Reksia?"),
    ("clean", "brand", "Czy czekolada E. Wedel jest bezglutenowa?"),
    ("clean", "brand", "Moja torebka Wittchen ma zepsuty zamek."),
    ("clean", "brand", "Czy kawa Jacobs jest jeszcze w promocji?"),
    ("clean", "street", "Czy metro dalej staje na Placu Wilsona?"),
    ("clean", "street", "Winda na stacji Ratusz Arsenał nie działa."),
    ("clean", "street", "Czy paczkomat przy ulicy Jana Pawła II jest czynny w niedzielę?"),
    ("clean", "model", "Czy ładowarka pasuje do Skody Enyaq?"),
    ("clean", "model", "Czy Toyota Corolla Cross ma hak fabrycznie?"),
    ("clean", "model", "Czy Xiaomi Redmi Note 13 ma NFC?"),
    ("clean", "company", "Napisałem do @Allegro_pl ale nikt nie odpowiada."),
    ("clean", "company", "Mam pisać do @PKPIntercity czy dzwonić?"),
    ("clean", "company", "Na X każą kontaktować się z @PlayPolska."),
    ("clean", "word", "Co to jest nazwa użytkownika i jak ją wybrać?"),
    ("clean", "word", "Ile znaków powinno mieć bezpieczne hasło?"),
]

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}
SHORT = {"person": "pers", "credential": "cred", "id": "id", "clean": "clean"}
CATEGORY = {
    "PERSON": "person",
    "USERNAME": "credential",
    "PASSWORD": "credential",
    "PIN": "credential",
    "SECRET": "credential",
    "ID": "id",
}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    return probe_templates.checked_rows(
        "p16", LANG_ROWS, render, short=SHORT, category_of=CATEGORY, per_language=60, clean=20
    )


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
