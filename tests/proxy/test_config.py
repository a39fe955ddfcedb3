"""ProxyConfig: validation, and defaults < file < environment < flags."""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Any

import pytest

from piiguard.exceptions import ConfigError
from piiguard.proxy.config import ProxyConfig

FILE = """
[proxy]
upstream_url = "http://file:1/v1/"
port = 9000
read_timeout = 12.5
allowed_paths = ["/v1/embeddings"]

[guard]
detector = "patterns"
max_body_bytes = 2048
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "piiguard.toml"
    path.write_text(FILE)
    return path


def test_file_then_environment_then_flags(config_file: Path) -> None:
    env = {
        "PIIGUARD_PORT": "9100",
        "PIIGUARD_FORWARD_CLIENT_AUTHORIZATION": "yes",
        "PIIGUARD_MAX_BODY_BYTES": "4096",
        "PIIGUARD_CLIENT_KEYS": "k" * 24,  # a non-loopback bind needs client keys
    }
    config = ProxyConfig.load(config_file=config_file, environ=env, port=None, host="0.0.0.0")
    assert config.upstream_url == "http://file:1/v1"  # from the file, trailing slash cut
    assert config.read_timeout == 12.5
    assert config.allowed_paths == ("/v1/embeddings",)
    assert config.port == 9100  # env beats file; an unset flag (None) changes nothing
    assert config.host == "0.0.0.0"  # flag
    assert config.forward_client_authorization is True
    assert config.guard.detector == "patterns"  # guard table from the file
    assert config.guard.max_body_bytes == 4096  # env beats file for guard settings too
    flagged = ProxyConfig.load(config_file=config_file, environ=env, port=9200)
    assert flagged.port == 9200


def test_config_file_named_by_environment(config_file: Path) -> None:
    config = ProxyConfig.load(environ={"PIIGUARD_CONFIG": str(config_file)})
    assert config.port == 9000


def test_to_environ_round_trips() -> None:
    config = ProxyConfig(
        upstream_url="http://u:1", allowed_paths=("/a", "/b/*"), workers=3, read_timeout=7.0
    )
    again = ProxyConfig.load(environ=config.to_environ())
    for name in (
        "upstream_url",
        "allowed_paths",
        "workers",
        "read_timeout",
        "forward_request_headers",
        "forward_client_authorization",
    ):
        assert getattr(again, name) == getattr(config, name), name


def test_api_key_is_not_in_repr() -> None:
    config = ProxyConfig(
        upstream_url="http://u",
        upstream_api_key="sk-secret",
        client_keys=("client-key-0123456789abcdef=alice",),
        subject_token_secret="token-secret-0123456789abcdef-0123",
        subject_token_audience="https://chat.example/piiguard",
    )
    for secret in ("sk-secret", "client-key-0123456789abcdef", "token-secret-0123456789"):
        assert secret not in repr(config)
        assert secret not in repr(config.client_keys_config)


def test_guard_secrets_are_not_in_repr() -> None:
    from piiguard.config import GuardConfig

    config = ProxyConfig(
        upstream_url="http://u",
        guard=GuardConfig(
            secret_key="hmac-secret-0123456789abcdef",
            redis_url="redis://:redis-password-xyz@127.0.0.1:6379/0",
            consent_redis_url="redis://:consent-password-xyz@127.0.0.1:6379/1",
            consent_admin_key="admin-key-0123456789abcdef",
        ),
    )
    for secret in ("hmac-secret", "redis-password", "consent-password", "admin-key-0123"):
        assert secret not in repr(config)
        assert secret not in repr(config.guard)


def test_access_settings_round_trip_through_the_environment(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text("client-key-0123456789abcdef=alice\n")
    config = ProxyConfig(
        upstream_url="http://u:1",
        host="0.0.0.0",
        client_keys=("backend-key-0123456789abcdef=*",),
        client_keys_file=str(keys),
        allowed_hosts=("Proxy.Internal", "::1"),
        allowed_origins=("https://Chat.example.org/",),
        ready_check_upstream=True,
    )
    assert config.allowed_hosts == ("proxy.internal", "[::1]")
    assert config.allowed_origins == ("https://chat.example.org",)
    again = ProxyConfig.load(environ=config.to_environ())
    assert len(again.client_keys_config) == 2
    for name in ("host", "allowed_hosts", "allowed_origins", "ready_check_upstream"):
        assert getattr(again, name) == getattr(config, name), name


@pytest.mark.parametrize(
    ("settings", "fragment"),
    [
        ({"upstream_url": "ftp://x"}, "upstream_url"),
        ({"upstream_url": "not a url"}, "upstream_url"),
        ({"upstream_url": "http://x", "read_timeout": 0}, "read_timeout"),
        ({"upstream_url": "http://x", "max_concurrent_requests": -1}, "max_concurrent_requests"),
        ({"upstream_url": "http://x", "port": 70000}, "port"),
        ({"upstream_url": "http://x", "allowed_paths": ("v1/x",)}, "allowed_paths"),
    ],
)
def test_bad_settings_fail_naming_the_setting(settings: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        ProxyConfig(**settings)


@pytest.mark.parametrize(
    "url",
    [
        "http://bot:hunter2@127.0.0.1:99999/v1",  # port out of range
        "http://bot:hunter2@127.0.0.1:port/v1",  # port not a number
        "https://bot:hunter2@:8443/v1",  # no host
        "http://bot:hunter2@127.0.0.1:-1/v1",
        # found by the review of acl15: what urlsplit cannot read was a ValueError
        # traceback quoting part of the password
        "https://bot:[hunter2]@h/v1",
        "https://bot:pa[hunter2@h/v1",
    ],
)
def test_an_upstream_url_that_cannot_be_reached_fails_at_start_without_echoing_it(
    url: str,
) -> None:
    """Found by probe_acl15: a bad port was a ValueError traceback at the first request's
    start-up, not a ConfigError naming the setting; the URL may carry a password."""
    with pytest.raises(ConfigError, match="PIIGUARD_UPSTREAM_URL") as refused:
        ProxyConfig(upstream_url=url)
    assert "hunter2" not in str(refused.value) and "bot" not in str(refused.value)
    assert "hunter2" not in "".join(traceback.format_exception(refused.value))  # nor chained


@pytest.mark.parametrize(
    ("env", "text", "fragment"),
    [
        ({}, None, "no upstream"),
        ({"PIIGUARD_UPSTREAM_URL": "http://x", "PIIGUARD_PORT": "eighty"}, None, "PIIGUARD_PORT"),
        ({"PIIGUARD_UPSTREAM_URL": "http://x"}, "[proxy]\nbogus = 1\n", r"\[proxy\] bogus is not"),
        ({"PIIGUARD_UPSTREAM_URL": "http://x"}, "[proxi]\n", "unknown tables"),
        ({"PIIGUARD_UPSTREAM_URL": "http://x"}, "[proxy\n", "not valid TOML"),
    ],
)
def test_bad_sources_fail_clearly(
    tmp_path: Path, env: dict[str, str], text: str | None, fragment: str
) -> None:
    path = None
    if text is not None:
        path = tmp_path / "bad.toml"
        path.write_text(text)
    with pytest.raises(ConfigError, match=fragment):
        ProxyConfig.load(config_file=path, environ=env)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://bot:s3cret@example.com:8443/v1", "https://example.com:8443/v1"),
        ("http://token@10.0.0.7/", "http://10.0.0.7"),
        ("http://user:pw@[::1]:9000", "http://[::1]:9000"),
        ("http://plain:8000/v1", "http://plain:8000/v1"),
    ],
)
def test_upstream_for_logs_drops_credentials(url: str, shown: str) -> None:
    assert ProxyConfig(upstream_url=url).upstream_for_logs == shown


def test_start_up_log_has_no_upstream_credentials(caplog: pytest.LogCaptureFixture) -> None:
    from starlette.testclient import TestClient

    from piiguard.config import GuardConfig
    from piiguard.proxy.app import create_app

    config = ProxyConfig(
        upstream_url="http://bot:s3cret@127.0.0.1:9/v1", guard=GuardConfig(detector="patterns")
    )
    with caplog.at_level("INFO", logger="piiguard"), TestClient(create_app(config)):
        pass
    assert "proxy ready; upstream http://127.0.0.1:9/v1" in caplog.text
    assert "s3cret" not in caplog.text


CORES = len(os.sched_getaffinity(0))


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        ("env", "auto", CORES),
        ("env", " AUTO ", CORES),
        ("env", "3", 3),
        ("file", "auto", CORES),
        ("file", 2, 2),
        ("flag", "auto", CORES),
    ],
)
def test_workers_auto_is_one_per_core(
    tmp_path: Path, where: str, value: object, expected: int
) -> None:
    env = {"PIIGUARD_UPSTREAM_URL": "http://u:1"}
    file = tmp_path / "proxy.toml"
    file.write_text("")
    if where == "env":
        env["PIIGUARD_WORKERS"] = str(value)
    elif where == "file":
        file.write_text(f"[proxy]\nworkers = {value!r}\n".replace("'", '"'))
    flags = {"workers": value} if where == "flag" else {}
    config = ProxyConfig.load(config_file=file, environ=env, **flags)
    assert config.workers == expected


@pytest.mark.parametrize("value", ["many", "0", "-1", True])
def test_workers_must_be_a_positive_number_or_auto(value: object) -> None:
    env = {"PIIGUARD_UPSTREAM_URL": "http://u:1"}
    with pytest.raises(ConfigError, match="workers"):
        ProxyConfig.load(environ=env, workers=value)


def test_workers_flag_takes_auto() -> None:
    from piiguard.cli import build_parser

    args = build_parser().parse_args(["proxy", "--upstream", "http://u:1", "--workers", "auto"])
    assert args.workers == CORES


@pytest.mark.parametrize(
    ("admin_key", "client_keys", "fragment"),
    [
        ("admin", (), "PIIGUARD_CONSENT_ADMIN_KEY"),  # guessable: it opens every subject
        ("0123456789abcde", (), "PIIGUARD_CONSENT_ADMIN_KEY"),
        ("admin-key-0123456789abcdef", ("admin-key-0123456789abcdef",), "consent_admin_key"),
        ("admin-key-0123456789abcdef", ("admin-key-0123456789abcdef=*",), "consent_admin_key"),
    ],
    ids=["short", "one short of the minimum", "also a client key", "also a KEY=* key"],
)
def test_a_weak_or_shared_admin_key_refuses_to_start(
    admin_key: str, client_keys: tuple[str, ...], fragment: str
) -> None:
    """The admin key opens access, export and erasure of every subject, and the admin
    routes skip client authentication: a guessable key, or one a client also holds,
    stops the start (naming the setting, never the key)."""
    from piiguard.config import GuardConfig

    with pytest.raises(ConfigError) as refused:
        ProxyConfig(
            upstream_url="http://u",
            client_keys=client_keys,
            guard=GuardConfig(consent_admin_key=admin_key),
        )
    assert fragment in str(refused.value) and admin_key not in str(refused.value)


def test_an_admin_key_of_16_characters_or_more_starts() -> None:
    from piiguard.config import GuardConfig

    config = ProxyConfig(
        upstream_url="http://u",
        client_keys=("client-key-0123456789abcdef",),
        guard=GuardConfig(consent_admin_key="0123456789abcdef"),
    )
    assert config.guard.consent_admin_key == "0123456789abcdef"
