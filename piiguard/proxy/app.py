"""The sidecar proxy: an OpenAI-compatible Starlette app wrapped in `PiiGuardMiddleware`.

    app = create_app(ProxyConfig(upstream_url="http://127.0.0.1:8000"))

Routes: `POST /v1/chat/completions`, `POST /v1/responses`, `POST /v1/embeddings` and
`POST /v1/completions` (masked on the way in, restored and guarded on the way out by
the middleware, streamed or not), `GET /v1/models` (guarded too), `GET /healthz`, `GET /readyz`,
`GET /metrics`, and the `allowed_paths` of the config (guarded too). Anything else
is a 404, so nothing reaches the upstream unmasked by accident.

In front of the guard: the Host/Origin check, then client authentication
(`piiguard.proxy.access`); the subject the consent gate and API see is the one the
client key or subject token vouches for, never a header the client chose.
"""

from __future__ import annotations

import gc
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

from piiguard.auth import MIN_CLIENT_KEY_CHARS
from piiguard.chat_format import GUARDED_API_PATHS, MODELS_PATH, error_response
from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.metrics import metrics_app
from piiguard.middleware import PiiGuardMiddleware, is_consent_change, is_consent_export
from piiguard.pipeline import Guard
from piiguard.proxy.access import (
    BrowserCheck,
    ClientAuthentication,
    caller_session_owner,
    caller_subject,
)
from piiguard.proxy.config import ProxyConfig
from piiguard.proxy.forwarding import Forwarder
from piiguard.proxy.metrics import ProxyMetrics
from piiguard.token_ledger import MemoryTokenLedger, RedisTokenLedger, TokenLedger
from piiguard.wildcard import matches

logger = logging.getLogger("piiguard.proxy")

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
"""Paths that need no client key (probes and metrics carry nothing personal)."""
CORS_HEADERS = (
    "authorization",
    "content-type",
    "x-api-key",
    "x-piiguard-subject-token",
    "x-session-id",
)


def _exempt_from_client_auth(path: str) -> bool:
    # The admin API has its own key; its bearer is not a client key.
    return path in OPEN_PATHS or path == "/admin/consent" or path.startswith("/admin/consent/")


