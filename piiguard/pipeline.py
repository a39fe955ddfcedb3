"""The request path, in order, each step called once:

detect -> mask -> consent gate -> (upstream: the app or the proxied bot) -> restore -> reply guard.

`Guard` holds the parts (built from a `GuardConfig`, or handed in for tests)
and offers the two halves an adapter (the middleware) needs: `protect()` for a
request body and `outbound()` for its reply. Steps do not import each other; only this
module knows the order.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Collection, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, urlencode

from piiguard import context
from piiguard._types import CREDENTIAL, CREDIT_CARD, Span
from piiguard.chat_format import (
    FREE_TEXT_KEYS,
    STRUCTURAL_KEYS,
    TOKEN_KEYS,
    field_words,
    json_text_fields,
    opening_document,
    requote_json,
    role_of,
    seed_numbers,
    turn_of,
    with_placeholder_instruction,
)
from piiguard.config import GuardConfig
from piiguard.consent.stated_age import youngest_stated_age
from piiguard.detection.cache import SpanCache
from piiguard.detection.engine import Detector
from piiguard.detection.policy import PersonalDataPolicy
from piiguard.detection.recognizers._id_number import asks_for_reference, drop_lone_ids
from piiguard.detection.recognizers.credential import asks_for_code
from piiguard.detection.recognizers.id_numbers import id_number_labels
from piiguard.detection.recognizers.keyed_ids import answer_with_document, asks_for_document
from piiguard.detection.runner import DetectionRunner
from piiguard.exceptions import (
    DocumentNotExaminedError,
    InputTooLongError,
    ProcessingRestrictedError,
    VaultError,
)
from piiguard.masking import Masker, MaskingPolicy
from piiguard.metrics import Metrics
from piiguard.pseudonym import pseudonym
from piiguard.reply_guard import GuardedReply, ReplyGuard, ReplyPolicy
from piiguard.reply_stream import StreamLimits
from piiguard.restoring import StreamRestorer, restore_pieces, restorer, warm_up
from piiguard.vault import PLACEHOLDER_RE, MemoryVault, RedisVault, Vault
from piiguard.walker import Leaf, PathPart, Walker
from piiguard.wildcard import matches

if TYPE_CHECKING:
    from piiguard.consent.gate import ConsentGate

logger = logging.getLogger("piiguard")

_STARTUP_TIMEOUT_SECONDS = 60.0
"""Deadline of the start-up warm-ups (model load, label regex compile)."""


class TextStream(Protocol):
    """A reply guard's view of one streamed reply (see `piiguard.reply_guard.GuardedStream`).

    `try_feed` and `try_flush` decide inline when they can (None: the model is needed,
    call `feed` or `flush` off the event loop); `counts` holds the values masked so far,
    by label.
    """

    counts: dict[str, int]

    def feed(self, chunk: str) -> str: ...
    def try_feed(self, chunk: str) -> str | None: ...
    def flush(self) -> str: ...
    def try_flush(self) -> str | None: ...


class ReplyChecker(Protocol):
    """What the pipeline needs of a reply guard (see `piiguard.reply_guard.ReplyGuard`)."""

    def check(self, text: str, own_values: Collection[str]) -> GuardedReply: ...
    def check_pieces(
        self, pieces: Sequence[str], own_values: Collection[str]
    ) -> list[GuardedReply]: ...
    def stream(self, own_values: Collection[str]) -> TextStream: ...


class TrainingGate(Protocol):
    """What the pipeline needs of the consent gate (see `piiguard.consent.gate`)."""

    async def submit_masked(
        self,
        *,
        subject_id: str,
        texts: Sequence[str],
        session_id: str | None = None,
        started_at: float | None = None,
        stated_age: int | None = None,
    ) -> str:
        """Write the masked turn if consent allows; returns the decision's reason code.

        `started_at`: when the request began; a turn sent before the subject's latest
        erasure is never written. `stated_age`: the youngest age the writer stated as
        their own in the turn's original texts; under the minor age, the turn is never
        written and the subject is marked a minor."""
        ...

    async def restriction(self, subject_id: str) -> bool | None:
        """True when processing is paused for the subject; None when the store cannot say."""
        ...

    async def link_session(
        self, subject_id: str, session_id: str, *, started_at: float | None = None
    ) -> bool:
        """Link the session to the subject (export and erasure find its vault entries);
        a request that began before the subject's erasure has its session erased."""
        ...


@dataclass(frozen=True, slots=True)
class DetectionReport:
    """What was masked in one request: labels and counts, never values.

    Put on `scope["state"]["piiguard"]` for the app, the audit log and the gate.
    """

    session: str
    counts: dict[str, int] = field(default_factory=dict)
    fields: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class ProtectedBody:
    body: Any
    report: DetectionReport
    seeds: frozenset[int] = frozenset()
    """The request's seeds (`chat_format.seed_numbers`): its reply may echo them."""


def structural_keys(config: GuardConfig) -> frozenset[str]:
    """The built-in structural keys with the config's additions ("-key" removes one)."""
    added = {k for k in config.structural_keys if not k.startswith("-")}
    removed = {k[1:] for k in config.structural_keys if k.startswith("-")}
    return frozenset((STRUCTURAL_KEYS | added) - removed)


def build_policy(config: GuardConfig) -> PersonalDataPolicy:
    """What is masked, from the config's `mask_all_*` settings."""
    return PersonalDataPolicy(
        mask_all_dates=config.mask_all_dates,
        mask_all_places=config.mask_all_places,
        mask_all_names=config.mask_all_names,
    )


def build_detector(config: GuardConfig) -> Detector:
    """The request detector; the reply guard shares it, and so its policy: a date or place
    the policy lets through in a request is not in the vault, so a stricter reply check
    would mask the very places and dates the user asked about."""
    policy = build_policy(config)
    if config.detector == "patterns":
        return Detector.patterns(max_input_chars=config.max_input_chars, policy=policy)
    return Detector.default(
        model_dir=config.model_dir, max_input_chars=config.max_input_chars, policy=policy
    )


def build_consent_gate(config: GuardConfig, *, vault: Vault | None = None) -> ConsentGate | None:
    """The consent gate and training sink(s), or None when no training sink is configured.

    `vault` is where the gate erases a minor's entries."""
    if not config.training_sink:
        return None
    from piiguard.consent.build import build_gate
    from piiguard.consent.gate import GateSettings

    redis_url = config.consent_store_url
    return build_gate(
        key=config.key,
        redis_url=redis_url,
        ssl_options=config.redis_ssl_options(redis_url) if redis_url else None,
        redis_prefix=config.redis_prefix,
        sink=config.training_sink,
        jsonl_path=config.training_jsonl_path,
        audit_path=config.audit_path or None,
        vault=vault,
        settings=GateSettings(
            notice_version=config.consent_notice_version,
            require_current_notice=config.consent_require_current_notice,
            retention_days=config.training_retention_days,
            erase_on_withdrawal=config.training_erase_on_withdrawal,
            minor_age=config.consent_minor_age,
            audit_refusals_per_minute=config.audit_refusals_per_minute,
        ),
    )


def build_reply_guard(
    config: GuardConfig, detector: Detector, *, cache: SpanCache | None = None
) -> ReplyGuard:
    """The reply guard with the configured policy (shares the request detector, and
    `cache`, that detector's span cache)."""
    policy = ReplyPolicy(
        default=config.reply_default_action,
        per_label=dict(config.reply_label_actions),
        allow_values=config.reply_allow_values,
    )
    limits = StreamLimits(
        name_context_words=config.reply_name_context_words,
        lowercase_names=config.reply_lowercase_names,
        name_sentence_words=config.reply_name_sentence_words,
    )
    return ReplyGuard(detector, policy, limits=limits, cache=cache)


