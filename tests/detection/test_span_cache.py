"""The span cache: each distinct text goes through the model once, whichever side sees it.

The detector is real (the shipped patterns plus a counting word model); the guard is
the real pipeline with its in-memory vault, so these are the request and reply paths
the proxy runs.
"""

from __future__ import annotations

import re
import threading

import anyio
import pytest

from piiguard._types import PERSON, Span
from piiguard.config import GuardConfig
from piiguard.detection.cache import SpanCache
from piiguard.detection.engine import Detector
from piiguard.pipeline import Guard

SYSTEM = "You are Anna's helpful support assistant for Kowalski Travel."


class CountingNames:
    """A word model standing in for the NER model: PERSON for `Anna|Jan <Capitalised>`;
    counts the texts it reads."""

    name = "names"
    labels = frozenset({PERSON})
    priority = 1
    _NAME = re.compile(r"\b(?:Anna|Jan)(?: [A-Z][a-z]+)?")

    def __init__(self) -> None:
        self.texts: list[str] = []

    def analyze(self, text: str) -> list[Span]:
        self.texts.append(text)
        return [Span(m.start(), m.end(), PERSON, 0.9, self.name) for m in self._NAME.finditer(text)]


def make_guard(cache_size: int) -> tuple[Guard, CountingNames]:
    names = CountingNames()
    detector = Detector([*Detector.patterns().recognizers, names])
    config = GuardConfig(detector="patterns", detection_cache_size=cache_size)
    return Guard(config, detector=detector), names


def chat(*turns: tuple[str, str]) -> dict[str, object]:
    messages = [{"role": "system", "content": SYSTEM}]
    messages += [{"role": role, "content": text} for role, text in turns]
    return {"model": "m", "messages": messages}


@pytest.mark.parametrize(("cache_size", "model_reads"), [(4096, 3), (0, 7)])
def test_system_prompt_and_history_are_detected_once(cache_size: int, model_reads: int) -> None:
    guard, names = make_guard(cache_size)
    first = ("user", "I am Jan Nowak, mail jan@example.org")
    second = ("user", "and my sister is Anna Nowak")

    async def main() -> list[object]:
        a = await guard.protect(chat(first), session_id="s1", subject_id=None)
        b = await guard.protect(chat(first), session_id="s2", subject_id=None)
        c = await guard.protect(chat(first, second), session_id="s1", subject_id=None)
        return [a.body, b.body, c.body]

    bodies = anyio.run(main)
    # Once each for the system prompt and the two user turns, or every time without a cache.
    assert len(names.texts) == model_reads
    for body in bodies:
        assert "Jan Nowak" not in str(body) and "jan@example.org" not in str(body)
    assert "Anna Nowak" not in str(bodies[2])


@pytest.mark.parametrize(("cache_size", "model_reads"), [(4096, 5), (0, 8)])
def test_the_reply_guard_shares_the_cache(cache_size: int, model_reads: int) -> None:
    guard, names = make_guard(cache_size)
    user = "I am Jan Nowak, where is my ticket?"
    reply = "Dear Jan Nowak, Tom from our team sent it to Anna Lis."

    async def main() -> tuple[str, str, str, str]:
        await guard.protect(chat(("user", user)), session_id="s", subject_id=None)
        outbound = await guard.outbound("s")
        quoted = await outbound.text(user)  # a reply that quotes the request: no model call
        answer = await outbound.text(reply)  # new words: the model reads them once
        kept = await outbound.text(reply.split(" to ")[0] + ".")  # ... and these
        # The client resends a reply the guard left as it was: its text was already read.
        turns = (("user", user), ("assistant", kept), ("user", "thanks"))
        resent = await guard.protect(chat(*turns), session_id="s", subject_id=None)
        return quoted, answer, kept, str(resent.body)

    quoted, answer, kept, resent = anyio.run(main)
    assert quoted == user  # the user's own name comes back
    # Another person's name is not: a guarded text differs from the one the model read.
    assert answer == "Dear Jan Nowak, Tom from our team sent it to [PERSON]."
    assert kept == "Dear Jan Nowak, Tom from our team sent it."
    assert "Jan Nowak" not in resent  # the resent history is masked from the cached spans
    # With the cache: the system prompt, the user turn, the two reply texts and "thanks",
    # once each; without it, every text every time (2 + 3 + 4), but the quoted request:
    # its only name is the user's own, which the reply guard keeps without a model call.
    assert len(names.texts) == model_reads


