"""Inline buttons for a reply, and the short callback data they carry.

Callback data is ``t:<topic id>`` for a topic, ``u`` for crisis signposting, ``m``
for the topic menu and ``c`` to start the "right for me" check: well under
Telegram's 64-byte limit. The check's own buttons carry ``rf:`` data (see
:mod:`bot.rightforme`). Anything else (an old button
from an earlier version, a topic since renamed) parses as :data:`STALE`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.assistant import Assistant
from bot.reply import Reply, ReplyKind

__all__ = [
    "CHECK",
    "MAX_CALLBACK_BYTES",
    "MENU",
    "STALE",
    "URGENT",
    "Action",
    "parse_callback",
    "reply_markup",
    "topic_data",
    "topic_menu",
]

MAX_CALLBACK_BYTES = 64
TOPIC_PREFIX = "t:"
URGENT_DATA = "u"
MENU_DATA = "m"
CHECK_DATA = "c"

URGENT_LABEL = "Need help now? Crisis numbers"
MENU_LABEL = "All topics"
FINDER_LABEL = "Find your local service"
CHECK_LABEL = "Is this service right for me?"


@dataclass(frozen=True, slots=True)
class Action:
    """What a button press asks for."""

    kind: Literal["topic", "urgent", "menu", "check", "stale"]
    topic: str | None = None


URGENT = Action("urgent")
MENU = Action("menu")
CHECK = Action("check")
STALE = Action("stale")


def topic_data(topic_id: str) -> str:
    """Callback data for a topic's button. Raises ``ValueError`` if over 64 bytes."""
    data = TOPIC_PREFIX + topic_id
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"topic id too long for a button: {topic_id[:40]!r}")
    return data


def parse_callback(data: str | None, known_topics: Iterable[str]) -> Action:
    """The :class:`Action` for a button's callback data; :data:`STALE` if unknown."""
    if data == URGENT_DATA:
        return URGENT
    if data == MENU_DATA:
        return MENU
    if data == CHECK_DATA:
        return CHECK
    if data and data.startswith(TOPIC_PREFIX):
        topic = data[len(TOPIC_PREFIX):]
        if topic in set(known_topics):
            return Action("topic", topic)
    return STALE


@functools.lru_cache(maxsize=16)
def topic_menu(assistant: Assistant) -> InlineKeyboardMarkup:
    """Crisis numbers first, then every topic, then the local-service finder."""
    rows = [[InlineKeyboardButton(URGENT_LABEL, callback_data=URGENT_DATA)]]
    rows += [[_topic_button(assistant, topic.id)] for topic in assistant.topics]
    rows.append([_finder_button(assistant)])
    return InlineKeyboardMarkup(rows)


def reply_markup(assistant: Assistant, reply: Reply) -> InlineKeyboardMarkup | None:
    """The buttons under the last message of ``reply``, or ``None`` for none.

    Keyboards are immutable and few (one per topic and kind), so each is built once.

    - an answer: its related topics and the local-service finder
    - "did you mean": the suggested topics, and the whole menu
    - a fallback: the suggested topics, the whole menu and the finder
    - the topic list (small talk with suggestions): the full topic menu
    - crisis signposting alone: no buttons; nothing should compete with the numbers
    """
    return _markup(assistant, reply.kind, reply.related if reply.kind == ReplyKind.ANSWER
                   else reply.suggestions, reply.offer_check)


@functools.lru_cache(maxsize=1024)
def _markup(assistant: Assistant, kind: ReplyKind, topics: tuple[str, ...],
            offer_check: bool = False) -> InlineKeyboardMarkup | None:
    if kind == ReplyKind.ANSWER:
        rows = []
        if offer_check:
            rows.append([InlineKeyboardButton(CHECK_LABEL, callback_data=CHECK_DATA)])
        rows += [[_topic_button(assistant, topic)] for topic in _known(assistant, topics)]
        rows.append([_finder_button(assistant)])
        return InlineKeyboardMarkup(rows)
    if kind == ReplyKind.SUGGEST:
        rows = [[_topic_button(assistant, t)] for t in _known(assistant, topics)]
        rows.append([InlineKeyboardButton(MENU_LABEL, callback_data=MENU_DATA)])
        return InlineKeyboardMarkup(rows)
    if kind == ReplyKind.FALLBACK:
        rows = [[_topic_button(assistant, t)] for t in _known(assistant, topics)]
        rows.append([InlineKeyboardButton(MENU_LABEL, callback_data=MENU_DATA)])
        rows.append([_finder_button(assistant)])
        return InlineKeyboardMarkup(rows)
    if kind == ReplyKind.SMALLTALK and topics:
        return topic_menu(assistant)
    return None


def _known(assistant: Assistant, topic_ids: Iterable[str]) -> list[str]:
    known = {topic.id for topic in assistant.topics}
    return [topic_id for topic_id in topic_ids if topic_id in known]


def _topic_button(assistant: Assistant, topic_id: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(assistant.title(topic_id), callback_data=topic_data(topic_id))


def _finder_button(assistant: Assistant) -> InlineKeyboardButton:
    return InlineKeyboardButton(FINDER_LABEL, url=assistant.service_finder_url)
