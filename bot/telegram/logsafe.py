"""Logging that never shows the bot token or what people wrote.

- httpx and httpcore log every request URL at INFO, and the URL holds the token: they
  are held at WARNING whatever ``LOG_LEVEL`` says.
- python-telegram-bot logs whole updates (message text, names, user ids) at DEBUG, and
  a few CRITICAL lines quote raw update data: its loggers are held at INFO, and
  :class:`RedactingFilter` replaces any update-like argument with a placeholder.
- :class:`RedactingFilter` sits on every handler of the root logger and masks the token
  (and anything shaped like a bot token) in the message, its arguments, the exception
  text and the stack, so a traceback cannot leak it either.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Iterable
from types import TracebackType

__all__ = ["MASK", "RedactingFilter", "configure_logging", "redact"]

MASK = "[REDACTED]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Anything shaped like a bot token, even one we were not told about.
_TOKEN_SHAPE = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{30,100}")

# Loggers held at a minimum level, whatever LOG_LEVEL says.
_FLOORS = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "hpack": logging.WARNING,
    "telegram": logging.INFO,
    "tornado.access": logging.WARNING,
    "asyncio": logging.INFO,
    # We log every 429 ourselves (bot.telegram.delivery) and retry with our own patience;
    # the rate limiter's own traceback per 429 would only be noise.
    "telegram.ext.AIORateLimiter": logging.CRITICAL,
}


class RedactingFilter(logging.Filter):
    """Masks secrets in every record that passes through a handler."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets: tuple[str, ...] = ()
        self.add_secrets(secrets)

    def add_secrets(self, secrets: Iterable[str]) -> None:
        """Also mask these strings (longest first, so no part of one survives)."""
        merged = {s for s in (*self.secrets, *secrets) if s and len(s) >= 8}
        self.secrets = tuple(sorted(merged, key=len, reverse=True))

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return _TOKEN_SHAPE.sub(MASK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and record.args:
            # logging passes a lone dict argument as the mapping itself
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = _scrub_args(args)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = self.redact(_format_exception(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


_FILTER = RedactingFilter()


def redact(text: str) -> str:
    """``text`` with every known secret and token-shaped string masked."""
    return _FILTER.redact(text)


def configure_logging(level: str = "INFO", secrets: Iterable[str] = (),
                      stream: object = None) -> RedactingFilter:
    """Log to stderr at ``level`` with secrets masked; returns the installed filter.

    Safe to call more than once: the root handlers are replaced, not added to.
    """
    _FILTER.add_secrets(secrets)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_FILTER)
    root.addHandler(handler)
    root.setLevel(level)
    numeric = logging.getLevelName(level)
    for name, floor in _FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, numeric if isinstance(numeric, int)
                                             else logging.INFO))
    logging.captureWarnings(True)
    sys.excepthook = _redacting_excepthook
    return _FILTER


def _scrub_args(args: tuple[object, ...]) -> tuple[object, ...]:
    # Imported here so this module stays importable (and testable) on its own.
    from telegram import TelegramObject

    def scrub(value: object) -> object:
        if isinstance(value, TelegramObject | dict | list | bytes):
            return "<update data not logged>"
        return value

    return tuple(scrub(arg) for arg in args)


def _format_exception(exc_info: tuple[type[BaseException], BaseException,
                                      TracebackType | None] | tuple[None, None, None],
                      ) -> str:
    return "".join(traceback.format_exception(*exc_info)).rstrip("\n")


def _redacting_excepthook(kind: type[BaseException], value: BaseException,
                          tb: TracebackType | None) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))
