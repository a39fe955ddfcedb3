"""The boundary, end to end: every string in is masked, every reply type out is restored
and guarded or refused. A real proxy (uvicorn) in front of a recording upstream; each
test asserts what the upstream received and what the client got."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from .conftest import ProxyFactory
from .test_proxy_e2e import CARD, EMAIL, NAME, PHONE, leaks
from .upstream import RecordingUpstream, Script, sse_content

IBAN = "DE89 3704 0044 0532 0130 00"
FOREIGN_EMAIL = "someone.else@example.net"
DETAILS = f"{NAME}, {EMAIL}, {PHONE}, card {CARD}, IBAN {IBAN}"


def send(
    fake: RecordingUpstream, url: str, body: Any, *, path: str = "/v1/chat/completions",
    method: str = "POST", session: str = "boundary", **options: Any,
) -> tuple[httpx.Response, list[bytes]]:
    """Send a request through the proxy; the reply and the raw requests the upstream got."""
    before = len(fake.requests)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    reply = httpx.request(
        method,
        f"{url}{path}",
        content=content,
        headers={
            "content-type": "application/json", "x-session-id": session,
            **options.pop("headers", {}),
        },
        timeout=10,
        **options,
    )
    return reply, [r.raw() for r in fake.requests[before:]]


def assert_masked(received: list[bytes]) -> None:
    assert len(received) == 1
    assert leaks(received[0]) == []
    assert b"Kowalski" not in received[0]
    assert IBAN.replace(" ", "").encode() not in received[0].replace(b" ", b"")


# -- request side -----------------------------------------------------------------


REQUEST_SHAPES: dict[str, dict[str, Any]] = {
    "tool description": {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "lookup",
                    "description": f"Look up the account of {DETAILS}",
                    "parameters": {
                        "type": "object",
                        "properties": {"who": {"type": "string", "description": DETAILS}},
                    },
                },
            }
        ],
    },
    "unknown top-level key": {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "session_note": DETAILS,
    },
    "content as one object": {
        "model": "echo",
        "messages": [{"role": "user", "content": {"type": "text", "text": DETAILS}}],
    },
    "deeply nested unknown fields": {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "extra": {"a": [{"b": {"c": [DETAILS]}}], "numbers": [1, 2.5, None, True]},
    },
    "earlier assistant turn": {
        "model": "echo",
        "messages": [
            {"role": "assistant", "content": f"On file: {DETAILS}"},
            {"role": "user", "content": "thanks"},
        ],
    },
    "personal value as an object key": {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "metadata": {EMAIL: "primary", CARD: {PHONE: "x"}},
    },
    "a name as an object key": {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "notes": {NAME: "customer", f"{NAME}\u00a0card": "x"},
    },
    "a name under a protocol key of the caller's metadata": {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "metadata": {"id": NAME, "status": NAME, "type": NAME, "customer": "x", NAME: "y"},
    },
    "personal value in a structural field": {
        "model": EMAIL,
        "messages": [{"role": "user", "content": "hello", "name": NAME}],
        "user": PHONE,
    },
    "responses api input items": {
        "model": "echo",
        "instructions": f"The customer is {DETAILS}",
        "input": [{"role": "user", "content": [{"type": "input_text", "text": DETAILS}]}],
    },
    "text data url": {
        "model": "echo",
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "file",
                        "file": {
                            "file_data": "data:text/plain;base64,"
                            + base64.b64encode(DETAILS.encode()).decode()
                        },
                    }
                ],
            }
        ],
    },
}


@pytest.mark.parametrize("shape", REQUEST_SHAPES, ids=list(REQUEST_SHAPES))
def test_every_string_of_the_request_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    path = "/v1/responses" if "input" in REQUEST_SHAPES[shape] else "/v1/chat/completions"
    with make_proxy() as url:
        reply, received = send(fake, url, REQUEST_SHAPES[shape], path=path)
    assert reply.status_code == 200, reply.text
    assert_masked(received)


def test_values_joined_by_underscores_into_one_identifier_are_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    name = NAME.replace(" ", "_")
    tag = f"{NAME.lower().replace(' ', '_')}_{CARD.replace(' ', '')}"
    body = {
        "model": "echo",
        "messages": [{"role": "user", "name": name, "content": f"my tag is {tag} ok"}],
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="joined")
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    [message] = json.loads(received[0].split(b"\n\n", 1)[1])["messages"]
    assert message["name"] == "<PERSON_1>"
    assert message["content"] == "my tag is <CREDIT_CARD_1> ok"
    assert b"Kowalski" not in received[0] and b"kowalski" not in received[0]


def test_protocol_strings_pass_as_they_are(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    image = "data:image/png;base64," + base64.b64encode(bytes(range(256)) * 4).decode()
    body = {
        "model": "echo",
        "reasoning_effort": "low",
        "messages": [
            {"role": "user", "content": [
                {"type": "text", "text": "look"},
                {"type": "image_url", "image_url": {"url": image, "detail": "high"}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_4111111111111111", "type": "function",
                "function": {"name": "get_weather_v2", "arguments": "{}"},
            }]},
            {"role": "tool", "tool_call_id": "call_4111111111111111", "content": "sunny"},
        ],
        "tools": [{"type": "function", "function": {"name": "get_weather_v2", "parameters": {}}}],
        "tool_choice": {"type": "function", "function": {"name": "get_weather_v2"}},
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body)
    assert reply.status_code == 200, reply.text
    forwarded = json.loads(received[0].split(b"\n\n", 1)[1])
    assert forwarded == body


CARD_NUMBER = int(CARD.replace(" ", ""))
FOREIGN_CARD = 5500000000000004


def test_a_card_written_as_a_json_number_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = {
        "model": "echo",
        "messages": [{"role": "user", "content": "charge it"}],
        "metadata": {"card": CARD_NUMBER, "card_as_float": float(CARD_NUMBER)},
        "tools_state": [CARD_NUMBER],
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body)
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    sent = json.loads(received[0].split(b"\n\n", 1)[1])
    assert sent["metadata"] == {"card": "<CREDIT_CARD_1>", "card_as_float": "<CREDIT_CARD_1>"}
    assert sent["tools_state"] == ["<CREDIT_CARD_1>"]


def test_protocol_numbers_pass_as_numbers(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    # A 63-bit seed that passes the card checksum, a millisecond time that passes a
    # national id's, floats: all numbers the protocol owns or that hold no value. (A
    # prompt of token ids is text, refused: `test_a_prompt_given_as_token_ids_is_refused`.)
    numbers = {
        "seed": 3632675199997252870,
        "metadata": {"created_at": 1739490928391, "ratio": 4111111111111111.5},
        "max_tokens": 1000000,
        "logit_bias": {"50256": -100},
    }
    body = {"model": "echo", "messages": [{"role": "user", "content": "hello"}], **numbers}
    with make_proxy() as url:
        reply, received = send(fake, url, body)
    assert reply.status_code == 200, reply.text
    sent = json.loads(received[0].split(b"\n\n", 1)[1])
    assert {k: sent[k] for k in numbers} == numbers


@pytest.mark.parametrize(
    "parts",
    [
        ["mail me at anna.kowalski", "@example.org please"],
        ["card 4111 1111", " 1111 1111, thanks"],
        ["IBAN DE89 3704 0044", " 0532 0130 00"],
        ["anna.", "kowalski@", "example.org"],
    ],
    ids=["email", "card", "iban", "three parts"],
)
def test_a_value_split_over_content_parts_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, parts: list[str]
) -> None:
    fake, _ = upstream
    content = [{"type": "text", "text": part} for part in parts]
    body = {"model": "echo", "messages": [{"role": "user", "content": content}]}
    with make_proxy() as url:
        reply, _ = send(fake, url, body, session=f"split-{len(parts)}")
    assert reply.status_code == 200, reply.text
    joined = "".join(parts)
    forwarded = json.loads(fake.requests[-1].body)["messages"][0]["content"]
    sent = "".join(part["text"] for part in forwarded)
    for value in ("anna.kowalski@example.org", "4111 1111 1111 1111", "DE89 3704 0044 0532"):
        if value in joined:
            assert value not in sent and value.replace(" ", "") not in sent.replace(" ", "")
    assert "<" in sent  # masked with placeholders, which the reply restores


@pytest.mark.parametrize(
    ("turns", "values"),
    [
        (["my card is 4111 1111", "1111 1111"], ["4111 1111 1111 1111"]),
        (["mail me at anna.kowalski", "@example.org"], ["anna.kowalski@example.org"]),
        (["IBAN DE89 3704 0044", "0532 0130 00 please"], ["DE89 3704 0044 0532 0130 00"]),
        (["call +44 20", "7946 0958", "thanks"], ["+44 20 7946 0958"]),
    ],
    ids=["card", "email", "iban", "phone, three turns"],
)
def test_a_value_split_over_user_turns_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    turns: list[str], values: list[str],
) -> None:
    # The user types a value over several turns; the bot answers in between. The
    # upstream must never hold the whole value, even though each turn alone is clean.
    fake, _ = upstream
    messages: list[dict[str, str]] = []
    for turn in turns:
        messages += [{"role": "user", "content": turn}, {"role": "assistant", "content": "go on"}]
    body = {"model": "echo", "messages": messages[:-1]}
    with make_proxy() as url:
        reply, _ = send(fake, url, body, session="split-turns")
    assert reply.status_code == 200, reply.text
    forwarded = json.loads(fake.requests[-1].body)["messages"]
    sent = [m["content"] for m in forwarded if m["role"] == "user"]
    for glue in ("", " "):
        joined = glue.join(sent)
        for value in values:
            assert value not in joined and value.replace(" ", "") not in joined.replace(" ", "")
    assert all("<" in part for part in sent[:2])  # each piece masked with a placeholder


@pytest.mark.parametrize(
    "turns",
    [
        ["hola, mi correo es maria.garcia@example.es", "summarise the last three messages"],
        ["my card is 4111 1111 1111 1111", "1234 is my street number"],
    ],
    ids=["email then a word", "card then a number"],
)
def test_a_whole_value_at_a_seam_leaves_the_next_turn_alone(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, turns: list[str]
) -> None:
    # The first turn ends with a whole value; read run on with the next turn it grows
    # ("maria.garcia@example.essummarise"), but the next turn starts something else.
    fake, _ = upstream
    messages = [{"role": "user", "content": t} for t in turns]
    with make_proxy() as url:
        reply, _ = send(fake, url, {"model": "echo", "messages": messages}, session="seam-whole")
    assert reply.status_code == 200, reply.text
    forwarded = [m["content"] for m in json.loads(fake.requests[-1].body)["messages"]]
    assert "<" in forwarded[0] and turns[0].split()[-1] not in forwarded[0]
    assert forwarded[1] == turns[1]


def test_clean_turns_that_touch_numbers_are_not_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # Look-alikes: numbers at the seams that form no valid value together.
    fake, _ = upstream
    turns = ["I ordered 3", "2 more arrived, order 2024", "ticket 118 and version 2.3.1"]
    messages = [{"role": "user", "content": t} for t in turns]
    body = {"model": "echo", "messages": messages}
    with make_proxy() as url:
        reply, _ = send(fake, url, body, session="seams-clean")
    assert reply.status_code == 200, reply.text
    forwarded = json.loads(fake.requests[-1].body)["messages"]
    assert [m["content"] for m in forwarded] == turns


@pytest.mark.parametrize(
    ("question", "masked"),
    [
        (None, True),  # the first message, nothing before it
        ("Hello! How can I help you today?", True),
        ("Thanks. What is your NPI?", True),
        ("Could you give me your order number?", False),
        ("Which ticket is it about?", False),
        ("Wie lautet Ihre Bestellnummer?", False),
    ],
    ids=["first message", "greeting", "npi", "order number", "ticket", "Bestellnummer"],
)
def test_a_number_typed_alone_is_masked_unless_the_bot_asked_for_a_reference(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    question: str | None, masked: bool,
) -> None:
    # A message that is only a number whose check digit holds answers a question: an ID
    # unless the bot's question was about an order, ticket, invoice (then it is that).
    fake, _ = upstream
    value = "1234567893"  # a valid NPI (and UK NHS) check; no word of its own
    before = [{"role": "assistant", "content": question}] if question else []
    body = {"model": "echo", "messages": [*before, {"role": "user", "content": value}]}
    with make_proxy() as url:
        reply, _ = send(fake, url, body, session="lone-answer")
    assert reply.status_code == 200, reply.text
    sent = json.loads(fake.requests[-1].body)["messages"][-1]["content"]
    assert (value not in sent) is masked, sent
    if masked:
        assert value in reply.text  # the user's own value comes back in the reply


@pytest.mark.parametrize(
    ("question", "masked"),
    [
        (None, True),
        ("Please enter the 6-digit code we sent to your phone.", True),
        ("Could you give me your order number?", False),
        ("Wie lautet Ihre Bestellnummer?", False),
        ("What is the order number and the code from the SMS?", True),
    ],
    ids=["first message", "code to the phone", "order number", "Bestellnummer", "both"],
)
def test_six_digits_typed_alone_are_a_code_unless_the_bot_asked_for_a_reference(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    question: str | None, masked: bool,
) -> None:
    fake, _ = upstream
    value = "846 332"
    before = [{"role": "assistant", "content": question}] if question else []
    body = {"model": "echo", "messages": [*before, {"role": "user", "content": value}]}
    with make_proxy() as url:
        reply, _ = send(fake, url, body, session="lone-code")
    assert reply.status_code == 200, reply.text
    sent = json.loads(fake.requests[-1].body)["messages"][-1]["content"]
    assert (value not in sent) is masked, sent


@pytest.mark.parametrize(
    ("question", "value", "masked"),
    [
        (None, "DKJCT6RY4", False),  # alone: a booking reference as often as a passport
        ("Hello! How can I help you today?", "DKJCT6RY4", False),
        ("What is your passport number?", "DKJCT6RY4", True),
        ("Wie lautet die Nummer Ihres Personalausweises?", "XF6R1VPK1", True),
        ("Quel est le numéro de votre permis de conduire ?", "16EH01672", True),
        ("What is your booking reference?", "DKJCT6RY4", False),
        ("Your passport number and the order number, please.", "DKJCT6RY4", False),
        ("What is your passport number?", "2019", False),  # a year, no document number
    ],
    ids=["first message", "greeting", "passport", "Personalausweis", "permis", "booking",
         "passport and order", "a year"],
)
def test_a_document_number_typed_alone_is_one_when_the_bot_asked_for_it(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    question: str | None, value: str, masked: bool,
) -> None:
    # A document number typed alone reads like a booking reference; the bot's question
    # for a passport, ID card, driving licence or residence permit number makes it one.
    fake, _ = upstream
    before = [{"role": "assistant", "content": question}] if question else []
    body = {"model": "echo", "messages": [*before, {"role": "user", "content": value}]}
    with make_proxy() as url:
        reply, _ = send(fake, url, body, session="lone-document")
    assert reply.status_code == 200, reply.text
    sent = json.loads(fake.requests[-1].body)["messages"][-1]["content"]
    assert (value not in sent) is masked, sent


@pytest.mark.parametrize("method", ["DELETE", "GET", "PUT"])
def test_a_body_on_any_method_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, method: str
) -> None:
    fake, _ = upstream
    with make_proxy(allowed_paths=("/v1/threads/*",)) as url:
        reply, received = send(
            fake, url, {"note": DETAILS}, path="/v1/threads/t1", method=method
        )
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert b"<EMAIL_ADDRESS_1>" in received[0]


def test_personal_data_in_the_path_is_masked_segment_by_segment(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy(allowed_paths=("/v1/users/*",)) as url:
        reply, received = send(
            fake, url, b"", path=f"/v1/users/{EMAIL}/cards/{CARD.replace(' ', '%20')}",
            method="GET",
        )
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert fake.requests[-1].path == "/v1/users/<EMAIL_ADDRESS_1>/cards/<CREDIT_CARD_1>"


@pytest.mark.parametrize(
    "query",
    [
        "p=%ZZDE89370400440532013000",  # an invalid escape stays literal, glued on
        "q=x4111111111111111&r=_DE89370400440532013000",
        "card=4111.1111.1111.1111",
    ],
)
def test_a_value_glued_onto_letters_in_the_query_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, query: str
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(
            fake, url, {"model": "echo", "messages": [{"role": "user", "content": "hi"}]},
            path=f"/v1/chat/completions?{query}", session="glued",
        )
    assert reply.status_code == 200, reply.text
    [raw] = received
    assert b"89370400440532013000" not in raw and b"1111111111" not in raw
    assert b"1111.1111" not in raw


def test_a_clean_path_passes_as_it_came(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy(allowed_paths=("/v1/threads/*",)) as url:
        reply, _ = send(fake, url, b"", path="/v1/threads/thread_a-b/runs", method="GET")
    assert reply.status_code == 200, reply.text
    assert fake.requests[-1].path == "/v1/threads/thread_a-b/runs"


def test_forwarded_header_values_are_masked_and_sdk_headers_pass(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    sdk = {
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0 Safari/537.36",
        "x-stainless-lang": "python",
        "x-stainless-package-version": "1.51.0",
        "x-stainless-runtime-version": "3.11.7",
        "x-request-id": "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
    }
    personal = {"x-stainless-note": EMAIL, "x-request-id": f"call {PHONE}"}
    with make_proxy() as url:
        body = {"model": "echo", "messages": [{"role": "user", "content": "hello"}]}
        send(fake, url, body, headers=sdk)
        clean = fake.requests[-1]
        reply, received = send(fake, url, body, headers={**sdk, **personal})
    for name, value in sdk.items():
        assert clean.header(name) == value
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert fake.requests[-1].header("x-stainless-note") == "<EMAIL_ADDRESS_1>"


@pytest.mark.parametrize(
    ("guard_settings", "identity"),
    [
        ({}, {"x-session-id": EMAIL}),
        ({"session_header": "X-Conversation"}, {"x-conversation": EMAIL}),
        ({"trust_identity_headers": True}, {"x-session-id": EMAIL, "x-user-id": EMAIL}),
        ({"subject_header": "X-Customer", "trust_identity_headers": True}, {"x-customer": EMAIL}),
    ],
)
def test_the_guards_identity_headers_never_go_upstream_even_when_allowed(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    guard_settings: dict[str, Any], identity: dict[str, str],
) -> None:
    # They pass the masking unread (the guard needs them as sent), so forwarding them
    # would send them raw: an operator's `x-*` must not reach them.
    fake, _ = upstream
    body = {"model": "echo", "messages": [{"role": "user", "content": "hello"}]}
    headers = {**identity, "x-trace": "abc-123", "x-note": f"for {EMAIL}"}
    with make_proxy(forward_request_headers=("x-*",), guard_settings=guard_settings) as url:
        reply, received = send(fake, url, body, headers=headers)
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    sent = dict(fake.requests[-1].headers)
    assert not set(identity) & set(sent)
    assert sent["x-trace"] == "abc-123"
    assert sent["x-note"] == "for <EMAIL_ADDRESS_1>"


def test_a_header_value_that_is_not_ascii_is_masked_and_sent_as_it_came(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    note = f"Zo\u00eb {EMAIL}".encode()
    body = {"model": "echo", "messages": [{"role": "user", "content": "hello"}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, headers={"x-stainless-note": note})
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    sent = fake.requests[-1].header("x-stainless-note")
    assert sent is not None and sent.encode("latin-1") == "Zo\u00eb <EMAIL_ADDRESS_1>".encode()


def test_the_models_route_is_guarded_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    listing = {
        "object": "list",
        "data": [
            {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
            {"id": FOREIGN_EMAIL, "object": "model", "owned_by": FOREIGN_EMAIL},
        ],
    }
    fake.scripts["models"] = Script("application/json", (json.dumps(listing).encode(),))
    try:
        with make_proxy() as url:
            reply, received = send(
                fake, url, {"note": DETAILS}, path="/v1/models", method="GET",
                params={"owner": EMAIL, "card": CARD}, headers={"user-agent": f"app {PHONE}"},
            )
    finally:
        del fake.scripts["models"]
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    data = reply.json()["data"]
    assert data[0] == listing["data"][0]  # a clean listing passes as it came
    assert FOREIGN_EMAIL not in reply.text


@pytest.mark.parametrize(
    "body", [b"[1, 2]", b'"just a string"', b"42", b"null", f'["{EMAIL}"]'.encode()]
)
def test_a_body_that_is_not_a_json_object_is_400_and_nothing_forwarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, body: bytes
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(fake, url, body)
    assert reply.status_code == 400
    assert reply.json()["error"]["code"] == "invalid_body"
    assert received == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b'{"a":' * 5000 + f'"{EMAIL}"'.encode() + b"}" * 5000, "invalid_json"),
        (b'{"a":' * 300 + f'"{EMAIL}"'.encode() + b"}" * 300, "invalid_body"),
        (b'{"n": ' + b"9" * 5000 + f', "note": "{EMAIL}"}}'.encode(), "invalid_json"),
        (f'{{"note": "{EMAIL} \\ud800"}}'.encode(), "invalid_json"),
        # not JSON, or no number the guard could write on as it came (1e400 would go on
        # as `Infinity`, which no upstream reads)
        (f'{{"note": "{EMAIL}", "temperature": NaN}}'.encode(), "invalid_json"),
        (f'{{"note": "{EMAIL}", "top_p": -Infinity}}'.encode(), "invalid_json"),
        (f'{{"note": "{EMAIL}", "temperature": 1e400}}'.encode(), "invalid_json"),
        (f'{{"note": "{EMAIL}", "n": [-1.5e999]}}'.encode(), "invalid_json"),
    ],
    ids=[
        "past the parser's depth", "past the walker's depth", "a 5000-digit number",
        "a lone surrogate escape", "NaN", "-Infinity", "1e400", "-1.5e999 in a list",
    ],
)
def test_a_body_that_cannot_be_read_whole_is_400_not_a_crash(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, body: bytes, code: str
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(fake, url, body)
    assert reply.status_code == 400, reply.text
    assert reply.json()["error"]["code"] == code
    assert received == []


def test_an_escaped_surrogate_pair_is_read_as_its_character(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    content = f"{EMAIL} \\ud83d\\ude00"
    body = f'{{"model": "echo", "messages": [{{"role": "user", "content": "{content}"}}]}}'
    with make_proxy() as url:
        reply, received = send(fake, url, body.encode())
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert "\U0001f600" in json.loads(received[0].split(b"\n\n", 1)[1])["messages"][0]["content"]


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_compressed_body_is_read_masked_and_sent_decoded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, coding: str
) -> None:
    import gzip
    import zlib

    fake, _ = upstream
    body = json.dumps({"model": "echo", "messages": [{"role": "user", "content": DETAILS}]})
    packed = gzip.compress(body.encode()) if coding == "gzip" else zlib.compress(body.encode())
    with make_proxy() as url:
        reply, received = send(fake, url, packed, headers={"content-encoding": coding})
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert fake.requests[-1].header("content-encoding") is None
    assert json.loads(fake.requests[-1].body)["messages"][0]["content"].startswith("<PERSON_1>")


@pytest.mark.parametrize(
    ("coding", "content", "status"),
    [
        ("br", b"\x00\x01", 415),
        ("gzip", b"not gzip at all", 400),
    ],
)
def test_a_body_in_an_unreadable_coding_is_refused(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    coding: str, content: bytes, status: int,
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(fake, url, content, headers={"content-encoding": coding})
    assert reply.status_code == status, reply.text
    assert received == []


def test_a_compressed_body_larger_than_the_limit_once_decoded_is_413(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    import gzip

    fake, _ = upstream
    bomb = gzip.compress(b'{"note": "' + b"a" * 5_000_000 + b'"}')
    with make_proxy() as url:
        reply, received = send(fake, url, bomb, headers={"content-encoding": "gzip"})
    assert reply.status_code == 413, reply.text
    assert received == []


def test_a_reply_nested_too_deep_is_withheld(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    deep = b'{"a":' * 300 + f'"{FOREIGN_EMAIL}"'.encode() + b"}" * 300
    with make_proxy() as url:
        reply = scripted(fake, url, "deep", "application/json", [deep], "deep")
    assert reply.status_code in (502, 503)
    assert FOREIGN_EMAIL not in reply.text


def test_embeddings_and_legacy_completions_are_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(
            fake, url, {"model": "e", "input": [DETAILS, "plain"]}, path="/v1/embeddings"
        )
        assert reply.status_code == 200, reply.text
        assert_masked(received)
        reply, received = send(
            fake, url, {"model": "c", "prompt": DETAILS}, path="/v1/completions"
        )
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert EMAIL in reply.json()["choices"][0]["text"]  # restored on the way back


# -- reply side -------------------------------------------------------------------


def own_placeholder(fake: RecordingUpstream, url: str, session: str) -> str:
    """Make the session own EMAIL as a placeholder; returns the placeholder."""
    reply, received = send(
        fake, url, {"model": "echo", "messages": [{"role": "user", "content": EMAIL}]},
        session=session,
    )
    assert reply.status_code == 200
    assert b"<EMAIL_ADDRESS_1>" in received[0]
    return "<EMAIL_ADDRESS_1>"


def scripted(
    fake: RecordingUpstream, url: str, name: str, content_type: str, chunks: list[bytes],
    session: str, *, status: int = 200, headers: tuple[tuple[str, str], ...] = (),
) -> httpx.Response:
    fake.scripts[name] = Script(content_type, tuple(chunks), status, headers)
    reply, _ = send(
        fake, url, {"model": f"script:{name}", "messages": [{"role": "user", "content": "hi"}]},
        session=session,
    )
    return reply


def split(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def test_ndjson_reply_is_restored_across_lines_and_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        placeholder = own_placeholder(fake, url, "ndjson")
        text = f"Mail {placeholder} or {FOREIGN_EMAIL} today."
        lines = [
            json.dumps({"model": "m", "message": {"role": "assistant", "content": piece},
                        "done": False}).encode() + b"\n"
            for piece in split(text, 4)
        ] + [json.dumps({"model": "m", "done": True}).encode() + b"\n"]
        reply = scripted(fake, url, "ndjson", "application/x-ndjson", lines, "ndjson")
    assert reply.status_code == 200
    docs = [json.loads(line) for line in reply.text.splitlines()]
    content = "".join(d.get("message", {}).get("content", "") for d in docs)
    assert content == f"Mail {EMAIL} or [EMAIL_ADDRESS] today."
    assert FOREIGN_EMAIL not in reply.text


def test_sse_of_another_shape_is_restored_and_guarded_per_field(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        placeholder = own_placeholder(fake, url, "sse-shape")
        text = f"Your address {placeholder} is saved; not {FOREIGN_EMAIL}."
        events = [
            b"data: " + json.dumps({"delta": piece, "note": f"n{i}"}).encode() + b"\n\n"
            for i, piece in enumerate(split(text, 3))
        ]
        events.append(b"data: " + json.dumps({"note": f"cc {FOREIGN_EMAIL}"}).encode() + b"\n\n")
        events.append(b"data: [DONE]\n\n")
        reply = scripted(fake, url, "sse-shape", "text/event-stream", events, "sse-shape")
    assert reply.status_code == 200
    docs = [json.loads(line[6:]) for line in reply.text.splitlines()
            if line.startswith("data: {")]
    assert "".join(d.get("delta", "") for d in docs) == (
        f"Your address {EMAIL} is saved; not [EMAIL_ADDRESS]."
    )
    assert FOREIGN_EMAIL not in reply.text
    assert reply.text.rstrip().endswith("data: [DONE]")


def test_values_injected_in_any_field_of_a_streamed_event_are_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    encoded = "someone.else%40example.net"
    event = {
        "id": "chatcmpl-1",
        "model": FOREIGN_EMAIL,
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {"content": "ok"}, "finish_reason": None,
                     "logprobs": {"note": f"call {PHONE}", "link": f"mailto:{FOREIGN_EMAIL}"}}],
        "extra": {"deep": [f"card {CARD}"]},
    }
    events = [b"data: " + json.dumps(event).encode() + b"\n\n", b"data: [DONE]\n\n"]
    with make_proxy() as url:
        reply = scripted(fake, url, "inject", "text/event-stream", events, "inject")
    assert reply.status_code == 200
    assert leaks(reply.content) == []
    assert FOREIGN_EMAIL not in reply.text
    assert encoded not in reply.text or "[EMAIL_ADDRESS]" in reply.text


def test_json_reply_guards_every_field_and_restores_own_values(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        placeholder = own_placeholder(fake, url, "json-any")
        body = {"result": {"to": placeholder, "cc": [FOREIGN_EMAIL], FOREIGN_EMAIL: 1}}
        reply = scripted(
            fake, url, "json-any", "application/json", [json.dumps(body).encode()], "json-any"
        )
    assert reply.status_code == 200
    got = reply.json()
    assert got["result"]["to"] == EMAIL
    assert got["result"]["cc"] == ["[EMAIL_ADDRESS]"]
    assert FOREIGN_EMAIL not in reply.text
    assert int(reply.headers["content-length"]) == len(reply.content)


def test_a_card_written_as_a_json_number_in_a_reply_is_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = {"id": "x", "created": 1721172741, "result": {"card": FOREIGN_CARD, "n": 3}}
    event = {"id": "x", "created": 1721172741, "choices": [], "card": FOREIGN_CARD}
    with make_proxy() as url:
        reply = scripted(
            fake, url, "json-number", "application/json", [json.dumps(body).encode()], "numbers"
        )
        stream = scripted(
            fake, url, "sse-number", "text/event-stream",
            [b"data: " + json.dumps(event).encode() + b"\n\n", b"data: [DONE]\n\n"], "numbers",
        )
    assert reply.status_code == 200, reply.text
    assert reply.json() == {
        "id": "x", "created": 1721172741, "result": {"card": "[CREDIT_CARD]", "n": 3}
    }
    assert stream.status_code == 200, stream.text
    assert str(FOREIGN_CARD) not in stream.text
    assert json.loads(stream.text.split("data: ", 2)[1])["card"] == "[CREDIT_CARD]"


@pytest.mark.parametrize(
    "content_type", ["application/octet-stream", "image/png", "application/x-protobuf"]
)
def test_a_reply_type_with_no_responder_is_refused(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, content_type: str
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply = scripted(fake, url, "binary", content_type, [FOREIGN_EMAIL.encode()], "bin")
    assert reply.status_code == 502
    assert reply.json()["error"]["code"] == "reply_type_not_supported"
    assert FOREIGN_EMAIL not in reply.text


def test_reply_header_values_are_restored_and_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        send(fake, url, {"model": "echo", "messages": [{"role": "user", "content": EMAIL}]},
             session="hdr")
        reply = scripted(
            fake, url, "headers", "application/json", [b'{"ok": true}'], "hdr",
            headers=(("x-contact", FOREIGN_EMAIL), ("x-owner", "<EMAIL_ADDRESS_1>")),
        )
        empty = scripted(
            fake, url, "no-content", "application/json", [], "hdr", status=204,
            headers=(("x-contact", FOREIGN_EMAIL),),
        )
    assert reply.status_code == 200, reply.text
    assert reply.headers["x-contact"] == "[EMAIL_ADDRESS]"
    assert reply.headers["x-owner"] == EMAIL
    assert empty.status_code == 204
    assert empty.headers["x-contact"] == "[EMAIL_ADDRESS]"


@pytest.mark.parametrize(
    ("content_type", "encode"),
    [
        ("application/json; charset=utf-16", lambda text: text.encode("utf-16")),
        ("application/json", lambda text: text.encode("utf-16")),  # BOM, no charset
        ("text/plain; charset=latin-1", lambda text: text.encode("latin-1")),
    ],
)
def test_a_reply_in_another_charset_is_read_in_it(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    content_type: str, encode: Any,
) -> None:
    fake, _ = upstream
    text = json.dumps({"note": f"mail {FOREIGN_EMAIL}"})
    with make_proxy() as url:
        reply = scripted(fake, url, "charset", content_type, [encode(text)], "cs")
    assert reply.status_code == 200, reply.text
    assert "charset=utf-8" in reply.headers["content-type"] or "charset" not in content_type
    assert FOREIGN_EMAIL not in reply.content.decode("utf-8")
    assert "[EMAIL_ADDRESS]" in reply.content.decode("utf-8")


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_a_reply_that_is_not_text_in_its_charset_is_refused(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, content_type: str
) -> None:
    fake, _ = upstream
    body = json.dumps({"note": FOREIGN_EMAIL}).encode("utf-16-le")  # no BOM, no charset
    with make_proxy() as url:
        reply = scripted(fake, url, "nul", content_type, [body], "nul")
    # A held (JSON) reply is refused whole; a streamed one ends with the error instead.
    assert reply.status_code == (502 if content_type == "application/json" else 200)
    assert b"reply_type_not_supported" in reply.content
    assert FOREIGN_EMAIL.encode("utf-16-le") not in reply.content


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        # UTF-8 sent under a declared UTF-16 with no BOM: the codec raises, not replaces
        ("application/json; charset=utf-16", json.dumps({"note": FOREIGN_EMAIL}).encode()),
        ("text/event-stream; charset=utf-16",
         b'data: {"choices": [{"index": 0, "delta": {"content": "' + FOREIGN_EMAIL.encode()
         + b'"}}]}\n\n'),
        # codecs Python knows that are no text encodings: base64, zlib, rot13
        ("application/json; charset=base64",
         base64.b64encode(json.dumps({"note": FOREIGN_EMAIL}).encode())),
        ("application/json; charset=zlib", gzip.compress(FOREIGN_EMAIL.encode())),
        ("text/plain; charset=rot13", FOREIGN_EMAIL.encode()),
        ("text/plain; charset=undefined", FOREIGN_EMAIL.encode()),
        # text codecs outside the WHATWG list that decode to lone surrogates ("+2D3-")
        ("application/json; charset=utf-7",
         b'{"note": "+2D3- ' + FOREIGN_EMAIL.encode() + b'"}'),
        ("application/json; charset=unicode_escape",
         b'{"note": "\\ud83d ' + FOREIGN_EMAIL.encode() + b'"}'),
        ("text/plain; charset=raw_unicode_escape", b"\\ud83d " + FOREIGN_EMAIL.encode()),
    ],
    ids=[
        "utf-16 JSON", "utf-16 SSE", "base64", "zlib", "rot13", "undefined",
        "utf-7", "unicode_escape", "raw_unicode_escape",
    ],
)
def test_a_reply_not_readable_in_its_declared_charset_is_refused_not_a_crash(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    content_type: str, body: bytes,
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply = scripted(fake, url, "not-text", content_type, [body], "not-text")
    # Refused whole before anything is sent, or (a stream already begun) ended with the
    # error event; never the body as it came, never a 500.
    assert reply.status_code in (502, 200), reply.text
    assert b"reply_type_not_supported" in reply.content
    assert body not in reply.content and FOREIGN_EMAIL.encode() not in reply.content


def test_a_lone_surrogate_escape_in_a_reply_is_checked_and_sent_escaped(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    whole = json.dumps(
        {"choices": [{"index": 0, "message": {"content": f"\ud83d mail {FOREIGN_EMAIL}"}}]}
    ).encode()
    # an emoji's two halves escaped in two events (a token stream cut inside the pair)
    events = [
        b'data: {"choices": [{"index": 0, "delta": {"content": "hi \\ud83d"}}]}\n\n',
        b'data: {"choices": [{"index": 0, "delta": {"content": "\\ude00 mail '
        + FOREIGN_EMAIL.encode() + b'"}}]}\n\n',
        b"data: [DONE]\n\n",
    ]
    with make_proxy() as url:
        reply = scripted(fake, url, "surrogate", "application/json", [whole], "surrogate")
        stream = scripted(fake, url, "surrogates", "text/event-stream", events, "surrogate")
    assert reply.status_code == 200, reply.text
    assert reply.json()["choices"][0]["message"]["content"] == "\ud83d mail [EMAIL_ADDRESS]"
    assert stream.status_code == 200, stream.text
    assert "reply_check_unavailable" not in stream.text
    # the halves may come in one event now (then parsed as one character) or in two
    joined = sse_content(stream.text).encode("utf-16", "surrogatepass").decode("utf-16")
    assert joined == "hi \U0001f600 mail [EMAIL_ADDRESS]"


def test_a_stream_that_breaks_off_drops_what_it_held_back(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    cut = FOREIGN_EMAIL[: FOREIGN_EMAIL.index("@") + 2]  # "someone.else@e": never completed
    events = [
        b'data: {"choices": [{"index": 0, "delta": {"content": "Write to "}}]}\n\n',
        b'data: {"choices": [{"index": 0, "delta": {"content": "' + cut.encode() + b'"}}]}\n\n',
        b'data: {"error": {"message": "the upstream stream broke off", "code": "x"}}\n\n',
    ]
    with make_proxy() as url:
        reply = scripted(fake, url, "broken", "text/event-stream", events, "broken")
    assert reply.status_code == 200
    assert "broke off" in reply.text
    assert FOREIGN_EMAIL.split("@")[0] not in reply.text


def test_a_named_binary_type_may_pass_through(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with make_proxy({"reply_passthrough_types": ("image/*",)}) as url:
        reply = scripted(fake, url, "png", "image/png", [png], "png")
    assert reply.status_code == 200
    assert reply.content == png


def test_text_reply_is_restored_and_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        placeholder = own_placeholder(fake, url, "text")
        chunks = [p.encode() for p in split(f"To {placeholder}, cc {FOREIGN_EMAIL}. Bye", 5)]
        reply = scripted(fake, url, "text", "text/plain; charset=utf-8", chunks, "text")
    assert reply.status_code == 200
    assert reply.text == f"To {EMAIL}, cc [EMAIL_ADDRESS]. Bye"


def test_chat_stream_still_restores_split_placeholders(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = {"model": "stream", "stream": True, "messages": [{"role": "user", "content": EMAIL}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="chat-stream")
    assert reply.status_code == 200
    assert leaks(received[0]) == []
    assert sse_content(reply.text) == f"Noted: {EMAIL}"


# -- Unicode disguises and HTML character references -----------------------------------


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


ENTITIES: dict[str, tuple[str, str]] = {
    # name: (the value written with HTML character references, the part that must not cross)
    "decimal @": (EMAIL.replace("@", "&#64;"), "kowalski"),
    "named @": (EMAIL.replace("@", "&commat;"), "kowalski"),
    "hex @": (EMAIL.replace("@", "&#x40;"), "kowalski"),
    "decimal spaces in a card": (CARD.replace(" ", "&#32;"), "4111"),
    "hex digit in a card": ("&#x34;111111111111111", "111111111111111"),
    "no-break spaces in an IBAN": (IBAN.replace(" ", "&nbsp;"), "3704"),
}


DISGUISES: dict[str, tuple[str, str]] = {
    # name: (the value as written, its letters and digits, which must not cross)
    "fullwidth card": (fullwidth("4111111111111111"), "4111111111111111"),
    "fullwidth e-mail": (fullwidth(EMAIL), EMAIL),
    "fullwidth @": (EMAIL.replace("@", "\uff20"), EMAIL.split("@")[0]),
    "fullwidth phone": (fullwidth(PHONE), "12345678"),
    "arabic-indic card digits": ("\u0664\u0661\u0661\u0661" + "\u0661" * 12, ""),
    "zero-width spaces in a card": ("\u200b".join(CARD.split()), "4111"),
    "zero-width space in an e-mail": (EMAIL[:8] + "\u200b" + EMAIL[8:], EMAIL[:8]),
    "zero-width joiners in an e-mail": (EMAIL.replace(".", "\u200d."), "kowalski"),
    "soft hyphens in a card": ("\u00ad".join(CARD.split()), "4111"),
    "direction mark in an e-mail": (EMAIL.replace("@", "\u200f@"), "kowalski"),
    "no-break spaces in a card": ("\u00a0".join(CARD.split()), "4111"),
    "thin spaces in a card": ("\u2009".join(CARD.split()), "4111"),
    "narrow no-break spaces in an IBAN": (IBAN.replace(" ", "\u202f"), "DE89"),
    "combining accent in an e-mail": (EMAIL.replace("wa", "wa\u0301"), "kowa"),
    **{f"html {name}": value for name, value in ENTITIES.items()},
}


@pytest.mark.parametrize("name", DISGUISES)
def test_a_value_in_unicode_disguise_is_masked_and_restored_as_written(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, name: str
) -> None:
    fake, _ = upstream
    written, core = DISGUISES[name]
    body = {"model": "echo", "messages": [{"role": "user", "content": f"it is {written} ok"}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session=f"disguise-{len(name)}")
    assert reply.status_code == 200
    sent = json.loads(received[0].split(b"\n\n", 1)[1])["messages"][0]["content"]
    assert written not in sent
    assert sent.startswith("it is <") and sent.endswith("> ok")
    if core:
        assert core not in sent
    assert reply.json()["choices"][0]["message"]["content"] == f"Noted: it is {written} ok"


@pytest.mark.parametrize(
    "name",
    ["fullwidth card", "zero-width spaces in a card", "fullwidth e-mail",
     "no-break spaces in a card", *(f"html {name}" for name in ENTITIES)],
)
def test_a_foreign_value_in_unicode_disguise_is_guarded_in_the_reply(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, name: str
) -> None:
    fake, _ = upstream
    written, core = DISGUISES[name]
    body = {"choices": [{"message": {"role": "assistant", "content": f"it is {written} ok"}}]}
    with make_proxy() as url:
        reply = scripted(
            fake, url, "disguised", "application/json", [json.dumps(body).encode()], "disguised"
        )
    assert reply.status_code == 200
    content = reply.json()["choices"][0]["message"]["content"]
    assert written not in content and core not in content
    assert content.startswith("it is [") and content.endswith("] ok")


def test_event_fields_of_a_stream_are_restored_and_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        placeholder = own_placeholder(fake, url, "sse-fields")
        chunks = [
            f"event: {FOREIGN_EMAIL}\nid: {placeholder}\nretry: 10\n".encode(),
            f"x-note: {FOREIGN_EMAIL}\ndata: {{}}\n\n".encode(),
            b"data: [DONE]\n\n",
        ]
        reply = scripted(fake, url, "sse-fields", "text/event-stream", chunks, "sse-fields")
    assert reply.status_code == 200
    assert FOREIGN_EMAIL not in reply.text
    assert reply.text.startswith(
        f"event: [EMAIL_ADDRESS]\nid: {EMAIL}\nretry: 10\nx-note: [EMAIL_ADDRESS]\ndata: {{}}\n\n"
    )


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_a_stream_with_cr_line_endings_keeps_its_events(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, ending: str
) -> None:
    fake, _ = upstream
    events = [{"a": "x"}, {"a": f"mail {FOREIGN_EMAIL}"}]
    text = "".join(f"data: {json.dumps(e)}{ending}{ending}" for e in events)
    chunks = [piece.encode() for piece in split(text, 7)]  # some pieces end between CR and LF
    with make_proxy() as url:
        reply = scripted(fake, url, "sse-cr", "text/event-stream", chunks, "sse-cr")
    assert reply.status_code == 200
    assert FOREIGN_EMAIL not in reply.text
    got = [json.loads(line[6:]) for line in reply.text.split("\n") if line.startswith("data: ")]
    assert got == [{"a": "x"}, {"a": "mail [EMAIL_ADDRESS]"}]


# -- HTML character references that are no disguise ------------------------------------


def test_ordinary_html_entities_pass_as_they_are(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    text = "Tom &amp; Jerry, &lt;b&gt;bold&lt;/b&gt;, AT&amp;T &copy; 2024 &mdash; R&amp;D"
    body = {"model": "echo", "messages": [{"role": "user", "content": text}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="entity-clean")
    assert reply.status_code == 200
    assert json.loads(received[0].split(b"\n\n", 1)[1])["messages"][0]["content"] == text


def test_interleaved_event_types_are_separate_texts(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # A Responses API audio stream interleaves the transcript's deltas with the audio's
    # (base64), with no item id on either: read as one text, the transcript's value was
    # cut by base64 and crossed unmasked.
    fake, _ = upstream
    audio = base64.b64encode(bytes(range(7, 250, 3))).decode()
    events = []
    pieces = split(f"Write to {FOREIGN_EMAIL} now.", 6)
    for piece in pieces:
        for kind, delta in (("transcript.delta", piece), ("delta", audio)):
            event = {"type": f"response.audio.{kind}", "delta": delta}
            events.append(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode())
    events.append(b'data: {"type": "response.audio.transcript.done"}\n\n')
    with make_proxy() as url:
        reply = scripted(fake, url, "audio-events", "text/event-stream", events, "audio")
    assert reply.status_code == 200
    docs = [json.loads(line[6:]) for line in reply.text.splitlines() if line.startswith("data: ")]
    transcript = "".join(d["delta"] for d in docs if d["type"].endswith("transcript.delta"))
    assert transcript == "Write to [EMAIL_ADDRESS] now."
    sound = "".join(d["delta"] for d in docs if d["type"] == "response.audio.delta")
    assert sound == audio * len(pieces)


@pytest.mark.parametrize("field", ["item_id", "output_index", "type"])
def test_an_event_with_an_odd_identity_field_is_guarded_not_a_crash(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, field: str
) -> None:
    fake, _ = upstream
    event = {field: [1, {"a": 2}], "delta": f"mail {FOREIGN_EMAIL}"}
    with make_proxy() as url:
        reply = scripted(
            fake, url, "odd-id", "text/event-stream",
            [b"data: " + json.dumps(event).encode() + b"\n\n"], "odd-id",
        )
    assert reply.status_code == 200
    docs = [json.loads(line[6:]) for line in reply.text.splitlines() if line.startswith("data: ")]
    assert "".join(d["delta"] for d in docs) == "mail [EMAIL_ADDRESS]"


@pytest.mark.parametrize(
    ("content_type", "encode"),
    [
        ("application/json; charset=utf-16", lambda text: text.encode("utf-16")),
        ("application/json; charset=utf-16le", lambda text: text.encode("utf-16-le")),
        ("application/json; charset=latin-1", lambda text: text.encode("latin-1")),
        ("application/json; charset=windows-1250", lambda text: text.encode("cp1250")),
        (f"application/json; charset=utf-8; note={EMAIL}", lambda text: text.encode()),
    ],
    ids=["utf-16", "utf-16le", "latin-1", "windows-1250", "a parameter"],
)
def test_a_request_body_is_read_in_its_charset_and_sent_as_plain_json(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    content_type: str, encode: Any,
) -> None:
    # The upstream reads the body the guard checked: UTF-8 JSON, and a content type with
    # no parameter (a charset would make it read other characters; a parameter is text).
    fake, _ = upstream
    text = f'{{"model": "echo", "messages": [{{"role": "user", "content": "Zoë {DETAILS}"}}]}}'
    with make_proxy() as url:
        reply, received = send(
            fake, url, encode(text), headers={"content-type": content_type}, session="charset"
        )
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert fake.requests[-1].header("content-type") == "application/json"
    content = json.loads(fake.requests[-1].body)["messages"][0]["content"]
    assert content.startswith("Zoë <PERSON_1>, <EMAIL_ADDRESS_1>")


@pytest.mark.parametrize(
    ("charset", "encode"),
    [
        (EMAIL, lambda text: text.encode()),
        # utf-7 was read here until session 16 ("@" written as "+AEA-" came out as "@"):
        # it is no encoding of the WHATWG list, writes characters as other characters
        # and decodes "+2D3-" to a lone surrogate, so it is refused as replies in it are.
        ("utf-7", lambda text: text.encode("utf-7").replace(b"@", b"+AEA-")),
    ],
    ids=["a name no codec has", "utf-7"],
)
def test_a_request_body_in_an_unknown_charset_is_415(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    charset: str, encode: Any,
) -> None:
    fake, _ = upstream
    text = json.dumps({"model": "echo", "messages": [{"role": "user", "content": DETAILS}]})
    with make_proxy() as url:
        reply, received = send(
            fake, url, encode(text),
            headers={"content-type": f"application/json; charset={charset}"},
        )
    assert reply.status_code == 415, reply.text
    assert reply.json()["error"]["code"] == "unsupported_charset"
    assert received == [] and leaks(reply.content) == []


def test_reply_framing_header_values_are_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    headers = (("cache-control", f"private, {FOREIGN_EMAIL}"), ("vary", FOREIGN_EMAIL))
    with make_proxy() as url:
        reply = scripted(
            fake, url, "framing", f"application/json; note={FOREIGN_EMAIL}",
            [b'{"ok": true}'], "framing", headers=headers,
        )
        passed = scripted(
            fake, url, "framing-204", f"application/json; note={FOREIGN_EMAIL}",
            [], "framing", status=204,
        )
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/json"
    assert reply.headers["cache-control"] == "private, [EMAIL_ADDRESS]"
    assert reply.headers["vary"] == "[EMAIL_ADDRESS]"
    assert passed.status_code == 204
    assert passed.headers["content-type"].startswith("application/json; ")
    assert FOREIGN_EMAIL not in passed.headers["content-type"]


@pytest.mark.parametrize(
    "case",
    ["a path that is no route", "a request coding", "a reply charset", "a reply type"],
)
def test_an_error_does_not_echo_what_it_refuses(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, case: str
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        if case == "a path that is no route":
            reply, _ = send(fake, url, b"", path=f"/v1/users/{EMAIL}/{CARD_NUMBER}", method="GET")
        elif case == "a request coding":
            body = {"model": "echo", "messages": [{"role": "user", "content": "hi"}]}
            reply, _ = send(fake, url, body, headers={"content-encoding": EMAIL})
        else:
            kind = (
                f"application/json; charset={FOREIGN_EMAIL}"
                if case == "a reply charset" else f"{FOREIGN_EMAIL}/x"
            )
            reply = scripted(fake, url, "echo-type", kind, [b'{"ok": true}'], "echo")
    assert reply.status_code in (404, 415, 502), reply.text
    assert reply.json()["error"]["code"]
    assert leaks(reply.content) == [] and FOREIGN_EMAIL not in reply.text


def test_a_name_as_a_reply_key_or_in_its_metadata_is_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = {"id": "resp_1", "result": {"Jan Nowak": 1}, "metadata": {"id": "Jan Nowak"}}
    with make_proxy() as url:
        reply = scripted(
            fake, url, "name-key", "application/json", [json.dumps(body).encode()], "name-key"
        )
    assert reply.status_code == 200, reply.text
    expected = {"id": "resp_1", "result": {"[PERSON]": 1}, "metadata": {"id": "[PERSON]"}}
    assert reply.json() == expected


def test_a_header_whose_name_holds_a_value_is_dropped_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    card = CARD.replace(" ", "")
    body = {"model": "script:named", "messages": [{"role": "user", "content": "hi"}]}
    fake.scripts["named"] = Script(
        "application/json", (b'{"ok": true}',), 200,
        ((f"x-card-{FOREIGN_CARD}", "1"), ("x-b3-traceid", "80f198ee56343ba8")),
    )
    with make_proxy() as url:
        reply, received = send(
            fake, url, body, headers={f"x-stainless-{card}": "1", "x-stainless-os": "Linux 6"}
        )
    assert reply.status_code == 200, reply.text
    assert card.encode() not in received[0]
    assert fake.requests[-1].header("x-stainless-os") == "Linux 6"
    assert str(FOREIGN_CARD) not in str(reply.headers)
    assert reply.headers["x-b3-traceid"] == "80f198ee56343ba8"


@pytest.mark.parametrize(
    ("body", "pieces"),
    [
        (
            {"choices": [{"message": {"role": "assistant", "content": [
                {"type": "text", "text": "mail someone.else"},
                {"type": "text", "text": "@example.net today"},
            ]}}]},
            lambda doc: [p["text"] for p in doc["choices"][0]["message"]["content"]],
        ),
        (
            {"output": [{"type": "message", "content": [
                {"type": "output_text", "text": "card 5500 0000"},
                {"type": "output_text", "text": " 0000 0004 ok"},
            ]}]},
            lambda doc: [p["text"] for p in doc["output"][0]["content"]],
        ),
        ({"data": ["someone.else", "@example.net"]}, lambda doc: doc["data"]),
    ],
    ids=["chat content parts", "responses output parts", "a list of strings"],
)
def test_a_value_split_over_parts_of_a_reply_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    body: dict[str, Any], pieces: Any,
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        own = own_placeholder(fake, url, "split-reply")
        reply = scripted(
            fake, url, "split-reply", "application/json", [json.dumps(body).encode()],
            "split-reply",
        )
        mine = {"data": ["Write to", own, "or", "<PERSON_1>"]}  # own values still restored
        restored = scripted(
            fake, url, "split-own", "application/json", [json.dumps(mine).encode()], "split-reply"
        )
    assert reply.status_code == 200, reply.text
    joined = "".join(pieces(reply.json()))
    assert "someone.else@example.net" not in joined and "5500 0000 0000 0004" not in joined
    assert "[" in joined
    assert restored.json() == {"data": ["Write to", EMAIL, "or", "<PERSON_1>"]}


def test_a_masked_redirect_location_is_still_a_url(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    location = f"https://[::1]:8443/users?card={FOREIGN_CARD}&page=2"
    with make_proxy() as url:
        reply = scripted(
            fake, url, "redirect", "text/plain", [b""], "redirect",
            status=302, headers=(("location", location),),
        )
    assert reply.status_code == 302
    assert reply.headers["location"] == "https://[::1]:8443/users?card=%5BCREDIT_CARD%5D&page=2"
    assert reply.next_request is not None  # the client can follow it


# -- probe6: logprobs, legacy streamed completions ---------------------------------

LOGPROB_TOKENS = ["some", "one", ".", "else", "@", "example", ".", "net"]


def _logprob(token: str, alternatives: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "token": token, "logprob": -0.1, "bytes": list(token.encode()),
        "top_logprobs": [
            {"token": t, "logprob": -1.0, "bytes": list(t.encode())} for t in alternatives
        ],
    }


def _all_tokens(node: Any) -> list[tuple[str, str]]:
    """Every (token, its bytes as text) pair of a reply, in document order."""
    if isinstance(node, list):
        return [pair for item in node for pair in _all_tokens(item)]
    if not isinstance(node, dict):
        return []
    here = []
    if isinstance(node.get("token"), str):
        here.append((node["token"], bytes(node.get("bytes") or []).decode()))
    return here + [pair for key, value in node.items() for pair in _all_tokens(value)]


@pytest.mark.parametrize(
    "logprobs",
    [
        [_logprob(FOREIGN_EMAIL)],  # the token masked, its bytes spelt the value
        [_logprob(t, ["x"]) for t in LOGPROB_TOKENS],  # spelt over the reply's tokens
        [_logprob("ok", LOGPROB_TOKENS)],  # spelt over the alternatives at one position
        [_logprob("a", [t, "b"]) for t in LOGPROB_TOKENS],  # over the first alternatives
    ],
    ids=["bytes of a token", "tokens", "alternatives", "alternatives of one rank"],
)
def test_logprobs_tokens_and_bytes_of_a_reply_are_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    logprobs: list[dict[str, Any]],
) -> None:
    fake, _ = upstream
    body = {
        "id": "c", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{
            "index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": "ok"},
            "logprobs": {"content": logprobs, "refusal": None},
        }],
    }
    with make_proxy() as url:
        reply = scripted(fake, url, "logprobs", "application/json", [json.dumps(body).encode()],
                         "logprobs")
    assert reply.status_code == 200, reply.text
    pairs = _all_tokens(reply.json())
    assert all(token == spelt for token, spelt in pairs)  # bytes follow the token sent
    tokens = [token for token, _ in pairs]
    for order in (tokens, tokens[::2], tokens[1::2], tokens[::3]):
        assert "someone.else@example.net" not in "".join(order)
    assert "[EMAIL_ADDRESS]" in "".join(tokens)


def test_logprobs_of_own_values_and_clean_tokens_are_kept(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        own = own_placeholder(fake, url, "logprobs-own")
        pieces = ["Write", " to", " ", own, " or", " caf\u00e9"]
        body = {
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "".join(pieces)},
                         "logprobs": {"content": [_logprob(p, [p.upper()]) for p in pieces]}}],
        }
        partial = {"token": "bytes:\\xe2\\x80", "logprob": -1.0, "bytes": [226, 128]}
        body["choices"][0]["logprobs"]["content"].append(partial)
        reply = scripted(fake, url, "logprobs-own", "application/json",
                         [json.dumps(body).encode()], "logprobs-own")
    assert reply.status_code == 200, reply.text
    content = reply.json()["choices"][0]["logprobs"]["content"]
    assert [c["token"] for c in content[:-1]] == ["Write", " to", " ", EMAIL, " or", " caf\u00e9"]
    assert bytes(content[3]["bytes"]).decode() == EMAIL
    assert content[-1] == partial  # a piece of one character keeps its bytes


def test_a_streamed_legacy_completion_text_is_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # `choices[i].text` of a streamed legacy completion is one text over its events, like
    # a chat `delta`: checked event by event, a value split over events crossed.
    fake, _ = upstream
    with make_proxy() as url:
        own = own_placeholder(fake, url, "legacy-stream")
        text = f"Mail {own} or {FOREIGN_EMAIL}, card {FOREIGN_CARD} ok"
        events = [
            b"data: " + json.dumps({
                "id": "cmpl-1", "object": "text_completion", "created": 0, "model": "m",
                "choices": [{"index": 0, "text": piece, "finish_reason": None,
                             "logprobs": {"tokens": [piece], "token_logprobs": [-0.1]}}],
            }).encode() + b"\n\n"
            for piece in split(text, 5)
        ] + [b"data: [DONE]\n\n"]
        reply = scripted(fake, url, "legacy-stream", "text/event-stream", events,
                         "legacy-stream")
    assert reply.status_code == 200
    docs = [json.loads(line[6:]) for line in reply.text.splitlines()
            if line.startswith("data: {")]
    streamed = "".join(c["text"] for d in docs for c in d["choices"])
    tokens = "".join(t for d in docs for c in d["choices"] if c.get("logprobs")
                     for t in c["logprobs"]["tokens"])
    assert streamed == f"Mail {EMAIL} or [EMAIL_ADDRESS], card [CREDIT_CARD] ok"
    assert tokens == streamed


def test_a_value_in_backslash_escapes_or_with_a_control_character_is_masked_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # JSON written into a string (tool arguments, a tool result) escapes characters as
    # `\u0040`; a model reads them as the characters. NUL inside an address is invisible.
    fake, _ = upstream
    escaped = EMAIL.replace("@", "\\u0040")
    body = {
        "model": "echo",
        "messages": [
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "send", "arguments": json.dumps({"to": escaped})},
            }]},
            {"role": "tool", "tool_call_id": "call_1",
             "content": '{"card": "' + CARD.replace(" ", "\\u0020") + '"}'},
            {"role": "user", "content": "or " + EMAIL.replace("@", "\x00@")},
        ],
    }
    foreign = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None,
        "tool_calls": [{"id": "call_2", "type": "function", "function": {
            "name": "send",
            "arguments": '{"to": "' + FOREIGN_EMAIL.replace("@", "\\u0040") + '"}'}}]}}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="escapes")
        guarded = scripted(fake, url, "escaped-reply", "application/json",
                           [json.dumps(foreign).encode()], "escapes")
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert b"anna.kowalski" not in received[0] and b"4111" not in received[0]
    arguments = guarded.json()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert arguments == '{"to": "[EMAIL_ADDRESS]"}'


def test_a_header_value_in_latin_1_is_read_and_masked_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # A header value that is not UTF-8 (a raw ISO-8859-1 byte) was a 500 (its text, read
    # with surrogate escapes, could not be keyed or stored).
    fake, _ = upstream
    body = {"model": "script:latin-1", "messages": [{"role": "user", "content": "hi"}]}
    fake.scripts["latin-1"] = Script(
        "application/json", (b'{"ok": true}',), 200,
        (("x-note", f"Zo\u00eb {FOREIGN_EMAIL}"),),  # Starlette writes it in ISO-8859-1
    )
    with make_proxy() as url:
        reply, received = send(
            fake, url, body, headers={"x-stainless-note": f"Zo\u00eb {EMAIL}".encode("latin-1")}
        )
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert fake.requests[-1].header("x-stainless-note").endswith(" <EMAIL_ADDRESS_1>")
    assert dict(reply.headers.raw)[b"x-note"] == "Zo\u00eb [EMAIL_ADDRESS]".encode("latin-1")


@pytest.mark.parametrize("key", ["type", "status", "detail", "model", "id", "format"])
def test_words_under_a_structural_key_are_content_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, key: str
) -> None:
    # A structural key's string was checked by the patterns only, wherever it stood: a
    # name there (`"extra": {"type": "Anna Kowalski"}`, a reply's `system_fingerprint`)
    # crossed. Protocol values are identifiers; words are prose.
    fake, _ = upstream
    body = {"model": "echo", "messages": [{"role": "user", "content": "hi"}],
            "extra": {key: NAME}}
    foreign = {"id": "c", "object": "chat.completion", "system_fingerprint": "Jan Nowak",
               key: "waiting for Jan Nowak",
               "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"},
                            "finish_reason": "stop"}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session=f"structural-{key}")
        guarded = scripted(fake, url, f"structural-{key}", "application/json",
                           [json.dumps(foreign).encode()], f"structural-{key}")
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert json.loads(received[0].split(b"\n\n", 1)[1])["model"] == "echo"
    assert "Nowak" not in guarded.text
    assert guarded.json()["object"] == "chat.completion"


@pytest.mark.parametrize("spelt", ["over alternatives", "over events"])
def test_streamed_logprobs_tokens_and_bytes_are_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, spelt: str
) -> None:
    # Each rank of the alternatives is its own stream: a value spelt over the
    # alternatives of one event crossed, and every `bytes` spelt its raw token.
    fake, _ = upstream

    def event(token: str, alternatives: list[str]) -> bytes:
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                 "choices": [{"index": 0, "delta": {"content": token}, "finish_reason": None,
                              "logprobs": {"content": [_logprob(token, alternatives)]}}]}
        return b"data: " + json.dumps(chunk).encode() + b"\n\n"

    if spelt == "over alternatives":
        events = [event("ok", LOGPROB_TOKENS), event(" fine", [])]
    else:
        events = [event("a", [t]) for t in LOGPROB_TOKENS]
    with make_proxy() as url:
        reply = scripted(fake, url, "stream-logprobs", "text/event-stream",
                         [*events, b"data: [DONE]\n\n"], "stream-logprobs")
    assert reply.status_code == 200
    docs = [json.loads(line[6:]) for line in reply.text.splitlines()
            if line.startswith("data: {")]
    pairs = [pair for d in docs for pair in _all_tokens(d)]
    assert all(token == spelt_bytes for token, spelt_bytes in pairs)
    assert "someone.else" not in "".join(token for token, _ in pairs)


def test_a_value_split_over_parts_of_one_stream_event_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # The whole strings of a stream event were checked one by one: a card over two
    # `output_text` parts of a `response.completed` event crossed (a JSON reply reads
    # neighbouring parts joined).
    fake, _ = upstream
    done = {"type": "response.completed", "response": {"id": "resp_1", "output": [{
        "type": "message", "role": "assistant", "content": [
            {"type": "output_text", "text": "card 5500 0000"},
            {"type": "output_text", "text": " 0000 0004 ok"},
        ]}]}}
    event = f"event: response.completed\ndata: {json.dumps(done)}\n\n".encode()
    with make_proxy() as url:
        reply = scripted(fake, url, "parts-event", "text/event-stream", [event], "parts-event")
    assert reply.status_code == 200
    data = json.loads(next(x[6:] for x in reply.text.splitlines() if x.startswith("data: ")))
    parts = [p["text"] for p in data["response"]["output"][0]["content"]]
    assert "5500 0000" not in parts[0] and "0000 0004" not in parts[1]
    assert parts[1].endswith(" ok")


GLUED: dict[str, str] = {
    "markdown italics": "_{}_",
    "markdown bold with underscores": "__{}__",
    "an identifier suffix": "{}_2024",
    "a hyphen after it": "{}-team",
    "a digit after it": "{}1",
    "a full stop and one letter after it": "{}.x",
    "a long run of local-part characters before it": "-" * 70 + "{}",
    "over nine dotted words before it": "ok." * 12 + "{}",
}
"""An address with characters glued to it that no address may hold: a reader (or a
model) still reads the address in it."""


@pytest.mark.parametrize("glue", GLUED.values(), ids=list(GLUED))
def test_an_email_with_characters_glued_to_it_is_masked_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, glue: str
) -> None:
    fake, _ = upstream
    user = {"role": "user", "content": f"mail {glue.format(EMAIL)} ok"}
    body = {"model": "echo", "messages": [user]}
    delta = {"content": f"ask {glue.format(FOREIGN_EMAIL)} ok"}
    event = {"choices": [{"index": 0, "delta": delta}]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="glued")
        guarded = scripted(
            fake, url, "glued", "text/event-stream",
            [b"data: " + json.dumps(event).encode() + b"\n\n", b"data: [DONE]\n\n"], "glued",
        )
    assert reply.status_code == 200, reply.text
    assert_masked(received)
    assert guarded.status_code == 200, guarded.text
    assert FOREIGN_EMAIL not in guarded.text


NAMED_BY_KEY: dict[str, tuple[str, str, bool]] = {
    "passport": ("passport", "AB1234567", True),
    "phone without its plus": ("phone", "48601234567", True),
    "account number": ("account_number", "12345678", True),
    # A date is masked in requests; replies keep dates (`reply_label_actions`).
    "date of birth": ("dateOfBirth", "1985-03-14", False),
}
"""Values a reader knows by their key alone: the same words before them in a message
("my passport: AB1234567") get them masked. Key, value, whether a reply masks it."""


@pytest.mark.parametrize("case", NAMED_BY_KEY.values(), ids=list(NAMED_BY_KEY))
def test_a_value_named_only_by_its_key_is_masked_both_ways(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory,
    case: tuple[str, str, bool],
) -> None:
    fake, _ = upstream
    key, value, in_replies = case
    body = {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "customer": {key: value, "others": [{key: value}]},
        "holder": {key: {"number": value}},
        "metadata": {key: value},
    }
    foreign = {"id": "x", "result": {key: value, "others": [{key: value}]}}
    with make_proxy() as url:
        reply, received = send(fake, url, body, path=f"/v1/chat/completions?{key}={value}")
        guarded = scripted(
            fake, url, "keyed", "application/json", [json.dumps(foreign).encode()], "keyed"
        )
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    assert value.encode() not in received[0]
    assert guarded.status_code == 200, guarded.text
    assert (value not in guarded.text) is in_replies


def test_a_keyed_value_in_json_text_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # A tool's result and a call's arguments are JSON written into a string.
    fake, _ = upstream
    text = json.dumps({"phone": "48601234567", "passport": "AB1234567"})
    body = {
        "model": "echo",
        "messages": [
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "lookup", "arguments": text},
            }]},
            {"role": "tool", "tool_call_id": "call_1", "content": text},
        ],
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="json-text")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    assert b"48601234567" not in received[0] and b"AB1234567" not in received[0]


JSON_TEXTS: dict[str, str] = {
    "snake case": json.dumps({"account_number": "12345678"}),
    "camel case": json.dumps({"accountNumber": "12345678"}),
    "kebab case": json.dumps({"account-number": "12345678"}),
    "nested, no spaces": json.dumps({"customer": {"phone": "48601234567"}}, separators=(",", ":")),
    "array of objects": json.dumps([{"passport": "AB1234567"}, {"account_number": "12345678"}]),
    "escaped value": '{"account_number": "\\u0031\\u0032345678", "note": "a\\"b"}',
    "indented": json.dumps({"id": 7, "holder": {"passport": "AB1234567"}}, indent=2),
}
"""JSON written into a string (a tool's result, a call's arguments, a pasted document):
each value is read after its key's words, as in the request's own fields."""
_JSON_TEXT_VALUES = ("12345678", "48601234567", "AB1234567")


def _json_text_body(text: str) -> dict[str, object]:
    """A chat request carrying `text` as a tool call's arguments, the tool's result and
    the user's own message."""
    return {
        "model": "echo",
        "messages": [
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "lookup", "arguments": text},
            }]},
            {"role": "tool", "tool_call_id": "call_1", "content": text},
            {"role": "user", "content": text},
        ],
    }  # fmt: skip


