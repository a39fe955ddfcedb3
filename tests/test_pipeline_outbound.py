"""`OutboundReply.texts`: a text repeated in one reply is decided once, with the same result."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.runner import DetectionRunner
from piiguard.exceptions import ReplyBlockedError
from piiguard.metrics import Metrics
from piiguard.pipeline import OutboundReply
from piiguard.reply_guard import GuardedReply, ReplyGuard, ReplyPolicy
from piiguard.reply_stream import GuardedStream
from piiguard.walker import Walker

pytestmark = pytest.mark.anyio

FOREIGN = "someone.else@example.net"
OWN = "anna.kowalski@example.org"


class CountingGuard:
    """A real reply guard that records the texts it checks."""

    def __init__(self, guard: ReplyGuard) -> None:
        self.guard = guard
        self.checked: list[str] = []

    def check(self, text: str, own_values: Collection[str]) -> GuardedReply:
        self.checked.append(text)
        return self.guard.check(text, own_values)

    def stream(self, own_values: Collection[str]) -> GuardedStream:
        return self.guard.stream(own_values)


def outbound(policy: ReplyPolicy | None = None) -> tuple[OutboundReply, CountingGuard, Metrics]:
    detector = Detector.patterns()
    structural = CountingGuard(ReplyGuard(detector, policy))
    metrics = Metrics()
    reply = OutboundReply(
        {"<EMAIL_ADDRESS_1>": OWN},
        ReplyGuard(detector, policy),
        structural,
        Walker(),
        DetectionRunner(detector),
        metrics,
    )
    return reply, structural, metrics


def blocked(metrics: Metrics) -> float:
    value = metrics.registry.get_sample_value(
        "piiguard_reply_entities_blocked_total", {"label": "EMAIL_ADDRESS"}
    )
    return value or 0.0


async def test_a_repeated_protocol_string_is_checked_once_and_counted_each_time() -> None:
    reply, structural, metrics = outbound()
    event_id = f"evt-7 for {FOREIGN}"
    outs = [
        await reply.texts([event_id, "chat.completion.chunk", "<EMAIL_ADDRESS_1>"],
                          structural=[True, True, True])
        for _ in range(5)
    ]
    assert outs == [["evt-7 for [EMAIL_ADDRESS]", "chat.completion.chunk", OWN]] * 5
    # The id and the placeholder (both have a value hint) went to the patterns once each.
    assert structural.checked == [event_id, OWN]
    # Every event's masked value is counted, as when each event was checked on its own.
    assert blocked(metrics) == 5


async def test_a_refused_text_is_refused_every_time() -> None:
    reply, structural, _ = outbound(ReplyPolicy(per_label={"EMAIL_ADDRESS": "refuse"}))
    for _ in range(2):
        with pytest.raises(ReplyBlockedError):
            await reply.texts([f"id for {FOREIGN}"], structural=[True])
    assert len(structural.checked) == 2


async def test_long_texts_are_not_remembered() -> None:
    reply, structural, metrics = outbound()
    long_text = f"{'x' * 300} {FOREIGN}"
    for _ in range(2):
        assert await reply.texts([long_text], structural=[True]) == [
            f"{'x' * 300} [EMAIL_ADDRESS]"
        ]
    assert structural.checked == [long_text, long_text]
    assert blocked(metrics) == 2
