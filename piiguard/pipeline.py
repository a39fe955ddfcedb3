"""The request path, in order, each step called once:

detect -> mask -> consent gate -> (upstream: the app or the proxied bot) -> restore -> reply guard.

`Guard` holds the parts (built from a `GuardConfig`, or handed in for tests)
and offers the two halves the middleware needs: `protect()` for a request body
and `reply_filter()` for the reply. Steps do not import each other; only this
module knows the order.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from piiguard._types import Span
from piiguard.config import GuardConfig
from piiguard.detection.engine import Detector
from piiguard.detection.runner import DetectionRunner
from piiguard.exceptions import InputTooLongError, ProcessingRestrictedError, VaultError
from piiguard.extraction import ChatExtractor, Extractor, TextField, get_path, set_path
from piiguard.masking import Masker, MaskingPolicy
from piiguard.metrics import Metrics
from piiguard.pseudonym import pseudonym
from piiguard.reply_guard import ReplyGuard, ReplyPolicy
from piiguard.reply_stream import StreamLimits
from piiguard.streaming import StreamRestorer
from piiguard.vault import MemoryVault, RedisVault, Vault, restore

if TYPE_CHECKING:
    from piiguard.training.gate import ConsentGate

logger = logging.getLogger("piiguard")


class TextStream(Protocol):
    """A reply guard's view of one streamed reply (see `piiguard.reply_guard.GuardedStream`).

    `try_feed` decides inline when it can (None: the model is needed, call `feed`
    off the event loop); `counts` holds the values masked so far, by label.
    """

    counts: dict[str, int]

    def feed(self, chunk: str) -> str: ...
    def try_feed(self, chunk: str) -> str | None: ...
    def flush(self) -> str: ...


class CheckedReply(Protocol):
    """A checked whole reply: the text to send and what was masked, by label."""

    @property
    def text(self) -> str: ...
    @property
    def counts(self) -> dict[str, int]: ...


class ReplyChecker(Protocol):
    """What the pipeline needs of a reply guard (see `piiguard.reply_guard`)."""

    def check(self, text: str, own_values: Collection[str]) -> CheckedReply: ...
    def stream(self, own_values: Collection[str]) -> TextStream: ...


class TrainingGate(Protocol):
    """What the pipeline needs of the consent gate (see `piiguard.training.gate`)."""

    async def submit_masked(
        self, *, subject_id: str, texts: Sequence[str], session_id: str | None = None
    ) -> str:
        """Write the masked turn if consent allows; returns the decision's reason code."""
        ...

    async def restriction(self, subject_id: str) -> bool | None:
        """True when processing is paused for the subject; None when the store cannot say."""
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


def build_detector(config: GuardConfig) -> Detector:
    if config.detector == "patterns":
        return Detector.patterns(max_input_chars=config.max_input_chars)
    return Detector.default(model_dir=config.model_dir, max_input_chars=config.max_input_chars)


def build_consent_gate(config: GuardConfig, *, vault: Vault | None = None) -> ConsentGate | None:
    """The consent gate and training sink(s), or None when no training sink is configured.

    `vault` is where the gate erases a minor's entries."""
    if not config.training_sink:
        return None
    from piiguard.training.build import build_gate
    from piiguard.training.gate import GateSettings

    redis_url = config.consent_redis_url or config.redis_url
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
        ),
    )


def build_reply_guard(config: GuardConfig, detector: Detector) -> ReplyGuard:
    """The reply guard with the configured policy (shares the request detector)."""
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
    return ReplyGuard(detector, policy, limits=limits)


