"""Buttons: short callback data, the right buttons for each kind of reply."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.assistant import Assistant
from bot.reply import Reply, ReplyKind
from bot.telegram.formatting import render
from bot.telegram.keyboards import (
    MAX_CALLBACK_BYTES,
    MENU,
    STALE,
    URGENT,
    Action,
    parse_callback,
    reply_markup,
    topic_data,
    topic_menu,
)
from tests.telegram.standin import parse_html, utf16_len


def data_of(markup: object) -> list[str]:
    rows = getattr(markup, "inline_keyboard", ())
    return [b.callback_data for row in rows for b in row if b.callback_data]


def urls_of(markup: object) -> list[str]:
    rows = getattr(markup, "inline_keyboard", ())
    return [b.url for row in rows for b in row if b.url]


def test_every_topic_button_fits_and_round_trips(assistant: Assistant) -> None:
    ids = [topic.id for topic in assistant.topics]
    for topic_id in ids:
        data = topic_data(topic_id)
        assert len(data.encode()) <= MAX_CALLBACK_BYTES
        assert parse_callback(data, ids) == Action("topic", topic_id)
    for topic in assistant.topics:
        assert 0 < len(topic.title) <= 32


def test_topic_data_refuses_an_id_over_64_bytes() -> None:
    with pytest.raises(ValueError, match="too long"):
        topic_data("x" * 63)


@pytest.mark.parametrize(("data", "action"), [
    ("u", URGENT), ("m", MENU), ("t:nope", STALE), ("t:", STALE), ("", STALE),
    (None, STALE), ("v2:cost", STALE), ("T:cost", STALE), ("t:cost ", STALE),
])
def test_parse_callback(data: str | None, action: Action) -> None:
    assert parse_callback(data, ["cost"]) == action


def test_menu_has_urgent_first_every_topic_and_the_finder(assistant: Assistant) -> None:
    menu = topic_menu(assistant)
    assert data_of(menu) == ["u"] + [f"t:{t.id}" for t in assistant.topics]
    assert urls_of(menu) == [assistant.service_finder_url]


def test_answer_buttons_are_related_topics_and_the_finder(assistant: Assistant) -> None:
    topic = next(t for t in assistant.topics if not t.offer_check)
    reply = assistant.topic_reply(topic.id)
    assert reply is not None
    markup = reply_markup(assistant, reply)
    assert data_of(markup) == [f"t:{t}" for t in topic.related]
    assert urls_of(markup) == [assistant.service_finder_url]


def test_suggestions_fallback_and_crisis(assistant: Assistant) -> None:
    ids = [t.id for t in assistant.topics][:3]
    suggest = Reply(kind=ReplyKind.SUGGEST, messages=("?",), suggestions=(*ids, "gone"))
    assert data_of(reply_markup(assistant, suggest)) == [f"t:{t}" for t in ids] + ["m"]
    fallback = Reply(kind=ReplyKind.FALLBACK, messages=("?",), suggestions=tuple(ids))
    markup = reply_markup(assistant, fallback)
    assert data_of(markup) == [f"t:{t}" for t in ids] + ["m"]
    assert urls_of(markup) == [assistant.service_finder_url]
    assert reply_markup(assistant, assistant.crisis_reply()) is None
    assert reply_markup(assistant, Reply(kind=ReplyKind.SMALLTALK, messages=("hi",))) is None
    assert data_of(reply_markup(assistant, assistant.topics_reply()))[0] == "u"


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=4096) | st.sampled_from(["<b>", "&", "/start", "i want to die"]))
def test_any_message_gives_messages_and_buttons_telegram_accepts(
        assistant: Assistant, text: str) -> None:
    reply = assistant.reply(text)
    assert reply.messages
    if reply.crisis:
        assert reply.messages[0] == assistant.reply(text).messages[0]
    for message in reply.messages:
        parts = render(message)
        assert parts
        for part in parts:
            assert 0 < utf16_len(parse_html(part)) <= 4096
    markup = reply_markup(assistant, reply)
    for data in data_of(markup):
        assert 0 < len(data.encode()) <= MAX_CALLBACK_BYTES
        assert parse_callback(data, [t.id for t in assistant.topics]).kind != "stale" \
            or data == "m"


def test_answers_about_who_it_is_for_offer_the_check() -> None:
    from bot.assistant import Assistant
    from bot.telegram.keyboards import CHECK, CHECK_DATA, parse_callback, reply_markup

    assistant = Assistant.load()
    reply = assistant.topic_reply("eligibility")
    assert reply is not None and reply.offer_check
    markup = reply_markup(assistant, reply)
    assert markup is not None
    assert markup.inline_keyboard[0][0].callback_data == CHECK_DATA
    assert parse_callback(CHECK_DATA, ()) is CHECK
    cost = assistant.topic_reply("cost")
    assert cost is not None
    cost_markup = reply_markup(assistant, cost)
    assert cost_markup is not None
    assert all(b.callback_data != CHECK_DATA for row in cost_markup.inline_keyboard for b in row)
