"""Every piiguard setting in one place: where it comes from, what it accepts, what it does.

The settings are the fields of two dataclasses: `GuardConfig` (the middleware, the proxy's
guard, the consent gate, `piiguard retention`) and `ProxyConfig` (the sidecar proxy). Each
is a `PIIGUARD_<NAME>` variable and a key of the TOML file's `[guard]` or `[proxy]`
table. This module lists them (`all_settings`), refuses `PIIGUARD_*` variables that are
none of them (`check_environment`), and writes the reference page:

    python -m piiguard.settings > docs/settings.md

The page is generated from the dataclasses: a field's type gives its expected form, its
default the default, and its docstring (the string under the field) the description.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError
from piiguard.proxy.config import CONFIG_FILE_ENV, ENV_PREFIX, ProxyConfig
from piiguard.setting_types import bound_of, expected_form, field_hints, suggestion

logger = logging.getLogger("piiguard.settings")

PRECEDENCE = (
    "built-in defaults < the TOML file (`--config FILE` or `PIIGUARD_CONFIG`) < "
    "`PIIGUARD_*` environment variables < command-line flags"
)
"""Where a setting's value comes from, lowest first: the one statement of the precedence.
The middleware has no file or flags: defaults < variables < the arguments of
`GuardConfig.from_env(**overrides)`."""

OTHER_VARIABLES: Mapping[str, str] = {
    CONFIG_FILE_ENV: "the TOML config file (the `--config` flag wins over it)",
    "PIIGUARD_TEST_REDIS_URL": "the Redis the test suite uses (tests/conftest.py)",
}
"""`PIIGUARD_*` variables that are not settings but are read by piiguard's own tools."""

OTHER_PREFIXES: Mapping[str, str] = {
    "PIIGUARD_LOAD_": "knobs of the load test (benchmarks/locustfile.py)",
}
"""Families of `PIIGUARD_*` variables read by piiguard's own tools."""

DEPRECATED_VARIABLES: Mapping[str, str] = {
    "PIIGUARD_TRAINING_REDIS_URL": "PIIGUARD_REDIS_URL",
    "PIIGUARD_TRAINING_JSONL": "PIIGUARD_TRAINING_JSONL_PATH",
}
"""Old variables of `piiguard retention`, still read there with a warning: old -> new."""

_CONFIGS: tuple[tuple[str, type], ...] = (("guard", GuardConfig), ("proxy", ProxyConfig))


@dataclass(frozen=True)
class Setting:
    """One setting: its field, variable, TOML table, type, default and description."""

    name: str
    table: str
    config: type
    hint: Any
    default: Any
    description: str

    @property
    def variable(self) -> str:
        return ENV_PREFIX + self.name.upper()

    @property
    def form(self) -> str:
        """The expected form of the variable's text."""
        return expected_form(self.name, self.hint, bound=bound_of(self.config, self.name))


def field_docs(cls: type) -> dict[str, str]:
    """The attribute docstrings of `cls`'s fields (the string right under each field)."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for stmt, after in itertools.pairwise(body):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[stmt.target.id] = " ".join(after.value.value.split())
    return docs


def _settings() -> Iterator[Setting]:
    for table, cls in _CONFIGS:
        docs = field_docs(cls)
        hints = field_hints(cls)
        for f in dataclasses.fields(cls):
            if not f.init or dataclasses.is_dataclass(hints[f.name]):
                continue
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            else:
                default = dataclasses.MISSING
            description = docs.get(f.name)
            if not description:
                raise ConfigError(f"{cls.__name__}.{f.name} has no docstring to document it")
            yield Setting(f.name, table, cls, hints[f.name], default, description)


@functools.cache
def all_settings() -> tuple[Setting, ...]:
    """Every setting, `GuardConfig`'s first (reads the configs' source for the docstrings)."""
    return tuple(_settings())


VARIABLES: frozenset[str] = frozenset(
    ENV_PREFIX + name.upper()
    for _, cls in _CONFIGS
    for name, hint in field_hints(cls).items()
    if not dataclasses.is_dataclass(hint)
)
"""Every setting's `PIIGUARD_*` variable."""


