"""/readyz: ready once started, while the Bot API answers (asked with getMe when quiet)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any, cast

from telegram.error import NetworkError

from bot.core.assistant import Assistant
from bot.telegram.app import API_FRESH, Readiness
from bot.telegram.delivery import DeliveryLimiter


class Bot:
    """getMe as the bot makes it: answered (the limiter records the success) or failing;
    calls counted."""

    def __init__(self) -> None:
        self.calls = 0
        self.fail = False
        self.limiter: DeliveryLimiter | None = None
        self.now = [0.0]

    async def get_me(self) -> object:
        self.calls += 1
        await asyncio.sleep(0.01)
        if self.fail:
            raise NetworkError("unreachable")
        if self.limiter is not None:
            self.limiter.last_success = self.now[0]
        return object()


def readiness(assistant: Assistant, bot: Bot, now: list[float]) -> tuple[Readiness,
                                                                         DeliveryLimiter]:
    limiter = DeliveryLimiter(max_per_second=0, clock=lambda: now[0])
    bot.limiter, bot.now = limiter, now
    app = cast(Any, SimpleNamespace(bot=bot))
    return Readiness(app, limiter, assistant, clock=lambda: now[0]), limiter


async def test_not_ready_until_started_nor_while_stopping(assistant: Assistant) -> None:
    check, _ = readiness(assistant, Bot(), [0.0])
    assert await check.check() == (False, "not ready: starting")
    check.state = "stopping"
    assert await check.check() == (False, "not ready: stopping")


async def test_a_recent_success_is_enough(assistant: Assistant) -> None:
    bot, now = Bot(), [1000.0]
    check, limiter = readiness(assistant, bot, now)
    check.state = "running"
    limiter.last_success = now[0] - API_FRESH / 2
    ready, reason = await check.check()
    assert ready and f"{len(assistant.answers)} answers loaded" in reason
    assert bot.calls == 0


async def test_when_quiet_one_get_me_decides(assistant: Assistant) -> None:
    bot, now = Bot(), [1000.0]
    check, limiter = readiness(assistant, bot, now)
    check.state = "running"
    limiter.last_success = now[0] - API_FRESH - 1
    # Probes arriving together ask Telegram once.
    results = await asyncio.gather(*(check.check() for _ in range(5)))
    assert all(ready for ready, _ in results) and bot.calls == 1
    now[0] += API_FRESH + 1
    bot.fail = True
    ready, reason = await check.check()
    assert not ready and reason == "not ready: Bot API unreachable (NetworkError)"
