"""The container, compose and Kubernetes files, checked without a container daemon.

They are parsed (YAML, the Dockerfile's instructions) and compared with what the
package really has: the wheel's model files, the CLI's flags, the settings' names.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from dockerfile import parse
from env_files import env_file

from piiguard.cli import build_parser
from piiguard.config import GuardConfig
from piiguard.proxy.config import CONFIG_FILE_ENV, ProxyConfig

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
DOCKERFILE = parse(DEPLOY / "Dockerfile")
COMPOSE: dict[str, Any] = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
KUBE: list[dict[str, Any]] = [
    doc
    for path in sorted((DEPLOY / "kubernetes").glob("*.yaml"))
    for doc in yaml.safe_load_all(path.read_text())
    if doc
]
SETTINGS = {
    "PIIGUARD_" + f.name.upper()
    for cls in (GuardConfig, ProxyConfig)
    for f in dataclasses.fields(cls)
} | {CONFIG_FILE_ENV}


def kube(kind: str, name: str) -> dict[str, Any]:
    return next(d for d in KUBE if d["kind"] == kind and d["metadata"]["name"] == name)


def sidecar() -> dict[str, Any]:
    pod = kube("Deployment", "chatbot")["spec"]["template"]["spec"]
    return next(c for c in pod["containers"] if c["name"] == "piiguard")


def image_uid() -> int:
    return int(DOCKERFILE.final.last("USER").arguments.split(":")[0])


# ---------------------------------------------------------------- Dockerfile


def test_dockerfile_builds_the_wheel_in_a_builder_stage_on_a_slim_base() -> None:
    assert [s.name for s in DOCKERFILE.stages] == ["builder", "runtime"]
    for stage in DOCKERFILE.stages:
        assert stage.base.startswith("python:3.11-slim"), stage.base
    builder_runs = " ".join(i.arguments for i in DOCKERFILE.stage("builder").all("RUN"))
    assert "python -m build --wheel" in builder_runs
    assert "pip wheel --wheel-dir /wheels" in builder_runs


def test_dockerfile_copies_exactly_the_model_files_the_wheel_ships() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    shipped = set(pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"])
    copied = {
        word
        for i in DOCKERFILE.stage("builder").all("COPY")
        for word in i.arguments.split()[:-1]
        if word.startswith("models/")
    }
    assert copied == shipped
    allowed = {line[1:] for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.startswith("!")}
    assert shipped <= allowed
    assert {"pyproject.toml", "README.md", "LICENSE", "piiguard/"} <= allowed
    for path in shipped:
        assert (ROOT / path).is_file(), path


def test_final_stage_installs_the_wheel_only_and_has_no_build_tools() -> None:
    final = DOCKERFILE.final
    runs = " ".join(i.arguments for i in final.all("RUN"))
    assert "pip install --no-index --find-links=/wheels piiguard" in runs
    assert "from=builder" in final.all("RUN")[0].arguments  # wheels mounted, not copied in
    for tool in ("apt-get", "gcc", "build-essential", "python -m build", "git"):
        assert tool not in runs, tool
    assert not final.all("COPY"), "the final stage gets the package from the wheel only"


def test_final_stage_runs_as_a_non_root_user() -> None:
    user = DOCKERFILE.final.last("USER").arguments
    assert user.split(":")[0] not in ("root", "0")
    assert image_uid() >= 1000
    runs = " ".join(i.arguments for i in DOCKERFILE.final.all("RUN"))
    assert f"useradd --uid {image_uid()}" in runs


def test_healthcheck_asks_healthz_on_the_proxy_port() -> None:
    check = DOCKERFILE.final.last("HEALTHCHECK")
    command = check.exec_form()
    assert command[:2] == ["python", "-c"] and "/healthz" in command[2]
    assert "PIIGUARD_PORT" in command[2]
    assert {"interval", "timeout", "start-period", "retries"} <= set(check.options())


def test_entrypoint_is_the_proxy_and_its_arguments_parse() -> None:
    entrypoint = DOCKERFILE.final.last("ENTRYPOINT").exec_form()
    cmd = DOCKERFILE.final.last("CMD").exec_form()
    assert entrypoint == ["piiguard", "proxy"]
    args = build_parser().parse_args([*entrypoint[1:], *cmd])
    assert args.command == "proxy" and args.log_format == "json"
    env = DOCKERFILE.final.env()
    assert env["PIIGUARD_HOST"] == "0.0.0.0"
    assert DOCKERFILE.final.last("EXPOSE").arguments == env["PIIGUARD_PORT"] == "8080"
    assert {k for k in env if k.startswith("PIIGUARD_")} <= SETTINGS


# ---------------------------------------------------------------- compose


def test_compose_has_the_proxy_redis_and_the_demo_bot() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"proxy", "redis", "demo-bot"}
    proxy = services["proxy"]
    assert (DEPLOY / proxy["build"]["context"] / proxy["build"]["dockerfile"]).resolve() == (
        DEPLOY / "Dockerfile"
    )
    assert proxy["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["redis"]["image"].startswith("redis:7")
    assert services["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    redis_url = urlsplit(proxy["environment"]["PIIGUARD_REDIS_URL"])
    assert redis_url.hostname == "redis" and redis_url.port == 6379


@pytest.mark.parametrize("service", ["proxy", "demo-bot"])
def test_compose_publishes_on_loopback_only(service: str) -> None:
    for port in COMPOSE["services"][service]["ports"]:
        assert port.startswith("127.0.0.1:"), port


def test_compose_secrets_come_from_an_env_file_with_an_example() -> None:
    proxy = COMPOSE["services"]["proxy"]
    assert proxy["env_file"] == "piiguard.env"
    example = env_file(DEPLOY / "piiguard.env.example")
    assert {"PIIGUARD_SECRET_KEY", "PIIGUARD_UPSTREAM_API_KEY", "PIIGUARD_UPSTREAM_URL"} <= set(
        example
    )
    for name in ("PIIGUARD_SECRET_KEY", "PIIGUARD_UPSTREAM_API_KEY", "PIIGUARD_CONSENT_ADMIN_KEY"):
        assert name not in proxy["environment"], f"{name} belongs in the env file"
    assert set(example) | set(proxy["environment"]) <= SETTINGS
    # Keys are left empty, never a placeholder that would work: the proxy refuses to start
    # with Redis and no secret key.
    for name in (
        "PIIGUARD_SECRET_KEY",
        "PIIGUARD_CLIENT_KEYS",
        "PIIGUARD_UPSTREAM_API_KEY",
        "PIIGUARD_CONSENT_ADMIN_KEY",
    ):
        assert example[name] == "", name
    upstream = urlsplit(example["PIIGUARD_UPSTREAM_URL"])
    bot_port = COMPOSE["services"]["demo-bot"]["entrypoint"]
    assert upstream.hostname == "demo-bot"
    assert str(upstream.port) == bot_port[bot_port.index("--bot-port") + 1]


def test_compose_demo_bot_command_parses_and_reads_the_gates_file() -> None:
    services = COMPOSE["services"]
    entrypoint = services["demo-bot"]["entrypoint"]
    assert entrypoint[0] == "piiguard"
    args = build_parser().parse_args(entrypoint[1:])
    assert args.command == "serve" and args.demo_bot
    assert args.training_log == services["proxy"]["environment"]["PIIGUARD_TRAINING_JSONL_PATH"]
    assert "training:/data:ro" in services["demo-bot"]["volumes"]
    assert "training:/data" in services["proxy"]["volumes"]


# ---------------------------------------------------------------- Kubernetes


def test_kubernetes_sidecar_shares_the_bots_pod() -> None:
    pod = kube("Deployment", "chatbot")["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["bot", "piiguard"]
    env = {e["name"]: e["value"] for e in sidecar()["env"]}
    upstream = urlsplit(env["PIIGUARD_UPSTREAM_URL"])
    assert upstream.hostname == "127.0.0.1"  # the bot is reachable only inside the pod
    bot_ports = {p["containerPort"] for p in pod["containers"][0]["ports"]}
    assert upstream.port in bot_ports
    assert set(env) <= SETTINGS
    args = build_parser().parse_args(["proxy", *sidecar()["args"]])
    assert args.log_format == "json"


def test_kubernetes_probes_hit_readyz_and_healthz_on_the_proxy_port() -> None:
    container = sidecar()
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    env = {e["name"]: e["value"] for e in container["env"]}
    assert ports["proxy"] == int(env["PIIGUARD_PORT"])
    probes = {
        kind: container[kind]["httpGet"]
        for kind in ("readinessProbe", "livenessProbe", "startupProbe")
    }
    assert probes["readinessProbe"]["path"] == "/readyz"
    assert probes["livenessProbe"]["path"] == "/healthz"
    assert probes["startupProbe"]["path"] == "/healthz"
    for probe in probes.values():
        assert ports[probe["port"]] == 8080


def test_kubernetes_sidecar_runs_as_the_images_user_read_only() -> None:
    security = sidecar()["securityContext"]
    assert security["runAsUser"] == image_uid() and security["runAsNonRoot"]
    assert security["readOnlyRootFilesystem"] and not security["allowPrivilegeEscalation"]
    assert security["capabilities"]["drop"] == ["ALL"]


def test_kubernetes_sidecar_manifest_never_carries_the_secret() -> None:
    sidecar_file = (DEPLOY / "kubernetes" / "piiguard-sidecar.yaml").read_text()
    assert "kind: Secret" not in sidecar_file


def test_kubernetes_keys_come_from_a_secret_and_redis_is_a_service() -> None:
    refs = [s["secretRef"]["name"] for s in sidecar()["envFrom"]]
    secret = kube("Secret", refs[0])
    assert {"PIIGUARD_SECRET_KEY", "PIIGUARD_REDIS_URL"} <= set(secret["stringData"])
    for name in ("PIIGUARD_SECRET_KEY", "PIIGUARD_CLIENT_KEYS"):
        assert secret["stringData"][name] == "", name  # no placeholder that would work
    assert set(secret["stringData"]) <= SETTINGS
    redis_url = urlsplit(secret["stringData"]["PIIGUARD_REDIS_URL"])
    service = kube("Service", str(redis_url.hostname))
    assert redis_url.port in {p["port"] for p in service["spec"]["ports"]}
    backing = kube("Deployment", "piiguard-redis")
    assert service["spec"]["selector"].items() <= backing["spec"]["template"]["metadata"][
        "labels"
    ].items()


def test_kubernetes_clients_reach_the_bot_through_piiguard_only() -> None:
    service = kube("Service", "chatbot")
    assert [p["targetPort"] for p in service["spec"]["ports"]] == ["proxy"]


@pytest.mark.parametrize("path", ["docs/deploy.md", "README.md", "deploy/piiguard.env.example"])
def test_every_variable_the_docs_name_is_a_setting(path: str) -> None:
    import re

    named = set(re.findall(r"PIIGUARD_[A-Z_]+[A-Z]", (ROOT / path).read_text()))
    # Variables of the test suite and of `piiguard retention`, not of the server.
    others = {"PIIGUARD_TEST_REDIS_URL", "PIIGUARD_TRAINING_REDIS_URL", "PIIGUARD_TRAINING_JSONL"}
    assert named - others <= SETTINGS, named - others - SETTINGS


# ---------------------------------------------------------------- the settings, as deployed


def compose_environment(**filled: str) -> dict[str, str]:
    """What the proxy container's process sees: image ENV, env file, compose environment."""
    return {
        **DOCKERFILE.final.env(),
        **env_file(DEPLOY / "piiguard.env.example"),
        **COMPOSE["services"]["proxy"]["environment"],
        **filled,
    }