def check_environment(environ: Mapping[str, str]) -> None:
    """Refuse `PIIGUARD_*` variables that are no setting (with a "did you mean").

    Variables piiguard's own tools read (`OTHER_VARIABLES`, `OTHER_PREFIXES`) pass;
    deprecated ones pass with a warning.
    """
    unknown: list[str] = []
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in VARIABLES or name in OTHER_VARIABLES:
            continue
        if name.startswith(tuple(OTHER_PREFIXES)):
            continue
        if name in DEPRECATED_VARIABLES:
            logger.warning(
                "%s is deprecated and read only by `piiguard retention`: use %s",
                name,
                DEPRECATED_VARIABLES[name],
            )
            continue
        unknown.append(f"{name}{suggestion(name, VARIABLES | set(OTHER_VARIABLES))}")
    if unknown:
        raise ConfigError(
            "unknown piiguard variables: "
            + "; ".join(f"{u}" for u in unknown)
            + " (every setting: docs/settings.md)"
        )


# ---------------------------------------------------------------- the reference page


def _default_text(setting: Setting) -> str:
    value = setting.default
    if value is dataclasses.MISSING:
        return "(required)"
    if value is None:
        return "(unset)"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, tuple):
        return "`" + ",".join(value) + "`" if value else "(none)"
    if isinstance(value, Mapping):
        return "`" + ",".join(f"{k}={v}" for k, v in value.items()) + "`" if value else "(none)"
    if value == "":
        return "(empty)"
    return f"`{value}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_reference() -> str:
    """The Markdown of docs/settings.md."""
    lines = [
        "# Settings",
        "",
        "<!-- Generated by `python -m piiguard.settings > docs/settings.md`; edit the",
        "     field docstrings in piiguard/config.py and piiguard/proxy/config.py instead. -->",
        "",
        "Every setting is a `PIIGUARD_<NAME>` environment variable and a key of the TOML",
        "config file's `[guard]` or `[proxy]` table (`piiguard proxy --config FILE`, or the",
        "file `PIIGUARD_CONFIG` names). The middleware reads the `[guard]` settings with",
        "`GuardConfig.from_env()`; `piiguard proxy` reads both tables; `piiguard retention`",
        "reads the `[guard]` ones (the Redis and training-file settings) from the same",
        "environment and file.",
        "",
        f"**Precedence**, lowest first: {PRECEDENCE}.",
        "",
        "Checked at start-up: a value that does not have its setting's form stops the",
        "start with an error naming the variable or key and the form (secret values are",
        "never shown); a `PIIGUARD_*` variable or a file key that is no setting is refused",
        'with a "did you mean".',
        "",
        "Forms: booleans are `true`/`false` (variables also take `1`/`0`, `yes`/`no`,",
        "`on`/`off`); lists are comma-separated in variables and TOML arrays in the file;",
        "mappings are `LABEL=VALUE` pairs separated by commas in variables and TOML tables",
        "in the file.",
    ]
    titles = {
        "guard": "## Guard settings (`GuardConfig`, `[guard]`)",
        "proxy": "## Proxy settings (`ProxyConfig`, `[proxy]`)",
    }
    for table, _ in _CONFIGS:
        lines += [
            "",
            titles[table],
            "",
            f"| variable | `[{table}]` key | expected form | default | description |",
            "|---|---|---|---|---|",
        ]
        for s in all_settings():
            if s.table == table:
                lines.append(
                    f"| `{s.variable}` | `{s.name}` | {_cell(s.form)} | {_cell(_default_text(s))} "
                    f"| {_cell(s.description)} |"
                )
    lines += [
        "",
        "## Other variables",
        "",
        "Read by piiguard's own tools, and allowed beside the settings:",
        "",
        "| variable | what it is |",
        "|---|---|",
    ]
    lines += [f"| `{name}` | {text} |" for name, text in OTHER_VARIABLES.items()]
    lines += [f"| `{prefix}*` | {text} |" for prefix, text in OTHER_PREFIXES.items()]
    lines += [
        f"| `{old}` | deprecated: `piiguard retention` still reads it, with a warning; "
        f"use `{new}` |"
        for old, new in DEPRECATED_VARIABLES.items()
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    """`python -m piiguard.settings`: print docs/settings.md."""
    sys.stdout.write(render_reference())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
