"""Inline keyboards for a reply's buttons, and the short callback data they carry.

The core describes every button channel-neutrally (:class:`bot.core.reply.Button`);
this module is where they become Telegram's inline keyboards, the check's included.
Callback data:

``a:<answer id>``  an answer (a topic's overview or a specific answer)
``t:<topic id>``   the same, from buttons sent before specific answers existed
``u``              crisis signposting
``m``              the topic menu
``c``              start the "right for me" check
``rf:...``         a step of the check (see :mod:`bot.core.rightforme.check`)

All well under Telegram's 64-byte limit. Anything else (an old button from an earlier
version, an answer since renamed) parses as :data:`STALE`.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core import limits
from bot.core.reply import Action, Button, Reply, Row
from bot.core.rightforme.check import is_check_data

__all__ = ["STALE", "Press", "button_data", "parse_callback", "reply_markup"]

ANSWER_PREFIX = "a:"
LEGACY_TOPIC_PREFIX = "t:"
URGENT_DATA = "u"
MENU_DATA = "m"
CHECK_DATA = "c"


@dataclass(frozen=True, slots=True)
class Press:
    """What a button press asks for: an action, and its target (an answer id or the
    check's state)."""

    action: Action | None
    target: str = ""


STALE = Press(None)
"""A button whose data this version does not understand."""

_SIMPLE = {URGENT_DATA: Action.URGENT, MENU_DATA: Action.MENU, CHECK_DATA: Action.CHECK}
_DATA_OF = {action: data for data, action in _SIMPLE.items()}


def button_data(button: Button) -> str:
    """The callback data for a (non-link) button. Raises ``ValueError`` over 64 bytes."""
    if button.action is Action.ANSWER:
        data = ANSWER_PREFIX + button.target
    elif button.action is Action.CHECK_STEP:
        data = button.target
    elif button.action in _DATA_OF:
        data = _DATA_OF[button.action]
    else:
        raise ValueError(f"a {button.action} button carries no callback data")
    if len(data.encode()) > limits.CALLBACK_BYTES:
        raise ValueError(f"callback data too long for a button: {data[:40]!r}")
    return data


def parse_callback(data: str | None, known_answers: Collection[str]) -> Press:
    """The :class:`Press` for a button's callback data; :data:`STALE` if unknown."""
    if data is None:
        return STALE
    if data in _SIMPLE:
        return Press(_SIMPLE[data])
    if is_check_data(data):
        return Press(Action.CHECK_STEP, data)
    for prefix in (ANSWER_PREFIX, LEGACY_TOPIC_PREFIX):
        if data.startswith(prefix) and data[len(prefix):] in known_answers:
            return Press(Action.ANSWER, data[len(prefix):])
    return STALE


def reply_markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """The inline keyboard for ``reply``'s buttons, or ``None`` when it has none.

    Keyboards are immutable and few (one per answer and kind of reply), so each is
    built once.
    """
    return _markup(reply.buttons) if reply.buttons else None


@functools.lru_cache(maxsize=1024)
def _markup(rows: tuple[Row, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(b) for b in row] for row in rows])


def _button(button: Button) -> InlineKeyboardButton:
    if button.action is Action.LINK:
        return InlineKeyboardButton(button.label, url=button.target)
    return InlineKeyboardButton(button.label, callback_data=button_data(button))
