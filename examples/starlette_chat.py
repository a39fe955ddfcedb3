"""A small Starlette chat back end protected by PiiGuardMiddleware.

Run:   uvicorn examples.starlette_chat:app --port 8000
Try:   curl -s localhost:8000/chat -H 'content-type: application/json' -H 'x-session-id: demo' \
         -d '{"message": "hi, I am Anna Kowalski, mail me at anna.k@example.org"}'
You get back the reply with your own name and e-mail restored, and
"entities_masked": {"PERSON": 1, "EMAIL_ADDRESS": 1}; the server log line
"bot received" shows what the app really got: placeholders only.
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware

logger = logging.getLogger("example")
logging.basicConfig(level=logging.INFO)


async def chat(request: Request) -> JSONResponse:
    message = (await request.json())["message"]
    # Safe to log: the middleware already replaced personal data by placeholders.
    logger.info("bot received: %s", message)
    report = request.state.piiguard
    return JSONResponse(
        {"reply": f"Thanks! I noted: {message}", "entities_masked": report.counts}
    )


app = PiiGuardMiddleware(
    Starlette(routes=[Route("/chat", chat, methods=["POST"])]),
    config=GuardConfig.from_env(routes=("/chat",)),
)