def guarded_paths(config: ProxyConfig) -> tuple[str, ...]:
    """Paths whose requests must be masked: the OpenAI routes, the model list (a GET has
    a query string, headers, even a body, and its reply comes from the upstream) and
    every allowed path."""
    return (*GUARDED_API_PATHS, MODELS_PATH, *config.allowed_paths)


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
    freeze_after_start: bool = False,
) -> ASGIApp:
    """Build the proxy app: forwarding routes wrapped in the guard middleware.

    `guard` defaults to `Guard.from_config(config.guard)` (with the proxy's paths added to
    its routes); a guard handed in must already guard `/v1/chat/completions` and every
    allowed path. The guard starts with the app's lifespan (model loaded, Redis reached);
    the lifespan also opens the one pooled `httpx.AsyncClient` of this process.
    `transport` replaces the network for tests.

    `freeze_after_start` (the `piiguard proxy` command sets it: the process is the
    proxy's alone) moves what start-up built (the model's session, the word lists, the
    compiled patterns, the app) out of the garbage collector's reach once the lifespan
    has started (`gc.freeze`): a full collection no longer walks it. Under load those
    collections took 40-80 ms each, every few seconds, in the middle of requests
    (benchmarks/RESULTS.md).
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
    forwarder = Forwarder(
        config,
        metrics=metrics,
        transport=transport,
        identity_headers=guard.config.identity_headers,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await forwarder.start()
        if freeze_after_start:
            gc.collect()
            gc.freeze()
        logger.info(
            "proxy ready; upstream %s; client keys: %d; subject tokens: %s; hosts: %s",
            config.upstream_for_logs,
            len(config.client_keys_config),
            "on" if config.subject_token_secret else "off",
            ",".join(config.effective_allowed_hosts),
        )
        if config.subject_token_secret and config.subject_token_legacy:
            logger.warning(
                "subject_token_legacy is on: v1 subject tokens, which name no audience, are "
                "accepted (a token minted for any deployment sharing the secret acts here); "
                "mint HS256 JWTs with `aud` and turn it off"
            )
        if config.client_keys_config.short:
            logger.warning(
                "%d client keys are shorter than %d characters and easy to guess; use "
                "random keys (secrets.token_urlsafe(32))",
                config.client_keys_config.short,
                MIN_CLIENT_KEY_CHARS,
            )
        try:
            yield
        finally:
            await forwarder.aclose()
            if ledger is not None:
                await ledger.aclose()

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
        if config.ready_check_upstream:
            checks["upstream"] = await forwarder.upstream_ready()
        ready = all(checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    async def other(request: Request) -> Response:
        # A path spared client authentication (the admin API's, which has its own key)
        # is never forwarded, whatever `allowed_paths` says: it would reach the upstream
        # without any credential (when no consent API is served here to answer it).
        path = request.url.path
        if matches(path, config.allowed_paths) and not _exempt_from_client_auth(path):
            return await forwarder.forward(request)
        metrics.outcome("not_found")
        return error_response(
            404,
            # Neither the path nor the method is echoed: either may hold personal data.
            "this proxy serves no such route",
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
        Route("/metrics", metrics_app(active_guard), methods=["GET"]),
        Route("/{path:path}", other, methods=_ALL_METHODS),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: internal_error},
    )
    guarded = PiiGuardMiddleware(
        app, guard=guard, subject_resolver=caller_subject, session_owner=caller_session_owner,
        # The browser check in front lets these in; a front end there changes consent.
        trusted_origins=config.allowed_origins,
    )
    # Only where the consent API is served here, and tokens are accepted, is there a
    # change for a token to spend (no Redis round trip on a chat, ever).
    ledger = (
        build_token_ledger(config)
        if guarded.serves_consent_api and config.subject_token_secret
        and config.subject_token_single_use_changes
        else None
    )
    authenticated: ASGIApp = ClientAuthentication(
        guarded,
        keys=config.client_keys_config,
        token_secret=config.subject_token_secret,
        token_audience=config.subject_token_audience,
        token_issuer=config.subject_token_issuer,
        token_leeway_seconds=config.subject_token_leeway_seconds,
        token_max_lifetime_seconds=config.subject_token_max_lifetime_seconds,
        accept_legacy_tokens=config.subject_token_legacy,
        required=config.client_auth_required,
        exempt=_exempt_from_client_auth,
        subject_header=guard.config.subject_header,
        trust_identity_headers=guard.config.trust_identity_headers,
        outcome=metrics.outcome,
        ledger=ledger,
        single_use=is_consent_change,
        fresh_only=is_consent_export,
        token_max_age_seconds=config.subject_token_export_max_age_seconds or None,
        # Refused attempts, in the consent audit log (by pseudonym, rate-bounded).
        refusal_audit=getattr(guard.gate, "record_refusal", None),
    )
    if config.allowed_origins:
        from starlette.middleware.cors import CORSMiddleware

        # Browser front ends on an allowed origin need CORS answers (preflights included).
        authenticated = CORSMiddleware(
            authenticated,
            allow_origins=list(config.allowed_origins),
            # DELETE: a subject's front end lifts its own restriction
            # (`DELETE /consent/me/restriction`).
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=list(CORS_HEADERS),
        )
    return BrowserCheck(
        authenticated,
        allowed_hosts=config.effective_allowed_hosts,
        allowed_origins=config.allowed_origins,
        host_exempt=lambda path: path in OPEN_PATHS,
        outcome=metrics.outcome,
    )


def build_token_ledger(config: ProxyConfig) -> TokenLedger:
    """Where single-use subject tokens are spent: the consent store's Redis (shared by
    every worker), else this process's memory (one worker; more need Redis anyway)."""
    guard = config.guard
    url = guard.consent_store_url
    if not url:
        return MemoryTokenLedger()
    from piiguard.redis_client import fast_client

    client = fast_client(url, timeout_seconds=2.0, ssl_options=guard.redis_ssl_options(url))
    return RedisTokenLedger(client, prefix=guard.redis_prefix)


def app_from_environment() -> ASGIApp:
    """App factory for `uvicorn --factory` and `--workers N`: config from file and env.

    The CLI puts its flags into `PIIGUARD_*` variables before starting the workers.
    """
    return create_app(ProxyConfig.load(), freeze_after_start=True)
