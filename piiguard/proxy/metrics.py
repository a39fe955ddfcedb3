"""The proxy's own metrics, registered in the guard's per-instance registry.

The middleware counts guarded requests in `piiguard_requests{outcome}`; the proxy
counts what happened upstream in `piiguard_proxy_requests{outcome}`
(`forwarded`, `upstream_error`, `upstream_timeout`, `upstream_unavailable`,
`upstream_bad_encoding`, `upstream_unsupported_encoding`, `proxy_overloaded`, `not_found`;
refused callers:
`unauthorized`, `invalid_client_key`, `invalid_token`, `forbidden`, `host_not_allowed`,
`origin_not_allowed`, ...) so neither counts the other's requests twice.
Upstream latency goes to the shared `piiguard_upstream_seconds` histogram.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from piiguard.metrics import Metrics


class ProxyMetrics:
    """Proxy counters living in `metrics.registry` (one set per `Metrics`)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.requests = Counter(
            "piiguard_proxy_requests",
            "Requests handled by the proxy, by outcome.",
            ["outcome"],
            registry=metrics.registry,
        )
        self.in_flight = Gauge(
            "piiguard_proxy_in_flight",
            "Requests being forwarded now (including replies still streaming).",
            registry=metrics.registry,
        )

    @property
    def upstream_seconds(self) -> Histogram:
        """Time until the upstream answered (headers)."""
        return self.metrics.upstream_seconds

    def outcome(self, outcome: str) -> None:
        """Count one request by outcome."""
        self.requests.labels(outcome=outcome).inc()
