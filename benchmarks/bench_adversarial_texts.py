"""Time the pattern stage on adversarial texts of 20,000 characters (the most a detector
reads: `max_input_chars`), each built from the words or characters one new regex or rule
reads, repeated: a regex that backtracks catastrophically, or a rule that reads the whole
text for every candidate, shows as a row of seconds.

    python benchmarks/bench_adversarial_texts.py [name ...]

Rows over 1 s are marked SLOW (the review13 report's rows: masked runs of emoji, postcodes
in one long question, spelled letters before "at").
"""

from __future__ import annotations

import sys
import time

from piiguard.detection.engine import Detector

N = 19_990


def fill(unit: str, tail: str = "") -> str:
    """`unit` repeated to `N` characters, ending in `tail`."""
    return (unit * (N // len(unit)))[: N - len(tail)] + tail


CASES: dict[str, str] = {
    "email spaced letters": fill("a ", "@"),
    "email spaced letters at": fill("a ", " at"),
    "email dot words": fill("a dot ", "at"),
    "email spaced dots": fill("a . ", "@ b"),
    "email underscore": fill("a underscore ", "at b"),
    "email letters dot": fill("a b c d dot ", "at"),
    "email @ spaced": fill("a @ ", ""),
    "phone person": "my brother " + fill("x ", ":")[11:],
    "phone brother colon": fill("my brother: 0", ""),
    "phone country": fill("numero indiano ", ""),
    "pin for": fill("PIN for my ", ""),
    "pin for card": fill("PIN for ab cd ", "card"),
    "visa slashes": "visado de residencia " + fill("1/", "")[21:],
    "keyed file": fill("visado de residencia 101/2020/9/608062 ", ""),
    "list": fill("00000000000 and ", ""),
    "url template": "https://a.com/" + fill("XXX/", "")[14:],
    "url many": fill("https://a.com/{x}/YYY ", ""),
    "postcode q": fill("zip code 12345 ", "?"),
    "postcode q2": fill("CAP 20121? ", ""),
    "stated age": fill("i'm twelve ", ""),
    "stated age im": fill("im 12 ", ""),
    "dwelling": "Wohnung: " + fill("1, ", "")[9:],
    "dwelling many": fill("Wohnung: 3 Zimmer, 2 Bäder, ", ""),
    "thai": fill("ซอย ถนน ", ""),
    "cjk": fill("東京都渋谷区", ""),
    "letter said": fill("A wie Anton ", ""),
    "letter link": fill("A as in ", ""),
    "login joined": fill("user a.b ", ""),
    "login pet": fill("login pablito.x ", ""),
    "bank dashed": "konto " + fill("12-", "")[6:],
    "bank dashed many": fill("konto 110-521-647520 ", ""),
    "is called": "my brother " + fill("x ", " is called Anna")[11:],
    "is called many": fill("mein Bruder heißt ", ""),
    "spoken": fill("vier zwei neun eins, ", ""),
    "spoken letters": fill("Dora Emil ", ""),
    "lines": fill("AB 12\n", ""),
    "lines long": fill("A" * 24 + "\n", ""),
    "backup codes": "backup codes:\n" + fill("ASBVB\n", "")[14:],
    "code identifier": fill("KeyError ", ""),
    "function words": fill("la mia ", ""),
    "product": fill("Soulseek-Konto ", ""),
    "stars": fill("a*", ""),
    "emoji mask": fill("1🔒", "🔒"),
    "arrow mask": fill("a→", "→"),
    "typo elision": fill("v a n d ", ""),
    # review14: an env name's parts unbounded (cubic: minutes), a Wi-Fi QR field run
    "env secret name": fill("DB_PASSWORD", ""),
    "wifi fields": fill("WIFI:S:P:", ""),
    "wifi fields open": fill("WIFI:S:", ""),
    "dni split": fill("dni\n1", ""),
    "vcard names": fill("N:A;B\n", ""),
    "form label": fill("Vorname: ", ""),
    "name field pairs": fill("Nom, Nome, Name, ", ": A"),
    "licence fields": fill("1. A\n3. ", "\n4a. 01.01.2020 4b. 01.01.2030"),
    "bare number labels": fill("N.\nAB12345\n", "Persoonsnummer\n799208449"),
    # probe21: pasted conversations (chat-export headers, answered PINs, role mailboxes)
    "chat header names": fill("[12/03/24, 10:15] Anna Maria Anna Maria Anna Maria x\n"),
    "posted name lines": fill("Anna Maria Anna Maria Anna  10:1\n"),
    "long name line": fill("Aaaaaaaaaaaa-Bbbbbbbb "),
    "pin question lines": fill("what is your PIN?\nAgent: yes, 12345 6\n"),
    "pin request no newline": fill("please PIN code "),
    "role mailbox pieces": fill("support.", "@acme.com"),
    "birth date spaced": fill("born 12 03 ", "1985"),
}


def main(argv: list[str]) -> int:
    detector = Detector.patterns()
    detector.detect("warm up 12345 anna at gmail dot com")
    for name, text in CASES.items():
        if argv and name not in argv:
            continue
        started = time.perf_counter()
        spans = detector.detect(text)
        took = time.perf_counter() - started
        print(f"{took:7.3f}s {'SLOW ' if took > 1 else ''}{name} ({len(spans)} spans)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
