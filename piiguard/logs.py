"""How the command line's servers write their logs: timestamped text or JSON lines.

    piiguard proxy --log-format json     # {"ts": "2026-12-05T23:59:01.123Z", "level": "INFO", ...}

`logging_config(level, fmt)` is a `logging.config.dictConfig` dictionary; the CLI
applies it and hands the same dictionary to uvicorn (`log_config=`), which applies
it again in every `--workers` process, so all processes log alike. uvicorn's own
loggers propagate to the one root handler. httpx and httpcore are held at WARNING:
their INFO lines carry request URLs (the upstream's, credentials included).

What is logged stays what the code logs: labels, counts, lengths, error type names,
never a message's text. The JSON form adds no fields from the request either.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any, Literal

LogFormat = Literal["text", "json"]
LOG_FORMATS: tuple[LogFormat, ...] = ("text", "json")
LOG_LEVELS = ("critical", "error", "warning", "info", "debug")

_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers of libraries whose INFO lines hold URLs (with userinfo, when the URL has it).
_QUIET_LOGGERS = ("httpx", "httpcore")


def _utc_timestamp(created: float) -> str:
    """ISO 8601 in UTC with milliseconds: `2026-12-05T23:59:01.123Z`."""
    seconds = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created))
    return f"{seconds}.{int(created % 1 * 1000):03d}Z"


class TextFormatter(logging.Formatter):
    """`2026-12-05T23:59:01.123Z INFO piiguard.proxy: proxy ready; ...`"""

    def __init__(self) -> None:
        super().__init__(_TEXT_FORMAT)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return _utc_timestamp(record.created)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: `ts`, `level`, `logger`, `message` (and `exception`).

    An exception is given by its type name only: a traceback's text may quote the
    values being processed.
    """

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": _utc_timestamp(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def logging_config(level: str = "info", fmt: LogFormat = "text") -> dict[str, Any]:
    """A `dictConfig` dictionary: one stderr handler on the root logger, in `fmt`.

    >>> logging_config("debug", "json")["formatters"]["default"]["()"]
    'piiguard.logs.JsonFormatter'
    """
    if fmt not in LOG_FORMATS:
        raise ValueError(f"log format must be one of {LOG_FORMATS}, not {fmt!r}")
    formatter = "piiguard.logs.JsonFormatter" if fmt == "json" else "piiguard.logs.TextFormatter"
    uvicorn_loggers = {
        name: {"handlers": [], "propagate": True}
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
    }
    quiet = {name: {"level": "WARNING"} for name in _QUIET_LOGGERS}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": {"()": formatter}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": level.upper()},
        "loggers": {**uvicorn_loggers, **quiet},
    }


def format_line(fmt: LogFormat, level: int, logger: str, message: str) -> str:
    """One log line in `fmt`, without touching the process's logging configuration.

    For the command line's own start-up errors: a command that stops before it serves
    leaves the logging of the process (a test runner's, say) as it found it.
    """
    record = logging.LogRecord(logger, level, __file__, 0, "%s", (message,), None)
    formatter = JsonFormatter() if fmt == "json" else TextFormatter()
    return formatter.format(record)


def configure_logging(level: str = "info", fmt: LogFormat = "text") -> dict[str, Any]:
    """Apply `logging_config(level, fmt)` to this process; returns the dictionary."""
    import logging.config

    config = logging_config(level, fmt)
    logging.config.dictConfig(config)
    return config
