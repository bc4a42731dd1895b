"""How the bot talks HTTP to the Bot API.

python-telegram-bot's default transport (``HTTPXRequest``, on httpx) costs about 1.5 ms
of CPU per request on this kind of machine, which alone caps one process near 400
updates a second. :class:`AiohttpRequest` implements python-telegram-bot's
:class:`~telegram.request.BaseRequest` on aiohttp (about 0.35 ms a request) and is used
when aiohttp is installed; otherwise, or with ``BOT_HTTP_CLIENT=httpx``, the library's
own transport is used. Both map failures the same way: timeouts to ``TimedOut``, other
transport errors to ``NetworkError``, so retries (``delivery``) work the same.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.telegram.logsafe import redact

try:
    import aiohttp
except ImportError:  # pragma: no cover - depends on what is installed
    aiohttp = None  # type: ignore[assignment]

__all__ = ["AiohttpRequest", "aiohttp_available", "make_request"]


def aiohttp_available() -> bool:
    return aiohttp is not None


def make_request(client: str, *, connections: int, timeout: float) -> BaseRequest:
    """A transport: ``client`` is "aiohttp", "httpx" or "auto" (aiohttp if installed)."""
    if client == "aiohttp" or (client == "auto" and aiohttp_available()):
        return AiohttpRequest(connections=connections, timeout=timeout)
    return HTTPXRequest(connection_pool_size=connections, read_timeout=timeout,
                        write_timeout=timeout, connect_timeout=timeout, pool_timeout=timeout)


class AiohttpRequest(BaseRequest):
    """python-telegram-bot's request interface on an aiohttp session.

    ``timeout`` is the default for reading an answer and for getting (or opening) a
    connection; aiohttp has no separate write timeout, so ``write_timeout`` is ignored.
    """

    def __init__(self, connections: int = 32, timeout: float = 10.0) -> None:
        if aiohttp is None:
            raise RuntimeError("aiohttp is not installed")
        self._connections = connections
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                cookie_jar=aiohttp.DummyCookieJar(),
                # Honour HTTP(S)_PROXY when one is set, as httpx would. Only then: with
                # trust_env aiohttp looks for proxies and .netrc on every request.
                trust_env=_proxy_configured())

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            await self.initialize()
        assert self._session is not None
        read = self._seconds(read_timeout)
        connect = self._seconds(connect_timeout)
        pool = self._seconds(pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None, sock_read=read,
            connect=None if connect is None or pool is None else connect + pool)
        data: Any = None
        body: Any = None
        if request_data is not None:
            if request_data.contains_files:
                form = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, (filename, content, mimetype) in \
                        request_data.multipart_data.items():
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                data = form
            else:
                # The Bot API takes JSON bodies; json.dumps is much cheaper than
                # percent-encoding a form.
                body = request_data.parameters
        try:
            async with self._session.request(method, url, data=data, json=body,
                                             timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut(f"No answer from the Bot API within the timeout "
                           f"({type(exc).__name__})") from exc
        except aiohttp.ClientError as exc:
            # Some aiohttp errors quote the URL, which holds the token.
            raise NetworkError(redact(f"aiohttp.{type(exc).__name__}: {exc}")) from exc
        except asyncio.CancelledError:
            raise

    def _seconds(self, value: ODVInput[float]) -> float | None:
        if isinstance(value, DefaultValue):
            return self._timeout
        return value


def _proxy_configured() -> bool:
    names = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY")
    return any(os.environ.get(name) or os.environ.get(name.lower()) for name in names)