@pytest.mark.parametrize("text", JSON_TEXTS.values(), ids=list(JSON_TEXTS))
def test_a_keyed_value_in_json_text_is_masked_and_restored(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, text: str
) -> None:
    fake, _ = upstream
    body = _json_text_body(text)
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="json-text-both")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    assert not any(value.encode() in received[0] for value in _JSON_TEXT_VALUES)
    sent = json.loads(fake.requests[-1].body)
    call = sent["messages"][0]["tool_calls"][0]["function"]["arguments"]
    for inner in (call, sent["messages"][1]["content"], sent["messages"][2]["content"]):
        decoded = json.dumps(json.loads(inner))  # still JSON: only the values changed
        assert not any(value in decoded for value in _JSON_TEXT_VALUES), decoded
    # The echo quotes the user's text: the user gets their own values back (an escaped
    # value comes back as its characters).
    answer = reply.json()["choices"][0]["message"]["content"]
    assert text in answer or json.dumps(json.loads(text)) in answer, answer


def test_plain_text_and_json_without_keyed_values_reach_the_upstream_as_sent(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    texts = [
        "Order 12345678 shipped, see you.",
        json.dumps({"order_id": "12345678", "city": "Warsaw", "count": 3}),
        "[1, 2, 3]",
        '{"unterminated": "12345678"',
    ]
    body = {"model": "echo", "messages": [{"role": "user", "content": t} for t in texts]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="json-text-plain")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    sent = json.loads(fake.requests[-1].body)
    assert [m["content"] for m in sent["messages"]] == texts


def test_a_foreign_keyed_value_in_reply_json_text_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # The model's tool call and answer written as JSON text, naming someone else's account.
    fake, _ = upstream
    text = json.dumps({"holder": {"account_number": "12345678"}, "note": "ok"})
    message = {"role": "assistant", "content": text, "tool_calls": [{
        "id": "call_1", "type": "function", "function": {"name": "pay", "arguments": text},
    }]}
    reply = {"id": "x", "object": "chat.completion", "choices": [{"index": 0, "message": message}]}
    with make_proxy() as url:
        guarded = scripted(
            fake, url, "json-text-reply", "application/json", [json.dumps(reply).encode()],
            "json-text-reply",
        )
    assert guarded.status_code == 200, guarded.text
    assert "12345678" not in guarded.text
    got = guarded.json()["choices"][0]["message"]
    for inner in (got["content"], got["tool_calls"][0]["function"]["arguments"]):
        assert json.loads(inner)["note"] == "ok"  # still JSON


# -- numbers named by their keys, streamed arguments, reply headers, unreadable replies ----


KEYED_NUMBER_TEXTS: dict[str, tuple[str, str]] = {
    "account number": (json.dumps({"account_number": 12345678}), "12345678"),
    "nested phone, no spaces": (
        json.dumps({"customer": {"phone": 48601234567}}, separators=(",", ":")), "48601234567"
    ),
    "card in an array": (json.dumps([{"card": 4111111111111111, "n": 2}]), "4111111111111111"),
    "negative, camel case": (json.dumps({"accountNumber": -12345678}), "12345678"),
}
"""JSON written into a string whose personal value is a JSON *number*: read after its key's
words like a string value, and masked as a quoted placeholder so the text stays JSON."""


@pytest.mark.parametrize(
    ("text", "value"), KEYED_NUMBER_TEXTS.values(), ids=list(KEYED_NUMBER_TEXTS)
)
def test_a_keyed_number_in_json_text_is_masked_quoted_and_restored(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, text: str, value: str
) -> None:
    fake, _ = upstream
    body = _json_text_body(text)
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="json-number")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    assert value.encode() not in received[0]
    sent = json.loads(fake.requests[-1].body)
    call = sent["messages"][0]["tool_calls"][0]["function"]["arguments"]
    for inner in (call, sent["messages"][1]["content"], sent["messages"][2]["content"]):
        json.loads(inner)  # still JSON: the placeholder stands quoted where the number was
        assert value not in inner, inner
    # The echo quotes the user's text back: the user gets the value back (as a string,
    # where the placeholder was quoted), and the answer is still JSON.
    answer = reply.json()["choices"][0]["message"]["content"]
    assert value in answer, answer
    json.loads(answer.removeprefix("Noted: "))