def build_vault(config: GuardConfig) -> Vault:
    if config.redis_url:
        from piiguard.redis_client import fast_client

        # One quick retry, then fail closed: a chat must not hang on a dead Redis.
        client = fast_client(
            config.redis_url,
            timeout_seconds=2.0,
            ssl_options=config.redis_ssl_options(config.redis_url),
        )
        return RedisVault(
            client,
            key=config.key,
            keys=config.vault_keys(),
            prefix=config.redis_prefix,
            ttl_seconds=config.vault_ttl_seconds,
            max_entries=config.vault_max_entries,
        )
    return MemoryVault(
        key=config.key,
        ttl_seconds=config.vault_ttl_seconds,
        max_sessions=config.vault_max_sessions,
        max_entries=config.vault_max_entries,
    )


async def _warn_if_erasure_leaves_bytes(sinks: Sequence[object]) -> None:
    """A warning at start when the training stream's Redis keeps erased records' bytes
    (`RedisStreamSink.node_max_entries`): erasure then hides them, but they stay in memory,
    snapshots and replicas until their stream node empties."""
    from piiguard.training.redis_stream import RedisStreamSink

    for sink in sinks:
        if not isinstance(sink, RedisStreamSink):
            continue
        per_node = await sink.node_max_entries()
        if per_node != 1:
            logger.warning(
                "the Redis holding the training stream has stream-node-max-entries %s: an "
                "erased training record is hidden from reads but its bytes stay in Redis's "
                "memory, snapshots and replicas until its stream node empties; set "
                "`stream-node-max-entries 1` on that server (README, Data at rest)",
                "unknown (CONFIG GET refused)" if per_node is None else per_node,
            )


