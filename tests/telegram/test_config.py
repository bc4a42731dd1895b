"""Settings from the environment: clear one-line errors that never show the token."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.telegram.config import DEFAULT_BASE_URL, ConfigError, Settings, derive_webhook_secret

TOKEN = "7000000001:AAHtestTOKENnotREALxyzSECRET_0123456789"


def test_defaults() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.token == TOKEN
    assert settings.base_url == DEFAULT_BASE_URL
    assert not settings.webhook_mode
    assert settings.webhook_secret == derive_webhook_secret(TOKEN)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)


def test_token_from_file(tmp_path: Path) -> None:
    path = tmp_path / "token"
    path.write_text(f"  {TOKEN}\n")
    assert Settings.from_env({"TELEGRAM_BOT_TOKEN_FILE": str(path)}).token == TOKEN


@pytest.mark.parametrize(("env", "message"), [
    ({}, "no bot token"),
    ({"TELEGRAM_BOT_TOKEN": "abc"}, "does not look like a bot token"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BOT_TOKEN_FILE": "/x"}, "not both"),
    ({"TELEGRAM_BOT_TOKEN_FILE": "/nonexistent/token"}, "cannot read"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": "ftp://x"}, "TELEGRAM_BASE_URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_PORT": "99999"}, "WEBHOOK_PORT"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_REQUEST_TIMEOUT": "soon"}, "BOT_REQUEST_TIMEOUT"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "has spaces"}, "WEBHOOK_SECRET"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "bot.example.org"}, "WEBHOOK_URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_METRICS_PORT": "-1"}, "BOT_METRICS_PORT"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example.org/hook",
      "WEBHOOK_PORT": "9464"}, "BOT_METRICS_PORT must differ from WEBHOOK_PORT"),
])
def test_errors_are_one_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        Settings.from_env(env)
    assert "\n" not in str(info.value)
    assert TOKEN not in str(info.value)


def test_a_malformed_token_is_not_echoed(tmp_path: Path) -> None:
    bad = "7000000001:AAH-with a space-0123456789012345678"
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": bad})
    assert bad not in str(info.value)
    path = tmp_path / "token"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(ConfigError, match="not UTF-8"):
        Settings.from_env({"TELEGRAM_BOT_TOKEN_FILE": str(path)})


def test_webhook_settings() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN,
                                  "WEBHOOK_URL": "https://bot.example.org/hooks/tg",
                                  "WEBHOOK_PORT": "8080", "WEBHOOK_SECRET": "s3cret_x"})
    assert settings.webhook_mode and settings.webhook_port == 8080
    assert settings.webhook_path == "hooks/tg" and settings.webhook_secret == "s3cret_x"
    override = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN}, webhook_port=9000,
                                 webhook_url="https://x.example.org/")
    assert override.webhook_port == 9000 and override.webhook_path == ""


def test_derived_secret_is_stable_valid_and_hides_the_token() -> None:
    secret = derive_webhook_secret(TOKEN)
    assert secret == derive_webhook_secret(TOKEN) != derive_webhook_secret(TOKEN + "x")
    assert len(secret) == 64 and secret.isalnum()
    assert TOKEN.split(":")[1] not in secret


def test_metrics_and_store_settings(tmp_path: Path) -> None:
    from bot.ops.store import DEFAULT_DB

    defaults = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert (defaults.metrics_port, defaults.metrics_listen) == (9464, "0.0.0.0")
    assert defaults.unanswered_db == DEFAULT_DB
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_METRICS_PORT": "0",
                                  "BOT_METRICS_LISTEN": "127.0.0.1",
                                  "BOT_UNANSWERED_DB": str(tmp_path / "q.sqlite3")})
    assert (settings.metrics_port, settings.metrics_listen) == (0, "127.0.0.1")
    assert settings.unanswered_db == tmp_path / "q.sqlite3"
