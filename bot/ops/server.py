"""``/metrics``, ``/healthz`` and ``/readyz`` over HTTP, on the bot's own event loop.

- ``/metrics``: Prometheus's text format (:meth:`bot.ops.metrics.Metrics.exposition`).
- ``/healthz``: 200 while the process runs and its event loop answers (liveness).
- ``/readyz``: 200 when the bot can answer people (content loaded, the Bot API
  reachable), else 503 with the reason in one line (readiness). What "ready" means is
  the caller's: it passes a coroutine that decides.

aiohttp's access log is off (a scraper's address is nobody's business either).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.ops.metrics import Metrics

__all__ = ["OpsServer", "Readiness"]

Readiness = Callable[[], Awaitable[tuple[bool, str]]]
"""Returns (ready, a one-line reason)."""


class OpsServer:
    """The operators' HTTP endpoints; :meth:`start` binds, :meth:`stop` closes."""

    def __init__(self, metrics: Metrics, ready: Readiness, host: str, port: int) -> None:
        self.metrics = metrics
        self.ready = ready
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Start listening. Raises ``OSError`` if the address cannot be bound."""
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._health)
        app.router.add_get("/readyz", self._ready)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        for address in runner.addresses:  # the real port, when 0 asked for any
            if isinstance(address, tuple) and len(address) >= 2:
                self.port = int(address[1])
                break

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _metrics(self, request: web.Request) -> web.Response:
        response = web.Response(body=self.metrics.exposition())
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    async def _health(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _ready(self, request: web.Request) -> web.Response:
        try:
            ready, reason = await self.ready()
        except Exception as exc:  # a broken check is "not ready", never a crash
            ready, reason = False, f"readiness check failed ({type(exc).__name__})"
        return web.Response(text=f"{reason}\n", status=200 if ready else 503)
