"""Telegram having a bad minute: every reply still arrives, and the bot stays up.

The stand-in injects 429s with ``retry_after``, 500s, 502s, a 12-second hang and a
polling outage. The bot runs with a 1-second request timeout and quick back-off
(tests/telegram/conftest.py: FAST), so all of this takes seconds.
"""

from __future__ import annotations

import time

import pytest

from bot.core.assistant import Assistant
from tests.telegram.conftest import TOKEN, BotFactory, BotProcess, new_chat
from tests.telegram.standin import Fault, StandIn

QUESTION = "is it free"
RISKY = "I want to kill myself"


@pytest.fixture(scope="module")
def bot(standin: StandIn, start_bot: BotFactory) -> BotProcess:
    return start_bot(standin)


def expect(assistant: Assistant, text: str) -> list[str]:
    return [m.strip() for m in assistant.reply(text).messages]


def test_429_waits_retry_after_then_delivers(bot: BotProcess, standin: StandIn,
                                             assistant: Assistant) -> None:
    chat_id = new_chat()
    standin.inject("sendMessage", Fault.too_many(retry_after=1), chat_id=chat_id)
    started = time.perf_counter()
    standin.message(chat_id, QUESTION)
    sent = standin.wait_replies(chat_id, 1, settle=0.15)
    assert [s.text for s in sent] == expect(assistant, QUESTION)
    assert sent[0].at - started >= 1.0  # waited as Telegram asked
    assert standin.faults_left() == 0


def test_5xx_answers_are_retried(bot: BotProcess, standin: StandIn,
                                 assistant: Assistant) -> None:
    chat_id = new_chat()
    standin.inject("sendMessage", Fault.error(500), Fault.error(502), Fault.error(503),
                   chat_id=chat_id)
    standin.message(chat_id, QUESTION)
    sent = standin.wait_replies(chat_id, 1, settle=0.15)
    assert [s.text for s in sent] == expect(assistant, QUESTION)


def test_a_12_second_hang_is_cut_short_and_retried(bot: BotProcess, standin: StandIn,
                                                   assistant: Assistant) -> None:
    chat_id = new_chat()
    standin.inject("sendMessage", Fault.hang(12), chat_id=chat_id)
    started = time.perf_counter()
    standin.message(chat_id, QUESTION)
    sent = standin.wait_replies(chat_id, 1, timeout=8, settle=0.15)
    assert [s.text for s in sent] == expect(assistant, QUESTION)
    assert sent[0].at - started < 8  # the bot gave up on the hung request


def test_crisis_reply_outlasts_a_long_run_of_failures(bot: BotProcess, standin: StandIn,
                                                      assistant: Assistant) -> None:
    # More failures in a row than an ordinary reply is allowed (8 attempts).
    chat_id = new_chat()
    faults = [Fault.error(502)] * 9 + [Fault.too_many(1)] + [Fault.error(500)] * 2
    standin.inject("sendMessage", *faults, chat_id=chat_id)
    standin.message(chat_id, RISKY)
    expected = expect(assistant, RISKY)
    sent = standin.wait_replies(chat_id, len(expected), timeout=25, settle=0.15)
    assert [s.text for s in sent] == expected


def test_answer_callback_query_is_retried(bot: BotProcess, standin: StandIn) -> None:
    chat_id = new_chat()
    standin.inject("answerCallbackQuery", Fault.error(502), Fault.hang(12))
    query = standin.callback(chat_id, "t:cost")
    standin.wait_replies(chat_id, 1, timeout=8)
    standin.wait_for(lambda: standin.answered[query] == 1, 5, "the query answered")


def test_polling_outage_loses_and_repeats_nothing(bot: BotProcess, standin: StandIn,
                                                  assistant: Assistant) -> None:
    # Several failed polls in a row (python-telegram-bot backs off 1 s, 1.5 s, 2.25 s).
    standin.inject("getUpdates", Fault.error(502), Fault.error(502), Fault.error(500))
    # Let the outage begin before the messages arrive.
    standin.wait_for(lambda: standin.faults_left() < 3, 5, "polling to hit the outage")
    chats = [new_chat() for _ in range(5)]
    ids = [standin.message(c, QUESTION) for c in chats]
    expected = expect(assistant, QUESTION)
    standin.wait_for(lambda: all(len(standin.replies_to(c)) >= len(expected) for c in chats),
                     timeout=20, what="replies after the outage")
    time.sleep(0.5)
    for c in chats:
        assert [s.text for s in standin.replies_to(c)] == expected  # each exactly once
    assert all(standin.update_served[i] == 1 for i in ids)


def test_polling_survives_a_hung_bot_api(bot: BotProcess, standin: StandIn,
                                         assistant: Assistant) -> None:
    standin.inject("getUpdates", Fault.hang(12))
    standin.wait_for(lambda: standin.faults_left() == 0, 5, "polling to hit the hang")
    chat_id = new_chat()
    update_id = standin.message(chat_id, QUESTION)
    sent = standin.wait_replies(chat_id, 1, timeout=10, settle=0.15)
    assert [s.text for s in sent] == expect(assistant, QUESTION)
    assert standin.update_served[update_id] == 1


def test_flood_then_crisis(bot: BotProcess, standin: StandIn,
                           assistant: Assistant) -> None:
    chat_id = new_chat()
    standin.push_many([{"message": standin.make_message(chat_id, f"{QUESTION} {n}")}
                       for n in range(30)])
    standin.message(chat_id, RISKY)
    crisis = assistant.reply(RISKY).messages[0].strip()
    standin.wait_for(lambda: any(s.text == crisis for s in standin.replies_to(chat_id)),
                     timeout=10, what="the crisis reply")
    time.sleep(0.5)
    sent = [s.text for s in standin.replies_to(chat_id)]
    slow_down = assistant.messages["slow_down"].strip()
    assert sent.count(slow_down) == 1
    assert sent.count(crisis) == 1
    answers = len(sent) - 2
    assert 6 <= answers <= 8  # the burst (6), maybe one more as the bucket refills


def test_still_up_and_nothing_leaked(bot: BotProcess, standin: StandIn) -> None:
    assert bot.proc.poll() is None
    output = bot.output
    assert "delivery retry" in output  # retries are logged, for the operator
    assert "polling failed" in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert QUESTION not in output and RISKY not in output
