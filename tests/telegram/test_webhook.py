"""Webhook mode: Telegram's secret token is required on every request."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from bot.core.assistant import Assistant
from bot.telegram.config import derive_webhook_secret
from tests.telegram.conftest import TOKEN, BotFactory, BotProcess, free_port, http_get, new_chat
from tests.telegram.standin import StandIn

QUESTION = "is it free"
METRICS_PORT = free_port()


@pytest.fixture(scope="module")
def hook(standin: StandIn, start_bot: BotFactory) -> Iterator[tuple[BotProcess, str]]:
    port = free_port()
    bot = start_bot(standin, WEBHOOK_URL="https://bot.example.org/tg-hook",
                    WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port),
                    BOT_METRICS_LISTEN="127.0.0.1", BOT_METRICS_PORT=str(METRICS_PORT))
    yield bot, f"http://127.0.0.1:{port}/tg-hook"
    assert bot.terminate() == 0


def post(url: str, update: dict[str, object], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return httpx.post(url, content=json.dumps(update), headers=headers, timeout=5).status_code


def test_webhook_registered_with_a_secret(hook: tuple[BotProcess, str],
                                          standin: StandIn) -> None:
    assert standin.webhook is not None
    assert standin.webhook["url"] == "https://bot.example.org/tg-hook"
    assert standin.webhook["secret_token"] == derive_webhook_secret(TOKEN)


@pytest.mark.parametrize("secret", [None, "", "wrong-secret"])
def test_requests_without_the_secret_are_refused(hook: tuple[BotProcess, str],
                                                 standin: StandIn, secret: str | None) -> None:
    _, url = hook
    chat_id = new_chat()
    update = {"update_id": 1, "message": standin.make_message(chat_id, QUESTION)}
    assert post(url, update, secret) == 403
    assert standin.replies_to(chat_id) == []


def test_requests_with_the_secret_are_answered(hook: tuple[BotProcess, str],
                                               standin: StandIn,
                                               assistant: Assistant) -> None:
    bot, url = hook
    chat_id = new_chat()
    update = {"update_id": 2, "message": standin.make_message(chat_id, QUESTION)}
    assert post(url, update, derive_webhook_secret(TOKEN)) == 200
    sent = standin.wait_replies(chat_id, 1, settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in assistant.reply(QUESTION).messages]
    assert derive_webhook_secret(TOKEN) not in bot.output
    assert TOKEN.split(":")[1] not in bot.output


def test_metrics_and_health_in_webhook_mode_too(hook: tuple[BotProcess, str],
                                               standin: StandIn) -> None:
    _, url = hook
    chat_id = new_chat()
    update = {"update_id": 3, "message": standin.make_message(chat_id, QUESTION)}
    assert post(url, update, derive_webhook_secret(TOKEN)) == 200
    standin.wait_replies(chat_id, 1)
    base = f"http://127.0.0.1:{METRICS_PORT}"
    assert http_get(f"{base}/healthz") == (200, "ok\n")
    assert http_get(f"{base}/readyz")[0] == 200
    # Counted just after the send returns.
    standin.wait_for(lambda: 'ttbot_replies_total{answer="cost",kind="answer",topic="cost"}'
                     in http_get(f"{base}/metrics")[1], what="the reply counted")
