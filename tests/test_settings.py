"""Settings that explain themselves: errors name the variable or key and the form,
unknown variables and keys are refused with a suggestion, the reference page is in sync."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_origin

import pytest

from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.proxy.config import ProxyConfig
from piiguard.setting_types import check_value, expected_form, parse_text
from piiguard.settings import (
    DEPRECATED_VARIABLES,
    OTHER_PREFIXES,
    OTHER_VARIABLES,
    VARIABLES,
    all_settings,
    check_environment,
    render_reference,
)

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = {"PIIGUARD_UPSTREAM_URL": "http://127.0.0.1:9"}


def load(env: dict[str, str], text: str | None = None, tmp_path: Path | None = None) -> Any:
    path = None
    if text is not None:
        assert tmp_path is not None
        path = tmp_path / "piiguard.toml"
        path.write_text(text)
    return ProxyConfig.load(config_file=path, environ={**UPSTREAM, **env})


# ---------------------------------------------------------------- bad values


@pytest.mark.parametrize(
    ("variable", "raw", "message"),
    [
        # int, with its unit
        (
            "PIIGUARD_MAX_BODY_BYTES",
            "abc",
            "PIIGUARD_MAX_BODY_BYTES: expected a whole number of bytes, got 'abc'",
        ),
        ("PIIGUARD_PORT", "eighty", "PIIGUARD_PORT: expected a whole number, got 'eighty'"),
        ("PIIGUARD_WORKERS", "1.5", "PIIGUARD_WORKERS: expected a whole number, got '1.5'"),
        # float
        (
            "PIIGUARD_READ_TIMEOUT",
            "soon",
            "PIIGUARD_READ_TIMEOUT: expected a number of seconds, got 'soon'",
        ),
        (
            "PIIGUARD_TRAINING_RETENTION_DAYS",
            "30d",
            "PIIGUARD_TRAINING_RETENTION_DAYS: expected a number of days, got '30d'",
        ),
        # bool
        (
            "PIIGUARD_FAIL_OPEN",
            "maybe",
            "PIIGUARD_FAIL_OPEN: expected true or false (also 1/0, yes/no, on/off), got 'maybe'",
        ),
        # Literal: the allowed values listed
        (
            "PIIGUARD_DETECTOR",
            "spacy",
            'PIIGUARD_DETECTOR: expected one of "default", "patterns", got \'spacy\'',
        ),
        (
            "PIIGUARD_TRAINING_SINK",
            "kafka",
            'PIIGUARD_TRAINING_SINK: expected one of "", "jsonl", "redis", "both", got \'kafka\'',
        ),
        # mapping: a pair without "=", a value outside the allowed ones
        (
            "PIIGUARD_LABEL_OPERATORS",
            "EMAIL_ADDRESS",
            "PIIGUARD_LABEL_OPERATORS: expected comma-separated LABEL=VALUE pairs, each VALUE "
            'one of "placeholder", "redact", "hash", "partial", "allow", got \'EMAIL_ADDRESS\'',
        ),
        (
            "PIIGUARD_REPLY_LABEL_ACTIONS",
            "URL=allow,PERSON=shout",
            "PIIGUARD_REPLY_LABEL_ACTIONS (PERSON): expected comma-separated LABEL=VALUE pairs",
        ),
    ],
)
def test_a_bad_variable_names_itself_and_the_form(variable: str, raw: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load({variable: raw})
    assert str(caught.value).startswith(message)


def failing_types() -> list[Any]:
    """Every setting whose text can be malformed (booleans, numbers, choices, mappings)."""
    return [
        s
        for s in all_settings()
        if s.hint in (bool, int, float) or get_origin(s.hint) in (Literal, Mapping)
    ]


@pytest.mark.parametrize("setting", failing_types(), ids=lambda s: s.variable)
def test_every_setting_rejects_a_malformed_value_naming_variable_and_form(setting: Any) -> None:
    env = {setting.variable: "%not valid%"}
    reader = GuardConfig.from_env if setting.table == "guard" else None
    with pytest.raises(ConfigError) as caught:
        if reader is not None:
            reader(env)
        else:
            load(env)
    form = expected_form(setting.name, setting.hint)
    assert str(caught.value).startswith(f"{setting.variable}")
    assert f"expected {form}" in str(caught.value)


@pytest.mark.parametrize(
    ("variable", "raw", "message"),
    [
        (
            "PIIGUARD_MAX_BODY_BYTES",
            "0",
            "max_body_bytes (PIIGUARD_MAX_BODY_BYTES): expected a positive whole number of "
            "bytes, got 0",
        ),
        (
            "PIIGUARD_DETECTION_CACHE_SIZE",
            "-1",
            "detection_cache_size (PIIGUARD_DETECTION_CACHE_SIZE): expected a whole number, "
            "0 or more, got -1",
        ),
        (
            "PIIGUARD_CONNECT_TIMEOUT",
            "0",
            "connect_timeout (PIIGUARD_CONNECT_TIMEOUT): expected a positive number of "
            "seconds, got 0.0",
        ),
        (
            "PIIGUARD_PORT",
            "70000",
            "port (PIIGUARD_PORT): expected a whole number from 0 to 65535, got 70000",
        ),
    ],
)
def test_a_value_out_of_bounds_names_key_variable_and_form(
    variable: str, raw: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load({variable: raw})


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
        ("guard", "max_body_bytes = 'abc'", "expected a whole number of bytes, got 'abc'"),
        ("guard", "fail_open = 'yes'", "expected true or false, got 'yes'"),
        ("proxy", "read_timeout = true", "expected a number of seconds, got True"),
        ("proxy", "host = 8080", "expected text, got 8080"),
        ("proxy", "allowed_paths = '/v1/x'", "expected a list of strings, got '/v1/x'"),
        ("guard", "detector = 'spacy'", 'expected one of "default", "patterns"'),
        (
            "guard",
            "label_operators = {PERSON = 'shout'}",
            '[guard] label_operators.PERSON: expected one of "placeholder"',
        ),
        ("guard", "label_operators = ['PERSON=redact']", "expected a table of LABEL = VALUE"),
    ],
)
def test_a_bad_file_value_names_table_key_and_form(
    tmp_path: Path, table: str, line: str, message: str
) -> None:
    key = line.split(" = ")[0]
    with pytest.raises(ConfigError) as caught:
        load({}, f"[{table}]\n{line}\n", tmp_path)
    assert f"[{table}] {key}" in str(caught.value)
    assert message in str(caught.value)


def test_file_values_become_settings(tmp_path: Path) -> None:
    text = (
        "[proxy]\nread_timeout = 3\nallowed_paths = ['/v1/x']\n"
        "[guard]\nlabel_operators = {PERSON = 'redact'}\nmask_all_dates = true\n"
    )
    config = load({}, text, tmp_path)
    assert config.read_timeout == 3.0 and isinstance(config.read_timeout, float)
    assert config.allowed_paths == ("/v1/x",)
    assert config.guard.label_operators == {"PERSON": "redact"}
    assert config.guard.mask_all_dates is True


SECRET = "sk-live-0123456789abcdef"


@pytest.mark.parametrize(
    "read",
    [
        lambda: parse_text("PIIGUARD_UPSTREAM_API_KEY", "upstream_api_key", SECRET, int),
        lambda: parse_text("PIIGUARD_REDIS_URL", "redis_url", SECRET, bool),
        lambda: check_value("[proxy] subject_token_secret", "subject_token_secret", [SECRET], str),
        lambda: check_value("[guard] vault_key", "vault_key", {"k": SECRET}, str),
    ],
)
def test_errors_never_show_a_secret_value(read: Any) -> None:
    with pytest.raises(ConfigError) as caught:
        read()
    assert SECRET not in str(caught.value)
    assert "not shown" in str(caught.value)


def test_a_file_secret_of_the_wrong_type_is_not_shown(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load({}, f"[proxy]\nupstream_api_key = ['{SECRET}']\n", tmp_path)
    assert "[proxy] upstream_api_key: expected text" in str(caught.value)
    assert SECRET not in str(caught.value)


# ---------------------------------------------------------------- unknown names


@pytest.mark.parametrize(
    ("variable", "suggested"),
    [
        ("PIIGUARD_MAX_BODY_BYTE", "PIIGUARD_MAX_BODY_BYTES"),
        ("PIIGUARD_REDIS_URI", "PIIGUARD_REDIS_URL"),
        ("PIIGUARD_UPSTREAM_KEY", "PIIGUARD_UPSTREAM_API_KEY"),
        ("PIIGUARD_CONFIG_FILE", "PIIGUARD_CONFIG"),
    ],
)
def test_an_unknown_variable_is_refused_with_a_suggestion(variable: str, suggested: str) -> None:
    for read in (lambda env: load(env), GuardConfig.from_env):
        with pytest.raises(ConfigError) as caught:
            read({variable: "1"})
        assert f"{variable}; did you mean {suggested}?" in str(caught.value)
        assert "docs/settings.md" in str(caught.value)


def test_unknown_variables_are_all_named_and_unrelated_ones_ignored() -> None:
    env = {"PIIGUARD_FOO": "1", "PIIGUARD_PROT": "1", "HOME": "/root", "OTHER_PIIGUARD_X": "1"}
    with pytest.raises(ConfigError) as caught:
        check_environment(env)
    message = str(caught.value)
    assert "PIIGUARD_FOO" in message and "PIIGUARD_PROT; did you mean PIIGUARD_PORT?" in message
    assert "HOME" not in message and "OTHER_PIIGUARD_X" not in message


def test_a_custom_prefix_does_not_check_piiguard_variables() -> None:
    assert GuardConfig.from_env({"PIIGUARD_BOGUS": "1", "APP_DETECTOR": "patterns"}, prefix="APP_")


def test_variables_of_piiguards_own_tools_pass(caplog: pytest.LogCaptureFixture) -> None:
    env = {
        "PIIGUARD_CONFIG": "",
        "PIIGUARD_TEST_REDIS_URL": "redis://127.0.0.1:6379/0",
        "PIIGUARD_LOAD_WAIT": "0.5,1.5",
        "PIIGUARD_TRAINING_REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    with caplog.at_level(logging.WARNING, logger="piiguard.settings"):
        check_environment(env)
    assert "PIIGUARD_TRAINING_REDIS_URL is deprecated" in caplog.text
    assert "redis://" not in caplog.text


def test_every_piiguard_variable_the_project_names_is_known() -> None:
    """The allow-list is complete: code, tests, deploy files and docs name no other."""
    pattern = re.compile(r"PIIGUARD_[A-Z0-9_]*[A-Z0-9](?:_\*)?")
    named: set[str] = set()
    paths = [ROOT / "README.md"]
    for folder in ("piiguard", "tests", "benchmarks", "examples", "deploy", "docs"):
        paths += [p for p in (ROOT / folder).rglob("*") if p.is_file()]
    for path in paths:
        if path.suffix in {".py", ".md", ".yml", ".yaml", ".toml", ".example", ""}:
            named |= set(pattern.findall(path.read_text("utf-8", errors="replace")))
    # Names made up by the tests of refusals.
    refusals = Path(__file__).read_text() + (ROOT / "tests/training/test_retention.py").read_text()
    made_up = {n for n in named if n in refusals and n not in VARIABLES}
    known = VARIABLES | set(OTHER_VARIABLES) | set(DEPRECATED_VARIABLES)
    rest = set()
    for name in named - known - made_up:
        if name.endswith("_*"):  # a family, e.g. PIIGUARD_REDIS_SSL_*
            if any(v.startswith(name[:-1]) for v in known | set(OTHER_PREFIXES)):
                continue
        elif name.startswith(tuple(OTHER_PREFIXES)):
            continue
        rest.add(name)
    assert not rest, rest


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[guard]\nmax_body_byte = 1\n",
            "[guard] max_body_byte is not a setting; did you mean max_body_bytes?",
        ),
        (
            "[proxy]\nupstream = 'http://x'\n",
            "[proxy] upstream is not a setting; did you mean upstream_url?",
        ),
        ("[proxy]\nguard = {}\n", "[proxy] guard is not a setting"),
        ("[proxy]\nzzz = 1\n", "[proxy] zzz is not a setting (every setting: docs/settings.md)"),
    ],
)
def test_an_unknown_file_key_is_refused_with_a_suggestion(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load({}, text, tmp_path)


# ---------------------------------------------------------------- the reference page


def test_the_reference_page_is_the_generated_one() -> None:
    """docs/settings.md is `python -m piiguard.settings`'s output (regenerate it if not)."""
    checked_in = (ROOT / "docs" / "settings.md").read_text()
    assert checked_in == render_reference(), (
        "docs/settings.md is stale: run `python -m piiguard.settings > docs/settings.md`"
    )


