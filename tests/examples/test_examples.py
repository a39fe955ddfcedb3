"""Every example of the README and of `examples/`, run as written (real servers, loopback).

Commands are read from the README and the examples' docstrings, not copied here: only
the port is changed (to a free one), so an example that drifts from the code fails.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.requirements import Requirement
from proxy.upstream import RecordingUpstream
from servers import free_port, serve, stop_process

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIIGUARD_")}
    # The interpreter's bin first: `piiguard`, `uvicorn` as the README's install puts them.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONUNBUFFERED"] = "1"
    return {**env, **extra}


def _wait_port(port: int, process: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {process.communicate()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on {port}")


@contextmanager
def running(command: str, port: int, **env: str) -> Iterator[subprocess.Popen[str]]:
    """Run a shell command from the repository root until the block ends (SIGINT)."""
    process = subprocess.Popen(
        ["bash", "-c", f"exec {command}"],
        cwd=ROOT,
        env=_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_port(port, process)
        yield process
    finally:
        stop_process(process)


@pytest.fixture(scope="module")
def server_for() -> Iterator[Callable[[str], int]]:
    """The port of a server running `command` (`{port}` in it: a free port), started the
    first time a test asks for that command and kept for the module: the README and an
    example's docstring that give the same command share one server. Two commands that
    differ in anything but the port each get their own."""
    with ExitStack() as stack:
        ports: dict[str, int] = {}

        def port_of(command: str) -> int:
            if command not in ports:
                port = free_port()
                stack.enter_context(running(command.replace("{port}", str(port)), port))
                ports[command] = port
            return ports[command]

        yield port_of


def shell(command: str, **env: str) -> str:
    result = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=_env(**env), capture_output=True, text=True,
        timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def docstring_command(path: Path, label: str) -> str:
    """The `Run:`/`Try:`/`You get back:` text of an example's docstring, lines joined."""
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    match = re.search(rf"^{label}:\s+(.*?)(?<!\\)$", doc, re.MULTILINE | re.DOTALL)
    assert match, f"{path.name} has no '{label}:' line"
    return re.sub(r"\\\n\s*", "", match.group(1)).strip()


def on_port(command: str, port: int | str) -> str:
    return re.sub(r"(localhost|127\.0\.0\.1):(8000|8080)|--port 8000", lambda m: (
        f"--port {port}" if m.group(0).startswith("--") else f"127.0.0.1:{port}"
    ), command)


# ---------------------------------------------------------------- what each example needs


