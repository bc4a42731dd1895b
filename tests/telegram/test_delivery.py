"""Retries: what is retried, how patiently, and that shutdown bounds it."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.delivery import POLICIES, DeliveryLimiter, Patience, patience

# RetryAfter's own constructor reads its deprecated int-valued attribute.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def failing(*errors: Exception) -> tuple[Callable[..., Any], list[float]]:
    """A Bot API call that raises ``errors`` in turn, then succeeds."""
    queue = list(errors)
    calls: list[float] = []

    async def call(*args: Any, **kwargs: Any) -> dict[str, Any]:
        calls.append(time.monotonic())
        if queue:
            raise queue.pop(0)
        return {"ok": True}

    return call, calls


async def send(limiter: DeliveryLimiter, call: Callable[..., Any],
               level: Patience = Patience.NORMAL) -> object:
    with patience(level):
        return await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 1},
                                             None)


@pytest.fixture
async def limiter() -> DeliveryLimiter:
    limiter = DeliveryLimiter(max_per_second=0, retry_base=0.001)
    await limiter.initialize()
    return limiter


@pytest.mark.parametrize("error", [
    NetworkError("Bad Gateway"), NetworkError("Internal Server Error (500)"),
    TimedOut("Timed out"), NetworkError("httpx.ConnectError: refused"),
])
async def test_transient_errors_are_retried(limiter: DeliveryLimiter, error: Exception) -> None:
    call, calls = failing(error, error)
    assert await send(limiter, call) == {"ok": True}
    assert len(calls) == 3


@pytest.mark.parametrize("error", [BadRequest("can't parse entities"),
                                   Forbidden("bot was blocked by the user")])
async def test_hopeless_errors_are_not_retried(limiter: DeliveryLimiter,
                                               error: Exception) -> None:
    call, calls = failing(error)
    with pytest.raises(type(error)):
        await send(limiter, call)
    assert len(calls) == 1


async def test_429_waits_retry_after_and_pauses_everyone(limiter: DeliveryLimiter) -> None:
    call, calls = failing(RetryAfter(dt.timedelta(seconds=0.2)))
    other, other_calls = failing()
    first = asyncio.create_task(send(limiter, call))
    await asyncio.sleep(0.02)
    await send(limiter, other)  # another chat's message waits out the pause too
    await first
    assert calls[1] - calls[0] >= 0.2
    assert other_calls[0] - calls[0] >= 0.15


async def test_crisis_replies_are_the_most_patient(limiter: DeliveryLimiter) -> None:
    normal, crisis = POLICIES[Patience.NORMAL], POLICIES[Patience.CRISIS]
    assert crisis.attempts > normal.attempts and crisis.give_up_after > normal.give_up_after
    errors = [NetworkError("Bad Gateway")] * normal.attempts
    call, calls = failing(*errors)
    with pytest.raises(NetworkError):
        await send(limiter, call, Patience.NORMAL)
    assert len(calls) == normal.attempts
    call, calls = failing(*errors)
    assert await send(limiter, call, Patience.CRISIS) == {"ok": True}
    assert len(calls) == normal.attempts + 1


async def test_give_up_after_bounds_the_time(limiter: DeliveryLimiter) -> None:
    call, _ = failing(RetryAfter(dt.timedelta(seconds=120)))
    started = time.monotonic()
    with pytest.raises(RetryAfter):  # 120 s is past an ordinary reply's 60 s bound
        await send(limiter, call)
    assert time.monotonic() - started < 1


async def test_drain_caps_retries_at_shutdown(limiter: DeliveryLimiter) -> None:
    limiter.retry_base = 0.2
    limiter.begin_drain(0.1)
    call, calls = failing(*[NetworkError("Bad Gateway")] * 10)
    with pytest.raises(NetworkError):
        await send(limiter, call, Patience.CRISIS)
    assert len(calls) == 1


async def test_with_aioratelimiter_inside() -> None:
    limiter = DeliveryLimiter(max_per_second=30, retry_base=0.001)
    await limiter.initialize()
    call, calls = failing(NetworkError("Bad Gateway"), RetryAfter(dt.timedelta(seconds=0.05)))
    assert await send(limiter, call) == {"ok": True}
    assert len(calls) == 3
    await limiter.shutdown()


async def test_retries_give_ups_refusals_and_latency_are_measured() -> None:
    from bot.ops.metrics import Metrics

    metrics = Metrics()
    limiter = DeliveryLimiter(max_per_second=0, retry_base=0.001, metrics=metrics)
    await limiter.initialize()
    assert limiter.last_success is None
    call, _ = failing(NetworkError("Bad Gateway"))
    await send(limiter, call, Patience.CRISIS)
    assert limiter.last_success is not None
    limiter.policies[Patience.NORMAL] = POLICIES[Patience.STARTUP]
    hopeless, _ = failing(*[TimedOut("Timed out")] * 5)
    with pytest.raises(TimedOut):
        await send(limiter, hopeless)
    blocked, _ = failing(Forbidden("bot was blocked by the user"))
    with pytest.raises(Forbidden):
        await send(limiter, blocked)

    def value(name: str, **labels: str) -> float | None:
        return metrics.registry.get_sample_value(name, labels)

    assert value("ttbot_send_retries_total", method="sendMessage", patience="crisis") == 1
    assert value("ttbot_send_retries_total", method="sendMessage", patience="normal") == 2
    assert value("ttbot_send_give_ups_total", method="sendMessage", patience="normal") == 1
    assert value("ttbot_send_errors_total", method="sendMessage", error="Forbidden") == 1
    assert value("ttbot_bot_api_seconds_count", method="sendMessage") == 1
