"""Getting every reply to Telegram: retries with back-off, and crisis replies most patient.

:class:`DeliveryLimiter` is python-telegram-bot's rate-limiter hook
(:class:`telegram.ext.BaseRateLimiter`), so every Bot API call the Application makes
passes through it (except ``getUpdates``, which the Updater retries itself):

- ``AIORateLimiter`` inside keeps the bot within Telegram's flood limits (about 30
  messages a second overall, 20 a minute per group).
- ``429 Too Many Requests``: wait the ``retry_after`` Telegram gives, and hold every
  other request for that long too, as Telegram asks.
- 5xx answers, network errors and timeouts: retry with exponential back-off and jitter.
- Bad requests, "bot was blocked" and the like are not retried: trying again cannot help.

How hard to try depends on the :class:`Patience` set with :func:`patience` around the
call: crisis signposting gets many more attempts and a much longer bound than anything
else. On shutdown, :meth:`DeliveryLimiter.begin_drain` caps every wait so the process
stops within its grace period.

Every call is measured (:mod:`bot.ops.metrics`: time per method, retries, give-ups,
refusals), and the time of the last success tells ``/readyz`` the Bot API is reachable.

A timed-out send may have reached Telegram before the answer was lost, so a retry can
occasionally deliver a message twice. For this bot a repeat is far better than a loss.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dt
import enum
import logging
import random
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter, BaseRateLimiter

from bot.ops.metrics import Metrics

__all__ = ["POLICIES", "DeliveryLimiter", "Patience", "RetryPolicy", "current_patience",
           "patience"]

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class Patience(enum.Enum):
    """How hard to try to deliver a request."""

    NORMAL = "normal"
    CRISIS = "crisis"
    STARTUP = "startup"
    """Checking the token at start: fail fast with a clear line instead."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounds on retrying one request."""

    attempts: int
    """Most tries in all, the first included."""
    give_up_after: float
    """Seconds after the first try past which no new try starts."""
    doublings: int
    """The back-off starts at the limiter's ``retry_base`` and doubles at most this many
    times (with the default 1 s base: 3 doublings cap it at 8 s, 4 at 16 s)."""


POLICIES: dict[Patience, RetryPolicy] = {
    Patience.NORMAL: RetryPolicy(attempts=8, give_up_after=60.0, doublings=3),
    # Someone at risk must get the numbers: keep trying for up to ten minutes.
    Patience.CRISIS: RetryPolicy(attempts=40, give_up_after=600.0, doublings=4),
    Patience.STARTUP: RetryPolicy(attempts=3, give_up_after=5.0, doublings=0),
}

_PATIENCE: contextvars.ContextVar[Patience] = contextvars.ContextVar(
    "delivery_patience", default=Patience.NORMAL)


@contextlib.contextmanager
def patience(level: Patience) -> Iterator[None]:
    """Within this block, Bot API calls in this task retry with ``level``'s policy."""
    reset = _PATIENCE.set(level)
    try:
        yield
    finally:
        _PATIENCE.reset(reset)


def current_patience() -> Patience:
    """The patience in force for this task."""
    return _PATIENCE.get()


def _retryable(exc: Exception) -> bool:
    return isinstance(exc, RetryAfter) or (isinstance(exc, NetworkError)
                                           and not isinstance(exc, BadRequest))


