"""A stand-in Telegram Bot API on 127.0.0.1, with faults on demand.

It speaks enough of the Bot API for the bot (getMe, getUpdates, sendMessage,
answerCallbackQuery, editMessageReplyMarkup, setMyCommands, set/deleteWebhook) and
checks what Telegram checks: the token, HTML that must parse (every ``<``, ``>`` and
``&`` escaped), the 4096-character limit counted in UTF-16 after parsing, callback data
of at most 64 bytes, callback queries answered by id, and replies to a message that
must exist (unless ``allow_sending_without_reply``). :meth:`StandIn.press` taps a button
on a message the bot sent, as Telegram delivers it: with its current keyboard and the
message it replies to (unless that was deleted, :meth:`StandIn.delete`). Tests push
updates, read what was sent, and inject faults (429 with ``retry_after``, 5xx, hangs,
slow answers) for the next calls of a method, optionally only for one chat.

Runs tornado on its own event loop in a background thread, so tests (and the
benchmark) drive it from ordinary synchronous code.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import tornado.httpserver
import tornado.netutil
import tornado.web

BOT_ID = 7000000001
BOT_USERNAME = "TalkingTherapiesTestBot"
MAX_TEXT = 4096
_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code",
                 "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"}
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_SPECIAL = re.compile(r"[<>&]")
_ENTITY_TEXT = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ParseError(ValueError):
    pass


def parse_html(text: str) -> str:
    """The plain text Telegram would show for ``text`` in HTML mode; raises ParseError
    where Telegram answers "can't parse entities"."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while True:
        special = _SPECIAL.search(text, i)
        if special is None:
            out.append(text[i:])
            break
        out.append(text[i:special.start()])
        i = special.start()
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if not match or match.group(2).lower() not in _ALLOWED_TAGS:
                raise ParseError(f"unsupported start tag at byte offset {i}")
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                if not stack or stack.pop() != name:
                    raise ParseError(f"unmatched end tag at byte offset {i}")
            else:
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise ParseError(f"unescaped & at byte offset {i}")
            name = match.group(1)
            if name.startswith("#x"):
                out.append(chr(int(name[2:], 16)))
            elif name.startswith("#"):
                out.append(chr(int(name[1:])))
            else:
                out.append(_ENTITY_TEXT[name])
            i = match.end()
        else:
            raise ParseError(f"unescaped > at byte offset {i}")
    if stack:
        raise ParseError("unclosed tag")
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour for one call."""

    kind: str  # "status", "hang", "delay"
    status: int = 0
    retry_after: int | None = None
    seconds: float = 0.0

    @classmethod
    def too_many(cls, retry_after: int = 1) -> Fault:
        return cls("status", status=429, retry_after=retry_after)

    @classmethod
    def error(cls, status: int) -> Fault:
        return cls("status", status=status)

    @classmethod
    def hang(cls, seconds: float = 12.0) -> Fault:
        """Say nothing for ``seconds``, then fail (the bot should have given up)."""
        return cls("hang", seconds=seconds)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Answer normally, but only after ``seconds``."""
        return cls("delay", seconds=seconds)


@dataclass
class Sent:
    """A message the bot sent successfully."""

    chat_id: int
    html: str
    text: str
    reply_markup: dict[str, Any] | None
    params: dict[str, Any]
    at: float
    message_id: int
    reply_to: int | None = None
    """The id of the person's message this one replies to."""

    @property
    def buttons(self) -> list[dict[str, Any]]:
        if not self.reply_markup:
            return []
        return [b for row in self.reply_markup.get("inline_keyboard", []) for b in row]

    @property
    def callback_data(self) -> list[str]:
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]

    @property
    def urls(self) -> list[str]:
        return [b["url"] for b in self.buttons if "url" in b]


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int
    at: float


@dataclass
class _FaultRule:
    method: str
    chat_id: int | None
    faults: list[Fault] = field(default_factory=list)


_JSON_FIELDS = {"reply_markup", "link_preview_options", "allowed_updates", "commands",
                "scope", "entities", "reply_parameters"}
_INT_FIELDS = {"chat_id", "offset", "limit", "message_id", "max_connections"}


