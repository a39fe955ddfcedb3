"""The `piiguard` command line.

    piiguard detect < messages.jsonl      # JSON Lines {"id", "text"} (or plain lines) in,
                                          # {"id", "spans": [...]} out; progress and a
                                          # throughput summary on stderr (a terminal)
                                          # (a span's "alternatives": other labels of the
                                          # same value, when there are any)
    piiguard mask "call me on +49 30 901820"
    piiguard mask --request DATE_TIME "see you on 21.05.2027 at 14:30"   # dates too
    echo "my pin is 4921" | piiguard mask --operator redact
    piiguard token --subject user-42 --audience https://chat.example/piiguard --ttl 600

Each subcommand lives in a `_add_<name>` function that registers its parser and
sets `run`; `COMMANDS` lists them, so adding one (serve, proxy, ...) is one
function and one list entry. Detectors default to `Detector.default()` (patterns
plus the NER model); `--patterns-only` chooses the validated patterns alone, and
a model that cannot load is an error, never a silent downgrade. Errors name the
input line but never echo its content.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from piiguard import __version__
from piiguard._types import Span
from piiguard.exceptions import PiiGuardError
from piiguard.proxy.cli import add_proxy_parser, add_serve_parser

SECRET_KEY_ENV = "PIIGUARD_SECRET_KEY"
"""Environment variable holding the HMAC key of the `hash` operator."""

DEFAULT_BATCH_SIZE = 32
"""Lines detected together (lets the NER model batch); output is flushed after each batch."""


@dataclass(frozen=True, slots=True)
class Streams:
    """The standard streams a command reads and writes (taken from `sys` at call time)."""

    stdin: IO[str]
    stdout: IO[str]
    stderr: IO[str]

    @classmethod
    def current(cls) -> Streams:
        return cls(sys.stdin, sys.stdout, sys.stderr)

    def error(self, message: str) -> None:
        print(f"piiguard: error: {message}", file=self.stderr)


Command = Callable[[argparse.Namespace, Streams], int]
_SubParsers = Any  # argparse's private _SubParsersAction


# ---------------------------------------------------------------- shared options


def _detector_options() -> argparse.ArgumentParser:
    """Options every detecting subcommand shares (used as an argparse parent)."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("detection")
    group.add_argument(
        "--patterns-only",
        action="store_true",
        help="use the validated pattern recognizers only (no NER model)",
    )
    group.add_argument("--model-dir", help="directory of the NER model (default: the shipped one)")
    group.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="LABEL",
        help="do not report this label (repeatable)",
    )
    group.add_argument(
        "--request",
        action="append",
        default=[],
        metavar="LABEL",
        help="report every value of this label, not only a person's (repeatable): "
        "DATE_TIME finds every date and time, which is off by default",
    )
    group.add_argument(
        "--min-score", type=float, default=None, help="minimum score for every label (0-1)"
    )
    group.add_argument(
        "--max-input-chars", type=int, default=None, help="longest text accepted per message"
    )
    return parent


def _build_detector(args: argparse.Namespace) -> Any:
    from piiguard.detection.engine import Detector

    options: dict[str, Any] = {
        "disabled_labels": set(args.disable),
        "requested_labels": set(args.request),
    }
    if args.min_score is not None:
        options["default_min_score"] = args.min_score
    if args.max_input_chars is not None:
        options["max_input_chars"] = args.max_input_chars
    if args.patterns_only:
        return Detector.patterns(**options)
    try:
        return Detector.default(model_dir=args.model_dir, **options)
    except ImportError as exc:
        raise PiiGuardError(
            f"the NER model is not available ({type(exc).__name__}); "
            "pass --patterns-only to run the validated patterns alone"
        ) from None


# ---------------------------------------------------------------- detect


NOT_TEXT = "not UTF-8 text"
"""The error for a line holding bytes that are not UTF-8 (or a lone surrogate escape):
no detector reads it and no stream could write it back; the line is never shown."""


