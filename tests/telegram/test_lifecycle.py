"""Starting and stopping ``python main.py serve``: clear one-line errors, clean exits."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from tests.telegram.conftest import ROOT, TOKEN, BotFactory, bot_env, new_chat
from tests.telegram.standin import Fault, StandIn

QUESTION = "is it free"


def one_line_error(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert "Traceback" not in output
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, output
    return errors[0]


def test_sigterm_finishes_the_reply_in_flight_and_exits_0(
        standin: StandIn, start_bot: BotFactory, assistant: Assistant) -> None:
    bot = start_bot(standin)
    chat_id = new_chat()
    standin.inject("sendMessage", Fault.delay(1.5), chat_id=chat_id)
    before = standin.received["sendMessage"]
    standin.message(chat_id, QUESTION)
    standin.wait_for(lambda: standin.received["sendMessage"] > before, 5,
                     "the reply to be in flight")
    started = time.monotonic()
    assert bot.terminate() == 0
    assert time.monotonic() - started < 10
    assert [s.text for s in standin.replies_to(chat_id)] == \
        [m.strip() for m in assistant.reply(QUESTION).messages]
    assert "stopped" in bot.output and "Traceback" not in bot.output


def test_sigint_exits_0(standin: StandIn, start_bot: BotFactory) -> None:
    bot = start_bot(standin)
    bot.proc.send_signal(signal.SIGINT)
    assert bot.wait_exit() == 0


def test_bare_main_serves_when_a_token_is_set(standin: StandIn,
                                              start_bot: BotFactory) -> None:
    bot = start_bot(standin, bare=True)
    chat_id = new_chat()
    standin.message(chat_id, QUESTION)
    standin.wait_replies(chat_id, 1)
    assert bot.terminate() == 0


def test_token_from_a_file(standin: StandIn, start_bot: BotFactory, tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n")
    env = bot_env(standin, TELEGRAM_BOT_TOKEN_FILE=str(secret))
    del env["TELEGRAM_BOT_TOKEN"]
    bot = start_bot(standin, env=env)
    chat_id = new_chat()
    standin.message(chat_id, QUESTION)
    standin.wait_replies(chat_id, 1)
    assert bot.terminate() == 0
    assert TOKEN.split(":")[1] not in bot.output


@pytest.mark.parametrize(("token", "expected"), [
    ("", "no bot token"),
    ("not-a-token", "does not look like a bot token"),
    ("123456:short", "does not look like a bot token"),
    ('"7000000001:AAHtestTOKENnotREALxyzSECRET_0123456789"', "does not look like"),
])
def test_missing_or_malformed_token(start_bot: BotFactory, token: str, expected: str) -> None:
    env = bot_env(None, TELEGRAM_BOT_TOKEN=token)
    bot = start_bot(None, env=env, ready=False)
    assert bot.wait_exit() == 2
    line = one_line_error(bot.output)
    assert expected in line
    if token:
        assert token.strip('"') not in bot.output


def test_token_rejected_by_telegram(start_bot: BotFactory) -> None:
    with StandIn("7000000002:AAHsomeOTHERtokenXXXXXXXXXXXXXXXXXXXX") as other:
        bot = start_bot(other, ready=False)
        assert bot.wait_exit() == 1
    assert "rejected the bot token" in one_line_error(bot.output)
    assert TOKEN.split(":")[1] not in bot.output


def test_unreachable_bot_api(start_bot: BotFactory) -> None:
    with socket.socket() as sock:  # a port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = bot_env(None, TELEGRAM_BASE_URL=f"http://127.0.0.1:{port}/bot")
    started = time.monotonic()
    bot = start_bot(None, env=env, ready=False)
    assert bot.wait_exit() == 1
    assert time.monotonic() - started < 15
    line = one_line_error(bot.output)
    assert "cannot reach the Telegram Bot API at http://127.0.0.1:" in line
    assert TOKEN.split(":")[1] not in bot.output


def test_a_metrics_port_in_use_is_one_clear_line(standin: StandIn,
                                                   start_bot: BotFactory) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = start_bot(standin, ready=False, BOT_METRICS_PORT=str(port),
                        BOT_METRICS_LISTEN="127.0.0.1")
        assert bot.wait_exit() == 1
    line = one_line_error(bot.output)
    assert f"cannot listen for metrics on 127.0.0.1:{port}" in line
    assert "BOT_METRICS_PORT" in line


def test_token_file_that_cannot_be_read(start_bot: BotFactory, tmp_path: Path) -> None:
    env = bot_env(None, TELEGRAM_BOT_TOKEN_FILE=str(tmp_path / "missing"))
    del env["TELEGRAM_BOT_TOKEN"]
    bot = start_bot(None, env=env, ready=False)
    assert bot.wait_exit() == 2
    assert "cannot read TELEGRAM_BOT_TOKEN_FILE" in one_line_error(bot.output)


def test_sigterm_is_bounded_even_while_a_crisis_reply_is_retrying(
        standin: StandIn, start_bot: BotFactory, assistant: Assistant) -> None:
    bot = start_bot(standin, BOT_SHUTDOWN_GRACE="1")
    chat_id = new_chat()
    standin.inject("sendMessage", *[Fault.error(502)] * 200, chat_id=chat_id)
    before = standin.received["sendMessage"]
    standin.message(chat_id, "I want to kill myself")
    standin.wait_for(lambda: standin.received["sendMessage"] > before, 5, "a send attempt")
    started = time.monotonic()
    assert bot.terminate() == 0
    assert time.monotonic() - started < 6
    assert "delivery failed" in bot.output  # the operator is told what was not sent


@pytest.mark.parametrize("content", [
    b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
    b"c: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
    b"version: 1\nversion: 2\n",
    b"\xff\xfe not utf-8",
    b"- just\n- a list\n",
])
def test_a_broken_faq_stops_the_bot_from_starting(standin: StandIn, tmp_path: Path,
                                                  content: bytes) -> None:
    faq = tmp_path / "faq.yaml"
    faq.write_bytes(content)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "main.py", "--faq", str(faq), "serve"],
                            cwd=ROOT, env=bot_env(standin), capture_output=True, text=True,
                            timeout=30, check=False)
    assert result.returncode == 2
    assert time.monotonic() - started < 10
    assert one_line_error(result.stdout + result.stderr).startswith(f"error: {faq}")


def test_a_restart_in_the_middle_of_the_check_loses_nothing(
        standin: StandIn, start_bot: BotFactory) -> None:
    from bot.core.rightforme.check import Check

    check = Check.load()
    chat_id = new_chat()
    first = start_bot(standin)
    standin.message(chat_id, "/rightforme")
    [question] = standin.wait_replies(chat_id, 1, settle=0.15)
    safe = check.start().options[0]
    assert safe.data in question.callback_data
    standin.callback(chat_id, safe.data)
    sent = standin.wait_replies(chat_id, 2, settle=0.15)
    second_step = check.handle(safe.data)
    assert sent[1].callback_data == [o.data for o in second_step.options]
    assert first.terminate() == 0
    # A new process (a restart, or another replica) takes the next step from the
    # button alone: nothing about the person was kept anywhere.
    second = start_bot(standin)
    answer = second_step.options[0]
    standin.callback(chat_id, answer.data)
    sent = standin.wait_replies(chat_id, 3, settle=0.15)
    expected = check.handle(answer.data)
    assert sent[2].text == expected.text.strip()
    assert not expected.restarted
    assert second.terminate() == 0
