"""The same bot on python-telegram-bot's own transport (httpx), used when aiohttp is not
installed or with BOT_HTTP_CLIENT=httpx: replies, retries and a clean stop."""

from __future__ import annotations

from bot.core.assistant import Assistant
from tests.telegram.conftest import BotFactory, new_chat
from tests.telegram.standin import Fault, StandIn

QUESTION = "is it free"


def test_httpx_transport(standin: StandIn, start_bot: BotFactory, assistant: Assistant) -> None:
    bot = start_bot(standin, BOT_HTTP_CLIENT="httpx")
    chat_id = new_chat()
    standin.inject("sendMessage", Fault.error(502), Fault.too_many(1), Fault.hang(12),
                   chat_id=chat_id)
    standin.message(chat_id, QUESTION)
    sent = standin.wait_replies(chat_id, 1, timeout=10, settle=0.15)
    assert [s.text for s in sent] == [m.strip() for m in assistant.reply(QUESTION).messages]
    assert bot.terminate() == 0
    assert "Traceback" not in bot.output
