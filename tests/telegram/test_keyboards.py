"""Buttons: the core's channel-neutral buttons become keyboards Telegram accepts."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.constants import CallbackQueryLimit, InlineKeyboardButtonLimit, MessageLimit

from bot.core import limits
from bot.core.assistant import Assistant
from bot.core.reply import Action, Button, Reply, ReplyKind
from bot.telegram.formatting import render
from bot.telegram.keyboards import (
    OPS_ACTIONS,
    STALE,
    Press,
    button_data,
    parse_callback,
    reply_markup,
    without,
)
from tests.telegram.standin import parse_html, utf16_len

TELEGRAM_CALLBACK_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA


def data_of(markup: object) -> list[str]:
    rows = getattr(markup, "inline_keyboard", ())
    return [b.callback_data for row in rows for b in row if b.callback_data]


def urls_of(markup: object) -> list[str]:
    rows = getattr(markup, "inline_keyboard", ())
    return [b.url for row in rows for b in row if b.url]


def test_our_limits_are_telegrams() -> None:
    assert int(TELEGRAM_CALLBACK_BYTES) == limits.CALLBACK_BYTES
    assert int(MessageLimit.MAX_TEXT_LENGTH) == limits.MESSAGE_CHARS
    assert int(CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH) == limits.TOAST_CHARS


def test_every_answer_button_fits_and_round_trips(assistant: Assistant) -> None:
    ids = list(assistant.answers)
    for answer_id in ids:
        data = button_data(Button("x", Action.ANSWER, answer_id))
        assert len(data.encode()) <= TELEGRAM_CALLBACK_BYTES
        assert parse_callback(data, ids) == Press(Action.ANSWER, answer_id)
    for answer in assistant.answers.values():
        assert 0 < len(answer.title) <= limits.BUTTON_LABEL_CHARS


def test_button_data_refuses_an_id_over_64_bytes() -> None:
    with pytest.raises(ValueError, match="too long"):
        button_data(Button("x", Action.ANSWER, "x" * 63))


@pytest.mark.parametrize(("data", "press"), [
    ("u", Press(Action.URGENT)), ("m", Press(Action.MENU)), ("c", Press(Action.CHECK)),
    ("a:cost", Press(Action.ANSWER, "cost")), ("t:cost", Press(Action.ANSWER, "cost")),
    ("rf:abcd1", Press(Action.CHECK_STEP, "rf:abcd1")),
    ("t:nope", STALE), ("a:", STALE), ("", STALE), (None, STALE), ("v2:cost", STALE),
    ("T:cost", STALE), ("a:cost ", STALE),
    ("f+:cost", Press(Action.HELPFUL, "cost")), ("f-:cost", Press(Action.NOT_HELPFUL, "cost")),
    ("s", Press(Action.SHARE)), ("f+:nope", STALE), ("f-:", STALE), ("f:cost", STALE),
    ("s:cost", STALE),
])
def test_parse_callback(data: str | None, press: Press) -> None:
    assert parse_callback(data, ["cost"]) == press


def test_menu_has_urgent_first_every_topic_and_the_finder(assistant: Assistant) -> None:
    menu = reply_markup(assistant.topics_reply())
    assert data_of(menu) == ["u"] + [f"a:{t.id}" for t in assistant.topics]
    assert urls_of(menu) == [assistant.service_finder_url]
    assert data_of(reply_markup(assistant.welcome_reply())) == data_of(menu)


def test_an_overview_offers_its_specific_answers_then_related(assistant: Assistant) -> None:
    topic = next(t for t in assistant.topics if t.specific and not t.overview.offer_check)
    reply = assistant.answer_reply(topic.id)
    assert reply is not None
    data = data_of(reply_markup(reply))
    assert data[:len(topic.specific)] == [f"a:{a.id}" for a in topic.specific]
    assert set(data[len(topic.specific):-2]) <= {f"a:{r}" for r in topic.overview.related}
    assert data[-2:] == [f"f+:{topic.id}", f"f-:{topic.id}"]  # feedback, last
    assert urls_of(reply_markup(reply)) == [assistant.service_finder_url]


def test_a_specific_answer_offers_its_topic(assistant: Assistant) -> None:
    answer = next(a for a in assistant.answers.values() if not a.is_overview)
    reply = assistant.answer_reply(answer.id)
    assert reply is not None and reply.answer == answer.id and reply.topic == answer.topic
    assert data_of(reply_markup(reply))[0] == f"a:{answer.topic}"


def test_suggestions_fallback_and_crisis(assistant: Assistant) -> None:
    fallback = assistant.reply("what's the weather like in leeds tomorrow")
    assert fallback.kind is ReplyKind.FALLBACK
    markup = reply_markup(fallback)
    assert data_of(markup) == [f"a:{t}" for t in fallback.suggestions] + ["m", "s"]
    assert urls_of(markup) == [assistant.service_finder_url]
    assert reply_markup(assistant.crisis_reply()) is None
    assert reply_markup(Reply(kind=ReplyKind.SMALLTALK, messages=("hi",))) is None


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=4096) | st.sampled_from(["<b>", "&", "/start", "i want to die"]))
def test_any_message_gives_messages_and_buttons_telegram_accepts(
        assistant: Assistant, text: str) -> None:
    reply = assistant.reply(text)
    assert reply.messages
    if reply.crisis:
        assert reply.messages[0] == assistant.reply(text).messages[0]
        assert reply.kind is ReplyKind.CRISIS or len(reply.messages) > 1
    for message in reply.messages:
        parts = render(message)
        assert parts
        for part in parts:
            assert 0 < utf16_len(parse_html(part)) <= MessageLimit.MAX_TEXT_LENGTH
    for data in data_of(reply_markup(reply)):
        assert 0 < len(data.encode()) <= TELEGRAM_CALLBACK_BYTES
        assert parse_callback(data, assistant.answers) != STALE


def test_answers_about_who_it_is_for_offer_the_check(assistant: Assistant) -> None:
    reply = assistant.answer_reply("eligibility")
    assert reply is not None
    markup = reply_markup(reply)
    assert markup is not None
    assert markup.inline_keyboard[0][0].callback_data == "c"
    cost = assistant.answer_reply("cost")
    assert cost is not None
    assert "c" not in data_of(reply_markup(cost))


def test_every_answer_has_feedback_that_fits_and_names_only_the_answer(
        assistant: Assistant) -> None:
    for answer_id in assistant.answers:
        reply = assistant.answer_reply(answer_id)
        assert reply is not None
        last = reply.buttons[-1]
        assert [b.action for b in last] == [Action.HELPFUL, Action.NOT_HELPFUL]
        for button in last:
            data = button_data(button)
            assert data in (f"f+:{answer_id}", f"f-:{answer_id}")
            assert len(data.encode()) <= TELEGRAM_CALLBACK_BYTES
            assert parse_callback(data, assistant.answers) == Press(button.action, answer_id)
            assert 0 < len(button.label) <= limits.BUTTON_LABEL_CHARS


def test_a_crisis_reply_never_carries_feedback_or_share_buttons(assistant: Assistant) -> None:
    risky = assistant.reply("i feel suicidal, is nhs talking therapy free?")
    assert risky.crisis and risky.kind is ReplyKind.ANSWER
    assert not {b.action for b in risky.choices} & OPS_ACTIONS
    # Even if one slipped through, the keyboard drops it.
    slipped = dataclasses.replace(
        risky, buttons=(*risky.buttons, (Button("x", Action.HELPFUL, "cost"),
                                         Button("y", Action.SHARE))))
    data = data_of(reply_markup(slipped))
    assert data == data_of(reply_markup(risky))
    assert not [d for d in data if d.startswith(("f+:", "f-:")) or d == "s"]


def test_without_takes_only_the_tapped_kind_off(assistant: Assistant) -> None:
    reply = assistant.answer_reply("cost")
    assert reply is not None
    markup = reply_markup(reply)
    left = without(markup, (Action.HELPFUL, Action.NOT_HELPFUL), assistant.answers)
    assert data_of(left) == data_of(markup)[:-2]
    assert urls_of(left) == urls_of(markup)
    fallback = reply_markup(assistant.reply("what's the weather like in leeds tomorrow"))
    assert data_of(without(fallback, (Action.SHARE,), assistant.answers)) == \
        data_of(fallback)[:-1]
    only_share = reply_markup(Reply(kind=ReplyKind.FALLBACK, messages=("x",),
                                    buttons=((Button("s", Action.SHARE),),)))
    assert without(only_share, (Action.SHARE,), assistant.answers) is None
    assert without(None, (Action.SHARE,), assistant.answers) is None