def test_the_structural_checker_keeps_its_own_detector() -> None:
    guard, _ = make_guard(4096)
    # The patterns-only checker must never answer from the full detector's spans.
    assert guard.structural_reply_checker is not guard.reply_checker
    assert guard.span_cache.max_entries == 4096


def test_least_recently_used_texts_go_first() -> None:
    cache = SpanCache(b"k", max_entries=2)
    reads: list[str] = []

    def detect(text: str) -> list[Span]:
        reads.append(text)
        return []

    cached = cache.wrap(detect)
    for text in ["a", "b", "a", "c", "a", "b"]:
        cached(text)
    assert reads == ["a", "b", "c", "b"]  # "b" was evicted by "c", "a" was kept in use
    assert len(cache) == 2
    assert (cache.hits, cache.misses) == (2, 4)


def test_keys_are_keyed_hashes_never_text() -> None:
    text = "I am Jan Nowak"
    one, other = SpanCache(b"one", max_entries=4), SpanCache(b"other", max_entries=4)
    assert one.key_of(text) != other.key_of(text)
    assert "Jan" not in one.key_of(text) and len(one.key_of(text)) == 32


def test_shared_between_threads() -> None:
    cache = SpanCache(b"k", max_entries=8)
    cached = cache.wrap(lambda text: [Span(0, 1, PERSON, 1.0, "t")])
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            for i in range(2000):
                assert cached(f"text {(seed * 7 + i) % 20}") == [Span(0, 1, PERSON, 1.0, "t")]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(cache) <= 8


@pytest.mark.parametrize("cache_size", [4096, 0])
def test_a_stream_reads_no_window_twice(cache_size: int) -> None:
    guard, names = make_guard(cache_size)
    reply = "Dear Jan Nowak, Tom from our team sent the ticket to Anna Lis"

    async def main() -> str:
        stream = (await guard.outbound("s")).stream()
        pieces = [await stream.feed(reply[i : i + 8]) for i in range(0, len(reply), 8)]
        return "".join(pieces) + await stream.flush()

    assert anyio.run(main) == "Dear [PERSON], Tom from our team sent the ticket to [PERSON]"
    repeated = len(names.texts) - len(set(names.texts))
    # The last decision and the flush see the same window: read once with the cache.
    assert repeated == 0 if cache_size else repeated > 0


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks Jan, your ticket is on its way.",  # a part of the user's name
        "Thanks Jan Nowak, your ticket is on its way.",  # the whole of it
        "Thanks Nowak Jan, and Jan, your ticket is on its way.",  # out of order, twice
    ],
)
def test_a_reply_with_the_users_own_name_is_masked_when_resent(reply: str) -> None:
    # The reply guard keeps the user's own name without a model call; the reply comes
    # back as history in the next request, and the name must not reach the bot there.
    guard, names = make_guard(4096)
    user = "I am Jan Nowak, where is my ticket?"

    async def main() -> tuple[str, str]:
        await guard.protect(chat(("user", user)), session_id="s", subject_id=None)
        outbound = await guard.outbound("s")
        reads = len(names.texts)
        answer = await outbound.text(reply)
        assert len(names.texts) == reads  # the user's own name: no model call
        turns = (("user", user), ("assistant", answer), ("user", "thanks"))
        resent = await guard.protect(chat(*turns), session_id="s", subject_id=None)
        # ... and the resent reply costs no model call either: only "thanks" is new.
        assert names.texts[reads:] == ["thanks"]
        return answer, str(resent.body)

    answer, resent = anyio.run(main)
    assert answer == reply
    assert "Jan" not in resent and "Nowak" not in resent
