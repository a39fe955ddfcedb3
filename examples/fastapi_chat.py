"""A FastAPI chat back end protected by PiiGuardMiddleware (one line: add_middleware).

Needs: pip install 'piiguard[fastapi]'   (in a checkout: pip install -e '.[fastapi]')
Run:   uvicorn examples.fastapi_chat:app --port 8000
Try:   curl -s localhost:8000/chat -H 'content-type: application/json' -H 'x-session-id: demo' \
         -d '{"message": "call me on +44 20 7946 0958, my card is 4111 1111 1111 1111"}'
You get back: {"reply": "Got it: call me on +44 20 7946 0958, my card is 4111 1111 1111 1111"}
while the handler only ever saw "<PHONE_NUMBER_1>" and "<CREDIT_CARD_1>".
"""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from piiguard.config import GuardConfig
from piiguard.middleware import PiiGuardMiddleware


class ChatIn(BaseModel):
    message: str


app = FastAPI()
app.add_middleware(PiiGuardMiddleware, config=GuardConfig.from_env(routes=("/chat",)))


@app.post("/chat")
async def chat(body: ChatIn) -> dict[str, str]:
    # body.message holds placeholders, never the user's raw values.
    return {"reply": f"Got it: {body.message}"}
