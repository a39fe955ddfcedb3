# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `data/chat_breadth_probe_v5.jsonl`: the fifth long-tail probe of chat breadth.

    python benchmarks/make_probe_v5.py            # rewrites the set (byte for byte)
    python benchmarks/make_probe_v5.py --check    # fails if the file on disk differs

Written blind (issue 16, fifth probe): before any detector was run on it, without reading
the recognizers, their tests, the fourth probe or its results. Short support-chat messages
in the seven languages; every row has a `kind` saying how the value is written:

- `after`: the value first, its name after it ("..., that's my passport number",
  "... – meine Steuer-ID", "... (Reisepass)", "... è la mia targa", "... to mój PESEL");
- `before`: the name first, with ordinary fillers between ("my pin is just ...",
  "Passwort lautet übrigens ...", "mi contraseña es, bueno, ...");
- `bad_check`: an ID or account whose check digit fails, but that the writer calls theirs
  ("my IBAN is ... (I may have mistyped)"): gold masks it all the same, since a typo of a
  real number is still that person's number;
- `lone`: the value typed as the whole message (an answer to a bot question): IDs,
  passwords mixing letters, digits and symbols, one-time codes.

Clean rows carry look-alikes a careless rule would mask; their kind says which: `ref`
(order, ticket, booking, tracking, invoice references named before or after), `ref_lone`
(a reference alone: "ORD-2024-1234", "#A-5521"), `product` (model and product codes,
versions), `price_date` (prices, dates, times), `hotline` (a number named as the company's),
`error`, `discount` (codes like "SUMMER25!"), `wifi` (network names), `handle` (public
usernames), `word` (a lone word with symbols: "Thanks!!", "ok2go"), `about` (a sentence about
an ID with no value in it: "what is a BSN?"), `example` (documentation and test examples:
the IBAN of the docs, DE89 3704 0044 0532 0130 00, the 4242 test card). Decision for
`example`: gold does NOT mask them; a value the writer names as the documentation's example
or a test number is public, not theirs (the rows say so in their own words).

Values come from one seeded generator; IDs and accounts with a published check carry valid
check digits (python-stdnum, or the published rule via the helpers of `make_probe_v3.py`),
phone numbers are valid for their country (phonenumbers); `bad_check` values are valid
values with one character changed until the check fails. Gold spans are exact: the
characters of the value as written, group separators included.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_probe_v3 import (  # the value makers of the third probe
    DE_DOC,
    DIG,
    UP,
    Maker,
    R,
    card,
    chars,
    de_ausweis,
    de_bban,
    de_kvnr,
    de_pass,
    de_rvnr,
    de_steuer_id,
    digits,
    es_ccc_value,
    es_dni_value,
    es_nie_value,
    es_nss,
    es_passport,
    fr_bban,
    fr_nif_value,
    fr_nir_value,
    fr_passport,
    fr_rib,
    g,
    gb_bban,
    group,
    iban,
    it_bban,
    it_cf_value,
    it_cie,
    it_passport,
    it_patente,
    it_piva,
    nl_bban,
    nl_bsn_value,
    nl_passport_value,
    phone,
    pl_bban,
    pl_dowod,
    pl_nip_value,
    pl_nrb,
    pl_passport,
    pl_pesel_value,
    sort_code,
    uk_driving,
    uk_nhs,
    uk_nino,
    until,
    us_ssn_value,
)

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v5.jsonl"
SEED = 20261207
CONS = "BCDFGHJKLMNPRSTVWXYZ"


# ---------------------------------------------------------------- credentials (own words)
def pw(word: str, style: int) -> Maker:
    """A password built on `word`: mixed case, digits and symbols in a few shapes."""

    def make(r: R) -> str:
        if style == 0:
            return word.capitalize() + r.choice("#!$%") + digits(r, 4)
        if style == 1:
            return word + "_" + digits(r, 2) + r.choice("!?*") + r.choice(UP)
        if style == 2:
            return word[0].upper() + word[1:] + digits(r, 3) + r.choice("&@#")
        if style == 3:
            return word.replace("o", "0").replace("a", "4").capitalize() + "!" + digits(r, 2)
        return chars(r, UP + DIG, 3) + r.choice("$%&") + word + digits(r, 1)

    return make


def num(n: int, sep: str = "", sizes: tuple[int, ...] = ()) -> Maker:
    return lambda r: group(digits(r, n), list(sizes), sep) if sizes else digits(r, n)


# ---------------------------------------------------------------- documents, plates
def uk_passport(r: R) -> str:
    return digits(r, 9, True)


def uk_brp(r: R) -> str:
    return r.choice(["ZU", "ZR", "RF", "ZT"]) + digits(r, 7)


def de_fuehrerschein(r: R) -> str:
    return r.choice("BFJKN") + digits(r, 3) + chars(r, UP + DIG, 5) + digits(r, 1) + r.choice(UP)


def fr_cni(r: R) -> str:
    return until(r, lambda r: chars(r, UP + DIG, 9), lambda v: sum(c.isdigit() for c in v) >= 4)


def it_pds(r: R) -> str:
    return r.choice(["I", "J"]) + digits(r, 8)


def pl_prawo_jazdy(r: R) -> str:
    return f"{digits(r, 5)}/{r.randint(10, 24)}/{digits(r, 4)}"


def pl_karta_pobytu(r: R) -> str:
    return "RP" + digits(r, 7)


def plate(country: str, sep: str = " ") -> Maker:
    def make(r: R) -> str:
        if country == "DE":
            city = r.choice(["M", "B", "HH", "K", "F", "S", "DO", "HD", "KA"])
            return f"{city}-{chars(r, UP, r.randint(1, 2))}{sep}{r.randint(1, 9999)}"
        if country == "GB":
            return f"{chars(r, UP, 2)}{digits(r, 2)}{sep}{chars(r, UP, 3)}"
        if country == "FR":
            return f"{chars(r, UP, 2)}-{digits(r, 3)}-{chars(r, UP, 2)}"
        if country == "ES":
            return f"{digits(r, 4)}{sep}{chars(r, CONS, 3)}"
        if country == "IT":
            return f"{chars(r, UP, 2)}{sep}{digits(r, 3)}{sep}{chars(r, UP, 2)}"
        if country == "NL":
            return f"{digits(r, 2)}-{chars(r, CONS, 3)}-{digits(r, 1)}"
        if country == "PL":
            return (
                f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WR'])}{sep}{digits(r, 4)}{chars(r, CONS, 1)}"
            )
        if country == "US":
            return f"{r.randint(5, 9)}{chars(r, UP, 3)}{digits(r, 3)}"
        if country == "AT":
            return f"W-{digits(r, 5)}{r.choice('ABCDEFGH')}"
        if country == "CH":
            return f"{r.choice(['ZH', 'GE', 'VD', 'BE'])}{sep}{r.randint(10000, 999999)}"
        if country == "BE":
            return f"{r.randint(1, 2)}-{chars(r, UP, 3)}-{digits(r, 3)}"
        raise ValueError(country)

    return make


# ---------------------------------------------------------------- accounts
def es_bban(r: R) -> str:
    return es_ccc_value("")(r)


def iban_of(country: str, sep: str = " ", lower: bool = False) -> Maker:
    bban = {
        "DE": de_bban,
        "FR": fr_bban,
        "ES": es_bban,
        "IT": it_bban,
        "NL": nl_bban,
        "PL": pl_bban,
        "GB": gb_bban,
    }[country]
    return iban(country, bban, sep, lower)


# ---------------------------------------------------------------- check digits that fail
def bad(make: Maker, valid: Callable[[str], bool], pos: int = -1) -> Maker:
    """`make` with one digit (or, for a letter check, the last letter) changed so that the
    check fails: the value a user gets wrong by one key."""

    def mutate(r: R) -> str:
        v = make(r)
        places = [i for i, c in enumerate(v) if c.isdigit()]
        if pos == -1 and v[-1].isalpha():
            return v[:-1] + r.choice([c for c in UP if c != v[-1].upper()])
        i = places[pos] if pos != -2 else r.choice(places)
        return v[:i] + r.choice([d for d in DIG if d != v[i]]) + v[i + 1 :]

    def fails(v: str) -> bool:
        return not valid(re.sub(r"[\s./-]", "", v))

    return lambda r: until(r, mutate, fails)


def luhn_ok(v: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(v)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def pl_nrb_ok(v: str) -> bool:
    return std_iban.is_valid("PL" + v)


# ---------------------------------------------------------------- templates
@dataclass(frozen=True)
class Tpl:
    category: str
    kind: str
    text: str
    slots: dict[str, tuple[str, Maker]]


def t(category: str, kind: str, text: str, **slots: tuple[str, Maker]) -> Tpl:
    return Tpl(category, kind, text, slots)


def c(kind: str, text: str) -> Tpl:
    return Tpl("clean", kind, text, {})


PW, PIN, OTP, PH = "PASSWORD", "PIN", "OTP", "PHONE_NUMBER"
IB, BA, CC = "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD"
PP, IDC, DL, RP, LP = "PASSPORT", "ID_CARD", "DRIVER_LICENSE", "RESIDENCE_PERMIT", "LICENSE_PLATE"
A, B, BC, L = "after", "before", "bad_check", "lone"

EN = [
    t("id", A, "{a}, that's my passport number if you need it", a=(PP, uk_passport)),
    t("id", A, "{a} – that's the NI number HMRC has for me", a=("UK_NINO", uk_nino(" "))),
    t("id", A, "{a} (driving licence) — the form keeps rejecting it", a=(DL, uk_driving)),
    t("id", A, "{a} is my car, not the one on the parking fine", a=(LP, plate("GB"))),
    t(
        "id",
        A,
        "{a} is the number on my BRP card, its the biometric residence permit",
        a=(RP, uk_brp),
    ),
    t("id", A, "{a} = my SSN, the agent asked for it on the call", a=("US_SSN", us_ssn_value("-"))),
    t("id", A, "{a} thats my NHS no. for the repeat prescription", a=("UK_NHS", uk_nhs(" "))),
    t(
        "id",
        A,
        "{a} – mein Steuer-ID, sorry, my tax ID for the german office",
        a=("DE_TAX_ID", de_steuer_id(" ")),
    ),
    t(
        "credential",
        A,
        "{a} is the PIN for my card, does the replacement keep it?",
        a=(PIN, num(4)),
    ),
    t("credential", A, "{a} was the code you texted me and it says invalid", a=(OTP, num(6))),
    t(
        "credential",
        A,
        "{a} is my password now, changed it via the email link",
        a=(PW, pw("lighthouse", 0)),
    ),
    t("account", A, "{a} — that's my Barclays account for the refund", a=(IB, iban_of("GB"))),
    t(
        "account",
        A,
        "{a} is my sort code and {b} my account number",
        a=(BA, sort_code("-")),
        b=(BA, num(8)),
    ),
    t(
        "phone",
        A,
        "{a} is my mobile, text before calling pls",
        a=(PH, phone("GB", "07###0#####", g(5, 6))),
    ),
    t("id", B, "the number on my ID card is, um, {a}", a=(IDC, de_ausweis)),
    t("id", B, "plate number on the rental was like {a}, california plates", a=(LP, plate("US"))),
    t("credential", B, "my pin is just {a} lol dont judge", a=(PIN, num(4))),
    t(
        "credential",
        B,
        "the one time code i got is actually {a} not the other one",
        a=(OTP, num(6, " ", (3, 3))),
    ),
    t("account", B, "the card i paid with was {a}, visa debit", a=(CC, card("4", " "))),
    t(
        "phone",
        B,
        "you can reach me on {a} most evenings",
        a=(PH, phone("US", "415#######", g(3, 3, 4, sep="-"))),
    ),
    t(
        "account",
        BC,
        "my IBAN is {a} (I may have mistyped)",
        a=(IB, bad(iban_of("GB"), std_iban.is_valid, -2)),
    ),
    t(
        "account",
        BC,
        "card number {a}, there might be a typo in it",
        a=(CC, bad(card("5", " "), luhn_ok, -2)),
    ),
    t(
        "id",
        BC,
        "NHS number {a} - pretty sure that's mine",
        a=("UK_NHS", bad(uk_nhs(" "), gb_nhs.is_valid)),
    ),
    t("credential", L, "{a}", a=(PW, pw("kestrel", 4))),
    t("credential", L, "{a}", a=(OTP, num(6))),
    t("id", L, "{a}", a=("UK_NINO", uk_nino(""))),
    t("id", L, "{a}", a=(PP, uk_passport)),
    t("account", L, "{a}", a=(IB, iban_of("GB", ""))),
    t(
        "credential",
        A,
        "{a} <- backup code from the printout, does it still work",
        a=(OTP, num(8, "-", (4, 4))),
    ),
]
EN_CLEAN = [
    c("ref_lone", "ORD-2024-1234"),
    c("ref_lone", "#A-5521"),
    c("word", "Thanks!!"),
    c("word", "ok2go"),
    c("about", "what is a BSN? the dutch form asks me for one"),
    c("about", "my passport expired last month, can I still fly with the ID card?"),
    c(
        "example",
        "the example IBAN in the docs is DE89 3704 0044 0532 0130 00, does your form take that format?",
    ),
    c("example", "stripe docs say use 4242 4242 4242 4242 for tests but your checkout rejects it"),
    c("ref", "112-4471-9920 is the order number, placed it tuesday"),
    c("ref", "ticket 5582013 is still open after a week"),
    c("hotline", "is 0345 300 0000 your hotline? nobody picks up"),
    c("product", "model B550M, bought in march, no display at all"),
    c("error", "error E1023 after updating to 3.4.1"),
    c("discount", "code SUMMER25! didnt apply at checkout"),
    c("wifi", "wifi is called FRITZ!Box 7530 XQ and the laptop won't connect"),
    c("handle", "@sarah_designs posted the review publicly on instagram"),
    c("ref", "tracking 1Z999AA10123456784 says delivered but nothing here"),
    c("ref", "invoice INV-88213 shows £49.99 instead of £39.99"),
    c("price_date", "booking ref is X7KQ2P, flight on 14/03 at 06:40"),
    c("ref", "7781-0042 is the booking number from the confirmation"),
    c("price_date", "paid $1,249.00 on 2024-11-03 at 10:42"),
    c("word", "gr8, thx :)"),
]

DE = [
    t("id", A, "{a} – meine Steuer-ID, falls Sie die brauchen", a=("DE_TAX_ID", de_steuer_id(" "))),
    t("id", A, "{a} ist meine Ausweisnummer (neuer Perso)", a=(IDC, de_ausweis)),
    t("id", A, "{a} (Reisepass) – läuft 2031 ab", a=(PP, de_pass)),
    t("id", A, "{a} – mein Kennzeichen, der Strafzettel ist nicht von mir", a=(LP, plate("DE"))),
    t("id", A, "{a}, das ist meine Rentenversicherungsnummer", a=("DE_RVNR", de_rvnr)),
    t(
        "id",
        A,
        "{a} — Nummer von meinem Aufenthaltstitel",
        a=(RP, lambda r: "Y" + chars(r, DE_DOC, 8)),
    ),
    t("id", A, "{a} steht auf meinem Führerschein als Nummer", a=(DL, de_fuehrerschein)),
    t("account", A, "{a} ist meine IBAN bei der Sparkasse", a=(IB, iban_of("DE"))),
    t("credential", A, "{a} ist der Code aus der SMS", a=(OTP, num(6))),
    t("credential", A, "{a} – so heißt mein neues Passwort", a=(PW, pw("schneeflocke", 1))),
    t("credential", A, "{a} ist meine PIN glaub ich", a=(PIN, num(4))),
    t(
        "phone",
        A,
        "{a} – meine Handynummer, bitte nur per SMS",
        a=(PH, phone("DE", "0151########", g(4, 8))),
    ),
    t(
        "id",
        B,
        "meine Krankenversichertennummer ist eigentlich {a}, steht auf der Karte",
        a=("DE_KVNR", de_kvnr),
    ),
    t("id", B, "das Kennzeichen vom Mietwagen in Wien war, glaube ich, {a}", a=(LP, plate("AT"))),
    t("account", B, "Kartennummer wäre dann {a}, Mastercard", a=(CC, card("5", " "))),
    t("account", B, "alte Kontonummer ist {a}, BLZ weiß ich nicht mehr", a=(BA, num(10))),
    t("credential", B, "Passwort lautet übrigens {a}", a=(PW, pw("wanderweg", 2))),
    t("credential", B, "TAN: also die kam als {a} an", a=(OTP, num(6))),
    t(
        "phone",
        B,
        "erreichbar bin ich unter {a}",
        a=(PH, phone("DE", "0176#######", lambda n: n[:4] + " " + n[4:])),
    ),
    t(
        "account",
        BC,
        "meine IBAN ist {a} (kann sein, dass ich mich vertippt habe)",
        a=(IB, bad(iban_of("DE"), std_iban.is_valid, -2)),
    ),
    t(
        "id",
        BC,
        "Steuer-ID {a} – oder hab ich da einen Zahlendreher?",
        a=("DE_TAX_ID", bad(de_steuer_id(" "), de_idnr.is_valid)),
    ),
    t("id", L, "{a}", a=("DE_TAX_ID", de_steuer_id(" "))),
    t("id", L, "{a}", a=(IDC, de_ausweis)),
    t("credential", L, "{a}", a=(PW, pw("Sommerregen", 0))),
    t("credential", L, "{a}", a=(OTP, num(6, " ", (3, 3)))),
    t("account", L, "{a}", a=(IB, iban_of("DE"))),
    t(
        "account",
        BC,
        "Kreditkarte {a}, kann sein dass eine Ziffer falsch ist",
        a=(CC, bad(card("4", " "), luhn_ok, -2)),
    ),
    t("id", A, "{a} ist mein Nummernschild aus der Schweiz", a=(LP, plate("CH"))),
]
DE_CLEAN = [
    c("ref", "Bestellnummer 302-8841772-1150, Paket fehlt noch"),
    c("ref", "4711-2209 ist die Auftragsnummer laut Bestätigungsmail"),
    c("ref", "Rechnung RE-2024-08812 über 129,90 € stimmt nicht"),
    c("hotline", "Ist 0800 330 1000 Ihre Hotline? Da geht keiner ran"),
    c("product", "Mainboard B550M Pro, BIOS-Version F15, bootet nicht"),
    c("error", "Fehlercode F28 an der Therme seit gestern"),
    c("discount", "Gutscheincode HERBST15! wird nicht akzeptiert"),
    c("wifi", "WLAN heißt Vodafone-A4F2, das Passwort steht auf dem Router"),
    c("about", "Was ist eigentlich eine Steuer-ID und wo finde ich die?"),
    c("about", "mein Personalausweis ist abgelaufen, reicht der Reisepass?"),
    c(
        "example",
        "In der Doku steht als Beispiel-IBAN DE89 3704 0044 0532 0130 00 – muss ich das genau so eingeben?",
    ),
    c("word", "Danke!!! 🙏"),
    c("ref_lone", "#B-7781"),
    c("ref", "Ticket 2024-55810 ist seit zwei Wochen offen"),
    c("ref", "Sendungsnummer 00340434161094042557 laut DHL zugestellt"),
    c("price_date", "Termin am 12.03.2025 um 14:30, Filiale Hauptstraße 12"),
    c("handle", "Nutzer @techfritz hat im Forum die Lösung gepostet"),
    c("product", "Version 2.14.3 stürzt beim Start ab"),
    c("price_date", "Tarif kostet 39,99 € im Monat, Laufzeit 24 Monate"),
    c("ref", "558120 ist die Vorgangsnummer vom Support"),
    c("product", "Kabel USB-C 3.2 Gen 2, Artikel 4061234"),
    c("word", "alles klar 👍!"),
]

FR = [
    t("id", A, "{a}, c'est mon numéro de sécu", a=("FR_NIR", fr_nir_value(" "))),
    t("id", A, "{a} (carte d'identité) – la nouvelle au format carte bancaire", a=(IDC, fr_cni)),
    t("id", A, "{a} c'est mon passeport", a=(PP, fr_passport)),
    t("id", A, "{a}, c'est ma plaque d'immatriculation", a=(LP, plate("FR"))),
    t("id", A, "{a} c'est mon numéro fiscal", a=("FR_NIF", fr_nif_value)),
    t("id", A, "{a} (titre de séjour) expire bientôt", a=(RP, num(10))),
    t(
        "id",
        A,
        "{a}, c'est ma plaque suisse, la voiture est immatriculée à Genève",
        a=(LP, plate("CH")),
    ),
    t("account", A, "{a} c'est mon IBAN à la Banque Postale", a=(IB, iban_of("FR"))),
    t("credential", A, "{a}, c'est le code reçu par SMS", a=(OTP, num(6))),
    t("credential", A, "{a} – mon mot de passe, je l'ai changé hier", a=(PW, pw("mirabelle", 3))),
    t("phone", A, "{a} c'est mon portable", a=(PH, phone("FR", "06########", g(2, 2, 2, 2, 2)))),
    t("account", B, "mon RIB c'est, euh, {a}", a=(BA, fr_rib)),
    t("credential", B, "le code de ma carte bleue est {a}", a=(PIN, num(4))),
    t("account", B, "ma carte c'est la {a}", a=(CC, card("4", ""))),
    t("credential", B, "le mot de passe provisoire était {a}", a=(PW, pw("cerisier", 1))),
    t("id", B, "la plaque de la voiture de location en Espagne : {a}", a=(LP, plate("ES"))),
    t("id", B, "mon permis de conduire porte le numéro {a}", a=(DL, num(12))),
    t(
        "phone",
        B,
        "vous pouvez me joindre au {a}",
        a=(PH, phone("FR", "07########", g(2, 2, 2, 2, 2, sep="."))),
    ),
    t(
        "account",
        BC,
        "mon IBAN : {a} (j'ai peut-être fait une faute de frappe)",
        a=(IB, bad(iban_of("FR"), std_iban.is_valid, -2)),
    ),
    t(
        "id",
        BC,
        "numéro de sécu {a}, je crois, pas sûr de la clé",
        a=("FR_NIR", bad(fr_nir_value(" "), fr_nir.is_valid)),
    ),
    t("id", L, "{a}", a=("FR_NIR", fr_nir_value(""))),
    t("credential", L, "{a}", a=(PW, pw("chouquette", 4))),
    t("credential", L, "{a}", a=(OTP, num(6))),
    t("account", L, "{a}", a=(IB, iban_of("FR", ""))),
    t("id", L, "{a}", a=(PP, fr_passport)),
    t(
        "account",
        BC,
        "ma carte {a} (je ne suis pas sûr du dernier chiffre)",
        a=(CC, bad(card("5", " "), luhn_ok)),
    ),
]
FR_CLEAN = [
    c("ref", "CMD-77821-FR c'est la référence de la commande"),
    c("ref", "4409-XK c'est la référence, c'est écrit sur la facture"),
    c("ref", "numéro de suivi 6A12345678901, colis bloqué"),
    c("price_date", "facture F2024-1187 de 89,90 € prélevée deux fois"),
    c("hotline", "c'est bien votre hotline le 3639 ? personne ne répond"),
    c("product", "carte mère B550M, version BIOS 2.80"),
    c("error", "erreur 0x80070643 pendant la mise à jour"),
    c("discount", "le code promo PRINTEMPS20! ne marche pas"),
    c("wifi", "le wifi s'appelle Livebox-7A3C et ça coupe"),
    c("about", "c'est quoi un numéro fiscal ? on me le demande partout"),
    c("about", "mon passeport a expiré en janvier, je fais comment ?"),
    c(
        "example",
        "dans la doc l'exemple d'IBAN est FR76 3000 6000 0112 3456 7890 189, c'est le bon format ?",
    ),
    c("word", "Merci !!"),
    c("price_date", "rdv le 15/04 à 9h30 à l'agence"),
    c("ref", "réservation n° HX4K9P pour 2 nuits"),
    c("handle", "le compte @sncf_voyageurs a répondu sur twitter"),
    c("ref_lone", "REF-2025-0042"),
    c("ref_lone", "#FR-20931"),
    c("product", "Peugeot 208 PureTech 100, immatriculée en 2021"),
    c("word", "super, merci :)!"),
]

ES = [
    t("id", A, "{a}, ese es mi DNI", a=("ES_NIF", es_dni_value)),
    t("id", A, "{a} (NIE) – lo pone en la tarjeta verde", a=("ES_NIE", es_nie_value)),
    t("id", A, "{a} es mi número de pasaporte", a=(PP, es_passport)),
    t("id", A, "{a} es la matrícula de mi coche", a=(LP, plate("ES"))),
    t("id", A, "{a} es el número de la seguridad social", a=("ES_NSS", es_nss)),
    t("id", A, "{a} es mi matrícula belga, el coche es de mi suegro", a=(LP, plate("BE"))),
    t("account", A, "{a}, es mi cuenta en CaixaBank", a=(IB, iban_of("ES"))),
    t("credential", A, "{a} es el código que me llegó por SMS", a=(OTP, num(6))),
    t("credential", A, "{a} – mi contraseña nueva", a=(PW, pw("azulejo", 0))),
    t("credential", A, "{a} es el pin de la tarjeta", a=(PIN, num(4))),
    t("phone", A, "{a} es mi móvil", a=(PH, phone("ES", "6########", g(3, 3, 3)))),
    t("account", B, "el número de la tarjeta es {a}, visa", a=(CC, card("4", "-"))),
    t("credential", B, "mi contraseña es, bueno, {a}", a=(PW, pw("mariposa", 2))),
    t("account", B, "la cuenta antigua era {a}", a=(BA, es_ccc_value(" "))),
    t("id", B, "mi carnet de conducir es el mismo número que el DNI: {a}", a=(DL, es_dni_value)),
    t("id", B, "matrícula del coche de alquiler en Francia: {a}", a=(LP, plate("FR"))),
    t(
        "phone",
        B,
        "llámame al {a} por la tarde",
        a=(PH, phone("ES", "6########", lambda n: "+34 " + n)),
    ),
    t(
        "id",
        BC,
        "mi DNI es {a} (puede que me haya equivocado en la letra)",
        a=("ES_NIF", bad(es_dni_value, es_dni.is_valid)),
    ),
    t(
        "account",
        BC,
        "IBAN {a}, creo que me equivoqué al copiarlo",
        a=(IB, bad(iban_of("ES"), std_iban.is_valid, -2)),
    ),
    t("id", L, "{a}", a=("ES_NIF", es_dni_value)),
    t("credential", L, "{a}", a=(OTP, num(6))),
    t("credential", L, "{a}", a=(PW, pw("Girasoles", 2))),
    t("id", L, "{a}", a=("ES_NIE", es_nie_value)),
    t("account", L, "{a}", a=(CC, card("4", ""))),
    t("id", A, "{a} es mi tarjeta de residencia (TIE)", a=(RP, es_nie_value)),
]
ES_CLEAN = [
    c("ref", "PED-99812 es el número de pedido"),
    c("ref", "número de seguimiento ES2024TRK000918, sigue en reparto"),
    c("price_date", "factura 2024/00783 por 59,95 €"),
    c("hotline", "¿ese es vuestro teléfono de atención, el 900 100 200?"),
    c("product", "placa base B550M, no arranca"),
    c("error", "error 403 al entrar en la app"),
    c("discount", "el cupón VERANO25! no funciona"),
    c("wifi", "la red wifi se llama MOVISTAR_4F1A"),
    c("about", "¿qué es el NIE y cómo lo saco?"),
    c("about", "se me caducó el DNI la semana pasada"),
    c("example", "en la guía ponen de ejemplo ES91 2100 0418 4502 0005 1332, ¿es así el formato?"),
    c("word", "¡¡Gracias!!"),
    c("ref", "reserva H7TQ2L, vuelo del 22/05 a las 07:15"),
    c("product", "versión 5.1.2 de la app"),
    c("handle", "el usuario @marta_viajes lo publicó en el foro"),
    c("ref_lone", "#ES-4410"),
    c("product", "modelo SEAT León 1.5 TSI, 150 CV"),
    c("ref_lone", "PED-2024-00917"),
    c("price_date", "el envío cuesta 4,99 € y llega el 3 de julio"),
    c("word", "vale!!"),
]

IT = [
    t("id", A, "{a} è il mio codice fiscale", a=("IT_FISCAL_CODE", it_cf_value())),
    t("id", A, "{a} è la mia carta d'identità", a=(IDC, it_cie)),
    t("id", A, "{a} (passaporto) scade a giugno", a=(PP, it_passport)),
    t("id", A, "{a} è la mia targa", a=(LP, plate("IT"))),
    t("id", A, "{a} è la mia patente", a=(DL, it_patente)),
    t("id", A, "{a} è il numero del permesso di soggiorno", a=(RP, it_pds)),
    t("id", A, "{a} è la mia partita iva", a=("IT_VAT_CODE", it_piva)),
    t("account", A, "{a}, è il mio IBAN su Fineco", a=(IB, iban_of("IT"))),
    t("credential", A, "{a} è il codice OTP che mi è arrivato", a=(OTP, num(6))),
    t("credential", A, "{a} – la mia password, l'ho appena cambiata", a=(PW, pw("tramonto", 3))),
    t("credential", A, "{a} è il pin del bancomat", a=(PIN, num(5))),
    t("phone", A, "{a} è il mio cellulare", a=(PH, phone("IT", "3#########", g(3, 7)))),
    t("account", B, "la carta è la {a}, mastercard", a=(CC, card("5", " "))),
    t("credential", B, "la mia password è tipo {a}", a=(PW, pw("girandola", 4))),
    t("id", B, "la targa della macchina a noleggio in Germania era {a}", a=(LP, plate("DE", ""))),
    t("credential", B, "il codice di verifica è {a}", a=(OTP, num(6, " ", (3, 3)))),
    t(
        "phone",
        B,
        "potete chiamarmi al {a}",
        a=(PH, phone("IT", "3#########", lambda n: "+39 " + n)),
    ),
    t(
        "id",
        BC,
        "codice fiscale {a} (forse ho sbagliato una lettera)",
        a=("IT_FISCAL_CODE", bad(it_cf_value(), it_cf.is_valid)),
    ),
    t(
        "account",
        BC,
        "IBAN {a}, mi sa che ho sbagliato a copiare",
        a=(IB, bad(iban_of("IT"), std_iban.is_valid, -2)),
    ),
    t("id", L, "{a}", a=("IT_FISCAL_CODE", it_cf_value(lower=True))),
    t("credential", L, "{a}", a=(PW, pw("Limoncello", 1))),
    t("credential", L, "{a}", a=(OTP, num(6, " ", (3, 3)))),
    t("id", L, "{a}", a=(IDC, it_cie)),
    t("account", L, "{a}", a=(IB, iban_of("IT"))),
    t("phone", A, "{a}, il fisso di casa", a=(PH, phone("IT", "02########", g(2, 8)))),
]
IT_CLEAN = [
    c("ref", "ORD-IT-55120 è il numero d'ordine"),
    c("ref", "numero di spedizione BRT 0512 3345 0091, fermo in deposito"),
    c("price_date", "fattura n. 2024/118 da 74,50 €"),
    c("hotline", "è il vostro numero verde 800 900 700? non risponde nessuno"),
    c("product", "targa Porsche 911, modello 992 Carrera S"),
    c("error", "errore E-204 sulla lavatrice"),
    c("discount", "codice sconto ESTATE30! scaduto?"),
    c("wifi", "la rete wifi si chiama TIM-28441123"),
    c("about", "cos'è il codice fiscale e dove lo trovo?"),
    c("about", "il mio passaporto è scaduto a marzo"),
    c(
        "example",
        "nella documentazione l'IBAN di esempio è IT60 X054 2811 1010 0000 0123 456, va bene così?",
    ),
    c("word", "Grazie mille!!"),
    c("price_date", "prenotazione KX82QP per il 03/06 alle 20:00"),
    c("product", "versione 12.4 del firmware"),
    c("ref_lone", "#IT-0091"),
    c("handle", "l'account @trenitalia ha risposto su X"),
    c("ref", "biglietto 2024-TR-88113, treno Frecciarossa 9531"),
    c("hotline", "il vostro call center è 02 3030 3030, giusto?"),
    c("word", "ok grz!!"),
    c("error", "codice errore 0x0000007B all'avvio"),
]

NL = [
    t("id", A, "{a}, dat is mijn BSN", a=("NL_BSN", nl_bsn_value(""))),
    t("id", A, "{a} – mijn paspoortnummer", a=(PP, nl_passport_value)),
    t("id", A, "{a} is mijn kenteken", a=(LP, plate("NL"))),
    t("id", A, "{a} (rijbewijsnummer)", a=(DL, lambda r: digits(r, 10, True))),
    t("id", A, "{a} is het nummer van mijn verblijfsvergunning", a=(RP, nl_passport_value)),
    t("id", A, "{a}, dat is m'n ID-kaart", a=(IDC, nl_passport_value)),
    t("id", A, "{a} is mijn BSN, sorry my dutch is not good", a=("NL_BSN", nl_bsn_value("."))),
    t("account", A, "{a} is mijn rekeningnummer (ING)", a=(IB, iban_of("NL"))),
    t("credential", A, "{a} is de code uit de sms", a=(OTP, num(6))),
    t("credential", A, "{a} is mijn nieuwe wachtwoord", a=(PW, pw("stroopwafel", 0))),
    t("credential", A, "{a} is mijn pincode", a=(PIN, num(4))),
    t(
        "phone",
        A,
        "{a} is mijn mobiele nummer",
        a=(PH, phone("NL", "06########", g(2, 8, sep="-"))),
    ),
    t("credential", B, "mijn wachtwoord is eh {a}", a=(PW, pw("regenboog", 1))),
    t("account", B, "pasnummer is {a}", a=(CC, card("4", " "))),
    t("id", B, "het kenteken van de huurauto in Polen was {a}", a=(LP, plate("PL"))),
    t("credential", B, "de verificatiecode is nu {a}", a=(OTP, num(6))),
    t(
        "phone",
        B,
        "bel me even op {a}",
        a=(PH, phone("NL", "06########", lambda n: "+31 6 " + n[2:])),
    ),
    t(
        "id",
        BC,
        "mijn BSN is {a} (misschien een typfout)",
        a=("NL_BSN", bad(nl_bsn_value(""), nl_bsn.is_valid)),
    ),
    t(
        "account",
        BC,
        "IBAN {a}, weet niet zeker of ik het goed heb overgetypt",
        a=(IB, bad(iban_of("NL"), std_iban.is_valid, -2)),
    ),
    t("id", L, "{a}", a=("NL_BSN", nl_bsn_value(""))),
    t("credential", L, "{a}", a=(PW, pw("Tulpenveld", 2))),
    t("credential", L, "{a}", a=(OTP, num(6, " ", (3, 3)))),
    t("id", L, "{a}", a=(PP, nl_passport_value)),
    t("account", L, "{a}", a=(IB, iban_of("NL", "", lower=True))),
    t("id", A, "{a} is mijn Belgische nummerplaat", a=(LP, plate("BE"))),
]
NL_CLEAN = [
    c("ref", "bestelnummer 1044-8832-19, nog niet geleverd"),
    c("ref_lone", "ORD-2025-5120"),
    c("ref", "track & trace 3SABCD1234567 zegt bezorgd"),
    c("price_date", "factuur 2024-0091 van €34,95"),
    c("hotline", "is 088 123 4567 jullie klantenservice? ik kom er niet door"),
    c("product", "moederbord B550M, geen beeld"),
    c("error", "foutcode E03 op de wasmachine"),
    c("discount", "kortingscode WINTER10! werkt niet"),
    c("wifi", "wifi-netwerk heet Ziggo5G-9A2B"),
    c("about", "wat is een BSN precies?"),
    c("about", "mijn rijbewijs is verlopen, kan ik nog huren?"),
    c(
        "example",
        "op de website staat als voorbeeld NL91 ABNA 0417 1643 00, moet ik het zo invullen?",
    ),
    c("word", "Bedankt!!"),
    c("price_date", "afspraak op 04-07 om 10:15"),
    c("handle", "@ns_online heeft het publiek gemeld"),
    c("product", "versie 8.1.0 van de app"),
    c("ref", "ordernummer is 2024-771-0042, betaald met iDEAL"),
    c("word", "top!! 👌"),
    c("price_date", "levering op 12 maart tussen 08:00 en 12:00"),
]

PL = [
    t("id", A, "{a} to mój PESEL", a=("PL_PESEL", pl_pesel_value)),
    t("id", A, "{a} – numer mojego dowodu", a=(IDC, pl_dowod)),
    t("id", A, "{a} (paszport)", a=(PP, pl_passport)),
    t("id", A, "{a} to moja rejestracja", a=(LP, plate("PL"))),
    t("id", A, "{a} to mój NIP", a=("PL_NIP", pl_nip_value("-"))),
    t("id", A, "{a} to numer prawa jazdy", a=(DL, pl_prawo_jazdy)),
    t("id", A, "{a} to numer karty pobytu", a=(RP, pl_karta_pobytu)),
    t("account", A, "{a} to mój numer konta w PKO", a=(BA, pl_nrb(" "))),
    t("credential", A, "{a} to kod z SMS-a", a=(OTP, num(6))),
    t("credential", A, "{a} – moje nowe hasło", a=(PW, pw("wiewiorka", 3))),
    t("credential", A, "{a} to PIN do karty", a=(PIN, num(4))),
    t("phone", A, "{a} to mój numer komórki", a=(PH, phone("PL", "5########", g(3, 3, 3)))),
    t("credential", B, "hasło to chyba {a}", a=(PW, pw("pierniczek", 0))),
    t("account", B, "numer karty {a}, visa", a=(CC, card("4", " "))),
    t("id", B, "rejestracja auta z wypożyczalni w Holandii: {a}", a=(LP, plate("NL"))),
    t("credential", B, "kod BLIK to {a}", a=(OTP, num(6))),
    t(
        "phone",
        B,
        "proszę dzwonić na {a}",
        a=(PH, phone("PL", "6########", g(3, 3, 3, prefix="+48 "))),
    ),
    t(
        "id",
        BC,
        "mój PESEL to {a} (mogłem się pomylić)",
        a=("PL_PESEL", bad(pl_pesel_value, pl_pesel.is_valid)),
    ),
    t(
        "account",
        BC,
        "nr konta {a}, chyba źle przepisałem",
        a=(BA, bad(pl_nrb(" "), pl_nrb_ok, -2)),
    ),
    t("id", L, "{a}", a=("PL_PESEL", pl_pesel_value)),
    t("credential", L, "{a}", a=(PW, pw("Jezioro", 4))),
    t("credential", L, "{a}", a=(OTP, num(6, " ", (3, 3)))),
    t("id", L, "{a}", a=(IDC, pl_dowod)),
    t("account", L, "{a}", a=(BA, pl_nrb(""))),
    t("id", A, "{a}, to tablica z Niemiec, auto brata", a=(LP, plate("DE"))),
]
PL_CLEAN = [
    c("ref", "ZAM-2024-7781 to numer zamówienia"),
    c("ref", "numer przesyłki 620012345678901234567 w InPost"),
    c("price_date", "faktura FV/11/2024 na 249,00 zł"),
    c("hotline", "czy 22 199 99 99 to wasza infolinia?"),
    c("product", "płyta główna B550M nie startuje"),
    c("error", "kod błędu 0xC000021A po restarcie"),
    c("discount", "kod rabatowy LATO25! nie działa"),
    c("wifi", "sieć wifi nazywa się Orange_Swiatlowod_2A4C"),
    c("about", "co to jest PESEL i po co wam on?"),
    c("about", "mój paszport stracił ważność"),
    c(
        "example",
        "w instrukcji przykładowy numer konta to PL61 1090 1014 0000 0712 1981 2874 — mam wpisać w tym formacie?",
    ),
    c("word", "Dzięki!!"),
    c("word", "ok👍"),
    c("price_date", "wizyta 12.05 o 16:30"),
    c("handle", "@allegro_pl odpisali publicznie na fb"),
    c("product", "wersja 3.2.1 aplikacji"),
    c("ref_lone", "#PL-3318"),
    c("word", "spoko!!"),
    c("product", "Skoda Octavia 2.0 TDI, rocznik 2019"),
]

SETS: dict[str, list[Tpl]] = {
    "en": EN + EN_CLEAN,
    "de": DE + DE_CLEAN,
    "fr": FR + FR_CLEAN,
    "es": ES + ES_CLEAN,
    "it": IT + IT_CLEAN,
    "nl": NL + NL_CLEAN,
    "pl": PL + PL_CLEAN,
}
SHORT = {"credential": "cred", "id": "id", "account": "acco", "phone": "phon", "clean": "clea"}


def render(tpl: Tpl, r: R) -> tuple[str, list[dict[str, object]]]:
    """Fill the slots left to right; the gold spans are the values as written."""
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w)\}", tpl.text):
        text += tpl.text[pos : m.start()]
        label, make = tpl.slots[m.group(1)]
        value = make(r)
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
        pos = m.end()
    text += tpl.text[pos:]
    return text, spans


def build() -> str:
    r = random.Random(SEED)
    lines, seen = [], set()
    for lang, tpls in SETS.items():
        counters: dict[str, int] = {}
        for tpl in tpls:
            text, spans = render(tpl, r)
            if text in seen:
                raise RuntimeError(f"two messages alike: {text!r}")
            seen.add(text)
            n = counters[tpl.category] = counters.get(tpl.category, 0) + 1
            row = {
                "id": f"p5-{lang}-{SHORT[tpl.category]}-{n:02d}",
                "lang": lang,
                "category": tpl.category,
                "kind": tpl.kind,
                "text": text,
                "spans": spans,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == data
        print("identical" if same else "differs")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({data.count(chr(10))} messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
