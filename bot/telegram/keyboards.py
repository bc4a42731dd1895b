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
``f+:<answer id>`` 👍 on that answer; ``f-:<answer id>`` 👎 (nothing about the person)
``s``              send the question this fallback answered to the team

All well under Telegram's 64-byte limit. Anything else (an old button from an earlier
version, an answer since renamed) parses as :data:`STALE`.

Feedback and share buttons never go under a crisis reply: the core leaves them off, and
:func:`reply_markup` drops them again if one ever slips through.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Container
from dataclasses import dataclass, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core import limits
from bot.core.reply import Action, Button, Reply, Row
from bot.core.rightforme.check import is_check_data

__all__ = ["OPS_ACTIONS", "STALE", "Press", "button_data", "parse_callback", "reply_markup",
           "rows_without", "without"]

ANSWER_PREFIX = "a:"
LEGACY_TOPIC_PREFIX = "t:"
URGENT_DATA = "u"
MENU_DATA = "m"
CHECK_DATA = "c"
HELPFUL_PREFIX = "f+:"
NOT_HELPFUL_PREFIX = "f-:"
SHARE_DATA = "s"

OPS_ACTIONS = frozenset({Action.HELPFUL, Action.NOT_HELPFUL, Action.SHARE})
"""Buttons that report back (feedback, sharing a question): never under a crisis reply."""


@dataclass(frozen=True, slots=True)
class Press:
    """What a button press asks for: an action, and its target (an answer id or the
    check's state)."""

    action: Action | None
    target: str = ""


STALE = Press(None)
"""A button whose data this version does not understand."""

_SIMPLE = {URGENT_DATA: Action.URGENT, MENU_DATA: Action.MENU, CHECK_DATA: Action.CHECK,
           SHARE_DATA: Action.SHARE}
_DATA_OF = {action: data for data, action in _SIMPLE.items()}
_PREFIXED = {Action.ANSWER: ANSWER_PREFIX, Action.HELPFUL: HELPFUL_PREFIX,
             Action.NOT_HELPFUL: NOT_HELPFUL_PREFIX}
_PREFIXES = ((ANSWER_PREFIX, Action.ANSWER), (LEGACY_TOPIC_PREFIX, Action.ANSWER),
             (HELPFUL_PREFIX, Action.HELPFUL), (NOT_HELPFUL_PREFIX, Action.NOT_HELPFUL))


def button_data(button: Button) -> str:
    """The callback data for a (non-link) button. Raises ``ValueError`` over 64 bytes."""
    if button.action in _PREFIXED:
        data = _PREFIXED[button.action] + button.target
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
    for prefix, action in _PREFIXES:
        if data.startswith(prefix) and data[len(prefix):] in known_answers:
            return Press(action, data[len(prefix):])
    return STALE


def reply_markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """The inline keyboard for ``reply``'s buttons, or ``None`` when it has none.

    Keyboards are immutable and few (one per answer and kind of reply), so each is
    built once. A crisis reply never carries feedback or share buttons.
    """
    if reply.crisis and any(b.action in OPS_ACTIONS for b in reply.choices):
        reply = replace(reply, buttons=rows_without(reply.buttons, OPS_ACTIONS))
    return _markup(reply.buttons) if reply.buttons else None


def without(markup: InlineKeyboardMarkup | None, actions: Container[Action],
            known_answers: Collection[str]) -> InlineKeyboardMarkup | None:
    """``markup`` (a sent message's keyboard) without the buttons for ``actions``, e.g.
    the 👍 / 👎 row once one was tapped; ``None`` when nothing is left."""
    if markup is None:
        return None
    rows = [[b for b in row
             if b.callback_data is None or not isinstance(b.callback_data, str)
             or parse_callback(b.callback_data, known_answers).action not in actions]
            for row in markup.inline_keyboard]
    kept = [row for row in rows if row]
    return InlineKeyboardMarkup(kept) if kept else None


def rows_without(rows: tuple[Row, ...], actions: Container[Action]) -> tuple[Row, ...]:
    """A reply's button rows without the buttons for ``actions`` (empty rows dropped)."""
    kept = (tuple(b for b in row if b.action not in actions) for row in rows)
    return tuple(row for row in kept if row)


@functools.lru_cache(maxsize=1024)
def _markup(rows: tuple[Row, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(b) for b in row] for row in rows])


def _button(button: Button) -> InlineKeyboardButton:
    if button.action is Action.LINK:
        return InlineKeyboardButton(button.label, url=button.target)
    return InlineKeyboardButton(button.label, callback_data=button_data(button))