def build_vault(config: GuardConfig) -> Vault:
    if config.redis_url:
        from piiguard.consent.redis import fast_client

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
        extractor: Extractor | None = None,
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
        )
        self.extractor = extractor or ChatExtractor()
        self.reply_checker = reply_checker
        if reply_checker is None:
            self.reply_checker = build_reply_guard(self.config, self.detector)
        self.gate = gate if gate is not None else build_consent_gate(self.config, vault=self.vault)
        self.metrics = metrics or Metrics()
        self._span_cache: OrderedDict[str, list[Span]] = OrderedDict()
        self._started = False
        self._start_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
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
            # under the same bounds as requests, so a lazy start inside one fails closed.
            await self.runner.run(self.detector.detect, "warm up: Anna Kowalski, Berlin")
            if isinstance(self.vault, RedisVault):
                # Reaches Redis and proves the vault keys match (a wrong key stops here).
                await self.vault.check_keys()
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

    async def protect(self, body: Any, *, session_id: str, subject_id: str | None) -> ProtectedBody:
        """Mask the user's text in a parsed JSON body, in place; raises `PiiGuardError`s."""
        # Restriction (GDPR Art. 18) pauses all processing for the subject. A store that
        # cannot answer does not stop the chat; the gate still writes nothing then.
        if (
            subject_id is not None
            and self.gate is not None
            and await self.gate.restriction(subject_id)
        ):
            raise ProcessingRestrictedError()
        fields = self.extractor.fields(body)
        texts = [get_path(body, f.path) for f in fields]
        masked_texts, counts = await self.mask_texts(texts, session_id=session_id)
        for text_field, masked in zip(fields, masked_texts, strict=True):
            set_path(body, text_field.path, masked)
        user_texts = _latest_user_turn(fields, masked_texts)
        report = DetectionReport(self.session_pseudonym(session_id), counts, len(fields))
        if subject_id is not None and user_texts:
            self._submit_for_training(subject_id, user_texts, session_id)
        return ProtectedBody(body, report)

    async def mask_texts(
        self, texts: Sequence[str], *, session_id: str
    ) -> tuple[list[str], dict[str, int]]:
        """Detect (off the event loop) and mask several texts of one session."""
        if not any(texts):
            return list(texts), {}
        for text in texts:
            if len(text) > self.config.max_input_chars:
                raise InputTooLongError(len(text), self.config.max_input_chars)
        spans = await self._detect(texts)
        masked = await self.masker.mask_many(texts, spans, session_id=session_id)
        counts: dict[str, int] = {}
        for item in masked:
            for label, n in item.counts().items():
                counts[label] = counts.get(label, 0) + n
                self.metrics.entities.labels(label=label).inc(n)
        return [m.text for m in masked], counts

    async def _detect(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans per text; texts seen recently (earlier turns resent) come from the cache."""
        keys = [pseudonym(self.config.key, t, purpose="span-cache", length=32) for t in texts]
        found: list[list[Span] | None] = []
        for key in keys:
            cached = self._span_cache.get(key)
            if cached is not None:
                self._span_cache.move_to_end(key)
            found.append(cached)
        missing = [i for i, spans in enumerate(found) if spans is None]
        if missing:
            with self.metrics.detection_seconds.time():
                fresh = await self.runner.detect_batch([texts[i] for i in missing])
            for i, spans in zip(missing, fresh, strict=True):
                found[i] = spans
                self._remember(keys[i], spans)
        return [spans or [] for spans in found]

    def _remember(self, key: str, spans: list[Span]) -> None:
        limit = self.config.detection_cache_size
        if limit:
            self._span_cache[key] = spans
            while len(self._span_cache) > limit:
                self._span_cache.popitem(last=False)

    def _submit_for_training(self, subject_id: str, texts: Sequence[str], session_id: str) -> None:
        """Hand the masked turn to the consent gate without holding up the chat."""
        if self.gate is None:
            return
        gate = self.gate

        async def submit() -> None:
            try:
                reason = await gate.submit_masked(
                    subject_id=subject_id, texts=texts, session_id=session_id
                )
            except Exception as exc:  # the gate must never break a chat; count and move on
                reason = f"gate_error_{type(exc).__name__}"
            self.metrics.gate_decisions.labels(reason=reason).inc()

        task = asyncio.get_running_loop().create_task(submit())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # -- reply half -----------------------------------------------------------

    async def reply_filter(self, session_id: str) -> ReplyFilter:
        """The filter for one reply of this session (reads the vault once)."""
        mapping = await self.vault.mapping(session_id) if self.config.restore_replies else {}
        checker = self.reply_checker if self.config.reply_guard else None
        return ReplyFilter(mapping, checker, self.runner, self.metrics)


def _latest_user_turn(fields: Sequence[TextField], masked: Sequence[str]) -> tuple[str, ...]:
    """The masked texts of the last user message: what this turn adds to the conversation."""
    user = [(f.path, text) for f, text in zip(fields, masked, strict=True) if f.role == "user"]
    if not user:
        return ()
    last = user[-1][0]
    group = last[:2] if last and last[0] == "messages" else last
    return tuple(text for path, text in user if path[: len(group)] == group)


class ReplyFilter:
    """Restore, then guard, one reply: whole texts or a stream of chunks."""

    def __init__(
        self,
        mapping: dict[str, str],
        checker: ReplyChecker | None,
        runner: DetectionRunner,
        metrics: Metrics,
    ) -> None:
        self.mapping = mapping
        self._checker = checker
        self._runner = runner
        self._metrics = metrics
        self._own = tuple(mapping.values())

    @property
    def active(self) -> bool:
        """False when the reply passes through unchanged (nothing to restore or guard)."""
        return bool(self.mapping) or self._checker is not None

    async def text(self, text: str) -> str:
        """Restore and check one complete text (raises `ReplyBlockedError` on refuse)."""
        restored = restore(text, self.mapping)
        if self._checker is None or not restored:
            return restored
        with self._metrics.reply_check_seconds.labels(kind="json").time():
            checked = await self._runner.run(self._checker.check, restored, self._own)
        self._count(checked.counts)
        return checked.text

    async def texts(self, texts: Sequence[str]) -> list[str]:
        """`text()` for several texts of one reply, checked in a single off-loop call."""
        restored = [restore(t, self.mapping) for t in texts]
        checker = self._checker
        if checker is None or not any(restored):
            return restored

        def check_all() -> list[CheckedReply]:
            return [checker.check(t, self._own) for t in restored]

        with self._metrics.reply_check_seconds.labels(kind="json").time():
            checked = await self._runner.run(check_all)
        for item in checked:
            self._count(item.counts)
        return [item.text for item in checked]

    def stream(self) -> ReplyStream:
        guard = self._checker.stream(self._own) if self._checker is not None else None
        return ReplyStream(
            StreamRestorer(self.mapping),
            guard,
            self._runner,
            self._count,
            self._metrics.reply_check_seconds.labels(kind="stream").observe,
        )

    def _count(self, counts: dict[str, int]) -> None:
        for label, n in counts.items():
            self._metrics.reply_entities.labels(label=label).inc(n)


class ReplyStream:
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

        def finish() -> str:
            return guard.feed(rest) + guard.flush()

        started = time.perf_counter()
        text = await self._runner.run(finish)
        self._check_seconds += time.perf_counter() - started
        if self._observe_seconds is not None:
            self._observe_seconds(self._check_seconds)  # once per reply
        if self._count is not None:
            self._count(guard.counts)  # masked values per label, once per reply
        return text


__all__ = [
    "DetectionReport",
    "Guard",
    "ProtectedBody",
    "ReplyFilter",
    "ReplyStream",
    "build_consent_gate",
    "build_detector",
    "build_vault",
]