class Guard:
    """The orchestrator: every guarded request goes through one of these.

    >>> guard = Guard(GuardConfig(detector="patterns"))   # nothing heavy happens here
    """

    def __init__(
        self,
        config: GuardConfig | None = None,
        *,
        detector: Detector | None = None,
        vault: Vault | None = None,
        reply_checker: ReplyChecker | None = None,
        gate: TrainingGate | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.config = config or GuardConfig()
        self.detector = detector or build_detector(self.config)
        self.runner = DetectionRunner(
            self.detector,
            threads=self.config.detection_threads,
            max_pending=self.config.max_pending_detections,
            timeout_seconds=self.config.detection_timeout_seconds,
            retry_after_seconds=self.config.retry_after_seconds,
        )
        self.vault = vault or build_vault(self.config)
        self.masker = Masker(
            MaskingPolicy(
                default=self.config.default_operator,
                per_label=dict(self.config.label_operators),
                hash_key=self.config.key,
            ),
            self.vault,
            placeholder_labels={
                label for r in self.detector.recognizers for label in r.labels
            },
        )
        keys = structural_keys(self.config)
        allow_documents = self.config.request_documents == "allow"
        self.walker = Walker(
            keys, passes_document=lambda media: allow_documents,
            refuse_token_ids=self.config.request_token_ids == "refuse",
        )
        # A reply's document passes only as a type the operator named to pass unread.
        passthrough = self.config.reply_passthrough_types
        # A reply's `seed` is protocol only as a seed its request sent (`outbound`).
        self.reply_walker = Walker(
            keys, passes_document=lambda media: matches(media, passthrough), seeds=frozenset()
        )
        # Protocol strings (ids, model names, object keys) are checked by the validated
        # patterns only: an e-mail put there is masked, a model name is not a PERSON, and
        # an id joined by underscores (`call_...`) is an id, not words.
        # (Requests keep max_input_chars: mask_texts checks it before detecting.)
        self.pattern_detector = Detector.patterns(
            max_input_chars=max(self.config.max_input_chars, 4096), joined_words=False
        )
        # Spans of the request detector per text (never values), shared with the reply
        # guard, which runs the same detector: a text is detected once, whichever side
        # sees it first (a system prompt, resent history, a reply quoting the request).
        self.span_cache = SpanCache(self.config.key, max_entries=self.config.detection_cache_size)
        # The same for the patterns alone (protocol strings, header values, split values).
        self.pattern_cache = SpanCache(
            self.config.key, max_entries=self.config.detection_cache_size
        )
        self.reply_checker = reply_checker
        if reply_checker is None:
            self.reply_checker = build_reply_guard(
                self.config, self.detector, cache=self.span_cache
            )
        self.structural_reply_checker: ReplyChecker = build_reply_guard(
            self.config, self.pattern_detector
        )
        self.gate = gate if gate is not None else build_consent_gate(self.config, vault=self.vault)
        self.metrics = metrics or Metrics()
        self._started = False
        self._start_lock = asyncio.Lock()
        self._background: set[asyncio.Task[Any]] = set()
        if self.config.fail_open:
            logger.warning(
                "piiguard runs FAIL-OPEN: when detection fails, raw text reaches the app"
            )

    @classmethod
    def from_config(cls, config: GuardConfig | None = None) -> Guard:
        return cls(config)

    def session_pseudonym(self, session_id: str) -> str:
        """How logs and reports name a session."""
        return pseudonym(self.config.key, session_id, purpose="session", length=12)

    async def start(self) -> None:
        """Load the model and reach the stores now, so a broken setup fails at start-up."""
        async with self._start_lock:
            if self._started:
                return
            # A warm-up detection loads the model (ModelLoadError if it cannot); it runs
            # off the loop and fails closed like a request, but with a start-up deadline:
            # loading the model and compiling the label regex on a busy machine may take
            # longer than one request's detection_timeout_seconds.
            await self.runner.run(
                self.detector.detect, "warm up: Anna Kowalski, Berlin",
                timeout_seconds=_STARTUP_TIMEOUT_SECONDS,
            )
            # The placeholder regex (restore and typed look-alikes: one label set, one
            # compiled regex) is built here, not on a chat's first reply.
            await self.runner.run(
                warm_up, self.masker.placeholder_labels, timeout_seconds=_STARTUP_TIMEOUT_SECONDS
            )
            # So are the ID labels a reply to the bot's question is checked against
            # (`_reference_answers`).
            await self.runner.run(id_number_labels, timeout_seconds=_STARTUP_TIMEOUT_SECONDS)
            if isinstance(self.vault, RedisVault):
                # Reaches Redis and proves the vault keys match (a wrong key stops here).
                await self.vault.check_keys()
            await _warn_if_erasure_leaves_bytes(getattr(self.gate, "sinks", ()))
            store = getattr(self.gate, "store", None)
            if store is not None:
                from piiguard.consent.redis import RedisConsentStore

                if isinstance(store, RedisConsentStore):
                    # Consent keys named as by earlier releases move to the current names.
                    await store.upgrade_layout()
            self._started = True

    async def ready(self) -> dict[str, bool]:
        """Readiness of each part, for `/readyz`."""
        status = {"model": self._started}
        if isinstance(self.vault, RedisVault):
            try:
                await self.vault.mapping("piiguard-readiness-check")
                status["redis"] = True
            except VaultError:
                status["redis"] = False
        return status

    async def aclose(self) -> None:
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        await self.vault.aclose()

    # -- request half ---------------------------------------------------------

    async def admit(self, *, session_id: str, subject_id: str | None) -> None:
        """A guarded request begins: called before anything of it is masked or stored.

        Restriction (GDPR Art. 18) pauses all processing for the subject: raises
        `ProcessingRestrictedError`, so a value in the query or a header is neither
        stored nor sent on either. The session is linked to the subject (off the request
        path), so export and erasure find its vault entries whatever the request carries
        (a query, a header, a system message: no user turn for the gate to link).
        """
        if subject_id is None or self.gate is None:
            return
        if await self.gate.restriction(subject_id):
            raise ProcessingRestrictedError()
        self._in_background(
            self.gate.link_session(subject_id, session_id, started_at=context.started_at())
        )

    async def protect(
        self,
        body: Any,
        *,
        session_id: str,
        subject_id: str | None,
        seam_before: str = "",
        admitted: bool = False,
        pieces: bool = False,
    ) -> ProtectedBody:
        """Mask every string of a parsed JSON document; raises `PiiGuardError`s.

        Content strings go through the whole detector, structural ones (ids, model
        names, object keys) through the validated patterns (see `piiguard.chat_format`).
        `seam_before` is the end of the user's turn before this document, sent earlier
        (a WebSocket's previous text frame): a value that crosses into the document's
        first user string is masked there, as across two turns of one chat; nothing of
        `seam_before` itself is masked or stored again.
        The request began at `context.started_at()` (now, outside an adapter): if the
        session is erased after that, its values are not stored (`SessionErasedError`).
        `admitted`: the request went through `admit` already (its restriction is checked).
        `pieces`: `body` is a list of documents that are pieces of one text each (the
        frames a client typed a few characters at a time): the strings at one place in
        consecutive items are read joined, by the whole detector, and a value found there
        is masked piece by piece (`_piece_runs`); `seam_before` meets the first piece.
        """
        started_at = context.started_at()
        # Restriction (GDPR Art. 18) pauses all processing for the subject. A store that
        # cannot answer does not stop the chat; the gate still writes nothing then.
        if (
            not admitted
            and subject_id is not None
            and self.gate is not None
            and await self.gate.restriction(subject_id)
        ):
            raise ProcessingRestrictedError()
        leaves = self.walker.leaves(body)
        content = [i for i, leaf in enumerate(leaves) if not leaf.structural]
        protocol = [i for i, leaf in enumerate(leaves) if leaf.structural and _may_hold(leaf)]
        texts = [leaf.text for leaf in leaves]
        content_paths = [leaves[i].path for i in content]
        content_texts = [texts[i] for i in content]
        runs: Sequence[Sequence[int]] = (
            _piece_runs(content_paths) if pieces else _neighbour_runs(content_paths)
        )
        refuse_split_document(
            self.walker, ["".join(content_texts[k] for k in run) for run in runs]
        )
        seams = _turn_seams(body, content_paths, runs) + _handover_seams(body, content_paths)
        answers = _reference_answers(body, content_paths, content_texts)
        documents = _answers_to(body, content_paths, content_texts, asks_for_document)

        first_user = next(
            (k for k, path in enumerate(content_paths) if role_of(body, path) in SEAM_ROLES), None
        )
        if pieces:  # what the user typed: the seam is before its first piece
            first_user = 0 if content_paths else None

        fields = [
            None if leaves[i].is_key else field_words(leaves[i].path, texts[i]) for i in content
        ]

        async def detect_content(strings: Sequence[str]) -> list[list[Span]]:
            spans = await self._detect_fields(strings, fields)
            for i, numbers in answers.items():
                spans[i] = drop_lone_ids(strings[i], spans[i], id_number_labels(), numbers)
            for i in documents:  # the bot's question is the string before (`_answers_to`)
                spans[i] = answer_with_document(strings[i - 1], strings[i], spans[i])
            if runs:
                await self._add_split_values(
                    strings, spans, runs, detect=self._detect if pieces else None
                )
            if seams:
                await self._add_seam_values(strings, spans, seams)
            if seam_before and first_user is not None:
                tail = seam_before[-SEAM_CHARS:]
                # The earlier turn's spans (by the patterns) only tell what it holds whole;
                # its pieces are not masked here: it has gone already.
                before = (await self._detect_patterns([tail]))[0]
                pair = [list(before), spans[first_user]]
                await self._add_seam_values([tail, strings[first_user]], pair, [(0, 1)])
            return spans

        masked_content, counts = await self.mask_texts(
            content_texts,
            session_id=session_id,
            detect=detect_content,
            started_at=started_at,
        )
        # A number is read after its key's words too (`{"phone": 48601234567}`), by the
        # patterns, as a short string is.
        numbers = [
            field_words(leaves[i].path, texts[i]) if leaves[i].number else None
            for i in protocol
        ]

        async def detect_protocol(strings: Sequence[str]) -> list[list[Span]]:
            return await self._detect_fields(strings, numbers, self._detect_patterns)

        masked_protocol, protocol_counts = await self.mask_texts(
            [texts[i] for i in protocol],
            session_id=session_id,
            detect=detect_protocol,
            started_at=started_at,
        )
        for label, n in protocol_counts.items():
            counts[label] = counts.get(label, 0) + n
        for indices, masked_texts in ((content, masked_content), (protocol, masked_protocol)):
            for i, masked in zip(indices, masked_texts, strict=True):
                # JSON text whose number was masked stays JSON (the placeholder quoted).
                texts[i] = requote_json(texts[i], masked)
        protected = self.walker.rebuild(body, texts)
        if self.config.placeholder_instruction and isinstance(protected, dict):
            protected = with_placeholder_instruction(protected)
        report = DetectionReport(self.session_pseudonym(session_id), counts, len(content))
        content_leaves = [leaves[i] for i in content]
        user_texts = _latest_user_turn(body, content_leaves, masked_content)
        if subject_id is not None and user_texts and self.gate is not None:
            # The age is read in what the user wrote: masking may have changed its words.
            said = _said_by_the_user(body, content_leaves, content_texts)
            if not self.config.consent_minor_from_chat:
                said = ()
            self._submit_for_training(subject_id, user_texts, session_id, started_at, said)
        return ProtectedBody(protected, report, seed_numbers(body))

    async def mask_query(self, query: str, *, session_id: str) -> str:
        """A query string with every name and value checked and masked."""
        if not query:
            return ""
        pairs = parse_qsl(query, keep_blank_values=True)
        texts = [text for pair in pairs for text in pair]
        # A value is read after its name, as a JSON field's after its key.
        fields = [
            None if k % 2 == 0 else field_words((pairs[k // 2][0],), text)
            for k, text in enumerate(texts)
        ]

        async def detect(strings: Sequence[str]) -> list[list[Span]]:
            return await self._detect_fields(strings, fields)

        masked, _ = await self.mask_texts(texts, session_id=session_id, detect=detect)
        masked = [requote_json(text, new) for text, new in zip(texts, masked, strict=True)]
        return urlencode(list(zip(masked[::2], masked[1::2], strict=True)))

    async def _add_split_values(
        self,
        texts: Sequence[str],
        spans: list[list[Span]],
        runs: Sequence[Sequence[int]],
        *,
        detect: Callable[[Sequence[str]], Awaitable[list[list[Span]]]] | None = None,
    ) -> None:
        """Values split over neighbouring strings (content parts of one message: "mail
        anna.kowalski" + "@example.org") are found in the strings joined, and each piece
        is masked in its own string (as a value of that label). `detect`: the detector of
        the joined texts, by default the validated patterns; with another (the whole
        detector, for typed pieces) a value it finds inside one string is added there too,
        since a piece alone may be too short for the words around it to be read."""
        joined_texts = ["".join(texts[i] for i in run) for run in runs]
        found = await (detect or self._detect_patterns)(joined_texts)
        for run, joined_spans in zip(runs, found, strict=True):
            starts = list(itertools.accumulate((len(texts[i]) for i in run), initial=0))
            for span in joined_spans:
                first = bisect.bisect_right(starts, span.start) - 1
                last = bisect.bisect_left(starts, span.end) - 1
                if first == last and detect is None:
                    continue  # inside one string: its own detection has it
                for k in range(first, last + 1):
                    i, offset = run[k], starts[k]
                    _add_piece(
                        spans[i],
                        max(span.start, offset) - offset,
                        min(span.end, starts[k + 1]) - offset,
                        span,
                    )

    async def _add_seam_values(
        self, texts: Sequence[str], spans: list[list[Span]], seams: Sequence[tuple[int, int]]
    ) -> None:
        """Values split over two turns of the user ("my card is 4111 1111" and, in the
        next turn, "1111 1111"): the end of one turn and the start of the next are
        read together, run on and with a space between them, and a value that crosses the
        seam is masked in both turns, each piece as a value of that label. The upstream
        never holds the whole value, even when the first piece went out alone a turn
        earlier."""
        # (left turn, right turn, where the tail ends, where the head starts, joint text)
        joints: list[tuple[int, int, int, int, str]] = []
        for left, right in seams:
            tail = texts[left][-SEAM_CHARS:]
            head = texts[right][:SEAM_CHARS]
            # A value across the seam holds the last word of one turn and the first of
            # the next: digits on both sides (cards, phones, IBANs, IDs) or an "@" on one.
            last, first = tail.rsplit(maxsplit=1)[-1:], head.split(maxsplit=1)[:1]
            if not last or not first:
                continue
            digits = _DIGIT_RE.search(last[0]) and _DIGIT_RE.search(first[0])
            if not digits and "@" not in last[0] + first[0]:
                continue
            glues = ("", " ") if tail[-1].isalnum() and head[0].isalnum() else ("",)
            for glue in glues:
                joints.append((left, right, len(tail), len(tail + glue), tail + glue + head))
        if not joints:
            return
        found = await self._detect_patterns([joint for *_, joint in joints])
        for (left, right, cut, resume, _), joint_spans in zip(joints, found, strict=True):
            offset = len(texts[left]) - cut  # the tail's position in the left turn
            for span in joint_spans:
                if span.start >= cut or span.end <= resume:
                    continue  # inside one turn: its own detection has it
                if _complete_in(spans[left], span.label, offset + span.start, offset + cut) or (
                    _complete_in(spans[right], span.label, 0, span.end - resume)
                ):
                    # A value one turn already holds whole ("maria@example.es", then
                    # "summarise ..."): the next turn starts something else.
                    continue
                _add_piece(spans[left], offset + span.start, offset + cut, span)
                _add_piece(spans[right], 0, span.end - resume, span)

    async def mask_path(self, path: str, *, session_id: str) -> str:
        """A URL path with every segment checked and masked; the same string when clean.

        A segment is read after the words that name it, as a query value after its name:
        the segment before it (`/passport/AB1234567`, `/phone/48601234567`), or, in a
        `name=value` part (`/account_number=12345678`, a matrix parameter
        `/files;phone=48601234567`), its name.
        """
        texts: list[str] = []
        fields: list[str | None] = []
        shape: list[list[bool]] = []  # per segment, per `;` part: whether it is `name=value`
        before: str | None = None
        for segment in path.split("/"):
            parts = segment.split(";")
            shape.append(["=" in part for part in parts])
            for part in parts:
                name, is_pair, value = part.partition("=")
                if is_pair:
                    texts += [name, value]
                    fields += [None, field_words((name,), value)]
                else:
                    texts.append(part)
                    fields.append(field_words((before,), part) if before else None)
            before = parts[0] if parts[0] and "=" not in parts[0] else None

        async def detect(strings: Sequence[str]) -> list[list[Span]]:
            return await self._detect_fields(strings, fields)

        masked, counts = await self.mask_texts(texts, session_id=session_id, detect=detect)
        if not counts:
            return path
        pieces = iter(masked)
        return "/".join(
            ";".join(f"{next(pieces)}={next(pieces)}" if pair else next(pieces) for pair in parts)
            for parts in shape
        )

    async def mask_header_values(
        self,
        values: Sequence[str],
        *,
        session_id: str,
        names: Sequence[str | None] | None = None,
        keep_labels: Collection[str] = (),
    ) -> list[str]:
        """Header values checked and masked, each read after its header's `names` words,
        as a JSON field's after its key (`x-user-phone: 48601234567`). Values of
        `keep_labels` stay as they are (a credential the app must read).

        Every value is read by the validated patterns. A value of words (with a space:
        `x-note: for Anna Kowalska`, `user-agent: desk (Anna Kowalska)`) is read by the
        whole detector too, as a JSON string under a structural key is
        (`chat_format.is_structural`: words are no identifier), and of what only the word
        model finds there a span of words is kept (a name is masked), a single token is
        not: it is a product, a media type or a version (`LangChain (Python 3.11)`,
        `application/json`), as a header's tokens are."""
        fields = [
            field_words((name,), value) if name else None
            for value, name in zip(values, names or [None] * len(values), strict=True)
        ]
        worded = [i for i, value in enumerate(values) if " " in value.strip()]

        async def detect(strings: Sequence[str]) -> list[list[Span]]:
            found = [
                list(spans)  # the cache's lists are never changed in place
                for spans in await self._detect_fields(strings, fields, self._detect_patterns)
            ]
            if worded:
                whole = await self._detect_fields(
                    [strings[i] for i in worded], [fields[i] for i in worded]
                )
                for i, spans in zip(worded, whole, strict=True):
                    text = strings[i]
                    for span in spans:
                        if " " in text[span.start : span.end].strip() and not any(
                            s.start < span.end and span.start < s.end for s in found[i]
                        ):
                            found[i].append(span)
                    found[i].sort(key=lambda s: s.start)
            return [[s for s in spans if s.label not in keep_labels] for spans in found]

        masked, _ = await self.mask_texts(values, session_id=session_id, detect=detect)
        # A value that is JSON text stays JSON when a number in it is masked.
        return [requote_json(value, new) for value, new in zip(values, masked, strict=True)]

    async def mask_texts(
        self,
        texts: Sequence[str],
        *,
        session_id: str,
        detect: Callable[[Sequence[str]], Awaitable[list[list[Span]]]] | None = None,
        started_at: float | None = None,
    ) -> tuple[list[str], dict[str, int]]:
        """Detect (off the event loop) and mask several texts of one session.

        `started_at`: when the request began (default `context.started_at()`); raises
        `SessionErasedError` if the session was erased since.
        """
        if started_at is None:
            started_at = context.started_at()
        if not any(texts):
            return list(texts), {}
        for text in texts:
            if len(text) > self.config.max_input_chars:
                raise InputTooLongError(len(text), self.config.max_input_chars)
        spans = await (detect or self._detect)(texts)
        masked = await self.masker.mask_many(
            texts, spans, session_id=session_id, started_at=started_at
        )
        counts: dict[str, int] = {}
        for item in masked:
            for label, n in item.counts().items():
                counts[label] = counts.get(label, 0) + n
                self.metrics.entities.labels(label=label).inc(n)
        return [m.text for m in masked], counts

    async def _detect_fields(
        self,
        texts: Sequence[str],
        fields: Sequence[str | None],
        detect: Callable[[Sequence[str]], Awaitable[list[list[Span]]]] | None = None,
    ) -> list[list[Span]]:
        """Spans per text, each text with a field's key words (`chat_format.field_words`)
        read as `"<words>: <text>"`: the key is the value's context, as words before it
        in a message are. Spans are of the text alone (a span reaching into the key words
        keeps its part in the text). A text that is itself JSON is read whole, and each
        of its keyed values also after its keys' words
        (`chat_format.json_text_fields`), masked where it stands in the text.
        `detect`: the detector (default the whole one)."""
        pairs = zip(texts, fields, strict=True)
        framed = [f"{words}: {text}" if words else text for text, words in pairs]
        # JSON text is read for its keyed values whether or not its own key is known
        # (`{"body": "{\"account_number\": ...}"}`).
        inner = [json_text_fields(text, self.walker.structural_keys) for text in texts]
        extra = [f"{field.words}: {field.value}" for found in inner for field in found]
        found = await (detect or self._detect)([*framed, *extra])
        out: list[list[Span]] = []
        for text, words, spans in zip(texts, fields, found[: len(framed)], strict=True):
            if not words:
                out.append(list(spans))
                continue
            out.append(_unframed(spans, len(words) + 2, len(text)))
        extra_spans = iter(found[len(framed) :])
        for spans, text_fields in zip(out, inner, strict=True):
            for value, value_spans in zip(text_fields, extra_spans, strict=False):
                for span in _unframed(value_spans, len(value.words) + 2, len(value.value)):
                    at = value.offsets
                    _add_piece(spans, at[span.start], at[span.end], span)
        return out

    async def _detect_patterns(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans of the validated patterns per text (protocol strings, header values, the
        joined pieces of split values); texts seen recently come from the cache."""
        detector = self.pattern_detector

        async def detect(missing: list[str]) -> list[list[Span]]:
            if sum(map(len, missing)) <= _INLINE_PATTERN_CHARS:
                return [detector.detect(t) for t in missing]  # tens of microseconds: no hop
            return await self.runner.run(lambda: [detector.detect(t) for t in missing])

        return await _cached(self.pattern_cache, texts, detect)

    async def _detect(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans per text; texts seen recently (earlier turns resent) come from the cache."""

        async def detect(missing: list[str]) -> list[list[Span]]:
            with self.metrics.detection_seconds.time():
                return await self.runner.detect_batch(missing)

        return await _cached(self.span_cache, texts, detect)

    def _submit_for_training(
        self,
        subject_id: str,
        texts: Sequence[str],
        session_id: str,
        started_at: float,
        said: Sequence[str],
    ) -> None:
        """Hand the masked turn, and the age its writer stated in `said` (the turn's
        original texts) if any, to the consent gate without holding up the chat. If the
        age cannot be read (the detection threads overloaded), nothing is submitted."""
        if self.gate is None:
            return
        gate = self.gate

        async def submit() -> None:
            try:
                if sum(map(len, said)) <= _INLINE_PATTERN_CHARS:
                    stated_age = youngest_stated_age(said)
                else:  # a long turn is read off the event loop
                    stated_age = await self.runner.run(youngest_stated_age, said)
                reason = await gate.submit_masked(
                    subject_id=subject_id,
                    texts=texts,
                    session_id=session_id,
                    started_at=started_at,
                    stated_age=stated_age,
                )
            except Exception as exc:  # the gate must never break a chat; count and move on
                reason = f"gate_error_{type(exc).__name__}"
            self.metrics.gate_decisions.labels(reason=reason).inc()

        self._in_background(submit())

    def _in_background(self, work: Coroutine[Any, Any, Any]) -> None:
        """Run `work` off the request path (kept referenced until it ends)."""
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # -- reply half -----------------------------------------------------------

    async def outbound(
        self, session_id: str, *, seeds: frozenset[int] = frozenset()
    ) -> OutboundReply:
        """Restore and guard one reply of this session (reads the vault once). `seeds`:
        the request's (`ProtectedBody.seeds`), which the reply may send back as they are."""
        mapping = await self.vault.mapping(session_id) if self.config.restore_replies else {}
        guarded = self.config.reply_guard
        return OutboundReply(
            mapping,
            self.reply_checker if guarded else None,
            self.structural_reply_checker if guarded else None,
            self.reply_walker.echoing(seeds),
            self.runner,
            self.metrics,
        )


_VALUE_HINT_RE = re.compile(r"[0-9@%<]")
_INLINE_PATTERN_CHARS = 2048
"""Structural strings up to this many characters in all are checked on the event loop."""
SEAM_CHARS = 64
"""How much of each side of a seam between two user turns is read together (a piece of a
value on either side, and the words just before it)."""
_DIGIT_RE = re.compile(r"[0-9]")
_DECIDED_MAX_CHARS = 256
_DECIDED_MAX_TEXTS = 256
"""How long, and how many, texts a reply remembers the decision for (`OutboundReply`)."""
SEAM_ROLES = frozenset({"user"})
"""Roles whose turns are read across their seams: a person types a value over two turns;
the bot's replies are the upstream's own words, and the system prompt is the operator's."""
HANDOVER_ROLES = frozenset({"system", "developer", "tool"})
"""Roles whose turn is read across its seam with the user's next turn (`_handover_seams`):
a value begun there and finished by the user is masked in both; the bot's own turns are
not (the user's reply to the bot is judged by the reference-answer rules)."""


def refuse_split_document(walker: Walker, joined: Iterable[str]) -> None:
    """Raise `DocumentNotExaminedError` for a run of pieces that, joined, opens a document
    in base64 (`chat_format.opening_document`) of a type `walker` does not pass: a PDF
    split over the parts of a message or the items of a chunk array is one document."""
    for text in joined:
        media = opening_document(text, complete=True)[1]
        if media is not None and not walker.passes_document(media):
            raise DocumentNotExaminedError(media)


def _neighbour_runs(paths: Sequence[tuple[PathPart, ...]]) -> list[range]:
    """Runs (of two or more) of consecutive strings that are neighbours in one list: the
    same path but for one list index, one apart, within one turn (content parts of one
    message, `["mail anna", "@example.org"]`; the items of a list outside a chat)."""
    runs: list[range] = []
    start = 0
    for i in range(1, len(paths) + 1):
        if i < len(paths) and _neighbours(paths[i - 1], paths[i]):
            continue
        if i - start >= 2:
            runs.append(range(start, i))
        start = i
    return runs


def _consecutive_runs(places: dict[tuple[PathPart, ...], list[tuple[int, int]]]) -> list[list[int]]:
    """The runs (of two or more) of strings in consecutive items, place by place: each
    place's members are `(item, string's index)` in order; the runs are the indexes.

    >>> _consecutive_runs({("text",): [(0, 0), (1, 2), (3, 3), (4, 5)]})
    [[0, 2], [3, 5]]
    """
    runs: list[list[int]] = []
    for members in places.values():
        run = [members[0][1]]
        for (before, _), (item, k) in itertools.pairwise(members):
            if item != before + 1:
                if len(run) >= 2:
                    runs.append(run)
                run = []
            run.append(k)
        if len(run) >= 2:
            runs.append(run)
    return sorted(runs)


def _piece_runs(paths: Sequence[tuple[PathPart, ...]]) -> list[list[int]]:
    """Runs (of two or more) of strings at one place in consecutive items of a top-level
    list of pieces (`protect(pieces=True)`): `[{"delta": "I am An"}, {"delta": "na K"}]`
    or `["my ca", "rd 4111"]`, whatever the key.

    >>> _piece_runs([(0, "delta"), (0, "note"), (1, "delta"), (2, "delta"), (4, "delta")])
    [[0, 2, 3]]
    >>> _piece_runs([(0,), (1,), (2,)])
    [[0, 1, 2]]
    """
    places: dict[tuple[PathPart, ...], list[tuple[int, int]]] = {}
    for k, path in enumerate(paths):
        if path and isinstance(path[0], int):
            places.setdefault(path[1:], []).append((path[0], k))
    return _consecutive_runs(places)


def _item_runs(paths: Sequence[tuple[PathPart, ...]]) -> list[list[int]]:
    """Runs of free-text strings at one place in consecutive items of a top-level list:
    a reply that is a JSON array of chunks (Gemini's `streamGenerateContent` without
    `alt=sse`, `[{"candidates": [{"content": {"parts": [{"text": "mail some"}]}}]}, ...]`)
    is a stream a client joins, so its texts are read joined, as a stream's pieces are.
    Free text only (`FREE_TEXT_KEYS`, or the items themselves when they are strings: a
    list of texts): a keyed value of each item is read after its key.

    >>> _item_runs([(0, "text"), (0, "id"), (1, "text"), (2, "text"), (4, "text")])
    [[0, 2, 3]]
    >>> _item_runs([(0,), (1,), ()])
    [[0, 1]]
    """
    places: dict[tuple[PathPart, ...], list[tuple[int, int]]] = {}
    for k, path in enumerate(paths):
        if not path or not isinstance(path[0], int):
            continue
        key = next((part for part in reversed(path) if isinstance(part, str)), None)
        if key in FREE_TEXT_KEYS or len(path) == 1:
            places.setdefault(path[1:], []).append((path[0], k))
    return _consecutive_runs(places)


async def _cached(
    cache: SpanCache,
    texts: Sequence[str],
    detect: Callable[[list[str]], Awaitable[list[list[Span]]]],
) -> list[list[Span]]:
    """Spans per text from `cache`, `detect` called once for the texts it does not hold."""
    keys = [cache.key_of(t) for t in texts] if cache.max_entries else []
    found: list[list[Span] | None] = [cache.get(key) for key in keys] or [None] * len(texts)
    missing = [i for i, spans in enumerate(found) if spans is None]
    if missing:
        fresh = await detect([texts[i] for i in missing])
        for i, spans in zip(missing, fresh, strict=True):
            found[i] = spans
            if keys:
                cache.put(keys[i], spans)
    return [spans or [] for spans in found]


def _complete_in(spans: Sequence[Span], label: str, start: int, end: int) -> bool:
    """Whether one of `spans` of `label` covers `start`-`end`: that piece of a value
    across a seam is a whole value in its own turn."""
    return any(s.label == label and s.start <= start and end <= s.end for s in spans)


def _turn_seams(
    body: Any, paths: Sequence[tuple[PathPart, ...]], runs: Sequence[Sequence[int]]
) -> list[tuple[int, int]]:
    """Pairs of strings that end one user turn and start the user's next one (the bot's
    replies may stand between them), and parts of one turn that are not list
    neighbours; parts that are neighbours are `runs`' business."""
    in_run = {i for run in runs for i in run[1:]}  # a run's later parts join the earlier
    user = [i for i, path in enumerate(paths) if role_of(body, path) in SEAM_ROLES]
    return [
        (left, right)
        for left, right in itertools.pairwise(user)
        if turn_of(paths[left]) != turn_of(paths[right]) or right not in in_run
    ]


def _handover_seams(
    body: Any, paths: Sequence[tuple[PathPart, ...]]
) -> list[tuple[int, int]]:
    """Pairs of strings where the operator's or a tool's turn hands over to the user's:
    the end of a system, developer or tool turn (`HANDOVER_ROLES`) and the start of the
    user's turn right after it; and the end of a system prompt written outside the turns
    (`instructions`, Anthropic's `system`) and the start of the first turn, when that is
    the user's. A value the user finishes there ("IBAN DE89 3704 0044" from a tool, then
    "0532 0130 00 is the rest") is one value to whoever reads the conversation."""
    roles = [role_of(body, path) for path in paths]
    turns = [turn_of(path) for path in paths]
    in_list = [len(path) > 1 and isinstance(path[1], int) for path in paths]
    pairs = [
        (k - 1, k)
        for k in range(1, len(paths))
        if roles[k] == "user"
        and roles[k - 1] in HANDOVER_ROLES
        and turns[k] != turns[k - 1]
        and in_list[k - 1]
        and paths[k - 1][0] == paths[k][0]
    ]
    outside = [k for k in range(len(paths)) if roles[k] == "system" and not in_list[k]]
    first = next((k for k in range(len(paths)) if in_list[k] or roles[k] == "user"), None)
    if outside and first is not None and roles[first] == "user" and first not in outside:
        pairs.append((outside[-1], first))
    return pairs


LONE_NUMBER_LABELS = frozenset({CREDENTIAL, CREDIT_CARD})
"""Labels a lone number may stand under besides the ID numbers' (a one-time code, a card
number checked only by its Luhn digit): dropped when they answer a reference question."""


def _reference_answers(
    body: Any, paths: Sequence[tuple[PathPart, ...]], texts: Sequence[str]
) -> dict[int, frozenset[str]]:
    """Strings that start a user turn right after a bot turn asking about an order,
    ticket, invoice, parcel or phone line ("What is your order number?"): a number
    typed alone there is that reference, not an ID that stands alone
    (`piiguard.detection.recognizers._id_number.LONE_SCORE`). Each maps to the labels
    that are dropped there when written in digits only: a lone six-digit code or card
    number, unless the bot asked for a code ("the code we sent to your phone")."""
    return {
        k: frozenset() if asks_for_code(texts[k - 1]) else LONE_NUMBER_LABELS
        for k in _answers_to(body, paths, texts, asks_for_reference)
    }


def _answers_to(
    body: Any,
    paths: Sequence[tuple[PathPart, ...]],
    texts: Sequence[str],
    asks: Callable[[str], bool],
) -> list[int]:
    """Strings that start a user turn right after a bot turn that `asks` for a value:
    "What is your passport number?" (`keyed_ids.asks_for_document`) makes a lone
    identifier typed in answer that document's number."""
    return [
        k
        for j, k in itertools.pairwise(range(len(paths)))
        if turn_of(paths[j]) != turn_of(paths[k])
        and role_of(body, paths[k]) == "user"
        and role_of(body, paths[j]) == "assistant"
        and asks(texts[j])
    ]


def _unframed(spans: Sequence[Span], shift: int, length: int) -> list[Span]:
    """Spans found in `"<words>: <text>"`, as spans of the text (`length` long) alone."""
    return [
        replace(span, start=max(span.start - shift, 0), end=span.end - shift)
        for span in spans
        if 0 < span.end - shift <= length
    ]


def _add_piece(spans: list[Span], start: int, end: int, whole: Span) -> None:
    """Add the piece `start:end` of a value `whole` found across strings to one string's
    `spans` (in place), merged with the string's own spans that overlap it."""
    if start >= end or any(s.start <= start and end <= s.end for s in spans):
        return
    overlapping = [s for s in spans if s.start < end and start < s.end]
    piece = Span(
        min([start, *(s.start for s in overlapping)]),
        max([end, *(s.end for s in overlapping)]),
        whole.label, whole.score, whole.source,
    )
    kept = [s for s in spans if s not in overlapping]
    spans[:] = sorted([*kept, piece], key=lambda s: s.start)


def _neighbours(a: tuple[PathPart, ...], b: tuple[PathPart, ...]) -> bool:
    if len(a) != len(b) or turn_of(a) != turn_of(b):
        return False  # two turns of a chat meet at a seam (`_turn_seams`), not run on
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (
        len(differ) == 1
        and isinstance(differ[0][0], int)
        and isinstance(differ[0][1], int)
        and differ[0][1] == differ[0][0] + 1
    )


def _token_runs(leaves: Sequence[Leaf]) -> list[list[int]]:
    """The logprobs tokens of a reply (strings under `token`, the keys of the legacy
    completions' `top_logprobs` maps), in every order they can spell a text in: leaves of
    one shape (their path with the list positions left out) along each list they sit in,
    the other positions fixed (the tokens of a reply, the alternatives at one position,
    the alternatives of one rank at every position)."""
    shapes: dict[tuple[PathPart | None, ...], list[tuple[tuple[int, ...], int]]] = {}
    key_ranks: dict[tuple[PathPart, ...], int] = {}
    for i, leaf in enumerate(leaves):
        path = leaf.path
        if leaf.is_key:
            if len(path) < 3 or path[-3] != "top_logprobs" or not isinstance(path[-2], int):
                continue
            rank = key_ranks[path[:-1]] = key_ranks.get(path[:-1], -1) + 1
            path = (*path[:-1], "top_logprobs_key", rank)  # a map's keys, in their order
        elif leaf.structural or not (
            path and (path[-1] in TOKEN_KEYS or (len(path) > 1 and path[-2] in TOKEN_KEYS))
        ):
            continue
        shape = tuple(None if isinstance(part, int) else part for part in path)
        positions = tuple(part for part in path if isinstance(part, int))
        shapes.setdefault(shape, []).append((positions, i))
    runs: list[list[int]] = []
    for members in shapes.values():
        for axis in range(len(members[0][0]) if len(members) > 1 else 0):
            lines: dict[tuple[int, ...], list[tuple[int, int]]] = {}
            for positions, i in members:
                others = positions[:axis] + positions[axis + 1 :]
                lines.setdefault(others, []).append((positions[axis], i))
            runs += [[i for _, i in sorted(line)] for line in lines.values() if len(line) > 1]
    return runs


def _may_hold(leaf: Leaf) -> bool:
    """Whether a structural string can hold a value the patterns find (they need a digit,
    an `@`, a percent-escape or a typed placeholder)."""
    return _VALUE_HINT_RE.search(leaf.text) is not None


def _latest_user_turn(
    body: Any, leaves: Sequence[Leaf], masked: Sequence[str]
) -> tuple[str, ...]:
    """The masked texts of the last user turn: what this turn adds to the conversation."""
    user = [
        (turn_of(leaf.path), text)
        for leaf, text in zip(leaves, masked, strict=True)
        if role_of(body, leaf.path) == "user"
    ]
    if not user:
        return ()
    last = user[-1][0]
    return tuple(text for turn, text in user if turn == last)


def _said_by_the_user(
    body: Any, leaves: Sequence[Leaf], texts: Sequence[str]
) -> tuple[str, ...]:
    """Every text of every user turn, and each turn's parts joined as a reader reads them:
    where the writer's own age may stand (`stated_age`). The earlier turns a client
    resends are the same writer's, and an age said there, in a turn piiguard never saw as
    the latest (a history written elsewhere), counts as well; "I'm" and " 12 years old"
    in two parts are one statement."""
    turns: dict[tuple[str | int, ...], list[str]] = {}
    for leaf, text in zip(leaves, texts, strict=True):
        if role_of(body, leaf.path) == "user":
            turns.setdefault(turn_of(leaf.path), []).append(text)
    said = [text for parts in turns.values() for text in parts]
    said += ["".join(parts) for parts in turns.values() if len(parts) > 1]
    return tuple(said)


class OutboundReply:
    """One reply on its way out: restore the session's values, then guard the result.

    Whole texts (`text`, `texts`), whole JSON documents (`document`: every string,
    structural ones checked by the patterns) or a stream of pieces (`stream`).
    """

    def __init__(
        self,
        mapping: dict[str, str],
        checker: ReplyChecker | None,
        structural_checker: ReplyChecker | None,
        walker: Walker,
        runner: DetectionRunner,
        metrics: Metrics,
    ) -> None:
        self.mapping = mapping
        self.walker = walker
        self._checker = checker
        self._structural_checker = structural_checker
        self._runner = runner
        self._metrics = metrics
        # The session's values, each with the label of its placeholder ("<PERSON_1>"): the
        # reply guard keeps them, and remembers them as such for the reply's resend.
        self._own = {
            value: match.group(1) if (match := PLACEHOLDER_RE.fullmatch(key)) else ""
            for key, value in mapping.items()
        }
        self._restore = restorer(mapping)
        # Whole texts already restored and checked in this reply, by (text, structural):
        # an event stream repeats its protocol strings (ids, model, object keys) in every
        # event, and each is decided once per reply (the same text, mapping and own
        # values give the same result). Short texts only, and a bounded number of them.
        self._decided: dict[tuple[str, bool], GuardedReply] = {}

    @property
    def active(self) -> bool:
        """False when the reply passes through unchanged (nothing to restore or guard)."""
        return bool(self.mapping) or self._checker is not None

    async def text(self, text: str) -> str:
        """Restore and check one complete text (raises `ReplyBlockedError` on refuse)."""
        return (await self.texts([text]))[0]

    async def texts(self, texts: Sequence[str], *, structural: Sequence[bool] = ()) -> list[str]:
        """Restore and check several complete texts of one reply in one off-loop call.

        Texts flagged `structural` are checked by the pattern recognizers only.
        """
        flags = list(structural) or [False] * len(texts)
        checker, patterns = self._checker, self._structural_checker
        if checker is None or patterns is None:
            return [self._restore(t) for t in texts]
        out: list[str] = []
        todo: list[int] = []
        for i, (text, flag) in enumerate(zip(texts, flags, strict=True)):
            decided = self._decided.get((text, flag))
            if decided is not None:
                self._count(decided.counts)
                out.append(decided.text)
                continue
            restored = self._restore(text)
            out.append(restored)
            if restored and (not flag or _VALUE_HINT_RE.search(restored)):
                todo.append(i)
            else:
                self._remember(text, flag, GuardedReply(restored))
        if not todo:
            return out
        restored_texts = list(out)

        def check_all() -> list[GuardedReply]:
            own = self._own
            return [
                (patterns if flags[i] else checker).check(restored_texts[i], own) for i in todo
            ]

        with self._metrics.reply_check_seconds.labels(kind="json").time():
            checked = await self._runner.run(check_all)
        for i, item in zip(todo, checked, strict=True):
            self._count(item.counts)
            out[i] = item.text
            self._remember(texts[i], flags[i], item)
        return out

    def _remember(self, text: str, structural: bool, decided: GuardedReply) -> None:
        if len(text) <= _DECIDED_MAX_CHARS and len(self._decided) < _DECIDED_MAX_TEXTS:
            self._decided[(text, structural)] = decided

    async def document(self, document: Any) -> Any:
        """A JSON document with every string restored and checked. Content strings that
        are neighbours in one list (the parts of a message) are checked joined as well,
        so a value split over two of them is masked in both (`OutboundReply.pieces`)."""
        leaves = self.walker.leaves(document)
        texts = await self.leaf_texts(leaves, range(len(leaves)))
        texts = await self.tokens_across(leaves, texts)
        return self.walker.rebuild(document, texts)

    async def leaf_texts(self, leaves: Sequence[Leaf], chosen: Iterable[int]) -> list[str]:
        """The texts of `leaves`, the `chosen` ones restored and checked (content strings
        that are neighbours in one list also joined, as `document` does), the others as
        they are."""
        chosen = list(chosen)
        content = [i for i in chosen if not (leaves[i].structural or leaves[i].is_key)]
        runs = [
            [content[k] for k in run]
            for run in _neighbour_runs([leaves[i].path for i in content])
        ]
        in_run = {i for run in runs for i in run}
        alone = [i for i in content if i not in in_run]
        runs += [[alone[k] for k in run] for run in _item_runs([leaves[i].path for i in alone])]
        in_run = {i for run in runs for i in run}
        rest = [i for i in chosen if i not in in_run]
        texts = [leaf.text for leaf in leaves]
        # A field's value (a number's digits too) is read after its key's words, as in a
        # request (`_detect_fields`).
        words = [
            field_words(leaves[i].path, texts[i])
            if not leaves[i].is_key and (leaves[i].number or not leaves[i].structural)
            else None
            for i in rest
        ]
        checked = await self.named_texts(
            [texts[i] for i in rest], words, structural=[leaves[i].structural for i in rest]
        )
        for i, value in zip(rest, checked, strict=True):
            texts[i] = value
        for i in (i for i in rest if not (leaves[i].structural or leaves[i].is_key)):
            # JSON text whose number was masked stays JSON (the marker quoted).
            texts[i] = requote_json(leaves[i].text, texts[i])
        if runs:
            pieces = await self.pieces([[texts[i] for i in run] for run in runs])
            for run, run_texts in zip(runs, pieces, strict=True):
                for i, text in zip(run, run_texts, strict=True):
                    texts[i] = text
        return texts

    async def named_texts(
        self, texts: Sequence[str], words: Sequence[str | None], *, structural: Sequence[bool]
    ) -> list[str]:
        """`texts` restored and checked, each with its key's or header name's `words`
        (None: none) read before it (`"<words>: <text>"`), as a request's field values
        and header values are (`Guard._detect_fields`). A text whose words themselves get
        masked is checked alone. A text that is JSON also has each keyed value checked
        after its keys' words (`_json_text_values`)."""
        prefixes = [f"{named}: " if named else "" for named in words]
        checked = await self.texts(
            [prefix + text for prefix, text in zip(prefixes, texts, strict=True)],
            structural=structural,
        )
        out: list[str | None] = [
            text[len(prefix) :] if text.startswith(prefix) else None
            for text, prefix in zip(checked, prefixes, strict=True)
        ]
        lost = [k for k, text in enumerate(out) if text is None]
        if lost:
            alone = await self.texts(
                [texts[k] for k in lost], structural=[structural[k] for k in lost]
            )
            for k, text in zip(lost, alone, strict=True):
                out[k] = text
        checked_texts = [text or "" for text in out]
        await self._json_text_values(checked_texts, structural)
        return checked_texts

    async def _json_text_values(self, texts: list[str], structural: Sequence[bool]) -> None:
        """The `texts` (restored and checked already) that are themselves JSON (a tool
        call's arguments, a header's value): each keyed value also checked after its keys'
        words (`chat_format.json_text_fields`), as in a request, and replaced where it
        stands; by the patterns alone in a `structural` text."""
        found = [
            (i, item)
            for i, text in enumerate(texts)
            if text[:1] in ("{", "[") or text.lstrip()[:1] in ("{", "[")
            for item in json_text_fields(text)
        ]
        if not found:
            return
        prefixes = [f"{item.words}: " for _, item in found]
        checked = await self.texts(
            [prefix + item.value for prefix, (_, item) in zip(prefixes, found, strict=True)],
            structural=[structural[i] for i, _ in found],
        )
        edits: dict[int, list[tuple[int, int, str]]] = {}
        for (i, item), prefix, text in zip(found, prefixes, checked, strict=True):
            if not text.startswith(prefix):
                continue  # the key's words were masked: the value was read in the whole text
            value = text[len(prefix) :]
            if value != item.value:
                # A string's value goes between its own quotes; a number's marker stands
                # bare, and the caller quotes it (`requote_json`).
                escaped = value
                for _ in range(0 if item.number else item.depth):
                    escaped = json.dumps(escaped, ensure_ascii=False)[1:-1]
                edits.setdefault(i, []).append((item.offsets[0], item.offsets[-1], escaped))
        for i, changes in edits.items():
            text = texts[i]
            for start, end, value in sorted(changes, reverse=True):
                text = text[:start] + value + text[end:]
            texts[i] = text

    async def tokens_across(self, leaves: Sequence[Leaf], texts: Sequence[str]) -> list[str]:
        """`texts` (of `leaves`: each already restored and checked, or the pieces of an
        event about to be streamed) with the logprobs tokens also read joined by the
        pattern recognizers, along each list they sit in (`_token_runs`): a value spelt
        over several tokens or alternatives is masked in each piece."""
        out = list(texts)
        checker = self._structural_checker
        if checker is None:
            return out
        for run in _token_runs(leaves):
            pieces = [out[i] for i in run]
            with self._metrics.reply_check_seconds.labels(kind="json").time():
                checked = await self._runner.run(checker.check_pieces, pieces, self._own)
            for i, item in zip(run, checked, strict=True):
                self._count(item.counts)
                out[i] = item.text
        return out

    async def pieces(self, runs: Sequence[Sequence[str]]) -> list[list[str]]:
        """Restore and check runs of neighbouring pieces, each run one text (see
        `document`), in one off-loop call. A placeholder split over two pieces is
        restored whole (`restore_pieces`)."""
        refuse_split_document(self.walker, ["".join(run) for run in runs])
        restored = [restore_pieces(run, self.mapping) for run in runs]
        checker = self._checker
        if checker is None:
            return restored
        own = self._own

        def check_all() -> list[list[GuardedReply]]:
            return [checker.check_pieces(run, own) for run in restored]

        with self._metrics.reply_check_seconds.labels(kind="json").time():
            checked = await self._runner.run(check_all)
        for run in checked:
            for item in run:
                self._count(item.counts)
        return [[item.text for item in run] for run in checked]

    def stream(self) -> OutboundStream:
        guard = self._checker.stream(self._own) if self._checker is not None else None
        return OutboundStream(
            StreamRestorer(self.mapping),
            guard,
            self._runner,
            self._count,
            self._metrics.reply_check_seconds.labels(kind="stream").observe,
        )

    def _count(self, counts: dict[str, int]) -> None:
        for label, n in counts.items():
            self._metrics.reply_entities.labels(label=label).inc(n)


class OutboundStream:
    """One streamed reply: `await feed(chunk)` and `await flush()` give text safe to emit."""

    def __init__(
        self,
        restorer: StreamRestorer,
        guard: TextStream | None,
        runner: DetectionRunner,
        count: Callable[[dict[str, int]], None] | None = None,
        observe_seconds: Callable[[float], None] | None = None,
    ) -> None:
        self._restorer = restorer
        self._guard = guard
        self._runner = runner
        self._count = count
        self._observe_seconds = observe_seconds
        self._check_seconds = 0.0  # the guard's time over this reply so far

    async def feed(self, chunk: str) -> str:
        restored = self._restorer.feed(chunk)
        if self._guard is None or not restored:
            return restored
        started = time.perf_counter()
        # Most events need no model call: decide them inline (no worker thread hop).
        text = self._guard.try_feed(restored)
        if text is None:
            text = await self._runner.run(self._guard.feed, restored)
        self._check_seconds += time.perf_counter() - started
        return text

    async def flush(self) -> str:
        rest = self._restorer.flush()
        if self._guard is None:
            return rest
        guard = self._guard
        started = time.perf_counter()
        # Most replies end without a model call: decide them inline (no worker thread hop).
        head = guard.try_feed(rest) if rest else ""
        tail = guard.try_flush() if head is not None else None
        if head is None:

            def finish() -> str:
                return guard.feed(rest) + guard.flush()

            text = await self._runner.run(finish)
        elif tail is None:
            text = head + await self._runner.run(guard.flush)
        else:
            text = head + tail
        self._check_seconds += time.perf_counter() - started
        if self._observe_seconds is not None:
            self._observe_seconds(self._check_seconds)  # once per reply
        if self._count is not None:
            self._count(guard.counts)  # masked values per label, once per reply
        return text


__all__ = [
    "DetectionReport",
    "Guard",
    "OutboundReply",
    "OutboundStream",
    "ProtectedBody",
    "build_consent_gate",
    "build_detector",
    "build_vault",
]
