"""`piiguard vault rekey`: seal every stored vault value with the current key.

`DESCRIPTION` is the command's `--help` text; `add_arguments(parser)` and
`run(args) -> int` plug it into the `piiguard` command (piiguard/cli.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Mapping

from piiguard.config import GuardConfig
from piiguard.exceptions import ConfigError, VaultError
from piiguard.proxy.config import load_guard_config
from piiguard.settings import DEPRECATED_VARIABLES
from piiguard.vault import RekeyReport

DESCRIPTION = """\
Seal every value the vault holds in Redis with the current vault key, so an old key
can be dropped. It reads the server's own settings (the same PIIGUARD_* variables and
config file, --config or PIIGUARD_CONFIG): PIIGUARD_REDIS_URL, PIIGUARD_REDIS_PREFIX,
PIIGUARD_SECRET_KEY, PIIGUARD_VAULT_KEY and PIIGUARD_VAULT_OLD_KEYS.

Rotating the vault key:

  1. set the new key as PIIGUARD_VAULT_KEY and the old one in PIIGUARD_VAULT_OLD_KEYS,
     and restart every piiguard (new values are sealed with the new key, old ones
     still open);
  2. run `piiguard vault rekey` with the same settings: each value sealed with an old
     key is opened and sealed again with the current one, in place (a value written
     or erased meanwhile is left as it is now; TTLs are kept);
  3. when it reports nothing left under old keys, remove the old key and restart.

The keys are checked first, as the server does at start (a wrong key refuses to run).
Prints one JSON line of counts and key ids (never a value or a session); exits 0 when
every value is sealed with the current key, 1 when some are left (sealed with a key id
that is not configured, or not opening), 2 when a setting is wrong or Redis cannot be
reached. Running it again is harmless.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `vault rekey` options to `parser`."""
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="the server's TOML config file (default: PIIGUARD_CONFIG); its [guard] table is read",
    )


def run(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> int:
    """Re-key the vault the server's settings name; prints the report as one JSON line."""
    env = os.environ if environ is None else environ
    try:
        current = {k: v for k, v in env.items() if k not in DEPRECATED_VARIABLES}
        config = load_guard_config(config_file=args.config, environ=current)
        if not config.redis_url:
            raise ConfigError(
                "PIIGUARD_REDIS_URL is not set: only a Redis vault outlives a restart "
                "(an in-memory vault has nothing to re-key)"
            )
        report = asyncio.run(_rekey(config))
    except (ConfigError, VaultError) as exc:
        print(f"piiguard vault rekey: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict()))
    if not report.complete:
        print(
            "piiguard vault rekey: some values are not sealed with the current key "
            "(missing_key_ids: configure those keys in PIIGUARD_VAULT_OLD_KEYS and run it "
            "again, or wait until vault_ttl_seconds has ended their sessions; do not drop "
            "a key that still has values)",
            file=sys.stderr,
        )
        return 1
    return 0


async def _rekey(config: GuardConfig) -> RekeyReport:
    from piiguard.pipeline import build_vault
    from piiguard.vault import RedisVault

    vault = build_vault(config)
    if not isinstance(vault, RedisVault):  # a redis_url always builds one
        raise ConfigError("PIIGUARD_REDIS_URL did not give a Redis vault")
    try:
        await vault.check_keys()
        return await vault.rekey()
    finally:
        await vault.aclose()