class DeliveryLimiter(BaseRateLimiter[int]):
    """Rate limiting (AIORateLimiter) plus bounded retries on every transient failure."""

    def __init__(self, max_per_second: float = 30.0, retry_base: float = 1.0,
                 policies: dict[Patience, RetryPolicy] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 metrics: Metrics | None = None) -> None:
        self.retry_base = retry_base
        self.metrics = metrics
        self.policies = dict(POLICIES if policies is None else policies)
        self._clock = clock
        self._inner: AIORateLimiter | None = None
        if max_per_second > 0:
            # Whole messages per second; AIORateLimiter's window is one second.
            self._inner = AIORateLimiter(overall_max_rate=max(1, round(max_per_second)),
                                         overall_time_period=1, max_retries=0)
        self._paused_until = 0.0
        self._drain_deadline: float | None = None
        self.retries = 0
        """How many retries were made (for logs and tests)."""
        self.last_success: float | None = None
        """When (on ``clock``) a Bot API call last succeeded; ``None`` before the first."""

    async def initialize(self) -> None:
        if self._inner is not None:
            await self._inner.initialize()

    async def shutdown(self) -> None:
        if self._inner is not None:
            await self._inner.shutdown()

    def begin_drain(self, grace: float) -> None:
        """From now on, give up on anything that cannot finish within ``grace`` seconds."""
        self._drain_deadline = self._clock() + grace

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        level = current_patience()
        policy = self.policies[level]
        started = self._clock()
        deadline = started + policy.give_up_after
        attempt = 0
        while True:
            attempt += 1
            await self._wait_for_pause()
            try:
                if self._inner is None:
                    result = await callback(*args, **kwargs)
                else:
                    result = await self._inner.process_request(callback, args, kwargs,
                                                               endpoint, data, None)
            except Exception as exc:
                if not _retryable(exc):
                    if self.metrics is not None:
                        self.metrics.refused(endpoint, type(exc).__name__)
                    raise
                delay = self._delay(exc, attempt, policy)
                stop = deadline
                if self._drain_deadline is not None:
                    stop = min(stop, self._drain_deadline)
                quiet = level is Patience.STARTUP  # serve prints one clear line instead
                if attempt >= policy.attempts or self._clock() + delay > stop:
                    log.log(logging.DEBUG if quiet else logging.ERROR,
                            "delivery failed: %s gave up after %d attempts (%s, patience=%s)",
                            endpoint, attempt, _describe(exc), level.value)
                    if self.metrics is not None:
                        self.metrics.gave_up(endpoint, level.value)
                    raise
                if isinstance(exc, RetryAfter):
                    self._paused_until = max(self._paused_until, self._clock() + delay)
                self.retries += 1
                if self.metrics is not None:
                    self.metrics.retried(endpoint, level.value)
                log.log(logging.DEBUG if quiet else logging.WARNING,
                        "delivery retry: %s attempt %d failed (%s); retrying in %.2fs "
                        "(patience=%s)", endpoint, attempt, _describe(exc), delay, level.value)
                await asyncio.sleep(delay)
            else:
                self.last_success = now = self._clock()
                if self.metrics is not None:
                    self.metrics.api_call(endpoint, now - started, time.time())
                return result

    def _delay(self, exc: Exception, attempt: int, policy: RetryPolicy) -> float:
        if isinstance(exc, RetryAfter):
            return _retry_after_seconds(exc)
        backoff = self.retry_base * 2.0 ** min(attempt - 1, policy.doublings)
        return backoff * random.uniform(0.5, 1.0)

    async def _wait_for_pause(self) -> None:
        # After a 429 Telegram wants silence from the whole bot, not just one chat.
        # (Bounded: each pause is a Telegram-given retry_after, re-checked after sleeping.)
        for _ in range(1000):
            wait = self._paused_until - self._clock()
            if wait <= 0:
                return
            await asyncio.sleep(wait)


def _retry_after_seconds(exc: RetryAfter) -> float:
    # The public ``retry_after`` warns about its int-to-timedelta migration; the stored
    # timedelta is what AIORateLimiter itself reads.
    value = getattr(exc, "_retry_after", None)
    if isinstance(value, dt.timedelta):
        return float(value.total_seconds())
    return 1.0


def _describe(exc: Exception) -> str:
    if isinstance(exc, RetryAfter):
        return f"429 retry after {_retry_after_seconds(exc):g}s"
    return f"{type(exc).__name__}: {exc}"
