"""The sidecar proxy: an OpenAI-compatible Starlette app wrapped in `PiiGuardMiddleware`.

    app = create_app(ProxyConfig(upstream_url="http://127.0.0.1:8000"))

Routes: `POST /v1/chat/completions`, `POST /v1/responses`, `POST /v1/embeddings` and
`POST /v1/completions` (masked on the way in, restored and guarded on the way out by
the middleware, streamed or not), `GET /v1/models`, `GET /healthz`, `GET /readyz`,
`GET /metrics`, and the `allowed_paths` of the config (guarded too). Anything else
is a 404, so nothing reaches the upstream unmasked by accident.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from piiguard.chat_format import GUARDED_API_PATHS, MODELS_PATH, error_response
from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import Guard
from piiguard.proxy.config import ProxyConfig
from piiguard.proxy.forwarding import Forwarder
from piiguard.proxy.metrics import ProxyMetrics
from piiguard.wildcard import matches

logger = logging.getLogger("piiguard.proxy")

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def guarded_paths(config: ProxyConfig) -> tuple[str, ...]:
    """Paths whose requests must be masked: the OpenAI routes and every allowed path."""
    return (*GUARDED_API_PATHS, *config.allowed_paths)


def guard_config_for(config: ProxyConfig) -> GuardConfig:
    """`config.guard` with the proxy's guarded paths added to its routes."""
    routes = tuple(config.guard.routes)
    missing = tuple(p for p in guarded_paths(config) if p not in routes)
    return config.guard.replace(routes=routes + missing) if missing else config.guard


def create_app(
    config: ProxyConfig,
    *,
    guard: Guard | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ASGIApp:
    """Build the proxy app: forwarding routes wrapped in the guard middleware.

    `guard` defaults to `Guard.from_config(config.guard)` (with the proxy's paths added to
    its routes); a guard handed in must already guard `/v1/chat/completions` and every
    allowed path. The guard starts with the app's lifespan (model loaded, Redis reached);
    the lifespan also opens the one pooled `httpx.AsyncClient` of this process.
    `transport` replaces the network for tests.
    """
    if guard is None:
        guard = Guard.from_config(guard_config_for(config))
    unguarded = [p for p in guarded_paths(config) if not guard.config.guards_path(p)]
    if unguarded:
        raise ConfigError(
            f"the guard's routes do not cover {unguarded}: requests there would reach the "
            "upstream unmasked; add them to GuardConfig.routes"
        )
    metrics = ProxyMetrics(guard.metrics)
    active_guard = guard
    forwarder = Forwarder(config, metrics=metrics, transport=transport)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await forwarder.start()
        logger.info("proxy ready; upstream %s", config.upstream_for_logs)
        try:
            yield
        finally:
            await forwarder.aclose()

    async def forward(request: Request) -> Response:
        return await forwarder.forward(request)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        try:
            checks = dict(await active_guard.ready())
        except Exception as exc:  # readiness must answer, whatever a part does
            logger.warning("readiness check failed: %s", type(exc).__name__)
            checks = {"guard": False}
        checks["upstream_client"] = forwarder.started
        ready = all(checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    async def metrics_endpoint(request: Request) -> Response:
        return Response(active_guard.metrics.render(), media_type=active_guard.metrics.content_type)

    async def other(request: Request) -> Response:
        if matches(request.url.path, config.allowed_paths):
            return await forwarder.forward(request)
        metrics.outcome("not_found")
        return error_response(
            404,
            f"no route {request.method} {request.url.path} on this proxy",
            type="invalid_request_error",
            code="not_found",
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        code = {404: "not_found", 405: "method_not_allowed"}.get(status, f"http_{status}")
        kind = "invalid_request_error" if status < 500 else "server_error"
        message = exc.detail if isinstance(exc, HTTPException) else "internal error"
        return error_response(status, message, type=kind, code=code)

    async def internal_error(request: Request, exc: Exception) -> Response:
        logger.error("internal error in the proxy: %s", type(exc).__name__)
        return error_response(500, "internal error", type="server_error", code="internal_error")

    routes = [
        *(Route(path, forward, methods=["POST"]) for path in GUARDED_API_PATHS),
        Route(MODELS_PATH, forward, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/{path:path}", other, methods=_ALL_METHODS),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: internal_error},
    )
    return PiiGuardMiddleware(app, guard=guard)


def app_from_environment() -> ASGIApp:
    """App factory for `uvicorn --factory` and `--workers N`: config from file and env.

    The CLI puts its flags into `PIIGUARD_*` variables before starting the workers.
    """
    return create_app(ProxyConfig.load())
