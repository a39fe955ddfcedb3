"""`piiguard proxy --log-format json`: every line JSON with a UTC timestamp, never a value.

A real `piiguard proxy` subprocess (one worker and two) at debug level gets PII-heavy
requests of every kind: a chat, values in the query string and in a header, an
upstream error page that quotes the prompt, a bad JSON body, a body that is not JSON.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import httpx
import pytest
from servers import free_port, stop_process

from piiguard.logs import JsonFormatter, TextFormatter, logging_config

VALUES = (
    "Anna Kowalski",
    "anna.kowalski@example.org",
    "4111 1111 1111 1111",
    "+49 30 12345678",
    "DE89 3704 0044 0532 0130 00",
)
MESSAGE = (
    f"Hi, I am {VALUES[0]}, mail {VALUES[1]}, card {VALUES[2]}, call {VALUES[3]}, "
    f"IBAN {VALUES[4]}"
)
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def _chat(model: str) -> dict[str, object]:
    return {"model": model, "messages": [{"role": "user", "content": MESSAGE}]}


@pytest.mark.parametrize("workers", [1, 2])
def test_json_logs_carry_no_values(upstream: tuple[object, str], workers: int) -> None:
    port = free_port()
    env = {**os.environ, "PIIGUARD_DETECTOR": "patterns", "PYTHONUNBUFFERED": "1"}
    if workers > 1:
        env.pop("PIIGUARD_REDIS_URL", None)
    command = [
        sys.executable, "-m", "piiguard", "proxy", "--upstream", upstream[1],
        "--port", str(port), "--workers", str(workers),
        "--log-format", "json", "--log-level", "debug",
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        # Two workers each build the detector; on a loaded 2-core machine that took over a
        # minute. The deadline only bounds a hang: it is no timing check.
        deadline = time.monotonic() + 240
        while True:
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the proxy did not start"
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        headers = {"x-session-id": VALUES[1]}
        with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
            assert client.post("/v1/chat/completions", json=_chat("echo")).status_code == 200
            query = {"q": MESSAGE}
            assert client.post(
                "/v1/chat/completions", params=query, json=_chat("stream")
            ).status_code == 200
            assert client.post("/v1/chat/completions", json=_chat("error-500")).status_code == 500
            bad_json = '{"messages": [' + json.dumps(MESSAGE)
            raw = {"content-type": "application/json"}
            assert client.post("/v1/chat/completions", content=bad_json, headers=raw).is_error
            text = {"content-type": "text/plain"}
            assert client.post("/v1/chat/completions", content=MESSAGE, headers=text).is_error
            assert client.get("/nowhere", params=query).status_code == 404
    finally:
        stop_process(process)
        out, err = process.communicate(timeout=10)
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "no log output"
    records = [json.loads(line) for line in lines]  # every line is JSON
    for record in records:
        assert set(record) >= {"ts", "level", "logger", "message"}
        assert TIMESTAMP.match(record["ts"]), record
    loggers = {r["logger"] for r in records}
    assert "piiguard.proxy" in loggers and any(name.startswith("uvicorn") for name in loggers)
    for value in VALUES:
        assert value not in err and value not in out, value
        assert value.replace(" ", "") not in err


def test_text_format_has_a_utc_timestamp_and_json_drops_tracebacks() -> None:
    import logging

    record = logging.LogRecord("piiguard", logging.ERROR, __file__, 1, "failed: %s", ("X",), None)
    text = TextFormatter().format(record)
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ERROR piiguard: failed: X$", text)
    try:
        raise ValueError(f"bad value {VALUES[1]}")
    except ValueError:
        record.exc_info = sys.exc_info()
    entry = json.loads(JsonFormatter().format(record))
    assert entry["exception"] == "ValueError" and VALUES[1] not in json.dumps(entry)
    with pytest.raises(ValueError, match="log format"):
        logging_config("info", "yaml")  # type: ignore[arg-type]


def test_a_refused_start_leaves_the_process_logging_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`piiguard proxy` run in-process (a test, a script) that stops before serving."""
    import logging

    from piiguard.cli import main

    root = logging.getLogger()
    before = (list(root.handlers), root.level, logging.getLogger("httpx").level)
    argv = ["proxy", "--upstream", "http://127.0.0.1:9", "--host", "0.0.0.0", "--port", "0",
            "--log-format", "json"]
    assert main(argv) == 2
    line = json.loads(capsys.readouterr().err)
    assert line["level"] == "ERROR" and "refusing to listen on 0.0.0.0" in line["message"]
    assert TIMESTAMP.match(line["ts"])
    after = (list(root.handlers), root.level, logging.getLogger("httpx").level)
    assert after == before
