"""Realistic chat traffic for a piiguard proxy (or any OpenAI-compatible endpoint).

    locust -f benchmarks/locustfile.py --host http://127.0.0.1:8080
    locust -f benchmarks/locustfile.py --headless -u 50 -r 50 -t 60s --host https://your.proxy

Each simulated user is one chat session (its own `x-session-id`) that keeps a
short history and sends a mix of messages, about half with personal data (names,
e-mails, phones, cards, IBANs), as JSON and as SSE streaming requests. A reply
must come back with the user's own values (restored by the proxy; the fake
upstream echoes the message), or the request counts as a failure.

Settings (environment):
  PIIGUARD_LOAD_MODEL     model name sent (default "fake")
  PIIGUARD_LOAD_WAIT      think time between messages in seconds, "min,max" (default "0.5,1.5")
  PIIGUARD_LOAD_HISTORY   earlier messages resent with each turn (default 4)
  PIIGUARD_LOAD_CHECK     1 to require the echo check above (default 1; use 0 with a real bot)
  OPENAI_API_KEY          sent as a bearer token when set
  PIIGUARD_LOAD_HEADERS   extra request headers, "name: value" pairs separated by ";"
"""

from __future__ import annotations

import json
import os
import random
import sys
import uuid
from typing import Any

import gevent
from locust import FastHttpUser, between, task

MODEL = os.environ.get("PIIGUARD_LOAD_MODEL", "fake")
_WAIT = [float(x) for x in os.environ.get("PIIGUARD_LOAD_WAIT", "0.5,1.5").split(",")]
HISTORY = int(os.environ.get("PIIGUARD_LOAD_HISTORY", "4"))
CHECK_ECHO = os.environ.get("PIIGUARD_LOAD_CHECK", "1") == "1"
API_KEY = os.environ.get("OPENAI_API_KEY", "")
EXTRA_HEADERS = dict(
    (name.strip(), value.strip())
    for name, _, value in (
        pair.partition(":") for pair in os.environ.get("PIIGUARD_LOAD_HEADERS", "").split(";")
    )
    if name.strip()
)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chat_mix import WITH_PII, WITHOUT_PII  # noqa: E402


class ChatUser(FastHttpUser):
    """One chat session: a short history, a mix of messages, JSON and streaming."""

    wait_time = between(_WAIT[0], _WAIT[-1])

    def on_start(self) -> None:
        self.session = f"load-{uuid.uuid4().hex[:12]}"
        self.history: list[dict[str, str]] = []
        self.headers = {"x-session-id": self.session, "content-type": "application/json"}
        self.headers.update(EXTRA_HEADERS)
        if API_KEY:
            self.headers["authorization"] = f"Bearer {API_KEY}"
        if _WAIT[-1] > 0:
            # Out of step: users that think between messages do not all start at once (a
            # burst of every user's first message is no chat-paced load).
            gevent.sleep(random.uniform(0, _WAIT[-1]))

    def _message(self) -> tuple[str, tuple[str, ...]]:
        if random.random() < 0.5:
            return random.choice(WITH_PII)
        return random.choice(WITHOUT_PII), ()

    def _body(self, text: str, stream: bool) -> dict[str, Any]:
        messages = [
            {"role": "system", "content": "You are a helpful support assistant."},
            *self.history[-HISTORY:],
            {"role": "user", "content": text},
        ]
        return {"model": MODEL, "messages": messages, "stream": stream}

    def _remember(self, text: str, reply: str) -> None:
        self.history += [{"role": "user", "content": text}, {"role": "assistant", "content": reply}]
        del self.history[: -2 * HISTORY]

    @task(5)
    def chat(self) -> None:
        text, values = self._message()
        with self.client.post(
            "/v1/chat/completions",
            data=json.dumps(self._body(text, False)),
            headers=self.headers,
            name="chat",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return
            try:
                reply = response.json()["choices"][0]["message"]["content"]
            except (ValueError, KeyError, IndexError, TypeError):
                response.failure("not a chat completion")
                return
            if CHECK_ECHO and not all(v in reply for v in values):
                response.failure("reply does not carry the user's own values")
                return
            self._remember(text, reply)

    @task(3)
    def chat_stream(self) -> None:
        text, values = self._message()
        with self.client.post(
            "/v1/chat/completions",
            data=json.dumps(self._body(text, True)),
            headers=self.headers,
            name="chat (stream)",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return
            parts = []
            done = False
            for line in (response.text or "").splitlines():
                if line == "data: [DONE]":
                    done = True
                elif line.startswith("data: "):
                    try:
                        event = json.loads(line[6:])
                        parts.extend(
                            c.get("delta", {}).get("content") or "" for c in event["choices"]
                        )
                    except (ValueError, KeyError, TypeError):
                        response.failure("bad SSE event")
                        return
            reply = "".join(parts)
            if not done:
                response.failure("stream ended without [DONE]")
            elif CHECK_ECHO and not all(v in reply for v in values):
                response.failure("streamed reply does not carry the user's own values")
            else:
                self._remember(text, reply)

    @task(1)
    def models(self) -> None:
        self.client.get("/v1/models", headers=self.headers, name="models")
