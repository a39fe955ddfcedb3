"""Added latency of the reply guard (the pure component), guard on vs off in one run.

    python benchmarks/bench_reply_guard.py [--detector patterns|default] [--replies 300]
        [--gap-ms 20] [--name-context-words N] [--name-sentence-words N[,N...]]
        [--context-chars N] [--lowercase-names] [--compare N] [--compare-seed N]

Replies are assistant-like paragraphs, about a third carrying another person's
data (e-mail, phones, card, IBAN, name, street address). Each reply is cut into
events two ways: LLM-like (a word with its LEADING space, digits in groups of up
to three, punctuation: a word is known to be over only when the next event
arrives) and word-boundary events (a word with its TRAILING space). Events
arrive every `--gap-ms` milliseconds of simulated time; the guard's own
processing time is measured for real and added on top (a feed that runs long
delays the next one). Guard off: every event is emitted on arrival. Stream
settings default to the product's (`GuardConfig`); several `--name-sentence-words`
values are measured side by side in one run (the first is the one reported first).

Reported, with the guard off and on side by side:
- time to first token (first non-empty emission) and its added part, for both
  kinds of events;
- per-event delay: when the event's last character reached the client, minus its
  arrival; for events without a candidate value (no digit, '@' or capital
  letter), for the others, and for all events of the replies that carry no
  personal data (two thirds of them). "beyond word end" subtracts the wait for the event
  that ends the word being typed: no guard may emit a word before it knows the
  word is over (any word can still grow into an e-mail address or a name);
- the guard's processing time per event, and the share of events `try_feed`
  handles inline (no worker thread needed);
- added latency for whole JSON replies (`check`);
- streams vs the whole-reply check on name-heavy replies (`--compare` replies,
  each streamed LLM-like and in 1-character events): how often the output is
  identical, and how often a word of a value the check masked reached the client.
Targets (issue 8): at most 5 ms added to time to first token at p50; no added
delay for events without a candidate value.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from piiguard.config import GuardConfig
from piiguard.detection.engine import Detector
from piiguard.reply_guard import ReplyGuard
from piiguard.reply_stream import StreamLimits

CLEAN = [
    "Sure! Here is a short summary of your options. You can change the plan at any time "
    "from the settings page, and the new price applies from the next billing cycle.",
    "Thanks for waiting. I checked the order history and everything looks fine on our "
    "side: the parcel left the warehouse yesterday and should arrive within three days.",
    "Good question. The app keeps your drafts locally until you press send, so nothing "
    "is lost when the connection drops; just reopen it and continue where you stopped.",
    "I am sorry about the trouble with the login. Please clear the browser cache, then "
    "try again with the reset link we sent; it stays valid for one hour.",
    "Of course. To export your data, open the account menu, choose privacy, and press "
    "export; you will get an archive with your messages and settings in a few minutes.",
]
FOREIGN = [
    "You could also ask Anna Kowalska, she had the same issue last week.",
    "Another customer, reachable at anna.kowalska@example.org, reported it too.",
    "Call our colleague on +48 601 234 567 or on 020 7946 0958 if it persists.",
    "The refund went to card 4111 1111 1111 1111 and IBAN DE89 3704 0044 0532 0130 00.",
    "It was delivered to 221B Baker Street, London by mistake.",
    "John Smith from the other team can reach you at (415) 555-2671 tomorrow.",
]
NAMES = [
    "Please ask Maria Garcia in Madrid about it.",
    "Sophie Martin lives at 12 rue de la Paix, Paris, and John Smith at 221B Baker Street, London.",
    "Thomas Müller from Berlin called, and Jan de Vries will visit.",
    "Our colleague Giulia Rossi wrote to Pieter Jansen yesterday.",
    "Ms. Kowalska and Dr. Peter Schmidt agreed.",
    "Send it to Emma Johnson, 45 Elm Road, Leeds.",
]
STARTS = ["Sure thing.", "Thanks!", "Of course.", "Hello there,", "Good question:"]
_EVENT_RE = re.compile(r" ?[^\W\d_]+| ?\d{1,3}| ?[^\w\s]+|\s+")
_CANDIDATE_RE = re.compile(r"[\d@A-Z]")


def events_of(text: str) -> list[str]:
    """LLM-like stream events: a word with its leading space, digit groups, punctuation."""
    events = _EVENT_RE.findall(text)
    assert "".join(events) == text
    return events


def word_events_of(text: str) -> list[str]:
    """Events that end at word boundaries: a word with its trailing whitespace."""
    events = re.findall(r"\s*\S+\s*", text) if text.strip() else [text]
    assert "".join(events) == text
    return events


def make_replies(n: int, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    replies = []
    for i in range(n):
        parts = rng.sample(CLEAN, 2)
        if i % 3 == 0:
            parts.insert(1, rng.choice(FOREIGN))
        replies.append(" ".join(parts))
    return replies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class StreamRun:
    ttft: float
    delays_clean: list[float]
    delays_candidate: list[float]
    beyond_clean: list[float]
    beyond_candidate: list[float]
    feed_ms: list[float]
    inline: int


def run_stream(guard: ReplyGuard | None, events: list[str], gap: float) -> StreamRun:
    """Simulated arrival every `gap` ms; real processing time; when each event went out."""
    stream = guard.stream(["+1 202 555 0173"]) if guard is not None else None
    arrivals = [i * gap for i in range(len(events))]
    ends = []
    position = 0
    for event in events:
        position += len(event)
        ends.append(position)
    decided_at: list[tuple[int, float]] = []  # (decided input position, time)
    busy_until = 0.0
    ttft: float | None = None
    feed_ms: list[float] = []
    inline = 0
    fed = 0
    for i, event in enumerate(events):
        start = max(arrivals[i], busy_until)
        if stream is None:
            out, took = event, 0.0
        else:
            t0 = time.perf_counter()
            result = stream.try_feed(event)
            if result is None:
                result = stream.feed(event)
            else:
                inline += 1
            took = (time.perf_counter() - t0) * 1000
            out = result
            feed_ms.append(took)
        busy_until = start + took
        fed += len(event)
        decided = fed - (stream.pending_chars if stream is not None else 0)
        decided_at.append((decided, busy_until))
        if ttft is None and out:
            ttft = busy_until
    if stream is not None:
        t0 = time.perf_counter()
        out = stream.flush()
        took = (time.perf_counter() - t0) * 1000
        end_time = max(arrivals[-1] + gap, busy_until) + took  # end of stream seen one gap later
        decided_at.append((fed, end_time))
        if ttft is None and out:
            ttft = end_time
    run = StreamRun(ttft or 0.0, [], [], [], [], feed_ms, inline)
    for i, event in enumerate(events):
        emitted = next(t for pos, t in decided_at if pos >= ends[i])
        # The word being typed at the end of this event is over when whitespace follows
        # it: in this event already, in a later one, or at the end of the stream.
        word_end = arrivals[-1] + gap
        if event[-1:].isspace():
            word_end = arrivals[i]
        else:
            for j in range(i + 1, len(events)):
                if any(c.isspace() for c in events[j]):
                    word_end = arrivals[j]
                    break
        delay = emitted - arrivals[i]
        beyond = emitted - max(word_end, arrivals[i])
        if _CANDIDATE_RE.search(event):
            run.delays_candidate.append(delay)
            run.beyond_candidate.append(beyond)
        else:
            run.delays_clean.append(delay)
            run.beyond_clean.append(beyond)
    return run


def timed(func: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    func()
    return (time.perf_counter() - t0) * 1000


def compare(guard: ReplyGuard, n: int, seed: int = 1) -> None:
    """Streams against the whole-reply check on replies full of names and values."""
    rng = random.Random(seed)
    streams = same = leaked = 0
    for _ in range(n):
        parts = [rng.choice(STARTS), *rng.sample(NAMES + FOREIGN, 2), rng.choice(CLEAN)[:80]]
        reply = " ".join(parts)
        values = [reply[s.start : s.end] for s in guard.detector.detect(reply)]
        whole = guard.check(reply, []).text
        for chunks in (events_of(reply), list(reply)):
            stream = guard.stream([])
            out = "".join(stream.feed(c) for c in chunks) + stream.flush()
            streams += 1
            same += out == whole
            # A word of a found value that the check masked but the stream let through.
            shown = set(re.findall(r"\w{3,}", out)) - set(re.findall(r"\w{3,}", whole))
            leaked += any(w in shown for v in values for w in re.findall(r"\w{3,}", v))
    print(
        f"\nstream vs whole-reply check, {streams} streams ({n} replies with names and values, "
        f"seed {seed}, LLM-like and 1-character events): identical {same / streams:.0%}, "
        f"a word of a value the check masked reached the client in {leaked} "
        f"({leaked / streams:.1%})"
    )


def col(runs: list[StreamRun], field: str) -> list[float]:
    out: list[float] = []
    for run in runs:
        value = getattr(run, field)
        out.extend(value if isinstance(value, list) else [value])
    return out


def report(
    limits: StreamLimits,
    runs: dict[str, tuple[list[StreamRun], list[StreamRun]]],
    json_off: list[float],
    json_on: list[float],
    header: str,
) -> None:
    off, on = runs["llm"]
    words_off, words_on = runs["words"]
    plain_off, plain_on = runs["plain"]
    n_events = sum(len(r.feed_ms) for r in on)
    inline = sum(r.inline for r in on)
    print(
        f"{header} events={n_events} name_context_words={limits.name_context_words} "
        f"name_sentence_words={limits.name_sentence_words} "
        f"context_chars={limits.context_chars} lowercase_names={limits.lowercase_names} "
        "(simulated arrivals, real processing time)"
    )
    print("| measure | off p50 ms | off p99 ms | on p50 ms | on p99 ms | added p50 ms |")
    print("|---|---|---|---|---|---|")
    rows = [
        ("time to first token, LLM-like events", col(off, "ttft"), col(on, "ttft")),
        (
            "time to first token, word-boundary events",
            col(words_off, "ttft"),
            col(words_on, "ttft"),
        ),
        ("event delay, no candidate value", col(off, "delays_clean"), col(on, "delays_clean")),
        ("event delay, candidate value", col(off, "delays_candidate"), col(on, "delays_candidate")),
        (
            "event delay, replies without personal data (all events)",
            col(plain_off, "delays_clean") + col(plain_off, "delays_candidate"),
            col(plain_on, "delays_clean") + col(plain_on, "delays_candidate"),
        ),
        (
            "event delay, no candidate value, word-boundary events",
            col(words_off, "delays_clean"),
            col(words_on, "delays_clean"),
        ),
        ("JSON reply (check)", json_off, json_on),
    ]
    for name, a, b in rows:
        added = statistics.median(b) - statistics.median(a)
        print(
            f"| {name} | {statistics.median(a):.2f} | {pct(a, 0.99):.2f} | "
            f"{statistics.median(b):.2f} | {pct(b, 0.99):.2f} | {added:.2f} |"
        )
    print("\nguard on, LLM-like events, delay beyond the end of the word being typed:")
    print("| events | p50 ms | p90 ms | p99 ms |")
    print("|---|---|---|---|")
    for name, values in [
        ("no candidate value", col(on, "beyond_clean")),
        ("candidate value", col(on, "beyond_candidate")),
    ]:
        print(
            f"| {name} | {statistics.median(values):.2f} | {pct(values, 0.9):.2f} | "
            f"{pct(values, 0.99):.2f} |"
        )
    feed = col(on, "feed_ms")
    per_reply = [sum(run.feed_ms) for run in on]
    print(
        f"\nguard processing per event: p50 {statistics.median(feed) * 1000:.0f} us, "
        f"p99 {pct(feed, 0.99) * 1000:.0f} us; per streamed reply: mean "
        f"{statistics.mean(per_reply):.1f} ms, p99 {pct(per_reply, 0.99):.1f} ms; "
        f"handled inline by try_feed: {inline / n_events:.0%} of events"
    )


def main(
    detector_kind: str,
    n: int,
    gap: float,
    variants: list[StreamLimits],
    compare_n: int,
    compare_seed: int = 1,
) -> None:
    detector = Detector.patterns() if detector_kind == "patterns" else Detector.default()
    guards = [ReplyGuard(detector, limits=limits) for limits in variants]
    replies = make_replies(n)
    guards[0].check(replies[0], [])  # warm-up (loads a model)
    runs: list[dict[str, tuple[list[StreamRun], list[StreamRun]]]] = [
        {"llm": ([], []), "words": ([], []), "plain": ([], [])} for _ in guards
    ]
    json_off: list[float] = []
    json_on: list[float] = []
    for reply in replies:
        for kind, events in (("llm", events_of(reply)), ("words", word_events_of(reply))):
            off = run_stream(None, events, gap)
            plain = kind == "llm" and not any(part in reply for part in FOREIGN)
            for k, guard in enumerate(guards):  # interleaved: the same machine noise for all
                on = run_stream(guard, events, gap)
                runs[k][kind][0].append(off)
                runs[k][kind][1].append(on)
                if plain:  # a reply without personal data
                    runs[k]["plain"][0].append(off)
                    runs[k]["plain"][1].append(on)
        json_off.append(timed(lambda reply=reply: reply.encode()))
        json_on.append(timed(lambda reply=reply: guards[0].check(reply, ["+1 202 555 0173"])))
    header = f"detector={detector_kind} replies={n} gap={gap:g} ms"
    for k, (guard, limits) in enumerate(zip(guards, variants, strict=True)):
        if k:
            print("\n---\n")
        report(limits, runs[k], json_off, json_on, header)
        compare(guard, compare_n, compare_seed)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--detector", choices=["default", "patterns"], default="patterns")
    parser.add_argument("--replies", type=int, default=300)
    parser.add_argument("--gap-ms", type=float, default=20.0)
    product = GuardConfig()
    parser.add_argument("--name-context-words", type=int, default=product.reply_name_context_words)
    parser.add_argument(
        "--name-sentence-words",
        default=str(product.reply_name_sentence_words),
        help="one value or several, comma-separated, measured side by side",
    )
    parser.add_argument("--context-chars", type=int, default=StreamLimits().context_chars)
    parser.add_argument("--lowercase-names", action="store_true")
    parser.add_argument("--compare", type=int, help="name-heavy replies (default: replies / 2)")
    parser.add_argument("--compare-seed", type=int, default=1, help="which name-heavy replies")
    args = parser.parse_args()
    variants = [
        StreamLimits(
            name_context_words=args.name_context_words,
            name_sentence_words=int(words),
            lowercase_names=args.lowercase_names,
            context_chars=args.context_chars,
        )
        for words in args.name_sentence_words.split(",")
    ]
    compare_n = args.compare if args.compare is not None else max(20, args.replies // 2)
    main(args.detector, args.replies, args.gap_ms, variants, compare_n, args.compare_seed)