def test_the_page_lists_every_setting_with_form_default_and_description() -> None:
    page = render_reference()
    settings = all_settings()
    # retry_after_seconds is a guard and a proxy setting: one variable serves both.
    assert {s.variable for s in settings} == VARIABLES
    for s in settings:
        row = next(line for line in page.splitlines() if line.startswith(f"| `{s.variable}` |"))
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert cells[1] == f"`{s.name}`"
        assert cells[2] and cells[3] and len(cells[4]) > 10, row
    assert "< `PIIGUARD_*` environment variables < command-line flags" in page
    for name in (*OTHER_VARIABLES, *DEPRECATED_VARIABLES):
        assert f"`{name}`" in page


def test_a_field_without_a_docstring_cannot_be_documented() -> None:
    from dataclasses import dataclass

    from piiguard.settings import field_docs

    @dataclass
    class Example:
        documented: int = 1
        """What it does."""
        bare: int = 2

    assert field_docs(Example) == {"documented": "What it does."}


def test_the_readme_points_to_the_reference_page() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    assert "docs/settings.md" in section


# ---------------------------------------------------------------- every command, one environment


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--demo"],
        ["serve", "--demo-bot"],
        ["proxy", "--upstream", "http://127.0.0.1:9"],
        ["retention", "--jsonl", "unused.jsonl"],
    ],
)
def test_every_command_refuses_a_misspelt_variable(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from piiguard.cli import main

    monkeypatch.setenv("PIIGUARD_DETECTR", "patterns")
    assert main(argv) == 2
    assert "PIIGUARD_DETECTR; did you mean PIIGUARD_DETECTOR?" in capsys.readouterr().err


def test_the_middleware_refuses_a_misspelt_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIIGUARD_REDACT_REPLIES", "1")
    with pytest.raises(ConfigError, match="PIIGUARD_REDACT_REPLIES"):
        GuardConfig.from_env()


def toml_examples() -> list[tuple[str, str]]:
    found = [("examples/proxy_config.toml", (ROOT / "examples/proxy_config.toml").read_text())]
    for name in ("README.md", "docs/deploy.md"):
        blocks = re.findall(r"```toml\n(.*?)```", (ROOT / name).read_text(), re.S)
        found += [(f"{name}#{i}", block) for i, block in enumerate(blocks)]
    return found


@pytest.mark.parametrize(("where", "text"), toml_examples(), ids=[w for w, _ in toml_examples()])
def test_every_config_file_the_docs_show_passes_the_checks(
    where: str, text: str, tmp_path: Path
) -> None:
    from piiguard.proxy.config import read_config_file

    path = tmp_path / "example.toml"
    path.write_text(text)
    proxy, guard = read_config_file(path)
    assert proxy or guard, where
