"""Runs CPU-bound detection off the event loop: bounded, with a deadline.

Work goes to worker threads through a `CapacityLimiter` (`threads` at once);
at most `max_pending` calls may wait or run, and one more is refused at once
with `OverloadedError` (the caller answers 503 with Retry-After) instead of
queueing forever. A call that misses its deadline raises `DetectionError`, and
so does any unexpected failure: the request path fails closed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import anyio
import anyio.to_thread

from piiguard._types import Span
from piiguard.detection.engine import Detector
from piiguard.exceptions import DetectionError, OverloadedError, PiiGuardError

T = TypeVar("T")


class DetectionRunner:
    """Bounded off-loop execution of a detector (and other CPU work of the request path)."""

    def __init__(
        self,
        detector: Detector,
        *,
        threads: int = 2,
        max_pending: int = 64,
        timeout_seconds: float = 2.0,
        retry_after_seconds: float = 1.0,
    ) -> None:
        self.detector = detector
        self._threads = threads
        self._limiter: anyio.CapacityLimiter | None = None
        self._max_pending = max_pending
        self._pending = 0
        self.timeout_seconds = timeout_seconds
        self.retry_after_seconds = retry_after_seconds

    @property
    def pending(self) -> int:
        return self._pending

    async def detect_batch(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans for each text (see `Detector.detect_batch`)."""
        return await self.run(self.detector.detect_batch, list(texts))

    async def run(
        self, func: Callable[..., T], *args: object, timeout_seconds: float | None = None
    ) -> T:
        """Run `func(*args)` in a worker thread under the bounds above (`timeout_seconds`
        replaces the deadline for this call: start-up work is not a request)."""
        deadline = self.timeout_seconds if timeout_seconds is None else timeout_seconds
        if self._pending >= self._max_pending:
            raise OverloadedError(self.retry_after_seconds)
        if self._limiter is None:  # created lazily: it binds to the running event loop
            self._limiter = anyio.CapacityLimiter(self._threads)
        self._pending += 1
        try:
            with anyio.fail_after(deadline):
                return await anyio.to_thread.run_sync(
                    func, *args, limiter=self._limiter, abandon_on_cancel=True
                )
        except TimeoutError:
            raise DetectionError(
                f"detection took longer than detection_timeout_seconds={deadline}"
            ) from None
        except PiiGuardError:
            raise
        except Exception as exc:
            raise DetectionError(f"detection failed ({type(exc).__name__})") from None
        finally:
            self._pending -= 1
