"""Wire the Application and run ``python main.py serve``.

:func:`build_application` is the one place the bot is put together (used by ``serve``,
the end-to-end tests and the benchmark). :func:`serve` reads the settings, checks the
token with Telegram, then long-polls (or, with ``WEBHOOK_URL``, serves webhooks) until
SIGTERM or SIGINT, and finishes the replies in flight before it exits 0.

Alongside, in either mode: ``/metrics``, ``/healthz`` and ``/readyz`` on
``BOT_METRICS_PORT`` (:mod:`bot.ops.server`), and the shared questions' retention
(expired rows deleted at start and every hour; the Application's job queue is off, so
this is a plain asyncio task).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import importlib
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, Defaults

from bot.core.assistant import Assistant
from bot.core.rightforme.check import Check
from bot.ops.metrics import Metrics
from bot.ops.server import OpsServer
from bot.ops.store import UnansweredStore
from bot.telegram.config import ConfigError, Settings
from bot.telegram.delivery import DeliveryLimiter, Patience, patience
from bot.telegram.flood import FloodControl
from bot.telegram.handlers import COMMANDS, Handlers
from bot.telegram.logsafe import configure_logging, redact
from bot.telegram.transport import aiohttp_available, make_request

__all__ = ["build_application", "run", "serve"]

log = logging.getLogger("bot.telegram")

EXIT_OK = 0
EXIT_START_FAILED = 1
EXIT_CONFIG = 2

EXPIRE_EVERY = 3600.0
"""Seconds between sweeps of shared questions past their retention."""
API_FRESH = 60.0
"""A Bot API success this recent makes ``/readyz`` answer without asking Telegram."""
API_PROBE_TIMEOUT = 5.0

App = Application[Any, Any, Any, Any, Any, Any]


class StartupError(Exception):
    """The bot could not start; ``str()`` is one line for the operator."""


def build_application(settings: Settings, assistant: Assistant, *,
                      check: Check | None = None, flood: FloodControl | None = None,
                      metrics: Metrics | None = None,
                      store: UnansweredStore | None = None) -> App:
    """The python-telegram-bot Application with every handler registered."""
    metrics = metrics or Metrics(assistant.answers)
    limiter = DeliveryLimiter(max_per_second=settings.max_messages_per_second,
                              retry_base=settings.retry_base, metrics=metrics)
    timeout = settings.request_timeout
    if settings.http_client == "aiohttp" and not aiohttp_available():
        raise StartupError("BOT_HTTP_CLIENT=aiohttp, but aiohttp is not installed")
    app = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(limiter)
        .concurrent_updates(settings.concurrency)
        .request(make_request(settings.http_client, connections=settings.connections,
                              timeout=timeout))
        .get_updates_request(make_request(settings.http_client, connections=1,
                                          timeout=timeout))
        .job_queue(None)
        .build()
    )
    flood = flood or FloodControl(burst=settings.flood_burst, rate=settings.flood_rate,
                                  max_chats=settings.flood_max_chats)
    store = store or UnansweredStore(settings.unanswered_db)
    Handlers(assistant, flood, check or Check.load(), metrics, store).register(app)
    return app


def serve(args: argparse.Namespace) -> int:
    """Run the bot until SIGTERM/SIGINT; returns the process exit code.

    A bad setting or a failed start is one line on stderr and a non-zero exit; the
    token never appears in it.
    """
    overrides = {
        "webhook_url": getattr(args, "webhook_url", None),
        "webhook_listen": getattr(args, "listen", None),
        "webhook_port": getattr(args, "port", None),
        "log_level": (getattr(args, "log_level", None) or "").upper() or None,
    }
    try:
        settings = Settings.from_env(os.environ, **overrides)
    except ConfigError as exc:
        print(f"error: {redact(str(exc))}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.log_level, secrets=(settings.token, settings.webhook_secret))
    # Opt in to python-telegram-bot's coming timedelta time periods (no deprecation noise).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    assistant = Assistant.load(getattr(args, "faq", None))
    check = Check.load()
    try:
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            return runner.run(run(settings, assistant, check))
    except StartupError as exc:
        print(f"error: {redact(str(exc))}", file=sys.stderr)
        return EXIT_START_FAILED
    except KeyboardInterrupt:  # a second Ctrl-C while stopping
        return 130


async def run(settings: Settings, assistant: Assistant, check: Check | None = None,
              stop: asyncio.Event | None = None) -> int:
    """Start, serve until ``stop`` is set (or a stop signal arrives), stop gracefully."""
    metrics = Metrics(assistant.answers)
    store = UnansweredStore(settings.unanswered_db)
    app = build_application(settings, assistant, check=check, metrics=metrics, store=store)
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, DeliveryLimiter)
    readiness = Readiness(app, limiter, assistant)
    server = OpsServer(metrics, readiness.check, settings.metrics_listen,
                       settings.metrics_port) if settings.metrics_port else None
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    retention: asyncio.Task[None] | None = None
    try:
        await _expire(store)  # before anything else: nothing past its time is served
        if server is not None:
            await _start_server(server, settings)
        await _start(app, settings)
        readiness.state = "running"
        retention = asyncio.create_task(_keep_expiring(store), name="retention")
        mode = "webhook" if settings.webhook_mode else "polling"
        metrics_at = f"; metrics, health on port {server.port}" if server else ""
        log.info("ready: %s mode, Bot API at %s, %d topics%s", mode, settings.api_host,
                 len(assistant.topics), metrics_at)
        await stop.wait()
        readiness.state = "stopping"
        log.info("stopping: finishing replies in flight (up to %.0fs)",
                 settings.shutdown_grace)
        limiter.begin_drain(settings.shutdown_grace)
        await _stop(app, settings)
        log.info("stopped")
        return EXIT_OK
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        if retention is not None:
            retention.cancel()
        with contextlib.suppress(Exception):
            if app.running:
                await asyncio.wait_for(app.stop(), timeout=5)
            await app.shutdown()
        if server is not None:
            with contextlib.suppress(Exception):
                await server.stop()


class Readiness:
    """What ``/readyz`` says: ready once started, while the Bot API answers.

    The content is loaded before anything starts (a broken file stops ``serve``). The
    Bot API counts as reachable when a call succeeded in the last minute; otherwise (a
    quiet spell, or polling, whose getUpdates bypasses the limiter) one ``getMe`` asks.
    """

    def __init__(self, app: App, limiter: DeliveryLimiter, assistant: Assistant,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.limiter = limiter
        self.answers = len(assistant.answers)
        self.state = "starting"
        self._clock = clock
        self._probe = asyncio.Lock()

    async def check(self) -> tuple[bool, str]:
        if self.state != "running":
            return False, f"not ready: {self.state}"
        if not self._fresh():
            async with self._probe:  # one getMe at a time, however many probes come
                if not self._fresh():
                    try:
                        with patience(Patience.STARTUP):
                            await asyncio.wait_for(self.app.bot.get_me(), API_PROBE_TIMEOUT)
                    except Exception as exc:
                        return False, f"not ready: Bot API unreachable ({type(exc).__name__})"
        return True, f"ready: {self.answers} answers loaded, Bot API reachable"

    def _fresh(self) -> bool:
        last = self.limiter.last_success
        return last is not None and self._clock() - last < API_FRESH


async def _start_server(server: OpsServer, settings: Settings) -> None:
    try:
        await server.start()
    except OSError as exc:
        raise StartupError(f"cannot listen for metrics on {settings.metrics_listen}:"
                           f"{settings.metrics_port} ({exc.strerror or exc}); set "
                           "BOT_METRICS_PORT (0 turns it off)") from None


async def _expire(store: UnansweredStore) -> None:
    """Delete shared questions past their retention (in a thread: it touches the disk)."""
    try:
        removed = await asyncio.to_thread(store.expire)
    except Exception as exc:  # never stops the bot; tried again within the hour
        log.error("shared questions: could not delete expired ones (%s)", type(exc).__name__)
        return
    if removed:
        log.info("shared questions: %d past %d days deleted", removed, store.retention_days)


async def _keep_expiring(store: UnansweredStore) -> None:
    while True:
        await asyncio.sleep(EXPIRE_EVERY)
        await _expire(store)


async def _start(app: App, settings: Settings) -> None:
    updater = app.updater
    assert updater is not None
    try:
        with patience(Patience.STARTUP):
            await app.initialize()  # getMe: checks the token and that the Bot API answers
            try:
                await app.bot.set_my_commands(COMMANDS)
            except TelegramError as exc:
                log.warning("could not register the command menu: %s", type(exc).__name__)
    except InvalidToken:
        raise StartupError("Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN or "
                           "TELEGRAM_BOT_TOKEN_FILE)") from None
    except NetworkError as exc:
        raise StartupError(f"cannot reach the Telegram Bot API at {settings.api_host} "
                           f"({type(exc).__name__}: {exc}); check the network and "
                           "TELEGRAM_BASE_URL") from None
    # Started outside the STARTUP patience: tasks created here inherit the context.
    try:
        if settings.webhook_mode:
            await updater.start_webhook(
                listen=settings.webhook_listen, port=settings.webhook_port,
                url_path=settings.webhook_path, webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret, allowed_updates=Update.ALL_TYPES,
                drop_pending_updates=False)
        else:
            await updater.start_polling(
                timeout=dt.timedelta(seconds=settings.poll_timeout),
                allowed_updates=Update.ALL_TYPES, drop_pending_updates=False,
                error_callback=_polling_error)
    except OSError as exc:
        raise StartupError(f"cannot listen for webhooks on {settings.webhook_listen}:"
                           f"{settings.webhook_port} ({exc.strerror or exc})") from None
    except TelegramError as exc:
        raise StartupError(f"the Bot API at {settings.api_host} refused to start updates "
                           f"({type(exc).__name__}: {exc})") from None
    await app.start()


async def _stop(app: App, settings: Settings) -> None:
    updater = app.updater
    assert updater is not None
    if updater.running:
        await updater.stop()
    # app.stop() waits for every update in flight; the drain deadline bounds their
    # retries, and this bounds everything else (a hung request, a rate-limit queue).
    budget = settings.shutdown_grace + settings.request_timeout + 5
    try:
        await asyncio.wait_for(app.stop(), timeout=budget)
    except TimeoutError:
        log.error("stopping took over %.0fs; some replies may not have been sent", budget)


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop when it is installed (a faster asyncio), else the default."""
    try:
        uvloop = importlib.import_module("uvloop")
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def _polling_error(error: TelegramError) -> None:
    # python-telegram-bot retries polling itself (backing off up to 30 s); one line each.
    log.warning("polling failed (%s: %s); retrying", type(error).__name__, error)
