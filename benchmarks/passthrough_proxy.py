"""The proxy without its guard: the floor a guarded proxy is measured against (loopback only).

    python benchmarks/passthrough_proxy.py --upstream http://127.0.0.1:9100 --port 9200

The same forwarder (`piiguard.proxy.forwarding.Forwarder`: pooled httpx client, header
filtering, streamed replies passed on), the same routes and the same uvicorn settings as
`piiguard proxy` (httptools, uvloop when installed, no access log, `gc.freeze` after
start), with no guard middleware, no client authentication and no host check: nothing is
detected, masked, stored or restored. What a guarded proxy costs beyond this is the guard.
A benchmark tool only: it forwards personal data unmasked, so it binds 127.0.0.1.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from piiguard.chat_format import GUARDED_API_PATHS, MODELS_PATH
from piiguard.metrics import Metrics
from piiguard.proxy.config import ProxyConfig
from piiguard.proxy.forwarding import Forwarder
from piiguard.proxy.metrics import ProxyMetrics


def build_app(upstream: str) -> Starlette:
    """The proxy's forwarding routes, unguarded."""
    config = ProxyConfig.load(environ={"PIIGUARD_UPSTREAM_URL": upstream})
    forwarder = Forwarder(config, metrics=ProxyMetrics(Metrics()))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await forwarder.start()
        gc.collect()
        gc.freeze()  # as `piiguard proxy` does
        try:
            yield
        finally:
            await forwarder.aclose()

    async def forward(request: Request) -> Response:
        return await forwarder.forward(request)

    async def readyz(request: Request) -> Response:
        return JSONResponse({"ready": forwarder.started})

    routes = [
        *(Route(path, forward, methods=["POST"]) for path in GUARDED_API_PATHS),
        Route(MODELS_PATH, forward, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args()
    uvicorn.run(
        build_app(args.upstream),
        host="127.0.0.1",
        port=args.port,
        lifespan="on",
        log_level=args.log_level,
        proxy_headers=False,
        loop="auto",
        http="auto",
        access_log=False,
    )


if __name__ == "__main__":
    main()