def _decode_params(request: tornado.httputil.HTTPServerRequest) -> dict[str, Any]:
    body = request.body or b""
    content_type = request.headers.get("Content-Type", "")
    raw: dict[str, Any]
    if "application/json" in content_type and body:
        raw = json.loads(body)
    else:
        raw = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        for key in list(raw):
            if key in _JSON_FIELDS:
                raw[key] = json.loads(raw[key])
    for key in _INT_FIELDS & raw.keys():
        with contextlib.suppress(TypeError, ValueError):
            raw[key] = int(raw[key])
    if "timeout" in raw:
        raw["timeout"] = float(raw["timeout"])
    return raw


class StandIn:
    """The stand-in Bot API. ``with StandIn(token) as api: ...`` starts and stops it."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.port = 0
        self.lock = threading.RLock()
        self.sent: list[Sent] = []
        self.calls: list[Call] = []
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] | None = None
        self.answered: Counter[str] = Counter()
        self.notices: dict[str, str | None] = {}
        """The text shown for each answered callback query (``None``: no notice)."""
        self.edits: list[dict[str, Any]] = []
        """editMessageReplyMarkup calls that succeeded."""
        self._people: dict[tuple[int, int], dict[str, Any]] = {}
        self.received: Counter[str] = Counter()
        """Calls per method as they arrive (before any fault or delay)."""
        self.update_served: Counter[int] = Counter()
        """How many getUpdates answers carried each update id."""
        self.pushed_at: dict[int, float] = {}
        self._pending: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._callback_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._rules: list[_FaultRule] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wakeup: asyncio.Event | None = None
        self._server: tornado.httpserver.HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> StandIn:
        self._thread = threading.Thread(target=self._serve, name="standin", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("stand-in Bot API did not start")
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return

        def shutdown() -> None:
            if self._server is not None:
                self._server.stop()
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.stop()

        loop.call_soon_threadsafe(shutdown)
        if self._thread is not None:
            self._thread.join(10)
        self._loop = None

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._wakeup = asyncio.Event()
        app = tornado.web.Application(
            [(r"/bot([^/]+)/([A-Za-z]+)", _ApiHandler, {"api": self})],
            log_function=lambda handler: None)
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    # ------------------------------------------------------------------ updates in

    def push(self, update: dict[str, Any]) -> int:
        """Queue one update (its ``update_id`` is assigned here); returns the id."""
        with self.lock:
            update_id = next(self._update_ids)
            update = {"update_id": update_id, **update}
            self._pending.append(update)
            self.pushed_at[update_id] = time.perf_counter()
            if "callback_query" in update:
                self._open_queries.add(update["callback_query"]["id"])
        self._wake()
        return update_id

    def push_many(self, updates: list[dict[str, Any]]) -> list[int]:
        ids = []
        with self.lock:
            for update in updates:
                update_id = next(self._update_ids)
                self._pending.append({"update_id": update_id, **update})
                self.pushed_at[update_id] = time.perf_counter()
                ids.append(update_id)
        self._wake()
        return ids

    def _wake(self) -> None:
        loop, wakeup = self._loop, self._wakeup
        if loop is not None and wakeup is not None:
            loop.call_soon_threadsafe(wakeup.set)

    def message(self, chat_id: int, text: str | None = None, **fields: Any) -> int:
        """Push a new message from a person in a private chat with id ``chat_id``."""
        return self.push({"message": self.make_message(chat_id, text, **fields)})

    def make_message(self, chat_id: int, text: str | None = None, *,
                     chat_type: str = "private", from_id: int | None = None,
                     **fields: Any) -> dict[str, Any]:
        user = {"id": from_id or abs(chat_id), "is_bot": False, "first_name": "Sam",
                "last_name": "Person", "username": "sam_person"}
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(first_name="Sam", last_name="Person")
        else:
            chat.update(title="A group")
        message: dict[str, Any] = {"message_id": next(self._message_ids),
                                   "date": int(time.time()), "chat": chat, "from": user,
                                   **fields}
        with self.lock:
            self._people[(chat_id, message["message_id"])] = message
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0,
                                        "length": len(command)}]
            mention = f"@{BOT_USERNAME}"
            if mention in text and not text.startswith("/"):
                message["entities"] = [{"type": "mention", "offset": text.index(mention),
                                        "length": len(mention)}]
        return message

    def callback(self, chat_id: int, data: str) -> str:
        """Push a button press from ``chat_id``; returns the callback query id."""
        query_id = f"cq{next(self._callback_ids)}"
        shown = {"message_id": next(self._message_ids), "date": int(time.time()),
                 "chat": {"id": chat_id, "type": "private", "first_name": "Sam"},
                 "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bot"},
                 "text": "earlier message"}
        self.push({"callback_query": {
            "id": query_id, "chat_instance": "ci",
            "from": {"id": chat_id, "is_bot": False, "first_name": "Sam"},
            "message": shown, "data": data}})
        return query_id

    def press(self, sent: Sent, data: str, from_id: int | None = None) -> str:
        """Tap the button with ``data`` under a message the bot sent (as it stands now,
        with the message it replies to); returns the callback query id."""
        with self.lock:
            original = self._people.get((sent.chat_id, sent.reply_to or 0))
            shown: dict[str, Any] = {
                "message_id": sent.message_id, "date": int(time.time()),
                "chat": {"id": sent.chat_id, "type": "private" if sent.chat_id > 0
                         else "group", "first_name": "Sam"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bot"},
                "text": sent.text}
            if sent.reply_markup:
                shown["reply_markup"] = sent.reply_markup
            if original is not None:
                shown["reply_to_message"] = original
            query_id = f"cq{next(self._callback_ids)}"
        self.push({"callback_query": {
            "id": query_id, "chat_instance": "ci",
            "from": {"id": from_id or abs(sent.chat_id), "is_bot": False, "first_name": "Sam"},
            "message": shown, "data": data}})
        return query_id

    def delete(self, chat_id: int, message_id: int) -> None:
        """The person deletes one of their messages."""
        with self.lock:
            self._people.pop((chat_id, message_id), None)

    # ------------------------------------------------------------------ faults

    def inject(self, method: str, *faults: Fault, chat_id: int | None = None) -> None:
        """The next calls of ``method`` (for ``chat_id`` only, if given) get ``faults``,
        one each, in order."""
        with self.lock:
            self._rules.append(_FaultRule(method, chat_id, list(faults)))

    def _next_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self.lock:
            for rule in self._rules:
                if rule.method == method and rule.faults and (
                        rule.chat_id is None or rule.chat_id == params.get("chat_id")):
                    return rule.faults.pop(0)
        return None

    def faults_left(self) -> int:
        with self.lock:
            return sum(len(rule.faults) for rule in self._rules)

    # ------------------------------------------------------------------ reading

    def replies_to(self, chat_id: int) -> list[Sent]:
        with self.lock:
            return [s for s in self.sent if s.chat_id == chat_id]

    def calls_of(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0,
                 what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.01)
        if predicate():
            return
        raise AssertionError(f"timed out after {timeout}s waiting for {what}")

    def wait_replies(self, chat_id: int, count: int = 1, timeout: float = 10.0,
                     settle: float = 0.0) -> list[Sent]:
        """Wait until ``chat_id`` has at least ``count`` messages; optionally wait
        ``settle`` seconds more to catch any extra."""
        self.wait_for(lambda: len(self.replies_to(chat_id)) >= count, timeout,
                      f"{count} replies to chat {chat_id}")
        if settle:
            time.sleep(settle)
        return self.replies_to(chat_id)

    # ------------------------------------------------------------------ the API

    async def handle(self, token: str, method: str,
                     params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        fault = self._next_fault(method, params)
        if fault is not None:
            if fault.kind == "hang":
                await asyncio.sleep(fault.seconds)
                return 504, {"ok": False, "error_code": 504, "description": "Gateway Timeout"}
            if fault.kind == "delay":
                await asyncio.sleep(fault.seconds)
            elif fault.kind == "status":
                body: dict[str, Any] = {"ok": False, "error_code": fault.status,
                                        "description": _PHRASES.get(fault.status, "Error")}
                if fault.retry_after is not None:
                    body["parameters"] = {"retry_after": fault.retry_after}
                    body["description"] = ("Too Many Requests: retry after "
                                           f"{fault.retry_after}")
                return fault.status, body
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        try:
            result = await handler(params)
        except _ApiError as exc:
            return exc.status, {"ok": False, "error_code": exc.status,
                                "description": exc.description}
        return 200, {"ok": True, "result": result}

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Talking Therapies Assistant",
                "username": BOT_USERNAME, "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        with self.lock:
            self.commands = list(params.get("commands", []))
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        with self.lock:
            self.webhook = None
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> Any:
        with self.lock:
            self.webhook = dict(params)
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is "
                                 "active")
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        assert self._wakeup is not None
        while True:
            self._wakeup.clear()
            with self.lock:
                if offset:
                    self._pending = [u for u in self._pending if u["update_id"] >= offset]
                batch = self._pending[:limit]
                for update in batch:
                    self.update_served[update["update_id"]] += 1
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0:
                return batch
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), remaining)

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        query_id = str(params.get("callback_query_id", ""))
        with self.lock:
            if query_id not in self._open_queries:
                raise _ApiError(400, "Bad Request: query is too old and response timeout "
                                     "expired or query ID is invalid")
            self.answered[query_id] += 1
            self.notices[query_id] = params.get("text")
        return True

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        chat_id, message_id = params.get("chat_id"), params.get("message_id")
        markup = params.get("reply_markup")
        if markup is not None:
            _check_markup(markup)
        with self.lock:
            sent = next((m for m in self.sent
                         if m.chat_id == chat_id and m.message_id == message_id), None)
            if sent is None:
                raise _ApiError(400, "Bad Request: message to edit not found")
            if (markup or None) == (sent.reply_markup or None):
                raise _ApiError(400, "Bad Request: message is not modified")
            sent.reply_markup = markup
            self.edits.append(dict(params))
        return True

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise _ApiError(400, "Bad Request: chat not found")
        html = str(params.get("text", ""))
        if params.get("parse_mode") == "HTML":
            try:
                text = parse_html(html)
            except ParseError as exc:
                raise _ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        else:
            text = html
        if not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > MAX_TEXT:
            raise _ApiError(400, "Bad Request: message is too long")
        markup = params.get("reply_markup")
        if markup is not None:
            _check_markup(markup)
        quoting = params.get("reply_parameters") or {}
        reply_to = quoting.get("message_id")
        with self.lock:
            original = self._people.get((chat_id, reply_to)) if reply_to else None
            if reply_to and original is None and not quoting.get("allow_sending_without_reply"):
                raise _ApiError(400, "Bad Request: message to be replied not found")
            message_id = next(self._message_ids)
            self.sent.append(Sent(chat_id, html, text, markup, dict(params),
                                  time.perf_counter(), message_id, reply_to))
        result = {"message_id": message_id, "date": int(time.time()),
                  "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                  "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bot"},
                  "text": text}
        if original is not None:
            result["reply_to_message"] = original
        return result


class _ApiError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


_PHRASES = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


def _check_markup(markup: dict[str, Any]) -> None:
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list) or not rows:
        raise _ApiError(400, "Bad Request: inline keyboard expected")
    for row in rows:
        for button in row:
            if not str(button.get("text", "")).strip():
                raise _ApiError(400, "Bad Request: text buttons are unallowed")
            data, url = button.get("callback_data"), button.get("url")
            if (data is None) == (url is None):
                raise _ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            if url is not None and not re.match(r"^(https?|tg)://", url):
                raise _ApiError(400, "Bad Request: BUTTON_URL_INVALID")


class _ApiHandler(tornado.web.RequestHandler):
    def initialize(self, api: StandIn) -> None:
        self.api = api

    async def post(self, token: str, method: str) -> None:
        await self._answer(token, method)

    async def get(self, token: str, method: str) -> None:
        await self._answer(token, method)

    async def _answer(self, token: str, method: str) -> None:
        params = _decode_params(self.request)
        with self.api.lock:
            self.api.received[method] += 1
        status, body = await self.api.handle(token, method, params)
        with self.api.lock:
            self.api.calls.append(Call(method, params, status, time.perf_counter()))
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))

    def log_exception(self, *args: Any) -> None:  # a hung client going away is expected
        pass
