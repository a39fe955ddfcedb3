"""`metrics_app(guard)`: the middleware's Prometheus metrics on a route of the host app."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.types import ASGIApp

from piiguard import Guard, GuardConfig, PiiGuardMiddleware, metrics_app

pytestmark = pytest.mark.anyio

PHONE = "+44 20 7946 0958"


class ChatIn(BaseModel):
    message: str


def fastapi_app(guard: Guard) -> ASGIApp:
    app = FastAPI()
    app.add_middleware(PiiGuardMiddleware, guard=guard)
    app.add_route("/metrics", metrics_app(guard))  # the documented one-liner

    @app.post("/chat")
    async def chat(body: ChatIn) -> dict[str, str]:
        return {"reply": body.message}

    return app


def starlette_app(guard: Guard) -> ASGIApp:
    async def chat(request: Request) -> JSONResponse:
        return JSONResponse({"reply": (await request.json())["message"]})

    routes = [Route("/chat", chat, methods=["POST"]), Route("/metrics", metrics_app(guard))]
    return PiiGuardMiddleware(Starlette(routes=routes), guard=guard)


def mounted_app(guard: Guard) -> ASGIApp:
    async def chat(request: Request) -> JSONResponse:
        return JSONResponse({"reply": (await request.json())["message"]})

    routes = [Route("/chat", chat, methods=["POST"]), Mount("/metrics", metrics_app(guard))]
    return PiiGuardMiddleware(Starlette(routes=routes), guard=guard)


@pytest.mark.parametrize(
    ("build", "path"),
    [(fastapi_app, "/metrics"), (starlette_app, "/metrics"), (mounted_app, "/metrics/")],
)
async def test_metrics_route_counts_by_label_never_values(build: object, path: str) -> None:
    guard = Guard(GuardConfig(detector="patterns", routes=("/chat",)))
    app = build(guard)  # type: ignore[operator]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        reply = await client.post("/chat", json={"message": f"call me on {PHONE}"})
        assert reply.json() == {"reply": f"call me on {PHONE}"}
        metrics = await client.get(path)
        head = await client.head(path)
        post = await client.post(path)
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'piiguard_entities_masked_total{label="PHONE_NUMBER"} 1.0' in text
    assert 'piiguard_requests_total{outcome="ok"} 1.0' in text
    assert PHONE not in text and "79460958" not in text  # (a bare "7946" may be a latency)
    assert head.status_code == 200 and head.content == b""
    assert post.status_code == 405


async def test_metrics_app_of_one_guard_does_not_show_anothers() -> None:
    first = Guard(GuardConfig(detector="patterns", routes=("/chat",)))
    second = Guard(GuardConfig(detector="patterns", routes=("/chat",)))
    transport = httpx.ASGITransport(app=starlette_app(first))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        await client.post("/chat", json={"message": f"call me on {PHONE}"})
    assert b'label="PHONE_NUMBER"' in metrics_app(first).metrics.render()
    assert b'label="PHONE_NUMBER"' not in metrics_app(second).metrics.render()
