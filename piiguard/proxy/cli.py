"""Command-line entry points: `piiguard proxy ...` and `piiguard serve --demo`.

`add_proxy_parser` and `add_serve_parser` plug into the `piiguard` command's
subparsers; each sets `run`, which takes the parsed arguments (and the command's
streams, unused here) and returns an exit code.

    piiguard proxy --upstream http://127.0.0.1:8000 --port 8080 --workers 2
    piiguard serve --demo
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from typing import Any

from piiguard.exceptions import ConfigError, PiiGuardError

_LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


def add_proxy_parser(subparsers: Any) -> None:
    """Add `piiguard proxy`: the sidecar in front of an OpenAI-compatible upstream."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "proxy",
        help="run the OpenAI-compatible PII-masking proxy in front of a chatbot",
        description=(
            "Run the sidecar proxy: requests to /v1/chat/completions are masked before they "
            "reach the upstream, and replies are restored. Every option can also come from "
            "PIIGUARD_* environment variables (PIIGUARD_UPSTREAM_URL, PIIGUARD_PORT, ...) or "
            "a TOML file with [proxy] and [guard] tables; flags win."
        ),
    )
    parser.add_argument("--upstream", dest="upstream_url", metavar="URL", help="upstream base URL")
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 8080)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default 1)")
    parser.add_argument("--config", metavar="FILE", default=None, help="TOML config file")
    parser.add_argument(
        "--client-keys-file",
        metavar="FILE",
        default=None,
        help="client keys, one per line: KEY, KEY=SUBJECT or KEY=* (see the README)",
    )
    parser.add_argument(
        "--allow-unauthenticated",
        action="store_true",
        default=None,
        help=(
            "listen on a non-loopback address without client keys (only behind a gateway "
            "that authenticates every caller)"
        ),
    )
    parser.add_argument("--log-level", choices=_LOG_LEVELS, default="info")
    parser.set_defaults(run=run_proxy)


def add_serve_parser(subparsers: Any) -> None:
    """Add `piiguard serve --demo`: the proxy plus a built-in learning chatbot."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="run the demo: the proxy in front of a built-in learning chatbot",
        description=(
            "With --demo: start the proxy and a small built-in learning chatbot on loopback "
            "(no Redis, no model server) and print a curl example."
        ),
    )
    parser.add_argument("--demo", action="store_true", help="run the built-in demo")
    parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="proxy port (default 8080)")
    parser.add_argument("--bot-port", type=int, default=8081, help="demo bot port (default 8081)")
    parser.add_argument(
        "--detector",
        choices=("default", "patterns"),
        default=None,
        help="detector (default: the NER model when installed, else patterns)",
    )
    parser.add_argument(
        "--training-log", metavar="FILE", default=None, help="also append the bot's log here"
    )
    parser.set_defaults(run=run_serve)


def run_proxy(args: argparse.Namespace, streams: object = None) -> int:
    """Start the proxy under uvicorn (worker processes with `--workers N`)."""
    import uvicorn

    from piiguard.proxy.app import create_app
    from piiguard.proxy.config import CONFIG_FILE_ENV, ProxyConfig

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    try:
        config = ProxyConfig.load(
            config_file=args.config,
            upstream_url=args.upstream_url,
            host=args.host,
            port=args.port,
            workers=args.workers,
            client_keys_file=args.client_keys_file,
            allow_unauthenticated=args.allow_unauthenticated,
        )
        if config.workers == 1:
            app = create_app(config)
    except ConfigError as exc:
        print(f"piiguard proxy: {exc}", file=sys.stderr)
        return 2
    except PiiGuardError as exc:  # e.g. the configured NER model is missing
        print(f"piiguard proxy: {exc}", file=sys.stderr)
        return 1
    common: dict[str, Any] = {
        "host": config.host,
        "port": config.port,
        "lifespan": "on",  # a guard that cannot start must stop the server
        "log_level": args.log_level,
        "proxy_headers": False,
        # uvicorn's access log writes raw query strings, which may carry personal data.
        "access_log": False,
    }
    if config.workers == 1:
        uvicorn.run(app, **common)
        return 0
    if not config.guard.redis_url:
        print(
            "piiguard proxy: warning: several workers without PIIGUARD_REDIS_URL keep one "
            "vault each; a session's placeholders are only restored by the worker that made "
            "them. Set PIIGUARD_REDIS_URL (and PIIGUARD_SECRET_KEY) to share one vault.",
            file=sys.stderr,
        )
    # Workers are separate processes that build their app from the environment.
    os.environ.update(config.to_environ())
    if args.config:
        os.environ[CONFIG_FILE_ENV] = os.path.abspath(args.config)
    uvicorn.run(
        "piiguard.proxy.app:app_from_environment",
        factory=True,
        workers=config.workers,
        **common,
    )
    return 0


def run_serve(args: argparse.Namespace, streams: object = None) -> int:
    """Run the built-in demo (`--demo`)."""
    if not args.demo:
        print(
            "piiguard serve: only --demo is available here; to guard your own chatbot run "
            "`piiguard proxy --upstream URL`",
            file=sys.stderr,
        )
        return 2
    from piiguard.proxy.demo import run_demo

    logging.basicConfig(level="WARNING", format="%(levelname)s %(name)s: %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(
            run_demo(
                host=args.host,
                port=args.port,
                bot_port=args.bot_port,
                detector=args.detector,
                training_log=args.training_log,
            )
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m piiguard.proxy {proxy,serve} ...` (the same parsers as `piiguard`)."""
    parser = argparse.ArgumentParser(prog="python -m piiguard.proxy")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_proxy_parser(subparsers)
    add_serve_parser(subparsers)
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code