def _requirement_names(requirements: list[str]) -> set[str]:
    return {Requirement(r).name.lower().replace("_", "-") for r in requirements}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_imports_only_what_its_documented_install_provides(path: Path) -> None:
    project = PYPROJECT["project"]
    provided = _requirement_names(project["dependencies"])
    extras = re.findall(r"piiguard\[(\w+)\]", path.read_text())
    for extra in extras:
        provided |= _requirement_names(project["optional-dependencies"][extra])
    distributions = importlib.metadata.packages_distributions()
    needed = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in sys.stdlib_module_names or top in ("__future__", "piiguard"):
                continue
            needed |= {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
    # A library the example imports comes with the install it documents, directly or as a
    # dependency of it (pydantic comes with fastapi).
    direct = {name for name in needed if name in provided}
    indirect = {
        name
        for name in needed - direct
        for dep in provided
        if name in _requirement_names(importlib.metadata.requires(dep) or [])
    }
    assert needed == direct | indirect, f"{path.name} needs {needed - direct - indirect}"


def test_fastapi_is_an_extra_and_the_readme_says_so() -> None:
    extra = PYPROJECT["project"]["optional-dependencies"]["fastapi"]
    assert _requirement_names(extra) == {"fastapi"}
    assert "pip install 'piiguard[fastapi]'" in README
    assert "fastapi" not in _requirement_names(PYPROJECT["project"]["dependencies"])


# ---------------------------------------------------------------- the middleware examples


def test_fastapi_example_as_the_readme_says(server_for: Callable[[str], int]) -> None:
    run = re.search(r"`(uvicorn examples\.fastapi_chat:app)`", README)
    curl = re.search(r"`(curl -s localhost:8000/chat [^`]+)`\s+answers `([^`]+)`", README)
    assert run and curl
    port = server_for(f"{run.group(1)} --port {{port}}")
    answer = shell(on_port(curl.group(1), port))
    assert answer == curl.group(2)


@pytest.mark.parametrize("name", ["fastapi_chat.py", "starlette_chat.py"])
def test_middleware_example_as_its_docstring_says(
    name: str, server_for: Callable[[str], int]
) -> None:
    path = ROOT / "examples" / name
    run = on_port(docstring_command(path, "Run"), "{port}")
    if name == "fastapi_chat.py":
        # The README runs this example with the same command: one server for both tests.
        port = server_for(run)
        answer = json.loads(shell(on_port(docstring_command(path, "Try"), port)))
        assert answer == json.loads(docstring_command(path, "You get back").split("\n")[0])
        return
    port = free_port()
    with running(run.replace("{port}", str(port)), port) as server:
        answer = json.loads(shell(on_port(docstring_command(path, "Try"), port)))
    body = re.search(r"-d '(.*)'", docstring_command(path, "Try"))
    assert body
    sent = json.loads(body.group(1))
    _, log = server.communicate(timeout=10)
    assert answer["reply"] == f"Thanks! I noted: {sent['message']}"
    assert answer["entities_masked"] == {"PERSON": 1, "EMAIL_ADDRESS": 1}
    received = re.search(r"bot received: (.*)", log)
    assert received, log
    assert received.group(1) == "hi, I am <PERSON_1>, mail me at <EMAIL_ADDRESS_1>"


def test_readme_metrics_one_liner() -> None:
    blocks = re.findall(r"^  ```python\n(.*?)^  ```", README, re.MULTILINE | re.DOTALL)
    (block,) = [b for b in blocks if "metrics_app(guard)" in b]
    code = "\n".join(line[2:] for line in block.splitlines())
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()

    @app.post("/chat")
    async def chat(body: dict[str, Any]) -> dict[str, Any]:
        return body

    namespace: dict[str, Any] = {"app": app}
    exec(code, namespace)
    with TestClient(app) as client:
        assert client.post("/chat", json={"m": "mail anna@example.org"}).status_code == 200
        metrics = client.get("/metrics").text
    assert 'piiguard_entities_masked_total{label="EMAIL_ADDRESS"} 1.0' in metrics
    assert "anna@example.org" not in metrics


# ---------------------------------------------------------------- the demo and the proxy


def _readme_block(heading: str, language: str = "bash") -> str:
    section = README.split(f"## {heading}\n", 1)[1]
    match = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert match, heading
    return match.group(1)


def test_demo_curl_and_proxy_client_example() -> None:
    port, bot_port = free_port(), free_port()
    command = f"piiguard serve --demo --port {port} --bot-port {bot_port}"
    with running(command, bot_port) as demo:
        assert demo.stdout is not None
        printed = ""
        while "export DEMO_KEY=" not in printed:
            line = demo.stdout.readline()
            assert line, printed
            printed += line
        found = re.search(r"export DEMO_KEY=(\S+)", printed)
        assert found
        key = found.group(1)
        # The README's commands, with the line the demo printed and this demo's port.
        block = _readme_block("The demo")
        assert "export DEMO_KEY=demo-..." in block
        curl = block.replace("demo-...", key).replace("127.0.0.1:8080", f"127.0.0.1:{port}")
        reply = json.loads(shell(curl))["choices"][0]["message"]["content"]
        for value in ("Anna Kowalski", "anna.kowalski@example.org", "4111 1111 1111 1111"):
            assert value in reply
        log_curl = re.search(r"\(`(curl -s http://127\.0\.0\.1:8081/training-log)`\)", README)
        assert log_curl
        log = json.loads(shell(log_curl.group(1).replace(":8081", f":{bot_port}")))
        assert log["conversations"] == 0  # no consent yet
        client = (
            f"python examples/proxy_client.py --proxy http://127.0.0.1:{port} "
            f"--bot http://127.0.0.1:{bot_port}"
        )
        out = shell(client, DEMO_KEY=key)
        again = shell(client, DEMO_KEY=key)  # a second run: consent is already there
    lines = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    assert "anna.kowalski@example.org" in lines["reply"] and "4111" in lines["streamed"]
    assert lines["training log, no consent yet"].strip().startswith("0 conversation")
    assert lines["training log, after consent"].strip().startswith("1 conversation")
    learned = lines["bot may learn"].strip()
    assert learned == "Hi, I am <PERSON_1>, mail me at <EMAIL_ADDRESS_1>, card <CREDIT_CARD_1>"
    assert "consent given in an earlier run" in again
    assert "bot may learn: Hi, I am <PERSON_1>" in again


def test_proxy_config_example_starts_the_proxy(tmp_path: Path) -> None:
    path = ROOT / "examples" / "proxy_config.toml"
    command = re.search(r"`(piiguard proxy --config examples/proxy_config\.toml)`",
                        path.read_text())
    assert command
    upstream = RecordingUpstream()
    port = free_port()
    with serve(upstream.app) as upstream_url, running(
        command.group(1), port, PIIGUARD_PORT=str(port), PIIGUARD_UPSTREAM_URL=upstream_url
    ):
        body = {"model": "echo", "messages": [{"role": "user", "content": "I am Jan Nowak"}]}
        deadline = time.monotonic() + 30
        while httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        reply = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, timeout=30)
    assert reply.json()["choices"][0]["message"]["content"] == "Noted: I am Jan Nowak"
    assert b"Jan Nowak" not in upstream.requests[-1].body
    assert b"<PERSON_1>" in upstream.requests[-1].body  # the file's detector: the NER model


# ---------------------------------------------------------------- the command line


def test_readme_command_line_examples(tmp_path: Path) -> None:
    block = _readme_block("Detection core and command line")
    mask = next(line for line in block.splitlines() if line.startswith("piiguard mask"))
    command, expected = (part.strip() for part in mask.split("#", 1))
    assert shell(command).strip() == expected
    detect = next(line for line in block.splitlines() if line.startswith("piiguard detect"))
    chats = tmp_path / "chats.jsonl"
    chats.write_text('{"id": "a", "text": "call me on +49 30 901820"}\n')
    out = shell(f"cd {shlex.quote(str(tmp_path))} && {detect.split('#')[0]}")
    assert json.loads(out) == {
        "id": "a", "spans": [{"start": 11, "end": 24, "label": "PHONE_NUMBER", "score": 1.0}]
    }
    version = next(line for line in block.splitlines() if line.startswith("piiguard --version"))
    assert shell(version.split("#")[0]).startswith("piiguard ")
    code = _readme_block("Detection core and command line", "python")
    namespace: dict[str, Any] = {}
    exec(code.replace("detector.detect(", "found = detector.detect("), namespace)
    assert {s.label for s in namespace["found"]} == {"PERSON", "EMAIL_ADDRESS"}
