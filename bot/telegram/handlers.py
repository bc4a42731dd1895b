"""One small handler per kind of update: read it, ask the assistant, send the reply.

No matching or crisis logic lives here: every free text (a message, a caption, an
edit, an unknown command) goes to :meth:`Assistant.reply` first, and flood control is
applied only when the reply is not a crisis reply, so risky messages are never
throttled. Logs carry the reply's kind, topic, score, crisis flag and latency; never
the text, names or ids; metrics (:mod:`bot.ops.metrics`) count the same things.

Two buttons report back, and neither is ever under a crisis reply:

- 👍 / 👎 under an answer add one to that answer's count (a salted hash of the tapped
  message, in memory, stops a second tap counting twice). 👍 is thanked with a brief
  notice; 👎 gets an offer to ask another way, with the topics.
- "Send to the team" under a fallback. Nothing is kept before the tap: the fallback is
  sent as a reply to the person's message, so the tap reads the question back from the
  message it replies to, and only then is it scrubbed and kept
  (:class:`bot.ops.store.UnansweredStore`). Not offered in groups.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import sqlite3
import time
from collections.abc import Collection
from typing import Any

from telegram import BotCommand, CallbackQuery, Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.core.assistant import Assistant
from bot.core.reply import Action, Button, Reply, ReplyKind
from bot.core.rightforme.check import Check, Step
from bot.ops.metrics import Metrics
from bot.ops.store import UnansweredStore
from bot.telegram.delivery import Patience, patience
from bot.telegram.flood import FloodControl, Verdict
from bot.telegram.formatting import escape, render
from bot.telegram.keyboards import Press, parse_callback, reply_markup, rows_without, without
from bot.telegram.taps import Taps

__all__ = ["COMMANDS", "Handlers"]

log = logging.getLogger("bot.telegram")

Context = ContextTypes.DEFAULT_TYPE

COMMANDS: tuple[BotCommand, ...] = (
    BotCommand("start", "Welcome, and the topics I can answer"),
    BotCommand("topics", "Everything I can answer"),
    BotCommand("urgent", "Help right now: crisis numbers"),
    BotCommand("rightforme", "Is this the right service for me?"),
    BotCommand("help", "How to ask me things"),
    BotCommand("privacy", "What happens to your messages"),
)
"""Registered with ``set_my_commands`` so Telegram's menu shows them."""

_PRIVATE = filters.ChatType.PRIVATE
_NEW_MESSAGE = filters.UpdateType.MESSAGE


