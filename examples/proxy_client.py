"""Talk to a piiguard proxy like to any OpenAI-compatible API; consent, and the bot learns.

    piiguard serve --demo            # in one terminal; it prints `export DEMO_KEY=...`
    export DEMO_KEY=demo-...         # in another: that line, then
    python examples/proxy_client.py  # [--proxy URL] [--bot URL] [--key KEY]

It chats (plain and streamed: the reply carries the user's own values, the bot saw
placeholders), shows that the bot's training log does not grow while the key's subject
has not consented, gives consent for `model_training` through the proxy's
`POST /consent`, chats again, and prints what the bot may now learn from: masked text.
It works the same against `docker compose -f deploy/docker-compose.yml up` with a client
key bound to a subject (`PIIGUARD_CLIENT_KEYS=KEY=demo` in deploy/piiguard.env).

With the OpenAI SDK the only change is the base URL, and the client key as API key:

    client = OpenAI(base_url="http://127.0.0.1:8080/v1", api_key=os.environ["DEMO_KEY"])
    client.chat.completions.create(model="demo-bot", messages=[...],
                                   extra_headers={"x-session-id": "alice"})
"""

from __future__ import annotations

import argparse
import json
import os
import time
import uuid
from typing import Any

import httpx

PROXY = "http://127.0.0.1:8080"
BOT = "http://127.0.0.1:8081"
MESSAGE = "Hi, I am Anna Kowalski, mail me at anna.kowalski@example.org, card 4111 1111 1111 1111"
# What the demo's privacy notice says and its version (the proxy's
# PIIGUARD_CONSENT_NOTICE_VERSION); a real front end shows its own notice.
NOTICE_VERSION = "demo-2026-11"
CONSENT_TEXT = (
    "I consent to the processing of personal data for the purpose of improving "
    "the automated system for handling inquiries"
)


def training_log(bot: str) -> dict[str, Any]:
    """The bot's training data: what it may learn from."""
    log: dict[str, Any] = httpx.get(f"{bot}/training-log", timeout=10).json()
    return log


def chat(client: httpx.Client, body: dict[str, object]) -> str:
    reply = client.post("/v1/chat/completions", json=body)
    reply.raise_for_status()
    content: str = reply.json()["choices"][0]["message"]["content"]
    return content


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--proxy", default=PROXY, help=f"the piiguard proxy (default {PROXY})")
    parser.add_argument("--bot", default=BOT, help=f"the demo bot (default {BOT})")
    parser.add_argument(
        "--key", default=os.environ.get("DEMO_KEY"), help="client key (default: $DEMO_KEY)"
    )
    args = parser.parse_args(argv)
    if not args.key:
        parser.error("no client key: export DEMO_KEY=... (the line the demo printed) or --key")

    # The key names the data subject (the demo's is bound to `demo`); a new chat session.
    headers = {"authorization": f"Bearer {args.key}", "x-session-id": uuid.uuid4().hex[:8]}
    body = {"model": "demo-bot", "messages": [{"role": "user", "content": MESSAGE}]}
    with httpx.Client(base_url=args.proxy, headers=headers, timeout=30) as client:
        print("reply:    ", chat(client, body))

        # The same, streamed: placeholders split across events are restored too.
        print("streamed: ", end="")
        with client.stream("POST", "/v1/chat/completions", json={**body, "stream": True}) as sse:
            for line in sse.iter_lines():
                if line.startswith("data: {"):
                    for choice in json.loads(line[6:])["choices"]:
                        print(choice["delta"].get("content") or "", end="", flush=True)
        print()

        before = training_log(args.bot)["conversations"]
        own = client.get("/consent")  # the caller's own consent (its subject is the key's)
        own.raise_for_status()
        if any(
            r["purpose"] == "model_training" and r["state"] == "given"
            for r in own.json()["records"]
        ):
            print(f"training log: {before} conversation(s); consent given in an earlier run")
        else:
            print(f"training log, no consent yet: {before} conversation(s); nothing of this chat")

        consent = {
            "purpose": "model_training",
            "action": "given",
            "notice_version": NOTICE_VERSION,
            "consent_text": CONSENT_TEXT,
        }
        client.post("/consent", json=consent).raise_for_status()
        print("consent given for model_training")
        chat(client, body)

    # The consent gate writes in the background: wait for this turn to arrive.
    deadline = time.monotonic() + 10
    log = training_log(args.bot)
    while log["conversations"] == before and time.monotonic() < deadline:
        time.sleep(0.1)
        log = training_log(args.bot)
    if log["conversations"] == before:
        raise SystemExit("the training log did not grow after consent (is the gate on?)")
    print(f"training log, after consent: {log['conversations']} conversation(s); the newest:")
    print("bot may learn:", log["entries"][-1]["messages"][-1]["content"])


if __name__ == "__main__":
    main()
