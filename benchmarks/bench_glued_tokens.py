"""How many random machine tokens (hashes, ids, keys) and dotted numbers the card and IBAN
patterns flag: the price of reading a value glued onto letters (`x4111...`,
`ZZDE89...`) and a card grouped with dots (`4111.1111.1111.1111`).

    python benchmarks/bench_glued_tokens.py --trees /tmp/base-edge11 /work/wt-edge11

Each tree detects in its own subprocess (`PYTHONPATH=tree`) with `Detector.patterns()`
(content) and `Detector.patterns(joined_words=False)` (protocol strings, as the guard
checks ids), on the same seeded tokens, each alone, after "token: " and as a query value
(`id=`). The table gives, per token class and tree, how many tokens had a CREDIT_CARD or
IBAN_CODE span, and how many had any span at all.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import subprocess
import sys
import uuid
from pathlib import Path

N = 10_000
SEED = 11
FORMS = ("{t}", "token: {t}", "id={t}")


def tokens(n: int = N, seed: int = SEED) -> dict[str, list[str]]:
    rng = random.Random(seed)
    hexd, b62 = "0123456789abcdef", string.ascii_letters + string.digits
    b64u = b62 + "-_"

    def pick(alphabet: str, k: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(k))

    def digits(k: int) -> str:
        return pick(string.digits, k)

    return {
        "hex32 (md5)": [pick(hexd, 32) for _ in range(n)],
        "hex40 (sha1)": [pick(hexd, 40) for _ in range(n)],
        "HEX40 upper": [pick(hexd, 40).upper() for _ in range(n)],
        "hex64 (sha256)": [pick(hexd, 64) for _ in range(n)],
        "uuid4 hex": [uuid.UUID(int=rng.getrandbits(128), version=4).hex for _ in range(n)],
        "base62 22": [pick(b62, 22) for _ in range(n)],
        "base62 32": [pick(b62, 32) for _ in range(n)],
        "base64url 43": [pick(b64u, 43) for _ in range(n)],
        "UPPER alnum 24": [pick(string.ascii_uppercase + string.digits, 24) for _ in range(n)],
        "1-2 letters + 13-19 digits": [
            pick(string.ascii_letters, rng.randint(1, 2)) + digits(rng.randint(13, 19))
            for _ in range(n)
        ],
        "3-4 letters + 16 digits": [
            pick(string.ascii_uppercase, rng.randint(3, 4)) + digits(16) for _ in range(n)
        ],
        "version a.b.c.d": [
            ".".join(str(rng.randint(0, 9999)) for _ in range(4)) for _ in range(n)
        ],
        "IPv4": [".".join(str(rng.randint(0, 255)) for _ in range(4)) for _ in range(n)],
        "dotted date": [
            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1900, 2099)}"
            for _ in range(n)
        ],
        "dotted amount": [
            f"{rng.randint(1, 999)}.{digits(3)}.{digits(3)}.{digits(3)},{digits(2)}"
            for _ in range(n)
        ],
        "4 dotted groups of 4": [".".join(digits(4) for _ in range(4)) for _ in range(n)],
    }


def run_here() -> dict[str, dict[str, list[int]]]:
    from piiguard import Detector

    detectors = {"content": Detector.patterns(), "protocol": Detector.patterns(joined_words=False)}
    out: dict[str, dict[str, list[int]]] = {}
    for kind, detector in detectors.items():
        for name, values in tokens().items():
            money = anything = 0
            for value in values:
                labels: set[str] = set()
                for form in FORMS:
                    labels |= {s.label for s in detector.detect(form.format(t=value))}
                money += bool(labels & {"CREDIT_CARD", "IBAN_CODE"})
                anything += bool(labels)
            out.setdefault(kind, {})[name] = [money, anything]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trees", nargs="+", type=Path, required=True)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_here()))
        return
    results = {}
    for tree in args.trees:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run(
            [sys.executable, __file__, "--child", "--trees", str(tree)],
            env=env, capture_output=True, text=True, check=True,
        )
        results[tree.name] = json.loads(done.stdout)
    names = list(results)
    print(f"{N} seeded tokens per class, each alone, after 'token: ' and as 'id=<token>'.")
    print("Cells: tokens with a CREDIT_CARD or IBAN_CODE span / with any span.\n")
    for kind in ("content", "protocol"):
        print(f"### {kind} detector\n")
        print("| class | " + " | ".join(names) + " |")
        print("|---|" + "---|" * len(names))
        for cls in tokens(1):
            cells = [f"{results[t][kind][cls][0]} / {results[t][kind][cls][1]}" for t in names]
            print(f"| {cls} | " + " | ".join(cells) + " |")
        print()


if __name__ == "__main__":
    main()
