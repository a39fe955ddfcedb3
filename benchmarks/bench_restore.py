"""Cost of restoring placeholder variants: `piiguard.restoring` against exact-only restore.

    python benchmarks/bench_restore.py [--repeat 5] [--number 2000]

`exact` is the restore before variants (one regex for `<LABEL_n>`, a dict lookup per
match, kept here as the baseline); `variants` is `piiguard.restoring.restore`. Both
run on the same replies with the same mapping: a typical chat reply (about 600
characters, three placeholders, a mapping of six), the same reply with its
placeholders mangled (variants only the new restore finds), a reply with no
placeholder, and the typical reply against a session of 300 mappings. The stream
rows feed the typical reply in 4-character deltas (an SSE stream's shape) through
the old and the new `StreamRestorer`. Numbers are the best of `--repeat` runs, in
microseconds per reply.
"""

from __future__ import annotations

import argparse
import re
import timeit
from collections.abc import Callable

from piiguard.restoring import StreamRestorer, restore

# -- the baseline: restore and stream restore as they were before variants --------
_PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*?)_([1-9][0-9]{0,5})>")
_OPEN_TAIL_RE = re.compile(r"<[A-Z0-9_]*\Z")


def exact_restore(text: str, mapping: dict[str, str]) -> str:
    if not mapping or "<" not in text:
        return text
    return _PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


class ExactStreamRestorer:
    def __init__(self, mapping: dict[str, str], max_hold: int = 40) -> None:
        self._mapping, self._max_hold, self._pending = mapping, max_hold, ""

    def feed(self, chunk: str) -> str:
        buffer = self._pending + chunk
        cut = len(buffer)
        start = buffer.rfind("<", max(0, len(buffer) - self._max_hold))
        if start != -1 and _OPEN_TAIL_RE.match(buffer, start):
            cut = start
        self._pending = buffer[cut:]
        return exact_restore(buffer[:cut], self._mapping)

    def flush(self) -> str:
        rest, self._pending = self._pending, ""
        return exact_restore(rest, self._mapping)


MAPPING = {
    "<PERSON_1>": "Anna Kowalski",
    "<PERSON_2>": "Jan Nowak",
    "<EMAIL_ADDRESS_1>": "anna.kowalski@example.org",
    "<PHONE_NUMBER_1>": "+48 601 234 567",
    "<LOCATION_1>": "ul. Marszałkowska 10, Warszawa",
    "<CREDIT_CARD_1>": "4111 1111 1111 1111",
}
TYPICAL = (
    "Thanks for reaching out, <PERSON_1>! I have updated your booking. A confirmation "
    "has been sent to <EMAIL_ADDRESS_1>, and our courier will call you on "
    "<PHONE_NUMBER_1> before delivery. Your order contains two items: the blue "
    "winter jacket (size M) and a pair of running shoes (size 42). Delivery is "
    "expected on Friday between 9:00 and 13:00. If you would like to change the time, "
    "reply to this message or use the link in the e-mail. You can also pick the "
    "parcel up at our store on weekdays from 10:00 to 18:00. Payment was taken from "
    "the card ending in 1111 on December 3rd; the receipt is attached. Is there "
    "anything else I can help you with today?"
)
MANGLED = (
    TYPICAL.replace("<PERSON_1>", "PERSON_1")
    .replace("<EMAIL_ADDRESS_1>", "[EMAIL_ADDRESS_1]")
    .replace("<PHONE_NUMBER_1>", "<phone number 1>")
)
PLAIN = re.sub(r"<[A-Z_0-9]+>", "you", TYPICAL)
LARGE = {f"<PERSON_{n}>": f"name {n}" for n in range(1, 301)} | MAPPING


def per_reply_us(run: Callable[[], object], number: int, repeat: int) -> float:
    return min(timeit.repeat(run, number=number, repeat=repeat)) / number * 1e6


def streamed(restorer: StreamRestorer | ExactStreamRestorer, text: str) -> str:
    out = [restorer.feed(text[i : i + 4]) for i in range(0, len(text), 4)]
    return "".join(out) + restorer.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--number", type=int, default=2000)
    args = parser.parse_args()
    n, r = args.number, args.repeat
    assert restore(MANGLED, MAPPING) == exact_restore(TYPICAL, MAPPING)
    assert streamed(StreamRestorer(MAPPING), MANGLED) == exact_restore(TYPICAL, MAPPING)
    rows = [
        ("typical reply, 3 placeholders", TYPICAL, MAPPING),
        ("same, placeholders mangled", MANGLED, MAPPING),
        ("no placeholder in the reply", PLAIN, MAPPING),
        ("typical reply, 306 mappings", TYPICAL, LARGE),
    ]
    print(f"reply: {len(TYPICAL)} characters; microseconds per reply, best of {r}x{n}")
    print(f"{'case':<34} {'exact':>8} {'variants':>9} {'ratio':>6}")
    for name, text, mapping in rows:
        old = per_reply_us(lambda t=text, m=mapping: exact_restore(t, m), n, r)
        new = per_reply_us(lambda t=text, m=mapping: restore(t, m), n, r)
        print(f"{name:<34} {old:8.1f} {new:9.1f} {new / old:6.1f}")
    for name, text in (("stream, 4-char deltas", TYPICAL), ("stream, mangled", MANGLED)):
        old = per_reply_us(lambda t=text: streamed(ExactStreamRestorer(MAPPING), t), n // 10, r)
        new = per_reply_us(lambda t=text: streamed(StreamRestorer(MAPPING), t), n // 10, r)
        print(f"{name:<34} {old:8.1f} {new:9.1f} {new / old:6.1f}")


if __name__ == "__main__":
    main()
