"""Talk to a piiguard proxy like to any OpenAI-compatible API.

    piiguard serve --demo            # in one terminal
    python examples/proxy_client.py  # in another

With the OpenAI SDK the only change is the base URL:

    client = OpenAI(base_url="http://127.0.0.1:8080/v1", api_key="unused-by-the-demo")
    client.chat.completions.create(model="demo-bot", messages=[...],
                                   extra_headers={"x-session-id": "alice"})
"""

from __future__ import annotations

import json

import httpx

PROXY = "http://127.0.0.1:8080"
BOT = "http://127.0.0.1:8081"
MESSAGE = "Hi, I am Anna Kowalski, mail me at anna.kowalski@example.org, card 4111 1111 1111 1111"


def main() -> None:
    headers = {"x-session-id": "example-session"}
    body = {"model": "demo-bot", "messages": [{"role": "user", "content": MESSAGE}]}
    with httpx.Client(base_url=PROXY, headers=headers, timeout=30) as client:
        reply = client.post("/v1/chat/completions", json=body)
        reply.raise_for_status()
        print("reply:   ", reply.json()["choices"][0]["message"]["content"])

        # The same, streamed: placeholders split across events are restored too.
        print("streamed: ", end="")
        with client.stream("POST", "/v1/chat/completions", json={**body, "stream": True}) as sse:
            for line in sse.iter_lines():
                if line.startswith("data: {"):
                    for choice in json.loads(line[6:])["choices"]:
                        print(choice["delta"].get("content") or "", end="", flush=True)
        print()

    # What the chatbot received and keeps for training: placeholders only.
    log = httpx.get(f"{BOT}/training-log", timeout=10).json()
    print("bot kept:", log["entries"][-1]["messages"][-1]["content"])


if __name__ == "__main__":
    main()