def is_text(text: str) -> bool:
    """Whether `text` is text UTF-8 can hold (no lone surrogates).

    >>> is_text("zoë"), is_text("bad " + chr(0xDCFF) + " byte")
    (True, False)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    id: Any
    text: str


def _parse_lines(
    lines: Iterable[str], fmt: str, streams: Streams, errors: list[int]
) -> Iterator[_Line]:
    """Input lines as (number, id, text); bad lines are reported on stderr and counted."""
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if not is_text(line):
            streams.error(f"line {number}: {NOT_TEXT}")
            errors.append(number)
            continue
        if fmt == "text" or (fmt == "auto" and not line.lstrip().startswith("{")):
            yield _Line(number, number, line)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            streams.error(f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
            errors.append(number)
            continue
        if not isinstance(record, dict):
            streams.error(f"line {number}: expected a JSON object with a 'text' field")
            errors.append(number)
            continue
        text = record.get("text")
        if not isinstance(text, str):
            streams.error(f"line {number}: 'text' is missing or not a string")
            errors.append(number)
            continue
        ident = record.get("id", number)
        # An id of any JSON type is written back out: a "\udcff" escape in it (in a
        # list, as a key) is no more text than in `text`.
        if not is_text(text) or not is_text(json.dumps(ident, ensure_ascii=False)):
            streams.error(f"line {number}: {NOT_TEXT}")  # a "\udcff" escape
            errors.append(number)
            continue
        yield _Line(number, ident, text)


def _batches(lines: Iterator[_Line], size: int) -> Iterator[list[_Line]]:
    batch: list[_Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


PROGRESS_INTERVAL_SECONDS = 0.5
"""How often `piiguard detect` redraws its progress line."""


def _input_size(stream: IO[str]) -> int | None:
    """Size in bytes of the input when it is a regular file (for a percentage), else None."""
    try:
        info = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


_REDRAW = "\r\033[Kpiiguard detect: "  # back to the line's start, erase it


class _Progress:
    """Lines and bytes read so far, redrawn on one stderr line; a summary at the end.

    Counts only: never a line's content.
    """

    def __init__(self, stderr: IO[str], total_bytes: int | None) -> None:
        self._stderr = stderr
        self._total = total_bytes
        self._started = time.perf_counter()
        self._drawn = self._started
        self.lines = 0
        self.bytes = 0

    def read(self, lines: Iterable[str]) -> Iterator[str]:
        """Pass `lines` through, counting them."""
        for line in lines:
            self.lines += 1
            self.bytes += len(line.encode("utf-8", "surrogateescape"))
            yield line

    def draw(self) -> None:
        now = time.perf_counter()
        if now - self._drawn < PROGRESS_INTERVAL_SECONDS:
            return
        self._drawn = now
        rate = self.lines / max(now - self._started, 1e-9)
        share = f" ({100 * self.bytes / self._total:.0f}%)" if self._total else ""
        self._stderr.write(f"{_REDRAW}{self.lines:,} lines{share}, {rate:,.0f} lines/s")
        self._stderr.flush()

    def summary(self, errors: int) -> None:
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._stderr.write(
            f"{_REDRAW}{self.lines:,} lines ({errors:,} failed) in {elapsed:.2f} s: "
            f"{self.lines / elapsed:,.0f} lines/s, {self.bytes / elapsed / 1e6:,.2f} MB/s\n"
        )
        self._stderr.flush()


def _wants_progress(setting: str, streams: Streams) -> bool:
    if setting != "auto":
        return setting == "always"
    # A file or a pipe read while someone watches the terminal; not an interactive session.
    return streams.stderr.isatty() and not streams.stdin.isatty()


def _span_record(span: Span) -> dict[str, Any]:
    """A span as `piiguard detect` writes it; `alternatives` only when there are any (the
    other labels the same characters read as, `Span.alternatives`)."""
    record: dict[str, Any] = {
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "score": span.score,
    }
    if span.alternatives:
        record["alternatives"] = list(span.alternatives)
    return record


def _run_detect(args: argparse.Namespace, streams: Streams) -> int:
    detector = _build_detector(args)
    errors: list[int] = []
    progress = None
    source: Iterable[str] = streams.stdin
    if _wants_progress(args.progress, streams):
        progress = _Progress(streams.stderr, _input_size(streams.stdin))
        source = progress.read(source)
    lines = _parse_lines(source, args.format, streams, errors)
    # Someone typing at a terminal wants each answer at once; pipes get batches.
    batch_size = 1 if streams.stdin.isatty() else max(1, args.batch_size)
    for batch in _batches(lines, batch_size):
        too_long = [line for line in batch if len(line.text) > detector.max_input_chars]
        for line in too_long:
            streams.error(
                f"line {line.number}: text of {len(line.text)} characters exceeds "
                f"max_input_chars={detector.max_input_chars}"
            )
            errors.append(line.number)
        ok = [line for line in batch if len(line.text) <= detector.max_input_chars]
        for line, spans in zip(ok, detector.detect_batch([x.text for x in ok]), strict=True):
            record = {"id": line.id, "spans": [_span_record(s) for s in spans]}
            streams.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        streams.stdout.flush()
        if progress is not None:
            progress.draw()
    if progress is not None:
        progress.summary(len(errors))
    if errors:
        streams.error(f"{len(errors)} input line(s) could not be processed")
        return 1
    return 0


def _add_detect(subparsers: _SubParsers) -> None:
    parser = subparsers.add_parser(
        "detect",
        parents=[_detector_options()],
        help="find personal data: JSON Lines (or plain lines) in, spans out",
        description=(
            'Reads JSON Lines {"id": ..., "text": ...} or plain text lines on stdin and '
            'writes {"id": ..., "spans": [{"start", "end", "label", "score"}]} per line; '
            "a value that reads as more than one type (a number that is a valid NHS "
            'number and a valid Korean BRN) also lists the other labels in "alternatives". '
            "Plain lines get their line number as id. Bad lines are reported on stderr "
            "with their line number and make the exit status 1."
        ),
    )
    parser.add_argument(
        "--format",
        choices=("auto", "jsonl", "text"),
        default="auto",
        help="input format (auto: lines starting with '{' are JSON)",
    )
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress and a throughput summary on stderr (auto: when stderr is a terminal "
        "and the input is not)",
    )
    parser.add_argument(
        "--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help=argparse.SUPPRESS
    )
    parser.set_defaults(run=_run_detect)


# ---------------------------------------------------------------- mask


def _run_mask(args: argparse.Namespace, streams: Streams) -> int:
    from piiguard.masking import Masker, MaskingPolicy
    from piiguard.vault import MemoryVault

    key = args.key if args.key is not None else os.environ.get(SECRET_KEY_ENV)
    if args.operator == "hash" and not key:
        streams.error(f"the hash operator needs an HMAC key: set {SECRET_KEY_ENV} or pass --key")
        return 2
    policy = MaskingPolicy(default=args.operator, hash_key=key.encode() if key else None)
    detector = _build_detector(args)
    texts = [" ".join(args.text)] if args.text else streams.stdin.read().splitlines()
    for number, text in enumerate(texts, start=1):
        if not is_text(text):
            streams.error(f"line {number}: {NOT_TEXT}")
            return 1
        if len(text) > detector.max_input_chars:
            streams.error(
                f"line {number}: text of {len(text)} characters exceeds "
                f"max_input_chars={detector.max_input_chars}"
            )
            return 1
    spans = detector.detect_batch(texts)
    masker = Masker(policy, MemoryVault())
    masked = asyncio.run(masker.mask_many(texts, spans, session_id="cli"))
    for item in masked:
        streams.stdout.write(item.text + "\n")
    streams.stdout.flush()
    return 0


def _add_mask(subparsers: _SubParsers) -> None:
    parser = subparsers.add_parser(
        "mask",
        parents=[_detector_options()],
        help="mask personal data in text (arguments, or stdin line by line)",
        description=(
            "Masks the text given as arguments, or each line of stdin. Placeholders are "
            "numbered consistently across the whole input."
        ),
    )
    parser.add_argument("text", nargs="*", help="text to mask (default: read stdin)")
    parser.add_argument(
        "--operator",
        choices=("placeholder", "redact", "hash", "partial"),
        default="placeholder",
        help="placeholder: <PERSON_1>; redact: [PERSON]; hash: keyed HMAC token; "
        "partial: keep the last four characters",
    )
    parser.add_argument(
        "--key", default=None, help=f"HMAC key for --operator hash (default: ${SECRET_KEY_ENV})"
    )
    parser.set_defaults(run=_run_mask)


def _add_retention(subparsers: _SubParsers) -> None:
    from piiguard.training import retention

    parser = subparsers.add_parser(
        "retention",
        help="delete training records past their retention deadline (run it from cron)",
        description=retention.DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    retention.add_arguments(parser)
    parser.set_defaults(run=lambda args, streams: retention.run(args))


def _add_vault(subparsers: _SubParsers) -> None:
    from piiguard import vault_rekey

    parser = subparsers.add_parser(
        "vault",
        help="maintain the vault in Redis (rekey: seal every value with the current key)",
        description="Maintain the vault in Redis.",
    )
    actions = parser.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    rekey = actions.add_parser(
        "rekey",
        help="seal every stored value with the current vault key (then drop the old one)",
        description=vault_rekey.DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    vault_rekey.add_arguments(rekey)
    rekey.set_defaults(run=lambda args, streams: vault_rekey.run(args))


TOKEN_SECRET_ENV = "PIIGUARD_SUBJECT_TOKEN_SECRET"
"""Environment variable holding the secret that signs subject tokens."""
TOKEN_AUDIENCE_ENV = "PIIGUARD_SUBJECT_TOKEN_AUDIENCE"
"""Environment variable naming the audience (the proxy's `subject_token_audience`)."""


def _run_token(args: argparse.Namespace, streams: Streams) -> int:
    from piiguard.auth import mint_subject_token

    if args.secret_file:
        try:
            with open(args.secret_file, encoding="utf-8") as fh:
                secret = fh.read().strip()
        except OSError as exc:
            streams.error(f"cannot read {args.secret_file}: {exc.strerror}")
            return 2
    else:
        secret = os.environ.get(TOKEN_SECRET_ENV, "")
    if not secret:
        streams.error(f"no secret: set {TOKEN_SECRET_ENV} or pass --secret-file FILE")
        return 2
    audience = args.audience or os.environ.get(TOKEN_AUDIENCE_ENV, "")
    if not audience:
        streams.error(
            f"no audience: pass --audience (the proxy's subject_token_audience) or set "
            f"{TOKEN_AUDIENCE_ENV}"
        )
        return 2
    try:
        token = mint_subject_token(
            secret, args.subject, audience=audience, issuer=args.issuer, ttl_seconds=args.ttl
        )
    except ValueError as exc:  # ConfigError included: the secret is too short
        streams.error(str(exc))
        return 2
    print(token, file=streams.stdout)
    return 0


def _add_token(subparsers: _SubParsers) -> None:
    parser = subparsers.add_parser(
        "token",
        help="mint a signed subject token (X-PiiGuard-Subject-Token), e.g. to test a front end",
        description=(
            "Print a token (an HS256 JWT) saying 'the bearer is SUBJECT, for AUDIENCE' until "
            "now + TTL seconds, signed with the proxy's subject_token_secret (from "
            f"{TOKEN_SECRET_ENV} or --secret-file). Send it as the X-PiiGuard-Subject-Token "
            "header. It carries a random id (jti): it may make one change (consent, a "
            "restriction, an erasure), and read and chat until it expires (the proxy takes "
            "tokens of at most subject_token_max_lifetime_seconds, an hour by default, and "
            "an export only from one minted in the last subject_token_export_max_age_seconds)."
        ),
    )
    parser.add_argument("--subject", required=True, help="the data subject the token names")
    parser.add_argument(
        "--audience",
        default="",
        help=f"the proxy's subject_token_audience (default: {TOKEN_AUDIENCE_ENV})",
    )
    parser.add_argument("--issuer", default="", help="an issuer (`iss`), if the proxy wants one")
    parser.add_argument("--ttl", type=float, default=3600.0, help="seconds valid (default 3600)")
    parser.add_argument(
        "--secret-file", metavar="FILE", help=f"read the secret here, not {TOKEN_SECRET_ENV}"
    )
    parser.set_defaults(run=_run_token)


# ---------------------------------------------------------------- entry point

COMMANDS: list[Callable[[_SubParsers], None]] = [_add_detect, _add_mask]
"""Subcommand registrars, in the order `--help` lists them."""
COMMANDS += [add_serve_parser, add_proxy_parser, _add_retention, _add_vault, _add_token]


def build_parser() -> argparse.ArgumentParser:
    """The `piiguard` argument parser with every subcommand in `COMMANDS`."""
    parser = argparse.ArgumentParser(prog="piiguard", description="A PII guard for chat services.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for register in COMMANDS:
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failed input, 2 usage)."""
    args = build_parser().parse_args(argv)
    # Bytes that are not UTF-8 are read as lone surrogates, never a decoding error in
    # the middle of a file; each command refuses such a line by its number (`is_text`).
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="surrogateescape")
    streams = Streams.current()
    run: Command = args.run
    try:
        return run(args, streams)
    except PiiGuardError as exc:
        streams.error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); not an error of ours.
        return 0


if __name__ == "__main__":
    sys.exit(main())