def test_a_number_named_by_its_key_in_the_request_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = {
        "model": "echo",
        "messages": [{"role": "user", "content": "hello"}],
        "metadata": {"phone": 48601234567},
        "customer": {"account_number": 12345678, "passport": {"number": 48601234567}},
        "max_tokens": 1234567,
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="keyed-number")
    assert reply.status_code == 200, reply.text
    assert b"48601234567" not in received[0] and b"12345678" not in received[0]
    sent = json.loads(fake.requests[-1].body)
    assert sent["max_tokens"] == 1234567  # a setting, not a personal value: as sent


def test_a_foreign_number_named_by_its_key_in_a_reply_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    text = json.dumps({"holder": {"account_number": 12345678}, "note": "ok"})
    reply = {
        "id": "x", "object": "chat.completion", "usage": {"total_tokens": 1234567},
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}],
        "holder": {"account_number": 87654321},
    }
    with make_proxy() as url:
        guarded = scripted(
            fake, url, "number-reply", "application/json", [json.dumps(reply).encode()],
            "number-reply",
        )
    assert guarded.status_code == 200, guarded.text
    assert "12345678" not in guarded.text and "87654321" not in guarded.text
    got = guarded.json()
    assert json.loads(got["choices"][0]["message"]["content"])["note"] == "ok"  # still JSON
    assert got["usage"]["total_tokens"] == 1234567


