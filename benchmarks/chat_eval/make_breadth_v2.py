"""Build the second check set of issue 16 (``data/chat_breadth_heldout_v2.jsonl``).

The first held-out set (v1) was used to find what the recognizers missed, so it no longer
measures anything held out. This one was written after those fixes, without reading v1's
messages again, in new phrasings: support-chat lines in the seven languages with
credentials, ID numbers and bank accounts, and clean look-alikes (order and ticket
numbers, prices, versions, dates, hotlines, case numbers). Values are generated here,
seeded, with valid check digits where the scheme has one (python-stdnum checks them), so
the file rebuilds byte for byte::

    python benchmarks/chat_eval/make_breadth_v2.py            # writes the file
    python benchmarks/chat_eval/make_breadth_v2.py --check    # compares with the file

Scored by ``python benchmarks/bench_chat_breadth.py --set heldout2`` with v1's rules. In a
template every ``§`` is replaced, in order, by the next ``(label, value)``; gold spans are
the personal values only (a sort code or routing number names a branch and stays
unannotated). Secrets and keys are random strings in well-known shapes, never real ones.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel

OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_heldout_v2.jsonl"
SEED = 16_2027
MARK = "§"

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


# ---------------------------------------------------------------- values
def password() -> str:
    words = ["Falke", "Orchid", "Brise", "Cometa", "Lantaarn", "Sosna", "Mistral", "Nube"]
    return rng.choice(words) + rng.choice("!#$%*?&") + digits(rng.choice([2, 3, 4]))


def otp() -> str:
    return digits(6)


def pin() -> str:
    return digits(4)


def aws_secret() -> str:
    return alnum(40, string.ascii_letters + string.digits + "/+")


def api_key() -> str:
    return alnum(32)


def iban(country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        body = bban()
        check = 98 - int("".join(str(int(c, 36)) for c in body + country + "00")) % 97
        return f"{country}{check:02d}{body}"

    value = until(make, std_iban.is_valid)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def de_tax_id() -> str:
    return until(lambda: str(rng.randint(1, 9)) + digits(10), de_idnr.is_valid)


def fr_nir_value() -> str:
    def make() -> str:
        body = rng.choice("12") + digits(2) + f"{rng.randint(1, 12):02d}" + digits(8)
        return f"{body}{97 - int(body) % 97:02d}"

    v = until(make, fr_nir.is_valid)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def fr_tax() -> str:
    body = rng.choice("0123") + digits(9)
    v = body + fr_nif.calc_check_digits(body + "000")
    return f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"


def es_dni_value() -> str:
    body = f"{rng.randint(10_000_000, 99_999_999)}"
    return body + es_dni.calc_check_digit(body)


def es_nie_value() -> str:
    body = rng.choice("XYZ") + digits(7)
    return body + es_nie.calc_check_digit(body)


def es_nss() -> str:
    body = rng.choice(["28", "08", "41", "46", "29"]) + f"{rng.randint(10_000_000, 99_999_999)}"
    return f"{body[:2]}/{body[2:]}/{int(body) % 97:02d}"


def nl_bsn_value() -> str:
    return until(lambda: str(rng.randint(1, 6)) + digits(8), nl_bsn.is_valid)


def pesel() -> str:
    def make() -> str:
        body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body += digits(4)
        return body + pl_pesel.calc_check_digit(body)

    return until(make, pl_pesel.is_valid)


def nip() -> str:
    v = until(lambda: str(rng.randint(1, 9)) + digits(9), pl_nip.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:8]} {v[8:]}"


def ahv() -> str:
    def make() -> str:
        body = "756" + digits(9)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    v = until(make, ch_ssn.is_valid)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def nhs() -> str:
    v = until(lambda: digits(10), gb_nhs.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def ssn() -> str:
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def card() -> str:
    v = until(lambda: "4" + digits(15), luhn.is_valid)
    return " ".join(v[i : i + 4] for i in range(0, 16, 4))


def passport() -> str:
    return letters(2) + digits(7)


def member() -> str:
    return digits(rng.choice([7, 8, 9]))


def de_iban() -> str:
    return iban("DE", lambda: digits(18))


def fr_iban() -> str:
    return iban("FR", lambda: digits(23))


def it_iban() -> str:
    return iban("IT", lambda: letters(1) + digits(10) + digits(12))


def nl_iban() -> str:
    return iban("NL", lambda: letters(4) + digits(10))


def nrb() -> str:
    """A Polish account number (NRB): a PL IBAN without its country code."""
    return iban("PL", lambda: digits(24))[2:]


def de_id_card() -> str:
    return "L" + letters(1) + digits(6) + letters(1)


def it_id_card() -> str:
    return "C" + letters(1) + digits(5) + letters(2)


def ccc() -> str:
    def make() -> str:
        bank, branch, account = digits(4), digits(4), digits(10)
        check = es_ccc.calc_check_digits(bank + branch + "00" + account)
        return f"{bank} {branch} {check} {account}"

    return make()


LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")


# ---------------------------------------------------------------- messages
# (lang, category, template, values); category: credential, id, account, clean.
Message = tuple[str, str, str, tuple[tuple[str, Callable[[], str]], ...]]
CRED, ID, ACC, CLEAN = "credential", "id", "account", "clean"
P = ("PASSWORD", password)

MESSAGES: list[Message] = [
    # ---- en
    ("en", CRED, "hey, login still fails. the one I use is § if that helps", (P,)),
    ("en", CRED, "new wifi key for the office: §", (P,)),
    ("en", CRED, "they sent me a 6 digit code § , where do I put it", (("OTP", otp),)),
    ("en", CRED, "my bank pin is § please don't share it", (("PIN", pin),)),
    ("en", CRED, "AWS_SECRET_ACCESS_KEY=§ is what's in the .env", (("AWS_SECRET_KEY", aws_secret),)),  # noqa: E501
    ("en", ID, "SSN § for the background check", (("US_SSN", ssn),)),
    ("en", ID, "NHS no: § , GP surgery asked for it", (("UK_NHS", nhs),)),
    ("en", ID, "my passport's number is § and it's British", (("PASSPORT", passport),)),
    ("en", ID, "health insurance member ID § , claim keeps bouncing", (("MEMBER_ID", member),)),
    ("en", ACC, "refund to sort code 04-00-04 acct §", (("BANK_ACCOUNT", lambda: digits(8)),)),
    ("en", ACC, "card number § expired last month", (("CREDIT_CARD", card),)),
    ("en", CLEAN, "order #88213047 still says processing", ()),
    ("en", CLEAN, "upgraded to 3.12.1 and the login page looks different", ()),
    ("en", CLEAN, "the annual plan is 119.99 and monthly 12.99", ()),
    ("en", CLEAN, "ticket INC-2024-55812 was closed without a reply", ()),
    ("en", CLEAN, "call the helpdesk on 0800 123 4567 between 9 and 5", ()),
    ("en", CLEAN, "password must have 12 characters and 1 symbol", ()),
    ("en", CLEAN, "the verification code expires after 10 minutes", ()),
    # ---- de
    ("de", CRED, "Mein Kennwort lautet § , bitte zurücksetzen", (P,)),
    ("de", CRED, "Der Bestätigungscode aus der App ist §", (("OTP", otp),)),
    ("de", CRED, "Karten-PIN § funktioniert am Automaten nicht", (("PIN", pin),)),
    ("de", ID, "Steuer-ID: § für die Lohnabrechnung", (("DE_TAX_ID", de_tax_id),)),
    ("de", ID, "Meine Versicherungsnummer ist § , Krankenkasse fragt", (("MEMBER_ID", member),)),
    ("de", ID, "Ausweisnummer § steht auf der Rückseite", (("ID_CARD", de_id_card),)),
    ("de", ACC, "Überweisung bitte auf § , danke", (("IBAN_CODE", de_iban),)),
    ("de", CLEAN, "Bestellnummer 300-4418823-1 ist noch nicht angekommen", ()),
    ("de", CLEAN, "Version 10.4.2 hat den Fehler behoben", ()),
    ("de", CLEAN, "Das kostet 49,90 € im Monat", ()),
    ("de", CLEAN, "Rechnung 2024-00871 vom 03.04.2024", ()),
    # ---- fr
    ("fr", CRED, "voici mon mdp : § (je sais, c'est nul)", (P,)),
    ("fr", CRED, "le code de vérification reçu est §", (("OTP", otp),)),
    ("fr", CRED, "mon code pin carte bleue: §", (("PIN", pin),)),
    ("fr", ID, "numéro de sécu § pour le remboursement", (("FR_NIR", fr_nir_value),)),
    ("fr", ID, "mon numéro fiscal est le § je crois", (("FR_TAX_ID", fr_tax),)),
    ("fr", ID, "numéro de passeport : § délivré à Lyon", (("PASSPORT", passport),)),
    ("fr", ACC, "RIB : § au nom de ma femme", (("IBAN_CODE", fr_iban),)),
    ("fr", CLEAN, "commande n° 5512093 livrée hier", ()),
    ("fr", CLEAN, "le forfait passe à 19,99 € au 1er mars", ()),
    ("fr", CLEAN, "mise à jour 2.8.0 installée, toujours le bug", ()),
    ("fr", CLEAN, "dossier 2024/33871 en attente depuis une semaine", ()),
    # ---- es
    ("es", CRED, "la contraseña nueva es § pero no entra", (P,)),
    ("es", CRED, "me mandaron el código de acceso § por whatsapp", (("OTP", otp),)),
    ("es", CRED, "el pin de mi tarjeta es §", (("PIN", pin),)),
    ("es", ID, "mi DNI: § , para la factura", (("ES_NIF", es_dni_value),)),
    ("es", ID, "NIE § , soy residente", (("ES_NIE", es_nie_value),)),
    ("es", ID, "número de afiliación a la seguridad social § ", (("ES_SOCIAL_SECURITY", es_nss),)),
    ("es", ACC, "cuenta corriente § en el Santander", (("BANK_ACCOUNT", ccc),)),
    ("es", CLEAN, "pedido 7781-2290 sin enviar todavía", ()),
    ("es", CLEAN, "la versión 5.1.3 no abre en mi móvil", ()),
    ("es", CLEAN, "me cobraron 29,95 € dos veces", ()),
    ("es", CLEAN, "expediente 2023/004512 sigue sin respuesta", ()),
    # ---- it
    ("it", CRED, "la mia password è § , non riesco ad accedere", (P,)),
    ("it", CRED, "codice OTP arrivato: §", (("OTP", otp),)),
    ("it", CRED, "codice pin del bancomat §", (("PIN", pin),)),
    ("it", ID, "numero passaporto § in scadenza", (("PASSPORT", passport),)),
    ("it", ID, "codice cliente § , il contratto luce", (("MEMBER_ID", member),)),
    ("it", ID, "la mia carta d'identità è la § ", (("ID_CARD", it_id_card),)),
    ("it", ACC, "IBAN § intestato a me", (("IBAN_CODE", it_iban),)),
    ("it", CLEAN, "ordine 4410087 consegnato al vicino", ()),
    ("it", CLEAN, "l'abbonamento costa 9,99 al mese", ()),
    ("it", CLEAN, "aggiornato alla 14.2 e ora crasha", ()),
    ("it", CLEAN, "pratica n. 2024/1187 ancora aperta", ()),
    # ---- nl
    ("nl", CRED, "wachtwoord: § , werkt niet meer", (P,)),
    ("nl", CRED, "de sms-code is § maar hij is verlopen", (("OTP", otp),)),
    ("nl", CRED, "pincode van mijn bankpas: §", (("PIN", pin),)),
    ("nl", ID, "mijn BSN is § voor de aanvraag", (("NL_BSN", nl_bsn_value),)),
    ("nl", ID, "klantnummer: § , graag terugbellen", (("MEMBER_ID", member),)),
    ("nl", ID, "paspoortnummer § verloopt volgend jaar", (("PASSPORT", passport),)),
    ("nl", ACC, "rekeningnummer § graag terugstorten", (("IBAN_CODE", nl_iban),)),
    ("nl", CLEAN, "bestelling 1029384 nog niet ontvangen", ()),
    ("nl", CLEAN, "kost 24,50 per maand", ()),
    ("nl", CLEAN, "versie 7.0.3 geeft een foutmelding", ()),
    ("nl", CLEAN, "melding 2024-88120 is afgesloten", ()),
    # ---- pl
    ("pl", CRED, "moje hasło to § , nie mogę się zalogować", (P,)),
    ("pl", CRED, "kod BLIK § nie przechodzi", (("OTP", otp),)),
    ("pl", CRED, "PIN do karty debetowej: §", (("PIN", pin),)),
    ("pl", ID, "mój PESEL: § do umowy", (("PL_PESEL", pesel),)),
    ("pl", ID, "NIP firmy § na fakturze", (("PL_NIP", nip),)),
    ("pl", ID, "numer klienta § , proszę o kontakt", (("MEMBER_ID", member),)),
    ("pl", ACC, "numer konta § , proszę o zwrot", (("BANK_ACCOUNT", nrb),)),
    ("pl", CLEAN, "zamówienie nr 771209 jeszcze nie dotarło", ()),
    ("pl", CLEAN, "abonament kosztuje 39,99 zł", ()),
    ("pl", CLEAN, "wersja 3.4.1 nie działa na telefonie", ()),
    ("pl", CLEAN, "zgłoszenie 2024/55120 bez odpowiedzi", ()),
    # ---- Swiss AHV in three languages
    ("de", ID, "AHV-Nr. § für die Anmeldung", (("CH_AHV", ahv),)),
    ("fr", ID, "mon numéro AVS : §", (("CH_AHV", ahv),)),
    ("it", ID, "numero AVS § per la cassa malati", (("CH_AHV", ahv),)),
]


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    counters: dict[tuple[str, str], int] = {}
    for lang, category, template, fillers in MESSAGES:
        parts = template.split(MARK)
        if len(parts) - 1 != len(fillers):
            raise ValueError(f"{template!r}: {len(parts) - 1} marks, {len(fillers)} values")
        text = parts[0]
        spans = []
        for (label, make), tail in zip(fillers, parts[1:], strict=True):
            value = make()
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value + tail
        for span in spans:
            assert text[int(span["start"]) : int(span["end"])].strip()
        key = (lang, category)
        counters[key] = counters.get(key, 0) + 1
        rows.append({
            "id": f"v2-{lang}-{category[:4]}-{counters[key]:02d}",
            "lang": lang,
            "category": category,
            "text": text.rstrip(),
            "spans": spans,
        })  # fmt: skip
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    args = ap.parse_args()
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())
    if args.check:
        same = OUT.read_text(encoding="utf-8") == body
        print("identical" if same else "DIFFERS")
        return 0 if same else 1
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {body.count(chr(10))} messages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
