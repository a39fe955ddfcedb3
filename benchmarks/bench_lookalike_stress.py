"""Look-alikes of the shapes behind Presidio on its own test cases: how many of them a
detector masks, and how many Presidio's reading of the shape (its recognizer at 0.5)
would.

    python benchmarks/bench_lookalike_stress.py --trees /tmp/base /work/wt   # side by side
    python benchmarks/bench_lookalike_stress.py --show                        # + what was masked

Each family is a shape one of Presidio's test cases takes that piiguard did not (branch
parity10, `benchmarks/RESULTS.md, section parity10`), filled with what is NOT that entity but
looks like it in chat of the seven languages (en de fr es it nl pl): order numbers,
SKUs, versions, ticket ids, product codes, barcodes, dates, amounts, grades, ranges,
code. Nothing in it is personal, so every masked message is a false positive. Messages
are the value alone (a whole message answers a question) or the value in a short
sentence of each language. Generated from a fixed seed; short words come from wordfreq
(the `lexicon` extra), Zipf >= 3.0 in one of the seven languages.

A tree's column: `Detector.patterns()` of that checkout (run in a subprocess with the
checkout on `PYTHONPATH`), messages with any span. `Presidio@0.5`: the recognizer of the
family's entity built as Presidio's tests build it, messages with a result scoring 0.5 or
more: what adopting Presidio's reading of the shape would flag. `added to last`: those of
them the last tree leaves clean, the look-alikes adopting that reading would newly flag.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
# A sentence per language around a reference that is no one's.
FRAMES = {
    "order": ("my order {} has not arrived", "meine Bestellung {} ist nicht angekommen",
              "ma commande {} n'est pas arrivée", "mi pedido {} no ha llegado",
              "il mio ordine {} non è arrivato", "mijn bestelling {} is niet aangekomen",
              "moje zamówienie {} nie dotarło"),
    "sku": ("is the item {} in stock?", "ist der Artikel {} auf Lager?",
            "l'article {} est-il en stock ?", "¿el artículo {} está en stock?",
            "l'articolo {} è disponibile?", "is artikel {} op voorraad?",
            "czy produkt {} jest dostępny?"),
    "ticket": ("see ticket {} for details", "siehe Ticket {}", "voir le ticket {}",
               "ver el ticket {}", "vedi il ticket {}", "zie ticket {}", "zobacz zgłoszenie {}"),
    "version": ("after the update to {} it crashes", "nach dem Update auf {} stürzt es ab",
                "depuis la mise à jour {} ça plante", "desde la actualización {} se cuelga",
                "dopo l'aggiornamento {} si blocca", "na de update naar {} crasht het",
                "po aktualizacji {} się zawiesza"),
}  # fmt: skip
SHAPES = {  # family: (what it is, Presidio recognizer expression, entity)
    "ip_five_parts": ("five-part dotted runs: versions, OIDs, numbers in pairs",
                      "IpRecognizer()", "IP_ADDRESS"),
    "ip_colons": ("code with colons: slices, scopes, type signatures",
                  "IpRecognizer()", "IP_ADDRESS"),
    "lists": ("lists of references, amounts and dates, nothing else", None, None),
    "lone_11_digits": ("random 11-digit numbers alone (order numbers)",
                       "DeTaxIdRecognizer()", "DE_TAX_ID"),
    "tr_lower": ("a number, a short word, a number, in lower case (grades, ranges, amounts)",
                 "TrLicensePlateRecognizer()", "TR_LICENSE_PLATE"),
    "t_8_digits": ("T + 8 digits: ticket and tracking ids", "DeIdCardRecognizer()",
                   "DE_ID_CARD"),
    "ean_13": ("EAN-13 barcodes (valid check digit, GS1 prefixes of the seven countries "
               "and US/CA)", "DeTaxNumberRecognizer()", "DE_TAX_NUMBER"),
    "lone_12_digits": ("random 12-digit numbers alone", "KrDriverLicenseRecognizer()",
                       "KR_DRIVER_LICENSE"),
    "letter_7_letter": ("letter + 7 digits + letter product codes",
                        "SgFinRecognizer()", "SG_NRIC_FIN"),
    "de_9_digits": ("DE + 9 random digits (one in ten passes the check)", "DeVatIdRecognizer()",
                    "DE_VAT_ID"),
    "lone_9_digits": ("random 9-digit numbers alone",
                      'PhoneRecognizer(supported_regions=["TR"], '
                      'supported_entity="TR_PHONE_NUMBER")', "TR_PHONE_NUMBER"),
    "lists_11_digits": ("two or three random 11-digit numbers listed, nothing else",
                        "ItVatCodeRecognizer()", "IT_VAT_CODE"),
    "filler_lists_11_digits": ("00000000000 listed with a random 11-digit number",
                               "ItVatCodeRecognizer()", "IT_VAT_CODE"),
    "lone_13_digits": ("random 13-digit numbers alone (order numbers)",
                       "DeTaxNumberRecognizer()", "DE_TAX_NUMBER"),
    "slashed_numbers": ("three digit groups joined by slashes (2-4 / 3-4 / 4-5 digits)",
                        "DeTaxNumberRecognizer()", "DE_TAX_NUMBER"),
}  # fmt: skip


def _framed(rng: random.Random, values: list[str], frame: str) -> list[str]:
    """Each value alone, and half of them in a sentence of a random language."""
    out = list(values)
    for value in values[::2]:
        out.append(rng.choice(FRAMES[frame]).format(value))
    return out


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choices(string.digits, k=n - 1))


def _ean13(rng: random.Random) -> str:
    prefix = rng.choice(("00", "01", "03", "06", "09", "10", "13", "30", "34", "37", "40",
                         "42", "44", "80", "83", "84", "87", "590"))  # fmt: skip
    body = prefix + "".join(rng.choices(string.digits, k=12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _short_words() -> list[str]:
    """Words of 1-3 letters (no q, w, x: a Turkish plate has none) frequent in one of the
    seven languages (wordfreq Zipf >= 3.0)."""
    import wordfreq

    letters = set("abcdefghijklmnoprstuvyz")
    words: set[str] = set()
    for language in LANGUAGES:
        for word in wordfreq.top_n_list(language, 20000):
            short = 1 <= len(word) <= 3 and set(word) <= letters
            if short and wordfreq.zipf_frequency(word, language) >= 3.0:
                words.add(word)
    return sorted(words)


def families(seed: int) -> dict[str, list[str]]:
    """The look-alike messages of each family (deterministic for a seed)."""
    rng = random.Random(seed)
    out: dict[str, list[str]] = {}
    five = [f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
            f".{rng.randint(0, 9)}.{rng.randint(0, 99)}" for _ in range(150)]  # fmt: skip
    five += [f"1.3.6.1.4.1.{rng.randint(1, 60000)}" for _ in range(20)]
    five += [f"2.5.4.{rng.randint(0, 50)}.{rng.randint(0, 9)}" for _ in range(20)]
    five += [".".join(f"{rng.randint(10, 99)}" for _ in range(5)) for _ in range(60)]
    out["ip_five_parts"] = _framed(rng, five, "version")
    out["ip_colons"] = [
        "lst[::1]", "a[::2]", "rev = s[::-1]", "a[:, ::1]", "x[::1, 0]", "arr[1::2]",
        "foo :: Int -> Int", "map :: (a -> b) -> [a] -> [b]", "x :: String", "std::cout",
        "std::vector and a::b", "Foo::Bar::baz()", "use crate::io;", "::", "a :: b",
        "10:30", "12:30:45", "1:2:3", "ratio 1::1", "fn ::new()", "Module::function",
        "A::B", "ab::cd", "scale 1:1", "5::5", "x[::1]", "np.arange(10)[::1]",
    ]  # fmt: skip
    refs = [_digits(rng, rng.randint(8, 12)) for _ in range(200)]
    joins = (" and ", ", ", " und ", " et ", " y ", " e ", " en ", " i ", " or ", "; ")
    lists = [rng.choice(refs) + rng.choice(joins) + rng.choice(refs) for _ in range(300)]
    lists += [f"#{rng.randint(10000, 99999)}, #{rng.randint(10000, 99999)}" for _ in range(30)]
    lists += [f"{rng.randint(1, 99)},{rng.randint(10, 99)}{rng.choice(joins)}"
              f"{rng.randint(1, 99)},{rng.randint(10, 99)}" for _ in range(30)]  # fmt: skip
    lists += [
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024{rng.choice(joins)}"
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024"
        for _ in range(30)
    ]
    out["lists"] = lists
    out["lone_11_digits"] = [_digits(rng, 11) for _ in range(3000)]
    words = _short_words()
    lower = []
    for word in words:
        for tail in (2, 3, 4):
            lower.append(f"{rng.randint(10, 81)} {word} {_digits(rng, tail)}")
    out["tr_lower"] = lower
    tickets = [f"T{rng.randint(0, 99999999):08d}" for _ in range(300)]
    out["t_8_digits"] = _framed(rng, tickets + [t.lower() for t in tickets[:100]], "ticket")
    out["ean_13"] = _framed(rng, [_ean13(rng) for _ in range(600)], "sku")
    out["lone_12_digits"] = [_digits(rng, 12) for _ in range(3000)]
    codes = [rng.choice(string.ascii_uppercase) + f"{rng.randint(0, 9999999):07d}"
             + rng.choice(string.ascii_uppercase) for _ in range(600)]  # fmt: skip
    out["letter_7_letter"] = _framed(rng, codes, "sku")
    out["de_9_digits"] = _framed(rng, [f"DE{rng.randint(0, 999999999):09d}" for _ in range(300)],
                                 "order")  # fmt: skip
    out["lone_9_digits"] = [_digits(rng, 9) for _ in range(2000)]
    out["lists_11_digits"] = [
        rng.choice(joins).join(_digits(rng, 11) for _ in range(rng.choice((2, 2, 3))))
        for _ in range(2000)
    ]
    out["filler_lists_11_digits"] = [
        rng.choice(joins).join(rng.sample(["00000000000", _digits(rng, 11)], 2))
        for _ in range(1000)
    ]
    out["lone_13_digits"] = [_digits(rng, 13) for _ in range(3000)]
    slashed = [
        "/".join(_digits(rng, rng.randint(*size)) for size in ((2, 4), (3, 4), (4, 5)))
        for _ in range(1000)
    ]
    out["slashed_numbers"] = _framed(rng, slashed, "order")
    return out


def child(seed: int) -> None:
    """Prints, per family, the messages `Detector.patterns()` of this checkout masks."""
    from piiguard import Detector

    detector = Detector.patterns()
    result: dict[str, list[list[Any]]] = {}
    for name, texts in families(seed).items():
        hits = []
        for i, text in enumerate(texts):
            spans = detector.detect(text)
            if spans:
                hits.append([i, [(s.label, text[s.start : s.end]) for s in spans]])
        result[name] = hits
    print(json.dumps(result))


def _presidio(seed: int) -> dict[str, set[int]]:
    """Per family with a Presidio recognizer, the messages its reading flags."""
    from presidio_analyzer import predefined_recognizers

    out: dict[str, set[int]] = {}
    for name, texts in families(seed).items():
        _, expression, entity = SHAPES[name]
        if expression is None:
            continue
        recognizer = eval(expression, vars(predefined_recognizers))
        out[name] = {
            i
            for i, t in enumerate(texts)
            if any(r.score >= 0.5 for r in recognizer.analyze(t, [entity]))
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trees", nargs="+", type=Path, default=[Path.cwd()])
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--show", action="store_true", help="list what each tree masked")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.seed)
        return 0
    texts = families(args.seed)
    runs = []
    for tree in args.trees:
        env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", "--seed", str(args.seed)],
            env=env, cwd=tree, capture_output=True, text=True, check=True,
        )  # fmt: skip
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    presidio = _presidio(args.seed)
    names = [t.name or str(t) for t in args.trees]
    # What adopting Presidio's reading would add to the last tree: the messages it flags
    # that the last tree leaves clean.
    print("| family | messages | " + " | ".join(names) + " | Presidio@0.5 | added to last |")
    print("|---|---:|" + "---:|" * len(names) + "---:|---:|")
    for name, (what, _, _) in SHAPES.items():
        cells = " | ".join(str(len(run[name])) for run in runs)
        flagged = presidio.get(name)
        if flagged is None:
            theirs = added = "-"
        else:
            theirs = str(len(flagged))
            added = str(len(flagged - {i for i, _ in runs[-1][name]}))
        print(f"| {name}: {what} | {len(texts[name])} | {cells} | {theirs} | {added} |")
    if args.show:
        for tree, run in zip(names, runs, strict=True):
            for name, hits in run.items():
                if hits:
                    print(f"\n{tree} {name}: {len(hits)}")
                    for i, spans in hits[:40]:
                        print(f"  {texts[name][i]!r} {spans}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
