"""Read an env file (`deploy/piiguard.env.example`) as the deploy tests need it: one
`KEY=value` a line, blank lines and `#` comments left out, the value as written."""

from __future__ import annotations

from pathlib import Path


def env_file(path: Path) -> dict[str, str]:
    """The `KEY=value` lines of `path`, by key."""
    values = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value
    return values
