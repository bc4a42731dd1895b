"""Settings for ``python main.py serve``, read from the environment.

Every problem is a :class:`ConfigError` with a one-line message that never contains
the token itself.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from bot.ops.metrics import DEFAULT_PORT as DEFAULT_METRICS_PORT
from bot.ops.metrics import PORT_ENV as METRICS_PORT_ENV
from bot.ops.store import DEFAULT_DB, db_path

__all__ = ["DEFAULT_BASE_URL", "ConfigError", "Settings"]

DEFAULT_BASE_URL = "https://api.telegram.org/bot"

# BotFather tokens look like "123456789:AAH...": a numeric bot id, a colon, then about 35
# URL-safe characters. Checking the shape catches a pasted placeholder or a stray quote
# before we talk to Telegram at all.
_TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,100}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_MAX_TOKEN_FILE_BYTES = 4096

N = TypeVar("N", int, float)


class ConfigError(ValueError):
    """A setting is missing or malformed; ``str()`` is one line meant for the operator."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything ``serve`` needs. Build with :meth:`from_env`."""

    token: str
    base_url: str = DEFAULT_BASE_URL
    log_level: str = "INFO"
    webhook_url: str | None = None
    """Public HTTPS URL Telegram posts updates to; webhook mode when set."""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = ""
    """Path the webhook server listens on; defaults to the path of ``webhook_url``."""
    webhook_secret: str = ""
    """Checked on every webhook request; derived from the token unless set."""
    request_timeout: float = 10.0
    """Seconds to wait for one Bot API answer before retrying."""
    poll_timeout: float = 10.0
    """Long-polling timeout for getUpdates."""
    retry_base: float = 1.0
    """First back-off delay after a failed send; it doubles up to a cap."""
    max_messages_per_second: float = 30.0
    """Overall send rate (AIORateLimiter); 0 turns rate limiting off (benchmarks)."""
    flood_burst: int = 6
    """Messages a person may send in a quick burst before the "slow down" note."""
    flood_rate: float = 0.5
    """Messages per second a person may keep sending after the burst."""
    flood_max_chats: int = 10_000
    """Most chats flood control remembers at once (memory cap)."""
    concurrency: int = 128
    """Updates handled at the same time."""
    connections: int = 32
    """HTTP connections to the Bot API. httpcore's pool does work proportional to its
    size on every request, so a few dozen connections are faster than hundreds."""
    http_client: str = "auto"
    """"aiohttp", "httpx" (python-telegram-bot's default) or "auto" (aiohttp if installed)."""
    shutdown_grace: float = 10.0
    """On SIGTERM, seconds allowed for replies in flight to be delivered."""
    metrics_port: int = DEFAULT_METRICS_PORT
    """Port of ``/metrics``, ``/healthz`` and ``/readyz``; 0 turns them off."""
    metrics_listen: str = "0.0.0.0"
    """Address they listen on."""
    unanswered_db: Path = DEFAULT_DB
    """The SQLite file that keeps the questions people chose to send to the team."""

    def __repr__(self) -> str:  # never show the token, even in a debugger or traceback
        return f"Settings(base_url={self.base_url!r}, webhook={bool(self.webhook_url)})"

    __str__ = __repr__

    @property
    def webhook_mode(self) -> bool:
        return bool(self.webhook_url)

    @property
    def api_host(self) -> str:
        """Scheme and host of the Bot API, safe to show (no token, no path)."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    @classmethod
    def from_env(cls, env: Mapping[str, str], **overrides: object) -> Settings:
        """Read settings from ``env``; ``overrides`` (e.g. from command-line flags) win.

        Raises :class:`ConfigError` for a missing or malformed value.
        """
        token = _read_token(env)
        base_url = env.get("TELEGRAM_BASE_URL", "").strip() or DEFAULT_BASE_URL
        if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
            raise ConfigError("TELEGRAM_BASE_URL must be an http(s) URL such as "
                              f"{DEFAULT_BASE_URL}")
        log_level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if log_level not in logging.getLevelNamesMapping():
            raise ConfigError(f"LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR "
                              f"(got {log_level[:20]!r})")
        values: dict[str, object] = {
            "token": token,
            "base_url": base_url,
            "log_level": log_level,
            "webhook_url": env.get("WEBHOOK_URL", "").strip() or None,
            "webhook_listen": env.get("WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
            "webhook_port": _number(env, "WEBHOOK_PORT", 8443, int, 1, 65535),
            "webhook_path": env.get("WEBHOOK_PATH", "").strip().strip("/") or None,
            "request_timeout": _number(env, "BOT_REQUEST_TIMEOUT", 10.0, float, 0.05, 600),
            "poll_timeout": _number(env, "BOT_POLL_TIMEOUT", 10.0, float, 0, 50),
            "retry_base": _number(env, "BOT_RETRY_BASE_DELAY", 1.0, float, 0.001, 60),
            "max_messages_per_second": _number(env, "BOT_MAX_MESSAGES_PER_SECOND", 30.0,
                                               float, 0, 10_000),
            "flood_burst": _number(env, "BOT_FLOOD_BURST", 6, int, 1, 1000),
            "flood_rate": _number(env, "BOT_FLOOD_RATE", 0.5, float, 0.001, 1000),
            "flood_max_chats": _number(env, "BOT_FLOOD_MAX_CHATS", 10_000, int, 1, 10_000_000),
            "concurrency": _number(env, "BOT_CONCURRENCY", 128, int, 1, 10_000),
            "connections": _number(env, "BOT_CONNECTIONS", 32, int, 1, 1024),
            "shutdown_grace": _number(env, "BOT_SHUTDOWN_GRACE", 10.0, float, 0, 600),
            "http_client": env.get("BOT_HTTP_CLIENT", "").strip().lower() or "auto",
            "metrics_port": _number(env, METRICS_PORT_ENV, DEFAULT_METRICS_PORT, int, 0,
                                    65535),
            "metrics_listen": env.get("BOT_METRICS_LISTEN", "").strip() or "0.0.0.0",
            "unanswered_db": db_path(env),
        }
        if values["http_client"] not in ("auto", "aiohttp", "httpx"):
            raise ConfigError("BOT_HTTP_CLIENT must be auto, aiohttp or httpx")
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values["webhook_path"] is None:
            # By default the bot listens on the path of its public URL.
            values["webhook_path"] = urlsplit(str(values["webhook_url"] or "")).path.strip("/")
        secret = env.get("WEBHOOK_SECRET", "").strip() or derive_webhook_secret(token)
        if not _SECRET.match(secret):
            raise ConfigError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ "
                              "and -")
        values["webhook_secret"] = secret
        webhook_url = values["webhook_url"]
        if webhook_url is not None and urlsplit(str(webhook_url)).scheme not in ("http",
                                                                                  "https"):
            raise ConfigError("WEBHOOK_URL must be the public https:// URL Telegram posts to")
        if webhook_url is not None and values["metrics_port"] == values["webhook_port"]:
            raise ConfigError(f"{METRICS_PORT_ENV} must differ from WEBHOOK_PORT (both are "
                              f"{values['webhook_port']}); 0 turns the metrics server off")
        return cls(**values)  # type: ignore[arg-type]


def derive_webhook_secret(token: str) -> str:
    """A webhook secret every replica of the bot agrees on without extra configuration.

    It is a keyed hash of the token, so it cannot be guessed without the token and does
    not reveal it.
    """
    return hmac.new(token.encode(), b"talking-therapies-webhook", hashlib.sha256).hexdigest()


def _read_token(env: Mapping[str, str]) -> str:
    direct = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    file_name = env.get("TELEGRAM_BOT_TOKEN_FILE", "").strip()
    if direct and file_name:
        raise ConfigError("set TELEGRAM_BOT_TOKEN or TELEGRAM_BOT_TOKEN_FILE, not both")
    if file_name:
        path = Path(file_name)
        try:
            with path.open("rb") as handle:
                raw = handle.read(_MAX_TOKEN_FILE_BYTES + 1)
        except OSError as exc:
            raise ConfigError(f"cannot read TELEGRAM_BOT_TOKEN_FILE {file_name!r}: "
                              f"{exc.strerror or type(exc).__name__}") from None
        if len(raw) > _MAX_TOKEN_FILE_BYTES:
            raise ConfigError(f"TELEGRAM_BOT_TOKEN_FILE {file_name!r} is too large to be a "
                              "token")
        try:
            token = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise ConfigError(f"TELEGRAM_BOT_TOKEN_FILE {file_name!r} is not UTF-8 "
                              "text") from None
        source = f"TELEGRAM_BOT_TOKEN_FILE {file_name!r}"
    else:
        token = direct
        source = "TELEGRAM_BOT_TOKEN"
    if not token:
        raise ConfigError("no bot token: set TELEGRAM_BOT_TOKEN (or TELEGRAM_BOT_TOKEN_FILE) "
                          "to the token BotFather gave you")
    if not _TOKEN.match(token):
        # Say what is wrong with the shape, never echo the value.
        raise ConfigError(f"{source} does not look like a bot token (expected digits, a "
                          "colon, then about 35 letters, digits, _ or -)")
    return token


def _number(env: Mapping[str, str], name: str, default: N, kind: type[N],
               low: float, high: float) -> N:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number (got {raw[:20]!r})") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low:g} and {high:g} (got {raw[:20]!r})")
    return value
