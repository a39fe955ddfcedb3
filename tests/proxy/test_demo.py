"""`piiguard serve --demo` starts, answers with the user's values, and the bot saw placeholders."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from servers import free_port, stop_process

from piiguard.proxy.demo import (
    CONSENT_TEXT,
    DEMO_NOTICE_VERSION,
    EXAMPLE_MESSAGE,
    TrainingEntry,
    TrainingLog,
    compose_reply,
)


def test_bot_reply_names_what_it_understood() -> None:
    reply = compose_reply("I am <PERSON_1>, mail <EMAIL_ADDRESS_2>", 3)
    assert "Nice to meet you, <PERSON_1>!" in reply
    assert "<EMAIL_ADDRESS_2>" in reply and "3 conversations in my training data" in reply


@pytest.mark.parametrize("existing_mode", [None, 0o644, 0o666])
def test_the_bots_training_file_is_owner_only(tmp_path: Path, existing_mode: int | None) -> None:
    path = tmp_path / "bot-training.jsonl"
    if existing_mode is not None:
        path.touch()
        path.chmod(existing_mode)
    log = TrainingLog(path=path)
    log.append(
        TrainingEntry(received_at=1.0, model="m", messages=({"role": "user", "content": "hi"},))
    )
    assert path.stat().st_mode & 0o777 == 0o600
    assert json.loads(path.read_text(encoding="utf-8"))["messages"][0]["content"] == "hi"


def test_demo_command_starts_and_answers() -> None:
    port, bot_port = free_port(), free_port()
    command = [
        sys.executable,
        "-m",
        "piiguard.cli",
        "serve",
        "--demo",
        "--port",
        str(port),
        "--bot-port",
        str(bot_port),
        "--detector",
        "patterns",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    try:
        assert process.stdout is not None
        banner = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            banner.append(line)
            if "/consent -H" in line:
                break
        text = "".join(banner)
        assert f"http://127.0.0.1:{port}/v1/chat/completions" in text, text
        training_file = Path(text.split("training data (consented only):")[1].split()[0])
        workdir = training_file.parent
        assert workdir.is_dir() and workdir.name.startswith("piiguard-demo-")
        assert "curl -s" in text and '-H "authorization: Bearer $DEMO_KEY"' in text
        found = re.search(r"export DEMO_KEY=(\S+)", text)
        assert found is not None, text
        demo = {"x-session-id": "demo", "authorization": f"Bearer {found.group(1)}"}
        url = f"http://127.0.0.1:{port}"
        body = {"model": "demo-bot", "messages": [{"role": "user", "content": EXAMPLE_MESSAGE}]}
        # Without the demo's client key the proxy answers nobody.
        anonymous = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=10)
        assert anonymous.status_code == 401
        assert anonymous.json()["error"]["code"] == "unauthorized"
        reply = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=10, headers=demo)
        assert reply.status_code == 200, reply.text
        content = reply.json()["choices"][0]["message"]["content"]
        assert "anna.kowalski@example.org" in content and "4111 1111 1111 1111" in content
        log_url = f"http://127.0.0.1:{bot_port}/training-log"
        # No consent yet: the bot may not learn from the session.
        assert httpx.get(log_url, timeout=10).json()["conversations"] == 0
        consent = {
            "subject": "demo",
            "purpose": "model_training",
            "action": "given",
            "notice_version": DEMO_NOTICE_VERSION,
            "consent_text": CONSENT_TEXT,
        }
        forged = httpx.post(f"{url}/consent", json=consent, headers={"x-user-id": "demo"})
        assert forged.status_code == 401
        given = httpx.post(f"{url}/consent", json=consent, headers=demo)
        assert given.status_code in (200, 201), given.text
        httpx.post(f"{url}/v1/chat/completions", json=body, timeout=10, headers=demo)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            log = httpx.get(log_url, timeout=10).json()
            if log["conversations"]:
                break
            time.sleep(0.05)
        kept = json.dumps(log)
        assert log["conversations"] == 1
        assert "<EMAIL_ADDRESS_1>" in kept and "<CREDIT_CARD_1>" in kept
        assert "anna.kowalski@example.org" not in kept
        # The card's digits in any spacing (the log's random hex ids may hold "4111").
        assert re.search(r"4111\D?1111", kept) is None
        assert '"demo"' not in kept  # the subject is pseudonymous in training records
        assert training_file.is_file()
    finally:
        stop_process(process, 10)  # SIGINT, as Ctrl-C
    assert process.returncode == 0
    assert not workdir.exists(), "the demo left its temporary folder behind"


def _start(command: list[str], ready: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    assert process.stdout is not None
    seen = []
    while True:
        line = process.stdout.readline()
        assert line, "".join(seen)
        seen.append(line)
        if ready in line:
            return process, "".join(seen)


def test_demo_bot_alone_learns_from_the_gates_file(tmp_path: Path) -> None:
    """`serve --demo-bot`, as the compose file runs it beside the proxy."""
    training = tmp_path / "training.jsonl"
    bot_port = free_port()
    command = [
        sys.executable,
        "-m",
        "piiguard",
        "serve",
        "--demo-bot",
        "--bot-port",
        str(bot_port),
        "--training-log",
        str(training),
    ]
    process, _ = _start(command, "demo bot is running")
    try:
        url = f"http://127.0.0.1:{bot_port}"
        assert httpx.get(f"{url}/training-log", timeout=5).json()["conversations"] == 0
        body = {"model": "demo-bot", "messages": [{"role": "user", "content": "hi <PERSON_1>"}]}
        reply = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=5).json()
        assert "Nice to meet you, <PERSON_1>!" in reply["choices"][0]["message"]["content"]
        # The bot itself keeps nothing; what the gate writes is what it learns from.
        assert httpx.get(f"{url}/training-log", timeout=5).json()["conversations"] == 0
        training.write_text(json.dumps({"text": "hi <PERSON_1>"}) + "\n")
        log = httpx.get(f"{url}/training-log", timeout=5).json()
        assert log["conversations"] == 1 and log["entries"][0]["text"] == "hi <PERSON_1>"
    finally:
        stop_process(process)
    assert process.returncode == 0
    assert training.exists()  # a given file is the caller's: never removed


def _outward_address() -> str | None:
    """A non-loopback IPv4 address of this machine (None when it has none)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this picks the interface
        except OSError:
            return None
        address: str = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_the_demo_on_every_interface_keeps_its_bot_on_loopback_and_says_so() -> None:
    """`--host 0.0.0.0` opens the proxy (it has its client key), never the unguarded demo
    bot behind it: anyone reaching the bot talks past piiguard. And the demo says loudly
    that it is one (memory stores, a random secret), not a production proxy. Stopped with
    SIGTERM (as `docker stop` or systemd stop it; Ctrl-C is SIGINT, which
    `test_demo_command_starts_and_answers` sends), it still removes its folder."""
    port, bot_port = free_port(), free_port()
    command = [
        sys.executable,
        "-m",
        "piiguard",
        "serve",
        "--demo",
        "--detector",
        "patterns",
        "--host",
        "0.0.0.0",
        "--port",
        str(port),
        "--bot-port",
        str(bot_port),
    ]
    process, banner = _start(command, "/consent -H")
    workdir = Path(banner.split("training data (consented only):")[1].split()[0]).parent
    try:
        assert workdir.is_dir()
        assert "not for production" in banner and "piiguard proxy" in banner, banner
        log = httpx.get(f"http://127.0.0.1:{bot_port}/training-log", timeout=10)
        assert log.status_code == 200  # the bot answers on loopback
        outward = _outward_address()
        if outward is not None:
            assert httpx.get(f"http://{outward}:{port}/healthz", timeout=10).status_code == 200
            try:
                reached = httpx.get(f"http://{outward}:{bot_port}/training-log", timeout=5)
            except httpx.TransportError:
                reached = None
            assert reached is None, "the demo bot answers on a non-loopback address"
        process.send_signal(signal.SIGTERM)
        assert process.wait(15) == 0
        assert not workdir.exists()
    finally:
        stop_process(process, 10)
