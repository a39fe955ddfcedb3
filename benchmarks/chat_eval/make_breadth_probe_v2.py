"""Build the second probe set of issue 16's long tail (``data/chat_breadth_probe_v2.jsonl``).

Probe v1 was used to fix the recognizers, so it no longer measures anything held out. This
one was written after those fixes, in phrasings the fixes did not target (slang and
shorthand, values split by a line or in brackets, several values in one message, other
document words), to see how far the rules carry: 8 personal messages and 4 clean
look-alikes per language. Values come from v1's generators on another seed::

    python benchmarks/chat_eval/make_breadth_probe_v2.py            # writes the file
    python benchmarks/chat_eval/make_breadth_probe_v2.py --check    # compares with the file

Scored by ``python benchmarks/bench_chat_breadth.py --set probe2``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import make_breadth_probe as v1
from make_breadth_probe import (
    Row,
    aba,
    de_tax_id,
    digits,
    es_dni_value,
    fr_nir_value,
    groups,
    iban,
    it_cf_value,
    letters,
    nhs,
    nip,
    nl_bsn_value,
    nrb,
    otp,
    pesel,
    phone,
    pin,
    ssn,
)

OUT = Path(__file__).resolve().parents[1] / "data" / "chat_breadth_probe_v2.jsonl"
SEED = 16_2032


def english() -> list[Row]:
    e = "en"
    return [
        ("credential", e, "fwiw the pass i use everywhere is §", [("PASSWORD", "Bluebird_2020")]),
        ("credential", e, "creds are admin / §", [("PASSWORD", "Tortoise#55")]),
        ("credential", e, "authenticator shows § right now", [("OTP", groups(otp(), [3, 3]))]),
        ("credential", e, "atm pin (§) got swallowed", [("PIN", pin())]),
        ("id", e, "SSN §, DOB on file", [("US_SSN", groups(ssn(), [3, 2, 4], "-"))]),
        ("id", e, "NHS: § - need my records", [("UK_NHS", nhs())]),
        (
            "account",
            e,
            "routing #: § account #: §",
            [("ABA_ROUTING", aba()), ("BANK_ACCOUNT", digits(12))],
        ),
        (
            "phone",
            e,
            "txt me on §",
            [("PHONE_NUMBER", phone("GB", lambda: "+44 7" + digits(3) + " " + digits(6)))],
        ),
        ("clean", e, "PO 4500012345 not received, refund of $120.00 on 2024-03-01", []),
        ("clean", e, "RMA 88231 opened, ext. 4412 at the front desk", []),
        ("clean", e, "pin 3 of the connector is bent", []),
        ("clean", e, "the password field accepts 64 chars max", []),
    ]


def german() -> list[Row]:
    d = "de"
    return [
        ("credential", d, "Zugang: mueller_k / §", [("PASSWORD", "Brezel!2021")]),
        ("credential", d, "hier nochmal das pw -> §", [("PASSWORD", "Eichhorn77")]),
        ("credential", d, "mTAN war §, jetzt abgelaufen", [("OTP", otp())]),
        ("credential", d, "Geheimzahl meiner Girocard: §", [("PIN", pin())]),
        ("id", d, "Steuer-ID (11-stellig): §", [("DE_TAX_ID", de_tax_id())]),
        ("id", d, "Ausweis-Nr.: §", [("ID_CARD", "T" + digits(2) + letters(1) + digits(5))]),
        (
            "account",
            d,
            "IBAN bitte auf § ändern",
            [("IBAN_CODE", iban("DE", lambda: digits(18)).lower())],
        ),
        ("phone", d, "Festnetz: §", [("PHONE_NUMBER", phone("DE", lambda: "089 / " + digits(7)))]),
        ("clean", d, "Auftragsnummer 7001234567 vom 02.01.2024", []),
        ("clean", d, "Preis 1.299,00 € inkl. 19 % MwSt.", []),
        ("clean", d, "die PIN-Eingabe klappt erst nach Update 2.4.1", []),
        ("clean", d, "Service-Nummer 01806 101010 (20 ct/Anruf)", []),
    ]


def french() -> list[Row]:
    f = "fr"
    nir = fr_nir_value()
    return [
        ("credential", f, "accès: dupont.m / §", [("PASSWORD", "Fromage#31")]),
        ("credential", f, "le mdp -> §", [("PASSWORD", "Baguette2019")]),
        ("credential", f, "code SMS reçu : §", [("OTP", otp())]),
        ("credential", f, "mon code carte bleue c'est le §", [("PIN", pin())]),
        ("id", f, "sécu: §", [("FR_NIR", nir)]),
        ("id", f, "n° passeport (§)", [("PASSPORT", digits(2) + letters(2) + digits(5))]),
        (
            "account",
            f,
            "IBAN : §",
            [("IBAN_CODE", groups(iban("FR", lambda: digits(23)), [4] * 6 + [3]))],
        ),
        ("phone", f, "mon 06: §", [("PHONE_NUMBER", phone("FR", lambda: "06" + digits(8)))]),
        ("clean", f, "commande n°FR-2024-77120 de 129,00 €", []),
        ("clean", f, "la mise à jour 17.2 bloque le code PIN", []),
        ("clean", f, "SAV joignable au 0 800 123 456", []),
        ("clean", f, "colis livré le 12/03 à 14h05", []),
    ]


def spanish() -> list[Row]:
    s = "es"
    return [
        ("credential", s, "acceso: jlopez / §", [("PASSWORD", "Paella%88")]),
        ("credential", s, "la pass es §", [("PASSWORD", "Toledo2018")]),
        ("credential", s, "código de verificación: §", [("OTP", groups(otp(), [3, 3]))]),
        ("credential", s, "PIN del cajero → §", [("PIN", pin())]),
        ("id", s, "DNI/NIF: §", [("ES_NIF", es_dni_value())]),
        ("id", s, "pasaporte nº §", [("PASSPORT", letters(3) + digits(6))]),
        ("account", s, "IBAN: §", [("IBAN_CODE", iban("ES", v1.es_ccc_value))]),
        (
            "phone",
            s,
            "mi cel. §",
            [
                (
                    "PHONE_NUMBER",
                    phone("ES", lambda: "6" + digits(2) + "-" + digits(3) + "-" + digits(3)),
                )
            ],
        ),
        ("clean", s, "pedido ES-889120 por 59,90 €", []),
        ("clean", s, "versión 10.2.3 del 05/06/2024", []),
        ("clean", s, "teléfono de atención 902 202 202", []),
        ("clean", s, "el PIN tiene 4 cifras, ¿no?", []),
    ]


def italian() -> list[Row]:
    i = "it"
    return [
        ("credential", i, "accesso: verdi.l / §", [("PASSWORD", "Gelato!27")]),
        ("credential", i, "la pw → §", [("PASSWORD", "Firenze2017")]),
        ("credential", i, "OTP: §", [("OTP", otp())]),
        ("credential", i, "pin carta §", [("PIN", pin())]),
        ("id", i, "CF: §", [("IT_FISCAL_CODE", it_cf_value())]),
        ("id", i, "passaporto n° §", [("IT_PASSPORT", letters(2) + digits(7))]),
        ("account", i, "IBAN: §", [("IBAN_CODE", iban("IT", lambda: letters(1) + digits(22)))]),
        (
            "phone",
            i,
            "cellulare: §",
            [("PHONE_NUMBER", phone("IT", lambda: "+39 3" + digits(2) + " " + digits(7)))],
        ),
        ("clean", i, "ordine IT-55120 da 89,00 €", []),
        ("clean", i, "aggiornamento 3.1.4 del 01/02/2024", []),
        ("clean", i, "numero verde 800 900 900", []),
        ("clean", i, "il PIN ha 5 cifre?", []),
    ]


def dutch() -> list[Row]:
    n = "nl"
    return [
        ("credential", n, "inlog: devries / §", [("PASSWORD", "Stroopwafel#9")]),
        ("credential", n, "het ww → §", [("PASSWORD", "Utrecht2016")]),
        ("credential", n, "code uit de sms: §", [("OTP", otp())]),
        ("credential", n, "pincode pinpas §", [("PIN", pin())]),
        ("id", n, "BSN-nummer: §", [("NL_BSN", nl_bsn_value())]),
        ("id", n, "paspoortnr §", [("PASSPORT", letters(2) + "K" + digits(6))]),
        ("account", n, "IBAN: §", [("IBAN_CODE", iban("NL", lambda: "ABNA" + digits(10)))]),
        ("phone", n, "06: §", [("PHONE_NUMBER", phone("NL", lambda: "06 " + digits(8)))]),
        ("clean", n, "order NL-77120 van € 45,00", []),
        ("clean", n, "update 5.6.1 van 03-04-2024", []),
        ("clean", n, "servicenummer 0800-0205", []),
        ("clean", n, "pincode heeft 4 cijfers", []),
    ]


def polish() -> list[Row]:
    p = "pl"
    return [
        ("credential", p, "dostęp: nowak.a / §", [("PASSWORD", "Pierogi#44")]),
        ("credential", p, "hasło → §", [("PASSWORD", "Poznan2015")]),
        ("credential", p, "kod z SMS: §", [("OTP", otp())]),
        ("credential", p, "PIN karty §", [("PIN", pin())]),
        ("id", p, "PESEL: §", [("PL_PESEL", pesel())]),
        ("id", p, "NIP firmy: §", [("PL_NIP", nip())]),
        ("account", p, "konto: §", [("BANK_ACCOUNT", nrb())]),
        (
            "phone",
            p,
            "kom. §",
            [
                (
                    "PHONE_NUMBER",
                    phone("PL", lambda: "+48 5" + digits(2) + " " + digits(3) + " " + digits(3)),
                )
            ],
        ),
        ("clean", p, "zamówienie PL-88120 za 149,00 zł", []),
        ("clean", p, "aktualizacja 4.0.2 z 02.02.2024", []),
        ("clean", p, "infolinia 800 190 590", []),
        ("clean", p, "PIN ma 4 cyfry", []),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    v1.rng.seed(SEED)
    makers = (english, german, french, spanish, italian, dutch, polish)
    return v1.write(v1.build(makers, prefix="p2"), OUT, args.check)


if __name__ == "__main__":
    sys.exit(main())