class Handlers:
    """The bot's behaviour, as handlers bound to one assistant and one flood control."""

    def __init__(self, assistant: Assistant, flood: FloodControl, check: Check,
                 metrics: Metrics | None = None, store: UnansweredStore | None = None) -> None:
        self.assistant = assistant
        self.flood = flood
        self.check = check
        self.answer_ids = frozenset(assistant.answers)
        self.metrics = metrics or Metrics(self.answer_ids)
        self.store = store
        """Where shared questions are kept; ``None``: the share button is not offered."""
        self.taps = Taps()

    def register(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Add every handler, in the order they are tried, and the error handler."""
        command = _NEW_MESSAGE  # an edited "/start" is not a new request
        app.add_handlers([
            CommandHandler("urgent", self.urgent, filters=command),
            CommandHandler("start", self.start, filters=command),
            CommandHandler("help", self.help, filters=command),
            CommandHandler("topics", self.topics, filters=command),
            CommandHandler("privacy", self.privacy, filters=command),
            CommandHandler("rightforme", self.right_for_me, filters=command),
            CommandHandler("cancel", self.cancel_check, filters=command),
            CallbackQueryHandler(self.button),
            MessageHandler(_NEW_MESSAGE & filters.COMMAND, self.unknown_command),
            MessageHandler(_NEW_MESSAGE & (filters.TEXT | filters.CAPTION), self.text),
            MessageHandler(_NEW_MESSAGE & filters.StatusUpdate.NEW_CHAT_MEMBERS,
                           self.added_to_group),
            MessageHandler(_NEW_MESSAGE & _PRIVATE & ~filters.StatusUpdate.ALL,
                           self.non_text),
            MessageHandler(filters.UpdateType.EDITED_MESSAGE & (filters.TEXT | filters.CAPTION),
                           self.edited),
        ])
        app.add_error_handler(self.on_error)

    # ------------------------------------------------------------------ commands

    async def start(self, update: Update, context: Context) -> None:
        """Private chat: the welcome and the topic menu. Group: the private-chat note."""
        if _in_group(update):
            await self._group_note(update, context)
            return
        await self._respond(update, context, self.assistant.welcome_reply(), via="start")

    async def help(self, update: Update, context: Context) -> None:
        await self._respond(update, context, self.assistant.canned("help"), via="help")

    async def topics(self, update: Update, context: Context) -> None:
        await self._respond(update, context, self.assistant.topics_reply(), via="topics")

    async def privacy(self, update: Update, context: Context) -> None:
        await self._respond(update, context, self.assistant.canned("privacy"), via="privacy")

    async def urgent(self, update: Update, context: Context) -> None:
        """Crisis signposting at once; never throttled."""
        await self._respond(update, context, self.assistant.crisis_reply(), via="urgent")

    async def right_for_me(self, update: Update, context: Context) -> None:
        """The "is this the right service for me?" check: its first question."""
        await self._send_step(update, context, self.check.start())

    async def cancel_check(self, update: Update, context: Context) -> None:
        await self._send_step(update, context, self.check.cancel())

    async def unknown_command(self, update: Update, context: Context) -> None:
        """A command we do not have: read it for risk, otherwise show the help."""
        message = update.effective_message
        if message is None or (_in_group(update) and not _is_for_this_bot(message, context)):
            return
        # Commands are letters, digits and underscores: "/want_to_die" reads as words.
        reply = self._reply(_text_of(message).lstrip("/").replace("_", " "))
        if not reply.crisis:
            reply = self.assistant.canned("help")
        await self._respond(update, context, reply, via="command")

    # ------------------------------------------------------------------ messages

    async def text(self, update: Update, context: Context) -> None:
        """A message (or a photo's caption): the assistant's reply.

        In a group only messages addressed to the bot are answered.
        """
        message = update.effective_message
        if message is None:
            return
        text = _text_of(message)
        if _in_group(update):
            if not _is_for_this_bot(message, context):
                return
            text = _without_mention(message, context)
        reply = self._reply(text)
        await self._respond(update, context, reply, via="caption" if message.caption else "text")

    async def non_text(self, update: Update, context: Context) -> None:
        """Stickers, voice notes, photos without a caption and the like."""
        await self._respond(update, context, self.assistant.canned("non_text"), via="non_text")

    async def edited(self, update: Update, context: Context) -> None:
        """An edited message is answered only if the edit shows risk.

        The original was answered already; a new crisis reply is the one thing an edit
        must not miss.
        """
        message = update.effective_message
        if message is None or (_in_group(update) and not _is_for_this_bot(message, context)):
            return
        reply = self._reply(_text_of(message))
        if reply.crisis:
            crisis_only = dataclasses.replace(reply, kind=ReplyKind.CRISIS,
                                              messages=reply.messages[:1], buttons=())
            await self._respond(update, context, crisis_only, via="edit")

    async def added_to_group(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message and any(user.id == context.bot.id for user in message.new_chat_members):
            await self._group_note(update, context)

    # ------------------------------------------------------------------ buttons

    async def button(self, update: Update, context: Context) -> None:
        """A button press. The query is always answered, so no spinner is left turning."""
        query = update.callback_query
        if query is None:
            return
        press = parse_callback(query.data, self.answer_ids)
        thanks = self.assistant.messages["feedback_thanks"] \
            if press.action is Action.HELPFUL else None
        with contextlib.suppress(BadRequest):  # too old to answer: nothing to stop
            await query.answer(text=thanks)
        if update.effective_chat is None:  # the message is gone; nowhere to reply
            return
        if press.action in (Action.HELPFUL, Action.NOT_HELPFUL):
            await self._feedback(update, context, query, press)
            return
        if press.action is Action.SHARE:
            await self._share(update, context, query)
            return
        reply: Reply | None = None
        if press.action is Action.CHECK_STEP:
            # The check's state travels in the button; stale data restarts it kindly.
            reply = self.assistant.step_reply(self.check.handle(press.target))
        elif press.action is Action.CHECK:
            reply = self.assistant.step_reply(self.check.start())
        elif press.action is Action.URGENT:
            reply = self.assistant.crisis_reply()
        elif press.action is Action.MENU:
            reply = self.assistant.topics_reply()
        elif press.action is Action.ANSWER:
            reply = self.assistant.answer_reply(press.target)
        via = "rightforme" if press.action in (Action.CHECK, Action.CHECK_STEP) else "button"
        if reply is None:
            reply, via = self.assistant.stale_reply(), "stale_button"
        await self._respond(update, context, reply, via=via)

    async def _feedback(self, update: Update, context: Context, query: CallbackQuery,
                        press: Press) -> None:
        """👍 or 👎 on an answer: count it once per message, then take the row away."""
        helpful = press.action is Action.HELPFUL
        if self._first_tap("f", query):
            self.metrics.feedback(press.target, helpful)
            log.info("feedback answer=%s vote=%s", press.target,
                     "helpful" if helpful else "not_helpful")
        if not helpful:
            await self._respond(update, context, self.assistant.feedback_reply(False),
                                via="feedback")
        await _remove_buttons(query, (Action.HELPFUL, Action.NOT_HELPFUL), self.answer_ids)

    async def _share(self, update: Update, context: Context, query: CallbackQuery) -> None:
        """Keep the question a fallback answered, scrubbed, because the person asked to."""
        message = query.message
        original = message.reply_to_message if isinstance(message, Message) else None
        question = _text_of(original) if original is not None else ""
        asker = original.from_user if original is not None else None
        if self.store is None or not question or asker is None \
                or asker.id != query.from_user.id or _in_group(update):
            log.info("share: the question could not be read back; nothing kept")
            await self._respond(update, context, self.assistant.canned("share_failed"),
                                via="share")
            return
        if self._first_tap("s", query):
            try:
                kept = await asyncio.to_thread(self.store.add, question)
            except (sqlite3.Error, OSError) as exc:
                kept = None
                log.error("share: could not keep the question (%s)", type(exc).__name__)
            if kept is None:
                self._forget_tap("s", query)
                await self._respond(update, context, self.assistant.canned("share_failed"),
                                    via="share")
                return
            self.metrics.shared()
            log.info("share: a question was kept (scrubbed, date only)")
        await self._respond(update, context, self.assistant.canned("share_thanks"),
                            via="share")
        await _remove_buttons(query, (Action.SHARE,), self.answer_ids)

    def _first_tap(self, kind: str, query: CallbackQuery) -> bool:
        message = query.message
        return message is None or self.taps.first(kind, message.chat.id, message.message_id)

    def _forget_tap(self, kind: str, query: CallbackQuery) -> None:
        if query.message is not None:
            self.taps.forget(kind, query.message.chat.id, query.message.message_id)

    # ------------------------------------------------------------------ errors

    async def on_error(self, update: object, context: Context) -> None:
        """Log what failed (never the text) and tell the person something kind."""
        error = context.error
        self.metrics.update_error()
        log.error("error handling an update: %s", _describe(error),
                  exc_info=error if not isinstance(error, TelegramError) else None)
        if not isinstance(update, Update) or isinstance(error, Forbidden):
            return
        if update.callback_query is not None:
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer()
        chat = update.effective_chat
        if chat is None:
            return
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(chat.id, escape(self.assistant.messages["error"]))

    # ------------------------------------------------------------------ sending

    def _reply(self, text: str) -> Reply:
        """The assistant's reply, timed for the metrics."""
        started = time.perf_counter()
        reply = self.assistant.reply(text)
        self.metrics.core_time(time.perf_counter() - started)
        return reply

    async def _respond(self, update: Update, context: Context, reply: Reply, *,
                       via: str) -> None:
        """Send ``reply`` (subject to flood control unless it is a crisis reply)."""
        chat = update.effective_chat
        if chat is None:
            return
        started = time.perf_counter()
        if not reply.crisis:
            verdict = self.flood.check(chat.id)
            if verdict is Verdict.DROP:
                self.metrics.flood("drop")
                log.info("flood: message not answered (via=%s)", via)
                return
            if verdict is Verdict.WARN:
                self.metrics.flood("warn")
                reply = self.assistant.canned("slow_down")
                via = f"{via},slow_down"
        reply_to: int | None = None
        if any(b.action is Action.SHARE for b in reply.choices):
            # The tap reads the question back from the message this one replies to.
            if reply.crisis or self.store is None or update.message is None \
                    or _in_group(update):
                reply = dataclasses.replace(reply, buttons=rows_without(reply.buttons,
                                                                        (Action.SHARE,)))
            else:
                reply_to = update.message.message_id
        await send_reply(context, chat.id, reply, reply_to=reply_to)
        self.metrics.replied(reply)
        log.info("reply via=%s kind=%s answer=%s score=%.1f crisis=%s parts=%d ms=%.1f",
                 via, reply.kind.value, reply.answer or "-", reply.score,
                 "yes" if reply.crisis else "no", len(reply.messages),
                 (time.perf_counter() - started) * 1000)

    async def _group_note(self, update: Update, context: Context) -> None:
        username = context.bot.username
        buttons = ((Button("Talk to me privately", Action.LINK, f"https://t.me/{username}"),),
                   ) if username else ()
        await self._respond(update, context, self.assistant.canned("group_note", buttons),
                            via="group")

    async def _send_step(self, update: Update, context: Context, step: Step) -> None:
        """One step of the "right for me" check."""
        await self._respond(update, context, self.assistant.step_reply(step), via="rightforme")


async def send_reply(context: Context, chat_id: int, reply: Reply,
                     reply_to: int | None = None) -> None:
    """Send each of ``reply.messages`` in order, each split to fit and HTML-escaped.

    The crisis message goes first, alone, with the most patient retries; the buttons go
    under the very last part, which replies to message ``reply_to`` if given (and is
    sent all the same if that message is gone).
    """
    markup = reply_markup(reply)
    bodies: list[tuple[str, Patience]] = []
    for index, text in enumerate(reply.messages):
        level = Patience.CRISIS if reply.crisis and index == 0 else Patience.NORMAL
        bodies += [(part, level) for part in render(text)]
    quote = ReplyParameters(reply_to, allow_sending_without_reply=True) \
        if reply_to is not None else None
    for index, (body, level) in enumerate(bodies):
        last = index == len(bodies) - 1
        with patience(level):
            await context.bot.send_message(chat_id, body,
                                           reply_markup=markup if last else None,
                                           reply_parameters=quote if last else None)


async def _remove_buttons(query: CallbackQuery, actions: Collection[Action],
                          answer_ids: Collection[str]) -> None:
    """Take the tapped kind of button off the message, so it is not tapped again."""
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return
    markup = without(message.reply_markup, actions, answer_ids)
    if markup != message.reply_markup:
        with contextlib.suppress(TelegramError):  # too old to edit: the taps guard counts
            await query.edit_message_reply_markup(reply_markup=markup)


def _in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type != ChatType.PRIVATE


def _text_of(message: Message) -> str:
    return message.text or message.caption or ""


def _is_for_this_bot(message: Message, context: Context) -> bool:
    """In a group: a reply to one of our messages, or a message that @mentions us."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None \
            and replied.from_user.id == context.bot.id:
        return True
    username = (context.bot.username or "").lower()
    if not username:
        return False
    mentions = {**message.parse_entities([MessageEntity.MENTION]),
                **message.parse_caption_entities([MessageEntity.MENTION])}
    if any(text.lower() == f"@{username}" for text in mentions.values()):
        return True
    # A command addressed as /help@ThisBot counts too.
    commands = message.parse_entities([MessageEntity.BOT_COMMAND]).values()
    return any(text.lower().endswith(f"@{username}") for text in commands)


def _without_mention(message: Message, context: Context) -> str:
    text = _text_of(message)
    username = context.bot.username
    if username:
        for mention in (f"@{username}", f"@{username.lower()}"):
            text = text.replace(mention, " ")
    return " ".join(text.split())


def _describe(error: object) -> str:
    if error is None:
        return "unknown error"
    return f"{type(error).__name__}: {error}" if isinstance(error, TelegramError) \
        else type(error).__name__
