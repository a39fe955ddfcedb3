"""Command-line entry points: `piiguard proxy ...` and `piiguard serve --demo`.

`add_proxy_parser` and `add_serve_parser` plug into the `piiguard` command's
subparsers; each sets `run`, which takes the parsed arguments (and the command's
streams, unused here) and returns an exit code.

    piiguard proxy --upstream http://127.0.0.1:8000 --port 8080 --workers 2
    piiguard proxy --log-format json      # JSON lines on stderr (timestamps in UTC)
    piiguard serve --demo
    piiguard serve --demo-bot --training-log /data/training.jsonl   # the demo bot alone
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
from piiguard.logs import LOG_FORMATS, LOG_LEVELS, configure_logging, format_line, logging_config

logger = logging.getLogger("piiguard.proxy")


def _add_log_options(parser: argparse.ArgumentParser, default_level: str) -> None:
    parser.add_argument("--log-level", choices=LOG_LEVELS, default=default_level)
    parser.add_argument(
        "--log-format",
        choices=LOG_FORMATS,
        default="text",
        help="text: timestamped lines; json: one JSON object per line (default text)",
    )


def add_proxy_parser(subparsers: Any) -> None:
    """Add `piiguard proxy`: the sidecar in front of an OpenAI-compatible upstream."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "proxy",
        help="run the OpenAI-compatible PII-masking proxy in front of a chatbot",
        description=(
            "Run the sidecar proxy: requests to /v1/chat/completions are masked before they "
            "reach the upstream, and replies are restored. Every option can also come from "
            "PIIGUARD_* environment variables (PIIGUARD_UPSTREAM_URL, PIIGUARD_PORT, ...) or "
            "a TOML file with [proxy] and [guard] tables: every setting and the precedence "
            "in docs/settings.md."
        ),
    )
    parser.add_argument("--upstream", dest="upstream_url", metavar="URL", help="upstream base URL")
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 8080)")
    parser.add_argument(
        "--workers",
        type=_workers,
        default=None,
        help="worker processes, or 'auto' for one per CPU core (default 1)",
    )
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
    _add_log_options(parser, "info")
    parser.set_defaults(run=run_proxy)


def add_serve_parser(subparsers: Any) -> None:
    """Add `piiguard serve --demo`: the proxy plus a built-in learning chatbot."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="run the demo: the proxy in front of a built-in learning chatbot",
        description=(
            "With --demo: start the proxy and a small built-in learning chatbot on loopback "
            "(no Redis, no model server) and print a curl example. With --demo-bot: the "
            "chatbot alone (as the compose file runs it), learning from the training file "
            "a proxy's consent gate writes (--training-log). The demo's guard takes the "
            "other PIIGUARD_* guard settings from the environment (docs/settings.md)."
        ),
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--demo", action="store_true", help="run the built-in demo")
    mode.add_argument(
        "--demo-bot", action="store_true", help="run only the demo chatbot (on --bot-port)"
    )
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
        "--training-log",
        metavar="FILE",
        default=None,
        help="the consent gate's training file, which the bot learns from "
        "(default: one in a temporary folder, removed on exit)",
    )
    _add_log_options(parser, "warning")
    parser.set_defaults(run=run_serve)


def _workers(text: str) -> int:
    from piiguard.proxy.config import workers_setting

    try:
        workers = workers_setting(text)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if workers <= 0:
        raise argparse.ArgumentTypeError("workers must be a positive number or 'auto'")
    return workers


def run_proxy(args: argparse.Namespace, streams: object = None) -> int:
    """Start the proxy under uvicorn (worker processes with `--workers N`)."""
    import uvicorn

    from piiguard.proxy.app import create_app
    from piiguard.proxy.config import CONFIG_FILE_ENV, ProxyConfig

    log_config = logging_config(args.log_level, args.log_format)

    def refuse(exc: Exception) -> None:
        # In the log format (JSON lines stay JSON), without configuring this process yet.
        line = format_line(args.log_format, logging.ERROR, logger.name, str(exc))
        print(line, file=sys.stderr)

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
    except PiiGuardError as exc:
        refuse(exc)
        return 2 if isinstance(exc, ConfigError) else 1
    # From here on the process serves: its logging is ours (timestamps, the format).
    configure_logging(args.log_level, args.log_format)
    if config.workers == 1:
        try:
            app = create_app(config, freeze_after_start=True)
        except PiiGuardError as exc:  # e.g. the configured NER model is missing
            logger.error("%s", exc)
            return 2 if isinstance(exc, ConfigError) else 1
    common: dict[str, Any] = {
        "host": config.host,
        "port": config.port,
        "lifespan": "on",  # a guard that cannot start must stop the server
        "log_level": args.log_level,
        "log_config": log_config,  # applied again in each worker process
        "proxy_headers": False,
        # httptools (a dependency) and uvloop when installed (the `fast` extra): an HTTP
        # parser and event loop in C cost less CPU per request than h11's and asyncio's.
        "loop": "auto",
        "http": "auto",
        # uvicorn's access log writes raw query strings, which may carry personal data.
        "access_log": False,
    }
    if config.workers == 1:
        uvicorn.run(app, **common)
        return 0
    if not config.guard.redis_url:
        logger.warning(
            "several workers without PIIGUARD_REDIS_URL keep one vault each; a session's "
            "placeholders are only restored by the worker that made them. Set "
            "PIIGUARD_REDIS_URL (and PIIGUARD_SECRET_KEY) to share one vault."
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
    """Run the built-in demo (`--demo`) or its chatbot alone (`--demo-bot`)."""
    if not (args.demo or args.demo_bot):
        print(
            "piiguard serve: only --demo and --demo-bot are available here; to guard your "
            "own chatbot run `piiguard proxy --upstream URL`",
            file=sys.stderr,
        )
        return 2
    from piiguard.proxy.demo import run_demo, run_demo_bot
    from piiguard.settings import check_environment

    try:
        check_environment(os.environ)  # the proxy's variables, refused when misspelt
    except ConfigError as exc:
        print(format_line(args.log_format, logging.ERROR, logger.name, str(exc)), file=sys.stderr)
        return 2
    configure_logging(args.log_level, args.log_format)
    with contextlib.suppress(KeyboardInterrupt):
        if args.demo_bot:
            asyncio.run(
                run_demo_bot(host=args.host, port=args.bot_port, training_log=args.training_log)
            )
        else:
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