def kubernetes_environment(**filled: str) -> dict[str, str]:
    secret = kube("Secret", sidecar()["envFrom"][0]["secretRef"]["name"])["stringData"]
    # Explicit `env` entries win over `envFrom`, as in Kubernetes.
    return {
        **DOCKERFILE.final.env(),
        **secret,
        **{e["name"]: e["value"] for e in sidecar()["env"]},
        **filled,
    }


@pytest.mark.parametrize("environment", [compose_environment, kubernetes_environment])
def test_deployed_settings_refuse_to_start_until_the_keys_are_set(environment: Any) -> None:
    """Read in-process (nothing binds): the container's host is every interface."""
    from piiguard.exceptions import ConfigError

    with pytest.raises(ConfigError) as refused:
        ProxyConfig.load(environ=environment(PIIGUARD_SECRET_KEY="k" * 64))
    assert "PIIGUARD_CLIENT_KEYS" in str(refused.value)
    with pytest.raises(ConfigError, match="PIIGUARD_SECRET_KEY"):
        ProxyConfig.load(environ=environment(PIIGUARD_CLIENT_KEYS="key-for-tests-0123456789=*"))
    config = ProxyConfig.load(
        environ=environment(
            PIIGUARD_SECRET_KEY="k" * 64, PIIGUARD_CLIENT_KEYS="key-for-tests-0123456789=*"
        )
    )
    assert config.host == "0.0.0.0" and config.port == 8080
    assert config.client_auth_required and config.guard.redis_url
