"""Prometheus metrics: counts, labels and latencies only, never values.

Each `Metrics` owns its own registry, so several apps (and tests) in one
process never collide. The proxy serves it at `/metrics`; an app using the
middleware exposes it with one line (the guard is the middleware's):

    guard = Guard(GuardConfig(routes=("/chat",)))
    app.add_middleware(PiiGuardMiddleware, guard=guard)     # FastAPI
    app.add_route("/metrics", metrics_app(guard))           # Prometheus text, never values
"""

from __future__ import annotations

from typing import Protocol

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The counters and histograms piiguard exports at `/metrics`."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "piiguard_requests",
            "Guarded requests by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        self.entities = Counter(
            "piiguard_entities_masked",
            "Personal values masked in requests, by label.",
            ["label"],
            registry=self.registry,
        )
        self.reply_entities = Counter(
            "piiguard_reply_entities_blocked",
            "Personal values that were not the user's own, removed from replies, by label.",
            ["label"],
            registry=self.registry,
        )
        self.gate_decisions = Counter(
            "piiguard_gate_decisions",
            "Consent gate decisions by reason (written or why not).",
            ["reason"],
            registry=self.registry,
        )
        self.detection_seconds = Histogram(
            "piiguard_detection_seconds",
            "Time to detect personal data in one request.",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.reply_check_seconds = Histogram(
            "piiguard_reply_check_seconds",
            "Time the reply guard took over one reply, by kind: json (the reply's texts, "
            "checked whole) or stream (every event of one streamed reply, added up).",
            ["kind"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.upstream_seconds = Histogram(
            "piiguard_upstream_seconds",
            "Time until the upstream answered (headers).",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )

    def render(self) -> bytes:
        """The Prometheus text exposition of this registry."""
        return generate_latest(self.registry)


class HasMetrics(Protocol):
    """Anything carrying a `Metrics` (a `Guard`)."""

    @property
    def metrics(self) -> Metrics: ...


class MetricsApp:
    """An ASGI app answering `GET`/`HEAD` with the Prometheus text of one `Metrics`.

    Mount it anywhere: `Route("/metrics", app)`, `app.add_route("/metrics", app)`,
    `Mount("/metrics", app)`. Other methods get 405; non-HTTP scopes are ignored.
    """

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        response: Response
        if scope["method"] in ("GET", "HEAD"):
            response = Response(self.metrics.render(), media_type=self.metrics.content_type)
        else:
            response = PlainTextResponse(
                "method not allowed", status_code=405, headers={"Allow": "GET, HEAD"}
            )
        await response(scope, receive, send)


def metrics_app(source: Metrics | HasMetrics) -> MetricsApp:
    """The `/metrics` ASGI app of a guard (or of a `Metrics`).

    >>> from piiguard import Guard, GuardConfig
    >>> metrics_app(Guard(GuardConfig(detector="patterns"))).metrics.render()[:6]
    b'# HELP'
    """
    return MetricsApp(source if isinstance(source, Metrics) else source.metrics)
