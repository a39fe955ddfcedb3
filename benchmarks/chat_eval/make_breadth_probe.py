"""Build the probe set of issue 16's long tail (``data/chat_breadth_probe_v1.jsonl``).

Written before running the detector on it, by reading the three earlier breadth sets only to
avoid their phrasing: support-chat lines in the seven languages with credentials (passwords
after typos, abbreviations and inflected words, values before the word or on their own
line after a question; PINs, CVVs, one-time codes, backup codes, tokens), ID numbers
(national IDs written in groups or lowercase, passports, driving licences, member and
patient numbers), bank accounts outside IBAN, and phone numbers (national and
international, including countries outside the eight the phone recognizer started with),
plus clean look-alikes (order, ticket, tracking and invoice numbers, prices, versions,
hotlines, dates, times, SKUs, postcodes). Values are generated here, seeded, with valid
check digits where the scheme has one (python-stdnum and ``phonenumbers`` check them), so
the file rebuilds byte for byte::

    python benchmarks/chat_eval/make_breadth_probe.py            # writes the file
    python benchmarks/chat_eval/make_breadth_probe.py --check    # compares with the file

Scored by ``python benchmarks/bench_chat_breadth.py --set probe`` with the held-out rules.
In a template every ``§`` is replaced, in order, by the next ``(label, value)``; gold spans
are the personal values only (a sort code, routing number or bank code names a branch and
stays unannotated). Secrets and keys are random strings in well-known shapes, never real.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.au import tfn as au_tfn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon

OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_probe_v1.jsonl"
SEED = 16_2031
MARK = "§"
LOWER_ALNUM = string.ascii_lowercase + string.digits

rng = random.Random(SEED)


def digits(n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def until(make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    while True:
        value = make()
        if ok(value):
            return value


def groups(value: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(value[i : i + size])
        i += size
    return sep.join(out)


# ---------------------------------------------------------------- values
def iban(country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        body = bban()
        check = 98 - int("".join(str(int(c, 36)) for c in body + country + "00")) % 97
        return f"{country}{check:02d}{body}"

    return until(make, std_iban.is_valid)


def be_bban() -> str:
    body = digits(10)
    return f"{body}{int(body) % 97 or 97:02d}"


def nrb() -> str:
    return iban("PL", lambda: digits(24))[2:]


def de_tax_id() -> str:
    return until(lambda: str(rng.randint(1, 9)) + digits(10), de_idnr.is_valid)


def fr_nir_value() -> str:
    def make() -> str:
        body = rng.choice("12") + digits(2) + f"{rng.randint(1, 12):02d}" + digits(8)
        return f"{body}{97 - int(body) % 97:02d}"

    return until(make, fr_nir.is_valid)


def es_dni_value() -> str:
    body = f"{rng.randint(10_000_000, 99_999_999)}"
    return body + es_dni.calc_check_digit(body)


def es_nie_value() -> str:
    body = rng.choice("XYZ") + digits(7)
    return body + es_nie.calc_check_digit(body)


def es_ccc_value() -> str:
    bank, branch, account = digits(4), digits(4), digits(10)
    check = es_ccc.calc_check_digits(bank + branch + "00" + account)
    value = bank + branch + check + account
    assert es_ccc.is_valid(value)
    return value


def it_cf_value() -> str:
    body = letters(6) + f"{rng.randint(50, 99)}" + rng.choice("ABCDEHLMPRST")
    body += f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}" + rng.choice("FHL") + digits(3)
    return body + it_cf.calc_check_digit(body)


def es_nss() -> str:
    body = "28" + digits(8)
    return f"{body[:2]} {body[2:]} {int(body) % 97:02d}"


def fr_cni() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return until(lambda: alnum(9, alphabet), lambda v: sum(c.isdigit() for c in v) >= 3)


def nl_bsn_value() -> str:
    return until(lambda: str(rng.randint(1, 6)) + digits(8), nl_bsn.is_valid)


def pesel() -> str:
    def make() -> str:
        body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        return body + digits(4) + pl_pesel.calc_check_digit(body + digits(4))

    return until(make, pl_pesel.is_valid)


def nip() -> str:
    return until(lambda: str(rng.randint(1, 9)) + digits(9), pl_nip.is_valid)


def regon() -> str:
    return until(lambda: str(rng.randint(1, 9)) + digits(8), pl_regon.is_valid)


def ahv() -> str:
    def make() -> str:
        body = "756" + digits(9)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    v = until(make, ch_ssn.is_valid)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def nhs() -> str:
    return until(lambda: digits(10), gb_nhs.is_valid)


def ssn() -> str:
    return f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


def sin() -> str:
    return until(lambda: str(rng.randint(1, 7)) + digits(8), ca_sin.is_valid)


def tfn() -> str:
    return until(lambda: digits(9), au_tfn.is_valid)


def aadhaar() -> str:
    body = str(rng.randint(2, 9)) + digits(10)
    return body + verhoeff.calc_check_digit(body)


def card(prefix: str = "4", length: int = 16) -> str:
    return until(lambda: prefix + digits(length - len(prefix)), luhn.is_valid)


def aba() -> str:
    def ok(v: str) -> bool:
        w = [3, 7, 1] * 3
        return sum(int(c) * x for c, x in zip(v, w, strict=True)) % 10 == 0

    return until(lambda: rng.choice(["0", "1", "2"]) + digits(8), ok)


def fr_rib() -> tuple[str, str, str, str]:
    bank, branch, account = digits(5), digits(5), digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank, branch, account, f"{key:02d}"


def phone(region: str, make: Callable[[], str]) -> str:
    def ok(v: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
        except phonenumbers.NumberParseException:
            return False

    return until(make, ok)


def pw(words: list[str]) -> str:
    return (
        rng.choice(words)
        + rng.choice(["!", "#", "$", "%", "*", "?", "&", "@", "."])
        + digits(rng.choice([2, 3, 4]))
    )


def otp() -> str:
    return digits(6)


def pin() -> str:
    return digits(4)


# ---------------------------------------------------------------- messages
Row = tuple[str, str, str, list[tuple[str, str]]]


def english() -> list[Row]:
    e = "en"
    s = ssn()
    c = card("5", 16)
    return [
        (
            "credential",
            e,
            "cant sign in with pwd §, is caps lock a thing on your side",
            [("PASSWORD", pw(["Kestrel", "harbor"]))],
        ),
        (
            "credential",
            e,
            "§ is my password for the portal, been using it for years",
            [("PASSWORD", "Lighthouse77")],
        ),
        (
            "credential",
            e,
            "what password did I set? oh wait i remember now\n§",
            [("PASSWORD", "teal-otter-93")],
        ),
        (
            "credential",
            e,
            "the pasword i typed was § and it still says invalid",
            [("PASSWORD", pw(["Quartz", "juniper"]))],
        ),
        (
            "credential",
            e,
            "reset it to §  please, same as my old one",
            [("PASSWORD", "Winter2019!")],
        ),
        ("credential", e, "debit card PIN § isnt accepted at the terminal", [("PIN", pin())]),
        ("credential", e, "security code on the back of the card: §", [("CVV", digits(3))]),
        (
            "credential",
            e,
            "you texted me § a minute ago, it says the code is wrong",
            [("OTP", otp())],
        ),
        ("credential", e, "one time passcode §", [("OTP", digits(3) + " " + digits(3))]),
        (
            "credential",
            e,
            "recovery codes: § § §",
            [
                (
                    "BACKUP_CODE",
                    f"{alnum(5, LOWER_ALNUM)}-{alnum(5, LOWER_ALNUM)}",
                )
                for _ in range(3)
            ],
        ),
        (
            "credential",
            e,
            "gitlab personal access token § expired?",
            [("API_KEY", "glpat-" + alnum(20))],
        ),
        (
            "credential",
            e,
            "DB_PASSWORD=§ in prod but the app cant connect",
            [("PASSWORD", alnum(16))],
        ),
        ("id", e, "social security # is §", [("US_SSN", groups(s, [3, 2, 4], " "))]),
        ("id", e, "my nino is § if that helps", [("UK_NINO", "jg" + digits(6) + "c")]),
        ("id", e, "nhs number: §", [("UK_NHS", groups(nhs(), [3, 3, 4], "-"))]),
        ("id", e, "passport no § (british) expires 2029", [("UK_PASSPORT", digits(9))]),
        ("id", e, "my MRN at the clinic is § , need my lab results", [("PATIENT_ID", digits(8))]),
        ("id", e, "membership # § , gym app wont load", [("MEMBER_ID", "GM" + digits(7))]),
        ("id", e, "SIN § for the tax slip", [("CA_SIN", groups(sin(), [3, 3, 3], "-"))]),
        (
            "id",
            e,
            "tax file number § , payroll says mismatch",
            [("AU_TFN", groups(tfn(), [3, 3, 3], " "))],
        ),
        (
            "id",
            e,
            "aadhar no. § (spelled it wrong sorry)",
            [("IN_AADHAAR", groups(aadhaar(), [4, 4, 4], "-"))],
        ),
        (
            "account",
            e,
            "acct # § routing § , paycheck bounced",
            [("US_BANK_NUMBER", digits(10)), ("ABA_ROUTING", aba())],
        ),
        ("account", e, "send it to my account § sort code 20-32-06", [("BANK_ACCOUNT", digits(8))]),
        (
            "account",
            e,
            "card ending... actually full number is § exp 08/27",
            [("CREDIT_CARD", groups(c, [4, 4, 4, 4], "-"))],
        ),
        (
            "phone",
            e,
            "call me back on § after 5pm",
            [("PHONE_NUMBER", phone("GB", lambda: "07" + digits(3) + " " + digits(6)))],
        ),
        (
            "phone",
            e,
            "my cell is § , text is fine",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "US",
                        lambda: f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{digits(4)}",
                    ),
                )
            ],
        ),
        (
            "phone",
            e,
            "mobile: § (ireland)",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "IE",
                        lambda: "+353 8" + rng.choice("3567") + " " + digits(3) + " " + digits(4),
                    ),
                )
            ],
        ),
        (
            "phone",
            e,
            "reach me at § in sydney",
            [
                (
                    "PHONE_NUMBER",
                    phone("AU", lambda: "04" + digits(2) + " " + digits(3) + " " + digits(3)),
                )
            ],
        ),
        ("clean", e, "order no. 7720193 was charged twice, $59.99 each", []),
        ("clean", e, "ticket #INC0048812 still open since 03/11/2024", []),
        ("clean", e, "tracking 9400 1000 0000 0000 0000 00 not updating", []),
        ("clean", e, "support line 1-800-275-2273 kept me on hold 40 min", []),
        ("clean", e, "running v2.14.0 on build 8812, crashes at 14:05 daily", []),
        ("clean", e, "SKU 889-2231-07 is listed at 24.95", []),
        ("clean", e, "invoice 2024-118 for 3 seats due by 12/31", []),
        ("clean", e, "is zip 10001 in your delivery area?", []),
        ("clean", e, "pin reset didnt work, the code never came", []),
        ("clean", e, "password needs at least 8 chars and 2 digits?", []),
        ("clean", e, "my account number is on the invoice but i cant find it", []),
        ("clean", e, "the 6 digit code field only takes 5 digits", []),
    ]


def german() -> list[Row]:
    d = "de"
    return [
        (
            "credential",
            d,
            "hab das passwort auf § geändert, geht trotzdem nicht",
            [("PASSWORD", pw(["Sonnenblume", "kastanie"]))],
        ),
        (
            "credential",
            d,
            "§ ist mein Passwort, das weiß ich sicher",
            [("PASSWORD", "Zugspitze#88")],
        ),
        (
            "credential",
            d,
            "Welches Kennwort ich hatte? glaube das hier:\n§",
            [("PASSWORD", "pferdestall99")],
        ),
        (
            "credential",
            d,
            "die Eingabe des Passworts § wird abgelehnt",
            [("PASSWORD", pw(["Wolke", "Birke"]))],
        ),
        ("credential", d, "PIN-Code der EC-Karte § geht nicht mehr", [("PIN", pin())]),
        ("credential", d, "Prüfziffer hinten auf der Karte: §", [("CVV", digits(3))]),
        ("credential", d, "pushTAN § wird nicht akzeptiert", [("OTP", otp())]),
        ("credential", d, "der Code aus der SMS lautet §", [("OTP", digits(3) + " " + digits(3))]),
        (
            "credential",
            d,
            "Zugangsdaten: benutzer kmeier, pw §",
            [("PASSWORD", pw(["Hafen", "linde"]))],
        ),
        (
            "credential",
            d,
            "Wiederherstellungscodes § und §",
            [
                ("BACKUP_CODE", digits(4) + "-" + digits(4)),
                ("BACKUP_CODE", digits(4) + "-" + digits(4)),
            ],
        ),
        (
            "id",
            d,
            "Steuer-Identifikationsnummer § (so stehts im Bescheid)",
            [("DE_TAX_ID", groups(de_tax_id(), [2, 3, 3, 3], " "))],
        ),
        (
            "id",
            d,
            "bei meiner Steuer-IdNr. § fehlt angeblich eine Ziffer",
            [("DE_TAX_ID", de_tax_id())],
        ),
        (
            "id",
            d,
            "Personalausweisnummer § , Online-Ausweis klappt nicht",
            [("ID_CARD", "L01X" + alnum(5, "CFGHJKLMNPRTVWXYZ0123456789"))],
        ),
        (
            "id",
            d,
            "Reisepass-Nr. § läuft bald ab",
            [("PASSPORT", "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"))],
        ),
        (
            "id",
            d,
            "Führerscheinnummer § , Mietwagen wird verweigert",
            [("DRIVER_LICENSE", "B07" + digits(6) + "X" + digits(2))],
        ),
        ("id", d, "Mitgliedsnummer § im Fitnessstudio, Karte gesperrt", [("MEMBER_ID", digits(8))]),
        (
            "id",
            d,
            "Krankenversichertennummer § , Arzt kann Karte nicht lesen",
            [("DE_HEALTH_INSURANCE_ID", "T" + digits(9))],
        ),
        (
            "account",
            d,
            "Kto.-Nr. § BLZ 100 500 00, bitte Lastschrift umstellen",
            [("BANK_ACCOUNT", digits(10))],
        ),
        (
            "account",
            d,
            "IBAN-Nr. § bitte für die Erstattung",
            [("IBAN_CODE", groups(iban("DE", lambda: digits(18)), [4, 4, 4, 4, 4, 2], " "))],
        ),
        (
            "account",
            d,
            "überweisen sie auf mein konto §",
            [("IBAN_CODE", iban("AT", lambda: digits(16)).lower())],
        ),
        (
            "account",
            d,
            "Kreditkartennummer § , Zahlung schlägt fehl",
            [("CREDIT_CARD", groups(card("4"), [4, 4, 4, 4], " "))],
        ),
        (
            "phone",
            d,
            "Meine Handynummer ist §",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "DE",
                        lambda: "0" + rng.choice(["151", "160", "171", "176"]) + " " + digits(8),
                    ),
                )
            ],
        ),
        (
            "phone",
            d,
            "rufen Sie mich unter § zurück",
            [("PHONE_NUMBER", phone("DE", lambda: "+49 30 " + digits(8)))],
        ),
        (
            "phone",
            d,
            "Tel. (Schweiz) §",
            [
                (
                    "PHONE_NUMBER",
                    phone("CH", lambda: "+41 79 " + digits(3) + " " + digits(2) + " " + digits(2)),
                )
            ],
        ),
        (
            "phone",
            d,
            "bin in Wien erreichbar unter §",
            [("PHONE_NUMBER", phone("AT", lambda: "0664 " + digits(7)))],
        ),
        ("clean", d, "Bestellung 40-118822 kam unvollständig an, 29,99 € zurück?", []),
        ("clean", d, "Ticketnummer 2024112004 bitte an die Technik", []),
        ("clean", d, "Sendungsverfolgung JJD0002249011223344 zeigt nichts", []),
        ("clean", d, "Service-Hotline 0800 330 1000 ist dauerbesetzt", []),
        ("clean", d, "seit Version 5.0.12 stürzt die App um 08:15 ab", []),
        ("clean", d, "Artikel 1002-BLK-XL kostet jetzt 49,95 €", []),
        ("clean", d, "Rechnung Nr. 2023-4471 vom 14.02.2024", []),
        ("clean", d, "liefern Sie auch nach 80331 München?", []),
        ("clean", d, "PIN dreimal falsch eingegeben, Karte gesperrt", []),
        ("clean", d, "das Passwort muss mindestens 10 Zeichen lang sein", []),
        ("clean", d, "wo finde ich meine Kundennummer?", []),
    ]


def french() -> list[Row]:
    f = "fr"
    bank, branch, account, key = fr_rib()
    nir = fr_nir_value()
    return [
        (
            "credential",
            f,
            "mot de passe oublié… enfin non, c'est § mais ça bloque",
            [("PASSWORD", pw(["Papillon", "cerise"]))],
        ),
        (
            "credential",
            f,
            "§ c'est mon mot de passe, je l'ai noté",
            [("PASSWORD", "Marseille2020")],
        ),
        ("credential", f, "vous voulez le mdp ?\n§", [("PASSWORD", pw(["Hibou", "olivier"]))]),
        ("credential", f, "j'ai mis § comme mot-de-passe", [("PASSWORD", "soleil_levant7")]),
        ("credential", f, "code confidentiel de ma carte § , refusé au DAB", [("PIN", pin())]),
        ("credential", f, "les 3 chiffres au dos: §", [("CVV", digits(3))]),
        ("credential", f, "code reçu par texto: § , il ne passe pas", [("OTP", otp())]),
        ("credential", f, "code de sécurité 3D Secure §", [("OTP", otp())]),
        (
            "credential",
            f,
            "identifiant jdupont / mdp §",
            [("PASSWORD", pw(["Lavande", "tilleul"]))],
        ),
        ("credential", f, "ma clé API § ne marche plus", [("API_KEY", "sk-" + alnum(48))]),
        (
            "id",
            f,
            "n° de sécurité sociale § pour la mutuelle",
            [("FR_NIR", groups(nir, [1, 2, 2, 2, 3, 3, 2], " "))],
        ),
        ("id", f, "numéro de sécu §", [("FR_NIR", nir[:13] + " " + nir[13:])]),
        ("id", f, "numéro de passeport: §", [("PASSPORT", digits(2) + letters(2) + digits(5))]),
        ("id", f, "n° de permis § pour la location", [("DRIVER_LICENSE", digits(12))]),
        ("id", f, "carte d'identité n° § expirée ?", [("ID_CARD", fr_cni())]),
        ("id", f, "numéro d'adhérent § , carte de fidélité refusée", [("MEMBER_ID", digits(9))]),
        ("id", f, "mon numéro AVS est le § (je suis suisse)", [("CH_AHV", ahv())]),
        ("account", f, "n° de compte § à la Banque Postale", [("BANK_ACCOUNT", digits(11))]),
        (
            "account",
            f,
            f"RIB: code banque {bank} code guichet {branch} n° compte § clé {key}",
            [("BANK_ACCOUNT", account)],
        ),
        (
            "account",
            f,
            "mon IBAN § pour le remboursement",
            [("IBAN_CODE", groups(iban("FR", lambda: digits(23)), [4] * 6 + [3], " "))],
        ),
        ("account", f, "iban belge § merci", [("IBAN_CODE", iban("BE", be_bban).lower())]),
        (
            "phone",
            f,
            "mon portable: §",
            [("PHONE_NUMBER", phone("FR", lambda: "06 " + " ".join(digits(2) for _ in range(4))))],
        ),
        (
            "phone",
            f,
            "rappelez-moi au §",
            [
                (
                    "PHONE_NUMBER",
                    phone("FR", lambda: "+33 7 " + " ".join(digits(2) for _ in range(4))),
                )
            ],
        ),
        (
            "phone",
            f,
            "tél. §",
            [("PHONE_NUMBER", phone("FR", lambda: "01." + ".".join(digits(2) for _ in range(4))))],
        ),
        (
            "phone",
            f,
            "je suis en Belgique, joignable au §",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "BE",
                        lambda: (
                            "+32 47"
                            + digits(1)
                            + " "
                            + digits(2)
                            + " "
                            + digits(2)
                            + " "
                            + digits(2)
                        ),
                    ),
                )
            ],
        ),
        ("clean", f, "commande 300-77120 reçue incomplète, 34,90 € remboursés ?", []),
        ("clean", f, "ticket n° 88102 ouvert le 04/02/2024", []),
        ("clean", f, "suivi colis 8R01234567890 bloqué", []),
        ("clean", f, "le service client au 3639 ne répond pas", []),
        ("clean", f, "depuis la version 3.2.7 l'appli plante à 9h30", []),
        ("clean", f, "réf. article 3401-BL coûte 12,50 €", []),
        ("clean", f, "facture FA-2024-0091 du 12 mars", []),
        ("clean", f, "vous livrez au 69003 ?", []),
        ("clean", f, "j'ai oublié le code PIN de ma carte", []),
        ("clean", f, "le mot de passe doit contenir 12 caractères", []),
        ("clean", f, "où trouver mon numéro de compte client ?", []),
    ]


def spanish() -> list[Row]:
    s = "es"
    ccc = es_ccc_value()
    return [
        (
            "credential",
            s,
            "la contrasena que puse es § (sin tilde en el teclado)",
            [("PASSWORD", pw(["Mariposa", "limonero"]))],
        ),
        ("credential", s, "§ es mi contraseña, la copié tal cual", [("PASSWORD", "Sevilla#1998")]),
        (
            "credential",
            s,
            "¿qué clave tengo? creo que esta:\n§",
            [("PASSWORD", pw(["Tortuga", "naranjo"]))],
        ),
        ("credential", s, "usuario mgarcia y clave §", [("PASSWORD", "caracol_azul5")]),
        ("credential", s, "el PIN de la tarjeta de débito es el §", [("PIN", pin())]),
        ("credential", s, "código de seguridad de la tarjeta §", [("CVV", digits(3))]),
        ("credential", s, "el código que me llegó por SMS es § y da error", [("OTP", otp())]),
        ("credential", s, "clave de firma § del banco", [("OTP", digits(4))]),
        (
            "credential",
            s,
            "contraseñas que probé: § y §",
            [("PASSWORD", pw(["Delfin", "pino"])), ("PASSWORD", pw(["Gaviota", "roble"]))],
        ),
        ("id", s, "DNI nº § para la matrícula", [("ES_NIF", es_dni_value().lower())]),
        (
            "id",
            s,
            "mi NIE es el § y no me deja",
            [("ES_NIE", groups(es_nie_value(), [1, 7, 1], "-"))],
        ),
        ("id", s, "nº de la seguridad social §", [("ES_SOCIAL_SECURITY", es_nss())]),
        ("id", s, "número de pasaporte § caduca pronto", [("PASSPORT", letters(3) + digits(6))]),
        (
            "id",
            s,
            "tarjeta sanitaria § , el centro de salud no la lee",
            [("MEDICAL_ID", "BBBB" + digits(12))],
        ),
        ("id", s, "nº de socio § del club", [("MEMBER_ID", digits(6))]),
        ("id", s, "número de paciente § , quiero mi informe", [("PATIENT_ID", digits(7))]),
        (
            "account",
            s,
            "nº de cuenta § en BBVA",
            [("BANK_ACCOUNT", groups(ccc, [4, 4, 2, 10], " "))],
        ),
        (
            "account",
            s,
            "cuenta bancaria §",
            [("BANK_ACCOUNT", groups(es_ccc_value(), [4, 4, 2, 10], "-"))],
        ),
        (
            "account",
            s,
            "IBAN § a mi nombre",
            [("IBAN_CODE", groups(iban("ES", lambda: ccc), [4] * 6, " "))],
        ),
        ("account", s, "tarjeta § no pasa", [("CREDIT_CARD", card("4"))]),
        (
            "phone",
            s,
            "mi móvil es el §",
            [
                (
                    "PHONE_NUMBER",
                    phone("ES", lambda: "6" + digits(2) + " " + digits(3) + " " + digits(3)),
                )
            ],
        ),
        (
            "phone",
            s,
            "llámenme al §",
            [
                (
                    "PHONE_NUMBER",
                    phone("ES", lambda: "+34 91 " + digits(3) + " " + digits(2) + " " + digits(2)),
                )
            ],
        ),
        (
            "phone",
            s,
            "tel: § (México)",
            [("PHONE_NUMBER", phone("MX", lambda: "+52 55 " + digits(4) + " " + digits(4)))],
        ),
        (
            "phone",
            s,
            "whatsapp § desde Argentina",
            [("PHONE_NUMBER", phone("AR", lambda: "+54 9 11 " + digits(4) + "-" + digits(4)))],
        ),
        (
            "phone",
            s,
            "teléfono de contacto §",
            [("PHONE_NUMBER", phone("ES", lambda: "7" + digits(8)))],
        ),
        ("clean", s, "pedido 112-0448 me cobraron 45,99 € dos veces", []),
        ("clean", s, "incidencia nº 330912 abierta el 05/03/2024", []),
        ("clean", s, "seguimiento PQ4F6P0703712340128001K sin movimiento", []),
        ("clean", s, "atención al cliente 900 100 200 no contesta", []),
        ("clean", s, "desde la versión 8.1.4 se cierra a las 22:10", []),
        ("clean", s, "referencia 5521-RJ cuesta 19,90 €", []),
        ("clean", s, "factura 2024/A-0033 del 1 de abril", []),
        ("clean", s, "¿hacéis envíos al código postal 46001?", []),
        ("clean", s, "olvidé el pin de la tarjeta", []),
        ("clean", s, "la contraseña debe tener 8 caracteres y un número", []),
        ("clean", s, "¿dónde veo mi número de cuenta?", []),
    ]


def italian() -> list[Row]:
    i = "it"
    cf = it_cf_value()
    return [
        (
            "credential",
            i,
            "la pasword che uso è § ma non entra",
            [("PASSWORD", pw(["Gabbiano", "ciliegio"]))],
        ),
        ("credential", i, "§ è la mia password, ne sono sicuro", [("PASSWORD", "Vesuvio2021")]),
        (
            "credential",
            i,
            "quale password? questa:\n§",
            [("PASSWORD", pw(["Lampone", "girasole"]))],
        ),
        ("credential", i, "utente rossi.m psw §", [("PASSWORD", pw(["Tramonto", "nuvola"]))]),
        ("credential", i, "il PIN del bancomat è § e lo rifiuta", [("PIN", pin())]),
        ("credential", i, "CVV2 della carta: §", [("CVV", digits(3))]),
        ("credential", i, "mi è arrivato l'sms con il codice § ma è scaduto", [("OTP", otp())]),
        ("credential", i, "codice di verifica ricevuto §", [("OTP", digits(3) + "-" + digits(3))]),
        ("credential", i, "token di accesso § non funziona più", [("API_KEY", "ghp_" + alnum(36))]),
        ("id", i, "codice fiscale § (tutto minuscolo)", [("IT_FISCAL_CODE", cf.lower())]),
        ("id", i, "il mio C.F. è §", [("IT_FISCAL_CODE", it_cf_value())]),
        ("id", i, "n. passaporto § in scadenza", [("IT_PASSPORT", letters(2) + digits(7))]),
        (
            "id",
            i,
            "numero patente § per il noleggio",
            [("IT_DRIVER_LICENSE", "U1" + letters(1) + digits(6) + letters(1))],
        ),
        (
            "id",
            i,
            "carta d'identità elettronica n. §",
            [("IT_IDENTITY_CARD", "CA" + digits(5) + letters(2))],
        ),
        (
            "id",
            i,
            "tessera sanitaria § non letta in farmacia",
            [("MEDICAL_ID", "80380" + digits(15))],
        ),
        ("id", i, "numero tessera socio § della palestra", [("MEMBER_ID", digits(7))]),
        ("account", i, "c/c n. § presso Intesa", [("BANK_ACCOUNT", digits(12))]),
        (
            "account",
            i,
            "IBAN: § per il rimborso",
            [
                (
                    "IBAN_CODE",
                    groups(iban("IT", lambda: letters(1) + digits(22)), [4] * 6 + [3], " "),
                )
            ],
        ),
        (
            "account",
            i,
            "numero carta § , pagamento rifiutato",
            [("CREDIT_CARD", groups(card("5", 16), [4, 4, 4, 4], " "))],
        ),
        ("account", i, "conto svizzero §", [("IBAN_CODE", iban("CH", lambda: digits(17)))]),
        (
            "phone",
            i,
            "il mio cellulare è §",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "IT",
                        lambda: (
                            "3"
                            + rng.choice(["33", "47", "49", "66"])
                            + " "
                            + digits(3)
                            + " "
                            + digits(4)
                        ),
                    ),
                )
            ],
        ),
        (
            "phone",
            i,
            "richiamatemi al §",
            [("PHONE_NUMBER", phone("IT", lambda: "+39 02 " + digits(4) + " " + digits(4)))],
        ),
        ("phone", i, "tel. §", [("PHONE_NUMBER", phone("IT", lambda: "06 " + digits(8)))]),
        (
            "phone",
            i,
            "numero svizzero per contattarmi: §",
            [
                (
                    "PHONE_NUMBER",
                    phone("CH", lambda: "+41 91 " + digits(3) + " " + digits(2) + " " + digits(2)),
                )
            ],
        ),
        (
            "phone",
            i,
            "cell §",
            [
                (
                    "PHONE_NUMBER",
                    phone("IT", lambda: "+39 3" + rng.choice(["20", "40", "80"]) + digits(7)),
                )
            ],
        ),
        ("clean", i, "ordine 171-4420 addebitato 2 volte, 39,90 €", []),
        ("clean", i, "ticket n. 55019 aperto il 02/05/2024", []),
        ("clean", i, "tracking RR123456785IT fermo da giorni", []),
        ("clean", i, "il numero verde 800 123 456 non risponde", []),
        ("clean", i, "dalla versione 6.3.0 l'app si chiude alle 18:45", []),
        ("clean", i, "codice articolo 7712-NR costa 15,50 €", []),
        ("clean", i, "fattura n. 2024/118 del 9 aprile", []),
        ("clean", i, "spedite al CAP 20121?", []),
        ("clean", i, "ho dimenticato il PIN della carta", []),
        ("clean", i, "la password deve avere almeno 8 caratteri", []),
        ("clean", i, "dove trovo il mio codice cliente?", []),
    ]


def dutch() -> list[Row]:
    n = "nl"
    b = nl_bsn_value()
    return [
        (
            "credential",
            n,
            "het wachtwoord dat ik gebruik is § maar inloggen faalt",
            [("PASSWORD", pw(["Molen", "klaproos"]))],
        ),
        (
            "credential",
            n,
            "§ is mijn wachtwoord, heb het net gecheckt",
            [("PASSWORD", "Zandvoort88")],
        ),
        ("credential", n, "welk wachtwoord? dit:\n§", [("PASSWORD", pw(["Reiger", "wilg"]))]),
        ("credential", n, "gebruikersnaam jjansen, ww §", [("PASSWORD", pw(["Duinen", "eik"]))]),
        ("credential", n, "pin van mijn pinpas is § en hij wordt geweigerd", [("PIN", pin())]),
        ("credential", n, "de beveiligingscode op de achterkant: §", [("CVV", digits(3))]),
        ("credential", n, "sms-code § werkt niet", [("OTP", otp())]),
        ("credential", n, "de code uit de app is §", [("OTP", digits(3) + " " + digits(3))]),
        ("credential", n, "api-sleutel § geeft 401", [("API_KEY", "sk_live_" + alnum(24))]),
        (
            "id",
            n,
            "mijn burgerservicenummer is §",
            [("NL_BSN", b[:4] + "." + b[4:6] + "." + b[6:])],
        ),
        ("id", n, "bsn: §", [("NL_BSN", nl_bsn_value())]),
        (
            "id",
            n,
            "paspoort nr. § verloopt binnenkort",
            [("PASSPORT", letters(2) + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(1))],
        ),
        ("id", n, "rijbewijs nummer § voor de huurauto", [("DRIVER_LICENSE", digits(10))]),
        (
            "id",
            n,
            "ID-kaart nummer § is verlopen",
            [("ID_CARD", letters(2) + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(1))],
        ),
        ("id", n, "mijn klantnr is §", [("MEMBER_ID", digits(8))]),
        ("id", n, "polisnummer zorgverzekering §", [("MEMBER_ID", digits(9))]),
        (
            "account",
            n,
            "rek.nr. § graag daarop terugstorten",
            [("IBAN_CODE", iban("NL", lambda: "RABO" + digits(10)))],
        ),
        (
            "account",
            n,
            "mijn rekeningnummer is §",
            [("IBAN_CODE", groups(iban("NL", lambda: "INGB" + digits(10)), [4, 4, 4, 4, 2], " "))],
        ),
        (
            "account",
            n,
            "Belgische rekening §",
            [("IBAN_CODE", groups(iban("BE", be_bban), [4, 4, 4, 4], " "))],
        ),
        (
            "account",
            n,
            "creditcardnummer § wordt geweigerd",
            [("CREDIT_CARD", groups(card("4"), [4, 4, 4, 4], " "))],
        ),
        (
            "phone",
            n,
            "mijn mobiel is §",
            [("PHONE_NUMBER", phone("NL", lambda: "06-" + digits(8)))],
        ),
        (
            "phone",
            n,
            "bel me op §",
            [("PHONE_NUMBER", phone("NL", lambda: "+31 6 " + digits(4) + " " + digits(4)))],
        ),
        ("phone", n, "tel: §", [("PHONE_NUMBER", phone("NL", lambda: "020-" + digits(7)))]),
        (
            "phone",
            n,
            "ik woon in Antwerpen, nummer §",
            [
                (
                    "PHONE_NUMBER",
                    phone("BE", lambda: "0476 " + digits(2) + " " + digits(2) + " " + digits(2)),
                )
            ],
        ),
        (
            "phone",
            n,
            "telefoonnummer §",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "NL",
                        lambda: (
                            "0" + rng.choice(["10", "30", "70"]) + " " + digits(3) + " " + digits(4)
                        ),
                    ),
                )
            ],
        ),
        ("clean", n, "bestelling 88-441203 dubbel afgeschreven, € 27,50", []),
        ("clean", n, "ticket 2024-0771 staat nog open sinds 03-02-2024", []),
        ("clean", n, "track & trace 3SDEVC7712345 staat stil", []),
        ("clean", n, "klantenservice 0900-1234 is duur en niemand neemt op", []),
        ("clean", n, "sinds versie 4.9.2 sluit de app om 07:30", []),
        ("clean", n, "artikelnummer 8811-ZW kost 9,95", []),
        ("clean", n, "factuur 2024-1189 van 15 maart", []),
        ("clean", n, "bezorgen jullie in 3511 LA?", []),
        ("clean", n, "pincode vergeten, wat nu?", []),
        ("clean", n, "het wachtwoord moet 10 tekens hebben", []),
        ("clean", n, "waar vind ik mijn klantnummer?", []),
    ]


def polish() -> list[Row]:
    p = "pl"
    pes = pesel()
    return [
        (
            "credential",
            p,
            "nie pamiętam hasła... a nie, to było § ale nie działa",
            [("PASSWORD", pw(["Kasztan", "wierzba"]))],
        ),
        ("credential", p, "§ to moje hasło, na pewno", [("PASSWORD", "Krakow2020!")]),
        ("credential", p, "jakie hasło? chyba to:\n§", [("PASSWORD", pw(["Bocian", "lipa"]))]),
        (
            "credential",
            p,
            "logowałem się hasłem § i odrzuca",
            [("PASSWORD", pw(["Jezioro", "sosna"]))],
        ),
        ("credential", p, "login jkowalski, haslo §", [("PASSWORD", "zielony_las8")]),
        ("credential", p, "PIN do karty to § i bankomat go nie przyjmuje", [("PIN", pin())]),
        ("credential", p, "kod CVC z tyłu karty: §", [("CVV", digits(3))]),
        ("credential", p, "dostałem kod § SMS-em ale jest nieważny", [("OTP", otp())]),
        (
            "credential",
            p,
            "kodu BLIK § nie mogę potwierdzić",
            [("OTP", digits(3) + " " + digits(3))],
        ),
        ("id", p, "mój numer PESEL §", [("PL_PESEL", pes)]),
        ("id", p, "pesel: §", [("PL_PESEL", groups(pesel(), [6, 5], " "))]),
        ("id", p, "NIP: § do faktury", [("PL_NIP", groups(nip(), [3, 3, 2, 2], "-"))]),
        ("id", p, "REGON firmy §", [("PL_REGON", regon())]),
        (
            "id",
            p,
            "seria i numer dowodu § , weryfikacja nie przechodzi",
            [("PL_ID_CARD", "AZX" + digits(6))],
        ),
        ("id", p, "nr paszportu § ważny do 2031", [("PASSPORT", letters(2) + digits(7))]),
        ("id", p, "numer karty członkowskiej §", [("MEMBER_ID", digits(8))]),
        (
            "account",
            p,
            "nr konta § proszę o zwrot",
            [("BANK_ACCOUNT", groups(nrb(), [2, 4, 4, 4, 4, 4, 4], " "))],
        ),
        ("account", p, "numer rachunku bankowego §", [("BANK_ACCOUNT", nrb())]),
        (
            "account",
            p,
            "IBAN § (konto w euro)",
            [("IBAN_CODE", groups(iban("PL", lambda: digits(24)), [4] * 7, " "))],
        ),
        (
            "account",
            p,
            "karta § została odrzucona",
            [("CREDIT_CARD", groups(card("5", 16), [4, 4, 4, 4], " "))],
        ),
        (
            "phone",
            p,
            "mój numer telefonu to §",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "PL",
                        lambda: (
                            rng.choice(["5", "6", "7"])
                            + digits(2)
                            + " "
                            + digits(3)
                            + " "
                            + digits(3)
                        ),
                    ),
                )
            ],
        ),
        (
            "phone",
            p,
            "proszę dzwonić na §",
            [
                (
                    "PHONE_NUMBER",
                    phone(
                        "PL",
                        lambda: (
                            "+48 "
                            + rng.choice(["5", "6", "7"])
                            + digits(2)
                            + "-"
                            + digits(3)
                            + "-"
                            + digits(3)
                        ),
                    ),
                )
            ],
        ),
        ("phone", p, "tel. kom. §", [("PHONE_NUMBER", phone("PL", lambda: "6" + digits(8)))]),
        (
            "phone",
            p,
            "jestem w Czechach, numer §",
            [
                (
                    "PHONE_NUMBER",
                    phone("CZ", lambda: "+420 60" + digits(1) + " " + digits(3) + " " + digits(3)),
                )
            ],
        ),
        (
            "phone",
            p,
            "numer stacjonarny §",
            [
                (
                    "PHONE_NUMBER",
                    phone("PL", lambda: "22 " + digits(3) + " " + digits(2) + " " + digits(2)),
                )
            ],
        ),
        ("clean", p, "zamówienie 55-20114 obciążone dwa razy, 89,99 zł", []),
        ("clean", p, "zgłoszenie nr 44810 otwarte 03.05.2024", []),
        ("clean", p, "przesyłka 6200312345678 stoi od tygodnia", []),
        ("clean", p, "infolinia 801 100 100 nie odpowiada", []),
        ("clean", p, "od wersji 2.7.5 aplikacja zamyka się o 19:20", []),
        ("clean", p, "produkt 7781-CZ kosztuje 59,00 zł", []),
        ("clean", p, "faktura FV 118/2024 z 2 kwietnia", []),
        ("clean", p, "czy dostarczacie na kod 31-042?", []),
        ("clean", p, "zapomniałem PIN-u do karty", []),
        ("clean", p, "hasło musi mieć 12 znaków", []),
        ("clean", p, "gdzie znajdę numer klienta?", []),
    ]


def build(
    makers: tuple[Callable[[], list[Row]], ...] | None = None, prefix: str = "pr"
) -> list[dict[str, object]]:
    """The rows of `makers` (default: this set's seven languages), ids `prefix-lang-...`."""
    rows: list[dict[str, object]] = []
    for make in makers or (english, german, french, spanish, italian, dutch, polish):
        counters: dict[str, int] = {}
        for category, lang, template, values in make():
            assert template.count(MARK) == len(values), template
            text, spans, rest = "", [], template
            for label, value in values:
                head, rest = rest.split(MARK, 1)
                text += head
                spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
                text += value
            text += rest
            counters[category] = counters.get(category, 0) + 1
            rid = f"{prefix}-{lang}-{category[:4]}-{counters[category]:02d}"
            rows.append(
                {"id": rid, "lang": lang, "category": category, "text": text, "spans": spans}
            )
    return rows


def write(rows: list[dict[str, object]], out: Path, check: bool) -> int:
    """Write `rows` to `out` as JSON lines, or (`check`) compare them with the file."""
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if check:
        same = out.read_text(encoding="utf-8") == body
        print("same" if same else f"{out} differs from a rebuild")
        return 0 if same else 1
    out.write_text(body, encoding="utf-8")
    print(f"wrote {out} ({body.count(chr(10))} messages)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    return write(build(), OUT, args.check)


if __name__ == "__main__":
    sys.exit(main())
