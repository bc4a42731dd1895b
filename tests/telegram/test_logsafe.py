"""The token never reaches a log line, whatever logs it; nor does update data."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from telegram import Update

from bot.telegram.logsafe import MASK, configure_logging, redact

TOKEN = "7000000009:AAHlogTESTtokenSECRETxyz_0123456789abcd"


@pytest.fixture
def output() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    configure_logging("DEBUG", secrets=[TOKEN], stream=stream)
    yield stream
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])


def test_token_masked_in_message_args_and_tracebacks(output: io.StringIO) -> None:
    log = logging.getLogger("anything")
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    log.info("HTTP Request: POST %s", url)
    log.warning(f"direct {url}")
    try:
        raise RuntimeError(f"failed calling {url}")
    except RuntimeError:
        log.exception("boom")
    log.error("with stack", stack_info=True, extra={"x": TOKEN})
    text = output.getvalue()
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    assert text.count(MASK) >= 3
    assert "RuntimeError" in text  # the traceback itself is kept


def test_any_token_shaped_string_is_masked(output: io.StringIO) -> None:
    other = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    logging.getLogger("x").info("token %s", other)
    assert other not in output.getvalue()
    assert redact(f"bot{other}/getMe") == f"bot{MASK}/getMe"


def test_httpx_is_held_at_warning_and_telegram_at_info(output: io.StringIO) -> None:
    logging.getLogger("httpx").info("HTTP Request: POST https://example.org/bot%s", "x")
    logging.getLogger("telegram.ext.Application").debug("Processing update %s", "secret")
    assert output.getvalue() == ""
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("bot.telegram").getEffectiveLevel() == logging.DEBUG


def test_update_data_in_telegram_records_is_not_shown(output: io.StringIO) -> None:
    update = Update.de_json({"update_id": 1, "message": {
        "message_id": 1, "date": 1, "text": "my private words",
        "chat": {"id": 424242, "type": "private", "first_name": "Alex"}}}, None)
    log = logging.getLogger("telegram.ext.Application")
    log.critical("Error while building CallbackContext for update %s.", update)
    log.critical("Received data was: %r", {"text": "my private words"})
    text = output.getvalue()
    assert "my private words" not in text and "Alex" not in text and "424242" not in text
    assert "Error while building CallbackContext" in text
