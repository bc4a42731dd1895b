"""Fixtures for the Telegram tests: the stand-in Bot API and the real bot process.

``bot`` starts ``python main.py serve`` as a subprocess pointed at the stand-in (a
random port on 127.0.0.1), exactly as an operator would run it, and collects all it
prints. Every process started here is stopped at teardown; nothing is left behind.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.telegram.standin import StandIn

ROOT = Path(__file__).resolve().parents[2]
# Shaped like a real token so the bot's own shape check passes; unique enough that
# finding it anywhere in the output means it leaked.
TOKEN = "7000000001:AAHtestTOKENnotREALxyzSECRET_0123456789"

# Quick retries and timeouts so fault tests run in seconds; the 12-second hang is met
# with a 1-second request timeout.
FAST = {
    "BOT_REQUEST_TIMEOUT": "1",
    "BOT_POLL_TIMEOUT": "1",
    "BOT_RETRY_BASE_DELAY": "0.02",
    "BOT_SHUTDOWN_GRACE": "5",
    # Off unless a test asks for it (with a free port), so bots started side by side
    # never compete for one.
    "BOT_METRICS_PORT": "0",
}

# Distinctive ids, so finding one in the bot's output means it was logged.
_chat_ids = itertools.count(58_000_001)


def new_chat() -> int:
    """A chat id no other test uses."""
    return next(_chat_ids)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (for a bot's metrics server)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def http_get(url: str, timeout: float = 5.0) -> tuple[int, str]:
    """Status and body of a GET (errors included, e.g. 503 from /readyz)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


class BotProcess:
    """``python main.py serve`` in a subprocess, with its output in a file."""

    def __init__(self, log_path: Path, env: dict[str, str], args: list[str]) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "main.py", *args], cwd=ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)

    @property
    def output(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_bytes().decode("utf-8", errors="replace")

    def wait_ready(self, timeout: float = 20.0) -> BotProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready: " in self.output:
                return self
            if self.proc.poll() is not None:
                raise AssertionError(f"bot exited with {self.proc.returncode}:\n{self.output}")
            time.sleep(0.02)
        raise AssertionError(f"bot not ready after {timeout}s:\n{self.output}")

    def wait_exit(self, timeout: float = 20.0) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"bot still running after {timeout}s:\n{self.output}") \
                from None

    def terminate(self, timeout: float = 20.0) -> int:
        """SIGTERM, then wait for a clean exit; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.wait_exit(timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)
        self._log.close()


def bot_env(standin: StandIn | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "WEBHOOK_", "BOT_", "LOG_LEVEL"))}
    env.update(FAST)
    env["PYTHONUNBUFFERED"] = "1"
    env["TELEGRAM_BOT_TOKEN"] = TOKEN
    if standin is not None:
        env["TELEGRAM_BASE_URL"] = standin.base_url
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


@pytest.fixture(scope="module")
def standin() -> Iterator[StandIn]:
    with StandIn(TOKEN) as api:
        yield api


class BotFactory:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.started: list[BotProcess] = []

    def __call__(self, standin: StandIn | None, *args: str, ready: bool = True,
                 env: dict[str, str] | None = None, bare: bool = False,
                 **extra: str) -> BotProcess:
        """Start ``python main.py serve ARGS`` (``python main.py`` if ``bare``)."""
        full_env = env if env is not None else bot_env(standin, **extra)
        # Never the repository's own store: each bot keeps shared questions in tmp.
        full_env.setdefault("BOT_UNANSWERED_DB",
                            str(self.tmp / f"unanswered-{len(self.started)}.sqlite3"))
        log = self.tmp / f"bot-{len(self.started)}.log"
        command = [] if bare else ["serve", *args]
        process = BotProcess(log, full_env, command)
        self.started.append(process)
        return process.wait_ready() if ready else process

    def close(self) -> None:
        for process in self.started:
            process.kill()


@pytest.fixture(scope="module")
def start_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotFactory]:
    """Start bot processes; all are killed at the end of the module if still running."""
    factory = BotFactory(tmp_path_factory.mktemp("bot"))
    yield factory
    factory.close()


def names_number(text: str, number: int) -> bool:
    """Whether ``number`` (a chat or user id) appears in ``text`` as a number of its own,
    not as digits inside another figure: a metric such as 0.0158000055 holds "58000055"
    by chance, and that names no one."""
    return any(re.search(rf"(?<![\d.]){digits}(?!\d)", text)
               for digits in {str(number), str(abs(number))})