def _tool_call_events(arguments: list[str]) -> list[bytes]:
    first = {"index": 0, "id": "call_1", "type": "function",
             "function": {"name": "pay", "arguments": ""}}
    events = [{"choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [first]}}]}]
    events += [
        {"choices": [{"index": 0, "delta": {
            "tool_calls": [{"index": 0, "function": {"arguments": piece}}]}}]}
        for piece in arguments
    ]
    events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    return [f"data: {json.dumps(e)}\n\n".encode() for e in events] + [b"data: [DONE]\n\n"]


def _streamed_arguments(reply: httpx.Response) -> str:
    out = []
    for line in reply.text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                for call in choice.get("delta", {}).get("tool_calls") or []:
                    out.append(call.get("function", {}).get("arguments") or "")
    return "".join(out)


@pytest.mark.parametrize("size", [1, 3, 7])
def test_streamed_tool_call_arguments_are_judged_whole(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, size: int
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        own = own_placeholder(fake, url, "stream-args")
        arguments = json.dumps(
            {"to": own, "holder": {"account_number": "12345678"}, "note": "ok"}
        )
        reply = scripted(
            fake, url, f"args-{size}", "text/event-stream",
            _tool_call_events(split(arguments, size)), "stream-args",
        )
    assert reply.status_code == 200, reply.text
    assert "12345678" not in reply.text
    joined = _streamed_arguments(reply)
    got = json.loads(joined)  # still JSON
    assert got["to"] == EMAIL and got["note"] == "ok"
    assert reply.text.rstrip().endswith("data: [DONE]")


def test_streamed_responses_function_arguments_are_judged_whole(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    arguments = json.dumps({"customer": {"account_number": "12345678"}, "note": "ok"})
    events = [
        {"type": "response.function_call_arguments.delta", "item_id": "fc_1",
         "output_index": 0, "delta": piece}
        for piece in split(arguments, 4)
    ]
    events.append({"type": "response.function_call_arguments.done", "item_id": "fc_1",
                   "output_index": 0, "arguments": arguments})
    chunks = [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events]
    with make_proxy() as url:
        reply = scripted(fake, url, "responses-args", "text/event-stream", chunks, "resp-args")
    assert reply.status_code == 200, reply.text
    assert "12345678" not in reply.text
    deltas = [
        json.loads(line[6:]) for line in reply.text.splitlines() if line.startswith("data: {")
    ]
    joined = "".join(d.get("delta", "") for d in deltas if d["type"].endswith(".delta"))
    assert json.loads(joined)["note"] == "ok"


def test_streamed_arguments_longer_than_the_hold_limit_fail_closed(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    arguments = json.dumps({"pad": "x" * 3000, "holder": {"account_number": "12345678"}})
    with make_proxy(guard_settings={"max_reply_bytes": 2000}) as url:
        reply = scripted(
            fake, url, "args-long", "text/event-stream",
            _tool_call_events(split(arguments, 50)), "args-long",
        )
    assert "12345678" not in reply.text
    assert "x" * 100 not in reply.text  # nothing of the held text went out unjudged
    assert "max_reply_bytes" in reply.text  # a clear error event ends the stream


def test_reply_header_values_are_read_after_their_names(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply = scripted(
            fake, url, "named-headers", "application/json", [b'{"ok": true}'], "named-hdr",
            headers=(
                ("x-account-number", "12345678"), ("x-user-phone", "48601234567"),
                ("x-passport", "AB1234567"), ("x-request-id", "12345678"),
                ("x-meta", json.dumps({"holder": {"account_number": "87654321"}})),
            ),
        )
    assert reply.status_code == 200, reply.text
    assert "87654321" not in reply.headers["x-meta"]
    assert json.loads(reply.headers["x-meta"])["holder"]  # still JSON
    assert reply.headers["x-account-number"] != "12345678"
    assert "48601234567" not in reply.headers["x-user-phone"]
    assert reply.headers["x-passport"] != "AB1234567"
    assert reply.headers["x-request-id"] == "12345678"


def test_a_json_reply_with_a_number_too_long_to_read_is_a_clear_error(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    big = b'{"x": [' + b"4111111111111111" + b"7" * 5000 + b'], "note": "ok"}'
    event = b"data: " + big + b"\n\n"
    with make_proxy() as url:
        plain = scripted(fake, url, "big-number", "application/json", [big], "big-number")
        streamed = scripted(
            fake, url, "big-number-sse", "text/event-stream", [event, b"data: [DONE]\n\n"],
            "big-number",
        )
    assert plain.status_code == 502, plain.text
    assert plain.json()["error"]["message"].startswith("the reply holds a number")
    assert "4111" not in plain.text
    assert "4111" not in streamed.text
    assert "a number" in streamed.text  # the event is refused with a clear error


def test_a_reply_whose_declared_coding_does_not_match_its_body_is_a_clear_502(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = json.dumps({"note": FOREIGN_EMAIL}).encode()
    with make_proxy() as url:
        plain = scripted(
            fake, url, "bad-gzip", "application/json", [body], "bad-gzip",
            headers=(("content-encoding", "gzip"),),
        )
        streamed = scripted(
            fake, url, "bad-gzip-sse", "text/event-stream", [b"data: " + body + b"\n\n"],
            "bad-gzip", headers=(("content-encoding", "gzip"),),
        )
        failed = scripted(
            fake, url, "bad-gzip-error", "application/json", [body], "bad-gzip",
            status=400, headers=(("content-encoding", "gzip"),),
        )
    assert plain.status_code == 502, plain.text
    assert plain.json()["error"]["code"] == "upstream_bad_encoding"
    assert "could not be reached" not in plain.text
    assert FOREIGN_EMAIL not in plain.text and FOREIGN_EMAIL not in streamed.text
    assert "upstream_bad_encoding" in streamed.text
    assert failed.status_code == 502 and FOREIGN_EMAIL not in failed.text
    assert failed.json()["error"]["code"] == "upstream_bad_encoding"


UNNAMED_PIECES: dict[str, Any] = {
    "Gemini-style": lambda piece: {
        "candidates": [{"content": {"parts": [{"text": piece}], "role": "model"}}]
    },
    "Cohere-style": lambda piece: {"event_type": "text-generation", "text": piece},
}
"""Streams of other shapes whose events carry pieces of one text under no `delta` key and
name no event `type`/`object`: a client joins the pieces."""


@pytest.mark.parametrize("shape", UNNAMED_PIECES.values(), ids=list(UNNAMED_PIECES))
def test_pieces_of_a_text_in_unnamed_events_are_read_joined(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: Any
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        own = own_placeholder(fake, url, "unnamed")
        text = f"mail {FOREIGN_EMAIL}, card 5500 0000 0000 0004, and yours {own} ok"
        events = [f"data: {json.dumps(shape(piece))}\n\n".encode() for piece in split(text, 5)]
        reply = scripted(fake, url, "unnamed", "text/event-stream", events, "unnamed")
    assert reply.status_code == 200, reply.text
    pieces = []
    for line in reply.text.splitlines():
        if line.startswith("data: "):
            event = json.loads(line[6:])
            pieces.append(event["text"] if "text" in event
                          else event["candidates"][0]["content"]["parts"][0]["text"])
    whole = "".join(pieces)
    assert FOREIGN_EMAIL not in whole and "5500000000000004" not in whole.replace(" ", "")
    assert EMAIL in whole and "<EMAIL_ADDRESS_1>" not in whole, whole
    assert whole.endswith(" ok") and "[EMAIL_ADDRESS]" in whole


SHORT_KEYED_NUMBERS: dict[str, int] = {"cvv": 123, "pin": 4321, "otp": 654321, "zip": 10115}
"""Short numbers a reader knows by their key alone, as the same digits in a string are."""


def test_a_short_number_named_by_its_key_is_masked_as_its_string_would_be(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    settings = {"max_tokens": 1000, "n": 2, "seed": 4321, "top_logprobs": 5}
    body = {
        "model": "echo",
        "messages": [
            {"role": "user", "content": "hello"},
            {"role": "tool", "tool_call_id": "c1", "content": json.dumps(SHORT_KEYED_NUMBERS)},
        ],
        "metadata": {"payment": dict(SHORT_KEYED_NUMBERS)},
        **settings,
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="short-numbers")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1
    sent = json.loads(fake.requests[-1].body)
    masked = sent["metadata"]["payment"]
    inner = json.loads(sent["messages"][1]["content"])  # still JSON
    for key, value in SHORT_KEYED_NUMBERS.items():
        assert masked[key] != value and str(value) not in str(masked[key]), masked
        assert inner[key] != value and str(value) not in str(inner[key]), inner
    assert {key: sent[key] for key in settings} == settings  # settings pass as numbers


def test_a_keyed_value_in_an_ndjson_reply_is_read_after_its_key(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # Lines of a stream (Ollama's shape): free text is pieces, a keyed value is a value.
    fake, _ = upstream
    call = {"function": {"name": "pay", "arguments": {"account_number": "87654321"}}}
    lines = [
        {"model": "m", "message": {"role": "assistant", "content": "Paying ", "tool_calls": [call]},
         "done": False},
        {"model": "m", "holder": {"passport": "AB1234567"}, "response": "now.", "done": False},
        {"model": "m", "done": True},
    ]
    body = [json.dumps(line).encode() + b"\n" for line in lines]
    with make_proxy() as url:
        reply = scripted(fake, url, "ndjson-keyed", "application/x-ndjson", body, "ndjson-keyed")
    assert reply.status_code == 200, reply.text
    assert "87654321" not in reply.text and "AB1234567" not in reply.text
    docs = [json.loads(line) for line in reply.text.splitlines()]
    content = "".join(d.get("message", {}).get("content", "") for d in docs)
    assert content == "Paying "
    assert "".join(d.get("response", "") for d in docs) == "now."


def test_json_text_inside_json_text_or_under_a_key_is_read_after_its_keys(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # An API's answer that holds JSON encoded as a string, sent as a tool result, and the
    # same JSON text as a short value of a request field.
    fake, _ = upstream
    inner = json.dumps({"account_number": "12345678"})
    body = {
        "model": "echo",
        "messages": [{"role": "user", "content": json.dumps({"status": 200, "body": inner})}],
        "tool_result": {"body": inner},
    }
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="nested-json-text")
    assert reply.status_code == 200, reply.text
    assert b"12345678" not in received[0]
    sent = json.loads(fake.requests[-1].body)
    outer = json.loads(sent["messages"][0]["content"])  # both levels still JSON
    assert json.loads(outer["body"])["account_number"] != "12345678"
    assert json.loads(sent["tool_result"]["body"])["account_number"] != "12345678"
    # The echo gives the user their own text back.
    assert "12345678" in reply.json()["choices"][0]["message"]["content"]


def test_streamed_content_that_is_json_is_judged_whole(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    # A JSON-mode answer (response_format) streamed in content deltas.
    fake, _ = upstream
    answer = json.dumps({"holder": {"account_number": "87654321"}, "note": "ok"})
    events = [
        {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": p}}]}
        for p in [" ", *split(answer, 3)]
    ]
    events.append({"object": "chat.completion.chunk",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks = [f"data: {json.dumps(e)}\n\n".encode() for e in events] + [b"data: [DONE]\n\n"]
    prose = "Sure, the note is ok and nothing else."
    plain = [
        f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': p}}]})}\n\n".encode()
        for p in split(prose, 4)
    ]
    with make_proxy() as url:
        reply = scripted(fake, url, "json-mode", "text/event-stream", chunks, "json-mode")
        text = scripted(fake, url, "prose", "text/event-stream", plain, "json-mode")
    assert reply.status_code == 200, reply.text
    assert "87654321" not in reply.text
    content = "".join(
        choice["delta"].get("content") or ""
        for line in reply.text.splitlines() if line.startswith("data: {")
        for choice in json.loads(line[6:])["choices"]
    )
    assert json.loads(content)["note"] == "ok"
    # Prose still streams: it goes out over several events, not held whole to the end.
    sent = [
        choice["delta"].get("content") or ""
        for line in text.text.splitlines() if line.startswith("data: {")
        for choice in json.loads(line[6:])["choices"]
    ]
    assert "".join(sent) == prose
    assert sum(1 for piece in sent if piece) > 3


def test_a_number_in_json_text_inside_json_text_is_masked_and_both_stay_json(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    inner = json.dumps({"account_number": 12345678, "n": 1})
    texts = [json.dumps({"status": 200, "body": inner}), "{not: json, at <all>}"]
    body = {"model": "echo", "messages": [{"role": "user", "content": t} for t in texts]}
    with make_proxy() as url:
        reply, received = send(fake, url, body, session="nested-number")
    assert reply.status_code == 200, reply.text
    assert b"12345678" not in received[0]
    sent = json.loads(fake.requests[-1].body)["messages"]
    assert json.loads(json.loads(sent[0]["content"])["body"])["n"] == 1  # both levels JSON
    assert sent[1]["content"] == texts[1]  # text that is no JSON is left as it is


@pytest.mark.parametrize("coding", ["zstd", "x-custom", "x-gzip", "gzip, x-custom"])
def test_a_reply_in_a_coding_the_proxy_cannot_decode_is_a_clear_502(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, coding: str
) -> None:
    fake, _ = upstream
    body = json.dumps({"note": f"write to {FOREIGN_EMAIL}"}).encode()
    encoded = gzip.compress(body) if coding.startswith(("gzip", "x-gzip")) else body
    headers = (("content-encoding", coding),)
    with make_proxy() as url:
        plain = scripted(fake, url, "odd-coding", "application/json", [encoded], "odd-coding",
                         headers=headers)
        streamed = scripted(fake, url, "odd-coding-sse", "text/event-stream",
                            [b"data: " + encoded + b"\n\n"], "odd-coding", headers=headers)
        failed = scripted(fake, url, "odd-coding-error", "application/json", [encoded],
                          "odd-coding", status=400, headers=headers)
    for reply in (plain, streamed, failed):
        assert reply.status_code == 502, reply.text
        assert reply.json()["error"]["code"] == "upstream_unsupported_encoding"
        assert "content-encoding" not in reply.headers
        assert FOREIGN_EMAIL not in reply.text


def test_a_reply_in_a_coding_the_proxy_decodes_is_read_and_guarded(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    body = json.dumps({"note": f"write to {FOREIGN_EMAIL}"}).encode()
    with make_proxy() as url:
        reply = scripted(fake, url, "gzip-reply", "application/json", [gzip.compress(body)],
                         "gzip-reply", headers=(("content-encoding", "gzip"),))
    assert reply.status_code == 200, reply.text
    assert FOREIGN_EMAIL not in reply.text and "write to" in reply.json()["note"]


def test_a_value_split_over_the_items_of_a_json_array_reply_is_masked(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    """A reply that is a JSON array of chunks (Gemini's `streamGenerateContent` without
    `alt=sse`): a client joins the chunks' texts, so they are read joined."""
    fake, _ = upstream
    with make_proxy() as url:
        own = own_placeholder(fake, url, "array-chunks")
        text = f"mail {FOREIGN_EMAIL}, card 5500 0000 0000 0004; yours: {own} ok"
        pieces = [*split(text[: text.index(own)], 5), own, " ok"]
        chunks = [{"candidates": [{"content": {"parts": [{"text": piece}], "role": "model"},
                                   "index": 0}], "modelVersion": "gemini-x"} for piece in pieces]
        reply = scripted(fake, url, "array-chunks", "application/json",
                         [json.dumps(chunks).encode()], "array-chunks")
    assert reply.status_code == 200, reply.text
    items = reply.json()
    assert len(items) == len(pieces)
    whole = "".join(item["candidates"][0]["content"]["parts"][0]["text"] for item in items)
    assert FOREIGN_EMAIL not in whole and "5500000000000004" not in whole.replace(" ", "")
    assert EMAIL in whole and whole.endswith(" ok"), whole


@pytest.mark.parametrize(
    ("path", "value"),
    [("/v1/accounts/account_number=12345678", "12345678"),
     ("/v1/passport/AB1234567", "AB1234567"), ("/v1/phone/48601234567", "48601234567")],
)
def test_a_path_segment_is_read_after_the_words_that_name_it(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, path: str, value: str
) -> None:
    fake, _ = upstream
    with make_proxy(allowed_paths=("/v1/*",)) as url:
        reply, received = send(fake, url, b"", path=path, method="DELETE")
    assert reply.status_code == 200, reply.text
    assert len(received) == 1 and value.encode() not in received[0]
    assert fake.requests[-1].path.startswith(path[: path.rindex("/") + 1])


TOKEN_ID_BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "embeddings input": ("/v1/embeddings", {"model": "e", "input": list(EMAIL.encode())}),
    "embeddings input, lists": ("/v1/embeddings", {"model": "e", "input": [[9906], [1917]]}),
    "embeddings input, one token": ("/v1/embeddings", {"model": "e", "input": [1734]}),
    "completions prompt": ("/v1/completions", {"model": "c", "prompt": list(EMAIL.encode())}),
    "completions prompt, lists": ("/v1/completions", {"model": "c", "prompt": [[9906, 11]]}),
}
"""Text given as token ids: numbers the upstream's tokenizer reads as text, the guard not."""


@pytest.mark.parametrize("shape", TOKEN_ID_BODIES)
def test_a_prompt_given_as_token_ids_is_refused(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    path, body = TOKEN_ID_BODIES[shape]
    with make_proxy() as url:
        reply, received = send(fake, url, body, path=path, session="tokens")
    assert reply.status_code == 415, reply.text
    error = reply.json()["error"]
    assert error["code"] == "token_ids_not_examined"
    assert "request_token_ids" in error["message"]
    assert received == []


@pytest.mark.parametrize("shape", TOKEN_ID_BODIES)
def test_token_ids_pass_when_the_operator_allows_them(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    path, body = TOKEN_ID_BODIES[shape]
    with make_proxy({"request_token_ids": "allow"}) as url:
        reply, received = send(fake, url, body, path=path, session="tokens-ok")
    assert reply.status_code == 200, reply.text
    assert json.loads(received[0].split(b"\n\n", 1)[1]) == body


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/embeddings", {"model": "e", "input": ["hello", "world"], "dimensions": 256}),
        ("/v1/embeddings", {"model": "e", "input": "hello", "encoding_format": "float"}),
        ("/v1/completions", {"model": "c", "prompt": "hi", "logit_bias": {"50256": -100}}),
        ("/v1/chat/completions", {"model": "m", "messages": [], "input": [1.5, 2.5]}),
        ("/v1/chat/completions", {"model": "m", "messages": [], "ids": [1, 2, 3]}),
    ],
    ids=["text input", "one text", "logit_bias", "numbers with fractions", "other key"],
)
def test_text_and_other_numbers_are_not_token_ids(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, path: str,
    body: dict[str, Any],
) -> None:
    fake, _ = upstream
    with make_proxy() as url:
        reply, received = send(fake, url, body, path=path, session="not-tokens")
    assert reply.status_code == 200, reply.text
    assert json.loads(received[0].split(b"\n\n", 1)[1]) == body


# -- markup inside a value (probe_edge18) ------------------------------------------

_LOCAL, _DOMAIN = FOREIGN_EMAIL.split("@")
MARKUP_REPLIES = {
    "html tag": ("text/html", f"<p>Mail {_LOCAL}<wbr>@{_DOMAIN}</p>", [64]),
    "html tags streamed": ("text/html", f"<p>Mail <i>{_LOCAL}</i>@{_DOMAIN} ok</p>", [3]),
    "xml cdata": (
        "application/xml",
        f"<to><![CDATA[{_LOCAL}]]><![CDATA[@{_DOMAIN}]]></to>",
        [64],
    ),
    "xml empty comment": ("application/xml", f"<to>{_LOCAL}<!---->@{_DOMAIN}</to>", [64]),
    "html link beside": ("text/html", f'<a href="mailto:{FOREIGN_EMAIL}">mail</a>', [64]),
    "markdown escapes": (
        "text/markdown",
        "Contact: " + FOREIGN_EMAIL.replace(".", "\\.").replace("@", "\\@"),
        [64],
    ),
}


@pytest.mark.parametrize("shape", MARKUP_REPLIES)
def test_a_foreign_value_cut_by_markup_does_not_reach_the_client(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory, shape: str
) -> None:
    fake, _ = upstream
    content_type, text, sizes = MARKUP_REPLIES[shape]
    chunks = [c.encode() for c in split(text, sizes[0])]
    with make_proxy() as url:
        reply = scripted(fake, url, f"markup-{shape}", content_type, chunks, "markup")
    assert reply.status_code == 200, reply.text
    for piece in (_LOCAL, _DOMAIN):
        assert piece not in reply.text
    assert "[EMAIL_ADDRESS]" in reply.text


def test_an_own_value_cut_by_markup_is_masked_and_restored(
    upstream: tuple[RecordingUpstream, str], make_proxy: ProxyFactory
) -> None:
    fake, _ = upstream
    local, domain = EMAIL.split("@")
    text = f"<p>mail {local}<wbr>@{domain}, card {CARD[:5]}<b>{CARD[5:]}</b></p>"
    with make_proxy() as url:
        reply, received = send(
            fake, url, {"model": "echo", "input": text}, path="/v1/responses", session="markup"
        )
    assert reply.status_code == 200, reply.text
    assert local.encode() not in received[0] and CARD[5:].encode() not in received[0]
    assert text in reply.text or json.dumps(text)[1:-1] in reply.text
