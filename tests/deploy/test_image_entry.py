"""The image's entry command, run the way the image runs it, without a container daemon.

The wheel is built from this tree (the same hatchling backend the Dockerfile's
builder stage runs), installed by pip into a fresh venv, and the final stage's exact
`ENTRYPOINT` + `CMD` is started from that venv's `bin/` with the stage's `ENV`, the
compose file's proxy environment and the example env file (secrets; the secret key and
the client keys, which it leaves empty for the operator, are set), in a working folder
standing in for
`/data`. Only addresses are changed, to loopback: the listen
host and port, the upstream (the recording one), Redis (the test server) and the
training file. Then `/healthz` must answer, the image's own `HEALTHCHECK` command must
pass, a chat must reach the upstream masked (the NER model loaded from the wheel)
and every log line must be JSON.

To keep it fast the fresh venv sees this venv's installed packages (minus piiguard
itself) through a `.pth` file, so pip resolves the wheel's dependencies against them
instead of downloading ~1 GB; the package it imports is the wheel's, which is checked.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from dockerfile import parse
from env_files import env_file
from proxy.upstream import RecordingUpstream
from servers import free_port, serve, stop_process

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
VALUES = ("Anna Kowalski", "anna.kowalski@example.org", "4111 1111 1111 1111")
CLIENT_KEY = secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (built,) = out.glob("piiguard-*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("image")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # This venv's packages, without piiguard (its editable install points at the tree).
    deps = base / "deps"
    deps.mkdir()
    here = Path(sysconfig.get_paths()["purelib"])
    for entry in here.iterdir():
        if entry.name == "piiguard" or entry.name.startswith(
            ("piiguard-", "_editable_impl_piiguard", "__editable__")
        ):
            continue
        (deps / entry.name).symlink_to(entry)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "_test_dependencies.pth").write_text(f"{deps}\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return venv


def _clean_env(venv: Path) -> dict[str, str]:
    """A minimal environment: no PYTHONPATH (it would point at the source tree)."""
    return {
        "PATH": f"{venv / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "HF_HUB_OFFLINE": "1",
    }


def test_the_venv_imports_the_wheel_not_the_tree(fresh_venv: Path) -> None:
    result = subprocess.run(
        [str(fresh_venv / "bin" / "python"), "-m", "piiguard", "--version"],
        env=_clean_env(fresh_venv),
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "piiguard 0.1.0"
    where = subprocess.run(
        [
            str(fresh_venv / "bin" / "python"),
            "-c",
            "import piiguard.detection.ner as n, piiguard; print(piiguard.__file__)",
        ],
        env=_clean_env(fresh_venv),
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(fresh_venv)), where


@pytest.fixture
def upstream() -> Iterator[tuple[RecordingUpstream, str]]:
    fake = RecordingUpstream()
    with serve(fake.app) as url:
        yield fake, url


def _wait_healthy(url: str, process: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the entry command exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("/healthz did not answer in time")


def test_image_entry_command_serves_healthz_from_the_wheel(
    fresh_venv: Path,
    upstream: tuple[RecordingUpstream, str],
    redis_url: str,
    redis_prefix: str,
    tmp_path: Path,
) -> None:
    final = parse(DEPLOY / "Dockerfile").final
    command = [*final.last("ENTRYPOINT").exec_form(), *final.last("CMD").exec_form()]
    compose: dict[str, Any] = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    proxy_env = compose["services"]["proxy"]["environment"]
    port = free_port()
    env = {
        **_clean_env(fresh_venv),
        **final.env(),
        **env_file(DEPLOY / "piiguard.env.example"),
        **{k: str(v) for k, v in proxy_env.items()},
        # The values the env file leaves for the operator to set.
        "PIIGUARD_SECRET_KEY": secrets.token_hex(32),
        "PIIGUARD_CLIENT_KEYS": f"{CLIENT_KEY}=*",
        # Addresses only, to loopback.
        "PIIGUARD_HOST": "127.0.0.1",
        "PIIGUARD_PORT": str(port),
        "PIIGUARD_UPSTREAM_URL": upstream[1],
        "PIIGUARD_REDIS_URL": redis_url,
        "PIIGUARD_REDIS_PREFIX": redis_prefix,
        "PIIGUARD_TRAINING_JSONL_PATH": str(tmp_path / "training.jsonl"),
    }
    executable = fresh_venv / "bin" / command[0]
    assert executable.is_file(), f"{command[0]} is not installed by the wheel"
    process = subprocess.Popen(
        [str(executable), *command[1:]],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process)
        assert httpx.get(f"{url}/readyz", timeout=5).json()["ready"] is True
        # The image's own HEALTHCHECK command, with the image's python.
        check = final.last("HEALTHCHECK").exec_form()
        assert check[0] == "python"
        subprocess.run(
            [str(fresh_venv / "bin" / "python"), *check[1:]], env=env, check=True, timeout=10
        )
        message = f"Hi, I am {VALUES[0]}, mail {VALUES[1]}, card {VALUES[2]}"
        body = {"model": "echo", "messages": [{"role": "user", "content": message}]}
        headers = {"authorization": f"Bearer {CLIENT_KEY}", "x-session-id": "s1"}
        unauthenticated = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=30)
        assert unauthenticated.status_code == 401
        reply = httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=30)
        assert reply.status_code == 200, reply.text
        assert all(v in reply.json()["choices"][0]["message"]["content"] for v in VALUES)
        received = upstream[0].requests[-1].raw().decode()
        assert "<PERSON_1>" in received  # the NER model, loaded from the wheel
        assert not any(v in received for v in VALUES)
    finally:
        stop_process(process)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]
    assert any(line["message"].startswith("proxy ready") for line in lines), err
    assert not any(v in err + out for v in VALUES)
